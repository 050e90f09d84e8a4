"""The media library: every image used before, once per content, with the alt text to reuse.

The library is built from the ``media`` table (draft images and the copies made for sent posts)
by :func:`refresh_library`, which looks only at rows it has not seen yet (a cursor in the
``setting`` table) and reads a file only when its row has no sha256 yet (the copies made for
posts), so it is cheap to call before every look at the library. Run it off the GUI thread.

Content decides identity: the same photo added to ten drafts is one library image. A copy that
``domain.images.fit_image`` made smaller for one platform (``<sha256[:20]>-<platform>.<ext>``)
counts as a use of its original when the original is in the library. Alt text: the newest
non-empty alt text a post used, unless the owner edited it in the library (``alt_edited``);
then the library's text is the default from now on.

Files are never deleted by mbdesk, but a folder copied without its media, or a file removed by
hand, leaves an entry whose file is gone: listed with ``missing`` true, never an error.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peewee import Tuple, fn

from mbdesk.domain.images import ImageProblem, inspect_image
from mbdesk.store.draft_media import import_image
from mbdesk.store.drafts import MediaInput
from mbdesk.store.models import LibraryImage, Media, Setting, database_proxy, utcnow

CURSOR_KEY = "media_library_scanned_id"
BATCH = 500
# import_image names copies "<8 hex>-<stem>.<ext>", outbox.enqueue "<12 hex>-<name>".
_RANDOM_PREFIX = re.compile(r"^(?:[0-9a-f]{8}-|[0-9a-f]{12}-)+")
_FITTED = re.compile(r"^([0-9a-f]{20})-(?:mastodon|bluesky|weibo|x)\.(?:jpg|png|gif|webp)$")


@dataclass(frozen=True)
class LibraryItem:
    id: int
    path: str
    file_name: str
    mime_type: str
    width: int
    height: int
    size_bytes: int
    sha256: str
    alt_text: str
    alt_edited: bool
    last_used_at: datetime

    @property
    def key(self) -> tuple[datetime, int]:
        """Where this row sits in the library's order (for keyset paging)."""
        return (self.last_used_at, self.id)

    @property
    def missing(self) -> bool:
        """The file is gone (or is not a file): shown, never opened."""
        return not os.path.isfile(self.path)


def display_name(path: str) -> str:
    """The file name without the random prefixes mbdesk puts on its copies."""
    name = os.path.basename(path)
    stripped = _RANDOM_PREFIX.sub("", name)
    return stripped or name


# --- building ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Seen:
    media_id: int
    key: str
    sha256: str
    path: str
    mime_type: str
    width: int
    height: int
    size_bytes: int
    alt_text: str
    used_at: datetime
    fitted_prefix: str = ""  # a platform copy of the image whose sha256 starts so


def _cursor() -> int:
    row = Setting.get_or_none(Setting.key == CURSOR_KEY)
    try:
        return int(row.value) if row is not None else 0
    except ValueError:
        return 0


def _read(m: Media) -> _Seen:
    """What one media row tells the library; reads the file only when the row lacks a hash."""
    fitted = _FITTED.match(os.path.basename(_RANDOM_PREFIX.sub("", os.path.basename(m.path))))
    base = dict(media_id=m.id, path=m.path, alt_text=m.alt_text.strip(), used_at=m.created_at,
                fitted_prefix=fitted.group(1) if fitted else "")
    if m.sha256:
        return _Seen(key=m.sha256, sha256=m.sha256, mime_type=m.mime_type, width=m.width,
                     height=m.height, size_bytes=m.size_bytes, **base)
    try:
        info = inspect_image(m.path)
    except (ImageProblem, OSError):
        return _Seen(key=f"path:{m.path}", sha256="", mime_type=m.mime_type, width=m.width,
                     height=m.height, size_bytes=m.size_bytes, **base)
    return _Seen(key=info.sha256, sha256=info.sha256, mime_type=info.mime_type,
                 width=info.width, height=info.height, size_bytes=info.size_bytes, **base)


_FIELDS = ("key", "sha256", "path", "file_name", "mime_type", "width", "height", "size_bytes",
           "alt_text", "alt_edited", "first_used_at", "last_used_at")


