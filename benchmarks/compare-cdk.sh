#!/usr/bin/env bash
# Whole-process side-by-side: Tenkai against the AWS CDK baseline (synth, synth + cdk-nag 3).
#  (1) servers: the reference deployment with N web servers; Tenkai runs `check` (one process:
#      validation + every analysis) and, for comparison with earlier runs, the pair
#      `validate` + `analyze --every-zone`; the CDK runs the shared baseline (../shared/bench/cdk).
#  (2) services: K services (`tenkai check --example wide --groups K`) against the same shape as a
#      CDK app (benchmarks/cdk/wide-app.js: per service a security group and its rules, two
#      instances in a target group, a host-header listener rule, an alias record), so the
#      comparison holds at equal resource counts.
#
#   benchmarks/compare-cdk.sh                      # N = 2 200 2000, K = 10 100 1000, median of 3
#   NS="2 200" KS="" RUNS=5 benchmarks/compare-cdk.sh
#
# Knobs (environment):
#   NS="2 200 2000"      sizes (web servers)           RUNS=3   processes per figure (median)
#   KS="10 100 1000"     sizes (services); KS="" skips (2)
#   CDK_BENCH=<dir>      the shared CDK baseline (default: <repo>/../shared/bench/cdk)
#   CDK_WORK=<dir>       where its npm packages are installed (default /tmp/cdkbench-run)
#   SKIP_CDK=1           time Tenkai only          VARIANTS="default tuned appcds"
#   OUT=<dir>            raw results (default /tmp/tenkai-compare)
#   TABLE_ONLY=1         only print the tables again from the raw results in $OUT
#
# Tenkai variants (the default JVM is the headline; the others only show what flags can do):
#   default  java -jar tenkai.jar ...
#   tuned    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -jar tenkai.jar ...
#   appcds   tuned + -XX:SharedArchiveFile=<archive of the classes the commands load>,
#            dumped once here (JDK 17 static AppCDS; not counted in the timings)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
NS=${NS:-"2 200 2000"}
KS=${KS-"10 100 1000"}
RUNS=${RUNS:-3}
CDK_BENCH=${CDK_BENCH:-$ROOT/../shared/bench/cdk}
CDK_WORK=${CDK_WORK:-/tmp/cdkbench-run}
OUT=${OUT:-/tmp/tenkai-compare}
VARIANTS=${VARIANTS:-"default tuned appcds"}
JAR=$ROOT/examples/target/tenkai.jar
TUNED=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)
mkdir -p "$OUT"

command -v node >/dev/null || { echo "compare-cdk.sh: node is needed (CDK baseline and the table)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "compare-cdk.sh: /usr/bin/time is needed (CPU and peak RSS)" >&2; exit 1; }

if [ "${TABLE_ONLY:-0}" != 1 ]; then
# (a) the tenkai jar
if [ ! -f "$JAR" ]; then
  echo "building $JAR ..." >&2
  (cd "$ROOT" && ./mvnw -q -B -pl examples -am package -DskipTests)
fi

echo "machine: $(nproc) cpu(s), $(free -m | awk '/^Mem:/ {print $2 " MB"}'), $(java -version 2>&1 | head -1), node $(node --version)" | tee "$OUT/machine.txt"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"

# (b) the CDK baseline, through the shared run.sh (npm ci of pinned versions under $CDK_WORK)
if [ "${SKIP_CDK:-0}" != 1 ]; then
  skip_install=0
  [ -d "$CDK_WORK/node_modules/aws-cdk-lib" ] && skip_install=1
  WORK="$CDK_WORK" NS="$NS" RUNS="$RUNS" MODES="synth nag3" FINDINGS=0 SKIP_INSTALL=$skip_install \
    RESULTS="$OUT/cdk-results.json" bash "$CDK_BENCH/run.sh" | tee "$OUT/cdk-table.md"
fi

# (c) Tenkai, whole processes
if [[ " $VARIANTS " == *" appcds "* ]]; then
  # The class list of both commands, then a static archive of it (classpath = the jar).
  rm -f "$OUT/validate.lst" "$OUT/analyze.lst"
  java -XX:DumpLoadedClassList="$OUT/validate.lst" -jar "$JAR" validate --example scaled --servers 2 >/dev/null || true
  java -XX:DumpLoadedClassList="$OUT/analyze.lst" -jar "$JAR" analyze --example scaled --servers 2 --every-zone >/dev/null
  java -XX:DumpLoadedClassList="$OUT/check.lst" -jar "$JAR" check --example scaled --servers 2 >/dev/null
  sort -u "$OUT/validate.lst" "$OUT/analyze.lst" "$OUT/check.lst" > "$OUT/classes.lst"
  java -Xshare:dump -XX:SharedClassListFile="$OUT/classes.lst" -XX:SharedArchiveFile="$OUT/tenkai.jsa" \
    -cp "$JAR" >"$OUT/cds-dump.log" 2>&1
fi

flags_of() {
  case "$1" in
    default) ;;
    tuned) printf '%s\n' "${TUNED[@]}" ;;
    appcds) printf '%s\n' "${TUNED[@]}" "-XX:SharedArchiveFile=$OUT/tenkai.jsa" ;;
    *) echo "unknown variant '$1' (default, tuned, appcds)" >&2; exit 1 ;;
  esac
}

