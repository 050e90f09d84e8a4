"""Add account → Weibo: the code field shows its whole placeholder in every language (issue 15:
Spanish cut "el código, o la dirección completa que muestra el navegador")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from mbdesk.store.models import Platform
from mbdesk.ui import i18n
from mbdesk.ui.views.accounts import AddAccountDialog


@pytest.mark.parametrize("language", ["en", "zh_CN", "es"])
def test_the_weibo_code_field_shows_its_whole_placeholder(qtbot, db, language):
    app = QApplication.instance()
    locale = QLocale()
    try:
        i18n.install_translators(app, language)
        dialog = AddAccountDialog(None)
        qtbot.addWidget(dialog)
        combo = dialog.platform_combo
        combo.setCurrentIndex(combo.findData(Platform.WEIBO))
        dialog.show()
        dialog.adjustSize()
        edit = dialog.weibo_code_edit
        assert edit.isVisible()
        assert edit.width() > edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    finally:
        i18n.install_translators(app, "en")
        QLocale.setDefault(locale)
