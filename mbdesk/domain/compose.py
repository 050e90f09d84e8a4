"""What a draft becomes on each target, and whether every target would accept it.

The composer and the scheduler use the same functions, so the counter the owner sees, the
refusal of the Schedule button and the text that goes into the outbox always agree.
Problems come back as codes with values; the UI words them (translated) — no Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from mbdesk.domain import text as text_rules
from mbdesk.domain.images import image_rule

NEAR_FRACTION = 0.9  # the counter turns amber at 90 % of the limit
_TAG_SPLIT = regex.compile(r"[\s,，、;；]+")
_TAG_OK = regex.compile(r"^[\p{L}\p{M}\p{N}_]+$")


def normalize_hashtags(raw: str) -> list[str]:
    """``"#sale, 新品  #sale"`` → ``["sale", "新品"]``: split, strip ``#``, drop repeats."""
    tags: list[str] = []
    seen: set[str] = set()
    for part in _TAG_SPLIT.split(raw or ""):
        tag = part.strip().strip("#＃").strip()
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


def invalid_hashtags(raw: str) -> list[str]:
    """Tags a server would not link (punctuation inside, e.g. ``half-price``)."""
    return [t for t in normalize_hashtags(raw) if not _TAG_OK.match(t)]


def post_text(body: str, hashtags: str, platform: str) -> str:
    """The text sent to ``platform``: the body, then the hashtags on a line of their own.

    Weibo's ``statuses/share`` refuses ``#topic#`` syntax, so hashtags are not added there.
    """
    body = body.rstrip()
    tags = normalize_hashtags(hashtags)
    if not tags or platform == "weibo":
        return body
    line = " ".join("#" + t for t in tags)
    return f"{body}\n\n{line}" if body else line


# The per-post fields each platform's API takes (the composer shows a field only when a target
# has it, and only those targets get it): Mastodon's API (and the demo sandbox, which speaks it)
# has a content warning, a visibility and a language; Bluesky records carry ``langs``; Weibo's
# share.json and X's create-post take none of them.
SPOILER, VISIBILITY, LANGUAGE = "spoiler_text", "visibility", "language"
POST_FIELDS: Mapping[str, frozenset[str]] = {
    "mastodon": frozenset({SPOILER, VISIBILITY, LANGUAGE}),
    "sandbox": frozenset({SPOILER, VISIBILITY, LANGUAGE}),
    "bluesky": frozenset({LANGUAGE}),
}
VISIBILITIES = ("public", "unlisted", "private", "direct")


def post_fields(platform: str) -> frozenset[str]:
    return POST_FIELDS.get(platform, frozenset())


@dataclass(frozen=True)
class TargetSpec:
    """One target account as the checks need it."""

    account_id: int
    name: str
    platform: str
    body: str  # the shared text, or this account's own (diverged) variant
    limits: Mapping[str, Any] = field(default_factory=dict)
    spoiler_text: str = ""  # the post's content warning (counted where the platform has one)
    needs_reauth: bool = False  # the server refused its sign-in: posts wait until re-authorized


@dataclass(frozen=True)
class MediaSpec:
    alt_text: str
    mime_type: str = ""
    animated: bool = False


@dataclass(frozen=True)
class Problem:
    """``severity`` "error" blocks scheduling, "warning" is shown only."""

    code: str
    severity: str
    account_id: int | None = None
    values: Mapping[str, Any] = field(default_factory=dict)


def count_options(platform: str, limits: Mapping[str, Any]) -> dict[str, int]:
    """``text.count`` options from the limits sync stored for the account."""
    options: dict[str, int] = {}
    max_chars = limits.get("max_characters")
    if platform in ("mastodon", "sandbox"):
        if isinstance(max_chars, int) and max_chars > 0:
            options["max_characters"] = max_chars
        url_chars = limits.get("characters_reserved_per_url")
        if isinstance(url_chars, int) and url_chars > 0:
            options["url_chars"] = url_chars
    return options