class _Entry:
    """A library image while a batch is applied: loaded once, changed in memory, written once
    (one query per row cost ~1 ms each; a batch of 500 now costs a few queries)."""

    def __init__(self, values: dict[str, object], image_id: int | None = None) -> None:
        self.values = values
        self.id = image_id
        self.dirty: set[str] = set()
        self._path_ok: bool | None = None

    def path_ok(self) -> bool:
        if self._path_ok is None:
            self._path_ok = os.path.isfile(str(self.values["path"]))
        return self._path_ok

    def touch(self, seen: _Seen, *, adopt_path: bool) -> None:
        v = self.values
        if seen.used_at > v["last_used_at"]:  # type: ignore[operator]
            self._set("last_used_at", seen.used_at)
        if seen.alt_text and not v["alt_edited"] and seen.alt_text != v["alt_text"]:
            self._set("alt_text", seen.alt_text)
        if adopt_path and not self.path_ok() and os.path.isfile(seen.path):
            self._set("path", seen.path)  # the known copy is gone, this one is here
            self._path_ok = True

    def _set(self, name: str, value: object) -> None:
        self.values[name] = value
        self.dirty.add(name)


def _chunks(items: list, size: int = 400):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _apply_batch(seen: list[_Seen]) -> int:
    """Add or update the library images of one batch of media rows; returns how many library
    images were added or changed."""
    by_key: dict[str, _Entry] = {}
    for keys in _chunks(sorted({s.key for s in seen})):
        for row in LibraryImage.select().where(LibraryImage.key.in_(keys)):
            by_key[row.key] = _Entry({f: getattr(row, f) for f in _FIELDS}, row.id)
    by_prefix: dict[str, _Entry] = {e.values["sha256"][:20]: e  # type: ignore[index]
                                    for e in by_key.values() if e.values["sha256"]}
    prefixes = sorted({s.fitted_prefix for s in seen if s.fitted_prefix} - set(by_prefix))
    for chunk in _chunks(prefixes):
        for row in LibraryImage.select().where(fn.substr(LibraryImage.sha256, 1, 20).in_(chunk)):
            entry = by_key.setdefault(row.key, _Entry({f: getattr(row, f) for f in _FIELDS},
                                                      row.id))
            by_prefix[row.sha256[:20]] = entry
    new: list[_Entry] = []
    for s in seen:
        original = by_prefix.get(s.fitted_prefix) if s.fitted_prefix else None
        if original is not None:
            original.touch(s, adopt_path=False)
            continue
        entry = by_key.get(s.key)
        if entry is not None:
            entry.touch(s, adopt_path=True)
            continue
        entry = _Entry({"key": s.key, "sha256": s.sha256, "path": s.path,
                        "file_name": display_name(s.path), "mime_type": s.mime_type,
                        "width": s.width, "height": s.height, "size_bytes": s.size_bytes,
                        "alt_text": s.alt_text, "alt_edited": False, "first_used_at": s.used_at,
                        "last_used_at": s.used_at})
        by_key[s.key] = entry
        if s.sha256:
            by_prefix[s.sha256[:20]] = entry
        new.append(entry)
    for chunk in _chunks(new, 100):
        LibraryImage.insert_many([e.values for e in chunk]).execute()
    changed = [e for e in by_key.values() if e.id is not None and e.dirty]
    for e in changed:
        LibraryImage.update({getattr(LibraryImage, f): e.values[f] for f in e.dirty}).where(
            LibraryImage.id == e.id).execute()
    return len(new) + len(changed)


def has_unscanned() -> bool:
    """Whether media rows were added since the library was last brought up to date."""
    return Media.select().where(Media.id > _cursor()).exists()


