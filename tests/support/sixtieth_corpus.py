"""A sixtieth held-out corpus for the confidentiality guard, written by someone who has not
read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``sixtieth_names.json``, a seeded snapshot (seed ``sixtieth-<country>``, Python's
  ``random.Random``, a woman then a man in turn) from names-dataset 3.3.1 (PyPI,
  Apache-2.0, Philippe Remy's frequency tables per country), its GR (Greece) and BG
  (Bulgaria) tables. Earlier corpora that drew names-dataset GR, CY or BG took these ranks
  (checked by grepping ``tests/support`` and ``tests/test_unseen_corpora.py`` for
  ``"GR"``, ``"CY"``, ``"BG"``, Greece, Cyprus, Bulgaria, Greek and Bulgarian): GR and CY
  only the fourteenth's 100-1499, BG only the tenth's 600-1499 (the sixth's and twelfth's
  Greek, Cypriot and Bulgarian names are Faker's, and the twentieth left Greece and Cyprus
  out). So every rank drawn here is 1500 or deeper: GR first names at 1500-2499
  (``GR_FIRST_RANKS``; deeper ranks are mostly Albanian, Georgian and Pakistani names) and
  GR surnames at 1500-8999 (``GR_RANKS``); BG first names at 1500-2999 and surnames at
  1500-8999 (``BG_FIRST_RANKS``, ``BG_RANKS``). CY was tried and dropped: its first-name
  lists from rank 1500 are almost all names of other countries' people (Indian, Sri Lankan,
  Nepali, Filipino, Romanian), handles and words (``Hithere``, ``Seatrip``,
  ``Aljazeera``, ``Highlights``; not kept in ``NOT_NAMES``, as CY is not drawn), and two
  draws of 30 and 40 people gave no Cypriot first name at all. Greek and Bulgarian
  surnames mark their bearer's sex, so the draw gives a woman only a surname of a woman's
  form and a man only one of a man's (``SEXED``), and skips surnames of any other ending
  (which leaves out most Albanian and Turkish surnames the GR and BG tables hold). Only
  entries in plain letters are drawn (``ASCII_ONLY``): entries in Greek or Cyrillic
  script, or with an accent, are not drawn at all rather than rewritten, so the snapshot
  keeps names as the tables already type them in Latin letters (``Chrissanthi``,
  ``Ahilleas``, ``Polivios``), as a social worker in England might type them; nothing was
  changed by hand. The filter keeps no word of any earlier snapshot (``EARLIER``: every
  ``*_names.json`` through the fifty-seventh's, with the fifty-eighth's and
  fifty-ninth's, written alongside, read when they are there), no word twice, and no
  first name that is also in the table's surname list. Every draw was read by hand. The
  deep ranks hold much that is not a Greek or Bulgarian person's name: Albanian names
  (``Mariglent``, ``Xhoni``, ``Flogerta``, ``Petrika``), Turkish names in both tables
  (``Iclal``, ``Soykan``, ``Refiye``, ``Gozde``), Georgian and Armenian names
  (``Tabatadze``, ``Nineli``, ``Hripsime``, ``Avedis``), Greeklish and ad-hoc spellings
  (``Pammakainth``, ``Swthrhs``, ``Kwstandina``, ``Emmanouhl``), Bulgarian typed with
  ``q`` for ``ya`` (``Viliqna``, ``Slaveq``), pet forms (``Nikoula``, ``Vagg``,
  ``Goshe``, ``Mimka``), words (``Kalos``, ``Trelo``, ``Znaem``, ``Bezimen``,
  ``Sportni``, ``Klarinet``), a place (``Paros``), a business (``Residencegroup``), and
  first names in the surname column (``Charalampos``, ``Miltiadis``, ``Rumen``). They
  were put in ``NOT_NAMES`` and drawn again. The first four draws (30 to 90 people a
  table, CY among the first two) went through the tenth's ``dataset_people``, first names
  from deeper ranks (GR to 5299, BG to 6999), surnames matched to the first name's sex
  for BG only; so many Greek women drew a man's surname that the draw was rewritten here
  (``regenerate_names``) to give each sex its own surname forms and to take first names
  from the nearer ranks above, and two more draws followed (60, then 100 people a table,
  ``PACKAGE_DRAWN``). In the last, the people with an entry of those kinds (``Nevqna``, the
  word ``Vitrina``, the place ``Pella``), or whose name reads oddly beside its surname
  (``Fryni`` beside ``Karli``, an English first name; ``Vironas`` beside ``Egglezos``,
  "Englishman"), were left out without drawing again (``DROPPED``, by first name).
  ``DRAWN`` is what is kept: 12 GR and 19 BG people, fewer than hoped for. Regenerate
  with ``uv venv /tmp/regen60 && uv pip install -p /tmp/regen60 names-dataset==3.3.1 &&
  PYTHONPATH=. /tmp/regen60/bin/python -m tests.support.sixtieth_corpus``; names-dataset
  is not a dependency and the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (caving, climbing, cricket, fair
  and dyeing words), each starting with a letter from R to Z, none in an earlier corpus
  file (``NICKNAMES``; each checked by grepping ``tests/support``, whole words, any case).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (checked by grepping their files: a show cave ticket office, a hill race
  marshal, a red kite feeding volunteer, a market garden packer, a duck race organiser, a
  Shrove Tuesday race marshal, a cricket tea volunteer, a bouldering coach, a petting
  farm keeper, a cycle hire hut, a paddling pool attendant, a pillow lace teacher, a lead
  mine museum guide, a milk round driver, a darts team captain, a signal box volunteer,
  an abseil instructor, an orienteering coach, a pudding shop assistant, a sprout picker,
  a gymkhana judge, a boot fair stallholder, a bouncy castle hire man, a face painter; a
  fell race marshal, a safari park keeper and a lifeguard are in earlier corpora and were
  written differently, and a well dresser and a chair turner were not used);
  names typed in lower case and in sign-offs; pseudonyms that hold a name or a give-away
  detail; nicknames; dates of birth typed twelve ways; invented streets (``STREETS``) in
  the real towns; postcodes; phone, NHS and NI numbers; made-up schools with a pupil
  referral unit among them (``SCHOOLS``); email addresses. The twenty-seventh's
  ``identifying_of``, over the twenty-fifth's, writes them out.
- Benign text, all written by hand (``BENIGN``), each template filled no more than three
  times (the twenty-first's ``_uses``), a third or so of it long: case summaries, rapid
  review decisions, minutes, emails between partners and local review notes, with short
  chronology entries, checklist lines, notices, Slack messages, Panel and publication
  notes, improvement actions, housing and community safety notes and training notes. Its
  places are twelve towns and large villages of Derbyshire, Buckinghamshire and
  Bedfordshire that no earlier corpus file names (``AREAS``; each checked by grep, whole
  word and as a part of a word):
  Bakewell, Wirksworth, Tideswell, Hathersage, Chapel-en-le-Frith, Winslow, Princes
  Risborough, Wendover, Ampthill, Biggleswade, Potton and Shefford. Of the brief's
  suggestions Castleton is named by an earlier corpus file; Buckingham is part of a word
  earlier files use (the county's name), so an area of that name would be found in them;
  Olney's council is an earlier corpus's area; Woburn was left for want of room; so none
  of these was used, and Wendover was taken instead. Derbyshire is two-tier, and both of
  its district councils here have names that are earlier corpora's areas (their tests
  forbid the names elsewhere), so they are written by initials, as staff type them: DDDC
  (the district council for Bakewell, Wirksworth, Tideswell and Hathersage) and HPBC (for
  Chapel-en-le-Frith); the county council, whose county is the sixth's area, is written
  DCC. Buckinghamshire and Bedfordshire's towns here have unitary councils whose names are
  earlier corpora's areas too: the one for Winslow, Princes Risborough and Wendover is
  written Bucks Council, as staff and its own pages shorten it, and the one for Ampthill,
  Biggleswade, Potton and Shefford CBC. Checked with the ``search`` tool: the Derby and
  Derbyshire Safeguarding Children Partnership (DDSCP) joins Derby City Council,
  Derbyshire County Council, the (then) Derby and Derbyshire CCG, the CCG of the Glossop
  area and Derbyshire Constabulary (its privacy notice and the city council's
  news page); the Buckinghamshire Safeguarding Children Partnership (BSCP; its own site
  and the council's committee papers) has the council, the police and the (then) CCG as
  its three partners, and Thames Valley Police's MASH covers the county; the
  partnership of Ampthill's, Biggleswade's, Potton's and Shefford's council calls itself
  CBSCP on the pan-Bedfordshire site, with Bedfordshire Police and the BLMK CCG (now
  ICB) as partners, and works with the Bedford Borough and Luton partnerships. Written
  from memory, not checked: the ICBs' current names, East Midlands Ambulance Service NHS
  Trust, South Central Ambulance Service NHS Foundation Trust, East of England Ambulance
  Service NHS Trust, which trust serves which town (Chesterfield Royal Hospital NHS
  Foundation Trust, University Hospitals of Derby and Burton NHS Foundation Trust,
  Derbyshire Community Health Services NHS Foundation Trust and Derbyshire Healthcare NHS
  Foundation Trust for the Derbyshire towns; Buckinghamshire Healthcare NHS Trust and
  Oxford Health NHS Foundation Trust for the Buckinghamshire ones; Bedfordshire Hospitals
  NHS Foundation Trust and East London NHS Foundation Trust for the Bedfordshire ones;
  other hospitals also serve several of the towns), and every venue (the libraries of all
  twelve towns, Bakewell Town Hall, Wirksworth Leisure Centre, Tideswell Village Hall,
  Hathersage Memorial Hall, Chapel-en-le-Frith Town Hall, Winslow Community Centre,
  Princes Risborough Community Centre, Wendover Memorial Hall, Ampthill Parish Centre,
  Biggleswade Leisure Centre, Potton Community Centre and Shefford Community Hall); some
  may be named differently, have moved, closed or not exist. Venues are council offices,
  libraries, halls, leisure centres and community centres, never a person's address.
  The roles, themes, courses, rooms, times and periods are the twenty-second's ``DRAWS``
  as the twenty-first fills them; the benign text names people by their roles only.
- Identifiers, all made up by the tenth corpus's ``person_values`` in ranges set aside
  for fiction: phone numbers in Ofcom's drama ranges, NHS numbers in the 999 range with a
  valid check digit, NI numbers with the QQ prefix, email addresses at example.com, .org
  or .net, and postcodes shaped like real ones in areas Royal Mail never used. Samples
  naming a drawn person carry the source ``names-dataset-GR`` or ``names-dataset-BG``,
  samples naming a nickname ``hand-nicknames``, and the rest ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the Peak's moors
  and the greensand and beech country that nobody has as a first name (``CHOSEN``).

None of the drawn names is a word of the benign text (``assembled`` leaves out any person
whose name is). Nobody has run the guard on this corpus: nothing here was fitted to it.
"""

