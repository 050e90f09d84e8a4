"""Logging to ``<data folder>/logs/mbdesk.log``, shared by the window and every CLI process.

Several processes write the same file at once (the window, ``mbdesk sync`` as a service, a
scripted ``mbdesk inbox list``), so ``logging.handlers.RotatingFileHandler`` will not do: each
process rolls the file over by itself, so two of them can rename the same generations twice
(losing one, or failing on a file the other just moved), and a process that did not roll keeps
writing into the renamed file for the rest of its life. :class:`SharedLogFile` instead:

* opens the file with ``O_APPEND`` and writes each record with one ``write()``: the kernel puts
  every record whole at the end of the file, whoever else is writing;
* rolls over only while holding an exclusive ``flock`` on the ``logs`` folder itself and after
  checking the size again under it (:func:`rotate`), so processes that decide to roll at the
  same moment roll once (no lock file to leave behind);
* before each record checks that the path still names the file it has open (device and inode,
  as ``WatchedFileHandler`` does) and reopens it when another process rolled it over, so every
  process follows into the new file.

Rolling is checked when a process starts and every ``check_every`` records after that (a long
``mbdesk sync`` or window session keeps the file bounded). It is plain ``os``/``fcntl`` code:
the window's start-up does not pay for importing ``logging.handlers`` (sockets, pickling).

A CLI command never creates the data folder just to log (``mbdesk count`` touches no files):
until the ``logs`` folder exists the handler keeps the first records in memory, writes them
when the command has created its workspace, and drops them if it never does.

A filter drops anything that looks like a token (bearer tokens, ``access_token=``, JSON fields
such as ``"access_jwt": "..."``, JWTs), in messages and in tracebacks, as a second line of
defence: the code never logs tokens on purpose.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path

LOG_NAME = "mbdesk.log"
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
CONSOLE_FORMAT = "%(levelname)s %(name)s: %(message)s"
MAX_BYTES = 2_000_000
BACKUPS = 3

_TOKEN_PATTERN = re.compile(
    r"(?i)(bearer\s+|access_token=|(?:token|jwt|password|secret)[\"']?\s*[:=]\s*[\"']?)"
    r"[^\s\"'&,}]+")
_JWT_PATTERN = re.compile(r"\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]*")


def redact(text: str) -> str:
    return _JWT_PATTERN.sub("[redacted]", _TOKEN_PATTERN.sub(r"\1[redacted]", text))


class RedactTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
            redacted = redact(message)
            if redacted != message:
                record.msg, record.args = redacted, None
            if record.exc_info and not record.exc_text:
                record.exc_text = logging.Formatter().formatException(record.exc_info)
            if record.exc_text:
                record.exc_text = redact(record.exc_text)
            if record.stack_info:
                record.stack_info = redact(record.stack_info)
        except Exception:  # a broken record must not break the caller; the handler reports it
            pass
        return True


@contextlib.contextmanager
def _rotation_lock(log_file: Path) -> Iterator[None]:
    """An exclusive ``flock`` on the folder holding the log (released by the OS on death)."""
    fd = os.open(log_file.parent, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _too_big(log_file: Path, max_bytes: int) -> bool:
    try:
        return log_file.stat().st_size >= max_bytes
    except FileNotFoundError:
        return False


def rotate(log_file: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> bool:
    """mbdesk.log → mbdesk.log.1 → … → mbdesk.log.N (the oldest dropped) when it is too big.

    Safe with several processes: the renames happen under the lock file, and the size is
    checked again there (another process may have rolled the file over meanwhile).
    Returns whether this call rolled it.
    """
    if not _too_big(log_file, max_bytes):
        return False
    with _rotation_lock(log_file):
        if not _too_big(log_file, max_bytes):
            return False
        for index in range(backups - 1, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{index}")
            if older.exists():
                older.replace(log_file.with_name(f"{log_file.name}.{index + 1}"))
        log_file.replace(log_file.with_name(f"{log_file.name}.1"))
    return True


class SharedLogFile(logging.Handler):
    """The log file written by many processes at once (see the module docstring for why)."""

    PENDING_LIMIT = 500  # records kept while the logs folder does not exist yet

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS,
                 check_every: int = 200) -> None:
        super().__init__()
        self.path = Path(path)
        self.max_bytes, self.backups, self.check_every = max_bytes, backups, check_every
        self._fd = -1
        self._file_id: tuple[int, int] | None = None
        self._written = 0
        self._pending: list[bytes] = []
        self._closed = False
        if self.path.parent.is_dir():
            self._start()

    def _start(self) -> None:
        rotate(self.path, self.max_bytes, self.backups)
        self._open()

    def _open(self) -> None:
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        st = os.fstat(fd)
        if self._fd >= 0:
            os.close(self._fd)
        self._fd, self._file_id = fd, (st.st_dev, st.st_ino)

    def _follow(self) -> None:
        """Reopen when the path no longer names our file (another process rolled it over)."""
        try:
            st = os.stat(self.path)
            if (st.st_dev, st.st_ino) == self._file_id:
                return
        except FileNotFoundError:
            pass
        self._open()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            data = (self.format(record) + "\n").encode("utf-8", "backslashreplace")
            if self._fd < 0:
                if self._closed:
                    return
                if not self.path.parent.is_dir():
                    if len(self._pending) < self.PENDING_LIMIT:
                        self._pending.append(data)
                    return
                try:
                    self._start()
                except OSError:  # the command reports an unusable data folder itself
                    self._closed, self._pending = True, []
                    return
                data, self._pending = b"".join(self._pending) + data, []
            else:
                self._follow()
            view = memoryview(data)
            while view:  # one write() for any sane record; a short write only on a full disk
                view = view[os.write(self._fd, view):]
            self._written += 1
            if self._written >= self.check_every:
                self._written = 0
                if rotate(self.path, self.max_bytes, self.backups):
                    self._open()
        except Exception:
            self.handleError(record)

    def close(self) -> None:
        self.acquire()
        try:
            self._closed, self._pending = True, []
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1
        finally:
            self.release()
        super().close()


def _install(handler: logging.Handler, formatter: str) -> logging.Handler:
    handler._mbdesk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(formatter))
    handler.addFilter(RedactTokens())
    logging.getLogger().addHandler(handler)
    return handler


def _remove_ours() -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_mbdesk", False):
            root.removeHandler(handler)
            handler.close()


def setup_logging(logs_dir: Path, level: int = logging.INFO) -> Path:
    """The window's logging: the shared log file, and warnings on stderr."""
    logs_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    log_file = logs_dir / LOG_NAME
    root = logging.getLogger()
    root.setLevel(level)
    _remove_ours()
    _install(SharedLogFile(log_file), FORMAT)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    _install(console, "%(message)s")
    return log_file


@contextlib.contextmanager
def command_logging(logs_dir: Path, level: int = logging.INFO) -> Iterator[Path | None]:
    """Logging for one CLI command: ``level`` and up to the shared log file, warnings to stderr.

    Yields the log file (written once the command's workspace exists), or None when it cannot
    be used (the command still runs; if it needs the data folder it says what is wrong with
    it). Everything is undone at the end, so commands run one after another in one process
    (tests) do not pile up handlers.
    """
    root = logging.getLogger()
    old_level = root.level
    added: list[logging.Handler] = []
    if not root.handlers:  # like logging.basicConfig: leave a host's own handlers alone
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        added.append(_install(console, CONSOLE_FORMAT))
    log_file: Path | None = logs_dir / LOG_NAME
    try:
        added.append(_install(SharedLogFile(log_file), FORMAT))
    except OSError:
        log_file = None
    root.setLevel(min(level, old_level) if old_level else level)
    try:
        yield log_file
    finally:
        root.setLevel(old_level)
        for handler in added:
            root.removeHandler(handler)
            handler.close()
