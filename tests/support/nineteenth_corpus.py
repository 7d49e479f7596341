"""A nineteenth held-out corpus for the confidentiality guard, written by someone who has not
read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``nineteenth_names.json``, a seeded snapshot (seed ``nineteenth-<country>``) of
  female and male first name and surname pairs from names-dataset 3.3.1 (Apache-2.0,
  Philippe Remy's frequency tables per country), ranks 3000 to 4999 (``RANKS``, as the
  seventeenth) of ten tables the seventeenth did not draw (``DRAWN``): Bangladesh, Turkey,
  Italy, Ireland, Portugal, Albania, Sudan, Iraq, Egypt and China. Of the tables asked for,
  Somalia, Eritrea, Trinidad and Vietnam are not in the package; Afghanistan has no female
  first names past rank 3000, so the draw (which alternates women and men) cannot use it;
  and Jamaica's entries at these ranks read, draw after draw, as handles and misspellings
  ("Killz", "Edwsrds", "Staygud"), so it was left out after several rounds. The draw is the
  tenth's (``draw_names``: one capitalised word of plain letters, three or more, no first
  name that is also in the surname table); the tables with their own script (Bangladesh,
  Sudan, Iraq, Egypt, China) give only their Latin entries (``ASCII_ONLY``), and China only
  words of Hanyu Pinyin syllables (``PINYIN``), since past rank 3000 most of its other
  Latin entries are shop names and foreign surnames. Every draw was read by hand and the
  entries that read as words, places, pet forms, typos or not a person's name were left out
  (``NOT_NAMES``), then drawn again, until the whole draw read as real names. Any name in an
  earlier snapshot (``EARLIER``: the fourth to the seventeenth, and the eighteenth's, which
  was beside this one when it was drawn) or drawn for another country is skipped, so every
  name is new to the corpora and appears once. names-dataset is not a dependency;
  regenerate with ``uv run --with names-dataset==3.3.1 python -m
  tests.support.nineteenth_corpus`` (it gives this snapshot again with the eighteenth's on
  main); the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus, none in an earlier corpus file
  (``NICKNAMES``).
- Identifying templates, written fresh by hand: names in notes (a swimming instructor, a
  gurdwara's welfare volunteer, a pharmacist, a scout leader, a boxing club mentor...), in
  lower case and in sign-offs by a child, a parent or a relative; names and give-away
  details in pseudonyms; dates of birth in nine typed forms; addresses on invented streets
  (``STREETS``) in real towns; postcodes; phone, NHS and NI numbers; invented schools
  (``SCHOOLS``); email addresses; written out by the thirteenth's ``identifying_written``,
  as many of each category as its ``MIX`` says.
- Benign text, written fresh by hand (``BENIGN``: 145 templates, ``_uses`` fills each at
  most three times), about a third of it long as the bot's 500-character summary and note
  fields allow: incident case summaries by role (what happened, the agencies involved, what
  the rapid review found), rapid review decision rationales with reasons and dates,
  multi-line minutes and action logs, emails of a few paragraphs with a sign-off block, LCSPR
  progress updates, audit and section 11 findings, annual report prose; and short text:
  checklist notes, chronology lines, Panel notes, publication notes, improvement actions,
  learning-event and training notices with dates, times, rooms and venues, office notices
  and Slack lines. It is set in twelve real partnership areas of England (``AREAS``) that no
  earlier corpus used: Enfield, Redbridge, Havering, Hounslow, Cheshire East, St Helens,
  Redcar and Cleveland, Newcastle upon Tyne, the East Riding of Yorkshire, Thurrock, West
  Berkshire and Staffordshire, with their real partners (the council's children's services,
  the police force, the NHS trusts, the integrated care board, the ambulance service), real
  civic venues, never a person's address, and each partnership by the name it uses
  (``SCP``: South Tees for Redcar and Cleveland, Berkshire West for West Berkshire).
  People are named only by role.
- Identifiers are fictional (the tenth corpus's ``person_values``): Ofcom drama phone
  numbers, NHS numbers in the 999 range with a valid check digit, QQ National Insurance
  numbers, example.* emails, and postcodes of a valid shape in areas no Royal Mail postcode
  uses. An identifying sample's ``source`` is ``names-dataset-<country>`` when it names
  someone, ``hand-nicknames`` for a nickname, and ``hand`` otherwise.
- Benign pseudonyms follow DOMAIN.md strictly, written out by hand
  (``BENIGN_PSEUDONYM_TEXT``): initials alone or after a word such as "Child"
  (``PSEUDONYM_WORDS``), a sibling's number, or a chosen word that is not a forename
  (``CHOSEN``).

A drawn name that is also a word of the benign text would be dropped (``assembled``); none
is here. No sample was changed after seeing what the guard does with it.
"""

from __future__ import annotations

import itertools
import random
import re
from functools import partial
from pathlib import Path

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
NAMES_FILE = Path(__file__).with_name("nineteenth_names.json")
DATASET_VERSION = "3.3.1"
RANKS = (3000, 5000)
#: The snapshots whose names are skipped: every earlier one (the eighteenth's when present).
EARLIER = tuple(f"{n}_names.json" for n in ("fourth", "fifth", "sixth", "seventh", "eighth"))
EARLIER += tuple(f"{n}_names.json" for n in ("ninth", "tenth", "eleventh", "twelfth"))
EARLIER += tuple(f"{n}_names.json" for n in ("thirteenth", "fourteenth", "fifteenth"))
EARLIER += ("sixteenth_names.json", "seventeenth_names.json", "eighteenth_names.json")

