// Logging behaviour that depends on the runtime hooks (tracebacks, the handled
// exception, caller lines, process and thread identity), the calling convention,
// and the one-write-per-record guarantee. Records go to capturing streams on
// loggers of their own; CPython comparisons are in logging.cases.test.ts.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { callKw, callMethodKw } from "../builtins/call.js";
import { setDialect } from "../builtins/dialect.js";
import { NotImplementedError, ValueError } from "../builtins/exceptions.js";
import * as random from "../random/index.js";
import { loggingHooks, type LoggingHooks } from "./hooks.js";
import * as logging from "./index.js";

/** A stream that records every write() call. */
class Capture {
  readonly writes: string[] = [];
  write(text: string): null {
    this.writes.push(text);
    return null;
  }
  get text(): string {
    return this.writes.join("");
  }
}

let loggerCount = 0;

/** A fresh, non-propagating logger writing `fmt` to a capture. */
function captured(fmt: string, dialect: "py2" | "py3" = "py3"): { log: logging.Logger; out: Capture } {
  setDialect(dialect);
  const out = new Capture();
  const log = logging.getLogger(`test${++loggerCount}`);
  const handler = new logging.StreamHandler({ stream: out });
  handler.setFormatter(new logging.Formatter({ fmt }));
  log.addHandler(handler);
  log.propagate = false;
  log.setLevel(logging.DEBUG);
  return { log, out };
}

/** Runs body with some hooks replaced, then restores them. */
function withHooks(partial: Partial<LoggingHooks>, body: () => void): void {
  const saved = { ...loggingHooks() };
  logging.setLoggingHooks(partial);
  try {
    body();
  } finally {
    logging.setLoggingHooks(saved);
  }
}

test("exception() appends the handled exception's traceback in the same write, minus one newline", () => {
  const { log, out } = captured("%(levelname)s:%(name)s:%(message)s");
  const boom = new ValueError("bad url: ftp-site");
  let formatted = 0;
  withHooks(
    {
      handledException: () => boom,
      formatException: (e) => {
        formatted++;
        assert.equal(e, boom);
        return "Traceback (most recent call last):\n  File \"x.py\", line 7, in f\nValueError: bad url: ftp-site\n";
      },
    },
    () => log.exception("Error in worker"),
  );
  assert.equal(formatted, 1);
  assert.deepEqual(out.writes, [`ERROR:${log.name}:Error in worker\nTraceback (most recent call last):\n  File "x.py", line 7, in f\nValueError: bad url: ftp-site\n`]);
});

test("exc_info=<exception> uses that exception under Python 3, sys.exc_info() under Python 2", () => {
  const given = new ValueError("given");
  const handled = new ValueError("handled");
  for (const [dialect, want] of [["py3", given], ["py2", handled]] as const) {
    const { log, out } = captured("%(message)s", dialect);
    withHooks({ handledException: () => handled, formatException: (e) => `TB ${String((e as ValueError).args[0])}\n` }, () => {
      log.error("m", { exc_info: given });
    });
    assert.equal(out.text, `m\nTB ${String(want.args[0])}\n`);
  }
  setDialect("py3");
});

test("the runtime's hooks: exception() outside an except block, and a caller outside the script", () => {
  const { log, out } = captured("%(message)s");
  log.exception("x");
  assert.equal(out.text, "x\nNoneType: None\n");
  const withLine = captured("%(funcName)s:%(lineno)d %(message)s");
  withLine.log.warning("x");
  assert.equal(withLine.out.text, "(unknown function):0 x\n");
});

test("the caller locator gets the stack of the call and the stacklevel", () => {
  const { log, out } = captured("%(filename)s %(funcName)s:%(lineno)d %(message)s");
  const seen: number[] = [];
  withHooks(
    {
      locateCaller: (stack, stacklevel) => {
        assert.ok(stack instanceof Error && (stack.stack ?? "").includes("logging.test"));
        seen.push(stacklevel);
        return { lineno: 40 + stacklevel, funcName: "do_work" };
      },
    },
    () => {
      log.info("one");
      log.info("two", { stacklevel: 2 });
    },
  );
  assert.deepEqual(seen, [1, 2]);
  assert.equal(out.text, "(unknown file) do_work:41 one\n(unknown file) do_work:42 two\n");
});

test("process and thread identity come from the hooks (the seed article's %(thread)-3s)", () => {
  const { log, out } = captured("[thread %(thread)-3s] %(processName)s/%(process)d %(threadName)s %(message)s");
  withHooks(
    { processIdentity: () => ({ name: "Process-2", pid: 4242 }), threadIdentity: () => ({ ident: 7, name: "Thread-1" }) },
    () => log.info("work"),
  );
  assert.equal(out.text, "[thread 7  ] Process-2/4242 Thread-1 work\n");
});

test("runtime classes take Python's arguments positionally or as an options object", () => {
  const { log, out } = captured("%(message)s");
  log.handlers[0]!.setFormatter(new logging.Formatter("%(asctime)s|%(message)s", "%H"));
  log.warning("a");
  log.handlers[0]!.setFormatter(new logging.Formatter({ fmt: "%(asctime)s|%(message)s", datefmt: "%Y" }));
  log.warning("b");
  assert.match(out.text, /^\d\d\|a\n\d{4}\|b\n$/);
  const named = new logging.Logger({ name: "standalone", level: "INFO" });
  assert.equal(named.level, logging.INFO);
  assert.throws(() => new logging.Formatter({ fmt: "%(message)s", colour: true }), /unexpected keyword argument 'colour'/);
});

test("a Handler subclass overriding emit gets every record", () => {
  const seen: string[] = [];
  class ListHandler extends logging.Handler {
    override emit(record: logging.LogRecord): null {
      seen.push(this.format(record));
      return null;
    }
  }
  const { log } = captured("%(message)s");
  log.handlers.length = 0;
  log.addHandler(new ListHandler());
  log.info("x=%d", 3);
  log.debug("y");
  assert.deepEqual(seen, ["x=3", "y"]);
});

test("calls bound at run time follow the Python signatures", () => {
  const { log, out } = captured("%(levelname)s %(message)s");
  callMethodKw(log, "info", ["x %s", 1], { exc_info: false });
  callMethodKw(log, "log", [], { level: logging.ERROR, msg: "by keyword" });
  assert.equal(out.text, "INFO x 1\nERROR by keyword\n");
  assert.throws(() => callMethodKw(log, "info", [], { message: "x" }), /Logger\.info\(\) missing 1 required positional argument: 'msg'/);
  random.seed(5);
  const a = callKw(random.randint, [], { a: 1, b: 100 });
  random.seed(5);
  assert.equal(random.randint(1, 100), a);
  assert.throws(() => callKw(random.randint, [1], { c: 2 }), /Random\.randint\(\) got an unexpected keyword argument 'c'/);
});

test("records from several worker threads on one fd never tear", () => {
  const program = fileURLToPath(new URL("./testdata/tornWrites.js", import.meta.url));
  const run = spawnSync(process.execPath, [program], { encoding: "utf8", timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr.slice(0, 500));
  const lines = run.stderr.split("\n").filter((l) => l !== "");
  assert.equal(lines.length, 3 * 200);
  for (const line of lines) assert.match(line, /^WARNING:worker-\d:(\d+) (x{3000})$/);
});
