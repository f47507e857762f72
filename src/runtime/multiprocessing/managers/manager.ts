// BaseManager, SyncManager and multiprocessing.Manager() (CPython's managers.py).
// start() starts the manager's server process (named `SyncManager-1`, counted by
// the creator's Process counter, listed by active_children(), as in CPython) and
// waits until it serves; shutdown() — also a finalizer of the creator's exit
// function, priority 0 — asks it to stop and joins it. register() adds a typeid:
// a creation method on the class, and an entry the server gets at start().
//
//   manager = Manager()          ->  const manager = Manager();
//   with Manager() as m:         ->  enterContext(Manager())
//   MyManager.register('Maths', MathsClass)  ->  getattr(MyManager, "register")("Maths", MathsClass)

import { fixDefaultContext } from "../startMethod.js";
import { randomBytes } from "node:crypto";
import { defineFunction } from "../../builtins/call.js";
import { isPy2 } from "../../builtins/dialect.js";
import { AssertionError, AttributeError, EOFError, NotImplementedError, TypeError } from "../../builtins/exceptions.js";
import { takeTrailingKwargs } from "../../builtins/kwargs.js";
import { PyObject } from "../../builtins/object.js";
import { PyDict } from "../../builtins/dict.js";
import { PyTuple } from "../../builtins/tuple.js";
import { typeName } from "../../builtins/types.js";
import { callable as isCallable } from "../../builtins/attributes.js";
import { kShare, reduceDictViewsAsLists, registerRuntimeClass, registerShareable, type ShareState } from "../../internal/codecRegistry.js";
import { kInt32, kMgrControlSlots, kMgrServerState, kMgrServing, kMgrStarting } from "../../internal/symbols.js";
import { waitFor } from "../../internal/wait.js";
import { ProcessError } from "../errors.js";
import { current_process, Process } from "../process.js";
import { addFinalizer } from "../util.js";
import { connectionTo } from "./connection.js";
import { AutoProxy, BaseProxy, makeProxy, readReply, Token, type ProxyRegistry, type ProxyType } from "./proxy.js";
import { AcquirerProxy, ArrayProxy, BarrierProxy, ConditionProxy, DictProxy, EventProxy, exposedOf, IteratorProxy, ListProxy, NamespaceProxy, PoolProxy, ValueProxy } from "./proxyTypes.js";
import type { RegistryEntry } from "./registryTypes.js";
import { runServer } from "./server.js";
import { Op } from "./wire.js";

/** CPython's State values. */
const INITIAL = 0;
const STARTED = 1;
const SHUTDOWN = 2;

/** A registration as the manager class keeps it (CPython's `_registry[typeid]`). */
interface Registration {
  readonly callable: Function | string | null;
  readonly exposed: readonly string[] | null;
  readonly methodToTypeid: Readonly<Record<string, string>> | null;
  readonly proxytype: ProxyType;
}

/** The proxy types of SyncManager, whose `_exposed_` depends on the dialect. */
const builtinProxyNames = new Map<unknown, string>([
  [IteratorProxy, "IteratorProxy"], [AcquirerProxy, "AcquirerProxy"], [ConditionProxy, "ConditionProxy"], [EventProxy, "EventProxy"],
  [BarrierProxy, "BarrierProxy"], [NamespaceProxy, "NamespaceProxy"], [ValueProxy, "ValueProxy"], [ListProxy, "ListProxy"],
  [DictProxy, "DictProxy"], [ArrayProxy, "ArrayProxy"], [PoolProxy, "PoolProxy"],
]);

/** `exposed or getattr(proxytype, '_exposed_', None)`. */
function exposedOfRegistration(registration: Registration): readonly string[] | null {
  if (registration.exposed !== null) return registration.exposed;
  const builtin = builtinProxyNames.get(registration.proxytype);
  if (builtin !== undefined) return exposedOf(builtin);
  const own = (registration.proxytype as unknown as { _exposed_?: unknown })._exposed_;
  return own === null || own === undefined ? null : stringList(own, "exposed");
}

function stringList(value: unknown, what: string): string[] {
  if (typeof value === "string" || typeof (value as Iterable<unknown>)?.[Symbol.iterator] !== "function") throw new TypeError(`${what} must be a sequence of method names`);
  return [...(value as Iterable<unknown>)].map((name) => {
    if (typeof name !== "string") throw new TypeError(`${what} must be a sequence of method names`);
    return name;
  });
}

