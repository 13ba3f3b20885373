#!/usr/bin/env bash
# Load test of the reading site: publishes Release, starts it on 127.0.0.1 over a store of generated
# articles plus the seed story, and runs wrk against an article page, a photo page, the front page
# and the same article's HTML saved as a static file served by the same app. Prints req/s, p50, p99
# and each page's ratio to the static file, first with pages served from the output cache, then
# (restarted with NewsReader__PageCacheSeconds=0) rendered on every request, as right after an
# ingest batch has evicted the cache.
#
#   bench/load/run.sh [articles=3000] [seconds=10] [connections=64]
#
# BENCH_KEEP=dir keeps the published app and store in dir and reuses the store on the next run.
# BENCH_PIN=1 runs the app on CPU 0 and wrk on CPU 1 (taskset), the same for the static file and
# the pages, so the two do not preempt each other; by default both share every CPU.
# BENCH_WARMUP=s warms each page up for s seconds before measuring (default 2). On a busy machine the JIT
# is still compiling hot methods after 2 s (its background thread took a quarter of the app's CPU in a
# profile of the uncached article), so compare steady-state costs with a longer warm-up, such as 30.
# BENCH_CACHED=0 skips the cached pass (the static file is still measured, for the ratios).
# Needs wrk (Debian package `wrk`) and curl. Loopback only; every run is bounded by its duration.
set -euo pipefail
cd "$(dirname "$0")/../.."

articles="${1:-3000}"
seconds="${2:-10}"
connections="${3:-64}"
threads=2
port="${BENCH_PORT:-5199}"
base="http://127.0.0.1:${port}"

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is not installed: apt-get install -y curl" >&2; exit 1; }

server_cpu=() wrk_cpu=() pinned="shared by the app and wrk"
if [ "${BENCH_PIN:-0}" = 1 ]; then
  command -v taskset >/dev/null || { echo "taskset is not installed: apt-get install -y util-linux" >&2; exit 1; }
  server_cpu=(taskset -c 0) wrk_cpu=(taskset -c 1) pinned="app on CPU 0, wrk on CPU 1"
fi

if [ -n "${BENCH_KEEP:-}" ]; then
  work="$BENCH_KEEP"
  mkdir -p "$work"
else
  work="$(mktemp -d /tmp/newsreader-load.XXXXXX)"
