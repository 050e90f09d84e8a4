"""Screens that looked broken in issue 15: the followers list keeps its Tags column in view
with a person open; Settings has the inbox settings in its Inbox tab; the status bar in
screenshot mode says what is stored, not "Network: unknown · Sync not started"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel

from mbdesk.store import settings
from mbdesk.store.models import Account, FollowerEdge, Person, PersonTag, Tag, utcnow
from mbdesk.ui.models.people import TAGS


def test_tags_column_stays_in_view_with_a_person_open(qtbot, ctx):
    from mbdesk.ui.views.followers import FollowersView

    shop = Account.create(platform="mastodon", handle="shop@bakery.example")
    tag = Tag.create(name="customer", kind="customer", color="#16a34a")
    for i in range(3):
        person = Person.create(platform="mastodon", remote_id=str(i),
                               handle=f"someone_with_a_long_handle{i}@example.social",
                               display_name=f"Person {i}")
        FollowerEdge.create(account=shop, person=person, first_seen=utcnow())
        PersonTag.create(person=person, tag=tag)
    view = FollowersView(ctx)
    qtbot.addWidget(view)
    view.resize(1090, 700)  # the window's width at 1280 minus the navigation
    view.show()
    view.refresh()
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.panel.isVisible())
    # the splitter has given the panel its room: the list is narrower than the whole view
    qtbot.waitUntil(lambda: view.table.width() + view.panel.width() <= view.width())
    header = view.table.horizontalHeader()
    right = header.sectionViewportPosition(TAGS) + header.sectionSize(TAGS)
    assert header.sectionViewportPosition(TAGS) >= 0
    assert right <= view.table.viewport().width()


def test_inbox_settings_are_in_the_settings_inbox_tab(qtbot, ctx):
    from mbdesk.ui.settings_dialog import SettingsDialog

    settings.put("reply_marks_done", True)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    page = dialog.tabs.widget(titles.index("Inbox"))
    panel = dialog.inbox_settings
    assert page.isAncestorOf(panel)
    panel.marks_done.setChecked(False)
    panel.shop_name.setText("Panadería Luna")
    panel.saved_title.setText("Hours")
    panel.saved_body.setPlainText("We open at 9, {author}")
    panel._add_saved()
    dialog.accept()
    assert settings.get("reply_marks_done") is False
    assert settings.get("shop_name") == "Panadería Luna"
    assert settings.get("saved_replies") == [{"title": "Hours", "body": "We open at 9, {author}"}]


def test_screenshot_status_says_what_is_stored(qtbot, ctx):
    from mbdesk.ui.status import StatusPanel

    panel = StatusPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_stored_state()
    assert panel.network.isHidden() and panel.sync.text() == ""  # nothing synced: nothing said
    Account.create(platform="mastodon", handle="shop@bakery.example",
                   last_synced_at=datetime(2026, 12, 2, 23, 0))
    panel.show_stored_state()
    assert panel.sync.text().startswith("Last synced ")
    assert "2026" in panel.sync.text()
    assert not any("unknown" in label.text() for label in panel.findChildren(QLabel))


def test_holiday_countries_are_named_and_sorted_in_the_interface_language(qtbot, ctx):
    from PySide6.QtCore import QLocale

    from mbdesk.ui.settings_dialog import SettingsDialog

    previous = QLocale()
    try:
        for language, germany, spain in (("zh_CN", "德国 (DE)", "西班牙 (ES)"),
                                         ("es", "Alemania (DE)", "España (ES)"),
                                         ("en_US", "Germany (DE)", "Spain (ES)")):
            QLocale.setDefault(QLocale(language))
            dialog = SettingsDialog(ctx)
            qtbot.addWidget(dialog)
            box = dialog.holiday_country
            labels = [box.itemText(i) for i in range(2, box.count())]
            assert germany in labels and spain in labels
            if language == "es":  # sorted by the Spanish names
                assert labels.index("Alemania (DE)") < labels.index("España (ES)")
    finally:
        QLocale.setDefault(previous)