# One process: prints "wall cpu rssMB". validate exits 2 when the model has errors (N=2 has one).
run_once() {
  local variant=$1; shift
  local -a flags
  mapfile -t flags < <(flags_of "$variant")
  local t0 t1 rc=0
  t0=$(date +%s%N)
  /usr/bin/time -o "$OUT/time.txt" -f '%U %S %M' java "${flags[@]}" -jar "$JAR" "$@" >"$OUT/stdout.txt" 2>"$OUT/stderr.txt" || rc=$?
  t1=$(date +%s%N)
  if [ "$rc" -gt 2 ] || [ -s "$OUT/stderr.txt" ] || [ ! -s "$OUT/stdout.txt" ]; then
    echo "tenkai $* failed (exit $rc):" >&2; cat "$OUT/stderr.txt" >&2; exit 1
  fi
  # The last line: GNU time puts "Command exited with non-zero status 2" before it.
  tail -n 1 "$OUT/time.txt" | awk -v w="$(( (t1 - t0) / 1000000 ))" '{printf "%.3f %.2f %.0f\n", w / 1000, $1 + $2, $3 / 1024}'
}

: > "$OUT/tenkai-results.jsonl"
for variant in $VARIANTS; do
  for n in $NS; do
    for ((i = 1; i <= RUNS; i++)); do
      v=$(run_once "$variant" validate --example scaled --servers "$n")
      a=$(run_once "$variant" analyze --example scaled --servers "$n" --every-zone)
      c=$(run_once "$variant" check --example scaled --servers "$n")
      read -r vw vc vm <<<"$v"
      read -r aw ac am <<<"$a"
      read -r cw cc cm <<<"$c"
      echo "tenkai $variant N=$n run $i/$RUNS: check ${cw} s (cpu ${cc} s, ${cm} MB); validate ${vw} s, analyze ${aw} s (cpu ${vc} + ${ac} s) load $(cut -d' ' -f1 /proc/loadavg)" >&2
      echo "{\"variant\":\"$variant\",\"n\":$n,\"check\":$cw,\"checkCpu\":$cc,\"validate\":$vw,\"analyze\":$aw,\"cpu\":$(awk -v a="$vc" -v b="$ac" 'BEGIN{print a+b}'),\"rssMB\":$(( vm > am ? vm : am )),\"load\":$(cut -d' ' -f1 /proc/loadavg)}" >> "$OUT/tenkai-results.jsonl"
    done
  done
done

