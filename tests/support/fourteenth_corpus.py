"""A fourteenth held-out corpus for the confidentiality guard, written by someone who has not
read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fourteenth_names.json``, a seeded snapshot (seed ``fourteenth-<country>``) of
  female and male first name and surname pairs from names-dataset 3.3.1 (Apache-2.0,
  Philippe Remy's frequency tables per country), ranks 100 to 1499 (``RANKS``) of the tables
  of 17 countries (``DRAWN``) that none of the eighth, the tenth, the eleventh or the
  thirteenth drew: Russia, Kazakhstan and Azerbaijan (Eastern Europe and Central Asia; the
  tables' Latin entries, Uzbek, Tatar and Armenian names among them), Greece (with many
  Albanian names) and Cyprus, Haiti and Puerto Rico (the Caribbean), Burkina Faso (West
  Africa), Brunei and Singapore (South East Asia), the United Arab Emirates, Bahrain, Qatar
  and Oman (whose tables, beside Gulf Arab names, are largely of the Indian, Bangladeshi,
  Nepali, Sri Lankan, Indonesian and Ethiopian people who work there, so they stand in for
  South Asia, which the package has no further tables for), Denmark, Belgium and Switzerland
  (whose tables hold Turkish, Kurdish, Maghrebi, Portuguese and Balkan names too). The
  American, Canadian, Korean, Taiwanese, Macanese, Cambodian, Maldivian, Jordanian, Libyan,
  Israeli, Icelandic, Luxembourgish, Maltese and Central and South American tables were
  looked at and left out: mostly names the rules may have seen (the English-speaking ones),
  another script, or nicknames, phrases and typos. The draw is the tenth's (``draw_names``:
  one capitalised Latin word of three letters or more, no first name that is also in the
  surname table, plain letters only for the tables in ``ASCII_ONLY``); surnames that mark
  sex (Russian, Kazakh, Azerbaijani) are taken as the table gives them, so some do not match
  the first name's. Entries read by hand in the draw as words, places, patronymics, pet
  names, businesses or typos are left out (``NOT_NAMES``), and any name in the fourth to
  thirteenth snapshots (``EARLIER``) is skipped, so every name is new to the corpora and
  appears once. names-dataset is not a dependency; regenerate with ``uv run --with
  names-dataset==3.3.1 python -m tests.support.fourteenth_corpus``; the corpus itself reads
  the JSON only.
- Nicknames: British pet names and short forms, written by hand for this corpus, none an
  earlier corpus used (``NICKNAMES``).
- Identifying templates, written fresh by hand: names in notes (dentist, refuge, transport
  police, boxing club, environmental health, private fostering, sexual health...), in lower
  case, in capitals and in sign-offs by a child, a parent or a relative; names and give-away
  details in pseudonyms; dates of birth in seven typed forms (ISO, dashes, dots, an
  apostrophe year, American order...); addresses on invented streets (``STREETS``) in real
  towns; postcodes; phone, NHS and NI numbers; invented schools (``SCHOOLS``); email
  addresses.
- Benign text, written fresh by hand: some 170 templates (``BENIGN``, ``EMAIL_BODIES``),
  each written once or twice (every third one twice, each time in the next area), so no one
  template weighs much, and minutes of three lines from ``MINUTE_LINES``, each line in three
  sets of minutes. It is set in twelve real partnership areas of England (``AREAS``) that
  none of the sixth, eleventh, twelfth or thirteenth used: Kent, Surrey, Northumberland,
  Gloucestershire, Cambridgeshire and Peterborough, Milton Keynes, Reading, Hertfordshire,
  Lincolnshire, Wirral, Somerset and Middlesbrough, with the partnership by its own name (MK
  Together, Berkshire West, South Tees...), the partners by their real names (the council or
  children's company, the police force, the hospital trusts, the integrated care board, the
  ambulance service) and real civic venues, never a person's address. People are named only
  by role. Registers (each sample's ``category``): the thirteenth's (learning events,
  training bookings, chronology entries, QA dip samples, panel agendas, Section 11 returns,
  early help notes, newsletters, dashboards, minutes, emails with sign-offs by role) and,
  new to the corpora, rapid review summaries of agency involvement, improvement actions and
  their progress, notes to the national Panel, publication notes, multi-agency audit
  findings, strategy discussion notes, escalation log entries, practitioner survey results
  and annual report extracts.
- Identifiers are fictional (the tenth corpus's ``person_values``, imported): phone numbers
  from Ofcom's drama ranges, NHS numbers in the 999 range with a valid check digit, QQ
  National Insurance numbers, example.* email addresses, and postcodes of a valid shape in
  areas no Royal Mail postcode uses. An identifying sample's ``source`` is
  ``names-dataset-<country>`` when it names someone, ``hand-nicknames`` for a nickname, and
  ``hand`` otherwise.
- Benign pseudonyms follow DOMAIN.md strictly: initials on their own or after a word such as
  "Child" or "Unborn", or a chosen word that is not a forename (``CHOSEN``), with nothing
  beside them (the eleventh corpus's forms, with this corpus's words and initials).

A drawn name that is also a word of the benign text is dropped (``assembled``; here the
Singaporean pair Randall April, whose surname is a month of the benign dates). No sample was
changed after seeing what the guard does with it.
"""

from __future__ import annotations

import random
from functools import partial
from pathlib import Path

from tests.support.eleventh_corpus import BENIGN_PSEUDONYMS, as_pseudonyms
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.sixth_corpus import _fill
from tests.support.tenth_corpus import (
    _date,
    assembled,
    benign_pseudonym,
    birth_values,
    draw_names,
    snapshot_people,
    table_entry_ok,
)
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.thirteenth_corpus import Kin, Nicknames, identifying_written, mixed

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fourteenth_names.json")
DATASET_VERSION = "3.3.1"
RANKS = (100, 1500)
#: The snapshots whose names are skipped: every earlier one.
EARLIER = tuple(f"{n}_names.json" for n in ("fourth", "fifth", "sixth", "seventh", "eighth"))
EARLIER += tuple(f"{n}_names.json" for n in ("ninth", "tenth", "eleventh", "twelfth"))
EARLIER += ("thirteenth_names.json",)

