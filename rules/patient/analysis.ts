/**
 * The per-block half of the patient analysis shared by the patient rules: a block's sentences
 * (patient story, the author's own care, hypotheticals...) and its identifier candidates, cached
 * by block text so a keystroke analyses only the edited block. Whether a detail identifies a
 * patient also depends on context that crosses blocks (a quote and its citation line, a story
 * that goes on into the next paragraph, a name repeated later): that is ./document-pass.ts.
 */
import type { Block, DocumentModel } from "../../shared/src/document.js";
import type { Pack } from "../../shared/src/pack.js";
import {
  TITLE_NAME, TITLE_PREFIX, NOT_NAMES, CUE_NAME, NAME_BEFORE_AGE, INITIALS, NOT_INITIALS, COLLEAGUE_NEAR, FAMOUS_RE,
  SHAPES, DEVICE_LABEL, DEVICE_NEAR, CONTACT_LABEL, PLACE_CUE, PLACE_CUE_FR, PLACE_TRAVEL_FR, PLACE_FACILITY, PLACE_GENERAL, PLACE_POSS, HOSPITAL_SHORT, TELEGRAPH, NOT_PLACES, FIRST_PERSON, THIRD_PERSON, ADDRESS, HOSPITAL, HOSPITAL_LEAD_STOP, TOWN_CUE, NOT_TOWNS,
  MY_ROLE, AGE_AFTER_NAME, AGE_AFTER_NOUN, AGE_PRONOUN, AGE_AT, ONE_OF_MY, CONSENT_SHOW, CROWD, OWN_DEVICE, FR_SETTING, FR_CASE, FR_CLINICAL, DISSECT_POSS, SHOW, META, QUOTED, FAMILY_TOPIC, CLINICAL, FR_NARRATIVE, FR_TELEGRAPH, FR_TIME,
  CARE_MONTH, STREET_NAMED, UNIT_AFTER_PERSON, FAMILY_PLURAL, FAMILY_SUBJECT, CONTACT_REFERENT, RELATIVE_NAMED, PLACE_ADJ_PERSON, PLACEMENT_TOWN, SIM_BLOCK, SIM_SENTENCE, NOT_OURS, SOCIAL_CONTACT,
  REFERENT, STRONG_REF, TITLE_BEFORE, GENERIC, IMPERATIVE_START, TIME, SETTING, ACTION, CASE, CASEFIND, PRONOUN3, OWN, CITATION, CITATION_LINE, VIGNETTE, TELEGRAPH_VERB, ETHNIC, FOLLOW_UP, SESSION_REF, PLACE_EVENT, PLACE_EVENT_HINT,
  IS_AGE, NAME_BEFORE_IS, VALUE_WORD, AGE_WHO, SHARE_OK, CLOCK_STAMP, CARE_HOME_TOWN, FAMILY_PLACE, QUOTED_NAME, QUOTED_NAME_BEFORE, TOWN_ANSWER, WHERE_ASKED, TOWN_POSTING, NOT_POSTING_TOWN, PUBLISHED_LATER, HEADING_MONTH,
  FR_ACTION, VISIT_NAME, VERB_NAME, VERB_LITTLE_NAME, OPERATIVE_STEP, CHAIR_PERSON, OCCUPATION_FROM, RELATIVE_CARRIED, SUBJECT_CASE, NAME_BEFORE_CASE, NAME_PAREN, NAME_IS_AGED, FICTION, FICTION_HEADING, FICTION_NOT, VERB_NAME_LOOSE, NOT_PERSON_PART, FAMILY_NAME, COLLEAGUE_TOPIC, OTHER_GENERIC, PRESENT_CASE, NAME_WORD, NAME_JOIN,
} from "./lexicon.js";
import { allMatches } from "../../shared/src/text.js";


export type IdKind = "name" | "age" | "date" | "phone" | "email" | "id" | "device" | "location" | "hospital" | "address" | "town" | "url";

export interface Candidate {
  kind: IdKind;
  /** Offsets relative to the block start (in the block cache) or absolute (in the document analysis). */
  start: number;
  end: number;
  /** Start of a label that belongs with the value ("MRN" in "MRN 0049-2217"), when any. */
  labelStart?: number;
  /** Counts without a narrative around it (an MRN, a hospital number). */
  intrinsic?: boolean;
  /** Name entity key (lower-case tokens) for consistent replacement. */
  entity?: string;
  /** Age in years (fractions for months/weeks/days), for generalisation. */
  age?: number;
  sex?: "M" | "F";
  /** Whether the surrounding text is likely the author's own (contact, address, own id). */
  own?: boolean;
  /** Index of the sentence in the block. */
  sentence: number;
  /** A bare number given as an age ("Mr. Delgado, 67,", "She was 82"): not a referent by itself. */
  bare?: boolean;
  /** The pack's name for a local identifier format ("NHS number"). */
  idName?: string;
  /** A town named as part of a local facility ("the Maple Grove nursing home"). */
  facility?: boolean;
}

export interface SentenceInfo {
  start: number;
  end: number;
  narrative: boolean;
  own: boolean;
  pronoun: boolean;
  strong: number;
  /** Narrative only if the surrounding text is clinical (a plain "a man" with a time cue). */
  weak?: boolean;
  /** The only referent is a pronoun ("She was admitted last month"): may be family news. */
  pronounOnly?: boolean;
}

export interface BlockAnalysis {
  candidates: Candidate[];
  sentences: SentenceInfo[];
  citationLine: boolean;
  cited: boolean;
  vignette: boolean;
  famous: boolean;
  /** The block uses clinical vocabulary. */
  clinical: boolean;
  /** A family member is the topic at the end of the block ("My grandmother, 91, …"). */
  family: boolean;
  /** A published case the author says is not their own ("a published case, not one of ours"). */
  notOurs: boolean;
  /**
   * The block says the text is fiction ("Every character, place and event is invented; none of it is based on
   * a patient"): the document tells of no real patient (read by the document pass).
   */
  fiction: boolean;
}

const blockCache = new Map<string, BlockAnalysis>();
export const BLOCK_CACHE_LIMIT = 20000;

