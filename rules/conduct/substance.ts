/**
 * conduct.substance: depictions of the author's or colleagues' intoxication or drug use
 * ("got wasted", "blackout drunk", "so hungover on rounds", "stoned"). Clinical discussion of
 * intoxication, a drink at a wedding and substance-use education are not flagged: the patterns
 * need a personal, colloquial depiction, and sentences about patients are skipped.
 */
import { defineRule } from "../../shared/src/rule.js";
import type { Block } from "../../shared/src/document.js";
import { memoByBlock } from "../lexicon.js";
import { blockSentences, sentenceAt } from "./match.js";
import { allMatches } from "../../shared/src/text.js";

const DRUNK_WORDS = "(?:steaming|rat-?arsed|paralytic|twatted|mullered|trolleyed|bladdered|wankered|leathered|blotto|pie-eyed|wasted|hammered|smashed|plastered|trashed|sloshed|shitfaced|shit-faced|legless|munted|blitzed|lit|buzzed|tipsy|drunk|stoned|baked|blazed|zooted|tanked|sauced|crossfaded|cross-faded)";
const INTENS = "(?:half[- ]|(?:so|totally|absolutely|completely|utterly|properly|fully|super|really|pretty|very|extremely|insanely|ridiculously|stupidly|blind|blackout|black-out|falling-down|roaring|rip-roaring|piss|fucking|freaking|hella|mad|too|still|kinda|a bit|a little)\\s+)";
const PERSON = "(?:I|I'm|I’m|Im|we|we're|we’re|he|she|they|everyone|everybody|half of us|all of us|the whole (?:team|class|cohort|group)|my (?:co-?residents?|classmates?|friends?|roommates?|resident|attending|consultant|registrar|intern|team)|[A-Z][a-z]+)";

/** Stimulants and sedatives taken without a prescription to study, and "study drugs". */
const SPIRIT = "(?:tequila|vodka|rum|gin|whisky|whiskey|bourbon|scotch|brandy|j[äa]ger|j[äa]germeister|sambuca|absinthe|fireball|everclear|moonshine|mezcal|baileys|goon)";
const WINE = "(?:wine|red|white|ros[eé]|pinot(?: grigio| noir| gris)?|merlot|shiraz|syrah|malbec|cab(?:ernet)?(?: sauv(?:ignon)?)?|sauv(?:ignon)?(?: blanc)?|sav(?: blanc)?|chardonnay|riesling|prosecco|champagne|cava|fizz|bubbly|vino|sangria|port|sake|soju|beer|cider)";
const STIM = "(?:adderall|ritalin|modafinil|armodafinil|vyvanse|concerta|dexedrine|provigil|xanax|valium|study drugs?)";

/**
 * Blind-8 classes, each with a cheap word test: drinks counted by cocktail ("three mimosas deep"),
 * a drinking game someone made up or played, "edible" as a verb ("we edibled through the lecture"),
 * a drink in each hand, Québec French "gelé du party / de la veille" (stoned or still drunk).
 */
