"""Connecting a Weibo account: shared by the window's Add account dialog and
``mbdesk accounts add weibo``. No Qt; blocking (worker thread or CLI).

Two ways in: an access token the owner already has (checked with ``get_token_info``), or the
app secret plus an authorization code (or the whole redirected URL) from the browser. The token
and the app secret go to the keyring only (one JSON secret, ``WeiboSecret``); the app key, the
safe domain, the default link and the token's expiry are account options (not secrets).
Nothing is stored when any step fails.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mbdesk.errors import MbdeskError
from mbdesk.secrets import SecretStore

WEIBO = "weibo"


@dataclass(frozen=True)
class WeiboConnect:
    """What the owner typed. ``app_secret`` + ``code`` or ``token``; never logged."""

    app_key: str
    api_base: str = ""
    app_secret: str = ""
    code: str = ""
    token: str = ""
    redirect_uri: str = ""
    safe_domain: str = ""
    default_link: str = ""
    account_id: int | None = None  # re-authorize this account (must be the same user)


def _iso(moment: datetime | None) -> str | None:
    return moment.replace(microsecond=0).isoformat() + "Z" if moment else None


def stored_app_secret(secrets: SecretStore, account_uid: str) -> str:
    from mbdesk.platforms.weibo_auth import WeiboSecret

    try:
        return WeiboSecret.from_json(secrets.get_token(account_uid) or "").app_secret
    except MbdeskError:
        return ""


def connect_weibo(secrets: SecretStore, request: WeiboConnect, **http_options: Any):
    """Check the token (or get one for the code), read who it is, store it; ``Connected``."""
    from mbdesk.domain import weibo_rules
    from mbdesk.platforms.base import PlatformError
    from mbdesk.platforms.weibo import WeiboClient
    from mbdesk.platforms.weibo_auth import (
        DEFAULT_REDIRECT_URI,
        WeiboSecret,
        exchange_code,
        normalize_api_base,
        token_info,
    )
    from mbdesk.services.accounts_service import _require_secret_store, store_account
    from mbdesk.store.accounts import options, set_options
    from mbdesk.store.models import Account

    _require_secret_store(secrets)
    if not request.app_key.strip():
        raise MbdeskError("A Weibo app key is needed.", hint="Create an app at open.weibo.com "
                          "(微连接 → 移动应用 or 网站应用) and copy its App Key.")
    base = normalize_api_base(request.api_base)
    earlier = Account.get_or_none(Account.id == request.account_id) \
        if request.account_id else None
    app_secret = request.app_secret.strip()
    if not app_secret and earlier is not None:
        app_secret = stored_app_secret(secrets, earlier.uid)
    http_options = {k: v for k, v in http_options.items() if k in (
        "connect_timeout", "read_timeout", "session")}
    try:
        if request.token.strip():
            token = token_info(request.token.strip(), api_base=base, **http_options)
        else:
            if not (app_secret and request.code.strip()):
                raise MbdeskError("The app secret and the authorization code are needed.",
                                  hint="Open the authorization page, allow the app, and paste "
                                  "the code (or the whole address it went to).")
            token = exchange_code(request.app_key.strip(), app_secret, request.code,
                                  redirect_uri=request.redirect_uri or DEFAULT_REDIRECT_URI,
                                  api_base=base, **http_options)
        client = WeiboClient(base, token.access_token, uid=token.uid, **http_options)
        ident = client.identity()
    except PlatformError as exc:
        raise MbdeskError(exc.message, hint="Nothing was stored; check the app key, the "
                          "secret and the code (a code works once).") from None
    if earlier is not None and earlier.remote_id and earlier.remote_id != ident.remote_id:
        raise MbdeskError(f"This authorization belongs to {ident.handle}, not to "
                          f"{earlier.handle}.", hint="Sign in to Weibo as the right account "
                          "and authorize again.")
    done = store_account(secrets, platform=WEIBO, instance_url=base, handle=ident.handle,
                         display_name=ident.display_name, remote_id=ident.remote_id,
                         secret=WeiboSecret(token.access_token, app_secret).to_json())
    known = options(done.account_id)
    safe = (weibo_rules.normalize_domain(request.safe_domain) or known.get("safe_domain")
            or weibo_rules.normalize_domain(request.default_link))
    set_options(done.account_id, app_key=request.app_key.strip(), safe_domain=safe or None,
                default_link=request.default_link.strip() or known.get("default_link") or None,
                redirect_uri=request.redirect_uri or None,
                token_expires_at=_iso(token.expires_at))
    return done
