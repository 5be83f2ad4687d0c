# What scripts/bench and scripts/soak share: the toolchain and the release build
# (unless BENCH_SKIP_BUILD), a work folder removed on exit, the server on loopback
# with the demo's accounts, the seeder, and reading rows and tokens. Sourced, not run.
scripts/setup --with-bench
export PATH="$PWD/app/node_modules/.bin:$HOME/.cargo/bin:$PATH"
if ! command -v oha >/dev/null; then
    echo "==> Installing oha, the load generator (once)"
    cargo install oha --locked
fi
[ -n "${BENCH_SKIP_BUILD:-}" ] || scripts/build
[ -n "${BENCH_SKIP_BUILD:-}" ] || cargo build --release --locked -p perilink-server --bins

SCALE="${BENCH_SCALE:-1}"
SECONDS_PER="${BENCH_SECONDS:-10}"
CONNECTIONS=64
WORK="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
SECRET="benchmark-secret-of-at-least-thirty-two-bytes!"
PORT=18080
BASE="http://127.0.0.1:$PORT"

BIN="${CARGO_TARGET_DIR:-target}/release"
POOL=()
[ -z "${BENCH_DB_CONNECTIONS:-}" ] || POOL=("PERILINK_DB_MAX_CONNECTIONS=$BENCH_DB_CONNECTIONS")

start_server() { # url
    env PERILINK_ADDR="127.0.0.1:$PORT" DATABASE_URL="$1" PERILINK_DEMO=1 PERILINK_JWT_SECRET="$SECRET" \
        PERILINK_APP_DIR=dist "${POOL[@]}" RUST_LOG=warn \
        "$BIN/perilink-server" > "$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 600); do curl -sf "$BASE/api/health" >/dev/null && return 0; sleep 0.1; done
    echo "server did not start"; cat "$WORK/server.log"; exit 1
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; }
peak_rss_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status"; }

seed() { # url scale
    rm -f "$WORK"/*.db*
    start_server "$1"; stop_server
    local t0=$(date +%s.%N)
    "$BIN/perilink-bench-seed" "$1" "$2"
    echo "seed time: $(echo "$(date +%s.%N) - $t0" | bc) s"
}

rows() { # url sql: one line per row of the first column
    case "$1" in
        sqlite:*) sqlite3 "${1#sqlite://}" "$2" ;;
        *) psql "$1" -Atc "$2" ;;
    esac
}

token() { # email
    curl -sf "$BASE/api/auth/login" -H 'content-type: application/json' \
        -d "{\"email\":\"$1\",\"password\":\"demo-password\"}" | jq -r .access_token
}

