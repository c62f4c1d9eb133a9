// The letters (issue #25): from a result to each letter and its print view, by keyboard only, at
// 360 px; axe on every letter screen; the letter on one A4 page (the quoted rules on a second);
// the person's own details never in the address, the history, local or session storage, and
// gone after closing the letter and after a back-forward navigation; the letters' module loaded
// only when asked for; the desk offering the request and the proposal for the client.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { start, newPage, open, answer, ROOT, SHOTS, chooseLanguage } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

// The test's own tool (axe) is an inline script, which the page's CSP refuses.
const PHONE = { viewport: { width: 360, height: 640 }, bypassCSP: true };
const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
// What a person types that must never be kept.
const NAME = "Anna Zegwaard";
const STREET = "Lindelaan 17";
const POSTCODE = "3011 XY Rotterdam";
const CLIENT = "KL-998877";
const PERSONAL = [NAME, STREET, POSTCODE, CLIENT];

// Rotterdam, 10 hours of care a week: the college decides whether it counts, so all three fit.
const CARER = { age: 40, benefit: "participatiewet", gives_care: "yes", caregiving_hours_per_week: 10, caregiving_months: 14, caregiving_necessary: "unknown" };

async function axe(page, label) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => window.axe.run(".tpc-letter-host", { runOnly: { type: "tag", values: tags } }), TAGS);
  return result.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Presses Tab until `selector` has focus. */
