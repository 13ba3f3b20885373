#!/usr/bin/env bash
# Load test of the reading site: publishes Release, starts it on 127.0.0.1 over a store of generated
# articles plus the seed story, and runs wrk against an article page, a photo page, the front page
# and the same article's HTML saved as a static file served by the same app. Prints req/s, p50, p99
# and each page's ratio to the static file.
#
#   bench/load/run.sh [articles=3000] [seconds=10] [connections=64]
#
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

work="$(mktemp -d /tmp/newsreader-load.XXXXXX)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "Publishing Release build..."
dotnet publish src/NewsReader.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null

echo "Writing $articles generated articles..."
samples="$work/samples"
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

echo "Starting the app on $base (first run ingests the articles)..."
(
  cd "$work/app"
  ASPNETCORE_ENVIRONMENT=Production \
  ASPNETCORE_URLS="$base" \
  NewsReader__DataDirectory="$work/data" \
  NewsReader__SamplesPath="$samples" \
  Serilog__MinimumLevel__Default=Warning \
    exec dotnet NewsReader.Web.dll >"$work/app.log" 2>&1
) &
server_pid=$!

for ((t = 0; t < 600; t++)); do
  if curl -fsS "$base/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then echo "The app stopped:" >&2; cat "$work/app.log" >&2; exit 1; fi
  sleep 0.5
done
curl -fsS "$base/health" >/dev/null

article=$(curl -fsS "$base/places/moscow" | grep -o 'href="/articles/azerbaijani[^"]*"' | head -1 | sed 's/href="//; s/"$//')
[ -n "$article" ] || { echo "The seed article was not found on /places/moscow" >&2; exit 1; }
photo="$article/photos/3"
mkdir -p "$work/app/wwwroot/bench"
curl -fsS "$base$article" -o "$work/app/wwwroot/bench/article.html"
static="/bench/article.html"
stored=$(curl -fsS "$base/" | grep -c 'class="card"' || true)
echo "Store ready: front page shows $stored cards; article $article ($(wc -c <"$work/app/wwwroot/bench/article.html") bytes)"

declare -A rps p50 p99
run() {
  local name="$1" path="$2" out
  wrk -t"$threads" -c"$connections" -d2s "$base$path" >/dev/null 2>&1 || true
  out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$base$path")
  if echo "$out" | grep -q 'Non-2xx'; then echo "$name answered errors:" >&2; echo "$out" >&2; exit 1; fi
  rps[$name]=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50[$name]=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99[$name]=$(echo "$out" | awk '$1 == "99%" {print $2}')
}

run static "$static"
run article "$article"
run photo "$photo"
run front "/"

echo
echo "wrk: ${threads} threads, ${connections} connections, ${seconds}s per page, $(nproc) CPUs shared with wrk"
printf '%-10s %12s %10s %10s %16s\n' page req/s p50 p99 ratio-to-static
for name in static article photo front; do
  ratio=$(awk -v a="${rps[$name]}" -v b="${rps[static]}" 'BEGIN { printf "%.2f", a / b }')
  printf '%-10s %12s %10s %10s %16s\n' "$name" "${rps[$name]}" "${p50[$name]}" "${p99[$name]}" "$ratio"
done
