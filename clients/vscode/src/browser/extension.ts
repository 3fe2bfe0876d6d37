// Web entry (vscode.dev, github.dev): runs the worker build of the server (dist/server.worker.js).
import * as vscode from "vscode";
import { LanguageClient } from "vscode-languageclient/browser";
import { activateClient, documentSelector, type DecorumApi } from "../common/client.js";

/** Schemes of documents that can be posts: local, untitled, github.dev / remote repositories, and test-web's mount. */
const WEB_SCHEMES = ["file", "untitled", "vscode-vfs", "vscode-test-web", "vscode-remote"];

export function activate(context: vscode.ExtensionContext): Promise<DecorumApi> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, "dist/server.worker.js");
  return activateClient(context, documentSelector(WEB_SCHEMES), (options) => new LanguageClient("decorum", "Decorum", new Worker(serverMain.toString(true)), options));
}

export function deactivate(): void {
  // The client is stopped through context.subscriptions.
}
