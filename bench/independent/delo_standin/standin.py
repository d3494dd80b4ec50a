#!/usr/bin/env python3
"""Stand-in for the DELO (EOS "Дело") GraphQL API, built from /work/shared/reference/delo-api.md.

Endpoints (DELO):
  POST /CoreHost/identity/api/login    JSON {"user","password","items":{"app"}} -> session cookie
  POST /CoreHost/identity/api/logout
  POST /CoreHost/gql/query             (also trailing slash, any casing e.g. /CoreHost/Gql/Query)
Control endpoints (no auth, no latency, not counted as DELO traffic):
  GET /_stats   POST /_reset[?data=1]   GET /_dump   GET /_health

Run:  python standin.py --port 18080 --rows 10000 --latency-ms 20 [--scenario perf|lifecycle] [fault flags]
"""
import argparse
import base64
import collections
import datetime as dt
import json
import random
import secrets
import socket
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from graphql import parse as gql_parse
from graphql.error import GraphQLSyntaxError
from graphql.language import ast as A

# --------------------------------------------------------------------------------------
# Vocabulary (from the contract)
# --------------------------------------------------------------------------------------
PRODUCTION_MAPPING = {
    "Находится на рассмотрении": "Назначен исполнитель",
    "Рассмотрение продлено": "Перенос срока обработки утвержден. Отправлен ответ Заявителю",
    "Оставлено без ответа автору": "Отклонено модератором",
    "Рассмотрено. Разъяснено": "Отправлен ответ заявителю",
    "Рассмотрено. Не поддержано": "Отправлен ответ заявителю",
    "Дан ответ автору": "Отправлен ответ заявителю",
    "Рассмотрено. Поддержано": "Отправлен ответ заявителю",
    "Направлено по компетенции": "Направлено в подведомственную организацию",
}
IN_WORK = "Находится на рассмотрении"
EXTENDED = "Рассмотрение продлено"
ANSWERED = [  # (label, weight)
    ("Дан ответ автору", 30), ("Рассмотрено. Разъяснено", 30), ("Рассмотрено. Поддержано", 9),
    ("Рассмотрено. Не поддержано", 9), ("Направлено по компетенции", 14),
    ("Оставлено без ответа автору", 8),
]
# SSTU texts that occur but are not in the production mapping
UNMAPPED_SSTU = ["Не поступило", "Не зарегистрировано", "Рассмотрено. Поддержано. Меры приняты",
                 " Рассмотрено. Разъяснено"]
POS_ASSIGNED = "Назначен исполнитель"
POS_VALUES = [
    "Назначен исполнитель", "Перенос срока обработки утвержден. Отправлен ответ Заявителю",
    "Отклонено модератором", "Отправлен ответ заявителю",
    "Направлено в подведомственную организацию", "Передано в вышестоящую организацию",
]

# --------------------------------------------------------------------------------------
# Schema. Field kinds: ("scalar", Int|String|DateTime|Boolean) | ("obj", Type) | ("list", Type)
# --------------------------------------------------------------------------------------
S = lambda t: ("scalar", t)  # noqa: E731
SCHEMA = {
    "Query": {"arRubricValuesPg": ("obj", "ArRubricValuesConnection")},
    "Mutation": {"updateArRubricValue": ("obj", "UpdateArRubricValuePayload")},
    "ArRubricValuesConnection": {
        "totalCount": S("Int"), "edges": ("list", "ArRubricValuesEdge"),
        "items": ("list", "ArRubricValue"), "pageInfo": ("obj", "PageInfo"),
    },
    "ArRubricValuesEdge": {"cursor": S("String"), "node": ("obj", "ArRubricValue")},
    "PageInfo": {"endCursor": S("String"), "hasNextPage": S("Boolean"),
                 "startCursor": S("String"), "hasPreviousPage": S("Boolean")},
    "UpdateArRubricValuePayload": {
        "clientMutationId": S("String"), "success": S("Boolean"), "message": S("String"),
        "messageCode": S("String"), "messageData": S("String"), "systemMessage": S("String"),
        "data": ("obj", "ArRubricValue"),
    },
    "ArRubricValue": {
        "isnRefRubric": S("Int"), "eosSstuStatus": S("String"), "posStatusRub": S("String"),
        "refRubric": ("obj", "RefRubric"),
    },
    "RefRubric": {
        "isnRefRubric": S("Int"), "isnDoc": S("Int"), "insDate": S("DateTime"),
        "docRc": ("obj", "DocRc"),
    },
    "DocRc": {
        "isnDoc": S("Int"), "kindDoc": S("Int"), "freeNum": S("String"), "docDate": S("DateTime"),
        "docgroupCl": ("obj", "DocgroupCl"),
    },
    "DocgroupCl": {
        "isnNode": S("Int"), "classifName": S("String"), "arDocgroups": ("list", "ArDocgroup"),
    },
    "ArDocgroup": {"isnArDescript": S("Int"), "arDescript": ("obj", "ArDescript")},
    "ArDescript": {"isnArDescript": S("Int"), "apiName": S("String"), "name": S("String")},
}
FILTERABLE_ROOT = "ArRubricValue"
ROOT_ARGS = {
    "arRubricValuesPg": {"first", "after", "filter"},
    "updateArRubricValue": {"input"},
}


