"""Shared fixtures: a fresh workspace and database per test, offscreen Qt, an in-memory keyring.

The real Secret Service is used only by tests marked ``keyring_real`` (see
``tests/test_secrets_real_keyring.py``); every other test gets an in-memory keyring backend so
no test can touch the developer's own keyring.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
# no test pops up a notification on a developer's desktop (test_desktop_notifications uses its
# own server on a private bus)
os.environ["MBDESK_DESKTOP_NOTIFICATIONS"] = "off"

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from mbdesk.paths import Workspace, prepare_workspace
from mbdesk.secrets import SecretStore
from mbdesk.store.db import open_database


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict: secure enough for unit tests, never touches the OS."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            import keyring.errors

            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    if request.node.get_closest_marker("keyring_real"):
        yield None
        return
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    ws = Workspace(root=tmp_path / "ws")
    prepare_workspace(ws)
    return ws


@pytest.fixture
def db(workspace: Workspace):
    database = open_database(workspace)
    yield database
    database.close()


@pytest.fixture
def ctx(workspace: Workspace, db):
    from mbdesk.services.context import AppContext

    return AppContext(workspace=workspace, db=db,
                      secrets=SecretStore(workspace.root / "plaintext-secrets.json"))


# --- a fake Mastodon on 127.0.0.1 and the sync engine around it (tests may override) ---------


@pytest.fixture
def server():
    from fake_mastodon import FakeMastodon

    with FakeMastodon() as srv:
        yield srv


@pytest.fixture
def clock():
    from sync_helpers import Clock

    return Clock()


@pytest.fixture
def account(server, ctx) -> int:
    from sync_helpers import add_account

    return add_account(server, ctx.secrets)


@pytest.fixture
def engine(ctx, clock):
    from sync_helpers import make_engine

    return make_engine(ctx.secrets, ctx.workspace.root, clock)
