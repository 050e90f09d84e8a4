"""Bluesky client: the AT Protocol XRPC API mapped onto ``PlatformClient``.

Wire facts this module relies on (docs/PLATFORMS.md; the AT Protocol lexicons win):

* Sign-in once with an app password (``createSession``); the session (access + refresh JWT) is
  kept by the caller (the keyring) and handed back in. An expired access token answers
  **400 ExpiredToken**: the client refreshes (``refreshSession`` rotates *both* tokens, so the new
  pair goes to ``on_session`` at once) and repeats the call once. When the refresh is refused the
  account needs re-authorization (``AuthExpired``). The client never signs in by itself.
* Publishing exactly once: the outbox picks the record key (a TID) before the first attempt;
  ``createRecord`` always uses it, so a second post cannot exist. The reference PDS answers a
  duplicate key with a 500, so after any failed or unknown attempt ``getRecord`` decides.
* Facets carry UTF-8 byte offsets (see ``bluesky_richtext``); mentions need the DID.
* ``RateLimit-Reset`` is in epoch seconds; 429 ``RateLimitExceeded``.
* A post's remote id is its ``at://`` URI; a reply needs the parent's and the root's URI + CID.

Every call goes to the service URL the account was added with (``bsky.social`` forwards to the
account's own PDS; a self-hosted PDS is addressed directly). ``app.bsky.*`` calls carry
``atproto-proxy: <AppView DID>#bsky_appview`` so the PDS forwards them to that AppView instead of
relying on a default one (a PDS without a default answers "No service configured for ...");
``com.atproto.*`` calls are the PDS's own and carry no proxy header. The AppView DID is kept in
the session (see ``BlueskySession.appview``).
"""

from __future__ import annotations

import html
import io
import json
import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import requests

from mbdesk.platforms import bluesky_richtext as richtext
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
    TemporaryFailure,
    ThreadPost,
)
from mbdesk.platforms.http import DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, HttpClient
from mbdesk.platforms.mastodon import RateLimitState

log = logging.getLogger(__name__)

DEFAULT_SERVICE = "https://bsky.social"
DEFAULT_APPVIEW = "did:web:api.bsky.app"  # Bluesky's public AppView
APPVIEW_SERVICE_ID = "bsky_appview"  # the service entry in the AppView's DID document
PROXIED_PREFIX = "app.bsky."
# The DID syntax of the AT Protocol spec (atproto.com/specs/did).
DID_RE = re.compile(r"^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$")
POST_COLLECTION = "app.bsky.feed.post"
PROFILE_COLLECTION = "app.bsky.actor.profile"
IMAGE_SIZE_LIMIT = 1_000_000  # app.bsky.embed.images: image blob maxSize
IMAGE_MAX_SIDE = 2000
MAX_IMAGES = 4
NOTIFICATION_REASONS = ("mention", "reply", "quote")
RATE_LIMIT_FALLBACK = timedelta(minutes=1)
MAX_PAGES = 50
AUTH_ERRORS = {"ExpiredToken", "InvalidToken", "AuthMissing", "AccountTakedown",
               "AccountDeactivated", "AuthenticationRequired"}
TID_RE = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")


# --- session --------------------------------------------------------------------------------


def normalize_appview(value: str | None) -> str:
    """The AppView DID to proxy ``app.bsky.*`` calls to; blank means Bluesky's public one.

    ``did:web:api.bsky.app#bsky_appview`` (the header form) is accepted too. Raises ValueError
    for anything that is not a DID, so a typo is refused when the account is added, not at
    every sync.
    """
    value = (value or "").strip()
    if not value:
        return DEFAULT_APPVIEW
    value = value.removesuffix("#" + APPVIEW_SERVICE_ID)
    if not DID_RE.match(value):
        raise ValueError(f"{value!r} is not a DID (e.g. {DEFAULT_APPVIEW}).")
    return value


@dataclass(frozen=True)
class BlueskySession:
    """What the keyring keeps for a Bluesky account (never the app password).

    It also holds the account's connection settings: ``service`` (where calls go) and
    ``appview`` (the DID ``app.bsky.*`` calls are proxied to). They live here rather than on the
    account row because the row has no column for per-platform settings (adding one is a schema
    change), its JSON columns belong to the sync engine (cursors, limits, the probed server
    profile, which is replaced wholesale), and the session is the one thing the client already
    receives and rewrites itself on every token refresh, carrying these fields along.
    """

    access_jwt: str
    refresh_jwt: str
    did: str
    handle: str
    service: str = DEFAULT_SERVICE
    appview: str = DEFAULT_APPVIEW

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str | None) -> BlueskySession:
        """Parse the stored secret; anything unusable means: sign in again."""
        try:
            data = json.loads(text or "")
            return cls(access_jwt=str(data["access_jwt"]), refresh_jwt=str(data["refresh_jwt"]),
                       did=str(data["did"]), handle=str(data.get("handle") or ""),
                       service=str(data.get("service") or DEFAULT_SERVICE),
                       appview=normalize_appview(data.get("appview")))
        except (ValueError, KeyError, TypeError):
            raise AuthExpired("The stored Bluesky session is unreadable; sign in again with an "
                              "app password.") from None

    @classmethod
    def from_answer(cls, body: Any, service: str) -> BlueskySession:
        if not isinstance(body, dict) or not all(
                isinstance(body.get(k), str) and body.get(k)
                for k in ("accessJwt", "refreshJwt", "did")):
            raise TemporaryFailure("The Bluesky server sent an unexpected session answer.")
        return cls(access_jwt=body["accessJwt"], refresh_jwt=body["refreshJwt"],
                   did=body["did"], handle=str(body.get("handle") or ""), service=service)


