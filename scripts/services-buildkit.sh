# shellcheck shell=bash
# Sourced by scripts/services.sh (uses its variables and helpers: log, die, spawn, pid_alive,
# wait_for, stop_pidfile, unmount_under, write_apt_config). Three more services for builds that the
# engine's own `docker` driver cannot do (push by digest) and for other platforms:
#
#   qemu        Debian's qemu-user-static registered in binfmt_misc (F flag) for linux/arm64
#   buildkit    a current buildkitd (built from the Go module proxy) on a private unix socket with
#               Debian's runc, registered as the `remote`-driver builder `dpa-buildkit` for a
#               current buildx (also built from the Go module proxy) in a DOCKER_CONFIG of its own
#   buildkit-image  moby/buildkit:buildx-stable-1 in the engine's image store, made of the same
#               buildkitd and buildctl + Debian's runc: Docker Hub cannot be reached, and buildx's
#               docker-container driver uses a local image when the pull fails, so the builder
#               that builder-setup: auto creates really starts (with Debian's buildx 0.13)
#   base-image-multiarch   127.0.0.1:5000/base/busybox-multiarch:latest, an index of the amd64 and
#               arm64 busybox-static images (base/busybox:latest stays amd64 only)
#
# The Go tools are built on first use into $CACHE_DIR/buildkit/bin and reused; first-install times
# go to $CACHE_DIR/buildkit/install-times.log.

BUILDX_VERSION=${DPA_BUILDX_VERSION:-v0.36.1}
BUILDKIT_VERSION=${DPA_BUILDKIT_VERSION:-v0.32.2}
BK_DIR=$CACHE_DIR/buildkit
BK_BIN=$BK_DIR/bin
BK_STATE=$BK_DIR/state
BK_CONFIG=$BK_DIR/buildkitd.toml
BK_DOCKER_CONFIG=$BK_DIR/docker-config
BK_SOCK=$RUN_DIR/buildkitd.sock
BK_BUILDER=dpa-buildkit
QEMU_DIR=$SVC/qemu
QEMU_PACKAGES=(qemu-user-static/bookworm busybox-static:arm64/bookworm)
QEMU_STAMP="v1 ${QEMU_PACKAGES[*]}"
BINFMT=/proc/sys/fs/binfmt_misc
BASE_IMAGE_MULTIARCH="$HOST:$REGISTRY_PORT/base/busybox-multiarch:latest"

# ---------------------------------------------------------------------------------------------
# Go tools: buildx, buildkitd, buildctl

# buildkit's go.mod has exclude directives, so `go install ...@version` refuses it: build it from a
# throwaway module that requires it.
build_buildkit() {
  local out=$1 wrap
  wrap=$(mktemp -d /tmp/dpa-buildkit-wrap-XXXXXX)
  (
    cd "$wrap" || exit 1
    go mod init dpa.local/buildkit-wrapper || exit 1
    go get "github.com/moby/buildkit/cmd/buildkitd@$BUILDKIT_VERSION" "github.com/moby/buildkit/cmd/buildctl@$BUILDKIT_VERSION" || exit 1
    local cmd
    for cmd in buildkitd buildctl; do
      CGO_ENABLED=0 go build -trimpath -ldflags "-X github.com/moby/buildkit/version.Version=$BUILDKIT_VERSION" \
        -o "$out/$cmd" "github.com/moby/buildkit/cmd/$cmd" || exit 1
    done
  )
  local rc=$?
  rm -rf "$wrap"
  return $rc
}

