"""A sixty-fifth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``sixtyfifth_names.json``, a seeded snapshot (seed ``sixtyfifth-<country>``,
  Python's ``random.Random``, through the tenth's ``dataset_people``: women and men in turn,
  no first name that is also in the table's surname list) from names-dataset 3.3.1 (PyPI,
  Apache-2.0, Philippe Remy's frequency tables per country), its RU (Russia) and KZ
  (Kazakhstan) tables. Earlier corpora that name these tables took these ranks (checked by
  grepping ``tests/support`` and ``tests/test_unseen_corpora.py`` for ``"RU"``, ``"KZ"``,
  ``"GE"``, Russia, Kazakhstan and Georgia, and by reading every snapshot's keys): RU the
  fourteenth's 100-1499 and the twentieth's 1500-2999; KZ the fourteenth's 100-1499 (the
  twentieth tried it at 1500-2999 and kept nobody); GE the eleventh's 100-1499 (the
  fifth's, sixth's, seventh's and fifteenth's Russian and Georgian names came from mimesis
  and Faker, not this package). So RU and KZ are drawn here from rank 3000 (``RU_RANKS``,
  ``KZ_RANKS``: first names 3000-6499, surnames 3000-7999; RU's women's list ends at rank
  6508). GE was drawn too, at 1500 (first names 1500-3999, surnames 1500-4999), and left
  out: in two draws (60 and 70 people) its first names at those ranks were almost all
  words and phrases (``Siyvarulistvis``, ``Ucnauria``, ``Dastoini``), brands
  (``Autotrade``, ``Likehouse``), keyboard junk (``Jksdhs``), pet forms (``Lizako``,
  ``Babuci``) and Azerbaijani and Armenian names (``Asqin``, ``Esger``, ``Vahag``,
  ``Vartui``); no more than a handful read as Georgian given names, too few for a table.
  Only entries in plain letters are drawn (``ASCII_ONLY``; Cyrillic entries are not drawn at
  all), and none with an x, q or w (``_usable``): at these ranks those letters spell Uzbek,
  Tajik and Azerbaijani names in Latin (``Shoxruz``, ``Raxmatillo``, ``Qasimov``) and
  German-style spellings (``Ewgeniy``), names of other countries' tables. Russian and Kazakh
  surnames mark their bearer's sex, which the tenth's draw does not match, so a person is
  kept only if the surname's ending (``HER``, ``HIS``) agrees with the column the first name
  is in (``_agrees``). The filter keeps no word of any earlier snapshot (``EARLIER``: every
  ``*_names.json`` through the sixty-third's, and those of the sixty-fourth and sixty-sixth,
  written alongside: the sixty-fourth's was read from its worktree as it stood at 03:28 UTC,
  and any that are there are read). Every draw was read by hand (by someone who reads these
  names as an English caseworker would, not as a specialist). The first draw (60 people a
  table) held much that is not a name (``NOT_NAMES``): words (``Kotik``, ``Ermine``,
  ``Bunker``, ``Kozel``), pet forms (``Sanechka``, ``Ksunya``, ``Tanyshka``, ``Natka``),
  typos (``Ehllina``, ``Ekateryna``, ``Oiga``, ``Nurwat``), junk and brands (``Asdasd``,
  ``Iherb``, ``Mobil``), places (``Semey``), first names in the surname column
  (``Nastya``, ``Slava``, ``Nurgul``, ``Rustem``, ``Zarina``), a patronymic
  (``Bolatovna``), and names of other countries (Uzbek, Tajik, Kyrgyz, Azerbaijani, Armenian
  and Vietnamese ones: ``Foziljon``, ``Zamirbek``, ``Terane``, ``Mesrop``, ``Cuong``); they
  were put in ``NOT_NAMES`` and drawn again. In the last draw (``PACKAGE_DRAWN``, 200
  people a table, of whom 109 RU and 121 KZ passed ``_agrees``) the people with such an
  entry (``DROPPED``: the first name, or the surname where only it was not a name) were
  left out without drawing again: people of Russia's and Kazakhstan's own peoples (Tatar,
  Bashkir, Dagestani, Chechen, Kazakh, Russian) were kept, those of neighbouring countries
  were not. ``DRAWN`` is what is kept: 12 RU and 21 KZ people. Regenerate with ``uv venv
  /tmp/regen65 && uv pip install -p /tmp/regen65 names-dataset==3.3.1 && PYTHONPATH=.
  /tmp/regen65/bin/python -m tests.support.sixtyfifth_corpus`` with the sixty-fourth's
  snapshot beside this file (the draw comes out the same with the sixty-fourth's and the
  sixty-sixth's snapshots both there, as they stood in their worktrees at 03:47 UTC, and
  the kept names share no word with either); names-dataset is not a dependency and the
  corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (birds, weeds and oddments of the
  Surrey heaths and woods), each starting with a letter from I to Q, none in an earlier
  corpus file nor in the sibling corpora being written alongside (``NICKNAMES``; each
  checked by grepping ``tests/support`` and the other worktrees' ``tests/support``, whole
  words, any case).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (checked by grepping their files and the sibling worktrees': an airport
  baggage handler, a treetop course instructor, a bell tower's ringing master, an airshow
  volunteer, an organ scholar, a bike mechanic, a dry ski slope instructor, a roller disco
  steward, an air cadet instructor, a body piercer, an aerial installer, a croquet club
  secretary, a real tennis professional, a bridge club host, a water polo coach, a
  cheerleading coach, a steel band tutor, a gospel choir leader, a ukulele group leader, a
  stagehand, a planetarium presenter, a wedding planner, a barista, a petanque player),
  and the same people typed in lower case or signing off a message; pseudonyms that name
  a child or give one away; the nicknames; twelve ways of typing a date of birth; homes on
  made-up streets (``STREETS``) in the twelve towns, and postcodes; phone, NHS and
  national insurance numbers; made-up schools and a pupil referral unit (``SCHOOLS``);
  email addresses. The twenty-seventh's ``identifying_of`` (over the twenty-fifth's) lays
  them out.
- Benign text, every template hand-written for this corpus (``BENIGN``, at least 140; the
  twenty-first's ``_uses`` fills none more than three times, so that over a third of the
  text runs to 300 characters or more): case summaries, rapid review decisions, minutes,
  partner emails and local review notes at length; chronology entries, checklist answers,
  notices, Slack messages, Panel and publication notes, improvement actions, housing and
  community safety notes and training news kept short. It is set in twelve towns and
  large villages of Surrey that no earlier corpus file names (``AREAS``; each checked by
  grep, whole word and as a substring, in ``tests/support`` and the sibling worktrees):
  Haslemere, Cranleigh, Ewhurst, Chiddingfold, Shere, Lingfield, Warlingham, Horley,
  Tadworth, Bagshot, Lightwater and Cobham. The brief's other two
  suggestions were left out, as earlier corpus files name them (one is an earlier
  corpus's nickname, so it is not written here). Four of the six boroughs and
  districts these towns are in are earlier corpora's areas (the twenty-third's and the
  twenty-sixth's; their names are not written in this file), so their councils are written
  by their initials, as staff type them: WBC for Haslemere, Cranleigh, Ewhurst and
  Chiddingfold; TDC for Lingfield and Warlingham; SHBC for Bagshot and Lightwater; EBC for
  Cobham. Guildford Borough Council (Shere) and Reigate and Banstead Borough Council
  (Horley, Tadworth) are no earlier corpus's area and are written in full. The county's
  partners are the same everywhere: Surrey County Council children's services, Surrey
  Police and the Surrey Safeguarding Children Partnership, with NHS Surrey Heartlands ICB,
  or NHS Frimley ICB for Bagshot and Lightwater, and South East Coast Ambulance Service NHS
  Foundation Trust. Checked with the ``search`` tool (pages): the partnership's own site
  names it the Surrey Safeguarding Children Partnership (SSCP), launched in September
  2019, with Surrey County Council, Surrey Police and NHS Surrey Heartlands Integrated Care
  Board (acting for the ICBs of the county) as its three statutory partners, and district
  and borough councils, schools and the Police and Crime Commissioner's office at its
  executive; the county council's pages name its Children's Single Point of Access
  (C-SPA) and the Continuum of Support. Written from memory, not checked: the hospital and
  community trusts and which serves which town (Royal Surrey NHS Foundation Trust, Surrey
  and Sussex Healthcare NHS Trust, Frimley Health NHS Foundation Trust, Ashford and St
  Peter's Hospitals NHS Foundation Trust, Surrey and Borders Partnership NHS Foundation
  Trust, First Community Health and Care, CSH Surrey), NHS Frimley ICB's name and area,
  the ambulance trust's name, which council each town is in, and every venue (the
  libraries of Haslemere, Cranleigh, Horley, Tadworth, Bagshot, Lightwater, Cobham and
  Warlingham; Haslemere Hall; the village halls of Ewhurst, Chiddingfold, Shere, Lingfield,
  Warlingham, Bagshot and Cobham; Cranleigh, Horley and Lightwater leisure centres; the
  community centres of Ewhurst, Chiddingfold, Shere, Lingfield and Tadworth); some may be
  named differently, have moved, closed or not exist. Every venue is a public building
  (council offices, a library, a hall, a leisure or community centre), never anyone's home.
  The roles, themes, courses, rooms, times and periods are the shared ``DRAWS`` (the
  twenty-first's and twenty-second's lists, through the fifty-seventh); people in the
  benign text appear only as roles.
- Identifiers: the tenth corpus's ``person_values`` makes up every one, always inside a
  range kept for fiction: Ofcom's drama telephone numbers, NHS numbers starting 999 whose
  check digit is valid, national insurance numbers with the QQ prefix, addresses at
  example.com, example.org and example.net, and postcodes shaped like real ones in areas
  Royal Mail has never used. A sample that names a drawn person has its table's label as
  source (``names-dataset-RU`` or ``names-dataset-KZ``), one that names a nickname has
  ``hand-nicknames``, and the rest ``hand``.
- Benign pseudonyms (``BENIGN_PSEUDONYM_TEXT``) keep to what DOMAIN.md allows: initials,
  alone or after a word of ``PSEUDONYM_WORDS``; a brother or sister by number or letter;
  and words of the Surrey heaths, hangers and Wey meadows that are no one's first name and
  appear in no earlier corpus file (``CHOSEN``, grepped as the nicknames were).

No drawn name is a word of the benign text, so ``assembled`` drops no one. The guard has
never been run on this corpus, and nothing in it was shaped by what the guard does.
"""

