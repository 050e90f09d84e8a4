"""End to end against a Mastodon server on 127.0.0.1, with screenshots of the window.

    QT_QPA_PLATFORM=offscreen python scripts/e2e_mastodon_demo.py OUTDIR [--server fake]

1. starts ``mastodon-mock`` (third-party, PyPI) — or ``tests/fake_mastodon.py`` with
   ``--server fake`` — on 127.0.0.1, seeded with the shop, a customer and a few followers;
2. creates a fresh workspace and opens the window (offscreen);
3. adds the shop's account from the window's Accounts screen: "Add account" → Mastodon →
   server → Connect, through the shared accounts service; this script plays the browser (it
   picks the shop on the server's sign-in page, which redirects to mbdesk's loopback
   receiver); the dialog is captured while it waits (``add-account-waiting.png``);
4. customers mention the shop; one sync (the engine, not the window) pulls mentions, followers
   and the day's counts;
5. queues a post, a reply to a mention and a post scheduled 20 minutes ahead; one sync
   publishes them (the scheduled one goes to the server, which holds it); a further sync
   shows nothing is sent twice;
6. renders Accounts, Calendar, Inbox and Followers to PNG in OUTDIR and prints what is on the
   server: each post exactly once (exit code 1 otherwise);
7. then trouble: a post the server refuses (too long) and a revoked sign-in, rendered as the
   Accounts screen shows them (``accounts-attention.png``: banner, failed post with reason).

Tokens stay in an in-process keyring for the run (the machine's keyring is never touched).
"""

from __future__ import annotations

import argparse
import contextlib
import html
import os
import re
import sys
import tempfile
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import requests  # noqa: E402

POST_TEXT = "Fresh sourdough and rye are out of the oven! #bakery"
REPLY_TEXT = "@bob Yes — rye until noon tomorrow, we'll keep one for you."
SCHEDULED_TEXT = "Tonight 18:00: croissant masterclass, two seats left. #croissant"
MENTIONS = (("bob", "@shop do you have rye bread tomorrow?"),
            ("fan0", "@shop the croissants today were perfect, thank you!"))
FANS = [f"fan{i}" for i in range(6)]


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


# --- the servers ---------------------------------------------------------------------------------


class Server:
    """What the script needs from either server: its URL, tokens of the other people, and how
    a person signs in on its authorization page."""

    url = ""
    tokens: dict[str, str] = {}

    def sign_in(self, session: requests.Session, url: str) -> requests.Response:
        raise NotImplementedError

    def revoke(self, token: str) -> None:
        raise NotImplementedError

    def mention(self, who: str, text: str, key: str) -> None:
        """``who`` posts ``text`` mentioning the shop."""
        from mbdesk.platforms.base import PublishRequest
        from mbdesk.platforms.mastodon import MastodonClient

        MastodonClient(self.url, self.tokens[who]).publish(PublishRequest(key, text))


@contextlib.contextmanager
def mastodon_mock() -> Iterator[Server]:
    from mastodon_mock.config import (
        DatabaseConfig,
        MastodonMockConfig,
        SeedAccount,
        SeedConfig,
        SeedFollow,
    )
    from mastodon_mock.testing.server import MockServer

    people = ["shop", "bob", *FANS]
    seed = SeedConfig(
        accounts=[SeedAccount(username=p, display_name=p.title() if p != "shop" else
                              "Panadería Luna", access_token=f"{p}_token") for p in people],
        follows=[SeedFollow(follower=f, following="shop") for f in [*FANS, "bob"]])
    config = MastodonMockConfig(database=DatabaseConfig(path=":memory:"), seed=seed)
    with MockServer(config=config) as mock:
        server = Server()
        server.url = mock.base_url
        server.tokens = {p: f"{p}_token" for p in people}

        def sign_in(session: requests.Session, url: str) -> requests.Response:
            page = session.get(url, timeout=10)  # the account picker
            form = dict(re.findall(r'name="(\w+)" value="([^"]*)"', page.text))
            form = {k: html.unescape(v) for k, v in form.items()}
            form["username"] = "shop"  # the owner picks the shop's account
            return session.post(f"{mock.base_url}/oauth/authorize", data=form, timeout=10)

        def revoke(token: str) -> None:
            requests.post(f"{mock.base_url}/oauth/revoke", data={"token": token}, timeout=10)

        server.sign_in = sign_in  # type: ignore[method-assign]
        server.revoke = revoke  # type: ignore[method-assign]
        yield server


