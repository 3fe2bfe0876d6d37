/** The worker build of the language server (dist/server.worker.js), inlined by the build as a string. */
declare const __DECORUM_WORKER_SOURCE__: string;
export const WORKER_SOURCE: string = typeof __DECORUM_WORKER_SOURCE__ === "string" ? __DECORUM_WORKER_SOURCE__ : "";