#: names-dataset tables drawn at ``RANKS``, and how many people from each.
DRAWN = (("BD", 7), ("TR", 7), ("IT", 7), ("IE", 7), ("PT", 6), ("AL", 7))
DRAWN += (("SD", 7), ("IQ", 7), ("EG", 7), ("CN", 7))
ROMANISED: tuple[str, ...] = ()
#: Tables whose entries are taken only in plain letters (the others have their own script).
ASCII_ONLY = frozenset({"BD", "SD", "IQ", "EG", "CN"})
PINYIN_ONLY = frozenset({"CN"})
#: Entries of the tables read by hand in the draw as words, places, typos or not names.
NOT_NAMES = frozenset(
    {
        *("Chw", "Loveless", "Torun", "Ticaret", "Gull", "Gira", "Monterosso", "Cans"),
        *("Castles", "Caoin", "Shauno", "Marlow", "Journeys", "Sariinha", "Franganito"),
        *("Aquele", "Afilhado", "Cachinho", "Joaomiguel", "Cardita", "Yocana", "Caminha"),
        *("Carino", "Coimbras", "Kisida", "Usejdi", "Qera", "Laç", "Ameis", "Hammam"),
        *("Hmed", "Rdwan", "Nvar", "Hor", "Aboo", "Dar", "Nejar", "Mohaed", "Slam"),
        *("Saa", "Hmam", "Richardd", "Killz", "Cromaz", "Mckrid", "Levelz", "Rassal"),
        *("Mooli", "Ziff", "Kaisy", "Peens", "Asker", "Acu", "Illary", "Bimmy", "Opey"),
        *("Treeny", "Feah", "Hailé", "Cahil", "Derito", "Acr", "Cheira", "Mulheres"),
        *("Ganho", "Mafas", "Mbete", "Wlat", "Yad", "Mna", "Zoze", "Astera", "Bassm"),
        *("Nooga", "Jemy", "Aiaa", "Younggenna", "Tevor", "Annicky", "Troopa", "Cryme"),
        *("Sidda", "Edwsrds", "Trancy", "Vencent", "Channie", "Ppgi", "Lcy", "Torbeck"),
        *("Kiyindou", "Norie", "Mairt", "Paddle", "Riaghan", "Carolzinha", "Aguia"),
        *("Aninha", "Júliana", "Diias", "Gija", "Valejo", "Halo", "Xafur", "Raid", "Kla"),
        *("Smar", "Abdalluh", "Bondoka", "Ranoosh", "Mattalon", "Dewite", "Darces"),
        *("Loveing", "Shantell", "Munga", "Cheeke", "Kyi", "Intercom", "Chiw", "Radita"),
        *("Matchew", "Seami", "Toipa", "Gessika", "Camane", "Joka", "Zemas", "Boino"),
        *("Zelo", "Lanea", "Ranyae", "Mhamd", "Gano", "Amll", "Asfor", "Amert"),
        *("Mcannuff", "Shele", "Evahigh", "Gennaral", "Dansinghani", "Gendon", "Liner"),
        *("Magsumbol", "Makhijani", "Askımın", "Shergar", "Meep", "Fäbïo", "Quintos"),  # noqa: RUF001
        *("Cilo", "Edra", "Jokas", "Isento", "Eneo", "Rhma", "Goma", "Tgst", "Rawa"),
        *("Alzahraa", "Hanaw", "Marena", "Ensan", "Capitano", "Ashraket", "Ximinnies"),
        *("Kurk", "Browing", "Meltan", "Wiliamson", "Jamain", "Kinho", "Kutsiranai"),
        *("Laung", "Alamilla", "Gülerman", "Satisfeet", "Bercu", "Piu", "Caça", "Jamba"),
        *("Iero", "Gaiolas", "Xeba", "Rna", "Kemo", "Bosh", "Duske", "Dno", "Orchid"),
        *("Rodey", "Shikoo", "Tassnem", "Abderhman", "Hayaa", "Wayon", "Maliik"),
        *("Handison", "Reidchin", "Paragh", "Aniff", "Colahar", "Jorson", "Winford"),
        *("Kinson", "Bouboutou", "Yıldızlar", "Ferdinant", "Cloud", "Deggs", "Elanas"),  # noqa: RUF001
        *("Esplanada", "Nelito", "Onun", "Omahmed", "Shata", "Elser", "Narjs", "Olaa"),
        *("Hamno", "Iprahem", "Atyat", "Hod", "Bendison", "Catwell", "Strokes", "Melmel"),
        *("Bammy", "Jungwoon", "Mollel", "Zubby", "Squillacioti", "Barkson", "Öyku"),
        *("Dommo", "Fábiio", "Rossana", "Sbah", "Slman", "Sweeter", "Basm", "Aree"),
        *("Zhya", "Havana", "Tika", "Megoo", "Hbeba", "Moamed", "Benjaminz", "Craigy"),
        *("Poreman", "Leviene", "Ival", "Tabois", "Duxie", "Estudio", "Abodi", "Swmaya"),
        *("Dashte", "Reb", "Meedo", "Omomar", "Momn", "Dinar", "Donaill", "Usados"),
        *("Aurilia", "Letícia", "Sito", "Bsher", "Mshmsh", "Anor", "Nazy", "Bssam"),
        *("Ryry", "Solom", "Aso", "Loggiodice", "Manços", "Gamarra", "Xara", "Pancha"),
        *("Vitó", "Nocas", "Líbia", "Hamde", "Tamaam", "Ayosh", "Bjar", "Header", "Mawa"),
        *("Ummu", "Alshymaa", "Mahoud", "Arakawa", "Brosvapor", "Sisiy", "These"),
        *("Reduto", "Rodrgo", "Profeta", "Entradas", "Mariafrancisca", "Hmoody"),
        *("Abtsam", "Hsan", "Muhmmad", "Goly", "Fotna", "Anaaslan", "Frankholz"),
        *("Lubricant", "Topx", "Asdar", "Libera", "Pap", "Cimar", "Dji", "Bimba"),
        *("Micas", "Corujeira", "Licelia", "Hamasat", "Brhan", "Bata", "Ayoosh", "Yazed"),
        *("Zenib", "Prouvost", "Chiutsi", "Yalmanci", "Kobayakawa", "Moto", "Oeste"),
        *("Verdades", "Nande", "Salzedas", "Ciete", "Suda", "Khalat", "Nabd", "Massa"),
        *("Riry", "Stautner", "Wohn", "Nshimiyimana", "Covaci", "Gucci", "Vendo"),
        *("Corrente", "Malú", "Preira", "Palhão", "Marister", "Asoo", "Anwr", "Maile"),
        *("Mryam", "Sapah", "Omniia", "Ethon", "Canz", "Kxan", "Olimov", "File"),
        *("Crisan", "Taxi", "Franciscoo", "Sinde", "Picas", "Irlei", "Bos", "Shoshet"),
        *("Amola", "Mayosha", "Langguth", "Chubing", "Jieh", "Huoshan", "Singoyi"),
        *("Ogle", "Ohea", "Iasón", "Odaly", "Rosária", "Henriqueta", "Possante"),
        *("Rebolho", "Maggs", "Moustfa", "Abichandani", "Ipaky", "Zergui", "Haddock"),
        *("Croft", "Maidhcí", "Virgínia", "Veneno", "Projecto", "Pleno", "Ginkgo"),
        *("Hamido", "Klingner", "Ochirova", "Duun", "Sawich", "Goryunova", "Hever"),
        *("Deals", "Génio", "Limao", "Salvação", "Cilena", "Chreky", "Filterpress"),
        *("Eslove", "Ifamy", "Blissett", "Fla", "Guimas", "Saiago", "Conchinhas"),
        *("Emérita", "Yeshe", "Albaqeri", "Musimu", "Nwokolo", "Ferosteel", "Milagres"),
        *("Deça", "Lobelia", "Carlão", "Fresca", "Azeiteiro", "Liberia", "Ejindu"),
        *("Qinghai", "Gawani", "Dachang", "Cajada", "Rúbio", "Gunnel", "Manela"),
        *("Dsousa", "Cantarinha", "Aneleh", "Eking", "Biodanza"),
    }
)


