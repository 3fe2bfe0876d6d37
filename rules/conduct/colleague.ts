/**
 * conduct.colleague: complaints about or mockery of colleagues, supervisors or the training
 * programme, and raising concerns (whistleblowing) on social media instead of the formal process.
 * A complaint needs a target (a colleague, supervisor, the programme, management) and a
 * derogatory or aggrieved predicate in the same sentence; a few phrases carry both
 * ("humiliated me in front of", "treats residents as cheap labour").
 */
import { defineRule } from "../../shared/src/rule.js";
import { blockSentences, sentenceAt, execAll, inExampleQuote, type RelSpan } from "./match.js";
import { harassmentSentences } from "./harassment.js";

/** Capitalised words that start a sentence but are not a colleague's name. */
const NOT_A_NAME = "This|That|It|Everything|Everyone|Everybody|Nobody|Life|Work|Admin|Email|Epic|Cerner|Teams|Zoom|Google|Outlook|Excel|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|The|He|She|They|Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Madam|Patient|Baby";
/** Who a complaint is about: colleagues, supervisors, the programme, management, a named doctor. */
const TARGET = String.raw`(?:(?:our|my|the|this|that|their|his|her|these|those)\s+(?:(?:whole|entire|fucking|bloody|new|so-called|current|clinical|weekend|agency|bank|locum|day-shift|night-shift|morning|afternoon|evening|other|department(?:al)?|programme|program|residency|ward|unit|site|course|block|rotation|senior|junior|night|day|charge|staff|agency|locum|studio|clinic|line|lab|research|practice|shift|theatre|imaging|pharmacy|reception|front-desk|office|floor)\s+)*(?:program|programme|programs|residency|department|dept|manager|managers|management|supervisor|supervisors|consultant|consultants|attending|attendings|staff|staff physician|preceptor|preceptors|registrar|registrars|reg|senior|seniors|junior|juniors|intern|interns|resident|residents|fellow|fellows|PD|program director|programme director|residency director|clinical director|medical director|director|chief|chief resident|chiefs|boss|bosses|team|nurses?|colleagues?|co-?workers?|co-?residents?|starter|new hire|trainee|trainees|tutor|tutors|lecturer|lecturers|faculty|admin|administration|porters?|receptionists?|pharmacists?|physios?|radiographers?|sonographers?|HCAs?|healthcare assistants?|techs|technicians?|secretaries|secretary|clerks?|locums|agency staff|midwives|photographers?|rota|rota coordinator|schedule|scheduling|scheduler|coordinator|matron|head of department|HOD|dean|school|med school|medical school|university|hospital|trust|CTU|hospital administration)|(?:our|my|the|this|that)\s+(?:senior|head|lead|chief|principal|clinical)\s+(?:[a-z]+\s+)?(?:photographer|editor|designer|technician|tech|scientist|lab manager|midwife|physio|physiotherapist|pharmacist|radiographer|sonographer|dentist|hygienist|therapist|researcher|investigator|PI|partner|lead|surgeon|doctor|GP|vet|nurse|sister|tutor|assistant|coordinator|administrator|officer|analyst)|(?:my|our)\s+(?:PI|line manager|clinical lead|educational supervisor|clinical supervisor|lab manager|mentor|DoT|TPD|programme lead|course lead|module lead)|(?:Dr|Prof|Professor|Sister|Matron)\.?\s+[A-Z][A-Za-z\u00C0-\u024F'’-]+|scheduling|management|admin)`;
/** An appositive naming the target: "Our program director, Dr. X," / "Dr. X, our clinical lead,". */
const APPOS = String.raw`(?:,\s*(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sister)\.?\s+)?[A-Z][A-Za-z\u00C0-\u024F'’-]+(?:\s+[A-Z][A-Za-z\u00C0-\u024F'’-]+)?\s*,|,\s*(?:our|my|the)\s+(?:[\w-]+\s+){0,2}?(?:lead|director|manager|supervisor|consultant|attending|registrar|boss|chief|PD|head|coordinator|mentor|PI)\s*,)?`;
/** Where a group of colleagues works: "on the short-stay unit", "at our site", "in the dispensary". */
const PLACE = String.raw`(?:on|in|at|from)\s+(?:the|our|my|this|that)\s+(?:[\w&-]+\s+){0,2}?(?:unit|ward|wards|team|floor|department|dept|service|site|lab|studio|clinic|desk|dispensary|pharmacy|ICU|ITU|NICU|ED|A&E|ER|theatres?|hospital|practice|surgery|office|reception|base|trust|bay|wing|block|rota)`;
const ADV = String.raw`(?:(?:so|such|completely|totally|absolutely|utterly|really|clearly|honestly|just|genuinely|literally|always|still|beyond|fucking|bloody|a bit|kind of|kinda|pretty|very|incredibly|unbelievably)\s+)*`;
const NEG_ADJ = String.raw`(?:(?:a|an)\s+(?:complete|total|absolute|utter|fucking|massive|huge|real|right)\s+(?:idiot|moron|joke|clown|nightmare|disgrace|bully|tyrant|mess|liability|dick|ass|asshole|prick|arse|dickhead|tosser|muppet|waste of space)|useless|incompetent|clueless|hopeless|pathetic|lazy|a joke|a clown|clowns|a circus|toxic|a nightmare|a disgrace|disgraceful|a shambles|shambolic|a mess|a shitshow|a dumpster fire|rubbish|garbage|terrible|awful|horrible|the worst|rude|condescending|arrogant|patronising|patronizing|spineless|idiots?|an idiot|morons?|a moron|stupid|dumb|ridiculous|a waste of space|a bully|bullies|a tyrant|vile|nasty|inept|a liability|dangerous|sexist|racist|(?:a|such a)\s+(?:(?:total|complete|absolute|real|right|utter|bit of a)\s+)?(?:dinosaur|fossil|relic|museum piece)|stuck in the (?:past|stone age|dark ages|(?:19)?[5-9]0s|nineties|eighties|seventies)|living in the (?:past|stone age|dark ages))\b`;
const VERB_NEG = String.raw`(?:(?:can(?:'|’|no)?t|could(?:n'|n’)t|could not) (?:even )?(?:hold|do|read|write|spell|teach|manage|organi[sz]e|run|count|find|be bothered|get (?:anything|a single thing)|tell)|humiliat(?:ed|es|ing)|belittl(?:ed|es|ing)|yell(?:ed|s|ing) at (?:me|us|everyone)|scream(?:ed|s|ing) at (?:me|us|everyone)|shout(?:ed|s|ing) at (?:me|us|everyone)|bull(?:ied|ies|ying)|threw (?:me|us) under the bus|throws? (?:me|us) under the bus|treats? (?:us|me|residents|students|trainees|nurses|staff) (?:like|as)|sees? (?:residents|us|students|trainees|nurses|staff) as|(?:doesn't|don't|does not|do not|couldn't|could not) (?:care|give a)|never listens?|ha(?:s|ve) (?:no|zero|absolutely no|literally no|not (?:a|the (?:slightest|faintest|first))) (?:idea|clue)|(?:never|doesn(?:'|’)?t|don(?:'|’)?t|does not|do not) (?:ever |even |actually |once |bother(?:s)? to )+(?:reads?|answers?|repl(?:y|ies)(?: to)?|responds?(?: to)?|returns?|gets? back to)\b|(?:cancell?ed|moved|changed|scrapped)\b[^.!?\n]{0,60}\b(?:again|for the (?:third|fourth|fifth|nth|\d+(?:st|nd|rd|th)) time)|burn(?:s|ing)? (?:us|residents|trainees|everyone) out|(?:is|are) why (?:half|most|all|so many) of|should be (?:fired|sacked|struck off|ashamed)|shouldn't be (?:teaching|allowed|practi[sc]ing)|has no business|(?:blam(?:ed|es|ing)|throw(?:s|ing)?|threw) (?:me|us|the (?:juniors?|interns?|residents?|nurses?|students?|team))(?: for| in front| when| again| publicly)|(?:takes?|took|taking|steals?|stole|stealing) (?:the )?credit for (?:my|our|every|all|everything|the work)|refus(?:ed|es|ing) (?:every|all|each|any|every single|all of (?:our|my|the))\s+(?:single\s+)?(?:[\w-]+\s+)?(?:requests?|leave|holidays?|days? off|swaps?)|(?:yell|scream|shout|snap|swear|sworn|swore)(?:ed|s|ing)? at (?:a|an|the|my|our|his|her|one of (?:the|our)|another)\s+(?:[\w-]+\s+)?(?:students?|trainees?|nurses?|interns?|residents?|juniors?|HCAs?|midwi(?:fe|ves)|porters?|F1s?|FY1s?|SHOs?|medics?|assistants?|receptionists?|colleagues?|physios?|pharmacists?|patients?)|make (?:my|our|everyone(?:'s|’s)|their|his|her) (?:life|lives|days?|shifts?|placement|rotation) (?:a )?(?:miserable|hell|a misery|a living hell|unbearable)|made it (?:his|her|their) (?:mission|job|goal) to|(?:deleted|binned|trashed|scrapped|wiped|sabotaged) (?:my|our) (?:whole |entire )?[\w-]+(?: [\w-]+)? and (?:blamed|reported|yelled at|shouted at) (?:me|us)|(?:swapped|changed|moved|cancell?ed) (?:my|our) [\w-]+(?: [\w-]+)? (?:\w+ )?(?:without (?:telling|asking|consulting|warning) (?:me|us|anyone))|then (?:e-?mailed|emailed|lectured|messaged|wrote to) (?:us|everyone|the (?:whole )?(?:team|cohort|residents|trainees)) about (?:wellness|wellbeing|well-being|burnout|self-care|resilience|teamwork|morale)|(?:has|have|had|'s|’s)\s+(?:(?:apparently|clearly|now|just)\s+)?(?:decided|made it clear|chosen|picked me|singled me out)\b[^.!?\n]{0,20}?\b(?:I(?:'m|’m| am| was)|me (?:as|to be))\s+(?:his|her|their|the (?:team's|team’s|department's|department’s|ward's|ward’s))\s+(?:personal\s+|own\s+|new\s+|official\s+|designated\s+)?(?:punch(?:ing)?[\s-]?bag|scapegoat|dogsbody|slave|servant|skivvy|target|whipping (?:boy|girl)|doormat|errand (?:boy|girl)|PA|secretary|coffee (?:boy|girl))|(?:has|have|'s|’s)\s+(?:got\s+|always had\s+)?it in for (?:me|us)|(?:has|have|'s|’s) (?:got )?a vendetta against (?:me|us)|walk(?:ed|s)? (?:off|away|out) (?:mid-?sentence|in the middle of (?:my|a|our|the) (?:sentence|question)|while I was (?:still )?(?:talking|speaking|asking))|hung up on (?:me|us)|roll(?:ed|s)? (?:his|her|their) eyes at (?:me|us)|laugh(?:ed|s)? in (?:my|our) faces?|(?:is|are|'s|’s) (?:clearly |so )?out to get (?:me|us))`;
/** Sabotage then blame to a superior: "she 'accidentally' deleted my session and then told the manager I'd forgotten". */
const SABOTAGE = String.raw`(?:deleted|wiped|erased|lost|"lost"|“lost”|binned|hid|moved|sabotaged|ruined|overwrote|cancell?ed|bumped|scrapped|trashed|threw (?:out|away)|unplugged|reset)\s+(?:my|our)\b[^.!?\n]{0,60}?\band\s+(?:then\s+)?(?:told|informed|e-?mailed|said to|reported (?:me|it|us) to|complained to|went (?:straight )?to|blamed (?:me|us|it on me) (?:to|in front of|with))\s+(?:the|my|our)\s+(?:[\w-]+\s+)?(?:manager|boss|PI|lead|consultant|supervisor|attending|registrar|director|head|team|sister|charge nurse|matron|coordinator|tutor|lecturer|chief|dean|PD|HOD)\b`;

