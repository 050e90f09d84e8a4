"""Sina Weibo client: the open API v2 (``{base}/2/*.json``) mapped onto ``PlatformClient``.

Wire facts this module relies on (../shared/docs/PLATFORMS.md "Sina Weibo", checked against
open.weibo.com/wiki/2 and the SDKs that encode it: sinaweibopy ``weibo.py``, weibo4j
``Timeline``/``Comments``/``Friendships``, the SAE PHP SDK ``saetv2.ex.class.php``):

* Auth header ``Authorization: OAuth2 <token>`` (sinaweibopy ``_http_call``); tokens expire
  and cannot be refreshed (see ``weibo_auth``).
* Errors are ``{"error", "error_code", "request"}`` with any HTTP status (often 400/403); the
  code decides, never the status (``error_code`` may be a string).
* Posting: ``statuses/share.json`` (multipart when a ``pic`` goes along) is the only posting
  call left to ordinary apps; it needs a safe-domain link and refuses ``#topic#``
  (``mbdesk.domain.weibo_rules``). Comments: ``comments/create.json`` (``id``, ``comment``),
  ``comments/reply.json`` (``cid``, ``id``, ``comment``; ``without_mention=1`` stops Weibo
  from prefixing "回复@name:", and matching strips such a prefix anyway).
* No idempotency key. After an unknown outcome :meth:`WeiboClient.find_published` *looks*:
  ``statuses/user_timeline.json`` (ordinary apps see only the newest few own posts: look soon)
  or, for a comment, ``comments/show.json`` of its post. Returned text has links shortened to
  ``t.cn`` with a ``url_struct`` mapping them back; matching maps them first.
* 20019 "repeated content" on a re-send after an unknown outcome means the first attempt
  probably landed: confirm by looking; not found → refused (never sent a third time).
* Ids are 64-bit: the string ``idstr`` fields are used, never the JSON numbers. Times look like
  ``Tue May 31 17:46:55 +0800 2011``.
* Rate limits are per hour (10022 IP, 10023 user, 10024 user per API; 20016 posting too fast):
  mbdesk waits until the next full hour.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import requests

from mbdesk.domain import weibo_rules
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
    PlatformError,
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
from mbdesk.platforms.weibo_auth import DEFAULT_API_BASE, normalize_api_base

WEIBO_LIMIT = 140
# open.weibo.com/wiki/2/statuses/share: "pic: JPEG/GIF/PNG, under 5 MB"
PIC_LIMIT = 5 * 1024 * 1024
LOOKUP_SKEW = timedelta(minutes=5)
UNKNOWN_AGE_LOOKBACK = timedelta(hours=24)
# A 20019 is read as "our earlier attempt landed" only on a re-send: a row this client saw end
# unclear, or whose first attempt is older than this (an earlier process sent it).
RESEND_AFTER = timedelta(seconds=5)
MENTION_PAGE = 50
MENTION_PAGES = 10
FOLLOWER_PAGE = 200
# What every Weibo account can do (no probe finds otherwise); the demo's sandbox plays it too.
FIXED_CAPABILITIES = {"server_scheduling": False, "follow_requests": False,
                      "idempotency": False, "followers_partial": True}
METRICS_BATCH = 100  # statuses/count.json: "ids: up to 100, comma separated"

AUTH_CODES = {"21301", "21314", "21315", "21316", "21317", "21319", "21327", "21332", "21321"}
RATE_CODES = {"10022", "10023", "10024", "20016"}
SERVER_CODES = {"10001", "10002", "10009", "10010", "10011", "21324"}
NOT_FOUND_CODES = {"20101", "20201", "20003", "20102", "20206"}
REPEATED = "20019"
REPLY_PREFIX = re.compile(r"^\s*回复\s*@[^:：\s]+\s*[:：]\s*")


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def parse_time(value: Any) -> datetime | None:
    """``Tue May 31 17:46:55 +0800 2011`` → naive UTC."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        dt = datetime.strptime(value.strip()[:64], "%a %b %d %H:%M:%S %z %Y")
    except ValueError:
        return None
    return parse.utc(dt)  # None when year 1 or 9999 overflows in UTC


