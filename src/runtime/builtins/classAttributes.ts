// Class attributes seen through instances. A Python class attribute (`count = 0` in
// a class body) is emitted as a static field; Python also finds it through any
// instance (`self.count`), and an assignment through an instance creates an
// instance attribute that shadows it. A prototype accessor gives exactly that:
//
//   class Counter: count = 0     ->  class Counter extends PyObject { static count: any = 0; }
//                                    classAttributes(Counter, ["count"]);
//   c.count        reads Counter.count (or a subclass's own static count)
//   c.count = 5    defines c's own attribute; Counter.count is unchanged

export function classAttributes(cls: Function, names: readonly string[]): void {
  for (const name of names) {
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