function methodToTypeidOf(value: unknown): Record<string, string> | null {
  if (value === null || value === undefined) return null;
  const out: Record<string, string> = {};
  const entries = value instanceof PyDict ? [...value.items()].map((item) => [item[0], item[1]] as const) : Object.entries(value as object);
  for (const [key, typeid] of entries) {
    if (typeof key !== "string") throw new AssertionError(`${String(key)} is not a string`);
    if (typeof typeid !== "string") throw new AssertionError(`${String(typeid)} is not a string`);
    out[key] = typeid;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** What the server process needs: where it serves, what it may create, what to run first. */
interface ServerArgs {
  readonly address: string;
  readonly control: ServerControl;
  readonly registry: ReadonlyArray<RegistryEntry & { readonly typeid: string }>;
  readonly initializer: unknown;
  readonly initargs: unknown;
}

/** The server's control block, inherited by its process as a shared-memory handle. */
class ServerControl {
  constructor(readonly buffer: SharedArrayBuffer) {}

  [kShare](): ShareState {
    return { kind: "multiprocessing.managers.ServerControl", typeName: "ServerControl", buffers: [this.buffer], state: null };
  }
}
registerShareable("multiprocessing.managers.ServerControl", (buffers) => new ServerControl(buffers[0]!));

/** The manager's server process: CPython runs `_run_server` as the target of a context Process. */
export class ServerProcess extends Process {
  declare _managerArgs: ServerArgs;

  override run(): void {
    const args = this._managerArgs;
    runServer(args.address, args.control.buffer, args.registry, args.initializer, args.initargs);
  }
}
// 3.x shows the context's class (ForkProcess); 2.7 a plain Process.
Object.defineProperty(ServerProcess, "name", { get: () => (isPy2() ? "Process" : "ForkProcess"), configurable: true });
registerRuntimeClass("multiprocessing.managers.ServerProcess", ServerProcess);

/** A unique address, shaped like CPython's (a socket file under a temporary directory). */
function newAddress(): string {
  return `/tmp/pymp-${randomBytes(4).toString("hex")}/listener-${randomBytes(4).toString("hex")}`;
}

export class BaseManager extends PyObject implements ProxyRegistry {
  declare _address: string | null;
  declare _authkey: unknown;
  declare _serializer: string;
  declare _state: { value: number };
  declare _process: ServerProcess | null;
  declare _shutdown_timeout: number;
  /** Removes the exit finalizer; null until started. */
  declare _finalizer: (() => void) | null;

  static _registry: Map<string, Registration> = new Map();

  static override get __module__(): string {
    return "multiprocessing.managers";
  }

  /** BaseManager(address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0). */
  override __init__(...args: unknown[]): any {
    const kwargs = takeTrailingKwargs(args);
    const names = isPy2() ? ["address", "authkey", "serializer"] : ["address", "authkey", "serializer", "ctx", "shutdown_timeout"];
    const bound: Record<string, unknown> = {};
    args.forEach((value, i) => {
      if (i >= 4 || i >= names.length) throw new TypeError(`${isPy2() ? "__init__" : "BaseManager.__init__"}() takes from 1 to ${Math.min(names.length, 4) + 1} positional arguments but ${args.length + 1} were given`);
      bound[names[i]!] = value;
    });
    for (const [key, value] of Object.entries(kwargs)) {
      if (!names.includes(key)) throw new TypeError(`${isPy2() ? "__init__" : "BaseManager.__init__"}() got an unexpected keyword argument '${key}'`);
      bound[key] = value;
    }
    if (bound["serializer"] !== undefined && bound["serializer"] !== "pickle") throw new NotImplementedError("managers with the xmlrpclib serializer are not supported");
    this._address = (bound["address"] as string | undefined) ?? null;
    this._authkey = bound["authkey"] ?? current_process().authkey;
    this._serializer = "pickle";
    this._state = { value: INITIAL };
    this._process = null;
    this._shutdown_timeout = (bound["shutdown_timeout"] as number | undefined) ?? 1.0;
    this._finalizer = null;
    if (!isPy2()) reduceDictViewsAsLists();
    return null;
  }

  get address(): string | null {
    return this._address;
  }

  /** start(initializer=None, initargs=()): starts the server process and waits until it serves. */
  start(initializer: unknown = null, initargs: unknown = PyTuple.of()): null {
    this._checkInitial();
    if (initializer !== null && initializer !== undefined && !isCallable(initializer)) throw new TypeError("initializer must be a callable");
    const control = new SharedArrayBuffer(kMgrControlSlots * kInt32);
    const address = this._address ?? newAddress();
    const process = new ServerProcess();
    process._name = `${(this.constructor as typeof PyObject).__name__}-${process._identity.join(":")}`;
    process._managerArgs = { address, control: new ServerControl(control), registry: this._serverRegistry(), initializer: initializer ?? null, initargs };
    this._process = process;
    process.start();
    // CPython reads the server's address from a pipe: EOFError if the server process dies first.
    const state = new Int32Array(control);
    for (;;) {
      const ready = waitFor(state, kMgrServerState, () => Atomics.load(state, kMgrServerState) !== kMgrStarting, performance.now() + 50);
      if (ready && Atomics.load(state, kMgrServerState) === kMgrServing) break;
      if (ready || process.exitcode !== null) throw new EOFError();
    }
    this._address = address;
    this._state.value = STARTED;
    this._finalizer = addFinalizer(() => this._finalize(), 0);
    return null;
  }

  private _checkInitial(): void {
    if (this._state.value === INITIAL) return;
    if (isPy2()) throw new AssertionError();
    throw new ProcessError(this._state.value === STARTED ? "Already started server" : "Manager has shut down");
  }

  /** The registrations the server needs, with SyncManager's exposed lists for this dialect. */
  private _serverRegistry(): Array<RegistryEntry & { typeid: string }> {
    const registry = (this.constructor as typeof BaseManager)._registry;
    return [...registry].map(([typeid, registration]) => ({
      typeid,
      callable: registration.callable,
      exposed: exposedOfRegistration(registration),
      methodToTypeid: registration.methodToTypeid,
    }));
  }

  /** Creates a shared object in the server: its token and exposed methods. */
  _create(typeid: string, args: unknown[], kwargs: Record<string, unknown> | null): [Token, unknown] {
    if (this._state.value !== STARTED) throw new AssertionError("server not yet started");
    const reply = this._serverCall("create", [typeid, ...args], kwargs) as PyTuple;
    return [new Token(typeid, this._address!, reply[0] as string), reply[1]];
  }

  _serverCall(fn: string, args: unknown[], kwargs: Record<string, unknown> | null = null): unknown {
    return connectionTo(this._address!).call(
      (w) => {
        w.u8(Op.Server);
        w.str(fn);
        w.values(args);
        w.kwargs(kwargs);
      },
      (r) => readReply(r, null, this),
      /* methodCall */ false,
    );
  }

  proxyTypeOf(typeid: string): ProxyType {
    const registration = (this.constructor as typeof BaseManager)._registry.get(typeid);
    if (!registration) throw new AttributeError(`no registered typeid ${typeid}`);
    return registration.proxytype;
  }

  /** shutdown(): CPython's Finalize object, set by start(); calling it again does nothing. */
  shutdown(): null {
    if (this._finalizer === null) {
      if (this._state.value === INITIAL) throw new AttributeError(`'${typeName(this)}' object has no attribute 'shutdown'`);
      return null;
    }
    this._finalizer();
    this._finalizer = null;
    this._finalize();
    return null;
  }

  /** CPython's _finalize_manager. */
  private _finalize(): void {
    this._finalizer = null;
    const process = this._process;
    if (process !== null && process.is_alive()) {
      try {
        this._serverCall("shutdown", []);
      } catch {
        // CPython ignores a server it cannot reach.
      }
      const timeouts = isPy2() ? [0.2, 0.1] : [this._shutdown_timeout, this._shutdown_timeout];
      process.join(timeouts[0]);
      if (process.is_alive()) {
        process.terminate();
        process.join(timeouts[1]);
        if (process.is_alive() && !isPy2()) {
          process.kill();
          process.join();
        }
      }
    }
    this._state.value = SHUTDOWN;
  }

  join(timeout: unknown = null): null {
    if (this._process !== null) {
      this._process.join(timeout as number | null);
      if (!isPy2() && !this._process.is_alive()) this._process = null;
    }
    return null;
  }

  _number_of_objects(): unknown {
    return this._serverCall("number_of_objects", []);
  }

  connect(): null {
    throw new NotImplementedError("connecting to a manager started elsewhere is not supported by py2ts-mp");
  }

  get_server(): never {
    throw new NotImplementedError("BaseManager.get_server() (serving from the calling process) is not supported by py2ts-mp");
  }

  __enter__(): this {
    if (isPy2()) return this;
    if (this._state.value === INITIAL) this.start();
    if (this._state.value !== STARTED) throw new ProcessError(this._state.value === INITIAL ? "Unable to start server" : "Manager has shut down");
    return this;
  }

  __exit__(..._args: unknown[]): null {
    this.shutdown();
    return null;
  }

  /**
   * register(typeid, callable=None, proxytype=None, exposed=None,
   * method_to_typeid=None, create_method=True), a classmethod: read as an
   * attribute, it is bound to the class it was read from.
   */
  static get register(): (...args: unknown[]) => null {
    const cls = this;
    const register = (typeid: unknown, callable: unknown = null, proxytype: unknown = null, exposed: unknown = null, method_to_typeid: unknown = null, create_method: unknown = true): null => {
      registerTypeid(cls, typeid, callable, proxytype, exposed, method_to_typeid, create_method);
      return null;
    };
    defineFunction(register, "register(typeid, callable=, proxytype=, exposed=, method_to_typeid=, create_method=)", [null, null, null, null, true]);
    return register;
  }
}

function registerTypeid(cls: typeof BaseManager, typeid: unknown, callable: unknown, proxytype: unknown, exposed: unknown, methodToTypeid: unknown, createMethod: unknown): void {
  if (typeof typeid !== "string") throw new TypeError("typeid must be a string");
  if (!Object.prototype.hasOwnProperty.call(cls, "_registry")) cls._registry = new Map(cls._registry);
  const type = (proxytype ?? AutoProxy) as ProxyType;
  const ownMapping = methodToTypeid ?? (type as unknown as { _method_to_typeid_?: unknown })._method_to_typeid_;
  const registration: Registration = {
    callable: (callable ?? null) as Function | string | null,
    exposed: exposed === null || exposed === undefined ? null : stringList(exposed, "exposed"),
    methodToTypeid: methodToTypeidOf(ownMapping),
    proxytype: type,
  };
  cls._registry.set(typeid, registration);
  if (createMethod === false) return;
  const create = function (this: BaseManager, ...args: unknown[]): BaseProxy {
    if (typeid === "Barrier" && isPy2()) throw new AttributeError(`'${typeName(this)}' object has no attribute 'Barrier'`);
    const kwargs = takeTrailingKwargs(args);
    const [token, exp] = this._create(typeid, args, Object.keys(kwargs).length > 0 ? kwargs : null);
    return makeProxy(type, token, this, exp);
  };
  Object.defineProperty(create, "name", { value: typeid });
  Object.defineProperty(cls.prototype, typeid, { value: create, writable: true, configurable: true, enumerable: false });
}

export class SyncManager extends BaseManager {}

// CPython's SyncManager registrations (the callables are the server's factories, registryTypes.ts).
const syncRegistrations: ReadonlyArray<[string, string | null, ProxyType | null, boolean]> = [
  ["Queue", "Queue", null, true],
  ["JoinableQueue", "Queue", null, true],
  ["Event", "Event", EventProxy, true],
  ["Lock", "Lock", AcquirerProxy, true],
  ["RLock", "RLock", AcquirerProxy, true],
  ["Semaphore", "Semaphore", AcquirerProxy, true],
  ["BoundedSemaphore", "BoundedSemaphore", AcquirerProxy, true],
  ["Condition", "Condition", ConditionProxy, true],
  ["Barrier", "Barrier", BarrierProxy, true],
  ["Pool", "Pool", PoolProxy, true],
  ["list", "list", ListProxy, true],
  ["dict", "dict", DictProxy, true],
  ["Value", "Value", ValueProxy, true],
  ["Array", "Array", ArrayProxy, true],
  ["Namespace", "Namespace", NamespaceProxy, true],
  ["Iterator", null, IteratorProxy, false],
  ["AsyncResult", null, null, false],
];
for (const [typeid, callable, proxytype, createMethod] of syncRegistrations) {
  registerTypeid(SyncManager, typeid, callable, proxytype, null, null, createMethod);
}
registerRuntimeClass("multiprocessing.managers.BaseManager", BaseManager);
registerRuntimeClass("multiprocessing.managers.SyncManager", SyncManager);

/** multiprocessing.Manager(): a started SyncManager. */
export function Manager(): SyncManager {
  fixDefaultContext();
  const manager = new SyncManager();
  manager.start();
  return manager;
}
