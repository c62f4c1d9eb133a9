// The languages: Dutch built in, English, Arabic (right to left), Turkish and Polish as packs
// fetched only when chosen. A full walk to a result in each at 360 px (screenshots), axe 0, no
// sideways scrolling at 320 px; the pack kept for offline use; a broken or old pack refused with
// the Dutch texts kept.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { start, newPage, open, answer, step, heading, ROOT, SHOTS, chooseLanguage, axe } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const PHONE = { width: 360, height: 740 };
const PACK = /\/lang-([a-z]+)-[^/]+\.bin$/;

const overflows = (page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

// Rotterdam, 30, bijstand, nothing else: the municipality can ask (obligated, with hours).
const PERSON = { age: 30, benefit: "participatiewet" };

for (const [code, name, expect] of [
  ["en", "English", /The municipality can ask you to do a tegenprestatie/],
  ["ar", "العربية", /العمل المقابل/],
  ["tr", "Türkçe", /karşılık hizmet/i],
  ["pl", "Polski", /świadczeni/i],
]) {
  test(`a full walk in ${name} at 360 px: fetched when chosen, the result in ${code}, axe 0, no overflow at 320 px`, async () => {
    const page = await newPage(env.browser, { viewport: PHONE, bypassCSP: true });
    const packs = [];
    page.on("request", (r) => { const m = PACK.exec(new URL(r.url()).pathname); if (m) packs.push(m[1]); });
    await open(page, env.server.url);
    assert.deepEqual(packs, [], "no pack before a language is chosen");
    // Every language is offered, each named in itself.
    const offered = await page.$$eval("#tpc-lang option", (os) => os.map((o) => o.textContent.trim()));
    assert.deepEqual(offered.slice(0, 2), ["Nederlands", "English"]);
    for (const n of ["العربية", "Türkçe", "Polski"]) assert.ok(offered.includes(n), `${n} is offered`);
    await chooseLanguage(page, code);
    assert.deepEqual(packs, [code], "only the chosen language's pack is fetched");
    const rtl = code === "ar";
    assert.equal(await page.getAttribute(".tpc", "dir"), rtl ? "rtl" : "ltr");
    if (rtl) {
      // The check's root is right to left; so its layout is.
      const [root, back] = await page.$eval(".tpc", (el) => [getComputedStyle(el).direction, el.getBoundingClientRect().right]);
      assert.equal(root, "rtl");
      assert.ok(back > 0);
    }
    const problems = [...(await axe(page, `${code} first screen`))];
    const dutchLeads = await page.textContent(".tpc-dutch-leads");
    assert.ok(dutchLeads.length > 10, "the page says once that the Dutch text is leading");
    await answer(page, "rotterdam", PERSON, { screenshots: `lang-${code}` });
    assert.equal(await step(page), "uitkomst");
    assert.equal(await page.getAttribute(".tpc", "lang"), code);
    const text = await page.textContent(".tpc");
    assert.match(text, expect);
    // Dates as in the municipality's letters: Western digits, Dutch month names (English keeps
    // its own, as before the packs).
    assert.match(text, code === "en" ? /15 June 2026/ : /15 juni 2026/);
    assert.doesNotMatch(text, /[٠-٩]/, "Western digits");
    // Key Dutch terms stay visible beside the translation.
    if (code !== "en") assert.match(text, /\(tegenprestatie\)|tegenprestatie/);
    // The outcome's own disclaimer and the offer of a letter are in the language too (the letter
    // itself is Dutch, which a translated offer says).
    const disclaimer = await page.textContent(".tpc-disclaimer");
    const offer = await page.textContent(".tpc-letter-offer");
    assert.doesNotMatch(disclaimer, /geen besluit van de gemeente/);
    assert.doesNotMatch(offer, /Brief aan de gemeente|Maak een brief/);
    if (code === "en") assert.match(disclaimer, /not a decision of the municipality/);
    else {
      assert.match(disclaimer, /\(bezwaar\)/, "the Dutch term beside the translation");
      assert.doesNotMatch(offer, /Letter to the municipality|Make a letter/);
    }
    if (code !== "en") {
      // The municipality's name and the Dutch date are Dutch words: marked so, read out in Dutch
      // and upper-cased by the Dutch rules (never the Turkish "JUNİ").
      const marked = await page.$$eval(".tpc-outcome__label [lang=nl]", (els) => els.map((e) => e.textContent));
      assert.deepEqual(marked, ["Rotterdam", "15 juni 2026"]);
      assert.match(await page.innerText(".tpc-outcome__label"), /ROTTERDAM.*15 JUNI 2026/);
      // So is every Dutch date in a translated sentence (WCAG 3.1.2, Language of Parts).
      assert.equal(await page.textContent(".tpc-day__line [lang=nl]"), "15 juni 2026");
      assert.equal(await page.textContent(".tpc-outcome__age [lang=nl]"), "1 januari 2015");
    } else {
      assert.equal(await page.$(".tpc-day__line [lang=nl]"), null, "English writes its own dates");
    }
    problems.push(...(await axe(page, `${code} result`)));
    await page.screenshot({ path: join(SHOTS, `lang-${code}-result-360.png`), fullPage: true });
    // The print view in the language: no buttons, the quoted rules shown, in the language's
    // direction, on at most two A4 pages.
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.isVisible(".tpc-actions"), false, "buttons are not printed");
    assert.equal(await page.isVisible(".tpc-why blockquote"), true, "quoted rules are printed");
    assert.equal(await page.$eval(".tpc", (el) => getComputedStyle(el).direction), rtl ? "rtl" : "ltr");
    const pdf = await page.pdf({ format: "A4" });
    writeFileSync(join(SHOTS, `print-lang-${code}.pdf`), pdf);
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 320, height: 640 });
    assert.equal(await overflows(page), false, "nothing scrolls sideways at 320 px");
    assert.deepEqual(problems, []);
    assert.deepEqual(page.jsErrors, []);
    await page.context().close();
  });
}

