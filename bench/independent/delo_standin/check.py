#!/usr/bin/env python3
"""check.py BASE_URL [--config-dir DIR] [--json]

Fetches /_dump and /_stats from the DELO stand-in and judges the data:
  eligible row = kindDoc 2 AND the card's docgroup has POS_STATUS_RUB AND the SSTU status is in the mapping
  correct      = posStatusRub == mapping[eosSstuStatus]
Exit 1 if any eligible row is wrong (or anything outside the rule was touched badly is only reported).
"""
import argparse
import collections
import json
import sys

import httpx

POS_ASSIGNED = "Назначен исполнитель"


def has_pos_group(row):
    dg = (((row.get("refRubric") or {}).get("docRc") or {}).get("docgroupCl") or {})
    return any(((g.get("arDescript") or {}).get("apiName") == "POS_STATUS_RUB") for g in dg.get("arDocgroups") or [])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base_url")
    ap.add_argument("--config-dir", help="read statusMapping from DIR/processing_config.json (default: the stand-in's)")
    ap.add_argument("--json", action="store_true", help="also print the summary as one JSON line")
    a = ap.parse_args()
    base = a.base_url.rstrip("/")
    with httpx.Client(timeout=120) as c:
        dump = c.get(base + "/_dump").json()
        stats = c.get(base + "/_stats").json()
    mapping = dump["mapping"]
    if a.config_dir:
        with open(f"{a.config_dir}/processing_config.json", encoding="utf-8") as f:
            mapping = json.load(f)["statusMapping"]
    rows = dump["rows"]
    eligible = ok = 0
    wrong = collections.Counter()
    wrong_by_tag = collections.Counter()
    samples = collections.defaultdict(list)
    outside = collections.Counter()
    for r in rows:
        kind = ((r.get("refRubric") or {}).get("docRc") or {}).get("kindDoc")
        sstu, pos = r.get("eosSstuStatus"), r.get("posStatusRub")
        meta = r.get("_meta") or {}
        orig = meta.get("origPosStatusRub")
        if kind == 2 and has_pos_group(r) and sstu in mapping:
            eligible += 1
            want = mapping[sstu]
            if pos == want:
                ok += 1
                continue
            if pos is None or pos == "":
                why = "empty POS (never written)" if not meta.get("writes") else "empty POS written"
            elif pos == "None":
                why = 'literal "None"'
            elif meta.get("lastWriteSubstituted"):
                why = "server stored another value (--other-value-rate) and it was not repaired"
            elif pos == POS_ASSIGNED and pos == orig:
                why = "stale «Назначен исполнитель» never advanced"
            elif pos == orig:
                why = "pre-existing wrong value left"
            else:
                why = "written wrong value"
            wrong[why] += 1
            wrong_by_tag[meta.get("tag", "?")] += 1
            if len(samples[why]) < 3:
                samples[why].append({"isn": r["isnRefRubric"], "sstu": sstu, "pos": pos, "want": want})
        else:
            reason = ("kindDoc != 2" if kind != 2 else "no POS docgroup" if not has_pos_group(r)
                      else "empty SSTU" if not sstu else "SSTU not in mapping")
            if pos != orig:
                outside[f"changed ({reason})" + (' to "None"' if pos == "None" else "")] += 1
    n_wrong = eligible - ok
    none_rows = sum(1 for r in rows if r.get("posStatusRub") == "None")
    print(f"rows total                     : {len(rows)}  (scenario {dump.get('scenario')})")
    print(f"eligible (kindDoc 2, POS group, SSTU mapped): {eligible}")
    print(f"  correct POS                  : {ok}")
    print(f"  wrong POS                    : {n_wrong}")
    for why, n in wrong.most_common():
        print(f"    {n:6d}  {why}   e.g. {json.dumps(samples[why][:2], ensure_ascii=False)}")
    if dump.get("scenario") == "lifecycle":
        print(f"  wrong by generator tag       : {dict(wrong_by_tag)}")
        open_written = sum(1 for r in rows if (r.get("_meta") or {}).get("tag") == "open" and r["_meta"].get("writes"))
        print(f"  still-open appeals written   : {open_written} (should be 0)")
    print(f"rows outside the rule changed  : {sum(outside.values())} {dict(outside) if outside else ''}")
    print(f'rows now holding "None"        : {none_rows}')
    print(f"writes                         : {stats.get('writes')} on {stats.get('rows_written')} rows; "
          f"histogram {stats.get('writes_per_row_histogram')}")
    print(f"rows written more than once    : {stats.get('rows_written_more_than_once')}")
    print(f"writes of an unchanged value   : {stats.get('unchanged_value_writes')}")
    print(f'writes of the string "None"    : {stats.get("none_string_writes")}')
    print(f"writes with a wrong value      : {stats.get('wrong_value_writes')} "
          f"(to ineligible rows: {stats.get('writes_to_ineligible_rows')}, null/empty: {stats.get('null_or_empty_writes')})")
    print(f"HTTP requests by endpoint      : {stats.get('requests_by_endpoint')}  "
          f"reads={stats.get('reads')} mutation_requests={stats.get('mutation_requests')} "
          f"mutations={stats.get('mutations')} max_concurrency={stats.get('max_concurrent_requests')}")
    verdict = "PASS" if n_wrong == 0 else "FAIL"
    print(f"RESULT: {verdict} ({n_wrong} eligible rows wrong)")
    if a.json:
        print(json.dumps({"eligible": eligible, "correct": ok, "wrong": n_wrong, "wrong_by_reason": dict(wrong),
                          "outside_changed": dict(outside), "none_rows": none_rows,
                          "rows_written_more_than_once": stats.get("rows_written_more_than_once"),
                          "unchanged_value_writes": stats.get("unchanged_value_writes"),
                          "none_string_writes": stats.get("none_string_writes")}, ensure_ascii=False))
    return 1 if n_wrong else 0


if __name__ == "__main__":
    sys.exit(main())
