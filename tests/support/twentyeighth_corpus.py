"""A twenty-eighth held-out corpus for the confidentiality guard, written by someone who
has not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``twentyeighth_names.json``, a seeded snapshot of female and male first name and
  surname pairs from @faker-js/faker 10.6.0 (MIT; ``faker.person.firstName(sex)`` and
  ``lastName(sex)`` on its ready-made instance for each locale, seeded with the FNV-1a hash
  of ``twentyeighth-<locale>``), for seven locales no earlier corpus drew from (the
  twenty-third, twenty-fifth and twenty-sixth drew other faker-js locales): en_US, en_CA,
  fr, fr_BE, fr_CH, fr_LU and nl. faker-js's en_CA instance takes most of its names from
  en, fr_LU's from fr, and fr_BE's table mixes French and English entries, so those draws
  hold American-looking surnames beside French ones, as such records often do.
  ``twentyeighth_names.mjs`` writes 200 candidates a locale, women and men in turn, with
  the locale's surname table; the Python side (``regenerate_names``, the twenty-fifth's,
  and its filter ``_kept``) keeps, in order, nine people from each of the first four
  locales and eight from each of the last three (``DRAWN``, sixty in all) whose names are
  one capitalised word of plain letters, three or more, whose first name is in no drawn
  locale's surname table, and whose names are in no earlier snapshot (``EARLIER``: the
  fourth to the twenty-seventh, where present) nor drawn already. French names with
  accents (é, ë, ï...), Swiss names with umlauts and Dutch surnames of more than one word
  ("van Dongen", "de Wit") are left out by that test. Every draw was read by hand and the
  entries that read as ordinary words (in English or French), brands, celebrities,
  characters, pet forms, typos, first names in the surname column or not a person's name
  were left out (``NOT_NAMES``), then drawn again until the draw read as real names (seven
  draws). faker-js is not a dependency; regenerate with, in a temporary folder,
  ``npm install @faker-js/faker@10.6.0`` and then
  ``uv run python -m tests.support.twentyeighth_corpus <that folder>/node_modules``; the
  corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus, sweets, snacks and small
  creatures, each starting with a letter from A to L (the twenty-ninth, written at the same
  time, coins from the rest of the alphabet), none in an earlier corpus file
  (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a cathedral verger, a beekeeper, a thatcher, a stonemason, a milkman, a
  scaffolder, a glazier, a pawnbroker, a fishmonger, a tree surgeon, a carpet fitter, an
  organist, a zookeeper, an archery coach, a stable hand, a tyre fitter, a pest
  controller, a bowls club secretary, a steam railway volunteer, a nail technician...), in
  lower case and in sign-offs by a child, a parent or a relative; names and give-away
  details in pseudonyms; nicknames; dates of birth in twelve typed forms; addresses on
  invented streets (``STREETS``) in real towns of the areas; postcodes; phone, NHS and NI
  numbers; invented schools and nurseries (``SCHOOLS``); email addresses; written out by
  the thirteenth's ``identifying_written`` (through the twenty-fifth's ``identifying_of``),
  as many of each category as its ``MIX`` says.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long as the bot's 500-character
  summary and note fields allow: incident case summaries by role, rapid review decision
  rationales, multi-line minutes extracts, local review notes and emails of a few
  paragraphs with a sign-off block; and short text: chronology lines, checklist notes,
  notices with dates, times, rooms and venues, Slack lines, Panel and publication notes,
  improvement actions, housing and community safety notes and training notes. It is set
  in twelve areas no earlier corpus file names (``AREAS``): the East and West Sussex
  districts of Wealden, Chichester, Crawley, Mid Sussex and Worthing (each with its
  district council's housing options and community safety teams), Somerset's former
  districts of Mendip, Sedgemoor, South Somerset and Somerset West and Taunton (abolished
  in 2023, so their housing and community safety teams are Somerset Council's) and the
  Wiltshire towns of Salisbury, Chippenham and Trowbridge (Wiltshire Council's teams),
  with the county's partners (the county or unitary council's children's services; Sussex
  Police, Avon and Somerset Constabulary or Wiltshire Police; the NHS trusts; NHS Sussex,
  NHS Somerset or the Bath and North East Somerset, Swindon and Wiltshire integrated care
  board; the ambulance service), real civic venues, never a person's address, and each
  partnership by the name it uses (``SCP``: the East Sussex, West Sussex and Somerset
  Safeguarding Children Partnerships and the Wiltshire Safeguarding Vulnerable People
  Partnership). The partnerships' names and partners were checked against their own pages
  (esscp.org.uk, westsussexscp.org.uk, somersetsafeguardingchildren.org.uk,
  wiltshiresvpp.org.uk), and two venues against their town councils' pages (the Civic
  Centre, Uckfield; the Civic, Trowbridge); the other venues and the trusts were written
  from knowledge and not checked one by one, and a few may since have closed, been sold or
  been renamed (the Council Offices, Shepton Mallet, and Brympton Way, Yeovil, offices of
  the former Mendip and South Somerset councils; Bridgwater House; Deane House, Taunton;
  East Pallant House, Chichester). People are named only by role; the roles, themes,
  courses, rooms, times and periods are the twenty-first's, imported (through the
  twenty-second's ``DRAWS``).
- Identifiers are all invented, as the tenth corpus's ``person_values`` makes them:
  telephone numbers in the ranges Ofcom keeps for drama, NHS numbers in the 999 range with
  a correct check digit, NI numbers that start QQ, email at example.com, .org or .net, and
  postcodes of a real shape in areas that Royal Mail has not given out. An identifying
  sample's ``source`` is ``faker-js-<locale>`` when it names a drawn person,
  ``hand-nicknames`` when it names a nickname, and otherwise ``hand``.
- Benign pseudonyms follow DOMAIN.md and were written out by hand
  (``BENIGN_PSEUDONYM_TEXT``): initials alone or after one of ``PSEUDONYM_WORDS`` ("Child",
  "Infant", "Baby"...), a sibling by number or letter, and landscape words of the downs,
  levels and plains that nobody has as a first name (``CHOSEN``).

Were a drawn name also a word of the benign text, ``assembled`` would leave it out. Nothing
here was changed after seeing the guard's answer to it; the guard was never run on it.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import (
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
    twentysixth_corpus,
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
from tests.support.twentyfifth_corpus import _district

SEEN = ""
NAMES_FILE = Path(__file__).with_name("twentyeighth_names.json")
NODE_SCRIPT = Path(__file__).with_name("twentyeighth_names.mjs")
SOURCES = "@faker-js/faker 10.6.0 (MIT)"
SEED = "twentyeighth-<locale>"
#: The snapshots whose names are skipped: every earlier one.
EARLIER = (*twentysixth_corpus.EARLIER, "twentysixth_names.json")

#: faker-js's locales, none drawn by an earlier corpus, and how many people from each.
FAKER_JS = ("en_US", "en_CA", "fr", "fr_BE", "fr_CH", "fr_LU", "nl")
DRAWN = tuple((f"faker-js-{locale}", 9 if n < 4 else 8) for n, locale in enumerate(FAKER_JS))
ROMANISED: tuple[str, ...] = ()
#: Entries of the candidates read by hand in the draw as words (English or French), brands,
#: celebrities, characters, pet forms, typos, first names as surnames or not a person's name.
NOT_NAMES = frozenset(
    {
        *("Michale", "Genesis", "Casper", "Pierce", "Brando", "Lucas", "Baron", "Cousin"),
        *("Remy", "Armide", "Riviere", "Teddy", "Enya", "Loris", "Lotta", "Fleur", "Clement"),
        *("Mathieu", "Ambroisie", "Dies", "Beau", "Juste", "Scholastique", "Alcibiade"),
        *("Lizzy", "Marley", "Benoit", "Perrier", "Renault", "Sandoz", "Roger", "Menu"),
        *("Pictet", "Breton", "Anstrudie"),
    }
)


#: Run the node script on its ``node_modules`` (faker-js), keep, and write: the twenty-fifth's.
regenerate_names = partial(twentyfifth_corpus.regenerate_names, corpus=sys.modules[__name__])
_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Withy Bed Lane", "Sheepwash Row", "Flintknapper's Close", "Teasel Mead")
STREETS += ("Drovers' Hollow", "Rhyne Side", "Chalkpit Terrace", "Bellfounder Walk")
TOWNS = ("Hailsham", "Uckfield", "Crowborough", "Heathfield", "Midhurst", "Selsey")
TOWNS += ("Burgess Hill", "Haywards Heath", "East Grinstead", "Frome", "Shepton Mallet")
TOWNS += ("Burnham-on-Sea", "Highbridge", "Yeovil", "Chard", "Crewkerne", "Minehead")
TOWNS += ("Wellington", "Amesbury", "Calne", "Melksham")
SCHOOLS = (
    "Withy Bed Primary School",
    "Sheepwash Row Academy",
    "St Cuthburga's Catholic Primary",
    "Teasel Mead Infant School",
    "Flintknapper's Junior School",
    "Chalkpit Community College",
    "Bellfounder Walk Day Nursery",
    "Rhyne Side Alternative Provision Academy",
)
SCHOOL_SHORT = ("Withy Bed", "Teasel Mead", "St Cuthburga's", "Chalkpit", "Flintknapper's")
RELATIVES = ("granny", "gramps", "step-nan", "aunt", "mum's fiancé", "godmother", "big sister")
#: Dates of birth as typed (the tenth's ``_date`` fields), twelve forms.
BIRTH_FORMS = ("{dd}/{mm}/{yy}", "{d} {mo}, {y}", "{d}-{mon}-{y}", "{mo} {d}{th} {y}")
BIRTH_FORMS += ("{y}{mm}{dd}", "{wd} the {d}{th} of {mo} {y}", "{dd}.{m}.{y}", "{m}/{d}/{yy}")
BIRTH_FORMS += ("{d}{th} {mon} {y}", "{mon}-{dd}-{y}", "{dd} {mo} {yy}", "{d} . {m} . {y}")
WHEN_FORMS = ("{wd} {d} {mo} {y}", "{d} {mon} {y}", "{dd}/{mm}/{y}", "{wd} {d}{th} {mon}")
WHEN_FORMS += ("{d}.{mm}.{y}",)

#: Children born from 2011 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The fields are person_values' (the tenth corpus), with {rel} a relative: {f} {l} name the
# child, {g} {h} a parent or carer, {k} a brother or sister.
NAME_TEXT = (
    "The cathedral verger found {f} {l} asleep behind the font at opening time, in the "
    "same clothes as on Sunday.",
    "Beekeeper next door says {g} {h} locks {f} in the garden shed when visitors come.",
    "The thatcher working on the roof opposite watched {g} {h} kick {f} down the path.",
    "Stonemason at the churchyard: {f} {l}, about ten, sits on the graves every school day.",
    "Milkman on the early round sees {f} {l} let herself in alone at 5am most mornings.",
    "A scaffolder on the job saw {f} {l} at the upstairs window with a bleeding nose.",
    "The glazier called out to a broken pane says {g} {h} admitted throwing {f}'s "
    "games console through it.",
    "Pawnbroker reports {g} {h} pawned {f}'s school laptop and her christening bangle.",
    "Fishmonger at the market: {f} {l} asks for scraps at closing because there is no "
    "food at home.",
    "Tree surgeon says {f} {l} has been living in a tent in the woods behind the estate.",
    "The carpet fitter saw a padlock on the outside of {f} {l}'s bedroom door.",
    "Church organist: {g} {h} slapped {f} in the vestry for singing out of tune.",
    "Zookeeper on the school trip says {f} {l} flinched and hid when a man raised his voice.",
    "Archery coach: {f} {l} has a burn on her wrist shaped like an iron and would not say how.",
    "Stable hand at the riding centre says {f} {l}, 13, is collected by a man in his forties "
    "who is not family.",
    "The tyre fitter saw {g} {h} leave {f}, a toddler, alone in a locked car in July heat.",
    "Pest controller on the call found {f} {l} and {k} sleeping on a mattress full of bedbugs.",
    "The bowls club secretary says {g} {h} leaves {f} at the clubhouse from 9 till 6.",
    "A steam railway volunteer found {f} {l} hiding in a carriage after the last train.",
    "Nail technician: {f} {l}, 15, says her boyfriend of 24 pays for everything.",
    "The charity shop volunteer says {g} {h} brings {f} in to steal to order.",
    "Cheesemonger at the farmers' market heard {g} {h} tell {f} she'd be left behind for good.",
    "Ice rink steward says {f} {l} skates every evening till closing because {g} won't let "
    "her in before ten.",
    "The cathedral guide noticed {f} {l} begging on the close with a man watching from a car.",
    "Plasterer on a job next door heard {f} {l} crying for hours and {g} {h} swearing.",
    "Farm shop assistant: {g} {h} grabbed {f} by the throat at the till.",
    "Hockey coach says {f} {l} has stopped eating at matches and faints in training.",
    "A funfair worker found {f} {l} drunk behind the waltzers at midnight.",
    "Bin crew say {f} {l} was going through the bins for food before school again.",
    "The hospital chaplain says {g} {h} refused a blood transfusion for {f} on the ward.",
    "{f} {l} told the lollipop lady's relief that {g} keeps her off school to mind {k}.",
    "Tattoo studio refused {f} {l}, 14, who came in with a man who said he was her uncle.",
    "Optometrist's receptionist: {g} {h} missed {f}'s appointments for a year and a half.",
    "{F} {L} showed the boatyard foreman texts from a man offering to take her to London.",
)
NAME_LOWER = (
    "verger says {fl} {ll} slept in the cathedral porch again",
    "milkman worried about {fl} {ll} - out alone at 5",
    "{gl} {hl} kicked off at the farm shop, {fl} crying",
    "{ll} kids in the tent behind the estate, tree surgeon saw them",
    "stable yard want to know who {fl} {ll}'s lift is",
    "{fl} said {gl} binned her school uniform",
    "rang {fl}'s {rel}, says {gl} hasn't been home since tuesday",
    "{fl} {ll} not at archery, coach can't reach anyone",
    "no-one picked up {fl} or {k} from the bowls club",
    "pawnshop has {fl}'s laptop, {gl} {hl} pawned it",
    "{fl} {ll} at the fair after midnight with older lads",
    "chaplain concerned re {fl} {ll} on paeds ward",
    "glazier says {gl} {hl} smashed the window, {fl} in the room",
    "{fl} {ll} back in the woods, no tent now",
)
NAME_PSEUDONYM = (
    "{fl} {ll}",
    "{f}",
    "{l}",
    "{l} girl",
    "{f}, {age}",
    "{f} {li}.",
    "{k} and {f}",
    "Baby {f}",
    "the {l} kids",
    "{g} {h}'s daughter",
    "{f} from the woods",
    "{l} ({f})",
)
SIGN_OFF = (
    "from {fl} {ll} who is scared to go home",
    "Kind regards,\n{g} {h}\n(grandparent of {f})",
    "cheers - {g}, {f}'s {rel}",
    "i hope someone reads this\n{f} {l}, year {year_group}",
    "Written by {g} {h} for {f}, who can't write it herself",
    "Yours sincerely,\n{g} {l}\nspecial guardian",
    "from {f}'s {rel} {g} - please ring me not her dad",
    "{f} ({age} and a half)",
    "Many thanks, {g} {h} (mum of {f} and {k})",
)
NICKNAMES = ("Bumblekin", "Dodders", "Fizzlet", "Gigglepip", "Kipperling", "Lollykins")
NICKNAMES += ("Acornette", "Crumblet", "Egglet", "Flapjackie", "Inkypaws", "Humbugs")
NICKNAMES += ("Custardkin", "Ladybean", "Dimplet", "Chuffling")
NICKNAME_TEXT = (
    "At the stables they all call her {n}, and it is the name on her peg.",
    "The older lads at the skate ramp shout {n} when he comes past, and so does the van man.",
    "{f}'s {rel} kept saying {n} on the phone to the out-of-hours team.",
    "She posts as {n} and that is how the man on the game found her.",
)
NICKNAME_PSEUDONYM = ("{n}", "baby {n}", "{n} {li}", "{n} (the {l} boy)")
DOB_TEXT = (
    "DOB as written in the red book: {dob}",
    "dob - {dob}",
    "{g} said {f}'s birthday is {dob}",
    "Date of birth (per the GP letter): {dob}",
    "{f} was born {dob} in the car on the way in",
    "{f} {l}, b. {dob}",
    "born {dob}, which makes her {age}",
    "DOB {dob} but the school has a different one",
    "baby born {dob} at 31 weeks, still on the unit",
)
PHONE_TEXT = (
    "mum's number is {phone}",
    "{g} answers on {phone} after 6",
    "{rel} picks up on {phone}",
    "landline {phone}",
    "{f} sent the text from {phone}",
    "ring dad on {phone} - not the mum",
)
NHS_TEXT = (
    "NHS no. on the discharge letter: {nhs}",
    "{f}'s NHS number {nhs}",
    "nhs {nhs} (the baby)",
    "NHS number read out by the health visitor: {nhs}",
)
NI_TEXT = (
    "mum's NI no {ni}",
    "NI number for {g}: {ni}",
    "stepdad's national insurance number {ni}",
    "N.I. {ni}",
)
ADDRESS_TEXT = (
    "Household now at {street}, {town}",
    "addr: {street}, top flat, side door",
    "visited {street}, {town} - curtains shut, no answer",
    "{f} staying at her {rel}'s on {street}",
    "police called to {street} four times this month",
    "moved from {street} into a caravan near {town}",
)
POSTCODE_TEXT = ("p/code {postcode}", "Postcode - {postcode}", "new postcode is {postcode}")
SCHOOL_TEXT = (
    "{school} pupil, in year {year_group}",
    "{school}, Y{year_group}, attending 61% of sessions",
    "DSL at {short} rang the front door",
    "{f} started at {short} after half term",
    "{f} is registered at {school} and has been off {n2} days since September",
)
EMAIL_TEXT = ("mum emails from {e}", "{g} wrote in from {e}", "from {g} {h} <{e}>")
PSEUDONYM_REVEALING = (
    "Baby {l}, b. {dob}",
    "{fi}{li}, {street}",
    "{fi}{li} ({short}, Y{year_group})",
    "Child of {postcode}",
    "{fi}{li}, NHS {nhs}",
    "{l} girl, aged {age}, {town}",
    "{fi}-{li} {dob}",
    "Child at {school}",
    "the {l} twins of {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyfifth_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_EAST_SUSSEX = {
    "council": ("East Sussex County Council children's services",),
    "police": ("Sussex Police",),
    "icb": ("NHS Sussex Integrated Care Board",),
    "ambulance": ("South East Coast Ambulance Service NHS Foundation Trust",),
}
_WEST_SUSSEX = _EAST_SUSSEX | {"council": ("West Sussex County Council children's services",)}
_SPFT = "Sussex Partnership NHS Foundation Trust"
_SCFT = "Sussex Community NHS Foundation Trust"
_UHSX = "University Hospitals Sussex NHS Foundation Trust"
_SOMERSET = {
    "council": ("Somerset Council children's services",),
    "police": ("Avon and Somerset Constabulary",),
    "icb": ("NHS Somerset Integrated Care Board",),
    "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
} | _district("Somerset Council")
_SOMERSET_FT = "Somerset NHS Foundation Trust"
_RUH = "Royal United Hospitals Bath NHS Foundation Trust"
_WILTSHIRE = {
    "council": ("Wiltshire Council children's services",),
    "police": ("Wiltshire Police",),
    "icb": ("NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board",),
    "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
} | _district("Wiltshire Council")
_AWP = "Avon and Wiltshire Mental Health Partnership NHS Trust"

#: The twelve areas (none an earlier corpus file names): the district council's teams (in
#: Somerset's former districts and the Wiltshire towns, the unitary council's), the county's
#: partners by their real names, and civic venues of the area. The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Wealden": _EAST_SUSSEX
    | _district("Wealden District Council")
    | {
        "trust": ("East Sussex Healthcare NHS Trust", _SPFT),
        "venue": ("the Council Offices, Vicarage Lane, Hailsham", "the Civic Centre, Uckfield"),
    },
    "Chichester": _WEST_SUSSEX
    | _district("Chichester District Council")
    | {
        "trust": (_UHSX, _SCFT),
        "venue": ("East Pallant House, Chichester", "the Assembly Room, Chichester"),
    },
    "Crawley": _WEST_SUSSEX
    | _district("Crawley Borough Council")
    | {
        "trust": ("Surrey and Sussex Healthcare NHS Trust", _SCFT),
        "venue": ("the Town Hall, Crawley", "the Hawth, Crawley"),
    },
    "Mid Sussex": _WEST_SUSSEX
    | _district("Mid Sussex District Council")
    | {
        "trust": ("Queen Victoria Hospital NHS Foundation Trust", _SPFT),
        "venue": ("Oaklands, Haywards Heath", "East Court, East Grinstead"),
    },
    "Worthing": _WEST_SUSSEX
    | _district("Worthing Borough Council")
    | {
        "trust": (_UHSX, _SPFT),
        "venue": ("Worthing Town Hall", "the Assembly Hall, Worthing"),
    },
    "Mendip": _SOMERSET
    | {
        "trust": (_SOMERSET_FT, _RUH),
        "venue": ("the Council Offices, Shepton Mallet", "the Cheese and Grain, Frome"),
    },
    "Sedgemoor": _SOMERSET
    | {
        "trust": (_SOMERSET_FT,),
        "venue": ("Bridgwater House, Bridgwater", "the Princess Theatre, Burnham-on-Sea"),
    },
    "South Somerset": _SOMERSET
    | {
        "trust": (_SOMERSET_FT,),
        "venue": ("Brympton Way, Yeovil", "the Octagon Theatre, Yeovil"),
    },
    "Somerset West and Taunton": _SOMERSET
    | {
        "trust": (_SOMERSET_FT,),
        "venue": ("Deane House, Taunton", "the Regal Theatre, Minehead"),
    },
    "Salisbury": _WILTSHIRE
    | {
        "trust": ("Salisbury NHS Foundation Trust", _AWP),
        "venue": ("Bourne Hill, Salisbury", "the Guildhall, Salisbury"),
    },
    "Chippenham": _WILTSHIRE
    | {
        "trust": ("Great Western Hospitals NHS Foundation Trust", _AWP),
        "venue": ("Monkton Park, Chippenham", "the Neeld, Chippenham"),
    },
    "Trowbridge": _WILTSHIRE
    | {
        "trust": (_RUH, _AWP),
        "venue": ("County Hall, Trowbridge", "the Civic, Trowbridge"),
    },
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
_ESSCP = "East Sussex Safeguarding Children Partnership"
_WSSCP = "West Sussex Safeguarding Children Partnership"
_SSCP = "Somerset Safeguarding Children Partnership"
_SVPP = "Wiltshire Safeguarding Vulnerable People Partnership"
#: Each area's partnership as it styles itself (Wiltshire's for children and adults alike).
SCP = {"Wealden": _ESSCP}
SCP |= {area: _WSSCP for area in tuple(AREAS)[1:5]}
SCP |= {area: _SSCP for area in tuple(AREAS)[5:9]}
SCP |= {area: _SVPP for area in tuple(AREAS)[9:]}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 28-14", "LCSPR 29/03", "RR/27/52", "CSPR-29-11", "RR 28/66", "PLR 27-40")
AGE_BANDS = ("aged seven weeks", "under one", "of nursery age", "aged 11", "aged 15")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Marl", "Levels", "Combe", "Tor", "Sarsen", "Sedge", "Downland", "Weald")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}: an infant {age_band} was brought to {trust} with a fractured "
        "femur that the parents could not explain. A skeletal survey found two older rib "
        "fractures. {police} and {council} held a strategy discussion that evening and the "
        "baby stayed in hospital under a protection plan. The family had been placed by the "
        "{district} in spring.",
        "Incident summary: a girl {age_band} in {area} was found in a flat used by adults "
        "who supplied her with alcohol and drugs. She had been reported missing nine times. "
        "School, youth services and {police} each knew part of it. The review asks why the "
        "exploitation screening tool was only completed after the seventh episode.",
        "Summary ({ref}), by agency: a child {age_band} who used a ventilator overnight "
        "died at home after a chest infection. Community nurses from {trust} had visited "
        "weekly. {ambulance} arrived within eleven minutes. The review considers whether "
        "the parents' worries about carers' hours were heard, and how {council} planned respite.",
        "Summary by role: the health visitor saw the baby three times and noted a flat head "
        "and low weight. The GP practice wrote twice about missed immunisations. The "
        "{district} had an open rent arrears case. {police} attended a noise complaint at the "
        "address, and nobody told the health visitor.",
        "Summary for {ref}: a boy {age_band} was stabbed near a skate park in {area} and "
        "treated at {trust}. He had been excluded from school in the autumn and was not in "
        "any education for four months. The review will look at how the exclusion, the "
        "referral to youth justice and the missing episodes were joined up.",
        "Case summary: a baby {age_band} died after being put to sleep in an adult bed "
        "with two adults who had taken drugs. {ambulance} crews attended and the baby was "
        "taken to {trust}. Safer sleep advice was recorded antenatally but the family "
        "moved twice before the birth and the records did not follow them.",
        "Summary ({ref}): a girl {age_band} took an overdose after months of online abuse "
        "by a boy at her school. She recovered at {trust}. Her school had logged three "
        "concerns and {police} had a report of image sharing. The review looks at how "
        "schools and {council} respond to harm that starts online and continues in class.",
        "Incident summary: a young person of 16 in {area} was seriously injured in a "
        "road collision while riding as a passenger with an adult known for exploitation. "
        "Youth workers had raised concerns about the adult. {police} had intelligence but "
        "no referral. The partners notified the Panel within five working days.",
        "Summary for {ref}: a child {age_band} in private fostering went to A&E with a "
        "burn. No agency had been told of the arrangement. {council} learned of it only "
        "through {trust}. The review asks how schools and GP practices recognise private "
        "fostering and what the local awareness campaign has achieved.",
        "Case summary ({ref}): a toddler swallowed a parent's methadone and was taken by "
        "{ambulance} to {trust}, where she recovered. The parent was on a treatment "
        "programme and had a lockbox, which was not in use. The review considers how drug "
        "services, health visitors and {council} share risks when there are young children.",
    ),
    "rapid_review_rationale": (
        "Rationale ({ref}), {date}: the partners agreed that the case does not need a "
        "local review. The learning, about sharing domestic abuse notifications with "
        "health visitors, is already being acted on in {area}, and {police} has changed "
        "its process. The {scp} will publish a one-page briefing by {date2}.",
        "Decision, {date}: commission an LCSPR for {ref}. The criteria are met: serious "
        "harm, suspected abuse and concerns held by {council}, {trust} and the {district} "
        "that were never brought together. Terms of reference will be agreed at the "
        "partners' meeting on {date2} and an independent reviewer sought.",
        "Outcome of the rapid review ({ref}): the partners ask the Panel to weigh a "
        "national review. The harm came from criminal exploitation by a network reaching "
        "across three police force areas, and its themes echo other recent reviews. The "
        "{role} will write to the Panel with the rapid review by {date2}.",
        "Rationale for no further review, {date}: the child protection medical at {trust} "
        "found the injury consistent with the account given, the parents sought help at "
        "once and agencies worked well together. The partners tested each criterion and "
        "found none met. The {role} will write to the family to explain.",
        "Decision summary ({ref}): a practice review on {theme} was agreed on {date} "
        "instead of an LCSPR, because the learning sits mainly with {council} and the "
        "{district} and both have committed to act on it. A learning briefing will go on "
        "the {scp} website by {date2}.",
        "Rationale, {date}: the first meeting could not decide because the {trust} "
        "chronology had not arrived. At the reconvened meeting on {date2} the partners "
        "agreed an LCSPR, given the number of agencies involved, a repeated theme "
        "({theme}) and how serious the harm was. The Panel was told why the decision came later.",
        "Decision ({ref}): no local review. {ambulance} and {police} responded quickly and "
        "recorded well, and the one gap found, in passing a school nurse's concern to the "
        "GP, is already being fixed. The partners agreed to share the good practice in a "
        "{scp} bulletin in {period}.",
        "Rationale for an LCSPR, agreed {date}: neglect was raised over several years "
        "without escalation, and agencies took different views on threshold. An "
        "independent reviewer will start by {date2}. {police} will say whether any part of "
        "the review should wait until the criminal investigation ends.",
        "Summary of the decision, {date}: the rapid review for {ref} was judged to have "
        "done its job. {council} has checked that the other children at home are safe. "
        "What was learned about {theme} goes into the thematic review already running. The "
        "three partners signed it off and it reached the Panel on {date2}.",
        "Why an LCSPR ({ref}), {date}: over two years the family lived in {area} and in "
        "two other counties, their records lagged behind them, and the {district} twice "
        "found them emergency accommodation. The reviewer will trace how each move reached "
        "health visiting, schools and GP practices, or failed to.",
    ),
    "minutes": (
        "Rapid review meeting on {ref}, {date}, {room}\n"
        "Attending: {role}, {role2}, and leads for police and health.\n"
        "1. Every chronology is in except the {district}'s.\n"
        "2. The brothers are living with their grandparents for now.\n"
        "3. First thoughts on learning: {theme}.\n"
        "Action: the chair to circulate a summary by {date2}.",
        "{scp} case review group, {venue}, {time}\n"
        "Item 3, {ref}: the reviewer has every agency report and the practitioner session "
        "is booked. Both parents are willing to talk to the reviewer.\n"
        "Item 4: findings from the {theme} audit are expected in {period}.\n"
        "Next: {date2} in {room}.",
        "Practitioner session notes, {ref}, {date}\n"
        "Workers from {council}, {trust}, {police} and the {district} came. Most of the "
        "time went on how each agency heard about the family's changes of address, and "
        "who was told. The reviewer will carry these points into the draft.\n"
        "Action: further thoughts to the reviewer by {date2}.",
        "Partners' executive, {date}, {venue} (extract)\n"
        "Attending: the three lead partners' delegates and the independent scrutineer.\n"
        "The {role} said a first draft of the LCSPR for {ref} is expected by {date2}. "
        "{police} asked for publication to follow the verdict. No objection.\n"
        "Resolved: update noted.",
        "Rapid review, {ref}, held online\n"
        "The chair set out that the meeting looks for learning and does not apportion blame.\n"
        "Health: {trust}'s summary taken as read; five contacts, two raising worries.\n"
        "Police: a single domestic call-out, child in the house.\n"
        "Housing: the {district} had issued a tenancy warning.\n"
        "Recommendation: an LCSPR.",
        "Minutes (extract), case review group, {date}\n"
        "1. Tracker: {rag}, with three actions late; owners reminded.\n"
        "2. {ref}: scope widened by one question, then agreed.\n"
        "3. The {role2} to present the audit on {theme} at the next meeting.\n"
        "Any other business: {period} courses now bookable via the {scp} site.",
        "Sign-off, {date}, {time}\n"
        "Members went through the {ref} rapid review and the comments on it.\n"
        "{council}: content.\n"
        "{police}: content once one date is put right.\n"
        "{icb}: content.\n"
        "It goes to the Panel by {date2}.",
        "QA subgroup meeting at {venue}, {date}\n"
        "Members took the multi-agency audit on {theme} in {area}: seven of ten files "
        "rated good. Done well: quick strategy discussions. Still to improve: writing "
        "down what the child said, and joint visits with the {district}.\n"
        "Action: the {role} to bring an update in {period}.",
        "Child death overview panel liaison, {date}\n"
        "1. Two deaths in {area} notified; one sent to the partnership for a rapid review "
        "({ref}).\n"
        "2. Safer sleep: {trust} and {icb} to refresh the leaflet for fathers.\n"
        "3. Modifiable factors to go to the executive in {period}.",
    ),
    "partner_email": (
        "Dear colleagues,\n\n"
        "Attached is our request for information on rapid review {ref}. We would be grateful "
        "for each agency's chronology and short analysis by {date}, on the usual form.\n\n"
        "We meet on {date2} at {time}, {room}, {venue}.\n\n"
        "Thank you,\nCase review officer\n{scp}",
        "Hello all,\n\n"
        "We must notify the Panel about {ref} by {date}, through the government's online "
        "form rather than email.\n\n"
        "Please could the leads for {police} and {icb} tell me by {time} tomorrow whether "
        "the draft summary of their involvement is accurate?\n\n"
        "Best wishes,\nBusiness manager, {scp}",
        "Dear {role},\n\n"
        "Many thanks for the chronology from {trust} for {ref}, which is very full. May I "
        "ask two things: was the missed outpatient appointment chased, and did the GP ever "
        "receive the discharge letter?\n\n"
        "An answer ahead of {date} would help a great deal.\n\n"
        "Kind regards,\nLearning and review officer\n{scp}",
        "Dear partners,\n\n"
        "We have the Panel's reply on {ref}. It backs our plan for an LCSPR and would like "
        "the reviewer to consider {theme} and what the {district} did.\n\n"
        "I will send draft terms of reference on {date} and would welcome views by "
        "{date2}.\n\n"
        "Kind regards,\nHead of partnership business\n{scp}",
        "Hi everyone,\n\n"
        'We have places on "{course}" on {date}, {time} to {time2}, at {venue}. It is open '
        "to staff in {council}, {police}, health, schools and council housing teams.\n\n"
        "Bookings are through the {scp} training pages.\n\n"
        "Many thanks,\nWorkforce development lead",
        "Dear colleagues,\n\n"
        "Publication of {ref} is set for {date2}. The final report therefore has to be with "
        "the Panel and the Secretary of State by {date}, seven working days earlier.\n\n"
        "The inquest has closed and our lawyers see no bar to publishing.\n\n"
        "Thank you,\nPartnership business manager\n{scp}",
        "Dear {role2},\n\n"
        "Just to confirm that {ambulance} will be at the practitioner session for {ref} on "
        "{date}, with two paramedics and our named professional.\n\n"
        "You will have our own learning review by {date2}.\n\n"
        "Best wishes,\nHead of safeguarding\n{ambulance}",
        "Dear housing team,\n\n"
        "Thank you for what the {district} gave to rapid review {ref}. The tenancy history "
        "made sense of the family's moves for us.\n\n"
        "Would one of you come to the review meeting at {venue} on {date}, {time}? We "
        "expect it to run for an hour.\n\n"
        "Kind regards,\nCase review officer\n{scp}",
        "Dear scrutineer,\n\n"
        "Thank you for taking on the look at how rapid reviews run in {area}. Meetings are "
        "booked with {council}, {police} and {icb} in {period}.\n\n"
        "The first one is at {venue}, {date}, {time}.\n\n"
        "With best wishes,\nHead of partnership business\n{scp}",
    ),
    "local_review": (
        "LCSPR {ref}: scoping meeting, {date}, {room}, {venue}\n"
        "The reviewer proposed a systems approach with a learning panel of front-line staff "
        "from {council}, {trust} and {police}. Period under review: two years before the "
        "incident. Agreed, with the addition of the {district}'s housing files.",
        "Local review update for the executive, {date}: {ref} is at draft stage. Agency "
        "factual accuracy checks are back from all but {ambulance}. The reviewer has met "
        "the family twice. Publication is planned for {period} subject to the criminal case.",
        "Terms of reference, {ref}: the review will ask how agencies in {area} understood "
        "the daily life of the child, how concerns about {theme} were escalated, and what "
        "got in the way of a joined-up response. Partners: {council}, {police}, {icb}.",
        "Reviewer's note, {ref}: practitioners described high caseloads and frequent "
        "changes of social worker. The {district} officer said housing moves were decided "
        "quickly and health was not told. These points will be tested at the learning "
        "panel on {date} at {venue}.",
        "Learning panel for {ref}, {date}: eighteen practitioners took part. What helped: "
        "a school that kept asking. What hindered: no shared chronology and no single lead "
        "professional. Next step: draft findings to the {scp} case review group on {date2}.",
        "Local review {ref}: the draft was shared with {trust} and {council} for accuracy "
        "on {date}. Three findings and six recommendations. The family will be offered a "
        "meeting to hear the findings before publication.",
    ),
    "chronology": (
        "{date}: the GP practice referred to the front door.",
        "{date}: {police} called to a domestic row; two children at home.",
        "{date}: strategy discussion; agreed to start section 47 enquiries.",
        "{date}: {ambulance} crew took the child in to {trust}.",
        "{date}: the {district} placed the family in bed and breakfast.",
        "{date}: initial conference; plan made under emotional abuse.",
        "{date}: new birth visit by the health visitor, nothing of concern.",
        "{date}: second paediatric appointment at {trust} missed; GP written to.",
        "{date}: early help plan ended with its goals met.",
        "{date}: the {council} social worker saw the child on her own.",
        "{date} and {date2}: {police} told of two missing episodes.",
        "{date}: attendance down to 72%; education welfare officer visited.",
        "{date}: notification to the Panel made online.",
        "{date}: rapid review met; decision put back to {date2}.",
    ),
    "checklist": (
        "Chronologies back from every agency: yes.",
        "Panel notified inside five working days: yes ({date}).",
        "Family written to about the review on {date}.",
        "Child's wishes and feelings gathered: no; plan to by {date2}.",
        "Reviewer independent of the agencies involved: confirmed.",
        "Three partners agreed the terms of reference: awaited.",
        "Health records from {trust} in the pack: yes.",
        "Housing history from the {district} in the pack: yes.",
        "Coroner's officer told of the review on {date}.",
        "Disclosure checked with {police}: complete.",
        "Seven-minute briefing: first draft done.",
        "Rapid review with the Panel inside 15 working days: yes.",
        "Siblings' safety looked at: yes.",
        "Crew records from {ambulance}: in hand since {date}.",
    ),
    "notice": (
        "Case review group meets {date}, {time}, in {room} at {venue}.",
        "Practitioner session on {ref}: {venue}, {date2}, {time} to {time2}.",
        "Save the date: {scp} conference at {venue}, {date}.",
        "The partners' executive is now on {date}, {time}, {room}.",
        "DSL network meeting: {venue}, {date} from {time}.",
        'Webinar over lunch: "{course}", {date} at {time}.',
        "Childminders and nursery staff: drop-in at {venue}, {date}.",
        "Neglect strategy launch at {venue} ({room}), {date}, {time}.",
        "No quality assurance subgroup on {date}; it resumes {date2}.",
        "Audit day, all agencies: {venue}, {room}, {date}.",
        "Young scrutineers' session at {venue}: {date}, {time} to {time2}.",
        "GP safeguarding leads meet with {icb} on {date}, {time}.",
        "{ambulance} safeguarding leads' call: {date}, {time}.",
        "No room bookings at {venue} on {date}.",
    ),
    "slack": (
        "pinned the agenda for tomorrow's CRG",
        "has {trust} sent their chronology for {ref} yet?",
        "{room} at {venue} is ours for {date}",
        "don't forget the Panel notification - due end of tomorrow",
        "{district} can't make {time}, would {time2} work for folk?",
        "ToR draft is in the folder, shout by {date}",
        "cheers all, I'll send the notes round",
        "got a {police} name for the rapid review now",
        "{period} course dates are up on the site",
        "does {ref} go to exec before the Panel or not?",
        "scrutiny report uploaded to the drive",
        "who's in the chair on {date}?",
        "{icb} are asking for the draft by {date}",
        "tracker is {rag} across the board",
        "anyone else going on {course}?",
        "{ref} stays unpublished till sentencing",
        "few mins late for {time}, go ahead without me",
        "great session today, thank you",
    ),
    "panel": (
        "Panel's letter on {ref} arrived {date}; it supports our decision.",
        "{ref} notified to the Panel on {date}.",
        "Panel wants the rapid review by {date2}.",
        "Panel comments: analysis clear, learning backed by evidence.",
        "No national review of {ref}, the Panel says.",
        "{ref} rapid review copied to Ofsted along with the Panel.",
        "Panel questioned the timeline; we answered on {date}.",
        "LCSPR for {ref} in final form, with the Panel since {date}.",
        "Panel asked how {trust} means to test its new policy.",
        "Panel gave {ref} more time, to {date2}.",
        "Panel wanted to know if {icb} had read the draft.",
        "All three partners approved the reply to the Panel on {ref}.",
    ),
    "publication": (
        "{ref}: publication date {date}.",
        "No publication while the criminal trial runs.",
        "Agreed on {date} to publish the executive summary alone.",
        "Parents asked for their views on when to publish.",
        "{council} press office signed off the media statement.",
        "{ref} went live on the {scp} site on {date}.",
        "Learning briefing to go out with the report.",
        "Coroner asked us to wait; publication now {date2}.",
        "Report comes off the website a year after publication.",
        "Department for Education sent the publication plan.",
        "A copy goes to the NSPCC's national repository of reviews.",
        "{ref} summarised in the {scp} annual report.",
    ),
    "improvement": (
        "Action 1: {trust} to check how was-not-brought letters are followed up, by {date}.",
        "Action 2: {council} to note every adult in the home at each visit.",
        "Action: {police} to pass notifications to school nurses within a working day.",
        "Action: {icb} to pay for safer sleep sessions in GP practices.",
        "Action 3: partners to run a {period} learning event on {theme}.",
        "Action: {ambulance} crews to use a safeguarding prompt at handover.",
        "Action: the {district} to let health visitors know when a family moves.",
        "Action 4 done: escalation policy out again on {date}.",
        "Action 5: progress to the executive via the {role}.",
        "{period} plan: ten actions, six done, four {rag}.",
        "Action: from {date} every agency uses the one chronology template.",
        "Assurance: a second audit in {period} to see the change has stuck.",
        "Action 6 late: update chased for {date}.",
    ),
    "housing_note": (
        "The {district} gave us the tenancy start date.",
        "{district}: homeless application logged {date}.",
        "Someone from the {district} will come to the practitioner session.",
        "The {district} briefed its community safety colleagues on {ref}.",
        "Weekly list of temporary placements now goes to {council}.",
        "{district} logged a disabled facilities grant request on {date}.",
        "Damp and mould found when the {district}'s environmental health officer called on {date}.",
        "{course} for housing staff in {area} to be done by {date}.",
        "Wealden District Council and Sussex Police looked at anti-social behaviour "
        "reports in Crowborough where children lived in the household.",
        "Crawley Borough Council housing officers met Surrey and Sussex Healthcare NHS Trust "
        "discharge nurses about families leaving East Surrey Hospital without a settled home.",
        "Chichester District Council leisure staff in Midhurst did their safeguarding "
        "refresher with trainers from the West Sussex Safeguarding Children Partnership.",
        "Somerset Council's housing team in Sedgemoor agreed with Avon and Somerset "
        "Constabulary how to share concerns about children in Bridgwater hostels.",
        "Wiltshire Council and Wiltshire Police walked the Trowbridge town centre with "
        "youth workers after reports of children out late near the bus station.",
        "Mid Sussex District Council agreed a contact route with NHS Sussex Integrated Care "
        "Board for health visitors when families are placed in Burgess Hill.",
    ),
    "training": (
        'E-learning: "{course}" is live.',
        "Tell us what training you need: survey closes {date}.",
        "New executive members' induction, {venue}, {date}.",
        "{course} has 14 places left for {period}.",
        "Trainers' get-together in {room} on {date}.",
        "Staff say the {theme} course left them more confident.",
        "Designated leads are due their refresher in {period}.",
        "The {period} multi-agency training brochure has gone to partners.",
        "Somerset Safeguarding Children Partnership course for Yeovil youth workers moved "
        "to the Octagon Theatre.",
        "Wiltshire Safeguarding Vulnerable People Partnership workshop on exploitation "
        "for Salisbury taxi licensing staff, held at Bourne Hill.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child K",
    "Child PD",
    "Infant W",
    "Baby J",
    "Young Person R",
    "Sibling 3",
    "Sibling 1",
    "Unborn Baby T",
    "EF",
    "N.W.",
    "Child G and Child H",
    "Marl",
    "Levels",
    "Combe",
    "Tor",
    "Sarsen",
    "Sedge",
    "Downland",
    "Weald",
    "Child Y",
    "Infant CK",
    "Baby RL",
    "Young Person M",
    "SB",
    "Q",
    "Child A",
    "Sibling W",
    "L.J.",
    "Baby D and Baby E",
    "Child ZT",
    "Young Person HS",
    "PM",
    "Infant N",
    "Unborn Child F",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("twentyeighth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
