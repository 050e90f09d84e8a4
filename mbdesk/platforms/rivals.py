"""Reading a competitor's public account through one of the owner's connected accounts.

Kept apart from the clients' own code (it reads only public data, never the owner's): the
requests are the clients' small public methods (``lookup_account``, ``account_profile``,
``public_posts``, Mastodon's ``resolve_account``) over their own transport, so errors, rate
limits and token refresh behave as for every other read; the answers are read here. At
most three requests per rival and run: the profile (follower count) and one page of recent
posts (by id; the handle is looked up once, when added).

* Mastodon API: ``GET /api/v1/accounts/lookup?acct=`` (an account the server does not know yet
  is searched with ``GET /api/v2/search?type=accounts&resolve=true``), ``GET
  /api/v1/accounts/:id``, ``GET /api/v1/accounts/:id/statuses`` (public posts the owner's server
  knows; for a rival on another server that can be fewer than on its own).
* Bluesky: ``app.bsky.actor.getProfile`` and ``app.bsky.feed.getAuthorFeed``
  (``filter=posts_no_replies``; reposts are skipped).
* X: ``GET /2/users/by/username/:username`` and ``GET /2/users/:id/tweets`` — only where the
  app's access level allows reading (not the lowest); protected accounts show no posts.
* Weibo: not possible with an ordinary app — ``statuses/user_timeline`` returns only the
  signed-in account's own posts, other accounts' posts need the commercial API
  (``c.api.weibo.com statuses/user_timeline/other``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mbdesk.platforms import parse
from mbdesk.platforms.base import NotFound, NotSupported, PlatformClient, Rejected

POSTS_PER_RUN = 40
WEIBO_NOTE = ("Weibo's API shows other accounts' posts and counts only to commercial partners "
              "(statuses/user_timeline returns just your own posts), so mbdesk cannot watch a "
              "competitor there.")
SANDBOX_NOTE = ("The demo workspace's offline server has no other accounts to look up; connect "
                "a real account to watch a competitor.")


class RivalNotFound(NotFound):
    """No such account on that platform (as seen from the owner's server)."""


class RivalPrivate(Rejected):
    """The account exists but its posts are not public (protected / followers only)."""


@dataclass(frozen=True)
class RivalProfile:
    remote_id: str
    handle: str
    display_name: str
    url: str
    followers: int
    following: int
    posts: int
    private: bool = False


@dataclass(frozen=True)
class RivalPostData:
    remote_id: str
    text: str
    url: str
    published_at: datetime
    replies: int
    reposts: int
    favourites: int


def _platform(client: PlatformClient) -> str:
    return client.platform or type(client).__name__.lower().removesuffix("client")

_WHY_NOT = {"weibo": WEIBO_NOTE, "sandbox": SANDBOX_NOTE}  # platforms without a reader


def supports(client: PlatformClient) -> bool:
    """Whether competitors can be read through this client's platform at all."""
    return _platform(client) in _READERS


def _reader(client: PlatformClient) -> _Reader:
    platform = _platform(client)
    reader = _READERS.get(platform)
    if reader is None:
        raise NotSupported(_WHY_NOT.get(platform,
                                        f"Competitor watch is not available on {platform}."))
    return reader


def lookup(client: PlatformClient, handle: str) -> RivalProfile:
    """Find a rival by the handle the owner typed (``@name``, ``name@server``,
    ``name.bsky.social``)."""
    handle = handle.strip().lstrip("@").strip()
    if not handle:
        raise RivalNotFound("Type the competitor's handle.")
    return _reader(client).lookup(client, handle)


def profile(client: PlatformClient, remote_id: str) -> RivalProfile:
    """The rival's counts now (one request)."""
    return _reader(client).profile(client, remote_id)


def recent_posts(client: PlatformClient, remote_id: str,
                 limit: int = POSTS_PER_RUN) -> list[RivalPostData]:
    """The rival's newest public posts (not replies, not reposts), newest first; one request."""
    return _reader(client).posts(client, remote_id, limit)


def _each(values: list[Any], read) -> list[RivalPostData]:
    posts, _skipped = parse.each(values, read)
    return posts


# --- Mastodon -------------------------------------------------------------------------------


def _mastodon_lookup(client: Any, handle: str) -> RivalProfile:
    try:
        return _mastodon_profile(client.lookup_account(handle))
    except NotFound:
        if "@" not in handle:
            raise RivalNotFound(f"No account {handle} on this server.") from None
    # an account on another server this one has not met yet: ask it to resolve the handle
    for acc in client.resolve_account(handle):
        if isinstance(acc, dict) and str(acc.get("acct", "")).lower() == handle.lower():
            return _mastodon_profile(acc)
    raise RivalNotFound(f"No account {handle} was found (checked through your server).")


def _mastodon_profile(acc: Any) -> RivalProfile:
    acc = parse.obj(acc)
    return RivalProfile(
        remote_id=parse.required_id(acc.get("id")),
        handle=parse.text(acc.get("acct")) or parse.text(acc.get("username")),
        display_name=parse.text(acc.get("display_name")), url=parse.text(acc.get("url")),
        followers=parse.count(acc.get("followers_count")),
        following=parse.count(acc.get("following_count")),
        posts=parse.count(acc.get("statuses_count")), private=bool(acc.get("locked")))


def _mastodon_posts(client: Any, remote_id: str, limit: int) -> list[RivalPostData]:
    return _each(client.public_posts(remote_id, limit), _mastodon_post)


def _mastodon_post(st: Any) -> RivalPostData | None:
    from mbdesk.platforms.mastodon import html_to_text

    st = parse.obj(st)
    when = parse.time(st.get("created_at"))
    if when is None:
        raise parse.BadItem("a post without a date")
    return RivalPostData(
        remote_id=parse.required_id(st.get("id")), text=html_to_text(parse.text(st.get("content"))),
        url=parse.text(st.get("url")), published_at=when,
        replies=parse.count(st.get("replies_count")), reposts=parse.count(st.get("reblogs_count")),
        favourites=parse.count(st.get("favourites_count")))


# --- Bluesky --------------------------------------------------------------------------------


def _bluesky_profile(client: Any, actor: str) -> RivalProfile:
    try:
        body = client.account_profile(actor)
    except (NotFound, Rejected) as exc:
        if isinstance(exc, NotFound) or "not found" in exc.message.lower() or \
                "resolve" in exc.message.lower():
            raise RivalNotFound(f"No Bluesky account {actor}.") from None
        raise
    a = parse.obj(body)
    handle = parse.text(a.get("handle"))
    return RivalProfile(
        remote_id=parse.required_id(a.get("did"), "DID"), handle=handle,
        display_name=parse.text(a.get("displayName")),
        url=f"https://bsky.app/profile/{handle}" if handle else "",
        followers=parse.count(a.get("followersCount")),
        following=parse.count(a.get("followsCount")), posts=parse.count(a.get("postsCount")))


def _bluesky_posts(client: Any, actor: str, limit: int) -> list[RivalPostData]:
    feed = [item for item in client.public_posts(actor, limit)
            if isinstance(item, dict) and not item.get("reason")]  # reason: a repost
    return _each([item.get("post") for item in feed], _bluesky_post)


def _bluesky_post(p: Any) -> RivalPostData | None:
    from mbdesk.platforms.bluesky import post_url

    p = parse.obj(p)
    uri = parse.required_id(p.get("uri"), "URI")
    record = parse.obj(p.get("record"))
    when = parse.time(record.get("createdAt")) or parse.time(p.get("indexedAt"))
    if when is None:
        raise parse.BadItem("a post without a date")
    author = parse.obj(p.get("author"))
    return RivalPostData(
        remote_id=uri, text=parse.text(record.get("text")),
        url=post_url(parse.text(author.get("handle")) or parse.text(author.get("did")), uri),
        published_at=when, replies=parse.count(p.get("replyCount")),
        reposts=parse.count(p.get("repostCount")) + parse.count(p.get("quoteCount")),
        favourites=parse.count(p.get("likeCount")))


# --- X --------------------------------------------------------------------------------------

def _x_lookup(client: Any, handle: str) -> RivalProfile:
    return _x_profile(client.lookup_account(handle), handle)


def _x_profile(body: Any, asked: str) -> RivalProfile:
    user = parse.obj(parse.obj(body).get("data"))
    if not user:
        raise RivalNotFound(f"No X account {asked}.")
    m = parse.obj(user.get("public_metrics"))
    name = parse.text(user.get("username"))
    return RivalProfile(
        remote_id=parse.required_id(user.get("id")), handle=name,
        display_name=parse.text(user.get("name")), url=f"https://x.com/{name}" if name else "",
        followers=parse.count(m.get("followers_count")),
        following=parse.count(m.get("following_count")),
        posts=parse.count(m.get("tweet_count")), private=bool(user.get("protected")))


def _x_posts(client: Any, remote_id: str, limit: int) -> list[RivalPostData]:
    body = parse.obj(client.public_posts(remote_id, limit))
    errors = parse.items(body.get("errors"))
    if not body.get("data") and any(
            "authoriz" in str(parse.obj(e).get("title", "")).lower() for e in errors):
        raise RivalPrivate("This X account is protected: its posts are not public.")
    return _each(parse.items(body.get("data")), _x_post)


def _x_post(tweet: Any) -> RivalPostData | None:
    from mbdesk.platforms.x import tweet_text

    tweet = parse.obj(tweet)
    when = parse.time(tweet.get("created_at"))
    if when is None:
        raise parse.BadItem("a post without a date")
    m = parse.obj(tweet.get("public_metrics"))
    tid = parse.required_id(tweet.get("id"))
    return RivalPostData(
        remote_id=tid, text=tweet_text(tweet), url=f"https://x.com/i/status/{tid}",
        published_at=when, replies=parse.count(m.get("reply_count")),
        reposts=parse.count(m.get("retweet_count")) + parse.count(m.get("quote_count")),
        favourites=parse.count(m.get("like_count")))


@dataclass(frozen=True)
class _Reader:
    """How one platform finds a rival, reads its counts and reads its recent posts."""

    lookup: Callable[[Any, str], RivalProfile]
    profile: Callable[[Any, str], RivalProfile]
    posts: Callable[[Any, str, int], list[RivalPostData]]


_READERS = {
    "mastodon": _Reader(_mastodon_lookup,
                        lambda client, rid: _mastodon_profile(client.account_profile(rid)),
                        _mastodon_posts),
    "bluesky": _Reader(_bluesky_profile, _bluesky_profile, _bluesky_posts),
    "x": _Reader(_x_lookup, lambda client, rid: _x_profile(client.account_profile(rid), rid),
                 _x_posts),
}
