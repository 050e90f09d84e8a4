"""The shared Mastodon connect code (no Qt) against the fake server on 127.0.0.1: server
addresses, the remembered app registration (and a registration the server forgot), the
loopback and pasted-code paths, cancel, and the CLI's --loopback going through the same code."""

from __future__ import annotations

import io
import re
import sys
import threading
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from fake_mastodon import Fault

from mbdesk.app import main
from mbdesk.secrets import SERVICE
from mbdesk.services import mastodon_connect as mc
from mbdesk.store import settings
from mbdesk.store.models import Account


def follow(url: str) -> requests.Response:
    with requests.Session() as session:
        session.trust_env = False
        return session.get(url, timeout=10)


def browser_login(**kw) -> mc.BrowserLogin:
    """A login whose browser follows the authorization URL at once (on its own thread)."""
    return mc.BrowserLogin(
        open_url=lambda url: threading.Thread(target=follow, args=(url,), daemon=True).start(),
        timeout=10, **kw)


@pytest.mark.parametrize(("text", "url"), [
    ("mastodon.social", "https://mastodon.social"),
    ("  Mastodon.Social/ ", "https://mastodon.social"),
    ("@shop@mastodon.social", "https://mastodon.social"),
    ("https://mastodon.social/@shop", "https://mastodon.social"),
    ("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
])
def test_normalize_instance(text, url):
    assert mc.normalize_instance(text) == url


@pytest.mark.parametrize("text", ["", "   ", "ftp://host"])
def test_normalize_instance_refuses_nonsense(text):
    with pytest.raises(mc.ConnectError):
        mc.normalize_instance(text)


def test_connect_remembers_the_app_and_registers_again_after_a_failure(
        server, db, ctx, memory_keyring):
    done = mc.connect(ctx.secrets, server.url, login=browser_login())
    assert done.created and Account.get_by_id(done.account_id).remote_id == server.me_id
    first = settings.get(mc.APPS_SETTING_PREFIX + server.url)
    again = mc.connect(ctx.secrets, server.url, login=browser_login())
    assert (again.account_id, again.created) == (done.account_id, False)
    assert len(server.requests_to("/api/v1/apps", "POST")) == 1

    server.apps.clear()  # the server was reset: its sign-in page no longer knows our app
    with pytest.raises(mc.ConnectError, match="did not come back"):
        mc.connect(ctx.secrets, server.url, login=mc.BrowserLogin(timeout=0.2))
    assert settings.get(mc.APPS_SETTING_PREFIX + server.url) is None  # forgotten
    mc.connect(ctx.secrets, server.url, login=browser_login())
    assert settings.get(mc.APPS_SETTING_PREFIX + server.url)["client_id"] != first["client_id"]
    assert Account.select().count() == 1


def test_exchange_with_an_unknown_app_forgets_it(server, db, ctx):
    app = mc.app_registration(mc.normalize_instance(server.url))
    server.apps.clear()
    with pytest.raises(mc.ConnectError, match="did not accept"):
        mc.exchange(app, "code", mc.auth.OOB_REDIRECT, "v" * 50)
    assert mc.remembered_app(server.url) is None


def test_pasted_code_wins_without_the_loopback(server, db, ctx, memory_keyring):
    login = mc.BrowserLogin(loopback=False, timeout=10)
    login.show_paste_url = lambda url: login.submit_code(
        re.search(r"<code>([^<]+)</code>", follow(url).text).group(1))
    done = mc.connect(ctx.secrets, server.url, login=login)
    token = memory_keyring.store[(SERVICE, Account.get_by_id(done.account_id).uid)]
    assert server.tokens[token]["account_id"] == server.me_id


def test_cancel_and_timeout_leave_nothing(server, db, ctx, memory_keyring):
    login = mc.BrowserLogin(timeout=10)
    login.open_url = lambda url: login.cancel()
    with pytest.raises(mc.ConnectCancelled):
        mc.connect(ctx.secrets, server.url, login=login)
    with pytest.raises(mc.ConnectError, match="did not come back in time"):
        mc.connect(ctx.secrets, server.url, login=mc.BrowserLogin(timeout=0.1))
    assert Account.select().count() == 0 and not memory_keyring.store


def test_cli_loopback_uses_the_shared_code(server, workspace, db, monkeypatch, memory_keyring):
    class Stderr(io.StringIO):
        """The terminal: when the address appears, the person opens it in the browser."""

        def write(self, text: str) -> int:
            found = re.search(r"http://\S+/oauth/authorize\S+", text)
            if found:
                threading.Thread(target=follow, args=(found.group(0),), daemon=True).start()
            return super().write(text)

    monkeypatch.setattr(sys, "stderr", Stderr())
    rc = main(["--data-dir", str(workspace.root), "accounts", "add", "mastodon", "--instance",
               server.url, "--loopback"])
    assert rc == 0
    account = Account.get()
    assert server.tokens[memory_keyring.store[(SERVICE, account.uid)]]["account_id"] == (
        server.me_id)
    assert settings.get(mc.APPS_SETTING_PREFIX + server.url)["client_id"] in server.apps


# --- servers that match the loopback address exactly, port included (GoToSocial) -----------------


def paste_code(url: str) -> str:
    """Plays the owner: opens the page with a code, reads the code."""
    return re.search(r"<code>([^<]+)</code>", follow(url).text).group(1)


def test_exact_port_server_signs_in_and_keeps_one_registration(server, db, ctx, memory_keyring):
    server.redirect_exact_port = True
    opened: list[str] = []
    login = browser_login()
    browse = login.open_url
    login.open_url = lambda url: (opened.append(url), browse(url))
    done = mc.connect(ctx.secrets, server.url, login=login)
    assert done.created
    stored = settings.get(mc.APPS_SETTING_PREFIX + server.url)
    used = parse_qs(urlsplit(opened[0]).query)["redirect_uri"][0]
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/callback", used)
    assert used in stored["redirect_uris"] and used in server.apps[stored["client_id"]][
        "redirect_uris"]
    # the next sign-in listens on the registered port again: no second registration
    assert mc.connect(ctx.secrets, server.url, login=browser_login()).created is False
    assert len(server.requests_to("/api/v1/apps", "POST")) == 1


def test_a_registration_without_the_exact_address_is_registered_again(server, db, ctx,
                                                                      memory_keyring):
    server.redirect_exact_port = True
    old = mc.auth.register_app(server.url)  # older mbdesk: http://127.0.0.1/callback, no port
    settings.put(mc.APPS_SETTING_PREFIX + server.url, {
        "client_id": old.client_id, "client_secret": old.client_secret,
        "redirect_uris": list(old.redirect_uris), "scopes": old.scopes})
    mc.connect(ctx.secrets, server.url, login=browser_login())
    stored = settings.get(mc.APPS_SETTING_PREFIX + server.url)
    assert stored["client_id"] != old.client_id
    assert mc.auth.loopback_port(stored["redirect_uris"])
    assert Account.select().count() == 1


def remember_a_registration_the_server_has_otherwise(server) -> None:
    """Our remembered registration names a loopback address the server does not have (it
    changed its mind, or matches differently): the browser comes back with server_error."""
    server.redirect_exact_port = True
    app = mc.auth.register_app(server.url, redirect_uris=(
        "http://127.0.0.1:1/callback", mc.auth.OOB_REDIRECT))
    with mc.auth.LoopbackReceiver("probe") as probe:
        port = probe.port
    settings.put(mc.APPS_SETTING_PREFIX + server.url, {
        "client_id": app.client_id, "client_secret": app.client_secret,
        "redirect_uris": [f"http://127.0.0.1:{port}/callback", mc.auth.OOB_REDIRECT],
        "scopes": app.scopes})


def test_refused_redirect_falls_back_to_the_pasted_code(server, db, ctx, memory_keyring):
    remember_a_registration_the_server_has_otherwise(server)
    refused: list[str] = []
    login = browser_login()

    def fall_back(url: str) -> None:
        refused.append(url)
        login.submit_code(paste_code(url))

    login.on_redirect_refused = fall_back
    done = mc.connect(ctx.secrets, server.url, login=login)
    assert done.created and len(refused) == 1
    assert "redirect_uri=urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob" in refused[0]
    token = memory_keyring.store[(SERVICE, Account.get_by_id(done.account_id).uid)]
    assert server.tokens[token]["account_id"] == server.me_id


def test_refused_redirect_without_a_paste_field_says_what_happened(server, db, ctx,
                                                                   memory_keyring):
    remember_a_registration_the_server_has_otherwise(server)
    with pytest.raises(mc.ConnectError) as exc:
        mc.connect(ctx.secrets, server.url, login=browser_login())
    text = f"{exc.value.message} {exc.value.hint}"
    assert "did not accept mbdesk's sign-in address" in text and "paste the code" in text
    assert "Authorize" not in text
    assert Account.select().count() == 0 and not memory_keyring.store


class Terminal(io.StringIO):
    """stderr of the terminal: when an authorization address appears, the person opens it in
    the browser; ``code_pages`` keeps the out-of-band ones (pages that show a code)."""

    def __init__(self) -> None:
        super().__init__()
        self.code_pages: list[str] = []

    def write(self, text: str) -> int:
        found = re.search(r"http://\S+/oauth/authorize\S+", text)
        if found and "urn%3Aietf" in found.group(0):
            self.code_pages.append(found.group(0))
        elif found:
            threading.Thread(target=follow, args=(found.group(0),), daemon=True).start()
        return super().write(text)


class Keyboard(io.StringIO):
    """stdin: the person types the code of the last page with a code."""

    def __init__(self, terminal: Terminal) -> None:
        super().__init__()
        self.terminal = terminal

    def readline(self, *_args) -> str:
        return paste_code(self.terminal.code_pages[-1]) + "\n"


def test_cli_loopback_signs_in_on_an_exact_port_server(server, workspace, db, monkeypatch,
                                                       memory_keyring):
    server.redirect_exact_port = True
    monkeypatch.setattr(sys, "stderr", Terminal())
    rc = main(["--data-dir", str(workspace.root), "accounts", "add", "mastodon", "--instance",
               server.url, "--loopback"])
    assert rc == 0 and "did not accept" not in sys.stderr.getvalue()
    account = Account.get()
    assert server.tokens[memory_keyring.store[(SERVICE, account.uid)]]["account_id"] == (
        server.me_id)


def test_cli_loopback_refused_asks_for_the_code(server, workspace, db, monkeypatch,
                                                memory_keyring, capsys):
    remember_a_registration_the_server_has_otherwise(server)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdin", Keyboard(terminal))
    rc = main(["--data-dir", str(workspace.root), "accounts", "add", "mastodon", "--instance",
               server.url, "--loopback"])
    assert rc == 0
    said = terminal.getvalue()
    assert "did not accept mbdesk's sign-in address" in said and "paste the code" in said
    assert "Authorize" not in said
    assert Account.select().count() == 1


# --- the handle's domain is the server's own ---------------------------------------------------


def connect_with_token(server, ctx) -> str:
    return mc.connect(ctx.secrets, server.url, token=server.token).handle


def test_handle_takes_the_domain_of_the_v2_instance(server, db, ctx, memory_keyring):
    server.account_domain = "shop.example"
    assert connect_with_token(server, ctx) == "shop@shop.example"
    assert Account.get().handle == "shop@shop.example"


def test_handle_prefers_the_account_domain_of_gotosocial(server, db, ctx, memory_keyring):
    """GoToSocial: v2 ``domain`` is the host serving the API, v1 ``account_domain`` the one of
    the handles (it may carry a port)."""
    host = urlsplit(server.url).netloc
    server.account_domain = "127.0.0.1"
    server.faults.append(Fault.http(200, path="/api/v2/instance", times=5, json_body={
        "domain": host, "title": "GoToSocial", "version": "0.19.1 git-abc"}))
    assert connect_with_token(server, ctx) == "shop@127.0.0.1"


def test_handle_from_webfinger_when_the_instance_names_no_domain(server, db, ctx,
                                                                 memory_keyring):
    server.v2_instance = False  # v1 only, without account_domain
    server.account_domain = None
    server.domain = "bakery.example"
    assert connect_with_token(server, ctx) == "shop@bakery.example"
    finger = server.requests_to("/.well-known/webfinger")
    assert finger and ("resource", f"acct:shop@{urlsplit(server.url).netloc}") in (
        finger[0]["query"])
    # no WebFinger either: the address typed, as before (signing in again updates the handle)
    server.faults.append(Fault.http(404, path="/.well-known/webfinger", times=5))
    assert connect_with_token(server, ctx) == f"shop@{urlsplit(server.url).netloc}"
    assert Account.get().handle == f"shop@{urlsplit(server.url).netloc}"
