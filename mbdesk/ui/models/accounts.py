"""The accounts table: one row per connected account with its health and its counts.

Roles: ``ACCOUNT_ID_ROLE`` (int) on every cell; the first column's decoration is the account
colour (a swatch). An account that needs re-authorization gets an amber status cell (an explicit
background *and* foreground pair, so it reads in light and dark themes alike).

The details box's words come from here too (``capability_lines``, ``limit_lines``,
``step_lines``): what the server profile and the last sync's steps mean for the owner.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from mbdesk.store.models import AccountStatus, Platform
from mbdesk.store.queries.accounts import AccountRow, account_rows
from mbdesk.store.server_profiles import CAPABILITIES
from mbdesk.ui.localtime import format_local, format_time, to_local
from mbdesk.ui.safe_text import plain_tooltip
from mbdesk.ui.stored_text import shown

ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
WARN_BACKGROUND = QColor("#fde68a")
WARN_FOREGROUND = QColor("#7c2d12")
# The sync steps in the order the details box lists them (the names in ``steps_json``).
SYNC_STEPS = ("profile", "publish", "mentions", "follow_requests", "watches", "followers",
              "snapshot", "metrics", "rivals")


def platform_label(platform: str) -> str:
    labels = {
        Platform.MASTODON: "Mastodon",
        Platform.BLUESKY: "Bluesky",
        Platform.WEIBO: QCoreApplication.translate("Platform", "Weibo"),
        Platform.X: "X",
        Platform.SANDBOX: QCoreApplication.translate("Platform", "Sandbox (offline test server)"),
    }
    return labels.get(platform, platform)


def platform_name(platform: str) -> str:
    """The short name for lists and filters ("Sandbox" translated; brand names as they are)."""
    if platform == Platform.SANDBOX:
        return QCoreApplication.translate("Platform", "Sandbox")
    if platform == Platform.WEIBO:
        return QCoreApplication.translate("Platform", "Weibo")
    return {Platform.MASTODON: "Mastodon", Platform.BLUESKY: "Bluesky",
            Platform.X: "X"}.get(platform, platform.capitalize())


def account_status_label(status: str) -> str:
    labels = {
        AccountStatus.ACTIVE: QCoreApplication.translate("AccountStatus", "Connected"),
        AccountStatus.NEEDS_REAUTH: QCoreApplication.translate("AccountStatus",
                                                               "Needs re-authorization"),
        AccountStatus.DISABLED: QCoreApplication.translate("AccountStatus", "Disabled"),
    }
    return labels.get(status, status)


def sync_state_label(state: str) -> str:
    labels = {
        "idle": QCoreApplication.translate("SyncState", "Idle"),
        "syncing": QCoreApplication.translate("SyncState", "Syncing…"),
        "error": QCoreApplication.translate("SyncState", "Error"),
        "offline": QCoreApplication.translate("SyncState", "Offline"),
        "keyring": QCoreApplication.translate("SyncState", "Keyring not available"),
        "ok": QCoreApplication.translate("SyncState", "Up to date"),
        "partial": QCoreApplication.translate("SyncState", "Up to date, some steps failed"),
        "rate_limited": QCoreApplication.translate("SyncState", "Rate limited"),
        "needs_reauth": QCoreApplication.translate("SyncState", "Waiting for sign-in"),
        "stopped": QCoreApplication.translate("SyncState", "Stopped"),
    }
    return labels.get(state, state)


class AccountsTableModel(QAbstractTableModel):
    """All accounts (a shop has a handful, so no paging)."""

    COLUMNS = ("platform", "handle", "display_name", "status", "sync", "last_synced",
               "followers", "mentions_new", "queued", "rate_limit", "last_error")
    NUMERIC = ("followers", "mentions_new", "queued")

    def __init__(self, zone: tzinfo, parent=None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[AccountRow] = []
        self._syncing: frozenset[int] = frozenset()

    def set_syncing(self, account_ids) -> None:
        """Accounts whose run was asked for and has not ended (shown as syncing)."""
        self._syncing = frozenset(account_ids)

    def set_zone(self, zone: tzinfo) -> None:
        self._zone = zone

    def load(self) -> None:
        self.beginResetModel()
        self._rows = account_rows()
        self.endResetModel()

    def rows(self) -> list[AccountRow]:
        return list(self._rows)

    def account_at(self, row: int) -> AccountRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Platform"), self.tr("Handle"), self.tr("Display name"),
                self.tr("Status"), self.tr("Sync"), self.tr("Last synced"),
                self.tr("Followers"), self.tr("New mentions"), self.tr("Queued posts"),
                self.tr("Rate limit"), self.tr("Last error"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ACCOUNT_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "platform":
            return QColor(row.color)
        if role == Qt.ItemDataRole.ToolTipRole and column == "platform":
            return platform_label(row.platform)  # the long name ("Sandbox (offline test…)")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.needs_reauth and column == "status":
            if role == Qt.ItemDataRole.BackgroundRole:
                return WARN_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return WARN_FOREGROUND
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The server no longer accepts mbdesk's sign-in for this account. "
                               "Sign in again so scheduled posts can go out.")
        if role == Qt.ItemDataRole.ToolTipRole and column == "last_error" and row.last_error:
            # the server's words literally; mbdesk's own stored sentences translated
            return plain_tooltip(shown(row.last_error))
        return None

    def _display(self, row: AccountRow, column: str) -> str:
        if column == "platform":
            return platform_name(row.platform)  # short: the long one pushed Error out of view
        if column == "handle":
            return row.handle
        if column == "display_name":
            return row.display_name
        if column == "status":
            return account_status_label(row.status)
        if column == "sync":
            return sync_state_label("syncing" if row.id in self._syncing else row.sync_state)
        if column == "last_synced":
            return format_local(row.last_synced_at, self._zone) or self.tr("never")
        if column == "followers":
            return "—" if row.followers is None else QLocale().toString(row.followers)
        if column == "mentions_new":
            return str(row.mentions_new)
        if column == "queued":
            return str(row.queued)
        if column == "rate_limit":
            return self._rate_limit_text(row)
        if column == "last_error":
            return " ".join(shown(row.last_error).split())
        return ""

    def _rate_limit_text(self, row: AccountRow) -> str:
        until = row.rate_limited_until
        if until is None or until <= datetime.now(UTC).replace(tzinfo=None):
            return self.tr("OK")
        local = to_local(until, self._zone)
        return self.tr("Paused until {time}").format(time=format_time(local.time()))


# --- the server profile and the sync steps of one account (the details box) --------------------

translate = QCoreApplication.translate  # pyside6-lupdate finds calls by this name


@dataclass(frozen=True)
class ProfileLine:
    """One line of the details box: a name, its answer, and why it matters (tooltip / note)."""

    key: str
    label: str
    value: str
    explain: str = ""  # what the answer means for the owner
    note: str = ""  # what the server was seen to do (from the profile's notes), shown beneath
    state: str = ""  # capabilities: yes | no | unknown; steps: the step state
    warning: str = ""  # steps: something the owner should know although the step ran


PLATFORM_CAPABILITIES = ("read_access", "followers_partial")


def capability_label(name: str) -> str:
    labels = {
        "server_scheduling": translate("ServerProfile", "Holds scheduled posts"),
        "scheduled_statuses": translate("ServerProfile", "Moves or cancels posts it holds"),
        "idempotency": translate("ServerProfile", "Honours Idempotency-Key"),
        "notification_requests": translate(
            "ServerProfile", "Mentions from strangers (notification requests)"),
        "follow_requests": translate("ServerProfile", "Follow requests"),
        "statuses_batch": translate("ServerProfile", "Reads post metrics in batches"),
        "quote_posts": translate("ServerProfile", "Quote posts"),
        "rate_limit_headers": translate("ServerProfile", "Rate-limit headers"),
        "read_access": translate("ServerProfile",
                                 "Reads mentions, followers and metrics (X access level)"),
        "followers_partial": translate("ServerProfile", "Shows only part of a large follower "
                                       "list"),
    }
    return labels.get(name, name)


def _capability_explain(name: str, value: bool | None) -> str:
    """What a yes or a no means for the shop owner."""
    if value is None:
        return translate("ServerProfile", "mbdesk finds this out at the next sync.")
    texts = {
        ("server_scheduling", True): translate(
            "ServerProfile",
            "Scheduled posts are handed to the server and go out even with mbdesk closed."),
        ("server_scheduling", False): translate(
            "ServerProfile",
            "Scheduled posts: kept by mbdesk (this server cannot hold them) — keep mbdesk or "
            "'mbdesk sync' running at the time."),
        ("scheduled_statuses", True): translate(
            "ServerProfile",
            "Moving or cancelling a post the server holds changes it there too."),
        ("scheduled_statuses", False): translate(
            "ServerProfile",
            "Posts are not handed to the server; mbdesk keeps them so you can still change "
            "them."),
        ("idempotency", True): translate(
            "ServerProfile",
            "If an answer is lost, sending again cannot publish the post twice."),
        ("idempotency", False): translate(
            "ServerProfile",
            "If an answer is lost, mbdesk first looks for the post on the server and never "
            "sends it twice."),
        ("notification_requests", True): translate(
            "ServerProfile",
            "Mentions the server filtered from people you do not follow reach your inbox too."),
        ("notification_requests", False): translate(
            "ServerProfile",
            "Mentions the server filters away do not reach mbdesk; check them on the server's "
            "website."),
        ("follow_requests", True): translate(
            "ServerProfile", "Accept or reject people who ask to follow you, in Followers."),
        ("follow_requests", False): translate(
            "ServerProfile", "Answer follow requests on the server's website."),
        ("statuses_batch", True): translate(
            "ServerProfile", "Likes and boosts of many posts come in one request."),
        ("statuses_batch", False): translate(
            "ServerProfile",
            "Likes and boosts are read one post at a time: slower, but they still come."),
        ("quote_posts", True): translate("ServerProfile", "People can quote your posts."),
        ("quote_posts", False): translate(
            "ServerProfile", "This server does not show quote posts."),
        ("rate_limit_headers", True): translate(
            "ServerProfile",
            "The server says how many requests are left, so mbdesk slows down in time."),
        ("rate_limit_headers", False): translate(
            "ServerProfile", "mbdesk slows down only when the server says it is busy."),
        ("read_access", True): translate(
            "ServerProfile",
            "This app's X access level lets mbdesk read mentions, followers and post metrics."),
        ("read_access", False): translate(
            "ServerProfile",
            "This app's X access level allows posting only: mentions, followers and metrics "
            "are not available with it. mbdesk asks again daily and on Sync now."),
        ("followers_partial", True): translate(
            "ServerProfile",
            "The server hands apps only part of a large follower list: Followers lists those "
            "it shows; the follower count is the full one."),
        ("followers_partial", False): translate(
            "ServerProfile", "Followers lists everyone who follows the account."),
    }
    return texts.get((name, value), "")


def answer_text(value: bool | None) -> str:
    if value is None:
        return translate("ServerProfile", "not known yet")
    return translate("ServerProfile", "yes") if value else translate("ServerProfile", "no")


def capability_lines(profile: Mapping[str, Any]) -> list[ProfileLine]:
    """Every capability in ``CAPABILITIES`` order: yes / no / not known yet, with its meaning
    and the server's own note (e.g. it once published a scheduled post at once)."""
    caps = profile.get("capabilities")
    caps = caps if isinstance(caps, dict) else {}
    notes = profile.get("notes")
    notes = notes if isinstance(notes, dict) else {}
    lines = []
    # a platform's own capability (X's access level) is listed only where it was probed
    for name in CAPABILITIES + tuple(k for k in PLATFORM_CAPABILITIES if k in caps):
        value = caps.get(name)
        value = value if isinstance(value, bool) else None
        note = notes.get(name)
        lines.append(ProfileLine(
            key=name, label=capability_label(name), value=answer_text(value),
            explain=_capability_explain(name, value),
            note=shown(note) if isinstance(note, str) else "",
            state="unknown" if value is None else ("yes" if value else "no")))
    return lines


