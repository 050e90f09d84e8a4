"""An offline platform on local data, so the demo works without a network.

``SandboxClient`` behaves like a small, well-mannered server: it honours idempotency keys,
rejects over-long posts, answers NotFound for a missing reply parent, pages its followers and
hands out mentions behind a cursor. Its "server" is one JSON file per account in the folder given
to the constructor (the demo uses ``<workspace>/sandbox-server/``), rewritten atomically under a
lock, so several clients and processes can share it.

It also lives a little: for every ``mention_every`` of wall time since the last look, one new
mention arrives (in zh, es and en in turn) and one public post for keyword search; for every
``follow_every`` a follower joins (every seventh tick one leaves). All of it is derived from the
account id and a counter, so the same calls at the same times give the same data.

To make it fail on purpose: ``offline=True`` (or a file named ``offline`` in the folder) makes
every call raise TemporaryFailure; ``failure=`` picks another failure (see ``Failure``).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

import regex

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
)

try:  # POSIX: also lock against other processes sharing the folder
    import fcntl
except ImportError:  # pragma: no cover - Windows: threads of this process only
    fcntl = None  # type: ignore[assignment]

OFFLINE_MARKER = "offline"
STATE_VERSION = 1
_KEEP_ITEMS = 2000  # mentions and public posts kept in the file
_MAX_TICKS = 50  # at most this many new items per look, however long the app was closed
_VISIBILITIES = ("public", "unlisted", "private", "direct")
# Ids made by the demo generator for the history that predates this file: treated as existing.
_HISTORICAL_ID = re.compile(r"^sbx-[nprsw]\d+$")


class Failure:
    """Failures to rehearse: the names accepted by ``failure=``."""

    OFFLINE = "offline"  # every call: TemporaryFailure
    UNKNOWN = "unknown"  # publish lands, then the answer is lost: OutcomeUnknown
    AUTH = "auth"  # every call: AuthExpired
    RATE_LIMITED = "rate_limited"  # every call: RateLimited for 15 minutes
    ALL = (OFFLINE, UNKNOWN, AUTH, RATE_LIMITED)


_MENTION_TEXTS = {
    "zh": (
        "请问今天营业时间到几点？",
        "昨天买的可颂太好吃了！",
        "菠萝包还有吗？想订十个。",
        "外卖能送到马德里北边吗？",
        "蛋挞有点凉了，有点失望。",
    ),
    "es": (
        "¿A qué hora cerráis hoy?",
        "¡El cruasán de ayer estaba buenísimo!",
        "¿Os queda ensaimada? Quiero encargar diez.",
        "¿Hacéis envíos a Valencia?",
        "El pan llegó duro, qué decepción.",
    ),
    "en": (
        "What time do you close today?",
        "Yesterday's croissant was amazing!",
        "Any pineapple buns left? I'd like ten.",
        "Do you deliver to north Madrid?",
        "The egg tarts were cold, a bit disappointed.",
    ),
}
_PUBLIC_TEXTS = (
    ("zh", "路过月亮面包坊，门口又在排队。"),
    ("es", "Pan de masa madre recién hecho en el barrio #panaderia"),
    ("en", "Weekend sourdough bake, open crumb at last."),
    ("es", "¿Alguien sabe si Horno Sol abre los domingos?"),
    ("zh", "月亮面包坊的酸种面包值得排队吗？"),
    ("en", "Madrid bakery crawl, stop four #panaderia"),
)
_NAMES = {
    "zh": ("陈小美", "李思远", "王雨桐", "张子涵", "刘浩然", "林佳怡"),
    "es": ("Lucía García", "Pablo Ruiz", "Inés Moreno", "Álvaro Díaz", "Carmen López"),
    "en": ("Emma Baker", "Noah Wright", "Grace Hill", "Leo Evans", "Ruby Clarke"),
}
_LANGS = ("zh", "es", "en")
# Options of the network clients that a shared client factory may pass; meaningless offline.
_NETWORK_OPTIONS = frozenset({"session", "connect_timeout", "read_timeout", "media_wait_seconds",
                              "media_poll_interval", "initial_mention_pages"})

_thread_locks: dict[str, threading.RLock] = {}
_thread_locks_guard = threading.Lock()


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _graphemes(text: str) -> int:
    return len(regex.findall(r"\X", text))


def _parse(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _person_from(data: dict[str, Any]) -> RemotePerson:
    return RemotePerson(**data)


def _handle_for(name: str, n: int) -> str:
    ascii_part = re.sub(r"[^a-z]", "", name.lower().encode("ascii", "ignore").decode())
    return f"{ascii_part or 'yonghu'}_{n % 100_000}"


class SandboxClient(PlatformClient):
    """One account on the offline sandbox server stored under ``folder``."""

    platform = "sandbox"
    capabilities = Capabilities(server_scheduling=False, keyword_search=True, hashtag_timeline=True)

    def __init__(
        self,
        folder: str | os.PathLike[str],
        remote_id: str = "sbx-luna-bakery",
        handle: str = "luna_bakery",
        display_name: str = "Panadería Luna",
        *,
        host: str = "luna-bakery",
        offline: bool = False,
        failure: str | None = None,
        mention_every: timedelta = timedelta(minutes=10),
        follow_every: timedelta = timedelta(minutes=30),
        page_size: int = 40,
        max_characters: int = 500,
        clock: Callable[[], datetime] | None = None,
        plays: str = "",
        **network_options: object,
    ) -> None:
        unknown = set(network_options) - _NETWORK_OPTIONS
        if unknown:
            raise TypeError(f"unexpected SandboxClient options: {sorted(unknown)}")
        if failure is not None and failure not in Failure.ALL:
            raise ValueError(f"unknown failure {failure!r}")
        if not re.fullmatch(r"[A-Za-z0-9._-]+", remote_id):
            raise ValueError(f"unsuitable sandbox account id {remote_id!r}")
        self.folder = Path(folder)
        self.remote_id = remote_id
        self.handle = handle
        self.display_name = display_name
        self.host = host or "sandbox"
        self.offline = offline
        self.failure = failure
        self.mention_every = mention_every
        self.follow_every = follow_every
        self.page_size = page_size
        self.max_characters = max_characters
        # "weibo": the demo's Weibo account; its profile and limits are Weibo's
        self.plays = plays
        self.clock = clock or _utcnow

    @property
    def path(self) -> Path:
        return self.folder / f"{self.remote_id}.json"

    # --- failing on purpose -----------------------------------------------------------------

    def _check(self) -> None:
        if (
            self.offline
            or self.failure == Failure.OFFLINE
            or (self.folder / OFFLINE_MARKER).exists()
        ):
            raise TemporaryFailure("The sandbox server is offline (network unreachable).")
        if self.failure == Failure.AUTH:
            raise AuthExpired("The sandbox server says the token was revoked.")
        if self.failure == Failure.RATE_LIMITED:
            raise RateLimited(
                "The sandbox server is rate limiting this account.",
                until=self.clock() + timedelta(minutes=15),
            )

    # --- the state file ---------------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        key = str(self.path.resolve())
        with _thread_locks_guard:
            lock = _thread_locks.setdefault(key, threading.RLock())
        with lock:
            self.folder.mkdir(parents=True, exist_ok=True)
            if fcntl is None:  # pragma: no cover
                yield
                return
            with open(self.path.with_suffix(".lock"), "a+b") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX)
                try:
                    yield
                finally:
                    fcntl.flock(handle, fcntl.LOCK_UN)

    def _load(self) -> dict[str, Any]:
        try:
            state = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return self._fresh_state()
        if state.get("version") != STATE_VERSION:
            raise Rejected(f"The sandbox server file {self.path.name} has an unknown format.")
        return state

    def _save(self, state: dict[str, Any]) -> None:
        data = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f".{self.remote_id}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    @contextlib.contextmanager
    def _state(self, write: bool = True) -> Iterator[dict[str, Any]]:
        """The server state under the lock; written back (atomically) when ``write``."""
        with self._locked():
            state = self._load()
            yield state
            if write:
                self._save(state)

    def _fresh_state(self) -> dict[str, Any]:
        now = self.clock()
        rng = random.Random(f"{self.remote_id}:followers")
        followers = [asdict(self._new_person(rng, n)) for n in range(1, 26)]
        return {
            "version": STATE_VERSION,
            "seq": {"post": 0, "mention": 0, "public": 0, "follower": len(followers)},
            "posts": [],
            "keys": {},
            "mentions": [],
            "public": [],
            "followers": followers,
            "following": 42,
            "base_posts": 0,
            # The first look finds three mentions waiting.
            "mention_clock": (now - 3 * self.mention_every).isoformat(),
            "follow_clock": now.isoformat(),
        }

    def seed(
        self,
        followers: Sequence[RemotePerson],
        following: int = 0,
        base_posts: int = 0,
        follow_requests: Sequence[RemotePerson] = (),
    ) -> None:
        """Start the server with these followers (the demo's): what a first sync will find."""
        with self._state() as state:
            state["followers"] = [asdict(p) for p in followers]
            state["follow_requests"] = [asdict(p) for p in follow_requests]
            state["following"] = following
            state["base_posts"] = base_posts
            now = self.clock()
            state["mention_clock"] = (now - 3 * self.mention_every).isoformat()
            state["follow_clock"] = now.isoformat()

    # --- the server living a little ---------------------------------------------------------

    def _new_person(self, rng: random.Random, n: int) -> RemotePerson:
        lang = _LANGS[n % 3]
        name = rng.choice(_NAMES[lang])
        return RemotePerson(
            remote_id=f"{self.remote_id}-u{n:06d}",
            handle=_handle_for(name, n),
            display_name=name,
            followers_count=int(rng.lognormvariate(4.5, 1.2)),
            following_count=rng.randrange(20, 800),
            posts_count=rng.randrange(0, 3000),
        )

    def _ticks(self, state: dict[str, Any], clock_key: str, every: timedelta) -> list[datetime]:
        """The moments of the events due since the last look; moves the clock past them."""
        start = _parse(state[clock_key])
        elapsed = self.clock() - start
        count = max(0, int(elapsed / every)) if every > timedelta(0) else 0
        skipped = max(0, count - _MAX_TICKS)
        moments = [start + every * (skipped + i + 1) for i in range(min(count, _MAX_TICKS))]
        state[clock_key] = (start + every * count).isoformat()
        return moments

    def _receive(self, state: dict[str, Any]) -> None:
        for moment in self._ticks(state, "mention_clock", self.mention_every):
            state["seq"]["mention"] += 1
            state["mentions"].append(self._make_mention(state, state["seq"]["mention"], moment))
            state["seq"]["public"] += 1
            state["public"].append(self._make_public(state["seq"]["public"], moment))
        del state["mentions"][:-_KEEP_ITEMS]
        del state["public"][:-_KEEP_ITEMS]

    def _make_mention(self, state: dict[str, Any], seq: int, when: datetime) -> dict[str, Any]:
        rng = random.Random(f"{self.remote_id}:mention:{seq}")
        lang = _LANGS[(seq - 1) % 3]
        text = rng.choice(_MENTION_TEXTS[lang])
        followers = state["followers"]
        if followers and rng.random() < 0.8:
            author = followers[rng.randrange(len(followers))]
        else:
            author = asdict(self._new_person(rng, 900_000 + seq))
        in_reply = ""
        if state["posts"] and seq % 4 == 0:
            in_reply = state["posts"][-1]["remote_id"]
        status = f"{self.remote_id}-s{seq:06d}"
        mention = (
            f'<span class="h-card"><a href="sandbox://{self.host}/@{self.handle}" '
            f'class="u-url mention">@<span>{self.handle}</span></a></span>'
        )
        return {
            "seq": seq,
            "remote_id": f"{self.remote_id}-n{seq:06d}",
            "status_remote_id": status,
            "author": author,
            "text_html": f"<p>{mention} {escape(text, quote=False)}</p>",
            "text_plain": f"@{self.handle} {text}",
            "created_at": when.isoformat(),
            "kind": "reply" if in_reply else "mention",
            "url": f"sandbox://{self.host}/@{author['handle']}/{status}",
            "language": lang,
            "in_reply_to_remote_id": in_reply,
            "conversation_id": f"conv-{in_reply or status}",
        }

    def _make_public(self, seq: int, when: datetime) -> dict[str, Any]:
        rng = random.Random(f"{self.remote_id}:public:{seq}")
        lang, text = _PUBLIC_TEXTS[(seq - 1) % len(_PUBLIC_TEXTS)]
        author = asdict(self._new_person(rng, 800_000 + seq))
        status = f"{self.remote_id}-t{seq:06d}"
        return {
            "seq": seq,
            "remote_id": status,
            "status_remote_id": status,
            "author": author,
            "text_html": f"<p>{escape(text, quote=False)}</p>",
            "text_plain": text,
            "created_at": when.isoformat(),
            "kind": "status",
            "url": f"sandbox://{self.host}/@{author['handle']}/{status}",
            "language": lang,
            "in_reply_to_remote_id": "",
            "conversation_id": f"conv-{status}",
        }

    def _follow(self, state: dict[str, Any]) -> None:
        for _ in self._ticks(state, "follow_clock", self.follow_every):
            state["seq"]["follower"] += 1
            n = state["seq"]["follower"]
            rng = random.Random(f"{self.remote_id}:follower:{n}")
            if n % 7 == 0 and state["followers"]:
                state["followers"].pop(rng.randrange(len(state["followers"])))
            else:
                state["followers"].append(asdict(self._new_person(rng, n)))

    # --- PlatformClient ---------------------------------------------------------------------

    def identity(self) -> AccountIdentity:
        self._check()
        return AccountIdentity(
            self.remote_id, self.handle, self.display_name, f"sandbox://{self.host}/@{self.handle}"
        )

    def limits(self) -> Limits:
        self._check()
        if self.plays == "weibo":
            from mbdesk.platforms.weibo import weibo_limits

            return weibo_limits()
        return Limits(max_characters=self.max_characters, supports_server_scheduling=False)

    def probe_profile(self, known: dict[str, bool] | None = None) -> ServerProfile:
        """The sandbox's own profile; for an account it plays for Weibo, Weibo's fixed one,
        so a sync keeps the demo Weibo account's 140 characters and partial follower list."""
        if self.plays != "weibo":
            return super().probe_profile(known)
        from mbdesk.platforms.weibo import FIXED_CAPABILITIES

        return ServerProfile(software="weibo", account_domain=self.host, limits=self.limits(),
                             capabilities=dict(FIXED_CAPABILITIES))

    def publish(self, request: PublishRequest) -> PublishResult:
        self._check()
        keys = [k for k in (request.idempotency_key, request.record_key) if k]
        with self._state() as state:
            for key in keys:
                if key in state["keys"]:
                    return self._result(self._post(state, state["keys"][key]))
            self._validate(state, request)
            state["seq"]["post"] += 1
            remote_id = f"{self.remote_id}-p{state['seq']['post']:06d}"
            state["posts"].append(
                {
                    "remote_id": remote_id,
                    "text": request.text,
                    "spoiler_text": request.spoiler_text,
                    "visibility": request.visibility,
                    "language": request.language,
                    "in_reply_to": request.in_reply_to_remote_id,
                    "created_at": self.clock().isoformat(),
                    "url": f"sandbox://{self.host}/@{self.handle}/{remote_id}",
                }
            )
            for key in keys:
                state["keys"][key] = remote_id
            result = self._result(state["posts"][-1])
        if self.failure == Failure.UNKNOWN:
            raise OutcomeUnknown("The connection to the sandbox server dropped after sending.")
        return result

    def _validate(self, state: dict[str, Any], request: PublishRequest) -> None:
        if not request.text.strip() and not request.media:
            raise Rejected("A post needs some text or an image.")
        length = _graphemes(request.spoiler_text) + _graphemes(request.text)
        if length > self.max_characters:
            raise Rejected(
                f"Text character limit of {self.max_characters} exceeded ({length} characters)."
            )
        if request.visibility not in _VISIBILITIES:
            raise Rejected(f"Unknown visibility {request.visibility!r}.")
        parent = request.in_reply_to_remote_id
        if parent and not self._exists(state, parent):
            raise NotFound("The post you are replying to does not exist or was deleted.")

    def _exists(self, state: dict[str, Any], remote_id: str) -> bool:
        return bool(_HISTORICAL_ID.match(remote_id)) or remote_id in self._index(state)

    def _index(self, state: dict[str, Any]) -> dict[str, ThreadPost]:
        """Every post the server can show, by id."""
        me = RemotePerson(self.remote_id, self.handle, self.display_name)
        items: dict[str, ThreadPost] = {}
        for post in state["posts"]:
            items[post["remote_id"]] = ThreadPost(
                post["remote_id"],
                me,
                f"<p>{escape(post['text'], quote=False)}</p>",
                post["text"],
                _parse(post["created_at"]),
                post["in_reply_to"],
            )
        for item in (*state["mentions"], *state["public"]):
            items[item["status_remote_id"]] = ThreadPost(
                item["status_remote_id"],
                _person_from(item["author"]),
                item["text_html"],
                item["text_plain"],
                _parse(item["created_at"]),
                item["in_reply_to_remote_id"],
            )
        return items

    def _post(self, state: dict[str, Any], remote_id: str) -> dict[str, Any]:
        return next(p for p in state["posts"] if p["remote_id"] == remote_id)

    @staticmethod
    def _result(post: dict[str, Any]) -> PublishResult:
        return PublishResult(
            remote_id=post["remote_id"], url=post["url"], published_at=_parse(post["created_at"])
        )

    def find_published(self, request: PublishRequest) -> PublishResult | None:
        self._check()
        with self._state(write=False) as state:
            for key in (request.idempotency_key, request.record_key):
                if key and key in state["keys"]:
                    return self._result(self._post(state, state["keys"][key]))
        return None

    # --- edits and deletes of sent posts (the sandbox behaves like a Mastodon server) ------

    def _live(self, state: dict[str, Any], remote_id: str) -> bool:
        return self._exists(state, remote_id) and remote_id not in state.get("deleted", [])

    def edit_post(self, request: EditRequest) -> datetime | None:
        self._check()
        rid = request.post.remote_id
        with self._state() as state:
            if not self._live(state, rid):
                raise NotFound("The post is no longer on the sandbox server.")
            length = _graphemes(request.spoiler_text) + _graphemes(request.text)
            if not request.text.strip() or length > self.max_characters:
                raise Rejected(f"Text character limit of {self.max_characters} exceeded "
                               f"({length} characters).")
            state.setdefault("edited", {})[rid] = request.text
            for post in state["posts"]:
                if post["remote_id"] == rid:
                    post["text"] = request.text
        if self.failure == Failure.UNKNOWN:
            raise OutcomeUnknown("The connection to the sandbox server dropped after sending.")
        return self.clock()

    def edit_applied(self, request: EditRequest) -> bool:
        self._check()
        with self._state(write=False) as state:
            if not self._live(state, request.post.remote_id):
                raise NotFound("The post is no longer on the sandbox server.")
            return state.get("edited", {}).get(request.post.remote_id) == request.text

    def delete_post(self, post: PostRef) -> bool:
        self._check()
        with self._state() as state:
            if not self._live(state, post.remote_id):
                return False
            state.setdefault("deleted", []).append(post.remote_id)
            state["posts"] = [p for p in state["posts"] if p["remote_id"] != post.remote_id]
        return True

    def post_exists(self, post: PostRef) -> bool:
        self._check()
        with self._state(write=False) as state:
            return self._live(state, post.remote_id)

    def list_mentions(self, since: str | None, limit: int = 80) -> MentionPage:
        self._check()
        with self._state() as state:
            self._receive(state)
            return self._page(state["mentions"], since, limit, lambda _item: True)

    def search(self, query: str, since: str | None = None) -> MentionPage:
        self._check()
        needle = query.strip().casefold()
        if not needle:
            return MentionPage([], since or "0")
        with self._state() as state:
            self._receive(state)
            return self._page(
                state["public"], since, 40, lambda item: needle in item["text_plain"].casefold()
            )

    @staticmethod
    def _page(
        items: list[dict[str, Any]],
        since: str | None,
        limit: int,
        wanted: Callable[[dict[str, Any]], bool],
    ) -> MentionPage:
        """Items newer than the cursor, oldest first; with no cursor, the newest ``limit``."""
        try:
            after = int(since) if since else None
        except ValueError:
            after = None
        last_seq = items[-1]["seq"] if items else 0
        if after is None:
            chosen = [i for i in items if wanted(i)][-limit:] if limit > 0 else []
            cursor = last_seq
        else:
            chosen = [i for i in items if i["seq"] > after and wanted(i)][: max(0, limit)]
            full = len([i for i in items if i["seq"] > after and wanted(i)]) > len(chosen)
            cursor = chosen[-1]["seq"] if full else max(after, last_seq)
        mentions = [
            RemoteMention(
                remote_id=i["remote_id"],
                status_remote_id=i["status_remote_id"],
                author=_person_from(i["author"]),
                text_html=i["text_html"],
                text_plain=i["text_plain"],
                created_at=_parse(i["created_at"]),
                kind=i["kind"],
                url=i["url"],
                language=i["language"],
                in_reply_to_remote_id=i["in_reply_to_remote_id"],
                conversation_id=i["conversation_id"],
            )
            for i in chosen
        ]
        return MentionPage(mentions, str(cursor))

    def fetch_thread(self, status_remote_id: str) -> list[ThreadPost]:
        self._check()
        with self._state(write=False) as state:
            index = self._index(state)
        if status_remote_id not in index and not _HISTORICAL_ID.match(status_remote_id):
            raise NotFound("This post does not exist or was deleted.")
        thread: dict[str, ThreadPost] = {}
        current = index.get(status_remote_id)
        while current is not None and current.remote_id not in thread:
            thread[current.remote_id] = current
            current = index.get(current.in_reply_to_remote_id)
        frontier = {status_remote_id}
        while frontier:
            children = [
                p
                for p in index.values()
                if p.in_reply_to_remote_id in frontier and p.remote_id not in thread
            ]
            thread.update((p.remote_id, p) for p in children)
            frontier = {p.remote_id for p in children}
        return sorted(thread.values(), key=lambda p: (p.created_at, p.remote_id))

    def list_followers(self, cursor: str | None) -> FollowerPage:
        self._check()
        try:
            offset = int(cursor) if cursor else 0
        except ValueError as exc:
            raise Rejected(f"Bad follower cursor {cursor!r}.") from exc
        with self._state(write=cursor is None) as state:
            if cursor is None:  # a new walk: let time pass for the followers first
                self._follow(state)
            people = state["followers"][offset : offset + self.page_size]
            more = offset + self.page_size < len(state["followers"])
        return FollowerPage(
            [_person_from(p) for p in people], str(offset + self.page_size) if more else None
        )

    def list_follow_requests(self) -> list[RemotePerson]:
        """The people waiting for this (locked) account: the demo's seeded ones."""
        self._check()
        with self._state(write=False) as state:
            return [_person_from(p) for p in state.get("follow_requests", [])]

    def _answer_follow_request(self, remote_id: str, accept: bool) -> None:
        self._check()
        with self._state() as state:
            waiting = state.get("follow_requests", [])
            found = next((p for p in waiting if p["remote_id"] == remote_id), None)
            if found is not None:
                state["follow_requests"] = [p for p in waiting if p is not found]
                if accept:
                    state["followers"].append(found)
        if found is None:
            raise NotFound(
                "The follow request is no longer there (withdrawn, or answered elsewhere)."
            )

    def accept_follow_request(self, remote_id: str) -> None:
        self._answer_follow_request(remote_id, True)

    def reject_follow_request(self, remote_id: str) -> None:
        self._answer_follow_request(remote_id, False)

    def account_stats(self) -> AccountStats:
        self._check()
        with self._state() as state:
            self._follow(state)
            return AccountStats(
                followers=len(state["followers"]),
                following=state["following"],
                posts=state["base_posts"] + len(state["posts"]),
            )

    def post_metrics(self, remote_ids: Sequence[str]) -> list[PostMetrics]:
        """Counts grow with the post's age; ids this server does not know are left out."""
        self._check()
        with self._state(write=False) as state:
            posts = {p["remote_id"]: p for p in state["posts"]}
            replies: dict[str, int] = {}
            for item in state["mentions"]:
                parent = item["in_reply_to_remote_id"]
                replies[parent] = replies.get(parent, 0) + 1
        now = self.clock()
        out = []
        for remote_id in remote_ids:
            post = posts.get(remote_id)
            if post is None:
                continue
            rng = random.Random(f"{self.remote_id}:metrics:{remote_id}")
            hours = max(0.0, (now - _parse(post["created_at"])).total_seconds() / 3600)
            grown = 1 - 0.5 ** (hours / 3)
            favourites = int(rng.randrange(5, 80) * grown)
            out.append(
                PostMetrics(
                    remote_id=remote_id,
                    replies=replies.get(remote_id, 0) + favourites // 20,
                    reposts=favourites // 4,
                    favourites=favourites,
                    clicks=int(favourites * 1.5),
                )
            )
        return out
