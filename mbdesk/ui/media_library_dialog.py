"""The media library dialog: images used before, as thumbnails, searchable, picked into a draft.

Nothing here waits on the disk on the GUI thread: the library is brought up to date and each
page is queried on worker threads (``ui.models.paged``: the list pages on as it scrolls, so
5,000 images cost what 200 do), and each thumbnail is made or read from its cache file
(``store.thumbnails``) by a small pool of its own; only the visible items ask for one, and
only a bounded number of them is kept in memory. An image whose file is gone is shown as
missing and cannot be picked.

Picking copies each image into the draft (a fresh copy, checked like any added file) with the
library's alt text, which stays editable in the composer. Alt text saved here is what the next
use offers.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbdesk.services.background import run_in_background
from mbdesk.store.media_library import LibraryItem
from mbdesk.ui.localtime import format_date, to_local, user_zone
from mbdesk.ui.models.paged import PagedTableModel

log = logging.getLogger(__name__)

THUMB = 128
MAX_ICONS = 600  # thumbnails kept in memory; the rest are re-read from their cache files
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class LibraryRow:
    item: LibraryItem
    missing: bool  # looked at on the worker thread when the page was loaded

    @property
    def key(self) -> tuple[datetime, int]:
        return self.item.key


def _page(search: str, after: Any, limit: int) -> list[LibraryRow]:
    """Worker thread: one page with each file's presence."""
    from mbdesk.store.media_library import list_images

    return [LibraryRow(i, i.missing) for i in list_images(search, limit=limit, after=after)]


def _first_load(search: str, limit: int) -> tuple[int, list[LibraryRow], bool]:
    """Worker thread: the count, the first page, and whether images were added to drafts or
    posts since the library was last brought up to date."""
    from mbdesk.store.media_library import count_images, has_unscanned

    return count_images(search), _page(search, None, limit), has_unscanned()


def _refresh() -> int:
    """Worker thread: add the new draft and post images (reads the files that have no hash
    yet: the first time after many posts, this can take a while)."""
    from mbdesk.store.media_library import refresh_library

    return refresh_library()


def _thumbnail(media_dir: Path, path: str, sha256: str) -> tuple[str, str]:
    """Worker thread: ("ok", thumbnail file) | ("missing", "") | ("broken", "")."""
    from mbdesk.store.thumbnails import ThumbnailProblem, ensure_thumbnail

    try:
        return "ok", str(ensure_thumbnail(media_dir, path, sha256, THUMB))
    except ThumbnailProblem as exc:
        return ("missing" if exc.missing else "broken"), ""
    except OSError as exc:  # the thumbnail folder cannot be written (disk full)
        log.warning("thumbnail of %s: %s", path, exc)
        return "broken", ""


