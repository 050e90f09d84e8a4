"""Mastodon client: the REST API mapped onto ``PlatformClient``.

Wire facts this module relies on (see docs/PLATFORMS.md):

* ``Idempotency-Key`` on ``POST /api/v1/statuses``: Mastodon remembers it for one hour, but
  GoToSocial and Takahē ignore it. Every publish sends it as a second guard only; after an
  unknown outcome :meth:`MastodonClient.find_published` *looks* (own statuses since the first
  attempt, scheduled statuses where the server has them) and never re-sends.
* ``scheduled_at``: Mastodon holds the post; GoToSocial 0.19 answers 501, Takahē publishes at
  once and answers a Status. 501 means "not done"; a Status answer is reported as
  ``ignored_schedule``. ``scheduled_at`` is never dropped from a request.
* Rate-limit reset headers are ISO 8601 timestamps (absent on some servers).
* IDs are opaque strings; they are never converted to numbers or compared for order.
* Link headers drive paging; a server may drop query filters from them, so the filters this
  client needs are put back on every followed link.
"""

from __future__ import annotations

import html
import re
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import requests

from mbdesk.platforms import parse
from mbdesk.platforms.base import (
    AccountIdentity,
    AccountStats,
    AuthExpired,
    Capabilities,
    EditRequest,
    FollowerPage,
    Limits,
    MentionPage,
    NotFound,
    NotSupported,
    OutcomeUnknown,
    PlatformClient,
    PostMetrics,
    PostRef,
    PublishRequest,
    PublishResult,
    RateLimited,
    Rejected,
    RemoteMention,
    RemotePerson,
    ServerProfile,
    ServerScheduleRefused,
    TemporaryFailure,
    ThreadPost,
    Unreachable,
)
from mbdesk.platforms.http import DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, HttpClient

MIN_SCHEDULE_AHEAD = timedelta(minutes=5)
# Extra margin on top of the server's 5 minutes so clock skew and transit time cannot turn a
# valid schedule into a 422 "too soon".
SCHEDULE_SAFETY_MARGIN = timedelta(seconds=30)
RATE_LIMIT_FALLBACK = timedelta(minutes=5)
# find_published without a known first-attempt time only trusts posts this recent.
UNKNOWN_AGE_LOOKBACK = timedelta(hours=24)
# A server's clock and ours may differ; a lookup also looks this far before the first attempt.
LOOKUP_SKEW = timedelta(minutes=5)
# How far a lookup walks back through our own statuses (40 a page).
LOOKUP_PAGES = 25
# Candidates whose text is checked against the status source when the rendered HTML differs.
SOURCE_CHECKS = 8
MAX_PAGES = 50
# Post metrics: own statuses pages walked (40 a page), then single reads for what is left.
METRICS_PAGES = 10
METRICS_SINGLE_READS = 20
# Software whose scheduled_at is known not to hold the post (answers a Status at once).
IGNORES_SCHEDULING = ("takahe",)
# Software names recognised in an instance document's ``version`` / ``source_url``.
KNOWN_SOFTWARE = ("gotosocial", "takahe", "akkoma", "pleroma", "misskey", "sharkey", "iceshrimp",
                  "firefish", "friendica", "hometown", "glitch", "mastodon")


class ScheduleCapReached(ServerScheduleRefused):
    """The server refuses more scheduled posts (25 per day / 300 pending).

    The caller can still schedule the post locally and publish it at its time.
    """


@dataclass(frozen=True)
class RateLimitState:
    """The last ``X-RateLimit-*`` values seen; ``reset`` is naive UTC."""

    remaining: int | None = None
    limit: int | None = None
    reset: datetime | None = None


# --- small helpers -----------------------------------------------------------------------


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def parse_time(value: Any) -> datetime | None:
    """ISO 8601 (with ``Z`` or an offset) → naive UTC; None when absent, unparseable or out
    of range in UTC."""
    return parse.time(value)


def parse_reset(value: Any) -> datetime | None:
    """``X-RateLimit-Reset``: ISO 8601 on Mastodon; epoch seconds tolerated (some proxies)."""
    if isinstance(value, str) and value.strip().isdigit():
        try:
            return datetime.fromtimestamp(int(value.strip()), UTC).replace(tzinfo=None)
        except (OverflowError, OSError, ValueError):
            return None
    return parse_time(value)


def format_time(dt: datetime) -> str:
    """Naive-UTC (or aware) datetime → RFC 3339 UTC string."""
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt.replace(microsecond=0).isoformat() + "Z"


class _TextExtractor(HTMLParser):
    """Mastodon status HTML → plain text: paragraphs and ``<br>`` become newlines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in ("p", "blockquote", "li", "pre") and self.parts:
            self.parts.append("\n\n" if tag in ("p", "blockquote") else "\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(source: str) -> str:
    """Plain text of a status' HTML (what a reader sees, links written out in full)."""
    if not source:
        return ""
    parser = _TextExtractor()
    parser.feed(source)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


_LEADING_MENTIONS = re.compile(r"^(?:@[\w.\-]+(?:@[\w.\-]+)?\s+)+")


def _normalize_for_match(text: str) -> str:
    """Loose form of a post's text for comparing what we sent with what the server shows.

    Servers render ``@user@domain`` as ``@user``, links without their scheme or cut short in
    the text, reflow whitespace, normalise Unicode, and some (Takahē) put the replied-to
    author's ``@handle`` in front of a reply.
    """
    text = unicodedata.normalize("NFC", html.unescape(text))
    text = re.sub(r"(?<![\w@])@([\w.\-]+)@[\w.\-]+", r"@\1", text)
    text = re.sub(r"https?://", "", text)
    text = " ".join(text.split())
    return _LEADING_MENTIONS.sub("", text + " ").strip()


def _same_text(written: str, sent: str) -> bool:
    """Two source texts are the same post's (whitespace and Unicode form aside)."""
    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).split())

    return norm(written) == norm(sent)


def _says_unsupported(message: str) -> bool:
    """A 422 that refuses ``scheduled_at`` as a feature, not as a bad time or a full queue."""
    low = message.lower()
    return "schedul" in low and any(
        word in low for word in ("not supported", "unsupported", "not implemented", "disabled"))


