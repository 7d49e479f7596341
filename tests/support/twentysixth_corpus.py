"""A twenty-sixth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``twentysixth_names.json``, a seeded snapshot of female and male first name and
  surname pairs from @faker-js/faker 10.6.0 (MIT; ``faker.person.firstName(sex)`` and
  ``lastName(sex)`` on its ready-made instance for each locale, seeded with the FNV-1a hash
  of ``twentysixth-<locale>``), for thirteen locales no earlier corpus drew from (the
  twenty-third and twenty-fifth drew other faker-js locales): cy, ku_kmr_latin,
  uz_UZ_latin, az, af_ZA, fi, sv, da, nb_NO, es_MX, fr_CA, ro_MD and en_AU. faker-js's
  cy locale holds no names of its own, so its instance gives English ones (as Welsh
  children's often are), and fr_CA's takes fr's. ``twentysixth_names.mjs`` writes 200
  candidates a locale, women and men in turn, with the locale's surname table; the Python
  side (``regenerate_names``, the twenty-fifth's, and its filter ``_kept``) keeps, in order,
  five people from each of the first eight locales and four from each of the last five
  (``DRAWN``, sixty in all) whose names are one capitalised word of plain letters, three or
  more, whose first name is in no drawn locale's surname table, and whose names are in no
  earlier snapshot (``EARLIER``: the fourth to the twenty-fifth, and the twenty-seventh's,
  written at the same time, where present) nor drawn already. Azerbaijani, Kurdish, Uzbek,
  Nordic, Finnish and Spanish names with letters outside plain a-z (ə, ş, ê, ä, ø, á, the
  Uzbek apostrophe...) are left out by that test. Every draw was read by hand and the
  entries that read as ordinary words, places, festivals, brands, pet forms, typos or not
  a person's name were left out (``NOT_NAMES``), then drawn again until the draw read as
  real names. faker-js is not a dependency; regenerate with, in a temporary folder,
  ``npm install @faker-js/faker@10.6.0`` and then
  ``uv run python -m tests.support.twentysixth_corpus <that folder>/node_modules``; the
  corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus, animal-ish, sound-ish and invented
  diminutives, none in an earlier corpus file (``NICKNAMES``; checked by grepping
  ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a taxi driver, a library assistant, a church warden, a dog groomer, a
  chiropodist, a riding school instructor, a cinema usher, a phlebotomist, a sea cadets
  officer, a petrol station cashier, a garden centre worker, a bell ringer, a bus escort,
  a narrowboat owner, a market trader, a gas engineer, a hospital porter...), in lower
  case and in sign-offs by a child, a parent or a relative; names and give-away details in
  pseudonyms; nicknames; dates of birth in twelve typed forms; addresses on invented
  streets (``STREETS``) in real towns of the areas; postcodes; phone, NHS and NI numbers;
  invented schools (``SCHOOLS``); email addresses; written out by the thirteenth's
  ``identifying_written``, as many of each category as its ``MIX`` says.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long as the bot's 500-character
  summary and note fields allow: incident case summaries by role, rapid review decision
  rationales with reasons and dates, multi-line minutes extracts, emails of a few
  paragraphs with a sign-off block; and short text: checklist notes, chronology lines,
  Panel and publication notes, improvement actions, district council housing and
  community safety notes, notices with dates, times, rooms and venues, and Slack lines. It
  is set in twelve two-tier district council areas of Surrey, Hertfordshire and
  Oxfordshire (``AREAS``) that no earlier corpus file names: Elmbridge, Mole Valley,
  Surrey Heath, Runnymede, Spelthorne, Broxbourne, Three Rivers, Welwyn Hatfield,
  Hertsmere, West Oxfordshire, Vale of White Horse and South Oxfordshire (Surrey Heath and
  Welwyn Hatfield stand in for Epsom and Ewell and Stevenage, which earlier corpus files
  name), with the district council's housing options and community safety teams, the
  county's partners (the county council's children's services; Surrey Police,
  Hertfordshire Constabulary or Thames Valley Police; the NHS trusts; the integrated care
  board, NHS Frimley for Surrey Heath; the ambulance service), real civic venues, never a
  person's address, and each county partnership by the name it uses (``SCP``: the Surrey
  and Hertfordshire Safeguarding Children Partnerships, the Oxfordshire Safeguarding
  Children Board). People are named only by role; the roles, themes, courses, rooms, times
  and periods are the twenty-first's, imported (through the twenty-second's ``DRAWS``).
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

import sys
from functools import partial
from pathlib import Path

from tests.support import twentyfifth_corpus, twentyfirst_corpus, twentysecond_corpus
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import assembled, birth_values, snapshot_people
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.twentyfifth_corpus import PLAIN as PLAIN
from tests.support.twentyfifth_corpus import _district

SEEN = ""
NAMES_FILE = Path(__file__).with_name("twentysixth_names.json")
NODE_SCRIPT = Path(__file__).with_name("twentysixth_names.mjs")
SOURCES = "@faker-js/faker 10.6.0 (MIT)"
SEED = "twentysixth-<locale>"
#: The snapshots whose names are skipped: every earlier one, and the sibling corpus's.
EARLIER = (*twentyfifth_corpus.EARLIER, "twentyfifth_names.json", "twentyseventh_names.json")

#: faker-js's locales, none drawn by an earlier corpus, and how many people from each.
FAKER_JS = ("cy", "ku_kmr_latin", "uz_UZ_latin", "az", "af_ZA", "fi", "sv", "da", "nb_NO")
FAKER_JS += ("es_MX", "fr_CA", "ro_MD", "en_AU")
DRAWN = tuple((f"faker-js-{locale}", 5 if n < 8 else 4) for n, locale in enumerate(FAKER_JS))
ROMANISED: tuple[str, ...] = ()
#: Entries of the candidates read by hand in the draw as words, places, festivals, brands,
#: pet forms, typos or not a person's name.
NOT_NAMES = frozenset(
    {
        *("Vernie", "Gussie", "Crist", "Heval", "Botan", "Welat", "Kawa", "Tuba", "Spies"),
        *("Morne", "Munch", "Bang", "Garnier", "Collet", "Calin", "Alic", "Negruta", "Hyatt"),
        *("Sienna", "Kris", "Jimmie", "Ararat", "Cana", "Alexa", "Xana", "Skye", "Borer"),
        *("Finn", "Abbey"),
    }
)


def regenerate_names(node_modules: str) -> None:
    """Run the node script on ``node_modules`` (faker-js), keep, and write (the twenty-fifth's)."""
    twentyfifth_corpus.regenerate_names(node_modules, sys.modules[__name__])


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Tollgate Spinney", "Coopers Reach", "Larkwhistle Row", "Bargeman's Walk")
STREETS += ("Hazelwarren Close", "Stonechat Rise", "Fulling Mill Yard", "Ropewalk Gardens")
TOWNS = ("Esher", "Walton-on-Thames", "Dorking", "Leatherhead", "Camberley", "Addlestone")
TOWNS += ("Egham", "Staines-upon-Thames", "Cheshunt", "Hoddesdon", "Rickmansworth")
TOWNS += ("Welwyn Garden City", "Borehamwood", "Potters Bar", "Witney", "Carterton")
TOWNS += ("Abingdon", "Wantage", "Didcot", "Thame")
SCHOOLS = (
    "Tollgate Spinney Primary School",
    "Larkwhistle Academy",
    "St Osgyth's Catholic Primary",
    "Coopers Reach Infant School",
    "Stonechat Junior School",
    "Fulling Mill High School",
    "Hazelwarren Pre-School",
    "Bargeman's Walk Short Stay School",
)
SCHOOL_SHORT = ("Larkwhistle", "Stonechat", "St Osgyth's", "Fulling Mill", "Tollgate")
RELATIVES = ("nan", "grandad", "aunty", "step-mum", "dad's girlfriend", "big cousin", "nanna")
#: Dates of birth as typed (the tenth's ``_date`` fields), twelve forms.
BIRTH_FORMS = ("{d}-{m}-{y}", "{wd} {d} {mon} {y}", "{dd}.{mm}.{yy}", "{mon} {d}, {y}")
BIRTH_FORMS += ("{y}/{mm}/{dd}", "{d}{th} {mo} {y}", "{dd} {mo} {y}", "{m}.{d}.{y}")
BIRTH_FORMS += ("{dd}{mm}{y}", "{d} {mon} '{yy}", "{mo} {d}{th} {y}", "{d}/{mm}/{yy}")
WHEN_FORMS = ("{wd} {d} {mon} {y}", "{d} {mo} {y}", "{dd}/{mm}/{y}", "{wd} {d}{th} {mon}")
WHEN_FORMS += ("{d}.{m}.{y}",)

#: Children born from 2011 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The fields are person_values' (the tenth corpus), with {rel} a relative: {f} {l} name the
# child, {g} {h} a parent or carer, {k} a brother or sister.
NAME_TEXT = (
    "Taxi driver on the school contract says {f} {l} is dropped at an empty house every "
    "afternoon and waits on the step till dark.",
    "Library assistant: {f} {l} comes in every day at opening to charge her phone and use "
    "the toilets to wash.",
    "The church warden found {g} {h} asleep in the porch with {f} wrapped in a coat.",
    "Dog groomer says {g} {h} brought the dogs in but {f} stayed in the van with the "
    "windows shut for two hours.",
    "Chiropodist saw {f} {l}, 9, with toenails so overgrown she can barely walk.",
    "Riding school instructor: {f} {l} said {g} will burn her things if she tells.",
    "Cinema usher found {f} {l} alone at the late showing, locked out by {g}.",
    "The phlebotomist noticed old cigarette burns on {f} {l}'s forearm at the blood test.",
    "Sea cadets officer reports {f} {l} has not had a hot meal at home since {g} left.",
    "Petrol station cashier says {g} {h} drove off with {f} unbelted and clearly drunk.",
    "Garden centre worker saw {g} {h} shake {f} hard by the shoulders in the car park.",
    "The bell ringers' tower captain says {f} {l} asked to stay over in the tower room.",
    "Bus escort: {f} {l} gets on with the same bruised eye socket every Monday.",
    "A narrowboat owner moored at the lock says {f} {l} and {k} live on the next boat "
    "with no heating and no adult most nights.",
    "Market trader says {f} {l} is sent to beg at the stall by {g} {h} every Saturday.",
    "Gas engineer on a boiler call saw {f} {l} with a chain on her bedroom door.",
    "Hospital porter: {g} {h} told {f} in the lift that nobody would believe her anyway.",
    "The radiographer thinks the rib fractures on {f} {l}'s X-ray are weeks apart.",
    "Meter reader heard {f} {l} screaming and {g} shouting to shut her up.",
    "Ballet teacher says {f} {l} is losing weight fast and that {g} weighs her each night.",
    "Golf club steward found {f} {l}, 15, drinking in the car park with grown men.",
    "Chess club organiser: {f} {l} said {g}'s friend gives her money for photos.",
    "The cricket coach saw belt marks on {f} {l}'s legs when she changed into whites.",
    "Sailing club volunteer says {g} {h} left {f}, aged six, alone on the pontoon.",
    "Mechanic says {f} {l} was asleep in the back of {g} {h}'s car when it came in, "
    "and had been there all night.",
    "Chimney sweep saw no beds in the house, only a sofa, where {f} and {k} sleep.",
    "Climbing wall staff noticed finger-shaped bruises round {f} {l}'s upper arm.",
    "Car wash attendant says {g} {h} keeps {f} out of school to work the hose.",
    "The swimming teacher's assistant says {f} {l} wets herself when {g} comes to collect.",
    "The usher at the panto says {g} {h} hit {f} across the face in the foyer.",
    "{f} {l} told the crossing attendant she has to look after {k} because {g} sleeps all day.",
    "Dental receptionist: {g} {h} cancelled {f}'s abscess treatment for the fourth time.",
    "A pub landlord says {f} {l}, 14, is served by older men who say she is their cousin.",
    "Allotment neighbour heard {g} {h} threaten to drown {f} in the water butt.",
    "Wedding photographer saw {g} {h} drag {f} {l} off by the hair behind the marquee.",
    "{F} {L} showed the hospital porter a message from a man asking her to come alone.",
)
NAME_LOWER = (
    "taxi firm says {fl} {ll} was left at the kerb again",
    "{fl} {ll} in the library till closing, no coat",
    "{gl} {hl} turned up at the surgery shouting about {fl}",
    "bus escort worried re {fl} {ll}, not eating",
    "{ll} children back on the boat, no heating",
    "chiropodist asking if {fl} {ll} has a social worker",
    "{fl} says {gl} took her phone and won't give it back",
    "spoke to {fl}'s {rel} today - thinks {gl} is using again",
    "{fl} {ll} missing from the sea cadets trip, phone off",
    "nobody collecting {fl} or {k} from cricket",
    "{gl} {hl} abusive to the gas engineer, {fl} hiding upstairs",
    "{fl} {ll} at the petrol station at 2am with older lads",
    "radiographer flagged {fl} {ll} - old and new fractures",
    "church warden says {gl} sleeping rough with {fl} again",
)
NAME_PSEUDONYM = (
    "{f}",
    "{f} {l}",
    "{fl}",
    "{l} baby",
    "{f} (aged {age})",
    "{fi}. {l}",
    "{f} and {k}",
    "Child {f}",
    "{l} children",
    "{g} {h}'s son",
    "{f} from the boat",
    "{l}, {f}",
)
SIGN_OFF = (
    "love from {fl} (please help my mum)",
    "Regards,\n{g} {h}\n({f}'s {rel})",
    "ta,\n{g} - mum of {f} and {k}",
    "thats all i want to say\n{f} {l} yr {year_group}",
    "Sent from {g} {h}'s phone on behalf of {f}",
    "Best,\n{g} {l}\ngrandparent and kinship carer",
    "from {f}'s {rel}, {g}, who has nobody else to ask",
    "{f} {l}\n(I am {age})",
    "Thanks again, {g} {h}, {f}'s dad",
)
NICKNAMES = ("Hootlet", "Mothkin", "Tadpolly", "Wrenlet", "Ziggaboo", "Squeakbox")
NICKNAMES += ("Clatterpaws", "Snufflet", "Boingo", "Woofles", "Plinky", "Minnowkin")
NICKNAMES += ("Burrbug", "Fluffkit", "Tiggywink", "Honkers")
NICKNAME_TEXT = (
    "The girls at cadets only know her as {n}; it is what she signs on the register.",
    "Everyone at the boxing gym calls him {n}, and so does the man who gives him lifts.",
    "{f}'s {rel} called her {n} all through the phone call to the duty desk.",
    "Her gaming profile is {n} and that is how the older boys found her.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}.", "{n} (the {l} girl)")
DOB_TEXT = (
    "DOB on the hospital band: {dob}",
    "d.o.b. {dob}",
    "{g} says {f} was born {dob}",
    "Date of birth (from the passport copy) - {dob}",
    "born on {dob} at home, no midwife",
    "{f} {l} ({dob})",
    "DoB {dob}, so {age} this year",
    "birthday is {dob} - mum wasn't sure of the year at first",
    "baby delivered {dob}, 29 weeks",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "{g} on {phone} (texts only)",
    "contact number for the {rel}: {phone}",
    "home phone {phone}",
    "{f} rang Childline from {phone}",
    "tel {phone} - dad",
)
NHS_TEXT = (
    "NHS number from the red book: {nhs}",
    "{f}'s nhs no {nhs}",
    "NHS No {nhs} (baby)",
    "nhs number given by the GP receptionist: {nhs}",
)
NI_TEXT = (
    "dad's N.I. {ni}",
    "National Insurance no. {ni} (mum)",
    "the partner's NI number is {ni}",
    "NINO {ni}",
)
ADDRESS_TEXT = (
    "The family are at {street}, {town}",
    "address: {street}, ground floor flat",
    "knocked at {street}, {town} - dogs barking, no answer",
    "{f} is sofa-surfing at her {rel}'s on {street}",
    "Police called to {street} three times since Easter",
    "moved from {street} to a B&B in {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "Post code: {postcode}", "they're at {postcode} now")
SCHOOL_TEXT = (
    "On roll at {school}, year {year_group}",
    "Year {year_group} at {school}; attendance 58%",
    "The SENCo at {short} emailed the front door",
    "{f} moved to {short} after Christmas",
    "{f} goes to {school} but has been absent {n2} days this term",
)
EMAIL_TEXT = ("mum's email: {e}", "{g} emailed from {e}", "reply to {g} {h} <{e}>")
PSEUDONYM_REVEALING = (
    "Baby {l} ({dob})",
    "{fi}{li} of {street}",
    "{fi}{li}, {short}, yr {year_group}",
    "Child at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} boy, {age}, {town}",
    "{fi}.{li}. b. {dob}",
    "Pupil at {school}",
    "the {l} siblings, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyfifth_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_SURREY = {
    "council": ("Surrey County Council children's services",),
    "police": ("Surrey Police",),
    "icb": ("NHS Surrey Heartlands Integrated Care Board",),
    "ambulance": ("South East Coast Ambulance Service NHS Foundation Trust",),
}
_SABP = "Surrey and Borders Partnership NHS Foundation Trust"
_ASPH = "Ashford and St Peter's Hospitals NHS Foundation Trust"
_HERTS = {
    "council": ("Hertfordshire County Council children's services",),
    "police": ("Hertfordshire Constabulary",),
    "icb": ("NHS Hertfordshire and West Essex Integrated Care Board",),
    "ambulance": ("East of England Ambulance Service NHS Trust",),
}
_HPFT = "Hertfordshire Partnership University NHS Foundation Trust"
_WHTH = "West Hertfordshire Teaching Hospitals NHS Trust"
_OXON = {
    "council": ("Oxfordshire County Council children's services",),
    "police": ("Thames Valley Police",),
    "trust": (
        "Oxford University Hospitals NHS Foundation Trust",
        "Oxford Health NHS Foundation Trust",
    ),
    "icb": ("NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board",),
    "ambulance": ("South Central Ambulance Service NHS Foundation Trust",),
}

#: The twelve district council areas (none an earlier corpus file names), the district's
#: teams and the county's partners by their real names, and civic venues of the district.
#: The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Elmbridge": _SURREY
    | _district("Elmbridge Borough Council")
    | {
        "trust": (_ASPH, _SABP),
        "venue": ("the Civic Centre, Esher", "the Xcel Leisure Complex, Walton-on-Thames"),
    },
    "Mole Valley": _SURREY
    | _district("Mole Valley District Council")
    | {
        "trust": ("Surrey and Sussex Healthcare NHS Trust", _SABP),
        "venue": ("Pippbrook, Dorking", "Dorking Halls"),
    },
    "Surrey Heath": _SURREY
    | _district("Surrey Heath Borough Council")
    | {
        "trust": ("Frimley Health NHS Foundation Trust", _SABP),
        "icb": ("NHS Frimley Integrated Care Board",),
        "venue": ("Surrey Heath House, Camberley", "the Camberley Theatre"),
    },
    "Runnymede": _SURREY
    | _district("Runnymede Borough Council")
    | {
        "trust": (_ASPH, _SABP),
        "venue": ("the Civic Centre, Addlestone", "Chertsey Museum"),
    },
    "Spelthorne": _SURREY
    | _district("Spelthorne Borough Council")
    | {
        "trust": (_ASPH, _SABP),
        "venue": ("the Council Offices, Knowle Green, Staines", "Spelthorne Leisure Centre"),
    },
    "Broxbourne": _HERTS
    | _district("Broxbourne Borough Council")
    | {
        "trust": ("The Princess Alexandra Hospital NHS Trust", _HPFT),
        "venue": ("the Borough Offices, Cheshunt", "the Spotlight, Hoddesdon"),
    },
    "Three Rivers": _HERTS
    | _district("Three Rivers District Council")
    | {
        "trust": (_WHTH, _HPFT),
        "venue": ("Three Rivers House, Rickmansworth", "the Watersmeet theatre, Rickmansworth"),
    },
    "Welwyn Hatfield": _HERTS
    | _district("Welwyn Hatfield Borough Council")
    | {
        "trust": ("Hertfordshire Community NHS Trust", _HPFT),
        "venue": ("the Council Offices, Welwyn Garden City", "Hatfield Leisure Centre"),
    },
    "Hertsmere": _HERTS
    | _district("Hertsmere Borough Council")
    | {
        "trust": (_WHTH, _HPFT),
        "venue": ("the Civic Offices, Borehamwood", "the Wyllyotts Centre, Potters Bar"),
    },
    "West Oxfordshire": _OXON
    | _district("West Oxfordshire District Council")
    | {"venue": ("Elmfield, Witney", "the Corn Exchange, Witney")},
    "Vale of White Horse": _OXON
    | _district("Vale of White Horse District Council")
    | {"venue": ("the Guildhall, Abingdon", "the Beacon, Wantage")},
    "South Oxfordshire": _OXON
    | _district("South Oxfordshire District Council")
    | {"venue": ("Didcot Civic Hall", "the Kenton Theatre, Henley-on-Thames")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
_SSCP = "Surrey Safeguarding Children Partnership"
_HSCP = "Hertfordshire Safeguarding Children Partnership"
_OSCB = "Oxfordshire Safeguarding Children Board"
#: Each area's county partnership as it styles itself (Oxfordshire's kept "Board").
SCP = {area: _SSCP for area in tuple(AREAS)[:5]}
SCP |= {area: _HSCP for area in tuple(AREAS)[5:9]}
SCP |= {area: _OSCB for area in tuple(AREAS)[9:]}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 28-41", "LCSPR 27/09", "RR/29/18", "CSPR-28-77", "RR 27/35", "PLR 29-06")
AGE_BANDS = ("aged four months", "under two", "of primary school age", "aged 13", "aged 16")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Weir", "Tarn", "Gorse", "Cairn", "Shingle", "Bracken", "Flax", "Osier")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}: a child {age_band} was taken to {trust} by {ambulance} after "
        "a seizure at home. Scans showed old and new injuries. {police} began a joint "
        "investigation with {council}, and the older siblings went to stay with family "
        "that night. The {district} had moved the household into temporary housing in spring.",
        "Incident summary: a boy {age_band} in {area} was seriously assaulted by two adults "
        "who had been using his flat to sell drugs. Youth justice, the school and {police} "
        "each held a piece of the picture. The rapid review asks why the national referral "
        "mechanism was not considered when he was first found carrying cash.",
        "Case summary ({ref}): a child {age_band} with a learning disability died after a "
        "choking episode at a respite setting. Staff called {ambulance} at once. The review "
        "will consider the care plan, the training of agency staff and whether {council} "
        "and {trust} shared the feeding guidance agreed at the last health review.",
        "Summary by role: the school nurse saw the girl twice about headaches. The GP "
        "referred her to child and adolescent mental health services, where she waited five "
        "months. The {district} received a noise complaint about the home. {police} were "
        "called to a disturbance there, and the notification reached the school a week later.",
        "Summary for {ref}: a young person {age_band} was found unconscious on a railway "
        "footbridge in {area} and treated at {trust}. She had been missing overnight six "
        "times since moving into a placement out of county. The review will look at how the "
        "placing authority and {council} shared the missing episodes.",
        "Case summary: a baby {age_band} was found unresponsive after co-sleeping on a sofa "
        "with a parent who had been drinking. {ambulance} crews began resuscitation and the "
        "baby survived after intensive care at {trust}. Safe sleep advice was recorded at "
        "birth but not repeated when the family moved to a {district} placement.",
        "Summary ({ref}): two brothers, one {age_band}, were left alone for a weekend and "
        "the younger was scalded preparing food. A neighbour called {police}. {council} had "
        "closed an early help plan three months before after the family declined support. "
        "The review looks at what happens when families say no to help.",
        "Incident summary: a care leaver of 17 in {area} took her own life in supported "
        "lodgings. Her personal adviser had asked for a mental health assessment twice. "
        "{trust} had her on a waiting list. Partners notified Ofsted and the Secretary of "
        "State within five working days and the rapid review started at once.",
        "Summary for {ref}: a girl {age_band} disclosed to a teacher that an adult in the "
        "home had abused her for two years. {police} arrested the adult the same day. "
        "{council} found two earlier referrals from the school that were not progressed. "
        "The review asks how thresholds were applied and whether the child was seen alone.",
        "Case summary ({ref}): a toddler died of a head injury while in the care of a "
        "parent's new partner. {ambulance} attended within minutes. The partner had "
        "previous convictions for violence known to {police} in another force area. The "
        "review considers how agencies learn that a new adult has joined a household.",
    ),
    "rapid_review_rationale": (
        "Rationale ({ref}), {date}: the partners agreed that a local review is not needed. "
        "The learning, about follow-up after missed health appointments, repeats an action "
        "already being tested in {area}, and {trust} has since changed its was-not-brought "
        "policy. The {scp} will circulate a short learning note by {date2}.",
        "Decision, {date}: commission an LCSPR for {ref}. The criteria are met: the child "
        "was seriously harmed, neglect is suspected, and {council}, {police} and the "
        "{district} each knew of concerns that were not brought together. The terms of "
        "reference will be agreed at the partners' meeting on {date2}.",
        "Rapid review decision ({ref}): recommend that the Panel considers a national "
        "review, as the harm followed exploitation by a network working across several "
        "police areas and the themes echo other recent reviews. The {role} will send the "
        "rapid review and a covering letter to the Panel by {date2}.",
        "Rationale for no further review, {date}: the injury was found to be accidental by "
        "the child protection medical at {trust}, the parents sought help promptly, and "
        "agencies worked well together. The partners weighed each criterion and found none "
        "met. The {role} will explain the decision to the family.",
        "Decision summary ({ref}): a practice learning review on {theme} was agreed on "
        "{date} in place of an LCSPR, because the learning sits mainly with {council} and "
        "the {district} and both are committed to it. A seven-minute briefing will be "
        "published on the {scp} website by {date2}.",
        "Rationale, {date}: no decision was reached at the first meeting because the "
        "{police} chronology was still awaited. The reconvened meeting on {date2} agreed an "
        "LCSPR, given multi-agency involvement, a recurring theme ({theme}) and the "
        "seriousness of the harm. The Panel has been told the reason for the later decision.",
        "Decision ({ref}): no local review. Practice by {ambulance} and {trust} was prompt "
        "and well recorded, and the single gap found, in passing a health visitor's concern "
        "to the GP, is already being addressed. The partners agreed to share the good "
        "practice through a {scp} learning bulletin in {period}.",
        "Rationale for an LCSPR, agreed {date}: concerns about neglect were raised for "
        "several years without escalation and agencies held different views on threshold. "
        "An independent reviewer will be in post by {date2}. {police} will advise if any "
        "part of the review should wait for the criminal investigation.",
        "Decision summary, {date}: the partners agreed the rapid review for {ref} met its "
        "four aims. {council} confirmed the immediate safety of the other children in the "
        "household. The learning on {theme} will feed an existing thematic review. All "
        "three partners signed off and the review went to the Panel on {date2}.",
        "Rationale ({ref}), {date}: commission an LCSPR because the family moved between "
        "{area} and two other counties, records did not follow them, and the {district} "
        "placed them in emergency housing twice. The reviewer is asked to consider how "
        "housing moves are passed to health visiting and schools.",
    ),
    "minutes": (
        "Rapid review meeting, {ref}, {date}, {room}\n"
        "Present: {role}, {role2}, police and health leads.\n"
        "1. Chronologies received from all but the {district}.\n"
        "2. Siblings confirmed safe with extended family.\n"
        "3. Emerging learning on {theme}.\n"
        "Action: draft summary to members by {date2}.",
        "{scp} case review subgroup, {venue}, {time}\n"
        "Item 4: {ref}. The reviewer said agency reports are complete and the practitioner "
        "event is arranged. The family have agreed to meet the reviewer.\n"
        "Item 5: the {theme} audit will report in {period}.\n"
        "Next meeting: {date2}, {room}.",
        "Notes of the practitioner learning event for {ref}, {date}\n"
        "Staff from {council}, {trust}, {police} and the {district} took part. The "
        "discussion focused on how information about the family's moves was recorded and "
        "shared. The reviewer will reflect the themes in the draft.\n"
        "Action: reflections to the reviewer by {date2}.",
        "Extract: safeguarding partners' executive, {date}, {venue}\n"
        "Present: the three statutory partners and the independent scrutineer.\n"
        "The {role} reported the LCSPR for {ref} is on track for a draft by {date2}. "
        "{police} asked that publication wait until the trial ends. Agreed.\n"
        "Decision: progress noted.",
        "Rapid review meeting for {ref}, held on Teams\n"
        "The chair reminded members that the review is about learning, not blame.\n"
        "Health: {trust} summary read; four contacts, two with concerns noted.\n"
        "Police: one call-out with a child present.\n"
        "Housing: the {district} had a prior tenancy warning.\n"
        "Outcome: recommend an LCSPR.",
        "Case review group, {date}, minutes extract\n"
        "1. Action tracker: {rag}; two actions overdue, owners contacted.\n"
        "2. {ref}: scope of the terms of reference agreed with one addition.\n"
        "3. The {role2} will present the {theme} audit next time.\n"
        "AOB: the {period} training offer is now on the {scp} website.",
        "Sign-off meeting, {date}, {time}\n"
        "The rapid review for {ref} was read with agency comments.\n"
        "{council}: agreed.\n"
        "{police}: agreed, subject to one date being corrected.\n"
        "{icb}: agreed.\n"
        "The review officer will submit it to the Panel by {date2}.",
        "Quality and performance subgroup, {venue}, {date}\n"
        "The subgroup considered the multi-agency audit of {theme} in {area}. Of twelve "
        "cases, eight were judged good. Strengths: prompt strategy discussions. To improve: "
        "recording the child's views and joint work with the {district}.\n"
        "Action: the {role} to report back in {period}.",
    ),
    "partner_email": (
        "Dear colleagues,\n\n"
        "Attached is the information request for rapid review {ref}. Please return your "
        "agency's chronology and summary by {date}, using the template.\n\n"
        "The review meeting is on {date2} at {time} in {room}, {venue}.\n\n"
        "With thanks,\nReview officer\n{scp}",
        "Hello all,\n\n"
        "The Panel notification for {ref} must be made by {date}. It goes through the "
        "government's online portal, not by email.\n\n"
        "Could the {police} and {icb} leads confirm by {time} tomorrow that they are content "
        "with the agency involvement summary?\n\n"
        "Kind regards,\nBusiness manager, {scp}",
        "Dear {role},\n\n"
        "Thank you for the {trust} chronology for {ref}, which is very thorough. Two "
        "questions: was the missed paediatric appointment followed up, and did the GP "
        "receive the discharge summary?\n\n"
        "A reply before the meeting on {date} would help.\n\n"
        "Best wishes,\nLearning and review officer\n{scp}",
        "Dear partners,\n\n"
        "The Panel has responded on {ref}. It supports our decision to commission an LCSPR "
        "and asks the review to consider {theme} and the part played by the {district}.\n\n"
        "Draft terms of reference will follow by {date}; comments by {date2}, please.\n\n"
        "Regards,\nPartnership manager\n{scp}",
        "Hi everyone,\n\n"
        'Places are open for "{course}" on {date} at {venue}, {time} to {time2}. It is '
        "for practitioners in {council}, {police}, health, schools and district council "
        "housing teams.\n\n"
        "Please book through the {scp} learning pages.\n\n"
        "Thanks,\nLearning and development officer",
        "Dear colleagues,\n\n"
        "The final report for {ref} must reach the Panel and the Secretary of State seven "
        "working days before publication on {date2}, so by {date} at the latest.\n\n"
        "The coroner has concluded the inquest and legal advice is that we can publish.\n\n"
        "With thanks,\nBusiness manager\n{scp}",
        "Dear {role2},\n\n"
        "I can confirm {ambulance} will attend the practitioner event for {ref} on {date}: "
        "two clinicians and our named professional for safeguarding.\n\n"
        "Our single-agency learning will follow by {date2}.\n\n"
        "Kind regards,\nSafeguarding lead\n{ambulance}",
        "Dear housing colleagues,\n\n"
        "Thank you for the {district}'s contribution to rapid review {ref}. The housing "
        "history added a great deal to our understanding.\n\n"
        "Could you attend the review meeting on {date} at {time}, {venue}? It should last "
        "about an hour.\n\n"
        "Best regards,\nReview officer\n{scp}",
    ),
    "chronology": (
        "{date}: {ambulance} alerted {council} to the incident.",
        "{date}: strategy meeting held; {police}, {council} and {trust} attended.",
        "{date}: Panel notified through the online portal.",
        "{date}: agency information requests sent for {ref}.",
        "{date}: {district} housing file received.",
        "{date}: rapid review meeting; decision held over to {date2}.",
        "{date}: rapid review sent to the Panel.",
        "{date}: Panel response received, agreeing the decision.",
        "{date}: LCSPR commissioned; reviewer starts {date2}.",
        "{date}: practitioner learning event at {venue}.",
        "{date}: draft report circulated to the three partners.",
        "{date}: publication paused until the trial concludes.",
        "{date}: final report sent to the Panel and the Secretary of State.",
        "{date}: report published on the {scp} website.",
        "{date}: child death review partners informed.",
        "{date}: {icb} designated nurse confirmed sign-off.",
    ),
    "checklist": (
        "Panel notification made {date}, inside five working days.",
        "Partners informed: {council}, {police}, {icb}.",
        "Chronologies: 5 of 6 received; {district} to follow.",
        "Immediate safety of other children considered: yes.",
        "Protected characteristics considered in the analysis: yes.",
        "Sign-off: police and LA complete; ICB by {date}.",
        "Rationale to go to the family on {date}.",
        "CDOP notified: yes.",
        "Health summary confirmed by the named nurse at {trust}, {date}.",
        "Terms of reference agreed {date}.",
        "Reviewer commissioned; start date {date}.",
        "Final report due to the Panel seven working days before publication: {date}.",
        "Parallel proceedings: criminal investigation ongoing.",
        "Improvement actions logged on the tracker: 6.",
        "Deadline counted from the notification date.",
        "Ambulance records requested from {ambulance}: received {date}.",
    ),
    "notice": (
        "Rapid review meeting {ref}: {date}, {time}, {room}, {venue}.",
        "Practitioner learning event: {date}, {time} to {time2}, {venue}.",
        "Safeguarding partners' executive: {date}, {time}, {room}.",
        '"{course}" at {venue} on {date}; lunch provided.',
        "Designated safeguarding leads' forum, {date}, {time}, {venue}.",
        "{scp} annual learning conference, {date}, {venue}.",
        "Joint briefing with the {district}, {date}, {time}.",
        "Webinar on {theme}: {date}, {time}.",
        "{venue} is closed to meetings on {date}.",
        "Independent scrutiny session: {date}, {time2}, {room}.",
        "Multi-agency audit day on {theme}, {date}, {venue}.",
        "The {period} learning programme is now live.",
        "Named GPs' forum, {icb}, {date} at {time}.",
        "{police} public protection partners' meeting, {date}.",
        "Lunch and learn on {theme}: {date}, {room}, {venue}.",
        "{ambulance} safeguarding forum, {date}, {time}, online.",
    ),
    "slack": (
        "morning all, {ref} chronologies due by 5 today",
        "anyone heard back from {trust}?",
        "the {trust} lead can do the {time} call now",
        "{ref} notification went in at {time}",
        "can someone grab {room} for {date}?",
        "got it, thanks",
        "nudge: sign-off on {ref} by {date}",
        "I'll ask {police} for the incident logs",
        "draft ToR pinned above",
        "Panel happy with our decision on this one",
        "5 mins late to the {time}, apologies",
        "who's picking up for the {role} this week?",
        "due date is provisional until we log the notification",
        "{district} sent the housing notes over",
        "{icb} would like the draft by {date}",
        "tracker's {rag} overall now",
        "anyone going to {course}?",
        "does {ref} run from the aware date or the notification?",
        "{ref} publication on hold till after the verdict",
        "really useful session this morning, thanks all",
    ),
    "panel": (
        "Panel response on {ref} received {date}: decision agreed.",
        "Panel asked for more detail on {theme}.",
        "Panel agreed a national review is not needed; LCSPR to proceed.",
        "{ref} sent to the Panel {date}.",
        "Panel asked the LCSPR to consider out-of-area placements.",
        "Panel informed of the delay to publication of {ref}.",
        "Panel feedback: well evidenced and on time.",
        "Panel asked how {trust} will test its revised escalation policy.",
        "Panel challenged the no-review decision; reply sent {date}.",
        "Panel acknowledged receipt of the notification for {ref}.",
        "Panel asked whether {icb} had seen the draft.",
        "Reply to the Panel on {ref} signed off by all three partners.",
    ),
    "publication": (
        "Publication of {ref} planned for {date}.",
        "Report to stay on the {scp} website for at least twelve months.",
        "Publication held back by the criminal trial.",
        "Anonymised report agreed by the three partners on {date}.",
        "Press statement drafted with the {council} communications team.",
        "Report to be added to the NSPCC repository after a year.",
        "Family told of the publication date on {date}.",
        "Only the improvement information will be published, for exceptional reasons.",
        "Publication moved to {date2} after the inquest date changed.",
        "Seven-minute briefing to accompany the report.",
        "Publication hold lifted {date}.",
        "Report summary to feature in the {scp} yearly report.",
    ),
    "improvement": (
        "Action 1: {trust} to re-audit was-not-brought follow-up by {date}.",
        "Action 2: {council} to confirm who lives in the household at each visit.",
        "Action: {police} to share domestic abuse notifications with school nurses.",
        "Action: {icb} to commission safe sleep training for GP practices.",
        "Action 3: learning event on {theme} in {period}.",
        "Action: {ambulance} to add a safeguarding prompt to the electronic patient record.",
        "Action: the {district} to notify health visiting when a family is re-housed.",
        "Action 4 complete: escalation guidance relaunched {date}.",
        "Action reassigned to the {role}; due date unchanged.",
        "Improvement plan {period}: 9 actions, 6 complete, 3 {rag}.",
        "Action: all agencies to use the shared chronology template from {date}.",
        "Assurance: re-audit in {period} to check the learning has held.",
        "Action 5 overdue: update requested by {date}.",
        "Action 6: learning from {ref} added to induction by {date}.",
    ),
    "district_note": (
        "The {district} confirmed the date the family moved for the chronology.",
        "{district}: no homelessness approach recorded before {date}.",
        "An officer from the {district} will join the case review group.",
        "The {district} will share the learning with the other district councils.",
        "Community safety partnership briefed on {ref} by the {district}.",
        "Temporary accommodation placements now shared with {council} weekly.",
        "Early help referral made by the {district} on {date}.",
        "The {district} asked to be copied into the action plan.",
        "Environmental health visit by the {district} on {date} found damp and mould.",
        "Safeguarding training for leisure centre staff booked by the {district} for {date}.",
        "The {district}'s safeguarding lead attended the rapid review meeting.",
        "Surrey Heath Borough Council and NHS Frimley Integrated Care Board agreed a joint "
        "briefing on temporary housing for GP practices in Camberley.",
        "Broxbourne Borough Council housing officers met The Princess Alexandra Hospital NHS "
        "Trust discharge staff about families leaving hospital without settled housing.",
        "West Oxfordshire District Council and Thames Valley Police reviewed anti-social "
        "behaviour cases in Witney where children were living in the household.",
        "South Oxfordshire District Council community safety team joined Thames Valley Police "
        "on a Didcot walkabout about children seen out late near the station.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child H",
    "Child TM",
    "Infant R",
    "Baby W",
    "Young Person E",
    "Sibling 2",
    "Sibling 4",
    "Unborn Baby Q",
    "KL",
    "R.S.",
    "Child B and Child C",
    "Weir",
    "Tarn",
    "Gorse",
    "Cairn",
    "Shingle",
    "Bracken",
    "Flax",
    "Osier",
    "Child V",
    "Infant PJ",
    "Baby NF",
    "Young Person G",
    "MW",
    "T",
    "Child D",
    "Sibling Z",
    "A.H.",
    "Baby F and Baby G",
    "Child XK",
    "Young Person DB",
    "HJ",
    "Infant S",
    "Unborn Child M",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("twentysixth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