test("Arabic is right to left on the check's root only, with the back arrow mirrored", async () => {
  const page = await newPage(env.browser, { viewport: PHONE });
  await open(page, env.server.url);
  await chooseLanguage(page, "ar");
  await answer(page, "rotterdam", PERSON, { until: "leeftijd" });
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute("dir")), null, "not on the page");
  const arrow = await page.$eval(".tpc-back", (el) => getComputedStyle(el, "::before").content);
  assert.match(arrow, /›/);
  // The back link sits at the right-hand side, where a right-to-left reader starts.
  const [left, width] = await page.$eval(".tpc-back", (el) => [el.getBoundingClientRect().left, document.documentElement.clientWidth]);
  assert.ok(left > width / 2, `the back link starts on the right (${left} of ${width})`);
  await page.context().close();
});

test("a chosen language works offline afterwards on the standalone site", async () => {
  const page = await newPage(env.browser, { viewport: PHONE });
  await open(page, env.server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForSelector("#tpc-heading");
  await chooseLanguage(page, "tr");
  const turkish = await heading(page);
  await page.context().setOffline(true);
  await page.reload();
  await page.waitForFunction(() => document.querySelector(".tpc")?.getAttribute("lang") === "tr");
  assert.equal(await heading(page), turkish, "the Turkish texts came from the worker's cache");
  await page.context().close();
});

// A pack is a text header (its version and language) and its messages in binary form: latin1
// keeps every byte while the header is rewritten.
for (const [label, body] of [
  ["cut off", (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2))],
  ["of another version", (bytes) => Buffer.from(bytes.toString("latin1").replace(/^## version: .*$/m, "## version: 0.0.0-00000000"), "latin1")],
  ["missing", null],
]) {
  test(`a language pack ${label} is refused with a Dutch message, and the Dutch texts stay`, async () => {
    // The worker would fetch the pack itself, out of the test's reach.
    const page = await newPage(env.browser, { viewport: PHONE, serviceWorkers: "block" });
    await page.route(PACK, async (route) => {
      if (!body) return route.fulfill({ status: 404, body: "Not found" });
      const response = await route.fetch();
      await route.fulfill({ response, body: body(await response.body()) });
    });
    await open(page, env.server.url);
    await answer(page, "rotterdam", PERSON, { until: "leeftijd" });
    await page.fill("#tpc-age", "30");
    const before = await heading(page);
    await page.selectOption("#tpc-lang", "pl");
    const alert = await page.waitForSelector(".tpc [role=alert]");
    assert.match(await alert.textContent(), /Nederlands/);
    assert.equal(await alert.getAttribute("lang"), "nl");
    assert.equal(await page.getAttribute(".tpc", "lang"), "nl");
    assert.equal(await page.inputValue("#tpc-lang"), "nl", "the list shows the language the texts are in");
    assert.equal(await heading(page), before);
    assert.equal(await page.inputValue("#tpc-age"), "30", "nothing entered is lost");
    assert.equal(await step(page), "leeftijd");
    await page.context().close();
  });
}

// Headless Chromium has no voices: a stand-in speechSynthesis that records what it is asked.
const STUB = (voices) => `
  window.spoken = []; window.cancelled = 0;
  const voices = ${JSON.stringify(voices)}.map((lang) => ({ lang, name: "stub " + lang, default: false, localService: true, voiceURI: lang }));
  const synth = new EventTarget();
  synth.getVoices = () => voices;
  synth.speak = (u) => { window.spoken.push({ text: u.text, lang: u.lang }); };
  synth.cancel = () => { window.cancelled++; };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ""; this.voice = null; this.onend = null; } };
`;

test("Lees voor reads the visible question in the page's language, Dutch quotes in Dutch, by keyboard, and stops", async () => {
  const page = await newPage(env.browser, { viewport: PHONE });
  await page.addInitScript(STUB(["nl-NL", "tr-TR"]));
  await open(page, env.server.url);
  await answer(page, "rotterdam", PERSON, { until: "leeftijd" });
  const button = page.locator(".tpc-read-aloud");
  assert.equal(await button.innerText(), "Lees voor");
  await button.focus();
  await page.keyboard.press("Enter");
  const spoken = await page.evaluate(() => window.spoken);
  assert.ok(spoken.length >= 1, "something was read");
  assert.match(spoken[0].text, /^Vraag 1 van ongeveer \d+$/, "the step first");
  assert.equal(spoken[1].text, "Hoe oud bent u?", "then the question");
  assert.ok(spoken.every((s) => s.lang === "nl-NL"));
  assert.equal(await button.innerText(), "Stop met voorlezen");
  await page.keyboard.press("Enter");
  assert.ok((await page.evaluate(() => window.cancelled)) >= 1, "stopped");
  assert.equal(await button.innerText(), "Lees voor");

  // In Turkish: the Turkish text with the Turkish voice; the result's Dutch quotes with the Dutch voice.
  await chooseLanguage(page, "tr");
  await page.fill("#tpc-age", "30");
  await answer(page, "rotterdam", PERSON);
  await page.click(".tpc-why > summary");
  await page.evaluate(() => { window.spoken = []; });
  await page.click(".tpc-read-aloud");
  const result = await page.evaluate(() => window.spoken);
  assert.ok(result.length > 2);
  // The result's label first: the municipality's name (a Dutch word) in the Dutch voice, then
  // the Turkish text in the Turkish voice.
  assert.deepEqual(result[0], { text: "ROTTERDAM", lang: "nl-NL" });
  assert.ok(result.filter((s) => s.lang === "tr-TR").length > result.length / 2, "mostly Turkish");
  assert.match(result.map((s) => s.text).join(" "), /karşılık hizmet/i);
  const dutch = result.filter((s) => s.lang === "nl-NL").map((s) => s.text);
  const shownQuotes = await page.$$eval(".tpc-body blockquote[lang=nl]", (qs) => qs.filter((q) => q.offsetParent).map((q) => q.innerText.trim()));
  assert.ok(shownQuotes.length > 0);
  for (const q of shownQuotes) assert.ok(dutch.includes(q), `the Dutch quote in the Dutch voice: ${q.slice(0, 40)}`);
  // A Dutch date inside a Turkish sentence is read in its place, in the Dutch voice.
  const i = result.findIndex((s) => /^15 juni 2026$/i.test(s.text));
  assert.ok(i > 0 && result[i].lang === "nl-NL", "the date in Dutch");
  await page.context().close();
});

test("Lees voor is hidden where the device has no voice for the language, and skips Dutch quotes without a Dutch voice", async () => {
  const page = await newPage(env.browser, { viewport: PHONE });
  await page.addInitScript(STUB(["pl-PL"]));
  await open(page, env.server.url);
  assert.equal(await page.locator(".tpc-read-aloud").count(), 0, "no Dutch voice: no button on the Dutch page");
  await chooseLanguage(page, "pl");
  await answer(page, "rotterdam", PERSON);
  await page.click(".tpc-read-aloud");
  const spoken = await page.evaluate(() => window.spoken);
  assert.ok(spoken.length > 0 && spoken.every((s) => s.lang === "pl-PL"), "only Polish was read");
  assert.ok(spoken.some((s) => /^15 juni 2026$/i.test(s.text)), "a Dutch date in a sentence is read with the sentence's voice");
  await page.context().close();
});
