// Trunk's post-build hook: the stable entry module, its minified scripts, short names between
// each wasm module and its glue, the language packs
// and the ordinances' files (build.rs wrote them), then the offline worker's precache list (which hashes every shipped file as shipped).
await import("./embed-entry.mjs");
await import("./minify-js.mjs");
await import("./short-names.mjs");
await import("./out-files.mjs");
await import("./sw-precache.mjs");
