"""Content warning, visibility and language of a post, shown only while a ticked account's
platform has them (``domain.compose.POST_FIELDS``): all three for Mastodon-API accounts, the
language for Bluesky (its records carry ``langs``), none for Weibo and X.

Signals:
    changed(): the owner edited one of the fields.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from mbdesk.domain.compose import LANGUAGE, SPOILER, VISIBILITIES, VISIBILITY, post_fields

# Languages offered first (ISO 639-1, what Mastodon and Bluesky take): the shop's languages and
# the most common ones on both networks; a draft's own code is added when it is not listed.
LANGUAGES = ("en", "zh", "es", "ca", "eu", "gl", "pt", "fr", "de", "it", "ja", "ko", "ru", "ar",
             "nl", "pl", "tr", "uk")


# Each language in its own words, without a country ("español", not Qt's "español de España").
NATIVE_NAMES = {"en": "English", "zh": "中文", "es": "español", "ca": "català", "eu": "euskara",
                "gl": "galego", "pt": "português", "fr": "français", "de": "Deutsch",
                "it": "italiano", "ja": "日本語", "ko": "한국어", "ru": "русский", "ar": "العربية",
                "nl": "Nederlands", "pl": "polski", "tr": "Türkçe", "uk": "українська"}


def language_name(code: str) -> str:
    """The language in its own words and its code: "español (es)", "中文 (zh)"."""
    locale = QLocale(code)
    native = NATIVE_NAMES.get(code) or (
        locale.nativeLanguageName() if locale.language() != QLocale.Language.C else "")
    return f"{native} ({code})" if native else code


class PostFieldsBox(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.spoiler_edit = QLineEdit(self)
        self.spoiler_edit.setObjectName("draft-spoiler")
        self.spoiler_edit.setPlaceholderText(self.tr(
            "Optional: a warning shown before the text, which stays hidden until opened"))
        self.visibility_combo = QComboBox(self)
        self.visibility_combo.setObjectName("draft-visibility")
        labels = {"public": self.tr("Public"),
                  "unlisted": self.tr("Unlisted (not in public timelines)"),
                  "private": self.tr("Followers only"),
                  "direct": self.tr("Mentioned people only")}
        for value in VISIBILITIES:
            self.visibility_combo.addItem(labels[value], value)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("draft-language")
        self.language_combo.addItem(self.tr("Not set (the account's default)"), "")
        for code in LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.spoiler_edit.setToolTip(self.tr(
            "Mastodon shows this line first and hides the text until it is opened; other "
            "platforms do not get it."))
        self.visibility_combo.setToolTip(self.tr("Mastodon only: who can see the post."))
        self.language_combo.setToolTip(self.tr(
            "Sent to Mastodon and Bluesky, where readers filter and translate posts by it."))
        self.spoiler_label = QLabel(self.tr("Content warning"), self)
        self.visibility_label = QLabel(self.tr("Who sees it"), self)
        self.language_label = QLabel(self.tr("Language"), self)
        # one row each: side by side, "No listada (fuera de las cronologías públicas)" and
        # "Sin indicar (el de la cuenta)" made the composer ~630 px wide in Spanish and
        # squeezed the drafts library's titles out
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.spoiler_label, self.spoiler_edit)
        self.form.addRow(self.visibility_label, self.visibility_combo)
        self.form.addRow(self.language_label, self.language_combo)
        self.spoiler_edit.textEdited.connect(self._emit)
        self.visibility_combo.currentIndexChanged.connect(self._emit)
        self.language_combo.currentIndexChanged.connect(self._emit)
        self.set_platforms(())

    def _emit(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    # -- values ------------------------------------------------------------------------------
    def set_values(self, spoiler_text: str, visibility: str, language: str) -> None:
        self._loading = True
        self.spoiler_edit.setText(spoiler_text)
        index = self.visibility_combo.findData(visibility or "public")
        self.visibility_combo.setCurrentIndex(max(0, index))
        if language and self.language_combo.findData(language) < 0:
            self.language_combo.addItem(language_name(language), language)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language or "")))
        self._loading = False

    def spoiler_text(self) -> str:
        return self.spoiler_edit.text().strip()

    def visibility(self) -> str:
        return self.visibility_combo.currentData() or "public"

    def language(self) -> str:
        return self.language_combo.currentData() or ""

    # -- which fields show -------------------------------------------------------------------
    def set_platforms(self, platforms: Iterable[str]) -> None:
        """Show the fields some ticked account's platform has; hide the rest (values stay)."""
        fields: set[str] = set()
        for platform in platforms:
            fields |= post_fields(platform)
        self.form.setRowVisible(0, SPOILER in fields)
        self.form.setRowVisible(1, VISIBILITY in fields)
        self.form.setRowVisible(2, LANGUAGE in fields)
        self.setVisible(bool(fields))
        self.shown_fields = frozenset(fields)
