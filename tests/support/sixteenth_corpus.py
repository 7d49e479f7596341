"""A sixteenth held-out corpus for the confidentiality guard, written by someone who has not
read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``sixteenth_names.json``, a seeded snapshot (seed ``sixteenth-<country>``) of
  female and male first name and surname pairs from names-dataset 3.3.1 (Apache-2.0,
  Philippe Remy's frequency tables per country), ranks 1500 to 2999 (``RANKS``), rarer than
  any earlier corpus drew (they all took ranks below 1500), of the tables of 13 countries
  whose communities live in England (``DRAWN``): India, Bangladesh, Nigeria, Ghana, Turkey,
  Italy, Portugal, Ireland, Albania, Sudan, Egypt, Iraq and Afghanistan. The package has no
  Romanian or Pakistani table; the Polish and Lithuanian tables were drawn and left out, as
  their first names at these ranks read by hand as diminutives, words, businesses and typos
  (and Egypt and Portugal give fewer people for the same reason); the Irish table holds
  Lithuanian names beside Irish ones, as Ireland's towns do, and they are kept. The draw
  is the tenth's (``draw_names``: one capitalised Latin word of three letters or more,
  no first name that is also in the surname table, plain letters only for the tables in
  ``ASCII_ONLY``).
  Entries read by hand in the draw as words, places, pet names, brands or typos are left
  out (``NOT_NAMES``), and any name in the fourth to fifteenth snapshots (``EARLIER``) is
  skipped, as is any in the seventeenth's (written beside this one, on main first), so
  every name is new to the corpora and appears once. names-dataset is not a
  dependency; regenerate with ``uv run --with names-dataset==3.3.1 python -m
  tests.support.sixteenth_corpus``; the corpus itself reads the JSON only.
- Nicknames: British pet names, written by hand for this corpus, none in any earlier corpus
  file (``NICKNAMES``).
- Identifying templates, written fresh by hand: names in notes (ward, breakfast club,
  orthodontist, lifeguard, speech and language therapy, Cafcass...), in lower case, in
  capitals and in sign-offs by a child, a parent or a relative; names and give-away details
  in pseudonyms; dates of birth in eight typed forms (dashes, ISO with slashes, dots, an
  abbreviated month between dashes, "the 3rd of May"...); addresses on invented streets
  (``STREETS``) in real towns; postcodes; phone, NHS and NI numbers; invented schools
  (``SCHOOLS``); email addresses.
- Benign text, written fresh by hand, set in twelve real partnership areas of England
  (``AREAS``: Newham, Croydon, Southwark, Oldham, Salford, Sandwell, Telford and Wrekin,
  Nottinghamshire, Hampshire, Swindon, Blackpool and County Durham, none an earlier corpus
  used) with their real partners by their real style (the council or children's trust, the
  police force, the hospital and mental health trusts, the integrated care board, the
  ambulance service) and real civic venues, never a person's address. It is what staff
  type into this bot and its Slack channel day to day, each sample's ``category`` its
  register: terse Slack messages and thread replies in lower case with shorthand (sw, dsl,
  hv, iro, cla, s47, strat disc, lado, mash, tac, icpc, cp plan, rr, eod) and typos;
  rapid review checklist notes; decision notes and rationales; agency case summaries by
  role ("the mother", "the probation practitioner"); reminders and replies; minutes;
  emails with sign-offs by role and organisation; chronology lines; learning-event and
  training notices with dates, times, rooms and venues. 154 templates (``BENIGN``);
  ``_uses`` fills each at most three times.
- Identifiers are fictional: Ofcom drama phone numbers, NHS numbers in the 999 range with
  a valid check digit, NI numbers prefixed QQ, example.* emails, postcodes of a valid shape
  in areas no Royal Mail postcode uses (the tenth corpus's ``person_values``, imported).
  An identifying sample's ``source`` is ``names-dataset-<country>`` when it names someone,
  ``hand-nicknames`` for a nickname, else ``hand``.
- Benign pseudonyms follow DOMAIN.md strictly, written out by hand
  (``BENIGN_PSEUDONYM_TEXT``): initials on their own or after a word such as "Child"
  (``PSEUDONYM_WORDS``), a sibling's number, or a chosen word that is not a forename
  (``CHOSEN``), with nothing beside them.

A drawn name that is also a word of the benign text is dropped (``assembled``; here the
Irish surname Cass, which a learning briefing names as the Cass Review). No sample was
changed after seeing what the guard does with it.
"""

from __future__ import annotations

import random
from functools import partial
from pathlib import Path

from tests.support.eleventh_corpus import as_pseudonyms
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.sixth_corpus import _fill
from tests.support.tenth_corpus import (
    Plan,
    _date,
    assembled,
    birth_values,
    draw_names,
    snapshot_people,
    table_entry_ok,
)
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.thirteenth_corpus import Kin, Nicknames, identifying_written

SEEN = ""
NAMES_FILE = Path(__file__).with_name("sixteenth_names.json")
DATASET_VERSION = "3.3.1"
#: Rarer than any earlier corpus drew (they all took ranks below 1500).
RANKS = (1500, 3000)
#: The snapshots whose names are skipped: every earlier one.
EARLIER = tuple(f"{n}_names.json" for n in ("fourth", "fifth", "sixth", "seventh", "eighth"))
EARLIER += tuple(f"{n}_names.json" for n in ("ninth", "tenth", "eleventh", "twelfth"))
EARLIER += tuple(f"{n}_names.json" for n in ("thirteenth", "fourteenth", "fifteenth"))
#: The seventeenth was written beside this one and reached main first.
EARLIER += ("seventeenth_names.json",)

