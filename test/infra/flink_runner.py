#!/usr/bin/env python3
"""Runs Flink SQL scripts on Apache Flink (PyFlink's local MiniCluster) and prints changelogs.

Reference engine for Tideline's differential tests. Usage:

    python flink_runner.py [--mode streaming|batch] [--max-rows N] [--columns] SCRIPT.sql
    python flink_runner.py --serve

Each script is a sequence of statements separated by `;` (semicolons inside '...' strings,
`...` identifiers, "..." identifiers, -- line comments and /* */ block comments do not split).
Every script runs in a fresh TableEnvironment (parallelism 1, local time zone UTC, mini-batch
off). Statements run in order:

  * `SET 'key' = 'value'` / `RESET ['key']` change the table config (TableEnvironment itself
    does not accept SET); `SET 'execution.runtime-mode' = 'batch'|'streaming'` anywhere in a
    script chooses the environment mode and overrides --mode.
  * `EXECUTE STATEMENT SET BEGIN ...; ...; END` runs as one job, and so does the SQL client
    form `BEGIN STATEMENT SET; INSERT ...; INSERT ...; END`.
  * DDL runs; INSERT waits for its job to finish.
  * Queries before the last statement are rejected (only the final one is printed).
  * The final statement, when it returns rows (a SELECT, VALUES, SHOW ...), is printed as
    JSON lines: {"op":"+I","row":{"col":value,...}}. op is +I, -U, +U or -D.
    With --columns a first line {"columns":[{"name":"k","type":"STRING NOT NULL"},...]}
    gives the query's resolved schema (Flink's DataType text, e.g. "TIMESTAMP(3) *ROWTIME*").

Value text forms (stable; the differential tests rely on them):

  NULL -> null; BOOLEAN -> true/false; TINYINT..BIGINT -> JSON integers (exact);
  FLOAT/DOUBLE -> JSON numbers, NaN/Infinity/-Infinity as strings;
  DECIMAL(p,s) -> string with exactly s fraction digits, e.g. "12.50";
  CHAR/VARCHAR -> string; BINARY/VARBINARY -> lowercase hex string;
  DATE -> "YYYY-MM-DD"; TIME -> "HH:MM:SS.fff";
  TIMESTAMP -> "YYYY-MM-DD HH:MM:SS.fff"; TIMESTAMP_LTZ -> the same form, in UTC
  (fractions always have 3 digits, 6 or 9 when sub-millisecond digits are not zero);
  INTERVAL DAY TO SECOND -> integer milliseconds; INTERVAL YEAR TO MONTH -> integer months;
  ARRAY -> JSON array; ROW -> JSON array of field values (positional);
  MAP and MULTISET -> JSON array of [key, value] pairs (MULTISET: [element, count]),
  sorted by the JSON text of the key.

With a script argument, errors go to stderr and the exit code is 1.

--serve keeps one JVM and one MiniCluster (REST on 127.0.0.1, a free port) for many scripts,
several times faster per job than PyFlink's default of a MiniCluster per job. It prints
{"ready": true}, then reads one JSON request per stdin line,
{"id": 1, "sql": "..." | "path": "a.sql", "mode": "streaming", "maxRows": null}, and answers
each in order with lines carrying its "id": {"id":1,"columns":[...]}, {"id":1,"op":..,"row":..}
and finally {"id":1,"done":true} or {"id":1,"error":"..."}. It ends at end of input.
"""
import json
import math
import re
import sys
from decimal import Decimal

ROW_KINDS = {"INSERT": "+I", "UPDATE_BEFORE": "-U", "UPDATE_AFTER": "+U", "DELETE": "-D"}


# ---------------------------------------------------------------------------------------
# Statement splitting
# ---------------------------------------------------------------------------------------

def _quote_end(text, i):
    """Index of the quote that closes the one at `i` (a doubled quote escapes itself), or len(text)."""
    c = text[i]
    n = len(text)
    j = i + 1
    while j < n:
        if text[j] == c:
            if j + 1 < n and text[j + 1] == c:
                j += 2
                continue
            break
        j += 1
    return j


