import { defineRule } from "../../shared/src/rule.js";
import type { Block } from "../../shared/src/document.js";
import { memoByBlock } from "../lexicon.js";
import { allMatches } from "../../shared/src/text.js";

/**
 * A statistic or health claim with no link or citation in the same paragraph. A hint: the
 * policies ask authors to "cite and link" and to "strive for accuracy".
 * Document scope because whether a paragraph carries a link is not visible in its prose text.
 */

const STAT = new RegExp(
  [
    String.raw`\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)`,
    // percentages in words: "eighty percent", "ninety-five per cent"
    String.raw`\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|fifteen|a hundred|one hundred)\s+(?:%|per\s?cent\b|percent\b)`,
    String.raw`\b(?:half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|a fifth|the majority|most|nearly all|almost all)\s+of\s+(?:all\s+)?(?:(?:us|uk|american|canadian|malaysian|adult|young|older|elderly|new|pregnant)\s+)?(?:adults|children|kids|people|patients|women|men|teens|teenagers|adolescents|students|doctors|nurses|residents|americans|canadians|malaysians|cases|deaths|infections|smokers|those|cancers|the population)\b`,
    // "Half of all antibiotic prescriptions…", "a third of hospital admissions are preventable"
    String.raw`\b(?:half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|a fifth|a tenth|the (?:vast )?majority|most|nearly all|almost all|nearly half|over half|more than half|less than half|fewer than half)\s+of\s+(?:all\s+(?:the\s+)?[\w-]+|(?:the\s+|these\s+)?(?:[\w-]+\s+){0,3}?(?:prescriptions|admissions|readmissions|hospitali[sz]ations|visits|consultations|diagnoses|antibiotics|tests|scans|surgeries|operations|procedures|referrals|cancers|strokes|heart attacks|injuries|errors|pregnancies|births|babies|infants|cases|deaths|infections|claims|complaints|lawsuits|students|graduates|doctors|nurses|pharmacists|dentists|physicians|clinicians|residents|trainees|patients|adults|children|people|women|men|smokers|drinkers|users|workers|employees|staff))\b`,
    String.raw`\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+(?:every\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)\b`,
    String.raw`\b\d+(?:\.\d+)?\s*(?:-\s*)?(?:fold|x|×|times)\s+(?:more|less|higher|lower|greater|likelier|the risk)\b`,
    String.raw`\b(?:doubles?|doubled|triples?|tripled|halves|halved|quadrupled)\s+(?:the|your|their)?\s*(?:risk|rate|chance|odds|mortality|incidence)\b`,
    String.raw`\b(?:risk|rates?|incidence|prevalence|mortality|deaths?|cases|infections|admissions|costs?|revenue|prices?|fees)\s+(?:\w+\s+){0,2}(?:drops?|dropped|falls?|fell|fallen|rises?|rose|risen|increases?|increased|decreases?|decreased|goes up|gone up|went up|goes down|gone down|went down|doubled|tripled|halved|jumped|soared|plummeted)\s+(?:by\s+(?:up to\s+|more than\s+|over\s+|about\s+|nearly\s+|almost\s+)?(?:\d|a\s+third|a\s+quarter|half|a\s+fifth)|every year|each year|year on year|since\s+(?:19|20)\d{2})`,
    String.raw`\b(?:has|have)\s+(?:risen|gone up|increased|fallen|dropped|doubled|tripled|grown)\s+(?:by\s+[^.!?]{0,20}\s+)?(?:every year\s+)?since\s+(?:19|20)\d{2}\b`,
    // "people who nap after 3 p.m. take twice as long to fall asleep": a comparison across a population
    String.raw`\b(?:people|adults|children|kids|patients|women|men|teens|teenagers|students|those|smokers|drinkers|nappers|runners|babies|infants|seniors)\s+who\s+(?:[^.!?]|\b[ap]\.m\.|\.(?=[a-z\d])){0,60}?\b(?:take|takes|are|have|get|sleep|live|recover|heal|lose|gain|need|spend|eat|die|fall)\s+(?:twice|three times|four times|five times|ten times|\d+(?:\.\d+)?\s*times|half)\s+(?:as\s+(?:long|likely|often|much|many|fast|quickly|slowly)|longer|more|less|fewer|faster|slower)\b`,
    // "four times more likely", "twice as likely", "twice the risk": a relative risk in words
    String.raw`\b(?:fold|times|twice|half)\s+(?:(?:more|less)\s+likely|as\s+(?:likely|common)|more\s+common|the\s+(?:risk|rate|odds))\b`,
    // "cut the duration of common colds by almost half", "shorten the length of a cold by about a third": an effect size
    String.raw`\b(?:cuts?|reduces?|shortens?|halves|lowers?|slashes|improves?|speeds? up|boosts?|increases?|raises?)\s+(?:the\s+|your\s+)?(?:duration|length|severity|risk|number|frequency|rate|incidence|recovery(?: time)?|healing(?: time)?|symptoms?)\b[^.!?;]{0,40}?\bby\s+(?:up to\s+|almost\s+|nearly\s+|about\s+|around\s+|roughly\s+|over\s+|more than\s+|at least\s+)?(?:half|a third|a quarter|two[- ]thirds|\d)`,
    // "incentive spirometry cuts post-op pneumonia in half", "chewing gum cuts ileus by a third": an effect size on an outcome
    String.raw`\b(?:cuts?|reduces?|halves|slashes|lowers?|drops?|decreases?|prevents?)\s+(?:the\s+(?:risk|rate|incidence|number|odds|chance)\s+of\s+)?(?:[\w'’-]+\s+){0,3}?(?:pneumonias?|infections?|ileus|delirium|complications?|readmissions?|admissions?|deaths?|mortality|falls|strokes?|heart attacks?|fractures?|ulcers?|pressure (?:injuries|sores|ulcers)|DVTs?|clots?|sepsis|relapses?|recurrences?|symptoms|migraines?|attacks|exacerbations?|flares?|cavities|caries|[a-z]{3,}(?:itis|osis|aemia|emia))\s+(?:in half|by half|by (?:a|one)[- ](?:third|quarter|fifth|half)|by (?:two|three)[- ](?:thirds|quarters))\b`,
    // "an estimated 30,000 deaths"; "roughly 300 extra visits a year" (only as a rate: "about 40 people came" is a headcount)
    String.raw`\b(?:an estimated|as many as)\s+\d[\d,.]*(?:\s?(?:k|thousand|million|billion))?\s+(?:(?:extra|more|additional|new|fewer|preventable|avoidable|unnecessary|excess)\s+)?(?:[A-Za-z-]+\s+){0,2}?(?:visits|admissions|deaths|cases|patients|people|adults|children|prescriptions|infections|hospitali[sz]ations|surgeries|births|overdoses|injuries|lives|Americans|Canadians|Malaysians|smokers)\b|\b(?:roughly|about|around|approximately|nearly|almost|over|more than|up to|some)\s+\d[\d,.]*(?:\s?(?:k|thousand|million|billion))?\s+(?:(?:extra|more|additional|new|fewer|preventable|avoidable|unnecessary|excess)\s+)?(?:[A-Za-z-]+\s+){0,2}?(?:visits|admissions|deaths|cases|patients|people|adults|children|prescriptions|infections|hospitali[sz]ations|surgeries|births|overdoses|injuries|lives|Americans|Canadians|Malaysians|smokers)\b(?=[^.!?]{0,40}?\b(?:(?:a|per|each|every)\s+(?:year|month|week|day)|annually|yearly)\b)`,
  ].join("|"),
  "i",
);
/** "One CT gives roughly the same dose as 400 chest X-rays", "as much sugar as 10 teaspoons": an equivalence in numbers (behind EQUIV_HINT). */
const EQUIV = new RegExp(String.raw`\b(?:(?:the\s+)?same|as\s+much|equivalent|comparable)\s+(?:amount\s+of\s+|level\s+of\s+)?(?:radiation(?:\s+dose)?|(?:radiation\s+)?dose|exposure|sugar|calories|caffeine|salt|sodium|fat|alcohol|nicotine|tar|damage|risk)\s+(?:as|to|of)\s+(?:(?:about|roughly|around|nearly|almost|over|more than|up to|some)\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|hundreds of|thousands of)\s+(?!mg\b|mcg\b|ml\b|g\b|units?\b|years?\b|days?\b|weeks?\b|months?\b)(?:[\w-]+\s+){0,2}?[\w-]*[a-z]s\b|\b(?:radiation|dose|exposure|sugar|calories|caffeine|salt|sodium|alcohol|nicotine)\s+(?:[\w-]+\s+){0,2}?(?:equivalent to|equal to|comparable to|the same as|equivalent of)\s+(?:(?:about|roughly|around|nearly|almost|over|more than|up to|some)\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|hundreds of|thousands of)\s+(?!mg\b|mcg\b|ml\b|g\b|units?\b|years?\b|days?\b|weeks?\b|months?\b)(?:[\w-]+\s+){0,2}?[\w-]*[a-z]s\b`, "i");
const HAS_DIGIT = /\d/;
const EQUIV_HINT = /\b(?:same|as much|equivalent|comparable|equal)\b/i;
/** Health claims that need a source even without a number. */
const CLAIM = /\b(?:(?:usually|almost always|nearly always|normally|typically|generally|often)\s+means\s+(?:that\s+)?(?:the\s+|a\s+|an\s+|your\s+|you(?:'ve|’ve| have)?\s+(?:got\s+)?|there(?:'s|’s| is)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:is|are)\s+)?(?:inflamed|infected|infection|inflammation|broken|fractured|deficien\w+|disease|damaged|abscess|ulcer|cancer|tumou?r|nerve damage|torn|blocked|dehydrated|dehydration|anaemic|anemic|diabet\w+|viral|bacterial)|cures?|cured|reverses?|reversed|prevents?|boosts?\s+(?:your\s+)?immun\w*|detox(?:es|ifies)?|kills?\s+(?:\d+%\s+of\s+)?(?:germs|bacteria|viruses|cancer cells)|causes?\s+(?:cancer|autism|diabetes|infertility|dementia|heart disease|strokes?)|(?:lowers?|reduces?|cuts?|raises?|increases?)\s+(?:your\s+|the\s+)?(?:risk|chances?|odds)\s+of|(?:is|are)\s+(?:proven|clinically proven|scientifically proven)|(?:studies|research|science|evidence|data) (?:shows?|have shown|has shown|proves?|suggests?|confirms?|found)|(?:doctors|experts|scientists|dermatologists|dentists|nutritionists|dietitians|researchers|cardiologists|most physicians) (?:all )?(?:agree|say|recommend|have (?:proven|shown)|confirm)|(?:it's|it is) (?:a )?(?:proven|scientific|medical) fact|(?:scientifically|clinically|medically) proven)\b/i;
/** "Most people see results within a week": a generalisation about people's health stated as fact. */
const MOST_PEOPLE = /\b(?:most|nearly all|almost all|the vast majority of|the majority of)\s+(?:people|adults|patients|women|men|children|kids|users)\s+(?:who\s+[^.!?]{0,40}|with\s+[^.!?]{0,40})?(?:see|get|lose|gain|notice|feel|don't|do not|never|will|can|need|respond|recover|develop)\b/i;
const HEALTH = /\b(?:weight|fat|blood|sugar|glucose|cholesterol|pressure|sleep|vitamins?|supplements?|diet|fasting|cancer|risk|symptoms|results|immun\w*|infections?|heart|pain|disease|vaccines?|drugs?|medications?|dose|exercise|calories|bmi|skin|acne|anxiety|depression|cure|treatment|recovery)\b/i;
/** Exam scores, battery life and the like are not health claims. */
/** A claim reported in order to question it: "a video claiming that bitter gourd cures diabetes". */
const REPORTED_CLAIM = /\b(?:claim(?:s|ed|ing)?|myths?|rumou?rs?|hoax|misinformation|fake news|debunk\w*|forward(?:s|ed|ing)?|no evidence|isn't true|is not true|falsely|supposedly|allegedly)\b/i;
const NOT_HEALTH_CLAIM = /\b(?:exam|exams|score[ds]?|marks?|grades?|OSCE|battery|charged|off|discount)\b/i;
/** Personal numbers and prices are not health statistics. */
const NOT_A_CLAIM = /\b(?:off|discount|code|promo|sale|battery|charged|score[ds]?|scored|marks?|grade|attendance|my|i|i'm|i've|we|our)\b/i;
/** A citation in the paragraph's prose. */
const CITATION = /\bet al\b|\(\s*[A-Z][^()]{0,80}?(?:19|20)\d{2}[a-z]?\s*\)|\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\]|\[\^[^\]]+\]|\b(?:according to|source[sd]?\s*:|sources?\b|data from|reported by|published in|a (?:recent |new |large )?(?:study|trial|survey|review|meta-analysis|report)\s+(?:in|by|from)|figures? from|statistics? from|as reported|cited|citation|reference[sd]?|doi)\b/i;
/** Saying there is no source is not a citation: "I can't find a good source for", "anyone have a source?". */
const NO_SOURCE = /\b(?:can(?:'|’)?t|cannot|couldn(?:'|’)?t|could not|unable to|never|did not|didn(?:'|’)?t) (?:find|locate|track down|remember|recall|trace|see)\b[^.!?\n]{0,20}?\bsources?\b|\b(?:no|without (?:a|any)|need(?:s)? a|anyone (?:have|got) a|looking for (?:a|the)|where(?:'s|’s| is) the) sources?\b/gi;
const NORMATIVE_QUOTE = /^\s*["“'‘]/;
/** Where a clause ends: "Students remember 90% of what they teach, so I get them talking" has two. */
const CLAUSE_END = /[;:—–]|,\s+(?:so|but|which|and so|and|because|while|whereas)\b|\s(?:so|but|because)\s+(?:I|we|my|our)\b/gi;
/** The clause of `prose` around a statistic: a personal word there ("my", "I scored") makes it a personal number. */
function clauseAround(prose: string, start: number, end: number): string {
  let from = 0, to = prose.length;
  for (const m of allMatches(CLAUSE_END, prose)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) { to = m.index; break; }
  }
  return prose.slice(from, to);
}

/** A personal hedge in front of a population figure ("From what I've seen, well over 60% of …"): the figure is still unsourced. */
const HEDGE = /\b(?:from what I(?:'ve|’ve| have)? (?:seen|heard|read|can tell)|in my (?:experience|opinion|view)|I(?:'d|’d| would) (?:say|guess|estimate|bet)|I (?:think|reckon|believe|suspect|bet|guess|hear|read)|I(?:'m|’m| am) (?:pretty |fairly |quite )?(?:sure|confident|told)|as far as I (?:know|can tell)|I(?:'ve|’ve| have) (?:heard|read|been told))\b,?/gi;
/** The clause around a statistic, where "of our students" inside the statistic is a population, not a personal number. */
function ownClause(prose: string, stat: RegExpExecArray): string {
  let clause = clauseAround(prose, stat.index, stat.index + stat[0].length);
  if (/\bI\b/.test(clause)) clause = clause.replace(HEDGE, " ");
  return /\bof our\b/i.test(stat[0]) ? clause.replace(stat[0], "") : clause;
}
/** "A tired brain remembers less, full stop.": a health generalisation stated as settled fact. */
const EMPHATIC = /[,—–-]\s*(?:full stop|period|end of story|no exceptions|no ifs,? no buts|simple as that|that(?:'s|’s| is) (?:a )?(?:fact|science|biology|physiology)|it(?:'s|’s| is) (?:just )?(?:science|biology|physiology))\s*[.!]*\s*$/i;
const BODY_CLAIM = /\b(?:brain|brains|memory|memories|body|bodies|gut|heart|liver|kidneys?|lungs?|skin|hormones?|metabolism|immune|sleep|tired|fatigue|stress|cortisol|insulin|blood|muscles?|bones?|teeth|gums|weight|fat|sugar|caffeine|alcohol|diet|exercise|calories|vitamins?|supplements?)\b/i;

/**
 * A comparative efficacy claim: "that combo beats opioids for dental pain", "physio works better than
 * surgery for most meniscus tears", "turmeric is as effective as ibuprofen for knee arthritis". It needs a
 * treatment compared and a condition named; a personal preference ("nothing beats my mum's soup") or a
 * question is not a claim.
 */
const COMPARE_HINT = /\b(?:beats?|outperforms?|better than|more effective|less effective|as (?:good|effective|well) as|superior to|inferior to)\b/i;
const COMPARATIVE = /\b(?:beats?|outperforms?|(?:works?|is|are)\s+(?:(?:way|far|much|just)\s+)?(?:better|more effective|less effective|superior|inferior)\s+(?:than|to)|(?:works?|is|are)\s+(?:just\s+)?as\s+(?:good|effective|well)\s+as)\s+(?:(?:prescription|most|any|all|the|strong|real|regular|standard|placebo)\s+)?(?:opioids?|opiates?|morphine|codeine|oxycodone|oxy|tramadol|antibiotics?|steroids?|placebo|ibuprofen|paracetamol|acetaminophen|tylenol|advil|nurofen|panadol|aspirin|naproxen|antidepressants?|SSRIs?|CBT|therapy|surgery|an operation|medication|medications|meds|drugs|painkillers?|chemo(?:therapy)?|insulin|metformin|statins?|vaccines?|vaccination|physio(?:therapy)?|injections?|cortisone|antihistamines?|melatonin|sleeping pills|PPIs?|omeprazole)\b/i;
const CONDITION = /\b(?:pain|aches?|toothache|headaches?|migraines?|infections?|inflammation|fever|anxiety|depression|insomnia|sleep|arthritis|cramps|nausea|swelling|recovery|healing|symptoms|acne|eczema|blood pressure|cholesterol|weight loss|colds?|flu|tears?|sprains?|reflux|heartburn|diabetes|asthma|allergies|hay fever)\b/i;
const PERSONAL_TASTE = /\b(?:my|me|I|I'm|I’m|mine)\b|\?\s*$/;

export default defineRule({
  id: "accuracy.unsourced",
  title: "Claim without a source",
  description: "A health claim or statistic with no link or citation in the same paragraph is hard for readers to check and easy to get wrong. The policies ask you to have the facts before you post, and to cite and link your sources.",
  severity: "hint",
  sources: ["imu-staff:accurate", "umn-health-sciences:guideline-7"],
  fixes: [],
  scope: "document",
  examples: [
    { bad: "Roughly half of adults with diabetes in Malaysia don't know they have it.", good: "Roughly half of adults with diabetes in Malaysia don't know they have it ([NHMS 2019](https://iku.gov.my/nhms-2019))." },
  ],
  check(ctx) {
    const { doc } = ctx;
    const links = doc.links;
    let li = 0;
    for (const block of doc.blocks) {
      if (block.kind === "heading" || block.inQuote) continue;
      while (li < links.length && links[li]!.end <= block.start) li++;
      let linked = false;
      for (let k = li; k < links.length && links[k]!.start < block.end; k++) if (links[k]!.url) { linked = true; break; }
      if (linked) continue;
      // the rest depends on the block's text only: cached, so a keystroke re-reads one paragraph
      for (const r of memoByBlock("accuracy.unsourced", "", block, () => unsourcedIn(block))) {
        ctx.report({ start: block.start + r.start, end: block.start + r.end, message: "This states a statistic or health claim without a source; add a link or citation in the same paragraph." });
      }
    }
  },
});

/** Claims without a source in one paragraph (offsets relative to the block). */
function unsourcedIn(block: Block): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (CITATION.test(block.text) && CITATION.test(block.text.replace(NO_SOURCE, " "))) return out;
  for (const s of block.sentences) {
    const prose = block.text.slice(s.start - block.start, s.end - block.start);
    if (NORMATIVE_QUOTE.test(prose)) continue;
    const stat = STAT.exec(prose) ?? (HAS_DIGIT.test(prose) && EQUIV_HINT.test(prose) ? EQUIV.exec(prose) : null);
    if (stat ? NOT_A_CLAIM.test(ownClause(prose, stat)) : !(CLAIM.test(prose) || (MOST_PEOPLE.test(prose) && HEALTH.test(prose)) || (EMPHATIC.test(prose.slice(-48)) && BODY_CLAIM.test(prose) && !NOT_A_CLAIM.test(prose)) || (COMPARE_HINT.test(prose) && COMPARATIVE.test(prose) && CONDITION.test(prose) && !PERSONAL_TASTE.test(prose))) || NOT_HEALTH_CLAIM.test(prose) || REPORTED_CLAIM.test(prose)) continue;
    const start = s.start - block.start + (prose.length - prose.trimStart().length);
    out.push({ start, end: s.start - block.start + prose.trimEnd().length });
  }
  return out;
}
