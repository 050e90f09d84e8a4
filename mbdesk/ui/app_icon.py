"""The app's icon for its windows and the desktop's app id (matches the installed .desktop file,
so Wayland compositors and GNOME show the right icon and name)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from mbdesk.paths import resources_dir

APP_ID = "io.github.mbdesk.mbdesk"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every PNG size (``QIcon`` reads a file only when that size is painted)."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in PNG_SIZES:
        icon.addFile(str(folder / f"mbdesk-{size}.png"))
    return icon


def install(app: QGuiApplication) -> None:
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
