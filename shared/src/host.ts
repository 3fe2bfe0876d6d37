/** What a host (Node CLI/server, a browser worker) lends the core. Everything is optional. */
import type { ImageInfo } from "./rule.js";

export interface Host {
  /** Reads facts about a linked image; never fetches remote URLs. */
  inspectImage?(src: string, documentPath: string | undefined): Promise<ImageInfo | undefined>;
  /** Logs a message. Callers never pass document text. */
  log?(level: "error" | "warn" | "info" | "debug", message: string): void;
}
