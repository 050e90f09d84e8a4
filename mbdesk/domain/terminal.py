"""Remote text made safe for a terminal (pure Python).

A server's words (a mention, a display name, an error message) may carry escape sequences: a
new window title, a cleared screen, an OSC 52 write to the clipboard, or C1 controls that some
terminals read as CSI. The command line writes everything through
:class:`SafeStream` (``cli.run_command`` wraps stdout and stderr), which shows such characters
escaped (``\\u001b``) instead of sending them; in JSON output that is a valid escape, so the data
stays identical once parsed.
Bidi overrides and isolates are escaped too, so a name cannot reverse the rest of the line.

Table columns are measured in terminal cells, not characters (:func:`cell`): a Chinese
character takes two cells, a combining accent none, so a column of 中文 names lines up with one
of Latin ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any, TextIO

# C0 controls except tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates,
# and the line/paragraph separators some terminals treat as newlines.
# A carriage return is kept only as the end of a CRLF line (CSV output), never alone (it
# would let a text overwrite the start of its line).
_CLASS = (r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
          r"\u2028\u2029\u2066-\u2069")
_UNSAFE = re.compile(rf"[{_CLASS}]|\r(?!\n)")
_UNSAFE_ONE_LINE = re.compile(rf"[{_CLASS}\t\n\r]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def terminal_safe(text: object, *, one_line: bool = False) -> str:
    """``text`` with every control character shown as a ``\\uXXXX`` escape (valid inside a
    JSON string too, so JSON output stays the same data); newlines and tabs are kept, escaped
    too with ``one_line`` (names, table cells)."""
    value = "" if text is None else str(text)
    return (_UNSAFE_ONE_LINE if one_line else _UNSAFE).sub(_escape, value)


def display_width(text: str) -> int:
    """Terminal cells ``text`` takes: East Asian wide and fullwidth characters two, combining
    marks and zero-width characters none, the others one (what ``wcwidth`` says for them)."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def cell(text: object, width: int, *, right: bool = False) -> str:
    """``text`` as a table cell exactly ``width`` terminal cells wide: on one line (controls
    escaped as :func:`terminal_safe` does), cut with "…" when longer, padded when shorter
    (on the left with ``right``, for numbers)."""
    value = terminal_safe(text, one_line=True)
    if display_width(value) > width:
        kept, used = [], 0
        for ch in value:
            w = display_width(ch)
            if used + w > width - 1:
                break
            kept.append(ch)
            used += w
        value = "".join(kept) + "…"
    pad = " " * (width - display_width(value))
    return pad + value if right else value + pad


class SafeStream:
    """A text stream that passes every write through :func:`terminal_safe`: the command line
    wraps stdout and stderr in it, so no command can print a server's escape sequence raw,
    whichever field it came from."""

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    @property
    def inner(self) -> TextIO:
        return self._inner

    def write(self, text: str) -> int:
        self._inner.write(terminal_safe(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, isatty, encoding, buffer…
        return getattr(self._inner, name)
