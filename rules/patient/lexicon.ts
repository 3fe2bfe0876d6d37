/**
 * Word lists and precompiled matchers for the patient rules (patient.identifier,
 * patient.encounter). Data only; everything is compiled once at module load.
 */

/** First-letter-insensitive alternatives for a word: "bed" → "[Bb]ed|BED". */
function ci(word: string): string {
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const first = esc[0]!;
  const rest = esc.slice(1);
  if (!/[a-z]/i.test(first)) return esc;
  return `(?:[${first.toUpperCase()}${first.toLowerCase()}]${rest}|${esc.toUpperCase()})`;
}
const alt = (words: string[]) => words.map(ci).join("|");

/* ------------------------------------------------------------------ names */

/** Titles and honorifics used for patients (English, French, Malay and others). Dr./Prof. are left out: colleagues. */
export const TITLES = [
  "Mrs", "Mr", "Ms", "Mx", "Miss", "Mme", "Mlle", "Madame", "Monsieur", "Mdm", "Madam", "Mister",
  "Mak Cik", "Makcik", "Mak cik", "Pak Cik", "Pakcik", "Pak cik", "Pak", "Encik", "Cik", "Puan Sri", "Puan", "Pn", "Ibu", "Bapak", "Tuan", "Tan Sri",
  "Datuk", "Dato'", "Dato’", "Dato", "Datin", "Haji", "Hajjah", "Hajah", "Nenek", "Atuk", "Tok", "Uncle", "Auntie", "Aunty",
  "Señora", "Señor", "Sra", "Sr", "Frau", "Herr", "Baby", "M",
];

/**
 * One word of a person's name: "Rahim", "Seán", "Nguyễn", "McDonald", "O'Sullivan", "D’Souza",
 * "Jean-Pierre", and an Arabic-style prefixed part ("al-Rashid", "el-Sayed", "bin-Omar").
 */
export const NAME_WORD = String.raw`(?:(?:al|el|ul|ibn|bin|abu|ben|bint|de|di|da|van|von|le|la|du)-)?\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{Lu}\p{Ll}+)*`;
const NAME_PART = String.raw`${NAME_WORD}|\p{Lu}\.?(?![\p{L}'’])`;
/** Lower-case joiners inside a name: "bin", "binti", "a/l", "d/o", "van der", "de la". */
export const NAME_JOIN = String.raw`bin|binti|bte|bt|bint|ibn|a\/l|a\/p|d\/o|s\/o|w\/o|de\s+la|de|du|des|van\s+der|van\s+den|van|von|al|el|d'|d’|ap|dos|das|da|di|del|della|y`;
/** A title followed by one to four name parts ("Encik Rahim", "Mr. K", "Puan Siti binti Ali"). */
export const TITLE_NAME_SRC = String.raw`(?<![\p{L}.])(?:${TITLES.map((t) => t.replace(/\./g, "\\.").replace(/ /g, "\\s+")).join("|")})(?:\.(?=\s)|(?=\s))\s+(?:${NAME_PART})(?:\s+(?:(?:${NAME_JOIN})\s+)?(?:${NAME_PART})){0,3}`;
export const TITLE_NAME = new RegExp(TITLE_NAME_SRC, "gu");
/** A title right before a position ("Encik " before "Rahim"). */
export const TITLE_BEFORE = new RegExp(`(?<![\\p{L}.])(?:${TITLES.map((t) => t.replace(/\./g, "\\.").replace(/ /g, "\\s+")).join("|")})\\.?\\s+$`, "u");
/** Where the title ends inside a title+name match. */
export const TITLE_PREFIX = new RegExp(`^(?:${TITLES.map((t) => t.replace(/\./g, "\\.").replace(/ /g, "\\s+")).join("|")})\\.?\\s+`, "u");

/** Capitalised words that are never a person's name after a cue ("His name is Unknown"). */
export const NOT_NAMES = new Set([
  "The", "A", "An", "This", "That", "He", "She", "They", "We", "I", "It", "His", "Her", "Their", "Our", "My", "Your",
  "Today", "Tonight", "Yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Ward", "Bed", "Room", "Bay", "ICU", "ED", "ER", "OR", "MRN", "Hospital", "Clinic", "Patient", "Doctor", "Nurse",
  "Facebook", "Instagram", "Twitter", "TikTok", "WhatsApp", "LinkedIn", "Messenger", "Google", "Anki", "And", "But", "So",
  "Not", "No", "Yes", "Also", "Just", "When", "After", "Before", "Then", "If", "US", "UK", "NHS", "IMU", "UMN", "Dr", "Prof",
  "Overnight", "Later", "Finally", "Next", "First", "Earlier", "Recently", "Once", "Meanwhile", "Honestly", "Sadly", "Luckily",
  "Unfortunately", "Anyway", "Well", "Oh", "Wow", "Morning", "Afternoon", "Evening", "Night", "Here", "There", "Now", "Still",
  "Lesson", "Update", "Note", "Case", "Answer", "Question", "Example", "Background", "Today's", "Tonight's",
]);

/** Bare names introduced by a cue: "his name is Réjean Pelletier", "my patient Aisha", "named Karim". */
export const CUE_NAME = new RegExp(String.raw`(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he\s+)?(?:patient|client|owner|dog|cat|baby|child)(?:'s|’s))\s+(?:full\s+|first\s+|real\s+)?name\s+(?:is|was)|\bnamed|\bcalled|\b(?:[Mm]y|[Oo]ur|[Tt]he|[Tt]his)\s+(?:patient|client|pt)|\b[Ll]et's call (?:him|her|them))\s+(${NAME_WORD}(?:(?:\s+(?:(?:${NAME_JOIN})\s+)?|-)${NAME_WORD}){0,2})`, "gu");
/** "Aisha, a 34-year-old", "Ahmad, 58M", "Sarah (not her real name)". */
export const NAME_BEFORE_AGE = new RegExp(String.raw`(?<![\p{L}.'’])(${NAME_WORD}(?:\s+(?:(?:${NAME_JOIN})\s+)?${NAME_WORD}){0,3})(?=,\s+(?:a|an)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[-\s](?:year|month|week|day)s?[-\s]old\b|,\s+\d{1,3}\s?[MF]\b|,\s+(?:aged\s+)?\d{1,3}\s?(?:yo|y\/o|y\.o\.|ans)(?![\p{L}])|,\s+aged\s+\d{1,3}\b|,\s+\d{1,3},\s+(?:a|an|the|from|with|who|was|came|presented)\s|\s+\(\d{1,3}\s?[MF]?\)|\s+\(not (?:his|her|their) real name\))`, "gu");
/** "Jenny (she's a primary school teacher from Pontypridd) asked me …": a name with a description of the person in brackets (group 1). */
export const NAME_PAREN = new RegExp(String.raw`(?<![\p{L}.'’])(${NAME_WORD}(?:\s+${NAME_WORD})?)\s+\((?:she|he)(?:['’]s|\s+(?:is|was))\s+(?:a|an)\s+[^()\n]{2,100}\)`, "gu");
/** "Biscuit is a nine-year-old golden retriever", "Aroha was a 19-year-old student": a name with an age as its predicate (group 1). */
export const NAME_IS_AGED = new RegExp(String.raw`(?<![\p{L}.'’])(${NAME_WORD}(?:\s+${NAME_WORD})?)\s+(?:is|was)\s+(?:a|an)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[-\s](?:year|month|week)s?[-\s]old\b`, "gu");
/** Initials used as a patient name: "J.D.", "J. D.", "A.K.M." */
export const INITIALS = /(?<![\p{L}.])\p{Lu}\.\s?\p{Lu}\.(?:\s?\p{Lu}\.)?(?![\p{L}])/gu;
export const NOT_INITIALS = new Set(["U.S.", "U.K.", "A.M.", "P.M.", "E.U.", "U.N.", "M.D.", "D.O.", "R.N.", "N.P.", "B.C.", "A.D.", "E.R.", "O.R.", "I.V.", "D.C.", "L.A.", "N.Y.", "Q.C.", "P.S.", "Ph.D.", "B.Sc.", "M.Sc."]);
/** A name next to a colleague's role word is privacy.others, not a patient. */
export const COLLEAGUE_NEAR = /\b(?:supervisor|consultant|lecturer|attending|preceptor|registrar|resident|houseman|HO|MO|tutor|professor|specialist|boss|manager|colleague|classmate|co-resident|senior|nurse|sister|matron|physio|pharmacist|intern|mentor|teacher|coordinator|fellow|pharmacy|taught|teaching|lecture|tutorial|office|admin|librarian|porter|technician|radiographer|photographer|thanks|thank you|shout-out|shoutout)\b/i;

/** Famous published cases: never a patient identifier. Lower-case keys. */
export const FAMOUS_CASES = [
  "phineas gage", "henrietta lacks", "henry molaison", "h.m.", "patient h.m.", "leborgne", "joseph merrick", "john merrick",
  "anna o", "bertha pappenheim", "little hans", "typhoid mary", "mary mallon", "clive wearing", "david reimer", "genie",
  "terri schiavo", "karen ann quinlan", "nancy cruzan", "baby fae", "jesse gelsinger", "kent cochrane", "patient k.c.",
  "patient s.m.", "gaetan dugas", "gaëtan dugas", "lorenzo odone", "charlie gard", "alfie evans", "elephant man",
  "john hinckley", "ashley x", "victor leborgne", "auguste deter", "patient zero", "mr. tan", "phileas", "tan tan",
];
export const FAMOUS_RE = new RegExp(`(?<![\\p{L}])(?:${FAMOUS_CASES.filter((f) => !f.startsWith("mr. tan") && f !== "tan tan").map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])`, "iu");

/* ----------------------------------------------------------- shapes (one matcher) */

const MONTHS = "Jan(?:uary|vier)?|Feb(?:ruary|ruari)?|févr(?:ier)?|Mar(?:ch)?|mars|Mac|Apr(?:il)?|avr(?:il)?|May|Mei|mai|June?|juin|July?|Julai|juil(?:let)?|Aug(?:ust)?|Ogos|août|Sep(?:t(?:ember)?)?|sept(?:embre)?|Oct(?:ober)?|Okt(?:ober)?|oct(?:obre)?|Nov(?:ember)?|nov(?:embre)?|Dec(?:ember)?|Dis(?:ember)?|déc(?:embre)?|janvier|février|avril|juillet|septembre|octobre|novembre|décembre";
const NUMWORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred";
const NUMWORDS = `(?:${NUMWORD})(?:-(?:${NUMWORD}))?`;

/** Labels of record, account, licence, device and national ids. */
const ID_LABELS = [
  "MRN", "medical record number", "medical record no", "record number", "hospital number", "hospital no", "hospital ID", "patient ID", "patient number",
  "chart number", "chart no", "NHS number", "NHS no", "CHI number", "RAMQ number", "RAMQ", "health card number", "health card",
  "health insurance number", "health plan number", "health plan ID", "insurance number", "insurance ID", "member ID", "policy number",
  "Medicare number", "Medicare", "Medicaid number", "account number", "account no", "IC number", "IC no", "IC", "NRIC", "MyKad", "MyKid",
  "SSN", "social security number", "SIN", "passport number", "passport no", "passport", "licence number", "license number",
  "licence plate", "license plate", "registration number", "reg no", "case number", "case no", "bed ticket", "RN", "UR number", "URN",
  "serial number", "serial no", "serial", "S/N", "SN", "lot number", "device ID", "IMEI", "accession number", "MAC address", "fax",
  "microchip number", "microchip", "chip number", "tag number", "ear tag",
  "numéro de dossier", "no de dossier", "n° de dossier", "dossier", "numéro d'assurance maladie", "NAM", "carte soleil",
  "numéro de la RAMQ", "numéro de chambre",
];
export const DEVICE_LABEL = /serial|s\/n|^sn$|lot|device|imei|mac address|microchip|chip|tag/i;
export const CONTACT_LABEL = /fax/i;
const LABEL_ALT = ID_LABELS.sort((a, b) => b.length - a.length).map((l) => l.split(" ").map(ci).map((x) => `(?:${x})`).join("\\s+")).join("|");
const ID_VALUE = String.raw`[A-Z0-9]{1,12}(?:[ \-/][A-Z0-9]*\d[A-Z0-9]*|-[A-Z]{1,3}(?![\p{L}\d])){0,4}`;
/** Implanted or worn devices whose serial, lot or ID number identifies the patient or donor. */
export const DEVICE_WORDS = "pacemaker|pacer|ICD|defibrillator|generator|pulse generator|pump|insulin pump|infusion pump|implant|stent|valve|prosthesis|CPAP|BiPAP|hearing aid|cochlear implant|neurostimulator|stimulator|VNS|DBS|port|port-a-cath|catheter|monitor|glucose monitor|CGM|ventilator|LVAD|VAD|shunt|lead|plate|nail|rod|screw|hip|knee|device|breast implant|IUD|microchip|chip|collar|tag";
/** The author's own device ("my own pacemaker", "I have an insulin pump"). */
export const OWN_DEVICE = new RegExp(`\\b(?:my|I have an?|I've got an?|I’ve got an?)\\s+(?:own\\s+|new\\s+|old\\s+)?(?:${DEVICE_WORDS})\\b`, "i");
export const DEVICE_NEAR = new RegExp(`\\b(?:${DEVICE_WORDS}|serial|lot|S\\/N|model|explant\\w*|implant\\w*)s?\\b`, "i");
/** "serial number on the generator: 7HX-42218", "pump ID TX-88213-B", "the pacemaker serial on our donor read PM4471902". */
const DEVICE_LABEL_SRC = String.raw`(?:[Ss]erial\s+(?:number|no\.?|#)|[Ss]erial|S\/N|SN|[Ll]ot\s+(?:number|no\.?|#)|[Ll]ot|UDI|(?:${DEVICE_WORDS.split("|").map(ci).join("|")})\s+(?:ID|serial(?:\s+number)?|S\/N|number|no\.?|code|#))`;

/**
 * The one combined shape matcher. Alternatives at the same position are tried in order, so more
 * specific shapes come first. Named groups tell the kind.
 */
