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
