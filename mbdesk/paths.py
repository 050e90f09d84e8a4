"""Where mbdesk keeps its files.

The real workspace lives in the platform data directory (or ``--data-dir``); the demo workspace
always lives in its own sub-folder so it can never mix with real accounts.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from mbdesk import APP_NAME
from mbdesk.errors import DataFolderError

DB_FILENAME = "mbdesk.sqlite3"
DEMO_SUBFOLDER = "demo-workspace"


@dataclass(frozen=True)
class Workspace:
    """The folder of one workspace and the files inside it."""

    root: Path
    is_demo: bool = False

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def media(self) -> Path:
        return self.root / "media"

    @property
    def lock_file(self) -> Path:
        return self.root / "mbdesk.lock"


def default_data_dir() -> Path:
    import platformdirs  # only when no --data-dir is given

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_workspace(data_dir: str | os.PathLike[str] | None, demo: bool) -> Workspace:
    """Pick the workspace folder for the given command-line options."""
    base = Path(data_dir).expanduser() if data_dir else default_data_dir()
    root = base / DEMO_SUBFOLDER if demo else base
    return Workspace(root=root.resolve(), is_demo=demo)


def prepare_workspace(ws: Workspace) -> None:
    """Create the folders and prove that we can write there, with a clear message if not.

    The proof is a real write to a file only this call knows (``tempfile.mkstemp``: a unique
    name, created exclusively), so any number of mbdesk processes starting at once on the same
    folder never trip over each other's probe, as they did over one fixed ``.write-test`` file
    (one process deleted it under another, whose own ``unlink`` then failed).
    """
    import tempfile

    try:
        for folder in (ws.root, ws.backups, ws.logs, ws.media):
            folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        make_private(ws)
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=ws.root)
        try:
            os.write(fd, b"ok")
        finally:
            os.close(fd)
            os.unlink(probe)
    except OSError as exc:
        raise data_folder_error(ws.root, exc) from exc


PRIVATE_FOLDER = 0o700  # the data folder and its folders: only the owner may look inside
PRIVATE_FILE = 0o600  # the database, backups, logs, media copies, plaintext secrets


def make_private(ws: Workspace) -> None:
    """Tighten what an earlier mbdesk (or a umask of 022) left readable by every local user.

    Only mbdesk's own things are touched: the data folder itself (unless it is the home
    folder), its backups/logs/media folders and everything in them, and the database files
    (``mbdesk.sqlite3`` and its -wal/-shm/damaged copies) and the plaintext-secrets file at its
    top. A ``--data-dir`` pointing at a folder with other files leaves those alone."""
    if ws.root != Path.home():
        _tighten(ws.root, PRIVATE_FOLDER)
    for folder in (ws.backups, ws.logs, ws.media):
        _tighten(folder, PRIVATE_FOLDER)
        for dirpath, dirnames, filenames in os.walk(folder):
            for name in dirnames:
                _tighten(Path(dirpath) / name, PRIVATE_FOLDER)
            for name in filenames:
                _tighten(Path(dirpath) / name, PRIVATE_FILE)
    for path in ws.root.iterdir():
        if path.name.startswith(DB_FILENAME) or path.name == "plaintext-secrets.json":
            _tighten(path, PRIVATE_FILE)


def _tighten(path: Path, mode: int) -> None:
    try:
        st = path.lstat()
        if stat.S_ISLNK(st.st_mode) or st.st_uid != os.getuid():
            return  # never follow a link out of the folder; someone else's file is theirs
        if stat.S_IMODE(st.st_mode) & ~mode:
            path.chmod(stat.S_IMODE(st.st_mode) & mode)
    except OSError:
        pass  # gone meanwhile, or a file system without modes: nothing to tighten


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists (SQLite then keeps the mode, and
    gives its -wal and -shm files the same)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def data_folder_error(folder: Path, exc: OSError) -> DataFolderError:
    """Turn an OSError about the data folder into a message the user can act on."""
    if exc.errno == errno.ENOSPC:
        return DataFolderError(
            f"The disk holding {folder} is full.",
            hint="Free some space, then start mbdesk again. Nothing you wrote was lost.",
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DataFolderError(
            f"mbdesk cannot write to its data folder {folder}.",
            hint="Make the folder writable, or start mbdesk with --data-dir pointing elsewhere.",
        )
    return DataFolderError(
        f"mbdesk cannot use its data folder {folder}: {exc.strerror or exc}.",
        hint="Check the folder, or start mbdesk with --data-dir pointing elsewhere.",
    )


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
