"""A fake Mastodon server for tests: real HTTP on 127.0.0.1, in-memory state, switchable faults.

It implements the part of the Mastodon client API mbdesk uses (see docs/PLATFORMS.md) with the
server rules that matter for exactly-once publishing and paging:

* ``Idempotency-Key`` on ``POST /api/v1/statuses`` is honoured per account for one hour
  (``idempotency_ttl``): the same key returns the first result, checked before validation;
* ``scheduled_at`` must be more than 5 minutes ahead; 25 per day and 300 pending (422);
* text longer than ``max_characters`` (graphemes, URLs as 23, ``@user@domain`` as ``@user``)
  → 422 "Text character limit of N exceeded"; unknown ``in_reply_to_id`` → 404;
* media: ``POST /api/v2/media`` answers 202, then ``GET /api/v1/media/:id`` answers 206
  ``media_processing_polls`` times and 200 after;
* Link headers (``next`` = ``max_id``, ``prev`` = ``min_id``) keep the request's filters unless
  ``link_drops_filters`` is set; ``X-RateLimit-*`` headers with an ISO 8601 reset.

Usage::

    with FakeMastodon() as server:              # or server = FakeMastodon().start() ... stop()
        client = MastodonClient(server.url, server.token)
        server.add_mention("hello @shop")
        server.faults.append(Fault.drop(method="POST", path="/api/v1/statuses"))
        ...
        assert len(server.statuses) == 1

Faults (``server.faults``, consumed first-match, each ``times`` times):
``Fault.http(status, ...)`` (HTML body for 5xx), ``Fault.rate_limit(reset_in)``,
``Fault.timeout(delay, apply=...)`` (answer later than the client waits),
``Fault.reset(apply=True)`` (write part of the answer, then RST),
``Fault.drop(apply=True)`` (apply, then close without answering),
``Fault.malformed_json()`` (apply, answer 200 with a broken body).

Other switches: ``revoke_token()`` (→ 401), ``link_drops_filters``, ``v2_instance``,
``supports_notification_requests``, ``full_text_search``, ``max_characters``, ``advance(...)``
(moves the server clock), ``locked`` (follows become follow requests, as on GoToSocial),
``supports_follow_requests`` (False: the follow request endpoints answer 404),
``requests_log`` (method, path, query pairs, headers) for assertions.
All state sits behind ``self.lock``; the Python API and the HTTP threads share it.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import json
import re
import secrets
import socket
import struct
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import regex

ID_BASE = 110_000_000_000_000_000  # snowflake-sized ids, handed out as strings
OOB = "urn:ietf:wg:oauth:2.0:oob"
DEFAULT_SCOPES = "read write"
URL_RE = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]]")
MENTION_RE = re.compile(r"(?<![\w@/])@([A-Za-z0-9_]+)(?:@([A-Za-z0-9.\-]+\.[A-Za-z]{2,}))?")
TAG_RE = re.compile(r"(?<![\w&/#])#(\w+)")

HTML_500 = (
    b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>"
    b"{status}</h1></center><hr><center>nginx</center></body></html>"
)


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def parse_iso(value: str) -> datetime | None:
    try:
        dt = datetime.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt


def count_characters(text: str, reserved_per_url: int = 23) -> int:
    """Mastodon's counting: graphemes, each scheme URL = 23, ``@user@domain`` = ``@user``."""
    text = URL_RE.sub(lambda _m: "x" * reserved_per_url, text)
    text = MENTION_RE.sub(lambda m: "@" + m.group(1), text)
    return len(regex.findall(r"\X", text))


# --- faults ----------------------------------------------------------------------------------


@dataclass
class Fault:
    """One switchable failure; matches requests by method and path prefix (None = any)."""

    kind: str  # http | http_after | timeout | reset | drop | malformed
    method: str | None = None
    path: str | None = None
    times: int = 1
    status: int = 500
    body: bytes = b""
    content_type: str = "text/html"
    delay: float = 10.0
    apply: bool = True
    headers: dict[str, str] = field(default_factory=dict)  # extra answer headers
    reset_in: float | None = None  # 429: seconds until X-RateLimit-Reset (None = no headers)
    # set once an applying fault has done the request's work (tests wait on it, not poll)
    applied: threading.Event = field(default_factory=threading.Event, compare=False)

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method:
            return False
        return not (self.path and not path.startswith(self.path))

    @classmethod
    def http(
        cls,
        status: int = 500,
        *,
        method: str | None = None,
        path: str | None = None,
        times: int = 1,
        json_body: Any = None,
    ) -> Fault:
        """Answer ``status`` without doing anything (HTML body unless ``json_body``)."""
        if json_body is not None:
            return cls(
                "http",
                method,
                path,
                times,
                status,
                json.dumps(json_body).encode(),
                "application/json",
            )
        body = HTML_500.replace(b"{status}", str(status).encode())
        return cls("http", method, path, times, status, body, "text/html")

    @classmethod
    def http_after(
        cls, status: int = 502, *, method: str | None = None, path: str | None = None,
        times: int = 1,
    ) -> Fault:
        """Apply the request, then answer ``status`` with an HTML page (a proxy that gave up
        waiting for a server that did the work)."""
        body = HTML_500.replace(b"{status}", str(status).encode())
        return cls("http_after", method, path, times, status, body, "text/html")

    @classmethod
    def rate_limit(
        cls,
        reset_in: timedelta = timedelta(minutes=3),
        *,
        method: str | None = None,
        path: str | None = None,
        times: int = 1,
    ) -> Fault:
        """429 ``Too many requests`` with ``X-RateLimit-Reset`` ``reset_in`` from now."""
        f = cls(
            "http", method, path, times, 429, b'{"error":"Too many requests"}', "application/json"
        )
        f.reset_in = reset_in.total_seconds()
        return f

    @classmethod
    def timeout(
        cls,
        delay: float = 10.0,
        *,
        apply: bool = False,
        method: str | None = None,
        path: str | None = None,
        times: int = 1,
    ) -> Fault:
        """Hold the answer ``delay`` seconds (cut short by ``stop()``); ``apply`` first or not."""
        return cls("timeout", method, path, times, delay=delay, apply=apply)

    @classmethod
    def reset(
        cls,
        *,
        apply: bool = True,
        method: str | None = None,
        path: str | None = None,
        times: int = 1,
    ) -> Fault:
        """Send the headers and part of the body, then reset the connection."""
        return cls("reset", method, path, times, apply=apply)

    @classmethod
    def drop(
        cls,
        *,
        apply: bool = True,
        method: str | None = None,
        path: str | None = None,
        times: int = 1,
    ) -> Fault:
        """Close the connection without an answer (after applying the request if ``apply``)."""
        return cls("drop", method, path, times, apply=apply)

    @classmethod
    def malformed_json(
        cls, *, method: str | None = None, path: str | None = None, times: int = 1
    ) -> Fault:
        """Apply the request, then answer with its status and a broken JSON body."""
        return cls("malformed", method, path, times)


@dataclass(frozen=True)
class ServerProfile:
    """How one real server of the Mastodon API behaves where servers differ (PLATFORMS.md).

    ``schedule``: what ``scheduled_at`` gets — ``hold`` (a ScheduledStatus, Mastodon),
    ``immediate`` (ignored: a normal Status, published now — Takahē), ``501`` (GoToSocial 0.19)
    or ``422`` (refused as a feature). ``notification_requests`` / ``v2_instance``: the HTTP
    status those endpoints answer (200 works).
    """

    name: str
    version: str
    honours_idempotency: bool = True
    schedule: str = "hold"
    scheduled_statuses: bool = True
    notification_requests: int = 200
    v2_instance: int = 200
    redirect_exact_port: bool = False
    ulid_ids: bool = False
    locked: bool = False
    rate_limit_headers: bool = True
    statuses_batch: bool = True
    characters_reserved_per_url: int = 23
    adds_reply_mention: bool = False  # the replied-to author's @handle put in front (Takahē)
    # edits of sent posts (PUT /api/v1/statuses/:id: Mastodon 3.5+, GoToSocial 0.18+, Takahē);
    # a server without them has no such route (404). ``edit_history``: /statuses/:id/history
    # (Mastodon, GoToSocial; Takahē has none). ``others_status``: what a write to someone
    # else's post answers (Mastodon 404, GoToSocial 403, Takahē 401 "Not the author").
    edits: bool = True
    edit_history: bool = True
    others_status: int = 404
    # Mastodon: DELETE /api/v1/statuses/:id 30 times per 30 minutes (rate-limits doc)
    delete_limit: int | None = None


