#!/usr/bin/env bash
# each fault: fresh stand-in + fresh OMIS data dir, one (or RUNS) omis pos-sync, then stats + check
cd "$(dirname "$0")"
run() { NAME=$1; shift; echo "=== $NAME: $*"; RUNS="${RUNS:-1}" ./run_omis.sh $NAME 18100 1000 --rows 10000 --latency-ms 20 "$@" 2>&1 | grep -E "omis exit|RESULT|rows written more|unchanged value|None\"|wrong POS|^ +[0-9]+ "; }
run f_5xx_false --fail-5xx-rate 0.1 --false-rate 0.05
run f_after_write --fail-after-write-rate 0.1
RUNS="1 2" run f_gqlerr_read --graphql-error-on-read 3
RUNS="1 2" run f_alias --alias-error-rate 0.05
RUNS="1 2" run f_cycle --cursor-cycle
RUNS="1 2" run f_stall --cursor-stall
RUNS="1 2" run f_short --short-total
RUNS="1 2" run f_short_trunc --short-total truncate
RUNS="1 2 3" run f_other --other-value-rate 0.05
RUNS="1 2" run f_expired --session-ttl 1
run f_hang --hang
