"""DOCSTRING"""

from __future__ import annotations

import importlib
import random
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
#: the helpers that write and read its snapshot: the earlier corpora's own, as the
#: fifty-seventh gathers them.
DRAMA_PREFIXES, INWARD_LETTERS, PLAIN = _57.DRAMA_PREFIXES, _57.INWARD_LETTERS, _57.PLAIN
POSTCODE_AREAS, nhs_check_digit, benign_words = (
    _57.POSTCODE_AREAS,
    _57.nhs_check_digit,
    _57.benign_words,
)
_district, _earlier_names, assembled = _57._district, _57._earlier_names, _57.assembled
snapshot_people, table_entry_ok, write_snapshot = (
    _57.snapshot_people,
    _57.table_entry_ok,
    _57.write_snapshot,
)

__all__ = ["DRAMA_PREFIXES", "INWARD_LETTERS", "PLAIN", "POSTCODE_AREAS", "nhs_check_digit"]
__all__ += ["benign_words", "samples"]

SEEN = ""
NAMES_FILE = Path(__file__).with_name("sixtieth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), GR and BG tables"
SEED = "sixtieth-<country>"
#: Every earlier snapshot: the fifty-seventh's list and its own, and those of the
#: fifty-eighth and fifty-ninth (written alongside, so read only when they are there).
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
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()


#: Entries of the draws read by hand as words, places, brands, pet forms, typos, names of
#: another country's people or first names in the surname column: put here, drawn again.
NOT_NAMES = frozenset(
    {
        *("Aaleksander", "Adnam", "Agelina", "Aglaya", "Ahmedcan", "Ailail", "Airedin", "Aisoun"),
        *("Aitosina", "Akcha", "Aksin", "Aktis", "Alaytin", "Albri", "Aldinov", "Aldinova"),
        *("Aleytin", "Algerta", "Alketi", "Altaner", "Anano", "Andjelo", "Andrev", "Anelia"),
        *("Anileda", "Anrieta", "Antani", "Apostoli", "Arsino", "Artemida", "Artion", "Arturi"),
        *("Arvis", "Asenof", "Ashimov", "Asjid", "Askim", "Asude", "Atije", "Atipov", "Atzela"),
        *("Avakian", "Avedis", "Avtotapizer", "Aydinova", "Aylyar", "Ayrula", "Ayshe", "Ayyildiz"),
        *("Babali", "Baftjar", "Bahiti", "Bahtinur", "Banaras", "Barjamaj", "Barom", "Bartu"),
        *("Bashrat", "Bayramoglu", "Baysie", "Befa", "Beizi", "Bejbi", "Bengitim", "Bengul"),
        *("Benimsin", "Beray", "Berksan", "Besard", "Beshi", "Beynazi", "Beysimova", "Beytieva"),
        *("Bezimen", "Bigra", "Bilbili", "Billbi", "Bilqnchetostoqn", "Biordi", "Birdzhan"),
        *("Birhayat", "Bisi", "Bitila", "Bleona", "Bojeva", "Bojlu", "Bonboni", "Boqdjieva"),
        *("Boyks", "Bsharat", "Cambaz", "Camiset", "Canka", "Canni", "Ceku", "Celnik", "Cemali"),
        *("Cenka", "Cevide", "Charalampos", "Chatouna", "Chaushevi", "Chelidze", "Cherkez"),
        *("Chitak", "Cholata", "Christiti", "Christov", "Cili", "Comali", "Constadinos", "Copar"),
        *("Corta", "Cuka", "Cunet", "Cvetelinka", "Cvetka", "Dajia", "Dallendyshe", "Damqna"),
        *("Danco", "Deiana", "Deivd", "Delqn", "Demko", "Denion", "Deq", "Deriq", "Desko"),
        *("Detski", "Deyvidanastasov", "Dhmos", "Diamanths", "Diamantw", "Dikea", "Dikme"),
        *("Dilore", "Dimeto", "Dinaki", "Dincher", "Dioum", "Disanthus", "Djfanis", "Djordan"),
        *("Djumaziye", "Docent", "Dohka", "Doktora", "Doktorov", "Dollani", "Domeniko"),
        *("Domuschieva", "Dongi", "Donkarymen", "Doshi", "Dqkova", "Dqvol", "Drumi", "Dybeli"),
        *("Edinmuj", "Edjona", "Ekiz", "Eletheria", "Elguja", "Elidona", "Elisey", "Emmanouhl"),
        *("Empo", "Enriko", "Ephie", "Eqerem", "Erdjo", "Erduan", "Ergioun", "Ergis", "Eridjan"),
        *("Ermonda", "Erri", "Erton", "Eskan", "Etnor", "Euh", "Euris", "Euthimis", "Evalena"),
        *("Evri", "Evro", "Eydokia", "Fahriye", "Faiy", "Fartin", "Fasho", "Fatri", "Feime"),
        *("Ferruh", "Fevzieva", "Fikihalil", "Fikretova", "Filipas", "Fillipos", "Firtina"),
        *("Flamuri", "Flogerta", "Fodas", "Fokir", "Foufoutos", "Francesk", "Gaiana", "Galentina"),
        *("Galimir", "Gazara", "Genadiy", "Gench", "Gergans", "Gesh", "Ghaniyya", "Giasmin"),
        *("Ginko", "Giola", "Gioni", "Gioulia", "Giouras", "Giouri", "Gissi", "Gjelosh", "Gjergi"),
        *("Gjona", "Gjyshja", "Gjystina", "Glykos", "Goco", "Goshe", "Gozde", "Guffar"),
        *("Gulbeniz", "Gulfer", "Gulhan", "Gulum", "Gulustan", "Guraj", "Gurdjan", "Gurjan"),
        *("Gurra", "Guzelcan", "Gyla", "Gyunal", "Gyunan", "Hachik", "Hacko", "Hadjer", "Halit"),
        *("Hatia", "Hazbi", "Heidari", "Hercu", "Hlbub", "Hripsime", "Hurmuz", "Hyginus"),
        *("Hysenllari", "Hyuseyin", "Iamze", "Ibisheva", "Iclal", "Idayet", "Igraca", "Iliaz"),
        *("Ilievi", "Iljana", "Ingilizov", "Isallari", "Ishtaiq", "Iskamte", "Iskushenie", "Ixti"),
        *("Ixtiandar", "Izetov", "Jankulla", "Jebelez", "Jelyazko", "Jenito", "Jianni", "Jiorgos"),
        *("Jiwko", "Jorgaq", "Jorjeta", "Jotova", "Jovko", "Juliqn", "Kacarova", "Kaiti"),
        *("Kallioph", "Kalos", "Kalotina", "Kapitanska", "Karaahmedova", "Karaalieva"),
        *("Karadachki", "Karamalak", "Karaosman", "Karpathios", "Kasapidis", "Kashari"),
        *("Kastrijot", "Katelina", "Keasi", "Kerka", "Kinco", "Kirilovi", "Klarinet", "Klinti"),
        *("Kocovalli", "Koika", "Koldashi", "Komitska", "Konina", "Koreta", "Korueva", "Kossy"),
        *("Kostadina", "Kostadinka", "Kostantinos", "Kostowa", "Kracimir", "Kras", "Kraseto"),
        *("Krassiana", "Krikor", "Krisa", "Krissi", "Kristofar", "Kumanaku", "Kume", "Kuriakou"),
        *("Kwstandina", "Ladjova", "Laerti", "Lamai", "Lebibe", "Lidiyana", "Ligeri", "Llambro"),
        *("Llukan", "Lofar", "Loucy", "Lubeto", "Lubito", "Lulijeta", "Lushe", "Lybenova", "Lybo"),
        *("Macide", "Magos", "Mahmure", "Makedonska", "Maldin", "Malkiq", "Maloku", "Manolovi"),
        *("Mant", "Maraia", "Mariglent", "Mariloo", "Masati", "Matula", "Mebel", "Mehmedd"),
        *("Memocan", "Mergyul", "Micev", "Miceva", "Michalitsa", "Migjen", "Mihailowa"),
        *("Miltiadis", "Mimka", "Minasian", "Minikamal", "Mirada", "Mircev", "Mistafa", "Mistin"),
        *("Mocka", "Moira", "Momcheto", "Mortisha", "Mosxoula", "Mpak", "Muhametaj", "Muksin"),
        *("Muradie", "Murufe", "Nadegda", "Nadrie", "Nadzhi", "Nalbandyan", "Narie", "Nashide"),
        *("Ndrec", "Nebaet", "Necatin", "Necip", "Nedjatin", "Nejdetov", "Nemski", "Nephelie"),
        *("Nerdjan", "Neruz", "Nevzie", "Nezir", "Nicolova", "Nihat", "Nihatov", "Nikikolai"),
        *("Nikolino", "Nikoula", "Nilsu", "Nineli", "Niqi", "Niqzi", "Noti", "Novrus", "Ntariko"),
        *("Ntelis", "Nuridin", "Nuritin", "Oblizan", "Odusseas", "Odyssea", "Okshan", "Ollga"),
        *("Olumpia", "Opasna", "Orhann", "Orhanova", "Ozgul", "Oztzan", "Pagalos", "Paluca"),
        *("Pammakainth", "Panajota", "Papuja", "Paraschiva", "Paros", "Pashai", "Paxo", "Pazi"),
        *("Pemy", "Penbe", "Pencheto", "Pesho", "Petiq", "Petrika", "Peveca", "Pietri", "Pirro"),
        *("Pisha", "Plamen", "Plarent", "Pobeda", "Polimer", "Poppi", "Poulia", "Prasio"),
        *("Prenge", "Radev", "Radiqna", "Radskie", "Rafiye", "Rahian", "Ravza", "Raymish"),
        *("Refiye", "Reformas", "Rejep", "Rentals", "Resat", "Residencegroup", "Resmie", "Reycan"),
        *("Rfaqat", "Rigels", "Rizof", "Rousos", "Routh", "Rroshi", "Rruzhdi", "Rufi", "Rujka"),
        *("Rumen", "Rumianka", "Rumiqna", "Ruyel", "Ruzgar", "Rysko", "Sabis", "Sabrie"),
        *("Sadikaj", "Sadushi", "Salihoglu", "Sallja", "Sansun", "Sebaatin", "Sebatiye", "Secil"),
        *("Selahtin", "Selami", "Seleytin", "Seliha", "Selime", "Seltzan", "Sevcivan", "Sevdomaq"),
        *("Sevginov", "Seycan", "Seyfidin", "Shabaj", "Shahaj", "Shamraz", "Shevked", "Shezai"),
        *("Shivdat", "Shkalla", "Shnoda", "Shpresim", "Shqau", "Shqip", "Shukriev", "Shurdha"),
        *("Sibora", "Sidki", "Siriana", "Sklepas", "Skura", "Slavchevi", "Slavco", "Slaveq"),
        *("Snalla", "Snegana", "Snezha", "Soikan", "Sokrati", "Sonsuz", "Soragia", "Sotie"),
        *("Soykan", "Spirdonov", "Sportni", "Stambata", "Stasii", "Stavy", "Stilian", "Suleybe"),
        *("Sunai", "Suti", "Svilio", "Swkraths", "Swthrhs", "Sxabi", "Syleiman", "Tabatadze"),
        *("Takuhi", "Tamro", "Tanush", "Tanzhu", "Taramia", "Tasin", "Tasoyla", "Tcvetanka"),
        *("Tcvetelina", "Tcvetkova", "Teq", "Terezina", "Thelxi", "Themelina", "Themi", "Theos"),
        *("Theoxaris", "Thermos", "Tigri", "Tijen", "Tinatin", "Tolunay", "Tonika", "Topche"),
        *("Trelo", "Trendafil", "Tsarli", "Tsetsa", "Tuci", "Tugi", "Tunar", "Tuqeer", "Tushi"),
        *("Tvoi", "Twoeto", "Tyuki", "Tzansou", "Tzemile", "Tzena", "Tzimhs", "Tzixat"),
        *("Tzompanakis", "Tzora", "Udjel", "Umgul", "Umgusum", "Uraj", "Uske", "Usmugul"),
        *("Vadood", "Vagg", "Vaghelis", "Vangjelis", "Vanias", "Vaniq", "Vasiliqi", "Vefi"),
        *("Venetike", "Veselana", "Vesella", "Vesko", "Vess", "Viliqna", "Vinelina", "Vinis"),
        *("Vipp", "Vjara", "Vouli", "Vula", "Wenelin", "Wqra", "Xhafaj", "Xhemil", "Xhoi"),
        *("Xhoni", "Xhorxhi", "Xri", "Xrysh", "Xrysoyla", "Yafes", "Yanush", "Yliqn", "Yudji"),
        *("Yuliqnova", "Yuner", "Yvoni", "Zaklin", "Zanin", "Zanko", "Zapriqn", "Zdrafko"),
        *("Zekir", "Zerda", "Zlatka", "Znaem", "Zogia", "Zoyaemo", "Zulkyar", "Zunbul", "Zveta"),
        *("Zvetan", "Zvqra", "Zyfi", "Zyuhre", "Zyuleyha"),
    }
)
#: People of the last draw with such an entry, left out without drawing again.
DROPPED = frozenset(
    {
        *("Achileas", "Adoni", "Agur", "Aiten", "Aksay", "Aldenis", "Alfredos", "Altini"),
        *("Alyara", "Amanta", "Amlet", "Ancho", "Anesths", "Anyuta", "Anzelika", "Ariol"),
        *("Aristotel", "Atanaska", "Avtandil", "Aydun", "Ayshegul", "Baggos", "Balantis"),
        *("Basrie", "Bayzit", "Behaydin", "Behi", "Bilqn", "Binnur", "Bledian", "Brisida"),
        *("Cahide", "Cevrie", "Charitini", "Chavdara", "Cvetelina", "Daku", "Damos", "Demetre"),
        *("Dezi", "Djengo", "Dzhoshkun", "Ediye", "Eirinaki", "Elleni", "Ermand", "Esthir"),
        *("Evangelie", "Feizula", "Fejzi", "Ferde", "Festi", "Fiorentina", "Fota", "Fryni"),
        *("Genady", "Giray", "Glody", "Gulzade", "Gyulfi", "Hatije", "Huzur", "Iakwvos", "Ikbale"),
        *("Ilk", "Iordan", "Isidwra", "Iwsif", "Jaklina", "Jecho", "Jelqzka", "Jorjo", "Juljana"),
        *("Jylieta", "Kaloyana", "Kaymet", "Klarida", "Klaudja", "Klejda", "Kostantia", "Krysta"),
        *("Kucuk", "Kyriakoula", "Lamzira", "Lefkothea", "Lefteria", "Leylq", "Lyutvi", "Maksun"),
        *("Marilita", "Masal", "Meray", "Minco", "Moisi", "Mucahit", "Muge", "Munur", "Murtw"),
        *("Muzmal", "Nadide", "Nazende", "Necat", "Neika", "Nelin", "Neppe", "Nevqna", "Nexhmi"),
        *("Nivelin", "Nuca", "Oldjay", "Oljana", "Peho", "Pelina", "Pella", "Petruta", "Pipis"),
        *("Politimi", "Proletina", "Rannia", "Rasab", "Rayfe", "Redji", "Rengin", "Rigers"),
        *("Roksi", "Sadush", "Sahko", "Sevildjan", "Seynur", "Shefi", "Shefie", "Shenai"),
        *("Slavqn", "Soukri", "Spyro", "Stamo", "Stefco", "Stergiani", "Stoio", "Subay", "Sunayi"),
        *("Svetlava", "Tanq", "Teynur", "Theofili", "Tosi", "Tosko", "Tzannis", "Tzella", "Tzem"),
        *("Tzesika", "Ucnobi", "Uliq", "Vagelhs", "Vaid", "Vait", "Vangelia", "Vasillaq", "Vesy"),
        *("Virjiniq", "Vironas", "Vitrina", "Yildiray", "Yozlem", "Zaharoula", "Zannet", "Zeynun"),
        *("Zikrie", "Zorry"),
    }
)

#: A names-dataset entry to draw from: the tenth's test, plain letters, less ``NOT_NAMES``.
_usable = partial(table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def _pools(tables: object, country: str, first: tuple[int, int], last: tuple[int, int]) -> list:
    """Women's and men's first names at ``first``, each beside the surnames of their own
    sex's forms (``SEXED``) at ``last``; no first name that is also a surname of the table."""
    top = getattr(tables, "get_top_names")
    given = top(n=first[1], country_alpha2=country)[country]
    family = top(n=last[1], use_first_names=False, country_alpha2=country)[country]
    surnames = [s for s in family[last[0] :] if _usable(s, country)]
    pools = []
    for key, endings in zip(("F", "M"), SEXED[country], strict=True):
        names = [n for n in given[key][first[0] :] if n not in family and _usable(n, country)]
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
        pools, rng, drawn = _pools(tables, country, first, last), random.Random(f"sixtieth-{country}"), []
        for turn in range(count * 100):
            names, surnames = pools[turn % 2]
            pair = [rng.choice(names), rng.choice(surnames)]
            if len(drawn) < count and not {w.casefold() for w in pair} & used:
                drawn.append(pair)
                used |= {w.casefold() for w in pair}
        people[source] = [p for p in drawn if not set(p) & DROPPED]
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, people)


if __name__ == "__main__":
    regenerate_names()
