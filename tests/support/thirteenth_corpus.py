"""A thirteenth held-out corpus for the confidentiality guard, written by someone who has not
read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``thirteenth_names.json``, a seeded snapshot (seed ``thirteenth-<country>``) of
  female and male first name and surname pairs from names-dataset 3.3.1 (Apache-2.0,
  Philippe Remy's frequency tables per country), ranks 100 to 1499 (``RANKS``) of the
  tables of 17 countries (``DRAWN``) that none of the eighth, the tenth or the eleventh
  drew: the Netherlands, Germany, Sweden, Finland, Norway, Austria, Iran, Tunisia, Saudi
  Arabia, Kuwait, Yemen, Mexico, Colombia, Peru, Slovenia, Botswana and Namibia. The
  tables list the people of a country, so many names come from its communities (Turkish
  names in Germany, South Asian names in the Gulf). Hungary was drawn and then left out:
  its first-name table read by hand as mostly surnames. The draw is the tenth's
  (``draw_names``: one capitalised Latin word of three letters or more, no first name that
  is also in the surname table, plain letters only for the tables in ``ASCII_ONLY``);
  entries read by hand in the draw as words, places, pet names, surnames or typos are left
  out (``NOT_NAMES``), and any name in the fourth to twelfth snapshots (``EARLIER``) is
  skipped, so every name is new to the corpora and appears once. names-dataset is not a
  dependency; regenerate with
  ``uv run --with names-dataset==3.3.1 python -m tests.support.thirteenth_corpus``; the
  corpus itself reads the JSON only.
- Nicknames: British pet names, written by hand for this corpus.
- Identifying templates, written fresh by hand: names in notes, in lower case and in
  sign-offs by a child, a parent or a relative; names and give-away details in pseudonyms;
  dates of birth; addresses on invented streets (``STREETS``) in real towns; postcodes;
  phone, NHS and NI numbers; invented schools (``SCHOOLS``); email addresses.
- Benign text, written fresh by hand, set in twelve real partnership areas of England
  (``AREAS``, none the eleventh or twelfth used) with their real partners by their real
  style (the council or children's company, the police force, the hospital trust, the
  integrated care board, the ambulance service) and real civic venues, never a person's
  address. Registers (each sample's ``category``): learning-event invitations and training
  course bookings with dates, times, venues and course titles; minutes with attendees by
  role and agency; emails with sign-offs by role and organisation; chronology entries;
  and, new to the corpora, quality assurance dip-sample notes, practice review panel
  agendas, Section 11 audit returns, early help assessment process notes, partnership
  newsletters and performance dashboards in prose.
- Identifiers are fictional: Ofcom drama phone numbers, NHS numbers in the 999 range with
  a valid check digit, NI numbers prefixed QQ, example.* emails, postcodes of a valid shape
  in areas no Royal Mail postcode uses (the tenth corpus's ``person_values``, imported).
  An identifying sample's ``source`` is ``names-dataset-<country>`` when it names someone,
  ``hand-nicknames`` for a nickname, else ``hand``.
- Benign pseudonyms follow DOMAIN.md strictly: initials on their own or after a word such
  as "Child", or a chosen word that is not a forename (``CHOSEN``), with nothing beside them
  (the eleventh corpus's forms, with this corpus's own words and initials).

A drawn name that is also a word of the benign text is dropped (``assembled``; here the
Mexican given name Marina, which a newsletter names as Hull Marina). No sample was changed
after seeing what the guard does with it.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from tests.support.eleventh_corpus import BENIGN_PSEUDONYMS, as_pseudonyms, registers_written
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.fifth_corpus import without_banned
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.sixth_corpus import _fill
from tests.support.tenth_corpus import (
    Plan,
    _date,
    _usable,
    assembled,
    benign_pseudonym,
    birth_values,
    draw_names,
    nicknamed,
    person_values,
    planned,
)
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import benign_words as benign_words

SEEN = ""
NAMES_FILE = Path(__file__).with_name("thirteenth_names.json")
DATASET_VERSION = "3.3.1"
RANKS = (100, 1500)
#: The snapshots whose names are skipped: every earlier one.
EARLIER = tuple(f"{n}_names.json" for n in ("fourth", "fifth", "sixth", "seventh", "eighth"))
EARLIER += tuple(f"{n}_names.json" for n in ("ninth", "tenth", "eleventh", "twelfth"))

#: names-dataset country tables none of the eighth, tenth or eleventh drew, and how many people.
DRAWN = (
    ("NL", 10),
    ("DE", 10),
    ("SE", 8),
    ("FI", 6),
    ("NO", 6),
    ("AT", 6),
    ("IR", 8),
    ("TN", 6),
    ("SA", 6),
    ("KW", 6),
    ("YE", 6),
    ("MX", 8),
    ("CO", 8),
    ("PE", 6),
    ("SI", 6),
    ("BW", 6),
    ("NA", 6),
)
ROMANISED: tuple[str, ...] = ()
#: Tables whose accented entries are mostly mis-typed, so only plain letters are taken.
ASCII_ONLY = frozenset({"IR", "TN", "SA", "KW", "YE", "BW", "NA"})
#: Entries of the tables read by hand in the draw as words, places, pet names or typos.
NOT_NAMES = frozenset(
    {
        *("Fate", "Dhoom", "Soso", "Shoosh", "Dul", "Fer", "Lie", "Ail", "Villa", "Burger"),
        *("Repa", "Pappu", "Csipak", "Epres", "Czombos", "Györkös", "Henrietta", "Tóthné"),
        *("Beàta", "Vena", "Raha", "Dikkie", "Blej", "Takatsu", "Gotty", "Kakuna", "Marsa"),
        *("Oud", "Heart", "Links", "Ate", "Tudom", "Myy", "Cicci", "Mnoo", "Ahmd", "Muhmmad"),
        *("Mtz", "Chica", "Szegediné", "Gyurcsik", "Paár", "Reisz", "Kollam"),
        *("Loody", "Looly", "Djej", "Mryam", "Fars", "Nadosh", "Bolt", "Perola", "Cattis"),
        *("Selva", "Foofoo", "Amt", "Aom", "Ftoom", "Rhaman"),
    }
)


def _name_ok(name: str, country: str) -> bool:
    """A usable table entry (the tenth's test), less this corpus's own non-names."""
    if name in NOT_NAMES or (country in ASCII_ONLY and not name.isascii()):
        return False
    return _usable(name, "")


def regenerate_names() -> None:
    """Draw the names afresh from names-dataset (importable only here) into the snapshot."""
    draw_names(DRAWN, RANKS, EARLIER, "thirteenth", _name_ok, NAMES_FILE)


def _people(banned: set[str]) -> dict[str, list[tuple[str, str]]]:
    data = json.loads(NAMES_FILE.read_text(encoding="utf-8"))["people"]
    return without_banned(data, banned)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Thimbleberry Lane", "Coalshaft Row", "Nettlebed Close", "Spindlewood Drive")
STREETS += ("Marlpit Terrace", "Bargeman's Walk", "Quillet Road", "Sawpit Court")
TOWNS = ("Hull", "York", "Stoke-on-Trent", "Wolverhampton", "Exeter", "Preston")
TOWNS += ("Sunderland", "Chelmsford", "Portsmouth", "Banbury")
SCHOOLS = (
    "Thimbleberry Community Primary",
    "Coalshaft Lane Academy",
    "St Elfrida's RC Junior School",
    "Nettlebed Park Secondary",
    "Marlpit Early Years Centre",
    "Quillet Road Short Stay School",
    "Spindlewood Church of England Infants",
    "Sawpit Studio School",
)
SCHOOL_SHORT = ("Thimbleberry", "Coalshaft", "St Elfrida's", "Nettlebed Park", "Quillet Road")
RELATIVES = ("nanna", "grandad", "auntie", "uncle", "stepmum", "cousin", "older sister")
#: Dates of birth as typed (the tenth's ``_date`` fields).
BIRTH_FORMS = ("{d}/{m}/{y}", "{dd}.{mm}.{y}", "{d} {mon} {y}", "{mo} {d} {y}", "{d}{th} of {mon}")
WHEN_FORMS = ("{wd} {d} {mon} {y}", "{d}/{mm}/{y}", "{d} {mo}", "{wd} {d}{th} {mon} {y}")

_birth = partial(birth_values, years=(2009, 2026), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# Fields are person_values' (the tenth corpus): the child {f} {l} ({F}/{L} capitals,
# {fl}/{ll} lower case, {fi}/{li} initials); {g} {h} a parent or carer; {k} a sibling;
# places and numbers; plus {rel}, a relative.
NAME_TEXT = (
    "Contact centre log: {g} {h} rang to say {f} has not eaten properly for days.",
    "{f} {l} turned up at the sports centre reception asking to use the phone.",
    "Response officer found {f} {l} asleep in a stairwell at 04:10 and took her to the station.",
    "Breastfeeding support worker noted {g} {h} seemed frightened when her partner came in.",
    "Optician flagged that {f} {l} has missed three appointments for her glasses.",
    "{F} {L} is named on the intelligence report about the county line.",
    "Request to check whether {f} {l} has an open early help plan.",
    "{g} {l} told the midwife that she was pushed down the stairs at 20 weeks.",
    "Ambulance crew left {f} {l} with a neighbour because no adult was at home.",
    "Attendance officer thinks {f} stays home to mind {k} while mum works nights.",
    "Landlord reported {f} {l} and {k} living in a flat with no heating since October.",
    "Review child protection conference for {f} {l} brought forward after the new injury.",
    "{f} said to her form tutor that {g} takes her phone and reads her messages.",
    "Out-of-hours: {F} {L} went missing from the children's home and was found in a park.",
    "Officers arrested {g} {h} at the house for assaulting {f}'s grandmother.",
    "CT scan requested for baby {l} after the head injury was seen.",
    "Consultant reviewed {f} {l} on the children's ward; history of the burn is inconsistent.",
    "Duty worker: {g} called in tears saying she will put {f} into care herself.",
    "{k} {l}, {f}'s brother, was found with a large amount of cannabis at the station.",
    "Timeline: {f} {l} taken to A&E after drinking vodka at a party aged 13.",
    "Interpreter booked for {g} {h} because {f} was translating at the GP surgery.",
    "Nobody has seen {f} {l} at school for three weeks and the phone is off.",
    "Family worker says {g} {h} admitted slapping {f} across the face.",
    "The chronology should cover {f} {l}'s months in the mother and baby unit.",
    "{f} {l} has a fixed-term exclusion again and nobody from home came to the meeting.",
    "{g} {h} begged us not to share the new address with {f}'s dad.",
    "Offender manager: {g} {h} is staying with {f} and her mother against his licence.",
    "The learning mentor is lead professional for {f} {l}.",
    "Section 47 enquiry opened for {f} and {k}; visit planned after school.",
    "Psychiatrist worried {f} {l} is cutting again and {g} will not remove the blades.",
    "Kinship carer says {F} told her she had been made to sleep outside.",
    "Baby {f} {l} seen in the emergency department with bruising to the ear.",
    "The achieving best evidence interview with {f} {l} was paused at her request.",
    "Pharmacy told us {g} {h} has not collected {f}'s epilepsy medication for two months.",
    "{f} {l}'s {rel} has taken over the care while mum is in rehab.",
)
NAME_LOWER = (
    "popped in on {fl} today, she hid behind the sofa",
    "{fl} {ll} needs adding to fridays agenda",
    "has {fl} gone back to her nans? chasing",
    "no reply from school about {fl} {ll} yet",
    "{fl} off again today and so is {k}",
    "can someone ring {fl}'s stepdad back",
)
NAME_PSEUDONYM = (
    "{f} {l}",
    "{F} {L}",
    "{f} {li}.",
    "{fi}. {l}",
    "{L}",
    "The {l} family",
    "{f} and {k}",
    "Baby {l}",
    "{fl} {ll}",
    "{f} ({age})",
    "Child {f}",
)
SIGN_OFF = (
    "plz dont tell mum i wrote this\n{f}",
    "Thank you for listening.\n{g} (mum of {f})",
    "I want my children home.\nSigned {g} {h}",
    "I'm the one who emailed last week.\n{f} {l}, year {year_group}",
    "My {rel} helped me write this.\nLove {f}",
    "Yours faithfully,\n{g} {l}\n(mum to {f} and {k})",
    "Best wishes\n{g} {h} - {f}'s {rel}",
)
NICKNAMES = ("Button", "Moo", "Squish", "Dinky", "Nugget", "Podge", "Sparky", "Boo", "Kit", "Dot")
NICKNAME_TEXT = (
    "The family only ever call her {n}.",
    "Known as '{n}' on TikTok.",
    "{n} - actually {f} - was picked up outside the chip shop.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} {l}", "Little {n}", "{n} {fi}{li}")
DOB_TEXT = (
    "dob {dob}",
    "D.O.B. {dob}, now {age}",
    "born on {dob}",
    "Birthday: {dob}",
    "Baby delivered {dob} at 34 weeks",
    "Date of birth given as {dob}",
)
PHONE_TEXT = (
    "new mobile for mum: {phone}",
    "Dad can be contacted on {phone}",
    "Tel {phone}",
    "auntie's number {phone}",
    "{f} rang from {phone} at midnight",
)
NHS_TEXT = ("NHS no: {nhs}", "NHS number - {nhs}", "Baby's NHS number {nhs}", "nhs {nhs}")
NI_TEXT = ("NINO {ni}", "Mum's NI number is {ni}", "national insurance {ni}")
ADDRESS_TEXT = (
    "Address: {street}, {town}",
    "Moved into {street} in the summer",
    "Visited {street}, {town}; curtains drawn",
    "living at her {rel}'s on {street}",
    "Police called to {street} for a domestic",
)
POSTCODE_TEXT = ("postcode {postcode}", "family now at {postcode}", "PC: {postcode}")
SCHOOL_TEXT = (
    "Attends {school}",
    "Year {year_group} pupil at {school}",
    "The DSL at {short} rang the front door",
    "{f} moved to {short} after Easter",
    "On roll at {school}, attendance 61%",
)
EMAIL_TEXT = ("mum's email {e}", "email address: {e}", "{g} can be emailed at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} born {dob}",
    "Child {fi}{li}, {street}",
    "{fi}{li} aged {age}, {short}",
    "Child at {postcode}",
    "{fi}{li} NHS {nhs}",
    "The {l} boys",
    "{short} year {year_group} girl",
    "{fi}.{li}. born {dob}",
    "{l} children",
)


def _identifying(rng: random.Random, people: dict[str, list[tuple[str, str]]]) -> list[Sample]:
    plan = mixed(
        {
            "name_text": NAME_TEXT,
            "name_lower_case": NAME_LOWER,
            "name_pseudonym": NAME_PSEUDONYM,
            "name_sign_off": SIGN_OFF,
            "date_of_birth": DOB_TEXT,
            "phone": PHONE_TEXT,
            "nhs_number": NHS_TEXT,
            "ni_number": NI_TEXT,
            "address": ADDRESS_TEXT,
            "postcode": POSTCODE_TEXT,
            "school": SCHOOL_TEXT,
            "email": EMAIL_TEXT,
            "pseudonym_revealing": PSEUDONYM_REVEALING,
        }
    )
    places = (STREETS, TOWNS, SCHOOLS, SCHOOL_SHORT)
    kin = Kin(places, _birth, RELATIVES)
    nicknames = Nicknames(16, NICKNAMES, (NICKNAME_TEXT, NICKNAME_PSEUDONYM))
    return identifying_written(rng, people, kin, plan, nicknames, stride=0)


#: The identifying mix: each category, its field and how many samples of it.
MIX = (
    ("name_text", "text", 60),
    ("name_lower_case", "text", 20),
    ("name_pseudonym", "pseudonym", 46),
    ("name_sign_off", "text", 18),
    ("date_of_birth", "text", 18),
    ("phone", "text", 14),
    ("nhs_number", "text", 12),
    ("ni_number", "text", 10),
    ("address", "text", 14),
    ("postcode", "text", 10),
    ("school", "text", 14),
    ("email", "text", 8),
    ("pseudonym_revealing", "pseudonym", 24),
)


def mixed(templates: dict[str, tuple[str, ...]]) -> Plan:
    """``MIX`` as a plan, with each category's ``templates``."""
    return tuple((category, field, templates[category], n) for category, field, n in MIX)


@dataclass(frozen=True)
class Kin:
    """Where a corpus's people live and learn (streets, towns, schools, schools' short names),
    how their dates of birth are drawn, and the relatives a template may name ({rel})."""

    places: tuple[tuple[str, ...], ...]
    birth: Callable[[random.Random], dict[str, str]]
    relatives: tuple[str, ...]


@dataclass(frozen=True)
class Nicknames:
    """How many nickname samples, the nicknames, and their (text, pseudonym) templates."""

    count: int
    names: tuple[str, ...]
    forms: tuple[tuple[str, ...], tuple[str, ...]]


def identifying_written(
    rng: random.Random,
    people: dict[str, list[tuple[str, str]]],
    kin: Kin,
    plan: Plan,
    nicknames: Nicknames,
    *,
    stride: int,
) -> list[Sample]:
    """The identifying samples ``plan`` asks for, then the nickname ones, each naming people
    of a country with at least three (the countries in turn, ``stride`` as ``planned``'s)."""
    countries = [c for c in people if len(people[c]) >= 3]

    def person(country: str) -> dict[str, str]:
        values = person_values(rng, people, country, kin.places, kin.birth)
        return values | {"rel": rng.choice(kin.relatives)}

    return planned(plan, countries, person, stride=stride) + nicknamed(
        nicknames.count, countries, person, nicknames.names, nicknames.forms
    )


# --- benign (real places of England, organisations by their real style) -------------------

#: Real partnership areas of England (none the eleventh or twelfth used) with their partners
#: by their real names and civic venues of the area. The kinds are ``ROLES``' keys.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "York": {
        "council": ("City of York Council children's services",),
        "police": ("North Yorkshire Police",),
        "trust": ("York and Scarborough Teaching Hospitals NHS Foundation Trust",),
        "icb": ("NHS Humber and North Yorkshire Integrated Care Board",),
        "ambulance": ("Yorkshire Ambulance Service NHS Trust",),
        "venue": ("West Offices, York", "York Guildhall"),
    },
    "Hull": {
        "council": ("Hull City Council children's services",),
        "police": ("Humberside Police",),
        "trust": ("Hull University Teaching Hospitals NHS Trust",),
        "icb": ("NHS Humber and North Yorkshire Integrated Care Board",),
        "ambulance": ("Yorkshire Ambulance Service NHS Trust",),
        "venue": ("Hull Guildhall", "Hull City Hall"),
    },
    "Stoke-on-Trent": {
        "council": ("Stoke-on-Trent City Council children and family services",),
        "police": ("Staffordshire Police",),
        "trust": ("University Hospitals of North Midlands NHS Trust",),
        "icb": ("NHS Staffordshire and Stoke-on-Trent Integrated Care Board",),
        "ambulance": ("West Midlands Ambulance Service University NHS Foundation Trust",),
        "venue": ("Stoke-on-Trent Civic Centre", "Smithfield One, Hanley"),
    },
    "Wolverhampton": {
        "council": ("City of Wolverhampton Council children's services",),
        "police": ("West Midlands Police",),
        "trust": ("The Royal Wolverhampton NHS Trust",),
        "icb": ("NHS Black Country Integrated Care Board",),
        "ambulance": ("West Midlands Ambulance Service University NHS Foundation Trust",),
        "venue": ("Wolverhampton Civic Centre",),
    },
    "Brighton and Hove": {
        "council": ("Brighton & Hove City Council families, children and learning",),
        "police": ("Sussex Police",),
        "trust": ("University Hospitals Sussex NHS Foundation Trust",),
        "icb": ("NHS Sussex Integrated Care Board",),
        "ambulance": ("South East Coast Ambulance Service NHS Foundation Trust",),
        "venue": ("Hove Town Hall", "Brighton Town Hall"),
    },
    "Devon": {
        "council": ("Devon County Council children's services",),
        "police": ("Devon and Cornwall Police",),
        "trust": ("Royal Devon University Healthcare NHS Foundation Trust",),
        "icb": ("NHS Devon Integrated Care Board",),
        "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
        "venue": ("County Hall, Exeter",),
    },
    "Oxfordshire": {
        "council": ("Oxfordshire County Council children's services",),
        "police": ("Thames Valley Police",),
        "trust": ("Oxford University Hospitals NHS Foundation Trust",),
        "icb": ("NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board",),
        "ambulance": ("South Central Ambulance Service NHS Foundation Trust",),
        "venue": ("County Hall, Oxford", "Oxford Town Hall"),
    },
    "Manchester": {
        "council": ("Manchester City Council children's services",),
        "police": ("Greater Manchester Police",),
        "trust": ("Manchester University NHS Foundation Trust",),
        "icb": ("NHS Greater Manchester Integrated Care",),
        "ambulance": ("North West Ambulance Service NHS Trust",),
        "venue": ("Manchester Town Hall", "Manchester Central Library"),
    },
    "Sunderland": {
        "council": ("Together for Children Sunderland",),
        "police": ("Northumbria Police",),
        "trust": ("South Tyneside and Sunderland NHS Foundation Trust",),
        "icb": ("NHS North East and North Cumbria Integrated Care Board",),
        "ambulance": ("North East Ambulance Service NHS Foundation Trust",),
        "venue": ("City Hall, Sunderland",),
    },
    "Portsmouth": {
        "council": ("Portsmouth City Council children, families and education",),
        "police": ("Hampshire and Isle of Wight Constabulary",),
        "trust": ("Portsmouth Hospitals University NHS Trust",),
        "icb": ("NHS Hampshire and Isle of Wight Integrated Care Board",),
        "ambulance": ("South Central Ambulance Service NHS Foundation Trust",),
        "venue": ("Portsmouth Guildhall", "Civic Offices, Portsmouth"),
    },
    "Lancashire": {
        "council": ("Lancashire County Council children's services",),
        "police": ("Lancashire Constabulary",),
        "trust": ("Lancashire Teaching Hospitals NHS Foundation Trust",),
        "icb": ("NHS Lancashire and South Cumbria Integrated Care Board",),
        "ambulance": ("North West Ambulance Service NHS Trust",),
        "venue": ("County Hall, Preston",),
    },
    "Essex": {
        "council": ("Essex County Council children and families",),
        "police": ("Essex Police",),
        "trust": ("Mid and South Essex NHS Foundation Trust",),
        "icb": ("NHS Mid and South Essex Integrated Care Board",),
        "ambulance": ("East of England Ambulance Service NHS Trust",),
        "venue": ("County Hall, Chelmsford",),
    },
}
#: Roles by the kind of agency that employs them.
ROLES = {
    "council": (
        "head of quality assurance",
        "early help locality manager",
        "assistant director, children's social care",
        "independent reviewing officer",
        "LADO",
    ),
    "police": ("head of public protection", "detective inspector, child abuse investigation"),
    "trust": ("head of safeguarding", "named doctor for safeguarding children"),
    "icb": ("designated professional for safeguarding", "deputy designated nurse"),
    "ambulance": ("safeguarding practitioner",),
}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(
    dict.fromkeys(a for area in AREAS.values() for k, v in area.items() if k != "venue" for a in v)
)
REFERENCES = ("RR 28/11", "RR-29-02", "LCSPR 28-09", "PLR 28/04", "RR 29-07")
THEMES = (
    "bruising in non-mobile babies",
    "adolescent neglect",
    "parental mental health and the child's voice",
    "children with a learning disability in residential care",
    "the think family approach",
    "cumulative harm",
    "female genital mutilation",
    "exploitation on the railways",
    "the impact of alcohol misuse on parenting",
    "respectful challenge between professionals",
)
COURSES = (
    "Working Together: roles and responsibilities",
    "Neglect toolkit: using the graded care profile",
    "Introduction to the safeguarding children partnership",
    "Safer sleep champions",
    "Advanced designated safeguarding lead refresher",
)
TIMES = ("9am", "9.15", "10am", "12.30pm", "14:00", "2.30pm", "16:00")
PERIODS = ("2027-28", "2028-29", "2028/29", "Q1 2028-29", "quarter 4")
CHOSEN = ("Kestrel", "Basalt", "Quartz", "Larch", "Beacon", "Thistle", "Bracken", "Cobble")
PSEUDONYM_WORDS = ("Child", "Infant", "Young Person", "Baby", "Sibling")
INITIALS = "ABCDEFGHJKLMNPRSTWYZ"

