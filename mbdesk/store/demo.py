"""The demo workspace: a believable bakery's year of data, generated in about a second.

``--demo`` opens its own workspace folder; ``ensure_demo_workspace`` fills it the first time
(and never again), then seeds the offline sandbox server so a sync finds the same followers.
``generate`` also builds the much larger ``BIG_SHOP`` database the benchmarks use.

Everything is drawn from one ``random.Random(seed)`` and anchored on ``today`` (00:00 UTC is
"now" for the history; scheduled posts start tomorrow), so a seed and a day give the same
database. Rows are written with ``insert_many`` in chunks, with explicit ids so the generator
can link rows without reading them back.
"""

from __future__ import annotations

import bisect
import html
import itertools
import json
import logging
import math
import random
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from peewee import fn

from mbdesk.paths import Workspace
from mbdesk.store import demo_texts as T
from mbdesk.store.demo_rivals import make_rivals
from mbdesk.store.demo_weibo import give_account_its_people
from mbdesk.store.models import (
    Account,
    AccountSnapshot,
    BaseModel,
    Category,
    Draft,
    DraftState,
    DraftTarget,
    FollowerEdge,
    FollowRequest,
    KeywordWatch,
    Mention,
    MentionState,
    Note,
    OutboxAttempt,
    OutboxItem,
    OutboxKind,
    OutboxState,
    Person,
    PersonTag,
    Platform,
    Post,
    PostMetricSnapshot,
    Stream,
    Tag,
    TagKind,
    database_proxy,
)

log = logging.getLogger(__name__)

SANDBOX_SERVER_SUBFOLDER = "sandbox-server"
# Which demo account is the shop's Weibo account (platform weibo, served by the sandbox).
WEIBO_DEMO_K = 2


@dataclass(frozen=True)
class DemoScale:
    """How much to generate. ``drafts`` includes the scheduled and the published ones."""

    name: str
    accounts: int
    days: int
    people: int
    mentions: int
    drafts: int
    posts: int
    chunk: int = 1000


DEMO = DemoScale("demo", accounts=3, days=365, people=3000, mentions=600, drafts=150, posts=900)
BIG_SHOP = DemoScale("big-shop", accounts=5, days=3 * 365, people=50_000, mentions=200_000,
                     drafts=20_000, posts=20_000, chunk=5000)


@dataclass
class DemoSummary:
    scale: str
    rows: dict[str, int] = field(default_factory=dict)


# Per account (brand, service, owner, wholesale, café): share of mentions, posts, followers.
_MENTION_SHARE = (0.55, 0.30, 0.15, 0.08, 0.14)
_POST_SHARE = (0.50, 0.20, 0.17, 0.12, 0.18)
_FOLLOW_INITIAL = (0.45, 0.15, 0.08, 0.06, 0.10)
_FOLLOW_NEW = (0.30, 0.10, 0.07, 0.05, 0.08)
_FOLLOWING_BASE = (180, 60, 420, 90, 150)
_POSTS_BASE = (1200, 300, 2500, 150, 400)
_SCHEDULE_PER_DAY = (3.0, 1.0, 0.6, 1.0, 1.5)
# The third account is the shop's Weibo account (Chinese only; two entries keep the draws).
_ACCOUNT_LANGS = (("zh", "es", "en"), ("es", "zh", "es", "en"), ("zh", "zh"), ("es", "en"),
                  ("es", "zh", "en"))

# Engagement by local hour and weekday (Mon..Sun): what the best-time heat map should find.
_HOUR_FACTOR = {7: 0.8, 8: 1.6, 9: 1.4, 10: 0.9, 11: 0.8, 12: 1.0, 13: 1.5, 14: 1.2, 15: 0.7,
                16: 0.7, 17: 0.9, 18: 1.1, 19: 1.3, 20: 1.7, 21: 1.5, 22: 0.9, 23: 0.6}
_WEEKDAY_FACTOR = (0.85, 0.9, 0.95, 1.0, 1.1, 1.4, 1.3)
_CATEGORY_FACTOR = {Category.PRODUCT: 1.2, Category.PROMOTION: 1.4, Category.SHOP_NEWS: 0.9,
                    Category.INDUSTRY_NEWS: 0.6, Category.HOT_TOPIC: 1.1,
                    Category.SERVICE_NOTICE: 0.7, Category.FESTIVAL: 1.6}
_CATEGORY_WEIGHTS = (30, 15, 10, 8, 10, 10, 7)
# When people write to the shop (local hours 0..23).
_ACTIVITY_BY_HOUR = (1, 0.5, 0.3, 0.2, 0.2, 0.3, 1, 3, 6, 7, 6, 6, 7, 8, 7, 5, 5, 6, 7, 8, 9, 8,
                     5, 2)
_POST_HOURS = tuple(range(7, 23))
_POST_HOUR_WEIGHTS = (2, 6, 5, 3, 3, 3, 5, 4, 2, 2, 3, 4, 5, 6, 5, 2)
_SCHEDULE_HOURS = (8, 9, 11, 13, 14, 17, 18, 20, 21)

_HASHTAG_RE = re.compile(r"#(\w+)")
_URL_RE = re.compile(r"https?://\S+")


# --- entry points ---------------------------------------------------------------------------

def ensure_demo_workspace(ws: Workspace) -> bool:
    """Fill the (already opened) demo database the first time; True when it generated."""
    if Account.select().exists():
        repair_weibo_people()
        return False
    summary = generate(DEMO)
    log.info("generated the demo workspace: %s", summary.rows)
    seed_sandbox_servers(ws)
    from mbdesk.store.demo_library import make_demo_library  # a few photos and a feed

    make_demo_library(ws)
    return True


def repair_weibo_people() -> None:
    """A demo workspace made before its Weibo account had Weibo people: give them to it
    now (a cheap look when there is nothing to do; see demo_weibo.py)."""
    for account in Account.select(Account.id).where(
            (Account.platform == Platform.WEIBO) & Account.instance_url.startswith("sandbox://")):
        moved = give_account_its_people(account.id)
        if moved:
            log.info("demo workspace: the Weibo account's %d people are Weibo people now", moved)


