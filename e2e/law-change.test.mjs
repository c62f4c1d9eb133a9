// The law on its date, as a person meets it: the day the check answers for is visible and can
// be changed by keyboard; from 1 January 2027 (the Participatiewet in balans) the check, the desk
// and the JS API give no answer from the 2015 rules and say why; the rules as they were on
// 31 December 2026 can be looked at, marked as past rules; a result on screen keeps its day when
// the clock passes midnight; 2026's tolerance; a merged municipality leads to its successor.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { start, newPage, open, answer, step, heading, ROOT, SHOTS, chooseLanguage } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const PHONE = { width: 360, height: 780 };
const IN_2027 = new Date("2027-01-05T10:00:00");

async function axe(page, label) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => window.axe.run(".tpc", { runOnly: { type: "tag", values: tags } }), TAGS);
  return result.violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const noOverflow = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Presses Tab until `selector` has focus. */
async function tabTo(page, selector, limit = 60) {
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return n;
  }
  throw new Error(`Tab never reached ${selector}`);
}

for (const lang of ["nl", "en"]) {
  test(`in 2027 the check says the tegenprestatie was replaced and shows the rules of 2026 as past rules (${lang}, 360 px)`, async () => {
    const page = await newPage(env.browser, { viewport: PHONE, bypassCSP: true });
    await page.clock.setFixedTime(IN_2027);
    await open(page, env.server.url);
    if (lang === "en") {
      await chooseLanguage(page, "en");
    }
    assert.equal(await step(page), "wet-veranderd");
    const words = lang === "nl"
      ? { title: "Nieuwe regels vanaf 2027", replaced: "vervangt de wet de tegenprestatie door maatschappelijke participatie", day: "De check is voor 5 januari 2027.", past: "Bekijk de regels zoals ze waren op 31 december 2026", banner: "U bekijkt oude regels, zoals ze waren op 31 december 2026.", transitional: "overgangsrecht" }
      : { title: "New rules from 2027", replaced: "the law replaces the tegenprestatie with maatschappelijke participatie", day: "The check is for 5 January 2027.", past: "See the rules as they were on 31 December 2026", banner: "You are looking at old rules, as they were on 31 December 2026.", transitional: "transitional law" };
    assert.equal(await heading(page), words.title);
    const text = await page.textContent(".tpc-body");
    assert.ok(text.includes(words.replaced), text);
    assert.ok(text.includes(words.day), text);
    assert.ok(text.includes("lokaleregelgeving.overheid.nl"), "where to find the municipality's new rules");
    assert.equal(await page.getAttribute(".tpc-law-changed a", "href"), "https://wetten.overheid.nl/BWBR0015703/2027-01-01");
    assert.deepEqual(await axe(page, "wet-veranderd"), []);
    assert.ok(await noOverflow(page), "no sideways scrolling at 360 px");
    await page.screenshot({ path: join(SHOTS, `law-changed-2027-${lang}-360.png`), fullPage: true });

    // The rules of the past, by keyboard.
    await tabTo(page, ".tpc-law-changed .tpc-button--secondary");
    assert.equal((await page.evaluate(() => document.activeElement.textContent)).trim(), words.past);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector(".tpc")?.dataset.step === "gemeente");
    assert.ok((await page.textContent(".tpc-past")).includes(words.banner));
    assert.equal(await answer(page, "rotterdam", { age: 40 }), "uitkomst");
    assert.ok((await page.textContent(".tpc-past")).includes(words.banner), "the result says it is of the past");
    assert.ok((await page.textContent(".tpc-past-note")).includes(words.transitional), "and what transitional law may mean");
    assert.match(await heading(page), lang === "nl" ? /tegenprestatie/i : /tegenprestatie/i);
    assert.ok((await page.textContent(".tpc-day")).includes(lang === "nl" ? "31 december 2026" : "31 December 2026"));
    assert.deepEqual(await axe(page, "uitkomst, oude regels"), []);
    assert.ok(await noOverflow(page));
    await page.screenshot({ path: join(SHOTS, `law-changed-2027-${lang}-past-result-360.png`), fullPage: true });
    assert.deepEqual(page.jsErrors, []);
  });
}

