// Candidate people for the twenty-eighth corpus's names snapshot (issue 24), seeded, printed
// as JSON: `node tests/support/twentyeighth_names.mjs <node_modules>`, where <node_modules>
// holds @faker-js/faker 10.6.0. The corpus's Python side
// (`python -m tests.support.twentyeighth_corpus`) runs this, filters the candidates with the
// twenty-fifth's filter and writes twentyeighth_names.json; faker-js is not a dependency.
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const modules = process.argv[2];
const fakerjs = await import(pathToFileURL(join(modules, "@faker-js/faker/dist/index.js")).href);

const SEED = "twentyeighth";
const CANDIDATES = 200;
const LOCALES = ["en_US", "en_CA", "fr", "fr_BE", "fr_CH", "fr_LU", "nl"];

/** A 32-bit FNV-1a hash of a seed string (the twenty-fifth's), as faker-js seeds with a number. */
function fnv(text) {
  let hash = 0x811c9dc5;
  for (const c of text) hash = Math.imul(hash ^ c.codePointAt(0), 0x01000193) >>> 0;
  return hash;
}

const out = {};
for (const locale of LOCALES) {
  // The ready-made instance, which falls back on the locale's parent (en_CA on en, fr_LU on fr...).
  const faker = fakerjs[`faker${locale.replace(/^[a-z]+/, (l) => l.toUpperCase())}`];
  faker.seed(fnv(`${SEED}-${locale}`));
  const people = [];
  for (let n = 0; n < CANDIDATES; n++) {
    const sex = n % 2 === 0 ? "female" : "male";
    const first = faker.person.firstName(sex);
    const last = faker.person.lastName(sex);
    people.push([sex, first, last]);
  }
  const table = faker.rawDefinitions.person?.last_name ?? [];
  out[`faker-js-${locale}`] = { people, surnames: Object.values(table).flat() };
}
process.stdout.write(JSON.stringify(out));