@contextlib.contextmanager
def fake_mastodon() -> Iterator[Server]:
    sys.path.insert(0, str(ROOT / "tests"))
    from fake_mastodon import FakeMastodon

    with FakeMastodon() as fake:
        server = Server()
        server.url = fake.url
        fans = [fake.add_account(name) for name in ["bob", *FANS]]
        fake.follows.extend({"id": fake._new_id(), "account_id": aid} for aid in fans)
        fake.accounts[fake.me_id]["followers_count"] = len(fans)
        server.tokens = {"bob": fake.issue_token(fans[0]), "fan0": fake.issue_token(fans[1]),
                         "shop": fake.token}
        server.sign_in = lambda session, url: session.get(url, timeout=10)  # type: ignore
        server.revoke = fake.revoke_token  # type: ignore[method-assign]
        server.mention = lambda who, text, key: fake.add_mention(  # type: ignore
            text, from_acct=who)
        yield server


# --- steps ---------------------------------------------------------------------------------------


def add_account_from_the_window(app, window, server: Server, outdir: Path) -> int:
    """Accounts → Add account → Mastodon → server → Connect; the script is the browser."""
    from PySide6.QtCore import QEventLoop, QTimer

    view = window.show_view("accounts")
    done = QEventLoop()
    errors: list[str] = []

    def browser(url: str) -> None:
        dialog.grab().save(str(outdir / "add-account-waiting.png"))

        def visit() -> None:
            with requests.Session() as session:
                session.trust_env = False
                page = server.sign_in(session, url)
                print(f"browser: the server sent it back to mbdesk "
                      f"({urlsplit(page.url).netloc}): {page.status_code}")

        threading.Thread(target=visit, daemon=True).start()

    view.open_url = browser
    dialog = view.make_add_dialog()
    dialog.server_edit.setText(server.url)
    dialog.show()
    dialog.accepted.connect(done.quit)
    dialog.message.linkActivated.connect(done.quit)
    ids: list[int] = []
    dialog.connected.connect(ids.append)

    def check_failed() -> None:
        if not dialog._busy and not ids and dialog.message.text().startswith("Could not"):
            errors.append(dialog.message.text())
            done.quit()

    poll = QTimer()
    poll.timeout.connect(check_failed)
    poll.start(200)
    QTimer.singleShot(60_000, done.quit)
    dialog.connect_account()
    done.exec()
    poll.stop()
    if errors or not ids:
        raise SystemExit(f"adding the account failed: {errors or 'timeout'}")
    return ids[0]


def customers_mention_the_shop(server: Server) -> None:
    for i, (who, text) in enumerate(MENTIONS):
        server.mention(who, text, f"demo-mention-{i}")


def run_sync(ctx, account_id: int, label: str, expect: str = "ok") -> None:
    from mbdesk.sync.runner import make_engine, run_once

    [result] = run_once(make_engine(ctx.secrets, ctx.workspace.root), ctx.db, [account_id])
    print(f"sync {label}: {result.state}; published {result.published}, failed "
          f"{result.failed}, new mentions {result.new_mentions}, new followers "
          f"{result.new_followers} {result.message}")
    if result.state != expect:
        raise SystemExit(f"sync {label} did not succeed: {result.message}")


def queue_posts(account_id: int) -> None:
    from mbdesk.services.replies import queue_reply
    from mbdesk.store import outbox
    from mbdesk.store.models import Mention, Platform, utcnow

    outbox.enqueue(account_id, Platform.MASTODON, POST_TEXT)
    question = Mention.get(Mention.text_plain.contains("rye bread"))
    queue_reply(question.id, REPLY_TEXT)
    when = (utcnow() + timedelta(minutes=20)).replace(second=0, microsecond=0)
    outbox.enqueue(account_id, Platform.MASTODON, SCHEDULED_TEXT, scheduled_at=when)
    print(f"queued: a post, a reply to mention {question.id}, a post for {when:%H:%M} UTC")


def server_report(server: Server) -> bool:
    """Print the shop's statuses and scheduled statuses; True if each post is there once."""
    from mbdesk.platforms.mastodon import html_to_text

    auth = {"Authorization": f"Bearer {server.tokens['shop']}"}
    with requests.Session() as session:
        session.trust_env = False
        me = session.get(f"{server.url}/api/v1/accounts/verify_credentials", headers=auth,
                         timeout=10).json()
        statuses = session.get(f"{server.url}/api/v1/accounts/{me['id']}/statuses",
                               headers=auth, params={"limit": 40}, timeout=10).json()
        scheduled = session.get(f"{server.url}/api/v1/scheduled_statuses", headers=auth,
                                timeout=10).json()
    texts = [html_to_text(s["content"]) for s in statuses]
    pending = [s["params"]["text"] for s in scheduled]
    print(f"\nOn the server for @{me['acct']}:")
    for s, text in zip(statuses, texts, strict=True):
        reply = f" (reply to {s['in_reply_to_id']})" if s.get("in_reply_to_id") else ""
        print(f"  published {s['created_at']}: {text}{reply}")
    for s in scheduled:
        print(f"  scheduled for {s['scheduled_at']}: {s['params']['text']}")
    ok = True
    for text, where in ((POST_TEXT, texts), (REPLY_TEXT, texts), (SCHEDULED_TEXT, pending)):
        n = where.count(text)
        print(f"  {'OK ' if n == 1 else 'BAD'} {n}x {text[:50]}")
        ok &= n == 1
    return ok


