"""One row per account in the composer: tick to post there, its live length counter, and the
switch between the shared text and this account's own version."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from mbdesk.domain.text import TextCount
from mbdesk.store.queries.compose import TargetAccount
from mbdesk.ui.models.accounts import platform_name

# Semantic colours readable on light and dark backgrounds (palette roles have no "warning").
AMBER = "#d97706"
RED = "#dc2626"


class TargetRow(QWidget):
    """Signals: ``toggled(account_id, checked)``, ``variant_wanted(account_id, own)`` — own True:
    "Edit for this account"; False: "Back to the shared text"."""

    toggled = Signal(int, bool)
    variant_wanted = Signal(int, bool)

    def __init__(self, account: TargetAccount, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.diverged = False
        self.level = "ok"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        swatch = QLabel(self)
        swatch.setFixedSize(12, 12)
        swatch.setStyleSheet(f"background:{account.color}; border-radius:3px;")
        self.check = QCheckBox(account.name, self)
        self.check.setObjectName(f"target-{account.id}")
        self.check.setToolTip(platform_name(account.platform))
        self.own_label = QLabel(self.tr("own text"), self)
        self.own_label.setObjectName(f"own-{account.id}")
        font = self.own_label.font()
        font.setItalic(True)
        self.own_label.setFont(font)
        self.count = QLabel(self)
        self.count.setObjectName(f"count-{account.id}")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count.setMinimumWidth(90)
        self.variant_button = QPushButton(self.tr("Edit for this account"), self)
        self.variant_button.setObjectName(f"variant-{account.id}")
        self.variant_button.setFlat(True)
        layout.addWidget(swatch)
        layout.addWidget(self.check)
        layout.addWidget(self.own_label)
        layout.addStretch(1)
        layout.addWidget(self.count)
        layout.addWidget(self.variant_button)
        self.check.toggled.connect(self._on_toggled)
        self.variant_button.clicked.connect(
            lambda: self.variant_wanted.emit(self.account.id, not self.diverged))
        self.set_diverged(False)
        self._on_toggled(False, emit=False)

    def is_checked(self) -> bool:
        return self.check.isChecked()

    def set_checked(self, checked: bool) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(checked)
        self.check.blockSignals(False)
        self._on_toggled(checked, emit=False)

    def set_diverged(self, diverged: bool) -> None:
        self.diverged = diverged
        self.own_label.setVisible(diverged)
        self.variant_button.setText(self.tr("Back to the shared text") if diverged
                                    else self.tr("Edit for this account"))

    def _on_toggled(self, checked: bool, emit: bool = True) -> None:
        self.variant_button.setEnabled(checked)
        self.count.setEnabled(checked)
        if emit:
            self.toggled.emit(self.account.id, checked)

    def show_count(self, result: TextCount, level: str) -> None:
        """``level``: ok, near (amber) or over (red — the server would refuse it)."""
        self.level = level if self.is_checked() else "ok"
        self.count.setText(f"{result.count} / {result.limit}")
        colour = {"near": AMBER, "over": RED}.get(self.level)
        self.count.setStyleSheet(f"color:{colour}; font-weight:bold;" if colour else "")
        platform = platform_name(self.account.platform)
        tip = self.tr("{platform} counts {used} of {limit}").format(
            platform=platform, used=result.count, limit=result.limit)
        if level == "over":
            tip += " — " + self.tr("too long: the server would refuse it")
        self.count.setToolTip(tip)
