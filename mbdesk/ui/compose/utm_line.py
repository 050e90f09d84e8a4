"""The composer's link-tagging line: the draft's campaign and the final links as they will be
sent, per target account that tags links (Accounts → Link tagging…).

The same tagging as the one way in (``store.utm`` via ``store.post_queue``), applied to the
texts the counters count, so each counter shows the length of the text that is sent: Bluesky
counts the longer link, Mastodon and X count any link as 23, Weibo a link up to 140 bytes as 20.
Hidden when no target account tags links.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from mbdesk.domain import utm
from mbdesk.domain.compose import TargetSpec
from mbdesk.store.utm import account_settings


class UtmLine(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compose-utm")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.label = QLabel(self.tr("Campaign"), self)
        self.campaign_edit = QLineEdit(self)
        self.campaign_edit.setObjectName("compose-campaign")
        self.campaign_edit.setPlaceholderText(self.tr("e.g. spring-sale (utm_campaign)"))
        self.campaign_edit.setToolTip(self.tr(
            "Added to links to your shop as utm_campaign, so your web analytics show the "
            "visits this post brought"))
        row.addWidget(self.label)
        row.addWidget(self.campaign_edit, 1)
        layout.addLayout(row)
        self.preview = QLabel(self)
        self.preview.setObjectName("compose-utm-preview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.preview)
        self.campaign_edit.textEdited.connect(self.edited)
        self._settings: dict[int, utm.UtmSettings] = {}
        self.hide()

    def campaign(self) -> str:
        return self.campaign_edit.text().strip()

    def set_campaign(self, name: str) -> None:
        self.campaign_edit.setText(name or "")

    def reload(self) -> None:
        """Read the accounts' tagging again (it may have changed in Accounts)."""
        self._settings = {}

    def tag_specs(self, specs: Sequence[TargetSpec]) -> list[TargetSpec]:
        """The specs with each account's links tagged as they will be sent (counters and
        checks then measure the sent text)."""
        out = []
        for spec in specs:
            settings = self._settings_of(spec)
            tagged = utm.tag_text(spec.body, settings, self.campaign())
            out.append(replace(spec, body=tagged.text) if tagged.changed else spec)
        return out

    def show_links(self, checked: Sequence[TargetSpec]) -> None:
        """The final links per checked account (call with the untagged specs)."""
        tagging = [s for s in checked if self._settings_of(s).enabled
                   and self._settings_of(s).domains]
        self.setVisible(bool(tagging))
        lines = []
        for spec in tagging:
            tagged = utm.tag_text(spec.body, self._settings_of(spec), self.campaign())
            for _old, new in tagged.links:
                lines.append(f"{html.escape(spec.name)}: <code>{html.escape(new)}</code>")
        if lines:
            self.preview.setText(self.tr("Links as they will be sent:") + "<br>"
                                 + "<br>".join(lines))
        else:
            self.preview.setText(self.tr("No link to your shop in the text yet: links to "
                                         "your own domains get tagged."))

    def _settings_of(self, spec: TargetSpec) -> utm.UtmSettings:
        if spec.account_id not in self._settings:
            self._settings[spec.account_id] = account_settings(spec.account_id, spec.platform)
        return self._settings[spec.account_id]
