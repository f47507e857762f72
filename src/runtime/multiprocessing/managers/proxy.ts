// BaseProxy and the proxy machinery of CPython's managers.py: Token, MakeProxyType,
// AutoProxy, and how a proxy travels. A proxy holds its referent's token (typeid,
// server address, id) and calls methods through this process's connection to the
// server (connection.ts); results come back by value, a method_to_typeid result
// as a new proxy. A proxy crosses processes by reduction (codec kReduce) in both
// inheritance and message modes, and is rebuilt without its manager, as CPython
// rebuilds it after a fork or an unpickle.

import { AttributeError, BaseException, NotImplementedError, RuntimeError, TypeError } from "../../builtins/exceptions.js";
import { isPy2 } from "../../builtins/dialect.js";
import { PyDict } from "../../builtins/dict.js";
import { isKwargs } from "../../builtins/kwargs.js";
import { addressOf, PyObject } from "../../builtins/object.js";
import { repr } from "../../builtins/repr.js";
import { kDefinedInPython } from "../../builtins/subscript.js";
import { PyTuple } from "../../builtins/tuple.js";
import { typeName } from "../../builtins/types.js";
import { kReduce, reduceDictViewsAsLists, registerReducible, registerRuntimeClass, registerRuntimeClassFactory } from "../../internal/codecRegistry.js";
import { connectionTo } from "./connection.js";
import { invokeMethod } from "./dispatch.js";
import { RemoteError } from "./errors.js";
import { Pending } from "./pending.js";
import { currentServer, noteOwnProxy } from "./serverState.js";
import { Op, Reply, type WireReader } from "./wire.js";

/** What a manager gives its proxies: the proxy type of each typeid (method_to_typeid results). */
export interface ProxyRegistry {
  proxyTypeOf(typeid: string): ProxyType;
}

/** A proxy class, or AutoProxy (a function, as in CPython). */
export type ProxyType = (new (...args: any[]) => BaseProxy) | typeof AutoProxy;

/** CPython's Token: the identity of a shared object. */
export class Token extends PyObject {
  declare typeid: string;
  declare address: string;
  declare id: string;

  static override get __module__(): string {
    return "multiprocessing.managers";
  }

  override __init__(typeid: string, address: string, ident: string): any {
    this.typeid = typeid;
    this.address = address;
    this.id = ident;
    return null;
  }

  override __repr__(): any {
    return `Token(typeid=${repr(this.typeid)}, address=${repr(this.address)}, id=${repr(this.id)})`;
  }
}
registerRuntimeClass("multiprocessing.managers.Token", Token);

export class BaseProxy extends PyObject {
  /** Proxy classes are Python classes in CPython: `del arrayProxy[i]` is AttributeError: __delitem__ (builtins/subscript.ts). */
  static readonly [kDefinedInPython] = true;

  declare _token: Token;
  declare _id: string;
  declare _manager: ProxyRegistry | null;
  declare _serializer: string;
  declare _owned_by_manager: boolean;
  declare _isauto: boolean;
  declare _exposed_: unknown;

  static override get __module__(): string {
    return "multiprocessing.managers";
  }

  /**
   * BaseProxy(token, serializer, manager=None, authkey=None, exposed=None,
   * incref=True, manager_owned=False). Reference counts are not kept: a shared
   * object lives until its server stops.
   */
  override __init__(token: Token, serializer: unknown = "pickle", manager: ProxyRegistry | null = null, authkey: unknown = null, exposed: unknown = null, incref: unknown = true, manager_owned: unknown = false): any {
    void authkey;
    void exposed;
    void incref;
    initProxy(this, token, manager, manager_owned === true, typeof serializer === "string" ? serializer : "pickle");
    return null;
  }

  /** `_callmethod(methodname, args=(), kwds={})`: the referent's method, called in the server. */
  _callmethod(methodname: string, args: unknown = PyTuple.of(), kwds: unknown = null): any {
    return this._call(methodname, args === null || args === undefined ? [] : [...(args as Iterable<unknown>)], keywordsOf(kwds));
  }

  /** The call itself; emitted code reaches it through the proxy types' methods. */
  _call(method: string, args: unknown[], kwargs: Record<string, unknown> | null): any {
    const server = currentServer();
    if (server !== null && server.address === this._token.address) return callOwnReferent(server.referent(this._id), method, args, kwargs);
    return connectionTo(this._token.address).call(
      (w) => {
        w.u8(Op.Call);
        w.str(this._id);
        w.str(method);
        w.values(args);
        w.kwargs(kwargs);
      },
      (r) => readReply(r, this),
      /* methodCall */ true,
    );
  }

