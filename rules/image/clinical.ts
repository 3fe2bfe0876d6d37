import { allMatches } from "../../shared/src/text.js";
/**
 * Does a piece of text (alt text, file name, caption, a nearby sentence) describe a clinical
 * image: a patient or their body, a lesion, a scan, a slide, a specimen, a cadaver, a clinical
 * place or encounter? Weighted term lists, compiled once.
 */

export type ClinicalKind = "patient" | "lesion" | "scan" | "micro" | "specimen" | "cadaver" | "place" | "encounter" | "body" | "equipment";

interface TermGroup { kind: ClinicalKind; weight: number; re: RegExp; silent?: boolean }

const w = (words: string) => words.trim().split(/\s*\|\s*/).join("|");
const group = (kind: ClinicalKind, weight: number, words: string, flags = "gi"): TermGroup =>
  ({ kind, weight, re: new RegExp(`(?<![\\w\\u00C0-\\u017F-])(?:${w(words)})(?![\\w\\u00C0-\\u017F-])`, flags) });

const GROUPS: TermGroup[] = [
  group("patient", 2, String.raw`patients?|patient's|pts?|inpatients?|outpatients?|service users?|(?:study |research |trial )?participants?|participant's|research subjects?|study subjects?|neonates?|preemies?|my (?:first )?(?:patient|client)s?|(?:mr|mrs|ms|miss)\.? [A-Z][a-z]+'s`),
  group("patient", 1, String.raw`clients?|client's|babies|baby|newborns?|infants?|toddler|child's|mum's|mom's`),
  group("place", 2, String.raw`beds? ?\d{1,3}[a-z]?|bay ?\d{1,2}|cubicle ?\d+|icu|nicu|picu|hdu|ccu|micu|sicu|a ?& ?e|emergency (?:department|room|dept)|resus(?:citation)?(?: bay| room)?|trauma bay|ward|(?<!(?:on|to|onto|off|from) the )wards|bedside|operating (?:theatres?|theaters?|rooms?|tables?)|in theatre|in theater|theatre \d+|labou?r (?:ward|room|suite)|delivery (?:room|suite)|clinic room|exam(?:ination)? room|consult(?:ation|ing)? room|treatment room|isolation room|patients?'? rooms?|hospital beds?|recovery (?:room|bay)|cath(?:eter)? lab|endoscopy (?:suite|unit)|dialysis (?:unit|chair)|mortuary|morgue|autopsy|post[- ]?mortem|necropsy|side room`),
  group("place", 2, String.raw`in the OR|the OR|OR \d+`, "g"),
  group("place", 1, String.raw`OR`, "g"),
  group("place", 1, String.raw`(?:on|to|onto|off|from) the wards|ward rounds?|hospital|clinic|theatres?|theaters?|majors|cubicles?`),
  group("cadaver", 2, String.raw`cadavers?|cadaveric|body donors?|whole[- ]body donors?|(?:our|my|the) donor(?:'s)?|donor's|dissections?|dissected|dissecting (?:room|table)|prosections?|prosected|anatomy lab|embalmed|wet lab`),
  group("cadaver", 1, String.raw`donors?`),
  group("lesion", 2, String.raw`rash(?:es)?|ulcers?|ulceration|ulcerated|wounds?|lesions?|lacerations?|abscess(?:es)?|cellulitis|gangrene|gangrenous|necrosis|necrotic|ha?ematoma|fractures?|fractured|dislocations?|dislocated|tumou?rs?|cysts?|na?evus|nevi|melanoma|carcinoma|sarcoma|psoriasis|psoriatic|eczema|dermatitis|shingles|zoster|herpes|vesicles?|vesicular|pustules?|pustular|papules?|macules?|erythema|erythematous|port[- ]?wine stains?|birthmarks?|ha?emangiomas?|jaundiced?|cyanosis|cyanotic|o?edema|oedematous|deformity|pressure (?:ulcers?|sores?|injur(?:y|ies))|bed ?sores?|stomas?|incisions?|surgical site|granulation|slough|eschar|skin tears?|diabetic foot|amputations?|amputated|polyps?|foreign body|consolidation|effusions?|pneumothorax|infiltrates?|opacit(?:y|ies)|nodules?|ground[- ]glass|keloids?|burns? (?:wound|injur(?:y|ies))|degloving|hernia|goitre|goiter|urticaria|hives|impetigo|scabies|ringworm|tinea|acne|rosacea|vitiligo|lymphoma|metastas[ie]s|lupus|gout|tophi|clubbing|ptosis|proptosis|strabismus|cataract|conjunctivitis|cleft (?:lip|palate)|club ?foot|scoliosis|kyphosis|contracture|blisters?|bullae?|purpura|petechiae|ecchymos[ie]s|bruis(?:e|es|ing)|excoriation|fissure|fistula|sinus tract|prolapse|varicose veins?|thrombosis|DVT`),
  group("lesion", 1, String.raw`scars?|stumps?|swelling|swollen|mass|lump|mole|moles|burns?|sutures?|sutured|stitches|plaques?|stains?|spots?|lesion|healing|infected|bleeding|discharge|pus`),
  group("scan", 2, String.raw`x-?rays?|xr|radiographs?|radiography|cxr|axr|kub|ct|cect|ncct|cta|ctpa|ct scans?|cat scans?|mri|mra|ultrasounds?|usg|sonograms?|sonography|echocardiograms?|echo|ecg|ekg|ecgs|angiograms?|angiography|fluoroscopy|pet(?:[- ]ct)? scans?|mammograms?|mammography|endoscopy|colonoscopy|gastroscopy|bronchoscopy|laparoscopy|laparoscopic|arthroscopy|cystoscopy|dermoscopy|dermatoscopy|fundus(?:copy)?|fundoscopy|slit[- ]lamp|otoscopy|opg|dexa|scan of|scans of|doppler|ct head|ct chest|ct abdo|head ct|chest films?`),
  group("scan", 1, String.raw`scans?|imaging|radiology|dicom|pacs|films?`),
  group("micro", 2, String.raw`histology|histological|histopathology|histo|h ?& ?e|h and e|biops(?:y|ies)|smears?|gram stain(?:ed)?|cytology|blood films?|frozen sections?|immunohistochemistry|ihc|micrographs?|photomicrographs?|under the (?:micro)?scope|bone marrow|aspirate|pap smear|wet mount|culture plates?|agar plates?|gram[- ](?:positive|negative)|cocci|bacilli|blasts|sickle cells|peripheral smear|malaria parasites?|\d{1,3} ?x magnification|magnification`),
  group("micro", 1, String.raw`microscopy|microscopic|microscope|slides?|\d{1,3}x|x\d{2,3}|stain(?:ed|ing)?|cells`),
  group("specimen", 2, String.raw`specimens?|resected|resections?|excised|excision|placentas?|placental|f(?:o|oe)tus(?:es)?|products of conception|stillb(?:irth|orn)|gall ?stones?|kidney stones?|renal calculi|amputated limb|gross(?:ing)? (?:room|specimen)|pathology specimen|path lab|formalin|pot(?:ted)? specimen|extracted (?:tooth|teeth|molars?|wisdom teeth)`),
  group("encounter", 2, String.raw`(?:i|we) (?:just )?(?:delivered|caught|intubated|sutured|stitched up|stitched|operated on|scrubbed in on|cannulated|examined|scoped|excised|removed|drained|reduced|amputated)|(?:baby|babies|newborn) (?:i|we) (?:delivered|caught)|(?:interesting|fascinating|classic|rare|textbook|crazy|wild|unusual|memorable) (?:cases?|presentations?|findings?)|intubat(?:ed|ing|ion)|c-?sections?|caesarean|cesarean|post[- ]?op|pre[- ]?op|clinical (?:photo(?:graph)?s?|images?|pictures?)|wound (?:photo|series|care)|during (?:surgery|the operation|the procedure)|mid[- ](?:surgery|op|procedure)|code blue|under anaesthe(?:sia|tic)|draped|day \d{1,3} post`),
  group("encounter", 1, String.raw`surgery|surgical|operation|operating|procedure|delivery|births?|consultation|on call|ward rounds?|day \d{1,3}|week \d{1,2}|before and after|before\/after|(?:before|after) (?:photos?|pictures?|shots?|treatment|surgery|the (?:op|operation|procedure))|follow[- ]?up|admission|admitted|suturing|cannulation|delivered|extraction|extracted|catheteri[sz]ation|clerking|anaesthetic|anesthesia`),
  group("equipment", 1, String.raw`ventilators?|monitors?|iv (?:pole|line|drip)s?|drips?|cannulas?|catheters?|ng tubes?|nasogastric|chest drains?|stretchers?|gurneys?|trolleys?|crash cart|defibrillators?|oxygen masks?|drapes|scalpels?|forceps|retractors?|incubators?|infusion pumps?|bed rails?|wristbands?|id bands?|hospital gowns?`),
  group("body", 1, String.raw`arms?|forearms?|elbows?|wrists?|hands?|palms?|fingers?|thumbs?|nails?|legs?|thighs?|knees?|shins?|calf|calves|ankles?|malleolus|foot|feet|toes?|heels?|hips?|pelvis|pelvic|abdomen|abdominal|abdo|belly|chest|thorax|thoracic|breasts?|spine|spinal|neck|face|facial|cheeks?|eyes?|eyelids?|ears?|nose|mouth|lips?|tongue|tooth|teeth|gums?|scalp|skin|uterus|appendix|torso|trunk|groin|genitals?|genitalia|buttocks?|perineum|perineal|shoulders?|dermatomes?|heart|lungs?|liver|kidneys?|brain|bowel|intestines?|colon|stomach|spleen|pancreas|ovar(?:y|ies)|retina|cornea|bones?|skull|femur|tibia|humerus|ulna|organs?|tissue|limb|limbs|axilla|umbilicus|navel|oral|dental|ocular|cervix|cervical|rectum|rectal|anus|anal|vulva|penis|scrotum|testes|tonsils?|larynx|airway`),
];

