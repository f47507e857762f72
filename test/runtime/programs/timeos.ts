// timeos.py (beside this file): time and os basics: sleep's errors, clocks are
// floats, struct_time and strftime in UTC, os constants and consistent pids.
import { PyFloat, PyTuple, cpu_count, current_process, getitem, os, runModule, time, typeName } from "py2ts-mp/runtime";
import { attempt } from "./support.js";

function moduleBody(): void {
  attempt("sleep -1", () => time.sleep(-1));
  attempt("sleep str", () => time.sleep("a"));
  attempt("sleep None", () => time.sleep(null));
  attempt("sleep 0", () => time.sleep(0));
  attempt("sleep True", () => time.sleep(true));
  attempt("clock types", () => PyTuple.of(typeName(time.time()), typeName(time.perf_counter()), typeName(time.monotonic())));
  attempt("monotonic", () => Number(time.monotonic()) <= Number(time.monotonic()));
  attempt("gmtime", () => time.gmtime(0));
  const billion = new PyFloat(1e9);
  attempt("gmtime fields", () => PyTuple.of(time.gmtime(billion).tm_year, getitem(time.gmtime(billion), 1), time.gmtime(billion).tm_yday));
  attempt("strftime", () => time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %U %W %%", time.gmtime(86400 * 40.5)));
  attempt("asctime", () => time.asctime(time.gmtime(0)));
  attempt("asctime 2", () => time.asctime(time.gmtime(86400 * 40.5)));
  attempt("constants", () => PyTuple.of(os.sep, os.name, os.linesep));
  attempt("pid", () => os.getpid() === current_process().pid);
  attempt("cpu_count", () => os.cpu_count() === cpu_count());
  os.environ.__setitem__("PY2TS_TIMEOS", "set");
  attempt("environ", () => PyTuple.of(os.environ.__getitem__("PY2TS_TIMEOS"), os.environ.__contains__("PY2TS_TIMEOS"), os.environ.get("PY2TS_NOPE", "dflt")));
  attempt("environ missing", () => os.environ.__getitem__("PY2TS_NOPE"));
  attempt("environ int", () => os.environ.__setitem__("X", 1 as any));
}

runModule(import.meta.url, moduleBody, { dialect: "py3" });
