// Obsidian's plugin guideline linter. Run from this folder (`npm run lint:obsidian`): the
// plugin reads ./manifest.json for minAppVersion and isDesktopOnly.
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

export default defineConfig([
  { ignores: ["node_modules/**", "dist/**"] },
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.mjs", "build.mjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // Build script: runs in Node at build time, never in Obsidian.
    files: ["build.mjs", "eslint.config.mjs"],
    rules: { "obsidianmd/no-nodejs-modules": "off", "import/no-extraneous-dependencies": "off" },
  },
]);
