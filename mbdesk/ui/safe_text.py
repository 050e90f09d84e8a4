"""Remote words in widgets: plain text, and names that cannot reorder the line around them.

A server's error text or a stranger's display name is data, never markup: a ``QLabel`` or a
tooltip guesses "rich text" from anything that looks like HTML (``<b>``, ``<img src=x>``), so
labels that show such text are set to ``Qt.PlainText`` (:func:`plain_label`) and tooltips are
escaped (:func:`plain_tooltip`). A name with a right-to-left override (U+202E) would reverse
the rest of the line it sits in; :func:`isolate` wraps it in FIRST STRONG ISOLATE … POP
DIRECTIONAL ISOLATE (U+2068 … U+2069, Unicode's bidi isolation, which Qt's text layout
honours), so the name shows as sent and everything after it stays in order. Names without
right-to-left letters or bidi controls are left untouched.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtWidgets import QLabel

FSI = "\u2068"
PDI = "\u2069"
_OPENERS = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
_CLOSERS = "\u202c\u2069"
_BIDI_CLASSES = frozenset({"R", "AL", "RLE", "RLO", "LRE", "LRO", "RLI", "LRI", "FSI", "PDF",
                           "PDI"})


def needs_isolation(text: str) -> bool:
    """Whether ``text`` holds right-to-left letters or bidi controls (only those can reorder
    the text around them; other names are left exactly as they are)."""
    return any(unicodedata.bidirectional(ch) in _BIDI_CLASSES for ch in text)


def isolate(name: str | None) -> str:
    """``name`` as a bidi-isolated run where it could reorder its line (unbalanced
    embeddings inside it are closed, so they cannot leak out of the isolate either)."""
    if not name or not needs_isolation(name):
        return name or ""
    opened = sum(name.count(c) for c in _OPENERS) - sum(name.count(c) for c in _CLOSERS)
    return FSI + name + PDI * max(0, opened) + PDI


def plain_tooltip(text: str | None) -> str:
    """A tooltip that shows ``text`` literally (Qt would render ``<b>`` or load ``<img>``)."""
    if not text:
        return ""
    import html  # here: importing it loads its 2,000-entry entity table (~3 ms) at start-up

    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<qt>{escaped}</qt>"


def plain_label(label: QLabel) -> QLabel:
    """Make ``label`` show its text as plain text, whatever it contains."""
    from PySide6.QtCore import Qt  # not at import: the inbox's list paints without Qt's enums

    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
