"""Logging to a file in the workspace's ``logs/`` folder (and stderr for warnings).

The file is rotated when a session starts and it has grown past ``MAX_BYTES`` (keeping
``BACKUPS`` old files): a plain ``FileHandler`` then, which spares start-up the import of
``logging.handlers`` (sockets, pickling) that a size-checking handler would cost.

A filter drops anything that looks like a bearer token, as a second line of defence: the code
never logs tokens on purpose.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

_TOKEN_PATTERN = re.compile(r"(?i)(bearer\s+|access_token=|token[\"']?\s*[:=]\s*[\"']?)[^\s\"'&]+")


class RedactTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _TOKEN_PATTERN.sub(r"\1[redacted]", message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


MAX_BYTES = 2_000_000
BACKUPS = 3


def rotate(log_file: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
    """mbdesk.log → mbdesk.log.1 → … → mbdesk.log.N (the oldest dropped) when it is too big."""
    if not log_file.exists() or log_file.stat().st_size < max_bytes:
        return
    for index in range(backups - 1, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{index}")
        if older.exists():
            older.replace(log_file.with_name(f"{log_file.name}.{index + 1}"))
    log_file.replace(log_file.with_name(f"{log_file.name}.1"))


def setup_logging(logs_dir: Path, level: int = logging.INFO) -> Path:
    logs_dir.mkdir(parents=True, exist_ok=True)
    log_file = logs_dir / "mbdesk.log"
    rotate(log_file)
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_mbdesk", False):
            root.removeHandler(handler)
    file_handler = logging.FileHandler(log_file, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    for handler in (file_handler, console):
        handler._mbdesk = True  # type: ignore[attr-defined]
        handler.addFilter(RedactTokens())
        root.addHandler(handler)
    return log_file
