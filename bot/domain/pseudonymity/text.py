"""How the guard reads text: normalised, folded and split into words, looked up in the
name and word lists, with the words of the work that are never a name alone. Every check
reads text so, so the other modules build on this one."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import NamedTuple

#: Small words that begin or join phrases; never a name, never a street or school name.
_FUNCTION = frozenset(
    """
    a an the and or of in on at by for from to with without into onto after before during
    following since until when while whilst where as although though but so then there
    this that these those it he she they we i you me him them us his her their our its my
    your both all each every no not none some any many several one two three four five six
    seven eight nine ten first second third later earlier yesterday today tomorrow
    overnight subsequently previously initially however also further additionally
    currently recently around about over under between within despite because once
    unfortunately prior throughout neither either nor next last other others another such
    same only just even still again most more less much very what which who whom whose why
    how if unless whether yet never always often sometimes meanwhile thereafter afterwards
    eventually finally firstly secondly is was were be been being are has have had do does
    did done can could will would should must might may shall up down out off near via per
    than too here away back home own new old same different previous current local nearby
    """.split()  # noqa: SIM905 (a word list reads best as words)
)

#: Words that are not a person's name on their own even where a name list has them: the
#: child and family by role, agencies, posts, services and procedures, time, places and
#: heritage in general, and acronyms. Lower case; a possessive is removed before looking up.
_GENERIC = _FUNCTION | frozenset(
    """
    child children baby babies young person persons people sibling siblings infant teenager
    subject
    boy girl twin twins case unborn newborn toddler youth brother sister son daughter pupil
    student mother father mum dad mummy daddy parent parents parental stepfather stepmother
    step grandmother grandfather grandparent grandparents nan nana gran grandma grandad aunt
    uncle cousin partner carer carers foster fostering kinship connected family families
    guardian guardianship special adoption adoptive adopter birth maternal paternal extended
    household neighbour neighbours friend friends victim adult adults vulnerable male female
    man woman men women lady gentleman stranger relative relatives older younger elder eldest
    youngest brown green grey gray red pink purple yellow orange blue mercedes
    operation encompass witness witnesses safeguard executive united fc city town rovers
    athletic scale score coma troubled scrutineer scrutiny glasgow stage avon hong kong eve
    roman queen king prince princess
    police constabulary force officer officers constable detective sergeant inspector
    public investigation investigations crime major control room neighbourhood policing
    hospital hospitals infirmary royal general university council trust foundation nhs
    board panel ofsted cqc cafcass safeguarding partnership partners health education
    probation ambulance paramedic paramedics crew team teams unit emergency accident urgent
    treatment department a&e gp gps icb ccg integrated clinical commissioning group local
    authority county borough city district metropolitan national social care services
    service worker workers manager managers lead leads designated named nurse doctor
    paediatrician paediatric paediatrics consultant midwife midwifery maternity antenatal
    postnatal perinatal neonatal intensive ward visitor visiting liaison therapist therapy
    speech language occupational dental pharmacy surgery clinic centre center practice
    practitioner primary community mental wellbeing disability disabilities learning
    syndrome disorder medical medicals examination post mortem death deaths sudden
    unexpected infancy school teacher headteacher head class form tutor attendance welfare
    inclusion pastoral exclusion alternative provision elective reception sixth
    higher virtual independent reviewing secure residential accommodation supported
    homes custody prison hmp yoi institution respite contact duty hours director
    principal assistant adviser advisor advocate advocacy coordinator chair support key
    review reviews rapid serious incident incidents notification protection plan plans
    conference strategy discussion meeting meetings section early help looked leaving
    leaver leavers core need needs single assessment assessments risk threshold level
    levels signs safety graded profile toolkit pathway programme policy procedure
    procedures protocol guidance framework report reports referral referrals enquiry
    enquiries hearing hearings order orders court courts crown prosecution magistrates
    judge legal gateway letter proceedings interim supervision arrangements prohibited
    steps molestation law outline coroner coroners inquest justice offending housing
    domestic abuse violence neglect physical sexual emotional harm significant category
    refuge drug drugs alcohol substance misuse recovery criminal exploitation lines
    missing episode episodes multi agency agencies hub front door interpreter working
    together initial secretary state professional professionals curiosity voice think
    joint response event events audit concern concerns theme themes outcome
    outcomes action actions recommendation recommendations covid lockdown pandemic
    camhs mash lado sudi sudc cdop lscp lcspr cspr scr marac mappa picu nicu dfe cps cid
    edt yot yjs send senco ehcp adhd asd ptsd mri ct cpr dsl iro sw hv cin cla lac cp uk
    dcs yp nrm mosaic sen ics ics ehc iap cse cce fgm dbs ms ed
    england wales scotland northern ireland britain british english welsh scottish irish
    european north south east west central greater black white asian mixed caribbean
    african indian pakistani bangladeshi chinese arab gypsy roma traveller heritage muslim
    christian catholic jewish sikh hindu buddhist islam somali polish romanian eritrean
    afghan syrian kurdish albanian vietnamese nigerian ghanaian
    christmas easter eid ramadan diwali hanukkah year years bank holiday holidays day days
    tue tues thur thurs
    week weeks month months morning afternoon evening night weekend summer winter spring
    autumn monday tuesday wednesday thursday friday saturday sunday january february march
    april june july august september october november december zoom microsoft online
    london birmingham manchester liverpool leeds sheffield bristol newcastle nottingham
    leicester coventry bradford hull stoke derby plymouth southampton portsmouth reading
    brighton york cambridge oxford norwich exeter bath chester lincoln durham carlisle
    cardiff swansea newport kent essex surrey sussex devon cornwall dorset somerset
    cumbria lancashire yorkshire norfolk suffolk midlands merseyside cheshire
    hertfordshire berkshire hampshire wiltshire gloucestershire shropshire
    staffordshire derbyshire nottinghamshire leicestershire lincolnshire
    northamptonshire warwickshire worcestershire herefordshire oxfordshire
    buckinghamshire bedfordshire cambridgeshire northumberland camden hackney
    islington lambeth southwark croydon wigan bolton salford oldham rochdale
    india pakistan bangladesh china africa asia europe america poland romania
    jamaica nigeria ghana somalia eritrea afghanistan syria iraq iran turkey
    """.split()  # noqa: SIM905 (a word list reads best as words)
)

#: Titles before a surname; a clinician's marks them as a clinician.
_CLINICIAN_TITLES = frozenset({"dr", "doctor", "prof", "professor"})
_TITLES = _CLINICIAN_TITLES | {"mr", "mrs", "ms", "miss", "mx"}


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u034f\u180e\u200b\u200c\u200d\u2060\ufeff"))
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u02bc\u0060\u00b4"), "'")


def normalise(text: str) -> str:
    """The text as the checks read it: NFKC, no invisible characters, any digit as an ASCII
    one, one kind of dash and apostrophe, a word broken across lines with a hyphen whole
    again, and each run of spaces and line breaks one space."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    plain = text.isascii()
    if not plain:
        text = text.translate(_DASHES).translate(_QUOTES)
    if "-" in text and "\n" in text:
        text = _BROKEN_WORD.sub("", text)
    if not plain:
        text = "".join(map(_plain, text))
    return " ".join(text.split())


