// Shared set-up for the end-to-end tests: the release build served on 127.0.0.1, headless
// Chromium through playwright-core, and a helper that answers the check like a person.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = join(ROOT, "dist");
export const SHOTS = join(ROOT, "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The day every test runs on unless it sets its own clock: no test depends on the machine's
 * date (the law changes on 1 January 2027, while this work goes on). Date is fixed; timers and
 * performance.now() keep running.
 */
export const TEST_DAY = new Date("2026-06-15T10:00:00");

export async function start() {
  const server = await serve(DIST);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ARGS });
  // Every context, however a test makes it, starts on the test day.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.clock.setFixedTime(TEST_DAY);
    return context;
  };
  return { server, browser, close: async () => { await browser.close(); await server.close(); } };
}

/** A fresh page (own context: no storage carried over). */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.jsErrors = errors;
  return page;
}

export async function open(page, url) {
  await page.goto(url);
  await page.waitForSelector("#tpc-heading");
}

export const step = (page) => page.getAttribute(".tpc", "data-step");
export const heading = (page) => page.textContent("#tpc-heading");

/**
 * Answers the check. `answers` maps field names (the inputs' names/ids, the contract's keys:
 * age, gives_care, caregiving_hours_per_week...) to values; yes/no questions not named get "no",
 * lists get "unknown" where offered. Stops on the result page, at `until` (a step key), or after
 * one screen with `single`.
 */
export async function answer(page, gemeente, answers = {}, { until, screenshots, single } = {}) {
  for (let guard = 0; guard < 40; guard++) {
    const current = await step(page);
    if (screenshots) await page.screenshot({ path: join(SHOTS, `${screenshots}-${String(guard).padStart(2, "0")}-${current}.png`), fullPage: true });
    if (current === until) return current;
    if (current === "uitkomst") return current;
    if (current === "regels-laden") {
      // The municipality's rules are on their way (fetched when it was chosen).
      await page.waitForFunction(() => document.querySelector(".tpc")?.dataset.step !== "regels-laden");
      continue;
    } else if (current === "controle") {
      await page.click("button[type=submit]");
    } else if (current === "gemeente") {
      await page.fill("#tpc-gemeente-zoek", gemeente);
      await page.check(`input[name=gemeente][value=${gemeente}]`);
      await page.click("button[type=submit]");
    } else {
      const fields = await page.$$eval(".tpc-form input", (inputs) =>
        inputs.map((i) => ({ type: i.type, name: i.name || i.id.replace(/^tpc-/, ""), value: i.value })),
      );
      const radios = new Map();
      for (const f of fields) {
        if (f.type === "radio") radios.set(f.name, [...(radios.get(f.name) ?? []), f.value]);
      }
      for (const [name, values] of radios) {
        const wanted = answers[name] ?? (values.includes("unknown") ? "unknown" : values.includes("no") ? "no" : values[0]);
        await page.check(`input[name=${name}][value="${wanted}"]`);
      }
      for (const f of fields.filter((f) => f.type === "text")) {
        const wanted = answers[f.name];
        if (wanted === undefined) throw new Error(`no answer given for ${f.name} on step ${current}`);
        await page.fill(`#tpc-${f.name}`, String(wanted));
      }
      await page.click("button[type=submit]");
    }
    await page.waitForFunction((before) => document.querySelector(".tpc")?.dataset.step !== before, current);
    if (single) return step(page);
  }
  throw new Error("the check did not end");
}

/** Chooses a language in the check's list and waits until its texts are shown (a pack may be
 * fetched first). */
export async function chooseLanguage(page, code) {
  await page.selectOption("#tpc-lang", code);
  await page.waitForFunction((c) => document.querySelector(".tpc")?.getAttribute("lang") === c, code);
}

const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** axe-core's WCAG 2.2 AA audit of the check on the page: one line per violation. */
export async function axe(page, label) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => window.axe.run(".tpc", { runOnly: { type: "tag", values: tags } }), AXE_TAGS);
  return result.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
