// Where hub and child-process threads start. In the unbundled runtime
// (dist/src/runtime) each has its own entry file; in the single-file bundle that
// `py2ts-mp run` uses (runtime/bundle.ts, docs/architecture.md §2) the bundle is the
// entry of every thread and `workerData.role` says what the thread becomes, so
// every thread loads one file and has one instance of each runtime module.

let bundleUrl: URL | null = null;

/** Called by the bundle as it loads. */
export function useBundle(url: string): void {
  bundleUrl = new URL(url);
}

export function hubEntryUrl(): URL {
  return bundleUrl ?? new URL("./hubEntry.js", import.meta.url);
}

export function workerEntryUrl(): URL {
  return bundleUrl ?? new URL("./workerEntry.js", import.meta.url);
}
