// The Python AST that every later stage reads: readonly discriminated unions whose
// `kind` strings are CPython's `ast` class names (https://docs.python.org/3/library/ast.html),
// plus Python 2's `Print`, `Exec` and `Repr`. One grammar serves both dialects; the
// dialect is recorded on the Module. Nodes are plain immutable objects; analysis
// results live in side tables keyed by node, never on the nodes.

/**
 * A half-open range [start, end) of UTF-16 code unit offsets into the source text,
 * so `text.slice(span.start, span.end)` is the node's text. Lines and columns are
 * computed only when a diagnostic is rendered (diagnostics/textPosition.ts).
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

interface NodeBase<K extends string> {
  readonly kind: K;
  readonly span: Span;
}

export type Dialect = "py2" | "py3";

export type ExprContext = "Load" | "Store" | "Del";

// ---------------------------------------------------------------------------
// Module

export interface Module extends NodeBase<"Module"> {
  readonly body: readonly Stmt[];
  readonly dialect: Dialect;
  /** `from __future__ import ...` feature names (print_function, division, unicode_literals, ...). */
  readonly futureFeatures: readonly string[];
  /** Every `#` comment, in source order; emit re-attaches them to statements. */
  readonly comments: readonly Comment[];
}

export interface Comment {
  readonly text: string; // without the leading '#'
  readonly span: Span;
}

// ---------------------------------------------------------------------------
// Statements

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Match
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | Expr
  | Pass
  | Break
  | Continue
  | TypeAlias
  | Print
  | Exec;

export interface FunctionDef extends NodeBase<"FunctionDef"> {
  readonly name: Identifier;
  readonly args: Arguments;
  readonly body: readonly Stmt[];
  readonly decoratorList: readonly Expression[];
  readonly returns: Expression | null;
  readonly typeParams: readonly TypeParam[];
  /** `async def` (CPython's AsyncFunctionDef). */
  readonly isAsync: boolean;
}

export interface ClassDef extends NodeBase<"ClassDef"> {
  readonly name: Identifier;
  readonly bases: readonly Expression[];
  readonly keywords: readonly Keyword[];
  readonly body: readonly Stmt[];
  readonly decoratorList: readonly Expression[];
  readonly typeParams: readonly TypeParam[];
}

export interface Return extends NodeBase<"Return"> {
  readonly value: Expression | null;
}

export interface Delete extends NodeBase<"Delete"> {
  readonly targets: readonly Expression[];
}

/** `a = b = value`: several targets, one value. */
export interface Assign extends NodeBase<"Assign"> {
  readonly targets: readonly Expression[];
  readonly value: Expression;
}

export interface AugAssign extends NodeBase<"AugAssign"> {
  readonly target: Expression;
  readonly op: BinaryOperator;
  readonly value: Expression;
}

export interface AnnAssign extends NodeBase<"AnnAssign"> {
  readonly target: Expression;
  readonly annotation: Expression;
  readonly value: Expression | null;
  /** CPython's `simple`: the target is a bare name, not in parentheses. */
  readonly simple: boolean;
}

export interface For extends NodeBase<"For"> {
  readonly target: Expression;
  readonly iter: Expression;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
  /** `async for` (CPython's AsyncFor). */
  readonly isAsync: boolean;
}

export interface While extends NodeBase<"While"> {
  readonly test: Expression;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}

/** `elif` chains are nested Ifs in `orelse`, as in CPython. */
export interface If extends NodeBase<"If"> {
  readonly test: Expression;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}

export interface With extends NodeBase<"With"> {
  readonly items: readonly WithItem[];
  readonly body: readonly Stmt[];
  /** `async with` (CPython's AsyncWith). */
  readonly isAsync: boolean;
}

export interface Match extends NodeBase<"Match"> {
  readonly subject: Expression;
  readonly cases: readonly MatchCase[];
}

/**
 * `raise exc from cause`. Python 2's `raise E, V, T` keeps the extra parts in
 * `py2Value`/`py2Traceback` (CPython 2's Raise(type, inst, tback)).
 */
export interface Raise extends NodeBase<"Raise"> {
  readonly exc: Expression | null;
  readonly cause: Expression | null;
  readonly py2Value: Expression | null;
  readonly py2Traceback: Expression | null;
}

export interface Try extends NodeBase<"Try"> {
  readonly body: readonly Stmt[];
  readonly handlers: readonly ExceptHandler[];
  readonly orelse: readonly Stmt[];
  readonly finalbody: readonly Stmt[];
  /** `except*` (CPython's TryStar). */
  readonly isStar: boolean;
}

