"""Image checks and downscaling for attachments, per platform (Pillow; no Qt, no database).

The type is read from the file's content, never its name. A file that fits a platform is used
as it is; one that does not (too many bytes, too large a side, a type the platform refuses) is
re-encoded to a copy that does: scaled down first, then JPEG quality lowered, EXIF dropped
(it can carry the shop's GPS position) after applying its rotation.

Limits (see docs/PLATFORMS.md):

* Mastodon: the instance's ``image_size_limit`` (16 MB upstream); the server itself shrinks
  images past 3840×2160 pixels, so we send at most that many pixels.
* Bluesky: the ``app.bsky.embed.images`` lexicon caps a blob at 1,000,000 bytes; the official
  app sends at most 2000 px on the long side, and so do we. Alt text is required here.
* Weibo: JPEG, GIF or PNG under 5 MB, one picture per post (``statuses/share``); no alt text.
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import stat
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

MIME_BY_FORMAT = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "WEBP": "image/webp",
}
EXTENSION_BY_MIME = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif",
                     "image/webp": "webp"}
# Beyond this the file is more likely a decompression bomb than a photo of a cake (all frames
# of an animation together: 500 frames of 500x500 decode to as much memory as one huge photo).
MAX_SOURCE_PIXELS = 100_000_000
# A file this big is not a photo for a post; never read into memory.
MAX_SOURCE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class ImageRule:
    """What one platform accepts for one image, and whether it wants alt text."""

    platform: str
    max_bytes: int
    max_pixels: int | None = None
    max_side: int | None = None
    mime_types: frozenset[str] = frozenset(MIME_BY_FORMAT.values())
    max_images: int = 4
    alt_required: bool = False
    alt_wanted: bool = True
    alt_max: int = 1500


def image_rule(platform: str, limits: Mapping[str, Any] | None = None) -> ImageRule:
    """The image rule of ``platform``, with the server's live limits where sync learned them."""
    limits = limits or {}

    def live(key: str, default: int) -> int:
        value = limits.get(key)
        ok = isinstance(value, int) and not isinstance(value, bool) and value > 0
        return value if ok else default

    if platform == "bluesky":
        return ImageRule(platform, max_bytes=1_000_000, max_side=2000,
                         mime_types=frozenset({"image/jpeg", "image/png", "image/webp"}),
                         max_images=4, alt_required=True, alt_max=2000)
    if platform == "weibo":
        return ImageRule(platform, max_bytes=5 * 1024 * 1024 - 1,
                         mime_types=frozenset({"image/jpeg", "image/png", "image/gif"}),
                         max_images=1, alt_wanted=False, alt_max=0)
    # Mastodon and the built-in sandbox
    return ImageRule(platform, max_bytes=live("image_size_limit", 16 * 1024 * 1024),
                     max_pixels=live("image_matrix_limit", 3840 * 2160),
                     max_images=live("max_media", 4),
                     alt_max=live("description_limit", 1500))


class ImageProblem(ValueError):
    """An image we cannot use. ``code``: unreadable, not_a_file, too_large, unknown_type,
    corrupt, too_many_pixels, animated_too_big, cannot_shrink."""

    def __init__(self, code: str, path: str | Path, detail: str = "") -> None:
        super().__init__(f"{code}: {path}: {detail}" if detail else f"{code}: {path}")
        self.code = code
        self.path = str(path)
        self.detail = detail


@dataclass(frozen=True)
class ImageInfo:
    mime_type: str
    width: int
    height: int
    size_bytes: int
    sha256: str
    animated: bool = False


