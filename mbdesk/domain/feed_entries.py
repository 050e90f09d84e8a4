"""RSS and Atom entries as draft posts (feedparser; no Qt, no database, no network).

A feed is remote text: titles and summaries may carry HTML, scripts or bidi tricks. Everything
that reaches a draft goes through ``domain.sanitize`` first and leaves as plain text; links are
kept only when they are http(s).

Each entry is known by one key, stable across fetches: its id (Atom ``<id>``, RSS ``<guid>``),
else its link, else a hash of its title and text. The same key seen again, in any position and
with any new wording, is the same entry: it never makes a second draft.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import io
import re
import xml.sax
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser

from mbdesk.domain.sanitize import safe_href, sanitize_html

SUMMARY_CHARS = 200  # of the entry's text, before the link: the owner trims the rest
TITLE_CHARS = 200
MAX_KEY = 200  # longer ids are stored as their hash


class NotAFeed(ValueError):
    """The answer is not RSS or Atom (a web page, an error page, garbage)."""


@dataclass(frozen=True)
class FeedItem:
    key: str
    title: str
    link: str
    summary: str  # plain text, not cut
    published: datetime | None  # UTC, naive


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    site_url: str
    language: str  # two-letter code or ""
    items: tuple[FeedItem, ...]  # in the feed's order


_TAG = re.compile(r"<[^>]*>")
_BLANKS = re.compile(r"[ \t\r\f\v\u00a0]+")
_NEWLINES = re.compile(r"\s*\n\s*")
# Controls that have no place in a post (bidi overrides and isolates, zero-width and C0/C1).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069"
                       r"\ufeff]")


def html_to_plain(text: str) -> str:
    """Plain text from remote HTML: sanitized first, so only our own tags remain to drop."""
    safe = sanitize_html(text)
    safe = safe.replace("<br>", "\n").replace("</p>", "\n")
    plain = html.unescape(_TAG.sub("", safe))
    plain = _CONTROLS.sub("", plain)
    lines = [_BLANKS.sub(" ", line).strip() for line in plain.split("\n")]
    return "\n".join(line for line in lines if line)


def _one_line(text: str) -> str:
    return " ".join(html_to_plain(text).split())


def cut(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters, at a word end when there is one near, with …"""
    text = text.strip()
    if len(text) <= limit:
        return text
    head = text[:limit - 1]
    space = max(head.rfind(" "), head.rfind("\n"))
    if space > limit * 0.6:
        head = head[:space]
    return head.rstrip(" ,.;:，。；：、") + "…"


def _key(entry: Any, link: str, title: str, summary: str) -> str:
    raw = str(entry.get("id") or "").strip() or link
    if not raw:
        raw = "text:" + hashlib.sha256(f"{title}\n{summary}".encode()).hexdigest()
    if len(raw) > MAX_KEY:
        raw = "sha256:" + hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
    return raw


def _when(entry: Any) -> datetime | None:
    for name in ("published_parsed", "updated_parsed"):
        value = entry.get(name)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC).replace(tzinfo=None)
            except (OverflowError, ValueError, OSError):
                continue
    return None


def _summary(entry: Any) -> str:
    text = entry.get("summary") or ""
    if not text:
        for content in entry.get("content") or []:
            text = content.get("value") or ""
            if text:
                break
    return html_to_plain(text)


# A DOCTYPE with an internal subset (``<!DOCTYPE rss [ <!ENTITY …> ]>``): no real feed needs
# one, and nested entities expand a 1 KB file into megabytes of text (expat stops only past
# 8 MB, seconds of work for the parser's callbacks).
_INTERNAL_SUBSET = re.compile(rb"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.S | re.I)
_HEAD = 64 * 1024


def _without_internal_subset(data: bytes) -> bytes:
    head = data[:_HEAD]
    if b"<!ENTITY" not in head.upper():
        return data
    return _INTERNAL_SUBSET.sub(b"", head, count=1) + data[_HEAD:]


def parse_feed(data: bytes, url: str = "", content_type: str = "") -> ParsedFeed:
    """Read RSS 0.9x/1.0/2.0 or Atom from ``data``; raises :class:`NotAFeed` for anything
    else. A feed that is partly malformed gives the entries that could be read."""
    data = _without_internal_subset(data)
    headers = {"content-location": url} if url else {}
    if content_type:
        headers["content-type"] = content_type
    # A stream, never bytes or a str: feedparser would take those for a file name or a URL.
    result = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not result.get("version") and not result.entries:
        raise NotAFeed(str(result.get("bozo_exception") or "no RSS or Atom found"))
    meta = result.feed
    # not well-formed XML (cut off, broken tags): the loose parser read what it could
    broken = isinstance(result.get("bozo_exception"), xml.sax.SAXException)
    items = []
    seen: set[str] = set()
    for entry in result.entries:
        link = safe_href(entry.get("link")) or ""
        if link and not link.lower().startswith(("http://", "https://")):
            link = ""  # mailto: is not a product page
        if broken and not link and not str(entry.get("id") or "").strip():
            continue  # likely cut off mid-entry: its key would change once the feed is whole
        title = _one_line(entry.get("title") or "")
        summary = _summary(entry)
        key = _key(entry, link, title, summary)
        if key in seen:
            continue  # the same entry twice in one document
        seen.add(key)
        items.append(FeedItem(key=key, title=cut(title, TITLE_CHARS), link=link,
                              summary=summary, published=_when(entry)))
    language = str(meta.get("language") or "").strip().lower()[:2]
    site = safe_href(meta.get("link")) or ""
    return ParsedFeed(title=cut(_one_line(meta.get("title") or ""), TITLE_CHARS),
                      site_url=site if site.lower().startswith(("http://", "https://")) else "",
                      language=language if language.isalpha() else "",
                      items=tuple(items))


def newest_first(items: tuple[FeedItem, ...] | list[FeedItem]) -> list[FeedItem]:
    """By date when every entry has one, else as the feed lists them (newest first by habit)."""
    if items and all(i.published is not None for i in items):
        return sorted(items, key=lambda i: i.published, reverse=True)  # type: ignore[arg-type,return-value]
    return list(items)


def draft_body(item: FeedItem, summary_chars: int = SUMMARY_CHARS) -> str:
    """The draft's text: title, the start of the entry's text, the link; each part optional."""
    parts = [item.title]
    summary = cut(item.summary.replace("\n", " "), summary_chars)
    if summary and summary != item.title:
        parts.append(summary)
    if item.link:
        parts.append(item.link)
    return "\n\n".join(p for p in parts if p)
