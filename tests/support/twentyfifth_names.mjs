// Candidate people for the twenty-fifth corpus's names snapshot (issue 24), seeded, printed
// as JSON: `node tests/support/twentyfifth_names.mjs <node_modules>`, where <node_modules>
// holds chance 1.1.13 and @faker-js/faker 10.6.0. The corpus's Python side
// (`python -m tests.support.twentyfifth_corpus`) runs this, filters the candidates and
// writes twentyfifth_names.json; neither package is a dependency of the project.
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const modules = process.argv[2];
const Chance = createRequire(join(modules, "noop.js"))("chance");
const fakerjs = await import(pathToFileURL(join(modules, "@faker-js/faker/dist/index.js")).href);

const SEED = "twentyfifth";
const CANDIDATES = 200;
// chance has first-name tables for these only; its other surname tables take the default one.
const CHANCE_FIRST = new Set(["en", "it", "nl", "fr"]);
const LOCALES = ["cs_CZ", "hr", "hu", "sr_RS_latin", "sl_SI", "de_AT", "nl_BE", "pt_PT", "it"];
LOCALES.push("en_ZA", "id_ID", "vi", "en_IN", "ne");

/** A 32-bit FNV-1a hash of a seed string, as faker-js seeds with a number. */
function fnv(text) {
  let hash = 0x811c9dc5;
  for (const c of text) hash = Math.imul(hash ^ c.codePointAt(0), 0x01000193) >>> 0;
  return hash;
}

const out = {};
const plain = new Chance();
for (const nationality of Object.keys(plain.get("lastNames"))) {
  const chance = new Chance(`${SEED}-${nationality}`);
  const firstTable = CHANCE_FIRST.has(nationality) ? nationality : "en";
  const people = [];
  for (let n = 0; n < CANDIDATES; n++) {
    const gender = n % 2 === 0 ? "female" : "male";
    const first = chance.first({ gender, nationality: firstTable });
    people.push([gender, first, chance.last({ nationality })]);
  }
  out[`chance-${nationality}`] = { people, surnames: plain.get("lastNames")[nationality] };
}
for (const locale of LOCALES) {
  const faker = new fakerjs.Faker({ locale: [fakerjs[locale], fakerjs.base] });
  faker.seed(fnv(`${SEED}-${locale}`));
  const people = [];
  for (let n = 0; n < CANDIDATES; n++) {
    const sex = n % 2 === 0 ? "female" : "male";
    people.push([sex, faker.person.firstName(sex), faker.person.lastName(sex)]);
  }
  const table = fakerjs[locale].person.last_name;
  out[`faker-js-${locale}`] = { people, surnames: Object.values(table).flat() };
}
process.stdout.write(JSON.stringify(out));
