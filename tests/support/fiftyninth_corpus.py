"""The fifty-ninth held-out corpus for the confidentiality guard (issue 24), by a writer who
has seen none of the guard's rules, code or word lists and has never run the guard on it.

What each part is made of, and where it comes from:

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
  dependency: the corpus reads only the JSON.
- Nicknames: pet names written by hand for this corpus (sailing, boatyard, seashore and
  hedgerow words), each starting with a letter from I to Q, none in an earlier corpus file
  (``NICKNAMES``; each checked by grepping ``tests/support``, whole words, any case).
- Identifying templates, all newly written by hand: names in notes from kinds of people no
  earlier corpus used (checked by grepping their files: a garlic farm shop till worker, a
  red squirrel hide volunteer, a chalk stream river keeper, a chandlery assistant, a cliff
  lift operator, an open-top bus driver, a carousel operator, a seashore ranger on a rock
  pool walk, a watersports instructor, a sail maker, a yacht varnisher, a salt marsh warden,
  a boat builder, a marina fuel berth attendant, a beach chairlift attendant, a ploughing
  match steward, a bouncy castle hirer, a roller rink floor steward, a darts team captain, a
  karaoke host, a hot tub engineer, a coasteering guide, a camp site warden and a junior
  sailing club parent; a ferry deckhand, chain ferry crew, a yacht club member, a beekeeper
  and a lifeboat crew are in earlier corpora and were not used), in lower case and in
  sign-offs; names and telling details in pseudonyms; nicknames; dates of birth typed in
  twelve ways; addresses on invented streets (``STREETS``) in the real towns of the areas;
  postcodes; phone, NHS and NI numbers; invented schools and a pupil referral unit
  (``SCHOOLS``); email addresses; written out by the twenty-fifth's ``identifying_of``
  through the twenty-seventh's.
- Benign text, all written by hand (``BENIGN``, each template filled no more than three
  times by the twenty-first's ``_uses``), roughly a third of it long (case summaries, rapid
  review decisions, minutes, emails between partners, local review notes) and the rest short
  (chronology entries, checklist lines, notices, Slack messages, notes on the Panel and on
  publication, improvement actions, housing and community safety notes, training notes). It
  is set in twelve towns and villages of the Isle of Wight and Hampshire that no earlier
  corpus file names (``AREAS``; each checked by grep, whole word and as a part of another):
  Sandown, Ventnor, Cowes, Shanklin, Brading, Freshwater and Bembridge on the Island, and
  Alresford, Stockbridge, Overton, Odiham and Bishop's Waltham in Hampshire. Of the brief's
  suggestions East Cowes was not taken (Cowes is inside its name), and two more are named by
  earlier corpus files, so they are not named here either. The Island and the county are
  earlier corpora's areas, and so is the district of Stockbridge, so their councils are
  written by initials, as staff type them: IWC (the Island's unitary council: its children's
  services and its housing and community safety teams), HCC (the county council's Children's
  Services) and TVBC (the borough council for Stockbridge); Winchester City Council (for
  Alresford and Bishop's Waltham), Basingstoke and Deane Borough Council (for Overton) and
  Hart District Council (for Odiham) are named in full, as no corpus has them as areas.
  Checked with the ``search`` tool: the Hampshire Safeguarding Children Partnership's own
  pages name it (HSCP) with the county council, Hampshire and Isle of Wight Constabulary and
  the Hampshire and Isle of Wight ICB as its three partners; the Isle of Wight Safeguarding
  Children Partnership's pages name it (IOWSCP) and say it keeps its own arrangements while
  working with Hampshire's and the two cities' partnerships through a joint HIPS executive
  group and shared procedures; so each town here has its own partnership, and the HIPS
  executive appears only as the group a disagreement goes to. Written from memory, not
  checked: the trusts (Isle of Wight NHS Trust, which also runs the Island's ambulance
  service; Hampshire and Isle of Wight Healthcare NHS Foundation Trust; Hampshire Hospitals
  NHS Foundation Trust; Frimley Health NHS Foundation Trust and NHS Frimley Integrated Care
  Board for Odiham; University Hospital Southampton NHS Foundation Trust for Bishop's
  Waltham), South Central Ambulance Service NHS Foundation Trust, which services serve which
  town, and every venue (the libraries of Sandown, Ventnor, Cowes, Shanklin, Freshwater,
  Bembridge, Alresford, Overton, Odiham and Bishop's Waltham; the town halls of Sandown,
  Brading and Stockbridge; the community centres of Ventnor, Cowes, Shanklin, Brading,
  Alresford and Overton; Freshwater Memorial Hall, the village halls of Bembridge,
  Stockbridge and Odiham, and Bishop's Waltham Jubilee Hall); some may be named differently,
  have moved, closed or not exist. Venues are council offices, libraries, halls and
  community centres, never a person's address. Roles, themes, courses, rooms, times and
  periods come from the twenty-first through the twenty-second's ``DRAWS``; the benign text
  names nobody, only roles.
- Identifiers: every number, postcode and address is made up by the tenth corpus's
  ``person_values`` from ranges set aside for fiction (Ofcom's numbers for drama, NHS
  numbers from 999 whose check digit is right, national insurance numbers beginning QQ,
  mail at example.com, example.org and example.net, and postcodes shaped like real ones in
  areas that Royal Mail never gave out). Samples that name a drawn person carry the source
  ``korean-name-generator``, samples that name a nickname ``hand-nicknames``, and all the
  others ``hand``.
- Benign pseudonyms are those DOMAIN.md allows (``BENIGN_PSEUDONYM_TEXT``): initials, bare
  or after one of ``PSEUDONYM_WORDS``, a brother or sister by number or letter, and words of
  the Island's shore and of the Hampshire downs and water meadows that are nobody's first
  name (``CHOSEN``).

The benign text holds no drawn name as a word (``assembled`` leaves out anyone it would).
Nobody has run the guard on this corpus, so nothing here was shaped by what it refuses.
"""

