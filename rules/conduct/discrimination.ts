// STUB: not implemented yet. Replace this module with the real rule.
import { defineRule } from "../../shared/src/rule.js";

export default defineRule({
  id: "conduct.discrimination",
  title: "conduct.discrimination",
  description: "Not implemented yet.",
  severity: "error",
  sources: [],
  fixes: [],
  scope: "block",
  examples: [],
  check() {},
});
