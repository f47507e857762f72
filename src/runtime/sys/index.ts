// Python's sys module: the standard streams, argv, exit and the int limits.
export { stdout, stderr } from "./stdio.js";
export {
  argv, exit, maxint, maxsize, setArgv, systemExitStatus, platform, version_info, getrecursionlimit, setrecursionlimit,
} from "./sysState.js";
