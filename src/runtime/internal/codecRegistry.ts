// What the codec may name besides plain values: runtime classes whose instances
// travel as class + attributes (Process, exceptions), and shareable objects
// (Lock, Semaphore, Event, Value, ... later Queue and Pipe ends) that travel as
// shared-memory handles in inheritance mode. Each runtime module registers its own
// entries when it loads; decoding only ever calls these registered rebuilders.

/** Input that is not a valid encoding (a bug or corruption, never user data). */
export class CodecError extends Error {
  override name = "CodecError";
}

/** A rebuilder's check on what it was given. */
export function expectCodec(condition: boolean, what: string): asserts condition {
  if (!condition) throw new CodecError(`corrupt ${what}`);
}

/** Implemented by objects that travel as shared-memory handles. */
export const kShare = Symbol("py2ts.share");

export interface ShareState {
  /** The rebuilder's registered kind. */
  readonly kind: string;
  /** CPython's class name in "Lock objects should only be shared between processes through inheritance". */
  readonly typeName: string;
  readonly buffers: readonly SharedArrayBuffer[];
  /** The error for message mode when it is not the inheritance RuntimeError. */
  readonly refuse?: () => Error;
  /** Allowed in messages too (a Logger, which pickle sends by name). */
  readonly travelsInMessages?: boolean;
  /** Anything the codec can encode (numbers, other shareables, function references). */
  readonly state: unknown;
}

export interface Shareable {
  [kShare](): ShareState;
}

export type Rebuilder = (buffers: readonly SharedArrayBuffer[], state: unknown) => object;

const rebuilders = new Map<string, Rebuilder>();

export function registerShareable(kind: string, rebuild: Rebuilder): void {
  rebuilders.set(kind, rebuild);
}

export function shareableRebuilder(kind: string): Rebuilder | undefined {
  return rebuilders.get(kind);
}

export function isShareable(value: object): value is Shareable {
  return typeof (value as Partial<Shareable>)[kShare] === "function";
}

/**
 * Runtime objects whose state is not plain attributes (random.Random's generator):
 * like pickle's __reduce__, the object gives a codec-encodable state and a
 * registered restore rebuilds it (on an object created without its constructor).
 * A script's subclass travels too, found by class name; its own attributes are
 * not carried (TODO(procs) if a script needs them).
 */
export const kReduce = Symbol("py2ts.reduce");

export interface Reducible {
  /** The registered kind and the state its restore takes. */
  [kReduce](): { readonly kind: string; readonly state: unknown };
}

export type Restorer = (obj: object, state: unknown) => void;

// Python 3's multiprocessing.managers registers a reducer that pickles dict views
// as lists (`reduction.register(view_type, rebuild_as_list)`): once a process has
// used a manager, `proxy.extend(d.keys())` and `m.dict(d.items())` send lists,
// where before pickle refused the view.
let dictViewsAsLists = false;

export function reduceDictViewsAsLists(): void {
  dictViewsAsLists = true;
}

export function dictViewsTravelAsLists(): boolean {
  return dictViewsAsLists;
}

const restorers = new Map<string, Restorer>();

export function registerReducible(kind: string, restore: Restorer): void {
  restorers.set(kind, restore);
}

export function reducibleRestorer(kind: string): Restorer | undefined {
  return restorers.get(kind);
}

export function isReducible(value: object): value is Reducible {
  return typeof (value as Partial<Reducible>)[kReduce] === "function";
}

// Runtime classes by a stable name, both ways.
const classesByName = new Map<string, Function>();
const namesByClass = new Map<Function, string>();

export function registerRuntimeClass(name: string, cls: Function): void {
  classesByName.set(name, cls);
  namesByClass.set(cls, name);
}

export function runtimeClassName(cls: Function): string | undefined {
  return namesByClass.get(cls);
}

/**
 * Classes some runtime modules make on demand (multiprocessing.managers'
 * MakeProxyType): a factory gets a name no class was registered under and may
 * make (and register) the class. Factories only run runtime code.
 */
const classFactories: Array<(name: string) => Function | undefined> = [];

export function registerRuntimeClassFactory(factory: (name: string) => Function | undefined): void {
  classFactories.push(factory);
}

export function runtimeClass(name: string): Function | undefined {
  const cls = classesByName.get(name);
  if (cls !== undefined) return cls;
  for (const factory of classFactories) {
    const made = factory(name);
    if (made !== undefined) return made;
  }
  return undefined;
}
