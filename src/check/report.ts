// Small helpers that keep the comparator's problem messages short and uniform.

const MAX_QUOTED = 160;

/** A line in a message: JSON-quoted (so spaces and "\n" are visible), long lines cut. */
export function quote(text: string): string {
  const cut = text.length > MAX_QUOTED ? text.slice(0, MAX_QUOTED) + "…" : text;
  return JSON.stringify(cut);
}

/** Keeps the first `max` problems of a section and says how many were left out. */
export function limitProblems(problems: readonly string[], max: number): string[] {
  if (problems.length <= max) return [...problems];
  return [...problems.slice(0, max), `... and ${problems.length - max} more like these`];
}
