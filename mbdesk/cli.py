"""The one argument parser: GUI options and the headless subcommands under it."""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, NamedTuple

from mbdesk import __version__
from mbdesk.errors import known_error

if TYPE_CHECKING:
    import argparse


class WindowOption(NamedTuple):
    flag: str
    metavar: str | None  # None: a switch (store_true)
    help: str

    @property
    def dest(self) -> str:
        return self.flag.removeprefix("--").replace("-", "_")


# The window's own options: argparse adds them from here, and ``_window_args`` reads them
# without argparse (see there).
WINDOW_OPTIONS = (
    WindowOption("--data-dir", "DIR", "use DIR as the data folder"),
    WindowOption("--demo", None, "open the demo workspace (created on first use, kept apart)"),
    WindowOption("--screenshot", "OUTDIR",
                 "render each main view to OUTDIR/<view>.png offscreen and exit"),
    WindowOption("--language", "CODE", "interface language for this run (en, zh_CN, es)"),
    WindowOption("--allow-plaintext-secrets", None,
                 "if no secure keyring exists, keep tokens in a plaintext file"),
)

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
    import argparse

    parser = argparse.ArgumentParser(
        prog="mbdesk",
        description="Desktop console for a shop's microblog accounts. "
        "Without a subcommand it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"mbdesk {__version__}")
    for option in WINDOW_OPTIONS:
        if option.metavar is None:
            parser.add_argument(option.flag, action="store_true", help=option.help)
        else:
            parser.add_argument(option.flag, metavar=option.metavar, help=option.help)
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


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace | SimpleNamespace:
    """Read the window's options directly when that is all there is; else parse with the light
    window-only parser when no subcommand or help is asked for, else with the full one."""
    argv = list(sys.argv[1:] if argv is None else argv)
    window = _window_args(argv)
    if window is not None:
        return window
    if not any(arg in ("-h", "--help") for arg in argv):
        args, rest = build_parser(with_commands=False).parse_known_args(argv)
        if not rest:
            return args
    return build_parser().parse_args(argv)


def _window_args(argv: list[str]) -> SimpleNamespace | None:
    """The window's options (``WINDOW_OPTIONS``, ``--flag value`` or ``--flag=value``) read
    without argparse, whose import and parser cost ~5 ms of start-up before the window paints.
    None for anything else — a subcommand, ``--help``, ``--version``, an abbreviation, a
    missing value — which argparse then reads, with its messages."""
    options = {option.flag: option for option in WINDOW_OPTIONS}
    values: dict[str, object] = {option.dest: False if option.metavar is None else None
                                 for option in WINDOW_OPTIONS}
    args = iter(argv)
    for arg in args:
        flag, has_value, inline = arg.partition("=")
        option = options.get(flag)
        if option is None:
            return None
        if option.metavar is None:
            if has_value:
                return None
            values[option.dest] = True
            continue
        value = inline if has_value else next(args, None)
        if value is None or (not has_value and value.startswith("-")):
            return None
        values[option.dest] = value
    return SimpleNamespace(**values, command=None, func=None)
