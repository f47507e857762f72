// Python's multiprocessing module (filled in as it is built).
export {};
