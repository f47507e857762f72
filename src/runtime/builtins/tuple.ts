// Python tuple: an Array subclass, distinguishable from a list at run time.
// Our code never mutates a tuple after building it.

export class PyTuple<T = any> extends Array<T> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  static override of<T>(...items: T[]): PyTuple<T> {
    const tuple = new PyTuple<T>();
    for (let i = 0; i < items.length; i++) tuple.push(items[i]!);
    return tuple;
  }

  static fromIterable<T>(items: Iterable<T>): PyTuple<T> {
    const tuple = new PyTuple<T>();
    for (const item of items) tuple.push(item);
    return tuple;
  }
}
