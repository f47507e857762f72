// Runtime internals emitted code needs: module bootstrap (runModule) and friends.
export {};
