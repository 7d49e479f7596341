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
  greengrocer, a parcel courier, a refuse collector, a ploughing match steward, a sculling coach
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
BIRTH_FORMS = ("{d}.{m}.{y}", "{y}-{m}-{d}", "{d} {mon} {y}", "{mo} {d}, {y}")
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
    "The refuse collector says {f} {l} is at the door every bin day at 7am, on school days "
    "too, saying {g} {h} is still asleep and the baby is crying.",
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
    "bin men again - {gl} {hl} asleep, {fl} at the door",
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
    "pls keep my name out of it x\n{fl}",
    "With best wishes from\n{g} {h}\n({f}'s {rel})",
    "ta ever so\n{g}, {f} and {k}'s mum",
    "{f} {l}\nsorry for the spelling",
    "Written for {f} by {g} {h}, their {rel}",
    "Thanks,\n{g} {l}\nfoster carer",
    "{g} ({rel} to {f}), working nights till friday",
    "from {f} {l} who is {age}",
    "{g} {h}, kinship carer for {f}",
)
NICKNAMES = ("Ambergris", "Bramblejack", "Cinderpot", "Eelbrook", "Fogbell", "Gorsebush")
NICKNAMES += ("Buttercrust", "Emberlight", "Firecrest", "Cockleshell", "Flintlock", "Bellows")
NICKNAMES += ("Catapult", "Halyard", "Hornpipe", "Fizzbang")
NICKNAME_TEXT = (
    "The lads at the bonfire society call him {n} and send him to fetch the fireworks.",
    "On the beach by the groynes she only answers to {n}; the older boys give her vapes.",
    "At 1am the ferry terminal security guard heard {f}'s {rel} calling the child {n} by "
    "the ticket barrier.",
    "{n} is what the man at the boatyard has her saved as in his phone, the school says.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} ({l})")