PROFILES: dict[str, ServerProfile] = {
    profile.name: profile
    for profile in (
        ServerProfile("mastodon", "4.3.2", delete_limit=30),
        # GoToSocial 0.19: no idempotency, 501 on scheduled_at, no scheduled_statuses or
        # notification requests, exact redirect URIs, locked accounts, ULIDs, 25 per URL
        ServerProfile("gotosocial", "0.19.1 git-8a5b2c1", honours_idempotency=False,
                      schedule="501", scheduled_statuses=False, notification_requests=404,
                      redirect_exact_port=True, ulid_ids=True, locked=True,
                      statuses_batch=False, characters_reserved_per_url=25,
                      others_status=403),
        # Takahē 0.11 on a fresh install: scheduled_at ignored (published at once), no
        # scheduled_statuses, notification requests 500, v2 instance 500, no rate-limit headers
        ServerProfile("takahe", "takahe/0.11.0", honours_idempotency=False,
                      schedule="immediate", scheduled_statuses=False, notification_requests=500,
                      v2_instance=500, rate_limit_headers=False, statuses_batch=False,
                      adds_reply_mention=True, edit_history=False, others_status=401),
        # an older or smaller server: v1 instance only, scheduled_at refused with 422, no
        # edits (no PUT route: 404, as servers before Mastodon 3.5 / GoToSocial 0.18 answer)
        ServerProfile("minimal", "3.5.0 (compatible; Minimal 1.2)", honours_idempotency=False,
                      schedule="422", scheduled_statuses=False, notification_requests=404,
                      v2_instance=404, rate_limit_headers=False, statuses_batch=False,
                      edits=False, edit_history=False),
    )
}
# The profiles that ignore Idempotency-Key (where a blind re-send duplicates a post).
KEY_IGNORING = tuple(name for name, p in PROFILES.items() if not p.honours_idempotency)


