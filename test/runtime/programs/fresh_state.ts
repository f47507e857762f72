// fresh_state.py (beside this file): every child starts from the parent's state
// at start(), however the previous child changed its own copy (a module global, a
// class attribute, os.environ, its children's name counter); with reused workers
// too.
import { Process, PyList, PyTuple, current_process, os, runModule } from "py2ts-mp/runtime";
import { print } from "./support.js";

let counter: any;

export class Box {
  static shared: any = PyList.of();
}

export function grandchild(): void {
  print("  grandchild", current_process().name);
}

export function child(n: any): void {
  counter = counter + 1;
  Box.shared.append(n);
  os.environ.__setitem__(`SEEN_BY_${n}`, "1");
  const seen = PyList.of(...[...os.environ].filter((k) => k.startsWith("SEEN_BY_")).sort());
  print(n, counter, Box.shared, seen, current_process().name, current_process()._identity);
  const q = new Process({ target: grandchild });
  q.start();
  q.join();
}

function moduleBody(): void {
  counter = 10;
  for (let n = 0; n < 4; n++) {
    const p = new Process({ target: child, args: PyTuple.of(n) });
    p.start();
    p.join();
  }
  print("parent", counter, Box.shared, os.environ.__contains__("SEEN_BY_0"));
}

runModule(import.meta.url, moduleBody, {
  dialect: "py3",
  processes: true,
  globals: { get: () => ({ counter }), set: (values: Record<string, any>) => ({ counter } = values) },
});
