#!/usr/bin/env bash
# run_omis.sh NAME PORT PAGESIZE [stand-in flags...]: fresh stand-in, fresh OMIS data dir, one omis pos-sync, stats, check
set -u
NAME=$1; PORT=$2; PAGE=$3; shift 3
D=$(cd "$(dirname "$0")" && pwd)
PY=${PY:-$D/../../../.venv/bin/python}
OMIS=${OMIS:-$D/../../../.venv/bin/omis}
R=$D/runs; mkdir -p $R
cd $D
$PY standin.py --port $PORT "$@" > $R/$NAME.standin.log 2>&1 &
SPID=$!
for i in $(seq 50); do curl -sf localhost:$PORT/_health >/dev/null && break; sleep 0.2; done
CFG=$R/$NAME.cfg; mkdir -p $CFG
sed "s/18080/$PORT/" legacy-config/connection_config.json > $CFG/connection_config.json
$PY - "$PAGE" "$D" > $CFG/processing_config.json <<'PYEOF'
import json, sys
c = json.load(open(sys.argv[2] + "/legacy-config/processing_config.json"))
if sys.argv[1] != "same": c["pagination"]["pageSize"] = int(sys.argv[1])
import os
if os.environ.get("DAYS"): c["dateRange"]["maxDateRangeDays"] = float(os.environ["DAYS"])
print(json.dumps(c, ensure_ascii=False))
PYEOF
export OMIS_DATA_DIR=$R/$NAME.data; rm -rf $OMIS_DATA_DIR
for run in ${RUNS:-1}; do
  /usr/bin/time -f "wall %e s" timeout 300 $OMIS pos-sync --config-dir $CFG > $R/$NAME.omis$run.out 2> $R/$NAME.omis$run.err
  echo "omis exit $? $(tail -1 $R/$NAME.omis$run.err)  $(grep -o 'HTTP-запросов [0-9]*, [0-9.]* с' $R/$NAME.omis$run.err)"
done
curl -s localhost:$PORT/_stats > $R/$NAME.stats.json
$PY -c "import json;s=json.load(open('$R/$NAME.stats.json'));print({k:v for k,v in s.items() if not isinstance(v,(dict,list))}); print(s.get('requests_by_endpoint'))"
$PY check.py http://127.0.0.1:$PORT | tail -14
kill $SPID
