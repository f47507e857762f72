// The TypeScript twins of the scenarios in genLoggingCases.py: the runtime calls a
// translation of each Python script makes (keywords in a trailing object,
// classes built with `new`). runScenario.ts runs one in a child process.

import { writeSync } from "node:fs";
import { BaseException } from "../../builtins/exceptions.js";
import { PyDict } from "../../builtins/dict.js";
import { PyList } from "../../builtins/list.js";
import { repr, str } from "../../builtins/repr.js";
import { PyTuple } from "../../builtins/tuple.js";
import * as logging from "../index.js";
import type { LogRecord } from "../record.js";

/** print(*values) for the values these scenarios print. */
function print(...values: unknown[]): void {
  writeSync(1, Buffer.from(values.map((v) => str(v)).join(" ") + "\n", "utf8"));
}

/** `except Exception as e: print(type(e).__name__, e)` */
function printException(body: () => unknown): void {
  try {
    body();
  } catch (error) {
    if (!(error instanceof BaseException)) throw error;
    print((error.constructor as typeof BaseException).__name__, str(error));
  }
}

const firstHandler = (): logging.Handler => logging.getLogger().handlers[0]!;

export const scenarios: Record<string, () => void> = {
  default_format() {
    logging.debug("not shown");
    logging.info("not shown either");
    logging.warning("ThreadedWorker Queue was empty or Queue.get() timed out");
    logging.error("error with args %s and %d", "x", 3);
    logging.critical("critical message");
    logging.fatal("fatal is critical");
    logging.log(logging.ERROR, "via log()");
    logging.log(5, "below every level");
  },

  basic_level() {
    logging.basicConfig({ level: logging.INFO });
    logging.info("work_queue joined");
    logging.debug("not shown at INFO level");
    logging.warning("%d%% done", 50);
    logging.info("found result[:500]: " + repr(PyList.of(1, 2)).slice(0, 20));
  },

  basic_format() {
    logging.basicConfig({ level: logging.DEBUG, format: "%(levelname)s - %(name)s - %(message)s" });
    logging.debug("divide(%d, %d)", 10, 4);
    logging.getLogger("Process-1").info("start %s", "Process-1");
    logging.warning("100% sure, no args");
    logging.error("%s and %r", "str", "repr");
    logging.info("mapping %(a)s and %(b)d", PyDict.of<unknown, unknown>(["a", "x"], ["b", 2]));
    logging.info("list %s tuple %s", PyList.of<unknown>(1, "a"), PyTuple.of(2));
    logging.info("none %s bool %s int %d", null, true, 7);
  },

  config_noop_after_first_call() {
    logging.warning("first call configures the root logger");
    logging.basicConfig({ level: logging.INFO, format: "%(message)s" });
    logging.info("still not shown");
    const root = logging.getLogger();
    root.setLevel(logging.INFO);
    logging.info("shown now, default format");
    print(root.handlers.length, root.level, logging.getLevelName(root.level));
  },

  seed_set_formatter() {
    logging.basicConfig({ level: logging.INFO });
    logging.info("before");
    firstHandler().setFormatter(new logging.Formatter("[worker] %(message)s"));
    logging.info("with the new formatter");
    firstHandler().setFormatter(new logging.Formatter("%(message)s"));
    logging.info("work_queue joined");
  },

  hierarchy() {
    logging.basicConfig({ format: "%(name)s:%(levelname)s:%(message)s" });
    const child = logging.getLogger("app.db.pool");
    child.warning("child before its parents exist");
    const app = logging.getLogger("app");
    app.setLevel(logging.DEBUG);
    child.debug("debug passes: app is the effective level");
    const db = logging.getLogger("app.db");
    print(child.parent!.name, db.parent!.name, app.parent!.name);
    db.setLevel(logging.ERROR);
    child.warning("filtered by app.db");
    child.error("passes app.db");
    db.propagate = false;
    child.error("no handler below app.db now");
    print(child.getEffectiveLevel(), db.getEffectiveLevel(), app.getEffectiveLevel(), logging.getLogger().getEffectiveLevel());
    print(logging.getLogger("app") === app, logging.getLogger("app.db").getChild("pool") === child);
    print(child.isEnabledFor(logging.INFO), child.isEnabledFor(logging.ERROR));
  },

  own_handler() {
    const log = logging.getLogger("worker");
    const h = new logging.StreamHandler();
    h.setFormatter(new logging.Formatter("[%(name)s] %(levelname)-8s|%(message)s"));
    log.addHandler(h);
    log.addHandler(h);
    log.warning("one line, even with the handler added twice");
    log.propagate = false;
    log.setLevel(logging.INFO);
    log.info("info %s", "shown");
    h.setLevel(logging.ERROR);
    log.warning("below the handler level");
    log.error("at the handler level");
    print(log.handlers.length);
    log.removeHandler(h);
    log.error("no handlers now");
  },

  no_handlers() {
    const log = logging.getLogger("quiet");
    log.info("below WARNING");
    log.warning("warning without handlers");
    log.error("error without handlers %d", 2);
    logging.getLogger("other").critical("again");
    logging.getLogger().error("root has no handler either");
  },

  levels() {
    print(logging.getLevelName(logging.INFO), logging.getLevelName(15), logging.getLevelName("WARNING"), logging.getLevelName("NOPE"));
    print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN, logging.INFO, logging.DEBUG, logging.NOTSET);
    logging.addLevelName(25, "NOTICE");
    print(logging.getLevelName(25), logging.getLevelName("NOTICE"));
    logging.basicConfig({ level: "INFO" });
    logging.log(25, "custom level %s", "NOTICE");
    logging.getLogger().setLevel(25);
    logging.info("hidden");
    logging.log(26, "level without a name");
    for (const bad of ["NOPE", null, 1.5]) printException(() => logging.getLogger().setLevel(bad));
    printException(() => logging.log("ERROR", "x"));
  },

  asctime() {
    logging.basicConfig({ format: "%(asctime)s %(levelname)s %(message)s" });
    logging.warning("default asctime");
    firstHandler().setFormatter(new logging.Formatter("%(asctime)s|%(message)s", "%Y/%m/%d %H:%M"));
    logging.warning("datefmt");
  },

  record_fields() {
    logging.basicConfig({
      format: "%(levelno)s %(levelname)s %(name)s %(module)s %(filename)s %(pathname)s %(processName)s %(process)d %(message)s",
    });
    logging.warning("fields");
    logging.getLogger("x.y").error("fields of %s", "x.y");
    firstHandler().setFormatter(new logging.Formatter("%(created)f %(msecs)d %(relativeCreated)d %(msecs)03d|%(message)s"));
    logging.warning("times");
  },

  exc_info_outside_except() {
    logging.setLoggingHooks({ handledException: () => null });
    logging.basicConfig();
    logging.error("no exception is being handled", { exc_info: true });
    logging.warning("exc_info=False", { exc_info: false });
  },

  extra() {
    logging.basicConfig({ format: "%(user)s@%(ip)s %(message)s" });
    logging.warning("login", { extra: PyDict.of<unknown, unknown>(["user", "bob"], ["ip", "10.0.0.1"]) });
    printException(() => logging.warning("clash", { extra: PyDict.of<unknown, unknown>(["name", "x"]) }));
    printException(() => logging.warning("x", { foo: 1 }));
  },

  disable() {
    logging.basicConfig({ level: logging.DEBUG });
    logging.disable(logging.WARNING);
    logging.warning("disabled");
    logging.error("shown");
    logging.disable(logging.NOTSET);
    logging.debug("enabled again");
  },

  filters() {
    logging.basicConfig({ format: "%(name)s %(message)s" });
    firstHandler().addFilter(new logging.Filter("a.b"));
    logging.getLogger("a.b").warning("passes");
    logging.getLogger("a.b.c").warning("child passes");
    logging.getLogger("a.bc").warning("filtered");
    logging.getLogger("a").warning("filtered too");
    class OnlyOdd extends logging.Filter {
      override filter(record: LogRecord): boolean {
        return ((record.args as PyTuple<number>)[0]! % 2) === 1;
      }
    }
    const log = logging.getLogger("a.b.odd");
    log.addFilter(new OnlyOdd());
    for (let i = 0; i < 4; i++) log.warning("n=%d", i);
  },

  unicode() {
    logging.basicConfig({ format: "%(levelname)s:%(name)s:%(message)s" });
    logging.warning("子进程 %s 开始", "Process-1");
    logging.getLogger("进程").error("中文 logger name");
  },

  py3_styles() {
    logging.basicConfig({ format: "{levelname}:{name}:{message}", style: "{" });
    logging.warning("brace style %s", "args still use %");
    firstHandler().setFormatter(new logging.Formatter("${levelname} $name ${message} $$5", { style: "$" }));
    logging.warning("dollar style");
    firstHandler().setFormatter(new logging.Formatter("{levelname:>8}|{name!r}|{levelno:03d}|{message}", { style: "{" }));
    logging.error("brace specs");
    for (const args of [["hello"], ["x", null, "?"], ["{nofield", null, "{"]]) printException(() => new logging.Formatter(...args));
  },

  py3_basic_config() {
    logging.basicConfig({ level: logging.INFO, format: "first: %(message)s" });
    logging.info("one");
    logging.basicConfig({ format: "ignored: %(message)s", nonsense: 1 });
    logging.info("two");
    logging.basicConfig({ format: "forced: %(message)s", force: true });
    logging.warning("three");
    logging.info("level was reset to WARNING? no: root keeps INFO");
    printException(() => logging.basicConfig({ force: true, nonsense: 1 }));
    printException(() => logging.basicConfig({ force: true, style: "^" }));
    logging.basicConfig({ force: true, handlers: PyList.of(new logging.StreamHandler()), format: "h: %(message)s" });
    logging.warning("four");
  },

  py3_reprs() {
    logging.basicConfig();
    print(repr(logging.getLogger("a.b")), repr(logging.getLogger()), repr(firstHandler()));
    logging.getLogger("a").setLevel(logging.ERROR);
    print(repr(logging.getLogger("a.b")), repr(logging.lastResort), repr(new logging.NullHandler()));
    print(logging.getLogger("root") === logging.getLogger(), logging.getLogger("a").hasHandlers(), logging.getLogger("a").root === logging.getLogger());
  },

  py2_root_name() {
    print(logging.getLogger("root") === logging.getLogger(), logging.getLogger("root").name, logging.getLogger("root").parent === logging.getLogger());
    logging.warn("warn is warning in Python 2");
  },
};