class _Reply(Exception):
    """Raised inside a route to answer with an error status."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}


def _err(status: int, message: str) -> _Reply:
    return _Reply(status, {"error": message})


@dataclass
class _Request:
    method: str
    path: str
    query: list[tuple[str, str]]
    form: list[tuple[str, str]]
    files: dict[str, tuple[str, bytes, str]]
    headers: dict[str, str]

    def all(self, key: str) -> list[str]:
        keys = (key, key + "[]") if not key.endswith("[]") else (key, key[:-2])
        return [v for k, v in [*self.query, *self.form] if k in keys]

    def get(self, key: str, default: str = "") -> str:
        vals = self.all(key)
        return vals[0] if vals else default


# --- the server ------------------------------------------------------------------------------


class FakeMastodon:
    """In-memory Mastodon with a real HTTP front end on 127.0.0.1 (port 0)."""

    def __init__(self, *, username: str = "shop", domain: str = "fake.example",
                 profile: str = "mastodon") -> None:
        self.lock = threading.RLock()
        self.profile = PROFILES[profile]
        self.domain = domain
        self.faults: list[Fault] = []
        self.requests_log: list[dict[str, Any]] = []
        # switches
        self.max_characters = 500
        self.characters_reserved_per_url = 23
        self.max_media_attachments = 4
        self.media_processing_polls = 1  # 206 answers before 200
        self.daily_schedule_cap = 25
        self.total_schedule_cap = 300
        self.idempotency_ttl = timedelta(hours=1)
        self.link_drops_filters = False
        self.v2_instance = True
        self.supports_notification_requests = True
        self.locked = False  # the main account approves followers: follows become requests
        self.supports_follow_requests = True
        self.full_text_search = True
        self.rate_limit_limit = 300
        self.time_offset = timedelta(0)
        # GoToSocial: redirect URIs match exactly, port included (a mismatch → server_error)
        self.redirect_exact_port = False
        self._account_domain: str | None = None  # see the account_domain property
        # state
        self._seq = 0
        self.accounts: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, dict[str, Any]] = {}
        self.apps: dict[str, dict[str, Any]] = {}
        self.codes: dict[str, dict[str, Any]] = {}
        self._statuses: list[dict[str, Any]] = []
        self._scheduled: list[dict[str, Any]] = []
        self.media: dict[str, dict[str, Any]] = {}
        self.notifications: list[dict[str, Any]] = []
        self.follows: list[dict[str, Any]] = []  # {id, account_id} following "me"
        self.follow_requests: list[dict[str, Any]] = []  # {id, account_id} waiting on "me"
        # accounts on other servers this one has not met: found only by a search with
        # resolve=true (lookup skips WebFinger, as Mastodon's LookupController does)
        self.remote_directory: dict[str, dict[str, Any]] = {}  # acct -> {followers, ...}
        self.idempotency: dict[tuple[str, str], dict[str, Any]] = {}
        self._apply_profile(self.profile)
        self.last_oob_code = ""
        self.deny_authorization = False
        self._rl_remaining = self.rate_limit_limit
        self._rl_reset = self.now() + timedelta(minutes=5)
        self._stopping = threading.Event()
        self.me_id = self.add_account(username, local=True)
        self.token = self.issue_token(self.me_id)
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ---------------------------------------------------------------------

    def start(self) -> FakeMastodon:
        handler = type("Handler", (_Handler,), {"fake": self})
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        httpd.daemon_threads = True
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="fake-mastodon",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeMastodon:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._httpd is not None, "start() first"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    # --- clock / ids -------------------------------------------------------------------

    def now(self) -> datetime:
        return datetime.now(UTC).replace(tzinfo=None) + self.time_offset

    def advance(self, delta: timedelta) -> None:
        """Move the server clock (idempotency expiry, schedule days, publishing due posts)."""
        with self.lock:
            self.time_offset += delta

    def _apply_profile(self, profile: ServerProfile) -> None:
        """Set the switches that make this fake behave like ``profile``'s server."""
        self.honours_idempotency = profile.honours_idempotency
        self.schedule_mode = profile.schedule
        self.supports_scheduled_statuses = profile.scheduled_statuses
        self.notification_requests_status = profile.notification_requests
        self.supports_notification_requests = profile.notification_requests == 200
        self.v2_instance_status = profile.v2_instance
        self.v2_instance = profile.v2_instance == 200
        self.redirect_exact_port = profile.redirect_exact_port
        self.ulid_ids = profile.ulid_ids
        self.locked = profile.locked
        self.rate_limit_headers = profile.rate_limit_headers
        self.supports_statuses_batch = profile.statuses_batch
        self.characters_reserved_per_url = profile.characters_reserved_per_url
        self.adds_reply_mention = profile.adds_reply_mention
        self.version = profile.version
        self.supports_edits = profile.edits
        self.supports_edit_history = profile.edit_history
        self.others_status = profile.others_status
        self.delete_limit = profile.delete_limit
        self._deletes: list[datetime] = []  # times of recent deletes (the delete limit)

    def _new_id(self) -> str:
        """Snowflake-sized numbers, or 26-character ULID-like strings; both sort by age when
        compared with ``id_key``."""
        with self.lock:
            self._seq += 1
            if getattr(self, "ulid_ids", False):
                return "01J" + _crockford(self._seq).rjust(23, "0")
            return str(ID_BASE + self._seq)

    # --- Python API for tests ----------------------------------------------------------

    def add_account(
        self,
        username: str,
        domain: str | None = None,
        *,
        local: bool = False,
        display_name: str = "",
    ) -> str:
        with self.lock:
            aid = self._new_id()
            acct = username if local or domain is None else f"{username}@{domain}"
            host = self.domain if local or domain is None else domain
            self.accounts[aid] = {
                "id": aid,
                "username": username,
                "acct": acct,
                "display_name": display_name or username.title(),
                "note": f"<p>{html.escape(username)} bio</p>",
                "url": f"https://{host}/@{username}",
                "avatar": f"https://{host}/a/{aid}.png",
                "bot": False,
                "locked": False,
                "created_at": iso(self.now()),
                "followers_count": 0,
                "following_count": 0,
                "statuses_count": 0,
                "_domain": host,
            }
            return aid

    def issue_token(self, account_id: str | None = None, scopes: str = DEFAULT_SCOPES) -> str:
        with self.lock:
            token = secrets.token_urlsafe(32)
            self.tokens[token] = {
                "account_id": account_id or self.me_id,
                "scopes": scopes,
                "revoked": False,
            }
            return token

    def revoke_token(self, token: str | None = None) -> None:
        """Every later request with this token (default: the main one) gets 401."""
        with self.lock:
            self.tokens[token or self.token]["revoked"] = True

    @property
    def me(self) -> dict[str, Any]:
        return self._render_account(self.me_id)

    @property
    def statuses(self) -> list[dict[str, Any]]:
        """Every live status (all accounts), oldest first, as the API renders them."""
        with self.lock:
            return [self._render_status(s) for s in self._statuses if not s["deleted"]]

    def own_statuses(self) -> list[dict[str, Any]]:
        with self.lock:
            return [s for s in self.statuses if s["account"]["id"] == self.me_id]

    @property
    def scheduled_statuses(self) -> list[dict[str, Any]]:
        with self.lock:
            return [self._render_scheduled(s) for s in self._scheduled]

    def add_status(
        self,
        text: str,
        account_id: str | None = None,
        *,
        in_reply_to_id: str | None = None,
        visibility: str = "public",
        created_at: datetime | None = None,
    ) -> str:
        """A post by anyone (default: a remote account ``alice``); returns its id."""
        with self.lock:
            if account_id is None:
                account_id = self._account_by_acct("alice@remote.example")
            return self._create_status(
                account_id,
                {
                    "text": text,
                    "visibility": visibility,
                    "in_reply_to_id": in_reply_to_id or None,
                    "spoiler_text": "",
                    "language": "en",
                    "media_ids": [],
                },
                created_at=created_at,
            )["id"]

    def add_mention(
        self,
        text: str | None = None,
        *,
        from_acct: str = "alice@remote.example",
        in_reply_to_id: str | None = None,
        filtered: bool = False,
    ) -> tuple[str, str]:
        """A status that mentions us plus its notification; returns (notification_id, status_id).

        ``filtered`` puts it in notification requests (a stranger's mention, Mastodon 4.3+).
        """
        with self.lock:
            me = self.accounts[self.me_id]
            author = self._account_by_acct(from_acct)
            sid = self.add_status(
                text or f"@{me['acct']}@{self.domain} hello", author, in_reply_to_id=in_reply_to_id
            )
            nid = self.add_notification("mention", author, sid, filtered=filtered)
            return nid, sid

    def add_notification(
        self, type_: str, account_id: str, status_id: str | None = None, *, filtered: bool = False
    ) -> str:
        with self.lock:
            nid = self._new_id()
            self.notifications.append(
                {
                    "id": nid,
                    "type": type_,
                    "account_id": account_id,
                    "status_id": status_id,
                    "created_at": self.now(),
                    "filtered": filtered,
                }
            )
            return nid

    def add_followers(self, n: int, domain: str = "remote.example") -> list[str]:
        """``n`` new accounts that follow us; returns their ids (oldest follow first)."""
        with self.lock:
            ids = []
            for _ in range(n):
                aid = self.add_account(f"fan{self._seq + 1}", domain)
                if self.locked:
                    self.follow_requests.append({"id": self._new_id(), "account_id": aid})
                else:
                    self._follow_me(aid)
                ids.append(aid)
            return ids

    def _follow_me(self, aid: str) -> None:
        self.follows.append({"id": self._new_id(), "account_id": aid})
        self.accounts[self.me_id]["followers_count"] += 1
        self.accounts[aid]["following_count"] += 1

    def add_follow_request(self, username: str, domain: str = "remote.example",
                           display_name: str = "") -> str:
        """Someone asks to follow the main account (whatever ``locked`` says); their id."""
        with self.lock:
            aid = self.add_account(username, domain, display_name=display_name)
            self.follow_requests.append({"id": self._new_id(), "account_id": aid})
            return aid

    def delete_status(self, status_id: str) -> None:
        with self.lock:
            self._status(status_id)["deleted"] = True

    def set_counts(
        self,
        status_id: str,
        *,
        replies: int | None = None,
        reblogs: int | None = None,
        favourites: int | None = None,
    ) -> None:
        with self.lock:
            st = self._status(status_id)
            for key, val in (
                ("replies_count", replies),
                ("reblogs_count", reblogs),
                ("favourites_count", favourites),
            ):
                if val is not None:
                    st[key] = val

    def publish_due_scheduled(self) -> list[str]:
        """Turn scheduled posts whose time has come into statuses (what Sidekiq does)."""
        with self.lock:
            done, keep = [], []
            for sch in self._scheduled:
                if sch["scheduled_at"] <= self.now():
                    params = dict(sch["params"])
                    done.append(self._create_status(sch["account_id"], params)["id"])
                else:
                    keep.append(sch)
            self._scheduled = keep
            return done

    def requests_to(self, path: str, method: str | None = None) -> list[dict[str, Any]]:
        with self.lock:
            return [
                r
                for r in self.requests_log
                if r["path"] == path and (method is None or r["method"] == method)
            ]

    # --- internals: model ---------------------------------------------------------------

    def _account_by_acct(self, acct: str) -> str:
        for aid, acc in self.accounts.items():
            if acc["acct"] == acct:
                return aid
        user, _, domain = acct.partition("@")
        return self.add_account(user, domain or None)

    def _status(self, sid: str) -> dict[str, Any]:
        for st in self._statuses:
            if st["id"] == sid and not st["deleted"]:
                return st
        raise _err(404, "Record not found")

    def _create_status(
        self, account_id: str, params: dict[str, Any], *, created_at: datetime | None = None
    ) -> dict[str, Any]:
        st = {
            "id": self._new_id(),
            "account_id": account_id,
            "text": params.get("text") or "",
            "spoiler_text": params.get("spoiler_text") or "",
            "visibility": params.get("visibility") or "public",
            "language": params.get("language") or None,
            "in_reply_to_id": params.get("in_reply_to_id") or None,
            "media_ids": list(params.get("media_ids") or []),
            "created_at": created_at or self.now(),
            "deleted": False,
            "replies_count": 0,
            "reblogs_count": 0,
            "favourites_count": 0,
        }
        self._statuses.append(st)
        self.accounts[account_id]["statuses_count"] += 1
        if st["in_reply_to_id"]:
            with contextlib.suppress(_Reply):
                self._status(st["in_reply_to_id"])["replies_count"] += 1
        return st

    def _shown_text(self, st: dict[str, Any], parent: dict[str, Any] | None) -> str:
        """The text as this server shows it: Takahē puts the replied-to author in front."""
        text = st["text"]
        if self.adds_reply_mention and parent is not None:
            author = self.accounts[parent["account_id"]]
            if f"@{author['username']}" not in text:
                text = f"@{author['acct']} {text}"
        return text

    def _content_html(self, text: str) -> str:
        def inline(chunk: str) -> str:
            out, pos = [], 0
            pattern = re.compile(f"{URL_RE.pattern}|{MENTION_RE.pattern}|{TAG_RE.pattern}")
            for m in pattern.finditer(chunk):
                out.append(html.escape(chunk[pos : m.start()]))
                tok = m.group(0)
                if tok.startswith("http"):
                    scheme, _, rest = tok.partition("://")
                    out.append(
                        f'<a href="{html.escape(tok)}" rel="nofollow noopener" target="_blank">'
                        f'<span class="invisible">{scheme}://</span>'
                        f'<span class="ellipsis">{html.escape(rest[:30])}</span>'
                        f'<span class="invisible">{html.escape(rest[30:])}</span></a>'
                    )
                elif tok.startswith("@"):
                    user = m.group(1)
                    dom = m.group(2) or self.domain
                    out.append(
                        f'<span class="h-card"><a href="https://{dom}/@{user}" '
                        f'class="u-url mention">@<span>{html.escape(user)}</span></a>'
                        "</span>"
                    )
                else:
                    tag = m.group(3)
                    out.append(
                        f'<a href="https://{self.domain}/tags/{tag.lower()}" '
                        f'class="mention hashtag" rel="tag">#<span>{tag}</span></a>'
                    )
                pos = m.end()
            out.append(html.escape(chunk[pos:]))
            return "".join(out)

        paras = [p for p in re.split(r"\n{2,}", text) if p.strip()]
        return "".join(
            "<p>" + "<br />".join(inline(x) for x in p.split("\n")) + "</p>" for p in paras
        )

    def _render_account(self, aid: str) -> dict[str, Any]:
        return {k: v for k, v in self.accounts[aid].items() if not k.startswith("_")}

    def _render_media(self, mid: str) -> dict[str, Any]:
        m = self.media[mid]
        ready = m["polls_left"] <= 0
        return {
            "id": mid,
            "type": "image",
            "url": m["url"] if ready else None,
            "preview_url": m["url"],
            "description": m["description"] or None,
            "meta": {},
            "blurhash": None,
        }

    def _render_status(self, st: dict[str, Any]) -> dict[str, Any]:
        acc = self.accounts[st["account_id"]]
        parent = None
        if st["in_reply_to_id"]:
            parent = next((p for p in self._statuses if p["id"] == st["in_reply_to_id"]), None)
        mentions = []
        for m in MENTION_RE.finditer(st["text"]):
            # as Mastodon: someone on this server is "user", anyone else "user@domain"
            local = m.group(2) in (None, self.domain)
            acct = m.group(1) if local else f"{m.group(1)}@{m.group(2)}"
            if all(x["acct"] != acct for x in mentions):
                mentions.append({"username": m.group(1), "acct": acct,
                                 "url": f"https://{m.group(2) or self.domain}/@{m.group(1)}"})
        return {
            "id": st["id"],
            "created_at": iso(st["created_at"]),
            "in_reply_to_id": st["in_reply_to_id"],
            "in_reply_to_account_id": parent["account_id"] if parent else None,
            "sensitive": bool(st["spoiler_text"]),
            "spoiler_text": st["spoiler_text"],
            "visibility": st["visibility"],
            "language": st["language"],
            "uri": f"https://{acc['_domain']}/users/{acc['username']}/statuses/{st['id']}",
            "url": f"https://{acc['_domain']}/@{acc['username']}/{st['id']}",
            "replies_count": st["replies_count"],
            "reblogs_count": st["reblogs_count"],
            "favourites_count": st["favourites_count"],
            "edited_at": iso(st["edited_at"]) if st.get("edited_at") else None,
            "content": self._content_html(self._shown_text(st, parent)),
            "reblog": None,
            "account": self._render_account(st["account_id"]),
            "media_attachments": [
                self._render_media(m) for m in st["media_ids"] if m in self.media
            ],
            "mentions": mentions,
            "tags": [{"name": t.lower()} for t in TAG_RE.findall(st["text"])],
            "emojis": [],
            "card": None,
            "poll": None,
        }

    def _render_scheduled(self, sch: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": sch["id"],
            "scheduled_at": iso(sch["scheduled_at"]),
            "params": {
                **sch["params"],
                "scheduled_at": None,
                "application_id": 1,
                "idempotency": sch["idempotency"],
            },
            "media_attachments": [
                self._render_media(m) for m in sch["params"]["media_ids"] if m in self.media
            ],
        }

    def _render_notification(self, n: dict[str, Any]) -> dict[str, Any]:
        st = None
        if n["status_id"]:
            st = next((s for s in self._statuses if s["id"] == n["status_id"]), None)
        return {
            "id": n["id"],
            "type": n["type"],
            "created_at": iso(n["created_at"]),
            "group_key": f"ungrouped-{n['id']}",
            "account": self._render_account(n["account_id"]),
            "status": self._render_status(st) if st else None,
        }

    # --- internals: paging --------------------------------------------------------------

    def _paginate(
        self,
        items: list[dict[str, Any]],
        req: _Request,
        *,
        default_limit: int,
        max_limit: int,
        key: str = "id",
    ) -> tuple[list[dict[str, Any]], str | None, str | None]:
        """Mastodon's id paging over ``items`` (any order); returns newest-first page, next
        (``max_id``) and prev (``min_id``) cursor values."""
        try:
            limit = int(req.get("limit") or default_limit)
        except ValueError:
            raise _err(400, "limit must be a number") from None
        limit = max(1, min(limit, max_limit))

        def num(v: str) -> tuple[int, str]:
            if not re.fullmatch(r"[0-9A-Za-z]+", v):
                raise _err(400, "Invalid id")
            return id_key(v)

        rows = sorted(items, key=lambda x: id_key(x[key]), reverse=True)
        if req.get("max_id"):
            rows = [r for r in rows if id_key(r[key]) < num(req.get("max_id"))]
        if req.get("since_id"):
            rows = [r for r in rows if id_key(r[key]) > num(req.get("since_id"))]
        if req.get("min_id"):
            rows = [r for r in rows if id_key(r[key]) > num(req.get("min_id"))]
            page = list(reversed(list(reversed(rows))[:limit]))
        else:
            page = rows[:limit]
        if not page:
            return [], None, None
        return page, page[-1][key], page[0][key]

    def _link(self, req: _Request, nxt: str | None, prev: str | None) -> dict[str, str]:
        if not nxt and not prev:
            return {}
        keep = [
            (k, v)
            for k, v in req.query
            if k not in ("max_id", "min_id", "since_id")
            and (not self.link_drops_filters or k == "limit")
        ]
        parts = []
        if nxt:
            parts.append(
                f'<{self.url}{req.path}?{urlencode([*keep, ("max_id", nxt)])}>; rel="next"'
            )
        if prev:
            parts.append(
                f'<{self.url}{req.path}?{urlencode([*keep, ("min_id", prev)])}>; rel="prev"'
            )
        return {"Link": ", ".join(parts)}

    # --- internals: auth ----------------------------------------------------------------

    def _auth(self, req: _Request, scope: str | None = None) -> str:
        header = req.headers.get("authorization", "")
        token = header[7:] if header.lower().startswith("bearer ") else ""
        info = self.tokens.get(token)
        if not info or info["revoked"]:
            raise _err(401, "The access token is invalid")
        if scope and not _scope_ok(info["scopes"], scope):
            raise _err(403, "This action is outside the authorized scopes")
        return info["account_id"]

    def _rate_headers(self) -> dict[str, str]:
        now = self.now()
        if now >= self._rl_reset:
            self._rl_reset = now + timedelta(minutes=5)
            self._rl_remaining = self.rate_limit_limit
        self._rl_remaining = max(0, self._rl_remaining - 1)
        return {
            "X-RateLimit-Limit": str(self.rate_limit_limit),
            "X-RateLimit-Remaining": str(self._rl_remaining),
            "X-RateLimit-Reset": iso(self._rl_reset),
        }

    # --- internals: dispatch ------------------------------------------------------------

    def take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for f in self.faults:
                if f.matches(method, path):
                    f.times -= 1
                    if f.times <= 0:
                        self.faults.remove(f)
                    return f
            return None

    def dispatch(self, req: _Request) -> tuple[int, dict[str, str], bytes]:
        """Run one request against the state; returns (status, headers, body)."""
        with self.lock:
            self.requests_log.append(
                {
                    "method": req.method,
                    "path": req.path,
                    "query": list(req.query),
                    "form": list(req.form),
                    "headers": {k: v for k, v in req.headers.items() if k != "authorization"},
                }
            )
            headers: dict[str, str] = {}
            if "authorization" in req.headers and self.rate_limit_headers:
                headers.update(self._rate_headers())
            route = _route(req.method, req.path)
            if route is None:
                return 404, headers, b'{"error":"Record not found"}'
            name, args = route
            try:
                status, body, extra = getattr(self, name)(req, *args)
            except _Reply as r:
                status, body, extra = r.status, r.body, r.headers
            headers.update(extra)
            if isinstance(body, bytes):
                return status, headers, body
            headers.setdefault("Content-Type", "application/json; charset=utf-8")
            return status, headers, json.dumps(body).encode()

    # --- routes: oauth ------------------------------------------------------------------

    def r_apps(self, req: _Request):
        uris = req.all("redirect_uris")
        if len(uris) == 1:
            uris = uris[0].split()
        if not uris or any(not (u == OOB or re.match(r"^[a-z][a-z0-9+.\-]*:", u)) for u in uris):
            raise _err(422, "Validation failed: Redirect URI must be an absolute URI.")
        scopes = req.get("scopes") or "read"
        client_id, secret = secrets.token_urlsafe(16), secrets.token_urlsafe(24)
        self.apps[client_id] = {
            "secret": secret,
            "redirect_uris": uris,
            "scopes": scopes,
            "name": req.get("client_name"),
        }
        return (
            200,
            {
                "id": self._new_id(),
                "name": req.get("client_name"),
                "client_id": client_id,
                "client_secret": secret,
                "redirect_uri": "\n".join(uris),
                "redirect_uris": uris,
                "scopes": scopes.split(),
            },
            {},
        )

    def _redirect_ok(self, app: dict[str, Any], uri: str) -> bool:
        for reg in app["redirect_uris"]:
            if reg == uri:
                return True
            a, b = urlsplit(reg), urlsplit(uri)
            if (
                not self.redirect_exact_port
                and a.hostname in ("127.0.0.1", "::1")
                and a.hostname == b.hostname
                and a.scheme == b.scheme == "http"
                and a.path == b.path
            ):
                return True  # RFC 8252 §7.3: any port for loopback IP literals
        return False

    def r_authorize(self, req: _Request):
        """Auto-approves as ``me``: redirect with code & state, or an HTML page for oob."""
        app = self.apps.get(req.get("client_id"))
        if not app:
            raise _err(401, "Client authentication failed due to unknown client")
        redirect = req.get("redirect_uri")
        if not self._redirect_ok(app, redirect):
            if self.redirect_exact_port and redirect.startswith(("http://", "https://")):
                # GoToSocial (go-oauth2): an unknown redirect error becomes server_error,
                # sent back to the very redirect URI it did not accept
                query = urlencode({
                    "error": "server_error",
                    "error_description": "The authorization server encountered an unexpected "
                    "condition that prevented it from fulfilling the request.",
                    "state": req.get("state"),
                })
                return 302, b"", {"Location": f"{redirect}?{query}"}
            raise _err(400, "The redirect uri included is not valid.")
        if req.get("response_type") != "code":
            raise _err(400, "unsupported_response_type")
        scope = req.get("scope") or "read"
        if not all(_scope_ok(app["scopes"], s) for s in scope.split()):
            raise _err(400, "invalid_scope")
        method = req.get("code_challenge_method")
        if req.get("code_challenge") and method != "S256":
            raise _err(400, "Invalid code challenge method")
        state = req.get("state")
        if self.deny_authorization:
            query = urlencode({"error": "access_denied", "state": state})
            return 302, b"", {"Location": f"{redirect}?{query}"}
        code = secrets.token_urlsafe(20)
        self.codes[code] = {
            "client_id": req.get("client_id"),
            "redirect_uri": redirect,
            "challenge": req.get("code_challenge"),
            "scope": scope,
            "account_id": self.me_id,
            "used": False,
        }
        if redirect == OOB:
            self.last_oob_code = code
            page = f"<html><body><p>Copy this code:</p><code>{code}</code></body></html>"
            return 200, page.encode(), {"Content-Type": "text/html"}
        sep = "&" if "?" in redirect else "?"
        query = urlencode({"code": code, "state": state})
        return 302, b"", {"Location": f"{redirect}{sep}{query}"}

    def r_token(self, req: _Request):
        app = self.apps.get(req.get("client_id"))
        if not app or app["secret"] != req.get("client_secret"):
            raise _Reply(
                401,
                {"error": "invalid_client", "error_description": "Client authentication failed"},
            )
        if req.get("grant_type") != "authorization_code":
            raise _Reply(400, {"error": "unsupported_grant_type"})
        grant = self.codes.get(req.get("code"))
        bad = {
            "error": "invalid_grant",
            "error_description": "The provided authorization grant "
            "is invalid, expired, revoked, does not match the redirection URI used in the "
            "authorization request, or was issued to another client.",
        }
        if (
            not grant
            or grant["used"]
            or grant["client_id"] != req.get("client_id")
            or grant["redirect_uri"] != req.get("redirect_uri")
        ):
            raise _Reply(400, bad)
        if grant["challenge"]:
            verifier = req.get("code_verifier")
            digest = hashlib.sha256(verifier.encode()).digest()
            if (
                not verifier
                or base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != (grant["challenge"])
            ):
                raise _Reply(400, bad)
        grant["used"] = True
        token = self.issue_token(grant["account_id"], grant["scope"])
        return (
            200,
            {
                "access_token": token,
                "token_type": "Bearer",
                "scope": grant["scope"],
                "created_at": int(self.now().replace(tzinfo=UTC).timestamp()),
            },
            {},
        )

    def r_revoke(self, req: _Request):
        if req.get("token") in self.tokens:
            self.tokens[req.get("token")]["revoked"] = True
        return 200, {}, {}

    # --- routes: accounts / instance ------------------------------------------------------

    def r_verify(self, req: _Request):
        return 200, self._render_account(self._auth(req, "read:accounts")), {}

    def r_account(self, req: _Request, aid: str):
        self._auth(req)
        if aid not in self.accounts:
            raise _err(404, "Record not found")
        return 200, self._render_account(aid), {}

    def r_account_lookup(self, req: _Request):
        """``acct`` = ``user`` or ``user@domain`` of an account this server knows (no
        WebFinger: Mastodon's ``ResolveAccountService(skip_webfinger: true)``)."""
        self._auth(req)
        acct = req.get("acct")
        if not acct:
            raise _err(400, "Missing acct")  # Mastodon: ActionController::ParameterMissing
        user, _, domain = acct.partition("@")
        if domain in (self.domain, self._account_domain):
            acct = user
        for aid, acc in self.accounts.items():
            if acc["acct"].lower() == acct.lower():
                return 200, self._render_account(aid), {}
        raise _err(404, "Record not found")

    def r_account_statuses(self, req: _Request, aid: str):
        reader = self._auth(req, "read:statuses")
        if aid not in self.accounts:
            raise _err(404, "Record not found")
        items = [s for s in self._statuses if s["account_id"] == aid and not s["deleted"]]
        if aid != reader:  # others see public and unlisted posts only
            items = [s for s in items if s["visibility"] in ("public", "unlisted")]
        if req.get("exclude_replies") in ("true", "1"):
            items = [s for s in items if not s["in_reply_to_id"]]
        page, nxt, prev = self._paginate(items, req, default_limit=20, max_limit=40)
        return 200, [self._render_status(s) for s in page], self._link(req, nxt, prev)

    def r_followers(self, req: _Request, aid: str):
        self._auth(req, "read:accounts")
        if aid != self.me_id:
            return 200, [], {}
        page, nxt, prev = self._paginate(self.follows, req, default_limit=40, max_limit=80)
        return (
            200,
            [self._render_account(f["account_id"]) for f in page],
            self._link(req, nxt, prev),
        )

    def _instance_conf(self) -> dict[str, Any]:
        return {
            "statuses": {
                "max_characters": self.max_characters,
                "max_media_attachments": self.max_media_attachments,
                "characters_reserved_per_url": self.characters_reserved_per_url,
            },
            "media_attachments": {
                "image_size_limit": 16_777_216,
                "description_limit": 1500,
                "supported_mime_types": ["image/png", "image/jpeg"],
            },
        }

    def r_instance_v2(self, req: _Request):
        if not self.v2_instance:
            status = getattr(self, "v2_instance_status", 404)
            if status >= 500:  # Takahē until the admin has a profile
                raise _Reply(status, HTML_500.replace(b"{status}", str(status).encode()),
                             {"Content-Type": "text/html"})
            raise _err(404, "Record not found")
        return (
            200,
            {
                "domain": self._account_domain or self.domain,
                "title": "Fake",
                "version": self.version,
                "configuration": self._instance_conf(),
            },
            {},
        )

    def r_instance_v1(self, req: _Request):
        return (
            200,
            {
                "uri": self._account_domain or self.domain,
                **({"account_domain": self._account_domain} if self._account_domain else {}),
                "title": "Fake",
                "version": self.version,
                "max_toot_chars": self.max_characters,
                "configuration": self._instance_conf(),
            },
            {},
        )

    @property
    def account_domain(self) -> str | None:
        """The domain of local handles when it differs from ``domain`` (GoToSocial's
        ``account_domain``, Takahē's handle domain): the instance documents report it (v2
        ``domain``, v1 ``account_domain``/``uri``), and so do WebFinger and the local accounts'
        ``url`` (their ``acct`` has no domain, as on Mastodon)."""
        return self._account_domain

    @account_domain.setter
    def account_domain(self, value: str | None) -> None:
        with self.lock:
            self._account_domain = value
            host = value or self.domain
            for acc in self.accounts.values():
                if "@" not in acc["acct"]:  # local
                    acc["url"] = f"https://{host}/@{acc['username']}"
                    acc["_domain"] = host

    def r_webfinger(self, req: _Request):
        """``acct:user@host`` of a local account (host: the API's own, ``domain`` or
        ``account_domain``) → its JRD, whose ``subject`` names the account domain."""
        user, _, host = req.get("resource").removeprefix("acct:").partition("@")
        local = next(
            (a for a in self.accounts.values() if a["acct"] == user and "@" not in user), None
        )
        hosts = {self.domain, self._account_domain, req.headers.get("host", "")}
        if local is None or host not in hosts:
            raise _err(404, "Record not found")
        domain = self._account_domain or self.domain
        body = {
            "subject": f"acct:{user}@{domain}",
            "aliases": [local["url"], f"https://{domain}/users/{user}"],
            "links": [
                {
                    "rel": "self",
                    "type": "application/activity+json",
                    "href": f"https://{domain}/users/{user}",
                }
            ],
        }
        return 200, body, {"Content-Type": "application/jrd+json; charset=utf-8"}

    # --- routes: media -------------------------------------------------------------------

    def r_media_upload(self, req: _Request):
        self._auth(req, "write:media")
        if "file" not in req.files:
            raise _err(422, "Validation failed: File can't be blank")
        name, data, ctype = req.files["file"]
        mid = self._new_id()
        self.media[mid] = {
            "account_id": self._auth(req),
            "name": name,
            "size": len(data),
            "type": ctype,
            "description": req.get("description"),
            "url": f"https://{self.domain}/media/{mid}.png",
            "polls_left": self.media_processing_polls + 1,
            "data": data,
        }
        if self.media_processing_polls < 0:
            self.media[mid]["polls_left"] = 0
            return 200, self._render_media(mid), {}
        return 202, self._render_media(mid), {}

    def r_media_get(self, req: _Request, mid: str):
        self._auth(req)
        if mid not in self.media:
            raise _err(404, "Record not found")
        m = self.media[mid]
        m["polls_left"] -= 1
        return (200 if m["polls_left"] <= 0 else 206), self._render_media(mid), {}

    # --- routes: statuses -------------------------------------------------------------------

    def _validate_schedule(self, account_id: str, when: datetime, ignore: str = "") -> None:
        if when <= self.now() + timedelta(minutes=5):
            raise _err(
                422, "Validation failed: Scheduled at The scheduled date must be in the future"
            )
        mine = [s for s in self._scheduled if s["account_id"] == account_id and s["id"] != ignore]
        if len(mine) >= self.total_schedule_cap:
            raise _err(
                422,
                "Validation failed: Scheduled at You have exceeded the limit of "
                f"{self.total_schedule_cap} scheduled posts",
            )
        if sum(1 for s in mine if s["scheduled_at"].date() == when.date()) >= (
            self.daily_schedule_cap
        ):
            raise _err(
                422,
                "Validation failed: Scheduled at You have exceeded the limit of "
                f"{self.daily_schedule_cap} scheduled posts for today",
            )

    def r_status_create(self, req: _Request):
        account_id = self._auth(req, "write:statuses")
        key = req.headers.get("idempotency-key", "") if self.honours_idempotency else ""
        if key:
            hit = self.idempotency.get((account_id, key))
            if hit and self.now() - hit["at"] < self.idempotency_ttl:
                if hit["kind"] == "status":
                    st = next(
                        (s for s in self._statuses if s["id"] == hit["id"] and not s["deleted"]),
                        None,
                    )
                    if st:
                        return 200, self._render_status(st), {}
                else:
                    sch = next((s for s in self._scheduled if s["id"] == hit["id"]), None)
                    if sch:
                        return 200, self._render_scheduled(sch), {}
        text = req.get("status")
        media_ids = req.all("media_ids")
        if not text.strip() and not media_ids:
            raise _err(422, "Validation failed: Text can't be blank")
        if len(media_ids) > self.max_media_attachments:
            raise _err(
                422,
                f"Validation failed: Cannot attach more than {self.max_media_attachments} files",
            )
        for mid in media_ids:
            m = self.media.get(mid)
            if not m or m["account_id"] != account_id:
                raise _err(422, "Validation failed: Media attachments are invalid")
            if m["polls_left"] > 0:
                raise _err(
                    422,
                    "Cannot attach files that have not finished processing. Try again in a moment!",
                )
        spoiler = req.get("spoiler_text")
        if count_characters(spoiler + text, self.characters_reserved_per_url) > (
            self.max_characters
        ):
            raise _err(
                422, f"Validation failed: Text character limit of {self.max_characters} exceeded"
            )
        reply_to = req.get("in_reply_to_id")
        if reply_to:
            self._status(reply_to)  # 404 when unknown or deleted
        visibility = req.get("visibility") or "public"
        if visibility not in ("public", "unlisted", "private", "direct"):
            raise _err(422, "Validation failed: Visibility is not included in the list")
        params = {
            "text": text,
            "spoiler_text": spoiler,
            "visibility": visibility,
            "language": req.get("language") or None,
            "in_reply_to_id": reply_to or None,
            "media_ids": media_ids,
        }
        if req.get("scheduled_at") and self.schedule_mode == "501":
            raise _err(501, "scheduled_at is not yet implemented")
        if req.get("scheduled_at") and self.schedule_mode == "422":
            raise _err(422, "Validation failed: scheduled posts are not supported")
        if req.get("scheduled_at") and self.schedule_mode == "hold":
            when = parse_iso(req.get("scheduled_at"))
            if when is None:
                raise _err(422, "Validation failed: Scheduled at is invalid")
            self._validate_schedule(account_id, when)
            sch = {
                "id": self._new_id(),
                "account_id": account_id,
                "scheduled_at": when,
                "params": params,
                "idempotency": key or None,
            }
            self._scheduled.append(sch)
            if key:
                self.idempotency[(account_id, key)] = {
                    "at": self.now(),
                    "kind": "scheduled",
                    "id": sch["id"],
                }
            return 200, self._render_scheduled(sch), {}
        st = self._create_status(account_id, params)
        if key:
            self.idempotency[(account_id, key)] = {
                "at": self.now(),
                "kind": "status",
                "id": st["id"],
            }
        return 200, self._render_status(st), {}

    def r_statuses_batch(self, req: _Request):
        """``GET /api/v1/statuses?id[]=…`` (Mastodon 4.3+): unknown ids are left out."""
        self._auth(req)
        if not self.supports_statuses_batch:
            raise _err(404, "Record not found")
        wanted = req.all("id")[:20]
        out = [self._render_status(st) for st in self._statuses
               if st["id"] in wanted and not st["deleted"]]
        return 200, out, {}

    def r_status_source(self, req: _Request, sid: str):
        """The text as written, for editing (Mastodon 3.5+, GoToSocial, Takahē)."""
        account_id = self._auth(req)
        st = self._status(sid)
        if st["account_id"] != account_id:
            raise _err(404, "Record not found")
        return 200, {"id": sid, "text": st["text"], "spoiler_text": st["spoiler_text"]}, {}

    def r_status_get(self, req: _Request, sid: str):
        self._auth(req)
        return 200, self._render_status(self._status(sid)), {}

    def _not_yours(self) -> _Reply:
        return _err(self.others_status, {404: "Record not found", 401: "Not the author of "
                                         "this status"}.get(self.others_status,
                                                            "This action is not allowed"))

    def r_status_delete(self, req: _Request, sid: str):
        account_id = self._auth(req, "write:statuses")
        st = self._status(sid)
        if st["account_id"] != account_id:
            raise self._not_yours()
        if self.delete_limit is not None:
            now = self.now()
            self._deletes = [t for t in self._deletes if now - t < timedelta(minutes=30)]
            if len(self._deletes) >= self.delete_limit:
                reset = self._deletes[0] + timedelta(minutes=30)
                raise _Reply(429, {"error": "Too many requests"},
                             {"X-RateLimit-Limit": str(self.delete_limit),
                              "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": iso(reset)})
            self._deletes.append(now)
        rendered = self._render_status(st)
        st["deleted"] = True
        self.accounts[account_id]["statuses_count"] -= 1
        return 200, {**rendered, "text": st["text"]}, {}

    def r_status_edit(self, req: _Request, sid: str):
        """``PUT /api/v1/statuses/:id``: everything is replaced (media left out are dropped),
        each edit kept as a version (``/history``)."""
        if not self.supports_edits:
            raise _err(404, "Record not found")  # no such route on this server
        account_id = self._auth(req, "write:statuses")
        st = self._status(sid)
        if st["account_id"] != account_id:
            raise self._not_yours()
        text = req.get("status")
        media_ids = req.all("media_ids")
        if not text.strip() and not media_ids:
            raise _err(422, "Validation failed: Text can't be blank")
        for mid in media_ids:
            m = self.media.get(mid)
            if not m or m["account_id"] != account_id:
                raise _err(422, "Validation failed: Media attachments are invalid")
        spoiler = req.get("spoiler_text")
        if count_characters(spoiler + text, self.characters_reserved_per_url) > (
            self.max_characters
        ):
            raise _err(
                422, f"Validation failed: Text character limit of {self.max_characters} exceeded"
            )
        if not st.get("versions"):
            st["versions"] = [self._version(st, st["created_at"])]
        st.update(text=text, spoiler_text=spoiler, media_ids=media_ids,
                  language=req.get("language") or st["language"], edited_at=self.now())
        st["versions"].append(self._version(st, st["edited_at"]))
        return 200, self._render_status(st), {}

    def _version(self, st: dict[str, Any], at: datetime) -> dict[str, Any]:
        return {"text": st["text"], "spoiler_text": st["spoiler_text"],
                "media_ids": list(st["media_ids"]), "created_at": at}

    def r_status_history(self, req: _Request, sid: str):
        """Every version of a status, oldest first (one when it was never edited)."""
        if not self.supports_edit_history:
            raise _err(404, "Record not found")
        self._auth(req)
        st = self._status(sid)
        versions = st.get("versions") or [self._version(st, st["created_at"])]
        return 200, [{"content": self._content_html(v["text"]),
                      "spoiler_text": v["spoiler_text"], "sensitive": bool(v["spoiler_text"]),
                      "created_at": iso(v["created_at"]),
                      "account": self._render_account(st["account_id"]),
                      "media_attachments": [self._render_media(m) for m in v["media_ids"]
                                            if m in self.media]}
                     for v in versions], {}

    def edits_of(self, sid: str) -> int:
        """How many edits were applied to a status (for tests: exactly once)."""
        st = next(s for s in self._statuses if s["id"] == sid)
        return max(0, len(st.get("versions") or []) - 1)

    def is_deleted(self, sid: str) -> bool:
        return next(s for s in self._statuses if s["id"] == sid)["deleted"]

    def r_context(self, req: _Request, sid: str):
        self._auth(req)
        st = self._status(sid)
        ancestors = []
        cur = st
        while cur["in_reply_to_id"]:
            try:
                cur = self._status(cur["in_reply_to_id"])
            except _Reply:
                break
            ancestors.insert(0, cur)
        descendants: list[dict[str, Any]] = []

        def walk(parent_id: str) -> None:
            for child in self._statuses:
                if child["in_reply_to_id"] == parent_id and not child["deleted"]:
                    descendants.append(child)
                    walk(child["id"])

        walk(st["id"])
        return (
            200,
            {
                "ancestors": [self._render_status(s) for s in ancestors],
                "descendants": [self._render_status(s) for s in descendants],
            },
            {},
        )

    # --- routes: scheduled statuses --------------------------------------------------------

    def _sched(self, account_id: str, sid: str) -> dict[str, Any]:
        if not self.supports_scheduled_statuses:
            raise _err(404, "Record not found")
        for s in self._scheduled:
            if s["id"] == sid and s["account_id"] == account_id:
                return s
        raise _err(404, "Record not found")

    def r_scheduled_list(self, req: _Request):
        account_id = self._auth(req, "read:statuses")
        if not self.supports_scheduled_statuses:
            raise _err(404, "Record not found")
        items = [s for s in self._scheduled if s["account_id"] == account_id]
        page, nxt, prev = self._paginate(items, req, default_limit=20, max_limit=40)
        return 200, [self._render_scheduled(s) for s in page], self._link(req, nxt, prev)

    def r_scheduled_get(self, req: _Request, sid: str):
        return 200, self._render_scheduled(self._sched(self._auth(req, "read:statuses"), sid)), {}

    def r_scheduled_put(self, req: _Request, sid: str):
        account_id = self._auth(req, "write:statuses")
        sch = self._sched(account_id, sid)
        when = parse_iso(req.get("scheduled_at"))
        if when is None:
            raise _err(422, "Validation failed: Scheduled at is invalid")
        self._validate_schedule(account_id, when, ignore=sid)
        sch["scheduled_at"] = when
        return 200, self._render_scheduled(sch), {}

    def r_scheduled_delete(self, req: _Request, sid: str):
        account_id = self._auth(req, "write:statuses")
        sch = self._sched(account_id, sid)
        self._scheduled.remove(sch)
        return 200, {}, {}

    # --- routes: notifications ---------------------------------------------------------------

    def r_notifications(self, req: _Request):
        account_id = self._auth(req, "read:notifications")
        if account_id != self.me_id:
            return 200, [], {}
        types = set(req.all("types"))
        exclude = set(req.all("exclude_types"))
        include_filtered = req.get("include_filtered") == "true"
        items = [
            n
            for n in self.notifications
            if (not types or n["type"] in types)
            and n["type"] not in exclude
            and (include_filtered or not n["filtered"])
        ]
        page, nxt, prev = self._paginate(items, req, default_limit=40, max_limit=80)
        return 200, [self._render_notification(n) for n in page], self._link(req, nxt, prev)

    def r_notification_requests(self, req: _Request):
        self._auth(req, "read:notifications")
        if not self.supports_notification_requests:
            if self.notification_requests_status >= 500:  # Takahē: "requests" taken for an id
                raise _err(self.notification_requests_status, "Internal Server Error")
            raise _err(404, "Record not found")
        by_account: dict[str, list[dict[str, Any]]] = {}
        for n in self.notifications:
            if n["filtered"]:
                by_account.setdefault(n["account_id"], []).append(n)
        out = []
        for aid, notes in by_account.items():
            last = max(notes, key=lambda n: id_key(n["id"]))
            st = next((s for s in self._statuses if s["id"] == last["status_id"]), None)
            out.append(
                {
                    "id": f"req-{last['id']}",
                    "created_at": iso(notes[0]["created_at"]),
                    "updated_at": iso(last["created_at"]),
                    "notifications_count": str(len(notes)),
                    "account": self._render_account(aid),
                    "last_status": self._render_status(st) if st else None,
                }
            )
        return 200, out, {}

    # --- routes: follow requests -----------------------------------------------------------

    def _follow_request_of(self, aid: str) -> dict[str, Any]:
        if not self.supports_follow_requests:
            raise _err(404, "Record not found")
        for fr in self.follow_requests:
            if fr["account_id"] == aid:
                return fr
        raise _err(404, "Record not found")

    def r_follow_requests(self, req: _Request):
        self._auth(req, "read:follows")
        if not self.supports_follow_requests:
            raise _err(404, "Record not found")
        page, nxt, prev = self._paginate(self.follow_requests, req, default_limit=40,
                                         max_limit=80)
        return 200, [self._render_account(fr["account_id"]) for fr in page], self._link(
            req, nxt, prev)

    def r_follow_request_authorize(self, req: _Request, aid: str):
        self._auth(req, "write:follows")
        self.follow_requests.remove(self._follow_request_of(aid))
        self._follow_me(aid)
        return 200, {"id": aid, "following": False, "followed_by": True, "requested": False}, {}

    def r_follow_request_reject(self, req: _Request, aid: str):
        self._auth(req, "write:follows")
        self.follow_requests.remove(self._follow_request_of(aid))
        return 200, {"id": aid, "following": False, "followed_by": False, "requested": False}, {}

    # --- routes: timelines / search --------------------------------------------------------

    def r_tag(self, req: _Request, tag: str):
        self._auth(req)
        items = [
            s
            for s in self._statuses
            if not s["deleted"]
            and s["visibility"] == "public"
            and tag.lower() in (t.lower() for t in TAG_RE.findall(s["text"]))
        ]
        page, nxt, prev = self._paginate(items, req, default_limit=20, max_limit=40)
        return 200, [self._render_status(s) for s in page], self._link(req, nxt, prev)

    def r_search(self, req: _Request):
        self._auth(req, "read:search")
        q = req.get("q").casefold()
        statuses: list[dict[str, Any]] = []
        accounts: list[dict[str, Any]] = []
        if req.get("type") in ("", "accounts") and q.startswith("@"):
            acct = q[1:]
            found = next((a for a, acc in self.accounts.items() if acc["acct"].casefold() == acct),
                         None)
            remote = self.remote_directory.get(acct)
            if found is None and remote is not None and req.get("resolve") == "true":
                user, _, domain = acct.partition("@")
                found = self.add_account(user, domain)  # resolved over WebFinger
                self.accounts[found].update(remote)
            if found is not None:
                accounts.append(self._render_account(found))
        if self.full_text_search and req.get("type") in ("", "statuses") and q:
            items = [s for s in self._statuses if not s["deleted"] and q in s["text"].casefold()]
            statuses, _n, _p = self._paginate(items, req, default_limit=20, max_limit=40)
        return (
            200,
            {
                "accounts": accounts,
                "hashtags": [],
                "statuses": [self._render_status(s) for s in statuses],
            },
            {},
        )


