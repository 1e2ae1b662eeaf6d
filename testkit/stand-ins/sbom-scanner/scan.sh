#!/bin/sh
# Stand-in for docker/buildkit-syft-scanner (BuildKit's default SBOM generator), which cannot be
# pulled here. It follows BuildKit's SBOM generator protocol: scan the root filesystem at
# $BUILDKIT_SCAN_SOURCE (and each one under $BUILDKIT_SCAN_SOURCE_EXTRAS, if that is a folder) and
# write one in-toto statement with an SPDX 2.3 document per target to
# $BUILDKIT_SCAN_DESTINATION/<target>.spdx.json. The document is minimal and says it is a
# stand-in: it lists the target's regular files (SHA1, as SPDX requires) and a `busybox` package
# when the target has /bin/busybox; it knows no package databases. Runs on busybox's sh.
# scripts/services-sbom.sh builds it into an image (docs/test-services.md, `sbom-scanner`).
set -eu

TOOL=dpa-sbom-scanner-stand-in
: "${BUILDKIT_SCAN_DESTINATION:?BuildKit sets BUILDKIT_SCAN_DESTINATION}"
: "${BUILDKIT_SCAN_SOURCE:?BuildKit sets BUILDKIT_SCAN_SOURCE}"

# json_string TEXT: TEXT as a JSON string (backslash and quote escaped; control characters dropped)
json_string() {
  printf '"%s"' "$(printf '%s' "$1" | tr -d '\000-\037' | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
}

# files_json ROOT: the SPDX `files` entries of ROOT's regular files, comma separated
files_json() {
  n=0
  (cd "$1" && find . -xdev -type f | LC_ALL=C sort) | while IFS= read -r f; do
    n=$((n + 1))
    sum=$(sha1sum "$1/$f" | cut -d' ' -f1)
    [ "$n" -eq 1 ] || printf ','
    printf '{"fileName":%s,"SPDXID":"SPDXRef-File-%d","checksums":[{"algorithm":"SHA1","checksumValue":"%s"}],"copyrightText":"NOASSERTION","licenseConcluded":"NOASSERTION"}' \
      "$(json_string "$f")" "$n" "$sum"
  done
}

# packages_json ROOT: a busybox package when ROOT has /bin/busybox (its version from its banner)
packages_json() {
  [ -f "$1/bin/busybox" ] || return 0
  version=$(grep -ao 'BusyBox v[0-9][0-9.]*[0-9]' "$1/bin/busybox" 2>/dev/null | head -n1 | cut -c10-)
  printf '{"name":"busybox","SPDXID":"SPDXRef-Package-busybox","versionInfo":%s,"downloadLocation":"NOASSERTION","filesAnalyzed":false,"licenseConcluded":"NOASSERTION","licenseDeclared":"NOASSERTION","copyrightText":"NOASSERTION"}' \
    "$(json_string "${version:-unknown}")"
}

# scan ROOT NAME: writes $BUILDKIT_SCAN_DESTINATION/NAME.spdx.json
scan() {
  root=$1
  name=$2
  created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  uuid=$(cat /proc/sys/kernel/random/uuid 2>/dev/null || echo "$$-$created")
  {
    printf '{"_type":"https://in-toto.io/Statement/v0.1","predicateType":"https://spdx.dev/Document",'
    printf '"subject":[],"predicate":{"spdxVersion":"SPDX-2.3","dataLicense":"CC0-1.0",'
    printf '"SPDXID":"SPDXRef-DOCUMENT","name":%s,' "$(json_string "$name (stand-in SBOM: $TOOL)")"
    printf '"documentNamespace":"https://docker-pipeline-actions.invalid/sbom-stand-in/%s",' "$uuid"
    printf '"creationInfo":{"created":"%s","creators":["Tool: %s"],' "$created" "$TOOL"
    printf '"comment":"Written by a stand-in for docker/buildkit-syft-scanner in a test environment: regular files only, no package databases read."},'
    printf '"packages":[%s],"files":[%s]}}\n' "$(packages_json "$root")" "$(files_json "$root")"
  } >"$BUILDKIT_SCAN_DESTINATION/$name.spdx.json"
}

scan "$BUILDKIT_SCAN_SOURCE" "$(basename "$BUILDKIT_SCAN_SOURCE")"
if [ -n "${BUILDKIT_SCAN_SOURCE_EXTRAS:-}" ] && [ -d "$BUILDKIT_SCAN_SOURCE_EXTRAS" ]; then
  for extra in "$BUILDKIT_SCAN_SOURCE_EXTRAS"/*; do
    [ -d "$extra" ] && scan "$extra" "$(basename "$extra")"
  done
fi
exit 0
