"""A forty-ninth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fortyninth_names.json``, a seeded snapshot (seed ``fortyninth-<country>``,
  Python's ``random.Random``, through the tenth's ``dataset_people``: women and men in
  turn, no first name that is also in the table's surname list) from names-dataset 3.3.1
  (PyPI, Apache-2.0, Philippe Remy's frequency tables per country), its GB (United
  Kingdom) and IE (Ireland) tables. Earlier corpora that name names-dataset GB or IE took
  these ranks: the fourth the top names of both; the eighth ranks 100-599 of both; the
  tenth 600-1499 of both; the sixteenth IE at 1500-2999; the nineteenth IE at 3000-4999;
  the twenty-second GB at 5000-6999; the thirtieth GB surnames at 14000-15999 (its first
  names came from another package); the twenty-fourth asked for GB and drew nothing from
  it. Surnames here come from ranks 7000-13999 of both tables (``RANKS``), which no
  corpus drew from GB or IE (the IE surname table ends at 12819). First names come from
  ranks 1500-4999 (``FIRST_RANKS``): no corpus drew GB first names there; IE's women's
  and men's lists end near rank 3800, so every IE first-name rank past 1499 was drawn
  before (by the sixteenth and the nineteenth, six or seven people each), and the filter
  keeps no word of any earlier snapshot (``EARLIER``: every ``*_names.json`` through the
  forty-eighth's). Entries are kept in plain letters only. Every draw was read by hand:
  places (``Cairo``, a Lincolnshire town, ``Brisbane``, ``Athenry``, ``Galtee``,
  ``Carthage``), words (``Wort``, ``Slimming``, ``Canine``, ``Firewood``, ``Trimmer``,
  ``Staple``, ``Tubs``), pet forms and nicknames (``Molli``, ``Bobs``, ``Cammie``,
  ``Ownie``, ``Titch``, ``Saffie``, ``Kimbo``, ``Moose``, ``Chippy``), typos
  (``Kimberely``, ``Mirriam``, ``Niiamh``, ``Getaldine``, ``Domonic``), a title
  (``Seyed``), fragments of Irish surnames (``Charthaigh``, ``Oheochaidh``) and junk
  (``Qba``, ``Juvinsl``) were put in ``NOT_NAMES`` and drawn again, four times; in the
  last draw the people with such an entry (``DROPPED``) were left out without drawing
  again (``PACKAGE_DRAWN`` counts the draw, ``DRAWN`` what is kept: 21 GB and 16 IE
  people, fewer than the 45 hoped for, as the IE table's deep ranks are mostly junk).
  Regenerate with ``uv venv /tmp/regen49 && uv pip install -p /tmp/regen49
  names-dataset==3.3.1 && PYTHONPATH=. /tmp/regen49/bin/python -m
  tests.support.fortyninth_corpus``; names-dataset is not a dependency and the corpus
  itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (Somerset dialect, cider, levels and
  fair words), each starting with a letter from A to H, none in an earlier corpus file
  (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora did
  not use (checked by grepping their files: a cider orchard picker, a willow weaver, a
  drainage board man clearing a rhyne, a festival litter picker, a steam fair showman, a
  peat moor guide, a cheese cave worker, a shoe outlet cashier, a hill farm shepherd, a
  pub skittles landlord, a carnival float builder, a reservoir bailiff, a thatcher, a
  teasel grower, an eel smokery worker, a bell foundry apprentice, a heritage railway
  driver, a goat dairy milker, a trug maker, a cider barn volunteer, a pick-your-own
  supervisor, a balloon crew, a quarry stonemason, a sawmill yard man, a canal boat
  volunteer, a fossil shop owner and a watercress bed worker), in lower case and in
  sign-offs; names and give-away details in pseudonyms; nicknames; dates of birth in
  twelve typed forms; addresses on invented streets (``STREETS``) in real towns of the
  areas; postcodes; phone, NHS and NI numbers; invented schools and a pupil referral unit
  (``SCHOOLS``); email addresses; written out by the twenty-fifth's ``identifying_of``
  through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each template
  at most three times), about a third of it long: case summaries, rapid review decisions,
  minutes, partner emails, local review notes; and short chronology lines, checklists,
  notices, Slack lines, Panel and publication notes, improvement actions, housing and
  community safety notes and training notes. It is set in twelve Somerset towns no
  earlier corpus file names (``AREAS``; each checked by grep, none replaced; the three
  added are Williton, Martock and Cheddar): Ilminster, Wincanton, Bruton, Castle Cary,
  Watchet, Wiveliscombe, Langport, Somerton, Dulverton, Williton, Martock and Cheddar.
  All lie in Somerset Council's area, a unitary council since 2023, whose housing options
  and community safety teams are the ``district``. Checked with the ``search`` tool: the
  partnership's own pages name the Somerset Safeguarding Children Partnership (SSCP;
  ``SCP``), in place since September 2019, whose three safeguarding partners are
  Somerset Council, the Somerset Integrated Care Board and Avon and Somerset
  Constabulary; the force's own name, Avon and Somerset Constabulary, is used rather than
  "Avon and Somerset Police". Written from memory, not checked: Somerset NHS Foundation
  Trust (the merged acute, community and mental health trust), NHS Somerset Integrated
  Care Board as the ICB's full name, South Western Ambulance Service NHS Foundation Trust,
  and every venue (each town's library, Verrington Hospital in Wincanton, Williton
  Hospital, Caryford Hall in Castle Cary, the Edgar Hall in Somerton and the towns' halls
  and community centres); some may be named differently, have moved or closed. Venues
  are council offices, libraries, halls, leisure centres and hospitals, never a person's
  address. People are named only by role; roles, themes, courses, rooms, times and periods
  are the twenty-first's, through the twenty-second's ``DRAWS``.
- Identifiers: every one invented by the tenth corpus's ``person_values`` (Ofcom's drama
  telephone ranges; NHS numbers starting 999 whose check digit is right; QQ national
  insurance numbers; addresses at example.com, .org or .net; postcodes shaped like real
  ones in areas Royal Mail never issued). Samples naming a drawn person carry the source
  ``names-dataset-GB`` or ``names-dataset-IE``, those naming a nickname
  ``hand-nicknames``, the rest ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the Somerset
  levels and hills that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import (
    fifth_corpus,
    fortyeighth_corpus,
    fortysecond_corpus,
    ninth_corpus,
    tenth_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
)
from tests.support.independent_corpus import Sample

#: What the tenth's ``person_values`` and the twenty-fifth's filter read from a corpus, and
#: the helpers that draw, write and read its snapshot: the earlier corpora's own.
INWARD_LETTERS, nhs_check_digit = fifth_corpus.INWARD_LETTERS, fifth_corpus.nhs_check_digit
DRAMA_PREFIXES, POSTCODE_AREAS = ninth_corpus.DRAMA_PREFIXES, ninth_corpus.POSTCODE_AREAS
_earlier_names, benign_words = tenth_corpus._earlier_names, tenth_corpus.benign_words
assembled, snapshot_people = tenth_corpus.assembled, tenth_corpus.snapshot_people
write_snapshot, PLAIN = tenth_corpus.write_snapshot, twentyfifth_corpus.PLAIN
dataset_people, table_entry_ok = tenth_corpus.dataset_people, tenth_corpus.table_entry_ok
_district = twentyfifth_corpus._district

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fortyninth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), GB and IE tables"
SEED = "fortyninth-<country>"
#: Every earlier snapshot: the forty-eighth's list and the forty-eighth's own.
EARLIER = tuple(dict.fromkeys((*fortyeighth_corpus.EARLIER, "fortyeighth_names.json")))
#: First-name and surname ranks of the GB and IE tables drawn here (see the docstring for
#: the ranks earlier corpora took).
FIRST_RANKS = (1500, 5000)
RANKS = (7000, 14000)
COUNTRIES = ("GB", "IE")
PACKAGE_DRAWN = (("names-dataset-GB", 26), ("names-dataset-IE", 34))
DRAWN = (("names-dataset-GB", 21), ("names-dataset-IE", 16))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: A surname of the draw that is a town of the forty-eighth's areas, which no other corpus
#: file may name: written in two parts.
_LINCS_TOWN = "Horn" + "castle"
#: Entries of the draws read by hand as words, places, brands, pet forms, typos, initials
#: or names of the other sex's column: put here and drawn again.
NOT_NAMES = frozenset(
    {
        *("Cairo", "Wort", "Molli", _LINCS_TOWN, "Bossman", "Vanya", "Corey", "Bobs"),
        *("Cammie", "Ownie", "Kashka", "Carthage", "Sioda", "Slimming", "Danniella", "Qba"),
        *("Klyde", "Fratele", "Charthaigh", "Kimberely", "Nandas", "Viet", "Razz", "Saffie"),
        *("Brendy", "Mirriam", "Peewee", "Canine", "Oheochaidh", "Roscha", "Akhon", "Gags"),
        *("Joyces", "Titch", "Abagail", "Brisbane", "Beefy", "Firewood", "Dezzie", "Trimmer"),
        *("Kimbo", "Megg", "Yazz", "Scouse", "Seyed", "Galtee", "Crian", "Ufreen", "Austy"),
        *("Allissa", "Digger", "Getaldine", "Hodor", "Crionna", "Stroescu", "Niiamh"),
        *("Damein", "Domonic", "Moose", "Chippy", "Pipes", "Linnety", "Shnarwe", "Sashan"),
        *("Jive", "Moncie", "Emzy", "Tones", "Philee", "Juvinsl", "Bridgy", "Alinane"),
        *("Bribri", "Athenry", "Tubs", "Staple", "Vyga", "Toinette"),
    }
)
#: People of the last draw with such an entry, left out without drawing again.
DROPPED = frozenset(
    {
        *("Pinda", "Pim", "Melv", "Ajmer", "Wiliams", "Kinnegad", "Sineady", "Bespoke"),
        *("Floppy", "Footie", "Cinneide", "Kayls", "Earon", "Naoimi", "Vinauris", "Siobh"),
        *("Geomiha", "Stepheb", "Omaolmhuaidh", "Obrolchain", "Christys", "Lordica"),
        "Flicky",
    }
)


def _usable(name: str, country: str) -> bool:
    """A names-dataset entry to draw from (the tenth's test, plain letters, less
    ``NOT_NAMES``)."""
    return table_entry_ok(name, country, not_names=NOT_NAMES, ascii_only=frozenset(COUNTRIES))


def regenerate_names() -> None:
    """Draw the GB and IE people (the tenth's ``dataset_people``; names-dataset importable
    only here), leave out ``DROPPED`` and write the snapshot."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    used = _earlier_names(present)
    draw = tuple((c, n) for c, (_, n) in zip(COUNTRIES, PACKAGE_DRAWN, strict=True))
    drawn = dataset_people(draw, RANKS, used, "fortyninth", _usable, FIRST_RANKS)
    people = {
        f"names-dataset-{c}": [p for p in ps if not set(p) & DROPPED] for c, ps in drawn.items()
    }
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, people)


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Withybed Drove", "Cider Press Lane", "Rhyne End Close", "Peat Cutters Row")
STREETS += ("Teasel Mill Court", "Ninepin Walk", "Osier Bank Terrace", "Clapper Lane")
TOWNS = ("Ilminster", "Wincanton", "Bruton", "Castle Cary", "Watchet", "Wiveliscombe")
TOWNS += ("Langport", "Somerton", "Dulverton", "Williton", "Martock", "Cheddar")
TOWNS += ("Street", "Shepton Mallet")
SCHOOLS = (
    "Withybed Drove Primary School",
    "Cider Press Lane Community Academy",
    "St Decuman's Church of England Infants",
    "Rhyne End Junior School",
    "Teasel Mill Federation First School",
    "Peat Cutters Row Middle School",
    "Osier Bank Nursery and Pre-school",
    "Clapper Lane Pupil Referral Unit",
)
SCHOOL_SHORT = ("Withybed", "Cider Press Lane", "St Decuman's", "Rhyne End", "Teasel Mill")
RELATIVES = ("grancher", "nanny", "step-mum", "uncle", "great-nan", "mum's boyfriend")
RELATIVES += ("older cousin",)
#: How a date of birth is typed, twelve ways (fields of the tenth's ``_date``); then how the
#: benign side writes its dates.
BIRTH_FORMS = ("{d}/{m}/{yy}", "{d}-{mo}-{y}", "{d} {mo} {y}", "{mo} {d}, {y}")
BIRTH_FORMS += ("{d}{th} {mo} {yy}", "{y}/{mm}/{dd}", "{dd}/{mm}/{y}", "{d}-{mon}-{yy}")
BIRTH_FORMS += ("{wd} {d} {mon} {y}", "{d}{th} {mon}, {y}", "{dd}.{mm}.{y}", "{mon}-{dd}-{y}")
WHEN_FORMS = ("{wd} {d} {mo}", "{d}.{m}.{y}", "{d} {mo} {y}", "{wd} {d}{th} {mon}")
WHEN_FORMS += ("{dd}/{mm}/{y}",)
#: Births of children aged 0 to 17, the forty-second's, typed in ``BIRTH_FORMS``.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying: people of the snapshot in notes, nicknames and identifiers ---------------