from __future__ import annotations

import importlib
import random
import sys
from functools import partial
from itertools import chain
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

# The names the tenth's ``person_values`` and the twenty-fifth's filter read from a corpus,
# and the helpers that write and read its snapshot, are the earlier corpora's own, taken by
# name from the fifty-seventh, which gathers them.
DRAMA_PREFIXES, POSTCODE_AREAS = _57.DRAMA_PREFIXES, _57.POSTCODE_AREAS
INWARD_LETTERS, PLAIN, nhs_check_digit = _57.INWARD_LETTERS, _57.PLAIN, _57.nhs_check_digit
benign_words, assembled = _57.benign_words, _57.assembled
_district, _earlier_names = _57._district, _57._earlier_names
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
#: the generator made up that are Korean words, a place, another country's names or
#: syllables no family would choose: put here and drawn again.
NOT_NAMES = frozenset(
    {
        *("Moon", "Bang", "Won", "Woo", "Ban", "Sun", "Son"),
        *("Gau", "Seonjeon", "Geongcheon", "Doso", "Dangbeon", "Hadong", "Euneun", "Hyeogyun"),
        *("Gangjae", "Giju", "Gyunha", "Puyeon", "Seoun", "Seoseo", "Migyu", "Hyoha", "Daeha"),
        *("Jaeju", "Chaeji", "Sigi", "Chaebi", "Seosu", "Seun", "Jongi", "Yunsi", "Jii"),
        *("Yemi", "Miha", "Eungji", "Geuneun", "Subi", "Wangwon", "Hwaha", "Sayeon", "Sui"),
    }
)
#: People of the final draw with such a name: left out, with nobody drawn in their place.
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

# --- made-up streets and schools in the real towns ----------------------------------------

STREETS = ("Garlic Barn Lane", "Chine Head Road", "Tiller Rope Walk", "Red Squirrel Close")
STREETS += ("Saltings Pound Way", "Varnish Shed Yard", "Downland Wheel Court", "Shingle Spit Drive")
TOWNS = ("Sandown", "Ventnor", "Cowes", "Shanklin", "Brading", "Freshwater", "Bembridge")
TOWNS += ("Alresford", "Stockbridge", "Overton", "Odiham", "Bishop's Waltham")
SCHOOLS = (
    "Garlic Barn Lane Primary School",
    "Chine Head Infant School",
    "Holy Tide Church of England Primary",
    "Saltings Pound Junior Academy",
    "Tiller Rope Free School",
    "Downland Wheel Nursery School",
    "Shingle Spit High School",
    "Varnish Shed Pupil Referral Unit",
)
SCHOOL_SHORT = ("Garlic Barn", "Chine Head", "Holy Tide", "Saltings Pound", "Shingle Spit")
RELATIVES = ("halmeoni", "imo", "samchon", "nan", "step-dad", "mum's partner", "big cousin")
RELATIVES += ("foster carer",)
#: How a date of birth is typed, twelve ways (in the tenth's ``_date`` fields), and how
#: the benign side types its meeting and notification dates.
BIRTH_FORMS = ("{d}/{mm}/{y}", "{dd}-{mm}-{yy}", "{d} {mon} '{yy}", "{mo} {d} {y}")
BIRTH_FORMS += ("{wd}, {d}{th} {mon} {y}", "{y}/{mm}/{dd}", "{d}{th} {mo} {y}", "{m}.{d}.{yy}")
BIRTH_FORMS += ("{dd} {mo} {y}", "{mon} {d}{th} '{yy}", "{d}.{m}.{y}", "the {d}{th} of {mon}, {y}")
WHEN_FORMS = ("{wd} {d}{th} {mon}", "{d}/{m}/{y}", "{d} {mo}", "{wd} {dd}/{mm}")
WHEN_FORMS += ("{d}{th} {mon} {y}",)
#: A child's birth, aged up to 17, by the forty-second's draw in these ``BIRTH_FORMS``.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying samples: drawn people, nicknames, invented numbers and places ------------

