// Links this package's own bins into node_modules/.bin so `npx decorum` works inside the checkout
// (npm links dependencies' bins, not the root package's).
import { mkdirSync, symlinkSync, rmSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const binDir = join("node_modules", ".bin");
mkdirSync(binDir, { recursive: true });
for (const [name, target] of Object.entries(pkg.bin)) {
  const link = join(binDir, name);
  rmSync(link, { force: true });
  symlinkSync(relative(binDir, target), link);
}
