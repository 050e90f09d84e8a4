"""Weibo sign-in: OAuth 2.0 authorization code with the shop's own app key and secret.

Facts (open.weibo.com/wiki/Oauth2; the Python SDK sinaweibopy ``APIClient.get_authorize_url`` /
``request_access_token``; weiboclient4j ``TokenInfo``):

* ``GET {base}/oauth2/authorize?client_id&redirect_uri&response_type=code`` in the browser; a
  desktop app without a web site registers ``https://api.weibo.com/oauth2/default.html`` and the
  code shows in that page's address (``…default.html?code=…``), which the owner pastes back.
* ``POST {base}/oauth2/access_token`` (``client_id``, ``client_secret``,
  ``grant_type=authorization_code``, ``code``, ``redirect_uri``) →
  ``{"access_token", "expires_in", "remind_in", "uid"}``; ``expires_in`` may be a string.
  There is no refresh token: when it expires the owner authorizes again.
* ``POST {base}/oauth2/get_token_info`` (``access_token``) →
  ``{"uid", "appkey", "scope", "create_at", "expire_in"}`` (seconds left).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from mbdesk.platforms.base import AuthExpired, PlatformError, Rejected, TemporaryFailure
from mbdesk.platforms.http import HttpClient

DEFAULT_API_BASE = "https://api.weibo.com"
DEFAULT_REDIRECT_URI = "https://api.weibo.com/oauth2/default.html"


def normalize_api_base(value: str) -> str:
    value = (value or "").strip() or DEFAULT_API_BASE
    if not value.startswith(("http://", "https://")):
        value = "https://" + value
    return value.rstrip("/")


def authorize_url(app_key: str, redirect_uri: str = DEFAULT_REDIRECT_URI,
                  api_base: str = DEFAULT_API_BASE, state: str = "") -> str:
    params = {"client_id": app_key, "redirect_uri": redirect_uri or DEFAULT_REDIRECT_URI,
              "response_type": "code"}
    if state:
        params["state"] = state
    return f"{normalize_api_base(api_base)}/oauth2/authorize?{urlencode(params)}"


def code_from(pasted: str) -> str:
    """The code from what the owner pasted: the code itself or the whole redirected URL."""
    pasted = (pasted or "").strip()
    if "code=" in pasted:
        query = urlsplit(pasted).query or pasted.split("?", 1)[-1]
        values = parse_qs(query).get("code")
        if values and values[0].strip():
            return values[0].strip()
    return pasted


@dataclass(frozen=True)
class WeiboToken:
    access_token: str
    uid: str
    expires_at: datetime | None  # naive UTC; None when the server did not say


@dataclass(frozen=True)
class WeiboSecret:
    """What the keyring holds for one Weibo account (one JSON string): the access token and
    the app secret, so re-authorizing needs no retyping."""

    access_token: str
    app_secret: str = ""

    def to_json(self) -> str:
        return json.dumps({"access_token": self.access_token, "app_secret": self.app_secret})

    @classmethod
    def from_json(cls, stored: str) -> WeiboSecret:
        stored = (stored or "").strip()
        if stored.startswith("{"):
            try:
                data = json.loads(stored)
            except ValueError:
                data = {}
            if isinstance(data, dict):
                return cls(str(data.get("access_token") or ""), str(data.get("app_secret") or ""))
        return cls(stored)


def _seconds(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _oauth_error(resp, what: str) -> PlatformError:
    try:
        body = resp.json()
    except ValueError:
        body = {}
    text = ""
    if isinstance(body, dict):
        text = str(body.get("error_description") or body.get("error") or "")
        code = str(body.get("error_code") or "")
        if code:
            text = f"{text} ({code})" if text else code
    if resp.status_code >= 500:
        return TemporaryFailure(f"Weibo could not {what} right now (HTTP {resp.status_code}).")
    return Rejected(f"Weibo refused to {what}: {text or 'HTTP ' + str(resp.status_code)}")


def exchange_code(app_key: str, app_secret: str, code: str, *,
                  redirect_uri: str = DEFAULT_REDIRECT_URI, api_base: str = DEFAULT_API_BASE,
                  clock=None, **http_options: Any) -> WeiboToken:
    """``POST /oauth2/access_token``; the token is never put into a message."""
    http = HttpClient(normalize_api_base(api_base), platform_label="Weibo server",
                      **http_options)
    resp = http.request("POST", "/oauth2/access_token", auth=False, data={
        "client_id": app_key, "client_secret": app_secret, "grant_type": "authorization_code",
        "code": code_from(code), "redirect_uri": redirect_uri or DEFAULT_REDIRECT_URI})
    if resp.status_code != 200:
        raise _oauth_error(resp, "exchange the authorization code")
    try:
        body = resp.json()
    except ValueError:
        raise TemporaryFailure("Weibo answered the sign-in with an unreadable body.") from None
    token = str(body.get("access_token") or "") if isinstance(body, dict) else ""
    if not token:
        raise Rejected("Weibo did not hand out an access token.")
    now = (clock or _utcnow)()
    seconds = _seconds(body.get("expires_in"))
    return WeiboToken(token, str(body.get("uid") or ""),
                      now + timedelta(seconds=seconds) if seconds else None)


def token_info(access_token: str, *, api_base: str = DEFAULT_API_BASE, clock=None,
               **http_options: Any) -> WeiboToken:
    """``POST /oauth2/get_token_info``: whose token it is and when it expires."""
    http = HttpClient(normalize_api_base(api_base), token=access_token,
                      platform_label="Weibo server", **http_options)
    resp = http.request("POST", "/oauth2/get_token_info", auth=False,
                        data={"access_token": access_token})
    try:
        body = resp.json()
    except ValueError:
        body = None
    if resp.status_code != 200 or not isinstance(body, dict) or "error_code" in body:
        code = str(body.get("error_code") or "") if isinstance(body, dict) else ""
        if code.startswith("213") or resp.status_code in (401, 403):
            raise AuthExpired("Weibo does not accept this access token; authorize again.")
        raise _oauth_error(resp, "check the access token")
    now = (clock or _utcnow)()
    seconds = _seconds(body.get("expire_in"))
    return WeiboToken(access_token, str(body.get("uid") or ""),
                      now + timedelta(seconds=seconds) if seconds is not None else None)


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