fi
server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
cleanup() {
  stop_server
  if [ -z "${BENCH_KEEP:-}" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT

echo "Publishing Release build..."
dotnet publish src/NewsReader.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null

samples="$work/samples"
if [ -f "$work/data/newsreader.db" ] && [ "$(ls "$samples" 2>/dev/null | wc -l)" -gt "$articles" ]; then
  echo "Reusing the store in $work/data"
else
rm -rf "$work/data" "$samples"
echo "Writing $articles generated articles..."
mkdir -p "$samples"
cp samples/*.txt "$samples/"
places=(BERLIN PARIS LONDON MADRID ROME TOKYO CAIRO LIMA OTTAWA NAIROBI)
topics=("Elections Europe" "Climate Science" "Trade Markets" "Health Research" "Transport Cities")
body="Officials said the work would continue through the coming weeks, and residents who spoke to reporters described a slow return to ordinary routines after a difficult season. Several local groups have offered help, and a fuller account of the events is expected once the authorities publish their findings later this month."
for ((i = 0; i < articles; i++)); do
  place="${places[$((i % ${#places[@]}))]}"
  topic="${topics[$((i % ${#topics[@]}))]}"
  caption="A scene photographed for generated story $i in $place on an ordinary day. (AP Photo/Staff Photographer $((i % 7)))"
  {
    printf 'Generated story %d: council weighs plan for %s\n\n' "$i" "${place,,}"
    printf '  • %s\n    1/2\n\n    %s\n\n    %s\n' "$caption" "$topic" "$caption"
    printf '  • Second view for story %d. (AP Photo/Staff Photographer %d)\n    2/2\n\n    %s\n\n    Second view for story %d. (AP Photo/Staff Photographer %d)\n' "$i" "$((i % 7))" "$topic" "$i" "$((i % 7))"
    printf '·2 min read\n\n%s (AP) — Story %d opens with the news of the day. %s\n\n%s\n\n%s\n' "$place" "$i" "$body" "$body" "$body"
  } > "$samples/generated-$(printf '%05d' "$i").txt"
done
fi

# $1: seconds pages stay in the output cache (0 renders every request).
start_server() {
  (
    cd "$work/app"
    ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS="$base" \
    NewsReader__DataDirectory="$work/data" \
    NewsReader__SamplesPath="$samples" \
    NewsReader__PageCacheSeconds="$1" \
    Serilog__MinimumLevel__Default=Warning \
      exec "${server_cpu[@]}" dotnet NewsReader.Web.dll >"$work/app.log" 2>&1
  ) &
  server_pid=$!
  for ((t = 0; t < 600; t++)); do
    if curl -fsS "$base/health" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then echo "The app stopped:" >&2; cat "$work/app.log" >&2; exit 1; fi
    sleep 0.5
  done
  curl -fsS "$base/health" >/dev/null
}

echo "Starting the app on $base (first run ingests the articles)..."
start_server 10

article=$(curl -fsS "$base/places/moscow" | grep -o 'href="/articles/azerbaijani[^"]*"' | head -1 | sed 's/href="//; s/"$//')
[ -n "$article" ] || { echo "The seed article was not found on /places/moscow" >&2; exit 1; }
photo="$article/photos/3"
mkdir -p "$work/app/wwwroot/bench"
curl -fsS "$base$article" -o "$work/app/wwwroot/bench/article.html"
static="/bench/article.html"
stored=$(curl -fsS "$base/" | grep -c 'class="card"' || true)
echo "Store ready: front page shows $stored cards; article $article ($(wc -c <"$work/app/wwwroot/bench/article.html") bytes)"

# CPU time the app has used, in clock ticks (user + system, /proc/PID/stat fields 14 and 15).
server_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }

declare -A rps p50 p99 cpu
run() {
  local name="$1" path="$2" out before requests
  "${wrk_cpu[@]}" wrk -t"$threads" -c"$connections" -d"${BENCH_WARMUP:-2}s" "$base$path" >/dev/null 2>&1 || true
  before=$(server_ticks)
  out=$("${wrk_cpu[@]}" wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$base$path")
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  # The app's own CPU time per response: unlike req/s, it barely moves when other work shares the CPUs.
  cpu[$name]=$(awk -v t="$(( $(server_ticks) - before ))" -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')
  if echo "$out" | grep -q 'Non-2xx'; then echo "$name answered errors:" >&2; echo "$out" >&2; exit 1; fi
  rps[$name]=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50[$name]=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99[$name]=$(echo "$out" | awk '$1 == "99%" {print $2}')
}

report() {
  printf '%-16s %12s %10s %10s %16s %16s\n' page req/s p50 p99 ratio-to-static app-cpu-ms/req
  for name in "$@"; do
    ratio=$(awk -v a="${rps[$name]}" -v b="${rps[static]}" 'BEGIN { printf "%.2f", a / b }')
    printf '%-16s %12s %10s %10s %16s %16s\n' "$name" "${rps[$name]}" "${p50[$name]}" "${p99[$name]}" "$ratio" "${cpu[$name]}"
  done
}

run static "$static"
if [ "${BENCH_CACHED:-1}" = 1 ]; then
  run article "$article"
  run photo "$photo"
  run front "/"
fi

if [ "${BENCH_UNCACHED:-1}" = 1 ]; then
  echo "Restarting the app with the page cache off..."
  stop_server
  start_server 0
  run "article-uncached" "$article"
  run "photo-uncached" "$photo"
  run "front-uncached" "/"
fi

echo
echo "wrk: ${threads} threads, ${connections} connections, ${seconds}s per page after ${BENCH_WARMUP:-2}s of warm-up, $(nproc) CPUs ${pinned}"
if [ "${BENCH_CACHED:-1}" = 1 ]; then
  report static article photo front
fi
if [ "${BENCH_UNCACHED:-1}" = 1 ]; then
  echo "Page cache off (NewsReader__PageCacheSeconds=0): every request renders"
  report static article-uncached photo-uncached front-uncached
fi
