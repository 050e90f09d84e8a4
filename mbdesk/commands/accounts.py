"""``mbdesk accounts list [--json]``, ``accounts add mastodon --instance URL [--token-stdin]``,
``accounts add bluesky --handle H [--service URL] [--appview DID] [--app-password-stdin]``,
``accounts remove NAME``.

``add`` runs the same code as the window (``mbdesk.services.mastodon_connect``): it checks the
token against the server (``verify_credentials``) before anything is stored, and stores it only
in the keyring (or, after an explicit opt-in, the plaintext file). Without ``--token-stdin`` it
runs the OAuth flow with the server's remembered app registration: it prints the authorization
URL and reads the code the server shows (``--loopback`` instead catches the browser's redirect
on 127.0.0.1).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from mbdesk.commands.context import CliContext
from mbdesk.errors import MbdeskError
from mbdesk.secrets import SecretStore
from mbdesk.store import server_profiles, settings
from mbdesk.store.accounts import delete_account
from mbdesk.store.models import Account, OutboxItem, OutboxState, Platform


def register(subparsers: argparse._SubParsersAction) -> None:
    accounts = subparsers.add_parser("accounts", help="list and manage connected accounts")
    actions = accounts.add_subparsers(dest="accounts_action", required=True)
    listing = actions.add_parser("list", help="list the connected accounts")
    listing.add_argument("--json", action="store_true", help="print JSON (stable format)")
    listing.set_defaults(func=list_accounts)

    add = actions.add_parser("add", help="connect an account")
    add.add_argument("platform", choices=[Platform.MASTODON, Platform.BLUESKY, Platform.WEIBO,
                                         Platform.X],
                     help="the platform")
    add.add_argument("--instance", metavar="URL",
                     help="mastodon: the server, e.g. https://mastodon.social")
    add.add_argument("--token-stdin", action="store_true",
                     help="mastodon: read an access token from stdin instead of authorizing in "
                     "a browser")
    add.add_argument("--loopback", action="store_true",
                     help="mastodon: catch the browser's answer on 127.0.0.1 instead of pasting "
                     "a code")
    add.add_argument("--handle", metavar="H",
                     help="bluesky: the handle (or e-mail), e.g. shop.bsky.social")
    add.add_argument("--service", metavar="URL", default="",
                     help="bluesky: the PDS or service (default https://bsky.social)")
    add.add_argument("--appview", metavar="DID", default=None,
                     help="bluesky: the AppView the PDS forwards app.bsky.* reads to (default "
                     "did:web:api.bsky.app; signing in again keeps the previous one)")
    add.add_argument("--app-password-stdin", action="store_true",
                     help="bluesky: read the app password from stdin instead of asking")
    add.add_argument("--app-key", metavar="KEY", default="",
                     help="weibo: the App Key of your app at open.weibo.com")
    add.add_argument("--api-base", metavar="URL", default="",
                     help="weibo: the API address (default https://api.weibo.com); x: the "
                     "API address (default https://api.x.com)")
    add.add_argument("--client-id", metavar="ID", default="",
                     help="x: the OAuth 2.0 client id of your app at developer.x.com")
    add.add_argument("--safe-domain", metavar="DOMAIN", default="",
                     help="weibo: the app's safe domain; every post must link to it")
    add.add_argument("--default-link", metavar="URL", default="",
                     help="weibo: appended to a post that lacks a safe-domain link")
    add.add_argument("--code-stdin", action="store_true",
                     help="weibo: read the app secret, then the authorization code (or the "
                     "redirected URL), from stdin")
    add.add_argument("--redirect-uri", metavar="URI", default="",
                     help="weibo: the app's registered redirect URI (default "
                     "https://api.weibo.com/oauth2/default.html)")
    add.set_defaults(func=add_account)

    remove = actions.add_parser("remove", help="disconnect an account and forget its token")
    remove.add_argument("name", metavar="NAME", help="the account's handle or id")
    remove.set_defaults(func=remove_account)


# --- shared helpers ---------------------------------------------------------------------------


def secret_store(ctx: CliContext) -> SecretStore:
    """The workspace's secret store (plaintext only after the owner opted in)."""
    ctx.database()
    allow = bool(getattr(ctx.args, "allow_plaintext_secrets", False)
                 or settings.get("allow_plaintext_secrets"))
    return SecretStore(ctx.workspace.root / "plaintext-secrets.json", allow_plaintext=allow)


