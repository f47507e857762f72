// Emitted code calls a library object's methods directly (`q.get_nowait()`) and
// reads its data attributes as plain properties (`p.exitcode`), for speed,
// whenever the name is one some library object has. On an object that lacks it, a
// call would raise JavaScript's "is not a function" and a read give undefined;
// CPython raises AttributeError. So each library class gets, for every such name
// missing from its prototype chain, a getter that raises CPython's AttributeError
// (or answers through a subclass's `__getattr__`); getattr and hasattr see the
// same. Assigning the name (`self.name = n` in a subclass) makes an own property.

import { AttributeError } from "../builtins/exceptions.js";
import { typeName } from "../builtins/types.js";
import { libraryDataAttributeNames, libraryMethodNames } from "./libraryMemberNames.js";

export function refuseMissingLibraryMembers(...classes: Function[]): void {
  for (const cls of classes) {
    const proto = cls.prototype as object;
    for (const name of [...libraryMethodNames, ...libraryDataAttributeNames]) {
      if (name in proto) continue;
      Object.defineProperty(proto, name, {
        get(this: { __getattr__?: unknown }): unknown {
          const hook = this.__getattr__;
          if (typeof hook === "function") return hook.call(this, name);
          throw new AttributeError(`'${typeName(this)}' object has no attribute '${name}'`);
        },
        set(this: object, value: unknown): void {
          Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
        },
        configurable: true,
      });
    }
  }
}
