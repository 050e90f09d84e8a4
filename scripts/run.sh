#!/usr/bin/env bash
# Set up (scripts/setup.sh) and start mbdesk; extra arguments are passed on to it.
#
# While the real data folder has no database yet (a first start), the demo workspace opens
# (--demo), so there is something to look at; add an account or pass --data-dir to work for real.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
bash scripts/setup.sh

# Ask mbdesk's own parser which data folder these arguments mean and whether they open the window.
decision=$(.venv/bin/python - "$@" <<'PY' 2>/dev/null
import sys

from mbdesk.cli import build_parser
from mbdesk.paths import resolve_workspace

argv = sys.argv[1:]
if any(a in ("-h", "--help", "--version") for a in argv):
    print("keep cli")
    raise SystemExit
try:
    args, _ = build_parser().parse_known_args(argv)
except SystemExit:
    print("keep cli")
    raise SystemExit from None
mode = "cli" if args.command else "screenshot" if args.screenshot else "window"
fresh = not args.demo and not resolve_workspace(args.data_dir, False).database.exists()
print("demo" if fresh and mode != "cli" else "keep", mode)
PY
) || decision="keep cli"
read -r demo mode <<<"$decision"

if [[ $mode == window ]]; then
    bash scripts/install_desktop.sh >/dev/null 2>&1 || echo "[run] could not add mbdesk to the app menu" >&2
fi

args=("$@")
if [[ $demo == demo ]]; then
    echo "[run] no database in the data folder yet: opening the demo workspace (--demo)" >&2
    args=(--demo "${args[@]}")
fi

if [[ -z ${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-} ]]; then
    if [[ $mode == window ]]; then
        echo "[run] no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window" \
            "cannot be shown. Run this on a desktop, or render each view to PNG instead:" \
            "bash scripts/run.sh --screenshot DIR" >&2
        exit 2
    fi
    export QT_QPA_PLATFORM=offscreen
fi

exec .venv/bin/python main.py "${args[@]}"