def inspect_image(path: str | Path) -> ImageInfo:
    """Read the real type, size and dimensions; raise :class:`ImageProblem` if unusable.

    This is THE content check every attachment passes (composer, ``post --media``, CSV import,
    via ``store.post_queue``): a regular file under :data:`MAX_SOURCE_BYTES`, a real image of a
    known type by its content, at most :data:`MAX_SOURCE_PIXELS` over all its frames."""
    path = Path(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise ImageProblem("unreadable", path, exc.strerror or str(exc)) from None
    if not stat.S_ISREG(st.st_mode):  # /dev/zero, a FIFO, a folder: never read
        raise ImageProblem("not_a_file", path)
    if st.st_size > MAX_SOURCE_BYTES:
        raise ImageProblem("too_large", path, str(st.st_size))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImageProblem("unreadable", path, exc.strerror or str(exc)) from None
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as im:
                fmt = im.format or ""
                width, height = im.size
                if fmt not in MIME_BY_FORMAT:
                    raise ImageProblem("unknown_type", path, fmt)
                if width * height > MAX_SOURCE_PIXELS:
                    raise ImageProblem("too_many_pixels", path, f"{width}x{height}")
                frames = max(1, int(getattr(im, "n_frames", 1) or 1))
                animated = bool(getattr(im, "is_animated", False)) or frames > 1
                if width * height * frames > MAX_SOURCE_PIXELS:
                    raise ImageProblem("too_many_pixels", path, f"{width}x{height}x{frames}")
                im.seek(0)
                im.verify()
            with Image.open(io.BytesIO(data)) as im:
                im.load()  # verify() misses truncated pixel data
        except UnidentifiedImageError:
            raise ImageProblem("unknown_type", path) from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageProblem("too_many_pixels", path) from None
        except ImageProblem:
            raise
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise ImageProblem("corrupt", path, str(exc)) from None
    return ImageInfo(mime_type=MIME_BY_FORMAT[fmt], width=width, height=height,
                     size_bytes=len(data), sha256=hashlib.sha256(data).hexdigest(),
                     animated=animated)


_ENGLISH = {
    "unreadable": "Cannot read {path}{detail}.",
    "not_a_file": "{path} is not a regular file.",
    "too_large": "{path} is over 50 MB; that is not a photo for a post.",
    "unknown_type": "{path} is not an image mbdesk can post (JPEG, PNG, GIF or WebP, "
                    "recognised by its content, not its name).",
    "corrupt": "{path} is a damaged image{detail}.",
    "too_many_pixels": "{path} has too many pixels{detail} (more than 100 million): refused "
                       "as a possible decompression bomb.",
    "animated_too_big": "{path} is an animation too big for this platform; mbdesk cannot "
                        "shrink animations.",
    "cannot_shrink": "{path} cannot be made small enough for this platform.",
}


def describe_problem(problem: ImageProblem) -> str:
    """The refusal in English (command line, logs); the window words the codes itself."""
    detail = f" ({problem.detail})" if problem.detail else ""
    return _ENGLISH.get(problem.code, "{path}: {code}").format(
        path=problem.path, detail=detail, code=problem.code)


def fits(info: ImageInfo, rule: ImageRule) -> bool:
    """Whether the platform takes the file as it is."""
    return (info.mime_type in rule.mime_types and info.size_bytes <= rule.max_bytes
            and (rule.max_side is None or max(info.width, info.height) <= rule.max_side)
            and (rule.max_pixels is None or info.width * info.height <= rule.max_pixels))


@dataclass(frozen=True)
class FittedImage:
    path: str
    mime_type: str
    width: int
    height: int
    size_bytes: int
    changed: bool  # False: the original file is used as it is


def write_private(target: Path, data: bytes) -> None:
    """Write a media copy readable by its owner only (0600): photos can show the shop's
    customers or carry GPS positions."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(target, 0o600)


def _start_scale(width: int, height: int, rule: ImageRule) -> float:
    scale = 1.0
    if rule.max_side is not None:
        scale = min(scale, rule.max_side / max(width, height))
    if rule.max_pixels is not None:
        scale = min(scale, math.sqrt(rule.max_pixels / (width * height)))
    return scale


def _has_alpha(im: Image.Image) -> bool:
    return im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)


def fit_image(path: str | Path, rule: ImageRule, out_dir: str | Path) -> FittedImage:
    """The image as ``rule``'s platform accepts it: the original, or a smaller copy in
    ``out_dir`` (named by content and platform, so fitting twice reuses the copy)."""
    info = inspect_image(path)
    if fits(info, rule):
        return FittedImage(str(path), info.mime_type, info.width, info.height,
                           info.size_bytes, changed=False)
    if info.animated:
        raise ImageProblem("animated_too_big", path)
    with Image.open(path) as original:
        im = ImageOps.exif_transpose(original)
        alpha = _has_alpha(im)
        fmt = "PNG" if alpha and "image/png" in rule.mime_types else "JPEG"
        if fmt == "JPEG":
            if alpha:
                rgba = im.convert("RGBA")
                flat = Image.new("RGB", rgba.size, (255, 255, 255))
                flat.paste(rgba, mask=rgba.getchannel("A"))
                im = flat
            else:
                im = im.convert("RGB")
        else:
            im = im.convert("RGBA")
        scale = _start_scale(info.width, info.height, rule)
        quality = 90
        for _ in range(30):
            size = (max(1, round(info.width * scale)), max(1, round(info.height * scale)))
            resized = im if size == im.size else im.resize(size, Image.Resampling.LANCZOS)
            buffer = io.BytesIO()
            if fmt == "JPEG":
                resized.save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
            else:
                resized.save(buffer, "PNG", optimize=True)
            if buffer.tell() <= rule.max_bytes:
                mime = MIME_BY_FORMAT[fmt]
                out = Path(out_dir)
                out.mkdir(parents=True, exist_ok=True)
                target = out / f"{info.sha256[:20]}-{rule.platform}.{EXTENSION_BY_MIME[mime]}"
                write_private(target, buffer.getvalue())
                return FittedImage(str(target), mime, size[0], size[1], buffer.tell(),
                                   changed=True)
            if fmt == "JPEG" and quality > 70:
                quality -= 10
            else:
                scale *= 0.8
    raise ImageProblem("cannot_shrink", path)
