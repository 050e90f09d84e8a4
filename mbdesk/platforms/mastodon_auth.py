"""Mastodon OAuth for a desktop app: app registration, PKCE, loopback receiver, code exchange.

Flow: ``register_app`` once per instance (the caller stores the pair) → ``make_pkce`` +
``make_state`` → start a ``LoopbackReceiver`` → open ``authorize_url(..., receiver.redirect_uri)``
in the browser → ``receiver.wait()`` gives the code → ``exchange_code``. When the loopback
cannot be used, authorize with ``OOB_REDIRECT``, let the user paste the code, and exchange it
with the same redirect URI.

The loopback redirect is registered with its port (``loopback_redirect(port)``): Mastodon's
OAuth library (Doorkeeper) ignores the port of loopback IP redirect URIs as RFC 8252 §7.3 asks,
but GoToSocial matches redirect URIs exactly, port included. So the receiver is started before
the app registration is needed, first on the port the remembered registration names
(``LoopbackReceiver(port=...)``), and a registration without the exact URI is registered again.
A server that still refuses the redirect sends the browser back with ``error=server_error``
(GoToSocial): ``wait`` raises ``RedirectRefused`` and the caller falls back to the pasted code.

Nothing here logs or puts into a message the code, the client secret or the token.
"""

from __future__ import annotations

import base64
import hashlib
import html
import secrets
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

import requests

from mbdesk.platforms.base import PlatformError, Rejected, TemporaryFailure
from mbdesk.platforms.http import DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, HttpClient

# read:follows / write:follows: list and answer follow requests (locked accounts).
SCOPES = ("read:accounts read:notifications read:statuses read:search read:follows "
          "write:statuses write:media write:follows")
OOB_REDIRECT = "urn:ietf:wg:oauth:2.0:oob"
LOOPBACK_HOST = "127.0.0.1"
CALLBACK_PATH = "/callback"
LOOPBACK_REDIRECT = f"http://{LOOPBACK_HOST}{CALLBACK_PATH}"  # portless: older registrations
CLIENT_NAME = "mbdesk"
# OAuth errors a server sends back to the loopback address when it refuses that address itself
# (GoToSocial answers a redirect URI mismatch with server_error); not the owner's "deny".
REDIRECT_REFUSALS = frozenset({"server_error", "invalid_request", "invalid_redirect_uri",
                               "redirect_uri_mismatch"})


def loopback_redirect(port: int) -> str:
    """The exact loopback redirect URI for ``port`` (what a strict server must have registered)."""
    return f"http://{LOOPBACK_HOST}:{port}{CALLBACK_PATH}"


def loopback_port(redirect_uris: tuple[str, ...] | list[str]) -> int:
    """The port of the first exact loopback redirect among ``redirect_uris``; 0 when none."""
    for uri in redirect_uris:
        parts = urlsplit(uri)
        try:
            port = parts.port
        except ValueError:
            continue
        if (parts.scheme == "http" and parts.hostname == LOOPBACK_HOST
                and parts.path == CALLBACK_PATH and port):
            return port
    return 0


class OAuthError(PlatformError):
    """Authorization failed (denied, wrong state, bad code); the user may start again."""


class LoginTimedOut(OAuthError):
    """The browser never came back to the loopback receiver in time."""


class RedirectRefused(OAuthError):
    """The server sent the browser back with an error about the redirect itself (GoToSocial's
    ``server_error`` for a redirect URI it does not match): the pasted code still works."""


@dataclass(frozen=True)
class AppRegistration:
    """What ``POST /api/v1/apps`` gave us; store it per instance (the secret in the keyring)."""

    instance_url: str
    client_id: str
    client_secret: str
    redirect_uris: tuple[str, ...]
    scopes: str = SCOPES


@dataclass(frozen=True)
class Pkce:
    verifier: str
    challenge: str
    method: str = "S256"


@dataclass(frozen=True)
class TokenGrant:
    access_token: str
    scope: str
    token_type: str = "Bearer"
    created_at: int = 0

    def __repr__(self) -> str:  # keep the token out of logs and tracebacks
        return f"TokenGrant(scope={self.scope!r}, token_type={self.token_type!r})"


