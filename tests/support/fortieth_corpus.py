"""A fortieth held-out corpus for the confidentiality guard, written by someone who has not
read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fortieth_names.json``, a seeded snapshot (seed ``fortieth-fakerator-<locale>``)
  from the npm package fakerator 0.3.6 (MIT), which no earlier corpus drew (checked by
  grepping ``tests/support`` for ``fakerator``): the first-name and last-name tables of ten
  of its locales in Latin script (``DRAWN``: de-DE, es-ES, fr-FR, it-IT, nb-NO, pl-PL,
  cs-CZ, sk-SK, hu-HU, pt-BR), read and picked by ``fortieth_names.mjs`` with a seeded
  mulberry32 generator (fakerator's default and English locales were left out, as their
  tables are the common English names earlier snapshots hold; sv-SE's has ten names and
  ru-RU's is Cyrillic). fakerator's de-DE tables mix women's and men's names, so the
  snapshot does not label people by sex. The twenty-fifth's filter keeps a locale's first
  people whose first and last names are plain letters, three or more, in no earlier snapshot
  (``EARLIER``: every ``*_names.json`` before this one, the thirty-ninth's, written
  alongside, included when it is there), not drawn already and not in ``NOT_NAMES``. Every
  draw was read by hand, and entries that read as words, places, brands, pet forms, typos
  or a name of the other column were put in ``NOT_NAMES``. Regenerate with ``npm --prefix
  /tmp/fk40 install fakerator@0.3.6 && PYTHONPATH=. uv run python -m
  tests.support.fortieth_corpus /tmp/fk40/node_modules``; fakerator is not a dependency and
  the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (fell and farm words, birds and
  sweets), each starting with a letter from A to L, none in an earlier corpus file
  (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a mountain rescue volunteer, a youth hostel warden, a sheep auction
  drover, a quad bike hirer, a gondola (lake launch) deckhand, a fell race marshal, a dry
  stone waller, a campsite owner, a ghyll scrambling guide, a livestock haulier, a cheese
  shop assistant, a rush-bearing steward, a horse fair trader, a pencil museum guide, a
  chip van owner, a rural bus driver, a gamekeeper, a post office counter clerk, a
  slate quarry banksman, a kayak hire attendant...), in lower case and in sign-offs; names
  and give-away details in pseudonyms; nicknames; dates of birth in twelve typed forms;
  addresses on invented streets (``STREETS``) in real towns of the areas; postcodes; phone,
  NHS and NI numbers; invented schools and a pupil referral unit (``SCHOOLS``); email
  addresses; written out by the twenty-fifth's ``identifying_of`` through the
  twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve Cumbrian
  towns no earlier corpus file names (``AREAS``; each checked by grep): Kirkby Stephen,
  Appleby-in-Westmorland, Sedbergh, Kirkby Lonsdale, Grange-over-Sands, Ambleside,
  Dalton-in-Furness and Penrith, and Alston (Westmorland and Furness Council), and
  Keswick, Wigton and Brampton (Cumberland Council). "Westmorland" and "Cumberland" are in
  earlier files (the twenty-second's and twenty-ninth's areas and partners), but no test
  forbids them: the tests forbid only an earlier corpus's area key, and no earlier key is
  one of these towns. The partners are Cumbria Constabulary, North West Ambulance Service
  NHS Trust, North Cumbria Integrated Care NHS Foundation Trust and Cumbria,
  Northumberland, Tyne and Wear NHS Foundation Trust with NHS North East and North Cumbria
  Integrated Care Board in the north (Eden and Cumberland), University Hospitals of
  Morecambe Bay NHS Foundation Trust and Lancashire and South Cumbria NHS Foundation Trust
  with NHS Lancashire and South Cumbria Integrated Care Board in the south, and the
  Cumberland and the Westmorland and Furness Safeguarding Children Partnerships
  (``SCP``), as the twenty-ninth checked them against public pages; the councils' and the
  north's partners are taken from the twenty-ninth's tables. The venues were written from
  memory and not checked one by one (no time was left to look them up): the libraries of
  the twelve towns (Appleby's, Grange's and Dalton's by their short names), the Moot Hall
  at Appleby-in-Westmorland and at Keswick, the People's Hall (Sedbergh), the Victoria Hall
  (Grange-over-Sands), Wigton Hospital, Brampton War Memorial Community Hospital, Alston
  Town Hall, Penrith Community Hospital, Voreda House (Penrith), Westmorland General
  Hospital (Kendal), Furness General Hospital (Barrow-in-Furness) and the Kelsick Centre
  (Ambleside) in particular may be named differently, have moved or closed. Venues are
  council offices, libraries, halls and hospitals, never a person's address. People are
  named only by role; roles, themes, courses, rooms, times and periods are
  the twenty-first's, through the twenty-second's ``DRAWS``.
- Identifiers: every one invented by the tenth corpus's ``person_values`` (Ofcom's drama
  telephone ranges; NHS numbers starting 999 whose check digit is right; QQ national
  insurance numbers; addresses at example.com, .org or .net; postcodes shaped like real
  ones in areas Royal Mail never issued). Samples naming a drawn person carry the source
  ``fakerator-<locale>``, those naming a nickname ``hand-nicknames``, the rest ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the fells, becks
  and tarns of Cumbria that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import (
    thirtyeighth_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentyninth_corpus,
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
from tests.support.twentyfifth_corpus import _district

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fortieth_names.json")
NODE_SCRIPT = Path(__file__).with_name("fortieth_names.mjs")
SOURCES = "fakerator 0.3.6 (MIT)"
SEED = "fortieth-fakerator-<locale>"
#: Every earlier snapshot: the thirty-eighth's list, the thirty-eighth's own and the
#: thirty-ninth's (written alongside, so read only when it is there).
EARLIER = tuple(
    dict.fromkeys(
        (*thirtyeighth_corpus.EARLIER, "thirtyeighth_names.json", "thirtyninth_names.json")
    )
)
#: fakerator's locales in Latin script with tables of their own, five people each (four of
#: hu-HU, whose 100-name tables hold mostly accented names and names earlier drawn).
LOCALES = ("de-DE", "es-ES", "fr-FR", "it-IT", "nb-NO", "pl-PL", "cs-CZ", "sk-SK", "hu-HU")
LOCALES += ("pt-BR",)
DRAWN = tuple((f"fakerator-{locale}", 4 if locale == "hu-HU" else 5) for locale in LOCALES)
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
DROPPED: frozenset[str] = frozenset()
#: Entries of the candidates read by hand in the draw as words, places, brands, pet forms,
#: typos or names of the other column.
NOT_NAMES = frozenset(
    {
        *("Marvin", "Diamante", "Santo", "Roger", "Remy", "Chmura", "Hagen", "Berge"),
        *("Correa", "Dej", "Dominato", "Gian", "Hrdina", "Kohout", "Skrzypek", "Marty"),
        *("Virginia", "Mario", "Battaglia", "Pellegrini", "Luigi", "Marten", "Carmona"),
        *("Regina", "Fontana", "Cont", "Kociss", "Damico", "Bahno", "Mydlo", "Pap"),
        *("Leal", "Mayte", "Julio", "Romano", "Orosz", "Cardona"),
        *("Florencia", "Negri", "Margarita", "Adorno", "Marino"),
    }
)
#: Run the node script on its ``node_modules`` (fakerator), keep, and write: the
#: twenty-fifth's.
regenerate_names = partial(twentyfifth_corpus.regenerate_names, corpus=sys.modules[__name__])

_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Sheepfold Rigg", "Drystane Row", "Hogg House Lane", "Peat Moss Terrace")
STREETS += ("Tup Fair Close", "Cowgarth Walk", "Swaledale Brow", "Gimmer Bank Court")
TOWNS = ("Kirkby Stephen", "Appleby-in-Westmorland", "Sedbergh", "Kirkby Lonsdale")
TOWNS += ("Grange-over-Sands", "Keswick", "Wigton", "Brampton", "Alston", "Penrith")
TOWNS += ("Ambleside", "Dalton-in-Furness", "Shap", "Tebay")
SCHOOLS = (
    "Sheepfold Rigg Primary School",
    "Drystane Row Church of England School",
    "St Herbert's of the Lake Catholic Primary",
    "Peat Moss Infant School",
    "Cowgarth Junior School",
    "Swaledale Brow High School",
    "Gimmer Bank Primary Academy",
    "Tup Fair Close Pupil Referral Unit",
)
SCHOOL_SHORT = ("Sheepfold Rigg", "Drystane Row", "St Herbert's", "Swaledale Brow", "Cowgarth")
RELATIVES = ("granda", "nanna", "stepdad", "auntie", "great-grandma", "mam's boyfriend")
RELATIVES += ("cousin",)
#: Twelve ways a date of birth gets typed, in the tenth's ``_date`` fields.
BIRTH_FORMS = ("{dd}/{mm}/{y}", "{d}.{m}.{yy}", "{mon} {d} {y}", "{y}-{m}-{d}")
BIRTH_FORMS += ("{wd}, {d} {mo} {y}", "{d}{th} {mon} {y}", "{mo} '{yy}, the {d}{th}")
BIRTH_FORMS += ("{dd}{mm}{y}", "{d} {mon}, {yy}", "{mo} {d}, {y}", "{dd}/{mon}/{y}")
BIRTH_FORMS += ("{d}/{mm}/{yy}",)
WHEN_FORMS = ("{wd} {d} {mo}", "{d} {mo} {y}", "{dd}/{mm}/{y}", "{wd} {d}{th} {mon}")
WHEN_FORMS += ("{d} {mon} {y}",)

#: Birth years 2011-2028 (ages 0-17), to sit with the 2027-2029 dates of the benign side.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# Placeholders as the tenth's person_values fills them: {f} {l} the child, {g} {h} the
# parent or carer, {k} a sibling, {rel} some other relative.
NAME_TEXT = (
    "Mountain rescue volunteer brought {f} {l}, 10, off the fell in the dark; {g} never rang us.",
    "Youth hostel warden says {g} {h} left {f} in the dorm for two nights with no money.",
    "The drover at the auction mart saw {g} {h} kick {f} {l} in the sheep pens.",
    "Quad bike hirer says {f} {l}, 12, was sent out alone on a bike by {g} after drinking.",
    "Lake launch deckhand found {f} {l} asleep under the seats on the last sailing.",
    "Fell race marshal: {f} {l} ran in with a split lip and said {g} did it.",
    "Dry stone waller working by the lane heard {g} {h} screaming at {f} to get out.",
    "Campsite owner says {f} and {k} {l} have been living in a tent since October.",
    "Ghyll scrambling guide saw old cigarette burns on {f} {l}'s legs when changing.",
    "Livestock haulier gave {f} {l} a lift; she said she is scared to go back to {g}.",
    "Cheese shop assistant: {f} {l} comes in every morning asking for free samples to eat.",
    "Rush-bearing steward says {g} {h} slapped {f} hard in front of the procession.",
    "A trader at the horse fair says {f} {l}, 13, is being sold to an older man as a bride.",
    "Pencil museum guide noticed {f} {l} flinch and cry when {g} raised a hand.",
    "Chip van owner says {f} {l} hangs round the van till midnight and {g} never comes.",
    "Rural bus driver: {f} {l}, 8, rides the whole route every day instead of school.",
    "Gamekeeper found {g} {h} teaching {f} to shoot at the cat with an air rifle.",
    "Post office clerk says {g} {h} takes {f}'s benefit money and leaves nothing for food.",
    "The banksman at the slate quarry found {f} {l} and two men in a car at the gate.",
    "Kayak hire attendant saw {g} {h} hold {f} under the water off the jetty.",
    "{f} {l} told the piano teacher that {g} locks them in the coal shed.",
    "Farm shop owner says {g} {h} was dealing from the car park with {f} in the back.",
    "Boat club steward saw a man in his fifties give {f} {l}, 14, a bottle of vodka.",
    "{g} {h} fell asleep drunk on the lake shore while {f}, 2, went into the water.",
    "Tea room owner says {f} {l} is picked up from the bus stop by different men each week.",
    "The pub landlady says {f} {l}, 15, washes up in the kitchen till 1am for {g}.",
)
NAME_LOWER = (
    "rescue team says {fl} {ll} out on the fell again",
    "{fl} {ll} sleeping in the hostel drying room",
    "{gl} {hl} kicked off at the show field, {fl} with him",
    "drover worried about {fl} {ll} in the pens",
    "{ll} kids on the lake shore at midnight",
    "{fl} told the piano teacher about the coal shed",
    "rang {fl}'s {rel} - {gl} not been back since tues",
    "{fl} {ll} not at young farmers, no answer at the farm",
    "no one came for {fl} or {k} at the boat club",
    "{gl} {hl} yelling at {fl} outside the chip van",
    "{fl} {ll} seen getting into a pickup at the bus stop",
    "bus driver flagged {fl} {ll} on the route all day",
)
NAME_PSEUDONYM = (
    "{f}",
    "{f} {l}",
    "{l}",
    "{l} brothers",
    "{f}, {age}",
    "{fi}. {l}",
    "{f} and {k}",
    "wee {f}",
    "the {l} girls",
    "{g} {h}'s youngest",
    "{f} from the campsite",
    "{l} {f}",
)
SIGN_OFF = (
    "please dont say it was me\n{fl}",
    "Kind regards\n{g} {h}\n({f}'s {rel})",
    "thanks\n{g} (mam of {f} and {k})",
    "sorry for the spelling\n{f} {l} year {year_group}",
    "Typed for {f} by their {rel}, {g} {h}",
    "With thanks,\n{g} {l}\nspecial guardian",
    "{g}, {f}'s {rel}. Ring after work",
    "{f} {l}\nage {age}",
    "Cheers, {g} {h} (carer for {f})",
)
NICKNAMES = ("Blaeberry", "Chaffinch", "Fellpony", "Crowdie", "Herdwick", "Kendalmint")
NICKNAMES += ("Grayling", "Curlew", "Gooseberry", "Ewie", "Bramblejelly", "Clootie", "Heffer")
NICKNAMES += ("Aniseball", "Dipper")
NICKNAME_TEXT = (
    "The lads at the bus shelter call her {n} and send her to buy their cider.",
    "At the campsite everyone knows him as {n}, and the men in the caravan shout it to him.",
    "{f}'s {rel} was bawling {n} down the high street when the PCSO came.",
    "On Snapchat she is {n}, which is the name the man at the bus station asked for.",
)
NICKNAME_PSEUDONYM = ("{n}", "wee {n}", "{n} {li}", "{n} (the {l} lass)")
DOB_TEXT = (
    "DOB from the red book: {dob}",
    "dob {dob}",
    "{g} says {f}'s birthday is {dob}",
    "Date of birth on the school record {dob}",
    "born {dob} in the car on the A66",
    "{f} {l} - d.o.b. {dob}",
    "date of birth {dob}, {age} years old",
    "{rel} gives the date of birth as {dob}, the GP has another",
    "born {dob}, 31 weeks, weeks in neonatal",
)
PHONE_TEXT = (
    "mam's mobile {phone}",
    "{g} can be reached on {phone}",
    "{rel}'s mobile is {phone}",
    "landline at the farm {phone}",
    "{f} phoned from {phone}",
    "stepdad's number: {phone}",
)
NHS_TEXT = (
    "NHS number on the red book {nhs}",
    "{f}'s NHS no. {nhs}",
    "baby's NHS number {nhs}",
    "NHS no from EMIS {nhs}",
)
NI_TEXT = (
    "mam's national insurance number {ni}",
    "NI no {ni} (stepdad)",
    "dad's NINo {ni}",
    "national insurance for granda {ni}",
)
ADDRESS_TEXT = (
    "Family now at {street}, {town}",
    "address: {street}, the flat above the shop",
    "visit to {street}, {town} - curtains shut, no answer",
    "{f} staying at a {rel}'s on {street}",
    "three police call-outs to {street} this month",
    "left {street}, now in a caravan near {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "PC: {postcode}", "new post code {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, year {year_group}",
    "Year {year_group} at {school}; attendance 61%",
    "The head at {short} phoned the front door",
    "{f} moved to {short} at half term",
    "{f} is at {school} but has missed {n2} days",
)
EMAIL_TEXT = ("mam's email {e}", "{g} emailed from {e}", "contact {g} {h} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, DOB {dob}",
    "{fi}{li} of {street}",
    "{fi}{li}, {short}, year {year_group}",
    "Child at {postcode}",
    "{fi}{li} NHS no {nhs}",
    "{l} lad, {age}, {town}",
    "{fi}{li} b. {dob}",
    "Year {year_group} at {school}",
    "the {l} bairns of {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_UHMB = "University Hospitals of Morecambe Bay NHS Foundation Trust"
_LSCFT = "Lancashire and South Cumbria NHS Foundation Trust"
_NCIC = "North Cumbria Integrated Care NHS Foundation Trust"
_CNTW = "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust"
#: Cumberland's partners, as the twenty-ninth names them.
_CUMBERLAND = twentyninth_corpus._CUMBERLAND
_WF = {"council": ("Westmorland and Furness Council children's services",)}
_WF |= _district("Westmorland and Furness Council")
#: Eden (Penrith, Appleby, Kirkby Stephen, Alston): Westmorland and Furness Council with the
#: north's health partners.
_EDEN = _CUMBERLAND | _WF
#: South Westmorland and Furness: the Morecambe Bay trusts and the Lancashire and South
#: Cumbria board.
_SOUTH = (
    twentyninth_corpus._CUMBRIA
    | _WF
    | {"trust": (_UHMB, _LSCFT), "icb": ("NHS Lancashire and South Cumbria Integrated Care Board",)}
)

#: The twelve areas, Cumbrian towns no earlier corpus file names: the unitary council's
#: teams, its partners by their real names, and two civic venues of the town or near it
#: (libraries, halls, hospitals, council offices). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Kirkby Stephen": _EDEN | {"venue": ("Kirkby Stephen Library", "Penrith Community Hospital")},
    "Appleby-in-Westmorland": _EDEN
    | {"venue": ("Appleby Library", "the Moot Hall, Appleby-in-Westmorland")},
    "Sedbergh": _SOUTH | {"venue": ("Sedbergh Library", "the People's Hall, Sedbergh")},
    "Kirkby Lonsdale": _SOUTH
    | {"venue": ("Kirkby Lonsdale Library", "Westmorland General Hospital, Kendal")},
    "Grange-over-Sands": _SOUTH
    | {"venue": ("Grange Library", "the Victoria Hall, Grange-over-Sands")},
    "Keswick": _CUMBERLAND | {"venue": ("Keswick Library", "the Moot Hall, Keswick")},
    "Wigton": _CUMBERLAND | {"venue": ("Wigton Library", "Wigton Hospital")},
    "Brampton": _CUMBERLAND
    | {"venue": ("Brampton Library", "Brampton War Memorial Community Hospital")},
    "Alston": _EDEN | {"venue": ("Alston Library", "Alston Town Hall")},
    "Penrith": _EDEN | {"venue": ("Penrith Library", "Voreda House, Penrith")},
    "Ambleside": _SOUTH | {"venue": ("Ambleside Library", "the Kelsick Centre, Ambleside")},
    "Dalton-in-Furness": _SOUTH
    | {"venue": ("Dalton Library", "Furness General Hospital, Barrow-in-Furness")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
_WF_SCP = "Westmorland and Furness Safeguarding Children Partnership"
_CUMBERLAND_SCP = "Cumberland Safeguarding Children Partnership"
#: Each area's partnership as it styles itself.
SCP = {
    area: _CUMBERLAND_SCP if area in ("Keswick", "Wigton", "Brampton") else _WF_SCP
    for area in AREAS
}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 40-02", "LCSPR 40/05", "RR/40/12", "CSPR-39-08", "RR 40/19", "PLR 40-03")
AGE_BANDS = ("aged eight weeks", "under one", "aged three", "aged 10", "aged 15")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Fell", "Beck", "Tarn", "Ghyll", "Scree", "Howe", "Pike", "Force")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_W = " The {role} will bring an update to the partners in {period}."
_R = (
    "\n\nPlease reply to the partnership inbox by {date}.\n\nKind regards,\n"
    "Partnership business unit\n{scp}"
)
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": tuple(
        f"Case summary, {{area}}: {event}. {{council}} and {{police}} held a strategy "
        f"discussion within a day, and {{trust}} shared its records. Review {{ref}} will "
        f"look at {question}.{_W}"
        for event, question in (
            (
                "a baby {age_band} was brought to a minor injuries unit with bruising to the ear",
                "whether a sentinel injury was missed at an earlier visit",
            ),
            (
                "a 14-year-old was found in a flat in another county with a stranger's phone",
                "how her going missing was linked to criminal exploitation",
            ),
            (
                "a child {age_band} lived on an isolated farm with no contact with services",
                "how rural families are reached by universal health services",
            ),
            (
                "a girl of 13 shared images after being groomed on a gaming platform",
                "how the school and the police responded to her disclosure",
            ),
            (
                "an infant {age_band} died while co-sleeping after a parent had been drinking",
                "how safer sleep advice was given to both parents",
            ),
            (
                "a disabled child {age_band} missed a year of respite and therapy sessions",
                "how teams followed up when families stopped engaging",
            ),
            (
                "a 16-year-old was assaulted at a rural bus station by older youths",
                "how agencies shared what they knew about the group",
            ),
            (
                "a family with a child {age_band} moved between holiday lets every few weeks",
                "how records moved with the family across council borders",
            ),
            (
                "a child {age_band} told a lunchtime supervisor about fighting at home",
                "whether police notifications of domestic abuse reached the school",
            ),
        )
    ),
    "rapid_review_rationale": tuple(
        f"Rapid review decision, {{ref}}: {outcome} The three safeguarding partners "
        f"({{council}}, {{police}} and {{icb}}) agreed this on {{date}}, and the rapid review "
        f"goes to the National Panel by {{date2}}. The {{role}} will inform the {{scp}}."
        for outcome in (
            "the criteria for a local child safeguarding practice review are met.",
            "a local review is not needed, as the learning is being acted on already.",
            "a thematic review of {theme} will add more than a single-case review.",
            "the learning will feed into a review already running in {area}.",
            "a local review will be commissioned, built around a practitioner event.",
            "the Panel's view is sought on whether a national review would add value.",
            "a seven-minute briefing will be issued instead of a review.",
            "a local review will examine escalation between health and schools.",
        )
    ),
    "minutes": tuple(
        f"{group} - {{room}}, {{venue}}, {{date}}\n"
        "Present: the {role}, {council}, {police}, {trust}, the {district}.\n"
        f"1. {item}\n2. Actions from {{ref}} reviewed.\n3. Next meeting {{date2}} at {{time2}}."
        for group, item in (
            ("Missing and exploited subgroup", "Return interviews in {area} rated {rag}."),
            ("Learning and review group", "Two rapid review referrals from {area} discussed."),
            ("Quality assurance subgroup", "Multi-agency audit findings on {theme}."),
            ("Executive safeguarding partners", "Budget contributions for {period} agreed."),
            ("Learning and development group", "Feedback on {course} considered."),
            ("Child death overview liaison", "Sudden infant deaths in {area} discussed."),
            ("Education safeguarding group", "Children missing education in {area}."),
            ("Health safeguarding forum", "Was-not-brought audit for {area}."),
            ("Performance subgroup", "Dashboard for {period}; two indicators {rag}."),
            ("Neglect working group", "Take-up of the neglect toolkit in {area}."),
        )
    ),
    "partner_email": tuple(
        f"Hello all,\n\n{body}{_R}"
        for body in (
            "The partners have signed off the final report for {ref}. It will go to the "
            "National Panel and the Department for Education before publication.",
            "Please could every agency send its chronology for rapid review {ref}? We meet on "
            "{date2} at {time} in {room}, {venue}.",
            "Please find the revised action plan for {ref}. Actions sit with {council}, "
            "{police} and {trust}; add your updates before the executive meets.",
            "The independent scrutineer will meet {council}, {police} and {icb} during "
            "{period} to look at rapid review practice in {area}.",
            "The National Panel has replied on {ref} and asks that the review looks at "
            "{theme} and at the part played by the {district}.",
            'Places are open on "{course}" at {venue}, {time} to {time2}, for staff of '
            "{council}, {police}, health and the voluntary sector.",
            "{ambulance} will send a paramedic and its safeguarding lead to the learning "
            "event on {ref} at {venue}.",
            "For {ref}, the reviewer wants to know how the {district} chooses where families "
            "with new babies are placed in emergency housing.",
            "The designated nurse at {icb} is leading the health input on {theme}. Could "
            "{trust} offer a named nurse to present with her?",
            "An incident in {area} must be notified to the Panel within five working days. "
            "Could {police} and {trust} confirm their contact with the family?",
            "Many thanks to {council} for the {ref} chronology. Could you check whether "
            "health colleagues were at the strategy meeting?",
        )
    ),
    "local_review": (
        "Local review {ref}: the reviewer shared emerging findings with the panel on {date}. "
        "They point to drift in plans in {area}, a stretched school nursing service at "
        "{trust} and little curiosity about adults coming to the house. {council} will "
        "reply." + _W,
        "Local review {ref}: practitioners from {police}, {trust} and the {district} met the "
        "reviewer at {venue} on {date}. They described frequent changes of social worker and "
        "uncertainty about who led the plan. Team managers will be asked about this." + _W,
        "Local review {ref}: on {date} the panel agreed the lines of enquiry: the child's "
        "lived experience, the move between two council areas, how {icb} commissions health "
        "visiting and how concerns were escalated within the {scp}." + _W,
        "Local review {ref}: the reviewer has spoken to staff of {council} and {trust}. A "
        "draft is due in {period}, covering {theme} and how services in {area} worked with "
        "fathers and male carers. The family have been invited to take part.",
        "Local review {ref}: learning event booked for {date} at {venue}.",
        "Local review {ref}: terms of reference agreed on {date}.",
        "Reviewer appointed for {ref}; review panel meets on {date2}.",
        "Local review {ref}: the family chose not to take part.",
        "Local review {ref} paused pending the criminal trial.",
    ),
    "chronology": (
        "{date}: community midwife called the front door with a concern.",
        "{date}: {police} attended a report of domestic abuse; two children in the house.",
        "{date}: strategy meeting held; section 47 enquiries to begin.",
        "{date}: {ambulance} conveyed the baby to {trust}.",
        "{date}: the {district} placed the family in bed and breakfast.",
        "{date}: initial child protection conference; plan under neglect.",
        "{date}: new birth visit by the health visitor; nothing of note.",
        "{date}: outpatient clinic at {trust} missed; GP informed.",
        "{date}: early help closed, family declined further support.",
        "{date}: {council} social worker saw the child at school.",
        "{date} to {date2}: {police} recorded four missing episodes.",
        "{date}: attendance at 68%; attendance officer made a home visit.",
    ),
    "checklist": (
        "Chronologies from all agencies received: yes.",
        "Panel notified within five working days: yes, {date}.",
        "Family written to about the review on {date}.",
        "Child's voice: to be captured by {date2}.",
        "Reviewer commissioned: yes.",
        "Terms of reference agreed by partners: awaited.",
        "Records from {trust} received: yes.",
        "Records from the {district} received: yes.",
        "Coroner's officer informed: yes, {date}.",
        "Disclosure agreed with {police}: yes.",
        "Seven-minute briefing drafted: no.",
        "Rapid review with the Panel within 15 working days: yes.",
    ),
    "notice": (
        "Learning and review group: {date}, {time}, {room}, {venue}.",
        "Learning event for {ref}: {date2}, {venue}, {time} to {time2}.",
        "{scp} annual safeguarding conference, {venue}, {date}.",
        "Executive meeting moved to {date}, {time}, {room}.",
        "Designated safeguarding leads' network: {date}, {venue}, {time}.",
        'Lunchtime learning: "{course}", {date}, {time}.',
        "Safeguarding surgery for childminders, {venue}, {date}.",
        "Launch of the child exploitation strategy, {room}, {venue}, {date}.",
        "Performance subgroup cancelled on {date}; next on {date2}.",
        "Case file audit day, {date}, {room}, {venue}.",
        "Youth voice panel, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "learning and review group agenda pinned above",
        "any sign of the {trust} chronology for {ref}?",
        "{venue} booked for {date}",
        "reminder: Panel notification due today",
        "{district} can't make {time} - is {time2} ok?",
        "draft terms of reference on Teams, comments by {date} pls",
        "thanks all, minutes to follow",
        "{police} rapid review lead confirmed",
        "{period} learning programme is live",
        "does {ref} go to the executive first?",
        "scrutineer's report is in the shared folder",
        "who's chairing on {date}?",
        "can someone resend the chronology template?",
        "designated nurse from {icb} joining at {time}",
    ),
    "panel": (
        "Panel reply on {ref} received {date}; recommendation agreed.",
        "Panel notified of {ref} on {date}.",
        "Panel awaits the rapid review by {date2}.",
        "Panel feedback: strong analysis and clear learning.",
        "Panel will not take {ref} forward nationally.",
        "Rapid review for {ref} sent to the Panel and Ofsted.",
        "Panel asked about gaps in the chronology; response sent {date}.",
        "Final {ref} report sent to the Panel {date}.",
        "Panel agreed more time on {ref}, to {date2}.",
        "Panel annual report circulated to partners.",
    ),
    "publication": (
        "{ref} report due for publication {date}.",
        "Publication delayed until the trial ends.",
        "Executive summary only to be published, agreed {date}.",
        "Family told of the publication date.",
        "Press lines agreed with the {council} communications team.",
        "Report on the {scp} website from {date}.",
        "Seven-minute briefing published alongside the report.",
        "Publication moved to {date2} at the coroner's request.",
        "Report removed from the website after twelve months.",
        "Publication plan sent to the Department for Education.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of was-not-brought children by {date}.",
        "Action 2: {council} to record every adult in the household on each visit.",
        "Action: {police} to pass domestic abuse notifications to schools by 9am.",
        "Action: {icb} to fund safer sleep training for maternity teams.",
        "Action 3: multi-agency learning on {theme} through {period}.",
        "Action: {ambulance} to add a safeguarding prompt to the crew handover.",
        "Action: the {district} to tell health visitors when families move away.",
        "Action 4 done: escalation policy relaunched {date}.",
        "Action 5: the {role} to report progress to the executive.",
        "Improvement plan, {period}: 14 actions, 9 complete, 5 {rag}.",
        "Action: all partners to use the shared chronology template from {date}.",
    ),
    "housing_note": (
        "The {district} has confirmed the start of the tenancy.",
        "{district}: prevention duty accepted on {date}.",
        "Two {district} officers will join the learning event.",
        "The {district} has been briefed about {ref}.",
        "Housing staff in {area} to finish {course} by {date}.",
        "Westmorland and Furness Council and Cumbria Constabulary reviewed anti-social "
        "behaviour reports from Kirkby Stephen.",
        "Westmorland and Furness Council housing officers met school nurses from North "
        "Cumbria Integrated Care NHS Foundation Trust in Appleby-in-Westmorland.",
        "Westmorland and Furness Council community safety team met Cumbria Constabulary "
        "about county lines activity in Penrith.",
        "Cumberland Council and Cumbria Constabulary agreed patrols near the lake shore in "
        "Keswick over the summer.",
        "Cumberland Council housing staff discussed families placed in Wigton with health "
        "visitors.",
        "Cumberland Council and Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust "
        "discussed young carers in Brampton.",
        "Westmorland and Furness Council housing options staff briefed health visitors on "
        "families moving to Alston.",
        "Westmorland and Furness Council and Cumbria Constabulary walked the riverside with "
        "youth workers in Sedbergh.",
        "Westmorland and Furness Council community safety team joined the town council's "
        "youth meeting in Kirkby Lonsdale.",
        "Westmorland and Furness Council and University Hospitals of Morecambe Bay NHS "
        "Foundation Trust agreed a discharge route for families in Grange-over-Sands.",
        "Westmorland and Furness Council community safety team and Cumbria Constabulary "
        "looked at reports of young people in holiday lets in Ambleside.",
        "Westmorland and Furness Council and Lancashire and South Cumbria NHS Foundation "
        "Trust discussed families in temporary homes in Dalton-in-Furness.",
        "Cumberland Council community safety team met Cumbria Constabulary about young "
        "people gathering at the bus station in Wigton.",
    ),
    "training": (
        'New e-learning: "{course}".',
        "Training needs survey closes on {date}.",
        "Induction for new partnership members, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "Multi-agency training on {theme}, {venue}, {date}, {time} to {time2}.",
        "Train the trainer for {course}, {room}, {venue}, {date}.",
        "Trainers' forum, {room}, {date}.",
        "Feedback on the {theme} course shows staff feel more confident.",
        "Designated leads' refresher due in {period}.",
        "Westmorland and Furness Safeguarding Children Partnership ran a neglect workshop in "
        "Kirkby Stephen.",
        "Westmorland and Furness Safeguarding Children Partnership held a safer sleep session "
        "in Dalton-in-Furness.",
        "North West Ambulance Service NHS Trust and Cumbria Constabulary ran a self-harm "
        "session in Alston.",
        "Cumberland Safeguarding Children Partnership trained youth workers in Brampton.",
        "Cumberland Safeguarding Children Partnership ran a child exploitation briefing for "
        "Keswick schools.",
        "Westmorland and Furness Safeguarding Children Partnership held a parental conflict "
        "course in Ambleside.",
        "Westmorland and Furness Safeguarding Children Partnership ran an online safety "
        "briefing for Sedbergh youth clubs.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child T", "Child DG", "Infant S", "Baby K", "Young Person F", "Sibling 3"),
    *("Sibling 5", "Unborn Baby L", "RM", "J.W.", "Child G and Child H", "Fell"),
    *("Beck", "Tarn", "Ghyll", "Scree", "Howe", "Pike", "Force", "Child X"),
    *("Infant KB", "Baby TS", "Young Person J", "CD", "M", "Child D", "Sibling Z"),
    *("R.P.", "Baby F and Baby G", "Child NA", "Young Person LW", "HB", "Infant Q"),
    "Unborn Child Y",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("fortieth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
