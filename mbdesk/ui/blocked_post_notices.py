"""Desktop notifications for scheduled posts that will not go out because their account's
sign-in is gone: a day ahead and an hour ahead, each post once per step (remembered in the
setting ``blocked_post_notices``, so a restart does not repeat them). Shown through the
window's notifier (``InboxNotifier.notify``), like the sign-in expiry notices."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mbdesk.domain import blocked_posts as rules
from mbdesk.store import settings
from mbdesk.store.models import utcnow
from mbdesk.store.queries.blocked_posts import blocked_due
from mbdesk.ui.localtime import format_local, user_zone

SETTING = "blocked_post_notices"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("BlockedPostNotices", text, None, n)


def notice_text(notice: rules.Notice, when: str) -> tuple[str, str]:
    """The title and text of one notification."""
    blocked = notice.blocked
    title = (_tr("A post is due within an hour and cannot go out") if notice.hours == 1
             else _tr("A post due tomorrow cannot go out"))
    if blocked.reason == rules.NEEDS_REAUTH:
        text = _tr("{account} needs re-authorization: the post scheduled for {when} waits "
                   "until you sign in again (Accounts → Re-authorize…).")
    else:
        text = _tr("{account}: the sign-in runs out before {when}, when a post is due. "
                   "Re-authorize it on the Accounts screen so the post goes out.")
    return title, text.format(account=blocked.account.name, when=when)


def check_blocked_posts(notifier) -> list[rules.Notice]:
    """Notify (through ``notifier.notify``) what is due now; returns the notices shown."""
    now = utcnow()
    shown = settings.get(SETTING) or {}
    notices, kept = rules.due_notices(blocked_due(now), now, shown)
    zone = user_zone()
    for notice in notices:
        title, text = notice_text(notice, format_local(notice.blocked.post.scheduled_at, zone))
        notifier.notify(title, text, critical=True)
    if kept != shown:
        settings.put(SETTING, kept)
    return notices
