/**
 * V8 settings for Decorum's Node processes; imported first by each Node entry, before any rule's
 * regular expression runs.
 *
 * `--no-regexp-tier-up`: V8 normally runs a regular expression's first match in its bytecode
 * interpreter and compiles it to machine code only on the next one. The rules' large alternations
 * are slow to interpret over a whole document, so the first lint after start paid for it (spawn →
 * first diagnostics 380 → 270 ms on a 2,000-word note). Compiling straight to machine code gives
 * the same matches (only how V8 runs them changes) and costs nothing later: every rule's patterns
 * run many times per lint anyway.
 */
import { setFlagsFromString } from "node:v8";

try {
  setFlagsFromString("--no-regexp-tier-up");
} catch { /* an embedder that refuses flags keeps V8's defaults */ }
