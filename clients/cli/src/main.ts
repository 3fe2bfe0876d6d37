import "../../../server/src/node/v8-flags.js"; // first: before any rule's regular expression is compiled
import { main } from "./cli.js";

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
  // never print document text: only the error's kind
  process.stderr.write(`decorum: internal error (${(e as Error)?.name ?? "Error"})\n`);
  process.exitCode = 2;
});
