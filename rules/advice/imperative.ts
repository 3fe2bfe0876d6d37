import { allMatches } from "../../shared/src/text.js";
/**
 * Imperative advice without a "you": replies that tell someone what to do with a dose or a
 * condition ("For her weight just give 300 mg twice a day", "Halve it to 50 for a fortnight",
 * "get him to cut out salt completely") or, for staff packs, with an academic process ("skip the
 * appeal form", "just get a sick note from any GP"). Reply formats ("Replying to @x:", "@name",
 * "u/name") are stripped before the clause is read. Pure functions over one sentence and its block.
 */

/** Where a clause may start inside a sentence: the start, after a colon/semicolon/dash, ", but|and|then", or an emoji before a capital ("lah 😂 Skip …"). */
const CLAUSE_BREAK = /[:;–—]\s*|\s-\s+|,\s+(?:(?:but|and|then|so|or)\s+)?|\s(?:but|and then|then)\s+|\p{Extended_Pictographic}[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]*\s+(?=\p{Lu})/gu;
/** A reply or mention prefix, and filler words, before the imperative. */
const LEAD = /^(?:\s|replying to\s+@?[\w.-]+\s*:?|@[\w.-]+[,:]?|u\/[\w-]+[,:]?|[>*_-])*(?:(?:just|so|then|simply|honestly|yes|yeah|yep|ok|okay|definitely|seriously|tbh|imo|personally|pls|please|hun|mate|sis|bro|lol|omg|ah|oh)\W+)*(?:(?:for|at|with|given|in)\s+(?:her|his|their|your|ur|that|this|a|the|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+(?:(?:just|simply|honestly)\s+)?)?/i;
const MED_VERB = /^(?:give|take|add|double|halve|cut|stop|start|drop|taper|finish|skip|up|lower|reduce|increase|switch|swap|try|go (?:up|down) to|bump (?:it |him |her |them )?(?:up|down)(?: to)?|put (?:him|her|them) on|keep (?:him|her|them) on|alternate|wean (?:him |her |them )?off|pop|load|titrate|restart|hold|split|space)\b/i;
/** A dose, a frequency or a number of units. */
const DOSE_SIGNAL = /\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|ml|mls|mL|units?|iu|puffs?|tablets?|tabs?|pills?|capsules?|caps|drops?|sprays?|sachets?)\b|\b(?:once|twice|three times|four times|\d+ times|x\d) (?:a|per|each) day\b|\b(?:every|q) ?\d+(?:\s?-\s?\d+)? ?(?:hours|hrs|h)\b|\b(?:bd|bid|tds|tid|qds|qid|od|nocte|prn)\b/i;
/** "Halve it to 50", "stop them for a week and see": a pronoun object only the reader can resolve. */
const PRONOUN_CHANGE = /^\s*(?:it|them|those|that|the dose|the tablets|the pills|the meds)\b[^.!?]{0,20}?\b(?:(?:down |up )?to \d+|for (?:a|one|two|three|\d+|a few|a couple of) (?:days?|weeks?|fortnight|nights?)|and see (?:if|whether|how))/i;
/** Someone in particular is addressed or talked about. */
const INDIVIDUAL = /\b(?:you|your|ur|u|her|him|his|she|he|them|to be safe|instead(?: of)?|if I were you|trust me|my advice|the pack|the course|the rest of|the last)\b/i;
const REPLY_START = /^\s*(?:replying to\b|@[\w.-]+|u\/[\w-]+)/i;
/** Teaching notes and protocols: imperatives there are general, not advice to someone. */
const TEACHING = /\b(?:IV|IM|SC|PO|mg\/kg|per kg|first[- ]line|second[- ]line|guidelines?|protocol|NICE|BNF|adults|in (?:anaphylaxis|sepsis|DKA|ACS|status epilepticus)|OSCE|exam tip|mnemonic|lecture|recipe|oven|bake|flour|sugar syrup)\b/;

/** Relayed management: "get him to cut out salt completely", "have her recheck her sugars every morning". */
const RELAY_MANAGE = /\b(?:get|have|make|tell)\s+(?:him|her|them|your\s+(?:\w+\s+)?(?:mum|mom|mother|dad|father|parents?|son|daughter|baby|kid|child|husband|wife|partner|grandma|grandpa|gran|nan|granny|grandmother|grandfather|brother|sister))\s+(?:to\s+)?(?:cut out|cut down on|cut back on|stop|avoid|reduce|limit|drink|check|recheck|monitor|take|start|skip|double|halve|up|increase|lower|go off|come off|fast)\b/i;
const HEALTH_OBJECT = /\b(?:salt|sodium|sugars?|carbs?|fluids?|alcohol|caffeine|BP|blood pressure|glucose|readings?|insulin|dose|doses|tablets?|pills?|meds|medication|inhaler|puffs?|temperature|temp|fever|weight|diet|protein|potassium|fibre|fiber|dairy|gluten)\b/i;

