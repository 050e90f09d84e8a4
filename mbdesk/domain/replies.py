"""Saved replies: templates with placeholders, filled in for the mention being answered."""

from __future__ import annotations

import re
from collections.abc import Mapping

PLACEHOLDERS = ("author", "handle", "shop", "account")
_FIELD = re.compile(r"\{(\w+)\}")


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace ``{author}``, ``{handle}``, ``{shop}``, ``{account}``; anything else in braces
    (a typo, a literal brace) stays as written."""
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def reply_prefix(platform: str, author_handle: str) -> str:
    """What a reply starts with so the author is notified (Mastodon needs the @handle)."""
    if platform in ("mastodon", "sandbox") and author_handle:
        return "@" + author_handle.lstrip("@") + " "
    return ""