install_go_tools() {
  local stamp="v2 $BUILDX_VERSION $BUILDKIT_VERSION"
  [[ -f $BK_BIN/.complete && $(<"$BK_BIN/.complete") == "$stamp" ]] && return 0
  command -v go >/dev/null || PATH=$PATH:/usr/local/go/bin
  command -v go >/dev/null || die "go is required to build buildx and buildkitd (the Go module proxy)"
  mkdir -p "$BK_DIR"
  rm -rf "$BK_BIN.tmp"
  mkdir -p "$BK_BIN.tmp"
  local t0=$SECONDS t1 logfile=$BK_DIR/install.log
  log "first use: building buildx $BUILDX_VERSION (go install)"
  # -X: what `buildx version` prints (the action reads it); go install alone leaves v0.0.0+unknown
  GOBIN=$BK_BIN.tmp CGO_ENABLED=0 go install -trimpath -ldflags "-X github.com/docker/buildx/version.Version=$BUILDX_VERSION" \
    "github.com/docker/buildx/cmd/buildx@$BUILDX_VERSION" \
    >"$logfile" 2>&1 || {
    show_log "$logfile"
    die "go install buildx@$BUILDX_VERSION failed"
  }
  t1=$SECONDS
  log "building buildkitd and buildctl $BUILDKIT_VERSION (wrapper module)"
  build_buildkit "$BK_BIN.tmp" >>"$logfile" 2>&1 || {
    show_log "$logfile"
    die "building buildkitd@$BUILDKIT_VERSION failed"
  }
  printf '%s buildx %s: %ss, buildkitd+buildctl %s: %ss\n' "$(date -u +%FT%TZ)" \
    "$BUILDX_VERSION" "$((t1 - t0))" "$BUILDKIT_VERSION" "$((SECONDS - t1))" >>"$BK_DIR/install-times.log"
  echo "$stamp" >"$BK_BIN.tmp/.complete"
  rm -rf "$BK_BIN"
  mv "$BK_BIN.tmp" "$BK_BIN"
  log "buildx and buildkitd built in $((SECONDS - t0))s"
}

# The build takes minutes on first use: under a lock of its own, before services.sh takes the
# shared one, so other services start meanwhile.
install_go_tools_locked() {
  mkdir -p "$BK_DIR"
  exec 8>"$BK_DIR/.install.lock"
  flock -w 900 8 || die "timed out waiting for the lock $BK_DIR/.install.lock"
  install_go_tools
  exec 8>&-
}

# ---------------------------------------------------------------------------------------------
# qemu: Debian's qemu-user-static and busybox-static:arm64, unpacked; qemu-aarch64 in binfmt_misc

