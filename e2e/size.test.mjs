// The size budget of everything the app ships: HTML, JS, wasm, CSS, manifest, icons, service
// worker, all ordinances and both languages (they are inside the wasm). Sizes are deterministic.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { DIST } from "./helpers.mjs";

const BUDGET_BROTLI = 200 * 1024;

test("the shipped files stay within 200 KB brotli in total", () => {
  const rows = readdirSync(DIST)
    .filter((name) => !name.startsWith("."))
    .map((name) => {
      const raw = readFileSync(join(DIST, name));
      const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      return { name, raw: raw.length, br };
    });
  const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, br: sum.br + r.br }), { raw: 0, br: 0 });
  for (const r of rows) console.log(`size: ${r.name.padEnd(40)} ${String(r.raw).padStart(8)} raw ${String(r.br).padStart(8)} brotli`);
  console.log(`size: ${"total".padEnd(40)} ${String(total.raw).padStart(8)} raw ${String(total.br).padStart(8)} brotli (budget ${BUDGET_BROTLI})`);
  assert.ok(rows.some((r) => r.name.endsWith(".wasm")), "a wasm file is shipped");
  assert.ok(total.br <= BUDGET_BROTLI, `shipped ${total.br} bytes brotli, budget ${BUDGET_BROTLI}`);
});
