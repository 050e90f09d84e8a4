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