#: A word broken across lines with a hyphen ("Ama-\nra"), which a reader reads whole.
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*-?(?=[^\W\d_])")


def _plain(ch: str) -> str:
    category = unicodedata.category(ch)
    if category == "Nd":
        return str(unicodedata.digit(ch))
    if category == "Cf":
        return ""
    if category in ("Cc", "Zl", "Zp"):
        return " "
    return ch


@dataclass(frozen=True)
class _Lexicon:
    forenames: frozenset[str]
    surnames: frozenset[str]
    everyday: frozenset[str]  # names that are also everyday words
    words: frozenset[str]  # everyday English words
    known: frozenset[str]  # words of safeguarding work and of places: never a name alone
    terms: frozenset[str]  # the words of safeguarding work alone
    places: frozenset[str]  # places and smaller towns of two words or more, ``low`` joined
    place_starts: frozenset[str]  # the first words of those
    accented: frozenset[str]  # words of the lists written with accents, as they spell them
    misspelt: frozenset[str]  # common misspellings of English words: slips, not names
    towns: frozenset[str]  # ``known`` and the first words of smaller towns: a venue's town
    town_names: frozenset[str]  # smaller towns of two words or more, as ``places``
    villages: frozenset[str]  # villages of one word: where a clause places, or a building's


@cache
def _lexicon() -> _Lexicon:
    """The name and word lists shipped in ``bot/rules/names``, read once."""
    folder = resources.files("bot.rules").joinpath("names")

    def read(name: str) -> frozenset[str]:
        lines = folder.joinpath(name).read_text(encoding="utf-8").splitlines()
        return frozenset(
            line.strip().casefold() for line in lines if line.strip() and line[0] != "#"
        )

    forenames, surnames = read("forenames.txt"), read("surnames.txt")
    places = [[_fold(_possessive(w)) for w in _TOKEN.findall(p)] for p in read("places.txt")]
    towns = [[_fold(_possessive(w)) for w in _TOKEN.findall(t)] for t in read("towns.txt")]
    villages = [[_fold(_possessive(w)) for w in _TOKEN.findall(v)] for v in read("villages.txt")]
    # a smaller town or a village of two words or more is one place too ("Kings Hill",
    # "Seaton Carew"), unless it reads as a forename and a surname ("Harold Wood")
    named = [
        t for t in towns + villages if len(t) > 1 and not (t[0] in forenames and t[-1] in surnames)
    ]
    # a first word spelt as a plural is written as a possessive too ("Bishop's Stortford"),
    # and a possessive is read without its "'s"
    spelt = [[p[0][:-1], *p[1:]] for p in places + named if len(p) > 1 and _plural(p[0])]
    joined = frozenset(" ".join(place) for place in places + named + spelt if len(place) > 1)
    known = read("terms.txt") | {word for place in places for word in place} | joined
    accented = {
        word for line in read("places.txt") | read("terms.txt") for word in _TOKEN.findall(line)
    }
    return _Lexicon(
        forenames,
        surnames,
        read("everyday.txt"),
        read("words.txt"),
        known,
        read("terms.txt"),
        joined,
        frozenset(place[0] for place in places + named + spelt if len(place) > 1),
        read("accented.txt") | {word for word in accented if not word.isascii()},
        read("misspellings.txt"),
        known | {town[0] for town in towns if town},
        frozenset(" ".join(town) for town in towns if len(town) > 1),
        frozenset(village[0] for village in villages if len(village) == 1),
    )


