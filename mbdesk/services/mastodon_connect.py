"""Connecting a Mastodon account: the one implementation behind ``mbdesk accounts add mastodon``
and the window's "Add account" / "Re-authorize".

Steps: check that the server is a Mastodon server → PKCE + ``state`` and a loopback receiver
on 127.0.0.1 (on the port the remembered registration names, when free) → the app registration
of that server (registered once, remembered in the settings table; registered again when it
lacks the receiver's exact redirect URI, since GoToSocial matches the port too) → the
authorization URL for the browser; the out-of-band URL (the server shows a code to paste) is
offered beside it → the code, from whichever comes first (a server that sends the browser back
refusing the loopback address switches to the pasted code by itself) → token exchange →
``verify_credentials`` → the handle's domain as the server states it (instance document, else
WebFinger, else the address typed) → token to the keyring → the Account row created or updated.

Nothing is half-created: the keyring is checked before the browser opens, the token is stored
before the row exists, and the row is written in one transaction (its token removed again if
that fails). Blocking; the window calls it on a worker thread. Qt-free.

The client secret of the app registration is not a user token (anyone can register an app),
but it stays out of messages and logs all the same.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from mbdesk.errors import MbdeskError
from mbdesk.platforms import mastodon_auth as auth
from mbdesk.platforms.base import AccountIdentity, PlatformError, TemporaryFailure
from mbdesk.secrets import NO_BACKEND_HINT, NO_BACKEND_MESSAGE, SecretStore
from mbdesk.store import settings
from mbdesk.store.models import Account, AccountStatus, Platform, database_proxy, new_uid

log = logging.getLogger(__name__)

APPS_SETTING_PREFIX = "mastodon_app:"  # + instance URL → {client_id, client_secret, ...}
LOGIN_TIMEOUT = 600.0  # seconds the window waits for the browser


class ConnectError(MbdeskError):
    """Connecting failed; nothing was stored. The message says why, the hint what to do."""

    title = "Could not connect the account"


class ConnectCancelled(ConnectError):
    """The owner cancelled the sign-in."""


@dataclass(frozen=True)
class Connected:
    account_id: int
    handle: str
    created: bool  # False: an existing account got a fresh token (re-authorized)


# --- the server ----------------------------------------------------------------------------------


def normalize_instance(text: str) -> str:
    """``mastodon.social``, ``@shop@mastodon.social`` or a profile URL → ``https://host``."""
    text = text.strip()
    if not text:
        raise ConnectError("Enter your server's address, for example mastodon.social.")
    if "://" not in text:
        if "@" in text:
            text = text.rsplit("@", 1)[-1]
        text = "https://" + text
    parts = urlsplit(text)
    try:  # "javascript:alert(1)" reads as host "javascript", port "alert(1)"
        port = parts.port
    except ValueError:
        port = -1
    if (parts.scheme not in ("http", "https") or not parts.hostname or port == -1
            or port == 0 or not _HOST.fullmatch(parts.hostname)):
        raise ConnectError(f"{text!r} is not a server address.",
                           hint="Enter it like mastodon.social (https://, and a port from 1 to "
                           "65535 if it has one).")
    host = parts.hostname.lower()
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    if port:
        host = f"{host}:{port}"
    return f"{parts.scheme}://{host}"


# letters (also non-Latin ones: IDN), digits, dots, hyphens; or an IPv6 literal
_HOST = re.compile(r"[\w.-]+|[0-9a-fA-F:.]+", re.UNICODE)
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def plain_http_warning(instance_url: str) -> str:
    """What to tell the owner before a token goes to a server over plain http ("" for https
    and for a server on this machine)."""
    parts = urlsplit(instance_url)
    if parts.scheme != "http" or (parts.hostname or "").lower() in LOOPBACK_HOSTS:
        return ""
    return (f"{parts.netloc} is reached over plain http: the token and everything mbdesk sends "
            "there are not encrypted on the way. Use https:// unless this is a test server.")


