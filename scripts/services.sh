#!/usr/bin/env bash
# Test services for docker-pipeline-actions: a private Docker Engine (dockerd + containerd + runc,
# containerd image store, buildx) and three local OCI registries (anonymous, htpasswd, token auth).
#
#   bash scripts/services.sh <start|stop|status|env> [docker|registry|registry-htpasswd|registry-token|base-image|all]
#   bash scripts/services.sh <start|stop|status> <qemu|buildkit|buildkit-image|base-image-multiarch|sbom-scanner>
#   (not part of all; see scripts/services-buildkit.sh and scripts/services-sbom.sh)
#
# Nothing is installed system-wide: Debian packages are fetched with a private apt configuration
# and unpacked with `dpkg -x` into the cache folder (${DPA_CACHE_DIR:-<repo>/.cache}/services).
# See docs/test-services.md for ports, users and troubleshooting.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE_DIR=${DPA_CACHE_DIR:-$REPO_ROOT/.cache}
mkdir -p "$CACHE_DIR"
CACHE_DIR=$(cd "$CACHE_DIR" && pwd)
SVC=$CACHE_DIR/services

HOST=127.0.0.1
REGISTRY_PORT=${DPA_REGISTRY_PORT:-5000}
HTPASSWD_PORT=${DPA_REGISTRY_HTPASSWD_PORT:-5001}
TOKEN_REGISTRY_PORT=${DPA_REGISTRY_TOKEN_PORT:-5002}
TOKEN_SERVER_PORT=${DPA_TOKEN_SERVER_PORT:-5003}
BRIDGE_NAME=${DPA_BRIDGE_NAME:-dpa0}
BRIDGE_CIDR=${DPA_BRIDGE_CIDR:-10.213.213.1/24}
# The Debian mirror this machine already uses (its own apt sources), unless DPA_DEBIAN_MIRROR says.
system_debian_mirror() {
  local uri
  uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '/^URIs:/ {print $2}' | grep -v -- '-security' | head -n1) || true
  [[ -n $uri ]] || uri=$(awk '$1 == "deb" && $0 !~ /-security/ {for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' /etc/apt/sources.list 2>/dev/null) || true
  printf '%s' "$uri"
}
DEBIAN_MIRROR=${DPA_DEBIAN_MIRROR:-$(system_debian_mirror)}
DEBIAN_KEYRING=${DPA_DEBIAN_KEYRING:-/usr/share/keyrings/debian-archive-keyring.gpg}

# Fixed test credentials (documented in docs/test-services.md).
REGISTRY_USER=testuser
REGISTRY_PASSWORD=testpassword
READER_USER=reader
READER_PASSWORD=readerpassword
TOKEN_SERVICE=dpa-test-registry
TOKEN_ISSUER=dpa-test-token-server
BASE_IMAGE="$HOST:$REGISTRY_PORT/base/busybox:latest"

# Exactly the packages needed at runtime (everything else they link against is in a Debian base system).
PACKAGES=(
  docker.io/trixie containerd/trixie docker-cli/trixie docker-buildx/trixie tini/trixie
  runc/bookworm docker-registry/bookworm busybox-static/bookworm
)
SETUP_STAMP="v1 ${PACKAGES[*]}"

APT_DIR=$SVC/apt
DEBS_DIR=$SVC/debs
ROOT_DIR=$SVC/root
BIN_DIR=$SVC/bin
DOCKER_DIR=$SVC/docker
CONTAINERD_DIR=$SVC/containerd
DOCKER_CONFIG_DIR=$SVC/docker-config
TOKEN_DIR=$SVC/token-server
BASE_DIR=$SVC/base-image

