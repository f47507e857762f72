// time.struct_time (a 9-field named tuple) and strftime for the C locale, from
// JavaScript Dates (local time follows TZ, as glibc's does).

import { isPy2 } from "../builtins/dialect.js";
import { PyTuple } from "../builtins/tuple.js";
import { TypeError } from "../builtins/exceptions.js";

const fieldNames = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"] as const;

export class struct_time extends PyTuple<number> {
  /** Zone abbreviation and UTC offset in seconds (Python 3's tm_zone, tm_gmtoff). */
  tm_zone = "UTC";
  tm_gmtoff = 0;

  get tm_year(): number { return this[0]!; }
  get tm_mon(): number { return this[1]!; }
  get tm_mday(): number { return this[2]!; }
  get tm_hour(): number { return this[3]!; }
  get tm_min(): number { return this[4]!; }
  get tm_sec(): number { return this[5]!; }
  get tm_wday(): number { return this[6]!; }
  get tm_yday(): number { return this[7]!; }
  get tm_isdst(): number { return this[8]!; }

  override __repr__(): string {
    const fields = fieldNames.map((name, i) => `${name}=${this[i]}`).join(", ");
    return `time.struct_time(${fields})`;
  }

  override toString(): string {
    return this.__repr__();
  }
}

function dayOfYear(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86400000) + 1;
}

function build(fields: number[], zone: string, gmtoff: number): struct_time {
  const s = new struct_time();
  for (const f of fields) s.push(f);
  s.tm_zone = zone;
  s.tm_gmtoff = gmtoff;
  return s;
}

function zoneName(date: Date): string {
  const part = new Intl.DateTimeFormat("en-GB", { timeZoneName: "short" }).formatToParts(date).find((p) => p.type === "timeZoneName");
  return part?.value ?? "UTC";
}

export function localStruct(secs: number): struct_time {
  const d = new Date(Math.floor(secs) * 1000);
  const year = d.getFullYear();
  const offset = -d.getTimezoneOffset();
  const january = -new Date(year, 0, 1).getTimezoneOffset();
  const july = -new Date(year, 6, 1).getTimezoneOffset();
  const isdst = offset !== Math.min(january, july) ? 1 : 0;
  const fields = [year, d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), (d.getDay() + 6) % 7];
  fields.push(dayOfYear(year, fields[1]!, fields[2]!), isdst);
  return build(fields, zoneName(d), offset * 60);
}

export function utcStruct(secs: number): struct_time {
  const d = new Date(Math.floor(secs) * 1000);
  const year = d.getUTCFullYear();
  const fields = [year, d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), (d.getUTCDay() + 6) % 7];
  fields.push(dayOfYear(year, fields[1]!, fields[2]!), 0);
  return build(fields, "UTC", 0);
}

/** A struct_time from a struct_time or any 9-item sequence of ints. */
export function toStruct(t: unknown): struct_time {
  if (t instanceof struct_time) return t;
  if (Array.isArray(t) && t.length === 9 && t.every((v) => typeof v === "number")) {
    const local = localStruct(new Date(t[0], t[1] - 1, t[2], t[3], t[4], t[5]).getTime() / 1000);
    return build(t as number[], local.tm_zone, local.tm_gmtoff);
  }
  if (Array.isArray(t)) throw new TypeError(isPy2() ? "argument must be sequence of length 9, not " + t.length : "time.struct_time() takes a 9-sequence (" + t.length + "-sequence given)");
  throw new TypeError("Tuple or struct_time argument required");
}

const dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const pad = (n: number, width = 2, fill = "0"): string => String(n).padStart(width, fill);

/** strftime in the C locale (glibc's output for the directives Python scripts use). */
export function formatTime(format: string, s: struct_time): string {
  return format.replace(/%([a-zA-Z%])/g, (whole, directive: string) => {
    const sundayFirst = (s.tm_wday + 1) % 7;
    switch (directive) {
      case "a": return dayNames[s.tm_wday]!.slice(0, 3);
      case "A": return dayNames[s.tm_wday]!;
      case "b": case "h": return monthNames[s.tm_mon - 1]!.slice(0, 3);
      case "B": return monthNames[s.tm_mon - 1]!;
      case "c": return formatTime("%a %b %e %H:%M:%S %Y", s);
      case "d": return pad(s.tm_mday);
      case "e": return pad(s.tm_mday, 2, " ");
      case "H": return pad(s.tm_hour);
      case "I": return pad(s.tm_hour % 12 === 0 ? 12 : s.tm_hour % 12);
      case "j": return pad(s.tm_yday, 3);
      case "m": return pad(s.tm_mon);
      case "M": return pad(s.tm_min);
      case "p": return s.tm_hour < 12 ? "AM" : "PM";
      case "S": return pad(s.tm_sec);
      case "U": return pad(Math.floor((s.tm_yday - 1 - sundayFirst + 7) / 7));
      case "W": return pad(Math.floor((s.tm_yday - 1 - s.tm_wday + 7) / 7));
      case "w": return String(sundayFirst);
      case "x": return formatTime("%m/%d/%y", s);
      case "X": return formatTime("%H:%M:%S", s);
      case "y": return pad(s.tm_year % 100);
      case "Y": return String(s.tm_year);
      case "z": {
        const minutes = Math.round(s.tm_gmtoff / 60);
        return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
      }
      case "Z": return s.tm_zone;
      case "%": return "%";
      default: return whole;
    }
  });
}
