#!/usr/bin/env bash
# run_faults.sh: the legacy updater once against each fault flag (10,000 rows, 20 ms), results in runs/fault_*.summary
cd "$(dirname "$0")"
export LEGACY_TIMEOUT=60
p=18200
while read -r name flags; do
  p=$((p+1))
  echo "##### $name: $flags"
  ./run_legacy.sh "fault_$name" $p --rows 10000 --latency-ms 20 $flags | grep -E "legacy exit|correct POS|wrong POS|RESULT|HTTP requests|writes  "
done <<'LIST'
5xx10 --fail-5xx-rate 0.1
after_write10 --fail-after-write-rate 0.1
false10 --false-rate 0.1
other10 --other-value-rate 0.1
gqlerr_read5 --graphql-error-on-read 5
alias10 --alias-error-rate 0.1
cycle --cursor-cycle
stall --cursor-stall
short_phantom --short-total
short_truncate --short-total truncate
hang --hang
expired --session-ttl 5
LIST
