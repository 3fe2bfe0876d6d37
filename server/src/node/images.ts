// PLACEHOLDER until the media work lands: reports nothing about images.
import type { ImageInfo } from "../../../shared/src/index.js";
export function createImageInspector(_options: { roots?: string[]; attachmentFolders?: string[] }): (src: string, documentPath?: string) => Promise<ImageInfo | undefined> {
  return async () => undefined;
}
export async function writeCleanCopy(path: string): Promise<string> {
  throw new Error(`cannot strip ${path} yet`);
}