# The tenth's person_values fills {f} {l} with the child, {g} {h} with a parent or carer,
# {k} with a brother or sister and {rel} with some other relative.
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
    "Attendant on the chairlift down to the beach says {f} {l} has bruises like a belt "
    "buckle down one leg and flinched when {g} came to collect.",
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
    "Coasteering guide says {f} {l} jumped off the rocks without a helmet because {g} {h} "
    "told the child not to be soft, and later said the child is hit with the dog lead.",
    "Warden at the camp site says {g} {h} and the children, {f} and {k}, have been living "
    "in a leaking tent since March and the little one has a chest infection.",
    "A parent at the junior sailing club says {f} {l}, 9, has told her {g} shuts them in "
    "the garden shed with the lights off as a punishment.",
)
NAME_LOWER = (
    "garlic farm rang - {fl} {ll} begging samples for breakfast again",
    "{fl} slept under the footbridge, {gl} won't answer",
    "cliff lift operator: {fl} {ll} riding it after dark",
    "boatyard says the {ll} kids were shut in the van all day",
    "{gl} {hl} threw {fl} out, found barefoot on the sea wall",
    "{fl} {ll} got into the silver car outside the roller rink",
    "left a voicemail for {fl}'s {rel}",
    "{fl} {ll} no-show at dentist and GP",
    "tent at the camp site leaking, {gl} {hl} says {fl} has a cough",
    "{gl} {hl} calling {fl} a mistake in front of the boat shed",
    "coasteering guide says {fl} hit with the dog lead",
    "holiday park karaoke, {fl} {ll} up at 1am, {gl} legless",
)
NAME_PSEUDONYM = (
    "{f} {l}",
    "{l}",
    "{f} and {k} {l}",
    "{l} sisters",
    "{f} {l}, {age}",
    "{fi} {l}",
    "{l} ({f})",
    "baby {f} {l}",
    "the {l} boy",
    "{g} {h}'s middle one",
    "{f} at the holiday park",
    "{l} {f}",
)
SIGN_OFF = (
    "pls keep my name out of it\n{fl}",
    "Regards from {g} {h} ({f}'s {rel})",
    "cheers\n{g}, mum to {f} & {k}",
    "{f} {l}\nsorry its so long",
    "typed up for {f} by {g} {h}, {rel}",
    "Thanks,\n{g} {l}\nSGO carer",
    "{g} ({rel} of {f}), on the early boat tomorrow",
    "from {f} {l} who is {age}",
    "{g} {h}\nkinship carer for {f}",
)
NICKNAMES = ("Islebug", "Inchworm", "Icicle", "Jibsheet", "Jollyboat", "Jetsam", "Kedge")
NICKNAMES += ("Knotweed", "Keelboy", "Lobtail", "Mizzen", "Nobbler", "Oarlock", "Ottertail")
NICKNAMES += ("Puffball", "Quiver")
NICKNAME_TEXT = (
    "The men at the boatyard call her {n} and have her fetch their tobacco.",
    "Along the seafront he goes by {n}; the older lads hand him cans.",
    "Holiday park staff heard {f}'s {rel} shout {n} across the car park at 2am.",
    "The school nurse saw her saved as {n} in the phone of the man from the marina.",
)
NICKNAME_PSEUDONYM = ("{n}", "our {n}", "{n} {li}", "{n} (the {l} girl)")
DOB_TEXT = (
    "red book has DOB {dob}",
    "dob {dob} per mum",
    "{g} gives {f}'s birthday as {dob}",
    "admissions have her born {dob}",
    "born at St Mary's {dob}",
    "{f} {l} (dob {dob})",
    "{dob} - she's {age}",
    "{rel} says {dob}, GP record says otherwise",
    "home birth {dob}, unplanned",
)
PHONE_TEXT = (
    "mum's mob {phone}",
    "ring {g} on {phone}",
    "{rel} - {phone}",
    "landline at the flat {phone}",
    "{f} showed me texts from {phone}, the marina man's number",
    "halmeoni can be reached on {phone}",
)
NHS_TEXT = (
    "NHS no {nhs}",
    "{f} NHS number {nhs}",
    "baby's NHS {nhs} from the red book",
    "discharge letter gives NHS {nhs}",
)
NI_TEXT = (
    "mum NI {ni}",
    "NI number for step-dad: {ni}",
    "dad's NINo {ni}",
    "{rel} NI no. {ni}",
)
ADDRESS_TEXT = (
    "moved to {street}, {town}",
    "sofa at a friend's on {street}",
    "visit to {street}, {town}: blinds down, baby crying inside",
    "{f} staying at her {rel}'s, {street}",
    "five police call-outs to {street} since Easter",
    "lost the flat on {street}; in a tent outside {town}",
)
POSTCODE_TEXT = ("post code {postcode}", "PC: {postcode}", "postcode now {postcode}")
SCHOOL_TEXT = (
    "{f} attends {school}, year {year_group}",
    "{school} year {year_group}, 61% attendance",
    "{short} DSL phoned at lunch",
    "{f} moved to {short} in September",
    "{f} at {school}: {n2} sessions missed since half term",
)
EMAIL_TEXT = ("email for {g}: {e}", "photos came from {e}", "{g} {h} emails from {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} b. {dob}",
    "{fi}{li}, {street}",
    "{fi}{li} yr {year_group} {short}",
    "Child living at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} girl, {age}, {town}",
    "{fi}{li} dob {dob}",
    "Y{year_group} pupil, {school}",
    "{l} family of {town}",
)