def count_target(target: TargetSpec, hashtags: str) -> text_rules.TextCount:
    text = post_text(target.body, hashtags, target.platform)
    spoiler = target.spoiler_text if SPOILER in post_fields(target.platform) else ""
    try:
        return text_rules.count(target.platform, text, spoiler_text=spoiler,
                                **count_options(target.platform, target.limits))
    except ValueError:  # a platform the rules do not know: count graphemes against 500
        used = text_rules.grapheme_count(text)
        return text_rules.TextCount(used, 500, used <= 500)


def counter_level(result: text_rules.TextCount) -> str:
    """"over" (the server would refuse), "near" (≥ 90 % used) or "ok"."""
    if not result.fits:
        return "over"
    if result.count >= NEAR_FRACTION * result.limit:
        return "near"
    return "ok"


def check_post(targets: Sequence[TargetSpec], hashtags: str,
               media: Sequence[MediaSpec]) -> list[Problem]:
    """Every reason a target would refuse the post (errors) or should get a second look."""
    problems: list[Problem] = []
    if not targets:
        problems.append(Problem("no_targets", "error"))
    for target in targets:
        result = count_target(target, hashtags)
        if not target.body.strip() and not media:
            problems.append(Problem("empty", "error", target.account_id,
                                    {"name": target.name}))
        if not result.fits:
            problems.append(Problem("too_long", "error", target.account_id,
                                    {"name": target.name, "count": result.count,
                                     "limit": result.limit,
                                     "over": result.count - result.limit}))
        rule = image_rule(target.platform, target.limits)
        if len(media) > rule.max_images:
            problems.append(Problem("too_many_images", "error", target.account_id,
                                    {"name": target.name, "count": len(media),
                                     "limit": rule.max_images}))
        missing = sum(1 for m in media if not m.alt_text.strip())
        if missing and rule.alt_required:
            problems.append(Problem("alt_required", "error", target.account_id,
                                    {"name": target.name, "count": missing}))
        elif missing and rule.alt_wanted:
            problems.append(Problem("alt_missing", "warning", target.account_id,
                                    {"name": target.name, "count": missing}))
        long_alt = sum(1 for m in media if rule.alt_max and len(m.alt_text) > rule.alt_max)
        if long_alt:
            problems.append(Problem("alt_too_long", "error", target.account_id,
                                    {"name": target.name, "limit": rule.alt_max}))
        if target.platform == "weibo" and hashtags.strip():
            problems.append(Problem("weibo_no_hashtags", "warning", target.account_id,
                                    {"name": target.name}))
        if target.platform == "weibo":
            problems.extend(_weibo_link_rule(target, hashtags))
        if target.needs_reauth:  # saved and queued all the same: it waits for the sign-in
            problems.append(Problem("needs_reauth", "warning", target.account_id,
                                    {"name": target.name}))
    return problems


def _weibo_link_rule(target: TargetSpec, hashtags: str) -> list[Problem]:
    """share.json refuses a text without a safe-domain link and the #topic# syntax
    (``weibo_rules``); a default link can be appended (the composer offers it)."""
    from mbdesk.domain import weibo_rules

    text = post_text(target.body, hashtags, target.platform)
    domain = str(target.limits.get("safe_domain") or "")
    link = str(target.limits.get("default_link") or "")
    check = weibo_rules.check_post(text, domain, link)
    if not check.code:
        return []
    code = {"topic": "weibo_topic", "no_safe_domain": "weibo_no_safe_domain"}.get(
        check.code, "weibo_no_safe_link")
    # an account connected without its safe domain: mbdesk cannot check, Weibo will
    severity = "warning" if code == "weibo_no_safe_domain" else "error"
    return [Problem(code, severity, target.account_id, {
        "name": target.name, "domain": weibo_rules.normalize_domain(domain),
        "link": link if weibo_rules.on_domain(link, domain) else ""})]


def append_default_link(body: str, target: TargetSpec) -> str:
    """The text with the account's default link appended (what "Add the shop link" does)."""
    from mbdesk.domain import weibo_rules

    check = weibo_rules.check_post(body, str(target.limits.get("safe_domain") or ""),
                                   str(target.limits.get("default_link") or ""), append=True)
    return check.text


def blocking(problems: Sequence[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]