  /** A copy of the referent. */
  _getvalue(): any {
    return this._call("#GETVALUE", [], null);
  }

  __deepcopy__(memo: unknown): any {
    void memo;
    return this._getvalue();
  }

  override __repr__(): any {
    return `<${typeName(this)} object, typeid ${repr(this._token.typeid)} at ${addressOf(this)}>`;
  }

  /** The referent's repr, or a fall-back when the server cannot be reached (CPython swallows the error). */
  override __str__(): any {
    try {
      return this._call("__repr__", [], null);
    } catch (error) {
      if (!(error instanceof BaseException)) throw error;
      const text = this.__repr__() as string;
      return `${text.slice(0, -1)}; '__str__()' failed>`;
    }
  }

  /** Travels as its class, token and (for an auto proxy) exposed methods: RebuildProxy's arguments. */
  [kReduce](): { readonly kind: string; readonly state: unknown } {
    const t = this._token;
    return { kind: kProxyKind, state: PyTuple.of(t.typeid, t.address, t.id, this._serializer) };
  }
}

const kProxyKind = "multiprocessing.managers.proxy";

function initProxy(proxy: BaseProxy, token: Token, manager: ProxyRegistry | null, ownedByManager: boolean, serializer: string): void {
  define(proxy, "_token", token);
  define(proxy, "_id", token.id);
  define(proxy, "_manager", manager);
  define(proxy, "_serializer", serializer);
  define(proxy, "_owned_by_manager", ownedByManager);
}

/** An own property, set without running any setter (NamespaceProxy intercepts assignments). */
function define(obj: object, name: string, value: unknown): void {
  Object.defineProperty(obj, name, { value, writable: true, enumerable: false, configurable: true });
}

/** RebuildProxy: a proxy decoded in another process has no manager. */
registerReducible(kProxyKind, (obj, state) => {
  const [typeid, address, ident, serializer] = state as PyTuple<string>;
  const proxy = obj as BaseProxy;
  const server = currentServer();
  const owned = server !== null && server.address === address;
  initProxy(proxy, new Token(typeid!, address!, ident!), null, owned, serializer ?? "pickle");
  // Unpickling a proxy imports multiprocessing.managers, which registers its reducers.
  if (!isPy2()) reduceDictViewsAsLists();
  if (owned) noteOwnProxy();
});

/** `kwds` of _callmethod: a dict or the keyword object emitted code passes. */
function keywordsOf(kwds: unknown): Record<string, unknown> | null {
  if (kwds === null || kwds === undefined) return null;
  if (isKwargs(kwds)) return Object.keys(kwds).length > 0 ? kwds : null;
  if (kwds instanceof PyDict) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of kwds.items()) {
      if (typeof key !== "string") throw new TypeError("keywords must be strings");
      out[key] = value;
    }
    return Object.keys(out).length > 0 ? out : null;
  }
  throw new TypeError(`argument after ** must be a mapping, not ${typeName(kwds)}`);
}

/** A proxy used inside its own server's process: the referent is right here. */
function callOwnReferent(obj: unknown, method: string, args: unknown[], kwargs: Record<string, unknown> | null): unknown {
  if (method === "#GETVALUE") return obj;
  const result = invokeMethod(obj, method, args, kwargs);
  if (result instanceof Pending) throw new RuntimeError("a proxy used inside its own manager's server cannot wait");
  return result;
}

/** The reply of a method call: its value, or its exception raised here, or a new proxy. */
export function readReply(reader: WireReader, proxy: BaseProxy | null, registry: ProxyRegistry | null = proxy?._manager ?? null): any {
  const kind = reader.u8() as Reply;
  switch (kind) {
    case Reply.Return:
      return reader.value();
    case Reply.Error:
      throw raisedHere(reader.value());
    case Reply.Proxy: {
      const typeid = reader.str();
      const ident = reader.str();
      const exposed = reader.value();
      // CPython looks the proxy type up in self._manager._registry: None outside the manager's process.
      if (registry === null) throw new AttributeError("'NoneType' object has no attribute '_registry'");
      const address = proxy?._token.address ?? "";
      return makeProxy(registry.proxyTypeOf(typeid), new Token(typeid, address, ident), registry, exposed);
    }
    case Reply.Traceback:
      throw raisedHere(new RemoteError(reader.str()));
    default:
      throw new RuntimeError(`bad manager reply ${kind as number}`);
  }
}

