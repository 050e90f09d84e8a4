"""The accounts table: one row per connected account with its health and its counts.

Roles: ``ACCOUNT_ID_ROLE`` (int) on every cell; the first column's decoration is the account
colour (a swatch). An account that needs re-authorization gets an amber status cell (an explicit
background *and* foreground pair, so it reads in light and dark themes alike).
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
from mbdesk.ui.localtime import format_local, to_local

ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
WARN_BACKGROUND = QColor("#fde68a")
WARN_FOREGROUND = QColor("#7c2d12")
# The sync steps in the order the details box lists them (the names in ``steps_json``).
SYNC_STEPS = ("profile", "publish", "mentions", "follow_requests", "watches", "followers",
              "snapshot", "metrics")


def platform_label(platform: str) -> str:
    labels = {
        Platform.MASTODON: "Mastodon",
        Platform.BLUESKY: "Bluesky",
        Platform.WEIBO: QCoreApplication.translate("Platform", "Weibo"),
        Platform.SANDBOX: QCoreApplication.translate("Platform", "Sandbox (offline test server)"),
    }
    return labels.get(platform, platform)


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
        "ok": QCoreApplication.translate("SyncState", "Up to date"),
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
            return row.last_error
        return None

    def _display(self, row: AccountRow, column: str) -> str:
        if column == "platform":
            return platform_label(row.platform)
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
            return " ".join(row.last_error.split())
        return ""

    def _rate_limit_text(self, row: AccountRow) -> str:
        until = row.rate_limited_until
        if until is None or until <= datetime.now(UTC).replace(tzinfo=None):
            return self.tr("OK")
        local = to_local(until, self._zone)
        return self.tr("Paused until {time}").format(time=local.strftime("%H:%M"))


# --- the server profile and the sync steps of one account (the details box) --------------------


@dataclass(frozen=True)
class ProfileLine:
    """One line of the details box: a name, its answer, and why it matters (tooltip / note)."""

    key: str
    label: str
    value: str
    explain: str = ""  # what the answer means for the owner
    note: str = ""  # what the server was seen to do (from the profile's notes), shown beneath
    state: str = ""  # capabilities: yes | no | unknown; steps: the step state


def _t(text: str) -> str:
    return QCoreApplication.translate("ServerProfile", text)


def capability_label(name: str) -> str:
    labels = {
        "server_scheduling": _t("Holds scheduled posts"),
        "scheduled_statuses": _t("Moves or cancels posts it holds"),
        "idempotency": _t("Honours Idempotency-Key"),
        "notification_requests": _t("Mentions from strangers (notification requests)"),
        "follow_requests": _t("Follow requests"),
        "statuses_batch": _t("Reads post metrics in batches"),
        "quote_posts": _t("Quote posts"),
        "rate_limit_headers": _t("Rate-limit headers"),
    }
    return labels.get(name, name)


def _capability_explain(name: str, value: bool | None) -> str:
    """What a yes or a no means for the shop owner (None: nothing to say yet)."""
    if value is None:
        return _t("mbdesk finds this out at the next sync.")
    texts = {
        ("server_scheduling", True): _t(
            "Scheduled posts are handed to the server and go out even with mbdesk closed."),
        ("server_scheduling", False): _t(
            "Scheduled posts: kept by mbdesk (this server cannot hold them) — keep mbdesk or "
            "'mbdesk sync' running at the time."),
        ("scheduled_statuses", True): _t(
            "Moving or cancelling a post the server holds changes it there too."),
        ("scheduled_statuses", False): _t(
            "Posts are not handed to the server; mbdesk keeps them so you can still change "
            "them."),
        ("idempotency", True): _t(
            "If an answer is lost, sending again cannot publish the post twice."),
        ("idempotency", False): _t(
            "If an answer is lost, mbdesk first looks for the post on the server and never "
            "sends it twice."),
        ("notification_requests", True): _t(
            "Mentions the server filtered from people you do not follow reach your inbox too."),
        ("notification_requests", False): _t(
            "Mentions the server filters away do not reach mbdesk; check them on the server's "
            "website."),
        ("follow_requests", True): _t("Accept or reject people who ask to follow you, in "
                                      "Followers."),
        ("follow_requests", False): _t("Answer follow requests on the server's website."),
        ("statuses_batch", True): _t("Likes and boosts of many posts come in one request."),
        ("statuses_batch", False): _t(
            "Likes and boosts are read one post at a time: slower, but they still come."),
        ("quote_posts", True): _t("People can quote your posts."),
        ("quote_posts", False): _t("This server does not show quote posts."),
        ("rate_limit_headers", True): _t(
            "The server says how many requests are left, so mbdesk slows down in time."),
        ("rate_limit_headers", False): _t(
            "mbdesk slows down only when the server says it is busy."),
    }
    return texts.get((name, value), "")


def answer_text(value: bool | None) -> str:
    if value is None:
        return _t("not known yet")
    return _t("yes") if value else _t("no")


def capability_lines(profile: Mapping[str, Any]) -> list[ProfileLine]:
    """Every capability in ``CAPABILITIES`` order: yes / no / not known yet, with its meaning
    and the server's own note (e.g. it once published a scheduled post at once)."""
    caps = profile.get("capabilities")
    caps = caps if isinstance(caps, dict) else {}
    notes = profile.get("notes")
    notes = notes if isinstance(notes, dict) else {}
    lines = []
    for name in CAPABILITIES:
        value = caps.get(name)
        value = value if isinstance(value, bool) else None
        note = notes.get(name)
        lines.append(ProfileLine(
            key=name, label=capability_label(name), value=answer_text(value),
            explain=_capability_explain(name, value), note=note if isinstance(note, str) else "",
            state="unknown" if value is None else ("yes" if value else "no")))
    return lines


