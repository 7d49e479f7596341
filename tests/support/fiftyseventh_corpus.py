"""A fifty-seventh held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fiftyseventh_names.json``, a seeded snapshot (seed ``fiftyseventh-<country>``,
  Python's ``random.Random``, through the tenth's ``dataset_people``: women and men in
  turn, no first name that is also in the table's surname list) from names-dataset 3.3.1
  (PyPI, Apache-2.0, Philippe Remy's frequency tables per country), its TR (Turkey) and IR
  (Iran) tables. Earlier corpora that name names-dataset TR or IR took these ranks (checked
  by grepping ``tests/support`` and ``tests/test_unseen_corpora.py`` for ``"TR"``,
  ``"IR"``, Turkey and Iran): TR the fourth's top 60 first names and top 80 surnames (its
  "turkish" origin), the eighth's 100-599, the tenth's 600-1499, the sixteenth's 1500-2999
  and the nineteenth's 3000-4999 (the twenty-second found TR's women's list too short for
  its 5000-6999); IR only the thirteenth's 100-1499. TR's women's list ends at rank 4916,
  so no TR first-name rank is unused for women: TR first names are drawn at 3000-8999
  (``TR_FIRST_RANKS``: the women from the nineteenth's 3000-4915, the least used, seven
  people in all, with the earlier snapshots' people filtered out; the men mostly from the
  new 5000-8999), TR surnames at 7000-11999 (``TR_RANKS``), and IR first names and
  surnames at 1500-5999 (``IR_RANKS``; IR's women's list ends at rank 4192). Only entries
  in plain letters are drawn (``ASCII_ONLY``): entries with a Turkish letter (a cedilla,
  a breve, a dotless i, an umlaut...) or in Persian script are not drawn at all rather
  than rewritten, so the snapshot keeps the names as the tables already type them in Latin
  letters (``Cagan``, ``Hanoglu``, ``Mahmutoglu``), as a social worker in England would type
  them; nothing was changed by hand. The filter keeps no word of any earlier snapshot
  (``EARLIER``: every ``*_names.json`` through the fifty-fourth's, with the fifty-fifth's
  and fifty-sixth's, written alongside, read when they are there). Every draw was read by
  hand. The deep ranks of both tables hold much that is not a name: Turkish words
  (``Renkli``, ``Kepek``, ``Ressam``, ``Narkoz``, ``Korku``, ``Terlik``, ``Boyun``,
  ``Karamel``, ``Sonar``, ``Pilot``), Persian words (``Eshghe``, ``Moshaver``, ``Dosti``,
  ``Sehat``, ``Bidar``), places (``Giresun``, ``Sinop``, ``Zagros``, ``Rizeli``,
  ``Shiraz``, ``Karagol``), a television channel (``Manoto``), pet forms (``Memos``,
  ``Ozzy``, ``Mojy``, ``Frenci``), typos (``Mohhammad``, ``Meryemm``, ``Abdllah``,
  ``Mrve``, ``Amirh``), first names in the surname column (``Mehtap``, ``Naci``,
  ``Birgul``), names of the other sex's column (``Canfer`` and ``Nejlet`` among the men),
  and, in the IR table, many Czech and Slovak names and words (``Kucerova``,
  ``Konvalinka``, ``Slanina``, ``Obchod``, ``Vincenc``, ``Lubomira``), which are not the
  names of Iran's people; they were put in ``NOT_NAMES`` and drawn again, twice (the last
  time with more people asked for, ``PACKAGE_DRAWN``), and in the last draw the people
  with such an entry (``DROPPED``) were left out without drawing again. ``DRAWN`` is what
  is kept: 17 TR and 17 IR people, fewer than the 45 hoped for. Regenerate with ``uv
  venv /tmp/regen57 && uv pip install -p /tmp/regen57 names-dataset==3.3.1 &&
  PYTHONPATH=. /tmp/regen57/bin/python -m tests.support.fiftyseventh_corpus``;
  names-dataset is not a dependency and the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (canal, asparagus, salt, orchard,
  racecourse and fairground words), each starting with a letter from R to Z, none in an
  earlier corpus file (``NICKNAMES``; each checked by grepping ``tests/support``, whole
  words, any case).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (checked by grepping their files: a racecourse tote clerk, a fair organ
  player at a steam rally, a horse box driver, a trimmer at a car works, a brine baths
  attendant, a canal lengthsman, a plum orchard punnet packer, a coracle maker, a
  mushroom farm picker, a poultry catcher, a laundrette attendant, a sub-postmaster, an
  asparagus grader, a salt heritage open day ticket seller, a narrowboat hire office, a
  skittles team caller, a brass rubbing volunteer, a pig farm stockman, a hop yard
  worker, a tea dance organiser, a miniature railway model engineer, a balloon crew
  member, a Severn angler, a racing yard groom; a salt museum guide, an asparagus picker,
  a plum orchard worker and a narrowboat painter are in or near earlier corpora and were
  written differently or not used), in lower case and in sign-offs; names and give-away
  details in pseudonyms; nicknames; dates of birth in twelve typed forms; addresses on
  invented streets (``STREETS``) in real towns of the areas; postcodes; phone, NHS and NI
  numbers; invented schools and a pupil referral unit (``SCHOOLS``); email addresses;
  written out by the twenty-fifth's ``identifying_of`` through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve towns and
  large villages of Worcestershire and Warwickshire that no earlier corpus file names
  (``AREAS``; each checked by grep): Upton-upon-Severn, Droitwich Spa, Shipston-on-Stour,
  Wellesbourne, Studley, Kineton, Inkberrow, Hagley, Alvechurch, Ombersley, Dunchurch and
  Water Orton. Of the brief's suggestions Bidford-on-Avon was not taken (no room), and
  Broadway, Pershore and Southam are named by earlier corpus files, so they were not
  used. Both counties are two-tier, and several district councils are earlier corpora's
  areas (their tests forbid the names elsewhere), so the district councils are written by
  initials, as staff type them: MHDC (the district council for Upton-upon-Severn), WDC
  (for Droitwich Spa, Inkberrow and Ombersley), SDC (for Shipston-on-Stour, Wellesbourne,
  Studley and Kineton), BDC (for Hagley and Alvechurch) and NWBC (for Water Orton); Rugby
  Borough Council (for Dunchurch) is named in full. The county's children's services are
  Worcestershire Children First and Worcestershire County Council for the Worcestershire
  towns, and Warwickshire County Council's children and families service for the
  Warwickshire ones. Checked with the ``search`` tool: the Safeguarding Worcestershire
  site names the Worcestershire Safeguarding Children Partnership (WSCP), with Worcestershire
  County Council, West Mercia Police and the (then) Herefordshire and Worcestershire CCG as
  its partners and a "Get Safe" partnership group; the Warwickshire Police and Crime
  Commissioner's page names the Warwickshire Safeguarding Children Partnership (also
  WSCP) with Warwickshire County Council, Coventry and Warwickshire ICB and Warwickshire
  Police, and the partnership's own site calls itself Warwickshire Safeguarding, the name
  written here (as the twenty-seventh did). Written from memory, not checked: West Mercia
  Police, Warwickshire Police, the trusts and ICBs named in the brief, which trust serves
  which town (Worcestershire Acute Hospitals NHS Trust and Herefordshire and Worcestershire
  Health and Care NHS Trust for the Worcestershire towns; South Warwickshire University
  NHS Foundation Trust and Coventry and Warwickshire Partnership NHS Trust for the
  Warwickshire ones, including Dunchurch and Water Orton, which other hospitals also
  serve), West Midlands Ambulance Service University NHS Foundation Trust, and every
  venue (the libraries of Upton-upon-Severn, Droitwich Spa, Shipston-on-Stour,
  Wellesbourne, Studley, Kineton, Hagley, Alvechurch, Dunchurch and Water Orton;
  Upton-upon-Severn Memorial Hall, Droitwich Spa Leisure Centre, Shipston-on-Stour Town
  Hall, the village halls of Wellesbourne, Studley, Kineton, Inkberrow, Hagley,
  Alvechurch, Ombersley and Dunchurch, Inkberrow Community Centre, Ombersley Memorial Hall
  and Water Orton Community Centre); some may be named differently, have moved, closed or
  not exist. Venues are council offices, libraries, halls, leisure centres and community
  centres, never a person's address. Roles, themes, courses, rooms, times and periods come
  from the twenty-first through the twenty-second's ``DRAWS``, and nobody in the benign
  text is named except by role.
- Identifiers: the tenth corpus's ``person_values`` makes every one up, from ranges kept
  for fiction: Ofcom's drama phone numbers, NHS numbers beginning 999 with a valid check
  digit, national insurance numbers with the QQ prefix, email at example.com, .org and
  .net, and postcodes in the shape of real ones but in areas Royal Mail has never used.
  A sample that names a drawn person has the source ``names-dataset-TR`` or
  ``names-dataset-IR``; one that names a nickname, ``hand-nicknames``; any other, ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the salt towns,
  the Severn and Avon canals and the fruit country that nobody has as a first name
  (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import fiftyfourth_corpus as _54
from tests.support import (
    fortyeighth_corpus,
    fortysecond_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
)
from tests.support import fortyninth_corpus as _49
from tests.support.independent_corpus import Sample

#: What the tenth's ``person_values`` and the twenty-fifth's filter read from a corpus, and
#: the helpers that draw, write and read its snapshot: the earlier corpora's own, as the
#: forty-ninth gathers them (the fifty-fourth reads them the same way).
DRAMA_PREFIXES, INWARD_LETTERS, PLAIN = _49.DRAMA_PREFIXES, _49.INWARD_LETTERS, _49.PLAIN
POSTCODE_AREAS, nhs_check_digit, benign_words = (
    _49.POSTCODE_AREAS,
    _49.nhs_check_digit,
    _49.benign_words,
)
_district, _earlier_names, assembled = _49._district, _49._earlier_names, _49.assembled
dataset_people, snapshot_people = _49.dataset_people, _49.snapshot_people
table_entry_ok, write_snapshot = _49.table_entry_ok, _49.write_snapshot

__all__ = ["DRAMA_PREFIXES", "INWARD_LETTERS", "PLAIN", "POSTCODE_AREAS", "nhs_check_digit"]
__all__ += ["benign_words", "samples"]

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fiftyseventh_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), TR and IR tables"
SEED = "fiftyseventh-<country>"
#: Every earlier snapshot: the fifty-fourth's list and its own, and those of the fifty-fifth
#: and fifty-sixth (written alongside, so read only when they are there).
EARLIER = tuple(
    dict.fromkeys(
        (
            *_54.EARLIER,
            *("fiftyfourth_names.json", "fiftyfifth_names.json", "fiftysixth_names.json"),
        )
    )
)
#: The ranks drawn here (see the docstring for the ranks earlier corpora took): TR's first
#: names (its women's list ends at rank 4916), TR's surnames, and IR's first names and
#: surnames (its women's list ends at rank 4192).
TR_FIRST_RANKS = (3000, 9000)
TR_RANKS = (7000, 12000)
IR_RANKS = (1500, 6000)
COUNTRIES = ("TR", "IR")
ASCII_ONLY = frozenset(COUNTRIES)
PACKAGE_DRAWN = (("names-dataset-TR", 56), ("names-dataset-IR", 60))
DRAWN = (("names-dataset-TR", 17), ("names-dataset-IR", 17))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the draws read by hand as words, places, brands, pet forms, typos, names of
#: another country's table or of the other sex's column: put here and drawn again.
NOT_NAMES = frozenset(
    {
        *("Abdllah", "Afsh", "Ahenk", "Amaar", "Amirh", "Asined", "Aven", "Bajer", "Borna"),
        *("Bouda", "Breta", "Bulet", "Bulum", "Canfer", "Dak", "Daniz", "Dilki", "Doga", "Dopita"),
        *("Dosti", "Dub", "Dutar", "Egri", "Eler", "Ellenka", "Ene", "Enka", "Ero", "Eshghe"),
        *("Evgenija", "Gabika", "Giresun", "Gruber", "Guli", "Hanus", "Huseyi", "Ime", "Kadim"),
        *("Karagol", "Karayol", "Kepek", "Kocour", "Konvalinka", "Krejsa", "Kubajz", "Kucerova"),
        *("Lubomira", "Lukino", "Lut", "Majdulka", "Manoto", "Marzeih", "Matys", "Medik"),
        *("Mehtap", "Memos", "Meryemm", "Mhsn", "Michalek", "Milanek", "Mohamamd", "Mohhammad"),
        *("Mohnd", "Mojhgan", "Mojy", "Moshaver", "Mudra", "Naci", "Nadan", "Nalim", "Narkoz"),
        *("Niluofar", "Oku", "Osm", "Ozzy", "Pavlis", "Persian", "Petrana", "Pilot", "Pori"),
        *("Renkli", "Ressam", "Rizeli", "Saqar", "Sars", "Shaxlo", "Slanina", "Sonik", "Soudi"),
        *("Tiraki", "Turkmen", "Ulak", "Urbanek", "Vahd", "Vanek", "Vincenc", "Vrana", "Zagros"),
        *("Zbyna", "Zemheri", "Zorar"),
    }
)
#: People of the last draw with such an entry, left out without drawing again.
DROPPED = frozenset(
    {
        *("Afarinesh", "Ajwan", "Aksi", "Alimohamad", "Andula", "Angineh", "Anosha", "Ayli"),
        *("Azizallah", "Bahman", "Barsam", "Beheshteh", "Behzaad", "Bertu", "Betinka", "Bohous"),
        *("Cekdar", "Davca", "Durbey", "Ehli", "Emete", "Endercan", "Erfn", "Faez", "Fazi"),
        *("Fedan", "Fedli", "Frenci", "Ghobad", "Hilola", "Honzis", "Hormat", "Hude", "Ibrahm"),
        *("Jihat", "Juliya", "Julya", "Karamel", "Kejt", "Kejty", "Kikin", "Kordula", "Lenule"),
        *("Letif", "Locika", "Lyuba", "Maci", "Mako", "Makvala", "Marhabo", "Masuomeh", "Maynur"),
        *("Meead", "Meleksu", "Mezgin", "Mostafs", "Mrve", "Muvaffak", "Nargesi", "Nejlet"),
        *("Nikis", "Nitsa", "Nurcay", "Obchod", "Olay", "Oreinab", "Peman", "Perize", "Piran"),
        *("Romanek", "Ruhani", "Saith", "Serkay", "Siruos", "Snejana", "Surosh", "Tomino"),
        *("Tonik", "Uhut", "Vares", "Vitali", "Voroojak"),
    }
)


#: A names-dataset entry to draw from: the tenth's test, plain letters, less ``NOT_NAMES``.
_usable = partial(table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)
#: Each table's surname ranks and first-name ranks, in the order of ``PACKAGE_DRAWN``.
TABLE_RANKS = (("TR", TR_RANKS, TR_FIRST_RANKS), ("IR", IR_RANKS, IR_RANKS))


def regenerate_names() -> None:
    """Draw each table's people through the tenth's ``dataset_people`` at its own ranks
    (names-dataset importable only here), leave out ``DROPPED``, write the snapshot."""
    used = _earlier_names(tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists()))
    people: dict[str, list[list[str]]] = {}
    for (country, ranks, first), (source, count) in zip(TABLE_RANKS, PACKAGE_DRAWN, strict=True):
        drawn = dataset_people(((country, count),), ranks, used, "fiftyseventh", _usable, first)
        people[source] = [p for p in drawn[country] if not set(p) & DROPPED]
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, people)


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Brine Pit Lane", "Tote Board Row", "Punnet Close", "Fair Organ Walk")
STREETS += ("Coracle Yard", "Lengthsman's Way", "Spear Grass Road", "Damson Plum Court")
TOWNS = ("Upton-upon-Severn", "Droitwich Spa", "Shipston-on-Stour", "Wellesbourne")
TOWNS += ("Studley", "Kineton", "Inkberrow", "Hagley", "Alvechurch", "Ombersley")
TOWNS += ("Dunchurch", "Water Orton")
SCHOOLS = (
    "Brine Pit Lane Primary School",
    "Punnet Close Infant School",
    "St Richard de Wych Church of England Primary",
    "Tote Board Row Junior Academy",
    "Coracle Yard Free School",
    "Fair Organ Walk Nursery School",
    "Spear Grass High School",
    "Lengthsman's Way Pupil Referral Unit",
)
SCHOOL_SHORT = ("Brine Pit", "Punnet Close", "St Richard's", "Tote Board", "Coracle Yard")
RELATIVES = ("anneanne", "maman bozorg", "nan", "step-mum", "amca", "khaleh", "dad's girlfriend")
RELATIVES += ("half-brother",)
#: Twelve ways a date of birth gets typed (fields of the tenth's ``_date``), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{dd}/{mm}/{yy}", "{d}-{m}-{y}", "{d} {mo}. '{yy}", "{mon} the {d}{th}, {y}")
BIRTH_FORMS += ("{wd} {d} {mon} {y}", "{y}-{mm}-{dd}", "{d}{th} {mon} {yy}", "{mm}.{dd}.{y}")
BIRTH_FORMS += ("{d} / {m} / {y}", "{mo} {d}{th} {y}", "{dd}.{mm}.{yy}", "{d}{th} of {mo} {y}")
WHEN_FORMS = ("{wd} {d} {mon}", "{dd}/{mm}/{y}", "{d}{th} {mo}", "{wd} the {d}{th}")
WHEN_FORMS += ("{d} {mon} {y}",)
#: Births of children up to 17 (the forty-second's), typed in ``BIRTH_FORMS``.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# {f} {l} is the child, {g} {h} a parent or carer, {k} a brother or sister and {rel} another
# relative, as the tenth's person_values fills them.
NAME_TEXT = (
    "Tote clerk at the racecourse says {f} {l}, 12, has been putting bets on for grown men "
    "all afternoon and was handed a roll of notes behind the stand.",
    "The fair organ player at the steam rally saw {g} {h} shake {f} so hard by the shoulders "
    "that the child's head hit the engine's wheel.",
    "Horse box driver found {f} {l} asleep in the back of the trailer at the showground, "
    "said {g} had told them not to come home.",
    "trimmer at the car works says {g} {h} comes in on a monday with scratches and says {f} "
    "did it, wonders who is looking after the kids",
    "Attendant at the brine baths says {f} {l}, 7, was left in the changing room for two "
    "hours while {g} went to the pub across the road.",
    "The lengthsman clearing the towpath saw {f} {l} and {k} living on a boat with no heating "
    "and {g} shouting at them through the hatch.",
    "A punnet packer at the plum orchard says {f} {l}, 14, is working full days in the "
    "packing shed instead of school and {g} takes the wages.",
    "Coracle maker who runs the river demonstrations says {f} {l} told her {g} {h} burns "
    "them with a lighter when they cry.",
    "Picker at the mushroom farm says {g} {h} brings {f}, 3, onto the night shift and leaves "
    "the child in the car with the engine running for warmth.",
    "Poultry catcher on the crew says {f} {l}, 15, has been out on the catching gangs at "
    "2am for a man who pays cash and keeps their phone.",
    "Laundrette attendant says {f} {l} comes in every evening to wash the same school "
    "shirt and told her there is no food in the flat.",
    "The sub-postmaster says {g} {h} cashes {f}'s benefit money and has been heard telling "
    "the child they are worthless at the counter.",
    "Groom at the racing yard says {f} {l}, 13, has been mucking out for a man in his thirties "
    "who keeps giving them lifts after dark.",
    "Asparagus grader says {g} {h} hit {f} across the face with a bunch of spears in the "
    "field car park on Sunday.",
    "Ticket seller at the salt heritage open day says {f} {l} wet themselves when {g} "
    "raised a hand and then would not stop apologising.",
    "The narrowboat hire office says {f} {l} was seen on the roof of a moving boat at night "
    "while {g} was passed out at the tiller.",
    "Caller from the village skittles team says {f} {l}, 11, was drinking cider in the "
    "alley with {g}'s friends till midnight.",
    "Brass rubbing volunteer at the church says {f} {l} showed her bruises shaped like "
    "fingers on the neck and said {g} did it.",
    "Pig farm stockman says {f} {l} sleeps in the feed store most nights since {g} {h}'s "
    "new partner moved in.",
    "Hop yard worker says {g} {h} left {f} and {k} at the bus shelter with a bag each and "
    "drove off towards the motorway.",
    "The tea dance organiser at the village hall says {f} {l}, 16, is being collected by a "
    "different man each week who gives her vodka.",
    "Model engineer at the miniature railway says {f} {l} said {g} locks them in the "
    "garden shed when visitors come.",
    "Balloon crew member saw {g} {h} kick {f} in the field where they landed and the child "
    "did not cry, just stood there.",
    "Angler on the Severn says {f} {l}, 9, was fishing alone at 11pm and said {g} was "
    "at a lock-in and would be angry if they went back.",
)
NAME_LOWER = (
    "tote clerk again - {fl} {ll} placing bets for men",
    "{fl} asleep in a horse box, {gl} not answering",
    "brine baths rang, {fl} {ll} left in the changing room",
    "{ll} kids on the cold boat by the lock",
    "packing shed - {fl} there again instead of school",
    "{gl} {hl} took the car and left {fl} at the bus shelter",
    "mushroom farm night shift, {fl} in the car again",
    "laundrette says {fl} {ll} has had nothing to eat",
    "rang {fl}'s {rel}, no answer, text sent",
    "{fl} {ll} not at the childminder since tuesday",
    "poultry gang van picked up {fl} at 2am",
    "sub-post office - {gl} {hl} took {fl}'s money again",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "{l} brothers",
    "{f} ({age})",
    "{fi}. {l}",
    "{f} & {k}",
    "little {l}",
    "the {l} girl",
    "{g} {h}'s youngest",
    "{f} from the racing yard",
    "{l}, {f}",
)
SIGN_OFF = (
    "please dont say it was me\n{fl}",
    "Many thanks\n{g} {h}\n{rel} to {f}",
    "ta\n{g} (mum to {f} and {k})",
    "{f} {l}\nsorry its long",
    "Sent for {f} by their {rel}, {g} {h}",
    "Regards,\n{g} {l}\nkinship carer",
    "{g} - {rel} of {f} - off shift at 6",
    "{f} {l} aged {age}",
    "{g} {h}, special guardian for {f}",
)
NICKNAMES = ("Sparrowgrass", "Rowlock", "Tillerpin", "Spudgun", "Winnower", "Tippler")
NICKNAMES += ("Saltcellar", "Rushlight", "Stoat", "Tumbril", "Vetchling", "Wassailer")
NICKNAMES += ("Yardarm", "Zither", "Ullage", "Sluicegate")
NICKNAME_TEXT = (
    "The men at the racing yard call him {n} and send him to the bookies for them.",
    "Down by the lock she only answers to {n}; the boat lads give her roll-ups.",
    "Staff at the showground heard {f}'s {rel} yelling {n} across the car park at midnight.",
    "{n} is the name the man from the packing shed has her under in his phone, the DSL says.",
)
NICKNAME_PSEUDONYM = ("{n}", "our {n}", "{n} {li}", "{n} ({l})")
DOB_TEXT = (
    "DOB per GP {dob}",
    "date of birth: {dob}",
    "{g} says {f} was born {dob}",
    "school census DOB {dob}",
    "born {dob} at the Alex",
    "{f} {l} - {dob}",
    "{dob}, so she is {age} now",
    "{rel} thinks {dob} but school has a different date",
    "born early on {dob}, 31 weeks",
)
PHONE_TEXT = (
    "mum's number {phone}",
    "{g} on {phone}",
    "{rel}: {phone}",
    "landline {phone}",
    "messages came from {phone}, {f} says it is the man's",
    "anneanne's mobile {phone}",
)
NHS_TEXT = (
    "NHS no. {nhs}",
    "NHS number {nhs} for {f}",
    "baby's NHS no {nhs}",
    "per the discharge letter, NHS {nhs}",
)
NI_TEXT = (
    "mum's NI number {ni}",
    "step-dad NI {ni}",
    "father's NINO {ni}",
    "{rel}'s NI no {ni}",
)
ADDRESS_TEXT = (
    "now living at {street}, {town}",
    "staying at {street} with a friend of mum's",
    "visited {street}, {town} - curtains shut, dog barking",
    "{f} is at her {rel}'s on {street}",
    "police called to {street} four times since June",
    "evicted from {street}; sleeping in the van in {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "p/code: {postcode}", "new postcode is {postcode}")
SCHOOL_TEXT = (
    "{f} goes to {school} (year {year_group})",
    "{school} Y{year_group}, attendance 58%",
    "DSL at {short} rang this morning",
    "{f} moved to {short} after Easter",
    "{f}, {school}: {n2} sessions missed this term",
)
EMAIL_TEXT = ("{g}'s email is {e}", "the message was sent from {e}", "contact {g} {h} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} of {street}",
    "{fi}{li} - year {year_group} - {short}",
    "Child living at {postcode}",
    "{fi}{li} (NHS {nhs})",
    "{l} boy aged {age}, {town}",
    "{fi}{li} DOB {dob}",
    "year {year_group} pupil, {school}",
    "the {l} family in {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: The partners. Councils named by an earlier corpus's area are written by initials (see
#: the docstring): the Worcestershire towns' partners first.
_WAHT = "Worcestershire Acute Hospitals NHS Trust"
_HWHCT = "Herefordshire and Worcestershire Health and Care NHS Trust"
_WORCS = {
    "council": ("Worcestershire Children First", "Worcestershire County Council"),
    "police": ("West Mercia Police",),
    "icb": ("NHS Herefordshire and Worcestershire ICB",),
    "ambulance": ("West Midlands Ambulance Service University NHS Foundation Trust",),
    "trust": (_WAHT, _HWHCT),
}
_SWFT = "South Warwickshire University NHS Foundation Trust"
_CWPT = "Coventry and Warwickshire Partnership NHS Trust"
_WARKS = {
    "council": ("Warwickshire County Council children and families",),
    "police": ("Warwickshire Police",),
    "icb": ("NHS Coventry and Warwickshire ICB",),
    "ambulance": ("West Midlands Ambulance Service University NHS Foundation Trust",),
    "trust": (_SWFT, _CWPT),
}

#: The twelve areas, towns and large villages no earlier corpus file names: the district
#: council's teams, the partners, and two civic venues of the town (libraries, halls,
#: community and leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Upton-upon-Severn": _WORCS
    | _district("MHDC")
    | {"venue": ("Upton-upon-Severn Library", "Upton-upon-Severn Memorial Hall")},
    "Droitwich Spa": _WORCS
    | _district("WDC")
    | {"venue": ("Droitwich Spa Library", "Droitwich Spa Leisure Centre")},
    "Shipston-on-Stour": _WARKS
    | _district("SDC")
    | {"venue": ("Shipston-on-Stour Library", "Shipston-on-Stour Town Hall")},
    "Wellesbourne": _WARKS
    | _district("SDC")
    | {"venue": ("Wellesbourne Library", "Wellesbourne Village Hall")},
    "Studley": _WARKS | _district("SDC") | {"venue": ("Studley Library", "Studley Village Hall")},
    "Kineton": _WARKS | _district("SDC") | {"venue": ("Kineton Library", "Kineton Village Hall")},
    "Inkberrow": _WORCS
    | _district("WDC")
    | {"venue": ("Inkberrow Village Hall", "Inkberrow Community Centre")},
    "Hagley": _WORCS | _district("BDC") | {"venue": ("Hagley Library", "Hagley Village Hall")},
    "Alvechurch": _WORCS
    | _district("BDC")
    | {"venue": ("Alvechurch Library", "Alvechurch Village Hall")},
    "Ombersley": _WORCS
    | _district("WDC")
    | {"venue": ("Ombersley Memorial Hall", "Ombersley Village Hall")},
    "Dunchurch": _WARKS
    | _district("Rugby Borough Council")
    | {"venue": ("Dunchurch Library", "Dunchurch Village Hall")},
    "Water Orton": _WARKS
    | _district("NWBC")
    | {"venue": ("Water Orton Library", "Water Orton Community Centre")},
}
#: The partner kinds (the forty-eighth's), the partnerships as their own pages name them,
#: and every agency named.
KINDS, PARTNERSHIPS = fortyeighth_corpus.KINDS, tuple(AREAS)
_WORCS_SCP = "Worcestershire Safeguarding Children Partnership"
_WARKS_SCP = "Warwickshire Safeguarding"
SCP = {
    area: _WORCS_SCP if AREAS[area]["police"] == ("West Mercia Police",) else _WARKS_SCP
    for area in AREAS
}
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
#: Review references and age bands of this corpus, over the twenty-second's other draws
#: (roles, themes, courses, rooms, periods), and the words benign pseudonyms may use.
DRAWS = twentysecond_corpus.DRAWS | {
    "ref": ("RR 57-02", "LCSPR 57/04", "RR/57/11", "CSPR-57-06", "RR 57/15", "TR 57-08"),
    "age_band": ("aged three weeks", "under one", "aged three", "aged 11", "aged 15"),
}
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS
CHOSEN = ("Brinepan", "Punnet", "Towpath", "Staithe", "Orchard", "Saltway", "Lockgate")

_P = " Progress will be reported to the partnership's assurance group in {period}."
_S = "\n\nReplies to the safeguarding business unit by {date}, please.\n\nBest wishes,\n{scp} team"
#: Benign templates by register (the sample's category), each filled up to three times as
#: ``_uses`` decides; roughly a third run long, up to the 500 characters a note field takes.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}. A boy {age_band} from {area} was brought to {trust} with a "
        "spiral fracture of the lower leg; the account given was a fall from a sofa. The "
        "radiologist raised the mismatch and {police} joined a strategy meeting the next "
        "day. The review will ask why a missed immunisation and a bruise seen by the "
        "nursery were never put together." + _P,
        "{ref}: a 15-year-old girl near {area} had been reported missing eleven times since "
        "spring, usually turning up at a hotel off the motorway. Each return interview was "
        "booked and each was cancelled. The reviewer is asked what the exploitation panel "
        "knew, and how information crossed the line between two police forces.",
        "Seasonal work brought a family to {area} for the fruit harvest, living in a caravan "
        "on the farm. A child {age_band} was not registered with a GP or a school for four "
        "months. {ref} will look at how agencies find children of seasonal workers before "
        "something goes wrong, and who checks the accommodation." + _P,
        "Context for {ref}. A girl of 14 told a school nurse that a lodger in the family home "
        "had been coming into her room at night. Her mother had raised worries about the "
        "lodger with a housing officer a year earlier. The {scp} wants to know why that first "
        "worry went nowhere and what {council} now does with such calls.",
        "Background ({area}): a baby {age_band} stopped breathing while co-sleeping on a sofa "
        "after the father had been drinking at a family party. Safer sleep advice had been "
        "given in the maternity unit. {ref} asks whether the advice reached the father, who "
        "did most of the night care, and how fathers are spoken to." + _P,
        "{ref}, short account: a boy {age_band} with a learning disability was moved between "
        "three foster homes in a year and then placed with an uncle without checks being "
        "finished. CAMHS at {trust}, school and the virtual school each held part of the "
        "picture. The review will look at the timing of the kinship assessment.",
        "Panel summary, {area}. A 13-year-old young carer supported a mother with multiple "
        "sclerosis and a father who was often away driving lorries. The adult social care "
        "assessment noted the child but made no referral. {ref} will test whether carers' "
        "assessments in the partnership ask about the children in the home." + _P,
        "Outline, {ref}: five children lived in a house near {area} with rats, no working "
        "toilet and dogs kept indoors. Three referrals were screened out because the school "
        "reported good attendance. The review will ask whether attendance was given too much "
        "weight and how neglect tools are used at the front door.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}, outcome: the three safeguarding partners agree this meets the "
        "criteria for a local child safeguarding practice review. Harm was serious and there "
        "is learning about how {trust} and {council} shared concerns after a home birth. The "
        "National Panel will be told by {date2} and the {role} will draft terms of reference.",
        "Rapid review {ref}, outcome: no local review. The learning about babies who are not "
        "yet crawling and have bruises is already in the updated protocol, and the relevant "
        "teams have changed practice since. A review would add little. Agreed by the partners "
        "on {date}; reasons go to the Panel by {date2}, with a one-page note for staff.",
        "Rapid review {ref}, outcome: the learning will go into the thematic review of "
        "{theme} that is under way across {area} and the nearby villages, rather than a "
        "separate review. {police} and {icb} will send agency reports to the thematic "
        "reviewer by {date2}. The Panel will get the reasoning with the rapid review report.",
        "Rapid review {ref}, outcome: a systems review will go ahead, with a practitioner "
        "session at {venue}. The partners want to understand why nobody escalated when "
        "school and children's social care disagreed for two months about risk. Draft terms "
        "of reference will go to the executive on {date2}.",
        "Rapid review {ref}, outcome: the partners will ask the Panel about a national "
        "review, since a very similar death happened in another West Midlands area this year. "
        "Local work will carry on alongside so that learning is not delayed. The {role} will "
        "write to the Panel setting out the pattern by {date2}.",
        "Rapid review {ref}, outcome: a learning briefing and a practice week instead of a "
        "full review. The facts are not in dispute, the family have asked not to take part, "
        "and the agencies have already changed what they do. Signed off on {date}; the "
        "changes will be checked through the multi-agency audit in {period}.",
        "Rapid review {ref}, outcome: a local review will focus on the handover between the "
        "neonatal unit and community health visiting, where a father's history of violence "
        "was not passed on. {trust} and {icb} will co-chair the panel, and the National "
        "Panel will be told by {date2}.",
    ),
    "minutes": (
        "Action notes, {scp} executive, {date}, {room}, {venue}\n"
        "Present: {council}, {police}, {icb}, the {district}.\n"
        "1. Performance report for {period}: repeat referrals {rag}.\n"
        "2. Independent scrutineer's summer report received.\n"
        "3. Inspection readiness session still to be booked.\n"
        "Next meeting {date2}, {time}.",
        "Learning and development group, {date}, {venue}\n"
        "Present: the {role}, {trust}, {police}, a primary head.\n"
        "1. {course} take-up lowest in {area}; local dates to be offered.\n"
        "2. {ref} learning added to the new starters' pack.\n"
        "3. Only five trainers left; call for volunteers agreed.\n"
        "Next meeting {date2}, {room}.",
        "Case review group, {date}, online\n"
        "Present: {council}, {police}, {trust}, {ambulance}.\n"
        "1. Notification from {area} considered; rapid review to be held.\n"
        "2. {ref}: reviewer's chronology shared, comments within a week.\n"
        "3. No other business.\n"
        "Next meeting {date2} at {venue}.",
        "Procedures group, {venue}, {date}\n"
        "Present: the {role}, {icb}, {trust}, the {district}.\n"
        "1. Concealed pregnancy guidance: comments collated.\n"
        "2. {theme} procedure shortened and reworded.\n"
        "3. Evaluations of {course} to be summarised for next time.\n"
        "Next meeting {date2}, {time2}.",
        "Get Safe operational group, {room}, {venue}, {date}\n"
        "Present: {police}, {council}, the {district}, youth justice.\n"
        "1. Safety plan for the summer race meetings agreed.\n"
        "2. Exploitation hotspots in {area}: {rag}.\n"
        "3. Missing-from-home provider to attend next meeting.\n"
        "Next meeting {date2}.",
        "Health safeguarding leads, {venue}, {date}\n"
        "Present: named nurses from {trust}, the designated doctor, {icb}.\n"
        "1. Was-not-brought pilot in {area} to run another six months.\n"
        "2. {ref}: GP learning session dates fixed.\n"
        "3. Interpreter use for Farsi and Turkish speakers: audit agreed.\n"
        "Next meeting {date2}.",
    ),
    "partner_email": (
        "Hi everyone,\n\nJust a nudge that agency chronologies for {ref} were due on Friday. "
        "We are still waiting for {trust} and the {district}; {police} sent theirs."
        " The reviewer can't begin the analysis without them, and the panel meeting is "
        "fixed for {date2}." + _S,
        "Dear colleagues,\n\nWe would like practitioners from {area} to try out a draft "
        "two-page guide on {theme}. We will meet at {venue} on {date2}, {time} to {time2}; "
        "lunch is provided and line managers have agreed the time." + _S,
        "Hello all,\n\nThe executive has approved the refreshed levels of need guidance. "
        "{council} will brief its teams over the next month and {police} will build it into "
        "training for new staff. Could health colleagues tell us how they will share it?" + _S,
        "Dear partners,\n\nIn {period} our independent scrutineer hopes to spend a day with "
        "the front door and talk to staff from {icb} and {ambulance}. If you can host, please "
        "send a contact and two possible dates." + _S,
        "Hi all,\n\nPleased to say the Panel has accepted the rapid review report for {ref} "
        "with no further questions, and commented on the quality of the input from {trust}. "
        "The {role} will now draft the learning summary with the designated nurse." + _S,
        'Dear all,\n\nBecause of demand we have added another date for "{course}" at {venue}, '
        "{time} to {time2}. It is open to {council}, {police}, health, schools, nurseries "
        "and voluntary groups; the first session was full within hours." + _S,
        "Dear colleagues,\n\nA big thank you to {ambulance} for freeing two crew members to "
        "attend the practitioner session for {ref}. Their account of the first call helped "
        "the panel understand the pressure everyone was under that night." + _S,
        "Hello,\n\nFor {ref}, could the {district} explain how families placed in emergency "
        "accommodation are made known to health visitors and schools, and what the longest "
        "placement lasted over the past year?" + _S,
    ),
    "local_review": (
        "Local review {ref}: on {date} the reviewer shared early themes with the panel: "
        "professional optimism about a mother's new relationship, too little curiosity about "
        "the adults coming and going, and a child in {area} who was seldom spoken to alone. "
        "{trust} and children's services will test these against their records before the "
        "next meeting.",
        "Local review {ref}: practitioners met at {venue} on {date}. Staff from {police} and "
        "the {district} talked about workload and about not knowing who to ring in another "
        "agency at weekends. Their views will shape the recommendations." + _P,
        "Local review {ref}: scope agreed {date}. The review covers eighteen months before "
        "the incident, the move between two GP practices, decisions at the front door, and "
        "how {icb} keeps track of disabled children placed in schools out of county.",
        "Local review {ref}: the reviewer has met the child's grandmother, who asked that "
        "the report describe the child as a person who loved horses and music, not only as "
        "a set of events. The panel agreed. A draft is due in {period}, and the family will "
        "read it before the {scp} publishes.",
        "Local review {ref}: panel to meet for the first time {date}.",
        "Local review {ref}: independent reviewer appointed {date}.",
        "Local review {ref} paused until the criminal case concludes.",
        "Local review {ref}: every agency report received.",
        "Local review {ref}: second draft to the panel on {date}.",
    ),
    "chronology": (
        "{date}: nursery reported a child arriving without a coat in snow.",
        "{date}: {police} called to a disturbance; three children in the house.",
        "{date}: front door screening; passed to early help.",
        "{date}: {ambulance} took father to hospital; children with a neighbour overnight.",
        "{date}: the {district} offered the family a hostel place.",
        "{date}: initial child protection conference; plan agreed.",
        "{date}: two-year review not attended; health visitor wrote to the family.",
        "{date}: clinic appointment at {trust} missed again.",
        "{date}: first visit by the family support worker.",
        "{date}: core group meeting, {council} chairing.",
        "{date} to {date2}: school logs four unexplained absences.",
        "{date}: reduced timetable agreed by the school.",
        "{date}: midwife first saw the mother at 28 weeks.",
    ),
    "checklist": (
        "Rapid review held within 15 working days? Yes.",
        "Panel notified {date}.",
        "Family told about the review {date}.",
        "Child's voice to be gathered by {date2}.",
        "Reviewer contract in place? Yes.",
        "Terms of reference: in draft.",
        "{trust} agency report received? Yes.",
        "{district} agency report received? Not yet.",
        "Coroner's date: {date}.",
        "{police} disclosure: asked for, awaited.",
        "Learning summary: with communications.",
        "Sent to the DSL network? Done.",
        "Reports due from {police} and {icb}: {date2}.",
    ),
    "notice": (
        "{scp} executive: {date}, {time}, {room}, {venue}.",
        "{ref} practitioner session, {date2}, {venue}, {time} to {time2}.",
        "Save the date: annual safeguarding conference, {venue}, {date}.",
        "Learning and development group moved to {date}, {time}, {room}.",
        "DSL network meeting at {venue}, {date}, {time}.",
        'Online session "{course}", {date}, {time}.',
        "Drop-in for parents and carers at {venue} on {date}.",
        "County lines awareness evening, {room}, {venue}, {date}.",
        "Health leads meeting moved from {date} to {date2}.",
        "Neglect audit day, {date}, {room}, {venue}.",
        "Young people's forum at {venue}, {date}, {time} to {time2}.",
        "Launch of the concealed pregnancy guidance at {venue}, {date}, {time}.",
    ),
    "slack": (
        "agenda for tuesday is on the drive",
        "has anyone had the {trust} chronology for {ref} yet?",
        "booked {venue} for {date} :white_check_mark:",
        "reminder - Panel form due by 4pm today",
        "{district} asked if we can start at {time2} instead of {time}, ok?",
        "comments on the draft ToR by {date} please",
        "thanks everyone, actions to follow",
        "{police} have confirmed a DS for the rapid review",
        "{period} training brochure now live",
        "does {ref} go to exec or case review group first?",
        "scrutineer report link is in the pinned messages",
        "anyone free to take notes on {date}?",
        "which template are we using for agency reports now",
        "{icb} named GP dialling in at {time}",
        "{council} lead is on leave {date}, who can cover?",
    ),
    "panel": (
        "Panel response to {ref} came {date}: no further queries.",
        "{ref} notified to the Panel {date}.",
        "Rapid review report for the Panel due {date2}.",
        "Panel feedback: decision clearly reasoned.",
        "Panel agreed {ref} does not need a national review.",
        "{ref} rapid review sent; Ofsted and DfE copied in.",
        "Panel requested the ambulance trust's report; sent {date}.",
        "{ref} final report sent to the Panel on {date}.",
        "Panel agreed an extension for {ref} to {date2}.",
        "Panel's annual report taken at the executive.",
        "Panel query on {ref} arrived {date}; {role} to respond.",
    ),
    "publication": (
        "Planned publication date for {ref}: {date}.",
        "Publication held back until after sentencing.",
        "Executive summary only, agreed {date}.",
        "Family told about publication timing.",
        "Holding statement agreed with the {council} communications team.",
        "{ref} now on the {scp} website, {date}.",
        "Learning summary to go out with the report.",
        "Family asked for more time; publication now {date2}.",
        "Report to come off the website after a year.",
        "DfE informed of publication.",
        "Publication plan for {ref} signed off by partners on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed fracture clinic appointments by {date}.",
        "Action 2: {council} to note everyone living in the home at each visit.",
        "Action: {police} to send domestic abuse alerts to schools before the start of the day.",
        "Action: {icb} to fund coping-with-crying training for neonatal staff.",
        "Action 3: practice week on {theme} in {period}.",
        "Action: {ambulance} to add a question about children to crew handovers.",
        "Action: the {district} to tell health visitors when families are placed out of area.",
        "Action 4 complete: new escalation guidance live from {date}.",
        "Action 5: {role} to report to the executive every quarter.",
        "{period} plan: 9 actions, 5 done, 4 {rag}.",
        "Action: one chronology format for all agencies from {date}.",
        "Action 6: {trust} to add a question about who else lives at home to triage by {date2}.",
    ),
    "housing_note": (
        "The {district} has confirmed when the new tenancy starts.",
        "{district}: relief duty accepted from {date}.",
        "The {district} will send two staff to the practitioner session.",
        "{ref} briefing delivered to {district} managers.",
        "All housing officers covering {area} to complete {course} by {date}.",
        "MHDC housing options team and West Mercia Police checked flood-damaged lets in "
        "Upton-upon-Severn used by families placed from outside the county.",
        "WDC community safety team walked the canal basin in Droitwich Spa with youth workers "
        "after reports of young teenagers drinking.",
        "SDC housing options team discussed overcrowded farm cottages near Shipston-on-Stour "
        "with Warwickshire County Council children and families.",
        "SDC community safety team and Warwickshire Police met about scooters on the "
        "recreation ground in Wellesbourne.",
        "SDC housing options team briefed South Warwickshire University NHS Foundation Trust "
        "health visitors on emergency placements in Studley.",
        "SDC community safety team visited the youth club in Kineton.",
        "WDC housing options team spoke to school nurses about families in Inkberrow.",
        "BDC community safety team and West Mercia Police planned patrols near Hagley station.",
        "BDC housing options team and Worcestershire Children First discussed sofa surfing "
        "in Alvechurch.",
        "WDC community safety team met Herefordshire and Worcestershire Health and Care NHS "
        "Trust staff about Ombersley.",
        "Rugby Borough Council housing options team agreed a hospital discharge route with "
        "Coventry and Warwickshire Partnership NHS Trust for Dunchurch families.",
        "NWBC community safety team and Warwickshire Police looked at the station subway in "
        "Water Orton after dark.",
    ),
    "training": (
        'New on the e-learning site: "{course}".',
        "Training survey closes {date}.",
        "Induction for new executive members, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "{theme} workshop at {venue}, {date}, {time} to {time2}.",
        "Trainer day for {course}, {room}, {venue}, {date}.",
        "Multi-agency trainers' network, {room}, {date}.",
        "Feedback from the {theme} workshop shows staff feel more confident.",
        "DSL refresher courses run through {period}.",
        "Warwickshire Safeguarding ran a safer sleep session for childminders in Kineton.",
        "Warwickshire Safeguarding and the Rugby Borough Council community safety team gave an "
        "exploitation briefing to taxi drivers in Dunchurch.",
        "Worcestershire Safeguarding Children Partnership trained cricket coaches in Hagley.",
        "Worcestershire Safeguarding Children Partnership ran a neglect session in Inkberrow.",
        "West Midlands Ambulance Service University NHS Foundation Trust and West Mercia "
        "Police gave a self-harm talk in Ombersley.",
        "NHS Coventry and Warwickshire ICB briefed GP practices in Water Orton and "
        "Wellesbourne on was-not-brought.",
        "NHS Herefordshire and Worcestershire ICB and Worcestershire Acute Hospitals NHS Trust "
        "ran a perinatal mental health course in Droitwich Spa and Upton-upon-Severn.",
        "Worcestershire County Council early help staff ran a parenting course in Alvechurch.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child P", "Child KB", "Infant T", "Baby J", "Young Person F", "Sibling 3"),
    *("Sibling 5", "Unborn Baby H", "DM", "R.S.", "Child E and Child F", "Brinepan"),
    *("Punnet", "Towpath", "Staithe", "Orchard", "Saltway", "Lockgate", "Child W"),
    *("Infant AJ", "Baby ST", "Young Person Q", "NB", "Z", "Child X", "Sibling Y"),
    *("M.O.", "Baby C and Baby D", "Child HE", "Young Person RA", "GL", "Infant V"),
    "Sibling D",
)


#: The twenty-first's writer of the benign side and its count of fills per template.
_benign, _uses = twentyfirst_corpus.benign_written(sys.modules[__name__]), twentyfirst_corpus._uses


def samples() -> list[Sample]:
    """Both sides, put together by the tenth's ``assembled`` (identical on every run)."""
    return assembled("fiftyseventh-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
