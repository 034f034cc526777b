import type { StateStore } from "../state/types.js";
/** The store, telling `debug` about each operation. */
export declare function debugStore(store: StateStore, debug: (message: string) => void): StateStore;
