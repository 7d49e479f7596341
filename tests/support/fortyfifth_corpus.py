"""A forty-fifth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fortyfifth_names.json``, a seeded snapshot (seed
  ``fortyfifth-russian-names-<list>``, Python's ``random.Random``) from the PyPI package
  russian-names 0.1.2 (MIT), which no earlier corpus drew (checked by grepping
  ``tests/support`` for ``russian``: only the fifth's, sixth's and fourteenth's Faker and
  mimesis locales ``ru``/``ru_RU`` name Russian, none this package). Its data (``base.txt``
  in ``_data.zip``) holds Cyrillic only: common and ``rare`` first names, patronymics and
  surnames, women's and men's apart (``LINES``); its own ``transliterate`` option is a
  lossy table (``Ю`` as ``Y``, ``Щ`` as ``Sch``), so every word is romanised with anyascii
  0.3.3 instead (``romanised``: ``Юлия`` ``Yuliya``, ``Фёдор`` ``Fedor``), its soft-sign
  apostrophes dropped as a social worker would type them (``Natalya``). Patronymics are not
  drawn: notes of a partnership in England drop them. The package's common first names
  are drawn first, then its rare ones once those run out (women's surnames in their
  feminine forms, ``-ova``, ``-ina``, ``-skaya``). The twenty-fifth's filter keeps each
  list's first people whose first and last names are plain letters, three or more, in no
  earlier snapshot (``EARLIER``: every ``*_names.json`` through the forty-second's, with
  the forty-third's and forty-fourth's, written alongside, read when they are there), no
  first name a surname of the package (``Konstantin`` and ``Yakov`` are), not drawn already
  and not in ``NOT_NAMES``. Most of the common names (``Anna``, ``Olga``, ``Ivan``,
  ``Pavel``) are in earlier snapshots. Every draw was read by hand: a word (``Semen``,
  ``Ronin``), a drink (``Margarita``), a pet form (``Liza``) and surnames that read as typos
  (``Soutslskaya``, ``Inozemzeva``, ``Staetskiy``) were put in ``NOT_NAMES`` and drawn again
  once; in that last draw the people with a word (``Odissey``, ``Kolumbiy``, Soviet
  coinages of the rare list; ``DROPPED``) were left out without drawing again, which keeps
  48 of the 50 drawn (``PACKAGE_DRAWN`` counts the draw, ``DRAWN`` what is kept); three
  women's and one man's first names are from the rare list. Regenerate with ``uv venv
  /tmp/regen45 && uv pip install -p /tmp/regen45 russian-names==0.1.2 anyascii==0.3.3 &&
  PYTHONPATH=. uv run python -m tests.support.fortyfifth_corpus
  /tmp/regen45/lib/python3.11/site-packages``; neither package is a dependency and the
  corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (Dorset fish, shore life, birds and
  words), each starting with a letter from R to Z, none in an earlier corpus file
  (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (checked by grepping their docstrings: a fossil walk guide, a chain ferry
  crew member, an army camp welfare officer, a tank museum volunteer, a regatta marshal, a
  Purbeck stone carver, a harbourmaster, a crab boat skipper, a coastguard volunteer, a
  steam fair steward, a campsite warden, a mackerel trip skipper, a heritage railway
  signalman, a rope museum volunteer, a surf school instructor, a bird reserve warden, a
  literary festival steward, a charcoal burner, a horse trials steward, a beekeeper, a kite
  festival volunteer, a sheepdog trial secretary, an abbey verger, a gin distillery guide,
  a ferry ticket clerk...), in lower case and in sign-offs; names and give-away details in
  pseudonyms; nicknames; dates of birth in twelve typed forms; addresses on invented
  streets (``STREETS``) in real towns of the areas; postcodes; phone, NHS and NI numbers;
  invented schools and a pupil referral unit (``SCHOOLS``); email addresses; written out
  by the twenty-fifth's ``identifying_of`` through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve Dorset towns
  no earlier corpus file names (``AREAS``; each checked by grep, none replaced): Bridport,
  Sherborne, Shaftesbury, Blandford Forum, Wimborne Minster, Swanage, Wareham, Lyme Regis,
  Beaminster, Sturminster Newton, Verwood and Gillingham (Dorset's), all in Dorset
  Council's area (a unitary council since 2019, so its housing options and community
  safety teams stand where district councils stood). "Dorset" is the fifteenth's area key,
  but no test forbids it in text. The partners are Dorset Council, Dorset Police, Dorset
  County Hospital NHS Foundation Trust, Dorset HealthCare University NHS Foundation Trust,
  NHS Dorset Integrated Care Board and South Western Ambulance Service NHS Foundation
  Trust, as the brief named them and as the fifteenth's Dorset table has them (written from
  memory, not checked one by one). The partnership was checked with the ``search`` tool:
  pages of Dorset Council's and BCP Council's committees say the Pan-Dorset Safeguarding
  Children Partnership (PDSCP, over Dorset and BCP) was split in 2024 (Dorset Council's
  Cabinet, 11 June 2024) into a Dorset Safeguarding Children Partnership and a BCP
  Safeguarding Children Partnership, so this corpus names the Dorset Safeguarding Children
  Partnership (``SCP``). The ``search`` tool also found Bridport, Blandford, Sherborne
  (the Yeatman), Shaftesbury (Westminster Memorial), Wimborne (Victoria) and Swanage
  hospitals named in Dorset's 2018 clinical services review pages; the other venues were
  written from memory and not checked: each town's library, Wareham and Sturminster
  Newton Town Halls, Woodmead Halls (Lyme Regis), Beaminster Public Hall, Verwood Memorial
  Hall and Gillingham Leisure Centre; some may be named differently, have moved or closed.
  Venues are council offices, libraries, halls, leisure centres and hospitals, never a
  person's address. People are named only by role; roles, themes, courses, rooms, times
  and periods are the twenty-first's, through the twenty-second's ``DRAWS``.
- Identifiers: every one invented by the tenth corpus's ``person_values`` (Ofcom's drama
  telephone ranges; NHS numbers starting 999 whose check digit is right; QQ national
  insurance numbers; addresses at example.com, .org or .net; postcodes shaped like real
  ones in areas Royal Mail never issued). Samples naming a drawn person carry the source
  ``russian-names-female`` or ``russian-names-male``, those naming a nickname
  ``hand-nicknames``, the rest ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of Dorset's chalk,
  heath and shore that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import random
import sys
from functools import partial
from pathlib import Path

from tests.support import (
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
from tests.support.tenth_corpus import assembled, snapshot_people, write_snapshot
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.twentyfifth_corpus import PLAIN as PLAIN
from tests.support.twentyfifth_corpus import _district, _kept

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fortyfifth_names.json")
SOURCES = "russian-names 0.1.2 (MIT), romanised with anyascii 0.3.3"
SEED = "fortyfifth-russian-names-<list>"
#: Every earlier snapshot: the forty-second's list, the forty-second's own and those of the
#: forty-third and forty-fourth (written alongside, so read only when they are there).
EARLIER = tuple(
    dict.fromkeys(
        (
            *fortysecond_corpus.EARLIER,
            *("fortysecond_names.json", "fortythird_names.json", "fortyfourth_names.json"),
        )
    )
)
#: The lines of the package's ``base.txt`` (in its ``_data.zip``) drawn: its common first
#: names, then (once those run out) its ``rare`` ones, and its surnames, women's and men's
#: apart, ten letters at most as the package's own ``name_max_len`` and ``surname_max_len``
#: default.
LINES = {"female": (6, 5, 9), "male": (1, 0, 4)}
MAX_LEN = 10
#: Candidates drawn for each list; how many the filter keeps of each (``PACKAGE_DRAWN``,
#: the draw) and how many the snapshot holds once ``DROPPED`` is left out (``DRAWN``).
CANDIDATES = 1000
PACKAGE_DRAWN = (("russian-names-female", 21), ("russian-names-male", 29))
DRAWN = (("russian-names-female", 21), ("russian-names-male", 27))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the last draw read by hand as words: the people with one are left out of the
#: snapshot without drawing again.
DROPPED = frozenset({"Odissey", "Kolumbiy"})
#: Entries of the first draw read by hand as words, pet forms or typos.
NOT_NAMES = frozenset(
    {
        *("Margarita", "Liza", "Semen", "Ronin", "Soutslskaya", "Inozemzeva", "Staetskiy"),
    }
)


def romanised(word: str) -> str:
    """A Cyrillic name in Latin letters as a social worker would type it: anyascii's
    romanisation (``Юлия`` ``Yuliya``, ``Щукин`` ``Shchukin``) without its soft-sign
    apostrophes (``Natal'ya`` ``Natalya``)."""
    from anyascii import anyascii  # the scratch venv's, only when regenerating

    return anyascii(word).replace("'", "")


def candidates(site_packages: Path) -> dict[str, dict[str, list[list[str]]]]:
    """Seeded candidates (seed ``fortyfifth-russian-names-<list>``) from russian-names's
    tables, romanised."""
    sys.path.insert(0, str(site_packages))
    from russian_names.utils import load_data  # the scratch venv's

    lines = load_data()
    out: dict[str, dict[str, list[list[str]]]] = {}
    for sex, (first_line, rare_line, surname_line) in LINES.items():
        firsts, rare, surnames = (
            [romanised(w) for w in lines[n].split(" ") if len(w) <= MAX_LEN]
            for n in (first_line, rare_line, surname_line)
        )
        rng = random.Random(f"fortyfifth-russian-names-{sex}")
        people = [["any", rng.choice(firsts), rng.choice(surnames)] for _ in range(CANDIDATES)]
        people += [["any", rng.choice(rare), rng.choice(surnames)] for _ in range(CANDIDATES)]
        out[f"russian-names-{sex}"] = {"people": people, "surnames": surnames}
    return out


def regenerate_names(site_packages: str) -> None:
    """Draw, keep (the twenty-fifth's filter), leave out ``DROPPED`` and write the snapshot
    (the tenth's ``write_snapshot``)."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    kept = _kept(candidates(Path(site_packages)), _earlier_names(present), PACKAGE_DRAWN, NOT_NAMES)
    people = {s: [p for p in ps if not set(p) & DROPPED] for s, ps in kept.items()}
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, people)


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Ammonite Terrace", "Cordwinder Mews", "Chainferry Lane", "Stonebanker Row")
STREETS += ("Hurdlemaker Close", "Sandbank Court", "Mackerel Street", "Ballclay Rise")
TOWNS = ("Bridport", "Sherborne", "Shaftesbury", "Blandford Forum", "Wimborne Minster")
TOWNS += ("Swanage", "Wareham", "Lyme Regis", "Beaminster", "Sturminster Newton")
TOWNS += ("Verwood", "Gillingham", "Wool", "Bere Regis")
SCHOOLS = (
    "Ammonite Terrace Primary School",
    "Cordwinder Mews Community Academy",
    "St Aldhelmina's Church of England Primary",
    "Chainferry Lane Infant School",
    "Stonebanker Row Junior School",
    "Hurdlemaker Close Secondary School",
    "Ballclay Rise Nursery School",
    "Sandbank Court Pupil Referral Unit",
)
SCHOOL_SHORT = ("Ammonite Terrace", "Cordwinder", "St Aldhelmina's", "Hurdlemaker", "Stonebanker")
RELATIVES = ("babushka", "grandad", "stepmum", "uncle", "great-gran", "mum's partner")
RELATIVES += ("half-sister",)
#: Twelve more ways a date of birth gets typed (the tenth's ``_date`` fields), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{d}/{m}/{y}", "{dd}-{mm}-{yy}", "{d}{th} {mo} {y}", "{y}.{mm}.{dd}")
BIRTH_FORMS += ("{wd}, {d} {mon} {y}", "{mo} {d}, {y}", "{dd}/{mon}/{y}", "{dd}{mm}{y}")
BIRTH_FORMS += ("the {d}{th} of {mo}, {y}", "{mm}/{dd}/{yy}", "{d} {mo} '{yy}", "{d}-{mon}-{yy}")
WHEN_FORMS = ("{wd} {d} {mo}", "{dd}/{mm}/{y}", "{d}{th} {mon}", "{wd} {d}{th} {mo} {y}")
WHEN_FORMS += ("{dd}.{mm}.{y}",)
#: The forty-second's births (ages 0-17, born 2011-2028) in this corpus's forms.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying ---------------------------------------------------------------------------

# Placeholders as the tenth's person_values fills them: {f} {l} the child, {g} {h} the
# parent or carer, {k} a sibling, {rel} some other relative.
NAME_TEXT = (
    "Fossil walk guide says {f} {l}, 10, turns up on the beach at 7am in last night's clothes.",
    "Chain ferry crew saw {g} {h} shove {f} against the rail on the crossing.",
    "Army camp welfare officer: {g} {h} has been leaving {f}, 6, alone in the quarter.",
    "Tank museum volunteer found {f} {l} asleep behind one of the tanks at closing time.",
    "Regatta marshal pulled {f} {l} out of the harbour; {g} was drunk on the quay.",
    "Stone carver at the Purbeck yard says {g} {h} makes {f} work the saw without goggles.",
    "Harbourmaster says {f} {l}, 13, has been sleeping on a moored boat for a week.",
    "Crab boat skipper heard {f} {l} say {g} locks her out when his friends come round.",
    "Coastguard volunteer found {f} {l}, 8, alone on the cliff path after dark.",
    "Steam fair steward saw {g} {h} slap {f} hard across the face by the gallopers.",
    "Campsite warden says {g} {h} leaves {f} and {k} in a tent for days with no food.",
    "Mackerel trip skipper says {f} {l}, 14, goes out with men from the car park at night.",
    "Swanage Railway signalman found {f} {l} walking the track near the tunnel.",
    "Rope museum volunteer says {f} {l} has burns on both arms and would not say how.",
    "Surf school instructor saw bruises on {f} {l}'s back when she changed.",
    "Bird reserve warden found {f} {l}, 12, sleeping in the hide at Arne.",
    "Literary festival steward says {g} {h} was shouting at {f} that she'd be sent back.",
    "Charcoal burner in the woods says {f} {l}, 15, is living in a van with an older man.",
    "Horse trials steward saw {g} {h} drag {f} by the arm into the horsebox and lock it.",
    "Beekeeper next door says {f} {l} is left in the garden till gone ten every night.",
    "Kite festival volunteer says {g} {h} hit {f} with a tent pole.",
    "Sheepdog trial secretary says {f} {l}, 11, has not been to school since half term.",
    "{f} {l} told the sailing club instructor that {g} puts cigarettes out on her.",
    "Abbey verger found {f} {l} and {k} sleeping in the porch on Sunday morning.",
    "Gin distillery tour guide saw {g} {h} give {f}, 9, neat spirits to drink.",
    "Ferry ticket office says a man keeps buying tickets for {f} {l} and meeting her off the boat.",
)
NAME_LOWER = (
    "fossil guide worried about {fl} {ll} again",
    "{fl} {ll} sleeping on a boat in the harbour",
    "{gl} {hl} drunk on the quay at the regatta, {fl} with him",
    "ferry crew saw {gl} push {fl} {ll}",
    "{ll} kids on the cliff path at midnight",
    "{fl} told the surf instructor about the bruises",
    "rang {fl}'s {rel} - {gl} not been seen since weds",
    "{fl} {ll} not at the welfare centre, quarter in darkness",
    "nobody collected {fl} or {k} from the campsite",
    "{gl} {hl} screaming at {fl} by the steam fair",
    "{fl} {ll} got into a car in the harbour car park",
    "warden says {fl} {ll} slept in the hide",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "{l} sisters",
    "{f}, {age}",
    "{fi}. {l}",
    "{f} + {k}",
    "baby {f}",
    "the {l} boys",
    "{g} {h}'s youngest",
    "{f} from the camp",
    "{l} {f}",
)
SIGN_OFF = (
    "pls dont say it was me\n{fl}",
    "Kind regards\n{g} {h}\n({f}'s {rel})",
    "thanks\n{g} (mum of {f} and {k})",
    "sorry for spelling\n{f} {l} year {year_group}",
    "Typed for {f} by her {rel}, {g} {h}",
    "Regards,\n{g} {l}\nspecial guardian",
    "{g}, {rel} to {f}. Call me",
    "{f} {l}\naged {age}",
    "Cheers, {g} {h} (has {f} weekends)",
)
NICKNAMES = ("Sprat", "Tompot", "Wrasse", "Sandeel", "Ruddock", "Shanny")
NICKNAMES += ("Wurzel", "Yaffle", "Sandhopper", "Turnstone", "Skimmer", "Rockling")
NICKNAMES += ("Squiddly", "Saltie", "Sloeberry", "Ragworm")
NICKNAME_TEXT = (
    "The older boys at the harbour call her {n} and send her to buy their cider.",
    "Round the campsite he is {n}, and the men by the vans shout it when he walks past.",
    "{f}'s {rel} was yelling {n} along the seafront when the police arrived.",
    "On Snapchat she goes by {n}, the name the man from the car park messages her as.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} (the {l} girl)")
DOB_TEXT = (
    "DOB from the red book: {dob}",
    "date of birth {dob}",
    "{g} thinks {f}'s birthday is {dob}",
    "surgery has DOB as {dob}",
    "born {dob} in the back of the car on the A35",
    "{f} {l}, DOB {dob}",
    "dob {dob}, so {age} now",
    "{rel} gives date of birth {dob}, passport says otherwise",
    "born {dob} at 31 weeks",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "{g} on {phone}",
    "{rel}'s phone {phone}",
    "landline {phone}",
    "{f} called us from {phone}",
    "babushka's number: {phone}",
)
NHS_TEXT = (
    "NHS number from the red book {nhs}",
    "{f}'s NHS no {nhs}",
    "NHS number for the baby: {nhs}",
    "NHS no. on the GP letter {nhs}",
)
NI_TEXT = (
    "mum's NI {ni}",
    "NI no {ni} (dad)",
    "stepdad's national insurance number {ni}",
    "NINO for the grandad {ni}",
)
ADDRESS_TEXT = (
    "Family now at {street}, {town}",
    "address {street}, flat 2",
    "home visit {street}, {town} - curtains shut, no answer",
    "{f} staying at her {rel}'s on {street}",
    "three police call-outs to {street} this month",
    "evicted from {street}, now in a tent near {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "pc {postcode}", "new postcode: {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, year {year_group}",
    "Yr {year_group}, {school}; attendance 61%",
    "DSL at {short} rang the front door",
    "{f} started at {short} in September",
    "{f} goes to {school}, missed {n2} days this term",
)
EMAIL_TEXT = ("mum's email {e}", "{g} emailed from {e}", "contact {g} {h} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} on {street}",
    "{fi}{li}, year {year_group}, {short}",
    "Child at {postcode}",
    "{fi}{li}, NHS no {nhs}",
    "{l} boy, {age}, {town}",
    "{fi}{li} DOB {dob}",
    "year {year_group} at {school}",
    "the {l} family in {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: Dorset Council's area: the unitary council (since 2019) and its teams, and the county's
#: partners by their real names.
_DCH = "Dorset County Hospital NHS Foundation Trust"
_DHC = "Dorset HealthCare University NHS Foundation Trust"
_DORSET = {
    "council": ("Dorset Council children's services",),
    "police": ("Dorset Police",),
    "trust": (_DCH, _DHC),
    "icb": ("NHS Dorset Integrated Care Board",),
    "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
} | _district("Dorset Council")

#: The twelve areas, Dorset towns no earlier corpus file names: the unitary council's
#: teams, its partners by their real names, and two civic venues of the town (libraries,
#: halls, hospitals, leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Bridport": _DORSET | {"venue": ("Bridport Library", "Bridport Community Hospital")},
    "Sherborne": _DORSET | {"venue": ("Sherborne Library", "the Yeatman Hospital, Sherborne")},
    "Shaftesbury": _DORSET
    | {"venue": ("Shaftesbury Library", "Westminster Memorial Hospital, Shaftesbury")},
    "Blandford Forum": _DORSET | {"venue": ("Blandford Library", "Blandford Community Hospital")},
    "Wimborne Minster": _DORSET | {"venue": ("Wimborne Library", "Victoria Hospital, Wimborne")},
    "Swanage": _DORSET | {"venue": ("Swanage Library", "Swanage Community Hospital")},
    "Wareham": _DORSET | {"venue": ("Wareham Library", "Wareham Town Hall")},
    "Lyme Regis": _DORSET | {"venue": ("Lyme Regis Library", "Woodmead Halls, Lyme Regis")},
    "Beaminster": _DORSET | {"venue": ("Beaminster Library", "Beaminster Public Hall")},
    "Sturminster Newton": _DORSET
    | {"venue": ("Sturminster Newton Library", "Sturminster Newton Town Hall")},
    "Verwood": _DORSET | {"venue": ("Verwood Library", "Verwood Memorial Hall")},
    "Gillingham": _DORSET | {"venue": ("Gillingham Library", "Gillingham Leisure Centre")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
#: The partnership as it styles itself since the Pan-Dorset partnership split in 2024.
SCP = dict.fromkeys(AREAS, "Dorset Safeguarding Children Partnership")
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 45-03", "LCSPR 45/02", "RR/45/07", "CSPR-45-10", "RR 45/14", "TR 45-01")
AGE_BANDS = ("aged eight weeks", "under one", "aged three", "aged 10", "aged 15")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Lynchet", "Tumulus", "Chalkland", "Greensand", "Gault", "Coombe", "Seablite")
CHOSEN += ("Razorshell",)
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_W = " The {role} will update the executive group on this during {period}."
_R = (
    "\n\nPlease reply to the partnership business unit by {date}.\n\nKind regards,\n"
    "Partnership Business Unit\n{scp}"
)
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": tuple(
        f"Case summary, {{area}}: {event}. {{council}} and {{police}} held a strategy "
        f"discussion the same day and {{trust}} shared its records. Review {{ref}} will "
        f"look at {question}.{_W}"
        for event, question in (
            (
                "a baby {age_band} was taken to the emergency department with a bruise to the ear",
                "whether the health visitor's earlier worries were passed on",
            ),
            (
                "a 14-year-old girl was found on a late bus with an adult she met online",
                "how the school and police shared what they knew about her",
            ),
            (
                "a child {age_band} was living in a static caravan with no working heater",
                "how rural families are reached by universal services",
            ),
            (
                "a boy of 16 was arrested in a seaside town holding drugs for a county line",
                "how his move to part-time timetables raised the risk of exploitation",
            ),
            (
                "a baby {age_band} died after sharing a sofa with a parent who had been drinking",
                "what the parents were told about safer sleep and by whom",
            ),
            (
                "a child {age_band} with a feeding tube missed six months of clinic appointments",
                "how missed appointments were followed up between services",
            ),
            (
                "a 17-year-old care leaver was seriously assaulted near a takeaway at night",
                "how partners shared intelligence about the adults around him",
            ),
            (
                "a family with a child {age_band} moved between three holiday lets in a year",
                "how records followed the children when they changed surgery",
            ),
            (
                "a child {age_band} told a lunchtime supervisor that the adults at home fight",
                "whether Operation Encompass notices reached the school before the day began",
            ),
        )
    ),
    "rapid_review_rationale": tuple(
        f"Rapid review decision, {{ref}}: {outcome} The three safeguarding partners "
        f"({{council}}, {{police}} and {{icb}}) agreed this on {{date}}, and the rapid "
        f"review goes to the National Panel by {{date2}}. The {{role}} will brief the "
        f"{{scp}}."
        for outcome in (
            "the criteria for a local child safeguarding practice review are met.",
            "a local review is not needed, as the learning is already being acted on.",
            "the learning is best taken forward through a thematic review of {theme}.",
            "the case will join the review of {theme} already running in {area}.",
            "a local review will be commissioned, built around a practitioner learning event.",
            "the Panel will be asked to consider whether a national review is needed.",
            "a seven-minute briefing will be issued in place of a full review.",
            "a local review will focus on information sharing between midwives and GPs.",
        )
    ),
    "minutes": tuple(
        f"{group}, {{room}}, {{venue}}, {{date}}\n"
        "Present: the {role}, {council}, {police}, {trust}, the {district}.\n"
        f"Item 1: {item}\nItem 2: actions from {{ref}} reviewed.\n"
        "Next meeting: {date2}, {time2}."
        for group, item in (
            ("Exploitation subgroup", "Missing episodes for {area} this quarter, rated {rag}."),
            ("Learning and review subgroup", "Two new referrals from {area} were discussed."),
            ("Quality assurance subgroup", "Findings of the multi-agency audit on {theme}."),
            ("Executive group", "Partner contributions for {period} were agreed."),
            ("Training subgroup", "Feedback on {course} was considered."),
            ("Child death overview liaison", "Sudden unexpected infant deaths in {area}."),
            ("Education safeguarding group", "Children missing education in {area}."),
            ("Health safeguarding group", "Audit of was-not-brought follow-up in {area}."),
            ("Performance group", "Dataset for {period}; three measures {rag}."),
            ("Neglect group", "Take-up of the neglect toolkit in {area}."),
        )
    ),
    "partner_email": tuple(
        f"Hello all,\n\n{body}{_R}"
        for body in (
            "The final report for {ref} has been signed off by the three safeguarding partners "
            "and will now go to the National Panel and the Department for Education.",
            "Please could each agency return its information for rapid review {ref}? We meet "
            "on {date2} at {time} in {room}, {venue}.",
            "The revised action plan for {ref} is attached, with actions for {council}, "
            "{police} and {trust}. Please add updates before the executive meets.",
            "Our independent scrutineer will meet {council}, {police} and {icb} during "
            "{period} to look at how rapid reviews are carried out in {area}.",
            "The Panel has written back about {ref} and asks that the review also covers "
            "{theme} and the part played by the {district}.",
            'Places are open on "{course}" at {venue}, {time} to {time2}, for staff from '
            "{council}, {police}, health and voluntary groups.",
            "{ambulance} has confirmed that a paramedic and its safeguarding lead will come "
            "to the learning event for {ref} at {venue}.",
            "For {ref}, the reviewer has asked how the {district} decides where families "
            "with babies are placed when they become homeless.",
            "The designated nurse at {icb} will lead for health on {theme}. Could {trust} "
            "offer a named nurse to present alongside?",
            "A serious incident in {area} must be notified to the Panel within five working "
            "days. Could {police} and {trust} confirm what contact they had?",
            "Thanks to {council} for the {ref} chronology. Could you check whether health "
            "was part of the first strategy discussion?",
        )
    ),
    "local_review": (
        "Local review {ref}: early findings were shared with the review panel on {date}. "
        "They suggest that plans in {area} lost momentum, that health visiting at {trust} was "
        "under pressure and that workers rarely asked who else was living in the house. "
        "{council} will respond." + _W,
        "Local review {ref}: practitioners from {police}, {trust} and the {district} met the "
        "reviewer at {venue} on {date}. They described frequent changes of social worker and "
        "uncertainty about who held the lead professional role. Managers will be asked too." + _W,
        "Local review {ref}: on {date} the panel agreed the lines of enquiry: the child's "
        "daily experience, a move between two local authority areas, how {icb} commissions "
        "the 0-19 service and how concerns were escalated within the {scp}." + _W,
        "Local review {ref}: the reviewer has spoken with staff from {council} and {trust}. "
        "A first draft is due in {period}, covering {theme} and how services in {area} "
        "involved fathers. The family have been invited to take part.",
        "Local review {ref}: learning event booked for {date} at {venue}.",
        "Local review {ref}: terms of reference agreed by the panel on {date}.",
        "Reviewer appointed for {ref}; first panel meeting {date2}.",
        "Local review {ref}: the family have chosen not to take part.",
        "Local review {ref} paused until the criminal trial has finished.",
    ),
    "chronology": (
        "{date}: GP surgery contacted the MASH about an unexplained mark.",
        "{date}: {police} attended a domestic incident; two children in the house.",
        "{date}: strategy discussion; single-agency section 47 by children's services.",
        "{date}: {ambulance} conveyed the child to {trust}.",
        "{date}: the {district} placed the family in emergency accommodation.",
        "{date}: review child protection conference; plan to continue.",
        "{date}: new birth visit by the health visitor; no concerns noted.",
        "{date}: outpatient appointment at {trust} missed; letter sent to the GP.",
        "{date}: early help closed at the family's request.",
        "{date}: {council} social worker saw the children at home.",
        "{date} to {date2}: {police} recorded four missing episodes.",
        "{date}: attendance 68%; education welfare service wrote to the parents.",
    ),
    "checklist": (
        "Agency information returned: all partners.",
        "National Panel notified within five working days: yes, {date}.",
        "Family letter about the review sent {date}.",
        "Child's voice: to be captured by {date2}.",
        "Independent reviewer commissioned: yes.",
        "Terms of reference agreed by partners: outstanding.",
        "Records in from {trust}: yes.",
        "Records in from the {district}: yes.",
        "Coroner's officer told: yes, {date}.",
        "Information sharing agreed with {police}: yes.",
        "Seven-minute briefing drafted: not started.",
        "Rapid review to the Panel within 15 working days: yes.",
    ),
    "notice": (
        "Learning and review subgroup: {date}, {time}, {room}, {venue}.",
        "Learning event for {ref}: {date2}, {venue}, {time} to {time2}.",
        "{scp} conference at {venue} on {date}.",
        "Executive group moved to {date}, {time}, {room}.",
        "Designated safeguarding leads network: {date}, {venue}, {time}.",
        'Lunchtime session: "{course}", {date}, {time}.',
        "Drop-in for kinship carers, {venue}, {date}.",
        "Neglect strategy launch, {room}, {venue}, {date}.",
        "Performance group cancelled on {date}; next one {date2}.",
        "Multi-agency audit day, {date}, {room}, {venue}.",
        "Youth voice panel, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "learning and review agenda now in the channel",
        "has the {trust} return for {ref} arrived yet?",
        "{venue} booked for {date}",
        "reminder - Panel notification due today",
        "{district} can't make {time}, is {time2} ok?",
        "draft terms of reference on Teams, comments by {date} pls",
        "thanks all, minutes to follow",
        "{police} rep for the rapid review confirmed",
        "training programme for {period} is live",
        "does {ref} go to the executive first?",
        "scrutineer's report is on the shared drive",
        "who's chairing on {date}?",
        "can anyone share the agency return template?",
        "named nurse from {icb} joining online at {time}",
    ),
    "panel": (
        "Panel reply on {ref} received {date}; recommendation agreed.",
        "Notification for {ref} made to the Panel on {date}.",
        "Panel is expecting the rapid review by {date2}.",
        "Panel feedback commended the quality of analysis.",
        "Panel will not take {ref} forward as a national review.",
        "Rapid review for {ref} sent to the Panel and to Ofsted.",
        "Panel asked about gaps in two agency returns; answered {date}.",
        "Final report for {ref} submitted to the Panel {date}.",
        "Panel granted more time on {ref}, to {date2}.",
        "Panel annual report circulated to partners.",
    ),
    "publication": (
        "Proposed publication date for {ref}: {date}.",
        "Publication delayed until the trial has concluded.",
        "Executive summary only to be published, agreed {date}.",
        "Family told when the report will be published.",
        "Press statement agreed with the {council} communications team.",
        "Report published on the {scp} website on {date}.",
        "Seven-minute briefing to be published with the report.",
        "Publication moved to {date2} at the coroner's request.",
        "Report removed from the website after twelve months.",
        "Publication plan sent to the Department for Education.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of was-not-brought appointments by {date}.",
        "Action 2: {council} to record every adult in the household at each visit.",
        "Action: {police} to share domestic abuse notifications with schools by 9am.",
        "Action: {icb} to commission safer sleep training for maternity staff.",
        "Action 3: multi-agency learning on {theme} during {period}.",
        "Action: {ambulance} to add a safeguarding prompt to crew handovers.",
        "Action: the {district} to notify health visitors when families move.",
        "Action 4 complete: escalation policy relaunched on {date}.",
        "Action 5: the {role} to report progress to the executive.",
        "Improvement plan for {period}: 10 actions, 7 complete, 3 {rag}.",
        "Action: all partners to use the shared chronology template from {date}.",
    ),
    "housing_note": (
        "The {district} confirmed when the new tenancy starts.",
        "{district}: relief duty accepted {date}.",
        "Two officers from the {district} will join the learning event.",
        "The {district} has been briefed on {ref}.",
        "Housing staff in {area} to complete {course} by {date}.",
        "Dorset Council and Dorset Police reviewed anti-social behaviour reports from Bridport.",
        "Dorset Council housing officers met health visitors from Dorset HealthCare "
        "University NHS Foundation Trust in Sherborne.",
        "Dorset Council community safety team met Dorset Police about county lines in Shaftesbury.",
        "Dorset Council and Dorset Police planned summer patrols in Blandford Forum.",
        "Dorset Council housing staff talked with midwives about families placed in "
        "Wimborne Minster.",
        "Dorset Council and Dorset County Hospital NHS Foundation Trust discussed young "
        "carers in Swanage.",
        "Dorset Council housing options briefed health visitors on families moving to Wareham.",
        "Dorset Council and Dorset Police walked the seafront with youth workers in Lyme Regis.",
        "Dorset Council community safety team attended a youth forum in Beaminster.",
        "Dorset Council and Dorset County Hospital NHS Foundation Trust agreed a discharge "
        "pathway for families in Sturminster Newton.",
        "Dorset Council community safety team and Dorset Police looked at reports of young "
        "people in empty holiday lets in Verwood.",
        "Dorset Council and Dorset HealthCare University NHS Foundation Trust discussed "
        "families in temporary accommodation in Gillingham.",
    ),
    "training": (
        'New e-learning module: "{course}".',
        "Training needs survey closes {date}.",
        "Induction for new executive members, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "Multi-agency session on {theme}, {venue}, {date}, {time} to {time2}.",
        "Trainer refresher day for {course}, {room}, {venue}, {date}.",
        "Training pool meeting, {room}, {date}.",
        "Feedback on the {theme} session shows confidence rising.",
        "DSL refresher due in {period}.",
        "Dorset Safeguarding Children Partnership ran a neglect workshop in Bridport.",
        "Dorset Safeguarding Children Partnership held a safer sleep session in Gillingham.",
        "South Western Ambulance Service NHS Foundation Trust and Dorset Police ran a "
        "self-harm awareness session in Sherborne.",
        "Dorset Safeguarding Children Partnership trained youth workers in Verwood.",
        "Dorset Safeguarding Children Partnership gave a child exploitation briefing to "
        "Swanage schools.",
        "Dorset Safeguarding Children Partnership ran a reducing parental conflict course "
        "in Wareham.",
        "Dorset Safeguarding Children Partnership held an online safety talk for Lyme Regis "
        "youth clubs.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child T", "Child MK", "Infant S", "Baby L", "Young Person D", "Sibling 3"),
    *("Sibling 1", "Unborn Baby R", "PW", "J.H.", "Child A and Child B", "Lynchet"),
    *("Tumulus", "Chalkland", "Greensand", "Gault", "Coombe", "Seablite", "Child Q"),
    *("Infant BN", "Baby FG", "Young Person Z", "CH", "U", "Child W", "Sibling X"),
    *("R.D.", "Baby E and Baby F", "Child KP", "Young Person AS", "LM", "Infant Y"),
    "Razorshell",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("fortyfifth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
