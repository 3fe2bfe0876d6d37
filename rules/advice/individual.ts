/**
 * advice.individual: specific advice to an individual, or to readers about their own case
 * ("you should stop your metformin", "double your dose", "DM me your symptoms and I'll tell you
 * if it's serious"); in packs with an academic redirection (imu-staff) also specific counselling,
 * course and financial-aid advice to a student. General health education, advice about studying,
 * redirections to a professional and reports of someone else's bad advice are not flagged.
 * Fix (suggestion only): replace the sentence with the pack's redirection text.
 */
import { defineRule } from "../../shared/src/rule.js";
import { blockSentences, type RelSpan, execAll } from "../conduct/match.js";

const MED = String.raw`(?:vaccines?|vaccinations?|boosters?|jabs?|flu shot|dose|doses|dosage|dosing|meds|medication|medications|medicine|medicines|pills?|tablets?|capsules?|puffs?|inhalers?|insulin|antibiotics?|antidepressants?|steroids?|prednisolone|prednisone|metformin|warfarin|statins?|blood thinners?|(?:BP|blood pressure|thyroid|diabetes|heart|seizure|epilepsy) (?:meds|tablets|pills|medication|medicine)|thyroxine|levothyroxine|sertraline|fluoxetine|SSRIs?|birth control|the pill|contraceptives?|painkillers?|ibuprofen|paracetamol|acetaminophen|aspirin|codeine|tramadol|melatonin|antihistamines?|chemo|chemotherapy|injections?|patch|patches|drops|[A-Z][a-z]+(?:cort|ide|ine|in|ol|pril|artan|statin|mab|zole|cillin|mycin|pam|lam|one|ate|lin|ex|ix|ax)|[a-z]{3,}(?:formin|pril|sartan|statin|olol|azole|cillin|mycin|oxacin|azepam|azolam|prazole|dipine|gliptin|flozin|glutide|tidine|triptan|sone|lone|pine|xetine|pramine|barbital|profen|fenac|trigine|azine|piride|etine|iram|afil|parin|xaban|gatran|semide|thiazide|cycline|vir|mab|nib|thyroxine|lithium|valproate|alol|oprazole|zepam|pam|idone|apine|amide))`;
const DOSE_VERB = String.raw`(?:double|triple|halve|increase|decrease|up|lower|raise|cut|cut down|cut back on|reduce|stop|stop taking|quit|skip|come off|get off|go off|taper|taper off|wean off|switch|swap|change|adjust|bump up|go up on|start|start taking|add|top up|ditch|drop)`;

