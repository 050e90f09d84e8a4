"""The one interface every platform implements, its plain data types, and its error types.

The sync engine and the UI only ever see these types: a platform client turns its wire format
and its errors into them. Everything here is plain Python (no Qt, no peewee) so it can cross
threads and be tested alone.
"""

from __future__ import annotations

import abc
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

# --- errors ---------------------------------------------------------------------------------


class PlatformError(Exception):
    """Base of every platform error; ``message`` is safe to show (never holds a token)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class AuthExpired(PlatformError):
    """The token was revoked or expired: the account needs re-authorization."""


class RateLimited(PlatformError):
    """Too many requests: wait until ``until`` (UTC, naive)."""

    def __init__(self, message: str, until: datetime) -> None:
        super().__init__(message)
        self.until = until


class Rejected(PlatformError):
    """The server refused the request for a reason it gave (too long, bad media, ...)."""


class NotFound(PlatformError):
    """The target (a reply parent, a post, an account) does not exist or is not visible."""


class TemporaryFailure(PlatformError):
    """Network down, timeout before sending, 5xx: safe to try again later."""


class Unreachable(TemporaryFailure):
    """The server could not be reached at all (no connection): the account's run stops here.

    Any other TemporaryFailure (a 5xx, an unreadable answer of one endpoint) only fails the
    step it happened in; the other steps still run.
    """


class SecretsUnavailable(Unreachable):
    """The account's token cannot be read because the keyring is unavailable right now.

    Ends the run like :class:`Unreachable` (nothing can be sent without the token) but is never
    an expired sign-in: the account keeps its authorization and the next run tries again.
    """


class NotSupported(Rejected):
    """The server does not implement this (HTTP 501, or a 404/4xx that says so): not done."""


class ServerScheduleRefused(Rejected):
    """The server will not hold this post until its time, and did not create it.

    ``unsupported`` = it never will (no server scheduling on this server); otherwise it is
    full or the time is too close. Either way the client publishes the post itself at its time.
    """

    def __init__(self, message: str, *, unsupported: bool = False) -> None:
        super().__init__(message)
        self.unsupported = unsupported


class OutcomeUnknown(PlatformError):
    """The request may or may not have taken effect (connection lost after sending).

    Never resolved by sending again blindly: look the earlier attempt up first.
    """


# --- data -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AccountIdentity:
    remote_id: str
    handle: str
    display_name: str
    url: str = ""


@dataclass(frozen=True)
class Limits:
    """What the server accepts; the composer counts against these."""

    max_characters: int = 500
    characters_reserved_per_url: int = 23
    max_media: int = 4
    image_size_limit: int = 16 * 1024 * 1024
    description_limit: int = 1500
    supports_server_scheduling: bool = False
    min_schedule_ahead_seconds: int = 300


@dataclass(frozen=True)
class MediaUpload:
    path: str
    mime_type: str
    alt_text: str = ""


@dataclass(frozen=True)
class PublishRequest:
    """One post or reply. ``idempotency_key`` is the outbox row's stable uid."""

    idempotency_key: str
    text: str
    spoiler_text: str = ""
    visibility: str = "public"
    language: str = ""
    in_reply_to_remote_id: str = ""
    media: Sequence[MediaUpload] = ()
    scheduled_at: datetime | None = None  # UTC; only honoured when the server can schedule
    record_key: str = ""  # platforms that let the client pick the post's key (Bluesky rkey)
    # UTC; the first attempt of this post: a lookup looks at posts made since (minus skew)
    first_attempt_at: datetime | None = None
    # posts that other outbox rows already own: a lookup never takes them for this one
    exclude_remote_ids: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PublishResult:
    remote_id: str
    url: str = ""
    server_scheduled_id: str = ""  # set when the server holds the post until its time
    published_at: datetime | None = None
    # asked to hold the post until its time, the server published it at once instead
    ignored_schedule: bool = False


@dataclass(frozen=True)
class PostRef:
    """One of our own sent posts, as a platform finds it again (for an edit or a delete)."""

    remote_id: str
    record_key: str = ""  # Bluesky: the rkey chosen when it was queued
    is_reply: bool = False  # Weibo: a reply is a comment (its own id space and calls)


