"""A forty-first held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fortyfirst_names.json``, a seeded snapshot (seed ``fortyfirst-<country>``) from
  names-dataset 3.3.1 (Apache-2.0), from two country tables that no earlier snapshot holds at
  all (checked against the ``people`` keys of every ``*_names.json`` in ``tests/support``):
  Cambodia (``KH``) and Macau (``MO``), whose Latin-script entries only are drawn
  (``ASCII_ONLY``; Cambodia's table is mostly Khmer script, Macau's holds romanised
  Cantonese, Vietnamese and Filipino names). Of the tables the brief named, Latvia and
  Slovakia are not in names-dataset; Hungary's surnames are held already (the
  thirty-sixth's snapshot), and El Salvador (``SV``), looked at, reads as names run
  together and typos, as the thirty-eighth and thirty-ninth found; Korea, Taiwan and the
  other tables left are not in Latin script. Surnames come from ranks 5-599 and first names
  from ranks 5-299 of each table (``RANKS``, ``FIRST_RANKS``), women and men in turn,
  through the tenth's ``dataset_people`` (the thirty-seventh's ``regenerate_table_names``):
  one capitalised word of plain letters, three or more, a first name not in the country's
  surname table, in no earlier snapshot (``EARLIER``, every ``*_names.json`` before this
  one, the fortieth's included) nor drawn already. Every draw was read by hand: entries
  that read as words (``Long``, ``Rain``, ``Fish``, ``Loan``, ``Sing``), pet forms
  (``Yanyan``, ``Waiwai``, ``Lingling``), typos (``Huney``, ``Wengi``) or first names in
  the surname column (``Sreymom``, ``Phuong``, ``Queenie``, ``Voleak``) were left out
  (``NOT_NAMES``) and drawn again once (with more people asked of each table); in the second
  draw the people with such a word, a place (``Penh``, ``Mondulkiri``) or a name run
  together (``Tranminh``, ``Nguyenvan``) (``DROPPED``) were left out without drawing
  again, which keeps 46 of the 84 drawn (``DATASET_DRAWN`` counts the draw, ``DRAWN``
  what is kept). Macau's table holds English given names as Macau people use them
  (``Anson``, ``Carson``, ``Bowie``), kept as names. Regenerate with ``uv venv
  /tmp/regen41 && uv pip install -p /tmp/regen41 names-dataset==3.3.1 && PYTHONPATH=.
  /tmp/regen41/bin/python -m tests.support.fortyfirst_corpus``; names-dataset is not a
  dependency and the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (Northumbrian seabirds, boats,
  sweets and dialect words), each starting with a letter from A to L, none in an earlier
  corpus file (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a lifeboat crew member, a castle steward, a smokehouse worker, a causeway
  warden, a seabird boat trip skipper, a re-enactment society member, a greenkeeper, a
  hill shepherd, a forest ranger, a brass band conductor, a pigeon fancier, a leek show
  judge, a bingo caller, a taxi marshal, a sea angling skipper, a dog groomer, a nail bar
  technician, a fishmonger, a village hall caretaker, a mobile library driver, a camping
  barn warden, a Roman fort guide, a bike shop mechanic...), in lower case and in
  sign-offs; names and give-away details in pseudonyms; nicknames; dates of birth in
  twelve typed forms; addresses on invented streets (``STREETS``) in real towns of the
  areas; postcodes; phone, NHS and NI numbers; invented schools and a pupil referral unit
  (``SCHOOLS``); email addresses; written out by the twenty-fifth's ``identifying_of``
  through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve
  Northumberland towns no earlier corpus file names (``AREAS``; each checked by grep):
  Alnwick, Berwick-upon-Tweed, Rothbury, Haltwhistle, Prudhoe, Ponteland, Bellingham,
  Seahouses, Wooler, Corbridge, Allendale and Bedlington. "Northumberland" is the
  fourteenth's area key, but no test forbids it in text: the tests forbid only an earlier
  corpus's area key as an area of this one. The partners are Northumberland County
  Council, Northumbria Police, Northumbria Healthcare NHS Foundation Trust, Cumbria,
  Northumberland, Tyne and Wear NHS Foundation Trust, NHS North East and North Cumbria
  Integrated Care Board, North East Ambulance Service NHS Foundation Trust and the
  Northumberland Children and Adults Safeguarding Partnership (``SCP``), as the
  fourteenth's table names them; the partnership's name was checked with the ``search``
  tool against Northumberland County Council's pages, as were the Spetchells Centre in
  Prudhoe (Front Street, with the library and a police desk in it), the Jubilee Hall
  (Rothbury's Jubilee Institute, Bridge Street) and the Cheviot Centre in Wooler; the trusts,
  the ICB and the ambulance service were not checked again. The other venues were written
  from memory and not checked one by one: County Hall (Morpeth), Alnwick Infirmary, Berwick
  Infirmary, Rothbury Community Hospital, Haltwhistle War Memorial Hospital, Hexham General
  Hospital, Wansbeck General Hospital (Ashington), the libraries of Alnwick, Berwick,
  Haltwhistle, Prudhoe, Ponteland, Seahouses, Wooler and Corbridge, Ponteland Leisure Centre,
  Bellingham Town Hall, the Heritage Centre (Bellingham), Corbridge Parish Hall, Allendale
  Village Hall and Bedlington Community Centre in particular may be named differently, have
  moved or closed. Venues are council offices, libraries, halls, leisure centres and
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
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the Cheviot hills,
  the coast and the Tyne valleys that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import (
    fortieth_corpus,
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
NAMES_FILE = Path(__file__).with_name("fortyfirst_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0)"
SEED = "fortyfirst-<country>"
#: Every earlier snapshot: the fortieth's list and the fortieth's own.
EARLIER = tuple(dict.fromkeys((*fortieth_corpus.EARLIER, "fortieth_names.json")))
#: Surname and first-name ranks (the tables are new to the corpora, so any ranks do).
RANKS = (5, 600)
FIRST_RANKS = (5, 300)
#: Cambodia and Macau: tables no snapshot holds, their Latin-script entries only.
DATASET_DRAWN = (("KH", 56), ("MO", 48))
ASCII_ONLY = frozenset(c for c, _ in DATASET_DRAWN)
NOT_NAMES = frozenset(
    {
        *("Shlotov", "Sreymom", "Remoshi", "Nutima", "Pannette", "Hayakin", "Akalove"),
        *("Malterre", "Huney", "Azirah", "Kuysaradany", "Cavat", "Konpov", "Voleak", "Lyhong"),
        *("Tak", "Long", "Win", "Sang", "Rain", "Sing", "Sit", "Dang", "Rainbow", "Dung"),
        *("Fish", "Tat", "Caser", "Loan", "Queenie", "Yanyan", "Waiwai", "Lingling", "Inin"),
        *("Wengi", "Nghi", "Nhung", "Phuong", "Vui", "Thu"),
    }
)
#: How many people of each table the snapshot keeps.
DRAWN = (("KH", 32), ("MO", 14))
ROMANISED: tuple[str, ...] = ()
DROPPED = frozenset(
    {
        *("Sughek", "Konkat", "Doung", "Intac", "Pritina", "Tranminh", "Srey", "Sekmonen"),
        *("Ounmom", "Sambalado", "Raiyno", "Tharw", "Fazeya", "Konbong", "Ryya", "Rayut"),
        *("Litafukutoji", "Sopheakdeyey", "Ornn", "Sochansoradi", "Dylove", "Penh"),
        *("Maverique", "Sreytoch", "Mondulkiri", "Vannary", "Bouti", "Kuai", "Uyen"),
        *("Manman", "Meimei", "Huong", "Milk", "Batoon", "Dwi", "Thoa", "Bear", "Yeu"),
        *("Hebe", "Nguyenvan", "Sut", "Wengian"),
    }
)


#: A names-dataset entry to draw from (the tenth's test, less ``NOT_NAMES``).
_usable = partial(table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)
#: Draw names-dataset's people, leave out ``DROPPED`` and write (the thirty-seventh's
#: ``regenerate_table_names``).
regenerate_names = partial(thirtyseventh_corpus.regenerate_table_names, sys.modules[__name__])

_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Coble Landing", "Kipperhouse Row", "Reivers Gate Walk", "Whinstone Terrace")
STREETS += ("Eider Haugh Close", "Shieling Bank", "Cheviot Fold Court", "Pitmen's Raw")
TOWNS = ("Alnwick", "Berwick-upon-Tweed", "Rothbury", "Haltwhistle", "Prudhoe", "Ponteland")
TOWNS += ("Bellingham", "Seahouses", "Wooler", "Corbridge", "Allendale", "Bedlington")
TOWNS += ("Belford", "Otterburn")
SCHOOLS = (
    "Coble Landing First School",
    "Kipperhouse Row Church of England Middle School",
    "St Aidan's of the Sands Catholic First School",
    "Whinstone Terrace Infant School",
    "Shieling Bank Middle School",
    "Cheviot Fold High School",
    "Eider Haugh Primary Academy",
    "Pitmen's Raw Pupil Referral Unit",
)
SCHOOL_SHORT = ("Coble Landing", "Kipperhouse", "St Aidan's", "Cheviot Fold", "Shieling Bank")
RELATIVES = ("grandda", "nana", "stepdad", "aunty", "great-granny", "mam's partner")
RELATIVES += ("big cousin",)
#: Twelve ways a date of birth gets typed, in the tenth's ``_date`` fields.
BIRTH_FORMS = ("{d}/{m}/{y}", "{d}-{m}-{y}", "{d} {mon} {y}", "{y}.{mm}.{dd}")
BIRTH_FORMS += ("{wd} the {d}{th} of {mo}, {y}", "{mon}. {d}, {y}", "{d}{th} {mo} '{yy}")
BIRTH_FORMS += ("{dd}.{mm}.{yy}", "{mo} {y}, {d}{th}", "{dd} {mo} {y}", "{m}/{d}/{y}")
BIRTH_FORMS += ("{d}-{mon}-{yy}",)
WHEN_FORMS = ("{wd} {d} {mo}", "{d} {mo} {y}", "{dd}/{mm}/{y}", "{wd} {d}{th} {mon}")
WHEN_FORMS += ("{d} {mon} {y}",)

#: Birth years 2011-2028 (ages 0-17), to sit with the 2027-2029 dates of the benign side.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# Placeholders as the tenth's person_values fills them: {f} {l} the child, {g} {h} the
# parent or carer, {k} a sibling, {rel} some other relative.
NAME_TEXT = (
    "Lifeboat crew member pulled {f} {l}, 11, off the rocks at low tide; {g} was in the pub.",
    "Castle steward says {g} {h} left {f} in the gift shop at closing and drove off.",
    "The smokehouse worker saw {g} {h} drag {f} {l} by the hair along the harbour.",
    "Causeway warden stopped {f} {l}, 13, walking out across the sands with the tide coming.",
    "Boat trip skipper says {f} {l} was put on the island boat alone by {g} every day.",
    "Re-enactment society member saw bruising on {f} {l}'s arms when fitting a tunic.",
    "The greenkeeper found {f} {l} sleeping in the bunker hut; said {g} threw her out.",
    "Hill shepherd gave {f} {l} a lift to the road end; he was shaking and wet through.",
    "Forest ranger found {g} {h} and {f} living in a car in the forest car park.",
    "Brass band conductor says {f} {l} turns up hungry and {g} takes his cornet money.",
    "Pigeon fancier says {g} {h} hit {f} with a belt in the yard by the lofts.",
    "The leek show judge heard {f} {l}, 9, say she is not allowed indoors till {g} gets back.",
    "Bingo caller: {g} {h} brings {f}, 3, every night and leaves him in the buggy till late.",
    "Taxi marshal saw {f} {l}, 14, get into a car with three men outside the club at 2am.",
    "Sea angling skipper says {g} {h} had {f} on deck drunk and with no life jacket.",
    "Dog groomer says {f} {l} told her {g} shuts him in the kennel when he wets himself.",
    "Nail bar technician: a man picks {f} {l}, 15, up from the shop in a new car each week.",
    "The fishmonger says {f} {l} steals from the van and says there is no food at home.",
    "Village hall caretaker found {f} and {k} {l} sleeping on the stage after the disco.",
    "Mobile library driver: {f} {l}, 7, is alone at the farm gate every time she stops.",
    "Camping barn warden says {g} {h} has been in the barn with {f} for six weeks.",
    "Roman fort guide saw {g} {h} shake {f} {l} hard by the wall and shout at her.",
    "The bike shop mechanic says {f} {l} is running parcels for older lads on a new bike.",
    "{f} {l} told the swimming coach that {g} makes her sleep in the garage.",
    "Café owner at the harbour says {f} {l} is there from 6am and {g} never collects her.",
    "{g} {h} passed out at the beach car park while {f}, 4, wandered onto the dunes.",
)
NAME_LOWER = (
    "lifeboat lads say {fl} {ll} on the rocks again",
    "{fl} {ll} sleeping in the camping barn",
    "{gl} {hl} kicking off at the agricultural show, {fl} with her",
    "shepherd worried about {fl} {ll} up the valley",
    "{ll} bairns on the beach at midnight",
    "{fl} told the swimming coach about the garage",
    "rang {fl}'s {rel} - {gl} not home since fri",
    "{fl} {ll} not at scouts, nobody at the caravan",
    "no one picked up {fl} or {k} from the band hut",
    "{gl} {hl} screaming at {fl} by the harbour",
    "{fl} {ll} seen getting in a van at the bus shelter",
    "library driver flagged {fl} {ll} at the gate again",
)
NAME_PSEUDONYM = (
    "{f}",
    "{f} {l}",
    "{l}",
    "{l} lads",
    "{f}, aged {age}",
    "{fi}. {l}",
    "{f} and {k}",
    "little {f}",
    "the {l} lasses",
    "{g} {h}'s middle one",
    "{f} from the barn",
    "{l}, {f}",
)
SIGN_OFF = (
    "please dont tell them it was me\n{fl}",
    "Best wishes\n{g} {h}\n({f}'s {rel})",
    "ta\n{g} (mam to {f} and {k})",
    "sorry its messy\n{f} {l} yr {year_group}",
    "Written for {f} by their {rel}, {g} {h}",
    "Regards,\n{g} {l}\nkinship carer",
    "{g}, {f}'s {rel}. Best after 6",
    "{f} {l}\naged {age}",
    "Thanks, {g} {h} (looks after {f})",
)
NICKNAMES = ("Cuddy", "Eider", "Fulmar", "Cockle", "Bairnie", "Guillemot", "Dunlin")
NICKNAMES += ("Jellybaby", "Hinny", "Lintie", "Coble", "Clart", "Fudgie")
NICKNAME_TEXT = (
    "The lads at the harbour wall call her {n} and send her to the shop for their cans.",
    "Everyone at the caravan park knows him as {n}, and the men in the end van shout it.",
    "{n} is what her mam's partner calls her in front of his mates.",
    "The older girls at the bus shelter call him {n} and make him carry their vapes.",
    "{f}'s {rel} was yelling {n} all along the front street when the PCSO came.",
    "On TikTok she is {n}, which is the name the man from the club asked for.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} (the {l} bairn)")
DOB_TEXT = (
    "DOB from the red book: {dob}",
    "d.o.b {dob}",
    "{g} says {f}'s birthday is {dob}",
    "Date of birth on the GP record {dob}",
    "born {dob} on the A1 in the ambulance",
    "{f} {l} - born {dob}",
    "date of birth {dob}, now {age}",
    "{rel} gives the DOB as {dob}, school has a different one",
    "born {dob}, 29 weeks, special care for a month",
)
PHONE_TEXT = (
    "mam's phone {phone}",
    "{g} is on {phone}",
    "{rel}'s mobile {phone}",
    "landline at the cottage {phone}",
    "{f} rang us from {phone}",
    "stepdad's mobile: {phone}",
)
NHS_TEXT = (
    "NHS number in the red book {nhs}",
    "{f}'s NHS number {nhs}",
    "baby NHS no {nhs}",
    "NHS no off SystmOne {nhs}",
)
NI_TEXT = (
    "mam's NI number {ni}",
    "national insurance no {ni} (partner)",
    "dad's NI {ni}",
    "grandda's national insurance {ni}",
)
ADDRESS_TEXT = (
    "Family now living at {street}, {town}",
    "address: {street}, the flat over the chip shop",
    "home visit to {street}, {town} - blinds down, dog barking",
    "{f} stopping at a {rel}'s on {street}",
    "four police call-outs to {street} in a fortnight",
    "moved out of {street}, now in a static caravan near {town}",
)
POSTCODE_TEXT = ("postcode is {postcode}", "P/C {postcode}", "new postcode: {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, year {year_group}",
    "Year {year_group} at {school}; attendance 58%",
    "The head at {short} rang the front door",
    "{f} started at {short} after Easter",
    "{f} goes to {school} but has missed {n2} days",
)
EMAIL_TEXT = ("mam's email is {e}", "{g} emailed us from {e}", "reach {g} {h} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} of {street}",
    "{fi}{li}, {short}, yr {year_group}",
    "Child at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} lass, {age}, {town}",
    "{fi}{li} DOB {dob}",
    "Year {year_group} at {school}",
    "the {l} bairns from {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_NHCT = "Northumbria Healthcare NHS Foundation Trust"
_CNTW = "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust"
_NCC = "Northumberland County Council"
#: Northumberland's partners by their real names (the fourteenth's table), the unitary
#: council's housing and community safety teams in the district's place.
_NORTHUMBERLAND = {
    "council": (f"{_NCC} children's services",),
    "police": ("Northumbria Police",),
    "trust": (_NHCT, _CNTW),
    "icb": ("NHS North East and North Cumbria Integrated Care Board",),
    "ambulance": ("North East Ambulance Service NHS Foundation Trust",),
} | _district(_NCC)

#: The twelve areas, Northumberland towns no earlier corpus file names: the county
#: council's teams, its partners by their real names, and two civic venues of the town or
#: near it (libraries, halls, leisure centres, hospitals, council offices). The kinds are
#: ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Alnwick": _NORTHUMBERLAND | {"venue": ("Alnwick Library", "Alnwick Infirmary")},
    "Berwick-upon-Tweed": _NORTHUMBERLAND | {"venue": ("Berwick Library", "Berwick Infirmary")},
    "Rothbury": _NORTHUMBERLAND
    | {"venue": ("the Jubilee Hall, Rothbury", "Rothbury Community Hospital")},
    "Haltwhistle": _NORTHUMBERLAND
    | {"venue": ("Haltwhistle Library", "Haltwhistle War Memorial Hospital")},
    "Prudhoe": _NORTHUMBERLAND | {"venue": ("Prudhoe Library", "the Spetchells Centre, Prudhoe")},
    "Ponteland": _NORTHUMBERLAND | {"venue": ("Ponteland Library", "Ponteland Leisure Centre")},
    "Bellingham": _NORTHUMBERLAND
    | {"venue": ("Bellingham Town Hall", "the Heritage Centre, Bellingham")},
    "Seahouses": _NORTHUMBERLAND | {"venue": ("Seahouses Library", "County Hall, Morpeth")},
    "Wooler": _NORTHUMBERLAND | {"venue": ("Wooler Library", "the Cheviot Centre, Wooler")},
    "Corbridge": _NORTHUMBERLAND | {"venue": ("Corbridge Library", "Corbridge Parish Hall")},
    "Allendale": _NORTHUMBERLAND | {"venue": ("Allendale Village Hall", "Hexham General Hospital")},
    "Bedlington": _NORTHUMBERLAND
    | {"venue": ("Bedlington Community Centre", "Wansbeck General Hospital, Ashington")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
_SCP = "Northumberland Children and Adults Safeguarding Partnership"
#: Each area's partnership as it styles itself.
SCP = dict.fromkeys(AREAS, _SCP)
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 41-01", "LCSPR 41/04", "RR/41/09", "CSPR-41-06", "RR 41/15", "PLR 41-02")
AGE_BANDS = ("aged six weeks", "under two", "aged four", "aged 11", "aged 16")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Cheviot", "Haugh", "Whinstone", "Shieling", "Coquet", "Burn", "Links", "Crag")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_W = " The {role} will report back in {period}."
_R = (
    "\n\nReplies to the business unit mailbox by {date}, please.\n\nMany thanks,\n"
    "Safeguarding partnership business unit\n{scp}"
)
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": tuple(
        f"Case summary for {{area}}: {event}. Within 24 hours {{council}} and {{police}} "
        f"met for a strategy discussion and {{trust}} passed on what it held. Review {{ref}} "
        f"will ask {question}.{_W}"
        for event, question in (
            (
                "a baby {age_band} was seen at an urgent treatment centre with a torn frenulum",
                "whether staff knew the injury could point to abuse in a baby this young",
            ),
            (
                "a 15-year-old was stopped on a train to Edinburgh carrying cash and two phones",
                "how reports of her going missing were linked to county lines",
            ),
            (
                "a child {age_band} lived on a remote hill farm and was not registered with a GP",
                "how families far from towns are found by health visiting",
            ),
            (
                "a boy of 12 was pressured into sending images by an adult he met in a game",
                "how the school, the police and the family worked together afterwards",
            ),
            (
                "a baby {age_band} died in an adult bed on a night when the parents had used drugs",
                "what safer sleep advice each parent was given, and by whom",
            ),
            (
                "a child {age_band} with complex health needs stopped attending clinics for a year",
                "how services noticed and followed up the missed appointments",
            ),
            (
                "a young person {age_band} was assaulted on a beach by a group after a party",
                "what agencies knew of the group and how it was shared",
            ),
            (
                "a family with a child {age_band} moved between seasonal lets along the coast",
                "how records followed the family when they moved",
            ),
            (
                "a child {age_band} told a dinner supervisor that the adults at home fight",
                "whether domestic abuse notifications from the police reached the school",
            ),
        )
    ),
    "rapid_review_rationale": tuple(
        f"Rapid review outcome, {{ref}}: {outcome} The statutory partners ({{council}}, "
        f"{{police}} and {{icb}}) reached this view on {{date}}, and the rapid review will "
        f"be sent to the National Panel by {{date2}}. The {{role}} will brief the {{scp}}."
        for outcome in (
            "the case meets the criteria for a local child safeguarding practice review.",
            "no local review is needed, as the learning is already in hand.",
            "the learning fits a thematic review of {theme} already planned.",
            "the case will join the review already under way in {area}.",
            "a local review will be commissioned using a learning event with practitioners.",
            "the partners will ask the Panel whether a national review is needed.",
            "a practice briefing will be written in place of a review.",
            "a local review will look at how concerns were escalated between agencies.",
        )
    ),
    "minutes": tuple(
        f"{group}, {{room}}, {{venue}}, {{date}}\n"
        "Attending: the {role}, {council}, {police}, {trust} and the {district}.\n"
        f"Item 1: {item}\nItem 2: Action log for {{ref}} checked.\n"
        "Item 3: Next meeting {date2}, {time2}."
        for group, item in (
            ("Child exploitation subgroup", "Return home interviews in {area} are {rag}."),
            ("Case review subgroup", "Two new referrals for rapid review from {area}."),
            ("Quality and performance subgroup", "Findings of the audit on {theme}."),
            ("Strategic safeguarding partners", "Partner contributions for {period} set."),
            ("Workforce development subgroup", "Evaluation of {course} reviewed."),
            ("Child death review liaison", "Unexpected infant deaths in {area}."),
            ("Schools safeguarding group", "Elective home education numbers in {area}."),
            ("Health partners' safeguarding forum", "Missed health appointments in {area}."),
            ("Data and intelligence subgroup", "Scorecard for {period}; three measures {rag}."),
            ("Early help partnership group", "Use of the early help assessment in {area}."),
        )
    ),
    "partner_email": tuple(
        f"Dear colleagues,\n\n{body}{_R}"
        for body in (
            "The final report for {ref} has been agreed by the partners and will be shared "
            "with the National Panel and the Department for Education ahead of publication.",
            "We need each agency's chronology for rapid review {ref}. The meeting is on "
            "{date2} at {time} in {room}, {venue}.",
            "Attached is the updated action plan for {ref}. Actions are held by {council}, "
            "{police} and {trust}; please add progress before the executive meets.",
            "Our independent scrutineer will be meeting {council}, {police} and {icb} in "
            "{period} to test how rapid reviews are run in {area}.",
            "The National Panel has responded on {ref}, asking the review to cover {theme} "
            "and the involvement of the {district}.",
            'Booking is open for "{course}" at {venue}, {time} to {time2}, for staff from '
            "{council}, {police}, health and community groups.",
            "{ambulance} has confirmed that a paramedic and its safeguarding lead will join "
            "the practitioner event for {ref} at {venue}.",
            "The reviewer for {ref} has asked how the {district} decides where families "
            "with babies go when placed in temporary accommodation.",
            "The designated nurse at {icb} will lead the health contribution on {theme}. "
            "Would {trust} be able to put forward a named nurse to co-present?",
            "A serious incident in {area} needs notifying to the Panel within five working "
            "days. Can {police} and {trust} confirm what contact they had?",
            "Thank you to {council} for sending the {ref} chronology. Can you confirm "
            "whether health staff were invited to the strategy discussion?",
        )
    ),
    "local_review": (
        "Local review {ref}: on {date} the reviewer gave the panel early findings. These "
        "show plans drifting in {area}, pressure on the school nursing service at {trust} "
        "and too little curiosity about men visiting the home. {council} will respond." + _W,
        "Local review {ref}: staff from {police}, {trust} and the {district} met the "
        "reviewer at {venue} on {date}. They spoke about repeated changes of social worker "
        "and not knowing who held the plan. Team managers will be asked for their view." + _W,
        "Local review {ref}: the panel set the key lines of enquiry on {date}: daily life "
        "for the child, the family's move across the county border, how {icb} commissions "
        "health visiting and how worries were escalated within the {scp}." + _W,
        "Local review {ref}: the reviewer has now interviewed staff from {council} and "
        "{trust}. The draft report is expected in {period} and will cover {theme} and how "
        "services in {area} involved fathers. The family have been asked to contribute.",
        "Local review {ref}: practitioner event fixed for {date} at {venue}.",
        "Local review {ref}: scope agreed by the panel on {date}.",
        "Lead reviewer confirmed for {ref}; first panel meeting {date2}.",
        "Local review {ref}: the family declined to contribute.",
        "Local review {ref} on hold until criminal proceedings end.",
    ),
    "chronology": (
        "{date}: midwife phoned the front door about missed antenatal care.",
        "{date}: {police} called to a domestic incident; three children present.",
        "{date}: strategy discussion; section 47 enquiry agreed.",
        "{date}: {ambulance} took the infant to {trust}.",
        "{date}: the {district} housed the family in a hotel room.",
        "{date}: initial child protection conference; plan under emotional abuse.",
        "{date}: health visitor's six-to-eight week review; no concerns.",
        "{date}: paediatric appointment at {trust} not attended; GP told.",
        "{date}: early help support ended at the family's request.",
        "{date}: {council} social worker visited the child in school.",
        "{date} to {date2}: {police} logged three missing reports.",
        "{date}: attendance 71%; education welfare officer visited.",
    ),
    "checklist": (
        "All agency chronologies in: yes.",
        "Panel notification sent within five working days: yes, {date}.",
        "Letter to the family about the review sent {date}.",
        "Voice of the child: to be gathered by {date2}.",
        "Lead reviewer in place: yes.",
        "Scope signed off by partners: pending.",
        "Records from {trust} in: yes.",
        "Records from the {district} in: yes.",
        "Coroner's office told: yes, {date}.",
        "Sharing agreed with {police}: yes.",
        "Practice briefing drafted: not yet.",
        "Rapid review sent to the Panel inside 15 working days: yes.",
    ),
    "notice": (
        "Case review subgroup: {date}, {time}, {room}, {venue}.",
        "Practitioner event for {ref}: {date2}, {venue}, {time} to {time2}.",
        "{scp} annual conference, {venue}, {date}.",
        "Executive moved to {date}, {time}, {room}.",
        "Safeguarding leads' forum: {date}, {venue}, {time}.",
        'Lunch and learn: "{course}", {date}, {time}.',
        "Drop-in for early years providers, {venue}, {date}.",
        "Launch of the neglect strategy, {room}, {venue}, {date}.",
        "Data subgroup stood down on {date}; next meets {date2}.",
        "Multi-agency audit day, {date}, {room}, {venue}.",
        "Young people's advisory group, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "case review subgroup papers pinned",
        "has anyone had the {trust} chronology for {ref} yet?",
        "room at {venue} booked for {date}",
        "nudge: Panel notification goes today",
        "{district} can't do {time}, would {time2} work?",
        "draft scope on the shared drive, comments by {date} please",
        "thanks everyone, notes to follow",
        "{police} lead for the rapid review confirmed",
        "{period} training offer now published",
        "is {ref} going to exec first?",
        "scrutineer's report now in the folder",
        "who is chairing on {date}?",
        "could someone send the chronology template again?",
        "designated nurse from {icb} dialling in at {time}",
    ),
    "panel": (
        "Panel response on {ref} received {date}; recommendation accepted.",
        "Panel informed of {ref} on {date}.",
        "Panel expecting the rapid review by {date2}.",
        "Panel feedback: thorough analysis, learning well set out.",
        "Panel will not commission a national review of {ref}.",
        "Rapid review for {ref} sent to the Panel and to Ofsted.",
        "Panel queried gaps in the chronology; reply sent {date}.",
        "Final report on {ref} sent to the Panel on {date}.",
        "Panel agreed an extension for {ref} to {date2}.",
        "Panel's annual report shared with the partners.",
    ),
    "publication": (
        "{ref} report to be published on {date}.",
        "Publication held back until the trial is over.",
        "Only the summary will be published, agreed {date}.",
        "Family informed of the publication date.",
        "Media statement agreed with the {council} press office.",
        "Report live on the {scp} website from {date}.",
        "Practice briefing published with the report.",
        "Publication put back to {date2} at the coroner's request.",
        "Report taken down from the website after a year.",
        "Publication plan shared with the Department for Education.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed appointments by {date}.",
        "Action 2: {council} to note every adult in the home at each visit.",
        "Action: {police} to share domestic abuse notifications with schools before 9am.",
        "Action: {icb} to commission safer sleep training for midwives.",
        "Action 3: partnership learning on {theme} across {period}.",
        "Action: {ambulance} to add a safeguarding question to crew handovers.",
        "Action: the {district} to let health visitors know when families move.",
        "Action 4 complete: escalation protocol relaunched {date}.",
        "Action 5: the {role} to update the executive on progress.",
        "Improvement plan, {period}: 12 actions, 8 done, 4 {rag}.",
        "Action: all agencies to use the joint chronology template from {date}.",
    ),
    "housing_note": (
        "The {district} has confirmed the tenancy start date.",
        "{district}: relief duty accepted on {date}.",
        "Two officers from the {district} will attend the practitioner event.",
        "The {district} has had a briefing on {ref}.",
        "Housing staff in {area} to complete {course} by {date}.",
        "Northumberland County Council and Northumbria Police looked at anti-social "
        "behaviour reports from the market place in Alnwick.",
        "Northumberland County Council housing officers met school nurses from Northumbria "
        "Healthcare NHS Foundation Trust in Berwick-upon-Tweed.",
        "Northumberland County Council community safety team met Northumbria Police about "
        "drug dealing near the bus station in Bedlington.",
        "Northumberland County Council and Northumbria Police agreed summer patrols along "
        "the harbour in Seahouses.",
        "Northumberland County Council housing staff talked with health visitors about "
        "families placed in Haltwhistle.",
        "Northumberland County Council and Cumbria, Northumberland, Tyne and Wear NHS "
        "Foundation Trust discussed young carers in Prudhoe.",
        "Northumberland County Council housing options staff briefed health visitors on "
        "families moving to Bellingham.",
        "Northumberland County Council and Northumbria Police walked the riverside with "
        "youth workers in Corbridge.",
        "Northumberland County Council community safety team joined the parish council's "
        "youth forum in Ponteland.",
        "Northumberland County Council and Northumbria Healthcare NHS Foundation Trust agreed "
        "a discharge pathway for families in Rothbury.",
        "Northumberland County Council community safety team and Northumbria Police looked "
        "at reports of young people in holiday cottages in Wooler.",
        "Northumberland County Council and North East Ambulance Service NHS Foundation Trust "
        "discussed call-outs to isolated homes around Allendale.",
    ),
    "training": (
        'New online module: "{course}".',
        "Training needs analysis closes {date}.",
        "Welcome session for new partnership members, {date}, {venue}.",
        "{course}: a handful of places left in {period}.",
        "Multi-agency course on {theme}, {venue}, {date}, {time} to {time2}.",
        "Trainer development for {course}, {room}, {venue}, {date}.",
        "Trainers' network, {room}, {date}.",
        "Evaluations of the {theme} course show growing confidence.",
        "Refresher for designated leads due in {period}.",
        "Northumberland Children and Adults Safeguarding Partnership ran a neglect session "
        "in Alnwick.",
        "Northumberland Children and Adults Safeguarding Partnership held a safer sleep "
        "workshop in Bedlington.",
        "North East Ambulance Service NHS Foundation Trust and Northumbria Police ran a "
        "self-harm awareness session in Haltwhistle.",
        "Northumberland Children and Adults Safeguarding Partnership trained youth workers "
        "in Prudhoe.",
        "Northumberland Children and Adults Safeguarding Partnership gave a child "
        "exploitation briefing to Berwick-upon-Tweed schools.",
        "NHS North East and North Cumbria Integrated Care Board funded a parental conflict "
        "course in Corbridge.",
        "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust ran an online safety "
        "briefing for youth clubs in Allendale.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child R", "Child KM", "Infant T", "Baby P", "Young Person G", "Sibling 2"),
    *("Sibling 4", "Unborn Baby M", "TW", "K.L.", "Child E and Child F", "Cheviot"),
    *("Haugh", "Whinstone", "Shieling", "Coquet", "Burn", "Links", "Crag", "Child W"),
    *("Infant JD", "Baby RS", "Young Person H", "AB", "N", "Child B", "Sibling Y"),
    *("S.T.", "Baby C and Baby D", "Child PA", "Young Person DM", "GK", "Infant V"),
    "Unborn Child Z",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("fortyfirst-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
