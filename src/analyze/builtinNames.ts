// Names CPython's builtins module provides, per dialect. A name that is neither
// bound in the program nor a builtin is reported as undefined.

import type { Dialect } from "../parse/ast.js";

const common = [
  "abs", "all", "any", "bin", "bool", "bytearray", "callable", "chr", "classmethod", "compile",
  "complex", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "filter", "float", "format",
  "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int",
  "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min",
  "next", "object", "oct", "open", "ord", "pow", "property", "range", "repr", "reversed", "round",
  "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type",
  "vars", "zip", "__import__", "__name__", "__file__", "__doc__", "None", "True", "False",
  "NotImplemented", "Ellipsis", "exit", "quit", "copyright", "credits", "license",
  // Exceptions common to both dialects.
  "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
  "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError", "AssertionError",
  "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError", "IndexError", "KeyError",
  "MemoryError", "NameError", "UnboundLocalError", "EnvironmentError", "IOError", "OSError",
  "ReferenceError", "RuntimeError", "NotImplementedError", "SyntaxError", "IndentationError",
  "TabError", "SystemError", "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError",
  "UnicodeEncodeError", "UnicodeTranslateError", "Warning", "UserWarning", "DeprecationWarning",
  "PendingDeprecationWarning", "SyntaxWarning", "RuntimeWarning", "FutureWarning", "ImportWarning",
  "UnicodeWarning", "BytesWarning",
];

const py2Only = [
  "apply", "basestring", "buffer", "cmp", "coerce", "execfile", "file", "intern", "long",
  "raw_input", "reduce", "reload", "unichr", "unicode", "xrange", "StandardError",
];

const py3Only = [
  "ascii", "bytes", "breakpoint", "exec", "print", "aiter", "anext", "ModuleNotFoundError",
  "RecursionError", "StopAsyncIteration", "BlockingIOError", "ChildProcessError", "ConnectionError",
  "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError",
  "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
  "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError", "ResourceWarning",
  "EncodingWarning", "BaseExceptionGroup", "ExceptionGroup",
];

const py2Names = new Set([...common, ...py2Only, "bytes"]);
const py3Names = new Set([...common, ...py3Only]);

/** Every name in the dialect's builtins module (Python 2 also has print when the future import is on). */
export function builtinNamesOf(dialect: Dialect): ReadonlySet<string> {
  return dialect === "py2" ? py2Names : py3Names;
}

export function isBuiltinName(name: string, dialect: Dialect, futureFeatures: readonly string[] = []): boolean {
  if (dialect === "py2") return py2Names.has(name) || (name === "print" && futureFeatures.includes("print_function"));
  return py3Names.has(name);
}
