"""A fake Bluesky (AT Protocol) server for tests: real HTTP on 127.0.0.1, in-memory state, faults.

It covers the read side mbdesk uses (notifications, threads, followers, profiles, posts, search)
and the write calls with the rules that matter for exactly-once publishing, with the reference
PDS's behaviour where it is odd:

* ``createSession`` (counted in ``logins``), ``refreshSession`` rotates both tokens (the old
  refresh token stops working), ``expire_access()`` makes every live access token answer
  **400 ExpiredToken**, ``revoke_refresh()`` makes the refresh fail the same way;
* ``createRecord`` with an rkey that exists answers **500 InternalServerError** (as the
  reference PDS does) and keeps one record; an rkey that is not a TID or a text over
  300 graphemes / 3000 bytes answers 400 InvalidRequest; ``getRecord`` of a missing key answers
  400 RecordNotFound; ``deleteRecord`` of a missing record is a no-op success (counted in
  ``delete_calls``);
* ``listNotifications`` is newest first with an opaque cursor; ``updateSeen`` is recorded;
* every answer has ``RateLimit-*`` headers (reset in epoch seconds);
* like a PDS without a default AppView, ``app.bsky.*`` calls need ``atproto-proxy:
  <appview_did>#bsky_appview``: without it they answer 400 InvalidRequest "No service configured
  for ..." (the reference PDS's words), with a malformed value or another DID a 400 as well.
  Every call's header (or None) is kept in ``proxy_log`` as ``(nsid, value)``.

Faults (``server.faults``, first match on the NSID, each ``times`` times):
``Fault.http(nsid, status, body)``, ``Fault.rate_limit(nsid, reset_in)``,
``Fault.malformed(nsid, apply=...)`` (200 with a broken body), ``Fault.drop(nsid, apply=...)``
(close the connection without answering), ``Fault.expired(nsid)`` (400 ExpiredToken once).
"""

from __future__ import annotations

import json
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import regex

TID_RE = regex.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")
# a BCP 47 tag as the PDS checks it: a 2-3 letter language (or i-/x- forms), optional subtags
LANG_RE = regex.compile(r"^(?:[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*|[ix]-[A-Za-z0-9]{1,8})$")


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class Fault:
    nsid: str
    kind: str  # http | malformed | drop
    status: int = 500
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    apply: bool = False  # do the real work before failing the answer
    times: int = 1

    @classmethod
    def http(cls, nsid: str, status: int, body: Any = None, times: int = 1,
             apply: bool = False) -> Fault:
        return cls(nsid, "http", status, body if body is not None else
                   {"error": "InternalServerError", "message": "Internal Server Error"},
                   times=times, apply=apply)

    @classmethod
    def rate_limit(cls, nsid: str, reset_in: int = 120, times: int = 1) -> Fault:
        reset = int(now().replace(tzinfo=UTC).timestamp()) + reset_in
        return cls(nsid, "http", 429, {"error": "RateLimitExceeded", "message": "Rate Limit "
                                       "Exceeded"},
                   headers={"RateLimit-Limit": "3000", "RateLimit-Remaining": "0",
                            "RateLimit-Reset": str(reset), "RateLimit-Policy": "3000;w=300"},
                   times=times)

    @classmethod
    def expired(cls, nsid: str, times: int = 1) -> Fault:
        return cls(nsid, "http", 400, {"error": "ExpiredToken", "message": "Token has expired"},
                   times=times)

    @classmethod
    def malformed(cls, nsid: str, apply: bool = False, times: int = 1) -> Fault:
        return cls(nsid, "malformed", 200, apply=apply, times=times)

    @classmethod
    def drop(cls, nsid: str, apply: bool = False, times: int = 1) -> Fault:
        return cls(nsid, "drop", 0, apply=apply, times=times)


class XrpcError(Exception):
    def __init__(self, status: int, error: str, message: str = "") -> None:
        super().__init__(error)
        self.status, self.error, self.message = status, error, message or error


