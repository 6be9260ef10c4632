#!/usr/bin/env bash
# Starts TWO ClickHouse servers on 127.0.0.1 (different ports, temporary folders) as a two-shard
# cluster `skm` (remote_servers), then runs test/clickhouse/cluster-driver.ts: the sql/ queries
# through Distributed tables over a local table on each shard must give the same figures as
# DuckDB and `skm compute`, to the last digit. Stops its servers by PID on exit, whatever happens.
# Needs the Debian packages clickhouse-server and clickhouse-client (scripts/setup.sh) and a build.
#   bash scripts/clickhouse-cluster-test.sh          (SKM_CLICKHOUSE_PORT_BASE=29000 by default)
#   bash scripts/clickhouse-cluster-test.sh --bench  (the 5M-answer job on the cluster and on DuckDB; bench/rollup.bench.ts)
set -euo pipefail
cd "$(dirname "$0")/.."

for program in clickhouse-server clickhouse-client; do
  if ! command -v "$program" >/dev/null 2>&1; then
    echo "$program tidak ditemukan; pasang paket Debian clickhouse-server dan clickhouse-client / $program not found; install the Debian packages clickhouse-server and clickhouse-client" >&2
    exit 1
  fi
done

base="${SKM_CLICKHOUSE_PORT_BASE:-29000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/skm-clickhouse.XXXXXX")"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

tcp=("$((base + 1))" "$((base + 2))")
http=("$((base + 11))" "$((base + 12))")
shards=""
for shard in 0 1; do
  shards+="<shard><replica><host>127.0.0.1</host><port>${tcp[$shard]}</port></replica></shard>"
done
for shard in 0 1; do
  folder="$work/shard$((shard + 1))"
  mkdir -p "$folder/data" "$folder/tmp" "$folder/user_files"
  cat >"$folder/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$folder/server.log</log><errorlog>$folder/error.log</errorlog><console>0</console></logger>
  <listen_host>127.0.0.1</listen_host>
  <tcp_port>${tcp[$shard]}</tcp_port>
  <http_port>${http[$shard]}</http_port>
  <path>$folder/data/</path>
  <tmp_path>$folder/tmp/</tmp_path>
  <user_files_path>$folder/user_files/</user_files_path>
  <users_config>$folder/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>5368709</mark_cache_size>
  <max_concurrent_queries>16</max_concurrent_queries>
  <remote_servers><skm>$shards</skm></remote_servers>
</yandex>
XML
  cat >"$folder/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_threads>2</max_threads><max_memory_usage>2000000000</max_memory_usage></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>
XML
  clickhouse-server --config-file="$folder/config.xml" >"$folder/stdout.log" 2>&1 &
  pids+=("$!")
done

for port in "${tcp[@]}"; do
  for attempt in $(seq 1 120); do
    if clickhouse-client --port "$port" --query 'SELECT 1' >/dev/null 2>&1; then break; fi
    if [ "$attempt" -eq 120 ]; then
      echo "ClickHouse di port $port tidak siap / not ready; log:" >&2
      cat "$work"/shard*/error.log >&2 || true
      exit 1
    fi
    sleep 0.5
  done
done
echo "ClickHouse $(clickhouse-client --port "${tcp[0]}" --query 'SELECT version()'): 2 shard di 127.0.0.1:${tcp[0]},${tcp[1]} (PID ${pids[*]})"

# The driver runs skm compute's code: it needs the scan kernel's bytes, as every bundle does.
node --input-type=module -e "import * as esbuild from 'esbuild'; import { scanKernelPlugin } from './scripts/scan-kernel.mjs'; await esbuild.build({entryPoints:['test/clickhouse/cluster-driver.ts'],outfile:'out/clickhouse/driver.js',bundle:true,platform:'node',format:'cjs',target:'node20',external:['@duckdb/node-api','playwright-core','exceljs'],plugins:[scanKernelPlugin],logLevel:'warning'})"
if [ "${1:-}" = "--bench" ]; then
  # The bench: the raw-answer SQL over SKM_BENCH_ROWS (default 5,000,000) answers, DuckDB beside the cluster.
  node out/clickhouse/driver.js --ports "${tcp[0]},${tcp[1]}" --work "$work" --bench-rows "${SKM_BENCH_ROWS:-5000000}"
else
  node out/clickhouse/driver.js --ports "${tcp[0]},${tcp[1]}" --work "$work"
fi
