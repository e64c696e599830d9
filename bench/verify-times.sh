#!/usr/bin/env bash
# Where the time of one `verify` goes: RUNS fresh JVMs of
#   java -jar target/quotetrace.jar verify ARTICLE --ledger LEDGER
# each timed with /usr/bin/time (wall, user and system CPU: CPU time is the figure to compare on a
# shared machine), then one more run with QUOTETRACE_TIMES=1, which prints each phase's end (time
# since JVM start, wall and main-thread CPU of the phase, process CPU so far) on stderr. Prints the
# load average before and after. Output of verify itself is discarded.
#
#   mvn -B -q -DskipTests package
#   bash bench/verify-times.sh ARTICLE LEDGER [RUNS]     # RUNS defaults to 5
#   JAR=/tmp/old.jar bash bench/verify-times.sh ...      # another build, for before/after
set -uo pipefail
ARTICLE="$1"; LEDGER="$2"; RUNS="${3:-5}"
JAR="${JAR:-target/quotetrace.jar}"
echo "load before: $(uptime)"
TIMES=$(mktemp)
for _ in $(seq "$RUNS"); do
  /usr/bin/time -a -o "$TIMES" -f '%e %U %S' java -jar "$JAR" verify "$ARTICLE" --ledger "$LEDGER" > /dev/null
done
# (/usr/bin/time also notes a non-zero exit, which verify gives when it finds a problem)
grep -v 'exit' "$TIMES" | sort -n | awk '{w[NR]=$1; c[NR]=$2+$3; u+=$2; s+=$3; tw+=$1}
  END {printf "%d runs: wall mean %.2f s (min %.2f, max %.2f); CPU mean %.2f s user + %.2f s sys\n",
       NR, tw/NR, w[1], w[NR], u/NR, s/NR}'
rm -f "$TIMES"
QUOTETRACE_TIMES=1 java -jar "$JAR" verify "$ARTICLE" --ledger "$LEDGER" 2>&1 > /dev/null | grep '^times:'
echo "load after: $(uptime)"