def detect_software(info: dict[str, Any]) -> str:
    """The server software named by an instance document (``mastodon`` when it says nothing
    else: a plain version number is Mastodon's)."""
    version = str(info.get("version") or "").lower()
    source = str(info.get("source_url") or "").lower()
    compatible = re.search(r"compatible;\s*([a-z]+)", version)
    if compatible:
        return compatible.group(1)
    for name in KNOWN_SOFTWARE:
        if name in version or name in source:
            return name
    if re.match(r"^\d+\.\d+", version):
        return "mastodon"
    words = version.split()  # a version of only spaces names nothing
    return words[0] if words else ""


def _metrics_of(st: dict[str, Any]) -> PostMetrics:
    return PostMetrics(
        remote_id=parse.required_id(st.get("id")),
        replies=_int(st.get("replies_count")),
        reposts=_int(st.get("reblogs_count")),
        favourites=_int(st.get("favourites_count")),
    )


def _int(value: Any) -> int:
    """A count from the server, clamped to what SQLite stores (0 when not a number)."""
    return parse.count(value)


# user or user@domain (Mastodon usernames: letters, digits, _ ; other software adds . and -)
_ACCT = re.compile(r"[\w.\-]{1,64}(?:@[\w.\-]{1,253}(?::\d{1,5})?)?")


def _mentioned(mentions: Any, most: int = 50) -> tuple[str, ...]:
    """The ``acct`` of each account a status names, in its order; anything that is no handle
    (remote content) is left out rather than put in front of our reply."""
    if not isinstance(mentions, list):
        return ()
    out: list[str] = []
    for m in mentions[:most]:
        acct = m.get("acct") if isinstance(m, dict) else None
        if isinstance(acct, str) and _ACCT.fullmatch(acct) and acct not in out:
            out.append(acct)
    return tuple(out)


def _link_urls(response: requests.Response, base_url: str) -> dict[str, str]:
    """``rel`` → URL from a Link header, re-rooted on our instance URL.

    Only the path and query of a link are used, so the token is never sent to another host
    even if a Link header names one.
    """
    out: dict[str, str] = {}
    for rel, item in (response.links or {}).items():
        url = item.get("url")
        if url:
            parts = urlsplit(url)
            out[rel] = base_url + (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return out


def _with_params(url: str, force: dict[str, list[str]], drop: Sequence[str] = ()) -> str:
    """Rewrite the query of ``url``: keys in ``force`` are replaced, keys in ``drop`` removed."""
    parts = urlsplit(url)
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k not in force and k not in drop
    ]
    for key, values in force.items():
        query.extend((key, v) for v in values)
    return urlunsplit(parts._replace(query=urlencode(query)))


# --- the client --------------------------------------------------------------------------


