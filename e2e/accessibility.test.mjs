// Accessibility: axe-core (WCAG 2.2 AA tags) on every screen, the error state and the result, in
// two themes; the whole check by keyboard alone with focus on each step's heading; targets of at
// least 44 px; no sideways scrolling at 320 px wide and at 200% zoom.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { start, newPage, open, answer, step, ROOT, SHOTS, chooseLanguage, axe } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });


// A municipality's house style, set only through NL Design System tokens.
const HOST_THEME = `
  :root {
    --utrecht-document-font-family: Georgia, serif;
    --utrecht-document-color: #222233;
    --utrecht-button-primary-action-background-color: #6b1d5c;
    --utrecht-button-primary-action-hover-background-color: #4d1442;
    --utrecht-button-primary-action-color: #ffffff;
    --utrecht-link-color: #6b1d5c;
    --utrecht-form-control-border-color: #333333;
    --utrecht-focus-outline-color: #000000;
    --basis-color-info-bg-subtle: #f2e6f0;
    --nl-heading-level-1-font-size: 2rem;
  }`;

for (const [theme, css] of [["default theme", ""], ["host theme with NL Design System tokens", HOST_THEME]]) {
  test(`axe finds no WCAG 2.2 AA violations on any screen (${theme})`, async () => {
    // The test's own tools (axe, the theme's <style>) are inline, which the page's CSP refuses.
    const page = await newPage(env.browser, { bypassCSP: true });
    if (css) await page.addInitScript((text) => {
      document.addEventListener("DOMContentLoaded", () => {
        const style = document.createElement("style");
        style.textContent = text;
        document.head.append(style);
      });
    }, css);
    const problems = [];
    await open(page, env.server.url);
    problems.push(...(await axe(page, "gemeente")));
    await page.click("button[type=submit]");
    await page.waitForSelector(".tpc-error-summary");
    problems.push(...(await axe(page, "gemeente, error state")));
    const person = { age: 52, benefit: "participatiewet", gives_care: "yes", caregiving_hours_per_week: 6, caregiving_months: 10, caregiving_necessary: "unknown", volunteers: "yes", volunteer_hours_per_week: 2, volunteer_months: 4, months_on_benefit: 20 };
    // Walk the check one screen at a time, auditing each, with help texts opened.
    for (let i = 0; i < 30; i++) {
      const s = await step(page);
      if (s !== "gemeente") {
        await page.$$eval("details", (all) => all.forEach((d) => (d.open = true)));
        problems.push(...(await axe(page, s)));
      }
      if (s === "uitkomst") break;
      await answer(page, "wijdemeren", person, { single: true });
    }
    if (css) await page.screenshot({ path: join(SHOTS, "result-host-theme.png"), fullPage: true });
    assert.deepEqual(problems, []);
  });
}

test("the whole check can be done with the keyboard alone, focus on each step's heading", async () => {
  const page = await newPage(env.browser);
  await open(page, env.server.url);
  const active = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
  const tabTo = async (predicate, limit = 80) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(predicate)) return;
    }
    throw new Error(`could not reach the element by Tab: ${predicate}`);
  };
  // Step 1: type in the search field, then pick the only match with the keyboard.
  await tabTo(() => document.activeElement?.id === "tpc-gemeente-zoek");
  await page.keyboard.type("overbet");
  await tabTo(() => document.activeElement?.name === "gemeente");
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector(".tpc").dataset.step === "leeftijd");
  assert.equal(await active(), "tpc-heading", "focus moves to the new step's heading");
  await page.keyboard.press("Tab");
  await page.keyboard.type("35");
  await page.keyboard.press("Enter");
  // Radio steps: Tab into the group, arrows to choose, Enter to go on.
  for (let i = 0; i < 20; i++) {
    const s = await step(page);
    if (s === "controle") break;
    assert.equal(await active(), "tpc-heading", `focus on the heading of ${s}`);
    await tabTo(() => document.activeElement?.type === "radio");
    // "Nee" to every yes/no question (arrow to the second option), the first option elsewhere.
    const focused = await page.evaluate(() => document.activeElement.value);
    await page.keyboard.press(focused === "yes" ? "ArrowDown" : "Space");
    await page.keyboard.press("Enter");
    await page.waitForFunction((before) => document.querySelector(".tpc").dataset.step !== before, s);
  }
  assert.equal(await step(page), "controle");
  await tabTo(() => document.activeElement?.type === "submit");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector(".tpc").dataset.step === "uitkomst");
  assert.equal(await active(), "tpc-heading");
  assert.match(await page.textContent("#tpc-heading"), /^De gemeente kan u een tegenprestatie vragen/);
});

test("targets are at least 44 px (labels included), and nothing scrolls sideways at 320 px in both languages or at 200% zoom", async () => {
  for (const [viewport, lang] of [[{ width: 320, height: 640 }, "nl"], [{ width: 320, height: 640 }, "en"], [{ width: 640, height: 400 }, "nl"]]) {
    const page = await newPage(env.browser, { viewport });
    await open(page, env.server.url);
    if (lang === "en") {
      await chooseLanguage(page, "en");
    }
    for (let i = 0; i < 30; i++) {
      const s = await step(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${s} at ${viewport.width}px scrolls sideways by ${overflow}px`);
      const small = await page.$$eval(".tpc button, .tpc input, .tpc summary, .tpc-radio, .tpc-radio__label, .tpc-check__label", (els) =>
        els
          .filter((e) => e.offsetParent !== null)
          .map((e) => ({ what: e.outerHTML.slice(0, 60), h: e.getBoundingClientRect().height, w: e.getBoundingClientRect().width }))
          .filter((r) => r.h < 44 || r.w < 44),
      );
      assert.deepEqual(small, [], `${s}: targets under 44 px`);
      if (viewport.width === 320) await page.screenshot({ path: join(SHOTS, `narrow-${lang}-${String(i).padStart(2, "0")}-${s}.png`), fullPage: true });
      if (s === "uitkomst") break;
      await answer(page, "zevenaar", { age: 33, benefit: "participatiewet" }, { single: true });
    }
    await page.context().close();
  }
});

test("the axe audit does catch a violation (so a clean result means something)", async () => {
  const page = await newPage(env.browser, { bypassCSP: true });
  await open(page, env.server.url);
  await page.evaluate(() => {
    const input = document.createElement("input");
    input.type = "text";
    document.querySelector(".tpc-form").prepend(input);
  });
  const problems = await axe(page, "injected");
  assert.ok(problems.some((p) => p.includes("label")), `expected a label violation, got ${problems}`);
});
