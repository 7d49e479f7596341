// Candidate people for the thirty-fifth corpus's names snapshot (issue 24), seeded, printed
// as JSON: `node tests/support/thirtyfifth_names.mjs <node_modules>`, where <node_modules>
// holds random-name 0.1.2 (MIT). random-name draws with Math.random, so this script reads
// its two tables itself (first-names.json; names.json, less every entry that is also a
// first name, as its surnames) and picks 600 candidates with a mulberry32 generator seeded
// with the FNV-1a hash of `thirtyfifth-random-name` (the thirty-first's ``fnv`` and
// ``mulberry32``). The corpus's Python side
// (`python -m tests.support.thirtyfifth_corpus`) runs this, filters the candidates with the
// twenty-fifth's filter and writes thirtyfifth_names.json; random-name is not a dependency.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { fnv, mulberry32 } from "./thirtyfirst_names.mjs";

const table = (name) => JSON.parse(readFileSync(join(process.argv[2], "random-name", name)));
const firsts = table("first-names.json");
const known = new Set(firsts.map((f) => f.toLowerCase()));
const lasts = table("names.json").filter((l) => !known.has(l.toLowerCase()));
const next = mulberry32(fnv("thirtyfifth-random-name"));
const pick = (list) => list[Math.floor(next() * list.length)];
const people = [];
for (let n = 0; n < 600; n++) people.push(["any", pick(firsts), pick(lasts)]);
process.stdout.write(JSON.stringify({ "random-name": { people, surnames: [] } }));
