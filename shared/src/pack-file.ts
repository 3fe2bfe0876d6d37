/**
 * Custom policy packs written by an institution: a YAML (or JSON) file, validated, with errors
 * pointing at the line. `extends: <pack id>` starts from another pack. Packs are data: nothing
 * in them is executed, and user patterns must pass `compileUserPattern`.
 */
import { parseDocument, LineCounter, isMap } from "yaml";
import { validatePack, PackError, type Pack } from "./pack.js";
import { SEVERITIES, type Severity } from "./finding.js";

export interface PackProblem { message: string; line: number; character: number }

/** Keys allowed at the top of a pack file (the schema is documented in docs/custom-packs.md). */
export const PACK_KEYS = ["id", "name", "extends", "policy", "institution", "disclaimer", "redirection", "consent", "clauses", "rules", "sources", "lists", "identifierPatterns"];

/**
 * Parses a pack file. `resolveBase` returns already-loaded packs by id (shipped or custom) for `extends`.
 * `checkPattern` refuses unsafe user patterns (catastrophic backtracking) with a reason.
 */
export function parsePackFile(text: string, origin: string, resolveBase: (id: string) => Pack | undefined, checkPattern?: (source: string, flags?: string) => string | undefined): { pack?: Pack; problems: PackProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line - 1, character: pos.col - 1 };
  };
  if (doc.errors.length) return { problems: doc.errors.map((e) => ({ message: `Invalid YAML: ${e.message.split("\n")[0]}`, ...at(e.pos[0]) })) };
  const locate = (path: string): { line: number; character: number } => {
    const keys = path.split(".").filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    // rule ids contain dots: try joining the tail back together when a key is missing
    for (let cut = keys.length; cut > 0; cut--) {
      const head = keys.slice(0, cut);
      const tail = keys.slice(cut).join(".");
      const node = doc.getIn(tail ? [...head, tail] : head, true) as { range?: [number, number] } | undefined;
      if (node?.range) return at(node.range[0]);
      const parent = doc.getIn(head, true) as { range?: [number, number] } | undefined;
      if (parent?.range && !tail) return at(parent.range[0]);
    }
    return at(0);
  };
  if (!isMap(doc.contents)) return { problems: [{ message: "A pack file must be a mapping (id, name, rules, …).", line: 0, character: 0 }] };
  const raw = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  const problems: PackProblem[] = [];
  for (const k of Object.keys(raw)) if (!PACK_KEYS.includes(k)) problems.push({ message: `"${k}" is not a pack setting (expected one of ${PACK_KEYS.join(", ")}).`, ...locate(k) });
  if (problems.length) return { problems };

  let merged: Record<string, unknown> = raw;
  const basedOn: string[] = [];
  if (raw.extends !== undefined) {
    const base = typeof raw.extends === "string" ? resolveBase(raw.extends) : undefined;
    if (!base) return { problems: [{ message: `extends: no pack "${String(raw.extends)}" to start from.`, ...locate("extends") }] };
    merged = mergePack(base, raw);
    basedOn.push(base.id, ...(base.basedOn ?? []));
  }
  // "off" removes an inherited rule
  const rules = { ...(merged.rules as Record<string, unknown> | undefined) };
  for (const [id, sev] of Object.entries(rules)) {
    if (sev === "off") delete rules[id];
    else if (!SEVERITIES.includes(sev as Severity)) return { problems: [{ message: `rules.${id} must be off, ${SEVERITIES.join(", ")}.`, ...locate(`rules.${id}`) }] };
  }
  merged = { ...merged, rules };
  delete merged.extends;
  try {
    const pack = validatePack(merged, origin);
    for (const [i, p] of (pack.identifierPatterns ?? []).entries()) {
      const reason = checkPattern?.(p.pattern, p.flags);
      if (reason) return { problems: [{ message: `identifierPatterns.${i}.pattern: ${reason}`, ...locate(`identifierPatterns.${i}.pattern`) }] };
    }
    return { pack: { ...pack, basedOn, origin }, problems: [] };
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    const path = /^[^:]*: (\S+)/.exec(e.message)?.[1] ?? "";
    return { problems: [{ message: e.message.replace(/^[^:]*: /, ""), ...locate(path) }] };
  }
}

/** A pack on top of its base: mappings merge key by key (rules, clauses, lists), the rest replaces. */
function mergePack(base: Pack, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  delete out.origin;
  delete out.basedOn;
  for (const [k, v] of Object.entries(over)) {
    const b = (base as unknown as Record<string, unknown>)[k];
    if (["rules", "clauses", "sources", "lists", "institution", "redirection", "disclaimer", "policy"].includes(k) && b && typeof b === "object" && v && typeof v === "object" && !Array.isArray(v)) {
      out[k] = k === "lists" ? mergeLists(b as Record<string, string[]>, v as Record<string, string[]>) : { ...(b as object), ...(v as object) };
    } else if (k === "identifierPatterns" && Array.isArray(b) && Array.isArray(v)) out[k] = [...b, ...v];
    else out[k] = v;
  }
  return out;
}

function mergeLists(a: Record<string, string[]>, b: Record<string, string[]>): Record<string, string[]> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = [...(a[k] ?? []), ...(Array.isArray(v) ? v : [])];
  return out;
}
