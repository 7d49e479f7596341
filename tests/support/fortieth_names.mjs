// Candidate people for the fortieth corpus's names snapshot (issue 24), seeded, printed as
// JSON: `node tests/support/fortieth_names.mjs <node_modules>`, where <node_modules> holds
// fakerator 0.3.6 (MIT). fakerator's own generator is not used: this script reads each
// locale's first-name and last-name tables (women's and men's) and picks 80 candidates
// a locale, women and men in turn, with a mulberry32 generator seeded with the FNV-1a hash
// of `fortieth-fakerator-<locale>` (the thirty-first's ``fnv`` and ``mulberry32``). The
// corpus's Python side (`python -m tests.support.fortieth_corpus`) runs this, filters the
// candidates with the twenty-fifth's filter and writes fortieth_names.json; fakerator is
// not a dependency.
import { createRequire } from "node:module";
import { join } from "node:path";

import { fnv, mulberry32 } from "./thirtyfirst_names.mjs";

const require = createRequire(join(process.argv[2], "x.js"));
const Fakerator = require("fakerator");
const LOCALES = ["de-DE", "es-ES", "fr-FR", "it-IT", "nb-NO", "pl-PL", "cs-CZ", "sk-SK"];
LOCALES.push("hu-HU", "pt-BR");
const out = {};
for (const locale of LOCALES) {
  const names = Fakerator(locale).locale.names;
  const next = mulberry32(fnv(`fortieth-fakerator-${locale}`));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const people = [];
  for (let n = 0; n < 300; n++) {
    const sex = n % 2 === 0 ? "F" : "M"; // women and men in turn
    people.push(["any", pick(names[`firstName${sex}`]), pick(names[`lastName${sex}`])]);
  }
  out[`fakerator-${locale}`] = { people, surnames: [] };
}
process.stdout.write(JSON.stringify(out));