# The tenth's person_values fills {f} {l} (the child), {g} {h} (a parent or carer), {k} (a
# brother or sister) and {rel} (another relative).
NAME_TEXT = (
    "Picker at the cider orchard says {f} {l}, 12, was up a ladder shaking trees with the "
    "men at 7 this morning on a school day.",
    "Willow weaver at the basket centre says {g} {h} leaves {f} in the withy store "
    "for hours and the child is frozen.",
    "The drainage board man clearing the rhyne pulled {f} {l}, 6, out of the water on "
    "Sunday, no adult anywhere.",
    "Litter picker at the festival site found {f} {l} asleep in a bin bag behind the "
    "bar tent at 3am.",
    "Showman at the steam fair says {g} {h} was slapping {f} round the face by the gallopers.",
    "peat moor guide: {f} {l} keeps turning up on the walks alone and asks to go home with "
    "the group",
    "Cave worker at the cheese store noticed {f} {l} has cigarette burns on both wrists.",
    "Cashier at the shoe outlet stopped {g} {h} dragging {f} across the car park by one arm.",
    "Shepherd on the hill farm says {f} {l}, 14, has been living in the lambing shed "
    "since before Easter.",
    "Landlord of the pub with the skittles says {g} {h} leaves {f} and {k} in the car outside till "
    "closing on Fridays.",
    "One of the carnival float builders says {f} {l} is sleeping in the barn because "
    "{g} changed the locks.",
    "Bailiff at the reservoir found {f} {l} and an older man in a car at the far bank at midnight.",
    "Thatcher working on the next cottage heard {g} {h} screaming she'd kill {f}.",
    "Teasel grower says {f} {l}, 10, was cutting heads in the field with the family all "
    "half term without a break.",
    "Lady at the eel smokery says {f} {l} asked her for food three days running.",
    "Bell foundry apprentice says {g} {h} has been showing {f} videos he shouldn't.",
    "Driver on the heritage railway found {f} {l}, 9, alone on the platform after the last train.",
    "Goat dairy milker says {f} {l} has a black eye and told her {g} did it.",
    "Trug maker at the craft market saw {g} {h} shove {f} into a wall.",
    "Cider barn volunteer caught {f} {l}, 13, being given cider by two grown men out the back.",
    "Strawberry pick-your-own supervisor says {g} {h} left {f} and {k} at the gate all day "
    "with no water.",
    "the hot air balloon crew found {f} {l} wandering the lane at dawn in a nightie",
    "Stonemason at the quarry says {f} {l} has been hanging round the crusher with lads of 19.",
    "Sawmill yard man says {g} {h} took {f} out of school to stack timber for cash.",
    "Volunteer on the canal boat trips says {f} {l} has finger bruises round the top of both arms.",
    "Fossil shop owner on the harbour: {f} {l}, 11, begs on the slipway every evening.",
    "Watercress bed worker saw {g} {h} hold {f}'s head under the trough tap.",
)
NAME_LOWER = (
    "cider picker says {fl} {ll} up the orchard again not at school",
    "{fl} {ll} asleep behind the bar tent at the festival",
    "{gl} {hl} drunk at the steam fair, {fl} with her",
    "thatcher worried about {fl} {ll}, more shouting",
    "{ll} kids on the reservoir bank gone 11",
    "{fl} told the trug maker about the belt",
    "rang {fl}'s {rel}, {gl} gone off again",
    "{fl} {ll} no show at nursery thurs or fri",
    "nobody collected {fl} or {k} from the skittles",
    "{gl} {hl} pushing {fl} about outside the shoe outlet",
    "{fl} {ll} in a car by the cheese caves with a bloke",
    "shepherd says {fl} {ll} still in the lambing shed",
)
NAME_PSEUDONYM = (
    "{l}",
    "{f}",
    "{f} {l}",
    "{l} twins",
    "{f}, {age}",
    "{fi}. {l}",
    "{k} and {f}",
    "young {f}",
    "the {l} boys",
    "{g} {h}'s youngest",
    "{f} from the orchard",
    "{l} {f}",
)
SIGN_OFF = (
    "pls dont say it was me\n{gl}",
    "Kind regards\n{g} {h}\n({rel} of {f})",
    "cheers\n{g} ({f} and {k}'s mum)",
    "sorry for the essay\n{f} {l}, year {year_group}",
    "Typed up for {f} by {g} {h}, their {rel}",
    "Regards,\n{g} {l}\nspecial guardian",
    "{g}, {rel} to {f} - call after 6",
    "From {f} {l}\naged {age}",
    "Thanks, {g} {h} (has {f} weekends)",
)
NICKNAMES = ("Babber", "Gurt", "Chuggy", "Dobbin", "Elver", "Fizzer", "Gubbins", "Hinky")
NICKNAMES += ("Glimmer", "Ciderpip", "Daggles", "Haybale", "Beaver", "Dumble", "Gaffer")
NICKNAMES += ("Bramley",)
NICKNAME_TEXT = (
    "The older boys at the skate park call him {n} and send him to the shop for them.",
    "Everyone at the fair knows her as {n}, and the men on the rides give her lifts.",
    "{f}'s {rel} was out on the moor calling {n} when we turned up.",
    "He goes by {n} on Snapchat, and that's what the man in the van calls him too.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}.", "{n} ({l} girl)")
