// Decides whether a file is Python 2 or Python 3 code. The decision changes
// semantics (`/` on ints, `print (a, b)`, `range` returning a list), so the
// recorder uses this same function to pick the CPython that records a script.
// Evidence comes from the tree-sitter CST, which parses both dialects.

import type { Dialect, Span } from "./ast.js";
import { namedChildrenOf, parseCst, type SyntaxNode, type Tree } from "./cst.js";

/** One piece of syntax or idiom that only one dialect has. */
export interface DialectEvidence {
  readonly dialect: Dialect;
  /** "a print statement", "an f-string", ... */
  readonly what: string;
  readonly span: Span;
  readonly line: number;
  /** Syntax the other dialect rejects (strong), or an idiom that merely suggests it. */
  readonly strong: boolean;
}

export interface DialectDecision {
  readonly dialect: Dialect;
  /** Why, as a clause: "it has a print statement on line 3", "its '# py2ts:' header comment says so", ... */
  readonly reason: string;
  /** Strong evidence for both dialects: the first of each, for messages.dialectConflict. */
  readonly conflict?: { readonly py2: DialectEvidence; readonly py3: DialectEvidence };
}

/**
 * Precedence: an explicit `# py2ts: py2` / `# py2ts: py3` header comment, then
 * syntax only one dialect accepts, then idioms only one dialect uses, then Python 3.
 * `tree` is the file's CST when the caller has parsed it already.
 */
export function detectDialect(text: string, tree?: Tree): DialectDecision {
  const header = /^#\s*py2ts:.*\b(py2|py3)\b/m.exec(text.split("\n").slice(0, 5).join("\n"));
  if (header) return { dialect: header[1] as Dialect, reason: "its '# py2ts:' header comment says so" };
  const evidence = collectEvidence((tree ?? parseCst(text)).rootNode);
  // With print_function, print(..., end=...) is Python 2 code too.
  if (evidence.length > 0 && /^\s*from\s+__future__\s+import\b[^\n]*\bprint_function\b/m.test(text)) {
    evidence.splice(0, evidence.length, ...evidence.filter((e) => !e.what.startsWith("print(")));
  }
  const first = (dialect: Dialect, strong: boolean): DialectEvidence | undefined =>
    evidence.find((e) => e.dialect === dialect && e.strong === strong);
  const strong2 = first("py2", true);
  const strong3 = first("py3", true);
  if (strong2 !== undefined && strong3 !== undefined) {
    const count = (d: Dialect): number => evidence.filter((e) => e.dialect === d && e.strong).length;
    const winner = count("py2") > count("py3") ? strong2 : strong3;
    return { dialect: winner.dialect, reason: because(winner), conflict: { py2: strong2, py3: strong3 } };
  }
  const strong = strong2 ?? strong3;
  if (strong !== undefined) return { dialect: strong.dialect, reason: because(strong) };
  const weak2 = evidence.filter((e) => e.dialect === "py2").length;
  const weak3 = evidence.filter((e) => e.dialect === "py3").length;
  if (weak2 > weak3) return { dialect: "py2", reason: because(first("py2", false)!) };
  if (weak3 > 0) return { dialect: "py3", reason: because(first("py3", false)!) };
  return { dialect: "py3", reason: "nothing in it is Python 2 only (Python 3 is the default)" };
}

/** "a print statement on line 3" */
export function describe(evidence: DialectEvidence): string {
  return `${evidence.what} on line ${evidence.line}`;
}

function because(evidence: DialectEvidence): string {
  return `it has ${describe(evidence)}`;
}

const interesting = [
  "print_statement", "exec_statement", "string_start", "<>", "except_clause", "raise_statement", "integer", "float",
  "parameters", "lambda_parameters", "call", "identifier", "nonlocal_statement", "async", "await", "keyword_separator",
  "positional_separator", "typed_parameter", "typed_default_parameter", "function_definition", "assignment", "yield",
  "import_statement", "import_from_statement", "named_expression", "binary_operator", "augmented_assignment",
  "pattern_list", "dictionary_splat", "match_statement",
];

