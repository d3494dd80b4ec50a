#!/usr/bin/env bash
# compare.sh [PAGESIZE|same] [RUNS]: the earlier updater and `omis pos-sync` side by side on one
# stand-in (10,000 rows, 20 ms), fresh data before every run; prints wall time, the stand-in's
# CPU time for the run, and HTTP requests. OMIS runs on a store already migrated (`omis db
# upgrade` is not timed): the first run of a new install pays about 0.9 s more for it.
set -u
PAGE=${1:-1000}; RUNS=${2:-3}; PORT=${PORT:-18093}
D=$(cd "$(dirname "$0")" && pwd)
PY=${PY:-$D/../../../.venv/bin/python}; OMIS=${OMIS:-$D/../../../.venv/bin/omis}
W=$(mktemp -d); trap 'kill $SP 2>/dev/null; rm -rf $W' EXIT
cd $D
$PY standin.py --port $PORT --rows 10000 --latency-ms 20 > $W/standin.log 2>&1 & SP=$!
for i in $(seq 50); do curl -sf localhost:$PORT/_health >/dev/null && break; sleep 0.2; done
mkdir -p $W/cfg && sed "s/18080/$PORT/" legacy-config/connection_config.json > $W/cfg/connection_config.json
$PY -c "import json,sys; c=json.load(open('legacy-config/processing_config.json')); p=sys.argv[1]; c['pagination']['pageSize']=c['pagination']['pageSize'] if p=='same' else int(p); print(json.dumps(c, ensure_ascii=False))" "$PAGE" > $W/cfg/processing_config.json
cpu() { awk '{print ($14+$15)/100}' /proc/$SP/stat; }
reset() { curl -s -XPOST "localhost:$PORT/_reset?data=1" >/dev/null; }
requests() { curl -s localhost:$PORT/_stats | $PY -c 'import json,sys; print(sum(json.load(sys.stdin)["requests_by_endpoint"].values()))'; }
timed() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; echo "$? $(echo "$(date +%s.%N) - $s" | bc)"; }
for i in $(seq $RUNS); do
  reset; rm -f $W/state.json; a=$(cpu)
  read rc wall < <(timed $PY legacy_updater.py --config-dir $W/cfg --state-file $W/state.json --log-dir $W/logs)
  printf "earlier updater  exit %s  wall %5.2f s  stand-in CPU %.2f s  HTTP %s\n" $rc $wall $(echo "$(cpu) - $a" | bc) $(requests)
  reset; export OMIS_DATA_DIR=$W/omis$i; $OMIS db upgrade >/dev/null; a=$(cpu)
  read rc wall < <(timed $OMIS pos-sync --config-dir $W/cfg)
  printf "omis pos-sync    exit %s  wall %5.2f s  stand-in CPU %.2f s  HTTP %s\n" $rc $wall $(echo "$(cpu) - $a" | bc) $(requests)
done
