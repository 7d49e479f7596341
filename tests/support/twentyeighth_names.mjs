// Candidate people for the twenty-eighth corpus's names snapshot (issue 24), seeded, printed
// as JSON: `node tests/support/twentyeighth_names.mjs <node_modules>`, where <node_modules>
// holds @faker-js/faker 10.6.0. It draws as the twenty-sixth's script does (200 candidates a
// locale, women and men in turn, seeded with the FNV-1a hash of `twentyeighth-<locale>`).
// The corpus's Python side (`python -m tests.support.twentyeighth_corpus`) runs this,
// filters the candidates with the twenty-fifth's filter and writes twentyeighth_names.json;
// faker-js is not a dependency.
import { draw } from "./twentysixth_names.mjs";

const LOCALES = ["en_US", "en_CA", "fr", "fr_BE", "fr_CH", "fr_LU", "nl"];

process.stdout.write(JSON.stringify(await draw(process.argv[2], "twentyeighth", LOCALES)));
