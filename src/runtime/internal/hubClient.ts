// A process's side of the hub: a synchronous request/response over a MessagePort.
// The caller posts its request, blocks in the wait helper on its answer flag
// (symbols.ts kHubAnswered) and takes the answer with receiveMessageOnPort, so it
// works while the thread never returns to its event loop. The main process starts
// the hub thread at first use; a child gets its connection in workerData.

import { hubEntryUrl } from "./entryPoints.js";
import { MessageChannel, receiveMessageOnPort, Worker, type TransferListItem } from "node:worker_threads";
import { writeAll } from "./fdWrite.js";
import { registeredModule } from "./module.js";
import { programInfo } from "./program.js";
import type { HubConnection, HubData, HubRequest, HubResponse, HubStats, ReadyNotice, ReusableNotice, StartedNotice } from "./protocol.js";
import { kHubAnswered, kHubFlagSlots, kInt32 } from "./symbols.js";
import { waitFor } from "./wait.js";

/** How many warm spares the hub keeps (architecture.md §5); PY2TS_WARM_SPARES overrides it. */
export const kDefaultSpares = 2;

let connection: HubConnection | null = null;
let flag: Int32Array | null = null;
/** The hub thread, in the main process only. */
let hubWorker: Worker | null = null;

/** In a child: the connection its worker was created with. */
export function setHubConnection(hub: HubConnection): void {
  connection = hub;
  flag = new Int32Array(hub.flag);
  hub.port.unref();
}

export function hubStarted(): boolean {
  return connection !== null;
}

/**
 * Starts the hub (main process, first use) so warm spares get ready while the
 * program goes on; `spares` is the program's own count (runModule's `processes`).
 */
export function ensureHub(spares?: number): void {
  if (connection) return;
  const module = registeredModule();
  if (!module) throw new Error("py2ts-mp: a process was started outside a module run by runModule");
  const channel = new MessageChannel();
  const hubFlag = new SharedArrayBuffer(kHubFlagSlots * kInt32);
  const requested = Number(process.env["PY2TS_WARM_SPARES"]);
  const data: HubData = {
    role: "hub",
    main: { port: channel.port2, flag: hubFlag },
    mainPid: process.pid,
    moduleUrl: module.url,
    program: programInfo(),
    sourceMaps: process.sourceMapsEnabled,
    spares: Number.isInteger(requested) && requested >= 0 ? requested : (spares ?? kDefaultSpares),
  };
  hubWorker = new Worker(hubEntryUrl(), { workerData: data, transferList: [channel.port2] });
  setHubConnection({ port: channel.port1, flag: hubFlag });
}

/**
 * Starts the hub early when the program shows it will use processes (a Process
 * or a synchronization object is created), so spares are warm by start().
 */
export function prewarmHub(): void {
  if (!connection && registeredModule()) ensureHub();
}

/** Sends a request and blocks until the hub answers. */
export function hubRequest(request: HubRequest, transfer: readonly TransferListItem[] = []): HubResponse {
  ensureHub();
  const port = connection!.port;
  const answered = flag!;
  Atomics.store(answered, kHubAnswered, 0);
  port.postMessage(request, transfer);
  // Hooks stay off: a hook that used the hub here would interleave two requests.
  waitFor(answered, kHubAnswered, () => Atomics.load(answered, kHubAnswered) === 1, Infinity, { hooks: false });
  const received = receiveMessageOnPort(port);
  if (!received) throw new Error("py2ts-mp: the hub signalled an answer that is not on the port");
  const response = received.message as HubResponse;
  if (response.type === "error") throw new Error(`py2ts-mp hub: ${response.message}`);
  return response;
}

/** Tells the hub this worker has loaded the runtime and the module (no answer). */
export function notifyReady(): void {
  connection?.port.postMessage({ type: "ready" } satisfies ReadyNotice);
}

/** Tells the hub this worker's process ended and it can take another (no answer). */
export function notifyReusable(): void {
  connection?.port.postMessage({ type: "reusable" } satisfies ReusableNotice);
}

/** Blocks until every warm spare has loaded the module. */
export function waitForWarmSpares(): void {
  hubRequest({ type: "warm" });
}

/** Tells the hub this child is about to run user code (no answer). */
export function notifyStarted(): void {
  connection?.port.postMessage({ type: "started" } satisfies StartedNotice);
}

export function hubStats(): HubStats {
  const response = hubRequest({ type: "stats" });
  if (response.type !== "stats") throw new Error(`py2ts-mp: unexpected hub answer ${response.type}`);
  return response.stats;
}

/**
 * Program end (main process): the hub terminates whatever workers remain, answers
 * once every one has exited, and then ends; closing our port lets this thread's
 * event loop empty too.
 */
export function stopHub(): void {
  if (!connection || !hubWorker) return;
  if (process.env["PY2TS_HUB_STATS"] === "1") {
    const stats = hubStats();
    writeAll(2, `py2ts-mp hub: ${stats.spawned} workers created, ${stats.coldStarts} cold starts, ${stats.spares} spares left\n`);
  }
  hubRequest({ type: "shutdown" });
  connection.port.close();
  connection = null;
  flag = null;
  hubWorker = null;
}
