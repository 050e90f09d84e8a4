"""Start-up benchmark: mbdesk on the big-shop database vs a bare PySide6 QMainWindow.

Each run starts a fresh process and measures the wall time from just before the process is
spawned to the moment the window has painted (the child prints ``MBDESK_PAINTED <time>``), and
the child's peak RSS (``os.wait4``). Runs alternate between the two so machine noise hits both.
mbdesk paints its frame first and builds the first screen (the inbox, 200,000 mentions) right
after; it also prints ``MBDESK_VIEW_PAINTED`` when that screen has painted with its data, and
both figures are reported.

Both processes run as an installed app does: with the modules' bytecode cached (pip and the
PyInstaller bundle ship ``.pyc`` files). The cache goes to a temporary ``PYTHONPYCACHEPREFIX``
that the warm-up runs fill, so an environment with ``PYTHONDONTWRITEBYTECODE`` does not make
mbdesk compile its ~40 start-up modules on every run; ``--no-bytecode-cache`` measures that.

    python benchmarks/bench_startup.py [--runs 7] [--data-dir benchmarks/data/big-shop]

Floors (issue 15): window painted ≤ 1.3 × bare, inbox painted with its data ≤ 2 × bare,
peak RSS ≤ 2 × bare. The floors are checked on the median of paired ratios (each mbdesk start
over the bare start run just before it), which a shared machine's drift between runs does not
move; the ratio of the two medians is printed too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
central = QWidget()
window.setCentralWidget(central)
window.resize(1280, 800)
class Probe(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            def report():
                print(f"MBDESK_PAINTED {time.time():.6f}", flush=True)
                app.quit()
            QTimer.singleShot(0, report)
        return False
probe = Probe()
central.installEventFilter(probe)
window.show()
app.exec()
"""


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds to first paint, to the first screen painted, and peak RSS (MiB) of a process."""
    start = time.time()
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    painted = view = None
    for line in proc.stdout:
        if line.startswith("MBDESK_PAINTED"):
            painted = float(line.split()[1])
        elif line.startswith("MBDESK_VIEW_PAINTED"):
            view = float(line.split()[1])
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if painted is None:
        raise SystemExit(f"no paint reported by {command} (exit {proc.returncode})")
    view = view if view is not None else painted
    return painted - start, view - start, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", default=str(ROOT / "benchmarks" / "data" / "big-shop"))
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="keep the environment's PYTHONDONTWRITEBYTECODE (compile every run)")
    args = parser.parse_args()
    data_dir = Path(args.data_dir)
    if not (data_dir / "mbdesk.sqlite3").exists():
        print(f"{data_dir} has no database: run benchmarks/make_big_shop.py first")
        return 2
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               MBDESK_STARTUP_PROBE="1")
    if not args.no_bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="mbdesk-bench-pyc-")
    app_cmd = [sys.executable, "main.py", "--data-dir", str(data_dir)]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    run_once(bare_cmd, env)  # warm the OS file cache for both before measuring
    run_once(app_cmd, env)
    bare, app = [], []
    for _ in range(args.runs):
        bare.append(run_once(bare_cmd, env))
        app.append(run_once(app_cmd, env))
    bare_t = statistics.median(t for t, _, _ in bare)
    app_t = statistics.median(t for t, _, _ in app)
    app_view = statistics.median(v for _, v, _ in app)
    bare_rss = max(r for _, _, r in bare)
    app_rss = max(r for _, _, r in app)
    size_mb = (data_dir / "mbdesk.sqlite3").stat().st_size / 2**20
    cache = "no bytecode cache" if args.no_bytecode_cache else "bytecode cached"
    print(f"database: {data_dir} ({size_mb:.0f} MiB), runs: {args.runs}, {cache}")
    print(f"bare QMainWindow        : median {bare_t * 1000:7.1f} ms, peak RSS {bare_rss:6.1f} MiB")
    print(f"mbdesk window painted   : median {app_t * 1000:7.1f} ms, peak RSS {app_rss:6.1f} MiB")
    print(f"mbdesk inbox painted    : median {app_view * 1000:7.1f} ms")
    # each mbdesk start against the bare start just before it: a drift of the shared machine
    # between runs cancels out (the ratio of the two medians is printed beside it)
    paint_pairs = statistics.median(a[0] / b[0] for a, b in zip(app, bare, strict=True))
    view_pairs = statistics.median(a[1] / b[0] for a, b in zip(app, bare, strict=True))
    print(f"ratios of the medians   : window {app_t / bare_t:.2f}×, inbox {app_view / bare_t:.2f}×")
    print(floor_line("window painted (median of paired runs)", paint_pairs, 1.3, "bare"))
    print(floor_line("inbox painted with its data (median of paired runs)", view_pairs, 2.0,
                     "bare"))
    print(floor_line("peak RSS", app_rss / bare_rss, 2.0, "bare"))
    return 0


def floor_line(what: str, ratio: float, floor: float, of: str) -> str:
    """One figure next to its floor, e.g. "window painted 1.21× bare (floor ≤ 1.3×) OK"."""
    verdict = "OK" if ratio <= floor else "OVER"
    return f"{what} {ratio:.2f}× {of} (floor ≤ {floor}×) {verdict}"


if __name__ == "__main__":
    raise SystemExit(main())