#: names-dataset country tables none of the eighth, tenth, eleventh or thirteenth drew, and
#: how many people from each.
DRAWN = (
    ("RU", 8),
    ("KZ", 6),
    ("AZ", 6),
    ("GR", 8),
    ("CY", 6),
    ("HT", 8),
    ("PR", 6),
    ("BF", 6),
    ("BN", 6),
    ("SG", 6),
    ("AE", 6),
    ("BH", 6),
    ("QA", 6),
    ("OM", 6),
    ("DK", 6),
    ("BE", 6),
    ("CH", 6),
)
ROMANISED: tuple[str, ...] = ()
#: Tables whose accented entries are mostly mis-typed, so only plain letters are taken.
ASCII_ONLY = frozenset({"RU", "KZ", "PR", "BF", "BN", "SG", "AE", "BH", "QA", "OM"})
#: Entries of the tables read by hand in the draw as words, places, pet names or typos.
NOT_NAMES = frozenset(
    {
        *("Vladimirovna", "Aktau", "Patras", "Chrisitana", "Fraéll", "Teleco", "Latouch"),
        *("Ayalaa", "Brayansiito", "Luiyo", "Alexandel", "Toupetite", "Abzo", "Otai", "Saller"),
        *("Bahraini", "Hasoon", "Lotlot", "Fuchhi", "Abood", "Fab", "Wilga", "Negrolo", "Fichu"),
        *("Refrigeration", "Biscocho", "Lioli", "Yuzkan", "Fian", "Hemyan", "Robhel", "Jampii"),
        *("Chonky", "Foodies"),
    }
)


#: A usable table entry (the tenth's test), less this corpus's own non-names.
_name_ok = partial(table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)
#: The snapshot's people, less any with a name that is a word of the benign text.
_people = partial(snapshot_people, NAMES_FILE)


