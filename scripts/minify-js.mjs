// Trunk post-build step: minifies the shipped JavaScript (the entry module and every module's
// wasm-bindgen glue) with terser. Trunk minifies the page and the style sheet itself
// but not these. Names stay (exports, the custom element's class), comments go.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("minify-js: TRUNK_STAGING_DIR is not set (run through trunk build)");
  process.exit(1);
}
const scripts = readdirSync(dir).filter((n) => /^(tegenprestatie-check|api|desk|letters|workbench|app-[0-9a-f]+)\.js$/.test(n));
for (const name of scripts) {
  const path = join(dir, name);
  const source = readFileSync(path, "utf8");
  const out = await minify(source, { module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } });
  writeFileSync(path, out.code);
  console.log(`minify-js: ${name} ${source.length} -> ${out.code.length} bytes`);
}
