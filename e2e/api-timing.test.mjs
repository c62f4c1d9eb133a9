// Measures (does not assert a speed) the JS API module (dist/api.js) in headless Chromium, in the
// release build: `evaluate` (the whole decision object converted to JS), `summary` (a small
// object) and `benchmark` (the engine alone inside the wasm, nothing converted). The README
// reports these next to the native benchmark.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, newPage } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test("the JS API's speed in Chromium (reported)", async () => {
  const page = await newPage(env.browser);
  await page.goto(new URL("manifest.webmanifest", env.server.url).href);
  const result = await page.evaluate(async () => {
    const api = await import("./api.js");
    await api.default();
    const answers = { age: 35, volunteer_hours_per_week: 4, volunteer_months: 6, date: "2026-06-01" };
    const samples = (calls, f) => {
      for (let i = 0; i < calls; i++) f();
      const out = [];
      for (let s = 0; s < 25; s++) {
        const t0 = performance.now();
        f(calls);
        out.push(((performance.now() - t0) * 1000) / calls);
      }
      return out;
    };
    const evaluate = samples(500, (n = 1) => { for (let i = 0; i < n; i++) api.evaluate("overbetuwe", answers); });
    const summary = samples(2000, (n = 1) => { for (let i = 0; i < n; i++) api.summary("overbetuwe", answers); });
    const engine = samples(100000, (n = 1) => api.benchmark("overbetuwe", answers, n));
    return {
      evaluate,
      summary,
      engine,
      check: api.summary("overbetuwe", answers),
      full: api.evaluate("overbetuwe", answers).status,
    };
  });
  const stats = (xs, digits) => {
    const s = [...xs].sort((a, b) => a - b);
    const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(digits);
    return `median ${q(0.5)} µs, p10 ${q(0.1)}, p90 ${q(0.9)} (n=${s.length})`;
  };
  console.log(`timing: evaluate() in Chromium: ${stats(result.evaluate, 2)}`);
  console.log(`timing: summary() in Chromium: ${stats(result.summary, 2)}`);
  console.log(`timing: engine alone in the wasm (benchmark()): ${stats(result.engine, 4)}`);
  assert.equal(result.check.status, result.full);
  // Four hours of volunteer work a week exempts in Overbetuwe (tests/claims/ordinances.toml).
  assert.equal(result.full, "exempt");
});