def regenerate_names() -> None:
    """Draw the names afresh from names-dataset (importable only here) into the snapshot."""
    draw_names(DRAWN, RANKS, EARLIER, "fourteenth", _name_ok, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Gorsebrook Lane", "Tallowmere Road", "Ferrier's Row", "Brackenhythe Drive")
STREETS += ("Oastfield Way", "Pennywort Crescent", "Saltcote Gardens", "Wherryman's Yard")
TOWNS = ("Ashford", "Guildford", "Hexham", "Stroud", "Wisbech", "Bletchley", "Caversham")
TOWNS += ("Stevenage", "Skegness", "Birkenhead", "Bridgwater", "Redcar")
SCHOOLS = (
    "Gorsebrook Primary Academy",
    "Oastfield Community College",
    "Tallowmere Infant School",
    "Pennywort Hill Academy",
    "Our Lady of Saltcote RC Primary",
    "Brackenhythe Pupil Referral Unit",
    "Wherryman's Free School",
    "Ferrier's Row Nursery School",
)
SCHOOL_SHORT = ("Gorsebrook", "Oastfield", "Tallowmere", "Pennywort Hill", "Brackenhythe PRU")
RELATIVES = ("step-nan", "great-aunt", "godmother", "big brother", "half-sister", "step-grandad")
RELATIVES += ("mum's boyfriend", "uncle")
#: Dates of birth as typed (the tenth's ``_date`` fields).
BIRTH_FORMS = ("{d}-{m}-{y}", "{y}-{mm}-{dd}", "{mon} {d}, {y}", "{dd}/{mm}/{yy}", "{d} {mo} '{yy}")
BIRTH_FORMS += ("{d}{th} {mon} {y}", "{d}.{m}.{y}")
WHEN_FORMS = ("{d} {mon} {y}", "{wd} {d} {mon}", "{dd}.{mm}.{y}", "{d}/{m}/{y}", "{y}-{mm}-{dd}")
WHEN_FORMS += ("{wd} {d}{th} {mo}",)

_birth = partial(birth_values, years=(2010, 2027), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The fields are the tenth corpus's person_values: {f} {l} the child (in capitals {F} {L},
# in lower case {fl} {ll}, initials {fi} {li}), {g} {h} a parent or carer, {k} a brother or
# sister, their places and numbers; and {rel}, a relative (``RELATIVES``).
NAME_TEXT = (
    "Dentist wrote in: {f} {l} has nine decayed teeth and has never been brought back.",
    "Night staff at the refuge say {g} {h} left with {f} at 3am and did not return.",
    "{f} {l} told the lunchtime supervisor that nobody came to collect yesterday.",
    "Probation list {g} {h} as a risk to children; {g} is now lodging with {f}'s family.",
    "Ward sister concerned that {g} {h} was smelling of alcohol when feeding baby {f}.",
    "Transport police stopped {F} {L} on the last train carrying two phones and cash.",
    "Please add {f} {l} to the list for the exploitation panel on Thursday.",
    "{g} {l} rang the front door saying {f} cannot stay at home any longer.",
    "Paramedics noted {f} {l} was home alone with {k}, both under five.",
    "School says {f} arrives hungry and {k} has been wearing the same clothes all week.",
    "Environmental health found {f} {l} sleeping on a mattress in a damp back room.",
    "{f} {l} came into the library after dark asking for somewhere to charge her phone.",
    "{g} {h} admitted to the health visitor to shaking the baby when it won't settle.",
    "Coach at the boxing club worried about marks on {f} {l}'s back.",
    "The youth offending worker for {F} {L} wants a joint visit with the police.",
    "{k} {l}, {f}'s older sibling, is believed to be storing drugs at the family home.",
    "Midwife booked {g} {h} late at 30 weeks; no antenatal care before that.",
    "{f} disclosed to the school counsellor that {g} locks her in her room.",
    "Private fostering notification received for {f} {l}, living with a family friend.",
    "Chronology gap: nothing recorded for {f} {l} between the two house moves.",
    "{f} {l} was found by a dog walker in the woods, cold and confused.",
    "GP says {g} {h} has stopped bringing {f} to the asthma clinic.",
    "Neighbours keep hearing {f} {l} crying late at night through the wall.",
    "Hospital discharge for baby {l} delayed until the home visit is done.",
    "Children's home staff report {F} has been getting into cars with older men.",
    "{g} {h} refused the social worker entry and shouted that {f} is fine.",
    "{f} {l} told the bus driver she had run away from her dad's.",
    "Sexual health nurse saw {f} {l}, aged 13, with a much older partner.",
    "Joint visit done: {f} and {k} seen, both quiet, mum {g} did most of the talking.",
    "Safeguarding lead asked whether {f} {l} is known to the domestic abuse service.",
    "{f} {l}'s {rel} says the children are left with her most weekends without notice.",
    "Swimming teacher saw a burn on {f}'s arm and {g} said it was the iron.",
    "Housing confirm {g} {h} and {f} were evicted and are sofa surfing.",
    "The rapid review should include what the nursery knew about {f} {l}.",
    "{f} {l} was excluded after bringing a knife in, saying it was for protection.",
    "{g} {h} is in custody and {f} keeps asking when a visit can happen.",
    "{F} {L} went missing from the residential unit and was found in another county.",
    "Mental health crisis team saw {g} {h}; {f} was in the flat at the time.",
    "{f} has told her teacher that {g}'s new partner hits {k}.",
    "Paediatrician's report on {f} {l}: injuries not consistent with a fall from the bed.",
)
NAME_LOWER = (
    "{fl} {ll} turned up at reception again asking for mum",
    "did anyone hear back re {fl}? school have rung twice",
    "{fl} is at her {rel}'s tonight apparently",
    "pls can we chat about {fl} {ll} before panel",
    "saw {fl} and {k} at the park after 10pm",
    "{fl}'s mum not answering the door again",
    "note to self chase gp about {fl} {ll}",
    "{gl} {hl} came in shouting about {fl}",
)
NAME_PSEUDONYM = (
    "{f} {l}",
    "{F} {L}",
    "{fl} {ll}",
    "{f} {li}",
    "{fi} {l}",
    "{l}",
    "{l} household",
    "Baby boy {f}",
    "{f}, {k} and baby",
    "Young Person {l}",
    "{f} (aged {age})",
    "{L} sisters",
)
SIGN_OFF = (
    "please help my mum\n{f}",
    "Thanks for listening to me.\n{f} {l} (year {year_group})",
    "I never hurt my kids.\n{g} {h}",
    "From {f}'s {rel},\n{g} {h}",
    "Sorry for the long message\n{g} x",
    "Yours sincerely\n{g} {l}, parent of {f}",
    "I dont want to go back there\nfrom {f}",
    "Regards\n{g} {h} ({f} and {k}'s parent)",
)
NICKNAMES = ("Pickle", "Sprout", "Munchkin", "Biscuit", "Peanut", "Poppet", "Tiddler", "Scamp")
NICKNAMES += ("Pudding", "Bumble", "Smiler", "Wozza", "Shez", "Jamo", "Bugsy", "Pumpkin")
NICKNAME_TEXT = (
    "Everyone on the estate knows her as {n}.",
    "Goes by '{n}' on Instagram and in the group chat.",
    "{n} (that's {f}) was seen getting into a taxi at 2am.",
    "Nan calls him {n}; staff at nursery do too.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} {L}", "Wee {n}", "{n} ({fi})")
DOB_TEXT = (
    "DOB - {dob}",
    "date of birth {dob} (age {age})",
    "b: {dob}",
    "Born {dob} at 29 weeks",
    "birth date recorded as {dob}",
    "{f}'s birthday is {dob}",
    "Her DoB is {dob}",
    "d.o.b {dob}",
)
PHONE_TEXT = (
    "mum's new mobile is {phone}",
    "call {g} on {phone}",
    "Phone: {phone}",
    "the {rel} can be reached on {phone}",
    "{f} texted from {phone} last night",
    "landline at the flat is {phone}",
)
NHS_TEXT = ("NHS No: {nhs}", "nhs num {nhs}", "{f}'s NHS number is {nhs}", "NHS#{nhs}")
NHS_TEXT += ("Baby's NHS no {nhs}",)
NI_TEXT = ("N.I. no {ni}", "Stepdad's NINO is {ni}", "national insurance number {ni}", "NI {ni}")
ADDRESS_TEXT = (
    "Currently resides at {street}, {town}",
    "New address: {street}",
    "Home visit to {street}, {town}, no answer",
    "Staying with her {rel} at {street}",
    "Police attended {street} twice this week",
    "Family moved from {street} to a hostel in {town}",
)
POSTCODE_TEXT = ("post code is {postcode}", "now living in {postcode}", "Postcode: {postcode}")
POSTCODE_TEXT += ("address ends {postcode}",)
SCHOOL_TEXT = (
    "{f} is in year {year_group} at {school}",
    "Pupil of {school}",
    "DSL from {short} made the referral",
    "Started at {school} in September",
    "{f} was moved to {short} after the exclusion",
    "Head of year at {short} raised it",
)
EMAIL_TEXT = ("e-mail {e}", "{g}'s email address is {e}", "you can reach mum at {e}")
EMAIL_TEXT += ("Contact {e}",)
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} ({age}), {short}",
    "Child {fi}{li}, lives {street}",
    "{fi}{li} - {postcode}",
    "Child {fi}, NHS {nhs}",
    "{l} twins",
    "Year {year_group} boy at {short}",
    "{fi}.{li}. dob {dob}",
    "Son of {g} {h}",
    "The {l} kids",
    "{fi}{li}, {town}, aged {age}",
    "Sibling {fi}{li} at {school}",
)


