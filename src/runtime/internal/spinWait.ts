// How long a reader of a channel (Queue.get, Connection.recv) keeps checking
// before it sleeps in Atomics.wait (internal/channel.ts).
//
// At most about what a sleep and wake-up costs here (a bare two-thread
// Atomics.wait/notify round trip measured 10-45 us on this 2-core machine,
// bench/ipc): a peer on the other core answers within a few microseconds, and
// spinning that long is never worse than twice the better choice (the
// ski-rental bound). But when the peer has no core (the machine is loaded), a
// spinner only delays it, so the budget halves after a spin that failed and
// doubles after one that succeeded. At the minimum (one look at the clock)
// every 64th wait spins the full budget again: without that probe the budget,
// once collapsed, never caught a ping-pong reply again (every Pipe round trip
// slept). Other policies measured no better (architecture.md §5, session 4).

const kMaxSpinMs = 0.05;
const kMinSpinMs = 0.0002;
const kProbeEvery = 64;
/** Checks between two looks at the clock. */
const kChecksPerClock = 16;

let spinMs = kMaxSpinMs;
let waits = 0;

/** Checks `ready` until it holds (true) or the spin budget is spent (false: sleep). */
export function spinUntil(ready: () => boolean): boolean {
  // Counted on every wait (not only at the minimum) so that V8 has seen the count
  // before it optimizes this: a branch first taken later deoptimizes it.
  waits = (waits + 1) % kProbeEvery;
  // Both comparisons on every call, for the same reason.
  const atMinimum = spinMs <= kMinSpinMs;
  const probeDue = waits === 0;
  const probing = atMinimum && probeDue;
  const until = performance.now() + (probing ? kMaxSpinMs : spinMs);
  for (;;) {
    for (let i = 0; i < kChecksPerClock; i++) {
      if (ready()) {
        spinMs = probing ? kMaxSpinMs : Math.min(kMaxSpinMs, spinMs * 2);
        return true;
      }
    }
    if (performance.now() >= until) {
      spinMs = Math.max(kMinSpinMs, spinMs / 2);
      return false;
    }
  }
}
