"""One process per data folder: a second mbdesk window on the same folder is refused."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO

from mbdesk.errors import AlreadyRunningError


class InstanceLock:
    """An advisory ``flock`` on ``mbdesk.lock``; the OS releases it if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the process
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise AlreadyRunningError(
                f"mbdesk is already running on the data folder {self.path.parent} (pid {holder}).",
                hint="Switch to the open window, or close it first. Two processes on one folder "
                "could overwrite each other's work, so this one will not start.",
            ) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