export const OWN_BEFORE = /\b(?:my|mine|myself)\b[^.!?]{0,12}$|\b(?:I|I'm|I’m)\s+(?:\w+\s+){0,2}$|\b(?:my|our)\s+(?:own\s+)?(?:\w+\s+)?(?:IC|NRIC|passport|licen[cs]e|number|phone|mobile|cell|e-?mail|address|house|home|flat|room|place|birthday|date of birth|DOB)\b[^.!?]{0,20}$|\b(?:reach|call|text|WhatsApp|email|e-mail|contact|message|DM)\s+(?:me|us)\b[^.!?]{0,25}$|\b(?:I live|living at|I stay|I'm at|I am at|moved to|workshop|event)\b[^.!?]{0,30}$/i;
/** A royal, a politician or another dignitary on a visit ("Prince William came into our hospital"): no patient by this cue. */
const DIGNITARY = /^(?:Prince|Princess|Queen|King|Duke|Duchess|Sultan|Sultanah|Tunku|Tengku|Raja|Minister|Senator|Governor|Mayor|President|Premier|Chancellor|Bishop|Father|Pope|Sir|Dame|Lord|Lady|Tan Sri|Datuk|Dato|Tun)\b/;
/** A relative as the subject right before a care verb ("his wife had died in March", "her husband passed away in June"). */
const RELATIVE_DIED = /\b(?:his|her|their)\s+(?:late\s+|own\s+)?(?:wife|husband|partner|spouse|son|daughter|mother|father|mum|mom|dad|brother|sister|friend|dog|cat)\s+(?:had\s+|has\s+|just\s+|recently\s+)?$/i;
/** A group of patients right before a ward ("the bed-blockers on Ward 3", "all our outliers on Ward 7B"). */
const GROUP_BEFORE_WARD = /\b(?:the|all\s+the|all\s+our|our|those|these)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:patients|bed-?blockers|inpatients|outliers|boarders|admissions|frequent\s+flyers|oldies|elderly|people|residents)\s+(?:on|in|at|from)\s+$/iu;
/** An endearment before a capitalised word (guards VERB_LITTLE_NAME). */
const LITTLE_HINT = /\b(?:little|wee|tiny|baby|brave|sweet|poor|petite?|bébé)\s+\p{Lu}/u;
/** A child's care words that CLINICAL lacks ("for the cleft team's records", "at his six-month review"). */
const CHILD_CARE = /\b(?:cleft|records?|review|team|repair|birth|born|newborn|NICU|check-?up|vaccin\w*|jabs?|weigh-?in)\b/i;
/** Guards OPERATIVE_STEP. */
const STEP_HINT = /pendant|alors|lorsqu|quand|while|as|when/i;
/** Rare words: chairs and recliners, a care event after a name, fiction notes (one scan per block). */
const RARE_TRIGGERS = /chair|recliner|fauteuil|came\s+(?:back\s+)?in|was\s+(?:admitted|brought|rushed|wheeled|referred|transferred)|presented\s+to|walked\s+into|fict|invent|made[- ]up|imaginary|hypothetical|ress?emblance|personnages|correspond|any real|are real|were real/i;
/** "Jenny (she's a …)": a bracketed description of a person (guards NAME_PAREN). */
const NAME_PAREN_HINT = /\((?:s?he)['’\s]/;
/** "our family medicine clinic": the family is no subject. */
const FAMILY_NOT_SUBJECT = /^\s*(?:medicine|practice|physician|doctor|GP|health|clinic|planning|therapy|court|services?)\b/i;
/** The words of a fiction note (FICTION, FICTION_HEADING): one scan before the per-sentence test. */
const FICTION_HINT = /fict|invent|made[- ]up|imaginary|hypothetical|ress?emblance|personnages|correspond|any real|are real|were real/i;
/** A spatial word before a capitalised name, or a French road word: STREET_NAMED may match. */
const STREET_HINT = /\b(?:on|along|off|at|near|down|up|in|di|sur|rue|du|au|la|le)\s+(?:\p{Lu}|(?:rue|avenue|boulevard|chemin|rang|route|montée|côte|impasse|allée|promenade)\s)/u;
/**
 * An identity number given for the author's own sign-up or form ("IC for the hiking club sign-up sheet: …",
 * "NRIC for the staff lucky draw: …"): the author's own id (privacy.personal), unless a patient is named before it.
 */
const OWN_ID_PURPOSE = /\b(?:IC|NRIC|MyKad|I\/C|passport|ID|SSN|SIN)(?:\s+(?:no\.?|number|#))?\s+(?:for|on)\s+(?:the|my|our|a|an|this|that)\s+[^.!?:\n]{0,40}?(?:sign[- ]?ups?|registration|forms?|applications?|bookings?|membership|entry|entries|draw|club|society|contest|competition|giveaway|event|trip|race|run|insurance|claim|visa|tickets?)\b[^.!?:\n]{0,20}:?\s*\(?\s*$/i;
/** "here's mine so you know I'm legit: …", "Mine is …", "my IC: …": the author's own number. */
const OWN_ID_MINE = /\b(?:here(?:['’]s|\s+is)\s+mine|this\s+is\s+mine|mine(?:['’]s|\s+is)|my\s+(?:own\s+)?(?:IC|NRIC|MyKad|I\/C|passport|ID|SSN|SIN)(?:\s+(?:no\.?|number|#))?)\b[^.!?\n]{0,40}$/i;
/** Cheap guards for rarer cues (plain words, tested before the full patterns). */
const SAID = /\b(?:said|says|told me)\b/;
// guards are regexes, not String#includes: on the sliced strings of a large document, a chain of includes() calls costs more than one scan
/**
 * One scan for the rarer cues of batch 7 (a plural possessive, a quoted capitalised word, a placement or
 * long-term-care word, a town given as an answer): most blocks have none and skip them all.
 */
const RARE7 = /s['’]|["“]\p{Lu}|posting|placement|rotation|attachment|elective|clerkship|CHSLD|USLD|RPA|hébergement|longue durée|aînés|âgées|retraite|palliatifs|intermédiaire|ome (?:in|at|near|outside) |ong-term care|ssisted[- ]living|,\s+(?:she|he)\s+(?:say|said|tell|told|answer|repl|whisper)/u;
/** One scan for the words of a placement or of a long-term-care home (TOWN_POSTING, CARE_HOME_TOWN). */
const POSTING_OR_HOME = /posting|placement|rotation|attachment|elective|clerkship|CHSLD|USLD|RPA|hébergement|longue durée|aînés|âgées|retraite|palliatifs|intermédiaire|ome (?:in|at|near|outside) |ong-term care|ssisted[- ]living/;
const POSTING_HINT = /posting|placement|rotation|attachment|elective|clerkship/;
const TOWN_ANSWER_HINT = /,\s+(?:she|he)\s+(?:say|said|tell|told|answer|repl|whisper)/;
/** "is 41", "was 93": a number after "is"/"was" (guards IS_AGE and AGE_WHO). */
const IS_NUM = /\b(?:is|was|turned|turns)\s+(?:only\s+|just\s+|nearly\s+|almost\s+|barely\s+)?\d/;
const OTHER_PERSON_BEFORE = /\b(?:his|her|their|patient|client|donor|mr|mrs|ms|puan|encik|pakcik|makcik)\b/i;
const PUBLICATION_BEFORE = /\b(?:published|posted|updated|accessed|retrieved|released|dated|issued|exam|workshop|deadline|conference|webinar|due)\b[^.!?]{0,30}$/i;
const CARE_WORDS = /\b(?:admitted|admission|discharged?|discharge|surgery|operat\w*|seen|saw|visit\w*|came in|presented|brought in|born|birth|died|death|passed|diagnos\w*|biopsy|scan\w*|appointment|follow-up|delivered|transferred|arrived|intubated|extubated|coded|procedure|clinic|ward|referr\w*)\b/i;
const FAMILY_MY = /^\s*(?:my|our)\s+(?:(?!patient|client|donor)[\w-]+\s+){0,2}(?:mum|mom|mother|father|dad|grand\w*|uncle|auntie|aunty|sister|brother|son|daughter|wife|husband|partner|dog|cat|puppy|kitten|horse|mare|gelding|pony|retriever|labrador|terrier|spaniel|collie|shepherd|poodle|beagle|bulldog|dachshund|husky|boxer|greyhound|pug|chihuahua|tabby|friend|girl|boy|kid|child|baby|man|woman|guy)\b/i;

/** "Middle-Eastern", "Franco-Ontarian": an adjective of origin, not a town. */
const DEMONYM = /(?:^|-)(?:Middle|Far|Near|Latin|Anglo|Afro|Franco|Indo|Sino|Euro|Native|Non|Pro|Anti|Ex|Self|Well|Working|Upper|Lower|Mixed|First)(?:-|$)|(?:ern|ican|ian|ese|ish)$/;
/** A capitalised word in alt text (a patient's name token to look up). */
export const ALT_WORD = /(?<![\p{L}'’])\p{Lu}[\p{Ll}'’-]{2,}?(?=(?:['’]s)?(?![\p{L}'’-]))/gu;
/** A real patient named next to a simulation ("after the sim I saw a real patient"). */
const REAL_PATIENT = /\breal (?:patients?|person|people|life|one)\b/i;
/** "âgée de 84 ans", "une patiente de 92 ans": "de" before an age, not a duration. */
const OURS = /^\W*(?:ours|mine)\s+(?:did|had|has|was|is|does|too|also|definitely|actually|just)\b/i;
/** ", in Laval", " à Terrebonne", " outside Brandon" right after a facility's name (the town is group 1). */
const TOWN_AFTER_FACILITY = /^,?\s+(?:in|at|near|outside|à|en)\s+(\p{Lu}[\p{Ll}'’]+(?:(?:-(?:(?:du|de|des|la|le|les|sur|en|on|upon)-)?|\s+)\p{Lu}[\p{Ll}'’]+){0,2})(?![\p{L}])/u;
const ROLE_WORD = /\b(?:cadaver|donor|body|patient|participant|client|subject|dog|cat|horse)s?\b/i;
const FR_AGE_DE = /(?:âgée?s?|patiente?|homme|femme|dame|monsieur|enfant|garçon|fille|bébé|nourrisson|fillette|garçonnet|adolescente?|aînée?|vieillard|personne|madame|mme|m\.|mlle|un|une)\s+de\s*$/iu;

/** A capitalised word after a spatial cue that is no town: a state or country, a month, a department, a pronoun. */
function notPlace(place: string): boolean {
  const first = place.split(/[\s-]+/)[0]!;
  return /^(?:Lot|No|Unit|Apt|Block|Blok|Flat|House)$/.test(place) || NOT_TOWNS.has(place) || NOT_TOWNS.has(first) || NOT_NAMES.has(first) || NOT_PLACES.has(place) || NOT_PLACES.has(first);
}

/**
 * Whether the author is the subject of the clause holding a place ("I flew to Seattle", "I grew up in
 * Millbrook", "Back home in Ipoh, my family …"): the last person word before the cue decides, or the
 * first one after the place when there is none before.
 */
/** "Little Aisyah (4)", "Sweet Mr. Lee": an endearment before a name. */
const NAME_ADJ = /^(?:Little|Wee|Tiny|Young|Old|Sweet|Dear|Poor|Brave|Lovely|Cheeky|Big)\s+(?=\p{Lu})/u;
const NEAR_ME = /\b(?:from|near|beside|than|as|next door to|close to|opposite)\s+$/i;
const REL_CLAUSE_BEFORE = /\b(?:patient|man|woman|lady|gentleman|guy|boy|girl|kid|child|baby|toddler|teen|teenager|donor|cadaver|participant|client|one|family|dog|cat|horse|mare|farmer|logger|miner|retiree)s?\s+(?:(?:that|who|whom)\s+)?$/i;
export function ownClause(text: string, at: number, sStart: number, sEnd: number, placeEnd = at, nameAt = -1): boolean {
  const before = text.slice(sStart, at);
  let lastFirst = -1, lastThird = nameAt;
  for (const m of allMatches(FIRST_PERSON, before)) {
    // "the woman I clerked …": the noun is still the subject
    if (REL_CLAUSE_BEFORE.test(before.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "he lives round the corner from me in Handsworth": the author is a landmark, not the subject
    if (/^(?:me|us|my|our)$/i.test(m[0]) && NEAR_ME.test(before.slice(Math.max(0, m.index - 20), m.index))) continue;
    lastFirst = m.index;
  }
  for (const m of allMatches(THIRD_PERSON, before)) lastThird = m.index;
  if (lastFirst >= 0 || lastThird >= 0) return lastFirst > lastThird;
  const after = text.slice(placeEnd, sEnd);
  const f = after.search(FIRST_PERSON), t = after.search(THIRD_PERSON);
  return f >= 0 && (t < 0 || f < t);
}

/**
 * After "our/my N-year-old": the noun is a patient, or an animal brought from someone else's farm or
 * home ("our 14-year-old mare from the Lindqvist family farm", "my 80-year-old patient"), not the
 * author's own child or pet.
 */
const OUR_PATIENT_AGE = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:patient|client|donor|cadaver|participant|subject|case)s?\b|^\s+(?:[\p{L}-]+\s+){0,2}?(?:mare|gelding|stallion|foal|colt|filly|heifer|cow|bull|calf|steer|ewe|ram|sow|boar|goat|alpaca|llama|dog|bitch|cat|queen|tom|horse|pony|retriever|labrador|terrier|spaniel|collie|shepherd|poodle)\s+(?:from|of|belonging to|owned by)\s+(?:the|a|an)\s+(?!(?:rescue|shelter|breeder|pound|sanctuary)\b)/iu;

/** The block is about a case the author's service treated ("came in with", "on the equine service"), not the family's own animal. */
const CARE_SERVICE = /\b(?:rotation|service|posting|placement|came in|brought in|presented|admitted|hospitali[sz]ed|referred|our patient|the owners?|clients?|clinic(?:ian)?s?|ward|ICU|theatre|surgery list)\b/i;

/** A research study id ("Participant 0417", "P-23") followed by a story verb ("showed up", "cried"). */
const STUDY_ID = /^(?:participant|subject|volunteer|respondent|interviewee|sujet|P[-#])/i;
const STORY_AFTER = /^(?:['’]s\s+\p{L}+|\s*,|\s+(?:was|had|has|is|told|said|came|showed|cried|left|fell|asked|brought|wore|forgot|got|went|kept|took|gave|laughed|refused|wanted|started|stopped|arrived|\p{Ll}+ed)\b)/u;
/** Person nouns that name a patient-like role on their own (not "a man", "she"). */
const ROLE_REF = /\b(?:patient|donor|cadaver|participant|volunteer|client|gomer|frequent flyer|drug seeker|primip|multip|pakcik|makcik)/i;

interface Features { narrative: boolean; own: boolean; pronoun: boolean; weak: boolean; pronounOnly: boolean; cue: boolean; strongCue: boolean }

/** What else the block's candidates say about a sentence. */
interface SentenceExtra {
  /** A care date (not the author's) in the sentence: a time cue. */
  dated: boolean;
  /** An exact age and a town of the same person: a specific, identifiable individual. */
  ageTown: boolean;
  /** A colleague or manager is the topic so far in the block. */
  colleague: boolean;
  /** The block has a first-person word (the author took part: "We called it early"). */
  firstPerson: boolean;
  /** The block uses clinical vocabulary. */
  clinical: boolean;
  /** The block has a clock time ("07:12") and a "said"/"says"/"told me" (guards for CLOCK_STAMP and SHARE_OK). */
  clock: boolean;
  said: boolean;
}

/**
 * A reader, commenter or viewer who asked something ("Auntie Mei asked in the comments if …", "Mrs. Patel
 * asked on my last reel whether …"): a question to the author online, not a patient story.
 */
const READER = /\b(?:asked|asks|wrote|writes|commented|comments|replied|messaged|DM['’]?d|tagged|said|wanted to know|wondered)\b[^.!?]{0,30}?\b(?:in (?:the|my|a|our) (?:comments?|replies|DMs?|inbox|thread|chat|group|Q&A|AMA)|on (?:my|the|our|this|a|his|her) (?:(?:last|latest|previous|recent|other|first)\s+)?(?:post|reel|video|story|stories|thread|blog|tweet|tiktok|page|live|stream|channel|podcast|episode|poll|Q&A|AMA)|under (?:my|the|this|our) (?:post|reel|video|tweet|photo)|via (?:DM|e-?mail|the (?:form|website|blog)))|\b(?:wrote|emailed|e-mailed|called|phoned|texted|rang) in\b|\bleft (?:a|this) comment\b|\b(?:commenter|reader|viewer|listener|follower|subscriber)s?\b/i;
const FIRST_PERSON_WORD = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b/;

/**
 * A patient's name (with a title or an age) followed by what they did: "Mrs. Haugen, 77, recognised me",
 * "Mrs. Lindqvist cried when she saw her walk". A story about a named person: a patient when the
 * surrounding text is clinical (a weak narrative).
 */
const NAME_STORY = /^(?:,\s*\d{1,3}(?:\s*ans)?,)?\s+(?:(?:finally|just|then|also|even|still|actually|suddenly|immediately|quietly|always)\s+)?(?:recogni[sz]ed|squeezed|cried|wept|laughed|smiled|hugged|thanked|grabbed|held|refused|died|passed away|woke|screamed|shouted|sang|prayed|whispered|winked|waved|insisted|came\s+back(?!\s+(?:from|to\s+(?:work|teach|visit|give|speak|talk|lecture|present)|as\s+an?)\b)|returned(?!\s+(?:from|to\s+(?:work|teach|visit|give|speak|talk|lecture|present))\b)|asked(?!\s+(?:whether|if|about|how|what|why|when|where|which|who|for advice)\b)|told|kept|brought|pulled|tried|walked|fell)\b/u;

function sentenceFeatures(text: string, strong: number, bedRef: boolean, family: boolean, nameStory = false, extra?: SentenceExtra): Features {
  const own = OWN.test(text);
  const pronoun = PRONOUN3.test(text);
  const no: Features = { narrative: false, own, pronoun, weak: false, pronounOnly: false, cue: false, strongCue: false };
  if (own) return no;
  if (VIGNETTE.test(text) || IMPERATIVE_START.test(text)) return no;
  const time = TIME.test(text) || FR_TIME.test(text) || extra?.dated === true || SESSION_REF.test(text) || (extra?.clock === true && CLOCK_STAMP.test(text)), setting = SETTING.test(text) || FR_SETTING.test(text);
  const action = ACTION.test(text) || FR_ACTION.test(text) || VISIT_NAME.test(text);
  const kase = CASE.test(text) || FR_CASE.test(text) || (extra?.clinical === true && (FOLLOW_UP.test(text) || (extra.said && SHARE_OK.test(text))));
  no.cue = time || setting || action || kase;
  no.strongCue = setting || action || kase;
  // talk about confidentiality itself, not a story
  if (META.test(text) && !time && !action) return no;
  let refMatch = REFERENT.exec(text);
  // "as a volunteer", "like a regular": the author's role or a comparison, not a person in the story
  if (refMatch && /^an?\s/i.test(refMatch[0]) && /\b(?:as|like)\s+$/i.test(text.slice(Math.max(0, refMatch.index - 6), refMatch.index))) refMatch = null;
  const familyRef = refMatch !== null && FAMILY_MY.test(refMatch[0]);
  const ref = bedRef || (refMatch !== null && !familyRef);
  const roleRef = bedRef || (refMatch !== null && ROLE_REF.test(refMatch[0]));
  const pronounOnly = !bedRef && refMatch !== null && /^(?:he|she)\s/i.test(refMatch[0]) && strong === 0;
  // a family member is the topic and the sentence only says "she"/"he": family news, not a patient
  if (family && pronounOnly && !STRONG_REF.test(text) && !ONE_OF_MY.test(text)) return { ...no, own: true };
  // a manager or colleague is the topic ("Our manager … The second time he told me …"): not a patient
  if (extra?.colleague && pronounOnly && !STRONG_REF.test(text) && !ONE_OF_MY.test(text)) return no;
  // "so other young people in her position would know": a plural in a subordinate phrase is not a general subject
  const generic = GENERIC.test(text) && GENERIC.test(text.replace(OTHER_GENERIC, " "));
  const genericCore = generic && GENERIC.test(text.replace(CROWD, " "));
  const clinicalAction = action && /\b(?:clerked|clerk|examined|admitted|treated|scrubbed|operated|intubated|sutured|stitched|delivered|resuscitated|coded|discharged|photographed|imaged|scanned|assessed|dissected|cannulated|catheteri[sz]ed|consented|interviewed|recruited|enrolled|sat with|broke the news|looked after)\b/i.test(text);
  let narrative = false;
  let weak = false;
  if (STRONG_REF.test(text) && !genericCore) narrative = true;
  else if (ONE_OF_MY.test(text) || (MY_ROLE.test(text) && !genericCore)) narrative = true;
  else if (CONSENT_SHOW.test(text) && SHOW.test(text)) narrative = true;
  else if (FR_NARRATIVE.test(text)) narrative = true;
  // "Photo prise pendant qu'on faisait l'anastomose", "while we were closing the fascia": the author operating on one patient
  else if (STEP_HINT.test(text) && OPERATIVE_STEP.test(text) && !SIM_BLOCK.test(text)) narrative = true;
  else if (FR_TELEGRAPH.test(text) && (time || setting) && !/\?\s*$/.test(text)) narrative = true;
  else if (DISSECT_POSS.test(text) && !generic) narrative = true;
  else if (CASEFIND.test(text) && time) narrative = true;
  else if (strong >= 2) narrative = true;
  else if (strong >= 1 && (time || setting || action || kase || ref)) { narrative = true; weak = !setting && !action && !kase && !roleRef; }
  else if (ref && !generic && (time || setting || action || kase)) { narrative = true; weak = !setting && !action && !kase && !roleRef; }
  else if (ref && generic && (time && (action || kase))) { narrative = true; weak = !setting && !action && !kase && !roleRef; }
  // "I photographed/interviewed …" is clinical only with clinical words nearby
  else if (clinicalAction && (time || setting) && !generic) { narrative = true; weak = !setting && !/\b(?:clerked|clerk|examined|admitted|treated|scrubbed|operated|intubated|sutured|stitched|delivered|resuscitated|coded|discharged|dissected|cannulated|catheteri[sz]ed|consented|broke the news)\b/i.test(text); }
  else if (TELEGRAPH.test(text)) { narrative = true; weak = true; }
  // "Elderly gentleman admitted to medicine with a new rash. … We called it early": the author's case
  else if (extra?.firstPerson && TELEGRAPH_VERB.test(text) && !/\?\s*$/.test(text)) { narrative = true; weak = /\b(?:came\s+in\s+(?:to|at)|seen)\b/i.test(text); }
  else if (nameStory && strong >= 1 && !generic) { narrative = true; weak = true; }
  // "One participant, a 93-year-old retired dairy farmer from Grand Marais, drove …": an exact age and a town
  else if (extra?.ageTown && !generic && !PRESENT_CASE.test(text)) { narrative = true; weak = !roleRef; }
  // "Uncle Ravi asked in the comments whether …": a reader's question, not a patient story
  if (narrative && !setting && !action && !time && !kase && !STRONG_REF.test(text) && READER.test(text)) narrative = false;
  // "the auntie I looked after found my TikTok and followed me": contact (patient.contact), not a story about her care
  if (narrative && strong === 0 && SOCIAL_CONTACT.test(text) && !clinicalBeyond(text)) narrative = false;
  // "Their daughter Kenzie DM'd me the next morning …, so I followed her back": the family's contact, even with a name
  else if (narrative && SOCIAL_CONTACT.test(text) && RELATIVE_SUBJECT.test(text) && !CLINICAL.test(text) && !FR_CLINICAL.test(text)) narrative = false;
  return { narrative, own, pronoun, weak: narrative && weak, pronounOnly: narrative && pronounOnly, cue: no.cue, strongCue: no.strongCue };
}

const PLACE_RES = [PLACE_CUE, OCCUPATION_FROM, PLACE_CUE_FR, PLACE_TRAVEL_FR, PLACE_FACILITY, PLACE_POSS];
const PLACE_RES_EVENT = [...PLACE_RES, PLACE_EVENT];

/** Analyses one block's text (cached by block.key). Offsets are relative to the block. */
/** The neighbourhood or town right after an address: "12 Elm Street in Preston" (group 1). */
const TOWN_AFTER_ADDRESS = /^,?\s+(?:in|di|à)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(?![\p{L}])/u;
/** A village or neighbourhood after a lot or house number: "at Lot 2217 in Kampung Sungai Lui", "No. 14 in Taman Sri Muda" (group 1). */
const LOT_TOWN = /(?<![\p{L}])(?:Lot|No\.?|Unit|Apt\.?|Block|Blok|Flat|House)\s*\d{1,5}[A-Za-z]?,?\s+(?:in|di)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(?![\p{L}])/gu;
/** A night's case told as a brag: a clock time, the emergency, then the team's time ("3 a.m. STEMI, door-to-balloon 52 min", "2am code blue, ROSC after 14 minutes"). */
const CASE_BRAG_HINT = /door-to|\bD2B\b|\bDTN\b|\bROSC\b|baby out/i;
const CASE_BRAG = /^[\s>*-]*(?:(?:at\s+)?\d{1,2}(?::\d{2})?\s?(?:a\.?m\.?|p\.?m\.?)|\d{1,2}h\d{2}|(?:last\s+night|tonight|this\s+morning|overnight)['’]s)\s+(?:[\p{L}-]+\s+)?(?:N?STEMI|code(?:\s+(?:blue|stroke|red|pink))?|stroke\s+code|(?:cardiac\s+)?arrest|trauma(?:\s+call)?|crash\s+(?:section|C-?section|CS)|(?:ruptured\s+)?AAA|GI\s+bleed|DKA|tamponade|(?:saddle\s+)?PE|stroke|anaphylaxis|shoulder\s+dystocia|PPH)\s*[,:;—–-]\s*(?:door-to-(?:balloon|needle|groin|CT|ECG|puncture)|D2B|DTN|ROSC|baby\s+out)(?![\p{L}])[^.!?\n]{0,24}?\d{1,3}\s?(?:min|mins|minutes)(?![\p{L}])/iu;
/** A target or an average, not one case: "door-to-balloon target is 90 min". */
const BRAG_NOT = /\b(?:target|goal|should|under|within|aim|guideline|median|average|mean|benchmark|less than|no more than)\b|</i;
/** Clinical words beyond the phrase that says who the contact is ("a patient I treated on my rotation"). */
function clinicalBeyond(text: string): boolean {
  const rest = text.replace(CONTACT_REFERENT, " ");
  return CLINICAL.test(rest) || FR_CLINICAL.test(rest);
}
/** A first name owning what a care photo or series shows: "Leanne's hand burn series", "Aiden's graft at day 10" (group 1). Nouns that eponyms take (fracture, ulcer, disease, sign) are left out. */
const NAME_POSS_CARE = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)['’]s\s+(?:(?:left|right|bilateral|upper|lower|hand|arm|forearm|leg|foot|knee|hip|shoulder|back|chest|face|facial|scalp|neck|skin|donor[- ]site|partial[- ]thickness|full[- ]thickness|split[- ]thickness|split[- ]skin|burn|post-?op|surgical|pressure)\s+){0,3}(?:burns?|wounds?|grafts?|scars?|dressings?|healing|recovery|rehab|stump|series|progress|before[- ]and[- ]after|x-?rays?|scans?|MRI|bloods)(?![\p{L}])/gu;
const POSS_HINT = /\p{Ll}['’]s\s/u;
/** Capitalised words before such a possessive that are no patient: days, units, the author's circle. */
const POSS_NOT_NAME = /^(?:Today|Tonight|Yesterday|Week|Month|Year|Day|Everyone|Anyone|Someone|Mum|Mom|Dad|Nan|Nana|Gran|Granny|Grandma|Grandpa|God|Nature|Mother|Father|Baby)$/;
/** Plural capitalised nouns that are no family: roles, teams, bands ("The Residents decided", "The Vikings drove"). */
const FAMILY_SUBJECT_NOT = /^(?:Nurse|Doctor|Resident|Intern|Student|Parent|Owner|Kid|Twin|Medic|Paramedic|Surgeon|Attending|Fellow|Viking|Packer|Bear|Lion|Giant|Patriot|Beatle|Avenger|Simpson|Kardashian|Stone|Wild|Timberwolve|Twin|Saint|Angel)$/;
/** After "dossier N": whose file it is (a ministry, a committee) or what kind ("de candidature"): not a patient's chart. */
const DOSSIER_NOT_RECORD = /^\s*(?:du|de|des|d['’])\s/i;
/** A sentence whose subject is a patient's relative ("Their daughter Kenzie …", "His wife …"). */
const RELATIVE_SUBJECT = /^[\s>*-]*(?:his|her|their|the (?:patient|client|owner)['’]s)\s+(?:(?:eldest|youngest|oldest|teenage|adult|little|big)\s+)?(?:daughters?|sons?|wife|husband|mum|mom|mother|dad|father|sisters?|brothers?|partner|granddaughter|grandson|niece|nephew|family|kids?|children|girlfriend|boyfriend)\b/i;
export function analyseBlock(block: Block): BlockAnalysis {
  const hit = blockCache.get(block.key);
  if (hit) return hit;
  const text = block.text;
  const sentences: SentenceInfo[] = block.sentences.map((s) => ({ start: s.start - block.start, end: s.end - block.start, narrative: false, own: false, pronoun: false, strong: 0 }));
  if (sentences.length === 0 && text.trim()) sentences.push({ start: 0, end: text.length, narrative: false, own: false, pronoun: false, strong: 0 });
  const sentenceOf = (at: number) => {
    for (let i = 0; i < sentences.length; i++) if (at < sentences[i]!.end) return i;
    return Math.max(0, sentences.length - 1);
  };
  const cands: Candidate[] = [];
  const add = (c: Omit<Candidate, "sentence">) => {
    if (c.end <= c.start) return;
    if (cands.some((o) => c.start < o.end && o.start < c.end)) return;
    cands.push({ ...c, sentence: sentenceOf(c.start) });
  };
  const ownBefore = (at: number) => OWN_BEFORE.test(text.slice(Math.max(0, at - 60), at));
  // one scan for the rare words that the chair, name-as-subject and fiction tests need
  const rare = RARE_TRIGGERS.test(text);
  const ownId = (at: number) => {
    const before = text.slice(Math.max(0, at - 80), at);
    return OWN_BEFORE.test(before.slice(-60)) || ((OWN_ID_PURPOSE.test(before) || OWN_ID_MINE.test(before)) && !OTHER_PERSON_BEFORE.test(before));
  };
  const ownDevice = (at: number) => {
    const si = sentences[sentenceOf(at)];
    return OWN_DEVICE.test(text.slice(si?.start ?? 0, si?.end ?? text.length));
  };

  // 1. shapes: one combined matcher
  if (/[\d@]|\bold\b/.test(text)) {
    for (const m of allMatches(SHAPES, text)) {
      const g = m.groups!;
      const s = m.index, e = s + m[0].length;
      if (g.devlabel !== undefined) {
        const value = g.dvalue!;
        if ((value.match(/\d/g)?.length ?? 0) < 3) continue;
        const vs = s + m[0].lastIndexOf(value);
        add({ kind: "device", start: vs, end: vs + value.length, labelStart: s, own: ownBefore(s) || ownDevice(s) });
      } else if (g.code !== undefined) {
        const si = sentences[sentenceOf(s)];
        const st = text.slice(si?.start ?? 0, si?.end ?? text.length);
        if (!DEVICE_NEAR.test(st)) continue;
        add({ kind: "device", start: s, end: e, own: ownBefore(s) || ownDevice(s) });
      } else if (g.labelled !== undefined) {
        const value = g.value!;
        if ((value.match(/\d/g)?.length ?? 0) < 3) continue;
        const label = g.label!;
        const vs = s + m[0].lastIndexOf(value);
        const kind: IdKind = DEVICE_LABEL.test(label) ? "device" : CONTACT_LABEL.test(label) ? "phone" : "id";
        // a bare French "dossier" is also an application or a file ("mon dossier 2026 de candidature", "le dossier 4471902 du
        // ministère"): a record number only with five digits or more, not followed by whose file it is
        if (/^dossier$/i.test(label) && ((value.match(/\d/g)?.length ?? 0) < 5 || DOSSIER_NOT_RECORD.test(text.slice(vs + value.length, vs + value.length + 30)))) continue;
        const intrinsic = /^\d{6}-\d{2}-\d{4}$/.test(value) || /MRN|record|hospital|patient|chart|NHS|CHI|RAMQ|health|Medicare|Medicaid|UR|URN|bed ticket|insurance|member|policy|microchip|chip|tag|dossier|NAM|soleil|assurance/i.test(label);
        add({ kind, start: vs, end: vs + value.length, labelStart: s, intrinsic, own: kind === "id" ? ownId(s) : ownBefore(s) });
      } else if (g.email !== undefined) add({ kind: "email", start: s, end: e, own: ownBefore(s) });
      else if (g.ip !== undefined) add({ kind: "url", start: s, end: e });
      else if (g.nric !== undefined) add({ kind: "id", start: s, end: e, own: ownId(s), intrinsic: true });
      else if (g.studyid !== undefined) add({ kind: "id", start: s, end: e, own: ownBefore(s) });
      else if (g.ssn !== undefined || g.ramq !== undefined) add({ kind: "id", start: s, end: e, own: ownBefore(s) });
      else if (g.dob !== undefined) {
        const v = g.dobv!;
        const vs = s + m[0].lastIndexOf(v);
        add({ kind: "date", start: vs, end: vs + v.length, labelStart: s, own: ownBefore(s) });
      } else if (g.date !== undefined || g.monthyear !== undefined) {
        if (PUBLICATION_BEFORE.test(text.slice(Math.max(0, s - 40), s))) continue;
        if (g.monthyear !== undefined && !CARE_WORDS.test(text.slice(sentences[sentenceOf(s)]?.start ?? 0, sentences[sentenceOf(s)]?.end ?? text.length))) continue;
        add({ kind: "date", start: s, end: e, own: ownBefore(s) });
      } else if (g.age !== undefined) {
        const n = wordNumber(g.agen!);
        if (n === undefined) continue;
        const unit = (g.ageu ?? (g.ans === "mois" ? "month" : g.ans === "semaines" ? "week" : "year")).toLowerCase();
        const years = unit.startsWith("mo") ? n / 12 : unit.startsWith("w") ? n / 52 : unit.startsWith("d") ? n / 365 : n;
        if (g.ans !== undefined && /\b(?:j['’]ai|j['’]avais|j['’]aurai|mes)\s*$/i.test(text.slice(Math.max(0, s - 12), s))) continue;
        if (/\b(?:I'm|I’m|I am|I was|my|me|our)\s*$/i.test(text.slice(Math.max(0, s - 12), s)) && !(OUR_PATIENT_AGE.test(text.slice(e, e + 80)) && CARE_SERVICE.test(text))) continue;
        if (g.ans !== undefined && /\b(?:depuis|pendant|il y a|dans|en|après|durant|de)\s*$/i.test(text.slice(Math.max(0, s - 12), s))
          && !FR_AGE_DE.test(text.slice(Math.max(0, s - 40), s))) continue;
        if (g.ans !== undefined && g.ans !== "ans" && !FR_AGE_DE.test(text.slice(Math.max(0, s - 40), s))) continue;
        add({ kind: "age", start: s, end: e, age: years });
      } else if (g.agesex !== undefined) {
        add({ kind: "age", start: s, end: e, age: Number(g.asn), sex: g.sex as "M" | "F" });
      } else if (g.aged !== undefined) {
        add({ kind: "age", start: s, end: e, age: Number(g.agedn) });
      } else if (g.bed !== undefined || g.ward !== undefined) {
        // "moan about the bed-blockers on Ward 3", "the patients in Bay 4 this week": the ward of a group, no one patient's place
        if (g.ward !== undefined && GROUP_BEFORE_WARD.test(text.slice(Math.max(0, s - 60), s))) continue;
        add({ kind: "location", start: s, end: e });
      } else if (g.postcode !== undefined) add({ kind: "address", start: s, end: e, own: ownBefore(s) });
      else if (g.phone !== undefined) {
        const digits = m[0].replace(/\D/g, "").length;
        if (digits < 9 || digits > 15) continue;
        if (/^(?:19|20)\d{2}[\s.-](?:19|20)\d{2}$/.test(m[0])) continue;
        add({ kind: "phone", start: s, end: e, own: ownBefore(s) });
      }
    }
  }
  // 1b. a patient placed by a chair or recliner number ("Auntie in chair 3", "the man in dialysis chair 12")
  if (rare && /\d/.test(text) && /chair|recliner|fauteuil/i.test(text)) for (const m of allMatches(CHAIR_PERSON, text)) {
    if (NOT_NAMES.has(m[1]!) || NOT_PLACES.has(m[1]!)) continue;
    const s = m.index + m[0].length - m[2]!.length;
    add({ kind: "location", start: s, end: s + m[2]!.length });
  }
  // 2. addresses (before names so a street is not read as a name)
  if (/\d/.test(text)) for (const m of allMatches(ADDRESS, text)) {
    // an address swallows the shapes inside it
    const s = m.index, e = s + m[0].length;
    for (let i = cands.length - 1; i >= 0; i--) if (cands[i]!.start >= s && cands[i]!.end <= e && cands[i]!.kind !== "phone") cands.splice(i, 1);
    add({ kind: "address", start: s, end: e, own: ownBefore(s) });
    const t = TOWN_AFTER_ADDRESS.exec(text.slice(e, e + 60));
    if (t && !notPlace(t[1]!)) { const ts = e + t[0].length - t[1]!.length; add({ kind: "town", start: ts, end: ts + t[1]!.length, own: ownBefore(s) }); }
  }
  // "lives alone at Lot 2217 in Kampung Sungai Lui": the village after a lot or house number
  if (/\d/.test(text)) for (const m of allMatches(LOT_TOWN, text)) {
    const place = m[1]!;
    if (notPlace(place)) continue;
    const s = m.index + m[0].length - place.length;
    add({ kind: "town", start: s, end: s + place.length, own: ownBefore(m.index) });
  }
  // 3. names
  for (const m of allMatches(TITLE_NAME, text)) {
    const s = m.index, e = s + m[0].length;
    const t = m[0];
    const tp = TITLE_PREFIX.exec(t);
    const namePart = tp ? t.slice(tp[0].length) : t;
    if (!namePart || NOT_NAMES.has(namePart.split(/\s+/)[0]!.replace(/\.$/, ""))) continue;
    const title = t.slice(0, tp ? tp[0].trimEnd().length : 0).replace(/\.$/, "");
    // "Uncle K", "Auntie M": a nickname of one initial names the patient; "Baby A", "Tok I", "M D" do not
    if (/^Baby$|^Uncle$|^Auntie$|^Aunty$|^Tok$|^M$|^Sr$|^Miss$|^Haji$/.test(title) && namePart.length < 3
      && !(/^(?:Uncle|Auntie|Aunty)$/.test(title) && /^[B-HJ-Z]$/.test(namePart) && !/^\.?[\p{L}]/u.test(text.slice(e, e + 2)))) continue;
    const around = text.slice(Math.max(0, s - 50), Math.min(text.length, e + 40));
    // "Puan Rosnah, a 58-year-old teacher": an age makes the named person a patient, not a colleague
    const aged = /^,?\s+(?:an?\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[-\s](?:year|month)s?[-\s]old\b|\d{1,3}\s*(?:,|\)))/.test(text.slice(e, e + 30));
    const colleague = COLLEAGUE_NEAR.test(around) && !/\b(?:patient|client|owner|donor)\b/i.test(around) && !aged;
    add({ kind: "name", start: s, end: e, entity: entityKey(namePart), own: colleague });
  }
  for (const m of allMatches(CUE_NAME, text)) {
    const name = m[1]!;
    if (NOT_NAMES.has(name.split(/\s+/)[0]!)) continue;
    const s = m.index + m[0].lastIndexOf(name);
    add({ kind: "name", start: s, end: s + name.length, entity: entityKey(name), intrinsic: /patient|client|pt\b/i.test(m[0]) });
  }
  for (const m of allMatches(NAME_BEFORE_AGE, text)) {
    const name = m[1]!;
    // "Little Aisyah (4)": the endearment goes with the name in the redaction, not in the name's key
    const adj = NAME_ADJ.exec(name);
    const bare = adj ? name.slice(adj[0].length) : name;
    if (NOT_NAMES.has(bare.split(/\s+/)[0]!) || FAMOUS_RE.test(bare)) continue;
    add({ kind: "name", start: m.index, end: m.index + name.length, entity: entityKey(bare) });
  }
  // "Biscuit is a nine-year-old golden retriever", "Jenny (she's a teacher from Pontypridd) asked me …"
  const agedNoun = cands.some((c) => c.kind === "age" && !c.bare);
  const parenDesc = NAME_PAREN_HINT.test(text);
  if (agedNoun || parenDesc) for (const re of agedNoun && parenDesc ? [NAME_IS_AGED, NAME_PAREN] : agedNoun ? [NAME_IS_AGED] : [NAME_PAREN]) {
    for (const m of allMatches(re, text)) {
      const name = m[1]!;
      if (NOT_NAMES.has(name.split(/\s+/)[0]!) || NOT_PLACES.has(name) || NOT_TOWNS.has(name) || FAMOUS_RE.test(name) || NOT_PERSON_PART.test(name) || VALUE_WORD.test(name)) continue;
      const s = m.index + m[0].indexOf(name);
      // "My sister Aina is a 23-year-old nurse", "Priya (she's a charge nurse on our ward)": the author's people; the
      // description itself ("a primary school teacher") is the person's own trade, not a colleague cue
      const e = m.index + m[0].length;
      const around = text.slice(Math.max(0, s - 50), s) + " " + text.slice(e, Math.min(text.length, e + 30));
      const own = /\b(?:my|our)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, s - 40), s)) || /\b(?:my|our|mine|us|here)\b/i.test(m[0].slice(name.length))
        || (COLLEAGUE_NEAR.test(around) && !/\b(?:patient|client|owner|donor)\b/i.test(around));
      add({ kind: "name", start: s, end: s + name.length, entity: entityKey(name), own });
    }
  }
  // "Bronwyn is 41, a sheep shearer", "Tomasz was 67 and had …": a name with its age as a predicate
  const numAfterVerb = /\d/.test(text) && IS_NUM.test(text);
  if (numAfterVerb) for (const m of allMatches(IS_AGE, text)) {
    const from = Math.max(0, m.index - 60);
    const nm = NAME_BEFORE_IS.exec(text.slice(from, m.index));
    if (!nm) continue;
    const words = nm[1]!.split(/(\s+)/);
    let k = 0;
    while (k < words.length && (NOT_NAMES.has(words[k]!) || NOT_PLACES.has(words[k]!))) k += 2;
    const name = words.slice(k).join("");
    if (!name || VALUE_WORD.test(name) || NOT_PERSON_PART.test(name) || FAMOUS_RE.test(name) || NOT_TOWNS.has(name)) continue;
    const s = from + nm.index + nm[1]!.length - name.length;
    const v = Number(m[1]);
    // "My sister Aina is 23", "our new charge nurse Priya is 29": the author's people
    const around = text.slice(Math.max(0, s - 50), Math.min(text.length, m.index + 40));
    const own = /\b(?:my|our)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, s - 40), s)) || (COLLEAGUE_NEAR.test(around) && !/\b(?:patient|client|owner|donor)\b/i.test(around));
    add({ kind: "name", start: s, end: s + name.length, entity: entityKey(name), own });
    const as = m.index + m[0].length - m[1]!.length;
    if (v >= 1 && v <= 120) add({ kind: "age", start: as, end: as + m[1]!.length, age: v, bare: true, own });
  }
  // "the Hendricksons' place", "at the Okonkwos' farm": the owners, by their surname
  const rare7 = RARE7.test(text);
  if (rare7 && /s['’]/.test(text)) for (const m of allMatches(FAMILY_PLACE, text)) {
    const plural = m[1]!;
    const stem = /(?:ss|x|z|ch|sh)es$/.test(plural) ? plural.slice(0, -2) : plural.slice(0, -1);
    if (NOT_NAMES.has(stem) || NOT_PLACES.has(stem) || NOT_TOWNS.has(stem) || ETHNIC.test(stem)) continue;
    const s = m.index + m[0].length - 1 - plural.length;
    add({ kind: "name", start: s, end: s + plural.length + 1, entity: entityKey(stem), own: ownBefore(m.index) });
  }
  // "("Biscuit" to their youngest)", "known as "Tiny"": a patient's pet name or nickname
  if (rare7 && /["“]\p{Lu}/u.test(text)) for (const m of allMatches(QUOTED_NAME, text)) {
    const name = m[1]!;
    if (NOT_NAMES.has(name.split(/\s+/)[0]!) || NOT_PLACES.has(name) || FAMOUS_RE.test(name)) continue;
    if (m[0].startsWith("(") && !QUOTED_NAME_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    const s = m.index + m[0].length - name.length - 1;
    add({ kind: "name", start: s, end: s + name.length, entity: entityKey(name), own: ownBefore(m.index) });
  }
  for (const m of allMatches(VERB_NAME, text)) {
    const verb = m[1] ?? m[2]!, name = m[3]!;
    const first = name.split(/\s+/)[0]!;
    if (NOT_NAMES.has(first) || NOT_PLACES.has(first) || FAMOUS_RE.test(name) || NOT_PERSON_PART.test(name)) continue;
    if (VERB_NAME_LOOSE.test(verb)) {
      const si = sentences[sentenceOf(m.index)];
      if (!(CLINICAL.test(text.slice(si?.start ?? 0, si?.end ?? text.length)) || FR_CLINICAL.test(text.slice(si?.start ?? 0, si?.end ?? text.length)))) continue;
    }
    const s = m.index + m[0].length - name.length;
    const around = text.slice(Math.max(0, s - 50), Math.min(text.length, s + name.length + 40));
    const colleague = COLLEAGUE_NEAR.test(around) && !/\b(?:patient|client|owner|donor)\b/i.test(around);
    add({ kind: "name", start: s, end: s + name.length, entity: entityKey(name), own: colleague });
  }
  if (LITTLE_HINT.test(text)) for (const m of allMatches(VERB_LITTLE_NAME, text)) {
    const verb = m[1] ?? m[2]!, name = m[3]!;
    if (NOT_NAMES.has(name) || NOT_PLACES.has(name) || FAMOUS_RE.test(name) || NOT_PERSON_PART.test(name)) continue;
    const si = sentences[sentenceOf(m.index)];
    const st = text.slice(si?.start ?? 0, si?.end ?? text.length);
    if (VERB_NAME_LOOSE.test(verb) && !(CLINICAL.test(st) || FR_CLINICAL.test(st) || CHILD_CARE.test(st))) continue;
    const s = m.index + m[0].length - name.length;
    add({ kind: "name", start: s, end: s + name.length, entity: entityKey(name), own: false });
  }
  if (rare) for (const v of allMatches(SUBJECT_CASE, text)) {
    const from = Math.max(0, v.index - 90);
    const m = NAME_BEFORE_CASE.exec(text.slice(from, v.index));
    if (!m) continue;
    // "Three months ago Hannah Lindgren came into our clinic": trim capitalised words that are no name
    const words = m[1]!.split(/(\s+)/);
    let k = 0;
    while (k < words.length && (NOT_NAMES.has(words[k]!) || NOT_PLACES.has(words[k]!))) k += 2;
    const name = words.slice(k).join("");
    if (name.split(/\s+/).length < 2 || FAMOUS_RE.test(name) || NOT_PERSON_PART.test(name) || DIGNITARY.test(name)) continue;
    const s = from + m.index + m[1]!.length - name.length;
    // "Dr Sarah Lee was admitted …" is still a colleague's name: privacy.others, not a patient's
    if (/\b(?:Dr|Prof|Professor|Doctor|Nurse|Sister|Dean)\.?\s*$/.test(text.slice(Math.max(0, s - 12), s))) continue;
    const around = text.slice(Math.max(0, s - 50), Math.min(text.length, s + name.length + 40));
    const colleague = COLLEAGUE_NEAR.test(around) && !/\b(?:patient|client|owner|donor)\b/i.test(around);
    add({ kind: "name", start: s, end: s + name.length, entity: entityKey(name), own: colleague });
  }
  for (const m of allMatches(FAMILY_NAME, text)) {
    const name = m[1] ?? m[2]!;
    if (NOT_NAMES.has(name) || NOT_PLACES.has(name) || NOT_TOWNS.has(name) || NOT_PERSON_PART.test(name) || ETHNIC.test(name)) continue;
    const s = m.index + m[0].lastIndexOf(name);
    add({ kind: "name", start: s, end: s + name.length, entity: entityKey(name), own: ownBefore(m.index) });
  }
  for (const m of allMatches(FAMILY_PLURAL, text)) {
    const stem = m[1]!;
    if (NOT_NAMES.has(stem) || NOT_PLACES.has(stem) || NOT_TOWNS.has(stem)) continue;
    const s = m.index + m[0].lastIndexOf(stem);
    add({ kind: "name", start: s, end: m.index + m[0].length, entity: entityKey(stem), own: ownBefore(m.index) });
  }
  // "Week 3 of Leanne's hand burn series": a first name owning the wound, graft or recovery being shown
  if (POSS_HINT.test(text)) for (const m of allMatches(NAME_POSS_CARE, text)) {
    const name = m[1]!;
    if (NOT_NAMES.has(name) || NOT_PLACES.has(name) || NOT_TOWNS.has(name) || ETHNIC.test(name) || FAMOUS_RE.test(name) || NOT_PERSON_PART.test(name) || POSS_NOT_NAME.test(name)) continue;
    add({ kind: "name", start: m.index, end: m.index + name.length, entity: entityKey(name), own: ownBefore(m.index) });
  }
  if (text.includes("he ")) for (const m of allMatches(FAMILY_SUBJECT, text)) {
    const stem = m[1]!;
    if (NOT_NAMES.has(stem) || NOT_PLACES.has(stem) || NOT_TOWNS.has(stem) || ETHNIC.test(stem) || ETHNIC.test(stem + "s") || FAMILY_SUBJECT_NOT.test(stem) || FAMOUS_RE.test(stem)) continue;
    const s = m.index + m[0].indexOf(stem);
    add({ kind: "name", start: s, end: s + stem.length + 1, entity: entityKey(stem), own: ownBefore(m.index) });
  }
  for (const m of allMatches(RELATIVE_NAMED, text)) {
    const name = m[1]!;
    // "the daughter Anna" says whose daughter no more than "a daughter": only "the owner/carer/guardian" names the patient's
    if (/^the\s/i.test(m[0]) && !/^the\s+(?:\S+\s+)?(?:owner|carer|caregiver|guardian)\b/i.test(m[0])) continue;
    if (NOT_NAMES.has(name.split(/\s+/)[0]!) || NOT_PLACES.has(name) || NOT_TOWNS.has(name) || FAMOUS_RE.test(name)) continue;
    const s = m.index + m[0].lastIndexOf(name);
    add({ kind: "name", start: s, end: s + name.length, entity: entityKey(name) });
  }
  for (const m of allMatches(INITIALS, text)) {
    if (NOT_INITIALS.has(m[0].replace(/\s/g, ""))) continue;
    add({ kind: "name", start: m.index, end: m.index + m[0].length, entity: m[0].replace(/[\s.]/g, "").toLowerCase() });
  }
  // 3b. bare ages: "Mr. Delgado, 67,", "the woman (34)", "She was 82,", "died at 93"
  if (/\d/.test(text)) {
    const bare = (s: number, n: string) => {
      const v = Number(n);
      if (v < 1 || v > 120) return;
      if (/\b(?:I|I'm|I am|I was|my|me)\s*$/i.test(text.slice(Math.max(0, s - 12), s))) return;
      add({ kind: "age", start: s, end: s + n.length, age: v, bare: true });
    };
    for (const c of [...cands]) {
      if (c.kind !== "name") continue;
      const m = AGE_AFTER_NAME.exec(text.slice(c.end, c.end + 24));
      if (m) bare(c.end + m[0].length - m[1]!.length, m[1]!);
    }
    for (const re of numAfterVerb && /\b(?:who|that)\s/.test(text) ? [AGE_AFTER_NOUN, AGE_PRONOUN, AGE_AT, AGE_WHO] : [AGE_AFTER_NOUN, AGE_PRONOUN, AGE_AT]) {
      for (const m of allMatches(re, text)) bare(m.index + m[0].length - m[1]!.length, m[1]!);
    }
  }
  // 4. hospitals and towns
  /** A town right after a named facility ("CHSLD Saint-Jude in Laval", "Foothills Medical Centre in Calgary"). */
  const townAfter = (at: number) => {
    const m = TOWN_AFTER_FACILITY.exec(text.slice(at, at + 60));
    if (!m || notPlace(m[1]!)) return;
    const ts = at + m[0].length - m[1]!.length;
    add({ kind: "town", start: ts, end: ts + m[1]!.length, own: ownBefore(ts) });
  };
  if (/Hospital|Hôpital|Hopital|Infirmary|Hospice|Cent(?:re|er)|Klinik|CHU|CLSC|CHSLD|CI?SSS|Institut|Home|Children's|Clinic|Pusat/.test(text)) {
    for (const m of allMatches(HOSPITAL, text)) {
      let s = m.index;
      let t = m[0];
      // trim capitalised words that are not part of the name ("Yesterday", "The")
      for (;;) {
        const w = /^(\S+)\s+/.exec(t);
        if (!w || !HOSPITAL_LEAD_STOP.test(w[1]!) || t.split(/\s+/).length <= 2) break;
        s += w[0].length; t = t.slice(w[0].length);
      }
      if (/^(?:Hospital|Infirmary|Hospice)$/.test(t)) continue;
      add({ kind: "hospital", start: s, end: s + t.length, own: false });
      townAfter(s + t.length);
    }
  }
  const ownAt = (s: number, e: number) => {
    const si = sentences[sentenceOf(s)];
    const sStart = si?.start ?? 0;
    // a patient's name between the author and the place makes the patient the subject ("I admitted Mrs. Tan from Ipoh")
    let nameAt = -1;
    for (const c of cands) if ((c.kind === "name" || c.kind === "age") && !c.own && c.start >= sStart && c.end <= s) nameAt = Math.max(nameAt, c.start - sStart);
    return ownBefore(s) || ownClause(text, s, sStart, si?.end ?? text.length, e, nameAt);
  };
  for (const m of allMatches(TOWN_CUE, text)) {
    const place = m[1]!;
    if (notPlace(place)) continue;
    const s = m.index + m[0].lastIndexOf(place);
    if (/^\s+General(?![\p{L}])/u.test(text.slice(s + place.length))) continue; // "Kirkwood General": a hospital, below
    if (RELATIVE_CARRIED.test(text.slice(Math.max(0, s - 90), s))) continue;
    add({ kind: "town", start: s, end: s + place.length, own: ownAt(s, s + place.length) });
  }
  // towns after a spatial cue, named local facilities, "X's only GP", "X General"
  if (/\p{Lu}/u.test(text)) {
    for (const m of allMatches(PLACE_GENERAL, text)) {
      const place = m[1]!;
      if (notPlace(place) || TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
      const end = m.index + m[0].length;
      add({ kind: "hospital", start: m.index, end, own: false });
      townAfter(end);
    }
    for (const m of allMatches(HOSPITAL_SHORT, text)) { add({ kind: "hospital", start: m.index, end: m.index + m[0].length, own: false }); townAfter(m.index + m[0].length); }
    for (const re of PLACE_EVENT_HINT.test(text) ? PLACE_RES_EVENT : PLACE_RES) {
      if (re === OCCUPATION_FROM && !text.includes("from")) continue;
      if (re === PLACE_TRAVEL_FR && !text.includes("depuis")) continue;
      for (const m of allMatches(re, text)) {
        const place = m[1]!;
        const s = m.index + m[0].lastIndexOf(place);
        if (notPlace(place) || TITLE_BEFORE.test(text.slice(Math.max(0, s - 14), s))) continue;
        // a capitalised word at the start of a sentence after a cue word is not a place ("near. Then")
        if (/^\s+General(?![\p{L}])/u.test(text.slice(s + place.length))) continue;
        // "a supplement his daughter brought back from Chennai": the relative's trip, not the patient's town
        if (re === PLACE_CUE && RELATIVE_CARRIED.test(text.slice(Math.max(0, s - 90), s))) continue;
        add({ kind: "town", start: s, end: s + place.length, own: ownAt(s, s + place.length), facility: re === PLACE_FACILITY });
      }
    }
  }
  // 4b. streets without a number, care months, unit codes, plural surnames, named relatives, places as adjectives
  if (/\p{Lu}/u.test(text)) {
    if (STREET_HINT.test(text)) for (const m of allMatches(STREET_NAMED, text)) {
      const s = m.index + m[0].indexOf(m[1]!);
      add({ kind: "address", start: s, end: m.index + m[0].length, own: ownBefore(s) });
    }
    for (const m of allMatches(CARE_MONTH, text)) {
      // "told me his wife had died in March": a relative's death, not a date of the patient's care
      if (RELATIVE_DIED.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const s = m.index + m[0].lastIndexOf(m[1]!);
      add({ kind: "date", start: s, end: s + m[1]!.length, own: ownBefore(m.index) });
    }
    if (/\d[A-Z]|\d\s?(?:North|South|East|West|[NSEW]\b)/.test(text)) for (const m of allMatches(UNIT_AFTER_PERSON, text)) {
      const s = m.index + m[0].lastIndexOf(m[1]!);
      add({ kind: "location", start: s, end: s + m[1]!.length });
    }
    if (/-|\b(?:North|South|East|West|Nord|Sud|Est|Ouest)\b/.test(text)) for (const m of allMatches(PLACE_ADJ_PERSON, text)) {
      const place = m[1]!;
      if (notPlace(place) || DEMONYM.test(place)) continue;
      const s = m.index + m[0].indexOf(place);
      add({ kind: "town", start: s, end: s + place.length, own: ownBefore(s) });
    }
    for (const m of allMatches(PLACEMENT_TOWN, text)) {
      const place = m[1]!;
      if (notPlace(place)) continue;
      const s = m.index + m[0].lastIndexOf(place);
      add({ kind: "town", start: s, end: s + place.length, facility: true });
    }
    // "my Kuantan posting", "during her Thunder Bay rotation"
    const postingOrHome = rare7 && POSTING_OR_HOME.test(text);
    if (postingOrHome && POSTING_HINT.test(text)) for (const m of allMatches(TOWN_POSTING, text)) {
      const place = m[1]!;
      if (notPlace(place) || NOT_POSTING_TOWN.test(place) || DEMONYM.test(place)) continue;
      const s = m.index + m[0].lastIndexOf(place);
      add({ kind: "town", start: s, end: s + place.length, facility: true });
    }
    // the town of a long-term-care home, the patient's home (« au CHSLD de Rivière-du-Loup », "the nursing home in Brandon")
    if (postingOrHome) for (const m of allMatches(CARE_HOME_TOWN, text)) {
      const place = m[1]!;
      if (notPlace(place)) continue;
      const s = m.index + m[0].lastIndexOf(place);
      add({ kind: "town", start: s, end: s + place.length, facility: true });
    }
    // "I ask her where she grew up. Sibu, she says": the patient's home town as an answer
    if (rare7 && TOWN_ANSWER_HINT.test(text)) for (const m of allMatches(TOWN_ANSWER, text)) {
      const place = m[1]!;
      if (notPlace(place) || !WHERE_ASKED.test(text.slice(Math.max(0, m.index - 160), m.index))) continue;
      add({ kind: "town", start: m.index, end: m.index + m[0].length, own: ownAt(m.index, m.index + place.length) });
    }
  }
  // "One afternoon in July" as a heading: the month of the story below it (kept only where the document pass
  // reads the heading as the story's scene)
  if (block.kind === "heading" && text.length < 120) for (const m of allMatches(HEADING_MONTH, text)) {
    const s = m.index + m[0].length - m[1]!.length;
    add({ kind: "date", start: s, end: s + m[1]!.length });
  }
  // a patient's town said again in the same block ("We talk about Sibu for an hour")
  if (cands.some((c) => c.kind === "town" && !c.own)) {
    for (const c of [...cands]) {
      if (c.kind !== "town" || c.own) continue;
      const word = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/u.exec(text.slice(c.start, c.end))?.[0];
      if (!word || word.length < 3) continue;
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
        if (at >= c.start && at < c.end) continue;
        if (/[\p{L}]/u.test(text[at - 1] ?? "") || /[\p{L}]/u.test(text[at + word.length] ?? "")) continue;
        add({ kind: "town", start: at, end: at + word.length, facility: c.facility, own: ownBefore(at) });
      }
    }
  }
  cands.sort((a, b) => a.start - b.start);

  // 5. sentences
  let family = false;
  let colleagueTopic = false;
  const feats: Features[] = [];
  // talk about confidentiality: quoted examples in the block ("(a) 'a farmer near Tillsonburg'") are not patient details
  const blockMeta = sentences.some((x) => { const st = text.slice(x.start, x.end); return META.test(st) && !TIME.test(st) && !ACTION.test(st); });
  const simBlock = SIM_BLOCK.test(text);
  const firstPerson = FIRST_PERSON_WORD.test(text);
  const clinicalBlock = CLINICAL.test(text) || FR_CLINICAL.test(text);
  const clockBlock = /\d[:h]\d\d/.test(text), saidBlock = clinicalBlock && SAID.test(text);
  for (let i = 0; i < sentences.length; i++) {
    const si = sentences[i]!;
    const st = text.slice(si.start, si.end);
    // a simulation scenario ("The scenario: a '62-year-old man' collapses"): the patient is a mannequin or an actor
    if (simBlock && SIM_SENTENCE.test(st) && !REAL_PATIENT.test(st)) {
      for (let k = cands.length - 1; k >= 0; k--) if (cands[k]!.sentence === i) cands.splice(k, 1);
      feats.push({ narrative: false, own: false, pronoun: PRONOUN3.test(st), weak: false, pronounOnly: false, cue: false, strongCue: false });
      si.pronoun = feats[i]!.pronoun;
      continue;
    }
    // in talk about confidentiality, a quoted example ("'the man in bed 4'") is not a patient detail
    if (blockMeta) {
      for (const q of allMatches(QUOTED, st)) {
        const qs = si.start + q.index, qe = qs + q[0].length;
        for (let k = cands.length - 1; k >= 0; k--) if (cands[k]!.start >= qs && cands[k]!.end <= qe) cands.splice(k, 1);
      }
    }
    const inS = cands.filter((c) => c.sentence === i && !c.own);
    // "the Halvorsen family" names the owners, but is not a story by itself
    const familyName = (c: Candidate) => /^\s+family\b/.test(text.slice(c.end, c.end + 8)) || /famille\s+$/i.test(text.slice(Math.max(0, c.start - 9), c.start)) || /s['’]$/.test(text.slice(c.start, c.end));
    const strong = inS.filter((c) => (c.kind === "name" && !/^\p{Lu}\.\s?\p{Lu}\.$/u.test(text.slice(c.start, c.end)) && !familyName(c)) || c.kind === "id" || c.kind === "device" || (c.kind === "age" && c.sex !== undefined) || (c.kind === "location" && !/^(?:room|rm|unit|chambre|salle|box|operating|theat|OR\b)/iu.test(text.slice(c.start, c.end))) || c.kind === "address").length;
    const bedRef = inS.some((c) => (c.kind === "location" && /^(?:bed|bay|cubicle|cot|resus|trolley|stretcher|lit|civière|chair|recliner|fauteuil)/iu.test(text.slice(c.start, c.end))) || (c.kind === "age" && !c.bare) || (c.kind === "date" && c.labelStart !== undefined)
      || (c.kind === "id" && STUDY_ID.test(text.slice(c.start, c.end)) && STORY_AFTER.test(text.slice(c.end, c.end + 30))));
    const famHere = FAMILY_TOPIC.exec(st);
    if (famHere && !/\b(?:patient|client|donor)s?(?:'s|’s)?\b/i.test(st.slice(Math.max(0, famHere.index - 20), famHere.index + famHere[0].length + 2))) family = true;
    else if (strong > 0 || STRONG_REF.test(st) || ONE_OF_MY.test(st) || (REFERENT.exec(st) ?? [""])[0].match(ROLE_REF)) family = false;
    if (COLLEAGUE_TOPIC.test(st) && strong === 0 && !STRONG_REF.test(st) && !/\b(?:patient|client|donor|participant)s?\b/i.test(st)) colleagueTopic = true;
    else if (strong > 0 || STRONG_REF.test(st) || (REFERENT.exec(st) ?? [""])[0].match(ROLE_REF)) colleagueTopic = false;
    const nameStory = inS.some((c) => c.kind === "name" && NAME_STORY.test(text.slice(c.end, c.end + 60)));
    const specificAge = inS.some((c) => c.kind === "age" && !c.bare);
    const extra: SentenceExtra = {
      dated: inS.some((c) => c.kind === "date" && c.labelStart === undefined),
      ageTown: specificAge && inS.some((c) => c.kind === "town" && !c.facility),
      colleague: colleagueTopic,
      firstPerson,
      clinical: clinicalBlock,
      clock: clockBlock,
      said: saidBlock,
    };
    const f = sentenceFeatures(blockMeta ? st.replace(QUOTED, (q) => " ".repeat(q.length)) : st, strong, bedRef, family, nameStory, extra);
    feats.push(f);
    // "My sister Aina is a 23-year-old nurse who came home last night": the author's own family is the subject
    if (f.narrative && famHere && !/\p{L}/u.test(st.slice(0, famHere.index)) && !FAMILY_NOT_SUBJECT.test(st.slice(famHere.index + famHere[0].length)) && !/\b(?:patient|client|donor|participant)s?\b/i.test(st)) { f.narrative = false; f.own = true; }
    // "Anyone else's cadaver have a pacemaker? Ours did": "ours" answers about a specific donor or patient
    if (!f.narrative && i > 0 && OURS.test(st) && ROLE_WORD.test(text.slice(0, si.start))) f.narrative = true;
    si.narrative = f.narrative; si.own = f.own; si.pronoun = f.pronoun; si.strong = strong; si.weak = f.weak; si.pronounOnly = f.pronounOnly;
    if (f.own && family) for (const c of cands) if (c.sentence === i) c.own = true;
  }
  // A specific person in one sentence ("Une patiente de 52 ans avec …", "The patient, a 34-year-old …") and what
  // was done or when in another ("Le patron m'a laissé faire la dissection", "We followed her for four months"):
  // the block is one story about that person.
  if (!family && sentences.length > 1 && feats.some((f, k) => f.cue && !f.own && !sentences[k]!.narrative)) {
    for (let i = 0; i < sentences.length; i++) {
      const si = sentences[i]!;
      if (si.narrative || si.own) continue;
      const st = text.slice(si.start, si.end);
      const named = cands.some((c) => c.sentence === i && !c.own && c.kind === "name");
      const aged = cands.some((c) => c.sentence === i && !c.own && (c.kind === "id" || (c.kind === "age" && !c.bare)));
      if ((!named && !aged) || GENERIC.test(st) || VIGNETTE.test(st) || PRESENT_CASE.test(st) || IMPERATIVE_START.test(st) || OWN.test(st)) continue;
      let strongCue = false, cue = false;
      for (let k = 0; k < sentences.length; k++) {
        if (k === i || sentences[k]!.own || !feats[k]!.cue) continue;
        cue = true;
        if (feats[k]!.strongCue) strongCue = true;
      }
      // a name needs something done ("We did the whole visit", "Le patron m'a laissé faire"); a time alone
      // ("This morning we had nasi lemak") is not enough for it
      if (!cue || (!aged && !strongCue)) continue;
      si.narrative = true;
      si.weak = !strongCue;
    }
  }
  // "3 a.m. STEMI, door-to-balloon 52 min": a telegraphic brag about one night's case is the author's encounter
  if (/\d\s?min/.test(text) && CASE_BRAG_HINT.test(text)) {
    const m = CASE_BRAG.exec(text);
    if (m && !BRAG_NOT.test(m[0])) {
      const end = m.index + m[0].length;
      for (let i = 0; i < sentences.length && sentences[i]!.start < end; i++) {
        const si = sentences[i]!;
        if (si.own) continue;
        si.narrative = true; si.weak = false;
      }
    }
  }
  // "come back when the results were published" cites nothing
  const cited = CITATION.test(text) && (!/published/.test(text) || CITATION.test(text.replace(PUBLISHED_LATER, " ")));
  const result: BlockAnalysis = {
    candidates: cands,
    sentences,
    citationLine: CITATION_LINE.test(text) && text.trim().length < 400 && /\b(?:19|20)\d{2}\b|ed\.|press|journal|textbook|adapted|case|et al|\bp\.|pp\./i.test(text),
    cited,
    notOurs: NOT_OURS.test(text) && cited,
    vignette: VIGNETTE.test(text),
    famous: FAMOUS_RE.test(text),
    clinical: clinicalBlock,
    family,
    fiction: rare && FICTION_HINT.test(text) && ((block.kind === "heading" && FICTION_HEADING.test(text)) || sentences.some((x) => { const st = text.slice(x.start, x.end); return FICTION.test(st) && !FICTION_NOT.test(st); })),
  };
  if (blockCache.size >= BLOCK_CACHE_LIMIT) blockCache.delete(blockCache.keys().next().value!);
  blockCache.set(block.key, result);
  return result;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
function wordNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  let n = 0;
  for (const part of s.toLowerCase().split("-")) {
    const v = NUMBER_WORDS[part];
    if (v === undefined) return undefined;
    n += v;
  }
  return n;
}

export function entityKey(name: string): string {
  const parts = name.replace(/[.]/g, "").split(/\s+/).filter((p) => /^\p{Lu}/u.test(p));
  return parts.map((p) => p.toLowerCase()).join(" ");
}

/* ------------------------------------------- images next to a patient's story */

const altCache = new Map<string, Candidate[]>();
/**
 * Identifier shapes in an image's alt text or title ("Radiographie du bassin, lit 14, fracture …", "Bed 4,
 * day 3 post-op", "Mr K, 67, 12/03/2024"): bed, ward and room numbers, ages, dates and ids. Offsets are
 * relative to the alt text; cached by it. Whether they are a patient's is for the caller (an image beside
 * a story about one patient: see besideNarrative).
 */
export function altCandidates(alt: string): Candidate[] {
  const hit = altCache.get(alt);
  if (hit) return hit;
  const out: Candidate[] = [];
  if (/[\d]|\bold\b/.test(alt)) {
    for (const m of allMatches(SHAPES, alt)) {
      const g = m.groups!;
      const s = m.index, e = s + m[0].length;
      let c: Candidate | undefined;
      if (g.bed !== undefined || g.ward !== undefined) c = { kind: "location", start: s, end: e, sentence: 0 };
      else if (g.age !== undefined && g.ans !== "mois" && g.ans !== "semaines") { const n = wordNumber(g.agen!); if (n !== undefined) c = { kind: "age", start: s, end: e, age: n, sentence: 0 }; }
      else if (g.agesex !== undefined) c = { kind: "age", start: s, end: e, age: Number(g.asn), sex: g.sex as "M" | "F", sentence: 0 };
      else if (g.aged !== undefined) c = { kind: "age", start: s, end: e, age: Number(g.agedn), sentence: 0 };
      else if (g.dob !== undefined) { const vs = s + m[0].lastIndexOf(g.dobv!); c = { kind: "date", start: vs, end: vs + g.dobv!.length, labelStart: s, sentence: 0 }; }
      else if (g.date !== undefined) c = { kind: "date", start: s, end: e, sentence: 0 };
      else if (g.nric !== undefined) c = { kind: "id", start: s, end: e, intrinsic: true, sentence: 0 };
      else if (g.ramq !== undefined) c = { kind: "id", start: s, end: e, sentence: 0 };
      else if (g.labelled !== undefined && (g.value!.match(/\d/g)?.length ?? 0) >= 3 && !DEVICE_LABEL.test(g.label!) && !CONTACT_LABEL.test(g.label!)) {
        const vs = s + m[0].lastIndexOf(g.value!);
        c = { kind: "id", start: vs, end: vs + g.value!.length, labelStart: s, sentence: 0 };
      }
      if (c && !out.some((o) => c!.start < o.end && o.start < c!.end)) out.push(c);
    }
  }
  if (altCache.size >= BLOCK_CACHE_LIMIT) altCache.delete(altCache.keys().next().value!);
  altCache.set(alt, out);
  return out;
}

/** Only blank lines, comments and consent markers. */
const BLANK_GAP = /^(?:\s|<!--[\s\S]*?-->|%%[\s\S]*?%%)*$/;
const BLANK_LEAD = /^(?:\s|<!--[\s\S]*?-->|%%[\s\S]*?%%)*/;
/**
 * The patient story that the span [start, end) of `text` (an image) sits in, comes right after (only blank
 * lines or comments between), or comes right before the paragraph where it starts ("![molar](…)" above
 * "First solo composite today. Auntie in chair 3 was so brave …"); undefined when none.
 */
export function besideNarrative<T extends { start: number; end: number }>(text: string, start: number, end: number, narratives: readonly T[]): T | undefined {
  for (const n of narratives) {
    if (n.start <= start && end <= n.end) return n;
    if (n.end <= start && start - n.end < 2000 && BLANK_GAP.test(text.slice(n.end, start))) return n;
    if (n.start >= end && n.start - end <= 400) {
      const t = text.slice(end, n.start);
      const lead = BLANK_LEAD.exec(t)![0].length;
      if (!/\n[ \t>]*\n/.test(t.slice(lead))) return n;
    }
  }
  return undefined;
}