async function tabTo(page, selector, limit = 200) {
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return n;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function typeInto(page, selector, text) {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

/** Everything the page keeps or shows in its address and history. */
async function kept(page) {
  return page.evaluate(() => {
    const all = (s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`).join("\n");
    return [location.href, JSON.stringify(history.state), String(history.length), all(localStorage), all(sessionStorage), document.cookie].join("\n");
  });
}

const pdfPages = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function toChooser(page) {
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await open(page, env.server.url);
  await answer(page, "rotterdam", CARER);
  assert.ok(!requests.some((p) => /letters/.test(p)), "the letters' module is not loaded before it is asked for");
  await tabTo(page, "#tpc-letter-open");
  await page.keyboard.press("Enter");
  await page.waitForSelector(".tpc-letters--choose");
  assert.ok(requests.some((p) => p.endsWith("/letters_bg.wasm")), "asking for a letter loads its module");
  assert.equal(await page.isHidden(".tpc[data-step]"), true, "the letter shows in place of the check");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "tpc-letters-choose", "the focus is on the letter's heading");
}

async function fillPerson(page) {
  await typeInto(page, "#tpc-brief-naam", NAME);
  await typeInto(page, "#tpc-brief-straat", STREET);
  await typeInto(page, "#tpc-brief-postcode", POSTCODE);
  await typeInto(page, "#tpc-brief-klantnummer", CLIENT);
}

const LETTERS = [
  {
    kind: "vrijstelling",
    title: "Vraag om vrijstelling",
    fill: async (page) => {
      await typeInto(page, "#tpc-brief-redenen", "Ik zorg elke dag voor mijn moeder.");
    },
    says: ["Verzoek: laat wat ik al doe tellen als tegenprestatie", "Ik geef 10 uur per week mantelzorg.", "Ik zorg elke dag voor mijn moeder."],
  },
  {
    kind: "eigen-activiteit",
    title: "Stel zelf een activiteit voor",
    fill: async (page) => {
      // The check's answers fill in the care and its hours; the person adds since when.
      assert.equal(await page.inputValue("#tpc-brief-activiteit"), "mantelzorg");
      assert.equal(await page.inputValue("#tpc-brief-activiteit-uren"), "10");
      await typeInto(page, "#tpc-brief-activiteit-sinds", "1-4-2025");
    },
    says: ["Voorstel voor mijn tegenprestatie", "Ik stel voor om dit als mijn tegenprestatie te doen: mantelzorg.", "Ik doe dit sinds 1 april 2025."],
  },
  {
    kind: "bezwaar",
    title: "Maak bezwaar",
    fill: async (page) => {
      await typeInto(page, "#tpc-brief-besluitdatum", "4-6-2026");
      await typeInto(page, "#tpc-brief-kenmerk", "TP/2026/0412");
      await typeInto(page, "#tpc-brief-uren", "24");
    },
    says: ["Bezwaarschrift tegen uw besluit van 4 juni 2026", "Kenmerk van het besluit: TP/2026/0412", "In het besluit staat 24 uur per week. Volgens de Verordening tegenprestatie Rotterdam (2015) mag dat maximaal 20 uur per week zijn.", "Ik wil graag gehoord worden."],
    // Sent on Thursday 4 June 2026: the last day is Thursday 16 July.
    notes: ["Uw bezwaar moet uiterlijk op 16 juli 2026 binnen zijn.", "geldt het besluit"],
  },
];

for (const letter of LETTERS) {
  test(`the ${letter.kind} letter, by keyboard at 360 px: axe 0, one A4 page, nothing personal kept`, async () => {
    const page = await newPage(env.browser, PHONE);
    await toChooser(page);
    const problems = await axe(page, "choice");
    await tabTo(page, `button[data-letter="${letter.kind}"]`);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#tpc-brief-naam");
    assert.equal(await page.textContent("#tpc-letter-title"), letter.title);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "tpc-letter-title");
    for (const id of ["#tpc-brief-naam", "#tpc-brief-straat", "#tpc-brief-postcode", "#tpc-brief-klantnummer"]) {
      assert.equal(await page.getAttribute(id, "autocomplete"), "off", `${id} is not remembered by the browser`);
    }
    await fillPerson(page);
    await letter.fill(page);
    const sheet = await page.textContent(".tpc-letter-print article");
    for (const words of [NAME, STREET, POSTCODE, `Klantnummer: ${CLIENT}`, ...letter.says]) {
      assert.ok(sheet.includes(words), `the letter says "${words}"`);
    }
    const notes = await page.textContent(".tpc-letter-notes");
    for (const words of letter.notes ?? []) assert.ok(notes.includes(words), `the notes say "${words}"`);
    assert.ok(notes.includes("geen juridisch advies") && notes.includes("Juridisch Loket"));
    // What a person reads, the disclosures closed: a report, not a pass/fail.
    const words = (await page.evaluate(() => document.querySelector(".tpc-letters").innerText)).split(/\s+/).filter(Boolean).length;
    const screens = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight / innerHeight));
    console.log(`letter ${letter.kind}: ${words} words on the screen (form, notes, letter), ${screens} phone screens of 360 × 640`);
    await page.$$eval(".tpc-letter-host details", (all) => all.forEach((d) => (d.open = true)));
    problems.push(...(await axe(page, letter.kind)));
    assert.deepEqual(problems, []);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "no sideways scrolling at 360 px");
    await page.screenshot({ path: join(SHOTS, `letter-${letter.kind}-360.png`), fullPage: true });

    // Printed: the letter alone on one A4 page; with the rules, they are the second page.
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.isVisible(".tpc-letter-form"), false, "the form is not printed");
    assert.equal(await page.isVisible(".tpc-letter__annex"), true, "the quoted rules are printed, closed disclosure or not");
    const withRules = await page.pdf({ format: "A4" });
    writeFileSync(join(SHOTS, `letter-${letter.kind}.pdf`), withRules);
    assert.equal(pdfPages(withRules), 2, "the letter and the page of rules");
    await page.emulateMedia({ media: "screen" });
    await tabTo(page, "#tpc-brief-bijlage");
    await page.keyboard.press("Space");
    await page.emulateMedia({ media: "print" });
    assert.equal(pdfPages(await page.pdf({ format: "A4" })), 1, "the letter is one A4 page");
    await page.emulateMedia({ media: "screen" });

    // Copied as plain text: the same letter.
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.click("button:text('Kopieer de tekst')");
    await page.waitForFunction(() => document.querySelector(".tpc-letters [role=status]")?.textContent.includes("klembord"));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    for (const words of [NAME, letter.says[0]]) assert.ok(copied.includes(words), `the copied text says "${words}"`);

    // Nothing personal in the address, the history or storage.
    const store = await kept(page);
    for (const p of PERSONAL) assert.ok(!store.includes(p) && !store.includes(encodeURIComponent(p)), `"${p}" is not kept`);

    // Closed: back at the choice; opened again, the form is empty.
    await tabTo(page, "#tpc-letter-close");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".tpc-letters--choose");
    await page.click(`button[data-letter="${letter.kind}"]`);
    await page.waitForSelector("#tpc-brief-naam");
    assert.equal(await page.inputValue("#tpc-brief-naam"), "");
    // Back to the result, with the focus on the button that opened the letters.
    await page.click("#tpc-letter-close");
    await page.click("#tpc-letters-done");
    await page.waitForSelector(".tpc[data-step=uitkomst]:not([hidden])");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "tpc-letter-open");
    assert.equal(await page.$(".tpc-letter-host"), null);
    assert.deepEqual(page.jsErrors, []);
    await page.context().close();
  });
}

test("after a back-forward navigation the letter's fields are empty", async () => {
  const page = await newPage(env.browser, PHONE);
  await toChooser(page);
  await page.click('button[data-letter="bezwaar"]');
  await page.waitForSelector("#tpc-brief-naam");
  await page.fill("#tpc-brief-naam", NAME);
  await page.fill("#tpc-brief-straat", STREET);
  await page.goto(`${env.server.url}embed.html`);
  await page.goBack();
  await page.waitForSelector(".tpc");
  // Restored from the cache (the letter still open, emptied on leaving) or loaded afresh.
  const values = await page.$$eval(".tpc-letter-host input, .tpc-letter-host textarea", (all) => all.map((i) => i.value).join("|"));
  for (const p of PERSONAL) assert.ok(!values.includes(p), `"${p}" is gone`);
  const shown = await page.evaluate(() => document.body.innerText);
  assert.ok(!shown.includes(NAME) && !shown.includes(STREET));
  const store = await kept(page);
  for (const p of PERSONAL) assert.ok(!store.includes(p), `"${p}" is not kept`);
  await page.context().close();
});

test("a letter whose module cannot load says so in Dutch and leads back; the answers are kept", async () => {
  // The service worker would fetch past the page's routes.
  const page = await newPage(env.browser, { ...PHONE, serviceWorkers: "block" });
  await page.route("**/letters_bg.wasm", (route) => route.abort());
  await open(page, env.server.url);
  await answer(page, "rotterdam", CARER);
  await page.click("#tpc-letter-open");
  await page.waitForSelector(".tpc-letter-host [role=alert]");
  assert.match(await page.textContent(".tpc-letter-host [role=alert]"), /De brief kan niet worden geladen/);
  await page.click(".tpc-letter-host button");
  await page.waitForSelector(".tpc[data-step=uitkomst]:not([hidden])");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "tpc-letter-open");
  await page.context().close();
});

test("in 2027 a decision of 2026 can still be objected to: the past rules, the letter dated today", async () => {
  const page = await newPage(env.browser, PHONE);
  await page.clock.setFixedTime(new Date("2027-01-05T10:00:00"));
  await open(page, env.server.url);
  await page.click(".tpc-law-changed .tpc-button--secondary");
  await page.waitForFunction(() => document.querySelector(".tpc")?.dataset.step === "gemeente");
  await answer(page, "rotterdam", { age: 40, benefit: "participatiewet" });
  await page.click("#tpc-letter-open");
  await page.click('button[data-letter="bezwaar"]');
  await page.waitForSelector("#tpc-brief-naam");
  await page.fill("#tpc-brief-besluitdatum", "3-12-2026");
  await page.fill("#tpc-brief-uren", "24");
  const sheet = await page.textContent(".tpc-letter-print article");
  assert.ok(sheet.includes("Rotterdam, 5 januari 2027"), sheet);
  assert.ok(sheet.includes("Bezwaarschrift tegen uw besluit van 3 december 2026"));
  assert.ok(sheet.includes("mag dat maximaal 20 uur per week zijn"), "the ordinance's maximum of 2026 is a ground");
  assert.ok((await page.textContent(".tpc-letter-deadline")).includes("14 januari 2027"));
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test("no letter is offered without a benefit; in English the letter stays Dutch with a reading aid, and from Turkish the letter's screen is English", async () => {
  const page = await newPage(env.browser, PHONE);
  await open(page, env.server.url);
  await answer(page, "rotterdam", { age: 40, benefit: "none" });
  assert.equal(await page.$("#tpc-letter-open"), null, "no benefit, no decision to write about");
  await page.context().close();

  const en = await newPage(env.browser, PHONE);
  await open(en, env.server.url);
  await chooseLanguage(en, "en");
  await answer(en, "rotterdam", CARER);
  await en.click("#tpc-letter-open");
  await en.click('button[data-letter="bezwaar"]');
  await en.waitForSelector("#tpc-brief-naam");
  assert.equal(await en.textContent("#tpc-letter-title"), "Object (bezwaar)");
  assert.equal(await en.getAttribute(".tpc-letter-print", "lang"), "nl");
  assert.match(await en.textContent(".tpc-letter-print article"), /Ik maak bezwaar tegen uw besluit/);
  assert.match(await en.textContent(".tpc-letter-aid"), /I object to your decision/);
  assert.match(await en.textContent(".tpc-letters"), /The Dutch text is leading/);
  await en.context().close();

  // From a Turkish result the offer says the letter is Dutch with English explanations; the
  // letter's screen is in English and marked so (WCAG 3.1.2), the letter itself Dutch.
  const tr = await newPage(env.browser, PHONE);
  await open(tr, env.server.url);
  await chooseLanguage(tr, "tr");
  await answer(tr, "rotterdam", CARER);
  assert.match(await tr.textContent(".tpc-letter-offer"), /Hollandaca/);
  await tr.click("#tpc-letter-open");
  await tr.waitForSelector(".tpc-letters--choose");
  assert.equal(await tr.getAttribute(".tpc-letters--choose", "lang"), "en");
  await tr.click('button[data-letter="bezwaar"]');
  await tr.waitForSelector("#tpc-brief-naam");
  assert.equal(await tr.getAttribute(".tpc-letters", "lang"), "en");
  assert.equal(await tr.getAttribute(".tpc-letter-print", "lang"), "nl");
  assert.equal(await tr.getAttribute(".tpc-letter-aid > div", "lang"), "en");
  assert.match(await tr.textContent(".tpc-letter-aid"), /I object to your decision/);
  assert.deepEqual(tr.jsErrors, []);
  await tr.context().close();
});

test("the desk offers the client a request and a proposal, and prints the letter instead of the record", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1440, height: 900 }, bypassCSP: true });
  await page.goto(`${env.server.url}?mode=caseworker`);
  await page.waitForSelector(".tpc-desk #tpc-desk-municipality");
  await page.selectOption("#tpc-desk-municipality", "rotterdam");
  await page.click("#tpc-desk-add");
  await page.fill("#tpc-desk-birth-date", "15-03-1986");
  await page.selectOption("#tpc-desk-benefit", "participatiewet");
  await page.selectOption("#tpc-desk-gives-care", "yes");
  await page.fill("#tpc-desk-caregiving-hours-per-week", "10");
  await page.fill("#tpc-desk-caregiving-months", "14");
  await page.waitForSelector(".tpc-desk-letters");
  const offered = await page.$$eval(".tpc-desk-letters button[data-letter]", (all) => all.map((b) => b.dataset.letter));
  assert.deepEqual(offered, ["vrijstelling", "eigen-activiteit"], "the objection is the client's own, not the desk's");
  await page.click('.tpc-desk-letters button[data-letter="vrijstelling"]');
  await page.waitForSelector("#tpc-brief-naam");
  assert.match(await page.textContent(".tpc-letters legend"), /Gegevens van de klant/);
  await page.fill("#tpc-brief-naam", NAME);
  assert.match(await page.textContent(".tpc-letter-print article"), /Ik geef 10 uur per week mantelzorg\./);
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => window.axe.run(".tpc-desk-letters", { runOnly: { type: "tag", values: tags } }), TAGS);
  assert.deepEqual(result.violations.map((v) => v.id), []);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.$(".tpc-desk-record"), null, "the record is not printed while a letter is open");
  assert.equal(await page.isVisible(".tpc-letter-print article"), true);
  const pdf = await page.pdf({ format: "A4" });
  writeFileSync(join(SHOTS, "letter-desk.pdf"), pdf);
  assert.equal(pdfPages(pdf), 2, "the letter and its page of rules");
  const store = await kept(page);
  assert.ok(!store.includes(NAME), "the client's name is not kept");
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
