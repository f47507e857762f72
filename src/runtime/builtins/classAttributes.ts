// Class attributes seen through instances. A Python class attribute (`count = 0` in
// a class body) is emitted as a static field; Python also finds it through any
// instance (`self.count`), and an assignment through an instance creates an
// instance attribute that shadows it. A prototype accessor gives exactly that:
//
//   class Counter: count = 0     ->  class Counter extends PyObject { static count: any = 0; }
//                                    classAttributes(Counter, ["count"]);
//   c.count        reads Counter.count (or a subclass's own static count)
//   c.count = 5    defines c's own attribute; Counter.count is unchanged

//   Static and class methods are found through instances too; a class method read
//   through an instance is bound to the instance's class (`cls` is its `this`).

import { methodKinds, recordClassAttributes } from "./attributeDicts.js";

export interface ClassMethods {
  readonly static?: readonly string[];
  readonly class?: readonly string[];
}

export function classAttributes(cls: Function, names: readonly string[], methods: ClassMethods = {}): void {
  const staticMethods = methods.static ?? [];
  const classMethods = methods.class ?? [];
  methodKinds.set(cls, { staticMethods, classMethods });
  recordClassAttributes(cls, [...names, ...staticMethods, ...classMethods]);
  for (const name of classMethods) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: false,
      get(this: object) {
        const owner = this.constructor as unknown as Record<string, Function>;
        return owner[name]!.bind(owner);
      },
    });
  }
  for (const name of [...names, ...staticMethods]) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: false,
      get(this: object) {
        return (this.constructor as unknown as Record<string, unknown>)[name];
      },
      set(this: object, value: unknown) {
        Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}