def format_time(dt: datetime) -> str:
    """Naive UTC → Weibo's format in Beijing time (for fakes and tests)."""
    from datetime import timezone

    cst = timezone(timedelta(hours=8))
    return dt.replace(tzinfo=UTC).astimezone(cst).strftime("%a %b %d %H:%M:%S %z %Y")


def next_hour(now: datetime) -> datetime:
    return now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)


def idstr(obj: Any) -> str:
    """The 64-bit id as a string (``idstr`` first: the JSON number loses precision)."""
    if not isinstance(obj, dict):
        return ""
    for key in ("idstr", "mid", "id"):
        value = parse.ident(obj.get(key))
        if value:
            return value
    return ""


def expand_links(text: str, url_struct: Any) -> str:
    """Put the original links back where Weibo shortened them to t.cn."""
    if isinstance(url_struct, list):
        for entry in url_struct:
            if not isinstance(entry, dict):
                continue
            short, ori = str(entry.get("short_url") or ""), str(entry.get("ori_url") or "")
            if short and ori:
                text = text.replace(short, ori)
    return text


def normalize_for_match(text: str) -> str:
    """Loose form for comparing what we sent with what Weibo shows."""
    text = unicodedata.normalize("NFKC", html.unescape(text or ""))
    text = REPLY_PREFIX.sub("", text)
    text = re.sub(r"https?://", "", text)
    text = re.sub(r"(?<=\S)/(?=\s|$)", "", text)  # a trailing slash a shortener adds or drops
    return " ".join(text.split())


def _int(value: Any) -> int:
    """A count from the server, clamped to what SQLite stores (0 when not a number)."""
    return parse.count(value)


def weibo_limits() -> Limits:
    """Weibo's fixed limits (a link counts 10 of the 140; one picture under 5 MB)."""
    return Limits(max_characters=WEIBO_LIMIT, characters_reserved_per_url=10, max_media=1,
                  image_size_limit=PIC_LIMIT, supports_server_scheduling=False)