def normalize_service(service: str) -> str:
    service = (service or DEFAULT_SERVICE).strip().rstrip("/")
    if not service.startswith(("http://", "https://")):
        service = "https://" + service
    return service


def create_session(service: str, identifier: str, password: str, *,
                   session: requests.Session | None = None,
                   connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
                   read_timeout: float = DEFAULT_READ_TIMEOUT) -> BlueskySession:
    """Sign in once with a handle (or e-mail) and an app password; returns the session.

    Login is rate limited by the server (about 30 per 5 minutes): call this when the owner adds
    or re-authorizes an account, never per request.
    """
    service = normalize_service(service)
    http = HttpClient(service, session=session, connect_timeout=connect_timeout,
                      read_timeout=read_timeout, platform_label="Bluesky server")
    resp = http.request("POST", "/xrpc/com.atproto.server.createSession",
                        data=json.dumps({"identifier": identifier.strip().lstrip("@"),
                                         "password": password}),
                        headers={"Content-Type": "application/json"}, auth=False)
    if resp.status_code == 200:
        return BlueskySession.from_answer(_json_or_none(resp), service)
    error, message = _error_of(resp)
    if resp.status_code == 429:
        raise RateLimited("Bluesky refuses more sign-ins for now; try again later.",
                          _reset_of(resp) or _utcnow() + timedelta(minutes=5))
    if error == "AuthFactorTokenRequired":
        raise Rejected("This account asks for an e-mail code at sign-in; use an app password "
                       "instead (Settings → Privacy and security → App passwords).")
    if resp.status_code in (400, 401):
        reason = message or error or "wrong handle or app password"
        raise Rejected(f"Bluesky refused the sign-in: {reason}.")
    raise TemporaryFailure(f"The Bluesky server answered {resp.status_code} to the sign-in.")


# --- small helpers --------------------------------------------------------------------------


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def parse_time(value: Any) -> datetime | None:
    """ISO 8601 → naive UTC (None when absent, unparseable or out of range in UTC)."""
    return parse.time(value)


def format_time(dt: datetime) -> str:
    """Naive-UTC datetime → the ``createdAt`` form (milliseconds, ``Z``)."""
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def _json_or_none(resp: requests.Response) -> Any:
    try:
        return parse.json_body(resp)
    except ValueError:
        return None


def _error_of(resp: requests.Response) -> tuple[str, str]:
    body = _json_or_none(resp)
    if isinstance(body, dict):
        return parse.text(body.get("error")), parse.text(body.get("message"))
    return "", ""


def _reset_of(resp: requests.Response) -> datetime | None:
    value = (resp.headers.get("RateLimit-Reset") or "").strip()
    if value.isdigit():
        try:
            return datetime.fromtimestamp(int(value), UTC).replace(tzinfo=None)
        except (OverflowError, OSError, ValueError):
            return None
    retry = (resp.headers.get("Retry-After") or "").strip()
    if retry.isdigit():
        return _utcnow() + timedelta(seconds=int(retry))
    return None


def _int(value: Any) -> int:
    """A count from the server, clamped to what SQLite stores (0 when not a number)."""
    return parse.count(value)


def split_uri(uri: str) -> tuple[str, str, str]:
    """``at://did/collection/rkey`` → (did, collection, rkey); NotFound when malformed."""
    m = re.fullmatch(r"at://([^/]+)/([^/]+)/([^/?#]+)", uri.strip())
    if not m:
        raise NotFound(f"Not a Bluesky post address: {uri!r}.")
    return m.group(1), m.group(2), m.group(3)


def post_url(handle_or_did: str, uri: str) -> str:
    """The bsky.app page of a post."""
    try:
        did, _collection, rkey = split_uri(uri)
    except NotFound:
        return ""
    return f"https://bsky.app/profile/{handle_or_did or did}/post/{rkey}"


