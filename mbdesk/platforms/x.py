"""X (Twitter) client: the X API v2 mapped onto ``PlatformClient``, honest about access levels.

Wire facts this module relies on (X's OpenAPI spec in xdevplatform's TypeScript SDK, docs.x.com,
tweepy's v2 ``Client``):

* Sign-in is OAuth 2.0 with PKCE and the shop's own client id (``x_auth``). Access tokens live
  about 2 hours; ``offline.access`` gives a refresh token that **rotates**: ``POST
  /2/oauth2/token`` (``grant_type=refresh_token``) answers a new pair and the old refresh token
  stops working. The new pair goes to ``on_tokens`` (the keyring) *before* it is used, so a crash
  between refresh and save cannot leave the keyring with a dead refresh token only.
* Errors are RFC 7807 problem JSON (``title``, ``detail``, ``type``, ``status``). A 403 whose
  type is ``.../problems/client-forbidden`` (``reason: client-not-enrolled``) means the app's
  access level does not include that endpoint: ``NotSupported`` ("not available with this app's
  access level"), which the engine records as an absent step and asks again only daily.
* ``POST /2/tweets`` (``text``, ``reply.in_reply_to_tweet_id``, ``media.media_ids``) has no
  idempotency key. After an unknown outcome, ``find_published`` looks at ``GET
  /2/users/:id/tweets`` (``start_time``); X's text wraps links in t.co, so the text is compared
  with ``entities.urls`` expanded. A 403 "duplicate content" is confirmed by that lookup.
* Images go to ``POST /2/media/upload`` (multipart ``media`` + ``media_category=tweet_image``),
  alt text to ``POST /2/media/metadata``.
* ``x-rate-limit-limit`` / ``-remaining`` / ``-reset`` (epoch seconds) come with every answer,
  per endpoint; 429 waits until the reset. Mentions are not polled while their window is spent.
* No server scheduling: mbdesk publishes scheduled posts itself at their time.
* Link clicks ("action"): ``non_public_metrics.url_link_clicks`` (also in ``organic_metrics``)
  on ``GET /2/tweets`` with a user-context token, only for the account's own posts created in
  the last 30 days, and only when the post has a link (docs.x.com "Metrics"). A post asked for
  with those fields that X will not show them for is left out of ``data`` and named in
  ``errors`` with type ``.../problems/not-authorized-for-field``; ``post_metrics`` asks for
  those posts again with ``public_metrics`` only, so their replies and likes still count.
"""

from __future__ import annotations

import html
import json
import logging
import mimetypes
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import requests

from mbdesk.platforms import parse
from mbdesk.platforms.base import (
    AccountIdentity,
    AccountStats,
    AuthExpired,
    Capabilities,
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
    TemporaryFailure,
    ThreadPost,
    Unreachable,
)
from mbdesk.platforms.http import DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, HttpClient
from mbdesk.platforms.mastodon import RateLimitState

log = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://api.x.com"
TOKEN_PATH = "/2/oauth2/token"
ACCESS_LEVEL_NOTE = "not available with this app's access level"
TWEET_FIELDS = "created_at,conversation_id,in_reply_to_user_id,referenced_tweets,entities,lang," \
               "attachments,author_id,public_metrics"
USER_FIELDS = "name,username,profile_image_url,description,public_metrics,verified"
METRIC_FIELDS = "public_metrics,non_public_metrics,organic_metrics"
FIELD_REFUSED = "not-authorized-for-field"
REFRESH_MARGIN = timedelta(minutes=2)  # refresh a token this close to its end before a call
LOOKUP_SKEW = timedelta(minutes=5)
UNKNOWN_AGE_LOOKBACK = timedelta(hours=24)
LOOKUP_PAGES = 3
MENTION_PAGES = 5
RATE_LIMIT_FALLBACK = timedelta(minutes=15)
MAX_IMAGES = 4
IMAGE_SIZE_LIMIT = 5 * 1024 * 1024
THREAD_DEPTH = 10


# --- tokens ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class XTokens:
    """What the keyring keeps for an X account: the token pair and when the access token ends."""

    access_token: str
    refresh_token: str = ""
    expires_at: float = 0.0  # epoch seconds; 0 = unknown (refreshed when X refuses it)

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str | None) -> XTokens:
        """Parse the stored secret; anything unusable means: authorize again."""
        try:
            data = json.loads(text or "")
            return cls(access_token=str(data["access_token"]),
                       refresh_token=str(data.get("refresh_token") or ""),
                       expires_at=float(data.get("expires_at") or 0))
        except (ValueError, KeyError, TypeError):
            raise AuthExpired("The stored X authorization is unreadable; authorize the account "
                              "again.") from None

    def __repr__(self) -> str:  # keep the tokens out of logs and tracebacks
        return f"XTokens(expires_at={self.expires_at!r})"


