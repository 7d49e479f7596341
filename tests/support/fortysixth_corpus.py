"""A forty-sixth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fortysixth_names.json``, a seeded snapshot (seed
  ``fortysixth-indian-names-<list>``, Python's ``random.Random``) from the PyPI package
  indian-names 0.3 (BSD 3-Clause), which no earlier corpus drew (checked by grepping
  ``tests/support`` for ``indian``: only the fourteenth's docstring says the word, of the
  Gulf states' name tables, and no corpus names either package). Its data files ship in
  the wheel and need no network: ``first.female.names`` (565 names), ``first.male.names``
  (575) and ``last.names`` (351), lower case in Latin letters, one a line after a count;
  each is capitalised as a social worker types it (``Kaushiki``, ``Chaturvedi``), so
  ``indiannamegenerator`` was not needed. Women and men are drawn apart, each with a
  surname of the shared list. The twenty-fifth's filter keeps each list's first people
  whose first and last names are plain letters, three or more, in no earlier snapshot
  (``EARLIER``: every ``*_names.json`` through the forty-fifth's), no first name a surname
  of the package, not drawn already and not in ``NOT_NAMES``. Every draw was read by hand:
  a famous person's whole name (``Harsha`` ``Bhogle``, a man's name in the women's list
  too), words (``Javitri``, a spice; ``Samanata``, equality; ``Runjhun``, a tinkle;
  ``Rakhi``, the festival thread; ``Rode``), a place (``Gangotri``), brands (``Bose``,
  ``Oberoi``), a people's name (``Gond``) and a pet form (``Meenu``) were put in
  ``NOT_NAMES`` and drawn again once; in that last draw a surname that reads as a typo
  (``Runthla``; ``DROPPED``) was left out without drawing again, which keeps 47 of the 48
  drawn (``PACKAGE_DRAWN`` counts the draw, ``DRAWN`` what is kept). Regenerate with ``uv
  venv /tmp/regen46 && uv pip install -p /tmp/regen46 indian-names==0.3 && PYTHONPATH=.
  uv run python -m tests.support.fortysixth_corpus
  /tmp/regen46/lib/python3.11/site-packages``; the package is not a dependency and the
  corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (Dales and moor words, cheese,
  sheep and crags), each starting with a letter from A to H, none in an earlier corpus file
  (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (checked by grepping their files: a jet jewellery shop assistant, an abbey
  ruins steward, a creamery worker, a grouse moor beater, a market cross busker, a brewery
  drayman, a falconer, a cave guide, a walled garden volunteer, a beach donkey handler, a
  fish quay porter, a goth weekend steward, a ghost walk guide, a rope maker, a show
  jumping steward, a bed race marshal, a petrifying well attendant, a Captain Cook museum
  volunteer, a sword dancer, a balloon crew member, a bookshop owner, a deer park keeper, a
  woodcarver, a gliding club instructor, a scarecrow festival volunteer...). Beside them:
  the same people typed in lower case and signing off; pseudonyms that give away a name or
  a detail; nicknames; twelve ways of typing a date of birth; invented streets
  (``STREETS``) in real towns of the areas, and postcodes; phone, NHS and NI numbers;
  invented schools with a pupil referral unit (``SCHOOLS``); and email addresses. The
  twenty-seventh's ``identifying_of`` writes them out, through the twenty-fifth's tables.
- Benign text, written by hand (``BENIGN``), each template filled three times at most (the
  twenty-first's ``_uses``). A third or so is long (case summaries, rapid review decisions,
  minutes, emails to partners, local review notes); the rest is short (chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes, training notes). It is set in twelve North
  Yorkshire towns no earlier corpus file names (``AREAS``; each checked by grep, none
  replaced): Thirsk, Bedale, Leyburn, Helmsley, Easingwold, Filey, Whitby, Knaresborough,
  Stokesley, Hawes, Masham and Boroughbridge, all in North Yorkshire Council's area (a
  unitary council since April 2023, so its housing options and community safety teams
  stand where the seven district councils stood). The partnership was checked with the
  ``search`` tool: North Yorkshire Council's safeguarding page links the North Yorkshire
  Safeguarding Children Partnership, and its scrutineer's 2020-21 annual report (on the
  council's committee pages) says the NYSCP succeeded the North Yorkshire Safeguarding
  Children Board in September 2019, with its website at safeguardingchildren.co.uk
  (``SCP``). The partners were written from memory as the brief named them and not
  checked one by one: North Yorkshire Council, North Yorkshire Police, South Tees
  Hospitals NHS Foundation Trust (the Friarage at Northallerton, for Thirsk, Bedale,
  Leyburn, Stokesley and Hawes), York and Scarborough Teaching Hospitals NHS Foundation
  Trust (Helmsley, Easingwold, Filey, Whitby), Harrogate and District NHS Foundation Trust
  (Knaresborough, Masham, Boroughbridge), Tees, Esk and Wear Valleys NHS Foundation Trust
  (mental health, everywhere), NHS Humber and North Yorkshire Integrated Care Board and
  Yorkshire Ambulance Service NHS Trust; which acute trust a town looks to is my reading
  and some families go elsewhere. The venues were written from memory too and not
  checked: each town's library (several run by volunteers as community libraries), Bedale
  Hall, Thornborough Hall (Leyburn), Helmsley Town Hall, the Galtres Centre (Easingwold),
  the Evron Centre (Filey), Whitby Community Hospital, Harrogate District Hospital,
  Stokesley Town Hall, Hawes Market Hall, Masham Town Hall, Boroughbridge Community Centre
  and Thirsk Leisure Centre; some may be named differently, have moved or closed. Venues
  are council offices, libraries, halls, leisure centres and hospitals, never a person's
  address. People are named only by role; roles, themes, courses, rooms, times and periods
  are the twenty-first's, through the twenty-second's ``DRAWS``.
- Identifiers: every one invented by the tenth corpus's ``person_values`` (Ofcom's drama
  telephone ranges; NHS numbers starting 999 whose check digit is right; QQ national
  insurance numbers; addresses at example.com, .org or .net; postcodes shaped like real
  ones in areas Royal Mail never issued). Samples naming a drawn person carry the source
  ``indian-names-female`` or ``indian-names-male``, those naming a nickname
  ``hand-nicknames``, the rest ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the Dales'
  limestone and the moors that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import random
import sys
from functools import partial
from pathlib import Path

from tests.support import (
    fortyfifth_corpus,
    fortysecond_corpus,
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
from tests.support.tenth_corpus import assembled, snapshot_people
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.twentyfifth_corpus import PLAIN as PLAIN
from tests.support.twentyfifth_corpus import _district

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fortysixth_names.json")
SOURCES = "indian-names 0.3 (BSD 3-Clause)"
SEED = "fortysixth-indian-names-<list>"
#: Every earlier snapshot: the forty-fifth's list and the forty-fifth's own.
EARLIER = tuple(dict.fromkeys((*fortyfifth_corpus.EARLIER, "fortyfifth_names.json")))
#: Candidates drawn for each list, women and men apart; how many the filter keeps of each
#: (``PACKAGE_DRAWN``, the draw) and how many the snapshot holds once ``DROPPED`` is left
#: out (``DRAWN``).
CANDIDATES = 1000
PACKAGE_DRAWN = (("indian-names-female", 24), ("indian-names-male", 24))
DRAWN = (("indian-names-female", 23), ("indian-names-male", 24))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the last draw read by hand as typos: the people with one are left out of the
#: snapshot without drawing again.
DROPPED = frozenset({"Runthla"})
#: Entries of the first draw read by hand as a famous name, words, a place, brands, a
#: people's name, a pet form or a name of the other column.
NOT_NAMES = frozenset(
    {
        *("Harsha", "Javitri", "Samanata", "Runjhun", "Gangotri", "Rakhi", "Meenu"),
        *("Rode", "Oberoi", "Bose", "Gond"),
    }
)


def _table(site_packages: Path, name: str) -> list[str]:
    """One of the package's name files, its count line left out, capitalised."""
    lines = (site_packages / "indian_names" / name).read_text(encoding="utf-8").splitlines()
    return [line.strip().capitalize() for line in lines[1:] if line.strip()]


