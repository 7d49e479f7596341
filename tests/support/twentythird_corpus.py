"""A twenty-third held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``twentythird_names.json``, a seeded snapshot of female and male first name and
  surname pairs from @faker-js/faker 10.6.0 (npm, MIT; a source no earlier corpus used, with
  its own locale data), five people from each of twelve locales (``DRAWN``): en_GB, en_IE,
  en_NG, yo_NG, en_GH, pl, ro, lv, sk, tr, zu_ZA and fr_SN. The node script
  ``twentythird_names.mjs`` seeds each locale ``23000 +`` its place in the list and draws
  eighty people, female and male in turn (``faker.person.firstName(sex)`` and
  ``faker.person.lastName(sex)``); ``regenerate_names`` keeps, in draw order, the first five
  of each locale whose names are one capitalised word of three or more Latin letters (the
  tenth's test; every locale is in Latin script, so nothing needed romanising and entries in
  other scripts or with marks that are not letters are dropped), whose first name is not
  also one of the locale's surnames, whose Polish surname matches the first name's sex (the
  tenth's ``_fits``; faker-js's Polish surnames do not follow the sex asked for), and whose
  names no earlier snapshot holds (``EARLIER``: the fourth to the twenty-second, and the
  sibling corpora written with this one, the twenty-fourth and the twenty-fifth, skipped
  when absent). Every draw was read by hand and the entries that read as words, pet forms,
  typos, first names in the surname column or not a person's name were left out
  (``NOT_NAMES``: Pink, Sname, Babtunde, Colins, Slávka, Petrică, Ayomide, Mircea...), then
  drawn again, twice, until the draw read as real names. faker-js is not a
  dependency; regenerate with ``npm install @faker-js/faker@10.6.0`` in a folder ``DIR``,
  then ``uv run python -m tests.support.twentythird_corpus DIR``; the corpus itself reads
  the JSON only.
- Nicknames: pet names written by hand for this corpus, none in an earlier corpus file
  (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a dental nurse, a scout leader, a school caretaker, a lollipop man, a piano
  teacher, a ferry crew, a lifeboat crew, a vet nurse, a window cleaner, a tattooist...), in
  lower case and in sign-offs by a child, a parent or a relative; names and give-away
  details in pseudonyms; nicknames; dates of birth in twelve typed forms; addresses on
  invented streets (``STREETS``) in real towns of the areas; postcodes; phone, NHS and NI
  numbers; invented schools (``SCHOOLS``); email addresses; written out by the thirteenth's
  ``identifying_written``, as many of each category as its ``MIX`` says.
- Benign text, written by hand (``BENIGN``; ``_uses`` fills each template at most three
  times, as the twenty-first's does), about a third of it long as the bot's 500-character
  summary and note fields allow: incident case summaries by role, rapid review decision
  rationales with reasons and dates, multi-line minutes extracts, emails of a few
  paragraphs with a sign-off block; and short text: checklist notes, chronology lines,
  Panel and publication notes, improvement actions, notices with dates, times, rooms and
  venues, and Slack lines. It is set in twelve real areas of England (``AREAS``) that no
  earlier corpus used: the Isles of Scilly (in the Cornwall and the Isles of Scilly
  partnership), the City of London (City and Hackney), four Essex districts under the Essex
  Safeguarding Children Board (Tendring, Uttlesford, Braintree, Maldon), two Surrey
  districts (Waverley, Tandridge), two Lincolnshire districts (East Lindsey, South Holland),
  Dacorum in Hertfordshire and Cherwell in Oxfordshire, with their real partners (the
  council's children's services, the district council's housing service, the police force,
  the NHS trusts, the integrated care board, the ambulance service), real civic venues,
  never a person's address, and each partnership by the name it uses (``SCP``). The six
  other areas first asked for (Bournemouth, Christchurch and Poole; Cambridgeshire and
  Peterborough; County Durham; Kingston upon Hull; St Helens; Cumberland) are already areas
  of earlier corpora, so districts were taken instead. People are named only by role; the
  roles, themes, courses, rooms, times and periods are the twenty-first's, imported.
- Every identifier is an invented one, filled in by the tenth corpus's ``person_values``:
  phone numbers from Ofcom's ranges for drama, 999-range NHS numbers whose check digit is
  right, National Insurance numbers beginning QQ, addresses at example.* domains, and
  postcodes shaped like real ones in areas Royal Mail does not use. Identifying samples
  take the ``source`` ``faker-js-<locale>`` if a drawn person is named in them,
  ``hand-nicknames`` if a nickname is, and ``hand`` if neither.
- The benign pseudonyms keep to DOMAIN.md and are listed by hand
  (``BENIGN_PSEUDONYM_TEXT``): bare initials, initials after "Child", "Baby" and the like
  (``PSEUDONYM_WORDS``), a numbered sibling, or a chosen word that no one bears as a first
  name (``CHOSEN``).

A drawn name that is also a word of the benign text would be dropped (``assembled``). No
sample was changed after seeing what the guard does with it.
"""

from __future__ import annotations

import dataclasses
import json
import random
import subprocess
import sys
from functools import partial
from pathlib import Path

from tests.support import twentyfirst_corpus, twentysecond_corpus
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import (
    _fits,
    assembled,
    birth_values,
    snapshot_people,
    table_entry_ok,
    write_snapshot,
)
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.twentyfirst_corpus import COURSES, PERIODS, ROOMS, THEMES