def find_account(name: str) -> Account:
    """An account by id, exact handle, or the user part of its handle (when unambiguous)."""
    name = name.strip().lstrip("@")
    if name.isdigit():
        account = Account.get_or_none(Account.id == int(name))
        if account is not None:
            return account
    exact = list(Account.select().where(Account.handle == name))
    if len(exact) == 1:
        return exact[0]
    user = [a for a in Account.select() if a.handle.split("@")[0] == name]
    if len(user) == 1:
        return user[0]
    known = ", ".join(a.handle for a in Account.select().order_by(Account.id)) or "none"
    if len(user) > 1:
        raise MbdeskError(f"More than one account is called {name!r}.",
                          hint=f"Use the full handle or the id. Accounts: {known}.")
    raise MbdeskError(f"No account called {name!r}.", hint=f"Accounts: {known}.")


def account_record(account: Account) -> dict[str, object]:
    """The stable JSON shape of an account (documented in the README).

    From the server profile: ``software``, ``version``, ``account_domain`` ("" until probed),
    ``probed_at`` (UTC ISO or null), ``capabilities`` (name -> true/false; a name left out is
    not known yet), ``capability_notes`` (name -> what the server was seen to do), ``limits``;
    and ``steps`` (step -> {"state", "at", "error"}, as the last sync left them).
    """
    profile = server_profiles.load_profile(account.id)
    notes = profile.get("notes")
    limits = profile.get("limits")
    probed = profile.get("probed_at")
    return {
        "id": account.id,
        "uid": account.uid,
        "platform": account.platform,
        "instance": account.instance_url,
        "handle": account.handle,
        "display_name": account.display_name,
        "status": account.status,
        "sync_state": account.sync_state,
        "last_error": account.last_error,
        "software": str(profile.get("software") or ""),
        "version": str(profile.get("version") or ""),
        "account_domain": str(profile.get("account_domain") or ""),
        "probed_at": _utc_iso(probed) if isinstance(probed, str) and probed else None,
        "capabilities": server_profiles.capabilities(account.id),
        "capability_notes": ({k: v for k, v in notes.items() if isinstance(v, str)}
                             if isinstance(notes, dict) else {}),
        "limits": limits if isinstance(limits, dict) else {},
        "steps": {name: {"state": str(step.get("state") or ""),
                         "at": _utc_iso(step.get("at")),
                         "error": str(step.get("error") or ""),
                         # items the server sent that could not be read (only when some)
                         **({"unreadable": step["unreadable"]}
                            if isinstance(step.get("unreadable"), int) and step["unreadable"] > 0
                            else {})}
                  for name, step in server_profiles.load_steps(account.id).items()},
    }


