// Every message that crosses threads, in one discriminated union per channel:
//   process -> hub   HubRequest   (a process's hub port; answered by HubResponse)
//   hub -> worker    StartMessage (the worker's parentPort)
// plus WorkerData, the data a worker thread is created with. SharedArrayBuffers
// travel inside these messages by reference (they are shared, never copied).

import type { MessagePort } from "node:worker_threads";
import type { ProgramInfo } from "./program.js";

/** A started Python process: what the hub needs to spawn and later publish its exit. */
export interface SpawnRequest {
  readonly type: "spawn";
  /** The start payload (codec bytes): process object, globals snapshot, fork state. */
  readonly payload: Uint8Array;
  /** SharedArrayBuffers referenced by handles inside the payload. */
  readonly buffers: readonly SharedArrayBuffer[];
  /** The process cell (symbols.ts `kCell*`), shared by parent, child and hub. */
  readonly cell: SharedArrayBuffer;
  readonly parentPid: number;
  readonly parentName: string;
  /** The parent's own process cell (null for the main process): the child's parent_process(). */
  readonly parentCell: SharedArrayBuffer | null;
  /**
   * False for a process that lives long (a pool's first workers): the spare it
   * takes is not replaced, since booting workers take the CPU from the pool's tasks.
   */
  readonly replaceSpare?: boolean;
}

export interface TerminateRequest {
  readonly type: "terminate";
  readonly pid: number;
  /** 15 (SIGTERM, Process.terminate) or 9 (SIGKILL, Process.kill). */
  readonly signal: number;
}

/** Ends the program: terminate every remaining worker, answer once all have exited. */
export interface ShutdownRequest {
  readonly type: "shutdown";
}

/** Counts for tests and benchmarks. */
export interface StatsRequest {
  readonly type: "stats";
}

/** Answered once every warm spare has loaded the module (program start, see runModule). */
export interface WarmRequest {
  readonly type: "warm";
}

/**
 * A manager's server process serves `address` (multiprocessing/managers): the hub
 * tells it about new clients on `port` and rings its doorbell (`control`).
 */
export interface ServeRequest {
  readonly type: "serve";
  readonly address: string;
  /** The server's control block (symbols.ts kMgr*). */
  readonly control: SharedArrayBuffer;
  /** Transferred: the hub's end, on which it posts ClientNotices. */
  readonly port: MessagePort;
}

/** The server at `address` is stopping: clients that connect from now on find no server. */
export interface UnserveRequest {
  readonly type: "unserve";
  readonly address: string;
}

/** A process connects a channel (one client connection) to the manager server at `address`. */
export interface ConnectRequest {
  readonly type: "connect";
  readonly address: string;
  readonly channel: SharedArrayBuffer;
  /** The connecting process's name and pid (the server names the connection after them). */
  readonly name: string;
  readonly pid: number;
}

export type HubRequest = SpawnRequest | TerminateRequest | ShutdownRequest | StatsRequest | WarmRequest | ServeRequest | UnserveRequest | ConnectRequest;

/** worker -> hub, not answered: the worker has loaded the runtime and the module. */
export interface ReadyNotice {
  readonly type: "ready";
}

/**
 * child -> hub, not answered: the child has taken over its start message and is
 * about to run user code. The hub hands out start messages one at a time in start
 * order, so children begin in the order the program started them, as forks do.
 */
export interface StartedNotice {
  readonly type: "started";
}

/** worker -> hub, not answered: its process ended and it is a spare again (reuseWorkers). */
export interface ReusableNotice {
  readonly type: "reusable";
}

/** Everything a process posts on its hub port. */
export type HubMessage = HubRequest | ReadyNotice | StartedNotice | ReusableNotice;

export interface HubStats {
  /** Worker threads alive (spares included). */
  readonly workers: number;
  /** Spares: workers waiting for a start message. */
  readonly spares: number;
  /** Spares that have finished loading the module. */
  readonly readySpares: number;
  /** Workers created since the hub started. */
  readonly spawned: number;
  /** Start requests that found no spare and had to create a worker. */
  readonly coldStarts: number;
}

export type HubResponse =
  | { readonly type: "spawned"; readonly pid: number }
  | { readonly type: "ok" }
  | { readonly type: "stats"; readonly stats: HubStats }
  /** The answer to a ConnectRequest; null when no server serves the address (it stopped). */
  | { readonly type: "endpoint"; readonly endpoint: ManagerEndpoint | null }
  | { readonly type: "error"; readonly message: string };

/** What a client needs of a manager server: its control block and its process cell (is it alive?). */
export interface ManagerEndpoint {
  readonly control: SharedArrayBuffer;
  readonly cell: SharedArrayBuffer;
}

/** hub -> manager server (on the port of its ServeRequest): a client connected this channel. */
export interface ClientNotice {
  readonly type: "client";
  readonly channel: SharedArrayBuffer;
  readonly name: string;
  readonly pid: number;
}

/** hub -> worker: become this Python process. */
export interface StartMessage {
  readonly type: "start";
  readonly pid: number;
  readonly ppid: number;
  readonly payload: Uint8Array;
  readonly buffers: readonly SharedArrayBuffer[];
  readonly cell: SharedArrayBuffer;
  readonly parentName: string;
  readonly parentCell: SharedArrayBuffer | null;
}

/** How a process talks to the hub: its port plus the flag the hub sets when it has answered. */
export interface HubConnection {
  readonly port: MessagePort;
  /** Int32 slot kHubAnswered: 1 once the answer is on the port. */
  readonly flag: SharedArrayBuffer;
}

/** workerData of the hub thread. */
export interface HubData {
  readonly role: "hub";
  /** The main process's connection (the hub's end of it). */
  readonly main: HubConnection;
  readonly mainPid: number;
  readonly moduleUrl: string;
  readonly program: ProgramInfo;
  readonly sourceMaps: boolean;
  /** How many warm spares to keep (architecture.md §5). */
  readonly spares: number;
}

/** workerData of a child process's worker thread. */
export interface WorkerData {
  readonly role: "worker";
  readonly hub: HubConnection;
  readonly mainPid: number;
  readonly moduleUrl: string;
  readonly program: ProgramInfo;
  readonly sourceMaps: boolean;
}
