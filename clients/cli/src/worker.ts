// A CLI worker thread: lints the files it is given and posts each outcome back.
import { parentPort, workerData } from "node:worker_threads";
import { createFileLinter } from "./lint-files.js";

const { policy, cwd, packFiles } = workerData as { policy?: string; cwd: string; packFiles?: string[] };
const files = createFileLinter({ policy, cwd, packFiles });

parentPort!.on("message", async (batch: string[] | null) => {
  if (batch === null) { process.exit(0); }
  for (const path of batch!) {
    const { text, config, packs, accepted, outcome } = files.prepare(path);
    try {
      if (text !== undefined && config) await files.lint(path, text, config, outcome, packs, accepted);
    } catch (e) {
      outcome.problems.push(`${path}: internal error (${(e as Error)?.name ?? "Error"})`);
      outcome.fatal = true;
    }
    parentPort!.postMessage(outcome);
  }
  parentPort!.postMessage({ done: true });
});