def generate(scale: DemoScale = DEMO, seed: int = 7, today: date | None = None) -> DemoSummary:
    """Fill the bound database with ``scale`` worth of shop data, in one transaction."""
    db = database_proxy.obj
    if db is None:
        raise RuntimeError("open the database (open_database) before generating demo data")
    db.execute_sql("PRAGMA synchronous=OFF")
    try:
        with db.atomic():
            builder = _Builder(scale, seed, today or datetime.now(UTC).date())
            builder.run()
    finally:
        db.execute_sql("PRAGMA synchronous=NORMAL")
    return DemoSummary(scale.name, dict(builder.rows))


def seed_sandbox_servers(ws: Workspace) -> None:
    """Give each sandbox account's offline server the followers the database already knows.

    Without this a first follower sync against the sandbox would report everyone as lost.
    """
    from mbdesk.platforms.base import RemotePerson
    from mbdesk.platforms.sandbox import SandboxClient

    folder = ws.root / SANDBOX_SERVER_SUBFOLDER
    for account in Account.select().where(Account.instance_url.startswith("sandbox://")):
        people = (Person.select().join(FollowerEdge)
                  .where(FollowerEdge.account == account.id, FollowerEdge.lost_at.is_null())
                  .order_by(FollowerEdge.first_seen, Person.id))
        followers = [RemotePerson(p.remote_id, p.handle, p.display_name, p.avatar_url, p.bio,
                                  p.followers_count, p.following_count, p.posts_count,
                                  bool(p.verified), bool(p.bot)) for p in people]
        last = (AccountSnapshot.select().where(AccountSnapshot.account == account.id)
                .order_by(AccountSnapshot.day.desc()).first())
        client = SandboxClient(folder, remote_id=account.remote_id, handle=account.handle,
                               display_name=account.display_name,
                               host=account.instance_url.removeprefix("sandbox://"))
        waiting = (Person.select().join(FollowRequest)
                   .where(FollowRequest.account == account.id, FollowRequest.state == "pending")
                   .order_by(FollowRequest.seen_at, Person.id))
        requests = [RemotePerson(p.remote_id, p.handle, p.display_name, p.avatar_url, p.bio,
                                 p.followers_count, p.following_count, p.posts_count,
                                 bool(p.verified), bool(p.bot)) for p in waiting]
        client.seed(followers=followers, following=last.following if last else 0,
                    base_posts=last.posts if last else 0, follow_requests=requests)


# --- helpers --------------------------------------------------------------------------------

def _chunks(rows: Iterable[tuple], size: int) -> Iterator[list[tuple]]:
    it = iter(rows)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9_]", "", folded.lower())


def _db_value(value: object) -> object:
    """What peewee stores for these Python values (ISO text for times, 0/1 for booleans)."""
    if isinstance(value, datetime | date):
        return str(value)
    if isinstance(value, bool):
        return int(value)
    return value


def _next_id(model: type[BaseModel]) -> int:
    return int(model.select(fn.COALESCE(fn.MAX(model.id), 0)).scalar())


