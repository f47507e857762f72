// Function and lambda parameters -> CPython's `arguments` node (posonlyargs, args,
// vararg, kwonlyargs with kw_defaults, kwarg, right-aligned defaults), Python 2
// tuple parameters, and the ordering errors CPython reports ("non-default argument
// follows default argument", "named arguments must follow bare *", ...).

import type * as ast from "./ast.js";
import type { ParseContext } from "./context.js";
import { childrenOf, namedChildrenOf, type SyntaxNode } from "./cst.js";
import { convertExpression } from "./expressions.js";
import { convertType } from "./annotations.js";
import { convertTarget } from "./targets.js";

// lambda: 'lambda' [lambda_parameters] ':' expression
export function convertLambda(cx: ParseContext, node: SyntaxNode): ast.Lambda {
  const parameters = node.childForFieldName("parameters");
  const lambdaToken = node.firstChild!;
  const empty = { start: cx.span(lambdaToken).end, end: cx.span(lambdaToken).end };
  return {
    kind: "Lambda",
    span: cx.span(node),
    args: convertParameters(cx, parameters, empty, /* isLambda */ true),
    body: convertExpression(cx, node.childForFieldName("body")!),
  };
}

/** Accumulates one parameter list in source order. */
class ParameterList {
  readonly posonlyargs: ast.Arg[] = [];
  readonly args: ast.Arg[] = [];
  vararg: ast.Arg | null = null;
  readonly kwonlyargs: ast.Arg[] = [];
  readonly kwDefaults: (ast.Expression | null)[] = [];
  kwarg: ast.Arg | null = null;
  readonly defaults: ast.Expression[] = [];
  /** The bare `*` or `*args` seen, if any. */
  star: SyntaxNode | null = null;
  slash: SyntaxNode | null = null;
  /** Parameters after a bare `*` (it needs at least one). */
  afterBareStar = 0;
  bareStar: SyntaxNode | null = null;

  get all(): ast.Arg[] {
    const extras = [this.vararg, this.kwarg].filter((a): a is ast.Arg => a !== null);
    return [...this.posonlyargs, ...this.args, ...this.kwonlyargs, ...extras];
  }
}

// parameters: '(' [parameter (',' parameter)* [',']] ')'
// lambda_parameters: parameter (',' parameter)* [',']
export function convertParameters(cx: ParseContext, node: SyntaxNode | null, emptySpan: ast.Span, isLambda: boolean): ast.Arguments {
  const list = new ParameterList();
  for (const parameter of node === null ? [] : namedChildrenOf(node)) {
    if (list.kwarg !== null) cx.syntaxError("arguments cannot follow var-keyword argument", parameter);
    addParameter(cx, list, parameter, isLambda);
  }
  if (list.bareStar !== null && list.afterBareStar === 0) {
    cx.syntaxError("named arguments must follow bare *", list.bareStar);
  }
  checkDuplicates(cx, list.all);
  return {
    kind: "arguments",
    span: node === null ? emptySpan : cx.span(node),
    posonlyargs: list.posonlyargs,
    args: list.args,
    vararg: list.vararg,
    kwonlyargs: list.kwonlyargs,
    kwDefaults: list.kwDefaults,
    kwarg: list.kwarg,
    defaults: list.defaults,
  };
}

function addParameter(cx: ParseContext, list: ParameterList, parameter: SyntaxNode, isLambda: boolean): void {
  switch (parameter.type) {
    // positional_separator: '/'
    case "positional_separator":
      if (cx.isPy2) cx.dialectError("invalid syntax", "a positional-only parameter marker '/'", parameter);
      if (list.slash !== null) cx.syntaxError("/ may appear only once", parameter);
      else if (list.star !== null) cx.syntaxError("/ must be ahead of *", parameter);
      else if (list.args.length === 0) cx.syntaxError("invalid syntax", parameter);
      list.slash = parameter;
      list.posonlyargs.push(...list.args.splice(0));
      return;
    // keyword_separator: '*'
    case "keyword_separator":
      if (cx.isPy2) cx.dialectError("invalid syntax", "a keyword-only parameter marker '*'", parameter);
      if (list.star !== null) cx.syntaxError("* argument may appear only once", parameter);
      list.star = parameter;
      list.bareStar = parameter;
      return;
    // list_splat_pattern: '*' identifier
    case "list_splat_pattern":
      if (list.star !== null) cx.syntaxError("* argument may appear only once", parameter);
      list.star = parameter;
      list.vararg = makeArg(cx, namedChildrenOf(parameter)[0]!, null);
      return;
    // dictionary_splat_pattern: '**' identifier
    case "dictionary_splat_pattern":
      list.kwarg = makeArg(cx, namedChildrenOf(parameter)[0]!, null);
      return;
    // typed_parameter: (identifier | list_splat_pattern | dictionary_splat_pattern) ':' type
    case "typed_parameter":
      addTypedParameter(cx, list, parameter);
      return;
    default:
      addNamedParameter(cx, list, parameter, isLambda);
  }
}

