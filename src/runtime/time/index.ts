// Python's time module (filled in as it is built).
export {};