test("the day of the check is visible, and changed by keyboard; a wrong date keeps what was typed", async () => {
  const page = await newPage(env.browser, { viewport: PHONE });
  await open(page, env.server.url);
  assert.equal((await page.textContent(".tpc-day__line")).trim().replace(/\s+/g, " "), "De check is voor 15 juni 2026. Wijzig datum");
  await tabTo(page, ".tpc-day .tpc-link-button");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#tpc-day");
  await tabTo(page, "#tpc-day");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("31-13-2026");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#tpc-day-error");
  assert.equal(await page.inputValue("#tpc-day"), "31-13-2026", "what was typed stays");
  assert.equal(await page.getAttribute("#tpc-day", "aria-invalid"), "true");
  assert.ok((await page.textContent(".tpc-day__line")).includes("15 juni 2026"), "the day has not changed");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("2-1-2027");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector(".tpc")?.dataset.step === "wet-veranderd");
  assert.ok((await page.textContent(".tpc-day__line")).includes("2 januari 2027"));
  // And back to today.
  await page.click(".tpc-day .tpc-link-button");
  await page.click("text=Terug naar vandaag");
  await page.waitForFunction(() => document.querySelector(".tpc")?.dataset.step === "gemeente");
  assert.ok((await page.textContent(".tpc-day__line")).includes("15 juni 2026"));
  assert.deepEqual(page.jsErrors, []);
});

test("a result on screen keeps its day when the clock passes midnight on 31 December 2026; the next check uses the new day", async () => {
  const page = await newPage(env.browser, { viewport: PHONE });
  await page.clock.install({ time: new Date("2026-12-31T23:57:00") });
  await open(page, env.server.url);
  assert.equal(await answer(page, "rotterdam", { age: 40 }), "uitkomst");
  assert.ok((await page.textContent(".tpc-day__line")).includes("31 december 2026"));
  const before = await heading(page);
  await page.clock.fastForward("05:00");
  // 1 January 2027, 00:02: the result stays what it was, for the day it was made for.
  assert.equal(await page.evaluate(() => new Date().getFullYear()), 2027);
  await chooseLanguage(page, "en");
  await chooseLanguage(page, "nl");
  assert.equal(await step(page), "uitkomst");
  assert.equal(await heading(page), before);
  assert.ok((await page.textContent(".tpc-day__line")).includes("31 december 2026"));
  // A new check: the new day, and the law has changed.
  await page.click("text=Wis mijn antwoorden");
  await page.waitForFunction(() => document.querySelector(".tpc")?.dataset.step === "wet-veranderd");
  assert.ok((await page.textContent(".tpc-day__line")).includes("1 januari 2027"));
  assert.deepEqual(page.jsErrors, []);
});

test("a result for a day of 2026 says the ministry's tolerance once, with its source", async () => {
  const page = await newPage(env.browser, { viewport: PHONE });
  await open(page, env.server.url);
  assert.equal(await answer(page, "rotterdam", { age: 40 }), "uitkomst");
  const tolerance = await page.locator(".tpc-tolerance").allTextContents();
  assert.equal(tolerance.length, 1);
  assert.ok(tolerance[0].includes("Het ministerie vindt het goed dat gemeenten in 2026 al werken met de nieuwe regels voor maatschappelijke participatie"), tolerance[0]);
  assert.ok((await page.getAttribute(".tpc-tolerance a", "href")).startsWith("https://www.gemeente.nu/"));
  // The version label: from when, and that later changes may exist.
  assert.ok((await page.textContent(".tpc-outcome__age")).includes("Regels vanaf 1 januari 2015. Ze kunnen veranderd zijn"));
});

test("a merged municipality's rules end two years after the merger: Rijnwaarden leads to Zevenaar", async () => {
  const page = await newPage(env.browser, { viewport: PHONE, bypassCSP: true });
  await open(page, env.server.url);
  await page.fill("#tpc-gemeente-zoek", "Rijnwaarden");
  await page.check("input[name=gemeente][value=rijnwaarden]");
  await page.click("button[type=submit]");
  await page.waitForFunction(() => document.querySelector(".tpc")?.dataset.step === "regels-vervallen");
  const text = await page.textContent(".tpc-rules-ended");
  assert.ok(text.includes("Rijnwaarden hoort sinds 1 januari 2018 bij Zevenaar"), text);
  assert.ok(text.includes("uiterlijk tot en met 31 december 2019"), text);
  assert.deepEqual(await axe(page, "regels-vervallen"), []);
  await page.screenshot({ path: join(SHOTS, "merged-rijnwaarden-360.png"), fullPage: true });
  await page.click("text=Doe de check voor Zevenaar");
  await page.waitForFunction(() => !["regels-vervallen", "gemeente"].includes(document.querySelector(".tpc")?.dataset.step));
  assert.equal(await answer(page, "zevenaar", { age: 40 }), "uitkomst");
  assert.ok((await page.textContent(".tpc-outcome")).includes("Zevenaar"));
  // Weesp: the 2015 rules were replaced in 2020, and Weesp is part of Amsterdam.
  await page.click("text=Wis mijn antwoorden");
  await page.fill("#tpc-gemeente-zoek", "Weesp");
  await page.check("input[name=gemeente][value=weesp]");
  await page.click("button[type=submit]");
  await page.waitForFunction(() => document.querySelector(".tpc")?.dataset.step === "regels-vervallen");
  const weesp = await page.textContent(".tpc-rules-ended");
  assert.ok(weesp.includes("golden uiterlijk tot en met 30 januari 2020"), weesp);
  assert.ok(weesp.includes("Er staat 'vragen', niet 'verplichten'"), weesp);
  assert.ok(weesp.includes("Sinds 24 maart 2022 hoort Weesp bij Amsterdam"), weesp);
  assert.ok(!/\d+ tot \d+ uur/.test(weesp), "no numbers the source does not give");
  assert.deepEqual(page.jsErrors, []);
});