def _identifying(rng: random.Random, people: dict[str, list[tuple[str, str]]]) -> list[Sample]:
    plan = mixed(
        {
            "pseudonym_revealing": PSEUDONYM_REVEALING,
            "name_pseudonym": NAME_PSEUDONYM,
            "name_sign_off": SIGN_OFF,
            "name_lower_case": NAME_LOWER,
            "name_text": NAME_TEXT,
            "date_of_birth": DOB_TEXT,
            "email": EMAIL_TEXT,
            "school": SCHOOL_TEXT,
            "address": ADDRESS_TEXT,
            "postcode": POSTCODE_TEXT,
            "phone": PHONE_TEXT,
            "ni_number": NI_TEXT,
            "nhs_number": NHS_TEXT,
        }
    )
    kin = Kin((STREETS, TOWNS, SCHOOLS, SCHOOL_SHORT), _birth, RELATIVES)
    nicknames = Nicknames(16, NICKNAMES, (NICKNAME_TEXT, NICKNAME_PSEUDONYM))
    return identifying_written(rng, people, kin, plan, nicknames, stride=3)


# --- benign (real places of England, organisations by their real names) --------------------

#: Real partnership areas of England (none the sixth, eleventh, twelfth or thirteenth used):
#: the partnership by its own name (``scp``), its partners by their real names, and civic
#: venues of the area. The agency kinds are ``ROLES``' keys.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Kent": {
        "scp": ("Kent Safeguarding Children Multi-Agency Partnership",),
        "council": ("Kent County Council integrated children's services",),
        "police": ("Kent Police",),
        "trust": (
            "East Kent Hospitals University NHS Foundation Trust",
            "Maidstone and Tunbridge Wells NHS Trust",
        ),
        "icb": ("NHS Kent and Medway Integrated Care Board",),
        "ambulance": ("South East Coast Ambulance Service NHS Foundation Trust",),
        "venue": ("Sessions House, Maidstone", "Canterbury Guildhall"),
    },
    "Surrey": {
        "scp": ("Surrey Safeguarding Children Partnership",),
        "council": ("Surrey County Council children, families and lifelong learning",),
        "police": ("Surrey Police",),
        "trust": (
            "Royal Surrey NHS Foundation Trust",
            "Ashford and St Peter's Hospitals NHS Foundation Trust",
        ),
        "icb": ("NHS Surrey Heartlands Integrated Care Board",),
        "ambulance": ("South East Coast Ambulance Service NHS Foundation Trust",),
        "venue": ("Woodhatch Place, Reigate", "Dorking Halls"),
    },
    "Northumberland": {
        "scp": ("Northumberland Children and Adults Safeguarding Partnership",),
        "council": ("Northumberland County Council children's services",),
        "police": ("Northumbria Police",),
        "trust": ("Northumbria Healthcare NHS Foundation Trust",),
        "icb": ("NHS North East and North Cumbria Integrated Care Board",),
        "ambulance": ("North East Ambulance Service NHS Foundation Trust",),
        "venue": ("County Hall, Morpeth", "the Queen's Hall, Hexham"),
    },
    "Gloucestershire": {
        "scp": ("Gloucestershire Safeguarding Children Partnership",),
        "council": ("Gloucestershire County Council children's services",),
        "police": ("Gloucestershire Constabulary",),
        "trust": (
            "Gloucestershire Hospitals NHS Foundation Trust",
            "Gloucestershire Health and Care NHS Foundation Trust",
        ),
        "icb": ("NHS Gloucestershire Integrated Care Board",),
        "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
        "venue": ("Shire Hall, Gloucester", "Cheltenham Town Hall"),
    },
    "Cambridgeshire and Peterborough": {
        "scp": ("Cambridgeshire and Peterborough Safeguarding Children Partnership",),
        "council": (
            "Cambridgeshire County Council children's services",
            "Peterborough City Council children's services",
        ),
        "police": ("Cambridgeshire Constabulary",),
        "trust": (
            "Cambridge University Hospitals NHS Foundation Trust",
            "North West Anglia NHS Foundation Trust",
        ),
        "icb": ("NHS Cambridgeshire and Peterborough Integrated Care Board",),
        "ambulance": ("East of England Ambulance Service NHS Trust",),
        "venue": ("New Shire Hall, Alconbury Weald", "Sand Martin House, Peterborough"),
    },
    "Milton Keynes": {
        "scp": ("MK Together",),
        "council": ("Milton Keynes City Council children's services",),
        "police": ("Thames Valley Police",),
        "trust": ("Milton Keynes University Hospital NHS Foundation Trust",),
        "icb": ("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board",),
        "ambulance": ("South Central Ambulance Service NHS Foundation Trust",),
        "venue": ("the Civic, Saxon Gate East, Milton Keynes", "Milton Keynes Central Library"),
    },
    "Reading": {
        "scp": ("Berkshire West Safeguarding Children Partnership",),
        "council": ("Brighter Futures for Children",),
        "police": ("Thames Valley Police",),
        "trust": (
            "Royal Berkshire NHS Foundation Trust",
            "Berkshire Healthcare NHS Foundation Trust",
        ),
        "icb": ("NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board",),
        "ambulance": ("South Central Ambulance Service NHS Foundation Trust",),
        "venue": ("Reading Civic Offices, Bridge Street", "Reading Town Hall"),
    },
    "Hertfordshire": {
        "scp": ("Hertfordshire Safeguarding Children Partnership",),
        "council": ("Hertfordshire County Council children's services",),
        "police": ("Hertfordshire Constabulary",),
        "trust": ("West Hertfordshire Teaching Hospitals NHS Trust",),
        "icb": ("NHS Hertfordshire and West Essex Integrated Care Board",),
        "ambulance": ("East of England Ambulance Service NHS Trust",),
        "venue": ("County Hall, Hertford", "Hertford Theatre"),
    },
    "Lincolnshire": {
        "scp": ("Lincolnshire Safeguarding Children Partnership",),
        "council": ("Lincolnshire County Council children's services",),
        "police": ("Lincolnshire Police",),
        "trust": ("United Lincolnshire Teaching Hospitals NHS Trust",),
        "icb": ("NHS Lincolnshire Integrated Care Board",),
        "ambulance": ("East Midlands Ambulance Service NHS Trust",),
        "venue": ("County Offices, Newland, Lincoln", "Lincoln Guildhall"),
    },
    "Wirral": {
        "scp": ("Wirral Safeguarding Children Partnership",),
        "council": ("Wirral Council children, families and education",),
        "police": ("Merseyside Police",),
        "trust": (
            "Wirral University Teaching Hospital NHS Foundation Trust",
            "Wirral Community Health and Care NHS Foundation Trust",
        ),
        "icb": ("NHS Cheshire and Merseyside Integrated Care Board",),
        "ambulance": ("North West Ambulance Service NHS Trust",),
        "venue": ("Wallasey Town Hall", "Birkenhead Town Hall"),
    },
    "Somerset": {
        "scp": ("Somerset Safeguarding Children Partnership",),
        "council": ("Somerset Council children's services",),
        "police": ("Avon and Somerset Police",),
        "trust": ("Somerset NHS Foundation Trust",),
        "icb": ("NHS Somerset Integrated Care Board",),
        "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
        "venue": ("County Hall, Taunton", "Glastonbury Town Hall"),
    },
    "Middlesbrough": {
        "scp": ("South Tees Safeguarding Children Partnership",),
        "council": ("Middlesbrough Council children's services",),
        "police": ("Cleveland Police",),
        "trust": ("South Tees Hospitals NHS Foundation Trust",),
        "icb": ("NHS North East and North Cumbria Integrated Care Board",),
        "ambulance": ("North East Ambulance Service NHS Foundation Trust",),
        "venue": ("Middlesbrough Town Hall", "Fountain Court, Middlesbrough"),
    },
}
#: Roles by the kind of agency that employs them (a person is only ever named by role).
ROLES = {
    "council": (
        "head of service for safeguarding and quality",
        "principal social worker",
        "service manager, children in care",
        "head of early help",
        "designated officer (LADO)",
        "team manager, front door",
    ),
    "police": (
        "detective chief inspector, public protection",
        "detective sergeant, child exploitation team",
        "partnership superintendent",
    ),
    "trust": (
        "named nurse for safeguarding children",
        "named midwife",
        "lead for the paediatric liaison service",
    ),
    "icb": (
        "designated nurse for safeguarding children",
        "designated doctor for safeguarding children",
        "named GP for safeguarding",
    ),
    "ambulance": ("safeguarding lead", "head of safeguarding"),
}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(
    dict.fromkeys(
        a
        for area in AREAS.values()
        for k, v in area.items()
        if k not in ("venue", "scp")
        for a in v
    )
)
REFERENCES = ("RR 30/03", "RR-30-11", "LCSPR 29-06", "PLR 30/02", "RR 31-01", "CSPR 29/14")
THEMES = (
    "babies who are not yet crawling and bruising",
    "neglect of teenagers",
    "the hidden man in the household",
    "children who are electively home educated",
    "domestic abuse during pregnancy",
    "child criminal exploitation and knife crime",
    "children with complex health needs",
    "professional optimism",
    "transition to adult mental health services",
    "information sharing across borders",
    "disguised compliance",
    "online harm and image sharing",
)
COURSES = (
    "Multi-agency safeguarding foundation",
    "Recognising and responding to neglect",
    "Child exploitation: spotting the signs",
    "Chairing a strategy discussion",
    "Safer recruitment for managers",
    "Contextual safeguarding in practice",
)
TIMES = ("9am", "9.30am", "10:00", "11.15", "12.30pm", "1.30pm", "14:00", "3pm", "15:30")
PERIODS = ("2029-30", "2030-31", "2029/30", "Q2 2029-30", "Q3 2030-31", "quarter 1")
YEARS = ("2029-30", "2030-31", "2029/30")
ROOMS = ("Committee Room 1", "the Council Chamber", "Meeting Room 4", "the training suite")
ROOMS += ("the Mayor's Parlour", "Room G.14")
LAWS = (
    "section 11 of the Children Act 2004",
    "section 16C of the Children Act 2004",
    "section 47 of the Children Act 1989",
    "section 17 of the Children Act 1989",
    "Working Together to Safeguard Children 2023",
    "the Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018",
    "Keeping Children Safe in Education",
    "the Domestic Abuse Act 2021",
)
CHOSEN = ("Heron", "Flint", "Saltmarsh", "Osprey", "Cairn", "Harebell", "Moorland", "Driftwood")
PSEUDONYM_WORDS = ("Child", "Infant", "Young Person", "Baby", "Sibling", "Unborn")
INITIALS = "ABCDEFGHJKLMNPRSTVWZ"
RAG = ("green", "amber", "red", "blue - complete", "Amber", "on track", "RED")

