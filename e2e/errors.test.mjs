// The error state: an error summary that takes focus and links to each field, the field's own
// message next to it, nothing the person typed is lost, and no browser validation pop-ups.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, newPage, open, heading, step, SHOTS, chooseLanguage } from "./helpers.mjs";
import { join } from "node:path";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? "");

test("going on without a municipality shows a focused summary linking to the list", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  await page.click("button[type=submit]");
  await page.waitForSelector(".tpc-error-summary");
  assert.equal(await activeId(page), "tpc-errors");
  assert.match(await page.title(), /^Fout: In welke gemeente woont u\?/);
  const link = page.locator(".tpc-error-summary a");
  assert.equal(await link.textContent(), "Kies uw gemeente.");
  await link.click();
  // Nothing typed yet, so no option to focus: the search field, where the person starts.
  assert.equal(await activeId(page), "tpc-gemeente-zoek");
  await page.screenshot({ path: join(SHOTS, "error-municipality.png"), fullPage: true });
});

test("a wrong age is kept, named next to the field and in the summary, then accepted when fixed", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  await page.fill("#tpc-gemeente-zoek", "overbetuwe");
  await page.check("input[value=overbetuwe]");
  await page.click("button[type=submit]");
  await page.waitForFunction(() => document.querySelector(".tpc").dataset.step === "leeftijd");
  await page.fill("#tpc-age", "vijfendertig");
  await page.click("button[type=submit]");
  await page.waitForSelector(".tpc-error-summary");
  assert.equal(await activeId(page), "tpc-errors");
  assert.equal(await page.inputValue("#tpc-age"), "vijfendertig", "nothing typed is lost");
  assert.equal(await page.getAttribute("#tpc-age", "aria-invalid"), "true");
  assert.match(await page.getAttribute("#tpc-age", "aria-describedby"), /tpc-age-error/);
  assert.equal((await page.textContent("#tpc-age-error")).trim(), "Fout: Vul uw leeftijd in met cijfers, zoals 35.");
  assert.notEqual(await page.getAttribute("form", "novalidate"), null, "no browser validation pop-ups");
  await page.screenshot({ path: join(SHOTS, "error-age.png"), fullPage: true });

  await page.fill("#tpc-age", "250");
  await page.click("button[type=submit]");
  await page.waitForFunction(() => document.querySelector("#tpc-age-error")?.textContent.includes("130"));

  await page.fill("#tpc-age", "35");
  await page.click("button[type=submit]");
  await page.waitForFunction(() => document.querySelector(".tpc").dataset.step === "uitkering");
  assert.equal(await page.locator(".tpc-error-summary").count(), 0);
  assert.equal(await heading(page), "Welke uitkering krijgt u?");
});

test("typing after an error keeps the focus in the field", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  await page.fill("#tpc-gemeente-zoek", "overbetuwe");
  await page.check("input[value=overbetuwe]");
  await page.click("button[type=submit]");
  await page.waitForFunction(() => document.querySelector(".tpc").dataset.step === "leeftijd");
  await page.click("button[type=submit]");
  await page.waitForSelector(".tpc-error-summary");
  await page.click("#tpc-age");
  await page.keyboard.type("35", { delay: 30 });
  assert.equal(await activeId(page), "tpc-age");
  assert.equal(await page.inputValue("#tpc-age"), "35");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector(".tpc").dataset.step === "uitkering");
  assert.equal(await activeId(page), "tpc-heading");
});

test("errors are in English after switching language, and the entry is still there", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  await page.fill("#tpc-gemeente-zoek", "schagen");
  await page.check("input[value=schagen]");
  await page.click("button[type=submit]");
  await page.waitForFunction(() => document.querySelector(".tpc").dataset.step === "leeftijd");
  await page.fill("#tpc-age", "12,5");
  await page.click("button[type=submit]");
  await page.waitForSelector(".tpc-error-summary");
  await chooseLanguage(page, "en");
  assert.equal(await page.textContent(".tpc-error-summary a"), "Fill in a whole number, without decimals.");
  assert.equal(await page.inputValue("#tpc-age"), "12,5");
  assert.equal(await step(page), "leeftijd");
});
