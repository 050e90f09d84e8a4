#!/usr/bin/env bash
# Set up (scripts/setup.sh), lint, then run the whole test suite; extra arguments go to pytest.
#
# pytest runs inside a private D-Bus session with a throw-away gnome-keyring unlocked for its
# Secret Service, so the real-keyring tests run (MBDESK_REAL_KEYRING=1) without touching the
# user's own keyring. Exit code = pytest's, except that "no tests collected" (5) is a failure.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# CI gives no standard input; make sure nothing can wait on one.
[[ -t 0 ]] || exec </dev/null

if [[ -z ${MBDESK_IN_TEST_SESSION:-} ]]; then
    start=$SECONDS
    bash scripts/setup.sh
    echo "[test] set-up took $((SECONDS - start))s" >&2
    echo "[test] ruff check ." >&2
    # A lint failure fails the run, but the tests still run so one CI run reports both.
    export MBDESK_LINT_FAILED=
    .venv/bin/ruff check . || MBDESK_LINT_FAILED=1
    command -v dbus-run-session >/dev/null || { echo "[test] dbus-run-session missing" >&2; exit 1; }
    # Re-enter this script inside a fresh session bus; the bus (and the keyring daemon on it)
    # goes away when the tests end.
    export MBDESK_IN_TEST_SESSION=1
    exec dbus-run-session -- bash "$0" "$@"
fi

# --- inside the private D-Bus session ------------------------------------------------------------
scratch=$(mktemp -d "${TMPDIR:-/tmp}/mbdesk-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime" "$scratch/data"
# Keep the keyring daemon (and anything in the tests that forgets --data-dir) away from the user's
# own keyrings and data folder; never reach a keyring daemon that is already running.
export XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data"
unset GNOME_KEYRING_CONTROL GNOME_KEYRING_PID SSH_AUTH_SOCK

password=$(head -c 24 /dev/urandom | base64)
if ! printf %s "$password" \
    | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>"$scratch/keyring.log"; then
    echo "[test] gnome-keyring did not start; the real-keyring tests will fail:" >&2
    cat "$scratch/keyring.log" >&2
fi
unset password
# The real-keyring tests run (and fail, rather than skip, if the keyring above is not usable).
export MBDESK_REAL_KEYRING=1

export QT_QPA_PLATFORM=offscreen
echo "[test] pytest $*" >&2
# faulthandler_timeout prints every thread's stack when one test runs for more than 10 minutes,
# so a hang says where it is; without a terminal (CI), the whole run is also interrupted (SIGINT:
# pytest still prints its summary) before CI's own 90-minute limit.
limit=()
if [[ ! -t 0 ]]; then
    limit=(timeout --signal=INT --kill-after=60 "${MBDESK_TEST_TIMEOUT:-4500}")
fi
set +e
"${limit[@]}" .venv/bin/python -m pytest -o faulthandler_timeout=600 "$@"
rc=$?
set -e
if [[ $rc -eq 5 ]]; then
    echo "[test] pytest collected no tests: failing" >&2
    rc=1
fi
if [[ -n ${MBDESK_LINT_FAILED:-} ]]; then
    echo "[test] ruff check . found problems (see above): failing" >&2
    [[ $rc -ne 0 ]] || rc=1
fi
exit "$rc"
