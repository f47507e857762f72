// The catalogue of Python library modules we translate: for each module, the
// runtime folder that implements it and every supported member with its Python
// signature. Lowering binds keyword arguments against these signatures at compile
// time; a member missing here is a located "not supported yet" diagnostic. A test
// checks that every member listed here exists in the runtime.
//
// Conventions (docs/architecture.md §4): runtime functions and methods take
// Python's parameters positionally, in Python's order; runtime classes take one
// options object whose keys are Python's keyword names (`new Process({ target })`).

export interface Param {
  readonly name: string;
  readonly optional: boolean;
  /** `*args` or `**kwargs`. */
  readonly rest?: "args" | "kwargs";
  /** After `*` or `*args`: passed in the trailing options object. */
  readonly keywordOnly?: boolean;
}

export type Member =
  /** `py2Only`: absent in Python 3 (string.upper, time.clock); `py3Only`: absent in Python 2.7 (multiprocessing.SimpleQueue). */
  | { readonly kind: "function"; readonly params: readonly Param[]; readonly py2Only?: boolean; readonly py3Only?: boolean }
  /** `checksKeywords`: the runtime class rejects unknown keywords itself (TypeError when the call runs, as CPython). */
  | {
      readonly kind: "class";
      readonly params: readonly Param[];
      readonly checksKeywords?: boolean;
      readonly py3Only?: boolean;
      /** Reported (as an unsupported member) in Python 3 scripts, with this reason. */
      readonly py3Unsupported?: string;
    }
  /** A value (constant, object or exception class used in `except`); `py2Only`: absent in Python 3 (sys.maxint). */
  | { readonly kind: "value"; readonly py2Only?: boolean; readonly py3Only?: boolean }
  | { readonly kind: "module"; readonly module: string }
  /** Known but not translated yet: reported with this reason. */
  | { readonly kind: "unsupported"; readonly why: string };

export interface ModuleSpec {
  /** Folder under src/runtime/ (also the import subpath). */
  readonly runtimePath: string;
  readonly members: Readonly<Record<string, Member>>;
  /** A module known but not translated yet: importing it is reported with this reason. */
  readonly unsupported?: string;
}

/**
 * Parses a compact Python signature: "a, b?, *args, *, key?, **kwargs" ("?" marks a
 * parameter with a default; a bare "*" starts the keyword-only parameters).
 */
export function sig(spec: string): Param[] {
  if (spec.trim() === "") return [];
  const params: Param[] = [];
  let keywordOnly = false;
  for (const raw of spec.split(",")) {
    const p = raw.trim();
    if (p === "*") keywordOnly = true;
    else if (p.startsWith("**")) params.push({ name: p.slice(2), optional: true, rest: "kwargs" });
    else if (p.startsWith("*")) {
      params.push({ name: p.slice(1), optional: true, rest: "args" });
      keywordOnly = true;
    } else {
      const optional = p.endsWith("?");
      params.push({ name: optional ? p.slice(0, -1) : p, optional, ...(keywordOnly ? { keywordOnly } : {}) });
    }
  }
  return params;
}

const fn = (spec = ""): Member => ({ kind: "function", params: sig(spec) });
const cls = (spec = ""): Member => ({ kind: "class", params: sig(spec) });
const value: Member = { kind: "value" };
/** Names Python 2.7's module does not have (`from multiprocessing import SimpleQueue` is its ImportError). */
const py3Only = (member: Member): Member => ({ ...member, py3Only: true }) as Member;

const timeModule: ModuleSpec = {
  runtimePath: "time",
  members: {
    sleep: fn("secs"),
    time: fn(),
    perf_counter: fn(),
    monotonic: fn(),
    process_time: fn(),
    clock: { kind: "function", params: sig(""), py2Only: true },
    time_ns: fn(),
    monotonic_ns: fn(),
    perf_counter_ns: fn(),
    ctime: fn("secs?"),
    strftime: fn("format, t?"),
    localtime: fn("secs?"),
    gmtime: fn("secs?"),
  },
};

