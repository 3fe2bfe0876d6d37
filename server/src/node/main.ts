// Node entry: `decorum-language-server --stdio` (or --node-ipc / --socket=N, picked by createConnection).
import "./v8-flags.js"; // first: before any rule's regular expression is compiled
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "../server.js";
import { createNodeServerHost } from "./server-host.js";

if (process.argv.includes("--version")) {
  const { VERSION } = await import("../version.js");
  process.stdout.write(VERSION + "\n");
  process.exit(0);
}
if (!process.argv.some((a) => a === "--stdio" || a === "--node-ipc" || a.startsWith("--socket") || a.startsWith("--pipe"))) process.argv.push("--stdio");
const connection = createConnection(ProposedFeatures.all);
// stdout is the protocol stream: route console output to the client's log
console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(" "));
console.info = (...a: unknown[]) => connection.console.info(a.map(String).join(" "));
console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(" "));
console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(" "));
process.on("unhandledRejection", (e) => connection.console.error(`unhandled rejection (${(e as Error)?.name ?? "Error"})`));
process.on("uncaughtException", (e) => connection.console.error(`uncaught exception (${e?.name ?? "Error"})`));
startServer(connection, createNodeServerHost());