#: Each register's templates, each written once or twice (``_benign``). Fields: {agency}
#: {agency2} partners of the area, {role} {role2} their roles, {scp} the partnership's own
#: name, {partnership} the area, {venue} {room} {date} {date2} {time} {time2} {ref} {theme}
#: {course} {period} {law} {rag} {n} {n2}.
BENIGN = {
    "learning_event": (
        "Learning event on {theme}: {date}, {time} to {time2}, {room}, {venue}.",
        "{scp} invites practitioners to a half-day workshop on {theme} at {venue} on {date}.",
        "Practitioner event to hear the learning from {ref}, {date} at {time}, on Teams.",
        "Bitesize session: the {role} from {agency} on {theme}, {date}, 45 minutes online.",
        "Reflective learning circle for frontline managers, {date}, {venue}; arrive from {time}.",
        "Conference {period}: '{theme}', {venue}, with workshops led by {agency2}.",
        "Spaces left for the learning event on {ref} on {date}; refreshments in {room}.",
        "The {partnership} learning week runs from {date}; sessions are listed on the website.",
        "Learning lunch, {room}: the MASH and the LADO on allegations, {date}, {time}.",
        "Briefing on {law}: what changes for practitioners, {date}, {venue}.",
    ),
    "training_course": (
        "Course: {course}. When: {date}, {time}-{time2}. Where: {room}, {venue}.",
        "New dates for '{course}' have been added for {period}; book through the learning hub.",
        "'{course}' is a one-day course for staff in universal services; next run {date}.",
        "Please cancel at least five working days before '{course}' if you cannot attend.",
        "Training booking confirmed: '{course}', {venue}, {date}, starting {time}.",
        "'{course}' ({date}) is now fully booked; contact the training team for the waiting list.",
        "{scp} pool trainers will deliver '{course}' at {venue} on {date}.",
        "Evaluation of '{course}' in {period}: most attendees rated it good or excellent.",
        "Level 3 training for GPs: '{course}', {date}, {time} to {time2}, online.",
    ),
    "chronology": (
        "{date}: referral from {agency} to the front door; screened and passed to assessment.",
        "{date}: {agency} held a professionals meeting; {agency2} sent apologies.",
        "{date}: notification for {ref} submitted to the Panel by the business unit.",
        "{date}: {agency} completed its internal management review for {ref}.",
        "{date} at {time}: initial child protection conference held, plan agreed.",
        "{date}: the {role} from {agency} requested records from {agency2}.",
        "{date}: the Panel replied to {ref} and agreed with the decision.",
        "{date}: rapid review meeting for {ref} held at {venue}, {room}.",
        "{date}, {time}: MARAC; {agency} shared the risk assessment with {agency2}.",
        "{date}: the partners signed off {ref} and the decision letter went the same day.",
    ),
    "qa_dip_sample": (
        "Dip sample of {n} strategy discussions in {period}: police attended every one.",
        "QA note: in {n} of the sampled files the lead professional was not recorded.",
        "{agency} dip-sampled {n} of its own case records on {theme}; findings rated {rag}.",
        "The quality assurance group on {date} looked at a dip sample of step-down cases.",
        "Dip sample themes from {period}: analysis improving, the child's lived experience thin.",
        "The {role} will repeat the dip sample on {theme} in {period}.",
        "Dip sample completed: {n} of {n2} plans had a clear contingency plan.",
        "QA sub-group, {room}, {date}: the CAMHS referral dip sample is deferred to {period}.",
    ),
    "panel_agenda": (
        "Case review group agenda, {date}, {time}, {room}, {venue}: 1. welcome; 2. {ref}; 3. AOB.",
        "Agenda: new referrals for consideration, the tracker of open reviews, and {ref}.",
        "Item 3: the {role} to present the draft terms of reference for {ref}.",
        "Practice review panel, {date}: the independent reviewer will join for item 2.",
        "Agenda item: the Panel's feedback on {ref} and our response.",
        "Standing item: progress on actions from published reviews, led by {agency}.",
        "Papers for the {date} case review group will go out five working days before.",
        "Item 5: the learning log, the CDOP update and the date of the next meeting.",
    ),
    "section11_return": (
        "Section 11 self-assessment {period}: {agency} rated itself {rag} on the child's voice.",
        "{agency2} has returned its Section 11 audit ahead of the {date} deadline.",
        "Section 11 peer challenge event at {venue} on {date}, {time} to {time2}.",
        "Section 11: {n} agencies are still to submit for {period}.",
        "The {role} has signed off the {agency} Section 11 action plan.",
        "Section 11 findings: supervision and training records were the weakest standards.",
        "Our duty under section 11 of the Children Act 2004 is audited every two years.",
    ),
    "early_help_note": (
        "Early help: the family hub at {venue} now hosts the weekly allocation meeting.",
        "Request for early help support forms go to the hub, not the front door.",
        "Early help plans in {partnership} are reviewed at least every twelve weeks.",
        "The {role} reminded teams that consent is needed before an early help assessment.",
        "Early help step-up and step-down guidance was updated on {date}.",
        "{n} early help assessments were completed in {period}, most led by schools.",
        "The early help partnership board meets on {date} in {room}.",
    ),
    "lscp_newsletter": (
        "In this edition: learning from {ref}, {period} training dates and the threshold guide.",
        "Welcome to the autumn newsletter of {scp}.",
        "News in brief: {agency} and {agency2} have agreed a joint protocol on {theme}.",
        "Our seven-minute briefing on {theme} is now on the website.",
        "Dates for your diary: the DSL forum meets at {venue} on {date} at {time}.",
        "Meet the business unit: the partnership manager, review officer and training team.",
        "Thank you to the {n} practitioners who came to the learning event at {venue}.",
        "Safeguarding awareness week starts on {date}; events across {partnership}.",
    ),
    "dashboard": (
        "Dashboard for {period}: {n} serious incident notifications, all within 5 working days.",
        "Rapid reviews completed within 15 working days: {n} of {n2} in {period}.",
        "The percentage of child protection plans lasting two years or more is {rag}.",
        "Dashboard note: contacts to the front door rose by {n} per cent in {period}.",
        "Attendance by {agency} at initial conferences is shown as {rag}.",
        "Training uptake by agency for {period} is on page 3 of the dashboard.",
        "The dashboard now splits missing episodes by age band and by placement type.",
        "Dashboard RAG summary for {period}: timeliness {rag}, quality of plans {rag}.",
    ),
    "rapid_review_summary": (
        "Agency involvement: {agency} had contact with the family on {n} occasions in the year.",
        "The health visitor made the universal contacts; no concerns were recorded at the time.",
        "{agency} records show two contacts with the child in {period}.",
        "The police had attended the address once before, a call about noise.",
        "The GP practice saw the mother for low mood; she was referred to talking therapies.",
        "Children's social care closed an assessment with no further action before the incident.",
        "Key practice episode 1: the strategy discussion on {date} did not include health.",
        "The rapid review for {ref} found no immediate action was needed for other children.",
        "Education: the child was on roll and attendance had dropped in the autumn term.",
        "The ambulance service attended once; the crew made a safeguarding referral that night.",
    ),
    "improvement_action": (
        "Action {n}: {agency} to embed the safer sleep assessment at every contact - {rag}.",
        "Improvement action: refresh the escalation policy, owner the {role}, due {date}.",
        "Progress update on action {n} ({ref}): guidance drafted, consultation closes {date}.",
        "Action {n} is {rag}; the audit that evidences it is scheduled for {period}.",
        "Action closed: {agency2} has trained {n} staff on {theme}.",
        "Recommendation {n} from {ref}: partners to test the new pre-birth pathway.",
        "The action tracker shows {n} actions open, {n2} closed since {date}.",
        "Evidence for action {n}: the {role} has uploaded the revised procedure.",
        "Action {n}: the ICB to add the bruising protocol to GP induction by {date} - {rag}.",
        "Improvement plan for {ref}: {n} actions, {n2} of them owned by {agency}.",
    ),
    "panel_notification_note": (
        "The serious incident notification for {ref} was sent to the Panel on {date}.",
        "Notification submitted within 5 working days; Ofsted copied in as required.",
        "The Panel acknowledged {ref} on {date} and asked for the rapid review by the deadline.",
        "Note to the Panel: the rapid review for {ref} needs five more working days for records.",
        "The Panel has asked whether {ref} meets the criteria for a national review.",
        "Letter to the Panel explaining the partnership's decision on {ref}, sent {date}.",
        "Notification under section 16C of the Children Act 2004 logged with the awareness date.",
        "Ofsted and the Secretary of State told of the death of a looked-after child on {date}.",
    ),
    "publication_note": (
        "Publication of {ref} is paused until criminal proceedings end.",
        "The final report for {ref} goes to the Panel and the Secretary of State on {date}.",
        "Publication date agreed for {ref}: {date}, with a press statement by {agency}.",
        "The published report will stay on the {scp} website for at least a year.",
        "The family will be told of the publication date before it is announced.",
        "A summary of learning from {ref} will be published instead of the full report.",
        "The coroner's inquest is listed for {period}; publication will follow it.",
        "The report is anonymised; the child is referred to as Child {initial} throughout.",
        "The NSPCC repository will hold {ref} once the year on the website ends.",
    ),
    "audit_finding": (
        "Multi-agency audit of {theme}: {n} cases, findings presented on {date}.",
        "Audit finding: information sharing between {agency} and {agency2} was timely.",
        "The audit found fathers were seen in fewer than half of the cases.",
        "Joint audit with {agency}: the child's voice was evident in {n} of {n2} files.",
        "Audit recommendation: strategy discussions to record who was invited and why.",
        "The audit group graded practice as {rag} overall for {period}.",
        "Themes from the audit will be shared at the learning event on {date}.",
        "Audit sample: {n} children on plans under neglect; {n2} had a graded care profile.",
    ),
    "strategy_discussion_note": (
        "Strategy discussion {date}, {time}: attended by the {role} and the {role2}.",
        "Strategy discussion agreed a section 47 enquiry; the police will plan the joint visit.",
        "The {role} chaired the strategy discussion; health information was shared by the {role2}.",
        "Strategy meeting reconvened on {date} to review the outcome of the medical.",
        "Outcome of the strategy discussion: single-agency enquiry by children's social care.",
        "Strategy discussion under section 47 of the Children Act 1989; notes sent to {agency2}.",
        "A second strategy discussion was not needed; the plan was reviewed at the core group.",
        "Strategy discussion at {time} on {date}: police, health and the front door attended.",
    ),
    "escalation_log": (
        "Escalation log {date}: {agency} challenged the decision to close; resolved at stage 1.",
        "Stage 2 escalation raised by the {role}; team managers met on {date}.",
        "Escalation: {agency2} queried the threshold decision; the front door manager reviewed it.",
        "Professional challenge recorded; outcome agreed within the 10 working days.",
        "Log entry: resolution letter sent to the {role}, case stepped up to assessment.",
        "{n} escalations were logged in {period}, most resolved at the first stage.",
        "Escalation closed on {date}; learning shared with {agency}.",
        "Stage 3 escalation to the heads of service; the {role} will reply by {date}.",
    ),
    "practitioner_survey": (
        "Practitioner survey {year}: {n} per cent felt confident using the threshold guide.",
        "Survey results: staff in {agency} asked for more training on {theme}.",
        "{n2} practitioners answered the survey, up from {n} the year before.",
        "Most respondents knew how to escalate a disagreement between agencies.",
        "The survey asked whether supervision helps with complex cases; {n} per cent said yes.",
        "Survey feedback will shape the {period} training programme.",
        "Free-text comments from the survey mention workload and waiting times for CAMHS.",
        "Survey {year}: under half of respondents had heard of the escalation policy.",
    ),
    "annual_report": (
        "Annual report {year}: the partners published {n} local reviews and {n2} learning reviews.",
        "This report meets the Working Together 2023 requirement to publish a yearly report.",
        "The independent scrutineer's assessment is in chapter 4 of the annual report.",
        "In {year} the partnership trained {n2}0 practitioners across agencies.",
        "Our priorities for {year}: neglect, exploitation and {theme}.",
        "The annual report was agreed by the three safeguarding partners on {date}.",
        "Funding: the three statutory partners contribute to the {scp} budget.",
        "Relevant agencies in the arrangements: schools, the Probation Service and {agency}.",
    ),
}
MINUTE_LINES = (
    "present: {role} ({agency}); {role2} ({agency2}); the review officer",
    "apologies: the {role2}",
    "the chair reminded members the review is about learning",
    "agency summaries were received from all partners",
    "members agreed the criteria for a local review are not met",
    "the {role} described the key practice episodes",
    "action: the business unit to send the rapid review to the Panel by {date}",
    "members discussed how the family's culture and language shaped practice",
    "{agency} will check its records for earlier contacts",
    "decision: a local child safeguarding practice review will be commissioned",
    "the independent reviewer's draft will come back in {period}",
    "AOB: the learning event on {theme} is on {date}",
    "date of next meeting: {date}, {time}, {room}, {venue}",
    "sign-off by the three safeguarding partners requested by {date}",
    "the Panel's response to {ref} was noted",
    "members agreed to share a seven-minute briefing on {theme}",
)
MINUTE_HEADS = (
    "Rapid review meeting, {ref}",
    "Minutes of the case review group, {date}",
    "Notes of the practice review panel ({ref})",
    "{scp}: review meeting minutes",
)
SIGN_OFFS = (
    "Kind regards,\nPartnership Manager\n{scp}",
    "Many thanks\nReview Officer | {scp}",
    "Warm regards,\nThe {role}\n{agency}",
    "Thanks,\nBusiness Support Officer, {scp}",
    "Regards\nTraining and Development Coordinator\n{scp}",
    "With thanks\nDesignated Safeguarding Lead Network Chair",
    "Best,\n{role}, {agency}",
    "Kind regards\nIndependent Scrutineer, {scp}",
    "Thank you\nSafeguarding Business Unit\n{partnership}",
    "Cheers,\nData and Performance Officer | {scp}",
)
EMAIL_BODIES = (
    "Dear partners, the rapid review for {ref} is attached for sign-off by {date}.",
    "Hi all, could agency summaries for {ref} reach the business unit by {time} on {date}?",
    "Please see attached the agenda for the case review group on {date}.",
    "The Panel has written back on {ref}; the letter is in the shared folder.",
    "Thank you for attending the learning event at {venue}; slides attached.",
    "A reminder that Section 11 returns for {period} close on {date}.",
    "The independent reviewer would like to meet practitioners from {agency} on {date}.",
    "Could you confirm a deputy for the {date} meeting, as the {role} is on leave?",
    "Attached are the minutes of the last panel; please send corrections by {date}.",
    "The {period} dashboard is ready; headlines are in the cover note.",
    "I've booked {room} at {venue} for the sign-off meeting on {date} at {time}.",
    "Quick update: the criminal trial in {ref} has moved, so publication is paused.",
    "We are collecting case studies for the annual report; a template is attached.",
    "The escalation raised by {agency2} has been resolved; the log is updated.",
    "Please share the practitioner survey with your teams before {date}.",
    "Draft terms of reference for {ref} attached; comments welcome.",
    "The audit tool for the multi-agency audit on {theme} is attached.",
    "Apologies for the short notice: the panel on {date} is now online only.",
    "The notification for {ref} went to the Panel today within the 5 working days.",
    "Could each partner nominate someone for the improvement action on {theme}?",
)


