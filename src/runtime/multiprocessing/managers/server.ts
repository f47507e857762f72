// The manager's server (CPython's managers.Server), run by the manager's own
// process. One thread serves every client: it sleeps on the doorbell, takes each
// channel that holds a request, calls the method on the shared object and writes
// the reply; a call that must wait (a lock, a queue, an event) is parked and
// answered when it can be (pending.ts). New clients arrive from the hub on a
// MessagePort. At shutdown every parked caller gets EOFError, as CPython's
// clients do when the server process ends.

import { writeSync } from "node:fs";
import { MessageChannel, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { callKw } from "../../builtins/call.js";
import { isPy2 } from "../../builtins/dialect.js";
import { PyDict } from "../../builtins/dict.js";
import { PyList } from "../../builtins/list.js";
import { BaseException, KeyError, ValueError } from "../../builtins/exceptions.js";
import { id } from "../../builtins/object.js";
import { repr, str } from "../../builtins/repr.js";
import { PyTuple } from "../../builtins/tuple.js";
import { hubRequest } from "../../internal/hubClient.js";
import type { ClientNotice } from "../../internal/protocol.js";
import { kMgrChanLength, kMgrChanSleepers, kMgrChanState, kMgrDoorbell, kMgrParked, kMgrRequest, kMgrServerState, kMgrServing, kMgrStopped } from "../../internal/symbols.js";
import { asSendable, invokeMethod, publicMethods } from "./dispatch.js";
import { connectionClosed } from "./errors.js";
import { Pending, runAsCaller, type Caller, type Settlement } from "./pending.js";
import { builtinTypeFactory, type RegistryEntry } from "./registryTypes.js";
import { hasServerTicks, kServerTickMs, runServerTicks, setCurrentServer, takeOwnProxySeen, type LocalServer } from "./serverState.js";
import { AdaptiveSpin, channelHeader, DEBUG_SPIN, kServerSpinMicros, postReply, sleepOnDoorbell } from "./transport.js";
import { Op, Reply, WireReader, WireWriter } from "./wire.js";

interface Client extends Caller {
  readonly buffer: SharedArrayBuffer;
  readonly header: Int32Array;
  readonly reader: WireReader;
  readonly writer: WireWriter;
}

/** A shared object: the referent, the methods a proxy may call, which results become shared objects. */
interface SharedObject {
  readonly obj: unknown;
  readonly exposed: ReadonlySet<string>;
  readonly methodToTypeid: Readonly<Record<string, string>> | null;
}

type Outcome =
  | { readonly kind: Reply.Return; readonly value: unknown }
  | { readonly kind: Reply.Error; readonly error: unknown }
  | { readonly kind: Reply.Proxy; readonly typeid: string; readonly ident: string; readonly exposed: PyTuple<string> }
  | { readonly kind: Reply.Traceback; readonly text: string };

export class Server implements LocalServer {
  private readonly _control: Int32Array;
  private readonly _port: MessagePort;
  private readonly _clients: Client[] = [];
  private readonly _objects = new Map<string, SharedObject>();
  private readonly _parked = new Set<Pending>();
  private _nextClient = 1;
  private _stopping = false;

  constructor(
    readonly address: string,
    control: SharedArrayBuffer,
    private readonly _registry: ReadonlyMap<string, RegistryEntry>,
  ) {
    this._control = new Int32Array(control);
    const channel = new MessageChannel();
    this._port = channel.port1;
    hubRequest({ type: "serve", address, control, port: channel.port2 }, [channel.port2]);
  }

  /** Serves until a client asks for shutdown. */
  serveForever(): void {
    setCurrentServer(this);
    Atomics.store(this._control, kMgrServerState, kMgrServing);
    Atomics.notify(this._control, kMgrServerState);
    const spin = new AdaptiveSpin(kServerSpinMicros, /* startPolling */ true);
    const rung = (seen: number) => (): boolean => Atomics.load(this._control, kMgrDoorbell) !== seen;
    try {
      while (!this._stopping) {
        const seen = Atomics.load(this._control, kMgrDoorbell);
        this._acceptClients();
        if (hasServerTicks()) runServerTicks();
        if (this._serveRequests()) continue;
        const now = performance.now();
        let nextDeadline = this._expireParked(now);
        if (hasServerTicks()) nextDeadline = Math.min(nextDeadline, now + kServerTickMs);
        // Nothing to do: poll for the next request for a while, then sleep.
        if (spin.poll(rung(seen))) continue;
        sleepOnDoorbell(this._control, seen, nextDeadline);
      }
    } finally {
      if (DEBUG_SPIN) writeSync(2, `server spin ${JSON.stringify(spin.stats)}\n`);
      this._stop();
      setCurrentServer(null);
    }
  }

  /** The referent of a shared object of this server (a proxy of its own, in the server process). */
  referent(ident: string): unknown {
    const shared = this._objects.get(ident);
    if (!shared) throw new KeyError(ident);
    return shared.obj;
  }

  private _acceptClients(): void {
    for (let message = receiveMessageOnPort(this._port); message; message = receiveMessageOnPort(this._port)) {
      const notice = message.message as ClientNotice;
      const buffer = notice.channel;
      this._clients.push({ id: this._nextClient++, name: notice.name, buffer, header: channelHeader(buffer), reader: new WireReader(buffer), writer: new WireWriter(buffer) });
    }
  }

  private _serveRequests(): boolean {
    let worked = false;
    for (const client of this._clients) {
      if (Atomics.load(client.header, kMgrChanState) !== kMgrRequest) continue;
      worked = true;
      this._handle(client);
      if (this._stopping) break;
    }
    return worked;
  }

  /** Times out parked calls whose deadline passed; returns the next deadline. */
  private _expireParked(now: number): number {
    let next = Infinity;
    for (const pending of this._parked) {
      if (pending.deadline <= now) {
        pending.deadline = Infinity;
        pending.onTimeout?.();
      } else if (pending.deadline < next) {
        next = pending.deadline;
      }
    }
    return next;
  }

  private _handle(client: Client): void {
    let outcome: Outcome | Pending;
    try {
      const reader = client.reader.begin(Atomics.load(client.header, kMgrChanLength));
      outcome = runAsCaller(client, () => this._dispatch(reader));
    } catch (error) {
      outcome = errorOutcome(error);
    }
    if (outcome instanceof Pending) {
      Atomics.store(client.header, kMgrChanState, kMgrParked);
      this._parked.add(outcome);
      outcome.deliver = (settlement) => {
        this._parked.delete(outcome as Pending);
        this._reply(client, settlementOutcome(settlement));
      };
      return;
    }
    this._reply(client, outcome);
  }

  private _dispatch(reader: WireReader): Outcome | Pending {
    const op = reader.u8();
    if (op === Op.Call) {
      const ident = reader.str();
      const method = reader.str();
      const args = reader.values();
      const kwargs = reader.kwargs();
      if (takeOwnProxySeen()) this._referentsForProxies(args, kwargs);
      return this._callMethod(ident, method, args, kwargs);
    }
    if (op === Op.Server) {
      const fn = reader.str();
      const args = reader.values();
      const kwargs = reader.kwargs();
      if (takeOwnProxySeen()) this._referentsForProxies(args, kwargs);
      // CPython's handle_request sends ('#TRACEBACK', ...) when a server function
      // (create: m.list(5), m.Array('i', ['x'])) fails: the caller's RemoteError.
      try {
        return { kind: Reply.Return, value: this._serverCall(fn, args, kwargs) };
      } catch (error) {
        return traceback(error);
      }
    }
    throw new ValueError(`unknown manager request ${op}`);
  }

  /** CPython's serve_client: the exposed check, the fallbacks for str/repr/#GETVALUE, method_to_typeid. */
  private _callMethod(ident: string, method: string, args: unknown[], kwargs: Record<string, unknown> | null): Outcome | Pending {
    const shared = this._objects.get(ident);
    if (!shared) return traceback(new KeyError(ident));
    if (!shared.exposed.has(method)) {
      if (method === "__str__") return { kind: Reply.Return, value: str(shared.obj) };
      if (method === "__repr__") return { kind: Reply.Return, value: repr(shared.obj) };
      if (method === "#GETVALUE") return { kind: Reply.Return, value: shared.obj };
      return { kind: Reply.Traceback, text: `AttributeError: method '${method}' of ${repr(typeOfName(shared.obj))} object is not in exposed=${setRepr(shared.exposed)}\n` };
    }
    let result: unknown;
    try {
      result = invokeMethod(shared.obj, method, args, kwargs);
    } catch (error) {
      return errorOutcome(error);
    }
    if (result instanceof Pending) return result;
    const typeid = shared.methodToTypeid?.[method];
    if (typeid !== undefined) {
      const [rident, rexposed] = this._create(typeid, [result], null);
      return { kind: Reply.Proxy, typeid, ident: rident, exposed: rexposed };
    }
    return { kind: Reply.Return, value: asSendable(result) };
  }

  private _serverCall(fn: string, args: unknown[], kwargs: Record<string, unknown> | null): unknown {
    switch (fn) {
      case "create": {
        const [typeid, ...rest] = args;
        const [ident, exposed] = this._create(typeid as string, rest, kwargs);
        return PyTuple.of(ident, exposed);
      }
      case "shutdown":
        this._stopping = true;
        return null;
      case "dummy":
      case "incref":
      case "decref":
        return null;
      case "number_of_objects":
        return this._objects.size;
      case "get_methods":
        return PyTuple.fromArray([...(this._objects.get(args[0] as string)?.exposed ?? [])]);
      default:
        throw new ValueError(`'${fn}' unrecognized`);
    }
  }

  /** Creates a shared object of a registered type; returns its ident and exposed methods. */
  private _create(typeid: string, args: unknown[], kwargs: Record<string, unknown> | null): [string, PyTuple<string>] {
    const entry = this._registry.get(typeid);
    if (!entry) throw new KeyError(typeid);
    let obj: unknown;
    if (entry.callable === null) {
      if ((kwargs !== null && Object.keys(kwargs).length > 0) || args.length !== 1) throw new ValueError("Without callable, must have one non-keyword argument");
      obj = args[0];
    } else if (typeof entry.callable === "string") {
      obj = builtinTypeFactory(entry.callable)(args, kwargs ?? {});
    } else {
      obj = callKw(entry.callable, args, kwargs ?? {});
    }
    let exposed = entry.exposed ?? (typeof obj === "object" && obj !== null ? publicMethods(obj) : []);
    if (entry.methodToTypeid !== null) exposed = [...exposed, ...Object.keys(entry.methodToTypeid)];
    const ident = id(obj).toString(16);
    this._objects.set(ident, { obj, exposed: new Set(exposed), methodToTypeid: entry.methodToTypeid });
    return [ident, PyTuple.fromArray(exposed)];
  }

  /**
   * Python 2's RebuildProxy gives the server the shared object itself for a proxy
   * of its own (so `d['x'] = manager.list()` stores a plain list); Python 3 keeps
   * the proxy. Only lists, tuples and dicts are searched.
   */
  private _referentsForProxies(args: unknown[], kwargs: Record<string, unknown> | null): void {
    if (!isPy2()) return;
    const swap = (value: unknown, depth: number): unknown => {
      if (depth > 100 || value === null || typeof value !== "object") return value;
      const token = (value as { _token?: { address?: unknown; id?: unknown } })._token;
      if (token !== undefined && token.address === this.address && typeof token.id === "string" && this._objects.has(token.id)) return this._objects.get(token.id)!.obj;
      if (value instanceof PyList) for (let i = 0; i < value.length; i++) value[i] = swap(value[i], depth + 1);
      else if (value instanceof PyTuple) return PyTuple.fromArray(value.map((item) => swap(item, depth + 1)));
      else if (value instanceof PyDict) for (const key of value.keyArray()) value.__setitem__(key, swap(value.__getitem__(key), depth + 1));
      return value;
    };
    for (let i = 0; i < args.length; i++) args[i] = swap(args[i], 0);
    if (kwargs !== null) for (const key of Object.keys(kwargs)) kwargs[key] = swap(kwargs[key], 0);
  }

  private _reply(client: Client, outcome: Outcome): void {
    const writer = client.writer.begin();
    try {
      writeOutcome(writer, outcome);
    } catch (error) {
      // CPython's '#UNSERIALIZABLE': the result (or the exception) could not be pickled.
      const retry = client.writer.begin();
      writeOutcome(retry, { kind: Reply.Traceback, text: `Unserializable message: ${describeError(error)}\n` });
      postReply(client.header, retry.length);
      return;
    }
    postReply(client.header, writer.length);
  }

  /** Ends serving: parked callers get EOFError, clients find the server stopped. */
  private _stop(): void {
    for (const pending of [...this._parked]) pending.reject(connectionClosed());
    this._parked.clear();
    hubRequest({ type: "unserve", address: this.address });
    this._acceptClients();
    this._port.close();
    Atomics.store(this._control, kMgrServerState, kMgrStopped);
    Atomics.notify(this._control, kMgrServerState);
    // Clients asleep on a request the server will never answer look at the state again.
    for (const client of this._clients) {
      if (Atomics.load(client.header, kMgrChanSleepers) > 0) Atomics.notify(client.header, kMgrChanState);
    }
    this._objects.clear();
  }
}

/**
 * The manager's server process body (CPython's BaseManager._run_server): the
 * initializer, then serving until shutdown.
 */
export function runServer(address: string, control: SharedArrayBuffer, registry: ReadonlyArray<RegistryEntry & { readonly typeid: string }>, initializer: unknown, initargs: unknown): void {
  if (initializer !== null && initializer !== undefined) callKw(initializer, [...(initargs as Iterable<unknown>)]);
  const entries = new Map<string, RegistryEntry>(registry.map((entry) => [entry.typeid, entry]));
  new Server(address, control, entries).serveForever();
}

function settlementOutcome(settlement: Settlement): Outcome {
  return settlement.ok ? { kind: Reply.Return, value: asSendable(settlement.value) } : errorOutcome(settlement.error);
}

/** A Python exception travels to the caller; anything else is a failure of the server's own. */
function errorOutcome(error: unknown): Outcome {
  if (error instanceof BaseException) return { kind: Reply.Error, error };
  return traceback(error);
}

function traceback(error: unknown): Outcome {
  return { kind: Reply.Traceback, text: `${describeError(error)}\n` };
}

function describeError(error: unknown): string {
  if (error instanceof BaseException) {
    const text = str(error);
    return text === "" ? error.constructor.name : `${error.constructor.name}: ${text}`;
  }
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function writeOutcome(writer: WireWriter, outcome: Outcome): void {
  writer.u8(outcome.kind);
  switch (outcome.kind) {
    case Reply.Return:
      return writer.value(outcome.value);
    case Reply.Error:
      return writer.codec(outcome.error);
    case Reply.Proxy:
      writer.str(outcome.typeid);
      writer.str(outcome.ident);
      return writer.value(outcome.exposed);
    case Reply.Traceback:
      return writer.str(outcome.text);
  }
}

function typeOfName(obj: unknown): unknown {
  return (obj as { constructor?: unknown } | null)?.constructor ?? obj;
}

function setRepr(names: ReadonlySet<string>): string {
  return `{${[...names].map((n) => repr(n)).join(", ")}}`;
}
