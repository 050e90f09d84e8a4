#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh: Debian packages, then a venv at .venv with mbdesk[test].
#
# Idempotent and fast when nothing changed: apt is only asked when a package is missing, and pip
# only runs when pyproject.toml (or the Python, or the repo's path) differs from the last set-up.
# Override the interpreter with MBDESK_PYTHON=/path/to/python3.11.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
VENV="$ROOT/.venv"
STAMP="$VENV/.mbdesk-setup-stamp"
PYTHON=${MBDESK_PYTHON:-python3}

say() { echo "[setup] $*" >&2; }
die() { echo "[setup] error: $*" >&2; exit 1; }

# Debian packages: what PySide6 needs offscreen and on a desktop (xcb / wayland), the CJK font for
# Chinese text, a real Secret Service (gnome-keyring in a private D-Bus session) for the keyring
# tests, and objdump for PyInstaller.
APT_PACKAGES=(
    ca-certificates
    # Qt: offscreen and shared needs
    libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
    libx11-6 libxcb1
    # Qt: the xcb and wayland platform plugins, for bash scripts/run.sh on a desktop
    libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1
    libwayland-client0 libwayland-cursor0 libwayland-egl1
    # fonts: Latin plus Chinese (zh_CN interface, Weibo text)
    fontconfig fonts-dejavu-core fonts-noto-cjk fonts-noto-color-emoji
    # real keyring for the tests
    dbus gnome-keyring
    # PyInstaller inspects binaries with objdump
    binutils
    # the tests validate the desktop entry and the AppStream metainfo
    desktop-file-utils appstream
    # the Bluesky tests compile the reference PDS's better-sqlite3 (tests/pds/setup.sh)
    g++ make
)

apt_missing() {
    # One dpkg-query for all names; print those not installed.
    local installed pkg
    installed=$(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null \
        | awk '$(NF-1) == "ok" && $NF == "installed" {print $1}') || true
    for pkg in "$@"; do
        grep -qxF "$pkg" <<<"$installed" || echo "$pkg"
    done
}

install_debian_packages() {
    local -a missing
    mapfile -t missing < <(apt_missing "$@")
    ((${#missing[@]})) || return 0
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || die "need root or sudo to install: ${missing[*]}"
        sudo=(sudo -n)
        [[ -t 0 ]] && sudo=(sudo)
    fi
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # Update the lists only when a package is missing (a fresh image may also have none at all).
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
}

if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
    if ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
        # Debian's python3 ships venv/ensurepip separately.
        install_debian_packages python3-venv
    fi
    install_debian_packages "${APT_PACKAGES[@]}"
else
    say "not a Debian-like system: skipping system packages (install Qt's runtime libraries," \
        "a CJK font and a Secret Service keyring yourself)"
fi

command -v "$PYTHON" >/dev/null || die "$PYTHON not found (Python 3.11 or newer is needed)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || die "$PYTHON is $("$PYTHON" -V 2>&1); mbdesk needs Python 3.11 or newer"

# The stamp names what the venv was built from; any change reinstalls.
want_stamp=$(
    {
        "$PYTHON" -c 'import sys; print(sys.version)'
        echo "$ROOT"
        cat pyproject.toml
    } | sha256sum | cut -d' ' -f1
)

if [[ ! -x "$VENV/bin/python" ]] || ! "$VENV/bin/python" -c '' 2>/dev/null; then
    say "creating $VENV"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    rm -f "$STAMP"
fi

if [[ "$(cat "$STAMP" 2>/dev/null)" != "$want_stamp" ]]; then
    say "installing mbdesk and its test tools into .venv (pip install -e '.[test]')"
    # (the grep drops the noise of index folders some machines configure but do not hold)
    "$VENV/bin/python" -m pip install --disable-pip-version-check -q -e '.[test]' </dev/null \
        2> >(grep -v 'is ignored: it is neither a file nor a directory' >&2)
    echo "$want_stamp" >"$STAMP"
fi
