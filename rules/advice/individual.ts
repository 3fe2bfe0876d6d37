/**
 * advice.individual: specific advice to an individual, or to readers about their own case
 * ("you should stop your metformin", "double your dose", "DM me your symptoms and I'll tell you
 * if it's serious"); in packs with an academic redirection (imu-staff) also specific counselling,
 * course and financial-aid advice to a student. General health education, advice about studying,
 * redirections to a professional and reports of someone else's bad advice are not flagged.
 * Fix (suggestion only): replace the sentence with the pack's redirection text.
 */
import { defineRule } from "../../shared/src/rule.js";
import { blockSentences, type RelSpan } from "../conduct/match.js";
import { imperativeAcademicAdvice, imperativeMedicalAdvice } from "./imperative.js";
import { allMatches } from "../../shared/src/text.js";

const MED = String.raw`(?:vaccines?|vaccinations?|boosters?|jabs?|flu shot|dose|doses|dosage|dosing|meds|medication|medications|medicine|medicines|pills?|tablets?|capsules?|puffs?|inhalers?|insulin|antibiotics?|antidepressants?|steroids?|prednisolone|prednisone|metformin|warfarin|statins?|blood thinners?|(?:BP|blood pressure|thyroid|diabetes|heart|seizure|epilepsy) (?:meds|tablets|pills|medication|medicine)|thyroxine|levothyroxine|sertraline|fluoxetine|effexor|celexa|paxil|SSRIs?|birth control|the pill|contraceptives?|painkillers?|ibuprofen|naproxen|naprosyn|aleve|ponstan|mefenamic acid|celecoxib|celebrex|etoricoxib|arcoxia|meloxicam|colchicine|allopurinol|augmentin|prozac|zoloft|lexapro|xanax|valium|ambien|adderall|ritalin|concerta|yasmin|microgynon|plan b|morning-after pill|norethisterone|tranexamic acid|buscopan|loperamide|cetirizine|loratadine|fexofenadine|montelukast|salbutamol|budesonide|naloxone|epipen|paracetamol|acetaminophen|nurofen|calpol|panadol|tylenol|advil|motrin|benadryl|piriton|gaviscon|sudafed|lemsip|voltaren|imodium|zyrtec|claritin|ventolin|aspirin|codeine|tramadol|melatonin|antihistamines?|chemo|chemotherapy|injections?|patch|patches|drops|[A-Z][a-z]+(?:cort|ide|ine|in|ol|pril|artan|statin|mab|zole|cillin|mycin|pam|lam|one|ate|lin|ex|ix|ax)|[a-z]{3,}(?:formin|pril|sartan|statin|olol|azole|cillin|mycin|oxacin|azepam|azolam|prazole|dipine|gliptin|flozin|glutide|tidine|triptan|sone|lone|pine|xetine|pramine|barbital|profen|fenac|trigine|azine|piride|etine|iram|afil|parin|xaban|gatran|semide|thiazide|cycline|vir|mab|nib|thyroxine|lithium|valproate|alol|oprazole|zepam|pam|idone|apine|amide|opram|faxine|propion|zodone|spirone))`;
/** The capitalised brand-name alternative of MED; under the "i" flag it also matches ordinary words ("offline"). */
const CAP_BRAND = String.raw`|[A-Z][a-z]+(?:cort|ide|ine|in|ol|pril|artan|statin|mab|zole|cillin|mycin|pam|lam|one|ate|lin|ex|ix|ax)`;
const MED_ENDS = new RegExp(String.raw`\b${MED}$`, "i");
const MED_LOWER_ENDS = new RegExp(String.raw`\b${MED.replace(CAP_BRAND, "")}$`, "i");
/** A match ending in a medicine name really ends in one: a lower-case word must be a listed medicine, not just a brand-like ending. */
function medicineEndOk(match: string): boolean {
  if (!MED_ENDS.test(match)) return true;
  const last = /[A-Za-z\u00C0-\u024F]+$/.exec(match)?.[0] ?? "";
  return /^[A-Z]/.test(last) || MED_LOWER_ENDS.test(match) || (last.length >= 8 && !NOT_MEDICINE.has(last.toLowerCase()) && !ENGLISH_ENDING.test(last));
}
/** Lower-case English words with a brand-like ending ("celebrate", "maintain", "protocol"): not medicine names. */
const ENGLISH_ENDING = /(?:(?<!dron|trex|phenol|fumar|sulf|sulph|succin|citr|mesyl|besyl|tartr|carbon|male|gluc|acet|ro)ate|ain|side|vide|cide|pone|stone|phone|col|trol|ndex|plex|dix|lax)$/i;
/** Long everyday words with a drug-like ending ("nitrofurantoin" is a medicine, "discipline" is not). */
const NOT_MEDICINE = new Set("discipline deadline deadlines headline magazine machine gasoline sunshine routine routines quarantine trampoline chocolate caffeine nicotine cholesterol protein proteins gelatine limeline timeline pipeline guideline guidelines determine undermine landline helpline hotline lifeline baseline frontline storyline underline vaccine mainline clementine tangerine valentine wolverine submarine figurine sanguine genuine feminine masculine saccharine intestine listerine plasticine candidate climate chocolate pomegranate template graduate undergraduate delegate estimate ultimate moderate separate certificate immediate appropriate accurate adequate corporate homemade everyone someone anyone telephone microphone headphone saxophone".split(" "));
/** Medicines without vaccines: "get the flu jab" is public-health advice, not a dose change. */
const MED_DRUG = MED.replace(String.raw`vaccines?|vaccinations?|boosters?|jabs?|flu shot|`, "");
const DOSE_VERB = String.raw`(?:double|triple|halve|increase|decrease|up|lower|raise|cut|cut down|cut back on|reduce|stop|stop taking|quit|skip|come off|get off|go off|taper|taper off|wean off|switch|swap|change|adjust|bump up|go up on|start|start taking|add|top up|ditch|drop)`;