def _http(instance_url: str, session: requests.Session | None) -> HttpClient:
    return HttpClient(
        instance_url,
        session=session,
        connect_timeout=DEFAULT_CONNECT_TIMEOUT,
        read_timeout=DEFAULT_READ_TIMEOUT,
        platform_label="Mastodon server",
    )


def _error_of(resp: requests.Response) -> str:
    try:
        body = resp.json()
    except ValueError:
        return f"HTTP {resp.status_code}"
    if isinstance(body, dict):
        return str(body.get("error_description") or body.get("error") or resp.status_code)[:300]
    return f"HTTP {resp.status_code}"


def _check(resp: requests.Response, what: str) -> dict:
    if resp.status_code >= 500:
        raise TemporaryFailure(
            f"The Mastodon server failed while {what} (HTTP {resp.status_code})."
        )
    if resp.status_code != 200:
        raise OAuthError(f"Mastodon refused {what}: {_error_of(resp)}")
    try:
        body = resp.json()
    except ValueError:
        raise TemporaryFailure(f"Unreadable answer from Mastodon while {what}.") from None
    if not isinstance(body, dict):
        raise TemporaryFailure(f"Unexpected answer from Mastodon while {what}.")
    return body


def register_app(
    instance_url: str,
    *,
    client_name: str = CLIENT_NAME,
    website: str = "",
    redirect_uris: tuple[str, ...] = (LOOPBACK_REDIRECT, OOB_REDIRECT),
    scopes: str = SCOPES,
    session: requests.Session | None = None,
) -> AppRegistration:
    """Register this app on ``instance_url`` (once per instance; store the result)."""
    http = _http(instance_url, session)
    data: list[tuple[str, str]] = [("client_name", client_name), ("scopes", scopes)]
    data.extend(("redirect_uris[]", uri) for uri in redirect_uris)
    if website:
        data.append(("website", website))
    resp = http.request("POST", "/api/v1/apps", data=data, auth=False)
    if resp.status_code == 422:
        raise Rejected(f"Mastodon refused to register the app: {_error_of(resp)}")
    body = _check(resp, "registering the app")
    if not body.get("client_id") or not body.get("client_secret"):
        raise OAuthError("Mastodon did not return app credentials.")
    return AppRegistration(
        instance_url=http.base_url,
        client_id=str(body["client_id"]),
        client_secret=str(body["client_secret"]),
        redirect_uris=tuple(redirect_uris),
        scopes=scopes,
    )


def make_pkce() -> Pkce:
    """A fresh PKCE verifier and its S256 challenge (RFC 7636)."""
    verifier = secrets.token_urlsafe(64)[:96]
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return Pkce(verifier=verifier, challenge=challenge)


def make_state() -> str:
    return secrets.token_urlsafe(24)


def authorize_url(
    app: AppRegistration,
    redirect_uri: str,
    pkce: Pkce,
    state: str,
    *,
    force_login: bool = False,
    lang: str = "",
) -> str:
    """The URL to open in the user's browser."""
    params = {
        "response_type": "code",
        "client_id": app.client_id,
        "redirect_uri": redirect_uri,
        "scope": app.scopes,
        "state": state,
        "code_challenge": pkce.challenge,
        "code_challenge_method": pkce.method,
    }
    if force_login:
        params["force_login"] = "true"
    if lang:
        params["lang"] = lang
    return f"{app.instance_url}/oauth/authorize?{urlencode(params)}"


def exchange_code(
    app: AppRegistration,
    code: str,
    redirect_uri: str,
    pkce_verifier: str,
    *,
    session: requests.Session | None = None,
) -> TokenGrant:
    """Trade the authorization code for an access token (the same redirect URI as authorize)."""
    http = _http(app.instance_url, session)
    resp = http.request(
        "POST",
        "/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code.strip(),
            "client_id": app.client_id,
            "client_secret": app.client_secret,
            "redirect_uri": redirect_uri,
            "code_verifier": pkce_verifier,
            "scope": app.scopes,
        },
        auth=False,
    )
    body = _check(resp, "exchanging the authorization code")
    token = body.get("access_token")
    if not token:
        raise OAuthError("Mastodon did not return an access token.")
    return TokenGrant(
        access_token=str(token),
        scope=str(body.get("scope") or ""),
        token_type=str(body.get("token_type") or "Bearer"),
        created_at=int(body.get("created_at") or 0),
    )


