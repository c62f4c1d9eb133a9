// Size budgets, in brotli bytes (quality 11; deterministic for a given build).
//   - The recipient's first load: the page, the entry module, the app's JS and wasm (all
//     ordinances and the Dutch texts are inside the wasm; other languages are packs) and the CSS. Issue #7 took it from
//     184 KB to at most 150 KB; issue #10 added about 7 KB; issue #9 (the web build's own std
//     without panic machinery, minified scripts and style sheet) took it to about 143 KB, so
//     the budget is back at 150 KB.
//   - The embedded citizen check: what a host page's visitor downloads (the entry module, the
//     app's JS and wasm, the CSS; not the page). Issue #9: 150 KB.
//   - The JS API module (api.js + api_bg.wasm), which only pages that call the API fetch.
//   - The caseworker desk (desk.js, desk_bg.wasm, desk.css; issue #8), its own module that only
//     ?mode=caseworker and mode="caseworker" load: 175 KB, for a desktop at work.
//   - The policy workbench (workbench.js, workbench_bg.wasm, workbench.css; issue #11), its own
//     module that only ?mode=workbench loads: 320 KB, for a policy officer's desktop. It carries
//     what the others leave out: the JSON and TOML readers, the validator's messages, the CSV
//     reader and the engine's batch path.
//   - The letters (letters.js, letters_bg.wasm, letters.css; issue #25), their own module that the
//     check loads only when a person asks for a letter: 135 KB. The recipient's first load carries
//     only the button that asks for it (issue #25 added 1.8 KB there: the button and its words in
//     two languages, the section's data for the loader, and the entry module's loader).
//   - The caseworker desk carries the letters' composer for the client (issue #25: 176 KB to
//     203 KB): 205 KB.
//   - Everything shipped, icons, manifest, service worker, the embedding demo, the desk and the
//     workbench included: 790 KB (280 KB before the desk, 450 KB before the workbench, 750 KB
//     before issue #22, 790 KB before issue #25).
//   - Issue #22 (the law on its date: statute versions, the Act quoted verbatim, the visible day,
//     the 2027 screen, past rules, ended and merged rules) added about 14.5 KB to the first
//     load, where the issue allowed 2 KB: the budgets of the first load and the embedded check
//     are 165 KB until the language packs (issue #24) take English out of the first load, which
//     must bring both back to 150 KB.
//   - Issue #23 (every municipality: the list of 342 and 84 former ones, the search, the statute
//     alone where no ordinance is bundled and its result) added 15.0 KB to the first load
//     (165,262 to 180,229 B): the list's data 3.4 KB (it was allowed 3 KB, code included), the
//     rest code and words. Budgets: first load and embedded check 180 KB, JS API 130 KB, desk
//     215 KB, letters 145 KB, total 1000 KB; issue #24 must still bring the first load to 150 KB.
//   - Issue #24, first part (languages as data): English left the first load (its texts and the
//     ordinances' English, now in its pack), but the Fluent reader, the pack door, the language
//     list, the pack loader and Lees voor came in, and the catalogue is now read whole at start:
//     first load 180,557 to 196,650 B (+16.1 KB), desk +17.6 KB (its own register of the questions
//     included), letters +25.5 KB and workbench
//     +24.6 KB (they carry both languages' files and every text, where the linker used to drop
//     the unused constants). The four packs are 10.8 to 13.8 KB each (budget 20 KB). The budgets
//     below are the measured sizes with a little room: THE ISSUE IS NOT DONE until the first
//     load is at most 150 KB (the plan: packs compiled at build time for a small decoder instead
//     of the reader, the other modules given only the texts they show, Lees voor and the pack
//     fetch in the entry module).
//   - Issue #24, second part (size): the check, the desk and the letters no longer carry the
//     validator (build.rs validated the bundle, api.js a host's ordinance: 6.4 KB), the built-in
//     texts lost their comments (0.5 KB), the facts' meanings left SCHEMA (0.5 KB), the pack door
//     sorts nothing and one small insertion sort and one merge sort replace five copies of the
//     standard sort (7.5 KB), the statute shared, not copied (1.4 KB): first load 196,574 to
//     181,573 B, desk -15.2 KB, letters -17.0 KB, workbench -6.6 KB, JS API -4.2 KB. THE ISSUE IS STILL NOT DONE until the first load is at
//     most 150 KB (next: each municipality's ordinance fetched when it is chosen, about 10 KB).
//   - Issue #24, third part (size): the result and the record take the disclaimer alone instead of
//     the whole contract view (2.4 KB), the result decides through the catalogue and lists are
//     read by a loop (1.7 KB), nine stateless components became functions returning Html and the
//     Place context a prop (each Yew component links about 1.5 KB of wasm: 5.7 KB), Lees voor's
//     reading moved to the entry module (1.7 KB net): first load 181,579 to 170,120 B, desk
//     -3.3 KB, letters -1.0 KB, JS API -1.2 KB, workbench +0.7 KB. THE ISSUE IS STILL NOT DONE
//     until the first load is at most 150 KB (next: each municipality's ordinance fetched when it
//     is chosen, 9.1 KB measured; the packs compiled to a binary read without the Fluent parser).
//   - Issue #24, fourth part (size): each ordinance a file of its own (`ord-<id>-<hash>.bin`, 19
//     files of 482 to 1,684 B, 19.3 KB together), fetched when a person chooses one of its
//     municipalities; the bundle keeps what the search shows. The app's wasm 158,596 to 153,880 B
//     (the data 9.1 KB less, the waiting, the refusal and its screen 4.4 KB more): first load
//     170,836 to 165,919 B. Total 1100 KB (the files are shipped beside the app and precached).
//     THE ISSUE IS STILL NOT DONE until the first load is at most 150 KB.
//   - Issue #24, fifth part (size): the texts reach every module in a binary form that build.rs
//     writes from the .ftl files it parsed and checked (i18n/binary.rs: the structure, then the
//     texts together), so no module links the Fluent parser; the packs are the same form
//     (lang-<code>-<version>.bin, 10.9 to 14.0 KB), and build.rs is the only one to write them.
//     App wasm 153,880 to 150,275 B: first load 165,919 to 162,320 B, embedded 161,693 B, desk
//     -1.1 KB, letters -1.2 KB, workbench -2.9 KB.
//   - Issue #24, sixth part (size): talc as every browser module's allocator instead of dlmalloc
//     (1.3 to 1.6 KB less in each). First load 162,320 to 160,805 B, embedded 160,175 B, JS API
//     126,201 B, desk 211,325 B, letters 147,644 B, workbench 356,353 B, total 1,077,891 B: the
//     budgets are these with a little room. THE ISSUE IS STILL NOT DONE until the first load is
//     at most 150 KB (153,600 B).
//   - Issue #24, seventh part (size): short names between each wasm module and its glue for
//     wasm-bindgen's hashed ones (scripts/short-names.mjs: 4.0 KB of the first load), wasm-opt
//     --converge --low-memory-unused --zero-filled-memory --gufa (1.1 KB), the text structs'
//     plain words read by one loop from a list of their names instead of a call per message
//     and no 128-bit number formatter (2.6 KB): first load 160,805 to 153,065 B, embedded
//     152,435 B, JS API 124,067 B, desk 202,690 B, letters 140,674 B, workbench 346,857 B, total
//     1,043,602 B (the other modules' glue is now minified too). The first load and the embedded
//     check are back within 150 KB (153,600 B), the goal of issues #7, #9 and #24; the other
//     budgets are the measured sizes with a little room.
//   - Issue #23's rule builder (the form for four kinds of rule, the TOML block writer, the places
//     to fill in, Oldenzaal's skeleton with its texts) added 16.2 KB to the workbench alone
//     (325,220 to 341,372 B), which no resident or caseworker downloads: its budget is 340 KB.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { DIST } from "./helpers.mjs";