SEEN = ""
NAMES_FILE = Path(__file__).with_name("twentythird_names.json")
SCRIPT = NAMES_FILE.with_suffix(".mjs")
FAKER_VERSION = "10.6.0"
#: The snapshots whose names are skipped: every earlier one, and the siblings written with it.
EARLIER = (*twentysecond_corpus.EARLIER, "twentysecond_names.json")
EARLIER += ("twentyfourth_names.json", "twentyfifth_names.json")
#: faker-js locales drawn, and how many people from each.
LOCALES = ("en_GB", "en_IE", "en_NG", "yo_NG", "en_GH", "pl", "ro", "lv", "sk", "tr")
LOCALES += ("zu_ZA", "fr_SN")
DRAWN = tuple((locale, 5) for locale in LOCALES)
ROMANISED: tuple[str, ...] = ()
#: The locales whose surnames mark their bearer's sex as the tenth's ``_fits`` knows them.
MARKED = {"pl": "PL"}
NOT_NAMES = frozenset(
    {
        *("Pink", "Watsica", "Ayomide", "Aderonke", "Sname", "Babtunde", "Colins", "Mircea"),
        *("Slávka", "Bönge", "Delazy", "Cummerata", "Hannabel", "Petrică"),
    }
)


def _pair_ok(sex: str, first: str, last: str, locale: str, surnames: set[str]) -> bool:
    """A drawn pair to keep: both plain Latin words (the tenth's test, less ``NOT_NAMES``), a
    first name the locale does not also hold as a surname, a surname of the right form."""
    plain = all(
        table_entry_ok(w, "", not_names=NOT_NAMES, ascii_only=frozenset()) for w in (first, last)
    )
    fits = _fits(MARKED.get(locale, ""), last, female=sex == "female")
    return plain and first not in surnames and fits


def regenerate_names(faker_js: str = "/tmp/fjs") -> None:
    """Draw with node (``SCRIPT``, faker-js installed under ``faker_js``), keep the first five
    usable people of each locale whose names no earlier snapshot holds, and write the snapshot."""
    run = subprocess.run(
        ["node", str(SCRIPT), faker_js], capture_output=True, check=True, text=True
    )
    drawn = json.loads(run.stdout)
    used = _earlier_names(tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists()))
    people: dict[str, list[list[str]]] = {}
    for locale, count in DRAWN:
        surnames, kept = set(drawn[locale]["surnames"]), []
        for sex, first, last in drawn[locale]["draws"]:
            words = {first.casefold(), last.casefold()}
            new = len(kept) < count and len(words) == 2 and not words & used
            if new and _pair_ok(sex, first, last, locale, surnames):
                kept.append([first, last])
                used |= words
        people[locale] = kept
    about = {"source": f"@faker-js/faker {FAKER_VERSION} (MIT)", "seed": "23000 + locale's place"}
    write_snapshot(NAMES_FILE, about, people)


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Shinglebank Row", "Wrackweed Lane", "Oysterbed Close", "Brambleside Walk")
STREETS += ("Tollgate Furlong", "Fellmonger's Yard", "Malting Chase", "Sedgefen Drove")
TOWNS = ("Hugh Town", "Clacton-on-Sea", "Harwich", "Saffron Walden", "Witham", "Maldon")
TOWNS += ("Godalming", "Caterham", "Skegness", "Spalding", "Hemel Hempstead", "Bicester")
SCHOOLS = (
    "Shinglebank Primary School",
    "Wrackweed Academy",
    "St Aldwyn's Catholic Primary",
    "Sedgefen Community Junior School",
    "Malting Chase Church of England Infant School",
    "Tollgate Furlong High School",
    "Oysterbed Short Stay School",
    "Brambleside Pre-School",
)
SCHOOL_SHORT = ("Shinglebank", "Wrackweed", "St Aldwyn's", "Sedgefen", "Tollgate Furlong")
RELATIVES = ("gran", "grandpops", "aunt", "stepfather", "mum's partner", "big sister", "nana")
#: Dates of birth as typed (the tenth's ``_date`` fields).
BIRTH_FORMS = ("{d}.{m}.{y}", "{dd}-{mm}-{y}", "{d} {mo}. {y}", "{mon} {d}, {y}")
BIRTH_FORMS += ("{d}/{mm}/{yy}", "{y}.{mm}.{dd}", "{d}{th} {mon}, {y}", "{dd} {mon} {y}")
BIRTH_FORMS += ("{wd}, {d} {mon} {y}", "{dd}{mm}{y}", "{m}-{d}-{y}", "{d} {mo} '{yy}")
WHEN_FORMS = ("{d} {mon} {y}", "{wd} {d} {mon}", "{d}/{m}/{y}", "{wd} {d}{th} {mo}")
WHEN_FORMS += ("{dd}.{mm}.{y}",)

