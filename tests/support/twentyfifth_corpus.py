"""A twenty-fifth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``twentyfifth_names.json``, a seeded snapshot of female and male first name and
  surname pairs from two JavaScript generators no earlier corpus used: chance 1.1.13 (MIT;
  ``chance.first({gender, nationality})`` and ``chance.last({nationality})``, seeded
  ``twentyfifth-<nationality>``) for every nationality it has a surname table for (en, it,
  nl, uk, de, jp, es, fr; it has first-name tables for en, it, nl and fr only, so the uk,
  de, jp and es people take its default, English, first names, as children of England
  often do), and @faker-js/faker 10.6.0 (MIT; ``faker.person.firstName(sex)`` and
  ``lastName(sex)``, seeded with the FNV-1a hash of ``twentyfifth-<locale>``) for the
  locales cs_CZ, hr, hu, sr_RS_latin, sl_SI, de_AT, nl_BE, pt_PT, it, en_ZA, id_ID, vi,
  en_IN and ne. ``twentyfifth_names.mjs`` writes 200 candidates a source, women and men in
  turn, with the source's surname table; the Python side (``regenerate_names``) keeps, in
  order, three people a source (``DRAWN``) whose names are one capitalised word of plain
  letters, three or more, whose first name is in no drawn source's surname table, and
  whose names are in no earlier snapshot (``EARLIER``: the fourth to the twenty-second, and
  the twenty-third's and twenty-fourth's, written at the same time, where present) nor
  drawn already. faker-js's vi and ne locales have no name in plain letters (Vietnamese
  with its diacritics, Nepali in Devanagari), so nothing is drawn from them (``EMPTY``);
  cs_CZ gives men only, its women's surnames all ending in -ová. Every draw was read by
  hand and the entries that read as ordinary words, places, pet forms, typos or not a
  person's name were left out (``NOT_NAMES``: Among, Flor, Pomp, Chase, Waters, Georgia,
  Medina, Pim, Janie, Paja, Opung...), then drawn again, three times, until the draw read
  as real names. Neither package is a dependency; regenerate with, in a temporary folder,
  ``npm install chance@1.1.13 @faker-js/faker@10.6.0`` and then
  ``uv run python -m tests.support.twentyfifth_corpus <that folder>/node_modules``; the
  corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus, none in an earlier corpus file
  (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a dental nurse, a scout leader, a pharmacist, a school caretaker, a
  neighbour, a lollipop man, a piano teacher, a vet nurse, a window cleaner, a caravan
  park warden...), in lower case and in sign-offs by a child, a parent or a relative;
  names and give-away details in pseudonyms; nicknames; dates of birth in twelve typed
  forms; addresses on invented streets (``STREETS``) in real towns of the areas; postcodes;
  phone, NHS and NI numbers; invented schools (``SCHOOLS``); email addresses; written out
  by the thirteenth's ``identifying_written``, as many of each category as its ``MIX``
  says.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long as the bot's 500-character
  summary and note fields allow: incident case summaries by role, rapid review decision
  rationales with reasons and dates, multi-line minutes extracts, emails of a few
  paragraphs with a sign-off block; and short text: checklist notes, chronology lines,
  Panel and publication notes, improvement actions, district council housing and
  community safety notes, notices with dates, times, rooms and venues, and Slack lines. It
  is set in twelve two-tier district council areas of England (``AREAS``) that no earlier
  corpus file names: Torridge, Mid Devon, Teignbridge, Rushmoor, Test Valley, Havant,
  Charnwood, Melton, Newark and Sherwood, Gedling, Wychavon and Forest of Dean (Melton,
  Newark and Sherwood and Gedling stand in for Hinckley and Bosworth, Bassetlaw and
  Mansfield, which earlier corpus files name), with the district council's housing and
  community safety teams, the county's partners (the county council's children's
  services, or Worcestershire Children First; the police force; the NHS trusts; the
  integrated care board, NHS Frimley for Rushmoor; the ambulance service), real civic
  venues, never a person's address, and each county partnership by the name it uses
  (``SCP``). People are named only by role; the roles, themes, courses, rooms, times and
  periods are the twenty-first's, imported (through the twenty-second's ``DRAWS``).
- Every identifier is an invented one, filled in by the tenth corpus's ``person_values``:
  phone numbers from Ofcom's ranges for drama, 999-range NHS numbers whose check digit is
  right, National Insurance numbers beginning QQ, addresses at example.* domains, and
  postcodes shaped like real ones in areas Royal Mail does not use. Identifying samples
  take the ``source`` ``chance-<nationality>`` or ``faker-js-<locale>`` if a drawn person
  is named in them, ``hand-nicknames`` if a nickname is, and ``hand`` if neither.
- The benign pseudonyms keep to DOMAIN.md and are listed by hand
  (``BENIGN_PSEUDONYM_TEXT``): bare initials, initials after "Child", "Baby" and the like
  (``PSEUDONYM_WORDS``), a numbered sibling, or a chosen word that no one bears as a first
  name (``CHOSEN``).

A drawn name that is also a word of the benign text would be dropped (``assembled``); none
is here. No
sample was changed after seeing what the guard does with it.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
import subprocess
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import ModuleType

from tests.support import (
    eighteenth_corpus,
    fourteenth_corpus,
    seventeenth_corpus,
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
from tests.support.thirteenth_corpus import MIX, Kin, Nicknames, identifying_written, mixed

SEEN = ""
NAMES_FILE = Path(__file__).with_name("twentyfifth_names.json")
NODE_SCRIPT = Path(__file__).with_name("twentyfifth_names.mjs")
SOURCES = "chance 1.1.13 (MIT) and @faker-js/faker 10.6.0 (MIT)"
SEED = "twentyfifth-<nationality or locale>"
#: The snapshots whose names are skipped: every earlier one, and the sibling corpora's.
EARLIER = (*twentysecond_corpus.EARLIER, "twentysecond_names.json")
EARLIER += ("twentythird_names.json", "twentyfourth_names.json")

#: chance's nationalities (every one it has a surname table for) and faker-js's locales.
CHANCE = ("en", "it", "nl", "uk", "de", "jp", "es", "fr")
FAKER_JS = ("cs_CZ", "hr", "hu", "sr_RS_latin", "sl_SI", "de_AT", "nl_BE", "pt_PT", "it")
FAKER_JS += ("en_ZA", "id_ID", "vi", "en_IN", "ne")
#: faker-js locales with no name in plain letters, so none drawn.
EMPTY = frozenset({"vi", "ne"})
#: The sources drawn, and how many people from each.
DRAWN = tuple((f"chance-{nationality}", 3) for nationality in CHANCE)
DRAWN += tuple((f"faker-js-{locale}", 3) for locale in FAKER_JS if locale not in EMPTY)
ROMANISED: tuple[str, ...] = ()
#: One capitalised word of plain letters, three or more.
PLAIN = re.compile(r"[A-Z][a-z]{2,}")
#: Entries of the candidates read by hand in the draw as words, places, pet forms, typos or
#: not a person's name.
NOT_NAMES = frozenset(
    {
        *("Among", "Flor", "Pomp", "Sakura", "Chase", "Sparks", "Wise", "Candide", "Gust"),
        *("Lore", "Bent", "Pena", "Pastor", "Dale", "Paja", "Pera", "Lotti", "Willie"),
        *("Gussie", "Addie", "Lettie", "Linnie", "Johnnie", "Lou", "Nino", "Miro", "Minka"),
        *("Granat", "Turk", "Opung", "Ganesha", "Medina", "Mauzer", "Essie", "Waters", "West"),
        *("Mattie", "Myrtie", "Love", "Pim", "Janie", "Norman", "Warren", "Georgia"),
        *("Acacius", "Hilarius", "Cas", "Angoustan", "Mittie", "Alta"),
    }
)


def _kept(
    candidates: dict[str, dict[str, list[list[str]]]],
    used: set[str],
    sources: tuple[tuple[str, int], ...] = DRAWN,
    not_names: frozenset[str] = NOT_NAMES,
) -> dict[str, list[list[str]]]:
    """Each drawn source's first people, in order, whose names pass (see the docstring);
    ``sources`` and ``not_names`` let a later corpus filter its own draw the same way."""
    surnames = {s.casefold() for source in candidates.values() for s in source["surnames"]}
    people: dict[str, list[list[str]]] = {}
    for source, count in sources:
        drawn: list[list[str]] = []
        for _, first, last in candidates[source]["people"]:
            words = {first.casefold(), last.casefold()}
            plain = all(PLAIN.fullmatch(w) and w not in not_names for w in (first, last))
            new = len(words) == 2 and not words & used and first.casefold() not in surnames
            if plain and new and len(drawn) < count:
                drawn.append([first, last])
                used |= words
        people[source] = drawn
    return people


def regenerate_names(node_modules: str, corpus: ModuleType | None = None) -> None:
    """Run the node script on ``node_modules`` (chance and faker-js), keep, and write;
    ``corpus``, a later module with the same attributes, regenerates that corpus's."""
    c = corpus or sys.modules[__name__]
    out = subprocess.run(
        ["node", str(c.NODE_SCRIPT), node_modules], capture_output=True, text=True, check=True
    ).stdout
    present = tuple(f for f in c.EARLIER if c.NAMES_FILE.with_name(f).exists())
    people = _kept(json.loads(out), _earlier_names(present), c.DRAWN, c.NOT_NAMES)
    about = {"source": c.SOURCES, "seed": c.SEED}
    rows = ",\n".join(f"{json.dumps(s)}: {json.dumps(p)}" for s, p in people.items())
    text = f'{json.dumps(about)[:-1]}, "people": {{\n{rows}\n}}}}\n'
    c.NAMES_FILE.write_text(text, encoding="utf-8")


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Mossbank Ley", "Wheelwright's Drove", "Rushyford Crescent", "Cider Press Lane")
STREETS += ("Foxglove Tything", "Pennycress Way", "Quernstone Terrace", "Lintel Row")
TOWNS = ("Bideford", "Great Torrington", "Tiverton", "Cullompton", "Newton Abbot", "Dawlish")
TOWNS += ("Farnborough", "Aldershot", "Andover", "Romsey", "Waterlooville", "Loughborough")
TOWNS += ("Melton Mowbray", "Ollerton", "Arnold", "Evesham", "Pershore", "Cinderford")
SCHOOLS = (
    "Mossbank Primary School",
    "Rushyford Academy",
    "St Frideswyn's Church of England Primary",
    "Cider Press Lane Infant School",
    "Wheelwright's Junior School",
    "Quernstone High School",
    "Pennycress Day Nursery",
    "Foxglove Tything Pupil Referral Unit",
)
SCHOOL_SHORT = ("Mossbank", "Rushyford", "St Frideswyn's", "Quernstone", "Wheelwright's")
RELATIVES = ("gran", "grampy", "great-aunt", "stepfather", "mum's partner", "nana", "uncle")
#: Dates of birth as typed (the tenth's ``_date`` fields).
BIRTH_FORMS = ("{d}.{m}.{y}", "{mon} {d}{th}, {y}", "{dd}-{mo}-{y}", "{d} {mo} '{yy}")
BIRTH_FORMS += ("{y}.{mm}.{dd}", "{dd}{mm}{yy}", "{wd}, {d} {mon} {y}", "{d}/{m}/{y}")
BIRTH_FORMS += ("{mo}-{dd}-{y}", "{dd} {mon} {yy}", "the {d}{th} of {mon} {y}", "{dd}/{m}/{yy}")
WHEN_FORMS = ("{d} {mon} {y}", "{wd} {d} {mon}", "{dd}.{mm}.{y}", "{wd} {d}{th} {mo}")
WHEN_FORMS += ("{d}/{m}/{y}",)