/** A colleague's role named without a determiner ("guess which intern", "imagine being a PGY-5"). */
const ROLE = String.raw`(?:interns?|residents?|regs?|registrars?|consultants?|attendings?|nurses?|F1s?|FY1s?|SHOs?|housem[ae]n|HOs?|medics?|fellows?|colleagues?|co-?residents?|members? of staff|tutors?|lecturers?|surgeons?|anaesthetists?|PGY-?\d|seniors?|juniors?|preceptors?|supervisors?|managers?|physios?|pharmacists?|HCAs?|senior resident|chief resident|program director|programme director|PD)`;
/** The target is the object of someone else's action ("asking the nurse", "shouted at the registrar"). */
const OBJECT_BEFORE = /\b(?:ask(?:s|ed|ing)?|tell(?:s|ing)?|told|call(?:s|ed|ing)?|pag(?:e|es|ed|ing)|thank(?:s|ed|ing)?|help(?:s|ed|ing)?|beg(?:s|ged|ging)?|hand(?:s|ed|ing)?|gave|give|giving|show(?:s|ed|ing)?|bit|bite|kick(?:s|ed|ing)?|punch(?:es|ed|ing)?|push(?:es|ed|ing)?|grab(?:s|bed|bing)?|hit|threaten(?:s|ed|ing)?|spat at|spit at|at|to|for)\s+$/i;
/** A post addressed to a colleague by name and department or ward: "Dear Karen from imaging:", "@Priya from Ward 6". */
const COLLEAGUE_ADDRESS = /(?:^|\n)[ \t>*_-]*(?:(?:dear|to|hey|oi|yo|hi)\s+)?@?[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:from|in|on|at)\s+(?:the\s+)?(?:[A-Za-z&]+\s+){0,2}?(?:imaging|radiology|pharmacy|theatres?|ward(?:\s+[\w-]+)?|HR|accounts|admin|reception|lab|ICU|ITU|NICU|PICU|ED|A&E|ER|ortho(?:paedics|pedics)?|surgery|medicine|paeds|pediatrics|paediatrics|physio|studio|IT|estates|nursing|department|dept|clinic|team|unit|office|finance|payroll|rota|rostering|scheduling|billing|records|histology|pathology|microbiology|haematology|hematology|cardiology|oncology|maternity|outpatients|endoscopy|recovery|resus|the \w+ team)\b/;
/** The audience of a threat is the author's workplace, so its target is a colleague. */
const WORKPLACE_AUDIENCE = /\b(?:(?:the|this|our)\s+(?:whole|entire)\s+(?:hospital|ward|department|dept|unit|team|practice|clinic|lab|trust|office|school|cohort|year group|studio|firm|surgery|pharmacy|rotation|programme|program)|every(?:one|body)\s+(?:in|on|at|from)\s+(?:the|this|our)\s+(?:hospital|ward|department|dept|unit|team|practice|clinic|lab|trust|office|studio|pharmacy|surgery|rotation|programme|program|cohort))\b/i;
/** A sarcastic verdict standing as its own sentence: "Peak leadership.", "Truly inspiring mentorship 👏". */
const SARCASTIC_VERDICT = /(?:^|(?<=[.!?…]\s+))(?:(?:truly|such|real|just)\s+)?(?:peak|stellar|top-notch|world-class|exemplary|inspiring|outstanding|fantastic|amazing|incredible|excellent|brilliant|flawless|visionary|10\/10|A\+|five-star|gold-standard|award-winning|great)\s+(?:leadership|management|mentorship|mentoring|teaching|supervision|support|organi[sz]ation|planning|communication|professionalism|scheduling|pastoral care|wellness)(?:\s+(?:there|here|as always|as usual|again|once again|right there|guys|folks|everyone|team))?\s*(?:[.!…]+|[🙄👏🤡😒🙃]|$)/gimu;
/** What makes such a verdict sarcastic: a complaint told just before it. */
const LET_DOWN = /\b(?:again|still|never|didn(?:'|’)?t(?! just| only)|did not(?! just| only)|won(?:'|’)?t|wouldn(?:'|’)?t|refused|ignored|walked (?:off|away|out)|hung up|cancell?ed|last[- ]minute|no notice|without (?:notice|warning|asking|telling)|days before|mid-sentence|not my problem|supposed to be hard|suck it up|toughen up|deal with it)\b|🙄/i;
/** Sincere praise before the verdict: "she rebuilt the call schedule. Stellar leadership!" */
const PRAISED = /\b(?:sorted|fixed|rebuilt|resolved|listened|supportive|thank(?:s|ed|ful)?|grateful|helped|stepped up|went above)\b/i;
/** A workplace event in a threat: "the video of you asleep at the team meeting". */
const WORKPLACE_EVENT = /\b(?:(?:at|during|in|through)\s+(?:the|our|a|this|that|every|last|each)\s+(?:[\w&-]+\s+)?(?:team|staff|department|dept|ward|unit|faculty|lab|M&M|board|morning|monthly|weekly|safety|governance|audit)\s+(?:meeting|huddle|handover|briefing|away ?day|training|teaching|party|social|do)s?|at work|on (?:shift|the ward|rounds|nights)|at the (?:Christmas|holiday|staff|work|office|department|team) (?:party|do|social|dinner|drinks))\b/i;
const TARGET_RE = new RegExp(String.raw`\b${TARGET}\b`, "gi");

/** What a programme is meant to provide, mocked: "thinks 'wellness' means a pizza lunch". */
const CONCEPT = String.raw`(?:wellness|wellbeing|well-being|teaching|support|staff support|feedback|mentorship|mentoring|supervision|leadership|training|education|protected time|work-life balance|self-care|a break|a day off|communication|team-?building|morale|debrief(?:ing)?|resilience|flexibility|a fair rota|notice)`;
const TRIVIAL = String.raw`(?:a (?:free )?(?:pizza|donut|doughnut|bagel|cake|biscuit|sandwich)|(?:free )?(?:pizza|donuts|doughnuts|bagels|cake|biscuits|sandwiches|snacks)|an? (?:e-?mail|poster|webinar|yoga|mindfulness|app|mug|sticker|lanyard|badge|leaflet|newsletter|survey|quiz|pamphlet|pep talk|slideshow|powerpoint))`;
/** What a place is run like, in mockery: "like a goddamn daycare", "like his own personal fiefdom". */
const RUN_LIKE = "museum|circus|prison|boot ?camp|dictatorship|cult|kindergarten|daycare|day care|day-care|creche|crèche|nursery|zoo|sweatshop|gulag|military camp|playground|mafia|fiefdom|police state|soap opera|clown show|farm|factory|madhouse|asylum|kingdom|empire|frat house|high school|schoolyard|petting zoo|puppet show|banana republic|cartel|racket|feudal (?:estate|manor)";
const COMPLAINTS: RegExp[] = [
  // "the new starter can't hold a camera straight", "Dr X humiliated me", "the program sees residents as…"
  new RegExp(String.raw`\b${TARGET}\b[^.!?\n]{0,60}?\b${VERB_NEG}`, "gi"),
  // "our manager is completely useless"
  new RegExp(String.raw`\b${TARGET}${APPOS}(?:\s+(?:${PLACE}|last (?:night|week|month)|on (?:nights|days|call|the ward|the unit|shift|[A-Z0-9]+)|(?:this|that) (?:week|month|block|year|rotation|morning|evening|time)|today|tonight|yesterday|here|again|lately|recently|nowadays|honestly|overall)){0,2}\s+(?:(?:is|are|was|were|has been|have been|seems?|remains?|being|'s|’s|'re|’re)\s+)${ADV}${NEG_ADJ}`, "gi"),
  // "surgeons are so arrogant": a whole profession of colleagues
  new RegExp(String.raw`(?:^|[.!?]\s+|,\s+|\band\s+|\bbut\s+|\bhonestly,?\s+)(?:(?:all|most|half (?:of )?(?:the)?|some|so many|these|those|the)\s+)?(?:surgeons|anaesthetists|anesthesiologists|anesthetists|doctors|physicians|nurses|residents|interns|consultants|attendings|registrars|pharmacists|physios|physiotherapists|radiographers|radiologists|paramedics|med students|medical students|HCAs|healthcare assistants|admin staff|managers)\s+(?:here\s+|on (?:this|my|our) (?:ward|unit|team)\s+)?(?:are|were)\s+${ADV}${NEG_ADJ}`, "gi"),
  // "sick of management", "I hate my attending", "this scheduling bullshit"
  new RegExp(String.raw`\b(?:sick (?:and tired )?of|fed up with|hate|can(?:'|’|no)?t stand|so done with|rant about|vent about)\s+${TARGET}\b`, "gi"),
  new RegExp(String.raw`\b${TARGET}(?:\s+[A-Za-z'’-]+){0,2}\s+(?:bullshit|crap|shit|nonsense|circus|clown show|shitshow|bs)\b`, "gi"),
  // mockery without insult words: "couldn't find a vein to save his life", "guess which intern cried in the sluice again",
  // "imagine being a PGY-5 and still not knowing…"
  /\b(?:can(?:'|’|no)?t|could(?:n'|n’)t|could not|cannot)\s+(?:[\w'’-]+\s+){1,4}to save (?:his|her|their) (?:life|lives)\b/gi,
  new RegExp(String.raw`\bguess (?:which|who|what)\s+(?:[\w-]+\s+)?${ROLE}\b(?=[^.!?\n]{0,60}(?:\b(?:cried|crying|fainted|passed out|messed up|screwed up|fucked up|failed|got lost|forgot|dropped|broke|again|lol|lmao)\b|🙃|🤦|🤡|💀|🙄))`, "giu"),
  new RegExp(String.raw`\bimagine being (?:an?|the)\s+(?:[\w-]+\s+){0,2}?${ROLE}\b[^.!?\n]{0,60}\b(?:not|never|can(?:'|’|no)?t|cannot|couldn(?:'|’)t|doesn(?:'|’)t|don(?:'|’)t|unable|no idea|no clue)\b`, "gi"),
  // "reducing another F1 to tears", "Nurse Ratched strikes again"
  new RegExp(String.raw`(?:\b(?:(?:our|my|the|this|that)\s+(?:[\w-]+\s+)?)?${ROLE}|\bNurse Ratched|\b(?:Dr|Prof|Professor|Sister|Matron)\.?\s+[A-Z][A-Za-z\u00C0-\u024F'’-]+)\s+(?:\w+\s+){0,2}?(?:reduc(?:ed|es|ing)|made|makes|making)\s+(?:\w+\s+){1,3}?(?:to tears|cry)\b|\b(?:reduc(?:ed|es|ing))\s+(?:an?|another|every|the|my|our)\s+(?:\w+\s+)?${ROLE}\s+to tears\b|\bNurse Ratched\b`, "gi"),
  // sarcasm aimed at the programme or a supervisor: "shoutout to the program for … again, truly visionary leadership 🙄"
  new RegExp(String.raw`\b${TARGET}\b[^.!?\n]{0,120}?(?:🙄|🤡|😒|😑|(?<=\s)\/s\b|\b(?:truly|really|such) (?:visionary|inspired|stellar|inspiring) (?:leadership|planning|management|teaching)|\blove that for us\b)`, "giu"),
  // a role without a determiner at the start of a sentence: "Senior resident yelled at a nurse in front of the family"
  new RegExp(String.raw`(?:^|[.!?]\s+)(?:(?:senior|junior|chief|head|charge|new|night|day|ward)\s+)?${ROLE}\b[^.!?\n]{0,40}?\b${VERB_NEG}`, "gi"),
  // sabotage then blame, with a pronoun or a role as subject: "Today she 'accidentally' deleted my list and told the manager I'd forgotten"
  new RegExp(String.raw`\b(?:she|he|they|${TARGET})\s+(?:(?:["“'‘]\s*(?:accidentally|forgot|lost|misplaced|somehow)\s*["”'’]|conveniently|deliberately|purposely|on purpose|then|just|also|again|somehow|once again)\s+){0,2}${SABOTAGE}`, "gi"),
  // a named colleague: "Honestly, Tunde is clueless." (person-only adjectives; a patient context is excluded below)
  new RegExp(String.raw`(?:^|[.!?]\s+|\n[\s>*_-]*|\b(?:and|but|honestly|frankly|seriously|also|plus|tbh|ngl|sorry but),?\s+)(?!(?:${NOT_A_NAME})\b)[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?\s+(?:is|was|has been|'s|’s)\s+${ADV}(?:clueless|incompetent|inept|lazy|an? (?:complete |total |absolute |utter |fucking )?(?:joke|clown|idiot|moron|liability|bully|disgrace|nightmare to work with)|arrogant|condescending|patroni[sz]ing|spineless|rude)\b(?!\s+(?:as an? (?:kid|child|teenager|teen|boy|girl|student|undergrad)|at (?:golf|tennis|football|soccer|cooking|karaoke|darts|pool|bowling|sports?|games?|cards|poker|chess|baking|singing|dancing|trivia|quizzes|maths|math|driving|parking|texting|emojis|social media|TikTok)|in (?:school|high school|his youth|her youth|the kitchen)|(?:he|she) (?:says|admits|jokes)|by (?:his|her) own admission))`, "g"),
  // "he hasn't held a camera in ten years and it shows", "hasn't seen a patient since 1998 and now wants to…"
  new RegExp(String.raw`\b(?:he|she|they|[A-Z][a-z]+|${TARGET})\s+(?:hasn(?:'|’)?t|has not|haven(?:'|’)?t|have not)\s+(?:even\s+|actually\s+)?(?:held|used|touched|seen|examined|picked up|done|performed|taken|shot|operated|worked|scrubbed|set foot|been on|treated|clerked|cannulated|run|read|lifted|edited|written)\b[^.!?\n]{0,30}?\b(?:in|for)\s+(?:(?:over|about|at least|nearly|almost|like|a good|well over)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty)\s+(?:years|decades)\b(?=[^.!?\n]{0,40}(?:\band it shows\b|\b(?:and|but|yet)\s+(?:(?:now|still|somehow)\s+)*(?:(?:he|she|they)(?:'s|’s| is| are)?\s+)?(?:(?:now|still|somehow)\s+)*(?:thinks?|wants?|tells?|lectures?|expects?|decides?|gets? to decide|runs?|manages?|in charge|telling|lecturing|running|managing|deciding)\b|🙄|🤡))`, "giu"),
  // refusing to work with a named colleague again: "Never book the afternoon list with Aisha again."
  /\b(?:[Nn]ever|[Dd]on(?:'|’)?t|[Dd]o not|[Pp]lease don(?:'|’)?t|[Ww]on(?:'|’)?t)\s+(?:ever\s+)?(?:book|roster|rota|schedule|pair|put|team|assign|list|partner)\b[^.!?\n]{0,50}?\bwith\s+(?:[A-Z][a-z]+|(?:the|that|this) (?:new )?(?:[\w-]+ )?(?:locum|agency nurse|reg|registrar|intern|resident|nurse|tech|photographer|radiographer|porter|trainee|physio|HCA))\s+again\b/g,
  // a colleague mocked behind their back by the team: "the dermatologists laugh at her behind her back"
  /\b(?:[a-z]+ologists|surgeons|anaesthetists|anesthetists|nurses|consultants|registrars|regs|residents|interns|doctors|staff|team|techs|radiographers|physios|pharmacists|juniors|seniors|attendings|fellows|everyone|everybody|colleagues|the others|the rest of (?:us|the team))\s+(?:all\s+|just\s+|openly\s+)?(?:laugh(?:s|ed|ing)?|sn[ie]gger(?:s|ed|ing)?|joke(?:s|d)?|mock(?:s|ed)?|smirk(?:s|ed)?|make fun|made fun|take the piss|took the piss)\s+(?:at|about|of|out of)?\s*(?:him|her|them)\s+behind\s+(?:his|her|their)\s+backs?\b/gi,
  // French: "les infirmières de nuit sont paresseuses", "mon patron est complètement incompétent"
  /(?<![\p{L}])(?:le|la|les|mon|ma|mes|notre|nos|ce|cette|ces)\s+(?:nouveaux?\s+|nouvelles?\s+)?(?:patron|patronne|patrons|résident|résidente|résidents|résidentes|infirmières?|infirmiers?|externes?|collègues?|superviseure?s?|R[1-6]s?|chefs?|gestionnaires?|moniteurs?|monitrices?|préposée?s?|pharmaciens?|pharmaciennes?|technologues?|inhalothérapeutes?|médecins? de garde|équipe de (?:nuit|jour|soir)|administration|direction)(?:\s+(?:[\p{L}'’-]+\s+){0,4}?)?\s*(?:est|sont|était|étaient|c['’]est)\s+(?:(?:vraiment|tellement|complètement|totalement|super|trop|donc|juste|encore|toujours|franchement|carrément)\s+)*(?:paresseux|paresseuses?|incompétente?s?|nulle?s?|inutiles?|des incompétente?s|des imbéciles|des idiote?s|idiote?s?|stupides?|arrogante?s?|méprisante?s?|épais(?:se|ses)?|niaiseu(?:x|se|ses)|cons|connes?|des cons|une? (?:vraie?\s+)?(?:blague|farce|conne?|imbécile|incompétente?))(?![\p{L}])/giu,
  // sarcasm about what the programme or a supervisor thinks things mean: "our PD thinks 'wellness' means a pizza lunch",
  // "my consultant's idea of teaching is asking me eponyms in front of the ward"
  new RegExp(String.raw`\b${TARGET}(?:(?:'s|’s) idea of\s+["“'‘]?${CONCEPT}["”'’]?\s+(?:is|was|means|=)\s+(?!to\b|that\b)|\s+(?:(?:clearly|apparently|honestly|genuinely|really|still|actually|seriously)\s+)?thinks?\s+(?:that\s+)?(?:["“'‘]${CONCEPT}["”'’]\s+(?:means|is|=|equals)\b|${CONCEPT}\s+(?:means|is|=|equals)\s+(?:(?:just|basically|only)\s+)?${TRIVIAL}))`, "gi"),
  // "spends more time curating his playlist than covering the floors"
  new RegExp(String.raw`\b${TARGET}\b[^.!?\n]{0,60}?\bspends?\s+(?:way\s+|far\s+|much\s+|a lot\s+)?(?:more time|longer)\s+(?:\w+ing|on|at|in|with)\b[^.!?\n]{0,80}?\bthan\s+(?:(?:actually|ever|he|she|they|(?:he|she|they)(?:'s|’s| is| are| does| do))\s+)?(?:\w+ing\b|doing\b|on (?:the|his|her|their)\b|at (?:the|work)\b|with (?:the team|us|students|trainees|juniors)\b)`, "gi"),
  // "the program is the reason I drink", "this department is why I'm leaving medicine"
  new RegExp(String.raw`\b${TARGET}\s+(?:is|are|was|'s|’s)\s+(?:(?:honestly|literally|genuinely|single-?handedly|basically)\s+)*(?:(?:the|my)\s+(?:(?:only|main|whole|real|sole|number one|#1)\s+)?reason (?:why )?|why )(?:I|we|half (?:of )?(?:us|the cohort|the team)|everyone|so many (?:of us|people|residents|trainees|nurses))(?:'m|’m| am| are|'re|’re|'ve|’ve| have| was| were)?\s+(?:(?:thinking of|considering|seriously|now|still|actually|started)\s+)*(?:drink|drinking|cry|crying|quit|quitting|leav(?:e|ing)|burnt out|burned out|burning out|in therapy|on (?:antidepressants|sertraline|SSRIs)|hate|want to (?:quit|leave|cry|scream)|left|dread|can(?:'|’)?t sleep|drank|need therapy|looking (?:at|for) (?:other|new) jobs)\b`, "gi"),
  // "Department is run like a museum"
  new RegExp(String.raw`(?:^|[.!?]\s+|\b(?:the|our|this|my|that)\s+)(?:(?:whole|entire)\s+)?(?:department|dept|program|programme|residency|unit|ward|practice|clinic|lab|hospital|trust|place|team|studio|school|rotation|service|office|surgery|pharmacy)\s+(?:here\s+)?(?:is|was|gets|'s|’s)\s+(?:still\s+|basically\s+|literally\s+)?run like (?:a|an|the|some|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:${RUN_LIKE})\b`, "gi"),
  // "he runs this residency like a goddamn daycare", "the chief treats the unit like his personal fiefdom"
  new RegExp(String.raw`\b(?:${TARGET}|he|she|they)\s+(?:(?:still|basically|literally|honestly|just|clearly|openly|now)\s+)*(?:runs?|ran|running|manages?|managed|treats?)\s+(?:this|the|our|his|her|their|that)\s+(?:[\w-]+\s+){0,3}?(?:department|dept|program|programme|residency|unit|ward|practice|clinic|lab|hospital|trust|place|team|studio|school|rotation|service|office|surgery|pharmacy|firm|rota)\s+like\s+(?:a|an|the|some|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:${RUN_LIKE})\b`, "gi"),
  // "everybody knows the evaluations are rigged", "the elective allocations are a popularity contest"
  /\b(?:the|our|my|their|these|those|this|his|her)\s+(?:[\w-]+\s+){0,2}?(?:evaluations?|evals?|assessments?|appraisals?|rank lists?|selection(?: process)?|interviews?|grading|marking|rotas?|schedules?|allocations?)\s+(?:(?:here|in (?:this|our|my) (?:program|programme|residency|department|dept|unit|trust|hospital|school|studio|lab))\s+)?(?:are|is|were|was|'re|’re|'s|’s)\s+(?:(?:totally|completely|so|basically|all|just|clearly|obviously|literally|100%|always|still)\s+)*(?:rigged|a sham|a farce|a stitch-?up|a popularity contest|a racket|corrupt)\b/gi,
  // favouritism: "our attending plays favourites", "his favourites get the research elective"
  new RegExp(String.raw`\b(?:${TARGET}|he|she|they)\s+(?:(?:clearly|openly|always|still|totally|obviously|blatantly|so)\s+)*(?:plays?|playing|played) favou?rites\b|\b(?:his|her|their|the (?:PD|director|consultant|attending|boss|manager|chief|supervisor|lead)(?:'s|’s))\s+(?:little\s+|chosen\s+|usual\s+)?(?:favou?rites|pets|golden (?:boys?|girls?|children|child))\s+(?:(?:always|still|all|just|somehow|magically|conveniently)\s+)*(?:get|gets|got|getting|are given|were given|walk into|land|landed|keep getting)\b(?=[^.!?\n]{0,50}\b(?:electives?|rotas?|schedules?|call|shifts?|cases|lists?|research|theatre|OR time|leave|weekends?|holidays?|evaluations?|reviews?|projects?|papers?|slots?|days off|posts?|jobs?|promotions?|rotations?|clinics?|the good|the best|easy|first pick|first choice|teaching)\b)`, "gi"),
  // "nobody in management reads emails", "no one in admin ever answers the phone"
  /\b(?:nobody|no one|no-one|not one person|not a single person|none of them)\s+(?:in|at|from|on|upstairs in)\s+(?:the\s+|our\s+|this\s+)?(?:senior\s+)?(?:management|admin|administration|HR|leadership|(?:head|front|programme|program|rota|scheduling) office|the office|trust|deanery|faculty|scheduling|IT|estates|department|dept|directorate|executive team)\s+(?:(?:ever|actually|even|apparently|really|seems to|bothers to|cares to|has (?:ever|even))\s+)*(?:reads?|answers?|listens?|cares?|replies|reply|responds?|respond|checks?|picks? up|returns?|bothers?|gives? a|has a clue|understands?|knows? (?:what|how))\b/gi,
  // French: "les évaluations sont truquées", "il gère la résidence comme une garderie", "ses chouchous ont l'électif",
  // "notre directeur de programme n'a aucune idée"
  /(?<![\p{L}])(?:les|nos|mes|ces|l['’])\s*(?:[\p{L}-]+\s+)?(?:évaluations?|évals?|horaires?|cédules?|sélections?|entrevues?|attributions?)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:sont|étaient|est|était)\s+(?:(?:complètement|totalement|toutes?|clairement|tellement|juste)\s+)?(?:truqué(?:e|es|s)?|une farce|une mascarade|un concours de popularité|arrangée?s? (?:d['’]avance|avec le gars des vues))(?![\p{L}])|(?<![\p{L}])(?:gère|dirige|mène|gérait|dirigeait)\s+(?:la|le|ce|cette|notre|son|sa|l['’])\s*(?:[\p{L}-]+\s+)?(?:résidence|programme|département|service|unité|étage|clinique|labo)\s+comme\s+(?:une?|sa|son)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:garderie|prison|cirque|dictature|secte|royaume|zoo|maternelle|camp militaire|petite? entreprise)(?![\p{L}])|(?<![\p{L}])(?:ses|leurs)\s+(?:petits?\s+|petites?\s+)?(?:chouchous|chouchoutes|préférés|préférées|favoris|favorites|protégés)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:ont|obtiennent|reçoivent|ramassent|ont eu|prennent|gardent)(?![\p{L}])|(?<![\p{L}])(?:notre|mon|ma|le|la|ce|cette)\s+(?:[\p{L}-]+\s+)?(?:directeur|directrice|patron|patronne|superviseure?|cheffe?|coordonnat(?:eur|rice)|administration|direction|gestionnaire|programme)(?:\s+de\s+(?:programme|résidence|stage|département|service))?\s+(?:[\p{L}'’,-]+\s+){0,4}?n['’]a\s+(?:aucune|pas la moindre|zéro|absolument aucune)\s+(?:(?:foutue|maudite|osti d['’])\s*)?idée(?![\p{L}])/giu,
  /(?<![\p{L}])personne\s+(?:à|a|de|dans)\s+(?:la\s+|l['’]\s*)(?:direction|administration|gestion|coordination|équipe de gestion)\s+ne\s+(?:lit|répond|écoute|rappelle|comprend|sait|s['’]en soucie)(?![\p{L}])/giu,
  // a supervisor who won't let the student near real work, sarcastically: "because apparently I 'need more studio hours'"
  new RegExp(String.raw`\b${TARGET}\b[^.!?\n]{0,100}?\bbecause,?\s+apparently,?\s+(?:I|we|I'm|I’m|we're|we’re)\b`, "gi"),
  // a colleague's exasperation at being asked: "Mine has Denise, who sighs every time I ask a question"
  new RegExp(String.raw`(?:\b(?!(?:${NOT_A_NAME})\b)[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?|\b${TARGET}),\s+who\s+(?:(?:audibly|loudly|visibly|literally|openly|actually|just)\s+)?(?:sighs?|huffs?|groans?|tuts?|scoffs?|rolls (?:his|her|their) eyes|snaps?|glares?|smirks?|laughs?)\s+(?:at (?:me|us)\s+)?(?:every (?:single )?time|whenever|each time|any ?time)\s+(?:I|we|anyone|someone|somebody|a student|a trainee|the students?)\s+(?:\w+\s+){0,2}?(?:ask|asks|asked|speak|speaks|say|says|open|opens|need|needs|request|requests|query|queries|question|questions)\b`, "gu"),
  // a colleague's cruel jokes about patients, or the way the team talks about them
  new RegExp(String.raw`(?:\b${TARGET}|\b(?:one|a|another|some|two|several|certain)\s+(?:of\s+(?:the|our|my)\s+)?(?:senior\s+|junior\s+)?(?:colleagues?|consultants?|attendings?|surgeons?|nurses?|doctors?|registrars?|regs|residents?|staff|team members?|photographers?|techs?|radiographers?|physios?|pharmacists?|members? of (?:staff|the team)))\s+(?:(?:regularly|always|often|constantly|routinely|keeps?|still|openly|loudly)\s+)*(?:makes?|made|making|cracks?|cracked|cracking|tells?|told|telling)\s+(?:\w+\s+)?(?:cruel|racist|sexist|homophobic|transphobic|fatphobic|disgusting|vile|nasty|crude|offensive|degrading|demeaning|inappropriate|mocking|awful|horrible|sick)\s+(?:jokes|comments|remarks|cracks|memes)\b|\bthe way (?:some of |a few of |half of |most of |one of )?(?:the|our|my|this|that)\s+(?:[\w-]+\s+)?(?:team|staff|colleagues|nurses|doctors|consultants|seniors|residents|surgeons|registrars|photographers|department|management|managers|attendings)\s+(?:talks?|speaks?|treats?|jokes? about|refers? to|laughs? at)\s+(?:about\s+|to\s+)?(?:the\s+|our\s+)?(?:\w+\s+)?(?:patients|students|trainees|juniors|us|families|residents|nurses|interns|women)\b[^.!?\n]{0,60}?\b(?:is|was|has|have|makes|disgusts|sickens|appals|appalls|grinds|breaks)\b`, "gi"),
  // stand-alone complaints
  /\b(?:cheap labou?r|slave labou?r|free labou?r|nobody should (?:teach|work|be treated) like that|worst (?:attending|consultant|registrar|resident|supervisor|manager|program|programme|teacher|boss|preceptor|department)|(?:attending|consultant|registrar|supervisor|preceptor|boss|manager) from hell|humiliated me|belittled me|threw me under the bus|power[- ]trip(?:ping)?)\b/gi,
];

/** The named-colleague pattern; skipped in a block about a patient ("Doris is lazy about her exercises"). */
const NAMED = COMPLAINTS.find((re) => re.source.includes("nightmare to work with"))!;
/** Cheap word tests that must pass before the newer, costlier complaint patterns run on a block. */
const COMPLAINT_GUARDS = new Map<RegExp, RegExp>();
for (const re of COMPLAINTS) {
  if (re === NAMED) COMPLAINT_GUARDS.set(re, /\b(?:clueless|incompetent|inept|lazy|joke|clown|idiot|moron|liability|bully|disgrace|nightmare|arrogant|condescending|patroni[sz]ing|spineless|rude)\b/i);
  else if (re.source.includes("set foot")) COMPLAINT_GUARDS.set(re, /\b(?:hasn|haven|has not|have not)\b/i);
  else if (re.source.includes("partner)")) COMPLAINT_GUARDS.set(re, /\bagain\b/);
  else if (re.source.includes("behind\\s+")) COMPLAINT_GUARDS.set(re, /\bbehind\b/i);
  else if (re.source.includes("idea of")) COMPLAINT_GUARDS.set(re, /\b(?:idea of|thinks?\s+(?:that\s+)?["“'‘]?(?:wellness|wellbeing|well-being|teaching|support|staff|feedback|mentor|supervision|leadership|training|education|protected|work-life|self-care|a break|a day|communication|team|morale|debrief|resilience|flexibility|a fair|notice))/i);
  else if (re.source.includes("more time|longer")) COMPLAINT_GUARDS.set(re, /\bspends?\s+(?:\w+\s+)?(?:more time|longer)\b/i);
  else if (re.source.includes("need therapy")) COMPLAINT_GUARDS.set(re, /\b(?:reason (?:why )?|why )(?:I|we|half|everyone|so many)\b/i);
  else if (re.source.includes("run like")) COMPLAINT_GUARDS.set(re, /\brun like\b/i);
  else if (re.source.includes("managed|treats?")) COMPLAINT_GUARDS.set(re, /\b(?:runs?|ran|running|manages?|managed|treats?)\b[^.!?\n]{0,80}\blike\b/i);
  else if (re.source.includes("stitch-?up")) COMPLAINT_GUARDS.set(re, /\b(?:rigged|sham|farce|stitch-?up|popularity contest|racket|corrupt)\b/i);
  else if (re.source.includes("golden (?:boys?")) COMPLAINT_GUARDS.set(re, /\bfavou?rites\b|\bpets\b|\bgolden (?:boy|girl|child)/i);
  else if (re.source.includes("not a single person")) COMPLAINT_GUARDS.set(re, /\b(?:nobody|no one|no-one|not one|not a single|none of them)\b/i);
  else if (re.source.includes("équipe de gestion")) COMPLAINT_GUARDS.set(re, /\bpersonne\b/i);
  // cheap word tests for older patterns whose unicode or case-insensitive scans cost the most
  else if (re.source.includes("guess (?:which")) COMPLAINT_GUARDS.set(re, /\bguess\b/i);
  else if (re.source.includes("love that for us")) COMPLAINT_GUARDS.set(re, /🙄|🤡|😒|😑|\/s\b|\b(?:visionary|inspired|stellar|inspiring)\b|\blove that for us\b/iu);
  else if (re.source.includes("Nurse Ratched")) COMPLAINT_GUARDS.set(re, /\b(?:tears|cry|Ratched)\b/i);
  else if (re.source.includes("chouchous")) COMPLAINT_GUARDS.set(re, /truqu|farce|mascarade|concours de popularit|arrang|comme une?\s|chouchou|préféré|favori|protégés|aucune (?:\S+\s+)?idée|moindre idée|zéro idée/i);
  else if (re.source.includes("apparently,?")) COMPLAINT_GUARDS.set(re, /\bbecause,?\s+apparently\b/i);
  else if (re.source.includes("who\\s+(?:(?:audibly")) COMPLAINT_GUARDS.set(re, /\bwho\s+(?:\w+\s+)?(?:sighs?|huffs?|groans?|tuts?|scoffs?|rolls|snaps?|glares?|smirks?|laughs?)\b/i);
  else if (re.source.includes("cracks|memes")) COMPLAINT_GUARDS.set(re, /\b(?:cruel|racist|sexist|homophobic|transphobic|fatphobic|disgusting|vile|nasty|crude|offensive|degrading|demeaning|inappropriate|mocking|awful|horrible|sick)\s+(?:jokes|comments|remarks|cracks|memes)\b|\bthe way\b[^.!?\n]{0,60}?\b(?:talks?|speaks?|treats?|jokes?|refers?|laughs?)\b/i);
  else if (re.source.includes("inhalothérapeutes")) COMPLAINT_GUARDS.set(re, /(?:^|[^\p{L}])(?:est|sont|était|étaient)(?![\p{L}])/u);
}
/** The newer French pattern needs French text, which carries accented letters ("évaluations", "gère", "idée"). */
const FRENCH_ONLY = new Set(COMPLAINTS.filter((re) => re.source.includes("chouchous")));
const ACCENTED = /[àâçéèêëîïôûùü]|chouchou|favoris/i;
const PATIENT_CUE = /\b(?:patients?|pts?|Mr|Mrs|Ms|Miss|bed|bay|admitted|admission|discharged?|diagnos\w*|meds|medications?|inhalers?|insulin|symptoms?|exercises|physio|follow-up|appointments?|her (?:son|daughter|husband|family)|his (?:son|daughter|wife|family)|years? old|y\/?o)\b/i;

/** "Half of them can't read an ECG": mockery of a group of colleagues named in the same paragraph. */
const HALF_OF_THEM = /\b(?:half|most|all|none|some|a lot|loads|lots|many|two|three|four|both) of them\s+(?:(?:just|still|honestly|literally|genuinely|even)\s+)?(?:can(?:'|’)?t|cannot|can barely|can hardly|couldn(?:'|’)?t|could barely|don(?:'|’)?t|do not|didn(?:'|’)?t|barely|have no idea|haven(?:'|’)?t (?:got )?a clue|have never)\s+(?:even\s+)?(?:understand|read|speak|write|know (?:how to|what (?:a|an|the)|the difference|which end)|use|do|tell|spell|hold|find|work|operate|follow|cannulate|interpret|white-balance|focus|count|pronounce|explain)\b(?![^.!?\n]*\byet\b)/gi;
const COLLEAGUE_GROUP = /\b(?:locums?|agency (?:staff|nurses|workers|locums|photographers)|new (?:starters|trainees|grads|graduates|hires|interns|residents|F1s|FY1s|nurses|regs)|trainees|interns|residents|registrars|regs|juniors|F1s|FY1s|SHOs|nurses|HCAs|techs|technicians|photographers|radiographers|physios|pharmacists|med students|medical students|colleagues|co-?workers|staff|consultants|attendings|externes|résidents|infirmières)\b/i;
const PATIENT_SUBJECT = /\b(?:patients|clients|families|parents|relatives|carers|service users)\s+(?:(?:often|usually|always|never|just|all|still|really)\s+)?(?:are|were|who|that|don(?:'|’)?t|do not|didn(?:'|’)?t|can(?:'|’)?t|cannot|kept|keep|find|found|told|tell|say|said|ask|asked|struggle|have|had|speak|come|came|arrive)\b|\b(?:our|my|the|many of (?:our|my|the)|most of (?:our|my|the)) patients\b/i;

/** Someone applying to or ranking the author's programme. */
const APPLICANT = /\b(?:if (?:you(?:'re|’re| are)|anyone(?:'s|’s| is)|u r|ur|you(?:'re|’re| are) (?:even )?(?:thinking|considering))|(?:are you|anyone|thinking|considering|planning)|for (?:anyone|those|all of you|everyone))\s+(?:[\w'’-]+\s+){0,3}?(?:applying|apply|interviewing|ranking|rank|matching|looking at)\s+(?:to|at|for|with|into)?\s*(?:this|our|my|the|that)\s+(?:[\w'’&-]+\s+){0,3}?(?:program|programme|residency|hospital|trust|department|dept|school|unit|rotation|practice|lab|course|site|service|clinic|studio|fellowship)\b/gi;
const APPLICANT_FR = /(?<![\p{L}])si\s+(?:vous|tu)\s+(?:(?:pensez|penses|songez|songes)\s+à\s+)?(?:appliquez|appliques|appliquer|postulez|postules|postuler|classez|classes|classer)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:dans|à|au|en|pour)\s+(?:ce|cette|notre|mon|ma|le|la)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:programme|résidence|hôpital|département|service|faculté|stage)(?![\p{L}])/giu;
const APPLICANT_HINT = /\b(?:applying|apply|interviewing|ranking|rank|matching|appliquez|appliques|appliquer|postulez|postules|postuler|classez|classes|classer)\b/i;
/** The warning that follows: "Ask twice.", "Don't.", "think twice", "look elsewhere". */
const APPLICANT_WARN = /\b(?:ask(?: it| them)? twice|think twice|run(?:\s+(?:away|far|now|while you can|for the hills))?\s*[.!]|steer clear|look elsewhere|you(?:'ve|’ve| have) been warned|be warned|beware\s*[.!]|save yourself|reconsider\s*[.!]|rank (?:it|us|them|this)\s+(?:low|last|at the bottom)|(?:don(?:'|’)?t|do not) rank (?:it|us|them|this)|(?:don(?:'|’)?t|do not)(?:\s+do it)?\s*[.!]|avoid (?:it|this|us|them)(?:\s+like the plague)?\s*[.!,]|you(?:'ll|’ll| will) regret it|fuyez|fuis|courez|(?:réfléchissez|réfléchis|pensez|pense)(?:-y)? (?:à )?deux fois|vous (?:êtes|voilà) averti\w*|t['’]es averti\w*|bonne chance\s*[.!]\s*(?:\S+\s*)?(?:🙃|🙄|😬|💀)|(?:ne le faites pas|ne fais pas ça))/i;
/** An open letter to a colleague by role: "To the photographer who …:", "And to whoever keeps …:". */
const OPEN_LETTER = new RegExp(String.raw`(?:^|[.!?]\s+|\n)[\s>*_\d.)-]*(?:(?:and|also|oh,? and|p\.?s\.?:?)\s*,?\s*)?(?:to|dear|a (?:message|note) to|note to|memo to)\s+(?:(?:the|my|our|that|this|one)\s+(?:[\w'’-]+\s+){0,2}?(?:${ROLE}|photographers?|colleagues?|co-?workers?|radiographers?|techs?|technicians?|receptionists?|porters?|midwi(?:fe|ves)|HCAs?|paramedics?|sonographers?|illustrators?|designers?|editors?|scientists?|locums?|agency nurses?|team ?mates?|person (?:on|in|from) (?:the|my|our) (?:team|ward|unit|studio|lab|rota|shift))|whoever)\s+(?:who\s+|that\s+)?([^:\n]{3,140}?)\s*[:—–]\s*([^\n]{0,200})`, "gi");
const OPEN_LETTER_HINT = /(?:^|[.!?\n]\s*|[\s>*_\d.)-])(?:to|dear|note to|memo to)\s+(?:(?:the|my|our|that|this|one)\s+(?:[\w'’-]+\s+){0,3}?(?:who|that)|whoever)\b/i;
/** What the addressed colleague did: "keeps 'borrowing'", "hid the obs machine again". */
const LETTER_GRIEVANCE = /\b(?:(?:keeps?|kept|keep on)\s+(?:on\s+)?(?:stealing|taking|nicking|pinching|borrowing|hiding|moving|leaving|ignoring|parking|using|eating|drinking|booking|double-booking|cancell?ing|touching|messing|unplugging|resetting|deleting|talking over|interrupting|skipping|dumping|swapping|changing)|stole|steals|nicked|nicks|pinched|hid|hides|ignored|ignores|rolled (?:his|her|their) eyes|snapped at|yelled at|shouted at|talked over|talks over|blamed|blames|deleted|double-?booked|parked (?:in|across|over)|left (?:me|us) (?:with|to)|(?:never|didn(?:'|’)?t|doesn(?:'|’)?t|won(?:'|’)?t) (?:bother|help|answer|reply|clean|wash|restock|refill|return|put back|tell|hand ?over|label|log)|again)\b|["“‘][^"”’]{1,25}["”’]/i;
/** A dig at the addressee: "everyone in the team knows what you're like", "we all know it's you". */
const LETTER_DIG = /\b(?:(?:every(?:one|body)|we all|the whole (?:team|ward|department|unit|studio|office|floor)|all of us)\b[^.!?\n]{0,30}\b(?:knows?|sees?|saw|know who)|you know who you are|(?:we|I)(?: all)? know (?:it(?:'s|’s| is| was) you|who you are|what you(?:'re|’re| are| did))|shame on you|do better|grow up|get a grip|karma|not cool|be ashamed|I see you|we see you|stop it|cut it out)\b/i;
/** Gratitude or praise: "To the nurse who held my hand: thank you". */
const LETTER_THANKS = /\b(?:thank|thanks|thx|grateful|gratitude|appreciate\w*|star|legend|hero|angel|amazing|brilliant|incredible|inspiring|wonderful|fantastic|kind|kindness|made my day|never forget|proud of you|well done|congrat\w*|love you|you rock|merci|owe (?:you|ya)|drinks? (?:are |is )?on me|coffee(?:'s|’s| is)? on me|first round)\b|[❤💛💙💜🙏]/iu;

const REBUTTAL = /^\s*(?:No\b|Nope\b|Not (?:at all|really|true|so)\b|Absolutely not\b|Far from it\b|Non\b|Pas (?:du tout|vraiment)\b|Au contraire\b)/;

/** Whistleblowing: a concern raised publicly, typically after (or instead of) the formal route. */
const RAISED = /\b(?:(?:I|we)(?:'ve|’ve| have)? (?:raised|reported|flagged|escalated|complained about|emailed|told (?:them|management|my manager|the (?:manager|department|hospital|trust|program|programme)))\s+(?:this|it|that|concerns?|the (?:issue|problem|concern|concerns)|my concerns?|(?:them|management) (?:about|that))\b|(?:raised|reported|flagged|escalated) (?:this|it|the (?:issue|problem|concern)s?) (?:internally|to management|to (?:the|our) (?:manager|department|hospital|trust|program|programme|director))|nothing (?:has )?(?:happened|changed|has been done)|(?:management|they|the hospital|the trust|the department|the program(?:me)?|admin) (?:keeps?|kept|won't|refuses?|refused|ignored|ignores|did nothing|does nothing|told us|tells us)|incident reports?|through every channel|every (?:channel|avenue)|leave it with management|been told to|filed (?:\w+ )?(?:incident reports?|complaints?|reports?|grievances?|Datix(?:es)?)|nobody (?:answered|replied|responded|got back|did anything|listened)|no one (?:answered|replied|responded|got back|did anything|listened)|(?:never|didn't|did not) (?:heard|hear) back|internal (?:route|process|channels?) (?:failed|went nowhere)|(?:I|we) (?:reported|raised|flagged|escalated) (?:this|it|the \w+|concerns?|my concerns?) (?:to|with) (?:my|our|the) (?:manager|supervisor|department|lead|director|hospital|trust|program|programme|HR|board|dean|head))/i;
/** First-person reporting that went nowhere: the narrative of a public whistleblowing post. */
const NARRATIVE_RAISED_WITH = /\b(?:I|we)(?:'ve|’ve| have)?\s+(?:(?:already|also|then|repeatedly|formally)\s+)?(?:raised|reported|flagged|escalated|mentioned|brought up) (?:it|this|that|the (?:issue|problem|concern)|(?:my )?concerns?) (?:with|to) (?:him|her|them)\b/i;
/** Posting publicly because the formal route failed: "so I'm putting it on here instead, since that's the only way anything gets fixed". */
const PUBLIC_INSTEAD = /\b(?:I(?:'m|’m| am)|I(?:'ll|’ll| will)|I(?:'ve|’ve| have) (?:decided|had) to)\s+(?:posting|post|putting|put|sharing|share|saying|say|writing|write|airing|air)\s+(?:it|this|that|them|all (?:of )?this|this all|everything)\b[^.!?\n]{0,30}\b(?:here|online|publicly|public|on (?:here|twitter|x|facebook|linkedin|instagram|tiktok|reddit|social media))\b[^.!?\n]{0,60}?(?:\binstead\b(?!\s+of\b)|\bonly way (?:anything|something|this|it|things|stuff) (?:gets?|will get|ever gets?|is going to get) (?:fixed|done|changed|sorted|addressed|noticed|heard|taken seriously)|\b(?:nobody|no one) (?:internally |here |at work |in management )?(?:listens|listened|will listen|cares|is listening)\b|\b(?:because|since|as) (?:nobody|no one|management|they|the (?:trust|hospital|department|board)) (?:won(?:'|’)?t|will not|wouldn(?:'|’)?t|refuses? to|never) (?:listen|act|do anything)\b)/i;
const NARRATIVE_RAISED = /\b(?:I|we)(?:'ve|’ve| have)?\s+(?:(?:already|also|then|repeatedly|formally)\s+)?(?:raised|reported|flagged|escalated|filed|submitted|emailed|e-mailed|wrote to|complained to|went to)\b[^.!?\n]{0,80}\b(?:manager|supervisor|department|lead|director|hospital|trust|program|programme|HR|board|dean|head|management|incident reports?|Datix|complaints?|grievances?|concerns?|safety team|union|regulator|CQC|ombudsman)\b/i;
const NARRATIVE_FAILED = /\b(?:nothing (?:has )?(?:happened|changed|was done|has been done|came of it)|nobody (?:answered|replied|responded|got back|did anything|listened|cared)|no one (?:answered|replied|responded|got back|did anything|listened|cared)|(?:no|zero) (?:response|reply|answer|action)|(?:never|didn't|did not) (?:hear|heard) back|ignored|brushed (?:off|aside)|swept under the (?:rug|carpet)|buried|went nowhere|the internal (?:route|process) failed|told (?:me|us) to ["“'‘]?(?:drop it|keep quiet|stop|shut up|calm down|let it go|leave it|wind my neck in|not make a fuss)|(?:has|have|had) done (?:absolutely |precisely |literally )?nothing|did (?:absolutely |precisely |literally )?nothing)\b/i;
const PUBLIC = /\b(?:for (?:everyone|everybody|the world|all of you) to see|(?:I(?:'m|’m| am)|I(?:'ll|’ll| will)) (?:posting|post|sharing|share|putting|put)\b[^.!?\n]{0,30}\b(?:here|online|publicly)|(?:here it is|saying it|posting (?:it|this)|putting (?:it|this) out|sharing (?:it|this)) (?:publicly|in public|here|on (?:here|social media|twitter|facebook|instagram|linkedin))|going public|go public|public pressure|publicly\b|name and shame|share this|spread the word|retweet|RT if|tag (?:your|the) (?:MP|hospital|trust|minister)|raise (?:concerns|them|this) on social media|on social media|journalists?|reporters?|the press|(?:a |the |local |national )?(?:newspapers?|papers|media|news desk|BBC|Guardian|Times)|my DMs are open|DMs (?:are )?open|(?:I|we)(?:'ve| have|’ve)? (?:still )?(?:got |have |kept )(?:the|a copy of the|copies of the|all the) (?:memo|memos|emails?|documents?|receipts|recordings?|evidence|paperwork|minutes|screenshots)|please (?:share|RT|retweet|boost)|share widely|signal boost|boost this|(?:I(?:'m|’m| am)) posting (?:this |it )?(?:here|publicly|online)|the internal (?:route|process|channels?) (?:failed|went nowhere|didn't work|did not work))\b/i;
/** Preferring a public post to the formal route just named: "thinking of writing to the Collège…, but I'd rather just post everything here". */
const RATHER_POST = /\b(?:I(?:'d|’d| would)|we(?:'d|’d| would))\s+(?:much\s+|honestly\s+|frankly\s+)?rather\s+(?:just\s+)?(?:post|put|share|air|tweet|write|dump|spill|lay out)\s+(?:it|this|that|them|everything|all of (?:it|this|that)|it all|the (?:whole )?(?:thing|story|lot))\b(?:\s+(?:all|out))?\s+(?:here|online|publicly|on (?:here|twitter|x|facebook|linkedin|instagram|tiktok|reddit|social media))\b/i;
const FORMAL_ROUTE = /\b(?:writ(?:e|ing) to|complain(?:t|ts|ing)?(?: to| with)?|fil(?:e|ing) (?:a |an )?(?:formal )?(?:complaint|grievance|report)|report(?:ing)? (?:it |this |them )?to|go(?:ing|ne)? (?:to|through)|contact(?:ing)?)\b[^.!?\n]{0,40}?\b(?:Coll[eè]ge|Ordre|regulator|union|HR|ombudsman|GMC|NMC|HCPC|AHPRA|CMQ|CPSO|FMRQ|board|dean|council|Datix|grievance|guardian|program(?:me)?|residency|management|complaint|ethics)\b/i;
/** Threatening to name the employer publicly: "I'm naming the trust in the next issue if nothing changes". */
const NAMING_THREAT = /\bI(?:'m|’m| am|'ll|’ll| will)(?: going to| gonna)?\s+(?:be\s+)?nam(?:e|ing)\s+(?:and shaming\s+)?(?:the|my|our|this)\s+(?:[\w-]+\s+)?(?:trust|hospital|department|dept|clinic|practice|program(?:me)?|university|school|employer|company|health board|board|unit|ward|manager|managers|service|lab)\b[^.!?\n]{0,60}\b(?:if (?:nothing|things don(?:'|’)?t|they don(?:'|’)?t|this isn(?:'|’)?t|it isn(?:'|’)?t|no one|nobody)|unless)\b/i;
/** Owning up to skipping the formal route, defiantly: "I should have gone to the union. Maybe. But I'm tired of being polite." */
const SHOULD_HAVE_GONE = /\bshould(?:'ve|’ve| have)\s+(?:gone|gone through|gone to|used|taken (?:it|this)|raised (?:it|this)|reported (?:it|this)|escalated (?:it|this))\s+(?:to\s+|through\s+|with\s+)?(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:union|regulator|HR|ombudsman|guardian|proper channels?|formal (?:process|route|channels?)|official channels?|chain of command|management|manager|board|dean|college|council|Ordre|GMC|NMC)\b/i;
const DEFIANT = /\b[Bb]ut\b[^.!?\n]{0,30}?\b(?:(?:I(?:'m|’m| am)|we(?:'re|’re| are))\s+(?:so\s+)?(?:tired of|done (?:with|being)|sick of|fed up|finished with|not (?:staying|being|going to be) (?:quiet|silent|polite))|enough is enough|here we are|I(?:'m|’m| am) (?:posting|writing|saying|going public))/;
const PUBLIC_STRONG = /\b(?:going public with|public pressure (?:will|might|is the only)|name and shame|nobody (?:internally )?(?:listens|listened|will listen),? so (?:here|I'm posting|I’m posting))\b/i;
/** A concern that was resolved through the proper route: "they fixed it within a week; posting so others know the process works". */
const RESOLVED = /\b(?:fixed|sorted|resolved|addressed|handled|acted on|took it seriously|process works|listened)\b/i;
const GUIDANCE = /\b(?:policy|policies|journal club|reading list|seminar|follow the formal process|escalate to|not (?:to |on )?(?:Twitter|X|social media|Facebook|Instagram|TikTok|the press)|use the formal process|through the (?:formal|established|proper) (?:process|channels?)|do not|don't|never|should not|shouldn't|rather than (?:posting|publicly)|instead of (?:posting|publicly))\b/i;

export default defineRule({
  id: "conduct.colleague",
  title: "Complaints about colleagues or the programme, and whistleblowing online",
  description:
    "Flags public complaints about, or mockery of, colleagues, supervisors, managers or the training programme (\"our manager is completely useless\", \"the program sees residents as cheap labour\", \"Dr X humiliated me on rounds\"), and raising a concern on social media instead of through the formal process. Policies ask you to treat colleagues with respect, not to publicise frustrations, and to raise concerns, including whistleblowing, through the proper channels, which also protect you.",
  severity: "warning",
  sources: ["quebec-postgraduate:I.6", "imi:3"],
  fixes: [],
  scope: "block",
  examples: [
    { bad: "Our department manager is completely useless.", good: "Our department has a new manager starting next month." },
    { bad: "I've raised this internally twice and nothing has happened, so here it is publicly: consent forms are signed after the photos are taken.", good: "If you have a concern about consent practice, raise it with your manager or through your organisation's freedom-to-speak-up process." },
  ],
  check(ctx) {
    const block = ctx.block!;
    const text = block.text;
    const sentences = blockSentences(block);
    const hits: { span: RelSpan; whistle: boolean }[] = [];
    const add = (span: RelSpan, whistle: boolean) => {
      if (!hits.some((h) => h.span.start === span.start || (h.whistle && span.start < h.span.end && h.span.start < span.end))) hits.push({ span, whistle });
    };

    // whistleblowing: public + raised in the same block, a strong public phrase, or a first-person
    // account of a concern that went nowhere; reported over the whole paragraph (the narrative)
    const failed = /\b(?:nothing|nobody|no one|ignored|ignores|didn't|did not|refused|won't|never|failed)\b/i.test(text);
    const resolved = RESOLVED.test(text) && !failed;
    let whistle = (NARRATIVE_RAISED.test(text) || NARRATIVE_RAISED_WITH.test(text)) && NARRATIVE_FAILED.test(text) && !resolved && !GUIDANCE.test(text);
    for (const s of whistle ? [] : sentences) {
      const sent = text.slice(s.start, s.end);
      if (GUIDANCE.test(sent) && !/\bI\b/.test(sent)) continue;
      if (PUBLIC_STRONG.test(sent) || PUBLIC_INSTEAD.test(sent) || (PUBLIC.test(sent) && RAISED.test(text) && !resolved)) { whistle = true; break; }
    }
    if (!whistle && !resolved && ((/\brather\b/.test(text) && RATHER_POST.test(text) && FORMAL_ROUTE.test(text)) || (/\bnam(?:e|ing)\b/.test(text) && NAMING_THREAT.test(text)) || (SHOULD_HAVE_GONE.test(text) && DEFIANT.test(text)))) whistle = true;
    if (whistle) {
      const start = text.search(/\S/);
      add({ start: Math.max(0, start), end: text.trimEnd().length }, true);
    }

    const accented = ACCENTED.test(text);
    for (const re of COMPLAINTS) {
      if (!accented && FRENCH_ONLY.has(re)) continue;
      const guard = COMPLAINT_GUARDS.get(re);
      if (guard && !guard.test(text)) continue;
      for (const m of execAll(re, text)) {
        // "kept asking the nurse for more morphine, and swore at my assistant": the nurse is asked, someone else swore
        if (re === COMPLAINTS[0] && OBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        if (re === NAMED && PATIENT_CUE.test(text)) continue;
        // a quoted bad example in training notes ("→ a complaint about a colleague") is a mention, not a complaint
        if (inExampleQuote(text, m.index, m.index + m[0].length)) continue;
        const s = sentenceAt(sentences, m.index, text.length);
        add(s, false);
      }
    }

    if (/\b(?:leadership|management|mentor|teaching|supervision|support|organi|planning|communication|professionalism|scheduling|pastoral|wellness)/i.test(text)) {
      for (const m of execAll(SARCASTIC_VERDICT, text)) {
        const before = text.slice(0, m.index);
        TARGET_RE.lastIndex = 0;
        if (LET_DOWN.test(before) && !PRAISED.test(before) && TARGET_RE.test(before)) add(sentenceAt(sentences, m.index + m[0].search(/\S/), text.length), false);
      }
    }
    // warning applicants off the programme: "If you're applying to this program: ask about the call schedule. Ask twice."
    if (APPLICANT_HINT.test(text)) {
      for (const re of [APPLICANT, APPLICANT_FR]) for (const m of execAll(re, text)) {
        const from = m.index + m[0].length;
        const w = APPLICANT_WARN.exec(text.slice(from, from + 160));
        if (!w || inExampleQuote(text, m.index, from)) continue;
        const a = sentenceAt(sentences, m.index, text.length), b = sentenceAt(sentences, from + w.index, text.length);
        add({ start: a.start, end: Math.max(a.end, b.end) }, false);
      }
    }
    // an open letter to an unnamed colleague: "To the photographer who keeps 'borrowing' my slot: everyone knows what you're like."
    if (/[:—–]/.test(text) && OPEN_LETTER_HINT.test(text)) {
      for (const m of execAll(OPEN_LETTER, text)) {
        const who = m[1] ?? "", rest = m[2] ?? "";
        if (!(LETTER_GRIEVANCE.test(who) || LETTER_DIG.test(rest)) || LETTER_THANKS.test(rest) || LETTER_THANKS.test(who)) continue;
        const start = m.index + Math.max(0, m[0].search(/\b(?:and|also|oh|p\.?s|to|dear|a (?:message|note)|note|memo)\b/i));
        const colon = m.index + m[0].length - rest.length;
        const end = sentenceAt(sentences, Math.min(text.length - 1, colon + Math.max(0, rest.search(/\S/))), text.length).end;
        add({ start, end: Math.max(end, colon) }, false);
      }
    }
    if (COLLEAGUE_GROUP.test(text) && !PATIENT_SUBJECT.test(text)) {
      for (const m of execAll(HALF_OF_THEM, text)) add(sentenceAt(sentences, m.index, text.length), false);
    }

    // threats or bullying aimed at a third person in a colleague context ("If she touches my setup again, she'll regret it")
    for (const s of harassmentSentences(block)) {
      if (s.sexual) continue;
      const sent = text.slice(s.start, s.end);
      TARGET_RE.lastIndex = 0;
      if ((/\b(?:she|he|her|him|hers|his)\b/i.test(sent) || TARGET_RE.test(sent)) && !/\b(?:you|your|ur)\b/i.test(sent)) add(s, false);
      // a threat addressed to a colleague: "Dear Karen from imaging: …", "… and everyone in the hospital will know"
      else if (COLLEAGUE_ADDRESS.test(text) || WORKPLACE_AUDIENCE.test(sent) || WORKPLACE_EVENT.test(sent)) add(s, false);
    }

    // a rhetorical question answered straight away is not a complaint: "Dr X is rude? No, she's direct."
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i]!;
      if (!h.whistle && /\?\s*$/.test(text.slice(h.span.start, h.span.end)) && REBUTTAL.test(text.slice(h.span.end, h.span.end + 24))) hits.splice(i, 1);
    }
    hits.sort((a, b) => a.span.start - b.span.start);
    for (const h of hits) {
      ctx.report({
        start: block.start + h.span.start,
        end: block.start + h.span.end,
        message: h.whistle
          ? "This raises a concern publicly on social media; use your institution's formal reporting or whistleblowing process instead, which also protects you."
          : "This complains about or belittles colleagues, supervisors or your programme in public; raise it with them or through the formal process instead.",
      });
    }
  },
});
