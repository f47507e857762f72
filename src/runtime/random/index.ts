// Python's random module (filled in as it is built).
export {};
