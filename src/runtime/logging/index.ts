// Python's logging module: levels, loggers, handlers, formatters and the
// module-level shortcuts. Each process (worker thread) has its own copy, as each
// CPython process has its own logging state. Output goes through sys.stderr with
// one write per record. Hooks for process/thread identity, caller lines and
// tracebacks: hooks.ts (setLoggingHooks).
export {
  CRITICAL, FATAL, ERROR, WARNING, WARN, INFO, DEBUG, NOTSET, getLevelName, getLevelNamesMapping, addLevelName,
} from "./levels.js";
export { LogRecord } from "./record.js";
export { Formatter, BASIC_FORMAT } from "./formatter.js";
export { Filterer, Filter, Handler, StreamHandler, NullHandler, FileHandler, lastResort } from "./handlers.js";
export { Logger, RootLogger, Manager, root, getLogger } from "./logger.js";
export { basicConfig, critical, fatal, error, exception, warning, warn, info, debug, log, disable, shutdown } from "./config.js";
export { setLoggingHooks, type LoggingHooks, type ProcessIdentity, type ThreadIdentity, type CallerLocation } from "./hooks.js";

import "./runtimeHooks.js";
import "./inheritance.js";
import * as config from "./config.js";
import { Formatter } from "./formatter.js";
import { Filterer, Handler, StreamHandler } from "./handlers.js";
import { getLevelName, addLevelName } from "./levels.js";
import { getLogger, Logger } from "./logger.js";
import { defineFunctionSignatures, defineMethodSignatures, FILTERER_METHODS, FORMATTER_METHODS, HANDLER_METHODS, LOGGER_METHODS } from "./signatures.js";

defineMethodSignatures(Filterer, FILTERER_METHODS);
defineMethodSignatures(Logger, LOGGER_METHODS);
defineMethodSignatures(Handler, HANDLER_METHODS);
defineMethodSignatures(StreamHandler, HANDLER_METHODS);
defineMethodSignatures(Formatter, FORMATTER_METHODS);
defineFunctionSignatures({ ...config, getLogger, getLevelName, addLevelName });

// `print(logging)` and type() see this namespace as the module (builtins/modules.ts).
import * as self from "./index.js";
import { registerModule } from "../builtins/modules.js";
registerModule(self, "logging");
