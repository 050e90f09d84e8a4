"""Connecting an X account: the one implementation behind ``mbdesk accounts add x`` and the
window's "Add account" → X.

Steps: the shop's client id (its own X app; X has no dynamic registration) → either a token
pair given by the owner (``--token-stdin``) or the browser sign-in (PKCE, loopback receiver on
the registered ``http://127.0.0.1:8914/callback``) → ``GET /2/users/me`` → one cheap read that
shows what the app's access level allows → the pair to the keyring, the row created (or
re-activated), the client id, API base and access level in the account's options (none of them
is a secret). Blocking; the window calls it on a worker thread. Qt-free.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from mbdesk.errors import MbdeskError
from mbdesk.platforms import x_auth
from mbdesk.platforms.base import PlatformError
from mbdesk.platforms.mastodon_auth import LoginTimedOut
from mbdesk.platforms.x import DEFAULT_API_BASE, XClient, XTokens, normalize_api_base
from mbdesk.secrets import SecretStore
from mbdesk.services.accounts_service import Connected, _require_secret_store, store_account

X = "x"
LOGIN_TIMEOUT = 600.0
# options["access_level"]: what the probe showed the app may do
READS = "reads"  # posting and reading (mentions, followers, metrics)
POSTING_ONLY = "posting_only"  # the lowest level: reading endpoints refuse with 403


class XLogin:
    """The caller's side of one browser sign-in: ``open_url(url)`` is called with the address
    to open; any thread may ``cancel``."""

    def __init__(self, open_url: Callable[[str], None] | None = None, *,
                 timeout: float = LOGIN_TIMEOUT, port: int | None = None) -> None:
        self.open_url = open_url or (lambda _url: None)
        self.timeout = timeout
        self.port = x_auth.LOOPBACK_PORT if port is None else port
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self, client_id: str, api_base: str) -> XTokens:
        """Sign in through the browser; the token pair."""
        pkce, state = x_auth.make_pkce(), x_auth.make_state()
        receiver = x_auth.start_receiver(state, port=self.port, timeout=self.timeout)
        try:
            self.open_url(x_auth.authorize_url(client_id, receiver.redirect_uri, pkce, state,
                                               api_base=api_base))
            deadline = time.monotonic() + self.timeout
            while True:
                if self._cancel.is_set():
                    raise MbdeskError("The sign-in was cancelled.", hint="Nothing was stored.")
                try:
                    code = receiver.wait(0.2)
                    break
                except LoginTimedOut:
                    if time.monotonic() > deadline:
                        raise
        finally:
            receiver.stop()
        return x_auth.exchange_code(client_id, code, receiver.redirect_uri, pkce.verifier,
                                    api_base=api_base)


def connect_x(secrets: SecretStore, client_id: str, api_base: str = "", *,
              tokens: XTokens | None = None, login: XLogin | None = None,
              **http_options: Any) -> Connected:
    """Check the tokens (or sign in), find out the access level, store; nothing is stored when
    any step fails."""
    from mbdesk.store.accounts import set_options

    _require_secret_store(secrets)
    client_id = client_id.strip()
    if not client_id:
        raise MbdeskError("The X app's client id is needed.",
                          hint="developer.x.com → your app → Keys and tokens → OAuth 2.0 Client "
                          "ID.")
    base = normalize_api_base(api_base or DEFAULT_API_BASE)
    try:
        if tokens is None:
            if login is None:
                raise MbdeskError("Give the tokens or sign in through the browser.")
            tokens = login.run(client_id, base)
        client = XClient(tokens, client_id=client_id, api_base=base, **http_options)
        ident = client.identity()
        level: str | None = None
        try:
            found = client.probe_profile()
            read = found.capabilities.get("read_access")
            level = None if read is None else (READS if read else POSTING_ONLY)
        except PlatformError:
            level = None  # not known yet; the first sync finds out
    except PlatformError as exc:
        raise MbdeskError(exc.message, hint="Nothing was stored; check the client id and the "
                          "tokens (or sign in again).") from None
    done = store_account(secrets, platform=X, instance_url=base, handle=ident.handle,
                         display_name=ident.display_name, remote_id=ident.remote_id,
                         secret=client.tokens.to_json())  # the pair as it is now (may be renewed)
    set_options(done.account_id, client_id=client_id, api_base=base, access_level=level)
    return done
