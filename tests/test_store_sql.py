"""Raw SQL with or without the ORM (``store/sql.py``): the inbox's first load reads the same
briefs, settings, rows, counts and figures on a plain sqlite3 connection (main thread and a
worker thread, no peewee loaded) as on the ORM's connection, for the same database.

This module's top imports stay peewee-free: a child process imports it for the plain path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest

from mbdesk.store import sql

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent


def first_load(now: datetime) -> list[str]:
    """What the inbox's first load reads (``InboxView.refresh`` and the paging after it), as
    text: one function for both paths."""
    from mbdesk.store import crisis, settings
    from mbdesk.store.constants import MentionState, Stream
    from mbdesk.store.queries import accounts, mentions, response
    from mbdesk.store.queries.mentions import MentionFilter

    briefs = accounts.account_briefs()
    out: list[object] = [briefs, mentions.tag_choices()]
    out += [settings.get(key) for key in ("saved_replies", "timezone", "shop_name",
                                          "crisis_threshold_per_hour", "publishing_paused")]
    filters = [MentionFilter(), MentionFilter(account_id=briefs[-1].id),
               MentionFilter(state=MentionState.NEW), MentionFilter(stream=Stream.WATCH),
               MentionFilter(flag="negative"), MentionFilter(tag="kind:customer"),
               MentionFilter(search="pan"), MentionFilter(search="的", state=MentionState.NEW)]
    for flt in filters:
        first = mentions.page(flt, limit=mentions.FIRST_PAGE_SIZE)
        out += [flt, first, mentions.count(flt), mentions.states_of([r.id for r in first])]
        if first:  # the next page, as scrolling asks for it
            out.append(mentions.page(flt, first[-1].key, mentions.PAGE_SIZE))
    for account_id in (None, briefs[0].id):
        out += [mentions.counts(account_id), response.waiting(account_id),
                response.overall_median(7, now, account_id)]
    out += [response.median_first_response(30, now), crisis.status(now),
            crisis.max_mention_id()]
    return [repr(value) for value in out]


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory) -> Path:
    """A filled workspace (the demo: accounts, tags, answered, negative and watch mentions),
    made by the command line in its own process."""
    data = tmp_path_factory.mktemp("sql")
    result = subprocess.run(
        [sys.executable, "main.py", "--demo", "--data-dir", str(data), "accounts", "list"],
        cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True,
        text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return data / "demo-workspace" / "mbdesk.sqlite3"


@pytest.fixture
def orm_afterwards():
    """Tests here switch the raw queries to plain connections: give them back to the ORM."""
    yield
    from mbdesk.store.models import database_proxy

    sql.close_thread()
    sql.use_orm(database_proxy)


PLAIN_CHILD = """
import json, sys, threading
from datetime import datetime
sys.path.insert(0, {tests!r})
from mbdesk.store import sql
sql.open_plain({database!r})
import test_store_sql
now = datetime.fromisoformat({now!r})
main = test_store_sql.first_load(now)
worker = []
def work():
    worker.append(test_store_sql.first_load(now))
    sql.close_thread()
thread = threading.Thread(target=work)
thread.start()
thread.join()
print(json.dumps({{"main": main, "worker": worker[0], "peewee": "peewee" in sys.modules}}))
"""


def test_plain_connections_read_what_the_orm_reads(demo_database: Path) -> None:
    from mbdesk.store.constants import utcnow
    from mbdesk.store.db import connect

    now = utcnow()
    child = subprocess.run(
        [sys.executable, "-c", PLAIN_CHILD.format(tests=str(TESTS), database=str(demo_database),
                                                  now=now.isoformat())],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert child.returncode == 0, child.stderr
    plain = json.loads(child.stdout)
    assert plain["peewee"] is False  # the whole first load ran without the ORM
    db = connect(demo_database)
    try:
        assert sql.orm_bound()
        with_orm = first_load(now)
    finally:
        db.close()
    assert plain["main"] == with_orm
    assert plain["worker"] == with_orm
    # not vacuous: the demo has accounts, rows on the first page, tags and answered mentions
    assert "AccountBrief(" in with_orm[0] and "customer" in with_orm[1]
    assert sum("MentionRow(" in text for text in with_orm) >= 10
    assert "timedelta(" in with_orm[-3]  # median_first_response over 30 days


def test_plain_connection_has_the_read_pragmas_and_gives_way_to_the_orm(
        demo_database: Path, orm_afterwards) -> None:
    from mbdesk.store.db import PRAGMAS, connect

    assert sql.PLAIN_PRAGMAS.items() <= PRAGMAS.items()
    sql.open_plain(demo_database)
    assert not sql.orm_bound()
    assert sql.execute("PRAGMA busy_timeout").fetchone()[0] == PRAGMAS["busy_timeout"]
    assert sql.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    plain = sql._local.conn
    db = connect(demo_database)  # start-up loads the ORM: the raw queries move over
    try:
        assert sql.orm_bound()
        (accounts,) = sql.execute("SELECT COUNT(*) FROM account").fetchone()
        assert accounts == 3
        assert sql._local.conn is None  # this thread's plain connection was closed
        with pytest.raises(Exception, match="closed"):
            plain.execute("SELECT 1")
        # a write in an ORM transaction is seen by a raw read in it (the same connection)
        with db.atomic() as transaction:
            db.execute_sql("UPDATE account SET display_name = 'Renamed' WHERE id = 1")
            assert sql.execute("SELECT display_name FROM account WHERE id = 1").fetchone()[0] \
                == "Renamed"
            transaction.rollback()
    finally:
        db.close()


def test_worker_threads_get_their_own_plain_connection(demo_database: Path,
                                                        orm_afterwards) -> None:
    sql.open_plain(demo_database)
    mine = sql._plain()
    seen: list[object] = []

    def work() -> None:
        seen.append(sql._plain())
        seen.append(sql.execute("SELECT COUNT(*) FROM mention").fetchone()[0])
        sql.close_thread()
        seen.append(sql._local.__dict__.get("conn"))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen[0] is not mine and seen[1] > 0 and seen[2] is None
    assert sql._local.conn is mine  # closing the worker's left this thread's open
