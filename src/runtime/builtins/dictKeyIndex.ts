// The position of each key in a dict's or set's store (CompactStore, ProbeTable),
// with a JavaScript Map's interface. str keys live in a prototype-less object,
// which V8 keeps as a hash table keyed by interned strings: a lookup with a
// string seen before compares pointers, where a Map compares contents
// (measured: bench/cpu/dict_count.py). Other normalised keys use a Map.

export class KeyIndex {
  private _strings: Record<string, number> = Object.create(null);
  /** Created on the first key that is not a string. */
  private _others: Map<unknown, number> | null = null;

  get(norm: unknown): number | undefined {
    return typeof norm === "string" ? this._strings[norm] : this._others?.get(norm);
  }

  has(norm: unknown): boolean {
    return typeof norm === "string" ? this._strings[norm] !== undefined : this._others !== null && this._others.has(norm);
  }

  set(norm: unknown, position: number): void {
    if (typeof norm === "string") this._strings[norm] = position;
    else (this._others ??= new Map()).set(norm, position);
  }

  delete(norm: unknown): void {
    if (typeof norm === "string") delete this._strings[norm];
    else this._others?.delete(norm);
  }

  clear(): void {
    this._strings = Object.create(null);
    this._others = null;
  }
}