def text_to_html(text: str, facets: Any) -> str:
    """A post's text as HTML with its links, mentions and tags as anchors (for the inbox)."""
    data = text.encode("utf-8")
    spans: list[tuple[int, int, str]] = []
    for facet in facets if isinstance(facets, list) else []:
        if not isinstance(facet, dict):
            continue
        index = facet.get("index") or {}
        start, end = _int(index.get("byteStart")), _int(index.get("byteEnd"))
        features = facet.get("features") or []
        feature = features[0] if features and isinstance(features[0], dict) else {}
        kind = str(feature.get("$type") or "")
        if kind == richtext.LINK_TYPE:
            href = str(feature.get("uri") or "")
        elif kind == richtext.MENTION_TYPE:
            href = f"https://bsky.app/profile/{feature.get('did', '')}"
        elif kind == richtext.TAG_TYPE:
            href = f"https://bsky.app/hashtag/{quote(str(feature.get('tag') or ''))}"
        else:
            continue
        if 0 <= start < end <= len(data) and href.startswith(("https://", "http://")):
            spans.append((start, end, href))
    spans.sort()
    out: list[str] = []
    pos = 0
    for start, end, href in spans:
        if start < pos:
            continue
        out.append(html.escape(data[pos:start].decode("utf-8", errors="replace")))
        label = html.escape(data[start:end].decode("utf-8", errors="replace"))
        out.append(f'<a href="{html.escape(href, quote=True)}">{label}</a>')
        pos = end
    out.append(html.escape(data[pos:].decode("utf-8", errors="replace")))
    return "<p>" + "".join(out).replace("\n", "<br>") + "</p>"


# --- the client -----------------------------------------------------------------------------


