"""A fifty-sixth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fiftysixth_names.json``, a seeded snapshot (seed ``fiftysixth-<country>-<sex>``,
  Python's ``random.Random``) from names-dataset 3.3.1 (PyPI, Apache-2.0, Philippe Remy's
  frequency tables per country), its IN (India) and BD (Bangladesh) tables. Earlier
  corpora that name names-dataset IN or BD took these ranks (checked by grepping
  ``tests/support`` and ``tests/test_unseen_corpora.py`` for ``"IN"``, ``"BD"``, India and
  Bangladesh): the fourth the top names of both (its "south-asian" origin: first names to
  60, surnames to 80); the eighth ranks 100-599 of both; the tenth 600-1499 of both; the
  sixteenth 1500-2999 of both; the seventeenth IN at 3000-4999 (eight people); the
  nineteenth BD at 3000-4999 (seven people); the twenty-second and twenty-fourth found
  both women's lists too short for their ranks (5000 on) and drew nothing from them. So
  men's first names come from ranks 5000-13999 and surnames from ranks 5000-15999
  (``FIRST_RANKS``, ``RANKS``), which no corpus drew. The tables' women's lists end
  before rank 5000 (IN at 3393, BD at 3998), so no woman's first name lies at a new rank:
  theirs come from ranks 3000 to the end of the list, the seventeenth's and nineteenth's
  ranks, the least drawn, and the filter keeps none in an earlier snapshot. No first
  name that the table also lists for the other sex is drawn. The draw is the
  fifty-third's (``candidates``, women and men in turn) and the forty-second's
  ``regenerate_names`` runs the twenty-fifth's filter on it: the first people of each
  table whose names are plain letters (entries in Bengali or Devanagari script, or with
  letters an English keyboard lacks, are not drawn at all), three or more, in no earlier
  snapshot (``EARLIER``: every ``*_names.json`` through the fifty-fourth's, with the
  fifty-fifth's, written alongside, read when it is there), no first name a surname of
  the table, not drawn already and not in ``NOT_NAMES``. Regenerate with ``uv venv
  /tmp/regen56 && uv pip install -p /tmp/regen56 names-dataset==3.3.1 && PYTHONPATH=.
  /tmp/regen56/bin/python -m tests.support.fiftysixth_corpus``; names-dataset is not a
  dependency and the corpus itself reads the JSON only. Every draw was read by hand: the
  deep ranks, BD's above all, hold words (``Quiet``, ``Nonstop``, ``Sparking``,
  ``Journalist``, ``Orchid``, ``Since``, ``Tonne``, ``Save``, ``Hole``, ``Googly``; Bengali
  and Hindi ones such as ``Paglami``, ``Balobasa``, ``Valobashi``, ``Petni``, ``Dolna``,
  ``Chor``, ``Masoom``, ``Gulabi``, ``Khai``), a brand or business (``Enterprice``,
  ``Saudia``, ``Clasher``), places (``Shillong``, ``Kotagiri``, ``Meherpur``, ``Rajbari``,
  ``Sonagazi``, ``Miraj``), a title (``Jonab``, ``Maharshi``), initials and junk
  (``Mkr``, ``Mds``, ``Rsd``, ``Llb``, ``Swmdwn``, ``Mdshakil``), pet forms (``Butu``,
  ``Gappu``, ``Vaisu``, ``Motu``), typos (``Rajeah``, ``Cowdhuri``, ``Uddhin``,
  ``Parkesh``, ``Bharth``), and, most of all, first names in the surname column
  (``Manjit``, ``Snehal``, ``Tenzin``, ``Shayla``, ``Raiyaan``, ``Nasrullah``,
  ``Shantanu``). They were put in ``NOT_NAMES`` and drawn again twice (with more people
  asked for, ``PACKAGE_DRAWN``); two of them are nicknames the forty-ninth and fifty-third
  coined, so they are left out by reading those corpora's ``NICKNAMES`` rather than named
  here. In the last draw the people with such an entry (``DROPPED``) were left out without
  drawing again. ``DRAWN`` is what is kept: 30 IN and 10 BD people, 40 in all, fewer than
  the 45 hoped for, as BD's deep surname ranks are mostly first names. Names are kept as
  the tables spell them in Latin letters (``Hmangaihi``, ``Lalawmpuii``, ``Badruddoza``,
  ``Mundol``), as a social worker in England would type them from a form; nothing was
  respelt by hand.
- Nicknames: pet names written by hand for this corpus (mill, tripe shop, brass band and
  Lancashire dialect words), each starting with a letter from I to Q, none in an earlier
  corpus file (``NICKNAMES``; each checked by grepping ``tests/support``, whole words, any
  case).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (checked by grepping their files: a cotton mill museum guide, a reservoir
  keeper, a tripe stall assistant, a brass band librarian, a clog maker, a motorway
  bridge inspector, a heritage steam train driver, a canal boat hire lad, a black pudding
  counter assistant, a hill farm contractor, a hospice shop volunteer, a pea farm picker,
  a bus station taxi marshal, a bowling alley attendant, a madrasa teacher, a garden
  centre cafe cook, a chapel caretaker, a parish lengthsman, an ice cream van driver, a
  cricket club groundsman, a hot pot supper organiser, a tool hire man, a wedding venue
  chef, a sheltered housing warden, a moorland ranger, a kebab shop owner, a laundrette
  attendant, a model railway club secretary, an organ tuner and a nail bar worker), in
  lower case and in sign-offs; names and give-away details in pseudonyms; nicknames; dates
  of birth in twelve typed forms; addresses on invented streets (``STREETS``) in real
  towns of the areas; postcodes; phone, NHS and NI numbers; invented schools and a pupil
  referral unit (``SCHOOLS``); email addresses; written out by the twenty-fifth's
  ``identifying_tables`` through the twenty-seventh's ``identifying_of``.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve towns and
  large villages of Lancashire that no earlier corpus file names (``AREAS``; each checked
  by grep): Garstang, Longridge, Kirkham, Ormskirk, Skelmersdale, Haslingden, Whalley,
  Burscough, Great Harwood, Barnoldswick, Preesall and Tarleton (Earby, first thought of,
  is named by the forty-seventh's file, so Tarleton replaces it). Lancashire is two-tier:
  Lancashire County Council's children's services for every town, and the district
  councils' housing options and community safety teams. Districts that are earlier
  corpora's areas are written by initials, as staff type them, and not spelt out here
  either: WBC (the borough council for Garstang and Preesall), RVBC (Longridge and
  Whalley), FBC (Kirkham), RBC (Haslingden), HBC (Great Harwood) and PBC (Barnoldswick),
  each a borough council named after its district; West Lancashire Borough Council (Ormskirk,
  Skelmersdale, Burscough, Tarleton) is no earlier area and is named in full. Checked
  with the ``search`` tool: the partnership's own pages (safeguardingpartnership.org.uk)
  say the pan-Lancashire Children's Safeguarding Assurance Partnership (CSAP) of 2019 was
  replaced from 1 September 2023 by place-based boards, among them the Lancashire
  Children's Safeguarding Assurance Partnership, whose statutory partners include
  Lancashire County Council, the Lancashire and South Cumbria ICB and Lancashire
  Constabulary; so that is ``SCP`` for every town. Written from memory, not checked: the
  exact names of Lancashire Teaching Hospitals NHS Foundation Trust, East Lancashire
  Hospitals NHS Trust, Lancashire and South Cumbria NHS Foundation Trust, NHS Lancashire
  and South Cumbria Integrated Care Board and North West Ambulance Service NHS Trust;
  which trust serves which town (the western towns and Kirkham are given Lancashire
  Teaching Hospitals, although Ormskirk's and Skelmersdale's acute care is in fact run by
  another trust and Preesall's by a coastal one, neither in the brief; the eastern
  towns East Lancashire Hospitals); and every venue (each town's library, Garstang,
  Kirkham, Haslingden and Tarleton community centres, Longridge Civic Hall, Ormskirk and
  District General Hospital, Skelmersdale Sports Centre, Whalley, Burscough and Preesall
  village halls, Great Harwood and Barnoldswick town halls); some may be named
  differently, have moved or closed. Venues are council offices, libraries, halls,
  leisure centres and hospitals, never a person's address. Roles, themes, courses, rooms,
  times and periods come from the twenty-first through the twenty-second's ``DRAWS``, and
  nobody in the benign text is named except by role.
- Identifiers: the tenth corpus's ``person_values`` makes every one up, from ranges kept
  for fiction: Ofcom's drama phone numbers, NHS numbers beginning 999 with a valid check
  digit, national insurance numbers with the QQ prefix, email at example.com, .org and
  .net, and postcodes in the shape of real ones but in areas Royal Mail has never used.
  A sample that names a drawn person has the source ``names-dataset-IN`` or
  ``names-dataset-BD``; one that names a nickname, ``hand-nicknames``; any other, ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the cotton
  towns and the moors that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import importlib
import random
import sys
from functools import partial
from pathlib import Path

from tests.support import (
    fiftyfirst_corpus,
    fiftyfourth_corpus,
    fiftythird_corpus,
    fortyeighth_corpus,
    fortyninth_corpus,
    fortysecond_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
)
from tests.support.independent_corpus import Sample

#: What the tenth's ``person_values`` and the twenty-fifth's filter read from a corpus, and
#: the helpers that write and read its snapshot: the earlier corpora's own, as the
#: fifty-first gathers them.
_f = fiftyfirst_corpus
INWARD_LETTERS, nhs_check_digit = _f.INWARD_LETTERS, _f.nhs_check_digit
DRAMA_PREFIXES, POSTCODE_AREAS = _f.DRAMA_PREFIXES, _f.POSTCODE_AREAS
_earlier_names, benign_words = _f._earlier_names, _f.benign_words
assembled, snapshot_people = _f.assembled, _f.snapshot_people
PLAIN, _district = _f.PLAIN, _f._district

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fiftysixth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), IN and BD tables"
SEED = "fiftysixth-<country>-<sex>"
#: Every earlier snapshot: the fifty-fourth's list (through the fifty-third's) and its own,
#: and the fifty-fifth's (written alongside, so read only when it is there).
EARLIER = tuple(
    dict.fromkeys(
        (
            *fiftyfourth_corpus.EARLIER,
            *("fiftyfourth_names.json", "fiftyfifth_names.json"),
        )
    )
)
COUNTRIES = ("IN", "BD")
#: Ranks drawn here (see the docstring for those earlier corpora took): men's first names
#: and surnames from 5000 on, deeper than any corpus drew IN or BD; the women's lists end
#: before rank 5000 (IN 3393, BD 3998), so women's first names come from 3000 on, the
#: seventeenth's (IN) and nineteenth's (BD) ranks.
FIRST_RANKS = {"F": (3000, 5000), "M": (5000, 14000)}
RANKS = (5000, 16000)
#: Candidates drawn for each table and sex; how many the filter keeps of each table
#: (``PACKAGE_DRAWN``, the draw) and how many the snapshot holds once ``DROPPED`` is left
#: out (``DRAWN``).
CANDIDATES = 600
PACKAGE_DRAWN = (("names-dataset-IN", 64), ("names-dataset-BD", 100))
DRAWN = (("names-dataset-IN", 30), ("names-dataset-BD", 10))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: People of the last draw with an entry read by hand as a word, place, typo, a first name
#: in the surname column or the like, left out without drawing again.
DROPPED = frozenset(
    {
        *("Afriya", "Afsha", "Ajitkumar", "Aklema", "Akrer", "Aktear", "Amutha"),
        *("Anandhan", "Anandita", "Angaihi", "Anich", "Animesh", "Aniruddho", "Anjelina"),
        *("Anjli", "Archita", "Arpan", "Ashin", "Avijith", "Awan", "Bankim", "Basonti"),
        *("Bbu", "Behuria", "Bharth", "Bhavishya", "Biate", "Biprojit", "Bishu", "Bkb"),
        *("Bourhan", "Bulbule", "Chandgude", "Chompa", "Chor", "Daniyal", "Deviprasad"),
        *("Dhaneshwari", "Dhruvesh", "Dibosh", "Dildar", "Dill", "Dilruba", "Diti"),
        *("Dmello", "Eislam", "Enterprice", "Fabiya", "Fahiya", "Fareya", "Fariza"),
        *("Farya", "Gaykvad", "Ghagra", "Gobinda", "Gulnahar", "Gup", "Habibun", "Haker"),
        *("Hashina", "Hasnatul", "Hasnu", "Heena", "Hoba", "Humaon", "Imtu", "Indhu"),
        *("Inocent", "Intesar", "Ishmum", "Jakeya", "Jannatu", "Jaynul", "Jayoti"),
        *("Jobida", "Journalist", "Jue", "Julash", "Jusef", "Kadeer", "Kairy"),
        *("Kamrunnesa", "Karigor", "Kawshar", "Khn", "Kontho", "Koruna", "Kuti", "Labli"),
        *("Lajwanti", "Lakhe", "Laky", "Lanin", "Llb", "Maharshi", "Mahazabin", "Mahenur"),
        *("Mahima", "Mahnur", "Maisara", "Majomdar", "Malarvizhi", "Mamtaz", "Mandan"),
        *("Manjappa", "Manshi", "Mantasa", "Maring", "Mashkura", "Masoom", "Mathin"),
        *("Mdbelal", "Mdhabib", "Mehazabin", "Miraj", "Mojomder", "Molay", "Motu"),
        *("Moynuddin", "Mozaffor", "Mrinalini", "Mrinmoye", "Mrinmoyi", "Mrss", "Muhammod"),
        *("Mukther", "Munzurul", "Mursida", "Nayeemur", "Nibas", "Nikel", "Nosin", "Oahid"),
        *("Obuz", "Odrissho", "Opekkha", "Oporna", "Orchid", "Paban", "Papan", "Parna"),
        *("Parneet", "Pattani", "Peara", "Piyusha", "Porash", "Pospo", "Pramoda"),
        *("Prasoon", "Priyangka", "Protyasha", "Rabbin", "Rahanuma", "Rahis", "Raiyana"),
        *("Rajbari", "Rajbhadur", "Rajbhan", "Rajkumary", "Rajna", "Ramiya", "Ramvilas"),
        *("Rati", "Rawnok", "Rejoana", "Rejuana", "Rezwanur", "Ridon", "Rimmi", "Rimzim"),
        *("Rising", "Riti", "Robil", "Rowsonara", "Rsd", "Rubaiyat", "Ruhanika", "Sabet"),
        *("Sabiqun", "Sadikul", "Sadip", "Safiqul", "Safwana", "Saik", "Sailabala"),
        *("Salafi", "Samser", "Samso", "Sandiya", "Saniyat", "Sanjia", "Satarkar", "Save"),
        *("Sayoni", "Sellar", "Senha", "Seshu", "Shahrior", "Shamika", "Shanchita"),
        *("Shangida", "Shaniya", "Shawrin", "Shazahan", "Sheful", "Sheule", "Shihora"),
        *("Shikhon", "Shiper", "Shuhada", "Shuheb", "Shumana", "Shunno", "Sidrat", "Since"),
        *("Sintheya", "Somia", "Somona", "Somudro", "Sonagazi", "Sonay", "Sonchoy"),
        *("Soyon", "Sriparna", "Sudem", "Sundara", "Sushanto", "Susmi", "Syful", "Tanjela"),
        *("Tanjidul", "Tarone", "Tasmima", "Tasmir", "Tawhidul", "Tofajjul", "Tonne"),
        *("Towhidul", "Toyab", "Toybur", "Truptimayee", "Tuhi", "Unus", "Yead", "Yogash"),
        *("Zolil", "Zualtei", "Zuel"),
    }
)
#: Entries of the earlier draws read by hand as words, places, brands, pet forms, typos,
#: initials, first names in the surname column or the like: put here and drawn again.
NOT_NAMES = frozenset(
    {
        *("Abdolla", "Abeden", "Afrooz", "Akhash", "Aktaruz", "Albida", "Alihossain"),
        *("Amim", "Anike", "Ankul", "Anuu", "Anuva", "Appon", "Arapat", "Arengh", "Arhan"),
        *("Arshi", "Asfaq", "Athik", "Auditi", "Auni", "Bagh", "Bahire", "Baj", "Balobasa"),
        *("Betlu", "Bhashkar", "Binud", "Biswanath", "Bundel", "Butu", "Chack", "Chotan"),
        *("Clasher", "Cokher", "Cowdhuri", "Depali", "Dolna", "Eshu", "Fammi", "Futonto"),
        *("Gappu", "Googly", "Goon", "Gulabi", "Habul", "Hanjala", "Hasnine"),
        *("Hole", "Iftaker", "Indro", "Jabu", "Janbi", "Jannate", "Jigyasa", "Jobrul"),
        *("Jonab", "Jop", "Kaleda", "Kandhei", "Katon", "Kefayet", "Khai", "Khand"),
        *("Khaton", "Koster", "Kotagiri", "Lavi", "Lintu", "Madrasa", "Mahajabin"),
        *("Mahmudullah", "Mahruaii", "Makimi", "Maliyat", "Manek", "Manjit"),
        *("Matiur", "Maun", "Mdayas", "Mds", "Mdshakil", "Meherpur", "Mehjabeen", "Mess"),
        *("Miye", "Mizu", "Mkr", "Mobarock", "Mohommad", "Morseda", "Mousumy", "Muneem"),
        *("Muru", "Nasrullah", "Noion", "Nokshi", "Nonstop", "Notiyar", "Nousad", "Nowsad"),
        *("Nuren", "Ollah", "Omomi", "Onuvutir", "Paglami", "Parkesh", "Petni", "Picci"),
        *("Poul", "Prapty", "Prit", "Prite", "Quiet", "Rafshan", "Rahmin", "Raiyaan"),
        *("Rajeah", "Rajob", "Rajpit", "Reehan", "Rikita", "Rinkal", "Rishu", "Roji"),
        *("Rudmila", "Rwisumwi", "Sahen", "Samreen", "Sathy", "Satti", "Saudia", "Saymun"),
        *("Seheli", "Seiam", "Shaalom", "Shadon", "Shafeeq", "Shantanu", "Sharmah"),
        *("Shayla", "Shemanto", "Shena", "Shillong", "Shilpe", "Shogib", "Shuchona"),
        *("Shuel", "Shuily", "Shuruj", "Snehal", "Snigda", "Sobo", "Sofikul", "Soptorshi"),
        *("Sparking", "Sumee", "Sunam", "Swmdwn", "Tajol", "Tamvir", "Tasbi", "Tenzin"),
        *("Tigers", "Tuktuki", "Uddhin", "Udhaya", "Vaisu", "Valobashi", "Vanshu", "Yadab"),
    }
)
#: Two entries of the draws are earlier corpora's hand-written nicknames (the forty-ninth's
#: and the fifty-third's), read as words: not drawn either, without naming them again here.
NOT_NAMES |= frozenset(fortyninth_corpus.NICKNAMES) | frozenset(fiftythird_corpus.NICKNAMES)


def candidates(_: Path) -> dict[str, dict[str, list[list[str]]]]:
    """Seeded candidates (seed ``fiftysixth-<country>-<sex>``) from names-dataset's IN and
    BD tables (importable only here), women and men in turn, as the fifty-third draws
    them; no first name that the table also lists for the other sex."""
    tables = importlib.import_module("names_dataset").NameDataset()
    top_first = tables.get_top_names(n=max(high for _, high in FIRST_RANKS.values()))
    top_last = tables.get_top_names(n=RANKS[1], use_first_names=False)
    out: dict[str, dict[str, list[list[str]]]] = {}
    for country in COUNTRIES:
        lists, surnames = top_first[country], list(top_last[country])
        pools = {
            sex: [n for n in lists[sex][low:high] if n not in set(lists[other])]
            for (sex, (low, high)), other in zip(FIRST_RANKS.items(), "MF", strict=True)
        }
        rngs = {sex: random.Random(f"fiftysixth-{country}-{sex}") for sex in pools}
        people = [
            [sex, rngs[sex].choice(pools[sex]), rngs[sex].choice(surnames[RANKS[0] :])]
            for _ in range(CANDIDATES)
            for sex in ("F", "M")
        ]
        out[f"names-dataset-{country}"] = {"people": people, "surnames": surnames}
    return out


def regenerate_names() -> None:
    """Draw, keep (the twenty-fifth's filter) and write the snapshot, the forty-second's
    way (its ``regenerate_names``, given this module)."""
    fortysecond_corpus.regenerate_names("", sys.modules[__name__])


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Weft Shed Lane", "Tripe Dresser Row", "Reservoir Keeper Close", "Clog Iron Street")
STREETS += ("Band Room Walk", "Mule Spinner Court", "Flagstone Brow", "Loom Gaiter Terrace")
TOWNS = ("Garstang", "Longridge", "Kirkham", "Ormskirk", "Skelmersdale", "Haslingden")
TOWNS += ("Whalley", "Burscough", "Great Harwood", "Barnoldswick", "Preesall", "Tarleton")
TOWNS += ("Knott End", "Hesketh Bank")
SCHOOLS = (
    "Weft Shed Lane Primary School",
    "Clog Iron Street Infant School",
    "St Wilfrida's Roman Catholic Primary",
    "Band Room Walk Junior School",
    "Mule Spinner Court Academy",
    "Flagstone Brow Nursery School",
    "Loom Gaiter High School",
    "Tripe Dresser Row Pupil Referral Unit",
)
SCHOOL_SHORT = ("Weft Shed", "Clog Iron", "St Wilfrida's", "Band Room", "Mule Spinner")
RELATIVES = ("nani", "dadi", "chacha", "masi", "step-mum", "mum's boyfriend", "bhaiya")
#: Twelve ways a date of birth gets typed (the tenth's ``_date`` fields), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{d}/{m}/{yy}", "{dd}/{mm}/{y}", "{d}{th} {mon} {y}", "{mo} {dd} {y}")
BIRTH_FORMS += ("{d}-{mo}-{y}", "{y}{mm}{dd}", "{wd}, {d} {mon} {y}", "{dd}.{mm}.{yy}")
BIRTH_FORMS += ("{m}.{d}.{y}", "{d} {mo} '{yy}", "the {d}{th} of {mon}, {y}", "{dd}-{m}-{y}")
WHEN_FORMS = ("{wd} {d} {mon}", "{d}/{mm}/{y}", "{d}{th} {mo} {y}", "{wd} the {d}{th}")
WHEN_FORMS += ("{dd}.{mm}.{y}",)
#: Births of children up to 17 (the forty-second's), typed in ``BIRTH_FORMS``.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# {f} {l} is the child, {g} {h} a parent or carer, {k} a brother or sister and {rel} another
# relative, as the tenth's person_values fills them.
NAME_TEXT = (
    "Guide at the cotton mill museum says {f} {l}, 11, hides behind the looms at closing "
    "time and begged not to be collected by {g}.",
    "The reservoir keeper found {f} {l} sat on the dam wall at 1am in a t-shirt; said "
    "{g} {h} had locked the door on them again.",
    "Assistant at the tripe stall says {g} {h} sends {f} in alone every morning with "
    "no coat and the kid eats the bread off the counter.",
    "brass band librarian says {f} {l} turns up to practice with bruises on their wrists "
    "and won't take their jumper off",
    "Clog maker on the high street says {g} {h} hit {f} round the face outside his shop "
    "window on Saturday.",
    "Bridge inspector working under the motorway found {f} {l}, 14, and an older man in "
    "a tent by the embankment.",
    "Driver of the heritage steam train saw {g} {h} shove {f} off the platform bench and "
    "kick them while they were down.",
    "The canal boat hire lad says {f} {l} has been sleeping on an empty narrowboat for a week.",
    "Black pudding counter lady says {f} {l} said {g} burns them with a lighter when cross.",
    "Hill farm contractor says {g} {h} leaves {f} and {k} in the quad bike trailer all day "
    "while he's on the moor.",
    "Hospice shop volunteer saw {f} {l}, 12, being pushed into a car by two older men, "
    "one shouting that they owed him.",
    "Pea farm picker says {f} {l}, 15, is out in the fields till dark on cash in hand "
    "and {g} takes all of it.",
    "A taxi marshal at the bus station says {f} {l} gets picked up by a different man "
    "every friday night.",
    "Bowling alley attendant says {g} {h} was too drunk to stand and {f}, 7, had to get "
    "them home alone.",
    "Mosque madrasa teacher says {f} {l} has marks on the backs of both legs and told "
    "him {g} uses a cable.",
    "The garden centre cafe cook says {f} {l} comes in asking for leftovers and says "
    "there's been no gas at home for a month.",
    "Caretaker of the Methodist chapel found {f} {l} sleeping in the boiler room.",
    "Parish council lengthsman says {g} {h} screamed at {f} that he'd snap her neck, by "
    "the bus shelter.",
    "Ice cream van driver says {f} {l}, 9, is out on the estate till 10pm every night "
    "with no shoes.",
    "Cricket club groundsman saw {g} {h} drag {f} across the outfield by the arm.",
    "A hot pot supper organiser says {f} {l} told her {g} makes them sleep in the car.",
    "The tool hire man says {g} {h} brings {f} along on jobs and leaves the child in the "
    "van till midnight.",
    "Wedding venue chef says {f} {l}, 16, is washing up on shifts till 2am and sleeping "
    "in the staff room.",
    "Sheltered housing warden says {f} {l} is staying with {rel} in a one-bed flat and "
    "has not been to school since half term.",
    "The moorland ranger says {f} {l} ran off from {g} on the fell path crying that they "
    "wanted to die.",
    "Kebab shop owner says {f} {l} and {k} come in at midnight with cash from a man in a "
    "black car.",
    "Laundrette attendant says {g} {h} changed {f}'s soaked bedding there and the child "
    "had cuts all up one side.",
    "Model railway club secretary says {f} {l} told him about {g}'s friend touching them.",
    "The organ tuner at the parish church heard {g} {h} threaten {f} with a belt in the vestry.",
    "Nail bar worker says {f} {l}, 13, has come in twice with a man who pays for everything.",
)
NAME_LOWER = (
    "{fl} {ll} behind the looms again at closing, museum rang",
    "dam wall, 1am - {fl} says {gl} locked them out",
    "{ll} kids in the quad trailer all day per the contractor",
    "tripe stall: {fl} in alone again no coat",
    "band librarian rang about {fl}'s wrists",
    "taxi marshal says {fl} {ll} picked up again friday",
    "{fl} asleep in chapel boiler room",
    "pea fields, {fl} out till dark, {gl} {hl} taking wages",
    "left a message for {fl}'s {rel}, {gl} not answering",
    "{fl} {ll} no show at breakfast club all week",
    "laundrette - {gl} {hl} washing {fl}'s bedding, cuts seen",
    "madrasa teacher saw marks on {fl}",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "{l} twins",
    "{f} aged {age}",
    "{fi}. {l}",
    "{f} & {k}",
    "baby {l}",
    "the {l} girl",
    "{g} {h}'s youngest",
    "{f} from the mill museum",
    "{l} ({f})",
)
SIGN_OFF = (
    "pls dont say it was me\n{fl}",
    "Many thanks\n{g} {h}\n{rel} to {f}",
    "ta x\n{g}, {f} and {k}'s mum",
    "{f} {l}\nsorry its long",
    "Written for {f} by {rel} {g} {h}",
    "Regards,\n{g} {l}\n(kinship carer)",
    "{g} - {f}'s {rel} - nights till thursday",
    "from {f} {l}, aged {age}",
    "{g} {h}, special guardian for {f}",
)
NICKNAMES = ("Jinny", "Loomy", "Pobby", "Quiffy", "Knitty", "Mopsy", "Jigger", "Mangle")
NICKNAMES += ("Lumpy", "Mither", "Parky", "Plonk", "Ingot", "Nudger", "Jelly", "Quango")
NICKNAME_TEXT = (
    "The lads at the skate park call him {n} and send him to the shop for their vapes.",
    "By the market cross she only answers to {n}; the men outside the bookies buy her drinks.",
    "Staff at the bowling alley heard {f}'s {rel} yelling {n} across the car park at 1am.",
    "{n} is what the older man has her saved as in his phone, the school found it.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}.", "{n}, the {l} boy")
DOB_TEXT = (
    "DOB from the red book {dob}",
    "D.o.B: {dob}",
    "{g} says {f} was born {dob}",
    "GP record has DOB {dob}",
    "born {dob} at Royal Preston",
    "{f} {l} (b. {dob})",
    "{dob}, so she is {age}",
    "{rel} said {dob} but the school has a different date",
    "early baby, born {dob} at 31 weeks",
)
PHONE_TEXT = (
    "mum's number {phone}",
    "{g} on {phone}",
    "{rel}: {phone}",
    "landline {phone}",
    "texts from {phone}, {f} says it's her boyfriend",
    "nani's mobile {phone}",
)
NHS_TEXT = (
    "NHS no. {nhs} from the red book",
    "NHS {nhs} ({f})",
    "baby's NHS number is {nhs}",
    "discharge letter NHS number {nhs}",
)
NI_TEXT = (
    "mum's NI {ni}",
    "NI no for step-mum {ni}",
    "NINO {ni} (dad)",
    "{rel} NI number {ni}",
)
ADDRESS_TEXT = (
    "now living {street}, {town}",
    "staying at {street}, flat above the chippy",
    "called at {street}, {town} - curtains shut, no answer",
    "{f} is at {rel}'s on {street}",
    "police called to {street} four times in June",
    "evicted from {street}; sofa surfing in {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "P/C {postcode}", "new postcode is {postcode}")
SCHOOL_TEXT = (
    "{f} goes to {school} (year {year_group})",
    "{school}, Y{year_group}, attendance 58%",
    "DSL at {short} rang this morning",
    "{f} moved to {short} in January",
    "{f}, {school}: {n2} sessions missed since Easter",
)
EMAIL_TEXT = ("{g}'s email {e}", "message came from {e}", "contact {g} {h} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, DOB {dob}",
    "{fi}{li} of {street}",
    "{fi}{li} - year {year_group} at {short}",
    "Child living at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{age} year old {l} boy, {town}",
    "{fi}{li} born {dob}",
    "pupil in Y{year_group} at {school}",
    "the {l} family, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: The partners: the county's children's services, police, ICB and ambulance service for
#: every town, and the hospital trusts that serve each part of the county.
_LTH = "Lancashire Teaching Hospitals NHS Foundation Trust"
_ELHT = "East Lancashire Hospitals NHS Trust"
_LSCFT = "Lancashire and South Cumbria NHS Foundation Trust"
_COUNTY = {
    "council": ("Lancashire County Council children's services",),
    "police": ("Lancashire Constabulary",),
    "icb": ("NHS Lancashire and South Cumbria Integrated Care Board",),
    "ambulance": ("North West Ambulance Service NHS Trust",),
}
_CENTRAL = _COUNTY | {"trust": (_LTH, _LSCFT)}
_EAST = _COUNTY | {"trust": (_ELHT, _LSCFT)}
_WLBC = "West Lancashire Borough Council"

#: The twelve areas, towns and large villages no earlier corpus file names: the district
#: council's teams (by initials where the district is an earlier corpus's area), the
#: partners, and two civic venues of the town. The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Garstang": _CENTRAL
    | _district("WBC")
    | {"venue": ("Garstang Library", "Garstang Community Centre")},
    "Longridge": _CENTRAL
    | _district("RVBC")
    | {"venue": ("Longridge Library", "Longridge Civic Hall")},
    "Kirkham": _CENTRAL
    | _district("FBC")
    | {"venue": ("Kirkham Library", "Kirkham Community Centre")},
    "Ormskirk": _CENTRAL
    | _district(_WLBC)
    | {"venue": ("Ormskirk Library", "Ormskirk and District General Hospital")},
    "Skelmersdale": _CENTRAL
    | _district(_WLBC)
    | {"venue": ("Skelmersdale Library", "Skelmersdale Sports Centre")},
    "Haslingden": _EAST
    | _district("RBC")
    | {"venue": ("Haslingden Library", "Haslingden Community Centre")},
    "Whalley": _EAST | _district("RVBC") | {"venue": ("Whalley Library", "Whalley Village Hall")},
    "Burscough": _CENTRAL
    | _district(_WLBC)
    | {"venue": ("Burscough Library", "Burscough Village Hall")},
    "Great Harwood": _EAST
    | _district("HBC")
    | {"venue": ("Great Harwood Library", "Great Harwood Town Hall")},
    "Barnoldswick": _EAST
    | _district("PBC")
    | {"venue": ("Barnoldswick Library", "Barnoldswick Town Hall")},
    "Preesall": _CENTRAL
    | _district("WBC")
    | {"venue": ("Preesall Library", "Preesall Village Hall")},
    "Tarleton": _CENTRAL
    | _district(_WLBC)
    | {"venue": ("Tarleton Library", "Tarleton Community Centre")},
}
#: The partner kinds (the forty-eighth's), the partnership as its own pages name it, and
#: every agency named.
KINDS, PARTNERSHIPS = fortyeighth_corpus.KINDS, tuple(AREAS)
_LCSAP = "Lancashire Children's Safeguarding Assurance Partnership"
SCP = dict.fromkeys(tuple(AREAS), _LCSAP)
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
#: Review references and age bands of this corpus, over the twenty-second's other draws
#: (roles, themes, courses, rooms, periods), and the words benign pseudonyms may use.
DRAWS = twentysecond_corpus.DRAWS | {
    "ref": ("RR 56-02", "LCSPR 56/04", "RR/56/11", "CSPR-56-07", "RR 56/15", "TR 56-03"),
    "age_band": ("aged three weeks", "under one", "aged three", "aged 11", "aged 15"),
}
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS
CHOSEN = ("Shuttle", "Dyehouse", "Moorland", "Millrace", "Spindle", "Warp", "Fellside")

_P = " Progress will be reported to the tactical group in {period}."
_S = "\n\nReplies to the business unit by {date}, please.\n\nBest wishes,\n{scp} business unit"
#: Benign templates by register (the sample's category), each filled up to three times as
#: ``_uses`` decides; roughly a third run long, up to the 500 characters a note field takes.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "{ref}, summary for partners. A baby {age_band} living near {area} was brought to "
        "{trust} with a swollen thigh; the X-ray showed a fracture that neither parent could "
        "explain. Both had been known to adult mental health services. The review will ask "
        "whether the perinatal team and the health visitor ever spoke about the father, who "
        "was never seen at a single contact." + _P,
        "Case outline, {ref}: a 15-year-old girl from {area} was reported missing eleven "
        "times in a term, usually found in a city flat with adults she called friends. "
        "Each return interview was held weeks late. {police} and {council} will be asked "
        "how the contextual safeguarding meeting was used and why the disruption plan "
        "lapsed when an officer moved post.",
        "Two siblings {age_band} and older lived with a grandparent in {area} after their "
        "mother went to prison. The kinship placement was never assessed, and money ran out "
        "within weeks. School saw the children grow thin over a winter. {ref} will look at "
        "how informal family arrangements are spotted and supported, and what the "
        "{district} knew about the rent arrears." + _P,
        "Summary of {ref}. A boy {age_band} with a learning disability was home educated "
        "after a row with his school, and no professional saw him for fourteen months. He "
        "was admitted to {trust} malnourished. The review will test how elective home "
        "education is monitored when a child already has an EHC plan, and who should have "
        "noticed the gap.",
        "{ref} - what we know so far. A young mother in {area} told her midwife that her "
        "partner checked her phone and controlled the money. The disclosure was recorded but "
        "not shared with the health visitor or the GP. Three months later {police} were "
        "called to a serious assault with the baby in the room. The review asks how "
        "coercive control is passed on across maternity and primary care." + _P,
        "Background note ({area}): a 12-year-old was excluded from a mainstream school, placed "
        "at alternative provision two towns away and began travelling alone by bus at 7am. "
        "Within a term he was carrying parcels for a local group. {ref} will examine the "
        "travel arrangements, the handover between schools, and the exploitation "
        "screening that {council} completed.",
        "Outline, {ref}: a family of six moved between three rented houses around {area} "
        "in eighteen months, each time losing their GP and health visitor. A toddler's "
        "hearing loss went undiagnosed and a baby missed every immunisation. The review will "
        "look at how records follow children who move often and what the {district} shares "
        "when it helps a family rehouse." + _P,
        "{ref} in short. A teenager {age_band} disclosed self-harm to a youth worker, who "
        "made a referral to CAMHS at {trust}. The referral was triaged as routine and the "
        "young person waited five months. During that time two A&E attendances were not "
        "linked to the open referral. The review will look at triage, waiting-list "
        "contact and how A&E checks for open CAMHS cases.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}: outcome. Partners agree the criteria for a local child "
        "safeguarding practice review are met. The harm is serious, abuse is suspected, and "
        "there appear to be missed chances for {trust} and {police} to share information "
        "after a domestic incident. The Panel will be told by {date2}; the {role} will "
        "draft terms of reference for sign-off.",
        "Rapid review {ref}: outcome. A local review is not recommended. The learning about "
        "safer sleep when a family is in temporary housing is already being taken forward "
        "through the {scp} safer sleep campaign, and agencies worked together well once "
        "concerns were known. A short learning note will go to practitioners in {area} "
        "instead.",
        "{ref} rapid review: the group could not reach a view on the day because the "
        "education chronology was missing. It has since arrived and shows the school "
        "escalated twice. Partners now agree a local review would add learning about "
        "escalation between schools and {council}, and the Panel has been sent the "
        "updated report.",
        "Rapid review {ref}: decision recorded {date}. The child's injuries were accidental "
        "according to the paediatric opinion from {trust}, and {police} have closed their "
        "enquiry. There is no serious harm from abuse or neglect, so the criteria are not "
        "met. The group noted good joint working by {ambulance} crews at the scene.",
        "Rapid review {ref} - rationale. The partnership will carry out a local review "
        "jointly with the adult safeguarding board, because the parent's care and support "
        "needs are central to what happened. Terms of reference will cover both; {icb} "
        "will fund the independent reviewer and the {role} will chair the panel.",
        "{ref}: rapid review decision. The case meets the criteria, but a thematic review of "
        "three similar cases across the county is judged to offer more learning than a "
        "single review. The Panel is being asked to agree this approach; if it does not, "
        "a local review of {ref} alone will start in {period}.",
        "Rapid review {ref}: partners did not agree. {police} felt the criteria were met; "
        "{council} and health did not. The independent scrutineer was asked for a view and "
        "advised that a local review should go ahead. The group accepted this and the "
        "reasons for the disagreement are set out in the report to the Panel.",
    ),
    "minutes": (
        "Case review group, {room}, {venue}, {date}\n"
        "Present: {council}, {police}, {trust}, {icb}, the {role}.\n"
        "1. {ref}: scoping paper agreed.\n"
        "2. Learning from the thematic review on {theme}: briefing drafted.\n"
        "3. AOB: none.\n"
        "Next meeting {date2}, {time2}.",
        "Tactical group (central), {venue}, {date}\n"
        "Attending: {police}, {district}, {trust}, schools rep.\n"
        "1. Exploitation profile for {area}: {rag}.\n"
        "2. Missing from home data: rise over the summer noted.\n"
        "3. Training take-up on {course} reported.\n"
        "Next: {date2} at {venue}.",
        "Learning and development subgroup - {date} - {room}\n"
        "Present: the {role}, {icb}, {ambulance}, early years lead.\n"
        "1. Evaluation of {course}: mostly positive, length an issue.\n"
        "2. New e-learning on {theme} to go live in {period}.\n"
        "3. Trainers' pool short of health colleagues.\n"
        "Next meeting {date2}.",
        "Quality assurance subgroup, {venue}, {date}\n"
        "With: {council}, {trust}, {police}, education.\n"
        "1. Multi-agency audit of neglect cases: eight cases, findings {rag}.\n"
        "2. Section 11 returns: two agencies still to submit.\n"
        "3. Dataset for {period} reviewed.\n"
        "Next: {date2}, {time}.",
        "Executive board notes, {room}, {venue}, {date}\n"
        "Attending: {council}, {police}, {icb}, the independent scrutineer.\n"
        "a) Budget for the coming year agreed.\n"
        "b) {ref} published; media handling went well.\n"
        "c) Yearly report draft circulated for comment.\n"
        "Reconvene {date2}.",
        "Child death overview link meeting, {venue}, {date}\n"
        "With: {trust}, {ambulance}, {icb}, {police}.\n"
        "1. Sudden unexpected infant deaths: two this quarter, both in {area}.\n"
        "2. Water safety campaign for the summer agreed.\n"
        "3. Joint agency response timings {rag}.\n"
        "Next {date2}.",
    ),
    "partner_email": (
        "Hi all,\n\nIndividual management reviews for {ref} are due "
        "back next week. We have {police} and {trust} so far; still waiting on the "
        "{district} and education. The reviewer is keen to start reading before the panel on "
        "{date2}." + _S,
        "Dear colleagues,\n\nWe would like a handful of practitioners from {area} to test "
        "our new neglect toolkit before launch. The session runs at {venue} on {date2}, "
        "{time} to {time2}. Lunch is provided and it counts towards CPD hours." + _S,
        "Good afternoon,\n\nThe executive board has approved the revised escalation policy. "
        "{council} will brief team managers this month and {police} will include it in "
        "the MASH induction pack. Health colleagues, please tell us how you will cascade "
        "it to your teams." + _S,
        "Dear partners,\n\nThe independent scrutineer plans to visit frontline teams during "
        "{period}, including {icb} safeguarding leads and {ambulance} dispatch staff. "
        "If your service could host a visit, please send a contact and two possible "
        "dates." + _S,
        "Hello all,\n\nThe Panel has accepted our rapid review for {ref} with no further "
        "questions and commented on the quality of the {trust} chronology. The {role} will "
        "now prepare the learning summary with the designated doctor." + _S,
        'Dear all,\n\nA new date has been added for "{course}" at {venue}, {time} to '
        "{time2}. Places are open to {council}, {police}, health, schools, nurseries and "
        "voluntary groups; the first session was full within a morning." + _S,
        "Dear colleagues,\n\nThank you to {ambulance} for releasing two call handlers for "
        "the practitioner event on {ref}. Hearing how the first 999 call was handled helped "
        "the panel understand the timeline." + _S,
        "Hello,\n\nFor {ref}, could the {district} explain how families housed in temporary "
        "accommodation outside their home area are made known to health visiting and to "
        "schools, and how many such placements there were last year?" + _S,
    ),
    "local_review": (
        "Local review {ref}: on {date} the panel heard the reviewer's emerging themes - "
        "professional optimism about a mother's progress, little curiosity about a new "
        "partner, and a child in {area} whose own voice was hardly recorded. {trust} and "
        "children's social care will test these against their files before the next panel "
        "meeting.",
        "Local review {ref}: practitioner learning event at {venue} on {date}. Staff from "
        "{police} and the {district} talked about workload and about not knowing who to "
        "contact in other agencies out of hours. Their views will shape the draft "
        "recommendations." + _P,
        "Local review {ref}: scope agreed {date}. It covers eighteen months before the "
        "incident, the transfer between two GP practices, front door decisions, and how "
        "{icb} assures itself about children with complex health needs placed out of "
        "county.",
        "Local review {ref}: the reviewer has met the child's father, who asked that the "
        "report describe his son as a funny, kind boy and not only as a set of concerns. "
        "The panel agreed. A draft is due in {period} and the family will see it before the "
        "{scp} publishes.",
        "Local review {ref}: panel dates set from {date}.",
        "Local review {ref}: independent reviewer appointed {date}.",
        "Local review {ref} paused until criminal proceedings end.",
        "Local review {ref}: final agency report received.",
        "Local review {ref}: second draft to panel {date}.",
    ),
    "chronology": (
        "{date}: nursery reported a child arriving hungry most days.",
        "{date}: {police} attended a noise complaint; three children in the house.",
        "{date}: MASH decision - step down to early help.",
        "{date}: {ambulance} took father to hospital; children stayed with a neighbour.",
        "{date}: the {district} accepted a homelessness duty.",
        "{date}: initial child protection conference; plan agreed.",
        "{date}: health visitor's new birth visit not possible, family out.",
        "{date}: outpatient appointment at {trust} not attended.",
        "{date}: first session with the family support worker.",
        "{date}: team around the family meeting, {council} present.",
        "{date} to {date2}: school records repeated lateness.",
        "{date}: reduced timetable agreed by the school.",
        "{date}: pregnancy booked at 22 weeks.",
    ),
    "checklist": (
        "Rapid review held within 15 working days? Yes.",
        "Panel notification submitted {date}.",
        "Family told about the review {date}.",
        "Child's views sought: by {date2}.",
        "Reviewer's terms agreed? Yes.",
        "ToR: second draft.",
        "{trust} chronology received? Yes.",
        "{district} chronology received? Not yet.",
        "Coroner's date known: {date}.",
        "{police} disclosure: asked for, not yet in.",
        "Seven-minute briefing: with comms.",
        "DSL network briefed: yes.",
        "Deadline for {police} and {icb} reports: {date2}.",
    ),
    "notice": (
        "Safeguarding partners meeting of the {scp}: {date}, {time}, {room}, {venue}.",
        "{ref} learning event - {date2} - {venue}, {time}-{time2}.",
        "Save the date: annual safeguarding conference, {venue}, {date}.",
        "Performance subgroup moved to {date} at {time} in {room}.",
        "Designated safeguarding leads forum at {venue}, {date}, {time}.",
        'Online session "{course}" on {date} at {time}.',
        "Drop-in for foster carers and kinship carers, {venue}, {date}.",
        "Talk on online harms for youth workers, {room}, {venue}, {date}.",
        "Health leads meeting moved from {date} to {date2}.",
        "Audit day on pre-birth cases, {date}, {room}, {venue}.",
        "Young people's advisory group at {venue}, {date}, {time} to {time2}.",
        "Launch of the bruising protocol refresh at {venue}, {date}, {time}.",
    ),
    "slack": (
        "agenda for tuesday is in the shared folder",
        "has anyone had the {trust} chronology for {ref} yet?",
        "booked {venue} for {date} :raised_hands:",
        "reminder: Panel notification due by 5",
        "{district} asked to start at {time2} not {time}, ok with everyone?",
        "comments on the draft ToR please by {date}",
        "thanks both, actions to follow",
        "DS from {police} confirmed for the rapid review",
        "{period} training calendar now live",
        "does {ref} go to case review group or exec first?",
        "scrutineer report link is in the pinned post",
        "can someone take notes on {date}?",
        "which IMR template is current?",
        "{icb} named GP dialling in at {time}",
        "{council} rep can't make {date}, can anyone cover?",
    ),
    "panel": (
        "Panel response on {ref} arrived {date}: content.",
        "{ref} notification logged with the Panel {date}.",
        "Rapid review for {ref} due to the Panel {date2}.",
        "Panel comments: clear analysis, good use of chronology.",
        "Panel agreed no national review needed for {ref}.",
        "{ref} rapid review sent; Ofsted and DfE copied in.",
        "Panel asked for the ambulance trust's view; sent {date}.",
        "{ref} final report sent to the Panel {date}.",
        "Panel agreed an extension for {ref} to {date2}.",
        "Panel yearly report noted at the executive board.",
        "Panel query on {ref} {date}; {role} replying.",
    ),
    "publication": (
        "Publication date for {ref} pencilled in: {date}.",
        "Publication held back until after the trial.",
        "Decision {date}: summary report only.",
        "Family told about the publication plan.",
        "Holding statement agreed with the {council} press team.",
        "{ref} went up on the {scp} website {date}.",
        "Learning briefing to be released with the report.",
        "Family asked for more time; new date {date2}.",
        "Report to come down from the website after a year.",
        "DfE told of the publication.",
        "Publication plan for {ref} signed off by partners {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to follow up every missed child outpatient appointment, by {date}.",
        "Action 2: {council} to record household members at every home visit.",
        "Action: {police} to notify schools of domestic incidents before the school day.",
        "Action: {icb} to roll out ICON training to midwives and neonatal nurses.",
        "Action 3: practice week on {theme} in {period}.",
        "Action: {ambulance} to add a child safeguarding prompt to crew handover notes.",
        "Action: the {district} to alert health visiting when a family is housed out of area.",
        "Action 4 complete: escalation policy relaunched {date}.",
        "Action 5: {role} to report to the executive board each quarter.",
        "Improvement plan for {period}: 12 actions, 7 done, 5 {rag}.",
        "Action: all agencies to use the single chronology template from {date}.",
        "Action 6: {trust} to add a think-family question to triage by {date2}.",
    ),
    "housing_note": (
        "The {district} has confirmed when the tenancy starts.",
        "{district}: prevention duty accepted {date}.",
        "The {district} will send two officers to the learning event.",
        "{ref} briefing delivered to the {district} managers.",
        "Housing staff covering {area} to complete {course} by {date}.",
        "WBC housing options team and Lancashire Constabulary looked at empty caravans near "
        "Preesall used by young people at night.",
        "WBC community safety team walked Garstang high street with school staff after "
        "reports of vape sales to under-18s.",
        "RVBC community safety team met Lancashire Constabulary about off-road bikes on the "
        "fell tracks above Longridge.",
        "RVBC housing options team briefed LSCFT health visitors on placements near Whalley.",
        "FBC housing options team and FBC community safety team planned a joint visit "
        "programme in Kirkham.",
        "West Lancashire Borough Council housing options team talked to school nurses about "
        "families placed in Skelmersdale.",
        "West Lancashire Borough Council community safety team met youth workers in "
        "Ormskirk, Burscough and Tarleton.",
        "RBC housing options team and RBC community safety team discussed overcrowding in "
        "Haslingden.",
        "HBC housing options team agreed with East Lancashire Hospitals NHS Trust a discharge "
        "route for families in Great Harwood.",
        "HBC community safety team visited the youth club in Great Harwood.",
        "PBC housing options team and PBC community safety team met Lancashire County Council "
        "children's services about young carers in Barnoldswick.",
    ),
    "training": (
        'New on the e-learning site: "{course}".',
        "Training needs survey closes {date}.",
        "Induction for new safeguarding leads, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "Workshop on {theme}, {venue}, {date}, {time} to {time2}.",
        "Trainer development day for {course}, {room}, {venue}, {date}.",
        "Partnership trainers' network, {room}, {date}.",
        "Feedback from the {theme} workshop shows staff feel more confident.",
        "DSL refresher training runs through {period}.",
        "The Lancashire Children's Safeguarding Assurance Partnership ran a bruising "
        "protocol session for childminders in Longridge.",
        "The Lancashire Children's Safeguarding Assurance Partnership gave an exploitation "
        "briefing to taxi drivers in Skelmersdale.",
        "North West Ambulance Service NHS Trust and Lancashire Constabulary gave a water "
        "safety talk in Preesall.",
        "NHS Lancashire and South Cumbria Integrated Care Board briefed GP practices in "
        "Kirkham and Tarleton on was-not-brought.",
        "Lancashire Teaching Hospitals NHS Foundation Trust named nurses gave a head injury "
        "talk to parents in Garstang and Ormskirk.",
        "East Lancashire Hospitals NHS Trust ran a perinatal mental health course for "
        "staff in Haslingden and Barnoldswick.",
        "Lancashire and South Cumbria NHS Foundation Trust trained football coaches in "
        "Burscough on self-harm.",
        "A neglect workshop for nursery staff was held in Whalley.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child T", "Child JR", "Infant P", "Baby N", "Young Person F", "Sibling 3"),
    *("Sibling 1", "Unborn Baby H", "MW", "R.K.", "Child E and Child F", "Shuttle"),
    *("Dyehouse", "Moorland", "Millrace", "Spindle", "Warp", "Fellside", "Child Q"),
    *("Infant DS", "Baby LJ", "Young Person B", "TG", "V", "Child Z", "Sibling Y"),
    *("M.A.", "Baby C and Baby D", "Child OW", "Young Person HR", "NP", "Infant W"),
    "Sibling B",
)


#: The twenty-first's writer of the benign side and its count of fills per template.
_benign, _uses = twentyfirst_corpus.benign_written(sys.modules[__name__]), twentyfirst_corpus._uses


def samples() -> list[Sample]:
    """Both sides, put together by the tenth's ``assembled`` (identical on every run)."""
    return assembled("fiftysixth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
