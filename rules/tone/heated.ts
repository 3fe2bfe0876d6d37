// STUB: not implemented yet. Replace this module with the real rule.
import { defineRule } from "../../shared/src/rule.js";

export default defineRule({
  id: "tone.heated",
  title: "tone.heated",
  description: "Not implemented yet.",
  severity: "hint",
  sources: [],
  fixes: [],
  scope: "block",
  examples: [],
  check() {},
});