def check_server(instance_url: str) -> None:
    """Make sure ``instance_url`` answers like a Mastodon server (before any sign-in)."""
    from mbdesk.platforms.http import HttpClient

    http = HttpClient(instance_url, connect_timeout=5.0, read_timeout=15.0,
                      platform_label="server")
    host = urlsplit(instance_url).netloc
    try:
        resp = http.request("GET", "/api/v2/instance", auth=False)
        if resp.status_code == 404:
            resp = http.request("GET", "/api/v1/instance", auth=False)
    except TemporaryFailure:
        raise ConnectError(f"Could not reach {host}.",
                           hint="Check the address (for example mastodon.social) and your "
                           "connection, then try again.") from None
    if resp.status_code >= 500:
        raise ConnectError(f"{host} is having problems right now (HTTP {resp.status_code}).",
                           hint="Try again in a few minutes.")
    try:
        body = resp.json() if resp.status_code == 200 else None
    except ValueError:
        body = None
    if not isinstance(body, dict) or not ({"domain", "uri", "version"} & body.keys()):
        raise ConnectError(f"{host} does not look like a Mastodon server.",
                           hint="Check the address: it is the server your account lives on, "
                           "the part after the second @ of your handle.")


def _app_key(instance_url: str) -> str:
    return APPS_SETTING_PREFIX + instance_url


def remembered_app(instance_url: str):
    """The stored app registration of a server, or None."""
    data = settings.get(_app_key(instance_url))
    if not isinstance(data, dict) or not data.get("client_id") or not data.get("client_secret"):
        return None
    return auth.AppRegistration(instance_url=instance_url, client_id=data["client_id"],
                           client_secret=data["client_secret"],
                           redirect_uris=tuple(data.get("redirect_uris") or ()),
                           scopes=data.get("scopes") or "")


def app_registration(instance_url: str, loopback_uri: str = ""):
    """The app registration of a server: remembered, or registered now and remembered.

    ``loopback_uri`` (the receiver's exact ``http://127.0.0.1:PORT/callback``) must be among
    the registered redirect URIs: servers like GoToSocial match them exactly, port included,
    so a registration made for another port (or none) is registered again."""
    app = remembered_app(instance_url)
    if (app is not None and app.scopes == auth.SCOPES and auth.OOB_REDIRECT in app.redirect_uris
            and (not loopback_uri or loopback_uri in app.redirect_uris)):
        return app
    uris = (loopback_uri, auth.OOB_REDIRECT) if loopback_uri else (auth.OOB_REDIRECT,)
    try:
        app = auth.register_app(instance_url, redirect_uris=uris)
    except PlatformError as exc:
        raise ConnectError(f"{urlsplit(instance_url).netloc} refused to register mbdesk: "
                           f"{exc.message}",
                           hint="The server may not allow new apps; ask its admins, or "
                           "connect with an access token on the command line.") from None
    settings.put(_app_key(instance_url), {
        "client_id": app.client_id, "client_secret": app.client_secret,
        "redirect_uris": list(app.redirect_uris), "scopes": app.scopes})
    log.info("registered mbdesk on %s", instance_url)
    return app


def forget_app(instance_url: str) -> None:
    """Drop a registration the server no longer knows (the next attempt registers again)."""
    settings.put(_app_key(instance_url), None)


# --- the browser sign-in -------------------------------------------------------------------------


@dataclass(frozen=True)
class LoginUrls:
    browser: str  # authorize with the loopback redirect ("" when no loopback could be opened)
    paste: str  # authorize out-of-band: the server shows a code to paste


def redirect_refused_message(redirect_uri: str = "") -> str:
    """What the owner reads when the server refused the loopback address (plain English)."""
    where = f" ({redirect_uri})" if redirect_uri else ""
    return (f"This server did not accept mbdesk's sign-in address{where}, so the browser "
            "cannot come back to mbdesk by itself; paste the code instead.")


