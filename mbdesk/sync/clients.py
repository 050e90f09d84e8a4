"""Build the PlatformClient of an account: the platform, its server and its token.

Runs on worker threads, so it takes an :class:`AccountInfo` snapshot, never a model instance.
A missing token is reported as AuthExpired: to the owner it means the same thing (authorize the
account again). A keyring that cannot be read right now is SecretsUnavailable instead: the run
ends and is retried, the sign-in is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mbdesk.errors import SecretStoreError
from mbdesk.platforms.base import AuthExpired, PlatformClient, Rejected, SecretsUnavailable
from mbdesk.secrets import SecretStore
from mbdesk.store.models import Account, Platform


@dataclass(frozen=True)
class AccountInfo:
    """What a worker needs to know about an account (a plain copy of the row)."""

    id: int
    uid: str
    platform: str
    instance_url: str
    handle: str
    display_name: str
    remote_id: str
    status: str

    @classmethod
    def of(cls, account: Account) -> AccountInfo:
        return cls(id=account.id, uid=account.uid, platform=account.platform,
                   instance_url=account.instance_url, handle=account.handle,
                   display_name=account.display_name, remote_id=account.remote_id,
                   status=account.status)

    @classmethod
    def load(cls, account_id: int) -> AccountInfo | None:
        account = Account.get_or_none(Account.id == account_id)
        return cls.of(account) if account else None


ClientFactory = Callable[[AccountInfo], PlatformClient]


def _read_token(secrets: SecretStore, uid: str) -> str | None:
    """The stored token; a keyring that cannot answer is SecretsUnavailable, never None
    (None would read as an ended sign-in and drop the account's authorization)."""
    try:
        return secrets.get_token(uid)
    except SecretStoreError as exc:
        raise SecretsUnavailable(str(exc)) from exc


def sandbox_folder(workspace_root: Path) -> Path:
    from mbdesk.store.demo import SANDBOX_SERVER_SUBFOLDER

    return workspace_root / SANDBOX_SERVER_SUBFOLDER


def uses_sandbox(account: AccountInfo) -> bool:
    """Whether ``account`` talks to the offline sandbox server: the demo's accounts, also
    those that play Mastodon or Weibo there."""
    return account.platform == Platform.SANDBOX or account.instance_url.startswith("sandbox://")


def build_client(account: AccountInfo, secrets: SecretStore, workspace_root: Path,
                 **options) -> PlatformClient:
    """The client for ``account``; ``options`` go to the client's constructor (timeouts...)."""
    if uses_sandbox(account):
        from mbdesk.platforms.sandbox import SandboxClient

        return SandboxClient(sandbox_folder(workspace_root), remote_id=account.remote_id,
                             handle=account.handle, display_name=account.display_name,
                             host=account.instance_url.removeprefix("sandbox://"),
                             plays="" if account.platform == Platform.SANDBOX else account.platform,
                             **options)
    builder = _BUILDERS.get(account.platform)
    if builder is None:
        raise Rejected(f"mbdesk cannot sync {account.platform} accounts yet.")
    return builder(account, secrets, **options)


def _stored_secret(secrets: SecretStore, account: AccountInfo, what: str = "token",
                   again: str = "authorize it again") -> str:
    """The account's secret from the keyring; none stored means a new sign-in is needed."""
    stored = _read_token(secrets, account.uid)
    if not stored:
        raise AuthExpired(f"No {what} is stored for {account.handle}; {again}.")
    return stored


def _mastodon_client(account: AccountInfo, secrets: SecretStore, **options) -> PlatformClient:
    from mbdesk.platforms.mastodon import MastodonClient

    return MastodonClient(account.instance_url, _stored_secret(secrets, account), **options)


def _bluesky_client(account: AccountInfo, secrets: SecretStore, **options) -> PlatformClient:
    from mbdesk.platforms.bluesky import BlueskyClient, BlueskySession

    stored = _stored_secret(secrets, account, "session", "sign in again")
    session = BlueskySession.from_json(stored)

    def keep(new: BlueskySession, uid: str = account.uid) -> None:
        """The refresh token rotates: the keyring must hold the new pair at once."""
        secrets.set_token(uid, new.to_json())

    return BlueskyClient(session, on_session=keep, **options)


def _weibo_client(account: AccountInfo, secrets: SecretStore, **options) -> PlatformClient:
    from mbdesk.platforms.weibo import WeiboClient
    from mbdesk.platforms.weibo_auth import WeiboSecret
    from mbdesk.store.accounts import options as account_options

    secret = WeiboSecret.from_json(_read_token(secrets, account.uid) or "")
    if not secret.access_token:
        raise AuthExpired(f"No token is stored for {account.handle}; authorize it again.")
    extra = account_options(account.id)
    return WeiboClient(account.instance_url, secret.access_token, uid=account.remote_id,
                       safe_domain=str(extra.get("safe_domain") or ""), **options)


def _x_client(account: AccountInfo, secrets: SecretStore, **options) -> PlatformClient:
    """X: the token pair from the keyring, the shop's client id and API base from the account's
    options. Refresh tokens rotate, so each new pair is stored before the client uses it."""
    from mbdesk.platforms.x import XClient, XTokens
    from mbdesk.store.accounts import options as account_options

    stored = _stored_secret(secrets, account)
    settings = account_options(account.id)

    def keep(new: XTokens, uid: str = account.uid) -> None:
        secrets.set_token(uid, new.to_json())

    return XClient(XTokens.from_json(stored), client_id=str(settings.get("client_id") or ""),
                   api_base=account.instance_url, user_id=account.remote_id, on_tokens=keep,
                   **options)


# The one place a platform name picks its client; everything after talks to PlatformClient.
_BUILDERS: dict[str, Callable[..., PlatformClient]] = {
    Platform.MASTODON: _mastodon_client,
    Platform.BLUESKY: _bluesky_client,
    Platform.WEIBO: _weibo_client,
    Platform.X: _x_client,
}


def client_factory(secrets: SecretStore, workspace_root: Path, **options) -> ClientFactory:
    def make(account: AccountInfo) -> PlatformClient:
        return build_client(account, secrets, workspace_root, **options)

    return make
