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
  /tmp/regen65/bin/python -m tests.support.sixtyfifth_corpus`` (with the sixty-fourth's
  snapshot, as it stood in its worktree when this was drawn, beside this file); names-dataset
  is not a dependency and the corpus itself reads the JSON only.
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
  in lower case and in sign-offs; names and give-away details in pseudonyms; nicknames;
  dates of birth in twelve typed forms; addresses on invented streets (``STREETS``) in the
  real towns; postcodes; phone, NHS and NI numbers; invented schools and a pupil referral
  unit (``SCHOOLS``); email addresses; written out by the twenty-fifth's ``identifying_of``
  through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve towns and
  large villages of Surrey that no earlier corpus file names (``AREAS``; each checked by
  grep, whole word and as a substring, in ``tests/support`` and the sibling worktrees):
  Haslemere, Cranleigh, Ewhurst, Chiddingfold, Shere, Lingfield, Warlingham, Horley,
  Tadworth, Bagshot, Lightwater and Cobham. Of the brief's other suggestions Bramley and
  Caterham were left out, as earlier corpus files name them. Four of the six boroughs and
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
  named differently, have moved, closed or not exist. Venues are council offices,
  libraries, halls, leisure centres and community centres, never a person's address.
  Roles, themes, courses, rooms, times and periods come from the twenty-first through the
  twenty-second's ``DRAWS``, and nobody in the benign text is named except by role.
- Identifiers: every phone, NHS and national insurance number, email address and
  postcode is invented by the tenth corpus's ``person_values`` inside ranges set aside for
  fiction (numbers Ofcom keeps for drama, NHS numbers from 999 with a correct check digit,
  QQ national insurance prefixes, the example.com, .org and .net domains, postcode areas
  Royal Mail never issued). Samples naming a drawn person carry their table's label
  (``names-dataset-RU`` or ``-KZ``), samples naming a nickname ``hand-nicknames``, and all
  the rest ``hand``.
- Benign pseudonyms are written as DOMAIN.md allows (``BENIGN_PSEUDONYM_TEXT``): bare
  initials, initials after a word of ``PSEUDONYM_WORDS``, brothers and sisters by number
  or letter, and a few words of the heaths, hangers and river meadows that are nobody's
  first name and that no earlier corpus file uses (``CHOSEN``, checked by grep like the
  nicknames).

