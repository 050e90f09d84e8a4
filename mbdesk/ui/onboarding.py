"""First run: offer the demo workspace or connecting a real account."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbdesk.services.context import AppContext
from mbdesk.store import settings


def relaunch_command(extra: list[str]) -> tuple[str, list[str]]:
    """How to start mbdesk again (a frozen bundle or ``python -m mbdesk``)."""
    if getattr(sys, "frozen", False):
        return sys.executable, extra
    return sys.executable, ["-m", "mbdesk", *extra]


class OnboardingDialog(QDialog):
    """Shown once, on the first start of a real (non-demo) workspace."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("onboarding")
        self.setWindowTitle(self.tr("Welcome to mbdesk"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Welcome to mbdesk"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr(
            "Plan posts on a calendar, answer every mention from one inbox (offline too), "
            "get to know your followers and watch your shop grow.\n\n"
            "Everything stays on this computer; account tokens are kept in the system keyring."),
            self)
        intro.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Explore the demo workspace"), self)
        self.demo_button.setToolTip(self.tr(
            "Opens a sample shop with three accounts in a separate folder. "
            "Nothing is sent anywhere."))
        self.add_button = QPushButton(self.tr("Connect my first account"), self)
        self.later_button = QPushButton(self.tr("Later"), self)
        self.later_button.setFlat(True)
        for widget in (heading, intro, self.demo_button, self.add_button, self.later_button):
            layout.addWidget(widget)
        layout.setAlignment(heading, Qt.AlignmentFlag.AlignLeft)
        self.demo_button.clicked.connect(self._on_demo)
        self.add_button.clicked.connect(self._on_add)
        self.later_button.clicked.connect(self._on_later)

    def _finish(self) -> None:
        settings.put("onboarded", True)

    def _on_demo(self) -> None:
        self._finish()
        extra = ["--demo"]
        if self.ctx.workspace.root:
            extra += ["--data-dir", str(self.ctx.workspace.root)]
        program, args = relaunch_command(extra)
        if QProcess.startDetached(program, args)[0]:
            self.accept()
            QApplication.instance().quit()

    def _on_add(self) -> None:
        self._finish()
        self.accept()
        window = self.parent()
        if window is not None and hasattr(window, "show_view"):
            view = window.show_view("accounts")
            if hasattr(view, "open_add_dialog"):
                view.open_add_dialog()

    def _on_later(self) -> None:
        self._finish()
        self.reject()
