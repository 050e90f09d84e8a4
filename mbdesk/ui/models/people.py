"""The followers table: people following any (or one) account, newest first, 200 at a time."""

from __future__ import annotations

from dataclasses import replace
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from mbdesk.store.queries import people as queries
from mbdesk.store.queries.people import FollowerRow, PeopleFilter
from mbdesk.ui.i18n import join_list
from mbdesk.ui.localtime import format_local, user_zone
from mbdesk.ui.models.accounts import platform_name
from mbdesk.ui.models.paged import PagedTableModel
from mbdesk.ui.safe_text import isolate
from mbdesk.ui.tag_names import tag_label

PersonIdRole = Qt.ItemDataRole.UserRole + 1
TagsRole = Qt.ItemDataRole.UserRole + 2  # tuple of TagChip, painted as coloured chips

NAME, HANDLE, PLATFORM, FOLLOWERS, FIRST_SEEN, LAST_INTERACTION, TAGS, LOST = range(8)
# Clicking these column headers sorts the list (PeopleFilter.sort keys).
SORT_OF_COLUMN = {NAME: "name", FOLLOWERS: "followers", FIRST_SEEN: "newest",
                  LAST_INTERACTION: "interaction"}


class PeopleTableModel(PagedTableModel):
    """Rows are ``FollowerRow``; ``PersonIdRole`` gives the person id, ``TagsRole`` the tags."""

    COLUMN_COUNT = LOST + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = PeopleFilter()
        self._zone: tzinfo | None = None

    def set_filter(self, flt: PeopleFilter) -> None:
        self.filter = flt
        self._zone = user_zone()
        # the non-date orders page by offset: the rows loaded so far (none for a first page)
        self.set_fetcher(lambda after, limit: queries.page(
            flt, after, limit, offset=0 if after is None else len(self._rows)))

    def person_ids(self, rows: list[int]) -> list[int]:
        return [self._rows[r].person_id for r in rows if 0 <= r < len(self._rows)]

    def update_tags(self, person_ids: list[int] | None = None) -> None:
        """Re-read the tags of loaded rows (after tagging), without reloading the list."""
        wanted = set(person_ids) if person_ids is not None else None
        rows = [i for i, r in enumerate(self._rows) if wanted is None or r.person_id in wanted]
        chips = queries.tags_for(list({self._rows[i].person_id for i in rows}))
        for i in rows:
            row = self._rows[i]
            self.replace_row(i, replace(row, tags=chips.get(row.person_id, ())))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("PeopleModel", "Name"),
            QCoreApplication.translate("PeopleModel", "Handle"),
            QCoreApplication.translate("PeopleModel", "Platform"),
            QCoreApplication.translate("PeopleModel", "Followers"),
            QCoreApplication.translate("PeopleModel", "First seen"),
            QCoreApplication.translate("PeopleModel", "Last interaction"),
            QCoreApplication.translate("PeopleModel", "Tags"),
            QCoreApplication.translate("PeopleModel", "Lost"),
        )[section]

    def cell(self, row: FollowerRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return isolate(row.display_name or row.handle)  # no RTL override leaks
            if column == HANDLE:
                return isolate(row.handle)
            if column == PLATFORM:
                return platform_name(row.platform)
            if column == FOLLOWERS:
                return QLocale().toString(row.followers_count)
            if column == FIRST_SEEN:
                shown = format_local(row.first_seen, self._zone or user_zone(), style="plain")
                return f"≤ {shown}" if row.baseline else shown
            if column == LAST_INTERACTION:
                return format_local(row.last_interaction_at, self._zone or user_zone(),
                                    style="plain")  # no weekday: the time stays in view
            if column == TAGS:
                return join_list(tag_label(t.name, t.kind) for t in row.tags)
            if column == LOST:
                return QCoreApplication.translate("PeopleModel", "lost") if row.lost else ""
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == FOLLOWERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.DecorationRole and column == TAGS and row.tags:
            return QColor(row.tags[0].color)
        elif role == Qt.ItemDataRole.ToolTipRole and column == TAGS:
            return join_list(tag_label(t.name, t.kind) for t in row.tags) or None
        elif role == Qt.ItemDataRole.ToolTipRole and column == FIRST_SEEN and row.baseline:
            return QCoreApplication.translate(
                "PeopleModel", "Already following when mbdesk first looked at this account")
        elif role == PersonIdRole:
            return row.person_id
        elif role == TagsRole:
            return row.tags
        return None