DOB_TEXT = (
    "DOB from the red book {dob}",
    "dob: {dob}",
    "{g} thinks {f} was born {dob}",
    "school has DOB down as {dob}",
    "born {dob} at Musgrove",
    "{f} {l} DOB {dob}",
    "date of birth {dob}, so {age}",
    "{rel} gave a date of birth of {dob} but the GP has another",
    "born {dob}, 3 weeks early",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "ring {g} on {phone}",
    "{rel} can be reached on {phone}",
    "landline {phone}",
    "{f} texted us from {phone}",
    "grancher's number is {phone}",
)
NHS_TEXT = (
    "NHS number {nhs} from the red book",
    "NHS no. for {f}: {nhs}",
    "newborn's NHS number {nhs}",
    "NHS number on the A&E letter: {nhs}",
)
NI_TEXT = (
    "mum's NI number {ni}",
    "NI no {ni} (mum's boyfriend)",
    "dad's NINO {ni}",
    "national insurance for the nanny: {ni}",
)
ADDRESS_TEXT = (
    "Family now at {street}, {town}",
    "living at {street}, the end one with the boarded window",
    "home visit {street}, {town}, nobody answered",
    "{f} staying with her {rel} on {street}",
    "police called to {street} six times since Christmas",
    "evicted from {street}, now in a tent near {town}",
)
POSTCODE_TEXT = ("postcode is {postcode}", "PC {postcode}", "moved to {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, year {year_group}",
    "{school}, year {year_group}, 61% attendance",
    "head of year at {short} phoned in",
    "{f} started at {short} in September",
    "{f} at {school}, absent {n2} days this half term",
)
EMAIL_TEXT = ("her email is {e}", "{g} emailed from {e}", "contact {g} {h} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, DOB {dob}",
    "{fi}{li} of {street}",
    "{fi}{li}, year {year_group}, {short}",
    "Child at {postcode}",
    "{fi}{li}, NHS {nhs}",
    "{l} boy, {age}, {town}",
    "{fi}{li} DOB {dob}",
    "year {year_group} at {school}",
    "the {l} family, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])
_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign: real towns of Somerset, real agencies, people by role only -------------------

#: Somerset Council's area: the unitary council (since 2023) and its teams, and the
#: county's partners by their real names.
_SOMERSET = {
    "council": ("Somerset Council children's services",),
    "police": ("Avon and Somerset Constabulary",),
    "trust": ("Somerset NHS Foundation Trust",),
    "icb": ("NHS Somerset Integrated Care Board",),
    "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
} | _district("Somerset Council")

#: The twelve areas, Somerset towns no earlier corpus file names, and two civic venues of
#: each (libraries, halls, hospitals, community centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Ilminster": _SOMERSET | {"venue": ("Ilminster Library", "Ilminster Town Hall")},
    "Wincanton": _SOMERSET | {"venue": ("Wincanton Library", "Verrington Hospital, Wincanton")},
    "Bruton": _SOMERSET | {"venue": ("Bruton Library", "Bruton Community Hall")},
    "Castle Cary": _SOMERSET | {"venue": ("Castle Cary Library", "Caryford Hall, Castle Cary")},
    "Watchet": _SOMERSET | {"venue": ("Watchet Library", "Watchet Community Hall")},
    "Wiveliscombe": _SOMERSET
    | {"venue": ("Wiveliscombe Library", "Wiveliscombe Community Centre")},
    "Langport": _SOMERSET | {"venue": ("Langport Library", "Langport Town Hall")},
    "Somerton": _SOMERSET | {"venue": ("Somerton Library", "the Edgar Hall, Somerton")},
    "Dulverton": _SOMERSET | {"venue": ("Dulverton Library", "Dulverton Town Hall")},
    "Williton": _SOMERSET | {"venue": ("Williton Library", "Williton Hospital")},
    "Martock": _SOMERSET | {"venue": ("Martock Library", "Martock Parish Hall")},
    "Cheddar": _SOMERSET | {"venue": ("Cheddar Library", "Cheddar Village Hall")},
}
PARTNERSHIPS = tuple(AREAS)
#: One partnership for all twelve towns, as its own pages name it (the ``search`` tool).
SCP = dict.fromkeys(AREAS, "Somerset Safeguarding Children Partnership")
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
#: The agencies of every kind, each once: the shape checks read them.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
#: The twenty-second's benign draws, with references and age bands of this corpus's own.
REFERENCES = ("RR 49-01", "LCSPR 49/04", "RR/49/07", "CSPR-49-10", "RR 49/13", "TR 49-02")
AGE_BANDS = ("aged three weeks", "under one", "aged three", "aged 8", "aged 15")
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS
CHOSEN = ("Rhyne", "Withy", "Clyse", "Combe", "Batch", "Osier", "Hollow", "Leat")

