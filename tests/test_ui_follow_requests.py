"""The "Follow requests (N)" section of the followers screen, against the fake Mastodon server:
Accept / Reject go to the server on a worker thread; the list follows; failures say what to do."""

from __future__ import annotations

import pytest
from fake_mastodon import FakeMastodon
from PySide6.QtCore import Qt

from mbdesk.platforms.mastodon import MastodonClient
from mbdesk.store.models import FollowerEdge, utcnow
from mbdesk.sync.follow_requests import sync_follow_requests
from mbdesk.ui.models.follow_requests import NAME
from mbdesk.ui.models.people import NAME as PEOPLE_NAME
from mbdesk.ui.views.followers import FollowersView


@pytest.fixture
def view(qtbot, ctx, server: FakeMastodon, account: int) -> FollowersView:
    server.locked = True
    server.add_follow_request("ana", display_name="Ana 安娜")
    server.add_follow_request("bo", display_name="Bo")
    client = MastodonClient(server.url, server.token, read_timeout=2.0, connect_timeout=1.0)
    sync_follow_requests(account, "mastodon", client, utcnow())
    widget = FollowersView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    widget.refresh()
    return widget


def request_names(view: FollowersView) -> list[str]:
    model = view.requests_model
    return sorted(model.index(r, NAME).data() for r in range(model.rowCount()))


def follower_names(view: FollowersView) -> list[str]:
    return [view.model.index(r, PEOPLE_NAME).data() for r in range(view.model.rowCount())]


def request_id(view: FollowersView, name: str) -> int:
    return next(r.id for r in view.requests_model.rows() if r.display_name == name)


def test_section_lists_pending_requests(view: FollowersView) -> None:
    assert view.requests_box.isVisible()
    assert view.requests_toggle.text() == "Follow requests (2)"
    assert request_names(view) == ["Ana 安娜", "Bo"]
    assert follower_names(view) == []
    view.requests_toggle.click()  # folds away, and back
    assert not view.requests_table.isVisible()
    view.requests_toggle.click()
    assert view.requests_table.isVisible()


def test_accept_click_makes_a_follower_and_the_request_leaves(qtbot, view, server) -> None:
    accept, reject = view.request_buttons(request_id(view, "Ana 安娜"))
    assert accept.isVisible() and reject.isVisible()
    with qtbot.waitSignal(view.request_answered, timeout=10_000) as signal:
        qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    assert signal.args[0].ok
    assert request_names(view) == ["Bo"]
    assert view.requests_toggle.text() == "Follow requests (1)"
    assert follower_names(view) == ["Ana 安娜"]
    assert FollowerEdge.select().count() == 1
    assert [server.accounts[f["account_id"]]["username"] for f in server.follows] == ["ana"]
    assert view.requests_message.isHidden()

    _, reject = view.request_buttons(request_id(view, "Bo"))
    with qtbot.waitSignal(view.request_answered, timeout=10_000):
        qtbot.mouseClick(reject, Qt.MouseButton.LeftButton)
    assert request_names(view) == [] and not view.requests_box.isVisible()
    assert follower_names(view) == ["Ana 安娜"]


def test_buttons_wait_while_the_answer_travels(qtbot, view) -> None:
    rid = request_id(view, "Bo")
    with qtbot.waitSignal(view.request_answered, timeout=10_000):
        view.answer_request(rid, True)
        accept, reject = view.request_buttons(rid)
        assert not accept.isEnabled() and not reject.isEnabled()
        assert accept.text() == "Accepting…"
        view.answer_request(rid, True)  # a second click while busy does nothing


def test_withdrawn_request_says_so_and_leaves(qtbot, view, server) -> None:
    server.follow_requests.clear()
    with qtbot.waitSignal(view.request_answered, timeout=10_000) as signal:
        qtbot.mouseClick(view.request_buttons(request_id(view, "Bo"))[0],
                         Qt.MouseButton.LeftButton)
    assert not signal.args[0].ok and signal.args[0].gone
    text = view.requests_message.text()
    assert "Could not accept the follow request of @bo@remote.example" in text
    assert "no longer listed" in text
    assert view.requests_message.isVisible()
    assert request_names(view) == ["Ana 安娜"] and follower_names(view) == []


def test_refused_authorization_says_what_to_do(qtbot, view, server) -> None:
    server.revoke_token()
    with qtbot.waitSignal(view.request_answered, timeout=10_000):
        qtbot.mouseClick(view.request_buttons(request_id(view, "Ana 安娜"))[1],
                         Qt.MouseButton.LeftButton)
    text = view.requests_message.text()
    assert "Could not reject the follow request of @ana@remote.example" in text
    assert "Authorize the account again on the Accounts screen" in text
    assert request_names(view) == ["Ana 安娜", "Bo"]  # nothing changed


def test_selecting_a_request_shows_the_person(view) -> None:
    view.requests_table.selectRow(0)
    assert view.person_name.text() in ("Ana 安娜", "Bo")
    assert view.panel.isVisible()