#: What names a child in a review before a letter or a chosen word: "Child K", "Young
#: Person Alpha", "YP J", "Sibling B", "Twin 1".
_LABELS = ("child", "person", "yp", "sibling", "twin")


#: A word: letters with inner apostrophes (O'Brien, Children's, A&E). Hyphens, dots and
#: underscores separate words, so "jane-smith", "jane.smith" and "jane_smith" are two.
_TOKEN = re.compile(r"[^\W\d_]+(?:['&][^\W\d_]+)*")
#: What ends a sentence before a word, or opens a list's item ("• Practitioners said").
_SENTENCE_ENDS = frozenset(".!?;:)]•·▪*")
_FOLD = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "\u0131": "i"}
)

#: The last word of a phrase naming an organisation, a service, a post, a place, a law or a
#: procedure: "Leeds Hospital", "Lucy Faithfull Foundation", "Independent Reviewing Officer",
#: "Clare's Law". A person's name ends in the name itself ("Mother Jane", "Jane Smith").
_HEADS = frozenset(
    """
    police constabulary force hospital hospitals infirmary council trust foundation
    service services team unit board partnership panel authority court centre center
    clinic practice surgery department hub ward group agency office health care nhs icb
    ccg home homes provision conference meeting meetings discussion assessment
    assessments plan plans review reviews enquiry enquiries order orders report reports
    referral referrals hearing hearings procedure procedures protocol policy guidance
    framework pathway programme toolkit profile outline proceedings episode episodes
    officer officers nurse nurses doctor doctors worker workers visitor visitors manager
    managers lead leads consultant paediatrician midwife teacher headteacher adviser
    advisor chair coordinator practitioner advocate therapist director syndrome disorder
    event events audit response law act scheme disease palsy principle charity society
    project institute college university school academy fund
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Organisations among those: a name before one is the organisation's ("Queen Elizabeth
#: Hospital"); a post after a name is still a person ("Jane Smith, Social Worker").
_ORGANISATIONS = frozenset(
    """
    police constabulary force hospital hospitals infirmary council trust foundation
    service services team unit board partnership panel authority court centre center
    clinic practice surgery department hub ward group agency office nhs icb ccg home homes
    law act scheme syndrome disease palsy principle charity society project institute
    college university school academy fund programme review executive committee
    cic cio ltd limited plc llp
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Words after a name that make it the name of a thing: "Crohn's disease", "the Jay report".
_EPONYMOUS = (_ORGANISATIONS - {"home", "homes"}) | {
    "mash",
    "lscp",
    "scp",
    "icb",
    "camhs",
    "yot",
    "yjs",
    "edt",
    "cdop",
    "marac",
    "lado",
    "partnership's",
    "report",
    "reports",
    "inquiry",
    "review",
    "tool",
    "toolkit",
    "model",
    "approach",
    "test",
    "basket",  # a Moses basket, where a baby sleeps
}
#: Bodies, meetings, plans and posts of the work: a date "on" after one is their date.
_WORK_NOUNS = _HEADS | _EPONYMOUS
#: Verbs that follow a person at the start of a sentence ("Grace was taken to hospital").
_PERSON_VERBS = frozenset(
    """
    was is has had said says told tells attended attends lives lived disclosed discloses
    reported reports became went goes came comes returned stayed stays died suffered
    sustained presented presents arrived left ran moved and
    """.split()  # noqa: SIM905 (a word list reads best as words)
)

#: Nouns of buildings and rooms that a place's name is written before, as a venue is named:
#: "Tamsford community hall", "Orbury fire station", "Lessingham library study room"; a
#: date with one after it is the date of what happens there ("01.01.2029, Civic Offices").
_BUILDINGS = frozenset(
    """
    station library hall halls room rooms suite suites chapel church mosque temple gurdwara
    synagogue pavilion campus depot building buildings stadium theatre museum barracks offices
    palace complex parlour chamber maltings guildhall playhouse exchange
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


class _Token(NamedTuple):
    """A word as the name checks read it (a tuple: one is made for every word checked)."""

    text: str
    low: str  # lower case, without a possessive or accents
    start: int
    end: int
    capital: bool  # written with a capital where the text has lower case too
    starts_sentence: bool
    possessive: bool
    camel: bool  # written against the word before ("Smith" in "JaneSmith")


def _tokens(norm: str) -> Iterator[_Token]:
    mixed = _mixed_case(norm)
    known = _lexicon().known
    previous_end = 0
    for match in _TOKEN.finditer(norm):
        offset, end = match.span()
        gap = norm[previous_end:offset]
        first = (
            (gap != " " or not previous_end)
            and (  # most words follow a space alone
                (previous_end == 0 and not gap.strip())
                or gap.rstrip()[-1:] in _SENTENCE_ENDS
                or gap == " - "  # a title's part: "Practice Review - Willow"
            )
        )
        if first and previous_end and gap.lstrip().startswith("."):
            # "J. Smith": an initial's full stop ends no sentence
            before = norm[norm.rfind(" ", 0, previous_end) + 1 : previous_end]
            first = len(before.strip(".")) > 1
        word = match.group()
        low = word.casefold()
        previous_end = end
        # "JaneSmith" is two words, "YouTube" one (a lexicon's own words are lower case)
        if not mixed or word[2:].islower() or low in known:
            # most words: one token, made as ``_Token._make`` does but without its checks,
            # and plain ones without the work of splitting or folding
            plain = low.isascii() and "'" not in low
            yield tuple.__new__(
                _Token,
                (
                    word,
                    low if plain else _looked_up(low),
                    offset,
                    end,
                    word[0].isupper() if mixed else True,
                    first,
                    not plain and low.endswith(("'s", "'")),
                    False,
                ),
            )
            continue
        for n, part in enumerate(_camel_parts(word)):
            low = part.casefold()
            yield _Token(
                part,
                _looked_up(low),
                offset,
                offset + len(part),
                part[0].isupper(),
                first and n == 0,
                low.endswith(("'s", "'")),
                n > 0,
            )
            offset += len(part)


def _camel_parts(word: str) -> list[str]:
    """The words written together in camel case in ``word``, in any script: "JaneSmith",
    "KenterÜlker", but "McDonald" whole (a capital after two small letters begins one)."""
    cuts = [
        i
        for i in range(2, len(word))
        if word[i].isupper() and word[i - 1].islower() and word[i - 2].islower()
    ]
    return [word[a:b] for a, b in pairwise([0, *cuts, len(word)])]


#: Kin and household: a name is expected beside them ("mum angelika", "joannes stepdad").
_KIN_WORDS = """
    mum mummy mam mom dad daddy mother father stepdad stepmum stepfather stepmother brother
    sister nan nana gran grandma grandad grandmother grandfather aunt auntie uncle cousin
    partner boyfriend girlfriend husband wife son daughter sibling carer
    """.split()  # noqa: SIM905 (a word list reads best as words)
_KIN = frozenset(_KIN_WORDS)


def _generic(token: _Token, own: set[str]) -> bool:
    """Whether ``token`` cannot be part of a person's name: a generic word, a word of an
    allowed pseudonym, an initial, or a short acronym ("KM", "A&E")."""
    if len(token.low.replace("&", "")) <= 1 or token.low in _GENERIC or token.low in own:
        return True
    return _in_capitals(token.text)  # an acronym ("KM", "NSPCC"): capitals alone say nothing


def _in_capitals(text: str) -> bool:
    """Written as an acronym is: in capitals, or in capitals with a plural's "s" ("GPs")."""
    return text.isupper() or (len(text) > 2 and text[-1] == "s" and text[:-1].isupper())


def _is_name(low: str, lex: _Lexicon) -> bool:
    return low in lex.forenames or low in lex.surnames


def _chosen(low: str, lex: _Lexicon) -> bool:
    """Whether ``low`` is an everyday word that no name list has, as pseudonyms are chosen
    ("the Pebble family", "called Harbour"): named so, it names no one."""
    return low in lex.words and not _is_name(low, lex)


def _only_surname(low: str, lex: _Lexicon) -> bool:
    return low in lex.surnames and low not in lex.forenames


def _words(texts: Collection[str]) -> set[str]:
    """The words of ``texts``, as the name check compares them."""
    return {token.low for text in texts for token in _tokens(normalise(text))}


def _looked_up(low: str) -> str:
    """A lower-case word as the lists spell it: without a possessive or accents (the checks
    run once per word, so the common plain word skips both)."""
    return _fold(_possessive(low)) if "'" in low or not low.isascii() else low


def _plural(low: str) -> bool:
    """Whether a place's word reads as a plural that may be a possessive ("Bishops")."""
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


def _after_the(norm: str, start: int) -> bool:
    """Whether the word at ``start`` follows "the" and a space, as no person's name does."""
    return norm[max(0, start - 4) : start].casefold() == "the " and (
        start < 5 or not norm[start - 5].isalnum()
    )


def _possessive(low: str) -> str:
    """Without a possessive: "Children's" and "children" look up alike."""
    return low.removesuffix("'s").removesuffix("'")


def _fold(low: str) -> str:
    """Without accents, so "Zoë" and "Wiśniewski" look up as the lists spell them."""
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _mixed_case(norm: str) -> bool:
    """Whether capital letters mean anything: the text has lower-case letters too."""
    return any(ch.islower() for ch in norm)
