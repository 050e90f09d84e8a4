"""The PyInstaller one-folder build (build.spec) builds, starts and renders every main view.

Slow: one build for the module (about a minute on two cores), then the bundled program is run
the way a user would, offscreen.
"""

from __future__ import annotations

import os
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mbdesk.secrets import NO_BACKEND_MESSAGE
from mbdesk.ui.views import VIEW_KEYS

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="checks the Linux bundle's layout"),
]

REPO = Path(__file__).resolve().parents[1]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# Big Qt modules build.spec leaves out; none of them may reappear through a new import.
UNUSED_QT = ("Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt63D", "Qt6Designer", "Qt6Pdf", "Qt6Sql")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """Build dist/mbdesk once for this module, in a temporary folder."""
    out = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", str(REPO / "build.spec"), "--noconfirm",
            "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
        ],
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-8000:]
    folder = out / "dist" / "mbdesk"
    files = [f for f in folder.rglob("*") if f.is_file() and not f.is_symlink()]
    size = sum(f.stat().st_size for f in files) / 2**20
    # Say how long the build took and how big it is, past pytest's output capture.
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if capture is not None and reporter is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line(f"\n[packaging] build.spec built in {seconds:.0f}s, {size:.0f} MiB")
    return folder


def run_bundle(bundle: Path, *args: str, env: dict[str, str] | None = None, stdin: str = ""):
    return subprocess.run(
        [str(bundle / "mbdesk"), *args],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == PNG_MAGIC, f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_bundle_renders_every_main_view(bundle: Path, tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    result = run_bundle(
        bundle, "--demo", "--data-dir", str(tmp_path / "data"), "--screenshot", str(shots)
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for key in VIEW_KEYS:
        shot = shots / f"{key}.png"
        assert shot.is_file(), f"no screenshot of the {key} view: {result.stderr}"
        width, height = png_size(shot)
        assert width >= 400 and height >= 300, (key, width, height)
        assert shot.stat().st_size > 2000, f"{key}.png looks empty"


def test_bundle_runs_headless_commands(bundle: Path, tmp_path: Path) -> None:
    result = run_bundle(bundle, "--data-dir", str(tmp_path / "data"), "accounts", "list", "--json")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def closed_local_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens (the port was free a moment ago)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_bundle_knows_when_there_is_no_keyring(bundle: Path, tmp_path: Path) -> None:
    result = run_bundle(
        bundle, "--data-dir", str(tmp_path / "data"),
        "accounts", "add", "mastodon", "--instance", closed_local_url(), "--token-stdin",
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        stdin="not-a-real-token\n",
    )
    output = " ".join((result.stdout + result.stderr).split())
    assert result.returncode == 2, output
    assert NO_BACKEND_MESSAGE in output


@pytest.mark.skipif(
    os.environ.get("MBDESK_REAL_KEYRING") != "1",
    reason="needs a real Secret Service: run via bash scripts/test.sh (MBDESK_REAL_KEYRING=1)",
)
def test_bundle_finds_the_secret_service(bundle: Path, tmp_path: Path) -> None:
    """keyring finds its backends through its packaging metadata: the bundle must carry it.

    With the Secret Service found, ``accounts add`` gets past the keyring check and stops at the
    unreachable server instead.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    result = subprocess.run(
        [str(bundle / "mbdesk"), "--data-dir", str(tmp_path / "data"),
         "accounts", "add", "mastodon", "--instance", closed_local_url(), "--token-stdin"],
        env=env, input="not-a-real-token\n", capture_output=True, text=True, timeout=300,
        check=False,
    )
    output = " ".join((result.stdout + result.stderr).split())
    assert result.returncode == 2, output
    assert NO_BACKEND_MESSAGE not in output
    assert "reach" in output.lower(), output


def test_bundle_carries_resources_and_translations(bundle: Path) -> None:
    internal = bundle / "_internal"
    resources = REPO / "resources"
    for source in resources.rglob("*"):
        if not source.is_file() or source.name.startswith("."):
            continue
        relative = source.relative_to(REPO)
        if source.suffix == ".ts":
            relative = relative.with_suffix(".qm")
        assert (internal / relative).is_file(), f"{relative} is missing from the bundle"
    qt_translations = internal / "PySide6" / "Qt" / "translations"
    assert (qt_translations / "qtbase_zh_CN.qm").is_file()
    assert (qt_translations / "qtbase_es.qm").is_file()
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt"))


def test_bundle_leaves_out_unused_qt_modules(bundle: Path) -> None:
    found = sorted(
        f.name for f in bundle.rglob("*") if f.is_file() and any(m in f.name for m in UNUSED_QT)
    )
    assert found == []
    assert (bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
            / "libqoffscreen.so").is_file()
