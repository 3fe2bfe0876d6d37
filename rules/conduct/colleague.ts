/**
 * conduct.colleague: complaints about or mockery of colleagues, supervisors or the training
 * programme, and raising concerns (whistleblowing) on social media instead of the formal process.
 * A complaint needs a target (a colleague, supervisor, the programme, management) and a
 * derogatory or aggrieved predicate in the same sentence; a few phrases carry both
 * ("humiliated me in front of", "treats residents as cheap labour").
 */
import { defineRule } from "../../shared/src/rule.js";
import { blockSentences, type RelSpan } from "./match.js";
import { harassmentSentences } from "./harassment.js";

const TARGET = new RegExp(
  String.raw`\b(?:(?:our|my|the|this|that|their|his|her)\s+(?:(?:new|useless|so-called|current|clinical|department(?:al)?|programme|program|residency|ward|unit|site|course|block|rotation|senior|junior|night|day|charge|staff)\s+)*(?:program|programme|programs|residency|department|dept|manager|managers|management|supervisor|supervisors|consultant|consultants|attending|attendings|staff|staff physician|preceptor|preceptors|registrar|registrars|reg|senior|seniors|junior|juniors|intern|interns|resident|residents|fellow|fellows|PD|program director|programme director|chief|chief resident|chiefs|boss|bosses|team|nurses?|colleagues?|co-?workers?|co-?residents?|new starter|new hire|trainee|trainees|tutor|tutors|lecturer|lecturers|faculty|admin|administration|hospital administration|rota|rota coordinator|schedule|scheduling|scheduler|coordinator|matron|ward manager|head of department|HOD|dean|school|med school|medical school|university|hospital|trust|clinic manager|studio manager|line manager|CTU)|(?:the|my|our)\s+(?:new\s+)?(?:staff|attending|consultant|registrar|resident|intern|nurse|manager|starter|hire)\b|scheduling|management)`,
  "gi",
);
/** A named doctor or professor ("Dr. Bouchard"). */
const NAMED = /\b(?:Dr|Prof|Professor|Sister|Matron)\.?\s+[A-Z][A-Za-z\u00C0-\u024F'’-]+/;

const NEGATIVE = new RegExp(
  String.raw`\b(?:useless|incompetent|clueless|hopeless|pathetic|lazy|a joke|a clown|clowns|toxic|a nightmare|a disgrace|disgraceful|a shambles|shambolic|a mess|bullshit|crap|crappy|sucks?|garbage|rubbish|terrible|awful|horrible|the worst|worst (?:attending|consultant|registrar|resident|supervisor|manager|program|programme|teacher|boss)|rude|condescending|arrogant|patronising|patronizing|spineless|power[- ]trip(?:ping)?|ego|idiots?|morons?|stupid|dumb|ridiculous|a waste of space|cheap labou?r|slave labou?r|free labou?r|doesn't care|don't care|couldn't care less|don't give a|doesn't give a|never listens?|has no idea|have no idea|no clue|can(?:'|’)?t (?:even )?(?:hold|do|read|write|spell|teach|manage|organi[sz]e|run|count|find|be bothered|get (?:anything|a single thing))|cannot (?:even )?(?:hold|do|teach|manage)|humiliat(?:ed|es|ing)|belittl(?:ed|es|ing)|yell(?:ed|s|ing) at|scream(?:ed|s|ing) at|shout(?:ed|s|ing) at|bull(?:ied|ies|ying)|threw (?:me|us) under the bus|throws (?:me|us) under the bus|treats? (?:us|me|residents|students|trainees|nurses|staff) (?:like|as)|sees? (?:residents|us|students|trainees|nurses) as|nobody should (?:teach|work|be treated) like that|(?:cancell?ed|moved|changed)\b[^.!?\n]{0,60}\bagain|for the (?:third|fourth|fifth|nth|\d+(?:st|nd|rd|th)) time|sick (?:and tired )?of|fed up with|hate (?:my|our|this|the)|can't stand|cannot stand|should be (?:fired|sacked|struck off|ashamed)|shouldn't be (?:teaching|allowed|practi[sc]ing)|has no business|burn(?:s|ing)? (?:us|residents|trainees) out|is why (?:half|most|all|so many) of)`,
  "gi",
);

/** Phrases that make a complaint on their own. */
const STRONG = /\b(?:humiliated me|belittled me|yelled at me|screamed at me|threw me under the bus|(?:my|our) (?:attending|consultant|registrar|supervisor|preceptor|manager|boss|program director|PD) (?:is|was) (?:a |an |such a |completely |totally |absolutely )*(?:idiot|moron|joke|nightmare|bully|tyrant|useless|incompetent|clueless|psychopath|sociopath))\b/gi;

/** Whistleblowing: a concern raised publicly, typically after (or instead of) the formal route. */
const RAISED = /\b(?:I(?:'ve|’ve| have)? (?:raised|reported|flagged|escalated|complained about|filed|submitted|emailed|told)\b|(?:raised|reported|flagged|escalated) (?:this|it|the (?:issue|problem|concern)s?) (?:internally|to management|to (?:the|our) (?:manager|department|hospital|trust|program|programme|director))|nothing (?:has )?(?:happened|changed|has been done)|(?:management|they|the hospital|the trust|the department|the program(?:me)?|admin) (?:keeps?|kept|won't|refuses?|refused|ignored|ignores|did nothing|does nothing|told us|tells us)|incident reports?|through every channel|every (?:channel|avenue)|leave it with management|been told to)/i;
const PUBLIC = /\b(?:(?:here it is|saying it|posting (?:it|this)|putting (?:it|this) out|sharing (?:it|this)) (?:publicly|in public|here|on (?:here|social media|twitter|facebook|instagram|linkedin))|going public|go public|public pressure|publicly\b|name and shame|share this|spread the word|retweet|RT if|tag (?:your|the) (?:MP|hospital|trust|minister)|raise (?:concerns|them|this) on social media|on social media)\b/i;
const PUBLIC_STRONG = /\b(?:so (?:here it is|I'm saying it|I’m saying it|I am saying it) publicly|going public with|public pressure will|name and shame)\b/i;
const GUIDANCE = /\b(?:follow the formal process|use the formal process|through the (?:formal|established|proper) (?:process|channels?)|do not|don't|never|should not|shouldn't|rather than (?:posting|publicly)|instead of (?:posting|publicly))\b/i;

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
      if (!hits.some((h) => h.span.start === span.start)) hits.push({ span, whistle });
    };

    // whistleblowing: public + raised in the same block, or a strong public phrase
    for (const s of sentences) {
      const sent = text.slice(s.start, s.end);
      if (GUIDANCE.test(sent) && !/\bI\b/.test(sent)) continue;
      if (PUBLIC_STRONG.test(sent) || (PUBLIC.test(sent) && RAISED.test(text))) add(s, true);
    }

    for (const s of sentences) {
      const sent = text.slice(s.start, s.end);
      STRONG.lastIndex = 0;
      if (STRONG.test(sent)) { add(s, false); continue; }
      TARGET.lastIndex = 0;
      NEGATIVE.lastIndex = 0;
      if ((TARGET.test(sent) || NAMED.test(sent)) && NEGATIVE.test(sent)) add(s, false);
    }

    // threats or bullying aimed at a third person in a colleague context ("If she touches my setup again, she'll regret it")
    for (const s of harassmentSentences(block)) {
      const sent = text.slice(s.start, s.end);
      if (/\b(?:she|he|her|him|they|them|my|our)\b/i.test(sent) && !/\b(?:you|your|ur)\b/i.test(sent)) add(s, false);
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
