// Invariant checks for our own code. A failure here is a bug in py2ts-mp, never a
// problem with the user's script; the CLI reports it as an internal error.

export class InternalError extends Error {
  override name = "InternalError";
}

export function fail(message: string): never {
  throw new InternalError(message);
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) fail(message);
}

export function assertNever(value: never, what = "value"): never {
  fail(`unexpected ${what}: ${JSON.stringify((value as { kind?: string })?.kind ?? value)}`);
}
