"""Keep the translations in step with the code.

    python scripts/translations.py update    # re-scan mbdesk/ with pyside6-lupdate into the .ts
    python scripts/translations.py release   # build the .qm files with pyside6-lrelease
    python scripts/translations.py missing   # list strings without a translation (exit 1 if any)

The .ts files in resources/translations/ are the sources translators edit; the .qm files are
built from them and committed, so the app runs without the Qt tools.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "es")


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "mbdesk").rglob("*.py"))


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"mbdesk_{language}.ts"


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-target-language",
                        language, "-ts", str(ts_file(language))], cwd=ROOT, check=True)


def release() -> None:
    for language in LANGUAGES:
        subprocess.run([tool("pyside6-lrelease"), str(ts_file(language)), "-qm",
                        str(ts_file(language).with_suffix(".qm"))], cwd=ROOT, check=True)


def missing(language: str) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    tree = ET.parse(ts_file(language))
    gaps = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            text = ("".join(translation.itertext()) if numerus and translation is not None
                    else (translation.text if translation is not None else ""))
            unfinished = translation is not None and translation.get("type") == "unfinished"
            if not (text or "").strip() or unfinished:
                gaps.append((name, message.findtext("source", "")))
    return gaps


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "missing"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "missing":
        total = 0
        for language in LANGUAGES:
            for context, source in missing(language):
                print(f"{language}\t{context}\t{source}")
                total += 1
        return 1 if total else 0
    else:
        raise SystemExit(__doc__)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
