"""CSV import: a report for every kind of bad input before anything is scheduled, all-or-nothing
import; CSV export that imports back; iCalendar export parsed back; the ``mbdesk schedule`` CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from PIL import Image

from mbdesk.domain.schedule_csv import AccountInfo, check_csv, describe
from mbdesk.store import schedule_io
from mbdesk.store.models import Account, Draft, Media, OutboxItem, OutboxState

NOW = datetime(2026, 3, 1, 12, 0)
ACCOUNTS = {
    "shop@example.social": AccountInfo(1, "shop@example.social", "mastodon"),
    "shop": AccountInfo(1, "shop@example.social", "mastodon"),
    "bakery.weibo": AccountInfo(2, "bakery.weibo", "weibo"),
}
HEADER = "datetime,account,text,link,media,alt_text\n"


def check(text: str | bytes, tmp_path: Path | None = None, zone: str = "Europe/Madrid"):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return check_csv(data, accounts=ACCOUNTS, default_zone=zone, now=NOW, base_dir=tmp_path)


def codes(report) -> list[list[str]]:
    return [[p.code for p in row.problems] for row in report.rows]


def test_a_good_file_in_the_users_zone_with_offsets_and_zone_names(tmp_path):
    Image.new("RGB", (8, 8), "tan").save(tmp_path / "bread.jpg")  # checked by content
    report = check(HEADER
                   + "2026-03-10 09:00,shop,Fresh bread,https://shop.example,bread.jpg,A loaf\n"
                   + "2026-03-10T09:00+08:00,@shop@example.social,Zǎo ān,,,\n"
                   + "2026-03-10 09:00 Asia/Shanghai,bakery.weibo,早上好,,,\n", tmp_path)
    assert not report.problems and codes(report) == [[], [], []]
    first, second, third = report.rows
    assert first.when == datetime(2026, 3, 10, 8, 0) and first.zone_name == "Europe/Madrid"
    assert first.body == "Fresh bread\nhttps://shop.example"
    assert first.media_path == str(tmp_path / "bread.jpg") and first.alt_text == "A loaf"
    assert second.when == datetime(2026, 3, 10, 1, 0)
    assert third.when == datetime(2026, 3, 10, 1, 0) and third.zone_name == "Asia/Shanghai"
    assert report.importable and len(report.valid) == 3


def test_a_latin1_file_is_reported_not_guessed():
    data = (HEADER + "2026-03-10 09:00,shop,Pan de café,,,\n").encode("latin-1")
    report = check(data)
    (problem,) = report.problems
    assert problem.code == "encoding" and problem.detail["line"] == 2
    assert "UTF-8" in describe(problem) and "0xE9" in describe(problem)
    assert report.rows == [] and not report.importable


def test_utf8_with_a_byte_order_mark_and_semicolons_is_read():
    report = check(b"\xef\xbb\xbf" + "datetime;account;text\n2026-03-10 09:00;shop;Hola café\n"
                   .encode())
    assert not report.problems and codes(report) == [[]]
    assert report.rows[0].body == "Hola café"


def test_missing_columns_are_named():
    report = check("when,text\n2026-03-10 09:00,hello\n")
    (problem,) = report.problems
    assert problem.code == "missing_columns" and problem.detail["missing"] == ["account"]
    report = check("account,text\nshop,hello\n")
    assert report.problems[0].detail["missing"] == ["datetime"]
    assert "datetime" in describe(report.problems[0])


def test_each_bad_row_has_its_reason_and_good_rows_are_kept_apart(tmp_path):
    report = check(HEADER
                   + "2026-03-10 09:00,nobody,Hi,,,\n"            # unknown account
                   + "next tuesday,shop,Hi,,,\n"                  # unparseable date
                   + "2026-02-01 09:00,shop,Hi,,,\n"              # in the past
                   + "2026-03-29 02:30,shop,Spring,,,\n"          # DST gap in Madrid
                   + "2026-03-10 09:00,bakery.weibo," + "字" * 141 + ",,,\n"  # too long
                   + "2026-03-10 09:00,shop,Pic,,missing.png,\n"  # media file missing
                   + "2026-03-10 09:00 Mars/Base,shop,Hi,,,\n"    # unknown zone
                   + "2026-03-11 10:00,shop,Fine,,,\n", tmp_path)
    assert codes(report) == [["unknown_account"], ["bad_date"], ["past"], ["dst_gap"],
                             ["too_long"], ["no_media"], ["bad_zone"], []]
    assert [r.line for r in report.invalid] == [2, 3, 4, 5, 6, 7, 8]
    assert len(report.valid) == 1 and report.valid[0].line == 9
    gap = report.rows[3].problems[0]
    assert "2026-03-29 02:30" in describe(gap) and "Europe/Madrid" in describe(gap)
    too_long = report.rows[4].problems[0]
    assert too_long.detail["count"] == 141 and too_long.detail["limit"] == 140


def test_the_same_wall_clock_in_a_zone_without_dst_is_fine():
    report = check(HEADER + "2026-03-29 02:30,shop,Spring,,,\n", zone="Asia/Shanghai")
    assert codes(report) == [[]]


@pytest.fixture
def shop(db):
    return Account.create(platform="mastodon", handle="shop@example.social", color="#e11d48")


def write(tmp_path: Path, text: str, name: str = "plan.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_is_all_or_nothing_and_creates_drafts(db, shop, tmp_path, workspace):
    Image.new("RGB", (8, 8), "tan").save(tmp_path / "bread.jpg")  # checked by content
    path = write(tmp_path, HEADER + "2030-03-10 09:00,shop,Fresh bread,,bread.jpg,A loaf\n"
                 + "2030-03-11 09:00,shop,Rye,https://shop.example/rye,,\n")
    report = schedule_io.check_import(path, "Europe/Madrid")
    assert report.importable
    ids = schedule_io.import_rows(report.valid, workspace.media)
    rows = list(OutboxItem.select().order_by(OutboxItem.id))
    assert [r.id for r in rows] == ids
    assert rows[0].scheduled_at == datetime(2030, 3, 10, 8, 0)
    assert rows[0].scheduled_tz == "Europe/Madrid" and rows[0].state == OutboxState.QUEUED
    assert rows[1].body == "Rye\nhttps://shop.example/rye"
    assert Draft.select().count() == 2 and rows[0].draft_id is not None
    media = Media.get()
    assert media.alt_text == "A loaf" and Path(media.path).parent == workspace.media
    bad = schedule_io.check_import(write(tmp_path, HEADER + "2030-03-10 09:00,nobody,x,,,\n",
                                         "bad.csv"), "Europe/Madrid")
    with pytest.raises(ValueError):
        schedule_io.import_rows(bad.rows, workspace.media)
    assert OutboxItem.select().count() == 2


def test_csv_export_imports_back_as_it_was(db, shop, tmp_path):
    OutboxItem.create(account=shop, body="Café, \"bread\"\nline two", scheduled_tz="Europe/Madrid",
                      scheduled_at=datetime(2030, 7, 1, 7, 0))
    OutboxItem.create(account=shop, body="old", state=OutboxState.SENT,
                      scheduled_at=datetime(2020, 1, 1))
    text = schedule_io.export_csv(ZoneInfo("UTC"))
    assert "2030-07-01T09:00+02:00" in text and "old" not in text
    report = schedule_io.check_import(write(tmp_path, text), "UTC")
    (row,) = report.rows
    assert row.ok and row.when == datetime(2030, 7, 1, 7, 0)
    assert row.body == "Café, \"bread\"\nline two"


def test_ics_export_parses_back_with_utc_times_and_stable_uids(db, shop):
    item = OutboxItem.create(account=shop, body="Fresh bread at nine",
                             scheduled_at=datetime(2030, 7, 1, 7, 0))
    OutboxItem.create(account=shop, body="a reply", kind="reply",
                      scheduled_at=datetime(2030, 7, 1, 8, 0))
    cal = Calendar.from_ical(schedule_io.export_ics())
    (event,) = cal.walk("VEVENT")
    assert str(event["uid"]) == f"{item.uid}@mbdesk"
    start = event.decoded("dtstart")
    assert start.utcoffset().total_seconds() == 0 and start.replace(tzinfo=None) == datetime(
        2030, 7, 1, 7, 0)
    assert "shop@example.social" in str(event["summary"])
    assert "Fresh bread at nine" in str(event["description"])


def run_cli(workspace, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mbdesk", "--data-dir", str(workspace.root),
                           "schedule", *args], capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "TZ": "Europe/Madrid",
                               "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND":
                               "keyring.backends.null.Keyring"},
                          cwd=Path(__file__).resolve().parents[1])


def test_cli_import_dry_run_json_then_import_and_export(db, shop, tmp_path, workspace):
    good = write(tmp_path, HEADER + "2030-03-10 09:00,shop,Fresh bread,,,\n")
    result = run_cli(workspace, "import", str(good), "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["valid"] == 1 and report["imported"] == [] and report["dry_run"]
    assert report["rows"][0]["scheduled_at"] == "2030-03-10T08:00:00Z"
    assert OutboxItem.select().count() == 0
    bad = write(tmp_path, HEADER + "2030-03-31 02:30,shop,Spring,,,\n"
                + "2030-03-10 09:00,shop,ok,,,\n", "bad.csv")
    result = run_cli(workspace, "import", str(bad))
    assert result.returncode == 1
    assert "line 2:" in result.stderr and "daylight saving" in result.stderr
    assert "nothing imported" in result.stderr
    assert OutboxItem.select().count() == 0
    result = run_cli(workspace, "import", str(good))
    assert result.returncode == 0 and "1 post(s) scheduled" in result.stdout
    assert OutboxItem.select().count() == 1
    ics = tmp_path / "plan.ics"
    result = run_cli(workspace, "export", "--ics", str(ics))
    assert result.returncode == 0, result.stderr
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 1
    out = tmp_path / "out.csv"
    assert run_cli(workspace, "export", "--csv", str(out)).returncode == 0
    assert "Fresh bread" in out.read_text(encoding="utf-8")


def test_cli_queue_puts_a_draft_in_the_next_slot_or_says_why_not(db, shop, workspace):
    from mbdesk.store import schedule
    from mbdesk.store.models import DraftTarget

    draft = Draft.create(body="Weekend croissants")
    DraftTarget.create(draft=draft, account=shop)
    result = run_cli(workspace, "queue", str(draft.id))
    assert result.returncode == 2 and "no queue slots" in result.stderr
    assert "Queue slots" in result.stderr  # the hint says where to set them
    schedule.set_queue_slots(shop.id, {d: [time(9), time(19)] for d in range(7)})
    result = run_cli(workspace, "queue", str(draft.id), "--json")
    assert result.returncode == 0, result.stderr
    (queued,) = json.loads(result.stdout)
    row = OutboxItem.get_by_id(queued["outbox_id"])
    assert row.draft_id == draft.id and row.scheduled_tz == "Europe/Madrid"
    local = row.scheduled_at.replace(tzinfo=UTC).astimezone(ZoneInfo("Europe/Madrid"))
    assert local.time() in (time(9), time(19))
