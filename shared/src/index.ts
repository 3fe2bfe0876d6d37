/**
 * Decorum's transport-free core. `createLinter({ rules, packs })` returns a linter whose
 * `lint(text, request)` parses the Markdown once, runs the pack's rules and returns findings
 * with fixes as data. Hosts (server, CLI, plugins) adapt findings to their own views.
 */
export * from "./finding.js";
export * from "./positions.js";
export * from "./document.js";
export * from "./rule.js";
export * from "./pack.js";
export * from "./pack-file.js";
export * from "./config.js";
export * from "./suppression.js";
export * from "./engine.js";
export * from "./host.js";
export * from "./protocol.js";
export * from "./accepted.js";
export * from "./export.js";
export { splitSentences, hashString, escapeRegExp } from "./text.js";
