"""The inbox list: mentions of every account, newest first: 50 at once, then 200 at a time.

Painting asks what each cell shows (``plain_cell()`` for the list's delegate, seven roles of
``data()`` for Qt's), for every row that scrolls into view: so what a row shows is made before
it shows (on the worker thread that loads its page: the author as a bidi-safe name, the local
time in the interface language) or once per load (state labels) or per account (colour dot and
short name); a paint only looks them up.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import time, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
)
from PySide6.QtGui import QColor, QFont, QIcon, QStandardItemModel

from mbdesk.store.constants import MentionState
from mbdesk.store.queries import mentions as queries
from mbdesk.store.queries.mentions import MentionFilter, MentionRow
from mbdesk.ui import item_roles
from mbdesk.ui.account_badge import color_dot, short_name
from mbdesk.ui.localtime import format_date, format_time, to_local, ui_locale, user_zone
from mbdesk.ui.models.paged import PagedTableModel
from mbdesk.ui.safe_text import isolate, plain_tooltip

if TYPE_CHECKING:
    from mbdesk.ui.laid_out_text import PlainCell

IdRole = item_roles.USER + 1
StateRole = item_roles.USER + 2
ColorRole = item_roles.USER + 3  # the account's colour (a QColor)

ACCOUNT, AUTHOR, TIME, TEXT, STATE = range(5)
# Roles as the plain ints views pass: comparing them costs no enum look-up per call, and the
# module never imports ``Qt`` (building its enums would cost the inbox's first paint ~28 ms).
_DISPLAY = item_roles.DISPLAY
_DECORATION = item_roles.DECORATION
_TOOLTIP = item_roles.TOOLTIP
_FONT = item_roles.FONT
_ID = IdRole
_STATE = StateRole
_COLOR = ColorRole
_ROLES = frozenset({_DISPLAY, _FONT, _DECORATION, _TOOLTIP, _ID, _STATE, _COLOR})

# What a row shows that is not in it: its time as written here, and (a pair) its author too when
# the name had to be bidi-isolated (rare): a plain string per row keeps 200,000 loaded rows light.
Shown = str | tuple[str, str]
_SAMPLE_CLOCK = time(13, 45)


def shown_texts(rows: Iterable[MentionRow], zone: tzinfo,
                texts: dict[Any, str] | None = None) -> dict[int, Shown]:
    """Mention id → its time as shown, or (author, time) when the author's name needed
    isolating. Plain strings, so it runs on the worker thread that loaded the page (QLocale is
    reentrant; one per page, not per row).

    ``texts`` keeps the day and clock texts for the pages of one load (a page's rows share a
    few days, a load's clock minutes repeat): writing two per row was most of a page's Python
    time on the loader thread, time the painting GUI thread waited for the interpreter lock.
    The text is the same as ``format_local_time``'s (its day text, a space, its clock text)."""
    locale = ui_locale()
    texts = {} if texts is None else texts
    # a clock text without seconds (most languages' short format) is shared by its minute
    by_minute = format_time(_SAMPLE_CLOCK, locale) == format_time(
        _SAMPLE_CLOCK.replace(second=59), locale)
    shown: dict[int, Shown] = {}
    for r in rows:
        if r.created_at is None:
            when = ""
        else:
            local = to_local(r.created_at, zone)
            day, clock = local.date(), local.time()
            if by_minute:
                clock = clock.replace(second=0, microsecond=0)
            day_text = texts.get(day)
            if day_text is None:
                day_text = texts[day] = format_date(day, "medium", locale)
            clock_text = texts.get(clock)
            if clock_text is None:
                clock_text = texts[clock] = format_time(clock, locale)
            when = f"{day_text} {clock_text}"
        name = r.author_name or r.author_handle
        author = isolate(name)  # no RTL override leaks
        shown[r.id] = when if author == name else (author, when)
    return shown


def state_label(state: str) -> str:
    labels = {
        MentionState.NEW: QCoreApplication.translate("MentionModel", "new"),
        MentionState.READ: QCoreApplication.translate("MentionModel", "read"),
        MentionState.DONE: QCoreApplication.translate("MentionModel", "done"),
    }
    return labels.get(state, state)


class MentionTableModel(PagedTableModel):
    """Rows are ``MentionRow``; ``IdRole`` gives the mention id, ``StateRole`` its state."""

    FIRST_PAGE_SIZE = queries.FIRST_PAGE_SIZE
    COLUMN_COUNT = 5
    ROLES = _ROLES  # the roles views ask on every paint; the others never reach cell()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = MentionFilter()
        self._zone: tzinfo | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._shown: dict[int, Shown] = {}  # mention id → its time (author) of this load
        self._states: dict[str, str] = {}  # state → its label
        self._badges: dict[int, tuple[str, QIcon, QColor]] = {}  # account id → its badge

    def set_filter(self, flt: MentionFilter) -> None:
        """Query the first page of ``flt`` now (on this thread) and show it."""
        self.show_results(flt, queries.page(flt, None, self.FIRST_PAGE_SIZE))

    def show_results(self, flt: MentionFilter, first_page: list[MentionRow]) -> None:
        """Show a first page of ``flt`` queried elsewhere; later pages load on scrolling, with
        their texts made on the worker thread that loads them."""
        self.filter = flt
        zone = self._zone = user_zone()
        texts: dict[Any, str] = {}  # day and clock texts of this load (the same zone, language)
        shown = shown_texts(first_page, zone, texts)
        self._shown = shown  # a new dict: a page of an older load writes into its own
        self._states = {state: state_label(state)
                        for state in (MentionState.NEW, MentionState.READ, MentionState.DONE)}
        self._badges = {}  # account names or colours may have changed since the last load

        def fetch(after: Any, limit: int) -> list[MentionRow]:
            rows = queries.page(flt, after, limit)
            shown.update(shown_texts(rows, zone, texts))  # before the rows reach the view
            return rows

        self.show_first_page(fetch, first_page)

    def set_state(self, mention_id: int, state: str) -> None:
        """Show a state change made elsewhere (the row stays until the next reload)."""
        row = self.row_of(lambda r: r.id == mention_id)
        if row >= 0:
            self.replace_row(row, self.row_at(row)._replace(state=state))

    @staticmethod
    def header_model(parent: QObject) -> QStandardItemModel:
        """The column titles, for the list's header (``QHeaderView.setModel``).

        Not ``headerData()``: Qt calls that with a ``Qt.Orientation``, and handing one to Python
        builds all of ``Qt``'s enums (~28 ms) before the inbox could paint. The titles never
        change while the window lives (a new language applies at the next start)."""
        titles = QStandardItemModel(0, 5, parent)
        titles.setHorizontalHeaderLabels([
            QCoreApplication.translate("MentionModel", "Account"),
            QCoreApplication.translate("MentionModel", "From"),
            QCoreApplication.translate("MentionModel", "Time"),
            QCoreApplication.translate("MentionModel", "Text"),
            QCoreApplication.translate("MentionModel", "State"),
        ])
        return titles

    def cell(self, row: MentionRow, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return self._display(row, column)
        if role == _FONT:
            return self._bold if row.state == MentionState.NEW else None
        if role == _DECORATION:
            return self.badge(row)[1] if column == ACCOUNT else None
        if role == _ID:
            return row.id
        if role == _STATE:
            return row.state
        if role == _COLOR:
            return self.badge(row)[2]
        if role == _TOOLTIP:
            if column == AUTHOR:
                return plain_tooltip(isolate(row.author_handle))
            if column == ACCOUNT:
                return row.account_name
        return None

    def _display(self, row: MentionRow, column: int) -> str:
        if column == TEXT:
            return row.first_line
        if column == ACCOUNT:
            return self.badge(row)[0]
        if column == STATE:
            return self._states.get(row.state) or state_label(row.state)
        shown = self._shown.get(row.id)
        if shown is None:  # a row not loaded through show_results (rare): make it now
            shown = self._shown[row.id] = shown_texts((row,), self._zone or user_zone())[row.id]
        if column == TIME:
            return shown if isinstance(shown, str) else shown[1]
        return (row.author_name or row.author_handle) if isinstance(shown, str) else shown[0]

    def plain_cell(self, row: int, column: int) -> PlainCell | None:
        """What a cell shows, for the list's delegate (ui/laid_out_text.py): its text, bold
        (while new) and icon (the account's colour dot); the same as ``cell()`` says."""
        rows = self._rows
        if row >= len(rows):
            return None
        shown = rows[row]
        return (self._display(shown, column), shown.state == MentionState.NEW,
                self.badge(shown)[1] if column == ACCOUNT else None)

    def badge(self, row: MentionRow) -> tuple[str, QIcon, QColor]:
        """(short name, colour dot, colour) of the row's account, made once per account."""
        badge = self._badges.get(row.account_id)
        if badge is None:
            badge = self._badges[row.account_id] = (short_name(row.account_name),
                                                    color_dot(row.account_color),
                                                    QColor(row.account_color))
        return badge
