// Candidate people for the thirty-first corpus's names snapshot (issue 24), seeded, printed
// as JSON: `node tests/support/thirtyfirst_names.mjs <node_modules>`, where <node_modules>
// holds unique-names-generator 4.7.1 and casual 1.6.2. It draws 200 candidates a source:
// unique-names-generator's names dictionary (first names only, picked with a mulberry32
// generator seeded with the FNV-1a hash of `thirtyfirst-unique-names-generator`) with
// surnames from casual's en_US table, and casual's own first and last names (casual.seed
// with the hash of `thirtyfirst-casual`). The corpus's Python side
// (`python -m tests.support.thirtyfirst_corpus`) runs this, adds Faker's es_CA draw,
// filters with the twenty-fifth's filter and writes thirtyfirst_names.json; neither
// package is a dependency.
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const CANDIDATES = 200;

/** A 32-bit FNV-1a hash of a seed string (the twenty-fifth's). */
export function fnv(text) {
  let hash = 0x811c9dc5;
  for (const c of text) hash = Math.imul(hash ^ c.codePointAt(0), 0x01000193) >>> 0;
  return hash;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Both sources' candidates, printed as JSON (run as a script; a later corpus imports
 *  ``fnv`` and ``mulberry32`` only). */
function main() {
  const require = createRequire(join(process.argv[2], "noop.js"));
  const { names } = require("unique-names-generator");
  const casual = require("casual");
  const surnames = require("casual/src/providers/person.js").last_names;
  const out = {};

  casual.seed(fnv("thirtyfirst-unique-names-generator"));
  const rng = mulberry32(fnv("thirtyfirst-unique-names-generator"));
  const drawn = [];
  for (let n = 0; n < CANDIDATES; n++) {
    drawn.push(["any", names[Math.floor(rng() * names.length)], casual.last_name]);
  }
  out["unique-names-generator"] = { people: drawn, surnames };

  casual.seed(fnv("thirtyfirst-casual"));
  const own = [];
  for (let n = 0; n < CANDIDATES; n++) own.push(["any", casual.first_name, casual.last_name]);
  out["casual"] = { people: own, surnames };

  process.stdout.write(JSON.stringify(out));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