from __future__ import annotations

import importlib
import sys
from functools import partial
from pathlib import Path

from tests.support import fiftyseventh_corpus as _57
from tests.support import fortysecond_corpus as _42
from tests.support import sixtythird_corpus as _63
from tests.support import twentyfifth_corpus as _25
from tests.support import twentyfirst_corpus as _21
from tests.support import twentyseventh_corpus as _27
from tests.support.independent_corpus import Sample

#: Names the tests and the tenth's and twenty-fifth's writers look up on a corpus, as the
#: fifty-seventh re-exports them; its other helpers are called through ``_57``.
DRAMA_PREFIXES, INWARD_LETTERS, PLAIN = _57.DRAMA_PREFIXES, _57.INWARD_LETTERS, _57.PLAIN
POSTCODE_AREAS, benign_words = _57.POSTCODE_AREAS, _57.benign_words
nhs_check_digit, _earlier_names = _57.nhs_check_digit, _57._earlier_names

SEEN = ""
NAMES_FILE = Path(__file__).with_name("sixtyfifth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), RU and KZ tables"
SEED = "sixtyfifth-<country>"
#: Every earlier snapshot: the sixty-third's list and its own, and those of the sixty-fourth
#: and sixty-sixth (written alongside, so read only when they are there).
EARLIER = tuple(
    dict.fromkeys(
        (
            *_63.EARLIER,
            "sixtythird_names.json",
            *("sixtyfourth_names.json", "sixtysixth_names.json"),
        )
    )
)
#: The ranks drawn here (see the docstring for the ranks earlier corpora took): each
#: table's first names, then its surnames; and GE's, drawn and left out.
RU_RANKS = ((3000, 6500), (3000, 8000))
KZ_RANKS = ((3000, 6500), (3000, 8000))
GE_RANKS = ((1500, 4000), (1500, 5000))
COUNTRIES = ("RU", "KZ")
ASCII_ONLY = frozenset(COUNTRIES)
PACKAGE_DRAWN = (("names-dataset-RU", 200), ("names-dataset-KZ", 200))
DRAWN = (("names-dataset-RU", 12), ("names-dataset-KZ", 21))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the first draw (GE's among them) read by hand as words, places, brands, pet
#: forms, typos, junk, names of another country or of the other column: drawn again.
NOT_NAMES = frozenset(
    {
        *("Abdrahman", "Abdurashid", "Abduraxmanov", "Abish", "Adalad", "Adilxan", "Ainagul"),
        *("Aitzhan", "Aivaziani", "Akbarov", "Akramov", "Aldabergen", "Aleqsii", "Aleskerov"),
        *("Aliwer", "Amanbek", "Annaluka", "Ardevani", "Arushanova", "Asadullo", "Asaturiani"),
        *("Asdasd", "Ashim", "Asilbek", "Asqin", "Asul", "Autotrade", "Aynaz", "Ayoka"),
        *("Azimjon", "Aznivik", "Babuci", "Barsegyan", "Batyr", "Billi", "Bilol", "Bolatovna"),
        *("Bot", "Botirov", "Bunker", "Cuong", "Dasdamirov", "Dastoini", "Deniza", "Dik"),
        *("Dily", "Dinok", "Dulat", "Egot", "Ehllina", "Ehvelina", "Ekateryna", "Elesker"),
        *("Elinka", "Elmira", "Eqvto", "Ermine", "Esger", "Ewgeniy", "Farangis", "Faxriddin"),
        *("Foziljon", "Gamgebeli", "Get", "Gewadze", "Gilaan", "Gulieva", "Gulis", "Gulnafis"),
        *("Gulsura", "Gunka", "Hakopyan", "Hexenatia", "Hndzar", "Iba", "Iherb", "Ishan"),
        *("Isimkhan", "Isroil", "Jalol", "Jksdhs", "Jonni", "Jsidhdn", "Knara", "Konst"),
        *("Kordon", "Kotik", "Kozel", "Ksunya", "Kunduz", "Kurman", "Lash", "Lerikuna"),
        *("Lesja", "Likehouse", "Lizako", "Lluka", "Lomta", "Mahabbat", "Mahliyo", "Makaa"),
        *("Mamur", "Margush", "Matevosyan", "Meerim", "Meqi", "Mesrop", "Mobil", "Muhlisa"),
        *("Muhriddin", "Nacaf", "Naska", "Nastya", "Natka", "Natrla", "Nerses", "Nurgul"),
        *("Nurov", "Nurwat", "Obid", "Oiga", "Ongar", "Penah", "Pogosova", "Polin"),
        *("Qaracayev", "Radhekrishna", "Rahmatillo", "Raxmatillo", "Rezuan", "Rovsan"),
        *("Rustem", "Rzaev", "Salious", "Sanechka", "Sarkisov", "Sarxan", "Sattorov", "Semey"),
        *("Seruja", "Shaverdov", "Sherbek", "Shokomoko", "Shoxruz", "Siyvarulistvis"),
        *("Sjsjshsh", "Skuuna", "Slava", "Tamta", "Tamtas", "Tanyshka", "Tegreed", "Tekk"),
        *("Teloian", "Temos", "Terane", "Timur", "Torosyan", "Torty", "Tsisi", "Tyo", "Uali"),
        *("Ucnauria", "Ucnob", "Umma", "Vahag", "Vartui", "Vaxovaxo", "Viktorya", "Waxo"),
        *("Wert", "Wixiev", "Xiyar", "Xoda", "Yahyo", "Yuldoshev", "Zamirbek", "Zarina"),
        *("Zerde", "Zhak", "Ziada", "Ziyodullo", "Zokirov", "Zviadi"),
    }
)
#: People of the last draw with such an entry, left out without drawing again.
DROPPED = frozenset(
    {
        *("Adalyat", "Aibibi", "Aidai", "Aikosh", "Ainaz", "Aioka", "Akjol", "Aksunkar"),
        *("Aktlek", "Akzada", "Akzharkin", "Alash", "Alekcandr", "Aleksan", "Aleksanbr"),
        *("Alema", "Alenushka", "Alijan", "Aliyusha", "Almabek", "Altynzer", "Alyonochka"),
        *("Amur", "Aneliya", "Anipa", "Ansat", "Araily", "Araksya", "Arnella", "Arseni"),
        *("Arslon", "Artemka", "Aruhan", "Arus", "Arzuman", "Avazbek", "Ayganym", "Bakitjamal"),
        *("Bakon", "Bakytkul", "Begaly", "Beibyt", "Bekhruz", "Beslan", "Bobir", "Boka"),
        *("Burkit", "Caule", "Colea", "Dalel", "Dariko", "Darua", "Dashunya", "Dastonbek"),
        *("Dem", "Demeu", "Demis", "Dianochka", "Dilnoz", "Diyora", "Djulia", "Edyard"),
        *("Ekatetina", "Eljan", "Elmurad", "Elyar", "Eraj", "Erlen", "Ers", "Evgenie"),
        *("Evgenij", "Fakhriddin", "Faya", "Feru", "Frau", "Gadjimurad", "Gakku", "Gevork"),
        *("Goharik", "Gufa", "Gulchehra", "Gulek", "Gunduz", "Gunel", "Guzelia", "Gylnara"),
        *("Harutyun", "Heghine", "Igori", "Izaura", "Jainar", "Janabai", "Jenisgul", "Jibeka"),
        *("Juliia", "Kalizhan", "Kamazhai", "Kamron", "Kanysh", "Katrinka", "Katyusha"),
        *("Krestina", "Ksenua", "Ksyushka", "Kurbon", "Lashes", "Layra", "Lenok", "Leyli"),
        *("Linka", "Lizaveta", "Ljuba", "Londa", "Lyaz", "Lyov", "Lysi", "Madinka", "Mahsat"),
        *("Makhsat", "Mamura", "Mansurbek", "Mardon", "Margorita", "Marik", "Mavlyuda"),
        *("Mersedes", "Mirzabek", "Muhamedjan", "Murager", "Nadiy", "Nake", "Namig", "Narik"),
        *("Natalli", "Naurizbek", "Neko", "Nickolai", "Nurlat", "Nusha", "Oktam", "Olesay"),
        *("Omirgul", "Omon", "Orynsha", "Petia", "Polia", "Pubg", "Radmira", "Rakhim"),
        *("Rostislav", "Rumilya", "Sabuhi", "Sagyn", "Salom", "Samid", "Sarvarbek", "Serebro"),
        *("Sergius", "Sev", "Shkola", "Shohsanam", "Sirim", "Stefa", "Suro", "Syuzanna"),
        *("Tabriz", "Tatiyana", "Temirbolat", "Temka", "Tojiddin", "Tokjan", "Vadik", "Vadya"),
        *("Valek", "Valyushka", "Vasia", "Vaska", "Vet", "Vladik", "Vladis", "Vovan", "Vovik"),
        *("Yaha", "Yesbol", "Ylia", "Yrii", "Yulay", "Yurka", "Zagra", "Zaru", "Zayniddin"),
        *("Zhanara", "Zhanira", "Zhuldizai", "Zhyldyz", "Ziyash", "Zlikha"),
    }
)
#: Endings of Russian and Kazakh surnames that mark a woman's and a man's.
HER = ("ova", "eva", "ina", "aya", "yna")
HIS = ("ov", "ev", "in", "iy", "yi", "ky", "kiy")


def _usable(name: str, country: str) -> bool:
    """The tenth's test, plain letters, less ``NOT_NAMES`` and any with an x, q or w."""
    ok = _57.table_entry_ok(name, country, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)
    return ok and not set("xqw") & set(name.casefold())


def _agrees(pair: list[str], women: set[str], men: set[str]) -> bool:
    """Whether a surname that marks its bearer's sex matches the column of the first name
    (one in both columns matches only an unmarked surname)."""
    first, last = pair
    she, he = first in women - men, first in men - women
    if last.endswith(HER):
        return she
    if last.endswith(HIS):
        return he
    return she or he


#: Each table's ranks, in the order of ``PACKAGE_DRAWN``.
TABLE_RANKS = (("RU", RU_RANKS), ("KZ", KZ_RANKS))


def regenerate_names() -> None:
    """Write the snapshot afresh (names-dataset importable only here): the tables in the
    order of ``PACKAGE_DRAWN``, each at its ``TABLE_RANKS`` through the tenth's
    ``dataset_people``, sharing one set of words already used; kept where ``_agrees``, less
    ``DROPPED``."""
    top = importlib.import_module("names_dataset").NameDataset().get_top_names(n=6500)
    taken = _earlier_names(tuple(n for n in EARLIER if NAMES_FILE.with_name(n).exists()))
    kept = {}
    for (table, (first_at, last_at)), (label, asked) in zip(
        TABLE_RANKS, PACKAGE_DRAWN, strict=True
    ):
        women = set(top[table]["F"][slice(*first_at)])
        men = set(top[table]["M"][slice(*first_at)])
        pairs = _57.dataset_people(
            ((table, asked),), last_at, taken, "sixtyfifth", _usable, first_at
        )
        kept[label] = [
            pair for pair in pairs[table] if _agrees(pair, women, men) and DROPPED.isdisjoint(pair)
        ]
    _57.write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, kept)


_people = partial(_57.snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Kilnfield Walk", "Pinewood Drove", "Hatchgate Lane", "Glasshouse Fold")
STREETS += (
    "Besom Maker's Hanger",
    "Charcoal Burners' Way",
    "Wattle Hurdle Copse",
    "Sluice Meadow Row",
)
TOWNS = ("Haslemere", "Cranleigh", "Ewhurst", "Chiddingfold", "Shere", "Lingfield")
TOWNS += ("Warlingham", "Horley", "Tadworth", "Bagshot", "Lightwater", "Cobham")
SCHOOLS = (
    "Kilnfield Walk Primary School",
    "Pinewood Drove Infant School",
    "St Edburga's Church of England Primary",
    "Hatchgate Junior School",
    "Glasshouse Fold Free School",
    "Wattle Hurdle Copse Nursery School",
    "Besom Maker's Hanger Academy",
    "Sluice Meadow Pupil Referral Unit",
)
SCHOOL_SHORT = ("Kilnfield Walk", "Pinewood Drove", "St Edburga's", "Hatchgate", "Besom Maker's")
RELATIVES = ("babushka", "apa", "aje", "dedushka", "tyotya", "nan", "stepmum")
RELATIVES += ("mum's boyfriend",)
#: How dates of birth are typed here (twelve shapes over the tenth's ``_date`` fields),
#: then how meeting and notification dates are typed on the benign side.
BIRTH_FORMS = ("{d}-{mm}-{y}", "{dd}.{m}.{yy}", "{y}-{m}-{d}", "{d}{th} of {mo} {y}")
BIRTH_FORMS += ("{mon} {d}{th} {y}", "{wd} {d} {mon} {y}", "{d} {mo} {yy}", "{dd}-{mo}-{y}")
BIRTH_FORMS += ("{d} {mon}, {y}", "{dd}/{m}/{y}", "{mo} {d}{th}, {y}", "{d}.{mm}.{y}")
WHEN_FORMS = ("{wd} {d} {mon}", "{dd}.{mm}.{y}", "{d}{th} {mo}", "{wd} {d}/{m}", "{d} {mon} {y}")
#: A child's birth date, aged 0 to 17, by the forty-second's draw in this corpus's shapes.
_birth = partial(_42._birth, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# Fields (filled by the tenth's person_values): {f} {l} the child; {g} {h} the adult who
# cares for them; {k} a sibling; {rel} some other relative; lower-case and initial forms.
NAME_TEXT = (
    "Baggage handler at the airport saw {f} {l}, 15, come through arrivals with a man who "
    "held her passport and did most of the talking; she said {g} did not know she had gone.",
    "A treetop course instructor says {f} {l} froze on the rope bridge and sobbed that {g} "
    "would lock them in the shed again for being a baby.",
    "Ringing master at the bell tower says {f} {l}, 12, comes to practice night in the same "
    "clothes each week and has asked twice if they can sleep in the ringing chamber.",
    "An airshow volunteer found {f} {l} alone by the hangars at dusk; the child said {g} {h} "
    "had driven off after a row and told them to walk home.",
    "The organ scholar says {f} {l} hides in the vestry after choir and flinches whenever "
    "{g}'s name comes up; there is a bruise the shape of a hand on their neck.",
    "Bike mechanic at the trail centre says {f} {l}, 14, keeps bringing in new bikes with "
    "the frame numbers filed off, sent by an older lad he calls his boss.",
    "Dry ski slope instructor says {g} {h} shoved {f} down the nursery slope after a fall and "
    "shouted that the lessons were wasted money.",
    "Roller disco steward saw {f} {l}, 13, leave with two men in their twenties who had "
    "been buying her drinks from the shop next door all evening.",
    "Air cadet instructor says {f} {l} has cigarette burns on the inside of the arm and said "
    "{g}'s friend did it as a dare.",
    "A body piercer turned {f} {l}, 14, away; the man with her said he was {g} and signed "
    "the form, but she called him by another name.",
    "The aerial installer working in the loft saw {f} and {k} {l} locked in the back bedroom "
    "with a bucket; {g} {h} said they were being punished.",
    "Croquet club secretary says {f} {l}, 9, waits on the lawn till dark every Thursday "
    "because {g} does not come back for them.",
    "Real tennis professional says {f} {l} told him {g} {h} takes her phone and reads every "
    "message, and that she is not allowed out without {g}.",
    "Bridge club host found {f} {l}, 11, asleep in the cloakroom at 10pm; {g} {h} was playing "
    "upstairs and said the child was fine.",
    "Water polo coach says {f} {l} has been losing weight fast and said {g} makes them "
    "skip meals before every match.",
    "The cheerleading coach says {f} {l}, 16, is picked up after practice by a man of about "
    "forty in a black car who is not family.",
    "Steel band tutor says {f} {l} turned up with a split lip and said {g} {h} threw a plate "
    "during a row with {k}.",
    "Gospel choir leader says {g} {h} told the choir that {f} is possessed and needs the "
    "devil beaten out of her.",
    "A ukulele group leader says {f} {l}, 10, has not been collected three weeks running and "
    "walks home across the common in the dark.",
    "Stagehand at the theatre found {f} {l} crying in the wings; the child said {g} had "
    "pulled out clumps of their hair for forgetting a line.",
    "The planetarium presenter says {f} {l}, 8, was left at the show on a school trip day "
    "with no packed lunch and said {g} sleeps all day.",
    "Wedding planner says {f} {l}, 15, was working as a waitress at the venue until 2am "
    "for cash, sent by {g}'s partner.",
    "Barista at the station kiosk says {f} {l} comes in before school shaking and hungry and "
    "once said {g} {h} had hit them with a hairbrush.",
    "Petanque player at the recreation ground saw {g} {h} kick {f} and drag the child along "
    "the gravel by one arm.",
)
NAME_LOWER = (
    "baggage handler rang again about {fl} {ll}",
    "{fl} at the roller disco again with the older men",
    "ringing master says {fl} {ll} asked to sleep in the tower",
    "{ll} kids left at the bridge club till late again",
    "cheerleading coach - {fl} in the black car again",
    "{gl} {hl} not picking up, {fl} walking home over the common",
    "water polo coach worried about {fl}'s weight",
    "bike mechanic says {fl} {ll} back with another bike",
    "body piercer - {fl} there with the same man",
    "left vm for {fl}'s {rel}, no reply",
    "{fl} {ll} not at after school club since tues",
    "air cadets say {fl} has new burns",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "the {l} sisters",
    "{f} {age}yrs",
    "{fi} {l}",
    "{f}+{k} {l}",
    "young master {l}",
    "the {l} boy from the farm",
    "{h}'s middle child {f}",
    "{f} from ski club",
    "{l} / {f}",
)
SIGN_OFF = (
    "dont tell mum i wrote this\n{fl}",
    "Thanks so much\n{g} {h}\n({rel} of {f})",
    "cheers x\n{g}, {f} and {k}'s mum",
    "{f} {l}\nsent from my phone",
    "Done on {rel} {g} {h}'s laptop for {f}",
    "Warm regards,\n{g} {l}\nfoster mum",
    "{g} ({rel} to {f}) - ring after 6",
    "{age}-year-old {f} {l}",
    "{g} {h}\nSGO carer for {f}",
)
NICKNAMES = ("Ivyleaf", "Jackdawsy", "Jugglebug", "Kestrelkin", "Knapweed", "Larkspurr")
NICKNAMES += ("Lobbit", "Mossback", "Mothwing", "Nightjarry", "Oakapple", "Owlet")
NICKNAMES += ("Pinecone", "Quagling", "Kitbag", "Moonpenny")
NICKNAME_TEXT = (
    "'{n}' is what the group chat calls her, the youth worker says.",
    "He is known as {n} at the snooker hall, where men pay him to run errands.",
    "{f}'s {rel} was heard shouting '{n}!' outside the leisure centre at 11pm.",
    "The DSL found {n} saved in a man's contacts on the phone she handed in.",
)
NICKNAME_PSEUDONYM = (
    "{n}",
    "baby {n}",
    "{n} {li}",
    "{n} aka {l}",
)
DOB_TEXT = (
    "red book says {dob}",
    "dob: {dob} (per mum)",
    "{g} not sure, thinks {f} born {dob}",
    "SIMS has {dob}",
    "born East Surrey Hospital, {dob}",
    "{f} {l} - born {dob} - no GP",
    "{dob}, making {f} {age}",
    "passport and {rel} disagree, passport says {dob}",
    "prem baby, born {dob}, 29 weeks",
)
PHONE_TEXT = (
    "mum mob: {phone}",
    "best to call {g} on {phone} in the school run gap",
    "{rel} (mobile) {phone}, speaks Russian",
    "home tel {phone}",
    "the texts were from {phone}; {f} says it's the man with the Audi",
    "babushka can be reached on {phone}",
)
NHS_TEXT = (
    "NHS # {nhs} per GP",
    "NHS no for {f} is {nhs}",
    "baby (not named yet) NHS number {nhs}",
    "{nhs} (NHS no from the discharge summary)",
)
NI_TEXT = (
    "mum's NINo is {ni}",
    "NI for stepdad: {ni}",
    "NI for dad, off his payslip: {ni}",
    "{rel} gave NI as {ni}",
)
ADDRESS_TEXT = (
    "new address: flat above the shop on {street}, {town}",
    "sleeping on a mate's sofa on {street}",
    "no answer at {street}, {town}, dog barking",
    "{f} stays at their {rel}'s, {street}",
    "police have been to {street} three times in a fortnight",
    "kicked out of {street}; B&B in {town} now",
)
POSTCODE_TEXT = (
    "postcode on the referral {postcode}",
    "PC {postcode} (check)",
    "moved again, new p.code {postcode}",
)
SCHOOL_TEXT = (
    "{f} in year {year_group} at {school} since Sept",
    "attendance 58% (yr {year_group}, {school})",
    "{short} DSL rang at 8.45",
    "{f} joined {short} mid-year",
    "{n2} missed sessions for {f} at {school}",
)
EMAIL_TEXT = (
    "{g} uses {e} for everything",
    "screenshots forwarded from {e}",
    "write to {g} {h} on {e}",
)
PSEUDONYM_REVEALING = (
    "Baby {l} (b. {dob}, NICU)",
    "{fi}{li} at {street}",
    "{short} pupil {fi}{li} Y{year_group}",
    "the little one at {postcode}",
    "NHS {nhs} / {fi}{li}",
    "{l} lad, {age}, from {town}",
    "{fi}{li} b {dob}",
    "{school} pupil, Y{year_group}",
    "the {l} household in {town}",
)


#: The twenty-fifth's ``identifying_tables`` gathers the tables above: homes, schools and
#: kin; each identifying category's templates; and the sixteen nicknames.
KIN, TEMPLATES, NICKNAMED = _25.identifying_tables(sys.modules[__name__])


_identifying = _27.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their initials or real names) ------

_SURREY = {
    "council": ("Surrey County Council children's services",),
    "police": ("Surrey Police",),
    "icb": ("NHS Surrey Heartlands ICB",),
    "ambulance": ("South East Coast Ambulance Service NHS Foundation Trust",),
}
_SABP = "Surrey and Borders Partnership NHS Foundation Trust"
_WEST = _SURREY | {"trust": ("Royal Surrey NHS Foundation Trust", _SABP)}
_EAST = _SURREY | {
    "trust": ("Surrey and Sussex Healthcare NHS Trust", "First Community Health and Care")
}
_HEATH = _SURREY | {
    "icb": ("NHS Frimley ICB",),
    "trust": ("Frimley Health NHS Foundation Trust", _SABP),
}
_NORTH = _SURREY | {
    "trust": ("Ashford and St Peter's Hospitals NHS Foundation Trust", "CSH Surrey")
}
_GBC, _RBBC = "Guildford Borough Council", "Reigate and Banstead Borough Council"

#: For each of the twelve towns: its partners by kind (``KINDS``), the teams of its borough
#: or district council (initials where that council's name is an earlier area), and two
#: public buildings in the town where meetings are held.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Haslemere": _WEST | _57._district("WBC") | {"venue": ("Haslemere Library", "Haslemere Hall")},
    "Cranleigh": _WEST
    | _57._district("WBC")
    | {"venue": ("Cranleigh Library", "Cranleigh Leisure Centre")},
    "Ewhurst": _WEST
    | _57._district("WBC")
    | {"venue": ("Ewhurst Village Hall", "Ewhurst Community Centre")},
    "Chiddingfold": _WEST
    | _57._district("WBC")
    | {"venue": ("Chiddingfold Village Hall", "Chiddingfold Community Centre")},
    "Shere": _WEST
    | _57._district(_GBC)
    | {"venue": ("Shere Village Hall", "Shere Community Centre")},
    "Lingfield": _EAST
    | _57._district("TDC")
    | {"venue": ("Lingfield Village Hall", "Lingfield Community Centre")},
    "Warlingham": _EAST
    | _57._district("TDC")
    | {"venue": ("Warlingham Library", "Warlingham Village Hall")},
    "Horley": _EAST | _57._district(_RBBC) | {"venue": ("Horley Library", "Horley Leisure Centre")},
    "Tadworth": _EAST
    | _57._district(_RBBC)
    | {"venue": ("Tadworth Library", "Tadworth Community Centre")},
    "Bagshot": _HEATH
    | _57._district("SHBC")
    | {"venue": ("Bagshot Library", "Bagshot Village Hall")},
    "Lightwater": _HEATH
    | _57._district("SHBC")
    | {"venue": ("Lightwater Library", "Lightwater Leisure Centre")},
    "Cobham": _NORTH | _57._district("EBC") | {"venue": ("Cobham Library", "Cobham Village Hall")},
}
#: Partner kinds as the forty-eighth set them out, one partnership for the county (by the
#: name its site uses), and the full list of agencies the text must name.
KINDS, PARTNERSHIPS = _57.KINDS, tuple(AREAS)
SCP = dict.fromkeys(AREAS, "Surrey Safeguarding Children Partnership")
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
#: This corpus's own place words for benign pseudonyms, and the words that may come
#: before initials in one (the shared list).
CHOSEN = ("Hurtwood", "Hammerpond", "Heathside", "Weyside", "Hangerside", "Commonside")
CHOSEN, PSEUDONYM_WORDS = (*CHOSEN, "Sandpit"), _57.PSEUDONYM_WORDS
#: Endings shared by several templates: a note on who follows the work up, and the
#: partnership team's sign-off to an email.
_P = " The SSCP's learning and improvement subgroup will check on progress in {period}."
_S = "\n\nPlease let the partnership team know by {date}.\n\nThanks,\n{scp} team"
#: Values a benign fill picks from: the shared lists, with this corpus's own review
#: numbers and age bands.
_OWN_DRAWS = {"ref": ("RR 65-03", "LCSPR 65/02", "RR/65/09", "CSPR-65-04", "RR 65/12")}
_OWN_DRAWS["ref"] += ("TR 65-06",)
_OWN_DRAWS["age_band"] = ("aged six weeks", "under one", "aged two", "aged 13", "aged 17")
DRAWS = _57.DRAWS | _OWN_DRAWS
#: Hand-written benign text; the key is the sample's category (its register). The
#: twenty-first's ``_uses`` decides how often each is filled; the long ones fit a note field.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary, {ref}: a baby from {area} was admitted to {trust} with a bleed on the "
        "brain after being shaken during a long bout of crying. The father worked nights "
        "and no one had talked with him about coping with crying; the ICON leaflet went "
        "home in the mother's bag. The review will ask how services reach "
        "fathers who are rarely at appointments." + _P,
        "{ref}: a girl of 14 from {area} was groomed through a game chat and met the man at "
        "a railway station, where staff stepped in. Her school's web filter had flagged "
        "worrying searches a month before, but the alert sat in an inbox over the holiday. "
        "The review looks at how schools act on filtering alerts and how {police} and "
        "{council} work with families afterwards.",
        "Background to {ref}. A family living on a roadside encampment near {area} was "
        "moved on three times in six weeks. A child {age_band} had a dental abscess left "
        "untreated until {ambulance} was called. Each move closed one health record and "
        "opened another. The partnership asks how Gypsy, Roma and Traveller families keep "
        "their health care when they are moved on.",
        "Context, {ref}: a boy of 16 came from abroad to study and lived with a family "
        "friend in {area} for a year before the council knew. The language school noticed "
        "he was working evenings and losing weight. Nobody had told anyone this was a "
        "private fostering arrangement. The review will look at how schools, GPs and "
        "colleges spot such arrangements and tell {council}.",
        "Short account ({area}): a baby died after sleeping on a sofa with a parent who had "
        "been drinking at a family party. Safer sleep advice was given on the ward, but the "
        "family's temporary flat had no cot and nobody asked where the baby would sleep. "
        "{ref} will ask how {trust} and the {district} check sleeping arrangements when a "
        "family is placed in a hurry.",
        "{ref}, outline: a child {age_band} from {area} was seen for burns at three different "
        "minor injury units over a year. Each visit was recorded, but the units use two "
        "record systems that do not talk to each other, so no pattern showed. The review "
        "will look at how urgent care records are linked and when a repeat attendance "
        "should prompt a safeguarding check.",
        "Panel summary, {area}: a mother of 16, herself a looked after child, had a baby who "
        "was later found to have a healed fracture. Two social workers, one for each of "
        "them, each thought the other was leading on the baby's safety plan. {ref} will "
        "test how {council} allocates work when a young parent and her child both need a "
        "plan." + _P,
        "Outline, {ref}: a boy of 12 from {area} was found with a kitchen knife in his bag "
        "at school. He said he carried it after being robbed of his phone on the way home. "
        "He was suspended, and the robbery was not reported to {police} until a week "
        "later. The review asks whether the school response saw a frightened child or "
        "only a weapon.",
        "Background ({ref}): a girl of 15 from {area} with an eating disorder was admitted "
        "to {trust} at a dangerously low weight after four months on a waiting list. Her "
        "parents disagreed about treatment and missed appointments. The review will look "
        "at when missed medical care becomes neglect, and how community teams keep a "
        "child safe while waiting for specialist help.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}, decision: a local child safeguarding practice review. The "
        "criteria are met and there is learning about how the GP's knowledge of a mother's "
        "worsening postnatal depression reached {trust} and the health visitor. The "
        "National Panel will be told by {date2}, and the {role} will draft terms of "
        "reference for the executive to agree.",
        "Rapid review {ref}, decision: no local review. Medical opinion is that the injury "
        "was accidental, agencies acted quickly, and information was shared well on the "
        "night. The only learning is for {trust} on how injuries are measured and recorded, "
        "which it is taking forward itself. Partners agreed on {date}; the Panel will have "
        "the reasons by {date2}.",
        "Rapid review {ref}, decision: the review will run jointly with the domestic "
        "homicide review already commissioned after the mother's death, so that the family "
        "is not asked the same questions twice. The community safety partnership's chair "
        "has agreed one reviewer for both. {police} and {icb} will share one chronology, "
        "due {date2}.",
        "Rapid review {ref}, decision: this is the third death of a young person by suicide "
        "in the county in eighteen months, so the partners will commission a thematic "
        "review of adolescents in crisis instead of a single case review. {trust} and "
        "{council} will help shape the scope, and the Panel will be told by {date2}.",
        "Rapid review {ref}, decision: the local review will go ahead alongside the police "
        "investigation. The reviewer will not speak with witnesses until the Crown "
        "Prosecution Service agrees, and {police} will say which records can be shared "
        "now. Terms of reference go to the executive on {date2}, with the CPS letter "
        "attached.",
        "Rapid review {ref}, decision: the child lived mostly with a parent in a "
        "neighbouring county, so that county's partnership will lead the review. Surrey "
        "agencies, {trust} and {police} among them, will send chronologies to its business "
        "unit by {date2}, and the {role} will sit on the review panel.",
        "Rapid review {ref}, decision: an appreciative review. A school nurse in {area} kept "
        "pressing for a paediatric assessment and a serious injury was found in time. The "
        "partners want to learn what helped her persist and how managers backed her. A "
        "short report and a podcast for staff are planned for {period}.",
        "Rapid review {ref}, decision deferred: the partners need the crew's records from "
        "{ambulance} and the emergency department notes from {trust} before they can decide. "
        "A second rapid review meeting is booked for {date2}, and the Panel has been told "
        "the decision will follow within a week of it.",
    ),
    "minutes": (
        "{scp} executive, {date}, {room}, {venue}\n"
        "Attending: {council}, {police}, {icb}, the {district}.\n"
        "1. Partner contributions for next year agreed in principle.\n"
        "2. Risk register: staff turnover at the C-SPA rated {rag}.\n"
        "3. Young people's advisory group to present in the spring.\n"
        "Next: {date2}, {time}.",
        "Quality assurance subgroup, {date}, {venue}\n"
        "Attending: the {role}, {trust}, {police}, a nursery manager.\n"
        "1. Audit of strategy discussions: partners at the table in most cases.\n"
        "2. {ref} action plan: two actions overdue, owners reminded.\n"
        "3. Dataset for {period} to include exploitation referrals.\n"
        "Next: {date2}, {room}.",
        "Child death review liaison, {date}, on Teams\n"
        "Attending: {icb}, {trust}, {ambulance}, {council}.\n"
        "1. Modifiable factors in infant deaths: mostly unsafe sleep.\n"
        "2. Summer water safety message for lakes near {area}.\n"
        "3. {ref} family offered a meeting with the designated doctor.\n"
        "Next: {date2}.",
        "Neglect steering group, {venue}, {date}\n"
        "Attending: the {role}, {council}, {trust}, the {district}.\n"
        "1. Graded care profile use up in {area}.\n"
        "2. Dental neglect pathway agreed.\n"
        "3. Case file audit on {theme} reported {rag}.\n"
        "Next: {date2}, {time2}.",
        "Front door partners' meeting, {room}, {venue}, {date}\n"
        "Attending: {council}, {police}, {icb}, the early help lead.\n"
        "1. C-SPA contacts up on last year; most from schools and police.\n"
        "2. Consent and information sharing guide to be reissued.\n"
        "3. Out of hours handover from {ambulance}: {rag}.\n"
        "Next: {date2}.",
        "Schools safeguarding forum, {date}, {room}, {venue}\n"
        "Attending: the {role}, {council}, {police}, six heads.\n"
        "1. Filtering and monitoring checks: most schools done, some {rag}.\n"
        "2. Suspensions of pupils with a social worker up in {area}.\n"
        "3. Attendance guidance for children with anxiety to be drafted.\n"
        "Next: {date2}, {time}.",
        "Domestic abuse and children group, {venue}, {date}\n"
        "Attending: {police}, {trust}, the {district}, the refuge provider.\n"
        "1. Children's worker posts in the outreach service filled.\n"
        "2. MARAC referrals for pregnant women reviewed: {rag}.\n"
        "3. {course} to be offered to health visitors in {period}.\n"
        "Next: {date2}, {room}.",
    ),
    "partner_email": (
        "Dear colleagues,\n\nWe need a senior manager from {trust} to sit on the review "
        "panel for {ref}, which meets four times between now and {date2}. The role means "
        "reading the agency reports and helping agree findings; it takes about a day a "
        "month. Could you send us a name?" + _S,
        "Hello all,\n\nThe annual report needs a short story of good practice from each "
        "partner, no more than 200 words and with no detail that could identify a family. "
        "{police} and {council} have already sent theirs, and we would love one from the "
        "voluntary sector in {area}." + _S,
        "Dear partners,\n\nThe multi-agency procedures move to a new website on {date2}. "
        "Old links in your own policies will stop working, so please check them before "
        "then. The new pages are shorter and work on phones; {icb} tested them with GP "
        "practices last month." + _S,
        "Hi everyone,\n\nWe are running a short survey on safeguarding supervision across "
        "agencies and would like staff from {ambulance}, {trust} and schools to take part. "
        "It takes ten minutes and is anonymous; the results will be shared at {venue} in "
        "{period}." + _S,
        "Dear all,\n\nThank you for joining the multi-agency audit on {theme}. The early "
        "themes are good recording of the child's voice, slow invitations to strategy "
        "meetings for health, and plans that do not say who does what by when. A full "
        "report will go to the quality assurance subgroup." + _S,
        "Dear colleagues,\n\nAfter a recent disagreement between agencies about a child in "
        "{area}, a reminder that the escalation policy starts with a conversation between "
        "practitioners, then managers, then senior leads. {council} and {police} have both "
        "asked for the flowchart to be shared again, so it is attached." + _S,
        "Hello,\n\nFrom next quarter the case review group will meet in person at {venue} "
        "every other month, with a Teams link for those who cannot travel. Parking is "
        "limited, so please share lifts where you can. The first meeting in the new format "
        "is on {date2}." + _S,
        "Dear data leads,\n\nThe dataset for {period} is due. We need the usual figures from "
        "{police} and {icb}, and this time also the number of children seen alone at "
        "health assessments. Please use the template on the shared drive rather than last "
        "year's version." + _S,
        "Dear partners,\n\nYou are invited to a learning lunch on {ref} at {venue} on "
        "{date2}, {time} to {time2}. The reviewer will talk through the findings and what "
        "has changed since. Sandwiches are provided, and places are open to practitioners "
        "from all agencies in and around {area}." + _S,
    ),
    "local_review": (
        "Local review {ref}: at the panel on {date} the reviewer set out three emerging "
        "findings: professionals accepted an older sibling's account instead of seeing the "
        "younger children, the move to {area} broke the health visiting record, and no one "
        "agency held the whole history. {trust} will check these against its notes.",
        "Local review {ref}: a practitioner workshop at {venue} on {date} brought together "
        "staff from {police}, schools and the {district}. They spoke about fear of getting "
        "a referral wrong and not knowing what happened after they made one. The reviewer "
        "will reflect this in the report." + _P,
        "Local review {ref}: the terms of reference were agreed on {date}. The review covers "
        "the two years before the child's death, the period when the family lived in "
        "{area}, and how {icb} commissioned care for a child with a life-limiting "
        "condition, including respite and nursing at home.",
        "Local review {ref}: the reviewer met the child's father, who wants the report to "
        "say that his son liked football and making people laugh. He asked that the "
        "report be plain and short, and the panel agreed. A first draft is expected in "
        "{period}; he will see it before the {scp} signs it off.",
        "Local review {ref}: reviewer's first visit to the family on {date}.",
        "Local review {ref}: staff workshop venue is {venue}.",
        "Local review {ref} on hold while the inquest is heard.",
        "Local review {ref}: {trust} report still outstanding.",
        "Local review {ref}: findings to the executive on {date2}.",
        "Local review {ref}: draft shared with the family on {date}.",
    ),
    "chronology": (
        "{date}: pre-school reported a child with a burn on the hand, told it was an iron.",
        "{date}: {police} attended a call about shouting; two children asleep upstairs.",
        "{date}: C-SPA advised a single agency response from the school.",
        "{date}: {ambulance} attended a baby with breathing problems; taken to hospital.",
        "{date}: the {district} accepted the family as homeless.",
        "{date}: child protection conference decided on a plan, category neglect.",
        "{date}: six-week check done at home; baby's weight on the low line.",
        "{date}: child brought late to the emergency department at {trust}.",
        "{date}: mother told the midwife she felt low and was not sleeping.",
        "{date}: review conference, {council} chairing; plan continued.",
        "{date} to {date2}: no contact with the family despite four visits.",
        "{date}: child moved school mid-year; records took a month to follow.",
        "{date}: father released from prison and returned to the household.",
        "{date}: looked after child review held at the foster home.",
    ),
    "checklist": (
        "Rapid review meeting held within the timescale? Yes.",
        "National Panel told on {date}: confirmed by email.",
        "Letter explaining the review went to the family on {date}.",
        "Child's views: advocate asked to help by {date2}.",
        "Reviewer booked and contract back? Yes.",
        "Scope agreed by all three partners? Yes.",
        "{trust} chronology: in, needs checking.",
        "{district} chronology: due {date2}.",
        "Criminal proceedings: trial date not yet fixed.",
        "{police} records: cleared for sharing on {date}.",
        "Seven-minute learning summary: still to write.",
        "Schools told of the learning? Via the DSL bulletin.",
        "Both chronologies, {police} and {icb}, merged by {date2}.",
    ),
    "notice": (
        "{date}: {scp} executive at {venue} ({room}), starting {time}.",
        "Learning session on {ref}: {date2}, {time} to {time2}, {venue}.",
        "Safeguarding awareness stall at {venue} on {date} - come and say hello.",
        "Quality assurance subgroup now starts at {time}, {room}, {date}.",
        "Termly briefing for DSLs: {venue}, {time} on {date}.",
        'Webinar at {time} on {date}: "{course}".',
        "Coffee morning on online safety for parents, {venue}, {date}.",
        "Exploitation briefing for shop and takeaway staff, {room}, {venue}, {date}.",
        "Designated professionals' meeting: {date} cancelled, now {date2}.",
        "Case file audit morning, {room}, {venue}, {date}.",
        "Youth voice session at {venue}, {date}, {time} to {time2}; pizza provided.",
        "New graded care profile guidance launched at {venue}, {date}, {time}.",
    ),
    "slack": (
        "draft agenda for the exec is up, shout if anything's missing",
        "chasing {trust} again on the {ref} chronology",
        "{venue} confirmed for {date}, projector and all :tada:",
        "notification deadline is 5pm, nearly there",
        "{district} can only do {time2} not {time}, ok with everyone?",
        "last call for ToR comments, {date}",
        "great session today, slides going round shortly",
        "{police} DS confirmed as panel member :+1:",
        "{period} course list has gone out in the newsletter",
        "quick q: is {ref} on the case review group agenda or held back?",
        "independent scrutineer's notes saved in the files tab",
        "can someone cover notes on {date}? I'm off",
        "which chronology template do we send to new agencies",
        "{icb} lead running 10 mins late, starting at {time}",
        "{council} rep sent apologies for {date}",
    ),
    "panel": (
        "Panel happy with the {ref} decision (letter dated {date}).",
        "Panel informed of {ref} by online form, {date}.",
        "Deadline for sending the {ref} rapid review: {date2}.",
        "Panel noted the clear link between findings and decision.",
        "Panel content with a local review only for {ref}.",
        "{ref} rapid review submitted; DfE and Ofsted in copy.",
        "Panel wanted the hospital's account too; sent {date}.",
        "The Panel received the final {ref} report on {date}.",
        "Extension granted by the Panel: {ref} now {date2}.",
        "Panel's national themes paper shared with the executive.",
        "Panel asked about {ref} on {date}; the {role} drafting a reply.",
    ),
    "publication": (
        "{ref} to be published on {date} if the trial has ended.",
        "Nothing published until the coroner has concluded.",
        "Summary, not the full report, to be published (decided {date}).",
        "Family's wishes on timing recorded by the reviewer.",
        "{council} press office has the reactive lines ready.",
        "{scp} website now carries {ref}, from {date}.",
        "Briefing for staff to be released on the same day.",
        "Family asked us to wait: new publication date {date2}.",
        "Report to stay online for twelve months, then summary only.",
        "DfE publication email sent the same morning.",
        "Publication timetable for {ref} agreed at the executive on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to add a prompt about who cares for the baby at night by {date}.",
        "Action 2: {council} to see children alone at every statutory visit.",
        "Action: {police} to tell the school next morning when a pupil is missing twice.",
        "Action: {icb} to pay for ICON refresher sessions in GP surgeries.",
        "Action 3: {theme} to be the subject of the {period} learning week.",
        "Action: {ambulance} crews to ask about other children at the address.",
        "Action: the {district} to send placement notices to the health visiting hub.",
        "Action 4 closed: the bruising protocol has been in use since {date}.",
        "Action 5: progress report from the {role} to every second executive.",
        "{period} tracker: 14 actions, 9 done, 5 {rag}.",
        "Action: shared template for agency reports from {date}.",
        "Action 6: {trust} to check the family's address at each clinic visit by {date2}.",
    ),
    "housing_note": (
        "Good news from the {district}: a settled home is offered.",
        "{district} opened a homelessness prevention case on {date}.",
        "The {district} is sending a team leader and one officer.",
        "Learning from {ref} shared with {district} team leaders.",
        "Every housing officer with cases in {area} booked on {course} before {date}.",
        "WBC housing options team and Surrey Police reviewed short lets in Haslemere used "
        "for placements from London boroughs.",
        "WBC community safety team joined detached youth workers on Cranleigh's common "
        "after reports of drinking by younger teens.",
        "WBC housing options team and Royal Surrey NHS Foundation Trust health visitors "
        "looked at damp rented cottages in Chiddingfold and Ewhurst.",
        "Guildford Borough Council community safety team and Surrey Police discussed "
        "off-road bikes on the lanes around Shere.",
        "Guildford Borough Council housing options team told CSH Surrey about families "
        "moved from Shere into hostels in town.",
        "TDC community safety team spent an evening at the skate park in Lingfield.",
        "TDC housing options team met First Community Health and Care about crowded homes "
        "in Warlingham.",
        "Reigate and Banstead Borough Council community safety team and Surrey Police "
        "walked the routes from Horley station after dark.",
        "Reigate and Banstead Borough Council housing options team and Surrey and Sussex "
        "Healthcare NHS Trust talked about care leavers without a home in Tadworth.",
        "SHBC community safety team asked Surrey and Borders Partnership NHS Foundation "
        "Trust for advice on young people self-harming in Bagshot.",
        "SHBC housing options team and Frimley Health NHS Foundation Trust set up a route "
        "for homeless mothers leaving hospital in Lightwater.",
        "EBC community safety team and Surrey Police checked the footpath under the A3 at Cobham.",
        "EBC housing options team and Ashford and St Peter's Hospitals NHS Foundation Trust "
        "met on families from Cobham in bed and breakfast.",
    ),
    "training": (
        'New online module: "{course}", about forty minutes.',
        "Closing date for the training evaluation survey: {date}.",
        "New to the partnership? Induction morning at {venue}, {date}.",
        "{course} is almost full for {period}; book soon.",
        "{theme}: half-day workshop, {time} until {time2}, {venue}, {date}.",
        "Trainers' preparation morning for {course}, {room}, {venue}, {date}.",
        "Partnership trainers meet in {room} on {date}.",
        "Evaluations after the {theme} sessions were strongly positive.",
        "Refresher training for DSLs repeats monthly through {period}.",
        "The SSCP held a safer sleep evening for foster carers in Haslemere.",
        "Surrey Police and the TDC community safety team trained minicab drivers from "
        "Lingfield and Warlingham to spot exploitation.",
        "The SSCP ran safeguarding basics for tennis and rugby coaches in Cobham.",
        "NHS Frimley ICB held a neglect workshop for childminders in Bagshot and Lightwater.",
        "South East Coast Ambulance Service NHS Foundation Trust spoke to sixth formers in "
        "Horley about self-harm.",
        "NHS Surrey Heartlands ICB trained GP receptionists in Cranleigh and Ewhurst on "
        "children not brought to appointments.",
        "Surrey County Council children's services held a parental mental health day for "
        "staff from Tadworth and Shere.",
        "The SSCP briefed primary heads near Chiddingfold on cross-border referrals.",
    ),
}
#: The benign pseudonyms, split on bars and line ends.
BENIGN_PSEUDONYM_TEXT = tuple(
    """Child T|Child RB|Infant D|Baby L|Young Person H|Sibling 1|Sibling 3|Unborn Baby M
KW|P.J.|Child C and Child D|Hurtwood|Hammerpond|Heathside|Weyside|Hangerside|Commonside
Sandpit|Child N|Infant GT|Baby SK|Young Person U|AB|Y|Child Q|Sibling E|J.M.|Baby A and Baby B
Child LS|Young Person KD|TC|Infant Z|Sibling F""".replace("\n", "|").split("|")
)


#: The benign side is written by the twenty-first's ``benign_written``; ``_uses`` is the
#: rule for how many fills a template gets (the tests read it).
_benign, _uses = _21.benign_written(sys.modules[__name__]), _21._uses


def samples() -> list[Sample]:
    """Every sample, identifying first, as the tenth's ``assembled`` puts them together
    from one fixed seed (so two runs give the same list)."""
    return _57.assembled("sixtyfifth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
