# shellcheck shell=bash
# Sourced by scripts/services.sh (uses its variables and helpers: log, die, start_docker,
# start_registry, http_status). One service, started on demand (not by `all`):
#
#   sbom-scanner  a stand-in for docker/buildkit-syft-scanner:stable-1, BuildKit's default SBOM
#               generator (`--sbom=true`, the build action's `sbom: true`), which cannot be pulled
#               here: busybox-static and testkit/stand-ins/sbom-scanner/scan.sh (BuildKit's SBOM
#               generator protocol; a minimal SPDX document that says it is a stand-in). Tagged
#               with the real name in the engine's image store: the engine's own builder (the
#               `docker` driver, containerd image store) uses that local image without pulling.
#               Also pushed as 127.0.0.1:5000/stand-ins/buildkit-syft-scanner:stable-1 for builders
#               that cannot see the engine's images (`--sbom=generator=<that ref>`).
#
# Idempotent: the image is labelled with the script's hash and rebuilt only when the script
# changes; only the two tags above are ever (re)written, nothing is removed or pruned.

SBOM_SCANNER_IMAGE=docker.io/docker/buildkit-syft-scanner:stable-1
SBOM_SCANNER_LOCAL="$HOST:$REGISTRY_PORT/stand-ins/buildkit-syft-scanner:stable-1"
SBOM_SCANNER_SCRIPT=$REPO_ROOT/testkit/stand-ins/sbom-scanner/scan.sh
SBOM_DIR=$SVC/sbom-scanner

sbom_scanner_stamp() { printf 'v1 %s' "$(sha256sum "$SBOM_SCANNER_SCRIPT" | cut -c1-16)"; }

sbom_scanner_present() {
  local docker=("$BIN_DIR/docker" -H "unix://$DOCKER_SOCK")
  [[ $(DOCKER_CONFIG=$DOCKER_CONFIG_DIR "${docker[@]}" image inspect --format '{{index .Config.Labels "dpa.stamp"}}' \
    "$SBOM_SCANNER_IMAGE" 2>/dev/null) == "$(sbom_scanner_stamp)" ]] &&
    [[ $(http_status "$REGISTRY_PORT" /v2/stand-ins/buildkit-syft-scanner/manifests/stable-1) == 200 ]]
}

start_sbom_scanner() {
  start_docker
  start_registry anonymous
  sbom_scanner_present && return 0
  local docker=("$BIN_DIR/docker" -H "unix://$DOCKER_SOCK") stamp rootfs p
  stamp=$(sbom_scanner_stamp)
  log "building the SBOM generator stand-in $SBOM_SCANNER_IMAGE ($stamp)"
  rm -rf "$SBOM_DIR"
  rootfs=$SBOM_DIR/rootfs
  mkdir -p "$rootfs"/{bin,sbin,usr/bin,usr/sbin,usr/local/bin,etc,tmp,proc,sys,dev}
  chmod 1777 "$rootfs/tmp"
  cp "$ROOT_DIR/bin/busybox" "$rootfs/bin/busybox"
  while read -r p; do
    [[ $p == bin/busybox || -e $rootfs/$p ]] || ln -s /bin/busybox "$rootfs/$p"
  done < <("$ROOT_DIR/bin/busybox" --list-full)
  install -m 0755 "$SBOM_SCANNER_SCRIPT" "$rootfs/usr/local/bin/dpa-sbom-scanner-stand-in"
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$rootfs" -cf "$SBOM_DIR/rootfs.tar" .
  rm -rf "$rootfs"
  DOCKER_CONFIG=$DOCKER_CONFIG_DIR "${docker[@]}" import \
    --change 'ENTRYPOINT ["/bin/sh", "/usr/local/bin/dpa-sbom-scanner-stand-in"]' \
    --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin' \
    --change "LABEL dpa.stamp=\"$stamp\"" \
    --change 'LABEL org.opencontainers.image.title="SBOM generator stand-in (docker-pipeline-actions tests)"' \
    "$SBOM_DIR/rootfs.tar" "$SBOM_SCANNER_IMAGE" >/dev/null || die "docker import of $SBOM_SCANNER_IMAGE failed"
  rm -f "$SBOM_DIR/rootfs.tar"
  DOCKER_CONFIG=$DOCKER_CONFIG_DIR "${docker[@]}" tag "$SBOM_SCANNER_IMAGE" "$SBOM_SCANNER_LOCAL" ||
    die "docker tag $SBOM_SCANNER_LOCAL failed"
  DOCKER_CONFIG=$DOCKER_CONFIG_DIR "${docker[@]}" push -q "$SBOM_SCANNER_LOCAL" >/dev/null ||
    die "docker push $SBOM_SCANNER_LOCAL failed"
}
