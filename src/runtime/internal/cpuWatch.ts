// How busy this program keeps the machine's cores: the hub asks before it boots a
// replacement spare, which costs about 125 ms of compiling (architecture.md §5),
// so that the boot waits while the program's own threads already use every core.

import { availableParallelism } from "node:os";

/** CPU time used by the whole program (every thread) and the wall clock, both in ms. */
export interface CpuSample {
  readonly cpuMs: number;
  readonly wallMs: number;
}

function sampleProgram(): CpuSample {
  const usage = process.cpuUsage();
  return { cpuMs: (usage.user + usage.system) / 1000, wallMs: performance.now() };
}

export class CpuWatch {
  private _since: CpuSample;

  /** `cores`: the machine's; `sample`: the program's clocks (tests give others of both). */
  constructor(
    private readonly _cores = Math.max(1, availableParallelism()),
    private readonly _sample: () => CpuSample = sampleProgram,
  ) {
    this._since = _sample();
  }

  /** Starts a new window. */
  mark(): void {
    this._since = this._sample();
  }

  /** Cores the whole program kept busy on average since mark(). */
  busyCores(): number {
    const now = this._sample();
    const wallMs = now.wallMs - this._since.wallMs;
    if (wallMs <= 0) return 0;
    return (now.cpuMs - this._since.cpuMs) / wallMs;
  }

  /** True when the program used nearly every core since mark() (less than half a core was left). */
  saturated(): boolean {
    return this.busyCores() > this._cores - 0.5;
  }
}
