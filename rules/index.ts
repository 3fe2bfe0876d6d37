/**
 * The rule registry (one ordered array); the shipped policy packs are in ./packs/index.ts.
 * Adding a rule: write rules/<family>/<name>.ts and list it here.
 */
import type { Rule } from "../shared/src/rule.js";
export { builtinPacks } from "./packs/index.js";
import patientIdentifier from "./patient/identifier.js";
import patientEncounter from "./patient/encounter.js";
import patientImage from "./patient/image.js";
import patientContact from "./patient/contact.js";
import adviceIndividual from "./advice/individual.js";
import conductProfanity from "./conduct/profanity.js";
import conductSubstance from "./conduct/substance.js";
import conductDiscrimination from "./conduct/discrimination.js";
import conductHarassment from "./conduct/harassment.js";
import conductColleague from "./conduct/colleague.js";
import affiliationDisclaimer from "./affiliation/disclaimer.js";
import affiliationDisclosure from "./affiliation/disclosure.js";
import affiliationEmail from "./affiliation/email.js";
import affiliationLogo from "./affiliation/logo.js";
import affiliationEndorsement from "./affiliation/endorsement.js";
import privacyPersonal from "./privacy/personal.js";
import privacyOthers from "./privacy/others.js";
import clinicalSetting from "./clinical/setting.js";
import accuracyUnsourced from "./accuracy/unsourced.js";
import imageMetadata from "./image/metadata.js";
import imageResolution from "./image/resolution.js";
import imageAttribution from "./image/attribution.js";
import toneHeated from "./tone/heated.js";

export const rules: readonly Rule[] = [
  patientIdentifier,
  patientEncounter,
  patientImage,
  patientContact,
  adviceIndividual,
  conductProfanity,
  conductSubstance,
  conductDiscrimination,
  conductHarassment,
  conductColleague,
  affiliationDisclaimer,
  affiliationDisclosure,
  affiliationEmail,
  affiliationLogo,
  affiliationEndorsement,
  privacyPersonal,
  privacyOthers,
  clinicalSetting,
  accuracyUnsourced,
  imageMetadata,
  imageResolution,
  imageAttribution,
  toneHeated,
];

