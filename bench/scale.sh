#!/usr/bin/env bash
# One scale run: a synthetic corpus of N articles, a timed build of it (the `bench` command, 2
# threads, heap capped at 4 GiB), its score against the synthetic gold, and the time of `verify`
# of one article against the built ledger. Prints the bench report, the scores and one CSV line for
# bench/scale.csv. Big corpora stay in WORK (default /tmp/quotetrace-scale), never in the project.
#
#   mvn -B -q -DskipTests package
#   bash bench/scale.sh 100000            # N [SEED] [WORK]
#
# Needs java 17, python3 and ../shared/eval/score.py; uses hyperfine for verify if installed.
set -euo pipefail
N="$1"; SEED="${2:-1}"; WORK="${3:-/tmp/quotetrace-scale}"
JAR="${JAR:-target/quotetrace.jar}"
SCORE=../shared/eval/score.py
DIR="$WORK/syn$N"
mkdir -p "$WORK"
if [ ! -f "$DIR/texts/manifest.csv" ]; then
  java -jar "$JAR" synth --articles "$N" --seed "$SEED" --out "$DIR"
fi
REPORT="$DIR/bench.txt"
/usr/bin/time -f '%e %U %S %M' -o "$DIR/time.txt" \
  java -Xmx4g -jar "$JAR" bench --corpus "$DIR/texts" --threads 2 --repeat 1 --out "$DIR/out" | tee "$REPORT"
python3 "$SCORE" --gold "$DIR/gold" --texts "$DIR/texts" --ledger "$DIR/out/ledger.csv" --json > "$DIR/score.json"
python3 "$SCORE" --gold "$DIR/gold" --texts "$DIR/texts" --ledger "$DIR/out/ledger.csv" | tail -n 1
# verify: one article of the corpus (the first) against the ledger built from all of them
FILES=("$DIR/texts"/*.txt)   # not `ls | head`: under pipefail its SIGPIPE ends the script
ARTICLE="${FILES[0]}"
if command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 1 --runs 5 -i --export-json "$DIR/verify.json" \
    "java -jar $JAR verify --ledger $DIR/out $ARTICLE" > "$DIR/verify.txt"
  VERIFY=$(python3 -c "import json;r=json.load(open('$DIR/verify.json'))['results'][0];print('%.2f' % r['mean'])")
else
  s=$(date +%s.%N); java -jar "$JAR" verify --ledger "$DIR/out" "$ARTICLE" > /dev/null || true; e=$(date +%s.%N)
  VERIFY=$(python3 -c "print('%.2f' % ($e - $s))")
fi
python3 - "$N" "$REPORT" "$DIR/score.json" "$VERIFY" <<'PY'
import json, re, sys, os
n, report, score, verify = sys.argv[1:5]
text = open(report).read()
m = re.search(r"run 1: \d+ articles, [\d.]+ MB in ([\d.]+) s wall .*?CPU ([\d.]+) s .*?heap peak (\d+) MiB sampled, (\d+) MiB pool-peak", text)
a = re.search(r"analysis .*? ([\d.]+) s wall, CPU ([\d.]+) s: ([\d.]+) articles per CPU-second; linking and writing ([\d.]+) s", text)
load = re.search(r"system load average before ([\d.]+)", text)
s = json.load(open(score))["score"]
wall, cpu, heap, poolheap = m.group(1), m.group(2), m.group(3), m.group(4)
print("csv: articles,wall_s,cpu_s,articles_per_s,peak_heap_mib,pool_peak_mib,analysis_wall_s,analysis_cpu_s,"
      "analysis_articles_per_cpu_s,link_write_wall_s,verify_s,load,detection_f1,attribution_acc,e2e_f1,fidelity_acc,linking_f1,reuse_f1")
print("csv: %s,%s,%s,%.1f,%s,%s,%s,%s,%s,%s,%s,%s,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f" % (
    n, wall, cpu, int(n) / float(wall), heap, poolheap, a.group(1), a.group(2), a.group(3), a.group(4), verify,
    load.group(1), s["detection_f1"], s["attribution_acc"], s["e2e_f1"], s["fidelity_acc"], s["linking_f1"], s["reuse_f1"]))
PY