test("the JS API refuses a day from 2027 with an Error whose code is law_changed; options.date overrides the answers' date", async () => {
  const page = await newPage(env.browser);
  await page.goto(new URL("manifest.webmanifest", env.server.url).href);
  const out = await page.evaluate(async () => {
    const api = await import("./api.js");
    await api.default();
    let refused;
    try { api.summary("rotterdam", { age: 40 }, { date: "2027-01-01" }); } catch (e) {
      refused = { isError: e instanceof Error, code: e.code, date: e.date, from: e.from, name: e.name, url: e.url, message: e.message };
    }
    let unborn;
    try { api.summary("rotterdam", { birth_date: "2026-09-01" }, { date: "2026-06-01" }); } catch (e) { unborn = e.message; }
    const overridden = api.evaluate("rotterdam", { age: 40, date: "2027-03-01" }, { date: "2026-12-31" });
    return { refused, unborn, overridden: { status: overridden.status, date: overridden.date } };
  });
  assert.equal(out.refused.isError, true);
  assert.equal(out.refused.code, "law_changed");
  assert.equal(out.refused.date, "2027-01-01");
  assert.equal(out.refused.from, "2027-01-01");
  assert.equal(out.refused.url, "https://wetten.overheid.nl/BWBR0015703/2027-01-01");
  assert.match(out.refused.name, /Participatiewet in balans/);
  assert.match(out.unborn, /field `birth_date`: 2026-09-01 is after `date` 2026-06-01/);
  assert.deepEqual(out.overridden, { status: "obligated", date: "2026-12-31" });
});

test("the desk in 2027 says why there is no outcome, and shows the rules of 31 December 2026 for that date", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1440, height: 900 }, bypassCSP: true });
  await page.clock.setFixedTime(IN_2027);
  await page.goto(`${env.server.url}?mode=caseworker`);
  await page.waitForSelector(".tpc-desk #tpc-desk-municipality");
  await page.focus("#tpc-desk-municipality");
  await page.keyboard.type("Rotterdam");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.fill("#tpc-desk-age", "40");
  await page.keyboard.press("Tab");
  const column = page.locator('article[aria-labelledby="tpc-desk-col-rotterdam"]');
  await column.waitFor();
  await page.waitForFunction(() => document.querySelector('article[aria-labelledby="tpc-desk-col-rotterdam"]')?.textContent.includes("maatschappelijke participatie"));
  assert.ok((await column.textContent()).includes("31-12-2026"), "it names the day of the old rules");
  assert.deepEqual(await axe(page, "desk 2027"), []);
  await page.screenshot({ path: join(SHOTS, "desk-2027-1440.png"), fullPage: true });
  // In English too, for a caseworker who works in English.
  await page.click(".tpc-desk__bar-actions button");
  await page.waitForFunction(() => document.querySelector('article[aria-labelledby="tpc-desk-col-rotterdam"]')?.textContent.includes("From 1 January 2027 the law replaces the tegenprestatie"));
  assert.deepEqual(await axe(page, "desk 2027, English"), []);
  await page.click(".tpc-desk__bar-actions button");
  await page.fill("#tpc-desk-date", "31-12-2026");
  await page.keyboard.press("Tab");
  await page.waitForFunction(() => document.querySelector('article[aria-labelledby="tpc-desk-col-rotterdam"] .tpc-desk-col__headline')?.textContent.length > 0);
  assert.deepEqual(page.jsErrors, []);
});
