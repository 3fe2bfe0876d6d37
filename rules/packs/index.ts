/**
 * The shipped policy packs (data, validated once). Separate from the rule registry so that a
 * host can read packs without loading every rule (the server answers `initialize` first).
 * Adding a pack: write rules/packs/<id>.json and list it here.
 */
import { validatePack, type Pack } from "../../shared/src/pack.js";
import generalPack from "./general.json" with { type: "json" };
import imuStudents from "./imu-students.json" with { type: "json" };
import imuStaff from "./imu-staff.json" with { type: "json" };
import umn from "./umn-health-sciences.json" with { type: "json" };
import quebec from "./quebec-postgraduate.json" with { type: "json" };
import imi from "./imi.json" with { type: "json" };

export const builtinPacks: readonly Pack[] = [generalPack, imuStudents, imuStaff, umn, quebec, imi].map((p) => validatePack(p, `rules/packs/${(p as { id: string }).id}.json`));