# Unix sockets must stay below ~108 bytes: use a short directory if the cache path is long.
RUN_DIR=$SVC/run
if ((${#RUN_DIR} > 60)); then
  RUN_DIR=/tmp/dpa-run-$(printf '%s' "$SVC" | sha256sum | cut -c1-12)
fi
DOCKER_SOCK=$RUN_DIR/docker.sock
CONTAINERD_SOCK=$RUN_DIR/containerd.sock
EXEC_ROOT=$RUN_DIR/exec

log() { printf '[services] %s\n' "$*" >&2; }
die() {
  log "ERROR: $*"
  exit 1
}

# PATH without our bin directory (it is prepended where needed)
CLEAN_PATH=":$PATH:"
CLEAN_PATH=${CLEAN_PATH//:$BIN_DIR:/:}
CLEAN_PATH=${CLEAN_PATH#:}
CLEAN_PATH=${CLEAN_PATH%:}
ENGINE_PATH=$BIN_DIR${CLEAN_PATH:+:$CLEAN_PATH}

# ---------------------------------------------------------------------------------------------
# process helpers

cmdline_of() { [[ -r /proc/$1/cmdline ]] && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null; }

# find_pids NEEDLE: live processes run from our unpacked packages (or node, for the token server)
# whose command line contains NEEDLE (a path without spaces).
find_pids() {
  local f p exe
  for f in $(grep -lsaF -- "$1" /proc/[0-9]*/cmdline 2>/dev/null); do
    p=${f#/proc/}
    p=${p%/cmdline}
    [[ $p != "$$" && $p != "$BASHPID" ]] || continue
    exe=$(readlink "/proc/$p/exe" 2>/dev/null) || continue
    [[ $exe == "$ROOT_DIR"/* || ${exe##*/} == node ]] || continue
    alive "$p" && echo "$p"
  done
  return 0
}

# pid_alive PIDFILE NEEDLE: prints the pid if the pid file names a live process whose command line
# contains NEEDLE (protects against pid reuse). A stale pid file is removed; if the pid file is
# missing or stale but a matching process runs (pid file lost by a killed run), it is adopted.
pid_alive() {
  local pidfile=$1 needle=$2 pid cmd
  if [[ -s $pidfile ]]; then
    pid=$(<"$pidfile")
    if [[ $pid =~ ^[0-9]+$ ]] && alive "$pid" && cmd=$(cmdline_of "$pid") && [[ $cmd == *"$needle"* ]]; then
      echo "$pid"
      return 0
    fi
    rm -f "$pidfile"
  fi
  pid=$(find_pids "$needle" | head -n1)
  [[ -n $pid ]] || return 1
  echo "$pid" 2>/dev/null >"$pidfile" || true
  echo "$pid"
}

# spawn PIDFILE LOGFILE CMD...: start CMD detached (own session, no inherited fds, lock fd closed).
spawn() {
  local pidfile=$1 logfile=$2
  shift 2
  rm -f "$pidfile"
  if [[ -f $logfile ]] && (($(stat -c %s "$logfile") > 5000000)); then
    mv -f "$logfile" "$logfile.1"
  fi
  printf '\n===== %s starting: %s\n' "$(date -u +%FT%TZ)" "$*" >>"$logfile"
  # shellcheck disable=SC2016
  setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' spawn "$pidfile" "$@" </dev/null >>"$logfile" 2>&1 9>&- &
  local i
  for ((i = 0; i < 100; i++)); do
    [[ -s $pidfile ]] && return 0
    sleep 0.05
  done
  die "could not spawn $*"
}

# alive PID: the process exists and is not a zombie (PID 1 may reap orphans late).
alive() {
  local stat
  { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
  stat=${stat##*) }
  [[ ${stat:0:1} != Z ]]
}

# kill_pid PID TIMEOUT_SECONDS: SIGTERM, wait, then SIGKILL.
kill_pid() {
  local pid=$1 timeout=$2 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < timeout * 10; i++)); do
    alive "$pid" || return 0
    sleep 0.1
  done
  log "pid $pid did not exit after ${timeout}s, sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    alive "$pid" || return 0
    sleep 0.1
  done
}

stop_pidfile() {
  local name=$1 pidfile=$2 needle=$3 timeout=$4 pid
  if pid=$(pid_alive "$pidfile" "$needle"); then
    log "stopping $name (pid $pid)"
    kill_pid "$pid" "$timeout"
  fi
  rm -f "$pidfile"
}

show_log() {
  local logfile=$1
  if [[ -f $logfile ]]; then
    log "last lines of $logfile:"
    tail -n 40 "$logfile" | sed 's/^/    /' >&2
  fi
}

# wait_for NAME PIDFILE NEEDLE LOGFILE TIMEOUT CHECK...: wait until CHECK succeeds; fail early if the
# process dies; on failure print the log tail and exit non-zero.
wait_for() {
  local name=$1 pidfile=$2 needle=$3 logfile=$4 timeout=$5 i
  shift 5
  for ((i = 0; i < timeout * 10; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    if ! pid_alive "$pidfile" "$needle" >/dev/null; then
      show_log "$logfile"
      die "$name exited during startup"
    fi
    sleep 0.1
  done
  show_log "$logfile"
  die "$name did not become ready within ${timeout}s"
}

MANIFEST_ACCEPT='application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.docker.distribution.manifest.v2+json'

# http_status PORT PATH: prints the HTTP status code of HEAD http://127.0.0.1:PORT/PATH (no curl needed).
http_status() {
  local port=$1 path=$2 line
  (
    exec 3<>"/dev/tcp/$HOST/$port" || exit 1
    printf 'HEAD %s HTTP/1.0\r\nHost: %s:%s\r\nAccept: %s\r\nConnection: close\r\n\r\n' \
      "$path" "$HOST" "$port" "$MANIFEST_ACCEPT" >&3
    IFS= read -r -t 5 line <&3 || exit 1
    line=${line%$'\r'}
    [[ $line =~ ^HTTP/[0-9.]+\ ([0-9]{3}) ]] || exit 1
    echo "${BASH_REMATCH[1]}"
  ) 2>/dev/null
}

port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# listener_pid PORT: pid of the process listening on 127.0.0.1:PORT (needs `ss`; empty if unknown).
listener_pid() {
  command -v ss >/dev/null || return 0
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2
}

# ---------------------------------------------------------------------------------------------
# first-time setup: download + unpack the packages

# write_apt_config [FOREIGN_ARCH...]: the private apt configuration in $APT_DIR.
write_apt_config() {
  local arch trusted="" archs
  arch=$(dpkg --print-architecture)
  archs=$(printf ' "%s";' "$arch" "$@")
  [[ -n $DEBIAN_MIRROR ]] || die "no Debian mirror in /etc/apt/sources.list(.d): set DPA_DEBIAN_MIRROR"
  mkdir -p "$APT_DIR"/{state/lists/partial,cache/archives/partial,etc/apt.conf.d,etc/sources.list.d,etc/preferences.d}
  : >"$APT_DIR/state/status"
  if [[ ${DPA_APT_INSECURE:-} == 1 ]]; then
    trusted="trusted=yes"
  else
    [[ -r $DEBIAN_KEYRING ]] || die "Debian keyring $DEBIAN_KEYRING not found (set DPA_DEBIAN_KEYRING, or DPA_APT_INSECURE=1)"
    trusted="signed-by=$DEBIAN_KEYRING"
  fi
  cat >"$APT_DIR/etc/sources.list" <<EOF
deb [$trusted] $DEBIAN_MIRROR trixie main
deb [$trusted] $DEBIAN_MIRROR bookworm main
EOF
  cat >"$APT_DIR/apt.conf" <<EOF
Dir::State "$APT_DIR/state";
Dir::State::status "$APT_DIR/state/status";
Dir::Cache "$APT_DIR/cache";
Dir::Etc::sourcelist "$APT_DIR/etc/sources.list";
Dir::Etc::sourceparts "$APT_DIR/etc/sources.list.d";
Dir::Etc::parts "$APT_DIR/etc/apt.conf.d";
Dir::Etc::preferences "$APT_DIR/etc/preferences";
Dir::Etc::preferencesparts "$APT_DIR/etc/preferences.d";
APT::Architecture "$arch";
APT::Architectures {$archs };
Acquire::Languages "none";
APT::Sandbox::User "root";
EOF
  # keep the system's proxy settings (the system's apt.conf.d is otherwise not read)
  apt-config dump 2>/dev/null | grep -iE '^Acquire::(https?|ftp)::Proxy' >>"$APT_DIR/apt.conf" || true
}

setup() {
  if [[ -f $ROOT_DIR/.complete && $(<"$ROOT_DIR/.complete") == "$SETUP_STAMP" ]]; then
    make_links
    return 0
  fi
  command -v apt-get >/dev/null && command -v dpkg >/dev/null || die "apt-get and dpkg are required (Debian/Ubuntu host)"
  local t0=$SECONDS
  if [[ ! -f $DEBS_DIR/.complete || $(<"$DEBS_DIR/.complete") != "$SETUP_STAMP" ]]; then
    log "first-time setup: downloading ${PACKAGES[*]}"
    write_apt_config
    export APT_CONFIG=$APT_DIR/apt.conf
    apt-get -q update >"$APT_DIR/update.log" 2>&1 || {
      show_log "$APT_DIR/update.log"
      die "apt-get update (private configuration $APT_CONFIG) failed"
    }
    rm -rf "$DEBS_DIR.tmp"
    mkdir -p "$DEBS_DIR.tmp"
    (cd "$DEBS_DIR.tmp" && apt-get -q download "${PACKAGES[@]}") >"$APT_DIR/download.log" 2>&1 || {
      show_log "$APT_DIR/download.log"
      die "apt-get download failed"
    }
    unset APT_CONFIG
    echo "$SETUP_STAMP" >"$DEBS_DIR.tmp/.complete"
    rm -rf "$DEBS_DIR"
    mv "$DEBS_DIR.tmp" "$DEBS_DIR"
  fi
  log "unpacking packages into $ROOT_DIR"
  rm -rf "$ROOT_DIR.tmp"
  mkdir -p "$ROOT_DIR.tmp"
  local deb pids=()
  for deb in "$DEBS_DIR"/*.deb; do
    dpkg -x "$deb" "$ROOT_DIR.tmp" &
    pids+=($!)
  done
  for deb in "${pids[@]}"; do
    wait "$deb" || die "dpkg -x failed"
  done
  local b missing=""
  for b in usr/sbin/dockerd usr/bin/containerd usr/bin/containerd-shim-runc-v2 usr/sbin/runc usr/bin/docker \
    usr/libexec/docker/cli-plugins/docker-buildx usr/bin/docker-registry bin/busybox usr/bin/tini-static; do
    [[ -x $ROOT_DIR.tmp/$b ]] || die "unpacked packages lack $b"
    if ldd "$ROOT_DIR.tmp/$b" 2>&1 | grep -q 'not found'; then
      missing+="$b: $(ldd "$ROOT_DIR.tmp/$b" 2>&1 | grep 'not found' | tr -s ' \t\n' ' ')"$'\n'
    fi
  done
  [[ -z $missing ]] || die "missing shared libraries (install them on the host):"$'\n'"$missing"
  echo "$SETUP_STAMP" >"$ROOT_DIR.tmp/.complete"
  rm -rf "$ROOT_DIR"
  mv "$ROOT_DIR.tmp" "$ROOT_DIR"
  make_links
  log "setup done in $((SECONDS - t0))s"
}

make_links() {
  mkdir -p "$BIN_DIR" "$DOCKER_CONFIG_DIR/cli-plugins"
  local pair
  for pair in dockerd:usr/sbin/dockerd docker-proxy:usr/sbin/docker-proxy containerd:usr/bin/containerd \
    containerd-shim-runc-v2:usr/bin/containerd-shim-runc-v2 ctr:usr/bin/ctr runc:usr/sbin/runc \
    docker:usr/bin/docker docker-init:usr/bin/tini-static docker-registry:usr/bin/docker-registry \
    busybox:bin/busybox; do
    ln -sfn "$ROOT_DIR/${pair#*:}" "$BIN_DIR/${pair%%:*}"
  done
  ln -sfn "$ROOT_DIR/usr/libexec/docker/cli-plugins/docker-buildx" "$DOCKER_CONFIG_DIR/cli-plugins/docker-buildx"
  [[ -f $DOCKER_CONFIG_DIR/config.json ]] || echo '{}' >"$DOCKER_CONFIG_DIR/config.json"
}

# ---------------------------------------------------------------------------------------------
# docker engine

containerd_ready() { "$BIN_DIR/ctr" --address "$CONTAINERD_SOCK" version; }
dockerd_ready() { DOCKER_CONFIG=$DOCKER_CONFIG_DIR "$BIN_DIR/docker" -H "unix://$DOCKER_SOCK" version --format '{{.Server.Version}}'; }

ensure_bridge() {
  # buildkit's RUN steps use the default "bridge" network: give dockerd its own bridge (no iptables).
  command -v ip >/dev/null || return 1
  if ! ip link show "$BRIDGE_NAME" >/dev/null 2>&1; then
    ip link add "$BRIDGE_NAME" type bridge 2>/dev/null || return 1
  fi
  if ! ip -4 addr show dev "$BRIDGE_NAME" | grep -q "inet ${BRIDGE_CIDR%/*}/"; then
    ip addr add "$BRIDGE_CIDR" dev "$BRIDGE_NAME" 2>/dev/null || return 1
  fi
  ip link set "$BRIDGE_NAME" up 2>/dev/null || return 1
}

start_containerd() {
  local pidfile=$CONTAINERD_DIR/containerd.pid logfile=$CONTAINERD_DIR/containerd.log cfg=$CONTAINERD_DIR/config.toml pid
  if pid=$(pid_alive "$pidfile" "$cfg"); then
    if containerd_ready >/dev/null 2>&1; then return 0; fi
    log "containerd (pid $pid) is not answering, restarting it"
    kill_pid "$pid" 10
  fi
  mkdir -p "$CONTAINERD_DIR"/{root,state,opt} "$RUN_DIR"
  rm -f "$CONTAINERD_SOCK" "$CONTAINERD_SOCK.ttrpc" "$pidfile"
  cat >"$cfg" <<EOF
version = 2
root = "$CONTAINERD_DIR/root"
state = "$CONTAINERD_DIR/state"
disabled_plugins = ["io.containerd.grpc.v1.cri"]

[grpc]
  address = "$CONTAINERD_SOCK"

[ttrpc]
  address = "$CONTAINERD_SOCK.ttrpc"

[plugins."io.containerd.internal.v1.opt"]
  path = "$CONTAINERD_DIR/opt"
EOF
  log "starting containerd"
  spawn "$pidfile" "$logfile" env PATH="$ENGINE_PATH" "$BIN_DIR/containerd" --config "$cfg"
  wait_for containerd "$pidfile" "$cfg" "$logfile" 30 containerd_ready
}

start_dockerd() {
  local pidfile=$DOCKER_DIR/dockerd.pid logfile=$DOCKER_DIR/dockerd.log pid bridge=none
  if pid=$(pid_alive "$pidfile" "$DOCKER_DIR/daemon.json"); then
    if dockerd_ready >/dev/null 2>&1; then return 0; fi
    local i
    for ((i = 0; i < 50; i++)); do
      sleep 0.2
      if dockerd_ready >/dev/null 2>&1; then return 0; fi
    done
    log "dockerd (pid $pid) is not answering, restarting it"
    kill_pid "$pid" 30
  fi
  mkdir -p "$DOCKER_DIR/data" "$EXEC_ROOT"
  rm -f "$DOCKER_SOCK" "$RUN_DIR/dockerd.daemon.pid" "$pidfile"
  cat >"$DOCKER_DIR/daemon.json" <<'EOF'
{
  "features": { "containerd-snapshotter": true }
}
EOF
  if ensure_bridge; then
    bridge=$BRIDGE_NAME
  else
    log "WARNING: could not create bridge $BRIDGE_NAME; using --bridge=none (RUN steps need --network=host)"
  fi
  log "starting dockerd (bridge: $bridge)"
  spawn "$pidfile" "$logfile" env -u DOCKER_HOST -u DOCKER_CONFIG PATH="$ENGINE_PATH" "$BIN_DIR/dockerd" \
    --config-file "$DOCKER_DIR/daemon.json" \
    --containerd "$CONTAINERD_SOCK" \
    --data-root "$DOCKER_DIR/data" \
    --exec-root "$EXEC_ROOT" \
    --pidfile "$RUN_DIR/dockerd.daemon.pid" \
    -H "unix://$DOCKER_SOCK" \
    --bridge="$bridge" --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false \
    --userland-proxy=false
  wait_for dockerd "$pidfile" "$DOCKER_DIR/daemon.json" "$logfile" 60 dockerd_ready
}

start_docker() {
  setup
  start_containerd
  start_dockerd
}

# processes (shims) still attached to our containerd
containerd_children() {
  local p
  for p in $(find_pids "$CONTAINERD_SOCK"); do
    [[ $(readlink "/proc/$p/exe" 2>/dev/null) == */containerd-shim* ]] && echo "$p"
  done
  return 0
}

unmount_under() {
  local dir m
  for dir in "$@"; do
    [[ -d $dir ]] || continue
    { awk '{print $5}' /proc/self/mountinfo | grep -F "$dir/" || true; } | sort -r | while read -r m; do
      umount -l "$m" 2>/dev/null || true
    done
  done
}

stop_docker() {
  stop_pidfile dockerd "$DOCKER_DIR/dockerd.pid" "$DOCKER_DIR/daemon.json" 40
  stop_pidfile containerd "$CONTAINERD_DIR/containerd.pid" "$CONTAINERD_DIR/config.toml" 15
  local p
  for p in $(containerd_children); do
    log "stopping leftover shim $p"
    kill_pid "$p" 5
  done
  unmount_under "$DOCKER_DIR" "$CONTAINERD_DIR" "$RUN_DIR"
  rm -f "$DOCKER_SOCK" "$CONTAINERD_SOCK" "$CONTAINERD_SOCK.ttrpc" "$RUN_DIR/dockerd.daemon.pid"
  if command -v ip >/dev/null && ip link show "$BRIDGE_NAME" >/dev/null 2>&1; then
    ip link del "$BRIDGE_NAME" 2>/dev/null || true
  fi
}

# ---------------------------------------------------------------------------------------------
# registries + token server

registry_port() {
  case $1 in
    anonymous) echo "$REGISTRY_PORT" ;;
    htpasswd) echo "$HTPASSWD_PORT" ;;
    token) echo "$TOKEN_REGISTRY_PORT" ;;
  esac
}

registry_ready() {
  local code
  code=$(http_status "$1" /v2/) || return 1
  [[ $code == 200 || $code == 401 ]]
}

token_server_ready() { [[ $(http_status "$TOKEN_SERVER_PORT" /healthz) == 200 ]]; }

# adopt_listener PORT PIDFILE NEEDLE NAME: if PORT is taken, adopt the listener if it is ours (its pid
# file was lost), otherwise fail.
adopt_listener() {
  local port=$1 pidfile=$2 needle=$3 name=$4 pid cmd
  port_open "$port" || return 1
  pid=$(listener_pid "$port")
  if [[ -n $pid ]] && cmd=$(cmdline_of "$pid") && [[ $cmd == *"$needle"* ]]; then
    echo "$pid" >"$pidfile"
    return 0
  fi
  die "$name: port $HOST:$port is already in use by ${pid:+pid $pid: }${cmd:-another process}; stop it or set the port variable (see docs/test-services.md)"
}

write_htpasswd() {
  local file=$1 salt hash
  salt=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9./' | head -c 21).
  # bcrypt through the system's libcrypt (perl-base is always present on Debian). Cost 4 (the
  # minimum): distribution verifies the hash on every request, cost 10 adds ~100ms to each.
  hash=$(perl -e 'print crypt($ARGV[0], $ARGV[1])' "$REGISTRY_PASSWORD" "\$2b\$04\$$salt")
  [[ $hash == \$2b\$04\$* && ${#hash} == 60 ]] || die "could not compute a bcrypt hash (perl crypt)"
  printf '%s:%s\n' "$REGISTRY_USER" "$hash" >"$file"
}

registry_config() {
  local kind=$1 port=$2 dir=$3
  cat <<EOF
version: 0.1
log:
  level: info
storage:
  filesystem:
    rootdirectory: $dir/storage
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: $HOST:$port
  secret: dpa-test-registry-$kind
  headers:
    X-Content-Type-Options: [nosniff]
EOF
  case $kind in
    htpasswd)
      cat <<EOF
auth:
  htpasswd:
    realm: dpa-test-registry
    path: $dir/htpasswd
# htpasswd file: $(sha256sum <"$dir/htpasswd" | cut -c1-16)
EOF
      ;;
    token)
      cat <<EOF
auth:
  token:
    realm: http://$HOST:$TOKEN_SERVER_PORT/token
    service: $TOKEN_SERVICE
    issuer: $TOKEN_ISSUER
    rootcertbundle: $TOKEN_DIR/cert.pem
# root certificate: $(sha256sum <"$TOKEN_DIR/cert.pem" | cut -c1-16)
EOF
      ;;
  esac
}

start_registry() {
  local kind=$1 port dir cfg pidfile logfile pid config
  port=$(registry_port "$kind")
  dir=$SVC/registry-$kind
  cfg=$dir/config.yml
  pidfile=$dir/registry.pid
  logfile=$dir/registry.log
  [[ $kind != token ]] || start_token_server
  mkdir -p "$dir/storage"
  if [[ $kind == htpasswd ]]; then
    grep -q "^$REGISTRY_USER:\\\$2b\\\$04\\\$" "$dir/htpasswd" 2>/dev/null || write_htpasswd "$dir/htpasswd"
  fi
  config=$(registry_config "$kind" "$port" "$dir")
  if pid=$(pid_alive "$pidfile" "$cfg"); then
    if [[ $(<"$cfg") != "$config" ]]; then
      log "registry-$kind (pid $pid) runs with an outdated configuration, restarting it"
      kill_pid "$pid" 10
    elif registry_ready "$port"; then
      return 0
    else
      log "registry-$kind (pid $pid) is not answering, restarting it"
      kill_pid "$pid" 10
    fi
  fi
  setup
  if adopt_listener "$port" "$pidfile" "$cfg" "registry-$kind"; then
    if [[ $(<"$cfg") == "$config" ]] && registry_ready "$port"; then return 0; fi
    kill_pid "$(<"$pidfile")" 10
  fi
  printf '%s\n' "$config" >"$cfg"
  log "starting registry-$kind on $HOST:$port"
  spawn "$pidfile" "$logfile" "$BIN_DIR/docker-registry" serve "$cfg"
  wait_for "registry-$kind" "$pidfile" "$cfg" "$logfile" 30 registry_ready "$port"
}

stop_registry() {
  local dir=$SVC/registry-$1
  stop_pidfile "registry-$1" "$dir/registry.pid" "$dir/config.yml" 10
}

start_token_server() {
  local pidfile=$TOKEN_DIR/token-server.pid logfile=$TOKEN_DIR/token-server.log pid script
  script=$REPO_ROOT/testkit/services/token-server.ts
  if pid=$(pid_alive "$pidfile" "$TOKEN_DIR/key.pem"); then
    if token_server_ready; then return 0; fi
    log "token server (pid $pid) is not answering, restarting it"
    kill_pid "$pid" 10
  fi
  mkdir -p "$TOKEN_DIR"
  if adopt_listener "$TOKEN_SERVER_PORT" "$pidfile" "$TOKEN_DIR/key.pem" token-server; then
    token_server_ready && return 0
    kill_pid "$(<"$pidfile")" 10
  fi
  if [[ ! -s $TOKEN_DIR/key.pem || ! -s $TOKEN_DIR/cert.pem ]]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=$TOKEN_ISSUER" \
      -keyout "$TOKEN_DIR/key.pem.tmp" -out "$TOKEN_DIR/cert.pem.tmp" >"$TOKEN_DIR/openssl.log" 2>&1 || {
      show_log "$TOKEN_DIR/openssl.log"
      die "openssl could not create the token signing key"
    }
    mv "$TOKEN_DIR/key.pem.tmp" "$TOKEN_DIR/key.pem"
    mv "$TOKEN_DIR/cert.pem.tmp" "$TOKEN_DIR/cert.pem"
  fi
  command -v node >/dev/null || die "node is required for the token server"
  [[ -d $REPO_ROOT/node_modules/tsx ]] || die "tsx is missing: run npm ci"
  log "starting token server on $HOST:$TOKEN_SERVER_PORT"
  (
    cd "$REPO_ROOT"
    spawn "$pidfile" "$logfile" node --import tsx "$script" \
      --host "$HOST" --port "$TOKEN_SERVER_PORT" \
      --key "$TOKEN_DIR/key.pem" --cert "$TOKEN_DIR/cert.pem" \
      --issuer "$TOKEN_ISSUER" --service "$TOKEN_SERVICE" \
      --user "$REGISTRY_USER:$REGISTRY_PASSWORD:*" --user "$READER_USER:$READER_PASSWORD:pull"
  )
  wait_for token-server "$pidfile" "$TOKEN_DIR/key.pem" "$logfile" 30 token_server_ready
}

stop_token_server() {
  stop_pidfile token-server "$TOKEN_DIR/token-server.pid" "$TOKEN_DIR/key.pem" 10
}

# ---------------------------------------------------------------------------------------------
# base image: busybox-static imported and pushed to the anonymous registry

start_base_image() {
  start_docker
  start_registry anonymous
  local code
  code=$(http_status "$REGISTRY_PORT" /v2/base/busybox/manifests/latest) || true
  [[ $code == 200 ]] && return 0
  local docker=("$BIN_DIR/docker" -H "unix://$DOCKER_SOCK")
  export DOCKER_CONFIG=$DOCKER_CONFIG_DIR
  if ! "${docker[@]}" image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
    log "building base image $BASE_IMAGE from busybox-static"
    rm -rf "$BASE_DIR"
    local rootfs=$BASE_DIR/rootfs p
    mkdir -p "$rootfs"/{bin,sbin,usr/bin,usr/sbin,etc,root,tmp,var/tmp,proc,sys,dev}
    chmod 1777 "$rootfs/tmp" "$rootfs/var/tmp"
    cp "$ROOT_DIR/bin/busybox" "$rootfs/bin/busybox"
    while read -r p; do
      [[ $p == bin/busybox || -e $rootfs/$p ]] || ln -s /bin/busybox "$rootfs/$p"
    done < <("$ROOT_DIR/bin/busybox" --list-full)
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$rootfs/etc/passwd"
    printf 'root:x:0:\nnogroup:x:65534:\n' >"$rootfs/etc/group"
    tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$rootfs" -cf "$BASE_DIR/rootfs.tar" .
    "${docker[@]}" import --change 'CMD ["/bin/sh"]' \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      "$BASE_DIR/rootfs.tar" "$BASE_IMAGE" >/dev/null || die "docker import of the base image failed"
  fi
  log "pushing $BASE_IMAGE"
  "${docker[@]}" push -q "$BASE_IMAGE" >/dev/null || die "docker push $BASE_IMAGE failed"
}

# qemu, buildkit, base-image-multiarch
# shellcheck source=scripts/services-buildkit.sh
source "$REPO_ROOT/scripts/services-buildkit.sh"
# sbom-scanner
# shellcheck source=scripts/services-sbom.sh
source "$REPO_ROOT/scripts/services-sbom.sh"

# ---------------------------------------------------------------------------------------------
# status / env

status_line() {
  local name=$1 pidfile=$2 needle=$3 pid
  shift 3
  if pid=$(pid_alive "$pidfile" "$needle"); then
    if "$@" >/dev/null 2>&1; then
      printf '%-18s running (pid %s)\n' "$name" "$pid"
      return 0
    fi
    printf '%-18s NOT READY (pid %s)\n' "$name" "$pid"
    return 1
  fi
  printf '%-18s stopped\n' "$name"
  return 1
}

status_of() {
  case $1 in
    docker)
      status_line containerd "$CONTAINERD_DIR/containerd.pid" "$CONTAINERD_DIR/config.toml" containerd_ready || rc=3
      status_line dockerd "$DOCKER_DIR/dockerd.pid" "$DOCKER_DIR/daemon.json" dockerd_ready || rc=3
      ;;
    registry | registry-htpasswd | registry-token)
      local kind=${1#registry-}
      [[ $kind == registry ]] && kind=anonymous
      status_line "registry-$kind" "$SVC/registry-$kind/registry.pid" "$SVC/registry-$kind/config.yml" \
        registry_ready "$(registry_port "$kind")" || rc=3
      if [[ $kind == token ]]; then
        status_line token-server "$TOKEN_DIR/token-server.pid" "$TOKEN_DIR/key.pem" token_server_ready || rc=3
      fi
      ;;
    base-image)
      if [[ $(http_status "$REGISTRY_PORT" /v2/base/busybox/manifests/latest) == 200 ]]; then
        printf '%-18s pushed (%s)\n' base-image "$BASE_IMAGE"
      else
        printf '%-18s missing\n' base-image
        rc=3
      fi
      ;;
    qemu)
      if qemu_ready; then printf '%-18s registered (%s)\n' qemu "$BINFMT/qemu-aarch64"; else
        printf '%-18s not registered\n' qemu
        rc=3
      fi
      ;;
    buildkit) status_line buildkitd "$BK_DIR/buildkitd.pid" "$BK_CONFIG" buildctl_ready || rc=3 ;;
    buildkit-image)
      if DOCKER_CONFIG=$DOCKER_CONFIG_DIR "$BIN_DIR/docker" -H "unix://$DOCKER_SOCK" image inspect "$BUILDKIT_IMAGE" >/dev/null 2>&1; then
        printf '%-18s present (%s)\n' buildkit-image "$BUILDKIT_IMAGE"
      else
        printf '%-18s missing\n' buildkit-image
        rc=3
      fi
      ;;
    base-image-multiarch)
      [[ $(http_status "$REGISTRY_PORT" /v2/base/busybox-multiarch/manifests/latest) == 200 ]] || rc=3
      ;;
    sbom-scanner)
      if sbom_scanner_present; then printf '%-18s present (%s)\n' sbom-scanner "$SBOM_SCANNER_IMAGE"; else
        printf '%-18s missing or outdated\n' sbom-scanner
        rc=3
      fi
      ;;
  esac
}