def candidates(site_packages: Path) -> dict[str, dict[str, list[list[str]]]]:
    """Seeded candidates (seed ``fortysixth-indian-names-<list>``) from indian-names's
    files."""
    surnames = _table(site_packages, "last.names")
    out: dict[str, dict[str, list[list[str]]]] = {}
    for sex in ("female", "male"):
        firsts = _table(site_packages, f"first.{sex}.names")
        rng = random.Random(f"fortysixth-indian-names-{sex}")
        people = [["any", rng.choice(firsts), rng.choice(surnames)] for _ in range(CANDIDATES)]
        out[f"indian-names-{sex}"] = {"people": people, "surnames": surnames}
    return out


#: Draw, keep, leave out ``DROPPED`` and write: the forty-second's, on this module.
regenerate_names = partial(fortysecond_corpus.regenerate_names, corpus=sys.modules[__name__])

_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Jetcutter Lane", "Curdmaker Row", "Ropewalk Garth", "Drovers Wynd")
STREETS += ("Kipperhouse Yard", "Grousebutt Close", "Sheepwash Rise", "Beckside Fold")
TOWNS = ("Thirsk", "Bedale", "Leyburn", "Helmsley", "Easingwold", "Filey", "Whitby")
TOWNS += ("Knaresborough", "Stokesley", "Hawes", "Masham", "Boroughbridge", "Sowerby")
TOWNS += ("Great Ayton",)
SCHOOLS = (
    "Jetcutter Lane Primary School",
    "Curdmaker Row Community Academy",
    "St Hildreth's Church of England Primary",
    "Ropewalk Garth Infant School",
    "Drovers Wynd Junior School",
    "Grousebutt Close Secondary School",
    "Sheepwash Rise Nursery School",
    "Beckside Fold Pupil Referral Unit",
)
SCHOOL_SHORT = ("Jetcutter Lane", "Curdmaker", "St Hildreth's", "Grousebutt", "Drovers Wynd")
RELATIVES = ("nani", "dada", "stepdad", "chacha", "aunty", "mum's boyfriend", "big cousin")
#: Twelve more ways a date of birth gets typed (the tenth's ``_date`` fields), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{dd}/{mm}/{y}", "{d}.{m}.{yy}", "{mo} {d}{th} {y}", "{y}-{mm}-{dd}")
BIRTH_FORMS += ("{wd} {d}{th} {mon} {y}", "{d}/{mon}/{yy}", "{dd} {mo} {y}", "{d}{mm}{yy}")
BIRTH_FORMS += ("{d}{th} {mon} '{yy}", "{m}/{d}/{y}", "{mon} {dd} {y}", "{dd}-{mon}-{y}")
WHEN_FORMS = ("{wd}, {d} {mo}", "{d}/{mm}/{y}", "{mon} {d}{th}", "{wd} {d} {mon} {y}")
WHEN_FORMS += ("{d} {mo} {y}",)
#: The forty-second's births (ages 0-17, born 2011-2028) in this corpus's forms.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying ---------------------------------------------------------------------------

