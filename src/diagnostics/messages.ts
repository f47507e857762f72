// The catalogue of every diagnostic the compiler can report: one entry per code,
// with its category and a message template whose {placeholders} are typed by the
// entry. Stages report through `createDiagnostic(messages.X, span, { ... })`, never
// with free-form text, so codes stay stable and each message is written once.

export type Category = "error" | "warning";

export interface MessageTemplate<P extends string = string> {
  readonly code: number;
  readonly category: Category;
  readonly text: string;
  /** Phantom field: the placeholder names the template expects. */
  readonly params?: P;
}

function error<P extends string = never>(code: number, text: string): MessageTemplate<P> {
  return { code, category: "error", text };
}

function warning<P extends string = never>(code: number, text: string): MessageTemplate<P> {
  return { code, category: "warning", text };
}

export const messages = {
  // 0001-0099: reading and parsing input
  syntaxError: error<"detail">(1, "Syntax error: {detail}."),
  missingToken: error<"token">(2, "Syntax error: expected '{token}'."),
  fileNotFound: error<"path">(3, "Cannot read '{path}': no such file."),
  fileUnreadable: error<"path" | "reason">(4, "Cannot read '{path}': {reason}."),
  emptyFile: error(5, "The file is empty: there is nothing to convert."),
  notPythonSource: error<"path">(6, "'{path}' does not look like Python source (it contains NUL bytes)."),
  inconsistentIndentation: error(7, "Syntax error: inconsistent use of tabs and spaces in indentation."),
  dialectConflict: error<"py2" | "py3">(8, "The file mixes Python 2 syntax ({py2}) with Python 3 syntax ({py3})."),
  /** CPython's exact SyntaxError text, e.g. "invalid syntax", "cannot assign to function call". */
  pythonSyntaxError: error<"message">(9, "SyntaxError: {message}"),
  /** CPython's exact IndentationError text, e.g. "unexpected indent". */
  pythonIndentationError: error<"message">(10, "IndentationError: {message}"),
  wrongDialectSyntax: error<"message" | "what" | "dialect" | "fileDialect" | "reason">(
    11,
    "SyntaxError: {message} ({what} is {dialect} syntax, but this file is read as {fileDialect} because {reason}; a first line '# py2ts: py2' or '# py2ts: py3' chooses the dialect)",
  ),

  // 0100-0199: names and scopes
  nonlocalAtModuleLevel: error(100, "nonlocal declaration not allowed at module level."),
  nonlocalNoBinding: error<"name">(101, "no binding for nonlocal '{name}' found."),
  globalAfterUse: error<"name">(102, "name '{name}' is used prior to global declaration."),
  nonlocalAndGlobal: error<"name">(103, "name '{name}' is nonlocal and global."),
  parameterGlobal: error<"name">(104, "name '{name}' is parameter and global."),
  parameterNonlocal: error<"name">(105, "name '{name}' is parameter and nonlocal."),
  returnOutsideFunction: error(106, "'return' outside function."),
  breakOutsideLoop: error(107, "'break' outside loop."),
  continueOutsideLoop: error(108, "'continue' not properly in loop."),
  yieldOutsideFunction: error(109, "'yield' outside function."),

  // 0200-0299: constructs we do not translate (yet)
  unsupportedConstruct: error<"what" | "why">(200, "{what} is not supported: {why}."),
  unsupportedModule: error<"module">(201, "Module '{module}' is not supported; supported modules are listed in the README."),
  unsupportedModuleMember: error<"module" | "name">(202, "'{module}.{name}' is not supported yet."),
  unsupportedBuiltin: error<"name">(203, "The builtin '{name}' is not supported yet."),
  unsupportedMethod: error<"type" | "name">(204, "'{type}.{name}()' is not supported yet."),
  unsupportedArgument: error<"callee" | "argument">(205, "'{callee}' does not support the argument '{argument}' yet."),
  undefinedName: warning<"name">(206, "name '{name}' is not defined; reaching this line raises NameError, as in CPython."),
  unsupportedDialectFeature: error<"what" | "dialect">(207, "{what} is not valid {dialect} code."),

  // 0900-0999: our own failures
  internalError: error<"detail">(900, "Internal compiler error: {detail}. Please report this with the input file."),
} as const;

export type MessageKey = keyof typeof messages;

export type ParamsOf<M> = M extends MessageTemplate<infer P> ? P : never;

export function formatCode(code: number): string {
  return `PTM${String(code).padStart(4, "0")}`;
}

export function formatMessage(template: MessageTemplate, params: Readonly<Record<string, string | number>>): string {
  return template.text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export { warning };
