"""A sixty-second held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``sixtysecond_names.json``, a seeded snapshot (seed ``sixtysecond-<country>``,
  Python's ``random.Random``, through the tenth's ``dataset_people``: women and men in
  turn, no first name that is also in the table's surname list) from names-dataset 3.3.1
  (PyPI, Apache-2.0, Philippe Remy's frequency tables per country), its NL (Netherlands)
  and DE (Germany) tables. Earlier corpora that name names-dataset NL or DE took these
  ranks (checked by grepping ``tests/support`` and ``tests/test_unseen_corpora.py`` for
  ``"NL"``, ``"DE"``, Netherlands, Germany, Dutch and German): the thirteenth's 100-1499
  (ten people of each), the eighteenth's 1500-2999 (six of each) and the twenty-first's
  3000-4999 (nine of each); the twenty-second and twenty-fourth found DE's and NL's
  women's lists too short for their 5000-6999 and 7000-8999 and drew neither. So the
  surnames of both tables are drawn at 5000-11999, where no corpus drew them
  (``SURNAME_RANKS``). No women's first-name rank of DE is unused (its women's list ends
  at rank 4764) and NL's unused ones (5000-6036) are few, so the first names come from
  earlier corpora's ranks too (``FIRST_RANKS``), with every earlier snapshot's people
  filtered out: NL's from 3000 (the twenty-first's 3000-4999 and the new 5000-6299), DE's
  from 100-1499, the thirteenth's. DE's first names were drawn at 3000-7399 and at
  1500-2999 first, and read by hand as nearly all other countries' names or names of the
  other sex's column (two German names among 80 people, and two among 60), so they were
  drawn again where the table's German names are. Only entries in plain letters are drawn
  (``ASCII_ONLY``): entries with an umlaut, an eszett or an accent are not drawn at all
  rather than rewritten, so the snapshot keeps names as the tables already type them in
  plain letters (``Juergen``, ``Uijttewaal``), as a social worker in England would type
  them; nothing was changed by hand. The filter keeps no word of any earlier snapshot
  (``EARLIER``: every ``*_names.json`` through the fifty-seventh's, with those of the
  fifty-eighth to the sixty-third but this one, written alongside, read when they are
  there, beside this file or in their own worktrees). Every draw was read by hand. The
  deep ranks hold much that is not a name: Dutch and German words (``Jongerenwerker``,
  ``Aannemersbedrijf``, ``Schoonheidssalon``, ``Vakantiehuis``, ``Communicatie``,
  ``Voetbal``, ``Hebamme``, ``Kreativ``, ``Feiertag``, ``Walzer``), places
  (``Leeuwarden``, ``Almere``, ``Amstelveen``, ``Helmond``, ``Oujda``, ``Elbe``,
  ``Schaumburg``), brands and names from films (``Becks``, ``Scooby``, ``Mcfly``,
  ``Urmel``), pet forms (``Tedje``, ``Fleurtje``, ``Minchen``, ``Sjakkie``), typos
  (``Ninaa``, ``Lisaa``, ``Guiseppe``, ``Schn``), names of the other sex's column (``Ulf``
  and ``Ottmar`` among the women, ``Marretje`` and ``Teatske`` among the men), and the
  names of other countries (Turkish, Moroccan, Balkan, Greek, Polish, Persian, Thai,
  Vietnamese, Ethiopian and Eritrean names in both tables); they were put in ``NOT_NAMES``
  and drawn again, five times (NL's first names at 5000-6299 in the first draw only; the
  last four with more people asked for, the last one's counts ``PACKAGE_DRAWN``), and in
  the last draw the people with such an entry (``DROPPED``) were left out without drawing
  again. When the snapshots of the corpora written alongside appeared, one entry more
  (``Trista``, an English name) came into the draw and was put in ``DROPPED`` too, so the
  draw gives the same snapshot with or without them. ``DRAWN`` is what is kept: 28 NL
  and 27 DE people, read by hand as Dutch, Frisian and Flemish names and German ones.
  Regenerate with ``uv venv /tmp/regen62 && uv pip install -p /tmp/regen62
  names-dataset==3.3.1 && PYTHONPATH=. /tmp/regen62/bin/python -m
  tests.support.sixtysecond_corpus``; names-dataset is not a dependency and the corpus
  itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (fen, eel, osier, peat and skating
  words), each starting with a letter from I to Q, none in an earlier corpus file
  (``NICKNAMES``; each checked by grepping ``tests/support`` and the other worktrees'
  ``tests/support``, whole words, any case).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (checked by grepping their files: a fen skating race steward, a celery
  packer, a drainage pump engineer, a model aircraft club member, a fishing tackle shop
  owner, a hedge-laying tutor, a basket maker, a water-ski instructor at a gravel pit, a
  darts league captain, a vintage tractor exhibition steward, an eel catcher, an onion
  field gang worker, a judo coach, an amateur radio club member, a crop sprayer driver, a
  combine harvester driver, a seed merchant's counter clerk, a pet shop assistant, a
  burger van owner, a milk round driver, a sign language interpreter, a bouncy castle hire
  man, a karting track marshal and a stone mason), in lower case and in sign-offs; names
  and give-away details in pseudonyms; nicknames; dates of birth in twelve typed forms;
  addresses on invented streets (``STREETS``) in the real towns of the areas; postcodes;
  phone, NHS and NI numbers; invented schools and a pupil referral unit (``SCHOOLS``);
  email addresses; written out by the twenty-fifth's ``identifying_of`` through the
  twenty-seventh's.
- Benign text, written by hand (``BENIGN``), each template filled three times at most
  (the twenty-first's ``_uses``). About a third is long (case summaries, rapid review
  decisions, minutes, partner emails and local review notes); the rest is short:
  chronology entries, checklist lines, notices, Slack messages, notes on the Panel and on
  publication, improvement actions, housing and community safety notes, training news.
  It is set in twelve towns and
  large villages of Cambridgeshire that no earlier corpus file names (``AREAS``; each
  checked by grep, whole word, in ``tests/support`` and the other worktrees): Chatteris,
  Whittlesey, Littleport, Burwell, Linton, Cottenham, Histon, Melbourn, Yaxley,
  Somersham, Kimbolton and Buckden. Of the brief's suggestions Bottisham and Gamlingay
  were not taken (no room). Cambridgeshire is two-tier, and its four district councils
  here are earlier corpora's areas (their tests forbid the names in other corpus files),
  so they are written by their initials, as staff type them: FDC (for Chatteris and
  Whittlesey), ECDC (for Littleport and Burwell), SCDC (for Linton, Cottenham, Histon and
  Melbourn) and HDC (for Yaxley, Somersham, Kimbolton and Buckden). The county's
  children's services are Cambridgeshire County Council's. Checked with the ``search``
  tool: the partnership's own site (safeguardingcambspeterborough.org.uk) names the
  Cambridgeshire and Peterborough Safeguarding Partnership Board, whose partners are
  Cambridgeshire County Council, Peterborough City Council, Cambridgeshire Constabulary
  and the Cambridgeshire and Peterborough Integrated Care Board (once the CCG), and its
  annual report names the Cambridgeshire and Peterborough Safeguarding Children
  Partnership Board, the name written here (``SCP``). Written from memory, not checked:
  the full name NHS Cambridgeshire and Peterborough Integrated Care Board, East of
  England Ambulance Service NHS Trust, which trust serves which town (North West Anglia
  NHS Foundation Trust for the six northern towns, Cambridge University Hospitals
  NHS Foundation Trust for the others, Cambridgeshire Community Services NHS
  Trust and Cambridgeshire and Peterborough NHS Foundation Trust for all; other hospitals
  also serve some of them), and every venue (the libraries and the village halls,
  community and leisure centres named in ``AREAS``); some may be named differently, have
  moved, closed or not exist. Venues are council offices, libraries, halls, leisure
  centres and community centres, never a person's address. Roles, themes, courses, rooms,
  times and periods come from the twenty-first through the twenty-second's ``DRAWS``, and
  nobody in the benign text is named except by role.
- Identifiers are all invented by the tenth corpus's ``person_values`` in ranges set
  aside for fiction or never issued: telephone numbers in Ofcom's drama ranges, 999 NHS
  numbers whose check digit is right, QQ national insurance numbers, addresses at
  example.com, example.org and example.net, and postcodes shaped like real ones in
  postcode areas Royal Mail has never had. Samples naming a drawn person carry the source
  ``names-dataset-NL`` or ``names-dataset-DE``, those naming a nickname
  ``hand-nicknames``, and all others ``hand``.
- The benign pseudonyms (``BENIGN_PSEUDONYM_TEXT``) are as DOMAIN.md has them: initials,
  alone or after a word of ``PSEUDONYM_WORDS``, a sibling by number or letter, and fen
  words (droves, lodes, washes) that are nobody's first name (``CHOSEN``).

None of the drawn names is a word of the benign text (had one been, ``assembled`` would
have left its person out). Nobody has run the guard on this corpus: nothing here was tuned
to what the guard says.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import (
    fortyeighth_corpus,
    fortysecond_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
)

# What the tenth's ``person_values`` and the twenty-fifth's filter read from a corpus, and
# the helpers that draw, write and read its snapshot, by name from the fifty-seventh, which
# gathers the earlier corpora's own.
from tests.support.fiftyseventh_corpus import (
    DATASET_DRAWN,
    DRAMA_PREFIXES,
    INWARD_LETTERS,
    PLAIN,
    POSTCODE_AREAS,
    ROMANISED,
    _district,
    _earlier_names,
    assembled,
    benign_words,
    dataset_people,
    nhs_check_digit,
    snapshot_people,
    table_entry_ok,
    write_snapshot,
)
from tests.support.fiftyseventh_corpus import EARLIER as _EARLIER_57
from tests.support.independent_corpus import Sample

__all__ = ["DATASET_DRAWN", "DRAMA_PREFIXES", "INWARD_LETTERS", "PLAIN", "POSTCODE_AREAS"]
__all__ += ["ROMANISED", "benign_words", "nhs_check_digit", "samples"]

SEEN = ""
NAMES_FILE = Path(__file__).with_name("sixtysecond_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), NL and DE tables"
SEED = "sixtysecond-<country>"
#: The corpora written alongside this one, whose snapshots are read when they are there.
ALONGSIDE = ("fiftyeighth", "fiftyninth", "sixtieth", "sixtyfirst", "sixtythird")
#: Every earlier snapshot: the fifty-seventh's list and its own, and those of the corpora
#: written alongside.
EARLIER = tuple(
    dict.fromkeys(
        (*_EARLIER_57, "fiftyseventh_names.json", *(f"{n}_names.json" for n in ALONGSIDE))
    )
)
#: The ranks drawn here (see the docstring for the ranks earlier corpora took): both
#: tables' surnames where no corpus drew, and each table's first names.
SURNAME_RANKS = {"NL": (5000, 12000), "DE": (5000, 12000)}
FIRST_RANKS = {"NL": (3000, 6300), "DE": (100, 1500)}
COUNTRIES = ("NL", "DE")
PACKAGE_DRAWN = (("names-dataset-NL", 250), ("names-dataset-DE", 200))
DRAWN = (("names-dataset-NL", 28), ("names-dataset-DE", 27))
#: Both tables in plain letters only (nothing drawn from another source or romanised: the
#: fifty-seventh's empty ``DATASET_DRAWN`` and ``ROMANISED``).
ASCII_ONLY = frozenset(COUNTRIES)


def _words(text: str) -> list[str]:
    """The words of a block of text, one name each (the lists below are long)."""
    return text.split()


#: Entries of the draws read by hand as words, places, brands, pet forms, typos, names of
#: another country or of the other sex's column: put here and drawn again.
NOT_NAMES = frozenset(
    _words(
        """
    Aannemersbedrijf Abdessalam Abdikadir Abdulahi Abukar Adriane Afshin Ahsen Ailina Aisel
    Aivaras Akka Alara Albena Alhoceima Alieva Alissia Alja Almere Alush Amien Amstelveen
    Anahita Anaid Anastazja Ande Anela Angenita Annekee Anneriek Annoniem Antepli Antigoni
    Antoaneta Antun Appiee Arbnor Ario Aroena Arres Arsham Arzo Aschraf Asli Atanasova Atce Atha
    Atse Aurelian Awat Awaz Ayca Aycan Azarkan Babsy Banaan Barny Bartele Basilis Bassant
    Bastienne Bayazit Beate Beautyby Becks Benedetto Benne Berco Berit Berkania Berkanii Berthie
    Besart Besic Besime Biagio Binnur Birgitte Birthe Bislim Bjarne Bleon Blik Bloeme Bodur
    Boguslawa Bolly Bori Bostanci Bouchta Boudine Boujemaa Bow Bozz Brenden Brini Bruun Bue
    Calin Canpolat Cansel Carin Carley Cathi Cebeci Celalettin Cesco Chantana Chantii Chemene
    Christiaan Christoffel Cilem Cimen Cirillo Cobanoglu Coline Colle Communicatie Concetta Cor
    Corbin Cordi Corma Cristiaan Crypto Czeslaw Dakka Dalen Dalgic Dames Danail Daveny Davide
    Davyd Debipersad Deddy Deea Deidre Dejvid Deldar Delila Demaj Deniise Deti Deyan Dieni
    Dijwar Dimitrie Dimitrina Dimov Djali Djan Djem Djony Doe Doekhi Doeterniettoe Domenique
    Donja Dorianne Dotje Dummer Dune Dzana Eartha East Eer Egzon Eichel Ekkehardt Elbe Elidrissi
    Elisavet Elze Emila Emmaly Ena Enie Enisa Ennovy Enzio Erasmus Erencan Erjan Erroll Ersel
    Ertem Esan Esey Esley Eugeniusz Fabe Fahriye Faina Farai Fehim Feiertag Felicitas Ferna
    Fetiye Fetsje Feuer Fevziye Fikre Filippo Finster Firma Firoza Fleurtje Flex Floh Floors
    Florieke Frankenberg Frannie Franzisca Frehiwet Friedy Gaat Gennaro Gent Georgieva Georgio
    Geralt Geran Gerges Gerit Getty Geurtje Ghazaleh Giang Gig Gino Giota Gisela Gisette Gok
    Gonsior Goretzki Grard Grote Guiseppe Guit Guleser Gunter Gyltene Haaye Habtu Hanse Harrit
    Hasibe Haze Hebamme Hebk Heika Heine Heinie Helmond Henderie Hengst Henni Hennita Herre
    Hetem Hjalmar Honig Hotske Houman Hue Huibrecht Huizen Huseyin Husic Hut Huyen Huzen Iemke
    Ietsje Ignace Ijda Ijzendoorn Ike Ileri Ilirjana Indo Inkie Ipe Isayas Isler Issak Izel Jaad
    Jaap Jacoliene Jaell Jamai Janetta Janhenk Jaromir Jaron Jaschinski Jassy Jaylano Jea Jelles
    Jenine Jeroen Jerrie Jielis Jilali Jiyan Joa Joerg Jogi Jolmer Jongerenwerker Jopke Jork
    Joro Josii Joudy Joussef Jozo Jubitana Julina Julka Jullian Jurek Jus Jussy Kachel Kafka
    Kaltrina Kamuran Karaagac Karzan Katleen Kaydee Kaynar Keely Kelley Kersti Kessy Kevork
    Khallil Khashayar Khodadad Kien Kire Klaar Klang Kleis Kleopatra Kloster Kluivert Kohlen
    Kornel Kowollik Krasimira Krautwurst Kreativ Kri Krissi Lahsen Laika Lamiae Lampie Landa
    Langenfeld Larysa Las Laurentius Leeuwarden Lefteris Lejon Lennart Lenno Liese Lijdia Limmen
    Linker Lisaa Ljubinka Ljupka Lop Lorette Louella Louhenapessy Louisa Lucien Lude Ludger
    Ludia Lukie Lusine Lute Lydi Lysander Lyudmyla Machtelt Maerz Mahmutovic Maiken Malte Manos
    Manouschka Manu Mapa Marcellus Margrieta Marijse Mariq Maritt Mariwan Mariyana Marlise
    Marloe Marnel Maroucha Marouschka Marretje Marzanna Materne Matla Matte Maurik Mcfly
    Mehmetcan Mekki Memeti Mentor Meo Mesic Meter Metty Micke Mieczyslaw Mijnie Milicia Milijana
    Minca Minchen Minus Miranca Misini Miskovic Morty Mouaad Mua Muge Munevera Muse Nderim Neagu
    Nehat Nektaria Nell Nerman Nesi Nevets Nickie Nicolaus Niglo Nikolova Nilay Niloufar Ninaa
    Nineke Ninja Ninon Njomza Nny Nonja Nooshin Norm Nourdin Nurdane Oberst Obispo Oguz Okkes
    Okkie Olmo Orsi Orson Ottmar Oudenaarden Oujda Oumi Outlet Paling Panday Parvaneh Pascall
    Pascha Pasqua Patricija Pavlos Peke Pep Perle Pet Petje Petrick Philly Phuc Piep Pippa Pippi
    Pisano Pitty Platte Ploni Plop Poepjes Poeran Ragip Rajco Ramdien Ramize Ranja Rayco Rayvano
    Recai Reece Rel Rensje Renskje Reu Rexha Rexhep Reyhaneh Reyno Richarda Richeline Richtsje
    Ringo Rits Robiel Roell Rojda Romal Rosco Rosica Rostam Roxeanne Ruhe Runde Rust Rzgar Saak
    Sabrie Sabs Sakis Sallie Salvo Samaneh Samen Sandera Sarella Sasch Sassie Savine Sayit
    Schaik Schaumburg Schildersbedrijf Schn Schoonheidssalon Scooby Scotty Sebnem Sedoc Semmie
    Serginho Serr Serwan Setareh Seymen Seynab Shahwan Shairon Shanita Shanne Shaqir Shardha
    Sharmayne Sharyn Shefki Shelina Sherwan Shkodran Sidika Simos Sinasi Sintija Sinto Sinus
    Sivar Sja Sjakkie Sjeel Sjim Slats Slavcho Slavisa Snackers Snap Soesila Sofieke Soldaat
    Sommai Soufyane Soykan Spelletjes Spiel Staf Statia Stefana Stip Stoppels Styn Subasi Sunisa
    Svetlin Sweep Swinda Sykes Synke Szczepanski Tahirovic Talina Tanko Tastan Tat Tatli Teatske
    Tedje Telat Tezcan Theike Theu Thimo Tieke Tietie Tjallie Tjandra Tjapko Todorova Toll Tomaz
    Toussaint Truce Tugra Turgay Tyrell Tys Ulf Ulricke Ulviye Urmel Urmi Uyen Uygur Vahe
    Vakantiehuis Valentino Varisha Vartan Vaska Vasko Vatos Ves Veselin Veysi Vidar Violett
    Vittorio Voetbal Vreni Vrienden Walzer Wanida Waterberg Wayan Weich Wenneke Werf Wiena
    Wiljam Wilmi Witold Wonny Wop Wyke Xalo Xam Xiaoli Yaniv Yanniek Yanou Yifei Yolan York Youn
    Ysein Yvy Zant Zewdi Zinedine Ziva Ziynet Zohal Zonnetje Zorg Zoubeir Zulfu Zumbul Zuza
    Zwany
    """
    )
)
#: Entries of the last draw read so, whose people were left out without drawing again.
DROPPED = frozenset(
    _words(
        """
    Abdeljalil Abdelkhalak Abdulkadir Adey Adina Adis Admir Aileen Akky Aleks Alessia Aljona
    Amela Andranik Aneliq Annebelle Annelyn Annemee Annina Antonino Apo Apostolis Arian Armend
    Asen Athanasios Auge Bahattin Bami Bard Bardia Bastin Batuhan Bekim Berkan Berna Berrin
    Beyza Bianc Bisoen Blacka Blerim Bliksem Bonin Bonny Botan Brauch Brit Burney Canim Carlotta
    Carmela Celin Cemal Ceyda Chihab Chretienne Conni Danie Danniek Dasja Deef Dehab Dempsey
    Denislav Devante Dimara Dimitra Dimitri Dimitris Dinet Dirry Dittie Diyan Diyar Djai Dom
    Dominic Drik Dung Edger Edine Edip Efecan Efi Eiko Elahe Elgin Elmy Enver Enza Epic Erni
    Evander Evangelos Evrim Eylem Eymen Fabio Fabrizio Fadil Fadime Faik Faouzia Farahnaz
    Faramarz Fatemeh Fatme Ferit Ferri Flamur Foos Franky Franzi Frency Friedie Futsum Gayane
    Geese Gelly Giannis Gilano Giorgi Giorgio Gipsy Giuseppina Giusi Gosho Graeme Gulcan
    Gulderen Gulnur Gunay Gunel Hakki Hamide Hanifi Hanim Hanky Harnold Harrij Hasret Hayri
    Hayriye Helouise Henke Henki Hidir Hillery Honorata Hrant Ibou Ichelle Ilaisa Ildiko Ilyasse
    Ilyes Indre Iri Iro Isko Janek Janette Janka Janni Jaques Jelinek Jenairo Jenner Jenno Jil
    Jiry Joanita Joasia Jola Jolo Jongerenwerk Josi Julide Juninho Jusuf Kajan Kar Kat Kayo
    Kelcey Kemi Kiefer Kier Killian Kimi Kirstie Kjelt Koekie Koekje Koray Krasi Krissy Lari
    Lauretta Laurin Lexie Lilit Lindomar Linny Lissi Loca Luminita Mahshid Mairo Makda Makis
    Maletzki Manne Marcello Marenka Marijntje Marilva Markjan Marlena Marlijne Marthyn Maurizio
    Meddy Medina Mehtap Meiko Mela Melita Menkem Mergim Merlin Mher Mikel Minoes Mirco Mirsad
    Moess Mootjee Muhamet Muharrem Muhidin Muhlis Naas Nadire Nafiye Naftali Nardo Nasreddine
    Nawien Nazmiye Nebiat Necmi Nedim Neill Nenny Nermin Nesrin Nguyet Nhung Nieky Nihat Nikay
    Nizamettin Norman Nursel Nusret Odie Olav Panagiotis Panter Patriek Pea Peggy Pejman Pembe
    Peterpaul Petronilia Piene Plien Poppie Prisje Quenten Quita Ramtin Ravenna Remo Remziye
    Reno Resa Retno Ridvan Rifia Robien Rodny Romanowski Romey Rossbach Rtje Saan Sab Sacdiya
    Sahila Sakine Sanem Sarine Sarolta Sazan Scarlett Schilder Sead Sebahat Sebahattin Sediq
    Selahattin Selmar Semih Seraja Serban Serenity Sergen Seval Sevil Sevtap Shalina Shalinie
    Shaq Sharonne Shinta Sibo Sibylle Sille Sippy Sjako Sje Skender Slawik Soeraya Songul
    Sophieke Sotiris Sraar Stanimir Stefania Steinhagen Stelios Sterk Stian Suat Sulaika Suleika
    Susannah Suse Suz Tadek Takshita Tawan Tesfom Tetje Theon Thie Tiest Tiety Tigisti Tiziana
    Tommaso Tor Trista Tuana Tugay Tugba Tugce Urwin Veertje Vesile Visar Vivi Vlado Wanja Wilem
    Wioleta Wladimir Yordanka Yorinde Yuliyan Zarife Zayneb Zekeriya Zeki Zerrin Zettel Zilan
    Zillah Zirkel Zorana Zusje
    """
    )
)


#: A names-dataset entry to draw from: the tenth's test, plain letters, less ``NOT_NAMES``.
_usable = partial(table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def _alongside_words() -> set[str]:
    """The words of the snapshots of the corpora written alongside, in their worktrees
    while they are being written (read only when regenerating)."""
    words: set[str] = set()
    for folder in sorted(Path("/work").glob("wt-*/tests/support")):
        for name in ALONGSIDE:
            path = folder / f"{name}_names.json"
            if path.exists():
                people = snapshot_people(path, set())
                words |= {w.casefold() for pairs in people.values() for p in pairs for w in p}
    return words


def regenerate_names() -> None:
    """Draw each table's people through the tenth's ``dataset_people`` at its own ranks
    (names-dataset importable only here), leave out ``DROPPED``, write the snapshot."""
    beside = tuple(name for name in EARLIER if NAMES_FILE.with_name(name).exists())
    taken = _earlier_names(beside) | _alongside_words()
    kept: dict[str, list[list[str]]] = {}
    for (source, asked), country in zip(PACKAGE_DRAWN, COUNTRIES, strict=True):
        at = (SURNAME_RANKS[country], taken, "sixtysecond", _usable, FIRST_RANKS[country])
        table = dataset_people(((country, asked),), at[0], *at[1:])[country]
        kept[source] = [person for person in table if DROPPED.isdisjoint(person)]
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, kept)


_people = partial(snapshot_people, NAMES_FILE)

# --- made-up identifiers: invented streets and schools in the real towns ------------------

STREETS = ("Eel Trap Close", "Osier Bed Lane", "Washland Drove", "Celery Trench Row")
STREETS += ("Pump Engine Walk", "Skater's Meadow", "Sedge Cutter's Way", "Brickpit Holt")
TOWNS = ("Chatteris", "Whittlesey", "Littleport", "Burwell", "Linton", "Cottenham")
TOWNS += ("Histon", "Melbourn", "Yaxley", "Somersham", "Kimbolton", "Buckden")
SCHOOLS = ("Skater's Meadow Pupil Referral Unit", "Washland Drove Community Primary")
SCHOOLS += ("Osier Bed Infants' School", "St Ovin's C of E Primary Academy")
SCHOOLS += ("Sedge Cutter's Junior School", "Brickpit Holt Free School")
SCHOOLS += ("Eel Trap Close Nursery", "Celery Trench Village College")
SCHOOL_SHORT = ("Washland Drove", "Osier Bed", "St Ovin's", "Sedge Cutter's", "Brickpit Holt")
RELATIVES = ("oma", "opa", "tante", "oom", "nan", "step-dad", "mum's partner", "great-aunt")
#: A date of birth typed twelve ways (in the fields of the tenth's ``_date``); below, the
#: forms of the meeting and notification dates of the benign side.
BIRTH_FORMS = ("{d}.{m}.{y}", "{dd}-{mm}-{yy}", "{d} {mon} '{yy}", "{wd} the {d}{th} of {mon}")
BIRTH_FORMS += ("{mo} {dd} {y}", "{y}/{mm}/{dd}", "{d}{th} {mo}. {y}", "{dd}{mm}{y}")
BIRTH_FORMS += ("{d}/{m}/{yy}", "{mon} {d}, {y}", "{d} - {mm} - {y}", "the {d}{th} {mon} {y}")
WHEN_FORMS = ("{wd} {d}{th} {mon}", "{d}.{mm}.{y}", "{d} {mo} {y}", "{wd} {dd}/{mm}")
WHEN_FORMS += ("{mon} {d}{th}",)
#: Births of children up to 17 (the forty-second's), typed in ``BIRTH_FORMS``.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# {f} {l} is the child, {g} {h} a parent or carer, {k} a brother or sister and {rel} another
# relative, as the tenth's person_values fills them.
NAME_TEXT = (
    "Steward at the fen skating races says {f} {l}, 10, was left on the ice after dark "
    "with no gloves while {g} drank in the van.",
    "A celery packer on the night line says {g} {h} slapped {f} in the canteen for asking "
    "for a sandwich and the child's lip was bleeding.",
    "The drainage pump engineer found {f} {l} and {k} sheltering in the pumping station "
    "at 6am, saying they could not go home till {g} sobered up.",
    "member of the model aircraft club says {f} {l} turns up at the field every weekend "
    "with nobody, says {g} doesn't know where they are",
    "Owner of the fishing tackle shop says {f} {l}, 13, is buying maggots for a man in his "
    "forties who waits outside in a car and gives them cash.",
    "Hedge-laying tutor on the course says {g} {h} brought {f} along and hit the child "
    "with a hazel stake when they dropped the billhook.",
    "The basket maker says {f} {l} told her {g} locks them in the coal shed when they wet the bed.",
    "Water-ski instructor at the gravel pit says {f} {l}, 15, has been dropped off by "
    "different men every Saturday and one of them filmed her in the changing hut.",
    "Darts league captain says {g} {h} brings {f}, 6, into the pub till closing on match "
    "nights and the child falls asleep under the oche.",
    "A steward at the vintage tractor rally saw {g} {h} drag {f} across the car park by the "
    "hair and throw them into the back of a Land Rover.",
    "The eel catcher on the river says {f} {l} has been living in a tent on the washes "
    "with {g} since they were evicted and is not going to school.",
    "Onion field gang worker says {f} {l}, 14, is on the gang bus at 5am most days and {g} "
    "collects the child's wages at the end of the week.",
    "Judo coach says {f} {l} has bruising on both upper arms in the shape of hands and "
    "said {g}'s boyfriend grabs them when he is angry.",
    "Amateur radio club member says {f} {l}, 12, has been chatting at night to an adult "
    "who asked for pictures and said {g} never checks.",
    "Crop sprayer driver saw {f} {l} walking alone on the drove road at midnight in "
    "pyjamas, said {g} had thrown them out.",
    "The combine harvester driver says {g} {h} lets {f}, 9, ride on the header of the "
    "machine and laughs when the child screams.",
    "Counter clerk at the seed merchant says {g} {h} came in with {f} and the child had a "
    "black eye and a cut that had not been seen to.",
    "A pet shop assistant says {f} {l}, 11, spends every afternoon in the shop because "
    "there is no one at home and {g} says not to come back till nine.",
    "The burger van owner at the lorry park says {f} {l}, 16, is getting into cabs with "
    "drivers and {g} has been seen taking money from one of them.",
    "Milk round driver says {f} {l} was on the doorstep at 4am crying for {g}, who had "
    "gone out the night before and not come back.",
    "A sign language interpreter at the clinic says {g} {h} will not let {f} sign about "
    "home and slaps the child's hands down.",
    "Bouncy castle hire man says {g} {h} left {f} and {k} with him at a party and never "
    "came back for them, phone off.",
    "Marshal at the karting track says {f} {l}, 14, has been seen with a man who gives "
    "him laps for free and drives him home at night.",
    "The stone mason in the churchyard says {f} {l} sleeps in the church porch most "
    "nights since {g} {h}'s new partner moved in.",
)
NAME_LOWER = (
    "skating steward again - {fl} {ll} left on the ice",
    "{fl} in the pump house, {gl} not picking up",
    "celery line rang, {gl} {hl} hit {fl} in the canteen",
    "{ll} children in the tent on the washes again",
    "onion gang bus - {fl} on it at 5am instead of school",
    "{gl} {hl} left {fl} at the bouncy castle party",
    "tackle shop says {fl} {ll} buying for the man in the car",
    "judo coach says {fl} {ll} has marks on both arms",
    "rang {fl}'s {rel}, went to voicemail",
    "{fl} {ll} not at breakfast club since monday",
    "karting track, {fl} seen with that man again",
    "milk round - {fl} on the doorstep at 4am",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "the {l} twins",
    "{f} (age {age})",
    "{fi}. {l}",
    "{f} and {k}",
    "young {l}",
    "the {l} lad",
    "{g} {h}'s eldest",
    "{f} from the washes",
    "{l}, {f}",
)
SIGN_OFF = (
    "dont tell them i said\n{fl}",
    "Kind regards\n{g} {h}\n{rel} of {f}",
    "cheers\n{g} (mum of {f} and {k})",
    "{f} {l}\nsorry for the spelling",
    "Written for {f} by their {rel}, {g} {h}",
    "Yours,\n{g} {l}\nfoster carer",
    "{g} - {f}'s {rel} - on lates this week",
    "{f} {l} age {age}",
    "{g} {h}, kinship carer for {f}",
)
NICKNAMES = ("Inkblot", "Icepip", "Jellyeel", "Jumblebun", "Kettlewhistle", "Knucklebone")
NICKNAMES += ("Lodeboy", "Lampwick", "Marshmite", "Nettlepop", "Osierling", "Oilskin")
NICKNAMES += ("Peatbrick", "Pikelet", "Quagboot", "Quillpig")
NICKNAME_TEXT = (
    "The lads at the lorry park call her {n} and send her to fetch their cigarettes.",
    "Out on the washes he only answers to {n}; the men in the caravans give him cider.",
    "Staff at the skating races heard {f}'s {rel} bawling {n} across the ice after midnight.",
    "{n} is what the man from the onion gang has her saved as in his phone, the DSL says.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} ({l})")
DOB_TEXT = (
    "DOB from the GP record {dob}",
    "d.o.b. {dob}",
    "{g} says {f}'s birthday is {dob}",
    "school roll DOB {dob}",
    "born {dob} at Hinchingbrooke",
    "{f} {l} - born {dob}",
    "{dob}, which makes him {age}",
    "{rel} gave {dob} but the nursery has another date",
    "born {dob}, 33 weeks, in special care",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "{g} on {phone}",
    "{rel} - {phone}",
    "home phone {phone}",
    "the texts came from {phone}, {f} says it is the man from the lorry park",
    "oma's number {phone}",
)
NHS_TEXT = (
    "NHS num {nhs}",
    "{f}'s NHS number is {nhs}",
    "newborn NHS no {nhs}",
    "from the A&E letter, NHS {nhs}",
)
NI_TEXT = (
    "mum's NINO {ni}",
    "step-dad's NI {ni}",
    "dad's NI number {ni}",
    "{rel}'s national insurance {ni}",
)
ADDRESS_TEXT = (
    "now at {street}, {town}",
    "sofa surfing at {street} with mum's friend",
    "home visit {street}, {town} - no answer, blinds down",
    "{f} is staying with her {rel} on {street}",
    "police out to {street} three times since Christmas",
    "evicted from {street}; living in the car in {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "pc - {postcode}", "moved, new postcode {postcode}")
SCHOOL_TEXT = (
    "{f} attends {school} (year {year_group})",
    "{school} Y{year_group}, attendance 61%",
    "DSL at {short} phoned at lunchtime",
    "{f} started at {short} in September",
    "{f}, {school}: {n2} sessions missed since half term",
)
EMAIL_TEXT = ("{g}'s email: {e}", "the email came from {e}", "you can reach {g} {h} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} at {street}",
    "{fi}{li} - Y{year_group} - {short}",
    "the child at {postcode}",
    "{fi}{li} (NHS no {nhs})",
    "{l} girl aged {age}, {town}",
    "{fi}{li} born {dob}",
    "year {year_group} at {school}",
    "the {l} household, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: The partners. District councils named by an earlier corpus's area are written by
#: initials (see the docstring).
_NWAFT = "North West Anglia NHS Foundation Trust"
_CUH = "Cambridge University Hospitals NHS Foundation Trust"
_CCS = "Cambridgeshire Community Services NHS Trust"
_CPFT = "Cambridgeshire and Peterborough NHS Foundation Trust"
_COUNTY = {
    "council": ("Cambridgeshire County Council children's services",),
    "police": ("Cambridgeshire Constabulary",),
    "icb": ("NHS Cambridgeshire and Peterborough Integrated Care Board",),
    "ambulance": ("East of England Ambulance Service NHS Trust",),
}
_NORTH = _COUNTY | {"trust": (_NWAFT, _CCS, _CPFT)}
_SOUTH = _COUNTY | {"trust": (_CUH, _CCS, _CPFT)}

#: The twelve areas, towns and large villages no earlier corpus file names: the district
#: council's teams, the partners, and two civic venues of the town (libraries, halls,
#: community and leisure centres). The kinds are ``KINDS``.
_TOWN_TABLE: dict[str, tuple[str, dict[str, tuple[str, ...]], str, str]] = {
    "Chatteris": ("FDC", _NORTH, "Chatteris Library", "Chatteris Community Centre"),
    "Whittlesey": ("FDC", _NORTH, "Whittlesey Library", "Manor Leisure Centre, Whittlesey"),
    "Littleport": ("ECDC", _SOUTH, "Littleport Library", "Littleport Leisure Centre"),
    "Burwell": ("ECDC", _SOUTH, "Burwell Library", "Gardiner Memorial Hall, Burwell"),
    "Linton": ("SCDC", _SOUTH, "Linton Library", "Linton Village Hall"),
    "Cottenham": ("SCDC", _SOUTH, "Cottenham Library", "Cottenham Village Hall"),
    "Histon": ("SCDC", _SOUTH, "Histon Library", "Histon and Impington Village Hall"),
    "Melbourn": ("SCDC", _SOUTH, "Melbourn Library", "Melbourn Community Centre"),
    "Yaxley": ("HDC", _NORTH, "Yaxley Library", "Yaxley Village Hall"),
    "Somersham": ("HDC", _NORTH, "Somersham Library", "Somersham Village Hall"),
    "Kimbolton": ("HDC", _NORTH, "Kimbolton Village Hall", "Kimbolton Community Centre"),
    "Buckden": ("HDC", _NORTH, "Buckden Library", "Buckden Village Hall"),
}
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    town: partners | _district(initials) | {"venue": (first, second)}
    for town, (initials, partners, first, second) in _TOWN_TABLE.items()
}
#: The kinds of partner (the forty-eighth's ``KINDS``) and the areas in turn; one
#: partnership for all twelve, by the name its annual report gives; each agency once.
KINDS, PARTNERSHIPS = fortyeighth_corpus.KINDS, tuple(AREAS)
SCP = {
    town: "Cambridgeshire and Peterborough Safeguarding Children Partnership Board"
    for town in AREAS
}
AGENCIES = tuple(dict.fromkeys(p for a in AREAS.values() for kind in KINDS for p in a[kind]))
#: This corpus's review references and age bands beside the twenty-second's roles, themes,
#: courses, rooms and periods; the benign pseudonyms' words, the twenty-second's and ours.
REFERENCES = ("RR 62-01", "LCSPR 62/05", "RR/62/09", "CSPR-62-03", "RR 62/14", "TR 62-07")
AGE_BANDS = ("aged five weeks", "under one", "aged two", "aged 12", "aged 16")
DRAWS = {**twentysecond_corpus.DRAWS, "ref": REFERENCES, "age_band": AGE_BANDS}
PSEUDONYM_WORDS, CHOSEN = twentysecond_corpus.PSEUDONYM_WORDS, ("Washland", "Lode", "Drove")
CHOSEN += ("Sluice", "Osier", "Sedge", "Dyke")

_P = " The partnership's quality assurance group will hear how this is going in {period}."
_S = "\n\nPlease reply to the business unit by {date}.\n\nThanks,\nSafeguarding partnership team"
#: The benign templates, by register (each sample's category): ``_uses`` fills each one to
#: three times; about a third are long, within the 500 characters a note field holds.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}. A girl {age_band} living near {area} was taken to {trust} with "
        "burns to both feet that looked like immersion in hot water; the family said she had "
        "stepped into a bath. {police} joined a strategy discussion the same evening. The "
        "review will ask why two earlier missed health checks were not followed up." + _P,
        "{ref}: a boy of 16 from {area} was stabbed outside a takeaway after months of "
        "carrying drugs for an older group. He had been excluded twice and was on a part-time "
        "timetable. The reviewer will look at what the exploitation screening told agencies "
        "and why the youth offer stopped when he turned sixteen.",
        "Farm work brought a family to {area} for the vegetable harvest, living in a mobile "
        "home behind a packhouse. A child {age_band} went six months without a GP or a school "
        "place. {ref} will ask how partners learn that children of seasonal workers have "
        "arrived, and who checks that their housing is safe." + _P,
        "Context for {ref}. A girl of 13 told her form tutor that her stepfather's friend "
        "had been messaging her and meeting her after school. Her aunt had raised the same "
        "worry with the police non-emergency line months before. The {scp} wants to "
        "understand what happened to that first call and how {council} now hears of them.",
        "Background ({area}): a baby {age_band} died in an adult bed after the mother had "
        "taken prescribed medication that made her drowsy. Safer sleep advice had been given "
        "at birth and again by the health visitor. {ref} asks whether the advice dealt "
        "with medication and how it reached the grandmother who often stayed over." + _P,
        "{ref}, short account: a girl {age_band} with autism and a heart condition missed "
        "clinic after clinic at {trust} over two years while the family moved between "
        "three rented homes. School, the GP and the cardiac nurse each knew part of it. The "
        "review will examine how was-not-brought is recorded and passed on between teams.",
        "Panel summary, {area}. A 12-year-old looked after younger siblings most evenings "
        "while both parents worked shifts at a distribution centre and one drank heavily. "
        "The early help plan was closed after six weeks as the family did not engage. {ref} "
        "will ask whether closing plans for non-engagement leaves children unseen." + _P,
        "Outline, {ref}: four children lived in a house near {area} with no heating, "
        "broken windows and animal mess through the rooms. Two referrals were stepped down "
        "because the children looked clean at school. The review will test how far "
        "presentation at school was relied on and how the neglect toolkit is being used.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}, outcome: the safeguarding partners agree the case meets the "
        "criteria for a local child safeguarding practice review. The harm was serious and "
        "there is learning about how {trust} and {council} shared worries after a baby was "
        "discharged early. The Panel will be told by {date2}; the {role} will draft the scope.",
        "Rapid review {ref}, outcome: no local review. The learning about injuries to babies "
        "who cannot yet move about is already in the revised bruising protocol, and teams "
        "have changed their practice since. A review would add little. The partners agreed "
        "on {date}; reasons to the Panel by {date2}, with a short briefing for staff.",
        "Rapid review {ref}, outcome: the learning will feed the thematic review of {theme} "
        "now under way across {area} and nearby villages rather than a review of its own. "
        "{police} and {icb} will send their agency reports to the thematic reviewer by "
        "{date2}. The Panel will receive the reasons with the rapid review report.",
        "Rapid review {ref}, outcome: a systems review will go ahead, with a practitioner "
        "event at {venue}. The partners want to know why nobody used the escalation policy "
        "when a school and children's social care disagreed about risk for ten weeks. Draft "
        "terms of reference go to the executive group on {date2}.",
        "Rapid review {ref}, outcome: the partners will ask the Panel whether a national "
        "review is needed, as a very similar death happened elsewhere in the East of England "
        "this year. Local work will continue alongside so that learning is not held up. The "
        "{role} will write to the Panel describing the pattern by {date2}.",
        "Rapid review {ref}, outcome: a learning briefing and a practice week rather than a "
        "full review. The facts are agreed, the family have said they do not want to take "
        "part, and agencies have already changed what they do. Signed off {date}; the changes "
        "will be tested through the multi-agency audit programme in {period}.",
        "Rapid review {ref}, outcome: a local review focused on the move from the neonatal "
        "unit to community health visiting, where a father's record of violence was not "
        "shared. {trust} and {icb} will jointly chair the review panel, and the National "
        "Panel will be informed by {date2}.",
    ),
    "minutes": (
        "{scp} executive, {date}, {room}, {venue}\n"
        "Present: {council}, {police}, {icb}, the {district}.\n"
        "1. Dashboard for {period}: re-referrals {rag}.\n"
        "2. Scrutineer's report received.\n"
        "3. Inspection preparation day to be arranged.\n"
        "Next meeting {date2}, {time}.",
        "Workforce development group, {date}, {venue}\n"
        "Present: the {role}, {trust}, {police}, a secondary head.\n"
        "1. {course} take-up lowest in {area}; local dates to be added.\n"
        "2. {ref} learning added to the induction pack.\n"
        "3. Trainer pool down to four; recruitment drive agreed.\n"
        "Next meeting {date2}, {room}.",
        "Case review subgroup, {date}, on Teams\n"
        "Present: {council}, {police}, {trust}, {ambulance}.\n"
        "1. Referral from {area} discussed; rapid review to be convened.\n"
        "2. {ref}: draft chronology circulated, comments in seven days.\n"
        "3. Any other business: none.\n"
        "Next meeting {date2} at {venue}.",
        "Policy and procedures group, {venue}, {date}\n"
        "Present: the {role}, {icb}, {trust}, the {district}.\n"
        "1. Bruising in non-mobile babies protocol: comments gathered.\n"
        "2. {theme} procedure simplified.\n"
        "3. Feedback from {course} to be summarised for the next meeting.\n"
        "Next meeting {date2}, {time2}.",
        "Exploitation subgroup, {room}, {venue}, {date}\n"
        "Present: {police}, {council}, the {district}, youth offending service.\n"
        "1. Summer plan for the fen skating and show season agreed.\n"
        "2. Hotspots around {area}: {rag}.\n"
        "3. Return interview provider invited to the next meeting.\n"
        "Next meeting {date2}.",
        "Health safeguarding forum, {venue}, {date}\n"
        "Present: named nurses from {trust}, the designated doctor, {icb}.\n"
        "1. Was-not-brought pilot in {area} extended for six months.\n"
        "2. {ref}: GP learning dates agreed.\n"
        "3. Interpreting for Polish and Lithuanian families: audit agreed.\n"
        "Next meeting {date2}.",
    ),
    "partner_email": (
        "Hi all,\n\nA reminder that agency chronologies for {ref} were due last Friday. We "
        "are still waiting on {trust} and the {district}; {police} have sent theirs. The "
        "reviewer cannot start the analysis without them, and the panel is booked for "
        "{date2}." + _S,
        "Dear colleagues,\n\nWe would like practitioners working in {area} to test a short "
        "guide on {theme}. We will meet at {venue} on {date2}, {time} to {time2}; lunch is "
        "provided and managers have agreed the time away from caseloads." + _S,
        "Hello everyone,\n\nThe executive has signed off the updated threshold document. "
        "{council} will brief its teams over the coming month and {police} will add it to "
        "training for new officers. Could health colleagues let us know how they will "
        "share it?" + _S,
        "Dear partners,\n\nIn {period} our independent scrutineer would like to spend a day "
        "with the front door and meet staff from {icb} and {ambulance}. If your team can "
        "host, please send a contact name and two possible dates." + _S,
        "Hi everyone,\n\nGood news: the Panel has accepted the rapid review report for {ref} "
        "with no further questions and praised the contribution from {trust}. The {role} "
        "will now write the learning summary with the designated nurse." + _S,
        'Dear all,\n\nDue to demand we have added another date for "{course}" at {venue}, '
        "{time} to {time2}. It is open to {council}, {police}, health, schools, early years "
        "and voluntary groups; the first date filled within a day." + _S,
        "Dear colleagues,\n\nThank you to {ambulance} for releasing two paramedics to join "
        "the practitioner event for {ref}. Hearing about the first call helped the panel "
        "understand how much pressure everyone was under that night." + _S,
        "Hello,\n\nFor {ref}, could the {district} tell us how families placed in temporary "
        "accommodation are made known to health visitors and schools, and how long the "
        "longest placement lasted over the last year?" + _S,
    ),
    "local_review": (
        "Local review {ref}: on {date} the reviewer shared emerging themes with the panel: "
        "too much hope about a father's progress on a perpetrator course, too little "
        "curiosity about who was visiting the home, and a child in {area} who was rarely "
        "seen on their own. {trust} and children's services will check these against their "
        "records before the next meeting.",
        "Local review {ref}: practitioners met at {venue} on {date}. Staff from {police} and "
        "the {district} spoke about caseloads and about not knowing who to call in another "
        "agency out of hours. What they said will shape the recommendations." + _P,
        "Local review {ref}: scope agreed {date}. It covers the two years before the "
        "incident, a change of GP practice, decisions at the front door, and how {icb} "
        "keeps track of disabled children placed in residential schools out of county.",
        "Local review {ref}: the reviewer has met the child's father, who asked that the "
        "report describe his son as a boy who loved fishing and football, not only as a list "
        "of events. The panel agreed. A draft is due in {period}, and the family will read "
        "it before the {scp} publishes.",
        "Local review {ref}: first panel meeting {date}.",
        "Local review {ref}: lead reviewer appointed {date}.",
        "Local review {ref} on hold until the trial ends.",
        "Local review {ref}: all agency reports now in.",
        "Local review {ref}: second draft to panel members on {date}.",
    ),
    "chronology": (
        "{date}: childminder reported a child arriving in wet clothes two days running.",
        "{date}: {police} attended a disturbance; four children present.",
        "{date}: screened at the front door; passed to early help.",
        "{date}: {ambulance} took mother to hospital; children with grandparents overnight.",
        "{date}: the {district} offered the family bed and breakfast.",
        "{date}: initial child protection conference held; plan agreed.",
        "{date}: 27-month review missed; health visitor sent a letter.",
        "{date}: outpatient appointment at {trust} not attended.",
        "{date}: first home visit by the early help worker.",
        "{date}: core group, chaired by {council}.",
        "{date} to {date2}: school records five unexplained absences.",
        "{date}: part-time timetable agreed by the school.",
        "{date}: mother booked for maternity care at 30 weeks.",
    ),
    "checklist": (
        "Rapid review within 15 working days? Yes.",
        "Panel notification sent {date}.",
        "Family informed of the review {date}.",
        "Voice of the child to be gathered by {date2}.",
        "Reviewer contract signed? Yes.",
        "Terms of reference: draft stage.",
        "{trust} agency report in? Yes.",
        "{district} agency report in? Awaited.",
        "Inquest date: {date}.",
        "{police} disclosure: requested, not yet received.",
        "Learning summary: with the comms team.",
        "Shared with the DSL network? Done.",
        "Reports due from {police} and {icb}: {date2}.",
    ),
    "notice": (
        "{scp} executive group: {date}, {time}, {room}, {venue}.",
        "{ref} practitioner event, {date2}, {venue}, {time} to {time2}.",
        "Save the date: partnership safeguarding conference, {venue}, {date}.",
        "Workforce development group moved to {date}, {time}, {room}.",
        "DSL network meeting at {venue}, {date}, {time}.",
        'Webinar "{course}", {date}, {time}.',
        "Drop-in for parents and carers at {venue}, {date}.",
        "Exploitation awareness evening, {room}, {venue}, {date}.",
        "Health forum moved from {date} to {date2}.",
        "Neglect audit day, {date}, {room}, {venue}.",
        "Youth voice group at {venue}, {date}, {time} to {time2}.",
        "Launch of the bruising protocol at {venue}, {date}, {time}.",
    ),
    "slack": (
        "agenda for thursday is in the shared folder",
        "has the {trust} chronology for {ref} come in yet?",
        "{venue} booked for {date} :thumbsup:",
        "reminder - Panel notification due by 3pm",
        "{district} asked to start at {time2} not {time}, fine?",
        "comments on the draft scope by {date} please",
        "thanks all, action log to follow",
        "{police} have named a DI for the rapid review",
        "{period} training calendar is now up",
        "does {ref} go to the exec or the case review subgroup first?",
        "scrutineer's report is pinned in the channel",
        "can anyone take minutes on {date}?",
        "which agency report template are we on now",
        "{icb} named GP joining online at {time}",
        "{council} lead off on {date}, who can cover?",
    ),
    "panel": (
        "Panel reply on {ref} received {date}: no further questions.",
        "{ref} notified to the Panel on {date}.",
        "Rapid review report to the Panel by {date2}.",
        "Panel feedback: clear rationale.",
        "Panel agreed no national review is needed for {ref}.",
        "{ref} rapid review submitted; Ofsted and the DfE copied.",
        "Panel asked for the ambulance trust's account; sent {date}.",
        "{ref} final report submitted to the Panel on {date}.",
        "Panel agreed to extend {ref} to {date2}.",
        "Panel annual report discussed at the executive.",
        "Panel question on {ref} came in {date}; {role} to answer.",
    ),
    "publication": (
        "Proposed publication date for {ref}: {date}.",
        "Publication delayed until after the sentencing hearing.",
        "Executive summary only, agreed {date}.",
        "Family updated on publication timing.",
        "Press statement agreed with the {council} media team.",
        "{ref} published on the {scp} website, {date}.",
        "Seven-minute briefing to be published with the report.",
        "Family asked for longer; publication moved to {date2}.",
        "Report to be taken down from the website after twelve months.",
        "DfE notified of publication.",
        "Publication plan for {ref} agreed by partners on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed paediatric appointments by {date}.",
        "Action 2: {council} to record every adult in the household at each visit.",
        "Action: {police} to share domestic abuse notifications with schools by 9am.",
        "Action: {icb} to fund ICON training for maternity staff.",
        "Action 3: learning week on {theme} in {period}.",
        "Action: {ambulance} to add a prompt about children to crew handover notes.",
        "Action: the {district} to tell health visitors when families move out of area.",
        "Action 4 complete: revised escalation policy in use from {date}.",
        "Action 5: {role} to report progress to the executive each quarter.",
        "{period} plan: 10 actions, 6 complete, 4 {rag}.",
        "Action: a single chronology template for every agency from {date}.",
        "Action 6: {trust} to ask who else lives at home at triage by {date2}.",
    ),
    "housing_note": (
        "The {district} has confirmed the start date of the new tenancy.",
        "{district}: relief duty accepted from {date}.",
        "The {district} will send two officers to the practitioner event.",
        "{ref} briefing given to {district} managers.",
        "All housing officers covering {area} to complete {course} by {date}.",
        "FDC housing options team and Cambridgeshire Constabulary checked houses in multiple "
        "occupation in Chatteris let to farm workers with children.",
        "FDC community safety team walked the riverside in Whittlesey with youth workers "
        "after reports of children drinking by the moorings.",
        "ECDC housing options team discussed damp tied cottages near Littleport with "
        "Cambridgeshire County Council children's services.",
        "ECDC community safety team and Cambridgeshire Constabulary met about scooters on "
        "the recreation ground in Burwell.",
        "SCDC housing options team briefed Cambridgeshire Community Services NHS Trust "
        "health visitors on emergency placements in Linton.",
        "SCDC community safety team visited the youth club in Cottenham.",
        "SCDC housing options team talked to school nurses about families in Histon.",
        "SCDC community safety team and Cambridgeshire Constabulary planned patrols near "
        "the station in Melbourn.",
        "HDC housing options team and Cambridgeshire County Council children's services "
        "discussed sofa surfing in Yaxley.",
        "HDC community safety team met Cambridgeshire and Peterborough NHS Foundation Trust "
        "staff about young people in Somersham.",
        "HDC housing options team agreed a hospital discharge route with North West Anglia "
        "NHS Foundation Trust for families in Kimbolton.",
        "HDC community safety team looked at the underpass in Buckden after dark.",
    ),
    "training": (
        'Now on the e-learning platform: "{course}".',
        "Training needs survey closes {date}.",
        "Induction for new board members, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "{theme} workshop at {venue}, {date}, {time} to {time2}.",
        "Train the trainer day for {course}, {room}, {venue}, {date}.",
        "Multi-agency trainers' forum, {room}, {date}.",
        "Evaluation of the {theme} workshop shows staff feel more confident.",
        "DSL update courses run throughout {period}.",
        "The Cambridgeshire and Peterborough Safeguarding Children Partnership Board ran a "
        "safer sleep session for childminders in Kimbolton.",
        "HDC community safety team gave an exploitation briefing to taxi drivers in Buckden.",
        "The partnership trained sports coaches in Melbourn and Linton.",
        "The partnership ran a neglect session for parish staff in Somersham.",
        "East of England Ambulance Service NHS Trust and Cambridgeshire Constabulary gave a "
        "self-harm talk in Littleport.",
        "NHS Cambridgeshire and Peterborough Integrated Care Board briefed GP practices in "
        "Histon and Cottenham on was-not-brought.",
        "Cambridge University Hospitals NHS Foundation Trust ran a perinatal mental health "
        "course in Burwell, and North West Anglia NHS Foundation Trust one in Whittlesey.",
        "Cambridgeshire County Council early help staff ran a parenting course in Chatteris.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child M", "Child PB", "Infant K", "Baby R", "Young Person D", "Sibling 2"),
    *("Sibling 4", "Unborn Baby G", "TW", "J.E.", "Child C and Child D", "Washland"),
    *("Lode", "Drove", "Sluice", "Osier", "Sedge", "Dyke", "Child V"),
    *("Infant BL", "Baby KT", "Young Person S", "HR", "Q", "Child Y", "Sibling X"),
    *("L.A.", "Baby E and Baby F", "Child RO", "Young Person NU", "FM", "Infant W"),
    "Sibling C",
)


#: How many times the twenty-first fills each benign template, and the benign side as it
#: writes it from this module's tables.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus, both sides joined by the tenth's ``assembled``, the same on every run."""
    return assembled("sixtysecond-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
