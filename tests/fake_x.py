"""A fake X API v2 for tests: real HTTP on 127.0.0.1, in-memory state, switchable faults.

Written from X's OpenAPI spec and docs.x.com, as strict as X where it matters to mbdesk:

* OAuth 2.0 with PKCE: ``GET /i/oauth2/authorize`` (answers the browser with a redirect to the
  loopback address with ``code`` and ``state``; the redirect URI must be the registered one,
  port included), ``POST /2/oauth2/token`` for ``authorization_code`` (S256 verifier checked)
  and ``refresh_token``. Access tokens live ``token_lifetime`` seconds (2 hours); refresh tokens
  **rotate**: a used one is refused (400 invalid_request) ever after. ``expire_access()`` ends
  every live access token now (401 problem JSON).
* Errors are problem JSON (``title``, ``detail``, ``type``, ``status``). ``access_level =
  "free"`` refuses the reading endpoints with X's 403 ``client-forbidden`` /
  ``client-not-enrolled`` problem; posting, deleting, media and ``/2/users/me`` still work.
* ``POST /2/tweets`` has no idempotency key; the same text as an own post of the last 24 hours
  is refused with 403 "duplicate content". Links in a stored text become t.co links with
  ``entities.urls``; an image adds its own t.co link at the end; a reply starts with the
  replied-to author's ``@username``.
* Every answer has ``x-rate-limit-limit/-remaining/-reset`` (reset in epoch seconds) per
  endpoint; a spent window answers 429.
* Private metrics (``non_public_metrics``, ``organic_metrics``: impressions, ``url_link_clicks``
  when the post has a link, profile clicks) are served, when asked for in ``tweet.fields``, only
  to a user-context token, only for the signed-in user's own posts created in the last 30 days
  (docs.x.com "Metrics"). Any other post asked for with them is left out of ``data`` and named
  in ``errors`` as a "Field Authorization Error" (``.../problems/not-authorized-for-field``), as
  X does. ``app_bearer()`` issues an app-only token (public data only).

Faults (``server.faults``; first match on method + path prefix, each ``times`` times):
``Fault.http(status, ...)`` (a problem answer, nothing done), ``Fault.drop(..., apply=True)``
(do the work, then close the connection without answering: the lost answer),
``Fault.slow(delay, ...)`` (answer after ``delay`` seconds), ``Fault.rate_limit(...)``.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from mbdesk.domain import text as text_rules

FORBIDDEN_TYPE = "https://api.twitter.com/2/problems/client-forbidden"
FIELD_TYPE = "https://api.twitter.com/2/problems/not-authorized-for-field"
PRIVATE_METRICS = ("non_public_metrics", "organic_metrics", "promoted_metrics")
PRIVATE_DAYS = 30
READ_PATHS = (re.compile(r"^/2/users/\d+/(mentions|tweets|followers)$"),
              re.compile(r"^/2/users/by/username/[^/]+$"), re.compile(r"^/2/users/\d+$"),
              re.compile(r"^/2/tweets$"), re.compile(r"^/2/tweets/\d+$"),
              re.compile(r"^/2/tweets/search/recent$"))
URL_RE = re.compile(r"https?://[^\s]+")


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


@dataclass
class Fault:
    kind: str  # http | drop | slow
    method: str | None = None
    path: str | None = None
    times: int = 1
    status: int = 500
    body: Any = None
    apply: bool = False
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method:
            return False
        return not (self.path and not path.startswith(self.path))

    @classmethod
    def http(cls, status: int, *, method: str | None = None, path: str | None = None,
             times: int = 1, apply: bool = False) -> Fault:
        return cls("http", method, path, times, status,
                   {"title": "Service Unavailable" if status >= 500 else "Error",
                    "detail": f"fake {status}", "type": "about:blank", "status": status},
                   apply=apply)

    @classmethod
    def drop(cls, *, method: str | None = None, path: str | None = None, times: int = 1,
             apply: bool = True) -> Fault:
        return cls("drop", method, path, times, apply=apply)

    @classmethod
    def slow(cls, delay: float, *, method: str | None = None, path: str | None = None,
             times: int = 1) -> Fault:
        return cls("slow", method, path, times, delay=delay, apply=True)

    @classmethod
    def rate_limit(cls, *, method: str | None = None, path: str | None = None,
                   reset_in: int = 900, times: int = 1) -> Fault:
        reset = int(time.time()) + reset_in
        return cls("http", method, path, times, 429,
                   {"title": "Too Many Requests", "detail": "Too Many Requests",
                    "type": "about:blank", "status": 429},
                   headers={"x-rate-limit-limit": "75", "x-rate-limit-remaining": "0",
                            "x-rate-limit-reset": str(reset)})


class Problem(Exception):
    def __init__(self, status: int, title: str, detail: str, type_: str = "about:blank",
                 **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.body = {"title": title, "detail": detail, "type": type_, "status": status, **extra}
        self.headers: dict[str, str] = {}


class FakeX:
    """One X in memory; the main account is ``shop`` (id ``1000``)."""

    def __init__(self, client_id: str = "test-client-id", *, access_level: str = "basic",
                 redirect_uri: str = "") -> None:
        self.lock = threading.RLock()
        self.client_id = client_id
        self.access_level = access_level  # "free" refuses the reading endpoints
        self.redirect_uri = redirect_uri  # registered callback; "" = accept any loopback
        self.token_lifetime = 7200
        self.users: dict[str, dict[str, Any]] = {}
        self.me_id = "1000"
        self.add_user(self.me_id, "shop", "The Shop")
        self.tweets: dict[str, dict[str, Any]] = {}
        self.followers: list[str] = []
        self.media: dict[str, dict[str, Any]] = {}
        self.access: dict[str, float] = {}  # token -> expiry (epoch)
        self.app_only: set[str] = set()  # app-only bearer tokens (no user context)
        self._user_context = True  # of the request being answered (set under the lock)
        self.refresh: dict[str, bool] = {}  # token -> still usable
        self.codes: dict[str, dict[str, str]] = {}
        self.refreshes = 0
        self.create_calls = 0
        self.delete_calls = 0
        # per-endpoint windows where X documents its own (DELETE /2/tweets/:id: 50 per 15 min
        # per user); the rest use ``window_limit``
        self.endpoint_limits: dict[str, int] = {"DELETE /2/tweets/:id": 50}
        self.faults: list[Fault] = []
        self.requests_log: list[tuple[str, str, dict[str, Any]]] = []
        self.limits: dict[str, list[float]] = {}  # endpoint -> [remaining, reset]
        self.window = 900
        self.window_limit = 300
        self._next_id = 1_800_000_000_000_000_000
        self._httpd: ThreadingHTTPServer | None = None
        self.access_token, self.refresh_token = self.issue_pair()

    # --- lifecycle ----------------------------------------------------------------------------

    def start(self) -> FakeX:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self) -> FakeX:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    # --- set-up -------------------------------------------------------------------------------

    def new_id(self) -> str:
        with self.lock:
            self._next_id += 1
            return str(self._next_id)

    def add_user(self, user_id: str, username: str, name: str = "", followers: int = 0) -> dict:
        user = {"id": user_id, "username": username, "name": name or username,
                "description": f"I am {username}", "verified": False,
                "profile_image_url": f"https://pbs.test/{username}.jpg",
                "public_metrics": {"followers_count": followers, "following_count": 3,
                                   "tweet_count": 0, "listed_count": 0}}
        with self.lock:
            self.users[user_id] = user
        return user

    def issue_pair(self) -> tuple[str, str]:
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        with self.lock:
            self.access[access] = time.time() + self.token_lifetime
            self.refresh[refresh] = True
        return access, refresh

    def app_bearer(self) -> str:
        """An app-only bearer token: public data only, never the private metrics."""
        token = secrets.token_urlsafe(24)
        with self.lock:
            self.access[token] = time.time() + self.token_lifetime
            self.app_only.add(token)
        return token

    def set_link_clicks(self, tweet_id: str, clicks: int, impressions: int = 0) -> None:
        """What X counted privately for a post (only its author sees it)."""
        with self.lock:
            self.tweets[tweet_id]["_clicks"] = clicks
            self.tweets[tweet_id]["_impressions"] = impressions

    def expire_access(self) -> None:
        with self.lock:
            for token in self.access:
                self.access[token] = 0.0

    def add_tweet(self, author_id: str, text: str, *, reply_to: str = "",
                  media_keys: tuple[str, ...] = (), at: datetime | None = None,
                  likes: int = 0, retweets: int = 0, replies: int = 0) -> str:
        """A post (ours or someone else's) with X's text rules applied; returns its id."""
        tid = self.new_id()
        body = text
        urls = []
        if reply_to:
            parent = self.tweets[reply_to]
            body = f"@{self.users[parent['author_id']]['username']} {body}"
        for m in list(URL_RE.finditer(body)):
            short = "https://t.co/" + secrets.token_hex(5)
            urls.append({"url": short, "expanded_url": m.group(0),
                         "display_url": m.group(0).split("//", 1)[1][:25]})
        for u in urls:
            body = body.replace(u["expanded_url"], u["url"], 1)
        for key in media_keys:
            short = "https://t.co/" + secrets.token_hex(5)
            username = self.users[author_id]["username"]
            urls.append({"url": short, "media_key": key,
                         "expanded_url": f"https://x.com/{username}/status/{tid}/photo/1",
                         "display_url": "pic.x.com/abc"})
            body = f"{body} {short}"
        for u in urls:
            start = body.find(u["url"])
            u["start"], u["end"] = start, start + len(u["url"])
        tweet: dict[str, Any] = {
            "id": tid, "text": body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
            "author_id": author_id, "created_at": iso(at or now()),
            "conversation_id": tid, "lang": "en", "edit_history_tweet_ids": [tid],
            "public_metrics": {"retweet_count": retweets, "reply_count": replies,
                               "like_count": likes, "quote_count": 0}}
        if urls:
            tweet["entities"] = {"urls": urls}
        if reply_to:
            parent = self.tweets[reply_to]
            tweet["referenced_tweets"] = [{"type": "replied_to", "id": reply_to}]
            tweet["in_reply_to_user_id"] = parent["author_id"]
            tweet["conversation_id"] = parent["conversation_id"]
            parent["public_metrics"]["reply_count"] += 1
        if media_keys:
            tweet["attachments"] = {"media_keys": list(media_keys)}
        with self.lock:
            self.tweets[tid] = tweet
            self.users[author_id]["public_metrics"]["tweet_count"] += 1
        return tid

    def own_tweets(self) -> list[dict[str, Any]]:
        with self.lock:
            return [t for t in self.tweets.values() if t["author_id"] == self.me_id]

    def follow(self, user_id: str) -> None:
        with self.lock:
            self.followers.insert(0, user_id)
            self.users[self.me_id]["public_metrics"]["followers_count"] = len(self.followers)

    # --- the API ------------------------------------------------------------------------------

    def _rate(self, key: str) -> dict[str, str]:
        with self.lock:
            limit = self.endpoint_limits.get(key, self.window_limit)
            remaining, reset = self.limits.get(key, [limit, 0.0])
            if reset <= time.time():
                remaining, reset = limit, time.time() + self.window
            if remaining <= 0:
                raise Problem(429, "Too Many Requests", "Too Many Requests")
            remaining -= 1
            self.limits[key] = [remaining, reset]
        return {"x-rate-limit-limit": str(limit),
                "x-rate-limit-remaining": str(int(remaining)),
                "x-rate-limit-reset": str(int(reset))}

    def _auth(self, headers: Any) -> str:
        value = headers.get("Authorization") or ""
        token = value.removeprefix("Bearer ").strip()
        with self.lock:
            expiry = self.access.get(token)
        if not token or expiry is None or expiry <= time.time():
            raise Problem(401, "Unauthorized", "Unauthorized")
        return token

    def _forbidden(self) -> Problem:
        return Problem(403, "Client Forbidden",
                       "When authenticating requests to the Twitter API v2 endpoints, you must "
                       "use keys and tokens from a Twitter developer App that is attached to a "
                       "Project. You can create a project via the developer portal.",
                       FORBIDDEN_TYPE, reason="client-not-enrolled",
                       required_enrollment="Appropriate Level of API Access",
                       client_id=self.client_id)

    def handle(self, method: str, path: str, query: dict[str, str], body: Any,
               headers: Any) -> tuple[int, Any, dict[str, str]]:
        if path == "/2/oauth2/token" and method == "POST":
            return 200, self._token(body), {}
        if path == "/i/oauth2/authorize" and method == "GET":
            return self._authorize(query)
        token = self._auth(headers)
        key = method + " " + re.sub(r"/\d+", "/:id", path)
        rate = self._rate(key)
        if self.access_level == "free" and method == "GET" and any(
                p.match(path) for p in READ_PATHS):
            problem = self._forbidden()
            problem.headers = rate
            raise problem
        with self.lock:  # one request at a time sees its own auth kind
            self._user_context = token not in self.app_only
            answer = self._route(method, path, query, body)
        return 200 if method != "POST" or path != "/2/tweets" else 201, answer, rate

    def _token(self, form: dict[str, str]) -> dict[str, Any]:
        if form.get("client_id") != self.client_id:
            raise Problem(400, "invalid_client", "Missing valid authorization header")
        grant = form.get("grant_type")
        with self.lock:
            if grant == "refresh_token":
                old = form.get("refresh_token", "")
                if not self.refresh.get(old):
                    raise Problem(400, "invalid_request",
                                  "Value passed for the token was invalid.")
                self.refresh[old] = False  # rotation: a used refresh token is dead
                self.refreshes += 1
            elif grant == "authorization_code":
                code = self.codes.pop(form.get("code", ""), None)
                if code is None or code["redirect_uri"] != form.get("redirect_uri"):
                    raise Problem(400, "invalid_request",
                                  "Value passed for the authorization code was invalid.")
                digest = hashlib.sha256(form.get("code_verifier", "").encode()).digest()
                if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != code["challenge"]:
                    raise Problem(400, "invalid_request", "code_verifier does not match")
            else:
                raise Problem(400, "unsupported_grant_type", str(grant))
        access, refresh = self.issue_pair()
        self.access_token, self.refresh_token = access, refresh
        return {"token_type": "bearer", "expires_in": self.token_lifetime,
                "access_token": access, "refresh_token": refresh,
                "scope": "tweet.read tweet.write users.read follows.read offline.access"}

    def _authorize(self, query: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        redirect = query.get("redirect_uri", "")
        if query.get("client_id") != self.client_id or (
                self.redirect_uri and redirect != self.redirect_uri):
            raise Problem(400, "invalid_request", "Something went wrong (redirect_uri)")
        if query.get("code_challenge_method") != "S256" or "offline.access" not in query.get(
                "scope", ""):
            raise Problem(400, "invalid_request", "PKCE S256 and offline.access expected")
        code = secrets.token_urlsafe(16)
        with self.lock:
            self.codes[code] = {"redirect_uri": redirect,
                                "challenge": query.get("code_challenge", "")}
        target = f"{redirect}?{urlencode({'state': query.get('state', ''), 'code': code})}"
        return 302, None, {"Location": target}

    def _user_view(self, user_id: str) -> dict[str, Any]:
        return dict(self.users[user_id])

    def _includes(self, tweets: list[dict[str, Any]], query: dict[str, str]) -> dict[str, Any]:
        if "author_id" not in query.get("expansions", ""):
            return {}
        ids = dict.fromkeys(t["author_id"] for t in tweets)
        return {"includes": {"users": [self._user_view(i) for i in ids]}}

    def _page(self, items: list[dict[str, Any]], query: dict[str, str],
              default: int = 10) -> dict[str, Any]:
        size = max(1, min(int(query.get("max_results") or default), 1000))
        start = int(query.get("pagination_token") or 0)
        page = items[start:start + size]
        meta: dict[str, Any] = {"result_count": len(page)}
        if page and "id" in page[0] and "username" not in page[0]:
            meta["newest_id"], meta["oldest_id"] = page[0]["id"], page[-1]["id"]
        if start + size < len(items):
            meta["next_token"] = str(start + size)
        out: dict[str, Any] = {"meta": meta}
        if page:
            out["data"] = page
        return out

    def _route(self, method: str, path: str, query: dict[str, str], body: Any) -> Any:
        parts = path.strip("/").split("/")
        with self.lock:
            if path == "/2/users/me":
                return {"data": self._user_view(self.me_id)}
            if method == "POST" and path == "/2/tweets":
                return self._create(body)
            if method == "DELETE" and len(parts) == 3 and parts[1] == "tweets":
                self.delete_calls += 1
                if parts[2] not in self.tweets:
                    raise Problem(404, "Not Found Error", "Could not find tweet")
                if self.tweets[parts[2]]["author_id"] != self.me_id:
                    raise Problem(403, "Forbidden", "You are not allowed to delete this Tweet.")
                del self.tweets[parts[2]]
                return {"data": {"deleted": True}}
            if method == "POST" and path == "/2/media/upload":
                media_id = self.new_id()
                self.media[media_id] = {"size": len(body.get("media", b"")),
                                        "category": body.get("media_category", ""),
                                        "alt": ""}
                return {"data": {"id": media_id, "media_key": f"3_{media_id}",
                                 "size": self.media[media_id]["size"]}}
            if method == "POST" and path == "/2/media/metadata":
                media = self.media.get(str(body.get("id")))
                if media is None:
                    raise Problem(400, "Invalid Request", "unknown media id")
                media["alt"] = body["metadata"]["alt_text"]["text"]
                return {"data": {"id": body["id"], "associated_metadata": True}}
            if len(parts) == 5 and parts[1:4] == ["users", "by", "username"]:
                found = next((u for u in self.users if
                              self.users[u]["username"].lower() == parts[4].lower()), None)
                return self._user_or_errors(found, "username", parts[4])
            if len(parts) == 3 and parts[1] == "users" and parts[2] != "me":
                return self._user_or_errors(parts[2] if parts[2] in self.users else None,
                                            "id", parts[2])
            if len(parts) == 4 and parts[1] == "users":
                return self._user_list(parts[2], parts[3], query)
            if path == "/2/tweets":
                ids = [i for i in query.get("ids", "").split(",") if i]
                if not ids or len(ids) > 100:
                    raise Problem(400, "Invalid Request", "ids: 1 to 100 ids")
                found, errors = self._with_private_metrics(
                    [self.tweets[i] for i in ids if i in self.tweets], query)
                errors += [{"value": i, "title": "Not Found Error", "detail": "not found",
                            "type": "https://api.twitter.com/2/problems/resource-not-found"}
                           for i in ids if i not in self.tweets]
                answer: dict[str, Any] = {}
                if found:
                    answer.update(data=found, **self._includes(found, query))
                if errors:
                    answer["errors"] = errors
                return answer
            if path == "/2/tweets/search/recent":
                q = query.get("query", "")
                if q.startswith("conversation_id:"):
                    conv = q.split(":", 1)[1]
                    hits = [t for t in self.tweets.values() if t["conversation_id"] == conv]
                else:
                    hits = [t for t in self.tweets.values() if q.lower() in t["text"].lower()]
                if query.get("since_id"):  # "returns results with a Post ID greater than"
                    hits = [t for t in hits if int(t["id"]) > int(query["since_id"])]
                hits.sort(key=lambda t: int(t["id"]), reverse=True)
                page = self._page(hits, query)
                return {**page, **self._includes(page.get("data", []), query)}
            if len(parts) == 3 and parts[1] == "tweets":
                tweet = self.tweets.get(parts[2])
                if tweet is None:
                    return {"errors": [{"title": "Not Found Error", "type":
                                        "https://api.twitter.com/2/problems/resource-not-found",
                                        "detail": f"Could not find tweet with id: [{parts[2]}]."}]}
                return {"data": tweet, **self._includes([tweet], query)}
        raise Problem(404, "Not Found", f"no route {method} {path}")

    def _with_private_metrics(self, tweets: list[dict[str, Any]], query: dict[str, str],
                              ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The tweets with the private metrics asked for, where this caller may see them;
        the others are left out and named in ``errors`` (X's Field Authorization Error)."""
        wanted = [f for f in query.get("tweet.fields", "").split(",") if f in PRIVATE_METRICS]
        if not wanted:
            return list(tweets), []
        cutoff = iso(now() - timedelta(days=PRIVATE_DAYS))
        out, errors = [], []
        for tweet in tweets:
            allowed = (self._user_context and tweet["author_id"] == self.me_id
                       and tweet["created_at"] >= cutoff)
            if not allowed:
                field_name = f"{wanted[0]}.impression_count"
                errors.append({
                    "value": tweet["id"], "resource_id": tweet["id"], "resource_type": "tweet",
                    "parameter": "ids", "section": "data", "field": field_name,
                    "title": "Field Authorization Error", "type": FIELD_TYPE,
                    "detail": f"Sorry, you are not authorized to access '{field_name}' on the "
                              f"Tweet with ids: [{tweet['id']}]."})
                continue
            private: dict[str, int] = {"impression_count": int(tweet.get("_impressions", 0)),
                                       "user_profile_clicks": 0}
            if tweet.get("entities", {}).get("urls"):  # X sends it only for posts with a link
                private["url_link_clicks"] = int(tweet.get("_clicks", 0))
            shown = dict(tweet)
            for name in wanted:
                if name == "promoted_metrics":
                    continue  # never promoted here
                shown[name] = dict(private)
                if name == "organic_metrics":
                    pm = tweet["public_metrics"]
                    shown[name].update(like_count=pm["like_count"], reply_count=pm["reply_count"],
                                       retweet_count=pm["retweet_count"])
            out.append(shown)
        return out, errors

    def _user_or_errors(self, user_id: str | None, parameter: str, value: str) -> Any:
        """One user, or X's 200 answer with only ``errors`` for an unknown one."""
        if user_id is None:
            return {"errors": [{
                "value": value, "detail": f"Could not find user with {parameter}: [{value}].",
                "title": "Not Found Error", "resource_type": "user", "parameter": parameter,
                "type": "https://api.twitter.com/2/problems/resource-not-found"}]}
        return {"data": self._user_view(user_id)}

    def _user_list(self, user_id: str, what: str, query: dict[str, str]) -> Any:
        if user_id not in self.users:
            raise Problem(404, "Not Found Error", "Could not find user")
        if what == "followers":
            return self._page([self._user_view(u) for u in self.followers], query, 100)
        me = self.users[user_id]["username"]
        if what == "mentions":
            items = [t for t in self.tweets.values() if t["author_id"] != user_id and (
                f"@{me}" in t["text"] or t.get("in_reply_to_user_id") == user_id)]
        elif what == "tweets":
            if not 5 <= int(query.get("max_results") or 10) <= 100:
                raise Problem(400, "Invalid Request", "max_results: 5 to 100")
            if self.users[user_id].get("protected") and user_id != self.me_id:
                return {"errors": [{
                    "title": "Authorization Error", "resource_type": "user",
                    "type": "https://api.twitter.com/2/problems/not-authorized-for-resource",
                    "detail": f"Sorry, you are not authorized to see the user with id: "
                              f"[{user_id}]."}]}
            items = [t for t in self.tweets.values() if t["author_id"] == user_id]
            if "replies" in query.get("exclude", ""):
                items = [t for t in items if "in_reply_to_user_id" not in t]
            start = query.get("start_time")
            if start:
                items = [t for t in items if t["created_at"] >= start]
        else:
            raise Problem(404, "Not Found", what)
        if query.get("since_id"):
            items = [t for t in items if int(t["id"]) > int(query["since_id"])]
        items.sort(key=lambda t: int(t["id"]), reverse=True)
        page = self._page(items, query)
        return {**page, **self._includes(page.get("data", []), query)}

    def _create(self, body: Any) -> dict[str, Any]:
        self.create_calls += 1
        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            raise Problem(400, "Invalid Request", "One or more parameters to your request was "
                          "invalid.")
        text = body["text"]
        if not text_rules.count(text_rules.X, text).fits:
            raise Problem(400, "Invalid Request", "Your Tweet text is too long.")
        cutoff = iso(now() - timedelta(hours=24))
        for t in self.own_tweets():
            if t["created_at"] >= cutoff and self._sent_text(t) == text:
                raise Problem(403, "Forbidden",
                              "You are not allowed to create a Tweet with duplicate content.")
        reply_to = str((body.get("reply") or {}).get("in_reply_to_tweet_id") or "")
        if reply_to and reply_to not in self.tweets:
            raise Problem(403, "Forbidden", "You attempted to reply to a Tweet that is deleted "
                          "or not visible to you.")
        media_ids = [str(m) for m in (body.get("media") or {}).get("media_ids") or []]
        if any(m not in self.media for m in media_ids):
            raise Problem(400, "Invalid Request", "Your media IDs are invalid.")
        tid = self.add_tweet(self.me_id, text, reply_to=reply_to,
                             media_keys=tuple(f"3_{m}" for m in media_ids))
        self.tweets[tid]["_sent"] = text
        return {"data": {"id": tid, "text": self.tweets[tid]["text"],
                         "edit_history_tweet_ids": [tid]}}

    @staticmethod
    def _sent_text(tweet: dict[str, Any]) -> str:
        return str(tweet.get("_sent", ""))


def _public(value: Any) -> Any:
    """Strip the fake's private keys (``_sent``) from an answer."""
    if isinstance(value, dict):
        return {k: _public(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, list):
        return [_public(v) for v in value]
    return value


class _Handler(BaseHTTPRequestHandler):
    fake: FakeX
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        ctype = self.headers.get("Content-Type") or ""
        if ctype.startswith("application/json"):
            return json.loads(raw or b"{}")
        if ctype.startswith("application/x-www-form-urlencoded"):
            return {k: v[0] for k, v in parse_qs(raw.decode()).items()}
        if ctype.startswith("multipart/form-data"):
            return _multipart(raw, ctype)
        return {}

    def _dispatch(self, method: str) -> None:
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        body = self._body()
        fake = self.fake
        fake.requests_log.append((method, parts.path, {**query, **(
            body if isinstance(body, dict) and parts.path != "/2/oauth2/token" else {})}))
        fault = None
        with fake.lock:
            for f in fake.faults:
                if f.times > 0 and f.matches(method, parts.path):
                    f.times -= 1
                    fault = f
                    break
        if fault is not None and fault.kind == "http" and not fault.apply:
            self._send(fault.status, fault.body, fault.headers)
            return
        try:
            status, answer, headers = fake.handle(method, parts.path, query, body, self.headers)
        except Problem as exc:
            status, answer, headers = exc.status, exc.body, exc.headers
            if exc.status == 429:
                headers = {"x-rate-limit-remaining": "0",
                           "x-rate-limit-reset": str(int(time.time()) + fake.window)}
        if fault is not None:
            if fault.kind == "drop":
                self.close_connection = True
                self.connection.shutdown(2)
                return
            if fault.kind == "slow":
                time.sleep(fault.delay)
            if fault.kind == "http":
                self._send(fault.status, fault.body, fault.headers)
                return
        self._send(status, answer, headers)

    def _send(self, status: int, body: Any, headers: dict[str, str]) -> None:
        data = b"" if body is None else json.dumps(_public(body)).encode()
        self.send_response(status)
        problem = status >= 400 and isinstance(body, dict) and "title" in body
        self.send_header("Content-Type", "application/problem+json" if problem
                         else "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(data)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")


def _multipart(raw: bytes, ctype: str) -> dict[str, Any]:
    """The fields of a multipart body (file parts as bytes, others as text)."""
    boundary = ctype.split("boundary=", 1)[1].strip().strip('"').encode()
    fields: dict[str, Any] = {}
    for part in raw.split(b"--" + boundary):
        if b"\r\n\r\n" not in part:
            continue
        head, _, value = part.partition(b"\r\n\r\n")
        m = re.search(rb'name="([^"]+)"', head)
        if not m:
            continue
        value = value.removesuffix(b"\r\n")
        fields[m.group(1).decode()] = value if b"filename=" in head else value.decode()
    return fields
