// The programs of tools/fixtures/genPrintFixtures.py written against the runtime,
// run one per child process: `node dist/test/printSnippets.js <name>`. Each
// mirrors its Python source line by line (the source is in test/fixtures/print.json).

import * as rt from "../src/runtime/index.js";

const { PyFloat, PyList, PyTuple, printStatement, print, printWith, sys, setDialect, flushLine } = rt;

class Recorder {
  parts = new PyList<string>();
  softspace: unknown = 0;
  write(text: string): null {
    this.parts.push(text);
    return null;
  }
}


const SNIPPETS: Record<string, () => void> = {
  py2_softspace() {
    printStatement(["a"], false);
    printStatement(["b"], true);
    printStatement([1, 2.5, null, true], true);
    printStatement(["x\n"], false);
    printStatement(["y"], true);
    printStatement(["e\t"], false);
    printStatement(["f"], true);
    printStatement(["g "], false);
    printStatement(["h"], true);
    printStatement([], true);
    printStatement(["tail"], false);
  },
  py2_stderr() {
    printStatement(["err", 1], true, sys.stderr);
    printStatement(["x"], false, sys.stderr);
    printStatement([], true, sys.stderr);
    printStatement(["out"], true);
  },
  py2_write_resets_softspace() {
    printStatement(["a"], false);
    sys.stdout.write("b");
    printStatement(["c"], true);
    printStatement(["d"], false);
    sys.stdout.write("");
    printStatement(["e"], true);
  },
  py2_values() {
    const third = rt.truediv(new PyFloat(1), 3);
    printStatement(
      [rt.add(0.1, 0.2), third, new PyFloat(2), new PyFloat(1e16), PyList.of(rt.add(0.1, 0.2)), PyTuple.of<unknown>(1, "a"), 2n ** 64n, PyList.of(2n ** 64n), rt.utf8("café")],
      true,
    );
    printStatement([PyTuple.of(1), new PyFloat(-0), 1e-5, 123456789012.5, rt.PyDict.of(["k", "v"] as const)], true);
  },
  py2_custom_file() {
    const w = new Recorder();
    printStatement(["a", 1], true, w);
    printStatement(["b"], false, w);
    printStatement(["c"], true, w);
    printStatement([w.parts], true);
  },
  py2_print_function() {
    printWith({ sep: "-", end: "!\n" }, "a", "b");
    printWith({ file: sys.stderr }, 1, 2.5);
    print();
  },
  py2_print_function_unicode() {
    class U extends rt.PyObject {
      override __str__(): unknown {
        return rt.u("text");
      }
    }
    print(new U());
    printWith({ sep: rt.u("-"), end: rt.u("!\n") }, rt.u("a"), rt.u("b"));
    printWith({ sep: rt.u(", ") }, new U(), rt.u("x"), 1);
    printWith({ end: rt.u("") }, new U());
    print();
    printWith({ sep: rt.u("+"), file: sys.stderr }, 1, 2);
    for (const kwargs of [{ sep: 1 }, { end: 2 }]) {
      try {
        printWith(kwargs, rt.u("x"));
      } catch (e) {
        if (!(e instanceof rt.BaseException)) throw e;
        print(e.name, e);
      }
    }
  },
  py3_print() {
    printWith({ sep: "-", end: "!\n" }, "a", "b");
    print();
    print(1, 2.5, null, true, PyList.of<unknown>(1, "x"), PyTuple.of(1), rt.add(0.1, 0.2), new PyFloat(2), new PyFloat(1e16), new PyFloat(-0));
    printWith({ file: sys.stderr }, "x");
    printWith({ end: "" }, "no newline");
    print(" then");
    print("caf\u00e9 \u4e2d \u{1F600}");
    printWith({ sep: "" }, ...["p", "q"]);
    printWith({ sep: null, end: null }, "a", "b");
    const n = sys.stdout.write("w\n");
    print(n);
    sys.stderr.write("e\n");
  },
  py3_custom_file() {
    const w = new Recorder();
    printWith({ file: w }, "a", 1);
    printWith({ sep: "+", end: ".", file: w }, "b", "c");
    print(w.parts);
  },
  py3_recursive_repr() {
    const l = PyList.of<unknown>(1);
    l.append(l);
    const t = PyTuple.of(new PyList<unknown>());
    t[0]!.append(t);
    print(l, t, PyList.of(l, l));
  },
  py3_astral_str() {
    const s = "a\u{1F600}b\u00e9\u{1F601}";
    const m = rt.strMethods;
    print(rt.strLen(s), rt.strGetItem(s, 1), rt.strGetItem(s, -1), rt.strSlice(s, 1, 3), rt.strSlice(s, null, null, -1),
      rt.strSlice(s, null, null, 2), m.find(s, "b"), m.index(s, "\u00e9"), m.center(s, 9, "*"));
    print(rt.repr(s), rt.ascii(s), m.upper(s), m.split(s, "b"), m.rfind(s, "\u{1F601}"), m.count(s, "\u{1F600}"));
    for (let i = 0; i < rt.strLen(s); i++) printWith({ end: " " }, i, rt.strGetItem(s, i));
    print();
  },
  py3_exit_message() {
    print("before");
    sys.exit("bye");
  },
  py3_exit_status() {
    sys.exit(3);
  },
  py3_exit_wraps() {
    sys.exit(258);
  },
  py3_exit_none() {
    sys.exit();
  },
  py2_exit_tuple() {
    printStatement(["x"], false);
    sys.exit(PyTuple.of(1, 2));
  },
  py3_sys_info() {
    const v = sys.version_info;
    print(sys.platform, v, rt.getitem(v, new rt.PySlice(null, 2, null)), rt.ge(v, PyTuple.of(3, 0)), v.major);
    print(rt.eq(rt.getitem(v, 0), 3), sys.maxsize, sys.getrecursionlimit());
  },
  py2_sys_info() {
    const v = sys.version_info;
    printStatement([sys.platform, v, rt.getitem(v, new rt.PySlice(null, 2, null)), rt.ge(v, PyTuple.of(3, 0)), v.major], true);
    printStatement([rt.eq(rt.getitem(v, 0), 2), sys.maxsize, sys.maxint, sys.getrecursionlimit()], true);
  },
  py3_errors() {
    for (const kwargs of [{ sep: 1 }, { end: 2 }, { file: 5 }]) {
      try {
        printWith(kwargs, "x");
      } catch (e) {
        if (!(e instanceof rt.BaseException)) throw e;
        print(e.name, e);
      }
    }
  },
};

const name = process.argv[2] ?? "";
const snippet = SNIPPETS[name];
if (snippet === undefined) {
  process.stderr.write(`unknown snippet ${name}\n`);
  process.exit(2);
}
setDialect(name.startsWith("py2") ? "py2" : "py3");
if (name.includes("print_function")) rt.setFutures(["print_function", "unicode_literals"]);
// What the module bootstrap does: run the body, end a Python 2 line left open,
// turn SystemExit into the exit status.
let status = 0;
try {
  snippet();
} catch (error) {
  if (!(error instanceof rt.SystemExit)) throw error;
  flushLine();
  status = sys.systemExitStatus(error);
}
flushLine();
process.exitCode = status;
