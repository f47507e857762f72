// Python 3's '{'-style log formats are checked by StrFormatStyle.validate, which
// splits them with string.Formatter.parse (Objects/stringlib/unicode_format.h
// MarkupIterator, with its ValueError messages); formatting is str.format_map.

import { ValueError } from "../builtins/exceptions.js";
import { repr, str } from "../builtins/repr.js";

interface Field {
  readonly literal: string;
  /** null for trailing literal text. */
  readonly name: string | null;
  readonly spec: string;
  readonly conversion: string | null;
}

/** string.Formatter().parse(fmt). */
export function parseBraceFormat(fmt: string): Field[] {
  const fields: Field[] = [];
  let i = 0;
  let literal = "";
  while (i < fmt.length) {
    const c = fmt[i++]!;
    if (c !== "{" && c !== "}") {
      literal += c;
      continue;
    }
    const atEnd = i >= fmt.length;
    if (c === "}" && (atEnd || fmt[i] !== "}")) throw new ValueError("Single '}' encountered in format string");
    if (c === "{" && atEnd) throw new ValueError("Single '{' encountered in format string");
    if (fmt[i] === c) {
      literal += c;
      i++;
      continue;
    }
    // A field: up to the matching '}', counting braces nested in the format spec.
    const start = i;
    let depth = 1;
    while (i < fmt.length && depth > 0) {
      const d = fmt[i++]!;
      if (d === "{") depth++;
      else if (d === "}") depth--;
    }
    if (depth > 0) throw new ValueError("expected '}' before end of string");
    fields.push({ literal, ...parseField(fmt.slice(start, i - 1)) });
    literal = "";
  }
  if (literal !== "") fields.push({ literal, name: null, spec: "", conversion: null });
  return fields;
}

/** field_name[!conversion][:format_spec] (parse_field). */
function parseField(field: string): { name: string; spec: string; conversion: string | null } {
  let i = 0;
  let stop = "";
  for (; i < field.length; i++) {
    const c = field[i]!;
    if (c === "{") throw new ValueError("unexpected '{' in field name");
    if (c === "[") {
      while (i < field.length && field[i] !== "]") i++;
      continue;
    }
    if (c === ":" || c === "!") {
      stop = c;
      break;
    }
  }
  const name = field.slice(0, i);
  if (stop === "") return { name, spec: "", conversion: null };
  i++;
  let conversion: string | null = null;
  if (stop === "!") {
    if (i >= field.length) throw new ValueError("end of string while looking for conversion specifier");
    conversion = field[i++]!;
    if (i < field.length && field[i++] !== ":") throw new ValueError("expected ':' after conversion specifier");
  }
  return { name, spec: field.slice(i), conversion };
}

const FIELD_SPEC = /^(\d+|\w+)(\.\w+|\[[^\]]+\])*$/;
const FORMAT_SPEC = /^(.?[<>=^])?[+ -]?#?0?(\d+|\{\w+\})?[,_]?(\.(\d+|\{\w+\}))?[bcdefgnosx%]?$/i;

/** StrFormatStyle.validate. */
export function validateBraceFormat(fmt: string): void {
  let fieldCount = 0;
  try {
    for (const { name, spec, conversion } of parseBraceFormat(fmt)) {
      if (name) {
        if (!FIELD_SPEC.test(name)) throw new ValueError(`invalid field name/expression: ${repr(name)}`);
        fieldCount++;
      }
      if (conversion && !"rsa".includes(conversion)) throw new ValueError(`invalid conversion: ${repr(conversion)}`);
      if (spec && !FORMAT_SPEC.test(spec)) throw new ValueError(`bad specifier: ${repr(spec)}`);
    }
  } catch (error) {
    if (error instanceof ValueError) throw new ValueError(`invalid format: ${str(error)}`);
    throw error;
  }
  if (fieldCount === 0) throw new ValueError("invalid format: no fields");
}
