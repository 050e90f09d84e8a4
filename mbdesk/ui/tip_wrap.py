"""Long sentences in plain-text tooltips, broken into lines: a plain tooltip never wraps, so a
stored reason (translated, often longer in Spanish) ran off the screen's edge. Chinese and
Japanese characters count as two columns and may break anywhere; other text breaks at spaces."""

from __future__ import annotations

import re
import unicodedata

_TOKENS = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff"
                     r"\uff00-\uffef]+|\s+")


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap_tip(text: str, width: int = 80) -> list[str]:
    """``text`` (one paragraph) as lines of at most ``width`` columns (a longer word stays
    whole on its own line)."""
    lines: list[str] = []
    line, used = "", 0
    for token in _TOKENS.findall(" ".join(text.split())):
        size = _columns(token)
        if token.isspace():
            if line:
                line, used = line + " ", used + 1
            continue
        if used + size > width and line.strip():
            lines.append(line.rstrip())
            line, used = "", 0
        line, used = line + token, used + size
    if line.strip():
        lines.append(line.rstrip())
    return lines


def indented(text: str, indent: str = "    ", width: int = 80) -> str:
    """``text`` wrapped, each line after a newline and ``indent`` (for a tooltip's sub-lines)."""
    return "".join(f"\n{indent}{line}" for line in wrap_tip(text, width))