export interface Assert extends NodeBase<"Assert"> {
  readonly test: Expression;
  readonly msg: Expression | null;
}

export interface Import extends NodeBase<"Import"> {
  readonly names: readonly Alias[];
}

export interface ImportFrom extends NodeBase<"ImportFrom"> {
  /** null for `from . import x`. */
  readonly module: string | null;
  readonly names: readonly Alias[];
  readonly level: number;
}

export interface Global extends NodeBase<"Global"> {
  readonly names: readonly Identifier[];
}

export interface Nonlocal extends NodeBase<"Nonlocal"> {
  readonly names: readonly Identifier[];
}

/** An expression used as a statement. */
export interface Expr extends NodeBase<"Expr"> {
  readonly value: Expression;
}

export interface Pass extends NodeBase<"Pass"> {}
export interface Break extends NodeBase<"Break"> {}
export interface Continue extends NodeBase<"Continue"> {}

export interface TypeAlias extends NodeBase<"TypeAlias"> {
  readonly name: Expression;
  readonly typeParams: readonly TypeParam[];
  readonly value: Expression;
}

/** Python 2 `print >>dest, a, b,` — `nl` is false when a trailing comma suppresses the newline. */
export interface Print extends NodeBase<"Print"> {
  readonly dest: Expression | null;
  readonly values: readonly Expression[];
  readonly nl: boolean;
}

/** Python 2 `exec code in globals, locals`. */
export interface Exec extends NodeBase<"Exec"> {
  readonly body: Expression;
  readonly globals: Expression | null;
  readonly locals: Expression | null;
}

// ---------------------------------------------------------------------------
// Expressions

export type Expression =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | Set
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice
  | Repr;

export type BoolOperator = "And" | "Or";

export type BinaryOperator =
  | "Add"
  | "Sub"
  | "Mult"
  | "MatMult"
  | "Div"
  | "Mod"
  | "Pow"
  | "LShift"
  | "RShift"
  | "BitOr"
  | "BitXor"
  | "BitAnd"
  | "FloorDiv";

export type UnaryOperator = "Invert" | "Not" | "UAdd" | "USub";

export type CompareOperator = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";

/** `a and b and c` is one BoolOp with three values, as in CPython. */
export interface BoolOp extends NodeBase<"BoolOp"> {
  readonly op: BoolOperator;
  readonly values: readonly Expression[];
}

export interface NamedExpr extends NodeBase<"NamedExpr"> {
  readonly target: Name;
  readonly value: Expression;
}

export interface BinOp extends NodeBase<"BinOp"> {
  readonly left: Expression;
  readonly op: BinaryOperator;
  readonly right: Expression;
}

export interface UnaryOp extends NodeBase<"UnaryOp"> {
  readonly op: UnaryOperator;
  readonly operand: Expression;
}

export interface Lambda extends NodeBase<"Lambda"> {
  readonly args: Arguments;
  readonly body: Expression;
}

export interface IfExp extends NodeBase<"IfExp"> {
  readonly test: Expression;
  readonly body: Expression;
  readonly orelse: Expression;
}

/** `{**m}` is a key of null with the mapping as value, as in CPython. */
export interface Dict extends NodeBase<"Dict"> {
  readonly keys: readonly (Expression | null)[];
  readonly values: readonly Expression[];
}

export interface Set extends NodeBase<"Set"> {
  readonly elts: readonly Expression[];
}

export interface ListComp extends NodeBase<"ListComp"> {
  readonly elt: Expression;
  readonly generators: readonly Comprehension[];
}

export interface SetComp extends NodeBase<"SetComp"> {
  readonly elt: Expression;
  readonly generators: readonly Comprehension[];
}

export interface DictComp extends NodeBase<"DictComp"> {
  readonly key: Expression;
  readonly value: Expression;
  readonly generators: readonly Comprehension[];
}

export interface GeneratorExp extends NodeBase<"GeneratorExp"> {
  readonly elt: Expression;
  readonly generators: readonly Comprehension[];
}

export interface Await extends NodeBase<"Await"> {
  readonly value: Expression;
}

export interface Yield extends NodeBase<"Yield"> {
  readonly value: Expression | null;
}

export interface YieldFrom extends NodeBase<"YieldFrom"> {
  readonly value: Expression;
}

