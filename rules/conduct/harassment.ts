/**
 * conduct.harassment: threats, intimidation, bullying, violent or sexually harassing language
 * aimed at people. Patterns need a person as the target ("you", "him", "her", "she'll regret"),
 * so "I'm going to kill this exam" or "I could murder a coffee" are not flagged.
 */
import { defineRule } from "../../shared/src/rule.js";
import type { Block } from "../../shared/src/document.js";
import { blockSentences, sentenceAt, type RelSpan, inExampleQuote } from "./match.js";
import { allMatches } from "../../shared/src/text.js";

const TARGET = "(?:you|u|ya|him|her|them|that (?:guy|man|woman|girl|idiot|moron|prick|bitch|bastard|asshole|nurse|resident|intern|consultant|attending|registrar|manager|troll|person)|this (?:guy|idiot|troll|person)|some(?:one|body)|the next (?:person|one)|every(?:one|body)|my (?:co-?worker|colleague|roommate|resident|attending|consultant|registrar|intern|manager|boss|supervisor|preceptor|classmate|ex))";
const HARM_VERB = "(?:kill|murder|punch|hit|slap|beat(?: up)?|beat the (?:shit|crap|hell) out of|stab|shoot|strangle|choke|throttle|smack|deck|knock (?:out|the teeth out of)|hurt|end|destroy|ruin|wreck|bury|run over|break (?:your|his|her|their) (?:neck|legs?|arms?|face|nose)|smash (?:your|his|her|their) face)";
const WILL = "(?:I(?:'ll|’ll| will| am going to|'m going to|’m going to|'m gonna|’m gonna| wanna| want to| could| swear I(?:'ll|’ll| will))|(?:we|someone|somebody) (?:will|should|'ll|’ll|needs to|ought to))";

