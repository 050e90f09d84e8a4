"""``mbdesk accounts add weibo --app-key KEY [--api-base URL] [--safe-domain DOMAIN]
[--default-link URL] (--token-stdin | --code-stdin [--redirect-uri URI])``.

``--token-stdin`` reads an access token (first line); ``--code-stdin`` reads the app secret,
then the authorization code (or the whole redirected URL). Without either, the authorization
address is printed and both are asked for. The same code as the window
(``mbdesk.services.weibo_connect``).
"""

from __future__ import annotations

import argparse
import sys

from mbdesk.errors import MbdeskError
from mbdesk.secrets import SecretStore


def _line(what: str) -> str:
    value = sys.stdin.readline().strip()
    if not value:
        raise MbdeskError(f"No {what} on stdin.", hint="Pipe it in, one value a line.")
    return value


def add_weibo(args: argparse.Namespace, secrets: SecretStore) -> int:
    from mbdesk.domain import weibo_rules
    from mbdesk.platforms.weibo_auth import DEFAULT_REDIRECT_URI, authorize_url
    from mbdesk.services.weibo_connect import WeiboConnect, connect_weibo

    if not args.app_key:
        raise MbdeskError("--app-key is required for Weibo.", hint="The App Key of your app at "
                          "open.weibo.com, e.g. 'mbdesk accounts add weibo --app-key 123456 "
                          "--code-stdin'.")
    if args.token_stdin and args.code_stdin:
        raise MbdeskError("Use either --token-stdin or --code-stdin.")
    if args.default_link and args.safe_domain and not weibo_rules.on_domain(
            args.default_link, args.safe_domain):
        raise MbdeskError(f"The default link {args.default_link} is not on the safe domain "
                          f"{args.safe_domain}.", hint="Weibo only accepts links on the app's "
                          "safe domain.")
    redirect = args.redirect_uri or DEFAULT_REDIRECT_URI
    token = secret = code = ""
    if args.token_stdin:
        token = _line("access token")
    else:
        if not args.code_stdin:
            print("Open this address in your browser, allow the app, then paste the app secret "
                  "and the code (or the address the browser went to), one a line:",
                  file=sys.stderr)
            print(authorize_url(args.app_key, redirect, args.api_base), file=sys.stderr,
                  flush=True)
        secret = _line("app secret")
        code = _line("authorization code")
    done = connect_weibo(secrets, WeiboConnect(
        app_key=args.app_key, api_base=args.api_base, app_secret=secret, code=code, token=token,
        redirect_uri=args.redirect_uri, safe_domain=args.safe_domain,
        default_link=args.default_link))
    verb = "Connected" if done.created else "Authorized again"
    print(f"{verb} {done.handle} (id {done.account_id}).")
    return 0