const PATTERNS: RegExp[] = [
  // "double your Symbicort puffs", "you should stop your metformin"
  new RegExp(String.raw`\b${DOSE_VERB}\s+(?:taking\s+|using\s+)?(?:your|ur)\s+(?:[A-Za-z\u00C0-\u024F\d.-]+\s+){0,2}?${MED}\b`, "g"),
  // "and stop the propranolol your GP gave you": an imperative about a named medicine
  new RegExp(String.raw`(?:^|[.!?:;]\s+|,\s+|\b(?:and|just|then|so|also|you should|you can|you could|you need to|I'd|I would)\s+)(?:just\s+)?${DOSE_VERB}\s+(?:taking\s+)?(?:the|that|those|these|this)\s+(?:[A-Za-z0-9.-]+\s+){0,2}?${MED}\b`, "gi"),
  // "give him omeprazole", "give your dad two paracetamol"
  new RegExp(String.raw`\b(?:give|giving|try giving)\s+(?:him|her|them|your (?:dad|mum|mom|mother|father|son|daughter|baby|kid|kids|child|husband|wife|partner|grandma|grandpa|gran|nan|toddler))\s+(?:some\s+|a\s+|an\s+|two\s+|a couple of\s+)?(?:\d+(?:\.\d+)?\s?(?:mg|g|ml|mL)\s+(?:of\s+)?)?${MED}\b`, "gi"),
  // "take 800 mg of ibuprofen", "have two of the tablets", "take double the dose"
  new RegExp(String.raw`\b(?:take|taking|have|use|pop|try|up it to|go up to|increase (?:it|that) to|double (?:it|that) to)\s+(?:\d+(?:\.\d+)?\s?(?:mg|g|mcg|µg|ml|mL|units?|IU|tablets?|pills?|puffs?|capsules?|caps|tabs?|drops?|sprays?)\b|(?:two|three|four|a couple|double|twice|extra|an extra)\s+(?:of\s+(?:the|those|these|my)\s+)?(?:\d+(?:\.\d+)?\s?(?:mg|g|mcg)\s+)?${MED}|double the dose)`, "gi"),
  // "you can keep taking it" (the medicine is named elsewhere in the paragraph)
  /\byou (?:can|should|could|need to|must|'d better|’d better)\s+(?:just\s+|safely\s+)?(?:keep taking|keep using|continue taking|continue using|carry on taking|stop taking|stop using|double|halve|skip|take more of|take less of)\s+(?:it|them|those|these|that)\b/gi,
  // "they'll work for you too" about a medicine
  /\b(?:they|it|this|these|that|those)(?:'ll|’ll| will| would| should) (?:work|do the trick|sort you out|fix (?:it|you)|help) for you\b|\b(?:will|'ll|’ll) (?:work|do the trick) for you (?:too|as well)\b/gi,
  // "DM me your symptoms", "send me a photo of your rash"
  /\b(?:DM|PM|message|inbox|text|e-?mail|send|whatsapp|dm)\s+me\s+(?:(?:your|ur|a|some)\s+)?(?:(?:photo|photos|pic|pics|picture|pictures|video|screenshot)\s+of\s+(?:your|ur|the)\s+)?(?:symptoms|rash|results|blood results|bloods|labs|lab results|scans?|x-?rays?|MRI|mole|lump|bump|wound|meds|medication list|prescriptions?|ECG|EKG|test results|HbA1c|sugar readings|glucose readings|readings|(?:photo|photos|pic|pics|picture|pictures)\s+of\s+(?:your|ur|the)\s+[A-Za-z\u00C0-\u024F]+)\b/gi,
  /\b(?:(?:DM|PM|message|inbox|text|e-?mail|whatsapp)\s+me|(?:drop|send|shoot)\s+me\s+an?\s+(?:DM|PM|message|text|line|email))\b[^.!?\n]{0,80}\b(?:I(?:'ll|’ll| will| can)) (?:tell you|let you know|diagnose|check|have a look|take a look|look at (?:it|them)|advise|sort you out|say|interpret|read)\b/gi,
  /\b(?:drop|send|shoot)\s+me\s+an?\s+(?:DM|PM|message|text|line|email)\s+with\s+(?:your|ur)\s+(?:symptoms|rash|results|blood results|bloods|labs|scans?|meds|medication list|readings|photos?|pics?)\b/gi,
  // discouraging care: "no need for an X-ray", "no need to see a doctor"
  /\bskip (?:the|your) (?:GP|doctor|clinic|A&E|ER|ED|appointment|follow-up)\b/gi,
  /\bno need (?:for (?:an? )?(?:x-?ray|scan|doctor|GP|appointment|antibiotics|stitches|A&E|ER|ED)|to (?:see|go to|waste time at|bother) (?:a |the |your )?(?:doctor|GP|clinic|hospital|A&E|ER|ED|pharmacist|dentist))\b/gi,
  /\byou (?:don't|do not|won't) need (?:to see )?(?:a doctor|a GP|an? x-?ray|a scan|antibiotics|stitches|to go to (?:the )?(?:hospital|clinic|A&E|ER|ED)|(?:the|a|your|that) (?:vaccine|jab|booster|flu shot|shot|scan|biopsy|colonoscopy|mammogram|smear))\b/gi,
];

/** Academic, counselling and financial-aid advice (packs with `redirection.academic`). */
const ACADEMIC: RegExp[] = [
  /\b(?:you should|you need to|you'd better|you must|I'd|I would|just|definitely|yes,?|yeah,?|so)\s+(?:just\s+)?(?:defer|drop|withdraw from|withdraw|resit|retake|repeat|appeal|switch to|switch|transfer to|transfer|change (?:your )?(?:major|programme|program)|take (?:a|the) (?:gap|leave|break)|apply for (?:the\s+)?(?:hardship|scholarship|financial aid|bursary|loan|fund|fee waiver|PTPTN)|skip)\b/gi,
  /(?:^|[.!?:;]\s+|,\s+)(?:defer|drop|withdraw from|resit|retake)\s+(?:the\s+|this\s+|your\s+)?(?:semester|year|module|course|subject|class|paper|exam|OSCE|[A-Z][A-Za-z\u00C0-\u024F]+)/g,
  /\bwith your (?:family income|income|CGPA|GPA|grades|results|marks|background)\b[^.!?\n]{0,40}\byou (?:definitely |will |should |would |easily |surely )*(?:qualify|get in|get it|be eligible|pass|be fine)\b/gi,
];

const CRISIS = /\b(?:suicid\w*|self[- ]harm\w*|kill(?:ing)? (?:myself|yourself|themselves)|end (?:it all|my life|your life)|overdos\w*|OD(?:'d|ed)?|cutting (?:myself|yourself))\b/i;
/** Reported advice ("a video claiming that you can stop your medication") is not the author's. */
const REPORTED = /\b(?:(?:asked|told|wanted|instructed) (?:me|us|him|her) to|we were (?:told|asked) to|claim(?:s|ed|ing)?|saying|says|said|told (?:me|him|her|them|us|people|patients)|forward(?:s|ed|ing)?|video|rumou?rs?|myths?|misinformation|hoax|fake news|influencers?|seller|sellers|someone|somebody|people (?:who|are) (?:say|saying|telling)|the idea that|the advice to|advice like|advice that)\b/i;
const NEGATED = /\b(?:don't|do not|never|shouldn't|should not|must not|mustn't|not|no need to|avoid|without)\s+(?:\w+\s+){0,2}$/i;
/** "…, stop taking it and call your doctor": the advice hands over to a professional. */
const REFERRED = /\b(?:and|then)\s+(?:call|see|contact|talk to|speak to|ask|check with|ring)\s+(?:your|a|an|the)\s+(?:own\s+)?(?:doctor|GP|pharmacist|nurse|clinician|prescriber|dentist|midwife|health ?care (?:provider|team)|diabetes (?:nurse|team))\b/i;
const SAFETY_NET = /\b(?:without|before|unless|until|first)\b[^.!?\n]{0,60}\b(?:talk(?:ing)? to|speak(?:ing)? (?:to|with)|check(?:ing)? with|consult(?:ing)?|ask(?:ing)?)\b/i;

const MED_IN_BLOCK = new RegExp(String.raw`\b${MED}\b`, "i");
const TAKE_AMOUNT = PATTERNS.findIndex((re) => re.source.includes("double the dose"));
const KEEP = PATTERNS.findIndex((re) => re.source.includes("keep taking"));
const IMPERATIVE_START = /^[\W\d]*(?:(?:just|so|then|simply|yes|yeah|ok|okay|honestly)\W+)*$/i;

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
    for (const s of blockSentences(block)) {
      const sent = text.slice(s.start, s.end);
      let hit: { index: number; academic: boolean } | undefined;
      const consider = (re: RegExp, academic: boolean) => {
        if (hit) return;
        for (const m of execAll(re, sent)) {
          const before = sent.slice(0, m.index);
          if (REPORTED.test(before) || NEGATED.test(before)) continue;
          if (SAFETY_NET.test(sent) || REFERRED.test(sent)) continue;
          // dosing patterns need a second person or an imperative at the start of the sentence
          if (re === PATTERNS[KEEP] && !MED_IN_BLOCK.test(text)) continue;
          if (re === PATTERNS[TAKE_AMOUNT] && !/\b(?:you|your|ur|u)\b/i.test(sent) && !IMPERATIVE_START.test(before)) continue;
          hit = { index: m.index, academic };
          return;
        }
      };
      for (const re of PATTERNS) consider(re, false);
      if (academicOn) for (const re of ACADEMIC) consider(re, true);
      if (!hit) continue;
      const span: RelSpan = s;
      const redirect = redirectionFor(ctx.pack, sent, hit.academic);
      ctx.report({
        start: block.start + span.start,
        end: block.start + span.end,
        message: hit.academic
          ? "This gives a student specific academic, counselling or financial-aid advice in public; point them to the relevant department instead."
          : CRISIS.test(sent)
            ? "This gives specific advice about someone's own situation involving self-harm or overdose; point them to a crisis line or emergency care instead."
            : "This gives specific advice about someone's own health; redirect them to a doctor, pharmacist or another appropriate care setting instead.",
        fixes: [{ id: "redirect", title: "Replace with a redirection", edits: [{ start: block.start + span.start, end: block.start + span.end, insert: redirect }] }],
      });
    }
  },
});