#: Children born from 2011 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The fields are person_values' (the tenth corpus), with {rel} a relative: {f} {l} name the
# child, {g} {h} a parent or carer, {k} a brother or sister.
NAME_TEXT = (
    "The dental nurse counted eleven rotten teeth in {f} {l}'s mouth and no one has booked "
    "the extractions.",
    "Scout leader says {f} {l} turned up to camp with a split lip and would not change in "
    "front of the others.",
    "Pharmacist: {g} {h} bought four packs of paracetamol for {f} in one afternoon.",
    "School caretaker found {f} {l} sleeping in the bike shed before the gates opened.",
    "Neighbour heard {g} {h} tell {f} she would be put in a bin bag if she cried again.",
    "The lollipop man says {f} {l} crosses alone at 7am with her baby brother in a buggy.",
    "Piano teacher stopped lessons because {g} {h} came to the door with a bottle in hand.",
    "Vet nurse noticed {f} {l} had the same burn pattern on her arm as the family dog.",
    "Window cleaner saw {f} {l} tied to a chair in the back room on {g}'s orders.",
    "Caravan park warden says {g} {h} leaves {f} and {k} in the van for whole nights.",
    "{f} {l} told the ice rink staff that {g} makes her sleep in the garage.",
    "The postwoman says {f} {l} answers the door every weekday morning instead of being at school.",
    "Foodbank volunteer: {g} {h} said {f} has not eaten since Friday.",
    "Driving instructor reported {f} {l}, 17, has bruises on her wrists each lesson.",
    "{k} {l} told the karate instructor that {g} hits {f} with a belt.",
    "Lifeguard at the lido pulled {f} {l} out after {g} {h} fell asleep on the side.",
    "A&E triage nurse: {f} {l} arrived with a bite mark that {g} says came from a sibling.",
    "The barber saw a bald patch on {f} {l}'s head where hair had been pulled out.",
    "Tutor says {f} {l} showed her texts from a man offering money to meet at the station.",
    "{g} {h} sent {f} to buy cigarettes and vodka at the corner shop again.",
    "The choir leader says {f} {l} flinches when anyone raises a hand near her face.",
    "Park ranger found {f} {l} alone in the woods after dark, saying she cannot go home.",
    "Delivery driver saw {g} {h} drag {f} up the stairs by her hair.",
    "{f} {l} asked the dinner supervisor if she could take leftovers home for {k}.",
    "Farm manager says {f} {l}, 13, has been working the milking shift before school.",
    "The madrasa teacher noticed {f} {l} limping and refusing to sit down.",
    "Paramedic: {g} {h} was too drunk to tell us how long {f} had been unconscious.",
    "Supermarket security stopped {f} {l} stealing baby formula for {k}.",
    "The launderette owner says {g} {h} leaves {f} there for hours with no money.",
    "School photographer saw a handprint bruise on {f} {l}'s cheek on picture day.",
    "{f} {l} told the bowling alley staff that {g}'s boyfriend photographs her.",
    "Gym receptionist says {g} {h} leaves baby {f} in the car for the whole class.",
    "The ticket inspector found {f} {l} on the last train with an older man, no ticket.",
    "Housing officer saw {f} {l} sleeping on a mattress soaked in urine.",
    "Locksmith called out by {g} {h} says {f} was locked in her room from the outside.",
    "Youth club volunteer: {F} {L} has a new phone and cash nobody can explain.",
)
NAME_LOWER = (
    "dental nurse worried about {fl} {ll} again",
    "{fl} {ll} was with {gl} at the pharmacy, both shaking",
    "has anyone heard from {fl} since monday",
    "{gl} {hl} refused entry again at the door",
    "{ll} kids are back at the caravan park",
    "scouts say {fl} {ll} wet herself at camp and was frightened to tell {gl}",
    "{fl} and {k} {ll} seen at the bus stop at midnight",
    "spoke to {fl}'s {rel} - says {gl} is drinking again",
    "{fl} {ll} new bruise left cheek, photos taken",
    "no one answering at {gl} {hl}'s flat",
    "{fl} {ll} missing from home since 9pm",
    "caretaker found {fl} asleep in the shed",
)
NAME_PSEUDONYM = (
    "Our {f}",
    "{f} {li}. (real name)",
    "{ll}",
    "{fi}.{li}. aka {f}",
    "Wee {f}",
    "{l} baby",
    "{f} & {k} (siblings)",
    "Child {fl}",
    "Sibling of {f} {l}",
    "{L} {fi}",
    "{f}'s brother",
    "{g} {h}'s daughter",
    "{li}, {f}",
)
SIGN_OFF = (
    "thank you for listening to me\n{fl} x",
    "From {g} {h}, {f}'s mum, who is at the end of her tether",
    "cheers,\n{g} ({f} and {k}'s dad)",
    "Yours faithfully,\n{g} {h}\n{rel} and carer of {f} {l}",
    "please don't tell my mum\nfrom {f}",
    "Many thanks,\n{g} {l} (grandmother)",
    "sorry for the long message - {g}, {f}'s {rel}",
    "{f} {l}, aged {age}, wrote this herself",
    "Warm regards,\n{g} {h} on behalf of {f}",
)
NICKNAMES = ("Sugarsnap", "Bimble", "Tuppenny", "Squidgeon", "Noodlebug", "Wobblejelly")
NICKNAMES += ("Dimplekin", "Puddleduck", "Biscuitbean", "Tinkerbee", "Monkeynut")
NICKNAMES += ("Jammydodger", "Scampi", "Bubblesqueak", "Nutmeg", "Pumpernickel")
NICKNAME_TEXT = (
    "Everyone on the estate calls her {n}, even the teachers.",
    "The older lads know him as {n} and that is the name on his snap account.",
    "{n} - that's what {f}'s {rel} calls her - turned up at the police station alone.",
    "Mum's texts to the school only ever say {n}, never her real name.",
)
NICKNAME_PSEUDONYM = ("{n} (what she is called)", "{n} the {l} boy", "baby {n}", "{n}, {fi}.{li}.")
DOB_TEXT = (
    "DOB given at triage: {dob}",
    "Born: {dob}",
    "Mum gave {f}'s date of birth as {dob}",
    "DOB (per the red book) {dob}",
    "birth date {dob}",
    "{f}, born {dob}, was taken to the hospital",
    "date of birth - {dob}, so she is {age} now",
    "twins, both born {dob}",
    "arrived early on {dob}, 32 weeks",
)
PHONE_TEXT = (
    "her mum's number is {phone}",
    "Dad (mobile): {phone}",
    "{g} can be reached on {phone}",
    "the {rel}'s phone is {phone}",
    "landline {phone}",
    "{f} texted from {phone} at 3am",
)
NHS_TEXT = (
    "NHS no. on the wristband: {nhs}",
    "baby's nhs number {nhs}",
    "{f} - NHS {nhs}",
    "NHS number (from the GP letter) {nhs}",
)
NI_TEXT = (
    "mum's NI no: {ni}",
    "stepdad national insurance number {ni}",
    "N.I. number {ni} (father)",
    "NI: {ni}",
)
ADDRESS_TEXT = (
    "The family live at {street}, {town}",
    "home address is {street}, top flat",
    "Went round to {street}, {town} - curtains shut",
    "staying at her {rel}'s on {street}",
    "Police attended {street} twice last week",
    "Moved out of {street} into a hostel in {town}",
)
POSTCODE_TEXT = ("their postcode is {postcode}", "Her post-code {postcode}", "pcode: {postcode}")
SCHOOL_TEXT = (
    "Goes to {school}, year {year_group}, attendance 61%",
    "Year {year_group} pupil, {school}",
    "Head of year at {short} rang the duty desk",
    "{f} started {short} in the spring term",
    "She is on roll at {school} but has missed {n2} days since half term",
)
EMAIL_TEXT = ("email for mum - {e}", "the {rel} wrote from {e}", "{g} <{e}>")
PSEUDONYM_REVEALING = (
    "Newborn {l} ({dob})",
    "{fi}{li}, lives {street}",
    "{fi}{li}, year {year_group}, {short}",
    "The child at {postcode}",
    "{fi}{li} / {nhs}",
    "{l} girl, {age}, {town}",
    "DOB {dob} ({fi}{li})",
    "Child at {school}",
    "the {l} twins, {town}",
)


