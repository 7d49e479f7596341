// Draws the twenty-third corpus's candidate people from @faker-js/faker 10.6.0 (MIT).
// Usage: node tests/support/twentythird_names.mjs <folder holding node_modules/@faker-js/faker>
// Prints JSON: for each locale, its seeded draws ([sex, first name, surname], female and male
// in turn) and every surname the locale holds (so a first name that is also a surname can be
// left out). The Python side (twentythird_corpus.regenerate_names) filters and snapshots them.
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const LOCALES = ["en_GB", "en_IE", "en_NG", "yo_NG", "en_GH", "pl", "ro", "lv", "sk", "tr"];
LOCALES.push("zu_ZA", "fr_SN");
const DRAWS = 80;

const entry = join(process.argv[2], "node_modules", "@faker-js", "faker", "dist", "index.js");
const faker = await import(pathToFileURL(entry).href);

const out = {};
LOCALES.forEach((locale, i) => {
  const f = faker[`faker${locale.toUpperCase()}`];
  f.seed(23000 + i);
  const draws = [];
  for (let n = 0; n < DRAWS; n++) {
    const sex = n % 2 === 0 ? "female" : "male";
    draws.push([sex, f.person.firstName(sex), f.person.lastName(sex)]);
  }
  const last = f.rawDefinitions.person?.last_name ?? {};
  const surnames = Array.isArray(last) ? last : Object.values(last).flat();
  out[locale] = { draws, surnames: [...new Set(surnames)].sort() };
});
console.log(JSON.stringify(out));
