// Python 3 bytearray: PyByteArray, a mutable byte string. The bytes live at the
// front of a buffer that grows by doubling, so append and extend are amortised
// O(1); `data` is a view of the live bytes, which is what a reader such as
// Connection.recv_bytes_into writes through. Reading methods are ByteSequence's,
// shared with bytes. (Python 2 scripts that use bytearray are reported by the
// lowering, so this type only ever runs under Python 3.) Messages are CPython 3.11's.

import { ByteSequence } from "./bytes.js";
import { byteOf, bytesFromHex, bytesLiteral, bytesOfIterator, EMPTY } from "./bytesLike.js";
import { BufferError, IndexError, OverflowError, TypeError, ValueError } from "./exceptions.js";
import { PyFloat } from "./float.js";
import { pyIterator } from "./iterProtocol.js";
import { PyLong } from "./long.js";
import { itemIndex, PySlice, sliceIndicesOf, toIndex } from "./slice.js";
import { checkNoEncoding, encodeForConstructor } from "./strEncode.js";
import { registerBuiltinType, typeName } from "./types.js";

const ASSIGN_MESSAGE = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";

export class PyByteArray extends ByteSequence {
  private _buffer: Uint8Array;
  private _size: number;

  /** A bytearray that owns `data` from now on (no copy). */
  constructor(data: Uint8Array = new Uint8Array(0)) {
    super();
    this._buffer = data;
    this._size = data.length;
  }

  get data(): Uint8Array {
    return this._buffer.subarray(0, this._size);
  }

  // The hot paths below read the buffer directly: `data` makes a view per call.
  override get length(): number {
    return this._size;
  }

  override __getitem__(key: unknown): number | this {
    if (typeof key === "number") {
      const i = key < 0 ? key + this._size : key;
      if (i >= 0 && i < this._size && Number.isInteger(i)) return this._buffer[i]!;
    }
    return super.__getitem__(key);
  }

  protected _make(data: Uint8Array): this {
    return new PyByteArray(data) as this;
  }

  // Getters, not fields: nothing per instance.
  protected get _indexKind(): string {
    return "bytearray";
  }

  protected get _indexError(): string {
    return "bytearray index out of range";
  }

  /** bytearray.fromhex('61 62'). */
  static fromhex(text: string): PyByteArray {
    return new PyByteArray(bytesFromHex(text));
  }

  __setitem__(key: unknown, value: unknown): null {
    if (typeof key === "number" && typeof value === "number" && (value & 0xff) === value) {
      const i = key < 0 ? key + this._size : key;
      if (i >= 0 && i < this._size && Number.isInteger(i)) {
        this._buffer[i] = value;
        return null;
      }
    }
    if (key instanceof PySlice) {
      this._assignSlice(key, value);
    } else {
      const i = itemIndex(key, this._size, this._indexKind, this._indexError);
      this._buffer[i] = byteOf(value);
    }
    return null;
  }

  __delitem__(key: unknown): null {
    if (!(key instanceof PySlice)) {
      this._splice(itemIndex(key, this._size, this._indexKind, this._indexError), 1, EMPTY);
      return null;
    }
    const [start, stop, step, count] = sliceIndicesOf(key, this._size);
    if (step === 1) {
      this._splice(start, Math.max(0, stop - start), EMPTY);
      return null;
    }
    // Keep every byte the extended slice does not select, in order.
    const selected = new Set<number>();
    for (let i = 0, j = start; i < count; i++, j += step) selected.add(j);
    const kept = this.data.filter((_, i) => !selected.has(i));
    this._splice(0, this._size, kept);
    return null;
  }

  /** `a += b'..'`: a bytes-like operand only (`a += [1]` is a TypeError, unlike extend). */
  __iadd__(other: unknown): this {
    if (!(other instanceof ByteSequence)) throw new TypeError(`can't concat ${typeName(other)} to bytearray`);
    // CPython holds a buffer export of the operand while it resizes: `a += a` fails.
    if (other === this) throw new BufferError("Existing exports of data: object cannot be re-sized");
    this._splice(this._size, 0, other.data.slice());
    return this;
  }

  __imul__(n: unknown): this {
    this._splice(0, this._size, this.__mul__(n).data);
    return this;
  }

  __hash__(): never {
    throw new TypeError("unhashable type: 'bytearray'");
  }

  /** `bytearray(b'abc')`. */
  __repr__(): string {
    return `bytearray(${bytesLiteral(this.data, true)})`;
  }

  append(item: unknown): null {
    const byte = byteOf(item);
    if (this._size === this._buffer.length) this._grow(this._size + 1);
    this._buffer[this._size++] = byte;
    return null;
  }

  /** extend(iterable): bytes-like data, or any iterable of ints in 0..255. */
  extend(items: unknown): null {
    if (items instanceof ByteSequence) {
      this._splice(this._size, 0, items.data.slice());
      return null;
    }
    const it = iteratorOr(items, () => `can't extend bytearray with ${typeName(items)}`);
    this._splice(this._size, 0, bytesOfIterator(it));
    return null;
  }

