/** Decorum's version, stamped by the build from package.json. */
declare const __DECORUM_VERSION__: string | undefined;
export const VERSION: string = typeof __DECORUM_VERSION__ === "string" ? __DECORUM_VERSION__ : "0.0.0-dev";
