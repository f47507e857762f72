// High-precision constants for the libm functions, each split into doubles whose
// sum carries ~160 bits (values computed from 100-digit decimal expansions with
// Python's fractions module).

import { dd, type DD } from "./doubleDouble.js";

export const LN2_HI = 0.6931471805599453;
export const LN2_MID = 2.3190468138462996e-17;
export const LN2_LO = 5.707708438416212e-34;
export const LN2: DD = dd(LN2_HI, LN2_MID);

export const PIO2_HI = 1.5707963267948966;
export const PIO2_MID = 6.123233995736766e-17;
export const PIO2_LO = -1.4973849048591698e-33;
export const PIO2: DD = dd(PIO2_HI, PIO2_MID);

export const PI: DD = dd(3.141592653589793, 1.2246467991473532e-16);
