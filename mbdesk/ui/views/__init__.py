"""The main screens, in navigation order, imported only when first opened (fast start-up)."""

from __future__ import annotations

import importlib

from mbdesk.ui.views.base import View

VIEW_PATHS: tuple[tuple[str, str], ...] = (
    ("compose", "mbdesk.ui.views.compose:ComposeView"),
    ("calendar", "mbdesk.ui.views.calendar:CalendarView"),
    ("inbox", "mbdesk.ui.views.inbox:InboxView"),
    ("followers", "mbdesk.ui.views.followers:FollowersView"),
    ("analytics", "mbdesk.ui.views.analytics:AnalyticsView"),
    ("accounts", "mbdesk.ui.views.accounts:AccountsView"),
)
VIEW_KEYS = tuple(key for key, _ in VIEW_PATHS)


def load_view_class(key: str) -> type[View]:
    module_name, class_name = dict(VIEW_PATHS)[key].split(":")
    return getattr(importlib.import_module(module_name), class_name)
