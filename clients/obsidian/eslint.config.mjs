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
    // Declarative settings (getSettingDefinitions) exist only from Obsidian 1.13; the plugin supports
    // 1.7.2 and later, where display() is the only way, so this suggestion cannot be taken yet.
    files: ["src/settings-tab.ts"],
    rules: { "obsidianmd/settings-tab/prefer-setting-definitions": "off" },
  },
  {
    // Build script: runs in Node at build time, never in Obsidian.
    files: ["build.mjs", "eslint.config.mjs"],
    rules: { "obsidianmd/no-nodejs-modules": "off", "import/no-extraneous-dependencies": "off" },
  },
]);
