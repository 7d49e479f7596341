// Candidate people for the twenty-sixth corpus's names snapshot (issue 24), seeded, printed
// as JSON: `node tests/support/twentysixth_names.mjs <node_modules>`, where <node_modules>
// holds @faker-js/faker 10.6.0. The corpus's Python side
// (`python -m tests.support.twentysixth_corpus`) runs this, filters the candidates with the
// twenty-fifth's filter and writes twentysixth_names.json; faker-js is not a dependency.
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const SEED = "twentysixth";
const CANDIDATES = 200;
const LOCALES = ["cy", "ku_kmr_latin", "uz_UZ_latin", "az", "af_ZA", "fi", "sv", "da", "nb_NO"];
LOCALES.push("es_MX", "fr_CA", "ro_MD", "en_AU");

/** A 32-bit FNV-1a hash of a seed string (the twenty-fifth's), as faker-js seeds with a number. */
function fnv(text) {
  let hash = 0x811c9dc5;
  for (const c of text) hash = Math.imul(hash ^ c.codePointAt(0), 0x01000193) >>> 0;
  return hash;
}

/** Each locale's ``candidates`` people (``CANDIDATES`` unless given), seeded
 *  ``<seed>-<locale>``, with its surname table (a later corpus's script calls this with its
 *  own seed and locales). */
export async function draw(modules, seed, locales, candidates = CANDIDATES) {
  const fakerjs = await import(pathToFileURL(join(modules, "@faker-js/faker/dist/index.js")).href);
  const out = {};
  for (const locale of locales) {
    // The ready-made instance, which falls back on the locale's parent (en_AU on en...).
    const faker = fakerjs[`faker${locale.replace(/^[a-z]+/, (l) => l.toUpperCase())}`];
    faker.seed(fnv(`${seed}-${locale}`));
    const people = [];
    for (let n = 0; n < candidates; n++) {
      const sex = n % 2 === 0 ? "female" : "male";
      const first = faker.person.firstName(sex);
      const last = faker.person.lastName(sex);
      // es and es_MX give both surnames, paternal then maternal; English records keep the first.
      people.push([sex, first, locale.startsWith("es") ? last.split(" ")[0] : last]);
    }
    const table = faker.rawDefinitions.person?.last_name ?? [];
    out[`faker-js-${locale}`] = { people, surnames: Object.values(table).flat() };
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(JSON.stringify(await draw(process.argv[2], SEED, LOCALES)));
}
