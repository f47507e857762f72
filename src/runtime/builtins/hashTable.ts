// A simulation of CPython's open-addressing hash tables, kept only to know where
// each key sits: iteration order of Python 2 dicts and of sets in both dialects
// is slot order. Lookups never probe; the owner keeps a JS Map from key to slot.
// Two flavours: CPython 2.7 dictobject.c/setobject.c (probe i = 5i + perturb + 1,
// grow at 2/3 full) and CPython 3.11 setobject.c (9 linear probes first, grow at
// 3/5 full). Deleted keys leave dummies, exactly as CPython's do.

import type { Hash64 } from "./hash.js";

const EMPTY = 0;
const ACTIVE = 1;
const DUMMY = 2;
const MIN_SIZE = 8;
const LINEAR_PROBES = 9;

export type TableFlavor = "py2" | "py3set";

export class ProbeTable {
  /** Slot count - 1 (slot count is a power of two, at least 8). */
  mask = MIN_SIZE - 1;
  /** Active plus dummy slots. */
  fill = 0;
  /** Active slots. */
  used = 0;
  state = new Uint8Array(MIN_SIZE);
  hashHi = new Uint32Array(MIN_SIZE);
  hashLo = new Uint32Array(MIN_SIZE);
  /** The owner's normalised key per slot (the JS Map key). */
  norms: unknown[] = new Array(MIN_SIZE);
  /** The Python key object per slot (`1.0` where norms holds `1`). */
  keys: unknown[] = new Array(MIN_SIZE);
  /** Dict values per slot (null for sets). */
  values: unknown[] | null;
  /** Slot of each normalised key. */
  readonly positions = new Map<unknown, number>();
  /** Python 3 set.pop()'s search finger (Python 2 keeps it in slot 0's hash). */
  finger = 0;

  constructor(
    readonly flavor: TableFlavor,
    withValues: boolean,
  ) {
    this.values = withValues ? new Array(MIN_SIZE) : null;
  }

  get size(): number {
    return this.mask + 1;
  }

  isActive(slot: number): boolean {
    return this.state[slot] === ACTIVE;
  }

  /** Adds a key known to be absent; grows the table when CPython would. */
  add(norm: unknown, key: unknown, value: unknown, hash: Hash64): void {
    const usedBefore = this.used;
    const slot = this.slotForNew(hash.hi, hash.lo);
    const wasEmpty = this.state[slot] === EMPTY;
    this.place(slot, norm, key, value, hash.hi, hash.lo);
    if (wasEmpty) this.fill++;
    this.used++;
    if (this.flavor === "py2") {
      // PyDict_SetItem / set_add_key: grow when a key was added and fill >= 2/3.
      if (this.used > usedBefore && this.fill * 3 >= (this.mask + 1) * 2) this.resize(this.growTarget());
    } else if (wasEmpty && this.fill * 5 >= this.mask * 3) {
      this.resize(this.growTarget());
    }
  }

  /** Adds a key known to be absent without the growth check (insertdict / set_insert_key in merges). */
  addNoGrow(norm: unknown, key: unknown, value: unknown, hi: number, lo: number): void {
    const slot = this.slotForNew(hi, lo);
    if (this.state[slot] === EMPTY) this.fill++;
    this.used++;
    this.place(slot, norm, key, value, hi, lo);
  }

  /** Marks the key's slot as a dummy (its hash stays, as CPython's me_hash does). */
  remove(slot: number): void {
    this.positions.delete(this.norms[slot]);
    this.state[slot] = DUMMY;
    this.norms[slot] = undefined;
    this.keys[slot] = undefined;
    if (this.values !== null) this.values[slot] = undefined;
    if (this.flavor === "py3set") {
      this.hashHi[slot] = 0xffffffff;
      this.hashLo[slot] = 0xffffffff;
    }
    this.used--;
  }

  clear(): void {
    this.mask = MIN_SIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.allocate(MIN_SIZE);
    this.positions.clear();
  }

  growTarget(): number {
    return this.used > 50000 ? this.used * 2 : this.used * 4;
  }

  /** The "one big resize" merges do first: PyDict_Merge, set_merge, set_update_internal(dict). */
  presizeFor(incoming: number): void {
    if (this.flavor === "py2") {
      if ((this.fill + incoming) * 3 >= (this.mask + 1) * 2) this.resize((this.used + incoming) * 2);
    } else if ((this.fill + incoming) * 5 >= this.mask * 3) {
      this.resize((this.used + incoming) * 2);
    }
  }

  /** CPython dictresize / set_table_resize: the smallest power of two > minUsed, keys reinserted in slot order. */
  resize(minUsed: number): void {
    let newSize = MIN_SIZE;
    while (newSize <= minUsed) newSize *= 2;
    // Staying in the 8-slot small table with no dummies to purge is a no-op.
    if (newSize === MIN_SIZE && this.mask === MIN_SIZE - 1 && this.fill === this.used) return;
    const { state, hashHi, hashLo, norms, keys, values } = this;
    const oldSize = this.mask + 1;
    this.mask = newSize - 1;
    this.allocate(newSize);
    this.fill = this.used;
    for (let slot = 0; slot < oldSize; slot++) {
      if (state[slot] !== ACTIVE) continue;
      const target = this.cleanSlot(hashHi[slot]!, hashLo[slot]!);
      this.place(target, norms[slot], keys[slot], values?.[slot], hashHi[slot]!, hashLo[slot]!);
    }
  }