#: The twenty-fifth's ``identifying_tables`` gathers the places people live and study in,
#: each identifying category's templates, and the nicknames.
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign samples: real towns, real organisations under their own names ----------------

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

#: Twelve towns and villages that no earlier corpus file names, each with its housing and
#: community safety teams (on the Island, the unitary council's), its partners by kind, and
#: two public buildings (a library, a hall or a community centre) to meet in.
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
#: Each area's partners by kind (the kinds are the forty-eighth's), the two partnerships by
#: the names their own sites use (the first seven towns are the Island's), and the agencies.
KINDS, PARTNERSHIPS = fortyeighth_corpus.KINDS, tuple(AREAS)
SCP = dict.fromkeys(TOWNS[:7], "Isle of Wight Safeguarding Children Partnership")
SCP |= dict.fromkeys(TOWNS[7:], "Hampshire Safeguarding Children Partnership")
AGENCIES = tuple(dict.fromkeys(chain.from_iterable(a[k] for a in AREAS.values() for k in KINDS)))
#: This corpus's review references and age bands; the roles, themes, courses, rooms and
#: periods are the twenty-second's, as are the words a benign pseudonym may start with.
_REFS = ("RR 59-03", "LCSPR 59/01", "RR/59/09", "CSPR-59-05", "RR 59/12", "TR 59-04")
_AGES = ("aged five weeks", "under one", "aged four", "aged 10", "aged 16")
DRAWS = twentysecond_corpus.DRAWS | {"ref": _REFS, "age_band": _AGES}
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS
CHOSEN = ("Chine", "Solent", "Saltern", "Undercliff", "Causeway", "Downland", "Watermeadow")