def _benign_pseudonym(rng: random.Random, n: int) -> str:
    """The ``n``-th benign pseudonym: the eleventh corpus's forms, this corpus's words."""
    return benign_pseudonym(rng, n, BENIGN_PSEUDONYMS, PSEUDONYM_WORDS, INITIALS, CHOSEN)


def _benign(rng: random.Random) -> list[Sample]:
    # Each area's agencies are taken in turn where a template names one, so all appear.
    named: dict[str, int] = dict.fromkeys(AREAS, 0)

    def agencies(where: str, template: str) -> tuple[str, str]:
        area = AREAS[where]
        listed = [a for kind in ROLES for a in area[kind]]
        turn = named[where]
        named[where] += ("{agency}" in template) + ("{agency2}" in template)
        return listed[turn % len(listed)], listed[(turn + 1) % len(listed)]

    def filled(template: str, where: str) -> str:
        area = AREAS[where]
        agency, agency2 = agencies(where, template)
        kinds = {a: kind for kind in ROLES for a in area[kind]}
        kind, kind2 = kinds[agency], kinds[agency2]
        time, time2 = sorted(rng.sample(TIMES, 2), key=TIMES.index)
        n, n2 = sorted(rng.sample(range(2, 60), 2))
        values = {"agency": agency, "agency2": agency2}
        values |= {"role": rng.choice(ROLES[kind]), "role2": rng.choice(ROLES[kind2])}
        values |= {"time": time, "time2": time2, "ref": rng.choice(REFERENCES)}
        values |= {"date": _date(rng, (2029, 2030), WHEN_FORMS), "theme": rng.choice(THEMES)}
        values |= {"venue": rng.choice(area["venue"]), "room": rng.choice(ROOMS)}
        values |= {"period": rng.choice(PERIODS), "law": rng.choice(LAWS)}
        values |= {
            "rag": rng.choice(RAG),
            "n": str(n),
            "n2": str(n2),
            "course": rng.choice(COURSES),
        }
        values |= {"partnership": where, "scp": area["scp"][0], "year": rng.choice(YEARS)}
        values["initial"] = rng.choice(INITIALS)
        text = _fill(template, values)
        return text[0].upper() + text[1:]

    out: list[Sample] = []
    turn = 0
    for register, templates in BENIGN.items():
        for i, template in enumerate(templates):
            # Each template once, every third one twice, each time in the next area.
            for _ in range(2 if i % 3 == 0 else 1):
                text = filled(template, PARTNERSHIPS[turn % len(PARTNERSHIPS)])
                out.append(Sample(register, "text", text, False, f"hand-{register}"))
                turn += 1
    lines = len(MINUTE_LINES)
    for n in range(lines):
        # Each line in three sets of minutes, in turn.
        where = PARTNERSHIPS[(n * 5) % len(PARTNERSHIPS)]
        head = filled(MINUTE_HEADS[n % len(MINUTE_HEADS)], where)
        body = [filled(MINUTE_LINES[(3 * n + j) % lines], where) for j in range(3)]
        out.append(Sample("minutes", "text", "\n".join([head, *body]), False, "hand-minutes"))
    for n, template in enumerate(EMAIL_BODIES):
        where = PARTNERSHIPS[(n * 7) % len(PARTNERSHIPS)]
        sign_off = filled(SIGN_OFFS[n % len(SIGN_OFFS)], where).split("\n")
        lines_out = [line[0].upper() + line[1:] for line in sign_off]
        text = filled(template, where) + "\n\n" + "\n".join(lines_out)
        out.append(Sample("email_with_sign_off", "text", text, False, "hand"))
    return out + as_pseudonyms(_benign_pseudonym(rng, n) for n in range(76))


def samples() -> list[Sample]:
    """Every sample, identifying first, the same each run; the benign side is written first
    so that a drawn name that is one of its words can be left out."""
    return assembled("fourteenth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
