// Candidate people for the thirty-second corpus's names snapshot (issue 24), seeded, printed
// as JSON: `node tests/support/thirtysecond_names.mjs <node_modules>`, where <node_modules>
// holds @faker-js/faker 10.6.0. It draws as the twenty-sixth's script does (women and men
// in turn, seeded with the FNV-1a hash of `thirtysecond-<locale>`), 600 candidates, from
// faker-js's base "en" locale, which no earlier corpus drew by that name. The corpus's
// Python side (`python -m tests.support.thirtysecond_corpus`) runs this, filters the
// candidates with the twenty-fifth's filter and writes thirtysecond_names.json; faker-js is
// not a dependency.
import { draw } from "./twentysixth_names.mjs";

const LOCALES = ["en"];

process.stdout.write(JSON.stringify(await draw(process.argv[2], "thirtysecond", LOCALES, 600)));
