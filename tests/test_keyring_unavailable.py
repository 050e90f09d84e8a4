"""Issue 12, defect 2: a keyring that is briefly unavailable is its own state, never an ended
sign-in. The account keeps its authorization, the run ends with "keyring not available", and
the next run after the keyring is back publishes.

Unit tests use keyring backends that cannot answer (keyring's fail backend, one raising
``KeyringLocked`` / ``InitError``); the ``keyring_real`` tests switch a real Secret Service off
for a child process by removing ``DBUS_SESSION_BUS_ADDRESS``, as a user without a session bus
would run ``mbdesk sync --once``.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest

from mbdesk.errors import SecretStoreError, SecretStoreUnavailable
from mbdesk.secrets import SERVICE, SecretStore
from mbdesk.store import outbox
from mbdesk.store.models import Account, AccountStatus, OutboxItem, OutboxState, Platform
from mbdesk.sync.engine import SyncState

ROOT = Path(__file__).resolve().parents[1]
STATUSES = "/api/v1/statuses"


class UnavailableKeyring(keyring.backend.KeyringBackend):
    """A secure backend that cannot answer right now (locked, daemon gone)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, error: type[Exception]) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error("the keyring is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise self.error("the keyring is locked")


UNAVAILABLE = {
    "fail-backend": lambda: keyring.backends.fail.Keyring(),
    "locked": lambda: UnavailableKeyring(keyring.errors.KeyringLocked),
    "init-error": lambda: UnavailableKeyring(keyring.errors.InitError),
}


@pytest.mark.parametrize("backend", sorted(UNAVAILABLE))
def test_an_unavailable_keyring_is_not_an_absent_token(backend: str, tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(UNAVAILABLE[backend]())
    try:
        for store in (SecretStore(), SecretStore(tmp_path / "plain.json", allow_plaintext=True)):
            with pytest.raises(SecretStoreUnavailable) as caught:
                store.get_token("acct-1")
            assert isinstance(caught.value, SecretStoreError)  # still a known error
            assert caught.value.hint
    finally:
        keyring.set_keyring(previous)


def test_the_keyring_still_says_when_no_token_is_stored(memory_keyring) -> None:
    assert SecretStore().get_token("never-stored") is None


@pytest.mark.parametrize("backend", sorted(UNAVAILABLE))
def test_sync_keeps_the_sign_in_and_publishes_once_the_keyring_is_back(
        backend: str, server, account: int, engine, memory_keyring) -> None:
    item_id = outbox.enqueue(account, Platform.MASTODON, "Rye loaves at noon")
    keyring.set_keyring(UNAVAILABLE[backend]())
    try:
        result = engine.run_account(account)
    finally:
        keyring.set_keyring(memory_keyring)
    assert result.state == SyncState.KEYRING
    assert "keyring is not available" in result.message
    assert result.next_due_at is None  # retried on the backoff, not every second
    row = Account.get_by_id(account)
    assert row.status == AccountStatus.ACTIVE and row.sync_state == SyncState.KEYRING
    assert OutboxItem.get_by_id(item_id).state == OutboxState.QUEUED
    assert server.requests_to(STATUSES, "POST") == []

    again = engine.run_account(account)
    assert again.state == SyncState.OK and again.published == 1
    assert OutboxItem.get_by_id(item_id).state == OutboxState.SENT
    assert Account.get_by_id(account).status == AccountStatus.ACTIVE


def test_the_window_names_the_state(qapp) -> None:
    from mbdesk.ui.models.accounts import sync_state_label

    assert sync_state_label(SyncState.KEYRING) == "Keyring not available"


def _sync_once(root: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mbdesk", "--data-dir", str(root), "sync",
                           "--once", "--timeout", "5"], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=120, check=False)


def test_sync_once_without_a_keyring_does_not_drop_sign_ins(server, workspace, db) -> None:
    """``mbdesk sync --once`` in a process whose keyring is keyring's fail backend."""
    account = Account.create(platform=Platform.MASTODON, instance_url=server.url,
                             handle=f"shop@{server.domain}", remote_id=server.me_id)
    env = {**os.environ, "PYTHONPATH": str(ROOT),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = _sync_once(workspace.root, env)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "keyring" in done.stdout
    assert "authorize" not in done.stdout.lower()
    account = Account.get_by_id(account.id)
    assert account.status == AccountStatus.ACTIVE and account.sync_state == SyncState.KEYRING


# --- a real Secret Service switched off for one process ---------------------------------------


@pytest.fixture
def secret_service() -> Iterator[None]:
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.mark.keyring_real
@pytest.mark.skipif(os.environ.get("MBDESK_REAL_KEYRING") != "1",
                    reason="needs a real Secret Service: run via bash scripts/test.sh")
def test_sync_once_without_the_session_bus_keeps_the_sign_in(
        secret_service, server, workspace, db) -> None:
    """``env -u DBUS_SESSION_BUS_ADDRESS mbdesk sync --once``: the real keyring is out of
    reach; the account is not marked needs_reauth, and the next run with the bus publishes."""
    account = Account.create(platform=Platform.MASTODON, instance_url=server.url,
                             handle=f"shop@{server.domain}", remote_id=server.me_id)
    SecretStore().set_token(account.uid, server.token)
    try:
        item_id = outbox.enqueue(account.id, Platform.MASTODON, "Seeded rye today")
        env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
        env["PYTHONPATH"] = str(ROOT)
        no_bus = {k: v for k, v in env.items() if k != "DBUS_SESSION_BUS_ADDRESS"}

        off = _sync_once(workspace.root, no_bus)
        assert off.returncode == 1, off.stdout + off.stderr
        assert "keyring is not available" in off.stdout
        assert server.token not in off.stdout + off.stderr
        row = Account.get_by_id(account.id)
        assert row.status == AccountStatus.ACTIVE and row.sync_state == SyncState.KEYRING
        assert server.requests_to(STATUSES, "POST") == []

        back = _sync_once(workspace.root, env)
        assert back.returncode == 0, back.stdout + back.stderr
        assert "published 1" in back.stdout
        assert OutboxItem.get_by_id(item_id).state == OutboxState.SENT
    finally:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.get_keyring().delete_password(SERVICE, account.uid)