from __future__ import annotations

import importlib
import random
import sys
from functools import partial
from pathlib import Path
from typing import Any

from tests.support import fiftyseventh_corpus as _57

# What the tenth's ``person_values`` and the twenty-fifth's filter read from a corpus, and
# the helpers that write and read its snapshot, by the names the fifty-seventh gives them.
from tests.support.fiftyseventh_corpus import (
    DRAMA_PREFIXES,
    INWARD_LETTERS,
    PLAIN,
    POSTCODE_AREAS,
    _district,
    _earlier_names,
    assembled,
    benign_words,
    nhs_check_digit,
    snapshot_people,
    table_entry_ok,
    write_snapshot,
)
from tests.support.fortyeighth_corpus import KINDS
from tests.support.fortysecond_corpus import _birth as born
from tests.support.independent_corpus import Sample
from tests.support.twentyfifth_corpus import identifying_tables
from tests.support.twentyfirst_corpus import _uses, benign_written
from tests.support.twentysecond_corpus import DRAWS as EARLIER_DRAWS
from tests.support.twentysecond_corpus import PSEUDONYM_WORDS
from tests.support.twentyseventh_corpus import identifying_of

__all__ = ["DRAMA_PREFIXES", "INWARD_LETTERS", "PLAIN", "POSTCODE_AREAS", "nhs_check_digit"]
__all__ += ["KINDS", "PSEUDONYM_WORDS", "_uses", "benign_words", "samples"]

