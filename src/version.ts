export const compilerVersion = "0.1.0";
