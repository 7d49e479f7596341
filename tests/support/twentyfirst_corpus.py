"""A twenty-first held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``twentyfirst_names.json``, a seeded snapshot (seed ``twentyfirst-<country>``) of
  female and male first name and surname pairs from names-dataset 3.3.1 (Apache-2.0,
  Philippe Remy's frequency tables per country), ranks 3000 to 4999 (``RANKS``, as the
  seventeenth and the nineteenth) of six tables neither of them drew (``DRAWN``): France,
  Spain, Germany, the Netherlands, Brazil and South Africa, nine people each. The other
  tables asked for were drawn and left out, as draw after draw their entries at these ranks
  read by hand as words, brands, handles, pet forms and misspellings: Morocco, Algeria,
  Saudi Arabia, Malaysia and Hong Kong (Mhboul, Fkr, Perodua, Kirito), Chile (Zapatillas,
  Cumpleaños, Stylinson), Mexico and Colombia (Jpablo, Juanka, Outlet, Estilo), Argentina
  (Roochii, Carolinaa); Poland's first names read as words (Piwo, Mniam) and its surnames,
  like Lithuania's, mark the bearer's sex, which the draw does not match; Lithuania was not
  drawn. The draw is the tenth's (``draw_names``: one capitalised word of plain
  letters, three or more, no first name that is also in the surname table). Every draw was
  read by hand and the entries that read as words, places, pet forms, typos, first names in
  the surname column or not a person's name were left out (``NOT_NAMES``), then drawn
  again, until the draw read as real names. Any name in an earlier snapshot (``EARLIER``:
  the fourth to the twentieth) or drawn for another country is skipped, so every name is
  new to the corpora and appears once. names-dataset is not a dependency; regenerate with
  ``uv run --with names-dataset==3.3.1 python -m tests.support.twentyfirst_corpus``; the
  corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus, none in an earlier corpus file
  (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes (a karate instructor, a
  lollipop lady, a dentist, tram staff, a minibus driver, a madrassa teacher, an
  audiologist...), in lower case and in sign-offs by a child, a parent or a relative; names
  and give-away details in pseudonyms; nicknames; dates of birth in eleven typed forms;
  addresses on invented streets (``STREETS``) in real towns; postcodes; phone, NHS and NI
  numbers; invented schools (``SCHOOLS``); email addresses; written out by the thirteenth's
  ``identifying_written``, as many of each category as its ``MIX`` says.
- Benign text, written by hand (``BENIGN``; ``_uses`` fills each template at most three
  times), about a third of it long as the bot's 500-character summary and note fields
  allow: incident case summaries by role (what happened, the agencies involved, what the
  rapid review found), rapid review decision rationales with reasons and dates, multi-line
  minutes extracts, emails of a few paragraphs with a sign-off block, and LCSPR progress
  updates; and short text: checklist notes, chronology lines, Panel notes, publication
  notes, improvement actions, notices with dates, times, rooms and venues, and Slack lines.
  It is set in twelve real partnership areas of England (``AREAS``) that no earlier corpus
  used: Kingston upon Thames, Richmond upon Thames, Harrow, Barking and Dagenham, Bexley,
  Kensington and Chelsea, Westminster, Bedford, West Northamptonshire, Bracknell Forest,
  Bournemouth Christchurch and Poole, and Hammersmith and Fulham, with their real partners
  (the council's children's services or children's trust: Achieving for Children for
  Kingston and Richmond, the Northamptonshire Children's Trust; the police force; the NHS
  trusts; the integrated care board; the ambulance service), real civic venues, never a
  person's address, and each partnership by the name it uses (``SCP``: one for Kingston and
  Richmond, one for Kensington and Chelsea and Westminster). People are named only by
  role.
- Every identifier is an invented one, filled in by the tenth corpus's ``person_values``:
  phone numbers from Ofcom's ranges for drama, 999-range NHS numbers whose check digit is
  right, National Insurance numbers beginning QQ, addresses at example.* domains, and
  postcodes shaped like real ones in areas Royal Mail does not use. Identifying samples
  take the ``source`` ``names-dataset-<country>`` if a drawn person is named in them,
  ``hand-nicknames`` if a nickname is, and ``hand`` if neither.
- The benign pseudonyms keep to DOMAIN.md and are listed by hand
  (``BENIGN_PSEUDONYM_TEXT``): bare initials, initials after "Child", "Baby" and the like
  (``PSEUDONYM_WORDS``), a numbered sibling, or a chosen word that no one bears as a first
  name (``CHOSEN``).

A drawn name that is also a word of the benign text would be dropped (``assembled``); none
is here. No sample was changed after seeing what the guard does with it.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import ModuleType

from tests.support import twentieth_corpus
from tests.support.eleventh_corpus import as_pseudonyms
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.sixth_corpus import _fill
from tests.support.tenth_corpus import (
    _date,
    assembled,
    birth_values,
    draw_names,
    snapshot_people,
    table_entry_ok,
)
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.thirteenth_corpus import MIX, Kin, Nicknames, identifying_written, mixed

SEEN = ""
NAMES_FILE = Path(__file__).with_name("twentyfirst_names.json")
DATASET_VERSION = "3.3.1"
RANKS = (3000, 5000)
#: The snapshots whose names are skipped: every earlier one (the twentieth's and those it
#: skipped).
EARLIER = (*twentieth_corpus.EARLIER, "twentieth_names.json")

#: names-dataset tables drawn at ``RANKS`` (none the seventeenth's or the nineteenth's), and
#: how many people from each.
DRAWN = tuple((country, 9) for country in ("FR", "ES", "DE", "NL", "BR", "ZA"))
ROMANISED: tuple[str, ...] = ()
#: Tables whose entries are taken only in plain letters (the others have their own script).
ASCII_ONLY: frozenset[str] = frozenset()
#: Entries of the tables read by hand in the draw as words, places, pet forms, typos or not
#: a person's name.
NOT_NAMES = frozenset(
    {
        *("Boulangerie", "Jeanphilippe", "Elodi", "Rcm", "Modz", "Vroni", "Rdam", "Spotify"),
        *("Slay", "Gab", "Paito", "Ysse", "Chr", "Jaw", "Ouum", "Tanga", "Rimesse", "Ais"),
        *("Lespoir", "Reve", "Mhboul", "Filo", "Zapatillas", "Alann", "Antonnella", "Sheem"),
        *("Ahemed", "Meo", "Andresito", "Aicitel", "Jarol", "Guia", "Raga", "Club", "Pin"),
        *("Michi", "Deiny", "Mabell", "Piedra", "Daffne", "Compere", "Sejour", "Geany"),
        *("Marinna", "Samela", "Lizzeth", "Pim", "Baz", "Taberna", "Yara", "Tala", "Ronni"),
        *("Lmbarki", "Mghari", "Nouar", "Sabu", "Minnie", "Preston", "Chapeau", "Faf"),
        *("Esperanza", "Mola", "Güni", "Chikhe", "Omadam", "Mafya", "Knitra", "Laiila"),
        *("Say", "Naas", "Yassr", "Haloma", "Vasque", "Algo", "Sayes", "Collante", "Virgo"),
        *("Fkr", "Ham", "Toka", "Mahamd", "Jad", "Daf", "Azteca", "Ver", "Teco", "Karlis"),
        *("Cristhofer", "Gonsale", "Ider", "Yurly", "Lys", "Meera", "Kal", "Pappu", "Nieza"),
        *("Cassey", "Riris", "Adza", "Wells", "Hery", "Tsum", "Kinsang", "Pandora", "Selio"),
        *("Eveliny", "Thatiana", "Lechuga", "Berges", "Maday", "Demi", "Norine", "Boucherie"),
        *("Mapie", "Dbr", "Sidou", "Jessyka", "Casta", "Ara", "Nesa", "Juana", "Gula", "Tetje"),
        *("Leto", "Jerlane", "Wabantu", "Nomathemba", "Kiing", "Miiguel", "Gang", "Baythiare"),
        *("Josemaria", "Rozzy", "Porfi", "Fernanditha", "Bernave", "Lupe", "Lory", "Pere"),
        *("Margarito", "Canal", "Almendra", "Diianita", "Andrys", "Corza", "Iss", "Annso"),
        *("Djibi", "Yuyu", "Hair", "Ylona", "Carmensita", "Mula", "Steeven", "Sor", "Ruso"),
        *("Juandy", "Cor", "Germen", "Kamer", "Zeka", "Ceiçao", "Thalia", "Come", "Johnny"),
        *("Siena", "Josecito", "Peluquería", "Mirita", "Hetor", "Zaret", "Ane", "Lidia"),
        *("Onis", "Jeinny", "Gean", "Yaja", "Mörënö", "Eliceth", "Estefanny", "Paulett"),
        *("Pitch", "Stève", "Rick", "Delice", "Baghdad", "Onix", "Stuttgart", "Gabi", "Kugel"),
        *("Fera", "Lauw", "Chera", "Guina", "Tedy", "Remedinha", "Ewerton", "Kelin", "Ramsey"),
        *("Benedict", "Onka", "Sthefanie", "Betsa", "Farruko", "Fresita", "Marte", "Jorgeluis"),
        *("Monserratt", "Contreraz", "Jpablo", "Naza", "Ces", "Hector", "Tere", "Kano"),
        *("Luchis", "Suluaga", "Csar", "Ernando", "Dominike", "Loc", "Testimy", "Ibrahime"),
        *("Jesuss", "Zakariae", "Duisburg", "Chendo", "Insta", "Eward", "Valencio", "Dalci"),
        *("Willis", "Nataline", "Luciany", "Gaddafi", "Ree", "Issis", "Abigayl", "Nebur"),
        *("Keli", "Gris", "Juanka", "Mayki", "Melano", "Nohe", "Fair", "Margare", "Sebástian"),
        *("Iglesia", "Trullo", "Utima", "Jannis", "Lino", "Kankou", "Arwen", "Claraa", "Bnl"),
        *("Raby", "Varela", "Keysi", "Josedavid", "Petkova", "Ojos", "Thari", "Ciano"),
        *("Herres", "Robertha", "Semijoias", "Brasilino", "Ednilton", "Noili", "Granny"),
        *("Thully", "Mayoyo", "Samaria", "Cars", "Aldair", "Evis", "Nicool", "Chapu", "Jeimi"),
        *("Gloriia", "Oso", "Röjäs", "Zanbrano", "Geidis", "Milthon", "Troya", "Stefannia"),
        *("Marou", "Auréliie", "Roc", "Odin", "Sadou", "Fons", "Carliños", "Mavy", "Moesi"),
        *("Sunai", "Ardin", "Maeli", "Noqueira", "Thayson", "Kirsten", "Bridgette", "Kaylan"),
        *("Andrias", "Baratang", "Pollita", "Vegas", "Estephani", "Crusito", "Pepa", "Claudia"),
        *("Porfirio", "Octa", "Arlethe", "Konny", "Tatto", "Outlet", "Arcon", "Yerlys"),
        *("Fabián", "Yorla", "Josua", "Riquett", "Fonceca", "Elvinia", "Zorayda", "Morton"),
        *("Jsuis", "Geneviéve", "Peguy", "Bil", "Ossie", "Bow", "Rowell", "Laris", "Taiz"),
        *("Venicio", "Edenilsom", "Dira", "Nomsah", "Miena", "Kassiana", "Nels", "Sabrii"),
        *("Prime", "Kenya", "Privé", "Hec", "Doña", "Clif", "Iro", "Gwn", "Michaele", "Pikena"),
        *("Beca", "Laion", "Amora", "Punkie", "Kessel", "Sedrick", "Djimi", "Lbn", "Sofiia"),
        *("Djimy", "Dyl", "Kay", "Josa", "Dito", "Sito", "Foka", "Carma", "Jeron", "Danttas"),
        *("Nunnes", "Carloseduardo", "Dejesus", "Thiarles", "Socrates", "Vice", "Rosendo"),
        *("Lauu", "Cretin", "Mgl", "Lucecita", "Johanes", "Ero", "Kelve", "Lean", "Tailan"),
        *("Mouche", "Nanita", "Gaming", "Kostantinos", "Isan", "Regys", "Calinho", "Senior"),
        *("Monaco", "Purcy", "Dhony", "Weder", "Phoenix", "Tanase", "Fränk", "Taza"),
        *("Tapeçaria", "Ctheh", "Charls", "Gerome", "Moesio", "Bhele", "Notty", "Tosh"),
        *("Jelis", "Álisson", "Titico", "Abza", "Casper", "Dolph", "Inocent", "Manko"),
        *("Stiga", "Pana", "Humble", "Ramona", "Sakhy", "Mav", "Mérida", "Sill"),
    }
)


def _usable(name: str, country: str) -> bool:
    """A table entry to draw from (the tenth's test, less ``NOT_NAMES``)."""
    return table_entry_ok(name, country, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def regenerate_names() -> None:
    """Draw the names afresh (names-dataset is importable only here) and write the snapshot."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    draw_names(DRAWN, RANKS, present, "twentyfirst", _usable, NAMES_FILE)


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Quillings Row", "Fennelbrook Way", "Candlemakers' Court", "Osier Bank")
STREETS += ("Hobgoblin Lane", "Marlstone Terrace", "Brackenholt Drive", "Wherry Wharf")
TOWNS = ("Surbiton", "Twickenham", "Wealdstone", "Dagenham", "Sidcup", "Notting Hill")
TOWNS += ("Pimlico", "Kempston", "Towcester", "Sandhurst", "Boscombe", "Shepherd's Bush")
SCHOOLS = (
    "Quillings Primary School",
    "Fennelbrook Academy",
    "St Wilfrida's Catholic Primary",
    "Osier Bank Infant School",
    "Marlstone Church of England Junior School",
    "Brackenholt High School",
    "Wherry Wharf Alternative Provision Academy",
    "Candlemakers Pre-School",
)
SCHOOL_SHORT = ("Quillings", "Fennelbrook", "St Wilfrida's", "Osier Bank", "Brackenholt")
RELATIVES = ("nan", "grandpa", "aunty", "stepdad", "big cousin", "great-gran", "godmother")
#: Dates of birth as typed (the tenth's ``_date`` fields).
BIRTH_FORMS = ("{d}/{mm}/{y}", "{d} {mo} {y}", "{d}{th} of {mo} {y}", "{y}-{mm}-{dd}")
BIRTH_FORMS += ("{dd}-{mm}-{yy}", "{mon} {d}, {y}", "{d}.{m}.{y}", "{wd} {d}{th} {mon} {y}")
BIRTH_FORMS += ("{mm}/{dd}/{y}", "{d} {mon} '{yy}", "{dd}{mm}{y}")
WHEN_FORMS = ("{d} {mo} {y}", "{wd} {d} {mon}", "{dd}/{mm}/{y}", "{wd} {d}{th} {mo}")
WHEN_FORMS += ("{d}.{mm}.{y}",)

#: Children born from 2011 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The fields are person_values' (the tenth corpus), with {rel} a relative: {f} {l} name the
# child, {g} {h} a parent or carer, {k} a brother or sister.
NAME_TEXT = (
    "The karate instructor saw {f} {l} wince when he touched her shoulder in the warm-up.",
    "{g} {h} came to the school gate shouting that she would take {f} abroad for good.",
    "Lollipop lady says {f} {l} crosses alone at 7am and waits outside the locked gates.",
    "Dentist found six rotten teeth in {f} {l}'s mouth; {g} cancelled the extraction twice.",
    "Tram staff found {f} {l} asleep on the last service with no coat and no phone.",
    "{f} {l} told the lunchtime supervisor that {g}'s boyfriend locks her in the shed.",
    "Kinship carer reports {f} {l} steals from her purse and hides knives under the mattress.",
    "Environmental health found {f} and {k} {l} sharing a mattress next to dog mess.",
    "{g} {h} admitted giving {f} her own sleeping tablets to keep him quiet at night.",
    "The gymnastics coach saw finger-shaped bruises on {f} {l}'s upper arm.",
    "Minibus driver says {g} {h} drags {f} out of the house by the hair most mornings.",
    "British Transport Police found {F} {L} carrying three phones and a knife.",
    "{f} {l}, 14, went missing again overnight and came back with new trainers.",
    "Madrassa teacher says {f} {l} has welts on her legs from a belt.",
    "Supermarket staff stopped {f} {l} taking nappies; she said {g} told her to.",
    "School nurse says {f} {l} has untreated eczema that bleeds and {g} refuses cream.",
    "{k} {l} told the learning mentor that {g} pushed {f} down the stairs.",
    "A neighbour saw {g} {h} leave toddler {f} alone in the flat to go to the pub.",
    "Audiologist says {f} {l} has missed four hearing tests and {g} will not answer.",
    "Paediatric ward: {f} {l}, 16, cut her arms after {g} took her phone.",
    "{g} {h} is now living with a man on the sex offenders register and with {f}.",
    "Breakfast club staff say {f} {l} eats five bowls and takes bread home in her bag.",
    "The nursery manager says {g} {h} collects {f} smelling of alcohol most Fridays.",
    "{f} {l} came into class with a split lip and told the teacher {g} hit her.",
    "Young carers worker says {f} {l} does all the shopping while {g} stays in bed.",
    "Leisure centre staff saw round burn marks on {f} {l}'s arms in the changing room.",
    "School counsellor: {F} {L} says a man in a car gives her money for pictures.",
    "{g} {h} would not let the health visitor into the room where {f} sleeps.",
    "Ward notes: {f} {l} was brought to A&E by {rel} {g}, who gave a different story.",
    "Police found {f} {l} working in a nail bar during school hours.",
    "Scout leader thinks {f} {l} is talking to an adult man on a gaming site.",
    "Nursery says {f} {l} has the same clothes on all week and is always hungry.",
    "{f} {l} told the school police officer that {g} smashed the TV and choked her.",
    "The midwife knew about {g} {h}'s drug use but did not pass it on when {f} was born.",
    "Chemist reports {g} {h} buying sleeping pills daily with {f} in tow at 11am.",
    "Infant {f} {l} returned to hospital with a second skull fracture.",
)
NAME_LOWER = (
    "{fl} {ll} off again today, no reason given",
    "has anyone heard from {fl} {ll}?",
    "{gl} {hl} threatening staff at the front desk",
    "{fl}'s {rel} called in, very worried",
    "{fl} {ll} - bruising to neck, photos taken",
    "visit done, {gl} would not let me in, could hear {fl} screaming",
    "{fl} and {k} out on the estate at midnight",
    "does {gl} {hl} still see the ex?",
    "dsl spoke to {fl} {ll} again, same story",
)
NAME_PSEUDONYM = (
    "{f} {l}",
    "{L} {F} (surname first)",
    "{fl}_{ll}",
    "{F} {L}",
    "{fi}. {l} (YP)",
    "{f} {li}. ({age})",
    "Baby boy {l}",
    "the {l} household",
    "{k} & {f} {l}",
    "YP {l}",
    "{f}, age {age}",
    "Ms {h}'s daughter",
    "{l} kids x3",
)
SIGN_OFF = (
    "please dont say i said anything\n{f}",
    "Many thanks for helping my son.\n{g} {h}",
    "from {f} {l} in year {year_group}",
    "Kind regards,\n{g} {h} (mother of {f} and {k})",
    "{f} xxx",
    "{g}, {f}'s {rel}",
    "Yours faithfully,\n{g} {l}",
    "sorry for everything\n{f} {l}, {short}",
    "Thanks,\n{g} (father of {f} {l})",
)
NICKNAMES = ("Bumblebee", "Waffles", "Bonbon", "Parsnip", "Turnip", "Gumdrop", "Ziggy")
NICKNAMES += ("Hamster", "Scrumpy", "Treacle", "Meatball", "Bonkers", "Pixie", "Crouton")
NICKNAMES += ("Pipkin", "Jinx")
NICKNAME_TEXT = (
    "Everyone at home calls her {n}; the nursery has started to as well.",
    "He goes by {n} online and the older lads contact him through it.",
    "{n}, as {f}'s family call him, was picked up at the station at 2am.",
    "Her {rel} says {n} has not been home since Friday.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} ({l})", "{n} the baby", "{n}, {fi}{li}")
DOB_TEXT = (
    "DOB = {dob}",
    "d.o.b {dob} (per GP)",
    "Date of birth recorded as {dob}",
    "was born {dob}",
    "{f} was born on {dob}, so {age}",
    "DOB:{dob}",
    "her birthday is on {dob}",
    "The baby was born on {dob}",
    "born {dob} at 32 weeks",
)
PHONE_TEXT = (
    "mum's mobile number: {phone}",
    "Dad on {phone}",
    "ring {g} on {phone}",
    "{rel} can be reached on {phone}",
    "Tel. (home) {phone}",
    "{f} called from {phone} at 3am",
)
NHS_TEXT = (
    "NHS no - {nhs}",
    "nhs number is {nhs}",
    "{f}'s NHS no. on the referral: {nhs}",
    "NHS num {nhs}",
)
NI_TEXT = ("NI number for mum: {ni}", "dad's NI no. is {ni}", "NI no {ni} (dad)", "N.I. {ni}")
ADDRESS_TEXT = (
    "Now lives at {street}, {town}",
    "home address {street}",
    "Knocked at {street}, {town}, nobody in",
    "now staying at her {rel}'s on {street}",
    "Officers attended {street} at 1am",
    "Family left {street} for a hostel in {town}",
)
POSTCODE_TEXT = ("her post code is {postcode}", "moved to {postcode}", "Postcode (new): {postcode}")
SCHOOL_TEXT = (
    "Pupil on roll at {school} since reception",
    "In year {year_group} at {school}",
    "The DSL from {short} rang the front door",
    "{f} joined {short} in the spring term",
    "Registered at {school}, attendance 40%",
)
EMAIL_TEXT = ("her email is {e}", "dad wrote from {e}", "{g} - {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} (DOB {dob})",
    "Child {fi}{li} - {street} address",
    "{fi}{li}, {age}yo, pupil at {short}",
    "Child living at {postcode}",
    "{fi}{li} NHS no. {nhs}",
    "{l} triplets born {dob}",
    "Year {year_group} boy from {short}",
    "{fi}{li} b. {dob}",
    "the {l} sisters, {short}",
)


#: The identifying templates' tables, in the thirteenth's ``MIX`` order.
WRITTEN_TABLES = ("NAME_TEXT", "NAME_LOWER", "NAME_PSEUDONYM", "SIGN_OFF", "DOB_TEXT")
WRITTEN_TABLES += ("PHONE_TEXT", "NHS_TEXT", "NI_TEXT", "ADDRESS_TEXT", "POSTCODE_TEXT")
WRITTEN_TABLES += ("SCHOOL_TEXT", "EMAIL_TEXT", "PSEUDONYM_REVEALING")
People = dict[str, list[tuple[str, str]]]


def identifying_laid_out(tables: ModuleType) -> Callable[[random.Random, People], list[Sample]]:
    """The identifying side of a corpus laid out as this one is (its ``STREETS``, ``TOWNS``,
    ``SCHOOLS``, ``SCHOOL_SHORT``, ``_birth``, ``RELATIVES``, ``WRITTEN_TABLES``, ``NICKNAMES``,
    ``NICKNAME_TEXT`` and ``NICKNAME_PSEUDONYM``, read when the corpus is built): the
    thirteenth's ``identifying_written``, as many of each category as its ``MIX`` says, and
    sixteen nickname samples."""

    def identifying(rng: random.Random, people: People) -> list[Sample]:
        places = (tables.STREETS, tables.TOWNS, tables.SCHOOLS, tables.SCHOOL_SHORT)
        kin = Kin(places, tables._birth, tables.RELATIVES)
        written = (getattr(tables, table) for table in WRITTEN_TABLES)
        templates = {c: w for (c, _, _), w in zip(MIX, written, strict=True)}
        forms = (tables.NICKNAME_TEXT, tables.NICKNAME_PSEUDONYM)
        nicknamed = Nicknames(16, tables.NICKNAMES, forms)
        return identifying_written(rng, people, kin, mixed(templates), nicknamed, stride=0)

    return identifying


_identifying = identifying_laid_out(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_MET, _LAS = ("Metropolitan Police Service",), ("London Ambulance Service NHS Trust",)
_SWL = (
    "Kingston and Richmond NHS Foundation Trust",
    "South West London and St George's Mental Health NHS Trust",
)
_NWL_ICB = ("NHS North West London Integrated Care Board",)
_IMPERIAL = "Imperial College Healthcare NHS Trust"
_CNWL = "Central and North West London NHS Foundation Trust"
_CHELWEST = "Chelsea and Westminster Hospital NHS Foundation Trust"
#: The twelve partnership areas (none an earlier corpus used), their partners by their real
#: names, and civic venues of the area. The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Kingston upon Thames": {
        "council": ("Achieving for Children, for the Royal Borough of Kingston upon Thames",),
        "police": _MET,
        "trust": _SWL,
        "icb": ("NHS South West London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("the Guildhall, Kingston upon Thames", "Kingston Library"),
    },
    "Richmond upon Thames": {
        "council": ("Achieving for Children, for the London Borough of Richmond upon Thames",),
        "police": _MET,
        "trust": _SWL,
        "icb": ("NHS South West London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("York House, Twickenham", "the Old Town Hall, Richmond"),
    },
    "Harrow": {
        "council": ("Harrow Council children's services",),
        "police": _MET,
        "trust": ("London North West University Healthcare NHS Trust", _CNWL),
        "icb": _NWL_ICB,
        "ambulance": _LAS,
        "venue": ("Harrow Civic Centre", "Harrow Arts Centre, Hatch End"),
    },
    "Barking and Dagenham": {
        "council": ("Barking and Dagenham Council children's care and support",),
        "police": _MET,
        "trust": (
            "Barking, Havering and Redbridge University Hospitals NHS Trust",
            "North East London NHS Foundation Trust",
        ),
        "icb": ("NHS North East London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("Barking Town Hall", "Dagenham Library"),
    },
    "Bexley": {
        "council": ("Bexley Council children's social care",),
        "police": _MET,
        "trust": ("Oxleas NHS Foundation Trust", "Lewisham and Greenwich NHS Trust"),
        "icb": ("NHS South East London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("the Civic Offices, Bexleyheath", "Hall Place, Bexley"),
    },
    "Kensington and Chelsea": {
        "council": ("Royal Borough of Kensington and Chelsea children's services",),
        "police": _MET,
        "trust": (_CHELWEST, _CNWL),
        "icb": _NWL_ICB,
        "ambulance": _LAS,
        "venue": ("Kensington Town Hall", "Chelsea Old Town Hall"),
    },
    "Westminster": {
        "council": ("Westminster City Council children's services",),
        "police": _MET,
        "trust": (_IMPERIAL, _CNWL),
        "icb": _NWL_ICB,
        "ambulance": _LAS,
        "venue": ("Westminster City Hall", "Marylebone Library"),
    },
    "Bedford": {
        "council": ("Bedford Borough Council children's services",),
        "police": ("Bedfordshire Police",),
        "trust": (
            "Bedfordshire Hospitals NHS Foundation Trust",
            "East London NHS Foundation Trust",
        ),
        "icb": ("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board",),
        "ambulance": ("East of England Ambulance Service NHS Trust",),
        "venue": ("Borough Hall, Bedford", "the Corn Exchange, Bedford"),
    },
    "West Northamptonshire": {
        "council": ("Northamptonshire Children's Trust",),
        "police": ("Northamptonshire Police",),
        "trust": (
            "Northampton General Hospital NHS Trust",
            "Northamptonshire Healthcare NHS Foundation Trust",
        ),
        "icb": ("NHS Northamptonshire Integrated Care Board",),
        "ambulance": ("East Midlands Ambulance Service NHS Trust",),
        "venue": ("the Guildhall, Northampton", "One Angel Square, Northampton"),
    },
    "Bracknell Forest": {
        "council": ("Bracknell Forest Council children's social care",),
        "police": ("Thames Valley Police",),
        "trust": (
            "Frimley Health NHS Foundation Trust",
            "Berkshire Healthcare NHS Foundation Trust",
        ),
        "icb": ("NHS Frimley Integrated Care Board",),
        "ambulance": ("South Central Ambulance Service NHS Foundation Trust",),
        "venue": ("Time Square, Bracknell", "South Hill Park Arts Centre"),
    },
    "Bournemouth Christchurch and Poole": {
        "council": ("BCP Council children's services",),
        "police": ("Dorset Police",),
        "trust": (
            "University Hospitals Dorset NHS Foundation Trust",
            "Dorset HealthCare University NHS Foundation Trust",
        ),
        "icb": ("NHS Dorset Integrated Care Board",),
        "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
        "venue": ("BCP Civic Centre, Bournemouth", "the Lighthouse, Poole"),
    },
    "Hammersmith and Fulham": {
        "council": ("Hammersmith and Fulham Council children's services",),
        "police": _MET,
        "trust": (_IMPERIAL, _CHELWEST, "West London NHS Trust"),
        "icb": _NWL_ICB,
        "ambulance": _LAS,
        "venue": ("Hammersmith Town Hall", "Fulham Library"),
    },
}
KINDS = ("council", "police", "trust", "icb", "ambulance")
_BI_BOROUGH = "Kensington and Chelsea and Westminster Safeguarding Children Partnership"
#: Each area's partnership as it styles itself (some are shared with neighbours).
SCP = {
    "Kingston upon Thames": "Kingston and Richmond Safeguarding Children Partnership",
    "Richmond upon Thames": "Kingston and Richmond Safeguarding Children Partnership",
    "Harrow": "Harrow Safeguarding Children Partnership",
    "Barking and Dagenham": "Barking and Dagenham Safeguarding Children Partnership",
    "Bexley": "Bexley Safeguarding Partnership",
    "Kensington and Chelsea": _BI_BOROUGH,
    "Westminster": _BI_BOROUGH,
    "Bedford": "Bedford Borough Safeguarding Children Partnership",
    "West Northamptonshire": "Northamptonshire Safeguarding Children Partnership",
    "Bracknell Forest": "Bracknell Forest Safeguarding Board",
    "Bournemouth Christchurch and Poole": "BCP Safeguarding Children Partnership",
    "Hammersmith and Fulham": "Hammersmith and Fulham Safeguarding Children Partnership",
}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
ROLES = (
    "director of children's services",
    "head of the MASH",
    "named nurse for safeguarding children",
    "designated doctor for child deaths",
    "detective superintendent, safeguarding",
    "head of safeguarding for the ambulance service",
    "business manager",
    "learning and review officer",
    "independent scrutineer",
    "virtual school head",
    "perinatal mental health lead",
    "head of early help",
)
REFERENCES = ("RR 28-14", "LCSPR 29/02", "RR/27/40", "CSPR-28-19", "RR 29/06", "PLR 28-05")
THEMES = (
    "safe sleep",
    "children missing education",
    "private fostering",
    "domestic abuse in pregnancy",
    "adolescent neglect",
    "online sexual exploitation",
    "children with complex health needs",
    "transition to adult services",
    "professional curiosity",
    "fathers and male carers",
)
COURSES = (
    "Rapid reviews in practice",
    "Safe sleep and the ICON programme",
    "Recognising adolescent neglect",
    "Chronologies that tell a story",
    "Escalation without blame",
    "Contextual safeguarding basics",
)
ROOMS = ("Council Chamber", "Committee Room 4", "Room G.07", "the Training Room")
ROOMS += ("Meeting Room 1A", "the Mayor's Parlour")
TIMES = ("9am", "9.30am", "10:15", "10.45", "11am", "12.30pm", "13:30", "2.15pm", "16:00")
PERIODS = ("2027/28", "2028-29", "Q2 2028-29", "quarter 3", "autumn 2028", "2029/30")
AGE_BANDS = ("a baby", "a toddler", "of primary age", "a young teenager", "aged 16 or 17")
#: The benign fields drawn from a list each time.
DRAWS = {"ref": REFERENCES, "theme": THEMES, "room": ROOMS, "period": PERIODS}
DRAWS |= {"age_band": AGE_BANDS, "course": COURSES, "rag": ("green", "amber", "red")}
CHOSEN = ("Kestrel", "Granite", "Bramble", "Willow", "Cobalt", "Harbour", "Juniper", "Ember")
PSEUDONYM_WORDS = ("Child", "Infant", "Baby", "Young Person", "Sibling", "Unborn")

#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}: an infant of seven weeks was taken to {trust} after "
        "the father called 999 to say the baby had stopped breathing. Scans showed bleeding "
        "on the brain and retinal haemorrhages. {police} opened an investigation and "
        "{council} held a strategy discussion that evening. There had been four "
        "midwife and health visitor contacts, all routine.",
        "Incident summary: a boy of 15 was stabbed near a shopping parade in {area} and "
        "survived after surgery. He had been excluded twice, was open to the youth justice "
        "service and had a national referral mechanism referral pending. {police} held "
        "intelligence that he was linked to a county line. The rapid review found that "
        "three plans for him ran side by side with no shared chair.",
        "Case summary ({ref}): a child {age_band} was found unresponsive in a shared bed "
        "after a family party and could not be revived. {ambulance} attended, and the "
        "coroner has opened an inquest. The parents had been given safe sleep advice on "
        "the ward and at the first health visitor contact; neither record says whether "
        "the advice covered sleeping after alcohol.",
        "Summary by role: the mother, her two children and a lodger shared a flat in {area}. The "
        "lodger had a caution for an offence against a child that {police} knew of, but "
        "housing did not ask and the school did not know he lived there. The younger "
        "child disclosed to a teaching assistant. The review asked how agencies learn who "
        "is in a household when the adults do not say.",
        "Summary: a young person {age_band} with a learning disability and epilepsy was "
        "admitted to {trust} with weight loss and pressure sores. Carers had missed "
        "several outpatient appointments and the school had raised attendance but not "
        "health. {council} began a section 47 enquiry. The review will look at how "
        "neglect of a disabled child's health needs was recognised.",
        "Summary of {ref}: a girl of 13 was found by {police} in a hotel in another city "
        "with an adult man she had met online. She had been missing from care for two "
        "days. Her placement was out of area and the home had reported her missing "
        "promptly. The rapid review found that the placing and host authorities each "
        "thought the other was leading on exploitation.",
        "Incident summary: a baby of five months was seen at {trust} with a bruise to the "
        "cheek. The bruising protocol was not followed because the explanation, a "
        "sibling's toy, was accepted at triage. Two weeks later the baby was readmitted "
        "with fractures. The review looks at why the protocol was missed on a busy "
        "evening and what has changed in the department since.",
        "Case summary ({ref}): a teenager {age_band} took her own life after months of "
        "contact with CAMHS at {trust}, the school counsellor and a voluntary sector "
        "service. Each held part of the picture. {council} had closed a child in need plan "
        "in the spring. The rapid review will consider how risk was shared between "
        "services and what the family were told at each step.",
        "Summary: the child, {age_band}, was taken to hospital by a grandparent with a "
        "burn to the hand. Parents said it happened at a cooker; the injury did not fit. "
        "The family had moved into {area} from another borough eight weeks before, and the "
        "records had not yet followed them. Partners agreed the criteria were met and "
        "notified the Panel within five working days.",
        "Summary for {ref}: two brothers of primary age in {area} were found in a flat with "
        "no food, no electricity and a parent who had been unwell for weeks. The school "
        "had recorded poor attendance and lateness and had made two referrals to early "
        "help. The rapid review found the referrals were closed when the family did not "
        "engage, with no one visiting the home.",
    ),
    "rapid_review_rationale": (
        "Decision rationale ({ref}): the partners agreed on {date} not to commission a "
        "local review. The facts are established; the learning, on how the bruising "
        "protocol is applied out of hours, is single-agency and {trust} has already "
        "changed its triage prompt. A practice learning briefing will go to all partners "
        "by {date2}. The Panel will be told of the reasons in the rapid review report.",
        "Rationale: {area} partners decided on {date} to commission an LCSPR. Criteria met: "
        "serious harm, concerns about how {council}, {police} and health worked together, "
        "and a theme the partnership has seen before ({theme}). The review will use a "
        "systems method with a practitioner event. Terms of reference to the executive "
        "by {date2}. Family to be told by the {role}.",
        "Rapid review decision, {date}: refer to the Panel for consideration of a national "
        "review, as the case spans three local authorities and two police areas and "
        "raises questions about out-of-area placements that no single partnership can "
        "answer. The local partners will still gather agency chronologies. The {role} "
        "will send the rapid review to the Panel by {date2}.",
        "Rationale for no further review: the child's injuries were accidental, as the "
        "medical opinion from {trust} confirmed on {date}. Agencies acted promptly and "
        "shared information well. Good practice noted: the ambulance crew's referral "
        "that night. The partners agreed the case does not meet the criteria; a short "
        "note of the good practice will go to the {scp} newsletter.",
        "Decision ({ref}): a local review is not needed, because the two learning points "
        "(recording who lives in the household, and escalation when a case is closed) are "
        "already in the {period} improvement plan from an earlier review. Instead the "
        "partners will test those actions through a multi-agency audit, reported to the "
        "executive on {date}. Sign-off by all three partners on {date2}.",
        "Rationale: the partners met on {date} and agreed an LCSPR is needed. Reasons: the "
        "child died; neglect was long-standing; and the family moved between {area} and "
        "two other areas, so records did not follow. A lead reviewer is being appointed. "
        "The review will be paused if the criminal case requires it, and publication "
        "will wait for the trial.",
        "Decision summary for {ref}: partners did not agree at the first meeting, as "
        "{police} thought a local review was warranted and health did not. After a second "
        "meeting on {date} all three agreed a practice learning review, narrower than an "
        "LCSPR, focused on {theme}. The Panel will be told why in the covering letter, "
        "sent by {date2}.",
        "Rationale, {date}: no further review. The rapid review found no concerns about "
        "how agencies worked together; the one issue, a delay in a health record reaching "
        "the new GP, has been fixed by {trust}. Partners weighed whether the case "
        "highlighted recurrent themes and found it did not. The rationale is shared with "
        "the family by the {role}.",
    ),
    "minutes": (
        "Extract from the rapid review meeting, {date}\n"
        "Present: {role}, {role2}, the police lead, the ICB lead.\n"
        "1. Chronology: agreed, with two gaps to fill by Friday.\n"
        "2. Immediate safety: siblings safe with a relative; no further action.\n"
        "3. Learning: two themes, {theme} and information sharing at transfer.\n"
        "4. Decision: to be confirmed by email after sign-off.",
        "Minutes, {scp} case review group, {date}, {venue}\n"
        "Item 4 - {ref}: agency reports received from all but one.\n"
        "Action: {role} to chase the missing report by {date2}.\n"
        "Item 5 - Panel response on an earlier review: agreed with our decision, no "
        "further questions.\n"
        "Item 6 - AOB: none.",
        "{area} executive meeting notes, {date}\n"
        "Attendees: the three statutory partners and the independent scrutineer.\n"
        "- LCSPR {ref}: draft report discussed; two recommendations to be reworded so "
        "they can be measured.\n"
        "- Publication: hold until the criminal trial ends; review in {period}.\n"
        "- Budget: reviewer costs within the agreed amount.",
        "Practitioner learning event, {date}, {venue} - note of key points\n"
        "• 28 practitioners from {council}, {police}, health and schools.\n"
        "• Themes: how the child's voice was heard; when to escalate a disagreement.\n"
        "• Practitioners said workloads made home visits hard to arrange.\n"
        "• Next: the reviewer will reflect this in the draft by {date2}.",
        "Minutes extract - quality assurance subgroup, {date}\n"
        "Multi-agency audit on {theme}: 12 cases looked at.\n"
        "Findings: strategy discussions held on time in 10; health rarely invited.\n"
        "Agreed: {icb} to confirm who attends for health. RAG rating {rag}.\n"
        "Next audit topic to be agreed at the meeting on {date2}.",
        "Rapid review meeting (second), {date}\n"
        "Chair: {role}.\n"
        "Agency summaries now in from {trust} and {ambulance}.\n"
        "Discussion of key practice episodes 1 to 4. Agreed that episode 3, the closure "
        "of the early help plan, is where learning lies.\n"
        "Recommendation to the partners: practice learning review.",
        "Notes from the sign-off call, {date}\n"
        "Partners: {council}; {police}; {icb}.\n"
        "All three signed off the rapid review for {ref}.\n"
        "Rationale to be shared with the family by letter.\n"
        "Send to the Panel: today, by the {role}.",
        "Minutes, learning and development subgroup, {date}, {room}\n"
        "1. Training figures {period}: 640 places booked, 81% attendance.\n"
        "2. New course agreed: {course}.\n"
        "3. Seven-minute briefings: two to write from recent reviews.\n"
        "4. Evaluation: most attendees rated courses good or better.",
    ),
    "email_with_sign_off": (
        "Dear partners,\n\nThe final report for {ref} was agreed by {council}, {police} and "
        "{icb} on {date}. It goes to the Panel and the Secretary of State "
        "at least seven working days before publication, which is planned for {date2}.\n\n"
        "Please tell your comms team.\n\nRegards,\n{role}\n{scp}",
        "Hello all,\n\nThe annual report for {period} is now in draft. Could each partner "
        "send a paragraph on its safeguarding work, one on training and one on what has "
        "changed because of reviews, by {date}? The {role} will pull it together.\n\n"
        "Best,\n{role2}\n{scp}",
        "Dear colleagues,\n\nPlease find attached the terms of reference for LCSPR {ref}, "
        "agreed by the partners on {date}. Agency reports are due by {date2}; the template "
        "is the same as last time.\n\nIf your agency had no involvement, please still "
        "reply so we can record it.\n\nKind regards,\n{role}\n{scp}",
        "Hi all,\n\nA reminder that the rapid review meeting for {ref} is on {date} at "
        "{time} in {room}, {venue}. Teams link to follow for anyone who cannot travel.\n\n"
        "Please bring your agency's summary, or send it by noon the day before.\n\n"
        "Thanks,\n{role}\n{scp}",
        "Dear Panel secretariat,\n\nPlease find attached the rapid review for {ref}, "
        "signed off by {council}, {police} and {icb} on {date}. The partners have decided "
        "to commission a local review; the rationale is in section 6.\n\nWe would welcome "
        "any comments.\n\nYours sincerely,\n{role}",
        "Good afternoon,\n\nThank you for your agency's report. The reviewer has a few "
        "questions about the chronology, mainly dates in the spring, and would like a "
        "30-minute call before {date}. Could you suggest two times?\n\nBest wishes,\n"
        "{role}\n{scp}",
        "Dear all,\n\nThe Panel has replied on {ref}. They agree with our decision and ask "
        "that the learning on {theme} is shared with neighbouring partnerships. I suggest "
        "we take this to the executive on {date}.\n\nRegards,\n{role}, {council}",
        "Hello,\n\nThe draft LCSPR report for {ref} is attached for factual accuracy only. "
        "Please check your agency's sections and send corrections by {date}. Please do not "
        "circulate beyond your named lead.\n\nMany thanks,\n{role}\n{scp}",
        "Dear colleagues,\n\nFollowing the audit on {theme}, each agency is asked to send "
        "a short update on its actions by {date}. A RAG rating of {rag} was given for the "
        "partnership as a whole.\n\nThe summary will go to the executive on {date2}.\n\n"
        "With thanks,\n{role}\n{scp}",
        "Hi,\n\nJust to let you know the learning event for {ref} has moved to {date} at "
        "{time}, still at {venue}. Lunch is provided; please tell us of any dietary needs."
        "\n\nApologies for the change.\n\n{role}\n{scp}",
    ),
    "checklist_note": (
        "agency request sent to {trust}",
        "Notification submitted to the Panel on {date}",
        "Chronology received from {police}",
        "Partners informed by email, {date}",
        "Ofsted notified via the portal",
        "Designated professionals at {icb} told, {date}",
        "Awaiting health summary - chased {date}",
        "Sign-off from {icb} received",
        "Rapid review sent {date}; acknowledgement received",
        "CDOP notified by the {role}",
        "Education summary in, from the virtual school",
        "Family letter drafted - with {council} for checking",
        "No ambulance involvement confirmed by {ambulance}",
        "Second meeting booked for {date}",
        "Not applicable: child not looked after",
        "Agency summary from {council} in, 4 pages",
        "Rationale shared with family on {date}",
        "Health summary requested from {icb} on {date}",
        "Confirmed {area} is the area where the child normally lives",
        "Police summary from {police} attached",
    ),
    "chronology": (
        "{date}: referral to the front door from the school",
        "{date} - strategy discussion held, {police} present",
        "{date}: child seen at {trust} emergency department",
        "{date}: health visitor contact, new birth visit",
        "{date} - outpatient appointment at {trust}, not brought",
        "{date} - case closed to early help",
        "{date}: {ambulance} attended a 999 call at the home",
        "{date}: initial child protection conference",
        "{date} - GP appointment missed, no follow-up recorded",
        "{date}: family moved into {area}",
        "{date}: school raised attendance below 70%",
        "{date} - section 47 enquiry started",
        "{date}: child protection plan ended",
        "{date} - referral from {ambulance} crew after a call-out",
        "{date}: police welfare check, no concerns noted",
        "{date} - {council} allocated a social worker",
        "{date}: named GP raised a concern with {icb} safeguarding team",
    ),
    "panel_note": (
        "Panel response received {date}: agrees with the decision",
        "The Panel asked for more on the role of the GP - reply due {date}",
        "Panel letter: no national review; local review supported",
        "Panel has asked for the final report by {date}",
        "Panel acknowledged the notification for {ref}",
        "Panel asked whether {trust} had seen the child in the last year",
        "Panel query on how race and culture were considered - the {role} to draft a reply",
        "Panel feedback: rapid review of good quality, clear rationale",
        "Still waiting for the Panel's reply on {ref} (sent {date})",
    ),
    "publication_note": (
        "Publication paused pending the trial",
        "Report published on the {scp} website on {date}",
        "Final report sent to the Panel and the DfE, {date}",
        "Planned publication date: {date}",
        "Publication delayed to {date} at the coroner's request",
        "Anonymised report agreed by the family liaison officer",
        "Press statement drafted with the council's comms team",
        "Report to stay online until at least {date}",
        "Publication of learning summary instead of full report agreed",
    ),
    "improvement_action": (
        "Update the bruising protocol for babies who are not mobile",
        "Refresh the escalation policy - {rag}",
        "Add fathers and male carers to the health visiting template",
        "Multi-agency audit of {theme} in {period}",
        "Training on {course} for all front door staff",
        "Check that records follow children who move area - owner {role}",
        "Action 4: closed, evidence seen on {date}",
        "Safe sleep messages added to the discharge pack at {trust}",
        "Review the missing from care protocol with {police}",
        "Seven-minute briefing on {theme} to all schools",
        "Action overdue - new date {date}",
        "Strategy discussion invites to include health as standard",
        "New audit tool for {theme} piloted at {trust}",
        "{icb} to lead on the GP records action in {area}",
        "{council} and {police} to agree a joint missing protocol",
    ),
    "notice": (
        "Learning event: {course}, {date}, {time} to {time2}, {room}, {venue}",
        "Reminder: {scp} executive, {date} at {time}, {venue}",
        "Office closed on {date}; urgent matters to the duty inbox",
        "Briefing on {theme}, {date}, online, 12 to 1",
        "New training dates for {course} now on the website",
        "Annual report {period} published - thanks to all partners",
        "Bring ID for {venue}; visitors sign in at reception",
        "Drop-in for designated safeguarding leads, {date}, {time}, {room}",
        "Conference on {theme}, {date}, {venue} - book by {date2}",
        "Case review group moved to {room}",
        "Designated nurse drop-in, {icb}, {date}, {time}",
        "Teams meeting for {ref} starts at {time}",
        "Fire alarm test at {venue} on {date}, 10am",
        "{area} partners' briefing on {theme}, {date}, {time}, {venue}",
        "{icb} safeguarding forum, {date}, {room}",
    ),
    "lcspr_progress": (
        "Progress on {ref}, {date}: the reviewer has read the agency reports from "
        "{council}, {police} and {trust}, and met the three partner leads. The practitioner "
        "event is booked for {date2} at {venue}. The family were written to twice and "
        "the grandmother has agreed to meet the reviewer. The draft is expected within the "
        "six-month target; RAG {rag}.",
        "LCSPR update for the executive: the review of {ref} was paused on {date} at the "
        "request of {police}, as a criminal trial is listed. Agency reports are complete and "
        "have been read. The reviewer will hold the practitioner event once the trial ends, "
        "so that witnesses are not affected. The Panel has been told of the delay and the "
        "new expected date, {date2}.",
        "Review progress ({ref}): terms of reference signed off on {date}. Agency reports "
        "requested from {council}, {icb}, {ambulance} and the schools. Two agencies asked for "
        "more time because of staff changes, which was agreed. The reviewer's first "
        "analysis, on {theme}, will go to the case review group on {date2} before the "
        "practitioner event.",
        "LCSPR {ref}: lead reviewer appointed",
        "Terms of reference agreed {date}",
        "Family invited to take part; the {role} to follow up",
        "Practitioner event held {date}, 24 attended",
        "Draft report due {date}",
        "Review on hold while police inquiries continue",
        "Agency reports: 5 of 6 in",
        "Six-month target at risk - new date agreed: {date}",
        "Recommendations agreed by the executive, {date}",
        "Draft shared with the partners for accuracy",
        "Independent reviewer's invoice approved",
        "{trust} and {icb} reports received for {ref}",
        "Interviews with {police} officers done; {area} leads next",
    ),
    "slack": (
        "morning all, {ref} meeting is at {time}",
        "has {police} sent their chronology yet?",
        "thanks, got it",
        "can someone cover the rr meeting tmrw",
        "panel replied on {ref} :tada:",
        "running 10 min late",
        "is the s47 outcome in?",
        "sign off from the icb in, just waiting on police",
        "{date} works for me",
        "who's chairing the csr group?",
        "reminder - no names in here please, roles only",
        "tor v2 attached, any comments by fri?",
        "the {room} booking is confirmed",
        "on leave next week, {role2} covering",
        "strategy disc notes uploaded",
        "{icb} signed off, over to police",
        "day 9 of 15 for {ref}",
        "cp conf moved to {date}",
        "link for the learning event pls?",
        "dsl from the school rang back, all fine",
        "rag is {rag} for action 3",
        "ok to send the notification now?",
        "who has the minutes from {date}?",
        "fyi {area} exec papers are out",
        "anyone free for a quick call at {time}",
        "{icb} rep can't make thurs, sending a deputy",
        "{area} rr pack nearly done, just need {police}",
        "ta!",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child A",
    "Child RK",
    "Infant M",
    "Baby T",
    "Young Person L",
    "Sibling 1",
    "Sibling 3",
    "Unborn Baby Z",
    "JD",
    "P.S.",
    "Child E and Child F",
    "Kestrel",
    "Granite",
    "Bramble",
    "Willow",
    "Cobalt",
    "Harbour",
    "Juniper",
    "Ember",
    "Child Y",
    "Infant HB",
    "Baby CW",
    "Young Person N",
    "LM",
    "R",
    "Child Q",
    "Sibling K",
    "A.J.",
    "Baby M and Baby N",
    "Child TS",
    "Young Person DF",
    "WB",
    "Infant C",
    "Unborn Child R",
)


def _uses(template: str, n: int) -> int:
    """How many samples a benign template gives: once with nothing to fill; a long one three
    times, or twice for every third of a register; a short one twice or once in turn (so
    that about a third of the text is long and the benign side stays near 300)."""
    if "{" not in template:
        return 1
    if len(template) >= 280:
        return 2 if n % 3 == 2 else 3
    return 2 if n % 2 == 0 else 1


def benign_written(tables: ModuleType) -> Callable[[random.Random], list[Sample]]:
    """The benign side of a corpus laid out as this one is (its ``PARTNERSHIPS``, ``AREAS``,
    ``KINDS``, ``SCP``, ``DRAWS``, ``WHEN_FORMS``, ``BENIGN`` and ``BENIGN_PSEUDONYM_TEXT``,
    read when the corpus is built): the areas in turn, and each area's partners of a kind in
    turn as templates name that kind, so every partner is named."""

    def values(rng: random.Random, lap: int, template: str, turns: Counter[str]) -> dict[str, str]:
        name = tables.PARTNERSHIPS[lap % len(tables.PARTNERSHIPS)]
        area = tables.AREAS[name]
        kinds = tables.KINDS
        chosen = {kind: area[kind][turns[f"{name}/{kind}"] % len(area[kind])] for kind in kinds}
        turns.update(f"{name}/{kind}" for kind in (*kinds, "venue") if f"{{{kind}}}" in template)
        venue = area["venue"][turns[f"{name}/venue"] % 2]
        chosen |= {"area": name, "scp": tables.SCP[name], "venue": venue}
        chosen |= {key: rng.choice(choices) for key, choices in tables.DRAWS.items()}
        first, second = sorted(rng.sample(range(len(TIMES)), 2))
        chosen |= {"time": TIMES[first], "time2": TIMES[second]}
        chosen["role"], chosen["role2"] = rng.sample(ROLES, 2)
        chosen["date"], chosen["date2"] = (
            _date(rng, (2027, 2029), tables.WHEN_FORMS) for _ in "ab"
        )
        return chosen

    def benign(rng: random.Random) -> list[Sample]:
        laps, turns = itertools.count(), Counter[str]()
        out = [
            Sample(
                register,
                "text",
                _fill(t, values(rng, next(laps), t, turns)),
                False,
                f"hand-{register}",
            )
            for register, templates in tables.BENIGN.items()
            for n, t in enumerate(templates)
            for _ in range(_uses(t, n))
        ]
        return out + as_pseudonyms(tables.BENIGN_PSEUDONYM_TEXT)

    return benign


_benign = benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("twentyfirst-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
