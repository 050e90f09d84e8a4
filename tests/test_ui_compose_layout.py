"""The drafts library keeps room for its titles and whole dates next to the composer, in
every language, at the window's default size (issue 15: seven buttons in one row once made the
composer ~640 px wide in Spanish and left the Title column 40 px)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from mbdesk.store.models import Account, Draft
from mbdesk.ui.models.drafts import DraftsTableModel
from mbdesk.ui.views.compose import ComposeView


@pytest.fixture
def language() -> Iterator[callable]:
    previous = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(previous)


@pytest.mark.parametrize("name", ["en_US", "zh_CN", "es"])
def test_titles_and_dates_fit_beside_the_composer(qtbot, ctx, db, language, name):
    language(name)
    Account.create(platform="mastodon", handle="shop@example.social", color="#e11d48")
    for when in (datetime(2026, 9, 30, 12, 44), datetime(2026, 12, 30, 23, 44)):  # widest
        Draft.create(title="Roscón de Reyes", body="x", updated_at=when, created_at=when)
    view = ComposeView(ctx)
    qtbot.addWidget(view)
    view.resize(1090, 760)  # a 1280 px window less the navigation
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    header = view.table.horizontalHeader()
    assert header.sectionSize(0) >= 100  # the Title column
    # a Mastodon target shows its post fields, the longest visibility chosen: all still fit
    editor = view.editor
    next(iter(editor.rows.values())).check.setChecked(True)
    editor.recount()
    fields = editor.post_fields
    fields.visibility_combo.setCurrentIndex(fields.visibility_combo.findData("unlisted"))
    qtbot.waitUntil(lambda: fields.visibility_combo.isVisible())
    for _ in range(3):  # the splitter and the table lay out on posted events
        QApplication.processEvents()
    assert header.sectionSize(0) >= 100
    for combo in (fields.visibility_combo, fields.language_combo):
        assert combo.width() >= combo.sizeHint().width()  # the chosen item shown whole
    column = DraftsTableModel.COLUMNS.index("updated")
    for row in range(2):
        text = view.model.index(row, column).data()
        assert "2026" in text and "44" in text
        assert view.table.fontMetrics().horizontalAdvance(text) < header.sectionSize(column)


@pytest.mark.parametrize(("name", "shown"), [
    ("en", "1,234 draft(s)"), ("zh_CN", "1,234 篇草稿"), ("es", "1234 borradores")])
def test_the_draft_count_is_grouped_as_the_language_writes_numbers(qtbot, ctx, db, name, shown):
    from mbdesk.ui import i18n

    Draft.insert_many([{"title": f"d{n}", "body": "x"} for n in range(1234)]).execute()
    app = QApplication.instance()
    locale = QLocale()
    try:
        i18n.install_translators(app, name)
        view = ComposeView(ctx)
        qtbot.addWidget(view)
        view.refresh()
        assert view.count_label.text() == shown
    finally:
        i18n.install_translators(app, "en")
        QLocale.setDefault(locale)
