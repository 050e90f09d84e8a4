"""``mbdesk backup [FILE]``, ``mbdesk restore FILE [--yes]``, ``mbdesk export DIR``.

The same store functions the File menu uses (``store.archive``). ``restore`` takes the
workspace's instance lock, so it refuses while the window has the workspace open.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mbdesk.store import archive

if TYPE_CHECKING:
    from mbdesk.commands.context import CliContext


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup", help="write a backup of the workspace (database and images) to a zip file",
        description="Write a consistent backup of the database and images. Without FILE it goes "
        "to the workspace's backups folder. Tokens are not included (they stay in the keyring).")
    backup.add_argument("file", nargs="?", metavar="FILE", help="where to write the .zip")
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser(
        "restore", help="replace the workspace with a backup (the current one is kept aside)",
        description="Show what FILE holds, then put it in place of the current database. The "
        "current database is first copied to backups/before-restore-<time>.sqlite3. Close the "
        "mbdesk window first.")
    restore.add_argument("file", metavar="FILE",
                         help="a backup zip, or a .sqlite3 copy from the backups folder")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(func=run_restore)
    export = subparsers.add_parser(
        "export", help="write every table as CSV plus the images into a folder",
        description="Write every table of the workspace as DIR/<table>.csv and the images into "
        "DIR/media, for use in other programs. DIR must be new or empty.")
    export.add_argument("dir", metavar="DIR")
    export.set_defaults(func=run_export)


def run_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.database()  # creates or migrates it, like every command
    target = archive.backup_now(ctx.workspace, Path(args.file) if args.file else None)
    print(f"Backup written: {target}")
    return 0


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.instance_lock import InstanceLock
    from mbdesk.paths import prepare_workspace

    ws = ctx.workspace
    prepare_workspace(ws)
    with InstanceLock(ws.lock_file):
        summary = archive.stage_restore(ws, Path(args.file))
        print(describe(summary))
        if not args.yes and not _confirmed():
            archive.discard_staged_restore(ws)
            print("Nothing was changed.")
            return 1
        kept = archive.apply_staged_restore(ws)
    ctx.database()  # an older backup is brought to this version's format now
    print("Restored." + (f" The previous database was kept as {kept}." if kept else ""))
    print("Tokens are not part of a backup: on another computer, sign in to each account again.")
    return 0


def _confirmed() -> bool:
    if not sys.stdin.isatty():
        print("Run again with --yes to restore without a question.", file=sys.stderr)
        return False
    answer = input("Replace the current workspace with this backup? [y/N] ")
    return answer.strip().lower() in {"y", "yes"}


def describe(summary: archive.BackupSummary) -> str:
    made = summary.created_at.strftime("%Y-%m-%d %H:%M UTC") if summary.created_at else "unknown"
    counts = ", ".join(f"{n:,} {key}" for key, n in summary.counts.items())
    return (f"Backup {summary.path.name}\n  made: {made}\n  holds: {counts}, "
            f"{summary.media_files:,} images")


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.database()
    rows = archive.export_workspace(ctx.workspace, Path(args.dir))
    print(f"Exported {len(rows)} tables ({sum(rows.values()):,} rows) and the images to {args.dir}")
    return 0
