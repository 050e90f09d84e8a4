"""Render the README's screenshots into docs/screenshots/ from the demo workspace (offscreen).

    python scripts/docs_screenshots.py

Every view in English, and a few views in Simplified Chinese and Spanish, from a fresh demo
workspace in a temporary folder (``main.py --demo --screenshot``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
ENGLISH = ("accounts", "analytics", "calendar", "calendar-week", "compose", "followers", "inbox",
           "settings", "settings-inbox")
OTHERS = {"zh_CN": ("inbox", "analytics", "calendar"), "es": ("compose", "followers",
                                                              "calendar-week")}


def main() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory(prefix="mbdesk-shots-") as tmp:
        data = Path(tmp) / "data"
        for language in ("en", *OTHERS):
            shots = Path(tmp) / language
            subprocess.run([sys.executable, "main.py", "--data-dir", str(data), "--demo",
                            "--screenshot", str(shots), "--language", language],
                           cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
            names = ENGLISH if language == "en" else OTHERS[language]
            suffix = "" if language == "en" else f"-{language}"
            for name in names:
                shutil.copy(shots / f"{name}.png", OUT / f"{name}{suffix}.png")
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
