"""``mbdesk media list [--search TEXT] [--json]``: the media library from the command line.

The library is brought up to date first (images of drafts and posts added since the last
look). ``--json`` fields: ``id``, ``file_name``, ``path``, ``alt_text``, ``alt_edited`` (the
owner's own text, offered from now on), ``mime_type``, ``width``, ``height``, ``size_bytes``,
``sha256``, ``last_used_at`` (UTC ISO 8601 "Z"), ``missing`` (the file is gone).
"""

from __future__ import annotations

import argparse
import json

from mbdesk.commands.context import CliContext
from mbdesk.commands.outbox import iso
from mbdesk.domain.terminal import cell, terminal_safe


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("media", help="the media library: images used before")
    actions = parser.add_subparsers(dest="media_action", required=True)
    listing = actions.add_parser("list", help="list library images, most recently used first")
    listing.add_argument("--search", default="", metavar="TEXT",
                         help="only images whose alt text or file name contains TEXT")
    listing.add_argument("--json", action="store_true", help="print JSON (stable format)")
    listing.add_argument("--limit", type=int, default=10_000, metavar="N")
    listing.set_defaults(func=list_cmd)


def list_cmd(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.store.media_library import list_images, refresh_library

    ctx.database()
    refresh_library()
    records = []
    while len(records) < max(1, args.limit):
        page = list_images(args.search, offset=len(records),
                           limit=min(500, args.limit - len(records)))
        records += [{"id": i.id, "file_name": i.file_name, "path": i.path,
                     "alt_text": i.alt_text, "alt_edited": i.alt_edited,
                     "mime_type": i.mime_type, "width": i.width, "height": i.height,
                     "size_bytes": i.size_bytes, "sha256": i.sha256,
                     "last_used_at": iso(i.last_used_at), "missing": i.missing} for i in page]
        if len(page) < 500:
            break
    if args.json:
        print(json.dumps(records, ensure_ascii=False))
        return 0
    for r in records:
        size = f"{r['width']}×{r['height']}" if r["width"] else "?"
        mark = "  (file missing)" if r["missing"] else ""
        alt = r["alt_text"] or "(no alt text)"
        print(f"#{r['id']:<6} {cell(r['file_name'], 40)} {size:>11}  "
              f"{terminal_safe(alt[:60], one_line=True)}{mark}")
    if not records:
        print("No library images match." if args.search.strip() else
              "The library is empty: images added to drafts or posts appear here.")
    return 0
