// Runtime state a forked child inherits besides the module globals: os.environ,
// and any other runtime module's per-process state (random's generator, sys.argv
// changes, ...). A module registers a provider; Process.start() snapshots every
// provider into the start payload and the child restores each before user code
// runs, as fork would have copied it.

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