def tokens_from_answer(body: Any, now: datetime) -> XTokens:
    """A token endpoint answer → ``XTokens``; TemporaryFailure when it is not one."""
    if not isinstance(body, dict) or not isinstance(body.get("access_token"), str):
        raise TemporaryFailure("X sent an unexpected answer from its token endpoint.")
    lifetime = _int(body.get("expires_in"))
    expires = (now.replace(tzinfo=UTC).timestamp() + lifetime) if lifetime else 0.0
    return XTokens(access_token=body["access_token"],
                   refresh_token=str(body.get("refresh_token") or ""), expires_at=expires)


def normalize_api_base(value: str | None) -> str:
    value = (value or DEFAULT_API_BASE).strip().rstrip("/")
    if not value.startswith(("http://", "https://")):
        value = "https://" + value
    return value


# --- small helpers ---------------------------------------------------------------------------


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _int(value: Any) -> int:
    """A count (or a numeric id to order by), clamped to what SQLite stores; 0 when none."""
    return parse.count(value)


def parse_time(value: Any) -> datetime | None:
    """ISO 8601 → naive UTC; None when absent, unparseable or out of range in UTC."""
    return parse.time(value)


def format_time(dt: datetime) -> str:
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt.replace(microsecond=0).isoformat() + "Z"


def _json_or_none(resp: requests.Response) -> Any:
    try:
        return parse.json_body(resp)
    except ValueError:
        return None


def _problem(resp: requests.Response) -> dict[str, str]:
    """The problem document's text fields (X also nests them in ``errors[0]``)."""
    body = _json_or_none(resp)
    if not isinstance(body, dict):
        return {}
    if not body.get("detail") and isinstance(body.get("errors"), list) and body["errors"]:
        first = body["errors"][0]
        body = first if isinstance(first, dict) else body
    return {k: parse.text(body.get(k)) for k in ("title", "detail", "type", "reason",
                                                     "error", "error_description", "message")}


def _reset_of(resp: requests.Response) -> datetime | None:
    value = (resp.headers.get("x-rate-limit-reset") or "").strip()
    if value.isdigit():
        try:
            return datetime.fromtimestamp(int(value), UTC).replace(tzinfo=None)
        except (OverflowError, OSError, ValueError):
            return None
    return None


def _endpoint_key(path: str) -> str:
    """A rate-limit bucket: the path with ids replaced (X limits per endpoint)."""
    return re.sub(r"/\d{3,}(?=/|$)", "/:id", path.split("?")[0])


_LEADING_MENTIONS = re.compile(r"^(?:@\w+\s+)+")


def tweet_text(tweet: dict[str, Any], *, keep_media_links: bool = False) -> str:
    """The tweet's text with t.co links expanded (and the trailing media link dropped)."""
    text = parse.text(tweet.get("text"))
    urls = parse.items(parse.obj(tweet.get("entities")).get("urls"))
    for url in sorted((u for u in urls if isinstance(u, dict)),
                      key=lambda u: -_int(u.get("start"))):
        short = parse.text(url.get("url"))
        if not short or short not in text:
            continue
        expanded_url = parse.text(url.get("expanded_url"))
        media = bool(url.get("media_key")) or re.search(r"/(photo|video)/\d+$", expanded_url)
        expanded = "" if media and not keep_media_links else (expanded_url or short)
        head, _, tail = text.rpartition(short)
        text = head + expanded + tail
    return html.unescape(text).strip()