def _placeholder(text: str, color: str) -> QIcon:
    pixmap = QPixmap(THUMB, THUMB)
    pixmap.fill(QColor(color))
    if text:
        painter = QPainter(pixmap)
        painter.setPen(QColor("#475569"))
        painter.drawText(pixmap.rect().adjusted(6, 6, -6, -6),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
        painter.end()
    return QIcon(pixmap)


class LibraryModel(PagedTableModel):
    """Library rows, most recently used first; thumbnails arrive as they are made."""

    PAGE_SIZE = 120
    FIRST_PAGE_SIZE = 120

    def __init__(self, media_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.media_dir = media_dir
        self._icons: OrderedDict[int, QIcon] = OrderedDict()
        self._asked: set[int] = set()
        self._gone: set[int] = set()  # files found missing while making thumbnails
        self._broken: set[int] = set()
        self._rows_of: dict[int, int] = {}  # image id -> row, kept as pages arrive
        self._arrived: set[int] = set()  # thumbnails in since the last repaint
        self.modelReset.connect(self._index_rows)
        self.rowsInserted.connect(lambda _p, first, _last: self._index_rows(first))
        self._cancel = threading.Event()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.setInterval(40)
        self._repaint.timeout.connect(self._repaint_arrived)
        self._loading_icon = _placeholder("", "#e2e8f0")
        self._missing_icon = _placeholder(self.tr("File missing"), "#fde2e2")
        self._broken_icon = _placeholder(self.tr("No preview"), "#f1f5f9")

    def is_missing(self, row: LibraryRow) -> bool:
        return row.missing or row.item.id in self._gone

    def cell(self, row: LibraryRow, column: int, role: int) -> Any:
        item = row.item
        if role == Qt.ItemDataRole.DisplayRole:
            return item.file_name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            alt = item.alt_text or self.tr("(no alt text)")
            if self.is_missing(row):
                return self.tr("{file}: the file is gone ({path}).").format(
                    file=item.file_name, path=item.path)
            return f"{item.file_name}\n{alt}"
        if role == Qt.ItemDataRole.ForegroundRole and self.is_missing(row):
            return QColor("#b91c1c")
        if role == ID_ROLE:
            return item.id
        return None

    def _icon(self, row: LibraryRow) -> QIcon:
        image_id = row.item.id
        if self.is_missing(row):
            return self._missing_icon
        if image_id in self._broken:
            return self._broken_icon
        icon = self._icons.get(image_id)
        if icon is not None:
            self._icons.move_to_end(image_id)
            return icon
        if image_id not in self._asked:  # only the items a view paints ask for one
            self._asked.add(image_id)
            item, cancel = row.item, self._cancel
            run_in_background(
                lambda: ("skipped", "") if cancel.is_set() else _thumbnail(
                    self.media_dir, item.path, item.sha256),
                lambda result, i=image_id: self._thumbnail_ready(i, result),
                lambda _message, i=image_id: self._thumbnail_ready(i, ("broken", "")),
                pool=self.pool)
        return self._loading_icon

    def _thumbnail_ready(self, image_id: int, result: tuple[str, str]) -> None:
        if not shiboken6.isValid(self):
            return
        self._asked.discard(image_id)
        state, path = result
        if state == "skipped":
            return
        if state == "ok":
            pixmap = QPixmap(path)
            if pixmap.isNull():
                self._broken.add(image_id)
            else:
                self._icons[image_id] = QIcon(pixmap)
                while len(self._icons) > MAX_ICONS:
                    self._icons.popitem(last=False)
        elif state == "missing":
            self._gone.add(image_id)
        else:
            self._broken.add(image_id)
        self._arrived.add(image_id)
        if not self._repaint.isActive():
            self._repaint.start()

    def _index_rows(self, first: int = 0) -> None:
        if first == 0:
            self._rows_of = {}
        for row in range(first, self.rowCount()):
            self._rows_of[self.row_at(row).item.id] = row

    def _repaint_arrived(self) -> None:
        """Repaint just the items whose thumbnails came in (not the whole grid)."""
        rows = sorted(r for i in self._arrived if (r := self._rows_of.get(i)) is not None)
        self._arrived.clear()
        start = None
        for n, row in enumerate(rows):  # one signal per run of neighbouring rows
            if start is None:
                start = row
            if n + 1 == len(rows) or rows[n + 1] != row + 1:
                self.dataChanged.emit(self.index(start, 0), self.index(row, 0),
                                      [Qt.ItemDataRole.DecorationRole])
                start = None

    def update_alt(self, image_id: int, alt_text: str) -> None:
        row = self.row_of(lambda r: r.item.id == image_id)
        if row >= 0:
            old: LibraryRow = self.row_at(row)
            item = old.item
            self.replace_row(row, LibraryRow(LibraryItem(
                id=item.id, path=item.path, file_name=item.file_name, mime_type=item.mime_type,
                width=item.width, height=item.height, size_bytes=item.size_bytes,
                sha256=item.sha256, alt_text=alt_text, alt_edited=True,
                last_used_at=item.last_used_at), old.missing))

    def stop(self) -> None:
        """The dialog closed: thumbnails still queued end at once (each queued task still runs,
        so its result relay is released)."""
        self._cancel.set()


class MediaLibraryDialog(QDialog):
    """Pick images used before. ``chosen()``: (image id, alt text) of the picked images that
    are there, in the order they were selected; at most ``room``."""

    loaded = Signal()  # the first page (and the count) of a search is shown

    def __init__(self, media_dir: Path, room: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("media-library")
        self.setWindowTitle(self.tr("Media library"))
        self.resize(760, 560)
        self.room = room
        self.media_dir = Path(media_dir)
        self._search_text = ""
        self._generation = 0
        self._refreshed = False  # the library was asked to take in new images
        self._up_to_date = False  # ... and has done so
        self._waiting = False  # an empty first page waits for that
        self._alts: dict[int, str] = {}  # alt texts saved here while the dialog is open
        self._zone = user_zone()
        self.model = LibraryModel(self.media_dir, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("library-search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search alt text and file names"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.count_label = QLabel(self)
        self.view = QListView(self)
        self.view.setObjectName("library-view")
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.setIconSize(QSize(THUMB, THUMB))
        self.view.setGridSize(QSize(THUMB + 28, THUMB + 40))
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setSpacing(4)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # a double-click picks the image (the model's cells would otherwise say "editable")
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setLayoutMode(QListView.LayoutMode.Batched)  # thousands of items: lay out
        self.view.setBatchSize(200)  # in slices between events, not in one long stall
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.doubleClicked.connect(lambda _i: self._accept_if_possible())
        self.details = QLabel(self)
        self.details.setObjectName("library-details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.alt_edit = QLineEdit(self)
        self.alt_edit.setObjectName("library-alt")
        self.alt_edit.setPlaceholderText(
            self.tr("Describe the image for people who cannot see it (alt text)"))
        self.alt_edit.textEdited.connect(self._on_alt_edited)
        self.save_alt = QPushButton(self.tr("Save alt text"), self)
        self.save_alt.setObjectName("library-save-alt")
        self.save_alt.setToolTip(self.tr("Saved here, this text is offered each time the image "
                                         "is used again"))
        self.save_alt.clicked.connect(self._save_alt)
        self.message = QLabel(self)
        self.message.setObjectName("library-message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(self.tr("Add to draft"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("library-add")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_possible)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        alt_row = QHBoxLayout()
        alt_row.addWidget(self.alt_edit, 1)
        alt_row.addWidget(self.save_alt)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(alt_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._on_selection()
        self.count_label.setText(self.tr("Loading…"))
        self.reload()

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Query the first page of the current search on a worker thread. What the library
        holds shows at once; images added since the last look are taken in meanwhile, and the
        list is queried again when they change it."""
        self._generation += 1
        generation, text = self._generation, self.search.text().strip()
        size = self.model.FIRST_PAGE_SIZE
        run_in_background(lambda: _first_load(text, size),
                          lambda result: self._first_page(generation, text, result),
                          self._load_failed)
        if not self._refreshed:
            self._refreshed = True
            run_in_background(_refresh, self._refreshed_library, self._load_failed)

    def _refreshed_library(self, changed: int) -> None:
        if not shiboken6.isValid(self):
            return
        self._up_to_date = True
        if changed or self._waiting:
            self.reload()

    def _first_page(self, generation: int, text: str,
                    result: tuple[int, list[LibraryRow], bool]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        count, rows, unscanned = result
        self._waiting = not count and unscanned and not self._up_to_date
        if self._waiting:
            return  # not "no images" yet: the new ones are being taken in
        self._search_text = text
        self.model.show_first_page(lambda after, limit: _page(text, after, limit), rows)
        if count:
            self.count_label.setText(self.tr("%n image(s)", "", count))
        elif text:
            self.count_label.setText(self.tr("No image matches"))
        else:
            self.count_label.setText(self.tr("No images yet"))
            self.message.setText(self.tr("Images you add to drafts and posts appear here, "
                                         "with their alt text, to use again."))
        self._on_selection()
        self.loaded.emit()

    def _load_failed(self, message: str) -> None:
        if shiboken6.isValid(self):
            self.count_label.setText("")
            self.message.setText(self.tr("The library could not be read: {reason}").format(
                reason=message))

    # -- selection and alt text --------------------------------------------------------------
    def _selected_rows(self) -> list[LibraryRow]:
        indexes = self.view.selectionModel().selectedIndexes()
        rows = [self.model.row_at(i.row()) for i in indexes]
        return [r for r in rows if r is not None]

    def _current(self) -> LibraryRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _on_selection(self, *_: object) -> None:
        rows = self._selected_rows()
        usable = [r for r in rows if not self.model.is_missing(r)]
        current = self._current() if rows else None
        if current is None and rows:
            current = rows[0]
        self.alt_edit.setEnabled(current is not None)
        self.save_alt.setEnabled(False)
        if current is None:
            self.details.setText(self.tr("Select one or more images (Ctrl or Shift for more)."))
            self.alt_edit.clear()
        else:
            self.details.setText(self._describe(current))
            self.alt_edit.setText(self._alts.get(current.item.id, current.item.alt_text))
        notes = []
        if len(usable) < len(rows):
            notes.append(self.tr("Images whose file is missing cannot be added."))
        if len(usable) > self.room:
            notes.append(self.tr("This draft has room for %n more image(s).", "", self.room))
        if notes or rows:
            self.message.setText(" ".join(notes))
        self.add_button.setEnabled(0 < len(usable) <= self.room)
        self.add_button.setText(self.tr("Add %n to draft", "", len(usable)) if usable
                                else self.tr("Add to draft"))

    def _describe(self, row: LibraryRow) -> str:
        item = row.item
        if self.model.is_missing(row):
            return self.tr("{file} — the file is gone: {path}").format(file=item.file_name,
                                                                       path=item.path)
        from mbdesk.ui.compose.media_panel import human_size

        return self.tr("{file} · {w}×{h} · {size} · last used {when}").format(
            file=item.file_name, w=item.width, h=item.height, size=human_size(item.size_bytes),
            when=format_date(to_local(item.last_used_at, self._zone).date()))

    def _on_alt_edited(self, _text: str) -> None:
        current = self._current()
        self.save_alt.setEnabled(current is not None)

    def _save_alt(self) -> None:
        current = self._current()
        if current is None:
            return
        image_id, text = current.item.id, self.alt_edit.text().strip()
        self._alts[image_id] = text
        self.save_alt.setEnabled(False)

        def saved(_result: object) -> None:
            if shiboken6.isValid(self):
                self.model.update_alt(image_id, text)
                self.message.setText(self.tr("Alt text saved: it is offered each time this "
                                             "image is used."))

        from mbdesk.store.media_library import set_alt_text

        run_in_background(lambda: set_alt_text(image_id, text), saved, self._save_failed)

    def _save_failed(self, message: str) -> None:
        if shiboken6.isValid(self):
            self.save_alt.setEnabled(True)
            self.message.setText(self.tr("The alt text could not be saved: {reason}").format(
                reason=message))

    # -- result ------------------------------------------------------------------------------
    def _accept_if_possible(self) -> None:
        if self.add_button.isEnabled():
            current = self._current()
            if current is not None and self.save_alt.isEnabled():  # typed, not saved: use it
                self._alts[current.item.id] = self.alt_edit.text().strip()
            self.accept()

    def chosen(self) -> list[tuple[int, str | None]]:
        """(image id, alt text typed here or None for the library's) of each usable pick."""
        rows = [r for r in self._selected_rows() if not self.model.is_missing(r)]
        return [(r.item.id, self._alts.get(r.item.id)) for r in rows[:self.room]]

    def done(self, result: int) -> None:
        self.model.stop()
        super().done(result)


def _copy_chosen(chosen: list[tuple[int, str | None]], media_dir: Path) -> list[tuple]:
    """Worker thread: a draft copy of each pick: ("ok", MediaInput) | ("refused", code, path)."""
    from mbdesk.domain.images import ImageProblem
    from mbdesk.store.draft_media import ImageTooLarge
    from mbdesk.store.media_library import LibraryImageGone, get_image, set_alt_text, use_image

    out: list[tuple] = []
    for image_id, alt in chosen:
        if alt is not None:
            set_alt_text(image_id, alt)
        try:
            out.append(("ok", use_image(image_id, media_dir)))
        except ImageTooLarge as exc:
            out.append(("refused", "too_large", exc.path))
        except ImageProblem as exc:
            out.append(("refused", exc.code, exc.path))
        except LibraryImageGone:
            item = get_image(image_id)
            out.append(("refused", "unreadable", item.path if item else str(image_id)))
    return out


def pick_from_library(parent: QWidget, media_dir: Path, room: int,
                      on_done: Callable[[list, list[str]], None]) -> MediaLibraryDialog:
    """Open the library over ``parent``; when the owner adds images, copy them on a worker
    thread and call ``on_done(media, refusal texts)`` on the GUI thread. Returns the dialog
    (already open, window-modal)."""
    from mbdesk.ui.compose.problems import image_problem_text

    dialog = MediaLibraryDialog(media_dir, room, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if not chosen:
            return

        def copied(results: list[tuple]) -> None:
            media = [r[1] for r in results if r[0] == "ok"]
            refused = [image_problem_text(r[1], r[2]) for r in results if r[0] == "refused"]
            on_done(media, refused)

        def failed(message: str) -> None:
            on_done([], [message])

        run_in_background(lambda: _copy_chosen(chosen, media_dir), copied, failed)

    dialog.finished.connect(finished)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
