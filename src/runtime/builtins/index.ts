// Python's builtins module: values, conversions, operators and builtin functions.
export * from "./float.js";
export * from "./list.js";
export * from "./tuple.js";
export * from "./dialect.js";
// Numbers, strings, formatting, printing and operators (values-num).
export * from "./exceptions.js";
export { NotImplemented, NotImplementedType } from "./notImplemented.js";
export { type Int, intAdd, intSub, intMul, intFloorDiv, intMod, intNeg, intAbs, intInvert, normBig } from "./int.js";
export { int, long, float } from "./numberConvert.js";
export { abs, divmod, round, hex, oct, bin, chr, unichr, ord } from "./numberBuiltins.js";
export { floatRepr, floatStr } from "./floatRepr.js";
export { repr, str, ascii } from "./repr.js";
export {
  add, sub, mul, truediv, div, floordiv, mod, pow, lshift, rshift, and_, or_, xor, neg, pos, invert, repeat,
} from "./operator.js";
export { iadd, isub, imul, itruediv, idiv, ifloordiv, imod, ipow, ilshift, irshift, iand, ior, ixor } from "./inplace.js";
export { eq, ne, lt, le, gt, ge, is_, is_not, strCompare } from "./compare.js";
export { truthy, not_, contains } from "./truth.js";
export { percentFormat } from "./percentFormat.js";
export { format } from "./formatSpec.js";
export { strFormat, strFormatMap, formatValue } from "./strFormat.js";
export { strMethods } from "./strMethods.js";
export { strGetItem, strSlice, strLen, sliceIndices } from "./strIndex.js";
export { callMethod, callMethodKw, setKeywordCaller, primitiveAttribute } from "./callMethod.js";
export { print, printWith, printStatement, flushLine, type PrintOptions } from "./print.js";
export { UnsupportedFeatureError } from "./unsupported.js";
