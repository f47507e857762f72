// Whether the default context's start method is fixed yet (CPython's
// DefaultContext._actual_context is not None). set_start_method() fixes it, and so
// does anything that asks the default context for its context: get_context(),
// get_start_method(), starting a Process, making a Pool, a lock, an Event, a
// Condition, a Barrier, a Manager. Once fixed, set_start_method() without force=True
// is CPython's "RuntimeError: context has already been set". A child inherits it
// fixed (its parent fixed it by starting it). Kept apart from context.ts so the
// classes above can mark it without importing the context module.

import { registerProcessReset } from "../internal/forkState.js";

let fixed = false;

/** The default context was asked for (CPython's `_actual_context = _default_context` when None). */
export function fixDefaultContext(): void {
  fixed = true;
}

export function defaultContextFixed(): boolean {
  return fixed;
}

/** set_start_method(None, force=True) unfixes it. */
export function unfixDefaultContext(): void {
  fixed = false;
}

registerProcessReset("multiprocessing.startMethod", () => (fixed = false));
