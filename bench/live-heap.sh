#!/usr/bin/env bash
# Runs a java command and samples its live heap: every INTERVAL seconds (default 5) `jcmd PID
# GC.class_histogram` forces a full collection and sums the live objects; prints the largest sum
# seen, the figure for "how much memory does this run need" (the peak heap a JVM reports with a
# generous -Xmx mostly measures how lazily the collector ran). The forced collections slow the run.
#
#   bash bench/live-heap.sh java -Xmx4g -jar target/quotetrace.jar build --quiet --corpus C --out O
set -euo pipefail
INTERVAL="${INTERVAL:-5}"
"$@" &
CMD=$!
PEAK=0
while kill -0 "$CMD" 2> /dev/null; do
  sleep "$INTERVAL"
  # the java process: the command itself, or its child when started through nice or time
  JPID=$( { echo "$CMD"; pgrep -P "$CMD" || true; } | while read -r p; do
    [ "$(ps -o comm= -p "$p" 2> /dev/null)" = java ] && echo "$p"; done | tail -n 1)
  [ -n "$JPID" ] || continue
  LIVE=$(jcmd "$JPID" GC.class_histogram 2> /dev/null | awk '/^Total/ {print $3}') || true
  if [ -n "${LIVE:-}" ] && [ "$LIVE" -gt "$PEAK" ]; then PEAK=$LIVE; fi
done
wait "$CMD" && RC=0 || RC=$?
echo "live-heap: peak $((PEAK >> 20)) MiB live (full-GC histograms every ${INTERVAL} s), exit $RC"
exit "$RC"