DOB_TEXT = (
    "GP surgery gives the DOB as {dob}",
    "dob (per red book) {dob}",
    "{g} told the duty worker {f}'s birthday is {dob}",
    "DOB on the school admission form: {dob}",
    "born {dob} at the Royal Sussex, per mum",
    "{f} {l}, b. {dob}",
    "{dob} - turns {age} this year",
    "{rel} gave {dob}; the school's date differs",
    "born prematurely {dob} and in the baby unit for five weeks",
)
PHONE_TEXT = (
    "best number for mum is {phone}",
    "{g} asked us to use {phone} only",
    "{rel}'s mobile, {phone}",
    "landline at the flat: {phone}",
    "messages were from {phone}; {f} thinks it is the older boyfriend",
    "nonna only has the house phone, {phone}",
)
NHS_TEXT = (
    "NHS # {nhs}",
    "NHS number (child) {nhs}",
    "baby's NHS no. on the discharge summary: {nhs}",
    "{f} - NHS {nhs} - registered at the Downs surgery",
)
NI_TEXT = (
    "mother's NINo {ni}",
    "stepdad gave his NI as {ni}",
    "NI number for dad: {ni}",
    "{rel} (carer) NI {ni}",
)
ADDRESS_TEXT = (
    "current address {street}, {town}",
    "sofa surfing at a mate's on {street}",
    "visited {street}, {town}: nobody came to the door though the telly was on",
    "{f} has been at the {rel}'s house on {street} since half term",
    "police attended {street} three times in May",
    "evicted from {street}, family now living in the car, parked up in {town}",
)
POSTCODE_TEXT = ("their postcode: {postcode}", "PC {postcode} (new)", "post code {postcode}")
SCHOOL_TEXT = (
    "{f} is in year {year_group} at {school}",
    "{school}, yr {year_group}, attendance down to 61%",
    "the safeguarding lead at {short} phoned us at lunchtime",
    "{f} has been at {short} since the autumn",
    "{school} reports {f} missed {n2} sessions since half term",
)
EMAIL_TEXT = ("{g} emails from {e}", "the pictures were sent from {e}", "reply to {g} {h} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} (b. {dob})",
    "{fi}{li}, {street}",
    "{fi}{li} yr {year_group} {short}",
    "the child living at {postcode}",
    "{fi}{li}, NHS number {nhs}",
    "the {l} girl aged {age} from {town}",
    "{fi}{li} dob {dob}",
    "{school} pupil, year {year_group}",
    "{l} family, {town}",
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
        "What happened ({ref}): paramedics from {ambulance} were called to a flat in {area} "
        "where a seven-month-old had stopped feeding and was floppy. Scans at {trust} found "
        "injuries of different ages. The family had moved twice in a year and each move "
        "closed the health visiting record. The review will follow how the records travelled, "
        "or did not.",
        "{ref} in brief. A girl of 15 from {area} was picked up by {police} at a seaside "
        "railway station late on a school night, with a phone nobody had given her and "
        "train tickets bought by someone else. It was the fourth time that term. Her school "
        "had logged each absence but no exploitation screening tool was completed until "
        "after the fourth.",
        "Why {ref} was notified: a baby {age_band} was found with a fractured skull after a "
        "night when both carers said the baby was in a bouncer on the kitchen table. The "
        "mother had told her midwife she felt low and alone; a perinatal referral was "
        "made, but the first appointment offered was eleven weeks away." + _R,
        "Case outline for {ref}. Three brothers were home educated after the eldest was "
        "excluded, and no professional saw them for most of a year. A neighbour rang "
        "{council} about shouting at night. When social workers visited, the house had no "
        "beds for the children. The question for the review is who should have noticed "
        "that they had disappeared from view.",
        "Summary, {area}: a teenager {age_band} with type 1 diabetes was admitted to {trust} "
        "in ketoacidosis for the sixth time. Clinic letters had gone to an old address, and "
        "the school had stopped reminding the family about insulin after a complaint. {ref} "
        "will ask when medical neglect should be named and who names it." + _R,
        "{ref}: the child, {age_band}, lived with a grandmother under a special "
        "guardianship order after the parents' drug use. Support for the placement was "
        "withdrawn after a year, when the grandmother's own health failed. The review will "
        "consider what help kinship carers in {area} are offered once the court has "
        "finished, and for how long.",
        "About {ref}. Two sisters moved from a refuge in another county into temporary "
        "housing near {area}. The refuge's risk assessment did not follow them, and the "
        "father found the new address within a fortnight through a school photograph "
        "posted online. The panel will look at how moves from refuge are planned with "
        "schools and {police}." + _R,
        "Overview ({ref}): a boy of 14 was stabbed on a beach after a fight about money owed "
        "for drugs. He had been on a reduced timetable, was known to the youth justice "
        "service and had been reported missing three times. Staff from {council} and "
        "{police} each held part of the picture; nobody joined it up.",
    ),
    "rapid_review_rationale": (
        "Decision on {ref}. The partners met on {date} and agreed that the case meets the "
        "criteria for a local child safeguarding practice review: the injuries were "
        "serious and there are questions about the quality of information shared between "
        "{trust} and {council} before the birth. Terms of reference will be drafted by the "
        "{role} and the Panel told by {date2}.",
        "{ref}: partners decided on {date} that no further review is needed. The learning "
        "about how minor injuries in babies are assessed out of hours is already being taken "
        "forward through the pan-Sussex procedures, and both {trust} and {ambulance} have "
        "changed their triage prompts. A one-page briefing will go to front-line staff by "
        "{date2}.",
        "The rapid review of {ref} found learning that overlaps closely with the thematic "
        "work on {theme} already commissioned for {area} and its neighbouring parishes. "
        "Rather than a separate review, the case will be added to that sample. {police} and "
        "{icb} have agreed to provide chronologies by {date2}, and the Panel will be told "
        "why.",
        "Recommendation from the {ref} rapid review: a review using a systems approach, with "
        "practitioners invited to a reflective session at {venue}. The key question is why "
        "a disagreement about threshold between a school and the front door lasted nine "
        "weeks without anyone using the escalation route. The executive will agree the "
        "scope on {date2}.",
        "{ref}: because a death with very similar features happened in a neighbouring "
        "partnership this year, the partners will ask the National Panel whether it "
        "wishes to carry out a national review. Local learning will not wait for that "
        "answer; the {role} will circulate interim messages by {date2} and the {scp} will "
        "share them with schools.",
        "Outcome of the rapid review for {ref}: a briefing and a week of practice events "
        "rather than a full review. The facts are clear, the family have said they do not "
        "want to take part, and the agencies have already put changes in place. The "
        "decision was signed off on {date}; the audit in {period} will show whether the "
        "changes are working.",
        "{ref}: partners agreed a local review focused on discharge from the neonatal unit "
        "at {trust} to community services, where a warning about a parent's violence in a "
        "previous relationship did not reach the health visitor. The review panel will be "
        "chaired jointly by {icb} and {council}, and the Panel notified by {date2}.",
    ),
    "minutes": (
        "{scp} executive - notes of {date}, {room}, {venue}\n"
        "Attending: {council}; {police}; {icb}; the {district}.\n"
        "Item 1. Quarterly data for {period}: re-referral rate {rag}.\n"
        "Item 2. Scrutineer's report noted; response due next time.\n"
        "Item 3. Business plan priorities unchanged.\n"
        "Date of next meeting: {date2}, {time}.",
        "Workforce development subgroup\n"
        "{date}, {venue}\n"
        "With: the {role}, {trust}, {police}, two designated safeguarding leads.\n"
        "a) {course}: attendance from {area} low, so evening dates will be tried.\n"
        "b) Learning from {ref} to be built into the new starters' morning.\n"
        "c) Pool of multi-agency trainers needs refreshing.\n"
        "Next: {date2}, {room}.",
        "Notes: case review subgroup, {date} (Teams)\n"
        "In attendance: {council}, {police}, {trust}, {ambulance}.\n"
        "- A new notification from {area} discussed; rapid review to be arranged.\n"
        "- {ref}: first draft chronology shared; comments within ten days.\n"
        "- Nothing else raised.\n"
        "We meet again on {date2} at {venue}.",
        "Procedures and practice group, {date}, {venue}\n"
        "Members present: the {role}, {icb}, {trust}, the {district}.\n"
        "(i) Unborn baby protocol: comments collated for sign-off.\n"
        "(ii) Guidance on {theme} rewritten in plain English.\n"
        "(iii) Feedback from {course} to be presented next time.\n"
        "Following meeting {date2}, {time2}.",
        "Missing and exploited children group, {room}, {venue}, {date}\n"
        "Around the table: {police}, {council}, the {district}, youth justice.\n"
        "1 - Plans for the bonfire and fireworks season agreed.\n"
        "2 - Locations of concern in {area} reviewed, {rag} overall.\n"
        "3 - Return interview provider invited to the next meeting.\n"
        "Next: {date2}.",
        "Health safeguarding forum, {venue}, {date}\n"
        "Present: named nurses ({trust}), designated doctor, {icb}.\n"
        "* Pilot of was-not-brought letters in {area} to continue.\n"
        "* {ref}: learning session for GPs booked.\n"
        "* Use of interpreters for Italian and Portuguese speaking families to be audited.\n"
        "Next forum {date2}.",
    ),
    "partner_email": (
        "Morning all,\n\nWe still need agency chronologies for {ref} from {trust} and the "
        "{district}; thank you to {police} for sending theirs early. The lead reviewer is "
        "ready to start, and the review panel sits on {date2}, so anything you can do to "
        "speed things up would help." + _E,
        "Dear colleagues,\n\nWe are looking for front-line staff in {area} to road-test a "
        "short guide on {theme} before it is published. The session is at {venue} on "
        "{date2}, {time} to {time2}, with lunch, and managers have agreed staff can be "
        "released." + _E,
        "Hello everyone,\n\nThe refreshed threshold document was approved at the last "
        "executive. {council} is briefing its teams this month and {police} will include "
        "it in new officer training. We would be grateful to hear from health colleagues "
        "how it will reach their staff." + _E,
        "Dear partners,\n\nThe independent scrutineer plans to shadow the front door for a day "
        "in {period} and would also like to meet staff from {icb} and {ambulance}. Please "
        "let us know whether you can host, with a name and two dates that suit." + _E,
        "Hi all,\n\nA quick update on {ref}: the Panel has accepted the rapid review with no "
        "follow-up questions and singled out the contribution from {trust}. Next, the {role} "
        "and the designated nurse will write the learning briefing." + _E,
        "Dear all,\n\nAn extra date has been added for {course} at {venue}, {time} to "
        "{time2}, because the first one filled so quickly. Places are open to {council}, "
        "{police}, health staff, schools, early years settings and the voluntary sector." + _E,
        "Hello,\n\nAs part of {ref}, could the {district} let us know how health visitors and "
        "schools are told when a family is placed in emergency accommodation, and roughly "
        "how long families stayed in such placements last year?" + _E,
    ),
    "local_review": (
        "Local review {ref}: at the panel on {date} the reviewer set out early themes: hope "
        "that a father had stopped drinking was not tested, a lodger was never asked about, "
        "and a child in {area} was seldom seen alone. {trust} and children's services will "
        "check these against their own records before the next meeting.",
        "Local review {ref}: a practitioner event was held at {venue} on {date}. Staff from "
        "{police} and the {district} described high caseloads and not knowing who to phone "
        "in another agency in the evening. What they said will inform the recommendations." + _R,
        "Local review {ref}: the scope, agreed on {date}, runs from the pregnancy to the "
        "incident, including a change of GP practice, two contacts with the front door and "
        "how {icb} follows disabled children who go to school outside the county.",
        "Local review {ref}: the family's contribution. The reviewer met the child's uncle, "
        "who asked that the report show the child as someone who loved rock pools and "
        "drawing ferries, not just as a chronology. The panel agreed. A draft is expected in "
        "{period}, and the family will see it before the {scp} publishes.",
        "Local review {ref}: review panel convenes on {date}.",
        "Local review {ref}: independent author started work on {date}.",
        "Local review {ref} paused pending the outcome of court proceedings.",
        "Local review {ref}: every agency has now submitted its report.",
        "Local review {ref}: third version of the report out for comment {date}.",
    ),
    "chronology": (
        "{date}: preschool reported the child was hungry on arrival.",
        "{date}: {police} called to an argument in the street; children indoors.",
        "{date}: contact screened at the front door; early help offered.",
        "{date}: {ambulance} took the mother to A&E; an aunt collected the children.",
        "{date}: the {district} placed the family in a holiday let.",
        "{date}: conference decided on a child protection plan.",
        "{date}: developmental check not attended; second letter sent.",
        "{date}: paediatric review at {trust} missed.",
        "{date}: early help worker met the family at home.",
        "{date}: core group, {council} in the chair.",
        "{date} to {date2}: three days' absence with no reason given.",
        "{date}: school moved the child onto mornings only.",
        "{date}: GP referred the mother for talking therapy.",
        "{date}: {police} passed a domestic abuse notification to the school.",
        "{date}: strategy meeting held by phone; joint visit planned.",
    ),
    "checklist": (
        "Rapid review held in time? Yes, day 12.",
        "National Panel told: {date}.",
        "Parents told a review is taking place: {date}.",
        "Child's wishes and feelings captured? Due {date2}.",
        "Reviewer appointed and contracted? Yes.",
        "ToR: second draft with partners.",
        "Chronology from {trust}: in, thank you.",
        "Chronology from the {district}: chased twice.",
        "Coroner's hearing listed for {date}.",
        "{police} consent to share: pending.",
        "Seven-minute briefing: first draft with the comms officer.",
        "Briefing sent to school safeguarding leads? Yes.",
        "Deadline for individual agency reports: {date2}.",
        "Named contact for the family agreed? Yes.",
        "Reflective session date: {date}.",
    ),
    "notice": (
        "Executive of the {scp}: {date}, {time} in {room}, {venue}.",
        "Reflective session for {ref}: {date2}, {time}-{time2}, {venue}.",
        "Annual conference of the partnership at {venue} on {date}.",
        "Workforce subgroup rescheduled to {date}, {time}, {room}.",
        "School safeguarding leads' forum, {venue}, {date} at {time}.",
        'Online: "{course}", {date} from {time}.',
        "Parents' information morning at {venue}, {date}.",
        "Evening briefing on exploitation, {room} at {venue}, {date}.",
        "Health forum postponed: now {date2} (was {date}).",
        "Multi-agency case file audit (neglect), {date}, {room}, {venue}.",
        "Youth advisers' meeting, {venue}, {date}, {time} until {time2}; travel paid.",
    ),
    "slack": (
        "papers for the exec are uploaded",
        "still no {trust} chronology for {ref}?",
        "got {venue} for {date}, room for 40",
        "panel form needs to go today, who's sending?",
        "{district} have a clash at {time}, would {time2} work for folk?",
        "ToR comments to me by {date} pls",
        "great meeting, will circulate actions tomorrow",
        "{police} rep for the rapid review will be a DS from public protection",
        "{period} courses open for booking, spread the word",
        "{ref} - exec first or case review subgroup?",
        "scrutineer's findings deck is on the shared drive",
        "volunteer needed for notes on {date}",
        "new agency report template is v3, not v2",
        "{icb} GP lead will join by Teams at {time}",
        "{scp} newsletter goes out {date}, any items?",
        "has anyone rung {venue} back about {date}?",
    ),
    "panel": (
        "{ref}: Panel replied {date}, content with the decision.",
        "Panel notification for {ref} submitted {date}.",
        "Deadline for sending the rapid review to the Panel: {date2}.",
        "Panel said the reasoning was clear.",
        "Panel content that {ref} stays local.",
        "{ref} report to the Panel; copies to Ofsted and DfE.",
        "Ambulance report forwarded to the Panel {date}.",
        "{ref}: Panel has had the final report since {date}, nothing back yet.",
        "Panel has given {ref} until {date2}.",
        "{ref}: a follow-up question came from the Panel on {date}; the {role} is on it.",
    ),
    "publication": (
        "Target publication date for {ref} is {date}.",
        "Publication waits for the criminal case to finish.",
        "Partners agreed on {date} to publish a summary only.",
        "Family briefed on when the report will appear.",
        "Reactive press lines drafted with {council} comms.",
        "{ref} report uploaded to the {scp} website on {date}.",
        "Briefing for staff to go out on publication day.",
        "Family asked for a delay; {ref} will now appear on {date2}.",
        "Reports are archived from the website a year after they go up.",
        "Publication plan for {ref}: partner sign-off on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to check how missed paediatric follow-ups are chased, by {date}.",
        "Action 2: {council} visit records to list every adult staying in the home.",
        "Action: {police} notifications about domestic abuse to reach schools by 8.30am.",
        "Action: {icb} to pay for ICON sessions on every postnatal ward.",
        "Action 3: {theme} to be the focus of the {period} practice week.",
        "Action: {ambulance} crews to record children present at every adult call.",
        "Action: the {district} to inform health visitors of out-of-area placements.",
        "Action 4 done: escalation policy refreshed and live from {date}.",
        "Action 5: {role} to give the executive a quarterly update.",
        "Tracker for {period}: 6 of 10 actions closed, the rest {rag}.",
        "Action 6: {trust} triage to ask who else is at home, by {date2}.",
    ),
    "housing_note": (
        "Tenancy start date now confirmed by the {district}.",
        "{district} accepted a prevention duty on {date}.",
        "The {district} is releasing two officers for the reflective session.",
        "{district} managers briefed on {ref}.",
        "{course} made mandatory for housing staff in {area} from {date}.",
        "CDC housing options team and Sussex Police checked holiday lets near Petworth used "
        "for emergency placements.",
        "CDC community safety team and Sussex Police met the estate rangers about young "
        "people drinking in the woods above Petworth.",
        "HDC community safety team walked the river path in Steyning with detached youth "
        "workers after complaints about under-age drinking.",
        "HDC housing options team raised damp and overcrowding in tied cottages near "
        "Storrington with West Sussex County Council children's services.",
        "HDC community safety team and Sussex Police discussed e-scooters on the "
        "recreation ground in Henfield.",
        "HDC housing options team briefed Sussex Community NHS Foundation Trust health "
        "visitors on emergency placements in Pulborough.",
        "MSDC community safety team dropped in on the Friday youth session in Hurstpierpoint.",
        "MSDC housing options team met school nurses about families in temporary housing "
        "in Cuckfield.",
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
        'Just added to the e-learning catalogue: "{course}".',
        "Please complete the training feedback survey by {date}.",
        "Induction morning for people new to the executive: {venue}, {date}.",
        "{course} ({period}): only a handful of places remain.",
        "{theme}: half-day practice workshop, {venue}, {date}, {time} to {time2}.",
        "Co-trainers for {course} meet to prepare: {room}, {venue}, {date}.",
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
