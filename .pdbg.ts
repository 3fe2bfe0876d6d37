import { readFileSync } from "node:fs";
import { parseDocument } from "./shared/src/document.js";
import { analyseBlock } from "./rules/patient/analysis.js";
const text = readFileSync(process.argv[2]!, "utf8");
const doc = parseDocument(text);
for (const b of doc.blocks) {
  const a = analyseBlock(b);
  const ss = a.sentences.map((s) => `${s.narrative ? "N" : "-"}${s.weak ? "w" : ""}${s.own ? "o" : ""}`).join(" ");
  console.log(`[${b.kind}${b.inList ? " L" : ""}${b.inQuote ? " Q" : ""}] ${ss} :: ${b.text.slice(0, 70).replace(/\n/g, " ")}`);
  for (const c of a.candidates) console.log(`     ${c.kind}${c.own ? " own" : ""}${c.bare ? " bare" : ""}${c.intrinsic ? " intr" : ""}: ${b.text.slice(c.start, c.end)}`);
}