/** `a < b <= c`: ops and comparators have the same length. */
export interface Compare extends NodeBase<"Compare"> {
  readonly left: Expression;
  readonly ops: readonly CompareOperator[];
  readonly comparators: readonly Expression[];
}

/** `f(*a, **k)`: starred arguments are Starred nodes in args, `**k` is a keyword with arg null. */
export interface Call extends NodeBase<"Call"> {
  readonly func: Expression;
  readonly args: readonly Expression[];
  readonly keywords: readonly Keyword[];
}

/** One `{...}` of an f-string; conversion is -1 (none), 115 ('s'), 114 ('r') or 97 ('a'), as in CPython. */
export interface FormattedValue extends NodeBase<"FormattedValue"> {
  readonly value: Expression;
  readonly conversion: number;
  readonly formatSpec: JoinedStr | null;
}

export interface JoinedStr extends NodeBase<"JoinedStr"> {
  readonly values: readonly (Constant | FormattedValue)[];
}

/**
 * A literal. Integers keep exact values as bigint; `long` marks Python 2's `10L`.
 * Python 2 byte strings (`'abc'` without unicode_literals) are `str` values with
 * `py2Bytes: true`, since they print as text: `value` is their bytes read as UTF-8
 * (as a terminal shows them; bytes that are not UTF-8 become U+0000-U+00FF), and
 * `bytes` holds the exact bytes. `unicodePrefix` is CPython 3's `kind='u'` (a
 * lowercase `u` prefix) in Python 3, and any `u`/`U` prefix in Python 2.
 */
export type ConstantValue =
  | { readonly type: "None" }
  | { readonly type: "bool"; readonly value: boolean }
  | { readonly type: "int"; readonly value: bigint; readonly long: boolean }
  | { readonly type: "float"; readonly value: number }
  | { readonly type: "complex"; readonly imag: number }
  | {
      readonly type: "str";
      readonly value: string;
      readonly py2Bytes: boolean;
      readonly unicodePrefix: boolean;
      /** Python 2 byte strings only: the exact bytes. */
      readonly bytes?: Uint8Array;
    }
  | { readonly type: "bytes"; readonly value: Uint8Array }
  | { readonly type: "Ellipsis" };

export interface Constant extends NodeBase<"Constant"> {
  readonly value: ConstantValue;
}

export interface Attribute extends NodeBase<"Attribute"> {
  readonly value: Expression;
  readonly attr: Identifier;
  readonly ctx: ExprContext;
}

/** `a[i]`, `a[i:j]`, `a[i, j]` (a Tuple slice), as in CPython 3.9+. */
export interface Subscript extends NodeBase<"Subscript"> {
  readonly value: Expression;
  readonly slice: Expression;
  readonly ctx: ExprContext;
}

export interface Starred extends NodeBase<"Starred"> {
  readonly value: Expression;
  readonly ctx: ExprContext;
}

export interface Name extends NodeBase<"Name"> {
  readonly id: string;
  readonly ctx: ExprContext;
}

export interface List extends NodeBase<"List"> {
  readonly elts: readonly Expression[];
  readonly ctx: ExprContext;
}

export interface Tuple extends NodeBase<"Tuple"> {
  readonly elts: readonly Expression[];
  readonly ctx: ExprContext;
}

export interface Slice extends NodeBase<"Slice"> {
  readonly lower: Expression | null;
  readonly upper: Expression | null;
  readonly step: Expression | null;
}

/** Python 2 backticks: `` `x` `` is repr(x). */
export interface Repr extends NodeBase<"Repr"> {
  readonly value: Expression;
}

// ---------------------------------------------------------------------------
// Helper nodes (CPython's lower-case ast classes)

/** A name that is not an expression (function, class, parameter, alias names). */
export interface Identifier {
  readonly name: string;
  readonly span: Span;
}

export interface Comprehension extends NodeBase<"comprehension"> {
  readonly target: Expression;
  readonly iter: Expression;
  readonly ifs: readonly Expression[];
  readonly isAsync: boolean;
}

export interface ExceptHandler extends NodeBase<"ExceptHandler"> {
  readonly type: Expression | null;
  /**
   * The bound name: `except E as e`, and Python 2's `except E, e`. Python 2 may bind
   * any target (`except E, (a, b)`, `except E, self.err`); such a target is in
   * `py2Target` (a Store expression) and `name` is null.
   */
  readonly name: Identifier | null;
  readonly py2Target: Expression | null;
  readonly body: readonly Stmt[];
}