def identifying_tables(
    tables: ModuleType,
) -> tuple[Kin, dict[str, tuple[str, ...]], Nicknames]:
    """A corpus's ``KIN`` (where its people live and learn, how their dates of birth are
    drawn, their relatives), ``TEMPLATES`` (each identifying category's, in ``MIX``'s
    order; ``MIX`` says how many) and ``NICKNAMED`` (sixteen), from the tables it has
    written so far, laid out as this one's are."""
    t = tables
    kin = Kin((t.STREETS, t.TOWNS, t.SCHOOLS, t.SCHOOL_SHORT), t._birth, t.RELATIVES)
    written = (t.NAME_TEXT, t.NAME_LOWER, t.NAME_PSEUDONYM, t.SIGN_OFF, t.DOB_TEXT)
    written += (t.PHONE_TEXT, t.NHS_TEXT, t.NI_TEXT, t.ADDRESS_TEXT, t.POSTCODE_TEXT)
    written += (t.SCHOOL_TEXT, t.EMAIL_TEXT, t.PSEUDONYM_REVEALING)
    templates = {category: w for (category, _, _), w in zip(MIX, written, strict=True)}
    return kin, templates, Nicknames(16, t.NICKNAMES, (t.NICKNAME_TEXT, t.NICKNAME_PSEUDONYM))


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = identifying_tables(sys.modules[__name__])


