// Python's concurrent package: `import concurrent.futures` binds `concurrent`,
// whose `futures` attribute is the module.
export * as futures from "./futures/index.js";

// `print(concurrent)` and type() see this namespace as the module (builtins/modules.ts).
import * as self from "./index.js";
import { registerModule } from "../builtins/modules.js";
registerModule(self, "concurrent");
