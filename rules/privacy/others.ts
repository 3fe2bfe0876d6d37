// STUB: not implemented yet. Replace this module with the real rule.
import { defineRule } from "../../shared/src/rule.js";

export default defineRule({
  id: "privacy.others",
  title: "privacy.others",
  description: "Not implemented yet.",
  severity: "information",
  sources: [],
  fixes: [],
  scope: "block",
  examples: [],
  check() {},
});