@dataclass(frozen=True)
class EditRequest:
    """A new text for a sent post; the rest of the post (media, warning) stays as it is."""

    post: PostRef
    text: str
    spoiler_text: str = ""
    language: str = ""


@dataclass(frozen=True)
class RemotePerson:
    remote_id: str
    handle: str
    display_name: str = ""
    avatar_url: str = ""
    bio: str = ""
    followers_count: int = 0
    following_count: int = 0
    posts_count: int = 0
    verified: bool = False
    bot: bool = False


@dataclass(frozen=True)
class RemoteMention:
    remote_id: str  # the notification / comment id (the cursor unit)
    status_remote_id: str  # the post that mentions us
    author: RemotePerson
    text_html: str
    text_plain: str
    created_at: datetime
    kind: str = "mention"
    url: str = ""
    language: str = ""
    in_reply_to_remote_id: str = ""
    conversation_id: str = ""
    # the other accounts the post names (Mastodon acct as the server writes it; may include us)
    mentioned: tuple[str, ...] = ()


@dataclass(frozen=True)
class MentionPage:
    mentions: list[RemoteMention]
    cursor: str  # pass back as ``since`` next time to get only newer ones
    # items the server sent that could not be read: skipped (the cursor moves past them)
    skipped: int = 0


@dataclass(frozen=True)
class FollowerPage:
    people: list[RemotePerson]
    next_cursor: str | None  # None = the walk is complete
    skipped: int = 0  # people the server sent that could not be read


@dataclass(frozen=True)
class ThreadPost:
    remote_id: str
    author: RemotePerson
    text_html: str
    text_plain: str
    created_at: datetime
    in_reply_to_remote_id: str = ""


@dataclass(frozen=True)
class AccountStats:
    followers: int
    following: int
    posts: int


@dataclass(frozen=True)
class PostMetrics:
    remote_id: str
    replies: int
    reposts: int
    favourites: int
    clicks: int | None = None


@dataclass(frozen=True)
class ServerProfile:
    """What one account's server is and can do, found out by probing it (not assumed).

    ``capabilities`` maps a name (see ``store/server_profiles.CAPABILITIES``) to True/False;
    a name left out was not probed.
    """

    software: str = ""
    version: str = ""
    account_domain: str = ""
    capabilities: dict[str, bool] = field(default_factory=dict)
    limits: Limits = field(default_factory=Limits)
    # optional endpoints that failed while probing: name -> the server's answer
    problems: dict[str, str] = field(default_factory=dict)
    # facts about the account's sign-in the probe read (e.g. ``token_expires_at``, ISO UTC):
    # merged into the account's options so they stay current without a re-authorization
    account_options: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Capabilities:
    server_scheduling: bool = False
    keyword_search: bool = False
    hashtag_timeline: bool = False
    requires_alt_text: bool = False
    extra: dict[str, bool] = field(default_factory=dict)


# --- the interface --------------------------------------------------------------------------