#: names-dataset tables of countries whose communities live in England, and how many people
#: from each (the package has no Romanian or Pakistani table).
DRAWN = (
    ("IN", 6),
    ("BD", 6),
    ("NG", 6),
    ("GH", 6),
    ("TR", 6),
    ("IT", 6),
    ("PT", 5),
    ("IE", 6),
    ("AL", 6),
    ("SD", 6),
    ("EG", 3),
    ("IQ", 6),
    ("AF", 6),
)
ROMANISED: tuple[str, ...] = ()
#: Tables whose accented entries are mostly mis-typed, so only plain letters are taken.
ASCII_ONLY = frozenset({"IN", "BD", "NG", "GH", "SD", "EG", "IQ", "AF"})
#: Entries of the tables read by hand in the draw as words, places, pet names or typos.
NOT_NAMES = frozenset(
    {
        *(
            "Stomatologia",
            "Myjnia",
            "Toshko",
            "Krasnalek",
            "Haneczka",
            "Mariczka",
            "Daroslaw",
            "Sonata",
        ),
        *("Gintaronis", "Rugene", "Neryla", "Aušreja", "Blind", "Kalpu", "Shee", "Mily"),
        *("Nurse", "Gaya", "Qwophi", "Arbynah", "Ganyobi", "Deffor", "Asawura", "Bay"),
        *("Ürün", "Güli", "Velit", "Sab", "Casa", "Jimmi", "Peppuccio", "Alesandra"),
        *("Cacá", "Pitucha", "Preta", "Cabeças", "Madjer", "Bridgy", "Lacika", "Kilmessan"),
        *("Cois", "Beans", "Giusi", "Helly", "Entel", "Jetaime", "Cukur", "Nexhi"),
        *("Fisheku", "Kleina", "Hoota", "Jabal", "Haba", "Mahmmed", "Hamst", "Boba"),
        *("Mesh", "Bobo", "Smr", "Ibra", "Marmar", "Qween", "Calm", "Barber"),
        *("Hmode", "Jwani", "Zinab", "Ganral", "Ikhlas"),
        *("Wczasy", "Urząd", "Szymonn", "Erdinch", "Szamot", "Terasa", "Anglas", "Kaune"),
        *("Bumza", "Vanuva", "Nezinomas", "Azuoliukas", "Dilijara", "Vini", "Akhe", "Orthi"),
        *("Dazzling", "Richman", "Iceberg", "Avorgah", "Alabani", "Bridgetta", "Erciyes", "Merly"),
        *("Ranjith", "Jalel", "Allegra", "Capitani", "Zeni", "Sini", "Travessa", "Perneta"),
        *(
            "Paciência",
            "Albertina",
            "Cisaltina",
            "Margaretmary",
            "Hohn",
            "Mihoc",
            "Codrut",
            "Eager",
        ),
        *("Jordenne", "Ciarin", "Instalime", "Erca", "Kenado", "Bkry", "Ahmmed", "Awed"),
        *("Alem", "Meda", "Zeka", "Nanna", "Asharf", "Samka", "Sendrela", "Dew"),
        *("Xamy", "Gardy", "Hager", "Taef"),
        *("Ciasteczkowy", "Raycho", "Hslina", "Ciemny", "Małga", "Bebok", "Raslavičiūtė", "Kamile"),
        *("Fucat", "Medmasters", "Studija", "Alionushka", "Thylane", "Trojus", "Rdx", "Ketan"),
        *("Story", "Muni", "Rabaka", "Charisma", "Peterson", "Capito", "Mugeez", "Onai"),
        *("Eti", "Sebat", "Yezda", "Puca", "Tenente", "Potes", "Príncipe", "Couteiro"),
        *("Sónya", "Thrish", "Chrisdina", "Deasun", "Eveanna", "Zigur", "Flu", "Nexho"),
        *("Mitre", "Zool", "Abdall", "Seka", "Goo", "Simsim", "Sosana", "Prinses"),
        *("Xald", "Dusky", "Daeki"),
        *("Stanio", "Zdzicho", "Laleczka", "Gryzli", "Jadwinia", "Gabryjela", "Kurme", "Xujanek"),
        *("Dvarelis", "Liepuze", "Nekenčiu", "Ūsienė", "Hafej", "Imo", "Ahki", "Perpertual"),
        *("Benneth", "Piano", "Siracusa", "Cura", "Perfeita", "Mudite", "Siabh", "Joeann"),
        *("Tabene", "Rex", "Sande", "Meko", "Koke", "Sea", "Hna", "Salm"),
        *("Mahabad", "Alosha"),
        *("Jrena", "Isin", "Krysryna", "Wtz", "Sławas", "Oha", "Archimedes", "Kobee"),
        *("Cay", "Batman", "Arar", "Loja", "Cigano", "Boal", "Maryteresa", "Tba"),
        *("Irta", "Mustfa", "Tark", "Zeezee", "Zoma", "Perfume", "Nwr", "Hwnar"),
        *("Mrem", "Hssen", "Aloosh"),
        *("Dagusia", "Djanel", "Agnieszk", "Wuj", "Zorro", "Produtos", "Maneta", "Decie"),
        *("Tag", "Retage", "Rany", "Eyes", "Xalat", "Rinush"),
        *("Vareta", "Vintém", "Xpto", "Pimpao", "Múinteoir", "Chalisa", "Shiten", "Egy"),
        *("Aan", "Youo", "Androw", "Mustafaa", "Sidad"),
        *("Calvario", "Brinca", "Fáty", "Casado", "Klodagh", "Trica", "Fogert", "Mester"),
        *("Amo", "Hodaa", "Ziko", "Shrif", "Sadq"),
        *("Eprahem", "Masr", "Bodi", "Lehat", "Melsen"),
        *("Kimoo", "Roaa", "Nadr", "Beko", "Shekoo", "Dedy", "Moohamed", "Loo", "Seed"),
    }
)

#: A usable table entry (the tenth's test), less this corpus's own non-names.
_name_ok = partial(table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)
#: The snapshot's people, less any with a name that is a word of the benign text.
_people = partial(snapshot_people, NAMES_FILE)


