// A Python behaviour the runtime cannot reproduce faithfully raises this clear
// error instead of silently printing something different.

import { NotImplementedError } from "../builtins/exceptions.js";

export function unsupported(what: string): never {
  throw new NotImplementedError(`py2ts-mp does not support ${what}`);
}
