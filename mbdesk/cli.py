"""The one argument parser: GUI options and the headless subcommands under it."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
from collections.abc import Iterator, Sequence

from mbdesk import __version__
from mbdesk.errors import known_error

# Subcommand modules, imported only when the command line names a subcommand (or asks for
# --help): opening the window must not pay for the sync engine, requests or keyring.
COMMAND_MODULES = (
    "mbdesk.commands.accounts",
    "mbdesk.commands.post",
    "mbdesk.commands.sync",
    "mbdesk.commands.outbox",
    "mbdesk.commands.inbox",
    "mbdesk.commands.count",
    "mbdesk.commands.drafts",
    "mbdesk.commands.schedule",
    "mbdesk.commands.followers",
    "mbdesk.commands.stats",
    "mbdesk.commands.workspace",
    "mbdesk.commands.media",
    "mbdesk.commands.feeds",
    "mbdesk.commands.competitors",
)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mbdesk",
        description="Desktop console for a shop's microblog accounts. "
        "Without a subcommand it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"mbdesk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="use DIR as the data folder")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo workspace (created on first use, kept apart)")
    parser.add_argument("--screenshot", metavar="OUTDIR",
                        help="render each main view to OUTDIR/<view>.png offscreen and exit")
    parser.add_argument("--language", metavar="CODE",
                        help="interface language for this run (en, zh_CN, es)")
    parser.add_argument("--allow-plaintext-secrets", action="store_true",
                        help="if no secure keyring exists, keep tokens in a plaintext file")
    if not with_commands:
        parser.set_defaults(command=None, func=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


# What a shell reports for a process that a closed pipe stopped (128 + SIGPIPE), as for
# ``git log | head``.
EXIT_BROKEN_PIPE = 141


def _command_name(args: argparse.Namespace) -> str:
    action = getattr(args, f"{args.command}_action", None)
    return f"{args.command} {action}" if action else str(args.command)


def run_command(args: argparse.Namespace) -> int:
    """Run a headless subcommand; known errors print a clear message and exit 2.

    The command logs to the workspace's log file like the window (``command_logging``). When
    whoever reads standard output goes away (``mbdesk inbox list --json | head``) the command
    ends quietly with 141, the way ``git log | head`` does, instead of a BrokenPipeError
    traceback.
    """
    from mbdesk.commands.context import CliContext
    from mbdesk.logging_setup import command_logging

    bad = _not_utf8(args)
    if bad is not None:  # a text that is not UTF-8 cannot be stored, counted or sent
        print(f"mbdesk: the argument {bad} is not valid UTF-8 text.", file=sys.stderr)
        print("  Check the terminal's or the script's encoding (UTF-8) and try again.",
              file=sys.stderr)
        return 2
    ctx = CliContext(args)
    log = logging.getLogger("mbdesk.cli")
    name = _command_name(args)
    with command_logging(ctx.workspace.logs), _safe_output():
        log.info("mbdesk %s: %s started (pid %d)", __version__, name, os.getpid())
        try:
            code = int(args.func(args, ctx))
            sys.stdout.flush()  # a closed pipe shows here, not at exit
        except BrokenPipeError:
            _silence_stdout()
            log.info("%s stopped: standard output was closed", name)
            return EXIT_BROKEN_PIPE
        except Exception as exc:
            known = known_error(exc)  # also a full disk behind "cannot rollback"
            if known is None:
                log.exception("%s failed", name)
                raise
            log.warning("%s failed: %s", name, known.message, exc_info=known is not exc)
            print(f"mbdesk: {known.message}", file=sys.stderr)
            if known.hint:
                print(f"  {known.hint}", file=sys.stderr)
            return 2
        log.info("%s ended with code %d", name, code)
        return code


@contextlib.contextmanager
def _safe_output() -> Iterator[None]:
    """Every line a command prints goes through ``terminal_safe``: a server's text (a mention,
    a name, an error) can never send an escape sequence to the terminal (issue 12)."""
    from mbdesk.domain.terminal import SafeStream

    saved = sys.stdout, sys.stderr
    sys.stdout = SafeStream(saved[0])  # type: ignore[assignment]
    sys.stderr = SafeStream(saved[1])  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def _not_utf8(args: argparse.Namespace) -> str | None:
    """The first argument that arrived as bytes that are not UTF-8 (Python keeps them as lone
    surrogates), shown escaped; None when all are text. The data folder may be any path."""
    for name, value in vars(args).items():
        if name == "data_dir" or callable(value):
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    return ascii(item)
    return None


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file behind stdout (tests)
        pass


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse with the light window-only parser when no subcommand or help is asked for."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not any(arg in ("-h", "--help") for arg in argv):
        args, rest = build_parser(with_commands=False).parse_known_args(argv)
        if not rest:
            return args
    return build_parser().parse_args(argv)