def server_text(profile: Mapping[str, Any]) -> str:
    """"Mastodon 4.3.2" — or "not checked yet" before the first probe."""
    software = str(profile.get("software") or "")
    version = str(profile.get("version") or "")
    if not software:
        return _t("not checked yet")
    names = {"mastodon": "Mastodon", "gotosocial": "GoToSocial", "pleroma": "Pleroma",
             "akkoma": "Akkoma", "misskey": "Misskey", "bluesky": "Bluesky",
             "sandbox": _t("Sandbox (offline test server)")}
    name = names.get(software.lower(), software)
    return f"{name} {version}".strip()


def limit_lines(limits: Mapping[str, Any]) -> list[ProfileLine]:
    """The live limits the composer counts against (only those the server told)."""
    def number(key: str) -> int | None:
        value = limits.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    lines = []
    if (chars := number("max_characters")) is not None:
        lines.append(ProfileLine("max_characters", _t("Characters per post"),
                                 QLocale().toString(chars)))
    if (per_url := number("characters_reserved_per_url")) is not None:
        lines.append(ProfileLine("characters_reserved_per_url", _t("Characters per link"),
                                 QLocale().toString(per_url),
                                 _t("Every link counts as this many characters, however long "
                                    "it is.")))
    if (media := number("max_media")) is not None:
        lines.append(ProfileLine("max_media", _t("Images per post"), QLocale().toString(media)))
    return lines


def step_label(name: str) -> str:
    labels = {
        "profile": _t("Checking the server"),
        "publish": _t("Publishing"),
        "mentions": _t("Mentions"),
        "follow_requests": _t("Follow requests"),
        "watches": _t("Watched words"),
        "followers": _t("Followers"),
        "snapshot": _t("Daily counts"),
        "metrics": _t("Likes and boosts"),
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
        return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return format_local(moment, zone)


def step_lines(steps: Mapping[str, Mapping[str, Any]], zone: tzinfo) -> list[ProfileLine]:
    """Each sync step's last outcome: ok / failed (with the error) / not available on this
    server / not due — and when, in the owner's zone."""
    lines = []
    for name in SYNC_STEPS:
        step = steps.get(name)
        if not isinstance(step, Mapping):
            lines.append(ProfileLine(name, step_label(name), _t("not run yet"), state=""))
            continue
        state = str(step.get("state") or "")
        when = iso_local_text(step.get("at"), zone, short=True)
        error = " ".join(str(step.get("error") or "").split())
        if state == "ok":
            value = _t("ok · {time}").format(time=when) if when else _t("ok")
            explain = ""
        elif state == "error":
            value = _t("failed · {time}").format(time=when) if when else _t("failed")
            explain = _t("The other steps still ran; this one is tried again at the next "
                         "sync.")
        elif state == "absent":
            value = _t("not available on this server")
            explain = _t("mbdesk checks again later, in case the server adds it.")
        elif state == "skipped":
            value = _t("not due (ran {time})").format(time=when) if when else _t("not due")
            explain = _t("This step runs less often than every sync.")
        else:
            value, explain = state, ""
        lines.append(ProfileLine(name, step_label(name), value, explain, note=error,
                                 state=state))
    return lines
