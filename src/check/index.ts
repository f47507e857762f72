// Public surface of the golden-test harness: recordings, script options and the
// comparator, shared by the `check` command, the golden tests and tools/record.ts.
export { compareRun, type ActualRun, type CompareResult } from "./compare.js";
export { parsePidLog, PID_LOG_ENV, PID_LOG_MAIN_ENV, type PidSet } from "./pidLog.js";
export {
  formatRecording,
  loadRecording,
  parseRecording,
  recordingPathFor,
  RECORDING_FORMAT,
  type RecordedRun,
  type Recording,
} from "./recording.js";
export { parseScriptOptions, DEFAULT_RUNS, DEFAULT_TIMEOUT_SECONDS, type ScriptOptions, type ScriptOptionError } from "./scriptOptions.js";
