// Python 2's boxed values travel between processes (Queue, Pipe, Pool arguments,
// fork snapshots) through the codec's reduce protocol: a unicode value as its
// text, a long as its decimal digits (internal/codecRegistry.ts kReduce).

import { kReduce, registerReducible, registerRuntimeClass } from "../internal/codecRegistry.js";
import { PyLong } from "./long.js";
import { PyUnicode } from "./unicode.js";

Object.defineProperty(PyUnicode.prototype, kReduce, {
  value(this: PyUnicode) {
    return { kind: "builtins.unicode", state: this.text };
  },
});
Object.defineProperty(PyLong.prototype, kReduce, {
  value(this: PyLong) {
    return { kind: "builtins.long", state: String(this.value) };
  },
});

registerRuntimeClass("builtins.unicode", PyUnicode);
registerRuntimeClass("builtins.long", PyLong);
registerReducible("builtins.unicode", (obj, state) => {
  Object.defineProperty(obj, "text", { value: String(state), enumerable: true });
  Object.defineProperty(obj, "isUnicode", { value: true, enumerable: true });
});
registerReducible("builtins.long", (obj, state) => {
  Object.defineProperty(obj, "value", { value: BigInt(String(state)), enumerable: true });
});
