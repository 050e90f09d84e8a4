"""UTM tagging of the shop's own links, so visits from a post show up in the shop's own web
analytics as "action" (the platforms report no link clicks except X).

Only ``http(s)`` links whose host is one of the owner's domains (or below one) are tagged:
adding tracking parameters to other people's links is rude and may break them. A link that
already carries any ``utm_*`` parameter is left exactly as written: the owner tagged it by hand,
and mixing their source with ours would split one visit over two campaigns. Other query
parameters and the fragment are kept; the parameters go before the ``#``. Values are
percent-encoded, so the link stays one ASCII run that every platform's counter and linker
treats as one link (Weibo's counter, Bluesky's facets, Chinese text right after the link).

Pure Python: no Qt, no database. Applied at the one way in for posts (``store.post_queue``)
and shown by the composer's preview.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

# scheme, then a host that may be an IDN (anything up to a separator, whitespace or CJK
# punctuation), then an ASCII path/query/fragment: Chinese text written right after a link
# ("…/bread谢谢") is text, not part of the link, as Mastodon's and Weibo's linkers see it.
_LINK = re.compile(r"(?i)(?<![A-Za-z0-9])https?://(?:[A-Za-z0-9\-.:@]|[^\x00-\x7f\s，。！？、；：）】」』《》])+")
_PATH = re.compile(r"[/?#][A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")
# East Asian scripts: written right after an ASCII host they start the sentence again
_CJK = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_TRAILING = ".,;:!?'\""
DEFAULT_MEDIUM = "social"


@dataclass(frozen=True)
class UtmSettings:
    """One account's tagging: off unless ``enabled`` and the owner listed domains."""

    enabled: bool = False
    source: str = ""  # default: the platform's name (mastodon, bluesky, weibo, x)
    medium: str = DEFAULT_MEDIUM
    domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tagged:
    text: str
    links: tuple[tuple[str, str], ...] = ()  # (as written, as sent) of each link changed

    @property
    def changed(self) -> bool:
        return bool(self.links)


def settings_from_options(options: dict, platform: str) -> UtmSettings:
    """The account's ``utm`` options (``store.accounts.options``) as settings."""
    raw = options.get("utm") if isinstance(options, dict) else None
    raw = raw if isinstance(raw, dict) else {}
    domains = raw.get("domains") or []
    if isinstance(domains, str):
        domains = parse_domains(domains)
    return UtmSettings(
        enabled=bool(raw.get("enabled")),
        source=str(raw.get("source") or "").strip() or platform,
        medium=str(raw.get("medium") or "").strip() or DEFAULT_MEDIUM,
        domains=tuple(normalize_domain(d) for d in domains if normalize_domain(str(d))),
    )


def normalize_domain(value: str) -> str:
    """``https://Bäckerei.Example/x`` / ``www.shop.example.`` → the host in ASCII (punycode),
    lower case; "" when there is none."""
    value = (value or "").strip()
    if not value:
        return ""
    if "//" in value:
        value = value.split("//", 1)[1]
    host = re.split(r"[/?#]", value, maxsplit=1)[0]
    host = host.rsplit("@", 1)[-1]
    if host.startswith("["):
        return ""  # an IP literal is nobody's shop domain
    host = host.split(":", 1)[0].strip().rstrip(".").lower()
    return _ascii_host(host)


def _ascii_host(host: str) -> str:
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return host


def parse_domains(text: str) -> tuple[str, ...]:
    """Domains typed by the owner, separated by commas, spaces or new lines."""
    out: list[str] = []
    for part in re.split(r"[\s,;，、]+", text or ""):
        d = normalize_domain(part)
        if d and d not in out:
            out.append(d)
    return tuple(out)


def on_domains(url: str, domains: Iterable[str]) -> bool:
    """Whether ``url``'s host is one of ``domains`` or below one (``evilshop.example`` is not
    below ``shop.example``)."""
    host = normalize_domain(url)
    if not host:
        return False
    for d in domains:
        d = normalize_domain(d)
        if d and (host == d or host.endswith("." + d)):
            return True
    return False


def find_links(text: str) -> list[tuple[int, int]]:
    """(start, end) of each http(s) link, without the sentence's closing punctuation."""
    out = []
    for m in _LINK.finditer(text or ""):
        start, end = m.start(), m.end()
        host_at = text.index("//", start) + 2
        for i in range(host_at + 1, end):
            if _CJK.match(text[i]) and text[i - 1].isascii() and text[i - 1] != ".":
                end = i  # "shop.example谢谢": the host ends where the Chinese starts
                break
        else:
            path = _PATH.match(text, end)
            if path:
                end = path.end()
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        # a closing bracket belongs to the link only when the link opened one
        while end > start and text[end - 1] in ")]" and (
                text.count("(", start, end) < text.count(")", start, end)
                or text.count("[", start, end) < text.count("]", start, end)):
            end -= 1
            while end > start and text[end - 1] in _TRAILING:
                end -= 1
        out.append((start, end))
    return out


def _has_utm(query: str) -> bool:
    return any(part.split("=", 1)[0].lower().startswith("utm_")
               for part in query.split("&") if part)


def _value(text: str) -> str:
    return quote(text.strip(), safe="-_.~")


def tag_url(url: str, source: str, medium: str, campaign: str = "") -> str:
    """``url`` with utm_source/medium/campaign added (unchanged when it has any utm_*)."""
    head, hash_, fragment = url.partition("#")
    base, q, query = head.partition("?")
    if _has_utm(query):
        return url
    params = [("utm_source", source), ("utm_medium", medium), ("utm_campaign", campaign)]
    added = "&".join(f"{k}={_value(v)}" for k, v in params if v.strip())
    if not added:
        return url
    query = query + ("" if not query or query.endswith("&") else "&") + added
    if not q and base.count("/") == 2:  # https://shop.example → https://shop.example/?…
        base += "/"
    return f"{base}?{query}{hash_}{fragment}"


def tag_text(text: str, settings: UtmSettings, campaign: str = "") -> Tagged:
    """The text with every own-domain link tagged (unchanged when tagging is off)."""
    if not settings.enabled or not settings.domains or not text:
        return Tagged(text)
    pieces: list[str] = []
    changed: list[tuple[str, str]] = []
    last = 0
    for start, end in find_links(text):
        url = text[start:end]
        pieces.append(text[last:start])
        new = url
        if on_domains(url, settings.domains):
            new = tag_url(url, settings.source, settings.medium, campaign)
            if new != url:
                changed.append((url, new))
        pieces.append(new)
        last = end
    pieces.append(text[last:])
    return Tagged("".join(pieces), tuple(changed))


def describe(links: Sequence[tuple[str, str]]) -> str:
    """The final links, one a line (the command line's note)."""
    return "\n".join(new for _old, new in links)
