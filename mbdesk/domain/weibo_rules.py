"""Weibo's posting rules that mbdesk checks before anything is sent (pure; no Qt, no store).

``statuses/share.json`` — the only way an ordinary app may post (``statuses/update`` and
``statuses/upload`` answer 10014 to them since the 2017 API change) — requires the text to
contain a link on the app's registered *safe domain* and refuses the ``#topic#`` syntax
(open.weibo.com/wiki/2/statuses/share; ../shared/docs/PLATFORMS.md "Sina Weibo"). A link on a
subdomain of the safe domain counts (``www.shop.example`` for ``shop.example``): the docs say
"安全域名下的链接", and the stricter reading — the host itself or below it, never a host that
merely ends with the same letters (``evilshop.example``) — is what mbdesk checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

_URL = re.compile(r"https?://[^\s<>\"'，。！？、）)】]+", re.IGNORECASE)
# "#话题#": two '#' with no whitespace-only body between them, on one line
_TOPIC = re.compile(r"#[^#\s][^#\n]*#")


def normalize_domain(value: str) -> str:
    """``https://Shop.Example/x`` / ``shop.example`` → ``shop.example`` ("" when empty)."""
    value = (value or "").strip()
    if not value:
        return ""
    host = urlsplit(value if "//" in value else "//" + value).hostname or ""
    return host.lower().rstrip(".")


def links(text: str) -> list[str]:
    return _URL.findall(text or "")


def on_domain(url: str, domain: str) -> bool:
    """Whether ``url``'s host is ``domain`` or one of its subdomains."""
    domain = normalize_domain(domain)
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return bool(domain) and (host == domain or host.endswith("." + domain))


def has_safe_link(text: str, domain: str) -> bool:
    return any(on_domain(u, domain) for u in links(text))


def has_topic(text: str) -> bool:
    """The ``#topic#`` syntax, which share.json refuses."""
    return bool(_TOPIC.search(text or ""))


@dataclass(frozen=True)
class WeiboCheck:
    """What a post's text needs before it may go to share.json."""

    text: str  # the text to send (the default link appended when that was allowed)
    problem: str = ""  # "" = fine; else the reason, in English (callers translate their own)
    code: str = ""  # "no_safe_domain" | "no_safe_link" | "topic" | ""
    appended: bool = False


def check_post(text: str, safe_domain: str, default_link: str = "", *,
               append: bool = False) -> WeiboCheck:
    """Check a top-level post; with ``append`` the account's default link is added when the
    text lacks a safe-domain link (replies/comments have no such rule)."""
    domain = normalize_domain(safe_domain)
    if has_topic(text):
        return WeiboCheck(text, "Weibo's API refuses the #topic# syntax; remove the second '#' "
                          "or the topic.", "topic")
    if not domain:
        return WeiboCheck(text, "No safe domain is set for this Weibo account (the domain "
                          "registered for the app at open.weibo.com).", "no_safe_domain")
    if has_safe_link(text, domain):
        return WeiboCheck(text)
    if append and default_link and on_domain(default_link, domain):
        joined = f"{text.rstrip()} {default_link.strip()}" if text.strip() else default_link
        return WeiboCheck(joined, appended=True)
    return WeiboCheck(text, f"A Weibo post must contain a link on the app's safe domain "
                      f"({domain}).", "no_safe_link")
