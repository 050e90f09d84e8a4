"""X sign-in: OAuth 2.0 authorization code with PKCE for the shop's own app (a public client).

Flow: ``make_pkce`` + ``make_state`` (shared with Mastodon, ``mastodon_auth``) → a
``LoopbackReceiver`` on ``LOOPBACK_PORT`` (X matches the callback URI exactly, port included,
so the shop registers ``redirect_uri()`` in its app's settings) → the browser opens
``authorize_url`` → ``receiver.wait()`` gives the code → ``exchange_code`` answers the token pair.

Facts (docs.x.com, "OAuth 2.0 Authorization Code Flow with PKCE"): authorize at
``https://x.com/i/oauth2/authorize``; tokens from ``POST https://api.x.com/2/oauth2/token``
(form body, ``client_id`` in it for a public client); access tokens last two hours;
``offline.access`` adds a refresh token. Nothing here logs the code or the tokens.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlencode

import requests

from mbdesk.platforms.base import TemporaryFailure
from mbdesk.platforms.http import DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, HttpClient
from mbdesk.platforms.mastodon_auth import (
    LoopbackReceiver,
    OAuthError,
    Pkce,
    loopback_redirect,
    make_pkce,
    make_state,
)
from mbdesk.platforms.x import (
    DEFAULT_API_BASE,
    TOKEN_PATH,
    XTokens,
    normalize_api_base,
    tokens_from_answer,
)

SCOPES = "tweet.read tweet.write users.read follows.read offline.access"
LOOPBACK_PORT = 8914  # fixed: X only accepts the exact callback URI the shop registered
X_AUTHORIZE_URL = "https://x.com/i/oauth2/authorize"

__all__ = ["LOOPBACK_PORT", "SCOPES", "LoopbackReceiver", "OAuthError", "Pkce",
           "authorize_url", "exchange_code", "make_pkce", "make_state", "redirect_uri",
           "start_receiver"]


def redirect_uri(port: int = LOOPBACK_PORT) -> str:
    """The callback URI to register in the X app's "User authentication settings"."""
    return loopback_redirect(port)


def authorize_base(api_base: str) -> str:
    """X's own authorize page; a test or self-hosted API base serves it at the same path."""
    base = normalize_api_base(api_base)
    if base == DEFAULT_API_BASE:
        return X_AUTHORIZE_URL
    return f"{base}/i/oauth2/authorize"


def authorize_url(client_id: str, redirect: str, pkce: Pkce, state: str, *,
                  api_base: str = DEFAULT_API_BASE) -> str:
    params = {"response_type": "code", "client_id": client_id, "redirect_uri": redirect,
              "scope": SCOPES, "state": state, "code_challenge": pkce.challenge,
              "code_challenge_method": pkce.method}
    return f"{authorize_base(api_base)}?{urlencode(params)}"


def start_receiver(state: str, *, port: int = LOOPBACK_PORT,
                   timeout: float = 300.0) -> LoopbackReceiver:
    """The loopback receiver on the registered port; OAuthError when something else holds it
    (any other port would not match the registered callback)."""
    receiver = LoopbackReceiver(state, timeout=timeout, port=port).start()
    if port and receiver.port != port:
        receiver.stop()
        raise OAuthError(f"Port {port} on 127.0.0.1 is in use by another program, and X only "
                         f"accepts the registered address {redirect_uri(port)}. Close that "
                         "program (or another mbdesk sign-in) and try again.")
    return receiver


def exchange_code(client_id: str, code: str, redirect: str, verifier: str, *,
                  api_base: str = DEFAULT_API_BASE,
                  session: requests.Session | None = None) -> XTokens:
    """Trade the authorization code for the token pair (same redirect URI as authorize)."""
    http = HttpClient(normalize_api_base(api_base), session=session,
                      connect_timeout=DEFAULT_CONNECT_TIMEOUT, read_timeout=DEFAULT_READ_TIMEOUT,
                      platform_label="X API")
    resp = http.request("POST", TOKEN_PATH, auth=False, data={
        "grant_type": "authorization_code", "code": code.strip(), "client_id": client_id,
        "redirect_uri": redirect, "code_verifier": verifier},
        headers={"Content-Type": "application/x-www-form-urlencoded"})
    if resp.status_code >= 500:
        raise TemporaryFailure(f"X failed while exchanging the code (HTTP {resp.status_code}).")
    try:
        body = resp.json()
    except ValueError:
        body = None
    if resp.status_code != 200:
        said = ""
        if isinstance(body, dict):
            said = str(body.get("error_description") or body.get("detail")
                       or body.get("error") or "")
        raise OAuthError(f"X refused the sign-in: {said or f'HTTP {resp.status_code}'} "
                         "(is the client id right, and the callback URI registered?)")
    tokens = tokens_from_answer(body, datetime.now(UTC).replace(tzinfo=None))
    if not tokens.refresh_token:
        raise OAuthError("X gave no refresh token (offline.access); sign in again.")
    return tokens
