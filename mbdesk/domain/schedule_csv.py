"""CSV bulk import of scheduled posts: read and check every row, report before anything is
scheduled.

Columns (header row, any order, case-insensitive; ``,`` ``;`` or tab separated):
``datetime`` (or ``date`` + ``time``), optional ``timezone``, ``account``, ``text``, optional
``link``, ``media`` (a file path, relative to the CSV's folder and inside it unless the owner
confirms otherwise; a real image by its content) and ``alt_text``. A time with an
offset (``2026-05-04T09:00+02:00``, ``…Z``) or a zone name after it (``2026-05-04 09:00
Europe/Madrid``) is taken as given; otherwise it is in the row's ``timezone`` or the user's zone.

Each problem is a :class:`Problem` (a code and its details) so the window can word it in the
interface language; :func:`describe` words it in English for the command line. Pure Python:
the caller passes the accounts, the zone and "now"; only media files are looked at on disk.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mbdesk.domain.csv_safe import unguard
from mbdesk.domain.planning import in_gap, wall_to_utc
from mbdesk.domain.schedule import HORIZON_YEARS, beyond_horizon

COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "datetime": ("datetime", "date/time", "date_time", "when", "scheduled_at", "scheduled"),
    "date": ("date", "day"),
    "time": ("time", "hour"),
    "timezone": ("timezone", "time zone", "zone", "tz"),
    "account": ("account", "handle"),
    "text": ("text", "body", "content", "message"),
    "link": ("link", "url"),
    "media": ("media", "media path", "media_path", "image", "file"),
    "alt_text": ("alt_text", "alt text", "alt", "description"),
    "campaign": ("campaign", "utm_campaign"),
}
MAX_ROWS = 5000
YEAR_LIMIT = 9998  # later years overflow when a zone or offset is applied


@dataclass(frozen=True)
class Problem:
    """Codes: encoding, empty_file, no_header, missing_columns, too_many_rows (file level);
    no_date, bad_date, bad_zone, dst_gap, past, too_far, no_account, unknown_account, no_text,
    too_long, unknown_platform, no_media, media_outside, bad_media, alt_without_media,
    extra_fields, refused (a check of ``store.post_queue``; ``reason`` in English) (per row)."""

    code: str
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AccountInfo:
    """What the checks need of an account (from the store)."""

    id: int
    handle: str
    platform: str
    count_options: Mapping[str, int] = field(default_factory=dict)


@dataclass
class ImportRow:
    line: int  # 1-based line in the file (the header is line 1)
    raw: dict[str, str]
    problems: list[Problem] = field(default_factory=list)
    account: AccountInfo | None = None
    when: datetime | None = None  # naive UTC
    zone_name: str = ""
    body: str = ""
    media_path: str = ""
    alt_text: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class ImportReport:
    rows: list[ImportRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # the file itself
    encoding: str = ""

    @property
    def valid(self) -> list[ImportRow]:
        return [r for r in self.rows if r.ok] if not self.problems else []

    @property
    def invalid(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def importable(self) -> bool:
        """Something to import and no file-level problem."""
        return not self.problems and bool(self.valid)


Counter = Callable[[str, str, Mapping[str, int]], tuple[int, int, bool] | None]


def _default_counter(platform: str, body: str, options: Mapping[str, int]
                     ) -> tuple[int, int, bool] | None:
    from mbdesk.domain import text as text_rules

    try:
        counted = text_rules.count(platform, body, **dict(options))
    except ValueError:
        return None
    return counted.count, counted.limit, counted.fits


def decode(data: bytes) -> tuple[str, str] | Problem:
    """UTF-8 (with or without a byte-order mark); anything else is reported, never guessed."""
    for encoding in ("utf-8", "utf-8-sig"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            error = exc
            continue
        return text.lstrip("\ufeff"), encoding
    line = data[:error.start].count(b"\n") + 1
    return Problem("encoding", {"line": line, "byte": f"0x{data[error.start]:02X}"})


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for position, name in enumerate(header):
        key = " ".join(name.strip().lower().replace("-", " ").split())
        for column, aliases in COLUMN_ALIASES.items():
            if key in aliases or key.replace(" ", "_") in aliases:
                found.setdefault(column, position)
    return found


def parse_when(value: str, zone_name: str, default_zone: str) -> tuple[datetime, str] | Problem:
    """The time as naive UTC and the zone it was meant in; a Problem when unreadable, in an
    unknown zone, or inside a DST gap."""
    text = " ".join(value.strip().split())
    if not text:
        return Problem("no_date")
    words = text.split(" ")
    if len(words) >= 2 and "/" in words[-1] and not words[-1][0].isdigit():
        zone_name, text = words[-1], " ".join(words[:-1])
    text = text.replace("/", "-")
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return Problem("bad_date", {"value": value.strip()})
    if parsed.year > YEAR_LIMIT:  # year 9999 would overflow once a zone is applied
        return Problem("too_far", {"value": value.strip(), "years": HORIZON_YEARS})
    if parsed.tzinfo is not None:
        return parsed.astimezone(UTC).replace(tzinfo=None), zone_name or ""
    name = zone_name or default_zone
    try:
        zone = ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return Problem("bad_zone", {"zone": name})
    if in_gap(parsed, zone):
        return Problem("dst_gap", {"value": value.strip(), "zone": name})
    return wall_to_utc(parsed, zone), name


def check_csv(data: bytes, *, accounts: Mapping[str, AccountInfo], default_zone: str,
              now: datetime, base_dir: Path | None = None,
              counter: Counter = _default_counter,
              allow_media_outside: bool = False) -> ImportReport:
    """Read the CSV and check every row. ``accounts`` maps lower-cased names (handle, its user
    part, the id as text) to accounts; ``now`` is naive UTC. A ``media`` path must stay inside
    ``base_dir`` (the CSV's folder) unless the owner confirmed ``allow_media_outside``."""
    report = ImportReport()
    decoded = decode(data)
    if isinstance(decoded, Problem):
        report.problems.append(decoded)
        return report
    text, report.encoding = decoded
    if not text.strip():
        report.problems.append(Problem("empty_file"))
        return report
    try:  # only the separator is sniffed (from the header); quoting is always Excel's
        delimiter = csv.Sniffer().sniff(text.split("\n", 1)[0] + "\n",
                                        delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        report.problems.append(Problem("no_header"))
        return report
    columns = _columns(header)
    missing = [name for name in ("account", "text") if name not in columns]
    if "datetime" not in columns and not {"date", "time"} <= columns.keys():
        missing.insert(0, "datetime")
    if missing:
        report.problems.append(Problem("missing_columns", {
            "missing": missing, "found": [h.strip() for h in header]}))
        return report
    line = 1
    try:
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(report.rows) >= MAX_ROWS:
                report.problems.append(Problem("too_many_rows", {"max": MAX_ROWS}))
                break
            # unguard: our own export marks formula-like cells with a "'" (csv_safe)
            raw = {name: (unguard(values[pos].strip()) if pos < len(values) else "")
                   for name, pos in columns.items()}
            row = ImportRow(line=line, raw=raw)
            if len(values) > len(header) and any(v.strip() for v in values[len(header):]):
                row.problems.append(Problem("extra_fields", {"count": len(values),
                                                             "expected": len(header)}))
            _check_row(row, accounts, default_zone, now, base_dir, counter,
                       allow_media_outside)
            report.rows.append(row)
    except csv.Error as exc:
        report.problems.append(Problem("bad_csv", {"line": line + 1, "error": str(exc)}))
    return report


def _check_row(row: ImportRow, accounts: Mapping[str, AccountInfo], default_zone: str,
               now: datetime, base_dir: Path | None, counter: Counter,
               allow_media_outside: bool = False) -> None:
    raw = row.raw
    stamp = raw.get("datetime") or f"{raw.get('date', '')} {raw.get('time', '')}".strip()
    when = parse_when(stamp, raw.get("timezone", ""), default_zone)
    if isinstance(when, Problem):
        row.problems.append(when)
    else:
        row.when, row.zone_name = when
        if row.when <= now:
            row.problems.append(Problem("past", {"value": stamp}))
        elif beyond_horizon(row.when, now):
            row.problems.append(Problem("too_far", {"value": stamp, "years": HORIZON_YEARS}))
    name = raw.get("account", "").strip().lstrip("@").lower()
    if not name:
        row.problems.append(Problem("no_account"))
    else:
        row.account = accounts.get(name)
        if row.account is None:
            row.problems.append(Problem("unknown_account", {"account": raw["account"]}))
    text = raw.get("text", "")
    link = raw.get("link", "")
    row.body = f"{text}\n{link}".strip() if link and link not in text else text
    media = raw.get("media", "")
    row.alt_text = raw.get("alt_text", "")
    if media:
        path = Path(media).expanduser()
        outside = path.is_absolute() or ".." in path.parts
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
            # a link inside the folder may still point out of it
            outside = outside or not path.resolve().is_relative_to(base_dir.resolve())
        if outside and not allow_media_outside:
            # a shared CSV must not pick files from elsewhere on this computer (/etc/shadow)
            row.problems.append(Problem("media_outside", {"path": media}))
        elif not path.is_file():
            row.problems.append(Problem("no_media", {"path": media}))
        else:
            from mbdesk.domain.images import ImageProblem, describe_problem, inspect_image

            try:
                inspect_image(path)  # the one content check, shown before anything is queued
            except ImageProblem as exc:
                row.problems.append(Problem("bad_media", {"path": media, "code": exc.code,
                                                          "reason": describe_problem(exc)}))
        row.media_path = str(path)
    elif row.alt_text:
        row.problems.append(Problem("alt_without_media"))
    if not row.body and not media:
        row.problems.append(Problem("no_text"))
    if row.account is not None and row.body:
        counted = counter(row.account.platform, row.body, row.account.count_options)
        if counted is None:
            row.problems.append(Problem("unknown_platform", {"platform": row.account.platform}))
        elif not counted[2]:
            row.problems.append(Problem("too_long", {"count": counted[0], "limit": counted[1],
                                                     "account": row.account.handle,
                                                     "platform": row.account.platform}))


_ENGLISH = {
    "encoding": "The file is not UTF-8 text (byte {byte} on line {line}). Save it as "
                "\"CSV UTF-8\" and import it again.",
    "empty_file": "The file is empty.",
    "no_header": "The file has no header row.",
    "bad_csv": "The CSV cannot be read at line {line}: {error}.",
    "missing_columns": "Missing column(s): {missing}. The header has: {found}.",
    "too_many_rows": "More than {max} rows; split the file.",
    "no_date": "No date/time.",
    "bad_date": "Cannot read the date/time {value!r} (use e.g. 2026-05-04 09:00).",
    "bad_zone": "Unknown time zone {zone!r}.",
    "dst_gap": "{value} does not exist in {zone}: the clocks skip that hour (daylight saving "
               "time).",
    "past": "{value} is in the past.",
    "too_far": "{value} is more than {years} years ahead; check the year.",
    "no_account": "No account.",
    "unknown_account": "Unknown account {account!r}.",
    "no_text": "No text and no media.",
    "too_long": "The text is {count} long; {account} ({platform}) accepts {limit}.",
    "unknown_platform": "mbdesk cannot count text for the platform {platform!r}.",
    "no_media": "Media file not found: {path}.",
    "media_outside": "The media file {path} is outside the CSV's folder (an absolute or ../ "
                     "path); move it next to the CSV, or confirm files outside it "
                     "(--allow-media-outside).",
    "bad_media": "{reason}",
    "refused": "{reason}",
    "alt_without_media": "Alt text given without a media file.",
    "extra_fields": "The row has {count} fields; the header has {expected}.",
}


def describe(problem: Problem) -> str:
    """English wording (command line); the window words the same codes in its own language."""
    detail = dict(problem.detail)
    for key in ("missing", "found"):
        if isinstance(detail.get(key), list):
            detail[key] = ", ".join(detail[key]) or "-"
    return _ENGLISH.get(problem.code, problem.code).format(**detail)
