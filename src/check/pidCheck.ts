// Process ids: a pid that is the main process (or its parent, or a child) in every
// recorded run must have that role, and the actual pids must have the recorded
// *equality structure* wherever it is reliable. A printed pid is *stable* when the
// set of places printing the same process (its class) is identical in every run
// and all those places carry the same labels (`worker 3 start`, `worker 3 done`).
// Two places of which one is stable must print the same pid if every run does,
// and different pids if every run does. A class spanning several labels is a
// process that served several items (a Pool worker running tasks 0 and 4): which
// worker runs which task is scheduling, so tasks that landed on the same or on
// different workers in every recorded run by chance constrain nothing; such a pid
// must still be one of the run's child processes.
// This is the bijection "pid → placeholder numbered by first appearance" made
// independent of the order in which processes print.

import { pidRole, type PidRole, type PidSet } from "./pidLog.js";
import { quote } from "./report.js";
import type { Identity, StreamModel } from "./streamModel.js";
import type { StreamMatch } from "./streamMatch.js";

interface PidOccurrence {
  readonly identity: Identity;
  readonly field: number;
  readonly actual: number;
  readonly lineNo: number;
  readonly text: string;
}

const MIN_WITNESSES = 2;

export function pidProblems(model: StreamModel, match: StreamMatch, actualPids: PidSet): string[] {
  const occurrences: PidOccurrence[] = [];
  match.lines.forEach((line, i) => {
    const identity = match.identities[i];
    if (!identity) return;
    identity.group.kinds.forEach((kind, field) => {
      if (kind === "pid") occurrences.push({ identity, field, actual: line.fields[field].value, lineNo: line.lineNo, text: line.text });
    });
  });
  const stable = stableOccurrences(model);
  const problems: string[] = [];
  for (const o of occurrences) {
    const expected = recordedRole(model, o);
    const actual = pidRole(actualPids, o.actual);
    if (expected && actual && expected !== actual) {
      problems.push(`${describe(model, o)}: ${o.actual} is the ${actual} process, every recorded run prints the ${expected} process's id here`);
    }
  }
  const isStable = occurrences.map((o) => stable.has(occurrenceKey(o.identity, o.field)));
  const stableIndexes = occurrences.flatMap((_, i) => (isStable[i] ? [i] : []));
  for (let q = 1; q < occurrences.length; q++) {
    // Pairs need a stable side: the unstable ones meet every stable one once.
    for (const p of isStable[q] ? occurrences.keys() : stableIndexes) {
      if (p >= q) break;
      const a = occurrences[p];
      const b = occurrences[q];
      if (a.identity.group.free || b.identity.group.free) continue;
      const recorded = recordedEquality(model, a, b);
      if (recorded === "same" && a.actual !== b.actual) {
        problems.push(`${describe(model, b)}: prints ${b.actual}, but every recorded run prints the same pid here as at line ${a.lineNo} (which prints ${a.actual})`);
        break;
      }
      if (recorded === "different" && a.actual === b.actual) {
        problems.push(`${describe(model, b)}: prints ${b.actual} again (as line ${a.lineNo}), but every recorded run prints two different pids there`);
        break;
      }
    }
  }
  return problems;
}

function describe(model: StreamModel, o: PidOccurrence): string {
  return `${model.stream} line ${o.lineNo} ${quote(o.text)}`;
}

function recordedRole(model: StreamModel, o: PidOccurrence): PidRole | null {
  let role: PidRole | null = null;
  for (let run = 0; run < model.runs.length; run++) {
    const index = o.identity.lineIndex[run];
    if (index < 0) continue;
    const runRole = pidRole(model.pids[run], model.runs[run][index].fields[o.field].value);
    if (role !== null && runRole !== role) return null;
    role = runRole;
  }
  return role;
}

function recordedEquality(model: StreamModel, a: PidOccurrence, b: PidOccurrence): "same" | "different" | null {
  let same = 0;
  let different = 0;
  for (let run = 0; run < model.runs.length; run++) {
    const ia = a.identity.lineIndex[run];
    const ib = b.identity.lineIndex[run];
    if (ia < 0 || ib < 0) continue;
    const va = model.runs[run][ia].fields[a.field].value;
    const vb = model.runs[run][ib].fields[b.field].value;
    if (va === vb) same++;
    else different++;
  }
  const needed = Math.min(MIN_WITNESSES, model.runs.length);
  if (same >= needed && different === 0) return "same";
  if (different >= needed && same === 0) return "different";
  return null;
}

function occurrenceKey(identity: Identity, field: number): string {
  return `${identity.id}:${field}`;
}

/**
 * Pid occurrences (in lines every run prints) whose class — the occurrences
 * printing the same pid — is the same set in every recorded run.
 */
function stableOccurrences(model: StreamModel): Set<string> {
  const everywhere = model.identities.filter((identity) => identity.lineIndex.every((index) => index >= 0));
  const keys: string[] = [];
  const classesPerRun = model.runs.map(() => new Map<number, string[]>());
  for (const identity of everywhere) {
    identity.group.kinds.forEach((kind, field) => {
      if (kind !== "pid") return;
      const key = occurrenceKey(identity, field);
      keys.push(key);
      model.runs.forEach((lines, run) => {
        const value = lines[identity.lineIndex[run]].fields[field].value;
        const members = classesPerRun[run].get(value);
        if (members) members.push(key);
        else classesPerRun[run].set(value, [key]);
      });
    });
  }
  // Per run: occurrence key → its class, written out once per class.
  const signatures = classesPerRun.map((classes) => {
    const byKey = new Map<string, string>();
    for (const members of classes.values()) {
      const signature = members.join(" ");
      for (const key of members) byKey.set(key, signature);
    }
    return byKey;
  });
  const labels = new Map(everywhere.map((identity) => [identity.id, identity.key.split("\u0002").slice(1).join("\u0002")]));
  const labelOf = (key: string) => labels.get(Number(key.split(":")[0]));
  const homogeneous = new Set<string>();
  for (const members of classesPerRun[0].values()) {
    if (members.every((key) => labelOf(key) === labelOf(members[0]))) for (const key of members) homogeneous.add(key);
  }
  return new Set(keys.filter((key) => homogeneous.has(key) && signatures.every((s) => s.get(key) === signatures[0].get(key))));
}
