// Registers Python's built-in exception classes with the codec, so an exception
// raised in one process can be sent to another (Pool errors, Queue items) and
// rebuilt as the same class there.

import { builtinExceptionClasses } from "../builtins/exceptions.js";
import "../builtins/osErrors.js";
import { registerRuntimeClass } from "./codecRegistry.js";

for (const cls of builtinExceptionClasses) registerRuntimeClass(`builtins.${cls.name}`, cls);