class BrowserLogin:
    """The caller's side of one sign-in; thread-safe.

    ``open_url(url)`` is called (on the connecting thread) with the URL to open in the browser;
    ``show_paste_url(url)`` with the out-of-band URL for "paste the code instead". Any thread
    may call ``submit_code`` (a pasted code) or ``cancel``; the connecting thread waits for the
    first of: the browser's redirect to the loopback receiver, a pasted code, cancel, timeout.

    When the server sends the browser back refusing the loopback address itself (GoToSocial:
    ``server_error``), ``on_redirect_refused(paste_url)`` is called and the wait goes on for a
    pasted code; without that callback the sign-in ends with a message saying so.
    """

    def __init__(self, open_url: Callable[[str], None] | None = None,
                 show_paste_url: Callable[[str], None] | None = None, *,
                 on_redirect_refused: Callable[[str], None] | None = None,
                 loopback: bool = True, timeout: float = LOGIN_TIMEOUT) -> None:
        self.open_url = open_url or (lambda _url: None)
        self.show_paste_url = show_paste_url or (lambda _url: None)
        self.on_redirect_refused = on_redirect_refused
        self.loopback = loopback
        self.timeout = timeout
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._pasted = ""
        self._cancelled = False
        self._pkce: auth.Pkce | None = None
        self._state = ""
        self._receiver: _WakingReceiver | None = None

    def submit_code(self, code: str) -> None:
        code = code.strip()
        if not code:
            return
        with self._lock:
            self._pasted = code
        self._wake.set()

    def cancel(self) -> None:
        """Stop waiting; the connecting thread wakes and closes the loopback receiver."""
        with self._lock:
            self._cancelled = True
        self._wake.set()

    @property
    def cancelled(self) -> bool:
        with self._lock:
            return self._cancelled

    def prepare(self, port: int = 0) -> str:
        """Start the loopback receiver (on ``port`` when free) before the app registration is
        needed; its exact redirect URI, or "" without a loopback. Idempotent; ``close`` ends it."""
        if self._pkce is None:
            self._pkce, self._state = auth.make_pkce(), auth.make_state()
            if self.loopback:
                receiver = _WakingReceiver(self._state, self._wake, timeout=self.timeout,
                                           port=port)
                try:
                    self._receiver = receiver.start()
                except OSError as exc:  # no loopback socket: the pasted code still works
                    log.warning("loopback receiver unavailable: %s", exc)
        return self._receiver.redirect_uri if self._receiver is not None else ""

    def close(self) -> None:
        """Stop the loopback receiver (safe to call more than once)."""
        receiver, self._receiver = self._receiver, None
        if receiver is not None:
            receiver.stop()

    def authorize(self, app) -> tuple[str, str, str]:
        """Run the sign-in; returns ``(code, redirect_uri, pkce_verifier)``."""
        self.prepare()
        pkce, state, receiver = self._pkce, self._state, self._receiver
        assert pkce is not None
        paste_url = auth.authorize_url(app, auth.OOB_REDIRECT, pkce, state)
        try:
            if self.cancelled:
                raise ConnectCancelled("Cancelled; nothing was added.")
            self.show_paste_url(paste_url)
            if receiver is not None:
                self.open_url(auth.authorize_url(app, receiver.redirect_uri, pkce, state))
            return (*self._wait(receiver, paste_url), pkce.verifier)
        finally:
            self.close()

    def _wait(self, receiver: _WakingReceiver | None, paste_url: str) -> tuple[str, str]:
        while True:
            if not self._wake.wait(self.timeout):
                raise ConnectError("The browser did not come back in time; nothing was added.",
                                   hint="Start again, and finish signing in within "
                                   f"{int(self.timeout // 60) or 1} minutes.")
            with self._lock:
                pasted, cancelled = self._pasted, self._cancelled
            if cancelled:
                raise ConnectCancelled("Cancelled; nothing was added.")
            if pasted:
                return pasted, auth.OOB_REDIRECT
            if receiver is None:  # woken by a late browser visit after the fallback
                self._rearm()
                continue
            try:
                return receiver.wait(0), receiver.redirect_uri
            except auth.RedirectRefused:
                self._fall_back_to_paste(receiver, paste_url)
                receiver = None
            except auth.OAuthError as exc:
                raise ConnectError(f"The sign-in did not go through: {exc.message}",
                                   hint="Nothing was added. Start again and choose "
                                   "“Authorize” on the server's page.") from None

    def _fall_back_to_paste(self, receiver: _WakingReceiver, paste_url: str) -> None:
        """The server refused the loopback address: go on with the pasted code only."""
        log.warning("the server refused the loopback redirect; waiting for a pasted code")
        receiver.stop()
        if self.on_redirect_refused is None:
            raise ConnectError(redirect_refused_message(receiver.redirect_uri),
                               hint="Nothing was added. Start again and use “Paste the code "
                               "instead”.")
        self._rearm()
        self.on_redirect_refused(paste_url)

    def _rearm(self) -> None:
        """Wait again, unless a pasted code or a cancel came meanwhile."""
        with self._lock:
            self._wake.clear()
            if self._pasted or self._cancelled:
                self._wake.set()


