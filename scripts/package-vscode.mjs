// `npm run package`: builds the VS Code extension's bundles and packs clients/vscode into
// decorum-<version>.vsix at the repository root with @vscode/vsce (bundles only, no node_modules).
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const extDir = join(root, "clients/vscode");
const rootVersion = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
const manifest = JSON.parse(readFileSync(join(extDir, "package.json"), "utf8"));
if (manifest.version !== rootVersion) {
  console.error(`package-vscode: clients/vscode/package.json has version ${manifest.version} but package.json has ${rootVersion}; make them equal.`);
  process.exit(1);
}
const started = Date.now();
execFileSync(process.execPath, ["esbuild.config.mjs", "vscode-node", "vscode-web", "vscode-server", "vscode-server-worker"], { cwd: root, stdio: "inherit" });
const out = join(root, `${manifest.name}-${manifest.version}.vsix`);
const vsce = join(root, "node_modules/@vscode/vsce/vsce");
execFileSync(process.execPath, [vsce, "package", "--no-dependencies", "--allow-missing-repository", "--no-update-package-json", "--out", out], { cwd: extDir, stdio: ["ignore", "inherit", "inherit"] });
console.log(`package-vscode: ${out} (${Math.round(statSync(out).size / 1024)} KiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
