"""An eleventh held-out corpus for the confidentiality guard, written by someone who has not
read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``eleventh_names.json``, a seeded snapshot (seed ``eleventh-<country>``) of female
  and male first name and surname pairs from names-dataset 3.3.1 (Apache-2.0; Philippe
  Remy's frequency tables per country), ranks 100 to 1499 (``RANKS``) of the tables of 20
  countries (``DRAWN``) that neither the eighth (ranks 100-599) nor the tenth (600-1499)
  drew from, so the slice is new: Portugal, Brazil, Italy, Spain, France, Egypt, Morocco,
  Algeria, Lebanon, Palestine, Cameroon, Angola, South Africa, Burundi, Croatia, Estonia,
  Georgia, Indonesia, Mauritius and Fiji, communities that partnerships in England meet.
  Each entry passes the tenth corpus's ``_usable`` test (one capitalised Latin word of
  three letters or more); the noisier tables give plain letters only (``ASCII_ONLY``); a
  first name also in the country's surname table is skipped; entries read by hand in the
  draw as words, places, pet names, titles or typos are left out (``NOT_NAMES``); and any
  name in the fourth to tenth snapshots (``EARLIER``) is skipped, so every name is new to
  the corpora. Regenerate with ``uv run --with names-dataset==3.3.1 python -m
  tests.support.eleventh_corpus``; the corpus itself reads the JSON only.
- Nicknames: British pet names, written by hand for this corpus.
- Identifying templates, written fresh by hand: names in safeguarding notes, in lower case,
  in pseudonyms and in sign-offs by a child, a parent or a relative; dates of birth;
  addresses on invented streets (``STREETS``) in real towns; postcodes; phone, NHS and NI
  numbers; invented schools (``SCHOOLS``); email addresses; and pseudonyms that give away a
  surname, a date of birth, a school, a street, a postcode or an NHS number.
- Benign text, written fresh by hand, in real places of England as a real partnership
  writes them: thirteen real partnership areas (``AREAS``), each with its own real
  partners by their real style (the council's children's services, its police force such
  as "South Yorkshire Police", its hospital trust such as "Sheffield Teaching Hospitals
  NHS Foundation Trust", its integrated care board and ambulance service; the Probation
  Service everywhere), roles matched to the kind of agency that employs them (``ROLES``),
  and the area's real civic venues (town halls, civic centres, county halls, a church
  hall), never a person's address. One minute or email keeps to one area. Registers (each sample's
  ``category``): business-unit emails, with sign-offs by role and organisation only;
  learning-event invitations with dates, times and venues; minutes with attendees by role
  and agency; chronology entries; action plan updates; Slack; and, new to the corpora,
  LADO notes, school safeguarding log entries (CPOMS style) about practice rather than a
  child, GP safeguarding lead notes and child death overview panel notes.
- Identifiers are fictional: Ofcom drama phone numbers, NHS numbers in the 999 range with
  a valid check digit, NI numbers prefixed QQ, example.* emails, postcodes of a valid shape
  in areas no Royal Mail postcode uses (the earlier corpora's helpers, imported). An
  identifying sample's ``source`` is ``names-dataset-<country>`` when it names someone,
  ``hand-nicknames`` for a nickname, else ``hand``.
- Benign pseudonyms follow DOMAIN.md strictly: initials on their own or after a word such
  as "Child", or a chosen word that is not a forename (``CHOSEN``), with nothing beside them.

A drawn name that is also a word of the benign text is dropped. No sample was changed
after seeing what the guard does with it.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.fifth_corpus import without_banned
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.sixth_corpus import _fill
from tests.support.tenth_corpus import EARLIER as TENTH_EARLIER
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
NAMES_FILE = Path(__file__).with_name("eleventh_names.json")
DATASET_VERSION = "3.3.1"
#: The slice of each country's frequency table drawn from (below the top 100).
RANKS = (100, 1500)
#: The snapshots whose names are skipped: every earlier one.
EARLIER = (*TENTH_EARLIER, "tenth_names.json")

#: names-dataset country table (none drawn by the eighth or the tenth), and how many people.
DRAWN = (
    ("PT", 10),
    ("BR", 8),
    ("IT", 8),
    ("ES", 8),
    ("FR", 6),
    ("EG", 6),
    ("MA", 6),
    ("DZ", 6),
    ("LB", 6),
    ("PS", 6),
    ("CM", 8),
    ("AO", 6),
    ("ZA", 10),
    ("BI", 6),
    ("HR", 8),
    ("EE", 6),
    ("GE", 6),
    ("ID", 6),
    ("MU", 6),
    ("FJ", 6),
)
ROMANISED: tuple[str, ...] = ()
#: Tables whose accented entries are mostly mis-typed, so only plain letters are taken.
ASCII_ONLY = frozenset({"EG", "MA", "DZ", "LB", "PS", "CM", "BI", "GE", "ID", "FJ"})
#: Entries of the tables read by hand as words, places, pet names or typos, not names.
NOT_NAMES = frozenset(
    {
        *("Cantante", "Bota", "Ton", "Adry", "Cristina", "Lola", "Blanqui", "Fofa", "Didi"),
        *("Desha", "Zah", "Kmal", "Basoma", "Mardi", "Bylka", "Kosovi", "Niso", "Obse", "Hen"),
        *("Patient", "Wara", "Trx", "Summario", "Bobish", "Thierive", "Đive", "Svan", "Prena"),
        *("Zadar", "Kunksmoor", "Valev", "Gredi", "Salomeas", "Vaikosen", "Warkop", "Radenmas"),
        *("Lete", "Shal", "Fyne", "Fikarafi", "Tatiiana", "Suh", "Maravilha", "Drmohamed"),
        *("Soso", "Mano", "Chez", "Rca", "Led", "Papaha", "Nawri", "Susu", "Shita", "Biro"),
        *("Nunupro", "Miradors", "Cathos", "Snjega", "Ljekarna", "Antonlna", "Arcun", "Sprei"),
        *("Masda", "Dodik", "Radenn", "Ayi", "Moly", "Abood", "Cuty", "Louli", "Mhsen", "Bshar"),
        *("Hgdds", "Kaivitiink", "Gospa", "Zvoncica", "Sortudo", "Merveille", "Dedek", "Oran"),
        *("Xadca", "Israel", "Beyhadh", "Heeb", "Chemi", "Anguli"),
        *("Bijuteria", "Gdjeujsije", "Qrristy"),
    }
)


def _name_ok(name: str, country: str) -> bool:
    """A usable table entry (the tenth's test), less this corpus's own non-names."""
    if name in NOT_NAMES or (country in ASCII_ONLY and not name.isascii()):
        return False
    return _usable(name, "")


def regenerate_names() -> None:
    """Draw the names afresh from names-dataset (importable only here) and write the snapshot."""
    draw_names(DRAWN, RANKS, EARLIER, "eleventh", _name_ok, NAMES_FILE)


def _people(banned: set[str]) -> dict[str, list[tuple[str, str]]]:
    data = json.loads(NAMES_FILE.read_text(encoding="utf-8"))["people"]
    return without_banned(data, banned)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Quillet Lane", "Saltings Row", "Brackwater Close", "Feverfew Drive", "Ostler Court")
STREETS += ("Cinderbank Road", "Hobnail Terrace", "Larkspur Mews")
TOWNS = ("Rotherham", "Barnsley", "Wigan", "Stockport", "Kendal", "Truro", "Gateshead", "Luton")
TOWNS += ("Hartlepool", "Thetford")
SCHOOLS = (
    "Quillet Lane Community Primary",
    "Brackwater Academy",
    "St Ositha's RC Junior School",
    "Feverfew Nursery and Pre-school",
    "Cinderbank Alternative Provision Centre",
    "Hobnail Hill Infant School",
    "Saltings Free School",
    "Larkspur Studio College",
)
SCHOOL_SHORT = ("Brackwater", "St Ositha's", "Hobnail Hill", "Cinderbank AP", "Quillet Lane")
RELATIVES = ("nan", "grandad", "auntie", "uncle", "step-mum", "older sister", "cousin")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
MONTHS += ("September", "October", "November", "December")
#: Dates of birth as typed (the tenth's ``_date`` fields); never digits split by spaces alone.
BIRTH_FORMS = ("{d}/{m}/{y}", "{dd}.{mm}.{y}", "{d} {mon} {y}", "{mo} {d} {y}", "{d}{th} {mo} {yy}")
WHEN_FORMS = ("{wd} {d} {mon} {y}", "{d} {mon}", "{dd}/{mm}/{y}", "{wd} {d}{th} {mon}")


_birth = partial(birth_values, years=(2009, 2025), forms=BIRTH_FORMS, ages=(1, 17))


# --- identifying ---------------------------------------------------------------------------

# Fields are person_values' (the tenth corpus): the child {f} {l}, in capitals, lower case or
# as initials; {g} {h} a parent or carer; {k} a sibling; and the places and numbers; plus
# {rel}, a relative.
NAME_TEXT = (
    "LADO consulted after {f} {l} disclosed that a PE teacher had grabbed her wrist.",
    "Section 47 strategy discussion held for {f} {l}; bruising to the left ear noted by staff.",
    "{f} was found sleeping in the stairwell of the flats at 01:40 by a PCSO.",
    "Health visitor's last contact with {f} {l} was the 9-12 month review, which was missed.",
    "Could you pull the MASH record for {f} {l} before tomorrow's rapid review?",
    "Ambulance crew conveyed {f} {l} to A&E with a head injury; dad's account kept changing.",
    "{g} {l} told the midwife she was scared of her partner and asked about a refuge.",
    "School reports {f} has lost a lot of weight since Easter and is hiding food in her bag.",
    "Police attended a domestic at the home; {f} and {k} were present and upset.",
    "Attendance for {f} {l} dropped to 41% this term, no explanation from home.",
    "Missing episode: {f} {l} went missing from the children's home overnight, found in Leeds.",
    "CSE screening tool completed for {f} with a high score, referred to the exploitation hub.",
    "Dental neglect flagged by the community dentist for {f} {l}, six extractions needed.",
    "Re {f} {l}: the GP says the last registered address is out of date.",
    "Foster carer says {f} wets the bed every night since contact with {g} resumed.",
    "YOT worker reports {f} {l} has been seen with older males near the bus station.",
    "The sibling, {k} {l}, is now placed with kinship carers in Doncaster.",
    "Mum ({g} {h}) didn't bring {f} to the paediatric follow-up for the third time.",
    "Early help assessment for the {l} family closed in March without a review.",
    "Child protection medical for {f} {l} booked at 14:00 with the on-call paediatrician.",
    "{g} {h} has been arrested on suspicion of assault on {f}.",
    "Note of call: {g} rang to say {f} has gone to stay with her dad's new partner.",
    "{f} {l} told her teaching assistant that uncle hurts her when mum is at work.",
    "Probation confirm that {g} {h}, the mother's partner, is a registered sex offender.",
    "Private fostering notification received for {f} {l}, staying with a family friend.",
    "Interpreter booked for the visit to {g} {l}; {f} was translating for her last time.",
    "Strategy meeting agreed ABE interview for {f} {l} and {k}.",
    "Chronology: {f} {l} presented at the walk-in centre with a burn to the hand.",
    "Concern that {f} is a young carer for {g}, who has MS and is often bed-bound.",
    "Please note {f} {l} is now open to the disabled children's team.",
)
NAME_LOWER = (
    "spoke to {fl} in the car on the way back, she said she doesnt want to go home",
    "{fl} {ll} not in school again today, third day",
    "has anyone heard from {fl}'s mum? phone off all morning",
    "visit done, {fl} and {k} fine but house cold and no food in",
    "pls can someone chase the CP medical for {fl} {ll}",
    "{fl} {ll} on the missing list again",
)
NAME_PSEUDONYM = (
    "{f} {l}",
    "{F} {L}",
    "{f} {li}.",
    "{fi}. {l}",
    "{f}",
    "{l} family",
    "{f} and {k}",
    "Child {f}",
    "{fl} {ll}",
    "{f} ({age})",
)
SIGN_OFF = (
    "I really need help, please ring me back.\n{f}",
    "thanks for listening to me today\n{f} {l} (year {year_group})",
    "Please don't tell my dad I emailed.\n- {f}",
    "We are not happy with how social services spoke to us.\nRegards, {g} {l} (mum)",
    "I want my children home.\n{g} {h}",
    "I am {f}'s {rel} and I am worried about her.\nThanks, {g} {h}",
    "Kind regards,\n{g} {l}\nparent of {f}",
)
NICKNAMES = ("Tink", "Boo", "Bex", "Mads", "Jonno", "Kiki", "Roo", "Deano", "Liddy", "Smudge")
NICKNAME_TEXT = (
    "Mum calls her {n}, she won't answer to anything else.",
    "Known on the street as '{n}' by the older lads.",
    "{n} ({f}) was seen at the retail park again at midnight.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} {l}", "Little {n}", "{n} ({fi}{li})")
DOB_TEXT = (
    "DOB {dob}",
    "d.o.b. {dob}, aged {age}",
    "Baby born {dob} at 34 weeks",
    "{f}'s date of birth is {dob}",
    "born on {dob}",
    "Young person (dob {dob}) open to CAMHS",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "Ring grandad on {phone} if no answer",
    "Carer's number: {phone}",
    "{f} gave me this number {phone} - please don't share",
    "tel {phone} (dad)",
)
NHS_TEXT = (
    "NHS no {nhs}",
    "NHS number: {nhs} (child)",
    "baby's nhs number is {nhs}",
    "Please check {nhs} on SystmOne",
)
NI_TEXT = ("Dad's NI number {ni}", "NINO: {ni}", "mum ni {ni}")
ADDRESS_TEXT = (
    "Family now living at {street}, {town}",
    "Home address: {street}",
    "Visit to {street} completed at 4pm",
    "moved in with nan at {street}, {town}",
    "Police attended {street} at 22:10",
)
POSTCODE_TEXT = ("Postcode {postcode}", "new address is in {postcode}", "pc {postcode}")
SCHOOL_TEXT = (
    "attends {school}",
    "Year {year_group} pupil at {school}",
    "DSL at {short} raised the concern",
    "on roll at {school} but not attending",
    "{f} is in year {year_group} at {short}",
)
EMAIL_TEXT = ("mum's email: {e}", "contact {g} on {e}", "email address {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}",
    "Child {fi} born {dob}",
    "{fi}{li} aged {age} at {short}",
    "{fi}.{li}. of {street}",
    "Child in {postcode}",
    "NHS {nhs}",
    "{fi}{li} dob {dob}",
    "The {l} children",
    "Year {year_group} {short} girl",
    "Child {fi}, {street}",
)


def _identifying(rng: random.Random, people: dict[str, list[tuple[str, str]]]) -> list[Sample]:
    countries = [c for c in people if len(people[c]) >= 3]
    places = (STREETS, TOWNS, SCHOOLS, SCHOOL_SHORT)

    def person(country: str) -> dict[str, str]:
        values = person_values(rng, people, country, places, _birth)
        return values | {"rel": rng.choice(RELATIVES)}

    plan: Plan = (
        ("name_text", "text", NAME_TEXT, 96),
        ("name_lower_case", "text", NAME_LOWER, 24),
        ("name_pseudonym", "pseudonym", NAME_PSEUDONYM, 64),
        ("name_sign_off", "text", SIGN_OFF, 24),
        ("date_of_birth", "text", DOB_TEXT, 22),
        ("phone", "text", PHONE_TEXT, 18),
        ("nhs_number", "text", NHS_TEXT, 14),
        ("ni_number", "text", NI_TEXT, 10),
        ("address", "text", ADDRESS_TEXT, 18),
        ("postcode", "text", POSTCODE_TEXT, 12),
        ("school", "text", SCHOOL_TEXT, 18),
        ("email", "text", EMAIL_TEXT, 9),
        ("pseudonym_revealing", "pseudonym", PSEUDONYM_REVEALING, 30),
    )
    out = planned(plan, countries, person, stride=0)
    forms = (NICKNAME_TEXT, NICKNAME_PSEUDONYM)
    return out + nicknamed(20, countries, person, NICKNAMES, forms)


# --- benign (real places of England, organisations by their real style) -------------------

#: Real partnership areas of England, each with its partners and others by their real names
#: (council, police force, hospital trust, integrated care board, ambulance service) and
#: civic venues of the area. The kinds are ``ROLES``' keys.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Rotherham": {
        "council": ("Rotherham Metropolitan Borough Council children's services",),
        "police": ("South Yorkshire Police",),
        "trust": (
            "The Rotherham NHS Foundation Trust",
            "Sheffield Children's NHS Foundation Trust",
        ),
        "icb": ("NHS South Yorkshire Integrated Care Board",),
        "ambulance": ("Yorkshire Ambulance Service",),
        "venue": ("Riverside House, Rotherham", "Rotherham Town Hall"),
    },
    "Barnsley": {
        "council": ("Barnsley Council children's services",),
        "police": ("South Yorkshire Police",),
        "trust": ("Barnsley Hospital NHS Foundation Trust",),
        "icb": ("NHS South Yorkshire Integrated Care Board",),
        "ambulance": ("Yorkshire Ambulance Service",),
        "venue": ("Barnsley Town Hall, the Reception Room",),
    },
    "Sheffield": {
        "council": ("Sheffield City Council children's services",),
        "police": ("South Yorkshire Police",),
        "trust": (
            "Sheffield Teaching Hospitals NHS Foundation Trust",
            "Sheffield Children's NHS Foundation Trust",
        ),
        "icb": ("NHS South Yorkshire Integrated Care Board",),
        "ambulance": ("Yorkshire Ambulance Service",),
        "venue": ("Sheffield Town Hall",),
    },
    "Stockport": {
        "council": ("Stockport Council children's services",),
        "police": ("Greater Manchester Police",),
        "trust": ("Stockport NHS Foundation Trust", "Pennine Care NHS Foundation Trust"),
        "icb": ("NHS Greater Manchester Integrated Care Board",),
        "ambulance": ("North West Ambulance Service",),
        "venue": ("Stockport Town Hall, meeting room 4",),
    },
    "Wigan": {
        "council": ("Wigan Council children's services",),
        "police": ("Greater Manchester Police",),
        "trust": ("Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust",),
        "icb": ("NHS Greater Manchester Integrated Care Board",),
        "ambulance": ("North West Ambulance Service",),
        "venue": ("Wigan Life Centre",),
    },
    "Gateshead": {
        "council": ("Gateshead Council children's services",),
        "police": ("Northumbria Police",),
        "trust": ("Gateshead Health NHS Foundation Trust",),
        "icb": ("NHS North East and North Cumbria Integrated Care Board",),
        "ambulance": ("North East Ambulance Service",),
        "venue": ("Gateshead Civic Centre, committee room 2",),
    },
    "Hartlepool": {
        "council": ("Hartlepool Borough Council children's services",),
        "police": ("Cleveland Police",),
        "trust": ("North Tees and Hartlepool NHS Foundation Trust",),
        "icb": ("NHS North East and North Cumbria Integrated Care Board",),
        "ambulance": ("North East Ambulance Service",),
        "venue": ("Hartlepool Civic Centre",),
    },
    "Cornwall": {
        "council": ("Cornwall Council children's social care",),
        "police": ("Devon and Cornwall Police",),
        "trust": ("Royal Cornwall Hospitals NHS Trust",),
        "icb": ("NHS Cornwall and Isles of Scilly Integrated Care Board",),
        "ambulance": ("South Western Ambulance Service",),
        "venue": ("New County Hall, Truro",),
    },
    "Plymouth": {
        "council": ("Plymouth City Council children's services",),
        "police": ("Devon and Cornwall Police",),
        "trust": ("University Hospitals Plymouth NHS Trust",),
        "icb": ("NHS Devon Integrated Care Board",),
        "ambulance": ("South Western Ambulance Service",),
        "venue": ("Plymouth Guildhall",),
    },
    "Norfolk": {
        "council": ("Norfolk County Council children's services",),
        "police": ("Norfolk Constabulary",),
        "trust": ("Norfolk and Norwich University Hospitals NHS Foundation Trust",),
        "icb": ("NHS Norfolk and Waveney Integrated Care Board",),
        "ambulance": ("East of England Ambulance Service",),
        "venue": ("County Hall, Norwich",),
    },
    "Luton": {
        "council": ("Luton Borough Council children's services",),
        "police": ("Bedfordshire Police",),
        "trust": ("Bedfordshire Hospitals NHS Foundation Trust",),
        "icb": ("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board",),
        "ambulance": ("East of England Ambulance Service",),
        "venue": ("Luton Town Hall",),
    },
    "Kirklees": {
        "council": ("Kirklees Council children's services",),
        "police": ("West Yorkshire Police",),
        "trust": ("Calderdale and Huddersfield NHS Foundation Trust",),
        "icb": ("NHS West Yorkshire Integrated Care Board",),
        "ambulance": ("Yorkshire Ambulance Service",),
        "venue": ("Huddersfield Town Hall",),
    },
    "Liverpool": {
        "council": ("Liverpool City Council children's services",),
        "police": ("Merseyside Police",),
        "trust": ("Alder Hey Children's NHS Foundation Trust",),
        "icb": ("NHS Cheshire and Merseyside Integrated Care Board",),
        "ambulance": ("North West Ambulance Service",),
        "venue": ("Cunard Building, Liverpool", "St Francis Xavier Church Hall, Liverpool"),
    },
}
#: Roles by the kind of agency that employs them (the probation kind is the same everywhere).
ROLES = {
    "council": (
        "head of service, children's social care",
        "LADO",
        "education safeguarding adviser",
        "service manager, youth justice",
    ),
    "police": ("detective inspector, public protection", "detective sergeant, child protection"),
    "trust": ("named nurse for safeguarding children", "named doctor for safeguarding"),
    "icb": ("designated nurse for safeguarding children", "designated doctor", "named GP"),
    "ambulance": ("safeguarding lead",),
    "probation": ("head of public protection",),
}
PROBATION = ("the Probation Service",)
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(
    dict.fromkeys(a for area in AREAS.values() for k, v in area.items() if k != "venue" for a in v)
)
REFERENCES = ("RR 27/03", "RR-26-19", "LCSPR 27/01", "PLR 26-11", "RR 27-08")
THEMES = (
    "neurodiversity and safeguarding",
    "safer sleep for infants",
    "professional curiosity",
    "contextual safeguarding",
    "children missing education",
    "escalation and resolving professional disagreement",
    "the voice of the child",
    "parental mental health",
    "bruising in non-mobile babies",
    "adolescent neglect",
)
TIMES = ("9.30am", "10:00", "12.30", "1.30pm", "14:00", "3pm")
RAG = ("green", "amber", "red", "Amber", "RED", "complete", "on track")
CHOSEN = ("Kingfisher", "Flint", "Beacon", "Harbour", "Thistle", "Sandpiper", "Millstone")
CHOSEN += ("Bracken",)
PSEUDONYM_WORDS = ("Child", "Baby", "Young Person", "Sibling", "Infant")
INITIALS = "ABCDEFGHJKLMNPRSTWYZ"

BENIGN = {
    "email_body": (
        "Thank you for sending the {agency} summary for {ref}; it is now with the review officer.",
        "Please confirm by {date} who will attend the rapid review for {agency}.",
        "The Panel has acknowledged the notification for {ref} and will respond within ten days.",
        "Attached are the draft terms of reference for {ref} for comment by {date}.",
        "Could {agency} nominate a second reader for the {partnership} annual report?",
        "We have moved the {ref} sign-off to {date} at {time} to suit the three partners.",
        "The {partnership} partnership's threshold guidance has been refreshed; please share it "
        "with teams.",
        "A reminder that agency chronologies for {ref} are due on {date}.",
        "{agency} has asked for an extension to {date}; the chair has agreed.",
        "The independent reviewer will contact the {role} at {agency} this week.",
    ),
    "learning_event": (
        "Merseyside practitioners' forum on {theme}: St Francis Xavier Church Hall, Liverpool, "
        "{date}, {time}.",
        "Learning event: {theme}, {date}, {time} to {time2}, {venue}. Book through the "
        "{partnership} training portal.",
        "Practitioners from {agency} are invited to a reflective session on {theme} at {venue} "
        "on {date}.",
        "7-minute briefing launch for {ref}: {date}, {time}, {venue}. Open to all front-line "
        "staff.",
        "Multi-agency workshop on {theme}, {venue}, {date} from {time}. Refreshments from {time2}.",
        "The {partnership} partnership conference on {theme} is on {date} at {venue}.",
        "Twilight session for DSLs: {theme}, {date}, {time}, {venue}.",
        "Lunch and learn with the {role} on {theme}, {date} at {time} on Microsoft Teams.",
        "Places remain for the {date} session on {theme}; the venue is {venue}.",
    ),
    "chronology": (
        "{date}: referral received by {agency} from the {role}; no further action recorded.",
        "{date}: strategy discussion held between {agency} and {agency2}.",
        "{date}: {agency} attended the initial child protection conference.",
        "{date}: {agency} recorded a was-not-brought episode and wrote to the GP practice.",
        "{date}: {agency2} shared information with the MASH within 24 hours.",
        "{date}: case closed by {agency} with a step-down to early help.",
        "{date}: {agency} made a referral to {agency2}; it was screened the same day.",
        "{date}: core group meeting; {agency2} not invited.",
    ),
    "action_plan": (
        "Action 4 ({ref}): {agency} to audit the use of the escalation policy. RAG: {rag}.",
        "Recommendation 2: the {role} to update the safer sleep leaflet by {date}. Status {rag}.",
        "Update from {agency}: training on {theme} delivered to {n} teams; rated {rag}.",
        "Action 7 is {rag}: {agency2} awaiting sign-off of the revised neglect toolkit.",
        "Evidence for action 3 uploaded by the {role}; the subgroup to review on {date}.",
        "{ref} action plan: {n} of 32 actions complete, the rest {rag}.",
        "Owner {agency}, due {date}: embed the learning on {theme}. RAG {rag}.",
        "The quality assurance subgroup asked {agency} for audit evidence before rating it {rag}.",
    ),
    "slack": (
        "Morning all, the {ref} meeting has moved to {time} - same Teams link.",
        "has anyone got the {agency} summary for {ref}? not in the folder yet",
        "reminder: chronologies for {ref} due {date}",
        "thanks all, {ref} went to the Panel this afternoon :tada:",
        "Quick one: is the {role} from {agency} joining on {date}?",
        "{agency2} have sent their sign-off, just waiting on {agency}",
        "venue for the {theme} event is confirmed as {venue}",
        "can we park the {ref} action plan until the subgroup on {date}?",
    ),
    "lado_note": (
        "LADO consultation from {agency}: concern about a member of staff's use of restraint; "
        "threshold not met, advice given.",
        "LADO allegations management meeting for {ref} held {date} with {agency} and {agency2}.",
        "LADO: employer asked to complete the internal investigation by {date}; outcome to be "
        "shared.",
        "Allegation against a foster carer considered at the LADO position of trust meeting on "
        "{date}; outcome unsubstantiated.",
        "LADO annual report: {n} consultations from {agency}, most about physical intervention.",
        "The LADO reminded {agency} that a referral is needed within one working day of an "
        "allegation.",
        "LADO note: the employer has suspended the staff member pending the police investigation "
        "by {agency2}.",
        "LADO advice to the {role}: keep a written record of the conversation and do not "
        "investigate yourself.",
    ),
    "cpoms_log": (
        "Safeguarding log: the DSL attended the {theme} briefing at {venue} on {date}.",
        "Action logged: staff safeguarding refresher completed by {n} members of staff.",
        "DSL supervision held with the education safeguarding adviser on {date}; case load "
        "reviewed.",
        "Log entry: the single central record was checked by the governor for safeguarding on "
        "{date}.",
        "Alert category reviewed: the DSL asked staff to log concerns the same day.",
        "Staff briefing on {theme} delivered at {time}; the slides are on the shared drive.",
        "Entry by the deputy DSL: referral made to {agency}, acknowledgement received {date}.",
        "Safeguarding audit (section 175) submitted to the {partnership} partnership on {date}.",
    ),
    "gp_lead_note": (
        "GP safeguarding lead: practice meeting on {date} reviewed the child protection register "
        "coding.",
        "Named GP note: the practice was asked for a chronology for {ref} by {date}.",
        "GP lead: reminder to all clinicians to record who accompanies a child to appointments.",
        "Practice safeguarding meeting with the health visitor and the school nurse held at "
        "{time}.",
        "The named GP for safeguarding has circulated the {theme} guidance from {agency}.",
        "GP lead note: was-not-brought policy updated following {ref}; staff asked to read it by "
        "{date}.",
        "Safeguarding lead for the practice attended the ICB's level 3 training on {date}.",
        "GP safeguarding lead: {n} coded alerts reviewed, two needed the flag updating.",
    ),
    "cdop_note": (
        "CDOP: {n} deaths reviewed at the panel on {date}; modifiable factors identified in two.",
        "Child death overview panel for {partnership}: the form B from {agency} is outstanding.",
        "CDOP coordinator to request the joint agency response report from {agency}.",
        "The panel noted safer sleep as a recurring theme and asked {agency2} for an update.",
        "CDOP notification logged {date}; the JAR meeting was held within 72 hours.",
        "Child death review meeting arranged for {date} at {time}, chaired by the designated "
        "doctor.",
        "CDOP annual report for {partnership} to go to the partners' executive on {date}.",
        "Panel agreed to write to {agency} about water safety learning.",
    ),
}
MINUTE_LINES = (
    "present: the {role} ({agency}) and the {role2} ({agency2})",
    "apologies: {agency2}",
    "the chair welcomed everyone and reminded them the review is not about blame",
    "{agency} summary taken as read",
    "{agency2} to share its chronology by {date}",
    "decision: recommend a local child safeguarding practice review",
    "decision: no local review; learning to go into a 7-minute briefing",
    "the {role} noted the theme of {theme}",
    "action: the review officer to draft the rationale for the family",
    "next meeting {date} at {time}, {venue}",
    "sign-off by the three partners expected on {date}",
)
SIGN_OFFS = (
    "Kind regards,\nPartnership business manager\n{partnership} Safeguarding Children Partnership",
    "Best wishes,\nThe {role}\n{agency}",
    "Thanks,\nReview officer, {partnership} Safeguarding Children Partnership",
    "Regards,\n{role}\n{agency}",
    "Many thanks\nBusiness support team | {partnership} Safeguarding Children Partnership",
)
BENIGN_PSEUDONYMS = ("{w} {a}", "{a}{b}", "{a}.{b}.", "{w} {c}", "{c}", "{w} {a}{b}", "{a}")
BENIGN_PSEUDONYMS += ("{w} {a} and {w} {b}",)


def _benign_pseudonym(rng: random.Random, n: int) -> str:
    return benign_pseudonym(rng, n, BENIGN_PSEUDONYMS, PSEUDONYM_WORDS, INITIALS, CHOSEN)


def _benign(rng: random.Random) -> list[Sample]:
    def filled(template: str, where: str = "") -> str:
        name = where or rng.choice(PARTNERSHIPS)
        area = AREAS[name]
        kind, kind2 = rng.sample(sorted(ROLES), 2)

        def agency_of(k: str) -> str:
            return rng.choice(PROBATION if k == "probation" else area[k])

        time, time2 = sorted(rng.sample(TIMES, 2), key=TIMES.index)
        values = {"agency": agency_of(kind), "agency2": agency_of(kind2)}
        values |= {"role": rng.choice(ROLES[kind]), "role2": rng.choice(ROLES[kind2])}
        values |= {"time": time, "time2": time2, "ref": rng.choice(REFERENCES)}
        values |= {"date": _date(rng, (2026, 2027), WHEN_FORMS), "theme": rng.choice(THEMES)}
        values |= {"venue": rng.choice((*area["venue"], "Microsoft Teams"))}
        values |= {"rag": rng.choice(RAG), "n": str(rng.randint(2, 30))}
        values["partnership"] = name
        text = _fill(template, values)
        return text[0].upper() + text[1:]

    out = registers_written(BENIGN, filled)
    for _ in range(55):
        where = rng.choice(PARTNERSHIPS)
        picked = rng.sample(MINUTE_LINES, rng.randint(3, 6))
        lines = [filled(line, where) for line in picked]
        head = f"Minutes: {rng.choice(REFERENCES)} rapid review meeting, {where}"
        out.append(Sample("minutes", "text", "\n".join([head, *lines]), False, "hand-minutes"))
    bodies = BENIGN["email_body"] + BENIGN["learning_event"]
    for n in range(55):
        where = rng.choice(PARTNERSHIPS)
        body = filled(bodies[n % len(bodies)], where)
        text = f"{body}\n\n{filled(SIGN_OFFS[n % len(SIGN_OFFS)], where)}"
        out.append(Sample("email_with_sign_off", "text", text, False, "hand"))
    return out + as_pseudonyms(_benign_pseudonym(rng, n) for n in range(90))


def registers_written(
    benign: dict[str, tuple[str, ...]],
    filled: Callable[[str], str],
    uses: Callable[[str, int], int] | None = None,
) -> list[Sample]:
    """Each register's templates in order, each filled ``uses(template, its index)`` times
    (by default three times, once if there is nothing to fill)."""
    out: list[Sample] = []
    for register, templates in benign.items():
        for n, template in enumerate(templates):
            times = uses(template, n) if uses else 3 if "{" in template else 1
            for _ in range(times):
                out.append(Sample(register, "text", filled(template), False, f"hand-{register}"))
    return out


def as_pseudonyms(names: Iterable[str]) -> list[Sample]:
    """Benign pseudonyms written by hand."""
    return [Sample("pseudonym", "pseudonym", name, False, "hand") for name in names]


def samples() -> list[Sample]:
    """The whole corpus, identifying then benign, the same on every run (benign written first,
    so that no drawn name that is one of its words is used)."""
    return assembled("eleventh-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