def refresh_library(batch: int = BATCH) -> int:
    """Bring the library up to date with media rows added since the last call; returns how
    many library images were added or changed. Safe beside another process doing the same."""
    changed = 0
    while True:
        start = _cursor()
        rows = list(Media.select().where(Media.id > start).order_by(Media.id).limit(batch))
        if not rows:
            return changed
        seen = [_read(m) for m in rows]  # file reads outside the write lock
        with database_proxy.atomic(lock_type="IMMEDIATE"):
            if _cursor() != start:
                continue  # another process took this batch meanwhile
            for s, row in zip(seen, rows, strict=True):
                if s.sha256 and not row.sha256:  # the hash is known now: keep it
                    Media.update(sha256=s.sha256, width=s.width, height=s.height,
                                 mime_type=s.mime_type or row.mime_type).where(
                        Media.id == row.id).execute()
            changed += _apply_batch(seen)
            Setting.insert(key=CURSOR_KEY, value=str(rows[-1].id)).on_conflict_replace().execute()


# --- reading ----------------------------------------------------------------------------------


def _query(search: str):
    query = LibraryImage.select()
    text = search.strip().lower()
    if text:  # a plain substring (no wildcards); SQLite's lower() folds Latin letters only
        query = query.where((fn.instr(fn.lower(LibraryImage.alt_text), text) > 0)
                            | (fn.instr(fn.lower(LibraryImage.file_name), text) > 0))
    return query


def _item(row: LibraryImage) -> LibraryItem:
    return LibraryItem(id=row.id, path=row.path, file_name=row.file_name,
                       mime_type=row.mime_type, width=row.width, height=row.height,
                       size_bytes=row.size_bytes, sha256=row.sha256, alt_text=row.alt_text,
                       alt_edited=row.alt_edited, last_used_at=row.last_used_at)


def count_images(search: str = "") -> int:
    return _query(search).count()


def list_images(search: str = "", offset: int = 0, limit: int = 200,
                after: tuple[datetime, int] | None = None) -> list[LibraryItem]:
    """One page of the library, most recently used first; ``search`` matches alt text and file
    name (case-insensitive for Latin letters). ``after``: the ``key`` of the last row of the
    page before (keyset paging: page 25 of 5,000 images costs what page 1 does)."""
    query = _query(search)
    if after is not None:
        used, image_id = after
        # a row value: SQLite walks the (last_used_at, id) index from there (an OR did not)
        query = query.where(Tuple(LibraryImage.last_used_at, LibraryImage.id)
                            < Tuple(LibraryImage.last_used_at.db_value(used), image_id))
    rows = (query.order_by(LibraryImage.last_used_at.desc(), LibraryImage.id.desc())
            .offset(offset).limit(limit))
    return [_item(r) for r in rows]


def get_image(image_id: int) -> LibraryItem | None:
    row = LibraryImage.get_or_none(LibraryImage.id == image_id)
    return _item(row) if row is not None else None


def set_alt_text(image_id: int, alt_text: str) -> None:
    """The owner's alt text for this image: the default for every next use."""
    LibraryImage.update(alt_text=alt_text.strip(), alt_edited=True).where(
        LibraryImage.id == image_id).execute()


def alt_text_for(sha256: str) -> str:
    """The library's alt text for an image with this content ("" when it is new): a photo
    added again from disk gets the description it had."""
    if not sha256:
        return ""
    row = (LibraryImage.select(LibraryImage.alt_text).where(LibraryImage.key == sha256)
           .tuples().first())
    if row is not None:
        return row[0]
    # not in the library yet (it is brought up to date when it is opened): the newest use
    row = (Media.select(Media.alt_text).where((Media.sha256 == sha256) & (Media.alt_text != ""))
           .order_by(Media.id.desc()).tuples().first())
    return row[0] if row else ""


class LibraryImageGone(LookupError):
    """The library image was removed meanwhile (another window, a restore)."""


def use_image(image_id: int, media_dir: Path) -> MediaInput:
    """A new draft copy of a library image with its alt text, checked like any added file
    (``store.draft_media``): raises ``ImageProblem`` (``unreadable`` when the file is gone),
    ``ImageTooLarge`` or :class:`LibraryImageGone`. Reads the file: a worker thread's job."""
    item = get_image(image_id)
    if item is None:
        raise LibraryImageGone(image_id)
    media = import_image(item.path, media_dir, item.alt_text)
    LibraryImage.update(last_used_at=utcnow()).where(LibraryImage.id == image_id).execute()
    return media
