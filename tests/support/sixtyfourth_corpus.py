"""A sixty-fourth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``sixtyfourth_names.json``, a seeded snapshot (seed ``sixtyfourth-<country>``,
  Python's ``random.Random``, through the tenth's ``dataset_people``: women and men in turn,
  no first name that is also in the table's surname list) from names-dataset 3.3.1 (PyPI,
  Apache-2.0, Philippe Remy's frequency tables per country), its ES (Spain) and MX
  (Mexico) tables. Earlier corpora that name those tables took these ranks (checked by
  grepping ``tests/support`` and ``tests/test_unseen_corpora.py`` for ``"ES"``, ``"MX"``,
  Spain and Mexico, and by reading every snapshot's keys): ES the eleventh's 100-1499, the
  eighteenth's 1500-2999, the twenty-first's 3000-4999 and the twenty-second's 5000-6999
  (the twenty-fourth asked for it at 7000-8999 and drew nothing, its women's list being
  shorter); MX the thirteenth's 100-1499, the eighteenth's 1500-2999, the twenty-first's
  3000-4999 (where it kept nobody), the twenty-second's 5000-6999 and the twenty-fourth's
  7000-8999. The Spanish and Mexican locales of fake-name generators that the sixth,
  seventh, twenty-sixth and fortieth drew are other sources. So the surnames are drawn where
  no corpus drew these tables: ES from rank 7000 (``ES_RANKS``: 7000-11999) and MX from rank
  9000 (``MX_RANKS``: 9000-11999). First names could not be: every rank from 100 to the end
  of the lists was drawn before (ES's women's list ends at rank 6872, MX's at 8968 and its
  men's at 8976), and of the top 100, which no corpus drew, nearly all are in earlier
  snapshots or in the surname lists. So first names come from the top of the tables
  (``FIRST_RANKS``: 0-1499), where they read as real names; every one kept is at ranks
  100-1499, the eleventh's (ES) and the thirteenth's (MX), and the filter keeps none that
  any snapshot has. Only entries in plain
  letters are drawn (``ASCII_ONLY``): entries with an accent or an ñ are not drawn at all
  rather than rewritten. The filter keeps no word of any earlier snapshot (``EARLIER``:
  every ``*_names.json`` through the sixty-third's, and those of the sixty-fifth and
  sixty-sixth, written alongside, when they are there; the kept names were checked
  against both siblings' snapshots in their worktrees as they stood and share no word with
  either). Every draw was read by hand (by someone who reads these names as an English
  caseworker would, not as a specialist). The tables hold much that is not a name
  (``NOT_NAMES``, ``DROPPED``): words (``Cabra``, ``Tigre``, ``Flecha``, ``Llave``,
  ``Raton``, ``Bizcocho``, ``Sombrerero``, ``Asesino``, ``Hogar``), English words, brands
  and handles (``Clash``, ``Blues``, ``Industrial``, ``Truck``, ``Barbershop``,
  ``Cosmetic``, ``Bimbo``), places (``Menorca``, ``Oropesa``, ``Mieres``, ``Rabat``,
  ``Llobregat``, ``Berlin``, ``Florida``), famous names (``Banderas``, ``Kaulitz``,
  ``Spears``, ``Pitt``), pet forms (``Rosita``, ``Lucho``, ``Juancho``, ``Jorgito``,
  ``Pepin``, ``Txell``, ``Chabelo``), names run together (``Joseantonio``, ``Juliocesar``,
  ``Miguelangel``), typos (``Enrrique``, ``Rodroguez``, ``Fracisco``, ``Maartinez``),
  first names in the surname column (``Amairani``, ``Maricela``, ``Jairo``), and names of
  other countries (Romanian ``Busuioc`` and ``Nedelea``, Bulgarian ``Dimov``, Moroccan
  ``Issaoui`` and ``Lahcen``, West African ``Daouda`` and ``Modou``, Italian
  ``Alessandro``); they were put in ``NOT_NAMES`` and drawn again, four times, and in the
  last draw (``PACKAGE_DRAWN``: 110 ES and 150 MX people) the people with such an entry
  (``DROPPED``: the entry read as not a name, the first name where both were) were left
  out without drawing again. ``DRAWN`` is what is kept: 35 ES and 26 MX people. Regenerate
  with ``uv venv /tmp/regen64 && uv pip install -p /tmp/regen64 names-dataset==3.3.1 &&
  PYTHONPATH=. /tmp/regen64/bin/python -m tests.support.sixtyfourth_corpus``;
  names-dataset is not a dependency and the corpus itself reads the JSON only.
- Nicknames (``NICKNAMES``): coined by hand for this corpus from potbank, kiln and canal
  words, every one beginning with a letter from A to H, and found by a whole-word,
  any-case grep in no file of ``tests/support`` here or in the sibling worktrees.
- Identifying templates, all new: a child named in notes by kinds of informant no earlier
  corpus has (grepped in their files and the siblings'): a wedding DJ, a pottery painting
  studio assistant, a roller disco skate hire lad, a maypole dancing teacher, a carnival
  queen committee organiser, a roses and castles canal painter, a pottery museum
  demonstrator, a choir master, a kabaddi coach, a football club mascot performer, a
  programme seller, a betting shop cashier, a dry cleaner, a sandwich van driver, a pick
  your own farm supervisor, a theatre lighting rig technician, a festival sound engineer,
  a recording studio owner, a drum teacher and a zoo keeper. Beside those notes: names
  typed in lower case and at the foot of messages, names and tell-tale details as
  pseudonyms, the nicknames, twelve ways of typing a date of birth (``BIRTH_FORMS``),
  made-up streets (``STREETS``) in the real places, postcodes, phone, NHS and national
  insurance numbers, made-up schools and a pupil referral unit (``SCHOOLS``) and email
  addresses. The twenty-fifth's tables lay them out and the twenty-seventh's writer fills
  them.
- Benign text (``BENIGN``), every template new and each filled no more than three times
  (the twenty-first's ``_uses``), roughly a third of it long: case summaries, rapid review
  decisions, minutes, emails to partners and local review notes, then short chronology
  entries, checklists, notices, Slack messages, Panel and publication notes, improvement
  actions, housing and community safety notes and training notes. It is set in twelve
  towns and large villages of Staffordshire that no earlier corpus file names (``AREAS``; each
  checked by grep, whole word and any case, in ``tests/support`` and the sibling
  worktrees): Penkridge, Kinver, Brewood, Tutbury, Abbots Bromley, Alrewas, Shenstone,
  Biddulph, Cheddleton, Madeley, Barlaston and Gnosall. Of the brief's other suggestions
  Cheslyn Hay, Codsall and Wombourne are named by the thirty-fourth; Great Wyrley and
  Perton were left so that one district does not hold five of the twelve. The county
  is two-tier and Staffordshire is itself the nineteenth's area, but the county's own
  bodies are written in full, as the thirty-fourth and thirty-eighth do (the brief asks
  for initials for district councils): Staffordshire County Council children's services,
  Staffordshire Police, the Staffordshire and Stoke-on-Trent Integrated Care Board (named
  after the thirteenth's area too, but that is its own name) and the Staffordshire
  Safeguarding Children Board. Five of the six districts are earlier corpora's areas (the
  thirty-first's and thirty-fourth's; their names are not written in this file), so each
  goes by its initials, as staff type them: SSC for Penkridge, Kinver and Brewood, ESBC
  for Tutbury and Abbots Bromley, LDC for Alrewas and Shenstone, SMDC for Biddulph and
  Cheddleton, NULBC for Madeley; Stafford Borough Council, for Barlaston and Gnosall, is
  no earlier area and is written out. Trusts named after an earlier corpus's city go by
  their initials too: RWT for Penkridge and Brewood, DGFT for Kinver, UHDB for Tutbury,
  Abbots Bromley and Alrewas, UHB for Shenstone. Written in full: Midlands Partnership
  University NHS Foundation Trust, University Hospitals of North Midlands NHS Trust, North
  Staffordshire Combined Healthcare NHS Trust and West Midlands Ambulance Service
  University NHS Foundation Trust. Checked with the ``search`` tool (pages): the board's
  own site (staffsscb.org.uk) calls the county's arrangements the Staffordshire
  Safeguarding Children Board, separate from the city's partnership since the 2019
  arrangements, and its 2021/22 annual report speaks for Staffordshire County Council's
  children and families directorate and the Staffordshire and Stoke-on-Trent Integrated
  Care Board; the city board's 2019 page names Staffordshire Police among the statutory
  partners; MPFT's own pages say it runs community and mental health services across
  Staffordshire; UHNM's pages say it runs Royal Stoke University Hospital and County
  Hospital in Stafford. Written from memory, not checked: the district councils' styles
  and initials, which trust serves which town, the other trusts' and the ambulance
  trust's names, and every venue (the libraries of Penkridge, Kinver, Brewood, Abbots
  Bromley, Alrewas, Shenstone, Biddulph, Cheddleton, Madeley, Barlaston and Gnosall; the
  Haling Dene Centre in Penkridge; Biddulph Town Hall; the village halls of Kinver,
  Brewood, Tutbury, Abbots Bromley, Alrewas, Shenstone, Barlaston and Gnosall; Tutbury,
  Cheddleton and Madeley community centres); some may be named differently, have moved,
  closed or not exist. No venue is anybody's home: each is a library, a hall or a
  community centre. Roles, themes, courses, rooms, times and periods are the
  twenty-second's ``DRAWS`` as the fifty-seventh takes them, and the benign text names
  people by their role only.
- Identifiers (the tenth corpus's ``person_values``): phone numbers from Ofcom's drama
  ranges, NHS numbers that start 999 and carry a valid check digit, national insurance
  numbers with the QQ prefix, email at example.com, .org or .net, and postcodes shaped like
  real ones in areas Royal Mail has never used. A sample that names a drawn person is
  labelled with its table (``names-dataset-ES`` or ``names-dataset-MX``), one that names a
  nickname ``hand-nicknames``, and every other one ``hand``.
- Benign pseudonyms (``BENIGN_PSEUDONYM_TEXT``), within what DOMAIN.md allows: initials on
  their own or after a word of ``PSEUDONYM_WORDS``, a brother or sister by number or
  letter, and ``CHOSEN``: potbank, kiln and wharf words that are no one's first name and in
  no earlier corpus file (grepped as the nicknames were).

No drawn name is a word of the benign text, so ``assembled`` leaves nobody out. The guard
has never been run on this corpus, and nothing in it was fitted to the guard.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import fiftyseventh_corpus as _57
from tests.support import fortysecond_corpus, twentyfifth_corpus, twentyfirst_corpus
from tests.support import sixtythird_corpus as _63
from tests.support import twentyseventh_corpus as _27
from tests.support.independent_corpus import Sample

# Read from a corpus by the tests and by the tenth's ``person_values`` and the
# twenty-fifth's filter: the sixty-third's own names for the earlier corpora's helpers.
DRAMA_PREFIXES, INWARD_LETTERS, PLAIN = _63.DRAMA_PREFIXES, _63.INWARD_LETTERS, _63.PLAIN
POSTCODE_AREAS, benign_words = _63.POSTCODE_AREAS, _63.benign_words
nhs_check_digit, _earlier_names = _63.nhs_check_digit, _63._earlier_names

SEEN = ""
NAMES_FILE = Path(__file__).with_name("sixtyfourth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), ES and MX tables"
__all__ = ["DRAMA_PREFIXES", "INWARD_LETTERS", "PLAIN", "POSTCODE_AREAS", "benign_words"]
__all__ += ["nhs_check_digit", "samples"]
SEED = "sixtyfourth-<country>"
#: Every earlier snapshot: the sixty-third's list and its own, and those of the sixty-fifth
#: and sixty-sixth (written alongside, so read only when they are there).
EARLIER = tuple(
    dict.fromkeys(
        (
            *_63.EARLIER,
            "sixtythird_names.json",
            *("sixtyfifth_names.json", "sixtysixth_names.json"),
        )
    )
)
#: The ranks drawn here (see the docstring for the ranks earlier corpora took): each
#: table's surnames, and the first names of both, from the top of the tables.
ES_RANKS = (7000, 12000)
MX_RANKS = (9000, 12000)
FIRST_RANKS = (0, 1500)
ASCII_ONLY = frozenset({"ES", "MX"})
#: How many people each table's last draw gave, and how many of them are kept.
PACKAGE_DRAWN = (("names-dataset-ES", 110), ("names-dataset-MX", 150))
DRAWN = (("names-dataset-ES", 35), ("names-dataset-MX", 26))
#: No other source, and nothing romanised.
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the draws read by hand as words, places, brands, pet forms, typos, names of
#: another country or of the other column: put here and drawn again.
NOT_NAMES: frozenset[str] = frozenset(
    {
        *("Abdelaziz", "Abdeslam", "Abdol", "Abeijon", "Adair", "Adelita", "Adri", "Adriiana"),
        *("Adry", "Africa", "Agui", "Aguire", "Ahuactzi", "Alas", "Albaro", "Alber", "Alcudia"),
        *("Alegandra", "Aleks", "Alessandro", "Alexia", "Alexiis", "Alf", "Alfageme", "Alix"),
        *("Almendares", "Almu", "Aly", "Alz", "Amairani", "Amara", "Ame", "Amoroso", "Anay"),
        *("Andaluz", "Andreev", "Aneiros", "Angiie", "Angy", "Angye", "Anica", "Anii", "Antuan"),
        *("Any", "Anyi", "Arebalo", "Aroha", "Asen", "Asesino", "Atalaya", "Atrisco", "Aura"),
        *("Aurori", "Azalia", "Azu", "Bahia", "Balda", "Baldemar", "Banderas", "Barbershop"),
        *("Bargas", "Barrenechea", "Basave", "Basco", "Bautiista", "Bazquez", "Berlin", "Bernar"),
        *("Berny", "Berta", "Bimbo", "Bla", "Blasco", "Blues", "Bonitas", "Bony", "Brando"),
        *("Britany", "Briz", "Bryant", "Busuioc", "Buzatu", "Cabra", "Cabrejas", "Cajas"),
        *("Calavera", "Cali", "Camelas", "Cande", "Carloz", "Carmeli", "Carrete", "Caspeta"),
        *("Cati", "Cebrian", "Cecy", "Celso", "Chabelo", "Chani", "Charo", "Chavo", "Cheke"),
        *("Cheli", "Cheno", "Cheo", "Chepo", "Chester", "Chon", "Chvez", "Cima", "Ciria", "Cito"),
        *("Clash", "Cloti", "Colindres", "Color", "Corina", "Coronas", "Coronita", "Cortess"),
        *("Cosmetic", "Coty", "Crak", "Cristy", "Crivelli", "Cruise", "Cts", "Cuan", "Danniel"),
        *("Dantas", "Daouda", "Deli", "Dereck", "Dimov", "Doblas", "Dominguezz", "Dorita"),
        *("Drums", "Elba", "Elidrissi", "Eliot", "Emi", "Emir", "Encarna", "Enedina", "Enri"),
        *("Enrrique", "Epi", "Erasmo", "Eros", "Esco", "Estefi", "Evita", "Farres", "Faty"),
        *("Fede", "Fely", "Fernanadez", "Fiorella", "Flawers", "Flecha", "Formacio", "Fracisco"),
        *("Franki", "Freddy", "Fredy", "Frida", "Gabi", "Galeas", "Galego", "Gallastegui"),
        *("Ganboa", "Garo", "Garvi", "Gatito", "Geli", "Gelo", "Genny", "Geno", "Georgi"),
        *("Geronimo", "Gertru", "Geta", "Gildo", "Giovany", "Giurgiu", "Gless", "Gonez", "Goo"),
        *("Gora", "Granada", "Grego", "Grisel", "Griss", "Groza", "Gsrcia", "Guaci", "Guerero"),
        *("Guia", "Guinto", "Hafidi", "Hakima", "Hakobyan", "Hdz", "Herreria", "Hogar", "Hortega"),
        *("Huaman", "Icela", "Ilda", "Ilea", "Ilies", "Imane", "Industrial", "Ino", "Ionascu"),
        *("Iran", "Isauro", "Isi", "Isma", "Issac", "Issaoui", "Italia", "Ivett", "Jairo"),
        *("Jaquelin", "Jassiel", "Javito", "Javo", "Jcarlos", "Jenn", "Jeny", "Jero", "Jesy"),
        *("Jhoan", "Jhonatan", "Jhovany", "Jjesus", "Jluis", "Jonatan", "Jonhy", "Joni", "Jonny"),
        *("Jony", "Jorgito", "Josa", "Joseantonio", "Josemanuel", "Josemaria", "Jota", "Juanan"),
        *("Juancho", "Juanjo", "Juanjose", "Juankar", "Juanlu", "Juanpe", "Juaquin", "Juliocesar"),
        *("Kamissoko", "Kar", "Kareen", "Karito", "Karlos", "Katty", "Katy", "Kaulitz", "Kenia"),
        *("Kiara", "Kikin", "Kiko", "Kirilova", "Klau", "Kroos", "Lag", "Lahcen", "Lamberto"),
        *("Lamrini", "Landazuri", "Larsson", "Lerin", "Lesli", "Leti", "Letty", "Lia", "Lincon"),
        *("Lindemann", "Llave", "Llobregat", "Loher", "Lolin", "Loman", "Loro", "Lsa", "Lucho"),
        *("Luisi", "Luisma", "Lupitha", "Maartinez", "Mabel", "Madre", "Mafer", "Maggi", "Maggy"),
        *("Magnolia", "Mague", "Malia", "Mariaelena", "Mariajo", "Marialuisa", "Maricarmen"),
        *("Maricela", "Mariio", "Marily", "Marychuy", "Marz", "Mauri", "Maye", "Mazzocco"),
        *("Mbarek", "Melina", "Mendoxa", "Mendoz", "Menny", "Menorca", "Mertinez", "Merxe"),
        *("Mexicano", "Mez", "Mezquite", "Mica", "Mieres", "Miguelangel", "Miki", "Milagrosa"),
        *("Mily", "Mingo", "Mini", "Mirella", "Misa", "Misma", "Mitz", "Mode", "Modou"),
        *("Mohamedi", "Moi", "Monik", "Monse", "Montecinos", "Moraa", "Moroz", "Moyses", "Nahomi"),
        *("Nahum", "Nany", "Naomy", "Narci", "Nati", "Navi", "Nechita", "Neculai", "Nedelea"),
        *("Nely", "Neris", "Nito", "Odalys", "Ofe", "Olvido", "Oly", "Orbe", "Orden", "Oremor"),
        *("Oropesa", "Oros", "Oskr", "Ozkar", "Pablito", "Padillo", "Pakito", "Pame", "Papas"),
        *("Papu", "Pastel", "Patino", "Patro", "Pedrito", "Pepin", "Perico", "Pez", "Peza"),
        *("Phoenix", "Photos", "Pillo", "Pinon", "Pintilie", "Piri", "Pitt", "Pofavo", "Poli"),
        *("Policarpio", "Pony", "Prim", "Pruden", "Puertas", "Pury", "Quecholac", "Quiintero"),
        *("Quim", "Raamirez", "Rabat", "Rafita", "Ragel", "Raton", "Rayito", "Rebe", "Regla"),
        *("Remedios", "Residencial", "Ricardi", "Ricon", "Riico", "Rikardo", "Rivadulla", "Robe"),
        *("Rodroguez", "Rodruguez", "Rodruiguez", "Rogriguez", "Rohe", "Rol", "Room", "Rosita"),
        *("Rubicel", "Rudo", "Rudy", "Rulas", "Ruso", "Sago", "Salbador", "Salvi", "Sandia"),
        *("Sanfeliu", "Santoz", "Sardina", "Sarellano", "Sayra", "Seba", "Sebi", "Seis", "Seydou"),
        *("Silviu", "Simeonova", "Sinai", "Sinta", "Sisi", "Sita", "Siul", "Smail", "Solbes"),
        *("Sombrerero", "Sosaa", "Sospedra", "Sot", "Spears", "Stefany", "Strange", "Suescun"),
        *("Susy", "Tecpanecatl", "Teo", "Ternero", "Texna", "Thiare", "Thor", "Tigre", "Tito"),
        *("Tjs", "Tomeu", "Tomi", "Torices", "Torija", "Tre", "Trini", "Truck", "Trucking"),
        *("Txell", "Ulices", "Ulin", "Urtecho", "Uzziel", "Vali", "Vere", "Verito", "Vicen"),
        *("Villan", "Virginia", "Viviana", "Vzkz", "Wilber", "Wuicho", "Xavi", "Xitlali", "Xose"),
        *("Xula", "Yari", "Yess", "Yoel", "Yonatan", "Yos", "Yoselin", "Yoss", "Younes", "Yovana"),
        *("Yovany", "Yuly", "Zantana", "Zap", "Zuleyma", "Zumba"),
    }
)
#: People of the last draw with such an entry, left out without drawing again.
DROPPED: frozenset[str] = frozenset(
    {
        *("Abdelkrim", "Abelardo", "Abner", "Abran", "Addy", "Adelfo", "Adrii", "Aime", "Aissa"),
        *("Alfon", "Aliz", "Almita", "Anali", "Andrik", "Antelmo", "Aoulad", "Ariane", "Artemio"),
        *("Aseret", "Ashly", "Auri", "Ausencio", "Ayde", "Azeneth", "Begona", "Benny", "Betito"),
        *("Bizcocho", "Boulaich", "Briana", "Brianda", "Brisa", "Brissa", "Busta", "Campi"),
        *("Canas", "Caridad", "Carnicer", "Cassandra", "Cata", "Catalino", "Caty", "Cecilio"),
        *("Chano", "Cheko", "Chela", "Chelis", "Chelita", "Chicho", "Chozas", "Cinthya", "Closa"),
        *("Coot", "Cori", "Cova", "Cuca", "Cuquis", "Curro", "Daiana", "Dami", "Daniiel"),
        *("Darwin", "Davide", "Deysi", "Didac", "Dul", "Edd", "Eduar", "Eladio", "Eliceo"),
        *("Eliel", "Elisea", "Eliu", "Elvi", "Enrike", "Esti", "Fam", "Familia", "Fatoumata"),
        *("Fernado", "Ferny", "Florida", "Fonsi", "Francina", "Franky", "Gabby", "Gelacio"),
        *("Geovanni", "Geovany", "Giovani", "Hyuga", "Ibeth", "Ilham", "Ing", "Isis", "Jahen"),
        *("Jaki", "Javy", "Jenaro", "Jeni", "Jenifer", "Jennyfer", "Jerardo", "Jerry", "Jesica"),
        *("Jona", "Jordi", "Josefi", "Josemari", "Jovanni", "Juany", "Karlita", "Karly", "Keny"),
        *("Koldo", "Krasimir", "Kristal", "Lauro", "Lencho", "Lic", "Litzy", "Lopesz", "Loyde"),
        *("Lua", "Ludi", "Luisito", "Macu", "Mady", "Magdiel", "Mahamadou", "Manola", "Manrrique"),
        *("Marcoantonio", "Margari", "Marien", "Marilu", "Marimar", "Maripaz", "Marisela", "Maxi"),
        *("Mayoreo", "Mela", "Melecio", "Melisa", "Melon", "Mere", "Mery", "Messi", "Mickey"),
        *("Mire", "Missael", "Nandy", "Nat", "Nines", "Odilia", "Oti", "Pako", "Pati", "Patrii"),
        *("Penalba", "Pilu", "Pipe", "Quique", "Rams", "Richie", "Riki", "Romi", "Rosalina"),
        *("Rosamari", "Rubens", "Ruda", "Sagra", "Salu", "Sera", "Sergey", "Seve", "Silvina"),
        *("Simuta", "Sony", "Sorina", "Stephania", "Tano", "Tasio", "Teofilo", "Teresita", "Titi"),
        *("Txetxu", "Vasil", "Wilian", "Willi", "Xisco", "Xochilt", "Yady", "Yaki", "Yara"),
        *("Yerves", "Yulii", "Yury", "Zuly"),
    }
)


#: A names-dataset entry to draw from: the tenth's test, plain letters, less ``NOT_NAMES``.
_usable = partial(_57.table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)
#: Each table's surname ranks, in the order of ``PACKAGE_DRAWN``.
TABLE_RANKS = (("ES", ES_RANKS), ("MX", MX_RANKS))


def regenerate_names() -> None:
    """Write the snapshot afresh (names-dataset importable only here): the tables in the
    order of ``PACKAGE_DRAWN``, surnames at ``TABLE_RANKS`` and first names at
    ``FIRST_RANKS`` through the tenth's ``dataset_people``, sharing one set of words
    already used, less ``DROPPED``."""
    present = [name for name in EARLIER if NAMES_FILE.with_name(name).exists()]
    taken = _earlier_names(tuple(present))
    kept = {}
    for (table, ranks), (label, asked) in zip(TABLE_RANKS, PACKAGE_DRAWN, strict=True):
        pairs = _57.dataset_people(
            ((table, asked),), ranks, taken, "sixtyfourth", _usable, FIRST_RANKS
        )
        kept[label] = [pair for pair in pairs[table] if DROPPED.isdisjoint(pair)]
    _57.write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, kept)


_people = partial(_57.snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Saggar Row", "Slipware Court", "Flint Mill Lane", "Narrowgauge Close")
STREETS += ("Maypole Walk", "Cheeseway Lane", "Glazeworks Road", "Roses and Castles Way")
TOWNS = ("Penkridge", "Kinver", "Brewood", "Tutbury", "Abbots Bromley", "Alrewas")
TOWNS += ("Shenstone", "Biddulph", "Cheddleton", "Madeley", "Barlaston", "Gnosall")
SCHOOLS = (
    "Saggar Row Primary School",
    "Slipware Court Infant School",
    "St Elfleda's Church of England Primary",
    "Flint Mill Junior School",
    "Narrowgauge Close Academy",
    "Maypole Walk Nursery School",
    "Glazeworks Road High School",
    "Cheeseway Lane Pupil Referral Unit",
)
SCHOOL_SHORT = ("Saggar Row", "Slipware Court", "St Elfleda's", "Flint Mill", "Glazeworks")
RELATIVES = ("abuela", "abuelita", "tia", "tio", "nan", "step-dad", "mum's boyfriend")
RELATIVES += ("madrina",)
#: Twelve ways a date of birth gets typed (fields of the tenth's ``_date``), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{dd}.{mm}.{yy}", "{d}-{mo}-{y}", "{y}-{mm}-{dd}", "{mon} {d}{th} {y}")
BIRTH_FORMS += ("{d} {mon} {y}", "{wd} {d} {mo} {y}", "{dd}/{mm}/{y}", "{mm}/{dd}/{y}")
BIRTH_FORMS += ("{d}{th} {mo} {yy}", "{d}{th} of {mon} {y}", "{mo}. {d}, {y}")
BIRTH_FORMS += ("{d}.{m}.{yy}",)
WHEN_FORMS = ("{wd} {d} {mon}", "{dd}.{mm}.{y}", "{d}{th} {mo}", "{wd} {d}/{m}", "{mon} {d}")
#: Births of children up to 17 (the forty-second's), typed in ``BIRTH_FORMS``.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# {f} {l} is the child, {g} {h} a parent or carer, {k} a brother or sister and {rel} another
# relative, as the tenth's person_values fills them.
NAME_TEXT = (
    "The wedding DJ at the hotel says {f} {l}, 14, was serving drinks at the reception till "
    "2am and told him {g} takes all the tips.",
    "Assistant at the pottery painting studio says {f} {l}, 7, would not take off her coat "
    "and there were finger-mark bruises on her neck when she did.",
    "Skate hire lad at the roller disco says {f} {l} is dropped off every Friday by a man in "
    "his thirties who is not {g} and collects her after midnight.",
    "Maypole dancing teacher says {g} {h} pulled {f} off the green by the hair in front of "
    "the other children because she had missed a step.",
    "The carnival queen committee organiser says {f} {l}, 15, was too scared to go home "
    "after the float parade and said {g}'s friend had been in her room.",
    "A canal painter doing roses and castles on the boats says {f} {l} sleeps on a moored "
    "boat most nights and {g} does not know where he is.",
    "Demonstrator at the pottery museum says {f} {l}, 9, told the group {g} {h} burns her "
    "with a lighter when she is slow getting ready.",
    "choir master says {f} {l} has stopped singing, cries in rehearsal and said {g} will "
    "not let her eat if she gets the words wrong",
    "Kabaddi coach at the community centre says {f} {l}, 13, has had a black eye twice this "
    "month and says {g} {h} did it.",
    "The football club mascot performer saw {g} {h} slap {f} hard across the face in the "
    "car park after the match.",
    "Programme seller at the ground says {f} {l}, 11, comes alone to every match and older "
    "men give him cash to hold packages for them.",
    "Cashier at the betting shop says {g} {h} leaves {f}, 6, and {k} outside on the bench "
    "for hours while placing bets.",
    "Woman at the dry cleaner's says {f} {l} came in with {g} and whispered that she is "
    "locked in the cellar when visitors come.",
    "Sandwich van driver on the industrial estate says {f} {l}, 12, is there every school "
    "day asking for food and says there is none at home.",
    "The supervisor at the pick your own farm says {f} {l}, 14, was working the fields all "
    "week for cash in hand for {g}'s friend.",
    "Lighting rig technician at the theatre found {f} {l} hiding in the fly gallery; he "
    "said {g} {h} would hurt him for losing his phone.",
    "A sound engineer at the festival found {f} {l}, 16, drunk and crying behind the stage "
    "with an older man who said he was her cousin.",
    "Recording studio owner says {f} {l} was brought in at night by two men to rap about "
    "selling drugs and looked scared of them.",
    "Drum teacher says {f} {l}, 10, has cuts on both forearms and told him {g} says he is "
    "worthless.",
    "The zoo keeper on the school trip saw {g} {h} drag {f} away from the group and hit "
    "the child with a water bottle.",
    "wedding DJ says {f}'s {rel} shouted at the child and pushed her off the dance floor "
    "onto the tiles; her lip was bleeding",
    "Pottery painting studio assistant says {f} {l} is left at the studio all Saturday "
    "since {g} moved her and {k} into a friend's spare room.",
    "The roller disco skate hire lad saw {g} {h} shake {f} so hard her head hit the barrier.",
    "A drum teacher says {g} {h} turned up drunk to collect {f} and drove off with the "
    "child and {k} in the back without seatbelts.",
)
NAME_LOWER = (
    "wedding dj rang again about {fl} {ll}",
    "{fl} at the roller disco again, {gl} not picking up",
    "choir master worried about {fl} {ll} not eating",
    "{ll} kids outside the betting shop again",
    "sandwich van man says {fl} there again before school",
    "{gl} {hl} not answering, {fl} at the pick your own farm all week",
    "kabaddi coach says {fl}'s eye is bruised again",
    "programme seller saw {fl} {ll} with the older men",
    "drum teacher - {fl} has cuts again",
    "rang {fl}'s {rel}, no answer, left a voicemail",
    "{fl} {ll} not at school since tuesday",
    "dry cleaner says {fl} mentioned the cellar again",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "the {l} sisters",
    "{f} (age {age})",
    "{fi} {l}",
    "{f} and {k}",
    "little {l}",
    "the {l} boy",
    "{g} {h}'s youngest",
    "{f} from the choir",
    "{l}, {f}",
)
SIGN_OFF = (
    "please dont say i told you\n{fl}",
    "Thanks\n{g} {h}\n{rel} of {f}",
    "ta\n{g} (mum to {f} and {k})",
    "{f} {l}\nsorry its late",
    "Written for {f} by their {rel}, {g} {h}",
    "Best wishes,\n{g} {l}\nfoster carer",
    "{g} - {f}'s {rel} - home after 6",
    "{f} {l}, aged {age}",
    "{g} {h}, special guardian for {f}",
)
#: Pet names of the potbanks and kilns, coined here, from A to H.
NICKNAMES = (
    *("Ashbucket", "Barmpot", "Blunger", "Bottleoven", "Bisky", "Cobbie", "Crackle"),
    *("Crankie", "Didsy", "Daddles", "Ebbie", "Emberkin", "Fettler", "Flintie"),
    *("Frazzle", "Goosegog", "Glazey", "Hotpot"),
)
NICKNAME_TEXT = (
    "The older boys by the canal call her {n} and get her to buy them cider.",
    "At the bus station he only answers to {n}; the men in the grey car give him phones.",
    "Staff at the library heard {f}'s {rel} yelling {n} across the car park at 10pm.",
    "{n} is what the man at the chip shop has her saved as in his phone, the DSL says.",
)
NICKNAME_PSEUDONYM = ("{n}", "our {n}", "{n} {li}", "{n} aka {l}")
DOB_TEXT = (
    "DOB (red book) {dob}",
    "d.o.b. {dob}",
    "{g} gave {f}'s date of birth as {dob}",
    "DOB on the school roll {dob}",
    "born {dob} at Stafford",
    "{f} {l}, DOB {dob}",
    "{dob} - {age} now",
    "{rel} says born {dob}, the GP letter says otherwise",
    "born {dob}, home after 5 weeks on the neonatal unit",
)
PHONE_TEXT = (
    "mum's mobile is {phone}",
    "{g} on {phone}",
    "{rel} - {phone}",
    "landline {phone}",
    "the messages came from {phone}; {f} says it's the man from the van",
    "abuela's number {phone}",
)
NHS_TEXT = (
    "NHS no {nhs}",
    "{f}'s NHS number {nhs}",
    "baby's NHS no. {nhs}",
    "NHS {nhs} (from the discharge letter)",
)
NI_TEXT = (
    "mum's NI {ni}",
    "step-dad NI number {ni}",
    "dad's NINO {ni}",
    "{rel}'s NI no. {ni}",
)
ADDRESS_TEXT = (
    "family now living at {street}, {town}",
    "staying on {street} with a friend of mum's",
    "visit to {street}, {town} - no answer, TV on",
    "{f} is at their {rel}'s on {street}",
    "police called to {street} four times this month",
    "evicted from {street}; sofa surfing in {town} now",
)
POSTCODE_TEXT = ("postcode {postcode}", "post code: {postcode}", "moved, postcode now {postcode}")
SCHOOL_TEXT = (
    "{f} is at {school} (year {year_group})",
    "{school} year {year_group}, attendance 58%",
    "DSL from {short} called at 8.45",
    "{f} started at {short} after Easter",
    "{f}, {school}: {n2} sessions missed this term",
)
EMAIL_TEXT = ("{g} emails from {e}", "the photos were sent from {e}", "write to {g} {h} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} of {street}",
    "{fi}{li} - Y{year_group} - {short}",
    "child at {postcode}",
    "{fi}{li} NHS no {nhs}",
    "{l} boy, {age}, {town}",
    "{fi}{li} DOB {dob}",
    "year {year_group}, {school}",
    "the {l} household, {town}",
)


# The identifying side is laid out by the twenty-fifth's tables (homes, schools, each
# category's templates, nicknamed people) and written by the twenty-seventh's writer.
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])
_identifying = _27.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their initials or real names) ------

#: The county's partners, and the trusts that serve each part of it. Trusts and councils
#: named after an earlier corpus's area are written by their initials (see the docstring).
_STAFFS = {
    "council": ("Staffordshire County Council children's services",),
    "police": ("Staffordshire Police",),
    "icb": ("Staffordshire and Stoke-on-Trent Integrated Care Board",),
    "ambulance": ("West Midlands Ambulance Service University NHS Foundation Trust",),
}
_MPFT = "Midlands Partnership University NHS Foundation Trust"
_NSCHT = "North Staffordshire Combined Healthcare NHS Trust"
_UHNM = "University Hospitals of North Midlands NHS Trust"
_SOUTH = _STAFFS | {"trust": ("RWT", _MPFT)}
_KINVER = _STAFFS | {"trust": ("DGFT", _MPFT)}
_EAST = _STAFFS | {"trust": ("UHDB", _MPFT)}
_SHENSTONE = _STAFFS | {"trust": ("UHB", _MPFT)}
_NORTH = _STAFFS | {"trust": (_UHNM, _NSCHT)}
_MID = _STAFFS | {"trust": (_UHNM, _MPFT)}


def _area(
    partners: dict[str, tuple[str, ...]], district: str, *venues: str
) -> dict[str, tuple[str, ...]]:
    """A place's partners, its district council's teams (the forty-eighth's ``_district``)
    and its two venues."""
    return partners | _57._district(district) | {"venue": venues}


#: The twelve areas, towns and large villages no earlier corpus file names: the district
#: council's teams, the partners, and two civic venues of the place (libraries, halls,
#: community and leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Penkridge": _area(_SOUTH, "SSC", "Penkridge Library", "Haling Dene Centre"),
    "Kinver": _area(_KINVER, "SSC", "Kinver Library", "Kinver Village Hall"),
    "Brewood": _area(_SOUTH, "SSC", "Brewood Library", "Brewood Village Hall"),
    "Tutbury": _area(_EAST, "ESBC", "Tutbury Village Hall", "Tutbury Community Centre"),
    "Abbots Bromley": _area(_EAST, "ESBC", "Abbots Bromley Village Hall", "Abbots Bromley Library"),
    "Alrewas": _area(_EAST, "LDC", "Alrewas Village Hall", "Alrewas Library"),
    "Shenstone": _area(_SHENSTONE, "LDC", "Shenstone Village Hall", "Shenstone Library"),
    "Biddulph": _area(_NORTH, "SMDC", "Biddulph Library", "Biddulph Town Hall"),
    "Cheddleton": _area(_NORTH, "SMDC", "Cheddleton Library", "Cheddleton Community Centre"),
    "Madeley": _area(_NORTH, "NULBC", "Madeley Library", "Madeley Community Centre"),
    "Barlaston": _area(
        _MID, "Stafford Borough Council", "Barlaston Village Hall", "Barlaston Library"
    ),
    "Gnosall": _area(_MID, "Stafford Borough Council", "Gnosall Library", "Gnosall Village Hall"),
}
#: The partner kinds (the forty-eighth's), the partnership as its own pages name it, and
#: every agency named.
KINDS, PARTNERSHIPS = _57.KINDS, tuple(AREAS)
SCP = dict.fromkeys(AREAS, "Staffordshire Safeguarding Children Board")
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
#: What each benign fill draws from: the fifty-seventh's lists (the twenty-second's roles,
#: themes, courses, rooms and periods) with this corpus's own review numbers and ages.
DRAWS = _57.DRAWS | {
    "age_band": ("aged six weeks", "under one", "aged three", "aged 13", "aged 17"),
    "ref": ("RR 64-02", "LCSPR 64/05", "RR/64/09", "CSPR-64-03", "RR 64/12", "TR 64-06"),
}
PSEUDONYM_WORDS = _57.PSEUDONYM_WORDS
#: Words of the potbanks, kilns and wharves a benign pseudonym may be, nobody's first name.
CHOSEN = ("Potbank", "Wharfside", "Chasewood", "Mossland", "Bottlekiln", "Kilnyard", "Marlhole")

_P = " The board's learning and improvement subgroup will check progress in {period}."
_S = "\n\nPlease send replies to the board's business team by {date}.\n\nThanks,\n{scp} team"
# Each register is its samples' category; see ``_uses`` for how often each template is
# filled. The long ones are kept under the 500 characters of a note field.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}. A baby {age_band} from {area} was brought to {trust} with a "
        "fractured rib found on an X-ray for a chest infection; the parents had no "
        "explanation. {police} and children's social care met the same day. The review will "
        "ask why two earlier visits for a crying, unsettled baby did not lead to a full "
        "examination." + _P,
        "{ref}: a girl of 15 from {area} went missing from home eleven times in four months "
        "and was twice found in a flat in another county. Each return interview was done, "
        "but nobody drew the episodes together. The reviewer will look at how the missing "
        "and exploitation meeting used what the interviews said.",
        "Over recent years families from Spain, Mexico and other Spanish-speaking countries "
        "have settled near {area}, some working in warehouses and on farms. A child "
        "{age_band} was not registered with a GP for a year. {ref} will ask how agencies "
        "reach families who are new to the country and how interpreters are booked." + _P,
        "Context for {ref}. A boy of 13 told his form tutor that an adult at home hit him "
        "with a belt when he was late back. The school made a referral the same day, but the "
        "strategy discussion was not held for five days. The board wants to know why, and "
        "what {council} has changed about how quickly such meetings are set up.",
        "Background ({area}): a toddler {age_band} swallowed his mother's methadone and was "
        "taken to {trust} by {ambulance}. The family had been known to drug services for "
        "years and the locked box for the medicine had broken. {ref} asks how adult drug "
        "services and health visitors share what they know about children in the home.",
        "{ref}, short account: a girl {age_band} with a life-limiting condition lived with "
        "parents who struggled to manage her feeds and medicines. Nurses, the school and "
        "social care each saw part of the picture. The review will look at whether anyone "
        "held a single plan and how the family's own wishes were recorded.",
        "Summary, {area}. A 16-year-old lived in a caravan on a relative's land after "
        "falling out with a step-parent. Housing and children's social care disagreed about "
        "who should assess him, and the young person fell between the two. {ref} will test "
        "how the joint protocol for homeless 16 and 17 year olds is used in practice." + _P,
        "Outline, {ref}: three children lived in a farmhouse near {area} with no running "
        "water for most of a winter. Two visits ended at the door because the parents were "
        "polite and said repairs were booked. The review will ask how neglect is spotted "
        "in rural homes and how {district} and social care share what they see.",
        "{ref}: a baby {age_band} died while sharing a sofa with a parent who had been "
        "drinking. Safer sleep advice had been given at birth and again by the health "
        "visitor. The review will look at how that advice is repeated when a family's "
        "circumstances change, and how {trust} and {icb} check it has been understood.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}, decision: the safeguarding partners agree a local child "
        "safeguarding practice review is needed. The harm was serious and there is learning "
        "about how {trust} and {council} acted on concerns about a baby whose father had a "
        "history of violence. The National Panel will be told by {date2} and the {role} "
        "will draft terms of reference.",
        "Rapid review {ref}, decision: no local review. The learning about head injuries in "
        "babies is already in the refreshed bruising protocol, and the teams involved have "
        "changed how they work. A full review would add little. Agreed by the partners on "
        "{date}; the reasons go to the Panel by {date2}, with a seven-minute briefing.",
        "Rapid review {ref}, decision: the learning will go into the thematic review of "
        "{theme} already running across {area} and nearby villages rather than a separate "
        "review. {police} and {icb} will send their agency reports to the thematic reviewer "
        "by {date2}. The Panel will receive the reasons with the rapid review report.",
        "Rapid review {ref}, decision: a systems review will go ahead, with a practitioner "
        "event at {venue}. The partners want to understand why a health visitor's concern "
        "was closed without a visit and why nobody escalated for two months. Draft terms "
        "of reference go to the board on {date2} for sign-off.",
        "Rapid review {ref}, decision: the partners will ask the Panel to consider a "
        "national review, as a very similar case was reported by a neighbouring county "
        "this year. Local work carries on meanwhile so that learning is not lost. The "
        "{role} will write to the Panel setting out the links by {date2}.",
        "Rapid review {ref}, decision: a learning briefing and a practice week instead of a "
        "full review. The facts are agreed, the family have asked not to take part, and the "
        "agencies have already changed practice. Signed off on {date}; the changes will be "
        "tested in the multi-agency audit programme in {period}.",
        "Rapid review {ref}, decision: a local review will look at the handover from the "
        "neonatal unit to community nursing, where a mother's mental health history was "
        "not passed on. {trust} and {icb} will co-chair the review panel, and the National "
        "Panel will be told by {date2}.",
        "Rapid review {ref}, decision: a local review focused on the months after a family "
        "moved into the county from another area. Records did not follow the children, and "
        "{council} only learned of an earlier child protection plan by chance. The {role} "
        "will agree the scope with the reviewer by {date2}.",
    ),
    "minutes": (
        "Action notes, {scp}, {date}, {room}, {venue}\n"
        "Present: {council}, {police}, {icb}, the {district}.\n"
        "1. Performance report for {period}: repeat child protection plans {rag}.\n"
        "2. Scrutineer's report discussed.\n"
        "3. Inspection self-assessment to be drafted.\n"
        "Next meeting {date2}, {time}.",
        "Learning and improvement subgroup, {date}, {venue}\n"
        "Present: the {role}, {trust}, {police}, a primary head.\n"
        "1. {course} attendance lowest in {area}; local evening dates to be offered.\n"
        "2. {ref} learning to go into the induction pack for new staff.\n"
        "3. The trainer pool is down to five; volunteers will be sought.\n"
        "Next meeting {date2}, {room}.",
        "Case review subgroup, {date}, on Teams\n"
        "Present: {council}, {police}, {trust}, {ambulance}.\n"
        "1. New notification from {area} considered; a rapid review will be held.\n"
        "2. {ref}: draft chronology circulated, comments in a fortnight.\n"
        "3. No other business was raised.\n"
        "Next meeting {date2} at {venue}.",
        "Policy and procedures subgroup, {venue}, {date}\n"
        "Present: the {role}, {icb}, {trust}, the {district}.\n"
        "1. Unborn baby protocol: comments gathered.\n"
        "2. {theme} procedure rewritten in plain English.\n"
        "3. Evaluations of {course} to be summarised.\n"
        "Next meeting {date2}, {time2}.",
        "Exploitation and missing subgroup, {room}, {venue}, {date}\n"
        "Present: {police}, {council}, the {district}, youth justice.\n"
        "1. Safety plan for the summer shows and fairs agreed by all.\n"
        "2. Exploitation hotspots around {area}: {rag}.\n"
        "3. The return home interview service to attend the next meeting.\n"
        "Next meeting {date2}.",
        "Health safeguarding leads, {date}, {room}, {venue}\n"
        "Present: {icb}, {trust}, {ambulance}, the designated doctor.\n"
        "1. Was-not-brought policy: GP practices' feedback reviewed.\n"
        "2. Learning from {ref} on bruising in babies shared with urgent care.\n"
        "3. Training figures for {period}: {rag}.\n"
        "Next meeting {date2}, {time}.",
    ),
    "partner_email": (
        "Hi all,\n\nJust a reminder that agency chronologies for {ref} were due on Monday. "
        "We still need those from {trust} and the {district}; {police} have sent theirs. "
        "The reviewer cannot begin the analysis until they are in, and the panel meets on "
        "{date2}." + _S,
        "Dear colleagues,\n\nWe are looking for practitioners in {area} to try out a draft "
        "one-page guide on {theme}. We will meet at {venue} on {date2}, {time} to {time2}; "
        "lunch is provided and managers have agreed the time." + _S,
        "Hello everyone,\n\nThe board has approved the updated threshold document. "
        "{council} will brief its teams over the next month and {police} will include it in "
        "training for new officers. Could health colleagues tell us how they plan to share "
        "it?" + _S,
        "Dear partners,\n\nIn {period} our independent scrutineer would like to spend a day "
        "with the front door and speak with staff from {icb} and {ambulance}. If your team "
        "can host a visit, please send a contact and two possible dates." + _S,
        "Hi everyone,\n\nGood news: the Panel has accepted the rapid review report for {ref} "
        "with no further questions and praised the detail provided by {trust}. The {role} "
        "will now write the learning summary with the designated nurse." + _S,
        'Dear all,\n\nBecause of demand we have added another date for "{course}" at '
        "{venue}, {time} to {time2}. It is open to {council}, {police}, health, schools, "
        "early years and the voluntary sector; the first date was full within a day." + _S,
        "Dear colleagues,\n\nThank you to {ambulance} for releasing two paramedics for the "
        "practitioner event on {ref}. Their account of the first call helped the panel see "
        "how much pressure everyone was under that night." + _S,
        "Hello,\n\nFor {ref}, could the {district} explain how families placed in emergency "
        "accommodation are made known to health visitors and schools, and how long the "
        "longest stay lasted in the past year?" + _S,
    ),
    "local_review": (
        "Local review {ref}: on {date} the reviewer shared early themes with the panel: too "
        "much reliance on what a parent said, too little curiosity about a new partner, and "
        "a child in {area} who was rarely seen alone. {trust} and children's social care "
        "will check these against their records before the next panel meeting.",
        "Local review {ref}: practitioners met at {venue} on {date}. Staff from {police} and "
        "the {district} spoke about high caseloads and about not knowing whom to call in "
        "another agency at weekends. Their views will shape the recommendations." + _P,
        "Local review {ref}: scope agreed {date}. The review covers the eighteen months "
        "before the incident, a change of school, decisions at the front door, and how "
        "{icb} follows up children with complex health needs who move between counties.",
        "Local review {ref}: the reviewer has met the child's grandmother, who asked that the "
        "report describe the child as someone who loved football and baking, not only as a "
        "list of events. The panel agreed. A draft is due in {period}, and the family will "
        "see it before the {scp} publishes.",
        "Local review {ref}: the panel met on {date} to test the reviewer's findings. Most "
        "were accepted, but partners asked for more on the role of the school nursing "
        "service and on why {council} closed the case after one visit. A revised draft "
        "is due by {date2} and will go to the board for sign-off.",
        "Local review {ref}: first panel meeting set for {date}.",
        "Local review {ref}: independent reviewer appointed {date}.",
        "Local review {ref} paused until the criminal trial ends.",
        "Local review {ref}: every agency report is now in.",
        "Local review {ref}: second draft to the panel on {date}.",
    ),
    "chronology": (
        "{date}: childminder noted a child arriving hungry three days running.",
        "{date}: {police} attended a domestic incident; three children present.",
        "{date}: contact screened at the front door; passed to family help.",
        "{date}: {ambulance} took father to hospital; children stayed with a neighbour.",
        "{date}: the {district} placed the family in bed and breakfast.",
        "{date}: strategy meeting held; section 47 enquiry agreed.",
        "{date}: two-year review missed; health visitor wrote again.",
        "{date}: fracture clinic appointment at {trust} not attended.",
        "{date}: first visit by the family support worker.",
        "{date}: core group met, chaired by {council}.",
        "{date} to {date2}: school logs six unexplained absences.",
        "{date}: reduced timetable agreed by the school.",
        "{date}: booking visit with the midwife at 28 weeks.",
        "{date}: child protection conference; plan under neglect.",
    ),
    "checklist": (
        "Rapid review within 15 working days? Yes.",
        "National Panel informed on {date}.",
        "Family told about the review on {date}.",
        "Child's voice to be gathered by {date2}.",
        "Reviewer appointed? Yes.",
        "Terms of reference: draft v3.",
        "{trust} agency report received? Yes.",
        "{district} agency report received? Chased twice.",
        "Inquest listed for {date}.",
        "{police} disclosure: asked for, awaited.",
        "Learning brief: with communications.",
        "Sent to the DSL forum? Yes.",
        "Reports due from {police} and {icb}: {date2}.",
    ),
    "notice": (
        "{scp} meeting: {date}, {time}, {room}, {venue}.",
        "{ref} practitioner event, {date2}, {venue}, {time} to {time2}.",
        "Save the date: safeguarding month launch, {venue}, {date}.",
        "Learning and improvement subgroup moved to {date}, {time}, {room}.",
        "DSL forum at {venue}, {date}, {time}.",
        'Webinar: "{course}", {date}, {time}.',
        "Parents' coffee morning at {venue} on {date}.",
        "Child exploitation awareness evening, {room}, {venue}, {date}.",
        "Health leads meeting moved from {date} to {date2}.",
        "Multi-agency audit day, {date}, {room}, {venue}.",
        "Young people's forum at {venue}, {date}, {time} to {time2}.",
        "Launch of the new neglect toolkit at {venue}, {date}, {time}.",
    ),
    "slack": (
        "agenda for tuesday is in the shared drive",
        "has the {trust} chronology for {ref} arrived?",
        "room at {venue} booked for {date} :white_check_mark:",
        "reminder - Panel notification due by 4pm today",
        "{district} asked to move to {time2} from {time}, ok with everyone?",
        "comments on the ToR by {date} please",
        "thanks everyone, actions to follow",
        "{police} have put forward a DS for the rapid review",
        "{period} training dates are live",
        "does {ref} go to case review subgroup or the board first?",
        "scrutineer's report is pinned in the channel",
        "anyone free to minute on {date}?",
        "which agency report template are we using now",
        "{icb} designated nurse joining at {time}",
        "{council} rep is on leave {date}, who can cover?",
    ),
    "panel": (
        "Panel response on {ref} came {date}: no further questions.",
        "{ref} notified to the Panel on {date}.",
        "Rapid review report to the Panel by {date2}.",
        "Panel feedback: decision well reasoned and evidenced.",
        "Panel agreed {ref} does not need a national review.",
        "{ref} rapid review sent; Ofsted and the DfE copied in.",
        "Panel asked for the ambulance trust's report; sent {date}.",
        "{ref} final report sent to the Panel {date}.",
        "Panel agreed an extension for {ref}, to {date2}.",
        "Panel annual report discussed at the board.",
        "Panel query on {ref} received {date}; the {role} to respond.",
    ),
    "publication": (
        "Planned publication date for {ref}: {date}.",
        "Publication on hold until after sentencing.",
        "Executive summary only, agreed {date}.",
        "Family asked about the publication date.",
        "Press statement agreed with the {council} press office.",
        "{ref} published on the {scp} website, {date}.",
        "Seven-minute briefing to go out alongside the report.",
        "Family asked for more time; publication moved to {date2}.",
        "Report to come down after twelve months.",
        "DfE told of publication.",
        "Publication plan for {ref} agreed by the partners on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed fracture clinic appointments by {date}.",
        "Action 2: {council} to record every adult in the household at each visit.",
        "Action: {police} to send overnight domestic abuse notifications to schools by 8.30am.",
        "Action: {icb} to fund abusive head trauma training for maternity staff.",
        "Action 3: practice week on {theme} in {period}.",
        "Action: {ambulance} to remind crews to record children present at every call.",
        "Action: the {district} to tell health visitors when families go into B&B.",
        "Action 4 complete: new escalation policy in place since {date}.",
        "Action 5: the {role} to report to the board every quarter.",
        "{period} plan: 12 actions, 8 complete, 4 {rag}.",
        "Action: one chronology template for all agencies from {date}.",
        "Action 6: {trust} to ask who else lives at home at every triage by {date2}.",
    ),
    "housing_note": (
        "The {district} has confirmed the start date of the new tenancy.",
        "{district}: relief duty accepted from {date}.",
        "The {district} will send two officers to the practitioner event.",
        "{ref} briefing given to {district} managers.",
        "All housing officers covering {area} to complete {course} by {date}.",
        "SSC housing options team and Staffordshire Police checked holiday lets near "
        "Penkridge used for emergency placements from other areas.",
        "SSC community safety team walked the canal towpath at Kinver with youth workers "
        "after reports of younger teenagers drinking by the locks.",
        "SSC housing options team spoke with RWT health visitors about overcrowded flats "
        "above shops in Brewood.",
        "ESBC community safety team and Staffordshire Police met about off-road bikes near "
        "the castle in Tutbury.",
        "ESBC housing options team briefed UHDB health visitors on families in temporary "
        "homes in Abbots Bromley.",
        "LDC community safety team visited the youth club in Alrewas.",
        "LDC housing options team talked with UHB school nurses about families in Shenstone.",
        "SMDC community safety team and Staffordshire Police planned patrols near the park "
        "in Biddulph.",
        "SMDC housing options team and North Staffordshire Combined Healthcare NHS Trust "
        "discussed sofa surfing by care leavers in Cheddleton.",
        "NULBC community safety team met staff from University Hospitals of North Midlands "
        "NHS Trust about young people gathering in Madeley after dark.",
        "Stafford Borough Council housing options team agreed a hospital discharge route "
        "with Midlands Partnership University NHS Foundation Trust for families from "
        "Barlaston.",
        "Stafford Borough Council community safety team and Staffordshire Police looked at "
        "the bus shelters in Gnosall after dark.",
        "SSC community safety team and DGFT youth workers walked the country park above "
        "Kinver after reports of late-night parties.",
    ),
    "training": (
        'New on the e-learning site: "{course}".',
        "Training needs survey closes {date}.",
        "Induction for new board members, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "{theme} workshop at {venue}, {date}, {time} to {time2}.",
        "Train the trainer day for {course}, {room}, {venue}, {date}.",
        "Multi-agency trainers' network, {room}, {date}.",
        "Feedback from the {theme} workshop shows staff feel more confident.",
        "DSL refresher sessions run all through {period}.",
        "Staffordshire Safeguarding Children Board ran a safer sleep session for "
        "childminders in Biddulph and Cheddleton.",
        "Staffordshire County Council children's services and SSC gave an exploitation "
        "briefing to taxi drivers in Penkridge and Brewood.",
        "The board trained cricket and football coaches in Tutbury and Abbots Bromley.",
        "LDC and Staffordshire Police ran a neglect session for early years staff in "
        "Alrewas and Shenstone.",
        "West Midlands Ambulance Service University NHS Foundation Trust and Staffordshire "
        "Police gave a self-harm talk to sixth formers in Madeley.",
        "Staffordshire and Stoke-on-Trent Integrated Care Board briefed GP practices in "
        "Barlaston and Gnosall on was-not-brought.",
        "UHDB and Midlands Partnership University NHS Foundation Trust ran a perinatal "
        "mental health course in Tutbury and Alrewas.",
        "SMDC and NULBC ran a joint session on the district boundary for schools near "
        "Biddulph and Madeley.",
    ),
}
#: Benign pseudonyms, one per line of this string.
BENIGN_PSEUDONYM_TEXT = tuple(
    """Child T|Child JR|Infant M|Baby S|Young Person H|Sibling 3|Sibling 6|Unborn Baby D
KW|M.P.|Child C and Child D|Potbank|Wharfside|Chasewood|Mossland|Bottlekiln|Kilnyard
Marlhole|Child G|Infant LB|Baby AK|Young Person W|RN|Y|Child Q|Sibling D|J.E.
Baby G and Baby H|Child PT|Young Person SM|DC|Infant F|Sibling A""".replace("\n", "|").split("|")
)


#: The twenty-first's writer of the benign side and its count of fills per template.
_benign, _uses = twentyfirst_corpus.benign_written(sys.modules[__name__]), twentyfirst_corpus._uses


def samples() -> list[Sample]:
    """The corpus: the benign and the identifying samples, laid out by the tenth's
    ``assembled`` with this corpus's own seed, the same on every run."""
    return _57.assembled("sixtyfourth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