_R = " The {role} will bring an update to the executive in {period}."
_E = "\n\nPlease reply to the SSCP business unit by {date}.\n\nMany thanks,\nSSCP\n{scp}"
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Case summary, {area}. A baby {age_band} was taken by {ambulance} to hospital with a "
        "skull fracture after a reported fall from a changing mat. The explanation did not "
        "fit the injury. The review under {ref} asks why a health visitor's earlier note of "
        "a worried father was never shared beyond the health record." + _R,
        "Case summary for {ref}. A 14-year-old in {area} was found at a county lines address "
        "in another force area, carrying drugs and a phone that was not his. He had been out "
        "of school for most of a year on a part-time timetable. The review will look at how "
        "education, youth justice and {police} weighed the risk.",
        "Case summary, {area}: a family moved between three holiday lets in eleven months, "
        "each time just before a planned visit. The children {age_band} were seen by no "
        "universal service for long stretches. {ref} will ask whether anybody joined up "
        "the moves, and what the {district} knew when it placed them." + _R,
        "Case summary for {ref}: a teenage girl disclosed abuse by a family friend to a "
        "youth worker, who passed it on the same day. The strategy discussion was not held "
        "for nine days. The review will look at capacity at the front door of {council} "
        "and at how {police} prioritised the referral that week.",
        "Case summary, {area}. Two children {age_band} lived with a parent whose drinking "
        "had been known to adult services for years. A neighbour's calls to {police} were "
        "logged as noise. The review, {ref}, looks at how concerns about adults reach "
        "children's services, and when they do not." + _R,
        "Case summary for {ref}: a 17-year-old care leaver living in supported lodgings "
        "near {area} died by suicide weeks after her placement ended. Her personal adviser "
        "had changed three times. The review, commissioned by the {scp}, will consider how "
        "transitions to adult mental health care from {trust} were planned.",
        "Case summary, {area}: an infant {age_band} with faltering growth was seen by four "
        "different professionals in a month, each of whom thought someone else was leading. "
        "The GP referral to a paediatrician took seven weeks. {ref} will look at how "
        "{icb} commissions the pathway for babies who are not gaining weight.",
        "Case summary for {ref}: a farming family on an isolated holding outside {area} had "
        "no contact with services after the youngest child left nursery. Concerns about "
        "the father's temper surfaced only when the school nurse visited. The review asks "
        "how rural isolation is weighed when agencies decide whether to visit at home.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}. Decision: a local child safeguarding practice review will go "
        "ahead. The partners found the criteria met and see learning about how {trust} and "
        "{council} share concerns about unborn babies. The {role} will draft terms of "
        "reference and the National Panel will hear of the decision by {date2}.",
        "Rapid review {ref}. Decision: no further review. Learning about safer sleep is "
        "already being acted on through the county campaign, and the facts are not in "
        "dispute. All three safeguarding partners agreed on {date}. The Panel will have "
        "the rationale by {date2}, with the action plan attached for assurance.",
        "Rapid review {ref}. Decision: take the learning into the existing thematic review "
        "on {theme} in {area}, rather than run a separate one. {police} and {icb} will pass "
        "their agency reports to that reviewer by {date2}, and the Panel will be told why "
        "the partners think this gives the best chance of change.",
        "Rapid review {ref}. Decision: commission a systems review with a practitioner "
        "learning event at {venue}. The partners want to understand why concerns were "
        "raised by three agencies without anyone calling a strategy meeting. Draft terms "
        "of reference will go to the executive on {date2} for sign-off.",
        "Rapid review {ref}. Decision: ask the Panel for its view on a national review, as "
        "the circumstances echo two recent cases elsewhere in the South West. A local "
        "review will start meanwhile so that practitioners' memories are fresh. The {role} "
        "will write to the Panel by {date2} with the reasons.",
        "Rapid review {ref}. Decision: a learning briefing and a multi-agency audit rather "
        "than a full review. Agencies have already changed their practice, and the family "
        "have asked not to be contacted again. The partners agreed this on {date}; the "
        "audit will report in {period} to show whether the changes have held.",
        "Rapid review {ref}. Decision: a local review on the handover between hospital "
        "discharge and community health visiting, where a safeguarding alert was lost. "
        "{trust} and {icb} will jointly chair the panel, and {ambulance} has been asked "
        "to take part. The National Panel will be notified by {date2}.",
    ),
    "minutes": (
        "Notes of the SSCP executive, {room}, {venue}, {date}\n"
        "Present: {council}, {police}, {icb}.\n"
        "Item 1: performance report for {period}; three indicators {rag}.\n"
        "Item 2: partner contributions for next year agreed in principle.\n"
        "Item 3: the independent scrutineer's plan for the year was noted.\n"
        "Next meeting: {date2}, {time}.",
        "Notes: learning and improvement group, {venue}, {date}\n"
        "Present: the {role}, {trust}, {police}, the {district}.\n"
        "Item 1: recommendations from {ref}, six of nine now complete.\n"
        "Item 2: the neglect toolkit refresh, first draft seen.\n"
        "Item 3: apologies from education; papers to be circulated.\n"
        "Next meeting: {date2}, {room}.",
        "Notes: case review group, {room}, {date}\n"
        "Present: {council}, {police}, {trust}, {ambulance}.\n"
        "Item 1: new referral from {area} discussed; rapid review to be convened.\n"
        "Item 2: {ref} draft report, comments due in a fortnight.\n"
        "Item 3: nothing else raised.\n"
        "Next: {date2} at {venue}.",
        "Notes: training and workforce group, {venue}, {date}\n"
        "Present: the {role}, {icb}, {trust}, the {district}.\n"
        "Item 1: evaluation results for {course}.\n"
        "Item 2: trainer pool recruitment, four new volunteers.\n"
        "Item 3: course calendar for {period} to be published.\n"
        "Next meeting: {date2}, {time2}.",
        "Notes: exploitation and missing group, {room}, {venue}, {date}\n"
        "Present: {police}, {council}, the {district}, the youth service.\n"
        "Item 1: festival season planning, including welfare tents.\n"
        "Item 2: missing episodes in {area}, trend {rag}.\n"
        "Item 3: return home interview timeliness to be audited.\n"
        "Next: {date2}.",
        "Notes: health leadership group, {venue}, {date}\n"
        "Present: named professionals from {trust}, the designated nurse, {icb}.\n"
        "Item 1: audit of child protection medicals in {area}.\n"
        "Item 2: learning from {ref} for primary care.\n"
        "Item 3: GP safeguarding leads' forum dates agreed.\n"
        "Next meeting: {date2}.",
        "Notes: lead safeguarding partners, {room}, {date}\n"
        "Present: the three lead partners' delegates from {council}, {police} and {icb}.\n"
        "Item 1: yearly report for {period} signed off.\n"
        "Item 2: relevant agencies list reviewed, no changes.\n"
        "Item 3: the scrutineer's findings to come to the next meeting.\n"
        "Next: {date2}, {time}.",
        "Notes: schools safeguarding forum, {venue}, {date}\n"
        "Present: designated safeguarding leads from {area}, the {role}, {police}.\n"
        "Item 1: children missing education figures up on last year.\n"
        "Item 2: new template for sharing information at transition.\n"
        "Item 3: governor training dates requested.\n"
        "Next meeting: {date2}, {time2}.",
    ),
    "partner_email": (
        "Good morning all,\n\nAttached is the agency report form for {ref}. We would be "
        "grateful if {trust}, {police} and the {district} could send theirs, with a "
        "chronology, before the panel sits on {date2}, as a late report delays every "
        "stage that follows." + _E,
        "Hello everyone,\n\nWe would like practitioners from {area} to join a small "
        "listening session on {theme} at {venue} on {date2}, {time} to {time2}. Anyone who "
        "works directly with children and families is welcome to come along." + _E,
        "Dear partners,\n\nAfter the executive's decision, the resolving professional "
        "differences protocol has been reissued. {council} and {police} have told their "
        "managers; health colleagues, please share it with named nurses and GP leads." + _E,
        "Dear colleagues,\n\nThe scrutineer will spend time in {area} during {period}, "
        "talking with staff from {icb}, {ambulance} and children's social care about "
        "referrals, thresholds and how disagreements get resolved in practice." + _E,
        "Dear all,\n\nThe National Panel has replied on {ref}, asking for more about the "
        "part played by {trust}. The {role} is drafting a short addendum, which will come "
        "to partners for agreement before it goes back to the Panel." + _E,
        'Hello,\n\nPlaces are now open on "{course}" at {venue}, {time} to {time2}. The '
        "course is open to staff from {council}, {police}, health, schools and charities, "
        "with a limit of two places for each team." + _E,
        "Dear colleagues,\n\nThe panel for {ref} would like to thank {ambulance} for the "
        "crew's statement, which filled a gap in the timeline. The draft report will reach "
        "panel members soon for their comments and corrections." + _E,
        "Dear all,\n\nThe reviewer on {ref} would like to know how the {district} tells "
        "children's social care when a family with children is refused help, and which "
        "officer makes that decision on an ordinary working day." + _E,
        "Dear partners,\n\nThe refreshed exploitation strategy goes to the executive in "
        "{period}. Comments on the draft are welcome, especially from {icb} and {trust}, "
        "ideally with a short example from practice to support each point." + _E,
    ),
    "local_review": (
        "Local review {ref}. At the panel on {date} the reviewer set out early themes: "
        "practitioners reassured by a parent's words rather than change, a stepfather no "
        "agency had checked, and a child in {area} rarely spoken to on their own. {trust} "
        "and children's social care will test these against their records.",
        "Local review {ref}. A learning event at {venue} on {date} heard from staff of "
        "{police} and the {district} about heavy caseloads and about not knowing who to "
        "phone in another agency after five. What they said will shape the "
        "recommendations." + _R,
        "Local review {ref}. The scope was agreed on {date}: two years before the incident, "
        "the transfer between two school nursing teams, decisions at the front door, and "
        "how {icb} oversees the health care of disabled children placed in residential "
        "schools outside the county.",
        "Local review {ref}. The reviewer has met the child's aunt, who asked that the "
        "report show who the child was, not only what happened. The panel agreed. A draft "
        "is due in {period}, and the family will see it before the {scp} publishes "
        "anything about the case.",
        "Local review {ref}: panel dates set from {date}.",
        "Local review {ref}: reviewer appointed {date}.",
        "Local review {ref} paused for the criminal trial.",
        "Local review {ref}: all chronologies received.",
        "Local review {ref}: second draft with panel from {date}.",
    ),
    "chronology": (
        "{date}: health visitor noted the baby's weight had dropped two centiles.",
        "{date}: {police} attended a domestic incident; children present.",
        "{date}: strategy discussion held on Teams; section 47 agreed.",
        "{date}: {ambulance} paramedics raised a safeguarding concern.",
        "{date}: the {district} accepted a relief duty.",
        "{date}: review child protection conference; plan continued.",
        "{date}: new birth visit completed; partner present throughout.",
        "{date}: outpatient appointment at {trust} missed.",
        "{date}: early help assessment agreed with the family.",
        "{date}: core group met at the family centre.",
        "{date} to {date2}: four missing episodes reported.",
        "{date}: attendance at 46%; education welfare involved.",
    ),
    "checklist": (
        "Rapid review met within 15 working days: yes.",
        "National Panel notified: yes, {date}.",
        "Family told about the review: letter sent {date}.",
        "Child's wishes and feelings: to be gathered by {date2}.",
        "Independent reviewer appointed: yes.",
        "Terms of reference agreed: pending.",
        "Chronology from {trust}: received.",
        "Chronology from the {district}: received.",
        "Coroner's officer updated: yes, {date}.",
        "Disclosure position agreed with {police}: not yet.",
        "Learning briefing drafted: yes, awaiting sign-off.",
        "Shared with the designated safeguarding leads: yes.",
    ),
    "notice": (
        "SSCP executive: {date}, {time}, {room}, {venue}.",
        "Learning event for {ref}: {date2}, {venue}, {time} to {time2}.",
        "SSCP practitioner conference at {venue} on {date}.",
        "Case review group moved to {date}, {time}, {room}.",
        "Designated safeguarding lead briefing, {venue}, {date}, {time}.",
        'Bitesize session: "{course}", {date}, {time}.',
        "Foster carers' coffee morning, {venue}, {date}.",
        "Safeguarding week opens, {room}, {venue}, {date}.",
        "Health leadership group moved from {date} to {date2}.",
        "Multi-agency audit day, {date}, {room}, {venue}.",
        "Youth forum, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "papers for the learning and improvement group are on Teams now",
        "has anyone seen the {trust} chronology for {ref} yet?",
        "{venue} is booked for {date}",
        "Panel notification needs to go by 4 today",
        "{district} can't make {time}, would {time2} work?",
        "terms of reference draft is in the shared folder, comments by {date}",
        "thanks everyone, actions out by Friday",
        "{police} have put forward a DCI for the rapid review",
        "course dates for {period} are live",
        "does {ref} go to the executive or the case review group?",
        "scrutineer's annual report is in the folder",
        "can someone take notes on {date}?",
        "where's the newest version of the agency report form?",
        "designated doctor from {icb} joining at {time}",
    ),
    "panel": (
        "Panel replied on {ref} on {date}; no more questions.",
        "Panel told of {ref} on {date}.",
        "Rapid review to reach the Panel by {date2}.",
        "Panel commented that the analysis was thorough.",
        "Panel agreed that {ref} needs no national review.",
        "Rapid review for {ref} submitted; Ofsted copied in.",
        "Panel asked about a missing chronology; replied {date}.",
        "Final report for {ref} went to the Panel on {date}.",
        "Panel allowed {ref} more time, to {date2}.",
        "Panel's practice briefing circulated to partners.",
    ),
    "publication": (
        "Planned publication of {ref}: {date}.",
        "Publication on hold while the court case continues.",
        "Only an anonymised summary to be published, agreed {date}.",
        "Family told when the report will be published.",
        "Press lines agreed with {council} communications.",
        "Report published on the {scp} website on {date}.",
        "Practice briefing ready for the day the report goes live.",
        "Publication moved to {date2} after the family asked.",
        "Report to come off the website after twelve months.",
        "Department for Education told of the publication.",
    ),
    "improvement": (
        "Action 1: {trust} to check follow-up of missed appointments by {date}.",
        "Action 2: {council} to record every adult living in the household.",
        "Action: {police} to send domestic abuse notifications to schools by 9am.",
        "Action: {icb} to commission crying-baby training for midwives.",
        "Action 3: a practice week on {theme} in {period}.",
        "Action: {ambulance} to add safeguarding to crew debriefs.",
        "Action: the {district} to tell health visitors when a family moves.",
        "Action 4 complete: professional differences protocol reissued {date}.",
        "Action 5: the {role} to report on progress to the executive.",
        "Plan for {period}: 10 actions, 7 complete, 3 {rag}.",
        "Action: all partners to use the shared chronology format from {date}.",
    ),
    "housing_note": (
        "The {district} has confirmed when the new tenancy begins.",
        "{district}: relief duty accepted on {date}.",
        "The {district} will send two officers to the learning event.",
        "The {district} has been briefed on {ref}.",
        "Housing staff in {area} to do {course} by {date}.",
        "Somerset Council housing officers checked holiday let placements in Watchet.",
        "Somerset Council housing options met health visitors from "
        "Somerset NHS Foundation Trust in Ilminster.",
        "Somerset Council community safety team met Avon and Somerset Constabulary about "
        "antisocial behaviour in Wincanton.",
        "Somerset Council and Avon and Somerset Constabulary planned summer patrols in Cheddar.",
        "Somerset Council housing staff met midwives about families placed in Langport.",
        "Somerset Council discussed young carers with schools in Castle Cary.",
        "Somerset Council housing options briefed school nurses in Martock.",
        "Somerset Council and Avon and Somerset Constabulary visited the skate park in Somerton.",
        "Somerset Council community safety team spoke at a youth club in Dulverton.",
        "Somerset Council and Somerset NHS Foundation Trust agreed a discharge route for "
        "families in Williton.",
        "Somerset Council and Avon and Somerset Constabulary looked at the town centre in Bruton.",
        "Somerset Council housing officers discussed temporary accommodation in Wiveliscombe.",
    ),
    "training": (
        'New e-learning: "{course}".',
        "The training needs survey closes on {date}.",
        "Induction for new executive members, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "Workshop on {theme}, {venue}, {date}, {time} to {time2}.",
        "Trainer refresher for {course}, {room}, {venue}, {date}.",
        "Trainer pool meeting, {room}, {date}.",
        "Feedback on the {theme} workshop shows confidence up.",
        "Designated safeguarding lead refresher due in {period}.",
        "Somerset Safeguarding Children Partnership ran a neglect session in Ilminster.",
        "Somerset Safeguarding Children Partnership held safer sleep training in Wincanton.",
        "South Western Ambulance Service NHS Foundation Trust and Avon and Somerset "
        "Constabulary ran a self-harm session in Williton.",
        "Somerset Safeguarding Children Partnership trained youth workers in Watchet.",
        "NHS Somerset Integrated Care Board briefed GP practices on exploitation in Dulverton.",
        "Somerset Safeguarding Children Partnership ran a parental conflict course in Bruton.",
        "Somerset Safeguarding Children Partnership gave an online safety talk to parents "
        "in Somerton.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child S", "Child MB", "Infant T", "Baby L", "Young Person G", "Sibling 3"),
    *("Sibling 1", "Unborn Baby P", "RJ", "K.M.", "Child A and Child B", "Rhyne"),
    *("Withy", "Clyse", "Combe", "Batch", "Osier", "Hollow", "Child W"),
    *("Infant DK", "Baby RS", "Young Person F", "LT", "Q", "Child E", "Sibling X"),
    *("H.P.", "Baby C and Baby D", "Child JW", "Young Person AN", "PD", "Infant Z"),
    "Leat",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("fortyninth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
