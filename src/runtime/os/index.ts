// Python's os module (filled in as it is built).
export {};