export const PATTERNS: RegExp[] = [
  // blind 9: violence against a person's body, said by the author: "I'll break every one of her fingers", "I'm going to snap his wrists"
  new RegExp(String.raw`\b${WILL}\s+(?:(?:literally|actually|honestly|seriously|fucking|just|personally|physically|probably|happily|gladly)\s+)*(?:break|snap|smash|crush|shatter|rip|tear|chop|knock|kick|punch|bash|cave|stamp on|stomp on|wring|gouge|slam)\s+(?:(?:every (?:single )?one|each|all|both|every last one|one|each and every one) of\s+)?(?:your|ur|his|her|their|(?:that|this) (?:guy|woman|girl|man|idiot|prick|bitch)(?:'s|’s)|\p{Lu}\p{Ll}+(?:'s|’s))\s+(?:[\p{L}-]+\s+)?(?:fingers?|thumbs?|hands?|wrists?|arms?|legs?|knees?|kneecaps?|ankles?|necks?|jaws?|nose|ribs?|face|teeth|skulls?|spine|bones?|heads?|eyes?|throats?|toes?|elbows?)(?![\p{L}])(?!\s+(?:and|to|then)\s+(?:reset|reshape|realign|set|splint|straighten|rebuild|refracture)|\s+(?:into|in to|back into)\s+(?:shape|line|place|position|alignment))`, "giu"),
  // explicit violence against a person: "I'll punch him", "I want to strangle my registrar"
  new RegExp(`\\b${WILL}\\s+(?:(?:literally|actually|honestly|seriously|fucking|just|personally|physically|probably)\\s+)*${HARM_VERB}\\s+${TARGET}\\b(?!\\s+(?:exam|test|osce|shift|presentation|interview|game|round))`, "gi"),
  // damage to a person's property, or getting them shunned: "I swear I'll slash her tires", "make sure nobody in P3 ever talks to her again"
  /\b(?:I(?:'ll|’ll| will| am going to|'m going to|’m going to|'m gonna|’m gonna)|I swear I(?:'ll|’ll| will)|we(?:'ll|’ll| will| are going to|'re going to|’re going to|'re gonna|’re gonna))\s+(?:(?:personally|happily|gladly|just|literally|actually)\s+)?(?:slash|key|smash|egg|torch|burn|trash|scratch|vandali[sz]e|let down|puncture|spray-?paint|set fire to|wreck|bust)\s+(?:your|ur|his|her|their)\s+(?:[\w-]+\s+)?(?:tires|tyres|car|windscreen|windshield|windows?|house|flat|bike|locker|mirrors?|paintwork)\b|\bmake (?:sure|certain)\s+(?:that\s+)?(?:nobody|no one|no-one|not one person)\s+(?:(?:in|at|on|from)\s+(?:the\s+|our\s+|this\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:ever\s+)?(?:talks?|speaks?|works?|sits?|hangs? out|eats?|studies|partners?)\s+(?:to|with|near|next to)\s+(?:you|him|her|them)\s+(?:ever\s+)?again\b/gi,
  // stalking and showing up: "I will find out where you live", "I know which car is hers"
  /\b(?:I(?:'ll|’ll| will| am going to|'m going to|’m going to|'m gonna)|we(?:'ll|’ll| will))\s+(?:find (?:out )?(?:where|you|him|her)|track (?:you|him|her) down|hunt (?:you|him|her) down|come (?:for|after) (?:you|him|her)|show up at (?:your|his|her|their) (?:door|house|home|work|place|flat)|be waiting (?:for (?:you|him|her))?|post (?:your|his|her) (?:address|number|photos|pics|nudes))/gi,
  /\bI know (?:where (?:you|he|she|they) (?:live|lives|work|works|park|parks|sleep|sleeps)|which (?:car|house|flat|locker|room) is (?:yours|his|hers|theirs)|your (?:address|home address|car|schedule|number plate|kids))\b(?![^.!?\n]{0,40}\b(?:blocking|blocks|blocked|parked (?:in|across|on|over)|move it|lights? (?:are|is|were) on|left (?:your|the|his|her) lights|alarm is|boot is open|window is open))/gi,
  /\b(?:show up at|turn up at|come to) (?:your|his|her|their) (?:door|house|home|work|workplace|place|flat)\b/gi,
  // veiled threats: "snitches get stitches", "I know what car you drive", "shame if something happened to your car"
  /(?<!["“'‘]\s*)\bsnitch(?:es)? get(?:s)? stitch(?:es)?\b(?!\s*["”'’])/gi,
  /\bI know (?:what|which) (?:car|bike|motorbike|van) (?:you|he|she|they) (?:drive|drives|ride|rides|have|has|own|owns)\b|\bI know (?:what time|when|which days?) (?:you|he|she|they) (?:finish|finishes|leave|leaves|get off|gets off|clock off|clocks off|walk|walks|park|parks|are alone|is alone)\b|\bI know (?:what time|when) (?:your|his|her|their) (?:shift|rota|list|clinic|day) (?:ends|finishes|starts)\b|\bI know where (?:your|his|her|their) (?:kids|children|family|wife|husband|partner|mum|mom|parents) (?:live|lives|go|goes|work|works|are)\b/gi,
  /\b(?:would|'d|’d|it(?:'d|’d| would)) be (?:a )?(?:real |terrible |awful |such a )?(?:shame|pity) if (?:something|anything) (?:happened|were to happen|was to happen) to (?:your|his|her|their|you|him|them)\b|\baccidents happen\b(?=[^.!?\n]{0,40}\b(?:car park|parking|in the dark|to people who|to snitches|to whoever|if you)\b)/gi,
  // "you'll regret it", "I'll make sure she regrets it", "watch your back", "you've been warned"
  /\b(?:you(?:'ll|’ll| will)|(?:he|she|they)(?:'ll|’ll| will)) (?:regret (?:it|this|that|the day)|pay for (?:this|that|it)|be sorry)\b/gi,
  /\b(?:make|making) (?:sure|certain) (?:you|he|she|they|him|her|them) (?:regrets?|pays?|never (?:works?|gets?|forgets?)|suffers?|(?:is|are) sorry)\b/gi,
  /\bmake (?:your|his|her|their) life (?:a )?(?:hell|miserable|a misery|a living hell)\b/gi,
  /\b(?:watch your back|you(?:'ve|’ve| have)? been warned|consider (?:this|yourself) warned|or else(?=\s*(?:[.!…]|$)))|\bI(?:'ll|’ll| will| am going to|'m going to|’m going to|'m gonna|’m gonna)\s+(?:make sure I\s+)?(?:(?:end|ruin|destroy) (?:your|his|her|their) (?:career|life|reputation)|get (?:you|him|her|them) (?:fired|sacked|struck off|kicked out))/gi,
  // indirect intimidation: "keep talking about me and see what happens", "some people should watch their backs",
  // "whoever reported me had better hope I never find out"
  /\b(?:keep (?:talking|posting|messaging|tagging|ignoring|reporting|it up|pushing|running|complaining|snitching|telling|crying)|do (?:that|it) (?:again|one more time)|say (?:that|it) (?:again|to my face)|try me|touch (?:my|his|her) \w+ again)\b[^.!?\n]{0,60}\b(?:and|or) (?:see|find out) what happens\b|\b(?:try|dare)\s+(?:\w+\s+){0,2}?(?:me|my)\b[^.!?\n]{0,30}?\b(?:and|or) (?:see|find out) what happens\b/gi,
  /\b(?:better|should|need to|needs to|had better|'d better|’d better|gonna have to|ought to)\s+watch (?:your|their|his|her|yer) (?:backs?|step|mouths?)\b/gi,
  /\b(?:had|'d|’d) better (?:hope|pray)\b[^.!?\n]{0,40}\b(?:I|we) (?:never|don't|do not) (?:find out|catch|see)\b|\bsleep with one eye open\b|\b(?:when|once|if) I find out who\b[^.!?\n]{0,60}\b(?:(?:they|he|she)(?:'re|’re| are| is|'s|’s) (?:dead|done|finished)|regret|be sorry|pay|end (?:them|him|her))\b|\b(?:won't|will not|wont) know what hit (?:them|him|her|you)\b|\bthere will be consequences for (?:whoever|them|him|her|you)\b/gi,
  // threats to someone's job or evaluation: "I'll make sure your next appraisal is a bloodbath", "I'll tank your evaluation"
  /\b(?:I(?:'ll|’ll| will| am going to|'m going to|’m going to|'m gonna|’m gonna)|I swear I(?:'ll|’ll| will))\s+(?:(?:personally|happily|gladly|just)\s+)?(?:(?:make sure|make certain|see to it)\s+(?:that\s+)?(?:your|ur|his|her|their)\s+(?:next\s+|final\s+|annual\s+|end-of-[\w-]+\s+)?(?:[\w-]+\s+){0,2}?(?:appraisals?|evaluations?|evals?|reviews?|references?|assessments?|ARCP|sign-?offs?|ratings?|reports?|probation|portfolio|MSF|feedback)\s+(?:is|are|will be|(?:'s|’s|is|are) going to be|goes|go|reads?)\s+(?:(?:an?|the)\s+)?(?:absolute\s+|total\s+|complete\s+|real\s+|fucking\s+|bloody\s+)?(?:bloodbath|disaster|nightmare|hell|massacre|car crash|trainwreck|train wreck|brutal|savage|damning|very short|ugly|your last)|(?:tank|trash|wreck|sink|torpedo|nuke|bury|shred)\s+(?:your|ur|his|her|their)\s+(?:next\s+|final\s+)?(?:[\w-]+\s+)?(?:appraisals?|evaluations?|evals?|reviews?|references?|assessments?|ARCP|sign-?offs?|ratings?|probation|contract|application|rotation|placement|portfolio|chances|match|career))\b/gi,
  /\b(?:again|one more time|keep it up|keep (?:doing|ignoring|talking|that up|this up))\b[^.!?\n]{0,40}?\b(?:and|or)\s+(?:your|ur)\s+(?:next\s+|final\s+|end-of-[\w-]+\s+)?(?:[\w-]+\s+){0,2}?(?:appraisal|evaluation|eval|review|reference|assessment|ARCP|sign-?off|rating|report|probation|contract|career|job|placement|rotation)\s+(?:is|will be|(?:'s|’s|is) going to be|(?:'s|’s|is) gonna be)\s+(?:(?:an?|the)\s+)?(?:absolute\s+|total\s+|complete\s+)?(?:bloodbath|disaster|nightmare|hell|massacre|over|finished|toast|history|brutal)\b/gi,
  // name-calling aimed at the reader: "…, you spineless little weasel", "You pathetic little rat."
  /\byou(?<=(?:[,—–…:]|^|[.!?])\s*you)\s+(?:(?:absolute|complete|total|utter|fucking|bloody|fat)\s+)?(?:spineless|pathetic|useless|worthless|miserable|disgusting|snivell?ing|slimy|gutless|brainless|two-faced|backstabbing|back-stabbing|lying|sneaky|sad|stupid|dumb|fat|ugly|dirty|filthy|jumped-up|smug|incompetent|vile)\s+(?:(?:little|old|fat|ugly|stupid)\s+)?(?:weasel|rat|worm|snake|cockroach|maggot|toad|slug|leech|parasite|scumbag|scum|creep|coward|loser|idiot|moron|cretin|imbecile|waste of (?:space|oxygen)|piece of (?:shit|garbage|trash|work)|prick|twat|bitch|bastard|cow|pig|nobody|nonentity|excuse for a [\w-]+)\b|\byou(?<=(?:[,—–]|^|[.!?])\s*you)\s+(?:little\s+)?(?:weasel|cockroach|maggot|scumbag|parasite|leech)\b/gim,
  // wishing harm, suicide-baiting
  /\b(?:kill yourself|kys|go die|hope (?:you|he|she|they) (?:die|dies|get cancer|gets cancer|rot|rots|burn|burns)|(?:you|he|she|they) (?:should|deserves? to|need to|needs to) (?:die|be shot|be beaten|be raped|rot|burn|be hanged|hang)(?=\s*(?:[.!?,;]|$|for|because|already|lol|tbh))|deserves? (?:a (?:slap|punch|beating)|to be (?:slapped|punched|shot|beaten)))\b/gi,
  // bullying and degrading insults aimed at a person
  /\b(?:you(?:'re|’re| are)|ur)\s+(?:(?:such|so|an?|absolute|total|complete|fucking|pathetic|worthless|useless|stupid|fat|ugly|disgusting)\s+)*(?:pathetic|worthless|waste of (?:space|oxygen)|disgrace|joke|loser|piece of (?:shit|garbage|trash|work)|subhuman|vermin|fat (?:pig|cow|slob)|ugly (?:cow|pig|bitch))\b/gi,
  /\b(?:nobody|no one|everyone|everybody) (?:likes|wants|hates|laughs at) you\b|\b(?:shut (?:the fuck |the hell )?up|get lost|crawl back under your rock),? (?:you|u)\b/gi,
  // sexual harassment: comments on someone's body, propositions, requests for images
  /\byou(?:'d|’d| would)\s+look\s+(?:(?:so|much|way|a lot|even)\s+)*(?:better|hotter|sexier|good|great|nice)\s+(?:without (?:it|that|the|your|any|those|clothes)|naked|in (?:a bikini|lingerie|nothing|my bed))/gi,
  /\b(?:send (?:me )?(?:nudes|pics of (?:you|yourself)|a pic of (?:you|yourself) in)|show (?:me )?(?:your|those) (?:tits|boobs|ass|body)|nice (?:tits|rack|ass|arse|legs|boobs)|sit on my (?:face|lap)|what (?:I|we|they|the lads|the boys)(?:'d|’d| would) do to (?:you|her|him)(?!\s+(?:help|support|make|get|fix|keep|settle|cheer|welcome))|get (?:you|her|him) (?:naked|alone|into bed|in bed)|take (?:it|that|those|your clothes|everything) off for me)\b/gi,
  /\b(?:private (?:shoot|session|photoshoot|photo shoot)|just (?:you and me|the two of us))\b[^.!?\n]{0,40}(?:😏|😉|😘|🍆|😈|\bjust (?:you and me|the two of us)\b)|\bDM me\b[^.!?\n]{0,60}\b(?:private shoot|just (?:you and me|the two of us)|if you(?:'re| are) (?:lonely|single|bored))/gi,
  // "the new reg is so hot I'd let her…", "she's so fit 🥵": attractiveness plus a sexual aside about a person
  /\b(?:she|he|the new [a-z][\w-]*|(?:the|our|that|this|my|(?:Dr\.? )?[A-Z][a-z]+(?:'s|’s)) (?:new |hot |fit )?(?:[a-z][\w-]* ){0,2}(?:nurse|reg|registrar|intern|resident|physio|consultant|attending|student|receptionist|tutor|lecturer|HCA|SHO|F1|FY1|doctor|medic|surgeon|anaesthetist|anesthesiologist|fellow|demonstrator|TA|colleague|coworker|co-worker))(?:'s|’s|\s+is|\s+looks?|\s+looked)\s+(?:so\s+|really\s+|fucking\s+|damn\s+|bloody\s+|super\s+|well\s+|hella\s+)?(?:hot|sexy|fit(?!\s+(?:for|to|and|enough))|fuckable|bangable|thicc|peng|smoking hot|a (?:total |whole |absolute )?(?:snack|smoke ?show|10|ten)|fine as (?:hell|fuck))(?![\w-])(?=[^.!?\n]{0,60}(?:\bI(?:'d|’d| would| wanna| want to| could)\b|\blet (?:her|him)\b|[😏🥵🍆🍑💦😈👅🤤]))/giu,
  // innuendo about a teacher or colleague: "she can grade my practical any time, if you know what I mean 😏"
  /\b(?:[Ss]he|[Hh]e|(?:[Tt]he|[Oo]ur|[Tt]hat|[Tt]his|[Mm]y) (?:new |hot |fit )?(?:[a-z][\w-]* ){0,2}(?:nurse|reg|registrar|intern|resident|physio|consultant|attending|student|receptionist|tutor|lecturer|TA|demonstrator|instructor|preceptor|teacher|professor|prof|examiner|doctor|fellow|supervisor|manager|boss)|[A-Z][a-z]+)\s+can\s+[\w-]+\s+(?:me|my\s+[\w-]+)\s+(?:any ?time|any day|whenever|all night)\b(?=[^.!?\n]{0,30}(?:if you know what I mean|\bwink\b|[😏😈🥵🍆💦👅🤤🍑]))/gu,
  // "I'd let her drill me anytime 😏": a sexual proposition about a colleague
  /\bI(?:'d|’d| would)\s+(?:(?:totally|so|happily|gladly|100%|def(?:initely)?)\s+)?let\s+(?:him|her|them|(?:the|that|our) (?:new )?(?:[\w-]+ )?(?:reg|registrar|intern|resident|nurse|physio|consultant|attending|tutor|lecturer|demonstrator|fellow|doctor|surgeon|TA|radiographer|dentist|medic))\s+(?:drill|ride|pound|bang|rail|smash|spank|tie (?:me )?up|bend)\s+(?:me|me over)\b(?=[^.!?\n]{0,30}(?:\b(?:any ?time|any day|all night|whenever|any night|twice)\b|[😏😈🥵🍆💦👅🤤🍑]))/giu,
  /\b(?:her|his|the new [a-z]+(?:'s|’s)|that [a-z]+(?:'s|’s)|(?:the )?(?:nurse|reg|registrar|intern|resident|physio|consultant|attending|student|receptionist|tutor|lecturer|HCA|SHO|FY1|F1|scrub nurse)(?:'s|’s))\s+(?:ass|arse|tits|boobs|rack|booty|bulge)\b/gi,
  /\b(?:(?:she|he)(?:'s|’s| is) (?:so |really |fucking )?(?:sexy|fuckable|bangable|doable)|(?:would|I'd|I’d) (?:totally |so |def(?:initely)? )?(?:bang|tap|shag) (?:her|him)|slept (?:her|his) way (?:to|up))\b|\b(?:would|I'd|I’d) (?:totally |so |def(?:initely)? )?hit that(?=\s*(?:[.!?,😏😉]|$))/gi,
  // threats to expose or dox: "make sure the whole hospital knows what you are", "everyone will know what you did",
  // "I'm sending the screenshots to your boss", "I'll expose you"
  /\b(?:make (?:sure|certain)|making sure|until|so that)\s+(?:the whole|the entire|everyone|everybody|all of|every(?:one|body) (?:at|in|on))\s*(?:[\w'’-]+\s+){0,3}?(?:knows?|sees?|finds? out|hears?|learns?)\s+(?:what|who|exactly what)\s+(?:you|he|she|they)(?:\s+(?:really\s+)?(?:are|is|did|do|does|have done|'ve done|’ve done|'re|’re|'s|’s))?\b/gi,
  /\b(?:everyone|everybody|the whole \w+|the entire \w+|all (?:of )?(?:your|his|her) \w+)\s+(?:(?:at|in|on|from) (?:the |your |this |our )?[\w-]+\s+)?(?:will|is going to|are going to|'s going to|’s going to|gonna)\s+(?:know|see|find out|hear about|learn)\s+(?:exactly\s+)?(?:what|who)\s+(?:you|he|she|they)\s+(?:really\s+)?(?:are|is|did|do|have done)\b/gi,
  /\b(?:I(?:'ll|’ll| will| am| am going to|'m going to|’m going to|'m gonna|’m gonna|'m|’m)|we(?:'ll|’ll| will|'re|’re| are))\s+(?:\w+\s+)?(?:send(?:ing)?|forward(?:ing)?|show(?:ing)?|post(?:ing)?|leak(?:ing)?|shar(?:e|ing)|publish(?:ing)?|screenshot(?:ting)?|expos(?:e|ing))\s+(?:(?:every|all|the|those|these|your|his|her|their)\s+)*(?:(?:single|last)\s+)?(?:screenshots?|messages?|texts|DMs|pics|pictures|photos|videos?|nudes|chats?|emails|receipts|them all|it all|everything)(?:\s+(?:all|too|of (?:you|him|her|them)))?(?:\s+(?:you|he|she|they)\s+(?:ever\s+)?(?:sent|wrote|posted|said|texted)(?:\s+(?:me|us))?)?\s*(?:to|with|in|on|around)\s+(?:your|his|her|their|every|the whole|everyone)\b(?=[^.!?\n]{0,40}\b(?:boss|wife|husband|partner|girlfriend|boyfriend|mum|mom|mother|dad|father|parents|family|employer|manager|supervisor|PD|director|dean|school|kids|colleagues|work|group chats?|hospital|department|ward|cohort|year|class|everyone|know)\b)|\b(?:I(?:'ll|’ll| will|'m going to|’m going to| am going to|'m gonna|’m gonna)|gonna|going to)\s+expose\s+(?:you|him|her|them|every(?:thing|one))\b|\b(?:I(?:'ll|’ll| will)|I(?:'m|’m| am) going to)\s+shar(?:e|ing)\s+(?:them|it|everything|every (?:screenshot|message|text))\s+(?:all\s+)?(?:and|then)\s+make sure\b/gi,
  /\bgood luck sleeping (?:tonight|at night|ever again)\b(?!\s*(?:with|in|through|during|after|on|because|now|this|,? ?night shift))/gi,
  // sexual remarks about a colleague's body or clothes, and wanting to see them undressed or alone
  /\b(?:dress|skirt|top|shorts|scrubs|leggings|trousers|jeans|shirt|uniform|neckline|blouse|outfit)\b[^.!?\n]{0,40}?\b(?:too|so|way too|far too|a bit too|a little too|really|very|super)\s+(?:short|tight|low|revealing|see-through|sheer|low-cut|clingy)\b[^\n]{0,40}?(?:\bnot that (?:I|we)(?:'m|’m| am|'re|’re| are) complaining|\b(?:I(?:'m|’m)|we(?:'re|’re)) not complaining|\bnot complaining\b|\bno complaints\b|\blucky (?:me|us)\b|\b(?:what|nice|enjoyed the|great) view\b|\b(?:I(?:'d|’d| would)|would(?:'ve| have)?)\s+(?:have\s+)?(?:love|loved|like|liked)\s+to\s+see\b|[😏🥵🤤😍👀🍑😈])/giu,
  // "would have loved to see her without it" after a remark on her clothes
  /\b(?:dress|skirt|top|shorts|scrubs|leggings|bikini|shirt|uniform|blouse|outfit|gown|lingerie|bra)\b[^\n]{0,160}?\b(?:I(?:'d|’d| would)|would|wanna|want to|dying to)\s+(?:have\s+)?(?:(?:love|loved|like|liked|kill|killed|pay|paid)\s+to\s+)?(?:see|get|have|watch)\s+(?:her|him|them)\s+(?:without (?:it|them|that|those|anything on)|in (?:less|nothing)|out of (?:it|that|them))/giu,
  // comments on a colleague's or classmate's body: "couldn't stop staring at her chest", "has an incredible body"
  /\b(?:stare|stares|staring|stared|gawp(?:ing|ed)?|ogl(?:e|es|ing|ed)|check(?:ing|ed)? out|eyes off|perv(?:ing|ed)? on)\s+(?:at\s+)?(?:her|his)\s+(?:chest|boobs|tits|breasts|cleavage|ass|arse|bum|butt|booty|legs|thighs|crotch|bulge|body|figure|rack)\b|\b(?:she|he|the new [a-z]+|(?:the|our|that|this|my)\s+(?:new\s+)?(?:[a-z]+\s+)?(?:nurse|reg|registrar|intern|resident|physio|consultant|attending|student|receptionist|tutor|lecturer|HCA|SHO|F1|FY1|doctor|medic|surgeon|pharmacist|radiographer|midwife|paramedic|hygienist|dentist|vet|fellow|demonstrator|TA|colleague|coworker|co-worker|classmate))\s+(?:has|'s got|’s got|has got)\s+(?:an?\s+|such an?\s+|the (?:best|nicest|hottest)\s+)?(?:(?:incredible|amazing|unreal|insane|banging|great|hot|sexy|perfect|fit|tight|killer|juicy|massive|huge|big|nice|lovely)\s+)+(?:body|figure|rack|ass|arse|bum|butt|booty|legs|tits|boobs|chest|bod|curves|six-?pack)\b/gi,
  // rating classmates or colleagues on looks: "rating every girl in our anatomy group out of 10", "ranked the hottest nurses"
  /\b(?:rat(?:e|es|ed|ing)|rank(?:s|ed|ing)?|scor(?:e|es|ed|ing))\s+(?:every|all|each|the|our|my)\s+(?:(?:single|new|female|male|hot|fit)\s+)?(?:[\w-]+\s+){0,1}?(?:girls?|guys?|boys?|women|men|nurses?|students?|classmates?|interns?|residents?|freshers?|first[- ]years?|TAs?|doctors?|juniors?|lecturers?|tutors?|physios?|colleagues?|medics?|midwi(?:fe|ves)|chicks|lads|ladies)\b[^.!?\n]{0,60}?\b(?:out of (?:10|ten|5|five|100)|on (?:looks|hotness|a scale)|by (?:looks|hotness|how (?:hot|fit)))|\b(?:rank(?:ed|ing)?|rat(?:ed|ing)|list(?:ed)?|tier list|league table|leaderboard)\s+(?:of\s+)?(?:the\s+|our\s+|every\s+)?(?:hottest|fittest|sexiest|best[- ]looking|most (?:attractive|fuckable|doable|bangable))\s+(?:[\w-]+\s+)?(?:girls?|guys?|boys?|women|men|nurses?|students?|classmates?|interns?|residents?|doctors?|juniors?|lecturers?|tutors?|physios?|colleagues?|medics?|midwives|registrars?|consultants?|TAs?|freshers?)\b|\bsmash or pass\b[^.!?\n]{0,60}\b(?:classmates?|cohort|nurses|interns|residents|colleagues|our year|our class|the ward|the department|lecturers?|tutors?)\b/gi,
  // unwanted advances told as a boast: "kept trying to kiss her even after she said no", "grabbed her arse at the social"
  /\b(?:kept|keep|keeps|kept on|still)\s+(?:trying to|going for|asking (?:her|him) out|messaging|texting|DMing|touching|grabbing|hitting on|following|pushing)\b[^.!?\n]{0,80}?\b(?:even (?:after|though|when)|after|although|though|when|despite)\s+(?:she|he|they)\s+(?:had\s+)?(?:said no|told me (?:to stop|no|to back off|to leave (?:her|him) alone|to go away)|asked me to stop|pushed me (?:away|off)|moved away|walked off|blocked me|clearly wasn't|wasn't into it|was clearly uncomfortable)|\b(?:grabbed|groped|pinched|slapped|squeezed|touched)\s+(?:her|his)\s+(?:ass|arse|bum|butt|booty|boobs|tits|chest|breasts?|thigh|crotch)\b|\b(?:she|he)\s+said no\b[^.!?\n]{0,30}\bbut\s+(?:I|we)\s+(?:kept|didn't stop|carried on|tried again|went for it)\b/gi,
  /\b(?:I(?:'d|’d| would)|would|wanna|want to|dying to)\s+(?:(?:love|like|kill|pay|die)\s+to\s+)?(?:see|get|have|watch|catch)\s+(?:him|her|them|(?:the|that|our|my)\s+(?:new\s+|hot\s+)?(?:[\w-]+\s+){0,2}?(?:reg|registrar|intern|resident|nurse|physio|consultant|attending|student|tutor|lecturer|demonstrator|fellow|doctor|surgeon|anaesthetist|colleague|SHO|F1|FY1|TA|medic|midwife|paramedic|receptionist))\s+(?:without (?:the|his|her|those|their|any|them|that) (?:scrubs|clothes|uniform|shirt|top|coat|white coat|lab coat|gown|pants|trousers|dress|bra|underwear|boxers|skirt)|naked|undressed|out of (?:those|his|her|the|that|them) (?:scrubs|clothes|uniform|dress|gown|pants|trousers)|alone (?:in|on) (?:the|a|an|my) (?:on-?call room|call room|cold room|supply (?:closet|cupboard)|closet|cupboard|sluice|store ?room|bed|car|lift|elevator|office|linen room)|in (?:lingerie|a bikini|nothing|my bed|bed))/giu,
  // remarks on what someone wears tied to the speaker's arousal: "if you wear that top to clinic again I can't concentrate"
  /\b(?:if (?:you|u) (?:wear|wore|keep wearing|show up in|turn up in|come in)|keep wearing)\s+(?:that|those|this|these|the)\s+(?:[\w-]+\s+)?(?:top|dress|skirt|shirt|blouse|outfit|scrubs|leggings|jeans|shorts|uniform|jumpsuit|bikini|crop top|tank top)\b[^.!?\n]{0,80}?\b(?:concentrat\w*|focus\w*|keep my (?:eyes|hands)|control myself|think straight|behave myself)\b/gi,
  // a coerced or euphemistic invitation home: "the offer to 'study' at my place still stands whether you like it or not"
  /\b(?:offer|invitation|invite)\b[^.!?\n]{0,30}?\b(?:my|our) (?:place|flat|apartment|house|room|dorm|bed|car)\b[^.!?\n]{0,40}?\b(?:whether (?:you|u) (?:like|want) it or not|like it or not|you know you want (?:to|it))\b|["“'‘](?:study|studying|revise|revising|revision|netflix|tutoring|practi[cs]e|anatomy lesson)["”'’]\s+(?:at|in|round|over at|back at)\s+(?:my|our)\s+(?:place|flat|apartment|house|room|dorm|bed)\b(?=[^\n]{0,60}(?:[😏😉😘😈🍆💦👅🤤👀]|\b(?:still stands|or not|wink)\b))/giu,
  // a threat to post a video or photos of someone: "one more sigh and I'll post the video of you asleep at the meeting"
  /\b(?:I(?:'ll|’ll| will| am going to|'m going to|’m going to|'m gonna|’m gonna)|I swear I(?:'ll|’ll| will))\s+(?:(?:just|totally|happily|personally|literally)\s+)?(?:post|upload|share|leak|send|put up|drop|publish|circulate|release)\s+(?:the|that|this|those|these|my|a)\s+(?:[\w-]+\s+){0,2}?(?:video|vid|clip|footage|recording|photos?|pics?|pictures?|screenshots?|voice ?notes?|audio)\s+of (?:you|him|her|them)\b(?=[^\n]{0,160}(?:\b(?:don(?:'|’)?t test me|try me|or else|I dare you|for the whole (?:internet|world|hospital|department|school)|everywhere|you(?:'ve|’ve| have) been warned)\b))|\b(?:one more|do (?:that|it) again|keep (?:ignoring|sighing|it up))\b[^.!?\n]{0,40}?\b(?:and|or)\s+I(?:'ll|’ll| will| swear I(?:'ll|’ll| will))\s+(?:post|upload|share|leak|send|put up|publish|circulate)\s+(?:the|that|this|those|these|my|a)\s+(?:[\w-]+\s+){0,2}?(?:video|vid|clip|footage|recording|photos?|pics?|pictures?|screenshots?)\s+of (?:you|him|her|them)\b/giu,
  // doxxing a person to a crowd: "I'm posting her address in the class group chat so everyone can go remind her"
  /\b(?:I(?:'m|’m| am)\s+(?:(?:gonna|going to)\s+)?|I(?:'ll|’ll| will)\s+|we(?:'re|’re| are)\s+(?:(?:gonna|going to)\s+)?|we(?:'ll|’ll| will)\s+)(?:(?:just|happily|totally|literally|personally)\s+)?(?:post(?:ing)?|shar(?:e|ing)|leak(?:ing)?|drop(?:ping)?|put(?:ting)?(?: up)?|publish(?:ing)?|circulat(?:e|ing)|plaster(?:ing)?)\s+(?:out\s+)?(?:your|his|her|their)\s+(?:(?:home|real|personal|full|exact)\s+)?(?:address|addy|location|phone number|mobile number|cell number|number|IG|insta|socials)\b(?=[^.!?\n]{0,60}\b(?:group ?chats?|chats?|online|everywhere|every(?:one|body)|the internet|twitter|facebook|instagram|reddit|discord|whatsapp|telegram|the whole (?:class|year|cohort|school|world|internet)|for all to see))/gi,
  // a crowd turning up at someone's home: "maybe a few of us will wait outside her apartment after class"
  /\b(?:(?:a few|some|a couple|a bunch|all|the rest|most|several|two|three) of us|we|the (?:lads|boys|girls|guys|whole (?:class|year|group|cohort|team)))\s+(?:(?:will|'ll|’ll|should|could|might|are gonna|are going to|gonna|can)\s+)(?:(?:just|all|go|and)\s+)*(?:wait|be waiting|show up|turn up|camp out|hang (?:around|about)|stand|pay (?:her|him|them|you) a (?:little )?visit)\s+(?:for (?:her|him|them|you)\s+)?(?:outside|at|by|near|round|around|in front of)\s+(?:her|his|their|your)\s+(?:apartment|flat|house|home|place|door|doorstep|front door|dorm|room|building|car|gate)\b/gi,
  // a menacing "accident" or confinement: "she'll be 'accidentally' locked in the dark room over the weekend"
  /\b(?:she|he|they|you)(?:'ll|’ll| will| might| may| could|(?:'s|’s| is|'re|’re| are) (?:gonna|going to))\s+(?:(?:just|somehow)\s+)?(?:be|get|end up(?: being| getting)?)\s+(?:["“'‘]accidentally["”'’]\s+(?:[\w-]+ed|hit|run over|left|shut|thrown|shot|stuck)|accidentally\s+(?:locked|shut|trapped)\s+(?:in|inside)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:dark ?room|cupboard|closet|store ?room|stock ?room|freezer|fridge|cold ?room|basement|cellar|boot|trunk|sluice|morgue|mortuary|walk-in|locker|cage))\b|\bI(?:'ll|’ll| will|'m gonna|’m gonna|'m going to|’m going to| am going to)\s+(?:["“'‘]?accidentally["”'’]?\s+)?(?:lock|shut|trap)\s+(?:her|him|them|you)\s+(?:in|inside)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:dark ?room|cupboard|closet|store ?room|stock ?room|freezer|fridge|cold ?room|basement|cellar|boot|trunk|sluice|morgue|mortuary|walk-in|locker|cage)\b/gi,
  // leering at a colleague: "she's the only thing worth looking at on level 4", "the new reg is eye candy"
  /\b(?:she|he|the new [a-z][\w-]*|(?:the|our|that|this|my) (?:new )?(?:[a-z][\w-]* )?(?:nurse|reg|registrar|intern|resident|physio|consultant|attending|student|receptionist|tutor|lecturer|trainee|assistant|tech|radiographer|pharmacist|doctor|surgeon|fellow|TA|colleague|coworker|co-worker|classmate|photographer|hygienist))(?:'s|’s| is)\s+(?:(?:literally|honestly|basically|definitely|seriously|easily|by far)\s+)?(?:the only (?:thing|one|person|reason)\s+(?:worth\s+)?(?:looking at|to look at|staring at|ogling|perving on|worth a look)|(?:some |a bit of |total |nice |real |the )?eye candy|easy on the eyes?|something nice to look at)\b/gi,
  // clothing plus "not complaining": "whoever keeps booking her in short skirts — not complaining"
  /\b(?:short|tight|tiny|skimpy|low-cut|see-through|sheer|little)\s+(?:skirts?|dress(?:es)?|tops?|shorts|scrubs|leggings|outfits?|uniforms?)\b[^\n]{0,40}?(?:\bnot (?:that )?(?:I(?:'m|’m| am) |we(?:'re|’re| are) )?complaining\b|\bno complaints\b|\blucky (?:me|us)\b|\b(?:what a|nice|great) view\b|[😏🥵🤤😍👀🍑😈])/giu,
  // a veiled threat to someone's car or bike: "your little Corolla won't look so cute with four flat tires"
  /\b(?:your|ur|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:car|bike|motorbike|scooter|van|truck|ride|[A-Z][a-z]+)\s+(?:won(?:'|’)?t|wouldn(?:'|’)?t|will not|would not|might not|may not)\s+(?:look|be|stay|seem|run|last)\b[^.!?\n]{0,30}?\b(?:with|after|once|when|without)\s+(?:(?:a|an|the|some|four|two|three|all|its|those|a couple of|a few)\s+)*(?:(?:flat|slashed|punctured|let-down|let down)\s+(?:tyres|tires|tyre|tire)|key(?:\s+marks?)?\s+(?:down|along|across)\s+(?:the|its|one)\s+side|brick\s+through|(?:smashed|broken|cracked|keyed|scratched)\s+(?:windows?|windscreen|windshield|mirrors?|paint(?:work)?|lights?|doors?)|sugar in the (?:tank|petrol|gas))/gi,
  // inciting others to humiliate someone: "someone should make her cry in front of the whole cohort", "we should teach him a lesson"
  /\b(?:some(?:one|body)|we|you (?:all|guys)|y(?:'|’)?all|every(?:one|body)|people|the (?:whole )?(?:class|cohort|year|team|group|course))\s+(?:(?:really|honestly|just|seriously|all)\s+)?(?:should|needs? to|ought to|has to|have to|must|gotta|oughta)\s+(?:(?:really|finally|just|publicly|all)\s+)?(?:make (?:her|him|them) cry|humiliate (?:her|him|them)|put (?:her|him|them) in (?:her|his|their) place|(?:take|knock) (?:her|him|them) down a (?:peg|notch)|teach (?:her|him|them) a lesson|make (?:her|him|them) (?:suffer|pay|feel (?:small|stupid|worthless|it))|show (?:her|him|them) up in front of)\b(?!\s+(?:with|from|of)\s+(?:a\s+|the\s+|our\s+)?(?:laughter|joy|happiness|pride|gratitude|thank|speech|card|surprise|kindness|happy|present|gift)|\s+(?:happy tears|tears of joy|in a good way))/gi,
  // organised shunning: "make sure she eats lunch on her own", "don't sit with him, don't answer him", "let's all freeze her out"
  /\bmake (?:sure|certain)\s+(?:that\s+)?(?:she|he|they)\s+(?:eats?|sits?|works?|spends?|stays?|ends up|walks?|studies|has (?:lunch|breaks?))\s+(?:(?:lunch|breakfast|dinner|every (?:day|break|lunch)|(?:her|his|their) (?:breaks|lunch))\s+)?(?:alone|on (?:her|his|their) own|by (?:herself|himself|themselves)|with no(?:body| one))\b(?!\s+terms)|\b(?:don(?:'|’)?t|do not|nobody|no one)\s+(?:sit|talk|speak|reply|respond|eat|work|partner|invite|answer|walk)\s+(?:(?:with|to|next to|near)\s+)?(?:her|him|them)\b[^.!?\n]{0,60}?\b(?:don(?:'|’)?t|do not)\s+(?:sit|talk|speak|reply|respond|eat|work|partner|invite|answer|add|include|tag|walk)\b|\b(?:let(?:'|’)?s|let us|we (?:should|need to|must|will|'ll|’ll|are going to|'re going to|’re going to|'re gonna|’re gonna)|every(?:one|body) (?:should|needs to|must)|y(?:'|’)?all (?:should|need to))\s+(?:all\s+|just\s+)?(?:(?:freeze|ice|shut|cut)\s+(?:her|him|them)\s+out\b|(?:ignore|exclude|blank|ghost|shun|boycott|blacklist)\s+(?:her|him|them)\b(?![^.!?\n]{0,40}\b(?:troll\w*|bots?|feed|spam\w*)\b))/gi,
  // piling on: "everyone go flood her DMs", "let's all mass report his account"
  /\b(?:go|every(?:one|body)|y(?:'|’)?all|let(?:'|’)?s(?: all)?|you (?:all|guys))\s+(?:go\s+|should\s+)?(?:flood|spam|bombard|swarm|raid|blow up|pile (?:on|into))\s+(?:her|his|their)\s+(?:DMs|inbox|comments|mentions|page|profile|account|socials|phone|email|reviews?|posts?)\b(?!\s+with\s+(?:love|support|congrat\w*|kindness|good wishes|(?:messages|notes) of support|birthday|thanks|hearts))|\b(?:let(?:'|’)?s(?: all)?|every(?:one|body)|y(?:'|’)?all|go|we (?:should|need to))\s+(?:go\s+)?mass[\s-]?report\s+(?:her|his|their|him|them)\b/gi,
  // exposure threats: "I'd hate for your program director to see these screenshots", "or the screenshots go straight to your manager"
  /\b(?:I(?:'d|’d| would) hate (?:for|if)|(?:just )?imagine if|it(?:'d|’d| would) be a (?:shame|pity) if|wonder what)\s+(?:your|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:boss|PD|program director|programme director|manager|supervisor|dean|wife|husband|partner|girlfriend|boyfriend|mum|mom|mother|dad|father|parents|family|employer|attending|consultant|preceptor|school|department|colleagues|board|regulator|director|kids|tutor|lecturer)\s+(?:(?:ever|somehow|accidentally|happened to|were to)\s+)*(?:to\s+)?(?:saw|sees|see|seeing|found out|finds out|heard|read|got (?:hold of|a copy of)|would (?:think|say))\b[^.!?\n]{0,30}?\b(?:(?:these|those)\b(?!\s+(?:results|grades|numbers|marks|stats|figures|slides|notes|rotas?))|(?:the|your|his|her)\s+(?:[\w-]+\s+)?(?:screenshots?|photos?|pics?|pictures?|messages|texts|DMs|videos?|recordings?|chats?|emails|receipts))|\b(?:or|otherwise|else)\s+(?:the|these|those|my|all (?:the|those|these))\s+(?:[\w-]+\s+)?(?:screenshots?|photos?|pics?|pictures?|messages|texts|DMs|videos?|recordings?|chats?|emails|receipts)\s+(?:go|goes|get sent|are going|will go|end up)\s+(?:straight\s+|directly\s+|right\s+)?(?:to|public|online|viral|everywhere|on)\b/gi,
];

/**
 * Threats that read as menace only in a confrontation: a crowd that "knows where you park", knowing
 * which street someone lives on, "watch yourself on the walk home". Reported when the block also
 * carries a confrontation cue (MENACE_CONTEXT), so "I know which building you live in, see you
 * Saturday with the van" is not.
 */
const MENACING: RegExp[] = [
  /\b(?:every(?:one|body)|we all|we|the whole [\w-]+|half (?:the|this|of (?:the|this)) [\w-]+|all of us|people|they)(?:\s+(?:in|on|at|from)\s+(?:this|the|our|that|my)\s+[\w-]+)?\s+(?:all\s+)?knows?\s+(?:exactly\s+)?where\s+(?:you|he|she|they)\s+(?:live|lives|park|parks|sleep|sleeps|stay|stays)\b(?![^.!?\n]{0,40}\b(?:blocking|blocks|blocked|parked (?:in|across|on|over)|move it|lights? (?:are|is|were) on)\b)/gi,
  /\b(?:I|we)(?:\s+all)?\s+know\s+(?:exactly\s+)?(?:which|what)\s+(?:street|road|close|building|block|flat|house|apartment|floor|estate|dorm|halls?|residence|town|neighbou?rhood|lane|avenue|entrance|stairwell|door)\s+(?:you|he|she|they)\s+(?:live|lives|stay|stays|park|parks)\b/gi,
  // the internet or a crowd that knows where someone lives, where they will be, or that they are easy to find
  /\b(?:the (?:whole )?internet|the whole (?:sub|subreddit|group|server|forum|thread)|twitter|reddit|people|everyone|we all|we|they)\s+(?:all\s+)?knows?\s+(?:exactly\s+)?where\s+(?:you|he|she|they)(?:(?:'ll|’ll| will) be|(?:'re|’re|'s|’s| are| is) going to be)\s+(?:at|on|every|after|tonight|tomorrow)\b/gi,
  /\b(?:the (?:whole )?internet|the whole (?:sub|subreddit|group|server|forum|thread)|twitter|reddit)\s+knows\s+(?:exactly\s+)?where\s+(?:you|he|she|they)\s+(?:live|lives|work|works|park|parks)\b/gi,
  /\b(?:you(?:'re|’re| are)|(?:she|he)(?:'s|’s| is)|they(?:'re|’re| are))\s+not\s+(?:hard|difficult)\s+to\s+find\b/gi,
  /\bwatch yourself\b(?=[^.!?\n]{0,60}\b(?:walk(?:ing)? home|on (?:the|your) way (?:home|back|out)|after dark|at night|in the (?:car ?park|parking (?:lot|garage)|stairwell|lane|alley)|alone|when you (?:leave|walk|go))\b)/gi,
];
/** Blind-8 menace (the internet or a crowd knows where someone will be, "not hard to find"): conduct.colleague does not copy these. */
const LOCATING = new Set(MENACING.filter((re) => /internet|hard\|difficult/.test(re.source)));
/** Cheap word test before the menace patterns: they all need "know" or "watch yourself". */
const MENACE_HINT = /[Kk]nows? (?:exactly )?wh|[Ww]atch yourself|not (?:hard|difficult) to find/;
const MENACE_CONTEXT = /\b(?:report(?:s|ed|ing)?|snitch\w*|complain\w*|brave|tough|big talk|funny how|keep (?:it up|talking|running|going|complaining|reporting)|careful|warned|regret|see what happens|faculty|grass(?:ed|ing)|tattl\w*|dob(?:bed|bing)?|ratted|nobody (?:would|will|'d|’d) (?:hear|see|notice|know)|no one (?:would|will|'d|’d) (?:hear|see|notice|know)|what time (?:you|she|he) (?:leave|finish|get off|walk)|deserves?|flat (?:tyres|tires)|the hard way|smear\w*|(?:had|have|'ve|’ve) (?:had )?enough of (?:you|her|him|them)|what happens (?:when|if|to)|you(?:'ve|’ve| have) been (?:told|warned)|doxx?\w*)\b/i;

/** "Try me" is a threat only in a confrontation ("report me again. Try me."), not in a cooking post. */
const TRY_ME = /(?:^|[.!?]\s*|\s)try me\s*(?:[.!…]|$)/gim;
const CONFRONT = /\b(?:report(?:ed|ing)? me|snitch\w*|screenshots?|expose|lying|liar|lies|spreading|rumou?rs?|behind my back|talking about me|mess with|test me|cross me|go ahead|warned|dare|threat\w*|watch|you(?:'ll|’ll| will) see)\b/i;

/** Cheap word tests that must pass before the costlier sexual-harassment patterns run on a block. */
const GUARDS = new Map<RegExp, RegExp>();
for (const re of PATTERNS) {
  if (re.source.includes("kneecaps?")) GUARDS.set(re, /\b(?:break|snap|smash|crush|shatter|rip|tear|chop|knock|kick|punch|bash|cave|stamp on|stomp on|wring|gouge|slam) (?:every|each|all|both|one|your|ur|his|her|their|that|this|[A-Z])/i);
  else if (re.source.includes("sugar in the")) GUARDS.set(re, /tyre|tire|key|brick|smash|broke|crack|scratch|sugar/);
  else if (re.source.includes("show (?:her|him|them) up in front of")) GUARDS.set(re, /(?:make|humiliate|put|take|knock|teach|show) (?:her|him|them)\b/);
  else if (re.source.includes("troll\\w*")) GUARDS.set(re, /make (?:sure|certain) (?:that )?(?:she|he|they)\b|\b(?:her|him|them)\b[^.!?\n]{0,60}\b(?:don(?:'|’)?t|do not)\b|(?:freeze|ice|shut|cut|ignore|exclude|blank|ghost|shun|boycott|blacklist) (?:her|him|them)\b/);
  else if (re.source.includes("mass[\\s-]?report")) GUARDS.set(re, /flood|spam|bombard|swarm|raid|blow up|pile|mass[\s-]?report/);
  else if (re.source.includes("wonder what")) GUARDS.set(re, /hate (?:for|if)|magine if|(?:shame|pity) if|onder what|(?:shots?|photos?|pics?|pictures?|messages|texts|DMs|videos?|recordings?|chats?|emails|receipts) (?:go|goes|get sent|are going|will go|end up)\b/);
  else if (re.source.includes("if you know what I mean")) GUARDS.set(re, /know what I mean|wink|[😏😈🥵🍆💦👅🤤🍑]/u);
  else if (re.source.includes("smoking hot")) GUARDS.set(re, /\b(?:hot|sexy|fit|fuckable|bangable|thicc|peng)\b/i);
  else if (re.source.includes("booty|bulge")) GUARDS.set(re, /\b(?:ass|arse|tits|boobs|rack|booty|bulge)\b/i);
  else if (re.source.includes("see|find out) what happens")) GUARDS.set(re, /what happens/i);
  else if (re.source.includes("neckline|blouse|outfit")) GUARDS.set(re, /\b(?:dress|skirt|top|shorts|scrubs|leggings|trousers|jeans|shirt|uniform|neckline|blouse|outfit)\b/i);
  else if (re.source.includes("exactly what")) GUARDS.set(re, /\b(?:knows?|sees?|finds? out|hears?|learns?)\b/i);
  else if (re.source.includes("bikini|shirt")) GUARDS.set(re, /\b(?:see|get|have|watch)\s+(?:her|him|them)\b/i);
  else if (re.source.includes("control myself")) GUARDS.set(re, /\b(?:if (?:you|u) (?:wear|wore|keep wearing|show up in|turn up in|come in)|keep wearing)\b/i);
  else if (re.source.includes("anatomy lesson")) GUARDS.set(re, /\b(?:offer|invitation|invite)\b|["“'‘](?:study|studying|revise|revising|revision|netflix|tutoring|practi[cs]e|anatomy lesson)["”'’]/i);
  else if (re.source.includes("voice ?notes?")) GUARDS.set(re, /\b(?:video|vid|clip|footage|recording|photos?|pics?|pictures?|screenshots?|voice ?notes?|audio)\s+of (?:you|him|her|them)\b/i);
  else if (re.source.includes("smash or pass")) GUARDS.set(re, /\b(?:rat|rank|scor|tier|league|leaderboard|list|smash)/i);
  // cheap word tests for two older propositions whose case-insensitive unicode scans cost the most
  else if (re.source.includes("let\\s+(?:him|her|them|(?:the|that|our)")) GUARDS.set(re, /\blet\s+(?:him|her|them|the|that|our)\b/i);
  else if (re.source.includes("(?:see|get|have|watch|catch)\\s+(?:him|her|them|(?:the|that|our|my)")) GUARDS.set(re, /\b(?:see|get|have|watch|catch)\s+(?:him|her|them|the|that|our|my)\b/i);
  else if (re.source.includes("make certain|see to it")) GUARDS.set(re, /\bI(?:'ll|’ll| will|'m going|’m going| am going|'m gonna|’m gonna| swear)\b[^.!?\n]{0,60}\b(?:appraisal|evaluation|eval|review|reference|assessment|ARCP|sign-?off|rating|report|probation|portfolio|MSF|feedback|contract|application|rotation|placement|chances|match|career)/i);
  else if (re.source.includes("for all to see")) GUARDS.set(re, /\b(?:address|addy|location|number|IG|insta|socials)\b/i);
  else if (re.source.includes("a (?:little )?visit")) GUARDS.set(re, /\b(?:her|his|their|your)\s+(?:apartment|flat|house|home|place|door|doorstep|front door|dorm|room|building|car|gate)\b/i);
  else if (re.source.includes("accidentally")) GUARDS.set(re, /accidentally|\b(?:lock|shut|trap)\s+(?:her|him|them|you)\b/i);
  else if (re.source.includes("eye candy")) GUARDS.set(re, /\b(?:looking at|to look at|staring at|ogling|perving on|worth a look|eye candy|easy on the eyes?|nice to look at)\b/i);
  else if (re.source.includes("skimpy")) GUARDS.set(re, /\b(?:short|tight|tiny|skimpy|low-cut|see-through|sheer|little)\s+(?:skirts?|dress(?:es)?|tops?|shorts|scrubs|leggings|outfits?|uniforms?)\b/i);
  else if (re.source.includes("keep (?:doing|ignoring")) GUARDS.set(re, /\b(?:and|or)\s+(?:your|ur)\s+(?:[\w-]+\s+){0,3}?(?:appraisal|evaluation|eval|review|reference|assessment|ARCP|sign-?off|rating|report|probation|contract|career|job|placement|rotation)\b/i);

}

/**
 * Blind-10 classes, behind one cheap test (harassment only: conduct.colleague does not copy them): a veiled threat to expose someone's private life ("she's
 * lucky I don't tell everyone who she hooked up with", "I could tell the whole ward who he slept with"),
 * and violence that throws a person through something ("I'll put him through the lightbox").
 */
const RECALL11: RegExp[] = [
  /\b(?:she|he|they|you|u)(?:'s|’s|'re|’re| is| are)\s+(?:so\s+|damn\s+|bloody\s+|fucking\s+|very\s+|really\s+)?lucky\s+(?:that\s+)?I\s+(?:don(?:'|’)?t|do not|haven(?:'|’)?t|didn(?:'|’)?t|won(?:'|’)?t|never)\s+(?:(?:just|already|actually)\s+)?(?:(?:tell|told)\s+(?:everyone|everybody|the whole|the entire|all|people|the (?:group|class|ward|unit|team|department|chat|world)|(?:her|his|their)\s+(?:husband|wife|partner|boyfriend|girlfriend|fianc\w*|boss|manager))|post|share|expose|leak|spill|publish|screenshot|dox|out|punch|hit|slap|smack|deck|kill|strangle|key|slash|batter)\b/gi,
  /\bI(?:'ll|’ll| will| could| might| can|'m going to|’m going to|'m gonna|’m gonna| swear I(?:'ll|’ll| will))\s+(?:(?:just|easily|always|still)\s+)?(?:tell|post|share|expose|leak|reveal|spill|announce)\b[^.!?\n]{0,40}?\b(?:who|what)\s+(?:she|he|they)\s+(?:hooked up|slept|sleeps|is sleeping|was sleeping|shagged|banged|went home|cheated|gets up to|got up to)\b/gi,
  new RegExp(String.raw`\b${WILL}\s+(?:(?:literally|actually|honestly|seriously|fucking|just|personally|physically|happily|gladly)\s+)*(?:put|throw|shove|push|chuck|launch|smash|slam|kick|drag|lob)\s+(?:him|her|them|you|(?:his|her|their|your)\s+(?:face|head|faces|heads))\s+(?:straight\s+|right\s+)?(?:through|into|out of|down)\s+(?:a|the|that|this|his|her|their|your)\s+(?:[\w-]+\s+)?(?:window|wall|lightbox|light box|table|floor|desk|glass|screen|monitor|locker|ceiling|windscreen|windshield|stairs|stairwell|mirror|backdrop|bin|skip|dumpster)\b`, "gi"),
];
const RECALL11_HINT = /lucky (?:that )?I\b|(?:who|what) (?:she|he|they) (?:hooked|slept|sleeps|is sleeping|was sleeping|shagged|banged|went home|cheated|gets up|got up)|(?:put|throw|shove|push|chuck|launch|smash|slam|kick|drag|lob) (?:him|her|them|you|his|their|your) (?:(?:face|head|faces|heads) )?(?:straight |right )?(?:through|into|out of|down)\b/;

/** One cheap test for the five blind-7 patterns (car threats, inciting, shunning, piling on, exposure), run once per block. */
const RECALL8_HINT = /tyre|tire|brick|sugar in|key|smash|crack|scratch|broke|(?:make|humiliate|put|take|knock|teach|show) (?:her|him|them)\b|make (?:sure|certain)|(?:[Dd]on(?:'|’)?t|do not|[Nn]obody|[Nn]o one) (?:sit|talk|speak|reply|respond|eat|work|partner|invite|answer|walk)|(?:freeze|ice|shut|cut|ignore|exclude|blank|ghost|shun|boycott|blacklist) (?:her|him|them)\b|flood|spam|bombard|swarm|raid|blow up|pile|mass.?report|hate (?:for|if)|magine if|(?:shame|pity) if|onder what|(?:shots?|photos?|pics?|pictures?|messages|texts|DMs|videos?|recordings?|chats?|emails|receipts) (?:go|goes|get sent|are going|will go|end up)\b/;
const RECALL8 = new Set<RegExp>(PATTERNS.filter((re) => /sugar in the|show \(\?:her\|him\|them\) up in front of|troll\\w\*|mass\[\\s-\]\?report|wonder what/.test(re.source)));

/** Sexual remarks and propositions (conduct.colleague does not double-report these). */
const SEXUAL = new Set(PATTERNS.filter((re) => /know what I mean|control myself|anatomy lesson|look\\s\+|send \(\?:me \)\?\(\?:nudes|private \(\?:shoot|smoking hot|booty\|bulge|bangable\|doable|neckline\|blouse|white coat\|lab coat|bikini\|shirt|staring|smash or pass|said no/.test(re.source)));

/** Quoting policy language ("bully or intimidate colleagues") or reporting that you were threatened is not harassment. */
const META = /\b(?:policy|policies|guideline|guidelines|code of conduct|(?:is|are) (?:never |not )?(?:acceptable|okay|ok|appropriate)|never okay|training|report(?:ed|ing)? (?:it|this|them|him|her)|was told|someone (?:told|said|wrote)|they (?:told|said|wrote) me|received (?:a )?(?:threat|message)|lift\w*|bend (?:your|at the) knees|posture|manual handling|ergonomic\w*|novel|fiction|screenplay|the villain|the character|in the (?:film|movie|show|book|episode)|lyrics?|song|culture|mentality|motto|slogan|documentary|podcast)\b|\b(?:short|bedtime|ghost|horror|crime|detective|love) story\b|\b(?:in|of) (?:my|the|this|a) story\b|\bthe story (?:is|was|goes)\b/i;

export default defineRule({
  id: "conduct.harassment",
  title: "Bullying, threats or harassment",
  description:
    "Flags threatening, intimidating, bullying, violent or sexually harassing language aimed at a person: threats (\"I know where you live\", \"you'll regret it\"), wishing harm, degrading insults aimed at someone, and sexualised comments or propositions. Every policy treats harassment online as it would in person: it is a disciplinary matter, and it can be a legal one. Venting about an exam (\"I'm going to kill this OSCE\") is not flagged.",
  severity: "error",
  sources: ["umn-health-sciences:policy-1", "umn-health-sciences:policy-2", "imi:2"],
  fixes: [],
  scope: "block",
  examples: [
    { bad: "Keep tagging me and I will find out where you live and show up at your door.", good: "I'm going to block this account; it isn't worth my time." },
    { bad: "Shame about the lab coat, you'd look much better without it 😏", good: "Gorgeous lighting as always, thanks for sharing your setup." },
  ],
  check(ctx) {
    const block = ctx.block!;
    const hits = harassmentSentences(block);
    hits.sort((a, b) => a.start - b.start);
    // consecutive threatening sentences are one passage, reported once
    const merged: RelSpan[] = [];
    for (const h of hits) {
      const last = merged[merged.length - 1];
      if (last && h.start >= last.end && /^\s*$/.test(block.text.slice(last.end, h.start))) last.end = Math.max(last.end, h.end);
      else merged.push({ start: h.start, end: h.end });
    }
    for (const s of merged) {
      ctx.report({
        start: block.start + s.start,
        end: block.start + s.end,
        message: "This reads as a threat, bullying or harassment of a person; delete it, and if someone is harassing you, report them instead of replying.",
      });
    }
  },
});

/** Sentences (relative spans) of `text` in `block` that match a harassment pattern; used by conduct.colleague. */
export function harassmentSentences(block: Block): (RelSpan & { sexual?: boolean; locating?: boolean; only?: boolean })[] {
  const sentences = blockSentences(block);
  const out: (RelSpan & { sexual?: boolean; locating?: boolean; only?: boolean })[] = [];
  const recall8 = RECALL8_HINT.test(block.text);
  for (const re of PATTERNS) {
    if (!recall8 && RECALL8.has(re)) continue;
    const guard = GUARDS.get(re);
    if (guard && !guard.test(block.text)) continue;
    for (const m of allMatches(re, block.text)) {
      const s = sentenceAt(sentences, m.index, block.text.length);
      if (out.some((h) => h.start === s.start) || META.test(block.text.slice(s.start, s.end))) continue;
      // a quoted bad example in training notes is a mention, not a threat
      if (inExampleQuote(block.text, m.index, m.index + m[0].length)) continue;
      out.push(SEXUAL.has(re) ? { ...s, sexual: true } : s);
    }
  }
  if (RECALL11_HINT.test(block.text)) for (const re of RECALL11) for (const m of allMatches(re, block.text)) {
    const s = sentenceAt(sentences, m.index, block.text.length);
    if (out.some((h) => h.start === s.start) || META.test(block.text.slice(s.start, s.end)) || inExampleQuote(block.text, m.index, m.index + m[0].length)) continue;
    out.push({ ...s, only: true });
  }
  if (MENACE_HINT.test(block.text) && MENACE_CONTEXT.test(block.text)) {
    for (const re of MENACING) for (const m of allMatches(re, block.text)) {
      const s = sentenceAt(sentences, m.index, block.text.length);
      if (out.some((h) => h.start === s.start) || META.test(block.text.slice(s.start, s.end)) || inExampleQuote(block.text, m.index, m.index + m[0].length)) continue;
      out.push(LOCATING.has(re) ? { ...s, locating: true } : s);
    }
  }
  if (CONFRONT.test(block.text) && !META.test(block.text)) {
    for (const m of allMatches(TRY_ME, block.text)) {
      const s = sentenceAt(sentences, m.index + m[0].search(/try/i), block.text.length);
      if (!out.some((h) => h.start === s.start)) out.push(s);
    }
  }
  return out;
}
