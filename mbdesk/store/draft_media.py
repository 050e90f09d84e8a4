"""Bringing an image into a draft: check it, then copy it into the workspace.

The copy means a photo deleted or moved from the Desktop later cannot break a draft or a
scheduled post. Checks (real type, corrupt data, absurd sizes) come from ``domain.images``;
platform limits are applied later, per target, when the post is scheduled.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from mbdesk.domain.images import EXTENSION_BY_MIME, inspect_image
from mbdesk.store.drafts import MediaInput

# Even before any platform's limit: a file this big is not a photo for a post.
MAX_IMPORT_BYTES = 50 * 1024 * 1024


class ImageTooLarge(ValueError):
    def __init__(self, path: str, size: int) -> None:
        super().__init__(f"{path}: {size} bytes")
        self.path = path
        self.size = size


def import_image(src: str | Path, media_dir: Path, alt_text: str = "") -> MediaInput:
    """Check ``src`` and copy it into ``media_dir/drafts``; raises ``ImageProblem`` or
    :class:`ImageTooLarge` with the reason."""
    src = Path(src)
    try:
        size = src.stat().st_size
    except OSError:
        size = 0  # inspect_image says why it cannot read it
    if size > MAX_IMPORT_BYTES:
        raise ImageTooLarge(str(src), size)
    info = inspect_image(src)
    folder = media_dir / "drafts"
    folder.mkdir(parents=True, exist_ok=True)
    stem = src.stem[:40] or "image"
    target = folder / f"{os.urandom(4).hex()}-{stem}.{EXTENSION_BY_MIME[info.mime_type]}"
    shutil.copyfile(src, target)
    os.chmod(target, 0o600)  # owner only, whatever the umask
    return MediaInput(path=str(target), alt_text=alt_text, mime_type=info.mime_type,
                      width=info.width, height=info.height, size_bytes=info.size_bytes,
                      sha256=info.sha256)