# (d) services: the CDK app of the same shape, then tenkai check --example wide --groups K
: > "$OUT/wide-results.jsonl"
cdk_once() {
  local k=$1 nag=$2 t0 t1
  rm -rf "$OUT/cdk.out"
  t0=$(date +%s%N)
  NODE_PATH="$CDK_WORK/node_modules" N=4 K="$k" NAG="$nag" CDK_VALIDATION=false OUT="$OUT/cdk.out" \
    /usr/bin/time -o "$OUT/time.txt" -f '%U %S %M' node "$ROOT/benchmarks/cdk/wide-app.js" >"$OUT/cdk-stdout.txt" 2>"$OUT/cdk-stderr.txt" || {
      echo "CDK wide app K=$k NAG=$nag failed:" >&2; tail -5 "$OUT/cdk-stderr.txt" >&2; exit 1; }
  t1=$(date +%s%N)
  local resources
  resources=$(grep '^SUMMARY ' "$OUT/cdk-stdout.txt" | sed 's/^SUMMARY //' | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).resources))')
  tail -n 1 "$OUT/time.txt" | awk -v w="$(( (t1 - t0) / 1000000 ))" -v r="$resources" '{printf "%.3f %.2f %.0f %s\n", w / 1000, $1 + $2, $3 / 1024, r}'
}
for k in $KS; do
  for ((i = 1; i <= RUNS; i++)); do
    if [ "${SKIP_CDK:-0}" != 1 ]; then
      for nag in none v3; do
        read -r w c m r <<<"$(cdk_once "$k" "$nag")"
        echo "cdk wide K=$k NAG=$nag run $i/$RUNS: ${w} s (cpu ${c} s, ${m} MB, ${r} resources) load $(cut -d' ' -f1 /proc/loadavg)" >&2
        echo "{\"tool\":\"cdk\",\"mode\":\"$( [ "$nag" = v3 ] && echo nag3 || echo synth )\",\"k\":$k,\"wall\":$w,\"cpu\":$c,\"rssMB\":$m,\"resources\":$r,\"load\":$(cut -d' ' -f1 /proc/loadavg)}" >> "$OUT/wide-results.jsonl"
      done
    fi
    for variant in $VARIANTS; do
      read -r w c m <<<"$(run_once "$variant" check --example wide --groups "$k")"
      echo "tenkai $variant check wide K=$k run $i/$RUNS: ${w} s (cpu ${c} s, ${m} MB) load $(cut -d' ' -f1 /proc/loadavg)" >&2
      echo "{\"tool\":\"tenkai\",\"mode\":\"$variant\",\"k\":$k,\"wall\":$w,\"cpu\":$c,\"rssMB\":$m,\"load\":$(cut -d' ' -f1 /proc/loadavg)}" >> "$OUT/wide-results.jsonl"
    done
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
fi