/** An exception from the server gets this process's stack, as CPython raises it again here. */
function raisedHere(error: unknown): unknown {
  if (error instanceof Error) Error.captureStackTrace(error, readReply);
  return error;
}

/** `proxytype(token, serializer, manager=..., authkey=..., exposed=...)`. */
export function makeProxy(proxytype: ProxyType, token: Token, manager: ProxyRegistry | null, exposed: unknown): BaseProxy {
  if (proxytype === AutoProxy) return AutoProxy(token, "pickle", manager, null, exposed);
  return new (proxytype as new (...args: any[]) => BaseProxy)(token, "pickle", manager, null, exposed);
}

// -- MakeProxyType and AutoProxy ---------------------------------------------------

/** A method that forwards its Python arguments (a trailing object holds keywords). */
export function forwarder(name: string): (this: BaseProxy, ...args: unknown[]) => unknown {
  return function (this: BaseProxy, ...args: unknown[]): unknown {
    const kwargs = args.length > 0 && isKwargs(args[args.length - 1]) ? (args.pop() as Record<string, unknown>) : null;
    return this._call(name, args, kwargs);
  };
}

/** Python 2 only or Python 3 only methods of the built-in proxy types. */
export interface DialectMethods {
  readonly py2Only?: readonly string[];
  readonly py3Only?: readonly string[];
}

function dialectGuard(name: string, method: (this: BaseProxy, ...args: unknown[]) => unknown, py2: boolean): typeof method {
  return function (this: BaseProxy, ...args: unknown[]): unknown {
    if (isPy2() !== py2) throw new AttributeError(`'${typeName(this)}' object has no attribute '${name}'`);
    return method.apply(this, args);
  };
}

const proxyTypeCache = new Map<string, new (...args: any[]) => BaseProxy>();
const kProxyTypePrefix = "multiprocessing.managers.MakeProxyType:";

/** MakeProxyType(name, exposed): a BaseProxy subclass with a forwarding method per exposed name. */
export function MakeProxyType(name: string, exposed: Iterable<string>, dialects: DialectMethods = {}): new (...args: any[]) => BaseProxy {
  const names = [...exposed];
  const key = `${name}|${names.join(",")}`;
  const cached = proxyTypeCache.get(key);
  if (cached) return cached;
  const ProxyType = class extends BaseProxy {
    // A subclass (ListProxy of BaseListProxy) has its own name.
    static override get __name__(): string {
      return this === ProxyType ? name : this.name;
    }
  };
  Object.defineProperty(ProxyType, "name", { value: name });
  for (const method of names) {
    let fn = forwarder(method);
    if (dialects.py2Only?.includes(method)) fn = dialectGuard(method, fn, true);
    if (dialects.py3Only?.includes(method)) fn = dialectGuard(method, fn, false);
    Object.defineProperty(ProxyType.prototype, method, { value: fn, writable: true, configurable: true, enumerable: false });
  }
  Object.defineProperty(ProxyType, "_exposed_", { value: PyTuple.fromArray(names), writable: true, configurable: true });
  proxyTypeCache.set(key, ProxyType);
  // Found again by this name when a proxy of the type arrives in another process.
  registerRuntimeClass(kProxyTypePrefix + key, ProxyType);
  return ProxyType;
}

registerRuntimeClassFactory((className) => {
  if (!className.startsWith(kProxyTypePrefix)) return undefined;
  const key = className.slice(kProxyTypePrefix.length);
  const bar = key.indexOf("|");
  if (bar < 0) return undefined;
  const exposed = key.slice(bar + 1);
  return MakeProxyType(key.slice(0, bar), exposed === "" ? [] : exposed.split(","));
});

/** AutoProxy(token, serializer, manager=None, authkey=None, exposed=None, incref=True): a proxy of the exposed methods. */
export function AutoProxy(token: Token, serializer: unknown = "pickle", manager: ProxyRegistry | null = null, authkey: unknown = null, exposed: unknown = null, incref: unknown = true): BaseProxy {
  void authkey;
  void incref;
  if (exposed === null || exposed === undefined) throw new NotImplementedError("AutoProxy without exposed methods (get_methods) is not supported");
  const ProxyType = MakeProxyType(`AutoProxy[${token.typeid}]`, exposed as Iterable<string>);
  const proxy = new ProxyType(token, serializer, manager);
  define(proxy, "_isauto", true);
  return proxy;
}
