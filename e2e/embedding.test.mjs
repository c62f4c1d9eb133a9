// Embedding, as a municipality's web developer would do it: the release build on one origin (the
// asset host, with its CORS line), a host page on another (127.0.0.2) under a strict
// Content-Security-Policy and the Utrecht design tokens. One tag, two instances, a fixed
// municipality, the host's own ordinance (good, broken, missing), attribute changes, axe inside
// the shadow root, the host's title/URL/lang/history untouched, hostile input to both doors,
// and the standalone page in a sandboxed frame.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { DIST, ROOT, SHOTS, TEST_DAY } from "./helpers.mjs";
import { serve } from "./server.mjs";

const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

let assets, host, framing, browser, A, csp;

// The host's own ordinance: Overbetuwe's, compiled by the CLI, as a municipality of its own
// with other hours (so an answer from the bundled rules would show).
function customOrdinance() {
  const json = execFileSync("cargo", ["run", "-q", "--locked", "--bin", "tegenprestatie", "--", "compile", "ordinances/overbetuwe.toml"], { cwd: ROOT, encoding: "utf8" });
  const o = JSON.parse(json);
  o.id = "voorbeeldstad";
  o.title = "Verordening tegenprestatie Voorbeeldstad";
  o.municipalities = [{ id: "voorbeeldstad", name: "Voorbeeldstad" }];
  o.assignment.bounds.hours_per_week = { min: 3, max: 5 };
  return o;
}

const page = (body, { lang = "en-GB", title = "Gemeente Voorbeeld - Contact", theme = true } = {}) => `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <title>${title}</title>
  <link rel="stylesheet" href="utrecht.css">
  <link rel="stylesheet" href="host.css">
  <script src="host.js"></script>
  <script type="module" src="${A}tegenprestatie-check.js"></script>
</head>
<body class="${theme ? "utrecht-theme" : ""}">
  <h1>Contact</h1>
  <p class="probe">Probe</p>
  ${body}
</body>
</html>`;

before(async () => {
  assets = await serve(DIST, 0, { headers: { "access-control-allow-origin": "*" } });
  A = assets.url;
  const origin = A.replace(/\/$/, "");
  csp = `default-src 'self'; script-src 'self' ${origin} 'wasm-unsafe-eval'; style-src 'self' ${origin}; connect-src 'self' ${origin}`;
  const dir = mkdtempSync(join(tmpdir(), "tpc-host-"));
  copyFileSync(join(ROOT, "node_modules", "@utrecht", "design-tokens", "dist", "index.css"), join(dir, "utrecht.css"));
  // The host's own styles: loud headings, and a probe painted with the theme's button colour.
  writeFileSync(join(dir, "host.css"), `h1 { color: rgb(255, 0, 0); text-transform: uppercase; font-size: 4rem; }
body { text-align: center; letter-spacing: 3px; font-style: italic; }
.probe { background-color: var(--utrecht-button-primary-action-background-color); }`);
  // The host's script: an SPA router's history state, and a record of CSP violations and
  // of the widget's outcome events.
  writeFileSync(join(dir, "host.js"), `history.replaceState({ router: "contact" }, "", location.href);
window.violations = [];
document.addEventListener("securitypolicyviolation", (e) => window.violations.push(e.violatedDirective + " " + e.blockedURI));
window.outcomes = [];
document.addEventListener("tegenprestatie-check:outcome", (e) => window.outcomes.push(e.detail));`);
  writeFileSync(join(dir, "two.html"), page(`<tegenprestatie-check id="a" gemeente="oldenzaal" lang="nl"></tegenprestatie-check>
  <tegenprestatie-check id="b"></tegenprestatie-check>`));
  writeFileSync(join(dir, "one.html"), page(`<tegenprestatie-check gemeente="overbetuwe" lang="nl"></tegenprestatie-check>`));
  writeFileSync(join(dir, "unbundled.html"), page(`<tegenprestatie-check gemeente="utrecht" lang="nl"></tegenprestatie-check>`));
  writeFileSync(join(dir, "custom.json"), JSON.stringify(customOrdinance()));
  const broken = customOrdinance();
  broken.assignment.bounds.hours_per_week = { min: 10, max: 40 };
  writeFileSync(join(dir, "broken.json"), JSON.stringify(broken));
  writeFileSync(join(dir, "custom.html"), page(`<tegenprestatie-check ordinance="custom.json" lang="nl"></tegenprestatie-check>`));
  writeFileSync(join(dir, "broken.html"), page(`<tegenprestatie-check id="broken" ordinance="broken.json" lang="nl"></tegenprestatie-check>
  <tegenprestatie-check id="missing" ordinance="missing.json" lang="nl"></tegenprestatie-check>`));
  writeFileSync(join(dir, "later.html"), page(""));
  writeFileSync(join(dir, "tr.html"), page(`<tegenprestatie-check gemeente="rotterdam" lang="tr"></tegenprestatie-check>`, { lang: "nl" }));
  writeFileSync(join(dir, "ar.html"), page(`<tegenprestatie-check gemeente="rotterdam" lang="ar"></tegenprestatie-check>`, { lang: "nl" }));
  writeFileSync(join(dir, "remember.html"), page(`<tegenprestatie-check id="r" gemeente="oldenzaal" lang="nl" remember></tegenprestatie-check>`));
  // The browser asks every origin for its icon; the host has one.
  copyFileSync(join(DIST, "icon-192.png"), join(dir, "favicon.ico"));
  writeFileSync(join(dir, "sandbox.html"), page(`<iframe sandbox="allow-scripts" title="check" src="${A}index.html" width="600" height="700"></iframe>`));
  host = await serve(dir, 0, { host: "127.0.0.2", headers: { "content-security-policy": csp } });
  // A page that frames the standalone app (its CSP would refuse the frame).
  framing = await serve(dir, 0, { host: "127.0.0.2" });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
});

