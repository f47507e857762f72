// Public surface of the diagnostics module.
export * from "./diagnostic.js";
export * from "./messages.js";
export * from "./render.js";
export * from "./textPosition.js";