# Placeholders as the tenth's person_values fills them: {f} {l} the child, {g} {h} the
# parent or carer, {k} a sibling, {rel} some other relative.
NAME_TEXT = (
    "Girl in the jet jewellery shop on Church Street says {f} {l}, 12, asked her for a job "
    "so she could eat.",
    "Abbey ruins steward found {f} {l} hiding under the steps at closing, shaking and wet.",
    "A creamery worker reports {g} {h} turning up for shifts with {f}, 4, left in the van.",
    "Beater on the grouse moor says {f} {l}, 14, is being paid cash by the keeper's mate "
    "and kept out all night.",
    "Busker by the market cross saw {g} {h} kick {f} when she dropped the shopping.",
    "Brewery drayman delivering to the pub says {f} {l} serves behind the bar at 13.",
    "Falconer at the bird display: {g} {h} grabbed {f} by the hair in front of everyone.",
    "Cave guide noticed {f} {l} had finger-mark bruises on both upper arms.",
    "Walled garden volunteer says {f} {l} comes in most days asking for food from the café.",
    "The donkey man on the beach says {f} {l}, 9, is there alone from 8am till dark.",
    "Fish quay porter saw {f} {l} get into a white car with two older lads from Teesside.",
    "Goth weekend steward found {f} {l}, 15, unconscious behind the bandstand.",
    "Ghost walk guide heard {g} {h} threaten to burn {f}'s things if she told anyone.",
    "Rope maker at the works says {g} {h} brings {f} and {k} in with no coats in January.",
    "Show jumping steward watched {g} {h} whip {f} with a lunge line in the lorry park.",
    "Bed race marshal says {f} {l} was drunk on the riverbank and a man was filming her.",
    "Attendant at the petrifying well found {f} {l}, 11, sleeping in the toilets.",
    "Captain Cook museum volunteer says {g} {h} told {f} she'd be sent to India if she talked.",
    "Sword dancer from the team says {f} {l} has cigarette burns on her wrist.",
    "Balloon crew member saw {g} {h} leave {f}, 5, in a locked car at the launch field.",
    "Bookshop owner says {f} {l} is in every afternoon instead of school and won't go home.",
    "Deer park keeper found {f} {l} and {k} camping in the woods, no adult anywhere.",
    "Woodcarver next door says {g} {h} screams at {f} every night and throws things.",
    "Gliding club instructor says {g} {h} turned up drunk to collect {f}, 10.",
    "{f} {l} told the scarecrow festival volunteer that {g} hits her with a belt.",
)
NAME_LOWER = (
    "jet shop girl worried about {fl} {ll} again",
    "{fl} {ll} under the abbey steps last night",
    "{gl} {hl} left {fl} in the van at the creamery",
    "beaters say {fl} {ll} out on the moor till 3am",
    "{ll} kids at the market cross begging",
    "{fl} told the cave guide about the marks",
    "rang {fl}'s {rel} - {gl} not home since friday",
    "{fl} {ll} behind the bandstand, ambulance called",
    "nobody came for {fl} or {k} at the show ground",
    "{gl} {hl} shouting at {fl} on the quay",
    "{fl} {ll} got in the white car again",
    "donkey man says {fl} {ll} alone on the sand",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "{l} girls",
    "{f} ({age})",
    "{fi} {l}",
    "{f} & {k}",
    "little {f}",
    "the {l} lads",
    "{g} {h}'s eldest",
    "{f} from the quay",
    "{l}, {f}",
)
SIGN_OFF = (
    "dont tell them who rang\n{fl}",
    "Many thanks\n{g} {h}\n({f}'s {rel})",
    "ta\n{g} (mum to {f} + {k})",
    "sorry its long\n{f} {l}, yr {year_group}",
    "Written for {f} by her {rel} {g} {h}",
    "Best wishes,\n{g} {l}\nkinship carer",
    "{g}, {f}'s {rel}. Ring me back",
    "{f} {l}\nage {age}",
    "Thanks, {g} {h} (has {f} alternate weekends)",
)
NICKNAMES = ("Curdy", "Brackenbat", "Dalesy", "Fettle", "Gadgie", "Cragrat")
NICKNAMES += ("Becksie", "Ewedog", "Dinger", "Grouser", "Dreepy", "Elfie")
NICKNAMES += ("Heftie", "Abbeybell", "Fellrunner", "Giddy")
NICKNAME_TEXT = (
    "The lads at the bus station call her {n} and get her to carry for them.",
    "Everyone at the caravan site knows him as {n}; the older men shout it from their vans.",
    "{f}'s {rel} was screaming {n} up the harbour steps when the police came.",
    "She's {n} on Instagram, and that's what the man from Middlesbrough calls her.",
)
NICKNAME_PSEUDONYM = ("{n}", "our {n}", "{n} {li}", "{n} (the {l} lass)")
DOB_TEXT = (
    "DOB off the red book: {dob}",
    "d.o.b. {dob}",
    "{g} reckons {f}'s birthday is {dob}",
    "GP has DOB {dob}",
    "born {dob} at the Friarage, 34 weeks",
    "{f} {l}, dob {dob}",
    "DOB {dob} so she's {age}",
    "{rel} says DOB {dob}, school has a different one",
    "date of birth given as {dob}",
)
PHONE_TEXT = (
    "mum's mob {phone}",
    "{g} on {phone}",
    "{rel}'s number {phone}",
    "house phone {phone}",
    "{f} rang from {phone}",
    "nani's phone: {phone}",
)
NHS_TEXT = (
    "NHS no from the red book {nhs}",
    "{f}'s NHS number {nhs}",
    "baby's NHS no: {nhs}",
    "NHS number on the discharge letter {nhs}",
)
NI_TEXT = (
    "mum's NI no {ni}",
    "NI number {ni} (stepdad)",
    "dad's national insurance no. {ni}",
    "NINO (nani) {ni}",
)
ADDRESS_TEXT = (
    "Family moved to {street}, {town}",
    "address {street}, top flat",
    "visited {street}, {town} - dog barking, nobody came",
    "{f} stopping at her {rel}'s on {street}",
    "police at {street} four times since Easter",
    "kicked out of {street}, sleeping in a car near {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "p/c {postcode}", "postcode now {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, yr {year_group}",
    "Year {year_group} at {school}; attendance 58%",
    "DSL from {short} phoned in",
    "{f} moved to {short} after Christmas",
    "{f} is at {school}, {n2} days off this half term",
)
EMAIL_TEXT = ("mum's email {e}", "{g} sent this from {e}", "email for {g} {h}: {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, DOB {dob}",
    "{fi}{li}, {street}",
    "{fi}{li}, yr {year_group}, {short}",
    "Child living at {postcode}",
    "{fi}{li}, NHS {nhs}",
    "{l} girl, {age}, {town}",
    "{fi}{li} born {dob}",
    "year {year_group}, {school}",
    "the {l} household in {town}",
)


#: The tables above as the twenty-fifth lays them out (``identifying_tables``), and the
#: twenty-seventh's writer on them.
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])
_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign: real towns of North Yorkshire, real agencies, people by role only -------------

