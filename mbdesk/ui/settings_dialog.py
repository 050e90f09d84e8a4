"""Settings in three tabs: General (language, zone, theme, data, secrets), Publishing, Inbox."""

from __future__ import annotations

import zoneinfo

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mbdesk import secrets as secret_store
from mbdesk.services.context import AppContext
from mbdesk.store import settings
from mbdesk.ui import theme
from mbdesk.ui.i18n import LANGUAGES


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.ensure_orm()  # opened before the inbox painted, the ORM is not loaded yet
        self.setObjectName("settings")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        form = QFormLayout()  # General
        publishing = QFormLayout()

        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self._select(self.language, settings.get("language") or "")
        form.addRow(self.tr("Language"), self.language)

        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        self.timezone.addItem(self.tr("System time zone"), "")
        for name in sorted(zoneinfo.available_timezones()):
            self.timezone.addItem(name, name)
        self._select(self.timezone, settings.get("timezone") or "")
        form.addRow(self.tr("Time zone"), self.timezone)

        self.theme = QComboBox(self)
        for code, label in (("system", self.tr("Follow the system")),
                            ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.theme.addItem(label, code)
        self._select(self.theme, settings.get("theme") or "system")
        form.addRow(self.tr("Theme"), self.theme)

        self.missed = QComboBox(self)
        self.missed.addItem(self.tr("Hold them and ask me"), "hold")
        self.missed.addItem(self.tr("Send them right away"), "send")
        self._select(self.missed, settings.get("missed_post_policy") or "hold")
        self.missed.setToolTip(self.tr("Posts whose time passed while mbdesk was closed"))
        publishing.addRow(self.tr("Missed posts"), self.missed)

        self._add_calendar_rows(publishing)

        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(ctx.workspace.root), self)
        self.folder.setReadOnly(True)
        open_folder = QPushButton(self.tr("Open"), self)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(ctx.workspace.root))))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(open_folder)
        form.addRow(self.tr("Data folder"), folder_row)

        if secret_store.has_secure_backend():
            keyring_text = self.tr("Tokens are kept in the system keyring ({backend}).").format(
                backend=secret_store.backend_name())
        else:
            keyring_text = self.tr(
                "No secure keyring was found: mbdesk will not store account tokens unless you "
                "allow plaintext storage below.")
        self.keyring_status = QLabel(keyring_text, self)
        self.keyring_status.setWordWrap(True)
        form.addRow(self.keyring_status)
        self.plaintext = QCheckBox(self.tr("Allow a plaintext token file when no keyring exists"),
                                   self)
        self.plaintext.setToolTip(self.tr("Not recommended: anyone who can read your files can "
                                          "then use your accounts."))
        self.plaintext.setChecked(bool(settings.get("allow_plaintext_secrets")))
        form.addRow(self.plaintext)

        from mbdesk.ui.inbox_settings import InboxSettingsPanel

        inbox_page = QWidget(self)  # in the tab itself, not behind a button and a second dialog
        self.inbox_settings = InboxSettingsPanel(ctx, inbox_page)
        QVBoxLayout(inbox_page).addWidget(self.inbox_settings)

        self.tabs = QTabWidget(self)
        for title, content in ((self.tr("General"), form),
                               (self.tr("Publishing"), publishing)):
            page = QWidget(self.tabs)
            page.setLayout(content)
            self.tabs.addTab(page, title)
        self.tabs.addTab(inbox_page, self.tr("Inbox"))

        self.note = QLabel(self.tr("A new language takes effect the next time mbdesk starts."),
                           self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def _add_calendar_rows(self, form: QFormLayout) -> None:
        """Posting calendar: holidays of which country, and the good-practice warnings."""
        from functools import cmp_to_key

        from PySide6.QtCore import QCollator
        from PySide6.QtWidgets import QSpinBox

        from mbdesk.domain import holidays_cal
        from mbdesk.ui.localtime import ui_locale
        from mbdesk.ui.territory_names import territory_name

        self.holiday_country = QComboBox(self)
        default = holidays_cal.default_country()
        self.holiday_country.addItem(self.tr("From the system ({country})").format(
            country=territory_name(default) if default else self.tr("none")), "")
        self.holiday_country.addItem(self.tr("No holidays"), "-")
        collator = QCollator(ui_locale())  # 中国 before 德国 as a Chinese reader expects
        names = [(f"{territory_name(code)} ({code})", code)
                 for code in holidays_cal.supported_countries()]
        for label, code in sorted(names, key=cmp_to_key(lambda a, b: collator.compare(a[0], b[0]))):
            self.holiday_country.addItem(label, code)
        self._select(self.holiday_country, settings.get("holiday_country") or "")
        form.addRow(self.tr("Public holidays on the calendar"), self.holiday_country)
        self.max_per_day = QSpinBox(self)
        self.max_per_day.setRange(0, 100)
        self.max_per_day.setSpecialValueText(self.tr("no warning"))
        self.max_per_day.setValue(int(settings.get("warn_max_posts_per_day") or 0))
        form.addRow(self.tr("Warn above, posts a day per account"), self.max_per_day)
        self.min_gap = QSpinBox(self)
        self.min_gap.setRange(0, 24 * 60)
        self.min_gap.setSuffix(self.tr(" min"))
        self.min_gap.setSpecialValueText(self.tr("no warning"))
        self.min_gap.setValue(int(settings.get("warn_min_gap_minutes") or 0))
        form.addRow(self.tr("Warn when two posts are closer than"), self.min_gap)
        self.best_hours = QCheckBox(self.tr("Warn outside an account's best hours"), self)
        self.best_hours.setToolTip(self.tr(
            "Best hours come from the engagement of the account's own posts (20 or more)."))
        self.best_hours.setChecked(bool(settings.get("warn_best_hours")))
        form.addRow("", self.best_hours)

    def _save_calendar_rows(self) -> None:
        country = self.holiday_country.currentData()
        settings.put("holiday_country", "" if country is None else country)
        settings.put("warn_max_posts_per_day", self.max_per_day.value())
        settings.put("warn_min_gap_minutes", self.min_gap.value())
        settings.put("warn_best_hours", self.best_hours.isChecked())

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def selected_timezone(self) -> str:
        text = self.timezone.currentText().strip()
        data = self.timezone.currentData()
        if data is not None and self.timezone.itemText(self.timezone.currentIndex()) == text:
            return data
        return text

    def accept(self) -> None:
        zone = self.selected_timezone()
        if zone and zone not in zoneinfo.available_timezones():
            self.note.setText(self.tr("Unknown time zone “{zone}”. Pick one from the list, "
                                      "for example Europe/Madrid or Asia/Shanghai.")
                              .format(zone=zone))
            return
        settings.put("language", self.language.currentData())
        settings.put("timezone", zone)
        settings.put("theme", self.theme.currentData())
        settings.put("missed_post_policy", self.missed.currentData())
        self._save_calendar_rows()
        self.inbox_settings.save()
        settings.put("allow_plaintext_secrets", self.plaintext.isChecked())
        self.ctx.secrets.allow_plaintext = self.plaintext.isChecked()
        theme.apply_theme(QApplication.instance(), self.theme.currentData())
        super().accept()
