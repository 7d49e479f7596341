"""A fifty-ninth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fiftyninth_names.json``, a seeded snapshot (seed
  ``fiftyninth-korean-name-generator``, a Python ``random.Random`` put in place of the
  ``random`` module that the generator's ``namer`` draws with) of Korean names from
  korean-name-generator 1.0.1 (PyPI, MIT, Jinui You's Python release of the npm package of
  the same name: a family name drawn by its frequency from 82, and a two-syllable given name
  built syllable by syllable from statistics of real names), romanised by hangul-romanize
  0.1.0 (PyPI, Jeong YunWon's, under the BSD licence its wheel ships; its ``academic`` rule,
  Revised Romanisation letter by letter). No earlier corpus drew this package or any Korean
  name generator (checked by grepping ``tests/support`` and ``tests/test_unseen_corpora.py``
  for korean, hangul and ``KR``: the sixth drew eight people from Faker's ko_KR and the
  ninth eight from mimesis's ko, kept in Hangul, and the fourteenth looked at
  names-dataset's KR table and left it out), and the generator has no ranks or tables, so
  nothing here was drawn where an earlier corpus drew. Each given name is run together, as a
  social worker in England types it (``Seoyeon``, not ``Seo-yeon``), and each family name is
  spelt as it usually is in England (``FAMILY``, a table written by hand for the generator's
  82 names: ``Yoon``, ``Kwon``, ``Choo``, ``Hahm``). A given name with a syllable ending in
  k, p or t (which the rule writes g, b, d, as in ``bag``) or with an initial r (which it
  writes l, as in ``Juli``) is not drawn at all rather than respelt by hand (``ENDINGS``),
  and a family name of two letters (Oh, Ko, Na, Ha...) is never kept, since a snapshot's
  words have three letters at least. Every word is new: no word of any earlier snapshot
  (``EARLIER``: every ``*_names.json`` through the fifty-seventh's, with the fifty-eighth's
  and sixtieth's, written alongside, read when they are there), none twice, so one person a
  family name; the commonest (Kim, Lee, Park, Choi, Jung, Cho, Han, Song...) are all in
  earlier snapshots, and the 40 people asked for take every family name that is left. Women
  and men are asked for in turn, attempt by attempt; the package's two tables read as
  swapped (its men's gives ``Seoyeon`` and ``Jiyeon``, its women's ``Wonjun`` and
  ``Seungchan``), so the snapshot keeps no sex and the templates do not need one. Every draw
  was read by hand. The generator makes up given names from syllables, and many are not
  names: Korean words (``Seonjeon``, propaganda; ``Dangbeon``, on duty; ``Jongi``, paper;
  ``Subi``, defence; ``Sayeon``, a story; ``Geuneun``, he is; ``Seoseo``, standing;
  ``Chaebi``), a place (``Hadong``), names of other countries (``Yemi``, ``Miha``, ``Seun``)
  and syllables no family would put together (``Gau``, ``Geongcheon``, ``Hwaha``,
  ``Wangwon``); family names that are English words (``Moon``, ``Bang``, ``Won``, ``Woo``,
  ``Ban``) were set aside too. They were put in ``NOT_NAMES`` and drawn again, three times,
  and in the last draw the people with such an entry (``DROPPED``: ``Seongu``, ``Geongha``)
  were left out without drawing again. ``DRAWN`` is what is kept: 38 of the 40 people asked
  for (``PACKAGE_DRAWN``). Regenerate with ``uv venv /tmp/regen59 && uv pip install -p
  /tmp/regen59 korean-name-generator==1.0.1 hangul-romanize==0.1.0 pycountry && PYTHONPATH=.
  /tmp/regen59/bin/python -m tests.support.fiftyninth_corpus``; neither package is a
  dependency and the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (sailing, boatyard, seashore and
  hedgerow words), each starting with a letter from I to Q, none in an earlier corpus file
  (``NICKNAMES``; each checked by grepping ``tests/support``, whole words, any case).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (checked by grepping their files: a garlic farm shop till worker, a red
  squirrel hide volunteer, a chalk stream river keeper, a chandlery assistant, a cliff lift
  operator, an open-top bus driver, a carousel operator, a seashore ranger on a rock pool
  walk, a watersports instructor, a sail maker, a yacht varnisher, a salt marsh warden, a
  boat builder, a marina fuel berth attendant, a bee keeper, a ploughing match steward, a
  bouncy castle hirer, a roller rink floor steward, a darts team captain, a karaoke host, a
  hot tub engineer, floating bridge deck crew, a camp site warden and a junior sailing
  club parent; a ferry deckhand, a yacht club member, a beekeeper and a lifeboat crew are
  in earlier corpora and were not used), in lower case and in sign-offs; names and
  give-away details in pseudonyms; nicknames; dates of birth in twelve typed forms;
  addresses on invented streets (``STREETS``) in the real towns of the areas; postcodes;
  phone, NHS and NI numbers; invented schools and a pupil referral unit (``SCHOOLS``);
  email addresses; written out by the twenty-fifth's ``identifying_of`` through the
  twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve towns and
  villages of the Isle of Wight and Hampshire that no earlier corpus file names (``AREAS``;
  each checked by grep, whole word and as a part of another): Sandown, Ventnor, Cowes,
  Shanklin, Brading, Freshwater and Bembridge on the Island, and Alresford, Stockbridge,
  Overton, Odiham and Bishop's Waltham in Hampshire. Of the brief's suggestions East
  Cowes was not taken (Cowes is inside its name), and Whitchurch and Hythe are named by
  earlier corpus files. The Island and the county are earlier corpora's areas, and so is
  the district of Stockbridge, so their councils are written by initials, as staff type
  them: IWC (the Island's unitary council: its children's services and its housing and
  community safety teams), HCC (the county council's Children's Services) and
  TVBC (the borough council for Stockbridge); Winchester City Council (for Alresford and
  Bishop's Waltham), Basingstoke and Deane Borough Council (for Overton) and Hart District
  Council (for Odiham) are named in full, as no corpus has them as areas. Checked with the
  ``search`` tool: the Hampshire Safeguarding Children Partnership's own pages name it
  (HSCP) with the county council, Hampshire and Isle of Wight Constabulary and the
  Hampshire and Isle of Wight ICB as its three partners; the Isle of Wight Safeguarding
  Children Partnership's pages name it (IOWSCP) and say it keeps its own arrangements
  while working with Hampshire, Portsmouth and Southampton through a joint HIPS executive
  group and shared procedures; so each town here has its own partnership, and the HIPS
  executive appears only as the group a disagreement goes to. Written from memory, not
  checked: the trusts (Isle of Wight NHS Trust, which also runs the Island's ambulance
  service; Hampshire and Isle of Wight Healthcare NHS Foundation Trust; Hampshire
  Hospitals NHS Foundation Trust; Frimley Health NHS Foundation Trust and NHS Frimley
  Integrated Care Board for Odiham; University Hospital Southampton NHS Foundation Trust
  for Bishop's Waltham), South Central Ambulance Service NHS Foundation Trust, which
  services serve which town, and every venue (the libraries of Sandown, Ventnor, Cowes,
  Shanklin, Freshwater, Bembridge, Alresford, Overton, Odiham and Bishop's Waltham; the
  town halls of Sandown, Brading and Stockbridge; the community centres of Ventnor,
  Cowes, Shanklin, Brading, Alresford and Overton; Freshwater Memorial Hall, the village
  halls of Bembridge, Stockbridge and Odiham, and Bishop's Waltham Jubilee Hall); some may
  be named differently, have moved, closed or not exist. Venues are council offices,
  libraries, halls and community centres, never a person's address. Roles, themes,
  courses, rooms, times and periods come from the twenty-first through the
  twenty-second's ``DRAWS``, and nobody in the benign text is named except by role.
- Identifiers: the tenth corpus's ``person_values`` makes every one up, from ranges kept
  for fiction: Ofcom's drama phone numbers, NHS numbers beginning 999 with a valid check
  digit, national insurance numbers with the QQ prefix, email at example.com, .org and
  .net, and postcodes in the shape of real ones but in areas Royal Mail has never used.
  A sample that names a drawn person has the source ``korean-name-generator``; one that
  names a nickname, ``hand-nicknames``; any other, ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the Island's
  coast and the chalk downs and water meadows of Hampshire that nobody has as a first name
  (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import importlib
import random
import sys
from functools import partial
from pathlib import Path
from typing import Any

from tests.support import fiftyseventh_corpus as _57
from tests.support import (
    fortyeighth_corpus,
    fortysecond_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
)
from tests.support.independent_corpus import Sample

#: What the tenth's ``person_values`` and the twenty-fifth's filter read from a corpus, and
#: the helpers that write and read its snapshot: the earlier corpora's own, as the
#: fifty-seventh gathers them.
DRAMA_PREFIXES, INWARD_LETTERS, PLAIN = _57.DRAMA_PREFIXES, _57.INWARD_LETTERS, _57.PLAIN
POSTCODE_AREAS, nhs_check_digit, benign_words = (
    _57.POSTCODE_AREAS,
    _57.nhs_check_digit,
    _57.benign_words,
)
_district, _earlier_names, assembled = _57._district, _57._earlier_names, _57.assembled
snapshot_people, write_snapshot = _57.snapshot_people, _57.write_snapshot

__all__ = ["DRAMA_PREFIXES", "INWARD_LETTERS", "PLAIN", "POSTCODE_AREAS", "nhs_check_digit"]
__all__ += ["benign_words", "samples"]

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fiftyninth_names.json")
GENERATOR = "korean-name-generator"
SOURCES = "korean-name-generator 1.0.1 (MIT), romanised by hangul-romanize 0.1.0"
SEED = "fiftyninth-korean-name-generator"
#: Every earlier snapshot: the fifty-seventh's list and its own, and those of the
#: fifty-eighth and sixtieth (written alongside, so read only when they are there).
EARLIER = tuple(
    dict.fromkeys(
        (
            *_57.EARLIER,
            *("fiftyseventh_names.json", "fiftyeighth_names.json", "sixtieth_names.json"),
        )
    )
)
PACKAGE_DRAWN = ((GENERATOR, 40),)
DRAWN = ((GENERATOR, 38),)
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: The generator's 82 family names (its ``trained_data.lastNames``, where 남 stands
#: twice), spelt as they usually are in England, written by hand; those of two letters
#: (Oh, Ko, Na...) are never kept, since every word of a snapshot has three letters at
#: least.
_FAMILY_SPELT = """
김 Kim 이 Lee 박 Park 최 Choi 정 Jung 강 Kang 조 Cho 윤 Yoon 장 Jang 임 Lim 한 Han 오 Oh
서 Seo 신 Shin 권 Kwon 황 Hwang 안 Ahn 송 Song 전 Jeon 홍 Hong 유 Yoo 고 Ko 문 Moon 양 Yang
손 Son 배 Bae 백 Baek 허 Heo 남 Nam 심 Shim 노 Noh 하 Ha 곽 Kwak 성 Sung 차 Cha 주 Joo 우 Woo
구 Koo 민 Min 류 Ryu 나 Na 진 Jin 지 Ji 엄 Eom 채 Chae 원 Won 천 Chun 방 Bang 공 Kong 현 Hyun
함 Hahm 변 Byun 염 Yeom 여 Yeo 추 Choo 도 Do 소 So 석 Seok 선 Sun 설 Seol 마 Ma 길 Gil 연 Yeon
위 Wi 표 Pyo 명 Myung 기 Ki 반 Ban 라 Ra 왕 Wang 금 Keum 옥 Ok 육 Yook 인 In 맹 Maeng 제 Je
모 Mo 탁 Tak 국 Kook 어 Eo 은 Eun 편 Pyeon
"""
_PAIRS = _FAMILY_SPELT.split()
FAMILY = dict(zip(_PAIRS[::2], _PAIRS[1::2], strict=True))
#: The syllable endings a kept given name has (none, n, l, m or ng): hangul-romanize spells
#: a final k, p or t by its letter's own sound (``bag``, ``seob``), which nobody types, so a
#: given name with one is not drawn at all rather than respelt by hand.
ENDINGS = frozenset({0, 4, 8, 16, 21})
#: Draws read by hand as not names: family names that are English words, and given names
#: as the generator makes them up that no Korean family would choose, or that read as the
#: other sex's names: put here and drawn again.
NOT_NAMES = frozenset(
    {
        *("Moon", "Bang", "Won", "Woo", "Ban", "Sun", "Son"),
        *("Gau", "Seonjeon", "Geongcheon", "Doso", "Dangbeon", "Hadong", "Euneun", "Hyeogyun"),
        *("Gangjae", "Giju", "Gyunha", "Puyeon", "Seoun", "Seoseo", "Migyu", "Hyoha", "Daeha"),
        *("Jaeju", "Chaeji", "Sigi", "Chaebi", "Seosu", "Seun", "Jongi", "Yunsi", "Jii"),
        *("Yemi", "Miha", "Eungji", "Geuneun", "Subi", "Wangwon", "Hwaha", "Sayeon", "Sui"),
    }
)
#: People of the last draw with such an entry, left out without drawing again.
DROPPED = frozenset({"Seongu", "Geongha"})


def _given(syllables: str, transliter: Any) -> str | None:
    """A given name run together from hangul-romanize's Revised Romanisation, or ``None``
    where a syllable ends in a sound ``ENDINGS`` leaves out."""
    codes = [ord(c) - 0xAC00 for c in syllables]
    if any(code % 28 not in ENDINGS for code in codes) or any(c // 588 == 5 for c in codes):
        return None
    spelt: str = transliter.translit(syllables)
    return spelt.replace("-", "").capitalize()


def regenerate_names() -> None:
    """Draw women and men in turn from korean-name-generator, its module's ``random`` put
    in place by a ``random.Random`` seeded ``SEED`` (both packages importable only here):
    one person a family name, no word twice nor of an earlier snapshot or ``NOT_NAMES``;
    leave out ``DROPPED`` and write the snapshot."""
    namer = importlib.import_module("korean_name_generator.namer")
    romanize = importlib.import_module("hangul_romanize")
    academic = importlib.import_module("hangul_romanize.rule").academic
    transliter = romanize.Transliter(academic)
    namer.random = random.Random(SEED)
    used = set(_earlier_names(tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())))
    used |= {w.casefold() for w in NOT_NAMES}
    (source, count), people = PACKAGE_DRAWN[0], []
    for attempt in range(200_000):
        if len(people) == count:
            break
        full = namer.generate(attempt % 2 == 1)
        family, given = FAMILY.get(full[0], ""), _given(full[1:], transliter)
        if given is None or len(family) < 3 or {family.casefold(), given.casefold()} & used:
            continue
        used |= {family.casefold(), given.casefold()}
        people.append([given, family])
    kept = [p for p in people if not set(p) & DROPPED]
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, {source: kept})


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Garlic Barn Lane", "Chine Head Road", "Tiller Rope Walk", "Red Squirrel Close")
STREETS += ("Saltings Pound Way", "Varnish Shed Yard", "Downland Wheel Court", "Winkle Bar Drive")
TOWNS = ("Sandown", "Ventnor", "Cowes", "Shanklin", "Brading", "Freshwater", "Bembridge")
TOWNS += ("Alresford", "Stockbridge", "Overton", "Odiham", "Bishop's Waltham")
SCHOOLS = (
    "Garlic Barn Lane Primary School",
    "Chine Head Infant School",
    "Holy Tide Church of England Primary",
    "Saltings Pound Junior Academy",
    "Tiller Rope Free School",
    "Downland Wheel Nursery School",
    "Winkle Bar High School",
    "Varnish Shed Pupil Referral Unit",
)
SCHOOL_SHORT = ("Garlic Barn", "Chine Head", "Holy Tide", "Saltings Pound", "Winkle Bar")
RELATIVES = ("halmeoni", "imo", "samchon", "nan", "step-dad", "mum's partner", "big cousin")
RELATIVES += ("foster carer",)
#: Twelve ways a date of birth gets typed (fields of the tenth's ``_date``), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{d}/{mm}/{y}", "{dd}-{mm}-{yy}", "{d} {mon} '{yy}", "{mo} {d} {y}")
BIRTH_FORMS += ("{wd}, {d}{th} {mon} {y}", "{y}/{mm}/{dd}", "{d}{th} {mo} {y}", "{m}.{d}.{yy}")
BIRTH_FORMS += ("{dd} {mo} {y}", "{mon} {d}{th} '{yy}", "{d}.{m}.{y}", "the {d}{th} of {mon}, {y}")
WHEN_FORMS = ("{wd} {d}{th} {mon}", "{d}/{m}/{y}", "{d} {mo}", "{wd} {dd}/{mm}")
WHEN_FORMS += ("{d}{th} {mon} {y}",)
#: Births of children up to 17 (the forty-second's), typed in ``BIRTH_FORMS``.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# {f} {l} is the child, {g} {h} a parent or carer, {k} a brother or sister and {rel} another
# relative, as the tenth's person_values fills them.
NAME_TEXT = (
    "Woman on the till at the garlic farm shop says {f} {l}, 10, comes in alone most "
    "mornings asking for the free samples because there is nothing for breakfast.",
    "Volunteer at the red squirrel hide watched {g} {h} drag {f} along the boardwalk by the "
    "hair and then sit in the car park laughing about it.",
    "The river keeper on the chalk stream found {f} {l}, 13, sleeping under the footbridge "
    "in a wet sleeping bag and says {g} had locked the door on them.",
    "Chandlery assistant says {g} {h} came in drunk with {f} and knocked the child into the "
    "rope display when they asked to go home.",
    "Operator of the cliff lift says {f} {l} rides it up and down for hours after dark and "
    "told him a man called {k} pays for everything.",
    "Open-top bus driver on the downs route says {f} {l}, 8, gets on alone at the last stop "
    "every evening and has said {g} does not want them back before eleven.",
    "The carousel operator at the seafront says {f} {l} was handed to him by {g} {h} at "
    "noon and nobody came back for the child until the rides shut.",
    "Seashore ranger leading the rock pool walk saw a red hand mark across {f}'s cheek and "
    "heard {g} {h} say it would be worse at home.",
    "Watersports instructor says {f} {l}, 15, turns up to the paddle sessions with cigarette "
    "burns on both wrists and says {g}'s boyfriend did them.",
    "Sail maker at the loft says {g} {h} leaves {f} and {k} in the van in the yard all day "
    "while working and the van has no windows that open.",
    "A yacht varnisher at the boatyard says {f} {l}, 14, is being kept off school to sand "
    "hulls for cash by a man who tells people he is the child's uncle.",
    "The salt marsh warden found {f} {l} wandering the sea wall barefoot at 6am, who said "
    "{g} had thrown them out after a fight.",
    "Boat builder says {g} {h} told the whole shed that {f} is a mistake and should have "
    "been given away, with the child standing right there.",
    "Attendant on the marina fuel berth says {f} {l}, 12, has been sent to buy vodka from "
    "the boats by {g}'s friends every weekend this summer.",
    "Bee keeper who runs the village apiary day says {f} {l} has bruises like a belt buckle "
    "down one leg and flinched when {g} came to collect.",
    "Steward at the ploughing match saw {g} {h} kick {f} in the horse lines and then warn "
    "the child not to cry in front of people.",
    "Man who hires out bouncy castles says {f} {l}, 6, was left with him at a party by {g} "
    "{h} and no one answered the phone until the next morning.",
    "Floor steward at the roller rink says {f} {l}, 16, leaves every Friday with a man of "
    "about forty in a silver car who buys her drinks at the bar.",
    "Captain of the pub darts team says {g} {h} boasts about making {f} kneel on the "
    "kitchen floor for an hour when the child answers back.",
    "The karaoke host at the holiday park says {f} {l}, 11, was up on the stage at 1am "
    "while {g} was too drunk to stand.",
    "Hot tub engineer on a call-out found {f} {l} alone in the house with a baby, no "
    "heating, and a note from {g} saying back Sunday.",
    "Deck crew on the floating bridge say {f} {l} crosses back and forth all night and told "
    "one of them {g} {h} hits them with the dog lead.",
    "Warden at the camp site says {g} {h} and the children, {f} and {k}, have been living "
    "in a leaking tent since March and the little one has a chest infection.",
    "A parent at the junior sailing club says {f} {l}, 9, has told her {g} shuts them in "
    "the garden shed with the lights off as a punishment.",
)
NAME_LOWER = (
    "garlic farm shop again - {fl} {ll} asking for food",
    "{fl} under the footbridge by the river, {gl} not picking up",
    "cliff lift man rang, {fl} {ll} out after dark again",
    "{ll} kids in the van at the boatyard all day",
    "sea wall at 6am - {fl} barefoot, {gl} {hl} threw them out",
    "roller rink says {fl} {ll} went off in the silver car",
    "rang {fl}'s {rel}, phone off, left a message",
    "{fl} {ll} missed the dentist and the GP this week",
    "camp site warden - {gl} {hl} tent leaking, {fl} poorly",
    "{gl} {hl} told the boat shed {fl} is a mistake",
    "floating bridge crew saw {fl} crossing all night",
    "karaoke at 1am, {fl} {ll} on stage, {gl} drunk",
)
NAME_PSEUDONYM = (
    "{f} {l}",
    "{l}",
    "{f} and {k} {l}",
    "{l} twins",
    "{f} {l} ({age})",
    "{fi}. {l}",
    "{f}, {l}",
    "young {f} {l}",
    "the {l} lad",
    "{g} {h}'s eldest",
    "{f} from the camp site",
    "{l} {f}",
)
SIGN_OFF = (
    "dont tell them i rang\n{fl}",
    "Kind regards\n{g} {h}\n{rel} of {f}",
    "thanks\n{g} (mum of {f} and {k})",
    "{f} {l}\nsorry for the spelling",
    "Written for {f} by their {rel}, {g} {h}",
    "Best,\n{g} {l}\nspecial guardian",
    "{g} - {f}'s {rel} - back on the island Friday",
    "{f} {l}, age {age}",
    "{g} {h}, kinship carer to {f}",
)
NICKNAMES = ("Islebug", "Inchworm", "Icicle", "Jibsheet", "Jollyboat", "Jetsam", "Kedge")
NICKNAMES += ("Knotweed", "Keelboy", "Lobtail", "Mizzen", "Nobbler", "Oarlock", "Ottertail")
NICKNAMES += ("Puffball", "Quiver")
NICKNAME_TEXT = (
    "The lads at the boatyard call her {n} and send her out for their cigarettes.",
    "On the seafront he only answers to {n}; the older boys give him cans.",
    "Staff at the holiday park heard {f}'s {rel} shouting {n} across the car park at 2am.",
    "{n} is how the man at the marina has her saved in his phone, the school nurse says.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}.", "{n} ({l} boy)")
DOB_TEXT = (
    "DOB from the red book {dob}",
    "d.o.b. {dob}",
    "{g} says {f} was born on {dob}",
    "date of birth on the school roll {dob}",
    "born {dob} at St Mary's",
    "{f} {l} b. {dob}",
    "{dob}, which makes her {age}",
    "{rel} gave {dob} but the GP has another date",
    "born at home on {dob}, no midwife",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "{g} can be reached on {phone}",
    "{rel}: {phone}",
    "house phone {phone}",
    "the texts came from {phone}, {f} says it is the man from the marina",
    "halmeoni's number {phone}",
)
NHS_TEXT = (
    "NHS number {nhs}",
    "{f}'s NHS no. {nhs}",
    "newborn NHS no {nhs}",
    "from the discharge summary, NHS {nhs}",
)
NI_TEXT = (
    "mum's NI no. {ni}",
    "step-dad's NI number {ni}",
    "father's NINO {ni}",
    "{rel}'s national insurance {ni}",
)
ADDRESS_TEXT = (
    "now at {street}, {town}",
    "staying on {street} with mum's friend",
    "home visit to {street}, {town} - no answer, baby crying",
    "{f} is at her {rel}'s on {street}",
    "police out to {street} five times since Easter",
    "evicted from {street}; in a tent at the camp site near {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "pcode {postcode}", "new address postcode {postcode}")
SCHOOL_TEXT = (
    "{f} is at {school} (year {year_group})",
    "{school}, Y{year_group}, attendance 61%",
    "DSL at {short} rang at lunchtime",
    "{f} started at {short} in September",
    "{f}, {school}: {n2} sessions missed since half term",
)
EMAIL_TEXT = ("{g}'s email address is {e}", "the photos were sent from {e}", "email {g} {h}: {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} of {street}",
    "{fi}{li} - year {year_group} - {short}",
    "Child at {postcode}",
    "{fi}{li} (NHS {nhs})",
    "{l} girl aged {age}, {town}",
    "{fi}{li} born {dob}",
    "year {year_group} pupil at {school}",
    "the {l} children in {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: The partners. Councils whose names are an earlier corpus's area are written by initials
#: (see the docstring): the Island's partners first, then the Hampshire villages'.
_HIOWC = "Hampshire and Isle of Wight Constabulary"
_HIOWH = "Hampshire and Isle of Wight Healthcare NHS Foundation Trust"
_IOWT = "Isle of Wight NHS Trust"
_ISLAND = {
    "council": ("IWC children's services",),
    "police": (_HIOWC,),
    "icb": ("NHS Hampshire and Isle of Wight Integrated Care Board",),
    "ambulance": ("Isle of Wight NHS Trust ambulance service",),
    "trust": (_IOWT, _HIOWH),
} | _district("IWC")
_HHFT = "Hampshire Hospitals NHS Foundation Trust"
_HANTS = {
    "council": ("HCC Children's Services",),
    "police": (_HIOWC,),
    "icb": ("NHS Hampshire and Isle of Wight Integrated Care Board",),
    "ambulance": ("South Central Ambulance Service NHS Foundation Trust",),
    "trust": (_HHFT, _HIOWH),
}

#: The twelve areas, towns and large villages no earlier corpus file names: the district
#: council's teams (the Island's unitary council's on the Island), the partners, and two
#: civic venues of the town (libraries, halls, community centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Sandown": _ISLAND | {"venue": ("Sandown Library", "Sandown Town Hall")},
    "Ventnor": _ISLAND | {"venue": ("Ventnor Library", "Ventnor Community Centre")},
    "Cowes": _ISLAND | {"venue": ("Cowes Library", "Cowes Community Centre")},
    "Shanklin": _ISLAND | {"venue": ("Shanklin Library", "Shanklin Community Centre")},
    "Brading": _ISLAND | {"venue": ("Brading Town Hall", "Brading Community Centre")},
    "Freshwater": _ISLAND | {"venue": ("Freshwater Library", "Freshwater Memorial Hall")},
    "Bembridge": _ISLAND | {"venue": ("Bembridge Library", "Bembridge Village Hall")},
    "Alresford": _HANTS
    | _district("Winchester City Council")
    | {"venue": ("Alresford Library", "Alresford Community Centre")},
    "Stockbridge": _HANTS
    | _district("TVBC")
    | {"venue": ("Stockbridge Town Hall", "Stockbridge Village Hall")},
    "Overton": _HANTS
    | _district("Basingstoke and Deane Borough Council")
    | {"venue": ("Overton Library", "Overton Community Centre")},
    "Odiham": _HANTS
    | _district("Hart District Council")
    | {
        "icb": ("NHS Frimley Integrated Care Board",),
        "trust": ("Frimley Health NHS Foundation Trust", _HIOWH),
        "venue": ("Odiham Library", "Odiham Village Hall"),
    },
    "Bishop's Waltham": _HANTS
    | _district("Winchester City Council")
    | {
        "trust": ("University Hospital Southampton NHS Foundation Trust", _HIOWH),
        "venue": ("Bishop's Waltham Library", "Bishop's Waltham Jubilee Hall"),
    },
}
#: The partner kinds (the forty-eighth's), the partnerships as their own pages name them,
#: and every agency named.
KINDS, PARTNERSHIPS = fortyeighth_corpus.KINDS, tuple(AREAS)
_IOW_SCP = "Isle of Wight Safeguarding Children Partnership"
_HANTS_SCP = "Hampshire Safeguarding Children Partnership"
SCP = {area: _IOW_SCP if area in TOWNS[:7] else _HANTS_SCP for area in AREAS}
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
#: Review references and age bands of this corpus, over the twenty-second's other draws
#: (roles, themes, courses, rooms, periods), and the words benign pseudonyms may use.
DRAWS = twentysecond_corpus.DRAWS | {
    "ref": ("RR 59-03", "LCSPR 59/01", "RR/59/09", "CSPR-59-05", "RR 59/12", "TR 59-04"),
    "age_band": ("aged five weeks", "under one", "aged four", "aged 10", "aged 16"),
}
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS
CHOSEN = ("Chine", "Solent", "Saltern", "Undercliff", "Causeway", "Downland", "Watermeadow")

_A = " The partnership's assurance group will hear how this is going in {period}."
_B = "\n\nPlease reply to the business unit by {date}.\n\nKind regards,\n{scp} business unit"
#: Benign templates by register (the sample's category), each filled up to three times as
#: ``_uses`` decides; roughly a third run long, up to the 500 characters a note field takes.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}. A girl {age_band} living near {area} was seen at {trust} with a "
        "burn to the palm that the family put down to a hair straightener. The burn was "
        "older than the story, and the ward never asked who else looked after her. The "
        "review will look at how burns in young children are weighed against what the "
        "family's history shows." + _A,
        "{ref}: a boy of 15 from {area} was found on the mainland after crossing on the late "
        "boat four weekends running, each time coming home with new trainers and a second "
        "phone. The reviewer will ask how the exploitation meeting read those returns and "
        "whether the crossings themselves were ever treated as a warning sign.",
        "Background to {ref}. A family rented a static caravan outside {area} for the summer "
        "season while the father worked in a hotel kitchen. A child {age_band} had no health "
        "visitor contact for five months because nobody had registered the family with a "
        "GP. The review asks how seasonal moves are picked up between services." + _A,
        "Context, {ref}: a 13-year-old told a youth worker that an older cousin who stayed "
        "over in the holidays was touching her. A teacher had noted a similar remark a term "
        "earlier but never passed it on. The {scp} wants to know why the first note stayed "
        "in a drawer and what {council} now expects from schools.",
        "Summary ({area}): a baby {age_band} died after being laid down in an adult bed "
        "during a power cut, with both parents worn out. Safer sleep advice had been given "
        "twice, both times to the mother alone. {ref} asks how advice reaches the partner "
        "who does the night feeds and how families plan for emergencies." + _A,
        "{ref}, in brief: a boy {age_band} with autism and a feeding disorder lost weight "
        "over a year while his clinics at {trust} kept moving between sites. The school "
        "nurse, the dietitian and the paediatrician each saw one piece. The review will "
        "focus on who held the whole picture, and from when.",
        "Panel summary, {area}. A 14-year-old was looking after a father with motor neurone "
        "disease while the mother worked nights in a care home. The father's carer's "
        "assessment mentioned the child, but nobody asked the child how they were managing. "
        "{ref} will test how adult services spot young carers." + _A,
        "Outline, {ref}: four children lived in a flat above a shop in {area} with no hot "
        "water, rubbish in every room and a dog that had bitten the youngest. Two referrals "
        "were closed after phone calls with the mother. The review will ask why no one went "
        "round, and how the neglect screening tool is used at the front door.",
        "{ref}: a girl {age_band} went to stay with family friends when her mother was "
        "admitted to hospital, and nobody recognised it as private fostering. She missed "
        "most of a term and was later found to be left alone overnight. The reviewer will "
        "look at what schools and surgeries know about private fostering." + _A,
    ),
    "rapid_review_rationale": (
        "Rapid review {ref} - what the partners decided: a local child safeguarding practice "
        "review. The injury was serious and there is clear learning about how {trust} and "
        "{council} passed on concerns when a newborn went home a day early. The National "
        "Panel hears by {date2}; the {role} drafts the terms of reference.",
        "Rapid review {ref} - what the partners decided: no further review. Bruising in "
        "babies who cannot yet roll is already covered by the county protocol, which the "
        "teams here have now adopted. A full review would repeat that work. Agreed {date}; "
        "the reasoning goes to the Panel by {date2} with a one-side briefing for staff.",
        "Rapid review {ref} - what the partners decided: fold the learning into the themed "
        "work on {theme} already under way in {area} and the villages around it. {police} "
        "and {icb} will send their reports to that reviewer by {date2}. The rapid review "
        "report will explain the choice to the Panel.",
        "Rapid review {ref} - what the partners decided: a systems-based review, with a "
        "practitioner day at {venue}. The question is why ten weeks of disagreement between "
        "the school and social care about risk never reached a manager. Draft terms of "
        "reference to the executive on {date2}.",
        "Rapid review {ref} - what the partners decided: ask the Panel whether a national "
        "review is needed, because an almost identical death was reported in another South "
        "East authority this year. Local learning carries on meanwhile. The {role} will set "
        "out the similarities in a letter to the Panel by {date2}.",
        "Rapid review {ref} - what the partners decided: a practice week and a seven-minute "
        "briefing rather than a review. Nothing in the facts is disputed, the family prefer "
        "not to be involved, and each agency has already changed its practice. Signed off "
        "{date}; the multi-agency audit in {period} will check the changes held.",
        "Rapid review {ref} - what the partners decided: a local review looking closely at "
        "the step down from the special care baby unit to health visiting, where a father's "
        "record of violence was not shared. {trust} and {icb} will chair it together, and "
        "the Panel will be notified by {date2}.",
        "Rapid review {ref} - what the partners decided: nothing yet, as they disagree; it "
        "goes to the HIPS executive on {date2}. Police see a single-agency issue; health "
        "and the council see a pattern of missed appointments across services. The {role} "
        "will write a two-page paper giving both views.",
    ),
    "minutes": (
        "{scp} executive - {date} - {room}, {venue}\n"
        "Attending: {council}, {police}, {icb}, the {district}.\n"
        "Item 1: dashboard for {period}, repeat referrals {rag}.\n"
        "Item 2: scrutineer's spring findings noted.\n"
        "Item 3: inspection rehearsal day not yet booked.\n"
        "Next: {date2} at {time}.",
        "Workforce development subgroup - {date} - {venue}\n"
        "Attending: the {role}, {trust}, {police}, a secondary head.\n"
        "Item 1: fewest bookings for {course} from {area}; extra local dates.\n"
        "Item 2: {ref} learning now in the induction pack.\n"
        "Item 3: only six trainers left; recruitment drive agreed.\n"
        "Next: {date2}, {room}.",
        "Case review subgroup - {date} - Teams\n"
        "Attending: {council}, {police}, {trust}, {ambulance}.\n"
        "Item 1: serious incident notification from {area}; rapid review to be called.\n"
        "Item 2: {ref} action plan has two actions overdue.\n"
        "Item 3: reviewer shortlist agreed for the next local review.\n"
        "Next: {date2}.",
        "Policy subgroup - {venue} - {date}\n"
        "Attending: the {role}, {icb}, {trust}, the {district}.\n"
        "Item 1: comments on the non-mobile babies protocol pulled together.\n"
        "Item 2: {theme} chapter cut down and rewritten in plain English.\n"
        "Item 3: feedback on {course} to be summarised.\n"
        "Next: {date2}, {time2}.",
        "Missing and exploited children group - {room}, {venue} - {date}\n"
        "Attending: {police}, {council}, the {district}, youth justice.\n"
        "Item 1: plan for festival and regatta weeks agreed.\n"
        "Item 2: hotspot map for {area} rated {rag}.\n"
        "Item 3: return home interview provider invited next time.\n"
        "Next: {date2}.",
        "Health safeguarding leads - {venue} - {date}\n"
        "Attending: named nurses from {trust}, the designated doctor, {icb}.\n"
        "Item 1: was-not-brought pilot in {area} runs six more months.\n"
        "Item 2: {ref} GP learning sessions dated.\n"
        "Item 3: audit of interpreter use for Korean and Polish families agreed.\n"
        "Next: {date2}.",
    ),
    "partner_email": (
        "Morning all,\n\nChasing the agency chronologies for {ref}, which fell due on Friday. "
        "{police} have sent theirs; {trust} and the {district} have not yet. Without all "
        "three the reviewer cannot begin, and the panel date of {date2} is fixed." + _B,
        "Dear colleagues,\n\nWe are looking for practitioners in {area} to road-test a short "
        "guide on {theme} before it is published. Session at {venue}, {date2}, {time} to "
        "{time2}, with sandwiches; managers have agreed the time." + _B,
        "Hello all,\n\nThe refreshed continuum of need has been approved by the executive. "
        "{council} is briefing its teams this month and {police} are building it into "
        "probationer training. Health colleagues, how will you cascade it?" + _B,
        "Dear partners,\n\nOur independent scrutineer hopes to shadow the front door for a "
        "day in {period} and to talk with staff from {icb} and {ambulance}. If you could "
        "host, send us a contact and two dates that suit." + _B,
        "Hi everyone,\n\nThe Panel has come back on {ref}: no further questions, and a "
        "particular mention of the quality of the {trust} contribution. The {role} and the "
        "designated nurse will now draft the learning summary." + _B,
        'Dear all,\n\n"{course}" is running again at {venue}, {time} to {time2}, after the '
        "first date filled in a day. Places are open to {council}, {police}, health, "
        "schools, early years settings and the voluntary sector." + _B,
        "Dear colleagues,\n\nWith thanks to {ambulance}, who released two paramedics for the "
        "{ref} practitioner event. Hearing what the first crew found helped the panel see "
        "how little time anyone had to think that night." + _B,
        "Hello,\n\nQuestion for the {district} on {ref}: when a family goes into emergency "
        "accommodation, how do health visitors and schools find out, and what was the "
        "longest stay in such a placement in the past twelve months?" + _B,
    ),
    "local_review": (
        "Local review {ref}: on {date} the reviewer took the panel through early themes: "
        "hope that a new partner would settle things, little curiosity about who visited "
        "the house, and a child in {area} seldom seen without an adult present. {trust} and "
        "children's services will test these against their own records before the next "
        "meeting.",
        "Local review {ref}: the practitioner event took place at {venue} on {date}. People "
        "from {police} and the {district} talked about caseloads and about not knowing whom "
        "to ring in another agency after five o'clock. Their points will feed the "
        "recommendations." + _A,
        "Local review {ref}: scope settled on {date}. It will cover the sixteen months "
        "before the incident, a change of GP surgery, decisions taken at the front door, and "
        "how {icb} keeps track of disabled children placed in schools off the Island.",
        "Local review {ref}: the reviewer has met the child's aunt, who asked for the report "
        "to show the child as someone who loved the beach and drawing, not only as a run of "
        "events. The panel agreed. A draft is due in {period}, and the family will read it "
        "before the {scp} publishes.",
        "Local review {ref}: panel meets for the first time on {date}.",
        "Local review {ref}: reviewer commissioned {date}.",
        "Local review {ref} paused while the trial runs.",
        "Local review {ref}: every agency report is in.",
        "Local review {ref}: revised draft goes to the panel {date}.",
    ),
    "chronology": (
        "{date}: pre-school reported a child collected twice by an adult they did not know.",
        "{date}: {police} attended a domestic incident; two children asleep upstairs.",
        "{date}: contact screened at the front door; stepped down to early help.",
        "{date}: {ambulance} took the mother to hospital; children stayed with a neighbour.",
        "{date}: the {district} offered the family bed and breakfast on the mainland.",
        "{date}: initial child protection conference held; plan agreed.",
        "{date}: 27-month review missed; health visitor sent a second letter.",
        "{date}: paediatric appointment at {trust} not attended for the third time.",
        "{date}: family support worker's first home visit.",
        "{date}: core group met, chaired by {council}.",
        "{date} to {date2}: school records five unexplained absences.",
        "{date}: part-time timetable agreed by the school with the parent.",
        "{date}: midwife's booking appointment at 26 weeks.",
    ),
    "checklist": (
        "Rapid review within 15 working days? Yes.",
        "Notification to the Panel sent {date}.",
        "Family informed of the review on {date}.",
        "Child's lived experience to be captured by {date2}.",
        "Reviewer contract signed? Yes.",
        "Terms of reference: second draft.",
        "{trust} agency report in? Yes.",
        "{district} agency report in? Chased.",
        "Inquest date: {date}.",
        "{police} disclosure: requested, not yet received.",
        "Seven-minute briefing: with the comms team.",
        "Circulated to the DSL network? Yes.",
        "Reports due from {police} and {icb} by {date2}.",
    ),
    "notice": (
        "{scp} executive on {date}, {time}, {room}, {venue}.",
        "{ref} practitioner event, {date2}, {venue}, {time} to {time2}.",
        "Save the date: safeguarding week conference, {venue}, {date}.",
        "Workforce development subgroup now {date}, {time}, {room}.",
        "DSL network at {venue}, {date}, {time}.",
        'Webinar "{course}", {date}, {time}.',
        "Coffee morning for parents and carers at {venue}, {date}.",
        "Exploitation awareness evening for taxi drivers, {room}, {venue}, {date}.",
        "Health leads meeting moved from {date} to {date2}.",
        "Multi-agency neglect audit, {date}, {room}, {venue}.",
        "Youth voice group at {venue}, {date}, {time} to {time2}.",
        "Launch of the bruising protocol at {venue}, {date}, {time}.",
    ),
    "slack": (
        "agenda for thursday is in the shared folder",
        "has {trust} sent the chronology for {ref} yet?",
        "{venue} booked for {date} :tada:",
        "reminder - Panel notification due by 5pm",
        "{district} asked to move to {time2} from {time}, all ok?",
        "comments on the ToR by {date} please",
        "thanks all, I'll send the actions round",
        "{police} have named a DI for the rapid review",
        "{period} training programme is live on the site",
        "does {ref} go to case review subgroup before exec?",
        "scrutineer's report is pinned in the channel",
        "can someone minute on {date}?",
        "which agency report template is current?",
        "{icb} named GP joining on Teams at {time}",
        "{council} lead off on {date}, who can cover the meeting?",
    ),
    "panel": (
        "Panel replied on {ref} on {date}: no further questions.",
        "{ref} notified to the Panel on {date}.",
        "Rapid review report to the Panel by {date2}.",
        "Panel feedback: reasoning clear and well evidenced.",
        "Panel agreed no national review is needed for {ref}.",
        "{ref} rapid review submitted; Ofsted and the DfE copied.",
        "Panel asked for the ambulance service's report; sent {date}.",
        "{ref} final report sent to the Panel {date}.",
        "Panel granted an extension for {ref} to {date2}.",
        "Panel annual report discussed at the executive.",
        "Panel question on {ref} received {date}; {role} to answer.",
    ),
    "publication": (
        "Publication of {ref} planned for {date}.",
        "Publication held until sentencing is over.",
        "Summary report only, agreed on {date}.",
        "Family told when the report will be published.",
        "Press lines agreed with the {council} communications team.",
        "{ref} published on the {scp} website on {date}.",
        "Seven-minute briefing to go out alongside the report.",
        "Family asked for more time; publication moved to {date2}.",
        "Report to be taken down from the website after twelve months.",
        "DfE told of the publication date.",
        "Partners signed off the publication plan for {ref} on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of babies with bruising seen in ED by {date}.",
        "Action 2: {council} to record every adult in the household at each visit.",
        "Action: {police} to send overnight domestic abuse notifications to schools by 8am.",
        "Action: {icb} to commission infant crying training for maternity staff.",
        "Action 3: a practice week on {theme} during {period}.",
        "Action: {ambulance} to add questions about children at home to crew handover.",
        "Action: the {district} to alert health visitors when families are housed elsewhere.",
        "Action 4 done: revised escalation policy in force from {date}.",
        "Action 5: {role} to report progress to the executive each quarter.",
        "{period} improvement plan: 10 actions, 6 complete, 4 {rag}.",
        "Action: one chronology template for every agency from {date}.",
        "Action 6: {trust} to ask who else lives at home during triage, by {date2}.",
    ),
    "housing_note": (
        "The {district} has confirmed the start date of the new tenancy.",
        "{district}: prevention duty accepted from {date}.",
        "The {district} is sending two officers to the practitioner event.",
        "{ref} briefing given to {district} managers.",
        "Every housing officer covering {area} to finish {course} by {date}.",
        "IWC housing options team and Hampshire and Isle of Wight Constabulary checked holiday "
        "lets in Sandown being used for families placed from the mainland.",
        "IWC community safety team walked the esplanade in Shanklin with detached youth "
        "workers after reports of young teenagers drinking on the beach.",
        "IWC housing options team met Isle of Wight NHS Trust health visitors about "
        "overcrowded flats in Ventnor.",
        "IWC community safety team and the police looked at e-scooters on the parade in Cowes.",
        "IWC housing options team agreed a hospital discharge route for Brading families.",
        "IWC community safety team visited the youth club in Freshwater.",
        "IWC housing options team briefed school nurses on temporary housing in Bembridge.",
        "Winchester City Council housing options team and HCC Children's Services discussed "
        "sofa surfing in Alresford.",
        "TVBC community safety team met Hampshire Hospitals NHS Foundation Trust staff about "
        "young people at risk in Stockbridge.",
        "Basingstoke and Deane Borough Council housing options team checked rural lets near "
        "Overton with South Central Ambulance Service NHS Foundation Trust.",
        "Hart District Council community safety team and Frimley Health NHS Foundation Trust "
        "planned a youth outreach evening in Odiham.",
        "Winchester City Council community safety team and University Hospital Southampton "
        "NHS Foundation Trust discussed exploitation near the square in Bishop's Waltham.",
    ),
    "training": (
        'Now on the e-learning platform: "{course}".',
        "Training needs survey closes on {date}.",
        "Induction for new executive members, {date}, {venue}.",
        "{course}: last few places in {period}.",
        "{theme} workshop, {venue}, {date}, {time} to {time2}.",
        "Train the trainer day for {course}, {room}, {venue}, {date}.",
        "Multi-agency trainers' forum, {room}, {date}.",
        "Evaluations from the {theme} workshop show confidence rising.",
        "DSL refresher sessions run throughout {period}.",
        "Isle of Wight Safeguarding Children Partnership ran a safer sleep session for "
        "childminders in Sandown and Brading.",
        "Isle of Wight Safeguarding Children Partnership and the Isle of Wight NHS Trust "
        "ambulance service gave a self-harm briefing to sailing coaches in Cowes.",
        "Hampshire Safeguarding Children Partnership trained cricket club welfare officers in "
        "Overton.",
        "Hampshire Safeguarding Children Partnership ran a neglect workshop in Stockbridge.",
        "NHS Frimley Integrated Care Board briefed GP practices in Odiham on was-not-brought.",
        "NHS Hampshire and Isle of Wight Integrated Care Board and Hampshire and Isle of Wight "
        "Healthcare NHS Foundation Trust ran a perinatal mental health course in Alresford.",
        "HCC Children's Services early help staff ran a parenting course in Bishop's Waltham.",
        "IWC children's services ran a private fostering session for GP receptionists in "
        "Ventnor, Freshwater and Bembridge.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child Q", "Child MB", "Infant R", "Baby K", "Young Person H", "Sibling 2"),
    *("Sibling 4", "Unborn Baby L", "TW", "J.P.", "Child C and Child D", "Chine"),
    *("Solent", "Saltern", "Undercliff", "Causeway", "Downland", "Watermeadow", "Child N"),
    *("Infant BE", "Baby OK", "Young Person S", "HR", "Y", "Child V", "Sibling Z"),
    *("A.W.", "Baby E and Baby F", "Child GT", "Young Person LU", "PD", "Infant M"),
    "Sibling B",
)


#: The twenty-first's writer of the benign side and its count of fills per template.
_benign, _uses = twentyfirst_corpus.benign_written(sys.modules[__name__]), twentyfirst_corpus._uses


def samples() -> list[Sample]:
    """Both sides, put together by the tenth's ``assembled`` (identical on every run)."""
    return assembled("fiftyninth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