def _normalize_for_match(text: str) -> str:
    """Loose form for comparing what we sent with what X shows (reply @-prefixes, spacing, NFC,
    the scheme and a trailing slash of links)."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"https?://", "", text)
    text = re.sub(r"(\S)/(?=\s|$)", r"\1", text)
    text = " ".join(text.split())
    return _LEADING_MENTIONS.sub("", text + " ").strip()


def _link_clicks(tweet: dict[str, Any]) -> int | None:
    """``url_link_clicks`` from the private metrics; 0 when they came for a post without a
    link (X leaves the field out then); None when X sent no private metrics at all."""
    for name in ("non_public_metrics", "organic_metrics"):
        private = tweet.get(name)
        if isinstance(private, dict):
            return _int(private.get("url_link_clicks"))
    return None


def _metrics_of(tweet: dict[str, Any]) -> PostMetrics:
    m = parse.obj(tweet.get("public_metrics"))
    return PostMetrics(remote_id=parse.required_id(tweet.get("id")),
                       replies=_int(m.get("reply_count")),
                       reposts=_int(m.get("retweet_count")) + _int(m.get("quote_count")),
                       favourites=_int(m.get("like_count")),
                       clicks=_link_clicks(tweet))


def _field_refused(body: Any) -> set[str]:
    """Ids X named in ``errors`` as not authorized for a field asked for."""
    out = set()
    for error in parse.items(parse.obj(body).get("errors")):
        error = parse.obj(error)
        if FIELD_REFUSED in str(error.get("type") or ""):
            ident = parse.digits(error.get("resource_id") or error.get("value"))
            if ident:
                out.add(ident)
    return out


def _replied_to(tweet: dict[str, Any]) -> str:
    for ref in parse.items(tweet.get("referenced_tweets")):
        if isinstance(ref, dict) and ref.get("type") == "replied_to":
            return parse.digits(ref.get("id"))
    return ""


# --- the client ------------------------------------------------------------------------------


class XClient(PlatformClient):
    """One X account. Blocking; call from a worker thread.

    ``on_tokens`` receives every new token pair (after a refresh) and must store it before the
    client uses it; ``rate_limit`` holds the last ``x-rate-limit-*`` headers seen.
    """

    platform = "x"
    capabilities = Capabilities(server_scheduling=False, keyword_search=True,
                                hashtag_timeline=False, requires_alt_text=False)

    def __init__(self, tokens: XTokens, *, client_id: str, api_base: str = DEFAULT_API_BASE,
                 user_id: str = "",
                 on_tokens: Callable[[XTokens], None] | None = None,
                 http_session: requests.Session | None = None,
                 connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
                 read_timeout: float = DEFAULT_READ_TIMEOUT,
                 clock: Callable[[], datetime] = _utcnow) -> None:
        self.api_base = normalize_api_base(api_base)
        self.client_id = client_id
        self.tokens = tokens
        self.on_tokens = on_tokens
        self.clock = clock
        self.http = HttpClient(self.api_base, token=tokens.access_token, session=http_session,
                               connect_timeout=connect_timeout, read_timeout=read_timeout,
                               platform_label="X API")
        self.rate_limit = RateLimitState()
        self._limits_by_endpoint: dict[str, RateLimitState] = {}
        self._refresh_lock = threading.Lock()
        self._user_id = user_id
        self._me: dict[str, Any] | None = None

    # --- transport, refresh, errors ---------------------------------------------------------

    def _scrub(self, text: str) -> str:
        for secret in (self.tokens.access_token, self.tokens.refresh_token):
            if secret and secret in text:
                text = text.replace(secret, "***")
        return text

    def _note_rate_limit(self, path: str, resp: requests.Response) -> None:
        h = resp.headers
        if "x-rate-limit-remaining" not in h and "x-rate-limit-reset" not in h:
            return
        state = RateLimitState(
            remaining=_int(h.get("x-rate-limit-remaining"))
            if h.get("x-rate-limit-remaining") is not None else None,
            limit=_int(h.get("x-rate-limit-limit")) if h.get("x-rate-limit-limit") else None,
            reset=_reset_of(resp))
        self.rate_limit = state
        self._limits_by_endpoint[_endpoint_key(path)] = state

    def _spent(self, path: str) -> RateLimitState | None:
        """The endpoint's window when it is used up and not reset yet, else None."""
        state = self._limits_by_endpoint.get(_endpoint_key(path))
        if state and state.remaining == 0 and state.reset and state.reset > self.clock():
            return state
        return None

    def _expiring(self) -> bool:
        if not self.tokens.expires_at or not self.tokens.refresh_token:
            return False
        ends = datetime.fromtimestamp(self.tokens.expires_at, UTC).replace(tzinfo=None)
        return ends - self.clock() < REFRESH_MARGIN

    def _call(self, method: str, path: str, *, params: Any = None, body: Any = None,
              files: Any = None, data: Any = None, unsafe: bool = False) -> Any:
        """One API call; refreshes the token once (before it ends, or when X refuses it)."""
        if self._expiring():
            self._refresh(self.tokens.access_token)
        for attempt in (1, 2):
            token = self.tokens.access_token
            headers: dict[str, str] = {}
            payload = data
            if body is not None:
                payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
                headers["Content-Type"] = "application/json"
            resp = self.http.request(method, path, params=params, data=payload, files=files,
                                     headers=headers, unsafe=unsafe)
            self._note_rate_limit(path, resp)
            if resp.status_code in (200, 201):
                parsed = _json_or_none(resp)
                if parsed is None:
                    what = f"X sent an unreadable answer to {method} {_endpoint_key(path)}."
                    raise OutcomeUnknown(what) if unsafe else TemporaryFailure(what)
                return parsed
            if resp.status_code == 401 and attempt == 1 and self.tokens.refresh_token:
                self._refresh(token)
                continue
            self._raise(resp, method, path, unsafe)
        raise AssertionError("unreachable")  # pragma: no cover

    def _raise(self, resp: requests.Response, method: str, path: str, unsafe: bool) -> None:
        status = resp.status_code
        p = _problem(resp)
        where = f"{method} {_endpoint_key(path)}"
        said = self._scrub(p.get("detail") or p.get("title") or p.get("message")
                           or f"HTTP {status}")[:400]
        if status == 429:
            until = _reset_of(resp)
            if until is None or until <= self.clock():
                until = self.clock() + RATE_LIMIT_FALLBACK
            raise RateLimited(f"X rate limit reached ({where}); waiting until it resets.", until)
        if status == 401:
            raise AuthExpired(f"X no longer accepts this account's authorization ({said}). "
                              "Authorize the account again.")
        if status == 403:
            kind = (p.get("type") or "") + " " + (p.get("reason") or "")
            if "client-forbidden" in kind or "client-not-enrolled" in kind:
                what = p.get("title") or "Client Forbidden"
                raise NotSupported(f"{ACCESS_LEVEL_NOTE[0].upper()}{ACCESS_LEVEL_NOTE[1:]} "
                                   f"(X answered {what} to {where}).")
            if "duplicate" in said.lower():
                raise _Duplicate(f"X refused it as a duplicate of a recent post ({said}).")
            raise Rejected(f"X refused {where}: {said}")
        if status == 404:
            raise NotFound(f"Not found on X ({where}): {said}")
        if 400 <= status < 500:
            raise Rejected(f"X refused {where} (HTTP {status}): {said}")
        what = f"X failed (HTTP {status}, {where})."
        if unsafe:
            raise OutcomeUnknown(what + " The post may or may not exist.")
        raise TemporaryFailure(what)

    def _refresh(self, failed_token: str) -> None:
        """Trade the refresh token for a new pair, once even when threads race; the pair is
        stored (``on_tokens``) before it is used."""
        with self._refresh_lock:
            if self.tokens.access_token != failed_token:
                return  # another call refreshed meanwhile
            if not self.tokens.refresh_token:
                raise AuthExpired("X ended this account's authorization and mbdesk holds no "
                                  "refresh token; authorize the account again.")
            resp = self.http.request(
                "POST", TOKEN_PATH, auth=False,
                data={"grant_type": "refresh_token", "refresh_token": self.tokens.refresh_token,
                      "client_id": self.client_id},
                headers={"Content-Type": "application/x-www-form-urlencoded"})
            if resp.status_code != 200:
                if resp.status_code == 429:
                    self._raise(resp, "POST", TOKEN_PATH, False)
                if 400 <= resp.status_code < 500:
                    raise AuthExpired("X no longer renews this account's authorization; "
                                      "authorize the account again.")
                raise TemporaryFailure(
                    f"X could not renew the authorization (HTTP {resp.status_code}).")
            new = tokens_from_answer(_json_or_none(resp), self.clock())
            if not new.refresh_token:
                new = replace(new, refresh_token=self.tokens.refresh_token)
            if self.on_tokens is not None:
                try:
                    self.on_tokens(new)  # first into the keyring, then in use
                except Exception:
                    log.warning("could not store the renewed X authorization", exc_info=True)
            self.tokens = new
            self.http.set_token(new.access_token)

    # --- who we are -----------------------------------------------------------------------

    def _user(self) -> dict[str, Any]:
        if self._me is None:
            body = self._call("GET", "/2/users/me", params={"user.fields": USER_FIELDS})
            data = body.get("data") if isinstance(body, dict) else None
            if not isinstance(data, dict) or not data.get("id"):
                raise TemporaryFailure("X sent an unexpected answer about the account.")
            self._me = data
            self._user_id = str(data["id"])
        return self._me

    @property
    def user_id(self) -> str:
        if not self._user_id:
            self._user()
        return self._user_id

    def identity(self) -> AccountIdentity:
        me = self._user()
        name = str(me.get("username") or "")
        return AccountIdentity(remote_id=str(me["id"]), handle=name,
                               display_name=str(me.get("name") or ""),
                               url=f"https://x.com/{name}")

    def limits(self) -> Limits:
        return Limits(max_characters=280, characters_reserved_per_url=23, max_media=MAX_IMAGES,
                      image_size_limit=IMAGE_SIZE_LIMIT, description_limit=1000,
                      supports_server_scheduling=False, min_schedule_ahead_seconds=0)

    def probe_profile(self, known: dict[str, bool] | None = None) -> ServerProfile:
        """What this app's access level allows: one cheap read of the mentions endpoint (the
        lowest level refuses it with client-forbidden). Nothing is written."""
        problems: dict[str, str] = {}
        caps: dict[str, bool] = {"server_scheduling": False, "idempotency": False,
                                 "scheduled_statuses": False, "follow_requests": False,
                                 "notification_requests": False, "quote_posts": False}
        try:
            self._call("GET", f"/2/users/{quote(self.user_id)}/mentions",
                       params={"max_results": 5})
            caps["read_access"] = True
        except NotSupported:
            caps["read_access"] = False  # explained on the Accounts screen, not a failure
        except (Rejected, NotFound, TemporaryFailure) as exc:
            if isinstance(exc, Unreachable):
                raise
            problems["read_access"] = exc.message
        if "read_access" in caps:
            caps["statuses_batch"] = caps["read_access"]  # GET /2/tweets?ids=, 100 a request
        caps["rate_limit_headers"] = self.rate_limit.reset is not None
        return ServerProfile(software="x", version="2", account_domain="x.com",
                             capabilities=caps, limits=self.limits(), problems=problems)

    def account_stats(self) -> AccountStats:
        self._me = None
        m = parse.obj(self._user().get("public_metrics"))
        return AccountStats(followers=_int(m.get("followers_count")),
                            following=_int(m.get("following_count")),
                            posts=_int(m.get("tweet_count")))

    # --- other accounts' public data (competitor watch: platforms/rivals.py reads it) ---

    USER_FIELDS = "name,username,public_metrics,protected"

    def lookup_account(self, username: str) -> Any:
        """The account ``@username`` with its counts (raw JSON; ``data`` is missing when
        there is no such account)."""
        return self._call("GET", f"/2/users/by/username/{quote(username)}",
                          params={"user.fields": self.USER_FIELDS})

    def account_profile(self, remote_id: str) -> Any:
        """Another account's profile with its counts, by id (raw JSON)."""
        return self._call("GET", f"/2/users/{quote(remote_id)}",
                          params={"user.fields": self.USER_FIELDS})

    def public_posts(self, remote_id: str, limit: int = 40) -> Any:
        """Another account's newest posts without replies or retweets (one request, 5–100;
        raw JSON: ``data`` and, for a protected account, ``errors``)."""
        return self._call("GET", f"/2/users/{quote(remote_id)}/tweets", params={
            "max_results": max(5, min(limit, 100)), "exclude": "replies,retweets",
            "tweet.fields": "created_at,public_metrics"})

    # --- publishing -----------------------------------------------------------------------

    def _upload_media(self, request: PublishRequest) -> list[str]:
        if len(request.media) > MAX_IMAGES:
            raise Rejected(f"X takes at most {MAX_IMAGES} images per post.")
        ids: list[str] = []
        for item in request.media:
            path = Path(item.path)
            try:
                content = path.read_bytes()
            except OSError as exc:
                raise Rejected(f"Cannot read the attachment {path.name}: {exc.strerror}.") from None
            if len(content) > IMAGE_SIZE_LIMIT:
                raise Rejected(f"{path.name} is {len(content) / 1e6:.1f} MB; X takes images up "
                               f"to {IMAGE_SIZE_LIMIT / 1e6:.0f} MB.")
            mime = item.mime_type or mimetypes.guess_type(path.name)[0] or "image/jpeg"
            body = self._call("POST", "/2/media/upload",
                              files={"media": (path.name, content, mime)},
                              data={"media_category": "tweet_image", "media_type": mime})
            data = body.get("data") if isinstance(body, dict) else None
            media_id = str((data or {}).get("id") or "")
            if not media_id:
                raise TemporaryFailure("X did not return an id for the uploaded image.")
            if item.alt_text.strip():
                self._call("POST", "/2/media/metadata", body={
                    "id": media_id, "metadata": {"alt_text": {"text": item.alt_text[:1000]}}})
            ids.append(media_id)
        return ids

    def publish(self, request: PublishRequest) -> PublishResult:
        """Publish once (no idempotency key on X: the outbox row and the lookup guard it)."""
        media_ids = self._upload_media(request)
        body: dict[str, Any] = {"text": self._post_text(request)}
        if request.in_reply_to_remote_id:
            body["reply"] = {"in_reply_to_tweet_id": request.in_reply_to_remote_id}
        if media_ids:
            body["media"] = {"media_ids": media_ids}
        try:
            answer = self._call("POST", "/2/tweets", body=body, unsafe=True)
        except _Duplicate as exc:
            return self._confirm_duplicate(request, exc.message)
        data = answer.get("data") if isinstance(answer, dict) else None
        if not isinstance(data, dict) or not parse.ident(data.get("id")):
            raise OutcomeUnknown("X answered the post without its id; it may or may not exist.")
        return self._result(data)

    @staticmethod
    def _post_text(request: PublishRequest) -> str:
        """X has no content warning field: the warning goes first, on its own line."""
        if request.spoiler_text.strip():
            return f"{request.spoiler_text.strip()}\n\n{request.text}"
        return request.text

    def _result(self, tweet: dict[str, Any]) -> PublishResult:
        username = parse.text((self._me or {}).get("username")) or "i"
        tid = parse.ident(tweet["id"])
        return PublishResult(remote_id=tid, url=f"https://x.com/{username}/status/{tid}",
                             published_at=parse_time(tweet.get("created_at")))

    def _confirm_duplicate(self, request: PublishRequest, message: str) -> PublishResult:
        """X calls it a duplicate: probably an earlier attempt landed. Look, never re-send."""
        try:
            found = self.find_published(request)
        except NotSupported:
            raise OutcomeUnknown(f"{message} This app's access level cannot read the account's "
                                 "posts to confirm it; check on x.com.") from None
        if found is not None:
            return found
        raise Rejected(f"{message} It is not among the posts since the first attempt, so an "
                       "older post has the same text; change the text and try again.")

    def delete(self, remote_id: str) -> None:
        """Delete one of our posts (``DELETE /2/tweets/:id``)."""
        self._call("DELETE", f"/2/tweets/{quote(remote_id)}")

    # --- deleting a sent post (X's API has no edit) -------------------------------------------

    def delete_post(self, post: PostRef) -> bool:
        """``DELETE /2/tweets/:id`` once (50 per 15 minutes per user); a post that is gone
        (404, or ``deleted: false`` for one that is not there) was already deleted."""
        try:
            body = self._call("DELETE", f"/2/tweets/{quote(post.remote_id)}", unsafe=True)
        except NotFound:
            return False
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, dict) or "deleted" not in data:
            raise OutcomeUnknown("X's answer to the delete was unreadable; the post may or may "
                                 "not be gone.")
        if data.get("deleted") is True:
            return True
        if self.post_exists(post):
            raise Rejected("X did not delete the post (it answered deleted: false).")
        return False

    def post_exists(self, post: PostRef) -> bool:
        """``GET /2/tweets/:id``: a resource-not-found error means gone. On the lowest access
        level X refuses the read (NotSupported): the owner then looks on x.com."""
        try:
            self._tweet(post.remote_id)
        except NotFound:
            return False
        return True

    # --- look before you re-send -------------------------------------------------------------

    def find_published(self, request: PublishRequest) -> PublishResult | None:
        """Whether an earlier attempt of ``request`` landed; None when it is not there.

        Only looks: our own posts since the first attempt (minus clock skew; the last 24 hours
        when unknown), matched by reply target, number of images and the text with t.co links
        expanded. Posts other outbox rows own are skipped. An access level that cannot read
        the timeline raises ``Rejected`` with a message for the owner (the row stays unknown).
        """
        started = request.first_attempt_at
        if started is not None and started.tzinfo is not None:
            started = started.astimezone(UTC).replace(tzinfo=None)
        not_before = (started or self.clock() - UNKNOWN_AGE_LOOKBACK) - LOOKUP_SKEW
        want = _normalize_for_match(self._post_text(request))
        params: dict[str, Any] = {"max_results": 100, "start_time": format_time(not_before),
                                  "tweet.fields": TWEET_FIELDS, "exclude": "retweets"}
        try:
            for _ in range(LOOKUP_PAGES):
                body = self._call("GET", f"/2/users/{quote(self.user_id)}/tweets", params=params)
                for tweet in parse.items(parse.obj(body).get("data")):
                    if (isinstance(tweet, dict) and parse.ident(tweet.get("id"))
                            and self._same_post(request, tweet, want)):
                        return self._result(tweet)
                token = parse.text(parse.obj(parse.obj(body).get("meta")).get("next_token"))
                if not token:
                    break
                params = {**params, "pagination_token": token}
        except NotSupported as exc:
            raise Rejected(
                "This app's X access level cannot read the account's own posts, so mbdesk "
                "cannot check whether this post went out and will not send it again by itself. "
                f"Look on x.com: if it is there, cancel this row; if not, post it again. "
                f"({exc.message})") from None
        return None

    @staticmethod
    def _same_post(request: PublishRequest, tweet: dict[str, Any], want: str) -> bool:
        if parse.ident(tweet.get("id")) in request.exclude_remote_ids:
            return False
        if _replied_to(tweet) != str(request.in_reply_to_remote_id or ""):
            return False
        keys = parse.items(parse.obj(tweet.get("attachments")).get("media_keys"))
        if len(keys) != len(request.media):
            return False
        return _normalize_for_match(tweet_text(tweet)) == want

    # --- reading ------------------------------------------------------------------------------

    def _person(self, user: Any) -> RemotePerson:
        """A user; BadItem when it is no object or has no id."""
        if not isinstance(user, dict):
            raise parse.BadItem("a user that is not an object")
        m = parse.obj(user.get("public_metrics"))
        return RemotePerson(remote_id=parse.required_id(user.get("id")),
                            handle=parse.text(user.get("username")),
                            display_name=parse.text(user.get("name")),
                            avatar_url=parse.text(user.get("profile_image_url")),
                            bio=parse.text(user.get("description")),
                            followers_count=_int(m.get("followers_count")),
                            following_count=_int(m.get("following_count")),
                            posts_count=_int(m.get("tweet_count")),
                            verified=bool(user.get("verified")))

    @staticmethod
    def _users(body: Any) -> dict[str, dict[str, Any]]:
        users = parse.items(parse.obj(parse.obj(body).get("includes")).get("users"))
        return {parse.ident(u.get("id")): u for u in users if isinstance(u, dict)}

    def _mention(self, tweet: Any, users: dict[str, dict[str, Any]]) -> RemoteMention:
        """A post; BadItem when it has no numeric id or no author."""
        if not isinstance(tweet, dict):
            raise parse.BadItem("a post that is not an object")
        author_id = parse.ident(tweet.get("author_id"))
        person = self._person(users.get(author_id, {"id": author_id}))
        text = tweet_text(tweet)
        tid = parse.digits(tweet.get("id"))
        if not tid:
            raise parse.BadItem("a post without a numeric id")
        parent = _replied_to(tweet)
        return RemoteMention(
            remote_id=tid, status_remote_id=tid, author=person,
            text_html="<p>" + html.escape(text).replace("\n", "<br>") + "</p>", text_plain=text,
            created_at=parse_time(tweet.get("created_at")) or self.clock(),
            kind="reply" if parent else "mention",
            url=f"https://x.com/{person.handle or 'i'}/status/{tid}",
            language=parse.text(tweet.get("lang")), in_reply_to_remote_id=parent,
            conversation_id=parse.ident(tweet.get("conversation_id")))

    def list_mentions(self, since: str | None, limit: int = 80) -> MentionPage:
        """Mentions newer than ``since`` (a tweet id), oldest first; not polled while the
        endpoint's rate window is spent."""
        path = f"/2/users/{quote(self.user_id)}/mentions"
        if self._spent(path):
            return MentionPage(mentions=[], cursor=since or "")
        params: dict[str, Any] = {"max_results": 100 if since else max(5, min(limit, 100)),
                                  "tweet.fields": TWEET_FIELDS, "expansions": "author_id",
                                  "user.fields": USER_FIELDS}
        if since:
            params["since_id"] = since
        found: list[RemoteMention] = []
        skipped = 0
        newest = since or ""
        for _ in range(MENTION_PAGES if since else 1):
            body = self._call("GET", path, params=params)
            users = self._users(body)
            data = parse.items(parse.obj(body).get("data"))
            page, bad = parse.each(data, lambda tweet, users=users: self._mention(tweet, users))
            found.extend(page)
            skipped += bad
            meta = parse.obj(parse.obj(body).get("meta"))
            # the cursor moves past every id seen, readable or not
            for seen in [meta.get("newest_id"), *(parse.obj(t).get("id") for t in data)]:
                seen = parse.digits(seen)
                if seen and (not newest or _int(seen) > _int(newest)):
                    newest = seen
            token = parse.text(meta.get("next_token"))
            if not token or self._spent(path):
                break
            params = {**params, "pagination_token": token}
        found.sort(key=lambda m: (_int(m.remote_id)))
        return MentionPage(mentions=found, cursor=newest, skipped=skipped)

    def _tweet(self, tweet_id: str) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
        body = self._call("GET", f"/2/tweets/{quote(tweet_id)}",
                          params={"tweet.fields": TWEET_FIELDS, "expansions": "author_id",
                                  "user.fields": USER_FIELDS})
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, dict):
            raise NotFound(f"X has no post {tweet_id}.")
        return data, self._users(body)

    def _thread_post(self, tweet: dict[str, Any], users: dict[str, dict[str, Any]]) -> ThreadPost:
        mention = self._mention(tweet, users)
        return ThreadPost(remote_id=mention.remote_id, author=mention.author,
                          text_html=mention.text_html, text_plain=mention.text_plain,
                          created_at=mention.created_at,
                          in_reply_to_remote_id=mention.in_reply_to_remote_id)

    def fetch_thread(self, status_remote_id: str) -> list[ThreadPost]:
        """The post and the posts it replies to (up the ``replied_to`` chain), oldest first;
        replies below it come from recent search where the access level allows it."""
        def one(tweet: dict[str, Any], users: dict[str, dict[str, Any]]) -> ThreadPost:
            try:
                return self._thread_post(tweet, users)
            except parse.UNREADABLE:
                raise TemporaryFailure("X sent a post in this conversation that could not be "
                                       "read.") from None

        tweet, users = self._tweet(status_remote_id)
        chain = [one(tweet, users)]
        parent = _replied_to(tweet)
        for _ in range(THREAD_DEPTH):
            if not parent:
                break
            try:
                above, above_users = self._tweet(parent)
            except NotFound:
                break
            chain.insert(0, one(above, above_users))
            parent = _replied_to(above)
        seen = {p.remote_id for p in chain}
        conversation = str(tweet.get("conversation_id") or "")
        if conversation:
            try:
                body = self._call("GET", "/2/tweets/search/recent", params={
                    "query": f"conversation_id:{conversation}", "max_results": 50,
                    "tweet.fields": TWEET_FIELDS, "expansions": "author_id",
                    "user.fields": USER_FIELDS})
            except (NotSupported, Rejected, NotFound):
                body = None
            more = self._users(body)
            data = parse.items(parse.obj(body).get("data"))
            chain.extend(parse.each(
                (t for t in data if parse.ident(parse.obj(t).get("id")) not in seen),
                lambda t: self._thread_post(t, more))[0])
        chain.sort(key=lambda p: (p.created_at, _int(p.remote_id)))
        return chain

    def list_followers(self, cursor: str | None) -> FollowerPage:
        params: dict[str, Any] = {"max_results": 1000, "user.fields": USER_FIELDS}
        if cursor:
            params["pagination_token"] = cursor
        body = self._call("GET", f"/2/users/{quote(self.user_id)}/followers", params=params)
        people, skipped = parse.each(parse.items(parse.obj(body).get("data")), self._person)
        token = parse.text(parse.obj(parse.obj(body).get("meta")).get("next_token"))
        return FollowerPage(people=people, next_cursor=token or None, skipped=skipped)

    def post_metrics(self, remote_ids: Sequence[str]) -> list[PostMetrics]:
        """Metrics of our posts, 100 ids a request (``GET /2/tweets?ids=``): public counts and,
        where X shows them (own posts of the last 30 days), link clicks. Posts X refuses the
        private fields for are asked again with the public ones only."""
        found: dict[str, PostMetrics] = {}
        ids = [str(r) for r in remote_ids]
        for start in range(0, len(ids), 100):
            batch = ids[start:start + 100]
            body = self._call("GET", "/2/tweets", params={
                "ids": ",".join(batch), "tweet.fields": METRIC_FIELDS})
            self._read_metrics(body, found)
            refused = [i for i in batch if i not in found and i in _field_refused(body)]
            if refused:
                body = self._call("GET", "/2/tweets", params={
                    "ids": ",".join(refused), "tweet.fields": "public_metrics"})
                self._read_metrics(body, found)
        return [found[r] for r in ids if r in found]

    @staticmethod
    def _read_metrics(body: Any, found: dict[str, PostMetrics]) -> None:
        for tweet in parse.items(parse.obj(body).get("data")):
            if isinstance(tweet, dict) and parse.ident(tweet.get("id")):
                found[parse.ident(tweet["id"])] = _metrics_of(tweet)

    def search(self, query: str, since: str | None = None) -> MentionPage:
        """Recent posts for a keyword watch (``GET /2/tweets/search/recent``)."""
        params: dict[str, Any] = {"query": query, "max_results": 50,
                                  "tweet.fields": TWEET_FIELDS, "expansions": "author_id",
                                  "user.fields": USER_FIELDS}
        if since:
            params["since_id"] = since
        body = self._call("GET", "/2/tweets/search/recent", params=params)
        users = self._users(body)
        data = parse.items(parse.obj(body).get("data"))
        found, skipped = parse.each(data, lambda t: self._mention(t, users))
        found.sort(key=lambda m: _int(m.remote_id))
        newest = since or ""
        meta = parse.obj(parse.obj(body).get("meta"))
        for seen in [meta.get("newest_id"), *(parse.obj(t).get("id") for t in data)]:
            seen = parse.digits(seen)
            if seen and (not newest or _int(seen) > _int(newest)):
                newest = seen
        return MentionPage(mentions=found, cursor=newest, skipped=skipped)


class _Duplicate(Rejected):
    """X's 403 "duplicate content": settled by a lookup in ``publish``."""
