// Trunk's post-build hook: the stable entry module, its minified scripts, the language packs,
// the ordinances' files, then the offline worker's precache list (which hashes every shipped file as shipped).
await import("./embed-entry.mjs");
await import("./minify-js.mjs");
await import("./language-packs.mjs");
await import("./ordinance-files.mjs");
await import("./sw-precache.mjs");
