/**
 * Neovim (0.7+, apt `neovim`) as a real LSP client of the built server: diagnostics, the
 * quick-fix's WorkspaceEdit, and decorum.insertDisclaimer via workspace/executeCommand →
 * workspace/applyEdit. The Lua side is test/editors/neovim-check.lua; it writes a JSON result.
 */
import { describe, expect, afterEach } from "vitest";
import { join } from "node:path";
import { editorIt, explain, hasBinary, makeWorkspace, runEditor, type Workspace } from "./harness.js";

const SCRIPT = join(import.meta.dirname, "neovim-check.lua");
const test = editorIt(hasBinary("nvim"), "Neovim (nvim)", ["neovim"]);

describe("Neovim as a real client", () => {
  let ws: Workspace | undefined;
  afterEach(() => { ws?.cleanup(); ws = undefined; });

  test("shows the disclaimer diagnostic, applies the quick-fix and the insertDisclaimer command", async () => {
    ws = makeWorkspace("nvim");
    const run = await runEditor("nvim", ["--headless", "-u", "NONE", "-i", "NONE", ws.first, "-c", `luafile ${SCRIPT}`], ws, 30_000);
    // Neovim writes the server's stderr to its LSP log
    const why = explain(run, join(ws.dir, ".cache/nvim/lsp.log"));
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
    // the other findings survive both fixes
    expect(r.codes_after_command).toEqual(r.codes_before!.filter((c) => c !== "affiliation.disclaimer"));
    expect(r.command_again?.applied).toBe(false);
  }, 45_000);
});