def _utc_iso(value: object) -> str | None:
    """A stored time (naive = UTC) as ``…Z``, like every other time in the JSON output."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0).isoformat() + "Z"


def list_accounts(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.database()
    accounts = [account_record(a) for a in Account.select().order_by(Account.id)]
    if args.json:
        print(json.dumps(accounts, ensure_ascii=False, indent=2))
        return 0
    if not accounts:
        print("No accounts yet. Add one in the window (Accounts) or run 'mbdesk --demo'.")
        return 0
    for a in accounts:
        print(f"{a['id']:>3}  {a['platform']:<9} {a['handle']:<32} {a['status']}")
    return 0


# --- add --------------------------------------------------------------------------------------


def _cli_login(loopback: bool):
    """The terminal's side of the browser sign-in: print the address; without ``--loopback``
    (or when the server refuses the loopback address) read the code the server shows from
    stdin."""
    from mbdesk.services.mastodon_connect import BrowserLogin, redirect_refused_message

    def open_url(url: str) -> None:
        print("Open this address in your browser and allow mbdesk:", file=sys.stderr)
        print(url, file=sys.stderr, flush=True)

    login = BrowserLogin(open_url=open_url, loopback=loopback)

    def read_code(url: str) -> None:
        print("Open this address in your browser, allow mbdesk, then paste the code here:",
              file=sys.stderr)
        print(url, file=sys.stderr, flush=True)
        code = sys.stdin.readline().strip()
        if not code:
            raise MbdeskError("No authorization code was entered.", hint="Run the command again.")
        login.submit_code(code)

    def ask_code(url: str) -> None:
        if not loopback:
            read_code(url)

    def fall_back(url: str) -> None:
        """The server refused the loopback address: the code is pasted here after all."""
        print(redirect_refused_message(), file=sys.stderr)
        read_code(url)

    login.show_paste_url = ask_code
    login.on_redirect_refused = fall_back
    return login


def _add_bluesky(args: argparse.Namespace, secrets: SecretStore) -> int:
    """Sign in once with an app password (mbdesk.services.accounts_service, as the window does);
    only the session goes to the keyring."""
    from mbdesk.platforms.base import PlatformError
    from mbdesk.services.accounts_service import connect_bluesky

    if not args.handle:
        raise MbdeskError("--handle is required for Bluesky.",
                          hint="e.g. 'mbdesk accounts add bluesky --handle shop.bsky.social'.")
    if args.app_password_stdin:
        password = sys.stdin.readline().strip()
    else:
        import getpass

        password = getpass.getpass("Bluesky app password (Settings → Privacy and security → "
                                   "App passwords): ").strip()
    if not password:
        raise MbdeskError("No app password was given.", hint="Pipe it in with "
                          "--app-password-stdin, or type it when asked.")
    try:
        done = connect_bluesky(secrets, args.handle, password, args.service,
                               appview=args.appview)
    except PlatformError as exc:
        raise MbdeskError(exc.message, hint="Nothing was stored; check the handle, the app "
                          "password and the service address.") from None
    verb = "Connected" if done.created else "Signed in again"
    print(f"{verb} {done.handle} (id {done.account_id}).")
    return 0


def add_account(args: argparse.Namespace, ctx: CliContext) -> int:
    """The same connect code as the window's "Add account" (mbdesk.services.mastodon_connect)."""
    from mbdesk.services import mastodon_connect

    secrets = secret_store(ctx)
    mastodon_connect.require_secret_store(secrets)
    if args.platform == Platform.BLUESKY:
        return _add_bluesky(args, secrets)
    if args.platform == Platform.X:
        from mbdesk.commands.accounts_x import add_x

        return add_x(args, secrets)
    if args.platform == Platform.WEIBO:
        from mbdesk.commands.accounts_weibo import add_weibo

        return add_weibo(args, secrets)
    if not args.instance:
        raise MbdeskError("--instance is required for Mastodon.",
                          hint="e.g. 'mbdesk accounts add mastodon --instance mastodon.social'.")
    # a bad address is refused before anything is read or sent; plain http is said out loud
    warning = mastodon_connect.plain_http_warning(mastodon_connect.normalize_instance(
        args.instance))
    if warning:
        print(f"mbdesk: warning: {warning}", file=sys.stderr)
    token = None
    if args.token_stdin:
        token = sys.stdin.readline().strip()
        if not token:
            raise MbdeskError("No token on stdin.", hint="Pipe the access token in, e.g. "
                              "'mbdesk accounts add mastodon --instance URL --token-stdin "
                              "< token.txt'.")
    done = mastodon_connect.connect(secrets, args.instance, token=token,
                                    login=None if token else _cli_login(args.loopback))
    verb = "Connected" if done.created else "Authorized again"
    print(f"{verb} {done.handle} (id {done.account_id}).")
    return 0


# --- remove -------------------------------------------------------------------------------------


def remove_account(args: argparse.Namespace, ctx: CliContext) -> int:
    secrets = secret_store(ctx)
    account = find_account(args.name)
    on_server = OutboxItem.select().where((OutboxItem.account == account.id)
                                          & (OutboxItem.state == OutboxState.ON_SERVER)).count()
    secrets.delete_token(account.uid)
    delete_account(account.id)
    print(f"Removed {account.handle}; its token is deleted from the keyring.")
    if on_server:
        print(f"Note: {on_server} scheduled post(s) stay on the server and will still go out; "
              "cancel them on the server's website if needed.")
    return 0
