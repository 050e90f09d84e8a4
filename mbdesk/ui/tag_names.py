"""Tag names as shown: a built-in tag still under its stored English name ("Customer", "KOL",
"Potential customer") shows in the interface language; a tag the owner named or renamed shows
as typed. The stored name never changes with the language, so the CLI, exports and a later
language switch all see the same tag."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from mbdesk.store.models import TagKind
from mbdesk.store.tags import BUILTIN_NAMES


@cache
def builtin_labels() -> dict[str, str]:
    """Kind → the built-in name in the interface language (fixed for the process: a new
    language takes effect at the next start)."""
    return {TagKind.CUSTOMER: QCoreApplication.translate("TagNames", "Customer"),
            TagKind.KOL: QCoreApplication.translate("TagNames", "KOL"),
            TagKind.POTENTIAL: QCoreApplication.translate("TagNames", "Potential customer")}


def tag_label(name: str, kind: str) -> str:
    """What to show for a tag stored as ``name`` of ``kind``."""
    if BUILTIN_NAMES.get(kind) == name:
        return builtin_labels()[kind]
    return name