class GQLError(Exception):
    def __init__(self, message, path=None, code=None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.code = code

    def to_json(self):
        e = {"message": self.message}
        if self.path is not None:
            e["path"] = self.path
        if self.code:
            e["extensions"] = {"code": self.code}
        return e


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
SERVER_TZ = dt.timezone(dt.timedelta(hours=3))


def parse_instant(s, what="DateTime"):
    if not isinstance(s, str):
        raise GQLError(f"{what}: expected an ISO-8601 string, got {json.dumps(s, ensure_ascii=False)}",
                       code="FILTER_TYPE")
    txt = s.strip()
    if txt.endswith("Z") or txt.endswith("z"):
        txt = txt[:-1] + "+00:00"
    try:
        d = dt.datetime.fromisoformat(txt)
    except ValueError:
        raise GQLError(f"{what}: cannot parse date-time {s!r}", code="FILTER_TYPE")
    if d.tzinfo is None:  # no offset given: the server's own time zone (+03:00)
        d = d.replace(tzinfo=SERVER_TZ)
    return d


_dt_cache = {}


def row_instant(s):
    d = _dt_cache.get(s)
    if d is None:
        d = parse_instant(s)
        _dt_cache[s] = d
    return d


def fmt_instant(d):
    return d.astimezone(SERVER_TZ).isoformat(timespec="seconds")


# --------------------------------------------------------------------------------------
# Filter compilation (generic over the schema)
# --------------------------------------------------------------------------------------
SCALAR_OPS = {"equal", "in", "notIn", "contains", "greaterOrEqual", "lessOrEqual", "isNullOrEmpty"}


class FilterCompiler:
    def __init__(self, sql_nulls=False):
        self.sql_nulls = sql_nulls
        self.refs = set()  # field names referenced (any level)

    def compile(self, type_name, flt, path="filter"):
        if flt is None:
            return lambda obj: True
        if not isinstance(flt, dict):
            raise GQLError(f"{path}: a filter on {type_name} must be an input object", code="FILTER_SHAPE")
        fields = SCHEMA[type_name]
        preds = []
        for fname, ops in flt.items():
            if fname not in fields:
                raise GQLError(f"{path}: the field `{fname}` does not exist on the filter type "
                               f"`{type_name}FilterInput`", code="FILTER_UNKNOWN_FIELD")
            self.refs.add(fname)
            if ops is None:
                continue
            if not isinstance(ops, dict):
                raise GQLError(f"{path}.{fname}: expected an operation object such as "
                               f"{{equal: {{value: ...}}}}", code="FILTER_SHAPE")
            kind, t = fields[fname]
            for op, operand in ops.items():
                preds.append(self.compile_op(kind, t, fname, op, operand, f"{path}.{fname}"))
        if not preds:
            return lambda obj: True
        if len(preds) == 1:
            return preds[0]
        return lambda obj: all(p(obj) for p in preds)

    def coerce(self, t, v, where, allow_null=True):
        if v is None:
            if allow_null:
                return None
            raise GQLError(f"{where}: null is not allowed here", code="FILTER_TYPE")
        if t == "Int":
            if isinstance(v, bool) or not isinstance(v, (int, float)) or (isinstance(v, float) and not v.is_integer()):
                raise GQLError(f"{where}: Int expected, got {json.dumps(v, ensure_ascii=False)}", code="FILTER_TYPE")
            return int(v)
        if t == "String":
            if not isinstance(v, str):
                raise GQLError(f"{where}: String expected, got {json.dumps(v, ensure_ascii=False)}", code="FILTER_TYPE")
            return v
        if t == "DateTime":
            return parse_instant(v, where)
        if t == "Boolean":
            if not isinstance(v, bool):
                raise GQLError(f"{where}: Boolean expected", code="FILTER_TYPE")
            return v
        raise GQLError(f"{where}: unsupported type {t}")

    def unwrap(self, t, operand, where, allow_null=True):
        if not isinstance(operand, dict) or set(operand.keys()) != {"value"}:
            raise GQLError(f"{where}: every operand must be wrapped as {{value: X}}, got "
                           f"{json.dumps(operand, ensure_ascii=False)}", code="FILTER_SHAPE")
        return self.coerce(t, operand["value"], where, allow_null)

    def compile_op(self, kind, t, fname, op, operand, where):
        w = f"{where}.{op}"
        sqln = self.sql_nulls
        if op == "isNullOrEmpty":
            if not isinstance(operand, bool):
                raise GQLError(f"{w}: expected true or false", code="FILTER_TYPE")
            flag = operand

            def p(obj):
                v = obj.get(fname) if obj is not None else None
                return (v is None or v == "" or v == []) == flag
            return p
        if kind == "obj":
            if op != "matches":
                raise GQLError(f"{w}: operator `{op}` is not valid on the object field `{fname}` "
                               f"(use matches or isNullOrEmpty)", code="FILTER_UNKNOWN_OPERATOR")
            sub = self.compile(t, operand, w)

            def p(obj):
                v = obj.get(fname)
                return v is not None and sub(v)
            return p
        if kind == "list":
            if op != "any":
                raise GQLError(f"{w}: operator `{op}` is not valid on the list field `{fname}` "
                               f"(use any or isNullOrEmpty)", code="FILTER_UNKNOWN_OPERATOR")
            sub = self.compile(t, operand, w)

            def p(obj):
                return any(sub(x) for x in (obj.get(fname) or []))
            return p
        # scalar
        if op not in SCALAR_OPS:
            raise GQLError(f"{w}: unknown filter operator `{op}` on field `{fname}`",
                           code="FILTER_UNKNOWN_OPERATOR")
        if operand is None:
            return lambda obj: True
        get = (lambda obj: (row_instant(obj[fname]) if obj.get(fname) is not None else None)) \
            if t == "DateTime" else (lambda obj: obj.get(fname))
        if op == "equal":
            x = self.unwrap(t, operand, w)
            if x is None:
                return lambda obj: get(obj) is None
            return lambda obj: get(obj) == x
        if op in ("in", "notIn"):
            if not isinstance(operand, list):
                raise GQLError(f"{w}: expected a list [{{value: X}}, ...]", code="FILTER_SHAPE")
            xs = [self.unwrap(t, o, f"{w}[{i}]") for i, o in enumerate(operand)]
            has_null = any(x is None for x in xs)
            xset = set(x for x in xs if x is not None)
            if op == "in":
                return lambda obj: (lambda v: (v is None and has_null and not sqln) or (v is not None and v in xset))(get(obj))
            return lambda obj: (lambda v: (not sqln and not has_null) if v is None else (v not in xset))(get(obj))
        if op == "contains":
            if t != "String":
                raise GQLError(f"{w}: contains is only valid on String fields", code="FILTER_UNKNOWN_OPERATOR")
            x = self.unwrap(t, operand, w, allow_null=False)
            return lambda obj: (lambda v: v is not None and x in v)(get(obj))
        if op in ("greaterOrEqual", "lessOrEqual"):
            x = self.unwrap(t, operand, w, allow_null=False)
            if op == "greaterOrEqual":
                return lambda obj: (lambda v: v is not None and v >= x)(get(obj))
            return lambda obj: (lambda v: v is not None and v <= x)(get(obj))
        raise GQLError(f"{w}: unknown operator", code="FILTER_UNKNOWN_OPERATOR")


# --------------------------------------------------------------------------------------
# Data generation
# --------------------------------------------------------------------------------------
def weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


POS_GROUP = {"isnNode": 3401, "classifName": "Обращения граждан (ПОС)", "arDocgroups": [
    {"isnArDescript": 5101, "arDescript": {"isnArDescript": 5101, "apiName": "SSTU_STATUS", "name": "Статус ССТУ"}},
    {"isnArDescript": 5102, "arDescript": {"isnArDescript": 5102, "apiName": "POS_STATUS_RUB", "name": "Статус ПОС"}},
]}
PLAIN_GROUPS = [
    {"isnNode": 3402, "classifName": "Обращения граждан", "arDocgroups": [
        {"isnArDescript": 5101, "arDescript": {"isnArDescript": 5101, "apiName": "SSTU_STATUS", "name": "Статус ССТУ"}}]},
    {"isnNode": 3403, "classifName": "Обращения граждан (без рубрик)", "arDocgroups": []},
]


def has_pos_group(row):
    dg = (((row.get("refRubric") or {}).get("docRc") or {}).get("docgroupCl") or {})
    return any(((g.get("arDescript") or {}).get("apiName") == "POS_STATUS_RUB") for g in dg.get("arDocgroups") or [])


def kind_doc(row):
    return (((row.get("refRubric") or {}).get("docRc") or {}).get("kindDoc"))


def empty_pos(rng):
    return "" if rng.random() < 0.1 else None


def mixed_row(rng):
    """SSTU/POS/kind/group for a fresh row of the realistic mix."""
    kind = 2
    group = POS_GROUP
    r = rng.random()
    if r < 0.04:
        kind = rng.choice([1, 3])
        group = POS_GROUP if rng.random() < 0.5 else rng.choice(PLAIN_GROUPS)
    elif r < 0.09:
        group = rng.choice(PLAIN_GROUPS)
    r = rng.random()
    if r < 0.02:
        sstu = rng.choice([None, ""])
    elif r < 0.06:
        sstu = rng.choice(UNMAPPED_SSTU)
    else:
        sstu = weighted(rng, [(IN_WORK, 45), (EXTENDED, 3)] + [(a, w * 52 / 100) for a, w in ANSWERED])
    if sstu in PRODUCTION_MAPPING:
        want = PRODUCTION_MAPPING[sstu]
        q = rng.random()
        if sstu == IN_WORK:
            pos = empty_pos(rng) if q < 0.6 else want
        elif sstu == EXTENDED:
            pos = empty_pos(rng) if q < 0.5 else (POS_ASSIGNED if q < 0.8 else want)
        else:
            if q < 0.5:
                pos = empty_pos(rng)
            elif q < 0.68:
                pos = want
            elif q < 0.98:
                pos = POS_ASSIGNED  # answered since the POS was set
            else:
                pos = rng.choice([v for v in POS_VALUES if v not in (want, POS_ASSIGNED)])
    else:
        pos = empty_pos(rng) if rng.random() < 0.8 else POS_ASSIGNED
    return sstu, pos, kind, group


def generate(args, now=None):
    rng = random.Random(args.seed)
    now = now or dt.datetime.now(SERVER_TZ)
    specs = []  # (insDate, sstu, pos, kind, group, tag)
    if args.scenario == "perf":
        for _ in range(args.rows):
            ins = now - dt.timedelta(seconds=rng.uniform(60, 24 * 3600 - 300))
            specs.append((ins,) + mixed_row(rng) + ("fresh",))
    else:
        n_old, n_answered = args.lifecycle_appeals, args.lifecycle_answered
        answered = set(rng.sample(range(n_old), n_answered))
        for i in range(n_old):
            ins = now - dt.timedelta(seconds=rng.uniform(3 * 86400, 50 * 86400))
            sstu = weighted(rng, ANSWERED) if i in answered else IN_WORK
            specs.append((ins, sstu, POS_ASSIGNED, 2, POS_GROUP, "answered" if i in answered else "open"))
        for _ in range(args.lifecycle_fresh):
            ins = now - dt.timedelta(seconds=rng.uniform(60, 24 * 3600 - 300))
            specs.append((ins,) + mixed_row(rng) + ("fresh",))
    specs.sort(key=lambda s: s[0])
    rows = []
    isn = 130_000_000 + rng.randint(0, 4_000_000)
    isn_doc = 41_000_000 + rng.randint(0, 1_000_000)
    for ins, sstu, pos, kind, group, tag in specs:
        isn += rng.randint(1, 37)
        isn_doc += rng.randint(1, 5)
        prefix = {2: "ОГ", 1: "ВХ", 3: "ОРД"}[kind]
        ins_s = fmt_instant(ins.replace(microsecond=0))
        row = {
            "isnRefRubric": isn,
            "eosSstuStatus": sstu,
            "posStatusRub": pos,
            "refRubric": {
                "isnRefRubric": isn, "isnDoc": isn_doc, "insDate": ins_s,
                "docRc": {
                    "isnDoc": isn_doc, "kindDoc": kind,
                    "freeNum": f"{prefix}-{rng.randint(1, 99999)}/{ins.strftime('%y')}",
                    "docDate": fmt_instant(ins.replace(hour=0, minute=0, second=0, microsecond=0)),
                    "docgroupCl": group,
                },
            },
        }
        rows.append(row)
        row["__meta"] = {"orig_pos": pos, "tag": tag, "writes": 0, "substituted": False}
    return rows


# --------------------------------------------------------------------------------------
# Server state
# --------------------------------------------------------------------------------------
def enc_cursor(i):
    return base64.b64encode(f"arv:{i}".encode()).decode()


def dec_cursor(c):
    if c is None or c == "" or c == "-1":
        return -1
    try:
        t = base64.b64decode(c.encode(), validate=True).decode()
        assert t.startswith("arv:")
        return int(t[4:])
    except Exception:
        raise GQLError(f"The cursor {c!r} is not valid", code="INVALID_CURSOR")


class State:
    def __init__(self, args):
        self.args = args
        self.lock = threading.RLock()
        self.mapping = PRODUCTION_MAPPING
        if args.mapping_config:
            with open(args.mapping_config, encoding="utf-8") as f:
                self.mapping = json.load(f)["statusMapping"]
        self.sessions = {}
        self.reset_data()
        self.reset_counters()

    def reset_data(self):
        with self.lock:
            self.rows = generate(self.args)
            self.by_isn = {r["isnRefRubric"]: r for r in self.rows}
            self.filter_cache = collections.OrderedDict()  # key -> [fn, ids(list), idset]

    def reset_counters(self):
        with self.lock:
            self.frng = random.Random(self.args.seed * 7919 + 17)
            self.c = collections.Counter()
            self.by_endpoint = collections.Counter()
            self.status_by_endpoint = collections.defaultdict(collections.Counter)
            self.writes_per_row = collections.Counter()
            self.wrong_samples = []
            self.mut_per_request = collections.Counter()
            self.page_sizes = collections.Counter()
            self.inflight = 0
            self.max_inflight = 0
            self.first_req = None
            self.last_req = None
            self.read_no = 0
            for r in self.rows:
                r["__meta"]["writes"] = 0

    # -- eligibility according to the production rule
    def eligible(self, row):
        return kind_doc(row) == 2 and has_pos_group(row) and row.get("eosSstuStatus") in self.mapping

    # -- filtering with a cache that is maintained incrementally on writes
    def matching_ids(self, key, fn):
        ent = self.filter_cache.get(key)
        if ent is None:
            ids = [r["isnRefRubric"] for r in self.rows if fn(r)]
            ent = [fn, ids, set(ids)]
            self.filter_cache[key] = ent
            if len(self.filter_cache) > 64:
                self.filter_cache.popitem(last=False)
        else:
            self.filter_cache.move_to_end(key)
        return ent[1]

    def on_row_changed(self, row):
        import bisect
        isn = row["isnRefRubric"]
        for ent in self.filter_cache.values():
            fn, ids, idset = ent
            m = fn(row)
            if m and isn not in idset:
                bisect.insort(ids, isn)
                idset.add(isn)
            elif not m and isn in idset:
                ids.pop(bisect.bisect_left(ids, isn))
                idset.discard(isn)

    def stats(self):
        with self.lock:
            hist = collections.Counter(self.writes_per_row.values())
            span = ((self.last_req or time.time()) - self.first_req) if self.first_req else 0.0
            return {
                "scenario": self.args.scenario, "seed": self.args.seed, "rows": len(self.rows),
                "requests_by_endpoint": dict(self.by_endpoint),
                "responses_by_endpoint_and_status": {k: dict(v) for k, v in self.status_by_endpoint.items()},
                "logins_ok": self.c["logins_ok"], "logins_failed": self.c["logins_failed"],
                "auth_rejections": self.c["auth_rejections"],
                "read_requests": self.c["read_requests"], "reads": self.c["reads"],
                "rows_served": self.c["rows_served"],
                "page_sizes_requested": {str(k): v for k, v in sorted(self.page_sizes.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))},
                "mutation_requests": self.c["mutation_requests"], "mutations": self.c["mutations"],
                "mutations_per_request": {str(k): v for k, v in sorted(self.mut_per_request.items())},
                "mutations_success_true": self.c["mut_success"], "mutations_success_false": self.c["mut_false"],
                "mutations_alias_errors": self.c["mut_alias_error"],
                "writes": self.c["writes"], "rows_written": len(self.writes_per_row),
                "writes_per_row_histogram": {str(k): v for k, v in sorted(hist.items())},
                "rows_written_more_than_once": sum(v for k, v in hist.items() if k > 1),
                "unchanged_value_writes": self.c["unchanged_writes"],
                "wrong_value_writes": self.c["wrong_writes"],
                "none_string_writes": self.c["none_writes"],
                "null_or_empty_writes": self.c["empty_writes"],
                "writes_to_ineligible_rows": self.c["ineligible_writes"],
                "server_substituted_values": self.c["substituted"],
                "wrong_value_samples": self.wrong_samples[:20],
                "graphql_error_responses": self.c["gql_error_responses"],
                "faults_injected": {k[6:]: v for k, v in self.c.items() if k.startswith("fault_")},
                "max_concurrent_requests": self.max_inflight,
                "first_to_last_request_seconds": round(span, 3),
            }


