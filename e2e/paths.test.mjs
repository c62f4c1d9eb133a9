// A full path to each outcome, in several municipalities and both languages, asserting what a
// person reads on the result page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, newPage, open, answer, heading, chooseLanguage } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

async function outcome(page) {
  return {
    headline: (await heading(page)).trim(),
    text: await page.textContent(".tpc-result"),
  };
}

test("Overbetuwe, nothing that exempts: a tegenprestatie of 4 to 8 hours a week (obligated, Dutch)", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  await answer(page, "overbetuwe", { age: 35, benefit: "participatiewet" }, { screenshots: "obligated-nl" });
  const r = await outcome(page);
  assert.equal(r.headline, "De gemeente kan u een tegenprestatie vragen: 4 tot 8 uur per week, 2 tot 6 maanden");
  assert.match(r.text, /Waarom\?/);
  assert.match(r.text, /Participatiewet, artikel 9, lid 1, onderdeel c/);
  assert.match(r.text, /Bezwaar|bezwaar/);
  assert.match(r.text, /geen besluit van de gemeente/);
  assert.deepEqual(page.jsErrors, []);
});

test("Helmond, 8 hours of volunteer work: exempt (Dutch)", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  await answer(page, "helmond", { age: 44, benefit: "participatiewet", volunteers: "yes", volunteer_hours_per_week: 8, volunteer_months: 12 }, { screenshots: "exempt-nl" });
  const r = await outcome(page);
  assert.equal(r.headline, "U hoeft geen tegenprestatie te doen");
  assert.match(r.text, /U doet minstens 8 uur per week vrijwilligerswerk/);
  assert.match(r.text, /Zo gaat het in de praktijk/);
  assert.match(r.text, /Praktijk, geen regel/);
});

test("Rotterdam, 20 hours of volunteer work: it counts (fulfilled, English)", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  await chooseLanguage(page, "en");
  await answer(page, "rotterdam", { age: 30, benefit: "participatiewet", volunteers: "yes", volunteer_hours_per_week: 20, volunteer_months: 3 }, { screenshots: "fulfilled-en" });
  const r = await outcome(page);
  assert.equal(r.headline, "What you already do counts as the tegenprestatie");
  assert.match(r.text, /In Rotterdam volunteer work and informal care count as the tegenprestatie/);
});

test("Zevenaar, age 17: the law does not reach you (not applicable, English)", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  await chooseLanguage(page, "en");
  await answer(page, "zevenaar", { age: 17, benefit: "participatiewet" }, { screenshots: "not-applicable-en" });
  const r = await outcome(page);
  assert.equal(r.headline, "You do not have to do a tegenprestatie");
  assert.match(r.text, /The duty to do a tegenprestatie does not apply to you/);
  assert.match(r.text, /Rules in force from 1 January 2015\. They may have changed: ask your municipality/);
});

test("Wijdemeren, care of unknown necessity: what follows if the municipality says yes or no (discretionary, Dutch)", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  await answer(page, "wijdemeren", { age: 52, benefit: "participatiewet", gives_care: "yes", caregiving_hours_per_week: 6, caregiving_months: 10, caregiving_necessary: "unknown" }, { screenshots: "discretionary-nl" });
  const r = await outcome(page);
  assert.equal(r.headline, "Het hangt af van wat de gemeente vindt");
  const rows = await page.$$eval(".tpc-branch tr", (trs) => trs.map((tr) => tr.innerText.replace(/\s+/g, " ").trim()));
  assert.equal(await page.textContent(".tpc-branch caption"), "Vindt de gemeente uw mantelzorg echt nodig?");
  assert.deepEqual(rows, [
    "Ja U hoeft geen tegenprestatie te doen.",
    "Nee De gemeente kan u een tegenprestatie vragen: 8 tot 16 uur per week, 6 maanden.",
  ]);
});

test("Oldenzaal, step 3 on the ladder: full-text ordinance cited by article (obligated, English)", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  await chooseLanguage(page, "en");
  await answer(page, "oldenzaal", { age: 41, benefit: "participatiewet", participation_ladder_step: "3" });
  const r = await outcome(page);
  assert.equal(r.headline, "The municipality can ask you to do a tegenprestatie: at most 24 hours a week, at most 6 months");
  assert.match(r.text, /gemeente Oldenzaal 2015, article 3, paragraph 1/);
  assert.match(r.text, /We have the full text of the ordinance/);
});