setup_qemu() {
  if [[ ! -f $QEMU_DIR/root/.complete || $(<"$QEMU_DIR/root/.complete") != "$QEMU_STAMP" ]]; then
    log "first use: downloading ${QEMU_PACKAGES[*]}"
    local t0=$SECONDS
    (
      APT_DIR=$QEMU_DIR/apt
      write_apt_config arm64
      export APT_CONFIG=$APT_DIR/apt.conf
      apt-get -q update >"$APT_DIR/update.log" 2>&1 || die "apt-get update (private configuration $APT_CONFIG) failed"
      rm -rf "$QEMU_DIR/debs" "$QEMU_DIR/root.tmp"
      mkdir -p "$QEMU_DIR/debs" "$QEMU_DIR/root.tmp"
      (cd "$QEMU_DIR/debs" && apt-get -q download "${QEMU_PACKAGES[@]}") >"$APT_DIR/download.log" 2>&1 ||
        die "apt-get download ${QEMU_PACKAGES[*]} failed (see $APT_DIR/download.log)"
    ) || exit 1
    local deb
    for deb in "$QEMU_DIR"/debs/*.deb; do dpkg -x "$deb" "$QEMU_DIR/root.tmp" || die "dpkg -x $deb failed"; done
    [[ -x $QEMU_DIR/root.tmp/usr/bin/qemu-aarch64-static && -x $QEMU_DIR/root.tmp/bin/busybox ]] ||
      die "unpacked packages lack usr/bin/qemu-aarch64-static or bin/busybox"
    echo "$QEMU_STAMP" >"$QEMU_DIR/root.tmp/.complete"
    rm -rf "$QEMU_DIR/root"
    mv "$QEMU_DIR/root.tmp" "$QEMU_DIR/root"
    log "qemu packages unpacked in $((SECONDS - t0))s"
  fi
}

# binfmt_misc wants the magic and mask as written in Debian's binfmts file (\x escapes).
binfmt_field() { awk -v k="$1" '$1 == k {print $2}' "$QEMU_DIR/root/usr/share/binfmts/qemu-aarch64"; }

qemu_ready() {
  [[ -r $BINFMT/qemu-aarch64 ]] && grep -qx enabled "$BINFMT/qemu-aarch64" &&
    grep -q '^flags: .*F' "$BINFMT/qemu-aarch64"
}

start_qemu() {
  setup_qemu
  if [[ ! -w $BINFMT/register ]]; then
    mount -t binfmt_misc binfmt_misc "$BINFMT" 2>/dev/null || die "cannot mount binfmt_misc on $BINFMT (needs root)"
  fi
  local interp=$QEMU_DIR/root/usr/bin/qemu-aarch64-static
  # Ours, or another registration whose interpreter is already loaded (F): either way arm64 runs.
  qemu_ready && return 0
  [[ -e $BINFMT/qemu-aarch64 ]] && echo -1 >"$BINFMT/qemu-aarch64"
  printf ':qemu-aarch64:M::%s:%s:%s:F' "$(binfmt_field magic)" "$(binfmt_field mask)" "$interp" >"$BINFMT/register" ||
    die "could not register qemu-aarch64 in $BINFMT"
  log "registered $interp for linux/arm64 in binfmt_misc (F flag)"
}

stop_qemu() {
  # Only our own registration is removed.
  if [[ -r $BINFMT/qemu-aarch64 ]] && grep -qF "interpreter $QEMU_DIR/" "$BINFMT/qemu-aarch64"; then
    echo -1 >"$BINFMT/qemu-aarch64"
  fi
}

# ---------------------------------------------------------------------------------------------
# buildkitd on a private socket + the remote builder

buildkitd_config() {
  cat <<EOF
# binaries: $(cat "$BK_BIN/.complete")
root = "$BK_STATE"
[grpc]
  address = ["unix://$BK_SOCK"]
[worker.oci]
  enabled = true
  binary = "$BIN_DIR/runc"
  gc = true
  gckeepstorage = "4GB"
[worker.containerd]
  enabled = false
EOF
  registries_toml
}

# the local registries are plain HTTP
registries_toml() {
  local port
  for port in "$REGISTRY_PORT" "$HTPASSWD_PORT" "$TOKEN_REGISTRY_PORT"; do
    printf '[registry."%s:%s"]\n  http = true\n  insecure = true\n' "$HOST" "$port"
  done
}

buildctl_ready() { "$BK_BIN/buildctl" --addr "unix://$BK_SOCK" debug workers; }

# buildx keeps the current builder per Docker endpoint: the private engine's, as the tests use.
bk_buildx() { DOCKER_CONFIG=$BK_DOCKER_CONFIG DOCKER_HOST=unix://$DOCKER_SOCK "$BK_BIN/buildx" "$@"; }

register_builder() {
  mkdir -p "$BK_DOCKER_CONFIG/cli-plugins"
  ln -sfn "$BK_BIN/buildx" "$BK_DOCKER_CONFIG/cli-plugins/docker-buildx"
  [[ -f $BK_DOCKER_CONFIG/config.json ]] || echo '{}' >"$BK_DOCKER_CONFIG/config.json"
  if ! bk_buildx inspect "$BK_BUILDER" 2>/dev/null | grep -qF "unix://$BK_SOCK"; then
    bk_buildx rm "$BK_BUILDER" >/dev/null 2>&1 || true
    bk_buildx create --name "$BK_BUILDER" --driver remote "unix://$BK_SOCK" >/dev/null ||
      die "buildx create --driver remote failed"
  fi
  bk_buildx use "$BK_BUILDER" >/dev/null
  bk_buildx inspect --bootstrap "$BK_BUILDER" >/dev/null || die "buildx cannot reach buildkitd at unix://$BK_SOCK"
}

start_buildkit() {
  setup
  start_qemu
  install_go_tools
  local pidfile=$BK_DIR/buildkitd.pid logfile=$BK_DIR/buildkitd.log pid config
  config=$(buildkitd_config)
  if pid=$(pid_alive "$pidfile" "$BK_CONFIG"); then
    if [[ $(<"$BK_CONFIG") == "$config" ]] && buildctl_ready >/dev/null 2>&1; then
      register_builder
      return 0
    fi
    log "buildkitd (pid $pid) is outdated or not answering, restarting it"
    kill_pid "$pid" 20
  fi
  mkdir -p "$BK_STATE" "$RUN_DIR"
  rm -f "$BK_SOCK" "$pidfile"
  printf '%s\n' "$config" >"$BK_CONFIG"
  log "starting buildkitd $BUILDKIT_VERSION on unix://$BK_SOCK"
  spawn "$pidfile" "$logfile" env PATH="$ENGINE_PATH" "$BK_BIN/buildkitd" --config "$BK_CONFIG"
  wait_for buildkitd "$pidfile" "$BK_CONFIG" "$logfile" 60 buildctl_ready
  register_builder
}

stop_buildkit() {
  stop_pidfile buildkitd "$BK_DIR/buildkitd.pid" "$BK_CONFIG" 20
  unmount_under "$BK_STATE"
  rm -f "$BK_SOCK"
}

# ---------------------------------------------------------------------------------------------
# moby/buildkit:buildx-stable-1, the docker-container driver's default image, built locally

BUILDKIT_IMAGE=moby/buildkit:buildx-stable-1

start_buildkit_image() {
  start_docker
  start_qemu
  install_go_tools
  local docker=("$BIN_DIR/docker" -H "unix://$DOCKER_SOCK") stamp
  stamp="$(<"$BK_BIN/.complete") $(registries_toml | sha256sum | cut -c1-12)"
  [[ $(DOCKER_CONFIG=$DOCKER_CONFIG_DIR "${docker[@]}" image inspect --format '{{index .Config.Labels "dpa.stamp"}}' \
    "$BUILDKIT_IMAGE" 2>/dev/null) == "$stamp" ]] && return 0
  log "building $BUILDKIT_IMAGE (buildkitd $BUILDKIT_VERSION, Debian runc) in the engine"
  local rootfs=$BK_DIR/image-rootfs lib
  rm -rf "$rootfs"
  mkdir -p "$rootfs"/{usr/bin,etc/buildkit,tmp,var/lib/buildkit}
  chmod 1777 "$rootfs/tmp"
  cp "$BK_BIN/buildkitd" "$BK_BIN/buildctl" "$rootfs/usr/bin/"
  cp "$ROOT_DIR/usr/sbin/runc" "$rootfs/usr/bin/runc"
  for lib in $(ldd "$ROOT_DIR/usr/sbin/runc" | grep -o '/[^ ]*'); do
    mkdir -p "$rootfs$(dirname "$lib")"
    cp -L "$lib" "$rootfs$lib"
  done
  registries_toml >"$rootfs/etc/buildkit/buildkitd.toml"
  tar --sort=name --owner=0 --group=0 --numeric-owner -C "$rootfs" -cf "$BK_DIR/image.tar" .
  rm -rf "$rootfs"
  DOCKER_CONFIG=$DOCKER_CONFIG_DIR "${docker[@]}" import --change 'ENTRYPOINT ["buildkitd"]' \
    --change 'ENV PATH=/usr/bin:/bin' --change "LABEL dpa.stamp=\"$stamp\"" \
    "$BK_DIR/image.tar" "$BUILDKIT_IMAGE" >/dev/null || die "docker import of $BUILDKIT_IMAGE failed"
  rm -f "$BK_DIR/image.tar"
}

# ---------------------------------------------------------------------------------------------
# base/busybox-multiarch: one index with the amd64 and arm64 busybox-static images

busybox_rootfs_tar() {
  local busybox=$1 tar=$2 rootfs p
  rootfs=$(mktemp -d "$BASE_DIR/rootfs-XXXXXX")
  mkdir -p "$rootfs"/{bin,sbin,usr/bin,usr/sbin,etc,root,tmp,var/tmp,proc,sys,dev}
  chmod 1777 "$rootfs/tmp" "$rootfs/var/tmp"
  cp "$busybox" "$rootfs/bin/busybox"
  # the applet list of the host's busybox-static (same Debian release, same applets)
  while read -r p; do
    [[ $p == bin/busybox || -e $rootfs/$p ]] || ln -s /bin/busybox "$rootfs/$p"
  done < <("$ROOT_DIR/bin/busybox" --list-full)
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$rootfs/etc/group"
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$rootfs" -cf "$tar" .
  rm -rf "$rootfs"
}

start_base_image_multiarch() {
  start_docker
  start_registry anonymous
  [[ $(http_status "$REGISTRY_PORT" /v2/base/busybox-multiarch/manifests/latest) == 200 ]] && return 0
  setup_qemu
  log "building $BASE_IMAGE_MULTIARCH (linux/amd64, linux/arm64)"
  local dir=$BASE_DIR/multiarch
  rm -rf "$dir"
  mkdir -p "$dir"
  busybox_rootfs_tar "$ROOT_DIR/bin/busybox" "$dir/rootfs-amd64.tar"
  busybox_rootfs_tar "$QEMU_DIR/root/bin/busybox" "$dir/rootfs-arm64.tar"
  cat >"$dir/Dockerfile" <<'EOF'
FROM scratch
ARG TARGETARCH
ADD rootfs-${TARGETARCH}.tar /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
CMD ["/bin/sh"]
EOF
  DOCKER_CONFIG=$DOCKER_CONFIG_DIR "$BIN_DIR/docker" -H "unix://$DOCKER_SOCK" buildx build --builder default \
    --platform linux/amd64,linux/arm64 --provenance=false --output type=registry \
    --tag "$BASE_IMAGE_MULTIARCH" "$dir" >"$dir/build.log" 2>&1 || {
    show_log "$dir/build.log"
    die "building $BASE_IMAGE_MULTIARCH failed"
  }
}
