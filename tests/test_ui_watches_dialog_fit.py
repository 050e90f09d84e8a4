"""The Watches dialog's field is never narrower than its placeholder in any language (issue 15:
Spanish cut it to "Una palabra, un producto, un competidor o un #…")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from mbdesk.store.models import Account
from mbdesk.ui import i18n
from mbdesk.ui.watches_dialog import WatchesDialog


@pytest.mark.parametrize("language", ["en", "zh_CN", "es"])
def test_the_query_field_shows_its_whole_placeholder(qtbot, ctx, language):
    Account.create(platform="mastodon", handle="shop@example.social")
    app = QApplication.instance()
    locale = QLocale()
    try:
        i18n.install_translators(app, language)
        dialog = WatchesDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        edit = dialog.query_edit
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        assert edit.width() > needed
    finally:
        i18n.install_translators(app, "en")
        QLocale.setDefault(locale)
