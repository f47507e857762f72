// hello.py: a child prints its name and pids; the parent joins it.
//
//   from multiprocessing import Process, current_process
//   import os
//   def f(name):
//       print('hello', name, current_process().name, os.getppid() == PARENT)
//   if __name__ == '__main__':
//       p = Process(target=f, args=('bob',))
//       p.start(); p.join()
//       print('exit', p.exitcode, p.pid != os.getpid())
import { Process, PyTuple, current_process, os, runModule } from "py2ts-mp/runtime";
import { print } from "./support.js";

let PARENT: any;

export function f(name: any): void {
  print("hello", name, current_process().name, os.getppid() === PARENT);
}

function moduleBody(): void {
  PARENT = os.getpid();
  const p = new Process({ target: f, args: PyTuple.of("bob") });
  p.start();
  p.join();
  print("exit", p.exitcode, p.pid !== os.getpid());
}

runModule(import.meta.url, moduleBody, {
  dialect: "py3", processes: true,
  globals: { get: () => ({ PARENT }), set: (values: Record<string, any>) => ({ PARENT } = values) },
});
