/**
 * `decorum/checkWorkspace`: lints files the client read from the workspace (files that are not
 * open, so they have no live diagnostics). Stateless: the client owns the results and shows them
 * in Problems. Never throws on user input and never logs text or paths.
 */
import type { CancellationToken, Connection, Diagnostic } from "vscode-languageserver";
import { CHECK_WORKSPACE_REQUEST, type CheckWorkspaceParams, type CheckWorkspaceResult } from "../../../shared/src/protocol.js";

/** Files larger than this are skipped: a blog post is far smaller. */
const MAX_TEXT_LENGTH = 2_000_000;

export function registerCheckWorkspace(
  connection: Connection,
  lintFile: (uri: string, text: string) => Promise<Diagnostic[]>,
  log: (message: string) => void,
): void {
  connection.onRequest(CHECK_WORKSPACE_REQUEST, async (params: CheckWorkspaceParams, token: CancellationToken): Promise<CheckWorkspaceResult> => {
    const files = Array.isArray(params?.files) ? params.files : [];
    const out: CheckWorkspaceResult["files"] = [];
    for (const file of files) {
      if (token.isCancellationRequested) break;
      if (typeof file?.uri !== "string" || typeof file.text !== "string" || file.text.length > MAX_TEXT_LENGTH) continue;
      try {
        out.push({ uri: file.uri, diagnostics: await lintFile(file.uri, file.text) });
      } catch (e) {
        log(`workspace check failed for one file (${(e as Error)?.name ?? "Error"})`);
      }
    }
    return { files: out };
  });
}