const osModule: ModuleSpec = {
  runtimePath: "os",
  members: {
    getpid: fn(),
    getppid: fn(),
    cpu_count: fn(),
    environ: value,
    sep: value,
    linesep: value,
    name: value,
    getcwd: fn(),
    getenv: fn("key, default?"),
    path: { kind: "module", module: "os.path" },
  },
};

const osPathModule: ModuleSpec = {
  runtimePath: "os/path",
  members: {
    join: fn("a, *p"),
    split: fn("p"),
    splitext: fn("p"),
    basename: fn("p"),
    dirname: fn("p"),
    isabs: fn("s"),
    normpath: fn("path"),
    abspath: fn("path"),
    realpath: fn("filename"),
    expanduser: fn("path"),
    exists: fn("path"),
    isfile: fn("path"),
    isdir: fn("s"),
    sep: value,
    curdir: value,
    pardir: value,
    extsep: value,
  },
};

const sysModule: ModuleSpec = {
  runtimePath: "sys",
  members: {
    argv: value,
    exit: fn("status?"),
    stdout: value,
    stderr: value,
    __stdout__: value,
    __stderr__: value,
    exc_info: fn(),
    maxsize: value,
    maxint: { kind: "value", py2Only: true },
    platform: value,
    version_info: value,
    getrecursionlimit: fn(),
    setrecursionlimit: fn("limit"),
  },
};

// random and logging: entered by the stdlib work (src/runtime/random, src/runtime/logging).
// Where Python 2.7 and 3.11 differ the signature is the union (shuffle's py2
// `random`, sample's py3 `counts`, gauss's py3 defaults); the runtime rejects what
// the running dialect does not take.
const randomModule: ModuleSpec = {
  runtimePath: "random",
  members: {
    seed: fn("a?, version?"),
    random: fn(),
    getrandbits: fn("k"),
    randbytes: fn("n"),
    getstate: fn(),
    setstate: fn("state"),
    randrange: fn("start, stop?, step?"),
    randint: fn("a, b"),
    choice: fn("seq"),
    choices: fn("population, weights?, *, cum_weights?, k?"),
    shuffle: fn("x, random?"),
    sample: fn("population, k, *, counts?"),
    uniform: fn("a, b"),
    triangular: fn("low?, high?, mode?"),
    normalvariate: fn("mu?, sigma?"),
    gauss: fn("mu?, sigma?"),
    lognormvariate: fn("mu, sigma"),
    expovariate: fn("lambd"),
    vonmisesvariate: fn("mu, kappa"),
    gammavariate: fn("alpha, beta"),
    betavariate: fn("alpha, beta"),
    paretovariate: fn("alpha"),
    weibullvariate: fn("alpha, beta"),
    Random: cls("x?"),
    SystemRandom: cls("x?"),
  },
};

const logCall = "msg, *args, **kwargs";

const loggingModule: ModuleSpec = {
  runtimePath: "logging",
  members: {
    CRITICAL: value,
    FATAL: value,
    ERROR: value,
    WARNING: value,
    WARN: value,
    INFO: value,
    DEBUG: value,
    NOTSET: value,
    BASIC_FORMAT: value,
    root: value,
    lastResort: value,
    basicConfig: fn("**kwargs"),
    debug: fn(logCall),
    info: fn(logCall),
    warning: fn(logCall),
    warn: fn(logCall),
    error: fn(logCall),
    critical: fn(logCall),
    fatal: fn(logCall),
    exception: fn("msg, *args, exc_info?, **kwargs"),
    log: fn("level, msg, *args, **kwargs"),
    getLogger: fn("name?"),
    getLevelName: fn("level"),
    getLevelNamesMapping: fn(),
    addLevelName: fn("level, levelName"),
    disable: fn("level?"),
    shutdown: fn(),
    Logger: cls("name, level?"),
    RootLogger: cls("level"),
    LogRecord: cls("name, level, pathname, lineno, msg, args, exc_info, func?, sinfo?"),
    Formatter: cls("fmt?, datefmt?, style?, validate?, *, defaults?"),
    Filter: cls("name?"),
    Filterer: cls(),
    Handler: cls("level?"),
    StreamHandler: cls("stream?"),
    NullHandler: cls("level?"),
    FileHandler: cls("filename, mode?, encoding?, delay?, errors?"),
  },
};

