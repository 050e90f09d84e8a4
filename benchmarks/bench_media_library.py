"""Media library with 5,000 images (prints figures and ratios; asserts nothing).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_media_library.py [--images N]

Builds a throwaway workspace with N distinct small images used in drafts, then measures:

1. ``refresh_library`` over N new media rows (hashes known), and again with nothing new.
2. A page deep in the list: keyset (what the dialog does) beside OFFSET (the baseline), and
   a search's count and first page.
3. The dialog: time from opening to the first page shown, then scrolling to the end again
   and again (pages load on a worker thread, thumbnails are made by the dialog's pool) while a
   5 ms heartbeat on the GUI thread records how late it ticks (the GUI's worst stall).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mbdesk.paths import Workspace, prepare_workspace  # noqa: E402
from mbdesk.store import media_library as library  # noqa: E402
from mbdesk.store.db import open_database  # noqa: E402
from mbdesk.store.models import Draft, Media, database_proxy, utcnow  # noqa: E402


def ms(fn) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn()
    return (time.perf_counter() - started) * 1000, result


def build(ws: Workspace, count: int) -> None:
    folder = ws.media / "drafts"
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    with database_proxy.atomic():
        draft = Draft.create(title="bench", body="bench")
        for i in range(count):
            path = folder / f"{i:08x}-photo-{i}.png"
            im = Image.new("RGB", (64, 48), (i % 251, (i // 251) % 251, 90))
            im.putpixel((i % 64, 0), (255, 255, 255))
            im.save(path)
            data = path.read_bytes()
            alt = f"Foto {i} pan de muerto" if i % 10 == 0 else (
                f"手工陶瓷杯 {i}" if i % 7 == 0 else f"Photo {i}")
            rows.append({"draft": draft.id, "path": str(path), "mime_type": "image/png",
                         "alt_text": alt, "width": 64, "height": 48, "size_bytes": len(data),
                         "sha256": hashlib.sha256(data).hexdigest(), "position": i,
                         "created_at": utcnow()})
        for start in range(0, len(rows), 500):
            Media.insert_many(rows[start:start + 500]).execute()


def wait(signal=None, timeout_ms: int = 10_000) -> None:
    loop = QEventLoop()
    if signal is not None:
        signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=5000)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(root=Path(tmp) / "ws")
        prepare_workspace(ws)
        db = open_database(ws)
        t, _ = ms(lambda: build(ws, args.images))
        print(f"built {args.images} draft images in {t / 1000:.1f} s")

        t_first, changed = ms(library.refresh_library)
        t_again, _ = ms(library.refresh_library)
        print(f"1. refresh_library: {t_first:.0f} ms for {changed} new images "
              f"({t_first / max(1, args.images) * 1000:.0f} µs each); nothing new: "
              f"{t_again:.1f} ms")

        depth = args.images - 200
        keys = library.list_images(limit=depth)
        after = keys[-1].key
        keyset = [ms(lambda: library.list_images(limit=120, after=after))[0] for _ in range(20)]
        offset = [ms(lambda: library.list_images(limit=120, offset=depth))[0] for _ in range(20)]
        first = [ms(lambda: library.list_images(limit=120))[0] for _ in range(20)]
        k, o, f = (statistics.median(x) for x in (keyset, offset, first))
        print(f"2. page of 120 at row {depth}: keyset {k:.2f} ms vs OFFSET {o:.2f} ms "
              f"({o / k:.1f}x); first page {f:.2f} ms")
        for term in ("陶瓷", "muerto", "photo-4999", "zzz"):
            t_count, n = ms(lambda term=term: library.count_images(term))
            t_page, _ = ms(lambda term=term: library.list_images(term, limit=120))
            print(f"   search {term!r}: {n} hits, count {t_count:.1f} ms, first page "
                  f"{t_page:.1f} ms")

        from mbdesk.ui.media_library_dialog import MediaLibraryDialog

        ticks: list[float] = []
        clock = QElapsedTimer()
        heartbeat = QTimer()
        heartbeat.setInterval(5)
        last = [0.0]

        def beat() -> None:
            now = clock.nsecsElapsed() / 1e6
            ticks.append(now - last[0])
            last[0] = now

        heartbeat.timeout.connect(beat)
        from mbdesk.services.sync_service import quiet_garbage_collector

        quiet_garbage_collector()  # as the window does once sync starts
        clock.start()
        heartbeat.start()
        opened = time.perf_counter()
        dialog = MediaLibraryDialog(ws.media, room=4)
        dialog.resize(900, 700)
        dialog.show()
        wait(dialog.loaded)
        t_open = (time.perf_counter() - opened) * 1000
        wait(None, 300)
        print(f"   heartbeat worst lateness while opening: {max(ticks) - 5:.0f} ms")
        ticks.clear()
        started = time.perf_counter()
        while dialog.model.has_more and time.perf_counter() - started < 120:
            dialog.view.scrollToBottom()  # as a user dragging down: the view asks for more
            wait(None, 30)
        for _ in range(40):  # let the visible thumbnails come in
            dialog.view.scrollToBottom()
            wait(None, 25)
        t_scroll = (time.perf_counter() - started) * 1000
        heartbeat.stop()
        stall = max(ticks) - 5 if ticks else 0.0
        print(f"3. dialog: first page shown {t_open:.0f} ms after opening (library already "
              f"up to date); scrolled to all {dialog.model.rowCount()} rows in "
              f"{t_scroll / 1000:.1f} s; GUI heartbeat worst lateness {stall:.0f} ms, "
              f"p99 {sorted(ticks)[int(len(ticks) * 0.99)] - 5 if ticks else 0:.0f} ms")
        thumbs = list((ws.media / "thumbs").glob("*.png"))
        print(f"   thumbnails made and cached: {len(thumbs)} (only the items shown ask)")
        dialog.done(0)
        db.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
