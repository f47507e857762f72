// How busy this program keeps the machine's cores: the hub asks before it boots a
// replacement spare, which costs about 125 ms of compiling (architecture.md §5),
// so that the boot waits while the program's own threads already use every core.

import { availableParallelism } from "node:os";

export class CpuWatch {
  private _cpuUs = 0;
  private _wallMs = 0;

  /** `cores`: the machine's (tests give others). */
  constructor(private readonly _cores = Math.max(1, availableParallelism())) {
    this.mark();
  }

  /** Starts a new window. */
  mark(): void {
    const usage = process.cpuUsage();
    this._cpuUs = usage.user + usage.system;
    this._wallMs = performance.now();
  }

  /** Cores the whole program (every thread) kept busy on average since mark(). */
  busyCores(): number {
    const usage = process.cpuUsage();
    const wallMs = performance.now() - this._wallMs;
    if (wallMs <= 0) return 0;
    return (usage.user + usage.system - this._cpuUs) / 1000 / wallMs;
  }

  /** True when the program used nearly every core since mark() (less than half a core was left). */
  saturated(): boolean {
    return this.busyCores() > this._cores - 0.5;
  }
}
