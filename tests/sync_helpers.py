"""Shared pieces of the sync tests: a Mastodon account bound to the fake server, an engine
with short timeouts and a movable clock, and a way to bring a stopped fake back on its port."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from http.server import ThreadingHTTPServer

from fake_mastodon import FakeMastodon, _Handler

from mbdesk.secrets import SecretStore
from mbdesk.store.models import Account, Platform, utcnow
from mbdesk.store.outbox import Backoff
from mbdesk.sync.clients import client_factory
from mbdesk.sync.engine import SyncEngine


class Clock:
    """utcnow plus an offset the test moves (in step with ``FakeMastodon.advance``)."""

    def __init__(self) -> None:
        self.offset = timedelta(0)

    def __call__(self) -> datetime:
        return utcnow() + self.offset

    def advance(self, delta: timedelta, server: FakeMastodon | None = None) -> None:
        self.offset += delta
        if server is not None:
            server.advance(delta)


def add_account(server: FakeMastodon, secrets: SecretStore | None,
                handle: str = "shop") -> int:
    """An account row for the fake's main user; its token goes to ``secrets`` if given."""
    account = Account.create(platform=Platform.MASTODON, instance_url=server.url,
                             handle=f"{handle}@{server.domain}", display_name=handle.title(),
                             remote_id=server.me_id)
    if secrets is not None:
        secrets.set_token(account.uid, server.token)
    return account.id


def make_engine(secrets: SecretStore, root, clock: Clock | None = None, **kw) -> SyncEngine:
    factory = client_factory(secrets, root, read_timeout=kw.pop("read_timeout", 1.0),
                             connect_timeout=1.0, clock=clock or utcnow)
    kw.setdefault("backoff", Backoff(base_seconds=30, cap_seconds=60))
    return SyncEngine(factory, clock=clock or utcnow, **kw)


def restart_on_same_port(server: FakeMastodon, port: int) -> None:
    """Start a stopped fake again on its old port (the account's URL stays valid)."""
    server._stopping.clear()
    handler = type("Handler", (_Handler,), {"fake": server})
    httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
    httpd.daemon_threads = True
    server._httpd = httpd
    server._thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    server._thread.start()


def write_plaintext_token(root, account_uid: str, token: str) -> None:
    """What ``--allow-plaintext-secrets`` reads in a child process that has no keyring."""
    import json
    import os

    path = root / "plaintext-secrets.json"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({account_uid: token}, fh)


def spawn_sync(root, account_uid: str, token: str, interval: float = 1.0,
               once: bool = False, timeout: float | None = None):
    """``mbdesk sync`` in a child process (its own keyring-less world, token in the opt-in
    plaintext file), stdout piped line by line."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    write_plaintext_token(root, account_uid, token)
    repo = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(repo),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "PYTHONUNBUFFERED": "1"}
    argv = [sys.executable, "-m", "mbdesk", "--data-dir", str(root),
            "--allow-plaintext-secrets", "sync", "--interval", str(interval)]
    if once:
        argv.append("--once")
    if timeout is not None:
        argv += ["--timeout", str(timeout)]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=env, bufsize=1)
