"""Turn remote HTML (Mastodon statuses, bios) into the few tags mbdesk ever renders.

Remote content is hostile. The output keeps text, ``<p>``, ``<br>`` and ``<a href>`` with an
http, https or mailto target only; every other element is dropped (its text kept), the content
of script-like elements is dropped whole, and no attribute survives except a checked ``href``.
Everything else is re-escaped, so the result can only contain markup this module wrote.

Pure Python on ``html.parser`` (no recursion, so 10,000 nested levels cost what 10,000 flat
tags do); input beyond ``MAX_INPUT`` characters is cut before parsing.
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

MAX_INPUT = 2_000_000
ALLOWED_SCHEMES = ("http", "https", "mailto")
# Elements whose content is never text for a reader (code, styles, embedded documents).
_DROP_CONTENT = frozenset({
    "script", "style", "template", "iframe", "object", "embed", "noscript", "noembed",
    "noframes", "svg", "math", "head", "title", "textarea", "select", "xmp", "plaintext",
})
_BLOCKS = frozenset({"p", "div", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4",
                     "h5", "h6", "pre", "section", "article", "tr", "table"})
# Control characters and whitespace that browsers ignore inside a scheme ("java\tscript:").
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]+")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")


def safe_href(value: str | None) -> str | None:
    """The link target if it is an absolute http(s) or mailto URL, else ``None``."""
    if not value:
        return None
    cleaned = _IGNORED_IN_URL.sub("", value)
    match = _SCHEME.match(cleaned)
    if match is None or match.group(1).lower() not in ALLOWED_SCHEMES:
        return None
    if match.group(1).lower() in ("http", "https") and not cleaned[match.end():].startswith("//"):
        return None
    return value.strip()


class _Sanitizer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0  # depth inside dropped-content elements
        self.skip_tag: list[str] = []
        self.open_p = False
        self.open_a = 0

    # text --------------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if not self.skip and data:
            self.out.append(escape(data, quote=False))

    # tags --------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_CONTENT:
            self.skip += 1
            self.skip_tag.append(tag)
            return
        if self.skip:
            return
        if tag == "br":
            self.out.append("<br>")
        elif tag == "p" or tag in _BLOCKS:
            self._close_p()
            self.out.append("<p>")
            self.open_p = True
        elif tag == "a":
            self._close_a()
            href = safe_href(dict(attrs).get("href"))
            if href is not None:
                self.out.append(f'<a href="{escape(href, quote=True)}">')
                self.open_a = len(self.out)  # where it opened: an empty link is dropped

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_CONTENT:
            return  # <script/> has no content to skip
        self.handle_starttag(tag, attrs)
        if tag == "a":
            self._close_a()

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_CONTENT:
            if self.skip and tag in self.skip_tag:
                while self.skip_tag:  # close up to the matching opener
                    self.skip -= 1
                    if self.skip_tag.pop() == tag:
                        break
            return
        if self.skip:
            return
        if tag == "a":
            self._close_a()
        elif tag == "p" or tag in _BLOCKS:
            self._close_p()

    def _close_a(self) -> None:
        if self.open_a:
            if len(self.out) == self.open_a:
                self.out.pop()  # nothing inside: no link at all
            else:
                self.out.append("</a>")
            self.open_a = 0

    def _close_p(self) -> None:
        self._close_a()
        if self.open_p:
            if self.out and self.out[-1] == "<p>":
                self.out.pop()  # an empty paragraph (deeply nested blocks) leaves nothing
            else:
                self.out.append("</p>")
            self.open_p = False

    def result(self) -> str:
        self._close_p()
        return "".join(self.out)

    # everything else is dropped ----------------------------------------------------------

    def handle_comment(self, data: str) -> None:
        pass

    def handle_decl(self, decl: str) -> None:
        pass

    def handle_pi(self, data: str) -> None:
        pass

    def unknown_decl(self, data: str) -> None:
        pass


def sanitize_html(html: str) -> str:
    """Safe HTML with only text, ``<p>``, ``<br>`` and checked ``<a href>``."""
    if not html:
        return ""
    parser = _Sanitizer()
    parser.feed(html[:MAX_INPUT])
    parser.close()
    return parser.result()


def plain_to_html(text: str) -> str:
    """Plain text as safe HTML: escaped, line breaks kept."""
    return escape(text, quote=False).replace("\n", "<br>")
