"""Without a system tray (stock GNOME) notifications still reach the user: through the desktop's
``org.freedesktop.Notifications`` server on the session bus, and in the window (the Inbox entry
counts unread mentions, the status line shows the latest notification).

The tests start a private ``dbus-daemon`` and a small notification server on it (jeepney), so
nothing pops up on a developer's desktop."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator

import pytest
from jeepney import MessageType, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from mbdesk.services.desktop_notifications import BUS_NAME, DesktopNotifier
from mbdesk.store.models import Account, Mention, MentionState
from mbdesk.ui.inbox_notifier import InboxNotifier


@pytest.fixture
def session_bus(monkeypatch) -> Iterator[str]:
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = daemon.stdout.readline().strip()
        assert address, "dbus-daemon gave no address"
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)
        daemon.stdout.close()


class NotificationServer(threading.Thread):
    """Answers Notify like GNOME Shell does (a new id each time) and keeps what it got."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.received: list[tuple] = []
        self.stopping = threading.Event()
        self.ready = threading.Event()

    def run(self) -> None:
        conn = open_dbus_connection("SESSION")
        try:
            conn.send_and_get_reply(message_bus.RequestName(BUS_NAME), timeout=5)
            self.ready.set()
            while not self.stopping.is_set():
                try:
                    msg = conn.receive(timeout=0.2)
                except TimeoutError:
                    continue
                if (msg.header.message_type is MessageType.method_call
                        and msg.header.fields.get(3) == "Notify"):  # 3 = MEMBER
                    self.received.append(msg.body)
                    conn.send(new_method_return(msg, "u", (len(self.received),)))
        finally:
            conn.close()


@pytest.fixture
def notification_server(session_bus) -> Iterator[NotificationServer]:
    server = NotificationServer()
    server.start()
    assert server.ready.wait(10)
    yield server
    server.stopping.set()
    server.join(10)


def test_notify_reaches_the_desktop_server(notification_server):
    notifier = DesktopNotifier()
    assert notifier.send("Crisis watch", "3 negative mentions — 负面 — ¡ojo!", critical=True) == 1
    (app, replaces, _icon, title, body, _actions, hints, _timeout), = notification_server.received
    assert (app, replaces, title, body) == ("mbdesk", 0, "Crisis watch",
                                             "3 negative mentions — 负面 — ¡ojo!")
    assert hints["urgency"] == ("y", 2)
    assert hints["desktop-entry"] == ("s", "io.github.mbdesk.mbdesk")
    notifier.close()


def test_no_server_is_not_an_error(session_bus):
    notifier = DesktopNotifier()
    assert notifier.send("t", "x") is None  # the bus answers "no such name"
    notifier.close()


def test_without_a_tray_the_inbox_notifier_uses_the_bus_and_the_window(qtbot, ctx,
                                                                       notification_server):
    account = Account.create(platform="mastodon", handle="shop@example.social")
    notifier = InboxNotifier(ctx, tray_available=False, desktop=DesktopNotifier())
    counts: list[int] = []
    shown: list[tuple[str, str]] = []
    notifier.unread_changed.connect(counts.append)
    notifier.shown.connect(lambda title, text: shown.append((title, text)))
    for n in range(2):
        Mention.create(account=account, remote_id=f"m{n}", stream="mentions", kind="mention",
                       text_plain="hola", state=MentionState.NEW)
    notifier.check_new()
    assert counts == [2] and shown == [("New mentions", "2 new mention(s) in the inbox")]
    qtbot.waitUntil(lambda: notifier.desktop_ids == [1], timeout=10_000)
    assert notification_server.received[0][3] == "New mentions"
    notifier.desktop.close()