def server_text(profile: Mapping[str, Any]) -> str:
    """"Mastodon 4.3.2" — or "not checked yet" before the first probe."""
    software = str(profile.get("software") or "")
    version = str(profile.get("version") or "")
    if not software:
        return translate("ServerProfile", "not checked yet")
    names = {"mastodon": "Mastodon", "gotosocial": "GoToSocial", "pleroma": "Pleroma",
             "akkoma": "Akkoma", "misskey": "Misskey", "bluesky": "Bluesky", "x": "X API",
             "sandbox": platform_label(Platform.SANDBOX)}
    name = names.get(software.lower(), software)
    return f"{name} {version}".strip()


def limit_lines(limits: Mapping[str, Any]) -> list[ProfileLine]:
    """The live limits the composer counts against (only those the server told)."""
    def number(key: str) -> str:
        value = limits.get(key)
        ok = isinstance(value, int) and not isinstance(value, bool)
        return QLocale().toString(value) if ok else ""

    lines = []
    if chars := number("max_characters"):
        lines.append(ProfileLine("max_characters",
                                 translate("ServerProfile", "Characters per post"), chars))
    if per_url := number("characters_reserved_per_url"):
        lines.append(ProfileLine(
            "characters_reserved_per_url", translate("ServerProfile", "Characters per link"),
            per_url, translate("ServerProfile",
                               "Every link counts as this many characters, however long it is.")))
    if media := number("max_media"):
        lines.append(ProfileLine("max_media", translate("ServerProfile", "Images per post"),
                                 media))
    return lines