const RECALL9: [RegExp, RegExp][] = [
  [/\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|too many)\s+(?:[a-z]+\s+){0,2}?(?:mimosas|bellinis|spritzes|spritzers|aperols|negronis|martinis|margs|mojitos|daiquiris|caipirinhas|palomas|proseccos|G&Ts|gin and tonics|gin tonics|tequilas|vodkas|whiskies|whiskeys|rums|sakes|sojus|bevvies|bevs|glasses of (?:wine|red|white|ros[eé]|prosecco|fizz|champagne|bubbly))\s+(?:deep|down)\b(?![\w-])/gi, /\b(?:deep|down)\b/i],
  [/\b(?:invent(?:ed|s|ing)?|made up|make up|making up|came up with|come up with|start(?:ed|s|ing)?|play(?:ed|s|ing)?|made|turned (?:it|this|that|the [\w-]+|[\w-]+) into)\s+(?:a|an|the|our|my|that|this|another)\s+(?:[\w'’"“”&-]+\s+){0,4}?drinking games?\b/gi, /drinking game/i],
  [/\b(?:I|we|they|he|she|everyone|everybody|[A-Z][a-z]+)\s+(?:(?:just|basically|literally|totally|fully|lowkey|kinda|then)\s+)?edibled\b/gi, /edibled/i],
  [/\b(?:an?\s+)?(?:drink|beer|pint|cocktail|mimosa|cider|margarita|prosecco|glass of (?:wine|prosecco|fizz|bubbly))\s+in\s+(?:each|both|either)\s+hands?\b/gi, /\bhands?\b/i],
  [/(?<![\p{L}])gel[ée]e?s?\s+(?:(?:ben|bien|raides?|dur)\s+)?(?:du|de la|de l['’]|d['’]|de (?:notre|mon|ma|son|sa|leur|la grosse))\s*(?:party|veille|soirée|brosse|hier|5 à 7|cinq à sept|fin de semaine|week-?end|pot|joint|weed|after|bal|initiation)(?![\p{L}])/giu, /gel[ée]/i],
];

/**
 * Blind-9 class: Québec (and France) French slang for being drunk or high, said of people ("qui ont fini
 * la soirée complètement paquetés", "on était toutes pas mal gelées", "j'étais ben chaud"). The subject is
 * a person (a pronoun, "qui", a first name) with "être", "finir la soirée" or "rentrer"; "gelé" (frozen,
 * cold) and "chaud" (hot, keen) are weak words that count only with drinking or partying in the paragraph
 * and no cold or heat (FR_WEAK_OK).
 */
const FR_SUBJECT = String.raw`(?:(?<![\p{L}])(?:[Jj]e|[Jj]['’]|[Oo]n|[Nn]ous|[Vv]ous|[Ii]ls|[Ee]lles|[Ii]l|[Ee]lle|[Tt]u|[Tt]['’]|qui|[Tt]out le monde|[Tt]oute la gang|[Ll]a gang|[Ll]es gars|[Ll]es filles|(?:[Mm]es|[Nn]os) (?:colocs?|amie?s|chums|collègues|co-?résidente?s)|(?<!(?:[Ll][ea]|[Ll]es|[Ll]['’]|[Aa]u|[Dd]u|[Dd]es|[Cc]e|[Cc]ette)\s*)\p{Lu}\p{Ll}+(?:\s+et\s+\p{Lu}\p{Ll}+)?)\s*(?:(?:me|se|nous|vous|te|m['’]|s['’])\s*)?(?:étais|était|étaient|étions|étiez|suis|sommes|êtes|sont|es|est|a été|ont été|avons été|ai été|(?:ai|as|a|avons|avez|ont)\s+(?:fini|terminé|passé|commencé)\s+(?:la|leur|notre|sa|ma|toute la|le)\s+(?:soirée|nuit|veillée|party|5 à 7|fin de semaine|week-?end|brosse))(?:\s+(?:rentrée?s?|arrivée?s?|revenue?s?|sortie?s?|retournée?s?|restée?s?))?)`;
const FR_INTENS = String.raw`(?:\s+(?:tous|toutes|tout|complètement|totalement|carrément|ben|bien|pas mal|mal|tellement|trop|full|encore|vraiment|un peu|assez|déjà|solidement|solide|raide|franchement|honnêtement|aussi))*`;
const FR_STRONG_WORDS = String.raw`(?:paqueté|pacté|soûl|saoul|saoûl|bourré|éméché|pompette|défoncé|buzzé)(?:e|s|es)?|pompettes|ivres?(?!\s+(?:de|d['’]))`;
export const FR_INTOX_STRONG = new RegExp(String.raw`${FR_SUBJECT}${FR_INTENS}\s+(?:${FR_STRONG_WORDS})(?![\p{L}-])(?!\s+(?:de\b|d['’]|comme des sardines|comme (?:un|des) (?:œufs?|oeufs?)|à craquer|dans (?:le|la|un|une|l['’])\s*(?:métro|bus|autobus|salle|voiture|char|ascenseur)))`, "gu");
export const FR_INTOX_WEAK = new RegExp(String.raw`${FR_SUBJECT}${FR_INTENS}\s+(?:gelée?s?|chaude?s?|torchée?s?|pétée?s?)(?![\p{L}-])(?!\s+(?:(?:en masse|en crisse|en maudit|en sacrament|en tabarnak)\s+)?(?:de\b|d['’]|pour\b|à\b|sur place|par\b|jusqu['’]aux os|comme (?:une|des) (?:crottes?|balles?|glaçons?)|ben dur dehors))`, "gu");
/** Drinking or partying named in the paragraph. */
const FR_PARTY = /(?<![\p{L}])(?:party|partys|soirée|veillée|brosse|bières?|bière|shooters?|shots?|vin|alcool|fort|cocktails?|drinks?|bar|bars|5 à 7|cinq à sept|after|club|joints?|pot|weed|pétard|paquetée?s?|soûle?s?|saoule?s?|open bar|caisse de 24|tequila|téquila|vodka|rhum|gin|jäger)(?![\p{L}])|[🍻🍺🍷🥂🍸🍹🥃🍾]/iu;
/** Cold, heat, fear or a fever explain "gelé" and "chaud". */
const FR_COLD_HEAT = /(?<![\p{L}])(?:froid|frette|moins \d+|degrés|°|neige|tempête|hiver|glace|glacée?s?|vent|dehors|autobus|arrêt|ski|patin|motoneige|tuque|mitaines|chaleur|canicule|soleil|sauna|fièvre|fiévreu\w*|transpir\w*|climatisation|clim|peur|stress|figée?s?|terrasse|extérieur|plein air|feu de camp|pluie|mouillée?s?|trempée?s?|lac|rivière|fleuve|sol|terrain|route|chemin|stationnement|patinoire|étang)(?![\p{L}])|-\s?\d+\s?°?C/iu;
const FR_WEAK_OK = (text: string) => FR_PARTY.test(text) && !FR_COLD_HEAT.test(text);

/**
 * Blind-11 classes. The effects of drink told casually, with a drink named in the sentence ("three
 * mimosas and a White Claw at 9 am and I'm already seeing double", "the room won't stop spinning after
 * those shots"). French: an intent to get drunk ("je compte bien être chaud raide", "on veut être
 * paquetés", "j'ai l'intention d'être soûle") and reflexive slang with a matching subject ("je m'en vais
 * me geler la face", "on va se paqueter la fraise", "on s'est soûlés", "se bourrer la gueule", "se mettre
 * une race"); "Ça me saoule" (it annoys me) has no matching subject, "se bourrer la face" (eat a lot) and
 * "se défoncer au gym" (work hard) are not listed, and "geler" (freeze) counts only like the other weak
 * words (a party named, no cold).
 */
const DRINK_NOUN = String.raw`(?:mimosas?|bellinis?|spritz(?:es)?|spritzers?|aperols?|negronis?|martinis?|margs?|margaritas?|mojitos?|daiquiris?|cocktails?|shots?|shooters?|tequilas?|vodkas?|gin|G&Ts?|rum|whisk(?:e)?y|whiskies|bourbon|j[äa]ger(?:bombs?)?|beers?|pints?|ciders?|wine|prosecco|champagne|bubbly|sangria|seltzers?|white claws?|claws|bevvies|drinks|bottles? of \w+|glasses of \w+|boozy|bottomless|soju|sake|tinnies)`;
const DRUNK_EFFECT = String.raw`(?:seeing double|(?:the )?room (?:is|was|'s|’s|keeps|kept|won(?:'|’)?t stop|wouldn(?:'|’)?t stop|started|starts) (?:spinning|spin)|slurring (?:my|our|his|her|their) words|(?:can(?:'|’)?t|couldn(?:'|’)?t|cannot) (?:walk straight|stand up straight|feel my (?:face|legs|lips|teeth))|the floor (?:is|was) moving)`;
const DRINK_EFFECT = new RegExp(String.raw`\b${DRINK_NOUN}\b[^.!?\n]{0,80}?\b${DRUNK_EFFECT}\b|\b${DRUNK_EFFECT}\b[^.!?\n]{0,40}?\b(?:after|from)\s+(?:[\w'’-]+\s+){0,3}?${DRINK_NOUN}\b`, "gi");
const FR_INTENT = String.raw`(?<![\p{L}])(?:[Jj]e|[Jj]['’]|[Oo]n|[Nn]ous|[Vv]ous|[Ii]ls|[Ee]lles|[Tt]out le monde|[Ll]a gang)\s*(?:m['’]en\s+|s['’]en\s+|nous en\s+)?(?:compte|comptons|comptez|comptent|veux|veut|voulons|voulez|veulent|vais|va|allons|allez|vont|prévois|prévoit|prévoyons|espère|espérons|ai|a|avons|avez|ont)\s+(?:(?:bien|ben|vraiment|tous|toutes|full|fermement|clairement|sérieusement|solidement)\s+)*(?:l['’]intention\s+d['’]\s*|de\s+)?(?:être|finir la soirée|finir)`;
const FR_INTENT_DRUNK = new RegExp(String.raw`${FR_INTENT}${FR_INTENS}\s+(?:${FR_STRONG_WORDS}|chaude?s? raides?|gelée?s? (?:ben |bien )?raides?|torchée?s?|chaudaille)(?![\p{L}-])(?!\s+(?:de\b|d['’]|comme des sardines|à craquer))`, "giu");
const FR_REFL_SUBJECT = String.raw`(?<![\p{L}])(?:(?:[Jj]e|[Jj]['’])\s*(?:MODAL)?(?:me|m['’])|[Tt]u\s*(?:MODAL)?(?:te|t['’])|(?:[Oo]n|[Ii]ls?|[Ee]lles?|[Tt]out le monde|[Ll]a gang)\s*(?:MODAL)?(?:se|s['’])|[Nn]ous\s*(?:MODAL)?nous|[Vv]ous\s*(?:MODAL)?vous)\s*(?:(?:suis|es|est|sommes|êtes|sont|étais|était|étions|étiez|étaient|serai|sera|serons|seront)\s+)?(?:(?:bien|ben|complètement|solidement|royalement|encore|vraiment|comme il faut)\s+)*`
  .replaceAll("MODAL", String.raw`(?:ne\s+|n['’]\s*)?(?:m['’]en\s+|t['’]en\s+|s['’]en\s+|nous en\s+|vous en\s+)?(?:vais|va|vas|allons|allez|vont|veux|veut|voulons|voulez|veulent|compte|comptes|comptons|comptez|comptent|peux|peut|pouvons|devrais|devrait|devrions|aimerais|aimerait|adore|adores|adorons)(?:\s+(?:bien|ben|tellement|vraiment|juste|encore|tous|toutes))*\s+`);
const FR_REFL_STRONG = new RegExp(String.raw`${FR_REFL_SUBJECT}(?:(?:paquet|pact)(?:er|é|ée|és|ées|ait|aient|ons|ez|e|ent)(?:\s+(?:la|le)\s+(?:face|fraise|gueule|yeule|tronche|cerveau|tête|bine))?|s(?:o[uû]|aoû?)l(?:er|é|ée|és|ées|ait|aient|ons|ez|e|ent|a)|(?:bourr|torch|défonc)(?:er|é|ée|és|ées|ait|aient|ons|ez|e|ent)\s+(?:la|le)\s+(?:gueule|yeule|tronche|tête|cerveau)|(?:mettre|mis|mise|mets|met|mettait|prendre|pris|prise|prend|prends|prenait|foutre|fout|fous|foutu|taper|tapé|tape)\s+(?:une|des)\s+(?:(?:bonne|grosse|belle|sacrée|méchante|solide|maudite)\s+)?(?:cuites?|murges?|races?|mines?|caisses?|pétées?)|mettre minable|mis(?:e|es)? minables?)(?![\p{L}-])(?!\s+(?:de\b|d['’]|avec (?:ses|des|les|tes|vos) (?:questions|histoires|niaiseries)))`, "gu");
const FR_REFL_WEAK = new RegExp(String.raw`${FR_REFL_SUBJECT}gel(?:er|é|ée|és|ées|ait|aient|ons|ez|e|ent)\s+(?:la|le)\s+(?:face|fraise|bine|tronche|cerveau|gueule|yeule)(?![\p{L}-])`, "gu");
const RECALL12: [RegExp, RegExp][] = [
  [DRINK_EFFECT, /double|spin|slurring|walk straight|stand up straight|feel my|floor (?:is|was) moving/i],
  [FR_INTENT_DRUNK, /paquet|pacté|so[uû]l|saou|bourr|éméch|pompet|défonc|buzz|ivre|raide|torch|chaudaille/i],
  [FR_REFL_STRONG, /paquet|pact|so[uû]l|saou|bourr|torch|défonc|cuite|murge|race|mine|caisse|pétée/i],
  [FR_REFL_WEAK, /gel/i],
];
/** "je me suis défoncé au gym": the reflexive "se défoncer" alone is working hard, not getting high. */
const REFL_DEFONCE = /(?<![\p{L}])(?:me|te|se|m['’]|t['’]|s['’])\s*(?:suis|es|est|sommes|êtes|sont|étais|était|étions|étiez|étaient)\s+(?:\p{L}+\s+)?défonc/iu;

export const PATTERNS: RegExp[] = [
  // "got/getting (absolutely) wasted", "get high", "got stoned"
  new RegExp(`\\b(?:got|get|gets|getting|gotten)\\s+${INTENS}*${DRUNK_WORDS}(?![\\w-])(?!\\s+(?:on|off|up)\\s+(?:a|the)\\s+(?:rota|list|schedule|exam|paper|case|test|question))(?!\\s+(?:by\\s+(?:a|an|the|our|my|his|her|their)\\b|(?:in|at|on)\\s+(?:the\\s+|our\\s+|a\\s+)?(?:[\\w-]+\\s+)?(?:quiz|finals?|match|game|league|tournament|semis?|semi-finals?|round|exam|test|OSCE|leaderboard)\\b))`, "gi"),
  new RegExp(`\\b(?:got|get|gets|getting|gotten)\\s+(?:so\\s+|really\\s+|super\\s+|very\\s+)?high\\b(?=\\s*(?:[.,!?;:)]|$|on\\b|before|at\\b|with|together|and\\b|lol|after|every))`, "gi"),
  new RegExp(`\\b(?:high|tripping|rolling|fried)\\s+on\\s+(?:molly|mdma|ecstasy|shrooms|acid|lsd|coke|cocaine|ketamine|weed|edibles|pot)\\b`, "gi"),
  /\b(?:lines?|bumps?|rails?|key)\s+of\s+(?:coke|cocaine|ket|ketamine|speed|molly|mdma)\b/gi,
  // "so/completely wasted", "blackout drunk", "still drunk"
  new RegExp(`\\b(?:blackout|black-out|blind|roaring|falling-down|stupidly|absolutely|completely|totally|utterly|properly|so|super|still|hella|fucking)\\s+(?:${INTENS})*(?:wasted|hammered|plastered|sloshed|shitfaced|drunk|stoned|blazed|zooted|tipsy|buzzed|hungover|hung over|cross-?faded|steaming|rat-?arsed|paralytic|twatted|mullered|trolleyed|bladdered|wankered|leathered|blotto)\\b(?!\\s*(?:-|to death|hot|mad|angry|mug|cup|bowl|pile|heap|with (?:rage|anger)|on (?:life|adrenaline|caffeine|coffee|sugar|success|endorphins|love)|driver|driving))`, "gi"),
  // "I was wasted", "we were hammered", "she was stoned on rounds"
  new RegExp(`\\b${PERSON}\\s+(?:was|were|am|are|'m|’m|'re|’re|got|felt|feel|still)\\s+${INTENS}*(?:wasted|hammered|smashed|plastered|trashed|sloshed|shitfaced|drunk|stoned|baked|blazed|zooted|tipsy|buzzed|hungover|hung over|high as a kite|cross-?faded)\\b(?!\\s+(?:to death|on (?:life|adrenaline|caffeine|coffee|sugar|success|endorphins)))`, "g"),
  // "hungover", "hangover" at work
  /\b(?:hungover|hung-over)\b/gi,
  /\b(?:(?:brutal|massive|awful|killer|raging|horrible|the worst|such a|a huge|nasty)\s+)hangover\b|\bhangover\s+(?:on|at|during|through|before|for)\s+(?:rounds|call|shift|clinic|work|the ward|theatre|ward round|handover|lecture|class)/gi,
  // "blackout drunk", "blacked out" after drinking
  /\bblack(?:ed)?[ -]out\s+(?:drunk|wasted)\b|\b(?:drank|drinking|drunk|shots|tequila|vodka|booze)\b[^.!?\n]{0,60}\bblacked out\b|\bblacked out\b[^.!?\n]{0,40}\b(?:drinking|drunk|shots|tequila|vodka|booze|the bar|the party)\b/gi,
  /\bhigh as a kite\b/gi,
  // "stoned" (not "stoned to death")
  /\bstoned\b(?!\s+to\s+death)/gi,
  // cannabis and party drugs, first-person use
  /\b(?:smoked|smoking|smoke|smoke[ds]?|rolled|rolling|hit|hitting|passed|sharing|shared)\s+(?:a\s+|the\s+|some\s+|my\s+|our\s+)?(?:joint|joints|blunt|blunts|spliff|spliffs|bong|bongs|bowl|weed|pot|dope|reefer|hash)\b(?!\s+(?:belly|holder|roast|plant))/gi,
  /\b(?:took|taking|take|did|doing|dropped|dropping|popped|popping|snorted|snorting|tried|coming down (?:from|off))\s+(?:a\s+|some\s+|an\s+|two\s+|a couple of\s+|a few\s+|my first\s+)?(?:molly|mdma|ecstasy|shrooms|magic mushrooms|acid|coke|ket|ketamine|speed|edibles|an edible|pills at)\b(?!\s+(?:reflux|suppression|test|level|levels|trial|trials|bump))/gi,
  /\b(?:popped|popping|snorted|snorting|borrowed|stole|bought|took|taking|scored)\s+(?:a\s+|some\s+|two\s+|an?\s+)?(?:(?:friend's|friend’s|roommate's|roommate’s|classmate's|classmate’s|someone's|someone’s|my (?:friend|roommate|classmate)'?s)\s+)(?:adderall|ritalin|xanax|vyvanse|modafinil|valium|oxy|oxys|percs|percocets?)\b/gi,
  /\b(?:popped|popping|snorted|snorting)\s+(?:a\s+|an\s+|some\s+|two\s+)?(?:adderall|ritalin|xanax|vyvanse|modafinil|valium|oxy|oxys|percs|percocets?|pills?|benzos?)\b/gi,
  /\bwake and bake\b|\bkeg stands?\b|\bbeer bong\b|\bon a (?:bender|binge)\b|\bwent on a bender\b|\bpregam(?:e|ed|ing)\b|\bblackout\b(?=[^.!?\n]{0,40}\b(?:night|party|weekend|drinks?)\b)/gi,
  // drinking or using on duty
  /\b(?:drunk|tipsy|buzzed|stoned|drinking|a beer|beers|vodka|tequila)\s+(?:on|during|at|before|through)\s+(?:my\s+|the\s+|a\s+)?(?:call|shift|on-call|rounds|ward round|clinic|work|the ward|handover|theatre|night shift|nights)\b/gi,
  /\b(?:shots|drinks|beers)\s+(?:in|at)\s+the\s+(?:call room|doctors'? mess|staff room|break room|ward)\b/gi,
  // captions and hashtags: "wine o'clock", "#blackoutdrunk", "#stonedaf"
  /\b(?:wine|beer|gin|prosecco|tequila|vodka|rum|cocktail|drinking|booze|shots?|margarita|tinnies|pints?) o['’]?clock\b/gi,
  /(?<![\w#])#(?:wasted|drunk|drunkaf|blackout|blackoutdrunk|stoned|stonedaf|highaf|420|420friendly|hungover|hangover|turnt|shitfaced|hammered|tipsy|winetime|wineoclock|ginoclock|boozy|getlit|litaf|crossfaded|wakeandbake|edibles)\b/gi,
  // "four tequila shots deep", "six pints down and …", "had way too many shots", "a whole bottle of wine"
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|too many)\s+(?:[a-z]+\s+)?(?:shots|drinks|beers|pints|glasses|bottles|ciders|cocktails|margaritas|j[äa]gerbombs|tinnies|cans|seltzers|white claws)\s+(?:deep|down|in and)\b/gi,
  /\b(?:had|drank|downed|necked|did|sank|chugged)\s+(?:way\s+|far\s+|a few\s+|a couple\s+)?too many\s+(?:[a-z]+\s+)?(?:shots|pints|beers|drinks|glasses|cocktails|j[äa]gerbombs|margaritas)\b|\b(?:downed|necked|chugged|shotgunned|sank)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|a bottle of|a whole bottle of|an entire bottle of)\s+(?:[a-z]+\s+)?(?:shots|pints|beers|drinks|wine|vodka|tequila|gin|rum|prosecco|cans|tinnies)\b|\b(?:(?:a|the) whole|an entire) bottle of (?:wine|vodka|tequila|gin|rum|prosecco|whisky|whiskey)\b(?=[^.!?\n]{0,50}\b(?:myself|alone|lol|lmao|tonight|after|before|deserved|by myself)\b)/gi,
  // "nothing a few jägerbombs can't fix", "off my face", "three sheets to the wind"
  /\bnothing (?:a|an|some|a few|a couple of|two|three|a bottle of|a pint of|a glass of|a bottle|a large)\s+(?:[a-z]+\s+)?(?:drinks?|shots?|beers?|pints?|j[äa]gerbombs?|tequilas?|vodkas?|gins?|wines?|wine|bottles? of wine|margaritas?|cocktails?|joints?|spliffs?|edibles?|tinnies|cans)\s+(?:can(?:'|’)?t|won't|wont|cannot) (?:fix|cure|solve|sort)\b|\boff (?:my|our|their|his|her) (?:face|head|tits|nut|trolley)\b(?=[^.!?\n]{0,40}\b(?:drink|drinks|drunk|shots|party|ball|night|weekend|last night|pints|vodka|tequila|wine|lol)\b)|\bthree sheets to the wind\b/gi,
  // drugs before or during exams, teaching and clinical work: "edibles before the OSCE"
  new RegExp(String.raw`\b(?:edibles?|an edible|weed|a joint|joints|a spliff|a bong|bong rips?|shrooms|molly|mdma|ecstasy|ketamine|ket|coke|cocaine|acid|lsd|${STIM})\s+(?:before|during|on|at|for|through)\s+(?:the\s+|my\s+|our\s+|a\s+|an\s+|every\s+|each\s+)?(?:[a-z]+\s+)?(?:OSCEs?|exams?|finals|boards|step [123]|MCAT|lectures?|class|clinic|rounds|ward rounds?|shifts?|call|placement|theatre|surgery|handover|tutorials?|(?:the\s+)?wards?|work|nights|night shift|revision|studying|anatomy|pharm|pharmacology|cadaver lab|dissection)\b`, "gi"),
  // microdosing or study drugs to get through exams
  /\bmicrodos(?:e|es|ed|ing)\b(?=[^.!?\n]{0,50}\b(?:to (?:survive|get through|cope|study|focus|stay awake|function|deal)|before|during|through|for (?:finals|exams?|the exam|boards|OSCEs?|call|nights|revision|work)|lol|lmao|no regrets)\b)|\b(?:I(?:'m|’m| am| was| have been|'ve been|’ve been)|we(?:'re|’re| are| were| have been)|been|started|start)\s+microdos\w*/gi,
  new RegExp(String.raw`\b(?:took|taking|take|popped|popping|did|tried|using|used|on|borrowed|bought|got|scored|swallowed)\s+(?:half (?:an?|of an?)\s+|an?\s+|some\s+|two\s+|a couple of\s+|my\s+)?(?:${STIM})\b(?=[^.!?\n]{0,60}\b(?:from (?:my|a|his|her|our|some) (?:flatmate|roommate|housemate|friend|classmate|mate|brother|sister|cousin|guy|dealer)|without a (?:prescription|script)|to (?:study|focus|cram|stay awake|pull an all-?nighter|get through|survive)|before (?:the|an|my|our) (?:[a-z]+ )?(?:exam|OSCE|finals|boards|test|quiz|paper)|for (?:the |my )?(?:exam|finals|boards|OSCE|revision)))`, "gi"),
  // "three tequila shots in a row", "a round of jäger shots", "far too many pitchers"
  new RegExp(String.raw`\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|a few|several|some|a couple of|a round of|rounds of|more|back-to-back)\s+(?:${SPIRIT}|j[äa]ger|sambuca)\s+shots\b|\bshots of (?:${SPIRIT})\b(?=[^.!?\n]{0,40}\b(?:in a row|back to back|each|deep|later|before|after|lol|lmao|and then)\b)`, "gi"),
  /\b(?:way|far|waaay|wayyy|much)\s+too many\s+(?:pitchers|jugs|pints|beers|drinks|cocktails|j[äa]gerbombs|margaritas|tequilas|vodkas|glasses of (?:wine|prosecco|red|white)|bottles of (?:wine|prosecco|red|white)|tinnies|cans of (?:beer|cider))\b/gi,
  // quantities: "finished a bottle of tequila", "split a handle of rum", "three pitchers of margaritas deep",
  // "two bottles of prosecco between the three of us"
  new RegExp(String.raw`\b(?:finished|finishing|killed|killing|split|splitting|shared|sharing|downed|drank|drinking|demolished|polished off|sank|necked|chugged|got through|went through|did)\s+(?:(?:a|an|the|half a|most of a|two|three|four|\d+)\s+)?(?:whole\s+|entire\s+|full\s+|litre\s+|liter\s+)?(?:handles?\s+of\s+\w+|fifths?\s+of\s+\w+|bottles?\s+of\s+${SPIRIT})\b`, "gi"),
  new RegExp(String.raw`\b(?:\d+|two|three|four|five|six|seven|eight|several|a few|too many)\s+(?:[a-z]+\s+)?(?:pitchers|jugs|buckets|fishbowls|rounds|bottles|glasses|shots|pints|cans|bottles)\s+of\s+(?:[a-zäé'’]+\s+){1,2}?(?:deep|down|in and)\b`, "gi"),
  new RegExp(String.raw`\b(?:two|three|four|five|six|\d+)\s+bottles\s+of\s+(?:wine|red|white|ros[eé]|prosecco|champagne|cava|fizz|${SPIRIT})\s+(?:between|among(?:st)?|for)\s+(?:the\s+)?(?:two|three|four|five|\d+|us|me)\b`, "gi"),
  // a joint as a routine or a way to unwind: "post-call ritual: one joint on the balcony", "a spliff after nights"
  /\b(?:a|an|one|my|the usual|a quick|a cheeky|a fat|a nightly|my nightly|the nightly|my usual)\s+(?:(?:post-?call|post-?shift|after-?work|nightly|bedtime|little|quick|cheeky|usual)\s+)?(?:joint|spliff|blunt|doobie|bong rip|edible)\b(?=\s+(?:on|in|out on|at)\s+(?:the|my|our)\s+(?:balcony|porch|deck|patio|roof|rooftop|back ?yard|backyard|garden|stoop|fire escape|car|couch|sofa)\b|\s+(?:after|before)\s+(?:call|nights|night shift|(?:my|the|a|every|each) (?:[\w-]+ )?shift|shift|work|bed|clinic|rounds|placement|class)\b|\s+(?:to|and)\s+(?:unwind|wind down|decompress|sleep|switch off|take the edge off|come down|relax|cope)\b)/gi,
  // "the program is the reason I drink", "my attending is why I drink lol"
  /\b(?:is|are|was|'s|’s)\s+(?:(?:honestly|literally|genuinely|basically|single-?handedly)\s+)?(?:(?:the|my)\s+(?:(?:only|main|whole|real|sole|number one|#1)\s+)?reason (?:why )?|why )(?:I|we)\s+(?:(?:now|still|started to|have to)\s+)?(?:drink|day-?drink|smoke|need (?:a|to) drink|need (?:a|my) (?:joint|spliff|edible|xanax|valium))(?=\s*(?:[.!?…,;)]|$|lol|lmao|tbh|ngl|haha|[\u{1F300}-\u{1FAFF}]))/giu,
  // drugs described by their effect: "the gummies kicked in during the lecture"
  /\b(?:the\s+|my\s+|those\s+|our\s+|an\s+|the\s+weed\s+)?(?:gummies|gummy|edibles?|shrooms|acid|tabs?|molly|mdma|ket|weed|pot brownies?|space cakes?)\s+(?:finally\s+|just\s+|fully\s+|properly\s+)?(?:hit|hits|kicked in|kicking in|kicks in|started (?:to )?(?:hit|kick in)|came on|took effect)\b/gi,
  // still high after the night before: "I'm still high", "still half-cut"
  /\b(?:I|we)(?:'m|’m|'re|’re| was| were| am| are)?\s+still\s+(?:so\s+|a (?:bit|little)\s+|kinda\s+)?(?:high|stoned|baked|half[- ]cut|cut)\b(?!\s+(?:on|from)\s+(?:life|adrenaline|caffeine|coffee|sugar|success|endorphins|the (?:win|news|result|conference)))/gi,
  /\bpassed out drunk\b|\bdrunk and passed out\b/gi,
  // arriving at work or class still drunk: "showed up to Monday clinic still half-cut", "turned up to the ward round hungover"
  new RegExp(String.raw`\b(?:show(?:ed|s|ing)?|turn(?:ed|s|ing)?|rock(?:ed|s|ing)?|roll(?:ed|s|ing)?|pitch(?:ed|es|ing)?|came|come|coming|went|go|going|walk(?:ed|ing)?|stroll(?:ed|ing)?|stumbl(?:ed|ing)|staggered|arriv(?:ed|ing|e)|clock(?:ed|ing)? in|sat|sitting|did|doing|start(?:ed|ing)?)\s+(?:up\s+|in\s+|on\s+)?(?:to|at|for|into|in|on|through)?\s*(?:[\w'’-]+\s+){0,4}?(?:clinic|rounds?|ward rounds?|(?:the\s+)?wards?|work|shifts?|placement|lectures?|class|theatre|surgery|handover|(?:the\s+)?lab|tutorials?|exams?|OSCEs?|practicals?|(?:the\s+)?hospital|(?:the\s+)?office|school|uni|college|call|nights|night shift|day shift|morning report|conference|list|session|teaching)\s+(?:still\s+|already\s+)?${INTENS}*(?:drunk|half[- ]cut|tipsy|hungover|hung over|wasted|smashed|hammered|plastered|sloshed|stoned|baked|buzzed|steaming|legless|rat-?arsed|trolleyed|tripping|cross-?faded|high)(?![\w-])(?!\s+(?:risk|yield|priority|volume|dose|flow|school|street|five|fives|fidelity|quality|alert|dependency|fever|BP|blood|pressure|score|scores|marks?|grades?|expectations|hopes|spirits)\b)(?!\s+(?:on|off)\s+(?:life|adrenaline|caffeine|coffee|sugar|success|endorphins))`, "gi"),
  // "half-cut" used predicatively ("still half-cut", "half-cut after the social")
  /\b(?:was|were|am|'m|’m|is|are|be|being|got|get|getting|still|already|bit|little|properly|totally|completely|slightly|fully|feeling|felt)\s+half[- ]cut\b|\bhalf[- ]cut\s+(?:after|from|at|on|by|before|during|and|when|in|again|lol)\b/gi,
  // "still smashed from Saturday when I started my shift", "still legless after the social"
  new RegExp(String.raw`\bstill\s+${INTENS}*(?:smashed|legless|trolleyed|steaming|paralytic|rat-?arsed|sloshed|plastered|hammered)\b(?=\s+(?:from|after)\s+(?:last night|yesterday|the (?:night|party|weekend|social|ball|formal|bar|pub|club|gala|do)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the [\w'’-]+ (?:party|social|night|do|ball|drinks))|\s+(?:when|as|on|at|during|for|by)\s+(?:I|we|my|our|the)\b[^.!?\n]{0,40}\b(?:shift|clinic|rounds|ward|work|lecture|placement|handover|theatre|call|list|class|exam))`, "gi"),
  // unambiguous drunk words after a verb, any subject: "the whole cohort was legless by nine"
  new RegExp(String.raw`\b(?:was|were|got|get|gets|getting|is|are|'m|’m|am|'re|’re|be|been|being|ended up|end up)\s+(?:all\s+|both\s+)?${INTENS}*(?:legless|paralytic|rat-?arsed|trolleyed|blotto|shitfaced|shit-faced|sloshed|bladdered|mullered|twatted|wankered|steaming drunk|pissed out of (?:my|our|his|her|their) (?:head|mind|skull)s?)\b`, "gi"),
  // a group of people drunk: "we were all smashed at the union bar", "our whole cohort got wrecked"
  new RegExp(String.raw`\b(?:we|they|we're|we’re|they're|they’re|(?:our|my|the)\s+(?:whole\s+|entire\s+)?(?:[\w-]+\s+)?(?:cohort|class|year|group|team|squad|gang|flat|house|table|firm|crew|lot))\s+(?:were|are|was|got|get|ended up)\s+(?:all\s+|both\s+)?${INTENS}*(?:smashed|wasted|hammered|plastered|drunk|tipsy|stoned|baked|blazed|legless)\b(?!\s+(?:by|it|into|through|the|with|from (?:the|work|exams|studying|revision|marking|the week)|(?:in|at|on) (?:the |our |a )?(?:[\w-]+ )?(?:quiz|finals?|match|game|league|tournament|semis?|semi-finals?|round|exam|test|OSCE|leaderboard)))`, "gi"),
  // pre-drinks, "prinks"
  /\bpre-?drink(?:s|ing)\b|\bprinks\b|(?<![\w#])#(?:predrinks|prinks|preloading)\b/gi,
  // a stated plan to get drunk or high after work: "gonna need a whole bottle of pinot and an edible when I get home"
  new RegExp(String.raw`\b(?:(?:a|the) whole|an entire|a full|a whole damn|a whole fucking) bottle of (?:${WINE}|${SPIRIT})\b(?=[^.!?\n]{0,60}(?:\b(?:when (?:I|we) get (?:home|back|off)|after (?:this|that|my|the|today(?:'s|’s)?|tonight(?:'s|’s)?)\s+(?:[\w-]+\s+)?(?:shift|call|clinic|list|day|week|rotation|exam|OSCE|nights?|placement|rounds)|after work|post-?call|tonight|myself|alone|lol|lmao|deserved|by myself)\b|[🍷🍾🥂🫠]))`, "giu"),
  new RegExp(String.raw`\b(?:need|needs|needed|needing|gonna need|going to need|could (?:really |so )?use|deserve|deserves|earned|want|wanna|craving|taking|take|having|have|smoking|smoke|hitting|popping|pop)\s+(?:(?:like|a|an|some|a fat|a big|a cheeky|two|a couple of)\s+)?(?:edibles?|gummies|joints?|blunts?|spliffs?|bong rips?|bowls?|xanax|xannies|valium)\b(?=[^.!?\n]{0,50}\b(?:after|when (?:I|we) get (?:home|back|off)|once (?:I|we)(?:'m|’m| am| get)|tonight|post-?call|lol|lmao|tbh)\b)`, "gi"),
  // intoxication slang with cannabis or drink named or shown: "we were absolutely cooked by 4 pm 🍃🍃"
  new RegExp(String.raw`\b(?:I|we|they|he|she|everyone|everybody|all of us|[A-Z][a-z]+)(?:\s+(?:was|were|am|are|got|get|felt|feel)|(?:'m|’m|'re|’re|'s|’s))\s+${INTENS}*(?:cooked|fried|toasted|faded|ripped|lifted|zonked|torched|twisted|gone|wrecked|munted|baked|blazed|stoned|buzzed|lit)\b(?!\s+(?:up|with|about|over|for|from)\b)(?=[^\n]{0,60}(?:[🍃🌿💨🥦🚬🍷🍺🍻🥃🍾🍸🍹🥂]|\b(?:weed|edibles?|gummies|joints?|blunts?|bong|kush|420|shots|tequila|vodka|booze|pinot|beers|pints)\b))`, "gu"),
  // contractions: "I'm buzzed", "we're blazed"
  /\b(?:I|we|they|he|she)(?:'m|’m|'re|’re|'s|’s)\s+(?:(?:so|totally|absolutely|completely|fully|super|really|pretty|kinda|a bit|a little|still|lowkey|hella|mad)\s+)*(?:buzzed|blazed|stoned|zooted|crossfaded|cross-faded|wasted|hammered|plastered|sloshed|shitfaced|tipsy|drunk|hungover)\b/gi,
  // "high af", "studying high af rn" (not a high blood pressure, sugar or score)
  /(?<!\b(?:pressure|BP|sugars?|glucose|potassium|sodium|fever|temp|temperature|score|scores|risk|levels?|counts?|cholesterol|stakes|hopes|expectations|rent|prices?|bills?|anxiety|stress|heart rate|HR|pulse|tide|rates?)\s+(?:(?:was|is|were|are|got|been|so|running|still)\s+)*)\bhigh\s+(?:af|asf|as fuck|as shit|as hell)\b(?!\s+(?:blood|BP|risk))/gi,
  // 420
  /\b(?:happy|celebrat(?:e|ed|ing)|blaze it|ready for|it(?:'s|’s| is)) 4\/?20\b(?![\d.,]|\s*(?:mg|mcg|g|ml|mL|units?|kcal|mmol|patients|people|pounds|dollars|\$|ms|beds))|\b4\/?20\s+(?:friendly|vibes?|sesh|celebrations?|blaze it)\b|\bblaze it\b/gi,
  // French (Québec and France): hungover, drunk, a binge
  /\b(?:lendemain de (?:veille|brosse)|gueule de bois|mal aux cheveux|chaudaille|chaudailles)\b/giu,
  /(?:\b(?:j['’]étais|j['’]?suis|je suis|chu|on était|on est|on s['’]est|nous étions|ils étaient|elles étaient|il était|elle était|tout le monde était|j['’]ai fini|on a fini|on (?:va|s['’]en va) (?:être|finir)|je vais (?:être|finir)|(?:ils|elles|vous|tout le monde|la gang) (?:va|vont|allez) (?:être|finir)|nous allons être|on sera|je serai|on risque d['’]être|on finit|on finira)\s+(?:(?:tous|toutes|complètement|ben|bien|tellement|trop|full|encore|vraiment|un peu|assez|déjà|solidement|raide)\s+)*)(?:paqueté|paquetée|paquetés|paquetées|soûl|soûle|soûls|soûles|saoul|saoule|saouls|saoules|saoûl|saoûle|bourré|bourrée|bourrés|bourrées|pompette|pompettes|défoncé|défoncée|défoncés|défoncées|gelés? (?:ben |bien )?raides?|stone|stoned|high|buzzé|buzzée|buzzés|chaudaille|chaud raide|rond comme une (?:bille|queue de pelle)|ronds comme des billes)(?![\p{L}-])(?!\s+(?:de\b|d['’]|sur (?:la vie|l['’]adrénaline|le café|la caféine|le bonheur)|comme des sardines|comme (?:un|des) (?:œufs?|oeufs?)|à craquer|dans (?:le|la|un|une|l['’])\s*(?:métro|bus|autobus|salle|voiture|char|ascenseur)))/giu,
  /\b(?:pris|prendre|prend|prends|prenait|viré|virer|vire|virait|fait|faire)\s+une\s+(?:bonne\s+|grosse\s+|méchante\s+|belle\s+|maudite\s+|solide\s+)?(?:brosse|cuite)\b(?!\s+(?:à|a|de|pour|aux?|en)(?![\p{L}]))|\bsur la brosse\b/giu,
  // Québec French quantities: "on a vidé deux caisses de 24", "calé une bouteille de caribou", "descendu un 40 onces"
  /(?<![\p{L}])(?:vidé|vider|vide|vidait|calé|caler|cale|descendu|descendre|sifflé|bu|fini)\s+(?:(?:au moins|genre|comme|presque|facilement)\s+)?(?:une|deux|trois|quatre|cinq|six|\d+)\s+caisses?\s+de\s+(?:24|12|18|30|bières?)(?![\p{L}\d])|(?<![\p{L}])(?:vidé|vider|calé|caler|descendu|descendre|sifflé)\s+(?:une|la|un|le|deux|trois|notre|toute la|tout le)\s+(?:bouteilles?\s+de\s+(?:fort|vodka|caribou|tequila|téquila|rhum|gin|whisky|jäger|vin|bière)|(?:40|26|60)\s+onces|forty)(?![\p{L}])/giu,
  // drugs to get through a shift or exam without naming them: "took something to get through the night shift"
  /\b(?:took|taking|take|takes|popped|popping|pop|necked|dropped|snorted|had to take|needed)\s+(?:a (?:little|cheeky)\s+)?(?:something|a little something|a pill|some pills|a couple of pills|a bump|a line|a tab|half a tab|a cheeky (?:line|bump|pill))\s+(?:to (?:get through|survive|stay awake|keep going|make it through|power through|cope with|function (?:on|at|through|during)|last through|stay up for)|(?:before|during|on)\s+(?:the|my|a|our)\s+(?:[\w-]+\s+)?(?:night shift|shift|call|nights|exam|OSCE|finals|rounds|ward round|handover|lecture|placement|boards))\b/gi,
  ...RECALL9.map(([re]) => re),
  ...RECALL12.map(([re]) => re),
  FR_INTOX_STRONG,
  FR_INTOX_WEAK,
];

/** Cheap word tests that must pass before the costlier patterns run on a block. */
const PATTERN_GUARDS = new Map<RegExp, RegExp>([...RECALL9, ...RECALL12]);
for (const re of PATTERNS) {
  if (re.source.includes("caisses?\\s+de")) PATTERN_GUARDS.set(re, /caisse|bouteille|onces|forty/i);
  else if (re.source.includes("bong rip|edible)")) PATTERN_GUARDS.set(re, /\b(?:joint|spliff|blunt|doobie|bong|edible)\b/i);
  else if (re.source.includes("reason (?:why )?|why )(?:I|we)")) PATTERN_GUARDS.set(re, /\b(?:reason|why)\b/i);
}
/** One cheap case-sensitive test for both French slang patterns, run once per block. */
const FR_INTOX_HINT = /paquet|pacté|so[uû]l|saou|bourr|éméch|pompet|défonc|buzz|ivre|gel[ée]|chaud|torch[ée]|pét[ée]/;

/** Memory loss with a time of night: "blacked out by 10", "blacked out before midnight" (not after fainting). */
export const BLACKOUT_BY = /\bblack(?:ed)?[ -]out\s+(?:by|before|around|at|just after|not long after|well before)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|midnight|ten|nine|eight|eleven|twelve|half (?:nine|ten|eleven|twelve)|the (?:first|second) (?:song|round|bar|speech|course))(?![\w:])/gi;

/** Night-out context for memory loss and passing out ("blacked out before midnight at the after-party"). */
const NIGHT_OUT = /\b(?:party|parties|bières?|shooters?|caribou|brosse|veillée|after-?party|afters|pres|pre-?drinks|pregame|drinks|drinking|drunk|booze|shots?|tequila|vodka|rum|gin|wine|beers?|pints?|cocktails?|bar|pub|club|clubbing|social|night out|ball|formal|birthday|stag|hen do|bender|karaoke|sangria|prosecco|j[äa]gerbombs?|rave|festival|wedding|leaving do)\b/i;
/** Fainting, injury or illness explain memory loss or collapse without drink. */
const FAINT = /\b(?:faint\w*|vasovagal|syncope|donat\w*|blood (?:test|draw)|needle|stood up|dehydrat\w*|heat ?stroke|seizures?|concussion|hit (?:my|his|her) head|hypo|low blood sugar|(?:under|after|from|general|the) (?:an?a?esthe\w*)|an?a?esthetic|surgery|migraine)\b/i;
export const NIGHT_OUT_PATTERNS: RegExp[] = [
  // French: "je me souviens pas de la fin de soirée", "on se rappelle plus comment on est rentrés"
  /(?<![\p{L}])(?:je|j['’]|on|nous)\s*(?:ne\s+|n['’]\s*)?(?:me|m['’]\s*|se|s['’]\s*|nous)\s*(?:souviens|souvient|souvenons|rappelle|rappelons)\s+(?:pas|plus|pu|même pas|vraiment pas|de rien|rien)\s+(?:(?:vraiment|trop|ben|bien)\s+)?(?:de\s+(?:la fin|la deuxième moitié|la suite|la moitié|comment|grand-chose)|comment (?:je suis|on est|j['’]suis|chu) (?:rentrée?s?|revenue?s?|arrivée?s?))(?![\p{L}])/giu,
  /\bblack(?:ed)?[ -]out\b(?!\s+(?:curtains?|blinds?|dates?|period|poetry))/gi,
  /\b(?:passed out|woke up|came round|came to)\s+(?:on|in|under|behind|next to)\s+(?:the|a|my|our|someone(?:'s|’s)|his|her|their|[A-Z][a-z]+(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?(?:floor|bathroom|toilets?|loo|couch|sofa|lawn|grass|bus|taxi|uber|cab|stairs|stairwell|bath|bathtub|kitchen|garden|doorstep|porch|hallway|car park|corridor|coat ?room|cloak ?room|bushes|hedge|ditch|gutter|wrong (?:house|flat|bed|room)|police cells?|drunk tank|bar|dance ?floor|beer garden|shoulder|lap|table|bar stool|booth)\b/gi,
  // being sick after a night out: "who puked in my bathtub", "threw up in the Uber"
  /\b(?:puked|puking|spewed|spewing|chundered|chundering|hurled|barfed|threw up|throwing up|vomited)\s+(?:(?:all\s+)?(?:in|on|over|into|out of|all over)\s+)(?:the|a|my|our|someone(?:'s|’s)|his|her|their|[A-Z][a-z]+(?:'s|’s))\s+(?:[\w-]+\s+)?(?:bath|bathtub|tub|sink|shower|uber|taxi|cab|car|shoes|bed|couch|sofa|plant|pot plant|balcony|garden|hallway|kitchen|handbag|bag|lap|bin|stairs|carpet|rug|flowerbed|bushes|hedge|doorstep|porch|lawn)\b/gi,
  /(?:^|[.!?]\s+|\b(?:I|we|and|but|so|honestly|still)\s+)(?:(?:still|genuinely|literally|honestly)\s+)?(?:don(?:'|’)?t|do not|can(?:'|’)?t|cannot|didn(?:'|’)?t|couldn(?:'|’)?t|barely|no)\s+(?:really\s+|even\s+)?(?:remember|recall|memory of)\s+(?:getting (?:home|back)|how (?:I|we) got (?:home|back)|leaving|anything after|most of (?:last night|the night|the party|it)|the (?:second half|end|rest) of (?:the|last) (?:night|party|evening))\b/gi,
];
const FR_MEMORY = NIGHT_OUT_PATTERNS.find((re) => re.source.includes("souviens"))!;

/** Sentences about patients or substance-use education are clinical, not depictions of the author. */
const CLINICAL_CONTEXT = /\b(?:(?:lecture|talk|teaching|module|session|seminar|tutorial|notes|revision|reading|podcast|chapter) (?:on|about)|teaching point|professionalism|what to do (?:if|when)|if (?:a|your|someone|somebody|a patient)|(?:someone|somebody|a colleague) (?:who|turns up|shows up)|patients?|pts?|presented|presenting|brought in|admitted|triage|BAC|blood alcohol|ethanol level|intoxicated patients?|withdrawal|toxidrome|overdose|CIWA|AUDIT|screening|counsel(?:l)?ing|use disorder|harm reduction|naloxone|the (?:man|woman|guy|lady|gentleman|boy|girl) (?:in|from) (?:bed|bay|room|cubicle)|patientes?|usag(?:er|ère)s?|se présente|consulte pour|sevrage|alcoolémie|intoxication|éthylisme|toxicomanie|admise?s? (?:pour|à|en))(?![\p{L}])/iu;
/** "the patients were none the wiser" is about the author's impairment, not a clinical discussion. */
/** Rounds on one's own patients ("la tournée des patients", "rounding on my patients") are the author's work, not a clinical topic. */
const ROUNDS = /\b(?:(?:tournée|visite) des patients|round(?:s|ing|ed)? on (?:my|our|the|all (?:the|my|our)) (?:[\w-]+ )?patients)\b/gi;
const UNAWARE = /\b(?:the |my |our )?(?:patients?|pts?) (?:(?:were|was) none the wiser|had no idea|(?:didn't|did not|never) notice)\b/gi;
const FICTION_OR_REPORT = /\b(?:(?:is|are|isn't|isn’t|is not|aren't|are not|was|were) (?:now |still |perfectly |technically )?(?:legal|illegal|decriminali[sz]ed)|movie|film|song|lyrics|novel|character|TV show|episode|policy|policies|handbook|guidelines?|disciplinary|offen[cs]es?|prohibited|not allowed|banned|survey|surveys|(?<!["“'‘])study(?!\s+(?:break|breaks|group|session|sesh|buddy|buddies|date|night|day|party|snacks?|music|playlist|spot|room|hall|space|vibes|mode)\b|["”'’])|studies|research|trials?|journal club|randomi[sz]ed|evidence|rates? of|prevalence|according to|is (?:a )?(?:risk|sign|symptom))\b/i;

interface BlockHits {
  /** Reports relative to the block: depictions on their own. */
  hits: { start: number; end: number; shown: string }[];
  /** Passing out or waking up somewhere odd with no drink named in the block: a depiction when another block of the post depicts drinking. */
  weak: { start: number; end: number; shown: string }[];
}

function analyse(block: Block): BlockHits {
  const text = block.text;
  const sentences = blockSentences(block);
  const reported = new Set<number>();
  const hits: BlockHits["hits"] = [], weak: BlockHits["weak"] = [];
  const span = (m: RegExpExecArray) => {
    const lead = m[0].length - m[0].trimStart().replace(/^[.!?]\s*/, "").length;
    return { start: m.index + lead, end: m.index + m[0].length, shown: m[0].slice(lead).trim() };
  };
  let frHint: boolean | undefined;
  for (const re of PATTERNS) {
    const guard = PATTERN_GUARDS.get(re);
    if (guard && !guard.test(text)) continue;
    if ((re === FR_INTOX_STRONG || re === FR_INTOX_WEAK) && !(frHint ??= FR_INTOX_HINT.test(text))) continue;
    if ((re === FR_INTOX_WEAK || re === FR_REFL_WEAK) && !FR_WEAK_OK(text)) continue;
    for (const m of allMatches(re, text)) {
      if (re === FR_INTOX_STRONG && REFL_DEFONCE.test(m[0])) continue;
      const sentence = sentenceAt(sentences, m.index, text.length);
      if (reported.has(sentence.start)) continue;
      const s = text.slice(sentence.start, sentence.end);
      if (CLINICAL_CONTEXT.test(s.replace(UNAWARE, "").replace(ROUNDS, "")) || FICTION_OR_REPORT.test(s)) continue;
      reported.add(sentence.start);
      hits.push(span(m));
    }
  }
  const excluded = FAINT.test(text) || CLINICAL_CONTEXT.test(text) || FICTION_OR_REPORT.test(text);
  // "blacked out by 10": a time of night says it was drink, not a faint
  if (!excluded) {
    for (const m of allMatches(BLACKOUT_BY, text)) {
      const sentence = sentenceAt(sentences, m.index, text.length);
      if (reported.has(sentence.start)) continue;
      reported.add(sentence.start);
      hits.push(span(m));
    }
  }
  // memory loss and passing out count only on a night out, not after fainting or an injury
  if (!excluded) {
    const nightOut = NIGHT_OUT.test(text);
    for (const re of NIGHT_OUT_PATTERNS) {
      if (re === FR_MEMORY && !/souvien|rappel/i.test(text)) continue;
      for (const m of allMatches(re, text)) {
        const sentence = sentenceAt(sentences, m.index, text.length);
        if (reported.has(sentence.start)) continue;
        reported.add(sentence.start);
        if (nightOut) hits.push(span(m));
        else if (!WORK_TIRED.test(text)) weak.push(span(m));
      }
    }
  }
  hits.sort((a, b) => a.start - b.start);
  return { hits, weak };
}

/** Tiredness after work explains passing out on the sofa. */
const WORK_TIRED = /\b(?:shifts?|nights?|call|on-?call|rota|exhaust\w*|tired|knackered|shattered|nap|jet-?lag\w*|studying|revision|exams?|marking|gym|run|marathon|hike)\b/i;

export default defineRule({
  id: "conduct.substance",
  title: "Depictions of intoxication or drug use",
  description:
    "Flags posts that depict you or your colleagues drunk, high or hungover, or using drugs (\"got wasted\", \"blackout drunk\", \"so hungover on rounds\", \"smoked a joint before call\"). Health-science policies make depictions of intoxication and drug use a disciplinary matter, and they travel: future employers, patients and licensing bodies can read them. Clinical discussion of intoxication, substance-use education and a drink at a celebration are not flagged.",
  severity: "warning",
  sources: ["umn-health-sciences:policy-2", "quebec-postgraduate:I.3"],
  fixes: [],
  scope: "document",
  examples: [
    { bad: "Celebrated the end of exams by getting absolutely wasted. So hungover on rounds this morning lol", good: "Celebrated the end of exams with dinner and one glass of wine at my cousin's wedding." },
    { bad: "Smoked a joint on the balcony before my call shift.", good: "Cannabis use before driving or working roughly doubles the risk of an accident; screen for it in every trauma patient." },
  ],
  check(ctx) {
    const { doc } = ctx;
    const per = doc.blocks.map((b) => memoByBlock("conduct.substance", "", b, () => analyse(b)));
    // a passed-out caption borrows the drinking named in another block of the same post (photo dumps, threads)
    const drinking = per.some((p) => p.hits.length > 0);
    // an image's alt text or caption ("![the crew at 1am, Sam passed out on Jo's shoulder](…)") is not in any block
    for (const img of doc.images) {
      if (!img.alt || img.alt.length < 12) continue;
      const p = memoByBlock("conduct.substance", "alt", { key: img.alt }, () => analyse({ kind: "paragraph", start: 0, end: img.alt.length, depth: undefined, inQuote: false, inList: false, callout: undefined, text: img.alt, sentences: [], key: img.alt } as unknown as Block));
      const all = drinking ? [...p.hits, ...p.weak] : p.hits;
      if (!all.length) continue;
      const at = doc.text.indexOf(img.alt, img.start);
      if (at < 0 || at >= img.end) continue;
      for (const h of all) {
        ctx.report({
          start: at + h.start,
          end: at + h.end,
          message: `This depicts intoxication or drug use ("${h.shown}"); posts like this can lead to disciplinary review, so remove it.`,
        });
      }
    }
    doc.blocks.forEach((b, i) => {
      const p = per[i]!;
      const all = drinking && p.weak.length ? [...p.hits, ...p.weak].sort((x, y) => x.start - y.start) : p.hits;
      for (const h of all) {
        ctx.report({
          start: b.start + h.start,
          end: b.start + h.end,
          message: `This depicts intoxication or drug use ("${h.shown}"); posts like this can lead to disciplinary review, so remove it.`,
        });
      }
    });
  },
});
