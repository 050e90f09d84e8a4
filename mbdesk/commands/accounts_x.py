"""``mbdesk accounts add x --client-id ID [--api-base URL] (--token-stdin | --loopback)``.

``--token-stdin`` reads the access token (first line) and the refresh token (second line);
``--loopback`` signs in through the browser and catches the answer on the callback address the
shop registered in its X app (``http://127.0.0.1:8914/callback``). Both run
``mbdesk.services.x_connect`` (as the window does): the tokens are checked against X and the
access level is probed before anything is stored; the pair goes only to the keyring.
"""

from __future__ import annotations

import argparse
import sys

from mbdesk.errors import MbdeskError
from mbdesk.secrets import SecretStore


def add_x(args: argparse.Namespace, secrets: SecretStore) -> int:
    from mbdesk.platforms import x_auth
    from mbdesk.platforms.x import XTokens
    from mbdesk.services.x_connect import POSTING_ONLY, XLogin, connect_x

    if not args.client_id:
        raise MbdeskError("--client-id is required for X.", hint="developer.x.com → your app → "
                          "Keys and tokens → OAuth 2.0 Client ID.")
    if args.token_stdin == args.loopback:
        raise MbdeskError("Give exactly one of --token-stdin and --loopback for X.",
                          hint="--token-stdin reads the access token and the refresh token "
                          "(two lines); --loopback signs in through the browser.")
    tokens = login = None
    if args.token_stdin:
        access = sys.stdin.readline().strip()
        refresh = sys.stdin.readline().strip()
        if not access:
            raise MbdeskError("No access token on stdin.", hint="Pipe two lines in: the access "
                              "token, then the refresh token.")
        tokens = XTokens(access_token=access, refresh_token=refresh)
    else:
        def show(url: str) -> None:
            print("Open this address in your browser and allow mbdesk (the app's callback URI "
                  f"must be {x_auth.redirect_uri()}):", file=sys.stderr)
            print(url, file=sys.stderr, flush=True)

        login = XLogin(open_url=show)
    done = connect_x(secrets, args.client_id, args.api_base, tokens=tokens, login=login)
    verb = "Connected" if done.created else "Authorized again"
    print(f"{verb} {done.handle} (id {done.account_id}).")
    from mbdesk.store.accounts import options

    if options(done.account_id).get("access_level") == POSTING_ONLY:
        print("Note: this app's X access level allows posting only; mentions, followers and "
              "metrics are not available with it.")
    return 0