SEEN = ""
NAMES_FILE = Path(__file__).with_name("sixtieth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), GR and BG tables"
SEED = "sixtieth-<country>"
#: The snapshots before this one: all the fifty-seventh read, the fifty-seventh's own, and
#: the fifty-eighth's and fifty-ninth's, which are read if they exist (written in parallel).
EARLIER = tuple(
    dict.fromkeys(
        (
            *_57.EARLIER,
            *("fiftyseventh_names.json", "fiftyeighth_names.json", "fiftyninth_names.json"),
        )
    )
)
#: The ranks drawn here, each table's first names then its surnames (see the docstring
#: for the ranks earlier corpora took: GR's 100-1499, BG's 600-1499).
GR_FIRST_RANKS, GR_RANKS = (1500, 2500), (1500, 9000)
BG_FIRST_RANKS, BG_RANKS = (1500, 3000), (1500, 9000)
TABLE_RANKS = (("GR", GR_FIRST_RANKS, GR_RANKS), ("BG", BG_FIRST_RANKS, BG_RANKS))
COUNTRIES = ("GR", "BG")
ASCII_ONLY = frozenset(COUNTRIES)
#: A surname's ending that tells whose it is, women's then men's: the draw gives a woman
#: only a woman's form and a man only a man's, and skips surnames of any other ending
#: (Greek ``-ou`` and ``-oglou`` are borne by both; ``-iou`` is a man's here too).
SEXED = {
    "GR": (("ou", "a", "i"), ("os", "is", "as", "iou", "oglou")),
    "BG": (("ova", "eva", "ska"), ("ov", "ev", "ski")),
}
PACKAGE_DRAWN = (("names-dataset-GR", 100), ("names-dataset-BG", 100))
DRAWN = (("names-dataset-GR", 12), ("names-dataset-BG", 19))
#: No table is romanised or drawn apart, as in the fifty-seventh.
DATASET_DRAWN, ROMANISED = _57.DATASET_DRAWN, _57.ROMANISED


def _words(text: str) -> frozenset[str]:
    """The words of a block of names written a few to a line."""
    return frozenset(text.split())


#: What reading the draws by hand found not to be a Greek or Bulgarian person's name
#: (words, places, a business, pet forms, typos, other countries' names, first names among
#: the surnames): never drawn, so the next draw took others.
NOT_NAMES = _words(
    """
    Aaleksander Adnam Agelina Aglaya Ahmedcan Ailail Airedin Aisoun Aitosina Akcha
    Aksin Aktis Alaytin Albri Aldinov Aldinova Aleytin Algerta Alketi Altaner Anano
    Andjelo Andrev Anelia Anileda Anrieta Antani Apostoli Arsino Artemida Artion
    Arturi Arvis Asenof Ashimov Asjid Askim Asude Atije Atipov Atzela Avakian Avedis
    Avtotapizer Aydinova Aylyar Ayrula Ayshe Ayyildiz Babali Baftjar Bahiti Bahtinur
    Banaras Barjamaj Barom Bartu Bashrat Bayramoglu Baysie Befa Beizi Bejbi Bengitim
    Bengul Benimsin Beray Berksan Besard Beshi Beynazi Beysimova Beytieva Bezimen
    Bigra Bilbili Billbi Bilqnchetostoqn Biordi Birdzhan Birhayat Bisi Bitila Bleona
    Bojeva Bojlu Bonboni Boqdjieva Boyks Bsharat Cambaz Camiset Canka Canni Ceku
    Celnik Cemali Cenka Cevide Charalampos Chatouna Chaushevi Chelidze Cherkez
    Chitak Cholata Christiti Christov Cili Comali Constadinos Copar Corta Cuka Cunet
    Cvetelinka Cvetka Dajia Dallendyshe Damqna Danco Deiana Deivd Delqn Demko Denion
    Deq Deriq Desko Detski Deyvidanastasov Dhmos Diamanths Diamantw Dikea Dikme
    Dilore Dimeto Dinaki Dincher Dioum Disanthus Djfanis Djordan Djumaziye Docent
    Dohka Doktora Doktorov Dollani Domeniko Domuschieva Dongi Donkarymen Doshi
    Dqkova Dqvol Drumi Dybeli Edinmuj Edjona Ekiz Eletheria Elguja Elidona Elisey
    Emmanouhl Empo Enriko Ephie Eqerem Erdjo Erduan Ergioun Ergis Eridjan Ermonda
    Erri Erton Eskan Etnor Euh Euris Euthimis Evalena Evri Evro Eydokia Fahriye Faiy
    Fartin Fasho Fatri Feime Ferruh Fevzieva Fikihalil Fikretova Filipas Fillipos
    Firtina Flamuri Flogerta Fodas Fokir Foufoutos Francesk Gaiana Galentina Galimir
    Gazara Genadiy Gench Gergans Gesh Ghaniyya Giasmin Ginko Giola Gioni Gioulia
    Giouras Giouri Gissi Gjelosh Gjergi Gjona Gjyshja Gjystina Glykos Goco Goshe
    Gozde Guffar Gulbeniz Gulfer Gulhan Gulum Gulustan Guraj Gurdjan Gurjan Gurra
    Guzelcan Gyla Gyunal Gyunan Hachik Hacko Hadjer Halit Hatia Hazbi Heidari Hercu
    Hlbub Hripsime Hurmuz Hyginus Hysenllari Hyuseyin Iamze Ibisheva Iclal Idayet
    Igraca Iliaz Ilievi Iljana Ingilizov Isallari Ishtaiq Iskamte Iskushenie Ixti
    Ixtiandar Izetov Jankulla Jebelez Jelyazko Jenito Jianni Jiorgos Jiwko Jorgaq
    Jorjeta Jotova Jovko Juliqn Kacarova Kaiti Kallioph Kalos Kalotina Kapitanska
    Karaahmedova Karaalieva Karadachki Karamalak Karaosman Karpathios Kasapidis
    Kashari Kastrijot Katelina Keasi Kerka Kinco Kirilovi Klarinet Klinti Kocovalli
    Koika Koldashi Komitska Konina Koreta Korueva Kossy Kostadina Kostadinka
    Kostantinos Kostowa Kracimir Kras Kraseto Krassiana Krikor Krisa Krissi
    Kristofar Kumanaku Kume Kuriakou Kwstandina Ladjova Laerti Lamai Lebibe Lidiyana
    Ligeri Llambro Llukan Lofar Loucy Lubeto Lubito Lulijeta Lushe Lybenova Lybo
    Macide Magos Mahmure Makedonska Maldin Malkiq Maloku Manolovi Mant Maraia
    Mariglent Mariloo Masati Matula Mebel Mehmedd Memocan Mergyul Micev Miceva
    Michalitsa Migjen Mihailowa Miltiadis Mimka Minasian Minikamal Mirada Mircev
    Mistafa Mistin Mocka Moira Momcheto Mortisha Mosxoula Mpak Muhametaj Muksin
    Muradie Murufe Nadegda Nadrie Nadzhi Nalbandyan Narie Nashide Ndrec Nebaet
    Necatin Necip Nedjatin Nejdetov Nemski Nephelie Nerdjan Neruz Nevzie Nezir
    Nicolova Nihat Nihatov Nikikolai Nikolino Nikoula Nilsu Nineli Niqi Niqzi Noti
    Novrus Ntariko Ntelis Nuridin Nuritin Oblizan Odusseas Odyssea Okshan Ollga
    Olumpia Opasna Orhann Orhanova Ozgul Oztzan Pagalos Paluca Pammakainth Panajota
    Papuja Paraschiva Paros Pashai Paxo Pazi Pemy Penbe Pencheto Pesho Petiq Petrika
    Peveca Pietri Pirro Pisha Plamen Plarent Pobeda Polimer Poppi Poulia Prasio
    Prenge Radev Radiqna Radskie Rafiye Rahian Ravza Raymish Refiye Reformas Rejep
    Rentals Resat Residencegroup Resmie Reycan Rfaqat Rigels Rizof Rousos Routh
    Rroshi Rruzhdi Rufi Rujka Rumen Rumianka Rumiqna Ruyel Ruzgar Rysko Sabis Sabrie
    Sadikaj Sadushi Salihoglu Sallja Sansun Sebaatin Sebatiye Secil Selahtin Selami
    Seleytin Seliha Selime Seltzan Sevcivan Sevdomaq Sevginov Seycan Seyfidin Shabaj
    Shahaj Shamraz Shevked Shezai Shivdat Shkalla Shnoda Shpresim Shqau Shqip
    Shukriev Shurdha Sibora Sidki Siriana Sklepas Skura Slavchevi Slavco Slaveq
    Snalla Snegana Snezha Soikan Sokrati Sonsuz Soragia Sotie Soykan Spirdonov
    Sportni Stambata Stasii Stavy Stilian Suleybe Sunai Suti Svilio Swkraths Swthrhs
    Sxabi Syleiman Tabatadze Takuhi Tamro Tanush Tanzhu Taramia Tasin Tasoyla
    Tcvetanka Tcvetelina Tcvetkova Teq Terezina Thelxi Themelina Themi Theos
    Theoxaris Thermos Tigri Tijen Tinatin Tolunay Tonika Topche Trelo Trendafil
    Tsarli Tsetsa Tuci Tugi Tunar Tuqeer Tushi Tvoi Twoeto Tyuki Tzansou Tzemile
    Tzena Tzimhs Tzixat Tzompanakis Tzora Udjel Umgul Umgusum Uraj Uske Usmugul
    Vadood Vagg Vaghelis Vangjelis Vanias Vaniq Vasiliqi Vefi Venetike Veselana
    Vesella Vesko Vess Viliqna Vinelina Vinis Vipp Vjara Vouli Vula Wenelin Wqra
    Xhafaj Xhemil Xhoi Xhoni Xhorxhi Xri Xrysh Xrysoyla Yafes Yanush Yliqn Yudji
    Yuliqnova Yuner Yvoni Zaklin Zanin Zanko Zapriqn Zdrafko Zekir Zerda Zlatka
    Znaem Zogia Zoyaemo Zulkyar Zunbul Zveta Zvetan Zvqra Zyfi Zyuhre Zyuleyha
    """
)
#: First names of the people of the final draw read as such, dropped rather than redrawn.
DROPPED = _words(
    """
    Achileas Adoni Agur Aiten Aksay Aldenis Alfredos Altini Alyara Amanta Amlet
    Ancho Anesths Anyuta Anzelika Ariol Aristotel Atanaska Avtandil Aydun Ayshegul
    Baggos Balantis Basrie Bayzit Behaydin Behi Bilqn Binnur Bledian Brisida Cahide
    Cevrie Charitini Chavdara Cvetelina Daku Damos Demetre Dezi Djengo Dzhoshkun
    Ediye Eirinaki Elleni Ermand Esthir Evangelie Feizula Fejzi Ferde Festi
    Fiorentina Fota Fryni Genady Giray Glody Gulzade Gyulfi Hatije Huzur Iakwvos
    Ikbale Ilk Iordan Isidwra Iwsif Jaklina Jecho Jelqzka Jorjo Juljana Jylieta
    Kaloyana Kaymet Klarida Klaudja Klejda Kostantia Krysta Kucuk Kyriakoula Lamzira
    Lefkothea Lefteria Leylq Lyutvi Maksun Marilita Masal Meray Minco Moisi Mucahit
    Muge Munur Murtw Muzmal Nadide Nazende Necat Neika Nelin Neppe Nevqna Nexhmi
    Nivelin Nuca Oldjay Oljana Peho Pelina Pella Petruta Pipis Politimi Proletina
    Rannia Rasab Rayfe Redji Rengin Rigers Roksi Sadush Sahko Sevildjan Seynur Shefi
    Shefie Shenai Slavqn Soukri Spyro Stamo Stefco Stergiani Stoio Subay Sunayi
    Svetlava Tanq Teynur Theofili Tosi Tosko Tzannis Tzella Tzem Tzesika Ucnobi Uliq
    Vagelhs Vaid Vait Vangelia Vasillaq Vesy Virjiniq Vironas Vitrina Yildiray
    Yozlem Zaharoula Zannet Zeynun Zikrie Zorry
    """
)

#: Whether a table entry may be drawn: the tenth's test on plain letters, not ``NOT_NAMES``.
_usable = partial(table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def _pools(
    tables: Any, country: str, first: tuple[int, int], last: tuple[int, int]
) -> list[tuple[list[str], list[str]]]:
    """Women's and men's first names at ``first``, each beside the surnames of their own
    sex's forms (``SEXED``) at ``last``; no first name that is also a surname of the table."""
    given = tables.get_top_names(n=first[1], country_alpha2=country)[country]
    family = tables.get_top_names(n=last[1], use_first_names=False, country_alpha2=country)
    every_surname = set(family[country])
    surnames = [s for s in family[country][last[0] :] if _usable(s, country)]
    pools = []
    for key, endings in zip(("F", "M"), SEXED[country], strict=True):
        names = [n for n in given[key][first[0] :] if n not in every_surname]
        names = [n for n in names if _usable(n, country)]
        pools.append((names, [s for s in surnames if s.endswith(endings)]))
    return pools


def regenerate_names() -> None:
    """Draw each table's people, a woman then a man in turn, seeded ``sixtieth-<country>``
    (names-dataset importable only here), no word of an earlier snapshot nor any word
    twice; leave out ``DROPPED`` and write the snapshot."""
    tables = importlib.import_module("names_dataset").NameDataset()
    used = _earlier_names(tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists()))
    people: dict[str, list[list[str]]] = {}
    for (country, first, last), (source, count) in zip(TABLE_RANKS, PACKAGE_DRAWN, strict=True):
        pools, rng = _pools(tables, country, first, last), random.Random(f"sixtieth-{country}")
        drawn: list[list[str]] = []
        for turn in range(count * 100):
            names, surnames = pools[turn % 2]
            pair = [rng.choice(names), rng.choice(surnames)]
            if not {w.casefold() for w in pair} & used:
                drawn.append(pair)
                used |= {w.casefold() for w in pair}
            if len(drawn) == count:
                break
        people[source] = [pair for pair in drawn if DROPPED.isdisjoint(pair)]
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, people)


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Petal Board Lane", "Lead Rake Road", "Sprout Field Lane", "Red Kite Rise")
STREETS += ("Pillow Lace Close", "Straw Plait Yard", "Greensand Drive", "Well Dressers' Walk")
#: The towns of ``AREAS`` below, Derbyshire's five first.
TOWNS = (
    *("Bakewell", "Wirksworth", "Tideswell", "Hathersage", "Chapel-en-le-Frith", "Winslow"),
    *("Princes Risborough", "Wendover", "Ampthill", "Biggleswade", "Potton", "Shefford"),
)
SCHOOLS = (
    "Petal Board Primary School",
    "Lead Rake Infant School",
    "Red Kite Rise Junior Academy",
    "Sprout Field Lane Church of England Primary",
    "Pillow Lace Free School",
    "Straw Plait Nursery School",
    "Greensand Vale High School",
    "Well Dressers' Walk Pupil Referral Unit",
)
SCHOOL_SHORT = ("Petal Board", "Lead Rake", "Red Kite Rise", "Sprout Field", "Greensand Vale")
RELATIVES = ("yiayia", "baba", "nan", "step-dad", "papou", "dyado", "mum's partner")
RELATIVES += ("half-sister",)
#: A date of birth typed twelve ways, then the benign side's dates typed five ways (in the
#: fields the tenth's ``_date`` fills).
BIRTH_FORMS = ("{d}.{m}.{y}", "{dd}/{mm}/{y}", "{d}-{mon}-{yy}", "{mon} {d} {y}")
BIRTH_FORMS += ("{d}{th} {mon}, {y}", "{y}/{mm}/{dd}", "{wd}, {d} {mo} {y}", "{dd} {mo} {yy}")
BIRTH_FORMS += ("{m}/{d}/{y}", "{d} {mon} '{yy}", "{mo}. {d}, {y}", "{d} {mo} {y}")
WHEN_FORMS = ("{wd} {d}{th} {mon}", "{d}/{m}/{y}", "{d} {mo} {y}", "{mon} {d}")
WHEN_FORMS += ("{wd} {dd}/{mm}",)
#: The forty-second's births of children aged up to 17, written in ``BIRTH_FORMS``.
_birth = partial(born, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# The tenth's person_values fills {f} {l} with the child, {g} {h} with an adult at home,
# {k} with a sibling and {rel} with a relative.
NAME_TEXT = (
    "Ticket office at the show cave says {f} {l}, 10, turned up alone at opening time "
    "three days running and said {g} had locked the house.",
    "Marshal at the hill race saw {g} {h} drag {f} out of the crowd by the hair at the "
    "finish field and slap the child twice.",
    "The red kite feeding volunteer says {f} {l} comes to the hide every evening with no "
    "coat and has told her {g} does not want them home before dark.",
    "packer at the market garden says {f} {l}, 13, is on the onion line most mornings "
    "and {g} {h} collects the cash at the gate",
    "Duck race organiser says {g} {h} was too drunk to stand by the bridge and {f}, 4, "
    "was nearly in the river before anyone noticed.",
    "Shrove Tuesday race marshal says {f} {l} flinched and hid behind her when {g} shouted, and "
    "had a burn on the arm shaped like a pan handle.",
    "A cricket tea volunteer says {f} {l}, 8, eats the leftover sandwiches every Saturday "
    "and told her there is nothing at home since {g} lost the job.",
    "Bouldering coach at the climbing centre says {f} {l} has bruises on both upper arms "
    "and said {g} {h} holds them against the door.",
    "Keeper at the petting farm says {f} {l}, 15, is working unpaid weekends for an older "
    "man on the tractor rides who drives them home late.",
    "The cycle hire hut says {g} {h} left {f} and {k} with the bikes all day and came back "
    "after closing smelling of drink.",
    "Attendant at the paddling pool saw marks like a belt across {f} {l}'s back and the "
    "child said {g} did it for being late.",
    "Pillow lace teacher at the village class says {f} {l}, 12, told the group {g} has not "
    "let them see their {rel} since the funeral and takes their phone at night.",
    "Guide at the lead mine museum says {f} {l} was found asleep in the car park shelter "
    "at 7am and said {g} {h} had a new boyfriend staying.",
    "The milk round driver says {f} {l}, 6, answers the door at 5am on school days and "
    "says {g} is still out.",
    "Darts team captain at the pub says {g} {h} brings {f} in every Friday till closing and "
    "the child sleeps on the bench seats.",
    "Volunteer in the signal box on the heritage line says {f} {l} told him {g} hits {k} "
    "with a shoe when the baby cries.",
    "Abseil instructor at the quarry says {f} {l}, 14, had cuts on the wrists under the "
    "harness and said nobody at home knows.",
    "Orienteering club coach says {g} {h} screamed at {f} in the woods that they were "
    "useless and pushed the child into the brambles.",
    "The assistant at the pudding shop says {f} {l} has been taking money from tourists' "
    "tables for weeks and says {g} sends them out to do it.",
    "A sprout picker says {g} {h} brings {f}, 2, to the field in the dark and leaves the "
    "child in the van for the whole shift.",
    "Judge at the gymkhana says {f} {l}, 11, fell off the pony and {g} kicked them on the "
    "ground in front of everyone.",
    "Boot fair stallholder says {f} {l} is selling cigarettes and vapes from a bag for a man "
    "called by {g}'s friends the landlord.",
    "The bouncy castle hire man says {f} {l}, 9, told him {g} {h} ties them to the bed "
    "when there are visitors.",
    "Face painter at the gala says {f} {l} would not take off a scarf and had a swollen "
    "eye that {g} said was from a fall.",
)
NAME_LOWER = (
    "show cave again - {fl} {ll} there alone at 9",
    "{fl} at the kite hide, {gl} not answering",
    "market garden rang, {fl} {ll} on the onion line",
    "{ll} kids at the pool with belt marks",
    "pudding shop - {fl} taking cash from tables",
    "{gl} {hl} left {fl} in the van at the sprout field",
    "milk round says {fl} opened the door at 5am",
    "lead mine car park, {fl} {ll} slept in the shelter",
    "rang {fl}'s {rel}, voicemail full",
    "{fl} {ll} not at breakfast club since monday",
    "boot fair - {fl} selling vapes again",
    "darts night, {gl} {hl} had {fl} there till 1",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "the {l} twins",
    "{f} aged {age}",
    "{fi}. {l}",
    "{f} and {k}",
    "young {l}",
    "{l} lad",
    "{g} {h}'s eldest",
    "{f} from the market garden",
    "{l} ({f})",
)
SIGN_OFF = (
    "dont tell them i said\n{fl}",
    "Thanks again\n{g} {h}\n{rel} of {f}",
    "cheers\n{g} (mum of {f} and {k})",
    "{f} {l}\nsorry about the spelling",
    "Written for {f} by their {rel}, {g} {h}",
    "Kind regards,\n{g} {l}\nfoster carer",
    "{g} - {f}'s {rel} - on nights this week",
    "{f} {l}, {age}",
    "{g} {h}, kinship carer for {f}",
)
NICKNAMES = ("Rakestraw", "Sumpwater", "Tussock", "Wimberry", "Runnel", "Scrat")
NICKNAMES += ("Swallet", "Ratchet", "Yodel", "Wicket", "Tumbler", "Rosette")
NICKNAMES += ("Ragwort", "Woad", "Yomper", "Xylo")
NICKNAME_TEXT = (
    "The lads at the climbing centre call him {n} and send him to buy their cans.",
    "At the paddling pool she only answers to {n}; the older boys give her vapes.",
    "Stallholders heard {f}'s {rel} yelling {n} across the boot fair at closing.",
    "{n} is what the man from the market garden has her saved as in his phone, says the DSL.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} ({l})")
DOB_TEXT = (
    "DOB on GP record {dob}",
    "d.o.b. {dob}",
    "{g} told us {f} was born {dob}",
    "DOB per the school {dob}",
    "born {dob} at Chesterfield",
    "{f} {l} b. {dob}",
    "{dob}, which makes him {age}",
    "{rel} says {dob} though the nursery has another date",
    "born {dob}, 33 weeks, in special care",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "{g} can be reached on {phone}",
    "{rel}: {phone}",
    "home phone {phone}",
    "texts came from {phone}, {f} says it is his number",
    "yiayia's mobile {phone}",
)
NHS_TEXT = (
    "NHS number: {nhs}",
    "{f}'s NHS no {nhs}",
    "newborn NHS number {nhs}",
    "from the A&E letter, NHS {nhs}",
)
NI_TEXT = (
    "mum's NI no {ni}",
    "partner's NI number {ni}",
    "dad NINO {ni}",
    "{rel}'s national insurance {ni}",
)
ADDRESS_TEXT = (
    "living at {street}, {town} now",
    "sofa surfing at {street} with mum's friend",
    "home visit to {street}, {town} - no answer, lights on",
    "{f} is staying at her {rel}'s on {street}",
    "police out to {street} three times since Easter",
    "left {street}; living in a caravan near {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "pc: {postcode}", "new post code {postcode}")
SCHOOL_TEXT = (
    "{f} attends {school} (year {year_group})",
    "{school} Y{year_group}, attendance 61%",
    "DSL at {short} phoned at lunch",
    "{f} started at {short} in September",
    "{f}, {school}: {n2} sessions missed since half term",
)
EMAIL_TEXT = ("{g}'s email: {e}", "the emails came from {e}", "write to {g} {h} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} born {dob}",
    "{fi}{li}, {street}",
    "{fi}{li} - Y{year_group} - {short}",
    "child at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} girl, {age}, {town}",
    "{fi}{li} born {dob}",
    "year {year_group} at {school}",
    "the {l}s of {town}",
)


#: The twenty-fifth's ``identifying_tables`` on this module: homes, schools and kin, each
#: identifying category's templates, and the sixteen nicknamed.
KIN, TEMPLATES, NICKNAMED = identifying_tables(sys.modules[__name__])


_identifying = identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: The partners. Councils whose names are earlier corpora's areas are written by initials
#: or as staff shorten them (see the docstring): the Derbyshire towns' partners first.
_DERBYS = {
    "council": ("DCC children's services",),
    "police": ("Derbyshire Constabulary",),
    "icb": ("NHS Derby and Derbyshire ICB",),
    "ambulance": ("East Midlands Ambulance Service NHS Trust",),
}
_CRH = "Chesterfield Royal Hospital NHS Foundation Trust"
_UHDB = "University Hospitals of Derby and Burton NHS Foundation Trust"
_DCHS = "Derbyshire Community Health Services NHS Foundation Trust"
_DHCFT = "Derbyshire Healthcare NHS Foundation Trust"
_BUCKS = {
    "council": ("Bucks Council children's services",),
    "police": ("Thames Valley Police",),
    "icb": ("NHS Buckinghamshire, Oxfordshire and Berkshire West ICB",),
    "ambulance": ("South Central Ambulance Service NHS Foundation Trust",),
    "trust": ("Buckinghamshire Healthcare NHS Trust", "Oxford Health NHS Foundation Trust"),
}
_BEDS = {
    "council": ("CBC children's services",),
    "police": ("Bedfordshire Police",),
    "icb": ("BLMK ICB",),
    "ambulance": ("East of England Ambulance Service NHS Trust",),
    "trust": ("Bedfordshire Hospitals NHS Foundation Trust", "East London NHS Foundation Trust"),
}

#: The twelve areas, towns and large villages no earlier corpus file names: the council's
#: teams, the partners, and two civic venues of the town (libraries, halls, community and
#: leisure centres). The kinds are ``KINDS``.
_WHERE = (
    ("Bakewell", _DERBYS | {"trust": (_CRH, _DCHS)}, "DDDC", ("Library", "Town Hall")),
    ("Wirksworth", _DERBYS | {"trust": (_UHDB, _DCHS)}, "DDDC", ("Library", "Leisure Centre")),
    ("Tideswell", _DERBYS | {"trust": (_CRH, _DHCFT)}, "DDDC", ("Library", "Village Hall")),
    ("Hathersage", _DERBYS | {"trust": (_CRH, _DHCFT)}, "DDDC", ("Library", "Memorial Hall")),
    ("Chapel-en-le-Frith", _DERBYS | {"trust": (_DCHS, _DHCFT)}, "HPBC", ("Library", "Town Hall")),
    ("Winslow", _BUCKS, "Bucks Council", ("Library", "Community Centre")),
    ("Princes Risborough", _BUCKS, "Bucks Council", ("Library", "Community Centre")),
    ("Wendover", _BUCKS, "Bucks Council", ("Library", "Memorial Hall")),
    ("Ampthill", _BEDS, "CBC", ("Library", "Parish Centre")),
    ("Biggleswade", _BEDS, "CBC", ("Library", "Leisure Centre")),
    ("Potton", _BEDS, "CBC", ("Library", "Community Centre")),
    ("Shefford", _BEDS, "CBC", ("Library", "Community Hall")),
)
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    town: partners | _district(council) | {"venue": tuple(f"{town} {v}" for v in venues)}
    for town, partners, council, venues in _WHERE
}
#: The partnership of each town (named as its own site names it), and all the agencies the
#: benign side names (of the forty-eighth's ``KINDS``).
PARTNERSHIPS = tuple(AREAS)
#: Each police force's partnership, as its own pages name it (see the docstring).
PARTNERSHIP_OF_FORCE = {
    "Derbyshire Constabulary": "Derby and Derbyshire Safeguarding Children Partnership",
    "Thames Valley Police": "Buckinghamshire Safeguarding Children Partnership",
    "Bedfordshire Police": "CBSCP",
}
SCP = {area: PARTNERSHIP_OF_FORCE[partners["police"][0]] for area, partners in AREAS.items()}
#: Every agency, each once, in the order the areas name them.
AGENCIES = tuple(
    dict.fromkeys(agency for kind in KINDS for p in AREAS.values() for agency in p[kind])
)
#: This corpus's own words for benign pseudonyms (beside the twenty-second's
#: ``PSEUDONYM_WORDS``), and its review references over the twenty-second's draws.
CHOSEN = ("Clough", "Grough", "Tor", "Greensand", "Beechwood", "Wellhead", "Lacemark")
REFS = ("RR 60-03", "LCSPR 60/05", "RR/60/12", "CSPR-60-07", "RR 60/16", "TR 60-09")
DRAWS = EARLIER_DRAWS | {"ref": REFS}

_P = " The {role} will report progress to the partnership's quality group in {period}."
_S = "\n\nPlease reply to the partnership business unit by {date}.\n\nThank you,\n{scp}"

#: The benign templates, one tuple per register (the category of its samples); ``_uses``
#: fills each one to three times, and about a third are long, never past 500 characters.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}. A baby girl from {area} was taken to {trust} with bleeding "
        "on the brain; the parents said she rolled off a changing mat. The skeletal "
        "survey found older rib fractures. {police} joined a strategy discussion. The "
        "review will ask why two GP visits with a fretful baby were not linked." + _P,
        "{ref}: a boy of 14 near {area} was found with cannabis and cash after being missing "
        "for three nights. He had been moved out of a city placement to keep him safe, and "
        "the new school did not know his history. The reviewer will look at how risk "
        "followed him between areas and who held the plan.",
        "A family moved to {area} from a hostel and the children were not enrolled in school "
        "for a term. A girl of seven later came to notice through a dental abscess. "
        "{ref} will ask how families placed across council borders are tracked, and what "
        "the admissions team heard and when." + _P,
        "Context for {ref}. A 12-year-old told a youth worker at a holiday club that an adult "
        "she met through a game was sending her gifts. The club had no safeguarding lead on "
        "site that week. The {scp} wants to know how short-term holiday provision is checked "
        "and how {council} supports volunteer groups.",
        "Background ({area}): a baby girl died after being put to sleep on a "
        "beanbag during a visit to relatives. The health visitor had discussed safer sleep "
        "at the new birth visit, but the visit was by phone. {ref} asks whether remote "
        "contacts cut out the practical advice families need." + _P,
        "{ref}, brief account: a disabled boy of nine with no speech was left in the "
        "same chair for long periods. Respite carers, the special school and {trust} each "
        "noticed sore skin. The review will consider why concerns about neglect of a "
        "disabled child were treated as care needs rather than safeguarding.",
        "Panel summary, {area}. A 16-year-old living with an elderly grandparent was caring "
        "for her and missing college. Adult services assessed the grandparent and did not "
        "ask about the young person. {ref} will test whether whole-family assessments work "
        "in practice across the partnership." + _P,
        "Outline, {ref}: four children lived in a farm cottage near {area} with no heating "
        "through winter, and the youngest was underweight. Health saw the weight but school "
        "saw a happy child, so no referral was made. The review will look at how neglect "
        "tools are used and whether staff weigh up the whole picture.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}, decision: the three safeguarding partners agree the case meets "
        "the criteria for a local child safeguarding practice review. Harm was serious and "
        "there is learning about how {trust} and {council} acted on a pre-birth referral. "
        "The National Panel will be informed by {date2} and the {role} will draft terms.",
        "Rapid review {ref}, decision: no local review. The learning about bruising in "
        "babies who are not mobile is already in the revised protocol and staff have been "
        "briefed since. A further review would repeat that work. Agreed by the partners on "
        "{date}; the rationale goes to the Panel by {date2} with a short staff briefing.",
        "Rapid review {ref}, decision: the learning will feed the thematic review of "
        "{theme} already running across {area} and the surrounding parishes, rather than a "
        "separate review. {police} and {icb} will send their reports to the thematic "
        "reviewer by {date2}. The Panel will receive the reasons with the rapid review.",
        "Rapid review {ref}, decision: a systems review will go ahead, with a learning event "
        "at {venue}. Partners want to understand why nobody used the escalation policy when "
        "health and children's social care disagreed for weeks about a child's risk. Draft "
        "terms of reference go to the executive on {date2}.",
        "Rapid review {ref}, decision: the partners will ask the Panel to consider a "
        "national review, as a similar death occurred in a neighbouring county this year. "
        "Local work continues in parallel so learning is not lost. The {role} will write to "
        "the Panel setting out the links by {date2}.",
        "Rapid review {ref}, decision: a seven-minute briefing and a learning week instead "
        "of a full review. The facts are clear, the family have chosen not to take part, and "
        "agencies have already changed their practice. Signed off on {date}; the changes "
        "will be tested through the multi-agency audit in {period}.",
        "Rapid review {ref}, decision: a local review will focus on discharge from the "
        "children's ward to community services, where a mother's disclosure of violence was "
        "written down but not shared. {trust} and {icb} will jointly chair the panel, and "
        "the National Panel will be told by {date2}.",
    ),
    "minutes": (
        "Action log, {scp} executive, {date}, {room}, {venue}\n"
        "Present: {council}, {police}, {icb}, the {district}.\n"
        "1. Dashboard for {period}: re-referrals {rag}.\n"
        "2. Scrutineer's annual report noted.\n"
        "3. Peer challenge session to be arranged.\n"
        "Next meeting {date2}, {time}.",
        "Workforce development group, {date}, {venue}\n"
        "Present: the {role}, {trust}, {police}, a secondary head.\n"
        "1. {course} uptake lowest in {area}; local sessions agreed.\n"
        "2. {ref} learning added to induction.\n"
        "3. Trainer pool down to six; recruitment to begin.\n"
        "Next meeting {date2}, {room}.",
        "Case review subgroup, {date}, online\n"
        "Present: {council}, {police}, {trust}, {ambulance}.\n"
        "1. Referral from {area} considered; rapid review agreed.\n"
        "2. {ref}: integrated chronology circulated for comment.\n"
        "3. Any other business: none.\n"
        "Next meeting {date2} at {venue}.",
        "Policy and procedures group, {venue}, {date}\n"
        "Present: the {role}, {icb}, {trust}, the {district}.\n"
        "1. Bruising protocol: final comments received.\n"
        "2. {theme} guidance reduced to four pages.\n"
        "3. Feedback on {course} to come back next time.\n"
        "Next meeting {date2}, {time2}.",
        "Exploitation and missing group, {room}, {venue}, {date}\n"
        "Present: {police}, {council}, the {district}, youth justice.\n"
        "1. Summer plan for the show and the carnival agreed.\n"
        "2. Hotspot mapping for {area}: {rag}.\n"
        "3. Return interview provider to report next time.\n"
        "Next meeting {date2}.",
        "Health safeguarding forum, {venue}, {date}\n"
        "Present: named nurses from {trust}, the designated doctor, {icb}.\n"
        "1. Was-not-brought audit in {area} extended six months.\n"
        "2. {ref}: GP practice learning sessions booked.\n"
        "3. Interpreting for Greek and Bulgarian speakers: review agreed.\n"
        "Next meeting {date2}.",
    ),
    "partner_email": (
        "Hello all,\n\nA reminder that agency chronologies for {ref} were due last week. We "
        "still need {trust} and the {district}; {police} have sent theirs. The reviewer "
        "cannot start the analysis until everything is in, and the panel is booked for "
        "{date2}." + _S,
        "Dear colleagues,\n\nWe are looking for practitioners from {area} to test a short "
        "guide on {theme}. The session is at {venue} on {date2}, {time} to {time2}; "
        "refreshments are provided and managers have agreed the time." + _S,
        "Hi everyone,\n\nThe executive has signed off the updated threshold document. "
        "{council} will brief its teams this month and {police} will add it to training for "
        "new officers. Could health partners let us know their plans for sharing it?" + _S,
        "Dear partners,\n\nDuring {period} our independent scrutineer would like to "
        "shadow the front door for a day and speak to staff from {icb} and {ambulance}. If "
        "you can host, please send a contact and two dates." + _S,
        "Hi all,\n\nGood news: the Panel has accepted the rapid review for {ref} with no "
        "further questions and praised the input from {trust}. The {role} will now write "
        "the learning briefing with the designated nurse." + _S,
        'Dear all,\n\nDue to demand we have added a second date for "{course}" at {venue}, '
        "{time} to {time2}. It is open to {council}, {police}, health, schools, early years "
        "and the voluntary sector; the first date filled in a day." + _S,
        "Dear colleagues,\n\nThank you to {ambulance} for releasing two paramedics to join "
        "the learning event for {ref}. Hearing about the first call helped the panel "
        "understand how fast things moved that evening." + _S,
        "Hello,\n\nFor {ref}, could the {district} set out how families placed in temporary "
        "accommodation are notified to health visiting and schools, and how long the "
        "longest placement lasted last year?" + _S,
    ),
    "local_review": (
        "Local review {ref}: on {date} the reviewer shared emerging findings with the panel: "
        "too much trust in a father's account of his drinking, little curiosity about a new "
        "partner, and a child in {area} who was rarely seen on their own. {trust} and "
        "children's social care will check these against their records before the next "
        "meeting.",
        "Local review {ref}: practitioners met at {venue} on {date}. Staff from {police} and "
        "the {district} spoke about caseloads and about not knowing whom to call in another "
        "agency out of hours. Their views will shape the recommendations." + _P,
        "Local review {ref}: scope agreed {date}. The review covers the year before the "
        "incident, a change of health visitor, decisions at the front door, and how {icb} "
        "follows up children with complex health needs placed in schools outside the area.",
        "Local review {ref}: the reviewer has met the child's mother, who asked that the "
        "report show her son as a boy who loved football and drawing, not only as a list of "
        "events. The panel agreed. A draft is due in {period}, and the family will see it "
        "before the {scp} publishes.",
        "Local review {ref}: first panel meeting set for {date}.",
        "Local review {ref}: lead reviewer commissioned {date}.",
        "Local review {ref} on hold pending the criminal trial.",
        "Local review {ref}: all agency reports now in.",
        "Local review {ref}: final draft to the panel on {date}.",
    ),
    "chronology": (
        "{date}: childminder noted the child arrived hungry and in wet clothes.",
        "{date}: {police} attended a domestic incident; two children present.",
        "{date}: MASH screening; stepped down to early help.",
        "{date}: {ambulance} took mother to hospital; children with an aunt overnight.",
        "{date}: the {district} offered emergency accommodation.",
        "{date}: strategy meeting held; section 47 enquiry agreed.",
        "{date}: 27-month review missed; health visitor sent a letter.",
        "{date}: outpatient appointment at {trust} not attended again.",
        "{date}: first home visit by the early help worker.",
        "{date}: review child protection conference, {council} chairing.",
        "{date} to {date2}: school records five unexplained absences.",
        "{date}: part-time timetable agreed by the school.",
        "{date}: mother booked for antenatal care at 30 weeks.",
    ),
    "checklist": (
        "Rapid review within 15 working days? Yes.",
        "Panel notification sent {date}.",
        "Family informed of the review {date}.",
        "Views of the child to be sought by {date2}.",
        "Independent reviewer contracted? Yes.",
        "Terms of reference: drafted.",
        "{trust} report received? Yes.",
        "{district} report received? Chased.",
        "Inquest date: {date}.",
        "{police} disclosure: requested, pending.",
        "Seven-minute briefing: with comms.",
        "Circulated to DSLs? Done.",
        "Reports due from {police} and {icb}: {date2}.",
    ),
    "notice": (
        "{scp} executive: {date}, {time}, {room}, {venue}.",
        "{ref} learning event, {date2}, {venue}, {time} to {time2}.",
        "Save the date: partnership conference, {venue}, {date}.",
        "Training subgroup moved to {date}, {time}, {room}.",
        "Designated safeguarding leads forum at {venue}, {date}, {time}.",
        'Webinar "{course}", {date}, {time}.',
        "Parent and carer drop-in at {venue} on {date}.",
        "Exploitation awareness evening, {room}, {venue}, {date}.",
        "Health forum moved from {date} to {date2}.",
        "Multi-agency audit day, {date}, {room}, {venue}.",
        "Youth voice group at {venue}, {date}, {time} to {time2}.",
        "Launch of the bruising protocol at {venue}, {date}, {time}.",
    ),
    "slack": (
        "papers for thursday are in the shared folder",
        "has the {trust} report for {ref} come in?",
        "room booked at {venue} for {date} :thumbsup:",
        "reminder - Panel notification due by 5pm",
        "{district} asked to move to {time2} from {time}, any objections?",
        "comments on draft terms by {date} please",
        "thanks all, minutes to follow",
        "{police} have named a DI for the rapid review",
        "{period} training calendar is live",
        "does {ref} go to exec or the case review subgroup first?",
        "scrutineer's report is pinned in the channel",
        "can someone take the minutes on {date}?",
        "which agency report template is the current one",
        "{icb} named GP joining online at {time}",
        "{council} lead off on {date}, who is covering?",
    ),
    "panel": (
        "Panel reply on {ref} received {date}: no further questions.",
        "{ref} notified to the Panel on {date}.",
        "Rapid review report due with the Panel {date2}.",
        "Panel feedback: rationale clear and well evidenced.",
        "Panel agreed no national review for {ref}.",
        "{ref} rapid review submitted; Ofsted and DfE copied.",
        "Panel asked for the ambulance service's report; sent {date}.",
        "{ref} final report sent to the Panel {date}.",
        "Panel granted {ref} an extension to {date2}.",
        "Panel annual report discussed at the executive.",
        "Panel question on {ref} received {date}; {role} to reply.",
    ),
    "publication": (
        "Target publication date for {ref}: {date}.",
        "Publication delayed until after the trial.",
        "Summary report only, agreed {date}.",
        "Family briefed on the publication date.",
        "Press lines agreed with the {council} media team.",
        "{ref} published on the {scp} website, {date}.",
        "Seven-minute briefing to be published alongside.",
        "Family asked for a delay; publication moved to {date2}.",
        "Report to be taken down after twelve months.",
        "DfE told of publication.",
        "Publication plan for {ref} agreed by partners on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed child development checks by {date}.",
        "Action 2: {council} to record every adult in the household at each visit.",
        "Action: {police} to share overnight domestic abuse reports with schools by 9am.",
        "Action: {icb} to fund infant crying training for maternity staff.",
        "Action 3: learning week on {theme} in {period}.",
        "Action: {ambulance} to include a question about children in handovers.",
        "Action: the {district} to inform health visitors of out-of-area placements.",
        "Action 4 complete: revised escalation policy live from {date}.",
        "Action 5: {role} to report to the executive quarterly.",
        "{period} plan: 10 actions, 6 complete, 4 {rag}.",
        "Action: single chronology template for all agencies from {date}.",
        "Action 6: {trust} to ask who else lives at home at triage by {date2}.",
    ),
    "housing_note": (
        "The {district} has confirmed the start date of the new tenancy.",
        "{district}: relief duty accepted from {date}.",
        "The {district} will send two officers to the learning event.",
        "{ref} learning shared with {district} managers.",
        "All housing officers covering {area} to complete {course} by {date}.",
        "DDDC housing options team and Derbyshire Constabulary checked holiday lets in "
        "Bakewell being used to house families from outside the county.",
        "DDDC community safety team walked the recreation ground in Wirksworth with youth "
        "workers after reports of young teenagers drinking.",
        "DDDC housing options team discussed damp farm cottages near Tideswell with DCC "
        "children's services.",
        "DDDC community safety team met Chesterfield Royal Hospital NHS Foundation Trust "
        "staff about the summer camping season in Hathersage.",
        "HPBC housing options team briefed Derbyshire Community Health Services NHS "
        "Foundation Trust health visitors on emergency placements in Chapel-en-le-Frith.",
        "HPBC community safety team visited the youth club in Chapel-en-le-Frith.",
        "Bucks Council housing options team spoke to school nurses about families in Winslow.",
        "Bucks Council community safety team and Thames Valley Police planned patrols near "
        "the station in Princes Risborough.",
        "Bucks Council housing options team and Oxford Health NHS Foundation Trust discussed "
        "sofa surfing young people in Wendover.",
        "CBC housing options team met East London NHS Foundation Trust staff about "
        "families in Ampthill.",
        "CBC community safety team and Bedfordshire Police looked at the underpass in "
        "Biggleswade after dark.",
        "CBC housing options team agreed a hospital discharge route with Bedfordshire "
        "Hospitals NHS Foundation Trust for Potton and Shefford families.",
    ),
    "training": (
        'Now on the e-learning platform: "{course}".',
        "Training needs survey closes {date}.",
        "Induction for new partnership members, {date}, {venue}.",
        "{course}: places still available in {period}.",
        "{theme} workshop at {venue}, {date}, {time} to {time2}.",
        "Train the trainer day for {course}, {room}, {venue}, {date}.",
        "Multi-agency trainers' forum, {room}, {date}.",
        "Evaluation of the {theme} workshop shows staff feel more confident.",
        "DSL update sessions run through {period}.",
        "The Derby and Derbyshire Safeguarding Children Partnership ran a safer sleep "
        "session for childminders in Tideswell.",
        "University Hospitals of Derby and Burton NHS Foundation Trust and Derbyshire "
        "Healthcare NHS Foundation Trust gave a perinatal mental health talk in Wirksworth.",
        "East Midlands Ambulance Service NHS Trust and NHS Derby and Derbyshire ICB briefed "
        "first responders in Hathersage and Bakewell.",
        "The Buckinghamshire Safeguarding Children Partnership trained sports coaches in "
        "Wendover and Winslow.",
        "Buckinghamshire Healthcare NHS Trust and South Central Ambulance Service NHS "
        "Foundation Trust ran a head injury course in Princes Risborough.",
        "NHS Buckinghamshire, Oxfordshire and Berkshire West ICB briefed GP practices in "
        "Winslow on was-not-brought.",
        "CBSCP and BLMK ICB ran a neglect session for nursery staff in Shefford.",
        "East of England Ambulance Service NHS Trust and CBC children's services gave an "
        "exploitation briefing to taxi drivers in Biggleswade, Potton and Ampthill.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child Q", "Child LT", "Infant R", "Baby M", "Young Person G", "Sibling 2"),
    *("Sibling 4", "Unborn Baby K", "HP", "T.W.", "Child A and Child B", "Clough"),
    *("Grough", "Tor", "Greensand", "Beechwood", "Wellhead", "Lacemark", "Child V"),
    *("Infant CD", "Baby NE", "Young Person U", "JR", "S", "Child Y", "Sibling X"),
    *("K.B.", "Baby E and Baby F", "Child MW", "Young Person SO", "PL", "Infant Z"),
    "Sibling C",
)


#: The benign side as the twenty-first writes it, and its fills per template.
_benign = benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The identifying and benign samples, joined by the tenth's ``assembled``; the same
    on every run."""
    return assembled("sixtieth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
