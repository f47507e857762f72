// A departure from CPython (no twin): fork runs a nested function or a lambda as
// a target, but a worker thread finds its target by name in the module, so start()
// raises a clear NotImplementedError instead; module-level functions and bound
// methods of module-level classes work.
import { Process, PyTuple, runModule } from "py2ts-mp/runtime";
import { attempt, print } from "./support.js";

export class Greeter {
  declare greeting: any;

  constructor(greeting: any) {
    this.greeting = greeting;
  }

  greet(name: any): void {
    print(this.greeting, name);
  }
}

export function outer(): any {
  const x = 5;
  return function inner(): void {
    print("inner sees", x);
  };
}

function moduleBody(): void {
  attempt("nested function", () => new Process({ target: outer() }).start());
  attempt("lambda", () => new Process({ target: () => print("lambda ran") }).start());
  class Local extends Process {
    override run(): void {
      print("never");
    }
  }
  attempt("local Process subclass", () => new Local().start());
  // A Python bound method: the function carries __self__ and __func__.
  const g = new Greeter("hi");
  const bound = Object.assign((...args: any[]) => Greeter.prototype.greet.apply(g, args as [any]), { __self__: g, __func__: Greeter.prototype.greet });
  const p = new Process({ target: bound, args: PyTuple.of("ann") });
  p.start();
  p.join();
  print("bound method exit", p.exitcode);
}

runModule(import.meta.url, moduleBody, { dialect: "py3", processes: true });
