// Python's builtins module: values, conversions, operators and builtin functions.
export * from "./float.js";
export * from "./list.js";
export * from "./tuple.js";
export * from "./dialect.js";