// French alt text and captions (Quebec trainees): the same kinds, in their own words
GROUPS.push(
  group("patient", 2, String.raw`patientes?|(?:ma|mon|mes|notre|nos) (?:jeunes? |vieux |vieille )?(?:patient|patiente|patients|patientes|cliente?s?)`),
  group("place", 2, String.raw`bloc opératoire|au bloc|salles? d['’]op(?:ération)?s?|salles? de (?:réveil|naissance|travail|soins|réanimation)|urgences|soins intensifs|réa|chambre \d{1,4}|lit \d{1,3}|au chevet|chevet|morgue`),
  group("lesion", 2, String.raw`plaies?|lésions?|ulcères?|escarres?|éruptions?|tumeurs?|abcès|hématomes?|brûlures?|kystes?|œdèmes?|oedèmes?|ecchymoses?|nécroses?|gangrènes?|mélanomes?|carcinomes?|luxations?|hernies?|cicatrices? (?:chirurgicales?|fraîches?|de césarienne)|points de suture|stomies?`),
  group("lesion", 1, String.raw`cicatrices?|rougeurs?|gonflements?`),
  group("scan", 2, String.raw`radiographies?|radios? (?:du|de la|de l['’]|des|pulmonaires?|thoraciques?)|scanners? (?:du|de la|des|cérébral|thoracique|abdominal|abdomino-pelvien)|au scanner|tomodensitométries?|tdm|irm|échographies?|échos?|coronarographies?|endoscopies?|coloscopies?|gastroscopies?|bronchoscopies?|mammographies?|électrocardiogrammes?`),
  group("micro", 2, String.raw`biopsies?|lames? (?:histologiques?|colorées?)|coupes? histologiques?|frottis|histologie|anatomopathologie|anapath`),
  group("specimen", 2, String.raw`pièces? opératoires?|prélèvements?|calculs? (?:biliaires?|rénaux)|vésicule (?:biliaire )?(?:réséquée|retirée|ouverte|enlevée)`),
  group("encounter", 2, String.raw`champ opératoire|champs opératoires|vues? (?:per|intra)[- ]?opératoires?|per[- ]?opératoires?|intra[- ]?opératoires?|post[- ]?opératoires?|pendant l['’](?:opération|intervention|accouchement)|accouchements?|césariennes?|intubée?s?|suturée?s?|disséquée?s?|disséquant|réséquée?s?`),
  group("encounter", 1, String.raw`chirurgies?|opérations?|interventions?|jour \d{1,3}|j\d{1,2}|avant[- ]après|en consultation|garde`),
  group("body", 1, String.raw`jambes?|pieds?|genoux?|poignets?|chevilles?|hanches?|ventre|poitrine|seins?|visage|yeux|œil|oreilles?|bouche|langue|peau|cuir chevelu|foie|cœur|coeur|poumons?|vésicule|côlon|intestins?|crâne|doigts?|orteils?|épaules?|coudes?|cuisses?|mollets?|mâchoire|gencives?|bassin|colonne`),
);
// dental and operative views in English: "Intraoral view after flap reflection", "the operative field"
GROUPS.push(
  group("lesion", 2, String.raw`odontomas?|odontogenic (?:cysts?|tumou?rs?|lesions?)|caries|carious|gingivitis|periodontitis|periodontal (?:disease|pockets?|defects?)|gingival (?:recession|hyperplasia|overgrowth|enlargement)|pericoronitis|(?:dry|extraction) sockets?|impacted (?:tooth|teeth|molars?|premolars?|canines?|wisdom teeth)|unerupted|malocclusion|open bite|cross ?bite|mucocele|ranula|leukoplakia|oral thrush|mouth ulcers?`),
  group("body", 1, String.raw`molars?|premolars?|incisors?|canines?|wisdom teeth|gingivae?|gingival|mandible|mandibular|maxilla|maxillary|jaws?|palate|dentition|socket|periapical region`),
  group("scan", 2, String.raw`periapicals?|bitewings?|panoramic (?:radiographs?|x-?rays?|films?|views?)|orthopantomograms?|cbct|cone[- ]beam ct`),
  group("encounter", 2, String.raw`intra-?oral (?:views?|photos?|photographs?|images?|pictures?|shots?)|extra-?oral (?:views?|photos?|photographs?|images?|pictures?|shots?)|flap (?:reflection|reflected|raised|elevation)|operative fields?|surgical fields?|intra-?op(?:erative)?(?: (?:views?|photos?|images?|pictures?|shots?|findings?))?|per-?operative|(?:before|pre)[- ](?:and|&)[- ](?:after|post)[- ](?:photos?|pictures?|shots?|images?)`),
  group("encounter", 1, String.raw`intra-?oral|extra-?oral|before[- ](?:and|&)[- ]after|before\/after`),
);
// skin-cancer shorthand and facial subunits in clinical-photography file names ("bcc-nasal-ala-lateral.jpg"),
// care units and an examination table ("on the palliative unit", "resting on the exam table")
GROUPS.push(
  group("lesion", 2, String.raw`bccs?|sccs?|basal cell|squamous cell|keratoacanthomas?|actinic keratos[ie]s|seborrh?oeic keratos[ie]s|dermatofibromas?|lipomas?|sebaceous cysts?|pyogenic granulomas?|lentigo maligna|dysplastic na?evi`),
  group("body", 1, String.raw`nasal|ala|alar|nasolabial|columella|philtrum|forehead|chin|jawline|eyebrows?|canthus|pinna|helix|earlobes?|lobule|vermilion|septum|dorsum`),
  group("place", 1, String.raw`hospice|palliative care|soins palliatifs`),
  group("place", 2, String.raw`exam(?:ination)? tables?|consult(?:ing)? tables?|treatment tables?|procedure tables?|(?:palliative(?: care)?|oncology|stroke|renal|cardiac|coronary|burns?|rehab(?:ilitation)?|dialysis|maternity|neonatal|psychiatric|psych|geriatric|respiratory|surgical|medical|trauma|spinal|haematology|hematology|hospice|acute|intensive care|high dependency|step-?down|transplant|isolation) (?:units?|wards?|beds?|bays?|floors?)|unité de soins palliatifs|deathbed|death ?bed|last (?:evening|night|days?|hours?) (?:on|in) (?:the )?(?:unit|ward|hospice)`),
);
// a newborn's footprints or handprints, a patient's room number ("footprints-room412.jpg") and a record of care
// ("on the delivery record"): weak alone, a patient's photo when they add up
GROUPS.push(
  group("body", 1, String.raw`foot ?prints?|hand ?prints?`),
  group("place", 1, String.raw`rooms? \d{1,4}[a-z]?|rm \d{1,4}[a-z]?`),
  group("encounter", 1, String.raw`(?:delivery|birth|admission|discharge|medical|hospital|nursing|dental|treatment|clinic) (?:records?|charts?|notes?|cards?)`),
);
// a before-and-after of a cosmetic or dental treatment ("Puan Siti before and after veneers", "whitening, before and after"):
// the treated person's face or teeth; a clinic waiting room ("Dermatology clinic waiting room, Monday 9am") is full of
// patients; a veterinary dystocia ("calf-dystocia-barn.jpg") is an animal patient's delivery
/** A board of the patients in a department ("the ER board at 4 a.m.", "tableau de l'urgence"): names and beds, not a teaching whiteboard. */
const PATIENT_BOARD_SRC = String.raw`(?:er|ed|a ?& ?e|emergency|ward|triage|bed|patient|tracking|icu|nursing station|theatre) (?:white ?)?boards?|tableaux? (?:de l['’]urgence|des urgences|des civières|des patients|de l['’]unité|de l['’]étage)`;
const PATIENT_BOARD = new RegExp(`(?<![\\w\\u00C0-\\u017F-])(?:${PATIENT_BOARD_SRC})(?![\\w\\u00C0-\\u017F-])`, "gi");
const TREATMENTS = String.raw`veneers?|crowns?|braces|aligners?|invisalign|whitening|bleaching|bonding|implants?|dentures?|fillings?|orthodontics?|ortho treatment|smile makeover|rhinoplasty|botox|fillers?|blepharoplasty|facelift|liposuction|tummy tuck|abdominoplasty|otoplasty|scar revision|skin grafts?`;
GROUPS.push(
  group("body", 2, String.raw`before[- ](?:and|&|\/)[- ]after,?\s+(?:(?:of|with|her|his|their|the|new|first|full)\s+){0,2}(?:${TREATMENTS})|(?:${TREATMENTS}),?\s+(?:[-–—:]\s+)?before[- ](?:and|&|\/)[- ]after`),
  group("place", 2, String.raw`(?:clinic|hospital|surgery|practice|gp|a ?& ?e|ed|er|emergency|emergency department|casualty|outpatients?|opd|dental|dentist's|derm(?:atology)?|paediatric|pediatric|fracture|antenatal|maternity|oncology|eye|fertility|urgent care|walk-in|ward|polyclinic|klinik) waiting (?:rooms?|areas?)|salles? d['’]attente (?:de l['’]urgence|des urgences|de la clinique|du CLSC|de l['’]hôpital)`),
  group("scan", 2, String.raw`lateral cephs?|cephs?|cephalograms?|cephalometric (?:radiographs?|x-?rays?|films?|tracings?)`),
  group("place", 2, PATIENT_BOARD_SRC),
  // a filled-in label for one person's medicine ("Dispensing label I typed myself: …, amoxicillin 500 mg tds"): that patient's record
  group("patient", 2, String.raw`(?:dispensing|prescription|medication|drug|pharmacy|patient) labels?(?=[^\n]{0,100}?\d+\s?(?:mg|mcg|µg|ml|units?|iu)\s+(?:tds|tid|bd|bid|od|qd|qds|qid|prn|nocte|mane|daily|once|twice|three times|four times|every)(?![\w-]))`),
  group("encounter", 2, String.raw`dystocias?|dystocic|calf pulls?|calving jacks?|assisted (?:calving|lambing|foaling|whelping)|uterine prolapses?|prolapsed uterus|displaced abomasum`),
);
// "her burns", "his knee", "their scans": a third person's body, lesion or scan (a cue, not a cue word)
const POSSESSED_WORDS = String.raw`(?:[\w-]+ ){0,2}?(?:burns?|scars?|wounds?|rash(?:es)?|ulcers?|lesions?|stumps?|grafts?|ct|mri|x-?rays?|scans?|radiographs?|ultrasound|echo|ecg|biopsy|lump|node|nodes|mass|swelling|fracture|stitches|sutures)`;
GROUPS.push({ kind: "patient", weight: 1, re: new RegExp(String.raw`(?<![\w-])(?:his|her|their)(?= ${POSSESSED_WORDS}(?![\w-]))`, "gi"), silent: true });

