// Python's sys module: the standard streams, argv, exit and the int limits.
export { stdout, stderr, __stdout__, __stderr__ } from "./stdio.js";
export { exc_info } from "./excInfo.js";
export {
  argv, exit, maxint, maxsize, setArgv, systemExitStatus, platform, version_info, getrecursionlimit, setrecursionlimit,
} from "./sysState.js";

// `print(sys)` and type() see this namespace as the module (builtins/modules.ts).
import * as self from "./index.js";
import { registerModule } from "../builtins/modules.js";
registerModule(self, "sys");