#: North Yorkshire Council's area: the unitary council (since 2023) and its teams, and the
#: county's partners by their real names; each town's acute trust beside the county's
#: mental health trust.
_TEES = "South Tees Hospitals NHS Foundation Trust"
_YORK = "York and Scarborough Teaching Hospitals NHS Foundation Trust"
_HARROGATE = "Harrogate and District NHS Foundation Trust"
_TEWV = "Tees, Esk and Wear Valleys NHS Foundation Trust"
_NORTH_YORKSHIRE = {
    "council": ("North Yorkshire Council children's services",),
    "police": ("North Yorkshire Police",),
    "icb": ("NHS Humber and North Yorkshire Integrated Care Board",),
    "ambulance": ("Yorkshire Ambulance Service NHS Trust",),
} | _district("North Yorkshire Council")
_BY_TEES = _NORTH_YORKSHIRE | {"trust": (_TEES, _TEWV)}
_BY_YORK = _NORTH_YORKSHIRE | {"trust": (_YORK, _TEWV)}
_BY_HARROGATE = _NORTH_YORKSHIRE | {"trust": (_HARROGATE, _TEWV)}

#: The twelve areas, North Yorkshire towns no earlier corpus file names: the unitary
#: council's teams, its partners by their real names, and two civic venues of the town
#: (libraries, halls, hospitals, leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Thirsk": _BY_TEES | {"venue": ("Thirsk Library", "Thirsk Leisure Centre")},
    "Bedale": _BY_TEES | {"venue": ("Bedale Library", "Bedale Hall")},
    "Leyburn": _BY_TEES | {"venue": ("Leyburn Library", "Thornborough Hall, Leyburn")},
    "Helmsley": _BY_YORK | {"venue": ("Helmsley Library", "Helmsley Town Hall")},
    "Easingwold": _BY_YORK | {"venue": ("Easingwold Library", "the Galtres Centre, Easingwold")},
    "Filey": _BY_YORK | {"venue": ("Filey Library", "the Evron Centre, Filey")},
    "Whitby": _BY_YORK | {"venue": ("Whitby Library", "Whitby Community Hospital")},
    "Knaresborough": _BY_HARROGATE
    | {"venue": ("Knaresborough Library", "Harrogate District Hospital")},
    "Stokesley": _BY_TEES | {"venue": ("Stokesley Library", "Stokesley Town Hall")},
    "Hawes": _BY_TEES | {"venue": ("Hawes Library", "Hawes Market Hall")},
    "Masham": _BY_HARROGATE | {"venue": ("Masham Library", "Masham Town Hall")},
    "Boroughbridge": _BY_HARROGATE
    | {"venue": ("Boroughbridge Library", "Boroughbridge Community Centre")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
#: The partnership as it has styled itself since it replaced the board in 2019.
SCP = dict.fromkeys(AREAS, "North Yorkshire Safeguarding Children Partnership")
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 46-02", "LCSPR 46/05", "RR/46/08", "CSPR-46-12", "RR 46/17", "TR 46-03")
AGE_BANDS = ("aged five weeks", "under six months", "aged two", "aged nine", "aged 14")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Scar", "Rigg", "Nab", "Wold", "Ghyll", "Grike", "Sike", "Intake")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_X = " The {role} will take this to the executive in {period}."
_S = "\n\nReplies to the business unit by {date}, please.\n\nThanks,\nBusiness Unit\n{scp}"
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Case summary ({ref}, {area}). A baby {age_band} was seen at {trust} with a torn "
        "frenulum that the parents could not explain. {council} and {police} met for a "
        "strategy discussion that afternoon. The question for the review is why two earlier "
        "bruises, noted by the GP, never reached children's services." + _X,
        "Summary, {ref}: a girl of 15 from {area} went missing for three nights and was "
        "found in a flat in another county. {police} had five earlier reports about her. "
        "Workers from {council} knew she had left her school roll, but nobody joined the "
        "dots on exploitation until she was found." + _X,
        "{ref} in brief. In {area}, a farming family with a child {age_band} lived miles "
        "from the nearest bus. Health visiting from {trust} was by phone for most of a year. "
        "The review asks how isolation on the Dales and the moors shapes what we see, and "
        "what we miss, when we cannot visit often." + _X,
        "Case outline for {ref}: a 16-year-old lad from {area} was stabbed outside a "
        "takeaway. He had been on a reduced timetable since Year 10 and known to {police} "
        "for carrying drugs between coastal towns. Partners agree the review should look at "
        "how exclusion and county lines fed each other." + _X,
        "{ref}: a baby {age_band} died in {area} after co-sleeping on a sofa. {ambulance} "
        "attended, and {trust} shared its maternity records with the review. The panel "
        "wants to know what safer sleep advice reached the father, who was not at any of the "
        "antenatal appointments." + _X,
        "Case summary for {ref}. A child {age_band} with complex health needs was brought to "
        "only two of eleven appointments at {trust} over a year. {council} had closed an "
        "early help plan six weeks before the child was admitted, underweight, through the "
        "emergency department." + _X,
        "{ref} - background. A young carer {age_band} in {area} was looking after a parent "
        "with a serious mental illness. {trust} knew the parent well, but the child was "
        "never asked how things were at home. The review will ask how adult services think "
        "about the children in the house." + _X,
        "Summary ({ref}). A family moved into a seasonal caravan in {area} for the winter, "
        "with two children, one {age_band}. Their records stayed with a GP in Teesside. "
        "{police} attended twice for domestic abuse before anyone local knew they were there." + _X,
        "Case summary, {ref}. A teacher in {area} saw a burn on the hand of a pupil "
        "{age_band} and rang the front door the next day. {council} started section 47 "
        "enquiries. The review will ask why it took a day, and what staff in small rural "
        "schools are told about acting at once." + _X,
    ),
    "rapid_review_rationale": tuple(
        f"Rapid review {{ref}}. Decision: {outcome} Agreed on {{date}} by {{council}}, "
        f"{{police}} and {{icb}}. It goes to the National Panel by {{date2}}; the {{role}} "
        f"tells the {{scp}}."
        for outcome in (
            "a local child safeguarding practice review will be carried out.",
            "no local review is needed; the single-agency learning is already in hand.",
            "this case will feed a thematic review of {theme} across the county.",
            "the learning joins the {area} review of {theme} that is already under way.",
            "a short, focused review, using a practitioner event in {area}, is the right route.",
            "the Panel will be invited to say whether it wants a national review.",
            "a learning briefing will go out to practitioners instead of a full review.",
            "a local review will look at how GPs and health visitors share information.",
        )
    ),
    "minutes": tuple(
        f"{group}\n{{date}}, {{time}}, {{room}}, {{venue}}\n"
        "Attending: the {role}, {council}, {police}, {trust} and the {district}.\n"
        f"1. {item}\n2. Actions from {{ref}} checked and updated.\n"
        "Date of next meeting: {date2}."
        for group, item in (
            ("Child exploitation subgroup", "Return home interviews for {area}, rated {rag}."),
            ("Practice review group", "A new notification from {area} was discussed."),
            ("Quality and performance group", "Audit findings on {theme} were presented."),
            ("Executive", "The partnership budget for {period} was signed off."),
            ("Learning and development group", "Evaluation of {course} was reviewed."),
            ("Child death review liaison", "Learning from infant deaths in {area}."),
            ("Schools safeguarding forum", "Elective home education numbers in {area}."),
            ("Health leads meeting", "Was-not-brought audit results from {area}."),
            ("Scrutiny and challenge group", "Quarterly data for {period}; two measures {rag}."),
            ("Neglect and early help group", "Use of the graded care profile in {area}."),
        )
    ),
    "partner_email": tuple(
        f"Dear colleagues,\n\n{body}{_S}"
        for body in (
            "{ref} has now been agreed by all three statutory partners. It will be sent to "
            "the National Panel and the Department for Education this week.",
            "Could each agency send its chronology for rapid review {ref}? The meeting is on "
            "{date2} at {time} in {room}, {venue}.",
            "Attached is the updated action plan for {ref}, with actions for {council}, "
            "{police} and {trust}. Please add progress before the executive meets.",
            "The independent scrutineer will be speaking with {council}, {police} and {icb} in "
            "{period} about how we learn from reviews in {area}.",
            "The Panel has replied on {ref}. It would like the review to cover {theme} and the "
            "work of the {district} as well.",
            'There are places left on "{course}" at {venue} from {time} to {time2}, open to '
            "{council}, {police}, health and the voluntary sector.",
            "{ambulance} will send a paramedic and its safeguarding lead to the practitioner "
            "event for {ref} at {venue}.",
            "On {ref}, the reviewer would like to understand how the {district} decides "
            "where to place families with young children who become homeless.",
            "The designated doctor at {icb} will lead for health on {theme}. Would {trust} be "
            "able to put forward a named professional as well?",
            "Please remember that a serious incident in {area} needs notifying within five "
            "working days. Could {police} and {trust} confirm their involvement?",
            "Many thanks to {council} for the {ref} chronology. One question: was health "
            "invited to the first strategy discussion?",
        )
    ),
    "local_review": (
        "Local review {ref}, update. The panel heard the reviewer's first findings on {date}: "
        "plans in {area} drifted, {trust} had vacancies in health visiting, and no one asked "
        "which adults were staying at the house. {council} is preparing its response." + _X,
        "Local review {ref}. On {date} frontline staff from {police}, {trust} and the "
        "{district} met the reviewer at {venue}. They spoke about changes of social worker "
        "and not knowing who the lead professional was. Managers will be interviewed next." + _X,
        "Local review {ref}. Lines of enquiry agreed on {date}: what life was like for the "
        "child, a move across a county border, how {icb} commissions the 0-19 service and "
        "how worries were escalated within the {scp}." + _X,
        "Local review {ref}: the reviewer has now met {council} and {trust}. A first draft is "
        "expected in {period}, looking at {theme} and how services in {area} worked with "
        "dads. The family have been asked whether they would like to contribute.",
        "Local review {ref}, note of the panel on {date}. The chronology runs to four years "
        "and shows {trust} and {council} each holding part of the picture about neglect in "
        "{area}. Staff will meet at {venue} to reflect; the reviewer will ask what made it "
        "hard to say the home was not good enough." + _X,
        "Local review {ref}. Progress report for {date}: agency reports are in from {police}, "
        "{icb} and the {district}. The reviewer has flagged a gap of seven months in which no "
        "agency saw the children in {area}, and has asked each partner to explain what it "
        "knew and when during that time.",
        "{ref}: practitioner event set for {date} at {venue}.",
        "{ref} terms of reference signed off {date}.",
        "Lead reviewer in place for {ref}; panel meets {date2}.",
        "{ref}: family declined to contribute.",
        "Work on {ref} on hold pending the criminal trial.",
    ),
    "chronology": (
        "{date} - GP rang the front door about a mark on a baby's arm.",
        "{date} - {police} called to a domestic at the home; three children present.",
        "{date} - strategy meeting held, section 47 led by children's services.",
        "{date} - {ambulance} took the child to {trust}.",
        "{date} - the {district} arranged bed and breakfast for the family.",
        "{date} - review conference; child protection plan to continue.",
        "{date} - health visitor primary visit; nothing of concern recorded.",
        "{date} - clinic appointment at {trust} not attended; GP informed.",
        "{date} - early help ended, family did not want to continue.",
        "{date} - {council} worker visited and saw all the children.",
        "{date} to {date2} - {police} logged three missing from home reports.",
        "{date} - attendance at 71%; attendance officer home visit.",
    ),
    "checklist": (
        "Agency returns received: all but one.",
        "Panel notified within five working days: done, {date}.",
        "Letter to the family about the review: sent {date}.",
        "Voice of the child: due by {date2}.",
        "Reviewer contracted: yes.",
        "Terms of reference: awaiting sign-off.",
        "Chronology from {trust}: received.",
        "Chronology from the {district}: received.",
        "Coroner informed: {date}.",
        "Data sharing agreed with {police}: yes.",
        "Learning briefing: drafting.",
        "Rapid review sent within 15 working days: yes.",
    ),
    "notice": (
        "Practice review group meets {date}, {time}, in {room} at {venue}.",
        "Practitioner event, {ref}: {date2} at {venue}, {time}-{time2}.",
        "Annual {scp} conference: {venue}, {date}.",
        "The executive has moved to {date} at {time} ({room}).",
        "DSL network meeting on {date} at {venue}, from {time}.",
        'Bitesize session "{course}" on {date} at {time}.',
        "Kinship carers' coffee morning, {venue}, {date}.",
        "Launch of the neglect strategy: {room}, {venue}, {date}.",
        "No scrutiny group on {date}; back on {date2}.",
        "Audit day: {date}, {room} at {venue}.",
        "Young people's advisory group, {venue}, {date}, {time}-{time2}.",
    ),
    "slack": (
        "agenda for practice review group is pinned",
        "anyone had the {trust} chronology for {ref}?",
        "booked {venue} for {date}",
        "panel notification due today!!",
        "{district} can't do {time} - {time2} instead?",
        "ToR draft in the Teams folder, comments by {date} please",
        "cheers everyone, notes to follow",
        "got a {police} rep for the rapid review",
        "{period} training calendar is up",
        "does {ref} need to go to exec first?",
        "scrutineer report is in the shared folder now",
        "who is chairing {date}?",
        "has anyone got the blank agency return?",
        "{icb} designated nurse dialling in at {time}",
    ),
    "panel": (
        "Panel responded on {ref} on {date}; agrees with our decision.",
        "{ref} notified to the National Panel on {date}.",
        "The Panel expects our rapid review by {date2}.",
        "Panel noted the analysis was strong.",
        "{ref} will not become a national review.",
        "Rapid review {ref} sent to the Panel, copied to Ofsted.",
        "Panel queried two missing agency returns; reply sent {date}.",
        "Final {ref} report with the Panel since {date}.",
        "Extension agreed for {ref} until {date2}.",
        "Panel's annual report shared with partners.",
    ),
    "publication": (
        "Publication of {ref} planned for {date}.",
        "Publication held back until after the trial.",
        "Only the executive summary will be published (agreed {date}).",
        "Family informed of the publication date.",
        "Media lines agreed with {council} press office.",
        "{ref} report live on the {scp} website from {date}.",
        "Learning briefing will be published alongside the report.",
        "Publication pushed back to {date2} on the coroner's advice.",
        "Report taken down from the website after a year.",
        "Publication plan shared with the DfE.",
    ),
    "improvement": (
        "Action 1 - {trust} to audit was-not-brought follow-up by {date}.",
        "Action 2 - {council} to ask about every adult in the home at each visit.",
        "Action - {police} to send Operation Encompass notices to schools before 9am.",
        "Action - {icb} to fund safer sleep training for midwives.",
        "Action 3 - multi-agency learning on {theme} in {period}.",
        "Action - {ambulance} to prompt crews about safeguarding at handover.",
        "Action - the {district} to tell health visitors when families move in.",
        "Action 4 closed: escalation procedure relaunched {date}.",
        "Action 5 - the {role} to report progress to the executive.",
        "Improvement plan {period}: 12 actions, 8 done, 4 {rag}.",
        "Action - every partner to use the joint chronology template from {date}.",
    ),
    "housing_note": (
        "Tenancy start date confirmed by the {district}.",
        "{district}: prevention duty accepted on {date}.",
        "The {district} is sending two officers to the practitioner event.",
        "{district} briefed on {ref}.",
        "Housing staff covering {area} to do {course} by {date}.",
        "North Yorkshire Council and North Yorkshire Police looked at anti-social behaviour "
        "reports from Thirsk market place.",
        "North Yorkshire Council housing officers met health visitors from South Tees "
        "Hospitals NHS Foundation Trust in Bedale.",
        "North Yorkshire Council community safety team met North Yorkshire Police about "
        "county lines in Leyburn.",
        "North Yorkshire Council and North Yorkshire Police planned patrols for Helmsley's "
        "summer weekends.",
        "North Yorkshire Council housing staff spoke with midwives about families placed in "
        "Easingwold.",
        "North Yorkshire Council and York and Scarborough Teaching Hospitals NHS Foundation "
        "Trust discussed young carers in Filey.",
        "North Yorkshire Council housing options team briefed health visitors on families "
        "moving to Whitby.",
        "North Yorkshire Council and North Yorkshire Police walked the riverside with youth "
        "workers in Knaresborough.",
        "North Yorkshire Council community safety team joined a youth forum in Stokesley.",
        "North Yorkshire Council and Harrogate and District NHS Foundation Trust agreed a "
        "discharge route for families in Masham.",
        "North Yorkshire Council community safety team and North Yorkshire Police looked at "
        "young people in empty holiday cottages near Hawes.",
        "North Yorkshire Council and Tees, Esk and Wear Valleys NHS Foundation Trust talked "
        "about families in temporary accommodation in Boroughbridge.",
    ),
    "training": (
        'E-learning now live: "{course}".',
        "Training needs survey open until {date}.",
        "Induction for new executive members: {date}, {venue}.",
        "Last few places on {course} in {period}.",
        "Multi-agency workshop on {theme}, {venue}, {date}, {time}-{time2}.",
        "Trainers' update day for {course}, {room}, {venue}, {date}.",
        "Trainer pool meets in {room} on {date}.",
        "Evaluations from the {theme} workshop show confidence going up.",
        "DSL refresher training due in {period}.",
        "North Yorkshire Safeguarding Children Partnership ran a neglect workshop in Thirsk.",
        "North Yorkshire Safeguarding Children Partnership held safer sleep training in Filey.",
        "Yorkshire Ambulance Service NHS Trust and North Yorkshire Police ran a self-harm "
        "awareness session in Masham.",
        "North Yorkshire Safeguarding Children Partnership trained youth workers in Hawes.",
        "NHS Humber and North Yorkshire Integrated Care Board briefed Whitby GPs on child "
        "exploitation.",
        "North Yorkshire Safeguarding Children Partnership ran a parental conflict course in "
        "Easingwold.",
        "North Yorkshire Safeguarding Children Partnership gave an online safety talk to "
        "Boroughbridge youth groups.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child N", "Child RT", "Infant K", "Baby M", "Young Person G", "Sibling 2"),
    *("Sibling 4", "Unborn Baby T", "KS", "A.B.", "Child C and Child D", "Scar"),
    *("Rigg", "Nab", "Wold", "Ghyll", "Grike", "Sike", "Child H"),
    *("Infant DP", "Baby JW", "Young Person Q", "VN", "E", "Child V", "Sibling Y"),
    *("M.S.", "Baby G and Baby H", "Child LR", "Young Person BT", "HK", "Infant X"),
    "Intake",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("fortysixth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
