"""A fifty-fourth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fiftyfourth_names.json``, a seeded snapshot (seed ``fiftyfourth-<country>``,
  Python's ``random.Random``, through the tenth's ``dataset_people``: women and men in
  turn, no first name that is also in the table's surname list) from names-dataset 3.3.1
  (PyPI, Apache-2.0, Philippe Remy's frequency tables per country), its AL (Albania) and
  RS (Serbia) tables. Earlier corpora that name names-dataset AL or RS took these ranks:
  the fourth the top 60 first names and top 80 surnames of both (its "albanian" and
  "balkan" origins); the eighth ranks 100-599 of both (RS in Latin and Cyrillic); the
  tenth AL at 600-1499; the sixteenth AL at 1500-2999; the nineteenth AL at 3000-4999 (no
  other corpus drew either table: checked by grepping ``tests/support`` and
  ``tests/test_unseen_corpora.py`` for ``"AL"`` and ``"RS"``). So AL is drawn here at
  ranks 5000-8999, first names and surnames (``AL_RANKS``; the AL women's list ends at
  rank 5142), and RS first names at 600-1999 and surnames at 600-3999 (``RS_FIRST_RANKS``,
  ``RS_RANKS``). Only entries in plain letters are drawn (``ASCII_ONLY``): RS entries with
  a diacritic (``Veličković``) are not drawn at all rather than stripped, so the snapshot
  keeps the names as the table already types them without diacritics (``Jezdimirovic``,
  ``Srdan``), as a social worker in England would type them; nothing was changed by hand.
  The filter keeps no word of any earlier snapshot (``EARLIER``: every ``*_names.json``
  through the fifty-first's, with the fifty-second's and fifty-third's, written alongside,
  read when they are there). Every draw was read by hand. The deep ranks of both tables
  are mostly not names: words (``Letersi``, ``Energji``, ``Kilometri``, ``Instruktor``,
  ``Elektricar``, ``Majstor``, ``Opstina``, ``Rasadnik``, ``Kamion``, ``Knjizara``,
  ``Nessuno``, ``Bilardo``, ``Mjalti``), businesses and brands (``Confetteria``,
  ``Inspirationhome``, ``Pasticeriluku``, ``Superfood``, ``Delontrans``, ``Autoskola``,
  ``Megasun``), places (``Trieste``, ``Vloravlora``, ``Mitrovica``, ``Librazhd``,
  ``Shengjin``, ``Llap``, ``Pirin``), pet forms (``Gimmi``, ``Anchy``, ``Mece``,
  ``Frenki``, ``Dzeky``, ``Draganche``), typos (``Siyllva``, ``Adrlina``, ``Hoxhaa``,
  ``Irisaa``, ``Vedranah``), a vulgar word, and names of the other sex's column
  (``Thodoris`` and ``Brolind`` among the women, ``Xhentina`` and ``Zamirja`` among the
  men); they were put in ``NOT_NAMES`` and drawn again, five times (the last two with more
  people asked for, ``PACKAGE_DRAWN``), and in the last draw the people with such an
  entry (``DROPPED``) were left out without drawing again. ``DRAWN`` is what is kept: 11
  AL and 21 RS people, fewer than the 45 hoped for, because the AL men's list past rank
  5000 is nearly all words and junk. Regenerate with ``uv venv /tmp/regen54 && uv pip
  install -p /tmp/regen54 names-dataset==3.3.1 && PYTHONPATH=. /tmp/regen54/bin/python
  -m tests.support.fiftyfourth_corpus``; names-dataset is not a dependency and the corpus
  itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (pork pie, boot and shoe, motor
  racing and market town words), each starting with a letter from R to Z, none in an
  earlier corpus file (``NICKNAMES``; each checked by grepping ``tests/support``; brands
  and television puppets were avoided).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora did
  not use (checked by grepping their files: a boarding house matron, a pork pie bakery
  worker, a Stilton dairy hand, a motor racing circuit marshal, a boot and shoe factory
  machinist, a battlefield centre guide, an airport cargo loader, a sign writer, an
  upholsterer, a truck stop cafe cook, a pallet yard worker, a bin lorry crew, a rifle
  range officer, a carvery chef, a churchwarden, a wood turner, a printworks shift lead, an
  ironmonger, a steeplejack, a paintball marshal, a water park attendant, a warehouse
  shift lead, a drone club instructor, a velodrome coach, a tuck shop assistant, a cellar
  man, a track day marshal...; a reservoir sailing club bosun, a hunt kennels worker, a
  canal marina attendant, a butcher's apprentice, a bowls green keeper, a motorway
  services cleaner and a school groundsman are in or near earlier corpora and were not
  used), in lower case and in sign-offs; names and give-away details in
  pseudonyms; nicknames; dates of birth in twelve typed forms; addresses on invented
  streets (``STREETS``) in real towns of the areas; postcodes; phone, NHS and NI numbers;
  invented schools and a pupil referral unit (``SCHOOLS``); email addresses; written out
  by the twenty-fifth's ``identifying_of`` through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each template
  at most three times), about a third of it long: case summaries, rapid review decisions,
  minutes, partner emails, local review notes; and short chronology lines, checklists,
  notices, Slack lines, Panel and publication notes, improvement actions, housing and
  community safety notes and training notes. It is set in twelve towns and large villages
  of Rutland, Leicestershire and Northamptonshire that no earlier corpus file names
  (``AREAS``; each checked by grep, none replaced): Uppingham, Market Bosworth, Castle
  Donington, Kibworth, Ibstock, Broughton Astley, Oundle, Thrapston, Raunds, Desborough,
  Rothwell and Brackley. Earlier corpora's areas include the county, its county town and
  several councils of this corpus (their tests forbid the names elsewhere), so those are
  written by initials or short forms, as staff type them: RCC (Rutland County Council,
  unitary, for Uppingham), LCC (Leicestershire County Council's children and family
  services), HDC (the district council for Kibworth and Broughton Astley), NWLDC (the
  district council for Castle Donington and Ibstock), NNC
  (North Northamptonshire Council, for Oundle, Thrapston, Raunds, Desborough and
  Rothwell), WNC (West Northamptonshire Council, for Brackley), Leics Police, UHL
  (University Hospitals of Leicester NHS Trust), LPT (Leicestershire Partnership NHS
  Trust), LLR ICB (NHS Leicester, Leicestershire and Rutland Integrated Care Board) and
  LRSCP for the partnership. Hinckley and Bosworth Borough Council (Market Bosworth) and
  the Northamptonshire partners are named in full. Checked with the ``search`` tool: a
  Leicestershire County Council committee page names the Leicestershire and Rutland
  Safeguarding Children Partnership (LRSCP) and its 2024-25 yearly report, and Leicester
  city has its own partnership; a North Northamptonshire Council page names the
  Northamptonshire Safeguarding Children Partnership (NSCP) and its 2022-23 annual report;
  the BBC and the trust's own pages say Northamptonshire Children's Trust has run
  children's services for the county since November 2020, so it is the ``council`` for
  the Northamptonshire towns. Written from memory, not checked: Leicestershire Police,
  Northamptonshire Police, the trusts and ICBs named in the brief (Kettering General
  Hospital NHS Foundation Trust for the north Northamptonshire towns, Northampton General
  Hospital NHS Trust for Brackley, Northamptonshire Healthcare NHS Foundation Trust, NHS
  Northamptonshire Integrated Care Board, East Midlands Ambulance Service NHS Trust), which
  trust serves which town, and every venue (each town's library but Brackley's, Uppingham Town Hall,
  Market Bosworth Parish Hall, Castle Donington Community Centre, Kibworth Village Hall,
  Ibstock Community Centre, Broughton Astley Village Hall, the Queen Victoria Hall in
  Oundle, Thrapston Town Hall, Raunds Town Hall, Desborough Leisure Centre, Rothwell
  Community Centre, Brackley Town Hall and Brackley Community Hospital); some may be named
  differently, have moved or closed. Venues are council offices, libraries, halls,
  leisure centres and hospitals, never a person's address. Roles, themes, courses, rooms,
  times and periods come from the twenty-first through the twenty-second's ``DRAWS``, and
  nobody in the benign text is named except by role.
- Identifiers: the tenth corpus's ``person_values`` makes every one up, from ranges kept
  for fiction: Ofcom's drama phone numbers, NHS numbers beginning 999 with a valid check
  digit, national insurance numbers with the QQ prefix, email at example.com, .org and
  .net, and postcodes in the shape of real ones but in areas Royal Mail has never used.
  A sample that names a drawn person has the source ``names-dataset-AL`` or
  ``names-dataset-RS``; one that names a nickname, ``hand-nicknames``; any other, ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the ironstone
  country, the Welland valley and the shoe trade that nobody has as a first name
  (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import (
    fiftyfirst_corpus,
    fortyeighth_corpus,
    fortysecond_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
)

#: What the tenth's ``person_values`` and the twenty-fifth's filter read from a corpus, and
#: the helpers that draw, write and read its snapshot: the earlier corpora's own, as the
#: forty-ninth (which drew names-dataset the same way) gathers them.
from tests.support.fortyninth_corpus import (
    DRAMA_PREFIXES,
    INWARD_LETTERS,
    PLAIN,
    POSTCODE_AREAS,
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
from tests.support.independent_corpus import Sample

__all__ = ["DRAMA_PREFIXES", "INWARD_LETTERS", "PLAIN", "POSTCODE_AREAS", "nhs_check_digit"]
__all__ += ["benign_words", "samples"]

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fiftyfourth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), AL and RS tables"
SEED = "fiftyfourth-<country>"
#: Every earlier snapshot: the fifty-first's list and its own, and those of the fifty-second
#: and fifty-third (written alongside, so read only when they are there).
EARLIER = tuple(
    dict.fromkeys(
        (
            *fiftyfirst_corpus.EARLIER,
            *("fiftyfirst_names.json", "fiftysecond_names.json", "fiftythird_names.json"),
        )
    )
)
#: The ranks drawn here (see the docstring for the ranks earlier corpora took): AL's first
#: names and surnames, RS's first names and RS's surnames.
AL_RANKS = (5000, 9000)
RS_FIRST_RANKS = (600, 2000)
RS_RANKS = (600, 4000)
COUNTRIES = ("AL", "RS")
ASCII_ONLY = frozenset(COUNTRIES)
PACKAGE_DRAWN = (("names-dataset-AL", 40), ("names-dataset-RS", 50))
DRAWN = (("names-dataset-AL", 11), ("names-dataset-RS", 21))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the draws read by hand as words, places, brands, pet forms, typos or names
#: of the other sex's column: put here and drawn again.
NOT_NAMES = frozenset(
    {
        *("Acal", "Adrlina", "Afrohu", "Aild", "Airly", "Albkloe", "Altea", "Alteda"),
        *("Alvio", "Anakonda", "Anchy", "Anelj", "Anhela", "Aniserda", "Antobarba"),
        *("Arjol", "Arkont", "Arlid", "Arredo", "Artea", "Autoskola", "Avace", "Bakina"),
        *("Baqorada", "Belul", "Benars", "Bertii", "Besurim", "Bharga", "Bilardo"),
        *("Bishqemi", "Bjeshk", "Blagoj", "Blebi", "Bojka", "Bonja", "Brolind", "Brza"),
        *("Bubuja", "Butici", "Cacciatore", "Cebi", "Cesvi", "Chrunchy", "Cleni"),
        *("Confetteria", "Dajlan", "Dalaj", "Dallamame", "Dasma", "Delontrans"),
        *("Departament", "Dhame", "Diadela", "Djoda", "Draganche", "Drage", "Drenova"),
        *("Driliano", "Dzejn", "Dzejna", "Edisa", "Egisea", "Elektricar", "Eljon"),
        *("Elkamer", "Emerim", "Energji", "Enfrid", "Enkiled", "Enkirea", "Enush", "Envis"),
        *("Erios", "Ermanuel", "Ertygert", "Etnike", "Exhel", "Ezie", "Fastum", "Femija"),
        *("Fluis", "Frenki", "Fshati", "Gaca", "Galantan", "Gallof", "Gensara", "Gesar"),
        *("Gimmi", "Gjethi", "Gjuljo", "Gladiol", "Granit", "Grdana", "Grixho", "Gvubh"),
        *("Hakjan", "Hanuma", "Hoxhaa", "Hurem", "Inspirationhome", "Instruktor"),
        *("Inxhinieri", "Ippns", "Iriglen", "Irisaa", "Jebac", "Jezuin", "Kafile"),
        *("Karuni", "Kedaju", "Ketering", "Kilometri", "Klaudeni", "Klaudet", "Kleond"),
        *("Kleso", "Klorur", "Kozara", "Kriva", "Kujtimvali", "Kupola", "Kurtina", "Lacko"),
        *("Lalilali", "Lavdi", "Lefte", "Leoard", "Letersi", "Librazhd", "Limaa", "Ljulji"),
        *("Ljuti", "Lorenco", "Majstor", "Mandush", "Maslinovo", "Mece", "Megasun"),
        *("Melesin", "Metatron", "Metsur", "Mhill", "Mianiko", "Mielli", "Mikela"),
        *("Mikeli", "Mikpritja", "Mimiko", "Mitjuk", "Mitrovica", "Mjalti", "Mjesec"),
        *("Muharrem", "Mulja", "Mvhocja", "Nallcia", "Nardis", "Ndihmes", "Ndricim"),
        *("Nessuno", "Ollaa", "Opstina", "Optimo", "Pasticeriluku", "Pelini", "Peregi"),
        *("Piatek", "Piktor", "Pirin", "Pokloni", "Profesori", "Pronatyra", "Prrini"),
        *("Qoshe", "Qshdnj", "Rasadnik", "Roneo", "Rranxa", "Rrota", "Sadami", "Sadodina"),
        *("Saedi", "Sanvila", "Sassofono", "Seldjo", "Sermet", "Shengjin", "Shesshtepi"),
        *("Sildii", "Siyllva", "Skeldjan", "Slaki", "Sneki", "Sokl", "Srbijanka", "Stampa"),
        *("Stevja", "Suhajda", "Superfood", "Szanella", "Tafra", "Tanalera", "Tdo"),
        *("Thodoris", "Tolellari", "Topore", "Tqr", "Tresi", "Trieste", "Uilson"),
        *("Ullorja", "Unejam", "Valjon", "Vazhdon", "Vilgert", "Vioner", "Vipi"),
        *("Vllaznim", "Vloravlora", "Voki", "Vrelo", "Xhejsi", "Xhensildo", "Xhensiljo"),
        *("Xhentina", "Xhulja", "Zamirja", "Zuhdija", "Zuta"),
    }
)
#: People of the last draw with such an entry, left out without drawing again.
DROPPED = frozenset(
    {
        *("Aidaidenis", "Alesandar", "Alteo", "Auklant", "Bleona", "Brizit", "Dukat"),
        *("Dzeky", "Dzoli", "Elektronika", "Emiklent", "Emsel", "Ennizz", "Feko", "Fikro"),
        *("Gaco", "Goxy", "Haljine", "Haremi", "Hazbo", "Itkin", "Kamion", "Kenad"),
        *("Klompe", "Knjizara", "Ligji", "Lisina", "Llap", "Madhe", "Marlenimarleni"),
        *("Mizlul", "Mujko", "Nepravishta", "Nokja", "Perunika", "Plumbi", "Popaj"),
        *("Prapa", "Proja", "Prozdrljivac", "Pubaltoni", "Rexhep", "Somida", "Srebrni"),
        *("Stanarevic", "Strucni", "Surri", "Tegi", "Tijaret", "Vedranah", "Vinjol"),
        *("Vjollanda", "Xhezimi", "Zaljubljena", "Zife", "Zlatna", "Zli", "Zuzic"),
    }
)


def _usable(name: str, country: str) -> bool:
    """A names-dataset entry to draw from (the tenth's test, plain letters, less
    ``NOT_NAMES``)."""
    return table_entry_ok(name, country, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def regenerate_names() -> None:
    """Draw the AL and RS people (the tenth's ``dataset_people``, once per table, as their
    ranks differ; names-dataset importable only here), leave out ``DROPPED`` and write the
    snapshot."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    used = _earlier_names(present)
    (_, al), (_, rs) = PACKAGE_DRAWN
    drawn = dataset_people((("AL", al),), AL_RANKS, used, "fiftyfourth", _usable, AL_RANKS)
    drawn |= dataset_people((("RS", rs),), RS_RANKS, used, "fiftyfourth", _usable, RS_FIRST_RANKS)
    people = {
        f"names-dataset-{c}": [p for p in ps if not set(p) & DROPPED] for c, ps in drawn.items()
    }
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, people)


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Hot Water Crust Lane", "Welt Stitch Row", "Blue Vein Close", "Pit Lane Drive")
STREETS += ("Clicking Room Yard", "Sunne Banner Walk", "Ironstone Kiln Road", "Last Maker Court")
TOWNS = ("Uppingham", "Market Bosworth", "Castle Donington", "Kibworth", "Ibstock")
TOWNS += ("Broughton Astley", "Oundle", "Thrapston", "Raunds", "Desborough", "Rothwell")
TOWNS += ("Brackley", "Earls Barton", "Irthlingborough")
SCHOOLS = (
    "Welt Stitch Row Primary School",
    "Blue Vein Close Infant School",
    "St Wistana's Church of England Primary",
    "Clicking Room Junior Academy",
    "Sunne Banner Free School",
    "Last Maker Court Nursery School",
    "Ironstone Kiln High School",
    "Pit Lane Drive Pupil Referral Unit",
)
SCHOOL_SHORT = ("Welt Stitch", "Blue Vein", "St Wistana's", "Clicking Room", "Sunne Banner")
RELATIVES = ("nena", "baba", "gran", "step-dad", "uncle", "tetka", "mum's fella", "cousin")
#: Twelve ways a date of birth gets typed (fields of the tenth's ``_date``), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{d}/{mm}/{y}", "{dd}-{mm}-{yy}", "{d} {mon} '{yy}", "{mo}. {d} {y}")
BIRTH_FORMS += ("{wd} the {d}{th} of {mon} {y}", "{y}.{mm}.{dd}", "{d}{th}/{m}/{yy}")
BIRTH_FORMS += ("{dd} {mo} {y}", "{d}.{m}.{y}", "{mon} {d} {y}", "{d}{th} {mo}. {y}")
BIRTH_FORMS += ("{dd}{mm}{y}",)
WHEN_FORMS = ("{wd} {d}{th} {mon}", "{d}/{m}/{y}", "{d} {mo} {y}", "{wd} {d} {mo}")
WHEN_FORMS += ("{d}.{mm}.{y}",)
#: Births of children up to 17 (the forty-second's), typed in ``BIRTH_FORMS``.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# {f} {l} is the child, {g} {h} a parent or carer, {k} a brother or sister and {rel} another
# relative, as the tenth's person_values fills them.
NAME_TEXT = (
    "Matron at the boarding house rang: {f} {l}, 13, came back from an exeat weekend with "
    "finger-mark bruising on both upper arms and will not say what happened at home.",
    "A worker on the pork pie line says {g} {h} brings {f} in on the night shift and the "
    "kid sleeps on flour sacks in the store till six.",
    "dairy hand at the stilton place says {f} {l} has been turning the cheeses for cash "
    "every weekend since they were eleven",
    "Circuit marshal at the race weekend found {f} {l}, 9, alone by the paddock fence at "
    "11pm; {g} was in a campervan and too drunk to stand.",
    "Machinist at the shoe factory says {g} {h} talks about locking {f} in the bedroom "
    "with a bucket when she goes on shift.",
    "Guide at the battlefield centre says {f} {l} comes on every school-holiday walk on "
    "their own and asked if they could stay overnight in the barn.",
    "Cargo loader at the airport says {g} {h} leaves {f} and {k} in the car park van for "
    "the whole twelve-hour night.",
    "The sign writer doing the shopfront saw {g} {h} punch {f} in the back of the head "
    "outside the newsagent.",
    "Upholsterer two doors down says she hears {f} {l} screaming most nights and {g} "
    "shouting that no one will believe them.",
    "Cook at the truck stop cafe says {f} {l}, 15, is getting into lorry cabs in the "
    "back lot with drivers she doesn't know.",
    "Pallet yard worker found {f} {l} sleeping in the stacks behind the forklift bay, "
    "said {g} has thrown them out again.",
    "Bin lorry crew saw {f} {l}, about 6, on the pavement in a nappy at 7am with no "
    "adult about, door of the flat wide open.",
    "Range officer at the rifle club says {g} {h} let {f}, 10, handle a loaded gun while "
    "he was drinking in the clubhouse.",
    "Carvery chef says {f} {l} has been washing pots in the back kitchen till midnight "
    "on school nights for {g}'s mate.",
    "Churchwarden says {f} {l} has been sleeping in the porch of the church and is "
    "frightened of {g}'s new partner.",
    "wood turner at the craft barns says {g} {h} grabbed {f} by the throat in the car "
    "park on saturday",
    "Shift lead at the printworks says {g} {h} turns up with {f}, 4, and leaves the child "
    "on a chair in the corridor all shift.",
    "The ironmonger says {f} {l} came in asking for rope and said they don't want to be "
    "here any more.",
    "A steeplejack working on the spire saw {f} {l} being dragged up the lane by {g} by the hair.",
    "Paintball marshal says {f} {l}, 14, turned up with welts on their back that were not "
    "from the game and said {g} uses a belt.",
    "Attendant at the water park saw {g} {h} hold {f} under the water in the wave pool "
    "until they were choking.",
    "Warehouse shift lead thinks {f} {l} is 16 at most and has been working nights on "
    "the picking floor on an agency card in a cousin's name.",
    "Instructor at the drone club says {f} {l} told him {g} {h} takes their phone and "
    "money and leaves them without food.",
    "Velodrome coach says {f} {l} keeps arriving with new injuries and {g} explains each "
    "one as a fall off the bike.",
    "Pie shop counter girl says {f} {l} comes in every morning before school begging for "
    "yesterday's pasties, says there is nothing in at home.",
    "The shoe factory outlet manager saw {g} {h} hit {f} with a shoe horn by the tills.",
    "Tuck shop assistant at the public school says {f} {l} from the town has been meeting a man "
    "in his twenties behind the sports hall after dark.",
    "Cheese shop assistant says {g} {h} was slurring and fell over with {f} in the "
    "pushchair on the market square.",
    "Marshal on the track day says {f} {l}, 12, was driving the car on the service road "
    "with {g} laughing in the passenger seat.",
    "Cellar man at the real ale pub says {g} {h} keeps {f} and {k} in the beer garden "
    "till closing every night in the rain.",
)
NAME_LOWER = (
    "{fl} {ll} came back from exeat with marks on both arms, matron says",
    "pie works again - {fl} on the flour sacks overnight",
    "race weekend, {gl} {hl} paralytic in the campervan, {fl} by the fence",
    "{ll} children found in the pallet stacks",
    "truck stop cook thinks {fl} is going in the cabs",
    "drone club - {fl} says no tea most nights",
    "left message for {fl}'s {rel}; {gl} still not picking up",
    "{fl} {ll} no show at the childminder all week",
    "water park rang, {fl} and {k} still there at closing",
    "outlet manager saw {gl} {hl} hit {fl} with a shoe horn",
    "churchwarden: {fl} {ll} in the porch again",
    "{fl} {ll} at the carvery sink at midnight",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "{l} sisters",
    "{f} aged {age}",
    "{fi} {l}",
    "{f} + {k}",
    "baby {l}",
    "the {l} lad",
    "{g} {h}'s middle one",
    "{f} off the boarding house list",
    "{l} (first name {f})",
)
SIGN_OFF = (
    "dont want this coming back on me\n{fl}",
    "With thanks\n{g} {h}\n{rel} of {f}",
    "thanks x\n{g}, mum of {f} & {k}",
    "{f} {l}\nsorry for spelling",
    "On behalf of {f}, typed by {rel} {g} {h}",
    "Yours,\n{g} {l}\n(foster carer)",
    "{g} - {f}'s {rel} - I'm on lates this week",
    "from {f} {l}, {age}",
    "{g} {h}, grandparent carer for {f}",
)
NICKNAMES = ("Rasher", "Welty", "Vampy", "Toecap", "Revs", "Throttle")
NICKNAMES += ("Sparkplug", "Rindy", "Skid", "Shoelace", "Treadle", "Tufty")
NICKNAMES += ("Wobbler", "Rumbler", "Yolky", "Scuff")
NICKNAME_TEXT = (
    "On the pie line the older lads call him {n} and have him fetch their energy drinks.",
    "Round the buttercross she only answers to {n}; the men on the bench buy her cider.",
    "Security at the circuit heard {f}'s {rel} bawling {n} across the campsite at 2am.",
    "{n} is what the truck stop driver has saved her as in his phone, school found out.",
)
NICKNAME_PSEUDONYM = ("{n}", "young {n}", "{n} {li}.", "{n}, the {l} lad")
DOB_TEXT = (
    "DOB (per red book) {dob}",
    "D.O.B. - {dob}",
    "according to {g}, {f} was born {dob}",
    "practice records show DOB {dob}",
    "born {dob}, delivered at the LRI",
    "{f} {l} ({dob})",
    "{dob} - makes her {age}",
    "{rel} gave {dob}, the academy has it a week later",
    "premature, born {dob} at 29 weeks",
)
PHONE_TEXT = (
    "ring mum on {phone}",
    "{g}'s mobile is {phone}",
    "{rel} - {phone}",
    "home number {phone}",
    "text came from {phone}, {f} says it's hers",
    "baba's mobile {phone}",
)
NHS_TEXT = (
    "red book NHS no {nhs}",
    "NHS # {nhs} ({f})",
    "NHS number for the baby: {nhs}",
    "A&E card shows NHS number {nhs}",
)
NI_TEXT = (
    "NI for mum {ni}",
    "step-dad's NI no. {ni}",
    "NINo {ni} - father",
    "{rel}'s NI {ni}",
)
ADDRESS_TEXT = (
    "new address {street}, {town}",
    "staying {street}, above the takeaway",
    "knocked at {street}, {town} - blinds down, no reply",
    "{f} is at her {rel}'s house on {street}",
    "repeat calls to {street} over the summer",
    "lost the tenancy on {street}; in the car in {town} now",
)
POSTCODE_TEXT = ("post code is {postcode}", "PC: {postcode}", "moved, postcode {postcode}")
SCHOOL_TEXT = (
    "{f} attends {school} (Y{year_group})",
    "{school}, year {year_group}, attendance under 60%",
    "call from the DSL at {short} this morning",
    "{f} started at {short} in September",
    "{f}, {school}: {n2} sessions missed this half term",
)
EMAIL_TEXT = ("{g} uses {e}", "email came from {e}", "best contact for {g} {h}: {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} (DOB {dob})",
    "{fi}{li}, {street}",
    "{fi}{li} - Y{year_group} - {short}",
    "Child at {postcode}",
    "{fi}{li}, NHS no {nhs}",
    "{age}yo {l} girl, {town}",
    "{fi}{li} b. {dob}",
    "pupil at {school}, Y{year_group}",
    "{l} household, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: The partners. Names that hold an earlier corpus's area are written by initials or short
#: forms (see the docstring): the Rutland and Leicestershire towns' partners first.
_UHL = "UHL"
_LPT = "LPT"
_LEICS = {
    "police": ("Leics Police",),
    "icb": ("LLR ICB",),
    "ambulance": ("East Midlands Ambulance Service NHS Trust",),
    "trust": (_UHL, _LPT),
}
_RUTLAND = _LEICS | {"council": ("RCC children's services",)}
_COUNTY = _LEICS | {"council": ("LCC children and family services",)}
#: Northamptonshire: the children's trust runs children's services for both unitaries.
_KGH = "Kettering General Hospital NHS Foundation Trust"
_NGH = "Northampton General Hospital NHS Trust"
_NHFT = "Northamptonshire Healthcare NHS Foundation Trust"
_NORTHANTS = {
    "council": ("Northamptonshire Children's Trust",),
    "police": ("Northamptonshire Police",),
    "icb": ("NHS Northamptonshire Integrated Care Board",),
    "ambulance": ("East Midlands Ambulance Service NHS Trust",),
}
_NORTH = _NORTHANTS | {"trust": (_KGH, _NHFT)}
_WEST = _NORTHANTS | {"trust": (_NGH, _NHFT)}
_HBBC = "Hinckley and Bosworth Borough Council"

#: The twelve areas, towns and large villages no earlier corpus file names: the district
#: or unitary council's teams, the partners, and two civic venues of the town (libraries,
#: halls, hospitals, community and leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Uppingham": _RUTLAND
    | _district("RCC")
    | {"venue": ("Uppingham Library", "Uppingham Town Hall")},
    "Market Bosworth": _COUNTY
    | _district(_HBBC)
    | {"venue": ("Market Bosworth Library", "Market Bosworth Parish Hall")},
    "Castle Donington": _COUNTY
    | _district("NWLDC")
    | {"venue": ("Castle Donington Library", "Castle Donington Community Centre")},
    "Kibworth": _COUNTY
    | _district("HDC")
    | {"venue": ("Kibworth Library", "Kibworth Village Hall")},
    "Ibstock": _COUNTY
    | _district("NWLDC")
    | {"venue": ("Ibstock Library", "Ibstock Community Centre")},
    "Broughton Astley": _COUNTY
    | _district("HDC")
    | {"venue": ("Broughton Astley Library", "Broughton Astley Village Hall")},
    "Oundle": _NORTH
    | _district("NNC")
    | {"venue": ("Oundle Library", "Queen Victoria Hall, Oundle")},
    "Thrapston": _NORTH
    | _district("NNC")
    | {"venue": ("Thrapston Library", "Thrapston Town Hall")},
    "Raunds": _NORTH | _district("NNC") | {"venue": ("Raunds Library", "Raunds Town Hall")},
    "Desborough": _NORTH
    | _district("NNC")
    | {"venue": ("Desborough Library", "Desborough Leisure Centre")},
    "Rothwell": _NORTH
    | _district("NNC")
    | {"venue": ("Rothwell Library", "Rothwell Community Centre")},
    "Brackley": _WEST
    | _district("WNC")
    | {"venue": ("Brackley Town Hall", "Brackley Community Hospital")},
}
#: The partner kinds (the forty-eighth's), the partnerships as their own pages name them
#: (the Leicestershire and Rutland one by its initials), and every agency named.
KINDS, PARTNERSHIPS = fortyeighth_corpus.KINDS, tuple(AREAS)
_NSCP = "Northamptonshire Safeguarding Children Partnership"
SCP = {area: "LRSCP" for area in tuple(AREAS)[:6]} | dict.fromkeys(tuple(AREAS)[6:], _NSCP)
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
#: Review references and age bands of this corpus, over the twenty-second's other draws
#: (roles, themes, courses, rooms, periods), and the words benign pseudonyms may use.
DRAWS = twentysecond_corpus.DRAWS | {
    "ref": ("RR 54-03", "LCSPR 54/01", "RR/54/09", "CSPR-54-12", "RR 54/17", "TR 54-05"),
    "age_band": ("aged five weeks", "under two", "aged four", "aged 12", "aged 16"),
}
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS
CHOSEN = ("Spinney", "Furrow", "Welland", "Headland", "Oxbow", "Ironstone", "Clicker")

