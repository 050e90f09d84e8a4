"""The command line as a real process: many start-ups at once on one data folder, the log file,
and a reader that closes the pipe early (``mbdesk inbox list --json | head``)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from mbdesk.paths import Workspace, prepare_workspace

REPO = Path(__file__).resolve().parents[1]


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", **extra}


def _mbdesk(data: Path, *argv: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "mbdesk", "--data-dir", str(data), *argv],
                            stdout=kw.pop("stdout", subprocess.PIPE), stderr=subprocess.PIPE,
                            text=True, env=_env(), **kw)


# --- many start-ups at once ------------------------------------------------------------------


def test_prepare_workspace_from_many_threads_at_once(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "data")
    errors: list[BaseException] = []
    start = threading.Barrier(16)

    def worker() -> None:
        start.wait()
        try:
            for _ in range(50):
                prepare_workspace(ws)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert not [p for p in ws.root.iterdir() if p.name.startswith(".write-test")]


def test_cli_processes_started_together_all_run(tmp_path: Path) -> None:
    data = tmp_path / "data"  # fresh: the first round also creates the database together
    for _round in range(4):
        procs = [_mbdesk(data, "accounts", "list") for _ in range(10)]
        results = [(*p.communicate(timeout=120), p.returncode) for p in procs]
        assert [(code, err) for _out, err, code in results if code != 0] == []
        assert all(out.startswith("No accounts yet") for out, _err, _code in results)


# --- a reader that closes the pipe early -----------------------------------------------------


def test_inbox_list_into_head_ends_quietly(workspace, db) -> None:
    from mbdesk.store.models import Account, Mention

    shop = Account.create(platform="mastodon", handle="shop")
    for i in range(200):  # about 200 kB of JSON: far more than a pipe holds
        Mention.create(account=shop, remote_id=f"n{i}", status_remote_id=f"s{i}",
                       text_plain=f"¿Hay pan de masa madre hoy? {i} " * 20)
    db.close()
    proc = _mbdesk(workspace.root, "inbox", "list", "--json")
    head = subprocess.run(["head", "-n", "1"], stdin=proc.stdout, capture_output=True,
                          text=True, timeout=60)
    proc.stdout.close()  # only head holds the read end: when it exits, nobody reads
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 141, err
    assert head.stdout == "[\n"
    assert err == ""  # no BrokenPipeError traceback, no "Exception ignored" at exit


def test_count_leaves_no_log_and_a_fresh_folder_logs_its_first_command(tmp_path: Path) -> None:
    """No file for a command that needs no data folder; the records from before a new data
    folder existed are written once the command has made it."""
    count = _mbdesk(tmp_path / "none", "count", "--platform", "bluesky", "hola")
    assert count.communicate(timeout=60)[0].startswith("{") and count.returncode == 0
    assert not (tmp_path / "none").exists()
    first = _mbdesk(tmp_path / "new", "accounts", "list")
    first.communicate(timeout=60)
    text = (tmp_path / "new" / "logs" / "mbdesk.log").read_text(encoding="utf-8")
    assert text.index("accounts list started") < text.index("migrated database to v1")


def test_a_command_whose_stdout_is_already_closed_ends_quietly(tmp_path: Path) -> None:
    read, write = os.pipe()
    os.close(read)  # nobody will ever read: the first write fails with EPIPE
    proc = _mbdesk(tmp_path / "data", "accounts", "list", stdout=write)
    os.close(write)
    _out, err = proc.communicate(timeout=60)
    assert (proc.returncode, err) == (141, "")


# --- the log file ----------------------------------------------------------------------------


def test_cli_sync_writes_the_log_file_without_tokens(server, workspace, db, ctx) -> None:
    from sync_helpers import add_account, spawn_sync

    from mbdesk.store import outbox
    from mbdesk.store.models import Account

    account_id = add_account(server, ctx.secrets)
    outbox.enqueue(account_id, "mastodon", "Pan del día")
    proc = spawn_sync(workspace.root, Account.get_by_id(account_id).uid, server.token,
                      once=True)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0, out
    text = (workspace.logs / "mbdesk.log").read_text(encoding="utf-8")
    assert f" {proc.pid} INFO mbdesk.cli: mbdesk " in text and "sync started" in text
    assert "sync ended with code 0" in text
    assert server.token not in text


def test_tokens_are_redacted_in_messages_and_tracebacks(tmp_path: Path) -> None:
    import logging

    from mbdesk.logging_setup import command_logging

    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkaWQ6cGxjOnNob3AifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ"
    log = logging.getLogger("mbdesk.test")
    (tmp_path / "logs").mkdir()
    with command_logging(tmp_path / "logs") as log_file:
        log.info("session %s", json_session := f'{{"access_jwt": "{jwt}", "did": "did:plc:s"}}')
        log.warning("GET /api?access_token=sekrit-1 with Authorization: Bearer sekrit-2")
        try:
            raise RuntimeError(f"refused token={jwt}")
        except RuntimeError:
            log.exception("call failed")
    assert log_file is not None
    text = log_file.read_text(encoding="utf-8")
    assert "did:plc:s" in text and "call failed" in text and "RuntimeError" in text
    for secret in (jwt, "sekrit-1", "sekrit-2", jwt[:20]):
        assert secret not in text
    assert json_session not in text


_WRITER = """
import logging, sys
from pathlib import Path
from mbdesk.logging_setup import FORMAT, SharedLogFile
handler = SharedLogFile(Path(sys.argv[1]), max_bytes=20_000, backups=200, check_every=5)
handler.setFormatter(logging.Formatter(FORMAT))
log = logging.getLogger("w")
log.addHandler(handler)
log.setLevel(logging.INFO)
for i in range(1500):
    log.info("writer %s line %05d %s", sys.argv[2], i, "x" * 40)
handler.close()
"""


def test_many_processes_share_one_rolling_log_file(tmp_path: Path) -> None:
    """Four writers, rolling over every ~20 kB: no record lost, torn or doubled, no errors."""
    log_file = tmp_path / "mbdesk.log"
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(log_file), str(n)],
                              stderr=subprocess.PIPE, text=True, env=_env()) for n in range(4)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0] and errors == ["", "", "", ""]
    files = sorted(tmp_path.glob("mbdesk.log*"))
    assert len([f for f in files if not f.name.endswith(".lock")]) > 10  # it did roll over
    lines = [line for f in files if not f.name.endswith(".lock")
             for line in f.read_text(encoding="utf-8").splitlines()]
    seen = sorted(line.split(": ", 1)[1] for line in lines)
    assert seen == sorted(f"writer {n} line {i:05d} {'x' * 40}" for n in range(4)
                          for i in range(1500))