# (e) the ratio tables
OUT="$OUT" RUNS="$RUNS" node - <<'EOF'
const fs = require('fs');
const out = process.env.OUT;
const median = (a) => { const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const rows = fs.readFileSync(`${out}/tenkai-results.jsonl`, 'utf8').trim().split('\n').filter(Boolean).map(JSON.parse);
let cdk = [];
try { cdk = JSON.parse(fs.readFileSync(`${out}/cdk-results.json`, 'utf8')).results; } catch (e) { /* SKIP_CDK */ }
const cdkWall = (mode, n) => { const r = cdk.find((x) => x.mode === mode && x.n === n && x.ok); return r ? r.wallMedianS : NaN; };
const cdkCpu = (mode, n) => { const r = cdk.find((x) => x.mode === mode && x.n === n && x.ok); return r ? r.cpuMedianS : NaN; };
const cdkRes = (n) => { const r = cdk.find((x) => x.n === n && x.resources); return r ? r.resources : '?'; };
const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : '-');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) ? `${(a / b).toFixed(1)}x` : '-');
const ns = [...new Set(rows.map((r) => r.n))];
console.log(`\nWhole processes, wall seconds, median of ${process.env.RUNS}. Tenkai check = one process (validation and every`);
console.log('analysis); validate + analyze = the earlier pair (two JVM starts). Ratio = CDK time / Tenkai time (above 1:');
console.log('Tenkai is faster). CPU = user + sys seconds, median; the CPU ratio is the steadier one on a loaded machine.\n');
console.log('| N | CFN resources | CDK synth | CDK synth + nag3 (CPU) | Tenkai variant | check (CPU) | check vs synth + nag3 | CPU vs synth + nag3 | validate + analyze (CPU) | pair vs synth + nag3 | load |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const n of ns) {
  for (const v of [...new Set(rows.map((r) => r.variant))]) {
    const rs = rows.filter((r) => r.n === n && r.variant === v);
    const total = median(rs.map((r) => r.validate + r.analyze));
    const synth = cdkWall('synth', n), nag = cdkWall('nag3', n);
    const cpu = median(rs.map((r) => r.cpu)), nagCpu = cdkCpu('nag3', n);
    const check = median(rs.map((r) => r.check)), checkCpu = median(rs.map((r) => r.checkCpu));
    const load = rs.map((r) => r.load).filter((x) => x !== undefined);
    console.log(`| ${n} | ${cdkRes(n)} | ${f(synth)} | ${f(nag)} (${f(nagCpu)}) | ${v} | ${f(check)} (${f(checkCpu)}) | ${ratio(nag, check)} | ${ratio(nagCpu, checkCpu)} | ${f(total)} (${f(cpu)}) | ${ratio(nag, total)} | ${load.length ? Math.min(...load).toFixed(1) + '-' + Math.max(...load).toFixed(1) : '-'} |`);
  }
}
let wide = [];
try { wide = fs.readFileSync(`${out}/wide-results.jsonl`, 'utf8').trim().split('\n').filter(Boolean).map(JSON.parse); } catch (e) { /* KS="" */ }
if (wide.length) {
  console.log(`\nServices: tenkai check --example wide --groups K against the CDK app of the same shape (benchmarks/cdk/wide-app.js,`);
  console.log(`N=4 web servers as in Tenkai's reference). Wall seconds (CPU), median of ${process.env.RUNS}; ratio = CDK / Tenkai.\n`);
  console.log('| K | CFN resources | CDK synth (CPU) | CDK synth + nag3 (CPU) | Tenkai variant | check (CPU) | vs synth + nag3 | CPU vs synth + nag3 | load |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const k of [...new Set(wide.map((r) => r.k))]) {
    const of = (tool, mode) => wide.filter((r) => r.k === k && r.tool === tool && r.mode === mode);
    const med = (rs, key) => (rs.length ? median(rs.map((r) => r[key])) : NaN);
    const synth = of('cdk', 'synth'), nag = of('cdk', 'nag3');
    const res = nag.length ? nag[0].resources : (synth.length ? synth[0].resources : '?');
    for (const v of [...new Set(wide.filter((r) => r.tool === 'tenkai').map((r) => r.mode))]) {
      const t = of('tenkai', v);
      const load = wide.filter((r) => r.k === k).map((r) => r.load);
      console.log(`| ${k} | ${res} | ${f(med(synth, 'wall'))} (${f(med(synth, 'cpu'))}) | ${f(med(nag, 'wall'))} (${f(med(nag, 'cpu'))}) | ${v} | ${f(med(t, 'wall'))} (${f(med(t, 'cpu'))}) | ${ratio(med(nag, 'wall'), med(t, 'wall'))} | ${ratio(med(nag, 'cpu'), med(t, 'cpu'))} | ${Math.min(...load).toFixed(1)}-${Math.max(...load).toFixed(1)} |`);
    }
  }
}
console.log(`\nraw: ${out}/tenkai-results.jsonl, ${out}/cdk-results.json, ${out}/wide-results.jsonl; machine and load: ${out}/machine.txt`);
EOF
cat "$OUT/machine.txt"