const multiprocessingModule: ModuleSpec = {
  runtimePath: "multiprocessing",
  members: {
    Process: { kind: "class", params: sig("group?, target?, name?, args?, kwargs?, *, daemon?"), checksKeywords: true },
    Lock: cls(),
    RLock: cls(),
    Semaphore: cls("value?"),
    BoundedSemaphore: cls("value?"),
    Event: cls(),
    Condition: cls("lock?"),
    Barrier: py3Only(cls("parties, action?, timeout?")),
    Value: fn("typecode_or_type, *args, *, lock?"),
    Array: fn("typecode_or_type, size_or_initializer, *, lock?"),
    RawValue: fn("typecode_or_type, *args"),
    RawArray: fn("typecode_or_type, size_or_initializer"),
    Pool: cls("processes?, initializer?, initargs?, maxtasksperchild?, context?"),
    // Exception classes: `raise TimeoutError('late')`, `except TimeoutError`, `TimeoutError()`.
    TimeoutError: cls("*args"),
    ProcessError: cls("*args"),
    BufferTooShort: cls("*args"),
    AuthenticationError: cls("*args"),
    Queue: cls("maxsize?"),
    JoinableQueue: cls("maxsize?"),
    SimpleQueue: py3Only(cls()),
    Pipe: fn("duplex?"),
    connection: { kind: "module", module: "multiprocessing.connection" },
    queues: { kind: "module", module: "multiprocessing.queues" },
    Manager: fn(),
    managers: { kind: "module", module: "multiprocessing.managers" },
    current_process: fn(),
    parent_process: py3Only(fn()),
    active_children: fn(),
    cpu_count: fn(),
    freeze_support: fn(),
    get_context: py3Only(fn("method?")),
    get_start_method: py3Only(fn("allow_none?")),
    get_all_start_methods: py3Only(fn()),
    set_start_method: py3Only(fn("method, force?")),
  },
};

// ctypes: the simple types Value/Array/RawValue/RawArray take (`Value(c_double, 1.5)`).
// Classes called as the catalogue's classes are: `c_int(5)` is `new c_int({ value: 5 })`.
const cType = cls("value?");
const ctypesModule: ModuleSpec = {
  runtimePath: "ctypes",
  members: {
    c_bool: cType,
    c_char: cType,
    c_wchar: cType,
    c_byte: cType,
    c_ubyte: cType,
    c_short: cType,
    c_ushort: cType,
    c_int: cType,
    c_uint: cType,
    c_long: cType,
    c_ulong: cType,
    c_longlong: cType,
    c_ulonglong: cType,
    c_float: cType,
    c_double: cType,
    c_int8: cType,
    c_uint8: cType,
    c_int16: cType,
    c_uint16: cType,
    c_int32: cType,
    c_uint32: cType,
    c_int64: cType,
    c_uint64: cType,
    c_size_t: cType,
    c_ssize_t: cType,
    sizeof: fn("obj_or_type"),
  },
};

const threadPools = "thread pools need the threading support, which is still to come";

// multiprocessing.pool's names live in the multiprocessing runtime folder.
const multiprocessingPoolModule: ModuleSpec = {
  runtimePath: "multiprocessing",
  members: {
    Pool: multiprocessingModule.members["Pool"]!,
    ApplyResult: value,
    AsyncResult: value,
    MapResult: value,
    IMapIterator: value,
    IMapUnorderedIterator: value,
    RemoteTraceback: value,
    MaybeEncodingError: value,
    ThreadPool: { kind: "unsupported", why: threadPools },
  },
};

const multiprocessingDummyModule: ModuleSpec = { runtimePath: "multiprocessing", members: {}, unsupported: threadPools };

// concurrent.futures (Python 3): ProcessPoolExecutor on the pool machinery.
const concurrentModule: ModuleSpec = {
  runtimePath: "concurrent",
  members: { futures: { kind: "module", module: "concurrent.futures" } },
};