class PlatformClient(abc.ABC):
    """One connected account on one platform. Methods block: call them from a worker thread."""

    platform: str = ""
    capabilities: Capabilities = Capabilities()

    @abc.abstractmethod
    def identity(self) -> AccountIdentity:
        """Who we are logged in as."""

    @abc.abstractmethod
    def limits(self) -> Limits:
        """The server's current limits (refreshed on each sync)."""

    @abc.abstractmethod
    def publish(self, request: PublishRequest) -> PublishResult:
        """Publish once. Raises OutcomeUnknown when the result cannot be known."""

    @abc.abstractmethod
    def find_published(self, request: PublishRequest) -> PublishResult | None:
        """Look up an earlier attempt of ``request``; None when it did not land."""

    @abc.abstractmethod
    def list_mentions(self, since: str | None, limit: int = 80) -> MentionPage:
        """Mentions newer than the cursor ``since`` (all recent ones when None), oldest first."""

    @abc.abstractmethod
    def fetch_thread(self, status_remote_id: str) -> list[ThreadPost]:
        """The conversation around a post, in reading order."""

    @abc.abstractmethod
    def list_followers(self, cursor: str | None) -> FollowerPage:
        """One page of our followers; walk until ``next_cursor`` is None."""

    @abc.abstractmethod
    def account_stats(self) -> AccountStats:
        """Our public counts now."""

    @abc.abstractmethod
    def post_metrics(self, remote_ids: Sequence[str]) -> list[PostMetrics]:
        """Engagement counts of our own recent posts."""

    @abc.abstractmethod
    def search(self, query: str, since: str | None = None) -> MentionPage:
        """Public posts for a keyword or hashtag watch (empty when the server cannot search)."""

    def probe_profile(self, known: dict[str, bool] | None = None) -> ServerProfile:
        """Find out what the server is and supports (a few cheap reads, nothing written).

        ``known`` = capabilities recorded earlier from real answers; the client keeps them
        unless its probe shows better. Default: the platform's fixed capabilities.
        """
        return ServerProfile(software=self.platform, limits=self.limits(), capabilities={
            "server_scheduling": self.capabilities.server_scheduling})

    def use_capabilities(self, capabilities: dict[str, bool]) -> None:  # noqa: B027
        """Tell the client what the account's server profile says (skip what is absent).
        Optional: clients with nothing optional ignore it."""

    def take_optional_failures(self) -> dict[str, str]:
        """Optional endpoints that failed since the last call: name -> what the server said.

        The engine marks them absent for this account (re-probed later); the step that
        called them still succeeds.
        """
        return {}

    # Edits and deletes of sent posts. Every platform that allows one overrides it; the
    # defaults say plainly that the platform does not (never a silent no-op). ``edit_post`` /
    # ``delete_post`` may raise OutcomeUnknown like ``publish``; ``edit_applied`` /
    # ``post_exists`` only look (after an unknown outcome, before anything is sent again).

    def edit_post(self, request: EditRequest) -> datetime | None:
        """Give a sent post the new text once; returns when the server says it was edited.
        NotFound: the post is gone. NotSupported: this server has no edit."""
        raise NotSupported(f"{self.platform or 'This platform'} does not allow editing a sent "
                           "post.")

    def edit_applied(self, request: EditRequest) -> bool:
        """Whether the post shows ``request.text`` now. NotFound: the post is gone."""
        raise NotSupported(f"{self.platform or 'This platform'} does not allow editing a sent "
                           "post.")

    def delete_post(self, post: PostRef) -> bool:
        """Take a sent post down; False when it was already gone (done all the same)."""
        raise NotSupported(f"{self.platform or 'This platform'} does not allow deleting a "
                           "sent post.")

    def post_exists(self, post: PostRef) -> bool:
        """Whether the post is still there (False = gone: a delete is done)."""
        raise NotSupported(f"{self.platform or 'This platform'} cannot look a post up.")

    def cancel_scheduled(self, server_scheduled_id: str) -> None:
        """Cancel a post the server holds; only for platforms with server scheduling."""
        raise Rejected("This platform does not hold scheduled posts on the server.")

    def reschedule(self, server_scheduled_id: str, when: datetime) -> None:
        """Move a post the server holds."""
        raise Rejected("This platform does not hold scheduled posts on the server.")

    # Follow requests: locked accounts (GoToSocial's default) get requests instead of follows.
    # Not abstract: platforms without them (Bluesky) keep these defaults, which raise
    # NotSupported rather than answer [] — "no requests" and "cannot have any" are different
    # things to the owner, and the sync engine records the latter as an absent step.

    def list_follow_requests(self) -> list[RemotePerson]:
        """Everyone waiting for us to accept their follow, in the server's order."""
        raise NotSupported(f"{self.platform or 'This platform'} has no follow requests.")

    def accept_follow_request(self, remote_id: str) -> None:
        """Let the person with this account id follow us."""
        raise NotSupported(f"{self.platform or 'This platform'} has no follow requests.")

    def reject_follow_request(self, remote_id: str) -> None:
        """Refuse the person's follow request."""
        raise NotSupported(f"{self.platform or 'This platform'} has no follow requests.")
