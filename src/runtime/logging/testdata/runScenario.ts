// Child-process entry for logging.cases.test.ts: `node runScenario.js <name> <dialect>`
// runs one scenario twin as the script `scenario.py` would run under CPython.

import { setDialect } from "../../builtins/dialect.js";
import { configureProgram } from "../../internal/program.js";
import type { Dialect } from "../../internal/types.js";
import { scenarios } from "./scenarios.js";

const [name, dialect] = process.argv.slice(2) as [string, Dialect];
configureProgram({ argv: ["scenario.py"], scriptPath: "scenario.py", absoluteScriptPath: "/scenario-dir/scenario.py" });
setDialect(dialect);
const scenario = scenarios[name];
if (!scenario) throw new Error(`no scenario ${name}`);
scenario();
