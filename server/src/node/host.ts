/** The Node host: image inspection (local files only) and logging that never carries document text. */
import type { Host } from "../../../shared/src/index.js";
import { createImageInspector } from "./images.js";

export function createNodeHost(options: { roots?: string[]; attachmentFolders?: string[]; log?: Host["log"] } = {}): Host {
  return { inspectImage: createImageInspector(options), log: options.log };
}
