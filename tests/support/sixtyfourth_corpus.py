from __future__ import annotations

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
#: corpus (the tenth's ``person_values``, the twenty-fifth's filter), as the sixty-third
#: takes them; the others are used through ``_57`` where needed.
from tests.support.sixtythird_corpus import (
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
            *sixtythird_corpus.EARLIER,
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
COUNTRIES = ("ES", "MX")
ASCII_ONLY = frozenset(COUNTRIES)
PACKAGE_DRAWN = (("names-dataset-ES", 110), ("names-dataset-MX", 150))
DRAWN = (("names-dataset-ES", 35), ("names-dataset-MX", 26))
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

if __name__ == "__main__":
    regenerate_names()
