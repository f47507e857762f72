// kwargs.py (beside this file): Process(kwargs=...) keyword arguments reach the
// target, bound by name through builtins' callKw and the emitted signature.
import { Process, PyDict, PyList, PyTuple, defineFunction, runModule } from "py2ts-mp/runtime";
import { print } from "./support.js";

export function task(name: any, times: any = 1, sep: any = " "): void {
  print(Array(times).fill(name).join(sep));
}
defineFunction(task, "task(name, times=, sep=)", [1, " "]);

function moduleBody(): void {
  const jobs = PyList.of(
    new Process({ target: task, args: PyTuple.of("a") }),
    new Process({ target: task, args: PyTuple.of("b"), kwargs: PyDict.of(["times", 2]) }),
    new Process({ target: task, kwargs: PyDict.of<string, unknown>(["name", "c"], ["times", 3], ["sep", "-"]) }),
  );
  for (const p of jobs) {
    p.start();
    p.join();
  }
  print("all done", PyList.of(...jobs.map((p) => p.exitcode)));
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