class FakeBluesky:
    """One PDS + AppView in memory; the main account is ``shop.test``."""

    def __init__(self, handle: str = "shop.test", password: str = "abcd-efgh-ijkl-mnop") -> None:
        self.lock = threading.RLock()
        self.handle, self.password = handle, password
        self.did = "did:plc:shop000000000000000000"
        self.actors: dict[str, dict] = {}  # did -> profile view
        self.add_actor(self.did, handle, "The Shop")
        self.access: dict[str, bool] = {}  # token -> live
        self.refresh: dict[str, bool] = {}
        self.logins = 0
        self.refreshes = 0
        self.records: dict[str, dict] = {}  # rkey -> {uri, cid, value}
        self.create_calls = 0
        self.blobs: dict[str, bytes] = {}
        self.notifications: list[dict] = []  # newest first
        self.seen_at: list[str] = []
        self.followers: list[str] = []  # dids, newest first
        self.posts: dict[str, dict] = {}  # uri -> post view (AppView side)
        self.faults: list[Fault] = []
        self.requests_log: list[tuple[str, str, dict]] = []
        self.appview_did = "did:web:api.bsky.app"
        self.proxy_log: list[tuple[str, str | None]] = []
        self.rate_remaining = 3000
        self._httpd: ThreadingHTTPServer | None = None

    # --- lifecycle ------------------------------------------------------------------------

    def start(self) -> FakeBluesky:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self) -> FakeBluesky:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    # --- test set-up ----------------------------------------------------------------------

    def add_actor(self, did: str, handle: str, name: str = "", **counts: int) -> dict:
        actor = {"did": did, "handle": handle, "displayName": name,
                 "avatar": f"https://cdn.test/{handle}.jpg", "description": f"I am {handle}",
                 "followersCount": counts.get("followers", 0),
                 "followsCount": counts.get("follows", 0), "postsCount": counts.get("posts", 0)}
        with self.lock:
            self.actors[did] = actor
        return actor

    def add_post(self, author_did: str, text: str, *, reply_to: str = "",
                 at: datetime | None = None, likes: int = 0, reposts: int = 0,
                 replies: int = 0) -> str:
        """A post on the AppView side (someone else's or ours); returns its URI."""
        at = at or now()
        rkey = secrets.token_hex(6)
        uri = f"at://{author_did}/app.bsky.feed.post/{rkey}"
        record: dict[str, Any] = {"$type": "app.bsky.feed.post", "text": text,
                                  "createdAt": iso(at)}
        if reply_to:
            parent = self.posts[reply_to]
            root = (parent["record"].get("reply") or {}).get("root") or {
                "uri": reply_to, "cid": parent["cid"]}
            record["reply"] = {"root": root, "parent": {"uri": reply_to, "cid": parent["cid"]}}
        with self.lock:
            self.posts[uri] = {"uri": uri, "cid": "bafy" + rkey, "author": self.actors[
                author_did], "record": record, "indexedAt": iso(at), "likeCount": likes,
                "repostCount": reposts, "replyCount": replies}
        return uri

    def notify(self, reason: str, author_did: str, text: str, *, at: datetime | None = None,
               reply_to: str = "") -> str:
        """Someone mentions/replies/quotes/likes: a post plus a notification; returns the URI."""
        at = at or now()
        uri = self.add_post(author_did, text, reply_to=reply_to, at=at)
        post = self.posts[uri]
        with self.lock:
            self.notifications.insert(0, {
                "uri": uri, "cid": post["cid"], "author": self.actors[author_did],
                "reason": reason, "record": post["record"], "isRead": False,
                "indexedAt": iso(at), "labels": []})
            self.notifications.sort(key=lambda n: n["indexedAt"], reverse=True)
        return uri

    def expire_access(self) -> None:
        with self.lock:
            for token in self.access:
                self.access[token] = False

    def revoke_refresh(self) -> None:
        with self.lock:
            for token in self.refresh:
                self.refresh[token] = False

    def calls(self, nsid: str) -> list[dict]:
        return [q for m, n, q in self.requests_log if n == nsid]

    # --- the XRPC methods -----------------------------------------------------------------

    def _new_pair(self) -> dict:
        access, refresh = "acc-" + secrets.token_hex(12), "ref-" + secrets.token_hex(12)
        self.access[access] = True
        self.refresh[refresh] = True
        return {"accessJwt": access, "refreshJwt": refresh, "did": self.did,
                "handle": self.handle, "active": True}

    def _auth(self, headers) -> None:
        token = (headers.get("Authorization") or "").removeprefix("Bearer ").strip()
        if not token:
            raise XrpcError(401, "AuthMissing", "Authentication Required")
        if token not in self.access:
            raise XrpcError(400, "InvalidToken", "Token could not be verified")
        if not self.access[token]:
            raise XrpcError(400, "ExpiredToken", "Token has expired")

    def dispatch(self, method: str, nsid: str, query: dict, body: Any, raw: bytes,
               headers) -> Any:
        with self.lock:
            if nsid == "com.atproto.server.createSession":
                self.logins += 1
                if (body.get("identifier") not in (self.handle, "shop@example.test")
                        or body.get("password") != self.password):
                    raise XrpcError(401, "AuthenticationRequired", "Invalid identifier or "
                                    "password")
                return self._new_pair()
            if nsid == "com.atproto.server.refreshSession":
                token = (headers.get("Authorization") or "").removeprefix("Bearer ").strip()
                if not self.refresh.get(token):
                    raise XrpcError(400, "ExpiredToken", "Token has been revoked")
                self.refresh[token] = False
                self.refreshes += 1
                return self._new_pair()
            if nsid == "com.atproto.identity.resolveHandle":
                for actor in self.actors.values():
                    if actor["handle"] == query.get("handle", [""])[0]:
                        return {"did": actor["did"]}
                raise XrpcError(400, "HandleNotFound", "Unable to resolve handle")
            self._auth(headers)
            if nsid.startswith("app.bsky."):
                self._check_proxy(nsid, headers.get("atproto-proxy"))
            return getattr(self, "x_" + nsid.replace(".", "_"))(query, body, raw, headers)

    def _check_proxy(self, nsid: str, proxy: str | None) -> None:
        """What a PDS with no default AppView does (@atproto/pds ``parseProxyInfo``)."""
        if not proxy:
            raise XrpcError(400, "InvalidRequest", f"No service configured for {nsid}")
        did, sep, service_id = proxy.partition("#")
        if not did or not sep or not service_id or "#" in service_id or " " in proxy:
            raise XrpcError(400, "InvalidRequest", "invalid proxy header format")
        if did != self.appview_did or service_id != "bsky_appview":
            raise XrpcError(400, "InvalidRequest", "could not resolve proxy did service url")

    def x_com_atproto_server_getSession(self, q, b, raw, h) -> dict:
        return {"did": self.did, "handle": self.handle, "active": True}

    def x_com_atproto_repo_createRecord(self, q, body, raw, h) -> dict:
        self.create_calls += 1
        rkey = body.get("rkey") or ""
        if body.get("repo") != self.did:
            raise XrpcError(400, "InvalidRequest", "Invalid repo")
        if not TID_RE.match(rkey):
            raise XrpcError(400, "InvalidRequest", f"Invalid record key: Invalid TID string "
                            f"(got {rkey!r})")
        text = str((body.get("record") or {}).get("text") or "")
        if len(regex.findall(r"\X", text)) > 300 or len(text.encode()) > 3000:
            raise XrpcError(400, "InvalidRequest", "Invalid app.bsky.feed.post record: string "
                            "too long at $.record.text")
        langs = (body.get("record") or {}).get("langs")
        if langs is not None:  # lexicon: at most 3 BCP 47 language tags
            if not isinstance(langs, list) or len(langs) > 3:
                raise XrpcError(400, "InvalidRequest", "Invalid app.bsky.feed.post record: "
                                "Record/langs must not have more than 3 elements")
            for i, tag in enumerate(langs):
                if not isinstance(tag, str) or not LANG_RE.match(tag):
                    raise XrpcError(400, "InvalidRequest", "Invalid app.bsky.feed.post record: "
                                    f"Record/langs/{i} must be a well-formed BCP 47 language tag")
        if rkey in self.records:
            raise XrpcError(500, "InternalServerError", "Internal Server Error")
        uri = f"at://{self.did}/app.bsky.feed.post/{rkey}"
        cid = "bafyrei" + secrets.token_hex(8)
        self.records[rkey] = {"uri": uri, "cid": cid, "value": body["record"]}
        self.posts[uri] = {"uri": uri, "cid": cid, "author": self.actors[self.did],
                           "record": body["record"], "indexedAt": iso(now()), "likeCount": 0,
                           "repostCount": 0, "replyCount": 0}
        return {"uri": uri, "cid": cid, "validationStatus": "valid"}

    def x_com_atproto_repo_getRecord(self, q, b, raw, h) -> dict:
        repo, coll, rkey = (q.get(k, [""])[0] for k in ("repo", "collection", "rkey"))
        if repo == self.did and coll == "app.bsky.feed.post" and rkey in self.records:
            return self.records[rkey]
        uri = f"at://{repo}/{coll}/{rkey}"
        if uri in self.posts:
            p = self.posts[uri]
            return {"uri": uri, "cid": p["cid"], "value": p["record"]}
        raise XrpcError(400, "RecordNotFound", f"Could not locate record: {uri}")

    def x_com_atproto_repo_deleteRecord(self, q, body, raw, h) -> dict:
        """As the reference PDS: another repo than the session's is refused (401
        AuthRequired), a record that does not exist is a no-op success."""
        self.delete_calls = getattr(self, "delete_calls", 0) + 1
        if body.get("repo") != self.did:
            raise XrpcError(401, "AuthRequired", "Authentication Required")
        if body.get("collection") != "app.bsky.feed.post":
            raise XrpcError(400, "InvalidRequest", "Invalid collection")
        rkey = str(body.get("rkey") or "")
        record = self.records.pop(rkey, None)
        if record is None:
            return {}
        self.posts.pop(record["uri"], None)
        return {"commit": {"cid": "bafyrei" + secrets.token_hex(8), "rev": rkey}}

    def x_com_atproto_repo_uploadBlob(self, q, b, raw, h) -> dict:
        cid = "bafkrei" + secrets.token_hex(8)
        self.blobs[cid] = raw
        return {"blob": {"$type": "blob", "ref": {"$link": cid},
                         "mimeType": h.get("Content-Type", ""), "size": len(raw)}}

    def _page(self, items: list, q: dict, limit_default: int = 50) -> tuple[list, str | None]:
        limit = int(q.get("limit", [str(limit_default)])[0])
        start = int(q.get("cursor", ["0"])[0] or 0)
        chunk = items[start:start + limit]
        nxt = str(start + limit) if start + limit < len(items) else None
        return chunk, nxt

    def x_app_bsky_notification_listNotifications(self, q, b, raw, h) -> dict:
        reasons = q.get("reasons") or q.get("reasons[]")
        items = [n for n in self.notifications if not reasons or n["reason"] in reasons]
        chunk, nxt = self._page(items, q)
        out: dict[str, Any] = {"notifications": chunk}
        if nxt:
            out["cursor"] = nxt
        return out

    def x_app_bsky_notification_updateSeen(self, q, body, raw, h) -> dict:
        self.seen_at.append(body.get("seenAt"))
        return {}

    def x_app_bsky_feed_getPostThread(self, q, b, raw, h) -> dict:
        uri = q.get("uri", [""])[0]
        if uri not in self.posts:
            raise XrpcError(400, "NotFound", f"Post not found: {uri}")

        def node(u: str) -> dict:
            return {"$type": "app.bsky.feed.defs#threadViewPost", "post": self.posts[u]}

        thread = node(uri)
        cur, cur_uri = thread, uri
        while True:
            parent = (self.posts[cur_uri]["record"].get("reply") or {}).get("parent")
            if not parent or parent["uri"] not in self.posts:
                break
            cur["parent"] = node(parent["uri"])
            cur, cur_uri = cur["parent"], parent["uri"]

        def replies(u: str) -> list:
            out = []
            for p in self.posts.values():
                if ((p["record"].get("reply") or {}).get("parent") or {}).get("uri") == u:
                    n = node(p["uri"])
                    n["replies"] = replies(p["uri"])
                    out.append(n)
            return out

        thread["replies"] = replies(uri)
        return {"thread": thread}

    def x_app_bsky_graph_getFollowers(self, q, b, raw, h) -> dict:
        chunk, nxt = self._page(self.followers, q)
        out: dict[str, Any] = {"subject": self.actors[self.did],
                               "followers": [self.actors[d] for d in chunk]}
        if nxt:
            out["cursor"] = nxt
        return out

    def x_app_bsky_actor_getProfile(self, q, b, raw, h) -> dict:
        actor = q.get("actor", [""])[0]
        for a in self.actors.values():
            if actor in (a["did"], a["handle"]):
                return a
        raise XrpcError(400, "InvalidRequest", "Profile not found")

    def x_app_bsky_feed_getAuthorFeed(self, q, b, raw, h) -> dict:
        """Posts by ``actor`` (DID or handle), newest first; the lexicon's limits and filters."""
        actor = q.get("actor", [""])[0]
        if not actor:
            raise XrpcError(400, "InvalidRequest", 'Error: Params must have the property "actor"')
        limit = int(q.get("limit", ["50"])[0])
        if not 1 <= limit <= 100:
            raise XrpcError(400, "InvalidRequest", "limit must be between 1 and 100")
        filt = q.get("filter", ["posts_with_replies"])[0]
        if filt not in ("posts_with_replies", "posts_no_replies", "posts_with_media",
                        "posts_and_author_threads", "posts_with_video"):
            raise XrpcError(400, "InvalidRequest", "Invalid filter")
        did = next((a["did"] for a in self.actors.values() if actor in (a["did"], a["handle"])),
                   None)
        if did is None:
            raise XrpcError(400, "InvalidRequest", "Profile not found")
        posts = [p for p in self.posts.values() if p["author"]["did"] == did
                 and not (filt == "posts_no_replies" and p["record"].get("reply"))]
        posts.sort(key=lambda p: p["indexedAt"], reverse=True)
        chunk, nxt = self._page(posts, q)
        out: dict[str, Any] = {"feed": [{"post": p} for p in chunk]}
        if nxt:
            out["cursor"] = nxt
        return out

    def x_app_bsky_feed_getPosts(self, q, b, raw, h) -> dict:
        uris = q.get("uris") or q.get("uris[]") or []
        if len(uris) > 25:
            raise XrpcError(400, "InvalidRequest", "uris must not have more than 25 elements")
        return {"posts": [self.posts[u] for u in uris if u in self.posts]}

    def x_app_bsky_feed_searchPosts(self, q, b, raw, h) -> dict:
        term = q.get("q", [""])[0].lower()
        since = q.get("since", [""])[0]
        hits = [p for p in self.posts.values() if term in p["record"]["text"].lower()
                and (not since or p["indexedAt"] >= since)]
        hits.sort(key=lambda p: p["indexedAt"], reverse=True)
        chunk, nxt = self._page(hits, q, 25)
        out: dict[str, Any] = {"posts": chunk}
        if nxt:
            out["cursor"] = nxt
        return out