class WeiboClient(PlatformClient):
    """One Weibo account. Blocking; call from a worker thread."""

    platform = "weibo"
    capabilities = Capabilities(server_scheduling=False, keyword_search=False,
                                hashtag_timeline=False, requires_alt_text=False)

    def __init__(self, api_base: str, token: str, *, uid: str = "", safe_domain: str = "",
                 session: requests.Session | None = None,
                 connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
                 read_timeout: float = DEFAULT_READ_TIMEOUT,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.api_base = normalize_api_base(api_base or DEFAULT_API_BASE)
        self.http = HttpClient(self.api_base, token=token, session=session,
                               connect_timeout=connect_timeout, read_timeout=read_timeout,
                               platform_label="Weibo server")
        self._auth = {"Authorization": f"OAuth2 {token}"}
        self._token = token  # get_token_info takes it in the form (never logged)
        self._timeouts = {"connect_timeout": connect_timeout, "read_timeout": read_timeout}
        self.uid = uid
        self.safe_domain = safe_domain
        self.clock = clock
        self._me: dict[str, Any] | None = None
        # rows whose send this client saw end unclear (a re-send's 20019 then means "landed")
        self._unclear: set[str] = set()

    # --- transport + error mapping ---------------------------------------------------------

    def _call(self, method: str, name: str, *, params: Any = None, data: Any = None,
              files: Any = None, unsafe: bool = False) -> Any:
        """One API call (``name`` like ``statuses/share``); its JSON, or a platform error."""
        resp = self.http.request(method, f"/2/{name}.json", params=params, data=data,
                                 files=files, headers=self._auth, unsafe=unsafe)
        try:
            body = parse.json_body(resp)
        except ValueError:
            body = None
        if isinstance(body, dict) and body.get("error_code") not in (None, "", 0, "0"):
            self._raise_code(body, name, unsafe)
        if resp.status_code != 200 or body is None:
            self._raise_status(resp.status_code, name, unsafe)
        return body

    def _raise_status(self, status: int, name: str, unsafe: bool) -> None:
        if status == 200 or status >= 500 or status in (408, 425):
            what = "an unreadable answer" if status == 200 else f"HTTP {status}"
            if unsafe:
                raise OutcomeUnknown(f"Weibo gave {what} after {name} was sent; it may or may "
                                     "not have been applied.")
            raise TemporaryFailure(f"Weibo gave {what} ({name}).")
        if status in (401, 403):
            raise AuthExpired(f"Weibo no longer accepts this account's authorization (HTTP "
                              f"{status}). Authorize the account again.")
        if status == 404:
            raise NotFound(f"Not found on Weibo ({name}).")
        if status == 429:
            raise RateLimited("Weibo's hourly limit is reached; waiting.", next_hour(self.clock()))
        raise Rejected(f"Weibo refused {name} (HTTP {status}).")

    def _raise_code(self, body: dict[str, Any], name: str, unsafe: bool) -> None:
        code = str(body.get("error_code")).strip()
        text = self.http.scrub(str(body.get("error") or "").strip())[:300]
        said = f"{text} ({code})" if text else code
        if code in AUTH_CODES or code.startswith("213"):
            raise AuthExpired(f"Weibo no longer accepts this account's authorization ({said}). "
                              "Authorize the account again.")
        if code in RATE_CODES:
            raise RateLimited(f"Weibo's hourly limit is reached ({said}); waiting until the "
                              "next hour.", next_hour(self.clock()))
        if code in SERVER_CODES:
            if unsafe:
                raise OutcomeUnknown(f"Weibo failed after {name} was sent ({said}); it may or "
                                     "may not have been applied.")
            raise TemporaryFailure(f"Weibo failed ({name}: {said}).")
        if code in NOT_FOUND_CODES:
            raise NotFound(f"Not found on Weibo ({name}: {said}).")
        if code == REPEATED:
            raise _Repeated(f"Weibo refused the text: the same text was posted recently "
                            f"({said}).")
        if code == "10014":
            raise Rejected(f"This Weibo app may not call {name} ({said}); statuses/share is "
                           "the only posting call open to ordinary apps.")
        raise Rejected(f"Weibo refused {name}: {said}")

    # --- people and posts ------------------------------------------------------------------

    @staticmethod
    def _person(user: Any) -> RemotePerson:
        """A user; BadItem when it is no object or has no id."""
        if not isinstance(user, dict) or not idstr(user):
            raise parse.BadItem("a user without an id")
        u = user
        name = parse.text(u.get("screen_name")) or parse.text(u.get("name"))
        return RemotePerson(
            remote_id=idstr(u), handle=name or idstr(u), display_name=name,
            avatar_url=parse.text(u.get("profile_image_url")) or parse.text(
                u.get("avatar_large")),
            bio=parse.text(u.get("description")), followers_count=_int(u.get("followers_count")),
            following_count=_int(u.get("friends_count")),
            posts_count=_int(u.get("statuses_count")), verified=bool(u.get("verified")))

    @staticmethod
    def _plain(obj: dict[str, Any]) -> str:
        return expand_links(parse.text(obj.get("text")), obj.get("url_struct"))

    def _status_url(self, st: dict[str, Any]) -> str:
        user = st.get("user") if isinstance(st.get("user"), dict) else {}
        uid = idstr(user) or self.uid
        return f"https://weibo.com/{uid}/{idstr(st)}" if uid else ""

    def _me_id(self) -> str:
        if not self.uid:
            body = self._call("GET", "account/get_uid")
            self.uid = str(body.get("uid") or "") if isinstance(body, dict) else ""
            if not self.uid:
                raise TemporaryFailure("Weibo did not say whose token this is.")
        return self.uid

    def _user(self) -> dict[str, Any]:
        body = self._call("GET", "users/show", params={"uid": self._me_id()})
        if not isinstance(body, dict):
            raise TemporaryFailure("Weibo sent an unexpected users/show answer.")
        self._me = body
        return body

    def identity(self) -> AccountIdentity:
        me = self._user()
        name = str(me.get("screen_name") or self.uid)
        return AccountIdentity(remote_id=self.uid, handle=name, display_name=name,
                               url=f"https://weibo.com/u/{self.uid}")

    def limits(self) -> Limits:
        return weibo_limits()

    def probe_profile(self, known: dict[str, bool] | None = None) -> ServerProfile:
        """Weibo's fixed answers, plus the token's expiry read again with
        ``oauth2/get_token_info`` (the engine stores it in the account's options, so the
        warnings follow the real expiry, not only the one seen when connecting).
        ``followers_partial``: ``friendships/followers`` shows apps only part of a large list
        (PLATFORMS.md "Sina Weibo": "the current docs cap count very low and show only part
        of the list")."""
        from mbdesk.platforms.weibo_auth import token_info

        found: dict[str, str] = {}
        problems: dict[str, str] = {}
        try:
            info = token_info(self._token, api_base=self.api_base, session=self.http.session,
                              clock=self.clock, **self._timeouts)
            if info.expires_at is not None:
                found["token_expires_at"] = info.expires_at.replace(
                    microsecond=0).isoformat() + "Z"
        except (AuthExpired, Unreachable):
            raise
        except PlatformError as exc:  # the expiry stays as last known; nothing else depends
            problems["token_expiry"] = exc.message
        return ServerProfile(software="weibo", account_domain="weibo.com", limits=self.limits(),
                             capabilities=dict(FIXED_CAPABILITIES),
                             problems=problems, account_options=found)

    def account_stats(self) -> AccountStats:
        me = self._user()
        return AccountStats(followers=_int(me.get("followers_count")),
                            following=_int(me.get("friends_count")),
                            posts=_int(me.get("statuses_count")))

    # --- publishing ------------------------------------------------------------------------

    @staticmethod
    def _reply_target(target: str) -> tuple[str, str]:
        """``"<status id>"`` (comment on a post) or ``"<status id>/<comment id>"`` (reply to a
        comment) → (status id, comment id)."""
        sid, _, cid = (target or "").partition("/")
        return sid, cid

    def publish(self, request: PublishRequest) -> PublishResult:
        """Publish once (share / comments create / comments reply); never re-sends."""
        started = self.clock()
        try:
            return self._send(request)
        except OutcomeUnknown:
            self._unclear.add(request.idempotency_key)
            raise
        except _Repeated as exc:
            first = _naive(request.first_attempt_at)
            resend = request.idempotency_key in self._unclear or (
                first is not None and first <= started - RESEND_AFTER)
            if not resend:
                raise Rejected(exc.message) from None  # a first attempt: someone else's post
            # a re-send after an unknown outcome: the first attempt probably landed
            found = self.find_published(request)
            if found is not None:
                return found
            raise Rejected(f"{exc.message} The earlier attempt is not on the account's "
                           "timeline; not sent again.") from None

    def _send(self, request: PublishRequest) -> PublishResult:
        if request.in_reply_to_remote_id:
            sid, cid = self._reply_target(request.in_reply_to_remote_id)
            if cid:
                body = self._call("POST", "comments/reply", unsafe=True, data={
                    "cid": cid, "id": sid, "comment": request.text, "without_mention": 1})
            else:
                body = self._call("POST", "comments/create", unsafe=True,
                                  data={"id": sid, "comment": request.text})
            return self._comment_result(body, sid)
        check = weibo_rules.check_post(request.text, self.safe_domain)
        if check.code in ("topic", "no_safe_link"):
            raise Rejected(check.problem)  # refused here: nothing was sent
        # safe domain unknown (connected without it): Weibo itself decides
        if len(request.media) > 1:
            raise Rejected("Weibo's share call takes one picture per post.")
        if request.media:
            media = request.media[0]
            try:
                with open(media.path, "rb") as fh:
                    data = fh.read()
            except OSError as exc:
                raise Rejected(f"The picture could not be read ({exc.strerror}).") from None
            if len(data) > PIC_LIMIT:
                raise Rejected("The picture is larger than Weibo's 5 MB.")
            body = self._call("POST", "statuses/share", unsafe=True,
                              data={"status": request.text},
                              files={"pic": (media.path.rsplit("/", 1)[-1], data,
                                             media.mime_type or "image/jpeg")})
        else:
            body = self._call("POST", "statuses/share", unsafe=True,
                              data={"status": request.text})
        if not isinstance(body, dict) or not idstr(body):
            raise OutcomeUnknown("Weibo's answer to statuses/share had no post id; the post "
                                 "may or may not exist.")
        return PublishResult(remote_id=idstr(body), url=self._status_url(body),
                             published_at=parse_time(body.get("created_at")))

    def _comment_result(self, body: Any, sid: str) -> PublishResult:
        if not isinstance(body, dict) or not idstr(body):
            raise OutcomeUnknown("Weibo's answer to the comment had no id; it may or may not "
                                 "exist.")
        return PublishResult(remote_id=idstr(body), url=f"https://weibo.com/{self.uid}/{sid}"
                             if self.uid else "", published_at=parse_time(body.get("created_at")))

    # --- deleting a sent post (Weibo has no edit) --------------------------------------------

    def _reply_comment_id(self, post: PostRef) -> str:
        """A reply went out as a comment: its id (``"<cid>"``, or ``"<sid>/<cid>"``)."""
        return post.remote_id.rsplit("/", 1)[-1]

    def delete_post(self, post: PostRef) -> bool:
        """``statuses/destroy`` (a post) or ``comments/destroy`` (a reply, which Weibo keeps
        as a comment); a post or comment that is gone (20101 / 20201) was already deleted."""
        try:
            if post.is_reply:
                self._call("POST", "comments/destroy", unsafe=True,
                           data={"cid": self._reply_comment_id(post)})
            else:
                self._call("POST", "statuses/destroy", unsafe=True, data={"id": post.remote_id})
        except NotFound:
            return False
        return True

    def post_exists(self, post: PostRef) -> bool:
        if post.is_reply:
            cid = self._reply_comment_id(post)
            found = self._call("GET", "comments/show_batch", params={"cids": cid})
            if not isinstance(found, list):
                raise TemporaryFailure("Weibo sent an unexpected answer to comments/show_batch.")
            return any(isinstance(c, dict) and idstr(c) == cid for c in found)
        try:
            self._call("GET", "statuses/show", params={"id": post.remote_id})
        except NotFound:
            return False
        return True

    # --- look before you re-send -----------------------------------------------------------

    def find_published(self, request: PublishRequest) -> PublishResult | None:
        """Whether an earlier attempt landed; only looks. Own posts (or own comments on the
        target post) created since the first attempt minus clock skew (24 h when unknown),
        not owned by another row, same reply target, same picture count, same text once the
        t.cn links are mapped back and a "回复@name:" prefix is dropped."""
        first = _naive(request.first_attempt_at)
        not_before = (first or self.clock() - UNKNOWN_AGE_LOOKBACK) - LOOKUP_SKEW
        want = normalize_for_match(request.text)
        if request.in_reply_to_remote_id:
            return self._find_comment(request, not_before, want)
        body = self._call("GET", "statuses/user_timeline",
                          params={"uid": self._me_id(), "count": 100, "trim_user": 1})
        statuses = body.get("statuses") if isinstance(body, dict) else None
        for st in statuses if isinstance(statuses, list) else []:
            if not isinstance(st, dict) or idstr(st) in request.exclude_remote_ids:
                continue
            created = parse_time(st.get("created_at"))
            if created is None or created < not_before:
                continue
            pics = st.get("pic_ids") if isinstance(st.get("pic_ids"), list) else []
            if bool(pics or st.get("original_pic")) != bool(request.media):
                continue
            if normalize_for_match(self._plain(st)) == want:
                return PublishResult(remote_id=idstr(st), url=self._status_url(st),
                                     published_at=created)
        return None

    def _find_comment(self, request: PublishRequest, not_before: datetime,
                      want: str) -> PublishResult | None:
        sid, cid = self._reply_target(request.in_reply_to_remote_id)
        me = self._me_id()
        for page in range(1, 4):
            body = self._call("GET", "comments/show",
                              params={"id": sid, "count": 200, "page": page})
            comments = body.get("comments") if isinstance(body, dict) else None
            if not isinstance(comments, list) or not comments:
                return None
            older = False
            for c in comments:
                if not isinstance(c, dict) or idstr(c) in request.exclude_remote_ids:
                    continue
                if idstr(c.get("user")) != me:
                    continue
                created = parse_time(c.get("created_at"))
                if created is None or created < not_before:
                    older = True
                    continue
                replied = idstr(c.get("reply_comment")) if isinstance(
                    c.get("reply_comment"), dict) else ""
                if cid and replied and replied != cid:
                    continue
                if normalize_for_match(self._plain(c)) == want:
                    return PublishResult(remote_id=idstr(c), published_at=created)
            if older:
                return None
        return None

    # --- inbox -----------------------------------------------------------------------------

    SOURCES = (("t", "comments/to_me", "comments", "comment"),
               ("m", "comments/mentions", "comments", "mention"),
               ("s", "statuses/mentions", "statuses", "mention"))

    @staticmethod
    def _cursors(since: str | None) -> dict[str, str]:
        out: dict[str, str] = {}
        for part in (since or "").split(";"):
            key, _, value = part.partition("=")
            if key and parse.digits(value):
                out[key] = value
        return out

    def list_mentions(self, since: str | None, limit: int = 80) -> MentionPage:
        """Comments on our posts, comments and posts that @mention us, oldest first.

        One cursor per source, kept together as ``t=<id>;m=<id>;s=<id>``; each source is read
        newer than its ``since_id``, newest first, paging down with ``max_id`` (inclusive, so
        the next page starts one below the smallest id seen).
        """
        cursors = self._cursors(since)
        me = self._me_id() if self.uid == "" else self.uid
        found: dict[str, RemoteMention] = {}
        skipped = 0
        for key, name, field, kind in self.SOURCES:
            newest = cursors.get(key, "")
            max_id = ""
            pages = MENTION_PAGES if key in cursors else 1
            for _ in range(pages):
                params: dict[str, Any] = {"count": MENTION_PAGE}
                if key in cursors:
                    params["since_id"] = cursors[key]
                if max_id:
                    params["max_id"] = max_id
                body = self._call("GET", name, params=params)
                raw = parse.items(parse.obj(body).get(field))
                # an item without a numeric id is unreadable and counted; one with an id moves
                # the cursor even when the rest of it cannot be read
                items = [i for i in raw if isinstance(i, dict) and parse.digits(idstr(i))]
                skipped += len(raw) - len(items)
                if not items:
                    break
                for item in items:
                    iid = idstr(item)
                    if newest == "" or int(iid) > int(newest or 0):
                        newest = iid
                    if idstr(parse.obj(item.get("user"))) == me or iid in found:
                        continue
                    try:
                        found[iid] = self._mention(item, kind, is_comment=field == "comments")
                    except parse.UNREADABLE:
                        skipped += 1
                smallest = min(int(idstr(i)) for i in items)
                if key in cursors and smallest <= int(cursors[key]):
                    break
                max_id = str(smallest - 1)
                if len(items) < MENTION_PAGE:
                    break
            if newest:
                cursors[key] = newest
        ordered = sorted(found.values(), key=lambda m: (m.created_at, m.remote_id))
        cursor = ";".join(f"{k}={cursors[k]}" for k in ("t", "m", "s") if k in cursors)
        return MentionPage(mentions=ordered, cursor=cursor, skipped=skipped)

    def _mention(self, item: dict[str, Any], kind: str, *, is_comment: bool) -> RemoteMention:
        text = self._plain(item)
        created = parse_time(item.get("created_at")) or self.clock()
        if is_comment:
            st = item.get("status") if isinstance(item.get("status"), dict) else {}
            sid = idstr(st)
            target = f"{sid}/{idstr(item)}"  # a reply answers this comment on that post
            parent = idstr(item.get("reply_comment")) if isinstance(
                item.get("reply_comment"), dict) else sid
            url = f"https://weibo.com/{idstr(st.get('user')) or self.uid}/{sid}" if sid else ""
            return RemoteMention(remote_id=idstr(item), status_remote_id=target,
                                 author=self._person(item.get("user")),
                                 text_html=html.escape(text), text_plain=text,
                                 created_at=created, kind=kind, url=url, language="",
                                 in_reply_to_remote_id=parent, conversation_id=sid)
        sid = idstr(item)
        return RemoteMention(remote_id=sid, status_remote_id=sid,
                             author=self._person(item.get("user")),
                             text_html=html.escape(text), text_plain=text, created_at=created,
                             kind=kind, url=self._status_url(item), conversation_id=sid)

    def fetch_thread(self, status_remote_id: str) -> list[ThreadPost]:
        """The post and its comments (``comments/show.json``), oldest first."""
        sid, _cid = self._reply_target(status_remote_id)
        st = self._call("GET", "statuses/show", params={"id": sid})
        body = self._call("GET", "comments/show", params={"id": sid, "count": 200})
        posts = parse.each([st] if isinstance(st, dict) else [],
                           lambda one: self._thread_post(one, ""))[0]
        comments = parse.items(parse.obj(body).get("comments"))

        def read(c: Any) -> ThreadPost:
            if not isinstance(c, dict):
                raise parse.BadItem("a comment that is not an object")
            parent = idstr(c.get("reply_comment")) if isinstance(
                c.get("reply_comment"), dict) else sid
            return self._thread_post(c, parent)

        return posts + parse.each(reversed(comments), read)[0]

    def _thread_post(self, obj: dict[str, Any], parent: str) -> ThreadPost:
        text = self._plain(obj)
        return ThreadPost(remote_id=parse.required_id(idstr(obj)),
                          author=self._person(obj.get("user")),
                          text_html=html.escape(text), text_plain=text,
                          created_at=parse_time(obj.get("created_at")) or self.clock(),
                          in_reply_to_remote_id=parent)

    # --- followers, metrics, search --------------------------------------------------------

    def list_followers(self, cursor: str | None) -> FollowerPage:
        """``friendships/followers.json`` by cursor (``next_cursor`` 0 = the end). Weibo shows
        ordinary apps only part of a large list; the walk ends where Weibo stops."""
        body = self._call("GET", "friendships/followers", params={
            "uid": self._me_id(), "count": FOLLOWER_PAGE, "cursor": cursor or 0})
        users = parse.items(parse.obj(body).get("users"))
        people, skipped = parse.each(users, self._person)
        nxt = parse.digits(parse.obj(body).get("next_cursor")) or "0"
        return FollowerPage(people=people, next_cursor=None if nxt == "0" or not users
                            else nxt, skipped=skipped)

    def post_metrics(self, remote_ids: Sequence[str]) -> list[PostMetrics]:
        """``statuses/count.json``: comments, reposts, attitudes of up to 100 posts a call."""
        out: list[PostMetrics] = []
        ids = [str(r) for r in remote_ids if str(r).isdigit()]
        for start in range(0, len(ids), METRICS_BATCH):
            body = self._call("GET", "statuses/count",
                              params={"ids": ",".join(ids[start:start + METRICS_BATCH])})
            for row in parse.items(body):
                if isinstance(row, dict) and idstr(row):
                    out.append(PostMetrics(remote_id=idstr(row), replies=_int(row.get("comments")),
                                           reposts=_int(row.get("reposts")),
                                           favourites=_int(row.get("attitudes"))))
        return out

    def search(self, query: str, since: str | None = None) -> MentionPage:
        """Keyword search is a commercial Weibo API, not open to ordinary apps."""
        raise NotSupported("Weibo's keyword search is a commercial API; watches cannot run "
                           "on Weibo.")


class _Repeated(Rejected):
    """20019: the same text was posted recently."""


def _naive(dt: datetime | None) -> datetime | None:
    if dt is not None and dt.tzinfo is not None:
        return dt.astimezone(UTC).replace(tzinfo=None)
    return dt
