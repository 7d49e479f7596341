// Candidate people for the thirty-third corpus's names snapshot (issue 24), seeded, printed
// as JSON: `node tests/support/thirtythird_names.mjs <node_modules>`, where <node_modules>
// holds @ngneat/falso 8.0.2. falso's built package has one table of first names (by sex)
// and one of last names, in no locale but its base (English) one; its i18n folder ships
// only type declarations for names. It draws 600 candidates, women and men in turn, with
// falso.seed given the FNV-1a hash of `thirtythird-falso` (as the twenty-sixth's script
// seeds faker-js); the surname table is what 20000 more draws of randLastName give (falso
// exports no raw table). The corpus's Python side (`python -m tests.support.thirtythird_corpus`)
// runs this, filters with the twenty-fifth's filter and writes thirtythird_names.json;
// falso is not a dependency.
import { createRequire } from "node:module";
import { join } from "node:path";

const CANDIDATES = 600;

/** A 32-bit FNV-1a hash of a seed string (the twenty-fifth's). */
function fnv(text) {
  let hash = 0x811c9dc5;
  for (const c of text) hash = Math.imul(hash ^ c.codePointAt(0), 0x01000193) >>> 0;
  return hash;
}

const require = createRequire(join(process.argv[2], "noop.js"));
const falso = require("@ngneat/falso");
falso.seed(String(fnv("thirtythird-falso")));
const people = [];
for (let n = 0; n < CANDIDATES; n++) {
  const sex = n % 2 === 0 ? "female" : "male";
  const first = falso.randFirstName({ gender: sex, withAccents: false });
  const last = falso.randLastName({ withAccents: false });
  people.push([sex, first, last]);
}
const surnames = new Set();
for (let n = 0; n < 20000; n++) surnames.add(falso.randLastName({ withAccents: false }));
process.stdout.write(JSON.stringify({ falso: { people, surnames: [...surnames].sort() } }));