class _Handler(BaseHTTPRequestHandler):
    fake: FakeBluesky
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def _serve(self, method: str) -> None:
        parts = urlsplit(self.path)
        nsid = parts.path.removeprefix("/xrpc/")
        query = parse_qs(parts.query, keep_blank_values=True)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        body: Any = {}
        if raw and (self.headers.get("Content-Type") or "").startswith("application/json"):
            body = json.loads(raw)
        fake = self.fake
        with fake.lock:
            fake.requests_log.append((method, nsid, query))
            fake.proxy_log.append((nsid, self.headers.get("atproto-proxy")))
            fault = next((f for f in fake.faults if f.nsid == nsid), None)
            if fault is not None:
                fault.times -= 1
                if fault.times <= 0:
                    fake.faults.remove(fault)
            fake.rate_remaining = max(0, fake.rate_remaining - 1)
        rate = {"RateLimit-Limit": "3000", "RateLimit-Remaining": str(fake.rate_remaining),
                "RateLimit-Reset": str(int(now().replace(tzinfo=UTC).timestamp()) + 300),
                "RateLimit-Policy": "3000;w=300"}
        if fault is not None and not fault.apply:
            if fault.kind == "drop":
                self.close_connection = True
                self.connection.close()
            elif fault.kind == "malformed":
                self._send_raw(b'{"uri": "at://trunc')
            else:
                self._send(fault.status, fault.body, {**rate, **fault.headers})
            return
        try:
            result, status = fake.dispatch(method, nsid, query, body, raw, self.headers), 200
        except XrpcError as exc:
            result, status = {"error": exc.error, "message": exc.message}, exc.status
        if fault is not None:
            if fault.kind == "drop":
                self.close_connection = True
                self.connection.close()
                return
            if fault.kind == "malformed":
                self._send_raw(b'{"uri": "at://trunc')
                return
            self._send(fault.status, fault.body, {**rate, **fault.headers})
            return
        self._send(status, result, rate)

    def _send_raw(self, data: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _send(self, status: int, body: Any, headers: dict[str, str]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")
