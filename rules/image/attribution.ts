// STUB: not implemented yet. Replace this module with the real rule.
import { defineRule } from "../../shared/src/rule.js";

export default defineRule({
  id: "image.attribution",
  title: "image.attribution",
  description: "Not implemented yet.",
  severity: "information",
  sources: [],
  fixes: [],
  scope: "block",
  examples: [],
  check() {},
});
