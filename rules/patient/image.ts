// STUB: not implemented yet. Replace this module with the real rule.
import { defineRule } from "../../shared/src/rule.js";

export default defineRule({
  id: "patient.image",
  title: "patient.image",
  description: "Not implemented yet.",
  severity: "error",
  sources: [],
  fixes: [],
  scope: "block",
  examples: [],
  check() {},
});
