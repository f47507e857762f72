// Python's builtins module: values, conversions, operators and builtin functions.
export * from "./float.js";
export * from "./list.js";
export * from "./tuple.js";
export * from "./dialect.js";
// Containers, the object model, exceptions and iteration (values-obj).
export * from "./exceptions.js";
export {
  OSError, IOError, EnvironmentError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
  ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
  InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError,
} from "./osErrors.js";
export { PyObject, PyClassicObject, object, id, addressOf } from "./object.js";
export { type, isinstance, issubclass, typeName, typeRepr, typeStr, isTypeObject, registerBuiltinType, builtinType, type BuiltinClass } from "./types.js";
export { hash, pyHash64, keysEqual } from "./hash.js";
export { PyDict, mergeDicts } from "./dict.js";
export { PyDictKeys, PyDictValues, PyDictItems } from "./dictViews.js";
export { PySet, PyFrozenSet, PyAnySet } from "./set.js";
export { PyRange, range, rangeStop, xrange } from "./range.js";
export { PySlice, slice } from "./slice.js";
export { PyBytes, bytes } from "./bytes.js";
export { PyByteArray, bytearray } from "./bytearray.js";
export { PyIterator } from "./iterProtocol.js";
export { list, tuple, dict, set, frozenset, bool } from "./conversions.js";
export {
  iter, iterate, next, len, enumerate, zip, map, filter, reversed, sorted, min, max, sum, any, all, reduce, unpack, unpackStarred, unpackEach,
} from "./iteration.js";
export { iterClosing } from "./generatorClosing.js";
export { getitem, setitem, delitem } from "./subscript.js";
export { listItem, listSetItem } from "./listIndex.js";
export { syntaxWarnings } from "./syntaxWarnings.js";
export { getattr, setattr, hasattr, delattr, callable, setPrimitiveAttributeLookup } from "./attributes.js";
export { isKwargs } from "./kwargs.js";

// Numbers, strings, formatting, printing and operators (values-num).
export { NotImplemented, NotImplementedType } from "./notImplemented.js";
export { type Int, intAdd, intSub, intMul, intFloorDiv, intMod, intNeg, intAbs, intInvert, intAnd, intOr, intXor, intToFloat, normBig } from "./int.js";
export { intTrueDivNumber } from "./intTrueDiv.js";
export { intAtMost, intWithin, smallFloorDiv } from "./smallInt.js";
export { IntSum } from "./intSum.js";
export { int, long, float } from "./numberConvert.js";
export { abs, divmod, round, hex, oct, bin, chr, unichr, ord } from "./numberBuiltins.js";
export { floatRepr, floatStr } from "./floatRepr.js";
export { repr, str, ascii, unicode, basestring } from "./repr.js";
export { PyUnicode, u, utf8 } from "./unicode.js";
import "./unicodeMethods.js";
import "./py2Codec.js";
export {
  add, sub, mul, truediv, div, floordiv, mod, pow, lshift, rshift, and_, or_, xor, neg, pos, invert, repeat,
} from "./operator.js";
export { iadd, isub, imul, itruediv, idiv, ifloordiv, imod, ipow, ilshift, irshift, iand, ior, ixor } from "./inplace.js";
export { eq, ne, lt, le, gt, ge, is_, is_not, strCompare } from "./compare.js";
export { truthy, not_, contains, cmp } from "./truth.js";
export { percentFormat } from "./percentFormat.js";
export { format } from "./formatSpec.js";
export { strFormat, strFormatMap, formatValue } from "./strFormat.js";
export { strMethods } from "./strMethods.js";
export { strGetItem, strSlice, strLen, sliceIndices } from "./strIndex.js";
export { callMethod, primitiveAttribute } from "./callMethod.js";
import "./primitiveDunders.js";
export { print, printWith, printStatement, flushLine, type PrintOptions } from "./print.js";
export { UnsupportedFeatureError } from "./unsupported.js";
export { exit, quit } from "./quitter.js";

// The calling convention and the with-statement protocol (lead).
export { defineFunction, defineMethod, withSignature, apply, call, callKw, callKwOn, callMethodKw, takeKeywords, keywordsDict, signatureOf, type PythonSignature } from "./call.js";
export { enterContext, type ContextExit } from "./context.js";
export { classAttributes } from "./classAttributes.js";
export { multipleBases, superOf } from "./multipleBases.js";
export { vars } from "./attributeDicts.js";
export { unbound, checkBound, checkDefined, defined, unboundWhereAbsent, withoutUnbound, type VariableScope } from "./unbound.js";

// print, len, ... are builtin functions (type builtin_function_or_method), unlike the script's defs.
import * as builtinsNamespace from "./index.js";
import { markBuiltinFunctions } from "./types.js";
markBuiltinFunctions(builtinsNamespace);