#: Children born from 2011 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The fields are person_values' (the tenth corpus), with {rel} a relative: {f} {l} name the
# child, {g} {h} a parent or carer, {k} a brother or sister.
NAME_TEXT = (
    "Dental nurse says {f} {l} has eleven rotten teeth and {g} {h} missed every referral.",
    "The scout leader saw {f} {l} eating from the camp bins and hiding bread in his tent.",
    "School caretaker found {f} {l} sleeping in the boiler house before the gates opened.",
    "Next-door neighbour hears {g} {h} banging {f}'s head on the shared wall most nights.",
    "The lollipop man says {f} {l} crosses alone at 7am carrying the baby.",
    "Piano teacher noticed finger-shaped bruises on {f} {l}'s upper arm.",
    "{f} {l} told her Brownie leader that {g} burns her with a lighter when cross.",
    "The karate instructor saw {g} {h} drag {f} out of the dojo by the hair.",
    "Postwoman says {f} {l} answers the door alone every weekday and looks thin.",
    "Ice rink staff found {f} {l}, 13, with a man in his thirties who gave a false name.",
    "Park ranger found {f} and {k} {l} sleeping in the bandstand in March.",
    "Foodbank volunteer says {g} {h} sells the vouchers and {f} comes in hungry.",
    "Midwife could not get past {g} {h} to see baby {f} on the day five visit.",
    "Speech therapist says {f} {l} whispered that {g} puts tape over her mouth.",
    "Ferry crew reported {f} {l} travelling alone to the mainland with an older man.",
    "Madrassa teacher says {f} {l} has welts on both legs and will not sit down.",
    "Dance teacher saw {g} {h} slap {f} in the car park after the show.",
    "Breakfast club staff say {f} {l} has worn the same clothes for two weeks.",
    "Lifeboat crew pulled {f} {l} from the harbour at 2am; she said {g} threw her out.",
    "Supermarket security caught {f} {l}, 9, stealing nappies for {k}.",
    "Railway staff found {f} {l} at Clacton station at midnight asking for {g}.",
    "Vet nurse says {g} {h} brought the dog in hurt and {f} had the same marks.",
    "A barber shaved {f} {l}'s head for lice and found sores all over the scalp.",
    "Window cleaner saw {f} {l} locked in an upstairs room with the curtains taped.",
    "{g} {h} told the care home manager she leaves {f} alone on night shifts.",
    "Drama club leader: {f} {l} says her stepdad films her in the bath.",
    "{f} {l} turned up at the fire station at 11pm saying {g} had a knife.",
    "Tattooist refused {f} {l}, 14, who came in with an adult who said he was her uncle.",
    "The GP receptionist says {g} {h} shouted that {f} is faking the seizures.",
    "Angling club secretary saw {g} {h} push {k} {l} into the river.",
    "Allotment neighbour says {f} {l} spends all day on the plots because {g} locks her out.",
    "{k} {l} rang ChildLine to say {g} had not fed {f} since Sunday.",
    "Baby {f} {l} was brought in floppy; {g} {h} had left her with a 12-year-old.",
    "Leisure centre receptionist saw {f} {l} leave with two men in a grey car.",
)
NAME_LOWER = (
    "did {fl} {ll} ever get to the dentist??",
    "{fl} {ll} hasnt been at scouts for 3 wks",
    "{gl} {hl} kicked off at the foodbank again today",
    "{fl} says {rel} is staying over most nights now",
    "home visit - {gl} wouldn't open the door, {fl} at the window",
    "{fl} and {k} waiting outside the chippy at 10pm",
    "can we check if {gl} {hl} is still on tag?",
    "{fl} {ll} came to breakfast club with no coat again",
    "just seen {fl} {ll} on the ferry with that man",
    "{fl}'s {rel} wants to take her to stay",
    "{gl} {hl} asking again where {fl} is placed",
    "ring back re {fl} {ll} - school worried",
)
NAME_PSEUDONYM = (
    "{f} {l}",
    "{F}",
    "{l}, {f}",
    "{fl} {ll}",
    "{fi}. {l}",
    "{f} {li}., {age}",
    "baby {l}",
    "{l} household",
    "{f} and {k}",
    "{l} (sibling group)",
    "{f} - {age} yrs",
    "{g} {h}'s daughter",
    "the {l} kids",
)
SIGN_OFF = (
    "sorry for being trouble\n{f}",
    "From {g} {h}, his mum",
    "thank u for listening\n{f} {l} x",
    "Kind regards,\n{g} {h} (grandparent of {f})",
    "{f} {l}, year {year_group}, please dont tell",
    "Warm regards,\n{g} ({f} and {k}'s mum)",
    "{rel} of {f} {l}",
    "Many thanks\n{g} {l}",
    "from {fl}, {short}",
)
NICKNAMES = ("Limpet", "Winkle", "Lemon Drop", "Bubblegum", "Wobbleknee", "Choccy")
NICKNAMES += ("Bunnykins", "Wotsit", "Peaches", "Mango", "Dimpsy", "Chubby Cheeks")
NICKNAME_TEXT = (
    "Everyone at the youth club knows her as {n}, even the staff.",
    "The older lads call him {n} and that is the name on his second phone.",
    "{f}'s {rel} only ever calls her {n}; she was missing again last night.",
    "{n} is what the family call him, and he signs his drawings that way.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} {l}", "our {n}", "{n} ({fi}.{li}.)")
DOB_TEXT = (
    "d.o.b {dob}",
    "DOB (per red book): {dob}",
    "date of birth {dob}",
    "born {dob} at 32 weeks",
    "{f}, born {dob}, is {age} now",
    "birth date: {dob}",
    "she turns {age} - born {dob}",
    "his DoB is {dob}",
    "Born: {dob}",
)
PHONE_TEXT = (
    "mum's number {phone}",
    "text {g} on {phone}",
    "{rel}'s landline: {phone}",
    "Dad - {phone} (evenings only)",
    "{f} used {phone} to call the ferry office",
    "new mobile for mum is {phone}",
)
NHS_TEXT = (
    "NHS no. {nhs}",
    "baby's nhs number is {nhs}",
    "NHS number for {f}: {nhs}",
    "NHSno {nhs}",
)
NI_TEXT = (
    "NI no: {ni}",
    "mum's nat ins number {ni}",
    "NINo {ni} (dad)",
    "Stepdad's NI number is {ni}",
)
ADDRESS_TEXT = (
    "living at {street}, {town}",
    "home address {street}",
    "dad has a flat on {street}, {town}",
    "moved in with her {rel} at {street}",
    "Visit to {street} - dog loose, no answer",
    "Now in a hostel in {town} after leaving {street}",
)
POSTCODE_TEXT = ("postcode: {postcode}", "the family are at {postcode} now", "PCode {postcode}")
SCHOOL_TEXT = (
    "Year {year_group} pupil at {school}",
    "goes to {school}",
    "{short} head teacher rang about {f}",
    "{f} moved to {short} after Easter",
    "Pupil at {school}; attendance 61%",
)
EMAIL_TEXT = ("mum's email: {e}", "{g} emailed from {e} at 3am", "contact email {e}")
PSEUDONYM_REVEALING = (
    "Baby {li}, born {dob}",
    "Child {fi}{li}, {street}",
    "{fi}{li} at {short}, {age}",
    "Child living at {postcode}",
    "{fi}.{li}. NHS {nhs}",
    "{l} baby, DOB {dob}",
    "Year {year_group} boy, {short}",
    "{fi}{li} born {dob}",
    "{l} sisters at {short}",
)