# --------------------------------------------------------------------------------------
# GraphQL execution
# --------------------------------------------------------------------------------------
ABSENT = object()  # a declared, nullable variable that the request did not provide


def value_from_ast(node, variables):
    if isinstance(node, A.VariableNode):
        name = node.name.value
        if name not in variables:
            raise GQLError(f"The variable `${name}` is not declared by the operation", code="VARIABLE_NOT_DECLARED")
        return variables[name]
    if isinstance(node, A.IntValueNode):
        return int(node.value)
    if isinstance(node, A.FloatValueNode):
        return float(node.value)
    if isinstance(node, A.StringValueNode):
        return node.value
    if isinstance(node, A.BooleanValueNode):
        return node.value
    if isinstance(node, A.NullValueNode):
        return None
    if isinstance(node, A.EnumValueNode):
        return node.value
    if isinstance(node, A.ListValueNode):
        return [None if x is ABSENT else x for x in (value_from_ast(v, variables) for v in node.values)]
    if isinstance(node, A.ObjectValueNode):
        out = {}
        for f in node.fields:
            v = value_from_ast(f.value, variables)
            if v is ABSENT:
                continue  # a variable that was not provided: the input field is absent
            out[f.name.value] = v
        return out
    raise GQLError(f"Unsupported value node {type(node).__name__}")