def regenerate_names() -> None:
    """Draw the names afresh from names-dataset (importable only here) into the snapshot."""
    draw_names(DRAWN, RANKS, EARLIER, "sixteenth", _name_ok, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Quillwort Road", "Cinderpath Lane", "Mangold Terrace", "Hopkiln Close")
STREETS += ("Bargeman's Row", "Gritstone Avenue", "Weaverbird Court", "Nettlebed Walk")
TOWNS = ("Accrington", "Chesterfield", "Nuneaton", "Basingstoke", "Grimsby", "Barnstaple")
TOWNS += ("Kettering", "Worksop", "Bishop Auckland", "Morecambe")
SCHOOLS = (
    "Quillwort Primary Academy",
    "Cinderpath Junior School",
    "St Aldhelm's Catholic Primary",
    "Mangold Park Infant and Nursery School",
    "Hopkiln Vale Secondary Academy",
    "Gritstone Edge Pupil Referral Unit",
    "Nettlebed Church of England Junior School",
    "Weaverbird Studio School",
)
SCHOOL_SHORT = ("Quillwort", "Cinderpath Juniors", "St Aldhelm's", "Hopkiln Vale", "Gritstone Edge")
RELATIVES = ("nana", "grandad", "auntie", "step-grandma", "great-uncle", "big sister", "cousin")
#: Dates of birth as typed (the tenth's ``_date`` fields).
BIRTH_FORMS = ("{dd}-{mm}-{y}", "{d} {mo} {y}", "{d}/{m}/{yy}", "{mon} {d} {y}")
BIRTH_FORMS += ("{y}/{mm}/{dd}", "{d}{th} of {mo}", "{dd}.{mm}.{yy}", "{d}-{mon}-{yy}")
WHEN_FORMS = ("{d} {mo} {y}", "{wd} {d} {mon}", "{d}/{m}/{y}", "{wd} {d}{th} {mo}", "{d} {mon}")

#: A child's date of birth falls in 2010-2028 (the benign text is dated 2027-2029), age 0-17.
_birth = partial(birth_values, years=(2010, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# Fields (the tenth corpus's person_values, through the thirteenth's Kin): the child is {f}
# {l} (capitals {F} {L}, lower case {fl} {ll}, initials {fi} {li}); {g} {h} is a parent or
# carer, {k} a brother or sister, {rel} a relative; then places, dates and numbers.
NAME_TEXT = (
    "Ward sister rang: {f} {l} has a torn frenulum and {g} cannot say how it happened.",
    "{f} {l} came into breakfast club with the same clothes on as Monday and no coat.",
    "Officers found {F} {L} asleep in a stairwell at 03:10 and took her to the station.",
    "The orthodontist wrote that {f} {l} has missed six appointments this year.",
    "{g} {h} walked into the front counter saying {f} had been taken by her dad.",
    "Triage note: {f} {l}, scald to the left foot, seen 19 hours after it happened.",
    "Family support worker says {g} {h} keeps {f} off school to look after the baby.",
    "Lifeguard at the leisure centre reported {f} {l} arriving alone most evenings.",
    "{f} {l} told her form tutor that she sleeps on the floor at her dad's.",
    "Emergency duty team placed {f} and {k} with their {rel} overnight.",
    "The community midwife has not seen {g} {h} since the booking appointment.",
    "CAMHS triage: {f} {l} has cut her arms and says nobody at home knows.",
    "{F} {L} went missing from the residential unit after an argument with staff.",
    "PC took a first account from {g} {h} about the messages sent to {f}.",
    "Speech and language therapist noted {f} {l} has almost no words at two and a half.",
    "{f} {l} and her brother {k} were found walking along the dual carriageway.",
    "Housing say {g} {h} has been given notice and {f} will be homeless next week.",
    "Urgent care: {f} {l} brought in twice in ten days with unexplained bruising.",
    "Youth worker heard {f} {l} talk about running drugs for an older boy.",
    "{g} {l} told the health visitor not to come back and shut the door on {f}'s weigh-in.",
    "Contact supervisor saw {g} grab {f} {l} by the wrist in the car park.",
    "Attendance officer: {f} {l} is at 61% and {g} has stopped replying to letters.",
    "Notification to Ofsted: {F} {L} was restrained twice at the home this week.",
    "Joint visit planned to {f} {l} after she said her mum's partner comes into her room.",
    "Probation say {g} {h} is living with {f} again despite the licence conditions.",
    "The interpreter thinks {g} {h} agreed to the plan without understanding it.",
    "{f} {l} has not been seen by a dentist since she came into the country.",
    "Exploitation screening for {f} {l} came back high; strategy meeting requested.",
    "Baby {f} {l} was taken home by {g} before the discharge planning meeting.",
    "{f} {l} climbed out of the window at the unit and was found at the canal.",
    "Cafcass asked for an update on {f} and {k} before the hearing.",
    "Foster carer says {f} {l} wets the bed every night since the last contact.",
    "{g} {h} admitted leaving {f} with a neighbour she barely knows for two days.",
    "{f}'s {rel} rang the police saying {g} is using again and the kids are alone.",
    "Bus driver noticed {f} {l} crying with a split lip on the school run.",
    "Sexual health clinic worried that {f} {l} is seeing a man of 27.",
    "Chronology: {f} {l} made subject of a plan under emotional abuse.",
    "{F} {L} brought into resus by ambulance, drowsy, {g} {h} with her.",
    "{f} {l} has been staying at a friend's flat since {g} changed the locks.",
    "Head of year says {f} {l}'s brother {k} collects her and is often drunk.",
)
NAME_LOWER = (
    "hv saw {fl} today, weight dropping again",
    "{fl} {ll} came up at mash, nfa for now",
    "is {fl} still at her nans or back home?",
    "{fl} {ll} absconded again last night",
    "add {fl} + {k} to the list for tues",
    "cant get hold of {fl}'s dsl",
    "{fl} {ll} - no access visit x2",
    "{fl} still in the refuge, mum ok",
)
NAME_PSEUDONYM = (
    "{f} {l}",
    "{F} {L}",
    "{f} {li}.",
    "{fi} {l}",
    "{L}",
    "the {l}s",
    "{f} & {k}",
    "Infant {l}",
    "{fl} {ll}",
    "{f}, aged {age}",
    "Subject child {f}",
    "Master {f} {li}",
)
SIGN_OFF = (
    "please dont tell him i said\n{f}",
    "Thanks for listening to me.\n{g} ({f}'s mum)",
    "I just want my babies back.\n{g} {h}",
    "This is what happened in PE.\n{f} {l}, Year {year_group}",
    "my {rel} wrote this down for me\n{f}",
    "Yours sincerely,\n{g} {l}\nmother of {f} and {k}",
    "Regards from {g} {h}\n({rel} to {f})",
    "thats everything\n{f} {l} xx",
)
NICKNAMES = ("Pipsqueak", "Chickpea", "Kipper", "Cupcake", "Tadpole", "Wriggler", "Sugarplum")
NICKNAMES += ("Bobbin", "Dimples", "Cheeky")
NICKNAME_TEXT = (
    "Nursery staff only know him as {n}; it is on his peg and his coat.",
    "Her gaming tag is {n}, on the Xbox and on Discord.",
    "Police found {n}, who is {f}, sleeping in a shop doorway at 1am.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} {l}", "Lil {n}", "{n} {fi}.")
DOB_TEXT = (
    "d.o.b. given as {dob}",
    "DOB: {dob}, {age} yrs",
    "was born on {dob} in hospital",
    "born {dob} at the General",
    "dob confirmed {dob}",
    "Her birthday is the {dob}.",
    "Delivered {dob} at 35 weeks",
)
PHONE_TEXT = (
    "dad's mobile {phone}",
    "Ring mum on {phone}, not before 10",
    "Phone no. for mum - {phone}",
    "Nan's house phone {phone}",
    "{f} called the duty line from {phone}",
)
NHS_TEXT = ("NHS: {nhs}", "NHS number {nhs}", "his nhs no is {nhs}", "NHS # is {nhs}")
NI_TEXT = ("NI number: {ni}", "mum's NI no {ni}", "National Insurance {ni}")
ADDRESS_TEXT = (
    "Home address {street}, {town}",
    "Moved in with dad at {street}",
    "Visited {street}, {town}; curtains shut",
    "Staying at {rel}'s, {street}",
    "Officers went to {street} at 01:30",
)
POSTCODE_TEXT = (
    "post code {postcode} per housing",
    "the family has moved to {postcode}",
    "New postcode is {postcode}",
)
SCHOOL_TEXT = (
    "Attends {school} (Year {year_group})",
    "In Year {year_group} at {school}",
    "{short} DSL rang it in",
    "{f} joined {short} after the Easter holidays",
    "Registered at {school}, 68% attendance",
)
EMAIL_TEXT = ("dad emails from {e}", "E-mail: {e}", "you can email {g} on {e}")
PSEUDONYM_REVEALING = (
    "Infant {l}, born {dob}",
    "{fi}{li} from {street}",
    "{fi}{li} ({age}) of {short}",
    "Child at {postcode} address",
    "Child {fi}{li} / NHS {nhs}",
    "{l} triplets",
    "Year {year_group} girl at {short}",
    "{fi}.{li}. b. {dob}",
    "the {l} kids",
)


#: The identifying samples: category, field, templates, how many.
PLAN: Plan = (
    ("name_text", "text", NAME_TEXT, 58),
    ("name_lower_case", "text", NAME_LOWER, 20),
    ("name_pseudonym", "pseudonym", NAME_PSEUDONYM, 44),
    ("name_sign_off", "text", SIGN_OFF, 16),
    ("date_of_birth", "text", DOB_TEXT, 21),
    ("phone", "text", PHONE_TEXT, 14),
    ("nhs_number", "text", NHS_TEXT, 12),
    ("ni_number", "text", NI_TEXT, 9),
    ("address", "text", ADDRESS_TEXT, 14),
    ("postcode", "text", POSTCODE_TEXT, 10),
    ("school", "text", SCHOOL_TEXT, 14),
    ("email", "text", EMAIL_TEXT, 9),
    ("pseudonym_revealing", "pseudonym", PSEUDONYM_REVEALING, 24),
)


def _identifying(rng: random.Random, people: dict[str, list[tuple[str, str]]]) -> list[Sample]:
    kin = Kin((STREETS, TOWNS, SCHOOLS, SCHOOL_SHORT), _birth, RELATIVES)
    nicknames = Nicknames(16, NICKNAMES, (NICKNAME_TEXT, NICKNAME_PSEUDONYM))
    return identifying_written(rng, people, kin, PLAN, nicknames, stride=0)


# --- benign (real places of England, organisations by their real style) -------------------

_MET, _LAS = ("Metropolitan Police Service",), ("London Ambulance Service NHS Trust",)
_GMP, _NWAS = ("Greater Manchester Police",), ("North West Ambulance Service NHS Trust",)
_GM_ICB = ("NHS Greater Manchester Integrated Care",)
_WMAS = ("West Midlands Ambulance Service University NHS Foundation Trust",)
_NEAS = ("North East Ambulance Service NHS Foundation Trust",)
#: Real partnership areas of England (none an earlier corpus used) with their partners by
#: their real names and civic venues of the area. The kinds are ``ROLES``'; each area's
#: first trust is its acute hospital trust ({hospital}).
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Newham": {
        "council": ("Newham Council children and young people's services",),
        "police": _MET,
        "trust": ("Barts Health NHS Trust", "East London NHS Foundation Trust"),
        "icb": ("NHS North East London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("Newham Town Hall, East Ham", "Stratford Library"),
    },
    "Croydon": {
        "council": ("Croydon Council children's social care",),
        "police": _MET,
        "trust": (
            "Croydon Health Services NHS Trust",
            "South London and Maudsley NHS Foundation Trust",
        ),
        "icb": ("NHS South West London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("Croydon Town Hall, Katharine Street", "Bernard Weatherill House"),
    },
    "Southwark": {
        "council": ("Southwark Council children's and adults' services",),
        "police": _MET,
        "trust": (
            "Guy's and St Thomas' NHS Foundation Trust",
            "King's College Hospital NHS Foundation Trust",
        ),
        "icb": ("NHS South East London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("160 Tooley Street", "Canada Water Library"),
    },
    "Oldham": {
        "council": ("Oldham Council children's services",),
        "police": _GMP,
        "trust": (
            "Northern Care Alliance NHS Foundation Trust",
            "Pennine Care NHS Foundation Trust",
        ),
        "icb": _GM_ICB,
        "ambulance": _NWAS,
        "venue": ("Oldham Civic Centre", "Gallery Oldham"),
    },
    "Salford": {
        "council": ("Salford City Council children's services",),
        "police": _GMP,
        "trust": (
            "Northern Care Alliance NHS Foundation Trust",
            "Greater Manchester Mental Health NHS Foundation Trust",
        ),
        "icb": _GM_ICB,
        "ambulance": _NWAS,
        "venue": ("Salford Civic Centre, Swinton", "The Lowry, Salford Quays"),
    },
    "Sandwell": {
        "council": ("Sandwell Children's Trust",),
        "police": ("West Midlands Police",),
        "trust": (
            "Sandwell and West Birmingham Hospitals NHS Trust",
            "Black Country Healthcare NHS Foundation Trust",
        ),
        "icb": ("NHS Black Country Integrated Care Board",),
        "ambulance": _WMAS,
        "venue": ("Sandwell Council House, Oldbury", "West Bromwich Town Hall"),
    },
    "Telford and Wrekin": {
        "council": ("Telford & Wrekin Council children's safeguarding and family support",),
        "police": ("West Mercia Police",),
        "trust": (
            "The Shrewsbury and Telford Hospital NHS Trust",
            "Midlands Partnership University NHS Foundation Trust",
        ),
        "icb": ("NHS Shropshire, Telford and Wrekin Integrated Care Board",),
        "ambulance": _WMAS,
        "venue": ("Addenbrooke House, Telford", "Southwater One, Telford"),
    },
    "Nottinghamshire": {
        "council": ("Nottinghamshire County Council children and families services",),
        "police": ("Nottinghamshire Police",),
        "trust": (
            "Sherwood Forest Hospitals NHS Foundation Trust",
            "Nottinghamshire Healthcare NHS Foundation Trust",
        ),
        "icb": ("NHS Nottingham and Nottinghamshire Integrated Care Board",),
        "ambulance": ("East Midlands Ambulance Service NHS Trust",),
        "venue": ("County Hall, West Bridgford", "Mansfield Civic Centre"),
    },
    "Hampshire": {
        "council": ("Hampshire County Council children's services",),
        "police": ("Hampshire and Isle of Wight Constabulary",),
        "trust": (
            "Hampshire Hospitals NHS Foundation Trust",
            "Southern Health NHS Foundation Trust",
        ),
        "icb": ("NHS Hampshire and Isle of Wight Integrated Care Board",),
        "ambulance": ("South Central Ambulance Service NHS Foundation Trust",),
        "venue": ("Elizabeth II Court, Winchester", "Winchester Guildhall"),
    },
    "Swindon": {
        "council": ("Swindon Borough Council children's services",),
        "police": ("Wiltshire Police",),
        "trust": (
            "Great Western Hospitals NHS Foundation Trust",
            "Avon and Wiltshire Mental Health Partnership NHS Trust",
        ),
        "icb": ("NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board",),
        "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
        "venue": ("Swindon Civic Offices, Euclid Street", "STEAM Museum, Swindon"),
    },
    "Blackpool": {
        "council": ("Blackpool Council children's services",),
        "police": ("Lancashire Constabulary",),
        "trust": (
            "Blackpool Teaching Hospitals NHS Foundation Trust",
            "Lancashire and South Cumbria NHS Foundation Trust",
        ),
        "icb": ("NHS Lancashire and South Cumbria Integrated Care Board",),
        "ambulance": _NWAS,
        "venue": ("Blackpool Town Hall", "Winter Gardens, Blackpool"),
    },
    "County Durham": {
        "council": ("Durham County Council children and young people's services",),
        "police": ("Durham Constabulary",),
        "trust": (
            "County Durham and Darlington NHS Foundation Trust",
            "Tees, Esk and Wear Valleys NHS Foundation Trust",
        ),
        "icb": ("NHS North East and North Cumbria Integrated Care Board",),
        "ambulance": _NEAS,
        "venue": ("County Hall, Durham", "Durham Town Hall"),
    },
}
#: Roles by the kind of agency that employs them.
ROLES = {
    "council": (
        "head of service for safeguarding",
        "front door team manager",
        "independent reviewing officer",
        "LADO",
        "principal social worker",
        "assistant director for children's social care",
    ),
    "police": (
        "detective inspector, public protection",
        "DS in the MASH",
        "partnership chief inspector",
    ),
    "trust": ("named nurse for safeguarding", "named midwife", "named doctor for safeguarding"),
    "icb": (
        "designated nurse for safeguarding children",
        "designated doctor",
        "deputy designated nurse",
    ),
    "ambulance": ("safeguarding practitioner",),
}
KINDS = tuple(ROLES)
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(
    dict.fromkeys(a for area in AREAS.values() for k, v in area.items() if k != "venue" for a in v)
)
REFERENCES = ("RR 28/04", "RR-29-02", "LCSPR 28/11", "MALR 27-09", "RR 27-31", "CSPR-28-06")
THEMES = (
    "bruising in babies who are not mobile",
    "adolescent neglect",
    "fathers who are not seen",
    "children electively home educated",
    "coercive control and the unborn child",
    "contextual safeguarding",
    "parental alcohol use",
    "children with SEND in out-of-area placements",
    "suicide and self-harm in teenagers",
    "the impact of poverty on neglect",
)
COURSES = (
    "Neglect: using the graded care profile",
    "Level 3 safeguarding for health staff",
    "Working with resistant families",
    "Safer sleep for babies",
    "Child criminal exploitation: spotting the signs",
    "Managing allegations against staff",
)
TIMES = ("9am", "9.15", "10am", "10:30", "12 noon", "1.30pm", "14:00", "3pm")
PERIODS = ("2027/28", "2028-29", "Q1 2028", "Q4 2028-29", "spring 2029")
CHOSEN = ("Obsidian", "Estuary", "Gorse", "Kelp", "Pumice", "Mica", "Shale", "Weir", "Gannet")
CHOSEN += ("Bollard",)
PSEUDONYM_WORDS = ("Child", "Infant", "Young Person", "Baby", "Sibling", "Subject Child")

#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (never more than three).
BENIGN: dict[str, tuple[str, ...]] = {
    "slack": (
        "morning all, {ref} agency requests went out last night",
        "sw visited sibs yday, both fine, no new concerns",
        "dsl at the primary has sent the chronology over, in the folder now",
        "hv notes from {trust} still outstanding, ive chased twice",
        "iro confirms cla review was in {period}, minutes to follow",
        "s47 strat disc held {date}, police leading",
        "lado aware, its about the childminder not the parents",
        "mash checks done - no prior contact with {council}",
        "tac meeting notes attached, family engaged well apparently",
        "icpc set for {date} at {time}, chair confirmed",
        "cp plan ended in {period} fyi",
        "recieved police summary thx, will merge into the pack tonight",
        "can someone from {trust} dial in at {time}? we've no health rep",
        "quick q - does the 15 days run from notification or from when we knew?",
        "notification done for {ref} :white_check_mark:",
        "sorry, on leave till {date}, pls cc the review officer",
        "ive got a clash with court, can we push to {time2}",
        "who has edit rights on the tracker? its locked",
        "ambulance summary in from {ambulance}, v detailed",
        "just flagging the siblings are now in a different LA area",
        "meeting room at {venue} is booked, 2nd floor",
        "definately need the gp records before we sign",
        "anyone know the panel's email for rr submissions?",
        "ta all, great turnout today",
    ),
    "slack_thread": (
        "> has {agency} sent theirs?\nnot yet, due {date}",
        "replying in thread - the icb rep is off sick, deputy will cover",
        "^ agree with this, lets not delay the decision",
        "thread: education summary\n- attendance data: in\n- exclusions: none\n"
        "- dsl statement: tbc",
        "following up from yesterday - police say the investigation is still live so "
        "limited detail in their summary",
        "@here final version of the rr for {ref} is up, please read before {time}",
        "+1, and can we add a line about the language needs of the family",
        "re the chronology gap in {period}: the family were abroad, school confirmed",
        "good spot, ive updated the tracker",
        "picking this up - i'll ring the {role} at {agency} this afternoon",
        "just seen this, sorry! will send by eod",
        "> is the father known to services?\nchecked, nothing on our system",
    ),
    "checklist_note": (
        "Requests for agency summaries sent to {agency} and {agency2} on {date}.",
        "Notification to the Panel submitted {date}; reference received.",
        "Safeguarding partners informed by email on {date}.",
        "Immediate safety of other children: confirmed by the social worker on {date}.",
        "Family informed that a rapid review is taking place; the mother asked for a copy "
        "of the outcome.",
        "CDOP notified by the {role}; child death form completed.",
        "Not a looked-after child, so no Ofsted notification needed - marked N/A.",
        "Rapid review meeting arranged for {date} at {venue}.",
        "Checklist item 7 (sign-off): police and ICB signed, LA pending.",
        "Parallel proceedings: the CPS has been told a review is under way.",
        "item 4 - chronology merged, 3 agencies, gaps noted in {period}",
        "Coroner's officer informed; no date for the inquest yet.",
        "Out-of-area agencies contacted: the family lived in {partnership} until {period}.",
        "checklist: siblings seen ✔ partners told ✔ panel notified ✔ summaries - 4 of 6",
    ),
    "decision_note": (
        "Decision: the criteria for a local child safeguarding practice review are met; "
        "the partners will commission one.",
        "Decision: no local review. The learning on {theme} is already in the partnership's "
        "action plan.",
        "Decision: recommend that the Panel considers a national review, given the links "
        "to {theme}.",
        "The partners agreed a multi-agency learning review instead of an LCSPR, led by the "
        "{role} from {agency}.",
        "Rationale: there is potential to identify improvements in how {agency} and "
        "{agency2} share information.",
        "Decision recorded on {date} and sent to the Panel the same day.",
        "Decision deferred to {date} while the health chronology is completed.",
        "The decision and rationale will be shared with the family by the allocated social worker.",
        "rationale - reg 11 criteria partly met, partners want a proportionate review "
        "rather than full lcspr",
        "Decision: the case will go to the next learning and improvement subgroup as a "
        "single-agency matter for {agency}.",
        "All three partners agreed the decision; {agency2} noted a different view on timescales.",
        "Decision note: a national review was considered and not recommended; the local "
        "learning is clear.",
    ),
    "case_summary": (
        "Police summary: {police} attended after a 999 call; the infant was taken to hospital "
        "by {ambulance}; two adults arrested.",
        "Health summary ({hospital}): the baby was seen at the 6-8 week check with no concerns; "
        "one missed immunisation appointment.",
        "Children's social care summary: the family was known from {period} under child in "
        "need; the case closed after six months.",
        "Education summary: the young person's attendance fell to 40% in the autumn term; "
        "the school made two referrals to the front door.",
        "ICB summary: the GP practice had no safeguarding flags; the mother had been treated "
        "for postnatal depression.",
        "Ambulance summary: crew arrived within 7 minutes; the parent was distressed and "
        "gave a consistent account.",
        "Probation summary: the mother's partner was on licence; the probation practitioner "
        "did not know there was a baby in the household.",
        "Summary for {ref}: a 14-year-old was seriously injured in a knife attack; known to "
        "youth justice and the exploitation hub.",
        "{ref}: an infant died suddenly at home; the parents had been given safer sleep "
        "advice by the health visitor and the midwife.",
        "Summary: a child with complex health needs was admitted malnourished; several "
        "agencies had noted missed appointments.",
        "case summary (draft) - yp, 16, overdose, previous camhs involvement, discharged "
        "in {period}",
        "Trust summary ({trust}): the father was on a waiting list for talking therapy.",
    ),
    "reminder": (
        "Reminder: agency summaries for {ref} are due by {date}.",
        "Reminder - the rapid review for {ref} must reach the Panel by {date}.",
        "Friendly reminder that the sign-off for {ref} is still waiting on {agency}.",
        "Reminder: the learning event for {ref} is on {date} at {venue}.",
        "Just a nudge - comments on the draft terms of reference by {date} please.",
        "Reminder: the action tracker is reviewed at every subgroup; please update your "
        "agency's lines beforehand.",
        "reminder to all - please use case refs and pseudonyms only in this channel",
        "Reminder: 7 working days before publication the final report goes to the Panel "
        "and the Secretary of State.",
        "Reminder: the annual report contributions from {agency} are due {date}.",
        "Reminder - the next rapid review meeting is {date}, {time}, on Teams.",
    ),
    "reply": (
        "Thanks, received - I'll add it to the pack for {ref}.",
        "Yes, {agency} can attend on {date}; the {role} will come.",
        "Sorry for the delay, our summary will be with you by {date}.",
        "Happy with the rationale as drafted.",
        "Agreed, no changes from us.",
        "Noted - we'll pick this up at the subgroup on {date}.",
        "Thanks for the reminder, it's with our legal team.",
        "That works for me, see you at {venue}.",
        "not from us, we had no involvement after {period}",
        "Apologies, I'm on leave that week; my deputy will attend for {agency2}.",
        "Good point - I'll check with the {role} and come back to you.",
    ),
    "minutes": (
        "Rapid review meeting, {ref}, {date}\nAttendees: the {role} ({agency}), the {role2} "
        "({agency2})\n1. Facts agreed\n2. Immediate actions: none",
        "Case review subgroup, {date}, {venue}\nItem 3: {ref} - agency reports received; "
        "reviewer to present draft in {period}.",
        "Minutes: the chair reminded the group that the purpose is learning, not blame.",
        "Item 5 - Panel response to {ref}: the Panel agreed with the decision.",
        "AOB: {agency2} asked for the tracker to be circulated a week before meetings.",
        "Actions: the review officer to draft the rationale; the {role} to brief the family.",
        "Executive board, {date}\nAgreed: the learning and improvement plan for {period}.",
        "minutes extract {date}\n- {ref} signed off\n- lcspr decision: no\n- briefing to "
        "be written",
        "Present: LA, police, ICB, education, probation. Apologies: ambulance.",
        "The meeting closed at {time2}. Next meeting: {date2} at {venue}.",
        "Item 2: the partnership manager presented the quarterly dashboard; timeliness of "
        "rapid reviews was 100% this quarter.",
        "Minutes: agreed that the national Panel's report on {theme} be discussed at the "
        "next meeting.",
        "Venue: the Council Chamber, {venue}. Quorate: yes (LA, police and ICB present).",
    ),
    "email_with_sign_off": (
        "Dear all,\nThe draft rapid review for {ref} is attached for comment by {date}.\n\n"
        "Kind regards\nSafeguarding Partnership Manager\n{partnership} Safeguarding Children "
        "Partnership",
        "Hi,\nJust to confirm receipt of your agency summary, many thanks.\n\nBest,\nReview "
        "Officer, {partnership} Safeguarding Children Partnership",
        "Good morning,\n{agency} will be represented by the {role} on {date}.\n\nRegards\n"
        "{Role}\n{agency}",
        "Hello,\nThe Panel's letter on {ref} is in the shared folder.\n\nThanks\nBusiness "
        "Support Officer",
        "Colleagues,\nA reminder that the learning event is at {venue} on {date}.\n\n"
        "Best wishes\nLearning and Development Lead\n{partnership} SCP",
        "Dear partners,\nPlease find attached the signed decision for {ref}.\n\nYours "
        "sincerely\nIndependent Scrutineer\n{partnership} Safeguarding Children Partnership",
        "Hi both,\nCould we have a quick call on {date} about the chronology gaps?\n\nThanks\n"
        "Independent Reviewer",
        "All,\nI'm afraid I can't attend on {date}.\n\nKind regards\n{Role2}, {agency2}",
        "Hi - attached is the updated action plan, changes in red.\n\nCheers\nQuality "
        "Assurance Officer, {partnership} SCP",
        "Dear colleagues,\nThe seven-minute briefing on {theme} is ready to share with your "
        "teams.\n\nWith thanks\nPartnership Business Manager",
        "Hello,\nApologies for the delay; our report will follow by {date}.\n\nRegards\n"
        "Head of Safeguarding\n{trust}",
        "Morning,\nThe room at {venue} is confirmed for {time}.\n\nThanks\nPartnership "
        "Administrator",
    ),
    "chronology": (
        "{date} - referral to {council} from the health visitor about home conditions.",
        "{date}: strategy discussion; police, health and social care present.",
        "{date}: child protection conference; plan under the category of neglect.",
        "{date}: the family moved into {partnership} from another area; records requested {date2}.",
        "{date}: missed 12-month development review.",
        "{date}: {police} attended a domestic incident; DASH risk assessed as medium.",
        "{date}: the school submitted an early help assessment.",
        "{date}: the case was stepped down to early help.",
        "{date}: child not brought to the paediatric clinic at {hospital}.",
        "{date}: {ambulance} conveyed the child to the emergency department.",
        "{date} - GP appointment, mother reported low mood, referred to talking therapies.",
        "{date}: the child protection plan ended at the review conference.",
    ),
    "learning_event": (
        "Learning event for {ref}: practitioners' session on {date}, {time} to {time2}, {venue}.",
        "Seven-minute briefing on {theme} - launch webinar {date} at {time}.",
        "{partnership} Safeguarding Children Partnership annual conference on {theme}, "
        "{date}, {venue}.",
        "Practitioner forum: the {role} from {agency} on {theme}, {date}, {time}.",
        "Lunch and learn: what the national Panel says about {theme}. {date}, online.",
        "Learning briefing on the Cass Review and children questioning their gender: "
        "{date}, {time}, {venue}.",
        "Multi-agency audit feedback, {date} at {venue}, all welcome.",
        "Safeguarding week {period}: drop-in sessions at {venue} each lunchtime.",
        "Reflective session for the staff involved in {ref}, {date}, {time}, a quiet room "
        "at {venue}.",
        "Learning from reviews roadshow at {venue} on {date}; book through the partnership site.",
        "Learning event {ref}: {date}, Committee Room 2, {venue}; tea and coffee from {time}, "
        "start {time2}.",
    ),
    "training_notice": (
        "Course: '{course}', {date}, {time} to {time2}, {venue}.",
        "Training: '{course}' now runs on {date} at {time} on Teams.",
        "Still places on '{course}' at {venue} on {date}.",
        "The {partnership} training calendar for {period} is published; new this year: '{course}'.",
        "Level 3 refresher is due every three years for DSLs - please check your records.",
        "'{course}' on {date} is cancelled; we will rebook.",
        "New e-learning on {theme} is on the partnership portal.",
        "Training for new chairs of strategy discussions, {date}, {venue}.",
        "{course} - waiting list only for {date}, sorry",
        "Managers: please release staff for '{course}' on {date}; lunch provided at {venue}.",
        "'{course}' has moved to Room G.14 at {venue}, {date}, {time} start.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child B",
    "Child TN",
    "Infant G",
    "Baby H",
    "Young Person K",
    "Sibling 1",
    "Sibling 4",
    "Subject Child R",
    "KW",
    "D.M.",
    "S.T.",
    "Child J and Child L",
    "Obsidian",
    "Estuary",
    "Gorse",
    "Kelp",
    "Pumice",
    "Mica",
    "Shale",
    "Weir",
    "Gannet",
    "Bollard",
    "Child W",
    "Infant PD",
    "Baby NE",
    "Young Person HS",
    "BL",
    "T",
    "Child V",
    "Sibling C",
    "Subject Child M",
    "A.R.",
    "Baby J and Baby K",
    "Infant S",
    "Child GD",
    "Young Person E",
    "RC",
    "P",
    "Child N",
    "Infant LT",
    "Baby Y",
    "Sibling 2",
)


def _uses(template: str, n: int) -> int:
    """Times a benign template is filled: once when it has no field; otherwise twice, or three
    times for the fourth, eighth... template of its register."""
    if "{" not in template:
        return 1
    return 2 + (n % 4 == 3)


def _benign(rng: random.Random) -> list[Sample]:
    # The areas in turn, except that a template naming an agency ({agency}, {trust}...) takes
    # whichever agency of that kind is so far named least, and its area, and one naming only
    # the partnership the partnership named least; so every partner and area is named. Roles
    # follow the kind of the agency named.
    lap = iter(range(10_000))
    homes = [
        (agency, kind, name)
        for name, area in AREAS.items()
        for kind in KINDS
        for agency in area[kind]
    ]
    told = dict.fromkeys(AGENCIES, 0)
    called = dict.fromkeys(PARTNERSHIPS, 0)

    def later(name: str, turn: int) -> int:
        """How far the area ``name`` comes after this turn's, so that ties go round."""
        return (PARTNERSHIPS.index(name) - turn) % len(PARTNERSHIPS)

    def least(kind: str | None, turn: int) -> tuple[str, str, str]:
        homes_of = (h for h in homes if kind in (None, h[1]))
        return min(homes_of, key=lambda h: (told[h[0]], later(h[2], turn)))

    def filled(template: str) -> str:
        turn = next(lap)
        name = PARTNERSHIPS[turn % len(PARTNERSHIPS)]
        kind, kind2 = KINDS[turn % len(KINDS)], KINDS[(turn + 2) % len(KINDS)]
        fixed = [k for k in KINDS if "{" + k + "}" in template]
        if fixed:
            name = least(fixed[0], turn)[2]
        elif "{agency}" in template:
            _, kind, name = least(None, turn)
            kind2 = KINDS[(KINDS.index(kind) + 1 + turn % 3) % len(KINDS)]
        elif "{partnership}" in template:
            name = min(PARTNERSHIPS, key=lambda a: (called[a], later(a, turn)))
        called[name] += "{partnership}" in template
        area = AREAS[name]
        pick = {k: min(area[k], key=told.__getitem__) for k in KINDS}
        pick["venue"] = area["venue"][turn // len(PARTNERSHIPS) % len(area["venue"])]
        for k in fixed:
            told[pick[k]] += 1
        told[pick[kind]] += "{agency}" in template
        told[pick[kind2]] += "{agency2}" in template
        role, role2 = rng.choice(ROLES[kind]), rng.choice(ROLES[kind2])
        time, time2 = sorted(rng.sample(TIMES, 2), key=TIMES.index)
        values = pick | {"agency": pick[kind], "agency2": pick[kind2], "partnership": name}
        values["hospital"] = area["trust"][0]
        values |= {"role": role, "role2": role2, "Role": role[0].upper() + role[1:]}
        values |= {"Role2": role2[0].upper() + role2[1:], "time": time, "time2": time2}
        values |= {"date": _date(rng, (2027, 2029), WHEN_FORMS), "ref": rng.choice(REFERENCES)}
        values |= {"date2": _date(rng, (2027, 2029), WHEN_FORMS), "theme": rng.choice(THEMES)}
        values |= {"period": rng.choice(PERIODS), "course": rng.choice(COURSES)}
        return _fill(template, values)

    # Each template with how many times it is filled, the registers in order.
    wanted = [(r, t, _uses(t, n)) for r, ts in BENIGN.items() for n, t in enumerate(ts)]
    text = [Sample(r, "text", filled(t), False, f"hand-{r}") for r, t, k in wanted for _ in "x" * k]
    return text + as_pseudonyms(BENIGN_PSEUDONYM_TEXT)


def samples() -> list[Sample]:
    """Identifying samples, then benign ones, identical on every run; the benign side is
    written first, so that a drawn name that is one of its words is left out."""
    return assembled("sixteenth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
