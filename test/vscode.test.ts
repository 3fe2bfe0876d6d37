/**
 * The VS Code extension's manifest stays in step with the rules and packs, and the server's
 * `decorum/checkWorkspace` request (used by "Decorum: Check workspace") works over stdio.
 * The extension itself is tested in a real VS Code by `npm run test:vscode`.
 */
import { describe, it, expect, afterEach } from "vitest";
import { readFileSync } from "node:fs";
import { rules, builtinPacks } from "../rules/index.js";
import { CHECK_WORKSPACE_REQUEST, COMMANDS, type CheckWorkspaceResult } from "../shared/src/protocol.js";
import { startClient, type TestClient } from "./helpers/lsp-client.js";

const manifest = JSON.parse(readFileSync(new URL("../clients/vscode/package.json", import.meta.url), "utf8"));
const rootPackage = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const props = manifest.contributes.configuration.properties;

describe("clients/vscode/package.json", () => {
  it("is the extension package, versioned with the npm package", () => {
    expect(manifest.name).toBe("decorum");
    expect(manifest.version).toBe(rootPackage.version);
    expect(manifest.main).toBe("./dist/extension.js");
    expect(manifest.browser).toBe("./dist/web/extension.js");
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(["onLanguage:markdown", "onLanguage:plaintext"]));
  });

  it("offers every built-in pack in decorum.policy", () => {
    expect([...props["decorum.policy"].enum].sort()).toEqual(builtinPacks.map((p) => p.id).sort());
    expect(props["decorum.policy"].enumDescriptions).toHaveLength(props["decorum.policy"].enum.length);
  });

  it("lists every rule in decorum.rules", () => {
    expect(Object.keys(props["decorum.rules"].properties).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it("describes every setting and contributes the palette commands", () => {
    for (const [key, value] of Object.entries<Record<string, unknown>>(props)) expect(value.markdownDescription ?? value.description, key).toBeTruthy();
    expect(Object.keys(props).sort()).toEqual(["decorum.disclaimer.placement", "decorum.packs", "decorum.policy", "decorum.rules", "decorum.trace.server"]);
    const commands = manifest.contributes.commands.map((c: { command: string }) => c.command);
    expect(commands).toEqual(expect.arrayContaining([COMMANDS.insertDisclaimer, COMMANDS.fixAll, COMMANDS.redactAll, COMMANDS.showPolicy, "decorum.checkWorkspace"]));
  });
});

describe("decorum/checkWorkspace", () => {
  let client: TestClient | undefined;
  afterEach(async () => { await client?.stop(); client = undefined; });

  it("lints files that are not open and skips malformed entries", async () => {
    client = await startClient({ settings: { policy: "umn-health-sciences" } });
    const result = await client.conn.sendRequest<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST, {
      files: [
        { uri: "file:///ws/a.md", text: "I am a resident at the University of Minnesota Medical School.\n" },
        { uri: "file:///ws/b.md", text: "Nothing to see.\n" },
        { uri: 42, text: "bad" },
      ],
    });
    expect(result.files.map((f) => f.uri)).toEqual(["file:///ws/a.md", "file:///ws/b.md"]);
    const codes = (result.files[0]!.diagnostics as { code: string }[]).map((d) => d.code);
    expect(codes).toContain("affiliation.disclaimer");
    expect(result.files[1]!.diagnostics).toEqual([]);
    expect(client.logs.join("\n")).not.toContain("University of Minnesota");
  });

  it("answers an empty result for bad params", async () => {
    client = await startClient();
    expect(await client.conn.sendRequest(CHECK_WORKSPACE_REQUEST, null)).toEqual({ files: [] });
  });
});
