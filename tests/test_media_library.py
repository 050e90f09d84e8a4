"""The media library: images of drafts and sent posts, once per content, searchable by alt text
and file name, the newest alt text offered unless the owner wrote one in the library, files
that are gone listed as missing, thumbnails made once and private, the CLI."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from mbdesk.domain.images import ImageRule, fit_image
from mbdesk.store import media_library as library
from mbdesk.store.draft_media import import_image
from mbdesk.store.drafts import DraftInput, MediaInput, save_draft
from mbdesk.store.models import LibraryImage, Media
from mbdesk.store.outbox import Attachment, enqueue
from mbdesk.store.thumbnails import ThumbnailProblem, ensure_thumbnail, thumbnail_path


def photo(folder: Path, name: str, color: tuple[int, int, int], size=(320, 200)) -> Path:
    path = folder / name
    Image.new("RGB", size, color).save(path)
    return path


def draft_with(media_dir: Path, *images: tuple[Path, str]) -> int:
    media = tuple(import_image(path, media_dir, alt) for path, alt in images)
    return save_draft(None, DraftInput(title="t", body="b", media=media))


def test_same_photo_in_two_drafts_is_one_image_with_the_newest_alt(workspace, db, tmp_path):
    cup = photo(tmp_path, "cup-陶瓷杯.png", (200, 30, 30))
    bread = photo(tmp_path, "pan_de_muerto.png", (200, 160, 60))
    draft_with(workspace.media, (cup, "A red cup"))
    draft_with(workspace.media, (cup, "Una taza roja hecha a mano"), (bread, "Pan de muerto"))
    draft_with(workspace.media, (cup, ""))  # no alt this time: the last real one stays
    assert library.refresh_library() == 2  # two images, each added once
    images = library.list_images()
    assert [i.file_name for i in images] == ["cup-陶瓷杯.png", "pan_de_muerto.png"]
    assert images[0].alt_text == "Una taza roja hecha a mano"
    assert (images[0].width, images[0].height, images[0].mime_type) == (320, 200, "image/png")
    assert not images[0].missing
    assert library.refresh_library() == 0  # nothing new: no file is read again
    assert library.count_images() == 2


def test_search_by_alt_text_and_file_name(workspace, db, tmp_path):
    draft_with(workspace.media, (photo(tmp_path, "cup-陶瓷杯.png", (1, 2, 3)), "手工陶瓷杯 red"),
               (photo(tmp_path, "pan.png", (4, 5, 6)), "Pan de muerto 100%"),
               (photo(tmp_path, "logo.png", (7, 8, 9)), ""))
    library.refresh_library()

    def names(text: str) -> list[str]:
        return sorted(i.file_name for i in library.list_images(text))

    assert names("陶瓷") == ["cup-陶瓷杯.png"]
    assert names("RED") == ["cup-陶瓷杯.png"]  # Latin letters in any case
    assert names("muerto") == ["pan.png"]
    assert names("logo") == ["logo.png"]
    assert names("100%") == ["pan.png"] and names("_") == []  # LIKE wildcards are literal
    assert names("") == ["cup-陶瓷杯.png", "logo.png", "pan.png"]
    assert library.count_images("陶瓷") == 1


def test_alt_text_edited_in_the_library_is_the_default_from_then_on(workspace, db, tmp_path):
    cup = photo(tmp_path, "cup.png", (9, 9, 9))
    draft_with(workspace.media, (cup, "old words"))
    library.refresh_library()
    image = library.list_images()[0]
    library.set_alt_text(image.id, "  A hand-made red cup on a wooden table  ")
    draft_with(workspace.media, (cup, "something a later draft said"))
    library.refresh_library()
    again = library.get_image(image.id)
    assert again.alt_text == "A hand-made red cup on a wooden table" and again.alt_edited


def test_missing_files_are_listed_not_fatal(workspace, db, tmp_path):
    draft_with(workspace.media, (photo(tmp_path, "gone.png", (1, 1, 1)), "gone soon"))
    library.refresh_library()
    image = library.list_images()[0]
    os.remove(image.path)
    assert library.list_images()[0].missing
    with pytest.raises(ThumbnailProblem) as exc:
        ensure_thumbnail(workspace.media, image.path, image.sha256)
    assert exc.value.missing
    # a post whose file vanished before the library saw it: keyed by its path, still listed
    Media.create(path=str(tmp_path / "never-there.jpg"), alt_text="ghost", mime_type="image/jpeg")
    library.refresh_library()
    ghost = library.list_images("ghost")[0]
    assert ghost.missing and ghost.sha256 == ""
    assert LibraryImage.get_by_id(ghost.id).key.startswith("path:")


def test_post_copies_are_hashed_once_and_fitted_copies_count_as_their_original(
        workspace, db, tmp_path):
    big = photo(tmp_path, "big-photo.jpg", (10, 120, 200), size=(3000, 2000))
    draft_with(workspace.media, (big, "Shop front"))
    library.refresh_library()
    original = library.list_images()[0]
    # what scheduling does: a copy per post, a smaller one where a platform needs it
    fitted = fit_image(big, ImageRule("bluesky", max_bytes=1_000_000, max_side=2000),
                       workspace.media / "fitted")
    enqueue_media = [Attachment(path=str(big), alt_text="Shop front, morning",
                                mime_type="image/jpeg"),
                     Attachment(path=fitted.path, alt_text="Shop front, morning",
                                mime_type="image/jpeg")]
    from mbdesk.store.models import Account

    account = Account.create(platform="mastodon", handle="shop")
    enqueue(account.id, "mastodon", "hello", attachments=enqueue_media,
            media_dir=workspace.media / "outbox")
    assert Media.select().where(Media.sha256 == "").count() == 2  # as enqueue stores them
    library.refresh_library()
    assert library.count_images() == 1  # the copy and the fitted copy are the same photo
    assert library.get_image(original.id).alt_text == "Shop front, morning"
    assert Media.select().where(Media.sha256 == "").count() == 0  # hashed once, kept


def test_thumbnails_are_made_once_and_private(workspace, db, tmp_path):
    draft_with(workspace.media, (photo(tmp_path, "p.png", (0, 200, 0), size=(1200, 600)), ""))
    library.refresh_library()
    image = library.list_images()[0]
    thumb = ensure_thumbnail(workspace.media, image.path, image.sha256)
    assert thumb == thumbnail_path(workspace.media, image.path, image.sha256)
    assert stat.S_IMODE(thumb.stat().st_mode) == 0o600
    with Image.open(thumb) as im:
        assert max(im.size) == 128 and im.size == (128, 64)
    before = thumb.stat().st_mtime_ns
    assert ensure_thumbnail(workspace.media, image.path, image.sha256).stat().st_mtime_ns == before
    bad = tmp_path / "not-an-image.png"
    bad.write_bytes(b"hello")
    with pytest.raises(ThumbnailProblem) as exc:
        ensure_thumbnail(workspace.media, str(bad))
    assert not exc.value.missing


def test_display_name_strips_mbdesk_prefixes():
    assert library.display_name("/m/drafts/0a1b2c3d-cup.png") == "cup.png"
    assert library.display_name("/m/outbox/0a1b2c3d4e5f-0a1b2c3d-cup.png") == "cup.png"
    assert library.display_name("/m/photo.png") == "photo.png"


def test_cli_media_list(workspace, db, tmp_path):
    draft_with(workspace.media, (photo(tmp_path, "cup.png", (1, 2, 3)), "手工陶瓷杯"),
               (photo(tmp_path, "pan.png", (3, 2, 1)), "Pan de muerto"))
    os.remove(library.Media.select().order_by(Media.id.desc()).first().path)
    env = {"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    cmd = [sys.executable, "-m", "mbdesk", "--data-dir", str(workspace.root), "media", "list"]
    cwd = Path(__file__).resolve().parents[1]
    result = subprocess.run([*cmd, "--json"], capture_output=True, text=True, env=env, cwd=cwd,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert {(r["file_name"], r["alt_text"], r["missing"]) for r in records} == {
        ("cup.png", "手工陶瓷杯", False), ("pan.png", "Pan de muerto", True)}
    assert set(records[0]) == {"id", "file_name", "path", "alt_text", "alt_edited", "mime_type",
                               "width", "height", "size_bytes", "sha256", "last_used_at",
                               "missing"}
    result = subprocess.run([*cmd, "--search", "陶瓷"], capture_output=True, text=True, env=env,
                            cwd=cwd, timeout=120)
    assert result.returncode == 0 and "cup.png" in result.stdout
    assert "pan.png" not in result.stdout


def test_media_input_from_the_library_is_a_fresh_draft_copy(workspace, db, tmp_path):
    draft_with(workspace.media, (photo(tmp_path, "cup.png", (5, 5, 5)), "Red cup"))
    library.refresh_library()
    image = library.list_images()[0]
    media = library.use_image(image.id, workspace.media)
    assert isinstance(media, MediaInput)
    assert media.alt_text == "Red cup" and media.sha256 == image.sha256
    assert media.path != image.path and Path(media.path).is_file()


def test_a_photo_added_again_from_disk_gets_its_alt_text(workspace, db, tmp_path):
    cup = photo(tmp_path, "cup.png", (3, 3, 3))
    draft_with(workspace.media, (cup, "A red cup"))
    assert library.alt_text_for(import_image(cup, workspace.media).sha256) == "A red cup"
    library.refresh_library()
    library.set_alt_text(library.list_images()[0].id, "The owner's words")
    assert library.alt_text_for(import_image(cup, workspace.media).sha256) == "The owner's words"
    other = photo(tmp_path, "other.png", (4, 4, 4))
    assert library.alt_text_for(import_image(other, workspace.media).sha256) == ""


def test_keyset_pages_cover_the_library_once_in_order(workspace, db):
    from datetime import datetime, timedelta

    base = datetime(2026, 5, 1, 12, 0)
    for i in range(23):  # some share a time: the id breaks the tie
        LibraryImage.create(key=f"k{i}", path=f"/x/{i}.png", file_name=f"{i}.png",
                            last_used_at=base + timedelta(seconds=i // 3))
    seen, after = [], None
    while True:
        page = library.list_images(limit=5, after=after)
        if not page:
            break
        seen += [i.id for i in page]
        after = page[-1].key
    assert seen == [i.id for i in library.list_images(limit=100)]
    assert len(seen) == len(set(seen)) == 23