def identifying_of(
    tables: ModuleType,
) -> Callable[[random.Random, dict[str, list[tuple[str, str]]]], list[Sample]]:
    """The thirteenth's writer on a corpus's ``KIN``, ``TEMPLATES`` and ``NICKNAMED``; a named
    sample's source is its snapshot key as it stands (``chance-<nationality>``,
    ``faker-js-<locale>``)."""

    def identifying(rng: random.Random, people: dict[str, list[tuple[str, str]]]) -> list[Sample]:
        plan = mixed(tables.TEMPLATES)
        written = identifying_written(rng, people, tables.KIN, plan, tables.NICKNAMED, stride=0)
        return [
            dataclasses.replace(s, source=s.source.removeprefix("names-dataset-")) for s in written
        ]

    return identifying


_identifying = identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_DEVON = {
    "council": ("Devon County Council children's services",),
    "police": ("Devon and Cornwall Police",),
    "icb": ("NHS Devon Integrated Care Board",),
    "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
}
_ROYAL_DEVON = "Royal Devon University Healthcare NHS Foundation Trust"
_DPT = "Devon Partnership NHS Trust"
_HANTS = {
    "council": ("Hampshire County Council children's services",),
    "police": ("Hampshire and Isle of Wight Constabulary",),
    "icb": ("NHS Hampshire and Isle of Wight Integrated Care Board",),
    "ambulance": ("South Central Ambulance Service NHS Foundation Trust",),
}
_HIOWH = "Hampshire and Isle of Wight Healthcare NHS Foundation Trust"
#: The kinds of partner the county shares with its districts.
_COUNTY_KINDS = ("council", "police", "trust", "icb", "ambulance")