after(async () => {
  await browser?.close();
  await host?.close();
  await framing?.close();
  await assets?.close();
});

async function open(path, viewport = { width: 1000, height: 900 }, server = host, day = TEST_DAY) {
  const context = await browser.newContext({ viewport });
  // Never the machine's date: the test day, or the day a test asks for.
  await context.clock.setFixedTime(day);
  const p = await context.newPage();
  p.errors = [];
  p.on("pageerror", (e) => p.errors.push(e.message));
  p.on("console", (m) => { if (m.type() === "error" || /Content Security Policy/.test(m.text())) p.errors.push(`${m.text()} (${m.location().url})`); });
  await p.goto(server.url + path + "#contact");
  return p;
}

/** Answers one widget (a CSS scope) until its result: the named answers, else "no"/"unknown". */
async function complete(p, scope, answers = {}) {
  for (let guard = 0; guard < 30; guard++) {
    const stepKey = await p.getAttribute(`${scope} .tpc`, "data-step");
    if (stepKey === "uitkomst") return;
    if (stepKey === "regels-laden") {
      // The municipality's rules are on their way (from the asset origin).
      await p.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector(".tpc")?.dataset.step !== "regels-laden", scope);
      continue;
    }
    if (stepKey !== "controle") {
      const fields = await p.$$eval(`${scope} .tpc-form input`, (inputs) => inputs.map((i) => ({ type: i.type, name: i.name || i.id.replace(/^tpc-/, ""), value: i.value })));
      const radios = new Map();
      for (const f of fields) if (f.type === "radio") radios.set(f.name, [...(radios.get(f.name) ?? []), f.value]);
      for (const [name, values] of radios) {
        const wanted = answers[name] ?? (values.includes("unknown") ? "unknown" : values.includes("no") ? "no" : values[0]);
        await p.check(`${scope} input[name=${name}][value="${wanted}"]`);
      }
      for (const f of fields.filter((f) => f.type === "text")) await p.fill(`${scope} #tpc-${f.name}`, String(answers[f.name] ?? 30));
    }
    await p.click(`${scope} button[type=submit]`);
    await p.waitForFunction(([s, k]) => document.querySelector(s)?.shadowRoot?.querySelector(".tpc")?.dataset.step !== k, [scope, stepKey]);
  }
  throw new Error("no result after 30 screens");
}

