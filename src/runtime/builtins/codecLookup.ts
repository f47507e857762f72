// Encoding names as CPython's codecs.lookup() resolves them: the name is
// normalised (lower case; each run of characters other than letters, digits and
// '.' becomes one '_', none at the ends), then looked up among encodings.aliases,
// again with '.' as '_', then as a module of the encodings package. The runtime
// implements five of those codecs; any other name CPython knows
// (codecNames.generated.ts) is reported as unsupported, never encoded with
// another codec, and only a name CPython does not know is its LookupError.

import { ALIASES, ALIASES_PY2, ALIASES_PY3, MODULES, MODULES_PY2, MODULES_PY3 } from "./codecNames.generated.js";
import { isPy2 } from "./dialect.js";
import { LookupError } from "./exceptions.js";
import { unsupported } from "./unsupported.js";

/** The codecs the runtime implements, by the name CPython's errors give them. */
export type Codec = "utf-8" | "ascii" | "latin-1" | "gbk" | "gb2312";

const IMPLEMENTED: Record<string, Codec> = { utf_8: "utf-8", ascii: "ascii", latin_1: "latin-1", gbk: "gbk", gb2312: "gb2312" };

interface Names {
  aliases: Map<string, string>;
  modules: Set<string>;
}

const tables: { py2?: Names; py3?: Names } = {};

function words(list: string): string[] {
  return list.split(" ").filter((w) => w !== "");
}

/** The dialect's names, built on first use. */
function names(): Names {
  const dialect = isPy2() ? "py2" : "py3";
  let table = tables[dialect];
  if (table === undefined) {
    const aliases = words(ALIASES + (dialect === "py2" ? ALIASES_PY2 : ALIASES_PY3)).map((pair) => pair.split("=") as [string, string]);
    const modules = words(MODULES + (dialect === "py2" ? MODULES_PY2 : MODULES_PY3));
    table = tables[dialect] = { aliases: new Map(aliases), modules: new Set(modules) };
  }
  return table;
}

/** encodings.normalize_encoding after codecs.lookup's lower-casing: `UTF 8` -> `utf_8`. */
function normalise(encoding: string): string {
  return encoding.toLowerCase().replace(/[^a-z0-9.]+/g, "_").replace(/^_+|_+$/g, "");
}

/** The encodings module CPython would use for `encoding`, or undefined (a LookupError). */
function moduleOf(encoding: string): string | undefined {
  const { aliases, modules } = names();
  const name = normalise(encoding);
  const aliased = aliases.get(name) ?? aliases.get(name.replace(/\./g, "_"));
  if (aliased !== undefined) return aliased;
  return modules.has(name) ? name : undefined;
}

/** The runtime's codec for an encoding name; unsupported for CPython's other codecs, else LookupError. */
export function lookupCodec(encoding: string): Codec {
  const module = moduleOf(encoding);
  if (module === undefined) throw new LookupError(`unknown encoding: ${encoding}`);
  return IMPLEMENTED[module] ?? unsupported(`the ${encoding} codec`);
}
