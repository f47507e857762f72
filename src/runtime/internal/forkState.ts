// Runtime state a forked child inherits besides the module globals: os.environ,
// and any other runtime module's per-process state (random's generator, sys.argv
// changes, ...). A module registers a provider; Process.start() snapshots every
// provider into the start payload and the child restores each before user code
// runs, as fork would have copied it.
//
// Reused workers (architecture.md §5): a worker whose process has ended may become
// another process. Every runtime module with per-process state must then also
// register a reset (registerProcessReset) that returns it to a new worker's state;
// the program opts in with runModule's `reuseWorkers` only when all the runtime
// modules it imports do.

import { resetIdentity } from "./identity.js";
import { clearSafePointHooks } from "./wait.js";

export interface ForkStateProvider {
  /** A codec-encodable snapshot, taken in the parent at start(). */
  snapshot(): unknown;
  /** Applied in the child before its globals are restored. */
  restore(state: unknown): void;
}

const providers = new Map<string, ForkStateProvider>();

export function registerForkState(key: string, provider: ForkStateProvider): void {
  providers.set(key, provider);
}

export function snapshotForkState(): Record<string, unknown> {
  const states: Record<string, unknown> = {};
  for (const [key, provider] of providers) states[key] = provider.snapshot();
  return states;
}

export function restoreForkState(states: Record<string, unknown>): void {
  for (const [key, state] of Object.entries(states)) providers.get(key)?.restore(state);
}

const resets = new Map<string, () => void>([
  ["internal.wait", clearSafePointHooks],
  ["internal.identity", resetIdentity],
]);

/** Registers how to return a module's per-process state to that of a new worker. */
export function registerProcessReset(key: string, reset: () => void): void {
  resets.set(key, reset);
}

/** In a reused worker, after its process ended: every registered reset. */
export function resetProcessState(): void {
  for (const reset of resets.values()) reset();
}
