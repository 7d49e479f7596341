"""A fifty-eighth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fiftyeighth_names.json``, a seeded snapshot (seed ``fiftyeighth-<country>``,
  Python's ``random.Random``, through the tenth's ``dataset_people``: women and men in turn,
  no first name that is also in the table's surname list) from names-dataset 3.3.1 (PyPI,
  Apache-2.0, Philippe Remy's frequency tables per country), its IT (Italy) and PT
  (Portugal) tables. Earlier corpora that drew names-dataset IT or PT took these ranks
  (checked by grepping ``tests/support`` and ``tests/test_unseen_corpora.py`` for ``"IT"``,
  ``"PT"``, Italy and Portugal): the eleventh's 100-1499 (IT 8 people, PT 10), the
  sixteenth's 1500-2999 (IT 6, PT 5), the nineteenth's 3000-4999 (IT 7, PT 6) and, for IT
  only, the twenty-second's 5000-6999 (7); the twenty-fourth found IT's women's list too
  short for its 7000-8999. So the surnames are drawn where no corpus drew: IT at 7000-19499
  (``IT_RANKS``) and PT at 5000-8999 (``PT_RANKS``). First names have no such room: IT's
  women's list ends at rank 6964 and PT's at 5360. Two trial draws took first names deep (IT
  at 5000-9999, PT at 5000-5999, past every earlier rank but for IT's women) and gave almost
  no Italian or Portuguese first names (fewer than one IT person in ten, and hardly any of
  100 PT people, read as names of the country; the rest were names of people from elsewhere
  living there, words, pet forms, shop signs and typos); a third, from rank 3000 (IT
  3000-9999, PT 3000-5999), did little better, and a fourth, keeping only entries whose
  likeliest country in names-dataset's own estimate is the table's, was worse (Portuguese
  words and pet forms); neither of the last two was used, nor were their entries put in
  ``NOT_NAMES``. So both tables' first names come from the least used ranks, the sixteenth's
  1500-2999 (``FIRST_RANKS``; it drew the fewest IT and PT people), with every earlier
  snapshot's people filtered out, as the brief allows when a women's list is too short; each
  person is still new, with a surname at ranks no corpus drew. Only entries in plain letters
  are drawn (``ASCII_ONLY``): an entry with an accent or a cedilla is not drawn at all
  rather than rewritten, so the snapshot keeps names as the tables already type them
  (``Segadaes``, ``Tacao``), as a social worker in England would type them; nothing was
  changed by hand. The filter keeps no word of any earlier snapshot (``EARLIER``: every
  ``*_names.json`` through the fifty-seventh's, with the fifty-ninth's and sixtieth's,
  written alongside, read when they are there). Every draw was read by hand. These ranks
  hold far more that is not an Italian or Portuguese name than names: words (``Novembre``,
  ``Goccia``, ``Vivere``, ``Sapatos``, ``Perigoso``, ``Coveiro``, ``Esquilo``, ``Torta``,
  ``Marmelada``), shop and business signs (``Salumeria``, ``Cartolibreria``,
  ``Parrucchiere``, ``Agrupamento``, ``Fotografia``, ``Papelaria``, ``Peixaria``,
  ``Consultoria``), a brand of cereal (``Chocapic``), pet forms (``Kikki``, ``Giggia``,
  ``Ninuccia``, ``Lindocas``, ``Fantinha``, ``Janinha``, ``Loirinha``), typos and
  run-together names (``Samantah``, ``Matiilde``, ``Mariadosanjos``, ``Sergiosantos``,
  ``Domlngos``), names from other countries (Romanian, Albanian, Moldovan, Ukrainian,
  Punjabi, Bangladeshi, Sri Lankan, Maghrebi, West African and Brazilian ones such as
  ``Lacatusu``, ``Limani``, ``Tcacenco``, ``Rybalko``, ``Tanbir``, ``Wasanthi``, ``Alaoui``,
  ``Kadiatou``, ``Getulio``, ``Cleberson``) and names of the other sex's column
  (``Carlamaria`` and ``Viorela`` among the men, ``Francescomaria`` among the women); those
  of the two trial draws were put in ``NOT_NAMES`` and drawn again, and in the last draw
  (with many more people asked for, ``PACKAGE_DRAWN``) every person with such an entry, or
  with one only doubtfully a name of the country, was left out without drawing again
  (``DROPPED`` holds each such person's first name). ``DRAWN`` is what is kept: 21 IT and 9
  PT people, 30 in all, fewer than hoped for, and PT's fewer still. Regenerate with ``uv
  venv /tmp/regen58 && uv pip install -p /tmp/regen58 names-dataset==3.3.1 && PYTHONPATH=.
  /tmp/regen58/bin/python -m tests.support.fiftyeighth_corpus``; names-dataset is not a
  dependency and the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (shore, bonfire night, downland and
  sailing words), each starting with a letter from A to H, none in an earlier corpus file
  (``NICKNAMES``; each checked by grepping ``tests/support``, whole words, any case).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (checked by grepping their files): a bonfire society member, a cricket bat
  maker, a pony trekking leader, an undertaker's assistant, a stained glass restorer, a
  rag and bone man, a sommelier, a crane driver at the port, a karaoke host, a judo
  coach, a darts team captain, a signwriter, a watch repairer, a tailor, a dressmaker, a
  greengrocer, a parcel courier, a postwoman, a ploughing match steward, a sculling coach
  and a parish priest; in lower case and in sign-offs; names and give-away details in
  pseudonyms; nicknames; dates of birth in twelve typed forms; addresses on invented
  streets (``STREETS``) in the real towns of the areas; postcodes; phone, NHS and NI
  numbers; invented schools and a pupil referral unit (``SCHOOLS``); email addresses;
  written out by the twenty-fifth's ``identifying_of`` through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each template
  at most three times), about a third of it long: case summaries, rapid review decisions,
  minutes, partner emails, local review notes; and short chronology lines, checklists,
  notices, Slack lines, Panel and publication notes, improvement actions, housing and
  community safety notes and training notes. It is set in twelve towns and large villages of
  West Sussex and East Sussex that no earlier corpus file names (``AREAS``; each checked by
  grep, whole word and as part of a longer word): Petworth, Steyning, Storrington, Henfield,
  Pulborough, Hurstpierpoint, Cuckfield, Battle, Seaford, Newhaven, Wadhurst and Polegate.
  Of the brief's suggestions two are named by earlier corpus files, and the names of two
  more hold an earlier corpus's area or are held in one (so a test of that corpus would find
  them here), so none of the four was used. Both counties are two-tier, and several district
  councils are earlier corpora's areas (their tests forbid the names elsewhere), so those
  councils are written by initials, as staff type them: CDC (the district council for
  Petworth), HDC (for Steyning, Storrington, Henfield and Pulborough), MSDC (for
  Hurstpierpoint and Cuckfield) and WDC (for Wadhurst and Polegate); Rother District Council
  (for Battle) and Lewes District Council (for Seaford and Newhaven) are named in full.
  Children's services are West Sussex County Council's and East Sussex County Council's.
  Checked with the ``search`` tool: the West Sussex partnership's own pages and the county
  council's committee papers name the West Sussex Safeguarding Children Partnership (WSSCP),
  led by West Sussex County Council, Sussex Police and the NHS (the ICB); the East Sussex
  partnership's own pages name the East Sussex Safeguarding Children Partnership (ESSCP),
  whose three safeguarding partners are East Sussex County Council, Sussex Police and the
  Sussex Integrated Care Board (NHS Sussex), and the pan-Sussex child protection procedures
  site. Written from memory, not checked: the trusts (University Hospitals Sussex NHS
  Foundation Trust, Sussex Community NHS Foundation Trust and Sussex Partnership NHS
  Foundation Trust for the West Sussex towns; East Sussex Healthcare NHS Trust and Sussex
  Partnership NHS Foundation Trust for the East Sussex ones, though Seaford and Newhaven
  also look to hospitals over the county line), South East Coast Ambulance Service NHS
  Foundation Trust, the ICB's name as written (NHS Sussex Integrated Care Board), which
  district serves which town, and every venue (the libraries of Petworth, Steyning,
  Storrington, Henfield, Pulborough, Hurstpierpoint, Cuckfield, Battle, Seaford, Newhaven,
  Wadhurst and Polegate; Leconfield Hall, the Steyning Centre, the village halls of
  Storrington and Pulborough, Henfield Hall, Hurstpierpoint Village Centre, the Queen's Hall
  in Cuckfield, Battle Memorial Hall, Seaford Downs Leisure Centre, the Hillcrest Centre in
  Newhaven, Wadhurst Commemoration Hall and Polegate Community Centre); some may be named
  differently, have moved, closed or not exist. Venues are council offices, libraries,
  halls, leisure centres and community centres, never a person's address. Roles, themes,
  courses, rooms, times and periods come from the twenty-first through the twenty-second's
  ``DRAWS``, and nobody in the benign text is named except by role.
- Identifiers: the tenth corpus's ``person_values`` makes every one up, from ranges kept
  for fiction: Ofcom's drama phone numbers, NHS numbers beginning 999 with a valid check
  digit, national insurance numbers with the QQ prefix, email at example.com, .org and
  .net, and postcodes in the shape of real ones but in areas Royal Mail has never used.
  A sample that names a drawn person has the source ``names-dataset-IT`` or
  ``names-dataset-PT``; one that names a nickname, ``hand-nicknames``; any other, ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the downs, the
  shingle coast and the Weald that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

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
#: the helpers that draw, write and read its snapshot: the earlier corpora's own, as the
#: fifty-seventh gathers them from the forty-ninth.
DRAMA_PREFIXES, INWARD_LETTERS, PLAIN = _57.DRAMA_PREFIXES, _57.INWARD_LETTERS, _57.PLAIN
POSTCODE_AREAS, nhs_check_digit = _57.POSTCODE_AREAS, _57.nhs_check_digit
benign_words, _district, _earlier_names = _57.benign_words, _57._district, _57._earlier_names
assembled, dataset_people, snapshot_people = _57.assembled, _57.dataset_people, _57.snapshot_people
table_entry_ok, write_snapshot = _57.table_entry_ok, _57.write_snapshot

__all__ = ["DRAMA_PREFIXES", "INWARD_LETTERS", "PLAIN", "POSTCODE_AREAS", "nhs_check_digit"]
__all__ += ["benign_words", "samples"]

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fiftyeighth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), IT and PT tables"
SEED = "fiftyeighth-<country>"
#: Every earlier snapshot: the fifty-seventh's list and its own, and those of the
#: fifty-ninth and sixtieth (written alongside, so read only when they are there).
EARLIER = (*_57.EARLIER, "fiftyseventh_names.json", "fiftyninth_names.json")
EARLIER += ("sixtieth_names.json",)
#: The ranks drawn here (see the docstring for the ranks earlier corpora took): IT's and
#: PT's surnames where no corpus drew, and both tables' first names at the least used
#: ranks (IT's women's list ends at rank 6964, PT's at 5360).
IT_RANKS = (7000, 19500)
PT_RANKS = (5000, 9000)
FIRST_RANKS = (1500, 3000)
COUNTRIES = ("IT", "PT")
ASCII_ONLY = frozenset(COUNTRIES)
PACKAGE_DRAWN = (("names-dataset-IT", 150), ("names-dataset-PT", 270))
DRAWN = (("names-dataset-IT", 21), ("names-dataset-PT", 9))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the two trial draws read by hand as words, signs, brands, pet forms, typos,
#: names of another country or of the other sex's column: put here and drawn again.
NOT_NAMES = frozenset(
    {
        *("Abdessattar", "Abiqueila", "Acatarina", "Achas", "Adelina", "Adile", "Adramane"),
        *("Agreira", "Agrupamento", "Ajc", "Alaoui", "Alhaji", "Alhona", "Allegro"),
        *("Anabruno", "Ander", "Andreica", "Anelide", "Annalise", "Antoniopinto", "Arsene"),
        *("Assil", "Asy", "Athouguia", "Ativo", "Awlad", "Azeite", "Bagina", "Banu"),
        *("Basaraba", "Bear", "Behnam", "Belaflor", "Belamaria", "Belizanda", "Bemjamim"),
        *("Benardino", "Benido", "Benilde", "Bezito", "Bineta", "Biserka", "Boro", "Boscuta"),
        *("Brigue", "Brincheiro", "Briolanja", "Bru", "Buraco", "Cabages", "Cajus", "Cambao"),
        *("Caraban", "Carlamaria", "Carnim", "Cartolibreria", "Cassaca", "Cevada", "Chez"),
        *("Chiorescu", "Chocapic", "Choupeiro", "Chuks", "Cippa", "Classe", "Clory", "Colea"),
        *("Conca", "Condrea", "Connosco", "Corais", "Correira", "Coste", "Coveiro", "Cueca"),
        *("Danielsilva", "Dealina", "Deejay", "Delle", "Dinart", "Diondina", "Djamilatu"),
        *("Djosa", "Djuco", "Domlngos", "Draque", "Drilona", "Durbalino", "Dynna"),
        *("Ekateryna", "Elcinia", "Emilinha", "Ero", "Esquilo", "Estreito", "Etraud", "Fabjo"),
        *("Fainha", "Faninha", "Fantinha", "Fawzy", "Febbraio", "Fotografia", "Fradeira"),
        *("Francescomaria", "Frenanda", "Frija", "Ganz", "Garden", "Gata", "Gemeo", "Geppe"),
        *("Ghani", "Giggia", "Gilia", "Giony", "Gluca", "Goccia", "Grado", "Grama", "Guiduxa"),
        *("Harea", "Henriqueto", "Herlander", "Inma", "Inmanuel", "Isbela", "Issufo", "Ivet"),
        *("Janico", "Jervasio", "Jjorge", "Jogo", "Josquim", "Jubilado", "Juls", "Kadiatou"),
        *("Kikki", "Kinkas", "Klo", "Knopfli", "Konstantinos", "Lacatusu", "Lamiae", "Larama"),
        *("Lasca", "Leca", "Leonesa", "Lhabib", "Lilite", "Lindinha", "Lindocas", "Loirinha"),
        *("Luchian", "Madger", "Madjula", "Magueja", "Majcol", "Mami", "Manies", "Marafuz"),
        *("Marfida", "Margariida", "Mariadosanjos", "Markiyan", "Matiilde", "Maudo", "Maxy"),
        *("Mefail", "Mehak", "Melguinha", "Melina", "Melsi", "Meluccio", "Memma", "Menos"),
        *("Merilyn", "Miceu", "Miguta", "Minnemann", "Mirica", "Mitzi", "Modete", "Mondina"),
        *("Mostofa", "Mussu", "Narotamo", "Neacsu", "Nedia", "Nenuko", "Nevruz", "Ninuccia"),
        *("Norby", "Notas", "Novembre", "Nunoepaula", "Onoria", "Pacavira", "Padeira"),
        *("Parrucchiere", "Pavliuk", "Pedregal", "Pereia", "Pereir", "Perigoso", "Piranha"),
        *("Pireza", "Pllumb", "Poleri", "Polery", "Ponta", "Portada", "Preciosa", "Puia"),
        *("Purice", "Quinzico", "Rafeiro", "Rezk", "Risabel", "Riscas", "Risete", "Rist"),
        *("Rochaa", "Ruizito", "Ruska", "Rybalko", "Saboya", "Salumeria", "Samantah"),
        *("Sandun", "Sapatos", "Saro", "Segisnando", "Sergiosantos", "Serif", "Serre"),
        *("Siedik", "Sihame", "Simplesmente", "Sinira", "Sobhy", "Sogalho", "Sokaina"),
        *("Solrak", "Soufien", "Ssantos", "Susanaa", "Talmaci", "Tanbir", "Tatina"),
        *("Tcacenco", "Tiaguinhu", "Tira", "Tocas", "Tolda", "Trifan", "Tubias", "Tyagu"),
        *("Vaskinho", "Veh", "Velado", "Vetro", "Vindeirinho", "Viorela", "Virtudes"),
        *("Vivere", "Wanilda", "Wasanthi", "Windoh", "Wioleta", "Xanito", "Xexa", "Xiaodong"),
        *("Xiaozhen", "Xuca", "Yasso", "Zambujinho"),
    }
)
#: The first name of each person of the last draw left out by hand (an entry as above, or
#: one only doubtfully a name of the country), without drawing again.
DROPPED = frozenset(
    {
        *("Aamir", "Abdelfattah", "Abdelhamid", "Abderrazak", "Abdessamad", "Abilia"),
        *("Adailton", "Adauto", "Adeel", "Adelcia", "Adriele", "Adrix", "Adson", "Afef"),
        *("Agda", "Agustinho", "Aissato", "Alagie", "Aldegundes", "Aldemiro", "Alimatu"),
        *("Alis", "Ally", "Alois", "Aluisio", "Amandeep", "Amavel", "Amtonio", "Andreiaa"),
        *("Andriana", "Ang", "Aniana", "Antonetta", "Arcelina", "Ariano", "Arjola"),
        *("Armandinho", "Arnel", "Assana", "Astride", "Aurelian", "Auri", "Aurinda"),
        *("Auxilia", "Ave", "Aylton", "Azem", "Azzeddine", "Baldev", "Bandido", "Beaa"),
        *("Bernadino", "Bernardeth", "Bertino", "Beth", "Beu", "Bibia", "Bilinho", "Binta"),
        *("Bocar", "Brasilina", "Brendon", "Bya", "Cacca", "Cadidjatu", "Carinna", "Carlindo"),
        *("Carlinho", "Carme", "Carmencita", "Catya", "Celcio", "Celsio", "Cesaltino"),
        *("Chafik", "Chica", "Christel", "Cibelle", "Cicera", "Cilita", "Cinara", "Cinira"),
        *("Cirlene", "Clary", "Claudinho", "Cleberson", "Cleopatra", "Cleyton", "Clube"),
        *("Coccinella", "Coudelaria", "Crisalida", "Crisolita", "Cristianaa", "Daba"),
        *("Dafina", "Dalanda", "Daluz", "Damares", "Darcio", "Dashamir", "Deivison", "Deizy"),
        *("Delcina", "Desejado", "Dianinha", "Dicas", "Diih", "Din", "Divo", "Djebu"),
        *("Djenny", "Dmitry", "Dorinhas", "Dorival", "Dorjan", "Duca", "Dulcinio", "Dyanna"),
        *("Ediana", "Ediane", "Edilaine", "Edinaldo", "Edineia", "Edvan", "Eliandro"),
        *("Elidon", "Eliomar", "Elismar", "Elisson", "Elson", "Elzo", "Emiljano", "Escorpiao"),
        *("Etson", "Eufrasia", "Eugeniu", "Euza", "Evandra", "Fabito", "Faik", "Famata"),
        *("Farley", "Fernandino", "Fidelidade", "Fitim", "Fracesco", "Francescapia", "Futura"),
        *("Gabinete", "Gayan", "Geane", "Genilson", "Geninho", "Gennj", "Getulio", "Giseli"),
        *("Gito", "Giusj", "Glauber", "Glaucio", "Glauco", "Gleiciane", "Gleyce", "Gorety"),
        *("Gracielle", "Gracieth", "Gugas", "Guiducha", "Guilhas", "Gutto", "Harwinder"),
        *("Heliodora", "Hermengarda", "Herta", "Honorina", "Hysen", "Iama", "Ilisa", "Ilson"),
        *("Inussa", "Iran", "Irany", "Iriis", "Irineia", "Isadora", "Isaura", "Issuf"),
        *("Ivandra", "Iza", "Izaias", "Jairson", "Jakim", "Janinha", "Jassira", "Jasvir"),
        *("Jeton", "Jhonatas", "Jola", "Jolie", "Jpaulo", "Juary", "Jucilene", "Judson"),
        *("Juvenalia", "Kadi", "Kadinho", "Kadu", "Karine", "Kelen", "Kelinha", "Kinita"),
        *("Klodjan", "Kostyantyn", "Kristjan", "Laercio", "Lalinha", "Lamarana", "Lassaad"),
        *("Latona", "Laur", "Lealdina", "Lecas", "Lenice", "Lenise", "Leontino", "Liala"),
        *("Likas", "Liliany", "Lilith", "Lindolfo", "Lipinho", "Lizzy", "Lorran", "Lovepreet"),
        *("Loveth", "Ludmilla", "Lueji", "Luisete", "Luix", "Luizete", "Lyly", "Maati"),
        *("Mafaldinha", "Maguette", "Maika", "Maikon", "Manelito", "Maninho", "Manny"),
        *("Manucha", "Marcele", "Marcilio", "Margie", "Margy", "Mariaclara", "Mariadelurdes"),
        *("Maribela", "Marilinda", "Marilio", "Marine", "Marquinho", "Maverick", "Maycom"),
        *("Mcarmo", "Medi", "Meg", "Meninha", "Mfernanda", "Mgrazia", "Milco", "Minnie"),
        *("Miuda", "Mlurdes", "Mostapha", "Mteresa", "Muriela", "Mutaro", "Nathalia"),
        *("Ndiaga", "Neguinho", "Neilton", "Nekas", "Neu", "Ngagne", "Nicolly", "Nikas"),
        *("Nikoll", "Nisia", "Noemio", "Nunex", "Nuwan", "Oretta", "Ory", "Ovi", "Papelaria"),
        *("Papis", "Parveen", "Patriicia", "Paullo", "Paulojorge", "Pedrina", "Pedromiguel"),
        *("Peixaria", "Perparim", "Pips", "Porcina", "Primiano", "Qazim", "Quica", "Quiosque"),
        *("Rafaella", "Rajwinder", "Recrutamento", "Regi", "Relu", "Ricardoo", "Rinku"),
        *("Rique", "Roselene", "Roseni", "Rosilaine", "Rosineide", "Rozangela", "Ruimiguel"),
        *("Salimato", "Samaritana", "Samuca", "Sander", "Sandrina", "Sergiy", "Serhiy"),
        *("Serralharia", "Shila", "Shkelzen", "Sieglinde", "Sininho", "Snizhana", "Sobre"),
        *("Soraiia", "Suellem", "Suelly", "Sukh", "Talles", "Tarciso", "Tareca", "Tatianaa"),
        *("Tekas", "Telminha", "Tessie", "Thaissa", "Tiiago", "Tizio", "Todor", "Treinador"),
        *("Tyago", "Tyta", "Ude", "Upa", "Vady", "Valdinei", "Valdomiro", "Vanina"),
        *("Varinder", "Venerina", "Verita", "Vicio", "Vidaul", "Vilson", "Violina", "Virinha"),
        *("Visi", "Vitorhugo", "Viviany", "Walison", "Walther", "Waltraud", "Welton"),
        *("Welwitschia", "Wenderson", "Wiliam", "Willi", "Xanoca", "Xiko", "Xiquinho"),
        *("Yordanka", "Yulimar", "Zaqueu", "Zarita", "Zezoca"),
    }
)


#: A names-dataset entry to draw from: the tenth's test, plain letters, less ``NOT_NAMES``.
_usable = partial(table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)
#: Each table's surname ranks, in the order of ``PACKAGE_DRAWN``.
TABLE_RANKS = (("IT", IT_RANKS), ("PT", PT_RANKS))


def regenerate_names() -> None:
    """Draw each table's people through the tenth's ``dataset_people`` at its own surname
    ranks and ``FIRST_RANKS`` (names-dataset importable only here), leave out ``DROPPED``,
    write the snapshot."""
    used = _earlier_names(tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists()))
    people: dict[str, list[list[str]]] = {}
    for (country, ranks), (source, count) in zip(TABLE_RANKS, PACKAGE_DRAWN, strict=True):
        drawn = dataset_people(
            ((country, count),), ranks, used, "fiftyeighth", _usable, FIRST_RANKS
        )
        people[source] = [p for p in drawn[country] if not set(p) & DROPPED]
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, people)


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Trug Maker's Lane", "Bonfire Boys Row", "Cricket Willow Close", "Lambing Fold Walk")
STREETS += ("Tollhouse Yard", "Dewdrop Rise", "Smuggler's Gap Road", "Downland Bell Court")
TOWNS = ("Petworth", "Steyning", "Storrington", "Henfield", "Pulborough", "Hurstpierpoint")
TOWNS += ("Cuckfield", "Battle", "Seaford", "Newhaven", "Wadhurst", "Polegate")
SCHOOLS = (
    "Trug Maker's Lane Primary School",
    "Bonfire Boys Row Infant School",
    "St Cuthman of the Downs Church of England Primary",
    "Cricket Willow Junior Academy",
    "Tollhouse Yard Free School",
    "Dewdrop Rise Nursery School",
    "Smuggler's Gap High School",
    "Lambing Fold Pupil Referral Unit",
)
SCHOOL_SHORT = ("Trug Maker's", "Bonfire Boys", "St Cuthman's", "Cricket Willow", "Tollhouse")
RELATIVES = ("nonna", "avo", "zia", "tia", "nonno", "step-gran", "mum's partner")
RELATIVES += ("cousin",)
#: Twelve ways a date of birth gets typed (fields of the tenth's ``_date``), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{d}.{m}.{y}", "{dd}-{mm}-{y}", "{d} {mon} {y}", "{mo} {d}, {y}")
BIRTH_FORMS += ("{y}/{mm}/{dd}", "{wd}, {d}{th} {mon} {y}", "{d}{th} {mo} '{yy}", "{dd}{mm}{y}")
BIRTH_FORMS += ("{d}/{m}/{yy}", "{mon} {d} {y}", "{d}-{mo}-{y}", "{dd} . {mm} . {yy}")
WHEN_FORMS = ("{d} {mo} {y}", "{wd} {d}{th} {mon}", "{dd}.{mm}.{y}", "{mon} {d}")
WHEN_FORMS += ("{wd} {dd}/{mm}",)
#: Births of children up to 17 (the forty-second's), typed in ``BIRTH_FORMS``.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# {f} {l} is the child, {g} {h} a parent or carer, {k} a brother or sister and {rel} another
# relative, as the tenth's person_values fills them.
NAME_TEXT = (
    "A member of the bonfire society says {f} {l}, 13, was given bangers to carry in the "
    "procession by men who then took them back to a flat above the shop.",
    "The cricket bat maker at the willow yard saw {g} {h} drag {f} out of the van by the "
    "hair and push the child against the wall of the drying shed.",
    "Pony trekking leader says {f} {l} turned up at the stables at 6am in pyjamas and said "
    "{g} had locked them out again.",
    "undertaker's assistant says {g} {h} brought {f} to the funeral drunk and slapped the "
    "child in the car park in front of everyone",
    "Stained glass restorer working in the church says {f} {l}, 8, hides in the vestry after "
    "school because {g} shouts and throws things at home.",
    "The rag and bone man says {f} {l} and {k} were sitting on the kerb with no shoes at "
    "10pm while {g} was inside with visitors.",
    "A sommelier at the hotel says {f} {l}, 15, has been brought to the bar by a man in his "
    "forties three times and served wine in his room.",
    "Crane driver at the port saw {f} {l} climbing the fence onto the ferry lanes at night "
    "and says {g} {h} told them to go and not come back.",
    "The karaoke host at the pub says {g} {h} leaves {f}, 4, asleep on the bench by the "
    "speakers until closing most Fridays.",
    "Judo coach says {f} {l} has burn marks on both forearms and flinched when {g} came to "
    "collect from the dojo.",
    "Darts team captain says {f} {l}, 14, is being sent out to buy drink for the team by "
    "{g} and comes back with money from strangers.",
    "Signwriter painting the shopfront says {f} {l} begs for food at the bakery every "
    "morning and said {g} {h} has not been home for days.",
    "The watch repairer says {g} {h} pawned {f}'s christening bracelet and told the child "
    "they would be put in care if they told anyone.",
    "Tailor doing alterations for the wedding says {f} {l}, 12, has bruises round both "
    "wrists and said {g} ties them to the bed.",
    "A dressmaker says {f} {l} told her during a fitting that {g}'s boyfriend comes into "
    "the bathroom when the child is in the bath.",
    "Greengrocer says {f} {l}, 9, has been taking fruit from the boxes outside and said "
    "there is nothing to eat since {g} lost the job.",
    "Parcel courier saw {g} {h} kick {f} down the front step and the child lay still on "
    "the path for a minute.",
    "The postwoman says {f} {l} answers the door every morning on school days and says {g} "
    "{h} is still asleep and the baby is crying.",
    "Steward at the ploughing match says {f} {l}, 11, was driving a quad bike across the "
    "road with {k} on the back while {g} watched from the beer tent.",
    "Sculling coach says {f} {l} arrived at the rowing club soaking wet at 9pm and said {g} "
    "had put them out of the car on the bridge.",
    "The parish priest says {f} {l}, 16, has been sleeping in the church porch since {g} "
    "{h}'s new partner moved in.",
)
NAME_LOWER = (
    "bonfire society again - {fl} {ll} with the older lads",
    "{fl} at the stables at dawn, {gl} not picking up",
    "rowing club rang, {fl} {ll} wet through and alone",
    "{ll} children on the kerb at 10pm again",
    "judo coach worried about {fl}'s arms",
    "{gl} {hl} left {fl} at the ferry terminal and drove off",
    "karaoke night, {fl} asleep by the speakers",
    "greengrocer says {fl} {ll} has not eaten",
    "spoke to {fl}'s {rel}, will ring back tonight",
    "{fl} {ll} missing from the nursery since monday",
    "port fence again, {fl} seen at 2am",
    "post round - {gl} {hl} still asleep, {fl} answering the door",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "{l} sisters",
    "{f} aged {age}",
    "{fi} {l}",
    "{f} and {k}",
    "baby {l}",
    "the {l} lad",
    "{g} {h}'s eldest",
    "{f} from the stables",
    "{l} {f}",
)
SIGN_OFF = (
    "dont tell them i rang\n{fl}",
    "Kind regards\n{g} {h}\n{rel} of {f}",
    "cheers\n{g} (mum of {f} and {k})",
    "{f} {l}\nsorry for the spelling",
    "Written for {f} by {g} {h}, their {rel}",
    "Thanks,\n{g} {l}\nfoster carer",
    "{g} - {f}'s {rel} - on nights this week",
    "{f} {l}, {age}",
    "{g} {h}, kinship carer for {f}",
)
NICKNAMES = ("Ambergris", "Bramblejack", "Cinderpot", "Eelbrook", "Fogbell", "Gorsebush")
NICKNAMES += ("Buttercrust", "Emberlight", "Firecrest", "Cockleshell", "Flintlock", "Bellows")
NICKNAMES += ("Catapult", "Halyard", "Hornpipe", "Fizzbang")
NICKNAME_TEXT = (
    "The lads at the bonfire society call him {n} and send him to fetch the fireworks.",
    "On the beach by the groynes she only answers to {n}; the older boys give her vapes.",
    "Staff at the ferry terminal heard {f}'s {rel} shouting {n} across the car park at 1am.",
    "{n} is what the man at the boatyard has her saved as in his phone, the school says.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} ({l})")
DOB_TEXT = (
    "DOB from the GP record {dob}",
    "d.o.b. {dob}",
    "{g} says {f} was born on {dob}",
    "admissions form DOB {dob}",
    "born {dob} at the Royal Sussex",
    "{f} {l} ({dob})",
    "{dob} so {age} this year",
    "{rel} says {dob} but the school has another date",
    "born {dob}, 33 weeks, in special care for a month",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "{g} can be reached on {phone}",
    "{rel} - {phone}",
    "home phone {phone}",
    "texts came from {phone}, {f} says it is the boyfriend",
    "nonna's number {phone}",
)
NHS_TEXT = (
    "NHS no {nhs}",
    "{f}'s NHS number is {nhs}",
    "newborn NHS {nhs}",
    "from the clinic letter, NHS number {nhs}",
)
NI_TEXT = (
    "mum's NI {ni}",
    "stepfather's NI number {ni}",
    "dad NINO {ni}",
    "{rel}'s national insurance {ni}",
)
ADDRESS_TEXT = (
    "now at {street}, {town}",
    "staying on {street} with mum's friend",
    "home visit to {street}, {town} - no answer, lights on",
    "{f} is staying at their {rel}'s on {street}",
    "police out to {street} three times since May",
    "lost the tenancy on {street}; sleeping in the car in {town}",
)
POSTCODE_TEXT = ("postcode is {postcode}", "pc {postcode}", "moved, new postcode {postcode}")
SCHOOL_TEXT = (
    "{f} attends {school}, year {year_group}",
    "{school} Y{year_group}, attendance 61%",
    "DSL at {short} called at lunch",
    "{f} started at {short} in September",
    "{f}, {school}: missed {n2} sessions this half term",
)
EMAIL_TEXT = ("{g}'s email address is {e}", "the photos came from {e}", "email {g} {h} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} born {dob}",
    "{fi}{li} on {street}",
    "{fi}{li}, year {year_group}, {short}",
    "child at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} girl, {age}, {town}",
    "{fi}{li} born {dob}",
    "year {year_group} at {school}",
    "the {l} children of {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: The partners. Councils named by an earlier corpus's area are written by initials (see
#: the docstring): the West Sussex towns' partners first.
_UHS = "University Hospitals Sussex NHS Foundation Trust"
_SCFT = "Sussex Community NHS Foundation Trust"
_SPFT = "Sussex Partnership NHS Foundation Trust"
_ESHT = "East Sussex Healthcare NHS Trust"
_SUSSEX = {
    "police": ("Sussex Police",),
    "icb": ("NHS Sussex Integrated Care Board",),
    "ambulance": ("South East Coast Ambulance Service NHS Foundation Trust",),
}
_WEST = _SUSSEX | {
    "council": ("West Sussex County Council children's services",),
    "trust": (_UHS, _SCFT, _SPFT),
}
_EAST = _SUSSEX | {
    "council": ("East Sussex County Council children's services",),
    "trust": (_ESHT, _SPFT),
}

#: The twelve areas, towns and large villages no earlier corpus file names: the district
#: council's teams, the partners, and two civic venues of the town (libraries, halls,
#: community and leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Petworth": _WEST | _district("CDC") | {"venue": ("Petworth Library", "Leconfield Hall")},
    "Steyning": _WEST | _district("HDC") | {"venue": ("Steyning Library", "Steyning Centre")},
    "Storrington": _WEST
    | _district("HDC")
    | {"venue": ("Storrington Library", "Storrington Village Hall")},
    "Henfield": _WEST | _district("HDC") | {"venue": ("Henfield Library", "Henfield Hall")},
    "Pulborough": _WEST
    | _district("HDC")
    | {"venue": ("Pulborough Library", "Pulborough Village Hall")},
    "Hurstpierpoint": _WEST
    | _district("MSDC")
    | {"venue": ("Hurstpierpoint Library", "Hurstpierpoint Village Centre")},
    "Cuckfield": _WEST
    | _district("MSDC")
    | {"venue": ("Cuckfield Library", "the Queen's Hall, Cuckfield")},
    "Battle": _EAST
    | _district("Rother District Council")
    | {"venue": ("Battle Library", "Battle Memorial Hall")},
    "Seaford": _EAST
    | _district("Lewes District Council")
    | {"venue": ("Seaford Library", "Seaford Downs Leisure Centre")},
    "Newhaven": _EAST
    | _district("Lewes District Council")
    | {"venue": ("Newhaven Library", "the Hillcrest Centre, Newhaven")},
    "Wadhurst": _EAST
    | _district("WDC")
    | {"venue": ("Wadhurst Library", "Wadhurst Commemoration Hall")},
    "Polegate": _EAST
    | _district("WDC")
    | {"venue": ("Polegate Library", "Polegate Community Centre")},
}
#: The partner kinds (the forty-eighth's), the partnerships as their own pages name them,
#: and every agency named.
KINDS, PARTNERSHIPS = fortyeighth_corpus.KINDS, tuple(AREAS)
_WSSCP = "West Sussex Safeguarding Children Partnership"
_ESSCP = "East Sussex Safeguarding Children Partnership"
SCP = {area: _WSSCP if _SCFT in AREAS[area]["trust"] else _ESSCP for area in AREAS}
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
#: Review references and age bands of this corpus, over the twenty-second's other draws
#: (roles, themes, courses, rooms, periods), and the words benign pseudonyms may use.
DRAWS = twentysecond_corpus.DRAWS | {
    "ref": ("RR 58-01", "LCSPR 58/03", "RR/58/09", "CSPR-58-05", "RR 58/12", "TR 58-07"),
    "age_band": ("aged five weeks", "under one", "aged two", "aged 10", "aged 16"),
}
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS
CHOSEN = ("Downland", "Shinglebank", "Martello", "Chalkland", "Wealdway", "Groynefield")
CHOSEN += ("Saltmarsh",)

_R = " The {role} will report progress to the partnership's quality group in {period}."
_E = "\n\nPlease reply to the partnership business office by {date}.\n\nWith thanks,\n{scp}"
#: Benign templates by register (the sample's category), each filled up to three times as
#: ``_uses`` decides; roughly a third run long, up to the 500 characters a note field takes.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}. A baby {age_band} from {area} was taken to {trust} with a "
        "bleed on the brain after the mother's partner said the baby had rolled off a "
        "changing mat. Two earlier bruises had been seen by different professionals and "
        "neither was shared. {police} opened an investigation the same night." + _R,
        "{ref}: a 16-year-old boy living near {area} was found with serious stab wounds "
        "after months of going missing overnight to the coast. Two return home interviews "
        "were offered and neither happened. The review will ask what the exploitation "
        "meeting knew and why school, police and the youth service did not compare notes.",
        "A family moved to {area} for seasonal work on a vineyard estate and lived in a "
        "static caravan. The youngest child, {age_band}, had no GP and no health visitor for "
        "five months. {ref} will look at how agencies learn that children have arrived in "
        "a rural area for short-term work, and who checks the housing." + _R,
        "Context for {ref}. A girl of 13 told a teaching assistant that her mother's "
        "boyfriend had been sending her messages at night. The mother had asked a "
        "neighbourhood officer about him months before. The {scp} wants to understand why "
        "that early question went no further and what {council} does with such calls now.",
        "Background ({area}): a baby {age_band} died after sharing an adult bed following "
        "a christening party where both parents had been drinking. Safer sleep advice was "
        "given on the postnatal ward. {ref} asks whether the advice reached the father, "
        "who did the night feeds, and how fathers are included by {trust}." + _R,
        "{ref}, short account: a boy {age_band} with autism was moved between two residential "
        "placements and a foster home in ten months, then returned to a parent before the "
        "assessment was complete. CAMHS at {trust}, his school and the virtual school each "
        "held part of the picture. The review will look at planning for returns home.",
        "Panel summary, {area}. A 12-year-old young carer looked after a father with a "
        "brain injury while the mother worked night shifts at a care home. An adult social "
        "care review noted the child but made no referral. {ref} will test whether carers' "
        "assessments across the county ask about the children in the house." + _R,
        "Outline, {ref}: four children lived in a farm cottage near {area} with broken "
        "windows, no heating and little food, and the dogs were kept in the kitchen. Three "
        "referrals were closed because the children attended school. The review asks "
        "whether good attendance was given too much weight at the front door.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}, outcome: the three safeguarding partners agree the criteria for "
        "a local child safeguarding practice review are met. Harm was serious and there is "
        "learning about how {trust} and {council} shared worries after a concealed "
        "pregnancy. The Panel will be told by {date2} and the {role} will draft terms of "
        "reference.",
        "Rapid review {ref}, outcome: no local review. The learning about bruising in "
        "babies who are not yet mobile is already in the revised pan-Sussex protocol, and "
        "the teams involved have changed practice. A full review would add little. Agreed "
        "by the partners on {date}; the reasons go to the Panel by {date2} with a short "
        "staff briefing.",
        "Rapid review {ref}, outcome: the learning will feed the thematic review of "
        "{theme} already under way across {area} and the surrounding parishes, rather than a "
        "separate review. {police} and {icb} will send agency reports to the thematic "
        "reviewer by {date2}. The Panel will receive the reasoning with the rapid review.",
        "Rapid review {ref}, outcome: a systems review will go ahead, with a practitioner "
        "event at {venue}. Partners want to understand why nobody used the escalation "
        "policy when school and children's social care disagreed about risk for ten "
        "weeks. Draft terms of reference go to the executive on {date2}.",
        "Rapid review {ref}, outcome: the partners will ask the Panel to consider a "
        "national review, as a very similar death happened elsewhere in the south east "
        "this year. Local work will continue so that learning is not held up. The {role} "
        "will write to the Panel describing the pattern by {date2}.",
        "Rapid review {ref}, outcome: a learning briefing and a practice week rather than a "
        "full review. The facts are agreed, the family have asked not to take part, and the "
        "agencies have already changed what they do. Signed off on {date}; the changes will "
        "be tested through the multi-agency audit in {period}.",
        "Rapid review {ref}, outcome: a local review will look at the handover from the "
        "special care baby unit to community health visiting, where a father's history "
        "of violence was not passed on. {trust} and {icb} will jointly chair the panel, "
        "and the National Panel will be told by {date2}.",
    ),
    "minutes": (
        "Action notes, {scp} executive, {date}, {room}, {venue}\n"
        "Present: {council}, {police}, {icb}, the {district}.\n"
        "1. Performance report for {period}: repeat referrals {rag}.\n"
        "2. Independent scrutineer's annual report received.\n"
        "3. Joint targeted area inspection preparation to be scheduled.\n"
        "Next meeting {date2}, {time}.",
        "Learning and development group, {date}, {venue}\n"
        "Present: the {role}, {trust}, {police}, a secondary head.\n"
        "1. {course} uptake lowest in {area}; local dates to be offered.\n"
        "2. {ref} learning added to the induction pack.\n"
        "3. Trainer pool down to six; call for volunteers agreed.\n"
        "Next meeting {date2}, {room}.",
        "Case review group, {date}, online\n"
        "Present: {council}, {police}, {trust}, {ambulance}.\n"
        "1. Notification from {area} considered; rapid review to be convened.\n"
        "2. {ref}: reviewer's draft chronology circulated, comments in a week.\n"
        "3. No other business.\n"
        "Next meeting {date2} at {venue}.",
        "Policy and procedures group, {venue}, {date}\n"
        "Present: the {role}, {icb}, {trust}, the {district}.\n"
        "1. Pre-birth assessment guidance: comments gathered.\n"
        "2. {theme} procedure shortened and plain English added.\n"
        "3. Evaluations of {course} to be summarised for the next meeting.\n"
        "Next meeting {date2}, {time2}.",
        "Exploitation operational group, {room}, {venue}, {date}\n"
        "Present: {police}, {council}, the {district}, youth justice.\n"
        "1. Safety plan for the bonfire season agreed.\n"
        "2. Hotspots in {area} reviewed: {rag}.\n"
        "3. Missing children's return interview provider to attend next time.\n"
        "Next meeting {date2}.",
        "Health safeguarding leads, {venue}, {date}\n"
        "Present: named nurses from {trust}, the designated doctor, {icb}.\n"
        "1. Was-not-brought pilot in {area} extended for six months.\n"
        "2. {ref}: GP learning session dates fixed.\n"
        "3. Interpreter use for Italian and Portuguese speakers: audit agreed.\n"
        "Next meeting {date2}.",
    ),
    "partner_email": (
        "Hi everyone,\n\nA reminder that agency chronologies for {ref} were due on Monday. "
        "We are still waiting for {trust} and the {district}; {police} have sent theirs. "
        "The reviewer cannot start the analysis without them, and the panel is booked "
        "for {date2}." + _E,
        "Dear colleagues,\n\nWe would like practitioners from {area} to test a draft "
        "two-page guide on {theme}. We will meet at {venue} on {date2}, {time} to {time2}; "
        "refreshments are provided and managers have agreed the time." + _E,
        "Hello all,\n\nThe executive has approved the refreshed continuum of need. "
        "{council} will brief its teams over the coming month and {police} will add it "
        "to training for new officers. Could health colleagues tell us how they will "
        "share it?" + _E,
        "Dear partners,\n\nIn {period} the independent scrutineer would like to spend a day "
        "with the front door and speak to staff from {icb} and {ambulance}. If you can "
        "host a visit, please send a contact name and two possible dates." + _E,
        "Hi all,\n\nGood news: the Panel has accepted the rapid review report for {ref} with "
        "no further questions and commented on the quality of the input from {trust}. The "
        "{role} will now draft the learning briefing with the designated nurse." + _E,
        'Dear all,\n\nBecause of demand we have added another date for "{course}" at '
        "{venue}, {time} to {time2}. It is open to {council}, {police}, health, schools, "
        "early years settings and voluntary groups; the first session filled within a day." + _E,
        "Hello,\n\nFor {ref}, could the {district} tell us how families placed in emergency "
        "accommodation are made known to health visitors and schools, and how long the "
        "longest placement lasted in the last twelve months?" + _E,
    ),
    "local_review": (
        "Local review {ref}: on {date} the reviewer shared emerging themes with the panel: "
        "professional optimism about a father's sobriety, too little curiosity about a "
        "lodger, and a child in {area} who was rarely seen on their own. {trust} and "
        "children's services will check these against their records before the next "
        "meeting.",
        "Local review {ref}: practitioners met at {venue} on {date}. Staff from {police} and "
        "the {district} spoke about caseloads and about not knowing whom to call in another "
        "agency out of hours. Their views will shape the recommendations." + _R,
        "Local review {ref}: scope agreed {date}. The review covers the sixteen months "
        "before the incident, a move between two GP surgeries, decisions at the front door, "
        "and how {icb} keeps track of disabled children placed in schools outside the county.",
        "Local review {ref}: the reviewer has met the child's aunt, who asked that the "
        "report describe the child as someone who loved swimming in the sea and drawing "
        "boats, not only as a list of events. The panel agreed. A draft is due in {period}, "
        "and the family will read it before the {scp} publishes.",
        "Local review {ref}: first panel meeting set for {date}.",
        "Local review {ref}: lead reviewer commissioned {date}.",
        "Local review {ref} on hold while the criminal trial goes ahead.",
        "Local review {ref}: all agency reports now in.",
        "Local review {ref}: second draft goes to the panel on {date}.",
    ),
    "chronology": (
        "{date}: nursery noted the child arrived without breakfast two days running.",
        "{date}: {police} attended a domestic incident; two children present.",
        "{date}: front door screening; stepped down to early help.",
        "{date}: {ambulance} took mother to hospital; children with grandparents.",
        "{date}: the {district} offered the family a bed and breakfast room.",
        "{date}: initial child protection conference; plan made.",
        "{date}: one-year review missed; health visitor sent a letter.",
        "{date}: outpatient appointment at {trust} not attended.",
        "{date}: family support worker's first home visit.",
        "{date}: core group meeting chaired by {council}.",
        "{date} to {date2}: school records three unexplained absences.",
        "{date}: part-time timetable agreed by the school.",
    ),
    "checklist": (
        "Rapid review within 15 working days? Yes.",
        "Panel notification sent {date}.",
        "Family informed of the review {date}.",
        "Child's views to be sought by {date2}.",
        "Independent reviewer contract signed? Yes.",
        "Terms of reference: draft v2.",
        "{trust} agency report in? Yes.",
        "{district} agency report in? Not yet.",
        "Inquest date: {date}.",
        "{police} disclosure: requested, awaited.",
        "Learning briefing: with the comms team.",
        "Shared with the designated safeguarding lead network? Done.",
    ),
    "notice": (
        "{scp} executive: {date}, {time}, {room}, {venue}.",
        "{ref} practitioner event, {date2}, {venue}, {time} to {time2}.",
        "Save the date: annual safeguarding conference, {venue}, {date}.",
        "Learning and development group now {date}, {time}, {room}.",
        "DSL forum at {venue}, {date}, {time}.",
        'Webinar "{course}", {date}, {time}.',
        "Drop-in for parents and carers at {venue}, {date}.",
        "Exploitation awareness evening, {room}, {venue}, {date}.",
        "Health leads meeting moved from {date} to {date2}.",
        "Multi-agency audit day, {date}, {room}, {venue}.",
        "Youth voice forum at {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "agenda for thursday is in the shared folder",
        "anyone had the {trust} chronology for {ref} yet?",
        "{venue} booked for {date} :tada:",
        "reminder: Panel notification due by 3pm",
        "{district} asked if we can start at {time2} not {time}, ok with everyone?",
        "comments on the ToR by {date} please",
        "thanks all, actions to follow by email",
        "{police} confirmed a DI for the rapid review",
        "{period} training calendar is live",
        "does {ref} go to the exec or the case review group first?",
        "scrutineer's report is pinned in the channel",
        "can someone take minutes on {date}?",
        "which agency report template are we on now",
        "{icb} named GP joining online at {time}",
    ),
    "panel": (
        "Panel reply on {ref} received {date}: no further questions.",
        "{ref} notified to the Panel on {date}.",
        "Rapid review report due with the Panel {date2}.",
        "Panel feedback: rationale clearly set out.",
        "Panel agreed {ref} does not need a national review.",
        "{ref} rapid review sent; Ofsted and DfE copied.",
        "Panel asked for the ambulance service's report; sent {date}.",
        "{ref} final report submitted to the Panel on {date}.",
        "Panel agreed an extension for {ref} to {date2}.",
        "Panel query on {ref} came in {date}; {role} to answer.",
    ),
    "publication": (
        "Publication date for {ref}: {date}.",
        "Publication delayed until after the trial.",
        "Executive summary only, agreed {date}.",
        "Family told about the publication timetable.",
        "Holding statement agreed with {council} press office.",
        "{ref} published on the {scp} website, {date}.",
        "Learning briefing to be published with the report.",
        "Family asked for more time; publication moved to {date2}.",
        "Report to be taken down from the website after twelve months.",
        "Publication plan for {ref} agreed by partners on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed paediatric appointments by {date}.",
        "Action 2: {council} to record everyone living in the household at each visit.",
        "Action: {police} to share domestic abuse notifications with schools before 9am.",
        "Action: {icb} to fund ICON training for maternity and neonatal staff.",
        "Action 3: practice week on {theme} in {period}.",
        "Action: {ambulance} to add a question about children in the home to handovers.",
        "Action: the {district} to tell health visitors when families are placed elsewhere.",
        "Action 4 complete: new escalation policy live from {date}.",
        "Action 5: {role} to report to the executive each quarter.",
        "{period} plan: 10 actions, 6 complete, 4 {rag}.",
        "Action 6: {trust} to ask who else lives at home at every triage by {date2}.",
    ),
    "housing_note": (
        "The {district} has confirmed the start date of the new tenancy.",
        "{district}: relief duty accepted from {date}.",
        "The {district} will send two officers to the practitioner event.",
        "{ref} briefing given to {district} managers.",
        "All housing officers covering {area} to complete {course} by {date}.",
        "CDC housing options team and Sussex Police checked holiday lets near Petworth used "
        "for emergency placements.",
        "CDC community safety team and Sussex Police met the estate rangers about "
        "young people drinking in the woods above Petworth.",
        "HDC community safety team walked the riverside in Steyning with youth workers "
        "after reports of teenagers drinking.",
        "HDC housing options team discussed overcrowded estate cottages near Storrington "
        "with West Sussex County Council children's services.",
        "HDC community safety team met Sussex Police about e-scooters on the recreation "
        "ground in Henfield.",
        "HDC housing options team briefed Sussex Community NHS Foundation Trust health "
        "visitors on emergency placements in Pulborough.",
        "MSDC community safety team visited the youth club in Hurstpierpoint.",
        "MSDC housing options team spoke to school nurses about families in Cuckfield.",
        "Rother District Council community safety team and Sussex Police planned patrols "
        "near the abbey gateway in Battle.",
        "Lewes District Council housing options team and East Sussex County Council "
        "children's services discussed sofa surfing in Seaford.",
        "Lewes District Council community safety team met the port police about young "
        "people near the ferry terminal in Newhaven.",
        "WDC housing options team agreed a hospital discharge route with East Sussex "
        "Healthcare NHS Trust for Wadhurst families.",
        "WDC community safety team and Sussex Police looked at the underpass near the "
        "station in Polegate after dark.",
    ),
    "training": (
        'New on the learning platform: "{course}".',
        "Training evaluation survey closes {date}.",
        "Induction for new executive members, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "{theme} workshop at {venue}, {date}, {time} to {time2}.",
        "Train the trainer day for {course}, {room}, {venue}, {date}.",
        "The West Sussex Safeguarding Children Partnership ran a safer sleep session for "
        "childminders in Henfield.",
        "The West Sussex Safeguarding Children Partnership trained football coaches in "
        "Petworth and Pulborough.",
        "The East Sussex Safeguarding Children Partnership ran a neglect toolkit session "
        "in Polegate.",
        "The East Sussex Safeguarding Children Partnership and Sussex Police gave an "
        "exploitation briefing to taxi drivers in Newhaven and Seaford.",
        "South East Coast Ambulance Service NHS Foundation Trust and Sussex Police gave a "
        "self-harm talk in Battle and Wadhurst.",
        "NHS Sussex Integrated Care Board briefed GP practices in Cuckfield and "
        "Hurstpierpoint on was-not-brought.",
        "University Hospitals Sussex NHS Foundation Trust and Sussex Partnership NHS "
        "Foundation Trust ran a perinatal mental health course in Steyning and Storrington.",
        "East Sussex Healthcare NHS Trust midwives ran a coping with crying session in Wadhurst.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child Q", "Child LM", "Infant R", "Baby K", "Young Person G", "Sibling 2"),
    *("Sibling 4", "Unborn Baby J", "TW", "P.A.", "Child C and Child D", "Downland"),
    *("Shinglebank", "Martello", "Chalkland", "Wealdway", "Groynefield", "Saltmarsh"),
    *("Child V", "Infant MB", "Baby RT", "Young Person S", "HK", "N", "Child Y"),
    *("Sibling B", "J.E.", "Baby E and Baby F", "Child DP", "Young Person LA", "FR"),
    *("Infant W", "Sibling C"),
)


#: The twenty-first's writer of the benign side and its count of fills per template.
_benign, _uses = twentyfirst_corpus.benign_written(sys.modules[__name__]), twentyfirst_corpus._uses


def samples() -> list[Sample]:
    """Both sides, put together by the tenth's ``assembled`` (identical on every run)."""
    return assembled("fiftyeighth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
