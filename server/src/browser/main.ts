// Worker entry: the same server over postMessage (Obsidian, vscode.dev). No file system here.
import { createConnection, BrowserMessageReader, BrowserMessageWriter } from "vscode-languageserver/browser";
import { startServer } from "../server.js";

declare const self: DedicatedWorkerGlobalScope;
const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, {});
