// Candidate people for the twenty-ninth corpus's names snapshot (issue 24), seeded, printed
// as JSON: `node tests/support/twentyninth_names.mjs <node_modules>`, where <node_modules>
// holds @faker-js/faker 10.6.0. It draws as the twenty-sixth's script does (women and men
// in turn, seeded with the FNV-1a hash of `twentyninth-<locale>`), 600 candidates a locale,
// as en_HK's first names are mostly in earlier snapshots. The corpus's Python side
// (`python -m tests.support.twentyninth_corpus`) runs this, filters the candidates with the
// twenty-fifth's filter, adds names-dataset's people and writes twentyninth_names.json;
// faker-js is not a dependency.
import { draw } from "./twentysixth_names.mjs";

const LOCALES = ["de", "de_CH", "es", "pt_BR", "en_HK", "eo"];

process.stdout.write(JSON.stringify(await draw(process.argv[2], "twentyninth", LOCALES, 600)));
