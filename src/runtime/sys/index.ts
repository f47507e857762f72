// Python's sys module (filled in as it is built).
export {};