export interface Arguments extends NodeBase<"arguments"> {
  readonly posonlyargs: readonly Arg[];
  readonly args: readonly Arg[];
  readonly vararg: Arg | null;
  readonly kwonlyargs: readonly Arg[];
  /** One per kwonlyarg; null when it has no default. */
  readonly kwDefaults: readonly (Expression | null)[];
  readonly kwarg: Arg | null;
  /** Defaults of the last posonlyargs+args, right-aligned as in CPython. */
  readonly defaults: readonly Expression[];
}

/**
 * A parameter. Python 2 tuple parameters (`def f(a, (b, c)):`) carry their pattern
 * (a Store Tuple) in `py2Tuple`, and `arg` is CPython 2's hidden name for the
 * argument, `.` and its position (`.1`).
 */
export interface Arg extends NodeBase<"arg"> {
  readonly arg: string;
  readonly annotation: Expression | null;
  readonly py2Tuple: Expression | null;
}

export interface Keyword extends NodeBase<"keyword"> {
  /** null for `**mapping`. */
  readonly arg: Identifier | null;
  readonly value: Expression;
}

export interface Alias extends NodeBase<"alias"> {
  /** Dotted module or attribute name; `*` for a wildcard import. */
  readonly name: string;
  readonly asname: Identifier | null;
}

export interface WithItem extends NodeBase<"withitem"> {
  readonly contextExpr: Expression;
  readonly optionalVars: Expression | null;
}

export interface MatchCase extends NodeBase<"match_case"> {
  readonly pattern: Pattern;
  readonly guard: Expression | null;
  readonly body: readonly Stmt[];
}

export type Pattern =
  | MatchValue
  | MatchSingleton
  | MatchSequence
  | MatchMapping
  | MatchClass
  | MatchStar
  | MatchAs
  | MatchOr;

export interface MatchValue extends NodeBase<"MatchValue"> {
  readonly value: Expression;
}

export interface MatchSingleton extends NodeBase<"MatchSingleton"> {
  readonly value: ConstantValue;
}

export interface MatchSequence extends NodeBase<"MatchSequence"> {
  readonly patterns: readonly Pattern[];
}

export interface MatchMapping extends NodeBase<"MatchMapping"> {
  readonly keys: readonly Expression[];
  readonly patterns: readonly Pattern[];
  readonly rest: Identifier | null;
}

export interface MatchClass extends NodeBase<"MatchClass"> {
  readonly cls: Expression;
  readonly patterns: readonly Pattern[];
  readonly kwdAttrs: readonly Identifier[];
  readonly kwdPatterns: readonly Pattern[];
}

export interface MatchStar extends NodeBase<"MatchStar"> {
  readonly name: Identifier | null;
}

export interface MatchAs extends NodeBase<"MatchAs"> {
  readonly pattern: Pattern | null;
  readonly name: Identifier | null;
}

export interface MatchOr extends NodeBase<"MatchOr"> {
  readonly patterns: readonly Pattern[];
}

export type TypeParam = TypeVar | ParamSpec | TypeVarTuple;

export interface TypeVar extends NodeBase<"TypeVar"> {
  readonly name: Identifier;
  readonly bound: Expression | null;
}

export interface ParamSpec extends NodeBase<"ParamSpec"> {
  readonly name: Identifier;
}

export interface TypeVarTuple extends NodeBase<"TypeVarTuple"> {
  readonly name: Identifier;
}

/** Every node type, for walkers. */
export type Node =
  | Module
  | Stmt
  | Expression
  | Comprehension
  | ExceptHandler
  | Arguments
  | Arg
  | Keyword
  | Alias
  | WithItem
  | MatchCase
  | Pattern
  | TypeParam;

export type NodeKind = Node["kind"];

export function isExpression(node: Node): node is Expression {
  return expressionKinds.has(node.kind);
}

export function isStmt(node: Node): node is Stmt {
  return stmtKinds.has(node.kind);
}

const expressionKinds: ReadonlySet<string> = new globalThis.Set([
  "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp",
  "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call",
  "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name",
  "List", "Tuple", "Slice", "Repr",
]);

const stmtKinds: ReadonlySet<string> = new globalThis.Set([
  "FunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign", "For",
  "While", "If", "With", "Match", "Raise", "Try", "Assert", "Import", "ImportFrom", "Global",
  "Nonlocal", "Expr", "Pass", "Break", "Continue", "TypeAlias", "Print", "Exec",
]);
