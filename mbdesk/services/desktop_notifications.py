"""Desktop notifications over D-Bus (``org.freedesktop.Notifications``) for desktops without a
system tray — stock GNOME Shell has none, yet shows these notifications itself, as do KDE,
Xfce, Cinnamon and notification daemons such as dunst or mako.

``jeepney`` (pure Python, already here because ``keyring`` talks to the Secret Service with it)
sends the call; the caller runs :meth:`DesktopNotifier.send` off the GUI thread, with a short
timeout, so a hung bus never freezes the window. No Qt here.
"""

from __future__ import annotations

import contextlib
import logging
import threading

from mbdesk import APP_ID, APP_NAME

log = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
TIMEOUT_S = 2.0
URGENCY_NORMAL, URGENCY_CRITICAL = 1, 2


class DesktopNotifier:
    """One session-bus connection, opened on first use and reopened after a failure."""

    def __init__(self, app_name: str = APP_NAME, desktop_entry: str = APP_ID) -> None:
        self.app_name = app_name
        self.desktop_entry = desktop_entry
        self._lock = threading.Lock()
        self._connection = None
        self._warned = False

    def send(self, title: str, body: str, *, critical: bool = False,
             expire_ms: int = 8000) -> int | None:
        """Show one notification; the server's id, or None when no server answered (logged
        once: the in-window badge and status line still carry the news)."""
        try:
            from jeepney import DBusAddress, new_method_call
        except ImportError:  # not on Linux: no freedesktop notification server either
            return None
        address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
        hints = {"urgency": ("y", URGENCY_CRITICAL if critical else URGENCY_NORMAL),
                 "desktop-entry": ("s", self.desktop_entry)}
        message = new_method_call(address, "Notify", "susssasa{sv}i",
                                  (self.app_name, 0, self.desktop_entry, title, body, [], hints,
                                   expire_ms))
        with self._lock:
            try:
                reply = self._bus().send_and_get_reply(message, timeout=TIMEOUT_S)
            except Exception as exc:  # no bus, no server, a timeout: all mean "not shown"
                self._drop()
                if not self._warned:
                    self._warned = True
                    log.info("desktop notifications are not available (%s); "
                             "the window shows them instead", type(exc).__name__)
                return None
        body_values = reply.body
        if reply.header.message_type.name != "method_return" or not body_values:
            log.info("the notification server refused: %s", body_values)
            return None
        return int(body_values[0])

    def _bus(self):
        if self._connection is None:
            from jeepney.io.blocking import open_dbus_connection

            self._connection = open_dbus_connection("SESSION")
        return self._connection

    def _drop(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(OSError):
                self._connection.close()
            self._connection = None

    def close(self) -> None:
        with self._lock:
            self._drop()
