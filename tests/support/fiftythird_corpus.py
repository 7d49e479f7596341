"""A fifty-third held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fiftythird_names.json``, a seeded snapshot (seed ``fiftythird-<country>-<sex>``,
  Python's ``random.Random``) from names-dataset 3.3.1 (PyPI, Apache-2.0, Philippe Remy's
  frequency tables per country), its NG (Nigeria) and GH (Ghana) tables. Earlier corpora
  that name names-dataset NG or GH took these ranks: the fourth the top names (first
  names to 60, surnames to 80); the eighth ranks 100-599; the tenth 600-1499; the
  sixteenth 1500-2999; the seventeenth 3000-4999 (eight people of each); the
  twenty-second and twenty-fourth found Nigeria's women's list too short for their ranks
  and drew nothing from it, and the thirty-seventh looked at GH and NG and drew neither
  (the twenty-third's ``en_NG``, ``yo_NG`` and ``en_GH`` are Faker locales, not this
  package). So men's first names come from ranks 5000-13999 and surnames from ranks
  5000-18999 (``FIRST_RANKS``, ``RANKS``), which no corpus drew. The tables' women's
  lists end before rank 5000 (NG at 4633, GH at 4321), so no woman's first name lies at a
  new rank: women's first names come from ranks 3000-4999, the seventeenth's (which took
  eight people of each table there), and the filter keeps none in an earlier snapshot.
  No first name that the table also lists for the other sex is drawn. The forty-second's
  ``regenerate_names`` runs the twenty-fifth's filter on this module's ``candidates``:
  the first people of each table whose names are plain letters, three or more, in no
  earlier snapshot (``EARLIER``: every ``*_names.json`` through the fifty-first's, with
  the fifty-second's, written alongside, read when it is there), no first name a surname
  of the table, not drawn already and not in ``NOT_NAMES``. Regenerate with ``uv venv
  /tmp/regen53 && uv pip install -p /tmp/regen53 names-dataset==3.3.1 && PYTHONPATH=.
  /tmp/regen53/bin/python -m tests.support.fiftythird_corpus``; names-dataset is not a
  dependency and the corpus itself reads the JSON only. Every draw was read by hand: the
  deep ranks hold typos (``Gracee``, ``Margerat``, ``Sucess``, ``Rebbecca``, ``Akwasl``),
  words (``Grateful``, ``Evidence``, ``Shoddy``, ``Empathy``, ``Lanky``, ``Links``,
  ``Cashmere``, ``Heels``, ``Greatness``, ``Undefeated``), pet forms (``Mumsy``,
  ``Basky``, ``Bukki``, ``Rutty``, ``Kach``), a title (``Lordship``), a Ghanaian town
  (``Swedru``), a Twi word (``Asomdwoe``), coinages and junk (``Jahbless``,
  ``Evalove``, ``Airphiyarh``, ``Dopekid``), women's names in the men's column
  (``Roselyne``), first names in the surname column (``Nyantekyiwaa``, ``Justinah``)
  and entries that could not be read as names with any confidence. They were put in
  ``NOT_NAMES`` and drawn again three times; in the last draw the people with such an
  entry (``DROPPED``) were left out without drawing again. ``PACKAGE_DRAWN`` counts the
  draw and ``DRAWN`` what is kept: 31 NG and 6 GH people, 37 in all, fewer than the 45
  hoped for, as GH's deep ranks are mostly junk. Most kept are women: the men's deep
  ranks are largely surnames or in earlier snapshots, which the filter drops. Names are
  kept as the tables spell them (``Hyelsinta``, ``Obaahenemaa``, ``Zahairu``), as a
  social worker in England would type them from a form.
- Nicknames: pet names written by hand for this corpus, each starting with a letter from
  I to Q, none in an earlier corpus file (``NICKNAMES``; each checked by grepping
  ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora did
  not use (checked by grepping their files: a college porter, a palace estate gardener, a
  woollen mill shop assistant, an almshouse warden, a lock-keeper's mate, a polo ground
  groom, a plant nursery cafe cook, a car boot pitch warden, a racing pigeon loft owner,
  a sheep show ring steward, a model village attendant, a wildlife park keeper, a motor
  museum guide, a shoot picker-up, a pub quiz host, a woodland burial ground warden, a
  wedding barn florist, a sheep shearer, a hedge layer, a tree surgeon, a mobile library
  driver, a tithe barn caretaker, a lido lifeguard, a go-kart marshal, a clay ground trap
  loader, a cattle market drover, a holiday cottage changeover cleaner, a bowls club
  green keeper, a watermill miller and a rare breeds farm keeper; a punt chauffeur, a
  verger and a morris musician, in or near earlier corpora, were left out), in lower case
  and in sign-offs; names and give-away details in pseudonyms; nicknames; dates of birth
  in twelve typed forms; addresses on invented streets (``STREETS``) in real towns of the
  areas; postcodes; phone, NHS and NI numbers; invented schools and a pupil referral unit
  (``SCHOOLS``); email addresses; written out by the twenty-fifth's ``identifying_of``
  through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each template
  at most three times), about a third of it long: case summaries, rapid review decisions,
  minutes, partner emails, local review notes; and short chronology lines, checklists,
  notices, Slack lines, Panel and publication notes, improvement actions, housing and
  community safety notes and training notes. It is set in twelve towns and large
  villages no earlier corpus file names (``AREAS``; each checked by grep): Wallingford,
  Watlington, Faringdon, Chipping Norton, Woodstock, Burford and Charlbury in
  Oxfordshire, and Painswick, Chipping Campden, Fairford, Lechlade and Northleach in
  Gloucestershire (Thame and Eynsham, and two Gloucestershire towns, thought of, are
  named by earlier files, Thame inside every "Thames", and were not used). Both counties are
  two-tier: the county council's children's services over the district council each town
  lies in, whose housing options and community safety teams are the ``district``. Four of
  the district councils are named after earlier corpora's areas, which those corpora's
  tests keep out of other files, so they are written by their initials only (and their
  names are not spelled out here either): SODC for Wallingford and Watlington, VWHDC for
  Faringdon, WODC for Chipping Norton, Woodstock, Burford and Charlbury, and CDC for
  Chipping Campden, Fairford, Lechlade and Northleach; Stroud District Council, no
  corpus's area, is written in full for Painswick. Checked with the ``search`` tool: Oxfordshire
  County Council's committee pages speak of the annual report of the Oxfordshire
  Safeguarding Children Partnership for 2024/25 (the partnership's older pages still
  call its forum the Oxfordshire Safeguarding Children Board, whose partners are the
  county council, the Buckinghamshire, Oxfordshire and Berkshire West ICB and Thames
  Valley Police); Gloucestershire's pages and the police's news name the
  Gloucestershire Safeguarding Children Partnership (GSCP; ``SCP``). Written from
  memory, not checked: Oxford University Hospitals NHS Foundation Trust, Oxford Health
  NHS Foundation Trust, Gloucestershire Hospitals NHS Foundation Trust, Gloucestershire
  Health and Care NHS Foundation Trust, the two ICBs' full names, Gloucestershire
  Constabulary and the two ambulance trusts (South Central for Oxfordshire, South
  Western for Gloucestershire), and every venue (each town's library, Wallingford
  Community Hospital, Chipping Norton War Memorial Community Hospital, the Warwick Hall in
  Burford, the Painswick Centre, the Westwoods Centre in Northleach and the towns' halls
  and centres); some may be named differently, have moved or closed. Venues are council
  offices, libraries, halls, leisure centres and hospitals, never a person's address.
  Roles, themes, courses, rooms, times and periods come from the twenty-first through the
  twenty-second's ``DRAWS``, and nobody in the benign text is named except by role.
- Identifiers: the tenth corpus's ``person_values`` makes every one up, from ranges kept
  for fiction: Ofcom's drama phone numbers, NHS numbers beginning 999 with a valid check
  digit, national insurance numbers with the QQ prefix, email at example.com, .org and
  .net, and postcodes in the shape of real ones but in areas Royal Mail has never used.
  A sample that names a drawn person has the source ``names-dataset-NG`` or
  ``names-dataset-GH``; one that names a nickname, ``hand-nicknames``; any other,
  ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the limestone
  hills and the upper Thames that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import importlib
import random
import sys
from functools import partial
from pathlib import Path

from tests.support import (
    fiftyfirst_corpus,
    fortysecond_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
)
from tests.support.independent_corpus import Sample

#: What the tenth's ``person_values`` and the twenty-fifth's filter read from a corpus, and
#: the helpers that write and read its snapshot: the earlier corpora's own, as the
#: fifty-first gathers them.
_f = fiftyfirst_corpus
INWARD_LETTERS, nhs_check_digit = _f.INWARD_LETTERS, _f.nhs_check_digit
DRAMA_PREFIXES, POSTCODE_AREAS = _f.DRAMA_PREFIXES, _f.POSTCODE_AREAS
_earlier_names, benign_words = _f._earlier_names, _f.benign_words
assembled, snapshot_people = _f.assembled, _f.snapshot_people
PLAIN, _district = _f.PLAIN, _f._district

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fiftythird_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), NG and GH tables"
SEED = "fiftythird-<country>-<sex>"
#: Every earlier snapshot: the fifty-first's list, the fifty-first's own and the
#: fifty-second's (written alongside, so read only when it is there).
EARLIER = tuple(
    dict.fromkeys((*fiftyfirst_corpus.EARLIER, "fiftyfirst_names.json", "fiftysecond_names.json"))
)
COUNTRIES = ("NG", "GH")
#: Ranks drawn here (see the docstring for those earlier corpora took): men's first names
#: and surnames from 5000 on, deeper than any corpus drew NG or GH; the women's lists end
#: before rank 5000 (NG 4633, GH 4321), so women's first names come from 3000 on.
FIRST_RANKS = {"F": (3000, 5000), "M": (5000, 14000)}
RANKS = (5000, 19000)
#: Candidates drawn for each table and sex; how many the filter keeps of each table
#: (``PACKAGE_DRAWN``, the draw) and how many the snapshot holds once ``DROPPED`` is left
#: out (``DRAWN``).
CANDIDATES = 600
PACKAGE_DRAWN = (("names-dataset-NG", 44), ("names-dataset-GH", 30))
DRAWN = (("names-dataset-NG", 31), ("names-dataset-GH", 6))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: People of the last draw with an entry read by hand as a word, place, typo or the like,
#: left out without drawing again.
DROPPED = frozenset(
    {
        *("Greatness", "Goodhope", "Faithwin", "Eky", "Rapper", "Ikay", "Neka", "Marylyn"),
        *("Hormolara", "Maxwel", "Mimee", "Hardeybayor", "Shaarani", "Heels", "Aadaar"),
        *("Asomdwoe", "Obiadepa", "Gudluck", "Ladzagla", "Scientia", "Julyet", "Eirc"),
        *("Airquah", "Fianyenu", "Akanlugba", "Alooro", "Rebeeca", "Samsou", "Barbra"),
        *("Broklyn", "Murija", "Mpoah", "Klatsu", "Iddri", "Auswell", "Undefeated"),
        "Mutapha",
    }
)
#: Entries of the earlier draws read by hand as words, places, brands, pet forms, typos,
#: initials, titles or names of the other sex: put here and drawn again.
NOT_NAMES = frozenset(
    {
        *("Gracee", "Rauta", "Arasi", "Gini", "Mumsy", "Osy", "Lanky", "Luchy", "Sucess"),
        *("Zeph", "Psalmson", "Anasthesia", "Inyas", "Fasansi", "Akinwekomi", "Margerat"),
        *("Blings", "Basky", "Conney", "Phyna", "Nimoah", "Grateful", "Makumba", "Ikon"),
        *("Winndy", "Voado", "Porthia", "Airphiyarh", "Shoddy", "Muhame", "Moyakin"),
        *("Evidence", "Webadua", "Fofovi", "Brenice", "Mysty", "Boaky", "Obhiba", "Bwouy"),
        *("Chanimbe", "Phareeda", "Dopekid", "Fuasty", "Dukuu", "Atus", "Nyantekyiwaa"),
        *("Ahorney", "Roselyne", "Tos", "Links", "Kach", "Alhajiji", "Edy", "Readone"),
        *("Ofofon", "Iriah", "Mujitapha", "Ifenna", "Apanisile", "Jahmiel", "Gladyce"),
        *("Loretha", "Tiwah", "Fangajei", "Mbun", "Ahuahey", "Esynam", "Jahbless"),
        *("Evamarie", "Aness", "Akocharibey", "Stenzy", "Whites", "Ndaan", "Lorwia"),
        *("Flossie", "Mesack", "Empathy", "Aduampong", "Etor", "Patina", "Giftina", "Erzoe"),
        *("Sanniez", "Afornu", "Tsami", "Kudzi", "Nannah", "Salefu", "Evalove", "Kluste"),
        *("Zuolo", "Swedru", "Mejida", "Rutty", "Emmalex", "Justinah", "Holawale"),
        *("Dajuma", "Bukki", "Jamcy", "Kes", "Azumi", "Chide", "Lordship", "Wuro", "Kugre"),
        *("Dzam", "Akansi", "Segda", "Hillson", "Ayamdoor", "Bassin", "Sardia", "Alemya"),
        *("Sumail", "Akyedie", "Rebbecca", "Kebra", "Lorlornyo", "Liwaal", "Alira"),
        *("Akwasl", "Barden", "Senzo", "Yompab", "Nduro", "Cashmere", "Darlintin", "Semefa"),
        *("Swazy", "Tiase", "Monami", "Shalotte", "Bugah", "Empaya", "Mevis"),
    }
)


def candidates(_: Path) -> dict[str, dict[str, list[list[str]]]]:
    """Seeded candidates (seed ``fiftythird-<country>-<sex>``) from names-dataset's NG and
    GH tables (importable only here), women and men in turn; no first name that the table
    also lists for the other sex."""
    tables = importlib.import_module("names_dataset").NameDataset()
    top_first = tables.get_top_names(n=max(high for _, high in FIRST_RANKS.values()))
    top_last = tables.get_top_names(n=RANKS[1], use_first_names=False)
    out: dict[str, dict[str, list[list[str]]]] = {}
    for country in COUNTRIES:
        lists = top_first[country]
        surnames = list(top_last[country])
        pools = {}
        for sex, (low, high) in FIRST_RANKS.items():
            other = set(lists["M" if sex == "F" else "F"])
            pools[sex] = [n for n in lists[sex][low:high] if n not in other]
        deep = surnames[RANKS[0] : RANKS[1]]
        rngs = {sex: random.Random(f"fiftythird-{country}-{sex}") for sex in pools}
        people = [
            [sex, rngs[sex].choice(pools[sex]), rngs[sex].choice(deep)]
            for _ in range(CANDIDATES)
            for sex in ("F", "M")
        ]
        out[f"names-dataset-{country}"] = {"people": people, "surnames": surnames}
    return out


def regenerate_names() -> None:
    """Draw, keep (the twenty-fifth's filter) and write the snapshot, the forty-second's
    way (its ``regenerate_names``, given this module)."""
    fortysecond_corpus.regenerate_names("", sys.modules[__name__])


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Porters Lodge Lane", "Punt Rack Close", "Almshouse Row", "Lock Weir Walk")
STREETS += ("Loft Perch Road", "Polo Field Drove", "Oolite Terrace", "Fulling Mill Court")
TOWNS = ("Wallingford", "Watlington", "Faringdon", "Chipping Norton", "Woodstock", "Burford")
TOWNS += ("Charlbury", "Painswick", "Chipping Campden", "Fairford", "Lechlade", "Northleach")
TOWNS += ("Kelmscott", "Bibury")
SCHOOLS = (
    "Porters Lodge Primary School",
    "Almshouse Row Infant School",
    "St Kenelma's Church of England Primary",
    "Lock Weir Junior School",
    "Oolite Terrace Academy",
    "Fulling Mill Nursery School",
    "Punt Rack Secondary School",
    "Loft Perch Pupil Referral Unit",
)
SCHOOL_SHORT = ("Porters Lodge", "Lock Weir", "St Kenelma's", "Oolite Terrace", "Punt Rack")
RELATIVES = ("grandma", "aunty", "big sister", "uncle", "stepdad", "mum's partner", "cousin")
#: Twelve ways a date of birth gets typed (the tenth's ``_date`` fields), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{dd}.{mm}.{y}", "{d}/{m}/{y}", "{mon} {d}, {y}", "{d}{th} of {mo} {y}")
BIRTH_FORMS += ("{d} {mon} {yy}", "{dd}{mm}{y}", "{wd} {d}{th} {mo} {y}", "{d}-{m}-{yy}")
BIRTH_FORMS += ("{y}-{mm}-{dd}", "{mo} {d} {y}", "{dd}/{mm}/{yy}", "{d} {mo}. {y}")
WHEN_FORMS = ("{wd} {d}{th} {mon}", "{d} {mo} {y}", "{dd}/{mm}/{y}", "{wd} {d} {mo}")
WHEN_FORMS += ("{d}.{mm}.{y}",)
#: The forty-second's births (ages 0-17) in this corpus's forms.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying ---------------------------------------------------------------------------

# Placeholders as the tenth's person_values fills them: {f} {l} the child, {g} {h} the
# parent or carer, {k} a sibling, {rel} some other relative.
NAME_TEXT = (
    "College porter on the night gate says {f} {l}, 15, has been sleeping in the bike "
    "shed off the lane since the weekend.",
    "A gardener on the palace estate found {f} {l} hiding in the walled garden at 8pm, "
    "soaked, saying {g} had locked them out.",
    "Woollen mill shop assistant says {g} {h} pinched {f} hard on the arm by the blanket "
    "display and the child cried.",
    "almshouse warden says {f} {l} sleeps on an old lady's sofa most nights because "
    "{g} doesn't open the door",
    "Lock-keeper's mate at the weir pulled {f} {l}, 9, off the lock gates on Sunday, no "
    "grown-up about.",
    "Groom at the polo ground says {f} {l} has been mucking out for cash every morning "
    "before school, 6am starts.",
    "The cook in the plant nursery cafe says {g} {h} was slapping {f} round the head in the "
    "queue and nobody said a word.",
    "Pitch warden at the car boot saw {g} {h} selling {f}'s school shoes and the kid "
    "barefoot in the field.",
    "The man with the racing pigeon loft behind the allotments says {f} {l} turns up "
    "there at night and won't go home.",
    "Ring steward at the sheep show found {f} {l}, 7, wandering the lorry park at dusk.",
    "Model village attendant says {f} {l} comes in alone every day of the holidays and "
    "asks her for food.",
    "Keeper at the wildlife park: {g} {h} left {f} and {k} in the car park for three hours "
    "with the windows up.",
    "Guide at the motor museum says {f} {l} told him {g} hits them with a belt.",
    "Picker-up on the pheasant shoot says {g} {h} has {f}, 11, beating all day in the "
    "cold with no coat or food.",
    "The pub quiz host says {f} {l} sits in the beer garden till closing every Thursday "
    "while {g} drinks.",
    "Warden at the woodland burial ground found {f} {l} and an older lad drinking "
    "vodka among the graves at midnight.",
    "Florist at the wedding barn says {f} {l} told her {g} {h} burns them with the curling "
    "tongs when cross.",
    "Sheep shearer on the hill farm says {f} {l}, 14, has been living in the caravan by "
    "the dipping pen.",
    "Hedge layer on the estate says {g} {h} threw {f} into the hawthorn by the lane.",
    "Tree surgeon working the churchyard says {f} {l} is up the yews every school day with "
    "two men in their twenties.",
    "Driver of the mobile library says {f} {l}, 8, waits for the van alone and hasn't "
    "eaten all day.",
    "Caretaker of the tithe barn found {f} {l} asleep on the hay bales at 2am after a party.",
    "Lido lifeguard says {g} {h} held {f} under the water till the child panicked.",
    "Go-kart marshal says {f} {l} turned up with bruising all round the neck.",
    "Clay ground trap loader says {g} {h} lets {f}, 10, fire the guns unsupervised.",
    "Drover at the cattle market says {f} {l} is working the pens for cash and missing "
    "school most Wednesdays.",
    "Holiday cottage changeover cleaner found {f} {l} and {k} alone in a let with no food "
    "after the adults drove off.",
    "Green keeper at the bowls club says {f} {l} told him {g} won't let them back in the "
    "house till 10pm.",
    "Miller at the watermill says {g} {h} leaves {f}, 5, by the wheel race while working "
    "the tea shop.",
    "Rare breeds farm keeper says {f} {l} has cuts on both forearms and said {g} did it.",
)
NAME_LOWER = (
    "porter says {fl} {ll} in the bike shed again",
    "{fl} {ll} soaked in the walled garden, said locked out",
    "{gl} {hl} selling the kids shoes at the car boot",
    "lock mate pulled {fl} off the gates",
    "{ll} kids left in the wildlife park car park",
    "{fl} told the florist about the tongs",
    "rang {fl}'s {rel}, no sign of {gl} since tuesday",
    "{fl} {ll} missed the mobile library again, not eaten",
    "no one came for {fl} or {k} at the lido",
    "{gl} {hl} dragging {fl} round the cattle market",
    "{fl} {ll} got into a van by the tithe barn",
    "shearer says {fl} {ll} still in the caravan",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "{l} sisters",
    "{f} ({age})",
    "{fi} {l}",
    "{f} and {k}",
    "little {f}",
    "the {l} lot",
    "{g} {h}'s eldest",
    "{f} from the almshouse",
    "{l}, {f}",
)
SIGN_OFF = (
    "dont tell them its me\n{fl} x",
    "Best wishes\n{g} {h}\n({rel} of {f})",
    "ta\n{g} (mum to {f} & {k})",
    "sorry its long\n{f} {l} Y{year_group}",
    "Written for {f} by {rel} {g} {h}",
    "Yours,\n{g} {l}\nkinship carer",
    "{g}, {f}'s {rel}. ring me back",
    "{f} {l}\n{age} yrs",
    "Thanks, {g} {h} (has {f} every other week)",
)
NICKNAMES = ("Inchy", "Jangles", "Jiggy", "Kecks", "Knuckles", "Lambkin")
NICKNAMES += ("Lugs", "Larky", "Midge", "Mossy", "Nubs", "Nobby")
NICKNAMES += ("Oddsocks", "Mardy", "Quiff", "Quibble")
NICKNAME_TEXT = (
    "The lads at the polo lines call him {n} and send him for their fags.",
    "Round the market square they all know her as {n}; the older ones get her to hold stuff.",
    "{f}'s {rel} was shouting {n} down the towpath when the officers got there.",
    "He's {n} on TikTok, which is what the man from the car boot calls him too.",
)
NICKNAME_PSEUDONYM = ("{n}", "our {n}", "{n} {li}", "{n} (the {l} boy)")
DOB_TEXT = (
    "DOB off the red book: {dob}",
    "d.o.b {dob}",
    "{g} says {f} was born {dob}",
    "GP has her date of birth as {dob}",
    "born {dob} at the JR",
    "{f} {l} - DOB {dob}",
    "born {dob}, {age} now",
    "{rel} says DOB {dob} but the school has another",
    "born {dob} at Gloucestershire Royal, 29 weeks",
)
PHONE_TEXT = (
    "mum's mob {phone}",
    "{g} on {phone}",
    "{rel}'s number {phone}",
    "house phone {phone}",
    "{f} rang from {phone}",
    "aunty's mobile: {phone}",
)
NHS_TEXT = (
    "NHS no off the red book {nhs}",
    "{f}'s NHS number {nhs}",
    "baby's NHS no. {nhs}",
    "NHS number on the discharge letter {nhs}",
)
NI_TEXT = (
    "mum's NI no {ni}",
    "NI number {ni} (stepdad)",
    "dads NINO {ni}",
    "national insurance no for grandma: {ni}",
)
ADDRESS_TEXT = (
    "Family moved to {street}, {town}",
    "lives on {street}, flat over the bakery",
    "visited {street}, {town}, dogs barking and no answer",
    "{f} stopping at her {rel}'s on {street}",
    "four police call-outs to {street} since June",
    "evicted from {street}, now in a car outside {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "p/c {postcode}", "new postcode {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, Y{year_group}",
    "Y{year_group} at {school}, attendance 58%",
    "DSL from {short} rang it in",
    "{f} moved to {short} after Easter",
    "{f} at {school}, off {n2} days this term",
)
EMAIL_TEXT = ("mum's email {e}", "{g} wrote from {e}", "email {g} {h} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, DOB {dob}",
    "{fi}{li} at {street}",
    "{fi}{li}, Y{year_group}, {short}",
    "Child living at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} girl, {age}, {town}",
    "{fi}{li} born {dob}",
    "Y{year_group} at {school}",
    "the {l} household, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: Two two-tier counties: each county council's children's services and the county's
#: partners by their real names (the district council is each town's own, by its initials,
#: but Stroud's, which no earlier corpus has as an area, in full).
_OUH = "Oxford University Hospitals NHS Foundation Trust"
_OXH = "Oxford Health NHS Foundation Trust"
_GHT = "Gloucestershire Hospitals NHS Foundation Trust"
_GHC = "Gloucestershire Health and Care NHS Foundation Trust"
_OXON = {
    "council": ("Oxfordshire County Council children's services",),
    "police": ("Thames Valley Police",),
    "trust": (_OUH, _OXH),
    "icb": ("NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board",),
    "ambulance": ("South Central Ambulance Service NHS Foundation Trust",),
}
_GLOS = {
    "council": ("Gloucestershire County Council children's services",),
    "police": ("Gloucestershire Constabulary",),
    "trust": (_GHT, _GHC),
    "icb": ("NHS Gloucestershire Integrated Care Board",),
    "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
}
_OXSCP = "Oxfordshire Safeguarding Children Partnership"
_GLOS_TOWNS = ("Painswick", "Chipping Campden", "Fairford", "Lechlade", "Northleach")
_GLSCP = "Gloucestershire Safeguarding Children Partnership"

#: The twelve areas, Oxfordshire and Gloucestershire towns and large villages no earlier
#: corpus file names: the district council's teams, the county's partners by their real
#: names, and two civic venues of the town (libraries, halls, hospitals, community and
#: leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Wallingford": _OXON
    | _district("SODC")
    | {"venue": ("Wallingford Library", "Wallingford Community Hospital")},
    "Watlington": _OXON
    | _district("SODC")
    | {"venue": ("Watlington Library", "Watlington Town Hall")},
    "Faringdon": _OXON
    | _district("VWHDC")
    | {"venue": ("Faringdon Library", "Faringdon Leisure Centre")},
    "Chipping Norton": _OXON
    | _district("WODC")
    | {"venue": ("Chipping Norton Library", "Chipping Norton War Memorial Community Hospital")},
    "Woodstock": _OXON
    | _district("WODC")
    | {"venue": ("Woodstock Library", "Woodstock Town Hall")},
    "Burford": _OXON | _district("WODC") | {"venue": ("Burford Library", "Warwick Hall, Burford")},
    "Charlbury": _OXON
    | _district("WODC")
    | {"venue": ("Charlbury Library", "Charlbury Memorial Hall")},
    "Painswick": _GLOS
    | _district("Stroud District Council")
    | {"venue": ("Painswick Library", "the Painswick Centre")},
    "Chipping Campden": _GLOS
    | _district("CDC")
    | {"venue": ("Chipping Campden Library", "Chipping Campden Town Hall")},
    "Fairford": _GLOS
    | _district("CDC")
    | {"venue": ("Fairford Library", "Fairford Community Centre")},
    "Lechlade": _GLOS
    | _district("CDC")
    | {"venue": ("Lechlade Library", "Lechlade Memorial Hall")},
    "Northleach": _GLOS
    | _district("CDC")
    | {"venue": ("Northleach Library", "Westwoods Centre, Northleach")},
}
#: The partner kinds (the forty-eighth's, through the fifty-first), the partnership as
#: each county's pages name it, and every agency named, for the shape checks.
KINDS, PARTNERSHIPS = fiftyfirst_corpus.KINDS, tuple(AREAS)
SCP = {area: _GLSCP if area in _GLOS_TOWNS else _OXSCP for area in AREAS}
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 53-02", "LCSPR 53/05", "RR/53/11", "CSPR-53-08", "RR 53/14", "TR 53-03")
AGE_BANDS = ("aged five weeks", "under six months", "aged two", "aged nine", "aged 16")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Oolite", "Cornbrash", "Stonebrash", "Evenlode", "Wolds", "Fleecewool", "Weir")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_P = " The {role} will report back to the partnership's executive in {period}."
_S = "\n\nPlease reply to the business unit by {date}.\n\nWith thanks,\n{scp}"
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Case summary, {area}. A child {age_band} swallowed methadone kept in a kitchen "
        "cupboard and was taken to {trust} by ambulance. The parent's drug service had "
        "never asked where the medicine was stored or who else lived at the flat. {ref} "
        "will look at how adult treatment services think about their patients' children.",
        "Case summary for {ref}: a boy of nine was taken off a primary school roll for "
        "home education and then not seen by any professional for eighteen months. The "
        "elective home education officer wrote twice and had no reply. When {police} "
        "were called to the house in {area}, the child had lost a great deal of weight.",
        "Case summary, {area}: a mother with a learning disability was caring for a "
        "baby {age_band} who was not gaining weight. Adult social care and the health "
        "visiting service each held part of the picture and never met. {ref} asks what "
        "reasonable adjustments were offered to the mother, and when." + _P,
        "Case summary for {ref}. A 14-year-old had been living with a family friend for "
        "five months, a private fostering arrangement that nobody notified to the local "
        "authority. The school knew the address had changed. The {scp} wants to know "
        "why the arrangement was not recognised for what it was.",
        "Case summary, {area}. A baby {age_band} was badly bitten by the family's dog "
        "while a parent slept. The dog had bitten an older sibling the year before and "
        "a neighbour had complained to the {district}. The review {ref} will ask who "
        "knew about the dog and whether anyone linked it to the baby's safety." + _P,
        "Case summary for {ref}: an autistic girl of 12 was being held down at home "
        "during meltdowns after her short breaks placement closed. Her parents asked for "
        "help four times. The review will trace each request, who received it, and why "
        "the family were left to manage alone for most of a year.",
        "Case summary, {area}: a 16-year-old working in a takeaway was found to be "
        "holding drugs for the owner's associates. He had been reported missing six "
        "times. {ref} will examine whether the national referral mechanism was "
        "considered and why the return home interviews were never completed." + _P,
        "Case summary for {ref}: a seven-year-old drowned at a river mooring outside "
        "{area} while her family lived on a boat without a fixed address. The review "
        "will look at how services kept in touch with the family, and at the safety "
        "advice given to households who live on the water.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}: outcome. The partners do not think the case meets the "
        "criteria, as the injury does not appear to have been caused by abuse or "
        "neglect. {trust} will still carry out a single-agency learning review of its "
        "discharge planning, and the findings will come to the learning subgroup by "
        "{date2}.",
        "Rapid review {ref}: outcome. Criteria met. Because the child's mother was "
        "killed by a partner, this review will run jointly with a domestic homicide "
        "review commissioned by the community safety partnership. One chair and one "
        "reviewer will serve both, so that the family is asked to tell their story only "
        "once. The Panel will be told by {date2}.",
        "Rapid review {ref}: outcome. A local review will be held jointly with a "
        "safeguarding adults review for the child's father, whose needs as a vulnerable "
        "adult were part of what happened. {icb} and {council} will co-ordinate the "
        "two processes. Terms of reference by {date2}.",
        "Rapid review {ref}: outcome. The child lived in {area} but most agency contact "
        "happened in a neighbouring county. The two partnerships agreed on {date} that "
        "this one will lead, with the other partnership's agencies providing reports. "
        "{police} will coordinate the police contribution across both forces.",
        "Rapid review {ref}: outcome. The partners concluded that the learning is best "
        "drawn out through the child death review process, which is already under way. "
        "A separate local review would duplicate it. The rationale, with the views of "
        "the designated doctor, goes to the Panel by {date2}.",
        "Rapid review {ref}: outcome deferred. The independent school the child attended "
        "has not yet shared its safeguarding records, and the partners cannot decide "
        "without them. The {role} has written to the head. The Panel has been told of "
        "the delay and a decision is expected by {date2}.",
        "Rapid review {ref}: outcome. Criteria met, and the partners have chosen an "
        "appreciative inquiry approach, with the family invited to shape the questions. "
        "{ambulance}, {trust} and {police} each nominated a practitioner to the review "
        "team. A first meeting is set for {date} at {venue}.",
    ),
    "minutes": (
        "Notes: quality assurance subgroup, {venue}, {date}\n"
        "With: {council}, {trust}, {police}, two school reps.\n"
        "(a) Section 11 returns: 14 of 17 in; the rest chased.\n"
        "(b) Multi-agency audit of strategy meetings in {area}: findings {rag}.\n"
        "(c) Dip sample of early help plans deferred to {period}.\n"
        "Next: {date2}, {time}.",
        "Child death overview panel, {room}, {date}\n"
        "Members: designated doctor, {icb}, {ambulance}, {police}, a public health lead.\n"
        "Cases closed: four. Modifiable factors found in one (sleeping arrangements).\n"
        "Action: safer sleep leaflets to be restocked at {venue}.\n"
        "Next panel {date2}.",
        "Education safeguarding subgroup - {date} - {venue}\n"
        "Present: {council} education lead, the {district}, three DSLs, the {role}.\n"
        "Item 1: rising suspensions in Year 8.\n"
        "Item 2: the attendance protocol rewrite.\n"
        "Item 3: filtering and monitoring standards for schools.\n"
        "Date of next meeting: {date2}.",
        "Voice of the child group, {room}, {venue}, {date}\n"
        "Attending: youth participation officer, {trust}, {council}, two young advisers.\n"
        "1. Young advisers fed back on the partnership website: too much jargon.\n"
        "2. Survey on feeling safe in {area} to go out in {period}.\n"
        "3. Vouchers for the advisers' time agreed.\n"
        "Next: {date2}, {time}.",
        "Business meeting of the partnership team, {date}\n"
        "Present: the {role}, the {role2}, the training coordinator.\n"
        "- Website move to the new platform by {date2}.\n"
        "- Budget forecast for {period} on track.\n"
        "- Annual report drafting rota agreed.\n"
        "- {police} contribution invoice still unpaid.\n"
        "Next meeting in two weeks, {room}.",
        "Early help strategic group, {venue}, {date}\n"
        "Members: {council}, {icb}, the {district}, the voluntary sector alliance.\n"
        "1. Family hubs: opening hours in {area} to be extended.\n"
        "2. Early help assessments completed by partners, not only the council: {rag}.\n"
        "3. Feedback from parents on the front door.\n"
        "Next: {date2}.",
    ),
    "partner_email": (
        "Hi everyone,\n\nThe section 11 self-assessment opens on {date}. Each agency, "
        "{trust}, {police} and the {district} among them, should complete the online "
        "tool and upload evidence. A short guide is on the website, and the {role} can "
        "talk anyone through it." + _S,
        "Dear all,\n\nWe need two or three volunteers from frontline teams to join the "
        "next multi-agency case audit, looking at neglect in {area}. It will take one "
        "day at {venue} on {date2}, and cover can be requested through your manager. "
        "Please let us know if you can help." + _S,
        "Dear colleagues,\n\nAn update on the new arrangements: {council}, {police} "
        "and {icb} have agreed the revised published plan, which names the lead and "
        "delegated safeguarding partners and says how schools will sit on the "
        "executive." + _S,
        "Hello,\n\nWe are recruiting two new lay members to the partnership. They bring "
        "a community view to our work and help hold agencies to account. If you know "
        "someone in {area} who might be interested, please pass on the advert; the "
        "closing date is {date2}." + _S,
        "Dear headteachers and DSLs,\n\nWe would value ten minutes of your time on a "
        "short survey about attendance and children missing education. The results will "
        "go to the education safeguarding subgroup in {period}, along with the figures "
        "from {council}." + _S,
        "Dear partners,\n\nThe summer water safety campaign begins soon. {ambulance} and "
        "{police} have shared short videos, and we have posters for libraries and "
        "leisure centres. If your service would like a pack sent to {venue}, reply with "
        "how many you need." + _S,
        "Good morning,\n\nWe are setting up a network of learning champions, one in each "
        "team, to help spread findings from reviews like {ref}. Champions meet four "
        "times a year for an hour. Nominations from {trust} and the {district} would be "
        "especially welcome." + _S,
        "Hello all,\n\nPlease check the out-of-hours contact list attached and tell us "
        "of any changes by {date}. Last month a practitioner in {area} spent forty "
        "minutes trying to reach {icb}'s on-call safeguarding lead because the number "
        "was out of date." + _S,
    ),
    "local_review": (
        "LCSPR {ref}, update: the reviewer met the child's mother and grandmother at "
        "{venue} on {date}. They spoke of feeling judged by professionals and of one "
        "worker who made a real difference. The panel will consider how to reflect both "
        "in the report, and {trust} has offered to share the positive practice.",
        "LCSPR {ref}: the second panel on {date} went through the combined chronology "
        "line by line. Gaps remain for the period when the family lived outside {area}. "
        "{police} will search their systems again and the {district} will check housing "
        "records for the same months." + _P,
        "LCSPR {ref}: findings agreed in draft. The panel accepted four findings: "
        "professional optimism, a lack of challenge at conferences, fathers left out of "
        "assessments, and records that did not show the child's day-to-day life. "
        "Recommendations will go to the executive, and {icb} will lead on two of them.",
        "LCSPR {ref}: the reviewer held a session with the practitioners who knew the "
        "child best, some of whom were upset by the outcome. The {scp} has arranged "
        "support through each agency's employee assistance scheme, and the session "
        "notes have been anonymised before sharing.",
        "LCSPR {ref}: family meeting booked for {date}.",
        "LCSPR {ref}: reviewer's first draft received.",
        "LCSPR {ref}: timescale extended by agreement with the Panel.",
        "LCSPR {ref}: the family has seen the final draft.",
        "LCSPR {ref}: practitioner event moved to {date}.",
    ),
    "chronology": (
        "{date}: dentist found extensive decay and wrote to the GP.",
        "{date}: school noted the child arriving with no coat for the third week.",
        "{date}: paediatric review at {trust}; weight below the second centile.",
        "{date}: household discussed at MARAC.",
        "{date}: disrepair complaint logged with the {district}.",
        "{date}: child removed from the school roll for home education.",
        "{date}: private fostering notification received by {council}.",
        "{date}: return home interview offered and declined.",
        "{date}: {ambulance} took a parent in after an overdose; children with a neighbour.",
        "{date}: youth justice out-of-court disposal agreed.",
        "{date}: GP flagged two emergency department visits in a month.",
        "{date}: early help closed with goals met.",
        "{date}: {police} welfare check, no reply at the door.",
    ),
    "checklist": (
        "Section 11 return from {trust}: received.",
        "Family's views sought before the decision? Yes.",
        "Parallel processes listed (inquest, trial): {date}.",
        "Media interest assessed: low.",
        "Key lines of enquiry drafted.",
        "Agency involvement table complete? No.",
        "Safeguarding adults board informed: {date}.",
        "Reviewer's declaration of interests signed.",
        "Practitioners offered support after the incident? Yes.",
        "Child death notification sent: {date}.",
        "Neighbouring partnership consulted: {date2}.",
        "Information sharing agreement with the {district}: in place.",
        "Briefing for {police} chief officer: {date2}.",
    ),
    "notice": (
        "Section 11 audit window opens {date}.",
        "Child death overview panel: {date}, {room}.",
        "Quality assurance subgroup, {date}, {venue}, {time}.",
        "Lay members' catch-up at {venue}, {date}.",
        "Voice of the child week starts {date}.",
        "Business unit closed {date}; urgent items by email only.",
        "Online safety evening for parents, {venue}, {date}, {time}.",
        "Schools safeguarding conference, {venue}, {date2}.",
        "Foster carers' drop-in, {room}, {venue}, {date}.",
        "Early help forum postponed to {date2}.",
        "Learning champions meet at {venue}, {date}, {time} to {time2}.",
        "Half-term water safety campaign begins {date}.",
    ),
    "slack": (
        "new learning brief template is in the folder",
        "can we push QA subgroup to {time2}?",
        "lay member can't do {date}",
        "who has the key for {room} at {venue}?",
        "section 11 spreadsheet keeps locking, is someone in it?",
        "{trust} reps have changed, updating the distribution list",
        "CDOP papers redacted and sent",
        "quick q: is {ref} joint with adults?",
        "coffee's on me after the exec",
        "{police} agency report in, filing it now",
        "teams link for {date} is in the invite",
        "is the main hall at {venue} step-free?",
        "comments deadline moved to {date2}",
        "{icb} asking about the audit tool, can someone pick up?",
        "happy friday all",
    ),
    "panel": (
        "Panel annual report themes discussed at the executive {date}.",
        "Panel's letter on {ref} tabled at the learning subgroup.",
        "Panel practice review on {theme} circulated to partners.",
        "Panel webinar for partnerships on {date}.",
        "Panel question on family involvement in {ref} answered.",
        "Panel acknowledged the {ref} notification.",
        "No Panel reply yet on {ref}; chasing {date2}.",
        "Local protocol checked against the Panel's latest guidance.",
        "Panel analyst asked for the final report on {ref}.",
        "Panel feedback passed to the {role}.",
        "Notification to the Panel and Ofsted made {date}.",
    ),
    "publication": (
        "Press statement for {ref} cleared by {police}.",
        "Easy read version to go out with the report.",
        "Publication window for {ref}: {period}.",
        "Report withheld on advice, to protect the siblings.",
        "Place names and identifying details removed before publication.",
        "Briefing for elected members ahead of publication, {date}.",
        "Redaction check by the {council} information governance team.",
        "Link to {ref} sent to the national case review repository.",
        "Family asked that the report stay unpublished; partners considering it.",
        "Publication of {ref} timed with the learning event on {date2}.",
        "Communications leads met {date} about publication.",
    ),
    "improvement": (
        "Recommendation 1: {trust} to review how missed appointments are escalated, by {date2}.",
        "Learning from {ref} written into induction for new social workers.",
        "{council} to refresh the pre-birth protocol by {date}.",
        "{police} to train response officers on capturing the child's voice.",
        "Audit of strategy meeting attendance in {period}: {rag}.",
        "{icb} to check GP safeguarding leads have protected time.",
        "Recommendation closed: supervision policy agreed {date}.",
        "{ambulance} to add a prompt about other children in the home.",
        "Progress on {ref} actions reported as {rag}.",
        "The {district} to share notices of eviction with early help.",
        "Dashboard for {period} now reports outcomes as well as activity.",
        "Evidence for recommendation 7 due from {trust} by {date2}.",
    ),
    "housing_note": (
        "Notice seeking possession shared by the {district} with consent.",
        "{district} rough sleeping outreach met a 17-year-old on {date}.",
        "The {district} is reviewing its temporary accommodation for families.",
        "{district} joined the {ref} panel for the housing section.",
        "Officers from the {district} in {area} booked onto {course}.",
        "Wallingford: SODC asked Thames Valley Police to look at sofa-surfing teenagers "
        "after two reports.",
        "In Watlington, SODC community safety staff asked Oxford Health NHS Foundation "
        "Trust for a named contact for young people's mental health.",
        "Faringdon - VWHDC will pass disrepair complaints from families with babies to "
        "health visiting.",
        "WODC's community safety team is funding a late youth session in Chipping Norton.",
        "Woodstock: WODC housing and the school nurse team now meet monthly.",
        "Burford's holiday lets were raised by WODC as a possible risk for exploited young people.",
        "WODC and Oxfordshire County Council agreed a single contact for families in Charlbury.",
        "Stroud District Council is mapping which Painswick families are in overcrowded homes.",
        "Chipping Campden: CDC and Gloucestershire Constabulary reviewed CCTV around the square.",
        "Fairford families placed by CDC in emergency housing get a health visitor "
        "call within a week.",
        "CDC asked Gloucestershire Health and Care NHS Foundation Trust to attend its "
        "Lechlade housing surgery.",
        "In Northleach, CDC and Gloucestershire Hospitals NHS Foundation Trust are "
        "testing a discharge checklist.",
    ),
    "training": (
        'Course added to the calendar: "{course}".',
        "Feedback forms for {course} close {date}.",
        "Safeguarding induction for new lay members, {date}, {venue}.",
        "Waiting list open for {course} in {period}.",
        "Half-day session on {theme} at {venue}, {date}, {time} to {time2}.",
        "Train-the-trainer day, {room}, {venue}, {date}.",
        "Training coordinators' meeting, {room}, {date}.",
        "Three months on, {theme} course delegates report using the tools.",
        "Level 3 update for health staff due in {period}.",
        "Wallingford practitioners joined the Oxfordshire Safeguarding Children "
        "Partnership's neglect screening launch.",
        "A Fairford session of the Gloucestershire Safeguarding Children Partnership "
        "looked at bruising in babies.",
        "Thames Valley Police and South Central Ambulance Service NHS Foundation Trust "
        "trained Chipping Norton youth workers on self-harm.",
        "Lechlade swimming clubs were briefed by South Western Ambulance Service NHS "
        "Foundation Trust.",
        "GP practices around Faringdon took the NHS Buckinghamshire, Oxfordshire and "
        "Berkshire West Integrated Care Board exploitation module.",
        "NHS Gloucestershire Integrated Care Board funded a perinatal mental health day "
        "in Chipping Campden.",
        "Woodstock parents heard from Oxford University Hospitals NHS Foundation Trust "
        "about head injuries.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child R", "Child JT", "Infant D", "Baby M", "Young Person K", "Sibling 2"),
    *("Sibling 4", "Unborn Baby F", "TK", "A.B.", "Child G and Child H", "Oolite"),
    *("Cornbrash", "Stonebrash", "Evenlode", "Wolds", "Fleecewool", "Weir", "Child V"),
    *("Infant PL", "Baby AS", "Young Person B", "RM", "G", "Child N", "Sibling Y"),
    *("K.D.", "Baby E and Baby F", "Child CW", "Young Person DN", "LS", "Infant W"),
    "Sibling C",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("fiftythird-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