class _Builder:
    """One generation run: the random source, the clock, and the ids handed out so far."""

    def __init__(self, scale: DemoScale, seed: int, today: date) -> None:
        self.scale = scale
        self.rng = random.Random(seed)
        self.tz = ZoneInfo(T.SHOP_TZ)
        self.now = datetime.combine(today, time(0, 0))
        self.days = scale.days
        self.start = self.now - timedelta(days=self.days - 1)  # day index 0
        self.crisis = max(10, self.days - 150)  # a bad batch of cream cakes, ~5 months ago
        self.rows: dict[str, int] = {}
        self.day_weight = self._day_weights()

    # -- plumbing ----------------------------------------------------------------------------

    def insert(self, model: type[BaseModel], fields: Sequence, rows: Iterable[tuple]) -> None:
        """Bulk insert in chunks with ``executemany`` on the transaction's connection.

        Same rows as ``Model.insert_many`` would write, but without building one huge SQL
        tree per chunk, which took 85 % of the big shop's generation time.
        """
        given = {f.name for f in fields}
        defaults = [f for f in model._meta.sorted_fields
                    if f.name not in given and f.default is not None]
        columns = ", ".join(f'"{f.column_name}"' for f in (*fields, *defaults))
        sql = (f'INSERT INTO "{model._meta.table_name}" ({columns}) '
               f'VALUES ({", ".join("?" * (len(fields) + len(defaults)))})')

        def complete(row: tuple) -> tuple:
            extra = tuple(f.default() if callable(f.default) else f.default for f in defaults)
            return tuple(map(_db_value, row + extra))

        conn = database_proxy.obj.connection()
        count = 0
        for batch in _chunks(rows, self.scale.chunk):
            conn.executemany(sql, [complete(row) for row in batch])
            count += len(batch)
        self.rows[model._meta.table_name] = self.rows.get(model._meta.table_name, 0) + count

    def uid(self) -> str:
        return f"{self.rng.getrandbits(128):032x}"

    def local_to_utc(self, local: datetime) -> datetime:
        offset = local.replace(tzinfo=self.tz).utcoffset() or timedelta(0)
        return local - offset

    def utc_to_local(self, utc: datetime) -> datetime:
        return utc + (utc.replace(tzinfo=UTC).astimezone(self.tz).utcoffset() or timedelta(0))

    def in_crisis(self, day: int) -> bool:
        return self.crisis <= day < self.crisis + 10

    def _day_weights(self) -> list[float]:
        """Activity per day: steady growth, weekend bumps, campaign peaks."""
        campaigns = []
        for year in range(self.start.year, self.now.year + 1):
            for month, day, weight in T.CAMPAIGNS:
                idx = (datetime(year, month, day) - self.start).days
                if -15 < idx < self.days + 15:
                    campaigns.append((idx, weight))
        weights = []
        for d in range(self.days):
            w = 0.6 + 0.8 * d / self.days
            w *= _WEEKDAY_FACTOR[(self.start + timedelta(days=d)).weekday()]
            for idx, weight in campaigns:
                if -10 <= d - idx <= 3:
                    w *= 1 + (weight - 1) * math.exp(-((d - idx) / 4) ** 2)
            weights.append(w)
        return weights

    def pick_moment(self, cum: Sequence[float], hour_weights: Sequence[float] | None = None,
                    hours: Sequence[int] | None = None) -> tuple[int, datetime]:
        """A day index (by ``cum`` weights, never today) and a UTC time within it."""
        day = bisect.bisect_left(cum, self.rng.random() * cum[-1])
        day = min(day, self.days - 2)
        hours = hours or range(24)
        hour = self.rng.choices(hours, weights=hour_weights or _ACTIVITY_BY_HOUR)[0]
        local = (self.start + timedelta(days=day, hours=hour, minutes=self.rng.randrange(60),
                                        seconds=self.rng.randrange(60)))
        when = self.local_to_utc(local)
        return day, min(when, self.now - timedelta(minutes=self.rng.randrange(5, 90)))

    # -- the run -----------------------------------------------------------------------------

    def run(self) -> None:
        self.make_accounts()
        self.make_tags()
        self.make_people()
        self.make_followers()
        self.make_watches()
        self.plan_posts()
        self.make_drafts_and_schedule()
        self.make_mentions()
        self.write_outbox_and_posts()
        self.make_snapshots()
        self.make_person_tags_and_notes()
        if self.scale.accounts > WEIBO_DEMO_K:  # its people are Weibo people (demo_weibo.py)
            give_account_its_people(self.accounts[WEIBO_DEMO_K][0])
        Person.update(last_interaction_at=(
            Mention.select(fn.MAX(Mention.created_at)).where(Mention.author == Person.id)
        )).where(Person.id > self.person0).execute()
        self.make_follow_requests()
        self.make_server_profiles()
        make_rivals(self)  # Analytics → Competitors (store/demo_rivals.py)

    def make_follow_requests(self) -> None:
        """A few people waiting for the first account to accept them (one per language first).
        Its own random source, so the rest of the demo stays as it was."""
        rng = random.Random(f"{self.scale.name}:follow-requests")
        acc_id = self.accounts[0][0]
        following = {pid for (pid,) in FollowerEdge.select(FollowerEdge.person)
                     .where(FollowerEdge.account == acc_id).tuples()}
        candidates = [i for i in range(len(T.KOLS), self.scale.people)
                      if self.person0 + i + 1 not in following]
        rng.shuffle(candidates)
        chosen: list[int] = []
        for lang in ("zh", "es", "en", "zh"):
            pick = next((i for i in candidates if self.person_lang[i] == lang
                         and i not in chosen), None)
            if pick is not None:
                chosen.append(pick)
        rows = [(acc_id, self.person0 + i + 1, "pending",
                 self.now - timedelta(hours=3 + 7 * n, minutes=rng.randrange(60)),
                 self.now - timedelta(hours=1)) for n, i in enumerate(chosen)]
        self.insert(FollowRequest, (FollowRequest.account, FollowRequest.person,
                                    FollowRequest.state, FollowRequest.seen_at,
                                    FollowRequest.last_seen_at), rows)

    def make_server_profiles(self) -> None:
        """What each account's server can do, how the last sync went step by step, and the
        history of the failed and the unknown post, so the Accounts screen shows them. Fixed
        values (no random draws), so the rest of the demo stays as it was; a real sync probes
        the sandbox again once the profile is a day old."""
        probed = self.now - timedelta(hours=1)
        at = probed.isoformat(timespec="seconds")
        all_yes = dict.fromkeys(("server_scheduling", "scheduled_statuses", "idempotency",
                                 "notification_requests", "follow_requests",
                                 "rate_limit_headers"), True)
        profiles = [
            ("mastodon", "4.3.2", dict(all_yes, statuses_batch=False, quote_posts=False), {},
             {"max_characters": 500, "characters_reserved_per_url": 23, "max_media": 4}),
            ("gotosocial", "0.19.1",
             {"server_scheduling": False, "scheduled_statuses": False, "idempotency": False,
              "notification_requests": False, "follow_requests": True,
              "statuses_batch": False, "rate_limit_headers": True},
             {"server_scheduling": "This server published a scheduled post at once on "
              f"{(self.now - timedelta(days=9)):%Y-%m-%d}; later posts are kept by mbdesk."},
             {"max_characters": 5000, "characters_reserved_per_url": 25, "max_media": 6}),
            ("weibo", "", {"server_scheduling": False, "idempotency": False,
                           "follow_requests": False, "followers_partial": True}, {},
             {"max_characters": 140, "characters_reserved_per_url": 10, "max_media": 1}),
        ]
        ok = {"state": "ok", "at": at, "error": ""}
        for k, (acc_id, _handle) in enumerate(self.accounts):
            software, version, caps, notes, limits = profiles[k % len(profiles)]
            steps = {name: dict(ok) for name in ("profile", "publish", "mentions",
                                                 "follow_requests", "watches", "followers",
                                                 "snapshot", "metrics")}
            steps["followers"] = {"state": "skipped", "at": at, "error": ""}
            if k % len(profiles) == 1:
                steps["watches"] = {"state": "absent", "at": at, "error": ""}
            if k % len(profiles) == 2:
                steps["mentions"] = {"state": "error", "at": at, "error": "The server did not "
                                     "answer in 30 seconds (timed out); tried again next sync."}
            profile = {"software": software, "version": version,
                       "account_domain": T.SHOP_HOST, "probed_at": at, "capabilities": caps,
                       "notes": notes, "limits": limits}
            Account.update(profile_json=json.dumps(profile, ensure_ascii=False),
                           steps_json=json.dumps(steps, ensure_ascii=False)).where(
                Account.id == acc_id).execute()
        attempts = []
        for row in self.outbox:
            item_id, state, tried = row[0], row[11], row[14]
            if state == OutboxState.FAILED and tried is not None:
                for n, outcome in enumerate(("later", "later", "failed")):
                    start = tried - timedelta(minutes=4 - 2 * n)
                    attempts.append((item_id, "send", start, start + timedelta(seconds=30),
                                     outcome, "The server did not answer (timed out)."))
            elif state == OutboxState.UNKNOWN and tried is not None:
                attempts.append((item_id, "send", tried - timedelta(minutes=4), tried,
                                 "unknown", "The connection dropped after the post was sent."))
                attempts.append((item_id, "lookup", tried, tried + timedelta(seconds=3),
                                 "later", "The server is busy (503); looking again soon."))
        self.insert(OutboxAttempt, (OutboxAttempt.outbox, OutboxAttempt.action,
                                    OutboxAttempt.started_at, OutboxAttempt.finished_at,
                                    OutboxAttempt.outcome, OutboxAttempt.detail), attempts)

    def make_accounts(self) -> None:
        a0 = _next_id(Account)
        self.accounts = []
        rows = []
        for k in range(self.scale.accounts):
            handle, name, color, remote_id = T.ACCOUNTS[k % len(T.ACCOUNTS)]
            platform = Platform.SANDBOX
            if k == WEIBO_DEMO_K:  # a Weibo account talking to the offline sandbox server
                handle, name, color, remote_id = T.WEIBO_ACCOUNT
                platform = Platform.WEIBO
            if k >= len(T.ACCOUNTS):
                handle, remote_id = f"{handle}{k}", f"{remote_id}-{k}"
            acc_id = a0 + k + 1
            self.accounts.append((acc_id, handle))
            rows.append((acc_id, self.uid(), platform, f"sandbox://{T.SHOP_HOST}", handle,
                         name, remote_id, color, self.now - timedelta(hours=1),
                         self.start - timedelta(days=2)))
        self.insert(Account, (Account.id, Account.uid, Account.platform, Account.instance_url,
                              Account.handle, Account.display_name, Account.remote_id,
                              Account.color, Account.last_synced_at, Account.created_at), rows)
        if self.scale.accounts > WEIBO_DEMO_K:  # Weibo's settings, and a token due in 5 days
            expires = (self.now + timedelta(days=5, hours=3)).isoformat(timespec="seconds")
            Account.update(options_json=json.dumps({
                "app_key": "3000000001", "safe_domain": f"{T.SHOP_HOST}.example",
                "default_link": f"https://{T.SHOP_HOST}.example/", "token_expires_at":
                expires + "Z"})).where(Account.id == a0 + WEIBO_DEMO_K + 1).execute()

    def make_tags(self) -> None:
        t0 = _next_id(Tag)
        specs = (("Customer", TagKind.CUSTOMER, "#16a34a"), ("KOL", TagKind.KOL, "#d97706"),
                 ("Potential customer", TagKind.POTENTIAL, "#2563eb"),
                 ("Wholesale lead", TagKind.CUSTOM, "#db2777"),
                 ("Gluten-free", TagKind.CUSTOM, "#7c3aed"))
        self.tag_ids = {name: t0 + i + 1 for i, (name, _, _) in enumerate(specs)}
        self.insert(Tag, (Tag.id, Tag.name, Tag.kind, Tag.color, Tag.created_at),
                    [(t0 + i + 1, n, k, c, self.start) for i, (n, k, c) in enumerate(specs)])

    def make_people(self) -> None:
        rng = self.rng
        self.person0 = _next_id(Person)
        n = self.scale.people
        self.person_lang: list[str] = []
        self.person_handle: list[str] = []
        self.person_followers: list[int] = []
        used: set[str] = set()
        rows = []
        for i in range(n):
            verified = bot = False
            if i < len(T.KOLS):
                handle, name, lang, bio = T.KOLS[i]
                followers = rng.randrange(20_000, 200_000)
                verified = True
            else:
                lang = rng.choices(T.LANGS, weights=(35, 40, 25))[0]
                family, fam_key = rng.choice(T.NAMES[lang]["family"])
                given, giv_key = rng.choice(T.NAMES[lang]["given"])
                if lang == "zh":
                    name = family + given
                    handle = rng.choice((f"{giv_key}_{fam_key}", f"{fam_key}{giv_key}"))
                else:
                    name = f"{given} {family}"
                    handle = rng.choice((f"{_ascii(given)}_{_ascii(family)}",
                                         f"{_ascii(given)}{_ascii(family)[:1]}"))
                bio = rng.choice(T.BIOS[lang])
                followers = int(rng.lognormvariate(4.5, 1.3))
                verified = rng.random() < 0.01
                bot = rng.random() < 0.005
            base = handle
            while handle in used:
                handle = f"{base}{rng.randrange(10, 10_000)}"
            used.add(handle)
            self.person_lang.append(lang)
            self.person_handle.append(handle)
            self.person_followers.append(followers)
            seen = self.start - timedelta(days=rng.randrange(0, 30))
            rows.append((self.person0 + i + 1, Platform.SANDBOX, f"sbx-u{i + 1:07d}", handle, name,
                         bio, followers, int(rng.lognormvariate(5.0, 1.0)),
                         int(rng.lognormvariate(5.5, 1.5)), verified, bot, seen,
                         self.now - timedelta(days=rng.randrange(0, 60))))
        self.insert(Person, (Person.id, Person.platform, Person.remote_id, Person.handle,
                             Person.display_name, Person.bio, Person.followers_count,
                             Person.following_count, Person.posts_count, Person.verified,
                             Person.bot, Person.created_at, Person.updated_at), rows)

    def make_followers(self) -> None:
        """Edges whose first_seen follows the growth curve; losses, more of them in the crisis."""
        rng = self.rng
        n = self.scale.people
        growth = [w * (0.3 if self.in_crisis(d) else 1.0) for d, w in enumerate(self.day_weight)]
        cum = list(itertools.accumulate(growth))
        # Per account per day: +joined, -left (for the snapshots).
        self.follow_delta: list[list[int]] = []
        self.follow_initial: list[int] = []
        edges = []
        for k, (acc_id, _) in enumerate(self.accounts):
            share = k % len(_FOLLOW_INITIAL)
            initial = int(n * _FOLLOW_INITIAL[share])
            new = int(n * _FOLLOW_NEW[share])
            chosen = rng.sample(range(n), initial + new)
            delta = [0] * self.days
            alive_initial = initial
            for j, p in enumerate(chosen):
                if j < initial:
                    first_day = -1
                    first = self.start - timedelta(days=rng.uniform(1, 700))
                else:
                    first_day, first = self.pick_moment(cum)
                    delta[first_day] += 1
                lost = None
                r = rng.random()
                crisis_loss = first_day < self.crisis and r < 0.05
                if crisis_loss or r < 0.12:
                    if crisis_loss:
                        lost_day = self.crisis + rng.randrange(10)
                    else:
                        lost_day = rng.randrange(max(first_day + 1, 0), self.days + 200)
                    if lost_day < self.days - 1:
                        lost = (self.start + timedelta(days=lost_day, hours=rng.randrange(6, 22),
                                                       minutes=rng.randrange(60)))
                        delta[lost_day] -= 1
                if lost is not None:
                    last_seen = max(first, lost - timedelta(hours=rng.randrange(1, 30)))
                else:
                    last_seen = self.now - timedelta(minutes=rng.randrange(30, 120))
                edges.append((acc_id, self.person0 + p + 1, first, last_seen, lost))
            self.follow_delta.append(delta)
            self.follow_initial.append(alive_initial)
        self.insert(FollowerEdge, (FollowerEdge.account, FollowerEdge.person,
                                   FollowerEdge.first_seen, FollowerEdge.last_seen,
                                   FollowerEdge.lost_at), edges)
        # Followers at the end of each day, per account.
        self.followers_on: list[list[int]] = []
        for k in range(len(self.accounts)):
            running = self.follow_initial[k]
            series = []
            for d in range(self.days):
                running += self.follow_delta[k][d]
                series.append(running)
            self.followers_on.append(series)

    def make_watches(self) -> None:
        w0 = _next_id(KeywordWatch)
        brand = self.accounts[0][0]
        self.watch_ids = [w0 + i + 1 for i in range(len(T.WATCHES))]
        self.insert(KeywordWatch, (KeywordWatch.id, KeywordWatch.account, KeywordWatch.query,
                                   KeywordWatch.kind, KeywordWatch.created_at),
                    [(self.watch_ids[i], brand, q, kind, self.start + timedelta(days=3))
                     for i, (q, kind, _) in enumerate(T.WATCHES)])

    # -- posts (planned first: mentions reply to them, drafts link to them) ------------------

    def post_text(self, category: str, lang: str, account_k: int = 0,
                  diverged: bool = False) -> tuple[str, str, str]:
        title, body = self.rng.choice(T.DRAFTS[category][lang])
        product = self.rng.choice(T.PRODUCTS[lang])
        title, body = T.fill(title, product), T.fill(body, product)
        tags = " ".join(self.rng.sample(T.HASHTAGS[lang], 2))
        if diverged:
            body = T.VARIANT_PREFIX[account_k % len(T.VARIANT_PREFIX)][lang] + body
        return title, body, tags

    def plan_posts(self) -> None:
        rng = self.rng
        p0 = _next_id(Post)
        total_share = sum(_POST_SHARE[k % 5] for k in range(len(self.accounts)))
        cum = list(itertools.accumulate(self.day_weight))
        posts = []
        for k, (acc_id, _handle) in enumerate(self.accounts):
            count = round(self.scale.posts * _POST_SHARE[k % 5] / total_share)
            for _ in range(count):
                day, when = self.pick_moment(cum, _POST_HOUR_WEIGHTS, _POST_HOURS)
                category = rng.choices(Category.ALL, weights=_CATEGORY_WEIGHTS)[0]
                lang = rng.choice(_ACCOUNT_LANGS[k % 5])
                posts.append([acc_id, k, day, when, category, lang])
        posts.sort(key=lambda p: p[3])
        self.posts = []  # (post_id, acc_id, k, day, when, category, lang, remote_id)
        self.posts_by_account: dict[int, tuple[list[datetime], list[str]]] = {
            a: ([], []) for a, _ in self.accounts}
        for i, (acc_id, k, day, when, category, lang) in enumerate(posts):
            post_id = p0 + i + 1
            remote_id = f"sbx-p{post_id:07d}"
            self.posts.append((post_id, acc_id, k, day, when, category, lang, remote_id))
            times, ids = self.posts_by_account[acc_id]
            times.append(when)
            ids.append(remote_id)
        self.post_draft: dict[int, int] = {}
        self.post_body: dict[int, tuple[str, str]] = {}
        self.post_outbox: dict[int, int] = {}

    # -- drafts, their targets, scheduled outbox ----------------------------------------------

    def make_drafts_and_schedule(self) -> None:
        rng = self.rng
        self.d0 = _next_id(Draft)
        self.o0 = _next_id(OutboxItem)
        self.next_outbox = self.o0
        self.drafts: list[tuple] = []
        self.targets: list[tuple] = []
        self.outbox: list[tuple] = []
        n_accounts = len(self.accounts)

        def add_draft(category: str, lang: str, state: str, created: datetime,
                      updated: datetime, account_ks: Sequence[int], archived: bool = False,
                      diverge_p: float = 0.3) -> tuple[int, dict[int, str]]:
            title, body, tags = self.post_text(category, lang)
            draft_id = self.d0 + len(self.drafts) + 1
            self.drafts.append((draft_id, self.uid(), title, body, category, lang, tags,
                                f"{T.SHOP_LINK}/{category.replace('_', '-')}", state, archived,
                                created, updated))
            texts = {}
            for j, k in enumerate(account_ks):
                acc_id = self.accounts[k][0]
                diverged = j > 0 and rng.random() < diverge_p
                variant = (T.VARIANT_PREFIX[k % len(T.VARIANT_PREFIX)][lang] + body
                           if diverged else None)
                self.targets.append((draft_id, acc_id, variant, diverged, updated))
                texts[k] = variant or body
            return draft_id, texts

        def pick_accounts() -> list[int]:
            extra = [k for k in range(n_accounts) if k and rng.random() < 0.35]
            return [rng.randrange(n_accounts) if rng.random() < 0.3 else 0, *extra][:3]

        # 1. plain drafts: every category in every language first.
        n_plain = max(len(Category.ALL) * len(T.LANGS), self.scale.drafts // 5)
        combos = [(c, lang) for c in Category.ALL for lang in T.LANGS]
        for i in range(n_plain):
            category, lang = combos[i] if i < len(combos) else (
                rng.choices(Category.ALL, weights=_CATEGORY_WEIGHTS)[0], rng.choice(T.LANGS))
            updated = self.now - timedelta(minutes=rng.randrange(10, 60 * 24 * 90))
            created = updated - timedelta(minutes=rng.randrange(0, 60 * 24 * 20))
            ks = sorted(set(pick_accounts()))
            add_draft(category, lang, DraftState.DRAFT, created, updated, ks,
                      archived=i >= len(combos) and rng.random() < 0.1)

        # 2. scheduled posts over the coming three weeks (local times, kept in the owner's zone).
        tomorrow = self.now.date() + timedelta(days=1)
        server_held = 0
        for day in range(21):
            local_day = tomorrow + timedelta(days=day)
            for k in range(n_accounts):
                rate = _SCHEDULE_PER_DAY[k % 5]
                count = int(rate) + (rng.random() < rate - int(rate))
                hours = sorted(rng.sample(_SCHEDULE_HOURS, count))
                for hour in hours:
                    local = datetime.combine(local_day, time(hour, rng.choice((0, 15, 30, 45))))
                    when = self.local_to_utc(local)
                    category = rng.choices(Category.ALL, weights=_CATEGORY_WEIGHTS)[0]
                    lang = rng.choice(_ACCOUNT_LANGS[k % 5])
                    ks = [k] + ([rng.choice([j for j in range(n_accounts) if j != k])]
                                if n_accounts > 1 and rng.random() < 0.25 else [])
                    created = self.now - timedelta(hours=rng.randrange(2, 24 * 10))
                    draft_id, texts = add_draft(category, lang, DraftState.SCHEDULED, created,
                                                created, ks, diverge_p=0.7)
                    for j, tk in enumerate(ks):
                        at = when + timedelta(hours=j * rng.randrange(1, 4))
                        held = ""
                        if k == 0 and j == 0 and server_held < 3 and day >= 1:
                            server_held += 1
                            held = f"sbx-sched-{rng.getrandbits(32):08x}"
                        self.add_outbox(OutboxKind.PUBLISH, tk, texts[tk], lang,
                                        state=OutboxState.QUEUED, scheduled_at=at,
                                        draft_id=draft_id, created=created,
                                        server_scheduled_id=held)

        # One that failed and one whose outcome is unknown, both due yesterday evening.
        for state, error, k, attempts in (
            (OutboxState.FAILED, "The server did not answer (timed out after 3 attempts). "
             "Check the connection, then retry.", 0, 3),
            (OutboxState.UNKNOWN, "The connection dropped after the post was sent; mbdesk "
             "checks whether it was published before trying again.", min(1, n_accounts - 1), 1),
        ):
            lang = _ACCOUNT_LANGS[k % 5][0]
            local = datetime.combine(self.now.date() - timedelta(days=1), time(20, 0))
            at = self.local_to_utc(local)
            created = at - timedelta(days=2)
            draft_state = DraftState.FAILED if state == OutboxState.FAILED else DraftState.SCHEDULED
            draft_id, texts = add_draft(Category.PROMOTION, lang, draft_state, created, created,
                                        [k])
            self.add_outbox(OutboxKind.PUBLISH, k, texts[k], lang, state=state, scheduled_at=at,
                            draft_id=draft_id, created=created, attempts=attempts,
                            last_error=error, last_attempt_at=at + timedelta(minutes=4))

        # 3. published drafts: the newest posts came from drafts through the outbox.
        n_published = max(0, self.scale.drafts - len(self.drafts))
        for post in self.posts[::-1][:n_published]:
            post_id, _acc, k, _day, when, category, lang, remote_id = post
            created = when - timedelta(hours=rng.randrange(1, 24 * 7))
            draft_id, texts = add_draft(category, lang, DraftState.PUBLISHED, created,
                                        when, [k])
            self.post_draft[post_id] = draft_id
            self.post_body[post_id] = (texts[k], self.drafts[-1][6])
            self.post_outbox[post_id] = self.add_outbox(
                OutboxKind.PUBLISH, k, texts[k], lang, state=OutboxState.SENT, scheduled_at=when,
                draft_id=draft_id, created=created, sent_at=when, remote_id=remote_id,
                last_attempt_at=when)

        self.insert(Draft, (Draft.id, Draft.uid, Draft.title, Draft.body, Draft.category,
                            Draft.language, Draft.hashtags, Draft.link, Draft.state,
                            Draft.archived, Draft.created_at, Draft.updated_at), self.drafts)
        self.insert(DraftTarget, (DraftTarget.draft, DraftTarget.account, DraftTarget.body,
                                  DraftTarget.diverged, DraftTarget.updated_at), self.targets)

    def add_outbox(self, kind: str, k: int, body: str, lang: str, *, state: str,
                   scheduled_at: datetime | None = None, draft_id: int | None = None,
                   mention_id: int | None = None, in_reply_to: str = "",
                   created: datetime, sent_at: datetime | None = None, remote_id: str = "",
                   attempts: int | None = None, last_error: str = "",
                   last_attempt_at: datetime | None = None,
                   server_scheduled_id: str = "") -> int:
        self.next_outbox += 1
        acc_id, handle = self.accounts[k]
        if attempts is None:
            attempts = 1 if state == OutboxState.SENT else 0
        url = f"sandbox://{T.SHOP_HOST}/@{handle}/{remote_id}" if remote_id else ""
        self.outbox.append((self.next_outbox, self.uid(), kind, acc_id, draft_id, mention_id,
                            in_reply_to, body, lang, scheduled_at,
                            T.SHOP_TZ if scheduled_at else "", state, attempts, last_error,
                            last_attempt_at, remote_id, url, server_scheduled_id, created,
                            sent_at or last_attempt_at or created, sent_at))
        return self.next_outbox

    # -- mentions ----------------------------------------------------------------------------

    def make_mentions(self) -> None:
        rng = self.rng
        m0 = _next_id(Mention)
        n_accounts = len(self.accounts)
        shares = [_MENTION_SHARE[k % 5] for k in range(n_accounts)]
        kinds = tuple(T.MENTION_WEIGHTS)
        kind_weights = tuple(T.MENTION_WEIGHTS.values())
        # Crisis: many more mentions (mostly complaints) for ten days.
        weights = [w * (4.0 if self.in_crisis(d) else 1.0) for d, w in enumerate(self.day_weight)]
        cum = list(itertools.accumulate(weights))
        engaged = list(range(self.scale.people))
        rng.shuffle(engaged)
        watch_texts = [(i, lang, text) for i, (_, _, texts) in enumerate(T.WATCHES)
                       for lang, text in texts]
        # people by language, in the same engaged order: an account's mentions come from
        # people who write its languages (the Weibo account's inbox is Chinese)
        by_lang = {lang: [p for p in engaged if self.person_lang[p] == lang]
                   for lang in T.LANGS}
        self.n_replies = 0
        self.queued_replies = 0

        def rows() -> Iterator[tuple]:
            for i in range(self.scale.mentions):
                mention_id = m0 + i + 1
                day, created = self.pick_moment(cum)
                pick = rng.random() ** 2.2
                person = engaged[int(len(engaged) * pick)]
                author_id = self.person0 + person + 1
                author = self.person_handle[person]
                status_id = f"sbx-s{mention_id:07d}"
                url = f"sandbox://{T.SHOP_HOST}/@{author}/{status_id}"
                received = created + timedelta(seconds=rng.randrange(20, 600))
                age = self.now - created
                if rng.random() < 0.12:  # a keyword-watch hit on the brand account
                    w, lang, text = rng.choice(watch_texts)
                    plain, markup = text, self.html(text, None, None)
                    state = MentionState.NEW if age < timedelta(days=2) and rng.random() < 0.5 \
                        else MentionState.DONE if age > timedelta(days=7) else MentionState.READ
                    yield (mention_id, self.accounts[0][0], f"sbx-w{mention_id:07d}",
                           Stream.WATCH, self.watch_ids[w], "status", author_id, markup, plain,
                           lang, url, status_id, "", status_id, f"conv-{mention_id}", state, 0,
                           False, created, received, None)
                    continue
                k = rng.choices(range(n_accounts), weights=shares)[0]
                acc_id, handle = self.accounts[k]
                langs = _ACCOUNT_LANGS[k % 5]
                if self.person_lang[person] not in langs and by_lang.get(langs[0]):
                    pool = by_lang[langs[0]]  # same draw, so the other accounts stay as they were
                    person = pool[int(len(pool) * pick)]
                    author_id = self.person0 + person + 1
                    author = self.person_handle[person]
                    url = f"sandbox://{T.SHOP_HOST}/@{author}/{status_id}"
                lang = self.person_lang[person]
                crisis = self.in_crisis(day) and k < 2 and rng.random() < 0.7
                kind = "complaint" if crisis else rng.choices(kinds, weights=kind_weights)[0]
                if crisis:
                    text = rng.choice(T.CRISIS_COMPLAINTS[lang])
                else:
                    text = T.fill(rng.choice(T.MENTIONS[kind][lang]), rng.choice(T.PRODUCTS[lang]))
                link = None
                if kind in ("praise", "chat") and rng.random() < 0.15:
                    link = f"{T.SHOP_LINK}/p/{rng.randrange(100, 999)}"
                plain = f"@{handle} {text}" + (f" {link}" if link else "")
                # Replies to one of our posts, otherwise a fresh mention.
                in_reply, root, mention_kind = "", status_id, "mention"
                times, ids = self.posts_by_account[acc_id]
                before = bisect.bisect_left(times, created)
                if before and rng.random() < 0.4:
                    in_reply = root = ids[before - 1 - min(before - 1, rng.randrange(3))]
                    mention_kind = "reply"
                state = self.mention_state(age, crisis)
                negative = kind == "complaint"
                priority = 2 if negative else 1 if kind in T.QUESTION_KINDS else 0
                first_reply = self.maybe_reply(mention_id, k, kind, lang, author, status_id,
                                               created, state)
                yield (mention_id, acc_id, f"sbx-n{mention_id:07d}", Stream.MENTIONS, None,
                       mention_kind, author_id, self.html(text, handle, link), plain, lang, url,
                       status_id, in_reply, root, f"conv-{root}", state, priority, negative,
                       created, received, first_reply)

        self.insert(Mention, (Mention.id, Mention.account, Mention.remote_id, Mention.stream,
                              Mention.watch, Mention.kind, Mention.author, Mention.text_html,
                              Mention.text_plain, Mention.language, Mention.url,
                              Mention.status_remote_id, Mention.in_reply_to_remote_id,
                              Mention.thread_root_remote_id, Mention.conversation_id,
                              Mention.state, Mention.priority, Mention.negative,
                              Mention.created_at, Mention.received_at, Mention.first_reply_at),
                    rows())

    def mention_state(self, age: timedelta, crisis: bool) -> str:
        r = self.rng.random()
        if crisis or age > timedelta(days=14):
            return MentionState.DONE if r < 0.9 else MentionState.READ if r < 0.98 \
                else MentionState.NEW
        if age > timedelta(days=3):
            return MentionState.DONE if r < 0.55 else MentionState.READ if r < 0.85 \
                else MentionState.NEW
        return MentionState.NEW if r < 0.6 else MentionState.READ if r < 0.85 \
            else MentionState.DONE

    def maybe_reply(self, mention_id: int, k: int, kind: str, lang: str, author: str,
                    status_id: str, created: datetime, state: str) -> datetime | None:
        """Queue the shop's answer (sent, or still waiting offline); return first_reply_at."""
        rng = self.rng
        body = f"@{author} {T.REPLIES[kind][lang]}"
        if state == MentionState.NEW:
            # Two answers written offline last night, waiting in the outbox.
            if kind in T.QUESTION_KINDS and self.queued_replies < 2 and \
                    self.now - created < timedelta(days=2):
                self.queued_replies += 1
                self.add_outbox(OutboxKind.REPLY, k, body, lang, state=OutboxState.QUEUED,
                                mention_id=mention_id, in_reply_to=status_id,
                                created=self.now - timedelta(minutes=40 - self.queued_replies))
            return None
        p = 0.85 if kind in T.QUESTION_KINDS or kind == "complaint" else \
            0.35 if kind == "praise" else 0.1
        if rng.random() >= p:
            return None
        median_minutes = 45 if k == 1 else 120
        delay = timedelta(minutes=min(60 * 72, median_minutes * rng.lognormvariate(0, 1.0)))
        replied = created + delay
        if replied >= self.now:
            return None
        self.add_outbox(OutboxKind.REPLY, k, body, lang, state=OutboxState.SENT,
                        mention_id=mention_id, in_reply_to=status_id,
                        created=replied - timedelta(minutes=2), sent_at=replied,
                        remote_id=f"sbx-r{mention_id:07d}", last_attempt_at=replied)
        return replied

    def html(self, text: str, handle: str | None, link: str | None) -> str:
        """Mastodon-like markup: an h-card mention, linked hashtags and an optional link."""
        body = html.escape(text, quote=False)
        body = _URL_RE.sub(lambda m: f'<a href="{m[0]}" rel="nofollow noopener" '
                           f'target="_blank">{m[0].split("://", 1)[1]}</a>', body)
        body = _HASHTAG_RE.sub(lambda m: f'<a href="sandbox://{T.SHOP_HOST}/tags/{m[1]}" '
                               f'class="mention hashtag" rel="tag">#<span>{m[1]}</span></a>',
                               body)
        if handle:
            body = (f'<span class="h-card" translate="no"><a href="sandbox://{T.SHOP_HOST}/'
                    f'@{handle}" class="u-url mention">@<span>{handle}</span></a></span> {body}')
        if link:
            body += (f' <a href="{link}" rel="nofollow noopener" target="_blank">'
                     f'{link.split("://", 1)[1]}</a>')
        return f"<p>{body}</p>"

    # -- outbox, posts, engagement -----------------------------------------------------------

    def write_outbox_and_posts(self) -> None:
        rng = self.rng
        self.insert(OutboxItem, (OutboxItem.id, OutboxItem.uid, OutboxItem.kind,
                                 OutboxItem.account, OutboxItem.draft, OutboxItem.mention,
                                 OutboxItem.in_reply_to_remote_id, OutboxItem.body,
                                 OutboxItem.language, OutboxItem.scheduled_at,
                                 OutboxItem.scheduled_tz, OutboxItem.state, OutboxItem.attempts,
                                 OutboxItem.last_error, OutboxItem.last_attempt_at,
                                 OutboxItem.remote_id, OutboxItem.remote_url,
                                 OutboxItem.server_scheduled_id, OutboxItem.created_at,
                                 OutboxItem.updated_at, OutboxItem.sent_at), self.outbox)
        k_of = {acc_id: (k, handle) for k, (acc_id, handle) in enumerate(self.accounts)}
        post_rows, metric_rows = [], []
        self.posts_per_day = [[0] * self.days for _ in self.accounts]
        for post_id, acc_id, k, day, when, category, lang, remote_id in self.posts:
            handle = k_of[acc_id][1]
            body, tags = self.post_body.get(post_id) or self.post_text(category, lang)[1:]
            post_rows.append((post_id, acc_id, remote_id, self.post_outbox.get(post_id),
                              self.post_draft.get(post_id), category, f"{body} {tags}",
                              f"sandbox://{T.SHOP_HOST}/@{handle}/{remote_id}", when))
            self.posts_per_day[k][day] += 1
            local = self.utc_to_local(when)
            followers = self.followers_on[k][day]
            mean = (followers * 0.015 * _HOUR_FACTOR.get(local.hour, 0.4)
                    * _WEEKDAY_FACTOR[local.weekday()] * _CATEGORY_FACTOR[category])
            favourites = int(mean * rng.lognormvariate(0, 0.35))
            final = (max(0, int(favourites * rng.uniform(0.04, 0.12))),
                     max(0, int(favourites * rng.uniform(0.12, 0.3))), favourites,
                     int(favourites * rng.uniform(0.8, 2.5)))
            for after, part in ((timedelta(hours=1), 0.35), (timedelta(days=1), 1.0)):
                taken = when + after
                if taken <= self.now:
                    metric_rows.append((post_id, taken, *(int(v * part) for v in final)))
        self.insert(Post, (Post.id, Post.account, Post.remote_id, Post.outbox, Post.draft,
                           Post.category, Post.text, Post.url, Post.published_at), post_rows)
        self.insert(PostMetricSnapshot, (PostMetricSnapshot.post, PostMetricSnapshot.taken_at,
                                         PostMetricSnapshot.replies, PostMetricSnapshot.reposts,
                                         PostMetricSnapshot.favourites,
                                         PostMetricSnapshot.clicks), metric_rows)

    def make_snapshots(self) -> None:
        rows = []
        for k, (acc_id, _) in enumerate(self.accounts):
            posts = _POSTS_BASE[k % 5]
            for d in range(self.days):
                posts += self.posts_per_day[k][d]
                rows.append((acc_id, (self.start + timedelta(days=d)).date(),
                             self.followers_on[k][d], _FOLLOWING_BASE[k % 5] + d // 15, posts))
        self.insert(AccountSnapshot, (AccountSnapshot.account, AccountSnapshot.day,
                                      AccountSnapshot.followers, AccountSnapshot.following,
                                      AccountSnapshot.posts), rows)

    def make_person_tags_and_notes(self) -> None:
        rng = self.rng
        n = self.scale.people
        factor = n / DEMO.people
        links: set[tuple[int, int]] = set()
        tag = self.tag_ids
        for i in range(n):
            pid = self.person0 + i + 1
            if self.person_followers[i] >= 5000:
                links.add((pid, tag["KOL"]))
            r = rng.random()
            if r < 0.08:
                links.add((pid, tag["Customer"]))
            elif r < 0.12:
                links.add((pid, tag["Potential customer"]))
        for name, count in (("Wholesale lead", 15), ("Gluten-free", 25)):
            for i in rng.sample(range(n), min(n, int(count * factor))):
                links.add((self.person0 + i + 1, tag[name]))
        self.insert(PersonTag, (PersonTag.person, PersonTag.tag, PersonTag.created_at),
                    [(p, t, self.now - timedelta(days=rng.randrange(1, self.days)))
                     for p, t in sorted(links)])
        customers = sorted(p for p, t in links if t == tag["Customer"])
        notes = []
        for pid in rng.sample(customers, min(len(customers), int(40 * factor))):
            lang = self.person_lang[pid - self.person0 - 1]
            when = self.now - timedelta(days=rng.randrange(1, self.days))
            notes.append((pid, rng.choice(T.NOTES[lang]), when, when))
        self.insert(Note, (Note.person, Note.body, Note.created_at, Note.updated_at), notes)