BENIGN = {
    "learning_event": (
        "Join us for a learning event on {theme}, {date}, {time} to {time2}, {venue}.",
        "Places are open for the {partnership} multi-agency workshop on {theme} at {venue} "
        "on {date}; registration from {time}.",
        "Practitioner learning event following {ref}: {date}, {venue}, {time}.",
        "Lunchtime webinar with the {role} from {agency}: {theme}, {date} at {time}.",
        "Managers' reflective session on {theme}, {date}, {time}, {venue}.",
        "The {partnership} annual safeguarding conference is on {date} at {venue}; the "
        "morning keynote is on {theme}.",
    ),
    "training_course": (
        "Course: {course}. Date: {date}. Time: {time} to {time2}. Venue: {venue}.",
        "Booking is now open for '{course}' on {date}, {venue}; two places per team.",
        "Reminder: '{course}' runs on {date} from {time} on Teams.",
        "The {partnership} training programme for {period} adds '{course}' in the autumn.",
        "'{course}' on {date} at {venue} is full; a waiting list is open.",
    ),
    "chronology": (
        "{date}: {agency} returned its agency summary for {ref}.",
        "{date}: the review officer combined the agency chronologies for {ref}.",
        "{date}: the {role} from {agency2} joined the strategy discussion.",
        "{date}: the rapid review meeting for {ref} took place at {venue}.",
        "{date}: the Panel acknowledged receipt of {ref}.",
        "{date}: {agency} shared the findings of its single-agency review.",
        "{date}: partners signed off the rapid review and sent it to the Panel.",
    ),
    "qa_dip_sample": (
        "Dip sample, {period}: {n} early help plans read; the child's voice was recorded in most.",
        "Quality assurance note: {agency} dip-sampled strategy discussion records in {period}; "
        "{n} lacked a health representative.",
        "The dip sample of {n} return home interviews found that offers were made within 72 "
        "hours in most cases.",
        "QA sub-group, {date}: the dip sample of referrals from {agency2} was rated {rag}.",
        "Dip-sample findings go to the {partnership} quality and performance group on {date}.",
        "The {role} led a dip sample of child protection plans; learning shared at {venue}.",
        "Quality assurance: recording of the lead professional improved in the {period} sample.",
    ),
    "panel_agenda": (
        "Practice review panel agenda, {date}, {time}, {venue}: 1. apologies; 2. rapid "
        "review {ref}; 3. action tracker.",
        "Agenda item: update from {agency} on the actions from {ref}.",
        "Practice review group, {date}: consider the Panel's response to {ref}.",
        "Agenda for the {partnership} case review group, {date}: referrals for "
        "consideration and the learning log.",
        "Item 4: terms of reference for {ref}, presented by the {role}.",
        "Any other business: the next practice review panel moves to {venue}.",
    ),
    "section11_return": (
        "Section 11 audit {period}: {agency} rated itself {rag} on standard 3, safer recruitment.",
        "{agency} submitted its Section 11 self-assessment on {date}.",
        "Section 11 challenge event, {date}, {venue}: agencies presented their action plans.",
        "Section 11 return: {n} of the partnership's agencies have completed the tool for "
        "{period}.",
        "The {role} confirmed the Section 11 action on supervision is complete.",
        "Section 11 audit: {agency2} asked for support with the standard on the child's voice.",
        "Section 11 returns are due by {date}; the template is on the {partnership} website.",
    ),
    "early_help_note": (
        "Early help process note: the request for support form now asks for consent on page one.",
        "Early help assessments in {partnership} are reviewed every twelve weeks.",
        "The early help locality panel meets on {date} at {venue}.",
        "Process note: the {role} allocates early help requests within five working days.",
        "Early help step-down meetings should include {agency2} where health is involved.",
        "The family hub in {partnership} hosts early help drop-ins from {date}.",
        "Early help audit for {period}: {n} assessments closed with outcomes achieved.",
    ),
    "lscp_newsletter": (
        "Newsletter, {period}: welcome to the new {role} at {agency}.",
        "In this issue: our seven-minute briefing on {theme} and dates for {period}.",
        "{partnership} Safeguarding Children Partnership newsletter: the annual report for "
        "{period} is now published.",
        "News: {agency} and {agency2} have signed the escalation protocol.",
        "Spotlight on {theme}, with a case study from {ref}.",
        "Newsletter: the multi-agency threshold guidance has been refreshed; launch at {venue} "
        "on {date}.",
        "Save the date: safeguarding week runs from {date} across {partnership}.",
        "Hull's safeguarding week opens with a partnership stall at Hull Marina on {date}.",
    ),
    "dashboard": (
        "Performance dashboard, {period}: {n} rapid reviews, all sent to the Panel on time.",
        "The dashboard shows referrals to the front door were rated {rag} against target in "
        "{period}.",
        "Re-referrals within twelve months fell to {n} per cent in {period}.",
        "The share of initial child protection conferences within 15 working days is {rag} "
        "for {partnership}.",
        "Dashboard commentary: {agency} attendance at strategy discussions stayed above target.",
        "Dashboard note: {n} learning review actions are overdue, {agency} owns most.",
        "The {period} dashboard adds a measure on training attendance by agency.",
    ),
}
MINUTE_LINES = (
    "present: the {role} ({agency}); the {role2} ({agency2})",
    "apologies from {agency2}",
    "the chair reminded members the review is about learning and not blame",
    "agency summaries had been circulated and were taken as read",
    "{agency} will send its health chronology by {date}",
    "members agreed the criteria for a local review are met",
    "members agreed that a practice learning review is the better route",
    "the {role} noted {theme} as a repeated theme",
    "action: the partnership manager to notify the Panel of the decision",
    "next meeting {date}, {time}, {venue}",
    "the three safeguarding partners to sign off by {date}",
)
SIGN_OFFS = (
    "Many thanks,\nPartnership Business Manager\n{partnership} Safeguarding Children Partnership",
    "Best wishes\n{role}\n{agency}",
    "Regards,\nQuality Assurance Officer | {partnership} Safeguarding Children Partnership",
    "Thanks again,\nThe {role}, {agency}",
    "Kind regards,\nTraining Administrator\n{partnership} Safeguarding Children Partnership",
)
EMAIL_BODIES = (
    "Attached are the draft notes of the {ref} rapid review; comments please by {date}.",
    "The Panel has responded on {ref} and supports the partnership's decision.",
    "Please confirm who from {agency} will attend the practice review panel on {date}.",
    "The terms of reference for {ref} are in the shared folder for sign-off.",
    "We are still waiting for the {agency} chronology for {ref}; it is due on {date}.",
    "Thank you for presenting at the Section 11 challenge event on {date}.",
)


