"""fontconfig is started on a worker thread at start-up; a system without it is no error."""

from __future__ import annotations

import sys
import threading

import pytest

from mbdesk.ui import font_warmup


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Linux's")
@pytest.mark.parametrize("library", [font_warmup.FONTCONFIG, "libno-such-fontconfig.so.1"])
def test_warmup_finishes_without_error(monkeypatch, library: str) -> None:
    failures: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failures.append(args.exc_value))
    monkeypatch.setattr(font_warmup, "FONTCONFIG", library)
    worker = font_warmup.start()
    assert worker is not None and worker.daemon
    worker.join(timeout=10)
    assert not worker.is_alive()
    assert failures == []


def test_other_systems_start_nothing(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert font_warmup.start() is None