const SHAPE_PARTS: [string, string][] = [
  // device label, optionally "on the generator", then the code: "serial number on the generator: 7HX-42218"
  ["devlabel", String.raw`(?<![\p{L}])(?<dlabel>${DEVICE_LABEL_SRC})(?![\p{L}])(?:\s+(?:on|of|from|in|off|for)\s+(?:the|his|her|their|our|my|its|this|that|a)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?(?:\s*(?:#|:|=|no\.?|number|is|was|read|reads|said|says)){0,2}\s*\(?(?<dvalue>${ID_VALUE})(?![\p{L}\d])`],
  // label + value: "MRN 0049-2217", "IC number (880412-14-5566)", "serial number PRS-88214-0931"
  ["labelled", String.raw`(?<![\p{L}])(?<label>${LABEL_ALT})(?![\p{L}])\.?(?:\s*(?:#|:|no\.?|n°|nº|number|numéro|is|was|of|est|était|ending(?:\s+(?:in|with))?|ends\s+(?:in|with))){0,2}\s*\(?(?<value>${ID_VALUE})(?![\p{L}\d])`],
  // research study ids: "Participant 0417", "Subject 12", "volunteer #8", "P-23"
  ["studyid", String.raw`(?<![\p{L}\d-])(?:(?:[Pp]articipant|[Ss]ubject|[Vv]olunteer|[Rr]espondent|[Ii]nterviewee|[Pp]articipante|[Ss]ujet)\s*(?:#|[Nn]o\.?|n°|ID)?\s*\d{1,4}|(?:Donor|Cadaver|Donneur|Donneuse|Body\s+donor)\s*(?:#|No\.?|n°)?\s*\d{1,4}(?!\s*(?:times|years|units|days|weeks|months|m[lL]|kg|%|yo\b))|(?:donor|cadaver)\s*(?:#|no\.?|n°)\s*\d{1,4}|P-\d{1,4}|P#\d{1,4})(?![\p{L}\d%]|\.\d|\s*(?:-|–|to|and|or)\s*\d)`],
  ["email", String.raw`(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])`],
  ["ip", String.raw`(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])`],
  ["nric", String.raw`(?<![\d-])\d{6}-\d{2}-\d{4}(?![\d-])`],
  ["ssn", String.raw`(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])`],
  ["ramq", String.raw`(?<![\p{L}\d])[A-Z]{4}\s?\d{4}\s?\d{4}(?![\p{L}\d])`],
  // dates
  ["dob", String.raw`(?<![\p{L}])(?:${ci("DOB")}|D\.O\.B\.?|${ci("date")}\s+of\s+birth|${ci("born")}(?:\s+on)?|[Nn]ée?s?\s+le|[Dd]ate\s+de\s+naissance|DDN)\s*:?\s*(?:the\s+)?(?<dobv>\d{1,2}(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?:${MONTHS})\.?(?:,?\s+\d{2,4})?|(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{8})(?![\p{L}\d])`],
  ["date", String.raw`(?<![\p{L}\d])(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})\.?(?:,?\s+\d{4})?|(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}-\d{1,2}-\d{2,4}|\d{4}-\d{2}-\d{2})(?![\p{L}\d]|[/.-]\d)`],
  ["monthyear", String.raw`(?<![\p{L}\d])(?:${MONTHS})\.?\s+(?:of\s+)?(?:19|20)\d{2}(?![\p{L}\d])`],
  // ages
  ["age", String.raw`(?<![\p{L}\d-])(?<agen>\d{1,3}|${NUMWORDS})(?:[-\s](?<ageu>year|yr|month|mo|week|wk|day)s?[-\s]old|\s?(?:yo|y\/o|y\.o\.)(?![\p{L}])|\s?(?:-year|years)\s+old|\s(?<ans>ans|mois|semaines)(?!\s+(?:de|d['’])))(?![\p{L}])`],
  ["agesex", String.raw`(?<![\p{L}\d.,])(?<asn>\d{1,3})\s?(?<sex>[MF])(?![\p{L}\d])`],
  ["aged", String.raw`(?<![\p{L}])(?:${ci("aged")}|${ci("age")}:?)\s+(?<agedn>\d{1,3})(?![\d.%])(?!\s*(?:and|or|to|-|–)\s*\d)`],
  // places inside the care setting
  ["bed", String.raw`(?<![\p{L}])(?:${alt(["bed", "bay", "cubicle", "cot", "room", "rm", "unit", "bedspace", "bed space", "stretcher", "trolley", "resus", "isolation room", "side room", "kennel", "stall", "cage", "lit", "chambre", "salle", "unité", "civière", "box", "operating room", "operating theatre", "theatre", "theater", "OR"])})\s*(?:no\.?\s*|n°\s*|nº\s*|number\s*|#\s*)?(?<bedn>\d{1,4}[A-Z]?)(?![\p{L}\d])`],
  ["ward", String.raw`(?<![\p{L}])(?:${ci("ward")}|${ci("wad")})\s+(?:\d{1,3}[A-Z]{0,2}|[A-Z]{1,2}\d{0,2})(?![\p{L}\d])`],
  ["postcode", String.raw`(?<![\p{L}\d])(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?![\p{L}\d])`],
  // a letters-and-digits code (kept only next to a device word): "7HX-42218", "PM4471902"
  ["code", String.raw`(?<![\p{L}\d-])(?=[A-Z\d-]*[A-Z])(?=(?:[A-Z-]*\d){3})[A-Z\d]{2,}(?:-[A-Z\d]+){0,3}(?![\p{L}\d-])`],
  // phone numbers (after the ids and dates that share their shape)
  ["phone", String.raw`(?<![\w/.+-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,3}(?![\w/-]|\.\d)`],
];
export const SHAPES = new RegExp(SHAPE_PARTS.map(([n, s]) => `(?<${n}>${s})`).join("|"), "gu");
export const SHAPE_NAMES = SHAPE_PARTS.map(([n]) => n);

/* --------------------------------------------------------------- places */