# --- loopback receiver ---------------------------------------------------------------------

_DONE_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>mbdesk</title></head>"
    "<body style='font-family:sans-serif'><h2>{title}</h2><p>{text}</p></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    server: _ReceiverServer

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != CALLBACK_PATH:
            self._reply(404, "Not found", "This address only receives the mbdesk login.")
            return
        outcome = self.server.receiver._accept(parse_qs(parts.query))
        if outcome is None:
            self._reply(200, "mbdesk is authorized", "You can close this tab and return to mbdesk.")
        else:
            self._reply(400, "Authorization failed", outcome)

    def _reply(self, status: int, title: str, text: str) -> None:
        body = _DONE_PAGE.format(title=html.escape(title), text=html.escape(text)).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Silence: the request line holds the authorization code."""


class _ReceiverServer(HTTPServer):
    receiver: LoopbackReceiver


class LoopbackReceiver:
    """Receives one ``/callback?code=&state=`` on 127.0.0.1 (RFC 8252): on ``port`` when it is
    free (the port an app registration names, for servers that match it exactly), else on any
    free port.

    Use as a context manager; ``redirect_uri`` is valid once started.
    """

    def __init__(self, state: str, *, timeout: float = 300.0, port: int = 0) -> None:
        self.state = state
        self.timeout = timeout
        self.preferred_port = port
        self._event = threading.Event()
        self._code: str | None = None
        self._error: str | None = None
        self._error_code = ""
        self._server: _ReceiverServer | None = None
        self._thread: threading.Thread | None = None
        self._port: int | None = None

    def start(self) -> LoopbackReceiver:
        server = None
        if self.preferred_port:
            try:
                server = _ReceiverServer((LOOPBACK_HOST, self.preferred_port), _Handler)
            except OSError:  # taken by something else: any free port (then registered anew)
                server = None
        if server is None:
            server = _ReceiverServer((LOOPBACK_HOST, 0), _Handler)
        server.receiver = self
        self._server = server
        self._port = int(server.server_address[1])
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="oauth-loopback",
            daemon=True,
        )
        self._thread.start()
        return self

    @property
    def port(self) -> int:
        """The bound port (kept after ``stop`` so the exchange can name the redirect URI)."""
        if self._port is None:
            raise RuntimeError("LoopbackReceiver is not started")
        return self._port

    @property
    def redirect_uri(self) -> str:
        return loopback_redirect(self.port)

    def _accept(self, query: dict[str, list[str]]) -> str | None:
        """Record the first callback of this login; returns an error text for the browser, or
        None. A request without this login's state (another tab, a stale link, a local page
        probing the port) is answered and ignored: the real answer may still come."""
        if self._event.is_set():
            return "This login was already completed."
        state = (query.get("state") or [""])[0]
        if not secrets.compare_digest(state.encode("utf-8", "replace"),
                                      self.state.encode("utf-8")):
            return "This answer does not belong to the login mbdesk is waiting for."
        if query.get("error"):
            self._error_code = query["error"][0][:100]
            if self._error_code in REDIRECT_REFUSALS:  # shown in the browser, too
                self._error = (f"The server did not accept mbdesk's sign-in address "
                               f"({self._error_code}). Return to mbdesk and paste the code "
                               "instead.")
            else:
                self._error = f"Authorization was refused ({self._error_code})."
        elif not (query.get("code") or [""])[0]:
            self._error = "The login answer carried no authorization code."
        else:
            self._code = query["code"][0]
        self._event.set()
        return self._error

    def wait(self, timeout: float | None = None) -> str:
        """Block until the browser comes back; the authorization code."""
        if not self._event.wait(self.timeout if timeout is None else timeout):
            raise LoginTimedOut("The browser did not come back with an authorization in time.")
        if self._error:
            if self._error_code in REDIRECT_REFUSALS:
                raise RedirectRefused(self._error)
            raise OAuthError(self._error)
        assert self._code is not None
        return self._code

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> LoopbackReceiver:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
