"""The media library dialog in the composer, driven like a user: "From library…" shows the
images of earlier drafts as thumbnails (made off the GUI thread, cached, 0600), search narrows
them, a missing file is shown and cannot be picked, alt text saved in the library comes along
and stays editable in the composer, and the draft saves the picked image."""

from __future__ import annotations

import os
import stat

import pytest
from PIL import Image
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from mbdesk.store import settings
from mbdesk.store.draft_media import import_image
from mbdesk.store.drafts import DraftInput, save_draft
from mbdesk.store.models import Account, LibraryImage, Media
from mbdesk.store.thumbnails import thumbnail_path
from mbdesk.ui.media_library_dialog import ID_ROLE, MediaLibraryDialog
from mbdesk.ui.views.compose import ComposeView


def photo(folder, name, color, size=(400, 300)) -> str:
    path = folder / name
    Image.new("RGB", size, color).save(path, "JPEG")
    return str(path)


@pytest.fixture
def earlier_drafts(workspace, db, tmp_path):
    settings.put("timezone", "Europe/Madrid")
    Account.create(platform="mastodon", handle="shop@example.social")
    images = [(photo(tmp_path, "taza-azul.jpg", (20, 60, 200)), "Tres tazas azules"),
              (photo(tmp_path, "陶瓷杯.jpg", (200, 60, 20)), "手工陶瓷杯，红色"),
              (photo(tmp_path, "gone.jpg", (90, 90, 90)), "This file will be deleted")]
    for path, alt in images:
        media = (import_image(path, workspace.media, alt),)
        save_draft(None, DraftInput(title=alt, body=alt, media=media))
    gone = Media.select().order_by(Media.id.desc()).first().path
    os.remove(gone)
    return images


@pytest.fixture
def view(qtbot, ctx, earlier_drafts):
    widget = ComposeView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 860)
    widget.show()
    widget.refresh()
    return widget


def item_of(dialog: MediaLibraryDialog, file_name: str):
    model = dialog.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == file_name:
            return model.index(row, 0)
    raise AssertionError(f"{file_name} not listed")


def select(dialog: MediaLibraryDialog, *indexes) -> None:
    sel = dialog.view.selectionModel()
    sel.clearSelection()
    for i, index in enumerate(indexes):
        flag = QItemSelectionModel.SelectionFlag.Select
        if i == 0:
            sel.setCurrentIndex(index, flag)
        else:
            sel.select(index, flag)


def test_pick_an_image_from_the_library_into_the_composer(qtbot, view, workspace):
    ed = view.editor
    qtbot.mouseClick(ed.new_button, Qt.MouseButton.LeftButton)
    ed.body_edit.setPlainText("¡Tazas nuevas!")
    panel = ed.media_panel
    assert panel.library_button.isEnabled()
    dialog = panel.choose_from_library()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    assert dialog.isVisible()
    assert dialog.count_label.text() == "3 image(s)"
    names = {dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())}
    assert names == {"taza-azul.jpg", "陶瓷杯.jpg", "gone.jpg"}

    # thumbnails arrive from the worker pool and are cached on disk, owner-only
    cup = item_of(dialog, "陶瓷杯.jpg")
    image = LibraryImage.get_by_id(cup.data(ID_ROLE))
    thumb = thumbnail_path(workspace.media, image.path, image.sha256, 128)
    dialog.view.viewport().repaint()
    qtbot.waitUntil(thumb.is_file, timeout=10_000)
    assert stat.S_IMODE(thumb.stat().st_mode) == 0o600

    # the missing file is shown as missing and cannot be added
    gone = item_of(dialog, "gone.jpg")
    assert "the file is gone" in gone.data(Qt.ItemDataRole.ToolTipRole)
    select(dialog, gone)
    assert not dialog.add_button.isEnabled()
    assert "missing cannot be added" in dialog.message.text()

    # search by alt text (Chinese) narrows the list
    dialog.search.setText("陶瓷")  # as an input method commits it
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert dialog.count_label.text() == "1 image(s)"
    cup = item_of(dialog, "陶瓷杯.jpg")
    select(dialog, cup)
    assert dialog.alt_edit.text() == "手工陶瓷杯，红色"
    dialog.alt_edit.clear()
    qtbot.keyClicks(dialog.alt_edit, "Red cup")
    qtbot.mouseClick(dialog.save_alt, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: LibraryImage.get_by_id(image.id).alt_edited, timeout=10_000)
    assert LibraryImage.get_by_id(image.id).alt_text == "Red cup"
    assert dialog.add_button.isEnabled() and dialog.add_button.text() == "Add 1 to draft"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(panel.items) == 1, timeout=10_000)
    item = panel.items[0]
    assert item.alt_edit.text() == "Red cup"
    assert item.media.sha256 == image.sha256 and item.media.path != image.path
    qtbot.keyClicks(item.alt_edit, ", on a table")  # editable after
    ed.flush()
    saved = Media.get(Media.draft == ed.draft_id)
    assert saved.alt_text == "Red cup, on a table" and saved.sha256 == image.sha256
    # the library's own text stays the default for the next use
    assert LibraryImage.get_by_id(image.id).alt_text == "Red cup"
    QApplication.processEvents()


def test_library_dialog_alone_with_no_images(qtbot, db, workspace):
    dialog = MediaLibraryDialog(workspace.media, room=4)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    assert dialog.count_label.text() == "No images yet"
    assert "appear here" in dialog.message.text()
    assert not dialog.add_button.isEnabled()


def test_room_limits_the_picks(qtbot, earlier_drafts, workspace):
    dialog = MediaLibraryDialog(workspace.media, room=1)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    select(dialog, item_of(dialog, "taza-azul.jpg"), item_of(dialog, "陶瓷杯.jpg"))
    assert not dialog.add_button.isEnabled()
    assert "room for 1 more image(s)" in dialog.message.text()


def test_add_images_offers_the_alt_text_a_photo_had(qtbot, view, earlier_drafts):
    ed = view.editor
    qtbot.mouseClick(ed.new_button, Qt.MouseButton.LeftButton)
    blue, alt = earlier_drafts[0]
    assert ed.media_panel.add_files([blue]) == []
    assert ed.media_panel.items[0].alt_edit.text() == alt == "Tres tazas azules"


def test_known_images_show_at_once_new_ones_join_when_taken_in(qtbot, earlier_drafts, workspace,
                                                               tmp_path):
    from mbdesk.store.media_library import refresh_library

    refresh_library()
    later = photo(tmp_path, "later.jpg", (10, 200, 10))
    save_draft(None, DraftInput(title="later", body="later",
                                media=(import_image(later, workspace.media, "Later one"),)))
    dialog = MediaLibraryDialog(workspace.media, room=4)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    qtbot.waitUntil(lambda: dialog.count_label.text() == "4 image(s)", timeout=10_000)
    item_of(dialog, "later.jpg")
