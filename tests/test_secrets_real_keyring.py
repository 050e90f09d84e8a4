"""SecretStore through the real Secret Service (gnome-keyring in a private D-Bus session).

``bash scripts/test.sh`` starts that session, unlocks a throw-away keyring and sets
``MBDESK_REAL_KEYRING=1``. Without the variable these tests skip; with it, a missing or locked
Secret Service is a failure, not a skip.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator

import keyring
import keyring.errors
import pytest

from mbdesk.secrets import SERVICE, SecretStore, backend_name, has_secure_backend

pytestmark = [
    pytest.mark.keyring_real,
    pytest.mark.skipif(
        os.environ.get("MBDESK_REAL_KEYRING") != "1",
        reason="needs a real Secret Service: run via bash scripts/test.sh (MBDESK_REAL_KEYRING=1)",
    ),
]

SECRET_SERVICE = "keyring.backends.SecretService.Keyring"


@pytest.fixture
def secret_service() -> Iterator[keyring.backend.KeyringBackend]:
    """The Secret Service backend, installed explicitly (whatever another test left behind)."""
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    backend = SecretService.Keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def account_uid(secret_service) -> Iterator[str]:
    """A fresh account id whose keyring entry is removed whatever the test did."""
    uid = f"mbdesk-test-{uuid.uuid4()}"
    yield uid
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        secret_service.delete_password(SERVICE, uid)


def secret_service_items(uid: str) -> list[str]:
    """Read the entry straight from the Secret Service over D-Bus, bypassing keyring."""
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        items = collection.search_items({"service": SERVICE, "username": uid})
        return [item.get_secret().decode("utf-8") for item in items]
    finally:
        connection.close()


def test_a_fresh_process_picks_the_secret_service() -> None:
    """keyring's own choice at start-up, as the app makes it, is the Secret Service."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    code = "from mbdesk.secrets import backend_name as n, has_secure_backend as s; print(n(), s())"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [SECRET_SERVICE, "True"]


def test_round_trip_through_the_secret_service(secret_service, account_uid: str) -> None:
    assert has_secure_backend()
    assert backend_name() == SECRET_SERVICE
    store = SecretStore()
    assert store.secure
    token = f"tok-{uuid.uuid4()}-令牌"

    assert store.get_token(account_uid) is None
    store.set_token(account_uid, token)
    assert store.get_token(account_uid) == token
    assert secret_service_items(account_uid) == [token]

    store.set_token(account_uid, token + "-renewed")
    assert secret_service_items(account_uid) == [token + "-renewed"]

    store.delete_token(account_uid)
    assert store.get_token(account_uid) is None
    assert secret_service_items(account_uid) == []
    store.delete_token(account_uid)  # already gone: not an error