/** What follows a verb that is really a noun: a label ("Resit timetable:") or a compound noun ("resit venue", "drop deadline"). */
const NOUN_AFTER = /^(?:\*{0,2}\s*:|\s+[\w-]+\*{0,2}\s*:|\s+(?:timetables?|schedules?|venues?|fees?|dates?|results?|periods?|weeks?|lists?|polic(?:y|ies)|rules|papers?|exams?|marks|applications?|deadlines?|forms?|registration|slots?|sessions?|info|information|details|guidelines|procedures?|process|window|season|letters?|outcomes?|committee|board|panel)\b)/i;
/** Academic processes a staff member should redirect to the office (imu-staff). */
const ACADEMIC_VERB = /^(?:skip|ignore|forget(?: about)?|don't bother with|do not bother with|don't bother (?:filling in|filing|submitting|sending|appealing|applying for|with the appeal)|don(?:'|’)t bother appealing|do not bother appealing|stop (?:attending|going to|coming to|turning up to|showing up to)|stop (?:attending|turning up|showing up)|get|fake|forge|backdate|just get|drop|withdraw from|defer|resit|retake|hand (?:it|them) in late|submit (?:it|them) late|email the (?:examiner|lecturer|dean) directly)\b/i;
const ACADEMIC_OBJECT = /\b(?:appeals?|appealing|appeal form|withdrawal(?: form)?|withdraw|classes|lectures|tutorials|practicals|labs|attending|turning up|showing up|extension|EC form|mitigating circumstances|special consideration|sick note|sick cert|MC|medical cert(?:ificate)?|deferment|deferral|resits?|submission|assignment|deadline|module|semester|exam|exams|OSCE|attendance|registration|PTPTN|loan|scholarship|bursary|fees?|late penalty|hand (?:it|them) in late|examiner)\b/i;

/** A clause after an emoji that is a question or a title-case headline ("📰 Stop Your Statins?"), not an instruction. */
const EMOJI_HEADLINE = /^\S+\s+[A-Z]\S*\s+[A-Z]|\?\s*$/;
function clauseStarts(sent: string): number[] {
  const out = [0];
  for (const m of allMatches(CLAUSE_BREAK, sent)) {
    const at = m.index + m[0].length;
    if (/^\p{Extended_Pictographic}/u.test(m[0]) && EMOJI_HEADLINE.test(sent.slice(at))) continue;
    out.push(at);
  }
  return out;
}

/** Offset in `sent` of imperative advice about a dose or a condition, or -1. */
/** "if you have diabetes, are pregnant, or take regular medication": a list inside a condition, not an instruction. */
const CONDITION_LIST = /\b(?:if|unless|whether|in case)\s+(?:you|u|ur|he|she|they|your)\b[^;:.!?]*,\s+(?:or|and)\s+$/i;

const LIST_JOIN = /,\s+(?:or|and)\s+$/i;
/** `advising`: the block already gave advice, so a bare imperative continues it ("Add vitamin D 5000 IU too"). */
export function imperativeMedicalAdvice(sent: string, block: string, isMedicine: (tail: string) => boolean, advising = false): number {
  const reply = REPLY_START.test(block);
  if (TEACHING.test(sent)) return -1;
  const relay = RELAY_MANAGE.exec(sent);
  if (relay && HEALTH_OBJECT.test(sent)) return relay.index;
  for (const at of clauseStarts(sent)) {
    const lead = LEAD.exec(sent.slice(at))?.[0].length ?? 0;
    const from = at + lead;
    const v = MED_VERB.exec(sent.slice(from));
    if (!v) continue;
    if (at > 0 && LIST_JOIN.test(sent.slice(Math.max(0, at - 8), at)) && CONDITION_LIST.test(sent.slice(0, at))) continue;
    const rest = sent.slice(from + v[0].length);
    // "add" is everyday English: only with a dose ("Add vitamin D 5000 IU")
    if (v[0].length === 3 && /^add$/i.test(v[0]) && !DOSE_SIGNAL.test(rest)) continue;
    if (PRONOUN_CHANGE.test(rest)) return from;
    if (!DOSE_SIGNAL.test(rest) && !isMedicine(rest)) continue;
    if (reply || advising || INDIVIDUAL.test(sent)) return from;
  }
  return -1;
}

/** Offset in `sent` of an imperative about an academic process, or -1. */
export function imperativeAcademicAdvice(sent: string): number {
  for (const at of clauseStarts(sent)) {
    const lead = LEAD.exec(sent.slice(at))?.[0].length ?? 0;
    const from = at + lead;
    const v = ACADEMIC_VERB.exec(sent.slice(from));
    if (!v) continue;
    // "Resit timetable:", "Appeal deadline is Friday": a noun heading or compound, not an imperative
    if (NOUN_AFTER.test(sent.slice(from + v[0].length))) continue;
    if (ACADEMIC_OBJECT.test(sent.slice(from, from + v[0].length + 40))) return from;
  }
  return -1;
}