_P = " An update goes to the partnership's delivery group in {period}."
_S = "\n\nPlease reply to the business unit by {date}.\n\nKind regards,\n{scp} business unit"
#: Benign templates by register (the sample's category), each filled up to three times as
#: ``_uses`` decides; roughly a third run long, up to the 500 characters a note field takes.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary, {ref}. A girl {age_band} from {area} was seen at {trust} with a burn to the palm "
        "that her carers put down to a kettle. The shape did not fit that account and the "
        "paediatrician asked for a strategy discussion, which {police} joined the same "
        "afternoon. The review will look at why two earlier minor injuries were never linked "
        "across the GP and school nurse records." + _P,
        "{ref}, case outline: a 13-year-old boy living near {area} went missing eight "
        "times in four months and was found twice in another county with cash and a "
        "second phone. Return interviews were offered but none took place. The reviewer is "
        "asked how the exploitation screening tool was used, and who owned the plan once "
        "two police areas were involved.",
        "In {area}, parents working split shifts at a distribution warehouse "
        "left a child {age_band} with a rota of unregistered minders. A fall down the stairs "
        "led to a head injury and a week in hospital. {ref} asks whether early help knew "
        "of the arrangement and how shift-work families can be reached before crisis." + _P,
        "Background to {ref}. A 16-year-old girl disclosed to a youth worker that an "
        "older man had been giving her lifts from college for a year. Three agencies had "
        "noticed the car; none passed it on. The {scp} wants the reviewer to test how "
        "low-level intelligence travels between schools, {police} and the youth service.",
        "What happened ({area}): a baby {age_band} was found unresponsive in an adult bed after "
        "a night when both parents had used cannabis. Safer sleep advice was recorded at "
        "birth and at the new birth visit, but not after the family moved into a one-room "
        "flat. {ref} will examine whether advice was adapted to their housing." + _P,
        "{ref} in brief - a boy {age_band} with autism was excluded from two settings "
        "in a year and spent most days at home with a parent in crisis. Education, CAMHS at "
        "{trust} and the family's GP all made referrals that crossed in the post. The review "
        "will map the decisions and ask who, if anyone, led.",
        "Case note for the panel, {area}. A young carer of 14 looked after a parent with a "
        "long-term opioid dependency and two younger siblings. The drug service knew the children "
        "existed but did not ask about them at reviews. {ref} will test whether adult "
        "services in the partnership ask the think-family questions they are meant to." + _P,
        "Outline of {ref}: four children lived in a static caravan on farmland near "
        "{area} with no running water through the winter months. Two referrals were closed "
        "at the front door because the parents said they were moving soon. The review will "
        "look at how rural neglect is assessed when no one goes out to see the home.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}: decision. The partners agree the case meets the criteria for a "
        "local child safeguarding practice review. The harm was serious and there is "
        "learning about how {trust} and children's social care shared what they knew at "
        "discharge. The National Panel will hear by {date2} and the {role} will draft the "
        "terms of reference.",
        "Rapid review {ref}: decision. No local review. The learning about injuries in "
        "non-mobile babies is already part of the refreshed bruising protocol, and agencies "
        "have since changed practice. A full review would repeat it. Agreed by the three "
        "safeguarding partners on {date}; the rationale goes to the Panel by {date2}, with "
        "a short briefing for frontline staff.",
        "Rapid review {ref}: decision. This case will feed into the thematic review of "
        "{theme} already under way across {area} and neighbouring towns, rather than stand "
        "alone. {police} and {icb} will send their agency reports to the thematic reviewer "
        "by {date2}. The Panel will be given the reasons in writing with the rapid review "
        "report.",
        "Rapid review {ref}: decision. A systems-based local review will go ahead, with a "
        "practitioner event at {venue}. The partners want to understand why escalation "
        "was not used when health and social care disagreed for six weeks about the level "
        "of risk. Draft terms of reference will come to the executive group on {date2}.",
        "Rapid review {ref}: decision. The partners will ask the Panel whether a national "
        "review is needed, as a similar case has arisen in another East Midlands area this "
        "year. A local review will run alongside so learning is not held up. The {role} "
        "will write to the Panel setting out the pattern by {date2}.",
        "Rapid review {ref}: decision. A learning briefing and a practice week will be "
        "produced in place of a full review: the facts are agreed, the family do not want "
        "to take part and the agencies have already put changes in place. Signed off on "
        "{date}; the changes will be tested in the multi-agency audit in {period}.",
        "Rapid review {ref}: decision. A local review will look at the transfer of care "
        "between midwifery and health visiting, where a partner's history of domestic abuse "
        "did not follow the family. {trust} and {icb} will co-chair the review panel, and "
        "the National Panel will be told by {date2}.",
    ),
    "minutes": (
        "Notes of the {scp} strategic leads meeting, {date}, {room}, {venue}\n"
        "With: {council}, {police}, {icb}, the {district}.\n"
        "a) Dashboard for {period} reviewed; re-referral rate {rag}.\n"
        "b) Scrutineer's spring report accepted with two changes.\n"
        "c) Date for the joint targeted area inspection briefing still to be fixed.\n"
        "Reconvene {date2} at {time}.",
        "Training and workforce subgroup - {date} - {venue}\n"
        "With: the {role}, {trust}, {police}, two headteachers.\n"
        "a) Uptake of {course} lowest in {area}; targeted offer agreed.\n"
        "b) {ref} learning added to the induction pack.\n"
        "c) Trainer pool down to six; recruitment email to go out.\n"
        "Reconvene {date2}, {room}.",
        "Case review subgroup, {date}, held on Teams\n"
        "With: {council}, {police}, {trust}, {ambulance}.\n"
        "a) Referral from {area} screened; criteria for a rapid review met.\n"
        "b) {ref}: reviewer's draft timeline circulated, comments by Friday.\n"
        "c) Nothing else raised.\n"
        "Reconvene {date2} at {venue}.",
        "Policy group notes, {venue}, {date}\n"
        "With: the {role}, {icb}, {trust}, the {district}.\n"
        "a) Pre-birth protocol: consultation responses summarised.\n"
        "b) Procedures on {theme} rewritten in plainer English.\n"
        "c) Feedback on {course} to be themed by the next meeting.\n"
        "Reconvene {date2}, {time2}.",
        "Child exploitation operational group, {room}, {venue}, {date}\n"
        "With: {police}, {council}, the {district}, the youth offending service.\n"
        "a) Plan for the circuit's summer race meetings signed off.\n"
        "b) County lines mapping for {area}: {rag}.\n"
        "c) Return home interview provider to present next time.\n"
        "Reconvene {date2}.",
        "Designated and named professionals, {venue}, {date}\n"
        "With: named nurses of {trust}, the designated doctor, {icb}.\n"
        "a) Dental neglect pathway pilot in {area} extended.\n"
        "b) {ref}: GP learning event dates agreed.\n"
        "c) Interpreters for Albanian-speaking families: audit of use requested.\n"
        "Reconvene {date2}.",
    ),
    "partner_email": (
        "Morning all,\n\nA reminder that agency chronologies for {ref} were due last week. "
        "We still need returns from {trust} and the {district}; {police} have sent theirs. "
        "The reviewer cannot start the analysis until all are in, and the review panel is "
        "booked for {date2}." + _S,
        "Dear colleagues,\n\nWe are looking for frontline staff from {area} to help us "
        "test a new one-page guide on {theme}. The session is at {venue} on {date2} from "
        "{time} to {time2}; tea and biscuits provided, and managers have agreed release." + _S,
        "Hello everyone,\n\nThe executive group has signed off the new threshold document. "
        "{council} will brief its teams this month and {police} will add it to the MASH "
        "induction. Could health leads let us know how they plan to cascade it?" + _S,
        "Dear partners,\n\nDuring {period} the scrutineer would like to shadow the MASH and "
        "meet staff from {icb} and {ambulance}. If your team could host a visit, please "
        "send a contact name and a couple of possible dates." + _S,
        "Hi all,\n\nGood news: the Panel has accepted the rapid review for {ref} without "
        "further questions, and praised the input from {trust}. The {role} will now write "
        "the learning briefing with the designated nurse." + _S,
        'Dear all,\n\nWe have added a second date for "{course}", at {venue} from {time} '
        "to {time2}. It is open to {council}, {police}, health, schools, early years "
        "settings and faith groups; the first date filled within a day." + _S,
        "Dear colleagues,\n\nOur thanks to {ambulance} for releasing two paramedics to "
        "the practitioner event for {ref}. Their view of the scene on the night changed "
        "how the panel understood the first hour." + _S,
        "Hello,\n\nFor {ref}, could the {district} set out how a household with children "
        "placed in bed and breakfast is made known to health visiting and schools, and how "
        "long the longest stay was last year?" + _S,
    ),
    "local_review": (
        "Local review {ref}: on {date} the panel heard the reviewer's first themes: too "
        "much hope placed in a father's promises, not enough curiosity about who else was "
        "living in the house, and a child in {area} who was rarely seen on their own. "
        "{trust} and children's social care will check these against their records before "
        "the next panel.",
        "Local review {ref}: practitioner event held at {venue} on {date}. Staff from "
        "{police} and the {district} spoke about caseloads and about not knowing whom to "
        "call in another agency after hours. What they said will shape the "
        "recommendations." + _P,
        "Local review {ref}: scope agreed on {date}. It covers the two years before the "
        "incident, the hand-over between two health visiting teams, front door decisions "
        "on threshold, and how {icb} oversees disabled children placed in residential "
        "schools outside the area.",
        "Local review {ref}: the reviewer has met the child's aunt, who asked that the "
        "report show the child as a person with likes and fears, and not only as a case. "
        "The panel agreed. A draft is expected in {period}, and the family will see it "
        "before the {scp} publishes anything.",
        "Local review {ref}: first panel meeting set for {date}.",
        "Local review {ref}: lead reviewer commissioned {date}.",
        "Local review {ref} on hold pending the criminal trial.",
        "Local review {ref}: all agency reports now in.",
        "Local review {ref}: revised draft to panel on {date}.",
    ),
    "chronology": (
        "{date}: school raised a hungry-child concern with the DSL.",
        "{date}: {police} attended after neighbours heard shouting; children present.",
        "{date}: MASH screening; passed to the locality team.",
        "{date}: {ambulance} conveyed mother to A&E; children left with a neighbour.",
        "{date}: the {district} placed the family in temporary accommodation.",
        "{date}: review child protection conference; plan continued.",
        "{date}: six-week check missed; health visitor rebooked.",
        "{date}: paediatric clinic at {trust} rescheduled for the third time.",
        "{date}: family support worker's first home visit.",
        "{date}: child in need meeting, {council} chairing.",
        "{date} to {date2}: school reports three unexplained absences.",
        "{date}: part-time timetable agreed by the academy.",
        "{date}: midwife booked the pregnancy late, at 24 weeks.",
    ),
    "checklist": (
        "Meeting within 15 days of notification? Met.",
        "Notification form sent to the Panel {date}.",
        "Letter to the family about the review sent {date}.",
        "Direct work to hear the child's views: by {date2}.",
        "Reviewer's contract signed? Yes.",
        "ToR: draft only.",
        "{trust} chronology in? Yes.",
        "{district} chronology in? Outstanding.",
        "Inquest date known: {date}.",
        "{police} disclosure: requested, not received.",
        "Practice briefing: with the comms team.",
        "Briefing sent to DSL network: done.",
        "Deadline for {police} and {icb} reports: {date2}.",
    ),
    "notice": (
        "Strategic leads of the {scp}: {date}, {time}, {room}, {venue}.",
        "{ref} practitioner event - {date2} - {venue}, {time}-{time2}.",
        "Save the date: safeguarding week conference, {venue}, {date}.",
        "Workforce subgroup now {date} at {time} in {room}.",
        "DSL briefing at {venue} on {date}, {time}.",
        'Webinar "{course}" on {date} at {time}.',
        "Open session for parents and carers, {venue}, {date}.",
        "Stop and search and exploitation talk, {room}, {venue}, {date}.",
        "Named professionals meeting brought forward from {date} to {date2}.",
        "Audit day on neglect cases, {date}, {room}, {venue}.",
        "Care leavers' forum at {venue}, {date}, {time} to {time2}.",
        "Launch of the pre-birth protocol at {venue}, {date}, {time}.",
    ),
    "slack": (
        "papers for thursday uploaded",
        "{trust} chronology for {ref} - has it landed with anyone?",
        "got {venue} for {date} :tada:",
        "nudge: Panel form deadline is 5pm",
        "{district} asking to move from {time} to {time2}, any objections?",
        "I've left comments on the ToR, can others add theirs by {date}",
        "cheers all, I'll send actions round",
        "DI confirmed from {police} for the rapid review",
        "new {period} course list is up on the website",
        "exec or case review subgroup for {ref}? thoughts?",
        "scrutineer's annual report - link pinned in channel",
        "need a minute-taker for {date}, any volunteers",
        "which version of the agency report template are we using?",
        "{icb} designated nurse joining remotely at {time}",
        "{council} rep off sick on {date}, can anyone deputise?",
    ),
    "panel": (
        "Panel reply on {ref} received {date}: no questions.",
        "Notification for {ref} logged with the Panel {date}.",
        "Rapid review report due with the Panel {date2}.",
        "Panel's feedback: rationale well evidenced.",
        "National review not required for {ref}, Panel agreed.",
        "{ref} rapid review submitted; Ofsted and the DfE copied.",
        "Panel asked for the ambulance service's report; sent {date}.",
        "{ref} final report with the Panel since {date}.",
        "Extension granted by the Panel for {ref}: {date2}.",
        "Panel annual report shared at the strategic leads meeting.",
        "Panel follow-up on {ref} {date}; {role} drafting a reply.",
    ),
    "publication": (
        "Target publication date for {ref}: {date}.",
        "Publication deferred until the sentencing hearing.",
        "Summary report only, decision recorded {date}.",
        "Family informed of publication plans.",
        "Reactive press statement agreed with the {council} press office.",
        "{ref} published on the {scp} website {date}.",
        "Seven-minute briefing to go live with the report.",
        "Family asked for a later date; now {date2}.",
        "Published report to be removed after twelve months.",
        "DfE notified of publication.",
        "Partners signed off the publication plan for {ref} on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to check every missed paediatric appointment is followed up, by {date}.",
        "Action 2: {council} to record who lives in the home at each visit.",
        "Action: {police} to share domestic abuse notifications with schools by 9am.",
        "Action: {icb} to commission ICON training for maternity and neonatal staff.",
        "Action 3: {theme} practice week in {period}.",
        "Action: {ambulance} to add a safeguarding prompt to the crew handover.",
        "Action: the {district} to tell health visiting about every family placed out of area.",
        "Action 4 done: revised escalation policy launched {date}.",
        "Action 5: {role} to update the executive group each quarter.",
        "Plan for {period}: 10 actions, 6 complete, 4 {rag}.",
        "Action: shared chronology template to be used by all agencies from {date}.",
        "Action 6: {trust} to build a think-family question into triage by {date2}.",
    ),
    "housing_note": (
        "The {district} has confirmed the tenancy start date.",
        "{district}: homelessness prevention duty owed from {date}.",
        "The {district} will send two officers to the practitioner event.",
        "{ref} briefing given to the {district} managers.",
        "All housing staff covering {area} to complete {course} by {date}.",
        "RCC housing options team and Leics Police reviewed two empty flats above shops in "
        "Uppingham used for sofa surfing.",
        "RCC community safety team walked the Uppingham market place with school staff after "
        "reports of older lads selling vapes.",
        "Hinckley and Bosworth Borough Council community safety team met Leics Police about "
        "scooters on the Market Bosworth country park paths.",
        "Hinckley and Bosworth Borough Council housing options team briefed LPT health "
        "visitors on placements near Market Bosworth.",
        "NWLDC community safety team and Leics Police planned patrols for race weekends in "
        "Castle Donington.",
        "NWLDC housing options team talked to school nurses about families placed in Ibstock.",
        "HDC housing options team and LCC children and family services discussed overcrowding "
        "in Kibworth.",
        "HDC community safety team visited the youth club in Broughton Astley.",
        "NNC housing options team agreed with Kettering General Hospital NHS Foundation Trust "
        "a route for discharging families from Oundle.",
        "NNC community safety team and Northamptonshire Police looked at the riverside in "
        "Thrapston after dark.",
        "NNC and Northamptonshire Children's Trust met about young carers in Raunds, "
        "Desborough and Rothwell.",
        "WNC housing options team and WNC community safety team met Northampton General "
        "Hospital NHS Trust staff in Brackley.",
    ),
    "training": (
        'Now on the learning platform: "{course}".',
        "Training needs questionnaire closes {date}.",
        "Induction for new strategic leads, {date}, {venue}.",
        "{course}: last few places in {period}.",
        "Workshop on {theme} at {venue}, {date}, {time} to {time2}.",
        "Train-the-trainer day for {course}, {room}, {venue}, {date}.",
        "Multi-agency trainers' meeting, {room}, {date}.",
        "Evaluations from the {theme} workshop show a rise in confidence.",
        "DSL update training runs in {period}.",
        "LRSCP ran a bruising protocol session for childminders in Kibworth.",
        "LRSCP held an exploitation briefing for taxi drivers in Castle Donington.",
        "Northamptonshire Safeguarding Children Partnership trained football coaches in Raunds.",
        "Northamptonshire Safeguarding Children Partnership ran a neglect workshop in Desborough.",
        "East Midlands Ambulance Service NHS Trust and Northamptonshire Police gave a self-harm "
        "talk in Rothwell.",
        "LLR ICB briefed GP practices on was-not-brought in Ibstock and Broughton Astley.",
        "NHS Northamptonshire Integrated Care Board and Northamptonshire Healthcare NHS "
        "Foundation Trust ran a perinatal mental health course in Oundle.",
        "UHL named nurses gave a head injury talk to parents in Uppingham and Market Bosworth.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child R", "Child TJ", "Infant M", "Baby K", "Young Person D", "Sibling 2"),
    *("Sibling 4", "Unborn Baby G", "KW", "P.N.", "Child C and Child D", "Spinney"),
    *("Furrow", "Welland", "Headland", "Oxbow", "Ironstone", "Clicker", "Child V"),
    *("Infant BH", "Baby MT", "Young Person S", "RG", "W", "Child Y", "Sibling Z"),
    *("L.D.", "Baby A and Baby B", "Child UO", "Young Person NK", "HP", "Infant X"),
    "Sibling C",
)


#: The twenty-first's writer of the benign side and its count of fills per template.
_benign, _uses = twentyfirst_corpus.benign_written(sys.modules[__name__]), twentyfirst_corpus._uses


def samples() -> list[Sample]:
    """Both sides, put together by the tenth's ``assembled`` (identical on every run)."""
    return assembled("fiftyfourth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
