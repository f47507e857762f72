// Registers Python's built-in exception classes with the codec, so an exception
// raised in one process can be sent to another (Pool errors, Queue items) and
// rebuilt as the same class there; and the built-in types whose instances are
// plain attributes (range, slice: manager proxies send `l += range(3)`, `l[1:3]`).

import { builtinExceptionClasses } from "../builtins/exceptions.js";
import "../builtins/osErrors.js";
import { PyRange } from "../builtins/range.js";
import { PySlice } from "../builtins/slice.js";
import { registerRuntimeClass } from "./codecRegistry.js";

for (const cls of builtinExceptionClasses) registerRuntimeClass(`builtins.${cls.name}`, cls);
registerRuntimeClass("builtins.range", PyRange);
registerRuntimeClass("builtins.slice", PySlice);