_doc_cache = collections.OrderedDict()
_doc_lock = threading.Lock()


def parse_cached(query, err):
    """Parsed documents are cached by their text, as real GraphQL servers do."""
    with _doc_lock:
        doc = _doc_cache.get(query)
        if doc is not None:
            _doc_cache.move_to_end(query)
            return doc
    try:
        doc = gql_parse(query, no_location=True)
    except GraphQLSyntaxError as e:
        raise GQLError(err(f"Syntax error: {e.message}"), code="SYNTAX_ERROR")
    with _doc_lock:
        _doc_cache[query] = doc
        if len(_doc_cache) > 256:
            _doc_cache.popitem(last=False)
    return doc


def type_name_of(tnode):
    while not isinstance(tnode, A.NamedTypeNode):
        tnode = tnode.type
    return tnode.name.value


class Executor:
    def __init__(self, state, echo=""):
        self.st = state
        self.args = state.args
        self.errors = []
        self.echo = echo  # appended to error texts with --echo-secrets

    def err(self, msg):
        return msg + self.echo

    # ---- fragments / directives
    def include(self, node):
        for d in node.directives or []:
            if d.name.value in ("skip", "include"):
                cond = None
                for a in d.arguments:
                    if a.name.value == "if":
                        v = value_from_ast(a.value, self.vars)
                        cond = bool(v) if v is not ABSENT else False
                if d.name.value == "skip" and cond:
                    return False
                if d.name.value == "include" and not cond:
                    return False
        return True

    def collect(self, type_name, sel_set, out=None):
        """Return OrderedDict response_key -> [FieldNode, ...]."""
        if out is None:
            out = collections.OrderedDict()
        for sel in sel_set.selections:
            if not self.include(sel):
                continue
            if isinstance(sel, A.FieldNode):
                key = sel.alias.value if sel.alias else sel.name.value
                out.setdefault(key, []).append(sel)
            elif isinstance(sel, A.InlineFragmentNode):
                if sel.type_condition and sel.type_condition.name.value != type_name:
                    if sel.type_condition.name.value not in SCHEMA:
                        raise GQLError(f"Unknown type `{sel.type_condition.name.value}`", code="VALIDATION")
                    continue
                self.collect(type_name, sel.selection_set, out)
            elif isinstance(sel, A.FragmentSpreadNode):
                fr = self.fragments.get(sel.name.value)
                if fr is None:
                    raise GQLError(f"Unknown fragment `{sel.name.value}`", code="VALIDATION")
                if fr.type_condition.name.value != type_name:
                    if fr.type_condition.name.value not in SCHEMA:
                        raise GQLError(f"Unknown type `{fr.type_condition.name.value}`", code="VALIDATION")
                    continue
                self.collect(type_name, fr.selection_set, out)
        return out

    # ---- validation of the whole selection tree (before any execution)
    def validate(self, type_name, sel_set, is_root=False):
        fields = self.collect(type_name, sel_set)
        for key, nodes in fields.items():
            for n in nodes:
                fname = n.name.value
                if fname == "__typename":
                    continue
                if fname not in SCHEMA[type_name]:
                    raise GQLError(f"The field `{fname}` does not exist on the type `{type_name}`.", code="VALIDATION")
                allowed = ROOT_ARGS.get(fname, set()) if is_root else set()
                for a in n.arguments or []:
                    if a.name.value not in allowed:
                        raise GQLError(f"The argument `{a.name.value}` does not exist on the field `{fname}`.",
                                       code="VALIDATION")
                kind, t = SCHEMA[type_name][fname]
                if kind == "scalar":
                    if n.selection_set:
                        raise GQLError(f"The field `{fname}` is a scalar and cannot have a selection set.",
                                       code="VALIDATION")
                else:
                    if not n.selection_set or not n.selection_set.selections:
                        raise GQLError(f"The field `{fname}` of type `{t}` must have a selection set.",
                                       code="VALIDATION")
                    self.validate(t, n.selection_set)

    # ---- generic resolution of plain values
    def resolve(self, type_name, obj, sel_set):
        out = {}
        for key, nodes in self.collect(type_name, sel_set).items():
            fname = nodes[0].name.value
            if fname == "__typename":
                out[key] = type_name
                continue
            kind, t = SCHEMA[type_name][fname]
            v = obj.get(fname) if obj is not None else None
            if kind == "scalar" or v is None:
                out[key] = v
            else:
                merged = A.SelectionSetNode(selections=tuple(s for n in nodes for s in n.selection_set.selections))
                if kind == "obj":
                    out[key] = self.resolve(t, v, merged)
                else:
                    out[key] = [self.resolve(t, x, merged) for x in v]
        return out

    def args_of(self, node):
        out = {}
        for a in node.arguments or []:
            v = value_from_ast(a.value, self.vars)
            if v is not ABSENT:
                out[a.name.value] = v
        return out

    # ---- entry
    def run(self, body):
        query = body.get("query")
        if not isinstance(query, str) or not query.strip():
            raise GQLError(self.err("The request does not contain a query"), code="NO_QUERY")
        raw_vars = body.get("variables") or {}
        if isinstance(raw_vars, str):
            raw_vars = json.loads(raw_vars) if raw_vars.strip() else {}
        if not isinstance(raw_vars, dict):
            raise GQLError(self.err("variables must be a JSON object"))
        doc = parse_cached(query, self.err)
        ops = [d for d in doc.definitions if isinstance(d, A.OperationDefinitionNode)]
        self.fragments = {d.name.value: d for d in doc.definitions if isinstance(d, A.FragmentDefinitionNode)}
        opname = body.get("operationName")
        if opname:
            ops = [o for o in ops if o.name and o.name.value == opname]
            if not ops:
                raise GQLError(self.err(f"Unknown operation named `{opname}`"), code="VALIDATION")
        elif len(ops) != 1:
            raise GQLError(self.err("The document must contain exactly one operation or operationName must be given"),
                           code="VALIDATION")
        op = ops[0]
        # variables
        self.vars = {}
        self.var_types = {}
        for vd in op.variable_definitions or []:
            name = vd.variable.name.value
            self.var_types[name] = type_name_of(vd.type)
            nonnull = isinstance(vd.type, A.NonNullTypeNode)
            if name in raw_vars:
                if raw_vars[name] is None and nonnull:
                    raise GQLError(self.err(f"Variable `${name}` got null for a non-null type"), code="VARIABLE")
                self.vars[name] = raw_vars[name]
            elif vd.default_value is not None:
                self.vars[name] = value_from_ast(vd.default_value, {})
            elif nonnull:
                raise GQLError(self.err(f"Variable `${name}` of required type was not provided"), code="VARIABLE")
            else:
                self.vars[name] = ABSENT
        root = {"query": "Query", "mutation": "Mutation"}.get(op.operation.value)
        if root is None:
            raise GQLError(self.err("Subscriptions are not supported"), code="VALIDATION")
        try:
            self.validate(root, op.selection_set, is_root=True)
            fields = self.collect(root, op.selection_set)
            plans = []
            for key, nodes in fields.items():
                n = nodes[0]
                if n.name.value == "__typename":
                    plans.append((key, n, None))
                    continue
                a = self.args_of(n)
                if n.name.value == "arRubricValuesPg":
                    plans.append((key, n, self.prepare_read(a)))
                else:
                    plans.append((key, n, self.prepare_update(a, n)))
        except GQLError as e:
            e.message = self.err(e.message)
            raise
        data = collections.OrderedDict()
        is_mut = root == "Mutation"
        st = self.st
        with st.lock:
            if is_mut:
                st.c["mutation_requests"] += 1
                st.mut_per_request[sum(1 for p in plans if p[2] is not None)] += 1
            elif any(p[2] is not None for p in plans):
                st.c["read_requests"] += 1
            for key, n, prep in plans:
                if prep is None:
                    data[key] = root
                    continue
                merged = A.SelectionSetNode(selections=tuple(s for nn in fields[key] for s in nn.selection_set.selections))
                if n.name.value == "arRubricValuesPg":
                    data[key] = self.exec_read(key, prep, merged)
                else:
                    data[key] = self.exec_update(key, prep, merged)
        return data, is_mut

    # ---- read
    def prepare_read(self, a):
        first = a.get("first")
        if first is not None and (isinstance(first, bool) or not isinstance(first, int) or first < 0):
            raise GQLError("`first` must be a non-negative Int", code="VALIDATION")
        after = a.get("after")
        if after is not None and not isinstance(after, str):
            raise GQLError("`after` must be a String cursor", code="VALIDATION")
        start = dec_cursor(after) + 1
        fc = FilterCompiler(sql_nulls=self.args.sql_nulls)
        flt = a.get("filter")
        fn = fc.compile(FILTERABLE_ROOT, flt)
        key = json.dumps(flt, sort_keys=True, ensure_ascii=False)
        return {"first": first, "after": after, "start": start, "fn": fn, "key": key}

    def exec_read(self, key, p, sel):
        st, args = self.st, self.args
        st.c["reads"] += 1
        st.read_no += 1
        st.page_sizes[p["first"]] += 1
        if args.graphql_error_on_read and st.read_no == args.graphql_error_on_read:
            st.c["fault_graphql_error_on_read"] += 1
            self.errors.append(GQLError(self.err("Unexpected Execution Error: ORA-03113: end-of-file on communication channel"),
                                        path=[key], code="EXEC_ERROR"))
            return None
        ids = st.matching_ids(p["key"], p["fn"])
        total = len(ids)
        served_total = total
        if args.short_total == "phantom" and total:
            total = total + max(1, total // 10)
            st.c["fault_short_total"] += 1
        elif args.short_total == "truncate" and total:
            served_total = total - max(1, total // 5)
            st.c["fault_short_total"] += 1
        first = p["first"] if p["first"] is not None else 10
        start = max(0, p["start"])
        end = min(start + first, served_total)
        page = [st.by_isn[i] for i in ids[start:end]] if start < served_total else []
        st.c["rows_served"] += len(page)
        has_next = end < served_total
        end_cursor = enc_cursor(end - 1) if page else None
        fp = args.fault_page
        if first > 0 and page and start >= fp * first and start < (fp + 1) * first:
            if args.cursor_cycle and start >= 2 * first:
                end_cursor = enc_cursor(start - first - 1)  # the endCursor of the page before the previous one
                has_next = True
                st.c["fault_cursor_cycle"] += 1
            elif args.cursor_stall:
                end_cursor = p["after"] if p["after"] is not None else enc_cursor(-1)
                has_next = True
                st.c["fault_cursor_stall"] += 1
        value = {
            "totalCount": total,
            "edges": [{"cursor": enc_cursor(start + i), "node": r} for i, r in enumerate(page)],
            "items": page,
            "pageInfo": {"endCursor": end_cursor, "hasNextPage": has_next,
                         "startCursor": enc_cursor(start) if page else None, "hasPreviousPage": start > 0},
        }
        return self.resolve("ArRubricValuesConnection", value, sel)

    # ---- update
    def prepare_update(self, a, node):
        if "input" not in a or a["input"] is None:
            raise GQLError("The argument `input` of `updateArRubricValue` is required (UpdateArRubricValueInput!)",
                           code="VALIDATION")
        # a variable passed to `input` must be declared with the input type
        for arg in node.arguments:
            if arg.name.value == "input" and isinstance(arg.value, A.VariableNode):
                t = self.var_types.get(arg.value.name.value)
                if t != "UpdateArRubricValueInput":
                    raise GQLError(f"Variable `${arg.value.name.value}` of type `{t}` cannot be used as "
                                   f"`UpdateArRubricValueInput!`", code="VALIDATION")
        inp = a["input"]
        if not isinstance(inp, dict):
            raise GQLError("`input` must be an UpdateArRubricValueInput object", code="VALIDATION")
        extra = set(inp) - {"clientMutationId", "data"}
        if extra:
            raise GQLError(f"The field `{sorted(extra)[0]}` does not exist on `UpdateArRubricValueInput`", code="VALIDATION")
        cmid = inp.get("clientMutationId")
        if cmid is not None and not isinstance(cmid, str):
            raise GQLError("`clientMutationId` must be a String", code="VALIDATION")
        d = inp.get("data")
        if not isinstance(d, dict):
            raise GQLError("`input.data` is required", code="VALIDATION")
        extra = set(d) - {"isnRefRubric", "posStatusRub"}
        if extra:
            raise GQLError(f"The field `{sorted(extra)[0]}` does not exist on `UpdateArRubricValueDataInput`",
                           code="VALIDATION")
        isn = d.get("isnRefRubric")
        if isinstance(isn, bool) or not isinstance(isn, int):
            raise GQLError("`input.data.isnRefRubric` must be a non-null Int", code="VALIDATION")
        pos = d.get("posStatusRub")
        if pos is not None and not isinstance(pos, str):
            raise GQLError("`input.data.posStatusRub` must be a String", code="VALIDATION")
        return {"cmid": cmid, "isn": isn, "pos": pos}

    def exec_update(self, key, p, sel):
        st, args = self.st, self.args
        st.c["mutations"] += 1
        rng = st.frng
        r_alias, r_false, r_other = rng.random(), rng.random(), rng.random()
        if r_alias < args.alias_error_rate:
            st.c["fault_alias_error"] += 1
            st.c["mut_alias_error"] += 1
            self.errors.append(GQLError(self.err(f"Unexpected Execution Error: deadlock detected while updating "
                                                 f"isnRefRubric={p['isn']}"), path=[key], code="EXEC_ERROR"))
            return None
        payload = {"clientMutationId": p["cmid"], "success": False, "message": None, "messageCode": None,
                   "messageData": None, "systemMessage": None, "data": None}
        row = st.by_isn.get(p["isn"])
        if r_false < args.false_rate:
            st.c["fault_false"] += 1
            st.c["mut_false"] += 1
            payload.update(message=self.err("Не удалось сохранить значение рубрики: запись заблокирована другим пользователем"),
                           messageCode="RECORD_LOCKED")
            return self.resolve("UpdateArRubricValuePayload", payload, sel)
        if row is None:
            st.c["mut_false"] += 1
            payload.update(message=self.err(f"Значение рубрики isnRefRubric={p['isn']} не найдено"),
                           messageCode="NOT_FOUND")
            return self.resolve("UpdateArRubricValuePayload", payload, sel)
        stored = p["pos"]
        substituted = False
        if r_other < args.other_value_rate:
            others = [v for v in POS_VALUES if v != p["pos"]]
            stored = rng.choice(others)
            substituted = True
            st.c["fault_other_value"] += 1
            st.c["substituted"] += 1
        self.record_write(row, p["pos"], stored, substituted)
        st.c["mut_success"] += 1
        payload.update(success=True, data=row)
        return self.resolve("UpdateArRubricValuePayload", payload, sel)

    def record_write(self, row, requested, stored, substituted):
        st = self.st
        old = row.get("posStatusRub")
        st.c["writes"] += 1
        st.writes_per_row[row["isnRefRubric"]] += 1
        row["__meta"]["writes"] += 1
        row["__meta"]["substituted"] = substituted
        if requested == old:
            st.c["unchanged_writes"] += 1
        expected = st.mapping.get(row.get("eosSstuStatus"))
        elig = st.eligible(row)
        if not elig:
            st.c["ineligible_writes"] += 1
        if requested == "None":
            st.c["none_writes"] += 1
        if requested is None or requested == "":
            st.c["empty_writes"] += 1
        if requested != expected or not elig:
            st.c["wrong_writes"] += 1
            if len(st.wrong_samples) < 50:
                st.wrong_samples.append({"isnRefRubric": row["isnRefRubric"], "sstu": row.get("eosSstuStatus"),
                                         "kindDoc": kind_doc(row), "posGroup": has_pos_group(row),
                                         "old": old, "written": requested, "expected": expected})
        row["posStatusRub"] = stored
        st.on_row_changed(row)


# --------------------------------------------------------------------------------------
# HTTP
# --------------------------------------------------------------------------------------
STATE = None
ARGS = None
HANG = threading.Event()
COOKIE = "DeloSession"


def endpoint_of(path):
    p = path.split("?", 1)[0].rstrip("/").lower()
    return {
        "/corehost/identity/api/login": "login",
        "/corehost/identity/api/logout": "logout",
        "/corehost/gql/query": "gql",
    }.get(p, "other")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "DeloStandin/1.0"

    def setup(self):
        super().setup()
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def log_message(self, fmt, *a):
        if ARGS.verbose:
            sys.stderr.write("%s %s\n" % (self.address_string(), fmt % a))

    def read_body(self):
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            out = b""
            while True:
                line = self.rfile.readline().strip()
                n = int(line.split(b";")[0], 16)
                if n == 0:
                    self.rfile.readline()
                    return out
                out += self.rfile.read(n)
                self.rfile.readline()
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def send_json(self, status, obj, headers=None, endpoint=None):
        data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)
        if endpoint:
            with STATE.lock:
                STATE.status_by_endpoint[endpoint][str(status)] += 1

    # ---------------- control
    def control(self, method):
        path, _, qs = self.path.partition("?")
        q = urllib.parse.parse_qs(qs)
        if method == "GET" and path == "/_stats":
            return self.send_json(200, STATE.stats())
        if method == "GET" and path == "/_health":
            return self.send_json(200, {"ok": True})
        if method == "GET" and path == "/_dump":
            with STATE.lock:
                rows = []
                for r in STATE.rows:
                    d = {k: v for k, v in r.items() if k != "__meta"}
                    m = r["__meta"]
                    d["_meta"] = {"origPosStatusRub": m["orig_pos"], "tag": m["tag"], "writes": m["writes"],
                                  "lastWriteSubstituted": m["substituted"]}
                    rows.append(d)
                return self.send_json(200, {"scenario": ARGS.scenario, "mapping": STATE.mapping, "rows": rows})
        if method == "POST" and path == "/_reset":
            if q.get("data", ["0"])[0] not in ("0", "", "false"):
                STATE.reset_data()
            STATE.reset_counters()
            with STATE.lock:
                STATE.sessions.clear() if q.get("sessions", ["0"])[0] == "1" else None
            return self.send_json(200, {"reset": True, "data": q.get("data", ["0"])[0], "rows": len(STATE.rows)})
        return self.send_json(404, {"error": "unknown control endpoint"})

    def do_GET(self):
        if self.path.startswith("/_"):
            self.read_body()
            return self.control("GET")
        self.read_body()
        self.delo("GET")

    def do_POST(self):
        if self.path.startswith("/_"):
            self.read_body()
            return self.control("POST")
        self.delo("POST")

    # ---------------- DELO
    def delo(self, method):
        ep = endpoint_of(self.path)
        now = time.time()
        with STATE.lock:
            STATE.by_endpoint[ep] += 1
            STATE.inflight += 1
            STATE.max_inflight = max(STATE.max_inflight, STATE.inflight)
            STATE.first_req = STATE.first_req or now
        try:
            body = self.read_body() if method == "POST" else b""
            if ARGS.hang:
                with STATE.lock:
                    STATE.c["fault_hang"] += 1
                HANG.wait()
                self.close_connection = True
                return
            if ARGS.latency_ms:
                time.sleep(ARGS.latency_ms / 1000.0)
            self.handle_delo(ep, method, body)
        finally:
            with STATE.lock:
                STATE.inflight -= 1
                STATE.last_req = time.time()

    def echo(self, body):
        if not ARGS.echo_secrets:
            return ""
        return f" [request body: {body.decode('utf-8', 'replace')}; Cookie: {self.headers.get('Cookie', '')}]"

    def session_ok(self):
        raw = self.headers.get("Cookie") or ""
        tok = None
        for part in raw.split(";"):
            k, _, v = part.strip().partition("=")
            if k == COOKIE:
                tok = v
        if not tok:
            return None
        with STATE.lock:
            s = STATE.sessions.get(tok)
            if s is None:
                return None
            if ARGS.session_ttl and time.time() - s["created"] > ARGS.session_ttl:
                STATE.sessions.pop(tok, None)
                return None
            return tok

    def handle_delo(self, ep, method, body):
        echo = self.echo(body)
        if method != "POST":
            return self.send_json(405, {"error": "Method not allowed" + echo}, endpoint=ep)
        if ep == "login":
            return self.login(body, echo)
        if ep == "logout":
            tok = self.session_ok()
            with STATE.lock:
                if tok:
                    STATE.sessions.pop(tok, None)
                    STATE.c["logouts"] += 1
            return self.send_json(200, {"success": True}, endpoint=ep,
                                  headers={"Set-Cookie": f"{COOKIE}=; Path=/; Max-Age=0; HttpOnly"})
        if ep != "gql":
            return self.send_json(404, {"error": "Not found" + echo}, endpoint=ep)
        # ---- GraphQL
        rng = STATE.frng
        with STATE.lock:
            r5, rw = rng.random(), rng.random()
        if r5 < ARGS.fail_5xx_rate:
            with STATE.lock:
                STATE.c["fault_5xx"] += 1
            return self.send_json(503, {"error": "Service Unavailable" + echo}, endpoint=ep)
        if not self.session_ok():
            with STATE.lock:
                STATE.c["auth_rejections"] += 1
            return self.send_json(ARGS.auth_status, {"error": "Unauthorized: the session is missing or expired" + echo},
                                  endpoint=ep)
        try:
            req = json.loads(body.decode("utf-8") or "null")
            if not isinstance(req, dict):
                raise ValueError("not an object")
        except (ValueError, UnicodeDecodeError) as e:
            return self.send_json(400, {"errors": [{"message": f"Invalid JSON request body: {e}" + echo}]}, endpoint=ep)
        ex = Executor(STATE, echo)
        try:
            data, is_mut = ex.run(req)
        except GQLError as e:
            with STATE.lock:
                STATE.c["gql_error_responses"] += 1
            return self.send_json(200, {"errors": [e.to_json()]}, endpoint=ep)
        resp = {"data": data}
        if ex.errors:
            resp["errors"] = [e.to_json() for e in ex.errors]
            with STATE.lock:
                STATE.c["gql_error_responses"] += 1
        if is_mut and rw < ARGS.fail_after_write_rate:
            with STATE.lock:
                STATE.c["fault_5xx_after_write"] += 1
            return self.send_json(503, {"error": "Service Unavailable" + echo}, endpoint=ep)
        return self.send_json(200, resp, endpoint=ep)

    def login(self, body, echo):
        try:
            req = json.loads(body.decode("utf-8") or "null")
            assert isinstance(req, dict)
        except Exception:
            return self.send_json(400, {"success": False, "message": "Invalid login request" + echo}, endpoint="login")
        ok = req.get("user") == ARGS.user and req.get("password") == ARGS.password
        if not ok:
            with STATE.lock:
                STATE.c["logins_failed"] += 1
            status = 200 if ARGS.login_fail_200 else 401
            return self.send_json(status, {"success": False, "message": "Неверное имя пользователя или пароль" + echo},
                                  endpoint="login")
        tok = secrets.token_urlsafe(24)
        app = (req.get("items") or {}).get("app") if isinstance(req.get("items"), dict) else None
        with STATE.lock:
            STATE.sessions[tok] = {"created": time.time(), "app": app}
            STATE.c["logins_ok"] += 1
        return self.send_json(200, {"success": True, "user": ARGS.user, "app": app}, endpoint="login",
                              headers={"Set-Cookie": f"{COOKIE}={tok}; Path=/; HttpOnly"})


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def main():
    global STATE, ARGS
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=18080)
    ap.add_argument("--rows", type=int, default=10000, help="perf scenario: rows created in the last 24 h")
    ap.add_argument("--latency-ms", type=float, default=20.0, help="added to every DELO request")
    ap.add_argument("--scenario", choices=["perf", "lifecycle"], default="perf")
    ap.add_argument("--lifecycle-appeals", type=int, default=3000)
    ap.add_argument("--lifecycle-answered", type=int, default=1819)
    ap.add_argument("--lifecycle-fresh", type=int, default=250, help="lifecycle: extra fresh rows of the last day")
    ap.add_argument("--seed", type=int, default=4358)
    ap.add_argument("--user", default="pos_updater")
    ap.add_argument("--password", default="Pos-Updater-2024!")
    ap.add_argument("--mapping-config", help="processing_config.json whose statusMapping defines 'correct' (default: production mapping)")
    ap.add_argument("--session-ttl", type=float, default=0, help="seconds before a session expires (0 = never)")
    ap.add_argument("--auth-status", type=int, default=401, choices=[401, 403, 434])
    ap.add_argument("--login-fail-200", action="store_true", help="a failed login answers HTTP 200 with an error body")
    ap.add_argument("--sql-nulls", action="store_true", help="SQL NULL semantics in filters (NULL notIn [...] is false)")
    # faults
    ap.add_argument("--fail-5xx-rate", type=float, default=0.0)
    ap.add_argument("--fail-after-write-rate", type=float, default=0.0)
    ap.add_argument("--false-rate", type=float, default=0.0)
    ap.add_argument("--other-value-rate", type=float, default=0.0)
    ap.add_argument("--graphql-error-on-read", type=int, default=0, metavar="K")
    ap.add_argument("--alias-error-rate", type=float, default=0.0)
    ap.add_argument("--cursor-cycle", action="store_true")
    ap.add_argument("--cursor-stall", action="store_true")
    ap.add_argument("--fault-page", type=int, default=3, help="0-based page index where cursor faults happen")
    ap.add_argument("--short-total", nargs="?", const="phantom", choices=["phantom", "truncate"], default=None)
    ap.add_argument("--hang", action="store_true")
    ap.add_argument("--echo-secrets", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ARGS = ap.parse_args()
    t0 = time.time()
    STATE = State(ARGS)
    srv = Server((ARGS.host, ARGS.port), Handler)
    elig = sum(1 for r in STATE.rows if STATE.eligible(r))
    print(f"DELO stand-in on http://{ARGS.host}:{ARGS.port} scenario={ARGS.scenario} rows={len(STATE.rows)} "
          f"eligible={elig} seed={ARGS.seed} (generated in {time.time() - t0:.2f}s)", flush=True)
    try:
        srv.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        HANG.set()
        srv.server_close()


if __name__ == "__main__":
    main()