  /** insert(index, item): like list.insert, an index past either end clamps to it. */
  insert(index: unknown, item: unknown): null {
    let i = toIndex(index, () => `'${typeName(index)}' object cannot be interpreted as an integer`);
    if (typeof i === "bigint") i = i < 0n ? 0 : this._size;
    if (i < 0) i = Math.max(0, i + this._size);
    this._splice(Math.min(i, this._size), 0, Uint8Array.of(byteOf(item)));
    return null;
  }

  pop(index: unknown = -1): number {
    if (this._size === 0) throw new IndexError("pop from empty bytearray");
    const n = toIndex(index, () => `'${typeName(index)}' object cannot be interpreted as an integer`);
    const i = itemIndex(n, this._size, this._indexKind, "pop index out of range");
    const value = this._buffer[i]!;
    this._splice(i, 1, EMPTY);
    return value;
  }

  remove(item: unknown): null {
    const i = this.data.indexOf(byteOf(item));
    if (i < 0) throw new ValueError("value not found in bytearray");
    this._splice(i, 1, EMPTY);
    return null;
  }

  clear(): null {
    this._splice(0, this._size, EMPTY);
    return null;
  }

  copy(): PyByteArray {
    return new PyByteArray(this.data.slice());
  }

  reverse(): null {
    this.data.reverse();
    return null;
  }

  /** `a[i:j] = data` (any length) or `a[i:j:k] = data` (exactly as many bytes as it selects). */
  private _assignSlice(slice: PySlice, value: unknown): void {
    const items = assignedBytes(value);
    const [start, stop, step, count] = sliceIndicesOf(slice, this._size);
    if (step === 1) {
      this._splice(start, Math.max(0, stop - start), items);
      return;
    }
    if (items.length !== count) throw new ValueError(`attempt to assign bytes of size ${items.length} to extended slice of size ${count}`);
    for (let i = 0, j = start; i < count; i++, j += step) this._buffer[j] = items[i]!;
  }

  /** Replaces `deleteCount` bytes at `start` with `items` (which must not be a view of this buffer). */
  private _splice(start: number, deleteCount: number, items: Uint8Array): void {
    const size = this._size - deleteCount + items.length;
    if (size > this._buffer.length) this._grow(size);
    this._buffer.copyWithin(start + items.length, start + deleteCount, this._size);
    this._buffer.set(items, start);
    this._size = size;
  }

  /** A buffer of at least `capacity` bytes (at least doubling), holding the live bytes. */
  private _grow(capacity: number): void {
    const grown = new Uint8Array(Math.max(capacity, 2 * this._buffer.length, 16));
    grown.set(this._buffer.subarray(0, this._size));
    this._buffer = grown;
  }
}

/** The bytes a slice assignment stores; a number or str is refused, as CPython does. */
function assignedBytes(value: unknown): Uint8Array {
  if (value instanceof ByteSequence) return value.data.slice();
  if (isNumber(value) || typeof value === "string") throw new TypeError(ASSIGN_MESSAGE);
  return bytearray(value).data;
}

function isNumber(value: unknown): boolean {
  return typeof value === "number" || typeof value === "bigint" || typeof value === "boolean" || value instanceof PyFloat || value instanceof PyLong;
}

/**
 * bytearray(source, encoding): empty, `n` zero bytes, a copy of bytes-like data,
 * the ints of an iterable, or a str encoded with `encoding`.
 */
export function bytearray(source?: unknown, encoding?: unknown, errors?: unknown): PyByteArray {
  if (typeof source === "string") return new PyByteArray(encodeForConstructor("bytearray", source, encoding, errors).data);
  checkNoEncoding(encoding, errors);
  if (source === undefined) return new PyByteArray();
  if (source instanceof ByteSequence) return new PyByteArray(source.data.slice());
  if ((typeof source === "number" && Number.isInteger(source)) || typeof source === "bigint" || typeof source === "boolean" || source instanceof PyLong) {
    const n = toIndex(source, () => "");
    if (n < 0) throw new ValueError("negative count");
    if (typeof n === "bigint" || n > Number.MAX_SAFE_INTEGER) throw new OverflowError("cannot fit 'int' into an index-sized integer");
    return new PyByteArray(new Uint8Array(n));
  }
  return new PyByteArray(bytesOfIterator(iteratorOr(source, () => `cannot convert '${typeName(source)}' object to bytearray`)));
}

/** An iterator over `source`; TypeError `message()` when it is not iterable. */
function iteratorOr(source: unknown, message: () => string): Iterator<unknown> {
  try {
    return pyIterator(source);
  } catch (error) {
    if (error instanceof TypeError) throw new TypeError(message());
    throw error;
  }
}
registerBuiltinType(bytearray, { name: "bytearray", check: (v) => v instanceof PyByteArray, runtimeClass: PyByteArray });
