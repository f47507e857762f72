// Which functions another process can find by name, as pickle sends functions
// (module + name) and as a fork copies them. One answer for the codec's two modes:
// - "message" (Queue, Pipe and Pool traffic, pickle's rules): module-level
//   functions and classes, the runtime's registered functions (`time.sleep`),
//   shareable callables (functools.partial), bound methods and class members
//   (Python 3 only: Python 2's pickle cannot find them);
// - "inheritance" (what `start()` passes, as a fork copies it): also bound methods
//   in Python 2 and module-level lambdas (moduleLambdas.ts).

import { builtinTypeMember } from "../builtins/callMethod.js";
import { isPy2 } from "../builtins/dialect.js";
import { classMemberPath } from "./codecEncoder.js";
import { isShareable, runtimeClassName } from "./codecRegistry.js";
import { moduleExports } from "./module.js";
import { moduleLambdaName } from "./moduleLambdas.js";

export type TravelMode = "message" | "inheritance";

export function travelsByName(fn: Function, mode: TravelMode): boolean {
  const bound = fn as Partial<{ __self__: unknown; __func__: unknown }>;
  if (bound.__self__ !== undefined && typeof bound.__func__ === "function") return mode === "inheritance" || !isPy2();
  if (isShareable(fn) || runtimeClassName(fn) !== undefined || moduleExports()?.[fn.name] === fn) return true;
  if (mode === "inheritance" && moduleLambdaName(fn) !== undefined) return true;
  if (mode === "message" && isPy2()) return false;
  return classMemberPath(fn) !== null || builtinTypeMember(fn) !== undefined;
}
