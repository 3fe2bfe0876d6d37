/** The server's Node host: config files, local images, file commands. */
import { fileURLToPath, pathToFileURL } from "node:url";
import { ConfigFiles } from "./config-files.js";
import { PackFiles, resolveConfigPackPaths } from "./packs.js";
import { AcceptedFiles } from "./accepted.js";
import { userInfo } from "node:os";
import { dirname, isAbsolute, resolve, sep } from "node:path";
import { builtinPacks } from "../../../rules/packs/index.js";
import { createImageInspector, writeCleanCopy } from "./images.js";
import type { ServerHost } from "../server.js";
import type { ImageInfo } from "../../../shared/src/index.js";

export function createNodeServerHost(): ServerHost {
  const configs = new ConfigFiles();
  const packFiles = new PackFiles(builtinPacks);
  const accepted = new AcceptedFiles();
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
    packsFor(uri, settingsPacks, loaded) {
      const path = pathOf(uri);
      if (!path) return { packs: [], problems: [] };
      // settings' relative pack paths resolve against the workspace roots
      const fromSettings = (settingsPacks ?? []).map((p) => (isAbsolute(p) ? p : resolve(roots[0] ?? dirname(path), p)));
      const fromConfig = loaded.file && loaded.config?.packs ? resolveConfigPackPaths(loaded.file, loaded.config.packs).files : [];
      return packFiles.loadAll([...fromSettings, ...fromConfig, ...packFiles.discover(dirname(path))]);
    },
    uriOf: (path) => pathToFileURL(path).href,
    setRoots(paths) { roots = paths; inspect = createImageInspector({ roots }); accepted.setRoots(paths); },
    acceptedFor(uri) {
      const path = pathOf(uri);
      return path ? accepted.forDocument(path) : [];
    },
    accept(uri, entry) {
      const path = pathOf(uri);
      if (!path) throw new Error("Only files on disk can have accepted findings.");
      let by: string | undefined;
      try { by = userInfo().username; } catch { by = undefined; }
      return accepted.add(path, { ...entry, by });
    },
    async runCommand(id, args) {
      if (id === "decorum.stripImageMetadata" && typeof args[0] === "string") {
        const target = resolve(args[0]);
        // only images inside the workspace are copied (the inspector reads nothing else either)
        if (roots.length && !roots.some((r) => target.startsWith(resolve(r) + sep))) throw new Error("That image is outside the workspace.");
        await writeCleanCopy(target);
        return;
      }
      throw new Error(`Unknown host command ${id}`);
    },
  };
}
