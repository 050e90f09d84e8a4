"""A read-only rich-text view for remote content that never loads anything by itself.

It only ever receives HTML from ``mbdesk.domain.sanitize`` (or markup we wrote), and even so:
``loadResource`` answers nothing for every URL (no image, stylesheet or other resource is ever
fetched, local or remote), links never navigate inside the widget, and a click opens an
http/https/mailto link in the system browser through ``QDesktopServices`` — only on click.
Links with the ``mbdesk:`` scheme are our own actions and are reported by ``action_clicked``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from mbdesk.domain.sanitize import safe_href

ACTION_SCHEME = "mbdesk"


class SafeTextBrowser(QTextBrowser):
    action_clicked = Signal(str)  # the path of an ``mbdesk:`` link, e.g. "retry/12"
    link_opened = Signal(str)  # an external link handed to the system browser

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.requested_resources: list[str] = []  # what the document asked for (never loaded)
        self.anchorClicked.connect(self._on_anchor)

    def loadResource(self, type_: int, name: QUrl) -> Any:
        """Never load anything: remote images would tell a tracker that we read the post."""
        self.requested_resources.append(name.toString())
        return QByteArray()  # empty: no content at all

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == ACTION_SCHEME:
            self.action_clicked.emit(url.path())
            return
        text = url.toString()
        if safe_href(text) is None:
            return
        self.link_opened.emit(text)
        QDesktopServices.openUrl(url)
