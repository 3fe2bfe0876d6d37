/**
 * tone.heated: shouting in capitals, bursts of exclamation marks and rage words. A hint: the
 * policy's advice is to delay posting until you are calm, not that the text breaks a rule.
 */
import { defineRule } from "../../shared/src/rule.js";
import { blockSentences, sentenceAt, type RelSpan } from "../conduct/match.js";
import { allMatches } from "../../shared/src/text.js";

/** Three or more capitalised words in a row (letters and apostrophes only). */
const CAPS_RUN = /(?<![A-Za-z0-9\u00C0-\u024F])(?:[A-Z][A-Z'’]*(?:[ \t,]+|\.\s+(?=[A-Z]{2}))){2,}[A-Z][A-Z'’]*(?![A-Za-z0-9\u00C0-\u024F])/g;
/** Words that make a capitalised run read as shouting rather than a string of acronyms. */
const SHOUT_WORDS = new Set("I IT IS ISN'T NOT THE A AN AM SO OF THIS THAT STOP DO DON'T DOES DOESN'T YOU YOUR ARE WHY WHAT HOW CAN CAN'T WILL WON'T JUST ME MY WE TO AND NO NEVER EVER ALL BE SICK TIRED PLEASE DONE HATE SERIOUSLY LISTEN EVERY AGAIN ENOUGH OMG WTF FFS STUPID REALLY HAVE HAS WAS WERE THEY HE SHE SHUT UP GET OUT HERE NOW READ THINK WORK WORKS CURE CURES TRUE FAKE LIE LIES".split(" "));
const BANG_BURST = /[!?]*!(?:[!?1]*!){2,}[!?1]*|[!?]*\?!(?:[?!]){2,}/g;
/** One capitalised word standing as its own sentence for emphasis: "Nobody was consulted. NOBODY." */
const CAPS_WORD_SENTENCE = /(?:^|(?<=[.!?…]\s+))(NOBODY|NOTHING|NEVER|NONE|NO ONE|ENOUGH|ZERO|EVERYONE|EVERYBODY|EVERY SINGLE ONE|ALWAYS|UNACCEPTABLE|DISGUSTING|RIDICULOUS|SHAMEFUL|PATHETIC|UNBELIEVABLE|SERIOUSLY|TRIPLE|DOUBLE|AGAIN|STOP|NOT ONE|NOT ONCE|LIARS?|SHAME)[.!?]+(?=\s|$)/g;
const RAGE = /\b(?:furious|livid|fuming|enraged|seething|incandescent|so angry|so mad|so pissed|pissed off|sick and tired|how dare|I(?:'m|’m| am) (?:so )?done with|for fuck'?s sake|FFS|WTF|losing my (?:mind|shit)|(?:my )?blood (?:is|was) boiling|makes my blood boil|I(?:'ve|’ve| have) (?:had it|had enough)|(?:so|beyond|absolutely|utterly) (?:angry|furious|livid|disgusted|outraged)|outraged|outrageous|(?:an )?(?:absolute|utter|complete|total) (?:disgrace|joke|farce|insult)|(?:absolutely|utterly|completely) (?:disgusting|unacceptable|shameful|pathetic)|I can(?:'|’|no)?t (?:take|stand) (?:this|it|them) any ?more|rage[- ]?(?:post|posting|tweet|tweeting|typing)|seeing red)\b/gi;

export default defineRule({
  id: "tone.heated",
  title: "Heated tone",
  description:
    "Points out shouting in capital letters, bursts of exclamation marks (\"!!!\") and rage words (\"furious\", \"sick and tired\"). The IMU staff guidelines advise that if you feel angry or passionate about a subject, it's wise to delay posting until you are calm and clear-headed, and to review the guidelines if a post makes you even slightly uncomfortable. This is a hint: it asks you to pause, not to delete.",
  severity: "hint",
  sources: ["imu-staff:think", "imu-staff:pause"],
  fixes: [],
  scope: "block",
  examples: [
    { bad: "IT DOES NOT. STOP FORWARDING IT!!!!", good: "It doesn't. Please stop forwarding it; here is what the evidence says.", pack: "imu-staff" },
  ],
  check(ctx) {
    const block = ctx.block!;
    const text = block.text;
    const sentences = blockSentences(block);
    const hits = new Map<number, { span: RelSpan; why: Set<string> }>();
    const add = (at: number, why: string) => {
      const s = sentenceAt(sentences, at, text.length);
      const h = hits.get(s.start) ?? hits.set(s.start, { span: s, why: new Set() }).get(s.start)!;
      h.why.add(why);
    };
    if (block.kind !== "heading") {
      for (const m of allMatches(CAPS_RUN, text)) {
        const words = m[0].split(/[^A-Z'’]+/).filter(Boolean);
        const letters = words.join("").length;
        if (words.length >= 3 && letters >= 8 && words.some((w) => SHOUT_WORDS.has(w.replace(/’/g, "'")))) add(m.index, "shouting in capitals");
      }
    }
    if (/[A-Z]{3}/.test(text)) for (const m of allMatches(CAPS_WORD_SENTENCE, text)) add(m.index, "shouting in capitals");
    for (const m of allMatches(BANG_BURST, text)) add(m.index, "a burst of exclamation marks");
    for (const m of allMatches(RAGE, text)) add(m.index, "angry wording");
    for (const h of [...hits.values()].sort((a, b) => a.span.start - b.span.start)) {
      ctx.report({
        start: block.start + h.span.start,
        end: block.start + h.span.end,
        message: `This reads as heated (${[...h.why].join(", ")}); delay posting until you are calm and clear-headed.`,
      });
    }
  },
});
