"""Connecting accounts: the network part of "Add account", shared by the window and the CLI.

``AccountsService.connect(request)`` is the contract the Accounts screen's add dialog calls on a
worker thread (see ``mbdesk/ui/views/accounts.py``): it returns the account id or raises
``MbdeskError`` / a platform error whose message is for the owner. No Qt here.

Mastodon: ``mbdesk/services/mastodon_connect.py`` (shared with ``mbdesk accounts add mastodon``):
the browser sign-in (loopback redirect on 127.0.0.1, or a pasted code), the server's app
registration remembered in the settings, token to the keyring, ``account_id`` to re-authorize.

Bluesky: one sign-in with the handle (or e-mail) and an app password; what is stored is the
session (access + refresh tokens) in the keyring, never the password. Adding an account that is
already connected (same DID on the same service) signs it in again and clears "needs
re-authorization".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mbdesk.errors import MbdeskError
from mbdesk.secrets import NO_BACKEND_HINT, NO_BACKEND_MESSAGE, SecretStore

# The window creates this service before its first paint: the ORM (mbdesk.store.*) and the
# network modules are imported only when an account is connected.
BLUESKY = "bluesky"
MASTODON = "mastodon"


@dataclass(frozen=True)
class Connected:
    account_id: int
    handle: str
    created: bool  # False: an existing account was signed in again


def _require_secret_store(secrets: SecretStore) -> None:
    if not secrets.secure and not secrets.allow_plaintext:
        raise MbdeskError(NO_BACKEND_MESSAGE, hint=NO_BACKEND_HINT)


def store_account(secrets: SecretStore, *, platform: str, instance_url: str, handle: str,
                  display_name: str, remote_id: str, secret: str) -> Connected:
    """Create (or re-activate) the account row and put its secret in the keyring.

    A new row is removed again when the keyring refuses the secret, so no account exists
    without a way to sign in.
    """
    from mbdesk.store.accounts import delete_account
    from mbdesk.store.models import Account, AccountStatus, database_proxy

    with database_proxy.atomic():
        account = Account.get_or_none((Account.platform == platform)
                                      & (Account.instance_url == instance_url)
                                      & (Account.remote_id == remote_id))
        created = account is None
        if created:
            account = Account.create(platform=platform, instance_url=instance_url, handle=handle,
                                     display_name=display_name, remote_id=remote_id)
    try:
        secrets.set_token(account.uid, secret)
    except MbdeskError:
        if created:
            delete_account(account.id)
        raise
    if not created:
        Account.update(status=AccountStatus.ACTIVE, last_error="", handle=handle,
                       display_name=display_name or account.display_name).where(
            Account.id == account.id).execute()
    return Connected(account.id, handle, created)


def _stored_appview(secrets: SecretStore, instance_url: str, did: str) -> str | None:
    """The AppView DID an already connected account uses (kept when it signs in again)."""
    from mbdesk.platforms.base import AuthExpired
    from mbdesk.platforms.bluesky import BlueskySession
    from mbdesk.store.models import Account

    account = Account.get_or_none((Account.platform == BLUESKY)
                                  & (Account.instance_url == instance_url)
                                  & (Account.remote_id == did))
    if account is None:
        return None
    try:
        return BlueskySession.from_json(secrets.get_token(account.uid)).appview
    except (AuthExpired, MbdeskError):
        return None


def connect_bluesky(secrets: SecretStore, handle: str, app_password: str,
                    service: str = "", appview: str | None = None,
                    **http_options: Any) -> Connected:
    """Sign in once, check the session, store it; the app password is not kept anywhere.

    ``appview`` is the DID ``app.bsky.*`` calls are proxied to (blank: Bluesky's public
    AppView); None keeps what an already connected account used.
    """
    from dataclasses import replace

    from mbdesk.platforms.bluesky import (
        DEFAULT_SERVICE,
        BlueskyClient,
        create_session,
        normalize_appview,
        normalize_service,
    )

    _require_secret_store(secrets)
    handle = handle.strip().lstrip("@")
    if not handle or not app_password:
        raise MbdeskError("A Bluesky handle and an app password are needed.",
                          hint="Create an app password in Bluesky: Settings → Privacy and "
                          "security → App passwords.")
    try:
        chosen = normalize_appview(appview) if appview is not None else None
    except ValueError as exc:
        raise MbdeskError(f"Not an AppView DID: {exc}", hint="Leave it out for Bluesky's "
                          "public AppView (did:web:api.bsky.app).") from None
    session = create_session(service or DEFAULT_SERVICE, handle, app_password, **http_options)
    if chosen is None:
        chosen = _stored_appview(secrets, normalize_service(session.service), session.did)
    session = replace(session, appview=chosen or normalize_appview(None))
    client = BlueskyClient(session, **http_options)
    ident = client.identity()
    session = client.session  # identity() may have renewed it
    return store_account(secrets, platform=BLUESKY, instance_url=client.service,
                         handle=ident.handle or session.handle,
                         display_name=ident.display_name, remote_id=ident.remote_id,
                         secret=session.to_json())


class AccountsService:
    """``ctx.services["accounts"]``: connect accounts from the window (blocking; worker thread)."""

    def __init__(self, db, secrets: SecretStore, **http_options: Any) -> None:
        self._db = db
        self.secrets = secrets
        self.http_options = http_options

    @classmethod
    def for_context(cls, ctx: Any) -> AccountsService:
        """The window's service: the database is read from ``ctx`` when connecting (the window
        opens it after the first paint)."""
        service = cls(None, ctx.secrets)
        service._ctx = ctx
        return service

    @property
    def db(self):
        ctx = getattr(self, "_ctx", None)
        db = ctx.db if ctx is not None else self._db
        if db is None:
            raise MbdeskError("The database is not open yet; try again in a moment.")
        return db

    def connect(self, request: Any, login: Any = None) -> int:
        """Connect the account described by the dialog's ``ConnectRequest``; its id.

        Mastodon signs in through the browser: ``login`` is the caller's
        ``mastodon_connect.BrowserLogin`` (where the URLs go, a pasted code, cancel). A request
        with ``account_id`` re-authorizes that account (the sign-in must be the same person).
        """
        platform = getattr(request, "platform", "")
        with self.db.connection_context():
            if platform == MASTODON:
                from mbdesk.services import mastodon_connect

                return mastodon_connect.connect(
                    self.secrets, request.server, login=login,
                    expect_account_id=getattr(request, "account_id", None)).account_id
            if platform == BLUESKY:
                return connect_bluesky(self.secrets, request.handle, request.password,
                                       getattr(request, "server", "") or "",
                                       **self.http_options).account_id
            if platform == "x":
                from mbdesk.services.x_connect import connect_x

                return connect_x(self.secrets, request.client_id, request.server, login=login,
                                 **self.http_options).account_id
            if platform == "weibo":
                from mbdesk.services.weibo_connect import WeiboConnect, connect_weibo

                return connect_weibo(self.secrets, WeiboConnect(
                    app_key=request.app_key, app_secret=request.password, code=request.code,
                    api_base=getattr(request, "server", "") or "",
                    safe_domain=request.safe_domain, default_link=request.default_link,
                    account_id=getattr(request, "account_id", None)),
                    **self.http_options).account_id
        raise MbdeskError(f"This version of mbdesk cannot connect {platform} accounts yet "
                          "(Mastodon and Bluesky work).", hint="Nothing was added or stored.")


__all__ = ["AccountsService", "Connected", "connect_bluesky", "store_account"]
