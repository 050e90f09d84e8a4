"""The installed app has an icon, a desktop entry and AppStream metainfo (issue 15): the files
validate with the freedesktop tools and the install script puts them where desktops look."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from PySide6.QtGui import QImage

from mbdesk.ui.app_icon import APP_ID, PNG_SIZES, app_icon

ROOT = Path(__file__).resolve().parents[1]


def install(tmp_path: Path, exec_path: str) -> Path:
    data = tmp_path / "share"
    subprocess.run(["bash", str(ROOT / "scripts" / "install_desktop.sh"), exec_path],
                   check=True, capture_output=True, text=True,
                   env={**os.environ, "XDG_DATA_HOME": str(data)})
    return data


def test_install_puts_a_valid_entry_icons_and_metainfo_where_desktops_look(tmp_path):
    data = install(tmp_path, "/opt/my apps/mbdesk")
    entry = data / "applications" / f"{APP_ID}.desktop"
    text = entry.read_text(encoding="utf-8")
    assert 'Exec="/opt/my apps/mbdesk"\n' in text and f"Icon={APP_ID}\n" in text
    assert "Comment[zh_CN]=" in text and "Comment[es]=" in text
    checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    meta = data / "metainfo" / f"{APP_ID}.metainfo.xml"
    checked = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic", str(meta)],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    for size in PNG_SIZES:
        png = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)


def test_the_window_icon_offers_every_size(qapp):
    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert sizes == {(n, n) for n in PNG_SIZES}
