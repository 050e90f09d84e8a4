"""Date columns of the lists show the date without the weekday and are as wide as the longest
date of a year, so the time is never cut off (issue 15: "2026年12月2日周三 …" in Followers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from mbdesk.store import settings
from mbdesk.store.models import Account, FollowerEdge, Person
from mbdesk.ui.models.people import FIRST_SEEN, LAST_INTERACTION
from mbdesk.ui.views.followers import FollowersView


@pytest.fixture
def language() -> Iterator[callable]:
    previous = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(previous)


@pytest.mark.parametrize(("name", "shown"), [
    ("en_US", "Sep 30, 2026 11:44\u202fPM"), ("zh_CN", "2026年9月30日 23:44"),
    ("es", "30 sept 2026 23:44")])
def test_followers_dates_fit_their_columns(qtbot, ctx, language, name, shown):
    language(name)
    settings.put("timezone", "UTC")
    shop = Account.create(platform="mastodon", handle="shop", color="#e11d48")
    person = Person.create(platform="mastodon", remote_id="1", handle="maria@example.social",
                           display_name="María", followers_count=120,
                           last_interaction_at=datetime(2026, 9, 30, 23, 44))
    FollowerEdge.create(account=shop, person=person, first_seen=datetime(2026, 9, 30, 23, 44))
    view = FollowersView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    header = view.table.horizontalHeader()
    for column in (FIRST_SEEN, LAST_INTERACTION):
        text = view.model.index(0, column).data()
        assert text == shown
        assert view.table.fontMetrics().horizontalAdvance(text) < header.sectionSize(column)
