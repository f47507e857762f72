// Time for log records: time.time() with microseconds, and strftime over
// localtime() for %(asctime)s and datefmt. Interim: the time module (procs)
// owns localtime/strftime; when it lands, formatTime should call it so a
// script's `Formatter.converter = time.gmtime` also works.

import { performance } from "node:perf_hooks";
import { unsupported } from "../random/unsupported.js";

/** time.time(): seconds since the epoch, to the microsecond. */
export function now(): number {
  return (performance.timeOrigin + performance.now()) / 1000;
}

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const pad = (n: number, width = 2, fill = "0"): string => String(n).padStart(width, fill);

/** strftime(format, localtime(secs)) in the C locale, for the directives log formats use. */
export function strftimeLocal(format: string, secs: number): string {
  const d = new Date(Math.floor(secs) * 1000);
  const wday = (d.getDay() + 6) % 7; // Monday is 0, as tm_wday
  const start = new Date(d.getFullYear(), 0, 1);
  const yday = Math.round((new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime() - start.getTime()) / 86400000) + 1;
  return format.replace(/%([a-zA-Z%])/g, (whole, directive: string): string => {
    switch (directive) {
      case "Y": return String(d.getFullYear());
      case "y": return pad(d.getFullYear() % 100);
      case "m": return pad(d.getMonth() + 1);
      case "d": return pad(d.getDate());
      case "e": return pad(d.getDate(), 2, " ");
      case "H": return pad(d.getHours());
      case "I": return pad(d.getHours() % 12 === 0 ? 12 : d.getHours() % 12);
      case "M": return pad(d.getMinutes());
      case "S": return pad(d.getSeconds());
      case "p": return d.getHours() < 12 ? "AM" : "PM";
      case "j": return pad(yday, 3);
      case "a": return DAYS[wday]!.slice(0, 3);
      case "A": return DAYS[wday]!;
      case "b": case "h": return MONTHS[d.getMonth()]!.slice(0, 3);
      case "B": return MONTHS[d.getMonth()]!;
      case "F": return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      case "T": return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
      case "z": {
        const offset = -d.getTimezoneOffset();
        return `${offset < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
      }
      case "%": return "%";
      default: return unsupported(`the strftime directive ${whole} in a logging datefmt`);
    }
  });
}
