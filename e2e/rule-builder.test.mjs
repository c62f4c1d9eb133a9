// A policy officer brings their own ordinance without writing code: starts from Oldenzaal's
// articles, fills in the open numbers, adds two exemptions and a judgement of the college in
// the rule builder, sees the 32-hour problem named for a variant of the bounds, exports the
// file, and that file drives the widget on a host page under a strict CSP to the outcome the
// rules give. At 1440 px, in Dutch and English, with axe.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { start, newPage, DIST, ROOT, SHOTS, TEST_DAY } from "./helpers.mjs";
import { serve } from "./server.mjs";

const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const WIDE = { viewport: { width: 1440, height: 900 } };
const DIR = mkdtempSync(join(tmpdir(), "tpc-builder-"));

let env, assets;
before(async () => {
  env = await start();
  assets = await serve(DIST, 0, { headers: { "access-control-allow-origin": "*" } });
});
after(async () => { await env.close(); await assets.close(); });

// Oldenzaal's own numbers and day, as its ordinance of 2015 has them.
const NUMBERS = {
  "jaar": "2026",
  "ingangsdatum (JJJJ-MM-DD)": "2026-01-01",
  "maanden": "6",
  "uren per week": "24",
  "maanden verlenging": "6",
  "hoogste trede grote afstand": "4",
  "maanden tot nieuwe beoordeling": "6",
};

const status = (page) => page.textContent("#tpc-bench-status");

/** Types into a field reached by focus, as the keyboard does. */
async function type(page, selector, value) {
  await page.focus(selector);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(value);
}

/** A select changed by keyboard: focus it and type the option's first letters. */
async function choose(page, selector, value) {
  await page.focus(selector);
  const label = await page.$eval(`${selector} option[value="${value}"]`, (o) => o.textContent);
  await page.keyboard.type(label.slice(0, 12));
  assert.equal(await page.inputValue(selector), value, `${selector} is ${value}`);
}

async function addRule(page, kind, fields) {
  await page.focus(`#tpc-rb-new-${kind}`);
  await page.keyboard.press("Enter");
  await page.waitForSelector("#tpc-rb-form");
  for (const [name, value] of Object.entries(fields)) {
    const selector = `#tpc-rb-${name.replace(/_/g, "-")}`;
    if (await page.$eval(selector, (e) => e.tagName === "SELECT")) await choose(page, selector, value);
    else await type(page, selector, value);
  }
  await page.focus("#tpc-rb-save");
  await page.keyboard.press("Enter");
}

