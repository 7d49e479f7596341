"""A thirty-eighth held-out corpus for the confidentiality guard, written by someone who
has not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``thirtyeighth_names.json``, a seeded snapshot (seed ``thirtyeighth-<country>``)
  from names-dataset 3.3.1 (Apache-2.0), from three Latin-script country tables that no
  earlier snapshot holds at all (checked against the ``people`` keys of every
  ``*_names.json`` in ``tests/support``): Ecuador (``EC``), Guatemala (``GT``) and Iceland
  (``IS``). Of the tables the brief offered, Paraguay is not in names-dataset, and El
  Salvador (``SV``) was tried and dropped, as most of its draw read as typos and names run
  together (``Lilianiitaa``, ``Nancycarolina``); Guatemala stands in. Surnames come from
  ranks 40-999 and first names from ranks 20-499 of each table (``RANKS``,
  ``FIRST_RANKS``), women and men in turn, through the tenth's ``dataset_people``: one
  capitalised word of plain letters, three or more, a first name not in the country's
  surname table, in no earlier snapshot (``EARLIER``, every ``*_names.json`` before this
  one, the thirty-sixth's included when it is there) nor drawn already. Every draw was read
  by hand: entries that read as words (``Pin``, ``Colcha``, ``Lobos``, ``Memes``), places
  (``Guatemala``, ``Viborg``), pet forms (``Florcita``, ``Alexito``, ``Kiddi``,
  ``Steini``), typos (``Janeht``, ``Fransisco``) or first names in the surname column
  (``Mishell``, ``Helga``, ``Valur``) were left out (``NOT_NAMES``) and drawn again once;
  in the second draw the people with such a word (``DROPPED``) were left out without
  drawing again, which keeps 46 of the 66 drawn (``DATASET_DRAWN`` counts the draw,
  ``DRAWN`` what is kept). Icelandic patronymics are kept as the table pairs them, so a
  few read as a man's first name with a daughter's patronymic. Regenerate with ``uv venv
  /tmp/regen38 && uv pip install -p /tmp/regen38 names-dataset==3.3.1 && PYTHONPATH=.
  /tmp/regen38/bin/python -m tests.support.thirtyeighth_corpus``; names-dataset is not a
  dependency and the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (foods, sweets and one animal),
  each starting with a letter from A to L, none in an earlier corpus file
  (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a lock keeper, a narrowboat hirer, a heritage railway guard, a bowling
  green keeper, a farrier, a tree surgeon, a bell ringer, an allotment holder, a
  fairground ride operator, a launderette attendant, a driving instructor, a milkman, a
  window cleaner, a locksmith, a carpet fitter, an archery coach, a pottery studio owner, a
  climbing wall supervisor, a garden centre cashier, a motorway services cleaner...), in
  lower case and in sign-offs; names and give-away details in pseudonyms; nicknames; dates
  of birth in twelve typed forms; addresses on invented streets (``STREETS``) in real towns
  of the areas; postcodes; phone, NHS and NI numbers; invented schools and a pupil referral
  unit (``SCHOOLS``); email addresses; written out by the twenty-fifth's ``identifying_of``
  through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve towns no
  earlier corpus file names (``AREAS``): Market Drayton, Whitchurch, Oswestry, Bayston
  Hill, Shifnal, Broseley, Albrighton, Highley, Bishop's Castle and Pontesbury (Shropshire
  Council), Eccleshall (Stafford Borough Council) and Kenilworth (Warwick District
  Council), with the county's children's services, West Mercia, Staffordshire or
  Warwickshire Police, NHS trusts, the integrated care board, West Midlands Ambulance
  Service and each partnership (``SCP``). Bishop's Castle and Pontesbury are the two
  towns of my choice, and Bayston Hill stands in for one of the brief's Shropshire towns,
  whose name holds an earlier corpus's area (the twenty-ninth's), which this file may not
  contain; no Cheshire town was taken, as both Cheshire councils are earlier corpora's
  areas. Checked with the ``search`` tool: the Festival Drayton Centre (Frogmore
  Road) and Market Drayton Library, the Severn Centre at Highley (run by Halo Leisure, with
  the library in it) and Stafford Borough Council's Civic Centre at Riverside, Stafford.
  The partnerships' names follow the thirty-fourth's and thirty-seventh's checks
  (Shropshire Safeguarding Community Partnership, Staffordshire and Warwickshire
  Safeguarding Children Partnerships). The trusts, the ICBs, the ambulance service and the
  other venues were written from memory and not checked one by one: Whitchurch Community
  Hospital, Oswestry Library, the Robert Jones and Agnes Hunt Orthopaedic Hospital
  (Gobowen), Shifnal, Broseley,
  Albrighton, Eccleshall, Kenilworth, Bishop's Castle, Bayston Hill and Pontesbury
  libraries, Pontesbury Public Hall, the Royal Shrewsbury Hospital, Broseley
  Town Hall, Albrighton Village Hall, the SpArC centre (Bishop's Castle), the Guildhall at
  Frankwell Quay (Shrewsbury), County Hospital (Stafford), Abbey Fields Swimming Pool
  (Kenilworth) and Warwick Hospital in particular may be named differently, have moved or
  closed. Venues are council offices, libraries, community centres, leisure centres and
  hospitals, never a person's address. People are named only by role; roles, themes,
  courses, rooms, times and periods are the twenty-first's, through the twenty-second's
  ``DRAWS``.
- Identifiers: every one invented by the tenth corpus's ``person_values`` (Ofcom's drama
  telephone ranges; NHS numbers starting 999 whose check digit is right; QQ national
  insurance numbers; addresses at example.com, .org or .net; postcodes shaped like real
  ones in areas Royal Mail never issued). Samples naming a drawn person carry the source
  ``names-dataset-<country>``, those naming a nickname ``hand-nicknames``, the rest
  ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the canals,
  ironworks and hills of north and south Shropshire that nobody has as a first name
  (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import (
    thirtyfourth_corpus,
    thirtyseventh_corpus,
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
from tests.support.tenth_corpus import (
    assembled,
    birth_values,
    snapshot_people,
    table_entry_ok,
)
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.twentyfifth_corpus import PLAIN as PLAIN
from tests.support.twentyfifth_corpus import _district

SEEN = ""
NAMES_FILE = Path(__file__).with_name("thirtyeighth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0)"
SEED = "thirtyeighth-<country>"
#: Every earlier snapshot: the thirty-seventh's list, the thirty-seventh's own and the
#: thirty-sixth's (written alongside, so read only when it is there).
EARLIER = tuple(
    dict.fromkeys(
        (*thirtyseventh_corpus.EARLIER, "thirtyseventh_names.json", "thirtysixth_names.json")
    )
)
#: Surname and first-name ranks (the tables are new to the corpora, so any ranks do).
RANKS = (40, 1000)
FIRST_RANKS = (20, 500)
#: Ecuador, Guatemala and Iceland: Latin-script tables no snapshot holds (El Salvador, tried
#: first, was dropped: most of its draw read as typos and names run together).
DATASET_DRAWN = (("EC", 22), ("GT", 22), ("IS", 22))
ASCII_ONLY = frozenset(c for c, _ in DATASET_DRAWN)
NOT_NAMES = frozenset(
    {
        *("Petita", "Janeht", "Jinsop", "Florcita", "Mishell", "Johannita", "Alexito", "Pin"),
        *("Xime", "Paito", "Cesitar", "Guatemal", "Karito", "Colcha", "Chamito", "Migue"),
        *("Guatemala", "Pame", "Bolvito", "Estuardo", "Sucy", "Colocha", "Fransisco", "Lobos"),
        *("Memes", "Rosio", "Mardo", "Canchita", "Steinar", "Beggi", "Helga", "Kiddi"),
        *("Viborg", "Ploder", "Valur", "Vokes", "Hrund", "Steini"),
    }
)
#: How many people of each table the snapshot keeps.
DRAWN = (("EC", 12), ("GT", 15), ("IS", 19))
ROMANISED: tuple[str, ...] = ()
DROPPED = frozenset(
    {
        *("Nube", "Pinta", "Mechita", "Limber", "Mabelita", "Chiquito", "Anthonny", "Fercha"),
        *("Cuesta", "Frella", "Segura", "Yami", "Chely", "Roxy", "Cap", "Blanky", "Efra"),
        *("Kely", "Froment", "Linnet", "Silja"),
    }
)


def _usable(name: str, country: str) -> bool:
    """A names-dataset entry to draw from (the tenth's test, less ``NOT_NAMES``)."""
    return table_entry_ok(name, country, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def regenerate_names() -> None:
    """Draw names-dataset's people, leave out ``DROPPED`` and write (the thirty-seventh's
    ``regenerate_table_names``)."""
    thirtyseventh_corpus.regenerate_table_names(sys.modules[__name__])


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Lockgate Row", "Tollhouse Lane", "Furnace Bank Walk", "Saltbox Terrace")
STREETS += ("Clinker Yard", "Ironmasters Court", "Flaxmill Crescent", "Bellringers Close")
TOWNS = ("Market Drayton", "Whitchurch", "Oswestry", "Bayston Hill", "Shifnal", "Broseley")
TOWNS += ("Albrighton", "Highley", "Bishop's Castle", "Pontesbury", "Eccleshall")
TOWNS += ("Kenilworth", "Gobowen", "Prees")
SCHOOLS = (
    "Lockgate Row Primary School",
    "Tollhouse Lane Church of England Academy",
    "St Eata's Catholic Primary",
    "Furnace Bank Infant School",
    "Flaxmill Crescent Junior School",
    "Saltbox Terrace High School",
    "Clinker Yard Primary Academy",
    "Ironmasters Court Pupil Referral Unit",
)
SCHOOL_SHORT = ("Lockgate", "Tollhouse Lane", "St Eata's", "Saltbox", "Flaxmill")
RELATIVES = ("grandad", "nanna", "step-mum", "uncle", "great-aunt", "dad's girlfriend")
RELATIVES += ("half-brother",)
#: Twelve ways a date of birth gets typed, in the tenth's ``_date`` fields.
BIRTH_FORMS = ("{d}/{m}/{y}", "{dd}.{mm}.{yy}", "{d} {mon}. {y}", "{y}/{mm}/{dd}")
BIRTH_FORMS += ("{wd} {d}{th} {mo} {y}", "{mo} {d}{th} {y}", "{d} {mo} '{yy}")
BIRTH_FORMS += ("{d}-{m}-{y}", "{dd} {mon} {yy}", "{d}{th} of {mo} {y}", "{mon}-{dd}-{y}")
BIRTH_FORMS += ("{dd}-{mm}-{yy}",)
WHEN_FORMS = ("{wd} {d} {mo}", "{d} {mo} {y}", "{dd}.{mm}.{y}", "{wd} {d}{th} {mo}")
WHEN_FORMS += ("{d} {mon} {y}",)

#: Birth years 2011-2028 (ages 0-17), to sit with the 2027-2029 dates of the benign side.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# Placeholders as the tenth's person_values fills them: {f} {l} the child, {g} {h} the
# parent or carer, {k} a sibling, {rel} some other relative.
NAME_TEXT = (
    "The lock keeper at the top gate says {f} {l}, 9, sits on the beam till dark every night.",
    "Narrowboat hirer saw {g} {h} push {f} off the towpath into the cut and walk away laughing.",
    "Heritage railway guard found {f} {l} hiding in the brake van at the end of the line.",
    "Bowling green keeper says {f} {l} sleeps in the pavilion porch most weekends.",
    "The farrier saw {g} {h} lock {f} in the horsebox while he shod the ponies.",
    "Tree surgeon working next door heard {f} {l} begging {g} to stop hitting them.",
    "Bell ringer at the church says {f} {l}, 12, turns up to practice with no shoes.",
    "Allotment holder: {g} {h} has {f} and {k} digging plots for cash instead of school.",
    "Fairground ride operator says {f} {l} was left at the waltzer by {g} at eleven at night.",
    "Launderette attendant: {f} {l} comes in alone to wash the family's clothes at 7am.",
    "Driving instructor saw {g} {h} drive off with {f} in the boot of the car.",
    "The milkman says {f} {l} opens the door in a nappy and nobody else ever answers.",
    "Window cleaner looked in and saw {f} {l} tied to a chair in the back room.",
    "Locksmith was called to let {f} {l} out of a bedroom; {g} had the only key.",
    "Carpet fitter says {g} {h} told {f} to stay in the loft while the men were there.",
    "Archery club coach noticed finger-shaped bruises on {f} {l}'s upper arm.",
    "Pottery studio owner: {f} {l} said {g} burns their hands on the kettle for spilling.",
    "Climbing wall supervisor says {g} {h} drops {f} off at nine and is never back by close.",
    "Garden centre cashier saw {f} {l} steal sandwiches and say there was no food at home.",
    "Services cleaner on the A5 found {f} {l} in the toilets at 2am; {g} had left them there.",
    "{f} {l} told the swimming teacher that {g} holds their head under in the bath.",
    "The canal trust volunteer says {g} {h} sells pills from the boat with {f} on board.",
    "Ice rink steward saw a man of about forty kiss {f} {l}, 13, and slip money into their pocket.",
    "{g} {h} was found asleep drunk on the bench with {f}, 3, wandering by the lock.",
    "Taxi marshal says {f} {l} is dropped at the rank each night and collected by older men.",
    "The kebab shop owner says {f} {l}, 14, works behind the counter till 1am for {g}.",
)
NAME_LOWER = (
    "lock keeper says {fl} {ll} out on the gates again",
    "{fl} {ll} in the pavilion porch all weekend",
    "{gl} {hl} kicked off at the fair, {fl} with her",
    "farrier worried re {fl} {ll} and the horsebox",
    "{ll} boys on the towpath at midnight",
    "{fl} told swim teacher about the bath",
    "rang {fl}'s {rel} - {gl} not been home since fri",
    "{fl} {ll} not at scouts, no answer at home",
    "nobody came for {fl} or {k} at the climbing wall",
    "{gl} {hl} screaming at {fl} in the garden centre",
    "{fl} {ll} seen getting into a van at the taxi rank",
    "milkman flagged {fl} {ll} opening the door alone",
)
NAME_PSEUDONYM = (
    "{f}",
    "{f} {l}",
    "{l}",
    "{l} sisters",
    "{f} (aged {age})",
    "{fi}. {l}",
    "{f} and {k}",
    "little {f}",
    "the {l} lads",
    "{g} {h}'s eldest",
    "{f} off the narrowboat",
    "{l}, {f}",
)
SIGN_OFF = (
    "dont tell her i rang\n{fl}",
    "Best wishes\n{g} {h}\n({f}'s {rel})",
    "ta\n{g} (mum of {f} and {k})",
    "sorry its long\n{f} {l} yr {year_group}",
    "Written for {f} by their {rel}, {g} {h}",
    "Yours sincerely,\n{g} {l}\nkinship carer",
    "{g}, {f}'s {rel}. Call me after 6",
    "{f} {l}\naged {age}",
    "Thanks, {g} {h} (foster mum to {f})",
)
NICKNAMES = ("Brisket", "Biscotti", "Goujon", "Jalapeno", "Bhaji", "Doughnut", "Edamame")
NICKNAMES += ("Icing", "Jaffa", "Lychee", "Liquorice", "Aniseed", "Fritter", "Houmous", "Koala")
NICKNAME_TEXT = (
    "The men at the snooker hall call her {n} and give her vapes to run errands.",
    "On the narrowboats everyone knows him as {n}, and the older lads use it to call him over.",
    "{f}'s {rel} was yelling {n} across the car park when the PCSO arrived.",
    "In the group chat she goes by {n}, which is how the man who met her at the station knew her.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} (the {l} boy)")
DOB_TEXT = (
    "DOB as on the red book: {dob}",
    "d.o.b {dob}",
    "{g} says {f} was born {dob}",
    "Date of birth per the GP record {dob}",
    "born {dob} at home, no midwife",
    "{f} {l} - DOB {dob}",
    "date of birth {dob}, so {age} now",
    "{rel} gives birthday as {dob} but the passport differs",
    "born {dob}, 29 weeks, spent a month in SCBU",
)
PHONE_TEXT = (
    "dad's mobile {phone}",
    "{g} is on {phone}",
    "{rel}'s number is {phone}",
    "house phone {phone}",
    "{f} rang us from {phone}",
    "uncle's phone: {phone}",
)
NHS_TEXT = (
    "NHS number on the discharge letter {nhs}",
    "{f}'s NHS number {nhs}",
    "newborn's NHS no {nhs}",
    "NHS no (SystmOne) {nhs}",
)
NI_TEXT = (
    "dad's national insurance no {ni}",
    "NI number {ni} (mum's partner)",
    "mum's NI no {ni}",
    "NINO for grandad {ni}",
)
ADDRESS_TEXT = (
    "Family now living at {street}, {town}",
    "address: {street}, ground floor flat",
    "home visit to {street}, {town} - dogs barking, no answer",
    "{f} sofa-surfing at a {rel}'s on {street}",
    "four 999 calls from {street} since March",
    "moved out of {street}, now in a B&B in {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "P/C {postcode}", "new postcode is {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, in year {year_group}",
    "Year {year_group}, {school}; attendance 58%",
    "The head at {short} rang the front door",
    "{f} moved to {short} after Easter",
    "{f} goes to {school} but has missed {n2} days",
)
EMAIL_TEXT = ("dad's email {e}", "{g} wrote from {e}", "email {g} {h} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} at {street}",
    "{fi}{li}, {short}, yr {year_group}",
    "Child at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} boy, {age}, {town}",
    "{fi}{li} born {dob}",
    "Yr {year_group} at {school}",
    "the {l} twins of {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_WMAS = ("West Midlands Ambulance Service University NHS Foundation Trust",)
_SATH = "The Shrewsbury and Telford Hospital NHS Trust"
_SCHT = "Shropshire Community Health NHS Trust"
_RJAH = "The Robert Jones and Agnes Hunt Orthopaedic Hospital NHS Foundation Trust"
_MPFT = "Midlands Partnership University NHS Foundation Trust"
#: Shropshire's partners, as the thirty-seventh names them, with two more of its trusts in
#: the north of the county.
_SHROPS = thirtyseventh_corpus._SHROPS
_NORTH_SHROPS = _SHROPS | {"trust": (_RJAH, _SCHT, _MPFT)}
_STAFFORD = (
    thirtyfourth_corpus._STAFFS
    | {"trust": ("University Hospitals of North Midlands NHS Trust", _MPFT)}
    | _district("Stafford Borough Council")
)
_WARWICK = (
    thirtyfourth_corpus._WARKS
    | {
        "trust": (
            "South Warwickshire University NHS Foundation Trust",
            "Coventry and Warwickshire Partnership NHS Trust",
        )
    }
    | _district("Warwick District Council")
)

#: The twelve areas, towns no earlier corpus file names (ten of the brief's, and Bishop's
#: Castle and Pontesbury, of my choice): the district or unitary council's teams, the
#: county's partners by their real names, and two civic venues of the town or its council
#: (libraries, hospitals, council offices, leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Market Drayton": _NORTH_SHROPS
    | {"venue": ("Market Drayton Library", "the Festival Drayton Centre, Frogmore Road")},
    "Whitchurch": _NORTH_SHROPS
    | {"venue": ("Whitchurch Community Hospital", "Whitchurch Library")},
    "Oswestry": _NORTH_SHROPS
    | {"venue": ("Oswestry Library", "the Robert Jones and Agnes Hunt Hospital, Gobowen")},
    "Bayston Hill": _SHROPS | {"venue": ("Bayston Hill Library", "the Royal Shrewsbury Hospital")},
    "Shifnal": _SHROPS | {"venue": ("Shifnal Library", "the Guildhall, Frankwell Quay")},
    "Broseley": _SHROPS | {"venue": ("Broseley Library", "Broseley Town Hall")},
    "Albrighton": _SHROPS | {"venue": ("Albrighton Library", "Albrighton Village Hall")},
    "Highley": _SHROPS | {"venue": ("the Severn Centre, Highley", "Highley Library")},
    "Bishop's Castle": _SHROPS
    | {"venue": ("Bishop's Castle Library", "the SpArC centre, Bishop's Castle")},
    "Pontesbury": _SHROPS | {"venue": ("Pontesbury Library", "Pontesbury Public Hall")},
    "Eccleshall": _STAFFORD
    | {"venue": ("Eccleshall Library", "the Civic Centre, Riverside, Stafford")},
    "Kenilworth": _WARWICK
    | {"venue": ("Kenilworth Library", "Abbey Fields Swimming Pool, Kenilworth")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
_SHROPS_SCP = "Shropshire Safeguarding Community Partnership"
#: Each area's partnership as it styles itself.
SCP = {
    area: {
        "Eccleshall": "Staffordshire Safeguarding Children Partnership",
        "Kenilworth": "Warwickshire Safeguarding Children Partnership",
    }.get(area, _SHROPS_SCP)
    for area in AREAS
}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 38-01", "LCSPR 38/04", "RR/38/11", "CSPR-37-09", "RR 36/17", "PLR 38-06")
AGE_BANDS = ("aged six weeks", "under two", "aged four", "aged 11", "aged 16")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Towpath", "Ironworks", "Coalport", "Flaxmill", "Meres", "Mosses", "Wrekin", "Lock")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_W = " The {role} will report back to the partners in {period}."
_R = (
    "\n\nReplies to the partnership mailbox by {date}, please.\n\nMany thanks,\n"
    "Safeguarding partnership business team\n{scp}"
)
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": tuple(
        f"Case summary, {{area}}: {event}. {{police}} and {{council}} met for a strategy "
        f"discussion the same day, and {{trust}} sent its records. Review {{ref}} will ask "
        f"{question}.{_W}"
        for event, question in (
            (
                "an infant {age_band} was seen at a walk-in centre with a torn frenulum",
                "whether the injury was linked to earlier attendances at the GP",
            ),
            (
                "a 15-year-old was found with cash and phones after a stop near the canal",
                "how her missing episodes were read as exploitation or not",
            ),
            (
                "a child {age_band} was left in the care of a sibling of 12 for a weekend",
                "how the school and the health visitor shared what they knew",
            ),
            (
                "a boy of 14 was sent images by an adult he met through an online game",
                "how the police and the school handled his disclosure",
            ),
            (
                "a baby {age_band} died after falling asleep on a sofa with a parent",
                "how safer sleep messages reached the father as well as the mother",
            ),
            (
                "a child {age_band} with complex needs missed most specialist clinics",
                "how health teams followed up when appointments were missed",
            ),
            (
                "a 17-year-old was stabbed in a park after a dispute over drugs",
                "how agencies mapped the risks from his peers",
            ),
            (
                "a family with a child {age_band} moved between three counties in a year",
                "how records followed the family from one area to the next",
            ),
            (
                "a child {age_band} told a teaching assistant that the police came at night",
                "whether domestic abuse notifications reached the school in time",
            ),
        )
    ),
    "rapid_review_rationale": tuple(
        f"Rapid review decision, {{ref}}: {outcome} The safeguarding partners ({{council}}, "
        f"{{police}} and {{icb}}) agreed this on {{date}}, and the rapid review will reach "
        f"the National Panel by {{date2}}. The {{role}} will tell the {{scp}}."
        for outcome in (
            "the case meets the criteria for a local child safeguarding practice review.",
            "no local review is needed, because the learning is already being acted on.",
            "a thematic review of {theme} will teach more than a single-case review.",
            "the learning will be added to a review already under way in {area}.",
            "a local review will be commissioned, with a practitioner event at its heart.",
            "the Panel is asked for its view on whether a national review would help.",
            "a learning briefing will be issued in place of a review.",
            "a local review will look at how health and education escalated worries.",
            "the partners will wait for the criminal trial before deciding on a review.",
        )
    ),
    "minutes": tuple(
        f"{group} - {{room}}, {{venue}}, {{date}}\n"
        "Attending: the {role}, {council}, {police}, {trust}, the {district}.\n"
        f"1. {item}\n2. Action log from {{ref}} updated.\n3. Next meeting {{date2}}, {{time2}}."
        for group, item in (
            ("Exploitation and missing subgroup", "Return home interviews in {area}, {rag}."),
            ("Practice review group", "Two rapid review referrals from {area} considered."),
            ("Assurance subgroup", "Findings of the multi-agency audit of {theme}."),
            ("Partnership leadership group", "Partner funding for {period} agreed."),
            ("Workforce development group", "Evaluation of {course} received."),
            ("Child death review liaison", "Themes from unexpected infant deaths in {area}."),
            ("Schools safeguarding forum", "Elective home education numbers in {area}."),
            ("Health safeguarding leads", "Audit of missed health appointments in {area}."),
            ("Data and intelligence group", "Scorecard for {period}; three measures {rag}."),
            ("Neglect steering group", "Use of the graded care profile in {area}."),
        )
    ),
    "partner_email": tuple(
        f"Dear colleagues,\n\n{body}{_R}"
        for body in (
            "The final report for {ref} has been signed off by the partners. We will send it "
            "to the National Panel and the Department for Education ahead of publication.",
            "Could each agency return its chronology for rapid review {ref}? The meeting is on "
            "{date2} at {time} in {room}, {venue}.",
            "Attached is the updated action plan for {ref}. The leads are {council}, {police} "
            "and {trust}; please add your progress before the next leadership group.",
            "The independent scrutineer will spend time with {council}, {police} and {icb} "
            "in {period} to look at how rapid reviews are done in {area}.",
            "The National Panel has responded on {ref} and would like the review to cover "
            "{theme} and the role of the {district}.",
            'Booking is open for "{course}" at {venue}, {time} to {time2}, for staff of '
            "{council}, {police}, health services and the district councils.",
            "{ambulance} has confirmed a paramedic and its named safeguarding professional for "
            "the learning event on {ref} at {venue}.",
            "For {ref}, the reviewer has asked how the {district} decides where to place "
            "families with young babies in temporary accommodation.",
            "The designated nurse at {icb} is leading the health session on {theme}. Would "
            "{trust} nominate a named nurse to co-present?",
            "A serious incident in {area} needs notifying to the Panel within five working "
            "days. Could {police} and {trust} confirm what contact they had with the family?",
            "Thank you to {council} for the chronology for {ref}. Can you confirm whether "
            "health attended the strategy meeting?",
        )
    ),
    "local_review": (
        "Local review {ref}: early findings were shared with the review panel on {date}. They "
        "suggest plans drifted in {area}, that school nursing at {trust} was thinly spread "
        "and that few asked about the adults visiting the home. {council} will respond." + _W,
        "Local review {ref}: staff from {police}, {trust} and the {district} met the reviewer "
        "at {venue} on {date}. They spoke of many changes of social worker and of not knowing "
        "who led the plan. The reviewer will check this with team managers." + _W,
        "Local review {ref}: the panel agreed the key lines of enquiry on {date}: daily life "
        "for the child, the move across county borders, how {icb} commissions health visiting "
        "and how worries were escalated within the {scp}." + _W,
        "Local review {ref}: the reviewer has interviewed staff at {council} and {trust}. A "
        "first draft is expected in {period}, looking at {theme} and at how agencies in "
        "{area} engaged with fathers. The family have been offered a meeting.",
        "Local review {ref}: practitioner event set for {date} at {venue}.",
        "Local review {ref}: scope signed off on {date}.",
        "Independent reviewer in place for {ref}; panel meets {date2}.",
        "Local review {ref}: the family declined to contribute.",
        "Local review {ref} on hold until the criminal case concludes.",
    ),
    "chronology": (
        "{date}: midwife raised a concern with the front door.",
        "{date}: {police} attended a domestic incident; three children present.",
        "{date}: strategy discussion held; section 47 enquiry agreed.",
        "{date}: {ambulance} took the infant to {trust}.",
        "{date}: the {district} placed the family in emergency accommodation.",
        "{date}: initial child protection conference; plan under emotional abuse.",
        "{date}: health visitor primary birth visit; no concerns noted.",
        "{date}: paediatric appointment at {trust} not attended; GP told.",
        "{date}: early help case closed at the family's request.",
        "{date}: {council} social worker visited the child at nursery.",
        "{date} to {date2}: {police} logged three missing episodes.",
        "{date}: attendance 71%; education welfare officer visited the home.",
    ),
    "checklist": (
        "All agency chronologies received: yes.",
        "Notification to the Panel within five working days: yes, {date}.",
        "Letter to the family about the review sent {date}.",
        "Voice of the child: to be gathered by {date2}.",
        "Independent reviewer commissioned: yes.",
        "Scope agreed by the three partners: pending.",
        "Records from {trust} in: yes.",
        "Records from the {district} in: yes.",
        "Coroner informed: yes, {date}.",
        "Disclosure discussed with {police}: yes.",
        "Learning briefing written: not yet.",
        "Rapid review sent to the Panel within 15 working days: yes.",
    ),
    "notice": (
        "Practice review group: {date}, {time}, {room}, {venue}.",
        "Practitioner event for {ref}: {date2}, {venue}, {time} to {time2}.",
        "{scp} annual conference, {venue}, {date}.",
        "Leadership group moved to {date} at {time}, {room}.",
        "Designated safeguarding leads' briefing: {date}, {venue}, {time}.",
        'Bitesize session: "{course}", {date}, {time}.',
        "Safeguarding drop-in for early years providers, {venue}, {date}.",
        "Launch of the neglect strategy, {room}, {venue}, {date}.",
        "Data and intelligence group cancelled on {date}; next on {date2}.",
        "Multi-agency audit day, {date}, {room}, {venue}.",
        "Young people's advisory group, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "agenda for the practice review group is pinned",
        "has {trust} sent its chronology for {ref} yet?",
        "room booked at {venue} for {date}",
        "Panel notification goes today, don't forget",
        "{district} can't do {time} - would {time2} work?",
        "draft scope on Teams, comments please by {date}",
        "cheers everyone, notes to follow",
        "{police} lead for the rapid review is confirmed",
        "{period} training calendar now live",
        "does {ref} go to the leadership group first?",
        "scrutineer's annual report is on the shared drive",
        "who's chairing on {date}?",
        "could someone send round the chronology template again?",
        "{icb} designated nurse joining the {time} call",
    ),
    "panel": (
        "Panel response to {ref} received {date}; recommendation accepted.",
        "Panel told of {ref} on {date}.",
        "Panel expects the rapid review report by {date2}.",
        "Panel comments: thorough analysis and clear learning.",
        "Panel will not carry {ref} forward as a national review.",
        "Rapid review for {ref} sent to the Panel and to Ofsted.",
        "Panel queried gaps in the chronology; reply sent {date}.",
        "Final report for {ref} submitted to the Panel {date}.",
        "Panel agreed an extension for {ref} until {date2}.",
        "Panel's latest annual report shared with partners.",
    ),
    "publication": (
        "Report on {ref} to be published {date}.",
        "Publication deferred until criminal proceedings end.",
        "Only the executive summary will be published, agreed {date}.",
        "Family informed of the publication date.",
        "Media lines agreed with the {council} press office.",
        "Report on the {scp} website from {date}.",
        "Learning briefing published with the report.",
        "Publication put back to {date2} at the coroner's request.",
        "Report taken down after a year, as agreed.",
        "Publication plan shared with the Department for Education.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed paediatric appointments by {date}.",
        "Action 2: {council} to record all adults in the household at each visit.",
        "Action: {police} to share domestic abuse notifications with schools before 9am.",
        "Action: {icb} to commission safer sleep training for maternity staff.",
        "Action 3: multi-agency sessions on {theme} during {period}.",
        "Action: {ambulance} to add a safeguarding question to the handover form.",
        "Action: the {district} to notify health visiting when families leave the area.",
        "Action 4 complete: escalation protocol reissued {date}.",
        "Action 5: the {role} to report progress to the leadership group.",
        "Improvement plan, {period}: 12 actions, 8 complete, 4 {rag}.",
        "Action: every partner to use the shared chronology template from {date}.",
    ),
    "housing_note": (
        "The {district} confirmed the tenancy start date.",
        "{district}: relief duty accepted on {date}.",
        "Two officers from the {district} will attend the practitioner event.",
        "The {district} has been briefed on {ref}.",
        "Housing staff in {area} to complete {course} by {date}.",
        "Shropshire Council and West Mercia Police reviewed anti-social behaviour reports "
        "from Market Drayton.",
        "Shropshire Council housing officers met Shropshire Community Health NHS Trust "
        "school nurses in Whitchurch.",
        "Shropshire Council community safety team met West Mercia Police about county lines "
        "activity around Oswestry.",
        "Shropshire Council and The Shrewsbury and Telford Hospital NHS Trust agreed a "
        "discharge route for families in Shifnal.",
        "Stafford Borough Council and Staffordshire Police looked at youth nuisance reports "
        "from Eccleshall.",
        "Warwick District Council housing staff and South Warwickshire University NHS "
        "Foundation Trust discussed families placed in Kenilworth.",
        "Shropshire Council and Midlands Partnership University NHS Foundation Trust "
        "discussed young carers in Broseley.",
        "Shropshire Council housing options staff briefed health visitors on families moving "
        "into Highley.",
        "Shropshire Council and West Mercia Police walked the park paths with youth workers in "
        "Bayston Hill.",
        "Shropshire Council community safety team joined the parish council's youth meeting "
        "in Pontesbury.",
        "Warwick District Council community safety team and Warwickshire Police reviewed "
        "reports of older men waiting outside schools in Kenilworth.",
        "Stafford Borough Council community safety team met Staffordshire Police about "
        "young people gathering on the canal towpath near Eccleshall.",
        "Stafford Borough Council and Staffordshire County Council agreed how families in "
        "temporary homes near Eccleshall are told about early help.",
    ),
    "training": (
        'E-learning module "{course}" now available.',
        "Training needs survey closes {date}.",
        "Induction for new partnership members on {date} at {venue}.",
        "{course}: limited places remain in {period}.",
        "Multi-agency course on {theme} at {venue}, {date}, {time} to {time2}.",
        "Train the trainer session for {course}, {room}, {venue}, {date}.",
        "Trainers' network, {room}, {date}.",
        "Evaluation of the {theme} course shows a rise in staff confidence.",
        "Refresher for designated leads due in {period}.",
        "Shropshire Safeguarding Community Partnership ran a neglect workshop in Bayston Hill.",
        "Shropshire Safeguarding Community Partnership held a safer sleep session in Albrighton.",
        "West Midlands Ambulance Service University NHS Foundation Trust and West Mercia "
        "Police ran a self-harm session in Highley.",
        "Staffordshire Safeguarding Children Partnership trained youth workers in Eccleshall.",
        "Warwickshire Safeguarding Children Partnership ran a child exploitation briefing "
        "for Kenilworth schools.",
        "Shropshire Safeguarding Community Partnership held a parental conflict course in "
        "Bishop's Castle.",
        "Shropshire Safeguarding Community Partnership ran a county lines briefing for "
        "Pontesbury youth clubs.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child W", "Child BC", "Infant R", "Baby M", "Young Person E", "Sibling 2"),
    *("Sibling 4", "Unborn Baby J", "KD", "P.S.", "Child E and Child F", "Towpath"),
    *("Ironworks", "Coalport", "Flaxmill", "Meres", "Mosses", "Wrekin", "Lock", "Child V"),
    *("Infant HC", "Baby PW", "Young Person G", "AB", "L", "Child C", "Sibling Y"),
    *("K.T.", "Baby D and Baby E", "Child OW", "Young Person SH", "EM", "Infant N"),
    "Unborn Child Z",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("thirtyeighth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
