"""Mastodon OAuth helpers against the fake server: registration, PKCE, state, loopback, oob."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from mbdesk.platforms.base import Rejected
from mbdesk.platforms.mastodon import MastodonClient
from mbdesk.platforms.mastodon_auth import (
    LOOPBACK_REDIRECT,
    OOB_REDIRECT,
    SCOPES,
    LoginTimedOut,
    LoopbackReceiver,
    OAuthError,
    RedirectRefused,
    authorize_url,
    exchange_code,
    loopback_port,
    loopback_redirect,
    make_pkce,
    make_state,
    register_app,
)


@pytest.fixture
def browser() -> Iterator[requests.Session]:
    """Plays the user's browser: follows the fake's redirect to the loopback receiver."""
    with requests.Session() as s:
        s.trust_env = False
        yield s


def test_register_app_sends_both_redirect_uris_and_scopes(server):
    app = register_app(server.url, website="https://shop.example")
    assert app.client_id and app.client_secret
    assert app.redirect_uris == (LOOPBACK_REDIRECT, OOB_REDIRECT)
    stored = server.apps[app.client_id]
    assert stored["redirect_uris"] == [LOOPBACK_REDIRECT, OOB_REDIRECT]
    assert stored["scopes"] == SCOPES
    assert set(SCOPES.split()) == {
        "read:accounts",
        "read:notifications",
        "read:statuses",
        "read:search",
        "read:follows",
        "write:statuses",
        "write:media",
        "write:follows",
    }


def test_register_app_bad_redirect_is_rejected(server):
    with pytest.raises(Rejected, match="Redirect URI"):
        register_app(server.url, redirect_uris=("not a uri",))


def test_pkce_is_s256_of_verifier():
    p = make_pkce()
    assert 43 <= len(p.verifier) <= 128 and re.fullmatch(r"[A-Za-z0-9_\-]+", p.verifier)
    digest = hashlib.sha256(p.verifier.encode()).digest()
    assert p.challenge == base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    assert p.method == "S256" and make_pkce().verifier != p.verifier
    assert make_state() != make_state()


def test_authorize_url_carries_everything(server):
    app = register_app(server.url)
    pkce, state = make_pkce(), make_state()
    url = authorize_url(app, OOB_REDIRECT, pkce, state, force_login=True)
    q = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert url.startswith(server.url + "/oauth/authorize?")
    assert q == {
        "response_type": "code",
        "client_id": app.client_id,
        "redirect_uri": OOB_REDIRECT,
        "scope": SCOPES,
        "state": state,
        "code_challenge": pkce.challenge,
        "code_challenge_method": "S256",
        "force_login": "true",
    }


def test_loopback_flow_end_to_end(server, browser):
    app = register_app(server.url)
    pkce, state = make_pkce(), make_state()
    with LoopbackReceiver(state, timeout=10) as receiver:
        assert receiver.redirect_uri.startswith("http://127.0.0.1:")
        assert receiver.port != 80
        page = browser.get(authorize_url(app, receiver.redirect_uri, pkce, state), timeout=5)
        assert page.status_code == 200 and "close this tab" in page.text
        code = receiver.wait()
    grant = exchange_code(app, code, receiver.redirect_uri, pkce.verifier)
    assert grant.access_token and grant.scope == SCOPES
    assert grant.access_token not in repr(grant)
    ident = MastodonClient(server.url, grant.access_token).identity()
    assert ident.remote_id == server.me_id


def test_wrong_pkce_verifier_is_refused(server, browser):
    app = register_app(server.url)
    pkce, state = make_pkce(), make_state()
    with LoopbackReceiver(state, timeout=10) as receiver:
        browser.get(authorize_url(app, receiver.redirect_uri, pkce, state), timeout=5)
        code = receiver.wait()
    with pytest.raises(OAuthError, match="invalid"):
        exchange_code(app, code, receiver.redirect_uri, make_pkce().verifier)
    # the right verifier still works once, then the code is spent
    exchange_code(app, code, receiver.redirect_uri, pkce.verifier)
    with pytest.raises(OAuthError):
        exchange_code(app, code, receiver.redirect_uri, pkce.verifier)


def test_receiver_ignores_a_wrong_state_and_keeps_waiting(browser):
    """Issue 12: one request with another state (a stale tab, a local page probing the port)
    used to end the sign-in; it is refused in the browser and the real answer still counts."""
    with LoopbackReceiver("expected-state", timeout=10) as receiver:
        for forged in ("code=abc&state=forged", "error=access_denied&state=forged", "code=abc"):
            resp = browser.get(f"{receiver.redirect_uri}?{forged}", timeout=5)
            assert resp.status_code == 400 and "abc" not in resp.text
        with pytest.raises(LoginTimedOut):
            receiver.wait(timeout=0.2)  # still waiting
        ok = browser.get(f"{receiver.redirect_uri}?code=real&state=expected-state", timeout=5)
        assert ok.status_code == 200
        assert receiver.wait() == "real"


def test_receiver_page_never_echoes_markup(browser):
    with LoopbackReceiver("s", timeout=10) as receiver:
        resp = browser.get(f"{receiver.redirect_uri}?state=s&error=%3Cscript%3Ealert(1)"
                           "%3C%2Fscript%3E", timeout=5)
        assert resp.status_code == 400
        assert "<script>" not in resp.text and "&lt;script&gt;" in resp.text
        with pytest.raises(OAuthError):
            receiver.wait()


def test_receiver_reports_denial_and_ignores_other_paths(server, browser):
    server.deny_authorization = True
    app = register_app(server.url)
    pkce, state = make_pkce(), make_state()
    with LoopbackReceiver(state, timeout=10) as receiver:
        port = receiver.port
        assert browser.get(f"http://127.0.0.1:{port}/favicon.ico", timeout=5).status_code == 404
        browser.get(authorize_url(app, receiver.redirect_uri, pkce, state), timeout=5)
        with pytest.raises(OAuthError, match="access_denied"):
            receiver.wait()


def test_receiver_times_out():
    with LoopbackReceiver("s", timeout=0.05) as receiver, pytest.raises(LoginTimedOut):
        receiver.wait()


def test_out_of_band_code_pasted_by_user(server, browser):
    app = register_app(server.url)
    pkce, state = make_pkce(), make_state()
    page = browser.get(authorize_url(app, OOB_REDIRECT, pkce, state), timeout=5)
    code = re.search(r"<code>([^<]+)</code>", page.text).group(1)
    grant = exchange_code(app, f"  {code}\n", OOB_REDIRECT, pkce.verifier)
    assert MastodonClient(server.url, grant.access_token).identity().handle == "shop"


def test_exchange_with_other_redirect_uri_is_refused(server, browser):
    app = register_app(server.url)
    pkce, state = make_pkce(), make_state()
    page = browser.get(authorize_url(app, OOB_REDIRECT, pkce, state), timeout=5)
    code = re.search(r"<code>([^<]+)</code>", page.text).group(1)
    with pytest.raises(OAuthError) as exc:
        exchange_code(app, code, "http://127.0.0.1:1/callback", pkce.verifier)
    assert code not in exc.value.message and app.client_secret not in exc.value.message


# --- servers that match the redirect URI exactly, port included (GoToSocial) ---------------------


def test_receiver_on_the_registered_port_passes_an_exact_port_server(server, browser):
    server.redirect_exact_port = True
    with LoopbackReceiver("first", timeout=10) as probe:
        port = probe.port  # a free port, named in the registration below
    app = register_app(server.url, redirect_uris=(loopback_redirect(port), OOB_REDIRECT))
    assert loopback_port(app.redirect_uris) == port and loopback_port((LOOPBACK_REDIRECT,)) == 0
    pkce, state = make_pkce(), make_state()
    with LoopbackReceiver(state, timeout=10, port=port) as receiver:
        assert receiver.redirect_uri == loopback_redirect(port)
        browser.get(authorize_url(app, receiver.redirect_uri, pkce, state), timeout=5)
        code = receiver.wait()
    assert exchange_code(app, code, receiver.redirect_uri, pkce.verifier).access_token


def test_preferred_port_taken_falls_back_to_a_free_one():
    with LoopbackReceiver("a", timeout=10) as first, \
            LoopbackReceiver("b", timeout=10, port=first.port) as second:
        assert second.port not in (0, first.port)


def test_exact_port_server_refusing_the_redirect_says_so(server, browser):
    """GoToSocial answers a redirect URI it does not match with server_error, sent back to that
    very address: the receiver reports a refused redirect, not a denial."""
    server.redirect_exact_port = True
    app = register_app(server.url)  # the portless loopback address of older mbdesk versions
    pkce, state = make_pkce(), make_state()
    with LoopbackReceiver(state, timeout=10) as receiver:
        page = browser.get(authorize_url(app, receiver.redirect_uri, pkce, state), timeout=5)
        assert page.status_code == 400 and "paste the code instead" in page.text
        with pytest.raises(RedirectRefused, match="did not accept mbdesk's sign-in address"):
            receiver.wait()