const KB = 1024;
const FIRST_LOAD_BUDGET = 150 * KB;
const EMBEDDED_BUDGET = 150 * KB;
const API_BUDGET = 122 * KB;
const DESK_BUDGET = 200 * KB;
const LETTERS_BUDGET = 139 * KB;
const WORKBENCH_BUDGET = 341 * KB;
const TOTAL_BUDGET = 1030 * KB;
const PACK_BUDGET = 20 * KB;
const ORDINANCE_FILE_BUDGET = 4 * KB;

const rows = readdirSync(DIST)
  .filter((name) => !name.startsWith("."))
  .map((name) => {
    const raw = readFileSync(join(DIST, name));
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return { name, raw: raw.length, br };
  });

function sum(pick) {
  return rows.filter(pick).reduce((s, r) => ({ raw: s.raw + r.raw, br: s.br + r.br, n: s.n + 1 }), { raw: 0, br: 0, n: 0 });
}

const app = (r) =>
  r.name === "tegenprestatie-check.js" || /^app-[0-9a-f]+(_bg\.wasm|\.js)$/.test(r.name) || /^styles-[0-9a-f]+\.css$/.test(r.name);
const firstLoad = (r) => r.name === "index.html" || app(r);
const api = (r) => r.name === "api.js" || r.name === "api_bg.wasm";
const desk = (r) => ["desk.js", "desk_bg.wasm", "desk.css"].includes(r.name);
const letters = (r) => ["letters.js", "letters_bg.wasm", "letters.css"].includes(r.name);
const workbench = (r) => ["workbench.js", "workbench_bg.wasm", "workbench.css"].includes(r.name);