// strong terms claim their words first
GROUPS.sort((a, b) => b.weight - a.weight);

/** Images that are drawings, memes, models or documents, not photos of a person. */
const NOT_A_PHOTO = /(?<![\w-])(?:diagrams?|infographics?|memes?|illustrations?|illustrated|cartoons?|drawings?|drawn|sketch(?:es|ed)?|doodles?|schematics?|charts?|graphs?|flow ?charts?|mnemonics?|mind ?maps?|concept maps?|models?|plastic models?|manikins?|mannequins?|simulators?|simulated|simulation|sim (?:lab|man|centre|center|suite)|simman|task trainers?|phantoms?|3d[- ]print(?:ed)?|logos?|crests?|emojis?|clip ?art|stock (?:photos?|images?)|textbooks?|lecture slides?|slide ?decks?|posters?|flashcards?|notes|cheat ?sheets?|plush(?:ie)?|toys?|costumes?|cakes?|cookies?|cupcakes?|halloween|(?:ultrasound|x-?ray|ct|mri|ecg|ekg|echo) (?:machines?|scanners?|probes?|carts?|workshops?|courses?|training)|(?:intra-?oral|dental|3d|surface|desktop) (?:scanners?|cameras?)|dental (?:chairs?|units?)|new (?:scanners?|machines?|equipment|chairs?)|practi[sc]ing|workshops?|training course|skills (?:lab|session|station)s?|clinical skills|on (?:each other|a classmate|my classmate|classmates|a volunteer)|animations?|3d renders?|renderings?|artwork|painting|paintings|screenshot of (?:my|the|a) (?:notes|slides?|app|timetable|schedule|calendar)|whiteboard|table of|algorithm|cycle|pathways?|atlas|netter|anki|figure from|from the textbook|medal|templates?|blank labels?|open days?|open house|booths?|careers? fairs?|careers? expos?|recruitment (?:fairs?|drives?)|(?:amputation|surgical|surgeon['’]s|instrument|dissection|suture|obstetric|trepanning|bloodletting) (?:sets?|kits?)|antiques?|selfie with my|certificate|graduation|campus|cafeteria|canteen|library|gym|coffee|lunch|dinner|food|meal|view from|sunset|sunrise|skyline|waterfront|beach|mountain|lake|hike|run|marathon|pets?|my (?:dog|cat))(?![\w-])/i;

/** French drawings, models, posters and slides. */
const NOT_A_PHOTO_FR = /(?<![\w\u00C0-\u017F-])(?:schémas?|schématiques?|dessins?|dessinée?s?|croquis|modèles?|maquettes?|mannequins?|affiches?|diapos?|diapositives?|infographies?|graphiques?|tableaux?|organigrammes?|algorithmes?|manuels?|atlas|café|repas|coucher de soleil|lever de soleil|paysage)(?![\w\u00C0-\u017F-])/i;
/**
 * A document that carries clinical pictures ("our poster, with her neck CT and the before-and-after
 * photos", "slide showing the patient's MRI"): the poster or slide is the frame, the patient's
 * images are in it.
 */
const FRAME = /(?<![\w-])(?:posters?|e-?posters?|lecture slides?|slides?|slide ?decks?|presentations?|collages?|affiches?|diapos?|diapositives?)(?![\w-])/gi;
const CARRIES_PATIENT_IMAGE = /(?<![\w-])(?:(?:his|her|their|the patient's|a patient's|patient's|my patient's|our patient's|the patients'|(?:mr|mrs|ms|miss)\.? [A-Z][a-z]+'s) (?:[\w-]+ ){0,2}?(?:ct|mri|x-?rays?|scans?|radiographs?|ultrasound|echo|photos?|photographs?|pictures?|images?|wounds?|lesions?|rash|skin)|(?:clinical|before[- ](?:and|&)[- ]after|pre[- ]and[- ]post|wound|lesion|intra-?op(?:erative)?|operative|surgical) (?:photos?|photographs?|pictures?|images?|shots?)|(?:photos?|photographs?|pictures?) of (?:the|her|his|their) (?:[\w-]+ ){0,2}?(?:node|nodes|lump|mass|swelling|wound|lesion|rash|ulcer|tumou?r|scar|burns?|face|neck|leg|arm|hand|foot))(?![\w-])/i;
/** An empty clinical room or bed ("the empty operating theatre at the end of the list"). */
const EMPTY = /(?<![\w\u00C0-\u017F-])(?:empty|deserted|unoccupied|vides?|déserte?s?)(?![\w\u00C0-\u017F-])/i;
/** A named or departed person in the picture's story ("Empty bed 4 after Mr. Tan passed away"). */
const SOMEONE_NAMED = /(?<![\w-])(?:[Mm]rs?|[Mm]s|[Mm]iss|[Mm]me|[Mm]adam|[Pp]uan|[Ee]ncik|[Uu]ncle|[Aa]untie|[Pp]akcik|[Mm]akcik)\.? [A-Z]|(?<![\w-])(?:passed away|died|death|in memory|rip|décédée?|décès)(?![\w-])/;
const PLACE_KINDS = new Set<ClinicalKind>(["place", "equipment", "encounter"]);

function notAPhoto(text: string, strongKinds: Set<ClinicalKind>): boolean {
  // a patient board is a photo of patients' names and beds: its "whiteboard" or "tableau" is no drawing
  if (strongKinds.has("place") && PATIENT_BOARD.test(text)) { PATIENT_BOARD.lastIndex = 0; text = text.replace(PATIENT_BOARD, " "); }
  PATIENT_BOARD.lastIndex = 0;
  if (NOT_A_PHOTO.test(text)) {
    // every "not a photo" word is a frame (poster, slide) that carries a patient's images
    if (!CARRIES_PATIENT_IMAGE.test(text)) return true;
    const rest = text.replace(FRAME, " ");
    return NOT_A_PHOTO.test(rest);
  }
  if (NOT_A_PHOTO_FR.test(text)) {
    if (!CARRIES_PATIENT_IMAGE.test(text)) return true;
    return NOT_A_PHOTO_FR.test(text.replace(FRAME, " "));
  }
  // an empty room shows no one, unless something of a patient is named
  if (EMPTY.test(text) && !SOMEONE_ELSE.test(text) && !SOMEONE_NAMED.test(text) && [...strongKinds].every((k) => PLACE_KINDS.has(k))) return true;
  return false;
}

/** The author's own body ("my knee", "me after the run"): not a patient. */
const OWN = /(?<![\w\u00C0-\u017F-])(?:my|mine|me|myself|selfie|ma|mon|mes|moi|moi-même)(?![\w\u00C0-\u017F-])/i;
const SOMEONE_ELSE = /(?<![\w-])(?:patients?|patientes?|patient's|pts?|donors?|donor's|cadavers?|clients?|client's|(?:mr|mrs|ms|miss)\.? [A-Z]|(?:his|her|their) (?:\w+ ){0,2}(?:arm|leg|knee|foot|hand|face|chest|skin|wound|rash|ulcer|x-?ray|scan))(?![\w-])/i;

/** Generic file names or alt text that say nothing ("IMG_2034", "photo", "Pasted image 2024…"). */
const GENERIC = /^(?:\s|\u2022)*(?:(?:img|image|images|photo|photos|pic|pics|picture|dsc|dscn|dcim|pxl|mvimg|screenshot|screen shot|whatsapp image|signal|untitled|file|pasted image|capture|snapshot|camera|edited|copy|final|v|jpeg|jpg|png|heic)\b|\d+|[a-f0-9]{8,}|\s|\u2022|[-_.:])*$/i;

export interface ClinicalScore {
  score: number;
  /** Distinct strong (weight-2) terms. */
  strongCount: number;
  /** Matched terms, strongest first, for messages. */
  terms: string[];
  /** Main kind of what the image shows, by weight. */
  kind?: ClinicalKind;
  /** A drawing, meme, model, logo or a non-clinical scene. */
  notPhoto: boolean;
  /** Text that says only generic things about the image. */
  generic: boolean;
}

const OWN_BODY_KINDS = new Set<ClinicalKind>(["body", "lesion", "scan"]);

/** Scores text for clinical-image content. `subjectOnly` ignores place/encounter/equipment terms (for nearby sentences). */
/** Scores by text: the image rules score the same captions and sentences again on every keystroke. Treat a score as read-only. */
const scores = new Map<string, ClinicalScore>();
const SCORE_CACHE_LIMIT = 5000;

export function scoreClinical(text: string, subjectOnly = false): ClinicalScore {
  const key = (subjectOnly ? "1" : "0") + text;
  let hit = scores.get(key);
  if (!hit) {
    hit = scoreClinicalUncached(text, subjectOnly);
    if (scores.size >= SCORE_CACHE_LIMIT) scores.delete(scores.keys().next().value!);
    scores.set(key, hit);
  }
  return hit;
}

function scoreClinicalUncached(text: string, subjectOnly: boolean): ClinicalScore {
  const found: { kind: ClinicalKind; weight: number; term: string; at: number; end: number; silent?: boolean }[] = [];
  for (const g of GROUPS) {
    if (subjectOnly && (g.kind === "place" || g.kind === "encounter" || g.kind === "equipment")) continue;
    for (const m of allMatches(g.re, text)) {
      // a span already matched by a stronger group is not counted twice
      if (found.some((f) => m.index < f.end && m.index + m[0].length > f.at)) continue;
      found.push({ kind: g.kind, weight: g.weight, term: m[0], at: m.index, end: m.index + m[0].length, silent: g.silent });
    }
  }
  const own = OWN.test(text) && !SOMEONE_ELSE.test(text);
  const counted = own ? found.filter((f) => !OWN_BODY_KINDS.has(f.kind)) : found;
  // each distinct term counts once; weight-1 terms of the same kind add up to at most 1
  const seen = new Set<string>();
  const cues: string[] = [];
  const weakKinds = new Set<ClinicalKind>();
  let score = 0;
  let strongCount = 0;
  const strongKinds = new Set<ClinicalKind>();
  const byKind = new Map<ClinicalKind, number>();
  for (const f of counted.sort((a, b) => b.weight - a.weight)) {
    const key = f.term.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (!f.silent) cues.push(key);
    let add = f.weight;
    if (f.weight === 1) {
      if (weakKinds.has(f.kind)) add = 0;
      weakKinds.add(f.kind);
    }
    score += add;
    if (f.weight >= 2) { strongCount++; strongKinds.add(f.kind); }
    byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + f.weight);
  }
  let kind: ClinicalKind | undefined;
  let best = 0;
  for (const [k, v] of byKind) if (v > best) { best = v; kind = k; }
  return {
    score,
    strongCount,
    terms: cues,
    kind,
    notPhoto: notAPhoto(text, strongKinds),
    generic: GENERIC.test(text),
  };
}

/** A sentence that points at the image ("look at this", "here's", "photo of"). */
export const POINTS_AT_IMAGE = /(?<![\w-])(?:this|these|that|here(?:'s| is| are)?|below|above|attached|look at|check out|photos?|pictures?|pics?|snap(?:ped|shot)?|shots?|images?|took|taking|captured|photographed)(?![\w-])|:\s*$/i;

/** Enough to call it a clinical image: one strong term, or weak terms of three kinds. */
export function isClinical(s: ClinicalScore): boolean {
  return s.strongCount > 0 || s.score >= 3;
}

export function describeKind(kind: ClinicalKind | undefined): string {
  switch (kind) {
    case "patient": case "body": case "lesion": return "a patient or part of a patient's body";
    case "scan": return "a patient's scan or X-ray";
    case "micro": return "a patient's tissue or slide";
    case "specimen": return "a patient specimen";
    case "cadaver": return "a cadaver or body donor";
    case "place": case "equipment": return "a clinical place";
    case "encounter": return "a clinical encounter";
    default: return "a patient";
  }
}
