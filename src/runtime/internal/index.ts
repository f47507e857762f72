// Runtime internals emitted code needs: module bootstrap (runModule) and friends.
export { runModule } from "./module.js";
export { moduleLambda } from "./moduleLambdas.js";
export type { Dialect } from "./types.js";
export { configureProgram, programInfo, type ProgramInfo } from "./program.js";
/** A translated script is always run as the main module (children are forked, never re-imported). */
export const __name__ = "__main__";
