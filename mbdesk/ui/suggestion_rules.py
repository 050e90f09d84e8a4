"""The suggestion rules, written out as sentences with their numbers editable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mbdesk.domain.suggestions import Rules


class SuggestionRulesDialog(QDialog):
    """Edit ``Rules``; ``rules()`` reads the edited values back."""

    def __init__(self, rules: Rules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggestion rules"))
        intro = QLabel(self.tr("mbdesk suggests tags by these rules. A suggestion is only shown "
                               "in the person panel: you accept or dismiss it."), self)
        intro.setWordWrap(True)
        self.kol_followers = self._spin(0, 100_000_000, rules.kol_min_followers, 1000)
        self.kol_flags = QCheckBox(self.tr("…or the account is verified (bots are never "
                                           "suggested)"), self)
        self.kol_flags.setChecked(rules.kol_flags)
        self.engaged_mentions = self._spin(1, 1000, rules.engaged_mentions)
        self.engaged_days = self._spin(1, 365, rules.engaged_days)
        self.purchase = QCheckBox(self.tr("Suggest “potential customer?” when someone asks a "
                                          "purchase question (price, how to buy, shipping…)"), self)
        self.purchase.setChecked(rules.purchase_questions)
        lexicon_hint = QLabel(self.tr("Purchase phrases in Chinese, Spanish and English come "
                                      "from resources/lexicons; add your own in a “lexicons” "
                                      "folder inside the data folder (purchase_mine.txt, one "
                                      "phrase a line)."), self)
        lexicon_hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._sentence(self.tr("Suggest “KOL?” when a person has at least"),
                                        self.kol_followers, self.tr("followers")))
        layout.addWidget(self.kol_flags)
        layout.addLayout(self._sentence(self.tr("Suggest “engaged” after"), self.engaged_mentions,
                                        self.tr("mentions of the shop within"),
                                        self.engaged_days, self.tr("days")))
        layout.addWidget(self.purchase)
        layout.addWidget(lexicon_hint)
        layout.addWidget(buttons)

    def _spin(self, low: int, high: int, value: int, step: int = 1) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setGroupSeparatorShown(True)
        spin.setValue(value)
        return spin

    def _sentence(self, *parts: object) -> QHBoxLayout:
        row = QHBoxLayout()
        for part in parts:
            row.addWidget(QLabel(part, self) if isinstance(part, str) else part)
        row.addStretch(1)
        return row

    def rules(self) -> Rules:
        return Rules(kol_min_followers=self.kol_followers.value(),
                     kol_flags=self.kol_flags.isChecked(),
                     engaged_mentions=self.engaged_mentions.value(),
                     engaged_days=self.engaged_days.value(),
                     purchase_questions=self.purchase.isChecked())