q() { printf "'%s'" "${1//\'/\'\\\'\'}"; }

print_env() {
  cat <<EOF
export DOCKER_HOST=$(q "unix://$DOCKER_SOCK")
export DOCKER_CONFIG=$(q "$DOCKER_CONFIG_DIR")
export PATH=$(q "$ENGINE_PATH")
export DPA_SERVICES_DIR=$(q "$SVC")
export DPA_DOCKER_SOCKET=$(q "$DOCKER_SOCK")
export DPA_REGISTRY=$(q "$HOST:$REGISTRY_PORT")
export DPA_REGISTRY_HTPASSWD=$(q "$HOST:$HTPASSWD_PORT")
export DPA_REGISTRY_TOKEN=$(q "$HOST:$TOKEN_REGISTRY_PORT")
export DPA_TOKEN_REALM=$(q "http://$HOST:$TOKEN_SERVER_PORT/token")
export DPA_TOKEN_SERVICE=$(q "$TOKEN_SERVICE")
export DPA_REGISTRY_USER=$(q "$REGISTRY_USER")
export DPA_REGISTRY_PASSWORD=$(q "$REGISTRY_PASSWORD")
export DPA_REGISTRY_READER_USER=$(q "$READER_USER")
export DPA_REGISTRY_READER_PASSWORD=$(q "$READER_PASSWORD")
export DPA_BASE_IMAGE=$(q "$BASE_IMAGE")
export DPA_BASE_IMAGE_MULTIARCH=$(q "$BASE_IMAGE_MULTIARCH")
export DPA_SBOM_SCANNER=$(q "$SBOM_SCANNER_LOCAL")
export DPA_BUILDKIT_SOCKET=$(q "unix://$BK_SOCK")
export DPA_BUILDKIT_BUILDER=$(q "$BK_BUILDER")
export DPA_BUILDKIT_DOCKER_CONFIG=$(q "$BK_DOCKER_CONFIG")
export DPA_BUILDX=$(q "$BK_BIN/buildx")
EOF
}