async function axe(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => (await window.axe.run(".tpc", { runOnly: { type: "tag", values: tags } })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`), TAGS);
}

test("from Oldenzaal's articles to the widget: fill in, add two exemptions and a judgement, the 32-hour problem named, export", async () => {
  // axe is injected as a script, which the app's own CSP refuses; the widget's host below keeps its CSP.
  const page = await newPage(env.browser, { ...WIDE, acceptDownloads: true, bypassCSP: true });
  await page.goto(`${env.server.url}?mode=workbench`);
  await page.waitForSelector("#tpc-bench-headline");
  await page.focus("#tpc-bench-skeleton");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#tpc-fill");
  assert.match(await status(page), /Nog open: 7\./);
  assert.match(await page.textContent("#tpc-fill"), /Nog open: 7\./);
  assert.equal(await page.locator("#tpc-bench-report, #tpc-bench-hours-table").count(), 0, "no comparison from an incomplete draft");
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: join(SHOTS, "builder-skeleton-1440.png"), fullPage: true });

  // A word where a number belongs is named and changes nothing.
  await type(page, "#tpc-fill-0", "veel");
  const first = (await page.textContent("label[for=tpc-fill-0]")).split(" · ")[0];
  await page.keyboard.press("Enter");
  if (first !== "jaar" && first !== "ingangsdatum (JJJJ-MM-DD)") {
    await page.waitForSelector("#tpc-fill-0-error");
  }
  for (let left = 7; left > 0; left--) {
    const name = (await page.textContent("label[for=tpc-fill-0]")).split(" · ")[0];
    assert.ok(name in NUMBERS, name);
    await type(page, "#tpc-fill-0", NUMBERS[name]);
    await page.keyboard.press("Enter");
    if (left > 1) await page.waitForFunction((n) => document.querySelectorAll(".tpc-fill li").length === n - 1, left);
  }
  await page.waitForFunction(() => !document.querySelector("#tpc-fill"));
  await page.waitForFunction(() => /geen strijd met de wet/.test(document.querySelector("#tpc-bench-status").textContent));
  assert.match(await page.inputValue("#tpc-bench-text"), /maximaal 24 uren per week/, "the quoted text is filled in too");

  // Two exemptions and a judgement, by keyboard.
  const cite = { artikel: "5a", source_text: "Het college draagt geen tegenprestatie op aan de belanghebbende die dit doet.", explanation_nl: "Dan vraagt de gemeente geen tegenprestatie.", explanation_en: "Then the municipality asks no tegenprestatie." };
  await addRule(page, "exemption", { id: "deeltijdwerk-12-uur", fact: "part_time_work_hours_per_week", comparison: "at_least", number: "12", lid: "1", ...cite });
  await page.waitForFunction(() => /deeltijdwerk-12-uur staat in het concept/.test(document.querySelector("#tpc-rb-status").textContent));
  await addRule(page, "exemption", { id: "re-integratie", fact: "reintegration_trajectory", comparison: "yes", lid: "2", ...cite });
  await page.waitForFunction(() => /re-integratie staat in het concept/.test(document.querySelector("#tpc-rb-status").textContent));
  await addRule(page, "judgement", {
    id: "beperking", fact: "has_disability", comparison: "yes", effect: "exempt", lid: "3", ...cite,
    question_nl: "Of uw beperking een tegenprestatie in de weg staat.", question_en: "Whether your limitation stands in the way.",
    ask_nl: "Vindt de gemeente dat uw beperking een tegenprestatie in de weg staat?", ask_en: "Does the municipality find your limitation stands in the way?",
  });
  await page.waitForFunction(() => /beperking staat in het concept/.test(document.querySelector("#tpc-rb-status").textContent));
  await page.waitForFunction(() => /geen strijd met de wet/.test(document.querySelector("#tpc-bench-status").textContent));

  // A variant of the bounds at 32 hours a week: the door names the court's limit, in the builder too.
  await addRule(page, "variant", { id: "korte-afstand-meer-uren", fact: "participation_ladder_step", comparison: "at_least", number: "5", hours_max: "32", months_max: "3", ...cite });
  await page.waitForFunction(() => /32 uur per week of meer/.test(document.querySelector("#tpc-rb-status").textContent));
  assert.match(await page.textContent("#tpc-bench-problems"), /BZ5171/);
  assert.equal(await page.isDisabled("#tpc-bench-save"), true, "a draft that breaks the law is not exported");
  await page.screenshot({ path: join(SHOTS, "builder-32-hours-1440.png"), fullPage: true });
  assert.deepEqual(await axe(page), []);
  await type(page, "#tpc-rb-hours-max", "12");
  await page.focus("#tpc-rb-save");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /geen strijd met de wet/.test(document.querySelector("#tpc-bench-status").textContent));

  // The rules open again in the builder, as written.
  await page.click("button[aria-label='Bewerk regel beperking']");
  assert.equal(await page.inputValue("#tpc-rb-ask-nl"), "Vindt de gemeente dat uw beperking een tegenprestatie in de weg staat?");
  assert.equal(await page.inputValue("#tpc-rb-fact"), "has_disability");

  // English.
  await page.click("#tpc-bench-lang");
  await page.waitForFunction(() => /Add a rule/.test(document.querySelector("#tpc-rb").textContent));
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: join(SHOTS, "builder-en-1440.png"), fullPage: true });
  await page.click("#tpc-bench-lang");

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#tpc-bench-save")]);
  const file = join(DIR, "mijn-gemeente.json");
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, "utf8"));
  assert.deepEqual(saved.rules.map((r) => r.id).slice(-3), ["deeltijdwerk-12-uur", "re-integratie", "beperking"]);
  assert.equal(saved.assignment.variants[0].bounds.hours_per_week.max, 12);
  assert.deepEqual(page.jsErrors, []);

  // The exported file on a host page under a strict CSP.
  const A = assets.url;
  const origin = A.replace(/\/$/, "");
  const csp = `default-src 'self'; script-src 'self' ${origin} 'wasm-unsafe-eval'; style-src 'self' ${origin}; connect-src 'self' ${origin}`;
  const dir = mkdtempSync(join(tmpdir(), "tpc-builder-host-"));
  writeFileSync(join(dir, "mijn-gemeente.json"), JSON.stringify(saved));
  // The browser asks every origin for its icon; the host has one.
  copyFileSync(join(DIST, "icon-192.png"), join(dir, "favicon.ico"));
  writeFileSync(join(dir, "host.js"), `window.outcomes = [];
document.addEventListener("tegenprestatie-check:outcome", (e) => window.outcomes.push(e.detail.status));`);
  writeFileSync(join(dir, "index.html"), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Mijn Gemeente</title>
<script src="host.js"></script><script type="module" src="${A}tegenprestatie-check.js"></script></head>
<body><h1>Tegenprestatie</h1><tegenprestatie-check ordinance="mijn-gemeente.json" lang="nl"></tegenprestatie-check></body></html>`);
  const host = await serve(dir, 0, { host: "127.0.0.2", headers: { "content-security-policy": csp } });
  try {
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
    await context.clock.setFixedTime(TEST_DAY);
    const p = await context.newPage();
    const errors = [];
    p.on("pageerror", (e) => errors.push(e.message));
    p.on("console", (m) => { if (m.type() === "error" || /Content Security Policy/.test(m.text())) errors.push(m.text()); });
    await p.goto(host.url);
    await p.waitForSelector("tegenprestatie-check .tpc-heading");
    // Answer until the result: 30 years old, 12 hours of part-time work, the rest no.
    const answers = { age: "30", has_part_time_work: "yes", part_time_work_hours_per_week: "12" };
    for (let guard = 0; guard < 30; guard++) {
      const step = await p.getAttribute("tegenprestatie-check .tpc", "data-step");
      if (step === "uitkomst") break;
      if (step !== "controle") {
        const fields = await p.$$eval("tegenprestatie-check .tpc-form input", (inputs) => inputs.map((i) => ({ type: i.type, name: i.name || i.id.replace(/^tpc-/, ""), value: i.value })));
        const radios = new Map();
        for (const f of fields) if (f.type === "radio") radios.set(f.name, [...(radios.get(f.name) ?? []), f.value]);
        for (const [name, values] of radios) {
          const wanted = answers[name] ?? (values.includes("no") ? "no" : values.includes("unknown") ? "unknown" : values[0]);
          await p.check(`tegenprestatie-check input[name=${name}][value="${wanted}"]`);
        }
        for (const f of fields.filter((f) => f.type === "text")) await p.fill(`tegenprestatie-check #tpc-${f.name}`, answers[f.name] ?? "3");
      }
      await p.click("tegenprestatie-check button[type=submit]");
      await p.waitForFunction((k) => document.querySelector("tegenprestatie-check")?.shadowRoot?.querySelector(".tpc")?.dataset.step !== k, step);
    }
    const result = await p.textContent("tegenprestatie-check .tpc-result");
    assert.match(result, /Mijn Gemeente/);
    assert.deepEqual(await p.evaluate(() => window.outcomes), ["exempt"], result);
    assert.deepEqual(errors, []);
    await p.screenshot({ path: join(SHOTS, "builder-widget-result.png"), fullPage: true });
  } finally {
    await host.close();
  }
});