function report(label, total, budget) {
  console.log(`size: ${label.padEnd(40)} ${String(total.raw).padStart(8)} raw ${String(total.br).padStart(8)} brotli (budget ${budget})`);
}

for (const r of rows) console.log(`size: ${r.name.padEnd(40)} ${String(r.raw).padStart(8)} raw ${String(r.br).padStart(8)} brotli`);

test("the recipient's first load (HTML, JS, wasm, CSS) stays within 150 KB brotli", () => {
  const total = sum(firstLoad);
  report("first load", total, FIRST_LOAD_BUDGET);
  assert.equal(total.n, 5, "one page, the entry module, the app's script and wasm, one style sheet");
  assert.ok(total.br <= FIRST_LOAD_BUDGET, `first load is ${total.br} bytes brotli, budget ${FIRST_LOAD_BUDGET}`);
});

test("the embedded citizen check (entry module, JS, wasm, CSS) stays within 150 KB brotli", () => {
  const total = sum(app);
  report("embedded check", total, EMBEDDED_BUDGET);
  assert.equal(total.n, 4, "the entry module, the app's script and wasm, one style sheet");
  // The entry names exactly these files (the build filled in this build's hashed names).
  const entry = readFileSync(join(DIST, "tegenprestatie-check.js"), "utf8");
  for (const r of rows.filter(app).filter((r) => r.name !== "tegenprestatie-check.js")) {
    assert.ok(entry.includes(r.name), `the entry module loads ${r.name}`);
  }
  assert.ok(total.br <= EMBEDDED_BUDGET, `the embedded check is ${total.br} bytes brotli, budget ${EMBEDDED_BUDGET}`);
});

test("the JS API module is separate from the app and within its budget", () => {
  const total = sum(api);
  report("JS API module", total, API_BUDGET);
  assert.equal(total.n, 2, "api.js and api_bg.wasm are shipped");
  const page = readFileSync(join(DIST, "index.html"), "utf8");
  assert.ok(!/api(_bg)?\.(js|wasm)/.test(page.replace(/<!--[\s\S]*?-->/g, "")), "the page does not load the API module");
  assert.ok(total.br <= API_BUDGET, `API module is ${total.br} bytes brotli, budget ${API_BUDGET}`);
});

