"""The draft's images: thumbnail, what the file is, its description (alt text), and buttons to
move it up or down or remove it. Files are checked and copied into the workspace on adding
(``store.draft_media``); a refused file is named with its reason and nothing else changes."""

from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mbdesk.domain.images import ImageInfo, ImageProblem, ImageRule, fits, image_rule
from mbdesk.store.draft_media import ImageTooLarge, import_image
from mbdesk.store.drafts import MediaInput
from mbdesk.store.media_library import alt_text_for
from mbdesk.ui.compose.problems import image_problem_text
from mbdesk.ui.i18n import join_list

THUMB = 64
MAX_IMAGES = 4  # the most any platform takes; per-target limits are checked before scheduling


def thumbnail(path: str) -> QPixmap:
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > THUMB or size.height() > THUMB):
        reader.setScaledSize(size.scaled(QSize(THUMB, THUMB), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


def human_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    return f"{max(1, round(n / 1024))} KB"


class MediaItem(QWidget):
    changed = Signal()
    move = Signal(object, int)  # item, -1 up / +1 down
    remove = Signal(object)

    def __init__(self, media: MediaInput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.media = media
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        thumb = QLabel(self)
        thumb.setFixedSize(THUMB, THUMB)
        thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        thumb.setPixmap(thumbnail(media.path))
        middle = QVBoxLayout()
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.alt_edit = QLineEdit(media.alt_text, self)
        self.alt_edit.setObjectName("alt-text")
        self.alt_edit.setPlaceholderText(
            self.tr("Describe the image for people who cannot see it (alt text)"))
        self.alt_edit.textEdited.connect(lambda _: self.changed.emit())
        middle.addWidget(self.info)
        middle.addWidget(self.alt_edit)
        self.up = QToolButton(self)
        self.up.setText("↑")
        self.up.setToolTip(self.tr("Move up"))
        self.down = QToolButton(self)
        self.down.setText("↓")
        self.down.setToolTip(self.tr("Move down"))
        self.delete = QToolButton(self)
        self.delete.setText("✕")
        self.delete.setToolTip(self.tr("Remove this image from the draft"))
        self.up.clicked.connect(lambda: self.move.emit(self, -1))
        self.down.clicked.connect(lambda: self.move.emit(self, 1))
        self.delete.clicked.connect(lambda: self.remove.emit(self))
        layout.addWidget(thumb)
        layout.addLayout(middle, 1)
        layout.addWidget(self.up)
        layout.addWidget(self.down)
        layout.addWidget(self.delete)

    def current(self) -> MediaInput:
        m = self.media
        return MediaInput(path=m.path, alt_text=self.alt_edit.text(), mime_type=m.mime_type,
                          width=m.width, height=m.height, size_bytes=m.size_bytes,
                          sha256=m.sha256, id=m.id)

    def describe(self, rules: list[ImageRule]) -> None:
        m = self.media
        text = self.tr("{type} · {w}×{h} · {size}").format(
            type=m.mime_type.removeprefix("image/").upper(), w=m.width, h=m.height,
            size=human_size(m.size_bytes))
        info = ImageInfo(m.mime_type, m.width, m.height, m.size_bytes, m.sha256)
        smaller = sorted({r.platform.capitalize() for r in rules if not fits(info, r)})
        if smaller:
            text += " — " + self.tr("made smaller for {platforms} when posted").format(
                platforms=join_list(smaller))
        self.info.setText(text)
        self.info.setToolTip(os.path.basename(m.path))


class MediaPanel(QWidget):
    """Signals: ``changed()`` on any add, remove, reorder or alt-text edit."""

    changed = Signal()

    def __init__(self, media_dir, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.media_dir = media_dir
        self.items: list[MediaItem] = []
        self._rules: list[ImageRule] = []
        self._max = MAX_IMAGES
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add images…"), self)
        self.add_button.setObjectName("add-images")
        self.add_button.clicked.connect(self._choose)
        self.library_button = QPushButton(self.tr("From library…"), self)
        self.library_button.setObjectName("images-from-library")
        self.library_button.setToolTip(self.tr("Images used before, with their alt text"))
        self.library_button.clicked.connect(self.choose_from_library)
        self.hint = QLabel(self)
        head.addWidget(self.add_button)
        head.addWidget(self.library_button)
        head.addWidget(self.hint, 1)
        layout.addLayout(head)
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(0)
        layout.addLayout(self.list_layout)
        self.message = QLabel(self)
        self.message.setObjectName("media-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#dc2626;")
        self.message.hide()
        layout.addWidget(self.message)
        self._update()

    # -- content ---------------------------------------------------------------------------
    def media(self) -> tuple[MediaInput, ...]:
        return tuple(item.current() for item in self.items)

    def set_media(self, media) -> None:
        for item in self.items:
            item.deleteLater()
        self.items = []
        for m in media:
            self._append(m if isinstance(m, MediaInput) else MediaInput(
                path=m.path, alt_text=m.alt_text, mime_type=m.mime_type, width=m.width,
                height=m.height, size_bytes=m.size_bytes, sha256=m.sha256, id=m.id))
        self.message.hide()
        self._update()

    def set_ids(self, ids: list[int]) -> None:
        """After a save: the rows' ids, in order, so the next save updates instead of adding."""
        for item, media_id in zip(self.items, ids, strict=False):
            if item.media.id != media_id:
                m = item.current()
                item.media = MediaInput(path=m.path, alt_text=m.alt_text,
                                        mime_type=m.mime_type, width=m.width,
                                        height=m.height, size_bytes=m.size_bytes,
                                        sha256=m.sha256, id=media_id)

    def set_rules(self, rules: list[ImageRule]) -> None:
        """The image rules of the ticked targets: the add limit and "made smaller" notes."""
        self._rules = rules
        self._max = max(r.max_images for r in rules) if rules else MAX_IMAGES
        for item in self.items:
            item.describe(rules)
        self._update()

    def add_files(self, paths: list[str]) -> list[str]:
        """Check and add images; returns the messages for refused files (also shown)."""
        refused = []
        for path in paths:
            if len(self.items) >= self._max:
                refused.append(self.tr("{file}: a post takes at most {n} images.").format(
                    file=os.path.basename(path), n=self._max))
                continue
            try:
                media = import_image(path, self.media_dir)
                media = replace(media, alt_text=alt_text_for(media.sha256))  # used before?
            except ImageTooLarge:
                refused.append(image_problem_text("too_large", path))
                continue
            except ImageProblem as exc:
                refused.append(image_problem_text(exc.code, path))
                continue
            self._append(media)
        if refused:
            self.message.setText("\n".join(refused))
            self.message.show()
        else:
            self.message.hide()
        if len(refused) < len(paths):
            self._update()
            self.changed.emit()
        return refused

    def choose_from_library(self):
        """Open the media library (``ui.media_library_dialog``); picks come with their alt
        text, still editable here. Returns the (window-modal) dialog."""
        from mbdesk.ui.media_library_dialog import pick_from_library

        return pick_from_library(self, self.media_dir, self._max - len(self.items),
                                 self._add_prepared)

    def _add_prepared(self, media: list[MediaInput], refused: list[str]) -> None:
        """Images already checked and copied (from the library), with the refusals to show."""
        added = 0
        for m in media:
            if len(self.items) >= self._max:
                refused.append(self.tr("{file}: a post takes at most {n} images.").format(
                    file=os.path.basename(m.path), n=self._max))
                continue
            self._append(m)
            added += 1
        self.message.setText("\n".join(refused))
        self.message.setVisible(bool(refused))
        if added:
            self._update()
            self.changed.emit()

    # -- internals -------------------------------------------------------------------------
    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add images"), "",
            self.tr("Images (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)"))
        if paths:
            self.add_files(paths)

    def _append(self, media: MediaInput) -> None:
        item = MediaItem(media, self)
        item.changed.connect(self.changed)
        item.move.connect(self._move)
        item.remove.connect(self._remove)
        item.describe(self._rules)
        self.items.append(item)
        self.list_layout.addWidget(item)

    def _move(self, item: MediaItem, step: int) -> None:
        i = self.items.index(item)
        j = i + step
        if not 0 <= j < len(self.items):
            return
        self.items[i], self.items[j] = self.items[j], self.items[i]
        self.list_layout.removeWidget(item)
        self.list_layout.insertWidget(j, item)
        self._update()
        self.changed.emit()

    def _remove(self, item: MediaItem) -> None:
        self.items.remove(item)
        self.list_layout.removeWidget(item)
        item.deleteLater()
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        for i, item in enumerate(self.items):
            item.up.setEnabled(i > 0)
            item.down.setEnabled(i < len(self.items) - 1)
        self.add_button.setEnabled(len(self.items) < self._max)
        self.library_button.setEnabled(len(self.items) < self._max)
        self.hint.setText(self.tr("%n of %1 image(s)", "", len(self.items)).replace(
            "%1", str(self._max)) if self.items else self.tr("No images"))


def rules_for(platforms_limits) -> list[ImageRule]:
    return [image_rule(platform, limits) for platform, limits in platforms_limits]
