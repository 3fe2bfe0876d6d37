import { defineRule, type Report } from "../../shared/src/rule.js";
import type { Block, DocumentModel, ImageRef } from "../../shared/src/document.js";
import { consentFor } from "../../shared/src/suppression.js";
import { imageContext, remembered } from "../image/context.js";
import { allMatches } from "../../shared/src/text.js";
import { blockValues } from "../block-values.js";

/**
 * Tagging or naming colleagues, students or staff (and so their tie to the institution) without
 * their permission: "@kelvin.ng_md", "Prof. Wong", "my co-author Dr. Jenna Park". The finding is
 * informational: it reminds the author to ask first. Citations ("Hayes SN et al."), the author's
 * own name and handle, and public figures in a reading list are not findings.
 */

const HANDLE = /(?<![\w@.\/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])/g;
/** "@a, @b and @c" is one tag list. */
const HANDLE_JOIN = /^(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)$/;
const NAME = String.raw`[A-Z\u00C0-\u00DD][\p{L}'’-]+(?:\s+(?:(?:bin|binti|bte|bt|a\/l|a\/p|van|von|de|del|da|le|la)\s+)?[A-Z\u00C0-\u00DD][\p{L}'’-]+){0,3}`;
const TITLED = new RegExp(String.raw`\b(?:Dre|Pre|Pr|Docteure|Docteur|Professeure|Professeur|Dr|Prof|Professor|Assoc\.?\s+Prof|Associate\s+Professor|Asst\.?\s+Prof|Dato'?\s+Dr|Datuk\s+Dr|Sister|Matron|Nurse|Dean|Mr|Ms|Mrs|Miss)\.?\s+(${NAME})`, "gu");
const ROLES = String.raw`(?:(?:posting|clinical|placement|rotation|lab|study|research|project|OSCE|osce|call|ward|practical|dissection|bench|sim|clerkship|exam)[- ](?:partners?|buddy|buddies)|co-?authors?|co-?residents?|co-?interns?|co-?fellows?|colleagues?|co-?workers?|class-?mates?|batch-?mates?|group-?mates?|lab-?mates?|house-?mates?|room-?mates?|course-?mates?|flat-?mates?|block-?mates?|study (?:buddy|buddies|partners?)|supervisors?|attendings?|preceptors?|consultants?|registrars?|lecturers?|tutors?|teachers?|instructors?|educators?|professors?|mentors?|residents?|interns?|fellows?|seniors?|juniors?|teammates?|students?|trainees?|nurses?|midwi(?:fe|ves)|pharmacists?|physios?|physiotherapists?|radiographers?|technicians?|scientists?|coordinators?|partners? in crime|assigned[- ]partners?|(?:practice|project|presentation|assignment|revision|group|exam|gait|anatomy|skills)[- ]partners?|TAs?|teaching assistants?|demonstrators?|PI|HOD|MO|HO|PD|chief resident|program director|programme director|clerkship director|course director|head of department|department head|clinical educator|charge nurse|ward sister|nurse manager|manager|boss|dean|chair)`;
const RELATION = new RegExp(String.raw`\b(?:[Mm]y|[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,2}?${ROLES}\s*,?\s+(?:(?:Dr|Prof|Professor|Nurse|Sister)\.?\s+)?(${NAME})`, "gu");
/** "my research partner, Pfizer Canada": an organisation, not a person. */
const ORG_WORD = /\b(?:Inc|Ltd|LLC|Bhd|Sdn|Pharma|Pharmaceuticals|Foundation|Labs|Trust|Council|Board|University|Hospital|Health|Group|Institute|Canada|Malaysia|Ireland|Québec|Quebec|Minnesota|Corp|Corporation|Company)\b/u;
/** French relations: "ma patronne de garde Dre Nadia Lefebvre", "ma co-résidente Julie Tremblay". */
const FR_RELATION = new RegExp(String.raw`\b(?:[Mm]on|[Mm]a|[Mm]es|[Nn]otre|[Nn]os)\s+(?:[\p{Ll}-]+\s+)?(?:patronne|patron|superviseure?|co-?résidente?|résidente?|collègues?|externe|interne|infirmière|infirmier|monitrice|moniteur|professeure?|préceptrice|précepteur|cheffe?|tutrice|tuteur|partenaire|R\d)(?:\s+de\s+(?:garde|stage|labo|laboratoire|clinique))?\s*,?\s+(?:(?:Dre?|Pre?|Docteure?)\.?\s+)?(${NAME})`, "gu");
/** "fellow 3rd-year Tomás Delgado", "fellow intern Sarah O'Neill": a peer named by year or role, without "my". */
const FELLOW_RELATION = new RegExp(String.raw`\bfellow\s+(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|final|PGY-?\d|R\d|MS\d|M\d|Y\d|year[- ]\d)(?:[- ](?:year|yr)s?)?|(?:[a-z][\w-]*\s+)?(?:students?|residents?|interns?|trainees?|nurses?|medics?|classmates?|registrars?|house ?officers?|photographers?|illustrators?|physios?|pharmacists?|radiographers?|sonographers?|volunteers?|externs?|clerks?|members?|co-?residents?|scholars?|researchers?|RTs?|therapists?|midwi(?:fe|ves)|paramedics?|vets?|dentists?|hygienists?))\s+(?:(?:Dr|Prof)\.?\s+)?(${NAME})`, "gu");
/** "my fellow Canadians": a plural demonym after "fellow" is not a person. */
const DEMONYM = /^[A-Z\u00C0-\u00DD][\p{Ll}'’-]+s$/u;
/** Cheap pre-tests: a French possessive, a comma before a two-word capitalised name. */
const FR_HINT = /\b(?:[Mm]on|[Mm]a|[Mm]es|[Nn]otre|[Nn]os) /;
const COMMA_NAME = /,\s*(?:(?:Dr|Prof)\.?\s+)?[A-Z\u00C0-\u00DD][\p{Ll}'’-]+\s+[A-Z\u00C0-\u00DD]/u;
/** "the chief resident, who shall remain nameless, sorry, Kevin Nguyen": the role, an aside, then a full name. */
const ROLE_THEN_NAME = new RegExp(String.raw`\b(?:[Tt]he|[Oo]ur|[Mm]y)\s+(?:[a-z][\w-]*\s+){0,2}?${ROLES}\b(?:,\s*[^,.!?\n]{1,40}?){0,2},\s*(?:(?:Dr|Prof)\.?\s+)?([A-Z\u00C0-\u00DD][\p{Ll}'’-]+\s+[A-Z\u00C0-\u00DD][\p{Ll}'’-]+)(?=[\s,.;:!?)])`, "gu");
/** "the TA who runs our section, Kyle, keeps …": the role, an optional relative clause, then a first name set off by commas. */
const ROLE_THEN_FIRST = new RegExp(String.raw`\b(?:[Tt]he|[Oo]ur|[Mm]y)\s+(?:[a-z][\w-]*\s+){0,2}?${ROLES}\b(?:,?\s+(?:who|that)\s+[^,.!?\n]{1,40}?)?,\s*([A-Z\u00C0-\u00DD][\p{Ll}'’-]+)\s*,\s+(?=\p{Ll})`, "gu");
const FIRST_HINT = /,\s*[A-Z\u00C0-\u00DD][\p{Ll}'’-]+\s*,\s+\p{Ll}/u;
/** A photo of a colleague caught asleep or drunk, announced: "(pic in the comments, sorry not sorry Mathieu)". */
const MEDIA_TEASE = /\b(?:pics?|photos?|pictures?|videos?|vids?|clips?|proof|evidence|receipts|footage)\s+(?:is\s+|are\s+)?(?:in (?:the |my )?comments|below|attached|in my stor(?:y|ies)|on my stor(?:y|ies)|in the thread|on (?:my|the) (?:IG|insta|instagram|snap|tiktok)|to follow)\b(?:[^.!?\n]{0,30}?\bsorry(?: not sorry)?,?\s+([A-Z\u00C0-\u00DD][\p{Ll}'’-]+))?/gu;
const CAUGHT = /\b(?:caught|found|spotted|snapped|got)\b[^.!?\n]{0,40}?\b(?:asleep|sleeping|napping|dozing|snoring|passed out|drooling|drunk|wasted|crying|mid-yawn|face-?down)\b/i;
/** "Priya Raman, our clinical tutor," / "Marc (my co-resident)": a full name, then the role. */
const NAME_THEN_ROLE = new RegExp(String.raw`(?<![\p{L}'’-])([A-Z\u00C0-\u00DD][\p{L}'’-]+\s+[A-Z\u00C0-\u00DD][\p{L}'’-]+|[A-Z\u00C0-\u00DD][\p{L}'’-]+(?=\s*\())\s*(?:,|\(|–|—|-)\s*(?:[Mm]y|[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,2}?${ROLES}\b`, "gu");
/** "Kayla Brandt, second-year in our OTD program", "Julie Tremblay, R2 en médecine familiale": a full name, then the person's year of training. */
const NAME_YEAR = /(?<![\p{L}'’.-])([A-Z\u00C0-\u00DD][\p{Ll}'’-]+(?:\s+(?:(?:bin|binti|a\/l|a\/p|van|de|da|le|la)\s+)?[A-Z\u00C0-\u00DD][\p{L}'’-]+){1,3})\s*,\s+(?:an?\s+|the\s+|our\s+|my\s+)?(?:(?:first|second|third|fourth|fifth|sixth|final|last|\d(?:st|nd|rd|th))[- ](?:year|yr)s?|[Yy]ear\s+\d|PGY-?\d|[RM]\d|MS\d|Y\d|résidente?\s+(?:de\s+)?(?:première|deuxième|troisième|quatrième|cinquième|\d+e)(?:\s+année)?)(?![\p{L}\d])(?=([^.!?\n]{0,60}))/gu;
const SIGN_OFF_BEFORE = /[—–~]\s*$|(?:^|\n)\s*-\s*$/;
const NAME_YEAR_HINT = /,\s+(?:an?\s+|the\s+|our\s+|my\s+)?(?:(?:first|second|third|fourth|fifth|sixth|final|last|\d(?:st|nd|rd|th))[- ]y|[Yy]ear\s+\d|PGY|[RM]\d\b|MS\d|Y\d\b|résident)/;
/** What follows the year names a programme or discipline, not a calendar ("second year in a row"). */
const PROGRAMME_AFTER = /\b(?:program(?:me)?s?|course|cohort|class|batch|students?|residents?|resident|interns?|trainees?|pharmacy|nursing|medicine|médecine|dentistry|dental|physio\w*|OTD?|DPT|PT|MBBS|MD|BDS|BPharm|radiograph\w*|optometry|nutrition|dietetics|psychology|midwifery|illustration|anatomy|surgery|chirurgie|pédiatrie|psychiatrie|gériatrie|anesthésie|stage|externat|résidence|famil\w+)\b/iu;

/**
 * "Priya Raman is headed to Mayo for Internal Medicine", "Tan Jia Hui, who just passed her OSCE resit":
 * a full name with the person's training or results, which discloses their tie to the programme.
 */
const NAME_STATUS = new RegExp(String.raw`(?<![\p{L}'’.-])([A-Z\u00C0-\u00DD][\p{Ll}'’-]+(?:\s+(?:(?:bin|binti|a\/l|a\/p|van|de|da|le|la|O')\s*)?[A-Z\u00C0-\u00DD][\p{L}'’-]+){1,3})(?:,)?\s+(?:who\s+(?:just\s+|finally\s+)?|(?:has|have)\s+(?:just\s+|finally\s+)?|(?:is|was)\s+|will\s+be\s+|just\s+|finally\s+)?(?:matched|headed|heading|off to|going to|moving to|staying|starting|passed|failed|flunked|got into|secured|landed|graduated|resat|repeated|is repeating|TA(?:'|’)?ing|TAs|TA'd|TAed|tutoring|demonstrating|precepting|proctoring|invigilating)\b(?!\s+away)(?=([^.!?\n]{0,80}))`, "gu");
const TRAINING = /\b(?:match(?:ed)?|residency|resident|internship|intern year|housemanship|housemen|fellowship|programme|program|OSCE|resit|re-?sit|exam|exams|finals|boards|Step \d|USMLE|MCCQE|PLAB|rotation|clerkship|(?:the|her|his|their|a|an|\w+ology|surgical|medical|clinical|O&G|paeds|psych)\s+posting|MBBS|MD|degree|specialty|Internal Medicine|Family Medicine|Emergency Medicine|Surgery|General Surgery|Orthopa?edics|Paediatrics|Pediatrics|Psychiatry|Anaesthe\w*|Anesthe\w*|Radiology|Neurology|Dermatology|Pathology|OB-?GYN|Obstetrics|Ophthalmology|Cardiology|semester|year \d|module|block|TA(?:'|’)?ing|TAs|TA'd|TAed|tutoring|demonstrating|precepting|proctoring|invigilating)\b/i;
/** Capitalised words that start a sentence or name a place or body, not a person. */
const NOT_PERSON_WORD = /^(?:The|A|An|My|Our|Your|His|Her|Their|This|That|These|Those|Everyone|Nobody|Someone|Anyone|University|Hospital|Medical|School|College|Centre|Center|Clinic|Institute|Department|Faculty|Health|Medicine|Ward|Street|Road|Team|Group|Class|Cohort|Batch|Internal|Family|Emergency|General|Mount|Saint|St|North|South|East|West|New|Kuala|Petaling|Shah|Johor|Kota|Bandar|Match|Day|Year|Block|Semester|Canada|Malaysia|Ireland|Minnesota|Quebec|Québec|Inc|Ltd|Bhd|Pharma|Foundation|Labs|Trust|Council|Board|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Not a person being named: citations, the author introducing themself, historical/public figures. */
const CITATION_AFTER = /^[^.!?\n]{0,60}?\b(?:et al|\(\s*(?:19|20)\d{2}|(?:19|20)\d{2}\)|J\s|Journal|Lancet|BMJ|NEJM|JAMA|Rev\b|Med\b|doi)/;
const SELF_BEFORE = /\b(?:i'?m|i am|my name is|this is|it'?s|call me|me,|signed,?|—|-)\s*$/i;
const SELF_HANDLE_BEFORE = /(?:\b(?:me|my|i'?m|i am|follow|find|my handle|my account|my page|our page|us)\s+(?:at|on|is|over at|@)?\s*(?:instagram|insta|ig|twitter|x|tiktok|threads)?\s*:?\s*|\b(?:for|on|at|via|from)\s+(?:instagram|insta|ig|twitter|x|tiktok|threads|linkedin|facebook)\s*[(:]?\s*)$/i;
/** Pronouns and words that often follow a title but are not names. */
const NOT_A_NAME = /^(?:Google|Who|House|Strange|Seuss|Oz|Phil|Pepper|No|Doctor|The|A|An|My|Our|Your|His|Her|Their|This|That|And|But|Said|Says|Told|Asked|Was|Is|On|In|At|Of|For|Today|Tomorrow|Yesterday|Everyone|Everybody|Someone|Anyone|Nobody)(?![\p{L}\d])/u;
/** Famous or historical people are named in the literature, not tagged. */
const HISTORICAL = /\b(?:historical|history|famous|famously|renowned|legendary|pioneer(?:ed|ing)?|founded|founder|developed|coined|father of|mother of|legacy|the late|once said|biography|published|case report|textbook|literature|book|article|paper|essay|podcast|interview|wrote|written by|new yorker|ted talk|in \d{4}|\d{4}s|century|born in|died|nobel|discovered|invented|described|(?:19|18|17)\d{2})\b/i;
/** Permission mentioned in the sentence. */
const PERMISSION = /\b(?:with (?:(?:his|her|their) )?permission|you(?: both| all| two)? (?:said yes|agreed|consented|gave (?:me )?(?:the )?(?:ok|okay|go-ahead|green light))|(?:he|she|they|everyone|all) (?:said yes|said|agreed|gave|okay|ok|consented)|shared with consent|consent(?:ed)?|permission|agreed to)\b/i;

/** A photo or clip of other people mentioned in the text: "this video of my co-resident dancing". */
const MEDIA = String.raw`(?:photos?|pics?|pictures?|videos?|vids?|clips?|selfies?|footage|reels?|tiktoks?|snaps?|boomerangs?|recordings?|shots?)`;
const GROUP = String.raw`(?:${ROLES}|(?:co-?)?(?:[RM]\d{1,2}|PGY-?\d{1,2}|MS\d{1,2})s?|friends?|team|squad|crew|gang|cohort|batch|class|group|everyone|whole\s+\w+|the\s+girls|the\s+boys|the\s+guys|housemates?|family)`;
const CLIP = new RegExp(
  [
    String.raw`\b${MEDIA}\s+(?:of|with|featuring|starring)\s+(?:(?:my|our|the|all\s+(?:my|our|the))\s+(?:[a-z][\w-]*\s+){0,2}?${GROUP}\b|(?:${NAME})\s+(?=(?:and\s+\w+\s+)?(?:dancing|sleeping|singing|napping|crying|asleep|passed out|falling|eating|yelling|screaming|doing|trying|attempting|pranking|losing)\b))`,
    String.raw`\b(?:filmed|recorded|snapped|caught|photographed|videoed)\s+(?:my|our|the)\s+(?:[a-z][\w-]*\s+){0,2}?${GROUP}\b(?=[^.!?]{0,40}\b(?:dancing|sleeping|singing|napping|crying|asleep|passed out|falling|eating|yelling|doing|trying|on camera|on video|for (?:tiktok|insta|instagram|my story|the gram)))`,
    String.raw`\b(?:group|team|class|squad)\s+(?:photo|pic|picture|selfie|shot|video)s?\b`,
  ].join("|"),
  "gu",
);
/**
 * "Alexis et Camille (oui, vous êtes dans la photo)", "Sam and Priya — yes, you're in the pic": people
 * named and told they are in the photo being posted. Group 1 = the names.
 */
const IN_PHOTO = /(?<![\p{L}'’@-])([A-Z\u00C0-\u00DD][\p{Ll}'’-]+(?:\s*(?:,|\band\b|\bet\b|&)\s*[A-Z\u00C0-\u00DD][\p{Ll}'’-]+){0,4})\s*[(,—–:-]?\s*(?:(?:yes|yep|yeah|yup|oui|ouais)\s*,?\s*)?(?:you(?:'re|’re| are| were)|you (?:two|both|guys|all)(?:'re|’re| are| were)|y['’]all (?:are|were)|vous (?:êtes|étiez)|t['’]es|tu es|tu étais)\s+(?:(?:both|all|totally|definitely|so|toutes?|tous|les deux|all of you)\s+)?(?:in|on|dans|sur)\s+(?:the|this|that|my|la|cette|ma|le|mon|ce)\s+(?:(?:group|last|first|second|dernière|première)\s+)?(?:photos?|pics?|pictures?|videos?|vidéos?|clips?|story|stories|reel|shot|selfie)(?![\p{L}\d])(?:[^()\n]{0,60}\))?/gu;
const IN_PHOTO_HINT = /\b(?:you|vous|t['’]es|tu es|tu étais|y['’]all)\b[^.!?\n]{0,30}\b(?:photos?|pics?|pictures?|videos?|vidéos?|clips?|story|stories|reel|shot|selfie)\b/i;
/** Capitalised words before "you're in the photo" that are not a person's name. */
const NOT_NAME_LEAD = /^(?:Thanks|Thank|Yes|Yep|Yeah|Oui|Ouais|Hey|Hi|Hello|Oh|Ok|Okay|Sorry|Désolée?|Merci|Bonjour|Salut|Guys|Everyone|Folks|Friends|Team|Also|And|Et|If|Si|When|Quand|Lol|Haha|Attention|Heads|Note|PS|P\.S)$/;
/** Advice or a rule, not an act: "never post photos of colleagues without asking". */
const CLIP_GENERAL = /\b(?:never|don'?t|do not|doesn'?t|avoid|shouldn'?t|should not|must not|without (?:their|asking|consent|permission)|ask(?:ing|ed)? (?:before|first|permission)|before (?:you )?(?:post|share)|policy|rules?)\b/i;

/** Capitalised first words of alt text that are not a person's name (animals, patients, scenes, the author). */
const NOT_PERSON_ALT = "Me|Myself|Us|The|A|An|My|Our|This|That|Kitten|Kittens|Puppy|Puppies|Cat|Cats|Dog|Dogs|Kitty|Bunny|Rabbit|Hamster|Ferret|Horse|Owl|Bird|Fox|Baby|Babies|Newborn|Infant|Toddler|Child|Patient|Patients|Donor|Cadaver|Mannequin|Manikin|Dummy|Doll|Teddy|Bear|Mr|Mrs|Ms|Miss|Mx|Sunset|Sunrise|View|City|Town|Ward|Unit|Hospital|Campus|Library|Everyone|Nobody";
/** An image of other people, from what the image says about itself (alt, title, file name, caption). */
const IMAGE_PEOPLE = new RegExp(
  [
    String.raw`\b(?:me|i)\s+(?:and|&|with)\s+(?:(?:my|our|the|some|all)\s+(?:[a-z][\w-]*\s+){0,2}?${GROUP}\b|[A-Z][\p{L}'’-]+)`,
    String.raw`\b[A-Z][\p{L}'’-]+\s+(?:and|&|with)\s+me\b`,
    String.raw`\b(?:my|our|the)\s+(?:[a-z][\w-]*\s+){0,2}?${GROUP}\b`,
    String.raw`\b(?:group|team|class|squad|cohort|batch)\s+(?:photo|pic|picture|selfie|shot|portrait)s?\b`,
    // "The whole R2 anesthesia crew at 1am", "Our PGY-1 gang at the pub": a capitalised caption about a group
    String.raw`\b(?:The|Our|My)\s+(?:whole\s+|entire\s+)?(?:(?:[a-z][\w-]*|[RM]\d{1,2}|PGY-?\d{1,2}|MS\d{1,2}|Y\d)\s+){0,2}?(?:crew|gang|squad|team|cohort|batch|class|group|lot|friends|girls|boys|guys|residents|interns|registrars|classmates|colleagues|[RM]\d{1,2}s)\b(?!['’]?s?\s+(?:station|room|office|lounge|desk|board|meeting|handbook|rota|schedule|logo))`,
    String.raw`\b(?:us|everyone|all of us|the whole (?:team|class|gang|crew))\b`,
    String.raw`\b(?:Dr|Prof|Professor)\.?\s+[A-Z]`,
    // "Nguyen asleep face-down on the call room couch": a name, then what they were caught doing
    String.raw`(?:^|[—–:;]\s*)\s*(?!(?:${NOT_PERSON_ALT})\b)[A-Z\u00C0-\u00DD][\p{Ll}'’-]+(?:\s+[A-Z\u00C0-\u00DD][\p{Ll}'’-]+)?\s+(?:(?:fast|sound|dead|half|completely)\s+)?(?:asleep|sleeping|napping|dozing|snoring|passed out|crashed out|zonked|drooling|dancing|crying|yawning|mid-yawn|face-?down|wasted|drunk|hungover|photobombing|pranked|caught)\b`,
    // « Maxime qui dort sur le divan », « Julie endormie sur la civière »: a name, then what they were caught doing (French)
    String.raw`(?:^|[—–:;]\s*)\s*(?!(?:${NOT_PERSON_ALT}|Le|La|Les|Un|Une|Mon|Ma|Mes|Notre|Nos|Moi)\b)[A-Z\u00C0-\u00DD][\p{Ll}'’-]+(?:\s+[A-Z\u00C0-\u00DD][\p{Ll}'’-]+)?\s+(?:qui\s+(?:dort|ronfle|fait\s+(?:la\s+sieste|dodo)|bave|pleure|danse|cuve)|(?:complètement\s+|profondément\s+)?(?:endormie?|assoupie?|saoule?|soûle?|paquetée?|gelée?\s+ben\s+raide)|en\s+train\s+de\s+(?:dormir|ronfler|pleurer|danser|baver))(?![\p{L}])`,
    // French captions: "Les R2 au chalet", "moi et mes co-résidents", "toute la gang"
    String.raw`\b(?:[Ll]es|[Nn]os|[Mm]es)\s+(?:[\p{L}-]+\s+)?(?:R\d{1,2}|résident\p{L}*|co-?résident\p{L}*|collègues?|externes?|internes?|ami\p{L}*|coloc\p{L}*|filles|gars|boys|patrons?)(?![\p{L}\d])`,
    String.raw`\b(?:[Mm]oi\s+(?:et|avec)|[Aa]vec\s+(?:mes|les|nos))\s+[\p{L}]|\b(?:[Tt]oute la (?:gang|bande)|[Ll]a (?:gang|bande)|[Ll]['’]équipe|[Nn]otre (?:équipe|gang|bande|cohorte)|[Tt]oute l['’]équipe|[Tt]out le monde)(?![\p{L}\d])`,
  ].join("|"),
  "u",
);
/** Not a photo of people: diagrams, logos, posters, slides; patients are patient.image's concern. */
const IMAGE_NOT_PEOPLE = /\b(?:logo|diagram|chart|graph|screenshot|poster|slides?|infographic|illustration|map|table|figure|schematic|flowchart|patients?|specimens?|x-?rays?|scans?|histology|slide deck|cartoon|meme)\b/i;

/** "Woke up on Mackenson's couch": someone named by their home or car in an off-duty story. */
const NAMED_HOME = /([A-Z\u00C0-\u00DD][\p{Ll}'’-]+(?:\s+[A-Z\u00C0-\u00DD][\p{Ll}'’-]+)?)['’]s\s+(?:(?:couch|sofa|floor|place|flat|apartment|apt|bed|car|balcony|basement|spare room|futon|bathroom|porch|house|doorstep|lawn|bathtub)\b)/gu;
const HOME_HINT = /['’]s\s+(?:couch|sofa|floor|place|flat|apartment|apt|bed|car|balcony|basement|spare room|futon|bathroom|porch|house|doorstep|lawn|bathtub)\b/;
/** The preposition before such a name: "on Mackenson's couch", "at Priya's place". */
const HOME_PREP = /\b(?:on|at|in|to|from|into|onto|outside|round|over at)\s+$/;
/** Family, brands and pets named the same way are not colleagues. */
const NOT_A_COLLEAGUE = /^(?:Mum|Mom|Mam|Dad|Nan|Nana|Gran|Granny|Grandma|Grandpa|Auntie|Aunty|Uncle|God|Santa|McDonald|Nando|Wendy|Denny|Domino|Applebee|Macy|Sainsbury|Dunkin|Chili|Hooter|Trader Joe|Kohl|Lowe|Moe|Joe|Ben|Jerry|Claire|Boots|Harrods|Tim Horton|Fido|Rover)$/;
/** The story is about colleagues: "a few of us went out after call", "the other residents". */
const COLLEAGUE_STORY = /\b(?:a few of us|some of us|half of us|the (?:other )?(?:residents|interns|nurses|R\d|PGY-?\d|team|cohort|squad|crew|night team|day team|ward team)|co-?residents?|co-?interns?|colleagues?|co-?workers?|classmates?|batch-?mates?|after (?:call|our shift|the shift|nights|night shift|a night shift|(?:a |our |the |Saturday(?:'s|’s) |Friday(?:'s|’s) |Sunday(?:'s|’s) )?(?:\d{2}-hour|24|26|28)[- ]?(?:hour )?(?:call|shift))|post-?call|call room|from work|work (?:party|drinks|do|night out)|ward (?:party|drinks|night out)|department (?:party|drinks))\b/i;

/** "Tomás was blackout drunk by midnight", "Aisha did three tequila shots": a named person's drinking in a group story. */
const NAMED_INTOX = /(?<![\p{L}'’-])([A-Z\u00C0-\u00DD][\p{Ll}'’]+(?:-[A-Z\u00C0-\u00DD][\p{Ll}'’]+)?)\s+(?:(?:was|got|were|ended up|had been|is|gets)\s+(?:(?:so|completely|totally|absolutely|properly|fully|already|basically|way too)\s+)?(?:blackout drunk|drunk|wasted|hammered|smashed|plastered|trashed|sloshed|legless|stoned|blacked out|passed out)|(?:passed out|blacked out|threw up|puked|vomited|chundered)|(?:did|downed|necked|chugged|shotgunned|drank|had)\s+(?:\w+\s+){0,3}?(?:shots?|pints?|pitchers?|beers?|tequilas?|sambucas?|vodkas?|jägers?|jagerbombs?|bottles? of \w+|cans|drinks|glasses of \w+)|(?:était|étaient|a fini|est devenue?)\s+(?:(?:complètement|totalement|vraiment|bien|déjà|tellement)\s+)?(?:saoule?|soûle?|paquetée?|ivre|gelée?|sur la brosse|chaude?|KO)|(?:a|s'est)\s+(?:calé|bu|pris|enfilé|descendu)\s+(?:\S+\s+){0,3}?(?:shooters?|shots?|pichets?|bières?|bouteilles?|verres?|tequilas?)|(?:a perdu connaissance|s'est évanouie?|a vomi|a dégueulé|a été malade))(?![\p{L}\d])/gu;
const INTOX_HINT = /\b(?:drunk|wasted|hammered|smashed|plastered|trashed|sloshed|legless|stoned|blacked out|passed out|threw up|puked|vomited|chundered|shots?|pints?|pitchers?|beers?|tequilas?|sambucas?|vodkas?|cans|drinks|saoule?|soûle?|paquetée?|ivre|gelée?|brosse|shooters?|pichets?|bières?|vomi|dégueulé|connaissance|évanouie?)\b/i;
/** A story about the author's group ("six of us", "we went out", "our lot", "on était six"). */
const GROUP_STORY = /\b(?:we|us|our|\w+ of us|on|nous|notre|nos|\w+ d['’]entre nous)\b/i;
/** Not a colleague's first name at the start of such a clause. */
const NOT_FIRST_NAME = /^(?:Il|Elle|Ils|Elles|On|Tout|Tous|Toute|Personne|Quelqu'un|Chacun|Puis|Ensuite|Après|Et|Mais|Donc|He|She|They|It|We|I|You|Everyone|Everybody|Someone|Somebody|Nobody|Noone|Half|Most|All|Both|One|Two|Three|Four|Five|Six|Who|Which|Then|Later|Apparently|Obviously|Honestly|And|But|So|Also|Still|Everything|Nothing|Anyone|Anybody|Each|None)$/;
const PATIENT_SCENE = /\b(?:patients?|brought in|admitted|admission|presented|triage|ambulance|A&E|ER|ED|emergency department|bed \d|the ward|resus|famously|historically)\b/i;
/** "Jenna from nights", "Dave from pharmacy", "Marie-Ève de nuit": a first name with the colleague's shift or unit (group 1). */
const NAME_FROM_SHIFT = /(?<![\p{L}'’@.-])([A-Z\u00C0-\u00DD][\p{Ll}'’]+(?:-[A-Z\u00C0-\u00DD][\p{Ll}'’]+)?)\s+(?:from|de)\s+(?:the\s+|la\s+|l['’])?(?:nights|days|nightshift|night\s+shift|day\s+shift|night\s+team|day\s+team|evenings|pharmacy|radiology|the\s+lab|ICU|NICU|PICU|CCU|HR|L&D|nuit|jour|soir|garde\s+de\s+nuit|pharmacie|radiologie|urgence|soins\s+intensifs)(?![\p{L}&])/gu;
const SHIFT_HINT = /\s(?:from|de)\s+(?:the\s+|la\s+|l['’])?(?:nights|days|night|day|evenings|pharmacy|radiology|lab|ICU|NICU|PICU|CCU|HR|L&D|nuit|jour|soir|garde|pharmacie|radiologie|urgence|soins)\b/;
/** Capitalised words before "from nights" that are no colleague's name. */
const NOT_SHIFT_NAME = /^(?:People|Folks|Staff|Nurses|Residents|Guys|Those|These|Someone|Somebody|Anyone|Anybody|Nobody|Everyone|Everybody|Coming|Going|Back|Home|Off|Straight|Fresh|Recovering|Sleep|Tired|Transition|Switching|Rotating|Moving|Away|Break|Breaks|Time|Notes|Handover|Report|Days|Nights|Patients?|Transfer|Transfers|Admission|Admissions|Sortie|Retour|Passage|Changement)$/;
/** "We know it was Kayla": the classmate who reported the cohort, named. */
const ACCUSED = /\b(?:(?:know|knows|knew|bet|guess|sure|heard|obvious|found out)\s+(?:that\s+)?it\s+was|it\s+was\s+(?:obviously|clearly|definitely|totally)|(?:sait|savons|sais|savent|doute)\s+(?:bien\s+|tous\s+|toutes\s+)?(?:que\s+|qu['’])?c['’](?:est|était))\s+([A-Z\u00C0-\u00DD][\p{Ll}'’-]+)(?![\p{L}'’-])/gu;
const REPORTING = /\b(?:dénoncée?s?|porté plainte|a stool[ée]|plainte|report(?:ed|ing)?|complain(?:ed|ing)?|snitch(?:ed|ing)?|ratt?(?:ed|ing)? (?:us|them|me) out|rats? us out|grass(?:ed|ing)?|dob(?:bed|bing)? (?:us|them) in|told (?:the|our) (?:dean|director|PD|program director|coordinator|supervisor|manager|lecturer|tutor)|went to (?:the|our) (?:dean|director|PD|coordinator|supervisor|manager))\b/i;
const PEERS = /\b(?:cohorte|classe|résidents?|résidentes?|programme|groupe|cohort|class|batch|year|classmates?|colleagues?|co-?residents?|residents|interns|team|program|programme|group chat|block)\b/i;


/** Tags, titled names, "my co-resident Julien" and clips of colleagues in one block (offsets relative to the block). */
function blockReports(block: Block): Omit<Report, "fixes">[] {
  const out: Omit<Report, "fixes">[] = [];
    const text = block.text;
    const message = (who: string) => `This ${who}; make sure they have agreed to be named or tagged before you post.`;
    const sentenceOf = (at: number) => block.sentences.find((s) => at >= s.start - block.start && at < s.end - block.start);
    // ---- @handles, merged into tag lists ----
    let run: { start: number; end: number; n: number } | undefined;
    const flush = () => {
      if (!run) return;
      out.push({ start: run.start, end: run.end, message: message(run.n > 1 ? "tags other people" : "tags someone") });
      run = undefined;
    };
    for (const m of allMatches(HANDLE, text)) {
      const start = m.index, end = start + m[0].length;
      if (run && HANDLE_JOIN.test(text.slice(run.end, start))) { run.end = end; run.n++; continue; }
      flush();
      if (SELF_HANDLE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
      const sent = sentenceOf(start);
      if (sent && PERMISSION.test(text.slice(sent.start - block.start, sent.end - block.start))) continue;
      run = { start, end, n: 1 };
    }
    flush();
    // ---- titled names and "my co-resident Julien" ----
    const seen = new Set<number>();
    const res = [TITLED, RELATION];
    if (/\bfellow\s/.test(text)) res.push(FELLOW_RELATION);
    if (FR_HINT.test(text)) res.push(FR_RELATION);
    if (COMMA_NAME.test(text)) res.push(ROLE_THEN_NAME);
    if (FIRST_HINT.test(text)) res.push(ROLE_THEN_FIRST);
    for (const re of res) {
      for (const m of allMatches(re, text)) {
        const name = m[1]!;
        const nameStart = m.index + m[0].length - name.length;
        if (seen.has(nameStart) || NOT_A_NAME.test(name)) continue;
        if (DEMONYM.test(name) && /\bfellow\s+$/.test(text.slice(Math.max(0, nameStart - 12), nameStart))) continue;
        if ((re === ROLE_THEN_NAME || re === ROLE_THEN_FIRST) && name.split(/\s+/).some((w) => NOT_PERSON_WORD.test(w))) continue;
        if (ORG_WORD.test(name)) continue;
        const sent = sentenceOf(m.index);
        const sentence = sent ? text.slice(sent.start - block.start, sent.end - block.start) : text;
        if (CITATION_AFTER.test(text.slice(nameStart + name.length))) continue;
        if (SELF_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
        if ((re !== ROLE_THEN_NAME && re !== ROLE_THEN_FIRST && HISTORICAL.test(sentence)) || PERMISSION.test(sentence)) continue;
        // Mr/Ms/Mrs names a colleague only with a staff word around ("Mr Lim, our tutor")
        if (re === TITLED && /^(?:Mr|Ms|Mrs|Miss)\b/.test(m[0]) && !/\b(?:tutor|lecturer|teacher|supervisor|consultant|registrar|surgeon|nurse|staff|colleague|coordinator|manager|preceptor|attending|mentor|professor|instructor|pharmacist|physio|technician|radiographer)\b/i.test(sentence)) continue;
        seen.add(nameStart);
        out.push({ start: m.index, end: nameStart + name.length, message: message(`names ${re === ROLE_THEN_NAME || re === ROLE_THEN_FIRST ? name : m[0].trim()} in a professional role`) });
      }
    }
    // ---- "Priya Raman, our clinical tutor" ----
    for (const m of allMatches(NAME_THEN_ROLE, text)) {
      const name = m[1]!;
      if (NOT_A_NAME.test(name) || out.some((r) => r.start < m.index + m[0].length && m.index < r.end)) continue;
      const sent = sentenceOf(m.index);
      const sentence = sent ? text.slice(sent.start - block.start, sent.end - block.start) : text;
      if (HISTORICAL.test(sentence) || PERMISSION.test(sentence)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, message: message(`names ${name} in a professional role`) });
    }
    // ---- "Kayla Brandt, second-year in our OTD program" ----
    if (NAME_YEAR_HINT.test(text)) for (const m of allMatches(NAME_YEAR, text)) {
      const name = m[1]!;
      if (name.split(/\s+/).some((w) => NOT_PERSON_WORD.test(w)) || NOT_A_NAME.test(name) || ORG_WORD.test(name) || out.some((r) => r.start < m.index + name.length && m.index < r.end)) continue;
      if (!PROGRAMME_AFTER.test(m[0].slice(name.length) + m[2])) continue;
      const sent = sentenceOf(m.index);
      const sentence = sent ? text.slice(sent.start - block.start, sent.end - block.start) : text;
      // the author signing off ("— Priya Raman, Year 3 pharmacy") or introducing themself ("I'm Jonathan Ooi, fourth-year …")
      const lead = text.slice(Math.max(0, m.index - 20), m.index);
      if (HISTORICAL.test(sentence) || PERMISSION.test(sentence) || SELF_BEFORE.test(lead) || SIGN_OFF_BEFORE.test(lead) || /^I['’]m\s/.test(name)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, message: message(`names ${name} and their year of training`) });
    }
    // ---- "Priya Raman is headed to Mayo for Internal Medicine" ----
    for (const m of allMatches(NAME_STATUS, text)) {
      const name = m[1]!;
      if (name.split(/\s+/).some((w) => NOT_PERSON_WORD.test(w)) || out.some((r) => r.start < m.index + name.length && m.index < r.end)) continue;
      const sent = sentenceOf(m.index);
      const sentence = sent ? text.slice(sent.start - block.start, sent.end - block.start) : text;
      if (!TRAINING.test(m[0] + m[2]) || HISTORICAL.test(sentence) || PERMISSION.test(sentence)) continue;
      if (SELF_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      out.push({ start: m.index, end: m.index + name.length, message: message(`names ${name} and their training or results`) });
    }
    // ---- "Woke up on Mackenson's couch" in a story about a night out with colleagues ----
    if (HOME_HINT.test(text) && COLLEAGUE_STORY.test(text)) {
      for (const m of allMatches(NAMED_HOME, text)) {
        const name = m[1]!;
        if (!HOME_PREP.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
        if (NOT_A_COLLEAGUE.test(name) || NOT_PERSON_WORD.test(name) || NOT_A_NAME.test(name) || out.some((r) => r.start < m.index + name.length && m.index < r.end)) continue;
        const sent = sentenceOf(m.index);
        const sentence = sent ? text.slice(sent.start - block.start, sent.end - block.start) : text;
        if (PERMISSION.test(sentence)) continue;
        out.push({ start: m.index, end: m.index + name.length, message: message(`names ${name} in a story about colleagues`) });
      }
    }
    // ---- "Tomás was blackout drunk by midnight" in a story about the author's group ----
    if (INTOX_HINT.test(text) && GROUP_STORY.test(text)) {
      for (const m of allMatches(NAMED_INTOX, text)) {
        const name = m[1]!;
        if (NOT_FIRST_NAME.test(name) || NOT_A_COLLEAGUE.test(name) || NOT_PERSON_WORD.test(name) || NOT_A_NAME.test(name) || out.some((r) => r.start < m.index + name.length && m.index < r.end)) continue;
        const sent = sentenceOf(m.index);
        const sentence = sent ? text.slice(sent.start - block.start, sent.end - block.start) : text;
        if (PERMISSION.test(sentence) || PATIENT_SCENE.test(sentence) || HISTORICAL.test(sentence)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, message: message(`names ${name} drinking or drunk`) });
      }
    }
    // ---- "somebody in our cohort reported us … we know it was Kayla" ----
    if (REPORTING.test(text) && PEERS.test(text)) {
      for (const m of allMatches(ACCUSED, text)) {
        const name = m[1]!;
        const nameStart = m.index + m[0].length - name.length;
        if (NOT_FIRST_NAME.test(name) || NOT_A_COLLEAGUE.test(name) || NOT_PERSON_WORD.test(name) || NOT_A_NAME.test(name) || out.some((r) => r.start < nameStart + name.length && nameStart < r.end)) continue;
        out.push({ start: nameStart, end: nameStart + name.length, message: message(`names ${name} as the colleague who reported others`) });
      }
    }
    // ---- "if Jenna from nights writes us up again": a colleague named with their shift or unit ----
    if (SHIFT_HINT.test(text)) for (const m of allMatches(NAME_FROM_SHIFT, text)) {
      const name = m[1]!;
      if (NOT_FIRST_NAME.test(name) || NOT_A_COLLEAGUE.test(name) || NOT_PERSON_WORD.test(name) || NOT_A_NAME.test(name) || NOT_SHIFT_NAME.test(name) || out.some((r) => r.start < m.index + m[0].length && m.index < r.end)) continue;
      const sent = sentenceOf(m.index);
      const sentence = sent ? text.slice(sent.start - block.start, sent.end - block.start) : text;
      if (PERMISSION.test(sentence) || PATIENT_SCENE.test(sentence.replace(m[0], " "))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, message: message(`names ${name} with their shift or unit`) });
    }
    // ---- "Alexis et Camille (oui, vous êtes dans la photo)" ----
    if (IN_PHOTO_HINT.test(text)) for (const m of allMatches(IN_PHOTO, text)) {
      const first = m[1]!.split(/[\s,&]+/)[0]!;
      if (NOT_NAME_LEAD.test(first) || NOT_FIRST_NAME.test(first) || NOT_A_COLLEAGUE.test(first) || NOT_PERSON_WORD.test(first) || NOT_A_NAME.test(first)) continue;
      if (out.some((r) => r.start < m.index + m[0].length && m.index < r.end)) continue;
      const sent = sentenceOf(m.index);
      const sentence = sent ? text.slice(sent.start - block.start, sent.end - block.start) : text;
      if (PERMISSION.test(sentence) || CLIP_GENERAL.test(sentence)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, message: "This names people and says they are in the photo or clip; make sure everyone in it has agreed before you post it." });
    }
    // ---- photos and clips of colleagues described in the text ----
    if (CAUGHT.test(text)) {
      for (const m of allMatches(MEDIA_TEASE, text)) {
        if (out.some((r) => r.start < m.index + m[0].length && m.index < r.end)) continue;
        const sent = sentenceOf(m.index);
        const sentence = sent ? text.slice(sent.start - block.start, sent.end - block.start) : text;
        if (!CAUGHT.test(sentence) || PERMISSION.test(sentence) || CLIP_GENERAL.test(sentence)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, message: "This shares a photo or clip of other people; make sure everyone in it has agreed before you post it." });
      }
    }
    for (const m of allMatches(CLIP, text)) {
      if (out.some((r) => r.start < m.index + m[0].length && m.index < r.end)) continue;
      const sent = sentenceOf(m.index);
      const sentence = sent ? text.slice(sent.start - block.start, sent.end - block.start) : text;
      if (PERMISSION.test(sentence) || CLIP_GENERAL.test(sentence) || HISTORICAL.test(sentence)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, message: "This shares a photo or clip of other people; make sure everyone in it has agreed before you post it." });
    }
  return out;
}

/** What an image says about itself shows other people (its alt text, title, file name and caption; asked for every image on every keystroke). */
const ownShowsOthers = remembered((own: string) => !!own && !IMAGE_NOT_PEOPLE.test(own) && !PERMISSION.test(own) && IMAGE_PEOPLE.test(own));
function imageShowsOthers(doc: DocumentModel, image: ImageRef): boolean {
  return ownShowsOthers(imageContext(doc, image).own);
}

export default defineRule({
  id: "privacy.others",
  title: "Tagging or naming colleagues",
  description: "Tagging or naming classmates, colleagues, supervisors and staff — and so disclosing their professional relationship with the institution — needs their permission first; so does posting a photo or clip of anyone. This is a reminder to ask before you post.",
  severity: "information",
  sources: ["imu-students:b.iv", "imu-students:b.v", "umn-health-sciences:policy-3", "quebec-postgraduate:I.6"],
  fixes: [],
  scope: "document",
  examples: [
    { bad: "Huge thanks to @kelvin.ng_md and @drsitiaisyah for covering my bloods!", good: "Huge thanks to my two classmates for covering my bloods!" },
    { bad: "Prof. Wong just said \"the kidney forgives nothing\".", good: "Our lecturer just said \"the kidney forgives nothing\"." },
  ],
  check(ctx) {
    const { doc } = ctx;
    // each block's reports, carried across keystrokes (a cache keyed by block text alone thrashed on a long document)
    const perBlock = blockValues(ctx, "privacy.others", "", blockReports);
    for (let i = 0; i < perBlock.length; i++) {
      const block = doc.blocks[i]!;
      for (const r of perBlock[i]!) ctx.report({ ...r, start: block.start + r.start, end: block.start + r.end });
    }
    for (const image of doc.images) {
      if (consentFor(doc, image) || !imageShowsOthers(doc, image)) continue;
      ctx.report({ start: image.start, end: image.end, message: "This image shows other people; make sure everyone in it has agreed before you post it, and record their consent." });
    }
  },
});
