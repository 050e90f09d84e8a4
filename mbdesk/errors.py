"""Known, user-facing errors.

A *known* error is something the user can act on (disk full, database damaged, no keyring).
It carries a short title and a message that says what happened and what to do next.
Everything else is a bug and goes to the crash dialog and the log.
"""

from __future__ import annotations


class MbdeskError(Exception):
    """An error the user can understand and act on."""

    title = "mbdesk"

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class DataFolderError(MbdeskError):
    """The data folder cannot be created, written or is full."""

    title = "Data folder problem"


class DiskFullError(DataFolderError):
    """SQLite said SQLITE_FULL ("database or disk is full") or a write hit ENOSPC."""

    title = "The disk is full"


DISK_FULL_MESSAGE = "The disk is full: mbdesk could not save its last change."
DISK_FULL_HINT = ("Free some space on the disk that holds the data folder, then try again; "
                  "what was saved before is safe.")


def _is_disk_full(exc: BaseException) -> bool:
    import errno
    import sqlite3

    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
        return True
    # peewee wraps sqlite3's error; SQLite's own words for SQLITE_FULL
    return isinstance(exc, Exception) and "database or disk is full" in str(exc).lower()


def known_error(exc: BaseException) -> MbdeskError | None:
    """The known error behind ``exc``, looking down its chain: after SQLITE_FULL the failed
    transaction's rollback raises "cannot rollback", which must still read "the disk is full"."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, MbdeskError):
            return current
        if _is_disk_full(current):
            return DiskFullError(DISK_FULL_MESSAGE, hint=DISK_FULL_HINT)
        current = current.__cause__ or current.__context__
    return None


class DatabaseCorruptError(MbdeskError):
    """`PRAGMA integrity_check` failed; the user may restore the last backup."""

    title = "Database damaged"

    def __init__(self, message: str, *, hint: str = "", backup: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.backup = backup


class DatabaseTooNewError(MbdeskError):
    """The database was written by a newer mbdesk; we refuse to touch it."""

    title = "Database from a newer mbdesk"


class AlreadyRunningError(MbdeskError):
    """Another mbdesk process holds the data folder."""

    title = "mbdesk is already running"


class SecretStoreError(MbdeskError):
    """The keyring is missing, locked or refused."""

    title = "Keyring problem"


class SecretStoreUnavailable(SecretStoreError):
    """The keyring cannot be asked right now (not running, locked, refused a read).

    Not the same as "no token stored": the sign-in is kept and the read is tried again."""

    title = "Keyring not available"
