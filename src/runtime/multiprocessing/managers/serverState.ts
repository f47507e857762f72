// Which manager server runs in this process, if any (CPython's
// current_process()._manager_server): a proxy of that server's own objects is
// served in place, and Python 2 replaces such proxies by their referents.

export interface LocalServer {
  readonly address: string;
  /** The shared object with this ident (KeyError when there is none). */
  referent(ident: string): unknown;
}

let running: LocalServer | null = null;
/** Set when a proxy of the running server was decoded (the server then looks for it in the arguments). */
let ownProxySeen = false;

export function currentServer(): LocalServer | null {
  return running;
}

export function setCurrentServer(server: LocalServer | null): void {
  running = server;
}

export function noteOwnProxy(): void {
  ownProxySeen = true;
}

/** Whether a proxy of this server was decoded since the last call (and forget it). */
export function takeOwnProxySeen(): boolean {
  const seen = ownProxySeen;
  ownProxySeen = false;
  return seen;
}
