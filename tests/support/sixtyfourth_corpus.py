"""The sixty-fourth held-out corpus of issue 24 for the confidentiality guard. Its writer has
never seen the guard's rules, code or word lists, and has not run the guard on any of it.

What it is made of, and from where:

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
  of the women's lists was drawn before (ES's ends at rank 6872, MX's at 8968; MX's men's
  list ends at 8976), ES's men's ranks from 7000 to its end at 7536, the only ones left,
  read mostly as pet forms, handles and other countries' names, and of the top 100, which
  no corpus drew, nearly all are in earlier snapshots or in the surname lists. So first
  names come from the top of the tables (``FIRST_RANKS``: 0-1499), where they read as real
  names; every one kept is at ranks 100-1499, the eleventh's (ES) and the thirteenth's
  (MX), and the filter keeps none that any snapshot has. Only entries in plain
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
  out without drawing again (one person by the surname, ``Michi``, as the first name is
  a nickname of the fifty-second's). ``DRAWN`` is what is kept: 35 ES and 26 MX people.
  Regenerate with ``uv venv /tmp/regen64 && uv pip install -p /tmp/regen64 names-dataset==3.3.1 &&
  PYTHONPATH=. /tmp/regen64/bin/python -m tests.support.sixtyfourth_corpus`` (drawn with no
  sibling snapshot beside this file); names-dataset is not a dependency and the corpus
  itself reads the JSON only.
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
        *("Fernado", "Michi", "Florida", "Fonsi", "Francina", "Franky", "Gabby", "Gelacio"),
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
#: Family words a note may use for another relative, Spanish ones among them.
RELATIVES = (
    *("abuela", "abuelita", "tia", "tio", "madrina"),
    *("nan", "step-dad", "mum's boyfriend"),
)
#: A date of birth is typed in one of these twelve shapes (the tenth's ``_date`` fields).
BIRTH_FORMS = (
    *("{dd}.{mm}.{yy}", "{d}-{mo}-{y}", "{y}-{mm}-{dd}", "{mon} {d}{th} {y}"),
    *("{d} {mon} {y}", "{wd} {d} {mo} {y}", "{dd}/{mm}/{y}", "{mm}/{dd}/{y}"),
    *("{d}{th} {mo} {yy}", "{d}{th} of {mon} {y}", "{mo}. {d}, {y}", "{d}.{m}.{yy}"),
)
#: Meeting and notification dates on the benign side are typed in one of these.
WHEN_FORMS = ("{wd} {d} {mon}", "{dd}.{mm}.{y}", "{d}{th} {mo}", "{wd} {d}/{m}", "{mon} {d}")
#: A child's date of birth and age (two to seventeen), as the forty-second draws them.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# In the templates {f} {l} is the child, {g} {h} the adult at home, {k} a brother or sister,
# and {rel} a relative (the tenth's person_values fills each).
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
    "dj from the wedding rang back re {fl} {ll}",
    "{fl} seen at roller disco 11pm, {gl} phone off",
    "choir master again - {fl} {ll} fainted in rehearsal",
    "bench outside bookies, {ll} children, 3 hrs",
    "van man on the estate fed {fl} again this am",
    "{gl} {hl} no show, {fl} picking strawberries all week",
    "kabaddi coach - {fl} eye again",
    "{fl} {ll} handed a parcel at the ground by two lads",
    "drum lesson cancelled, {fl} wouldnt roll sleeves up",
    "tried {fl}'s {rel} twice, straight to voicemail",
    "{fl} {ll} off school since the 3rd",
    "cellar thing came up again, {fl} to dry cleaner lady",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "the {l} girls",
    "{f}, {age}",
    "{fi}. {l}",
    "{f} & {k}",
    "young {l}",
    "{l} lad",
    "eldest of {g} {h}",
    "{f} (choir)",
    "{l} {f}",
)
SIGN_OFF = (
    "dont tell mum i messaged\n{fl}",
    "Regards\n{g} {h}\n({rel} to {f})",
    "x\n{g}, {f} and {k}'s mum",
    "from {f} {l}\nmy tio helped me type this",
    "On behalf of {f}: {g} {h}, {rel}",
    "Many thanks\n{g} {l}\nsupported lodgings host",
    "{g} here, {f}'s {rel}, free after 5.30",
    "{f} {l} ({age})",
    "{g} {h} - kinship carer, {f}",
)
NICKNAMES = (
    *("Ashbucket", "Barmpot", "Blunger", "Bottleoven", "Bisky", "Cobbie", "Crackle"),
    *("Crankie", "Didsy", "Daddles", "Ebbie", "Emberkin", "Fettler", "Flintie"),
    *("Frazzle", "Goosegog", "Glazey", "Hotpot"),
)
NICKNAME_TEXT = (
    "Lads by the lock gates shout {n} at her and send her for cans.",
    "He is {n} to the men at the car wash, who pay him to run errands.",
    "A librarian heard {f}'s {rel} calling {n} across the square late at night.",
    "The DSL says {n} is the name the man from the kebab shop uses for her online.",
)
NICKNAME_PSEUDONYM = ("{n}", "lil {n}", "{n} {li}.", "{n} a.k.a. {l}")
DOB_TEXT = (
    "DOB from the red book: {dob}",
    "dob {dob}",
    "{g} says {f} was born {dob}",
    "school admissions have DOB as {dob}",
    "born {dob}, Royal Stoke",
    "{f} {l} - born {dob}",
    "{dob}, making {f} {age}",
    "{rel} thinks {dob}, surgery records differ",
    "born {dob}, 5 weeks in special care after",
)
PHONE_TEXT = (
    "mob (mum) {phone}",
    "ring {g} on {phone}",
    "{rel}: {phone}",
    "home number {phone}",
    "{f} says the texts from {phone} are the van man",
    "abuelita - {phone}",
)
NHS_TEXT = (
    "NHS num {nhs}",
    "{f} NHS: {nhs}",
    "NHS no. for the baby {nhs}",
    "{nhs} (NHS number, off the clinic letter)",
)
NI_TEXT = (
    "NI for mum {ni}",
    "step-dad's NI is {ni}",
    "NINo (dad) {ni}",
    "{rel} NI number: {ni}",
)
ADDRESS_TEXT = (
    "now at {street}, {town}",
    "at mum's mate's on {street}",
    "knocked at {street}, {town}, curtains shut, no reply",
    "{f} staying with {rel} on {street}",
    "four call-outs to {street} in a month",
    "lost the tenancy on {street}, now in {town} sofa hopping",
)
POSTCODE_TEXT = ("p/c {postcode}", "their postcode is {postcode}", "new p.code {postcode}")
SCHOOL_TEXT = (
    "{f} - {school}, Y{year_group}",
    "{school}, year {year_group}: 54% attendance",
    "{short} DSL rang before registration",
    "{f} moved to {short} in the spring",
    "{f} ({school}) has missed {n2} sessions",
)
EMAIL_TEXT = ("{g} writes from {e}", "pictures came from {e}", "{g} {h}'s email: {e}")
PSEUDONYM_REVEALING = (
    "{l} baby, DOB {dob}",
    "{fi}{li}, {street}",
    "{fi}{li} Y{year_group} {short}",
    "child living at {postcode}",
    "{fi}{li} / NHS {nhs}",
    "{l} girl aged {age}, {town}",
    "{fi}{li} b. {dob}",
    "Y{year_group} pupil, {school}",
    "{l} family of {town}",
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
        "{ref} in brief. An infant {age_band} from {area} was seen at {trust} with a spiral "
        "fracture of the thigh. The parents said the baby's leg caught in the cot bars. "
        "{police} joined a strategy meeting within hours and the baby went to hospital "
        "foster care. The review asks what the GP practice and the health visitor knew "
        "about the household's debts and arguments." + _P,
        "{ref}: over a summer a 14-year-old from {area} was arrested three times in towns "
        "along the railway line, each time with cash and a knife. Every police force shared "
        "its custody record, yet no referral to the national referral mechanism was made "
        "until September. The reviewer will look at who owned the exploitation plan.",
        "Families who came from Latin America and from Spain in the last few years now live "
        "around {area}, many on shift work at distribution sites. A child {age_band} went "
        "unvaccinated because reminders came as English texts only. {ref} will ask how "
        "agencies check that a family has understood, and how interpreters are found." + _P,
        "Background to {ref}. A 12-year-old girl wrote in her school planner that she was "
        "scared to go home at weekends. A teaching assistant saw it a month later. Once "
        "known, the referral was quick, but the board wants to understand why the planner "
        "was not read and what {council} expects schools to pass on the same day.",
        "{area} case, summary: a boy {age_band} was found unconscious after taking tablets "
        "from a cupboard at his grandparents' house, where he stayed most nights. "
        "{ambulance} took him to {trust}. Nobody had asked who cared for him day to day. "
        "{ref} asks how private family arrangements are spotted and checked.",
        "{ref}, outline: a teenage girl {age_band} with an eating disorder was waiting for a "
        "specialist bed while living with a parent who was drinking heavily. Mental health, "
        "school and children's social care each wrote their own plan. The review will look "
        "at why these were never brought into one and who the family could ring.",
        "{area}: a 17-year-old care leaver moved into a flat on his own a week after his "
        "birthday and was found there a month later with older men living in it. Leaving "
        "care staff had visited once. {ref} will test how pathway plans judge risk from "
        "adults who befriend young people as they leave care." + _P,
        "Summary for {ref}: four children lived with their mother in a house near {area} "
        "full of rubbish and dog mess. Visits were announced and the house was cleaned each "
        "time. The review will ask whether unannounced visits were considered and how the "
        "{district} and social care share what their officers see on the doorstep.",
        "{ref}: a baby {age_band} was found not breathing in an adult bed after a parent fell "
        "asleep while feeding. The family had been given a Moses basket but had nowhere to "
        "put it in a one-room flat. The review asks whether safer sleep advice takes account "
        "of overcrowding, and what {trust} and {icb} could do differently.",
    ),
    "rapid_review_rationale": (
        "{ref} rapid review: recommendation accepted that a local child safeguarding "
        "practice review should take place. The threshold is met and there is clear "
        "learning on how {trust} and {council} shared concerns about a young mother who had "
        "herself been in care. The National Panel will hear by {date2}; the {role} will "
        "prepare terms of reference.",
        "{ref} rapid review: the partners decided on {date} not to commission a local "
        "review. What went wrong around the missed dental neglect is already covered by a "
        "new oral health pathway, and the staff involved have been retrained. The reasons "
        "will be set out for the Panel by {date2} with a short note for practitioners.",
        "{ref} rapid review: rather than a stand-alone review, this case will join the "
        "county's thematic work on {theme}, which already covers {area}. {police} and {icb} "
        "will share their information with the thematic lead by {date2}. The Panel will be "
        "sent the rapid review report and this reasoning together.",
        "{ref} rapid review: the partners agreed a review using the systems method, with a "
        "workshop for practitioners at {venue}. The key question is why a nursery's three "
        "referrals were each screened out on their own. Terms of reference will be agreed "
        "at the board meeting on {date2}.",
        "{ref} rapid review: the partners will invite the Panel to take on a national review, "
        "because the circumstances closely match a death reported elsewhere in the region. "
        "Local actions go ahead in the meantime. The {role} will send the Panel a note "
        "comparing the two cases by {date2}.",
        "{ref} rapid review: decided on {date} that a practice learning briefing and a "
        "workshop will take the place of a full review. The family would rather not be "
        "involved, the facts are not disputed and practice has already changed. The audit "
        "subgroup will test the changes in {period}.",
        "{ref} rapid review: a local review will examine how a father's bail conditions "
        "were shared with the midwives and health visitors caring for his new baby. "
        "{trust} and {icb} will jointly chair the review panel. The Panel will be notified "
        "of the decision by {date2}.",
        "{ref} rapid review: a local review is agreed, centred on a family's first weeks in "
        "the county after moving from another part of England. Child protection records "
        "arrived late and {council} learned of earlier concerns from a neighbour. The "
        "{role} will settle the scope with the reviewer by {date2}.",
    ),
    "minutes": (
        "{scp}: decisions of the meeting held {date} in {room}, {venue}\n"
        "Attending: {council}, {police}, {icb}, the {district}.\n"
        "- Quarterly data: re-referrals within a year {rag}.\n"
        "- Scrutiny report accepted; three actions for the leads.\n"
        "- Inspection readiness: a short evidence file to be kept.\n"
        "Next: {date2} at {time}.",
        "Learning subgroup, {venue}, {date}\n"
        "Attending: the {role}, {trust}, {police}, a head teacher.\n"
        "- Bookings for {course} are low in {area}; try a twilight session there.\n"
        "- {ref}: add the learning to the new starters' pack.\n"
        "- Five trainers left in the pool: ask partners for more.\n"
        "Next: {date2}, {room}.",
        "Case review group, {date}, Teams call\n"
        "Attending: {council}, {police}, {trust}, {ambulance}.\n"
        "- Serious incident notification from {area}: rapid review to be convened.\n"
        "- {ref}: draft chronology out, replies within two weeks.\n"
        "- Nothing else raised.\n"
        "Next: {date2}, {venue}.",
        "Procedures group, {date}, {venue}\n"
        "Attending: the {role}, {icb}, {trust}, the {district}.\n"
        "- Pre-birth protocol: comments collated.\n"
        "- {theme} guidance cut to four pages.\n"
        "- {course} feedback to come back summarised.\n"
        "Next: {date2} at {time2}.",
        "Missing, exploited and trafficked group, {date}, {room}, {venue}\n"
        "Attending: {police}, {council}, the {district}, youth offending service.\n"
        "- Plan for the county show and summer fairs signed off.\n"
        "- Locations of concern near {area}: {rag}.\n"
        "- Return interview provider invited next time.\n"
        "Next: {date2}.",
        "Health safeguarding forum, {date}, {room}, {venue}\n"
        "Attending: {icb}, {trust}, {ambulance}, the named GP.\n"
        "- Was-not-brought guidance: practice managers' comments discussed.\n"
        "- {ref}: bruising learning to go to minor injury units.\n"
        "- Level 3 training compliance for {period}: {rag}.\n"
        "Next: {date2}, {time}.",
    ),
    "partner_email": (
        "Morning all,\n\nA nudge that the individual management reviews for {ref} were due "
        "at the end of last week. {police} have returned theirs; we are still waiting on "
        "{trust} and the {district}. The reviewer is booked to start analysis next week and "
        "the panel sits on {date2}." + _S,
        "Dear all,\n\nWould any front-line staff in {area} help us test a short leaflet on "
        "{theme}? A session is planned at {venue} on {date2} from {time} to {time2}, with "
        "sandwiches, and managers have agreed that staff may attend." + _S,
        "Dear colleagues,\n\nThe board signed off the new levels of need guidance at its last "
        "meeting. {council} will roll it out to teams over the next four weeks and {police} "
        "will add it to the probationer course. Please let us know how health partners will "
        "cascade it." + _S,
        "Hello,\n\nThe independent scrutineer plans to shadow the multi-agency front door "
        "during {period} and would like to meet staff from {icb} and {ambulance}. If you can "
        "host a visit, send a named contact and a couple of dates that suit." + _S,
        "Hi all,\n\nThe Panel has written back on {ref}: the rapid review is accepted as it "
        "stands and they singled out the chronology from {trust} as very clear. The {role} "
        "and the designated nurse will now draft the briefing for staff." + _S,
        'Dear partners,\n\nThe first session of "{course}" filled in a day, so a second one '
        "is now booked at {venue}, {time} to {time2}. Places are open to {council}, "
        "{police}, health, education, early years and voluntary groups." + _S,
        "Dear all,\n\nOur thanks to {ambulance} for freeing up two crew members to attend "
        "the learning event for {ref}. Hearing about the first call, and how busy that shift "
        "was, gave the panel a much better feel for the pressures on the night." + _S,
        "Hello,\n\nAs part of {ref}, please could the {district} say how schools and health "
        "visitors find out when a family is placed in temporary housing, and what the "
        "longest such placement was in the last twelve months?" + _S,
    ),
    "local_review": (
        "Local review {ref}: emerging findings shared with the panel on {date}: workers "
        "accepted explanations at face value, nobody asked who the new adult in the house "
        "was, and the child in {area} was almost never spoken to alone. {trust} and "
        "children's social care will test these findings against their files.",
        "Local review {ref}: a practitioner workshop took place at {venue} on {date}. Staff "
        "from {police} and the {district} talked about heavy workloads and not knowing who "
        "to ring in partner agencies out of hours. Their views feed the recommendations." + _P,
        "Local review {ref}: terms of reference agreed on {date}. The review covers two years "
        "before the incident, two school moves, decisions at the front door, and how {icb} "
        "keeps track of children with complex needs who move between areas.",
        "Local review {ref}: the reviewer met the child's father, who asked that the report "
        "show the child as funny and kind and mad about animals, not only as a list of "
        "incidents. The panel agreed to this. The draft is expected in {period}, and the "
        "family will read it before the {scp} publishes it.",
        "Local review {ref}: on {date} the panel tested the reviewer's findings. Most were "
        "accepted, but partners wanted more about the role of school nursing and about why "
        "{council} closed the case after one visit. A revised draft is due by {date2} and "
        "will then go to the board.",
        "Local review {ref}: panel dates set, first on {date}.",
        "Local review {ref}: lead reviewer contracted {date}.",
        "Local review {ref} on hold pending the criminal trial.",
        "Local review {ref}: all agency reports received.",
        "Local review {ref}: revised report to panel {date}.",
    ),
    "chronology": (
        "{date}: pre-school reports a child coming in without a coat in snow.",
        "{date}: {police} called to a disturbance; two children at the address.",
        "{date}: referral received by the front door; sent to early help.",
        "{date}: {ambulance} conveyed mother to A&E; children with grandparents.",
        "{date}: the {district} accepted a homelessness application.",
        "{date}: strategy meeting; agreed section 47 enquiries.",
        "{date}: eight-week check missed; health visitor called round.",
        "{date}: {trust} paediatric clinic appointment not attended.",
        "{date}: early help worker's first home visit.",
        "{date}: core group held, {council} chairing.",
        "{date} to {date2}: seven sessions of unauthorised absence.",
        "{date}: school agreed a short-day timetable.",
        "{date}: first midwife appointment at 26 weeks.",
        "{date}: initial child protection conference held.",
    ),
    "checklist": (
        "Rapid review meeting held in time? Yes.",
        "Notification to the Panel made {date}.",
        "Family informed of the review {date}.",
        "Views of the child to be sought by {date2}.",
        "Lead reviewer in place? Yes.",
        "ToR: third draft circulated.",
        "{trust} report returned? Yes.",
        "{district} report returned? Reminder sent.",
        "Coroner's hearing: {date}.",
        "{police} disclosure: requested.",
        "Briefing note: with comms for design.",
        "Circulated to school DSLs? Yes.",
        "{police} and {icb} reports due {date2}.",
    ),
    "notice": (
        "{scp} board: {date}, {time}, {room}, {venue}.",
        "Learning event for {ref}: {date2}, {time} to {time2}, {venue}.",
        "Safeguarding week opens at {venue} on {date}.",
        "Learning subgroup rearranged: {date}, {time}, {room}.",
        "School DSL network meets at {venue}, {date}, {time}.",
        'Online session "{course}" on {date} at {time}.',
        "Drop-in for parents and carers, {venue}, {date}.",
        "Exploitation awareness evening: {room}, {venue}, {date}.",
        "Health leads meeting now {date2} (was {date}).",
        "Case file audit day {date}, {room}, {venue}.",
        "Young people's voice group, {venue}, {date}, {time} to {time2}.",
        "Neglect toolkit launch, {venue}, {date} at {time}.",
    ),
    "slack": (
        "papers for the board are up on sharepoint",
        "anyone seen the {trust} chronology for {ref}?",
        "got the room at {venue} for {date} :tada:",
        "panel notification has to go by 4 today",
        "{district} want {time2} not {time} - fine by everyone?",
        "ToR comments back by {date} pls",
        "cheers all, will send round actions",
        "{police} nominated a DS for the RR",
        "{period} courses now bookable",
        "{ref} - case review group or board first?",
        "scrutiny report pinned above",
        "need a minute taker {date}, any takers?",
        "are we still on the old IMR template?",
        "{icb} named nurse dialling in at {time}",
        "{council} lead off on {date}, can someone deputise?",
    ),
    "panel": (
        "{ref}: Panel reply {date}, nothing further needed.",
        "Panel notified of {ref} {date}.",
        "RR report due with the Panel {date2}.",
        "Panel comment: clear rationale, well evidenced.",
        "Panel content that {ref} stays a local review.",
        "{ref} RR sent, copied to Ofsted and DfE.",
        "Panel requested the ambulance report; sent {date}.",
        "{ref} final report with the Panel {date}.",
        "{ref}: Panel granted an extension to {date2}.",
        "Panel's annual report on the board agenda.",
        "{ref} Panel question came in {date}; the {role} answering.",
    ),
    "publication": (
        "{ref} to publish {date} if the family agree.",
        "Publication delayed until sentencing is over.",
        "Summary version only, agreed {date}.",
        "Family consulted on timing.",
        "Media lines drafted with the {council} press team.",
        "{ref} now on the {scp} website ({date}).",
        "Briefing to be published with the report.",
        "Family asked for a delay; now {date2}.",
        "Report comes off the website after a year.",
        "DfE informed of publication date.",
        "{ref} publication plan agreed by partners {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to check follow-up of missed paediatric clinics, due {date}.",
        "Action 2: {council} to note every adult in the home at each visit.",
        "Action: {police} to pass overnight domestic abuse calls to schools before 9.",
        "Action: {icb} to pay for infant crying training for midwives.",
        "Action 3: {theme} practice week in {period}.",
        "Action: {ambulance} crews to log children present at all calls.",
        "Action: the {district} to alert health visitors to emergency placements.",
        "Action 4: escalation policy live since {date}; closed.",
        "Action 5: the {role} to give the board a quarterly update.",
        "{period}: 9 actions, 6 done, 3 {rag}.",
        "Action: shared chronology template in use from {date}.",
        "Action 6: {trust} triage to ask about other adults at home by {date2}.",
    ),
    "housing_note": (
        "The {district} confirmed when the family's tenancy starts.",
        "{district}: prevention duty owed from {date}.",
        "Two officers from the {district} will attend the learning event.",
        "{district} managers briefed on {ref}.",
        "Every housing officer working in {area} to do {course} by {date}.",
        "SSC and Staffordshire Police looked at short-let cottages near Penkridge being used "
        "to house families placed from other counties.",
        "SSC community safety officers and youth workers met young people by the canal at "
        "Kinver after complaints about drinking near the locks.",
        "SSC housing staff and RWT health visitors discussed damp flats over the shops in Brewood.",
        "ESBC and Staffordshire Police agreed patrols after quad bikes were ridden across "
        "the fields by the castle in Tutbury.",
        "ESBC housing staff told UHDB health visitors about families in temporary homes in "
        "Abbots Bromley.",
        "LDC community safety staff dropped in at the youth club in Alrewas.",
        "LDC housing staff and UHB school nurses discussed families moving into Shenstone.",
        "SMDC and Staffordshire Police planned evening patrols in the park at Biddulph.",
        "SMDC housing staff and North Staffordshire Combined Healthcare NHS Trust spoke about "
        "care leavers sofa surfing in Cheddleton.",
        "NULBC community safety staff met University Hospitals of North Midlands NHS Trust "
        "about teenagers gathering in Madeley at night.",
        "Stafford Borough Council housing staff and Midlands Partnership University NHS "
        "Foundation Trust agreed how families from Barlaston leave hospital.",
        "Stafford Borough Council and Staffordshire Police checked the bus shelters in "
        "Gnosall after late-night damage.",
        "SSC community safety staff and DGFT youth workers walked the heath above Kinver "
        "after reports of parties there.",
    ),
    "training": (
        'Now on the e-learning site: "{course}".',
        "Training survey open until {date}.",
        "New board members' induction: {date}, {venue}.",
        "Last few places on {course} in {period}.",
        "{theme} workshop, {venue}, {date}, {time} to {time2}.",
        "Trainer day for {course}: {room}, {venue}, {date}.",
        "Trainers' network, {room}, {date}.",
        "Staff say the {theme} workshop made them more confident.",
        "DSL refreshers running through {period}.",
        "Staffordshire Safeguarding Children Board held a safer sleep session for "
        "childminders from Biddulph and Cheddleton.",
        "Staffordshire County Council children's services and SSC briefed taxi drivers in "
        "Penkridge and Brewood on exploitation.",
        "The board ran a session for youth football and cricket coaches in Tutbury and "
        "Abbots Bromley.",
        "LDC and Staffordshire Police trained early years staff in Alrewas and Shenstone "
        "on neglect.",
        "West Midlands Ambulance Service University NHS Foundation Trust and Staffordshire "
        "Police spoke to sixth formers in Madeley about self-harm.",
        "Staffordshire and Stoke-on-Trent Integrated Care Board briefed GP surgeries in "
        "Barlaston and Gnosall on children not brought to appointments.",
        "UHDB and Midlands Partnership University NHS Foundation Trust ran a course on "
        "perinatal mental health for staff in Tutbury and Alrewas.",
        "SMDC and NULBC held a joint session for schools near Biddulph and Madeley.",
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