_A = " The partnership's assurance group will hear how this is going in {period}."
_B = "\n\nIf you can, let us know by {date}.\n\nThanks,\nBusiness support, {scp}"
#: The benign templates, by register (which is the category of the sample); ``_uses`` says
#: how often each is filled (three at most), and the long third stays under 500 characters.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "{ref} in outline. Over two winters a girl {age_band} from {area} was taken to urgent "
        "care six times with small injuries, each easy enough to explain on its own. Nobody "
        "saw the six visits side by side until a locum at {trust} printed the list. The "
        "review will ask how repeat attendances are counted when a family uses more than "
        "one site." + _A,
        "{ref}: a boy of 16 from {area} was stabbed outside a takeaway after months of being "
        "moved around by an older group. His mother had rung the police eleven times about "
        "him going missing, mostly late on Fridays. The reviewer wants to know what {police} "
        "and the school heard from each other, and whether she was asked what she feared.",
        "Why {ref} was opened: a baby born at 33 weeks was readmitted underweight and cold "
        "seven weeks after going home. Both parents were care leavers with no family nearby. "
        "The review will look at the support planned for them, who checked that it happened, "
        "and how {council} keeps in touch with care leavers who become parents." + _A,
        "{ref}, the short version: a girl of 12 was groomed through an online game by a man "
        "who later travelled to {area} to meet her. Her school had blocked the game on its "
        "own laptops but never raised it with her parents. The {scp} will look at what "
        "parents are told about chat in games, and who tells them.",
        "Summary ({area}): twin boys of seven months were found to have healing fractures after "
        "one was taken to {trust} with a swollen arm. The father's account changed three "
        "times. The other twin was examined within a day. {ref} asks how quickly brothers "
        "and sisters are checked, and whether a health visitor's worry a month before was "
        "heard." + _A,
        "{ref}: a teenage girl with an eating disorder was cared for at home for a year while "
        "she waited for a specialist bed. Her weight fell and she stopped going to school. "
        "Staff at {trust}, her school and her GP all wrote to one another. The review will "
        "ask whether anyone was actually in charge of her care while she waited.",
        "Panel summary, {area}. A boy {age_band} went to live with his grandmother, who had "
        "early dementia, when his mother was sent to prison. Nobody assessed the arrangement, "
        "and he did most of the shopping and cooking. {ref} looks at how the children of "
        "prisoners come to light and what {council} does once it knows." + _A,
        "Outline of {ref}: a mother with a learning disability was judged able to care for "
        "her newborn after a short parenting assessment on the ward. At home, with nothing "
        "in place, the baby missed two checks and lost weight. The review will ask how such "
        "assessments are adapted for parents and followed up once the family leaves.",
        "{ref}: a 17-year-old in supported lodgings in {area} took an overdose two days after "
        "hearing his placement would end at 18. His personal adviser had changed three times "
        "in a year. The reviewer will look at when planning for leaving care begins and who "
        "checks on a young person's state of mind when plans change." + _A,
    ),
    "rapid_review_rationale": (
        "Rapid review {ref} was held on {date} with all three partners present. They agreed "
        "the criteria for a local child safeguarding practice review are met: a child was "
        "seriously harmed, and there are questions about how {trust} and {council} acted on "
        "a neighbour's call. The {role} will write to the Panel by {date2}.",
        "Decision on {ref}: the partners agree that no further review is needed. Every "
        "agency found the same gap, a referral form that never asked about other children in "
        "the home, and the form has already been changed. The reasoning, with evidence of the "
        "change, goes to the Panel by {date2}.",
        "After the rapid review for {ref}, the learning will be taken forward through the "
        "audit of {theme} already planned in {area}, not through a new review. {police} and "
        "{icb} will share their findings with the auditors by {date2}, and the report to the "
        "Panel will say why this is the quicker route to change.",
        "Rapid review {ref}: the group met on {date} at {venue}. A practice review will go "
        "ahead using a systems approach, because the facts are clear but the reasons staff "
        "made the choices they did are not. The {role} will draft the scope for agreement on "
        "{date2}, and staff who knew the family will be asked to take part.",
        "Outcome for {ref}: the partners think the case raises issues of national importance, "
        "including children used to carry drugs between several counties and arranged "
        "through one messaging app. They will recommend that the Panel carries out a national "
        "review and will send the rapid review report by {date2}.",
        "Rapid review {ref}, the partners' view: a learning event for front-line staff in "
        "{period} will do more than a written review. The family do not want to take part "
        "and every agency has already acted. The Panel will get the rapid review report and "
        "the plan for the event by {date2}, with a note on how its effect will be checked.",
        "Record of decision, {ref}: the case will be reviewed, looking at what happened when "
        "the child moved from {area} to a new school in the middle of the year and her file "
        "arrived seven weeks late. {trust} and {icb} will provide the health chronology by "
        "{date2}, and the school's own account is expected the same week.",
        "Rapid review {ref}: the partners could not agree on a review and have asked the "
        "independent scrutineer for a view before {date2}. Police and health think the "
        "learning is already known; the council believes a pattern of missed visits needs "
        "testing. The {role} will set out both positions for the Panel.",
    ),
    "minutes": (
        "{scp} executive, {date}, {venue} ({room})\n"
        "Apologies: {ambulance}.\n"
        "Decisions: {period} budget agreed; scrutineer's contract extended by a year.\n"
        "Actions: {council} to bring the workforce report; {police} to update on custody.\n"
        "Any other business: none.\n"
        "Next: {date2}, {time}.",
        "Quality assurance subgroup, {date}, {room}\n"
        "In the room: {trust}, {icb}, the {district}, an early years lead.\n"
        "Audit of {theme}: 14 cases read, practice judged {rag}.\n"
        "Agreed: findings fed back to staff through {course}.\n"
        "Re-audit of the same theme pencilled in for the following year.\n"
        "Next: {date2}.",
        "Child death review link meeting, {date}, online\n"
        "Joining: the designated doctor, {police}, {ambulance}, {council}.\n"
        "Two deaths in {area} noted; no new safeguarding concerns.\n"
        "Safer sleep leaflets to be refreshed before winter.\n"
        "Data on sudden infant deaths for the year to come to the next meeting.\n"
        "Next: {date2}, {time2}.",
        "Education safeguarding forum, {venue}, {date}\n"
        "Present: DSLs from nine schools, {council}, the {role}.\n"
        "Raised: CAMHS waits at {trust}; more children educated at home.\n"
        "Agreed: a termly briefing for heads; {ref} learning to be shared.\n"
        "Two schools offered to host the next forum in turn.\n"
        "Next: {date2}.",
        "Neglect steering group, {room}, {venue}, {date}\n"
        "Present: {council}, {trust}, {police}, housing.\n"
        "Use of the graded care profile in {area}: {rag}.\n"
        "Health visitor training on the tool booked for {period}.\n"
        "Housing to bring figures on disrepair complaints from families with children.\n"
        "Next: {date2}, {time}.",
        "Voice of the child subgroup, {venue}, {date}\n"
        "Present: youth council members, {icb}, the {district}, the {role}.\n"
        "Young people asked for shorter letters and fewer changes of worker.\n"
        "Agreed: young inspectors to review the partnership's website.\n"
        "Vouchers for the young people's time to be paid from the training budget.\n"
        "Next: {date2}.",
    ),
    "partner_email": (
        "Hi all,\n\nThe annual report for {period} is now in draft. Could each partner check "
        "the paragraphs about their own agency, figures especially, and send corrections by "
        "{date}? {police} and {trust} have replied already, which is much appreciated." + _B,
        "Dear colleagues,\n\nAfter three recent notifications raised {theme}, we are setting "
        "up a short task group. We need someone from {council}, {icb} and {ambulance}. The "
        "first meeting is at {venue} on {date2} at {time}." + _B,
        "Hello,\n\nThe {scp} website will be offline for maintenance on {date}. Procedures "
        "stay available through the HIPS procedures site, and training bookings reopen the "
        "following morning. Anyone who needs a form urgently that day can ask us for a copy "
        "by email." + _B,
        "Dear partners,\n\nThe section 11 audit opens on {date}. This year's questions are "
        "about supervision and how staff record what children tell them. {district} "
        "colleagues asked for a shorter form for housing teams, so we have made one." + _B,
        "Hi everyone,\n\nAn update on {ref}: the reviewer has met most of the practitioners, "
        "and the family have agreed to speak with her. {trust} asked whether staff may see "
        "the draft before the panel does. Yes, on {date2}, in confidence." + _B,
        "Good afternoon,\n\nA national charity has offered us free places on "
        '"{course}", online in {period}. Priority goes to staff in {council} and {police} '
        "who work with families at the front door. Please send names by the end of the "
        "month; any places not taken will be offered to schools." + _B,
        "Dear colleagues,\n\nThank you to the staff from {icb} and the {district} who gave "
        "up an evening for the parents' panel at {venue}. What the parents said about letters "
        "and meetings has gone to the procedures group for {date2}." + _B,
        "Hello all,\n\nCould agencies confirm their named lead for {ref}? We have two names "
        "for {trust} and none yet for {ambulance}. Having these by {date} means invitations "
        "to the practitioner event can go out. The lead should have known the case at the "
        "time." + _B,
    ),
    "local_review": (
        "Local review {ref}, progress: the reviewer has read every agency report and found "
        "that the family were known to eleven services, none of which knew all the others "
        "were involved. Interim findings go to the panel on {date}, and the child's father "
        "has been invited to comment on them separately, at a time that suits him.",
        "Local review {ref}: the practitioner session at {venue} on {date} heard that staff "
        "from {police} and the {district} often saw the same family on the same day without "
        "knowing it. The reviewer will test whether a shared alert would have helped." + _A,
        "Local review {ref}: terms agreed {date}. The questions are how the decision to close "
        "the case was reached, why the health visitor was not told, and how {icb} made sure "
        "the school nursing service knew about the child's medical needs. The review will "
        "cover the two years before the child was admitted.",
        "Local review {ref}: the mother has said she wants the report to explain how "
        "frightened she was of asking for help. The reviewer will meet her again, with an "
        "advocate, in {period}. The {scp} has agreed to wait for that before the draft is "
        "finished, even though it means telling the Panel the review will run late.",
        "Local review {ref}: reviewer's first meeting with the panel fixed for {date}.",
        "Local review {ref}: contact with the family made through their solicitor.",
        "Local review {ref}: held up by the inquest; new timetable agreed.",
        "Local review {ref}: the combined chronology runs to 212 entries.",
        "Local review {ref}: final draft agreed {date}, subject to the family's comments.",
    ),
    "chronology": (
        "{date}: new birth visit by the health visitor; mother tearful, partner in the room.",
        "{date}: {police} stopped the car; child in the back without a car seat.",
        "{date}: school nurse saw the child about headaches; referred on to the GP.",
        "{date}: {ambulance} attended a fall on the stairs; child checked, left at home.",
        "{date}: the {district} logged a complaint of shouting at the address.",
        "{date}: strategy discussion by phone; section 47 enquiry agreed.",
        "{date}: child seen on their own at school by the social worker.",
        "{date}: six teeth taken out at {trust} under general anaesthetic.",
        "{date}: mother went to a refuge with the two youngest.",
        "{date}: review conference; child protection plan kept for three months.",
        "{date} to {date2}: no contact with the family; phone switched off.",
        "{date}: funded nursery place for the two-year-old; attended twice.",
        "{date}: early help assessment finished with the family by {council}.",
    ),
    "checklist": (
        "Partners told of the incident within 24 hours? Yes.",
        "Serious incident notification to Ofsted by {date}.",
        "Parents told in writing that a review is under way? Yes.",
        "Named lead for each agency confirmed? Not yet.",
        "Agency chronologies asked for by {date2}.",
        "Independent reviewer found? Two possibles.",
        "{trust} report checked by the designated nurse? Yes.",
        "Family agreed to be contacted? Yes, {date}.",
        "Coroner aware of the review? Yes.",
        "{police} happy for the review to run alongside the investigation? Awaited.",
        "Learning briefing checked by the comms lead? No.",
        "Practitioner event date set? {date}.",
        "{icb} and {council} signatures on the Panel report? Both in.",
    ),
    "notice": (
        "The {scp} executive meets on {date} at {time} in {room}, {venue}.",
        "Practitioner event for {ref}: {date2}, {time} to {time2}, {venue}.",
        "Annual conference on {theme}, {venue}, {date}; booking is open.",
        "Quality assurance subgroup, {date}, {time}, {room} (a new room).",
        "Termly briefing for designated safeguarding leads at {venue}, {date}, {time}.",
        'Lunchtime webinar: "{course}", {date}, {time}.',
        "Advice drop-in for childminders at {venue} on {date}.",
        "Online safety evening for parents, {room}, {venue}, {date}.",
        "Neglect steering group moved from {date} to {date2}.",
        "Section 11 workshop, {date}, {room}, {venue}.",
        "Care leavers' forum at {venue}, {date}, {time} to {time2}.",
        "Young carers' guidance launched at {venue}, {date}, {time}.",
    ),
    "slack": (
        "minutes from yesterday are up, shout if i missed anything",
        "anyone know if {trust} are sending someone on {date}?",
        "room at {venue} confirmed for {date} :thumbsup:",
        "quick one - new Panel form or the old one?",
        "{district} can't make {time}, could we try {time2}?",
        "draft scope for {ref} in the folder, comments by {date}",
        "lovely session today, thanks to all who came",
        "{police} say the DS can come on {date}",
        "{period} brochure has gone to the printers",
        "is {ref} on the exec agenda or the QA subgroup's?",
        "slides from the scrutineer are in the thread",
        "who's chairing on {date}? I'm on leave",
        "has anyone got the latest threshold doc as a pdf",
        "{icb} joining from the car at {time}, may be late",
        "{council} want the data by {date}, can we manage it?",
    ),
    "panel": (
        "Panel acknowledged the {ref} notification on {date}.",
        "Rapid review for {ref} with the Panel; no reply yet.",
        "Panel asked two questions about the police chronology for {ref}.",
        "Panel content with the decision not to review.",
        "Panel's reply on {ref} expected by {date2}.",
        "Panel's new practice guidance circulated to the executive.",
        "Reply to the Panel on {ref} drafted by the {role}.",
        "Panel invited the partnership to a regional learning day on {date}.",
        "{ref}: Panel advised waiting for the trial before publishing.",
        "Panel thanked partners for the quality of the {ref} report.",
        "{ref} notified within five working days.",
    ),
    "publication": (
        "{ref} to be published {date} if the family agree.",
        "Publication paused while the court case goes on.",
        "Anonymised summary only; the full report stays unpublished.",
        "Family given a copy a week before publication.",
        "Media statement drafted with the {council} press office.",
        "{ref} report and briefing on the {scp} website from {date}.",
        "An easy-read version will be published with it.",
        "Publication moved to {date2} at the family's request.",
        "Report came off the website after a year, as agreed.",
        "DfE and Ofsted told of the publication on {date}.",
        "{ref} publication plan on the executive agenda for {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to flag repeat minor injuries in under-twos on the ED system by {date}.",
        "Action 2: {council} to note who lives in the home at every strategy discussion.",
        "Action: {police} to tell the school about a missing episode the next working day.",
        "Action: {icb} to fund learning disability awareness for midwives and health visitors.",
        "Action 3: a practice focus week on {theme} in {period}.",
        "Action: {ambulance} to prompt crews to record children present at adult call-outs.",
        "Action: the {district} to share eviction notices with children's services.",
        "Action 4 complete: joint protocol for bruised babies in force from {date}.",
        "Action 5: the {role} to check progress with each agency every three months.",
        "{period}: 11 improvement actions, 7 complete, 4 {rag}.",
        "Action: one agreed way of recording what children say, from {date}.",
        "Action 6: {trust} to ask about care leavers' support at booking by {date2}.",
    ),
    "housing_note": (
        "The {district} has found the family a two-bedroom flat from {date}.",
        "{district}: main housing duty accepted on {date}.",
        "The {district} will send a senior officer to the review panel.",
        "{ref} learning shared at the {district} team meeting.",
        "Housing officers working in {area} to complete {course} by {date}.",
        "IWC housing options team and Hampshire and Isle of Wight Constabulary visited guest "
        "houses in Sandown used for families placed from other areas.",
        "IWC community safety team joined detached youth workers on the esplanade in "
        "Shanklin after complaints about teenagers drinking on the sand.",
        "IWC housing options team and Isle of Wight NHS Trust health visitors talked about "
        "damp flats in Ventnor.",
        "IWC community safety team and the police spoke to shop staff in Cowes about "
        "children being sent in to steal.",
        "IWC housing options team set up a hospital discharge route for families in Brading.",
        "IWC community safety team called in at the youth club in Freshwater.",
        "IWC housing options team told school nurses about temporary housing in Bembridge.",
        "Winchester City Council housing options team and HCC Children's Services talked "
        "about young people sofa surfing in Alresford.",
        "TVBC community safety team met Hampshire Hospitals NHS Foundation Trust staff about "
        "young people at risk in Stockbridge.",
        "Basingstoke and Deane Borough Council housing options team and South Central "
        "Ambulance Service NHS Foundation Trust looked at isolated rural lets near Overton.",
        "Hart District Council community safety team and Frimley Health NHS Foundation Trust "
        "planned an outreach evening for teenagers in Odiham.",
        "Winchester City Council community safety team and University Hospital Southampton "
        "NHS Foundation Trust discussed exploitation around the square in Bishop's Waltham.",
    ),
    "training": (
        'New e-learning module: "{course}".',
        "The training evaluation survey closes {date}.",
        "Briefing for new lay members, {date}, {venue}.",
        "{course} fully booked in {period}; waiting list open.",
        "{theme} masterclass at {venue}, {date}, {time} to {time2}.",
        "Co-trainer briefing for {course}, {room}, {venue}, {date}.",
        "Trainers' peer support session, {room}, {date}.",
        "Feedback from the {theme} masterclass: staff want more case examples.",
        "Refresher training for designated leads runs through {period}.",
        "Isle of Wight Safeguarding Children Partnership gave a safer sleep talk to "
        "childminders in Sandown and Brading.",
        "Isle of Wight Safeguarding Children Partnership and the Isle of Wight NHS Trust "
        "ambulance service briefed sailing coaches in Cowes on self-harm.",
        "Hampshire Safeguarding Children Partnership trained cricket club welfare officers in "
        "Overton.",
        "Hampshire Safeguarding Children Partnership held a neglect workshop in Stockbridge.",
        "NHS Frimley Integrated Care Board spoke to GP practices in Odiham about children "
        "not brought to appointments.",
        "NHS Hampshire and Isle of Wight Integrated Care Board and Hampshire and Isle of Wight "
        "Healthcare NHS Foundation Trust ran a perinatal mental health course in Alresford.",
        "HCC Children's Services early help staff ran a parenting course in Bishop's Waltham.",
        "IWC children's services ran a private fostering session for GP receptionists in "
        "Ventnor, Freshwater and Bembridge.",
    ),
}
#: Benign pseudonyms: each of ``PSEUDONYM_WORDS`` before initials or a sibling's number or
#: letter, pairs, initials alone, and the ``CHOSEN`` words.
_AFTER_WORDS = {
    "Child": ("Q", "MB", "N", "V", "GT", "C and Child D"),
    "Infant": ("R", "BE", "M"),
    "Baby": ("K", "OK", "E and Baby F"),
    "Young Person": ("H", "S", "LU"),
    "Sibling": ("2", "4", "Z", "B"),
    "Unborn Baby": ("L",),
}
BENIGN_PSEUDONYM_TEXT = (
    *(f"{word} {tail}" for word, tails in _AFTER_WORDS.items() for tail in tails),
    *("TW", "J.P.", "HR", "Y", "A.W.", "PD"),
    *CHOSEN,
)


#: The benign side is written by the twenty-first's writer, with its ``_uses``.
_benign, _uses = twentyfirst_corpus.benign_written(sys.modules[__name__]), twentyfirst_corpus._uses


def samples() -> list[Sample]:
    """Both sides, put together by the tenth's ``assembled`` (identical on every run)."""
    return assembled("fiftyninth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