def id_key(value: str) -> tuple[int, str]:
    """Order of ids of one kind: numbers by value, ULIDs (fixed length) as strings."""
    return (len(value), value)


def _crockford(n: int) -> str:
    digits = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    out = ""
    while True:
        n, r = divmod(n, 32)
        out = digits[r] + out
        if n == 0:
            return out


def _scope_ok(granted: str, wanted: str) -> bool:
    have = set(granted.split())
    return wanted in have or wanted.split(":")[0] in have


_ROUTES: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(p), m, n)
    for p, m, n in [
        (r"/api/v1/apps", "POST", "r_apps"),
        (r"/oauth/authorize", "GET", "r_authorize"),
        (r"/oauth/token", "POST", "r_token"),
        (r"/oauth/revoke", "POST", "r_revoke"),
        (r"/api/v1/accounts/verify_credentials", "GET", "r_verify"),
        (r"/api/v1/accounts/lookup", "GET", "r_account_lookup"),
        (r"/api/v1/accounts/([^/]+)/statuses", "GET", "r_account_statuses"),
        (r"/api/v1/accounts/([^/]+)/followers", "GET", "r_followers"),
        (r"/api/v1/accounts/([^/]+)", "GET", "r_account"),
        (r"/api/v2/instance", "GET", "r_instance_v2"),
        (r"/api/v1/instance", "GET", "r_instance_v1"),
        (r"/\.well-known/webfinger", "GET", "r_webfinger"),
        (r"/api/v2/media", "POST", "r_media_upload"),
        (r"/api/v1/media/([^/]+)", "GET", "r_media_get"),
        (r"/api/v1/statuses", "POST", "r_status_create"),
        (r"/api/v1/statuses", "GET", "r_statuses_batch"),
        (r"/api/v1/statuses/([^/]+)/context", "GET", "r_context"),
        (r"/api/v1/statuses/([^/]+)/source", "GET", "r_status_source"),
        (r"/api/v1/statuses/([^/]+)", "GET", "r_status_get"),
        (r"/api/v1/statuses/([^/]+)", "DELETE", "r_status_delete"),
        (r"/api/v1/statuses/([^/]+)", "PUT", "r_status_edit"),
        (r"/api/v1/statuses/([^/]+)/history", "GET", "r_status_history"),
        (r"/api/v1/scheduled_statuses", "GET", "r_scheduled_list"),
        (r"/api/v1/scheduled_statuses/([^/]+)", "GET", "r_scheduled_get"),
        (r"/api/v1/scheduled_statuses/([^/]+)", "PUT", "r_scheduled_put"),
        (r"/api/v1/scheduled_statuses/([^/]+)", "DELETE", "r_scheduled_delete"),
        (r"/api/v1/notifications/requests", "GET", "r_notification_requests"),
        (r"/api/v1/notifications", "GET", "r_notifications"),
        (r"/api/v1/follow_requests", "GET", "r_follow_requests"),
        (r"/api/v1/follow_requests/([^/]+)/authorize", "POST", "r_follow_request_authorize"),
        (r"/api/v1/follow_requests/([^/]+)/reject", "POST", "r_follow_request_reject"),
        (r"/api/v1/timelines/tag/([^/]+)", "GET", "r_tag"),
        (r"/api/v2/search", "GET", "r_search"),
    ]
]


