/** The server's Node host: config files, local images, file commands. */
import { fileURLToPath, pathToFileURL } from "node:url";
import { ConfigFiles } from "./config-files.js";
import { createImageInspector, writeCleanCopy } from "./images.js";
import type { ServerHost } from "../server.js";
import type { ImageInfo } from "../../../shared/src/index.js";

export function createNodeServerHost(): ServerHost {
  const configs = new ConfigFiles();
  let roots: string[] = [];
  let inspect = createImageInspector({ roots });
  const pathOf = (uri: string) => {
    if (!uri.startsWith("file:")) return undefined;
    try { return fileURLToPath(uri); } catch { return undefined; }
  };
  return {
    lintHost: { inspectImage: (src: string, doc: string | undefined): Promise<ImageInfo | undefined> => inspect(src, doc) },
    configFor(uri) {
      const path = pathOf(uri);
      return path ? configs.forDocument(path) : {};
    },
    pathOf,
    uriOf: (path) => pathToFileURL(path).href,
    setRoots(paths) { roots = paths; inspect = createImageInspector({ roots }); },
    async runCommand(id, args) {
      if (id === "decorum.stripImageMetadata" && typeof args[0] === "string") { await writeCleanCopy(args[0]); return; }
      throw new Error(`Unknown host command ${id}`);
    },
  };
}