const concurrentFuturesModule: ModuleSpec = {
  runtimePath: "concurrent/futures",
  members: {
    ProcessPoolExecutor: cls("max_workers?, mp_context?, initializer?, initargs?, *, max_tasks_per_child?"),
    ThreadPoolExecutor: { kind: "unsupported", why: threadPools },
    Future: cls(),
    Executor: value,
    as_completed: fn("fs, timeout?"),
    wait: fn("fs, timeout?, return_when?"),
    FIRST_COMPLETED: value,
    FIRST_EXCEPTION: value,
    ALL_COMPLETED: value,
    CancelledError: value,
    TimeoutError: value,
    BrokenExecutor: value,
    InvalidStateError: value,
    process: { kind: "module", module: "concurrent.futures.process" },
  },
};

const concurrentFuturesProcessModule: ModuleSpec = {
  runtimePath: "concurrent/futures",
  members: {
    ProcessPoolExecutor: concurrentFuturesModule.members["ProcessPoolExecutor"]!,
    BrokenProcessPool: value,
  },
};

const mathModule: ModuleSpec = {
  runtimePath: "math",
  members: {
    pi: value, e: value, tau: value, inf: value, nan: value,
    isnan: fn("x"), isinf: fn("x"), isfinite: fn("x"), floor: fn("x"), ceil: fn("x"), trunc: fn("x"),
    sqrt: fn("x"), exp: fn("x"), log: fn("x, base?"), log10: fn("x"), log2: fn("x"), pow: fn("x, y"),
    sin: fn("x"), cos: fn("x"), tan: fn("x"), asin: fn("x"), acos: fn("x"), atan: fn("x"), atan2: fn("y, x"),
    hypot: fn("*coordinates"), fabs: fn("x"), copysign: fn("x, y"), fmod: fn("x, y"), degrees: fn("x"),
    radians: fn("x"), isclose: fn("a, b, *, rel_tol?, abs_tol?"), factorial: fn("n"), gcd: fn("*integers"),
    modf: fn("x"), fsum: fn("seq"),
  },
};

// The string module; its functions are Python 2's (Python 3 kept only the constants and capwords).
const py2Value: Member = { kind: "value", py2Only: true };
const py2Fn = (spec = ""): Member => ({ kind: "function", params: sig(spec), py2Only: true });
const stringModule: ModuleSpec = {
  runtimePath: "string",
  members: {
    ascii_letters: value, ascii_lowercase: value, ascii_uppercase: value, digits: value, hexdigits: value,
    octdigits: value, punctuation: value, whitespace: value, printable: value, letters: py2Value, lowercase: py2Value,
    uppercase: py2Value, capwords: fn("s, sep?"),
    upper: py2Fn("s"), lower: py2Fn("s"), capitalize: py2Fn("s"), swapcase: py2Fn("s"), strip: py2Fn("s, chars?"),
    lstrip: py2Fn("s, chars?"), rstrip: py2Fn("s, chars?"), split: py2Fn("s, sep?, maxsplit?"), find: py2Fn("s, *args"),
    rfind: py2Fn("s, *args"), count: py2Fn("s, *args"), replace: py2Fn("s, old, new, *args"), zfill: py2Fn("s, width"),
    ljust: py2Fn("s, width, *args"), rjust: py2Fn("s, width, *args"), center: py2Fn("s, width, *args"),
    join: py2Fn("words, sep?"), joinfields: py2Fn("words, sep?"),
  },
};

// Queues and pipes (the queues work). `multiprocessing.connection` and
// `multiprocessing.queues` are served by the multiprocessing folder, which exports
// their names too; Python 2's `Queue` module is Python 3's `queue`.
const connectionModule: ModuleSpec = {
  runtimePath: "multiprocessing",
  members: {
    Pipe: fn("duplex?"),
    Connection: py3Only(value),
    BufferTooShort: cls("*args"),
    AuthenticationError: cls("*args"),
    wait: py3Only(fn("object_list, timeout?")),
  },
};

/** Python 3's queue classes take the context: `multiprocessing.queues.Queue()` alone is a TypeError there. */
const needsContext = (name: string, spec = ""): Member => ({
  ...cls(spec),
  py3Unsupported:
    `Python 3's multiprocessing.queues.${name} requires ctx=multiprocessing.get_context() ` +
    `(without it CPython raises TypeError), and py2ts-mp has no contexts; use multiprocessing.${name}() instead`,
}) as Member;

