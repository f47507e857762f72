// Python 3 dict storage: entries in insertion order (CPython 3.6+ "compact
// dict"), deleted entries left as holes until enough pile up to compact. It has
// the same shape as ProbeTable (keys/values/norms per position, a Map from
// normalised key to position) so PyDict iterates both the same way.

import type { Hash64 } from "./hash.js";

const HOLE = Symbol("hole");

export class CompactStore {
  norms: unknown[] = [];
  keys: unknown[] = [];
  values: unknown[] = [];
  readonly positions = new Map<unknown, number>();
  used = 0;

  get size(): number {
    return this.norms.length;
  }

  isActive(position: number): boolean {
    return this.norms[position] !== HOLE;
  }

  add(norm: unknown, key: unknown, value: unknown, _hash: Hash64 | null): void {
    // Like CPython, holes go away when an insertion needs room, never on deletion:
    // an iterator that outlives a delete-then-insert sees the new key (and raises).
    if (this.norms.length >= 16 && this.used * 2 < this.norms.length) this.compact();
    this.positions.set(norm, this.norms.length);
    this.norms.push(norm);
    this.keys.push(key);
    this.values.push(value);
    this.used++;
  }

  remove(position: number): void {
    this.positions.delete(this.norms[position]);
    this.norms[position] = HOLE;
    this.keys[position] = undefined;
    this.values[position] = undefined;
    this.used--;
  }

  clear(): void {
    this.norms = [];
    this.keys = [];
    this.values = [];
    this.positions.clear();
    this.used = 0;
  }

  /** dict.popitem() takes the last entry (LIFO). */
  popSlot(): number {
    if (this.used === 0) return -1;
    this.trimTail();
    return this.norms.length - 1;
  }

  afterPop(_position: number): void {
    this.trimTail();
  }

  /** Drops trailing holes, as CPython's popitem shortens dk_nentries. */
  private trimTail(): void {
    let n = this.norms.length;
    while (n > 0 && this.norms[n - 1] === HOLE) n--;
    this.norms.length = n;
    this.keys.length = n;
    this.values.length = n;
  }

  private compact(): void {
    let write = 0;
    for (let read = 0; read < this.norms.length; read++) {
      if (this.norms[read] === HOLE) continue;
      this.norms[write] = this.norms[read];
      this.keys[write] = this.keys[read];
      this.values[write] = this.values[read];
      this.positions.set(this.norms[write], write);
      write++;
    }
    this.norms.length = write;
    this.keys.length = write;
    this.values.length = write;
  }
}
