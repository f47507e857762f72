// Correctly rounded libm functions with C semantics (NaN/Infinity, no errors).
// CPython calls glibc's libm, whose results are correctly rounded in all but
// vanishingly rare cases; V8's Math functions are not (they differ from glibc in
// 2-10% of random arguments), so seeded distributions need these.
export { exp } from "./exp.js";
export { log } from "./log.js";
export { acos, cos, sin, TRIG_ARGUMENT_LIMIT } from "./trig.js";
export { pow } from "./pow.js";
