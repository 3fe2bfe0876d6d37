// Child of bench.mjs: times a peer's full lint in a process of its own (V8's defaults), on the same
// documents as full-lint.mjs, so the bench process keeps a small heap while it measures the server.
// `node peer-lint.mjs plain|alex <words> <runs>` prints the times in ms as JSON.
import { generateDocument } from "./generate.mjs";

const [peer, words, runs] = process.argv.slice(2);
let lint;
if (peer === "plain") {
  const { unified } = await import("unified");
  const remarkParse = (await import("remark-parse")).default;
  const remarkRetext = (await import("remark-retext")).default;
  const retextEnglish = (await import("retext-english")).default;
  const retextProfanities = (await import("retext-profanities")).default;
  const stack = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(retextProfanities));
  lint = async (text) => { await stack.run(stack.parse(text), { value: text }); };
} else {
  const alex = await import("alex");
  lint = (text) => alex.markdown(text);
}
// warm the JIT on other text first, as for Decorum
for (let i = 0; i < 3; i++) await lint(generateDocument(2000, 900 + i));
const times = [];
for (let i = 0; i < Number(runs); i++) {
  const doc = generateDocument(Number(words), 7 + i * 101);
  const t = performance.now();
  await lint(doc);
  times.push(performance.now() - t);
}
console.log(JSON.stringify(times));