class BlueskyClient(PlatformClient):
    """One Bluesky account. Blocking; call from a worker thread.

    ``on_session`` receives every new session (after a refresh) so the caller can store it;
    ``rate_limit`` holds the last ``RateLimit-*`` headers seen.
    """

    platform = "bluesky"
    capabilities = Capabilities(server_scheduling=False, keyword_search=True,
                                hashtag_timeline=True, requires_alt_text=True)

    def __init__(self, session: BlueskySession, *,
                 on_session: Callable[[BlueskySession], None] | None = None,
                 http_session: requests.Session | None = None,
                 connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
                 read_timeout: float = DEFAULT_READ_TIMEOUT,
                 initial_mention_pages: int = 3,
                 image_size_limit: int = IMAGE_SIZE_LIMIT,
                 clock: Callable[[], datetime] = _utcnow) -> None:
        self.service = normalize_service(session.service)
        self.session = session
        self.on_session = on_session
        self.http = HttpClient(self.service, token=session.access_jwt, session=http_session,
                               connect_timeout=connect_timeout, read_timeout=read_timeout,
                               platform_label="Bluesky server")
        self.initial_mention_pages = initial_mention_pages
        self.image_size_limit = image_size_limit
        self.clock = clock
        self.rate_limit = RateLimitState()
        self._refresh_lock = threading.Lock()
        self._dids: dict[str, str | None] = {}

    @property
    def did(self) -> str:
        return self.session.did

    # --- transport, session refresh, error mapping --------------------------------------

    def _scrub(self, text: str) -> str:
        for secret in (self.session.access_jwt, self.session.refresh_jwt):
            if secret and secret in text:
                text = text.replace(secret, "***")
        return text

    def _note_rate_limit(self, resp: requests.Response) -> None:
        h = resp.headers
        if "RateLimit-Remaining" in h or "RateLimit-Reset" in h:
            self.rate_limit = RateLimitState(
                remaining=_int(h.get("RateLimit-Remaining")) if h.get("RateLimit-Remaining")
                else None,
                limit=_int(h.get("RateLimit-Limit")) if h.get("RateLimit-Limit") else None,
                reset=_reset_of(resp))

    def _call(self, method: str, nsid: str, *, params: Any = None, body: Any = None,
              raw: bytes | None = None, content_type: str = "", unsafe: bool = False) -> Any:
        """One XRPC call; refreshes the session once on ExpiredToken. Returns the JSON body."""
        for attempt in (1, 2):
            token = self.session.access_jwt
            headers: dict[str, str] = {}
            data: Any = None
            if nsid.startswith(PROXIED_PREFIX):
                headers["atproto-proxy"] = f"{self.session.appview}#{APPVIEW_SERVICE_ID}"
            if body is not None:
                data = json.dumps(body, ensure_ascii=False).encode("utf-8")
                headers["Content-Type"] = "application/json"
            elif raw is not None:
                data = raw
                headers["Content-Type"] = content_type or "application/octet-stream"
            resp = self.http.request(method, f"/xrpc/{nsid}", params=params, data=data,
                                     headers=headers, unsafe=unsafe)
            self._note_rate_limit(resp)
            if resp.status_code == 200:
                parsed = _json_or_none(resp)
                if parsed is None:
                    what = f"The Bluesky server sent an unreadable answer to {nsid}."
                    raise OutcomeUnknown(what) if unsafe else TemporaryFailure(what)
                return parsed
            error, message = _error_of(resp)
            if error in ("ExpiredToken", "InvalidToken") and attempt == 1:
                self._refresh(token)
                continue
            self._raise(resp, nsid, error, message, unsafe)
        raise AssertionError("unreachable")

    def _raise(self, resp: requests.Response, nsid: str, error: str, message: str,
               unsafe: bool) -> None:
        status = resp.status_code
        said = self._scrub(message or error or f"HTTP {status}")
        if status == 429 or error == "RateLimitExceeded":
            until = _reset_of(resp)
            if until is None or until <= self.clock():
                until = self.clock() + RATE_LIMIT_FALLBACK
            raise RateLimited(f"Bluesky rate limit reached ({nsid}).", until)
        if error in AUTH_ERRORS or status == 401:
            raise AuthExpired(f"Bluesky refused the session ({said}); sign in again with an "
                              "app password.")
        if status == 404 or error in ("NotFound", "RecordNotFound", "ProfileNotFound"):
            raise NotFound(f"Not found on Bluesky: {said}.")
        if 400 <= status < 500:
            raise Rejected(f"Bluesky refused it: {said}.")
        what = f"The Bluesky server failed ({nsid}: HTTP {status})."
        raise OutcomeUnknown(what) if unsafe else TemporaryFailure(what)

    def _refresh(self, failed_token: str) -> None:
        """Trade the refresh token for a new pair, once even when threads race."""
        with self._refresh_lock:
            if self.session.access_jwt != failed_token:
                return  # another call refreshed meanwhile
            resp = self.http.request(
                "POST", "/xrpc/com.atproto.server.refreshSession", auth=False,
                headers={"Authorization": f"Bearer {self.session.refresh_jwt}"})
            self._note_rate_limit(resp)
            if resp.status_code != 200:
                error, message = _error_of(resp)
                if resp.status_code == 429:
                    self._raise(resp, "refreshSession", error, message, False)
                if resp.status_code in (400, 401) and (error in AUTH_ERRORS or not error):
                    raise AuthExpired("The Bluesky session has ended; sign in again with an "
                                      "app password.")
                raise TemporaryFailure(
                    f"The Bluesky server could not renew the session (HTTP {resp.status_code}).")
            new = BlueskySession.from_answer(_json_or_none(resp), self.service)
            new = BlueskySession(new.access_jwt, new.refresh_jwt, new.did,
                                 new.handle or self.session.handle, self.session.service,
                                 self.session.appview)
            self.session = new
            self.http.set_token(new.access_jwt)
            if self.on_session is not None:
                try:
                    self.on_session(new)
                except Exception:  # keep working with the pair in memory; say so once
                    log.warning("could not store the renewed Bluesky session", exc_info=True)

    # --- identity and limits --------------------------------------------------------------

    def identity(self) -> AccountIdentity:
        me = self._call("GET", "com.atproto.server.getSession")
        if not isinstance(me, dict) or not me.get("did"):
            raise TemporaryFailure("The Bluesky server sent an unexpected session answer.")
        handle = str(me.get("handle") or self.session.handle)
        name = ""
        try:
            profile = self._call("GET", "com.atproto.repo.getRecord", params={
                "repo": me["did"], "collection": PROFILE_COLLECTION, "rkey": "self"})
            value = profile.get("value") if isinstance(profile, dict) else None
            name = str((value or {}).get("displayName") or "")
        except (NotFound, Rejected):
            pass
        return AccountIdentity(remote_id=str(me["did"]), handle=handle, display_name=name,
                               url=f"https://bsky.app/profile/{handle}")

    def limits(self) -> Limits:
        return Limits(max_characters=300, characters_reserved_per_url=0, max_media=MAX_IMAGES,
                      image_size_limit=self.image_size_limit, description_limit=2000,
                      supports_server_scheduling=False, min_schedule_ahead_seconds=0)

    # --- publishing -----------------------------------------------------------------------

    def resolve_handle(self, handle: str) -> str | None:
        """Handle → DID (None when no such handle); remembered for the client's life."""
        handle = handle.lower().lstrip("@")
        if handle not in self._dids:
            try:
                body = self._call("GET", "com.atproto.identity.resolveHandle",
                                  params={"handle": handle})
            except (NotFound, Rejected):
                body = None
            did = body.get("did") if isinstance(body, dict) else None
            self._dids[handle] = str(did) if did else None
        return self._dids[handle]

    def _post_text(self, request: PublishRequest) -> str:
        """Bluesky has no content warning field: the warning goes first, on its own line."""
        if request.spoiler_text.strip():
            return f"{request.spoiler_text.strip()}\n\n{request.text}"
        return request.text

    def _strong_ref(self, uri: str) -> tuple[dict, dict | None]:
        """The post at ``uri`` as a strong ref, and its own ``reply.root`` if it is a reply."""
        did, collection, rkey = split_uri(uri)
        try:
            rec = self._call("GET", "com.atproto.repo.getRecord",
                             params={"repo": did, "collection": collection, "rkey": rkey})
            if isinstance(rec, dict) and rec.get("cid"):
                value = rec.get("value") or {}
                root = (value.get("reply") or {}).get("root") if isinstance(value, dict) else None
                return {"uri": str(rec.get("uri") or uri), "cid": str(rec["cid"])}, root
        except (NotFound, Rejected):
            pass  # not on our PDS: ask the AppView
        body = self._call("GET", "app.bsky.feed.getPosts", params={"uris": [uri]})
        posts = body.get("posts") if isinstance(body, dict) else None
        if not posts or not isinstance(posts[0], dict) or not posts[0].get("cid"):
            raise NotFound("The post you reply to no longer exists on Bluesky.")
        record = posts[0].get("record") or {}
        root = (record.get("reply") or {}).get("root") if isinstance(record, dict) else None
        return {"uri": uri, "cid": str(posts[0]["cid"])}, root

    def _reply(self, parent_uri: str) -> dict:
        parent, root = self._strong_ref(parent_uri)
        if not (isinstance(root, dict) and root.get("uri") and root.get("cid")):
            root = parent
        return {"root": {"uri": root["uri"], "cid": root["cid"]}, "parent": parent}

    def _image_bytes(self, item) -> tuple[bytes, str, dict | None]:
        """The file's bytes, downscaled under the blob limit when Pillow is there."""
        path = Path(item.path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise Rejected(f"Cannot read the attachment {path.name}: {exc.strerror}.") from None
        mime = item.mime_type or "application/octet-stream"
        try:
            from PIL import Image, ImageOps
        except ImportError:
            if len(data) > self.image_size_limit:
                raise Rejected(
                    f"{path.name} is {len(data) / 1e6:.1f} MB; Bluesky takes images up to "
                    f"{self.image_size_limit / 1e6:.1f} MB. Make it smaller and try again."
                ) from None
            return data, mime, None
        try:
            with Image.open(io.BytesIO(data)) as img:
                img = ImageOps.exif_transpose(img)
                aspect = {"width": img.width, "height": img.height}
                if len(data) <= self.image_size_limit:
                    return data, mime, aspect
                return self._shrink(img)
        except (OSError, ValueError) as exc:
            raise Rejected(f"{path.name} is not an image Bluesky can show ({exc}).") from None

    def _shrink(self, img) -> tuple[bytes, str, dict]:
        """Re-encode as JPEG, smaller each round, until it fits the blob limit."""
        from PIL import Image

        if img.mode not in ("RGB", "L"):
            background = Image.new("RGB", img.size, "white")
            rgba = img.convert("RGBA")
            background.paste(rgba, mask=rgba.getchannel("A"))
            img = background
        scale = min(1.0, IMAGE_MAX_SIDE / max(img.width, img.height))
        quality = 85
        for _ in range(12):
            size = (max(1, int(img.width * scale)), max(1, int(img.height * scale)))
            out = io.BytesIO()
            img.resize(size, Image.Resampling.LANCZOS).save(out, "JPEG", quality=quality,
                                                            optimize=True)
            if out.tell() <= self.image_size_limit:
                return out.getvalue(), "image/jpeg", {"width": size[0], "height": size[1]}
            if quality > 60:
                quality -= 10
            else:
                scale *= 0.75
        raise Rejected("The image stays too large for Bluesky even when scaled down.")

    def _embed(self, request: PublishRequest) -> dict | None:
        if not request.media:
            return None
        if len(request.media) > MAX_IMAGES:
            raise Rejected(f"Bluesky takes at most {MAX_IMAGES} images per post.")
        images = []
        for item in request.media:
            name = Path(item.path).name
            if not item.alt_text.strip():
                raise Rejected(f"{name} needs a description (alt text) before it can go to "
                               "Bluesky.")
            if item.mime_type and not item.mime_type.startswith("image/"):
                raise Rejected(f"{name}: Bluesky posts here take images only.")
            data, mime, aspect = self._image_bytes(item)
            answer = self._call("POST", "com.atproto.repo.uploadBlob", raw=data,
                                content_type=mime)
            blob = answer.get("blob") if isinstance(answer, dict) else None
            if not isinstance(blob, dict):
                raise TemporaryFailure("The Bluesky server sent an unexpected upload answer.")
            image: dict[str, Any] = {"alt": item.alt_text.strip(), "image": blob}
            if aspect:
                image["aspectRatio"] = aspect
            images.append(image)
        return {"$type": "app.bsky.embed.images", "images": images}

    def build_record(self, request: PublishRequest, created_at: datetime | None = None) -> dict:
        """The ``app.bsky.feed.post`` record for a request (uploads its images first)."""
        text = self._post_text(request)
        record: dict[str, Any] = {"$type": POST_COLLECTION, "text": text,
                                  "createdAt": format_time(created_at or self.clock())}
        found = richtext.facets(text, self.resolve_handle)
        if found:
            record["facets"] = found
        if request.language:
            record["langs"] = [request.language]
        if request.in_reply_to_remote_id:
            record["reply"] = self._reply(request.in_reply_to_remote_id)
        embed = self._embed(request)
        if embed:
            record["embed"] = embed
        return record

    def _result(self, uri: str, value: Any) -> PublishResult:
        created = parse_time(value.get("createdAt")) if isinstance(value, dict) else None
        return PublishResult(remote_id=uri, url=post_url(self.session.handle, uri),
                             published_at=created)

    def publish(self, request: PublishRequest) -> PublishResult:
        rkey = request.record_key
        if not rkey:
            raise ValueError("PublishRequest.record_key (a TID made by the outbox) is required "
                             "for Bluesky.")
        if not TID_RE.match(rkey):
            raise Rejected(f"The post's record key {rkey!r} is not a valid TID.")
        record = self.build_record(request)
        try:
            answer = self._call("POST", "com.atproto.repo.createRecord", unsafe=True, body={
                "repo": self.did, "collection": POST_COLLECTION, "rkey": rkey,
                "validate": True, "record": record})
        except (OutcomeUnknown, Rejected) as exc:
            # A duplicate key (an earlier attempt landed) answers 500 on the reference PDS; a
            # lost answer may hide a success. The record under our key is the truth.
            try:
                found = self.find_published(request)
            except PlatformError:
                raise exc from None
            if found is not None:
                return found
            raise
        if not isinstance(answer, dict) or not answer.get("uri"):
            found = self.find_published(request)
            if found is None:
                raise OutcomeUnknown("The Bluesky server sent an unexpected answer to the post.")
            return found
        return self._result(str(answer["uri"]), record)

    def find_published(self, request: PublishRequest) -> PublishResult | None:
        """Whether the post exists under its record key (``getRecord``); None = not landed."""
        if not request.record_key:
            return None
        try:
            rec = self._call("GET", "com.atproto.repo.getRecord", params={
                "repo": self.did, "collection": POST_COLLECTION, "rkey": request.record_key})
        except NotFound:
            return None
        if not isinstance(rec, dict) or not rec.get("uri"):
            raise TemporaryFailure("The Bluesky server sent an unexpected record answer.")
        value = rec.get("value") or {}
        if isinstance(value, dict) and value.get("text") != self._post_text(request):
            log.warning("the record under key %s has other text than the outbox row",
                        request.record_key)
        return self._result(str(rec["uri"]), value)

    # --- deleting a sent post (Bluesky has no edit) ------------------------------------------

    def _rkey_of(self, post: PostRef) -> str:
        return post.record_key or post.remote_id.rsplit("/", 1)[-1]

    def post_exists(self, post: PostRef) -> bool:
        try:
            self._call("GET", "com.atproto.repo.getRecord", params={
                "repo": self.did, "collection": POST_COLLECTION, "rkey": self._rkey_of(post)})
        except NotFound:
            return False
        return True

    def delete_post(self, post: PostRef) -> bool:
        """``deleteRecord`` of the post's record (a no-op on the PDS when it is gone, so a
        second attempt cannot harm; looked at first to tell "already gone")."""
        if not self.post_exists(post):
            return False
        self._call("POST", "com.atproto.repo.deleteRecord", unsafe=True, body={
            "repo": self.did, "collection": POST_COLLECTION, "rkey": self._rkey_of(post)})
        return True

    # --- reading --------------------------------------------------------------------------

    @staticmethod
    def _person(actor: Any) -> RemotePerson:
        """An actor; BadItem when it is no object or has no DID."""
        if not isinstance(actor, dict):
            raise parse.BadItem("an actor that is not an object")
        a = actor
        return RemotePerson(
            remote_id=parse.required_id(a.get("did"), "DID"),
            handle=parse.text(a.get("handle")), display_name=parse.text(a.get("displayName")),
            avatar_url=parse.text(a.get("avatar")),
            bio=parse.text(a.get("description")),
            followers_count=_int(a.get("followersCount")),
            following_count=_int(a.get("followsCount")), posts_count=_int(a.get("postsCount")),
            bot=any(isinstance(label, dict) and label.get("val") == "bot"
                    for label in parse.items(a.get("labels"))))

    def _mention(self, uri: str, author: Any, record: Any, indexed_at: Any,
                 kind: str, remote_id: str | None = None) -> RemoteMention:
        """A post that mentions us; BadItem when its record, address or author is unusable."""
        if not isinstance(record, dict) or not uri:
            raise parse.BadItem("a post without a record or an address")
        text = parse.text(record.get("text"))
        reply = parse.obj(record.get("reply"))
        person = self._person(author)
        created = parse_time(record.get("createdAt")) or parse_time(indexed_at) or self.clock()
        langs = parse.items(record.get("langs"))
        return RemoteMention(
            remote_id=remote_id or uri, status_remote_id=uri, author=person,
            text_html=text_to_html(text, record.get("facets")), text_plain=text,
            created_at=created, kind=kind, url=post_url(person.handle, uri),
            language=parse.text(langs[0]) if langs else "",
            in_reply_to_remote_id=parse.text(parse.obj(reply.get("parent")).get("uri")),
            conversation_id=parse.text(parse.obj(reply.get("root")).get("uri")) or uri)

    def list_mentions(self, since: str | None, limit: int = 80) -> MentionPage:
        """Mentions, replies and quotes newer than ``since`` (an ``indexedAt`` time), oldest
        first. Walks ``listNotifications`` pages (newest first) back to ``since``, then marks
        them seen up to the newest one."""
        limit = max(1, min(limit, 100))
        since_at = parse_time(since) if since else None
        pages = MAX_PAGES if since_at else max(1, self.initial_mention_pages)
        newest_first: list[tuple[datetime, dict]] = []
        skipped = 0
        cursor: str | None = None
        for _ in range(pages):
            params: dict[str, Any] = {"limit": limit, "reasons": list(NOTIFICATION_REASONS)}
            if cursor:
                params["cursor"] = cursor
            body = self._call("GET", "app.bsky.notification.listNotifications", params=params)
            items = body.get("notifications") if isinstance(body, dict) else None
            if not isinstance(items, list):
                raise TemporaryFailure("The Bluesky server sent an unexpected notification list.")
            reached = False
            for n in items:
                at = parse_time(n.get("indexedAt")) if isinstance(n, dict) else None
                if at is None:  # no usable time: unreadable (and no cursor either)
                    skipped += 0 if reached else 1  # below ``since``: counted before
                    continue
                if since_at is not None and at < since_at:
                    reached = True
                    continue
                newest_first.append((at, n))
            cursor = body.get("cursor") if isinstance(body.get("cursor"), str) else None
            if reached or not cursor or not items:
                break
        seen: set[str] = set()

        def read(n: dict[str, Any]) -> RemoteMention | None:
            reason = parse.text(n.get("reason"))
            uri = parse.text(n.get("uri"))
            if reason not in NOTIFICATION_REASONS or uri in seen:
                return None
            seen.add(uri)
            return self._mention(uri, n.get("author"), n.get("record"), n.get("indexedAt"),
                                 reason)

        # a bad notification is skipped and counted; the cursor still moves past it. Ones at
        # exactly ``since`` came with the last call too: read again, not counted again.
        ordered = sorted(newest_first, key=lambda pair: pair[0])
        again, _bad = parse.each((n for at, n in ordered if at == since_at), read)
        mentions, bad = parse.each((n for at, n in ordered if at != since_at), read)
        mentions = again + mentions
        skipped += bad
        if not newest_first:
            return MentionPage(mentions=[], cursor=since or "", skipped=skipped)
        newest = max(at for at, _n in newest_first)
        cursor_out = format_time(newest)
        if since_at is None or newest > since_at:
            try:
                self._call("POST", "app.bsky.notification.updateSeen",
                           body={"seenAt": cursor_out})
            except (TemporaryFailure, Rejected, NotFound) as exc:
                log.info("could not mark Bluesky notifications seen: %s", exc.message)
        return MentionPage(mentions=mentions, cursor=cursor_out, skipped=skipped)

    def fetch_thread(self, status_remote_id: str) -> list[ThreadPost]:
        body = self._call("GET", "app.bsky.feed.getPostThread",
                          params={"uri": status_remote_id, "depth": 10, "parentHeight": 40})
        thread = body.get("thread") if isinstance(body, dict) else None
        if not isinstance(thread, dict) or not isinstance(thread.get("post"), dict):
            if isinstance(thread, dict) and thread.get("notFound"):
                raise NotFound("This Bluesky post was deleted.")
            raise TemporaryFailure("The Bluesky server sent an unexpected thread answer.")
        ancestors: list[dict] = []
        parent = thread.get("parent")
        while isinstance(parent, dict) and isinstance(parent.get("post"), dict):
            ancestors.append(parent["post"])
            parent = parent.get("parent")
        descendants: list[dict] = []
        # depth first, replies by time; a loop, not recursion: a deep thread cannot overflow
        todo: list[dict] = [thread]
        while todo:
            node = todo.pop()
            if node is not thread:
                descendants.append(node["post"])
            replies = [r for r in parse.items(node.get("replies"))
                       if isinstance(r, dict) and isinstance(r.get("post"), dict)]
            replies.sort(key=lambda r: parse.text(r["post"].get("indexedAt")))
            todo.extend(reversed(replies))
        posts = [*reversed(ancestors), thread["post"], *descendants]

        def read(p: dict[str, Any]) -> ThreadPost:
            record = parse.obj(p.get("record"))
            text = parse.text(record.get("text"))
            reply = parse.obj(record.get("reply"))
            return ThreadPost(
                remote_id=parse.required_id(p.get("uri"), "address"),
                author=self._person(p.get("author")),
                text_html=text_to_html(text, record.get("facets")), text_plain=text,
                created_at=parse_time(record.get("createdAt")) or parse_time(
                    p.get("indexedAt")) or self.clock(),
                in_reply_to_remote_id=parse.text(parse.obj(reply.get("parent")).get("uri")))

        return parse.each(posts, read)[0]

    def list_followers(self, cursor: str | None) -> FollowerPage:
        params: dict[str, Any] = {"actor": self.did, "limit": 100}
        if cursor:
            params["cursor"] = cursor
        body = self._call("GET", "app.bsky.graph.getFollowers", params=params)
        people = body.get("followers") if isinstance(body, dict) else None
        if not isinstance(people, list):
            raise TemporaryFailure("The Bluesky server sent an unexpected follower list.")
        nxt = parse.text(body.get("cursor"))
        found, skipped = parse.each(people, self._person)
        return FollowerPage(people=found, next_cursor=nxt if nxt and people else None,
                            skipped=skipped)

    def account_stats(self) -> AccountStats:
        body = self._call("GET", "app.bsky.actor.getProfile", params={"actor": self.did})
        if not isinstance(body, dict):
            raise TemporaryFailure("The Bluesky server sent an unexpected profile.")
        return AccountStats(followers=_int(body.get("followersCount")),
                            following=_int(body.get("followsCount")),
                            posts=_int(body.get("postsCount")))

    def account_profile(self, actor: str) -> Any:
        """Another account's profile by handle or DID (``getProfile``; raw JSON): the
        competitor watch's look-up and follower count."""
        return self._call("GET", "app.bsky.actor.getProfile", params={"actor": actor})

    lookup_account = account_profile  # a handle is looked up the same way

    def public_posts(self, actor: str, limit: int = 40) -> list[Any]:
        """Another account's newest posts without replies (``getAuthorFeed``, one request, at
        most 100): the raw feed items, reposts included (their ``reason`` says so)."""
        body = self._call("GET", "app.bsky.feed.getAuthorFeed", params={
            "actor": actor, "limit": max(1, min(limit, 100)), "filter": "posts_no_replies"})
        return parse.items(parse.obj(body).get("feed"))

    def post_metrics(self, remote_ids: Sequence[str]) -> list[PostMetrics]:
        out: list[PostMetrics] = []
        ids = [r for r in remote_ids if r.startswith("at://")]
        for i in range(0, len(ids), 25):  # getPosts takes up to 25 URIs
            body = self._call("GET", "app.bsky.feed.getPosts", params={"uris": ids[i:i + 25]})
            for p in parse.items(parse.obj(body).get("posts")):
                if not isinstance(p, dict) or not parse.text(p.get("uri")):
                    continue
                out.append(PostMetrics(remote_id=parse.text(p["uri"]),
                                       replies=_int(p.get("replyCount")),
                                       reposts=_int(p.get("repostCount")),
                                       favourites=_int(p.get("likeCount"))))
        return out

    def search(self, query: str, since: str | None = None) -> MentionPage:
        """Keyword or hashtag watch through ``searchPosts`` (newest 100, newer than ``since``)."""
        query = query.strip()
        if not query:
            return MentionPage(mentions=[], cursor=since or "")
        params: dict[str, Any] = {"q": query, "sort": "latest", "limit": 100}
        since_at = parse_time(since) if since else None
        if since_at is not None:
            params["since"] = format_time(since_at)
        body = self._call("GET", "app.bsky.feed.searchPosts", params=params)
        posts = body.get("posts") if isinstance(body, dict) else None
        if not isinstance(posts, list):
            raise TemporaryFailure("The Bluesky server sent an unexpected search answer.")
        kind = "hashtag" if query.startswith("#") else "search"
        def read(p: Any) -> tuple[datetime, RemoteMention] | None:
            if not isinstance(p, dict):
                raise parse.BadItem("a post that is not an object")
            at = parse_time(p.get("indexedAt"))
            if at is None:
                raise parse.BadItem("a post without a usable time")
            if since_at is not None and at <= since_at:
                return None
            return at, self._mention(parse.text(p.get("uri")), p.get("author"),
                                     p.get("record"), p.get("indexedAt"), kind)

        found, skipped = parse.each(posts, read)
        found.sort(key=lambda pair: pair[0])
        cursor = format_time(found[-1][0]) if found else (since or "")
        return MentionPage(mentions=[m for _at, m in found], cursor=cursor, skipped=skipped)


__all__ = ["DEFAULT_SERVICE", "BlueskyClient", "BlueskySession", "create_session",
           "split_uri", "text_to_html"]
