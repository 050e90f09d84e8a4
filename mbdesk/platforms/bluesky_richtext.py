"""Bluesky rich text: find links, mentions and hashtags in a post and give their facets.

Nothing on Bluesky is linked by the server: the client sends ``facets`` whose
``index.byteStart``/``byteEnd`` are **UTF-8 byte offsets** (start inclusive, end exclusive) into
the post's text (lexicon ``app.bsky.richtext.facet``). Python strings index code points, so every
offset here is computed on the encoded text; CJK characters take 3 bytes, most emoji 4.

Detection follows the Bluesky app's rules, adapted to text without spaces (Chinese, Japanese):

* links: ``http(s)://`` up to white space, CJK text or punctuation, or an emoji; trailing
  ``.,;:!?'"`` and an unbalanced ``)`` are not part of the link;
* mentions: ``@`` + a domain-shaped handle (``shop.bsky.social``), not inside a word, an e-mail
  address or a URL; the handle becomes a DID through a resolver the caller gives (unresolved
  handles stay plain text, as in the Bluesky app);
* hashtags: ``#`` or ``＃`` + letters, marks, digits or ``_`` (not only digits), at most 64
  graphemes, not inside a word or a URL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

LINK_TYPE = "app.bsky.richtext.facet#link"
MENTION_TYPE = "app.bsky.richtext.facet#mention"
TAG_TYPE = "app.bsky.richtext.facet#tag"
MAX_TAG_GRAPHEMES = 64

# Characters that end a link: white space, CJK punctuation/ideographs/kana/hangul, fullwidth
# forms, emoji and the characters that never belong in an unquoted URL.
_LINK_STOP = (r"\s<>\"\u3000-\u303f\uff00-\uffef\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
              r"\p{Extended_Pictographic}")
_LINK_RE = regex.compile(rf"(?<![\w/@.])https?://[^{_LINK_STOP}]+", regex.IGNORECASE)
_MENTION_RE = regex.compile(
    r"(?<![A-Za-z0-9_.@/\-])@((?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+"
    r"[A-Za-z](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)(?![A-Za-z0-9\-]|\.[A-Za-z0-9])")
_TAG_RE = regex.compile(r"(?<![\p{L}\p{M}\p{N}_&/#＃])[#＃]([\p{L}\p{M}\p{N}_]+)")
_TRAILING = ".,;:!?'\""


@dataclass(frozen=True)
class Span:
    """A found entity: code-point ``start``/``end`` in the text, its kind and value."""

    start: int
    end: int
    kind: str  # "link" | "mention" | "tag"
    value: str  # the URL, the handle (no ``@``), the tag (no ``#``)


def _trim_link(url: str) -> str:
    while url and url[-1] in _TRAILING:
        url = url[:-1]
    while url.endswith(")") and url.count(")") > url.count("("):
        url = url[:-1]
    return url


def find_spans(text: str) -> list[Span]:
    """Links, mentions and hashtags in ``text``, in order, never overlapping."""
    spans: list[Span] = []
    for m in _LINK_RE.finditer(text):
        url = _trim_link(m.group(0))
        if "://" in url and len(url.split("://", 1)[1]) > 0:
            spans.append(Span(m.start(), m.start() + len(url), "link", url))

    def free(start: int, end: int) -> bool:
        return all(end <= s.start or start >= s.end for s in spans)

    for m in _MENTION_RE.finditer(text):
        handle = m.group(1).lower()
        if free(m.start(), m.end()):
            spans.append(Span(m.start(), m.end(), "mention", handle))
    for m in _TAG_RE.finditer(text):
        tag = m.group(1)
        if tag.isdigit() or not free(m.start(), m.end()):
            continue
        if len(regex.findall(r"\X", tag)) > MAX_TAG_GRAPHEMES:
            continue
        spans.append(Span(m.start(), m.end(), "tag", tag))
    spans.sort(key=lambda s: s.start)
    return spans


def byte_offset(text: str, index: int) -> int:
    """UTF-8 byte offset of code-point ``index`` in ``text``."""
    return len(text[:index].encode("utf-8"))


def facets(text: str, resolve_handle: Callable[[str], str | None]) -> list[dict]:
    """The ``facets`` array for a post's text (empty list when nothing is linked).

    ``resolve_handle`` maps a handle to its DID, or None when it does not exist; each handle is
    resolved once per post.
    """
    out: list[dict] = []
    dids: dict[str, str | None] = {}
    for span in find_spans(text):
        if span.kind == "link":
            feature = {"$type": LINK_TYPE, "uri": span.value}
        elif span.kind == "mention":
            if span.value not in dids:
                dids[span.value] = resolve_handle(span.value)
            did = dids[span.value]
            if not did:
                continue
            feature = {"$type": MENTION_TYPE, "did": did}
        else:
            feature = {"$type": TAG_TYPE, "tag": span.value}
        out.append({
            "index": {"byteStart": byte_offset(text, span.start),
                      "byteEnd": byte_offset(text, span.end)},
            "features": [feature],
        })
    return out


def facet_text(text: str, facet: dict) -> str:
    """The part of ``text`` a facet covers (decodes its byte slice); for checks and display."""
    index = facet.get("index") or {}
    data = text.encode("utf-8")
    return data[int(index.get("byteStart", 0)):int(index.get("byteEnd", 0))].decode(
        "utf-8", errors="replace")


__all__ = ["Span", "byte_offset", "facet_text", "facets", "find_spans"]
