// The keys of one dict or set that need hash-and-equality lookup (tuples,
// frozensets, objects with __eq__/__hash__), grouped by hash. The first key
// stored for an equivalence class is the container's own key object and doubles
// as its JavaScript Map key, so `(1, 2)` and `(1.0, 2)` find the same entry.

import { keysEqual, pyHash64, type Hash64 } from "./hash.js";

export class KeyBuckets {
  private readonly _buckets = new Map<number, unknown[]>();

  /** The stored key equal to `key` (whose hash is `hash`), or undefined. */
  find(key: unknown, hash: Hash64): unknown {
    const bucket = this._buckets.get(bucketOf(hash));
    if (bucket !== undefined) for (const own of bucket) if (keysEqual(own, key)) return own;
    return undefined;
  }

  add(key: unknown, hash: Hash64): void {
    const b = bucketOf(hash);
    const bucket = this._buckets.get(b);
    if (bucket === undefined) this._buckets.set(b, [key]);
    else bucket.push(key);
  }

  /** Forgets a stored key (a no-op for keys that were never hashed keys). */
  remove(key: unknown): void {
    if (typeof key !== "object" || key === null) return;
    const b = bucketOf(pyHash64(key));
    const bucket = this._buckets.get(b);
    if (bucket === undefined) return;
    const i = bucket.indexOf(key);
    if (i >= 0) bucket.splice(i, 1);
    if (bucket.length === 0) this._buckets.delete(b);
  }
}

function bucketOf(hash: Hash64): number {
  return hash.lo ^ hash.hi;
}
