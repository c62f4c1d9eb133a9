// Measures (does not assert) the time from an answer to the updated page in headless Chromium:
// an answer given and "Volgende" clicked, until the next question is in the DOM and until the next
// frame; and "Terug".
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, newPage, open, answer } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(2)} ms, p10 ${q(0.1).toFixed(2)}, p90 ${q(0.9).toFixed(2)}, min ${s[0].toFixed(2)}, max ${s[s.length - 1].toFixed(2)} (n=${s.length})`;
};

test("time from an answer to the updated page (reported)", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  await answer(page, "gemert-bakel", { age: 40 }, { until: "arbeidsongeschikt" });
  const result = await page.evaluate(async () => {
    const root = document.querySelector(".tpc");
    const changed = (pred) =>
      new Promise((resolve, reject) => {
        const obs = new MutationObserver(() => {
          if (pred()) { obs.disconnect(); clearTimeout(late); resolve(performance.now()); }
        });
        const late = setTimeout(() => { obs.disconnect(); reject(new Error(`no change from ${root.dataset.step}`)); }, 5000);
        obs.observe(root, { attributes: true, childList: true, subtree: true });
      });
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    const step = () => root.dataset.step;
    const dom = [], painted = [], back = [], steps = new Set();
    for (let i = 0; i < 60; i++) {
      document.querySelector("input[name=fully_permanently_incapacitated][value=no]").click();
      // "Volgende": the next question replaces this one.
      const before = step();
      const t0 = performance.now();
      const next = changed(() => step() !== before);
      document.querySelector("button[type=submit]").click();
      dom.push((await next) - t0);
      steps.add(`${before} -> ${step()}`);
      painted.push((await frame()) - t0);
      const t1 = performance.now();
      const previous = changed(() => step() === before);
      document.querySelector(".tpc-back").click();
      back.push((await previous) - t1);
      await frame();
    }
    return { dom, painted, back, steps: [...steps], last: step() };
  });
  console.log(`timing: "Terug" to previous question in the DOM: ${stats(result.back)}`);
  console.log(`timing: "Volgende" to next question in the DOM: ${stats(result.dom)}`);
  console.log(`timing: "Volgende" to the next frame: ${stats(result.painted)}`);
  // Every "Volgende" went from the same question to the same next one, and "Terug" came back.
  assert.equal(result.steps.length, 1, result.steps.join(", "));
  assert.match(result.steps[0], /^arbeidsongeschikt -> (?!arbeidsongeschikt$)[a-z0-9_-]+$/);
  assert.equal(result.last, "arbeidsongeschikt");
});

// The page from navigation to its first question (the wasm compiled, the bundle and the Dutch
// texts read), and a language chosen until the check is in it (the pack fetched from the local
// server, checked at the door and read), each on a fresh page so nothing is kept in memory.
test("time to the first screen and to a chosen language (reported)", async () => {
  const first = [], chosen = [];
  for (let i = 0; i < 8; i++) {
    const page = await newPage(env.browser);
    await open(page, env.server.url);
    first.push(await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      return performance.now() - (nav ? nav.startTime : 0);
    }));
    const ms = await page.evaluate(() => new Promise((resolve, reject) => {
      const root = document.querySelector(".tpc");
      const select = document.querySelector("#tpc-lang");
      const t0 = performance.now();
      const obs = new MutationObserver(() => {
        if (root.getAttribute("lang") === "tr") { obs.disconnect(); resolve(performance.now() - t0); }
      });
      obs.observe(root, { attributes: true });
      setTimeout(() => { obs.disconnect(); reject(new Error("the pack did not arrive")); }, 5000);
      select.value = "tr";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    }));
    chosen.push(ms);
    assert.equal(await page.getAttribute(".tpc", "lang"), "tr");
    await page.context().close();
  }
  // The first screen is measured after the heading appeared (an upper bound by the polling).
  console.log(`timing: navigation to the first question on screen (at most): ${stats(first)}`);
  console.log(`timing: Turkish chosen until the check is in Turkish: ${stats(chosen)}`);
});
