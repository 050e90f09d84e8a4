"""The mention search index: what it holds, how it is keyed, how a search term becomes a query.

One FTS5 table, ``mention_search`` (contentless, unicode61 tokenizer, case and accents folded).

* **Text.** unicode61 splits on spaces and punctuation but keeps a run of Chinese characters as
  one token. ``index_text`` puts a space around every CJK character, so each is a token and a
  phrase query of characters finds any Chinese substring — one or two characters too, the length
  of most Chinese words. Latin words stay words: "envio" finds "envío", "pan" finds "panadería".
  Punctuation, symbols and emoji, which unicode61 drops, become words too ("sym1f44d" for 👍,
  "sym25" for %), so every search, "100%" or "👍" alone, is answered by the index.
* **Keys.** The index rowid is ``(created_at in Unix seconds << 31) | mention id``: newest first
  is simply descending rowid, so a search reads the newest hits and stops after one page
  instead of sorting every hit by date. The id comes back with ``key & KEY_ID_MASK``.

Changing ``index_text`` changes what the index holds: that needs a migration that rebuilds it
(deleting a row from a contentless index repeats the text it was indexed with).
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timedelta
from functools import cache

KEY_ID_BITS = 31  # mention ids stay below 2**31; seconds fill the bits above until 2106
KEY_ID_MASK = (1 << KEY_ID_BITS) - 1
WORDS_FUNCTION = "mb_search_words"
MAX_QUERY_WORDS = 16  # a Chinese sentence of 16 characters, or 16 Latin words and signs
_EPOCH = datetime(1970, 1, 1)
_SECOND = timedelta(seconds=1)

# Han (with extensions and compatibility forms), kana, bopomofo, Hangul. Compiled on first use
# (~3 ms: the window's start-up loads this module and may not need it).
_CJK_CHARS = (
    "([\u3040-\u312f\u31a0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\U00020000-\U0003ffff])")


@cache
def _cjk_char() -> re.Pattern[str]:
    return re.compile(_CJK_CHARS)


# Everything that is neither a letter, a digit, a space nor a mark that belongs to the character
# before it (accents, variation selectors, joiners): punctuation, symbols, emoji.
# An emoji's variation selector (text or picture style) goes with it: ❤ and ❤️ are one word.
_SIGN = re.compile("(?:[^\\w\\s\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u200b-\u200f"
                   "\u2060-\u2064\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f]|_)[\ufe0e\ufe0f]?")


def _sign_word(match: re.Match[str]) -> str:
    return f" sym{ord(match.group()[0]):x} "


def index_text(text: str | None) -> str:
    """The text as the index stores it: every CJK character and every sign its own word."""
    if not text:
        return ""
    return _cjk_char().sub(r" \1 ", _SIGN.sub(_sign_word, text))


def key_sql(row: str) -> str:
    """SQL for the index key of ``row`` (a table name, or ``new``/``old`` in a trigger)."""
    seconds = f"strftime('%s', substr({row}.created_at, 1, 19))"  # whole seconds, not rounded
    return f"((COALESCE(CAST({seconds} AS INTEGER), 0) << {KEY_ID_BITS}) | {row}.id)"


def search_key(created_at: datetime, mention_id: int) -> int:
    """The index key of a mention (``created_at`` naive UTC), as ``key_sql`` computes it."""
    seconds = (created_at.replace(microsecond=0) - _EPOCH) // _SECOND
    return (seconds << KEY_ID_BITS) | mention_id


def match_expression(term: str) -> str | None:
    """An FTS5 query for ``term`` taken as plain text (``None`` for a blank term).

    The term becomes one quoted FTS5 string (its quotes and operators are signs like any other,
    so they mean nothing to FTS5); its words must follow each other. A term ending in a Latin
    letter or digit matches words that start with it (the person may still be typing). Only the
    first ``MAX_QUERY_WORDS`` words are looked for: each word costs reading its whole list of
    mentions, and a pasted paragraph would take seconds while its first words find the same."""
    term = term.strip()
    if not term:
        return None
    words = index_text(term).split()
    quoted = '"' + " ".join(words[:MAX_QUERY_WORDS]) + '"'
    if len(words) > MAX_QUERY_WORDS:
        return quoted
    last = term[-1]
    return quoted + "*" if last.isalnum() and not _cjk_char().match(last) else quoted


def register_functions(conn: sqlite3.Connection) -> None:
    """Make the index's text function known to a plain sqlite3 connection (the triggers call
    it on every insert into ``mention``)."""
    conn.create_function(WORDS_FUNCTION, 1, index_text, deterministic=True)
