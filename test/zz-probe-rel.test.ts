import { it } from "vitest";
import { linter } from "./helpers/lint.js";
it("probe", async () => {
  const cases: Record<string,string> = {
    nestedList: Array.from({length:5000},(_,i)=>"  ".repeat(i)+"- item").join("\n"),
    nestedQuote: ">".repeat(5000)+" hello",
    nestedQuote2: Array.from({length:5000},(_,i)=>">".repeat(i+1)+" hi").join("\n"),
    brackets: "[".repeat(50000)+"x"+"]".repeat(50000),
    emph: "*a ".repeat(50000),
    bigDoc: ("Patient Mrs. Tan, 45, came in today. I work at IMU. Email me at x@imu.edu.my. Damn.\n\n").repeat(120000),
    longLine: "word ".repeat(2_000_000),
    images: Array.from({length:5000},(_,i)=>`![img${i}](https://example.com/${i}.jpg)`).join("\n"),
    nul: "\u0000\u0001\uFFFD\uD800 abc \uDC00".repeat(10000),
  };
  for (const [k,t] of Object.entries(cases)) {
    const t0 = performance.now();
    try { const r = await linter.lint(t, {config:{policy:"imu-students"}}); console.log(k, t.length, (performance.now()-t0).toFixed(0)+"ms", r.findings.length, r.failedRules); }
    catch(e) { console.log(k, "THREW", (e as Error).name, (e as Error).message.slice(0,100), (performance.now()-t0).toFixed(0)); }
  }
}, 600000);
