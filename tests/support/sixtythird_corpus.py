"""A sixty-third held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``sixtythird_names.json``, a seeded snapshot (seed ``sixtythird-<country>``,
  Python's ``random.Random``, through the tenth's ``dataset_people``: women and men in turn,
  no first name that is also in the table's surname list) from names-dataset 3.3.1 (PyPI,
  Apache-2.0, Philippe Remy's frequency tables per country), its MA (Morocco), DZ (Algeria)
  and TN (Tunisia) tables. Earlier corpora that name those tables took these ranks (checked
  by grepping ``tests/support`` and ``tests/test_unseen_corpora.py`` for ``"MA"``, ``"DZ"``,
  ``"TN"``, Morocco, Algeria and Tunisia, and by reading every snapshot's keys): MA and DZ
  the eleventh's 100-1499 and the eighteenth's 1500-2999 (the twenty-first drew them at
  3000-4999 and kept nobody); TN the fourth's top 60 first names and top 80 surnames (its
  "arabic" origin) and the thirteenth's 100-1499. So MA and DZ are drawn here from rank 5000
  (``MA_RANKS``, ``DZ_RANKS``: first names 5000-6499, surnames 5000-7999; MA's women's list
  ends at rank 5387 and DZ's at 6091) and TN from rank 1500 (``TN_RANKS``: first names
  1500-3499, surnames 1500-3999). The windows are narrow because deeper ranks of these
  tables are mostly not names: the first three rounds drew down to the tables' ends (MA
  first names to 11999 and DZ's to 11299, surnames to 19999 and 18999; TN first names to
  9299, surnames to 17699), and most of ``NOT_NAMES`` comes from them. Only entries in plain
  letters are drawn (``ASCII_ONLY``): entries in Arabic script or with an accent are not
  drawn at all rather than rewritten. The filter keeps no word of any earlier snapshot
  (``EARLIER``: every ``*_names.json`` through the fifty-seventh's, and those of the
  fifty-eighth to sixty-second, written alongside: the fifty-ninth's and sixtieth's were
  read from their worktrees, and any that are there are read). Every draw was read by hand
  (by someone who reads these names as an English caseworker would, not as a specialist).
  The tables at these ranks hold much that is not a name (``NOT_NAMES``, ``DROPPED``): words
  (``Maskini``, ``Bikhir``, ``Tawam``, ``Zawina``, ``Skhona``, ``Ibnato``, ``Awledi``,
  ``Ellil``), French, Spanish and English words (``Peche``, ``Masque``, ``Tulipe``,
  ``Papillons``, ``Espada``, ``Winner``, ``Lafleur``, ``Numero``, ``Gladiateur``), places
  (``Frenda``, ``Tamda``, ``Baraki``, ``Smir``, ``Marsa``), famous and brand names
  (``Cheguevara``, ``Kenzo``), pet forms (``Fatfouta``, ``Awicha``, ``Nanous``, ``Rbiha``,
  ``Sosso``, ``Azizou``), typos (``Khaduja``, ``Ikramm``, ``Sihamm``, ``Mosstafa``,
  ``Yosrra``, ``Abdallha``), handles and junk (``Sofix``, ``Edjc``, ``Xwh``, ``Mimixa``),
  first names in the surname column (``Romayssae``, ``Cirine``, ``Intissar``, ``Dalel``),
  and Turkish and West African names (``Atakan``, ``Soner``, ``Veysel``, ``Okan``,
  ``Huriye``, ``Bakary``, ``Cheick``, ``Mory``); they were put in ``NOT_NAMES`` and drawn
  again, three times, and in the last draw (``PACKAGE_DRAWN``, 130 people a table) the
  people with such an entry (``DROPPED``: the entry read as not a name, the first name where
  both were) were left out without drawing again. ``DRAWN`` is what is kept: 11 MA, 11 DZ
  and 17 TN people. Regenerate with ``uv venv /tmp/regen63 && uv pip install -p /tmp/regen63
  names-dataset==3.3.1 && PYTHONPATH=. /tmp/regen63/bin/python -m
  tests.support.sixtythird_corpus`` (with the fifty-ninth's and sixtieth's snapshots, as
  they stood in their worktrees when it was drawn, beside this file; the kept names were
  checked later against every snapshot in every sibling worktree, the fifty-eighth's,
  sixty-first's and sixty-second's and the sixtieth's redrawn one among them, and share no
  word with any); names-dataset is not a dependency and the corpus itself reads the JSON
  only.
- Nicknames: pet names written by hand for this corpus (mill, moor, forced-crop and snicket
  words), each starting with a letter from R to Z, none in an earlier corpus file nor in
  the sibling corpora being written alongside (``NICKNAMES``; each checked by grepping
  ``tests/support`` and the other worktrees' ``tests/support``, whole words, any case).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (checked by grepping their files and the sibling worktrees': a hospital
  radio volunteer, a lantern parade maker, a beer festival steward, a Supertram driver, a
  handbell ringer, an open mic host, a folk club organiser, a jazz club doorman, a pace egg
  play actor, a well dressing volunteer, a rushcart puller, a fell running coach, a rugby
  league academy coach, a mountain bike trail builder, a wild swimming group leader, a
  parkrun marshal, a curry house waiter, a karting track marshal, a stadium turnstile
  operator, a pie and peas supper organiser), in lower case and in sign-offs; names and
  give-away details in pseudonyms; nicknames; dates of birth in twelve typed forms;
  addresses on invented streets (``STREETS``) in the real towns; postcodes; phone, NHS and
  NI numbers; invented schools and a pupil referral unit (``SCHOOLS``); email addresses;
  written out by the twenty-fifth's ``identifying_of`` through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve towns of
  West Yorkshire and South Yorkshire that no earlier corpus file names (``AREAS``; each
  checked by grep, whole word, in ``tests/support`` and the sibling worktrees): Ilkley,
  Otley, Wetherby, Garforth, Hebden Bridge, Todmorden, Holmfirth, Penistone, Hoyland,
  Tickhill, Bawtry and Stocksbridge. Of the brief's other suggestions Wombwell and Thorne
  were left for want of room. These are metropolitan boroughs,
  and every one of the seven boroughs these towns are in is an earlier corpus's area (the
  eleventh's, twelfth's and fifteenth's; their names are not written in this file), so
  each borough's council, partnership and trusts are written by their initials, as staff
  type them: CBMDC, and BCFT for the children and families trust that runs its children's
  social care, for Ilkley, with the district's safeguarding children partnership as
  BDSCP; LCC for Otley, Wetherby and Garforth, with LSCP; CMBC for Hebden Bridge and
  Todmorden, with CSCP; KC for Holmfirth, with KSCP; BMBC for Penistone and Hoyland, with
  BSCP; CDC (the city council, as it has been styled since 2022) for Tickhill and Bawtry,
  with DSCP; SCC for Stocksbridge, with SCSP; the trusts LTHT, LCH, BDCFT, CHFT, BHNFT,
  DBTH, RDaSH, STH and SCH likewise. Names without an earlier area in them are written in
  full: West Yorkshire Police, South Yorkshire Police, NHS West Yorkshire ICB, NHS South
  Yorkshire ICB, Yorkshire Ambulance Service NHS Trust, Airedale NHS Foundation Trust,
  South West Yorkshire Partnership NHS Foundation Trust and
  Locala Health and Wellbeing. Checked with the ``search`` tool (pages): BMBC's pages name
  the borough's Safeguarding Children Partnership (BSCP) with the council, police and the
  South Yorkshire ICB as its lead partners; the BDSCP's own site names it with
  the council, West Yorkshire Police and the district's health and care partnership, and
  BCFT's own pages say it has run children's social care for the council since 2023; the
  LSCP's site names it with LCC's Children and Families, West Yorkshire Police and the
  ICB's office for the city; local news names the CSCP; the 2019 arrangements of KC name
  the Safeguarding Children Partnership (KSCP; later pages say Children's Safeguarding
  Partnership); the 2019 arrangements for CDC's borough name the DSCP with South
  Yorkshire Police; SCC's partnership site and procedures name the Children Safeguarding
  Partnership (SCSP). Written from memory, not checked: the trusts and which serves which
  town, the ICBs' and ambulance trust's names, the city council's new style, Locala,
  and every venue (the libraries of the twelve towns; Ilkley, Wetherby, Hebden Bridge,
  Todmorden and Penistone town halls; Otley Civic Centre; Holmfirth Civic Hall; Garforth,
  Hoyland and Stocksbridge leisure centres; Tickhill and Bawtry community centres); some
  may be named differently, have moved, closed or not exist. Venues are council offices,
  libraries, halls, leisure centres and community centres, never a person's address.
  Roles, themes, courses, rooms, times and periods come from the twenty-first through the
  twenty-second's ``DRAWS``, and nobody in the benign text is named except by role.
- Identifiers: every phone, NHS and national insurance number, email address and
  postcode is invented by the tenth corpus's ``person_values`` inside ranges set aside for
  fiction (numbers Ofcom keeps for drama, NHS numbers from 999 with a correct check digit,
  QQ national insurance prefixes, the example.com, .org and .net domains, postcode areas
  Royal Mail never issued). Samples naming a drawn person carry their table's label
  (``names-dataset-MA``, ``-DZ`` or ``-TN``), samples naming a nickname
  ``hand-nicknames``, and all the rest ``hand``.
- Benign pseudonyms are written as DOMAIN.md allows (``BENIGN_PSEUDONYM_TEXT``): bare
  initials, initials after a word of ``PSEUDONYM_WORDS``, brothers and sisters by number
  or letter, and a few words of the moors and mill valleys that are nobody's first name
  and that no earlier corpus file uses (``CHOSEN``, checked by grep like the nicknames).

``assembled`` would leave out any drawn person whose name were a word of the benign text;
none is. Nothing here was tuned to the guard, which has never been run on this corpus.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import fiftyseventh_corpus as _57
from tests.support import (
    fortysecond_corpus,
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
NAMES_FILE = Path(__file__).with_name("sixtythird_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), MA, DZ and TN tables"
__all__ = ["DRAMA_PREFIXES", "INWARD_LETTERS", "PLAIN", "POSTCODE_AREAS", "benign_words"]
__all__ += ["nhs_check_digit", "samples"]
SEED = "sixtythird-<country>"
#: Every earlier snapshot: the fifty-seventh's list and its own, and those of the
#: fifty-eighth to sixty-second (written alongside, so read only when they are there).
EARLIER = tuple(
    dict.fromkeys(
        (
            *_57.EARLIER,
            "fiftyseventh_names.json",
            *("fiftyeighth_names.json", "fiftyninth_names.json", "sixtieth_names.json"),
            *("sixtyfirst_names.json", "sixtysecond_names.json"),
        )
    )
)
#: The ranks drawn here (see the docstring for the ranks earlier corpora took): each
#: table's first names, then its surnames.
MA_RANKS = ((5000, 6500), (5000, 8000))
DZ_RANKS = ((5000, 6500), (5000, 8000))
TN_RANKS = ((1500, 3500), (1500, 4000))
COUNTRIES = ("MA", "DZ", "TN")
ASCII_ONLY = frozenset(COUNTRIES)
PACKAGE_DRAWN = (("names-dataset-MA", 130), ("names-dataset-DZ", 130), ("names-dataset-TN", 130))
DRAWN = (("names-dataset-MA", 11), ("names-dataset-DZ", 11), ("names-dataset-TN", 17))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the draws read by hand as words, places, brands, pet forms, typos, handles,
#: names of another country or of the other column: put here and drawn again.
NOT_NAMES = frozenset(
    {
        *("Abbasi", "Abdallha", "Abdelghafour", "Abdelhafidh", "Abdle", "Abdlwahed"),
        *("Abedsalam", "Adlene", "Ahzan", "Ainouss", "Amchich", "Amirr", "Amiss", "Amori"),
        *("Amra", "Anice", "Anou", "Aoud", "Asil", "Atakan", "Awatiif", "Awicha", "Awledi"),
        *("Ayouba", "Ayouch", "Azizou", "Azoo", "Babai", "Babou", "Bakary", "Baraki"),
        *("Bassma", "Batchika", "Bejia", "Belkass", "Bencherki", "Bendi", "Bendra"),
        *("Benltaief", "Bhd", "Bika", "Bikhir", "Binte", "Bkt", "Blacko", "Bona", "Boubkre"),
        *("Bouchina", "Boufatah", "Boughzou", "Bozidi", "Brahmin", "Catalouni", "Celena"),
        *("Ceur", "Chaf", "Chahinda", "Charat", "Charife", "Chbeli", "Cheguevara", "Cheick"),
        *("Chkimi", "Chok", "Choucheni", "Choucho", "Chtir", "Cirine", "Clubiste", "Corail"),
        *("Craizy", "Daadoucha", "Dabouz", "Dahba", "Daia", "Daid", "Dcde", "Did", "Djellel"),
        *("Djemi", "Doudouch", "Draou", "Dredi", "Eagles", "Edin", "Eej", "Eldin", "Eliass"),
        *("Ellil", "Elouati", "Emhemed", "Esco", "Espada", "Etidel", "Ezine", "Fafani"),
        *("Fahi", "Faradj", "Farfour", "Fatafit", "Fatfouta", "Fatila", "Fays", "Fercha"),
        *("Ferdawss", "Fet", "Fir", "Foor", "Frad", "Frenda", "Fth", "Ftini", "Ftwaki"),
        *("Gar", "Gass", "Ghawti", "Ghouaidia", "Gladiateur", "Grce", "Gtr", "Hadik"),
        *("Hadjoura", "Hafdala", "Hamset", "Hamssa", "Hawri", "Hayou", "Hayte", "Haythoum"),
        *("Hbibtk", "Hbt", "Hdj", "Hedly", "Hibba", "Hinane", "Hindo", "Hmimad", "Hnane"),
        *("Houriat", "Houwa", "Hsane", "Huriye", "Hussa", "Ibnato", "Ikhlasse", "Inchirah"),
        *("Islami", "Jadlawi", "Jajo", "Jajou", "Jarmoud", "Jbl", "Jer", "Jmla", "Jonson"),
        *("Kabadi", "Kady", "Kalache", "Kalade", "Kalim", "Kamerji", "Kamikazi", "Kariim"),
        *("Karm", "Kastro", "Katimat", "Kenzo", "Khaduja", "Khamssa", "Khawa", "Khawal"),
        *("Khi", "Khiar", "Khiereddine", "Kho", "Khouira", "Kocht", "Komsi", "Koni", "Krima"),
        *("Kwita", "Laarousi", "Labbouz", "Lafleur", "Lartisat", "Lhb", "Lhomme", "Lhs"),
        *("Lifa", "Lite", "Llham", "Lmad", "Lmk", "Lmlih", "Louaye", "Loura", "Lovli", "Ltf"),
        *("Luobna", "Maata", "Madjdoub", "Mahboubt", "Mahita", "Mahy", "Majdo", "Malakmalak"),
        *("Maliko", "Malikt", "Mamar", "Mamay", "Mamer", "Mamido", "Marad", "Mareyam"),
        *("Maroi", "Marowen", "Marsa", "Marwn", "Maskini", "Masque", "Massouda", "Matafa"),
        *("Matteli", "Mayloud", "Mayss", "Mayy", "Mensour", "Merghni", "Meriame", "Meryeem"),
        *("Meryoula", "Mezri", "Mgn", "Mha", "Mihdi", "Mihed", "Miiss", "Mimito", "Mimixa"),
        *("Misstr", "Mizoo", "Mjhoul", "Moetaz", "Mohaed", "Molode", "Mondhir", "Mord"),
        *("Mory", "Mostaf", "Mouhemed", "Moutie", "Mraydi", "Msaad", "Nabaouia", "Nafiaa"),
        *("Najar", "Nanou", "Nanous", "Nasroo", "Nejmou", "Niro", "Norsine", "Nouhoum"),
        *("Noursine", "Nouza", "Numero", "Oamr", "Omhajar", "Ommar", "Ouffa", "Ouka", "Pac"),
        *("Palirmo", "Papaha", "Peche", "Poupou", "Ptisam", "Rabiia", "Rambou", "Rasil"),
        *("Rati", "Rayano", "Rbiha", "Rechdi", "Romaisa", "Romayssae", "Romo", "Roua"),
        *("Rousa", "Safaee", "Safai", "Sahliyano", "Salmen", "Saloka", "Samire", "Samona"),
        *("Samur", "Sassa", "Sehliya", "Semsem", "Shimi", "Siaghi", "Sihamm", "Sinon"),
        *("Sinyorina", "Sinyoritta", "Skhona", "Smayl", "Smii", "Smir", "Sofain", "Sofix"),
        *("Soina", "Sosso", "Soufaine", "Soufia", "Souga", "Souhaeil", "Souhile", "Sousan"),
        *("Sozi", "Ssine", "Ssmail", "Sso", "Suidi", "Swilhi", "Sysy", "Tabarkino"),
        *("Tafrokht", "Tahare", "Tahr", "Taky", "Tamda", "Taroub", "Tawam", "Tayouba"),
        *("Tchi", "Tchika", "Tifnot", "Tii", "Tiip", "Touaf", "Traka", "Tulipe", "Umaim"),
        *("Vive", "Waba", "Walae", "Walidos", "Wallas", "Watik", "Winner", "Yafouz"),
        *("Yamanda", "Yosrra", "Yossif", "Yousar", "Yozar", "Ysn", "Zahoua", "Zahri"),
        *("Zaynabo", "Zenbe", "Zmb", "Zoka", "Zormati", "Zouza"),
    }
)
#: People of the last draw with such an entry, left out without drawing again.
DROPPED = frozenset(
    {
        *("Abbesi", "Abdalahi", "Abdalwahd", "Abdelghani", "Abdelhake", "Abdelilahe"),
        *("Abdeljabbar", "Abdosamad", "Abdssamd", "Aber", "Abouch", "Achraaf", "Adbo"),
        *("Ademe", "Adilo", "Aer", "Affoufa", "Afital", "Ahlm", "Ahmef", "Aimas", "Akri"),
        *("Almaghribi", "Aloula", "Alwani", "Alyouta", "Amazighya", "Amilya", "Amiral"),
        *("Ammoura", "Anar", "Anjilina", "Anjjar", "Anoussa", "Anssa", "Anwr", "Aouadi"),
        *("Aouicha", "Arem", "Argana", "Atamna", "Awatf", "Aws", "Axil", "Ayen", "Ayoutta"),
        *("Ayube", "Azr", "Baboucha", "Bacher", "Badie", "Badiss", "Badre", "Bahia", "Bang"),
        *("Basama", "Batisam", "Benissa", "Besmat", "Bessouma", "Bidou", "Bouhra", "Braham"),
        *("Brave", "Catrina", "Chabib", "Chabiba", "Chadlya", "Chaimoa", "Chaka", "Cheval"),
        *("Chf", "Chic", "Chihemek", "Chokou", "Chyma", "Dak", "Dalel", "Daliya", "Dami"),
        *("Dano", "Demoizel", "Denya", "Dhiaeddine", "Dido", "Dija", "Djappa", "Djouda"),
        *("Dolf", "Dorssaf", "Doucha", "Doursaf", "Dousa", "Edjc", "Ekbel", "Elcapo"),
        *("Elmiloudi", "Enti", "Eyya", "Faoizi", "Fariid", "Fathlah", "Fatimae", "Fatims"),
        *("Fatmi", "Fattma", "Fatym", "Faw", "Fers", "Fetah", "Fha", "Fidaa", "Fizou"),
        *("Foaad", "Foulen", "Frah", "Ftm", "Gacem", "Gladia", "Goufran", "Grain", "Hachmia"),
        *("Hafoussa", "Hakmi", "Halou", "Hanona", "Haraf", "Hat", "Hatima", "Hauda", "Hawi"),
        *("Hebib", "Hebibate", "Hib", "Hiho", "Hmayda", "Hmidouche", "Hom", "Hori", "Hosin"),
        *("Hossan", "Hossni", "Houcein", "Hsine", "Hytam", "Iatimad", "Ibou", "Ichraf"),
        *("Ied", "Ihssn", "Ikarm", "Iklas", "Ikramm", "Inees", "Intissar", "Isehak", "Isko"),
        *("Ismaiil", "Israe", "Istrilla", "Itaf", "Izil", "Jaguar", "Jahouna", "Jal"),
        *("Jeloul", "Joli", "Josephe", "Josph", "Kabi", "Kadr", "Kadre", "Karimm", "Katou"),
        *("Kawtarr", "Kdj", "Kettab", "Khaild", "Khemisti", "Kodes", "Konouz", "Laiela"),
        *("Laigle", "Lamiyaa", "Lareine", "Lavie", "Lebna", "Lhoucine", "Linaa", "Linalina"),
        *("Lmaki", "Lmhjoub", "Lolixa", "Loudji", "Louj", "Louji", "Lvd", "Madou", "Maf"),
        *("Mahe", "Maiss", "Maissem", "Majdou", "Majnone", "Majouda", "Malake", "Mamoucha"),
        *("Manarita", "Manassa", "Manelle", "Manl", "Marioma", "Marwati", "Maryoum"),
        *("Mazighe", "Mazozi", "Mehamed", "Mehana", "Meryoma", "Mhena", "Mhfod", "Milsa"),
        *("Miminou", "Mimitta", "Mimoo", "Mitwali", "Mlina", "Mohhamed", "Mohomed", "Mokdad"),
        *("Mordjane", "Moslim", "Mosstafa", "Mouhmade", "Mouhsen", "Moumane", "Mrdiyt"),
        *("Msadek", "Msf", "Mslk", "Nabile", "Nacib", "Nanoucha", "Napi", "Nardjesse"),
        *("Nardjis", "Nasrdin", "Nawi", "Nedjmo", "Nermin", "Nesryne", "Nohita", "Nossa"),
        *("Nouba", "Noumidya", "Noure", "Nourimane", "Nourr", "Noursin", "Nourssine", "Nqh"),
        *("Nrmin", "Okan", "Oki", "Omda", "Othmeni", "Oulid", "Panika", "Papillons", "Pasde"),
        *("Prrety", "Rachal", "Rali", "Ralid", "Ramou", "Ramz", "Ranocha", "Ratwak", "Rawa"),
        *("Raxid", "Redah", "Rimen", "Ritege", "Rojdi", "Roucha", "Rouj", "Rzn", "Safir"),
        *("Salssabil", "Samm", "Sanona", "Saoussan", "Sava", "Sbobo", "Selaf", "Seliman"),
        *("Shyl", "Sici", "Sido", "Sief", "Signorina", "Siki", "Skaina", "Sniorita"),
        *("Sokayina", "Soltna", "Soner", "Souhala", "Souhir", "Souse", "Sta", "Tako"),
        *("Tamma", "Taou", "Tark", "Tarke", "Teta", "Tifa", "Tinhi", "Tit", "Titim", "Titos"),
        *("Tof", "Tofla", "Toudja", "Touta", "Tuncay", "Tunisia", "Veysel", "Waa", "Wacim"),
        *("Warada", "Wassoula", "Wiko", "Xwh", "Yacmine", "Yesine", "Yoosaf", "Youn", "Yous"),
        *("Youta", "Ysmina", "Yuonas", "Zakzouk", "Zawina", "Zayo", "Zeb", "Zey", "Zkari"),
        *("Zro", "Zwina"),
    }
)


#: A names-dataset entry to draw from: the tenth's test, plain letters, less ``NOT_NAMES``.
_usable = partial(_57.table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)
#: Each table's ranks, in the order of ``PACKAGE_DRAWN``.
TABLE_RANKS = (("MA", MA_RANKS), ("DZ", DZ_RANKS), ("TN", TN_RANKS))


def regenerate_names() -> None:
    """Write the snapshot afresh (names-dataset importable only here): the tables in the
    order of ``PACKAGE_DRAWN``, each at its ``TABLE_RANKS`` through the tenth's
    ``dataset_people``, sharing one set of words already used, less ``DROPPED``."""
    present = [name for name in EARLIER if NAMES_FILE.with_name(name).exists()]
    taken = _earlier_names(tuple(present))
    kept = {}
    for (table, (first_at, last_at)), (label, asked) in zip(
        TABLE_RANKS, PACKAGE_DRAWN, strict=True
    ):
        pairs = _57.dataset_people(
            ((table, asked),), last_at, taken, "sixtythird", _usable, first_at
        )
        kept[label] = [pair for pair in pairs[table] if DROPPED.isdisjoint(pair)]
    _57.write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, kept)


_people = partial(_57.snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Rushcart Lane", "Tentercroft Row", "Shuttle Eye Walk", "Handbell Court")
STREETS += ("Cloudberry Fold", "Pace Egg Close", "Millstone Grit Road", "Lantern Parade Way")
TOWNS = ("Ilkley", "Otley", "Wetherby", "Garforth", "Hebden Bridge", "Todmorden")
TOWNS += ("Holmfirth", "Penistone", "Hoyland", "Tickhill", "Bawtry", "Stocksbridge")
SCHOOLS = (
    "Shuttle Eye Primary School",
    "Tentercroft Infant School",
    "St Bega's Church of England Primary",
    "Cloudberry Fold Junior and Infant School",
    "Handbell Court Free School",
    "Pace Egg Close Nursery School",
    "Millstone Grit High School",
    "Lantern Parade Pupil Referral Unit",
)
SCHOOL_SHORT = ("Shuttle Eye", "Tentercroft", "St Bega's", "Cloudberry Fold", "Millstone Grit")
RELATIVES = ("jedda", "mima", "khalti", "ammi", "nan", "step-dad", "mum's partner")
RELATIVES += ("big cousin",)
#: Twelve ways a date of birth gets typed (fields of the tenth's ``_date``), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{d}.{m}.{y}", "{dd}-{mm}-{y}", "{y}/{mm}/{dd}", "{d}{th} {mon}, {y}")
BIRTH_FORMS += ("{mo} {d}, {y}", "{wd}, {d}{th} {mo} {y}", "{d} {mon} '{yy}", "{m}/{d}/{yy}")
BIRTH_FORMS += ("{dd} {mo} {y}", "the {d}{th} of {mon}, {y}", "{mon} {y}, the {d}{th}")
BIRTH_FORMS += ("{d}/{mm}/{y}",)
WHEN_FORMS = ("{wd} {d}{th} {mon}", "{d}/{m}/{y}", "{d} {mo}", "{wd} {dd}/{mm}", "{mon} {d}{th}")
#: Births of children up to 17 (the forty-second's), typed in ``BIRTH_FORMS``.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# {f} {l} is the child, {g} {h} a parent or carer, {k} a brother or sister and {rel} another
# relative, as the tenth's person_values fills them.
NAME_TEXT = (
    "Hospital radio volunteer doing the ward round says {f} {l}, 10, asked her not to tell "
    "{g} which song she picked because she gets hit for 'showing off'.",
    "A lantern parade maker at the workshop saw {g} {h} drag {f} out by the hood and slap "
    "the child twice on the steps outside.",
    "Steward at the beer festival found {f} {l}, 13, behind the marquee drinking from "
    "half-empty glasses; said {g} was inside and had told them to wait.",
    "Supertram driver reported {f} {l} riding the line end to end after midnight, alone, "
    "saying they could not go home until {g}'s visitor had left.",
    "handbell ringer at the chapel says {f} turns up with burns on both hands and says "
    "{g} {h} holds them on the cooker when they are naughty",
    "The open mic host says {f} {l}, 16, is brought to the pub every week by a man of forty "
    "who buys her drinks and tells staff he is her uncle.",
    "Folk club organiser says {g} {h} leaves {f} and {k} asleep in the car park until the "
    "last song, sometimes past one in the morning.",
    "Doorman at the jazz club turned {f} {l}, 14, away at 11pm; the child said {g} had "
    "locked them out and they had nowhere else.",
    "A pace egg play actor says {f} {l} flinched and cried when he raised his wooden sword "
    "in the play, and later said {g} hits them with a belt.",
    "Well dressing volunteer says {f} {l}, 8, came to the petalling every day of half term "
    "without food and said {g} {h} sleeps all day.",
    "Rushcart puller at the festival saw {g} {h} kick {f} in the back of the legs in front "
    "of the crowd because the child had wandered off.",
    "Coach at the fell running club says {f} {l} has lost a lot of weight and told another "
    "runner that {g} will not let them eat until they win.",
    "Rugby league academy coach says {f} {l}, 15, has been missing training and is seen "
    "getting into a different car each night outside the ground.",
    "Trail builder on the mountain bike tracks found {f} {l} sleeping in the woods in a "
    "tent; says {g} put them out after a row with {g}'s partner.",
    "Wild swimming group leader says {g} {h} let {f}, 6, swim out alone in the reservoir "
    "while drinking on the bank and laughed when the child panicked.",
    "parkrun marshal says {f} {l} was crying at the finish and said {g} would 'kill' them "
    "for a slow time; bruises on both arms",
    "Waiter at the curry house says {f} {l}, 12, is working in the kitchen most nights "
    "till late for {g}'s friend and is paid in food.",
    "Karting track marshal says {g} {h} shoved {f} into the barrier after the race and "
    "shouted that they were useless and a disgrace.",
    "Turnstile operator at the stadium says {f} {l}, 11, comes to every home game alone and "
    "is given money by older men to carry bags to their cars.",
    "The pie and peas supper organiser says {f} {l} stole food from the kitchen and said "
    "there has been nothing in the house since {g} {h} lost their job.",
    "Hospital radio volunteer says {f} {l} told her the marks on her legs were from {g}'s "
    "new partner and begged her not to say anything.",
    "Lantern parade maker says {f} {l}, 9, has been left at the workshop every Saturday "
    "since {g} moved the child and {k} into a friend's flat.",
    "Supertram driver saw {g} {h} hit {f} on the platform and push the buggy with {k} in it "
    "towards the edge.",
    "A fell running coach says {g} {h} made {f} run the moor in the dark in shorts as a "
    "punishment and the child came back blue with cold.",
)
NAME_LOWER = (
    "hospital radio lady rang again re {fl} {ll}",
    "{fl} at the beer festival again, {gl} inside",
    "supertram driver says {fl} {ll} riding the line at 1am",
    "{ll} kids in the car park till the folk club shut",
    "open mic host - {fl} with the older man again",
    "{gl} {hl} not answering, {fl} at the well dressing with no lunch",
    "fell running club worried about {fl}'s weight",
    "academy coach saw {fl} {ll} get into a silver car",
    "curry house kitchen - {fl} there again on a school night",
    "rang {fl}'s {rel}, phone off, left a message",
    "{fl} {ll} not at breakfast club since monday",
    "turnstile man says {fl} carrying bags for men again",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "the {l} twins",
    "{f} (aged {age})",
    "{fi} {l}",
    "{f} and {k}",
    "wee {l}",
    "the {l} lad",
    "{g} {h}'s eldest",
    "{f} from the fell club",
    "{l} {f}",
)
SIGN_OFF = (
    "pls dont tell her i rang\n{fl}",
    "Thank you\n{g} {h}\n{rel} of {f}",
    "cheers\n{g} (mum of {f} and {k})",
    "{f} {l}\nsorry for the spelling",
    "Typed for {f} by their {rel}, {g} {h}",
    "Kind regards,\n{g} {l}\nfoster carer",
    "{g} - {f}'s {rel} - back from work at 7",
    "{f} {l}, age {age}",
    "{g} {h}, kinship carer for {f}",
)
NICKNAMES = ("Rhubarbie", "Ramrod", "Ruddle", "Slubber", "Spindleshanks", "Snicket")
NICKNAMES += ("Scuttler", "Tenterhook", "Tackler", "Tyke", "Tatie", "Twizzle")
NICKNAMES += ("Warpknot", "Weftie", "Yammer", "Velveteen")
NICKNAME_TEXT = (
    "The older lads at the skate park call her {n} and send her to the shop for them.",
    "On the estate he only answers to {n}; the men in the van give him vapes.",
    "Staff at the leisure centre heard {f}'s {rel} shouting {n} across the car park at 11pm.",
    "{n} is what the man at the takeaway has her saved as in his phone, the DSL says.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} aka {l}")
DOB_TEXT = (
    "DOB (from red book) {dob}",
    "date of birth {dob}",
    "{g} gave {f}'s birthday as {dob}",
    "school records DOB {dob}",
    "born {dob} at Airedale",
    "{f} {l}, born {dob}",
    "{dob} - so {age} this year",
    "{rel} says {dob}, GP has it differently",
    "born {dob}, came home after 6 weeks in SCBU",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "{g} can be reached on {phone}",
    "{rel} - {phone}",
    "house phone {phone}",
    "texts came from {phone}; {f} says it's the man from the car",
    "jedda's number {phone}",
)
NHS_TEXT = (
    "NHS number: {nhs}",
    "{f}'s NHS no. {nhs}",
    "baby NHS {nhs}",
    "NHS {nhs} (from the A&E letter)",
)
NI_TEXT = (
    "mum NI no {ni}",
    "step-dad's NI number {ni}",
    "dad's NINo {ni}",
    "{rel}'s national insurance {ni}",
)
ADDRESS_TEXT = (
    "family now at {street}, {town}",
    "staying on {street} with mum's friend",
    "home visit to {street}, {town} - no answer, lights on",
    "{f} is at their {rel}'s on {street}",
    "police at {street} three times this month",
    "evicted from {street}; now sofa surfing in {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "pcode - {postcode}", "moved, new postcode {postcode}")
SCHOOL_TEXT = (
    "{f} attends {school} (year {year_group})",
    "{school} year {year_group}, attendance 61%",
    "DSL from {short} rang at 9",
    "{f} started at {short} in September",
    "{f}, {school}: {n2} sessions missed since half term",
)
EMAIL_TEXT = ("{g} emails from {e}", "screenshots were sent from {e}", "email {g} {h} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, DOB {dob}",
    "{fi}{li} on {street}",
    "{fi}{li} - Y{year_group} - {short}",
    "child at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} girl, {age}, {town}",
    "{fi}{li} born {dob}",
    "year {year_group} at {school}",
    "the {l} family, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their initials or real names) ------

_WY = {
    "police": ("West Yorkshire Police",),
    "icb": ("NHS West Yorkshire ICB",),
    "ambulance": ("Yorkshire Ambulance Service NHS Trust",),
}
_SY = {
    "police": ("South Yorkshire Police",),
    "icb": ("NHS South Yorkshire ICB",),
    "ambulance": ("Yorkshire Ambulance Service NHS Trust",),
}
_SWYPFT = "South West Yorkshire Partnership NHS Foundation Trust"
_ILKLEY = {"council": ("BCFT",), "trust": ("Airedale NHS Foundation Trust", "BDCFT")}
_LEEDS = {"council": ("LCC Children and Families",), "trust": ("LTHT", "LCH")}
_CALDER = {"council": ("CMBC children's services",), "trust": ("CHFT", _SWYPFT)}
_KIRK = {"council": ("KC children's services",), "trust": ("CHFT", "Locala Health and Wellbeing")}
_BARN = {"council": ("BMBC children's services",), "trust": ("BHNFT", _SWYPFT)}
_DONC = {"council": ("CDC children's services",), "trust": ("DBTH", "RDaSH")}
_SHEF = {"council": ("SCC children's services",), "trust": ("STH", "SCH")}

#: The twelve areas, towns no earlier corpus file names: the borough council's teams (by
#: its initials), the partners, and two civic venues of the town (libraries, halls,
#: community and leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Ilkley": _WY
    | _ILKLEY
    | _57._district("CBMDC")
    | {"venue": ("Ilkley Library", "Ilkley Town Hall")},
    "Otley": _WY
    | _LEEDS
    | _57._district("LCC")
    | {"venue": ("Otley Library", "Otley Civic Centre")},
    "Wetherby": _WY
    | _LEEDS
    | _57._district("LCC")
    | {"venue": ("Wetherby Library", "Wetherby Town Hall")},
    "Garforth": _WY
    | _LEEDS
    | _57._district("LCC")
    | {"venue": ("Garforth Library", "Garforth Leisure Centre")},
    "Hebden Bridge": _WY
    | _CALDER
    | _57._district("CMBC")
    | {"venue": ("Hebden Bridge Library", "Hebden Bridge Town Hall")},
    "Todmorden": _WY
    | _CALDER
    | _57._district("CMBC")
    | {"venue": ("Todmorden Library", "Todmorden Town Hall")},
    "Holmfirth": _WY
    | _KIRK
    | _57._district("KC")
    | {"venue": ("Holmfirth Library", "Holmfirth Civic Hall")},
    "Penistone": _SY
    | _BARN
    | _57._district("BMBC")
    | {"venue": ("Penistone Library", "Penistone Town Hall")},
    "Hoyland": _SY
    | _BARN
    | _57._district("BMBC")
    | {"venue": ("Hoyland Library", "Hoyland Leisure Centre")},
    "Tickhill": _SY
    | _DONC
    | _57._district("CDC")
    | {"venue": ("Tickhill Library", "Tickhill Community Centre")},
    "Bawtry": _SY
    | _DONC
    | _57._district("CDC")
    | {"venue": ("Bawtry Library", "Bawtry Community Centre")},
    "Stocksbridge": _SY
    | _SHEF
    | _57._district("SCC")
    | {"venue": ("Stocksbridge Library", "Stocksbridge Leisure Centre")},
}
#: The partner kinds (the forty-eighth's), the partnerships as their own pages name them
#: (by initials, see the docstring), and every agency named.
KINDS, PARTNERSHIPS = _57.KINDS, tuple(AREAS)
_BY_COUNCIL = {"BCFT": "BDSCP", "LCC Children and Families": "LSCP"}
_BY_COUNCIL |= {"CMBC children's services": "CSCP", "KC children's services": "KSCP"}
_BY_COUNCIL |= {"BMBC children's services": "BSCP", "CDC children's services": "DSCP"}
_BY_COUNCIL |= {"SCC children's services": "SCSP"}
SCP = {area: _BY_COUNCIL[AREAS[area]["council"][0]] for area in AREAS}
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
#: What each benign fill draws from: the fifty-seventh's lists (the twenty-second's roles,
#: themes, courses, rooms and periods) with this corpus's own review numbers and ages.
DRAWS = _57.DRAWS | {
    "age_band": ("aged five weeks", "under two", "aged four", "aged 12", "aged 16"),
    "ref": ("RR 63-01", "LCSPR 63/03", "RR/63/10", "CSPR-63-05", "RR 63/14", "TR 63-07"),
}
#: Benign pseudonyms: initials after one of these words, or one of this corpus's own words.
PSEUDONYM_WORDS, CHOSEN = _57.PSEUDONYM_WORDS, ("Goit", "Delph", "Tenterframe", "Weirside")
CHOSEN += ("Millpond", "Moorside", "Wuthering")

#: Closing lines that some templates share (a progress line, an email's sign-off).
_P = " The partnership's learning group will track progress and report back in {period}."
_S = "\n\nPlease reply to the business unit by {date}.\n\nMany thanks,\n{scp} business unit"
#: The benign text by register, which is each sample's category. ``_uses`` fills a template
#: one to three times; long ones (a third or so) stay within a 500-character note field.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}. A baby {age_band} from {area} was taken to {trust} with bruising "
        "to the ear and a torn frenulum; the parents said a sibling had thrown a toy. "
        "{police} and children's social care held a strategy discussion that evening. The "
        "review will ask why a health visitor's note about a crying baby and a tired, low "
        "mother was not shared with the GP." + _P,
        "{ref}: a 14-year-old boy from {area} was found with cannabis and two phones on a "
        "train heading south. He had been excluded twice and was on a part-time timetable. "
        "Return home interviews were offered and refused. The reviewer is asked how the "
        "exploitation panel weighed the exclusions and who held the plan over the summer.",
        "Families from the Maghreb settled in {area} over the past decade, many speaking "
        "Arabic, Tamazight or French at home. A child {age_band} missed every health check "
        "because letters were sent in English only. {ref} will look at how agencies reach "
        "families whose first language is not English, and how interpreters are booked." + _P,
        "Context for {ref}. A girl of 15 told a youth worker that she was being pressured to "
        "travel abroad to marry over the summer. The school had noticed a sudden drop in "
        "attendance but recorded it as holiday. The {scp} wants to know how the forced "
        "marriage guidance was used and what {council} now does with such worries.",
        "Background ({area}): a toddler {age_band} was found wandering on the main road at "
        "dawn while both parents slept after a night of drinking. This was the third call "
        "to the address. {ref} asks whether the earlier calls were seen as one-offs, and "
        "how neglect is recognised when a family presents well at appointments." + _P,
        "{ref}, short account: a boy {age_band} with autism and little speech was placed in "
        "a residential school out of area and his family moved house twice. Health, "
        "education and social care each held part of the picture at {trust}, in the school "
        "and at the front door. The review will look at annual reviews of his care plan.",
        "Panel summary, {area}. A 12-year-old cared for a father with a brain injury and two "
        "younger siblings while the mother worked nights. School saw a tired child but no "
        "carer's assessment followed. {ref} will test whether young carers are spotted in "
        "the partnership and whether adult services ask about the children at home." + _P,
        "Outline, {ref}: four children lived in a rented terrace near {area} with damp, mould "
        "and no heating through the winter. Two referrals closed after one visit each "
        "because the parents engaged well. The review will ask whether housing conditions "
        "were treated as neglect and how {district} and social care shared what they saw.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}, outcome: the three safeguarding partners agree that a local "
        "child safeguarding practice review is needed. Harm was serious and there is "
        "learning about how {trust} and {council} shared worries about a baby born at home "
        "without a midwife. The National Panel will be told by {date2} and the {role} will "
        "draft terms of reference.",
        "Rapid review {ref}, outcome: no local review. The learning about bruising in babies "
        "who are not yet mobile is already in the refreshed protocol, and the teams involved "
        "have changed their practice. A full review would add little. Agreed by the partners "
        "on {date}; the reasons go to the Panel by {date2}, with a short briefing for staff.",
        "Rapid review {ref}, outcome: the learning will feed the thematic review of {theme} "
        "already under way across {area} and the neighbouring towns, rather than a separate "
        "review. {police} and {icb} will send agency reports to the thematic reviewer by "
        "{date2}. The Panel will receive the reasoning with the rapid review report.",
        "Rapid review {ref}, outcome: a systems review will go ahead, with a practitioner "
        "event at {venue}. The partners want to understand why no one escalated when the "
        "school and the social work team disagreed about risk for six weeks. Draft terms of "
        "reference will go to the executive on {date2} for sign-off.",
        "Rapid review {ref}, outcome: the partners will ask the Panel to consider a national "
        "review, because a very similar death occurred in another Yorkshire borough this "
        "year. Local work continues alongside so that learning is not held up. The {role} "
        "will write to the Panel setting out the pattern by {date2}.",
        "Rapid review {ref}, outcome: a learning briefing and a practice week in place of a "
        "full review. The facts are agreed, the family have asked not to take part, and the "
        "agencies have already changed what they do. Signed off on {date}; the changes will "
        "be tested through the multi-agency audit programme in {period}.",
        "Rapid review {ref}, outcome: a local review will focus on the handover between the "
        "maternity ward and community health visiting, where a partner's history of "
        "violence was not passed on. {trust} and {icb} will co-chair the review panel, and "
        "the National Panel will be told by {date2}.",
    ),
    "minutes": (
        "Action notes, {scp} executive, {date}, {room}, {venue}\n"
        "Present: {council}, {police}, {icb}, the {district}.\n"
        "1. Performance report for {period}: re-referrals {rag}.\n"
        "2. Independent scrutineer's spring report received and discussed.\n"
        "3. Preparation for the joint targeted area inspection: a workshop to be booked.\n"
        "Next meeting {date2}, {time}.",
        "Learning and improvement group, {date}, {venue}\n"
        "Present: the {role}, {trust}, {police}, a secondary head.\n"
        "1. {course} take-up lowest in {area}; evening dates to be offered locally.\n"
        "2. {ref} learning added to the induction pack for new starters.\n"
        "3. Trainer pool down to six; a call for volunteers was agreed.\n"
        "Next meeting {date2}, {room}.",
        "Case review subgroup, {date}, on Teams\n"
        "Present: {council}, {police}, {trust}, {ambulance}.\n"
        "1. Notification from {area} considered; a rapid review will be held.\n"
        "2. {ref}: the reviewer's draft chronology shared, comments within ten days.\n"
        "3. No other business raised by members.\n"
        "Next meeting {date2} at {venue}.",
        "Policy and procedures group, {venue}, {date}\n"
        "Present: the {role}, {icb}, {trust}, the {district}.\n"
        "1. Pre-birth assessment guidance: partner comments gathered in one table.\n"
        "2. {theme} procedure shortened and put into plain English.\n"
        "3. Evaluations of {course} to be summarised for the next meeting.\n"
        "Next meeting {date2}, {time2}.",
        "Exploitation and missing subgroup, {room}, {venue}, {date}\n"
        "Present: {police}, {council}, the {district}, youth justice.\n"
        "1. Safety plan for the summer festivals and galas agreed by all.\n"
        "2. Exploitation hotspots around {area}: {rag}.\n"
        "3. The return home interview provider to attend the next meeting.\n"
        "Next meeting {date2}.",
    ),
    "partner_email": (
        "Hi all,\n\nA gentle reminder that agency chronologies for {ref} were due last "
        "Friday. We are still waiting for {trust} and the {district}; {police} sent theirs. "
        "The reviewer cannot start the analysis without them, and the panel meeting is set "
        "for {date2}." + _S,
        "Dear colleagues,\n\nWe would like practitioners from {area} to test a draft "
        "one-page guide on {theme}. We will meet at {venue} on {date2}, {time} to {time2}; "
        "refreshments are provided and managers have agreed the time away." + _S,
        "Hello everyone,\n\nThe executive has approved the refreshed continuum of need. "
        "{council} will brief its teams over the coming month and {police} will add it to "
        "training for new officers. Could health colleagues let us know how they will "
        "share it?" + _S,
        "Dear partners,\n\nDuring {period} our independent scrutineer would like to spend a "
        "day with the front door and talk with staff from {icb} and {ambulance}. If your "
        "team can host, please send a contact name and two possible dates." + _S,
        "Hi everyone,\n\nGood news: the Panel has accepted the rapid review report for {ref} "
        "without further questions and praised the quality of the information from {trust}. "
        "The {role} will now draft the learning summary with the designated nurse." + _S,
        'Dear all,\n\nBecause of demand we have added another date for "{course}" at '
        "{venue}, {time} to {time2}. It is open to {council}, {police}, health, schools, "
        "early years and the voluntary sector; the first date filled within a day." + _S,
        "Dear colleagues,\n\nThank you to {ambulance} for releasing two paramedics to join "
        "the practitioner event for {ref}. Their account of the first call helped the "
        "panel understand how stretched everyone was that night." + _S,
        "Hello,\n\nFor {ref}, could the {district} explain how families placed in temporary "
        "accommodation are made known to health visitors and schools, and how long the "
        "longest placement lasted over the past year?" + _S,
    ),
    "local_review": (
        "Local review {ref}: on {date} the reviewer shared emerging themes with the panel: "
        "too much trust in a father's account, too little curiosity about a lodger, and a "
        "child in {area} who was rarely seen on their own. {trust} and children's social "
        "care will check these against their records before the next panel meeting.",
        "Local review {ref}: practitioners met at {venue} on {date}. Staff from {police} and "
        "the {district} spoke about caseloads and about not knowing who to call in another "
        "agency out of hours. Their views will shape the recommendations." + _P,
        "Local review {ref}: scope agreed {date}. The review covers the two years before the "
        "incident, the move between two schools, decisions at the front door, and how "
        "{icb} keeps track of children with complex health needs placed out of area.",
        "Local review {ref}: the reviewer has met the child's aunt, who asked that the report "
        "describe the child as someone who loved drawing and swimming, not only as a list "
        "of events. The panel agreed. A draft is due in {period}, and the family will read "
        "it before the {scp} publishes.",
        "Local review {ref}: first panel meeting set for {date}.",
        "Local review {ref}: independent reviewer confirmed {date}.",
        "Local review {ref} on hold until the trial has finished.",
        "Local review {ref}: all agency reports are now in.",
        "Local review {ref}: revised draft to the panel on {date}.",
    ),
    "chronology": (
        "{date}: nursery noted a child arriving in wet clothes two days running.",
        "{date}: {police} attended a domestic incident; two children present.",
        "{date}: contact screened at the front door; passed to early help.",
        "{date}: {ambulance} took mother to hospital; children went to a neighbour.",
        "{date}: the {district} offered the family a temporary flat.",
        "{date}: strategy discussion held; section 47 enquiry agreed.",
        "{date}: 27-month review missed; health visitor sent a second letter.",
        "{date}: outpatient appointment at {trust} not attended.",
        "{date}: first home visit by the early help worker.",
        "{date}: core group met, {council} in the chair.",
        "{date} to {date2}: school records five unexplained absences.",
        "{date}: part-time timetable agreed by the school.",
        "{date}: booking appointment with the midwife at 30 weeks.",
    ),
    "checklist": (
        "Rapid review within 15 working days? Yes.",
        "National Panel notified on {date}.",
        "Family informed of the review on {date}.",
        "Child's lived experience to be captured by {date2}.",
        "Reviewer commissioned? Yes.",
        "Terms of reference: draft v2.",
        "{trust} agency report in? Yes.",
        "{district} agency report in? Chased.",
        "Inquest date: {date}.",
        "{police} disclosure: requested, awaited.",
        "Learning brief: with the comms team.",
        "Shared with the DSL network? Yes.",
        "Reports due from {police} and {icb}: {date2}.",
    ),
    "notice": (
        "{scp} executive: {date}, {time}, {room}, {venue}.",
        "{ref} practitioner event, {date2}, {venue}, {time} to {time2}.",
        "Save the date: safeguarding week launch, {venue}, {date}.",
        "Learning and improvement group now on {date}, {time}, {room}.",
        "DSL network at {venue}, {date}, {time}.",
        'Webinar "{course}", {date}, {time}.',
        "Parents' drop-in at {venue} on {date}.",
        "Criminal exploitation awareness evening, {room}, {venue}, {date}.",
        "Health leads meeting moved from {date} to {date2}.",
        "Multi-agency audit day, {date}, {room}, {venue}.",
        "Youth voice forum at {venue}, {date}, {time} to {time2}.",
        "Launch of the refreshed neglect toolkit at {venue}, {date}, {time}.",
    ),
    "slack": (
        "agenda for thursday is in the teams folder",
        "has the {trust} chronology for {ref} come in yet?",
        "room at {venue} booked for {date} :thumbsup:",
        "reminder - Panel notification due by 5pm",
        "{district} asked if we can move to {time2} from {time}, any objections?",
        "comments on the ToR draft by {date} please",
        "thanks all, actions to follow",
        "{police} have nominated a DI for the rapid review",
        "{period} training calendar is live",
        "does {ref} go to the case review subgroup or the exec first?",
        "scrutineer's report is in the pinned files",
        "can anyone take minutes on {date}?",
        "which agency report template are we on now",
        "{icb} designated nurse joining at {time}",
        "{council} rep is off {date}, who can cover?",
    ),
    "panel": (
        "Panel reply on {ref} received {date}: no further questions.",
        "{ref} notified to the Panel on {date}.",
        "Rapid review report to the Panel by {date2}.",
        "Panel feedback: rationale clear and well evidenced.",
        "Panel agreed {ref} does not need a national review.",
        "{ref} rapid review sent; Ofsted and the DfE copied.",
        "Panel asked for the ambulance service's report; sent {date}.",
        "{ref} final report sent to the Panel {date}.",
        "Panel agreed more time for {ref}, to {date2}.",
        "Panel annual report discussed at the executive.",
        "Panel query on {ref} came in {date}; the {role} to reply.",
    ),
    "publication": (
        "Target publication date for {ref}: {date}.",
        "Publication held until after the criminal trial.",
        "Summary report only, agreed {date}.",
        "Family consulted about the publication date.",
        "Press lines agreed with the {council} press office.",
        "{ref} published on the {scp} website, {date}.",
        "Seven-minute briefing to go out with the report.",
        "Family asked for a delay; publication moved to {date2}.",
        "Report to be taken down after twelve months.",
        "DfE notified of publication.",
        "Publication plan for {ref} agreed by the partners on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed paediatric appointments by {date}.",
        "Action 2: {council} to record every adult living in the home at each visit.",
        "Action: {police} to share overnight domestic abuse notifications with schools by 9am.",
        "Action: {icb} to fund ICON training for maternity and neonatal staff.",
        "Action 3: practice week on {theme} in {period}.",
        "Action: {ambulance} to ask crews to record children present at every call.",
        "Action: the {district} to tell health visitors when families move into temporary flats.",
        "Action 4 complete: new escalation protocol in place since {date}.",
        "Action 5: the {role} to report to the executive each quarter.",
        "{period} plan: 11 actions, 7 complete, 4 {rag}.",
        "Action: a single chronology template for all agencies from {date}.",
        "Action 6: {trust} to ask who else lives at home at every triage by {date2}.",
    ),
    "housing_note": (
        "The {district} has confirmed the start date of the new tenancy.",
        "{district}: prevention duty accepted from {date}.",
        "The {district} will send two officers to the practitioner event.",
        "{ref} briefing given to {district} managers.",
        "All housing officers covering {area} to complete {course} by {date}.",
        "CBMDC housing options team and West Yorkshire Police checked holiday lets in "
        "Ilkley used for emergency placements from outside the district.",
        "LCC community safety team walked the riverside in Otley with youth workers after "
        "reports of younger teenagers drinking by the weir.",
        "LCC housing options team talked with LCH health visitors about overcrowded flats "
        "above shops in Wetherby.",
        "LCC community safety team and West Yorkshire Police met about e-scooters on the "
        "park in Garforth.",
        "CMBC housing options team briefed CHFT health visitors on families placed in "
        "temporary flats in Hebden Bridge.",
        "CMBC community safety team visited the youth club in Todmorden.",
        "KC housing options team spoke with Locala Health and Wellbeing school nurses about "
        "families in Holmfirth.",
        "BMBC community safety team and South Yorkshire Police planned patrols near "
        "Penistone station.",
        "BMBC housing options team and BHNFT discussed sofa surfing by care leavers in Hoyland.",
        "CDC community safety team met RDaSH staff about young people gathering in "
        "Tickhill after dark.",
        "CDC housing options team agreed a hospital discharge route with DBTH for families "
        "from Bawtry.",
        "SCC community safety team and South Yorkshire Police looked at the underpass in "
        "Stocksbridge after dark.",
        "CBMDC community safety team and BDCFT youth workers walked the moor car parks above "
        "Ilkley after reports of late-night parties.",
    ),
    "training": (
        'New on the e-learning platform: "{course}".',
        "Training needs survey closes {date}.",
        "Induction for new executive members, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "{theme} workshop at {venue}, {date}, {time} to {time2}.",
        "Train the trainer day for {course}, {room}, {venue}, {date}.",
        "Multi-agency trainers' network, {room}, {date}.",
        "Feedback from the {theme} workshop shows staff feel more confident.",
        "DSL refresher sessions run throughout {period}.",
        "KSCP ran a safer sleep session for childminders in Holmfirth.",
        "CSCP and the CMBC community safety team gave an exploitation briefing to taxi "
        "drivers in Todmorden and Hebden Bridge.",
        "BDSCP trained cricket and rugby coaches in Ilkley.",
        "LSCP ran a neglect session for early years staff in Garforth, Otley and Wetherby.",
        "Yorkshire Ambulance Service NHS Trust and South Yorkshire Police gave a self-harm "
        "talk in Penistone.",
        "NHS South Yorkshire ICB briefed GP practices in Hoyland and Stocksbridge on "
        "was-not-brought.",
        "DSCP and DBTH ran a perinatal mental health course in Tickhill and Bawtry.",
        "BSCP and SCSP ran a joint session on the borough boundary for schools near "
        "Stocksbridge and Penistone.",
    ),
}
#: Benign pseudonyms, one per line of this string.
BENIGN_PSEUDONYM_TEXT = tuple(
    """Child R|Child MB|Infant K|Baby P|Young Person G|Sibling 2|Sibling 4|Unborn Baby N
JT|K.L.|Child A and Child B|Goit|Delph|Tenterframe|Weirside|Millpond|Moorside|Wuthering
Child H|Infant SR|Baby DW|Young Person V|PM|X|Child Z|Sibling C|H.A.|Baby E and Baby F
Child NJ|Young Person TL|FR|Infant W|Sibling B""".replace("\n", "|").split("|")
)


#: The twenty-first's writer of the benign side and its count of fills per template.
_benign, _uses = twentyfirst_corpus.benign_written(sys.modules[__name__]), twentyfirst_corpus._uses


def samples() -> list[Sample]:
    """The corpus: the benign and the identifying samples, laid out by the tenth's
    ``assembled`` with this corpus's own seed, the same on every run."""
    return _57.assembled("sixtythird-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
