/**
 * conduct.discrimination: slurs, demeaning generalisations about groups, and derogatory
 * clinical slang about patients ("frequent flyer", "gomer", "drug seeker"), with a person-first
 * suggestion where one exists. Word lists are data (rules/data/*.json), compiled once.
 */
import { defineRule } from "../../shared/src/rule.js";
import slangData from "../data/clinical-slang.json" with { type: "json" };
import slurData from "../data/slurs.json" with { type: "json" };
import { phraseRegex, blockSentences, sentenceAt, type RelSpan, FRENCH_HOMOGRAPHS, frenchAround, frenchHomographAt } from "./match.js";
import { allMatches } from "../../shared/src/text.js";

interface SlangEntry {
  terms: string[];
  plural: string[];
  suggest?: string;
  suggestPlural?: string;
  unless?: string[];
  requireBefore?: string;
  rejectBefore?: string;
}

const norm = (s: string) => s.toLowerCase().replace(/[\s\u00a0-]+/g, " ").trim();

const slangEntries = (slangData as { terms: SlangEntry[] }).terms;
const slangByPhrase = new Map<string, { entry: SlangEntry; plural: boolean; before?: RegExp; notBefore?: RegExp; unless: Set<string> }>();
for (const entry of slangEntries) {
  const before = entry.requireBefore ? new RegExp(entry.requireBefore, "i") : undefined;
  const notBefore = entry.rejectBefore ? new RegExp(entry.rejectBefore, "i") : undefined;
  const unless = new Set((entry.unless ?? []).map((w) => w.toLowerCase()));
  for (const t of entry.terms) slangByPhrase.set(norm(t), { entry, plural: false, before, notBefore, unless });
  for (const t of entry.plural) slangByPhrase.set(norm(t), { entry, plural: true, before, notBefore, unless });
}
const SLANG_RE = phraseRegex([...slangEntries.flatMap((e) => [...e.terms, ...e.plural])]);

const slurs = slurData as { words: string[]; notBefore: Record<string, string[]>; notAfter: Record<string, string[]> };
const SLUR_RE = phraseRegex(slurs.words);
const slurNotBefore = new Map(Object.entries(slurs.notBefore).map(([k, v]) => [k, new Set(v)]));
const slurNotAfter = new Map(Object.entries(slurs.notAfter).map(([k, v]) => [k, new Set(v)]));

