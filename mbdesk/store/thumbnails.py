"""Small PNG previews of library images, made once and kept on disk (Pillow, no Qt).

A 5,000-image library cannot decode every photo each time its dialog opens, so each preview is
written to ``<media>/thumbs/<key>-<size>.png`` (0600 like every media copy: a photo can show a
customer) and read from there next time. Callers run :func:`ensure_thumbnail` on a worker
thread; the GUI only loads the small file.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
import warnings
from pathlib import Path

from PIL import Image, ImageOps

from mbdesk.domain.images import MAX_SOURCE_BYTES, MAX_SOURCE_PIXELS, write_private

SIZE = 128


class ThumbnailProblem(Exception):
    """The image cannot be previewed; ``missing`` when its file is gone."""

    def __init__(self, missing: bool, detail: str = "") -> None:
        super().__init__(detail or ("missing" if missing else "unreadable"))
        self.missing = missing


def thumbs_dir(media_dir: Path) -> Path:
    return media_dir / "thumbs"


def thumbnail_path(media_dir: Path, source: str, sha256: str = "", size: int = SIZE) -> Path:
    """Where the preview of ``source`` lives: by content when known, else by path."""
    key = sha256 or hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()
    return thumbs_dir(media_dir) / f"{key[:40]}-{size}.png"


def ensure_thumbnail(media_dir: Path, source: str, sha256: str = "",
                     size: int = SIZE) -> Path:
    """The preview file of ``source``, made now if not there yet; raises
    :class:`ThumbnailProblem` when the source is gone or is not a readable image."""
    target = thumbnail_path(media_dir, source, sha256, size)
    if target.is_file():
        return target
    src = Path(source)
    try:
        st = src.stat()
    except FileNotFoundError:
        raise ThumbnailProblem(True) from None
    except OSError as exc:
        raise ThumbnailProblem(False, str(exc)) from None
    if not src.is_file():
        raise ThumbnailProblem(True)
    if st.st_size > MAX_SOURCE_BYTES:
        raise ThumbnailProblem(False, "too large")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(src) as im:
                if im.width * im.height > MAX_SOURCE_PIXELS:
                    raise ThumbnailProblem(False, "too many pixels")
                im.draft("RGB", (size * 2, size * 2))  # JPEG: decode at a fraction of the size
                small = ImageOps.exif_transpose(im)
                small.thumbnail((size, size))
                if small.mode not in ("RGB", "RGBA"):
                    small = small.convert("RGBA")
                buffer = io.BytesIO()
                small.save(buffer, "PNG")
        except ThumbnailProblem:
            raise
        except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError,
                Image.DecompressionBombWarning) as exc:
            raise ThumbnailProblem(False, str(exc)) from None
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}-{threading.get_ident()}.part")
    write_private(partial, buffer.getvalue())
    os.replace(partial, target)  # a reader never sees half a file
    return target
