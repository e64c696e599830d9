#!/usr/bin/env bash
# The Spark job next to the single-process build on one synthetic corpus of N articles: writes the
# corpus once (synth), times `build` (the `bench` command, 2 threads) and the Spark job in local
# mode (local[2], 8 partitions), both in one JVM with the same heap cap and under `nice`, checks
# that ledger.csv, statements.csv and statement-index.json are byte-identical (cmp), and prints
# both runs' reports and one CSV line per run for the README. Big corpora and outputs stay in
# WORK (default /tmp/quotetrace-spark-scale), never in the project.
#
#   mvn -B -q -DskipTests package
#   bash bench/spark-scale.sh 10000            # N [SEED] [WORK]; HEAP=4g and NICE=10 by default
#
# Wall and CPU seconds (user + system) and peak RSS come from /usr/bin/time; peak heap is what each
# JVM samples itself (build: the bench report; Spark: the job's summary line: in local mode the one
# JVM holds the driver and the executors). The load average before each run is printed: on a shared
# machine wall times grow with it. Needs java 17, maven (for Spark's jars, provided scope) and GNU time.
set -euo pipefail
N="$1"; SEED="${2:-1}"; WORK="${3:-/tmp/quotetrace-spark-scale}"
HEAP="${HEAP:-4g}"; NICE="${NICE:-10}"
JAR="${JAR:-target/quotetrace.jar}"
DIR="$WORK/syn$N"
mkdir -p "$WORK"
if [ ! -f "$DIR/texts/manifest.csv" ]; then
  java -jar "$JAR" synth --articles "$N" --seed "$SEED" --out "$DIR"
fi
CP="$WORK/spark-classpath.txt"
if [ ! -s "$CP" ]; then
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile="$CP"
fi
FLAGS=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' pom.xml)
rm -rf "$DIR/build" "$DIR/spark"

load() { cut -d' ' -f1 /proc/loadavg; }

LOAD_BUILD=$(load)
/usr/bin/time -f '%e %U %S %M' -o "$DIR/build.time" nice -n "$NICE" \
  java -Xmx"$HEAP" -jar "$JAR" bench --corpus "$DIR/texts" --threads 2 --repeat 1 --out "$DIR/build" \
  | tee "$DIR/build.txt"
LOAD_SPARK=$(load)
/usr/bin/time -f '%e %U %S %M' -o "$DIR/spark.time" nice -n "$NICE" \
  java -Xmx"$HEAP" $FLAGS -cp "$JAR:$(cat "$CP")" org.quotetrace.spark.SparkBuildCommand \
  --master 'local[2]' --partitions 8 "$DIR/texts" --out "$DIR/spark" | tee "$DIR/spark.txt"

SAME=yes
for f in ledger.csv statements.csv statement-index.json; do
  cmp "$DIR/build/$f" "$DIR/spark/$f" || SAME=no
done
echo "identical ledger.csv, statements.csv, statement-index.json: $SAME"

python3 - "$N" "$HEAP" "$DIR" "$LOAD_BUILD" "$LOAD_SPARK" "$SAME" <<'PY'
import re, sys
n, heap, d, load_build, load_spark, same = sys.argv[1:7]
def timed(name):
    wall, user, system, rss_kb = open(f"{d}/{name}.time").read().split()[-4:]
    return float(wall), float(user) + float(system), int(rss_kb) >> 10
bench = open(f"{d}/build.txt").read()
spark = open(f"{d}/spark.txt").read()
b_heap = re.search(r"heap peak (\d+) MiB sampled", bench).group(1)
s_heap = re.search(r"peak (\d+) MiB sampled", spark).group(1)
print("csv: articles,run,heap_cap,wall_s,cpu_s,articles_per_s,peak_heap_mib,peak_rss_mib,load_before,identical")
for run, h in (("build", b_heap), ("spark-local2", s_heap)):
    wall, cpu, rss = timed("build" if run == "build" else "spark")
    load = load_build if run == "build" else load_spark
    print(f"csv: {n},{run},{heap},{wall:.1f},{cpu:.1f},{int(n) / wall:.1f},{h},{rss},{load},{same}")
PY