const hostState = (p) => p.evaluate(() => ({ title: document.title, url: location.href, lang: document.documentElement.lang, state: JSON.stringify(history.state), storage: localStorage.length + sessionStorage.length }));

test("one tag on a second origin under a strict CSP: two independent instances, a fixed municipality, the host untouched", async () => {
  const p = await open("two.html");
  await p.waitForSelector("#a .tpc-heading");
  await p.waitForSelector("#b .tpc-heading");
  // A's rules come from the asset origin first (its screen says so while they come).
  await p.waitForFunction(() => document.querySelector("#a").shadowRoot.querySelector(".tpc")?.dataset.step !== "regels-laden");
  const start = await hostState(p);
  assert.equal(start.title, "Gemeente Voorbeeld - Contact");
  assert.match(start.url, /two\.html#contact$/);
  assert.equal(start.lang, "en-GB");
  assert.equal(start.state, JSON.stringify({ router: "contact" }));

  // The fixed municipality is not asked: straight to the first question, counted as such.
  assert.equal(await p.textContent("#a .tpc-heading"), "Hoe oud bent u?");
  assert.match(await p.textContent("#a .tpc-step"), /^Vraag 1 van ongeveer \d+$/);
  assert.equal(await p.locator("#a .tpc-back").count(), 0, "no way back to a choice that is not there");
  // The second takes the host's language (en-GB: its pack comes from the asset origin) and asks
  // for the municipality.
  await p.waitForFunction(() => document.querySelector("#b").shadowRoot.querySelector(".tpc").lang === "en");
  assert.equal(await p.textContent("#b .tpc-heading"), "Which municipality do you live in?");

  // Styles do not leak in: the host's loud h1 rule stops at the shadow root...
  const headingStyle = await p.$eval("#a", (el) => { const s = getComputedStyle(el.shadowRoot.querySelector(".tpc-heading")); return [s.color, s.textTransform]; });
  assert.notEqual(headingStyle[0], "rgb(255, 0, 0)");
  assert.equal(headingStyle[1], "none");
  // ...and so do the ones the host sets on its body, which would otherwise be inherited.
  const inherited = await p.$eval("#a", (el) => { const s = getComputedStyle(el.shadowRoot.querySelector(".tpc-form label, .tpc-form p, .tpc-heading")); return [s.textAlign, s.letterSpacing, s.fontStyle]; });
  assert.deepEqual(inherited, ["start", "normal", "normal"]);
  assert.equal(await p.$eval(".probe", (el) => getComputedStyle(el).fontStyle), "italic", "the host's own rules still hold on its page");
  // Without `remember` the person is not offered to keep anything.
  assert.equal(await p.locator("#a #tpc-remember").count(), 0);
  // ...but the theme's tokens do: the primary button has the Utrecht theme's colour.
  const probe = await p.$eval(".probe", (el) => getComputedStyle(el).backgroundColor);
  const button = await p.$eval("#a", (el) => getComputedStyle(el.shadowRoot.querySelector(".tpc-button--primary")).backgroundColor);
  assert.notEqual(probe, "rgba(0, 0, 0, 0)", "the host's theme defines the token");
  assert.equal(button, probe, "the widget's primary button takes the host's token");
  assert.notEqual(button, "rgb(1, 104, 155)", "not the widget's own fallback blue");
  await p.screenshot({ path: join(SHOTS, "embed-two-instances.png"), fullPage: true });

  // Ids are per instance: both have their own heading with the same id, in their own root.
  assert.equal(await p.evaluate(() => document.getElementById("tpc-heading")), null, "no widget id in the host's document");

  // Answering one leaves the other alone; the whole check in A, with the outcome event.
  const requests = [];
  p.on("request", (r) => requests.push(r.url()));
  await complete(p, "#a", { age: 30 });
  assert.deepEqual(requests, [], "answering sends nothing anywhere");
  assert.equal(await p.getAttribute("#b .tpc", "data-step"), "gemeente");
  assert.equal(await p.getAttribute("#a .tpc", "data-step"), "uitkomst");
  const outcomes = await p.evaluate(() => window.outcomes);
  assert.equal(outcomes.length, 1);
  assert.deepEqual(Object.keys(outcomes[0]), ["status"], "the event carries the status only");
  // Age 30, everything else unknown: in Oldenzaal that rests on the college's judgement.
  assert.equal(outcomes[0].status, "discretionary");
  assert.equal(await p.textContent("#a .tpc-heading"), "Het hangt af van wat de gemeente vindt");

  // Print: a frame of the widget's own, holding the check and none of the host's page.
  await p.evaluate(() => { window.print = () => {}; });
  await p.click("#a .tpc-actions .tpc-button--primary");
  const printed = await p.$eval("#a", async (el) => {
    const frame = el.shadowRoot.querySelector(".tpc-print-frame");
    return frame && { text: frame.contentDocument.body.textContent, host: frame.contentDocument.body.textContent.includes("Probe") };
  });
  assert.ok(printed, "a print frame inside the widget");
  assert.match(printed.text, /tegenprestatie/i);
  assert.equal(printed.host, false, "the host's page is not printed");
  const frameBox = await p.$eval("#a", (el) => el.shadowRoot.querySelector(".tpc-print-frame").getBoundingClientRect().right);
  assert.ok(frameBox <= 0, "the print frame is not seen on the host's page");

  // The host is untouched: title, address, fragment, history state, lang, storage.
  assert.deepEqual(await hostState(p), start);
  assert.deepEqual(await p.evaluate(() => window.violations), [], "no CSP violation");
  assert.deepEqual(p.errors, []);
  // The link the check would share on its own page is not offered: it would be the host's.
  assert.equal(await p.locator("#a #tpc-share-link").count(), 0);
});

test("attributes change the widget in place: language and municipality keep the answers", async () => {
  const p = await open("two.html");
  await p.waitForSelector("#a .tpc-heading");
  await p.fill("#a #tpc-age", "30");
  await p.click("#a button[type=submit]");
  await p.waitForFunction(() => document.querySelector("#a").shadowRoot.querySelector(".tpc").dataset.step !== "leeftijd");
  const stepKey = await p.getAttribute("#a .tpc", "data-step");
  await p.evaluate(() => document.querySelector("#a").setAttribute("lang", "en"));
  await p.waitForFunction(() => document.querySelector("#a").shadowRoot.querySelector(".tpc").lang === "en");
  assert.equal(await p.getAttribute("#a .tpc", "data-step"), stepKey, "same screen, now in English");
  assert.match(await p.textContent("#a .tpc-step"), /^Question 2 of about \d+$/);
  // Another municipality: the answers stay; the choice stays hidden.
  await p.evaluate(() => document.querySelector("#a").setAttribute("gemeente", "rotterdam"));
  await p.click("#a .tpc-back");
  assert.equal(await p.inputValue("#a #tpc-age"), "30");
  // The host lets the person choose: the municipality step comes back.
  await p.evaluate(() => document.querySelector("#a").removeAttribute("gemeente"));
  await p.waitForSelector("#a .tpc-back");
  await p.click("#a .tpc-back");
  assert.equal(await p.getAttribute("#a .tpc", "data-step"), "gemeente");
  assert.equal(await p.isChecked("#a input[value=rotterdam]"), true, "the last fixed municipality is chosen");
  assert.deepEqual(p.errors, []);
});

test("a container added later mounts, and the mount API updates and unmounts", async () => {
  const p = await open("later.html");
  await p.evaluate(() => {
    const el = document.createElement("tegenprestatie-check");
    el.id = "late";
    el.setAttribute("gemeente", "rotterdam");
    document.body.append(el);
  });
  await p.waitForSelector("#late .tpc-heading");
  const handle = await p.evaluateHandle(async (A) => {
    const { mount } = await import(A + "tegenprestatie-check.js");
    const div = document.createElement("div");
    div.id = "mounted";
    document.body.append(div);
    return mount(div, { gemeente: "helmond", lang: "en" });
  }, A);
  await p.waitForSelector("#mounted .tpc-heading");
  assert.equal(await p.textContent("#mounted .tpc-heading"), "How old are you?");
  // Two updates in quick succession: both count (a municipality the check does not know, in Dutch).
  await handle.evaluate((h) => { h.update({ gemeente: "nergensdorp" }); return h.update({ lang: "nl" }); });
  await p.waitForSelector("#mounted [role=alert]");
  assert.match(await p.textContent("#mounted [role=alert]"), /kent de gemeente niet/);
  assert.ok(p.errors.some((e) => /gemeente="nergensdorp"/.test(e)), "the console names the wrong id");
  p.errors.length = 0;
  await handle.evaluate((h) => h.update({ gemeente: "helmond" }));
  await p.waitForFunction(() => document.querySelector("#mounted").shadowRoot.querySelector(".tpc-heading")?.textContent === "Hoe oud bent u?");
  await handle.evaluate((h) => h.unmount());
  assert.equal(await p.$eval("#mounted", (el) => el.shadowRoot.childElementCount), 0, "nothing left behind");
  assert.deepEqual(p.errors, []);
});

test("with remember the person may keep the answers; when the host takes it away they are gone", async () => {
  const p = await open("remember.html");
  await p.waitForSelector("#r .tpc-heading");
  await p.fill("#r #tpc-age", "30");
  await p.check("#r #tpc-remember");
  await p.click("#r button[type=submit]");
  await p.waitForFunction(() => document.querySelector("#r").shadowRoot.querySelector(".tpc").dataset.step !== "leeftijd");
  const kept = await p.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(kept, ["tegenprestatie-check:v1:oldenzaal"], "kept under the check's own key only");
  assert.equal(await p.evaluate(() => sessionStorage.length), 0);
  await p.evaluate(() => document.querySelector("#r").removeAttribute("remember"));
  await p.waitForFunction(() => localStorage.length === 0);
  assert.equal(await p.locator("#r #tpc-remember").count(), 0, "no longer offered");
  assert.notEqual(await p.getAttribute("#r .tpc", "data-step"), "leeftijd", "the answers stay in the page");
  assert.deepEqual(p.errors, []);
});

test("the demo page ships and works on the assets' own origin under its own strict CSP", async () => {
  const p = await open("embed.html", { width: 360, height: 800 }, assets);
  await p.waitForFunction(() => document.querySelectorAll("tegenprestatie-check").length === 2 && [...document.querySelectorAll("tegenprestatie-check")].every((el) => el.shadowRoot?.querySelector(".tpc-heading")));
  const headings = await p.$$eval("tegenprestatie-check", (els) => els.map((el) => el.shadowRoot.querySelector(".tpc-heading").textContent));
  assert.deepEqual(headings, ["Hoe oud bent u?", "Which municipality do you live in?"]);
  assert.equal(await p.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, "nothing scrolls sideways at 360 px");
  await p.screenshot({ path: join(SHOTS, "embed-demo-360.png"), fullPage: false });
  assert.deepEqual(p.errors, []);
});

test("the host's own ordinance is fetched, validated and used; a broken or missing one gets a message, never an answer", async () => {
  const p = await open("custom.html");
  await p.waitForSelector("tegenprestatie-check .tpc-heading");
  // One municipality in the file: it is not asked.
  assert.equal(await p.textContent("tegenprestatie-check .tpc-heading"), "Hoe oud bent u?");
  await complete(p, "tegenprestatie-check", { age: 30 });
  const result = await p.textContent("tegenprestatie-check .tpc-result");
  assert.match(result, /3 tot 5 uur per week/, "the file's hours, not Overbetuwe's 4 to 8");
  assert.match(result, /Voorbeeldstad/);
  assert.deepEqual(p.errors, []);

  const q = await open("broken.html");
  await q.waitForSelector("#broken [role=alert]");
  await q.waitForSelector("#missing [role=alert]");
  assert.match(await q.textContent("#broken [role=alert]"), /niet goed/);
  assert.match(await q.textContent("#missing [role=alert]"), /nu niet laden/);
  assert.equal(await q.locator("#broken .tpc-form").count(), 0, "no question, so no answer from the wrong rules");
  assert.ok(q.errors.some((e) => /broken\.json is not valid/.test(e) && /32/.test(e)), `a detailed console error: ${q.errors}`);
  assert.ok(q.errors.some((e) => /missing\.json could not be loaded/.test(e)), `${q.errors}`);
  await q.screenshot({ path: join(SHOTS, "embed-broken-ordinance.png"), fullPage: true });
});

test("axe finds no WCAG 2.2 AA violation inside the shadow root, on a question and on the result", async () => {
  const p = await open("one.html");
  await p.waitForSelector("tegenprestatie-check .tpc-heading");
  await p.evaluate(AXE);
  const run = () => p.evaluate((tags) => window.axe.run({ include: [["tegenprestatie-check"]] }, { runOnly: { type: "tag", values: tags } }), TAGS);
  const first = await run();
  await complete(p, "tegenprestatie-check", { age: 30 });
  const last = await run();
  const problems = [...first.violations, ...last.violations].map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(problems, []);
  // And it did look inside: the checked nodes include the widget's own.
  assert.ok(last.passes.some((r) => r.nodes.some((n) => JSON.stringify(n.target).includes("tpc"))), "axe saw into the shadow root");
});

test("hostile input to the JS API and to mount is refused with an error, and the page still completes a check", async () => {
  const p = await open("one.html");
  await p.waitForSelector("tegenprestatie-check .tpc-heading");
  const refusals = await p.evaluate(async (A) => {
    const api = await import(A + "api.js");
    await api.default({ module_or_path: A + "api_bg.wasm" });
    const { mount } = await import(A + "tegenprestatie-check.js");
    const circular = { age: 30 };
    circular.self = circular;
    let deep = {};
    for (let i = 0; i < 100000; i++) deep = { deep };
    const big = { age: 30, filler: "x".repeat(10 * 1024 * 1024) };
    const out = [];
    const attempt = async (label, f) => {
      try { await f(); out.push(`${label}: accepted`); } catch (e) { out.push(`${label}: ${e instanceof Error ? e.constructor.name : typeof e}`); }
    };
    await attempt("circular", () => api.evaluate("rotterdam", circular));
    await attempt("deep", () => api.evaluate("rotterdam", deep));
    await attempt("10 MB", () => api.evaluate("rotterdam", big));
    await attempt("number as municipality", () => api.evaluate(42, { age: 30 }));
    await attempt("object as municipality", () => api.evaluate({ id: "rotterdam" }, { age: 30 }));
    await attempt("circular ordinance", () => api.validate(circular));
    await attempt("deep ordinance", () => api.compile(deep));
    await attempt("mount on nothing", () => mount(null, {}));
    await attempt("mount with circular options", () => mount(document.createElement("div"), circular));
    await attempt("mount with a number", () => mount(document.createElement("div"), 7));
    await attempt("mount with a throwing getter", () => mount(document.createElement("div"), { get gemeente() { throw new Error("boom"); } }));
    await attempt("mount with a number as municipality", () => mount(document.createElement("div"), { gemeente: 42 }));
    // After all that, the API still answers.
    out.push(`still works: ${api.evaluate("rotterdam", { age: 30, volunteer_hours_per_week: 20 }).status}`);
    return out;
  }, A);
  assert.deepEqual(refusals, [
    "circular: Error",
    "deep: Error",
    "10 MB: Error",
    "number as municipality: Error",
    "object as municipality: Error",
    "circular ordinance: Error",
    "deep ordinance: Error",
    "mount on nothing: TypeError",
    "mount with circular options: accepted",
    "mount with a number: TypeError",
    "mount with a throwing getter: TypeError",
    "mount with a number as municipality: TypeError",
    "still works: fulfilled",
  ]);
  // And the widget on the page completes a check.
  await complete(p, "tegenprestatie-check", { age: 30 });
  // Overbetuwe, 30, nothing else: the college can assign a tegenprestatie.
  assert.match(await p.textContent("tegenprestatie-check .tpc-heading"), /^De gemeente kan u een tegenprestatie vragen/);
  assert.deepEqual(p.errors, []);
});

test("a widget for a municipality whose ordinance is not bundled asks the law's questions and tells the host ordinance_unknown", async () => {
  const p = await open("unbundled.html", { width: 360, height: 800 }, host);
  await p.waitForSelector("tegenprestatie-check .tpc-heading");
  await complete(p, "tegenprestatie-check", { age: 30 });
  assert.equal(await p.textContent("tegenprestatie-check .tpc-heading"), "De gemeente mag u een tegenprestatie vragen");
  assert.match(await p.textContent("tegenprestatie-check .tpc-no-ordinance"), /Zoek op ‘tegenprestatie’ en ‘Utrecht’/);
  await p.waitForFunction(() => window.outcomes.length > 0);
  assert.deepEqual(await p.evaluate(() => window.outcomes), [{ status: "ordinance_unknown" }]);
  assert.deepEqual(await p.evaluate(() => window.violations), [], "no CSP violation");
  assert.deepEqual(p.errors, []);
});

test("the standalone page works in a sandboxed frame (no storage, no service worker)", async () => {
  const p = await open("sandbox.html", undefined, framing);
  const frame = p.frameLocator("iframe");
  await frame.locator("#tpc-heading").waitFor();
  assert.equal(await frame.locator("#tpc-heading").textContent(), "In welke gemeente woont u?");
  await frame.locator("#tpc-gemeente-zoek").fill("Rotterdam");
  await frame.locator("input[value=rotterdam]").check();
  await frame.locator("button[type=submit]").click();
  await frame.locator("#tpc-heading", { hasText: "Hoe oud bent u?" }).waitFor({ timeout: 5000 }).catch(() => {});
  assert.equal(await frame.locator("#tpc-heading").textContent(), "Hoe oud bent u?", `${p.errors}`);
  assert.deepEqual(p.errors.filter((e) => !/serviceWorker|storage|sandbox/i.test(e)), []);
});

test("in 2027 the widget on a host page says the law changed, tells the host law_changed, and shows the rules of 2026 on request", async () => {
  const p = await open("one.html", { width: 360, height: 800 }, host, new Date("2027-01-05T10:00:00"));
  await p.waitForSelector("tegenprestatie-check .tpc-heading");
  assert.equal(await p.getAttribute("tegenprestatie-check .tpc", "data-step"), "wet-veranderd");
  assert.equal(await p.textContent("tegenprestatie-check .tpc-heading"), "Nieuwe regels vanaf 2027");
  await p.waitForFunction(() => window.outcomes.length > 0);
  assert.deepEqual(await p.evaluate(() => window.outcomes), [{ status: "law_changed" }], "the host hears why there is no outcome, nothing else");
  // The page itself under its CSP, before axe (whose own styles the CSP refuses) is added.
  assert.deepEqual(await p.evaluate(() => window.violations), [], "no CSP violation");
  await p.evaluate(AXE);
  const run = () => p.evaluate((tags) => window.axe.run({ include: [["tegenprestatie-check"]] }, { runOnly: { type: "tag", values: tags } }), TAGS);
  const first = await run();
  await p.screenshot({ path: join(SHOTS, "embed-2027-360.png"), fullPage: true });
  await p.click("tegenprestatie-check .tpc-law-changed .tpc-button--secondary");
  await p.waitForFunction(() => document.querySelector("tegenprestatie-check").shadowRoot.querySelector(".tpc").dataset.step !== "wet-veranderd");
  assert.match(await p.textContent("tegenprestatie-check .tpc-past"), /oude regels, zoals ze waren op 31 december 2026/);
  await complete(p, "tegenprestatie-check", { age: 30 });
  assert.equal(await p.getAttribute("tegenprestatie-check .tpc", "data-step"), "uitkomst");
  assert.match(await p.textContent("tegenprestatie-check .tpc-past"), /31 december 2026/);
  const last = await run();
  const problems = [...first.violations, ...last.violations].map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(problems, []);
  assert.equal(await p.evaluate(() => document.documentElement.lang), "en-GB", "the host's lang untouched");
  assert.deepEqual(p.errors.filter((e) => !/Content Security Policy/.test(e)), [], "no error but axe's refused styles");
});

test("a letter in the widget under a strict CSP: its own module and style sheet in the shadow root, printed from its own frame, the host untouched", async () => {
  const p = await open("one.html", { width: 360, height: 640 });
  await p.waitForSelector("tegenprestatie-check .tpc-heading");
  const start = await hostState(p);
  await complete(p, "tegenprestatie-check", { age: 30 });
  const requests = [];
  p.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await p.click("tegenprestatie-check #tpc-letter-open");
  await p.waitForSelector("tegenprestatie-check .tpc-letters--choose");
  assert.ok(requests.some((u) => u.endsWith("/letters_bg.wasm")), "the letters' module comes from the asset origin");
  assert.equal(await p.$eval("tegenprestatie-check", (el) => !!el.shadowRoot.querySelector('link[href$="letters.css"]')), true, "its style sheet is in the shadow root");
  assert.equal(await p.$eval("tegenprestatie-check", (el) => el.shadowRoot.querySelector(".tpc[data-step]").hidden), true);
  await p.click('tegenprestatie-check button[data-letter="bezwaar"]');
  await p.fill("tegenprestatie-check #tpc-brief-naam", "Anna Zegwaard");
  await p.fill("tegenprestatie-check #tpc-brief-besluitdatum", "4-6-2026");
  assert.match(await p.textContent("tegenprestatie-check .tpc-letter-print article"), /Het college van burgemeester en wethouders van Overbetuwe/);
  // Printed from the widget's own frame: the letter, with its style sheets, none of the host.
  await p.evaluate(() => { window.print = () => {}; });
  await p.click("tegenprestatie-check .tpc-letters .tpc-actions .tpc-button--primary");
  const printed = await p.$eval("tegenprestatie-check", (el) => {
    const frame = el.shadowRoot.querySelector(".tpc-print-frame");
    return frame && { letter: frame.contentDocument.body.textContent.includes("Bezwaarschrift tegen uw besluit van 4 juni 2026"), host: frame.contentDocument.body.textContent.includes("Probe"), sheets: frame.contentDocument.querySelectorAll('link[rel="stylesheet"]').length };
  });
  assert.ok(printed?.letter, "the print frame holds the letter");
  assert.equal(printed.host, false);
  assert.ok(printed.sheets >= 2, "with the check's and the letters' style sheets");
  // Closed: the check is back, the host never touched, the name nowhere.
  await p.click("tegenprestatie-check #tpc-letter-close");
  await p.click("tegenprestatie-check #tpc-letters-done");
  await p.waitForSelector("tegenprestatie-check .tpc[data-step=uitkomst]:not([hidden])");
  assert.deepEqual(await hostState(p), start);
  assert.ok(!(await p.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href)).includes("Zegwaard"));
  assert.deepEqual(await p.evaluate(() => window.violations), [], "no CSP violation");
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

for (const [code, words] of [["tr", /Kaç yaşındasınız/], ["ar", /كم عمركم|عمر/]]) {
  test(`the widget with lang="${code}" on a host page under the strict CSP: its pack from the asset origin, the host untouched`, async () => {
    const p = await open(`${code}.html`, { width: 360, height: 740 });
    const packs = [];
    p.on("request", (r) => { if (/\/lang-[a-z]+-[^/]+\.bin$/.test(r.url())) packs.push(r.url()); });
    await p.waitForSelector("tegenprestatie-check .tpc-heading");
    await p.waitForFunction((c) => document.querySelector("tegenprestatie-check").shadowRoot.querySelector(".tpc").lang === c, code);
    assert.match(await p.textContent("tegenprestatie-check .tpc-heading"), words);
    assert.ok(packs.length <= 1 && packs.every((u) => u.startsWith(A)), `fetched from the asset origin: ${packs}`);
    const dir = await p.getAttribute("tegenprestatie-check .tpc", "dir");
    assert.equal(dir, code === "ar" ? "rtl" : "ltr", "direction on the widget's own root");
    const state = await hostState(p);
    assert.equal(state.lang, "nl", "the host's lang is untouched");
    assert.equal(await p.evaluate(() => document.documentElement.getAttribute("dir")), null, "the host's direction is untouched");
    await complete(p, "tegenprestatie-check", { age: 30, benefit: "participatiewet" });
    assert.equal(await p.getAttribute("tegenprestatie-check .tpc", "lang"), code);
    await p.screenshot({ path: join(SHOTS, `embedded-${code}-result-360.png`), fullPage: true });
    assert.deepEqual(await p.evaluate(() => window.violations), [], "no CSP violation");
    assert.deepEqual(p.errors, []);
    await p.context().close();
  });
}