def step_label(name: str) -> str:
    labels = {
        "profile": translate("ServerProfile", "Checking the server"),
        "publish": translate("ServerProfile", "Publishing"),
        "mentions": translate("ServerProfile", "Mentions"),
        "follow_requests": translate("ServerProfile", "Follow requests"),
        "watches": translate("ServerProfile", "Watched words"),
        "followers": translate("ServerProfile", "Followers"),
        "snapshot": translate("ServerProfile", "Daily counts"),
        "metrics": translate("ServerProfile", "Likes and boosts"),
        "rivals": translate("ServerProfile", "Competitors"),
    }
    return labels.get(name, name)


def iso_local_text(at: object, zone: tzinfo, *, short: bool = False) -> str:
    """A stored ISO time (naive = UTC) as a local date and time ("" when missing or bad);
    ``short``: only the time when it is today."""
    if not isinstance(at, str) or not at:
        return ""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    local = to_local(moment, zone)
    if short and local.date() == datetime.now(zone).date():
        return format_time(local.time())
    return format_local(moment, zone)


def _step_value(state: str, when: str, error: str = "") -> tuple[str, str]:
    """The answer for one step and what it means."""
    if state == "ok":
        if when:
            return translate("ServerProfile", "ok · {time}").format(time=when), ""
        return translate("ServerProfile", "ok"), ""
    if state == "error":
        explain = translate("ServerProfile", "The other steps still ran; this one is tried "
                            "again at the next sync.")
        if when:
            return translate("ServerProfile", "failed · {time}").format(time=when), explain
        return translate("ServerProfile", "failed"), explain
    if state == "absent" and "access level" in error:  # X: the app's level refuses it
        return (translate("ServerProfile", "not available with this app's access level"),
                translate("ServerProfile", "Posting still works. mbdesk asks again daily and "
                          "on Sync now; a higher access level of your X app enables it."))
    if state == "absent":
        return (translate("ServerProfile", "not available on this server"),
                translate("ServerProfile", "mbdesk checks again later, in case the server "
                          "adds it."))
    if state == "skipped":
        explain = translate("ServerProfile", "This step runs less often than every sync.")
        if when:
            return translate("ServerProfile", "not due (ran {time})").format(time=when), explain
        return translate("ServerProfile", "not due"), explain
    return state, ""


def unreadable_text(count: Any) -> str:
    """"N items from the server could not be read" (skipped, the rest kept), or ""."""
    if not isinstance(count, int) or isinstance(count, bool) or count <= 0:
        return ""
    if count == 1:
        return translate("ServerProfile", "1 item from the server could not be read")
    return translate("ServerProfile", "{count} items from the server could not be read").format(
        count=count)


def step_lines(steps: Mapping[str, Mapping[str, Any]], zone: tzinfo) -> list[ProfileLine]:
    """Each sync step's last outcome: ok / failed (with the error) / not available on this
    server / not due — and when, in the owner's zone."""
    lines = []
    for name in SYNC_STEPS:
        step = steps.get(name)
        if not isinstance(step, Mapping):
            lines.append(ProfileLine(name, step_label(name),
                                     translate("ServerProfile", "not run yet")))
            continue
        state = str(step.get("state") or "")
        error = " ".join(str(step.get("error") or "").split())
        value, explain = _step_value(state, iso_local_text(step.get("at"), zone, short=True),
                                     error)
        lines.append(ProfileLine(name, step_label(name), value, explain, note=shown(error),
                                 state=state, warning=unreadable_text(step.get("unreadable"))))
    return lines
