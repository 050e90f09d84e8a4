#!/usr/bin/env bash
# Install mbdesk's desktop entry, icons and AppStream metainfo for the current user, so the
# desktop's app menu lists mbdesk with its icon (run.sh calls this; safe to run again).
#
#   bash scripts/install_desktop.sh [EXEC]
#
# EXEC is the command the menu entry runs (default: this checkout's scripts/run.sh). Files go
# under ${XDG_DATA_HOME:-~/.local/share}: applications/, icons/hicolor/, metainfo/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APP_ID=io.github.mbdesk.mbdesk
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
EXEC=${1:-"$ROOT/scripts/run.sh"}

mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/icons/hicolor/scalable/apps"
# Exec= takes a quoted path when it has spaces (Desktop Entry spec, "Exec key").
quoted=$(printf '%s' "$EXEC" | sed 's/["`$\\]/\\&/g')
sed "s|@EXEC@|\"$quoted\"|" "$ROOT/resources/desktop/$APP_ID.desktop" \
    >"$DATA/applications/$APP_ID.desktop.partial"
mv "$DATA/applications/$APP_ID.desktop.partial" "$DATA/applications/$APP_ID.desktop"
cp "$ROOT/resources/desktop/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
cp "$ROOT/resources/icons/mbdesk.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$ROOT"/resources/icons/mbdesk-*.png; do
    size=$(basename "$png" .png)
    size=${size#mbdesk-}
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
# Refresh the menus' caches where the tools exist (a desktop without them reads the files anyway).
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null \
    && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
echo "[desktop] mbdesk is in the app menu ($DATA/applications/$APP_ID.desktop)" >&2
