"""Each account's UTM tagging settings (kept in ``Account.options_json`` under ``utm``) and the
tagging of one post's text with them; the pure rules are in ``mbdesk.domain.utm``."""

from __future__ import annotations

from collections.abc import Iterable

from mbdesk.domain import utm
from mbdesk.store.accounts import options, set_options


def account_settings(account_id: int, platform: str) -> utm.UtmSettings:
    """The account's tagging (off by default; source defaults to the platform's name)."""
    return utm.settings_from_options(options(account_id), platform)


def save_account_settings(account_id: int, *, enabled: bool, source: str = "",
                          medium: str = "", domains: Iterable[str] = ()) -> None:
    """Store the account's tagging; blank source/medium mean the defaults."""
    set_options(account_id, utm={
        "enabled": bool(enabled), "source": source.strip(), "medium": medium.strip(),
        "domains": [d for d in (utm.normalize_domain(x) for x in domains) if d]})


def tag_for(account_id: int, platform: str, text: str, campaign: str = "") -> utm.Tagged:
    """``text`` as it will be sent by this account: its own-domain links tagged when the
    account has tagging on."""
    return utm.tag_text(text, account_settings(account_id, platform), campaign)
