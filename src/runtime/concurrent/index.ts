// Python's concurrent package: `import concurrent.futures` binds `concurrent`,
// whose `futures` attribute is the module.
export * as futures from "./futures/index.js";
