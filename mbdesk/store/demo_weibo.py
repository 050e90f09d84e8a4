"""The demo's Weibo account gets Weibo people (its followers, mention authors, requests).

The sync keys people by the account's platform (``ingest.upsert_people(info.platform, …)``),
as a real Weibo user id names someone on Weibo only. The demo generator draws one pool of
people (platform ``sandbox``) for all its accounts; the Weibo account, although served by the
offline sandbox, is a ``weibo`` account, so its first sync found none of its stored followers:
every one of them "lost" and the same number "new" on the same day. Here each person that
account knows becomes a Weibo person of their own (same remote id, which is what the sandbox
server is seeded with), carrying their tags and notes, as the shop would have them there too.
"""

from __future__ import annotations

from mbdesk.store.models import (
    FollowerEdge,
    FollowRequest,
    Mention,
    Note,
    Person,
    PersonTag,
    Platform,
    database_proxy,
)


def give_account_its_people(account_id: int, platform: str = Platform.WEIBO) -> int:
    """Point ``account_id``'s follower edges, mentions and follow requests at people of
    ``platform`` (cloned from the people they name, tags and notes included). Returns how
    many people were cloned; nothing when they are already right (so it can run again)."""
    if not _foreign_people(account_id, platform):  # the usual case: a look, no write lock
        return 0
    # IMMEDIATE: two commands starting at once on an old demo queue instead of failing
    with database_proxy.atomic(lock_type="IMMEDIATE"):
        return _give(account_id, platform)


_USES = ((FollowerEdge, "person_id"), (FollowRequest, "person_id"), (Mention, "author_id"))


def _foreign_people(account_id: int, platform: str) -> list[int]:
    """Ids of the people ``account_id``'s rows name who are not people of ``platform``."""
    sources = " UNION ".join(
        f'SELECT "{col}" FROM "{model._meta.table_name}" WHERE account_id = ?'
        for model, col in _USES)
    return [r[0] for r in database_proxy.execute_sql(
        f'SELECT id FROM "{Person._meta.table_name}" WHERE id IN ({sources}) '
        "AND platform <> ? ORDER BY id", [account_id] * len(_USES) + [platform]).fetchall()]


def _give(account_id: int, platform: str) -> int:
    db = database_proxy.obj
    person = Person._meta.table_name
    uses = _USES
    ids = _foreign_people(account_id, platform)
    if not ids:
        return 0
    columns = [f.column_name for f in Person._meta.sorted_fields
               if f.column_name not in ("id", "platform")]
    cols = ", ".join(f'"{c}"' for c in columns)
    db.execute_sql("CREATE TEMP TABLE IF NOT EXISTS demo_person_map (src INTEGER PRIMARY KEY, "
                   "dst INTEGER NOT NULL)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS temp.demo_person_map_dst ON demo_person_map (dst)")
    db.execute_sql("DELETE FROM demo_person_map")
    try:
        conn = db.connection()
        conn.executemany("INSERT INTO demo_person_map (src, dst) VALUES (?, 0)",
                         [(i,) for i in ids])
        # ORDER BY keeps the clones' ids in the same order as the originals (deterministic).
        before = db.execute_sql(f'SELECT COUNT(*) FROM "{person}"').fetchone()[0]
        db.execute_sql(
            f'INSERT INTO "{person}" (platform, {cols}) SELECT ?, {cols} FROM "{person}" '
            "WHERE id IN (SELECT src FROM demo_person_map) ORDER BY id "
            "ON CONFLICT (platform, remote_id) DO NOTHING", [platform])
        cloned = db.execute_sql(f'SELECT COUNT(*) FROM "{person}"').fetchone()[0] - before
        db.execute_sql(
            f'UPDATE demo_person_map SET dst = (SELECT w.id FROM "{person}" AS w '
            "WHERE w.platform = ? AND w.remote_id = (SELECT s.remote_id "
            f'FROM "{person}" AS s WHERE s.id = demo_person_map.src))', [platform])
        _merge_edges(account_id)
        for model, col in uses:
            table = model._meta.table_name
            db.execute_sql(
                f'UPDATE OR IGNORE "{table}" SET "{col}" = (SELECT dst FROM demo_person_map '
                f'WHERE src = "{table}"."{col}") WHERE account_id = ? '
                f'AND "{col}" IN (SELECT src FROM demo_person_map)', [account_id])
        tag, note = PersonTag._meta.table_name, Note._meta.table_name
        db.execute_sql(
            f'INSERT OR IGNORE INTO "{tag}" (person_id, tag_id, created_at) '
            f'SELECT m.dst, t.tag_id, t.created_at FROM "{tag}" AS t '
            "JOIN demo_person_map AS m ON m.src = t.person_id ORDER BY m.dst, t.tag_id")
        db.execute_sql(
            f'INSERT INTO "{note}" (person_id, body, created_at, updated_at) '
            f'SELECT m.dst, n.body, n.created_at, n.updated_at FROM "{note}" AS n '
            "JOIN demo_person_map AS m ON m.src = n.person_id "
            f'WHERE NOT EXISTS (SELECT 1 FROM "{note}" AS x WHERE x.person_id = m.dst) '
            "ORDER BY n.id")
    finally:
        db.execute_sql("DELETE FROM demo_person_map")
    return cloned


def _merge_edges(account_id: int) -> None:
    """A demo workspace synced before this fix has both edges of a follower: the stored one
    (marked lost by that sync) and the one the sync made (counted new). One edge stays:
    the first ``first_seen`` and the baseline flag of the stored one, ``lost_at`` and
    ``last_seen`` of the sync's, so the churn disappears from the history too."""
    db = database_proxy.obj
    edge = FollowerEdge._meta.table_name
    pairs = db.execute_sql(  # (stored edge, the sync's edge): none in a freshly made demo
        f'SELECT s.id, t.id FROM demo_person_map AS m JOIN "{edge}" AS t '
        "ON t.person_id = m.dst AND t.account_id = ? "
        f'JOIN "{edge}" AS s ON s.person_id = m.src AND s.account_id = ?',
        [account_id, account_id]).fetchall()
    for old, new in pairs:
        db.execute_sql(
            f'UPDATE "{edge}" SET first_seen = MIN(first_seen, (SELECT first_seen FROM "{edge}" '
            f'WHERE id = ?)), baseline = (SELECT baseline FROM "{edge}" WHERE id = ?) '
            "WHERE id = ?", [old, old, new])
        db.execute_sql(f'DELETE FROM "{edge}" WHERE id = ?', [old])