function addTypedParameter(cx: ParseContext, list: ParameterList, parameter: SyntaxNode): void {
  const inner = namedChildrenOf(parameter)[0]!;
  const type = parameter.childForFieldName("type")!;
  if (cx.isPy2) cx.dialectError("invalid syntax", "a parameter annotation", type);
  if (inner.type === "list_splat_pattern") {
    if (list.star !== null) cx.syntaxError("* argument may appear only once", parameter);
    list.star = parameter;
    list.vararg = makeArg(cx, namedChildrenOf(inner)[0]!, type, parameter);
  } else if (inner.type === "dictionary_splat_pattern") {
    list.kwarg = makeArg(cx, namedChildrenOf(inner)[0]!, type, parameter);
  } else {
    addPlain(cx, list, makeArg(cx, inner, type, parameter), null, parameter);
  }
}

// identifier | default_parameter: (identifier | tuple_pattern) '=' expression
// | typed_default_parameter: identifier ':' type '=' expression | tuple_pattern (Python 2)
function addNamedParameter(cx: ParseContext, list: ParameterList, parameter: SyntaxNode, isLambda: boolean): void {
  let nameNode = parameter;
  let typeNode: SyntaxNode | null = null;
  let defaultNode: SyntaxNode | null = null;
  if (parameter.type === "default_parameter" || parameter.type === "typed_default_parameter") {
    nameNode = parameter.childForFieldName("name")!;
    typeNode = parameter.childForFieldName("type");
    defaultNode = parameter.childForFieldName("value");
    if (typeNode !== null && cx.isPy2) cx.dialectError("invalid syntax", "a parameter annotation", typeNode);
  }
  const arg =
    nameNode.type === "tuple_pattern"
      ? tupleParameter(cx, nameNode, list.args.length + list.posonlyargs.length, isLambda)
      : makeArg(cx, nameNode, typeNode, typeNode === null ? nameNode : undefined);
  addPlain(cx, list, arg, defaultNode === null ? null : convertExpression(cx, defaultNode), parameter);
}

function addPlain(cx: ParseContext, list: ParameterList, arg: ast.Arg, value: ast.Expression | null, node: SyntaxNode): void {
  if (list.star !== null) {
    if (cx.isPy2 && list.bareStar === null) cx.dialectError("invalid syntax", "a keyword-only parameter", node);
    if (list.bareStar !== null) list.afterBareStar++;
    list.kwonlyargs.push(arg);
    list.kwDefaults.push(value);
    return;
  }
  if (value !== null) {
    list.defaults.push(value);
  } else if (list.defaults.length > 0) {
    cx.syntaxError("non-default argument follows default argument", node);
  }
  list.args.push(arg);
}

function makeArg(cx: ParseContext, name: SyntaxNode, type: SyntaxNode | null, whole?: SyntaxNode): ast.Arg {
  const end = whole !== undefined ? cx.span(whole).end : type !== null ? cx.span(type).end : cx.span(name).end;
  return {
    kind: "arg",
    span: { start: cx.span(name).start, end },
    arg: name.text.normalize("NFKC"),
    annotation: type === null ? null : convertType(cx, type),
    py2Tuple: null,
  };
}

// Python 2 `def f(a, (b, c)):` unpacks its argument; CPython 2 names the hidden
// parameter `.N` after its position. `(a)` alone is just a parenthesized name.
function tupleParameter(cx: ParseContext, node: SyntaxNode, position: number, isLambda: boolean): ast.Arg {
  const elements = namedChildrenOf(node);
  const isTuple = childrenOf(node).some((c) => c.type === ",") || elements.length === 0;
  if (!cx.isPy2) {
    const what = isLambda ? "Lambda expression parameters" : "Function parameters";
    cx.dialectError(`${what} cannot be parenthesized`, "a parenthesized (tuple) parameter", node);
  }
  if (!isTuple && elements[0]!.type === "identifier") return makeArg(cx, elements[0]!, null);
  if (!isTuple && elements[0]!.type === "tuple_pattern") return tupleParameter(cx, elements[0]!, position, isLambda);
  return { kind: "arg", span: cx.span(node), arg: `.${position}`, annotation: null, py2Tuple: convertTarget(cx, node, "Store", "assign") };
}

function checkDuplicates(cx: ParseContext, args: readonly ast.Arg[]): void {
  const seen = new Set<string>();
  for (const arg of args) {
    for (const name of argNames(arg)) {
      if (seen.has(name.id)) cx.syntaxError(`duplicate argument '${name.id}' in function definition`, name.span);
      seen.add(name.id);
    }
  }
}

function argNames(arg: ast.Arg): { id: string; span: ast.Span }[] {
  if (arg.py2Tuple === null) return [{ id: arg.arg, span: arg.span }];
  const names: { id: string; span: ast.Span }[] = [];
  const visit = (e: ast.Expression): void => {
    if (e.kind === "Name") names.push({ id: e.id, span: e.span });
    else if (e.kind === "Tuple" || e.kind === "List") e.elts.forEach(visit);
  };
  visit(arg.py2Tuple);
  return names;
}