class MastodonClient(PlatformClient):
    """One Mastodon account on one instance.

    Blocking; call from a worker thread. ``rate_limit`` holds the last rate-limit headers seen
    so the UI can show them.
    """

    platform = "mastodon"
    capabilities = Capabilities(
        server_scheduling=True,
        keyword_search=True,
        hashtag_timeline=True,
        requires_alt_text=False,
    )

    def __init__(
        self,
        instance_url: str,
        token: str,
        *,
        session: requests.Session | None = None,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
        media_wait_seconds: float = 120.0,
        media_poll_interval: float = 0.5,
        initial_mention_pages: int = 3,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        if not instance_url.startswith(("http://", "https://")):
            instance_url = "https://" + instance_url
        self.instance_url = instance_url.rstrip("/")
        self.http = HttpClient(
            self.instance_url,
            token=token,
            session=session,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            platform_label="Mastodon server",
        )
        self.media_wait_seconds = media_wait_seconds
        self.media_poll_interval = media_poll_interval
        self.initial_mention_pages = initial_mention_pages
        self.clock = clock
        self.rate_limit = RateLimitState()
        self._account: dict[str, Any] | None = None
        # what the account's server profile says (an endpoint known absent is not called)
        self._capabilities: dict[str, bool] = {}
        self._optional_failures: dict[str, str] = {}

    # --- transport + error mapping ----------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        data: Any = None,
        files: Any = None,
        headers: dict[str, str] | None = None,
        unsafe: bool = False,
        ok: tuple[int, ...] = (200,),
    ) -> requests.Response:
        """Send, remember rate-limit headers and turn error statuses into platform errors.

        ``unsafe`` = the request creates a post: a 5xx, a lost answer or an unreadable body
        then means OutcomeUnknown instead of TemporaryFailure.
        """
        resp = self.http.request(
            method, path, params=params, data=data, files=files, headers=headers, unsafe=unsafe
        )
        self._note_rate_limit(resp)
        if resp.status_code in ok:
            return resp
        self._raise_for(resp, method, unsafe)
        raise AssertionError("unreachable")  # pragma: no cover

    def _json(self, resp: requests.Response, unsafe: bool = False) -> Any:
        try:
            return parse.json_body(resp)
        except ValueError:
            where = urlsplit(resp.url or "").path
            if unsafe:
                raise OutcomeUnknown(
                    f"The Mastodon server answered {where} with an unreadable body; "
                    "the post may or may not exist."
                ) from None
            raise TemporaryFailure(
                f"The Mastodon server answered {where} with an unreadable body."
            ) from None

    def _get(self, path: str, params: Any = None, ok: tuple[int, ...] = (200,)) -> Any:
        return self._json(self._call("GET", path, params=params, ok=ok))

    def _note_rate_limit(self, resp: requests.Response) -> None:
        h = resp.headers
        if "X-RateLimit-Remaining" not in h and "X-RateLimit-Reset" not in h:
            return
        reset = parse_reset(h.get("X-RateLimit-Reset"))
        self.rate_limit = RateLimitState(
            remaining=_int(h["X-RateLimit-Remaining"]) if "X-RateLimit-Remaining" in h else None,
            limit=_int(h["X-RateLimit-Limit"]) if "X-RateLimit-Limit" in h else None,
            reset=reset,
        )

    @staticmethod
    def _error_text(resp: requests.Response) -> str:
        """The server's ``error`` (+ description) text, or a short generic one for HTML."""
        try:
            body = parse.json_body(resp)
        except ValueError:
            return f"HTTP {resp.status_code}"
        if isinstance(body, dict):
            msg = parse.text(body.get("error")).strip()
            desc = parse.text(body.get("error_description")).strip()
            if desc and desc != msg:
                msg = f"{msg}: {desc}" if msg else desc
            if msg:
                return msg[:500]
        return f"HTTP {resp.status_code}"

    def _raise_for(self, resp: requests.Response, method: str, unsafe: bool) -> None:
        code = resp.status_code
        where = f"{method} {urlsplit(resp.url or '').path}"
        text = self.http.scrub(self._error_text(resp))
        if code == 401:
            raise AuthExpired(
                f"Mastodon no longer accepts this account's authorization ({text}). "
                "Authorize the account again."
            )
        if code == 403:
            if "scope" in text.lower():
                raise AuthExpired(
                    f"The authorization lacks a permission this action needs ({text}). "
                    "Authorize the account again."
                )
            raise Rejected(f"Mastodon refused {where}: {text}")
        if code == 404:
            raise NotFound(f"Not found on the Mastodon server ({where}): {text}")
        if code == 422:
            low = text.lower()
            if "scheduled" in low and "limit" in low:
                raise ScheduleCapReached(f"Mastodon refused to schedule the post: {text}")
            raise Rejected(f"Mastodon refused the request: {text}")
        if code == 501:
            raise NotSupported(f"The Mastodon server does not support {where} (HTTP 501).")
        if code == 429:
            until = self.rate_limit.reset
            if until is None or until <= self.clock():
                until = self.clock() + RATE_LIMIT_FALLBACK
            raise RateLimited(f"Mastodon rate limit reached ({where}); waiting.", until)
        if code >= 500 or code in (408, 425):
            if unsafe:
                raise OutcomeUnknown(
                    f"The Mastodon server failed (HTTP {code}) after the post was sent; "
                    "it may or may not exist."
                )
            raise TemporaryFailure(f"The Mastodon server failed (HTTP {code}, {where}).")
        if 300 <= code < 400:
            raise TemporaryFailure(f"Unexpected redirect from the Mastodon server ({where}).")
        raise Rejected(f"Mastodon refused {where} (HTTP {code}): {text}")

    # --- parsing ----------------------------------------------------------------------

    @staticmethod
    def _person(acc: Any) -> RemotePerson:
        """An account; BadItem when it is no object or has no id."""
        if not isinstance(acc, dict):
            raise parse.BadItem("an account that is not an object")
        return RemotePerson(
            remote_id=parse.required_id(acc.get("id")),
            handle=parse.text(acc.get("acct")) or parse.text(acc.get("username")),
            display_name=parse.text(acc.get("display_name")),
            avatar_url=parse.text(acc.get("avatar")),
            bio=html_to_text(parse.text(acc.get("note"))),
            followers_count=_int(acc.get("followers_count")),
            following_count=_int(acc.get("following_count")),
            posts_count=_int(acc.get("statuses_count")),
            bot=bool(acc.get("bot")),
        )

    def _mention_from_status(
        self, st: Any, remote_id: str, kind: str, when: Any = None
    ) -> RemoteMention:
        """A status that mentions us; BadItem when it has no id or no readable author."""
        if not isinstance(st, dict):
            raise parse.BadItem("a status that is not an object")
        content = parse.text(st.get("content"))
        return RemoteMention(
            remote_id=parse.required_id(remote_id),
            status_remote_id=parse.required_id(st.get("id")),
            author=self._person(st.get("account")),
            text_html=content,
            text_plain=html_to_text(content),
            created_at=parse_time(when) or parse_time(st.get("created_at")) or self.clock(),
            kind=kind,
            url=parse.text(st.get("url")) or parse.text(st.get("uri")),
            language=parse.text(st.get("language")),
            in_reply_to_remote_id=parse.ident(st.get("in_reply_to_id")),
            conversation_id=parse.ident(st.get("conversation_id")),
            mentioned=_mentioned(st.get("mentions")),
        )

    def _thread_post(self, st: Any) -> ThreadPost:
        if not isinstance(st, dict):
            raise parse.BadItem("a status that is not an object")
        content = parse.text(st.get("content"))
        return ThreadPost(
            remote_id=parse.required_id(st.get("id")),
            author=self._person(st.get("account")),
            text_html=content,
            text_plain=html_to_text(content),
            created_at=parse_time(st.get("created_at")) or self.clock(),
            in_reply_to_remote_id=parse.ident(st.get("in_reply_to_id")),
        )

    @staticmethod
    def _publish_result(body: Any) -> PublishResult:
        if not isinstance(body, dict) or not parse.ident(body.get("id")):
            raise OutcomeUnknown("The Mastodon server's answer to the post was not a status.")
        if "params" in body and "content" not in body:  # a ScheduledStatus
            return PublishResult(
                remote_id="",
                server_scheduled_id=parse.ident(body["id"]),
                published_at=None,
            )
        return PublishResult(
            remote_id=parse.ident(body["id"]),
            url=parse.text(body.get("url")) or parse.text(body.get("uri")),
            published_at=parse_time(body.get("created_at")),
        )

    # --- identity, limits, stats ------------------------------------------------------

    def _verify(self) -> dict[str, Any]:
        acc = self._get("/api/v1/accounts/verify_credentials")
        if not isinstance(acc, dict) or "id" not in acc:
            raise TemporaryFailure("The Mastodon server sent an unexpected account answer.")
        self._account = acc
        return acc

    def _account_id(self) -> str:
        acc = self._account or self._verify()
        return str(acc["id"])

    def identity(self) -> AccountIdentity:
        acc = self._verify()
        return AccountIdentity(
            remote_id=str(acc["id"]),
            handle=str(acc.get("acct") or acc.get("username") or ""),
            display_name=str(acc.get("display_name") or ""),
            url=str(acc.get("url") or ""),
        )

    def _instance(self, problems: dict[str, str] | None = None) -> dict[str, Any]:
        """The instance document: v2, else v1 (some servers answer v2 with 404 or 500)."""
        try:
            info = self._get("/api/v2/instance")
            if isinstance(info, dict):
                v1 = None
                if "account_domain" not in info and "domain" not in info:
                    v1 = self._get("/api/v1/instance")
                return {**(v1 if isinstance(v1, dict) else {}), **info}
        except Unreachable:
            raise
        except (NotFound, NotSupported, Rejected, TemporaryFailure) as exc:
            if problems is not None:
                problems["instance_v2"] = exc.message
        info = self._get("/api/v1/instance")
        if not isinstance(info, dict):
            raise TemporaryFailure("The Mastodon server sent an unexpected instance answer.")
        return info

    def limits(self) -> Limits:
        return self._limits_of(self._instance())

    def _limits_of(self, info: dict[str, Any]) -> Limits:
        conf = parse.obj(info.get("configuration"))
        st = parse.obj(conf.get("statuses"))
        media = parse.obj(conf.get("media_attachments"))
        default = Limits()
        max_chars = st.get("max_characters") or info.get("max_toot_chars")
        return Limits(
            max_characters=_int(max_chars) or default.max_characters,
            characters_reserved_per_url=_int(st.get("characters_reserved_per_url"))
            or default.characters_reserved_per_url,
            max_media=_int(st.get("max_media_attachments")) or default.max_media,
            image_size_limit=_int(media.get("image_size_limit")) or default.image_size_limit,
            description_limit=_int(media.get("description_limit")) or default.description_limit,
            supports_server_scheduling=self._capabilities.get("server_scheduling", True),
            min_schedule_ahead_seconds=int(MIN_SCHEDULE_AHEAD.total_seconds()),
        )

    # --- the server profile -----------------------------------------------------------

    def probe_profile(self, known: dict[str, bool] | None = None) -> ServerProfile:
        """What this server is and supports: the instance document plus one cheap read of
        each optional endpoint. Nothing is written (probing scheduling by posting could
        publish a post on a server that ignores ``scheduled_at``)."""
        problems: dict[str, str] = {}
        info = self._instance(problems)
        software = detect_software(info)
        caps: dict[str, bool] = {}
        for name, path, params in (
            ("scheduled_statuses", "/api/v1/scheduled_statuses", {"limit": 1}),
            ("notification_requests", "/api/v1/notifications/requests", {"limit": 1}),
            ("follow_requests", "/api/v1/follow_requests", {"limit": 1}),
            ("statuses_batch", "/api/v1/statuses", {"id[]": "0"}),
        ):
            caps[name] = self._endpoint_answers(name, path, params, problems)
        caps["idempotency"] = software == "mastodon"
        api_versions = info.get("api_versions")
        if not isinstance(api_versions, dict):
            api_versions = {}
        caps["quote_posts"] = _int(api_versions.get("mastodon")) >= 7
        caps["rate_limit_headers"] = self.rate_limit.reset is not None
        # The server holds scheduled posts only if it lists them (needed to check, move and
        # cancel them) and is not known to publish them at once; a server seen to ignore or
        # refuse scheduled_at stays off (the engine forgets that when the version changes).
        sched = caps["scheduled_statuses"] and software not in IGNORES_SCHEDULING
        if (known or {}).get("server_scheduling") is False:
            sched = False
        caps["server_scheduling"] = sched
        self._capabilities = dict(caps)
        return ServerProfile(
            software=software,
            version=str(info.get("version") or ""),
            account_domain=self._account_domain(info),
            capabilities=caps,
            limits=self._limits_of(info),
            problems=problems,
        )

    def _account_domain(self, info: dict[str, Any]) -> str:
        """The domain in handles (GoToSocial's ``account_domain``, v2 ``domain``, v1 ``uri``),
        which can differ from the host serving the API."""
        for value in (info.get("account_domain"), info.get("domain"), info.get("uri")):
            if isinstance(value, str) and value.strip():
                value = value.strip()
                return urlsplit(value).netloc if "//" in value else value
        return urlsplit(self.instance_url).netloc

    def _endpoint_answers(self, name: str, path: str, params: Any,
                          problems: dict[str, str]) -> bool:
        """One GET of an optional endpoint: True on 200. A refusal of any kind (404, 403 for a
        scope, 500, an HTML page) means absent for now, never a reason to stop the account."""
        resp = self.http.request("GET", path, params=params)
        self._note_rate_limit(resp)
        if resp.status_code == 200:
            try:
                parse.json_body(resp)
                return True
            except ValueError:
                problems[name] = f"HTTP 200 with an unreadable body ({path})"
                return False
        if resp.status_code in (401, 429):
            self._raise_for(resp, "GET", unsafe=False)
        problems[name] = f"HTTP {resp.status_code}: {self.http.scrub(self._error_text(resp))}"
        return False

    def use_capabilities(self, capabilities: dict[str, bool]) -> None:
        self._capabilities = dict(capabilities)

    def take_optional_failures(self) -> dict[str, str]:
        failures, self._optional_failures = self._optional_failures, {}
        return failures

    def account_stats(self) -> AccountStats:
        acc = self._verify()
        return AccountStats(
            followers=_int(acc.get("followers_count")),
            following=_int(acc.get("following_count")),
            posts=_int(acc.get("statuses_count")),
        )

    # --- other accounts' public data (competitor watch: platforms/rivals.py reads it) ---

    def lookup_account(self, handle: str) -> Any:
        """The account ``name`` or ``name@server`` as this server knows it (raw JSON);
        NotFound if it knows no such account."""
        return self._get("/api/v1/accounts/lookup", params={"acct": handle})

    def resolve_account(self, handle: str) -> list[Any]:
        """Accounts matching ``@name@server``, asking this server to fetch one it has not met
        yet (``/api/v2/search`` with ``resolve``; raw JSON)."""
        body = self._get("/api/v2/search", params={"q": "@" + handle, "type": "accounts",
                                                   "resolve": "true", "limit": 1})
        return parse.items(parse.obj(body).get("accounts"))

    def account_profile(self, remote_id: str) -> Any:
        """Another account's profile with its counts (raw JSON)."""
        return self._get(f"/api/v1/accounts/{quote(remote_id)}")

    def public_posts(self, remote_id: str, limit: int = 40) -> list[Any]:
        """Another account's newest public posts this server knows, without replies or boosts
        (one request, at most 40; raw statuses)."""
        page, _links = self._page(f"/api/v1/accounts/{quote(remote_id)}/statuses", params={
            "limit": max(1, min(limit, 40)), "exclude_replies": "true",
            "exclude_reblogs": "true"})
        return page

    # --- publishing -------------------------------------------------------------------

    def _upload_media(self, request: PublishRequest) -> list[str]:
        """Upload each attachment and wait (bounded) until the server has processed it.

        A lost answer here is only a TemporaryFailure: an orphan upload is harmless (the
        server deletes unattached media) and nothing was published yet.
        """
        ids: list[str] = []
        for item in request.media:
            try:
                fh = open(item.path, "rb")  # noqa: SIM115 - closed below
            except OSError as exc:
                raise Rejected(f"Cannot read the attachment {item.path}: {exc.strerror}") from None
            with fh:
                resp = self._call(
                    "POST",
                    "/api/v2/media",
                    files={"file": (item.path.rsplit("/", 1)[-1], fh, item.mime_type)},
                    data={"description": item.alt_text} if item.alt_text else None,
                    ok=(200, 202),
                )
            body = self._json(resp)
            if not isinstance(body, dict) or "id" not in body:
                raise TemporaryFailure("The Mastodon server sent an unexpected media answer.")
            media_id = str(body["id"])
            if resp.status_code == 202 or not body.get("url"):
                self._wait_for_media(media_id)
            ids.append(media_id)
        return ids

    def _wait_for_media(self, media_id: str) -> None:
        deadline = time.monotonic() + self.media_wait_seconds
        delay = self.media_poll_interval
        while True:
            resp = self._call("GET", f"/api/v1/media/{quote(media_id)}", ok=(200, 206))
            body = self._json(resp)
            if resp.status_code == 200 and isinstance(body, dict) and body.get("url"):
                return
            if time.monotonic() + delay > deadline:
                raise TemporaryFailure("The Mastodon server is still processing the media.")
            time.sleep(delay)
            delay = min(delay * 2, 2.0)

    def _status_form(self, request: PublishRequest, media_ids: list[str]) -> list[tuple[str, str]]:
        form: list[tuple[str, str]] = [("status", request.text)]
        if request.spoiler_text:
            form.append(("spoiler_text", request.spoiler_text))
        if request.visibility:
            form.append(("visibility", request.visibility))
        if request.language:
            form.append(("language", request.language))
        if request.in_reply_to_remote_id:
            form.append(("in_reply_to_id", request.in_reply_to_remote_id))
        form.extend(("media_ids[]", m) for m in media_ids)
        if request.scheduled_at is not None:
            form.append(("scheduled_at", format_time(request.scheduled_at)))
        return form

    def _check_schedulable(self, request: PublishRequest) -> None:
        """Refuse (before anything is uploaded) a post the server cannot hold until its time.

        Dropping ``scheduled_at`` instead would publish the post early.
        """
        when = request.scheduled_at
        if when is None:
            return
        if self._capabilities.get("server_scheduling") is False:
            raise ServerScheduleRefused(
                "This server cannot hold scheduled posts.", unsupported=True)
        if when.tzinfo is not None:
            when = when.astimezone(UTC).replace(tzinfo=None)
        if when - self.clock() < MIN_SCHEDULE_AHEAD + SCHEDULE_SAFETY_MARGIN:
            raise ServerScheduleRefused(
                "Too close to its time for the server to hold it (it needs 5 minutes).")

    def publish(self, request: PublishRequest) -> PublishResult:
        """Publish once. The Idempotency-Key goes along as a second guard only."""
        if not request.idempotency_key:
            raise ValueError("PublishRequest.idempotency_key is required for Mastodon.")
        self._check_schedulable(request)
        media_ids = self._upload_media(request)
        form = self._status_form(request, media_ids)
        try:
            resp = self._call(
                "POST",
                "/api/v1/statuses",
                data=form,
                headers={"Idempotency-Key": request.idempotency_key},
                unsafe=True,
            )
        except NotSupported as exc:
            if request.scheduled_at is None:
                raise
            raise ServerScheduleRefused(
                f"This server cannot hold scheduled posts ({exc.message}).", unsupported=True
            ) from None
        except ServerScheduleRefused:
            raise
        except Rejected as exc:
            if request.scheduled_at is not None and "schedul" in exc.message.lower():
                # not created: a feature refusal, or a time the server finds too close
                raise ServerScheduleRefused(
                    f"The server would not hold this post ({exc.message}).",
                    unsupported=_says_unsupported(exc.message),
                ) from None
            raise
        result = self._publish_result(self._json(resp, unsafe=True))
        if request.scheduled_at is not None and result.remote_id:
            # asked to hold it, the server published it now: say so, never hide it
            return replace(result, ignored_schedule=True)
        return result

    # --- look before you re-send ------------------------------------------------------

    def find_published(self, request: PublishRequest) -> PublishResult | None:
        """Whether an earlier attempt of ``request`` landed; None when it is not there.

        Only looks, never re-sends (most servers of this API ignore Idempotency-Key): our own
        statuses since the first attempt (minus clock skew; the last 24 hours when its time is
        unknown), matched by reply target, media count, content warning and text — the
        rendered text first, the status source where they differ — then the scheduled
        statuses where the server has them. Posts other outbox rows own are skipped.
        """
        started = request.first_attempt_at
        if started is not None and started.tzinfo is not None:
            started = started.astimezone(UTC).replace(tzinfo=None)
        not_before = (started or self.clock() - UNKNOWN_AGE_LOOKBACK) - LOOKUP_SKEW
        found = self._find_in_own_statuses(request, not_before)
        if found is not None:
            return found
        return self._find_in_scheduled(request)

    def _find_in_own_statuses(
        self, request: PublishRequest, not_before: datetime
    ) -> PublishResult | None:
        want = _normalize_for_match(request.text)
        want_spoiler = _normalize_for_match(request.spoiler_text)
        unsure: list[dict[str, Any]] = []  # right shape, text rendered differently
        url: str | None = f"/api/v1/accounts/{quote(self._account_id())}/statuses"
        params: Any = {"limit": 40, "exclude_reblogs": "true"}
        for _ in range(LOOKUP_PAGES):
            if url is None:
                break
            page, links = self._page(url, params=params)
            params = None
            older = False
            for st in page:
                if not isinstance(st, dict):
                    continue
                created = parse_time(st.get("created_at"))
                if created is None or created < not_before:
                    older = True
                    continue
                if not self._same_shape(request, st, want_spoiler):
                    continue
                if _normalize_for_match(html_to_text(str(st.get("content") or ""))) == want:
                    return self._publish_result(st)
                unsure.append(st)
            if older or not page:
                break
            url = links.get("next")
        for st in unsure[:SOURCE_CHECKS]:
            if self._source_matches(request, str(st.get("id", ""))):
                return self._publish_result(st)
        return None

    def _same_shape(self, request: PublishRequest, st: dict[str, Any], want_spoiler: str) -> bool:
        """Reply target, attachments and content warning agree (the exact signals)."""
        if str(st.get("id", "")) in request.exclude_remote_ids:
            return False
        if str(st.get("in_reply_to_id") or "") != str(request.in_reply_to_remote_id or ""):
            return False
        media = st.get("media_attachments")
        if len(media if isinstance(media, list) else []) != len(request.media):
            return False
        return _normalize_for_match(str(st.get("spoiler_text") or "")) == want_spoiler

    def _source_matches(self, request: PublishRequest, status_id: str) -> bool:
        """The text as written (``GET /statuses/:id/source``), where the server has it."""
        try:
            source = self._get(f"/api/v1/statuses/{quote(status_id)}/source")
        except Unreachable:
            raise
        except (NotFound, NotSupported, Rejected, TemporaryFailure):
            return False
        if not isinstance(source, dict):
            return False
        return _same_text(str(source.get("text") or ""), request.text)

    def _find_in_scheduled(self, request: PublishRequest) -> PublishResult | None:
        """A post the server holds for later; a server without the list (404) holds none."""
        if self._capabilities.get("scheduled_statuses") is False:
            return None
        try:
            page, _links = self._page("/api/v1/scheduled_statuses", params={"limit": 40})
        except (NotFound, NotSupported):
            return None
        for sch in page:
            params = (sch or {}).get("params") if isinstance(sch, dict) else None
            if not isinstance(params, dict) or str(sch.get("id", "")) in request.exclude_remote_ids:
                continue
            if not _same_text(str(params.get("text") or ""), request.text):
                continue
            if str(params.get("in_reply_to_id") or "") != str(request.in_reply_to_remote_id or ""):
                continue
            return PublishResult(remote_id="", server_scheduled_id=str(sch["id"]))
        return None

    def cancel_scheduled(self, server_scheduled_id: str) -> None:
        self._call(
            "DELETE", f"/api/v1/scheduled_statuses/{quote(server_scheduled_id)}", ok=(200, 204)
        )

    def reschedule(self, server_scheduled_id: str, when: datetime) -> None:
        self._call(
            "PUT",
            f"/api/v1/scheduled_statuses/{quote(server_scheduled_id)}",
            data={"scheduled_at": format_time(when)},
        )

    # --- edits and deletes of sent posts ---------------------------------------------

    def _status(self, remote_id: str) -> dict[str, Any]:
        """One of our statuses as it is now (NotFound: it is gone)."""
        body = self._get(f"/api/v1/statuses/{quote(remote_id)}")
        if not isinstance(body, dict) or not parse.ident(body.get("id")):
            raise TemporaryFailure("The Mastodon server's answer for the post was not a status.")
        return body

    def _shows_text(self, st: dict[str, Any], text: str) -> bool:
        """The status shows ``text``: its rendered text, else its source where they differ."""
        want = _normalize_for_match(text)
        if _normalize_for_match(html_to_text(str(st.get("content") or ""))) == want:
            return True
        try:
            source = self._get(f"/api/v1/statuses/{quote(str(st.get('id', '')))}/source")
        except (NotFound, NotSupported, Rejected):
            return False
        return isinstance(source, dict) and _same_text(str(source.get("text") or ""), text)

    def _no_edit(self, answer: str) -> NotSupported:
        return NotSupported(f"This server does not allow editing a sent post ({answer}). "
                            "Delete it and post the new text again?")

    def edit_post(self, request: EditRequest) -> datetime | None:
        """Edit once: read the status first (it may show the new text already — an earlier
        attempt landed) and send its media, warning and language along, because an edit
        replaces them all (an edit without ``media_ids`` drops the images)."""
        if self._capabilities.get("edits") is False:
            raise self._no_edit("known from an earlier answer")
        st = self._status(request.post.remote_id)
        if self._shows_text(st, request.text):
            return parse_time(st.get("edited_at")) or self.clock()
        form: list[tuple[str, str]] = [("status", request.text)]
        spoiler = str(st.get("spoiler_text") or "")
        if spoiler:
            form.append(("spoiler_text", spoiler))
        form.append(("sensitive", "true" if st.get("sensitive") else "false"))
        if st.get("language"):
            form.append(("language", str(st["language"])))
        media = st.get("media_attachments")
        for attachment in media if isinstance(media, list) else []:
            if isinstance(attachment, dict) and parse.ident(attachment.get("id")):
                form.append(("media_ids[]", parse.ident(attachment["id"])))
        path = f"/api/v1/statuses/{quote(request.post.remote_id)}"
        resp = self._call("PUT", path, data=form, unsafe=True, ok=(200, 404, 405))
        if resp.status_code == 405:
            raise self._no_edit("HTTP 405")
        if resp.status_code == 404:  # no edit route here, or the post went meanwhile: look
            if self.post_exists(request.post):
                raise self._no_edit("HTTP 404 while the post is there")
            raise NotFound("The post is no longer on the Mastodon server (deleted?).")
        body = self._json(resp, unsafe=True)
        if not isinstance(body, dict) or not parse.ident(body.get("id")):
            raise OutcomeUnknown("The Mastodon server's answer to the edit was not a status; "
                                 "the edit may or may not be there.")
        return parse_time(body.get("edited_at")) or self.clock()

    def edit_applied(self, request: EditRequest) -> bool:
        return self._shows_text(self._status(request.post.remote_id), request.text)

    def delete_post(self, post: PostRef) -> bool:
        try:
            self._call("DELETE", f"/api/v1/statuses/{quote(post.remote_id)}", unsafe=True)
        except NotFound:
            return False  # already gone: what a delete wants
        return True

    def post_exists(self, post: PostRef) -> bool:
        try:
            self._status(post.remote_id)
        except NotFound:
            return False
        return True

    # --- paging -----------------------------------------------------------------------

    def _page(self, url_or_path: str, params: Any = None) -> tuple[list[Any], dict[str, str]]:
        resp = self._call("GET", url_or_path, params=params)
        body = self._json(resp)
        if not isinstance(body, list):
            raise TemporaryFailure("The Mastodon server sent an unexpected list answer.")
        return body, _link_urls(resp, self.instance_url)

    # --- mentions ---------------------------------------------------------------------

    def list_mentions(self, since: str | None, limit: int = 80) -> MentionPage:
        """Mention notifications newer than ``since``, oldest first, plus filtered requests.

        With a cursor we walk ``prev`` links (newer pages) from ``min_id=since``; without one
        we take the newest page and a few older ones. Every followed link gets
        ``types[]=mention`` put back, since servers may drop it from Link headers.
        """
        limit = max(1, min(limit, 80))
        force = {"types[]": ["mention"], "limit": [str(limit)]}
        params: list[tuple[str, str]] = [("types[]", "mention"), ("limit", str(limit))]
        if since:
            params.append(("min_id", since))
        first = self.http.url("/api/v1/notifications") + "?" + urlencode(params)

        ordered: list[dict[str, Any]] = []  # oldest first
        seen: set[str] = set()
        skipped = 0  # notifications without an id: unreadable, and no cursor either
        url: str | None = first
        rel = "prev" if since else "next"
        max_pages = MAX_PAGES if since else max(1, self.initial_mention_pages)
        for _ in range(max_pages):
            if url is None:
                break
            page, links = self._page(url)
            fresh = [n for n in page if isinstance(n, dict) and parse.ident(n.get("id"))
                     and parse.ident(n.get("id")) not in seen]
            skipped += sum(1 for n in page if not parse.ident(parse.obj(n).get("id")))
            if not fresh:
                break
            for n in fresh:
                seen.add(parse.ident(n.get("id")))
            chunk = list(reversed(fresh))  # server order is newest first
            ordered = ordered + chunk if rel == "prev" else chunk + ordered
            nxt = links.get(rel)
            url = _with_params(nxt, force, drop=("exclude_types[]",)) if nxt else None

        def read(n: dict[str, Any]) -> RemoteMention | None:
            if n.get("type") != "mention":
                return None  # a server that ignored the filter
            return self._mention_from_status(
                n.get("status"), parse.ident(n.get("id")), "mention", when=n.get("created_at"))

        # a bad notification is skipped and counted; the cursor still moves past it
        mentions, bad = parse.each(ordered, read)
        cursor = parse.ident(ordered[-1].get("id")) if ordered else (since or "")
        known = {m.status_remote_id for m in mentions}
        filtered, bad_filtered = self._filtered_mentions()
        mentions.extend(m for m in filtered if m.status_remote_id not in known)
        return MentionPage(mentions=mentions, cursor=cursor,
                           skipped=skipped + bad + bad_filtered)

    def _filtered_mentions(self) -> tuple[list[RemoteMention], int]:
        """Mentions held back as notification requests (Mastodon 4.3+; absent before), and
        how many of them could not be read.

        They are not part of the notification cursor, so they come back on every call with
        ``kind="filtered_mention"`` and a ``request:`` id; callers dedupe on the ids.
        """
        if self._capabilities.get("notification_requests") is False:
            return [], 0  # absent on this server (re-probed with the profile)
        try:
            page, _links = self._page("/api/v1/notifications/requests", params={"limit": 40})
        except Unreachable:
            raise
        except (NotFound, Rejected, TemporaryFailure) as exc:
            # 404 (GoToSocial), 500 (Takahē parses "requests" as an id), 400: the mentions
            # themselves were read; this optional part is absent for now
            self._optional_failures["notification_requests"] = exc.message
            return [], 0

        def read(req: Any) -> RemoteMention | None:
            if not isinstance(req, dict):
                raise parse.BadItem("a notification request that is not an object")
            st = req.get("last_status")
            if st is None:
                return None  # a request without a status to show
            rid = parse.required_id(req.get("id"))
            sid = parse.required_id(parse.obj(st).get("id"))
            return self._mention_from_status(st, f"request:{rid}:{sid}", "filtered_mention")

        out, skipped = parse.each(page, read)
        out.sort(key=lambda m: m.created_at)
        return out, skipped

    # --- threads, followers, metrics, search ------------------------------------------

    def fetch_thread(self, status_remote_id: str) -> list[ThreadPost]:
        sid = quote(status_remote_id)
        status = self._get(f"/api/v1/statuses/{sid}")
        ctx = self._get(f"/api/v1/statuses/{sid}/context")
        if not isinstance(status, dict) or not isinstance(ctx, dict):
            raise TemporaryFailure("The Mastodon server sent an unexpected thread answer.")
        posts = [*parse.items(ctx.get("ancestors")), status,
                 *parse.items(ctx.get("descendants"))]
        return parse.each(posts, self._thread_post)[0]

    def list_followers(self, cursor: str | None) -> FollowerPage:
        if cursor:
            page, links = self._page(cursor)
        else:
            page, links = self._page(
                f"/api/v1/accounts/{quote(self._account_id())}/followers", params={"limit": 80}
            )
        people, skipped = parse.each(page, self._person)
        nxt = links.get("next") if page else None
        return FollowerPage(people=people, next_cursor=nxt, skipped=skipped)

    def post_metrics(self, remote_ids: Sequence[str]) -> list[PostMetrics]:
        """Counts of our posts, read in batches: our own statuses, 40 a page, newest first
        (one request per 40 posts on every server); posts not met there (older ones) are read
        one by one, at most ``METRICS_SINGLE_READS`` a run. A deleted post is skipped."""
        wanted = {str(r) for r in remote_ids}
        found: dict[str, PostMetrics] = {}
        url: str | None = f"/api/v1/accounts/{quote(self._account_id())}/statuses"
        params: Any = {"limit": 40, "exclude_reblogs": "true"}
        for _ in range(METRICS_PAGES):
            if url is None or len(found) == len(wanted):
                break
            page, links = self._page(url, params=params)
            params = None
            for st in page:
                if isinstance(st, dict) and parse.ident(st.get("id")) in wanted:
                    found[parse.ident(st["id"])] = _metrics_of(st)
            url = links.get("next") if page else None
        for rid in [r for r in remote_ids if str(r) not in found][:METRICS_SINGLE_READS]:
            try:
                st = self._get(f"/api/v1/statuses/{quote(rid)}")
            except NotFound:
                continue  # deleted since; nothing to count
            if isinstance(st, dict):
                try:
                    found[str(rid)] = _metrics_of(st)
                except parse.UNREADABLE:
                    continue  # an unreadable answer for this one post
        return [found[str(r)] for r in remote_ids if str(r) in found]

    def search(self, query: str, since: str | None = None) -> MentionPage:
        """Hashtag watch (``#tag`` → tag timeline) or full-text post search.

        Servers without full-text search, or that refuse it, give an empty page.
        """
        query = query.strip()
        if not query:
            return MentionPage(mentions=[], cursor=since or "")
        if query.startswith("#"):
            tag = query.lstrip("#").split()[0] if query.lstrip("#") else ""
            params: dict[str, Any] = {"limit": 40}
            if since:
                params["min_id"] = since
            try:
                statuses = self._get(f"/api/v1/timelines/tag/{quote(tag)}", params=params)
            except (NotFound, Rejected):
                statuses = []
            kind = "hashtag"
        else:
            params = {"q": query, "type": "statuses", "limit": 40, "resolve": "false"}
            if since:
                params["min_id"] = since
            try:
                body = self._get("/api/v2/search", params=params)
            except (NotFound, Rejected):
                body = {}
            statuses = body.get("statuses", []) if isinstance(body, dict) else []
            kind = "search"
        items = parse.items(statuses)
        # Order by time (ids are not comparable; search results come by relevance). Ties keep
        # the server's order reversed, which is oldest first for timelines.
        read, skipped = parse.each(
            reversed(items),
            lambda s: self._mention_from_status(s, parse.ident(parse.obj(s).get("id")), kind))
        mentions = sorted(read, key=lambda m: m.created_at)
        cursor = mentions[-1].remote_id if mentions else (since or "")
        return MentionPage(mentions=mentions, cursor=cursor, skipped=skipped)

    # --- follow requests ----------------------------------------------------------------
    # Locked accounts (GoToSocial's default) get follow requests instead of follows. The
    # endpoints need the read:follows / write:follows scopes, which older authorizations of
    # mbdesk lack: that 403 becomes NotSupported saying to authorize again, never AuthExpired
    # (which would stop the whole account's sync for a feature the owner may not use). A server
    # without the endpoints (404 on the list) is NotSupported too; a 404 on an answer means the
    # request itself is gone (NotFound).

    def _follows_call(self, method: str, path: str, params: Any = None) -> requests.Response:
        resp = self._call(method, path, params=params, ok=(200, 403, 404))
        if resp.status_code == 200:
            return resp
        text = self.http.scrub(self._error_text(resp))
        if resp.status_code == 403 and "scope" in text.lower():
            raise NotSupported(
                "mbdesk's authorization on this account does not cover follow requests "
                f"({text}). Authorize the account again (Accounts) to see and answer them."
            )
        if resp.status_code == 404 and path.endswith(("/authorize", "/reject")):
            raise NotFound(
                "The follow request is no longer there (withdrawn, or answered elsewhere)."
            )
        if resp.status_code == 404:
            raise NotSupported(f"This server has no follow requests (GET "
                               f"/api/v1/follow_requests: {text}).")
        self._raise_for(resp, method, unsafe=False)
        raise AssertionError("unreachable")  # pragma: no cover

    def list_follow_requests(self) -> list[RemotePerson]:
        """Every pending request (newest first, Link-header pages of 80, at most MAX_PAGES)."""
        resp = self._follows_call("GET", "/api/v1/follow_requests", params={"limit": 80})
        people: list[RemotePerson] = []
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            body = self._json(resp)
            if not isinstance(body, list):
                raise TemporaryFailure("The Mastodon server sent an unexpected list answer.")
            fresh = parse.each(body, self._person)[0]
            fresh = [p for p in fresh if p.remote_id and p.remote_id not in seen]
            if not fresh:
                break
            seen.update(p.remote_id for p in fresh)
            people.extend(fresh)
            nxt = _link_urls(resp, self.instance_url).get("next")
            if not nxt:
                break
            resp = self._follows_call("GET", _with_params(nxt, {"limit": ["80"]}))
        return people

    def accept_follow_request(self, remote_id: str) -> None:
        self._follows_call("POST", f"/api/v1/follow_requests/{quote(remote_id)}/authorize")

    def reject_follow_request(self, remote_id: str) -> None:
        self._follows_call("POST", f"/api/v1/follow_requests/{quote(remote_id)}/reject")


__all__ = [
    "MastodonClient",
    "RateLimitState",
    "ScheduleCapReached",
    "html_to_text",
]
