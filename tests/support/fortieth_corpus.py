"""A fortieth held-out corpus for the confidentiality guard, written by someone who has not
read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fortieth_names.json``, a seeded snapshot (seed ``fortieth-fakerator-<locale>``)
  from the npm package fakerator 0.3.6 (MIT), which no earlier corpus drew (checked by
  grepping ``tests/support`` for ``fakerator``): the first-name and last-name tables of ten
  of its locales in Latin script (``DRAWN``: de-DE, es-ES, fr-FR, it-IT, nb-NO, pl-PL,
  cs-CZ, sk-SK, hu-HU, pt-BR), read and picked by ``fortieth_names.mjs`` with a seeded
  mulberry32 generator (fakerator's default and English locales were left out, as their
  tables are the common English names earlier snapshots hold; sv-SE's has ten names and
  ru-RU's is Cyrillic). fakerator's de-DE tables mix women's and men's names, so the
  snapshot does not label people by sex. The twenty-fifth's filter keeps a locale's first
  people whose first and last names are plain letters, three or more, in no earlier snapshot
  (``EARLIER``: every ``*_names.json`` before this one, the thirty-ninth's, written
  alongside, included when it is there), not drawn already and not in ``NOT_NAMES``. Every
  draw was read by hand, and entries that read as words, places, brands, pet forms, typos
  or a name of the other column were put in ``NOT_NAMES``. Regenerate with ``npm --prefix
  /tmp/fk40 install fakerator@0.3.6 && PYTHONPATH=. uv run python -m
  tests.support.fortieth_corpus /tmp/fk40/node_modules``; fakerator is not a dependency and
  the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (fell and farm words, birds and
  sweets), each starting with a letter from A to L, none in an earlier corpus file
  (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a mountain rescue volunteer, a youth hostel warden, a sheep auction
  drover, a quad bike hirer, a gondola (lake launch) deckhand, a fell race marshal, a dry
  stone waller, a campsite owner, a ghyll scrambling guide, a livestock haulier, a cheese
  shop assistant, a rush-bearing steward, a horse fair trader, a pencil museum guide, a
  chip van owner, a rural bus driver, a gamekeeper, a post office counter clerk, a
  slate quarry banksman, a kayak hire attendant...), in lower case and in sign-offs; names
  and give-away details in pseudonyms; nicknames; dates of birth in twelve typed forms;
  addresses on invented streets (``STREETS``) in real towns of the areas; postcodes; phone,
  NHS and NI numbers; invented schools and a pupil referral unit (``SCHOOLS``); email
  addresses; written out by the twenty-fifth's ``identifying_of`` through the
  twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve Cumbrian
  towns no earlier corpus file names (``AREAS``; each checked by grep): Kirkby Stephen,
  Appleby-in-Westmorland, Sedbergh, Kirkby Lonsdale, Grange-over-Sands, Ambleside,
  Dalton-in-Furness and Penrith, and Alston (Westmorland and Furness Council), and
  Keswick, Wigton and Brampton (Cumberland Council). "Westmorland" and "Cumberland" are in
  earlier files (the twenty-second's and twenty-ninth's areas and partners), but no test
  forbids them: the tests forbid only an earlier corpus's area key, and no earlier key is
  one of these towns. The partners are Cumbria Constabulary, North West Ambulance Service
  NHS Trust, North Cumbria Integrated Care NHS Foundation Trust and Cumbria,
  Northumberland, Tyne and Wear NHS Foundation Trust with NHS North East and North Cumbria
  Integrated Care Board in the north (Eden and Cumberland), University Hospitals of
  Morecambe Bay NHS Foundation Trust and Lancashire and South Cumbria NHS Foundation Trust
  with NHS Lancashire and South Cumbria Integrated Care Board in the south, and the
  Cumberland and the Westmorland and Furness Safeguarding Children Partnerships
  (``SCP``), as the twenty-ninth checked them against public pages; the councils' and the
  north's partners are taken from the twenty-ninth's tables. The venues were written from
  memory and not checked one by one (no time was left to look them up): the libraries of
  the twelve towns, the Moot Hall at Appleby and at Keswick, the People's Hall (Sedbergh),
  the Victoria Hall (Grange-over-Sands), Wigton Hospital, Brampton War Memorial Community
  Hospital, Alston Town Hall, Penrith Community Hospital, Voreda House (Penrith),
  Westmorland General Hospital (Kendal), Furness General Hospital (Barrow), Upper Eden
  Medical Practice's neighbour the Kirkby Stephen Town Hall, Kirkby Lonsdale's Lunesdale
  Hall and the Kelsick Centre (Ambleside) in particular may be named differently, have
  moved or closed. Venues are council offices, libraries, halls and hospitals, never a
  person's address. People are named only by role; roles, themes, courses, rooms, times and
  periods are the twenty-first's, through the twenty-second's ``DRAWS``.
- Identifiers: every one invented by the tenth corpus's ``person_values`` (Ofcom's drama
  telephone ranges; NHS numbers starting 999 whose check digit is right; QQ national
  insurance numbers; addresses at example.com, .org or .net; postcodes shaped like real
  ones in areas Royal Mail never issued). Samples naming a drawn person carry the source
  ``fakerator-<locale>``, those naming a nickname ``hand-nicknames``, the rest ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the fells, becks
  and tarns of Cumbria that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import (
    thirtyeighth_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentyninth_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
)
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import assembled, birth_values, snapshot_people
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.twentyfifth_corpus import PLAIN as PLAIN
from tests.support.twentyfifth_corpus import _district

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fortieth_names.json")
NODE_SCRIPT = Path(__file__).with_name("fortieth_names.mjs")
SOURCES = "fakerator 0.3.6 (MIT)"
SEED = "fortieth-fakerator-<locale>"
#: Every earlier snapshot: the thirty-eighth's list, the thirty-eighth's own and the
#: thirty-ninth's (written alongside, so read only when it is there).
EARLIER = tuple(
    dict.fromkeys(
        (*thirtyeighth_corpus.EARLIER, "thirtyeighth_names.json", "thirtyninth_names.json")
    )
)
#: fakerator's locales in Latin script with tables of their own, five people each.
LOCALES = ("de-DE", "es-ES", "fr-FR", "it-IT", "nb-NO", "pl-PL", "cs-CZ", "sk-SK", "hu-HU")
LOCALES += ("pt-BR",)
DRAWN = tuple((f"fakerator-{locale}", 5) for locale in LOCALES)
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
DROPPED: frozenset[str] = frozenset()
#: Entries of the candidates read by hand in the draw as words, places, brands, pet forms,
#: typos or names of the other column.
NOT_NAMES = frozenset(
    {
        *("Marvin", "Diamante", "Santo", "Roger", "Remy", "Chmura", "Hagen", "Berge"),
        *("Correa", "Dej", "Dominato", "Gian", "Hrdina", "Kohout", "Skrzypek", "Marty"),
        *("Virginia", "Mario", "Battaglia", "Pellegrini", "Luigi", "Marten", "Carmona"),
        *("Regina", "Fontana", "Cont", "Kociss", "Damico", "Bahno", "Mydlo", "Pap"),
        *("Leal", "Mayte", "Julio", "Romano", "Orosz", "Cardona"),
        *("Florencia", "Negri"),
    }
)
#: Run the node script on its ``node_modules`` (fakerator), keep, and write: the
#: twenty-fifth's.
regenerate_names = partial(twentyfifth_corpus.regenerate_names, corpus=sys.modules[__name__])

_people = partial(snapshot_people, NAMES_FILE)

if __name__ == "__main__":
    regenerate_names(sys.argv[1])