_laid_out = twentyfirst_corpus.identifying_laid_out(sys.modules[__name__])


def _identifying(rng: random.Random, people: dict[str, list[tuple[str, str]]]) -> list[Sample]:
    """The twenty-first's layout, its samples' sources named for faker-js (as the seventeenth's)."""
    written = _laid_out(rng, people)
    prefix = "names-dataset-"
    return [
        dataclasses.replace(s, source="faker-js-" + s.source.removeprefix(prefix))
        if s.source.startswith(prefix)
        else s
        for s in written
    ]


# --- benign (real places of England, organisations by their real names) -------------------

_DCP = ("Devon and Cornwall Police",)
_SWAST = ("South Western Ambulance Service NHS Foundation Trust",)
_ECC = "Essex County Council children and families"
_ESSEX = ("Essex Police",)
_EEAST = ("East of England Ambulance Service NHS Trust",)
_EPUT = "Essex Partnership University NHS Foundation Trust"
_MSE = "Mid and South Essex NHS Foundation Trust"
_MSE_ICB = ("NHS Mid and South Essex Integrated Care Board",)
_HWE_ICB = ("NHS Hertfordshire and West Essex Integrated Care Board",)
_SCC = "Surrey County Council children's services"
_SURREY = ("Surrey Police",)
_SABP = "Surrey and Borders Partnership NHS Foundation Trust"
_SH_ICB = ("NHS Surrey Heartlands Integrated Care Board",)
_SECAMB = ("South East Coast Ambulance Service NHS Foundation Trust",)
_LCC = "Lincolnshire County Council children's services"
_LINCS = ("Lincolnshire Police",)
_ULTH = "United Lincolnshire Teaching Hospitals NHS Trust"
_LINCS_ICB = ("NHS Lincolnshire Integrated Care Board",)
_EMAS = ("East Midlands Ambulance Service NHS Trust",)
#: The twelve partnership areas (none an earlier corpus used), their partners by their real
#: names (with the district council's housing service where the county is the children's
#: services authority), and civic venues of the area. The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Isles of Scilly": {
        "council": ("Council of the Isles of Scilly children's services",),
        "police": _DCP,
        "trust": (
            "Royal Cornwall Hospitals NHS Trust",
            "Cornwall Partnership NHS Foundation Trust",
        ),
        "icb": ("NHS Cornwall and the Isles of Scilly Integrated Care Board",),
        "ambulance": _SWAST,
        "venue": ("the Town Hall, St Mary's", "the Old Wesleyan Chapel, St Mary's"),
    },
    "City of London": {
        "council": ("City of London Corporation children's social care",),
        "police": ("City of London Police",),
        "trust": ("Homerton Healthcare NHS Foundation Trust", "East London NHS Foundation Trust"),
        "icb": ("NHS North East London Integrated Care Board",),
        "ambulance": ("London Ambulance Service NHS Trust",),
        "venue": ("Guildhall, City of London", "the Barbican Library"),
    },
    "Tendring": {
        "council": (_ECC, "Tendring District Council housing service"),
        "police": _ESSEX,
        "trust": ("East Suffolk and North Essex NHS Foundation Trust", _EPUT),
        "icb": ("NHS Suffolk and North East Essex Integrated Care Board",),
        "ambulance": _EEAST,
        "venue": ("the Town Hall, Clacton-on-Sea", "the Princes Theatre, Clacton-on-Sea"),
    },
    "Uttlesford": {
        "council": (_ECC, "Uttlesford District Council housing service"),
        "police": _ESSEX,
        "trust": ("The Princess Alexandra Hospital NHS Trust", _EPUT),
        "icb": _HWE_ICB,
        "ambulance": _EEAST,
        "venue": ("the Council Offices, London Road, Saffron Walden", "Saffron Walden Town Hall"),
    },
    "Braintree": {
        "council": (_ECC, "Braintree District Council housing service"),
        "police": _ESSEX,
        "trust": (_MSE, _EPUT),
        "icb": _MSE_ICB,
        "ambulance": _EEAST,
        "venue": ("Causeway House, Braintree", "Braintree Town Hall"),
    },
    "Maldon": {
        "council": (_ECC, "Maldon District Council housing service"),
        "police": _ESSEX,
        "trust": (_MSE, _EPUT),
        "icb": _MSE_ICB,
        "ambulance": _EEAST,
        "venue": ("the Council Offices, Princes Road, Maldon", "the Moot Hall, Maldon"),
    },
    "Waverley": {
        "council": (_SCC, "Waverley Borough Council housing service"),
        "police": _SURREY,
        "trust": ("Royal Surrey NHS Foundation Trust", _SABP),
        "icb": _SH_ICB,
        "ambulance": _SECAMB,
        "venue": ("the Burys, Godalming", "Farnham Maltings"),
    },
    "Tandridge": {
        "council": (_SCC, "Tandridge District Council housing service"),
        "police": _SURREY,
        "trust": ("Surrey and Sussex Healthcare NHS Trust", _SABP),
        "icb": _SH_ICB,
        "ambulance": _SECAMB,
        "venue": ("the Council Offices, Station Road East, Oxted", "Oxted Library"),
    },
    "East Lindsey": {
        "council": (_LCC, "East Lindsey District Council housing service"),
        "police": _LINCS,
        "trust": (_ULTH, "Lincolnshire Partnership NHS Foundation Trust"),
        "icb": _LINCS_ICB,
        "ambulance": _EMAS,
        "venue": ("the Embassy Theatre, Skegness", "Louth Town Hall"),
    },
    "South Holland": {
        "council": (_LCC, "South Holland District Council housing service"),
        "police": _LINCS,
        "trust": (_ULTH, "Lincolnshire Community Health Services NHS Trust"),
        "icb": _LINCS_ICB,
        "ambulance": _EMAS,
        "venue": (
            "the Council Offices, Priory Road, Spalding",
            "the South Holland Centre, Spalding",
        ),
    },
    "Dacorum": {
        "council": (
            "Hertfordshire County Council children's services",
            "Dacorum Borough Council housing service",
        ),
        "police": ("Hertfordshire Constabulary",),
        "trust": (
            "West Hertfordshire Teaching Hospitals NHS Trust",
            "Hertfordshire Partnership University NHS Foundation Trust",
        ),
        "icb": _HWE_ICB,
        "ambulance": _EEAST,
        "venue": ("The Forum, Hemel Hempstead", "Berkhamsted Civic Centre"),
    },
    "Cherwell": {
        "council": (
            "Oxfordshire County Council children's services",
            "Cherwell District Council housing service",
        ),
        "police": ("Thames Valley Police",),
        "trust": (
            "Oxford University Hospitals NHS Foundation Trust",
            "Oxford Health NHS Foundation Trust",
        ),
        "icb": ("NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board",),
        "ambulance": ("South Central Ambulance Service NHS Foundation Trust",),
        "venue": ("Bodicote House, Banbury", "the Mill Arts Centre, Banbury"),
    },
}
KINDS = ("council", "police", "trust", "icb", "ambulance")
_ESCB = "Essex Safeguarding Children Board"
_SSCP = "Surrey Safeguarding Children Partnership"
_LSCP = "Lincolnshire Safeguarding Children Partnership"
#: Each area's partnership as it styles itself (most are shared with neighbours).
SCP = {
    "Isles of Scilly": "Cornwall and the Isles of Scilly Safeguarding Children Partnership",
    "City of London": "City and Hackney Safeguarding Children Partnership",
    "Tendring": _ESCB,
    "Uttlesford": _ESCB,
    "Braintree": _ESCB,
    "Maldon": _ESCB,
    "Waverley": _SSCP,
    "Tandridge": _SSCP,
    "East Lindsey": _LSCP,
    "South Holland": _LSCP,
    "Dacorum": "Hertfordshire Safeguarding Children Partnership",
    "Cherwell": "Oxfordshire Safeguarding Children Partnership",
}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 28-57", "LCSPR 29/12", "RR/27/63", "CSPR-28-70", "RR 29/24", "PLR 28-16")
AGE_BANDS = ("not yet walking", "aged three", "in primary school", "aged 14", "about to turn 18")
#: The benign fields drawn from a list each time.
DRAWS = {"ref": REFERENCES, "theme": THEMES, "room": ROOMS, "period": PERIODS}
DRAWS |= {"age_band": AGE_BANDS, "course": COURSES, "rag": ("green", "amber", "red")}
CHOSEN = ("Shingle", "Lichen", "Pumice", "Estuary", "Lantern", "Furrow", "Driftwood", "Kelp")
PSEUDONYM_WORDS = ("Child", "Infant", "Baby", "Young Person", "Sibling", "Unborn")

