"""SecretStore against keyring backends made for the test: round trip, no backend, refusals.

Also the command line as a user without a keyring meets it (``accounts list`` / ``accounts add``
in a subprocess, with keyring's fail backend chosen through ``PYTHON_KEYRING_BACKEND``).
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest

from mbdesk.errors import SecretStoreError, SecretStoreUnavailable
from mbdesk.secrets import (
    NO_BACKEND_MESSAGE,
    SERVICE,
    SecretStore,
    backend_name,
    has_secure_backend,
)

REPO = Path(__file__).resolve().parents[1]
TOKEN = "tok-Zq8v3-very-secret-令牌"  # made up; the tests look for it in every message


class DictKeyring(keyring.backend.KeyringBackend):
    """An in-memory keyring, counted as secure (priority > 0)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


class RefusingKeyring(keyring.backend.KeyringBackend):
    """A keyring that is there but says no, the way a locked or denied Secret Service does.

    Its exception messages carry the token on purpose: SecretStore must not pass them on.
    """

    priority = 1  # type: ignore[assignment]

    def __init__(self, error: type[keyring.errors.KeyringError]) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error(f"locked while reading {username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error(f"could not store {password!r} for {username}")

    def delete_password(self, service: str, username: str) -> None:
        raise self.error(f"locked while deleting {username}")


@pytest.fixture
def use_backend() -> Iterator[Callable[[keyring.backend.KeyringBackend], None]]:
    """Install a backend for one test and put the previous one back afterwards."""
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


@pytest.fixture
def dict_keyring(use_backend) -> DictKeyring:
    backend = DictKeyring()
    use_backend(backend)
    return backend


@pytest.fixture
def no_keyring(use_backend) -> None:
    use_backend(keyring.backends.fail.Keyring())


def assert_token_absent(exc: SecretStoreError) -> None:
    for text in (str(exc), exc.message, exc.hint, repr(exc.args)):
        assert TOKEN not in text


# -- a secure backend --------------------------------------------------------------------------


def test_round_trip_through_the_keyring(dict_keyring: DictKeyring, tmp_path: Path) -> None:
    store = SecretStore(tmp_path / "plain.json")
    assert store.secure
    assert store.get_token("acct-1") is None

    store.set_token("acct-1", TOKEN)
    store.set_token("acct-2", "other")
    assert dict_keyring.items[(SERVICE, "acct-1")] == TOKEN
    assert store.get_token("acct-1") == TOKEN
    assert store.get_token("acct-2") == "other"

    store.set_token("acct-1", TOKEN + "-renewed")
    assert store.get_token("acct-1") == TOKEN + "-renewed"

    store.delete_token("acct-1")
    assert store.get_token("acct-1") is None
    assert store.get_token("acct-2") == "other"
    store.delete_token("acct-1")  # deleting what is gone is not an error
    assert not (tmp_path / "plain.json").exists()


def test_secure_backend_never_writes_plaintext(dict_keyring: DictKeyring, tmp_path: Path) -> None:
    """Even with the opt-in set, a working keyring is used and no file appears."""
    store = SecretStore(tmp_path / "plain.json", allow_plaintext=True)
    store.set_token("acct-1", TOKEN)
    assert dict_keyring.items[(SERVICE, "acct-1")] == TOKEN
    assert list(tmp_path.iterdir()) == []


# -- no secure backend -------------------------------------------------------------------------


def test_fail_backend_is_not_secure(no_keyring) -> None:
    assert not has_secure_backend()
    assert backend_name() == "keyring.backends.fail.Keyring"


def test_fail_backend_refuses_to_store(no_keyring, tmp_path: Path) -> None:
    plain = tmp_path / "plain.json"
    store = SecretStore(plain)
    assert not store.secure

    with pytest.raises(SecretStoreError) as caught:
        store.set_token("acct-1", TOKEN)

    assert caught.value.message == NO_BACKEND_MESSAGE
    assert "No secure keyring" in str(caught.value)
    assert "plaintext" in caught.value.hint  # says how to opt in
    assert_token_absent(caught.value)
    assert not plain.exists()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(SecretStoreUnavailable):  # not "no token": the keyring cannot say
        store.get_token("acct-1")
    store.delete_token("acct-1")  # nothing to delete, no error


def test_plaintext_opt_in_writes_a_private_file(no_keyring, tmp_path: Path) -> None:
    plain = tmp_path / "plain.json"
    store = SecretStore(plain, allow_plaintext=True)

    store.set_token("acct-1", TOKEN)
    store.set_token("acct-2", "other")

    assert stat.S_IMODE(plain.stat().st_mode) == 0o600
    assert json.loads(plain.read_text("utf-8")) == {"acct-1": TOKEN, "acct-2": "other"}
    assert store.get_token("acct-1") == TOKEN
    assert not plain.with_suffix(".tmp").exists()

    store.delete_token("acct-1")
    with pytest.raises(SecretStoreUnavailable):  # maybe in a keyring that is out of reach
        store.get_token("acct-1")
    assert json.loads(plain.read_text("utf-8")) == {"acct-2": "other"}
    assert stat.S_IMODE(plain.stat().st_mode) == 0o600


def test_plaintext_opt_in_needs_a_file(no_keyring) -> None:
    with pytest.raises(SecretStoreError):
        SecretStore(None, allow_plaintext=True).set_token("acct-1", TOKEN)


# -- a backend that refuses --------------------------------------------------------------------


@pytest.mark.parametrize(
    "error", [keyring.errors.KeyringLocked, keyring.errors.PasswordSetError]
)
def test_refused_save_is_a_known_error(use_backend, tmp_path: Path, error) -> None:
    use_backend(RefusingKeyring(error))
    store = SecretStore(tmp_path / "plain.json", allow_plaintext=True)
    assert store.secure

    with pytest.raises(SecretStoreError) as caught:
        store.set_token("acct-1", TOKEN)

    assert "refused" in caught.value.message
    assert error.__name__ in caught.value.message
    assert caught.value.hint
    assert_token_absent(caught.value)
    assert list(tmp_path.iterdir()) == []  # no fallback to plaintext behind the user's back


def test_refused_read_and_delete_are_known_errors(use_backend) -> None:
    use_backend(RefusingKeyring(keyring.errors.KeyringLocked))
    store = SecretStore()
    with pytest.raises(SecretStoreError, match="refused to read"):
        store.get_token("acct-1")
    with pytest.raises(SecretStoreError, match="refused to delete"):
        store.delete_token("acct-1")


# -- the command line --------------------------------------------------------------------------


def run_cli(*args: str, data_dir: Path, env: dict[str, str] | None = None, stdin: str = ""):
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(data_dir), *args],
        cwd=REPO,
        env=full_env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_cli_lists_no_accounts_as_empty_json(tmp_path: Path) -> None:
    result = run_cli("accounts", "list", "--json", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def _accounts_add_argv() -> list[str] | None:
    """Arguments that satisfy ``accounts add``'s parser, or None while the command is missing.

    Choices take their first value, URLs point at a closed local port, anything else is "x", and
    the token comes on stdin when the command can take it there; the keyring check must come
    before any of them is used.
    """
    import argparse

    from mbdesk.cli import build_parser

    def subparsers_of(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                return dict(action.choices)
        return {}

    accounts = subparsers_of(build_parser()).get("accounts")
    add = subparsers_of(accounts).get("add") if accounts else None
    if add is None:
        return None
    argv = ["accounts", "add"]
    for action in add._actions:
        if not (action.required or not action.option_strings) or action.nargs == 0:
            continue
        if isinstance(action, argparse._SubParsersAction):
            return None  # a nested layout this probe does not know how to fill
        value = str(next(iter(action.choices))) if action.choices else "x"
        if "url" in action.dest or "instance" in action.dest or "server" in action.dest:
            value = "http://127.0.0.1:9"
        argv += [action.option_strings[0], value] if action.option_strings else [value]
    if "--token-stdin" in add._option_string_actions:
        argv.append("--token-stdin")
    return argv


def test_cli_accounts_add_says_there_is_no_keyring(tmp_path: Path) -> None:
    argv = _accounts_add_argv()
    if argv is None:
        pytest.skip("`mbdesk accounts add` does not exist yet")
    data = tmp_path / "data"
    no_keyring_env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = run_cli(*argv, data_dir=data, env=no_keyring_env, stdin=TOKEN + "\n")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert NO_BACKEND_MESSAGE in " ".join(output.split())
    assert TOKEN not in output
    assert not (data / "plaintext-secrets.json").exists()

    listed = run_cli("accounts", "list", "--json", data_dir=data, env=no_keyring_env)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []  # no half-added account left behind