def database_report() -> None:
    from mbdesk.store.models import AccountSnapshot, FollowerEdge, Mention, OutboxItem

    print("\nIn mbdesk's database:")
    for item in OutboxItem.select().order_by(OutboxItem.id):
        print(f"  outbox {item.id} {item.kind:<7} {item.state:<9} {item.body[:50]}")
    print(f"  mentions: {Mention.select().count()}, follower edges: "
          f"{FollowerEdge.select().count()}, daily snapshots: "
          + ", ".join(f"{s.day} followers={s.followers} posts={s.posts}"
                      for s in AccountSnapshot.select()))


def render(app, window, outdir: Path) -> list[Path]:
    from mbdesk.store.queries.outbox_list import OutboxFilter

    shots = []
    for key in ("accounts", "calendar", "inbox", "followers"):
        view = window.show_view(key)
        view.refresh()
        if key == "accounts":
            view.table.selectRow(0)
            view.outbox.set_filter(OutboxFilter.ALL)
        if key == "calendar":
            view.show_today()  # the day's list names each post's state
        for _ in range(5):
            app.processEvents()
        path = outdir / f"{key}.png"
        window.grab().save(str(path))
        shots.append(path)
    return shots


def show_trouble(app, window, ctx, server: Server, account_id: int, outdir: Path) -> None:
    """A post the server refuses, then a revoked sign-in: both visible on the Accounts screen."""
    from mbdesk.store import outbox
    from mbdesk.store.models import Account, Platform
    from mbdesk.store.queries.outbox_list import OutboxFilter

    outbox.enqueue(account_id, Platform.MASTODON, "Our full winter menu: " + "rye, " * 150)
    run_sync(ctx, account_id, "4 (a post longer than the server allows)")
    token = ctx.secrets.get_token(Account.get_by_id(account_id).uid)
    server.revoke(token)
    run_sync(ctx, account_id, "5 (the sign-in was revoked on the server)", expect="needs_reauth")
    view = window.show_view("accounts")
    view.refresh()
    view.table.selectRow(0)
    view.outbox.set_filter(OutboxFilter.ATTENTION)
    view.outbox.table.selectRow(0)
    for _ in range(5):
        app.processEvents()
    path = outdir / "accounts-attention.png"
    window.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path, help="folder for the PNG screenshots")
    parser.add_argument("--server", choices=["mastodon-mock", "fake"], default="mastodon-mock")
    parser.add_argument("--workspace", type=Path, help="a new, empty folder (default: temp)")
    parser.add_argument("--language", default="", help="e.g. zh_CN or es")
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    root = args.workspace or Path(tempfile.mkdtemp(prefix="mbdesk-e2e-"))
    if root.exists() and any(root.iterdir()):
        parser.error(f"{root} is not empty; the demo needs a fresh workspace")
    keyring.set_keyring(MemoryKeyring())

    from PySide6.QtWidgets import QApplication

    from mbdesk.paths import Workspace, prepare_workspace
    from mbdesk.secrets import SecretStore
    from mbdesk.services.accounts_service import AccountsService
    from mbdesk.services.context import AppContext
    from mbdesk.store.db import open_database
    from mbdesk.ui import i18n, theme
    from mbdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    theme.apply_fonts(app)
    if args.language:
        i18n.install_translators(app, args.language)
    ws = Workspace(root=root)
    prepare_workspace(ws)
    db = open_database(ws)
    ctx = AppContext(workspace=ws, db=db, secrets=SecretStore())
    ctx.services["accounts"] = AccountsService(db, ctx.secrets)
    starter = mastodon_mock if args.server == "mastodon-mock" else fake_mastodon
    with starter() as server:
        print(f"server: {args.server} at {server.url}; workspace: {root}")
        window = MainWindow(ctx)
        window.resize(1400, 860)
        window.show()
        app.processEvents()
        account_id = add_account_from_the_window(app, window, server, args.outdir)
        print(f"account {account_id} added from the window")
        customers_mention_the_shop(server)
        run_sync(ctx, account_id, "1 (mentions, followers, counts)")
        queue_posts(account_id)
        run_sync(ctx, account_id, "2 (publish)")
        run_sync(ctx, account_id, "3 (nothing left to send)")
        database_report()
        ok = server_report(server)
        print()
        for path in render(app, window, args.outdir):
            print(path)
        print(args.outdir / "add-account-waiting.png")
        show_trouble(app, window, ctx, server, account_id, args.outdir)
        window.close()
    db.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
