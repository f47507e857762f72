// Python list: a JavaScript Array subclass carrying Python's list methods, so a
// method call on a list of unknown static type is a plain method call.

export class PyList<T = any> extends Array<T> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  /** Array.of is very slow on subclasses (architecture.md §4); this is a plain loop. */
  static override of<T>(...items: T[]): PyList<T> {
    const list = new PyList<T>();
    for (let i = 0; i < items.length; i++) list.push(items[i]!);
    return list;
  }

  static fromIterable<T>(items: Iterable<T>): PyList<T> {
    const list = new PyList<T>();
    for (const item of items) list.push(item);
    return list;
  }

  append(item: T): null {
    this.push(item);
    return null;
  }

  extend(items: Iterable<T>): null {
    for (const item of [...items]) this.push(item);
    return null;
  }
}
