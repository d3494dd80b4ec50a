#!/usr/bin/env bash
# run_legacy.sh NAME PORT [stand-in flags...]
# Starts the stand-in on PORT with the flags, runs legacy_updater.py once (fresh state, timeout 300 s),
# saves wall time, /_stats and check.py output under runs/NAME.*, stops the stand-in.
set -u
NAME=$1; PORT=$2; shift 2
D=$(cd "$(dirname "$0")" && pwd)
PY=${PY:-$D/../../../.venv/bin/python}
R=$D/runs; mkdir -p $R
cd $D
$PY standin.py --port $PORT "$@" > $R/$NAME.standin.log 2>&1 &
SPID=$!
for i in $(seq 50); do curl -sf localhost:$PORT/_health >/dev/null && break; sleep 0.2; done
CFG=$R/$NAME.cfg; mkdir -p $CFG
sed "s/18080/$PORT/" legacy-config/connection_config.json > $CFG/connection_config.json
cp legacy-config/processing_config.json $CFG/
rm -f $R/$NAME.state.json
/usr/bin/time -v timeout ${LEGACY_TIMEOUT:-300} $PY legacy_updater.py --config-dir $CFG --state-file $R/$NAME.state.json \
   --log-dir $R/$NAME.logs > $R/$NAME.legacy.out 2> $R/$NAME.time
echo "legacy exit: $(grep 'Exit status' $R/$NAME.time)  wall: $(grep Elapsed $R/$NAME.time | awk '{print $NF}')  maxRSS(kB): $(grep 'Maximum resident' $R/$NAME.time | awk '{print $NF}')" | tee $R/$NAME.summary
curl -s localhost:$PORT/_stats > $R/$NAME.stats.json
$PY check.py http://127.0.0.1:$PORT | tee -a $R/$NAME.summary
echo "check exit: ${PIPESTATUS[0]}" | tee -a $R/$NAME.summary
kill $SPID
