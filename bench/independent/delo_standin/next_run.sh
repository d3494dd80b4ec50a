#!/usr/bin/env bash
# next_run.sh PORT FAULT-FLAGS...: `omis pos-sync` against a faulty stand-in (it must fail and
# leave the saved window where it was), then the stand-in restarted healthy with the same
# data (same seed) and a second run on the same OMIS store: it must put every eligible row right.
set -u
PORT=$1; shift
D=$(cd "$(dirname "$0")" && pwd)
PY=${PY:-$D/../../../.venv/bin/python}; OMIS=${OMIS:-$D/../../../.venv/bin/omis}
W=$(mktemp -d); cd $D
mkdir -p $W/cfg && sed "s/18080/$PORT/" legacy-config/connection_config.json > $W/cfg/connection_config.json
$PY -c "import json; c=json.load(open('legacy-config/processing_config.json')); c['pagination']['pageSize']=1000; c['retryAttempts']=0; print(json.dumps(c, ensure_ascii=False))" > $W/cfg/processing_config.json
export OMIS_DATA_DIR=$W/omis
window() { $PY -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('select completed_end from pos_windows').fetchall())" $OMIS_DATA_DIR/omis.sqlite3 2>/dev/null; }
for flags in "$*" ""; do
  $PY standin.py --port $PORT --rows 10000 --latency-ms 20 $flags > $W/standin.log 2>&1 & SP=$!
  for i in $(seq 50); do curl -sf localhost:$PORT/_health >/dev/null && break; sleep 0.2; done
  $OMIS pos-sync --config-dir $W/cfg > $W/out 2> $W/err; rc=$?
  echo "[${flags:-healthy}] exit $rc; saved window: $(window); $(tail -1 $W/err | $PY -c "import sys; print(sys.stdin.read().strip()[:170])")"
  $PY check.py http://127.0.0.1:$PORT | grep -E "wrong POS|RESULT|more than once"
  kill $SP; wait $SP 2>/dev/null
done
rm -rf $W
