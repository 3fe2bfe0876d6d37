/**
 * conduct.harassment: threats, intimidation, bullying, violent or sexually harassing language
 * aimed at people. Patterns need a person as the target ("you", "him", "her", "she'll regret"),
 * so "I'm going to kill this exam" or "I could murder a coffee" are not flagged.
 */
import { defineRule } from "../../shared/src/rule.js";
import type { Block } from "../../shared/src/document.js";
import { blockSentences, sentenceAt, type RelSpan, execAll } from "./match.js";

const TARGET = "(?:you|u|ya|him|her|them|that (?:guy|man|woman|girl|idiot|moron|prick|bitch|bastard|asshole|nurse|resident|intern|consultant|attending|registrar|manager|troll|person)|this (?:guy|idiot|troll|person)|some(?:one|body)|the next (?:person|one)|every(?:one|body)|my (?:co-?worker|colleague|roommate|resident|attending|consultant|registrar|intern|manager|boss|supervisor|preceptor|classmate|ex))";
const HARM_VERB = "(?:kill|murder|punch|hit|slap|beat(?: up)?|beat the (?:shit|crap|hell) out of|stab|shoot|strangle|choke|throttle|smack|deck|knock (?:out|the teeth out of)|hurt|end|destroy|ruin|wreck|bury|run over|break (?:your|his|her|their) (?:neck|legs?|arms?|face|nose)|smash (?:your|his|her|their) face)";
const WILL = "(?:I(?:'ll|’ll| will| am going to|'m going to|’m going to|'m gonna|’m gonna| wanna| want to| could| swear I(?:'ll|’ll| will))|(?:we|someone|somebody) (?:will|should|'ll|’ll|needs to|ought to))";

