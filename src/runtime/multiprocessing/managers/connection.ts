// A process's connections to manager servers (CPython: BaseProxy._address_to_local,
// a socket per thread and server). The first call to a server asks the hub for it
// (the hub hands our channel to the server and tells us where its doorbell is);
// later calls use the channel directly. A call made while another is waiting (a
// Pool callback run at a safe point) takes a second channel, as a second thread
// would take its own connection. Once the server has gone, calls raise what
// CPython's socket layer raises (errors.ts).

import { getPid } from "../../internal/identity.js";
import { hubRequest } from "../../internal/hubClient.js";
import { registerProcessReset } from "../../internal/forkState.js";
import { pollExit } from "../../internal/processCell.js";
import { kMgrChanLength, kMgrChanState, kMgrIdle, kMgrReply, kMgrServerState, kMgrStopped } from "../../internal/symbols.js";
import { current_process } from "../process.js";
import { brokenPipe, connectionClosed, noSuchServer } from "./errors.js";
import { awaitReply, channelHeader, createChannelBuffer, postRequest } from "./transport.js";
import { WireReader, WireWriter } from "./wire.js";

/** How often a waiting caller checks that the server process is still alive (ms). */
const kLivenessSliceMs = 50;

interface Channel {
  readonly buffer: SharedArrayBuffer;
  readonly header: Int32Array;
  readonly writer: WireWriter;
  readonly reader: WireReader;
}

export class ServerConnection {
  private _control: Int32Array | null = null;
  private _cell: Int32Array | null = null;
  private readonly _idle: Channel[] = [];
  /**
   * A proxy of this process has called a method (CPython then holds a connection,
   * and a dead server is a broken pipe; before, connecting finds no socket file).
   */
  private _connected = false;

  constructor(readonly address: string) {}

  /**
   * One request/reply: `write` fills the request, `read` takes the reply (before
   * the channel can be reused). Hooks run while the caller waits. `methodCall`:
   * a proxy's method (CPython's per-thread connection), not a call of the
   * server's own (create, shutdown: a connection each).
   */
  call<T>(write: (writer: WireWriter) => void, read: (reader: WireReader) => T, methodCall: boolean): T {
    const channel = this._idle.pop() ?? this._open(methodCall);
    try {
      if (this.serverGone) throw methodCall && this._connected ? brokenPipe() : noSuchServer();
      const writer = channel.writer.begin();
      write(writer);
      postRequest(channel.header, this._control!, writer.length);
      if (methodCall) this._connected = true;
      this._awaitReply(channel);
      const result = read(channel.reader.begin(Atomics.load(channel.header, kMgrChanLength)));
      Atomics.store(channel.header, kMgrChanState, kMgrIdle);
      this._idle.push(channel);
      return result;
    } catch (error) {
      // A channel whose request may still be answered is not reused.
      if (Atomics.load(channel.header, kMgrChanState) === kMgrIdle || Atomics.load(channel.header, kMgrChanState) === kMgrReply) {
        Atomics.store(channel.header, kMgrChanState, kMgrIdle);
        this._idle.push(channel);
      }
      throw error;
    }
  }

  /** True once the server is known to have stopped. */
  get serverGone(): boolean {
    if (this._control === null) return false;
    return Atomics.load(this._control, kMgrServerState) === kMgrStopped || pollExit(this._cell!) !== null;
  }

  private _awaitReply(channel: Channel): void {
    for (;;) {
      if (awaitReply(channel.header, performance.now() + kLivenessSliceMs, true)) return;
      if (this.serverGone && Atomics.load(channel.header, kMgrChanState) !== kMgrReply) throw connectionClosed();
    }
  }

  /** A new channel, connected to the server through the hub. */
  private _open(methodCall: boolean): Channel {
    const gone = (): Error => (methodCall && this._connected ? brokenPipe() : noSuchServer());
    if (this.serverGone) throw gone();
    const buffer = createChannelBuffer();
    const response = hubRequest({ type: "connect", address: this.address, channel: buffer, name: current_process().name, pid: getPid() });
    if (response.type !== "endpoint") throw new Error(`py2ts-mp: unexpected hub answer ${response.type}`);
    if (response.endpoint === null) throw gone();
    this._control = new Int32Array(response.endpoint.control);
    this._cell = new Int32Array(response.endpoint.cell);
    return { buffer, header: channelHeader(buffer), writer: new WireWriter(buffer), reader: new WireReader(buffer) };
  }
}

let connections = new Map<string, ServerConnection>();

registerProcessReset("multiprocessing.managers.connection", () => {
  connections = new Map();
});

/** This process's connection to the server at `address`. */
export function connectionTo(address: string): ServerConnection {
  let connection = connections.get(address);
  if (!connection) {
    connection = new ServerConnection(address);
    connections.set(address, connection);
  }
  return connection;
}
