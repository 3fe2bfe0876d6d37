// STUB: not implemented yet. Replace this module with the real rule.
import { defineRule } from "../../shared/src/rule.js";

export default defineRule({
  id: "patient.encounter",
  title: "patient.encounter",
  description: "Not implemented yet.",
  severity: "warning",
  sources: [],
  fixes: [],
  scope: "block",
  examples: [],
  check() {},
});
