"""A post's text against its account's platform rules that need the account's settings
(today: Weibo's safe-domain link and no ``#topic#``), before it is queued.

Shared by ``mbdesk post`` and the composer's service so both refuse the same texts; the pure
rules are in ``mbdesk.domain.weibo_rules``.
"""

from __future__ import annotations

from dataclasses import dataclass

from mbdesk.domain import weibo_rules
from mbdesk.store.accounts import options

WEIBO = "weibo"


@dataclass(frozen=True)
class Prepared:
    text: str
    problem: str = ""  # "" = may be queued
    code: str = ""
    appended: bool = False
    warning: str = ""  # not a refusal: something the owner should know


def prepare_text(account_id: int, platform: str, text: str, *, reply: bool = False,
                 append_default_link: bool = True) -> Prepared:
    """The text to queue: unchanged, or with the account's default link appended where the
    platform needs a link and the owner set one; ``problem`` says why it cannot go."""
    if platform != WEIBO or reply:
        return Prepared(text)
    opts = options(account_id)
    check = weibo_rules.check_post(text, str(opts.get("safe_domain") or ""),
                                   str(opts.get("default_link") or ""),
                                   append=append_default_link)
    if check.code == "no_safe_domain":  # cannot check here; Weibo decides (say so)
        return Prepared(check.text, "", check.code, check.appended, warning=check.problem)
    return Prepared(check.text, check.problem, check.code, check.appended)
