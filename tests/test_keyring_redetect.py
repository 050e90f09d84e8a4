"""A process started while the keyring was out of reach picks it up once it is back, without a
restart: the next secret access asks keyring to detect its backend again, at most every
``RECHECK_SECONDS`` (mbdesk/secrets.py).

Each test runs a fresh process (keyring detects its backend once per process) that starts with
no keyring and then gets one: a backend whose service starts later (always runs), and a real
Secret Service whose session bus appears later (``keyring_real``: needs the gnome-keyring
session of ``scripts/test.sh``). The child's clock is a number it moves itself.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CHILD = r'''
import os
import sys

import keyring.backend
from jaraco.classes import properties

from mbdesk import secrets
from mbdesk.errors import SecretStoreUnavailable

clock = [1000.0]
secrets._now = lambda: clock[0]
uid, appear = sys.argv[1], sys.argv[2]


class Kept(keyring.backend.KeyringBackend):
    """A secure backend that holds one token, viable once its service runs (as keyring's
    Secret Service backend is once the session bus answers)."""

    @properties.classproperty
    def priority(cls):
        if os.environ.get("KEPT_KEYRING") != "running":
            raise RuntimeError("the keyring service is not running")
        return 1

    def get_password(self, service, username):
        return "tok-kept" if username == uid else None

    def set_password(self, service, username, password):
        raise NotImplementedError

    def delete_password(self, service, username):
        raise NotImplementedError


def state():
    try:
        return str(secrets.SecretStore().get_token(uid))
    except SecretStoreUnavailable:
        return "unavailable"


print(state(), secrets.has_secure_backend())
for name, value in (pair.split("=", 1) for pair in appear.split(",")):
    os.environ[name] = value  # the keyring is back (started, unlocked, its bus appeared)
clock[0] += 10
print(state(), secrets.has_secure_backend())  # asked 10 s ago: not asked again yet
clock[0] += 25
print(state(), secrets.has_secure_backend())
print(secrets.backend_name())
'''


def run_child(uid: str, appear: str, env: dict[str, str]) -> list[str]:
    result = subprocess.run([sys.executable, "-c", CHILD, uid, appear], cwd=ROOT, env=env,
                            stdin=subprocess.DEVNULL, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def no_keyring_env() -> dict[str, str]:
    """The environment of a process that finds no keyring: no session bus, no chosen backend."""
    drop = ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["PYTHONPATH"] = str(ROOT)
    env["XDG_CONFIG_HOME"] = str(ROOT / "tests" / "no-such-config")  # no keyringrc.cfg
    return env


def test_a_keyring_that_appears_later_is_used_within_30_seconds() -> None:
    lines = run_child("acct-1", "KEPT_KEYRING=running", no_keyring_env())
    assert lines == ["unavailable False", "unavailable False", "tok-kept True",
                     "__main__.Kept"]


def test_a_backend_that_is_still_missing_is_asked_again_only_every_30_seconds() -> None:
    lines = run_child("acct-1", "UNRELATED=1", no_keyring_env())
    assert lines[:3] == ["unavailable False"] * 3
    assert lines[3] == "keyring.backends.fail.Keyring"


@pytest.mark.keyring_real
@pytest.mark.skipif(os.environ.get("MBDESK_REAL_KEYRING") != "1",
                    reason="needs a real Secret Service: run via bash scripts/test.sh")
def test_the_secret_service_whose_bus_appears_later_is_used_without_a_restart() -> None:
    import keyring.errors
    from keyring.backends import SecretService

    bus = os.environ["DBUS_SESSION_BUS_ADDRESS"]
    service = SecretService.Keyring()
    uid = f"mbdesk-test-{uuid.uuid4()}"
    service.set_password("mbdesk", uid, "tok-real")
    try:
        lines = run_child(uid, f"DBUS_SESSION_BUS_ADDRESS={bus}", no_keyring_env())
    finally:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            service.delete_password("mbdesk", uid)
    assert lines == ["unavailable False", "unavailable False", "tok-real True",
                     "keyring.backends.SecretService.Keyring"]