const STREET_WORDS_MY_FR = "Jalan|Jln\\.?|Lorong|Lrg\\.?|Persiaran|Lebuh|Lebuhraya|Lengkok|Solok|Taman|rue|Rue|avenue|Avenue|av\\.|boulevard|Boulevard|boul\\.|chemin|Chemin|rang|Rang|route|Route|place|Place|montée|Montée|côte|Côte";
const STREET_SUFFIX = "Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|Court|Ct\\.?|Place|Pl\\.?|Way|Crescent|Cres\\.?|Close|Terrace|Highway|Hwy\\.?|Parkway|Pkwy\\.?|Circle|Square|Row|Gardens|Grove|Trail";
const CAPWORD = String.raw`[\p{Lu}\d][\p{L}\d'’-]*`;
/** Street addresses: "No. 14, Jalan Mawar 3, Taman Desa Jaya", "2250 rue Masson, Montréal", "12 Elm Street, Preston PR2 9HT". */
export const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:No\.?|Lot|Unit|Apt\.?)\s*)?\d{1,5}[A-Za-z]?(?:-\d{1,4})?,?\s+(?:(?:${STREET_WORDS_MY_FR})\s+${CAPWORD}(?:\s+${CAPWORD}){0,3}|(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}(?:${STREET_SUFFIX})(?![\p{L}]))` +
    String.raw`(?:,\s*(?:\d{5}\s+)?${CAPWORD}(?:\s+${CAPWORD}){0,3}){0,3}`,
  "gu",
);

/** Named hospitals: "Royal Preston Hospital", "Hôpital Maisonneuve-Rosemont", "Hospital Kuala Lumpur", "St Mary's". */
export const HOSPITAL = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:[Tt]he\s+)?(?:(?:St\.?|Saint|Sainte|[\p{Lu}][\p{L}'’.-]*)\s+){1,5}(?:Hospital|Infirmary|Hospice|Medical\s+Cent(?:re|er)|Health\s+Cent(?:re|er)|Health\s+Sciences\s+Cent(?:re|er)|Children's|Maternity\s+Home|Nursing\s+Home|Care\s+Home|Animal\s+Hospital|Veterinary\s+Hospital|Vet\s+Clinic|Veterinary\s+Clinic)(?![\p{L}])` +
    String.raw`|(?:Hospital|Hôpital|Hopital|Klinik\s+Kesihatan|Hospital\s+Besar|Pusat\s+Perubatan|CHU|CHUM|CLSC|CHSLD|CISSS|CIUSSS|Institut)\s+(?:(?:de|du|des|la|le|d'|St\.?|Sainte?)\s+)?[\p{Lu}][\p{L}'’-]*(?:[\s-]+(?:(?:de|du|des|la|le|d')\s+)?[\p{Lu}][\p{L}'’-]*){0,3})`,
  "gu",
);
/** Hospitals named without "Hospital": "St. Brigid's", "Riverside Memorial" (a patient story decides). */
export const HOSPITAL_SHORT = /(?<![\p{L}])(?:(?:St\.?|Saint|Ste\.?)\s+\p{Lu}\p{Ll}+['’]s(?!\s+(?:Day|Eve|Church|Cathedral|Basilica|Chapel|College|School|Academy|Parish|Road|Street|Avenue|Square|Park|Cross|Wort|wort))|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+Memorial(?!\s+(?:Day|Service|Fund|Lecture|Award|Park|Cup|Prize|Scholarship|Library|Stadium|Bridge|Garden|Hall)))(?![\p{L}])/gu;
/** "Young guy, classic story: …", "Older gentleman, bulge for years": a telegraphic case description. */
const TELEGRAPH_LEAD = String.raw`^\s*(?:(?:young|younger|older|old|elderly|middle-aged|little|tiny|big|sweet|lovely|frail|healthy|fit|teenage|pregnant|very)\s+)+(?:guy|man|woman|lady|gentleman|gent|kid|boy|girl|chap|fella|dude|teen|teenager|mum|mom|dad|grandpa|grandma|farmer|athlete|student|runner|lad|lass|bloke|toddler|baby|infant|newborn|dog|cat|puppy|kitten|collie|lab|labrador|retriever|terrier|spaniel|shepherd|poodle|beagle|husky|greyhound|mare|gelding|stallion|horse|pony|foal|cow|heifer|calf|goat|ewe|rabbit|ferret|parrot)`;
export const TELEGRAPH = new RegExp(String.raw`${TELEGRAPH_LEAD}\s*[,:(—–-]`, "i");
/**
 * "Elderly gentleman admitted to medicine with a new rash", "Young collie presented to our ER after …": a
 * telegraphic case presentation without a comma, in the past (an exam stem "presents" is not one).
 */
export const TELEGRAPH_VERB = new RegExp(String.raw`${TELEGRAPH_LEAD}\s+(?:(?:was|got)\s+)?(?:admitted|brought\s+in|came\s+in|presented|referred|transferred|rolled\s+in|wheeled\s+in|sent\s+(?:in|up|over)|flown\s+in|airlifted|seen)\b(?=[^.!?]{0,80}?\b(?:with|after|for|from|to|by|in)\b)`, "i");
/** Words that may start a capitalised run before "Hospital" but are not part of a name. */
export const HOSPITAL_LEAD_STOP = /^(?:The|A|An|At|In|To|From|On|Our|My|His|Her|Their|This|That|Today'?s?|Yesterday|Tonight|Local|General|District|Teaching|Public|Private|Regional|Community|University|Children's|Every|Each|Any|Some|Which|Whose|No)$/;

/** Towns tied to a patient by a cue: "a farmer from Kuantan", "lives alone in Ipoh", "a village called Bentong". */
export const TOWN_CUE = /(?:\b(?:lives?|lived|living|resides|resided|residing|stays|stayed|grew up|home)\s+(?:alone\s+|by (?:him|her|them)sel(?:f|ves)\s+|with (?:his|her|their) \w+\s+)?(?:in|at|near|outside)|\b(?:village|town|city|county|kampung|kampong|suburb|parish|municipality|hamlet)\s+(?:of|called|named)|\b(?:farmer|fisherman|fisher|teacher|driver|retiree|pensioner|labourer|laborer|worker|man|woman|lady|gentleman|boy|girl|uncle|auntie|grandmother|grandfather|mother|father|patient|client|owner|family|resident|native)\s+from|\b(?:drove|driven|travelled|traveled|came|flown|transferred|brought)\s+(?:in\s+|down\s+|up\s+|all the way\s+)?from|\b(?:at|near|on|from|to)\s+(?:a|the|his|her|their)\s+(?:(?:building|construction|dialysis|ha?emodialysis|renal|satellite|community|health|wound|diabetes|district|local|rural|small|private|village)\s+|(?:\p{Lu}[\p{L}'’-]+\s+){1,3})?(?:site|farm|dairy|ranch|feedlot|stables?|kennels?|piggery|homestead|orchard|vineyard|factory|school|mosque|church|temple|market|mall|plantation|estate|kampung|village|workplace|warehouse|mine|unit|clinic|cent(?:re|er)|hospital|practice|surgery|hospice|polyclinic|klinik|dispensary)\s+(?:in|near|outside))\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:\s\d{1,2}(?=[.,;:)!?]))?)/gu;
/** Places larger than a town (states, provinces, countries, regions) are allowed; also common non-places. */
export const NOT_TOWNS = new Set([
  "Malaysia", "Singapore", "Indonesia", "Thailand", "Brunei", "Philippines", "India", "China", "Canada", "Quebec", "Québec", "Ontario",
  "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "British Columbia", "Minnesota", "Wisconsin", "Iowa",
  "North Dakota", "South Dakota", "Sabah", "Sarawak", "Johor", "Kedah", "Kelantan", "Melaka", "Malacca", "Negeri Sembilan",
  "Pahang", "Perak", "Perlis", "Penang", "Pulau Pinang", "Selangor", "Terengganu", "England", "Scotland", "Wales",
  "Northern Ireland", "Ireland", "UK", "US", "USA", "America", "Europe", "Asia", "Africa", "Australia", "Wilayah Persekutuan", "Labuan", "Putrajaya", "Texas", "California",
  "Florida", "New York", "Illinois", "Michigan", "Ohio", "The", "A", "An", "Home", "Work", "School", "Church", "Hospital", "ICU", "ED",
  "Emergency", "Theatre", "Surgery", "Radiology", "Ward", "Clinic", "Facebook", "Instagram", "Twitter", "TikTok", "Mexico", "France",
  "Germany", "Japan", "Korea", "Vietnam", "Myanmar", "Bangladesh", "Pakistan", "Nepal", "Sri Lanka", "Syria", "Ukraine", "Haiti",
  "Africa", "Somalia", "Ethiopia", "Nigeria", "Kenya", "Brazil", "Colombia", "Guatemala", "Honduras", "Monday", "Tuesday", "Wednesday",
  "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter", "Raya", "Ramadan",
]);

/** A capitalised place name of one to three words ("Tillsonburg", "Elk River", "Rivière-du-Loup", "Stoke-on-Trent"). */
const PLACE = String.raw`(\p{Lu}[\p{Ll}'’]+(?:(?:-(?:(?:du|de|des|la|le|les|sur|en|on|upon|under|in|the|aux|au)-)?|\s+)\p{Lu}[\p{Ll}'’]+){0,2})`;
const COMPASS = "north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest";
/**
 * A capitalised place after a spatial cue: "just outside Millbrook", "near Tillsonburg", "up in Ely",
 * "back home in Ballarat", "drove down from Elk River", "transferred from Kirkwood", "a farmer from Kuantan".
 * Whether the place is the patient's (and not the author's) is decided by the caller.
 */
export const PLACE_CUE = new RegExp(
  String.raw`(?:` +
    // spatial prepositions that need no verb
    String.raw`\b(?:[Jj]ust\s+|[Rr]ight\s+|[Ss]omewhere\s+|[Ww]ay\s+)?(?:[Oo]utside(?:\s+of)?|[Nn]ear|[Nn]earby|[Aa]round|[Bb]eyond|(?:[Oo]n|[Ii]n)\s+the\s+(?:outskirts|edge)\s+of|(?:(?:\w+|an?)\s+(?:miles?|km|kilometres?|kilometers?|minutes?|hours?)\s+)?(?:${COMPASS})\s+of)\s+` +
    // "up in", "down near", "back home in", "out near", "from around", "from rural"
    String.raw`|\b(?:[Uu]p|[Dd]own|[Oo]ut|[Oo]ver|[Bb]ack|[Bb]ack\s+home|[Hh]ome|[Aa]ll\s+the\s+way|[Ww]ay\s+(?:out|up|down))\s+(?:in|at|to|from|near|around)\s+` +
    String.raw`|\bfrom\s+(?:up|down|out|over|around|near|outside|rural|small-town)\s+(?:in\s+|near\s+|around\s+|of\s+)?` +
    // verbs of living and moving, with up to three words in between ("drove two hours from")
    String.raw`|\b(?:lives?|lived|living|resides?|resided|residing|stays?|stayed|staying|grew\s+up|raised|moved|moving|relocated|drove|drives|driven|driving|travel(?:l)?ed|travel(?:l)?ing|came|comes|coming|flew|flown|transferred|transported|brought|walked|cycled|rode|hitchhiked|commutes?|commuted|farms?|farmed|retired|evacuated|airlifted|sent|referred|discharged|returned|returning|headed|heading)(?:\s+(?!(?:to|in|at|from|near|outside|into)\b)[\p{Ll}'’-]+){0,3}?\s+(?:in\s+from|in|at|from|to|into|near|outside)\s+` +
    // "a three-hour drive from", "an hour away from", "the only GP in", "her farm outside"
    String.raw`|\b(?:drive|ride|flight|boat\s+ride|journey|trip|bus\s+ride)\s+(?:from|to)\s+|\b(?:hours?|minutes?|km|kilometres?|kilometers?|miles?)\s+(?:away\s+)?from\s+` +
    String.raw`|\b(?:only|local|one|small|little|rural|remote|tiny)\s+(?:[\p{Ll}-]+\s+)?(?:doctor|GP|nurse|clinic|hospital|pharmacy|practice|reserve|community|village|farm|school)\s+(?:in|at|near|outside|of)\s+` +
    String.raw`|\b(?:his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:farm|house|home|flat|apartment|trailer|cabin|village|hometown|kampung|family|daughter|son|wife|husband|kids|parents|people|church|mosque|temple|shop|restaurant|bakery|garage|job)\s+(?:(?:back|up|down|out)\s+)?(?:in|at|near|outside)\s+` +
    // a titled name, or a name with an age, before "from"/"of": "Mrs. Tan from Ipoh", "Rahim, 74, from Kuantan"
    String.raw`|${TITLE_NAME_SRC}(?:,\s*\d{1,3}(?:\s*ans)?,?)?\s+(?:from|of|de|d['’])\s*|(?<![\p{L}])\p{Lu}\p{Ll}+,\s*\d{1,3}(?:\s*ans)?,?\s+(?:from|de|d['’])\s*` +
    // a titled name with its age, then where the patient is: "Pak Seman, 81, in Kampung Sungai Serai", "Mme Roy, 88, à Roberval"
    String.raw`|${TITLE_NAME_SRC},\s*\d{1,3}(?:\s*ans)?,\s+(?:in|at|à)\s+` +
    // an exact age anchors the person, whatever the noun: "a 47-year-old hawker from Kampar", "a 19-year-old from Ballymena"
    String.raw`|\b(?:an?|the|one)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month)-old\s+(?:[\p{L}-]+\s+){0,3}?(?:from|near|outside|out\s+of|in)\s+(?:(?:rural|small-town|outside|around|near)\s+)?` +
    // French: "une patiente de 89 ans, de Trois-Rivières", "84 ans, originaire de Gaspé"
    String.raw`|(?<![\p{L}\d])\d{1,3}\s+ans,\s+(?:originaire\s+)?(?:de|d['’])\s*` +
    // "owned by the Halvorsen family in Stillwater", "the owners in Ely"
    String.raw`|\b(?:family|owners?)\s+(?:in|from|near|outside)\s+` +
    // "the Lindqvists from Stillwater": a family named by its surname in the plural
    String.raw`|(?<![\p{L}])the\s+\p{Lu}\p{Ll}{2,}(?:s|es)\s+(?:from|near|outside|out\s+of)\s+` +
    // "he's from", "she was originally from", "originally from"
    String.raw`|\b(?:(?:[Hh]e|[Ss]he|[Tt]hey)(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:originally\s+|actually\s+|also\s+)?from|originally\s+from|hails\s+from)\s+` +
    // a person or occupation noun right before "from"/"near"/"outside"
    String.raw`|\b(?:man|woman|lady|gentleman|guy|boy|girl|kid|child|baby|toddler|teen|teenager|family|patient|client|owner|farmer|fisherman|fisher|logger|miner|trucker|rancher|labourer|laborer|worker|retiree|pensioner|widow|widower|veteran|grandmother|grandfather|grandma|grandpa|mother|father|mum|mom|dad|uncle|auntie|aunty|pakcik|makcik|native|resident|couple|tapper|driver|donor)s?\s+(?:from|near|outside|out\s+of)\s+(?:(?:rural|small-town|outside|around|near)\s+)?` +
  String.raw`)${PLACE}`,
  "gu",
);
/**
 * Where an injury happened ("tore his cruciate chasing a squirrel in Edina", "fell off her horse in
 * Kilcullen") and where a patient lives relative to the author ("lives just round the corner from me in
 * Handsworth"): the place is group 1. Kept apart from PLACE_CUE and guarded by PLACE_EVENT_HINT, so most
 * blocks skip it.
 */
export const PLACE_EVENT = new RegExp(
  String.raw`(?:\b(?:tore|torn|fell|fallen|crashed|collapsed|slipped|tripped|broke|injured|hurt|chasing|bitten|kicked|stung|struck|rolled|flipped|drowned|burned|burnt|scalded|attacked|gored|trampled|thrown|bucked|run\s+over|hit\s+by)\b(?:\s+(?!(?:in|at|near|outside|into|on|to|from|and|but|when|while)\b)[\p{L}'’-]+){0,5}?\s+(?:in|at)\s+` +
    String.raw`|\b(?:lives?|lived|living|stays?|stayed|staying)\s+(?:[\p{L}\d-]+\s+){1,5}?(?:from|to|as)\s+(?:me|us|(?:my|our)\s+[\p{L}-]+)\s+(?:in|at|near|outside)\s+)${PLACE}`,
  "gu",
);
export const PLACE_EVENT_HINT = /\b(?:tor|fell|fallen|crash|collaps|slipp|tripp|broke|injur|hurt|chasing|bitten|kicked|stung|struck|rolled|flipped|drown|burn|scald|attack|gored|trampl|thrown|bucked|run over|hit by|liv|stay)/i;
/** French: "vit seul à Rimouski", "originaire de Chicoutimi", "transférée de Gaspé", "un agriculteur près de Lévis". */
export const PLACE_CUE_FR = new RegExp(
  String.raw`\b(?:vit|vivait|vivent|vient|venait|viennent|habite|habitait|demeure|demeurait|réside|résidait|résidant|habitante?s?|originaires?|venue?s?|arrivée?s?|transférée?s?|transportée?s?|née?s?|élevée?s?|grandi|déménagée?s?|revenue?s?|retournée?s?|rentrée?s?|ramenée?s?|agricult(?:eur|rice)|fermière?|pêcheur|camionneur|retraitée?|bûcheron|mineur|(?:sa|son|ses|leur|leurs)\s+(?:fille|fils|femme|mari|conjointe?|sœur|soeur|frère|mère|père|enfants|petite-fille|petit-fils|famille|nièce|neveu|proches))` +
    String.raw`(?:\s+(?:seule?|toute?\s+seule?|encore|toujours|ici|là|avec\s+\S+\s+\S+))?\s+(?:à|au|près\s+de|près\s+d['’]|proche\s+de|en\s+banlieue\s+de|de|d['’]|aux\s+environs\s+de|dans\s+la\s+région\s+de|dans\s+le\s+coin\s+de)\s*${PLACE}`,
  "gu",
);
/** French: a parent or the patient who drove or came a long way ("Sa mère avait conduit depuis Saint-Félicien", "arrivé en ambulance depuis Dolbeau"). */
export const PLACE_TRAVEL_FR = new RegExp(
  String.raw`\b(?:conduit|roulé|voyagé|partie?s?|descendue?s?|montée?s?|venue?s?|arrivée?s?|transférée?s?|transportée?s?|ramenée?s?)(?:\s+(?:en\s+(?:ambulance|avion|hélicoptère|voiture|autobus)|toute\s+la\s+nuit|seule?|d['’]une\s+traite))?\s+depuis\s+${PLACE}`,
  "gu",
);
/** "the Maple Grove nursing home", "at Pinecrest care home", "the Lindqvist family farm": a named local facility. */
export const PLACE_FACILITY = new RegExp(
  String.raw`\b(?:the|a|at|from|in|to)\s+${PLACE}\s+(?=(?:nursing|care|retirement|rest|group)\s+home\b|retirement\s+village\b|(?:homeless\s+)?shelter\b|trailer\s+park\b|caravan\s+park\b|reserve\b|reservation\b|First\s+Nation\b|prison\b|jail\b|(?:high|elementary|primary|secondary)\s+school\b|fire\s+(?:station|hall)\b|police\s+station\b|community\s+(?:hospital|clinic)\b|general\s+hospital\b|hospital\b|health\s+cent(?:re|er)\b|medical\s+cent(?:re|er)\b|family\s+(?:farm|dairy|ranch|orchard|vineyard|stables?|yard|feedlot|piggery|kennels?|business|bakery|restaurant|shop|store)\b)`,
  "gu",
);
/** "Kirkwood General", "Toronto General": a hospital named after its town. */
export const PLACE_GENERAL = new RegExp(String.raw`(?<![\p{L}])${PLACE}\s+General(?![\p{L}])(?!\s+(?:Practice|Practitioner|Surgery|Medicine|Anaesthe\w*|Anesthe\w*|Paediatrics|Pediatrics|Internal))`, "gu");
/** "Dunmore's only GP", "Ely's one ambulance": a small town's only service. */
export const PLACE_POSS = new RegExp(
  String.raw`(?<![\p{L}])${PLACE}(?:'s|’s)\s+(?=(?:only|one|local|little|small|tiny|main|nearest|sole|biggest|single|new|old)\s+(?:family\s+)?(?:GP|doctor|physician|clinic|hospital|pharmacy|pharmacist|nursing\s+home|care\s+home|school|high\s+school|ER|ED|A&E|ambulance|paramedic|fire\s+station|police|mine|mill|factory|plant|church|mosque|temple|pub|bar|diner|shop|store|supermarket|garage|farm|vet|dentist|midwife)\b)`,
  "gu",
);
/** Capitalised words after a spatial cue that are not towns: departments, rooms, languages, holidays, seasons. */
export const NOT_PLACES = new Set([
  // states, provinces and territories (HIPAA: only places smaller than a state identify)
  "Alabama", "Alaska", "Arizona", "Arkansas", "Colorado", "Connecticut", "Delaware", "Georgia", "Hawaii", "Idaho", "Indiana",
  "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Mississippi", "Missouri", "Montana", "Nebraska",
  "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "South Carolina", "Oklahoma", "Oregon", "Pennsylvania",
  "Rhode Island", "Tennessee", "Utah", "Vermont", "Virginia", "West Virginia", "Washington State", "Wyoming", "Puerto Rico",
  "Newfoundland", "Labrador", "Prince Edward Island", "PEI", "Yukon", "Nunavut", "Northwest Territories", "Victoria", "Queensland",
  "New South Wales", "Tasmania", "Northern Territory", "South Australia", "Western Australia",
  // countries and regions of the world
  "Britain", "Great Britain", "New Zealand", "Norway", "Sweden", "Denmark", "Finland", "Netherlands", "Holland", "Belgium",
  "Switzerland", "Austria", "Italy", "Spain", "Portugal", "Greece", "Turkey", "Iran", "Iraq", "Egypt", "Morocco", "Algeria",
  "Tunisia", "Lebanon", "Israel", "Palestine", "Gaza", "Jordan", "Russia", "Poland", "Romania", "Hungary", "Cuba", "Jamaica",
  "Peru", "Chile", "Argentina", "Venezuela", "Ecuador", "Bolivia", "Cambodia", "Laos", "Taiwan", "Saudi Arabia", "Qatar",
  "Afghanistan", "Sudan", "South Sudan", "Congo", "Uganda", "Tanzania", "Rwanda", "Ghana", "Senegal", "Cameroon", "Mali",
  "Eritrea", "Yemen", "Nepal", "Bhutan", "Mongolia", "Fiji", "Samoa", "Tonga", "South America", "Central America",
  "North America", "Latin America", "Middle East", "Southeast Asia", "South Asia", "East Asia", "Caribbean", "Scandinavia",
  "Borneo", "Sumatra", "Java", "Mindanao", "Luzon", "Asia Pacific",
  // departments, services and road furniture
  "Peds", "Ortho", "Orthopaedics", "Orthopedics", "Neuro", "Cardio", "Urology", "Dermatology", "Derm", "Endoscopy", "Dialysis",
  "Recovery", "Admissions", "Reception", "Security", "Palliative", "Geriatrics", "Gerontology", "Neurosurgery", "Haematology",
  "Hematology", "Nephrology", "Respiratory", "Gastro", "Rheumatology", "Ophthalmology", "Obstetrics", "Neonatology", "Acute",
  "Medical", "Surgical", "Day", "Outpatient", "Inpatient", "Exit", "Highway", "Route", "Interstate", "Junction", "Mile", "Gate",
  "Resus", "Theatre", "Theatres", "Theater", "Radiology", "Cardiology", "Neurology", "Oncology", "Paeds", "Paediatrics", "Pediatrics",
  "Obs", "Gynae", "Obstetrics", "Outpatients", "Casualty", "Majors", "Minors", "Triage", "Maternity", "Medicine", "Psychiatry",
  "HDU", "CCU", "NICU", "PICU", "SCBU", "Pharmacy", "Physio", "Rehab", "Anatomy", "Physiology", "Pathology", "Histology",
  "Year", "Block", "Level", "Floor", "Wing", "Building", "Tower", "Hall", "Library", "Lab", "Station", "Bed", "Bay", "Room",
  "English", "French", "Malay", "Spanish", "Chinese", "Tamil", "Arabic", "Mandarin", "Cantonese", "Hindi", "Punjabi", "Urdu",
  "Christmas", "Easter", "Halloween", "Thanksgiving", "Diwali", "Deepavali", "Eid", "Hari", "Chinese New Year", "New Year",
  "Spring", "Summer", "Autumn", "Fall", "Winter", "God", "Jesus", "Allah", "Heaven", "Hell", "Death", "Zoom", "Teams", "Epic",
  "Cerner", "Canvas", "Moodle", "Google", "Netflix", "Spotify", "Starbucks", "Tim", "Costco", "Walmart", "Target", "Amazon",
  "Surgeon", "Attorney", "Secretary", "Solicitor", "Inspector", "Postmaster", "Director", "Governor", "Auditor", "Consul",
  "Nurse", "Doctor", "Dr", "Prof", "Professor", "Mum", "Mom", "Dad", "Grandma", "Grandpa", "Nan", "Granny", "Sister", "Brother",
  "Uni", "University", "College", "School", "Campus", "Med", "Medical", "Hospital", "General", "Emergency", "Intensive",
  "Canada", "Earth", "Mars",
  // more places inside a hospital ("a 40-year-old man in Cubicle 4", "in Labour Ward")
  "Cubicle", "Labour", "Labor", "Isolation", "Pod", "Zone", "Side", "Ambulatory", "Short", "Observation", "Urgent", "Accident",
  "Crisis", "Special", "High", "Step", "Holding", "Pre-op", "Post-op", "Bed", "Cot", "Stretcher", "Trolley", "Corridor",
]);
/** "I", "we", "my" (not "my patient"): the author is the subject of the clause. */
export const FIRST_PERSON = /(?<![\p{L}'’])(?:(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|[Mm]e|[Mm]yself|[Ww]e|[Ww]e're|[Ww]e’re|[Ww]e've|[Ww]e’ve|us|[Oo]urselves|(?:[Mm]y|[Oo]ur)(?!\s+(?:[\p{L}-]+\s+){0,2}?(?:patients?|donors?|cadavers?|participants?|clients?|subjects?|volunteers?|pts?|interviewees?)\b)|[Jj]e|[Nn]ous|[Mm]oi|(?:[Mm]on|[Mm]a|[Mm]es|[Nn]otre|[Nn]os)(?!\s+(?:[\p{L}-]+\s+){0,1}?(?:patiente?s?|donneur|donneuse|participante?s?)(?![\p{L}])))(?![\p{L}'’])|[Jj]['’](?=\p{L}))/gu;
/** Enough French function words to treat a block as French (for French replacement wording). */
export const FRENCH_WORDS = /(?<![\p{L}'’])(?:le|la|les|des|du|une|est|avec|pour|qui|que|dans|elle|il|j['’]ai|m['’]a|à|au|aux|sa|ses|son|pas|très|cette|ce|mais|était|sont|nous|je|vous)(?![\p{L}'’])/giu;
/** He, she, a patient noun: someone other than the author is the subject. */
export const THIRD_PERSON = /\b(?:(?:he|she)['’](?:s|d|ll)|they['’](?:re|d|ll|ve)|he|she|they|him|his|her|hers|them|their|patients?|donors?|cadavers?|participants?|clients?|man|woman|lady|gentleman|guy|boy|girl|kid|child|baby|toddler|teen|teenager|family|owner|farmer|fisherman|logger|miner|trucker|worker|retiree|pensioner|widow|widower|veteran|tapper|driver|pakcik|makcik|mother|father|mum|mom|dad|husband|wife|son|daughter|dog|cat|horse|il|elle|ils|elles|lui|son|sa|ses|leur|patiente|dame|monsieur|homme|femme|enfant|bébé|Mme|Mlle|M\.)(?![\p{L}'’])/giu;

/** Fundraiser, obituary and social hosts: a link to one inside a patient story identifies the patient. */
export const PATIENT_LINK_HOSTS = /(?:^|\.)(?:gofundme\.com|justgiving\.com|givealittle\.co\.nz|kitabisa\.com|simplygiving\.com|fundrazr\.com|gogetfunding\.com|crowdfunding|legacy\.com|caringbridge\.org|mealtrain\.com|facebook\.com|fb\.com|instagram\.com|tiktok\.com|twitter\.com|x\.com|linkedin\.com|youtube\.com|obituar)/i;

/* ------------------------------------------------------- narrative cues */

const PERSON_NOUN = "patient|man|woman|lady|gentleman|gent|guy|girl|boy|kid|child|baby|infant|newborn|neonate|toddler|teen|teenager|adolescent|mum|mom|mother|father|dad|grandmother|grandfather|grandma|grandpa|granny|uncle|auntie|aunty|pakcik|makcik|donor|cadaver|participant|volunteer|client|dog|cat|puppy|kitten|horse|mare|stallion|foal|cow|calf|heifer|goat|sheep|lamb|pig|rabbit|parrot|ferret|retriever|labrador|terrier|spaniel|collie|shepherd|poodle|beagle|bulldog|dachshund|husky|boxer|greyhound|pug|chihuahua|gelding|pony|ewe|gomer|frequent flyer|drug seeker|regular(?!\\s+(?:dentist|doctor|GP|physician|nurse|pharmacist|vet|clinic|practice|hospital|check\\w*|appointments?|visits?|basis|schedule|exercise|meals?|sleep|job|shift|hours|size|price|coffee|season|person|people|folks|customer|user|office|dental|medical|care|intervals?|follow|use|brushing|flossing|screening|bloods|dose|diet|cleaning|scaling|physio|therapy|sessions?|classes|class|routine|income|work|insurance))|lad|chap|fella|veteran|mother-to-be|primip|multip|farmer|fisherman|logger|miner|trucker|rancher|labourer|laborer|construction worker|rubber tapper|retiree|pensioner|widow|widower|\d{1,3}-(?:year|month|week|day)-old|[a-z]+-(?:year|month|week|day)-old";
/** "This morning's first client was …", "Monday's last patient, a …": the patient of a session (a referent and a time). */
const SESSION_REF_SRC = String.raw`\b(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s|’s)\s+(?:(?:first|last|next|final|second|third|new|only|early|late|\d{1,3}-year-old|[a-z]+-year-old)\s+){0,2}(?:${PERSON_NOUN}|admission|referral|consult)(?=\s*,|\s+(?:was|had|came|arrived|showed|turned|brought|walked|cried|told|asked|said|needed|wanted|got)\b)`;
export const SESSION_REF = new RegExp(SESSION_REF_SRC, "i");
/** A specific, singular patient referent ("a patient I saw", "our donor", "the man in bed 4"). */
export const REFERENT = new RegExp(
  String.raw`\b(?:(?:a|one|this|that|my|our|the|an)\s+(?:(?:very|young|old|older|elderly|little|sweet|lovely|frail|new|first|last|former|wrong|same|lovely|angry|\d{1,3}-year-old|[a-z]+-year-old|tiny|big|sick|unwell|confused|pregnant|retired|homeless|local|middle-aged|previously|healthy|well|obese|anxious|poor|regular|elderly|senior|geriatric|golden|black|white|brown|grey|gray|ginger|tabby|chocolate|yellow|red|male|female|neutered|spayed|intact|entire|rescue|stray|pet|adult|juvenile|diabetic|lame|collapsed|border|german|cocker|springer|jack|toy|miniature|domestic|shorthair|longhair|long-haired|short-haired|arabian|quarter|thoroughbred|dairy|beef|holstein|jersey)\s+){0,3}(?:${PERSON_NOUN})(?:'s|’s)?\b(?!s)` +
    String.raw`|\b(?:he|she)\s+(?:was|had|came|told|asked|said|kept|looked|seemed|died|passed|cried|laughed|smiled|held|pulled|tried|refused|wanted|lives|lived|arrived|waited|fell|walked|spent|needed|needs|has been|had been|grew up|is now|is recovering|is fine|is doing)\b` +
    // "This morning's first client was …", "Yesterday's last patient, a …": the patient of a session
    String.raw`|${SESSION_REF_SRC}` +
    // "The Roma family who came in this week", "a family we saw in clinic": a family of patients
    String.raw`|\b(?:a|the|this|that|one)\s+(?:[a-z-]+\s+){0,2}?family\s+(?:(?:who|that)\s+)?(?:came\s+in|brought\s+(?:in|their|his|her)|arrived|walked\s+in|(?:were|was)\s+(?:seen|admitted|referred)|(?:I|we)\s+(?:saw|met|treated|photographed|looked\s+after|cared\s+for|admitted))\b)`,
  "i",
);
/** Referents specific enough on their own: "my cadaver", "a patient I saw". */
export const STRONG_REF = /\b(?:my|our) (?:(?:table|group|lab|tank|team|station)(?:'s|’s) )?(?:cadaver|donor|body donor)(?:'s|’s)?\b|\b(?:the|our|my) (?:donor|cadaver|body) (?:at|on) (?:table|station|tank) \d+\b|\b(?:a|one|the|this|that) (?:[a-z]+(?:-[a-z]+)* ){0,2}(?:patient|client|participant|subject|volunteer|donor|man|woman|lady|gentleman|child|baby|kid|boy|girl|toddler|teenager|infant|dog|cat|horse|mare)s? (?:that |whom |who )?(?:I|we|I've|we've) (?:(?:have|had|'ve|just|ever|recently|once|also|first) )*(?:saw|seen|had|met|clerked|treated|looked after|photographed|interviewed|examined|admitted|operated on|scrubbed in on|delivered|resuscitated|coded|recruited|assisted with|nursed|cared for|sat with|consented|imaged|scanned|dissected|sutured|intubated|discharged)\b|\b(?:a|an|one|the|this|that)\s+(?:[a-z]+(?:-[a-z]+)*\s+){0,2}(?:patient|client|lady|woman|man|gentleman|gent|girl|boy|child|kid|baby|teenager|uncle|auntie|aunty|pakcik|makcik|grandma|grandpa|granny|dog|cat|horse|mare)\s+(?:(?:that|whom|who)\s+)?(?:I|we)\s+(?:(?:still|regularly|usually|now|also|always)\s+)?(?:see|treat|photograph|visit|nurse|look after|care for|scan|fit|counsel|dress|manage|review|rehab)\s+for\s+(?:his|her|their)\s/i;
/** "My first interview participant, …", "our ICU patient was …": a possessed, singular role followed by a story verb. */
export const MY_ROLE = /\b(?:my|our)(?<!\b(?:before|until|till|between|ahead\s+of|waiting\s+for)\s+(?:my|our))\s+(?:[a-z]+(?:-[a-z]+)*\s+){0,2}(?:patient|participant|donor|cadaver|client|subject|volunteer|interviewee)(?:'s|’s)?(?:\s+(?:this|last|today|tonight|yesterday)(?:\s+(?:week|night|morning|afternoon|evening|month|shift))?)?(?=\s*,|\s+(?:was|had|has|is|who|told|said|asked|came|cried|died|laughed|smiled|refused|wanted|kept|went|got|gave|took|felt|looked|seemed|turned|\p{Ll}+ed)\b)/iu;
/** A patient of an earlier post: "the teenager I wrote about last month", "the lady from my last post" (a cue in clinical text). */
export const FOLLOW_UP = /\b(?:(?:I|we)\s+(?:wrote|posted|blogged|tweeted|talked|told you|vented)\s+about|from my (?:last|previous|earlier) (?:post|video|reel|blog|thread|story|update))\b/i;
/** Plural/general subjects: what most patients do is not an encounter. */
/** "everyone came over to look": a crowd, not a general claim about patients. */
export const CROWD = /\b(?:everyone|anyone)\b/gi;
export const GENERIC = /\b(?:patients|people|everyone|anyone|families|clients|donors|cadavers|subjects|participants|every (?:patient|case|visit)|most (?:patients|people)|many (?:patients|people)|some patients|a lot of patients|(?:if|when|whenever|before|unless)\s+(?:a|the|your|any)\s+patient|usual mix|the usual)\b/i;
/** An instruction ("Remember to …", "Check the …"); "Remember the teenager I wrote about?" recalls a patient of an earlier post. */
export const IMPERATIVE_START = new RegExp(String.raw`^\s*(?:\d+[.)]\s*)?(?:ask|check|match|always|never|don't|do not|make sure|remember(?!\s+(?:the|that|this|my|our)\s+(?:[\p{L}-]+\s+){0,3}?(?:${PERSON_NOUN})\b(?!s))|try|use|avoid|consider|look|think|write|get|let|weigh|sit|call)\b`, "iu");

export const TIME = new RegExp(String.raw`\b(?:today(?:'s|’s)?|tonight(?:'s|’s)?|this (?:morning|afternoon|evening|week|weekend|month|shift)|last (?:night|week|weekend|month|year|shift|call|friday|monday|tuesday|wednesday|thursday|saturday|sunday)|yesterday(?:'s|’s)?|overnight|earlier (?:today|this week)|the other (?:day|night)|just now|on my (?:shift|call|last(?! (?:post|reel|video|story|blog|thread|tweet|tiktok|episode|live|stream|podcast)))|(?:days?|weeks?|nights?|hours?|months?) ago(?<=\b(?:a few|several|couple of|a|an|\d{1,2}|${NUMWORDS}) \w+ ago)|(?:this|that) (?:day|night)|right now|this past|(?:the )?rest of (?:the|my|our) (?:night|shift|day|call|weekend)|at \d{1,2}(?::\d{2})?\s?(?:a\.?m\.?|p\.?m\.?))\b`, "i");
export const SETTING = /\b(?:call(?:ed|s)?[- ]?outs?\s+(?:at\s+[\w:.]+\s+)?to\s+(?:a|an|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:farm|dairy|ranch|feedlot|stables?|barn|yard|property|kennels?|piggery|homestead)|farm (?:calls?|visits?)|herd (?:visits?|checks?)|(?:our|the|my) (?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|weekly|[a-z]+ology|[a-z]+ics|diabetes|antenatal|fracture|eye|skin|derm|ortho|paeds|peds|dental|renal|surgical|medical|memory|pain|wound|foot|asthma|outpatient|student|teaching) ){1,2}(?:clinic|ward|list)(?: sessions?)?|on (?:the |our |my )?(?:wards?|unit|call|rounds|night float|nights|the floor|shift|placement|posting)|in (?:the )?(?:clinic|ED|A&E|ER|emergency|ICU|NICU|PICU|CCU|HDU|theatre|theater|OR|resus|triage|delivery suite|labour ward|labor and delivery|anatomy lab|dissection lab|lab|studio|department|surgery|practice|consult)|home visits?|(?:our|the) (?:department|ward|clinic|unit|studio|practice|team)|at the bedside|(?:in|on) (?:bed|bay|room|cubicle) \d|scrubbed in(?:to)?|on the table|front desk|waiting room|check-in|clinic list|(?:to|at|in) our (?:lab|laboratory|research (?:centre|center|unit|clinic)|study site)|testing session|study visit|consult room|exam room|home visit)\b/i;
export const ACTION = /\b(?:I|we|my team|our team|the team|my (?:senior|registrar|consultant|attending|resident)|my HO)\s+(?:(?:had|have|just|finally|also|then|all|both|each|only|actually|quickly)\s+)?(?:clerked|clerk|saw|seen|examined|admitted|treated|met|looked after|scrubbed|operated|intubated|sutured|stitched|delivered|resuscitated|coded|discharged|photographed|imaged|scanned|assessed|reviewed|took|drew|did|had a|had an|have a|have an|broke the news|told (?:him|her|them|the family)|dissected|opened|found|spent|called|cannulated|catheteri[sz]ed|bled|nursed|documented|consented|interviewed|recruited|enrolled|visited|followed|held|sat with)\b|\b(?:I|we)(?:['’]ve|['’]d|\s+have|\s+had)?\s+been\s+(?:(?:regularly|also|still|now|weekly|monthly)\s+)?(?:seeing|treating|photographing|looking after|caring for|nursing|following|visiting|scanning|imaging|interviewing|dressing|managing|rehabbing|fitting|counselling|counseling|reviewing)\b/i;
export const CASE = /\b(?:presented (?:with|to)|came to (?:us|me|see (?:us|me))(?!\s+(?:to\s+(?:teach|give|talk|speak|present|lecture|visit|share)|as\s+an?|for\s+(?:a|an|the|her|his)\s+(?:talk|lecture|visit|placement|rotation|elective|job|interview))\b)|came in (?:with|on|for|by|after|overnight|last)|came in\b|was brought in|brought in|got brought|rolled in|was admitted|admitted (?:on|with|for|overnight)|turned out to be|was diagnosed|was found|has had|lives alone|lived alone|asked me|told me|held my hand|pulled out|tried to leave|was back|is recovering|recovering well|had come in|passed away|died|coded|arrested|crashed|was discharged|went home|owned by|surprised us|reached our department|the visit that|wound series|follow-up for|day \d{1,3} of|(?:first\s+)?(?:came|went|was taken|presented|attended|returned|walked|drove (?:him|her)sel(?:f|ves))\s+(?:back\s+)?(?:in\s*)?to\s+(?:the|our|a|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:hospital|clinic|ED|emergency department|A&E|surgery|practice|health cent(?:re|er)|department|ward|lab|laboratory|unit|office|pharmacy|studio|counter|dispensary)|(?:was|were|got) referred|referred (?:to|by) (?:us|our|me)|asked (?:me|us) to (?:share|post|show|publish|tell|use)|(?:been through|has had|had had|underwent|has undergone|had undergone|needed)\s+(?:[\p{Ll}-]+\s+){0,2}(?:operations|surgeries|procedures|grafts|admissions|rounds of|transplants|amputations)|(?<![\p{L}])(?:in|back)\s+for\s+(?:(?:a|an|his|her|their|the|another|more)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:photograph\w*|photos|review|check(?:-?up)?|follow-?up|appointment|scan|x-?rays?|injections?|procedure|dressings?|vaccin\w*|jabs?|bloods|assessment|consult\w*|treatment|biopsy|repair|fitting|scaling|extraction|filling|crown|dentures?|spay|neuter|castration|infusion|chemo\w*|dialysis|transfusion|physio\w*|rehab|hearing test|screening|operation)|(?:his|her|their)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:session|visit|appointment|admission|cycle|sitting|fitting|infusion|round)\b(?!\s+(?:of|is|will)\b)|(?:was|came in|showed up|turned up|rolled in)\s+(?:drunk|high|intoxicated|wasted|back)\s+again)\b/iu;
export const CASEFIND = /\b(?:textbook|classic|typical|florid|beautiful|impressive|rare|interesting|gnarly|wild|crazy|insane|amazing|massive|huge|nasty|perfect)\s+(?:case of\s+|example of\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:on the wards?|in (?:clinic|the ED|A&E|theatre|resus|the OR|ICU)|on call|on rounds|at work)\b/iu;
export const PRONOUN3 = /\b(?:he|she|his|her|him|hers|himself|herself)\b/i;
/** The author is the patient. */
export const OWN = /\b(?:I was (?:(?:first|finally|eventually|officially)\s+)?(?:diagnosed|admitted|hospitali[sz]ed|rushed|discharged|treated|operated|seen|told I|born)|I had (?:a|an|my) [\p{L} -]{0,30}(?:excision|surgery|operation|biopsy|scan|appendicectomy|appendectomy|removed|procedure|transplant)|my own(?!\s+(?:notes?|records?|reference|files?|revision|learning|study|use|reflections?|logbook|log|portfolio|benefit|memory|sanity)\b)|as (?:a|the) patient|on being the patient|I ended up in|my (?:diagnosis|surgery|operation|admission|appendix|scans?|biopsy|treatment|stay|discharge|birthday)|I(?:'m| am) (?:a|the) patient|when I was (?:a patient|admitted|sick|ill|diagnosed)|I spent \w+ (?:nights|days|weeks) (?:in|on|at)|je suis née?|I(?:'m|’m| am) (?:an? |only |just )?\d{1,3}(?:-year-old|\b)|j['’](?:ai|avais) \d{1,3} ans)\b/iu;
/** Citation and publication cues: a cited or historical case, not the author's patient. */
export const CITATION = /\b(?:et al\.?|(?:published|reported (?:by|in)|described (?:by|in)|case reports?|case study from|adapted from|from the textbook|textbook cases?(?! (?:on|in|at) (?:the |my |our |a )?(?:[\p{L}-]+ ){0,2}(?:service|ward|wards|clinic|rotation|placement|posting|list|shift|call|ED|ICU|theatre|unit)| (?:today|tonight|yesterday|this|last))|journal of|doi|pmid|lancet|nejm|bmj|jama)(?![\p{L}])|source:|\(\s*[\p{Lu}][\p{L}'’-]+(?:\s*(?:&|and)\s*[\p{Lu}][\p{L}'’-]+)?(?:\s+et al\.?)?,?\s+(?:1[6-9]|20)\d{2}\s*\))/iu;
export const CITATION_LINE = /^\s*(?:[—–-]{1,2}|source:|adapted from|from:|via|credit:|reference:|ref:|cited in)\s*/i;
/** Present-tense exam vignette: "A 67-year-old man presents with … Where is the lesion?" */
export const VIGNETTE = /\b(?:presents|is brought|comes in|complains|reports|is found)\b[^?]*\?|\b(?:which|what) (?:drug|diagnosis|is the most likely|is the next|investigation)\b/i;

/* -------------------------------------------------- bare ages and more cues */

/**
 * A bare age right after a name or a person noun: "Mr. Delgado, 67, from the ED", "Mr. Lindqvist (58)",
 * "the woman, 34, …". Tested on the text right after a name candidate (anchored) or on the block.
 */
export const AGE_AFTER_NAME = /^(?:,\s*|\s*\(\s*)(\d{1,3})(?=\s*(?:\)|,|;|\.(?!\d)|\s(?:from|with|who|was|is|and|had|has|came|presented|in|on|at|admitted|brought|comes|arrived)\b))/u;
export const AGE_AFTER_NOUN = /\b(?:man|woman|lady|gentleman|gent|boy|girl|patient|donor|cadaver|client|participant|volunteer|resident|pakcik|makcik|grandpa|grandma)\s*(?:,\s*|\(\s*)(\d{1,3})(?=\s*(?:\)|,(?!\d)|;))/giu;
/** "She was 82, a retired teacher", "he is 39 and has", "who was 91 when": an age given predicatively. */
export const AGE_PRONOUN = /\b(?:(?:[Hh]e|[Ss]he|who)(?:,[^,.;!?\n]{1,50},|\s+(?:according to|we (?:were told|think|believe|learned|learnt)|I (?:think|believe|learned|learnt)|apparently|reportedly)[^,.;!?\n]{0,30}?)?\s+(?:was|is|had just turned|just turned|turned|would have been|will be|turns)(?:,[^,.;!?\n]{1,50},)?|(?:[Hh]e|[Ss]he|who)['’]s)\s+(?:only\s+|just\s+|nearly\s+|almost\s+|barely\s+|already\s+)?(\d{1,3})(?![\d.,:]\d|\s*(?:%|percent|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|kg|lbs?|cm|mm|points?|times|of|out of|per|\/|-))(?=\s*(?:[,.;:—–)!]|and\b|but\b|when\b|with\b|$))/gu;
/** "died at 93", "at the age of 67", "passed away aged 80". */
export const AGE_AT = /\b(?:(?:died|passed away|passed|deceased|diagnosed|widowed|retired)\s+at|at the age of|à l['’]âge de|,(?=\s+\d{1,3}\s+when\s+(?:he|she|they)\s+(?:died|passed)))\s+(\d{1,3})(?![\d.,]\d|\s*(?:%|percent|minutes?|hours?|a\.?m|p\.?m|o'clock|h\b))/giu;

/** "One of my patients", "one of our donors": a specific individual even though the noun is plural. */
export const ONE_OF_MY = /\bone of (?:my|our|the) (?:(?:patients|clients|donors|cadavers|participants|subjects|volunteers|residents|kids|babies|children|regulars|ladies|men|women)\b(?!['’]|\s+(?:will|would|might|may|could|should|can)\b)|(?:[a-z-]+\s+)?(?:patients|clients|residents|kids|babies|children|ladies|men|women|teenagers|teens|adolescents|toddlers|infants|newborns|mums|moms|dads|mothers|fathers|boys|girls|guys|gentlemen|aunties|uncles|grannies|elders|seniors|dogs|cats|horses|puppies|kittens)\s+(?:(?:that|who|whom)\s+)?(?:I|we)(?:['’]ve|\s+have|\s+had)?\s+(?:(?:just|also|once|first|recently|regularly)\s+)?(?:followed|treated|saw|seen|looked after|cared for|nursed|clerked|admitted|examined|photographed|delivered|met|operated on|managed|counselled|counseled|rehabbed|scanned|fitted|interviewed|visited)\b)/i;
/** A specific patient's consent used to show them: "With the patient's written permission, here is his graft". */
export const CONSENT_SHOW = /\b(?:with|after getting|having (?:got|obtained)|I (?:got|have|had|obtained|asked for))\s+(?:the |my |his |her |their |this |our )?(?:patient|client|owner|family|parents?|mum|mom|mother|father|donor)(?:'s|’s|s’)?\s+(?:\p{L}+\s+)?(?:permission|consent|blessing|ok|okay)\b/iu;
export const SHOW = /\b(?:here(?:'s|’s| is| are)|below|above|this (?:is|photo|image|picture|shot|scan)|these (?:are|photos|images)|I (?:took|photographed|am sharing|share|posted|drew|sketched))\b/i;
/** Talk about confidentiality itself ("even 'the man in bed 4' can identify someone"). */
export const META = /\b(?:identif(?:y|ies|iable|ying|ication)|re-?identif\w*|confidential\w*|privacy|de-?identif\w*|anonymi[sz]\w*|HIPAA|safe harbou?r|never post|don't post|do not post|(?:with|without) (?:the |their )?names? removed)\b/i;
/** A quoted phrase: '…', "…", “…”, ‘…’. */
export const QUOTED = /(?<![\p{L}])['‘"“][^'’"”\n]{1,80}['’"”](?![\p{L}])/gu;
/** Family members as the topic of a block ("My grandmother, 91, still gardens …"). */
export const FAMILY_TOPIC = /\b(?:my|our)\s+(?:\w+\s+){0,2}(?:mum|mom|mother|father|dad|grand(?:mother|father|ma|pa|mum|dad)|granny|nana|nan|grandparents?|uncle|auntie|aunty|aunt|sister|brother|son|daughter|wife|husband|partner|cousin|niece|nephew|in-laws?|parents?|family|best friend|friend|flatmate|roommate|neighbou?r)\b/i;
/** Clinical vocabulary: needed before a plain "a man"/"a woman" with only a time cue counts as a patient. */
export const CLINICAL = /\b(?:patients?|clinic|ward|hospital|ED|A&E|ER|ICU|NICU|resus|triage|admitted|admission|diagnos\w*|symptoms?|pain|fever|cancer|chemo\w*|surgery|surgical|theatre|operat\w*|insulin|dialysis|bloods?|scan|x-?ray|CT|MRI|ECG|bed|bay|consultant|registrar|attending|resident|nurses?|doctors?|medications?|meds|prescri\w*|sepsis|infection|fracture|tumou?r|stroke|seizure|cardiac|arrest|overdose|wound|ulcer|rash|cannula|IV|drip|clerk\w*|on call|rounds|shift|placement|rotation|discharge\w*|biopsy|pregnan\w*|labou?r|deliver\w*|anaesthe\w*|anesthe\w*|intubat\w*|ventilat\w*|vet|veterinary|cadaver|donor|dissect\w*|lab|study|interview\w*|participant|trial|consent|diabetes|dementia|delirium|dying|died|death|palliative|hospice|terminal|heart|lungs?|kidney|liver|GP|pharmacy|ambulance|paramedic\w*|stethoscope|sutur\w*|graft|burns?|biopsy|scrubbed|skin to skin|hernia|append\w*ctomy|chole\w*|lap(?:aroscop\w*)?|incision|anastomos\w*|closure|stitch\w*|post-?op|pre-?op|recovery room|PACU|RLQ|RUQ|colic|lameness|foal\w*|calv\w*|herd|stable|barn|sciatica|arthritis|asthma|hypertension|migraine|lumbar|psoriasis|eczema|dermatitis|vitiligo|melanoma|follow-?ups?|dentures?|chiropract\w*|physiotherap\w*|osteopath\w*)\b/i;
/** French narrative cues for Quebec trainees who write in French. */
export const FR_NARRATIVE = /\b(?:j['’]ai (?:admis|vu|examiné|soigné|rencontré|opéré|accouché|suivi|reçu|intubé|réanimé|annoncé)|(?:un|une|mon|ma|notre|la|le|cette|ce|l['’])\s*(?:(?:vieille|vieux|vieil|jeune|petite?|pauvre|gentille?|nouvelle?|nouveau)\s+)?(?:patient|patiente|homme|femme|dame|monsieur|enfant|bébé|garçon|fille|résidente?|nourrisson|adolescente?|donneur|donneuse|participante?)\b[^.!?]{0,80}?(?<![\p{L}])(?:m['’]a (?:dit|demandé|raconté|tenu|serré|confié|remercié|souri|appelée?|montré|pris|signé|dessiné|offert|donné|écrit|embrassée?|apporté|reconnue?|chanté|répondu|expliqué)|est (?:arrivée?|décédée?|morte?|revenue?|tombée?)|a été (?:admise?|transférée?|hospitalisée?|intubée?|opérée?)|pleurait|criait|refusait|a refusé)(?![\p{L}])|(?:Monsieur|Madame)\s+(?:est (?:arrivée?|décédée?|morte?|revenue?|tombée?|repartie?|sortie?)|a été (?:admise?|transférée?|hospitalisée?|intubée?|opérée?)|m['’]a (?:dit|demandé|raconté|tenu|serré|confié|remercié|souri|montré|signé|offert|donné)|nous est arrivée?)(?![\p{L}]))/iu;
export const FR_SETTING = /(?:à l['’]urgence|aux urgences|à l['’]hôpital|en garde|pendant (?:ma|la|notre) garde|aux soins intensifs|à l['’]étage|au bloc|en clinique|à l['’]unité|en salle|au chevet|(?<![\p{L}])(?:chambre|lit|salle|civière|unité)\s+(?:n[°o]\s*)?\d)/iu;
export const FR_CASE = /(?<![\p{L}])(?:est (?:arrivée?|décédée?|morte?|revenue?|partie?)|a été (?:admise?|transférée?|hospitalisée?|intubée?|opérée?)|m['’]a (?:raconté|dit|demandé|tenu|serré|confié|remercié|souri)|refusait|a refusé)(?![\p{L}])/iu;
export const FR_CLINICAL = /(?<![\p{L}])(?:urgences?|hôpital|patiente?s?|garde|soins|chambre|civière|infirmière?s?|médecin|dialyse|pneumonie|chirurgie|admise?|hospitalisée?|dossier|résidente?|externe|stage|CHSLD|CLSC|CHU|unité|lit|salle|détresse|respiratoire|cancer|douleur|diagnostic|traitement|décès|mourir)(?![\p{L}])/iu;
/** "Dissecting her hand today": a casual anatomy-lab story about one donor. */
export const DISSECT_POSS = /\b(?:dissect(?:ing|ed)?|reflect(?:ing|ed)|open(?:ing|ed)|saw(?:ing|ed)\s+(?:through|open)|cut(?:ting)?\s+(?:into|open)|skinn(?:ing|ed)|expos(?:ing|ed)|clean(?:ing|ed)\s+(?:up|out)|remov(?:ing|ed)|found)\s+(?:his|her|their)\s+(?:[a-z]+\s+)?(?:hands?|arms?|forearms?|legs?|foot|feet|face|heart|brain|thorax|abdomen|chest|skull|scalp|neck|back|pelvis|knees?|hips?|shoulders?|lungs?|liver|kidneys?|spine|eyes?|tongue|larynx|breasts?|perineum|gut|bowel|stomach|head|fingers?|toes?|uterus|prostate|spleen|aorta|coronar(?:y|ies))\b/i;
/** A telegraphic French case opening, no article: "Jeune homme arrivé en détresse respiratoire hier soir à l'urgence". */
/**
 * The author in the middle of an operative step, in the past progressive: "pendant qu'on faisait l'anastomose",
 * "while we were closing the fascia", "as I was suturing the skin". One operation on one patient (a milestone
 * alone, "scrubbed in for my first Whipple today!!", is not read as a story).
 */
export const OPERATIVE_STEP = /(?<![\p{L}])(?:(?:pendant|alors|lorsqu['’]|quand)\s*(?:qu['’]on|que\s+(?:je|nous)|on|je|nous)\s+(?:faisait|faisions|faisais|fermait|fermions|fermais|suturait|suturions|suturais|réséquait|réséquions|disséquait|disséquions|disséquais|terminait|terminions|finissait|finissions)\s+(?:l['’]|la\s+|le\s+|les\s+)(?:anastomose|fermeture|résection|dissection|incision|suture|peau|paroi|aponévrose)|(?:while|as|when)\s+(?:we|I)\s+(?:were|was)\s+(?:doing|closing|suturing|sewing|resecting|dissecting|finishing|stapling)\s+(?:the|our|my)\s+(?:anastomosis|anastomoses|closure|resection|dissection|skin|fascia|incision|wound))(?![\p{L}])/iu;
export const FR_TELEGRAPH = /^[\s>*-]*(?:(?:jeune|vieil(?:le)?|vieux|petite?|pauvre|gentille?|charmante?|très)\s+)*(?:homme|femme|dame|monsieur|madame|garçon|fille|patiente?|bébé|enfant|nourrisson|adolescente?|ado|retraitée?|agricult(?:eur|rice))(?:\s+de\s+\d{1,3}\s+(?:ans|mois|semaines))?,?\s+(?:arrivée?|admise?|amenée?|transférée?|hospitalisée?|intubée?|reçue?|décédée?|évaluée?|retrouvée?|tombée?|ramenée?|référée?|transportée?)(?![\p{L}])/iu;
export const FR_TIME = /\b(?:cette nuit|ce matin|hier(?: soir)?|aujourd['’]hui|cet après-midi|la semaine dernière|pendant ma garde|lors de ma garde|en garde)\b/iu;

/* ------------------------------------------------ recall batch 3: more cues */

/** French clinical actions of the author: "j'ai fait la fermeture", "le patron m'a laissé faire la dissection". */
export const FR_ACTION = /(?<![\p{L}])(?:j['’]ai|on a|nous avons|je l['’]ai|on l['’]a|je les ai)\s+(?:(?:pu|dû|enfin|aussi|déjà|moi-même)\s+)?(?:admise?|vue?|examinée?|soignée?|opérée?|intubée?|suturée?|disséqué|fait|faite|accouchée?|reçue?|suivie?|rencontrée?|pris en charge|fermé|ouvert|assisté|ponctionnée?|drainée?|plâtrée?|photographiée?|réanimée?|installée?)(?![\p{L}])|m['’]a\s+laissée?\s+(?:faire|opérer|fermer|suturer|disséquer|intuber|examiner|ouvrir|drainer|ponctionner|accoucher)(?![\p{L}])/iu;
/** A patient the author sees regularly, named: "Every second Thursday I see Mrs. Roy", "Once a month we visit Pakcik Ramli". */
export const VISIT_NAME = new RegExp(String.raw`\b(?:I|[Ww]e)\s+(?:(?:still|now|usually|always|also|regularly|then)\s+)?(?:see|visit|treat|follow|nurse|photograph|dress|look\s+in\s+on|look\s+after|care\s+for|check\s+on)\s+(?:${TITLES.map((t) => t.replace(/\./g, "\\.").replace(/ /g, "\\s+")).join("|")})\.?\s+\p{Lu}`, "u");
/**
 * A bare full name right after a clinical verb of the author's: "This morning I photographed Seán Ó Briain's
 * ulcers", "We admitted Ahmed al-Rashid overnight", "I clerked Nguyễn Thị Lan". Group 2 is the name (two
 * to four parts); group 1 is the verb (saw/met/photographed/... need clinical words in the sentence).
 */
export const VERB_NAME = new RegExp(
  String.raw`\b(?:I|[Ww]e)(?:\s+(?:(?:just|then|also|finally|first|had to|got to|helped|re-?)\s*)?(clerked|examined|admitted|treated|photographed|scanned|imaged|operated on|sutured|stitched up|discharged|assessed|nursed|resuscitated|intubated|cannulated|consented|interviewed|delivered|dressed|reviewed|triaged|bathed|visited|saw|met|looked after|cared for|sat with)` +
    // "I've been photographing Siobhán Ní Bhriain's forearm", "we're treating …": care over a while
    String.raw`|(?:(?:['’](?:ve|m|re)|\s+(?:have|am|are|had))(?:\s+been)?|\s+(?:started|began|continued|kept))\s+(?:(?:regularly|also|still|now|weekly|monthly|currently)\s+)?(seeing|treating|photographing|nursing|scanning|imaging|interviewing|dressing|managing|rehabbing|examining|looking after|caring for))\s+` +
    String.raw`(${NAME_WORD}(?:\s+(?:(?:${NAME_JOIN})\s+)?(?:${NAME_WORD}|\p{Lu}(?=\s))){1,3})(?![\p{L}])`,
  "gu",
);
/**
 * A child's first name after an endearment, as the object of the author's clinical verb: "I photographed
 * little Alfie for the cleft team", "we admitted wee Callum overnight", « j'ai intubé la petite Léa ». Group 1
 * is the verb, group 2 the name (a loose verb needs clinical words in the sentence, as in VERB_NAME).
 */
export const VERB_LITTLE_NAME = new RegExp(
  String.raw`(?:\b(?:I|[Ww]e)\s+(?:(?:just|then|also|finally|first|had to|got to)\s+)?(clerked|examined|admitted|treated|photographed|scanned|imaged|operated on|sutured|stitched up|discharged|assessed|nursed|resuscitated|intubated|cannulated|delivered|dressed|reviewed|triaged|bathed|visited|saw|met|looked after|cared for|sat with)\s+(?:little|wee|tiny|baby|brave|sweet|poor)` +
    String.raw`|(?:[Jj]['’]ai|[Nn]ous\s+avons|[Oo]n\s+a)\s+(?:déjà\s+|enfin\s+)?(vu|soigné|examiné|photographié|admis|traité|accueilli|intubé|opéré|réanimé|suturé|plâtré)\s+(?:la\s+petite|le\s+petit|(?:le|la)\s+(?:petite?\s+)?bébé))\s+(${NAME_WORD})(?![\p{L}])`,
  "gu",
);
/** Verbs in VERB_NAME that also take a non-patient object ("I met Taylor Swift"): need clinical words nearby. */
/** Capitalised words that end an eponym or a place, not a person's name ("Graves Disease", "Kuala Lumpur Hospital"). */
export const NOT_PERSON_PART = /(?<![\p{L}])(?:Disease|Syndrome|Palsy|Sign|Test|Score|Criteria|Scale|Protocol|Hospital|Clinic|Ward|Unit|Centre|Center|University|College|Medical|General|Institute|Foundation|Trust|Board|Street|Road|Avenue|Park|Lake|River|Family|Royal|Holy|Lord)(?![\p{L}])/u;
export const VERB_NAME_LOOSE = /^(?:photographed|scanned|imaged|interviewed|visited|saw|met|sat with|reviewed|assessed|dressed|bathed|treated|looked after|cared for|delivered|\p{Ll}+ing|looking after|caring for)$/u;
/** "owned by the Halvorsen family", "la famille Tremblay": a family named by its surname (group 1 or 2). */
export const FAMILY_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:[Tt]he\s+(${NAME_WORD})\s+family(?![\p{L}])(?!['’]s\s+(?:farm|dairy|ranch)|\s+(?:farm|dairy|ranch|orchard|vineyard|stables?|yard|feedlot|piggery|kennels?|business|bakery|restaurant|shop|store|home|house|practice|doctor|GP|dentist|vet|medicine|physician|tree|name|history|doctor)\b)|[Ll]a\s+famille\s+(${NAME_WORD}))`,
  "gu",
);
/** Peoples, ethnicities and faiths before "family" ("The Roma family", "a Somali family"): not a surname. */
export const ETHNIC = /^(?:Roma|Romani|Romany|Gypsy|Traveller|Traveler|Amish|Mennonite|Hutterite|Muslim|Jewish|Sikh|Hindu|Buddhist|Christian|Catholic|Mormon|Black|White|Asian|Arab|Inuit|Cree|Ojibwe|Oji-Cree|Métis|Metis|Dene|Mohawk|Navajo|Hmong|Karen|Somali|Pakistani|Bangladeshi|Iraqi|Afghan|Thai|Dutch|French|Greek|Czech|Polish|Filipino|Latino|Latina|Hispanic|Punjabi|Gujarati|Tamil|Malay|Nepali|Kurdish|Yazidi|Rohingya|Maori|Māori|Samoan|Tongan|Fijian|Aboriginal|Indigenous|Iban|Kadazan|Bajau|Haitian|Jamaican|Eritrean|Ethiopian|Sudanese|Syrian|Irish|Scottish|Welsh|English|British|Turkish|Romanian|Bulgarian|Slovak|Hungarian|Lebanese|Korean|Indian|Nigerian|Ghanaian|Kenyan|Ukrainian|Russian|Mexican|Guatemalan|Honduran|Salvadoran|Portuguese|Brazilian|Italian|German|Spanish|American|Canadian|Australian|Mexican|Cuban|Chilean|Peruvian|Colombian|Egyptian|Moroccan|Iranian|Persian|Palestinian|Israeli|Albanian|Bosnian|Serbian|Croatian|Libyan|Yemeni|Congolese|Burmese|Chinese|Japanese|Vietnamese|Nepalese|Senegalese|Togolese|Guyanese)$/u;
/** A colleague or manager as the topic ("Our manager, Tunde, …", "my supervisor"): "he told me" is then not a patient. */
export const COLLEAGUE_TOPIC = /\b(?:my|our|the|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}(?:manager|line manager|boss|supervisor|consultant|attending|registrar|lecturer|tutor|professor|preceptor|colleague|co-?worker|HOD|head of (?:department|service)|director|team lead(?:er)?|charge nurse|ward manager|matron|senior|mentor|classmate|flatmate|roommate|landlord|programme director|program director|dean|chief|surgeon|an(?:a)?esthetist|anesthesiologist|instructor|demonstrator|educator|clinical lead)s?\b/iu;
/** "other young people", "other patients": a plural in a subordinate phrase, not a general subject. */
export const OTHER_GENERIC = /\bother\s+(?:[\p{Ll}-]+\s+){0,2}(?:patients|people|families|clients|donors|participants|survivors|parents|kids|children)\b/giu;
/** A present-tense case description (exam style): "A 45-year-old farmer from Ames presents with fever." */
export const PRESENT_CASE = /\b(?:presents|is brought|comes in|complains|reports|is found|is referred|attends)\b/i;

/* ------------------------------------------------ recall batch 4: more classes */

const MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December|Januari|Februari|Mac|Mei|Jun|Julai|Ogos|Oktober|Disember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";
/**
 * A month tied to a care event of the patient, without a day or year: "after his fall in March",
 * "her surgery last October", "admitted in June", "he died in early May" (the month is group 1).
 */
export const CARE_MONTH = new RegExp(
  String.raw`\b(?:(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}?|(?:had|suffered|sustained)\s+an?\s+(?:[\p{L}-]+\s+){0,2}?)(?:fall|falls|stroke|surgery|operation|op|admission|diagnosis|accident|fracture|heart attack|seizure|overdose|delivery|discharge|amputation|procedure|transplant|injury|crash|bleed|arrest|biopsy|death|funeral|first visit|last visit|referral|relapse|collapse|MI|cardiac arrest|hip replacement|knee replacement|bypass)|(?:was|were|got|been)\s+(?:first\s+)?(?:admitted|discharged|diagnosed|operated on|transferred|referred|readmitted|intubated)|(?:died|passed away|passed|fell|collapsed|relapsed)|(?:est\s+)?(?:décédée?|tombée?|admise?|opérée?|hospitalisée?)|(?:first\s+)?(?:came|presented|walked|was\s+brought)\s+(?:in(?:to)?|to)\s+(?:the|our|my)\s+(?:[\p{Ll}-]+\s+){0,2}(?:clinic|ward|practice|surgery|hospital|ED|department|pharmacy|studio|office|unit))\s+(?:(?:back\s+)?in|on|last|this|early|late|en|au\s+mois\s+de)\s+(?:(?:early|late|mid-?)\s+)?(${MONTH_FULL})(?![\p{L}\d])(?!\s+(?:19|20)\d{2})`,
  "gu",
);
/** A street named without a house number, after a spatial word: "on Jalan Kelisa in Ipoh Garden", "off Elm Street". */
export const STREET_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:on|along|off|at|near|down|up|in|di|sur\s+la|sur\s+le|rue|du|au|de\s+la|dans\s+le|dans\s+la|sur)\s+` +
    String.raw`((?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuh|Lengkok|Solok)\s+\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|\d{1,3}[A-Z]?)){0,2}` +
    String.raw`|(?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}(?:Street|Road|Avenue|Lane|Drive|Crescent|Close|Terrace|Boulevard|Highway|Parkway|(?:Ave|St|Rd|Blvd|Ln|Hwy|Pkwy)(?:\.|(?![\p{L}.])))(?![\p{L}])` +
    String.raw`|(?:rue|avenue|boulevard|chemin|rang|route|montée|côte|impasse|allée|promenade)\s+(?:de\s+la\s+|du\s+|des\s+|de\s+|d['’])?\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2}` +
    // a numbered concession road or route in rural Quebec: "le rang 4", "la route 132"
    String.raw`|(?:rang|route|chemin)\s+\d{1,3}(?![\p{L}\d]))` +
    // the neighbourhood after it: "in Ipoh Garden", "à Rosemont"
    String.raw`(?:,?\s+(?:in|di|à|au|en)\s+(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}))?`,
  "gu",
);
/** A hospital unit code after a patient noun: "the frequent flyer from 6B", "a lady up on 4 West" (the code is group 1). */
export const UNIT_AFTER_PERSON = /\b(?:patient|frequent flyer|regular|drug seeker|gomer|guy|dude|man|woman|lady|gentleman|gent|kid|boy|girl|baby|mum|mom|dad|uncle|auntie|pakcik|makcik|grandma|grandpa|one)s?\s+(?:(?:from|on|in|off|up on|over on|down on|over in|up in|down in|back on|back in)\s+)(?:(?:unit|floor|pod)\s+)?(\d{1,2}[A-Z]{1,2}|\d{1,2}\s?(?:North|South|East|West|N|S|E|W))(?![\p{L}\d])/gu;
/** Owners or parents named by their surname in the plural: "his owners, the Lindqvists", "her parents (the Nguyens)" (group 1, without the s). */
export const FAMILY_PLURAL = /\b(?:owners?|parents|family|folks|couple|clients?|household|guardians|foster parents|grandparents)\s*(?:,|:|—|–|\(|\s+(?:were|are|,)?)\s*the\s+(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?:s|es)(?![\p{L}])/gu;
/**
 * Owners or relatives named by their surname in the plural as the subject of what they did for the
 * patient: "The Hendricksons carried him in", "the Nguyens had already signed the consent" (group 1, without the s).
 */
export const FAMILY_SUBJECT = /(?<![\p{L}])[Tt]he\s+(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?:s|es)\s+(?:(?:had|have|both|all|finally|then|just|also|had already|were)\s+){0,2}(?:carried|brought|rushed|drove|driven|arrived|called|phoned|stayed|decided|agreed|thanked|hugged|signed|declined|refused|opted|chose|elected|waited|sat|visited|consented|cried|wept|held|took (?:him|her|them|it) home|asked (?:me|us|if|whether|about)|told (?:me|us)|were (?:devastated|told|called|updated|at (?:his|her|the) bedside|in the (?:room|waiting room|lobby|family room)))(?![\p{L}])/gu;
/** A relative, owner or carer of the patient named: "her daughter Geneviève", "his wife, Noor,", "His owner, Dana Kowalski," (group 1; after "the", only an owner, carer or guardian). */
export const RELATIVE_NAMED = /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:(?:eldest|oldest|youngest|younger|older|only|elder|adult|main|primary|usual|full-time|live-in)\s+)?(?:daughter|son|wife|husband|partner|mother|father|mum|mom|dad|sister|brother|granddaughter|grandson|niece|nephew|fiancée?|girlfriend|boyfriend|owner|carer|caregiver|guardian|foster (?:mum|mom|mother|father|dad|parent))(?:,\s*|\s+)(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+\p{Lu}[\p{Ll}'’]+)?)(?![\p{L}])/gu;
/** A town or neighbourhood used as an adjective before a person: "Classic Montréal-Nord welfare mom" (group 1). */
export const PLACE_ADJ_PERSON = /(?<![\p{L}])(?:[Cc]lassic|[Tt]ypical|[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Oo]ur|[Yy]our)\s+(\p{Lu}[\p{Ll}'’]+(?:-(?:(?:du|de|des|la|le|les|sur|en|on)-)?\p{Lu}[\p{Ll}'’]+)+|(?:St|Ste|Saint|Sainte)[.-]\s?\p{Lu}[\p{Ll}'’]+|\p{Lu}[\p{Ll}'’]+\s+(?:North|South|East|West|Nord|Sud|Est|Ouest))\s+(?:[\p{Ll}-]+\s+)?(?:mom|mum|mother|dad|father|family|kid|guy|lady|man|woman|grandma|grandpa|auntie|uncle|granny|teen|teenager|couple|farmer|patient)s?(?![\p{L}])/gu;
/** A care placement with its town: "on my palliative care rotation in Sherbrooke", "during my posting in Kuantan" (group 1). */
export const PLACEMENT_TOWN = /\b(?:rotation|placement|posting|attachment|elective|clerkship|internship|rural block|stage)\s+(?:in|at|à)\s+(\p{Lu}[\p{Ll}'’]+(?:(?:-(?:(?:du|de|des|la|le|les|sur|en|on)-)?|\s+)\p{Lu}[\p{Ll}'’]+){0,2})(?![\p{L}])/gu;
/** Simulation: the "patient" is a mannequin, an actor or a scenario. */
export const SIM_BLOCK = /\b(?:simulations?|simulated|sim (?:centre|center|lab|suite|day|session|scenario|ward)|mannequins?|manikins?|SimMan|SimBaby|SimMom|high-fidelity|standardi[sz]ed (?:patients?|actors?|participants?)|simulated patients?|OSCE|role[- ]?play\w*|mock code)\b/i;
export const SIM_SENTENCE = /\b(?:scenario|case stem|sim\w*|mannequins?|manikins?|actors?|role[- ]?play\w*|OSCE|stations?|facilitators?|programmed|debrief\w*|script\w*)\b/i;
/** A published case the author discusses, explicitly not their own: "a published case, not one of ours". */
export const NOT_OURS = /\bnot (?:one of )?(?:ours|mine|our (?:own )?(?:patients?|cases?)|my (?:own )?(?:patients?|cases?))\b|\b(?:we|I) (?:walk|go|talk|read|break) (?:you )?(?:through|about|down)\s+(?:a|the)\s+(?:published|famous|classic|landmark|historical)\s+case\b/i;
/** A contact-only sentence: the patient found, followed or messaged the author (patient.contact's business, not an encounter). */
export const SOCIAL_CONTACT = /\b(?:found (?:me|my (?:tiktok|instagram|insta|facebook|page|account|channel|profile))|follow(?:ed|s)? (?:me|back|us)|followed (?:her|him|them) back|friend request|follow request|dms? me|messages? me|comments? on (?:every|my)|sent me a (?:friend |follow )?request|added me on)\b/i;
/** Who the contact is, said with the care that makes them a patient: "a patient I treated on my outpatient rotation last fall" (the care words there do not make a story). */
export const CONTACT_REFERENT = /\b(?:a|an|one|the|my)\s+(?:former\s+|old\s+|ex-?)?(?:patient|client)s?\s+(?:I|we)\s+(?:(?:had|have|once|first)\s+)?(?:treated|saw|looked after|cared for|had|met|nursed|worked with)(?:\s+(?:on|during|at|in)\s+(?:my|our|the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:rotation|placement|posting|attachment|clerkship|block|clinic|shift|ward|elective|practicum)s?)?(?:\s+(?:last|this)\s+(?:fall|spring|summer|winter|autumn|year|month|week|term|semester))?/giu;
/** A sentence right after a table or list of patients that picks one out: "The enoxaparin one scared me", "The second one went home". */
export const PICK_ONE = /^\s*(?:The|That|This)\s+(?:[\p{L}\d-]+\s+){1,2}?(?:one|patient|case|lady|man|woman|guy|kid)\b(?!\s+(?:of|thing|reason|rule|lesson|tip|trick|way)\b)/u;

/* ------------------------------------------------ recall batch 6: more classes */

/**
 * A patient placed by a chair, recliner or station number in a dental, chemo, dialysis or day unit:
 * "Auntie in chair 3", "the lady in chemo chair 6", "Mrs Okafor in recliner 4", "la dame au fauteuil 2".
 * Group 1 is the person word (a capitalised one is checked against NOT_NAMES), group 2 the location.
 */
export const CHAIR_PERSON = new RegExp(
  String.raw`(?<![\p{L}])(${alt(["patient", "client", "auntie", "aunty", "uncle", "pakcik", "makcik", "nenek", "atuk", "lady", "man", "woman", "gentleman", "gent", "guy", "kid", "boy", "girl", "child", "teen", "teenager", "grandma", "grandpa", "granny", "mum", "mom", "dad", "she", "he", "who", "someone", "dame", "monsieur", "madame"])}|\p{Lu}\p{Ll}+)` +
    String.raw`\s+(?:(?:who\s+)?(?:was|is|sitting|sat|seated|waiting|lying|back|assise?)\s+)?(?:in|on|at|au|du|dans\s+le)\s+(?:the\s+)?(?:(?:dental|chemo|chemotherapy|dialysis|treatment|infusion|procedure|phlebotomy|blood|day-unit)\s+)?` +
    String.raw`((?:[Cc]hair|[Rr]ecliner|[Ff]auteuil)\s*(?:no\.?\s*|n°\s*|#\s*)?\d{1,3}[A-Z]?)(?![\p{L}\d])(?!\s+of\b)`,
  "gu",
);

/**
 * Something a relative or friend brought, sent or bought from a place ("a supplement his daughter brought
 * back from Chennai", "pills her cousin sent from Bangkok"): the relative's travel, not where the patient
 * lives. Tested on the text before the place; a patient carried by the relative ("her son brought her in
 * from Kampar") is not excluded.
 */
export const RELATIVE_CARRIED = /\b(?:his|her|their|the\s+patient['’]s|a|the|one)\s+(?:[\p{Ll}-]+\s+)?(?:daughters?|sons?|wife|husband|sisters?|brothers?|cousins?|friends?|nieces?|nephews?|relatives?|mother|father|mum|mom|dad|grandsons?|granddaughters?|neighbou?rs?|uncle|aunt|auntie|in-laws?|family|children|kids|grandchildren)\s+(?:(?:had|has|have|just|recently|once|kindly)\s+)*(?:brought|bought|sent|posted|mailed|shipped|picked\s+up|ordered|carried|fetched|imported|smuggled|got)(?:\s+(?!(?:him|her|them|me|us|in)\b)[\p{L}'’-]+){0,3}?\s+(?:from|in|at)\s+$/iu;
/**
 * A care event whose subject may be a full name: "Hannah Lindgren came into our PT clinic", "Aoife Byrne was
 * admitted overnight", "Tomás Ruiz presented to our ED"; NAME_BEFORE_CASE finds the name in the text before it.
 */
export const SUBJECT_CASE = /\b(?:(?:came\s+(?:back\s+)?in(?:to)?\s+(?:the|our|my)\s+(?:[\p{Ll}-]+\s+|[A-Z]{2,4}\s+){0,2}(?:clinic|practice|surgery|ward|department|ED|A&E|ER|pharmacy|studio|office|unit|hospital)|walked\s+into\s+(?:the|our|my)\s+(?:[\p{Ll}-]+\s+|[A-Z]{2,4}\s+){0,2}(?:clinic|practice|surgery|ward|department|pharmacy|studio|office|room))(?![\p{L}])(?!\s+(?:to\s+(?:visit|open|meet|thank|present|give|speak|talk|deliver|launch|tour|teach|film|perform|sing|read|donate)|for\s+(?:a|an|the|his|her|their)\s+(?:tour|visit|launch|opening|ceremony|talk|lecture|meeting|interview|shoot|photo\s+shoot)|with\s+(?:gifts|presents|flowers|cake|toys)))|was\s+(?:admitted(?!\s+(?:to|into)\s+(?:the\s+)?(?:bar|programme|program|university|college|school|course|fellowship|society|academy|membership|residency|degree|Royal\s+College|Harvard|Oxford|Cambridge|Yale|Stanford|McGill|med(?:ical)?\s+school)\b)|brought\s+in|rushed\s+in|wheeled\s+in|referred\s+to\s+(?:us|our|me)|transferred\s+to\s+(?:us|our))(?![\p{L}])|presented\s+to\s+(?:us|our|the)\s+(?:[\p{Ll}-]+\s+)?(?:ED|A&E|ER|emergency|clinic|practice|surgery|ward|department|pharmacy|hospital)(?![\p{L}]))/gu;
/** Two to four name words right before a SUBJECT_CASE event (group 1; leading capitalised non-names are trimmed by the caller). */
export const NAME_BEFORE_CASE = new RegExp(
  String.raw`(?<![\p{L}.'’])(${NAME_WORD}(?:\s+(?:(?:${NAME_JOIN})\s+)?${NAME_WORD}){1,3}),?\s+(?:(?:first|finally|then|just|eventually|initially|originally)\s+)?$`,
  "u",
);
/**
 * A text that says it is fiction: "Every character, place and event is invented", "none of it is based on a
 * patient", "This is a work of fiction", "Any resemblance to real persons …", « tous les personnages sont
 * fictifs ». A de-identified true case ("names have been changed to protect privacy") is not fiction: see FICTION_NOT.
 */
export const FICTION = /\b(?:everything|all\s+of\s+this|all\s+of\s+it)\s+(?:below|here|above|in\s+(?:this|these)\s+(?:note|notes|post|page|thread))\s+(?:is|was)\s+[*_]{0,2}(?:(?:entirely|completely|wholly|purely|all)\s+)?(?:invented|fictional|fictitious|made[- ]up(?!\s+of\b)|imaginary)\b|\bnone\s+of\s+(?:these|them|the(?:se)?\s+(?:cases?|patients?|characters?|scenarios?|stations?|people))\s+(?:are|were|is)\s+real\s+(?:patients?|people|persons?|cases?)\b|\b(?:every|all|any)\s+(?:of\s+the\s+)?(?:characters?|events?)\b[^.!?\n]{0,40}?\s+(?:is|are|were)\s+(?:(?:entirely|completely|wholly|purely|all)\s+)?(?:invented|fictional|fictitious|made[- ]up|imaginary)\b|\b(?:this|it|the\s+following|what\s+follows|the\s+story(?:\s+below)?|this\s+(?:story|piece|tale))\s+(?:is|was)\s+(?:(?:a|an|pure|purely|entirely|completely|wholly)\s+)*(?:(?:piece|work)\s+of\s+)?(?:(?:short|flash|science|speculative|medical)\s+)?fiction(?:al)?\b|\b(?:none\s+of\s+(?:it|this|them)|nothing\s+(?:here|in\s+it))\s+is\s+based\s+on\s+(?:a|any)\s+(?:real\s+)?(?:patients?|persons?|people|cases?)\b|\bany\s+resemblance\s+to\s+(?:real|actual)\s+(?:persons|people|patients|events)|(?<![\p{L}])(?:tous\s+les\s+)?personnages\b[^.!?\n]{0,40}?\s+(?:sont|étaient)\s+(?:entièrement\s+|tous\s+)?(?:fictifs|inventés|imaginaires)|(?<![\p{L}])(?:ce\s+texte|cette\s+histoire|ce\s+récit)\s+est\s+(?:une\s+)?(?:(?:œuvre|oeuvre)\s+de\s+)?fiction|\b(?:this|the|these|our|each|every|all|both)\s+(?:(?:OSCE|practice|teaching|study|sample|example|mock)\s+)?(?:cases?|patients?|scenarios?|vignettes?|stations?|characters?|stories|story|clients?|families|family)\s+(?:(?:below|above|here|in\s+this\s+(?:post|note|thread|station))\s+)?(?:is|are|was|were)\s+(?:(?:entirely|completely|wholly|purely|totally|fully|all|100%)\s+)?(?:invented|fictional|fictitious|made[- ]up|imaginary|hypothetical)\b|\b(?:do(?:es)?|did)(?:\s+not|n['’]t)\s+(?:correspond|refer|relate|belong)\s+to\s+(?:a|any)\s+real\s+(?:patients?|persons?|people|cases?|individuals?)\b|\bany\s+resemblance\b[^.!?\n]{0,60}?\b(?:coincidental|coincidence|unintended|accidental)\b|(?<![\p{L}])(?:ce|cet|le|la|notre|les|ces)\s+(?:cas|scénarios?|patiente?s?|personnages?|récits?|vignettes?|histoires?|stations?)\s+(?:est|sont)\s+(?:(?:entièrement|complètement|totalement|purement|tout\s+à\s+fait)\s+)?(?:inventée?s?|fictifs?|fictives?|imaginaires?)(?![\p{L}])|(?<![\p{L}])ne\s+(?:correspond(?:ent)?|renvoie(?:nt)?)\s+à\s+aucun\S*\s+(?:patient\S*|personne\S*|cas)\s+(?:réel\S*)|(?<![\p{L}])toute\s+ressemblance\b[^.!?\n]{0,60}?(?:coïncidence|fortuite)/iu;
/** Words of a de-identified true case: the details were changed to protect someone, the story is real. */
/** A heading that names its case as invented (« ECOS : un cas fictif », "A fictional patient for practice"). */
export const FICTION_HEADING = /(?<![\p{L}])(?:cas|patiente?|scénario|vignette)\s+(?:entièrement\s+)?(?:fictifs?|fictives?|inventée?|imaginaires?)(?![\p{L}])|\b(?:invented|fictional|fictitious|made[- ]up|imaginary|hypothetical)\s+(?:case|patient|scenario|vignette)s?\b/iu;
export const FICTION_NOT = /\b(?:protect|privacy|confidential\w*|anonymi[sz]\w*|de-?identif\w*|identif\w*|changed|altered|true story)\b/i;
/**
 * A town after any occupation, or after an age given with a pronoun: "a hawker from Puchong", "a school cleaner
 * from Salford", "She's 29, a nurse from Limerick" (group 1). "from" comes first in the pattern so that most positions fail fast, and the caller
 * runs it only on text that has "from".
 */
export const OCCUPATION_FROM = new RegExp(
  String.raw`\bfrom(?<=\b(?:hawker|vendor|trader|stallholder|shopkeeper|cook|chef|mechanic|builder|carpenter|plumber|electrician|cleaner|janitor|caretaker|postman|postwoman|postie|teacher|engineer|accountant|cashier|waiter|waitress|bartender|barber|hairdresser|tailor|seamstress|welder|bricklayer|roofer|gardener|smallholder|planter|housewife|homemaker|nanny|security\s+guard|firefighter|fireman|soldier|crofter|forester|lumberjack|trapper|housekeeper|factory\s+worker|shearer|stockman|drover|farmhand|courier|hairstylist|barista)s?\s+from|\b(?:[Hh]e|[Ss]he)(?:['’]s|\s+(?:is|was))\s+\d{1,3},\s+an?\s+(?:[\p{Ll}-]+\s+){0,3}from)\s+(?:(?:rural|small-town|outside|around|near)\s+)?${PLACE}`,
  "gu",
);

/* ------------------------------------------------ recall batch 7: more classes */

/**
 * An age given as a predicate of a name: "Bronwyn is 41, a sheep shearer", "Tomasz was 67, a retired
 * welder", "Chloe is 23 and has …" (group 1 is the age; the name before it is found with NAME_BEFORE_IS).
 * The verb comes first so that most positions fail fast; the caller runs it only on text with a digit.
 */
export const IS_AGE = /\b(?:is|was|turned|turns)\s+(?:only\s+|just\s+|nearly\s+|almost\s+|barely\s+)?(\d{1,3})(?=,\s+(?:a|an)\s|\s+and\s+(?:has|had|lives|lived|is|was|works|worked|still|already|just|recently|married|retired|living|a|an)\b|\s+(?:this|last)\s+(?:year|month|week)\b)/gu;
/** One to three name words right before IS_AGE (group 1). */
export const NAME_BEFORE_IS = new RegExp(String.raw`(?<![\p{L}.'’])(${NAME_WORD}(?:\s+(?:(?:${NAME_JOIN})\s+)?${NAME_WORD}){0,2})\s+$`, "u");
/** Words that take a number as a value, not an age ("Potassium was 6, a …"). */
export const VALUE_WORD = /^(?:Sodium|Potassium|Calcium|Magnesium|Phosphate|Chloride|Glucose|Sugar|Creatinine|Urea|Troponin|Lactate|Bilirubin|Albumin|Ferritin|Haemoglobin|Hemoglobin|Platelets?|Temp|Temperature|Pulse|Sats|Saturation|Weight|Height|Score|Total|Count|Dose|Rate|Result|Number|Average|Mean|Median|Level|Pain|Age|Lesson|Room|Bed|Chapter|Question|Step|Day|Week|Year|Grade|Stage|Class|Level|Section|Page|Price|Cost|Time)$/;
/** An age given with a person noun and a relative clause: "The man who answered was 87, …", "the woman who opened the door is 91" (group 1). */
export const AGE_WHO = /\b(?:who|that)(?<=\b(?:man|woman|lady|gentleman|gent|guy|boy|girl|patient|participant|respondent|interviewee|resident|client|farmer|person|one|owner|grandmother|grandfather|mother|father)\s+(?:who|that))\s+(?:[\p{Ll}]+\s+){1,4}?(?:was|is)\s+(?:only\s+|just\s+|nearly\s+|almost\s+|barely\s+)?(\d{1,3})(?![\d.,:]\d|\s*(?:%|percent|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|kg|lbs?|cm|mm|points?|times|of|out of|per|\/|-))(?=\s*(?:[,.;:—–)!]|and\b|but\b|when\b|with\b|$))/gu;
/**
 * The patient's spoken OK to share a photo or story: "she said she didn't mind me sharing", "He said okay when
 * I asked if I could post", "he said he was happy for me to share". A case cue in clinical text.
 */
export const SHARE_OK = /\b(?:he|she|they)\s+(?:said|says|told me)\s+(?:(?:that\s+)?(?:he|she|they)\s+)?(?:(?:didn['’]t|did not|doesn['’]t|does not|wouldn['’]t|won['’]t)\s+mind|(?:it\s+)?(?:was|is|['’]s)\s+(?:ok|okay|fine|cool|alright|all right)|(?:was|is|were|are|['’]s|['’]re)\s+(?:happy|glad|fine)|ok(?:ay)?|yes|sure|I could|we could|I can|go ahead)\b[^.!?]{0,50}?\b(?:shar\w*|post\w*|photo\w*|pics?|pictures?|film\w*|record\w*|upload\w*|use (?:it|this|them|the photos?))/i;
/** A clock stamp that opens a live thread's post: "07:12 — Circuit primed", "14:05 - back in theatre". */
export const CLOCK_STAMP = /(?<![\d:.])\d{1,2}[:h]\d{2}(?:\s?(?:am|pm|a\.m\.|p\.m\.))?\s*(?:[—–]\s|-\s+\p{L})/iu;
/**
 * The town of a long-term-care home, which is the patient's home: « au CHSLD de Rivière-du-Loup », « l'unité de
 * soins de longue durée de Saint-Jérôme », "the nursing home in Brandon" (group 1).
 */
export const CARE_HOME_TOWN = new RegExp(
  String.raw`(?:\bCHSLD|\bcentre\s+d['’]hébergement(?:\s+et\s+de\s+soins\s+de\s+longue\s+durée)?|\bunité\s+de\s+soins\s+de\s+longue\s+durée|\bUSLD|\brésidence\s+pour\s+(?:aînés|personnes\s+âgées)|\bRPA|\bmaison\s+de\s+(?:retraite|soins\s+palliatifs)|\bressource\s+intermédiaire|\b(?:nursing|care|retirement|rest)\s+home|\blong-term\s+care\s+(?:home|facility|unit)|\bassisted[- ]living\s+(?:facility|home|residence))\s+(?:de|d['’]|à|in|at|near|outside)\s*${PLACE}`,
  "gu",
);
/** Owners named by a plural surname possessive before their place: "the Hendricksons' place", "at the Okonkwos' farm" (group 1, the plural). */
export const FAMILY_PLACE = /(?<![\p{L}])[Tt]he\s+(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?(?:s|es))['’](?=\s+(?:[\p{Ll}-]+\s+)?(?:place|farm|house|home|barn|ranch|dairy|yard|property|cabin|trailer|acreage|stables?|orchard|land|porch|kitchen|driveway|feedlot|operation|herd|flock)\b)/gu;
/** A pet or nickname in quotes: "("Biscuit" to their youngest)", "known as "Tiny"", "nicknamed "Bubbles"" (group 1). */
export const QUOTED_NAME = /(?:\b(?:known as|nicknamed|goes by|answers to|(?:we|they|the kids|the family|everyone)\s+call(?:s|ed)?\s+(?:him|her|it))\s+|\(\s*)["“](\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)["”]/gu;
/** An animal, a patient or a tag right before a "("Name" …)" (tested on the text before it). */
export const QUOTED_NAME_BEFORE = /\b(?:heifer|cow|calf|ewe|ram|mare|gelding|stallion|foal|horse|pony|dog|bitch|cat|queen|puppy|kitten|sow|boar|goat|alpaca|llama|bull|steer|retriever|lab|labrador|terrier|spaniel|collie|shepherd|poodle|patient|client|boy|girl|baby|man|woman|lady|tag|chip|microchip|number)\b[^.!?]{0,50}$/i;
/** A town given as an answer ("Sibu, she says, by the river"): group 1. Kept only after a question of where (WHERE_ASKED). */
export const TOWN_ANSWER = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’]+(?:[\s-]\p{Lu}[\p{Ll}'’]+){0,2}),\s+(?:she|he)\s+(?:says|said|tells me|told me|answers|answered|replies|replied|whispers|whispered)\b/gu;
export const WHERE_ASKED = /\bwhere\b[^.!?]{0,60}?\b(?:going|from|lives?|lived|living|headed|heading|home|grew up|born|stays?|stayed|staying|comes? from)\b/i;
/** A town before the word for a placement: "my Kuantan posting", "during her Thunder Bay rotation" (group 1). */
export const TOWN_POSTING = /(?:(?<![\p{L}])(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|on|during|from|the)|,)\s+(\p{Lu}[\p{Ll}'’]+(?:\s+\p{Lu}[\p{Ll}'’]+)?)\s+(?:posting|placement|rotation|attachment|elective|clerkship)(?![\p{L}])/gu;
/** Words before "posting"/"rotation" that name a department, a season or a kind of placement, not a town. */
export const NOT_POSTING_TOWN = /(?:^|\s)(?:Medicine|Medical|Surgery|Surgical|Health|Care|Psych\w*|Paed\w*|Ped\w*|Obs\w*|Gyn\w*|Ortho\w*|Neuro\w*|Cardio\w*|Onco\w*|Derm\w*|Radio\w*|Anaes\w*|Anes\w*|Emergency|Trauma|Rehab\w*|Nursing|Pharmacy|Dental|Clinical|Ward|Unit|ICU|Geriatric\w*|Renal|Respiratory|Gastro\w*|Uro\w*|ENT|Ophthal\w*|Eye|Elective|Research|Summer|Winter|Spring|Autumn|Fall|First|Second|Third|Fourth|Final|Core|Block|Year|Night|Day|Community|Rural|Hospital|Clinic|Practice|Family|Internal|General|Public|Primary|Maternity|Midwifery|Labour|Labor|Forensic|Palliative|Sports?|Oral|Vet\w*|Equine|Farm|Small|Large|Animal|Mixed|Acute|Intensive|Critical|Ambulatory|Outpatient|Inpatient|Hospice|Infectious|Endo\w*|Haem\w*|Hem\w*|Nephro\w*|Plastics?|Vascular|Breast|Colorectal|Hepato\w*|Transplant|Burns?|Stroke|Cardiac|Thoracic|Spine|Spinal|Mental|Addiction|Global|International|Overseas|Abroad|Next|Last|New|Current|Favourite|Favorite|Best|Worst)(?=\s|$)/;
/** "when the results were published": a time to come, not a citation (CITATION is read again without it). */
export const PUBLISHED_LATER = /\b(?:when|once|until|till|after|before|if|whether)\s[^.!?]{0,40}published\b/gi;
/** A month in a heading that sets a story's scene: "One afternoon in July", "A night in March", « Une nuit de janvier » (group 1). */
export const HEADING_MONTH = new RegExp(String.raw`\b(?:morning|afternoon|evening|night|day|shift|week|weekend|visit|call|matin|après-midi|soir|nuit|journée|garde|semaine)\s+(?:in|of|de|d['’]|en)\s+(?:early\s+|late\s+|mid-?)?(${MONTH_FULL})(?![\p{L}\d])`, "giu");