const queuesModule: ModuleSpec = {
  runtimePath: "multiprocessing",
  members: {
    Queue: needsContext("Queue", "maxsize?"),
    JoinableQueue: needsContext("JoinableQueue", "maxsize?"),
    SimpleQueue: needsContext("SimpleQueue"),
    Empty: cls("*args"),
    Full: cls("*args"),
  },
};

const queueModule: ModuleSpec = {
  runtimePath: "queue",
  members: {
    Empty: cls("*args"),
    Full: cls("*args"),
    Queue: cls("maxsize?"),
  },
};

// Managers (the manager work). `multiprocessing.managers` is served by the
// multiprocessing folder, which exports it as `managers`; its classes take Python's
// arguments (BaseManager's keywords arrive in a trailing object).
const managersModule: ModuleSpec = {
  runtimePath: "multiprocessing",
  members: {
    BaseManager: cls("address?, authkey?, serializer?, ctx?, *, shutdown_timeout?"),
    SyncManager: cls("address?, authkey?, serializer?, ctx?, *, shutdown_timeout?"),
    BaseProxy: value,
    Namespace: value,
    Token: value,
    RemoteError: value,
    MakeProxyType: fn("name, exposed"),
    AutoProxy: value,
    public_methods: fn("obj"),
    DictProxy: value,
    ListProxy: value,
    NamespaceProxy: value,
    ValueProxy: value,
    AcquirerProxy: value,
    ConditionProxy: value,
    EventProxy: value,
    BarrierProxy: value,
    ArrayProxy: value,
    IteratorProxy: value,
  },
};

const decoratorsWhy = "decorators are not translated yet";

const functoolsModule: ModuleSpec = {
  runtimePath: "functools",
  members: {
    partial: fn("func, *args, **keywords"),
    reduce: fn("function, iterable, initial?"),
    cmp_to_key: fn("mycmp"),
    wraps: { kind: "unsupported", why: decoratorsWhy },
    lru_cache: { kind: "unsupported", why: decoratorsWhy },
    cache: { kind: "unsupported", why: decoratorsWhy },
    total_ordering: { kind: "unsupported", why: decoratorsWhy },
    update_wrapper: { kind: "unsupported", why: decoratorsWhy },
  },
};

/** Python module name -> spec, per dialect (Python 2's `Queue` is Python 3's `queue`). */
const modules: Readonly<Record<string, ModuleSpec>> = {
  time: timeModule,
  os: osModule,
  "os.path": osPathModule,
  sys: sysModule,
  random: randomModule,
  logging: loggingModule,
  math: mathModule,
  string: stringModule,
  multiprocessing: multiprocessingModule,
  "multiprocessing.pool": multiprocessingPoolModule,
  "multiprocessing.dummy": multiprocessingDummyModule,
  concurrent: concurrentModule,
  "concurrent.futures": concurrentFuturesModule,
  "concurrent.futures.process": concurrentFuturesProcessModule,
  "multiprocessing.connection": connectionModule,
  "multiprocessing.queues": queuesModule,
  "multiprocessing.managers": managersModule,
  queue: queueModule,
  Queue: queueModule,
  functools: functoolsModule,
  ctypes: ctypesModule,
};

export function lookupModule(name: string): ModuleSpec | undefined {
  return Object.prototype.hasOwnProperty.call(modules, name) ? modules[name] : undefined;
}

export function lookupMember(module: ModuleSpec, name: string, isPy2: boolean): Member | undefined {
  const member = Object.prototype.hasOwnProperty.call(module.members, name) ? module.members[name] : undefined;
  if (member === undefined || member.kind === "module" || member.kind === "unsupported") return member;
  if (!isPy2 && member.kind === "class" && member.py3Unsupported !== undefined) return { kind: "unsupported", why: member.py3Unsupported };
  if (isPy2 ? member.py3Only === true : member.kind !== "class" && member.py2Only === true) return undefined;
  return member;
}

export function supportedModuleNames(): string[] {
  return Object.keys(modules);
}