def _county(area: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """An earlier corpus's county area, its partners only (its venues are the county's)."""
    return {kind: area[kind] for kind in _COUNTY_KINDS}


_LEICS = _county(seventeenth_corpus.AREAS["Leicestershire"])
_NOTTS = {
    "council": ("Nottinghamshire County Council children and families services",),
    "police": ("Nottinghamshire Police",),
    "icb": ("NHS Nottingham and Nottinghamshire Integrated Care Board",),
    "ambulance": ("East Midlands Ambulance Service NHS Trust",),
}
_NOTTS_MH = "Nottinghamshire Healthcare NHS Foundation Trust"


def _district(council: str) -> dict[str, tuple[str, ...]]:
    return {"district": (f"{council} housing options team", f"{council} community safety team")}


#: The twelve district council areas (none an earlier corpus file names), the district's
#: teams and the county's partners by their real names, and civic venues of the district.
#: The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Torridge": _DEVON
    | _district("Torridge District Council")
    | {
        "trust": (_ROYAL_DEVON, _DPT),
        "venue": ("Riverbank House, Bideford", "the Burton at Bideford"),
    },
    "Mid Devon": _DEVON
    | _district("Mid Devon District Council")
    | {
        "trust": (_ROYAL_DEVON, _DPT),
        "venue": ("Phoenix House, Tiverton", "the Lords Meadow Leisure Centre, Crediton"),
    },
    "Teignbridge": _DEVON
    | _district("Teignbridge District Council")
    | {
        "trust": ("Torbay and South Devon NHS Foundation Trust", _DPT),
        "venue": ("Forde House, Newton Abbot", "Newton Abbot Library"),
    },
    "Rushmoor": _HANTS
    | _district("Rushmoor Borough Council")
    | {
        "trust": ("Frimley Health NHS Foundation Trust", _HIOWH),
        "icb": ("NHS Frimley Integrated Care Board",),
        "venue": ("the Council Offices, Farnborough", "Princes Hall, Aldershot"),
    },
    "Test Valley": _HANTS
    | _district("Test Valley Borough Council")
    | {
        "trust": ("Hampshire Hospitals NHS Foundation Trust", _HIOWH),
        "venue": ("Beech Hurst, Andover", "Crosfield Hall, Romsey"),
    },
    "Havant": _HANTS
    | _district("Havant Borough Council")
    | {
        "trust": ("Portsmouth Hospitals University NHS Trust", _HIOWH),
        "venue": ("the Public Service Plaza, Havant", "the Spring Arts and Heritage Centre"),
    },
    "Charnwood": _LEICS
    | _district("Charnwood Borough Council")
    | {"venue": ("Loughborough Town Hall", "Loughborough Library")},
    "Melton": _LEICS
    | _district("Melton Borough Council")
    | {"venue": ("Parkside, Melton Mowbray", "Melton Carnegie Museum")},
    "Newark and Sherwood": _NOTTS
    | _district("Newark and Sherwood District Council")
    | {
        "trust": ("Sherwood Forest Hospitals NHS Foundation Trust", _NOTTS_MH),
        "venue": ("Castle House, Newark", "the National Civil War Centre, Newark"),
    },
    "Gedling": _NOTTS
    | _district("Gedling Borough Council")
    | {
        "trust": ("Nottingham University Hospitals NHS Trust", _NOTTS_MH),
        "venue": ("Arnold Civic Centre", "the Bonington Theatre, Arnold"),
    },
    "Wychavon": _district("Wychavon District Council")
    | _county(eighteenth_corpus.AREAS["Worcestershire"])
    | {"venue": ("the Civic Centre, Pershore", "Evesham Town Hall")},
    "Forest of Dean": _district("Forest of Dean District Council")
    | _county(fourteenth_corpus.AREAS["Gloucestershire"])
    | {"venue": ("the Council Offices, Coleford", "Lydney Town Hall")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
_DCFP = "Devon Children and Families Partnership"
_HSCP = "Hampshire Safeguarding Children Partnership"
_LRSCP = "Leicestershire and Rutland Safeguarding Children Partnership"
_NSCP = "Nottinghamshire Safeguarding Children Partnership"
#: Each area's county partnership as it styles itself.
SCP = {
    "Torridge": _DCFP,
    "Mid Devon": _DCFP,
    "Teignbridge": _DCFP,
    "Rushmoor": _HSCP,
    "Test Valley": _HSCP,
    "Havant": _HSCP,
    "Charnwood": _LRSCP,
    "Melton": _LRSCP,
    "Newark and Sherwood": _NSCP,
    "Gedling": _NSCP,
    "Wychavon": "Worcestershire Safeguarding Children Partnership",
    "Forest of Dean": "Gloucestershire Safeguarding Children Partnership",
}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 28-37", "LCSPR 29/11", "RR/27/63", "CSPR-28-52", "RR 29/24", "PLR 28-16")
AGE_BANDS = ("under six months", "aged three", "of junior school age", "aged 14", "aged 17")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Ashlar", "Culvert", "Coppice", "Lintel", "Sluice", "Trefoil", "Quern", "Tithe")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}: a baby was taken to {trust} by {ambulance} with "
        "bleeding on the brain. The parents gave no account of a fall. {police} arrested "
        "both parents and {council} placed the older brother with relatives that "
        "evening. The family had been re-housed by the {district} a month before.",
        "Incident summary: a girl aged 15 in {area} was found by {police} in a car with two "
        "men after being reported missing four times in six weeks. Each return interview "
        "was done, but the answers were not pulled together. The rapid review asked why "
        "the exploitation screening tool was not used until the fifth episode.",
        "Case summary ({ref}): a child {age_band} with autism died in a house fire at night. "
        "The fire service found no working smoke alarm. The family were known to {council} "
        "through a child in need plan closed last year, and the {district} had inspected "
        "the property after a complaint about damp. The review considers home safety.",
        "Summary by role: the health visitor saw a baby at home twice and noted good "
        "weight gain. The GP saw the mother for low mood. The {district} placed the family "
        "in emergency housing after a fire. {police} attended a domestic incident there "
        "and sent a notification to the MASH, which was not linked to the earlier ones.",
        "Summary for {ref}: a boy aged 16 was stabbed near a leisure centre in {area} and "
        "survived after surgery at {trust}. He had been excluded from school and was on a "
        "waiting list for a youth offending programme. The review will look at exclusion, "
        "the transition between schools and who held the risk over the summer holidays.",
        "Case summary: a toddler was found alone on a main road at dawn by a passing "
        "motorist. {police} took the child to safety and found the parent asleep after "
        "taking drugs. {council} had received two anonymous referrals that year, both "
        "closed after a single visit. The rapid review looks at repeat referrals.",
        "Summary ({ref}): a baby attended {trust} three times in two weeks with "
        "feeding problems and was sent home each time. On the fourth visit a fractured "
        "femur was found. The review looks at how repeat attendances are flagged and "
        "whether the emergency department saw the earlier notes from the urgent care centre.",
        "Incident summary: a young person of 17 leaving care in {area} died of an overdose "
        "in supported accommodation. The personal adviser had raised concerns about a new "
        "group of adult friends. The {district} held the tenancy. Partners notified Ofsted "
        "and the Secretary of State within five working days as she was still looked after.",
        "Summary for {ref}: three siblings were removed by {council} after a teacher saw "
        "one child eating from a bin. The home had no beds, and the eldest, 12, was caring "
        "for the others. Health records at {trust} showed missed immunisations for all "
        "three. The review asks why neglect of this length went unchallenged.",
        "Case summary ({ref}): a baby died after being shaken by a parent's partner. "
        "{ambulance} crews gave care on scene and the baby was flown to {trust}. The "
        "partner was not known to {council} but had been arrested by {police} for assault "
        "in another county. The review looks at how new adults in a household are checked.",
    ),
    "rapid_review_rationale": (
        "Rationale ({ref}), {date}: the partners agreed not to commission a local review. "
        "The learning, about linking police domestic abuse notifications to earlier ones, "
        "is already the subject of an action from a previous review in {area}, and "
        "{police} has changed how the MASH records them. A briefing goes out by {date2}.",
        "Decision, {date}: commission an LCSPR for {ref}. The criteria are met: a child "
        "died, abuse is suspected, and {council}, {trust} and the {district} each held "
        "part of the picture without sharing it. The review will take a systems approach. "
        "The terms of reference go to the partners' meeting on {date2}.",
        "Rapid review decision ({ref}): recommend the Panel considers a national review. "
        "The young person was placed by another local authority, missing education for "
        "months, and exploited across three counties. The {role} will send the rapid review "
        "to the Panel by {date2}, with a covering note on the cross-border concerns.",
        "Rationale for no further review, {date}: the medical evidence from {trust} shows "
        "the injury was accidental, the family engaged well, and the agencies involved "
        "acted quickly. The partners considered the criteria in full and found they are not "
        "met. The rationale will be shared with the family by the {role}.",
        "Decision summary ({ref}): a practice learning review on {theme} was agreed on "
        "{date} in place of an LCSPR, as the learning is narrow and mainly for {council} "
        "and the {district}. Both have agreed to take part fully. The {scp} will publish "
        "a seven-minute briefing by {date2} so that the learning reaches frontline staff.",
        "Rationale, {date}: the partners could not reach a decision at the first meeting "
        "because the {trust} chronology was incomplete. A second meeting on {date2} agreed "
        "an LCSPR. The reasons: more than one agency, a theme seen before ({theme}), and the "
        "child's death. The Panel has been told why the decision was made later than usual.",
        "Decision ({ref}): no local review. The case shows good practice by {ambulance} "
        "and {police}, and the only gap, a delay in passing information from the school "
        "nurse, is already being fixed. The partners recorded that the threshold is not met "
        "and agreed to share the good practice through the {scp} newsletter in {period}.",
        "Rationale for an LCSPR, agreed {date}: the neglect was long-standing, agencies "
        "disagreed on thresholds for years, and escalation was not used. An independent "
        "reviewer will be appointed by {date2}. The review may pause if {police} advise it "
        "would prejudice the criminal investigation, and the Panel will be told.",
        "Decision summary, {date}: the partners agreed the rapid review for {ref} had met "
        "all four aims. Immediate safety of the siblings was confirmed by {council}. The "
        "learning on {theme} will be taken forward through an existing review rather than "
        "a new one. All three partners signed off; the review went to the Panel on {date2}.",
        "Rationale ({ref}), {date}: commission an LCSPR because the child lived in {area} "
        "but was known to services in two neighbouring counties, records did not follow "
        "the family, and the {district} re-housed them three times in a year. The partners "
        "ask the reviewer to consider how housing moves are shared with health visiting.",
    ),
    "minutes": (
        "Rapid review meeting, {ref}, {date}, {room}\n"
        "Attending: {role}, {role2}, police and health.\n"
        "1. All chronologies in but the {district}'s.\n"
        "2. The siblings are safe with a relative.\n"
        "3. Emerging learning on {theme}.\n"
        "Action: the review officer to circulate a draft by {date2}.",
        "{scp} learning and review subgroup, {venue}, {time}\n"
        "Item 2: {ref}. The independent reviewer reported that agency reports are in and "
        "the practitioner event is booked. The family have accepted an invitation to meet.\n"
        "Item 3: the audit of {theme} will report in {period}.\n"
        "Next meeting: {date2}, {room}.",
        "Notes of the practitioner event for {ref}, {date}\n"
        "Staff from {council}, {trust}, {police} and the {district} attended. Discussion "
        "centred on who knew about the family's moves and how concerns were passed on. The "
        "reviewer will reflect the themes in the draft report.\n"
        "Action: written reflections by {date2}.",
        "Extract: safeguarding partners' executive, {date}, {venue}\n"
        "Present: the three statutory partners for the county and the independent "
        "scrutineer.\n"
        "The {role} reported that the LCSPR for {ref} is on schedule for a draft by {date2}. "
        "{police} asked that publication wait for the trial. Agreed.\n"
        "Decision: progress noted.",
        "Rapid review meeting for {ref}, held online\n"
        "The chair reminded members the purpose is learning, not blame.\n"
        "Health: {trust} summary read; three contacts, no concerns recorded.\n"
        "Police: two call-outs to the address, one with a child present.\n"
        "Housing: the {district} had a tenancy warning on file.\n"
        "Outcome: recommend a practice learning review.",
        "Case review group, {date}, minutes extract\n"
        "1. Action tracker: {rag}; three actions overdue, owners reminded.\n"
        "2. {ref}: terms of reference agreed with one change on the scope.\n"
        "3. The {role2} will bring the audit on {theme} next time.\n"
        "AOB: the {period} training programme is now on the {scp} website.",
        "Sign-off meeting, {date}, {time}\n"
        "The rapid review for {ref} was read with agencies' comments.\n"
        "{council}: agreed.\n"
        "{police}: agreed, with one correction to the chronology.\n"
        "{icb}: agreed.\n"
        "The review officer will send it to the Panel by {date2}.",
        "Quality assurance subgroup, {venue}, {date}\n"
        "The group reviewed the multi-agency audit of {theme} in {area}. Of ten cases, "
        "seven were judged good. Strengths: timely information sharing. To improve: the "
        "voice of the child in plans, and joint work with the {district}.\n"
        "Action: the {role} to report progress in {period}.",
    ),
    "partner_email": (
        "Dear colleagues,\n\n"
        "Please find attached the information request for rapid review {ref}. Could each "
        "agency send its chronology and summary by {date}, on the template provided?\n\n"
        "The review meeting is on {date2} at {time} in {room}, {venue}.\n\n"
        "Many thanks,\nReview officer\n{scp}",
        "Hello all,\n\n"
        "The Panel notification for {ref} is due by {date}. It will be submitted through "
        "the government's online system, not by email.\n\n"
        "Could the {police} and {icb} leads confirm by {time} tomorrow that they are happy "
        "with the summary of agency involvement?\n\n"
        "Kind regards,\nBusiness manager, {scp}",
        "Dear {role},\n\n"
        "Thank you for the {trust} chronology for {ref}; it is very clear. Two questions: "
        "was the missed outpatient appointment followed up, and did the GP see the "
        "discharge letter?\n\n"
        "Answers before the meeting on {date} would be a great help.\n\n"
        "Best wishes,\nLearning and review officer\n{scp}",
        "Dear partners,\n\n"
        "The Panel has replied on {ref}. It agrees with commissioning an LCSPR and asks "
        "that the review consider {theme} and the role of the {district}.\n\n"
        "Draft terms of reference will follow by {date}; comments by {date2}, please.\n\n"
        "Regards,\nPartnership manager\n{scp}",
        "Hi everyone,\n\n"
        'Booking is open for "{course}" on {date} at {venue}, {time} to {time2}. It is '
        "for practitioners in {council}, {police}, health, schools and the district "
        "councils' housing teams.\n\n"
        "Please book through the {scp} training pages.\n\n"
        "Thanks,\nTraining coordinator",
        "Dear colleagues,\n\n"
        "The final report for {ref} must reach the Panel and the Secretary of State seven "
        "working days before publication on {date2}, so no later than {date}.\n\n"
        "The inquest has closed and legal advice is that publication can go ahead.\n\n"
        "With thanks,\nBusiness manager\n{scp}",
        "Dear {role2},\n\n"
        "I can confirm that {ambulance} will attend the practitioner event for {ref} on "
        "{date}: two crew members and our safeguarding lead.\n\n"
        "Our single-agency learning will follow by {date2}.\n\n"
        "Kind regards,\nHead of safeguarding\n{ambulance}",
        "Good morning,\n\n"
        "Publication of the LCSPR for {ref} is on hold while the criminal case continues. "
        "{police} will tell us when the trial ends. I have written to the Panel and the "
        "Secretary of State with the reasons for the delay.\n\n"
        "I will update partners on {date}.\n\n"
        "Regards,\nPartnership manager, {scp}",
        "Dear housing colleagues,\n\n"
        "Thank you for the {district}'s contribution to rapid review {ref}. The tenancy "
        "history was very useful and will be reflected in the summary.\n\n"
        "Could you join the review meeting on {date} at {time}, {venue}? It should take "
        "about an hour.\n\n"
        "Best regards,\nReview officer\n{scp}",
    ),
    "chronology": (
        "{date}: {council} told of the incident by {ambulance}.",
        "{date}: strategy discussion; {police}, {council} and {trust} present.",
        "{date}: serious incident notification sent to the Panel.",
        "{date}: information requests issued for {ref}.",
        "{date}: {district} tenancy history received.",
        "{date}: rapid review meeting; decision deferred to {date2}.",
        "{date}: rapid review submitted to the Panel.",
        "{date}: Panel letter received agreeing the decision.",
        "{date}: LCSPR commissioned; reviewer in post from {date2}.",
        "{date}: practitioner event at {venue}.",
        "{date}: draft report shared with the partners.",
        "{date}: publication paused pending the criminal trial.",
        "{date}: final report went to the Panel and to the Secretary of State.",
        "{date}: the report went live on the {scp} website.",
        "{date}: child death review partners notified.",
        "{date}: {ambulance} crew statement added to the chronology.",
        "{date}: {icb} confirmed sign-off by email.",
        "{date}: {icb} designated doctor joined the review group.",
    ),
    "checklist": (
        "Panel notified: {date}, within five working days.",
        "Partners told: {council}, {police}, {icb}.",
        "Agency chronologies: 6 of 7 in; {district} outstanding.",
        "Siblings' immediate safety considered: yes.",
        "Race, culture and disability considered in the analysis: yes.",
        "Sign-off: LA and police done; ICB due {date}.",
        "Rationale to be shared with the family on {date}.",
        "Child death review partners notified: yes.",
        "Named nurse at {trust} confirmed the health summary {date}.",
        "Terms of reference signed off {date}.",
        "Reviewer's contract agreed; start {date}.",
        "Final report to the Panel seven working days before publication: by {date}.",
        "Parallel proceedings: inquest opened and adjourned.",
        "Actions added to the improvement tracker: 5.",
        "Clock counted from the date of notification.",
        "Housing records from the {district} requested {date}.",
        "Crew records requested from {ambulance}: received {date}.",
        "Family invited to contribute: letter sent {date}.",
    ),
    "notice": (
        "Rapid review meeting {ref}: {date}, {time}, {room}, {venue}.",
        "Practitioner event: {date}, {time} to {time2}, {venue}.",
        "Partners' executive: {date} at {time}, {room}.",
        '"{course}" on {date} at {venue}; refreshments provided.',
        "DSL network meeting, {date}, {time}, {venue}.",
        "{scp} annual conference, {date}, {venue}.",
        "Housing and safeguarding briefing with the {district}, {date}, {time}.",
        "Online briefing on {theme}: {date}, {time}.",
        "{venue} closed to visitors on {date}.",
        "Scrutiny session: {date}, {time2}, {room}.",
        "Audit day on {theme}, {date}, {venue}.",
        "The {period} learning calendar is now published.",
        "Health safeguarding leads' forum, {icb}, {date} at {time}.",
        "Police and partners' meeting, {police}, {date}.",
        "{ambulance} safeguarding leads' meeting, {date}, {time}, online.",
        "Lunchtime learning on {theme}: {date}, {room}, {venue}.",
        "Reviewers' workshop, {date}, {time2}, online.",
    ),
    "slack": (
        "morning, chronologies for {ref} due today",
        "has {trust} sent theirs?",
        "{trust} lead can make the {time} call after all",
        "notification for {ref} submitted at {time}",
        "could someone book {room} for {date}?",
        "thanks all, received",
        "reminder: {ref} sign-off by {date}",
        "I'll chase {police} for the incident logs",
        "ToR draft in the channel now",
        "Panel have agreed with our decision",
        "running late for the {time} call, sorry",
        "who is covering the {role} while they're away?",
        "deadline is provisional until the notification date is logged",
        "{district} have sent the tenancy notes",
        "{icb} want the draft by {date}",
        "tracker updated - {rag} overall",
        "anyone booked on {course}?",
        "is {ref} counted from the aware date or the notification?",
        "publication on hold for {ref} until the verdict",
        "great briefing today, thank you",
        "{icb} are sending a deputy to the {time} meeting",
        "{ambulance} can't make {date}, can we move it?",
        "{ambulance} summary came in first thing",
    ),
    "panel": (
        "Panel reply on {ref} received {date}: agrees with the decision.",
        "The Panel asked for more on {theme} before replying.",
        "Panel agreed no national review; local review to go ahead.",
        "{ref} submitted to the Panel on {date}.",
        "Panel letter asks the LCSPR to look at cross-border placements.",
        "Panel told of the delay to publishing {ref}.",
        "Panel feedback: a clear, timely rapid review.",
        "Panel asked how {trust} will test its new triage prompt.",
        "Panel questioned the decision not to review; response sent {date}.",
        "Panel acknowledged the notification for {ref}.",
        "Panel asked whether {icb} and {ambulance} had seen the draft.",
        "Panel asked for sight of the final report by {date}.",
        "Panel's annual report themes discussed by {area} partners.",
        "Reply to the Panel on {ref} agreed by the three partners.",
    ),
    "publication": (
        "Publication of {ref} pencilled in for {date}.",
        "Report to remain on the {scp} website for at least a year.",
        "Publication delayed by the criminal trial.",
        "Anonymised report agreed by all three partners on {date}.",
        "Media statement drafted with {council} press office.",
        "Report to go to the NSPCC repository after a year.",
        "Family told the publication date on {date}.",
        "Only the improvement findings will be published, for exceptional reasons.",
        "Publication moved to {date2} after the inquest was relisted.",
        "Seven-minute briefing to be published with the report.",
        "Publication plan shared with {icb} and {ambulance} communications leads.",
        "Publication hold lifted {date}.",
        "Report summary included in the {scp} yearly report.",
    ),
    "improvement": (
        "Action 1: {trust} to re-audit repeat attendances by {date}.",
        "Action 2: {council} to check household membership at every assessment.",
        "Action: {police} to copy domestic abuse notifications to health visiting.",
        "Action: {icb} to fund safe sleep training for practice nurses.",
        "Action 3: learning event on {theme} in {period}.",
        "Action: {ambulance} to add a safeguarding question to crew handovers.",
        "Action: the {district} to tell health visitors when a family is re-housed.",
        "Action 4 complete: escalation protocol relaunched {date}.",
        "Action now owned by the {role}; due date stays the same.",
        "Improvement plan {period}: 8 actions, 5 complete, 3 {rag}.",
        "Action: every agency to move to the joint chronology template from {date}.",
        "Assurance: re-audit in {period} to test the learning has stuck.",
        "Action 5 overdue: update requested by {date}.",
        "Action 7: {ambulance} to audit referrals from crews attending children at night.",
        "Action 6: learning from {ref} built into induction by {date}.",
        "Action: {icb} to check GP records transfer when children move county.",
        "Action: the {district} to add a safeguarding flag to temporary housing placements.",
    ),
    "district_note": (
        "The {district} confirmed the family's move date for the chronology.",
        "{district}: no record of a homelessness application before {date}.",
        "Housing officer from the {district} to join the case review group.",
        "The {district} will share its learning with other district councils in the county.",
        "Community safety partnership briefed on {ref} by the {district}.",
        "Temporary accommodation placements now shared with {council} each week.",
        "Early help referral made by the {district} on {date}.",
        "The {district} has asked to be copied into the action plan.",
        "Environmental health visit by the {district} on {date} noted damp.",
        "Leisure centre staff training on safeguarding booked by the {district} for {date}.",
        "The {district}'s safeguarding lead attended the rapid review meeting.",
        "Anti-social behaviour case closed by the {district}; no children recorded.",
        "Rushmoor Borough Council and NHS Frimley Integrated Care Board agreed a joint housing "
        "and health briefing for GP practices in Farnborough and Aldershot.",
        "South Central Ambulance Service NHS Foundation Trust crews now tell the district "
        "councils when they attend children in temporary housing.",
        "Gedling Borough Council housing officers met Nottingham University Hospitals NHS Trust "
        "discharge staff about families leaving hospital with nowhere settled to live.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child F",
    "Child RW",
    "Infant K",
    "Baby T",
    "Young Person M",
    "Sibling 3",
    "Sibling 5",
    "Unborn Baby J",
    "HN",
    "P.D.",
    "Child E and Child G",
    "Ashlar",
    "Culvert",
    "Coppice",
    "Lintel",
    "Sluice",
    "Trefoil",
    "Quern",
    "Tithe",
    "Child Y",
    "Infant RT",
    "Baby KM",
    "Young Person L",
    "DW",
    "S",
    "Child A",
    "Sibling X",
    "J.B.",
    "Baby C and Baby D",
    "Child ZP",
    "Young Person AS",
    "LT",
    "Infant N",
    "Unborn Child H",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("twentyfifth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
