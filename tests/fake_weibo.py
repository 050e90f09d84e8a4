"""A fake Sina Weibo open API v2 for tests: real HTTP on 127.0.0.1, in-memory state, faults.

As strict as the real server where mbdesk depends on it (../shared/docs/PLATFORMS.md "Sina
Weibo"; open.weibo.com/wiki/2):

* ``/oauth2/access_token`` (app key + secret + code + the registered redirect URI), and
  ``/oauth2/get_token_info`` (``expire_in`` seconds left); tokens expire (21327) or are revoked
  (21332); every API call needs ``Authorization: OAuth2 <token>`` (else 21301);
* ``statuses/share.json`` refuses text without a link on the app's safe domain (10017), the
  ``#topic#`` syntax (10017), more than 140 units (20012), and the same text as one of the
  account's posts of the last 10 minutes (20019); a ``pic`` is one multipart file under 5 MB;
  returned texts have links shortened to ``http://t.cn/…`` with a ``url_struct``;
* ``statuses/update.json`` and ``statuses/upload.json`` answer 10014 (closed to ordinary apps);
* ``statuses/user_timeline.json`` shows only the newest ``timeline_visible`` own posts, and
  posts in ``timeline_lag`` are not shown yet;
* ``comments/reply.json`` prefixes "回复@name:" unless ``without_mention=1``;
* errors are ``{"error", "error_code", "request"}`` (HTTP 400/403 as Weibo does), ids are
  64-bit (``id`` number and ``idstr`` string), times ``Tue May 31 17:46:55 +0800 2011``.

Faults (``server.faults``, first match on the API name, e.g. ``"statuses/share"``):
``Fault(name, "drop", apply=True)`` (do it, then close the connection: a lost answer),
``Fault(name, "http", status=502)`` (do nothing, HTML 5xx), ``Fault(name, "slow", delay=3)``
(do it, answer late), ``Fault(name, "code", code="10023")`` (an error code, nothing done).
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from mbdesk.domain import text as text_rules

CST = timezone(timedelta(hours=8))
ERRORS = {
    "10014": "Insufficient app permissions",
    "10017": "Parameter (status)'s value invalid",
    "10023": "User requests out of rate limit!",
    "20012": "Text too long, please input text less than 140 characters!",
    "20019": "Repeat weibo text!",
    "20101": "Target weibo does not exist!",
    "20201": "Target weibo comment does not exist!",
    "21301": "Auth faild!",
    "21327": "Token expired!",
    "21332": "Invalid access token!",
    "10001": "System error!",
}


def wtime(dt: datetime) -> str:
    return dt.replace(tzinfo=UTC).astimezone(CST).strftime("%a %b %d %H:%M:%S %z %Y")


@dataclass
class Fault:
    name: str
    kind: str  # drop | http | slow | code
    status: int = 502
    code: str = ""
    delay: float = 3.0
    apply: bool = True
    times: int = 1


class _Error(Exception):
    def __init__(self, code: str, status: int = 400, text: str = "") -> None:
        super().__init__(code)
        self.code, self.status, self.text = code, status, text or ERRORS.get(code, "error")


@dataclass
class _Req:
    method: str
    name: str
    path: str
    params: dict[str, str]
    files: dict[str, tuple[str, bytes, str]]
    headers: dict[str, str]


@dataclass
class FakeWeibo:
    app_key: str = "3001"
    app_secret: str = "s3cr3t-app"
    redirect_uri: str = "https://api.weibo.com/oauth2/default.html"
    safe_domain: str = "shop.example"
    me: str = "5001000000000001"
    screen_name: str = "小面包店"
    token_lifetime: timedelta = timedelta(days=30)
    timeline_visible: int = 5
    # friendships/followers shows apps only the newest part of a large list (PLATFORMS.md);
    # the count in users/show stays the whole number
    followers_visible: int = 5000
    faults: list[Fault] = field(default_factory=list)
    requests_log: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lock = threading.RLock()
        self.time_offset = timedelta(0)
        self.users: dict[str, dict[str, Any]] = {}
        self.statuses: dict[str, dict[str, Any]] = {}
        self.comments: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, dict[str, Any]] = {}
        self.codes: dict[str, str] = {}
        self.followers: list[str] = []
        self.timeline_lag: set[str] = set()
        self._next = 4_900_000_000_000_000
        self._short = 0
        self._httpd: ThreadingHTTPServer | None = None
        self.add_user(self.me, self.screen_name)
        self.token = self.issue_token()

    # --- lifecycle -------------------------------------------------------------------------

    def __enter__(self) -> FakeWeibo:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    @property
    def url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def now(self) -> datetime:
        return datetime.now(UTC).replace(tzinfo=None) + self.time_offset

    def advance(self, delta: timedelta) -> None:
        with self.lock:
            self.time_offset += delta

    def _id(self) -> str:
        self._next += 1_000_003
        return str(self._next)

    # --- state helpers for tests ---------------------------------------------------------

    def add_user(self, uid: str, name: str, followers: int = 10) -> str:
        self.users[uid] = {"id": int(uid), "idstr": uid, "screen_name": name, "name": name,
                           "followers_count": followers, "friends_count": 3,
                           "statuses_count": 0, "verified": False, "description": "",
                           "profile_image_url": f"https://tvax1.sinaimg.cn/{uid}.jpg"}
        return uid

    def issue_token(self, uid: str | None = None, lifetime: timedelta | None = None) -> str:
        token = f"2.00tok{len(self.tokens) + 1:04d}xyz"
        self.tokens[token] = {"uid": uid or self.me, "created": self.now(),
                              "expires": self.now() + (lifetime or self.token_lifetime),
                              "revoked": False}
        return token

    def expire_token(self, token: str | None = None) -> None:
        self.tokens[token or self.token]["expires"] = self.now() - timedelta(seconds=1)

    def issue_code(self) -> str:
        code = f"code{len(self.codes) + 1:03d}"
        self.codes[code] = self.me
        return code

    def own_statuses(self) -> list[dict[str, Any]]:
        return [s for s in self.statuses.values() if s["uid"] == self.me]

    def own_comments(self) -> list[dict[str, Any]]:
        return [c for c in self.comments.values() if c["uid"] == self.me]

    def add_status(self, uid: str, text: str, at: datetime | None = None) -> str:
        sid = self._id()
        self.statuses[sid] = {"id": sid, "uid": uid, "text": text, "created": at or self.now(),
                              "pic": None, "reposts": 0, "attitudes": 0}
        self.users[uid]["statuses_count"] += 1
        return sid

    def add_comment(self, uid: str, sid: str, text: str, reply_to: str = "") -> str:
        cid = self._id()
        self.comments[cid] = {"id": cid, "uid": uid, "sid": sid, "text": text,
                              "created": self.now(), "reply_to": reply_to}
        return cid

    def add_followers(self, n: int) -> list[str]:
        out = []
        for _ in range(n):
            # users are never removed, so their number makes a fresh id on every call
            uid = self.add_user(str(6_000_000_000 + len(self.users)), f"粉丝{len(self.users)}")
            self.followers.insert(0, uid)
            out.append(uid)
        self.users[self.me]["followers_count"] = len(self.followers)
        return out

    def remove_follower(self, uid: str) -> None:
        self.followers.remove(uid)
        self.users[self.me]["followers_count"] = len(self.followers)

    def calls(self, name: str) -> list[dict[str, Any]]:
        return [r for r in self.requests_log if r["name"] == name]

    # --- rendering ------------------------------------------------------------------------

    def _shorten(self, text: str) -> tuple[str, list[dict[str, Any]]]:
        structs: list[dict[str, Any]] = []

        def sub(m: re.Match[str]) -> str:
            self._short += 1
            short = f"http://t.cn/A6{self._short:05d}"
            structs.append({"short_url": short, "ori_url": m.group(0), "url_title": "网页链接"})
            return short

        return re.sub(r"https?://[^\s]+", sub, text), structs

    def _user(self, uid: str) -> dict[str, Any]:
        return dict(self.users[uid])

    def _status(self, st: dict[str, Any], trim: bool = False) -> dict[str, Any]:
        text, structs = self._shorten(st["text"])
        out = {"id": int(st["id"]), "idstr": st["id"], "mid": st["id"],
               "created_at": wtime(st["created"]), "text": text,
               "comments_count": sum(1 for c in self.comments.values() if c["sid"] == st["id"]),
               "reposts_count": st["reposts"], "attitudes_count": st["attitudes"],
               "pic_ids": [st["pic"]] if st["pic"] else []}
        if structs:
            out["url_struct"] = structs
        out["user"] = {"id": int(st["uid"])} if trim else self._user(st["uid"])
        return out

    def _comment(self, c: dict[str, Any]) -> dict[str, Any]:
        text, structs = self._shorten(c["text"])
        out = {"id": int(c["id"]), "idstr": c["id"], "mid": c["id"],
               "created_at": wtime(c["created"]), "text": text, "user": self._user(c["uid"]),
               "status": self._status(self.statuses[c["sid"]])}
        if c["reply_to"] and c["reply_to"] in self.comments:
            parent = self.comments[c["reply_to"]]
            out["reply_comment"] = {"id": int(parent["id"]), "idstr": parent["id"],
                                    "text": parent["text"], "user": self._user(parent["uid"])}
        if structs:
            out["url_struct"] = structs
        return out

    # --- dispatch -------------------------------------------------------------------------

    def take_fault(self, name: str) -> Fault | None:
        with self.lock:
            for f in self.faults:
                if f.name == name:
                    f.times -= 1
                    if f.times <= 0:
                        self.faults.remove(f)
                    return f
        return None

    def _auth(self, req: _Req) -> str:
        header = req.headers.get("authorization", "")
        token = header[len("OAuth2 "):] if header.startswith("OAuth2 ") else req.params.get(
            "access_token", "")
        info = self.tokens.get(token)
        if info is None:
            raise _Error("21332" if token else "21301", 401)
        if info["revoked"]:
            raise _Error("21332", 401)
        if info["expires"] <= self.now():
            raise _Error("21327", 401)
        return info["uid"]

    def handle(self, req: _Req) -> tuple[int, Any]:
        with self.lock:
            self.requests_log.append({"method": req.method, "name": req.name,
                                      "params": dict(req.params), "files": list(req.files)})
            route = getattr(self, "r_" + req.name.replace("/", "_"), None)
            if route is None:
                return 404, {"error": "Request Api not found!", "error_code": 10021,
                             "request": req.path}
            try:
                return 200, route(req)
            except _Error as e:
                return e.status, {"error": e.text, "error_code": int(e.code),
                                  "request": req.path}

    # --- oauth ----------------------------------------------------------------------------

    def r_oauth2_access_token(self, req: _Req) -> Any:
        p = req.params
        if p.get("client_id") != self.app_key or p.get("client_secret") != self.app_secret:
            raise _Error("21324", 400, "invalid_client")
        if p.get("redirect_uri") != self.redirect_uri:
            raise _Error("21322", 400, "redirect_uri_mismatch")
        uid = self.codes.pop(p.get("code", ""), None)
        if uid is None:
            raise _Error("21325", 400, "invalid_grant")
        token = self.issue_token(uid)
        left = int(self.token_lifetime.total_seconds())
        return {"access_token": token, "remind_in": str(left), "expires_in": left,
                "uid": uid, "isRealName": "true"}

    def r_oauth2_get_token_info(self, req: _Req) -> Any:
        info = self.tokens.get(req.params.get("access_token", ""))
        if info is None or info["revoked"]:
            raise _Error("21332", 400)
        left = int((info["expires"] - self.now()).total_seconds())
        if left <= 0:
            raise _Error("21327", 400)
        return {"uid": int(info["uid"]), "appkey": self.app_key, "scope": "",
                "create_at": int(info["created"].timestamp()), "expire_in": left}

    # --- api ------------------------------------------------------------------------------

    def r_account_get_uid(self, req: _Req) -> Any:
        return {"uid": int(self._auth(req))}

    def r_users_show(self, req: _Req) -> Any:
        self._auth(req)
        uid = req.params.get("uid", "")
        if uid not in self.users:
            raise _Error("20003", 400, "User does not exists!")
        return self._user(uid)

    def _check_share(self, uid: str, text: str) -> None:
        if re.search(r"#[^#\s][^#\n]*#", text):
            raise _Error("10017", 400, "Parameter (status)'s value invalid: #topic#")
        hosts = [urlsplit(u).hostname or "" for u in re.findall(r"https?://[^\s]+", text)]
        if not any(h == self.safe_domain or h.endswith("." + self.safe_domain) for h in hosts):
            raise _Error("10017", 400, "Parameter (status)'s value invalid: the text must "
                         "contain a link on the app's safe domain")
        if text_rules.count("weibo", text).count > 140:
            raise _Error("20012", 400)
        for st in self.statuses.values():
            if st["uid"] == uid and st["text"] == text and \
                    self.now() - st["created"] < timedelta(minutes=10):
                raise _Error("20019", 400)

    def r_statuses_share(self, req: _Req) -> Any:
        uid = self._auth(req)
        if req.method != "POST":
            raise _Error("10021", 405, "HTTP method is not suported for this request!")
        text = req.params.get("status", "")
        self._check_share(uid, text)
        pic = req.files.get("pic")
        if pic is not None and (len(pic[1]) >= 5 * 1024 * 1024 or not pic[1]):
            raise _Error("20006", 400, "Image size too large.")
        sid = self.add_status(uid, text)
        if pic is not None:
            self.statuses[sid]["pic"] = f"pic{sid[-6:]}"
        return self._status(self.statuses[sid])

    def r_statuses_update(self, req: _Req) -> Any:
        self._auth(req)
        raise _Error("10014", 403)

    def r_statuses_upload(self, req: _Req) -> Any:
        self._auth(req)
        raise _Error("10014", 403)

    def r_statuses_user_timeline(self, req: _Req) -> Any:
        uid = self._auth(req)
        own = sorted((s for s in self.statuses.values() if s["uid"] == uid),
                     key=lambda s: s["created"], reverse=True)[:self.timeline_visible]
        shown = [s for s in own if s["id"] not in self.timeline_lag]
        return {"statuses": [self._status(s, trim=req.params.get("trim_user") == "1")
                             for s in shown], "total_number": len(own)}

    def r_statuses_show(self, req: _Req) -> Any:
        self._auth(req)
        st = self.statuses.get(req.params.get("id", ""))
        if st is None:
            raise _Error("20101", 400)
        return self._status(st)

    def r_statuses_destroy(self, req: _Req) -> Any:
        """POST only; one's own posts only (20102), a post that is gone answers 20101."""
        uid = self._auth(req)
        if req.method != "POST":
            raise _Error("10021", 405, "HTTP method is not suported for this request!")
        st = self.statuses.get(req.params.get("id", ""))
        if st is None:
            raise _Error("20101", 400, "Target weibo does not exist!")
        if st["uid"] != uid:
            raise _Error("20102", 400, "Not your own weibo!")
        out = self._status(st)
        del self.statuses[st["id"]]
        for cid in [c["id"] for c in self.comments.values() if c["sid"] == st["id"]]:
            del self.comments[cid]
        self.users[uid]["statuses_count"] -= 1
        return out

    def r_comments_destroy(self, req: _Req) -> Any:
        """POST only; one's own comments only (20203), a comment that is gone answers 20201."""
        uid = self._auth(req)
        if req.method != "POST":
            raise _Error("10021", 405, "HTTP method is not suported for this request!")
        c = self.comments.get(req.params.get("cid", ""))
        if c is None:
            raise _Error("20201", 400, "Target weibo comment does not exist!")
        if c["uid"] != uid:
            raise _Error("20203", 400, "Not your own comment!")
        out = self._comment(c)
        del self.comments[c["id"]]
        return out

    def r_comments_show_batch(self, req: _Req) -> Any:
        """Comments by id (up to 50); ids that are gone are left out."""
        self._auth(req)
        cids = [i for i in req.params.get("cids", "").split(",") if i][:50]
        return [self._comment(self.comments[i]) for i in cids if i in self.comments]

    def r_statuses_count(self, req: _Req) -> Any:
        self._auth(req)
        ids = [i for i in req.params.get("ids", "").split(",") if i]
        if len(ids) > 100:
            raise _Error("10017", 400, "Parameter (ids)'s value invalid")
        out = []
        for i in ids:
            st = self.statuses.get(i)
            if st is not None:
                out.append({"id": int(i), "idstr": i, "reposts": st["reposts"],
                            "attitudes": st["attitudes"], "comments": sum(
                                1 for c in self.comments.values() if c["sid"] == i)})
        return out

    def _page(self, items: list[dict[str, Any]], req: _Req) -> list[dict[str, Any]]:
        """Newest first; since_id exclusive, max_id inclusive (Weibo's paging)."""
        items = sorted(items, key=lambda x: int(x["id"]), reverse=True)
        since, max_id = req.params.get("since_id"), req.params.get("max_id")
        if since:
            items = [x for x in items if int(x["id"]) > int(since)]
        if max_id and max_id != "0":
            items = [x for x in items if int(x["id"]) <= int(max_id)]
        count = min(int(req.params.get("count") or 50), 200)
        return items[:count]

    def r_comments_to_me(self, req: _Req) -> Any:
        uid = self._auth(req)
        mine = [c for c in self.comments.values()
                if self.statuses[c["sid"]]["uid"] == uid and c["uid"] != uid]
        return {"comments": [self._comment(c) for c in self._page(mine, req)]}

    def r_comments_mentions(self, req: _Req) -> Any:
        uid = self._auth(req)
        name = "@" + self.users[uid]["screen_name"]
        hits = [c for c in self.comments.values() if name in c["text"] and c["uid"] != uid]
        return {"comments": [self._comment(c) for c in self._page(hits, req)]}

    def r_statuses_mentions(self, req: _Req) -> Any:
        uid = self._auth(req)
        name = "@" + self.users[uid]["screen_name"]
        hits = [s for s in self.statuses.values() if name in s["text"] and s["uid"] != uid]
        return {"statuses": [self._status(s) for s in self._page(hits, req)]}

    def r_comments_show(self, req: _Req) -> Any:
        self._auth(req)
        sid = req.params.get("id", "")
        if sid not in self.statuses:
            raise _Error("20101", 400)
        cs = [c for c in self.comments.values() if c["sid"] == sid]
        page = max(1, int(req.params.get("page") or 1))
        count = min(int(req.params.get("count") or 50), 200)
        cs = sorted(cs, key=lambda c: int(c["id"]), reverse=True)[(page - 1) * count:page * count]
        return {"comments": [self._comment(c) for c in cs], "total_number": len(cs)}

    def _check_comment(self, text: str) -> None:
        if not text.strip():
            raise _Error("10016", 400, "Miss required parameter (comment)")
        if text_rules.count("weibo", text).count > 140:
            raise _Error("20012", 400)

    def r_comments_create(self, req: _Req) -> Any:
        uid = self._auth(req)
        sid, text = req.params.get("id", ""), req.params.get("comment", "")
        if sid not in self.statuses:
            raise _Error("20101", 400)
        self._check_comment(text)
        return self._comment(self.comments[self.add_comment(uid, sid, text)])

    def r_comments_reply(self, req: _Req) -> Any:
        uid = self._auth(req)
        sid, cid = req.params.get("id", ""), req.params.get("cid", "")
        text = req.params.get("comment", "")
        if sid not in self.statuses:
            raise _Error("20101", 400)
        parent = self.comments.get(cid)
        if parent is None or parent["sid"] != sid:
            raise _Error("20201", 400)
        self._check_comment(text)
        if req.params.get("without_mention") != "1":
            text = f"回复@{self.users[parent['uid']]['screen_name']}:{text}"
        return self._comment(self.comments[self.add_comment(uid, sid, text, reply_to=cid)])

    def r_friendships_followers(self, req: _Req) -> Any:
        self._auth(req)
        cursor = int(req.params.get("cursor") or 0)
        count = min(int(req.params.get("count") or 50), 200)
        shown = self.followers[:self.followers_visible]
        page = shown[cursor:cursor + count]
        nxt = cursor + count if cursor + count < len(shown) else 0
        return {"users": [self._user(u) for u in page], "next_cursor": nxt,
                "previous_cursor": cursor, "total_number": len(self.followers)}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    fake: FakeWeibo

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _parse(self, method: str) -> _Req:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        ctype = self.headers.get("Content-Type", "")
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        files: dict[str, tuple[str, bytes, str]] = {}
        if ctype.startswith("application/x-www-form-urlencoded"):
            params.update(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
        elif ctype.startswith("multipart/form-data"):
            msg = BytesParser(policy=HTTP).parsebytes(
                b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + raw)
            for part in msg.iter_parts():
                name = part.get_param("name", header="content-disposition")
                filename = part.get_param("filename", header="content-disposition")
                payload = part.get_payload(decode=True) or b""
                if filename is not None:
                    files[name] = (filename, payload, part.get_content_type())
                else:
                    params[name] = payload.decode("utf-8")
        path = parts.path
        name = path[len("/2/"):] if path.startswith("/2/") else path.lstrip("/")
        name = name.removesuffix(".json")
        return _Req(method, name, path, params, files,
                    {k.lower(): v for k, v in self.headers.items()})

    def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def _handle(self, method: str) -> None:
        req = self._parse(method)
        fault = self.fake.take_fault(req.name)
        if fault is not None and fault.kind == "http":
            self._send(fault.status, b"<html>502 Bad Gateway</html>", "text/html")
            return
        if fault is not None and fault.kind == "code":
            body = {"error": ERRORS.get(fault.code, "error"), "error_code": int(fault.code),
                    "request": req.path}
            self._send(403, json.dumps(body).encode())
            return
        status, body = self.fake.handle(req)
        if fault is not None and fault.kind == "drop":
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(2)
            return
        if fault is not None and fault.kind == "slow":
            time.sleep(fault.delay)
        self._send(status, json.dumps(body, ensure_ascii=False).encode())
