// Trunk post-build step: short names between each wasm module and its wasm-bindgen glue.
//
// wasm-bindgen names every import after its Rust path with a 16-digit hash
// (`__wbg_Error_208446807d0d1e30`) and some exports after the closure's full type; each name is
// written twice, in the wasm's import or export section and in the glue. Random hex does not
// compress: in the recipient's app the 153 names were 4.0 KB of its brotli download. This step
// gives each the next short name (`a`, `b`, … `Z`, `aa` …) in both files, the same mapping in
// each pair, and drops the wasm's `producers` and `target_features` sections (the browser reads
// neither). Other names (`memory`, `mount`) stay. Nothing else in the module changes: the code refers to
// imports and exports by index, never by name.
//
// A pair is `<stem>_bg.wasm` and `<stem>.js` in the staging directory. The step refuses (and so
// fails the build) when the imports come from more than one module, when the glue does not give
// an import, or when the rewritten module does not validate or imports or exports other kinds:
// then the module or its glue is not what this step understands.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("short-names: TRUNK_STAGING_DIR is not set (run through trunk build)");
  process.exit(1);
}

const GENERATED = /^(__wbg_|__wbindgen_|__externref_|wasm_bindgen_|__abort_handler$|__instance_terminated$)|_[0-9a-f]{16}$/;
const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
function shortName(i) {
  let s = "";
  do {
    s = LETTERS[i % LETTERS.length] + s;
    i = Math.floor(i / LETTERS.length) - 1;
  } while (i >= 0);
  return s;
}

function uleb(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return Buffer.from(out);
}

function nameBytes(s) {
  const b = Buffer.from(s, "utf8");
  return Buffer.concat([uleb(b.length), b]);
}

/** A reader over one wasm module's bytes. */
class Reader {
  constructor(bytes, at = 0) {
    this.b = bytes;
    this.p = at;
  }
  byte() {
    if (this.p >= this.b.length) throw new Error("the module ends early");
    return this.b[this.p++];
  }
  u32() {
    let r = 0, shift = 0, b;
    do {
      b = this.byte();
      r |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    return r >>> 0;
  }
  name() {
    const n = this.u32();
    const s = this.b.subarray(this.p, this.p + n).toString("utf8");
    this.p += n;
    return s;
  }
  limits() {
    const flags = this.byte();
    this.u32();
    if (flags & 1) this.u32();
  }
}

export function shorten(wasm, glue, stem) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`${stem}: not a wasm module`);
  const r = new Reader(wasm, 8);
  const sections = [];
  while (r.p < wasm.length) {
    const id = r.byte();
    const size = r.u32();
    if (r.p + size > wasm.length) throw new Error(`${stem}: a section runs past the end of the module`);
    sections.push({ id, start: r.p, end: r.p + size });
    r.p += size;
  }
  const map = new Map();
  const kept = new Set();
  const imported = new Set();
  // Only the names wasm-bindgen makes up: an export the glue passes on under its own name
  // (`mount`, `summary`) keeps it, because the glue's JS export is spelled the same.
  const rename = (name) => {
    if (!GENERATED.test(name)) {
      kept.add(name);
      return name;
    }
    if (!map.has(name)) map.set(name, shortName(map.size));
    return map.get(name);
  };
  let glueModule;
  const out = [wasm.subarray(0, 8)];
  for (const s of sections) {
    const s_ = new Reader(wasm, s.start);
    let body = wasm.subarray(s.start, s.end);
    if (s.id === 0) {
      const custom = s_.name();
      if (custom === "producers" || custom === "target_features") continue;
    } else if (s.id === 2) {
      const count = s_.u32();
      const parts = [uleb(count)];
      for (let i = 0; i < count; i++) {
        const module = s_.name();
        const field = s_.name();
        glueModule ??= module;
        if (module !== glueModule) throw new Error(`${stem}: imports from ${glueModule} and ${module}`);
        const at = s_.p;
        const kind = s_.byte();
        if (kind === 0) s_.u32();
        else if (kind === 1) { s_.byte(); s_.limits(); }
        else if (kind === 2) s_.limits();
        else if (kind === 3) { s_.byte(); s_.byte(); }
        else if (kind === 4) { s_.byte(); s_.u32(); }
        else throw new Error(`${stem}: import kind ${kind} is not known here`);
        imported.add(field);
        parts.push(nameBytes(module), nameBytes(rename(field)), wasm.subarray(at, s_.p));
      }
      if (s_.p !== s.end) throw new Error(`${stem}: the import section was not read to its end`);
      body = Buffer.concat(parts);
    } else if (s.id === 7) {
      const count = s_.u32();
      const parts = [uleb(count)];
      for (let i = 0; i < count; i++) {
        const field = s_.name();
        const at = s_.p;
        s_.byte();
        s_.u32();
        parts.push(nameBytes(rename(field)), wasm.subarray(at, s_.p));
      }
      if (s_.p !== s.end) throw new Error(`${stem}: the export section was not read to its end`);
      body = Buffer.concat(parts);
    }
    out.push(Buffer.from([s.id]), uleb(body.length), body);
  }
  for (const to of map.values()) {
    if (kept.has(to)) throw new Error(`${stem}: the module has a name ${to} of its own`);
  }
  let js = glue;
  for (const [from, to] of map) {
    const word = new RegExp(`(?<![\\w$])${from.replace(/\$/g, "\\$")}(?![\\w$])`, "g");
    if (imported.has(from) && !new RegExp(`(?<![\\w$.])${from.replace(/\$/g, "\\$")}\\s*[:(]`).test(js)) {
      throw new Error(`${stem}: the glue does not give the import ${from}`);
    }
    js = js.replace(word, to);
  }
  // The same module but for the names: valid, the same imports and exports of the same kinds.
  const result = Buffer.concat(out);
  if (!WebAssembly.validate(result)) throw new Error(`${stem}: the rewritten module does not validate`);
  const before = new WebAssembly.Module(wasm);
  const after = new WebAssembly.Module(result);
  const kinds = (list) => list.map((x) => x.kind).join(",");
  if (
    kinds(WebAssembly.Module.imports(before)) !== kinds(WebAssembly.Module.imports(after)) ||
    kinds(WebAssembly.Module.exports(before)) !== kinds(WebAssembly.Module.exports(after))
  ) {
    throw new Error(`${stem}: the rewritten module's imports or exports differ`);
  }
  return { wasm: result, js, renamed: map.size };
}

const stems = readdirSync(dir)
  .filter((n) => n.endsWith("_bg.wasm"))
  .map((n) => n.slice(0, -"_bg.wasm".length));
for (const stem of stems) {
  const wasmPath = join(dir, `${stem}_bg.wasm`);
  const jsPath = join(dir, `${stem}.js`);
  const wasm = readFileSync(wasmPath);
  const glue = readFileSync(jsPath, "utf8");
  const done = shorten(wasm, glue, stem);
  writeFileSync(wasmPath, done.wasm);
  writeFileSync(jsPath, done.js);
  console.log(
    `short-names: ${stem}: ${done.renamed} names; wasm ${wasm.length} -> ${done.wasm.length}, js ${glue.length} -> ${done.js.length} bytes`,
  );
}
