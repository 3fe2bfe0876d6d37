/**
 * Emacs (28+, apt `emacs-nox` + `elpa-eglot`) with eglot as a real LSP client of the built server:
 * diagnostics through flymake, the quick-fix's WorkspaceEdit, and decorum.insertDisclaimer via
 * workspace/executeCommand → workspace/applyEdit. The Lisp side is test/editors/emacs-check.el.
 */
import { describe, expect, afterEach } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { editorIt, explain, hasBinary, makeWorkspace, runEditor, type Workspace } from "./harness.js";

const SCRIPT = join(import.meta.dirname, "emacs-check.el");
const hasEmacs = hasBinary("emacs");
// eglot is built in from Emacs 29; on Debian 12 (Emacs 28) it comes from elpa-eglot
const hasEglot = hasEmacs && spawnSync("emacs", ["--batch", "--eval", "(kill-emacs (if (locate-library \"eglot\") 0 1))"], { stdio: "ignore", timeout: 15_000 }).status === 0;
const test = hasEmacs
  ? editorIt(hasEglot, "eglot for Emacs", ["elpa-eglot"])
  : editorIt(false, "Emacs (emacs)", ["emacs-nox", "elpa-eglot"]);

describe("Emacs + eglot as a real client", () => {
  let ws: Workspace | undefined;
  afterEach(() => { ws?.cleanup(); ws = undefined; });

  test("shows the disclaimer diagnostic, applies the quick-fix and the insertDisclaimer command", async () => {
    ws = makeWorkspace("emacs");
    const run = await runEditor("emacs", ["--batch", "-l", SCRIPT], ws, 30_000);
    const why = explain(run);
    expect(run.result?.ok, why).toBe(true);
    expect(run.code, why).toBe(0);
    const r = run.result!;
    expect(r.codes_before).toContain("affiliation.disclaimer");
    expect(r.quickfix_title).toBe("Insert the disclaimer");
    expect(r.quickfix_applied).toBe(true);
    expect(r.codes_after_quickfix).not.toContain("affiliation.disclaimer");
    expect(r.command_result).toEqual({ applied: true });
    expect(r.command_applied).toBe(true);
    expect(r.codes_after_command).not.toContain("affiliation.disclaimer");
    expect(r.codes_after_command).toEqual(r.codes_before!.filter((c) => c !== "affiliation.disclaimer"));
    expect(r.command_again?.applied).toBe(false);
  }, 45_000);
});