def _benign_pseudonym(rng: random.Random, n: int) -> str:
    return benign_pseudonym(rng, n, BENIGN_PSEUDONYMS, PSEUDONYM_WORDS, INITIALS, CHOSEN)


def _benign(rng: random.Random) -> list[Sample]:
    def filled(template: str, where: str = "") -> str:
        name = where or rng.choice(PARTNERSHIPS)
        area = AREAS[name]
        kind, kind2 = rng.sample(sorted(ROLES), 2)
        time, time2 = sorted(rng.sample(TIMES, 2), key=TIMES.index)
        values = {"agency": rng.choice(area[kind]), "agency2": rng.choice(area[kind2])}
        values |= {"role": rng.choice(ROLES[kind]), "role2": rng.choice(ROLES[kind2])}
        values |= {"time": time, "time2": time2, "ref": rng.choice(REFERENCES)}
        values |= {"date": _date(rng, (2028, 2029), WHEN_FORMS), "theme": rng.choice(THEMES)}
        values |= {"venue": rng.choice(area["venue"]), "period": rng.choice(PERIODS)}
        values |= {"rag": rng.choice(("green", "amber", "red")), "n": str(rng.randint(2, 24))}
        values |= {"partnership": name, "course": rng.choice(COURSES)}
        text = _fill(template, values)
        return text[0].upper() + text[1:]

    out = registers_written(BENIGN, filled)
    for n in range(40):
        where = PARTNERSHIPS[n % len(PARTNERSHIPS)]
        lines = [filled(line, where) for line in rng.sample(MINUTE_LINES, rng.randint(3, 6))]
        head = f"{where} practice review panel - minutes, {rng.choice(REFERENCES)}"
        out.append(Sample("minutes", "text", "\n".join([head, *lines]), False, "hand-minutes"))
    for n in range(40):
        where = PARTNERSHIPS[(n * 5) % len(PARTNERSHIPS)]
        body = filled(EMAIL_BODIES[n % len(EMAIL_BODIES)], where)
        sign_off = filled(SIGN_OFFS[n % len(SIGN_OFFS)], where).split("\n")
        text = body + "\n\n" + "\n".join(line[0].upper() + line[1:] for line in sign_off)
        out.append(Sample("email_with_sign_off", "text", text, False, "hand"))
    return out + as_pseudonyms(_benign_pseudonym(rng, n) for n in range(80))


def samples() -> list[Sample]:
    """The whole corpus, identifying then benign, the same on every run (benign written first,
    so that no drawn name that is one of its words is used)."""
    return assembled("thirteenth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