def _route(method: str, path: str) -> tuple[str, tuple[str, ...]] | None:
    for pattern, verb, name in _ROUTES:
        m = pattern.fullmatch(path)
        if m and verb == method:
            return name, m.groups()
    return None


# --- HTTP front end ----------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    fake: FakeMastodon

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: pytest output stays readable."""

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def _parse(self, method: str) -> _Request:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        ctype = self.headers.get("Content-Type", "")
        form: list[tuple[str, str]] = []
        files: dict[str, tuple[str, bytes, str]] = {}
        if ctype.startswith("application/x-www-form-urlencoded"):
            form = parse_qsl(raw.decode("utf-8"), keep_blank_values=True)
        elif ctype.startswith("application/json") and raw:
            data = json.loads(raw)
            for k, v in data.items():
                for item in v if isinstance(v, list) else [v]:
                    form.append((k, "" if item is None else str(item)))
        elif ctype.startswith("multipart/form-data"):
            msg = BytesParser(policy=HTTP).parsebytes(
                b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + raw
            )
            for part in msg.iter_parts():
                name = part.get_param("name", header="content-disposition")
                filename = part.get_param("filename", header="content-disposition")
                payload = part.get_payload(decode=True) or b""
                if filename is not None:
                    files[name] = (filename, payload, part.get_content_type())
                else:
                    form.append((name, payload.decode("utf-8")))
        return _Request(
            method,
            parts.path,
            parse_qsl(parts.query, keep_blank_values=True),
            form,
            files,
            {k.lower(): v for k, v in self.headers.items()},
        )

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client is gone
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def _kill(self) -> None:
        """Reset the connection (RST, not FIN) and stop handling it."""
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        self.close_connection = True

    def _handle(self, method: str) -> None:
        fake = self.fake
        req = self._parse(method)
        fault = fake.take_fault(method, req.path)
        if fault and fault.kind == "http":
            headers = {"Content-Type": fault.content_type, **fault.headers}
            if fault.reset_in is not None:
                headers.update(
                    {
                        "X-RateLimit-Limit": str(fake.rate_limit_limit),
                        "X-RateLimit-Remaining": "0",
                        "X-RateLimit-Reset": iso(fake.now() + timedelta(seconds=fault.reset_in)),
                    }
                )
            with fake.lock:
                fake.requests_log.append(
                    {
                        "method": method,
                        "path": req.path,
                        "query": list(req.query),
                        "form": list(req.form),
                        "headers": {},
                        "fault": fault.status,
                    }
                )
            self._send(fault.status, headers, fault.body)
            return
        if fault and not fault.apply and fault.kind in ("timeout", "drop", "reset"):
            if fault.kind == "timeout":
                fake._stopping.wait(fault.delay)
            self._kill()
            return
        status, headers, body = fake.dispatch(req)
        if fault is not None:
            fault.applied.set()
        if fault is None:
            self._send(status, headers, body)
        elif fault.kind == "timeout":
            fake._stopping.wait(fault.delay)
            self._kill()
        elif fault.kind == "drop":
            self._kill()
        elif fault.kind == "reset":
            with contextlib.suppress(OSError):
                head = f"HTTP/1.1 {status} OK\r\nContent-Type: application/json\r\n"
                head += f"Content-Length: {len(body)}\r\n\r\n"
                self.wfile.write(head.encode() + body[: max(1, len(body) // 2)])
                self.wfile.flush()
            self._kill()
        elif fault.kind == "http_after":
            self._send(fault.status, {"Content-Type": fault.content_type}, fault.body)
        elif fault.kind == "malformed":
            self._send(
                status,
                {**headers, "Content-Type": "application/json"},
                body[: max(1, len(body) // 2)] + b"<!--",
            )
        else:  # pragma: no cover - unknown fault kind is a test bug
            raise ValueError(f"unknown fault kind {fault.kind}")
