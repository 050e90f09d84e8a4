"""``mbdesk count --platform P [--max-chars N] [--url-chars N] [--spoiler TEXT] TEXT``.

Prints ``{"count": C, "limit": L, "fits": true|false}`` by the platform's server rule. It needs
no data folder and opens no database, so it works before any account exists.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from typing import TYPE_CHECKING

from mbdesk.domain import text as text_rules

if TYPE_CHECKING:
    from mbdesk.commands.context import CliContext

COUNTABLE_PLATFORMS = (text_rules.MASTODON, text_rules.BLUESKY, text_rules.WEIBO,
                       text_rules.X)


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be greater than zero, got {number}")
    return number


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "count",
        help="count a post's length by a platform's rule and say whether it fits",
        description="Count TEXT the way the platform's server does and print "
        '{"count": C, "limit": L, "fits": true|false}.',
    )
    parser.add_argument("--platform", required=True, choices=COUNTABLE_PLATFORMS,
                        help="whose rule to apply")
    parser.add_argument("--max-chars", type=_positive_int, metavar="N",
                        help="the limit (Mastodon: the instance's max_characters; default 500, "
                        "Bluesky 300, Weibo 140, X 280)")
    parser.add_argument("--url-chars", type=_positive_int, metavar="N",
                        help="characters one link counts as (Mastodon: "
                        "characters_reserved_per_url, default 23; Weibo default 10)")
    parser.add_argument("--spoiler", default="", metavar="TEXT",
                        help="content warning text, counted too (Mastodon only)")
    parser.add_argument("text", metavar="TEXT",
                        help='the post text, or "-" to read it from stdin '
                        "(UTF-8; one final line break is dropped)")
    parser.set_defaults(func=functools.partial(run, parser=parser))


def _read_stdin() -> str:
    """The whole of stdin as UTF-8, less the one line break that ``echo`` adds."""
    data = sys.stdin.buffer.read().decode("utf-8")
    if data.endswith("\r\n"):
        return data[:-2]
    return data[:-1] if data.endswith("\n") else data


def run(args: argparse.Namespace, ctx: CliContext, *, parser: argparse.ArgumentParser) -> int:
    """Count and print; bad combinations are reported like argparse errors (exit 2)."""
    try:
        body = _read_stdin() if args.text == "-" else args.text
    except UnicodeDecodeError:
        parser.error("stdin is not UTF-8 text")
    if args.platform != text_rules.MASTODON and args.spoiler:
        parser.error(f"--spoiler applies to mastodon only; {args.platform} has no content warning")
    if args.platform == text_rules.BLUESKY and args.url_chars is not None:
        parser.error("--url-chars does not apply to bluesky: links count at their full length")
    result = text_rules.count(
        args.platform, body, spoiler_text=args.spoiler,
        max_characters=args.max_chars, url_chars=args.url_chars,
    )
    print(json.dumps({"count": result.count, "limit": result.limit, "fits": result.fits}))
    return 0
