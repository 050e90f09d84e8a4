"""The window's options read without argparse give what argparse gives; anything else goes to
argparse (subcommands, help, mistakes)."""

from __future__ import annotations

import pytest

from mbdesk import cli

WINDOW_LINES = [
    [],
    ["--data-dir", "/tmp/shop"],
    ["--data-dir=/tmp/shop data"],
    ["--demo", "--language", "zh_CN"],
    ["--language=es", "--allow-plaintext-secrets", "--screenshot", "out"],
    ["--data-dir", "a", "--data-dir", "b"],  # the last one counts, as in argparse
    ["--data-dir", "面包店"],
]


@pytest.mark.parametrize("argv", WINDOW_LINES)
def test_window_options_read_as_argparse_reads_them(argv: list[str]) -> None:
    quick = cli._window_args(argv)
    assert quick is not None
    assert vars(quick) == vars(cli.build_parser(with_commands=False).parse_args(argv))
    assert vars(cli.parse(argv)) == vars(quick)


@pytest.mark.parametrize("argv", [
    ["accounts", "list"],
    ["--data-dir", "x", "post", "--text", "hola"],
    ["--help"], ["-h"], ["--version"],
    ["--data"],  # an abbreviation: argparse's to resolve
    ["--data-dir"],  # no value: argparse says so
    ["--data-dir", "--demo"],
    ["--demo=yes"],
    ["--nonsense"],
])
def test_anything_else_goes_to_argparse(argv: list[str]) -> None:
    assert cli._window_args(argv) is None


def test_subcommand_still_parses() -> None:
    args = cli.parse(["--data-dir", "x", "accounts", "list"])
    assert args.command == "accounts" and args.data_dir == "x"


def test_a_missing_value_is_argparses_error(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.parse(["--data-dir"])
    assert "expected one argument" in capsys.readouterr().err