class _WakingReceiver(auth.LoopbackReceiver):
    """A loopback receiver that also wakes the BrowserLogin when the browser comes back."""

    def __init__(self, state: str, wake: threading.Event, *, timeout: float,
                 port: int = 0) -> None:
        super().__init__(state, timeout=timeout, port=port)
        self._wake = wake

    def _accept(self, query: dict[str, list[str]]) -> str | None:
        outcome = super()._accept(query)
        self._wake.set()
        return outcome


# --- the token and the account -------------------------------------------------------------------


def require_secret_store(secrets: SecretStore) -> None:
    """Refuse before any browser opens when the token could not be kept."""
    if not secrets.secure and not (secrets.allow_plaintext and secrets.plaintext_file):
        raise ConnectError(NO_BACKEND_MESSAGE, hint=NO_BACKEND_HINT)


def exchange(app, code: str, redirect_uri: str, verifier: str) -> str:
    try:
        return auth.exchange_code(app, code, redirect_uri, verifier).access_token
    except auth.OAuthError as exc:
        if "invalid_client" in exc.message or "Client authentication" in exc.message:
            forget_app(app.instance_url)  # the server forgot our registration: register anew
        raise ConnectError(f"The server did not accept the sign-in: {exc.message}",
                           hint="Nothing was added. Start again; a pasted code works "
                           "only once and only for a few minutes.") from None
    except PlatformError as exc:
        raise ConnectError(exc.message, hint="Nothing was added; try again.") from None


def verify(instance_url: str, token: str) -> AccountIdentity:
    from mbdesk.platforms.mastodon import MastodonClient

    try:
        return MastodonClient(instance_url, token).identity()
    except PlatformError as exc:
        raise ConnectError(exc.message, hint="Nothing was stored; check the server address "
                           "and try again.") from None


_DOMAIN_RE = re.compile(r"[a-z0-9](?:[a-z0-9.\-]{0,251}[a-z0-9])?(?::[0-9]{1,5})?")


def _domain(value: object) -> str:
    """A handle domain (``host`` or ``host:port``) as a server states it, or ""."""
    text = str(value or "").strip().lower()
    if "://" in text:  # some servers put a URL in ``uri``
        text = urlsplit(text).netloc
    return text if _DOMAIN_RE.fullmatch(text) else ""


def account_domain(instance_url: str, username: str) -> str:
    """The domain of the server's own handles, which may differ from the address typed
    (``127.0.0.1:8000`` serving ``@shop@127.0.0.1``; Takahē or GoToSocial serving the API on
    one host and handles on another). In order: the instance documents' ``account_domain``
    (GoToSocial), ``/api/v2/instance`` ``domain`` (Mastodon, Takahē), WebFinger's ``subject``,
    else the host typed. Best effort: an unreachable source is skipped, never an error."""
    from mbdesk.platforms.http import HttpClient

    host = urlsplit(instance_url).netloc
    http = HttpClient(instance_url, connect_timeout=5.0, read_timeout=15.0,
                      platform_label="server")

    def get(path: str, params: dict[str, str] | None = None) -> dict:
        try:
            resp = http.request("GET", path, params=params, auth=False)
            body = resp.json() if resp.status_code == 200 else None
        except (PlatformError, ValueError):
            return {}
        return body if isinstance(body, dict) else {}

    v2 = get("/api/v2/instance")
    v1 = get("/api/v1/instance")
    found = (_domain(v2.get("account_domain")) or _domain(v1.get("account_domain"))
             or _domain(v2.get("domain")))
    if found:
        return found
    user = username.split("@", 1)[0]
    if user:
        subject = str(get("/.well-known/webfinger", {"resource": f"acct:{user}@{host}"})
                      .get("subject") or "")
        name, _, domain = subject.removeprefix("acct:").partition("@")
        if name.lower() == user.lower() and _domain(domain):
            return _domain(domain)
    return host


