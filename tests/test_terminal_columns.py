"""CLI tables line up with Chinese text: columns are measured in terminal cells (a Chinese
character takes two), through the one helper the list commands share."""

from __future__ import annotations

from mbdesk.app import main
from mbdesk.domain.terminal import cell, display_width
from mbdesk.store import feeds as feed_store
from mbdesk.store.models import Account, Rival, RivalSnapshot, utcnow


def test_display_width_and_cells():
    assert display_width("abc") == 3
    assert display_width("小店新品") == 8
    assert display_width("ｆｕｌｌ") == 8  # fullwidth Latin
    assert display_width("cafe\u0301") == 4  # a combining accent takes no cell
    assert cell("小店", 6) == "小店  "
    assert cell("42", 5, right=True) == "   42"
    cut = cell("小店新品 · Panadería Luna", 10)
    assert cut == "小店新品 …" and display_width(cut) == 10
    assert cell("小店新品", 7) == "小店新…"  # a wide character never splits the column
    assert cell("a\tb\x1b[2J", 12) == "a\\u0009b\\u001b[2J"[:11] + "…"


def _column(line: str, text: str) -> int:
    """The terminal column where ``text`` starts in ``line``."""
    return display_width(line[:line.index(text)])


def test_feeds_and_competitors_lists_line_up(workspace, db, capsys):
    feed_store.add_feed("https://shop.example/cn.xml", title="小店新品上市")
    feed_store.add_feed("https://shop.example/es.xml", title="Panadería Luna")
    assert main(["--data-dir", str(workspace.root), "feeds", "list"]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("#")]
    assert len(lines) == 2
    assert _column(lines[0], "never checked") == _column(lines[1], "never checked")

    own = Account.create(platform="weibo", handle="月亮面包坊")
    for handle, followers in (("金麦穗烘焙", 5488), ("horno_del_barrio", 3160)):
        rival = Rival.create(account=own, platform="weibo", handle=handle, remote_id=handle)
        RivalSnapshot.create(rival=rival, day=utcnow().date(), followers=followers)
    assert main(["--data-dir", str(workspace.root), "competitors", "list"]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("#")]
    assert len(lines) == 2
    assert _column(lines[0], " followers") == _column(lines[1], " followers")