``assembled`` would leave out any drawn person whose name were a word of the benign text;
none is. Nothing here was tuned to the guard, which has never been run on this corpus.
"""

from __future__ import annotations

import importlib
import sys
from functools import partial
from pathlib import Path

from tests.support import fiftyseventh_corpus as _57
from tests.support import (
    fortysecond_corpus,
    sixtythird_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentyseventh_corpus,
)

#: The fifty-seventh's helpers that the tests and the earlier corpora's writers read from a
#: corpus (the tenth's ``person_values``, the twenty-fifth's filter); the others are used
#: through ``_57`` where needed.
from tests.support.fiftyseventh_corpus import (
    DRAMA_PREFIXES,
    INWARD_LETTERS,
    PLAIN,
    POSTCODE_AREAS,
    _earlier_names,
    benign_words,
    nhs_check_digit,
)
from tests.support.independent_corpus import Sample

SEEN = ""
NAMES_FILE = Path(__file__).with_name("sixtyfifth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), RU and KZ tables"
__all__ = ["DRAMA_PREFIXES", "INWARD_LETTERS", "PLAIN", "POSTCODE_AREAS", "benign_words"]
__all__ += ["nhs_check_digit", "samples"]
SEED = "sixtyfifth-<country>"
#: Every earlier snapshot: the sixty-third's list and its own, and those of the sixty-fourth
#: and sixty-sixth (written alongside, so read only when they are there).
EARLIER = tuple(
    dict.fromkeys(
        (
            *sixtythird_corpus.EARLIER,
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
STREETS += ("Wheelwright's Hanger", "Charcoal Burners' Way", "Tithebarn Copse", "Sluice Meadow Row")
TOWNS = ("Haslemere", "Cranleigh", "Ewhurst", "Chiddingfold", "Shere", "Lingfield")
TOWNS += ("Warlingham", "Horley", "Tadworth", "Bagshot", "Lightwater", "Cobham")
SCHOOLS = (
    "Kilnfield Walk Primary School",
    "Pinewood Drove Infant School",
    "St Edburga's Church of England Primary",
    "Hatchgate Junior School",
    "Glasshouse Fold Free School",
    "Tithebarn Copse Nursery School",
    "Wheelwright's Hanger Academy",
    "Sluice Meadow Pupil Referral Unit",
)
SCHOOL_SHORT = ("Kilnfield Walk", "Pinewood Drove", "St Edburga's", "Hatchgate", "Wheelwright's")
RELATIVES = ("babushka", "apa", "aje", "dedushka", "tyotya", "nan", "stepmum")
RELATIVES += ("mum's boyfriend",)
#: Twelve ways a date of birth gets typed (fields of the tenth's ``_date``), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{d}-{mm}-{y}", "{dd}.{m}.{yy}", "{y}-{m}-{d}", "{d}{th} of {mo} {y}")
BIRTH_FORMS += ("{mon} {d}{th} {y}", "{wd} {d} {mon} {y}", "{d} {mo} {yy}", "{dd}-{mo}-{y}")
BIRTH_FORMS += ("{d} {mon}, {y}", "{dd}/{m}/{y}", "{mo} {d}{th}, {y}", "{d}.{mm}.{y}")
WHEN_FORMS = ("{wd} {d} {mon}", "{dd}.{mm}.{y}", "{d}{th} {mo}", "{wd} {d}/{m}", "{d} {mon} {y}")
#: Births of children up to 17 (the forty-second's), typed in ``BIRTH_FORMS``.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# {f} {l} is the child, {g} {h} a parent or carer, {k} a brother or sister and {rel} another
# relative, as the tenth's person_values fills them.
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
    "{f} ({age})",
    "{fi}. {l}",
    "{f} & {k}",
    "little {l}",
    "the {l} boy",
    "{g} {h}'s youngest",
    "{f} from ski club",
    "{l}, {f}",
)
SIGN_OFF = (
    "plz dont say it was me\n{fl}",
    "Many thanks\n{g} {h}\n{rel} of {f}",
    "ta\n{g} (mum to {f} and {k})",
    "{f} {l}\nsorry its long",
    "Written for {f} by their {rel}, {g} {h}",
    "Best wishes,\n{g} {l}\nfoster carer",
    "{g} - {f}'s {rel} - free after 6",
    "{f} {l}, {age}",
    "{g} {h}, special guardian for {f}",
)
NICKNAMES = ("Ivyleaf", "Jackdawsy", "Jugglebug", "Kestrelkin", "Knapweed", "Larkspurr")
NICKNAMES += ("Lobbit", "Mossback", "Mothwing", "Nightjarry", "Oakapple", "Owlet")
NICKNAMES += ("Pinecone", "Quagling", "Kitbag", "Moonpenny")
NICKNAME_TEXT = (
    "The boys by the station call her {n} and send her to buy their vapes.",
    "Round the rec he only answers to {n}; the men in the Audi give him cash.",
    "Staff at the lido heard {f}'s {rel} yelling {n} across the car park after dark.",
    "{n} is how the man at the nail bar has her in his phone, the DSL says.",
)
NICKNAME_PSEUDONYM = ("{n}", "baby {n}", "{n} {li}", "{n} aka {l}")
DOB_TEXT = (
    "DOB (red book) {dob}",
    "d.o.b. {dob}",
    "{g} gave {f}'s date of birth as {dob}",
    "school has DOB as {dob}",
    "born {dob} at East Surrey",
    "{f} {l}, DOB {dob}",
    "{dob} - {age} now",
    "{rel} says born {dob}, GP record differs",
    "born {dob}, in NICU for a month",
)
PHONE_TEXT = (
    "mums mobile {phone}",
    "{g} on {phone}",
    "{rel} - mob {phone}",
    "landline {phone}",
    "messages came from {phone}; {f} says it's the man with the Audi",
    "babushka's number {phone}",
)
NHS_TEXT = (
    "NHS no: {nhs}",
    "{f}'s NHS number {nhs}",
    "baby's NHS {nhs}",
    "NHS {nhs} (on the discharge letter)",
)
NI_TEXT = (
    "mum's NI {ni}",
    "stepdad NI number {ni}",
    "dad NINO {ni}",
    "{rel}'s NI no. {ni}",
)
ADDRESS_TEXT = (
    "family moved to {street}, {town}",
    "staying at a friend's on {street}",
    "visited {street}, {town} - no answer, tv on",
    "{f} is at their {rel}'s on {street}",
    "police called to {street} four times since May",
    "evicted from {street}; now in a B&B in {town}",
)
POSTCODE_TEXT = ("post code {postcode}", "pc: {postcode}", "new postcode - {postcode}")
SCHOOL_TEXT = (
    "{f} is at {school} (year {year_group})",
    "{school}, year {year_group}, attendance 58%",
    "DSL at {short} called this morning",
    "{f} moved to {short} after Easter",
    "{f}, {school}: {n2} sessions missed this term",
)
EMAIL_TEXT = ("{g} writes from {e}", "the photos were sent from {e}", "reply to {g} {h} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} of {street}",
    "{fi}{li} - yr {year_group} - {short}",
    "child at {postcode}",
    "{fi}{li}, NHS {nhs}",
    "{l} boy, {age}, {town}",
    "{fi}{li} DOB {dob}",
    "Y{year_group} pupil at {school}",
    "the {l}s of {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


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

#: The twelve areas, towns and large villages no earlier corpus file names: the borough or
#: district council's teams (by initials where its name is an earlier corpus's area), the
#: partners, and two civic venues of the town. The kinds are ``KINDS``.
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
#: The partner kinds (the forty-eighth's), the partnership as its own pages name it, and
#: every agency named.
KINDS, PARTNERSHIPS = _57.KINDS, tuple(AREAS)
SCP = dict.fromkeys(AREAS, "Surrey Safeguarding Children Partnership")
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
#: What each benign fill draws from: the fifty-seventh's lists (the twenty-second's roles,
#: themes, courses, rooms and periods) with this corpus's own review numbers and ages.
DRAWS = _57.DRAWS | {
    "age_band": ("aged six weeks", "under one", "aged two", "aged 13", "aged 17"),
    "ref": ("RR 65-03", "LCSPR 65/02", "RR/65/09", "CSPR-65-04", "RR 65/12", "TR 65-06"),
}
#: Benign pseudonyms: initials after one of these words, or one of this corpus's own words.
PSEUDONYM_WORDS, CHOSEN = _57.PSEUDONYM_WORDS, ("Hurtwood", "Hammerpond", "Heathside")
CHOSEN += ("Weyside", "Hangerside", "Commonside", "Sandpit")

#: Closing lines that some templates share (a progress line, an email's sign-off).
_P = " The SSCP's learning and improvement subgroup will check on progress in {period}."
_S = "\n\nReplies to the partnership team by {date}, please.\n\nKind regards,\n{scp} team"
#: The benign text by register, which is each sample's category. ``_uses`` fills a template
#: one to three times; long ones (a third or so) stay within a 500-character note field.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary, {ref}: a child {age_band} from {area} was brought to {trust} with a "
        "fractured rib found on an X-ray for a chest infection. The parents could not "
        "explain it. A strategy discussion with {police} followed the same day. The review "
        "will ask why two earlier bruises, each seen by a different professional, were "
        "recorded but never put side by side." + _P,
        "{ref}: a 15-year-old girl from {area} was reported missing eleven times in four "
        "months, often found in London with older men. Each return home interview was "
        "done, but the findings were not passed to the school. The review asks how the "
        "exploitation panel used what children said and why the plan changed hands three "
        "times over one summer.",
        "Background to {ref}. A family moved to {area} from the north of England and were "
        "placed in emergency accommodation above a shop. The youngest child, {age_band}, "
        "was not registered with a GP for five months. The partnership wants to know how "
        "families placed across council boundaries are made known to health visitors and "
        "schools." + _P,
        "Context, {ref}: a boy {age_band} with cerebral palsy was often absent from his "
        "special school and missed wheelchair reviews at {trust}. His mother was caring "
        "alone after the father left. Each agency saw a mother doing her best; none saw "
        "the whole picture. The review will look at how disabled children's needs are "
        "shared between health, education and social care.",
        "Short account ({area}): a child {age_band} swallowed methadone left within "
        "reach and was taken by {ambulance} to hospital, and recovered. Both parents "
        "were on a treatment programme and had signed a safe storage agreement. {ref} will "
        "ask how drug services check storage at home and share worries with children's "
        "social care." + _P,
        "{ref}, outline: a 13-year-old in {area} disclosed at school that an older cousin "
        "had abused her over two years. The disclosure was handled well, but an earlier "
        "comment to a youth worker had not been passed on. The review will look at what "
        "stops staff in the voluntary sector from reporting a first worry, and at how "
        "{council} supports them when they do.",
        "Panel summary, {area}: a young carer aged 14 looked after a mother with severe "
        "depression and a brother with autism. Her attendance fell to 60% before anyone "
        "asked why. No young carer's assessment had been offered. {ref} will test whether "
        "adult mental health teams at {trust} ask about children at home, and whether "
        "schools know where to refer." + _P,
        "Outline, {ref}: three children lived in a static caravan near {area} with no "
        "running water over a winter. Two referrals were closed after single visits when "
        "the family said they were moving. The review asks whether poor living conditions "
        "were seen as neglect and how {district} and social care shared what they found "
        "on site.",
        "Background ({ref}): a 16-year-old boy from {area} was stabbed near a railway "
        "station and survived. He had been excluded from two schools and was known to "
        "youth justice. The review will look at transitions between schools, how {police} "
        "intelligence about older associates reached his plan, and whether the family's "
        "requests to move were heard." + _P,
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}, decision: the safeguarding partners agree that a local child "
        "safeguarding practice review should go ahead. The harm was serious and there is "
        "learning about how {trust} and {council} shared worries about a baby sent home "
        "to a violent parent. The National Panel will be told by "
        "{date2}, and the {role} will draft terms of reference.",
        "Rapid review {ref}, decision: no local review. Learning about injuries in babies who "
        "are not yet crawling has already been built into the bruising protocol, and the "
        "teams involved have changed their practice. A full review would add little. "
        "Agreed by the partners on {date}; the rationale goes to the Panel by {date2}, with "
        "a one-page briefing for staff.",
        "Rapid review {ref}, decision: the learning will be taken into the thematic review "
        "of {theme} already running across {area} and nearby towns, rather than a separate "
        "review. {police} and {icb} will send chronologies to the thematic reviewer by "
        "{date2}. The Panel will receive the reasons with the rapid review report this "
        "month.",
        "Rapid review {ref}, decision: a systems-based local review will go ahead, starting "
        "with a practitioner event at {venue}. The partners want to understand why a "
        "disagreement about risk between the school and the social work team ran for two "
        "months without escalation. Draft terms of reference go to the executive on "
        "{date2}.",
        "Rapid review {ref}, decision: the partners will ask the Panel whether a national "
        "review is needed, as a very similar death happened in a neighbouring county this "
        "year. Local work carries on in the meantime so that learning is not delayed. The "
        "{role} will write to the Panel setting out the common features by {date2}.",
        "Rapid review {ref}, decision: a learning briefing and a practice week instead of a "
        "full review. The facts are not disputed, the family have asked not to be involved, "
        "and agencies have already made changes. Signed off on {date}; the changes will be "
        "tested through the multi-agency audit programme in {period}.",
        "Rapid review {ref}, decision: a local review will focus on the handover from the "
        "neonatal unit to community health visiting, where a father's record of violence "
        "was not passed on. {trust} and {icb} will jointly chair the review panel, and the "
        "National Panel will be told by {date2}.",
        "Rapid review {ref}, decision: no further review, because the death was sudden and "
        "unexpected and the post-mortem found a natural cause. The rapid review did find "
        "that {ambulance} crews could not easily reach the duty social worker at night; "
        "that point goes to the out-of-hours working group, reporting on {date2}.",
    ),
    "minutes": (
        "Action log, {scp} executive, {date}, {room}, {venue}\n"
        "Present: {council}, {police}, {icb}, the {district}.\n"
        "1. Performance report for {period}: repeat child protection plans {rag}.\n"
        "2. Independent scrutineer's autumn report discussed.\n"
        "3. Business plan priorities to be agreed next time.\n"
        "Next meeting {date2}, {time}.",
        "Learning and improvement subgroup, {date}, {venue}\n"
        "Present: the {role}, {trust}, {police}, a primary headteacher.\n"
        "1. {course}: uptake lowest in {area}; twilight dates to follow.\n"
        "2. {ref} learning added to the induction pack.\n"
        "3. Trainer pool down to five; managers to release staff.\n"
        "Next meeting {date2}, {room}.",
        "Case review group, {date}, on Teams\n"
        "Present: {council}, {police}, {trust}, {ambulance}.\n"
        "1. Notification from {area}: rapid review agreed.\n"
        "2. {ref}: the reviewer's first draft shared, comments within two weeks.\n"
        "3. No other business.\n"
        "Next meeting {date2} at {venue}.",
        "Policy and procedures subgroup, {venue}, {date}\n"
        "Present: the {role}, {icb}, {trust}, the {district}.\n"
        "1. Unborn baby protocol: comments collated.\n"
        "2. {theme} procedure rewritten in plain language.\n"
        "3. Evaluation of {course} to come back.\n"
        "Next meeting {date2}, {time2}.",
        "Exploitation subgroup, {room}, {venue}, {date}\n"
        "Present: {police}, {council}, the {district}, the youth offending service.\n"
        "1. Safety plans for the summer fairs and the bank holiday agreed.\n"
        "2. Hotspots around stations and parks near {area}: {rag}.\n"
        "3. The missing children coordinator to present at the next meeting.\n"
        "Next meeting {date2}.",
        "Health safeguarding forum, {date}, {room}, {venue}\n"
        "Present: {icb}, {trust}, {ambulance}, the designated doctor.\n"
        "1. Was-not-brought audit: results for {period} show {rag} progress.\n"
        "2. {ref} health recommendations given owners.\n"
        "3. Safeguarding supervision for GP practices to be offered quarterly.\n"
        "Next meeting {date2}, {time}.",
        "Education safeguarding group, {venue}, {date}\n"
        "Present: the {role}, {council}, {police}, two secondary DSLs.\n"
        "1. Operation Encompass notifications reaching schools before 9am: {rag}.\n"
        "2. Elective home education numbers up again in {area}; visits reviewed.\n"
        "3. Annual safeguarding audit for schools opens in {period}.\n"
        "Next meeting {date2}, {room}.",
    ),
    "partner_email": (
        "Hi all,\n\nA reminder that agency chronologies for {ref} were due at the end of last "
        "week. We still need {trust} and the {district}; {police} have sent theirs. The "
        "reviewer cannot begin the analysis until all are in, and the panel meets on "
        "{date2}." + _S,
        "Dear colleagues,\n\nWe are looking for practitioners from {area} to try out a draft "
        "one-page guide on {theme}. We will meet at {venue} on {date2}, {time} to {time2}; "
        "lunch is provided and managers have agreed to release staff for the session." + _S,
        "Hello everyone,\n\nThe executive has signed off the refreshed Continuum of Support. "
        "{council} will brief its teams over the next month and {police} will build it into "
        "training for new officers. Could health colleagues tell us how they plan to share "
        "it?" + _S,
        "Dear partners,\n\nIn {period} our independent scrutineer would like to spend a day "
        "with the C-SPA and talk with staff from {icb} and {ambulance}. If your team can "
        "host a visit, please send a contact and two dates that would suit you." + _S,
        "Hi everyone,\n\nGood news: the Panel has accepted the rapid review report for {ref} "
        "with no further questions and commented on the quality of the information from "
        "{trust}. The {role} will now write the learning summary with the designated nurse "
        "for the next newsletter." + _S,
        'Dear all,\n\nBecause of demand we have added another date for "{course}" at '
        "{venue}, {time} to {time2}. It is open to {council}, {police}, health, schools, "
        "early years and the voluntary sector; the first date was full within a day of "
        "going out." + _S,
        "Dear colleagues,\n\nThank you to {ambulance} for releasing two paramedics to take "
        "part in the practitioner event for {ref}. Their account of the first call helped "
        "the panel understand how much pressure everyone was under that night." + _S,
        "Hello,\n\nFor {ref}, could the {district} explain how families placed in temporary "
        "accommodation are notified to health visitors and schools, and how long the "
        "longest such placement lasted over the past twelve months?" + _S,
        "Dear partners,\n\nThe annual report for {period} is now in draft. Please check the "
        "section on your agency, especially figures for {theme}, and send any corrections. "
        "{icb} and {council} have already replied, and the report goes to the executive on "
        "{date2}." + _S,
    ),
    "local_review": (
        "Local review {ref}: on {date} the reviewer shared emerging findings with the panel: "
        "too much weight on a mother's reassurance, too little curiosity about a new "
        "partner, and a child in {area} who was rarely seen alone. {trust} and children's "
        "social care will test these against their records before the next panel meeting.",
        "Local review {ref}: practitioners met at {venue} on {date}. Staff from {police} and "
        "the {district} talked about heavy caseloads and not knowing whom to ring in another "
        "agency late at night. Their views will shape the recommendations." + _P,
        "Local review {ref}: scope agreed on {date}. The review covers the eighteen months "
        "before the incident, a move between two schools, decisions made at the C-SPA, and "
        "how {icb} keeps track of children with complex health needs placed outside the "
        "county.",
        "Local review {ref}: the reviewer has met the child's grandmother, who asked that "
        "the report describe the child as someone who loved horses and baking, not only as "
        "a list of events. The panel agreed. A draft is due in {period}, and the family "
        "will read it before the {scp} publishes it.",
        "Local review {ref}: first panel meeting booked for {date}.",
        "Local review {ref}: lead reviewer appointed {date}.",
        "Local review {ref} paused until criminal proceedings end.",
        "Local review {ref}: every agency report has now arrived.",
        "Local review {ref}: second draft to the panel on {date}.",
        "Local review {ref}: family meeting offered for {date2}.",
    ),
    "chronology": (
        "{date}: childminder noticed a child arriving hungry three mornings in a row.",
        "{date}: {police} called to a domestic incident; three children in the house.",
        "{date}: contact screened by the C-SPA; passed to targeted help.",
        "{date}: {ambulance} took father to hospital; children stayed with a neighbour.",
        "{date}: the {district} offered the family a room in temporary accommodation.",
        "{date}: strategy discussion held; section 47 enquiry agreed by all.",
        "{date}: two-year review not attended; health visitor wrote again.",
        "{date}: fracture clinic appointment at {trust} missed.",
        "{date}: family support worker made a first home visit.",
        "{date}: core group met, chaired by {council}.",
        "{date} to {date2}: school recorded four unexplained absences.",
        "{date}: reduced timetable agreed by the school and parent.",
        "{date}: antenatal booking at 28 weeks, late in pregnancy.",
        "{date}: child seen alone by the social worker for the first time.",
    ),
    "checklist": (
        "Rapid review done within 15 working days? Yes.",
        "Serious incident notification sent on {date}.",
        "Parents told about the review on {date}.",
        "Voice of the child to be gathered by {date2}.",
        "Independent reviewer in place? Yes.",
        "Terms of reference: version 3 circulated.",
        "{trust} chronology received? Yes.",
        "{district} chronology received? Chased twice.",
        "Coroner's inquest listed for {date}.",
        "{police} disclosure: requested, not yet received.",
        "Seven-minute briefing: with the designer.",
        "Sent to the DSL network? Yes.",
        "Agency reports due from {police} and {icb} by {date2}.",
    ),
    "notice": (
        "{scp} executive: {date}, {time}, {room}, {venue}.",
        "{ref} learning event, {date2}, {venue}, {time} to {time2}.",
        "Save the date: safeguarding week opens at {venue} on {date}.",
        "Learning and improvement subgroup moved to {date}, {time}, {room}.",
        "DSL forum at {venue}, {date}, {time}.",
        'Lunchtime webinar "{course}", {date}, {time}.',
        "Drop-in for parents and carers at {venue}, {date}.",
        "County lines awareness evening, {room}, {venue}, {date}.",
        "Health leads' meeting moved from {date} to {date2}.",
        "Multi-agency case audit day, {date}, {room}, {venue}.",
        "Young people's advisory group at {venue}, {date}, {time} to {time2}.",
        "Launch of the new neglect screening tool at {venue}, {date}, {time}.",
    ),
    "slack": (
        "thursday's agenda is on the shared drive",
        "any sign of the {trust} chronology for {ref}?",
        "booked the room at {venue} for {date} :white_check_mark:",
        "reminder - serious incident notification due today",
        "{district} asked to move from {time} to {time2}, anyone mind?",
        "ToR comments by {date} please",
        "thanks everyone, notes to follow",
        "{police} have named a DS for the rapid review",
        "{period} training dates are up",
        "does {ref} go to case review group first or straight to exec?",
        "scrutineer's report pinned in the channel",
        "who can minute on {date}?",
        "which version of the agency report template is current",
        "{icb} designated nurse dialling in at {time}",
        "{council} rep on leave {date}, any cover?",
    ),
    "panel": (
        "Panel response on {ref} received {date}: no further questions.",
        "{ref} notified to the National Panel on {date}.",
        "Rapid review report to go to the Panel by {date2}.",
        "Panel feedback: decision well reasoned and clearly set out.",
        "Panel agreed no national review is needed for {ref}.",
        "{ref} rapid review sent; Ofsted and the DfE copied in.",
        "Panel asked for the ambulance trust's account; sent {date}.",
        "{ref} final report to the Panel on {date}.",
        "Panel granted an extension for {ref} to {date2}.",
        "Panel's annual report tabled at the executive.",
        "Panel query on {ref} arrived {date}; the {role} to respond.",
    ),
    "publication": (
        "Planned publication date for {ref}: {date}.",
        "Publication held back until the trial is over.",
        "Only the summary report to be published, agreed {date}.",
        "Family asked for their views on publication timing.",
        "Press statement agreed with the {council} communications team.",
        "{ref} published on the {scp} website on {date}.",
        "Learning briefing to be released alongside the report.",
        "Family asked for more time; publication now {date2}.",
        "Report to come down from the website after a year.",
        "DfE informed that the report is published.",
        "Publication plan for {ref} signed off by partners on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed fracture clinic appointments by {date}.",
        "Action 2: {council} to record every adult in the household at each visit.",
        "Action: {police} to send overnight domestic abuse alerts to schools by 8.30am.",
        "Action: {icb} to fund ICON training for all midwives and health visitors.",
        "Action 3: a practice week on {theme} in {period}.",
        "Action: {ambulance} to remind crews to note every child present at a call.",
        "Action: the {district} to tell health visitors when families enter temporary housing.",
        "Action 4 done: new escalation protocol in use since {date}.",
        "Action 5: the {role} to report to the executive each quarter.",
        "{period} plan: 12 actions, 8 complete, 4 {rag}.",
        "Action: one chronology template for all agencies from {date}.",
        "Action 6: {trust} to ask who else lives at home at every triage by {date2}.",
    ),
    "housing_note": (
        "The {district} has confirmed when the new tenancy starts.",
        "{district}: relief duty accepted from {date}.",
        "The {district} will send two officers to the learning event.",
        "{ref} briefing delivered to {district} managers.",
        "All housing officers covering {area} to complete {course} by {date}.",
        "WBC housing options team and Surrey Police checked holiday lets in Haslemere used "
        "as emergency placements from outside the county.",
        "WBC community safety team walked the village green in Cranleigh with detached "
        "youth workers after reports of younger teenagers drinking.",
        "WBC housing options team met Royal Surrey NHS Foundation Trust health visitors "
        "about crowded flats above shops in Chiddingfold and Ewhurst.",
        "Guildford Borough Council community safety team met Surrey Police about "
        "motorbikes on the bridleways around Shere.",
        "Guildford Borough Council housing options team briefed CSH Surrey staff on "
        "families moved into temporary flats from Shere.",
        "TDC community safety team visited the youth club in Lingfield.",
        "TDC housing options team spoke with First Community Health and Care school nurses "
        "about families in Warlingham.",
        "Reigate and Banstead Borough Council community safety team and Surrey Police "
        "planned patrols near Horley station.",
        "Reigate and Banstead Borough Council housing options team and Surrey and Sussex "
        "Healthcare NHS Trust discussed sofa surfing by care leavers in Tadworth.",
        "SHBC community safety team met Surrey and Borders Partnership NHS Foundation Trust "
        "staff about young people gathering in Bagshot after dark.",
        "SHBC housing options team agreed a hospital discharge route with Frimley Health NHS "
        "Foundation Trust for families from Lightwater.",
        "EBC community safety team and Surrey Police looked at the underpass in Cobham.",
        "EBC housing options team and Ashford and St Peter's Hospitals NHS Foundation Trust "
        "met about homeless families from Cobham.",
    ),
    "training": (
        'Now on the e-learning platform: "{course}".',
        "Training needs survey closes on {date}.",
        "Induction for new executive members, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "{theme} workshop at {venue}, {date}, {time} to {time2}.",
        "Train the trainer day for {course}, {room}, {venue}, {date}.",
        "Multi-agency trainers' network, {room}, {date}.",
        "Feedback from the {theme} workshop shows staff feel more confident.",
        "DSL refresher sessions run all through {period}.",
        "SSCP ran a safer sleep session for childminders in Haslemere.",
        "Surrey Police and the TDC community safety team briefed taxi drivers in Lingfield "
        "and Warlingham on exploitation.",
        "The SSCP trained football and cricket coaches in Cobham.",
        "NHS Frimley ICB ran a neglect session for early years staff in Bagshot and Lightwater.",
        "South East Coast Ambulance Service NHS Foundation Trust gave a self-harm talk in Horley.",
        "NHS Surrey Heartlands ICB briefed GP practices in Cranleigh and Ewhurst on "
        "was-not-brought.",
        "Surrey County Council children's services ran a perinatal mental health course in "
        "Tadworth and Shere.",
        "The SSCP ran a session on the county boundary for schools near Chiddingfold.",
    ),
}
#: Benign pseudonyms, one per line of this string.
BENIGN_PSEUDONYM_TEXT = tuple(
    """Child T|Child RB|Infant D|Baby L|Young Person H|Sibling 1|Sibling 3|Unborn Baby M
KW|P.J.|Child C and Child D|Hurtwood|Hammerpond|Heathside|Weyside|Hangerside|Commonside
Sandpit|Child N|Infant GT|Baby SK|Young Person U|AB|Y|Child Q|Sibling E|J.M.|Baby A and Baby B
Child LS|Young Person KD|TC|Infant Z|Sibling F""".replace("\n", "|").split("|")
)


#: The twenty-first's writer of the benign side and its count of fills per template.
_benign, _uses = twentyfirst_corpus.benign_written(sys.modules[__name__]), twentyfirst_corpus._uses


def samples() -> list[Sample]:
    """The corpus: the benign and the identifying samples, laid out by the tenth's
    ``assembled`` with this corpus's own seed, the same on every run."""
    return _57.assembled("sixtyfifth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
