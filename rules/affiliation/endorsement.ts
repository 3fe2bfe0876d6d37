import { defineRule } from "../../shared/src/rule.js";
import { findInstitutionMentions } from "../lexicon.js";
import { allMatches } from "../../shared/src/text.js";
import { isLogoImage } from "../image/logo-match.js";
import { fileNameWords } from "../image/context.js";


/**
 * The institution's name used to promote or endorse a product, cause, party or candidate:
 * "IMU recommends GlowBerry", "IMU-approved", "endorsed by IMU", "On behalf of IMU, vote for …".
 * Disclaimers ("not endorsed by IMU") and reports of what the institution officially did are not.
 */

/** Directly after the name: "IMU-approved", "IMU recommends …". */
const AFTER_ADJ = /^(?:-(?:approved|endorsed|recommended|certified|backed|sanctioned)\b|\s+(?:approved|endorsed|recommended|certified|backed|sanctioned)(?=\s*(?:[.!?,;:)]|$|\s+and\b)))/i;
const HYPHENATED = /(?<![\w@./-])([\p{L}][\p{L}\d]*(?:\s+[\p{L}][\p{L}\d]*){0,3}?)(?:'s)?-(?:approved|endorsed|recommended|certified|backed|sanctioned)\b/giu;
/** Cheap test before HYPHENATED, whose leading unicode look-behind is costly on every block. */
const HYPHENATED_HINT = /-(?:approved|endorsed|recommended|certified|backed|sanctioned)\b/i;
const AFTER_VERB = /^\s+(?:(?:officially|strongly|fully|proudly|highly|heartily|also|now|100%|totally|wholeheartedly|all)\s+)?(?:recommends?|endorses?|endorsed|supports?|backs|(?:is|are)\s+(?:(?:fully|all|100%|firmly|proudly|right|totally)\s+)?(?:behind|backing|supporting|endorsing|recommending)|stands?\s+(?:(?:firmly|proudly|united|fully|squarely|solidly|completely|totally|wholeheartedly|100%)\s+){0,2}(?:with|behind|for)|approves(?:\s+of)?|stands behind|stands? (?:with|for)|is (?:backing|behind|voting for|campaigning for|proud to stand with)|votes? for|(?:should|must|needs? to|ought to|has to|have to|will|is going to|are going to)\s+(?:all\s+|definitely\s+|really\s+)?(?:be\s+)?(?:vot(?:e|ing)|campaign(?:ing)?|rally(?:ing)?)\s+(?:for|behind)|(?:should|must|needs? to|ought to|will)\s+(?:all\s+)?(?:back|support|endorse|elect|re-?elect)|is proud to (?:support|endorse|back)|wants you to (?:buy|use|try|vote for|support)|says? (?:to )?(?:buy|use|try|vote)|swears? by|(?:only\s+)?trusts?)\b([^.!?\n]{0,100})/i;
const AFTER_POSSESSIVE = /^'s\s+(?:official\s+|preferred\s+|recommended\s+|chosen\s+|favourite\s+|favorite\s+)+(?:brand|supplier|choice|pick|partner|product|candidate|party|sponsor)\b/i;
/** "IMU is an official partner of NutriMax", "official sponsor of IMU": a commercial tie-in, a promotion when the block sells something. */
const AFTER_PARTNER = /^\s+(?:is|are)\s+(?:now\s+|proudly\s+)?(?:an?\s+|the\s+|our\s+)?(?:(?:official|proud|exclusive|principal|headline|preferred)\s+)+(?:partner|sponsor|supporter|ambassador|supplier)s?\s+(?:of|for|to)\b/i;
const BEFORE_PARTNER = /\b(?:official|proud|exclusive|principal|headline|preferred)\s+(?:partner|sponsor|supplier|drink|brand|app|product)\s+(?:of|to|for)\s+(?:the\s+)?$/i;
const BEFORE_SPONSORED = /\b(?:sponsored|brought to you|powered)\s+by\s+(?:the\s+)?$/i;
const HASHTAG = /(?<![\w#])#([\p{L}][\p{L}\d]*?)(?:approved|endorsed|recommended|certified|backed|sponsored|partner|official|recommends|endorses)\b/giu;
/** "our university stands with …": the institution named by a possessive instead of its name. */
const OWN_INSTITUTION = /\b(?:our|my)\s+(?:university|uni|school|medical school|faculty|college|institution)\b/gi;
/** "IMU Nutrition team", "IMU family", "IMU Pharmacy": a unit of the institution between its name and the verb. */
const UNIT_AFTER = /^(?:'s|’s)?(?:\s+(?:[A-Z][\p{L}&-]*|&|and|of)){0,3}(?:\s+(?:[a-z][\p{L}-]*\s+){0,2}?(?:team|teams|family|community|department|dept|faculty|school|club|society|staff|clinic|centre|center|unit|office|fraternity|alumni|students|management|leadership|board|experts?|specialists?|labs?|laboratories|wards?|hospitals?|pharmacy|pharmacies|canteens?|cafeterias?|nutritionists?|dietitians?|dieticians?|doctors?|physicians?|pharmacists?|dentists?|physios?|physiotherapists?|scientists?|researchers?|lecturers?|academics?|professors?|clinicians?|nurses?|panel|committee))?(?=\s)/u;
/** A political contest in the block: an object that names a person ("Dr. Aminah") is then a candidate. */
const ELECTION = /\b(?:vote|votes|voting|election|elections|re-?election|polling|polls|ballot|candidates?|constituency|by-?election|GE\d+|PRU\d*|seat|campaign(?:s|ing|ers?)?|canvass(?:ing|ed|ers?)?|hustings|manifesto|parliament|state assembly|running for (?:office|parliament|council|mayor|the seat))\b/i;
const PERSON_OBJECT = /^\s+(?:(?:Dr|Datuk|Dato'?|Datin|Tan Sri|YB|Mr|Mrs|Ms|Prof|Puan|Encik|Tuan)\.?\s+)?[A-Z][\p{L}'-]+/u;
/** Right before the name: "endorsed by IMU", "on behalf of IMU". */
const BEFORE_BY = /\b(?:endorsed|recommended|approved|backed|certified|sanctioned|supported|trusted|chosen)\s+(?:and\s+\w+\s+)?by\s+(?:the\s+)?(?:whole\s+|entire\s+)?$/i;
const BEFORE_BEHALF = /\b(?:on behalf of|speaking for|representing|in the name of)\s+(?:the\s+)?(?:whole\s+|entire\s+)?$/i;
/** What is being promoted: a product or brand, or a political or charitable cause. */
const PROMOTION = /\b(?:vote|voting|votes|candidate|party|parti|campaign|election|polling|ballot|rally|petition|cause|donate|donation|fundraiser|boycott|support (?:him|her|them)|elect|re-?elect|brand|product|supplement|drink|sachets?|app|device|kit|manikins?|vendor|buy|purchase|order|discount|promo|code|coupon|% off|sponsored|affiliate|link in bio|shop|store)\b/i;
/** The object of "IMU recommends/supports …" that makes it a promotion. */
const PROMO_OBJECT = /\b(?:vote|voting|candidate|party|parti|campaign|petition|donate|donation|fundraiser|boycott|brand|product|supplements?|drinks?|sachets?|kits?|manikins?|vendor|buy|purchase|discount|promo|code|coupon|% off|sponsored|affiliate|shop|store)\b/i;
/** "recommend eating more fibre and fewer sugary drinks": health advice, not a product. */
const HEALTH_HABIT = /^\s+(?:that\s+(?:you|we|students|everyone)\s+)?(?:eating|drinking|cutting|avoiding|getting|reducing|limiting|exercising|walking|sleeping|choosing|staying|keeping|washing|wearing|swapping|replacing|checking|screening)\b/i;
/** An object that starts with a brand-like capitalised name ("GlowBerry Collagen+"). */
const BRAND_OBJECT = /^\s+(?:the\s+)?[*_]{0,2}(?:[A-Z][a-z]*[A-Z][\w+]*|[A-Z][\w+]*(?:\s+[A-Z0-9][\w+]*)+|[A-Z][\w]*[+®™])/;
/** "As an IMU lecturer, I endorse …": the name used as the author's credential for an endorsement. */
const AS_ROLE_BEFORE = /\b(?:as|i'm|i’m|i am)\s+(?:an?\s+|the\s+)?(?:(?:proud|former|senior|longtime|long-time|current|new|recent|full-time|part-time)\s+)?$|\bas\s+(?:someone|somebody|one)\s+who\s+(?:teaches|works|lectures|trains|practises|practices)\s+(?:[\w-]+\s+){0,3}?(?:at|in|for|with)\s+(?:the\s+)?$|\bas\s+(?:an?\s+|the\s+|one of (?:the\s+)?)?(?:[\w-]+\s+){0,2}?(?:lecturers?|staff|faculty|professors?|dean|director|doctors?|academics?|researchers?|employees?|members? of staff|tutors?|counsell?ors?|clinicians?|head of [\w ]{1,30}?)\s+(?:at|of|in|from|with)\s+(?:the\s+)?$/i;
const ROLE_AFTER = /^(?:'s)?\s+(?:lecturer|staff|faculty|professor|dean|director|doctor|academic|researcher|employee|representative|spokesperson)/i;
/** After the credential, in a block about an election: a candidate or party picked out ("Dr. Lim is the only candidate who…", "vote for him"). */
const ROLE_CANDIDATE = /\b(?:is|'s|’s|are)\s+(?:(?:clearly|honestly|simply|by far|really)\s+)?(?:the\s+)?(?:only|best|right|one|obvious|clear|strongest)\s+(?:[\w-]+\s+){0,2}?(?:candidate|choice|person|man|woman|party|option)\b|\b(?:vote|voting)\s+for\s+(?:him|her|them|[A-Z])|\b(?:deserves|has earned|gets)\s+(?:your|our|my)\s+votes?\b/;
/** After the credential: a promotion in the same sentence ("use my code PRIYA10", "10% off", "I only put my name to products that work"). */
const ROLE_PROMO = /\b(?:use|using|enter|with|apply)\s+(?:my|our|the)\s+(?:(?:discount|promo|referral|affiliate)\s+)?code\b|\b(?:put|lend|give)s?\s+(?:my|our)\s+(?:own\s+)?name\s+(?:to|behind|on)\s+(?:\w+\s+){0,2}?(?:products?|brands?|supplements?|this|it|them)\b|\blink in (?:my\s+)?bio\b|\baffiliate link\b/i;
const ROLE_PROMO_HINT = /code|name|bio\b|affiliate/i;
const ROLE_NEGATION = /(?:\b(?:not|never|no|nobody|neither|nor)\b|n['’]t\b)[^.!?]{0,40}$/i;
const I_ENDORSE = /\b(?:i|we)(?:'m|’m|'re|’re|\s+am|\s+are|'d|’d|\s+would)?\s+(?:\w+\s+)?(?:endorse|endorsing|back|backing|support|supporting|recommend|recommending|urge|urging|ask|asking|encourage|encouraging|call on|calling on|beg|begging|invite|inviting|want|swear by|swearing by)\b([^.!?\n]{0,100})/i;
/** "the one probiotic that IMU's pharmacy school stands behind": a product named before, the institution's verb after. */
const PRODUCT_BEFORE = /\b(?:the\s+(?:one|only)|the|a|an|this|that)\s+(?:[\w-]+\s+){0,3}?(?:products?|brands?|probiotics?|supplements?|vitamins?|drinks?|sachets?|kits?|gloves|masks?|sunscreens?|creams?|serums?|moisturi[sz]ers?|apps?|devices?|gadgets?|stethoscopes?|scrubs|shoes|textbooks?|formula|teas?|coffees?|powders?|snacks?|equipment|software|laptops?|bottles?|toothpastes?|mouthwash)\s+(?:that\s+|which\s+)?$/i;
const BARE_VERB_AFTER = /^(?:'s|’s)?(?:\s+[\p{L}-]+){0,3}?\s+(?:(?:officially|strongly|fully|proudly|really|actually|also|all)\s+)?(?:stands?\s+(?:firmly\s+)?behind|recommends?|endorses?|trusts?|approves?(?:\s+of)?|backs|swears\s+by|supports?)\b/u;
/** "IMU trusts nothing else", "IMU uses nothing but": an exclusive choice, an endorsement when the sentence names a brand. */
const EXCLUSIVE_AFTER = /^(?:'s|’s)?(?:\s+[\p{L}-]+){0,2}?\s+(?:(?:trusts?|uses?|wants?|buys?|allows?|recommends?|stocks?)\s+(?:nothing|no\s+(?:other|one)(?:\s+\w+)?)\s+(?:else|but)|(?:only|exclusively)\s+(?:trusts?|uses?|buys?|stocks?|recommends?))\b/u;
const BRAND_IN = /\*\*[A-Z][^*\n]{1,40}\*\*|\b[A-Z][a-z]+[A-Z]\w+|\b[A-Z][\w]*[+®™]/;
/** A personal product pick after the credential: "this is the best brush on the market", "the shoe I recommend to every student". */
const PICK = /\b(?:is|'s|’s|was)\s+(?:(?:hands down|honestly|genuinely|simply|easily|by far)\s+)?(?:the\s+(?:best|only|one)|my\s+(?:favourite|favorite|go-to|top pick))\b[^.!?\n]{0,60}?(?:\bon the (?:[\w-]+\s+){0,2}market\b|\b(?:you|money) can buy\b|\bout there\b|\b(?:I|we)(?:'d|’d|\s+would)?\s+(?:\w+\s+)?(?:recommend|tell|trust|swear by|use|buy|give)\b)|\b(?:I|we)\s+(?:(?:always|now|personally|happily)\s+)?(?:tell|recommend\s+(?:it\s+|this\s+|them\s+)?to)\s+(?:every|all\s+(?:my|our))\s+(?:[\w-]+\s+)?(?:students?|patients?|colleagues?|clients?|famil(?:y|ies)|friends?|members?)\b/i;
/** The object of a pick: a brand or a purchase in the sentence. */
const PICK_OBJECT = /\bon the (?:[\w-]+\s+){0,2}market\b|\b(?:you|money) can buy\b|\bto buy\b/i;
/** "put my name — and my university's — behind", "lend IMU's name to": the author lends the institution's name. */
const LEND_BEFORE = /\b(?:put(?:s|ting)?|lend(?:s|ing)?|stak(?:e|es|ing)|attach(?:es|ing)?)\s+(?:(?:my|our)\s+(?:own\s+)?(?:good\s+)?name\s*[—–,-]?\s*(?:and|&|plus)\s+)?$/i;
const LEND_AFTER = /^(?:'s|’s)(?:\s+(?:good\s+)?name)?\s*[—–,-]?\s*(?:behind|to (?:this|these|it|them))\b/;
/** "CiteNest Pro is the one IMU Library recommends": a named product, then the institution's pick (with BARE_VERB_AFTER). */
const ONE_BEFORE = /\b(?:is|are|'s|’s)\s+(?:(?:the\s+(?:one|ones|brand|tool|app|product|option|plan)|what|exactly what)\s+)(?:that\s+|which\s+)?(?:the\s+)?$/i;
/** "VitaBond Ultra is the only resin cement IMU's restorative team uses": a named product, then the institution's exclusive use (with ONLY_USE_AFTER). */
const ONLY_BEFORE = /\b(?:is|are|'s|’s)\s+(?:(?:still|now|honestly|literally)\s+)?(?:the\s+)?(?:only|one and only|sole)\s+(?:[\w-]+\s+){0,3}?(?:that\s+|which\s+)?(?:the\s+)?$/i;
const ONLY_USE_AFTER = /^(?:'s|’s)?(?:\s+[\p{L}-]+){0,3}?\s+(?:(?:actually|really|ever|will|would|currently|now)\s+)?(?:uses?|trusts?|stocks?|buys?|orders?|recommends?|prescribes?|allows?|approves?|swears\s+by|stands?\s+behind)\b/u;
/** The sentence recommends or sells what it names: an exclusive use stated as a recommendation. */
const RECOMMEND_CUE = /\brecommend\w*|\bswears?\s+by\b|\btrust(?:s|ed)?\b|\b(?:the\s+)?best\b|\blove\b|\bget yours\b|\bgrab (?:one|yours|it)\b|\b(?:discount|promo|code|affiliate|link in bio|sponsored)\b/i;
/** "tell them IMU Finance sent you": a referral that trades on the institution's name (with SENT_AFTER). */
const SENT_BEFORE = /\b(?:(?:tell|telling|let)\s+(?:them|the\s+(?:staff|cashier|counter|agent|teller|banker|officer|shop|store|clinic|salesperson|rep))\s+(?:know\s+)?|(?:say|saying|mention|mentioning)\s+)(?:that\s+)?$/i;
const SENT_AFTER = /^(?:'s|’s)?(?:\s+[A-Z][\p{L}&-]*){0,3}\s+(?:sent|referred)\s+you\b/u;
const NEGATION = /\b(?:not|n't|never|neither|nor|no|without|doesn'?t|does not|isn'?t|is not|wasn'?t|nothing)\b[^.!?]{0,40}$/i;
const GENERAL = /\b(?:do not|don't|never|avoid|must not|should not|shouldn't|prohibited|not allowed)\s+(?:\w+\s+){0,3}(?:use|using)\b[^.!?]{0,40}$/i;

/** A discount or promo code: "use code IMUNURSE15", "promo code IMU20 at checkout". Group 1 = the code. */
const PROMO_CODE = /\b(?:(?:discount|promo(?:tion(?:al)?)?|coupon|voucher|referral|affiliate)\s+)?code\s*[:=]?\s*["“'‘*_`]{0,2}([A-Z][A-Z0-9_-]{2,24})(?![\w-])/g;
/** The code buys something: a discount, a checkout, an order. */
const PROMO_CUE = /%\s*off|\boff (?:your|the|all|any|every|a)\b|\b(?:discount|checkout|check-out|promo|coupon|voucher|save|saving|shop|store|purchase|buy|free shipping|first box)\b|\b(?:your|first|next|an?)\s+(?:\w+\s+)?orders?\b/i;
/** A referral or affiliate link: group 1 = its code ("?ref=siobhan-imu-physio", "/r/IMUNURSE"). */
const REF_URL = /https?:\/\/[^\s)\]>"'<]+?(?:[?&](?:ref|referral|referrer|aff|affiliate|aff_id|partner|code|coupon|promo|discount|via|invite)=|\/(?:r|ref|aff|go|invite)\/)([^&#\s)\]>"'<]+)/gi;
const refAcronyms = new WeakMap<object, RegExp | null>();
/** The institution's acronym as a token of a referral code ("siobhan-imu-physio", "IMU20"), any case. */
function acronymTokenRe(pack: { institution?: { acronyms?: string[] } }): RegExp | null {
  if (!refAcronyms.has(pack)) {
    const list = (pack.institution?.acronyms ?? []).filter((a) => /^[A-Z][A-Z0-9]{1,9}$/.test(a));
    refAcronyms.set(pack, list.length ? new RegExp(`(?:^|[^a-z])(?:${list.join("|")})(?:[^a-z]|$)`, "i") : null);
  }
  return refAcronyms.get(pack)!;
}
const codeAcronyms = new WeakMap<object, RegExp | null>();
/** The institution's acronym opening a code or set off inside it ("IMUNURSE15", "STAFF-IMU"), exact case. */
function acronymCodeRe(pack: { institution?: { acronyms?: string[] } }): RegExp | null {
  if (!codeAcronyms.has(pack)) {
    const list = (pack.institution?.acronyms ?? []).filter((a) => /^[A-Z][A-Z0-9]{1,9}$/.test(a));
    codeAcronyms.set(pack, list.length ? new RegExp(`(?:^|[^A-Z])(?:${list.join("|")})`) : null);
  }
  return codeAcronyms.get(pack)!;
}

/** What a logo image says it carries: a campaign slogan ("Educators for Chong"), a vote, a sponsor or a brand. */
const SLOGAN = /\b[A-Z][a-z]+s\s+for\s+[A-Z][a-z]+|#(?:vote|team)[A-Z]?\w*/;
const IMAGE_PROMO = /\b(?:vote|voting|candidate|party|campaign|election|by-?election|rally|petition|fundraiser|boycott|elect|re-?elect|brand|product|supplement|sponsored|sponsor|promo|discount|advert|advertisement|endorse\w*)\b/i;

/** A product launch or tie-in named earlier in the paragraph: "I've partnered with **NutriVolt** on …". */
const PRODUCT_EARLIER = /\*\*[A-Z][^*\n]{1,40}\*\*|\b[A-Z][a-z]+[A-Z]\w+|\b[A-Z][\w]*[+®™]|\b(?:partner(?:ed|ing|ship)?\s+with|sponsor(?:ed|ship)|launch(?:ed|ing)?|brand ambassador|collab(?:oration)?\s+with)\b/;
/**
 * A personal product pick in `s`, with something bought or branded as its object, not negated;
 * `earlier` (the paragraph before the sentence) may name the product instead ("this is the one I recommend").
 */
function isPick(s: string, earlier = ""): boolean {
  const p = PICK.exec(s);
  return !!p && !NEGATION.test(s.slice(Math.max(0, p.index - 30), p.index)) && (PICK_OBJECT.test(s) || BRAND_IN.test(s) || PROMOTION.test(s) || PRODUCT_EARLIER.test(earlier));
}

export default defineRule({
  id: "affiliation.endorsement",
  title: "Institution's name used to endorse",
  description: "Using the institution's name to promote or endorse a product, cause, political party or candidate makes a personal recommendation look like an official one. Give your own view under your own name, without the institution's backing.",
  severity: "warning",
  sources: ["imu-staff:logo"],
  fixes: [],
  scope: "block",
  examples: [
    { pack: "imu-staff", bad: "IMU recommends GlowBerry Collagen+ to all our students.", good: "I like GlowBerry Collagen+ myself (this is my personal view, and the post is sponsored)." },
    { pack: "imu-staff", bad: "On behalf of IMU, I'm asking all our students to vote for Dr. Lee on Saturday.", good: "Whoever you vote for on Saturday, please vote." },
  ],
  check(ctx) {
    const block = ctx.block!;
    const text = block.text;
    // a discount code built on the institution's name lends it to the product
    const reportedCode = new Set<number>();
    const codes: { start: number; end: number; message: string }[] = [];
    const acro = /\bcode\b/i.test(text) ? acronymCodeRe(ctx.pack) : null;
    if (acro) for (const m of allMatches(PROMO_CODE, text)) {
      if (!acro.test(m[1]!)) continue;
      const sent = block.sentences.find((s) => m.index >= s.start - block.start && m.index < s.end - block.start);
      const ss = sent ? sent.start - block.start : 0, se = sent ? sent.end - block.start : text.length;
      const sentence = text.slice(ss, se);
      if (!PROMO_CUE.test(sentence) || NEGATION.test(text.slice(ss, m.index).slice(-30)) || reportedCode.has(ss)) continue;
      reportedCode.add(ss);
      const lead = sentence.length - sentence.trimStart().length;
      codes.push({ start: ss + lead, end: ss + sentence.trimEnd().length, message: `This promotes a product with a discount code built on ${m[1]!.match(acro)![0].replace(/^[^A-Z]/, "")}'s name; leave the institution's name out of promotions.` });
    }
    // a code sentence next to an endorsement of the same product is part of that one finding ("IMU recommends X. Use code IMU20.")
    const reportCodes = (pending: { start: number; end: number }[]) => {
      for (const c of codes) {
        const next = pending.find((p) => (p.end <= c.start && /^\s*$/.test(text.slice(p.end, c.start))) || (c.end <= p.start && /^\s*$/.test(text.slice(c.end, p.start))));
        if (next) { next.start = Math.min(next.start, c.start); next.end = Math.max(next.end, c.end); continue; }
        ctx.report({ start: block.start + c.start, end: block.start + c.end, message: c.message });
      }
    };
    // an affiliate link whose code carries the institution's name ("?ref=siobhan-imu-physio"); the raw text is part of the block's cache key
    const raw = ctx.doc.text.slice(block.start, block.end);
    const refLinks: { start: number; end: number }[] = [];
    const refAcro = raw.includes("://") ? acronymTokenRe(ctx.pack) : null;
    if (refAcro) for (const m of allMatches(REF_URL, raw)) {
      const code = m[1]!;
      if ((refAcro.test(code) || (/^[A-Z0-9_-]+$/.test(code) && acronymCodeRe(ctx.pack)?.test(code))) && !(ctx.pack.institution?.emailDomains ?? []).some((d) => m[0].toLowerCase().includes(d))) refLinks.push({ start: m.index, end: m.index + m[0].length + (/^[^&#\s)\]>"'<]*/.exec(raw.slice(m.index + m[0].length))?.[0].length ?? 0) });
    }
    // the institution's logo on a campaign or product banner ("IMU logo with 'Educators for Chong' overlay")
    if (ctx.pack.institution && (raw.includes("![") || raw.includes("<img"))) for (const image of ctx.doc.images) {
      if (image.start < block.start || image.end > block.end) continue;
      const says = `${image.alt} ${image.title} ${fileNameWords(image.src)}`;
      if (!(SLOGAN.test(says) || IMAGE_PROMO.test(says) || BRAND_IN.test(`${image.alt} ${image.title}`)) || !isLogoImage(ctx.pack, image)) continue;
      ctx.report({ start: image.start, end: image.end, message: "This puts the institution's logo on a campaign or promotion; leave the institution's marks out of endorsements." });
    }
    const mentions = findInstitutionMentions(ctx.pack, text);
    // "IMU-approved": the hyphen hides the name from the whole-word mention search
    if (HYPHENATED_HINT.test(text)) for (const h of allMatches(HYPHENATED, text)) {
      const word = h[1]!;
      const inWord = findInstitutionMentions(ctx.pack, word).filter((mm) => mm.end === word.length);
      for (const mm of inWord) mentions.push({ start: h.index + mm.start, end: h.index + mm.end });
    }
    // "#IMUapproved", "#IMUpartner": a hashtag that stamps the institution's name on a promotion
    const forced = new Set<number>();
    if (text.includes("#")) for (const h of allMatches(HASHTAG, text)) {
      const word = h[1]!;
      if (findInstitutionMentions(ctx.pack, word).some((mm) => mm.start === 0 && mm.end === word.length)) {
        mentions.push({ start: h.index + 1, end: h.index + 1 + word.length });
        forced.add(h.index + 1);
      }
    }
    if (ctx.pack.institution) for (const m of allMatches(OWN_INSTITUTION, text)) mentions.push({ start: m.index, end: m.index + m[0].length });
    const reportedSpans: [number, number][] = [];
    const reportRefLinks = () => {
      for (const l of refLinks) {
        if (reportedSpans.some(([a, b]) => l.start < b && a < l.end)) continue;
        ctx.report({ start: block.start + l.start, end: block.start + l.end, message: "This referral link carries the institution's name into a promotion; use a code or link without the institution's name." });
      }
    };
    if (!mentions.length) { reportCodes([]); reportRefLinks(); return; }
    mentions.sort((a, b) => a.start - b.start);
    const reported = new Set<number>();
    const pending: { start: number; end: number; name: string }[] = [];
    let election: boolean | undefined;
    for (const { start, end } of mentions) {
      const sent = block.sentences.find((s) => start >= s.start - block.start && start < s.end - block.start);
      const ss = sent ? sent.start - block.start : 0, se = sent ? sent.end - block.start : text.length;
      if (reported.has(ss) || reportedCode.has(ss)) continue;
      const sentence = text.slice(ss, se);
      const after = text.slice(end, se);
      const before = text.slice(ss, start);
      let hit = forced.has(start);
      if (AFTER_ADJ.test(after) || AFTER_POSSESSIVE.test(after)) hit = !NEGATION.test(before.slice(-30));
      if (!hit) {
        const unit = UNIT_AFTER.exec(after)?.[0] ?? "";
        const v = AFTER_VERB.exec(after) ?? (unit ? AFTER_VERB.exec(after.slice(unit.length)) : null);
        const obj = v?.[1] ?? "";
        if (v && !NEGATION.test(before.slice(-30)) && ((PROMO_OBJECT.test(obj) && !HEALTH_HABIT.test(obj)) || BRAND_OBJECT.test(obj) || (ELECTION.test(text) && PERSON_OBJECT.test(obj)))) hit = true;
      }
      if (!hit && !NEGATION.test(before.slice(-30)) && ((PRODUCT_BEFORE.test(before) && BARE_VERB_AFTER.test(after)) || (EXCLUSIVE_AFTER.test(after) && (BRAND_IN.test(sentence) || PROMOTION.test(sentence))))) hit = true;
      if (!hit && (AFTER_PARTNER.test(after) || BEFORE_PARTNER.test(before) || BEFORE_SPONSORED.test(before)) && !NEGATION.test(before.slice(-30)) && PROMOTION.test(text)) hit = true;
      if (!hit && BEFORE_BY.test(before) && !NEGATION.test(before.replace(BEFORE_BY, ""))) hit = PROMOTION.test(sentence) || /\b(?:this|these|it|our|my)\b/i.test(before);
      if (!hit && BEFORE_BEHALF.test(before) && !GENERAL.test(before) && !/\bif\b/i.test(before) && PROMOTION.test(sentence)) hit = true;
      if (!hit && ONE_BEFORE.test(before) && BRAND_IN.test(before) && BARE_VERB_AFTER.test(after) && !NEGATION.test(before.slice(-30))) hit = true;
      if (!hit && /\b(?:only|sole)\b/i.test(before) && ONLY_BEFORE.test(before) && BRAND_IN.test(before) && ONLY_USE_AFTER.test(after) && RECOMMEND_CUE.test(sentence) && !NEGATION.test(before.slice(-40))) hit = true;
      if (!hit && SENT_BEFORE.test(before) && SENT_AFTER.test(after) && !NEGATION.test(before.slice(-30))) hit = true;
      if (!hit && LEND_AFTER.test(after) && LEND_BEFORE.test(before) && !NEGATION.test(before.slice(-40))) hit = true;
      let reportEnd = ss + sentence.trimEnd().length;
      if (!hit && (AS_ROLE_BEFORE.test(before) || ROLE_AFTER.test(after))) {
        const e = I_ENDORSE.exec(after);
        if (e && !NEGATION.test(after.slice(0, e.index + e[0].length - (e[1] ?? "").length)) && (PROMOTION.test(e[1] ?? "") || BRAND_OBJECT.test(e[1] ?? ""))) hit = true;
        // "As IMU's coordinator, I can tell you Dr. Lim is the only candidate who cares"; "As an IMU lecturer … use my code PRIYA10"
        if (!hit) {
          election ??= ELECTION.test(text);
          const c = (election ? ROLE_CANDIDATE.exec(after) : null) ?? (ROLE_PROMO_HINT.test(after) ? ROLE_PROMO.exec(after) : null);
          if (c && !ROLE_NEGATION.test(after.slice(Math.max(0, c.index - 40), c.index))) hit = true;
        }
        // "As an IMU lecturer, I think this is the best brush on the market" (or the pick in the next sentence)
        if (!hit && isPick(after, text.slice(0, ss))) hit = true;
        if (!hit && sent) {
          const next = block.sentences[block.sentences.indexOf(sent) + 1];
          if (next && isPick(text.slice(next.start - block.start, next.end - block.start))) {
            hit = true;
            reportEnd = next.start - block.start + text.slice(next.start - block.start, next.end - block.start).trimEnd().length;
          }
        }
      }
      if (!hit) continue;
      reported.add(ss);
      const lead = sentence.length - sentence.trimStart().length;
      reportedSpans.push([ss + lead, reportEnd]);
      const prev = pending[pending.length - 1];
      // one endorsement told over consecutive sentences ("On behalf of IMU, X is the best. Tell them IMU sent you!") is one finding
      if (prev && prev.end <= ss + lead && /^\s*$/.test(text.slice(prev.end, ss + lead))) prev.end = Math.max(prev.end, reportEnd);
      else pending.push({ start: ss + lead, end: reportEnd, name: text.slice(start, end) });
    }
    reportCodes(pending);
    for (const p of pending) ctx.report({
      start: block.start + p.start, end: block.start + p.end,
      message: `This uses ${p.name}'s name to promote or endorse something; give it as your own view and leave the institution's name out.`,
    });
    reportRefLinks();
  },
});
