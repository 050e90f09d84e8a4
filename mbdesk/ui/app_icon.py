"""The app's icon for its windows. Set once the window has painted: the first ``QIcon`` costs
a few ms that the first paint does not need (the app id, ``APP_ID``, is set before the window
shows, so Wayland compositors and GNOME match the installed .desktop file at once)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from mbdesk import APP_ID
from mbdesk.paths import resources_dir

__all__ = ["APP_ID", "PNG_SIZES", "app_icon", "install"]
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every PNG size (``QIcon`` reads a file only when that size is painted)."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in PNG_SIZES:
        icon.addFile(str(folder / f"mbdesk-{size}.png"))
    return icon


def install(app: QGuiApplication) -> None:
    app.setWindowIcon(app_icon())