/** Talking about a label ("the 'drug seeker' label", "words like gomer") is not using it. */
const META_BEFORE = /\b(?:term|terms|word|words|label|labels|labell?ed|labell?ing|phrase|phrases|slang|like|called|calling (?:them|patients|people|someone|him|her)|dismissed as|branded|stigmati[sz]ing|such as|e\.g\.)\s*["“'‘]?$/i;
const META_AFTER = /^["”'’]?\s*(?:label|labels|term|terms|tag|tags|stereotype|stereotypes|stigma|language|slang|is (?:a )?(?:stigmati[sz]ing|derogatory|offensive))\b/i;
const META_SENTENCE = /\b(?:words?|terms?|labels?|labell?ing|language|phrases?|slang|say|saying|call(?:ing|ed)?|use|using|dropped|avoid|stop|stigma|stigmati[sz]ing|derogatory|offensive|harmful|instead|list(?:s|ed)?|includ(?:e|es|ed|ing)|examples?|glossary)\b/i;
/** A table cell or list item that is only the term ("| frequent flyer | a patient with frequent visits |"): a glossary entry, not a use. */
const BARE_TERM = /^[\s"“'‘*_-]*$/;
const NEXT_WORD = /^[\s\u00a0-]*([A-Za-z\u00C0-\u024F]+)/;
const PREV_WORD = /([A-Za-z\u00C0-\u024F]+)[\s\u00a0]*$/;

/** Spans of slurs in `text` (also used by conduct.profanity so a slur is reported once, here). */
export function findSlurs(text: string): RelSpan[] {
  const out: RelSpan[] = [];
  for (const m of allMatches(SLUR_RE, text)) {
    const key = norm(m[0]);
    const next = NEXT_WORD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1]?.toLowerCase();
    if (next && slurNotBefore.get(key)?.has(next)) continue;
    const prev = PREV_WORD.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1]?.toLowerCase();
    if (prev && slurNotAfter.get(key)?.has(prev)) continue;
    // "Homo sapiens" and other capitalised scientific names
    if (key === "homo" && /^[\s]+[a-z]+(?:ens|us|is)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    // "en retard", "un retard de croissance": French, not the English slur
    if (FRENCH_HOMOGRAPHS.has(key) && frenchHomographAt(text, m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Demeaning generalisations: a group as subject, then a dehumanising or contemptuous predicate.
const GROUP_ADJ = "(?:obese|fat|bariatric|overweight|homeless|elderly|old|poor|foreign|immigrant|psych|psychiatric|drunk|alcoholic|addicted|black|white|brown|asian|african|arab|muslim|jewish|christian|hindu|indian|chinese|malay|mexican|gay|lesbian|queer|trans|transgender|disabled|mentally ill|autistic|uneducated|welfare|medicaid|uninsured|refugee|migrant|indigenous|native|aboriginal|roma|gypsy)";
const GROUP_NOUN = "(?:patients|people|women|men|folks?|kids|mums|moms|mothers|families|immigrants|foreigners|refugees|migrants|addicts|alcoholics|smokers|drug users|users|junkies|the homeless|the obese|the elderly|the poor|the disabled|muslims|jews|christians|hindus|gays|lesbians|immigrants)";
const GROUP_NOUN_ALONE = "(?:patients|immigrants|foreigners|refugees|migrants|addicts|alcoholics|junkies|muslims|jews|christians|hindus|gays|lesbians|the homeless|the obese|the elderly|the poor|the disabled)";
const PRONOUN_SUBJ = "(?:they|they're|theyre|these people|those people|such people|people like (?:that|them|this)|(?:half|most|all|some|many|a lot|lots|none|every one|each) of (?:them|these|those|these people|those people)(?: \\w+)?)";
const SUBJ = `(?:${PRONOUN_SUBJ}|(?:half|most|all|some|the rest) (?:of )?(?:the |my |our |this |today(?:'s|’s) )?${GROUP_ADJ} (?:list|caseload|clinic|ward|intake|referrals|waiting room)|(?:the |these |those |all |most |half (?:of )?(?:the |these |those )?|many |so many )?${GROUP_ADJ} ${GROUP_NOUN}|(?:the |these |those |all |most )${GROUP_NOUN}|${GROUP_NOUN_ALONE})`;
const INTENS = "(?:(?:just|all|so|such|really|basically|completely|totally|always|usually|mostly|nothing but|simply|literally|honestly|clearly|obviously|bloody|fucking|a bunch of|a pack of)\\s+)*";
const PRED = `(?:lazy|disgusting|animals|scum|vermin|parasites|sub-?human|filthy|dirty|worthless|savages|leeches|a drain on|a waste of (?:space|oxygen|resources|a bed|beds|money|time)|freaks|feral|primitive|stupid|idiots|morons|less than human|not worth (?:saving|treating|the effort|it)|a plague|a burden on|hopeless cases|liars|criminals|thieves|useless|pigs|cattle|whales|beached whales|trash|garbage|rubbish)`;
const GENERALISATION = new RegExp(
  `\\b${SUBJ}\\s+(?:(?:are|is|were|'re|’re)\\s+${INTENS}${PRED}\\b|(?:brought it on themselves|deserve (?:it|what they get|to die|to suffer)|should (?:be (?:shot|deported|sterili[sz]ed|locked up|put down)|just die|not be (?:treated|allowed)|go back)|can(?:'|’)?t be bothered to (?:help themselves|lose weight|look after))\\b)`,
  "gi",
);
/**
 * Stereotyping without insult words: "Typical Medicaid patient, …", "These people never take their
 * meds", "Why do all old people think A&E is a hotel?". The subject must be an explicit group
 * ("these people", an adjective + people/patients), never a bare "they", which is often colleagues.
 */
const GROUP_SUBJ = `(?:(?:these|those|such) (?:people|patients|families|folks|types)|people like (?:that|them|this)|(?:the |these |those |all |most |half (?:of )?(?:the |these |those )?|so many )?${GROUP_ADJ} ${GROUP_NOUN}|(?:all|most) ${GROUP_NOUN})`;
const STEREOTYPE: RegExp[] = [
  new RegExp(`\\bof course (?:it(?:'s|’s| was) )?(?:the |a |another )?${GROUP_ADJ}\\s+(?:patient|patients|person|people|family|families|guy|lady|man|woman|mum|mom|dad|kid|kids|bloke|lot)\\b(?=[^.!?\\n]{0,60}(?:\\b(?:again|wants?|wanted|demand\\w*|refus\\w*|self-discharg\\w*|complain\\w*|kick\\w* off|no-?show\\w*|didn't|doesn't|don't|won't|never|always|lol|smh)\\b|🙄|🤦))`, "giu"),
  new RegExp(`\\btypical\\s+(?:${GROUP_ADJ}|frequent[- ]fl[yi]er)\\s+(?:patient|patients|person|people|family|families|behaviou?r|mum|mom|mother|dad|man|woman|guy|lady|kid|crowd|nonsense)\\b(?=\\s*(?:[,.!:;…—–-]|lol|smh|tbh|honestly|again|$|[\\u{1F300}-\\u{1FAFF}]))`, "giu"),
  new RegExp(`\\b${GROUP_SUBJ}\\s+(?:(?:just|all|basically|literally|honestly|seriously|still)\\s+)*(?:never (?:take|follow|listen|comply|learn|bother|show up|turn up|pay|wash|shower|help themselves|look after|stop|work)|always (?:lie|lying|exaggerate|complain|moan|want|expect|abuse|milk|play the|think|turn up|show up|smell)|can(?:'|’)?t (?:be trusted|help themselves|follow (?:simple )?instructions)|(?:only|just) (?:come|came|want|wanted) (?:in )?(?:for (?:the )?(?:drugs|meds|opioids|a sandwich|attention|a sick note|a work note|benefits|free stuff))|think (?:the |this |A&E |the ER |the ED |the hospital )?(?:is|are) (?:a |their )?(?:hotel|hostel|taxi|free)|(?:don(?:'|’)?t|do not|never) (?:even |actually |really )?want to (?:get better|get well|get clean|get sober|help themselves|recover|be helped)|(?:only |just )?want (?:a |their )?(?:warm |free |hot |clean )?(?:bed|sandwich|meal|roof|fix|sick note|work note)(?: and a (?:warm |free |hot )?(?:bed|sandwich|meal|shower|cuppa))?)\\b`, "gi"),
  // "these people breed like rabbits", "popping out kids for benefits"
  new RegExp(`\\b${GROUP_SUBJ}\\s+(?:(?:just|all|basically|literally|honestly|seriously|still|keep|keeps)\\s+)*breed(?:s|ing)?\\s+(?:like\\s+(?:rabbits|flies|rats|mice|animals|cattle|vermin|cockroaches|it(?:'s|’s| is| was) (?:a|an|their)\\b)|and\\s+(?:then\\s+)?(?:expect|leave|dump|claim|sponge)|for (?:the )?(?:benefits|welfare|money|cheques?|checks?))|\\b(?:pop(?:s|ped|ping)?|churn(?:s|ed|ing)?|squeez(?:e|es|ed|ing)) out\\s+(?:(?:kid|kids|baby|babies|sprogs|brats|one|another)\\s+)+(?:after another\\s+)?(?:for (?:the )?(?:benefits|welfare|money|housing|cheques?|checks?)|like (?:rabbits|it(?:'s|’s) a sport))`, "gi"),
  new RegExp(`\\bwhy (?:do|are|does|is|must|can(?:'|’)?t) (?:all|these|those|every single one of (?:these|those)|so many|half (?:of )?(?:these|the)) (?:${GROUP_ADJ} )?(?:${GROUP_NOUN}|people|patients|mums|moms|dads|grannies|oldies|boomers)\\b[^.!?\\n]{0,30}?\\b(?:think|treat|act(?: like)?|expect|assume|insist|refuse|complain|whinge|moan|lie|smell|never|always|can(?:'|’)?t|won't|so (?:lazy|rude|entitled|dramatic|needy|dirty|stupid))\\b`, "gi"),
];
/** Getting rid of stigmatised patients: "turf the abusers faster", "weed out the time-wasters". */
const TURF = /\b(?:turf|turfing|turfed|boot|booting|kick out|kicking out|throw out|throwing out|chuck out|chucking out|dump|dumping|bounce|bouncing|get rid of|getting rid of|clear out|weed out|weeding out)\s+(?:all\s+)?(?:the|these|those|our)\s+(?:drug\s+|substance\s+|alcohol\s+|benzo\s+|opioid\s+|opiate\s+|system\s+)?(?:abusers|drunks|seekers|time-?wasters|scroungers|malingerers|fakers|freeloaders)\b/gi;
STEREOTYPE.push(TURF);
const BREED = STEREOTYPE.find((re) => re.source.includes("breed(?:s|ing)?"))!;
const BREED_GUARD = /\b(?:breed\w*|pop\w*|churn\w*|squeez\w*)\b/i;
/** Cheap word tests for the two stereotype patterns whose case-insensitive unicode scans cost the most. */
const STEREOTYPE_GUARDS = new Map<RegExp, RegExp>([
  [STEREOTYPE.find((re) => re.source.startsWith("\\bof course"))!, /\bof course\b/i],
  [STEREOTYPE.find((re) => re.source.startsWith("\\btypical"))!, /\btypical\b/i],
]);
/** Contempt for a social class or neighbourhood: "the usual welfare crowd from X who only show up when they need forms signed". */
const CLASS_ADJ = "(?:welfare|benefits?|dole|social[- ]assistance|BS|council[- ]estate|council[- ]house|estate|trailer[- ]park|trailer|ghetto|hood|projects|section[- ]8|medicaid|uninsured|low-?income|inner[- ]city|rough[- ]end)";
const CLASS_SUBJ = `(?:the |these |those |that |all |most |half (?:of )?(?:the )?)?(?:usual |same |typical |whole |regular |local )?${CLASS_ADJ}\\s+(?:crowd|lot|types?|bunch|mob|brigade|set|crew|patients|people|families|mums|moms|mothers|dads|folks|regulars|clientele|cases|kids)(?:\\s+(?:from|in|of|out of|on)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:[A-Z][\\w'’-]+|estates?|projects|reserve|county line|(?:east|west|north|south) (?:side|end)|hood|ghetto|trailer park|flats|towers))?(?:\\s*,?\\s*(?:who|that))?`;
const CLASS_CONTEMPT = new RegExp(`\\b${CLASS_SUBJ}\\s+(?:(?:just|all|basically|literally|honestly|still|ever)\\s+)*(?:(?:only|just) (?:ever )?(?:show(?:s)? up|turn(?:s)? up|come(?:s)? in|come(?:s)? back|come|call|ring|appear|bother (?:to come|coming|turning up))(?: here)?\\s+(?:when|if|once|for|to get|to pick up)\\b|never (?:show|turn) up|never (?:bother|pay|work|keep|follow|listen)|(?:are|is|were)\\s+${INTENS}${PRED})`, "g");

/** An explanation of the barriers people face is not contempt: "never show up because the bus takes two hours". */
const STRUCTURAL = /\b(?:because|since|due to|can(?:'|’)?t afford|cannot afford|costs?|transport|transportation|bus|buses|barriers?|no car|childcare|work(?:ing)? hours|two jobs|shift work|time off)\b/i;
/** A nationality or origin plus mockery of language ability or a ban: "the Filipino nurses who can barely speak English". */
const NAT = "(?:Filipino|Filipina|Pinoy|Nigerian|Ghanaian|Kenyan|Zimbabwean|Somali|Ethiopian|Eritrean|Sudanese|Congolese|Cameroonian|Senegalese|Moroccan|Algerian|Tunisian|Egyptian|Syrian|Iraqi|Iranian|Afghan|Pakistani|Indian|Bangladeshi|Sri Lankan|Nepali|Chinese|Korean|Vietnamese|Thai|Malay|Indonesian|Burmese|Polish|Romanian|Bulgarian|Lithuanian|Latvian|Ukrainian|Russian|Albanian|Turkish|Arab|Arabic|African|Asian|Eastern European|Mexican|Latino|Latina|Hispanic|Brazilian|Colombian|Venezuelan|Haitian|Jamaican|Caribbean|Portuguese|Spanish|Italian|Greek|foreign|immigrant|migrant|overseas|international|foreign-trained|overseas-trained|foreign-born)";
const NAT_GROUP = `(?:(?:the|these|those|all|most|half|half of the|half the|some|our|their|all the|most of the)\\s+)?${NAT}(?:\\s*(?:,|and|or|&|\\/)\\s*${NAT})*(?:[- ]trained)?\\s+(?:[\\w-]+\\s+)?(?:nurses|doctors|docs|locums|staff|carers|caregivers|HCAs|residents|interns|students|physicians|pharmacists|workers|colleagues|people|patients|families|parents|cleaners|porters|techs|photographers|assistants|medics|grads|graduates|registrars|regs|consultants|IMGs|surgeons|dentists|aides|PSWs|agency staff|healthcare workers)`;
const NATIONALITY: RegExp[] = [
  new RegExp(`\\b${NAT_GROUP}\\b[^.!?\\n]{0,40}?\\b(?:can(?:'|’)?t|cannot|can barely|can hardly|could(?:n(?:'|’)?t)?|barely|hardly|don(?:'|’)?t|do not|doesn(?:'|’)?t|never)\\s+(?:even\\s+|barely\\s+|hardly\\s+)?(?:speak|understand|write|read|string (?:a sentence|two words|a word)|talk|communicate|say)\\b[^.!?\\n]{0,20}?\\b(?:English|French|the language|properly|a (?:word|sentence)|a word of)\\b`, "g"),
  new RegExp(`\\b${NAT_GROUP}\\b[^.!?\\n]{0,60}?\\b(?:shouldn(?:'|’)?t|should not|ought not(?: to)?|need to stop|must not|mustn(?:'|’)?t)\\s+be\\s+(?:allowed|let|working|practi[sc]ing|treating|photographing|touching|near|anywhere near|on the wards?|here|in this country|doing (?:anything|consent|discharge)|trusted)\\b|\\b${NAT_GROUP}\\b[^.!?\\n]{0,40}?\\bshould (?:be sent (?:back|home)|go back (?:home|to (?:their|where))|be deported|be banned)\\b`, "g"),
  /\bfresh off the boat\b/gi,
];
/** Mockery of someone's English: "Typical of someone who can barely speak English", "go learn English first". */
const LANGUAGE_MOCK = /\b(?:typical(?: of)?|what (?:do|did) you expect from|that(?:'s|’s| is) what you get (?:with|from|for hiring))\s+(?:someone|somebody|a (?:guy|woman|man|girl|person|nurse|doctor|locum|colleague|foreigner)|them|her|him|that lot|you)\s+(?:who|that)\s+(?:can(?:'|’)?t|cannot|can barely|can hardly|barely|hardly)\s+(?:even\s+)?(?:speak|write|string together|understand)\s+(?:proper\s+|basic\s+|a word of\s+)?(?:English|French)\b|\b(?:go|just|maybe|then|first)\s+(?:and\s+)?learn\s+(?:to speak\s+)?(?:proper\s+|some\s+|basic\s+)?English\b(?!\s+(?:with|alongside|together|at|in|from|through|for (?:the|my|our|your) (?:job|exam|IELTS|OET)))|\byou\s+(?:can(?:'|’)?t|cannot|can barely|can hardly)\s+(?:even\s+)?speak\s+(?:proper\s+)?English\b/gi;
/** Québec slur for people on social assistance, in French text: "les BS du quartier". */
const FR_BS = /(?<![\p{L}])(?:les|des|ces|nos|aux|maudits?|gros)\s+(?:maudits?\s+|(?:osti|crisse|tabarnak|câlisse) de\s+)?B\.?S\.?(?![\p{L}])/gu;
/** Calling for a group to be kept apart: "une file séparée pour ce monde-là", "a separate queue for those people". */
const SEGREGATE = /(?<![\p{L}])(?:(?:a|an)\s+(?:separate|special|different|own)\s+(?:line|queue|waiting room|waiting area|entrance|door|ER|ED|A&E|clinic|wing|ward|bathroom|toilets?|hospital)\s+for\s+(?:these|those|that|people like)\s+(?:people|types?|lot|kind|ones|that|them|sort)|(?:une?|des|leur)\s+(?:file|salle(?: d['’]attente)?|entrée|urgence|porte|clinique|ligne|section|aile|étage|toilettes?|hôpital)\s+(?:séparée?s?|à part|spéciale?s?|juste)\s+pour\s+(?:ce monde-là|ces gens-là|ce monde|ces gens|eux autres|ce genre de (?:monde|patients|personnes)|ces (?:patients|personnes|familles|BS)-là|les BS))(?![\p{L}])/giu;
/**
 * Ageism (and the sexism that often rides with it) aimed at a person or a group: "like most of her
 * generation she is simply too old to understand digital workflows", "a woman of a certain age who is
 * clearly past it". The writer's own age ("I'm too old for all-nighters") and someone's own words
 * ("my nan says she's too old to learn TikTok") are not flagged.
 */
const AGEISM = /(?<!\b(?:says|said|jokes|joked|thinks|thought|feels|felt|claims|claimed|insists|insisted|admits|admitted|reckons|swears)\s+)\b(?:she|he|they|(?:[\w-]+\s+)?(?:women|men|people|staff|consultants|nurses|doctors|managers|colleagues)\s+(?:over|above|past)\s+(?:\d{2}|forty|fifty|sixty|seventy))(?:(?:'s|’s|'re|’re)|\s+(?:is|are|was|were))?\s+(?:(?:simply|just|clearly|obviously|far|way|much|probably|basically|now|getting|all)\s+)*too old to (?:understand|learn|use|get|grasp|cope|keep up|adapt|change|work|do|handle|figure|be (?:in charge|running|managing|teaching|doing|working))\b|\b(?:woman|man|lady|women|men|ladies|gentleman|nurse|consultant|doctor|manager|matron|sister)\s+of a certain age\b[^.!?\n]{0,40}?\b(?:past it|past (?:her|his|their) (?:prime|sell-by(?: date)?|best-before(?: date)?|use-by(?: date)?)|should (?:retire|have retired|be put out to pasture)|menopaus\w*|hormon\w*|dinosaur|senile|doddering|too old|out of touch|can(?:'|’)?t (?:keep up|cope|learn))|\b(?:she|he)(?:'s|’s| is)\s+(?:(?:clearly|obviously|well|way|long|so|totally|completely)\s+)*past (?:it|(?:her|his) (?:sell-by date|best-before date|use-by date|sell-by|best-before))\b|\blike (?:most|all|the rest|many|so many) of (?:her|his|their) generation,?\s+(?:she|he|they)\b[^.!?\n]{0,40}?\b(?:can(?:'|’)?t|cannot|doesn(?:'|’)?t|don(?:'|’)?t|won(?:'|’)?t|refuses?|refused|too old|clueless|hopeless|useless|no idea)\b/gi;
const AGEISM_HINT = /\b(?:too old|certain age|past (?:it|her|his)|generation)\b/i;

/**
 * Blind-8 classes: a demeaning nickname staff give a patient or a clinic ("the nurses call her the
 * boomerang", "as the team calls it, 'the weighbridge'"); fat-shaming patients ("before they eat
 * through the vending machine"); dismissing an ethnic group's care as pointless ("the Hmong grandmas
 * never take their meds anyway"). Each pattern has a cheap word test and its own message.
 */
const NICKNAME = /\b(?:call|calls|called|calling|nicknamed|dubbed)\s+(?:(?:her|him|them|it|this (?:one|patient|lady|man|guy|woman|list|clinic))\s*,?\s*)?["“'‘]?the\s+(?:boomerang|weighbridge|weigh ?station|whale|beached whale|land ?whale|hippo|walrus|blob|heifer|elephant|fat farm|feeding trough|trough|cattle market|vegetable|veggie|cabbage|turnip|gomer|furniture|zoo animal)s?["”'’]?(?!\s*(?:effect|phenomenon|model|pattern|curve|sign|stage|study|kid|kids|generation|child|children|strategy|technique|throw)\b)(?![\w-])/gi;
const FAT_EAT = /\b(?:they|he|she|these (?:patients|people|ones)|the (?:bariatric |obese )?patients)\s+(?:(?:just|basically|literally|all|then|can)\s+)?(?:eat|eats|ate|eating)\s+(?:(?:their|his|her)\s+way\s+)?through\s+the\s+(?:vending machines?|snack machines?|buffet|canteen|cafeteria|fridge|kitchen|tea trolley|food court|biscuit tin|ward biscuits)\b/gi;
const FAT_CONTEXT = /\b(?:patients?|bariatric|obese|obesity|weigh\w*|BMI|clinic|list|ward|stool|hoist)\b/i;
const ORIGIN_DISMISS = new RegExp(String.raw`\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll (?:the|these|those)|[Mm]ost of the|[Oo]ur)\s+(?:${NAT}|Hmong|Karen|Roma|Romani|Gypsy|Traveller|Punjabi|Sikh|Tamil|Bengali|Gujarati|Aboriginal|Indigenous|Native|First Nations|Inuit|Maori|Māori|Samoan|Tongan|Amish|Hasidic|Orthodox|Jewish|Muslim|Cambodian|Laotian|Khmer|Rohingya|Kurdish|Yemeni|Palestinian|Lebanese|Black|Puerto Rican|Dominican|Cuban|Salvadoran|Guatemalan|Honduran|Japanese|Tibetan|Armenian|Serbian|Bosnian|Kosovar)\s+(?:grandmas|grannies|grandmothers|grandpas|grandfathers|aunties|aunts|uncles|elders|ladies|women|men|mums|moms|mothers|dads|fathers|parents|families|patients|folks|people|guys|kids|teens|lot)\s+(?:(?:just|all|basically|literally|honestly|still|usually)\s+)*(?:never|always|don(?:'|’)?t|won(?:'|’)?t|can(?:'|’)?t|refuse to|do not|will not)\b[^.!?\n]{0,80}?\b(?:anyway|pointless|no point|why bother|waste of (?:time|breath|effort)|not worth|don(?:'|’)?t bother)\b`, "g");
/** One case-sensitive scan before any blind-8 pattern: the words they all need (prose writes them in lower case). */
const RECALL9_HINT = /boomerang|weigh|whale|hippo|walrus|blob|heifer|elephant|fat farm|trough|cattle|vegetable|veggie|cabbage|turnip|gomer|furniture|zoo animal|through the|anyway|pointless|no point|bother|waste of|not worth/;
const DISMISS_HINT = /\b(?:anyway|pointless|no point|bother|waste of|not worth)\b/i;
/**
 * Blind-10 class: a person likened to a large animal for their size ("like trying to photograph a
 * beached whale", "the size of a hippo"); not the writer about themself ("I feel like a beached whale at 38 weeks").
 */
const ANIMAL_LIKE = /\b(?:like|the size of|as big as)\s+(?:(?:(?:trying|having|attempting)\s+to\s+[\w-]+|(?:moving|lifting|rolling|turning|positioning|photographing|scanning|examining|shifting|pushing|hoisting|weighing|dressing|washing|transferring))\s+(?:\w+\s+)?)?(?:a|an)\s+(?:beached\s+whale|whale|hippo(?:potamus)?|walrus|manatee|elephant seal|sea lion|blob)\b/gi;
const SELF_BEFORE = /\b(?:I|I'm|I’m|me|myself)\b(?:\s+[\w'’]+){0,3}\s+$/i;
const PERSON_CONTEXT = /\b(?:patients?|she|he|her|him|lady|woman|man|guy|bloke|girl|boy|client|mum|mom|dad|husband|wife)\b/i;
const RECALL9: [RegExp, RegExp, string][] = [
  [ANIMAL_LIKE, /\b(?:whale|hippo|walrus|manatee|elephant seal|sea lion|blob)/i, "This sentence mocks a person's body or weight; remove it and describe the person respectfully."],
  [NICKNAME, /\b(?:boomerang|weigh ?(?:bridge|station)|whale|hippo|walrus|blob|heifer|elephant|fat farm|trough|cattle|vegetable|veggie|cabbage|turnip|gomer|furniture|zoo animal)/i, "This sentence gives a patient a demeaning nickname; remove it and describe the person respectfully."],
  [FAT_EAT, /\bthrough the (?:vending|snack|buffet|canteen|cafeteria|fridge|kitchen|tea|food|biscuit|ward)/i, "This sentence mocks patients for their weight; remove it and describe the person respectfully."],
  [ORIGIN_DISMISS, /\b(?:grandmas|grannies|grandmothers|grandpas|grandfathers|aunties|aunts|uncles|elders|ladies|women|men|mums|moms|mothers|dads|fathers|parents|families|patients|folks|people|guys|kids|teens|lot)\s+(?:(?:just|all|basically|literally|honestly|still|usually)\s+)*(?:never|always|don|won|can|refuse|do not|will not)\b/i, "This sentence dismisses a whole group's care because of their origin; remove it, and describe specific barriers respectfully if they matter."],
];

/**
 * Blind-9 class: an ethnic or Indigenous group stereotyped by habit in a patient context ("the
 * usual Travellers who turn up without appointments and expect to be seen first", "the Roma families
 * jumping the queue, as per"). The group needs a determiner or "usual/typical" (so a travel clinic's
 * "travellers" or a sentence-initial "Travellers" is not read as the ethnic group), the predicate a
 * habitual stereotype, and the sentence a habit marker ("usual", "always", "as per", "typical"); writing
 * about barriers, exclusion or outreach (HEALTH_EQUITY) is not flagged.
 */
const ETH_NOUN = "(?:families|women|men|lads|girls|boys|kids|children|mums|mammies|mothers|fathers|dads|lot|crowd|clan|crew|patients|people|folk|folks|grannies|aunties|uncles|teens|parents)";
const ETH_GROUP = String.raw`(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll (?:the|these|those)|[Hh]alf (?:of )?(?:the|these|those)|[Mm]ost of (?:the|these|those)|[Oo]ur|[Yy]our|[Aa] (?:load|bunch|pack|gang|crowd|horde|busload|clan) of|[Ll]oads of|[Tt]ypical|[Uu]sual)\s+(?:(?:usual|same|regular|local|typical|resident)\s+)?(?:(?:Irish\s+)?(?:Travell?ers|Roma|Romanies|Gypsies|Gipsies|Gitans|Natives|Aboriginals|Aborigines)(?:\s+${ETH_NOUN})?|(?:Irish\s+)?(?:Travell?er|Romani|Romany|Gypsy|Gipsy|Aboriginal|Indigenous|Native|First Nations|Inuit)\s+${ETH_NOUN})`;
const ETH_PRED = String.raw`(?:(?:turn|turns|turning|turned|show|shows|showing|rock|rocks|rocking|roll|rolls|rolling|pile|piles|piling|come|comes|coming|wander|wanders|barge|barges|barging|stroll|strolls)\s+(?:up|in)(?:\s+here)?\s+(?:without\s+(?:an?\s+|any\s+)?(?:appointments?|booking|referral)|unannounced|whenever (?:they|it) (?:like|want|suits?|feel like it)|mob-handed|en masse|twenty-handed)|expect(?:s|ing|ed)?\s+(?:to be (?:seen|served|treated|looked after) (?:first|straight away|immediately|the same day|right away|before everyone)|special treatment|everything (?:for free|handed))|(?:jump|jumps|jumping|jumped|skip|skips|skipping|push|pushes|pushing)\s+(?:the\s+)?(?:queue|line)|(?:kick|kicks|kicking|kicked)\s+off|never\s+(?:keep|keeps|kept|turn up (?:for|to)|show up (?:for|to)|attend|pay|wait|queue|book)|(?:demand|demands|demanding|demanded)\s+(?:to be seen|antibiotics|everything|an? (?:doctor|consultant)|the consultant|special)|(?:scream|screams|screaming|screamed)\s+the place down|(?:won(?:'|’)?t|don(?:'|’)?t|refuse to|refusing to)\s+(?:wait|queue))`;
const ETH_HABIT_RE = new RegExp(String.raw`\b${ETH_GROUP}\s*,?\s+(?:(?:who|that)\s+)?(?:(?:always|just|all|still|basically|literally|usually|inevitably|then|of course)\s+)*${ETH_PRED}`, "g");
const ETH_HINT = /without (?:an? |any )?(?:appointment|booking|referral)|unannounced|whenever (?:they|it)|mob-handed|en masse|twenty-handed|expect\w* (?:to be|special|everything)|(?:jump|skip|push)\w* (?:the )?(?:queue|line)|kick\w* off|never (?:keep|kept|turn|show|attend|pay|wait|queue|book)|demand\w* (?:to be|antibiotics|everything|an? |the consultant|special)|place down|(?:won|don)(?:'|’)?t (?:wait|queue)|refus\w* to (?:wait|queue)/i;
const ETH_WORD = /Travell?er|Roma|Romany|Gyps|Gips|Gitan|Native|Aborigin|Indigenous|First Nations|Inuit/;
const ETH_HABIT = /\b(?:usual|always|typical|as per|as usual|as always|again|of course|every (?:time|week|day|clinic|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|never|classic|naturally|sure what can you do|what can you do|go figure)\b|[🙄🤦]/iu;
const HEALTH_EQUITY = /\b(?:refus\w* (?:to )?register|registration|excluded|exclusion|discriminat\w*|racism|stigma\w*|outreach|inequ\w*|life expectancy|mortality|mistrust|distrust|liaison|mediators?|advocat\w*|culturally|literacy|access|turned away|settled population|evictions?|halting sites?)\b/i;
const TRAVEL_MED = /\b(?:vaccin\w*|jabs?|yellow fever|malaria|typhoid|rabies|travel (?:clinic|health|medicine|insurance)|trips?|holidays?|flights?|airport|backpack\w*|itinerar\w*|abroad)\b/i;

/**
 * Blind-10 classes. "Typical Polish agency lot, can't follow a protocol": a nationality dismissed as an
 * exclamatory "Typical X lot/staff/nurses," (a collective or a job, then punctuation), never "a typical
 * Polish family dinner". "des IMG qui comprennent rien au français", "IMGs who can barely speak English":
 * international graduates mocked for their language, not writing about language support.
 */
const TYPICAL_NAT = new RegExp(String.raw`(?<=^|[.!?…]\s+|\n\s*|["“(]\s*|[:;—–]\s+|,\s+)(?:(?:honestly|just|so|oh|yeah|ugh)[,\s]+)?typical\s+${NAT}\s+(?:[\w-]+\s+)?(?:lot|crowd|bunch|mob|types?|staff|nurses|doctors|docs|locums|workers|carers|agency|cover|people|men|women|guys|blokes|lads|grads|IMGs|students|drivers|cleaners|porters|builders|patients|families)\b(?=\s*(?:[,.!:;…—–-]|lol|smh|tbh|again|as usual|$))`, "gi");
const IMG_LANG = new RegExp(String.raw`(?<![\p{L}])(?:(?:IMG|DHCEU)s?|médecins?\s+(?:étrangers?|immigrants?|formés?\s+à\s+l['’]étranger)|résident(?:e)?s\s+étranger(?:e)?s|infirmières?\s+(?:étrangères?|immigrantes?)|immigrants?|étrangers?)\s+(?:qui|qu['’](?:ils|elles))\s+(?:ne\s+|n['’])?(?:comprennent|comprend|parlent|parle|savent|sait|écrivent|écrit|baragouinent|baragouine)\s+(?:même\s+)?(?:pas|rien|jamais|à peine|quasiment rien|presque rien|un mot)(?![\p{L}])[^.!?\n]{0,24}?(?:français|anglais|la langue)|(?<![\p{L}])IMGs?(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{L}])(?:can(?:'|’)?t|cannot|can barely|can hardly|barely|hardly|don(?:'|’)?t|do not|never)\s+(?:even\s+)?(?:speak|understand|write|read|string|talk|communicate)(?![\p{L}])[^.!?\n]{0,20}?(?:English|French|the language|properly|a word|a sentence)(?![\p{L}])`, "giu");
/** Writing about language support for international graduates is not mockery. */
const LANGUAGE_SUPPORT = /\b(?:cours|classes?|tutor\w*|soutien|aide[rz]?|support\w*|help(?:s|ed|ing)?|mentor\w*|francisation|ont droit|offr\w*|accommodat\w*|welcome|bienvenue|resources?|ressources?|formation|training|barri\w+|deserve|méritent)\b/i;

/** Each contempt pattern with a cheap word test that must pass before it runs on a block. */
const CONTEMPT_GUARDED: [RegExp, RegExp][] = [
  [CLASS_CONTEMPT, /\b(?:welfare|benefits?|dole|assistance|BS|council|estate|trailer|ghetto|hood|projects|section|medicaid|uninsured|income|inner|rough)\b/i],
  [NATIONALITY[0]!, /\b(?:English|French|language|properly|word|sentence)\b/i],
  [TYPICAL_NAT, /\btypical\b/i],
  [IMG_LANG, /IMG|DHCEU|[EÉeé]trang|[Ii]mmigr/],
  [NATIONALITY[1]!, /\b(?:shouldn|should|ought|must|mustn)\b/i],
  [NATIONALITY[2]!, /\bboat\b/i],
  [LANGUAGE_MOCK, /\b(?:speak|learn)\b[^.!?\n]{0,30}\bEnglish\b/i],
  [FR_BS, /\bB\.?S\b/],
  [SEGREGATE, /\bfor (?:these|those|that (?:lot|kind|sort|type)|people like)\b|\bpour (?:ce monde|ces gens|eux autres|ce genre|les BS)/i],
];
/**
 * The blind-10 contempt patterns reuse word tests the rule runs on every block anyway: "typical" (the
 * stereotype guard) for TYPICAL_NAT, and a language word for IMG_LANG, before their own guards.
 */
const TYPICAL_WORD = STEREOTYPE_GUARDS.get(STEREOTYPE.find((re) => re.source.startsWith("\\btypical"))!)!;
const LANGUAGE_WORD = /\b(?:English|French|language|properly|word|sentence|fran[cç]ais|anglais|langue)\b/i;
/** Only named nationalities, ethnicities and "foreign" count for a ban; "overseas-trained nurses should be allowed to register" is advocacy. */
const NAT_BAN_ADVOCACY = /\b(?:international|overseas|internationally)[- ]trained\b[^.!?\n]{0,60}\bshould be allowed\b/i;

/**
 * A patient or family named by ethnic, Indigenous or national origin, then a contemptuous stereotype:
 * "one lady from the reserve who, shocker, was drunk again", "the Roma family … stank out the studio".
 * Smell and filth words count on their own; drunkenness only with a sneer ("shocker", "as usual").
 */
const ORIGIN_ADJ = `(?:${NAT}|Roma|Romani|Romanies|Rom|gypsy|gipsy|gypsies|travell?er|Indigenous|Aboriginal|Native|First Nations|Inuit|M[eé]tis|Black|Muslim|Jewish|Sikh|Hindu|Gitan|Gitane|autochtone)`;
const ORIGIN_PERSON = `(?:family|families|lady|ladies|woman|women|man|men|guy|guys|bloke|blokes|fella|fellas|kid|kids|child|children|mum|mums|mom|moms|mother|dad|father|patient|patients|couple|boy|boys|girl|girls|lot|crowd|grandma|grandmother|granny|grandpa|grandfather|teen|teens|teenager|client|clients|people|folks?|lads?|clan|tribe|dame|femme|homme|gars|famille|patiente?|monsieur|madame|jeune)`;
const ORIGIN_SUBJECT = new RegExp(
  `(?<![\\p{L}])(?:${ORIGIN_ADJ}(?:[- ]\\p{L}+)?\\s+(?:[\\p{L}-]+\\s+)?${ORIGIN_PERSON}|${ORIGIN_PERSON}\\s+(?:(?:from|off|out of|de|du|sur)\\s+(?:the\\s+|la\\s+)?(?:reserve|reservation|rez|res|rancheria|pueblo|halting site|traveller site|encampment|favela|township|réserve|communauté)|(?:rom|roms|gitane?s?|autochtones?)))(?![\\p{L}])`,
  "giu",
);
/** Filth, smell and animal words: contempt on their own. */
const ORIGIN_FILTH = /(?<![\p{L}])(?:stank|stunk|stinks?|stinking|reek(?:s|ed|ing)?|pong(?:ed|s|ing)?|smell(?:s|ed|t|ing)?\s+(?:so\s+|really\s+|absolutely\s+)?(?:bad|awful|terrible|disgusting|foul|rank|vile|horrendous|like (?:a |an )?(?:sewer|zoo|farm|barn|bins?|dump|pigs?|animals?|shit|piss|booze|grog|a brewery)|of (?:booze|grog|piss|shit|alcohol|urine))|filthy|feral|crawling with lice|like (?:animals|savages|wild animals|pigs)|puai(?:t|ent)|empestai(?:t|ent)|sentai(?:t|ent) (?:mauvais|fort))(?![\p{L}])/iu;
const ORIGIN_DRUNK = /(?<![\p{L}])(?:drunk|wasted|hammered|plastered(?!\s+(?:cast|arms?|legs?|up|on|with|in))|smashed(?!\s+(?:the|a|an|his|her|their|into|through|up|it))|sloshed|legless|stoned|high(?=\s+(?:again|as (?:a kite|usual|always)|on\b))|off (?:his|her|their) (?:face|head|tits|nut)|blotto|sa[oô]ule?s?|soûle?s?|paqueté?e?s?|gel[ée]e?s?)(?![\p{L}])/iu;
const SNEER = /(?<![\p{L}])(?:shocker|surprise,? surprise|big surprise|what a surprise|no surprise there|of course|naturally|as usual|as always|classic|typical|go figure|obviously|predictably|quelle surprise|comme d['’]habitude|comme toujours|évidemment|bien entendu|bien sûr)(?![\p{L}])|[🙄🤷]/iu;
/** Cheap pre-test for ORIGIN_FILTH and ORIGIN_DRUNK. */
const ORIGIN_PRED_HINT = /st[ia]nk|stunk|reek|pong|smel|filth|feral|with lice|animals|savages|pigs|puai|empest|sentai|drunk|wasted|hammered|plastered|smashed|sloshed|legless|stoned|high (?:again|as|on)|off (?:his|her|their)|blotto|sa[oô]ul|soûl|paquet|gel[ée]/;
const OTHER_SUBJECT = /^['’]s\b|\b(?:the|a|an|his|her|their|our|my|this|that|its)\s+(?!(?:dad|mum|mom|mother|father|kids?|sons?|daughters?|husband|wife|baby|grandma|grandmother|grandpa|grandfather|granny|uncle|aunt|brothers?|sisters?|parents?|man|woman|lady|guy|bloke|boy|girl|teen|teenager|whole|entire|lot)\b)[\w-]+(?:\s+[\w-]+)?\s*$/i;
const ORIGIN_HINT = /(?:Roma|Romani|gyps|gips|travell?er|Indigenous|Aboriginal|Native|First Nations|Inuit|M[eé]tis|reserve|reservation|\brez\b|\bres\b|réserve|rancheria|pueblo|halting|encampment|favela|township|autochtone|gitan|\brom|Black|Muslim|Jewish|Sikh|Hindu|foreign|immigrant|migrant|[A-Z][a-z]+(?:ian|ese|ish|i|an|ean|ic)\b)/u;

const PRONOUN_START = /^(?:they|they're|theyre|(?:half|most|all|some|many|a lot|lots|none|every one|each) of (?:them|these|those)\b(?! people))/i;
/** For "they/them" subjects the block must be about patients or a group, not colleagues. */
const GROUP_CONTEXT = new RegExp(`\\b(?:patients?|clinic|clinics|ward|bariatric|obese|overweight|homeless|shelter|immigrants?|refugees?|migrants?|addicts?|users|${GROUP_ADJ})\\b`, "i");

function capitalizeLike(sample: string, text: string): string {
  return /^[A-Z]/.test(sample) && !/^[A-Z]{2,}/.test(sample) ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** A custom pack's own derogatory slang (`lists.derogatorySlang`), compiled once per pack. */
const packSlang = new WeakMap<object, RegExp | null>();
function packSlangRegex(pack: { lists?: Record<string, string[]> }): RegExp | null {
  if (!packSlang.has(pack)) {
    const terms = pack.lists?.derogatorySlang ?? [];
    packSlang.set(pack, terms.length ? phraseRegex(terms) : null);
  }
  return packSlang.get(pack)!;
}

export default defineRule({
  id: "conduct.discrimination",
  title: "Discriminatory or demeaning language",
  description:
    "Flags slurs, demeaning generalisations about groups of people, and derogatory clinical slang about patients (\"frequent flyer\", \"gomer\", \"drug seeker\", \"bed blocker\", \"crock\", \"status dramaticus\"). Posting discriminatory language is a disciplinary matter under every health-science policy and it erodes patients' trust. Where a respectful, person-first wording exists the finding offers it as a suggestion. Medical terms that resemble slurs (spastic diplegia, Homo sapiens, growth retardation) and ordinary phrases (\"frequent flyer miles\") are not flagged.",
  severity: "error",
  sources: ["umn-health-sciences:policy-2", "quebec-postgraduate:I.7", "imi:2"],
  fixes: [{ id: "person-first", kind: "suggestion", description: "Replace the slang with respectful, person-first wording (e.g. \"frequent flyers\" → \"patients who visit often\")." }],
  scope: "block",
  examples: [
    { bad: "The waiting room was the usual mix of frequent flyers and drug seekers.", good: "The waiting room was busy, with several patients we see often and some in a lot of pain." },
    { bad: "Half of them are just lazy and expect us to do all the work getting them positioned in the bariatric clinic.", good: "Positioning patients in the bariatric clinic takes planning and the right equipment." },
  ],
  check(ctx) {
    const block = ctx.block!;
    const text = block.text;
    const base = block.start;
    const taken: RelSpan[] = [];
    const overlaps = (s: RelSpan) => taken.some((t) => s.start < t.end && t.start < s.end);

    const sentences = blockSentences(block);
    for (const m of allMatches(SLANG_RE, text)) {
      const info = slangByPhrase.get(norm(m[0]));
      if (!info) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      const next = NEXT_WORD.exec(after)?.[1]?.toLowerCase();
      if (next && info.unless.has(next)) continue;
      const preceding = text.slice(Math.max(0, m.index - 30), m.index);
      if (META_BEFORE.test(preceding) || META_AFTER.test(after)) continue;
      if (BARE_TERM.test(text.slice(0, m.index)) && /^s?[\s"”'’*_.,;:!-]*$/.test(text.slice(m.index + m[0].length))) continue;
      // a quoted term in a sentence about language ("Words like 'frequent flyer' and 'drug seeker' …")
      if (/["“'‘]\s*$/.test(preceding) && /^\s*["”'’]/.test(after) && META_SENTENCE.test(text.slice(sentenceAt(sentences, m.index, text.length).start, sentenceAt(sentences, m.index, text.length).end))) continue;
      if (info.before && !info.before.test(preceding)) continue;
      if (info.notBefore?.test(preceding)) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      taken.push(span);
      const suggestion = info.plural ? info.entry.suggestPlural : info.entry.suggest;
      ctx.report({
        start: base + span.start,
        end: base + span.end,
        message: suggestion
          ? `"${m[0]}" is derogatory slang about patients; describe the person instead (e.g. "${suggestion}").`
          : `"${m[0]}" is derogatory slang about patients; remove it and describe the person respectfully.`,
        fixes: suggestion
          ? [{ id: "person-first", title: `Replace with "${suggestion}"`, edits: [{ start: base + span.start, end: base + span.end, insert: capitalizeLike(m[0], suggestion) }] }]
          : undefined,
      });
    }

    const local = packSlangRegex(ctx.pack);
    if (local) {
      for (const m of allMatches(local, text)) {
        const span = { start: m.index, end: m.index + m[0].length };
        const preceding = text.slice(Math.max(0, m.index - 30), m.index);
        if (overlaps(span) || META_BEFORE.test(preceding) || META_AFTER.test(text.slice(span.end, span.end + 30))) continue;
        taken.push(span);
        ctx.report({ start: base + span.start, end: base + span.end, message: `"${m[0]}" is derogatory slang about patients under ${ctx.pack.name}'s policy; remove it and describe the person respectfully.` });
      }
    }

    for (const s of findSlurs(text)) {
      if (overlaps(s)) continue;
      taken.push(s);
      ctx.report({ start: base + s.start, end: base + s.end, message: `"${text.slice(s.start, s.end)}" is a slur or demeaning term for a group of people; remove it.` });
    }

    // word tests shared by several patterns, run once
    const typical = TYPICAL_WORD.test(text), language = LANGUAGE_WORD.test(text);
    for (const re of STEREOTYPE) {
      if (re === BREED && !BREED_GUARD.test(text)) continue;
      const guard = STEREOTYPE_GUARDS.get(re);
      if (guard && !(guard === TYPICAL_WORD ? typical : guard.test(text))) continue;
      for (const m of allMatches(re, text)) {
        const sentence = sentenceAt(sentences, m.index, text.length);
        if (overlaps(sentence)) continue;
        const sent = text.slice(sentence.start, sentence.end);
        if (/["“][^"”]*$/.test(text.slice(sentence.start, m.index)) && META_SENTENCE.test(sent)) continue;
        // health-equity writing: "Our Indigenous patients often turn up without appointments at the outreach clinic, so we keep slots free"
        if (HEALTH_EQUITY.test(sent) && !/\b(?:lazy|scum|vermin|animals|parasites|filthy|liars|criminals|thieves|breed|rabbits|hotel|sandwich|drugs|benefits|milk)\b/i.test(sent)) continue;
        taken.push(sentence);
        ctx.report({
          start: base + sentence.start,
          end: base + sentence.end,
          message: "This sentence stereotypes a whole group of people; remove it, and describe specific facts respectfully if they matter.",
        });
      }
    }

    if (RECALL9_HINT.test(text)) for (const [re, guard, message] of RECALL9) {
      if (!guard.test(text)) continue;
      if ((re === FAT_EAT && !FAT_CONTEXT.test(text)) || (re === ORIGIN_DISMISS && !DISMISS_HINT.test(text))) continue;
      for (const m of allMatches(re, text)) {
        // a nickname is reported on its own words: the sentence often carries other slang already reported
        const sentence = re === NICKNAME ? { start: m.index, end: m.index + m[0].length } : sentenceAt(sentences, m.index, text.length);
        if (overlaps(sentence)) continue;
        const sent = text.slice(sentence.start, sentence.end);
        if (re === ORIGIN_DISMISS && STRUCTURAL.test(sent)) continue;
        if (re === ANIMAL_LIKE && (SELF_BEFORE.test(text.slice(sentence.start, m.index)) || !PERSON_CONTEXT.test(text))) continue;
        if (re === NICKNAME && META_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        taken.push(sentence);
        ctx.report({ start: base + sentence.start, end: base + sentence.end, message });
      }
    }

    if (ETH_WORD.test(text) && ETH_HINT.test(text)) {
      for (const m of allMatches(ETH_HABIT_RE, text)) {
        const sentence = sentenceAt(sentences, m.index, text.length);
        if (overlaps(sentence)) continue;
        const sent = text.slice(sentence.start, sentence.end);
        if (!ETH_HABIT.test(sent) || STRUCTURAL.test(sent) || HEALTH_EQUITY.test(sent) || (/Travell?er/.test(m[0]) && TRAVEL_MED.test(sent))) continue;
        if (/["“][^"”]*$/.test(text.slice(sentence.start, m.index)) && META_SENTENCE.test(sent)) continue;
        taken.push(sentence);
        ctx.report({
          start: base + sentence.start,
          end: base + sentence.end,
          message: "This sentence stereotypes people by their ethnic or national origin; remove it, and describe specific facts respectfully if they matter.",
        });
      }
    }

    if (AGEISM_HINT.test(text)) {
      for (const m of allMatches(AGEISM, text)) {
        const sentence = sentenceAt(sentences, m.index, text.length);
        if (overlaps(sentence)) continue;
        taken.push(sentence);
        ctx.report({
          start: base + sentence.start,
          end: base + sentence.end,
          message: "This sentence demeans someone for their age; remove it, and describe the specific problem respectfully if it matters.",
        });
      }
    }
    for (const [re, guard] of CONTEMPT_GUARDED) {
      if (re === TYPICAL_NAT ? !typical : re === NATIONALITY[0] ? !language : re === IMG_LANG ? !language || !guard.test(text) : !guard.test(text)) continue;
      for (const m of allMatches(re, text)) {
        const sentence = sentenceAt(sentences, m.index, text.length);
        if (overlaps(sentence)) continue;
        const sent = text.slice(sentence.start, sentence.end);
        if (re === FR_BS && !frenchAround(text, m.index)) continue;
        if (re === IMG_LANG && LANGUAGE_SUPPORT.test(sent)) continue;
        if (NAT_BAN_ADVOCACY.test(sent) || (re === CLASS_CONTEMPT && STRUCTURAL.test(sent)) || (/["“][^"”]*$/.test(text.slice(sentence.start, m.index)) && META_SENTENCE.test(sent))) continue;
        taken.push(sentence);
        ctx.report({
          start: base + sentence.start,
          end: base + sentence.end,
          message: "This sentence demeans people for their class, origin or language; remove it, and describe specific facts respectfully if they matter.",
        });
      }
    }

    if (ORIGIN_PRED_HINT.test(text) && (ORIGIN_FILTH.test(text) || (ORIGIN_DRUNK.test(text) && SNEER.test(text))) && ORIGIN_HINT.test(text)) {
      for (const m of allMatches(ORIGIN_SUBJECT, text)) {
        const sentence = sentenceAt(sentences, m.index, text.length);
        const rest = text.slice(m.index + m[0].length, Math.min(sentence.end, m.index + m[0].length + 140));
        const filth = ORIGIN_FILTH.exec(rest);
        const drunk = filth ? null : ORIGIN_DRUNK.exec(rest);
        const hit = filth ?? (drunk && SNEER.test(text.slice(sentence.start, sentence.end)) ? drunk : null);
        if (!hit) continue;
        const span = { start: m.index, end: m.index + m[0].length + hit.index + hit[0].length };
        // the stereotype must be said of the person: "the Italian guy's cheese stank", "said the lab reeked" are about something else
        if (overlaps(span) || STRUCTURAL.test(rest.slice(0, hit.index)) || OTHER_SUBJECT.test(rest.slice(0, hit.index))) continue;
        if (/["“][^"”]*$/.test(text.slice(sentence.start, m.index)) && META_SENTENCE.test(text.slice(sentence.start, sentence.end))) continue;
        taken.push(span);
        ctx.report({
          start: base + span.start,
          end: base + span.end,
          message: "This demeans a person for their ethnic, Indigenous or national origin; remove it, and describe specific facts respectfully if they matter.",
        });
      }
    }

    let lastSentence = -1;
    for (const m of allMatches(GENERALISATION, text)) {
      if (PRONOUN_START.test(m[0]) && !GROUP_CONTEXT.test(text)) continue;
      const sentence = sentenceAt(sentences, m.index, text.length);
      if (sentence.start === lastSentence || overlaps(sentence)) continue;
      lastSentence = sentence.start;
      ctx.report({
        start: base + sentence.start,
        end: base + sentence.end,
        message: "This sentence demeans a whole group of people; remove it, and describe specific facts respectfully if they matter.",
      });
    }
  },
});
