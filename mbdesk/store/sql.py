"""Raw SQL on the workspace database, with or without the ORM loaded.

The inbox's first screen (account briefs, settings, the first page and its counts, the
response figures, the crisis check) is plain SQL; loading peewee and the models for it costs
~45 ms of start-up. Start-up calls :func:`open_plain` before the ORM is loaded: until
``store.db.connect`` binds the ORM, :func:`execute` runs on a plain ``sqlite3`` connection per
thread (the first page may be paged on worker threads) with the pragmas that matter for reads.
Once the ORM is bound, it runs on the ORM's own connection of the thread, so a query inside an
ORM transaction sees that transaction's writes. Neither Qt nor peewee is imported here.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

    from peewee import DatabaseProxy

# The read pragmas of ``store.db.PRAGMAS`` (journal mode and synchronous are the file's and the
# writer's business); kept in step by tests/test_store_sql.py.
PLAIN_PRAGMAS = {"busy_timeout": 5000, "foreign_keys": 1, "cache_size": -4000}

_proxy: DatabaseProxy | None = None  # the models' database, bound by store.db.connect
_path: Path | None = None  # the workspace database, for the plain connections
_local = threading.local()


def use_orm(proxy: DatabaseProxy) -> None:
    """Run every later query through the ORM's database (``store.db.connect`` calls this)."""
    global _proxy
    _proxy = proxy


def open_plain(path: Path) -> None:
    """Run queries on plain connections to ``path`` until the ORM is bound (start-up, before
    loading peewee). Connections open on first use, one per thread."""
    global _path, _proxy
    _path = Path(path)
    _proxy = None


def orm_bound() -> bool:
    proxy = _proxy
    return proxy is not None and proxy.obj is not None


def execute(sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
    """Run ``sql`` and return its cursor (rows as tuples, times as ISO text)."""
    proxy = _proxy
    if proxy is not None and proxy.obj is not None:
        if getattr(_local, "conn", None) is not None:
            _close_plain()  # the ORM has taken over: this thread's plain connection is done
        return proxy.execute_sql(sql, params)
    return _plain().execute(sql, params)


def _plain() -> sqlite3.Connection:
    conn = getattr(_local, "conn", None)
    if conn is None:
        if _path is None:
            raise RuntimeError("the database is not open: call store.db.connect() or "
                               "store.sql.open_plain() first")
        # autocommit, like peewee's connections: a read holds no transaction after it ends
        conn = sqlite3.connect(_path, isolation_level=None, check_same_thread=False)
        for name, value in PLAIN_PRAGMAS.items():
            conn.execute(f"PRAGMA {name} = {value}")
        _local.conn = conn
    return conn


def close_thread() -> None:
    """Close this thread's connections (a worker thread calls it after each task): the plain
    one, and the ORM's when the ORM is loaded."""
    _close_plain()
    proxy = _proxy
    if proxy is not None and proxy.obj is not None and not proxy.is_closed():
        proxy.close()


def _close_plain() -> None:
    conn = getattr(_local, "conn", None)
    if conn is not None:
        _local.conn = None
        conn.close()
