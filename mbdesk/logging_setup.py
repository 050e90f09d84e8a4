"""Logging to a rotating file in the workspace's ``logs/`` folder (and stderr for warnings).

A filter drops anything that looks like a bearer token, as a second line of defence: the code
never logs tokens on purpose.
"""

from __future__ import annotations

import logging
import logging.handlers
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


def setup_logging(logs_dir: Path, level: int = logging.INFO) -> Path:
    logs_dir.mkdir(parents=True, exist_ok=True)
    log_file = logs_dir / "mbdesk.log"
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_mbdesk", False):
            root.removeHandler(handler)
    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    for handler in (file_handler, console):
        handler._mbdesk = True  # type: ignore[attr-defined]
        handler.addFilter(RedactTokens())
        root.addHandler(handler)
    return log_file
