// Nothing is lost: a reload resumes, a link with the fragment shares the check, switching
// language keeps the answers, and "Wis mijn antwoorden" clears everything.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, newPage, open, answer, heading, step, chooseLanguage } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const person = { age: 48, benefit: "ioaw", volunteers: "yes", volunteer_hours_per_week: 3, volunteer_months: 5 };

test("a reload in the middle of the check returns to the same question with the answers", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  await answer(page, "overbetuwe", person, { until: "vrijwilligerswerk-uren" });
  await page.fill("#tpc-volunteer_hours_per_week", "3");
  // The app keeps answers after it renders (an effect); reload once it has, as a person would.
  await page.waitForFunction(() => location.hash.includes("volunteer_hours_per_week=3"));
  await page.reload();
  await page.waitForSelector("#tpc-heading");
  assert.equal(await step(page), "vrijwilligerswerk-uren");
  assert.equal(await page.inputValue("#tpc-volunteer_hours_per_week"), "3");
  for (const expected of ["vrijwilligerswerk", "mantelzorg", "alleenstaande-ouder", "arbeidsongeschikt", "uitkering"]) {
    await page.click(".tpc-back");
    await page.waitForFunction((s) => document.querySelector(".tpc").dataset.step === s, expected);
  }
  assert.ok(await page.isChecked("input[value=ioaw]"), "the earlier answer is still chosen");
});

test("on a shared device a new visit starts empty; with 'Onthoud mijn antwoorden' it resumes", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await open(page, env.server.url);
  await answer(page, "helmond", person, { until: "controle" });
  assert.equal(await page.evaluate(() => localStorage.length), 0, "nothing kept on the device");
  assert.match(await page.evaluate(() => sessionStorage.getItem("tegenprestatie-check:v1") ?? ""), /helmond/);
  const next = await context.newPage();
  await open(next, env.server.url);
  assert.equal(await step(next), "gemeente", "the next person does not see the answers");
  assert.equal(await next.locator("input[name=gemeente]:checked").count(), 0);
  await next.close();

  await page.check("#tpc-remember");
  await page.waitForFunction(() => (localStorage.getItem("tegenprestatie-check:v1") ?? "").includes("helmond"));
  const later = await context.newPage();
  await open(later, env.server.url);
  assert.equal(await step(later), "controle");
  assert.match(await later.textContent(".tpc-summary"), /Helmond/);
  assert.ok(await later.isChecked("#tpc-remember"), "the choice shows where it was made");
  await later.uncheck("#tpc-remember");
  await later.waitForFunction(() => localStorage.length === 0);
  assert.match(await later.textContent(".tpc-privacy"), /Sluit u het tabblad, dan zijn ze weg/);
  await context.close();
});

test("the link with the fragment opens the same check elsewhere, with the same outcome", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  await answer(page, "overbetuwe", person);
  const outcome = await heading(page);
  const link = page.url();
  assert.match(link, /#taal=nl&stap=uitkomst&gemeente=overbetuwe/);
  assert.equal(await page.inputValue("#tpc-share-link"), link);

  const elsewhere = await newPage(env.browser);
  await open(elsewhere, link);
  assert.equal(await step(elsewhere), "uitkomst");
  assert.equal(await heading(elsewhere), outcome);
  assert.equal(outcome, "De gemeente kan u een tegenprestatie vragen: 4 tot 8 uur per week, 2 tot 6 maanden");
});

test("switching language on the result keeps the answers and translates the outcome", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  await answer(page, "overbetuwe", { ...person, volunteer_hours_per_week: 4 });
  assert.equal(await heading(page), "U hoeft geen tegenprestatie te doen");
  await chooseLanguage(page, "en");
  assert.equal(await heading(page), "You do not have to do a tegenprestatie");
  assert.match(page.url(), /taal=en/);
  assert.match(page.url(), /volunteer_hours_per_week=4/);
});

test("'Wis mijn antwoorden' clears the answers, the link and the storage", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  await answer(page, "rotterdam", person, { until: "controle" });
  await page.click("text=Wis mijn antwoorden");
  await page.waitForFunction(() => document.querySelector(".tpc").dataset.step === "gemeente");
  assert.match(await page.textContent(".tpc-notice"), /Uw antwoorden zijn gewist/);
  assert.doesNotMatch(page.url(), /age=|gemeente=rotterdam/);
  const stored = await page.evaluate(() => (localStorage.getItem("tegenprestatie-check:v1") ?? "") + (sessionStorage.getItem("tegenprestatie-check:v1") ?? ""));
  assert.doesNotMatch(stored, /age=|rotterdam/);
  await page.reload();
  await page.waitForSelector("#tpc-heading");
  assert.equal(await page.locator("input[name=gemeente]:checked").count(), 0);
});
