// A CLI worker thread: lints the files it is given and posts each outcome back.
import { parentPort, workerData } from "node:worker_threads";
import { createFileLinter } from "./lint-files.js";

const { policy, cwd } = workerData as { policy?: string; cwd: string };
const files = createFileLinter({ policy, cwd });

parentPort!.on("message", async (batch: string[] | null) => {
  if (batch === null) { process.exit(0); }
  for (const path of batch!) {
    const { text, config, outcome } = files.prepare(path);
    try {
      if (text !== undefined && config) await files.lint(path, text, config, outcome);
    } catch (e) {
      outcome.problems.push(`${path}: internal error (${(e as Error)?.name ?? "Error"})`);
      outcome.fatal = true;
    }
    parentPort!.postMessage(outcome);
  }
  parentPort!.postMessage({ done: true });
});
