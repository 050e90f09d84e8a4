"""The details box under the accounts table: what the selected account's server can do (its
server profile) and how each step of its last sync went.

Both come from small JSON documents on the account row (``store.server_profiles``), read on the
GUI thread when the selection changes or a sync run ends — one indexed row, as the other small
reads of this screen. Nothing here talks to a server: the sync engine probes and records.

Each answer has an object name (``cap-<name>``, ``limit-<name>``, ``step-<name>``) so tests
and screenshots can find it; what an answer means for the owner is in its tooltip, and the
ones that change what the owner must do (scheduled posts kept by mbdesk, a failed step) are
spelled out beneath it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mbdesk.store.queries.accounts import AccountRow
from mbdesk.store.server_profiles import load_profile, load_steps
from mbdesk.ui.localtime import user_zone
from mbdesk.ui.models.accounts import (
    ProfileLine,
    capability_lines,
    iso_local_text,
    limit_lines,
    server_text,
    step_lines,
)
from mbdesk.ui.safe_text import plain_label, plain_tooltip

NOTE_STYLE = "color: palette(placeholder-text);"
FAILED_COLOR = "#dc2626"
WRAP_NAMES_OVER = 190  # px
MARKS = {"yes": "✓", "no": "✗", "unknown": "?", "ok": "✓", "error": "✗", "absent": "–",
         "skipped": "◷"}


class _Column(QWidget):
    """A titled grid of name → answer lines, with optional small text beneath a line."""

    def __init__(self, title: str, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = QLabel(f"<b>{title}</b>", self)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(1)
        # names wrap when narrow, answers stay on one line; spare width goes to an empty column,
        # so each answer sits next to its name
        self.grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self._row = 0

    def clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # out of the tree now (findChild), freed later
                widget.deleteLater()
        self._row = 0

    def add(self, key: str, label: str, value: str, tip: str = "", beneath: str = "",
            color: str = "") -> QLabel:
        name = QLabel(label, self)
        # only a long name wraps: short ones stay whole even where the column is tight
        name.setWordWrap(name.fontMetrics().horizontalAdvance(label) > WRAP_NAMES_OVER)
        answer = plain_label(QLabel(value, self))  # server values and errors: never markup
        answer.setObjectName(key)
        answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if color:
            answer.setStyleSheet(f"color: {color};")
        for widget in (name, answer):
            widget.setToolTip(plain_tooltip(tip))
        self.grid.addWidget(name, self._row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(answer, self._row, 1, Qt.AlignmentFlag.AlignTop)
        self._row += 1
        if beneath:
            small = plain_label(QLabel(beneath, self))
            small.setObjectName(f"{key}-note")
            small.setWordWrap(True)
            small.setStyleSheet(NOTE_STYLE)
            small.setToolTip(plain_tooltip(tip))
            small.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = small.font()
            font.setPointSizeF(font.pointSizeF() * 0.9)
            small.setFont(font)
            self.grid.addWidget(small, self._row, 0, 1, 3)
            self._row += 1
        return answer


class AccountDetailsPanel(QFrame):
    """Server profile and per-step sync state of one account (``show_account``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("account-details")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.account_id: int | None = None
        self.hint = QLabel(self)
        self.hint.setObjectName("account-details-hint")
        self.hint.setWordWrap(True)
        self.hint.setText(self.tr("Select an account to see what its server can do and how its "
                                  "last sync went."))
        self.server = _Column(self.tr("Server"), "details-server", self)
        self.capabilities = _Column(self.tr("What this server can do"), "details-capabilities",
                                    self)
        self.steps = _Column(self.tr("Last sync, step by step"), "details-steps", self)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addWidget(self.server, 3)
        columns.addWidget(self.capabilities, 5)
        columns.addWidget(self.steps, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.hint)
        layout.addLayout(columns)
        self.show_account(None)

    def show_account(self, account: AccountRow | None) -> None:
        """Read the account's profile and steps (two tiny reads) and show them."""
        self.account_id = account.id if account else None
        for column in (self.server, self.capabilities, self.steps):
            column.clear()
            column.setVisible(account is not None)
        self.hint.setVisible(account is None)
        if account is None:
            return
        profile = load_profile(account.id)
        zone = user_zone()
        self._fill_server(profile, zone)
        for line in capability_lines(profile):
            self._add_capability(line)
        for line in step_lines(load_steps(account.id), zone):
            self._add_step(line)
        self._fit()
        QTimer.singleShot(0, self._fit)  # again once the new labels are polished and laid out

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Wrapped notes need the height their width asks for; the splitter above would
        otherwise squeeze them into overlapping lines."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            height = layout.totalHeightForWidth(self.width())
            if height != self.minimumHeight():
                self.setMinimumHeight(height)

    def _fill_server(self, profile: dict, zone) -> None:
        self.server.add("server-software", self.tr("Software"), server_text(profile))
        domain = str(profile.get("account_domain") or "")
        if domain:
            self.server.add("server-domain", self.tr("Account domain"), domain,
                            self.tr("The part after the second @ in your address, as others "
                                    "see it."))
        when = iso_local_text(profile.get("probed_at"), zone)
        self.server.add("server-checked", self.tr("Checked"),
                        when or self.tr("at the next sync"),
                        self.tr("mbdesk checks the server again once a day and on Sync now."))
        limits = profile.get("limits")
        for line in limit_lines(limits if isinstance(limits, dict) else {}):
            self.server.add(f"limit-{line.key}", line.label, line.value, line.explain)

    def _add_capability(self, line: ProfileLine) -> None:
        tip = "\n".join(t for t in (line.explain, line.note) if t)
        beneath = line.note
        if line.key in ("server_scheduling", "read_access") and line.state == "no":
            beneath = "\n".join(t for t in (line.explain, line.note) if t)
        self.capabilities.add(f"cap-{line.key}", line.label,
                              f"{MARKS.get(line.state, '')} {line.value}".strip(), tip, beneath)

    def _add_step(self, line: ProfileLine) -> None:
        failed = line.state == "error"
        tip = "\n".join(t for t in (line.note, line.warning, line.explain) if t)
        beneath = line.note if failed else ""
        if len(beneath) > 160:
            beneath = beneath[:159] + "…"
        if line.warning:  # items skipped while the step still ran: said beneath it
            beneath = "\n".join(t for t in (beneath, line.warning) if t)
        self.steps.add(f"step-{line.key}", line.label,
                       f"{MARKS.get(line.state, '')} {line.value}".strip(), tip, beneath,
                       FAILED_COLOR if failed else "")
