// Node entry (desktop VS Code, code-server, Remote): runs the bundled server (dist/server.mjs) over IPC.
import type * as vscode from "vscode";
import { LanguageClient, TransportKind, type ServerOptions } from "vscode-languageclient/node";
import { activateClient, documentSelector, type DecorumApi } from "../common/client.js";

export function activate(context: vscode.ExtensionContext): Promise<DecorumApi> {
  const module = context.asAbsolutePath("dist/server.mjs");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6011"] } },
  };
  // The client restarts a server that dies (up to 4 times in 3 minutes) and re-sends the open documents.
  return activateClient(context, documentSelector(["file", "untitled"]), (options) => new LanguageClient("decorum", "Decorum", serverOptions, options));
}

export function deactivate(): void {
  // The client is stopped through context.subscriptions.
}
