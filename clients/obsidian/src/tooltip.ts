/** The tooltip body for a finding, built with Obsidian's DOM helpers (text only, no HTML strings). */
import type { DecorumDiagnostic } from "./codemirror.js";

export function renderFinding(d: DecorumDiagnostic): HTMLElement {
  const root = createDiv({ cls: "decorum-tooltip" });
  root.createDiv({ cls: "decorum-message", text: d.message });
  for (const c of d.clauses) {
    const q = root.createEl("blockquote", { cls: "decorum-clause" });
    q.createSpan({ cls: "decorum-quote", text: `“${c.quote}”` });
    q.createSpan({ cls: "decorum-clause-label", text: ` — ${c.label}` });
  }
  if (d.rule) root.createEl("a", { cls: "decorum-rule", text: d.rule, href: d.docsUrl ?? "" });
  return root;
}