# ---------------------------------------------------------------------------------------------

usage() {
  echo "usage: $0 <start|stop|status|env> [docker|registry|registry-htpasswd|registry-token|base-image|qemu|buildkit|buildkit-image|base-image-multiarch|sbom-scanner|all]" >&2
  exit 2
}

take_lock() {
  mkdir -p "$SVC"
  exec 9>"$SVC/.lock"
  flock -w 900 9 || die "timed out waiting for the lock $SVC/.lock"
}

main() {
  local action=${1:-} target=${2:-all}
  case $target in
    docker | registry | registry-htpasswd | registry-token | base-image | qemu | buildkit | buildkit-image | base-image-multiarch | sbom-scanner | all) ;;
    *) usage ;;
  esac
  case $action in
    start)
      [[ $target != buildkit && $target != buildkit-image ]] || install_go_tools_locked
      take_lock
      case $target in
        docker) start_docker ;;
        registry) start_registry anonymous ;;
        registry-htpasswd) start_registry htpasswd ;;
        registry-token) start_registry token ;;
        base-image) start_base_image ;;
        qemu) start_qemu ;;
        buildkit) start_buildkit ;;
        buildkit-image) start_buildkit_image ;;
        base-image-multiarch) start_base_image_multiarch ;;
        sbom-scanner) start_sbom_scanner ;;
        all)
          start_docker
          start_registry anonymous
          start_registry htpasswd
          start_registry token
          start_base_image
          ;;
      esac
      ;;
    stop)
      take_lock
      case $target in
        docker) stop_docker ;;
        registry) stop_registry anonymous ;;
        registry-htpasswd) stop_registry htpasswd ;;
        registry-token)
          stop_registry token
          stop_token_server
          ;;
        base-image | base-image-multiarch | buildkit-image | sbom-scanner) ;;
        qemu) stop_qemu ;;
        buildkit) stop_buildkit ;;
        all)
          stop_buildkit
          stop_qemu
          stop_registry anonymous
          stop_registry htpasswd
          stop_registry token
          stop_token_server
          stop_docker
          rm -rf "$SVC/tmp"
          ;;
      esac
      ;;
    status)
      rc=0
      if [[ $target == all ]]; then
        local t
        for t in docker registry registry-htpasswd registry-token base-image; do status_of "$t"; done
      else
        status_of "$target"
      fi
      exit "$rc"
      ;;
    env) print_env ;;
    *) usage ;;
  esac
}

main "$@"