def full_handle(instance_url: str, ident: AccountIdentity, domain: str = "") -> str:
    """``user@domain``: ``domain`` as the server states it (``account_domain``), else the
    host of ``instance_url``."""
    if "@" in ident.handle:
        return ident.handle
    return f"{ident.handle}@{domain or urlsplit(instance_url).netloc}"


def save_account(secrets: SecretStore, instance_url: str, ident: AccountIdentity, token: str,
                 *, expect_account_id: int | None = None, domain: str = "") -> Connected:
    """Token to the keyring, then the row: created, or (same person on the same server)
    updated to active with its error cleared. ``expect_account_id``: re-authorizing that
    account, so the sign-in must be the same person. ``domain``: the handle's domain as the
    server states it (``account_domain``)."""
    handle = full_handle(instance_url, ident, domain)
    same = ((Account.platform == Platform.MASTODON) & (Account.instance_url == instance_url)
            & (Account.remote_id == ident.remote_id))
    existing = Account.get_or_none(same)
    if expect_account_id is not None:
        wanted = Account.get_or_none(Account.id == expect_account_id)
        if wanted is None:
            raise ConnectError("That account was removed meanwhile; nothing was changed.")
        if existing is None or existing.id != wanted.id:
            raise ConnectError(f"You signed in as {handle}, but this is {wanted.handle}.",
                               hint=f"Sign in on the server as {wanted.handle} (sign out "
                               "there first if needed); nothing was changed.")
    uid = existing.uid if existing is not None else new_uid()
    secrets.set_token(uid, token)  # SecretStoreError: nothing stored, nothing created
    try:
        with database_proxy.atomic():
            if existing is None:
                account = Account.create(uid=uid, platform=Platform.MASTODON,
                                         instance_url=instance_url, handle=handle,
                                         display_name=ident.display_name,
                                         remote_id=ident.remote_id)
                return Connected(account.id, handle, created=True)
            Account.update(status=AccountStatus.ACTIVE, last_error="", sync_state="idle",
                           display_name=ident.display_name or existing.display_name,
                           handle=handle).where(Account.id == existing.id).execute()
            return Connected(existing.id, handle, created=False)
    except Exception:
        if existing is None:
            secrets.delete_token(uid)
        raise


def connect(secrets: SecretStore, instance: str, *, login: BrowserLogin | None = None,
            token: str | None = None, expect_account_id: int | None = None) -> Connected:
    """Connect (or re-authorize) the Mastodon account on ``instance``: with ``token`` as given
    (``--token-stdin``), else through the browser sign-in ``login``."""
    require_secret_store(secrets)
    instance_url = normalize_instance(instance)
    if token is None:
        check_server(instance_url)
        login = login or BrowserLogin()
        known = remembered_app(instance_url)
        try:
            # the receiver first: its exact address must be registered (GoToSocial checks it)
            loopback_uri = login.prepare(auth.loopback_port(known.redirect_uris) if known else 0)
            app = app_registration(instance_url, loopback_uri)
            code, redirect_uri, verifier = login.authorize(app)
            token = exchange(app, code, redirect_uri, verifier)
        except ConnectError:
            if known is not None:  # maybe the server forgot our app (its page then shows an
                forget_app(instance_url)  # error): the next attempt registers again; cheap
            raise
        finally:
            login.close()
    ident = verify(instance_url, token)
    return save_account(secrets, instance_url, ident, token, expect_account_id=expect_account_id,
                        domain=account_domain(instance_url, ident.handle))