def split_statements(text):
    """Splits on top-level `;`. Returns statement texts (comments kept, blanks dropped)."""
    out = []
    buf = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in ("'", '"', "`"):
            j = _quote_end(text, i)
            buf.append(text[i:j + 1])
            i = j + 1
        elif c == "-" and text.startswith("--", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            buf.append(text[i:j])
            i = j
        elif c == "/" and text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            buf.append(text[i:j])
            i = j
        elif c == ";":
            stmt = "".join(buf)
            if _is_open_statement_set(stmt):
                buf.append(";")
            else:
                out.append(stmt)
                buf = []
            i += 1
        else:
            buf.append(c)
            i += 1
    out.append("".join(buf))
    return [s for s in out if strip_comments(s).strip()]


def strip_comments(stmt):
    """The statement without comments (strings kept intact), for classifying it."""
    res = []
    i = 0
    n = len(stmt)
    while i < n:
        c = stmt[i]
        if c in ("'", '"', "`"):
            j = _quote_end(stmt, i)
            res.append(stmt[i:j + 1])
            i = j + 1
        elif stmt.startswith("--", i):
            j = stmt.find("\n", i)
            i = n if j < 0 else j
            res.append(" ")
        elif stmt.startswith("/*", i) and not stmt.startswith("/*+", i):
            j = stmt.find("*/", i + 2)
            i = n if j < 0 else j + 2
            res.append(" ")
        else:
            res.append(c)
            i += 1
    return "".join(res)


_EXEC_SET = re.compile(r"^\s*EXECUTE\s+STATEMENT\s+SET\s+BEGIN\b", re.I | re.S)


def _is_open_statement_set(stmt):
    """True inside `EXECUTE STATEMENT SET BEGIN ...` until the part after the last `;` is END."""
    clean = strip_comments(stmt)
    if not _EXEC_SET.match(clean):
        return False
    last = clean.rsplit(";", 1)[-1] if ";" in clean else ""
    return not re.fullmatch(r"\s*END\s*", last, re.I)


# ---------------------------------------------------------------------------------------
# Value conversion (Java objects through py4j -> JSON-ready Python values)
# ---------------------------------------------------------------------------------------

def _fraction(nanos):
    if nanos % 1_000_000 == 0:
        return "%03d" % (nanos // 1_000_000)
    if nanos % 1_000 == 0:
        return "%06d" % (nanos // 1_000)
    return "%09d" % nanos


def _local_date_time(ldt):
    return "%04d-%02d-%02d %02d:%02d:%02d.%s" % (
        ldt.getYear(), ldt.getMonthValue(), ldt.getDayOfMonth(),
        ldt.getHour(), ldt.getMinute(), ldt.getSecond(), _fraction(ldt.getNano()))


def _sort_pairs(pairs):
    return sorted(pairs, key=lambda kv: json.dumps(kv[0], sort_keys=True))


def to_json_value(v, gateway):
    if v is None or isinstance(v, (bool, int, str)):
        return v
    if isinstance(v, float):
        if math.isnan(v):
            return "NaN"
        if math.isinf(v):
            return "Infinity" if v > 0 else "-Infinity"
        return v
    if isinstance(v, Decimal):
        return format(v, "f")
    if isinstance(v, (bytes, bytearray)):
        return bytes(v).hex()
    cls = v.getClass().getName()
    if cls == "java.time.LocalDateTime":
        return _local_date_time(v)
    if cls == "java.time.Instant":
        utc = gateway.jvm.java.time.ZoneOffset.UTC
        return _local_date_time(gateway.jvm.java.time.LocalDateTime.ofInstant(v, utc))
    if cls == "java.time.LocalDate":
        return "%04d-%02d-%02d" % (v.getYear(), v.getMonthValue(), v.getDayOfMonth())
    if cls == "java.time.LocalTime":
        return "%02d:%02d:%02d.%s" % (v.getHour(), v.getMinute(), v.getSecond(), _fraction(v.getNano()))
    if cls == "java.time.Duration":
        return v.toMillis()
    if cls == "java.time.Period":
        return v.toTotalMonths()
    if cls == "org.apache.flink.types.Row":
        return [to_json_value(v.getField(i), gateway) for i in range(v.getArity())]
    if cls.startswith("["):  # Java arrays (boxed or primitive)
        return [to_json_value(x, gateway) for x in v]
    if hasattr(v, "keySet") and hasattr(v, "get"):  # java.util.Map (MAP, MULTISET)
        return _sort_pairs([[to_json_value(k, gateway), to_json_value(v.get(k), gateway)] for k in v.keySet()])
    if hasattr(v, "items"):
        return _sort_pairs([[to_json_value(k, gateway), to_json_value(x, gateway)] for k, x in v.items()])
    return str(v.toString())


# ---------------------------------------------------------------------------------------
# Running a script
# ---------------------------------------------------------------------------------------

_SET = re.compile(r"^\s*SET\s+'((?:[^']|'')*)'\s*=\s*'((?:[^']|'')*)'\s*$", re.I | re.S)
_SET_BARE = re.compile(r"^\s*SET\s*$", re.I)
_RESET = re.compile(r"^\s*RESET(?:\s+'((?:[^']|'')*)')?\s*$", re.I | re.S)
_BEGIN_SET = re.compile(r"^\s*BEGIN\s+STATEMENT\s+SET\s*$", re.I)
_END = re.compile(r"^\s*END\s*$", re.I)
_INSERT = re.compile(r"^\s*(INSERT|EXECUTE\s+INSERT|EXECUTE\s+STATEMENT\s+SET)\b", re.I)
_QUERY = re.compile(r"^\s*(\(\s*)*(SELECT|WITH|VALUES|TABLE)\b", re.I)
_MODE = re.compile(r"^\s*SET\s+'execution\.runtime-mode'\s*=\s*'(\w+)'\s*$", re.I)


class ScriptError(Exception):
    pass


def script_mode(statements, default_mode):
    mode = default_mode
    for s in statements:
        m = _MODE.match(strip_comments(s))
        if m:
            mode = m.group(1).lower()
    if mode not in ("streaming", "batch"):
        raise ScriptError("execution.runtime-mode must be 'streaming' or 'batch', got '%s'" % mode)
    return mode


class SharedCluster:
    """One MiniCluster for every job of this process (REST on 127.0.0.1, a free port).

    PyFlink's local executor starts a MiniCluster per job (~3 s each on a busy 2-core
    machine); submitting to one long-lived MiniCluster takes ~0.5 s per job instead."""

    def __init__(self):
        self._cluster = None
        self.host = None
        self.port = None

    def address(self):
        if self._cluster is None:
            jvm = _gateway().jvm
            conf = jvm.org.apache.flink.configuration.Configuration()
            conf.setString("rest.bind-address", "127.0.0.1")
            conf.setString("rest.address", "127.0.0.1")
            conf.setString("rest.bind-port", "0")
            builder = jvm.org.apache.flink.runtime.minicluster.MiniClusterConfiguration.Builder()
            mcc = builder.setConfiguration(conf).setNumTaskManagers(1).setNumSlotsPerTaskManager(16).build()
            cluster = jvm.org.apache.flink.runtime.minicluster.MiniCluster(mcc)
            cluster.start()
            uri = cluster.getRestAddress().get()
            self._cluster, self.host, self.port = cluster, str(uri.getHost()), int(uri.getPort())
        return self.host, self.port

    def close(self):
        if self._cluster is not None:
            try:
                self._cluster.close()
            except Exception:  # noqa: BLE001 - closing at exit is best effort
                pass
            self._cluster = None


def new_table_env(mode, cluster=None):
    from pyflink.table import EnvironmentSettings, TableEnvironment
    settings = EnvironmentSettings.in_batch_mode() if mode == "batch" else EnvironmentSettings.in_streaming_mode()
    t_env = TableEnvironment.create(settings)
    config = t_env.get_config()
    config.set("parallelism.default", "1")
    config.set("table.local-time-zone", "UTC")
    config.set("table.exec.mini-batch.enabled", "false")
    config.set("table.exec.resource.default-parallelism", "1")
    if cluster is not None:
        host, port = cluster.address()
        config.set("execution.target", "remote")
        config.set("rest.address", host)
        config.set("rest.port", str(port))
    return t_env


def run_script(text, default_mode, max_rows, emit, emit_columns=None, cluster=None):
    """Runs one script; calls emit(op, row_dict) for each change of the final statement,
    and first emit_columns([{"name", "type"}]) with its resolved schema when given."""
    statements = split_statements(text)
    if not statements:
        raise ScriptError("the script holds no statements")
    t_env = new_table_env(script_mode(statements, default_mode), cluster)
    gateway = _gateway()
    config = t_env.get_config()
    statement_set = None
    last = len(statements) - 1
    for index, raw in enumerate(statements):
        clean = strip_comments(raw).strip()
        if statement_set is not None:
            if _END.match(clean):
                statement_set.execute().wait()
                statement_set = None
            elif _INSERT.match(clean):
                statement_set.add_insert_sql(raw)
            else:
                raise ScriptError("only INSERT statements may appear inside BEGIN STATEMENT SET; got: %s" % clean[:80])
            continue
        if _BEGIN_SET.match(clean):
            statement_set = t_env.create_statement_set()
            continue
        m = _SET.match(clean)
        if m:
            config.set(m.group(1).replace("''", "'"), m.group(2).replace("''", "'"))
            continue
        if _SET_BARE.match(clean):
            continue
        m = _RESET.match(clean)
        if m:
            if m.group(1):
                config.get_configuration().remove_config(m.group(1).replace("''", "'"))
            continue
        if _QUERY.match(clean) and index != last:
            raise ScriptError("statement %d is a query but not the last statement; only the final query is printed" % (index + 1))
        result = t_env.execute_sql(raw)
        if _INSERT.match(clean):
            result.wait()
            continue
        if index == last:
            _emit_result(result, gateway, max_rows, emit, emit_columns)
    if statement_set is not None:
        raise ScriptError("BEGIN STATEMENT SET without END")


def _emit_result(result, gateway, max_rows, emit, emit_columns):
    j_result = result._j_table_result
    if str(j_result.getResultKind().toString()) != "SUCCESS_WITH_CONTENT":
        return
    schema = j_result.getResolvedSchema()
    names = list(schema.getColumnNames())
    if emit_columns is not None:
        types = [str(t.toString()) for t in schema.getColumnDataTypes()]
        emit_columns([{"name": n, "type": t} for n, t in zip(names, types)])
    it = j_result.collect()
    count = 0
    try:
        while (max_rows is None or count < max_rows) and it.hasNext():
            row = it.next()
            op = ROW_KINDS[str(row.getKind().name())]
            values = {}
            for i, name in enumerate(names):
                values[name] = to_json_value(row.getField(i), gateway)
            emit(op, values)
            count += 1
    finally:
        it.close()


def _gateway():
    from pyflink.java_gateway import get_gateway
    return get_gateway()


def error_text(ex):
    """A readable message: the exception lines without Java stack frames."""
    lines = []
    for line in str(ex).splitlines():
        s = line.strip()
        if not s or s.startswith("at ") or re.match(r"^\.\.\. \d+ more$", s):
            continue
        if s.startswith("An error occurred while calling "):
            continue
        lines.append(s[2:] if s.startswith(": ") else s)
    return "\n".join(lines[:12]) or type(ex).__name__


def main(argv):
    mode = "streaming"
    max_rows = None
    columns = False
    serve = False
    scripts = []
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--mode":
            mode = args.pop(0) if args else ""
        elif a.startswith("--mode="):
            mode = a.split("=", 1)[1]
        elif a == "--max-rows":
            max_rows = int(args.pop(0))
        elif a == "--columns":
            columns = True
        elif a == "--serve":
            serve = True
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        elif a.startswith("--"):
            print("unknown option %s" % a, file=sys.stderr)
            return 2
        else:
            scripts.append(a)
    if mode not in ("streaming", "batch") or (len(scripts) != 1 and not serve) or (serve and scripts):
        print("usage: flink_runner.py [--mode streaming|batch] [--max-rows N] [--columns] SCRIPT.sql\n"
              "       flink_runner.py --serve", file=sys.stderr)
        return 2
    if serve:
        return _serve()
    return _run_one(scripts[0], mode, max_rows, columns)


def _run_one(path, mode, max_rows, columns):
    out = sys.stdout

    def emit(op, row):
        out.write(json.dumps({"op": op, "row": row}, ensure_ascii=False) + "\n")

    def emit_columns(cols):
        out.write(json.dumps({"columns": cols}, ensure_ascii=False) + "\n")
    try:
        with open(path, encoding="utf-8") as f:
            run_script(f.read(), mode, max_rows, emit, emit_columns if columns else None)
    except Exception as ex:  # noqa: BLE001 - every failure is reported the same way
        out.flush()
        print(error_text(ex), file=sys.stderr)
        return 1
    out.flush()
    return 0


def _serve():
    """One request per stdin line, answered in order on stdout (see the module docstring)."""
    out = sys.stdout
    cluster = SharedCluster()
    try:
        cluster.address()  # start the JVM's MiniCluster before saying ready
        out.write(json.dumps({"ready": True}) + "\n")
        out.flush()
        for line in sys.stdin:
            if not line.strip():
                continue
            req = json.loads(line)
            rid = req.get("id")

            def emit(op, row, rid=rid):
                out.write(json.dumps({"id": rid, "op": op, "row": row}, ensure_ascii=False) + "\n")

            def emit_columns(cols, rid=rid):
                out.write(json.dumps({"id": rid, "columns": cols}, ensure_ascii=False) + "\n")
            try:
                if "path" in req:
                    with open(req["path"], encoding="utf-8") as f:
                        text = f.read()
                else:
                    text = req["sql"]
                run_script(text, req.get("mode", "streaming"), req.get("maxRows"), emit, emit_columns, cluster)
                out.write(json.dumps({"id": rid, "done": True}) + "\n")
            except Exception as ex:  # noqa: BLE001
                out.write(json.dumps({"id": rid, "error": error_text(ex)}, ensure_ascii=False) + "\n")
            out.flush()
    finally:
        cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
