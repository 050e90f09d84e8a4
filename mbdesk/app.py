"""Start-up: parse the command line, then run a headless command or open the window.

The window path prepares the data folder, takes the one-instance lock, opens (and migrates) the
database, installs the crash handler and translations, shows the main window, and only then
starts the slow checks (integrity, daily backup) on a worker thread so start-up stays fast.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Sequence

from mbdesk import cli
from mbdesk.errors import MbdeskError

log = logging.getLogger("mbdesk")


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse(argv)
    if getattr(args, "func", None) is not None:
        return cli.run_command(args)  # it sets up logging (the log file and stderr) itself
    return run_gui(args)


def run_gui(args) -> int:
    # Start-up makes ~100,000 long-lived objects (modules, classes, Qt's enums): looking for
    # garbage cycles among them finds none and cost 10-20 ms before the first screen. The
    # collector resumes, with all of them frozen out of its view, once that screen painted.
    gc.disable()
    from mbdesk.ui.application import GuiStartup

    try:
        return GuiStartup(args).run()
    except MbdeskError as exc:  # shown already when a QApplication existed; say it on stderr too
        print(f"mbdesk: {exc.message}\n  {exc.hint}", file=sys.stderr)
        return 2
    finally:
        gc.enable()