test("the caseworker desk is its own module, not in the recipient's download, within its budget", () => {
  const total = sum(desk);
  report("caseworker desk", total, DESK_BUDGET);
  assert.equal(total.n, 3, "desk.js, desk_bg.wasm and desk.css are shipped");
  const page = readFileSync(join(DIST, "index.html"), "utf8");
  assert.ok(!/desk(_bg)?\.(js|wasm|css)/.test(page.replace(/<!--[\s\S]*?-->/g, "")), "the page does not load the desk");
  const sw = readFileSync(join(DIST, "sw.js"), "utf8");
  assert.ok(!/"\.\/desk/.test(sw), "residents' devices do not precache the desk");
  // The entry module loads the desk only on demand (`import(…)`), never with a static import.
  const entry = readFileSync(join(DIST, "tegenprestatie-check.js"), "utf8");
  assert.ok(/desk/.test(entry), "the entry module knows where the desk is");
  assert.ok(!/(from|import)\s*["'][^"']*desk/.test(entry), "no static import of the desk");
  assert.ok(total.br <= DESK_BUDGET, `the desk is ${total.br} bytes brotli, budget ${DESK_BUDGET}`);
});

test("the letters are their own module, loaded only when asked for, within their budget", () => {
  const total = sum(letters);
  report("letters", total, LETTERS_BUDGET);
  assert.equal(total.n, 3, "letters.js, letters_bg.wasm and letters.css are shipped");
  const page = readFileSync(join(DIST, "index.html"), "utf8");
  assert.ok(!/letters(_bg)?\.(js|wasm|css)/.test(page.replace(/<!--[\s\S]*?-->/g, "")), "the page does not load the letters");
  const sw = readFileSync(join(DIST, "sw.js"), "utf8");
  assert.ok(!/"\.\/letters/.test(sw), "they are not precached (kept once used)");
  const entry = readFileSync(join(DIST, "tegenprestatie-check.js"), "utf8");
  assert.ok(/letters\.js/.test(entry), "the entry module knows where the letters are");
  assert.ok(!/(from|import)\s*["'][^"']*letters/.test(entry), "no static import of the letters");
  assert.ok(total.br <= LETTERS_BUDGET, `the letters are ${total.br} bytes brotli, budget ${LETTERS_BUDGET}`);
});

test("the policy workbench is its own module, in nobody else's download, within its budget", () => {
  const total = sum(workbench);
  report("policy workbench", total, WORKBENCH_BUDGET);
  assert.equal(total.n, 3, "workbench.js, workbench_bg.wasm and workbench.css are shipped");
  const page = readFileSync(join(DIST, "index.html"), "utf8");
  assert.ok(!/workbench(_bg)?\.(js|wasm|css)/.test(page.replace(/<!--[\s\S]*?-->/g, "")), "the page does not load the workbench");
  const sw = readFileSync(join(DIST, "sw.js"), "utf8");
  assert.ok(!/"\.\/workbench/.test(sw), "residents' devices do not precache the workbench");
  const entry = readFileSync(join(DIST, "tegenprestatie-check.js"), "utf8");
  assert.ok(/workbench/.test(entry), "the entry module knows where the workbench is");
  assert.ok(!/(from|import)\s*["'][^"']*workbench/.test(entry), "no static import of the workbench");
  assert.ok(total.br <= WORKBENCH_BUDGET, `the workbench is ${total.br} bytes brotli, budget ${WORKBENCH_BUDGET}`);
});

test("each language pack (texts for every screen of the check) stays within 20 KB brotli, and Dutch is built in", () => {
  const packs = rows.filter((r) => /^lang-[a-z]+-.+\.bin$/.test(r.name));
  for (const p of packs) console.log(`size: pack ${p.name.padEnd(35)} ${String(p.raw).padStart(8)} raw ${String(p.br).padStart(8)} brotli (budget ${PACK_BUDGET})`);
  const codes = packs.map((p) => p.name.split("-")[1]).sort();
  assert.deepEqual(codes, ["ar", "en", "pl", "tr"], "a pack per language but Dutch");
  for (const p of packs) assert.ok(p.br <= PACK_BUDGET, `${p.name} is ${p.br} bytes brotli, budget ${PACK_BUDGET}`);
});

test("each ordinance is a file of its own, fetched when chosen, within 4 KB brotli; the first load names none", () => {
  const files = rows.filter((r) => /^ord-[a-z0-9-]+-[0-9a-f]{8}\.bin$/.test(r.name));
  const all = sum((r) => files.includes(r));
  report(`ordinance files (${files.length})`, all, `${ORDINANCE_FILE_BUDGET} each`);
  // One per bundled ordinance (ordinances/*.toml; the statute's versions are built in).
  const sources = readdirSync(join(DIST, "..", "ordinances"))
    .filter((f) => f.endsWith(".toml") && !f.startsWith("participatiewet"))
    .map((f) => f.replace(/\.toml$/, ""));
  assert.deepEqual(files.map((f) => f.name.replace(/^ord-|-[0-9a-f]{8}\.bin$/g, "")).sort(), sources.sort(), "a file for every ordinance");
  for (const f of files) assert.ok(f.br <= ORDINANCE_FILE_BUDGET, `${f.name} is ${f.br} bytes brotli, budget ${ORDINANCE_FILE_BUDGET}`);
  const page = readFileSync(join(DIST, "index.html"), "utf8");
  const entry = readFileSync(join(DIST, "tegenprestatie-check.js"), "utf8");
  for (const f of files) assert.ok(!page.includes(f.name) && !entry.includes(f.name), `${f.name} is not preloaded`);
});

test("everything shipped stays within its total budget", () => {
  const total = sum(() => true);
  report("total", total, TOTAL_BUDGET);
  assert.ok(total.br <= TOTAL_BUDGET, `shipped ${total.br} bytes brotli, budget ${TOTAL_BUDGET}`);
});
