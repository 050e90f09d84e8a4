"""``mbdesk schedule import FILE [--dry-run] [--json]`` and
``mbdesk schedule export (--csv FILE | --ics FILE)``, ``mbdesk schedule queue DRAFT_ID``.

Import checks every row first and schedules nothing when any row has a problem (exit 1, each
bad row listed with its reason) — fix the file and run it again; ``--dry-run`` only checks.
``--json`` prints one object::

    {"file": str, "encoding": "utf-8" | "utf-8-sig" | "",
     "problems": [str],                       # the file itself (encoding, missing columns)
     "rows": [{"line": int, "ok": bool, "account": str, "scheduled_at": UTC ISO | null,
               "timezone": str, "text": str, "media": str, "problems": [str]}],
     "valid": int, "invalid": int, "imported": [outbox id], "dry_run": bool}
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC
from pathlib import Path

from mbdesk.commands.context import CliContext
from mbdesk.commands.post import cli_zone
from mbdesk.domain.schedule_csv import ImportReport, describe
from mbdesk.errors import MbdeskError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("schedule", help="import or export the posting schedule")
    actions = parser.add_subparsers(dest="schedule_action", required=True)
    importing = actions.add_parser("import", help="schedule posts from a CSV file")
    importing.add_argument("file", help="CSV (UTF-8): datetime, account, text, link, media, "
                           "alt_text; optional timezone")
    importing.add_argument("--dry-run", action="store_true", help="check only, schedule nothing")
    importing.add_argument("--json", action="store_true", help="print the report as JSON")
    importing.add_argument("--allow-media-outside", action="store_true",
                           help="accept media paths outside the CSV's folder (absolute or ../); "
                           "only for a file you wrote yourself")
    importing.set_defaults(func=import_schedule)
    exporting = actions.add_parser("export", help="write the schedule to CSV or iCalendar")
    target = exporting.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", metavar="FILE", help="CSV in the import's columns")
    target.add_argument("--ics", metavar="FILE", help="iCalendar file for any calendar app")
    exporting.add_argument("--include-sent", action="store_true",
                           help="also posts already published")
    exporting.set_defaults(func=export_schedule)
    queue = actions.add_parser("queue", help="put a draft in the next free queue slot of each "
                               "target account (slots: Calendar → Queue slots)")
    queue.add_argument("draft", type=int, help="draft id")
    queue.add_argument("--account", metavar="NAME", action="append",
                       help="only this target account (repeatable)")
    queue.add_argument("--json", action="store_true",
                       help='print [{"outbox_id", "account", "scheduled_at"}]')
    queue.set_defaults(func=queue_draft)


def _iso(value) -> str | None:
    return value.replace(microsecond=0).isoformat() + "Z" if value else None


def report_record(path: Path, report: ImportReport, imported: list[int],
                  dry_run: bool) -> dict[str, object]:
    return {
        "file": str(path),
        "encoding": report.encoding,
        "problems": [describe(p) for p in report.problems],
        "rows": [{"line": r.line, "ok": r.ok,
                  "account": r.account.handle if r.account else r.raw.get("account", ""),
                  "scheduled_at": _iso(r.when), "timezone": r.zone_name, "text": r.body,
                  "media": r.media_path, "problems": [describe(p) for p in r.problems]}
                 for r in report.rows],
        "valid": len(report.valid),
        "invalid": len(report.invalid),
        "imported": imported,
        "dry_run": dry_run,
    }


def import_schedule(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.store import schedule_io

    path = Path(args.file)
    if not path.is_file():
        raise MbdeskError(f"Cannot read {path}.", hint="Check the path.")
    ctx.database()
    _, zone_name = cli_zone()
    report = schedule_io.check_import(path, zone_name,
                                      allow_media_outside=args.allow_media_outside)
    blocked = bool(report.problems or report.invalid)
    imported: list[int] = []
    if not blocked and not args.dry_run and report.valid:
        imported = schedule_io.import_rows(report.valid, ctx.workspace.media)
    if args.json:
        print(json.dumps(report_record(path, report, imported, args.dry_run),
                         ensure_ascii=False, indent=2))
    else:
        _print_report(report, imported, args.dry_run, blocked)
    return 1 if blocked else 0


def _print_report(report: ImportReport, imported: list[int], dry_run: bool,
                  blocked: bool) -> None:
    for problem in report.problems:
        print(f"file: {describe(problem)}", file=sys.stderr)
    for row in report.rows:
        if row.ok:
            handle = row.account.handle if row.account else ""
            print(f"line {row.line}: ok  {_iso(row.when)}  {handle}")
        else:
            for problem in row.problems:
                print(f"line {row.line}: {describe(problem)}", file=sys.stderr)
    valid, invalid = len(report.valid), len(report.invalid)
    if report.problems:
        print("Nothing imported.", file=sys.stderr)
    elif blocked:
        print(f"{valid} row(s) ok, {invalid} with problems: nothing imported. Fix the rows "
              "above and run the import again.", file=sys.stderr)
    elif dry_run:
        print(f"{valid} row(s) ok; nothing scheduled (--dry-run).")
    else:
        print(f"{len(imported)} post(s) scheduled.")


def queue_draft(args: argparse.Namespace, ctx: CliContext) -> int:
    """The composer's "Add to queue": the same service, checks and cadence warnings."""
    from mbdesk.commands.accounts import find_account
    from mbdesk.commands.drafts import problem_line
    from mbdesk.services.scheduling import SchedulingRefused
    from mbdesk.services.scheduling import queue_draft as queue_in_slots
    from mbdesk.store.models import Account, OutboxItem
    from mbdesk.store.post_queue import describe_warning

    ctx.database()
    zone, zone_name = cli_zone()
    accounts = [find_account(name).id for name in args.account] if args.account else None
    handles = {a.id: a.handle for a in Account.select(Account.id, Account.handle)}
    try:
        result = queue_in_slots(args.draft, zone, zone_name, ctx.workspace.media,
                                account_ids=accounts)
    except SchedulingRefused as exc:
        raise MbdeskError("Nothing was queued: " + " ".join(problem_line(p, handles)
                                                             for p in exc.problems),
                          hint="Fix the draft in the composer, then try again.") from None
    rows = {o.account_id: o.id for o in OutboxItem.select(OutboxItem.id, OutboxItem.account)
            .where(OutboxItem.id.in_(list(result.item_ids)))}
    for warning in result.warnings:  # as 'post' and the window: shown, never a refusal
        print(f"Warning: {describe_warning(warning, handles.get(warning.account_id, ''))}",
              file=sys.stderr)
    if args.json:
        print(json.dumps([{"outbox_id": rows.get(a), "account": handles.get(a, ""),
                           "scheduled_at": _iso(when)} for a, when in result.times.items()],
                         ensure_ascii=False, indent=2))
        return 0
    for account_id, when in result.times.items():
        local = when.replace(tzinfo=UTC).astimezone(zone)
        print(f"{handles.get(account_id, '')}: queued for {local:%Y-%m-%d %H:%M} "
              f"{zone_name or local.tzname()} (outbox {rows.get(account_id)})")
    return 0


def export_schedule(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.store import schedule_io

    ctx.database()
    zone, _ = cli_zone()
    try:
        if args.csv:
            Path(args.csv).write_text(schedule_io.export_csv(zone,
                                                             include_sent=args.include_sent),
                                      encoding="utf-8")
            print(f"Schedule written to {args.csv}.")
        else:
            Path(args.ics).write_bytes(schedule_io.export_ics(include_sent=args.include_sent))
            print(f"Calendar written to {args.ics}.")
    except OSError as exc:
        raise MbdeskError(f"Cannot write the file: {exc.strerror}.",
                          hint="Pick another folder.") from None
    return 0