  /** Python 3 set_merge into an empty table of the same size with no dummies: slots copied as they are. */
  copySlotsFrom(other: ProbeTable): void {
    for (let slot = 0; slot <= other.mask; slot++) {
      if (other.state[slot] !== ACTIVE) continue;
      this.place(slot, other.norms[slot], other.keys[slot], other.values?.[slot], other.hashHi[slot]!, other.hashLo[slot]!);
    }
    this.fill = other.fill;
    this.used = other.used;
  }

  /** Python 3 set_merge into an empty table: set_insert_clean for each key (no dummies to reuse). */
  addClean(norm: unknown, key: unknown, hi: number, lo: number): void {
    this.place(this.cleanSlot(hi, lo), norm, key, undefined, hi, lo);
    this.fill++;
    this.used++;
  }

  /** The slot set.pop()/dict.popitem() takes next (CPython's search finger), or -1 when empty. */
  popSlot(): number {
    if (this.used === 0) return -1;
    if (this.flavor === "py3set") {
      let slot = this.finger & this.mask;
      while (this.state[slot] !== ACTIVE) slot = slot === this.mask ? 0 : slot + 1;
      this.finger = slot + 1;
      return slot;
    }
    // Python 2 abuses slot 0's hash as the finger when slot 0 holds no key.
    let slot = 0;
    if (this.state[0] !== ACTIVE) {
      slot = this.hashHi[0] === 0 && this.hashLo[0] >= 1 && this.hashLo[0] <= this.mask ? this.hashLo[0]! : 1;
      while (this.state[slot] !== ACTIVE) slot = slot === this.mask ? 1 : slot + 1;
    }
    return slot;
  }

  /** Records Python 2's next search start after a pop from `slot`. */
  afterPop(slot: number): void {
    if (this.flavor === "py2") {
      this.hashHi[0] = 0;
      this.hashLo[0] = slot + 1;
    }
  }

  private allocate(size: number): void {
    this.state = new Uint8Array(size);
    this.hashHi = new Uint32Array(size);
    this.hashLo = new Uint32Array(size);
    this.norms = new Array(size);
    this.keys = new Array(size);
    if (this.values !== null) this.values = new Array(size);
  }

  private place(slot: number, norm: unknown, key: unknown, value: unknown, hi: number, lo: number): void {
    this.state[slot] = ACTIVE;
    this.hashHi[slot] = hi;
    this.hashLo[slot] = lo;
    this.norms[slot] = norm;
    this.keys[slot] = key;
    if (this.values !== null) this.values[slot] = value;
    this.positions.set(norm, slot);
  }

  /**
   * Where a new key goes: the first empty slot on its probe path, or a dummy
   * passed before it. CPython 2.7 takes the first such dummy; CPython 3.11's
   * set_add_entry overwrites its free-slot pointer at every dummy and so takes
   * the last (measured: testdata/genOrder.py's dummy-chain programs).
   */
  private slotForNew(hi: number, lo: number): number {
    const mask = this.mask;
    const state = this.state;
    let freeSlot = -1;
    let i = lo & mask;
    let perturbHi = hi;
    let perturbLo = lo;
    if (this.flavor === "py2") {
      for (;;) {
        const s = state[i & mask];
        if (s === EMPTY) return freeSlot >= 0 ? freeSlot : i & mask;
        if (s === DUMMY && freeSlot < 0) freeSlot = i & mask;
        i = (i * 5 + perturbLo + 1) >>> 0;
        perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
        perturbHi >>>= 5;
      }
    }
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const s = state[i + j];
        if (s === EMPTY) return freeSlot >= 0 ? freeSlot : i + j;
        if (s === DUMMY) freeSlot = i + j;
      }
      perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
      perturbHi >>>= 5;
      i = ((i * 5 + 1 + perturbLo) >>> 0) & mask;
    }
  }

  /** insertdict_clean / set_insert_clean: the first empty slot (the table has no dummies). */
  private cleanSlot(hi: number, lo: number): number {
    const mask = this.mask;
    const state = this.state;
    let i = lo & mask;
    let perturbHi = hi;
    let perturbLo = lo;
    if (this.flavor === "py2") {
      while (state[i & mask] !== EMPTY) {
        i = (i * 5 + perturbLo + 1) >>> 0;
        perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
        perturbHi >>>= 5;
      }
      return i & mask;
    }
    for (;;) {
      if (state[i] === EMPTY) return i;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) if (state[i + j] === EMPTY) return i + j;
      }
      perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
      perturbHi >>>= 5;
      i = ((i * 5 + 1 + perturbLo) >>> 0) & mask;
    }
  }
}