export const PATTERNS: RegExp[] = [
  // explicit violence against a person: "I'll punch him", "I want to strangle my registrar"
  new RegExp(`\\b${WILL}\\s+(?:(?:literally|actually|honestly|seriously|fucking|just|personally|physically|probably)\\s+)*${HARM_VERB}\\s+${TARGET}\\b(?!\\s+(?:exam|test|osce|shift|presentation|interview|game|round))`, "gi"),
  // stalking and showing up: "I will find out where you live", "I know which car is hers"
  /\b(?:I(?:'ll|’ll| will| am going to|'m going to|’m going to|'m gonna)|we(?:'ll|’ll| will))\s+(?:find (?:out )?(?:where|you|him|her)|track (?:you|him|her) down|hunt (?:you|him|her) down|come (?:for|after) (?:you|him|her)|show up at (?:your|his|her|their) (?:door|house|home|work|place|flat)|be waiting (?:for (?:you|him|her))?|post (?:your|his|her) (?:address|number|photos|pics|nudes))/gi,
  /\bI know (?:where (?:you|he|she|they) (?:live|lives|work|works|park|parks|sleep|sleeps)|which (?:car|house|flat|locker|room) is (?:yours|his|hers|theirs)|your (?:address|home address|car|schedule|number plate|kids))\b/gi,
  /\b(?:show up at|turn up at|come to) (?:your|his|her|their) (?:door|house|home|work|workplace|place|flat)\b/gi,
  // "you'll regret it", "I'll make sure she regrets it", "watch your back", "you've been warned"
  /\b(?:you(?:'ll|’ll| will)|(?:he|she|they)(?:'ll|’ll| will)) (?:regret (?:it|this|that|the day)|pay for (?:this|that|it)|be sorry)\b/gi,
  /\b(?:make|making) (?:sure|certain) (?:you|he|she|they|him|her|them) (?:regrets?|pays?|never (?:works?|gets?|forgets?)|suffers?|(?:is|are) sorry)\b/gi,
  /\bmake (?:your|his|her|their) life (?:a )?(?:hell|miserable|a misery|a living hell)\b/gi,
  /\b(?:watch your back|you(?:'ve|’ve| have)? been warned|consider (?:this|yourself) warned|or else(?=\s*(?:[.!…]|$)))|\bI(?:'ll|’ll| will| am going to|'m going to|’m going to|'m gonna|’m gonna)\s+(?:make sure I\s+)?(?:(?:end|ruin|destroy) (?:your|his|her|their) (?:career|life|reputation)|get (?:you|him|her|them) (?:fired|sacked|struck off|kicked out))/gi,
  // wishing harm, suicide-baiting
  /\b(?:kill yourself|kys|go die|hope (?:you|he|she|they) (?:die|dies|get cancer|gets cancer|rot|rots|burn|burns)|(?:you|he|she|they) (?:should|deserves? to|need to|needs to) (?:die|be shot|be beaten|be raped|rot|burn|be hanged|hang)(?=\s*(?:[.!?,;]|$|for|because|already|lol|tbh))|deserves? (?:a (?:slap|punch|beating)|to be (?:slapped|punched|shot|beaten)))\b/gi,
  // bullying and degrading insults aimed at a person
  /\b(?:you(?:'re|’re| are)|ur)\s+(?:(?:such|so|an?|absolute|total|complete|fucking|pathetic|worthless|useless|stupid|fat|ugly|disgusting)\s+)*(?:pathetic|worthless|waste of (?:space|oxygen)|disgrace|joke|loser|piece of (?:shit|garbage|trash|work)|subhuman|vermin|fat (?:pig|cow|slob)|ugly (?:cow|pig|bitch))\b/gi,
  /\b(?:nobody|no one|everyone|everybody) (?:likes|wants|hates|laughs at) you\b|\b(?:shut (?:the fuck |the hell )?up|get lost|crawl back under your rock),? (?:you|u)\b/gi,
  // sexual harassment: comments on someone's body, propositions, requests for images
  /\byou(?:'d|’d| would)\s+look\s+(?:(?:so|much|way|a lot|even)\s+)*(?:better|hotter|sexier|good|great|nice)\s+(?:without (?:it|that|the|your|any|those|clothes)|naked|in (?:a bikini|lingerie|nothing|my bed))/gi,
  /\b(?:send (?:me )?(?:nudes|pics of (?:you|yourself)|a pic of (?:you|yourself) in)|show (?:me )?(?:your|those) (?:tits|boobs|ass|body)|nice (?:tits|rack|ass|arse|legs|boobs)|sit on my (?:face|lap)|what I(?:'d|’d| would) do to (?:you|her|him)|get (?:you|her|him) (?:naked|alone|into bed|in bed)|take (?:it|that|those|your clothes|everything) off for me)\b/gi,
  /\b(?:private (?:shoot|session|photoshoot|photo shoot)|just (?:you and me|the two of us))\b[^.!?\n]{0,40}(?:😏|😉|😘|🍆|😈|\bjust (?:you and me|the two of us)\b)|\bDM me\b[^.!?\n]{0,60}\b(?:private shoot|just (?:you and me|the two of us)|if you(?:'re| are) (?:lonely|single|bored))/gi,
  /\b(?:(?:she|he)(?:'s|’s| is) (?:so |really |fucking )?(?:sexy|fuckable|bangable|doable)|(?:would|I'd|I’d) (?:totally |so |def(?:initely)? )?(?:bang|tap|shag) (?:her|him)|slept (?:her|his) way (?:to|up))\b|\b(?:would|I'd|I’d) (?:totally |so |def(?:initely)? )?hit that(?=\s*(?:[.!?,😏😉]|$))/gi,
];

/** Quoting policy language ("bully or intimidate colleagues") or reporting that you were threatened is not harassment. */
const META = /\b(?:policy|policies|guideline|guidelines|code of conduct|is (?:never )?acceptable|is not okay|report(?:ed|ing)? (?:it|this|them|him|her)|was told|someone (?:told|said|wrote)|they (?:told|said|wrote) me|received (?:a )?(?:threat|message))\b/i;

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
    for (const s of hits) {
      ctx.report({
        start: block.start + s.start,
        end: block.start + s.end,
        message: "This reads as a threat, bullying or harassment of a person; delete it, and if someone is harassing you, report them instead of replying.",
      });
    }
  },
});

/** Sentences (relative spans) of `text` in `block` that match a harassment pattern; used by conduct.colleague. */
export function harassmentSentences(block: Block): RelSpan[] {
  const sentences = blockSentences(block);
  const out: RelSpan[] = [];
  for (const re of PATTERNS) {
    for (const m of execAll(re, block.text)) {
      const s = sentenceAt(sentences, m.index, block.text.length);
      if (!out.some((h) => h.start === s.start) && !META.test(block.text.slice(s.start, s.end))) out.push(s);
    }
  }
  return out;
}
