"""The shared Mastodon connect code (no Qt) against the fake server on 127.0.0.1: server
addresses, the remembered app registration (and a registration the server forgot), the
loopback and pasted-code paths, cancel, and the CLI's --loopback going through the same code."""

from __future__ import annotations

import io
import re
import sys
import threading

import pytest
import requests

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