#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary ({ref}): a baby {age_band} was taken to {trust} with a swollen thigh; an "
        "X-ray showed a spiral fracture the parents could not explain. {council} and "
        "{police} held a strategy discussion the same evening and the baby's siblings went "
        "to stay with a relative under a safety plan. The health visitor had last seen the "
        "family at the eight-week check.",
        "Incident summary: a girl of 15 from {area} was found by {police} in a hotel in "
        "another region after four days missing. She had been groomed online and moved by "
        "train. Her school had recorded a sudden fall in attendance and new expensive "
        "clothes but had not linked them to exploitation. A return home interview was "
        "offered and declined.",
        "Case summary for {ref}: a boy of seven with autism was found wandering near a main "
        "road at night, underweight and with untreated eczema. The family had moved into "
        "temporary accommodation arranged by {council} a month earlier and were not yet "
        "registered with a GP. {ambulance} took him to hospital, where the paediatrician "
        "raised neglect.",
        "Summary by role: a young mother with a learning disability, her baby and her own "
        "parent shared a caravan on a holiday park in {area}. Midwifery knew of the learning "
        "disability; adult social care did not know of the pregnancy. The baby was admitted "
        "to {trust} with a head injury at nine weeks. The review asks how pre-birth "
        "assessment is triggered.",
        "Summary ({ref}): a teenager {age_band} was stabbed in a town centre and survived "
        "after surgery at {trust}. He had been excluded from school, was on a youth "
        "justice order and had been found in possession of drugs twice. {police} had "
        "information about threats to him. No single agency saw the rising risk.",
        "Case summary: a toddler drowned in a garden pond while in the care of a relative. "
        "{ambulance} attended and the coroner opened an inquest. The family were known to "
        "early help for housing and debt problems, not for any concern about supervision. "
        "The rapid review considered whether the incident met the criteria and found that "
        "neglect could not be ruled out.",
        "Summary for {ref}: three children in {area} were living with a parent whose "
        "alcohol use had been noted by {trust} at four emergency attendances. Each "
        "attendance led to a notification to the GP but not to children's social care. "
        "The eldest child, aged 12, told a teacher she was doing all the caring. {council} "
        "opened an assessment.",
        "Incident summary: a young person aged 17 in supported accommodation died of an "
        "overdose. She was a looked-after child placed out of area, and Ofsted and the "
        "Secretary of State were notified within five working days. The review will look "
        "at how the placing authority and local services in {area} shared what they knew "
        "about her mental health.",
        "Summary ({ref}): an infant {age_band} was brought to {trust} with bruising to both "
        "cheeks. A child protection medical found further bruising of different ages. The "
        "infant's father had been referred to a domestic abuse perpetrator programme but "
        "had not attended, and this was not passed to the health visitor. {police} are "
        "investigating.",
        "Summary for {ref}: a family of five were evicted in {area} and placed in bed and "
        "breakfast rooms by {council}. Over six weeks the youngest child, a baby, lost weight "
        "and missed two health visitor contacts because the service did not know of the move. "
        "The baby was admitted to {trust} with faltering growth. The review will look at how "
        "moves into emergency housing are shared with health.",
    ),
    "rapid_review_rationale": (
        "Rationale ({ref}), agreed {date}: the partners will commission an LCSPR. The case "
        "shows concerns about how {council}, {police} and {trust} shared information, and "
        "repeats learning on {theme} from a review two years ago. An independent reviewer "
        "will be appointed by {date2}; the family will be invited to take part from the "
        "start.",
        "Decision on {date}: no local review. The learning is limited to one agency, which "
        "has already acted: {trust} has changed how its emergency department checks for "
        "previous attendances. The partners judged that a local review would not add to "
        "this. A seven-minute briefing will go to all {area} practitioners by {date2}.",
        "Rationale: the rapid review recommends that the Panel considers a national review, "
        "as the child was exploited across four police force areas and the case raises "
        "questions about county lines that the {scp} cannot answer alone. Local agencies "
        "will still share chronologies. The decision was agreed by all three partners on "
        "{date}.",
        "Decision ({ref}): a practice learning review, not an LCSPR. The criteria for a local "
        "review were discussed on {date}; the partners agreed that the improvements needed "
        "are already known and in the action plan for {period}. A smaller review focused on "
        "{theme} will give practitioners a chance to reflect. It will report by {date2}.",
        "Rationale, {date}: the partners decided a local review is needed because the child "
        "was seriously harmed, there was no agency involvement for two years where that is "
        "itself a concern, and the family had moved into {area} from another county. "
        "{police} and {council} will help the reviewer reach the previous area's records.",
        "Decision summary: after the meeting on {date} the {icb} lead asked for more time to "
        "get the GP records. The partners agreed to extend the decision by two working days, "
        "still within the fifteen. On {date2} they agreed no further review, as the records "
        "showed appropriate follow-up, and the Panel was told why.",
        "Rationale for {ref}: commission an LCSPR. The child lived in a residential school "
        "outside {area}, and the case raises questions about institutional settings and "
        "oversight by the placing authority. Terms of reference will be agreed by {date} and "
        "the reviewer will hold a practitioner event at {venue}.",
        "Decision ({ref}), {date}: no local review. The medical evidence from {trust} is that "
        "the injury was accidental, and all agencies acted promptly. The partners noted good "
        "practice by the {ambulance} crew in raising the concern. The rationale will be "
        "shared with the family by the {role} before {date2}.",
        "Rationale: the partners met on {date} and agreed an LCSPR, because two agencies, "
        "{council} and {police}, each held part of the picture of domestic abuse and neither "
        "knew what the other had. The review will pause if criminal proceedings need it, and "
        "publication will wait for the trial.",
    ),
    "minutes": (
        "Rapid review meeting for {ref}, {date}, {venue}\n"
        "Chair: the {role}. Present: the three partners' leads and the designated nurse.\n"
        "1. All chronologies received except the school's, due {date2}.\n"
        "2. Immediate safety: the siblings are safe with a grandparent.\n"
        "3. Emerging learning on {theme}.\n"
        "Action: draft summary to partners within two days.",
        "Minutes extract, {scp} practice review group, {date}, {room}\n"
        "Item 2: {ref}. The group read the rapid review and agreed the criteria for a local "
        "review are met. Recommendation to the executive: commission an LCSPR.\n"
        "Item 3: the Panel's letter on an earlier case was noted.\n"
        "Next meeting: {date2} at {time}.",
        "Learning event notes, {ref}, {venue}, {date}\n"
        "Practitioners from {council}, {trust} and {police} attended. They described how "
        "hard it was to know who lived in the home, and how thresholds felt different "
        "between agencies. The reviewer will use this in the draft report.\n"
        "Action: written reflections by {date2}.",
        "Executive group, {date}, {room}, {venue}\n"
        "The {role} reported that the LCSPR for {ref} will reach draft by {date2}. The "
        "{police} lead said the trial is listed for next year and asked that publication wait. "
        "Agreed.\n"
        "The {icb} lead will confirm the health sign-off route.\n"
        "Decision: note progress.",
        "Extract: rapid review meeting for {ref}, held online\n"
        "The chair reminded members that the review seeks learning and does not apportion "
        "blame.\n"
        "Children's social care: {council} summary presented.\n"
        "Health: {trust} had two contacts, both routine.\n"
        "Ambulance: {ambulance} attended once.\n"
        "Outcome: recommend a practice learning review.",
        "Case review subgroup minutes, {date}\n"
        "1. Action log: {rag} overall; two actions past due and owners reminded.\n"
        "2. {ref}: terms of reference agreed with one change.\n"
        "3. The {role2} will bring the audit of {theme} to the next meeting on {date2}.\n"
        "AOB: the {period} training offer is now on the {scp} website.",
        "Partners' sign-off meeting, {date}, {time}\n"
        "The rapid review for {ref} was read with each agency's comments.\n"
        "{council}: agreed.\n{police}: agreed.\n{icb}: agreed, subject to one wording change.\n"
        "The business manager will send it to the Panel by {date2}.",
        "Quality assurance subgroup extract, {venue}\n"
        "The group reviewed the multi-agency audit of {theme} in {area}. Ten cases were "
        "audited; seven were good. Strengths: clear safety plans. Areas to improve: "
        "recording the child's own words and checking fathers' histories.\n"
        "Action: the {role} to report again in {period}.",
    ),
    "partner_email": (
        "Dear colleagues,\n\n"
        "I attach the request for agency information for rapid review {ref}. Please send "
        "your chronology and summary by {date}, using the {scp} template.\n\n"
        "The review meeting is on {date2} at {time} in {room}, {venue}. Let me know if you "
        "need to send a deputy.\n\n"
        "Thank you,\nReview officer\n{scp}",
        "Hello everyone,\n\n"
        "The Panel notification for {ref} is due by {date}. The {role} has drafted it; it "
        "goes through the government's online system and not by email.\n\n"
        "Could {police} and {icb} please confirm by {time} tomorrow that they are content "
        "with the summary?\n\n"
        "Kind regards,\nBusiness manager\n{scp}",
        "Dear {role},\n\n"
        "Thank you for the {trust} summary for {ref}, which was clear and well evidenced. "
        "I have one question: was the missed outpatient appointment followed up with the GP?\n\n"
        "It would help to know before the review meeting on {date}.\n\n"
        "Best wishes,\nReview and learning officer\n{scp}",
        "Dear partners,\n\n"
        "The Panel has replied on the rapid review for {ref}. It agrees with the decision "
        "to hold an LCSPR and asks the review to look closely at {theme}.\n\n"
        "Draft terms of reference will follow by {date}; comments by {date2}, please.\n\n"
        "Regards,\nPartnership manager\n{scp}",
        "Hi all,\n\n"
        'Booking is open for "{course}" on {date} at {venue}, {time} to {time2}. The course '
        "is for practitioners in {council}, {police}, health and schools across {area}.\n\n"
        "Please book through the {scp} learning page.\n\n"
        "Thanks,\nLearning and development coordinator",
        "Dear colleagues,\n\n"
        "The final report for {ref} must reach the Panel and the Secretary of State seven "
        "working days before publication on {date2}, so no later than {date}.\n\n"
        "The coroner has now concluded the inquest, so there is no reason to delay.\n\n"
        "With thanks,\nBusiness manager\n{scp}",
        "Dear {role2},\n\n"
        "I can confirm that {ambulance} will attend the practitioner event for {ref} on "
        "{date}: a paramedic, a clinical team leader and our safeguarding lead.\n\n"
        "Our single-agency learning will follow by {date2}.\n\n"
        "Kind regards,\nHead of safeguarding\n{ambulance}",
        "Dear members,\n\n"
        "Attached is the report on rapid reviews for {period}. Three were completed, all "
        "within fifteen working days; one led to an LCSPR and two to learning briefings.\n\n"
        "We will discuss it on {date} in {room}, {venue}.\n\n"
        "Best regards,\nIndependent scrutineer\n{scp}",
        "Good morning,\n\n"
        "Publication of the LCSPR for {ref} remains paused while the criminal case goes on. "
        "{police} will tell us when it ends. I have written to the Panel and the Secretary of "
        "State with the reasons for the delay.\n\n"
        "Next update on {date}.\n\n"
        "Regards,\nPartnership manager, {scp}",
    ),
    "chronology": (
        "{date}: safeguarding briefing for {ambulance} crews held.",
        "{date}: {ambulance} crew raised a concern with the duty team.",
        "{date}: LA aware of the incident; clock started.",
        "{date}: strategy discussion with {police} and {council}.",
        "{date}: serious incident notification submitted.",
        "{date}: requests for agency chronologies sent for {ref}.",
        "{date}: {trust} chronology received.",
        "{date}: rapid review meeting held; decision due {date2}.",
        "{date}: rapid review and decision sent to the Panel.",
        "{date}: the Panel replied; it agrees with the partners.",
        "{date}: LCSPR commissioned; reviewer started {date2}.",
        "{date}: practitioner learning event at {venue}.",
        "{date}: first draft shared with the safeguarding partners.",
        "{date}: publication put on hold until the trial ends.",
        "{date}: final report sent to the Panel and to the Secretary of State.",
        "{date}: report published on the {scp} website.",
        "{date}: child death review partners notified.",
        "{date}: {icb} named nurse joined the review group.",
        "{date}: Ofsted notified of the death of a care leaver.",
        "{date}: {council} confirmed the family's housing history.",
        "{date}: {icb} sign-off received by email.",
        "{date}: information requests to {council}, {trust} and {ambulance}.",
    ),
    "checklist": (
        "Panel notified: yes, {date}, within five working days.",
        "Partners informed: {council}, {police}, {icb}.",
        "Agency summaries in: 4 of 5; GP practice outstanding.",
        "Siblings' safety considered: yes, plan in place.",
        "Race, culture and disability considered: yes.",
        "Sign-off: LA and police done; ICB due {date}.",
        "Family told of the decision: letter sent {date}.",
        "CDOP notified: {date}.",
        "Terms of reference signed off: {date}.",
        "Independent reviewer appointed: start {date}.",
        "Report to the Panel 7 working days before publication: by {date}.",
        "Parallel proceedings: inquest open; publication paused.",
        "Actions on the tracker: 7.",
        "Deadline basis: from the date the LA became aware.",
        "Merged chronology complete: {date}.",
        "Neighbouring partnership informed: yes, {date}.",
        "Looked-after child: Secretary of State and Ofsted told {date}.",
        "Housing checked with {council}: tenancy history in {date}.",
        "Health sign-off route confirmed by {icb}.",
        "Chronologies asked of {council}, {police}, {trust} and {ambulance}.",
    ),
    "notice": (
        "Rapid review meeting, {ref}: {date} at {time}, {room}, {venue}.",
        "Practitioner event: {date}, {time} to {time2}, {venue}.",
        "Partnership executive: {date}, {time}, {room}.",
        '"{course}": {date} at {venue}; refreshments provided.',
        "DSL network meeting: {date}, {time}, {venue}.",
        "{scp} learning week starts {date} at {venue}.",
        "Case review group meets in {room} from {date}.",
        "Online briefing on {theme}: {date}, {time}.",
        "{venue} is closed to visitors on {date}.",
        "Scrutiny session: {date}, {time2}, {room}.",
        "Audit day on {theme}: {date} at {venue}.",
        "The {period} training calendar is on the partnership site.",
        "Seven-minute briefing launch, {date} at {time}.",
        "Health safeguarding leads' forum, {icb}, {date}.",
        "Police leads' meeting, {police}, {date}, {time}.",
        "Lunch and learn on {theme}: {date}, {room}, {venue}.",
        "Reviewers' network: {date}, {time2}, online.",
        "Drafting session for {ref}, {room}, {date} from {time}.",
        "Housing and early help drop-in with {council}, {date}, {venue}.",
        "{icb} designated professionals' meeting: {date}, {time}.",
        "Sign-off call for {ref} with {council}, {police} and {icb}: {date}, {time}.",
    ),
    "slack": (
        "morning, {ref} chronologies due by 5 today",
        "anyone heard from {trust} on their summary?",
        "notification for {ref} submitted at {time}",
        "could someone book {room} for {date} please",
        "got it, thanks",
        "sign-off for {ref} needed by {date}",
        "I'll chase {police} for the call logs",
        "draft terms of reference are in the channel",
        "Panel have come back, they agree with us",
        "5 mins late for the {time} call, sorry",
        "who's covering the {role} while they're on leave?",
        "deadline shows provisional until we log the notification",
        "meeting moved to {date2}",
        "{council} summary is in",
        "ICB deputy will sign this one",
        "{icb} want the draft by {date}",
        "action tracker is {rag} this month",
        "anyone booked on {course}?",
        "is {ref} counted from the aware date?",
        "publication for {ref} paused for the trial",
        "great briefing yesterday, thanks all",
        "{ambulance} learning note has landed",
        "{council} housing team sent the tenancy notes",
        "has {icb} said who signs for health?",
    ),
    "panel": (
        "Panel reply on {ref} received {date}; decision agreed.",
        "The Panel has asked for more on {theme}.",
        "Panel: no national review; the local review goes ahead.",
        "Rapid review for {ref} sent to the Panel {date}.",
        "Panel asks the LCSPR to look at work across areas.",
        "Panel told of the delay to publishing {ref}.",
        "Panel feedback: a clear and timely rapid review.",
        "Panel questioned the no-review decision; reply sent {date}.",
        "Notification for {ref} acknowledged by the Panel.",
        "Panel wants the final report by {date}.",
        "Panel themes shared with {area} partners.",
        "The Panel's national review on {theme} went to the executive.",
        "Panel asked how {area} will share the learning.",
        "Joint reply to the Panel on {ref} agreed by all three partners.",
        "Panel asked whether {council} knew of the house move.",
    ),
    "publication": (
        "{ref} due to be published {date}.",
        "Report stays on the {scp} website for at least a year.",
        "Publication on hold: criminal proceedings.",
        "Anonymised report signed off by the partners {date}.",
        "Media statement drafted with {council}.",
        "After a year the report goes to the NSPCC repository.",
        "Family informed of the publication date, {date}.",
        "Only improvement information to be published, for exceptional reasons.",
        "Publication moved to {date2} after the inquest was relisted.",
        "Copy of the final report sent to Ofsted.",
        "Briefing published with the report.",
        "Publication pause lifted {date}.",
        "Publication date for {ref} agreed with {police} after sentencing.",
        "Summary of {ref} prepared for the yearly report.",
        "Publication plan agreed with {icb} communications.",
    ),
    "improvement": (
        "Action 1: {trust} to audit bruising protocol use by {date}.",
        "Action 2: {council} to check household membership at every assessment.",
        "Action: {police} to tell schools of domestic abuse call-outs next day.",
        "Action: {icb} to run safe sleep sessions for GP practices.",
        "Action 3: a learning event on {theme} in {period}.",
        "Action: {ambulance} to add a safeguarding question to crew handovers.",
        "Evidence for action 4: audit due {date}.",
        "Action 5 closed: escalation policy relaunched {date}.",
        "Action: schools to record why early help closes.",
        "Action owner now the {role}; due date unchanged.",
        "Improvement plan {period}: 8 actions, 5 done, 3 {rag}.",
        "Action: health visitors to ask about sleeping arrangements at every contact.",
        "Action: one chronology template for all agencies from {date}.",
        "Assurance: re-audit in {period} to test embedding.",
        "Action: the {role2} to refresh the threshold guidance.",
        "Action 6 overdue: update requested by {date}.",
        "Action: GPs to flag children who repeatedly miss appointments.",
        "Action: {council} to review closures when families do not engage.",
        "Action 7: learning from {ref} in staff induction by {date}.",
        "Action: {icb} to check records follow children who move.",
        "Action: {council} to tell health visiting of moves into temporary housing.",
        "Action 8: {icb} to report on the safe sleep sessions in {period}.",
        "Action 9: {ambulance} to check crews record who else is in the home.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child F",
    "Child RD",
    "Infant M",
    "Baby Q",
    "Young Person L",
    "Sibling 1",
    "Sibling 3",
    "Unborn Baby K",
    "JM",
    "S.T.",
    "Child E and Child F",
    "Shingle",
    "Lichen",
    "Pumice",
    "Estuary",
    "Lantern",
    "Furrow",
    "Driftwood",
    "Kelp",
    "Child Y",
    "Infant AB",
    "Baby RN",
    "Young Person P",
    "HW",
    "N",
    "Child 7",
    "Sibling C",
    "D.R.",
    "Baby C and Baby D",
    "Child TM",
    "Young Person BJ",
    "LK",
    "Infant H",
    "Unborn Child S",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("twentythird-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(*sys.argv[1:])