#: A word of Hanyu Pinyin syllables without tone marks (the Chinese table's romanised entries:
#: past rank 3000 most of its other Latin entries are shop names and foreign surnames).
_FINAL = (
    "(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu"
    "|in|ua|uo|ui|un|ue|a|o|e|i|u)"
)
_INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
#: One syllable with or without an initial, then syllables with one (no apostrophes here).
PINYIN = re.compile(f"{_INITIAL}?{_FINAL}(?:{_INITIAL}{_FINAL})*", re.IGNORECASE)


def _usable(name: str, country: str) -> bool:
    """A table entry to draw from: the tenth's test, and for China a word of pinyin."""
    if country in PINYIN_ONLY and not PINYIN.fullmatch(name):
        return False
    return table_entry_ok(name, country, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def regenerate_names() -> None:
    """Draw the names afresh (names-dataset is importable only here) and write the snapshot."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    draw_names(DRAWN, RANKS, present, "nineteenth", _usable, NAMES_FILE)


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Brindle Hollow", "Tanpit Yard", "Saltpan Close", "Goosegreen Terrace")
STREETS += ("Cordwainer Row", "Wickerby Lane", "Orchid Bank Drive", "Millrace Court")
TOWNS = ("Edmonton", "Ilford", "Romford", "Feltham", "Crewe", "Newton-le-Willows")
TOWNS += ("Guisborough", "Walker", "Goole", "Tilbury", "Thatcham", "Cannock")
SCHOOLS = (
    "Brindle Hollow Primary School",
    "Tanpit Academy",
    "St Winefride's Catholic Junior School",
    "Saltpan Lane Infant School",
    "Goosegreen Church of England Primary",
    "Wickerby High School",
    "Millrace Pupil Referral Unit",
    "Cordwainer Nursery and Children's Centre",
)
SCHOOL_SHORT = ("Brindle Hollow", "Tanpit", "St Winefride's", "Wickerby High", "Goosegreen")
RELATIVES = ("nan", "grampy", "aunty", "step-dad", "big cousin", "great-aunt", "godmother")
#: Dates of birth as typed (the tenth's ``_date`` fields).
BIRTH_FORMS = ("{d}.{m}.{y}", "{dd}-{mm}-{y}", "{d} {mo} {y}", "{d}{th} of {mon} {y}")
BIRTH_FORMS += ("{mm}/{dd}/{yy}", "{y}/{mm}/{dd}", "{mon} {d}, {y}", "{d}/{m}/{yy}")
BIRTH_FORMS += ("{wd} {d}{th} {mon} {y}",)
WHEN_FORMS = ("{wd} {d} {mon} {y}", "{d} {mo}", "{dd}/{mm}/{y}", "{wd} {d}{th} {mon}")
WHEN_FORMS += ("{d} {mon} {y}",)

#: Children born from 2011 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The fields are person_values' (the tenth corpus), with {rel} a relative: {f} {l} name the
# child, {g} {h} a parent or carer, {k} a brother or sister.
NAME_TEXT = (
    "Swimming instructor noticed {f} {l} had fingertip bruises on her upper arms.",
    "The gurdwara's welfare volunteer says {g} {h} has stopped bringing {f} to langar.",
    "{f} {l} told the lunchtime supervisor she is not allowed to eat at home.",
    "Paramedics attended; {g} {h} was slurring and {f} was caring for the baby.",
    "Pharmacist concerned that {g} {h} collects {f}'s methylphenidate but {f} never has it.",
    "The landlord let himself in and found {f} {l}, aged six, alone with {k}.",
    "{f} {l} has been excluded twice this term and {g} cannot be reached.",
    "Scout leader reports {f} {l} has a burn on the back of his hand and will not say how.",
    "{g} {h} asked the receptionist not to tell anyone that {f} had fallen again.",
    "Interpreter said {g} {h} threatened to send {f} abroad to be married.",
    "Hospital discharge for baby {f} {l} delayed: {g} has not visited for four days.",
    "PCSO saw {F} {L} getting out of a car with two older men near the arcade.",
    "Mentor at the boxing club says {f} {l} is carrying a knife for protection.",
    "{f} {l} is sofa-surfing at friends' houses; {g} {h} has changed the locks.",
    "Ward sister says {g} {h} shook {f} in the corridor when she would not settle.",
    "{k} {l} rang 999 because {g} was hitting their mum with a frying pan.",
    "Early years practitioner: {f} {l} has severe nappy rash and the same clothes all week.",
    "The community nurse thinks {g} {h} is giving {f} someone else's medication.",
    "Breakfast club staff say {f} {l} arrives at 7.30 every day, hungry and cold.",
    "{f} {l}'s attendance is 48% and {g} says he is home schooling, no plan in place.",
    "GP letter: {g} {h} presented with bruising and said the partner hurts {f} too.",
    "{F} {L} posted pictures of cuts on her arms; a classmate told the DSL.",
    "A neighbour heard {f} {l} screaming late at night and called the police.",
    "Dentist found eleven decayed teeth in {f} {l}'s mouth; {g} missed three appointments.",
    "Children's centre worker worried that {g} {h} leaves {f} in the buggy for hours.",
    "{f} {l} was picked up by the British Transport Police at Stratford, alone.",
    "Probation say {g} {h}'s partner has a conviction for violence and lives with {f}.",
    "{f} told the play worker that {g} {h} locks her in the box room as a punishment.",
    "Youth offending worker says {f} {l} owes money to older boys and is frightened.",
    "The health visitor could not weigh baby {f} {l}; {g} refused entry again.",
    "Residential home staff say {f} {l} came back smelling of cannabis with a new phone.",
    "{g} {h} brought {f} to A&E with a spiral fracture and gave two different accounts.",
    "After-school club manager saw {g} {h} drag {f} to the car by her hair.",
    "Midwife booking: {g} {h} disclosed that her partner kicked her when pregnant with {f}.",
    "{f} {l} says {g}'s boyfriend makes her watch films that are not for children.",
    "The imam contacted the council about {f} {l}, who has been sleeping at the mosque.",
    "Sexual health nurse saw {F} {L}, 14, who said her boyfriend is 23.",
    "{f} {l} has lost 6kg since September and the school nurse is very concerned.",
    "Careers adviser says {f} {l} has been kept at home to look after {k} and {g}.",
    "Library staff found {f} {l} asleep in the children's corner at closing time.",
    "Rapid review question: why was {g} {h}'s mental health not shared with the school?",
    "CAMHS crisis team assessed {f} {l} after she was found on the railway bridge.",
)
NAME_LOWER = (
    "{fl} {ll} off again, 3rd day",
    "did anyone get hold of {gl} {hl}??",
    "{fl} at the station w/ older lads, police aware",
    "{fl}'s {rel} says she can't cope",
    "spoke w {fl} {ll} at lunch, disclosed again",
    "is {fl} {ll} on a cp plan or cin",
    "{gl} {hl} drunk at pick up",
    "{fl} {ll} - missing since 6pm",
    "{fl} + {k} moved to nans",
)
NAME_PSEUDONYM = (
    "{f} {l}",
    "{L}, {F}",
    "{fl} {ll}",
    "{fi}. {l}",
    "{f} {li}",
    "{l}",
    "the {l} family",
    "Baby {l}",
    "{f}/{k}",
    "Child {f}",
    "{f}, {age}",
    "Miss {l}",
    "{l} boys",
)
SIGN_OFF = (
    "i dont want to go home tonight\n{f}",
    "Thanks for listening to me.\n{g} {h}",
    "Please help my son.\nFrom {g}",
    "{f} {l}, {short}, year {year_group}",
    "Yours faithfully,\n{g} {h} (mother of {f})",
    "From {f}'s {rel}, {g}",
    "{f} xox",
    "Kind regards,\n{g} {l}, {f} and {k}'s dad",
    "sorry its messy\n{f} {l}",
)
NICKNAMES = ("Marmite", "Snickers", "Bubbles", "Popcorn", "Scrappy", "Pompom", "Puddle", "Shrimp")
NICKNAMES += ("Zippy", "Tinkerbell", "Wombat", "Squeaky", "Snowdrop", "Mischief", "Beano")
NICKNAMES += ("Whizz",)
NICKNAME_TEXT = (
    "Everyone at home calls him {n}, even his teachers use it.",
    "She goes by '{n}' on TikTok and on the group chat.",
    "{n} ({f}'s family name for her) was seen at the retail park at midnight.",
    "The {rel} said {n} has not slept at home since Sunday.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} {l}", "Baby {n}", "{n} {fi}.{li}.")
DOB_TEXT = (
    "DOB {dob}",
    "D.O.B.: {dob} ({age} yrs)",
    "born {dob}",
    "date of birth {dob}",
    "{f} was born on {dob}",
    "her birthday is {dob}",
    "DoB - {dob}, born at 29 weeks",
    "b. {dob}",
    "Child's DOB is {dob}",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "Dad can be reached on {phone}",
    "Tel {phone}",
    "{rel} on {phone}",
    "{f} texted from {phone}",
    "call {g} on {phone} after 4",
)
NHS_TEXT = ("NHS No. {nhs}", "nhs number {nhs}", "{f}'s NHS no: {nhs}", "NHS - {nhs}")
NI_TEXT = ("NI No {ni}", "dad's NI number {ni}", "National Insurance: {ni}", "NINo. {ni}")
ADDRESS_TEXT = (
    "Home address {street}, {town}",
    "lives - {street}",
    "Knocked at {street}, {town}, no answer",
    "Staying at her {rel}'s on {street}",
    "Police attended {street} overnight",
    "Moved from {street} into a B&B in {town}",
)
POSTCODE_TEXT = ("post code {postcode}", "moved to {postcode} last week", "PC {postcode}")
SCHOOL_TEXT = (
    "Pupil at {school}",
    "Year {year_group} at {school}",
    "The DSL at {short} called us",
    "{f} started at {short} in September",
    "On roll at {school}; attendance 57%",
)
EMAIL_TEXT = ("mum's email is {e}", "email: {e}", "{g} said to email {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} born {dob}",
    "Child {fi}{li} of {street}",
    "{fi}{li}, {age}, {short}",
    "Child at {postcode}",
    "{fi}{li} NHS {nhs}",
    "The {l} triplets",
    "{short} Year {year_group} boy",
    "{fi}{li} dob {dob}",
    "{l} sisters",
)


#: Where the people live and learn, how their dates of birth are drawn, their relatives.
KIN = Kin((STREETS, TOWNS, SCHOOLS, SCHOOL_SHORT), _birth, RELATIVES)
#: The templates of each identifying category (the thirteenth's ``MIX`` says how many).
TEMPLATES = dict(
    zip(
        (category for category, _, _ in MIX),
        (
            *(NAME_TEXT, NAME_LOWER, NAME_PSEUDONYM, SIGN_OFF, DOB_TEXT, PHONE_TEXT, NHS_TEXT),
            *(NI_TEXT, ADDRESS_TEXT, POSTCODE_TEXT, SCHOOL_TEXT, EMAIL_TEXT, PSEUDONYM_REVEALING),
        ),
        strict=True,
    )
)
NICKNAMED = Nicknames(16, NICKNAMES, (NICKNAME_TEXT, NICKNAME_PSEUDONYM))


def _identifying(rng: random.Random, people: dict[str, list[tuple[str, str]]]) -> list[Sample]:
    return identifying_written(rng, people, KIN, mixed(TEMPLATES), NICKNAMED, stride=0)


# --- benign (real places of England, organisations by their real names) -------------------

_MET, _LAS = ("Metropolitan Police Service",), ("London Ambulance Service NHS Trust",)
_NEL_ICB = ("NHS North East London Integrated Care Board",)
_BHRUT = "Barking, Havering and Redbridge University Hospitals NHS Trust"
_NELFT = "North East London NHS Foundation Trust"
_CM_ICB = ("NHS Cheshire and Merseyside Integrated Care Board",)
_NWAS = ("North West Ambulance Service NHS Trust",)
_NENC_ICB = ("NHS North East and North Cumbria Integrated Care Board",)
_NEAS = ("North East Ambulance Service NHS Foundation Trust",)
#: The twelve partnership areas (none an earlier corpus used), their partners by their real
#: names, and civic venues of the area. The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Enfield": {
        "council": ("Enfield Council children and family services",),
        "police": _MET,
        "trust": (
            "Royal Free London NHS Foundation Trust",
            "Barnet, Enfield and Haringey Mental Health NHS Trust",
        ),
        "icb": ("NHS North Central London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("Enfield Civic Centre, Silver Street", "the Dugdale Centre, Enfield Town"),
    },
    "Redbridge": {
        "council": ("Redbridge Council children's services",),
        "police": _MET,
        "trust": (_BHRUT, _NELFT),
        "icb": _NEL_ICB,
        "ambulance": _LAS,
        "venue": ("Redbridge Town Hall, Ilford", "Redbridge Central Library"),
    },
    "Havering": {
        "council": ("Havering Council children's services",),
        "police": _MET,
        "trust": (_BHRUT, _NELFT),
        "icb": _NEL_ICB,
        "ambulance": _LAS,
        "venue": ("Havering Town Hall, Romford", "the Queen's Theatre, Hornchurch"),
    },
    "Hounslow": {
        "council": ("Hounslow Council children's services",),
        "police": _MET,
        "trust": (
            "Chelsea and Westminster Hospital NHS Foundation Trust",
            "West London NHS Trust",
        ),
        "icb": ("NHS North West London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("Hounslow House, Bath Road", "the Paul Robeson Theatre, Hounslow"),
    },
    "Cheshire East": {
        "council": ("Cheshire East Council children's services",),
        "police": ("Cheshire Constabulary",),
        "trust": (
            "Mid Cheshire Hospitals NHS Foundation Trust",
            "East Cheshire NHS Trust",
            "Cheshire and Wirral Partnership NHS Foundation Trust",
        ),
        "icb": _CM_ICB,
        "ambulance": _NWAS,
        "venue": ("Westfields, Sandbach", "Macclesfield Town Hall"),
    },
    "St Helens": {
        "council": ("St Helens Borough Council children's services",),
        "police": ("Merseyside Police",),
        "trust": (
            "Mersey and West Lancashire Teaching Hospitals NHS Trust",
            "Mersey Care NHS Foundation Trust",
        ),
        "icb": _CM_ICB,
        "ambulance": _NWAS,
        "venue": ("St Helens Town Hall", "the World of Glass, St Helens"),
    },
    "Redcar and Cleveland": {
        "council": ("Redcar and Cleveland Borough Council children's services",),
        "police": ("Cleveland Police",),
        "trust": (
            "South Tees Hospitals NHS Foundation Trust",
            "Tees, Esk and Wear Valleys NHS Foundation Trust",
        ),
        "icb": _NENC_ICB,
        "ambulance": _NEAS,
        "venue": ("Redcar and Cleveland House, Redcar", "Kirkleatham Museum"),
    },
    "Newcastle upon Tyne": {
        "council": ("Newcastle City Council children's social care",),
        "police": ("Northumbria Police",),
        "trust": (
            "The Newcastle upon Tyne Hospitals NHS Foundation Trust",
            "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust",
        ),
        "icb": _NENC_ICB,
        "ambulance": _NEAS,
        "venue": ("Newcastle Civic Centre", "Newcastle City Library"),
    },
    "East Riding of Yorkshire": {
        "council": ("East Riding of Yorkshire Council children's services",),
        "police": ("Humberside Police",),
        "trust": (
            "Hull University Teaching Hospitals NHS Trust",
            "Humber Teaching NHS Foundation Trust",
        ),
        "icb": ("NHS Humber and North Yorkshire Integrated Care Board",),
        "ambulance": ("Yorkshire Ambulance Service NHS Trust",),
        "venue": ("County Hall, Beverley", "Bridlington Spa"),
    },
    "Thurrock": {
        "council": ("Thurrock Council children's services",),
        "police": ("Essex Police",),
        "trust": (
            "Mid and South Essex NHS Foundation Trust",
            "Essex Partnership University NHS Foundation Trust",
        ),
        "icb": ("NHS Mid and South Essex Integrated Care Board",),
        "ambulance": ("East of England Ambulance Service NHS Trust",),
        "venue": ("the Civic Offices, Grays", "the Thameside Complex, Grays"),
    },
    "West Berkshire": {
        "council": ("West Berkshire Council children and family services",),
        "police": ("Thames Valley Police",),
        "trust": (
            "Royal Berkshire NHS Foundation Trust",
            "Berkshire Healthcare NHS Foundation Trust",
        ),
        "icb": ("NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board",),
        "ambulance": ("South Central Ambulance Service NHS Foundation Trust",),
        "venue": ("the Council Offices, Market Street, Newbury", "Shaw House, Newbury"),
    },
    "Staffordshire": {
        "council": ("Staffordshire County Council children and families",),
        "police": ("Staffordshire Police",),
        "trust": (
            "University Hospitals of North Midlands NHS Trust",
            "University Hospitals of Derby and Burton NHS Foundation Trust",
            "Midlands Partnership University NHS Foundation Trust",
        ),
        "icb": ("NHS Staffordshire and Stoke-on-Trent Integrated Care Board",),
        "ambulance": ("West Midlands Ambulance Service University NHS Foundation Trust",),
        "venue": ("Staffordshire Place, Stafford", "Shire Hall, Stafford"),
    },
}
KINDS = ("council", "police", "trust", "icb", "ambulance")
#: Each area's partnership as it styles itself (two are shared with neighbours).
SCP = {
    "Enfield": "Enfield Safeguarding Children Partnership",
    "Redbridge": "Redbridge Safeguarding Children Partnership",
    "Havering": "Havering Safeguarding Children Partnership",
    "Hounslow": "Hounslow Safeguarding Children Partnership",
    "Cheshire East": "Cheshire East Safeguarding Children's Partnership",
    "St Helens": "St Helens Safeguarding Children Partnership",
    "Redcar and Cleveland": "South Tees Safeguarding Children Partnership",
    "Newcastle upon Tyne": "Newcastle Safeguarding Children Partnership",
    "East Riding of Yorkshire": "East Riding Safeguarding Children Partnership",
    "Thurrock": "Thurrock Local Safeguarding Children Partnership",
    "West Berkshire": "Berkshire West Safeguarding Children Partnership",
    "Staffordshire": "Staffordshire Safeguarding Children Partnership",
}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
ROLES = (
    "head of service for safeguarding and quality",
    "service manager, children in need",
    "named nurse for safeguarding children",
    "designated nurse",
    "designated doctor for child deaths",
    "detective inspector, child abuse investigation",
    "safeguarding lead for the ambulance service",
    "partnership business manager",
    "review officer",
    "independent scrutineer",
    "education safeguarding adviser",
    "principal social worker",
)
REFERENCES = ("RR 27/18", "LCSPR 28-05", "RR-28-14", "CSPR 29/02", "RR 29.06", "PLR 28/09")
THEMES = (
    "safe sleep for babies",
    "children missing education",
    "older siblings as carers",
    "parental mental ill health",
    "domestic abuse in pregnancy",
    "criminal exploitation and county lines",
    "children with disabilities who do not speak",
    "transitions from primary to secondary school",
    "professional curiosity",
    "working with fathers",
)
COURSES = (
    "Rapid reviews explained",
    "Safe sleep and the first year",
    "Recognising neglect: the graded care profile",
    "Chronologies that help",
    "Escalation and resolving professional disagreement",
    "Child sexual abuse in the family",
)
ROOMS = ("Committee Room 1", "the Conference Room", "Room 2.07", "the Training Room")
ROOMS += ("Meeting Room 4", "the Council Chamber")
TIMES = ("9am", "9.30am", "10:00", "10.15", "11am", "1pm", "13:30", "2.30pm", "15:00")
PERIODS = ("2027-28", "2028/29", "Q2 2028-29", "quarter 3", "autumn 2028", "2029-30")
AGE_BANDS = ("under one", "aged 1 to 4", "aged 5 to 10", "aged 11 to 15", "aged 16 or 17")
#: The benign fields drawn from a list each time.
DRAWS = {"ref": REFERENCES, "theme": THEMES, "room": ROOMS, "period": PERIODS}
DRAWS |= {"age_band": AGE_BANDS, "course": COURSES, "rag": ("green", "amber", "red")}
CHOSEN = ("Kittiwake", "Cobalt", "Shale", "Tern", "Flagstone", "Slate", "Marram", "Oriel")
PSEUDONYM_WORDS = ("Child", "Infant", "Baby", "Young Person", "Sibling", "Unborn")

#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (never more than three). About a third is long, as the bot's 500
#: character summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary ({ref}): a baby {age_band} was taken by {ambulance} to {trust} with a head "
        "injury that the parents could not explain. {council} held a strategy discussion the "
        "same evening with {police}. The rapid review found that the health visitor and the GP "
        "each had part of the picture but no one had put it together.",
        "Incident summary for {ref}: the young person, aged 15, was found seriously hurt "
        "after being missing overnight. {police} had four previous missing episodes on record "
        "and {council} had closed an assessment a month before. Agencies involved: the school, "
        "{trust}, youth justice and the police. Learning about return home interviews is "
        "likely.",
        "Brief summary: the child, {age_band}, died at home in {area}. Abuse or neglect is "
        "suspected. The mother had been known to {trust} for postnatal depression and the "
        "father to {police} for domestic abuse. The rapid review looked at whether the "
        "information held by each agency reached the others in time.",
        "The child ({age_band}) was admitted to {trust} with weight loss and signs of long "
        "term neglect. The family had moved into {area} from another authority and records "
        "arrived late. {council} and {icb} agreed a single agency review would not capture "
        "the learning, so the case goes to the partners for a decision.",
        "Case summary by role: mother, her partner and two children {age_band}. {police} "
        "attended three domestic incidents in six months; the children were present at two. "
        "Referrals reached {council} each time and were closed with advice. The school had "
        "concerns about the older child's behaviour that were not shared.",
        "Summary of the incident: a child {age_band} with complex health needs was seriously "
        "harmed while in the care of a relative. {trust} had noted missed appointments on "
        "nine occasions. The rapid review asked how 'was not brought' was understood by each "
        "agency and whether the disability masked the signs of neglect.",
        "{ref} summary: an infant was found unresponsive after co-sleeping on a sofa. The "
        "parents had been given safe sleep advice by the midwife, not repeated by the health "
        "visitor after the move. {ambulance} and {police} attended; the infant survived with "
        "injuries. The review will focus on {theme}.",
        "Summary: the teenager, aged 16, was stabbed in {area} and is recovering. He was "
        "known to {council} as a child in need and to {police} as at risk of exploitation. "
        "The education record shows a managed move and reduced hours. Agencies agreed the "
        "case meets the criteria for notification to the Panel.",
        "Short summary for the partners: a child {age_band} disclosed sexual abuse by a "
        "family member to a teacher. {police} and {council} began a joint investigation. "
        "The rapid review found earlier indicators at {trust} that were recorded but not "
        "shared, and a referral that waited eleven days for a decision.",
        "Incident: a baby {age_band} suffered fractures that medical opinion at {trust} "
        "says are non-accidental. The family were not open to any service. The rapid review "
        "notes that the parents were young and had left care recently, and asks how leaving "
        "care support and universal health services talk to each other.",
    ),
    "rapid_review_rationale": (
        "Decision for {ref}: the partners agree an LCSPR is needed. Reasons: concerns about "
        "how {council}, {police} and {trust} worked together; a recurrent theme of {theme}; "
        "and learning the rapid review could not fully explore in 15 working days. Signed off "
        "by the three partners on {date}.",
        "Rationale ({ref}): no local review. The facts are clear, the learning is single "
        "agency and {trust} has already changed its procedure. A practice learning briefing "
        "will be shared across {area} by {period}. The family will be told of the decision "
        "and the reasons by the allocated worker.",
        "The rapid review meeting on {date} recommended that the Panel consider a national "
        "review, because the case raises issues about {theme} seen elsewhere in England. The "
        "partners ({council}, {police}, {icb}) endorsed this on {date2}. A local review "
        "will go ahead if the Panel declines.",
        "Decision rationale: criteria in regulation 11 are met, but the partners judge that "
        "a multi-agency learning review will give the learning faster. The sibling is safe "
        "and the immediate actions for {council} are complete. The Panel was sent the rapid "
        "review on {date}, within 15 working days.",
        "Reasons for commissioning a local review for {ref}: 1) more than one police area "
        "was involved; 2) {ambulance} and {trust} gave conflicting accounts of the handover; "
        "3) the case may show improvements needed in {theme}. Terms of reference to be "
        "agreed by {date}.",
        "Rationale, agreed {date}: the partners considered a local review and decided "
        "against it. The practice was largely good and the harm could not have been "
        "predicted. Learning about {theme} will be shared through a seven minute briefing "
        "and the {course} course. The Panel will be sent this rationale with the review.",
        "Decision deferred: the partners need the health chronology from {trust} before "
        "deciding on {ref}. A further meeting is set for {date} in {room}, {venue}. The Panel "
        "has been told the rapid review will be sent on time, with the decision to follow.",
        "The three partners agreed on {date} to commission an LCSPR for {ref}. The criminal "
        "investigation by {police} is ongoing, so the review will avoid interviewing "
        "witnesses until the police agree. Publication is expected to be delayed; the Panel "
        "and the Secretary of State will be told why.",
    ),
    "minutes": (
        "Rapid review meeting - {ref}\n{date}, {time}, {room}, {venue}\nAttendees: {council},"
        " {police}, {trust}, {icb}\n1. Chronology reviewed\n2. Immediate safety of the "
        "sibling confirmed\n3. Decision: recommend an LCSPR\nActions: business manager to "
        "draft the Panel return",
        "Case review subgroup, {date}\nItem 1: Panel response on {ref} - agrees with our "
        "decision, no further questions.\nItem 2: LCSPR progress - the reviewer has had all "
        "agency reports except the one from {trust}.\nItem 3: AOB - room change for next "
        "month, {room}.",
        "Minutes extract, executive group, {date}:\nThe independent scrutineer asked how the "
        "partners know learning from {ref} has changed practice. {council} described a "
        "re-audit; {police} and {icb} will report at the next meeting. Agreed: a single "
        "tracker for all review actions.",
        "Learning and improvement subgroup\nDate: {date} {time}\nVenue: {venue}\nNoted: six "
        "actions closed, two overdue ({rag}).\nThe chair reminded members to refer to "
        "children and family members by role in all papers.\nNext meeting: {date2}.",
        "Extract from the minutes of {date}: the group considered the draft report for "
        "{ref}. Partners were content with the findings but asked the reviewer to say more "
        "about {theme}. {trust} will confirm its factual corrections by {date2}. The report "
        "will return to the group before sign-off.",
        "Minutes - quality assurance group, {date}\nPresent: {role}, {role2}, the business "
        "manager\nApologies: {ambulance}\n1. Multi-agency audit on {theme} presented\n2. "
        "Findings accepted; action plan to be drafted\n3. Section 11 returns due {date2}",
        "Partnership board, {date}, {venue}. The board received the annual report for "
        "{period} and approved it for publication. The board noted that {n} rapid reviews "
        "were completed, all sent to the Panel within 15 working days, and that two LCSPRs "
        "remain in progress.",
        "Action log from the rapid review meeting for {ref} ({date}):\n- {council}: confirm "
        "the sibling's plan by {date2}\n- {police}: share the incident log\n- {trust}: "
        "named nurse to complete the health summary\n- business unit: send the review to "
        "the Panel",
        "Rapid review meeting held online on {date} at {time}. Quorate: all three partners "
        "present. The group agreed the facts as set out in the chronology, identified no "
        "further immediate action for other children, and agreed the learning themes: "
        "{theme}, record keeping, and supervision.",
    ),
    "email_with_sign_off": (
        "Dear colleagues,\n\nThank you for your agency summaries for {ref}. The rapid review "
        "meeting is on {date} at {time} in {room}, {venue}. Please bring anyone who can speak "
        "to the practice episodes.\n\nKind regards\n\nPartnership Business Manager\n{scp}",
        "Hello all,\n\nThe Panel has written back about {ref}. It agrees with our decision "
        "and asks to see the final report when it is ready. I have saved the letter in the "
        "review folder.\n\nI will update the tracker today.\n\nBest wishes\nReview Officer\n"
        "{scp}",
        "Good afternoon,\n\nPlease find attached the draft terms of reference for {ref}. We "
        "would welcome comments from {police} and {trust} by {date}. The reviewer will start "
        "once the partners have signed them off.\n\nMany thanks\n\nSafeguarding Partnership "
        "Manager, {area}",
        "Hi,\n\nJust to confirm that {ambulance} will send its summary by {date}. Our "
        "safeguarding lead is on leave until then, so a colleague will attend the meeting "
        "instead.\n\nApologies for the short notice.\n\nRegards\nSafeguarding Team\n{ambulance}",
        "Dear partners,\n\nThe learning event for {ref} will take place on {date}, {time} to "
        "{time2}, at {venue}. It is for practitioners who were involved and their managers. "
        "Lunch is provided.\n\nPlease reply with names by {date2}.\n\nThank you\nTraining "
        "Coordinator, {scp}",
        "Morning all,\n\nA reminder that section 11 audits are due back on {date}. The tool "
        "has not changed since last year. If {council} or {icb} need more time, please let me"
        " know this week.\n\nWith thanks\nQuality Assurance Officer\n{scp}",
        "Dear Chair,\n\nI attach the final report for {ref}, which the three partners "
        "signed off on {date}. It will be sent to the Panel and the Secretary of State seven "
        "working days before publication.\n\nYours sincerely\n\nDirector of Children's "
        "Services\n{council}",
        "Colleagues,\n\nThe improvement plan for {ref} has been updated after the subgroup. "
        "Four actions are now complete and one ({trust}) has a revised date of {date}.\n\n"
        "Could owners send evidence of completion to the business unit?\n\nThanks\nBusiness "
        "Support Officer, {area}",
        "Hi both,\n\nCould we move Thursday's call about {ref} to {date} at {time}? The "
        "designated doctor cannot make the original slot.\n\nThanks,\nDesignated Nurse for "
        "Safeguarding Children\n{icb}",
    ),
    "lcspr_progress": (
        "Local review {ref}, progress at month {n}: the independent reviewer has read the agency "
        "reports from {council}, {police} and {trust} and met the practitioners at {venue} on "
        "{date}. The mother has agreed to contribute; the father has not replied. The draft "
        "is expected in {period}, later than planned: records from another area came late.",
        "Update for the partners on {ref}: terms of reference signed off on {date}; agency "
        "reports in from all but {ambulance}; practitioner learning event held; family "
        "meeting planned for {date2}. Risks: the inquest date is not yet set, so publication "
        "may be delayed. The Panel has been kept informed.",
        "The reviewer for {ref} shared emerging findings with the subgroup: practitioners "
        "did not always know who lived in the household; supervision did not challenge "
        "drift; and {theme} was not recognised early. {council} and {icb} asked for the "
        "findings to be tested with frontline staff before the draft is written.",
        "{ref}: the draft report went to the three partners on {date} for factual accuracy. "
        "{police} asked for one paragraph to be held back while charging decisions are "
        "made. The partners agreed to hold sign-off until {date2} and to tell the Panel and "
        "the Secretary of State about the delay and the reasons for it.",
        "{ref} agency reports due {date}.",
        "Reviewer's second visit to {area} booked for {date}.",
        "Local review {ref} on track: month {n} of 6.",
        "Family invited to meet the reviewer for {ref}; interpreter arranged.",
    ),
    "audit_finding": (
        "Multi-agency audit, {period}: the audit group looked at {n} cases on {theme}. In "
        "most, the child's lived experience was clear and the plan was reviewed on time. "
        "Gaps: health partners were not always invited to strategy discussions, and "
        "{council} records did not show why cases closed. A re-audit is planned for the "
        "following year.",
        "Section 11 summary for {area}: {n} agencies returned the self-assessment on time. "
        "{trust} rated itself green on training and amber on supervision; {police} asked "
        "for help with the voice of the child standard. The challenge event on {date} at "
        "{venue} will test three of the returns in more depth.",
        "Dip sample of referrals to the front door at {council}: decisions were made within "
        "one working day in {n} of 20 cases. Where the referral came from {ambulance} the "
        "information was good but consent was not always recorded. The findings go to the "
        "quality assurance subgroup in {room} on {date}.",
        "Audit: {n} of 15 files showed the GP was told about the child protection plan.",
        "Audit finding - fathers recorded in most health records, not in school records.",
        "Re-audit of safe sleep advice at {trust} planned for {period}.",
    ),
    "annual_report": (
        "Annual report {period}: the {scp} made {n} serious incident notifications, "
        "completed every rapid review within 15 working days, commissioned two local reviews "
        "and published one. Training reached practitioners from {council}, {police}, "
        "{trust} and the voluntary sector. The independent scrutineer's view is on page 4.",
        "Yearly figures for {area}: {n} notifications to the Panel in {period}.",
        "The annual report sets out the contributions of the three partners to the budget.",
        "Scrutineer's foreword drafted for the {period} annual report.",
    ),
    "checklist_note": (
        "Panel notification submitted on {date}.",
        "Partners told on {date}; {police} and {icb} confirmed receipt.",
        "Ofsted and the DfE notified of the death of a looked-after child.",
        "CDOP notified via eCDOP on {date}.",
        "Agency summary requests sent to {n} agencies.",
        "Chronology merged; awaiting {trust}.",
        "Sign-off: {council} yes, {police} yes, ICB pending.",
        "Rapid review sent to the Panel at {time} on {date}.",
        "Decision and rationale shared with the family by the social worker.",
        "Notification clock started from the date {council} became aware.",
    ),
    "chronology": (
        "{date}: {ambulance} conveyed the child to the emergency department at {trust}.",
        "{date} - health visitor new birth visit; no concerns noted.",
        "{date}: {police} attended a report of a disturbance; no arrests.",
        "{date}: referral to {council} from the school; outcome no further action.",
        "{date}: child protection medical at {trust}.",
        "{date}: initial child protection conference; plan under the category of neglect.",
        "{date}: GP appointment missed; letter sent to the family.",
        "{date}: strategy discussion between {council}, {police} and health.",
        "{date}: early help assessment started by the family hub.",
        "{date}: the family moved to a new address within {area}.",
    ),
    "panel_note": (
        "Panel acknowledged receipt of the notification for {ref} on {date}.",
        "The Panel agreed with the decision not to hold a local review.",
        "Panel asked for the rapid review on {ref} to include the views of the school.",
        "Panel response due around {date}; nothing back yet.",
        "The Panel's annual report mentions {theme} again this year.",
        "Panel query answered by the business manager on {date}.",
        "National review recommended for {ref}; the Panel will decide.",
    ),
    "publication_note": (
        "Publication of {ref} paused until the criminal trial ends.",
        "Final report for {ref} to the Panel by {date}, seven working days before publication.",
        "{ref} published on the {scp} website on {date}.",
        "Publication plan agreed with the press offices of {council} and {police}.",
        "The family have been offered a meeting before {ref} is published.",
        "Report to move to the NSPCC repository after a year on the website.",
        "Information about improvements published instead of the full report, by agreement.",
    ),
    "improvement_action": (
        "Action {n}: {trust} to audit the use of its was-not-brought policy by {date}.",
        "Action: {council} front door to record the reason for every no-further-action decision.",
        "Action owner: the {role}; due {date}; status {rag}.",
        "Action complete: new safe sleep leaflet in use by all health visitors.",
        "Action (amber): joint training on {theme} delayed to {period}.",
        "Action: {police} to share domestic abuse notifications with schools by 9am.",
        "Action: {icb} to commission a refresh of GP safeguarding training.",
        "Evidence for action {n} still awaited from {ambulance}.",
        "Action: every agency to check that fathers are recorded on the child's file.",
        "Improvement plan for {ref}: {n} actions, most {rag}.",
    ),
    "learning_event": (
        "Learning event on {theme}: {date}, {time}, {room}, {venue}.",
        "Practitioner event for {ref} on {date} from {time} to {time2} at {venue}.",
        "Annual safeguarding conference, {venue}, {date}. Theme: {theme}.",
        "Lunchtime briefing on the Panel's findings, {date} at {time}, on Teams.",
        "Learning event moved to {date}, same room ({room}).",
        "Reflective session for the practitioners involved in {ref}, {date}.",
        "Seven minute briefing launch for {ref}, {time}, {venue}.",
    ),
    "training_notice": (
        "'{course}' - {date}, {time} to {time2}, {room}, {venue}.",
        "New dates for '{course}' in {period}; book through the {scp} portal.",
        "'{course}' is full; a waiting list is open.",
        "Reminder: '{course}' tomorrow at {time}, arrive ten minutes early.",
        "'{course}' now online only; links sent to delegates.",
        "Places on '{course}' at {venue} are free to partner agencies.",
        "Cancelled: '{course}' on {date}; delegates will be moved to the next date.",
    ),
    "notice": (
        "Office closed on {date} for the bank holiday; deadlines move to the next working day.",
        "Business unit moving to {venue} from {date}.",
        "Executive meeting rearranged to {date}, {time}, {room}.",
        "Hot desks in {room} at {venue} available to the review team on Tuesdays.",
        "Parking at {venue} is limited; please use the town centre car parks.",
        "The annual report for {period} is now on the website.",
        "Fire alarm test at {venue} on {date} at {time}.",
        "Closure days for {period} added to the partnership calendar.",
    ),
    "slack": (
        "rr for {ref} sent :tada:",
        "panel reply in, they agree",
        "can someone chase {trust} for the health chronology",
        "strat disc notes uploaded to the folder",
        "who's got the minutes from {date}?",
        "sign-off from {police} just landed",
        "ToR v2 in the drive, comments by {date} pls",
        "room's booked - {room}, {venue}",
        "icb still to sign, pinged them again",
        "reminder: notification due fri",
        "cdop form done",
        "tracker updated, 2 reds left",
        "anyone free to minute the RR meeting at {time}?",
        "lcspr draft v3 in, have a read",
        "{ambulance} summary arrived this morning",
        "brb, in the strat disc",
        "the panel acknowledged {ref} :white_check_mark:",
        "pls use roles not names in the summary, ta",
        "learning event slides look great",
        "is the s11 tool the same as last year?",
        "day 12 of 15 for {ref}, on track",
        "training portal down again",
        "got the s47 outcome, adding to chronology",
        "mash notes from {trust} attached in the thread",
        "running 5 mins late for the exec",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child A",
    "Child RT",
    "Infant C",
    "Baby M",
    "Young Person H",
    "Sibling 1",
    "Sibling 3",
    "Unborn Baby D",
    "LK",
    "P.S.",
    "Child E and Child F",
    "Kittiwake",
    "Cobalt",
    "Shale",
    "Tern",
    "Flagstone",
    "Slate",
    "Marram",
    "Oriel",
    "Child Y",
    "Infant TW",
    "Baby JN",
    "Young Person B",
    "MD",
    "G",
    "Child Z",
    "Sibling K",
    "A.W.",
    "Baby R and Baby S",
    "Child PV",
    "Young Person LE",
    "HB",
    "Infant J",
    "Unborn Child N",
)


def _uses(template: str, n: int) -> int:
    """How many samples a benign template gives: once with nothing to fill, else twice, and
    every fifth template of a register three times."""
    return 1 if "{" not in template else 3 if n % 5 == 4 else 2


def _written(rng: random.Random, template: str, lap: int) -> str:
    """A benign template filled for the ``lap``-th area in turn; each area's partners of a
    kind taken in turn too, so that every one is named."""
    area_name = PARTNERSHIPS[lap % len(PARTNERSHIPS)]
    area = AREAS[area_name]
    turn = lap // len(PARTNERSHIPS)
    values = {kind: area[kind][turn % len(area[kind])] for kind in KINDS}
    values |= {"area": area_name, "scp": SCP[area_name], "venue": area["venue"][turn % 2]}
    values |= {key: rng.choice(choices) for key, choices in DRAWS.items()}
    values |= dict(zip(("role", "role2"), rng.sample(ROLES, 2), strict=True))
    values |= dict(
        zip(("time", "time2"), sorted(rng.sample(TIMES, 2), key=TIMES.index), strict=True)
    )
    values |= {key: _date(rng, (2027, 2029), WHEN_FORMS) for key in ("date", "date2")}
    return _fill(template, values | {"n": str(rng.randint(2, 14))})


def _benign(rng: random.Random) -> list[Sample]:
    laps = itertools.count()
    out = [
        Sample(register, "text", _written(rng, template, next(laps)), False, f"hand-{register}")
        for register, templates in BENIGN.items()
        for n, template in enumerate(templates)
        for _ in range(_uses(template, n))
    ]
    return out + as_pseudonyms(BENIGN_PSEUDONYM_TEXT)


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("nineteenth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