/** Every piece of dialect evidence in the tree, in source order. */
export function collectEvidence(root: SyntaxNode): DialectEvidence[] {
  const found: DialectEvidence[] = [];
  const add = (dialect: Dialect, what: string, node: SyntaxNode, strong: boolean): void => {
    found.push({ dialect, what, span: { start: node.startIndex, end: node.endIndex }, line: node.startPosition.row + 1, strong });
  };
  for (const node of root.descendantsOfType(interesting)) {
    if (node.hasError && node.type !== "identifier") continue;
    inspect(node, add);
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

type Add = (dialect: Dialect, what: string, node: SyntaxNode, strong: boolean) => void;

const py2Names: Readonly<Record<string, string>> = {
  xrange: "xrange()",
  raw_input: "raw_input()",
  basestring: "basestring",
  unichr: "unichr()",
  iteritems: ".iteritems()",
  itervalues: ".itervalues()",
  iterkeys: ".iterkeys()",
  has_key: ".has_key()",
  maxint: "sys.maxint",
};
const py2Modules = new Set(["Queue", "cPickle", "ConfigParser", "SocketServer", "urllib2", "StringIO", "cStringIO", "Tkinter", "__builtin__", "thread", "commands"]);
const py3Modules = new Set(["queue", "configparser", "socketserver", "builtins", "_thread", "tkinter"]);

function inspect(node: SyntaxNode, add: Add): void {
  switch (node.type) {
    case "print_statement":
      return add("py2", "a print statement", node, true);
    case "exec_statement":
      return add("py2", "an exec statement", node, true);
    case "string_start":
      return inspectStringStart(node, add);
    case "<>":
      return add("py2", "the '<>' operator", node, true);
    case "except_clause":
      if (node.childrenForFieldName("value").length >= 2) add("py2", "'except E, e'", node, true);
      return;
    case "raise_statement":
      if (namedChildrenOf(node).some((c) => c.type === "expression_list")) add("py2", "'raise E, V'", node, true);
      if (node.childForFieldName("cause") !== null) add("py3", "'raise ... from'", node, true);
      return;
    case "integer":
      if (/[lL]$/.test(node.text)) add("py2", "a long integer literal", node, true);
      else if (/^0[0-9]*[1-9]/.test(node.text) && !/[jJ]$/.test(node.text)) add("py2", "an old-style octal literal", node, true);
      else if (node.text.includes("_")) add("py3", "an underscore in a number", node, true);
      return;
    case "float":
      if (node.text.includes("_")) add("py3", "an underscore in a number", node, true);
      return;
    case "parameters":
    case "lambda_parameters":
      if (namedChildrenOf(node).some((p) => p.type === "tuple_pattern" || p.childForFieldName("name")?.type === "tuple_pattern")) {
        add("py2", "a tuple parameter", node, true);
      }
      return;
    case "call":
      return inspectCall(node, add);
    case "identifier":
      return inspectIdentifier(node, add);
    case "nonlocal_statement":
      return add("py3", "a nonlocal statement", node, true);
    case "async":
      return add("py3", "'async'", node, true);
    case "await":
      return add("py3", "'await'", node, true);
    case "keyword_separator":
      return add("py3", "a keyword-only parameter", node, true);
    case "positional_separator":
      return add("py3", "a positional-only parameter", node, true);
    case "typed_parameter":
    case "typed_default_parameter":
      return add("py3", "a parameter annotation", node, true);
    case "function_definition":
      if (node.childForFieldName("return_type") !== null) add("py3", "a return annotation", node, true);
      return;
    case "assignment":
      if (node.childForFieldName("type") !== null) add("py3", "a variable annotation", node, true);
      return;
    case "yield":
      if (node.children.some((c) => c.type === "from")) add("py3", "'yield from'", node, true);
      return;
    case "import_statement":
    case "import_from_statement":
      return inspectImport(node, add);
    case "named_expression":
      return add("py3", "the ':=' operator", node, true);
    case "binary_operator":
      if (node.childForFieldName("operator")?.type === "@") add("py3", "the '@' operator", node, true);
      return;
    case "augmented_assignment":
      if (node.childForFieldName("operator")?.type === "@=") add("py3", "the '@=' operator", node, true);
      return;
    case "pattern_list":
      if (namedChildrenOf(node).some((c) => c.type === "list_splat_pattern")) add("py3", "starred assignment", node, true);
      return;
    case "dictionary_splat":
      if (node.parent?.type === "dictionary") add("py3", "'**' in a dict display", node, true);
      return;
    case "match_statement":
      return add("py3", "a match statement", node, true);
  }
}

function inspectStringStart(node: SyntaxNode, add: Add): void {
  const prefix = node.text.replace(/['"`]+$/, "").toLowerCase();
  if (node.text === "`") add("py2", "a backtick repr", node, true);
  else if (prefix.includes("f")) add("py3", "an f-string", node, true);
  else if (prefix.includes("u") && prefix.includes("r")) add("py2", "a ur'' string", node, true);
}

// print(..., end=...) is Python 3 (or print_function); `print "%s" % x` is caught as a print statement.
function inspectCall(node: SyntaxNode, add: Add): void {
  const func = node.childForFieldName("function");
  if (func?.type !== "identifier" || func.text !== "print") return;
  const args = node.childForFieldName("arguments");
  if (args === null || args.type !== "argument_list") return;
  for (const arg of namedChildrenOf(args)) {
    const name = arg.type === "keyword_argument" ? arg.childForFieldName("name")?.text : undefined;
    if (name === "end" || name === "sep" || name === "file" || name === "flush") {
      add("py3", `print(..., ${name}=...)`, arg, true);
      return;
    }
  }
}

/** True inside a `try` statement's body or handlers: a fallback import is evidence of neither dialect. */
function insideTry(node: SyntaxNode): boolean {
  for (let p = node.parent; p !== null; p = p.parent) {
    if (p.type === "try_statement") return true;
    if (p.type === "function_definition" || p.type === "class_definition") return false;
  }
  return false;
}

function inspectIdentifier(node: SyntaxNode, add: Add): void {
  const what = py2Names[node.text];
  if (what === undefined) {
    if (node.text === "unicode" && node.parent?.type === "call") add("py2", "unicode()", node, false);
    return;
  }
  const parentType = node.parent?.type;
  const isAttribute = parentType === "attribute" && node.parent!.childForFieldName("attribute")?.startIndex === node.startIndex;
  if (what.startsWith(".") || what === "sys.maxint" ? isAttribute : !isAttribute) add("py2", what, node, false);
}

function inspectImport(node: SyntaxNode, add: Add): void {
  // `try: import Queue` / `except ImportError: import queue as Queue` runs under both dialects.
  if (insideTry(node)) return;
  const names =
    node.type === "import_statement"
      ? node.childrenForFieldName("name").map((n) => (n.type === "aliased_import" ? n.childForFieldName("name")! : n))
      : [node.childForFieldName("module_name")!];
  for (const name of names) {
    const top = name.type === "dotted_name" ? name.namedChildren[0]?.text ?? "" : "";
    if (py2Modules.has(top)) add("py2", `import ${top}`, name, false);
    else if (py3Modules.has(top)) add("py3", `import ${top}`, name, false);
  }
}