/** DOSE_VERB with a capital allowed on its first letter: "lah 😂 Skip your evening metformin" (a sentence the emoji did not end). */
const DOSE_VERB_CAP = DOSE_VERB.replace(/(?<=[:|])([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);

const PATTERNS: RegExp[] = [
  // "double your Symbicort puffs", "you should stop your metformin"
  new RegExp(String.raw`\b${DOSE_VERB_CAP}\s+(?:taking\s+|using\s+)?(?:your|ur)\s+(?:[A-Za-z\u00C0-\u024F\d.-]+\s+){0,2}?${MED}\b`, "g"),
  // "and stop the propranolol your GP gave you": an imperative about a named medicine
  new RegExp(String.raw`(?:^|[.!?:;]\s+|,\s+|\b(?:and|just|then|so|also|you should|you can|you could|you need to|I'd|I would)\s+)(?:(?:just|probably|safely|definitely|easily|honestly|totally|prob)\s+)?${DOSE_VERB}\s+(?:back\s+|in\s+)?(?:taking\s+)?(?:the|that|those|these|this)\s+(?:[A-Za-z0-9.-]+\s+){0,2}?${MED}\b`, "gi"),
  // "Best to double the dose and see", "start the leftover nitrofurantoin", "grab some hydrocortisone":
  // an imperative about a medicine, after a sentence start, a comma or an advice lead-in
  new RegExp(String.raw`(?:^|[.!?:;]\s+|,\s+|\b(?:and|just|then|so|also|best to|better to|best thing is to|I'd|I would|I'd just|I would just|you want to|you'll want to|try to|make sure (?:to|you)|remember to|my advice(?: is|:)?(?: to)?|honestly)\s+)(?:just\s+|simply\s+|honestly\s+)?(?:${DOSE_VERB}|take|try|grab|get|pop|buy)\s+(?:taking\s+)?(?:some|a few|a couple of|an?|half an?|\d+|two|three|four|extra|an extra|the leftover|the rest of the|any|the|(?:tonight|today|tomorrow|this morning|this evening)(?:'s|’s)|(?:the|your|his|her) next|next|one)\s+(?:[A-Za-z0-9.-]+\s+){0,2}?${MED_DRUG}\b`, "gi"),
  // "tell your mum to take two of her blood pressure tablets", "get him to stop the warfarin"
  new RegExp(String.raw`\b(?:tell|get|have|make|ask)\s+(?:your|ur)\s+(?:\w+\s+)?(?:mum|mom|mother|dad|father|parents?|son|daughter|baby|kid|kids|child|husband|wife|partner|boyfriend|girlfriend|grandma|grandpa|gran|nan|granny|grandmother|grandfather|brother|sister|friend|flatmate|roommate|aunt|uncle)\s+(?:to\s+)?(?:${DOSE_VERB}|take|try|use|give)\b[^.!?\n]{0,50}?\b${MED}\b`, "gi"),
  // "alternate Calpol and Nurofen every three hours"
  new RegExp(String.raw`(?:^|[.!?:;]\s+|,\s+|\b(?:and|just|then|so|best to|I'd|I would|you should|you can|you could)\s+)(?:just\s+)?(?:alternate|alternating|rotate)\s+(?:between\s+)?(?:the\s+)?(?:\d+(?:\.\d+)?\s?(?:mg|g|ml|mL)\s+(?:of\s+)?)?${MED_DRUG}\s+(?:and|with)\s+(?:the\s+)?(?:\d+(?:\.\d+)?\s?(?:mg|g|ml|mL)\s+(?:of\s+)?)?${MED_DRUG}\b`, "gi"),
  // "I'll tell you what your bloods mean", "happy to look at your rash": offers to assess someone's own results
  /\b(?:I(?:'ll|’ll| will| can| could)|happy to|let me|want me to|me to)\s+(?:have a look at|take a look at|look at|look over|check|interpret|read|go through|explain)\s+(?:your|ur)\s+(?:[\w-]+\s+)?(?:bloods|blood (?:tests?|work|results)|results|scans?|x-?rays?|MRI|CT|ECG|EKG|rash|mole|labs|lab results|symptoms|photos?|pics?|readings|report|meds|medications?|prescriptions?)\b/gi,
  // "give him omeprazole", "give your dad two paracetamol"
  new RegExp(String.raw`\b(?:give|giving|try giving)\s+(?:him|her|them|your (?:dad|mum|mom|mother|father|son|daughter|baby|kid|kids|child|husband|wife|partner|grandma|grandpa|gran|nan|toddler))\s+(?:some\s+|a\s+|an\s+|two\s+|a couple of\s+)?(?:\d+(?:\.\d+)?\s?(?:mg|g|ml|mL)\s+(?:of\s+)?)?${MED}\b`, "gi"),
  // "take 800 mg of ibuprofen", "have two of the tablets", "take double the dose"
  new RegExp(String.raw`\b(?:take|taking|have|use|pop|try|up it to|go up to|increase (?:it|that) to|double (?:it|that) to)\s+(?:\d+(?:\.\d+)?\s?(?:mg|g|mcg|µg|ml|mL|units?|IU|tablets?|pills?|puffs?|capsules?|caps|tabs?|drops?|sprays?)\b|(?:\d+|two|three|four|a couple|double|twice|extra|an extra)\s+(?:of\s+(?:the|those|these|my|your|her|his|their)\s+)?(?:\d+(?:\.\d+)?\s?(?:mg|g|mcg)\s+)?(?:[A-Za-z]+\s+){0,2}?${MED}|double the dose)`, "gi"),
  // "you should cut it to half a tablet", "you can drop it to 25 mg": a dose change for a medicine named earlier
  /\byou (?:should|can|could|need to|must|have to|might want to|may want to|'d better|’d better)\s+(?:just\s+|safely\s+|probably\s+|try (?:and|to)\s+)?(?:cut|cut back|cut down|reduce|lower|drop|decrease|increase|up|raise|bump|halve|double|taper|change|adjust)\s+(?:it|them|that|those|the dose|your dose)\s+(?:down\s+|back\s+|up\s+)?(?:to|by)\s+(?:half|a half|a quarter|\d+(?:\.\d+)?\s?(?:mg|mcg|µg|ml|mL|units?|IU|tablets?|pills?|puffs?)|one|two|three|four)\b/gi,
  // "you can keep taking it" (the medicine is named elsewhere in the paragraph)
  /\byou (?:can|should|could|need to|must|'d better|’d better)\s+(?:just\s+|safely\s+)?(?:keep taking|keep using|continue taking|continue using|carry on taking|stop taking|stop using|stop|quit|come off|get off|drop|ditch|double|halve|skip|take more of|take less of)\s+(?:it|them|those|these|that)\b(?!\s+(?:app|habit|thing|show|series|job|course|class|module))/gi,
  // "they'll work for you too" about a medicine
  /\b(?:they|it|this|these|that|those)(?:'ll|’ll| will| would| should) (?:work|do the trick|sort you out|fix (?:it|you)|help) for you\b|\b(?:will|'ll|’ll) (?:work|do the trick) for you (?:too|as well)\b/gi,
  // "DM me your symptoms", "send me a photo of your rash"
  /\b(?:DM|PM|message|inbox|text|e-?mail|send|whatsapp|dm)\s+me\s+(?:(?:your|ur|a|some)\s+)?(?:(?:photo|photos|pic|pics|picture|pictures|video|screenshot)\s+of\s+(?:your|ur|the)\s+)?(?:symptoms|rash|results|blood results|bloods|labs|lab results|scans?|x-?rays?|MRI|mole|lump|bump|wound|meds|medication list|prescriptions?|ECG|EKG|test results|HbA1c|sugar readings|glucose readings|readings|(?:photo|photos|pic|pics|picture|pictures)\s+of\s+(?:your|ur|the)\s+[A-Za-z\u00C0-\u024F]+)\b/gi,
  /\b(?:(?:DM|PM|message|inbox|text|e-?mail|whatsapp)\s+me|(?:drop|send|shoot)\s+me\s+an?\s+(?:DM|PM|message|text|line|email))\b[^.!?\n]{0,80}\b(?:I(?:'ll|’ll| will| can)) (?:tell you|let you know|diagnose|check|have a look|take a look|look at (?:it|them)|advise|sort you out|say|interpret|read)\b/gi,
  /\b(?:drop|send|shoot)\s+me\s+an?\s+(?:DM|PM|message|text|line|email)\s+with\s+(?:your|ur)\s+(?:symptoms|rash|results|blood results|bloods|labs|scans?|meds|medication list|readings|photos?|pics?)\b/gi,
  // discouraging care: "no need for an X-ray", "no need to see a doctor"
  /\bskip (?:the |your )?(?:GP|doctor|clinic|A&E|ER|ED|appointment|follow-up|hospital|walk-in)\b/gi,
  // "I'd give ibuprofen and paracetamol together", "I'd just take two sumatriptan"
  // "I'd give ibuprofen and paracetamol together"; "I'd go back to 50 mg of sertraline", "I'd switch back to your old inhaler"
  // ("if I were you, I'd …" contains "I'd": one literal start keeps the scan cheap)
  new RegExp(String.raw`\bI(?:'d|’d| would)\s+(?:just\s+|honestly\s+|definitely\s+|probably\s+)?(?:(?:give|take|try|start|stop|use|double|halve|up)\s+(?:(?:him|her|them|it)\s+)?(?:some\s+|the\s+|a\s+)?${MED_DRUG}|(?:go back (?:on|to)(?:\s+taking)?|switch back (?:to|on)|drop (?:back |down )?to|go (?:up|down) to|stay on|stick (?:with|to)|restart|come off|get off|taper off|wean off)\s+(?:(?:the|your|ur|some|a|an)\s+)?(?:(?:old|usual|previous|original|lower|higher|full|half)\s+)?(?:\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|ml|mL|units?|IU)\s+(?:of\s+)?(?:(?:the|your)\s+)?)?${MED})\b`, "g"),
  /\bno need (?:for (?:an? )?(?:x-?ray|scan|doctor|GP|appointment|antibiotics|stitches|A&E|ER|ED)|to (?:see|go to|waste time at|bother) (?:a |the |your )?(?:doctor|GP|clinic|hospital|A&E|ER|ED|pharmacist|dentist))\b/gi,
  /\byou (?:don't|do not|won't) need (?:to see )?(?:a doctor|a GP|an? x-?ray|a scan|antibiotics|stitches|to go to (?:the )?(?:hospital|clinic|A&E|ER|ED)|(?:the|a|your|that) (?:vaccine|jab|booster|flu shot|shot|scan|biopsy|colonoscopy|mammogram|smear))\b/gi,
  // "take ibuprofen 400 mg three times a day", "give Calpol 5 ml": a named medicine, then the amount
  new RegExp(String.raw`\b(?:take|taking|use|have|try|pop|give|start|start on|go on|stay on)\s+(?:some\s+|the\s+)?${MED_DRUG}\s+(?:at\s+)?\d+(?:\.\d+)?\s?(?:mg|g|mcg|µg|ml|mL|units?|IU|puffs?|tablets?|tabs?|caps?|capsules?|drops?)\b`, "gi"),
  // "ask your GP to start you on sertraline", "get your doctor to switch you to fluoxetine", "ask the GP for amoxicillin"
  new RegExp(String.raw`\b(?:ask|get|tell|have|make)\s+(?:your|ur|the|a)\s+(?:own\s+)?(?:GP|doctor|dr|physician|psychiatrist|prescriber|provider|NP|nurse practitioner|dentist|pharmacist)\s+(?:to\s+)?(?:(?:start|put|switch|change|move)\s+you\s+(?:on(?:to)?|to)\s+|(?:prescribe|give|write)\s+(?:you\s+)?|(?:up|increase|double|bump up|raise)\s+(?:your\s+)?)(?:some\s+|a\s+(?:course|script|prescription)\s+(?:of|for)\s+|an?\s+)?(?:[A-Za-z0-9.-]+\s+)?${MED}\b|\bask\s+(?:your|ur|the|a)\s+(?:own\s+)?(?:GP|doctor|dr|physician|psychiatrist|prescriber|provider|dentist)\s+for\s+(?:some\s+|a\s+(?:course|script|prescription)\s+(?:of|for)\s+)?${MED_DRUG}\b`, "gi"),
  // "at 25 mg no taper needed", "you don't need to wean off it"
  /\b(?:no (?:taper(?:ing)?|weaning|wean) (?:needed|required|necessary)|no need to (?:taper|wean)|(?:you )?(?:don't|do not|won't) need to (?:taper|wean))\b/gi,
  // "you should stop running for two weeks and ice it three times a day": a treatment plan for someone's own injury or illness
  /\byou (?:should|need to|must|have to|ought to|(?:'ll|’ll|will) (?:need|want|have) to|(?:'d|’d) better)\s+(?:just\s+|definitely\s+|really\s+)?(?:rest|ice|elevate|stop|avoid|stay off|keep off|strap|tape|splint|brace|wear|apply|stretch|massage|immobili[sz]e|not (?:run|walk|train|exercise|lift|bear weight))\b[^.!?\n]{0,60}?\b(?:for (?:\d+|a|one|two|three|four|five|six|ten|a few|a couple of) (?:days?|weeks?|months?|fortnight)|(?:once|twice|three times|four times|\d+ times) (?:a|per|each) day|every \d+ hours)\b/gi,
];

/**
 * For each of PATTERNS (same order), words its every match contains, and whether it also names a
 * medicine: a sentence without them cannot match, so the pattern is not run (nor compiled, on a
 * freshly started server). test/rules/advice-hints.test.ts checks each is necessary.
 */
const PATTERN_HINTS: { cue: RegExp; medicine?: true }[] = [
  { cue: /\b(?:your|ur)\s/i, medicine: true },
  { cue: new RegExp(String.raw`\b${DOSE_VERB}\s+(?:back\s+|in\s+)?(?:taking\s+)?(?:the|that|those|these|this)\s`, "i"), medicine: true },
  { cue: new RegExp(String.raw`\b(?:${DOSE_VERB}|take|try|grab|get|pop|buy)\s+(?:taking\s+)?(?:some|a few|a couple of|an?|half an?|\d+|two|three|four|extra|an extra|the leftover|the rest of the|any|the|(?:tonight|today|tomorrow|this morning|this evening)(?:'s|’s)|(?:the|your|his|her) next|next|one)\s`, "i"), medicine: true },
  { cue: /\b(?:tell|get|have|make|ask)\s+(?:your|ur)\s/i, medicine: true },
  { cue: /\b(?:alternate|alternating|rotate)\s/i, medicine: true },
  { cue: /\b(?:your|ur)\s/i },
  { cue: /\b(?:give|giving)\s+(?:him|her|them|your)\b/i, medicine: true },
  { cue: /\b(?:take|taking|have|use|pop|try|to)\s+(?:\d|two|three|four|a couple|double|twice|extra|an extra)/i },
  { cue: /\byou (?:should|can|could|need to|must|have to|might want to|may want to|'d better|’d better)\s/i },
  { cue: /\byou (?:can|should|could|need to|must|'d better|’d better)\s/i },
  { cue: /\bfor you\b/i },
  { cue: /\b(?:DM|PM|message|inbox|text|e-?mail|send|whatsapp)\s+me\s/i },
  { cue: /\b(?:DM|PM|message|inbox|text|e-?mail|whatsapp|drop|send|shoot)\s+me\b[^]*\bI(?:'ll|’ll| will| can) /i },
  { cue: /\b(?:drop|send|shoot)\s+me\s+an?\s/i },
  { cue: /\bskip /i },
  { cue: /\bI(?:'d|’d| would)\s/, medicine: true },
  { cue: /\bno need (?:for|to) /i },
  { cue: /\byou (?:don't|do not|won't) need /i },
  { cue: /\b(?:take|taking|use|have|try|pop|give|start|go on|stay on)\s\D*\d/i, medicine: true },
  { cue: /\b(?:ask|get|tell|have|make)\s+(?:your|ur|the|a)\s+(?:own\s+)?(?:GP|doctor|dr|physician|psychiatrist|prescriber|provider|NP|nurse practitioner|dentist|pharmacist)\s/i, medicine: true },
  { cue: /\b(?:no (?:taper|wean)|no need to (?:taper|wean)|need to (?:taper|wean))/i },
  { cue: /\byou (?:should|need to|must|have to|ought to|'ll|’ll|will|'d|’d)\s/i },
];
if (PATTERN_HINTS.length !== PATTERNS.length) throw new Error("advice.individual: one hint per pattern");
/** For the test that each hint is necessary. */
export const patternHints = (): { re: RegExp; cue: RegExp; medicine: RegExp | undefined }[] => PATTERNS.map((re, k) => ({ re, cue: PATTERN_HINTS[k]!.cue, medicine: PATTERN_HINTS[k]!.medicine ? MED_IN_BLOCK : undefined }));

/** Patterns behind a cheap keyword test (each is rare, so most sentences skip it). */
const GUARDED: { guard: RegExp; re: RegExp }[] = [
  // "go back down to 20 mg total until you see your doctor": a dose change the reader makes (a "you" in the sentence)
  { guard: /\b(?:go|drop|cut|come|step|bring it|take it|knock it)\s+(?:back\s+)?(?:down\s+|up\s+)?to\s+(?:just\s+|only\s+)?\d/i, re: /(?:^|[.!?:;]\s+|,\s+|\b(?:and|just|then|so|you should|you can|you could|you need to|best to|I'd|I would)\s+)(?:just\s+)?(?:go|drop|cut|come|step|bring it|take it|knock it)\s+(?:back\s+)?(?:down\s+|up\s+)?to\s+(?:just\s+|only\s+)?\d+(?:\.\d+)?\s?(?:mg|mcg|µg|ml|mL|units?|IU)\b(?=[^.!?\n]*\b(?:you|your|ur|u)\b)|\b(?:you|ur|u)\b[^.!?\n]*(?:^|[.!?:;]\s+|,\s+)(?:just\s+)?(?:go|drop|cut|come|step|bring it|take it|knock it)\s+(?:back\s+)?(?:down\s+|up\s+)?to\s+(?:just\s+|only\s+)?\d+(?:\.\d+)?\s?(?:mg|mcg|µg|ml|mL|units?|IU)\b/gi },
  // a diagnosis handed to the reader: "From what you describe, this is almost certainly the dose increase"
  { guard: /\bfrom what you|\b(?:based on|from|going by|judging by)\s+(?:your|ur)\b/i, re: /\b(?:from what you(?:'ve|’ve)?\s+(?:describe|described|say|said|wrote|written|posted|mention(?:ed)?)|(?:based on|from|going by|judging by)\s+(?:your|ur)\s+(?:symptoms|description|photos?|pics?|pictures?|results|readings|numbers|bloods|labs|post))\b[^.!?\n]{0,200}?\b(?:this|it|that|you|yours)(?:'s|’s| is| are|'re|’re| has| have|'ve got|’ve got)\s+(?:almost certainly|definitely|100%|clearly|most likely|very likely|probably|for sure|without a doubt|classic|textbook|obviously)\b/gi },
  // a diet regimen for the reader: "try a strict low-FODMAP diet for six weeks starting tomorrow"
  { guard: /(?:FODMAP|elimination|keto|gluten-free|dairy-free|low-carb|no-carb|carnivore|paleo|anti-inflammatory|liquid|BRAT|low-residue|high-fib|candida|detox|juice|water|dry)\s+(?:diet|protocol|cleanse|fast|plan|regime)/i, re: /(?:^|[.!?:;]\s+|,\s+|\b(?:and|just|then|so|also|honestly|babe|hun|hon|mate|sis|girl|you should|you need to|you could|you can|you'll want to|I'd|I would|best to)\s+|@[\w.-]+[,:]?\s+)(?:(?:just|definitely|honestly)\s+)?(?:try|go on|start|do|follow|stick to|switch to|go)\s+(?:a|the|an)\s+(?:(?:strict|proper|full|total|clean|\d+-week|\d+-day)\s+)*(?:low-?FODMAP|FODMAP|elimination|keto(?:genic)?|gluten-free|dairy-free|low-carb|no-carb|carnivore|paleo|anti-inflammatory|liquid|clear liquid|BRAT|low-residue|high-fib(?:re|er)|candida|detox|juice|water|dry)\s+(?:diet|protocol|cleanse|fast|plan|regime|regimen)\b(?=[^.!?\n]{0,80}\b(?:for (?:\d+|a|one|two|three|four|five|six|eight|ten|twelve|a few|a couple of) (?:days?|weeks?|months?)|starting (?:tomorrow|today|tonight|now|on monday|monday)|(?:every|each) (?:day|night|morning|evening)|twice a day))/gi },
  // a supplement regimen: "take a psyllium sachet every night before bed"
  { guard: /\btake\s+(?:a|one|two|1|2)\s+(?:[\w-]+\s+){0,3}?(?:sachets?|scoops?|capsules?|gumm|spoonfuls?|teaspoons?|tablespoons?|shots?|supplements?|drops?)/i, re: /(?:^|[.!?:;]\s+|,\s+|\b(?:and|just|then|so|also|you should|you need to|I'd|I would)\s+)(?:just\s+)?take\s+(?:a|one|two|1|2|a scoop of|a spoon of|a teaspoon of|a tablespoon of)\s+(?:[\w-]+\s+){0,2}?(?:sachets?|scoops?|capsules?|gumm(?:y|ies)|spoonfuls?|teaspoons?|tablespoons?|shots?|supplements?|drops?)\s+(?:of\s+[\w-]+\s+)?(?:every|each|at|before|after|with)\s+(?:single\s+)?(?:night|morning|day|evening|meal|bed|bedtime)\b/gi },
  // "Send the photos of the prescription slips", "send me his last two prescriptions": someone's own records, sent to the author
  { guard: /\b(?:prescriptions?|prescription slips?|scripts|results|bloods|labs|x-?rays?|scans|MRI|meds)\b|med(?:ication)?s? list/i, re: /(?<=^|[.!?:;]\s+|,\s+|\b(?:just|so|then|also|and)\s+)(?:send|DM|PM|message|whatsapp|e-?mail|forward)\s+(?:me\s+)?(?:the|your|ur|his|her|their)\s+(?:(?:photos?|pics?|pictures?|scans?|copies|screenshots?)\s+of\s+(?:the|your|ur|his|her|their)\s+)?(?:(?:full|complete|current|latest|recent|last(?:\s+(?:two|three|few))?)\s+)?(?:prescriptions?|prescription (?:slips?|sheets?)|scripts|test results|lab results|blood results|bloods|labs|x-?rays?|scans|MRI|med(?:ication)?s? list|meds)\b(?!\s+(?:to|with)\b)/gi },
  // "DM me your full med list", "message me your current medications and I'll go through them"
  { guard: /\bmedications\b|med(?:ication)?s? list|drug list/i, re: /\b(?:DM|PM|message|inbox|text|e-?mail|send|whatsapp)\s+me\s+(?:your|ur)\s+(?:(?:full|complete|current|latest|recent|whole|entire)\s+)?(?:med(?:ication)?s? list|list of (?:meds|medications)|medications|drug list)\b/gi },
  // "bump yourself up to 50 mg", "push yourself up to 100": a dose change the reader makes alone
  { guard: /(?:your|ur)self\s+(?:back\s+)?(?:up|down)\b/i, re: /\b(?:bump|push|put|move|take|titrate|step|up)\s+(?:yourself|urself)\s+(?:back\s+)?(?:up|down)\s+to\s+\d+(?:\.\d+)?\b/gi },
  // "I'd just go up to 100 on your own": a dose change without a unit, for a medicine the block names (see consider)
  { guard: /\bI(?:'d|’d| would)\s+(?:(?:just|honestly|probably|definitely|personally)\s+)?(?:go|bump it|push it|take it|bring it|drop|step)\s+(?:back\s+)?(?:up|down)\s+to\s+\d/i, re: /\bI(?:'d|’d| would)\s+(?:(?:just|honestly|probably|definitely|personally)\s+)?(?:go|bump it|push it|take it|bring it|drop|step)\s+(?:back\s+)?(?:up|down)\s+to\s+\d+(?:\.\d+)?(?:\s?(?:mg|mcg|µg|ml|mL|units?|IU))?(?=\s*(?:$|[,.;!)—–-]|\s(?:on (?:your|ur) own|yourself|urself|and|then|if|for|straight away|now|tonight|today|tomorrow|next|from|instead|asap)\b))/gi },
  // "I told her to soak them in Steradent every night and put some Bonjela on the sore spot": a regimen the author handed someone (see consider)
  { guard: /\bI(?:'ve|’ve| have| just| also| then)?\s+(?:told|advised|instructed)\s+(?:him|her|them|my)\b/i, re: /\bI(?:'ve|’ve| have| just| also| then)?\s+(?:told|advised|instructed)\s+(?:him|her|them|my (?:patient|client|aunt|auntie|aunty|uncle|mum|mom|dad|friend|neighbou?r|cousin|follower))\s+to\s+(?:just\s+)?(?:take|use|put|apply|rub|soak|give|start|stop|double|halve|increase|up|cut|skip|switch|try|pop|add|keep taking|gargle|rinse)\b(?=[^.!?\n]{0,160}\b(?:every (?:night|day|morning|evening|\d+ hours)|(?:once|twice|three times|\d+ times) (?:a|per) day|at night|before bed|until (?:her|his|their|the) (?:next )?(?:appointment|review|visit|follow-up|check-?up)|for (?:\d+|a|one|two|three|a few) (?:days?|weeks?)|\d+\s?(?:mg|ml|mL|tablets?|puffs?)\b))/gi },
  // "switch him out of the single-vision lenses", "put her in compression stockings": a device for the reader's relative
  { guard: /\b(?:switch|put|move|change|get|keep)\s+(?:him|her|them|your\s+(?:\w+\s+)?(?:son|daughter|kid|child|baby|boy|girl|toddler|mum|mom|mother|dad|father|husband|wife|partner|grandma|grandpa))\s+(?:out of|off|onto|on to|into|in|on|to)\b/i, re: new RegExp(String.raw`(?<=^|[.!?:;]\s+|,\s+|\b(?:and|just|then|so|also|I'd|I would|you should|you need to|you could)\s+)(?:just\s+)?(?:switch|put|move|change|get|keep)\s+(?:him|her|them|your\s+(?:\w+\s+)?(?:son|daughter|kid|child|baby|boy|girl|toddler|mum|mom|mother|dad|father|husband|wife|partner|grandma|grandpa))\s+(?:out of|off|onto|on to|into|in|on|to)\s+(?:[\w.-]+\s+){0,4}?(?:lenses|glasses|contacts|spectacles|specs|stockings|socks|brace|splint|orthotics|insoles|hearing aids?|formula|CPAP|inhaler|spacer|nappies|diapers|${MED_DRUG})\b`, "gi") },
  // "send me a video of her talking and I'll tell you if it sounds like apraxia": an offer to judge someone's photo or video privately
  { guard: /\b(?:send|show|DM|PM|message|whatsapp|text)\s+me\b[^.!?\n]{0,140}\bI(?:'ll|’ll| will| can| could)\s+tell you\b/i, re: /\b(?:send|show|DM|PM|message|whatsapp|text)\s+me\s+(?:(?:a|an|some|your|ur)\s+)?(?:[\w,-]+\s+){0,3}?(?:photos?|pics?|pictures?|videos?|clips?|selfies?|recordings?)\s+of\s+(?:your|ur|her|his|their|him|them|the)\b[^.!?\n]{0,100}?\bI(?:'ll|’ll| will| can| could)\s+tell you\s+(?:which|what|if|whether|how)\b(?=[^.!?\n]{0,60}\b(?:creams?|actives?|serums?|meds?|medicines?|antibiotics?|treatments?|doses?|sounds like|looks like|serious|normal|infected|grow out of|needs?|to start|to use|to take|to apply|how often|worry)\b)/gi },
  // "nak saya tengokkan food diary akak", "happy to go through your sugar log": an offer to review someone's own health diary
  { guard: /\b(?:food|sugar|glucose|BP|blood pressure|symptom|pain|migraine|headache|sleep|mood|meal|diet|period|bladder|seizure)\s+(?:diary|log|logbook|journal|readings|record)\b/i, re: /\b(?:I(?:'ll|’ll| will| can| could)|I(?:'m|’m| am) happy to|happy to|let me|want me to|nak saya|boleh saya|biar saya|saya boleh|saya)\s+(?:(?:just|also|gladly|quickly)\s+)?(?:look (?:at|over|through)|go through|check|review|tengok(?:kan)?|semak(?:kan)?)\s+(?:(?:your|ur|his|her|their)\s+)?(?:food|sugar|glucose|BP|blood pressure|symptom|pain|migraine|headache|sleep|mood|meal|diet|period|bladder|seizure)\s+(?:diary|log|logbook|journal|readings|record)\b/gi },
  // "with an HbA1c of 9.1 you should switch to half a portion of rice": a plan built on the reader's own reading
  { guard: /\bwith\s+(?:an?|your|ur)\s+(?:HbA1c|A1c|fasting|blood sugar|sugar|glucose|BP|blood pressure|cholesterol|LDL|BMI|TSH|eGFR|creatinine|ferritin|ha?emoglobin|Hb|vitamin D|INR|PSA|uric acid)\b/i, re: /\bwith\s+(?:an?|your|ur)\s+(?:HbA1c|A1c|fasting (?:sugar|glucose)|blood sugar|sugar|glucose|BP|blood pressure|cholesterol|LDL|BMI|TSH|eGFR|creatinine|ferritin|ha?emoglobin|Hb|vitamin D|INR|PSA|uric acid)\s+(?:of|at|around|about|like)\s+\d[\d.\/]*(?:\s?(?:%|mmol\/L|mg\/dL|ng\/mL))?,?\s+(?:I(?:'d|’d| would)\s+|you\s+(?:should|need to|must|have to|can|could|ought to|(?:'d|’d) better)\s+)(?:(?:just|definitely|really|honestly|safely)\s+)?(?!see\b|talk\b|ask\b|call\b|book\b|speak\b|visit\b|go (?:to|and see)\b|check with\b|get (?:it|that|this|checked|reviewed|seen)\b|be (?:seen|reviewed)\b)[a-z]/gi },
  // "most of you with jawline breakouts can just start adapalene 0.1% every other night": readers told to start a product at a strength and frequency
  { guard: /\d\s?(?:%|mg|mcg)\s+(?:(?:cream|gel|lotion|ointment|wash)\s+)?(?:every|each|once|twice|three times|at night|nightly|daily|a day|in the (?:morning|evening))\b/i, re: /\b(?:you|u|ur)\b[^.!?\n]{0,80}?\b(?:can|should|could|need to|might want to)\s+(?:(?:honestly|just|safely|probably|definitely|simply)\s+)*(?:start(?: on)?|use|try|take|apply|go on)\s+(?:[A-Za-z-]+\s+){1,2}\d+(?:\.\d+)?\s?(?:%|mg|mcg|g)\s+(?:(?:cream|gel|lotion|ointment|wash)\s+)?(?:every|each|once|twice|three times|at night|nightly|daily|a day|in the (?:morning|evening))\b/gi },
  // "for your case I'd drop the teh tarik to kosong", "in your situation you should take your metformin after breakfast": a plan for the reader's own case
  { guard: /\b(?:for|in) (?:your|ur) (?:case|situation)\b/i, re: /\b(?:for|in) (?:your|ur) (?:case|situation)\b,?\s+(?:(?:honestly|though|tbh)\s*,?\s+)?(?:I(?:'d|’d| would)|you (?:should|need to|must|can|could|(?:'d|’d) better))\s+(?:(?:just|definitely|really|honestly|probably)\s+)?(?!see\b|talk\b|ask\b|call\b|book\b|speak\b|visit\b|check with\b|email\b|e-mail\b|contact\b|go (?:to|and see)\b|get (?:it|that|this|checked|reviewed|seen)\b)[a-z]/gi },
];
/**
 * Blind-11 classes, each behind its own cheap block test (kept out of GUARDED_ANY, whose one
 * case-insensitive scan they would slow): a dose relayed by pronoun ("yes can, tell her to take one
 * capsule three times a day"), and a personal treatment plan offered privately ("WhatsApp me with what
 * they can and can't do and I'll send you a home programme").
 */
const RELAY_DOSE = /(?<=^|[.!?:;]\s+|,\s+|@[\w.-]+[,:]?\s+|\b(?:just|so|then|and|also|yes|yeah|honestly|ok|okay)\s+)(?:[Tt]ell|[Gg]et|[Hh]ave|[Mm]ake|[Aa]sk)\s+(?:him|her|them)\s+to\s+(?:just\s+)?(?:take|use|have|try|start|double|halve|give\s+(?:him|her|them|it))\s+(?:\d+(?:\.\d+)?\s?(?:mg|g|mcg|ml|mL)\b|(?:one|two|three|four|half an?|a|an|\d+)\s+(?:[\w-]+\s+){0,2}?(?:capsules?|tablets?|pills?|puffs?|sachets?|teaspoons?|spoonfuls?|drops?|sprays?|caps|tabs?|doses?|lozenges?)\b)/g;
const RELAY_HINT = /\b(?:him|her|them) to (?:just )?(?:take|use|have|try|start|double|halve|give)\b/i;
const PLAN_OFFER = /\b(?:send|DM|PM|message|whatsapp|text|e-?mail|inbox|drop)\s+me\b[^.!?\n]{0,160}?\bI(?:'ll|’ll| will| can| could)\s+(?:(?:happily|gladly|personally|then|just)\s+)?(?:send|write|make|put together|design|draw up|create|build)\s+(?:(?:you|them|u)\s+)?(?:an?|your|their|some)\s+(?:(?:own|personal|personali[sz]ed|custom|customi[sz]ed|tailored|individual|individuali[sz]ed|specific|proper|simple|basic|free|little|full|weekly|daily|\d+-week)\s+)*(?:(?:home|exercise|rehab|rehabilitation|physio|stretching|stretch|strengthening|recovery|diet|meal|nutrition|eating|treatment|pain|sleep|weight-loss|weight loss|mobility|workout|balance|walking|breathing|skincare|insulin|dosing|taper(?:ing)?)\s+)+(?:programmes?|programs?|plans?|routines?|regimens?|regimes?|protocols?|schedules?)\b/gi;
const PLAN_OFFER_HINT = /\bI(?:'ll|’ll| will| can| could) (?:\w+ )?(?:send|write|make|put together|design|draw up|create|build)\b/;
/** Any of the GUARDED keywords, in one scan. */
const GUARDED_ANY = new RegExp(GUARDED.map((g) => g.guard.source).join("|"), "i");
/** "he should start low-dose atropine 0.01%": a treatment plan for the reader's child or relative (the block addresses a parent or carer). */
const THIRD_PLAN = new RegExp(String.raw`\b(?:he|she)\s+(?:should|needs? to|must|has to|can|could|ought to)\s+(?:just\s+|definitely\s+|really\s+)?(?:start|take|use|try|stop|switch to|go on|be on|come off|double|halve)\s+(?:on\s+)?(?:[\w.%-]+\s+){0,3}?${MED_DRUG}\b`, "gi");
const RELATIVE_ADDRESSED = /\b[Yy]our\s+(?:\w+\s+)?(?:son|daughter|kid|kids|child|children|baby|boy|girl|toddler|teen|teenager|mum|mom|mother|dad|father|husband|wife|partner|grandma|grandpa|gran|nan|granny|grandmother|grandfather|brother|sister)\b/;
/** "Also get a 10,000 lux lamp … 30 minutes first thing": an imperative to buy a treatment device, with a regimen in the block. */
const DEVICE = /(?<=^|[.!?:;]\s+|,\s+|@[\w.-]+[,:]?\s+|\b(?:also|just|then|so|and|definitely|honestly)\s+)(?:get|buy|grab|order|use|try)\s+(?:yourself\s+)?(?:a|an|one of those|the)\s+(?:[\w,.-]+\s+){0,3}?(?:lamp|light ?box|SAD light|TENS (?:machine|unit)|nebuli[sz]er|humidifier|brace|splint|night splint|orthotics|insoles|compression (?:socks|stockings)|mouth ?guard|night ?guard|CPAP(?: machine)?|pulse oximeter|glucometer|blood pressure (?:monitor|cuff)|heat pad|heating pad|massage gun|posture corrector)\b/gi;
const THIRD_HINT = /\b(?:he|she)\s+(?:should|needs? to|must|has to|can|could|ought to)\b/i;
const DEVICE_HINT = /\b(?:lamp|light ?box|SAD light|TENS|nebuli|humidifier|brace|splint|orthotics|insoles|compression|mouth ?guard|night ?guard|CPAP|oximeter|glucometer|blood pressure (?:monitor|cuff)|heat(?:ing)? pad|massage gun|posture corrector)/i;
const DEVICE_REGIMEN = /\d\s?(?:minutes|mins?|hours|hrs)\b|\b(?:[Ee]very|[Ee]ach) (?:day|night|morning|evening)\b|\b[Ff]irst thing\b|\b(?:[Oo]nce|[Tt]wice|[Tt]hree times) (?:a|per) day\b/;
/** Academic, counselling and financial-aid advice (packs with `redirection.academic`). */
const ACADEMIC: RegExp[] = [
  /\b(?:you should|you need to|you'd better|you must|I'd|I would|just|definitely|yes,?|yeah,?|so)\s+(?:just\s+)?(?:defer|drop|withdraw from|withdraw|resit|retake|repeat|appeal|switch to|switch|transfer to|transfer|change (?:your )?(?:major|programme|program)|take (?:a|the) (?:gap|leave|break)|apply for (?:the\s+)?(?:hardship|scholarship|financial aid|bursary|loan|fund|fee waiver|PTPTN)|skip)\b/gi,
  /(?:^|[.!?:;]\s+|,\s+)(?:defer|drop|withdraw from|resit|retake)\s+(?:the\s+|this\s+|your\s+)?(?:semester|year|module|course|subject|class|paper|exam|OSCE|[A-Z][A-Za-z\u00C0-\u024F]+)/g,
  // "you should see the counsellor and drop Anatomy this semester": the academic step after "and"
  /\b(?:you should|you need to|you'd better|you must|I'd|I would)\b[^.!?\n]{0,80}?\band\s+(?:just\s+)?(?:defer|drop|withdraw from|skip)\s+(?:the\s+|this\s+|your\s+)?(?:semester|year|module|course|subject|class|paper|exam|OSCE|resits?|[A-Z][\w\u00C0-\u024F]+)/g,
  // "Repeat the semester and switch your loan to the deferred repayment scheme"
  /(?:^|[.!?:;]\s+|,\s+|\b(?:just|so|then|and)\s+)(?:repeat|redo)\s+(?:the\s+|this\s+|your\s+)?(?:semester|year|module|course|subject|paper|exam|OSCE|posting|rotation|block)\b|\b(?:switch|move|convert) (?:your|ur|the) (?:balance|outstanding (?:fees|balance)|fees|loan|PTPTN|scholarship|funding|bursary|sponsorship|repayments?) (?:to|over to|into|onto)\b/gi,
  // "ask him to withdraw from Pharmacology II", "tell her to defer the semester": academic advice relayed to a parent
  /\b(?:[Aa]sk|[Tt]ell|[Gg]et|[Hh]ave|[Mm]ake)\s+(?:him|her|them|your (?:son|daughter|child|kid|boy|girl))\s+to\s+(?:just\s+)?(?:withdraw from|drop|defer|resit|retake|repeat|appeal|switch to|transfer to|apply for|take (?:a|the) (?:gap|leave|break))\b/gi,
  /\bwith your (?:family income|income|CGPA|GPA|grades|results|marks|background)\b[^.!?\n]{0,40}\byou (?:definitely |will |should |would |easily |surely )*(?:qualify|get in|get it|be eligible|pass|be fine)\b/gi,
];

/**
 * A plan for someone's funding (packs with `redirection.academic`): "just let the MARA sponsorship
 * lapse for one semester", "turn down the JPA offer and take PTPTN", behind FUNDING_HINT.
 */
const FUNDING_OBJECT = String.raw`(?:your|ur|the|that|this|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:scholarships?|sponsorships?|bursary|bursaries|loans?|PTPTN|funding|grants?|JPA|MARA)`;
const FUNDING_PLAN = new RegExp(String.raw`(?:^|[.!?:;]\s+|,\s+|\b(?:just|so|then|and|you should|you need to|you could|you can|you'd better|I'd|I would|definitely|simply)\s+)(?:(?:let|allow)\s+${FUNDING_OBJECT}\s+(?:lapse|expire|run out|go)\b|(?:give up|turn down|decline|cancel|freeze|suspend|pause|surrender|forfeit|drop)\s+${FUNDING_OBJECT}\b)`, "gi");
const FUNDING_HINT = /\b(?:lapse|expire|run out|give up|turn down|decline|cancel|freeze|suspend|pause|surrender|forfeit|drop)\b/i;
/** Cheap case-sensitive word test before FUNDING_HINT and FUNDING_PLAN. */
const FUNDING_WORD = /[Ss]cholarship|[Ss]ponsorship|[Bb]ursar|[Ll]oan|PTPTN|[Ff]unding|[Gg]rant|JPA|MARA/;

/** Coaching an appeal or a course load (packs with `redirection.academic`), behind one cheap block test. */
const ACADEMIC_COACHING: RegExp[] = [
  // "so submit the appeal letter this week, not after results are out": an appeal or claim on a deadline the adviser sets
  /(?:^|[.!?:;]\s+|,\s+(?:(?:so|and|then|but)\s+)?|\b(?:just|so|then|and|you should|you need to|you must|I'd|I would)\s+)(?:submit|file|lodge|send in|hand in|put in|get in)\s+(?:the\s+|your\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:appeal|EC|mitigating circumstances|special consideration|extension|deferral|deferment|withdrawal)(?:\s+(?:letter|form|request|application|claim))?\b(?=[^.!?\n]{0,40}\b(?:this week|today|tonight|tomorrow|now|right away|immediately|asap|before (?:the\s+)?(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|results|marks|the deadline)|by (?:the\s+)?(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|end of)|not after))/gi,
  // "say your grandmother's illness affected your exam", "tell the panel the flood stopped you revising": coaching an appeal's grounds
  /(?:^|[.!?:;]\s+|,\s+|\b(?:just|so|then|and)\s+)(?:say|tell (?:them|the panel|the committee|the board|the examiners|the faculty|the school)|mention|write|put down|claim|state|explain)\s+(?:that\s+)?(?:your|the|you|it)\b[^.!?\n]{0,60}?\b(?:affected|impacted|caused|stopped you|prevented you|kept you from|was (?:the reason|why)|made you (?:miss|fail))\b/gi,
  // "Take the lighter load next semester", "drop to four modules next term": a course-load plan for the student
  /(?:^|[.!?:;]\s+|,\s+|\b(?:just|so|then|and|I'd|I would|you should|you could|you can|you need to|maybe|definitely|honestly)\s+)(?:take|do|go for|register for|enrol(?:l)? (?:in|for)|sign up for|drop (?:down )?to|go down to|cut (?:down|back) to)\s+(?:(?:a|the|only|just)\s+)?(?:(?:lighter|reduced|lower|smaller|part-time|half)\s+(?:load|course ?load|schedule|timetable|semester)|(?:\d|two|three|four|five|six)\s+(?:modules|subjects|courses|credits|units|papers)\b(?=[^.!?\n]{0,40}\b(?:semester|term|year|instead|not \w+)))/gi,
];
const COACHING_HINT = /\b(?:appeal|EC|mitigating|consideration|extension|deferral|deferment|withdrawal|affected|impacted|stopped you|prevented you|kept you|was (?:the reason|why)|made you|load|modules|subjects|courses|credits|units|papers)\b/i;

/** Staff replies to a student or parent: a plan for her course or money, or an assurance about funding (only when the block addresses someone). */
const ACADEMIC_ADDRESSED: RegExp[] = [
  // "she can drop to a reduced load next semester", "he should withdraw from Pharmacology"
  /\b(?:she|he)\s+(?:can|could|should|needs? to|has to|must|(?:'d|’d) better)\s+(?:just\s+|simply\s+)?(?:(?:drop|defer|withdraw|resit|retake|repeat|switch|transfer|move|go down|take)\s+(?:to\s+|from\s+|into\s+)?(?:the\s+|a\s+|this\s+|her\s+|his\s+|next\s+)?(?:(?:reduced|lighter|part-time|half|partial)\s+(?:load|schedule|course ?load|programme|program)|semester|year|module|course|subject|programme|program|paper|credits?|leave of absence|gap (?:year|semester))\b|(?:drop|defer|withdraw from|resit|retake)\s+(?:the\s+)?[A-Z][\w\u00C0-\u024F]+)/g,
  // "with 7A he should apply for the IMU merit scholarship first", "she needs to take the PTPTN loan for the full amount"
  /\b(?:she|he)\s+(?:should|needs? to|has to|must|(?:'d|’d) better|ought to)\s+(?:(?:just|definitely|first|really)\s+)?(?:apply for|go for|put in for|take(?: up)?|get)\s+(?:the\s+|an?\s+|her\s+|his\s+)?(?:[\w'’-]+\s+){0,3}?(?:scholarship|bursary|loan|PTPTN|grant|fee waiver|instal?lment plan|financial aid|zakat|sponsorship)\b(?!\s+(?:office|committee|portal|page|website|team|officer|talk|briefing|fair|interview))/g,
  // "she won't lose her scholarship", "you won't lose your PTPTN loan\"
  /\b(?:you|she|he|they)\s+(?:won't|won’t|will not|wouldn't|would not|will never|can't|cannot)\s+lose\s+(?:your|ur|her|his|their|the)\s+(?:scholarship|bursary|loan|PTPTN|funding|place|seat|sponsorship|visa|offer|JPA|MARA|award|grant|financial aid)\b/gi,
  // "Apply for the Tabung Kebajikan emergency grant"
  /(?<=^|[.!?:;]\s+|,\s+|\b(?:yes|yeah|so|just|then|and|definitely)\W+)(?:apply for|go for|put in for|put in an application for)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:grant|fund|bursary|scholarship|loan|aid|fee waiver|waiver|allowance|zakat|assistance|top-?up|instal?lment plan)\b/gi,
  // "you'll definitely get the full RM1,500"
  /\byou(?:'ll|’ll| will| would)\s+(?:definitely|surely|easily|certainly|100%|for sure|absolutely)\s+(?:get|qualify|receive|be approved|be eligible|be accepted|keep)\b[^.!?\n]{0,30}?(?:grant|bursary|scholarship|loan|funding|aid|waiver|RM\s?\d|\$\s?\d|full amount|the full|approved|a place|PTPTN)/gi,
];
/** One cheap pre-test per ACADEMIC_ADDRESSED pattern, in the same order. */
const ACADEMIC_HINTS = [/\b(?:she|he)\s+(?:can|could|should|needs?|has|must|'d|’d)\b/i, /\b(?:she|he)\s+(?:should|needs?|has|must|'d|’d|ought)\b/i, /\blose\b/i, /\b(?:apply|go|put in)\s+(?:for|an)\b/i, /\byou(?:'ll|’ll| will| would)\s+(?:definitely|surely|easily|certainly|100%|for sure|absolutely)\b/i];
const ACADEMIC_ANY = new RegExp(ACADEMIC_HINTS.map((h) => h.source).join("|"), "i");
/** A question the asker puts about their own case: "Should I appeal or just repeat the semester?" */
const ASKER_QUESTION = /\b(?:[Ss]hould|[Ss]hall|[Cc]an|[Cc]ould|[Dd]o|[Ww]ould|[Mm]ust|[Ww]ill)\s+(?:I|we)\b[^?]*\?\s*$/;
const ADDRESSED = /\b(?:you|your|ur)\b|^\W*@[\w.]|^(?:[^\n]{0,60}:\s*)?\**(?:(?:(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear)\s+)?[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?,\s|(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear)\s+[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?!\s)/u;

const CRISIS = /\b(?:suicid\w*|self[- ]harm\w*|kill(?:ing)? (?:myself|yourself|themselves)|end (?:it all|my life|your life)|overdos\w*|OD(?:'d|ed)?|cutting (?:myself|yourself)|(?:took|taken|take|swallowed|had) (?:way )?too many (?:of (?:my|your|her|his|the) )?(?:\w+ )?(?:pills|tablets|paracetamol|painkillers|meds|sleeping pills|capsules))\b/i;
/** Advice that keeps someone in crisis from care: "just sleep it off", "you'll be fine", "make yourself sick". */
const CRISIS_ADVICE = /\b(?:sleep it off|ride it out|wait it out|wait and see|(?:drink|have) (?:lots of |loads of |plenty of )?(?:water|milk|coffee|salt water)|make yourself (?:sick|throw up|vomit)|you(?:'ll|’ll| will) be (?:fine|ok|okay|alright|grand)|(?:it's|it’s|that's|that’s) (?:nothing|not (?:a big deal|serious|dangerous))|no need (?:to|for)|(?:don't|do not) (?:need to )?(?:go|call|bother|tell)|just (?:go to sleep|rest|relax|sleep))\b/i;
/** Someone in crisis being pointed to help is the redirection the policy asks for. */
const CRISIS_REFERRAL = /\b(?:call|text|ring|phone|contact|go to|get to|see|tell)\b[^.!?\n]{0,40}\b(?:988|999|911|112|000|emergency|A&E|ER|ED|crisis|helpline|hotline|lifeline|samaritans|poisons? (?:control|centre|center|line)|ambulance|doctor|GP)\b/i;
/** A reply lead-in ending in a colon ("Replying to @x who asked whether …:"). */
const REPLY_LEAD = /^[\W\d_]{0,12}replying to\b[^:\n]{0,200}:\s*/i;
/** Reported advice ("a video claiming that you can stop your medication") is not the author's. */
const REPORTED = /\b(?:viral|going around|circulating|tells (?:people|everyone|followers|readers|patients|parents|women|diabetics)|(?:asked|told|wanted|instructed) (?:me|us|him|her) to|asks? (?:whether|if)|wants? to know (?:whether|if)|whether (?:she|he|they|to|I|we) |we were (?:told|asked) to|claim(?:s|ed|ing)?|(?<!\b(?:you|u)\s)(?:saying|says|said)|told (?:me|him|her|them|us|people|patients)|forward(?:s|ed|ing)?|video|rumou?rs?|myths?|misinformation|hoax|fake news|influencers?|seller|sellers|someone|somebody|people (?:who|are) (?:say|saying|telling)|the idea that|the advice to|advice like|advice that)\b/i;
/** A diagnosis handed to the reader: "that's almost definitely gingivitis", "sounds like classic plantar fasciitis" (the block addresses someone). */
const DIAGNOSIS_HINT = /(?:itis|osis|algia|pathy)\b|\b(?:UTI|sprain|shingles|thrush|gout|reflux|GERD|IBS|eczema|ringworm|scabies|impetigo|cold sore)\b/i;
const DIAGNOSIS = /\b(?:that|this|it|yours)(?:'s|’s| is| sounds like| looks like| sounds| looks)\s+(?:(?:almost|pretty|most|very|100%)\s+)?(?:definitely|certainly|surely|likely|probably|clearly|obviously|classic|textbook|typical)\s+(?:just\s+|a\s+case\s+of\s+)?(?:an?\s+)?(?:[a-z-]+\s+)?(?:[a-z]+(?:itis|osis|algia|pathy)|UTI|sprain|shingles|thrush|gout|reflux|GERD|IBS|eczema|ringworm|scabies|impetigo|cold sores?)\b/gi;
/** "If you get a sore throat, it's probably tonsillitis": a general condition, not this reader's case. */
const GENERAL_CONDITION = /\b(?:if|when|whenever|in case|once)\s+(?:you|your|ur|u)\b/i;
const SEE_SOMEONE = /\b(?:see|visit|call|ask|check with|talk to|get (?:it|that|this) (?:checked|looked at))\s+(?:(?:a|your|ur|the)\s+)?(?:GP|doctor|dentist|pharmacist|physio|physiotherapist|nurse|dermatologist|clinic)\b|\bget (?:it|that|this) (?:checked|looked at)\b/i;
/** Misinformation framing: a quoted influencer post ("Big Pharma doesn't want you to know"), reproduced to be taken apart. */
const MISINFO = /\b(?:big pharma|miracle cure|sheeple|(?:pharma|doctors?|they|the government|the industry|the media)\s+(?:(?:doesn(?:'|’)t|don(?:'|’)t|does not|do not|won(?:'|’)t|will not)\s+(?:want you to know|tell you)|(?:is|are)\s+hiding)|what (?:your |the )?(?:doctors?|pharma|they|GP)\s+(?:won(?:'|’)t|will not|don(?:'|’)t|do not)\s+tell)\b/i;
/** A passage in quotation marks of two words or more: someone else's words, quoted (block-relative spans). */
const QUOTED = /"[^"\n]{3,300}?\s[^"\n]{1,300}?"|“[^”\n]{3,300}?\s[^”\n]{1,300}?”|«[^»\n]{3,300}?\s[^»\n]{1,300}?»/g;
function quotedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!/["“«]/.test(text)) return out;
  for (const m of allMatches(QUOTED, text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
/** "Patients should remember to take the tablets": instructions about third persons in general, not to a reader. */
/** "I take 20 mg of citalopram": the author's (or a named person's) own use, not an instruction. */
const FIRST_PERSON_BEFORE = /\b(?:I|we|he|she|they|mum|mom|dad|my \w+)\s+(?:also\s+|now\s+|still\s+|usually\s+|only\s+|normally\s+|just\s+)?$/i;
const THIRD_PERSON = /\b(?:patients?|people|they|the patient|children|adults|clients|users|carers|residents|students)\s+(?:should|must|need to|have to|can|may|will|are (?:told|asked|advised) to)\s+(?:\w+\s+){0,2}$/i;
const NEGATED = /\b(?:don't|do not|never|shouldn't|should not|must not|mustn't|not|no need to|avoid|without)\s+(?:\w+\s+){0,2}$/i;
/** "…, stop taking it and call your doctor": the advice hands over to a professional. */
const REFERRED = /\b(?:and|then)\s+(?:call|see|contact|talk to|speak to|ask|check with|ring)\s+(?:your|a|an|the)\s+(?:own\s+)?(?:doctor|GP|pharmacist|nurse|clinician|prescriber|dentist|midwife|health ?care (?:provider|team)|diabetes (?:nurse|team))\b/i;
const SAFETY_NET = /\b(?:without|before|unless|until|first)\b[^.!?\n]{0,60}\b(?:talk(?:ing)? to|speak(?:ing)? (?:to|with)|check(?:ing)? with|consult(?:ing)?|ask(?:ing)?)\b/i;

const MED_DRUG_G = new RegExp(String.raw`\b${MED_DRUG}\b`, "gi");
/** A medicine is named in `tail` (not just a word with a drug-like ending). */
function namesMedicine(tail: string): boolean {
  for (const m of allMatches(MED_DRUG_G, tail)) if (medicineEndOk(tail.slice(0, m.index + m[0].length))) return true;
  return false;
}
const MED_IN_BLOCK = new RegExp(String.raw`\b${MED}\b`, "i");
const DRUG_THEN_DOSE = PATTERNS.find((re) => re.source.includes("start on|go on"));
const TAKE_AMOUNT = new Set([PATTERNS.find((re) => re.source.includes("double the dose")), DRUG_THEN_DOSE]);
const TAPER = PATTERNS.find((re) => re.source.includes("no need to (?:taper"));
const REGIMEN = PATTERNS.find((re) => re.source.includes("stay off|keep off"));
/** A body part, injury or symptom: the regimen is for someone's own health, not their study timetable. */
const BODY = /\b(?:knee|ankle|foot|feet|heel|shin|calf|hamstring|hip|back|neck|shoulder|elbow|wrist|hand|finger|toe|leg|arm|joint|tendon|muscle|ligament|pain|painful|sore|ache|aching|swollen|swelling|sprain(?:ed)?|strain(?:ed)?|injury|injured|fracture|rash|fever|cough|wound|burn|blister|bruise|headache|migraine|PFPS|ITB|tendinitis|tendinopathy|bursitis|plantar|ice (?:it|the)|icing|elevat\w*|compression|crutches|heat packs?)\b/i;
const DOSE_AMOUNT = /\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg|ml|mL|units|IU)\b/;
const KEEP = PATTERNS.findIndex((re) => re.source.includes("keep taking"));
const CHANGE_IT = PATTERNS.find((re) => re.source.includes("a quarter"));
const PERSONAL_CASE = GUARDED.find((g) => g.guard.source.includes("situation"))!.re;
const BARE_DOSE = GUARDED.find((g) => g.guard.source.includes("bump it|push it"))!.re;
/** A yes/no question: "Did the GP tell her to take one tablet or two?" */
const ASKED = /^\W*(?:did|does|was|were|has|had)\s+(?:the|her|his|their|my|a|an|your)\s[^?]*\?\s*$/i;
const TOLD_TO = GUARDED.find((g) => g.guard.source.includes("told|advised|instructed"))!.re;
/** The author's own habit or past, not advice: "when I was on it I'd go up to 100 in winter". */
const OWN_PAST = /\b(?:when I was|I used to|back when|when I started|last (?:year|winter|time))\b/i;
/** Generic medicine words: a regimen told to someone must name the product itself ("Bonjela", "Steradent", "ibuprofen"). */
const GENERIC_MED = /\b(?:tablets?|pills?|meds|medications?|medicines?|dose|doses|dosage|capsules?|drops|patch(?:es)?|injections?|inhalers?|puffs?)\b/gi;
const PRODUCT_NAMED = /\b(?:some|a bit of|a little|a dab of|in|with)\s+[A-Z][a-z]{3,}/;
/** A clinic visit or supervised counselling: what the author told a patient there is care, not advice online. */
const CLINIC_SESSION = /\b(?:on the ward|in (?:the )?clinic|at the clinic|during (?:the |her |his |their )?(?:consult(?:ation)?|clinic|session|visit|round)|my (?:supervisor|preceptor|consultant|registrar|attending|lecturer|clinical instructor)|counsell?(?:ed|ing)|discharge|OSCE|station)\b/i;
/** Food, drink, exercise and sleep: what a plan for someone's own health is made of. */
const LIFESTYLE = /\b(?:rice|sugar|sugary|salt|carbs?|teh|tea|coffee|caffeine|alcohol|drinks?|diet|meals?|portions?|snacks?|fried|sweets?|exercise|walk\w*|run\w*|sleep|fluids?|protein|dairy|gluten|weight|calories|smoking|vape|vaping|cigarettes?)\b/i;
const COACH = ACADEMIC_COACHING.find((re) => re.source.includes("stopped you"));
/** An appeal or claim in the paragraph: coaching its grounds is academic advice. */
const APPEAL_CONTEXT = /\b(?:appeals?|panel|committee|EC|mitigating|special consideration|resits?|extension|deferral)\b/i;
const GO_BACK = PATTERNS.find((re) => re.source.includes("switch back (?:to|on)"));
const DECIDED_BEFORE = /\b(?:decided|agreed|planned|said|thought|figured|knew|hoped|promised|told (?:him|her|them|my \w+))\s+(?:that\s+)?$/i;
/** Teaching scenarios and role plays: an OSCE station or vignette is not advice to a reader. */
const SCENARIO = /\b(?:OSCE station|station \d+|scenario|role[- ]?play|vignette|simulated patient|standardi[sz]ed patient|the actor|case study|exam question|MCQ|SBA)\b/i;
/** "tell your mum to …", "get him to …": advice relayed to someone the reader cares for. */
const RELAY = /\b(?:tell|get|have|make|ask)\s+(?:your|ur|him|her|them)\b/i;
const IMPERATIVE_START = /^[\W\d]*(?:(?:just|so|then|simply|yes|yeah|ok|okay|honestly)\W+)*$/i;

/** Start of the last clause of `before` (after a colon, semicolon or dash: "Pro tip: take 3 ibuprofen"). */
function lastClauseStart(before: string): number {
  let at = 0;
  for (const m of allMatches(CLAUSE_BREAK, before)) at = m.index + m[0].length;
  return at;
}
const CLAUSE_BREAK = /[:;–—]\s*|\s-\s+/g;

function redirectionFor(pack: { redirection: { advice: string; crisis: string; academic?: string } }, sentence: string, academic: boolean): string {
  if (CRISIS.test(sentence)) return pack.redirection.crisis;
  if (academic && pack.redirection.academic) return pack.redirection.academic;
  return pack.redirection.advice;
}

export default defineRule({
  id: "advice.individual",
  title: "Specific advice about someone's own case",
  description:
    "Flags specific medical or health advice given to an individual, or to readers about their own case: changing a dose (\"double your metformin\"), taking a named amount of a drug, \"it'll work for you too\", offers to assess symptoms or photos privately (\"DM me your rash and I'll tell you if it's serious\"), and telling someone they don't need care. For IMU staff it also flags specific counselling, course and financial-aid advice to a student in public. Policies ask you to redirect people to an appropriate health care setting or department instead; the suggested fix replaces the sentence with the pack's redirection text (crisis wording when the sentence is about self-harm or overdose). General health education, advice about studying and reports of someone else's bad advice are not flagged.",
  severity: "warning",
  sources: ["umn-health-sciences:policy-4", "imu-staff:redirection", "imu-students:a.x"],
  fixes: [{ id: "redirect", kind: "suggestion", description: "Replace the sentence with the pack's redirection text (to a doctor or pharmacist, a crisis line, or the relevant department)." }],
  scope: "block",
  examples: [
    { bad: "With an HbA1c of 9.1 you should double your metformin to 1 g twice a day starting tonight.", good: "Metformin is the usual first-line medicine for type 2 diabetes; your own doctor can say whether your dose should change." },
    { bad: "Random rash? DM me your symptoms and a photo and I'll tell you whether you need to see a doctor.", good: "Random rash? Please see a doctor or pharmacist who can look at it properly." },
    { bad: "@Jason yes, drop Biostatistics and take it with the juniors next year.", good: "@Jason please ask the Faculty office about dropping a course; they can look at your record.", pack: "imu-staff" },
  ],
  check(ctx) {
    const block = ctx.block!;
    const text = block.text;
    const academicOn = Boolean(ctx.pack.redirection.academic);
    // consecutive sentences of advice in one reply are one finding (and one redirection)
    const found: { span: RelSpan; sent: string; academic: boolean; at: number }[] = [];
    const sentences = blockSentences(block);
    // the newer patterns are rare: one scan of the block decides whether any sentence needs them
    const relayHint = RELAY_HINT.test(text), offerHint = PLAN_OFFER_HINT.test(text);
    const guarded = GUARDED_ANY.test(text), academicNew = academicOn && ACADEMIC_ANY.test(text), coaching = academicOn && COACHING_HINT.test(text);
    const funding = academicOn && FUNDING_WORD.test(text) && FUNDING_HINT.test(text);
    // a quoted post reproduced to take it apart ("> … Pharma doesn't want you to know this") is not the author's advice
    if (block.inQuote && MISINFO.test(text)) return;
    const quoted = quotedSpans(text);
    const diagnosable = DIAGNOSIS_HINT.test(text) && ADDRESSED.test(text);
    const relativeAddressed = RELATIVE_ADDRESSED.test(text), deviceRegimen = DEVICE_REGIMEN.test(text), addressed = academicNew && ADDRESSED.test(text);
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si]!;
      const sent = text.slice(s.start, s.end);
      let hit: { index: number; academic: boolean } | undefined;
      const consider = (re: RegExp, academic: boolean) => {
        if (hit) return;
        for (const m of allMatches(re, sent)) {
          const before = sent.slice(0, m.index);
          if (REPORTED.test(before.slice(replyCut)) || NEGATED.test(before) || THIRD_PERSON.test(before) || !medicineEndOk(m[0])) continue;
          if (SAFETY_NET.test(sent) || REFERRED.test(sent)) continue;
          // "my psychiatrist and I decided I'd go back to 50 mg": a decision reported, not advice
          if (re === GO_BACK && DECIDED_BEFORE.test(before)) continue;
          // dosing patterns need a second person or an imperative at the start of the sentence
          if ((re === PATTERNS[KEEP] || re === CHANGE_IT) && !MED_IN_BLOCK.test(text) && !DOSE_AMOUNT.test(sent)) continue;
          if (TAKE_AMOUNT.has(re) && FIRST_PERSON_BEFORE.test(before)) continue;
          // "Did the GP tell her to take one tablet or two?": a question about what someone was told
          if ((TAKE_AMOUNT.has(re) || re === RELAY_DOSE) && ASKED.test(sent)) continue;
          // "no taper needed", "take ibuprofen 400 mg": only when someone is addressed (a drug chart or a protocol says the same)
          if ((re === TAPER || re === DRUG_THEN_DOSE) && !/\b(?:you|your|ur|u)\b/i.test(sent)) continue;
          if (re === REGIMEN && !BODY.test(text)) continue;
          if (re === COACH && !APPEAL_CONTEXT.test(text)) continue;
          if (re === PERSONAL_CASE && !MED_IN_BLOCK.test(sent) && !LIFESTYLE.test(sent)) continue;
          if (re === BARE_DOSE && (!MED_IN_BLOCK.test(text) || OWN_PAST.test(sent))) continue;
          if (re === TOLD_TO && ((!namesMedicine(sent.replace(GENERIC_MED, " ")) && !PRODUCT_NAMED.test(sent.slice(m.index))) || CLINIC_SESSION.test(text))) continue;
          if (TAKE_AMOUNT.has(re) && !/\b(?:you|your|ur|u)\b/i.test(sent) && !RELAY.test(before) && !IMPERATIVE_START.test(before.slice(lastClauseStart(before)))) continue;
          hit = { index: m.index, academic };
          return;
        }
      };
      if (SCENARIO.test(sent)) continue;
      // "Replying to @x who asked whether she should quit: you should …": the lead-in reports the question, the answer is the author's
      const replyCut = REPLY_LEAD.exec(sent)?.[0].length ?? 0;
      let medicine: boolean | undefined;
      for (let k = 0; k < PATTERNS.length && !hit; k++) {
        const hint = PATTERN_HINTS[k]!;
        if (hint.cue.test(sent) && (!hint.medicine || (medicine ??= MED_IN_BLOCK.test(sent)))) consider(PATTERNS[k]!, false);
      }
      if (!hit && guarded) for (const g of GUARDED) if (!hit && g.guard.test(sent)) consider(g.re, false);
      if (!hit && relayHint && RELAY_HINT.test(sent)) consider(RELAY_DOSE, false);
      if (!hit && offerHint && PLAN_OFFER_HINT.test(sent)) consider(PLAN_OFFER, false);
      if (!hit && relativeAddressed && THIRD_HINT.test(sent)) consider(THIRD_PLAN, false);
      if (!hit && deviceRegimen && DEVICE_HINT.test(sent)) consider(DEVICE, false);
      if (!hit && diagnosable && DIAGNOSIS_HINT.test(sent) && !SEE_SOMEONE.test(sent)) {
        for (const m of allMatches(DIAGNOSIS, sent)) {
          const before = sent.slice(0, m.index);
          if (REPORTED.test(before.slice(replyCut)) || NEGATED.test(before) || GENERAL_CONDITION.test(before)) continue;
          hit = { index: m.index, academic: false };
          break;
        }
      }
      // crisis: self-harm or an overdose met with "sleep it off", "you'll be fine"
      if (!hit && CRISIS.test(sent) && !CRISIS_REFERRAL.test(sent)) {
        const m = CRISIS_ADVICE.exec(sent);
        if (m && !REPORTED.test(sent.slice(0, m.index))) hit = { index: m.index, academic: false };
      }
      // imperatives without "you": "For her weight just give 300 mg twice a day", "skip the appeal form"
      const guard = (i: number) => {
        const before = sent.slice(0, i);
        return !REPORTED.test(before.slice(replyCut)) && !NEGATED.test(before) && !THIRD_PERSON.test(before) && !FIRST_PERSON_BEFORE.test(before) && !SAFETY_NET.test(sent) && !REFERRED.test(sent);
      };
      if (!hit) {
        // a table cell documents a recommendation already made ("hold the statin until the course finishes")
        const i = block.kind === "tableCell" ? -1 : imperativeMedicalAdvice(sent, text, namesMedicine, found.length > 0);
        if (i >= 0 && guard(i) && !ASKED.test(sent)) hit = { index: i, academic: false };
      }
      // the student's own question quoted in the thread ("Should I appeal or just repeat the semester?") is not advice
      const asking = academicOn && ASKER_QUESTION.test(sent);
      if (academicOn && !asking) for (const re of ACADEMIC) consider(re, true);
      if (academicOn && !asking && !hit && coaching && COACHING_HINT.test(sent)) for (const re of ACADEMIC_COACHING) consider(re, true);
      if (academicOn && !asking && !hit && funding) consider(FUNDING_PLAN, true);
      if (academicOn && !hit && addressed && ACADEMIC_ANY.test(sent)) for (let k = 0; k < ACADEMIC_ADDRESSED.length && !hit; k++) if (ACADEMIC_HINTS[k]!.test(sent)) consider(ACADEMIC_ADDRESSED[k]!, true);
      if (!hit && academicOn && !asking) {
        const i = imperativeAcademicAdvice(sent);
        if (i >= 0 && guard(i)) hit = { index: i, academic: true };
      }
      if (!hit) continue;
      // "**\"Stop it for 30 days.\"** This is individual medical advice …": a quotation being discussed
      if (quoted.length) {
        const at = s.start + hit.index;
        if (quoted.some(([a, b]) => at > a && at < b)) continue;
      }
      const prev = found[found.length - 1];
      if (prev && prev.at === si - 1) {
        prev.span = { start: prev.span.start, end: s.end };
        prev.sent += " " + sent;
        prev.academic &&= hit.academic;
        prev.at = si;
      } else found.push({ span: s, sent, academic: hit.academic, at: si });
    }
    for (const { span, sent, academic } of found) {
      const redirect = redirectionFor(ctx.pack, sent, academic);
      ctx.report({
        start: block.start + span.start,
        end: block.start + span.end,
        message: academic
          ? "This gives a student specific academic, counselling or financial-aid advice in public; point them to the relevant department instead."
          : CRISIS.test(sent)
            ? "This gives specific advice about someone's own situation involving self-harm or overdose; point them to a crisis line or emergency care instead."
            : "This gives specific advice about someone's own health; redirect them to a doctor, pharmacist or another appropriate care setting instead.",
        fixes: [{ id: "redirect", title: "Replace with a redirection", edits: [{ start: block.start + span.start, end: block.start + span.end, insert: redirect }] }],
      });
    }
  },
});
