"""Refusing identifying details: the bot may hold a case reference and a pseudonym, nothing
that identifies a child or family (a name, date of birth, address, postcode, school, GP
surgery, NHS or National Insurance number, phone number, email address or social-media
handle).

The real details go to the Panel through the government's own system, so text typed into the
bot never needs them, and every form refuses text that looks like one, saying why.

Text is normalised first (Unicode NFKC, so full-width digits and letters count; zero-width
characters and soft hyphens removed; every space and line break one space), then each check
runs case-insensitively. Names are found with a gazetteer of first names and surnames common
in England and Wales (``bot/rules/names/``, each file saying where it comes from): a name
that is not also an everyday word ("walsh", "ella") is refused in any case and shape ("ella
walsh", "E. Walsh", "JaneSmith", "Smith, Jane"); one that is ("Rose", "Hall") only with a
sign that it is a name here (a capital letter mid-sentence, a title, another name beside
it). Two or more capitalised words, one of them no everyday English word and none naming an
organisation, are taken for a name the gazetteer lacks ("Oluwaseun Bello"). A partnership's
allowed words (chosen pseudonyms such as "Willow") and the case's own pseudonym never count
as names. A word no list has is a possible name unless it is a slip a typist makes (a key
beside, letters swapped, doubled or dropped, one vowel for another), capitals read letter by
letter ("NSPCC", "GPs", not "TAVINE"), a contraction ("can't"), or a part of an Act cited
before its number ("Art 6"); so is any word in another script, and any written with accents
that the lists do not spell so ("Máté", not "café"). An everyday word no name list has is a
pseudonym where the text decides it ("will be called Bramble", "Child Lantern's", "the Acorn
children" as a pseudonym); after a review's label so is one some are given as a forename
("Sibling Willow"), but not a surname ("Child Smith") nor any name after "Baby". Two
capitals alone are initials ("NA was seen"). A pseudonym may not hold a name beside a
review's label, a title or a relative ("Young Person Tomasz", "Ms Tomasz", "Mother of
Tomasz", "Baby of Tomasz"), nor a forename with an age ("Tomasz (12)"); a capital "A" or "I"
before a word no list has is an initial ("A Kassaw"); so is, after a label, a forename's
plural ("Child Marisas"), and a word no list has before a noun for a child ("the Dravinek
boy"). A name is given by a verb of calling with its object ("they call the boy Jojo", "call
this child Jojo") and is the subject of a clause reported after a verb of speaking ("says
Bix is"). A place's name is no person's before a body's acronym ("Tamsford LSCP"), joined by
"and" to a second area before a body ("Tamsford and Eskmere Council", or listed between
commas first: "Tamsford, Orbury and Eskmere NHS Trust"), before a capitalised building's
noun no one is called ("Calloway Building"), before two or more nouns ending in a building's
("Orbury fire station", "Orbury Memorial Library"), nor after an area's word ("County
Hall"); a saint's names before a venue's nouns are the venue's ("St Anne's Church Hall"),
and one shaped as a place's after a body or a building's noun and a comma is its town
("Civic Centre, Orbury", "the church hall, Orbury"), as a town the lists know is after an
office block's name ("Tarrow House, Leeds"), a district shaped as a place's ("Kirkbygate,
Leeds") or a street named for a practitioners' course ("refresher, 9am, Tarrow Street,
Leeds"); one shaped as a place's is an area after a word that places the clause ("in
Hollinsford"), alone in brackets after a meeting's or a body's noun ("review meeting
(Hollinsford)") and before "executive" or "committee"; a place a list has as a name too is
one offered with "or" as another to a place ("Barbados or Trinidad"). A name is given after
"goes by" when quoted or a list's ("goes by 'Pip'"). A RAG rating's colour ("Status Amber",
"rated Green.") is a colour. A word no list has before "alternative provision" names a
school. A full date is refused unless the words beside it say what happened on it, in any of
their forms, a verb of minutes before it says what it is set for ("moved to"), a word right
before it places it against the work ("before", "no later than", "w/c") or is a day of the
week ("Monday 5 June 2027"), an event word anywhere in its clause is followed by "on" it, a
time of day follows it ("at 2pm", "midday"; a clock's hour is no year: "3 May, 13:30"), a
short heading before a colon names an event ("Booking open: ..."), a title opening with an
event's or a document's noun ends in it after a comma ("Report of the reviewer to the
executive, 3/5/2027"), it heads an entry
("3/4/2026:", "3/4/2026 |"), or it ends a clause of a semicolon series of dated events, or
it is listed straight after an accepted date ("3/4/2026, 9/7/2026") with no word of birth
after it; "birth" before a noun of the work ("new birth visit") is a stage of care, and a
baby's delivery ("delivered at 32 weeks") dates a birth. Initials with an age or a school
year ("TL, 14", "TL Year 9") are no pseudonym. A run of six digits or more is refused as a
record number.

A message quotes what it found, so it may itself be identifying: show it to the person who
typed the text, and never log it (nor the text).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import NamedTuple

import phonenumbers

PSEUDONYM_MAX = 40

# --- vocabulary ------------------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)

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

#: The abbreviations that cite a part of an Act or regulations before its number, as the
#: Oxford University Standard for the Citation of Legal Authorities (OSCOLA, 4th edition,
#: 2.4.1) gives them: "art 6", "sch 2", "reg 4", "para 3", "pt 1", "ch 2", "r 5", "cl 7".
_CITATIONS = frozenset(
    "art arts sch schs reg regs para paras pt pts ch chs r rr cl cls s ss".split()  # noqa: SIM905
)
_MONTH_RE = re.compile(rf"{_MONTH}|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun")
_NEAR_NUMBER = re.compile(r"\.? ?[0-9]")
#: A day of the month just before a word: a month after it is a date, not a name ("24 Jan").
_DAY_BEFORE = re.compile(r"(?<![0-9])[0-9]{1,2}(?:st|nd|rd|th)?[ -](?:of )?$", re.IGNORECASE)

#: Titles before a surname; a clinician's marks them as a clinician.
_CLINICIAN_TITLES = frozenset({"dr", "doctor", "prof", "professor"})
_TITLES = _CLINICIAN_TITLES | {"mr", "mrs", "ms", "miss", "mx"}
#: Titles written short, which a full stop may follow ("Dr. Osei"); after a title in full,
#: one ends a sentence ("seen by the doctor. Thanks").
_ABBREVIATED = frozenset({"dr", "prof", "mr", "mrs", "ms", "mx"})

#: Verbs that follow a person at the start of a sentence ("Grace was taken to hospital").
_PERSON_VERBS = frozenset(
    """
    was is has had said says told tells attended attends lives lived disclosed discloses
    reported reports became went goes came comes returned stayed stays died suffered
    sustained presented presents arrived left ran moved and
    """.split()  # noqa: SIM905 (a word list reads best as words)
)

#: Verbs of speaking: the word before one, opening a sentence, is who spoke.
_SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "asked", "asks", "disclosed"})

_STREET = (
    r"road|rd|street|st|lane|ln|close|cl|drive|dr|way|avenue|ave|crescent|cres|grove|gardens"
    r"|gdns|place|pl|court|ct|terrace|tce|square|sq|hill|walk|mews|row|park|view|rise|green"
    r"|parade|estate"
)
#: Street words unmistakable even in lower case and without a house number.
_STREET_ALONE = r"road|street|avenue|crescent|grove|terrace|mews|lane|gardens"
#: Words before a street word that do not name one ("a busy road", "the high street").
_STREET_WORDS_NOT_NAMES = frozenset(
    """
    main busy quiet side back high ring country dual slip toll private public long narrow
    wide dark open wrong right bus fast slow memory cycle residential nearby shopping
    neighbouring adjoining adjacent cul de sac dead end same
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Units and counts after a number, never a street name ("3 weeks in the park").
_NOT_STREET_NAMES = frozenset(
    """
    times occasions weeks week days day months month years year hours hour minutes minute
    miles mile metres children child people adults officers calls visits nights night
    separate different other previous further more new
    """.split()  # noqa: SIM905 (a word list reads best as words)
)

_INSTITUTION = (
    r"school|academy|college|nursery|nurseries|primary|infants|juniors|grammar|high|preschool"
    r"|pre-school|playgroup|kindergarten|surgery|medical centre|medical center|health centre"
    r"|health center|medical practice|practice|children's centre|family centre|pru"
    r"|pupil referral unit|alternative provision"
)
#: Institution words that name a place only after a capitalised name ("Riverside Practice").
_INSTITUTION_CAPITALISED_ONLY = frozenset(
    {"practice", "high", "grammar", "primary", "infants", "juniors", "family centre"}
)
#: Words before an institution word that do not name one ("attends nursery", "her school").
_INSTITUTION_WORDS_NOT_NAMES = frozenset(
    """
    attends attended attending attend missed miss misses boarding faith church village
    private mainstream day free junior infant nursery high middle upper lower further
    secondary sixth form new old previous current local same different another pupil heart
    keyhole minor planned needed required post eye knee hip cosmetic elective dental gp
    doctors doctor's emergency urgent routine specialist residential independent state
    catholic primary academy infant's boys girls mixed grammar welsh language forest
    alternative provision hospital leaving left joined started starting changed changing
    at from to after before back out his her their its pru fe dance music drama art arts
    football sports sport swimming driving film summer sunday saturday holiday breakfast
    brain hernia spinal ear cardiac abdominal orthopaedic plastic bariatric day-case
    """.split()  # noqa: SIM905 (a word list reads best as words)
)

_PLATFORMS = (
    r"snapchat|snap|instagram|insta|ig|tiktok|facebook|fb|twitter|discord|whatsapp"
    r"|telegram|youtube|roblox|xbox|psn|playstation|fortnite|kik|threads|reddit|twitch"
)


# --- normalising -----------------------------------------------------------------------------

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


# --- the gazetteer -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Lexicon:
    forenames: frozenset[str]
    surnames: frozenset[str]
    everyday: frozenset[str]  # names that are also everyday words
    words: frozenset[str]  # everyday English words
    known: frozenset[str]  # words of safeguarding work and of places: never a name alone
    terms: frozenset[str]  # the words of safeguarding work alone
    places: frozenset[str]  # places of two words or more, as their words' ``low`` joined
    place_starts: frozenset[str]  # the first words of those
    accented: frozenset[str]  # words of the lists written with accents, as they spell them


@cache
def _lexicon() -> _Lexicon:
    """The name and word lists shipped in ``bot/rules/names``, read once."""
    folder = resources.files("bot.rules").joinpath("names")

    def read(name: str) -> frozenset[str]:
        lines = folder.joinpath(name).read_text(encoding="utf-8").splitlines()
        return frozenset(
            line.strip().casefold() for line in lines if line.strip() and line[0] != "#"
        )

    places = [[_fold(_possessive(w)) for w in _TOKEN.findall(p)] for p in read("places.txt")]
    accented = {
        word for line in read("places.txt") | read("terms.txt") for word in _TOKEN.findall(line)
    }
    return _Lexicon(
        read("forenames.txt"),
        read("surnames.txt"),
        read("everyday.txt"),
        read("words.txt"),
        read("terms.txt") | {word for place in places for word in place},
        read("terms.txt"),
        frozenset(" ".join(place) for place in places if len(place) > 1),
        frozenset(place[0] for place in places if len(place) > 1),
        read("accented.txt") | {word for word in accented if not word.isascii()},
    )


# --- findings ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """What a check found: its kind (a key of ``_ADVICE``) and the words, to quote."""

    kind: str
    found: str


_ADVICE = {
    "nhs": "This looks like an NHS number. Leave it out: it identifies the child.",
    "ni": "This looks like a National Insurance number. Leave it out: it identifies a person.",
    "phone": "This looks like a phone number. Leave contact details out: they identify people.",
    "number": (
        "This has a long number that could identify someone (an NHS, crime or case number). "
        "Use the case reference instead."
    ),
    "record": (
        'This looks like a record number ("{}"). Leave it out: use the case reference instead.'
    ),
    "vehicle": (
        'This looks like a vehicle registration ("{}"). Say "a car" or "a van" without the '
        "registration."
    ),
    "email": (
        'This looks like an email address ("{}"). Leave contact details out: they identify people.'
    ),
    "handle": (
        'This looks like a social-media account ("{}"). Say "on social media" without '
        "naming the account."
    ),
    "postcode": (
        'This looks like a postcode ("{}"). Leave addresses out: they go in the '
        "notification to the Panel, not here."
    ),
    "birth": (
        'This mentions a date of birth ("{}"). Leave it out and give the child\'s age '
        'instead, for example "aged under 1".'
    ),
    "date": (
        'This looks like a full date ("{}"), which could be a date of birth. Give the '
        'child\'s age instead ("aged 4"), and other dates without the year ("3 April") or '
        "as a weekday."
    ),
    "address": (
        'This looks like an address ("{}"). Leave addresses out: say "the family home" or '
        '"a relative\'s home" instead.'
    ),
    "school": (
        'This looks like the name of a school or nursery ("{}"). Say "school" or '
        '"nursery" without naming it.'
    ),
    "surgery": (
        'This looks like the name of a GP surgery or health centre ("{}"). Say "the GP" '
        "without naming the surgery."
    ),
    "clinician": (
        'This looks like a clinician\'s name ("{}"). Use roles (GP, paediatrician, health '
        "visitor) instead of names."
    ),
    "title": (
        "This looks like a person's name (\"{}\"). Use roles (mother's partner, GP, class "
        "teacher) instead of names."
    ),
    "full_name": (
        'This looks like a full name ("{}"). Use the pseudonym and roles (mother, social '
        "worker) instead."
    ),
    "name": (
        'This looks like a person\'s name ("{}"). Use the pseudonym and roles (mother, '
        "social worker) instead."
    ),
}

_QUOTE_MAX = 40


def advice(finding: Finding) -> str:
    """What to tell the person who typed the text: what was found, and what to do."""
    found = finding.found if len(finding.found) <= _QUOTE_MAX else finding.found[:_QUOTE_MAX] + "…"
    return _ADVICE[finding.kind].format(found)


# --- the checks --------------------------------------------------------------------------------


def check_pseudonym(text: str, *, allowed: Collection[str] = ()) -> str | None:
    """Why ``text`` cannot be a pseudonym, or None. Initials that are not the child's
    ("J.K.", "KM"), or one chosen name ("Child K", "Baby Q", "Willow"), are fine; a forename
    with a surname or a surname initial is not ("Jane Smith", "J Smith", "Jane K"), in any
    case or shape ("jane-smith", "JaneSmith", "Smith, Jane")."""
    if not text.strip():
        return 'Enter a pseudonym, such as "Child K" or a chosen first name.'
    if len(text.strip()) > PSEUDONYM_MAX:
        return f"Keep the pseudonym to {PSEUDONYM_MAX} characters or fewer."
    norm = normalise(text)
    if _LINK.search(norm):
        return "A pseudonym cannot contain an email address or a web link."
    if (aged := _INITIALS_AGED.match(norm)) and _fold(
        re.sub(r"[^a-z]", "", aged.group(1).casefold())
    ) not in _LABELS:
        return (
            f'This gives initials with an age ("{norm.strip()}"): together they point to one '
            'child. Use a review\'s label, such as "Child K", or leave the age out.'
        )
    if (aged := _NAME_AGED.match(norm)) and _aged_name(aged.group(1)):
        return (
            f'This gives a name with an age ("{norm.strip()}"): together they point to one '
            'child. Use a review\'s label, such as "Child K", or leave the age out.'
        )
    if _DIGIT.search(norm):
        norm = _PSEUDONYM_LABELS.sub(" ", norm).strip(" -")
    if finding := _number(norm):
        return advice(finding)
    if match := _DATE_PART.search(norm):
        return (
            f'A pseudonym cannot contain a date ("{match.group()}"): it could be a date '
            'of birth. Use initials or a chosen name, such as "Child K".'
        )
    if re.search(r"[0-9]{4,}", norm):
        return (
            "A pseudonym cannot contain a long number. Use initials or a chosen name, such "
            'as "Child K".'
        )
    if match := _POSTCODE.search(norm):
        return advice(Finding("postcode", match.group()))
    if finding := _vehicle(norm) or _address(norm) or _institution(norm):
        return advice(finding)  # what free text may not hold, a pseudonym may not either
    return _pseudonym_name(norm, _words(allowed))


def _pseudonym_name(norm: str, own: set[str]) -> str | None:
    """Why the words of a pseudonym name someone: a full name, a surname, or a name beside
    what labels a child in a review ("Young Person Tomasz", "Child A (Tomasz)")."""
    lex = _lexicon()
    tokens = list(_tokens(norm))
    names: list[_Token] = []
    initials: list[_Token] = []
    words: list[_Token] = []
    for n, token in enumerate(tokens):
        lettered = (
            (len(token.low) == 1 and norm.startswith(".", token.end))
            or _lettered(norm, token)
            or _article_initial(tokens, n, lex, own)
        )  # "A. Kassaw", "Child A", "A Kassaw"
        inverted = (
            names
            and norm[names[-1].end : token.start] == ", "
            and token.capital
            and len(token.low) > 1
            and not norm[token.end :].strip(" .")
        )  # "Dahl, Will": a surname, then a forename a small word spells, ending it
        joined = token.camel or (n + 1 < len(tokens) and tokens[n + 1].camel)
        if (
            token.low in _GENERIC
            and not lettered
            and not (inverted and token.low in _FUNCTION)
            and not (joined and token.low not in lex.words)
        ):  # but a name run together with another may spell an acronym: "PicuDanel"
            continue
        if lettered or _is_initials(token, lex):
            initials.append(token)
        elif token.capital or _is_name(token.low, lex) or token.low not in lex.words:
            names.append(token)  # not a lower-case description ("Child K (aged 6)")
        else:
            words.append(token)
    if (
        len(names) > 1
        or (names and initials)
        or any(_run_together(t.low, lex) or _initial_joined(t, lex) for t in names)
        or any(not t.low.isascii() for t in names)  # a name in another script: "芹"
        or (len(names) == 1 and words and _unknown(names[0], lex, own, typo=False))
    ):  # a word no list has beside an everyday one may be a forename and surname too
        return (
            f'This looks like a full name ("{norm}"). Use initials that are not the child\'s '
            'real ones, or a chosen first name, such as "Child K".'
        )
    surname = next(
        (b for a, b in pairwise(tokens) if a.low in _TITLES and len(b.low) > 1), None
    )  # "Ms Kowalczyk"
    if surname is None and names and names[0].low not in own:
        name = names[0]
        if (
            (_only_surname(name.low, lex) and not _paired_capitals(name))
            or _labelled_name(norm, name, lex)
            or _plural_family(norm, name, lex)
            or _describes_child(norm, name, lex, own)
            or (
                norm[name.end :].casefold().lstrip("' ").startswith(_HOUSEHOLD)
                and not (norm[: name.start].casefold() == "the " and _chosen(name.low, lex))
            )  # but "the Acorn children", as a review names a family by a chosen word
        ):
            surname = name
    if surname is not None and surname.low not in own and surname.low not in _GENERIC:
        return (
            f'This looks like a surname ("{surname.text}"). Use initials that are not the '
            'child\'s, or a chosen first name, such as "Child K".'
        )
    return None


#: Words after a family's surname: "Dravinek family", "Korsu household", "Benn sibling group".
_HOUSEHOLD = ("family", "household", "children", "sibling", "twins", "triplets")
#: What names a child in a review before a letter or a chosen word: "Child K", "Young
#: Person Alpha", "YP J", "Sibling B", "Twin 1".
_LABELS = ("child", "person", "yp", "sibling", "twin")


def _labelled_name(norm: str, name: _Token, lex: _Lexicon) -> bool:
    """Whether ``name`` follows a review's label for a child or a relative "of" one, as a
    name does: "Baby Okonjo" (a hospital names a newborn by the family's surname), "Young
    Person Tomasz", "Mother of Tomasz". After "Baby" a name of the lists is taken for one,
    forename or not (a chosen name for a baby is an initial or a word: "Baby Q", "Baby
    Pebble"); after another label, a name no English word is, or a word no list has, as
    "Child Alpha" or "Child Lantern" may be chosen, nor a forename's plural ("Child
    Marisas")."""
    before = [w for w in norm[: name.start].casefold().split() if w not in _PARTICLES]
    if before[-1:] == ["of"] and before[-2:-1] and before[-2] in _OWNING_LABELS:
        before = before[:-1]  # "Baby of Amara": a newborn by a parent's name, as wards write
    if before[-1:] in (["baby"], ["infant"], ["unborn"]):
        return len(name.low) > 1 and (
            _is_name(name.low, lex) or _unknown(name, lex, set(), acronyms=False, typo=False)
        )
    labelled = before[-1:] and before[-1] in _LABELS
    if not labelled and not (before[-2:-1] and before[-2] in _KIN and before[-1] == "of"):
        return False
    return (
        (_is_name(name.low, lex) and name.low not in lex.words)
        or _unknown(name, lex, set(), acronyms=False, typo=False)
        or _prefixed_short(name.low, lex)
        or _forename_plural(name.low, lex)
    )


#: Nouns for a child that a word before them describes: "the Brackwater girl".
_CHILD_NOUNS = frozenset({"girl", "boy", "girls", "boys", "lad", "lass", "kid", "kids"})


def _describes_child(norm: str, name: _Token, lex: _Lexicon, own: set[str]) -> bool:
    """Whether ``name``, a word no list has, describes a child after it ("the Brackwater
    girl", "Year 6 Zarvik boy"): a family's surname or a place the child is from, not a
    chosen word, which is English ("the Lantern girl")."""
    after = norm[name.end :].casefold().split()
    return (
        after[:1] != []
        and after[0].strip(".,") in _CHILD_NOUNS
        and norm[name.end : name.end + 1] == " "
        and _unknown(name, lex, own, acronyms=False, typo=False)
    )


def _forename_plural(low: str, lex: _Lexicon) -> bool:
    """Whether ``low`` is no word of the lists and reads as one only as a forename's plural
    ("Marisas", "Idas"): after a review's label it is a name ending in "s", as many are,
    not a chosen word, which is whole ("Child Lantern")."""
    return (
        low not in lex.words
        and low.endswith("s")
        and any(
            _is_name(stem, lex) and stem not in lex.surnames - lex.forenames
            for stem in {low[:-1], low.removesuffix("es")}
        )
    )


def _prefixed_short(low: str, lex: _Lexicon) -> bool:
    """Whether ``low`` is no word of the lists but reads as a prefix before a word of four
    letters ("sub-otic", "co-rvin"): a surname begins so more often than a chosen word a
    review gives does, which is a whole word ("Child Granite")."""
    return low not in lex.words and any(
        low.startswith(start) and len(low) - len(start) == 4 and low[len(start) :] in lex.words
        for start in _PREFIXES
    )


def _plural_family(norm: str, name: _Token, lex: _Lexicon) -> bool:
    """Whether ``name`` is a family by its surname in the plural: "the Kowalskis", "the
    Joneses", but not a chosen word's plural ("the Pebbles")."""
    if not norm[: name.start].casefold().endswith("the ") or not name.low.endswith("s"):
        return False
    singulars = {name.low[:-1], name.low.removesuffix("es")}
    return any(_is_name(low, lex) and low not in lex.everyday for low in singulars) or not any(
        _vocabulary(low, lex, typo=False) for low in singulars
    )


def _initial_joined(token: _Token, lex: _Lexicon) -> bool:
    """Whether ``token`` is an initial written against a surname: "KMarsh", "TŻak"."""
    text = token.text
    if len(text) < 4 or not (text[0].isupper() and text[1].isupper() and text[2:].islower()):
        return False
    rest = token.low[1:]
    return _is_name(rest, lex) or not _vocabulary(rest, lex, typo=False)


#: Words that begin surnames: "de Souza", "van Dijk", "bin Hassan".
_PARTICLES = frozenset("de da del della di du van von der den le la bin ben al el".split())  # noqa: SIM905


def check_free_text(
    text: str, *, max_length: int, pseudonym: str = "", allowed: Collection[str] = ()
) -> str | None:
    """Why ``text`` cannot be kept, or None: too long, or it looks like it holds something
    that identifies a person. Words of ``pseudonym`` and ``allowed`` never count as names,
    so "Child Alpha" may appear in its own case's text."""
    text = text.strip()
    if len(text) > max_length:
        return f"Keep this to {max_length} characters or fewer (it has {len(text)})."
    finding = find_identifying(text, allowed=(*allowed, pseudonym))
    return advice(finding) if finding else None


#: What an export holds in place of free text the confidentiality guard refuses.
WITHHELD = "(withheld: it may identify someone)"


def withheld(text: str, *, pseudonym: str, allowed: Collection[str] = ()) -> str:
    """``text`` as it may leave the bot in a file: :data:`WITHHELD` if the guard refuses it
    now. It passed the guard of the day it was typed; a file leaves Slack for places no one
    can recall it from. The case's pseudonym is no name in its own case's text."""
    return WITHHELD if find_identifying(text, allowed=(*allowed, pseudonym)) else text


def find_identifying(text: str, *, allowed: Collection[str] = ()) -> Finding | None:
    """The first thing in ``text`` that looks like it identifies a person, or None."""
    norm = _unlinked(normalise(text))
    if not norm:
        return None
    if finding := _number(norm) or _contact(norm):
        return finding
    words = _LINK_ADDRESS.sub(lambda link: f" {link.group(1) or ''} ", norm)
    words = _RAG_RATING.sub(_uncoloured, words)
    return (
        _postcode(words)
        or _vehicle(words)
        or _birth(words)
        or _address(words)
        or _institution(words)
        or _person(words, own := _words(allowed))
        or _spelt_out(words, own)
    )


#: A RAG rating: a colour of its scale after a word of rating ("Status Amber", "RAG: Green",
#: "rating Red"; "rated as Amber", "rated Green" ending a clause, but "rated Amber as high
#: risk" rates a girl), in brackets after an action's state ("closed (Amber)") or as what an
#: action is ("Action 4 is now Amber"). Its colour is a colour, not a name nor a place
#: ("Amber", "Green"), and is read as blank.
_RAG_RATING = re.compile(
    r"\b(?:status|rag|rating)(?: (?:is|was|now|of))?[:\s-]{1,3}(?:red|amber|green|blue)\b"
    r"|\brated (?:as )?(?:red|amber|green|blue)(?=[.;)]|$)|\brated as (?:red|amber|green|blue)\b"
    r"|\b(?:open|closed|complete|completed|ongoing|overdue|on track|in progress) "
    r"\((?:red|amber|green|blue)\)"
    r"|\b(?:actions?|recommendations?) [0-9][0-9.]*(?: (?:is|was|are|were|remains?|now|moved to))+"
    r" (?:red|amber|green|blue)\b",
    re.IGNORECASE,
)


_RAG_COLOUR = re.compile(r"red|amber|green|blue", re.IGNORECASE)


def _uncoloured(rating: re.Match[str]) -> str:
    """A RAG rating with its colour blanked (its place kept, so what is found is quoted
    from where it stands), as no name nor street is read in it."""
    text = rating.group()
    colour = list(_RAG_COLOUR.finditer(text))[-1]
    return text[: colour.start()] + " " * len(colour.group()) + text[colour.end() :]


#: What Slack writes for a member, a channel or a group ("<@U0123ABCD>", "<!here>"), and
#: a case reference ("SI-2026-0001"): never a person.
_CASE_REFERENCE = r"\b[A-Z]{2,6}[-/](?:19|20)[0-9]{2}[-/][0-9]{1,6}\b"
_SLACK_MARKS = re.compile(
    r"<@[^<>\s|]{1,40}(?:\|[^<>]{0,80})?>|<[#!][^<>\s|]{1,80}(?:\|([^<>]{0,80}))?>"
    rf"|{_CASE_REFERENCE}",
    re.IGNORECASE,
)
#: What a pseudonym may hold besides the name: its case's reference ("CSPR-2026-004 Child
#: K"), a review's kind with its number in the partnership's series ("LCSPR 12/03", the
#: twelfth of 2003: no date of birth is written after a review's name), and a year in
#: brackets, as published reviews are named ("Child K (2024)"); a year says less than the
#: age a note may give.
_DIGIT = re.compile("[0-9]")
_REVIEW_KINDS = r"lcspr|cspr|lcsr|scr|rr|dhr|sar|llr"
_PSEUDONYM_LABELS = re.compile(
    rf"{_CASE_REFERENCE}|\b(?:{_REVIEW_KINDS})[ -]?[0-9]{{1,4}}(?:/[0-9]{{2,4}})?\b"
    r"|\((?:19|20)[0-9]{2}\)",
    re.IGNORECASE,
)
#: Initials alone, then an age: "TL, 14", "N.L. (12 yrs)", "KM aged 9". A practitioner's
#: shorthand for a child they know, not a pseudonym a review gives ("Child K, 9").
_INITIALS_AGED = re.compile(
    r"\s*((?:[A-Z]\.? ?){2,3})\s*(?:(?:,\s*|\(\s*|aged\s+|age\s+)+(?:aged\s+)?[0-9]{1,2}"
    r"\s*(?:yrs?|years?(?: old)?|y/?o|y)?|(?:,\s*|\(\s*)?(?i:year|yr|y) ?[0-9]{1,2})"
    r"\.?\s*\)?\s*$"
)
#: One word, then an age as :data:`_INITIALS_AGED` reads one: "Tomasz (12)", "Ama, 9".
_NAME_AGED = re.compile(
    r"\s*([^\W\d_][^\W\d_'-]*(?:['-][^\W\d_]+)?)\s*(?:,\s*|\(\s*|aged\s+|age\s+)+"
    r"(?:aged\s+)?[0-9]{1,2}\s*(?:yrs?|years?(?: old)?|y/?o|y)?\.?\s*\)?\s*$"
)


def _aged_name(word: str) -> bool:
    """Whether ``word``, given with an age as a whole pseudonym, is a forename: one the
    gazetteer has or no word of English ("Tomasz (12)", "Oyelaran, 9"). A forename and an
    age point to one child, as initials and an age do; a review's label or a chosen word of
    English ("Child (7)", "Granite (7)") names no one."""
    lex = _lexicon()
    low = _fold(word.casefold())
    if low in _LABELS or low in _GENERIC or low in lex.known:
        return False
    return _is_name(low, lex) or low not in lex.words


#: An emoji code (":warning:", ":white_check_mark:", ":thumbsup:").
_EMOJI = re.compile(r"(?<![\w:]):([a-z0-9_+-]{1,40}):(?![\w:])")


def _emoji(code: re.Match[str]) -> str:
    """An emoji code made of words gone, so it is read as no name; any other kept, so a
    name cannot hide between colons (":kerrianne:")."""
    words = _lexicon().words
    parts = [part for part in re.split(r"[_+-]", code.group(1)) if not part.isdigit()]
    if all(
        part in words
        or any(part[:cut] in words and part[cut:] in words for cut in range(2, len(part) - 1))
        for part in parts
    ):
        return " "
    return code.group()


#: A web address, bare or as Slack links it ("<https://…|the guidance>", keeping its label):
#: read for contact details, but its path holds no one's name.
_LINK_ADDRESS = re.compile(r"<https?://[^<>|\s]{1,500}(?:\|([^<>]{0,200}))?>|https?://\S{1,500}")


def _unlinked(norm: str) -> str:
    """``norm`` without Slack's marks and emoji codes."""
    if ":" in norm:
        norm = _EMOJI.sub(_emoji, norm)
    if "<" not in norm and "-" not in norm and "/" not in norm:
        return norm
    return _SLACK_MARKS.sub(lambda mark: f" {(mark.group(1) or '').lstrip('@')} ", norm)


# --- numbers -------------------------------------------------------------------------------------

_SPACED_TEN = re.compile(r"(?<![0-9])[0-9](?:[ .-]?[0-9]){9}(?![0-9])")
_NI = re.compile(r"\b[a-z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[a-d]\b", re.IGNORECASE)
#: A run of six digits or more, as record numbers of every system are ("ref 8830412"), but
#: not an amount ("£250000"): no date, time, count or reference of the work is so long.
_LONG = re.compile(r"(?<![£$€0-9])[0-9]{6,}")
_COMPACT = re.compile(r"(?<![0-9])[0-9]{6,8}(?![0-9])")
#: A number of five digits or more beside the name of the system or register that holds it:
#: "Mosaic ID 3345127", "EHM case 50731", "hospital number RX1234567", "crime ref 12345/26".
_SYSTEMS = (
    r"mosaic|lcs|ehm|liquid ?logic|systmone|systm one|emis|rio|carefirst|eclipse|paris|capita"
    r"|servelec|frameworki|wcs|niche|athena|storm|cad|pnc|crn|mrn|urn|upn|nhs|hospital"
    r"|patient|crime|incident|occurrence|case|record|file|log|client|person|pupil|child"
    r"|cris|custody|sims|arbor|cpoms|myconcern|carenotes|lorenzo|cerner|badgernet"
)
#: A verb between a record's name and its number: "the Mosaic ID is 3345127".
_LINKING = r"(?:\.? ?(?:is|was|being|of|reads|=)\b)"
_RECORD = re.compile(
    rf"\b(?:{_SYSTEMS})\b(?:[^0-9.;:!?]{{0,24}}?\b(?:id|no|number|num|ref|reference|record"
    rf"|log)\b{_LINKING}?)?[^0-9a-z]{{0,3}}(?:[a-z]{{0,4}}[/-]?|[0-9]{{1,4}}/)[0-9]{{5,}}"
    rf"|\b(?:number|no|num|ref|reference|id)\b{_LINKING}?\.?\s*[:#]?\s*"
    r"(?!(?:19|20)[0-9]{2}[/-][0-9]{1,4}\b|[0-9]{1,2}/(?:19|20)[0-9]{2}\b)"  # "2026/014"
    r"(?=(?:[a-z/-]*[0-9]){5})[a-z0-9/-]+"
    r"|\b(?:storm|cad|log)(?: log| no| number| ref)?\W{0,3}(?!(?:19|20)[0-9]{2}\b)"
    r"(?![0-2][0-9][0-5][0-9] ?(?:hrs|hours|h)\b)[0-9]{4,}"  # but a time: "log 2215hrs"
    # letters, digits, letters, digits, as a court numbers its cases (court, year, kind,
    # serial); no word, date or time is written so
    r"|\b[a-z]{1,4}[0-9]{1,4}[a-z]{1,3}[0-9]{4,}\b",
    re.IGNORECASE,
)
#: What every record number holds, looked for first: it is far quicker than _RECORD.
_RECORD_DIGITS = re.compile(r"[0-9]{4}|(?:[0-9][/-]?){5}")
_PHONE_LIKE = re.compile(r"(?:\+|\((?=[0-9])|(?<![0-9])0)[0-9 ().-]{8,24}[0-9]")


def _number(norm: str) -> Finding | None:
    digits = len(_DIGIT.findall(norm))
    if digits < 4:
        return None
    # each pattern is looked for only where the text has as many digits as it holds
    tens = list(_SPACED_TEN.finditer(norm)) if digits >= 10 else []
    for ten in tens:
        if _nhs_valid(re.sub(r"[^0-9]", "", ten.group())):
            return Finding("nhs", ten.group())
    if digits >= 9 and (phone := _phone(norm)):
        return Finding("phone", phone)
    for ten in tens:
        if ten.group()[0] in "12378" and "." not in ten.group():
            return Finding("phone", ten.group())  # a UK number without its 0: "7700 900123"
    if digits >= 6 and (ni := _NI.search(norm)):
        return Finding("ni", ni.group())
    for run in _COMPACT.finditer(norm) if digits >= 6 else ():
        if _compact_date(run.group()):
            return Finding("date", run.group())
    if _RECORD_DIGITS.search(norm) and (record := _RECORD.search(norm)):
        return Finding("record", record.group())
    if digits >= 6 and (long := _LONG.search(norm)):
        return Finding("number", long.group())
    return None


def _nhs_valid(digits: str) -> bool:
    """Whether ten digits pass the NHS number's modulus 11 check."""
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return check != 10 and (check % 11) == int(digits[9])


def _phone(norm: str) -> str | None:
    """A UK phone number (or an international one written with +), by Google's rules, in
    each stretch of digits that starts as one does (so a long text is read once)."""
    for candidate in _PHONE_LIKE.finditer(norm):
        for match in phonenumbers.PhoneNumberMatcher(
            candidate.group(), "GB", leniency=phonenumbers.Leniency.POSSIBLE
        ):
            raw = match.raw_string
            if raw.startswith(("0", "+", "(")) and len(str(match.number.national_number)) >= 9:
                return raw
    return None


def _compact_date(digits: str) -> bool:
    """Whether six or eight digits read as a date: ddmmyy, ddmmyyyy or yyyymmdd."""
    readings = [(digits[4:], digits[2:4], digits[:2])]  # (year, month, day)
    if len(digits) == 8:
        readings.append((digits[:4], digits[4:6], digits[6:]))
    for year, month, day in readings:
        full_year = int(year) + (2000 if len(year) == 2 else 0)
        if 1900 <= full_year <= 2100:
            try:
                date(full_year, int(month), int(day))
            except ValueError:
                continue
            return True
    return False


# --- contact details ---------------------------------------------------------------------------

# Repeats are bounded, as addresses are, so a long run of dots and letters takes no time.
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}")
_AT = r"(?:\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+)"
_DOT = r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\.)"
_TLD = r"(?:com|org|net|uk|gov|nhs|ac|sch|io|me|info|edu|co|biz)"
_SPELT_EMAIL = re.compile(
    rf"\b[\w+-]{{1,64}}(?:{_DOT}[\w+-]{{1,64}}){{0,4}}{_AT}"
    rf"[\w-]{{1,63}}(?:{_DOT}[\w-]{{1,63}}){{0,4}}{_DOT}{_TLD}\b",
    re.IGNORECASE,
)
_AT_WORD = re.compile(r"\bat\b", re.IGNORECASE)
#: How every spelt-out address ends, looked for first: it is far quicker than _SPELT_EMAIL.
_TLD_AFTER_DOT = re.compile(rf"(?:\.|\bdot\s*[\])}}>]?\s*){_TLD}\b", re.IGNORECASE)
_LINK = re.compile(r"https?://|www\.|@", re.IGNORECASE)
#: "@ella_w2015", but not a Slack mention of a member of staff ("<@U0123ABCD>").
_HANDLE = re.compile(
    r"(?<![\w@.<])@(?!(?:here|channel|everyone)\b)[a-z0-9_][a-z0-9_.]{1,29}", re.IGNORECASE
)
_PROFILE = re.compile(rf"\b(?:{_PLATFORMS}|x)\.com/\S+", re.IGNORECASE)
_ACCOUNT = re.compile(
    rf"\b(?:{_PLATFORMS})\b(?:\s+(?:user ?name|handle|account|profile|name|id|tag|gamertag))?"
    r"(?:\s+(?:is|was|as|called|named|of))?\s*[:=]?\s*([a-z0-9_.']+)",
    re.IGNORECASE,
)
_NAMED_ACCOUNT = re.compile(
    r"\b(?:user ?name|handle|gamertag)\b\s*(?:is|was|of|:|=)?\s*([a-z0-9_.']+)", re.IGNORECASE
)


#: Vehicle registrations: the current format ("AB12 CDE") in any case, the older prefix
#: ("A123 BCD") and suffix ("ABC 123D") ones in capitals or after a word that says so.
_CURRENT_PLATE = re.compile(r"\b[a-z]{2}[0-9]{2} ?[a-z]{3}\b", re.IGNORECASE)
_OLD_PLATE = r"\b(?:[A-Z][0-9]{1,3} ?[A-Z]{3}|[A-Z]{3} ?[0-9]{1,3}[A-Z])\b"
_PLATE_WORDS = r"reg|registration|plate|vrm|index"
_PLATE = re.compile(rf"{_OLD_PLATE}|(?i:\b(?:{_PLATE_WORDS})\b\W{{1,12}}){_OLD_PLATE.lower()}")
#: Words that say a vehicle is meant: a registration soon after one is one in any case
#: and whatever its letters spell ("a black van, ab12 the").
_VEHICLE_KINDS = r"(?:car|van|vehicle|truck|taxi|cab|motorbike|motorcycle|moped|scooter)s?"
_VEHICLE_SAID = re.compile(rf"\b(?:{_PLATE_WORDS}|{_VEHICLE_KINDS}|lorry|lorries)\b", re.I)
_ANY_CASE_PLATE = re.compile(rf"{_CURRENT_PLATE.pattern}|{_OLD_PLATE}", re.IGNORECASE)
#: What every registration holds, looked for first: a letter against a digit ("AB12").
_LETTER_BY_DIGIT = re.compile(r"[a-z][0-9]|[0-9][a-z]", re.IGNORECASE)


def _vehicle(norm: str) -> Finding | None:
    if not _LETTER_BY_DIGIT.search(norm):
        return None
    for match in (*_CURRENT_PLATE.finditer(norm), *_PLATE.finditer(norm)):
        letters = re.sub(r"[^a-z]", "", match.group().casefold())
        if letters[-3:] not in _lexicon().known and letters[-3:] not in _GENERIC:
            return Finding("vehicle", match.group())
    if said := _VEHICLE_SAID.search(norm):
        words = _lexicon().words
        for match in _ANY_CASE_PLATE.finditer(norm, said.end()):
            lead = match.group()[:3].casefold()
            if lead in _FUNCTION or lead in words:
                continue  # "the van was 5k": a word and an amount
            if _VEHICLE_SAID.search(norm, max(said.start(), match.start() - 40), match.start()):
                return Finding("vehicle", match.group())
    return None


_DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2"}
_DIGIT_WORDS |= {"three": "3", "four": "4", "five": "5", "six": "6", "seven": "7"}
_DIGIT_WORDS |= {"eight": "8", "nine": "9"}
_SPOKEN_DIGIT = rf"(?:(?:double|treble|triple)\s+)?(?:{'|'.join(_DIGIT_WORDS)})\b"
#: A number read out digit by digit: "oh seven seven double oh nine ...".
_SPOKEN = re.compile(rf"\b{_SPOKEN_DIGIT}(?:[\s,-]+{_SPOKEN_DIGIT}){{7,}}", re.IGNORECASE)
_REPEATS = {"double": 2, "treble": 3, "triple": 3}


def _spoken_number(norm: str) -> str | None:
    """A phone number written in words, ten digits or more once "double" is counted."""
    for match in _SPOKEN.finditer(norm):
        digits, times = "", 1
        for word in re.findall(r"[a-z]+", match.group().casefold()):
            if word in _REPEATS:
                times = _REPEATS[word]
            else:
                digits, times = digits + _DIGIT_WORDS[word] * times, 1
        if len(digits) >= 10:
            return match.group()
    return None


#: Public-sector domains whose role-named mailboxes are a team's, not a person's.
_PUBLIC_DOMAINS = (".gov.uk", ".nhs.uk", ".nhs.net", ".police.uk", ".sch.uk", "nhs.net")


def _team_mailbox(address: str) -> bool:
    """Whether ``address`` is a team's ("mash@kirklees.gov.uk", "cp.referrals@x.nhs.net"):
    a public body's, with a local part of words of work alone (a person's name is not)."""
    local, _, domain = address.casefold().rpartition("@")
    if not domain.rstrip(".").endswith(_PUBLIC_DOMAINS):
        return False
    lex = _lexicon()
    parts = [part for part in re.split(r"[._+-]", local) if part]
    return bool(parts) and all(
        (part in lex.terms or part in lex.words or part in _GENERIC) and not _is_name(part, lex)
        for part in parts
    )


def _contact(norm: str) -> Finding | None:
    if spoken := _spoken_number(norm):
        return Finding("phone", spoken)
    for address in _EMAIL.finditer(norm) if "@" in norm else ():
        if not _team_mailbox(address.group()):
            return Finding("email", address.group())
    if (
        _AT_WORD.search(norm)
        and _TLD_AFTER_DOT.search(norm)
        and (match := _SPELT_EMAIL.search(norm))
    ):
        return Finding("email", match.group())
    handle = _HANDLE.search(norm) if "@" in norm else None
    if match := handle or (_PROFILE.search(norm) if ".com/" in norm.casefold() else None):
        return Finding("handle", match.group().rstrip("."))
    for match in _ACCOUNT.finditer(norm):
        word = match.group(1)
        if re.search(r"[0-9_.]", word.strip(".")) and re.search(r"[a-z]", word, re.IGNORECASE):
            return Finding("handle", match.group())
    for match in _NAMED_ACCOUNT.finditer(norm):
        if match.group(1).casefold() not in _GENERIC:
            return Finding("handle", match.group())
    return None


# --- postcodes, dates of birth, addresses, institutions -------------------------------------

#: A UK postcode: outward code (A9, A99, A9A, AA9, AA99, AA9A) and inward code (9AA). The
#: outward code's letters may be any: one mistyped or made up ("QX4 2AB") still points at
#: an address beside a street, and only the inward code's letters (never C, I, K, M, O or
#: V) keep times and sizes out ("s47 9am", "Y6 2mm").
_POSTCODE = re.compile(
    r"\b[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][ABD-HJLNP-UW-Z]{2}\b",
    re.IGNORECASE,
)

#: A year of two digits after a month's name, but not a clock's hour: "22nd October, 13:30"
#: is a day and a time, not a date of 2013.
_SHORT_YEAR = r"[0-9]{2}(?![:.][0-9])"
#: Full dates with a year: 03/04/2015, 3-4-15, 03 04 2015, 2015-04-03, 3 April 2015,
#: April 3rd, 2015.
_FULL_DATE = re.compile(
    r"\b[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:[0-9]{4}|[0-9]{2})\b"
    r"|\b[0-9]{1,2} [0-9]{1,2} (?:19|20)[0-9]{2}\b"
    r"|\b[0-9]{4}[/.-][0-9]{1,2}[/.-][0-9]{1,2}\b"
    rf"|\b[0-9]{{1,2}}(?:st|nd|rd|th)? ?(?:of )?{_MONTH},? ?'?(?:[0-9]{{4}}|{_SHORT_YEAR})\b"
    rf"|\b{_MONTH} [0-9]{{1,2}}(?:st|nd|rd|th)?,? '?(?:[0-9]{{4}}|{_SHORT_YEAR})\b",
    re.IGNORECASE,
)

#: Anything date-like in a pseudonym, where even a day and month or a year is too much.
_DATE_PART = re.compile(
    rf"{_FULL_DATE.pattern}|\b[0-9]{{1,2}}[/.-][0-9]{{1,2}}\b|\b(?:19|20)[0-9]{{2}}\b"
    rf"|\b[0-9]{{1,2}}(?:st|nd|rd|th)? ?(?:of )?{_MONTH}(?![a-z])"
    rf"|\b{_MONTH} [0-9]{{1,2}}(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)

#: Words that always mean a date of birth.
_BIRTH = re.compile(
    r"\bd[./-]? ?o[./-]? ?b\b\.?|\bdate of birth\b|\bborn on\b(?! time\b)|\bbirth ?date\b",
    re.IGNORECASE,
)
#: A date, or part of one, soon after "born", "b." or "birthday".
_DATEISH = (
    rf"(?:{_MONTH}(?![a-z])|[0-9]{{1,2}} {_MONTH}(?![a-z])|(?:19|20)[0-9]{{2}}\b|'[0-9]{{2}}\b"
    r"|[0-9]{1,2}(?:st|nd|rd|th)\b|[0-9]{6,8}\b|[0-9]{1,2}[/.-][0-9]{1,2}\b)"
)
_BORN = re.compile(
    rf"\b(?:born|b(?:irth)?-?day(?:'s)?|b\.)[:,]?(?: [a-z,']+){{0,5}}?[ :]*{_DATEISH}|\bb\. ?[0-9]",
    re.IGNORECASE,
)


#: An age reached on a day: "turns 5 on 3 April", "will be 15 on 18th June".
_TURNS = re.compile(
    rf"\b(?:turn(?:s|ed|ing)?|will be|(?:is|was) going to be)\s+[0-9]{{1,2}}\b"
    rf"(?:\s+years?(?:\s+old)?)?(?:\s+[a-z]+){{0,3}}?\s+(?:on|in)\s+(?:the\s+)?{_DATEISH}",
    re.IGNORECASE,
)
#: What a dated thing is: a full date with one of these words beside it is when something
#: happened in the work ("Notified the Panel on 3 April 2026"), not a date of birth.
_EVENT_WORDS = frozenset(
    """
    meeting meetings mtg met meet held hold notified notification notify notifications sent
    send emailed email emails received receive reply replied replies response responded
    respond event conference icpc rcpc strategy discussion review reviewed reviews visit
    visited visits attended attend dated letter report reported submitted submit
    agreed signed sign-off published publication referral referred incident called phoned
    contacted deadline due hearing court panel decision decided convened scheduled booked
    arranged planned took place closed opened logged recorded completed returned interview
    interviewed assessment training workshop session audit chronology started ended
    escalated rearranged postponed cancelled adjourned deferred sentenced charged arrested
    inquest appointment appointments rr lcspr cspr dhr sar requested request requests
    chronology chronologies minutes minuted actioned shared circulate circulated date
    dated agenda item items apologies attendees present target completion start end
    extension extend overdue expiry expires webinar briefing seminar masterclass refresher
    forum course courses attendance
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: The verbs of minutes and casework and the groups that meet, which set a date for what
#: they name when they come before it ("moved to 3/4/2026", "to follow 3/4/2026", "the
#: practice subgroup 3/4/2026"); after a date they may say what a person born on it did
#: ("Kai (3/4/2015) presented with"), so only before it do they count.
_PROCESS_WORDS = frozenset(
    """
    follow followed follows follow-up move moved moves rescheduled reschedule brought bring
    forward inform informed informs advise advised update updated updates chase chased
    chasing raise raised raising table tabled note noted approve approved ratify ratified
    endorse endorsed confirm confirmed discuss discussed comment comments feedback
    finding findings outcome outcomes transfer transferred discharge discharged handover
    allocate allocated assign assigned issue issued upload uploaded distribute distributed
    expect expected provide provided produce produced finalise finalised draft drafted
    prepare prepared present presented deliver delivered return review revisit check
    subgroup sub-group committee forum board taf tac cgm huddle briefing supervision call
    catch-up consultation steering group
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Words that date a deadline or the start of a state when they come before the date ("by
#: 24 Dec 2026", "on a plan since 3/4/2026"): no one is born "since" a day.
_DEADLINE_WORDS = frozenset({"by", "until", "till", "since"})
#: Words that place a date against something done, right before it ("send it before 3 May
#: 2026", "reviewed after 3/4/2026", "no later than", "applies from", "w/c"), or a range's
#: end ("between 3/4/2026 and 5/4/2026"): a birthday is when, never before or after what.
_RELATIVE_WORDS = frozenset({"before", "after", "than", "from", "between", "wc"})
_RANGES = (["between", "and"], ["from", "to"], ["w", "c"])
#: A day of the week, in full or short: written right before a full date ("Monday 5 June
#: 2027", "Wed 2/10/2026"), it dates a day of a diary, as a date of birth is never written.
_WEEKDAY = re.compile(
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|weds|thur", re.IGNORECASE
)
_BIRTH_WORDS = frozenset({"born", "dob", "birth", "birthday", "bday", "aged", "age", "turns"})
_CLAUSE_BREAK = re.compile(r"[.;!?]\s")


def _event_date(norm: str, match: re.Match[str]) -> bool:
    """Whether the words beside a full date, in its sentence, say what happened on it: an
    event word in any of its forms ("sessions" as "session", "interviewer" as "interview").
    A word of birth inside a compound ("pre-birth protocol") names a stage of care, not a
    birthday, so compounds are read whole."""
    before = _CLAUSE_BREAK.split(norm[max(0, match.start() - 60) : match.start()])[-1]
    after = _CLAUSE_BREAK.split(norm[match.end() : match.end() + 60])[0]
    prior = _COMPOUND.findall(before.casefold())[-6:]
    words = set(prior) | (set(_COMPOUND.findall(after.casefold())[:6]) - _DEADLINE_WORDS)
    words |= _heading(norm, match.start())
    if words & _BIRTH_WORDS and not _stage_of_care(before, after):
        return False
    if _DELIVERY.search(f"{before} {after}"):
        return False  # "delivered at 32 weeks on 3/4/2021": a baby's delivery is its birth
    if _CLOCK.match(after) or (_ENTRY_HEAD.match(after) and not before.strip(" ,")):
        return True  # "on 3/4/2026 at 2pm", "3/4/2026: visit": an appointment, an entry
    if _in_dated_series(norm, match):
        return True
    if prior[-2:-1] and prior[-1] == "on" and prior[-2] in _WORK_NOUNS:
        return True  # "the court on 2 June 2026": a body of the work sat, or a plan is due
    if (prior[-1:] and prior[-1] in _RELATIVE_WORDS) or prior[-2:] in _RANGES:
        return True
    if prior[-1:] and _WEEKDAY.fullmatch(prior[-1]):
        return True  # "on Tuesday 3 March 2026": a diary's day, set for something done
    if prior[-1:] == ["on"] and _event_on(norm, match.start()):
        return True
    if _titled_by_event(norm, match.start()):
        return True  # "Report of the scrutineer to the executive, 3.5.2027": a title's date
    return (
        bool(words & _DEADLINE_WORDS)
        or any(_stem(word) in _EVENT_STEMS for word in words - _RECORD_WORDS)
        or any(_stem(word) in _PROCESS_STEMS for word in prior)
    )


def _titled_by_event(norm: str, start: int) -> bool:
    """Whether the clause before a date, set off from it by a comma, opens with an event's or
    a document's noun, as a title does, however long ("Report of the independent reviewer
    to the leaders' group, 3/5/2027"): the date is the title's. No word of birth is in it
    (the caller has looked)."""
    if not norm.endswith(", ", 0, start):
        return False
    clause = _CLAUSE_BREAK.split(norm[max(0, start - _EVENT_REACH) : start])[-1]
    if len(clause) == _EVENT_REACH:
        return False  # its opening is further back than a title's
    words = _COMPOUND.findall(clause.rsplit("\n", 1)[-1].casefold())
    return bool(words) and _stem(words[0]) in _EVENT_STEMS and words[0] not in _RECORD_WORDS


def _event_on(norm: str, start: int) -> bool:
    """Whether an event word anywhere before a date "on" it, in its clause, is what the date
    is for, however many words describe it ("invited to a session on neglect at the town
    hall on 4/10/2026", "the report to go to the executive on 3/9/2026"): "on" a day is when
    what the clause tells took place; no word of birth may be in the clause."""
    clause = _CLAUSE_BREAK.split(norm[max(0, start - _EVENT_REACH) : start])[-1]
    words = set(_COMPOUND.findall(clause.casefold()))
    if words & _BIRTH_WORDS:
        return False
    return any(_stem(word) in _EVENT_STEMS for word in words - _RECORD_WORDS)


_EVENT_REACH = 120


def _heading(norm: str, start: int) -> set[str]:
    """The words of a short heading that opens the clause of a date at ``start`` before a
    colon ("Booking open: a course for new leads, 3/6/2026"): it says what the clause, and
    so its date, is about, however many words come between them."""
    window = max(0, start - _HEADING_REACH)
    clauses = _CLAUSE_BREAK.split(norm[window:start])
    if window and len(clauses) == 1:
        return set()  # the clause's opening is out of reach: no heading is known
    head, colon, _ = clauses[-1].partition(": ")
    words = _COMPOUND.findall(head.casefold())
    return set(words) if colon and 0 < len(words) <= _HEADING_WORDS else set()


_HEADING_WORDS = 3
_HEADING_REACH = 160


#: A baby's delivery, which is its birth: a delivery with a gestation ("delivered at 34+2
#: weeks", "at 38/40 by caesarean section"), or a newborn delivered ("twins were delivered").
_GESTATION = r"[0-9]{2}(?:\+[0-9])? ?(?:weeks?|wks?|/40)"
_DELIVERY = re.compile(
    rf"\bdeliver(?:ed|y)\b(?: [a-z']+){{0,3}}? (?:at )?{_GESTATION}"
    rf"|\b{_GESTATION}(?: gestation)?,? (?:by |via )?(?:[a-z-]+ )?(?:section|delivery)\b"
    r"|\b(?:baby|babies|infant|newborn|twins?|triplets)\b (?:was |were )?delivered\b",
    re.IGNORECASE,
)
#: A time of day just after a date ("3/4/2026 at 2pm", "3 May 2026, 12:30", "4/5/2026,
#: midday"): what has a time set is an appointment; a birth's time is written beside a
#: word of birth.
_CLOCK = re.compile(
    r"[ ,]*(?:at |from |- )?(?:(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9]\b"
    r"|(?:1[0-2]|0?[1-9])(?:[:.][0-5][0-9])? ?[ap]\.?m\b|midday\b|noon\b|midnight\b)",
    re.IGNORECASE,
)
#: A date opening a text or a sentence, then a colon, a dash or a table's column rule: the
#: heading of an entry in a chronology or a log ("3/4/2026: home visit", "3/4/2026 -
#: strategy discussion", "3/4/2026 | police | strategy discussion").
_ENTRY_HEAD = re.compile(r"\s*(?::|-\s|\|)")
#: "birth" before a noun of the work names a stage of care, not a birthday: "new birth
#: visit", "birth plan meeting" (but not "birth recorded", nor "birth date").
_BIRTH_BEFORE_NOUN = re.compile(r"\bbirth ([a-z]+)", re.IGNORECASE)


def _stage_of_care(before: str, after: str) -> bool:
    """Whether every word of birth beside a date is "birth" naming a stage of care (a noun
    of the work after it), so none says the date is a birthday."""
    clause = f"{before} {after}".casefold()
    uses = _BIRTH_BEFORE_NOUN.findall(clause)
    others = set(_COMPOUND.findall(clause)) & (_BIRTH_WORDS - {"birth"})
    return (
        bool(uses)
        and not others
        and clause.count("birth") == len(uses)
        and all(
            _stem(noun) in _EVENT_STEMS and not noun.endswith("ed") and noun not in _DATE_NOUNS
            for noun in uses
        )
    )


_DATE_NOUNS = frozenset({"date", "dates", "day"})


def _in_dated_series(norm: str, match: re.Match[str]) -> bool:
    """Whether the date ends one clause of a series whose every clause ends with a date
    ("LA aware 3/4/2026; panel notified 5/4/2026"), at least one other of them dated by an
    event word: a log's entries share their kind.
    A clause naming a child or a relative before its date is no entry of a log."""
    return ";" in norm and match.start() in _series_dates(norm)


@lru_cache(maxsize=32)
def _series_dates(norm: str) -> frozenset[int]:
    """Where the dates of :func:`_in_dated_series` start in ``norm``, read once a text."""
    entries: list[tuple[int, bool, bool]] = []  # a date's start, dated by an event, a person's
    offset = 0
    for clause in norm.split(";"):
        text = clause.rstrip(" .")
        dates = list(_SERIES_DATE.finditer(text))
        if not dates or dates[-1].end() != len(text):
            return frozenset()
        last = dates[-1]
        words = _COMPOUND.findall(text[: last.start()].casefold())
        event = any(_stem(word) in _EVENT_STEMS for word in words)
        entries.append((offset + last.start(), event, bool(set(words) & _SERIES_PERSONS)))
        offset += len(clause) + 1
    if len(entries) < 2:
        return frozenset()
    events = sum(event for _, event, _ in entries)
    return frozenset(start for start, event, person in entries if not person and events - event > 0)


#: The end of a clause in a dated series: a full date, or a day ("the 16th", "Tues 25 Sep").
_SERIES_DATE = re.compile(
    rf"{_FULL_DATE.pattern}|\b[0-9]{{1,2}}(?:st|nd|rd|th)?(?: (?:of )?{_MONTH})?"
    rf"|\b{_MONTH} [0-9]{{1,2}}(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)


#: A word with its hyphens and apostrophes: "pre-birth", "sign-off", "panel's".
_COMPOUND = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
#: Endings that make another form of an event word: "meets", "signing", "interviewer".
_EVENT_ENDINGS = ("ments", "ment", "ers", "er", "ings", "ing", "ed", "es", "s")


def _stem(word: str) -> str:
    """``word`` without one ending of :data:`_EVENT_ENDINGS` ("appointment": "appoint")."""
    for end in _EVENT_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word.removesuffix(end)
    return word


_EVENT_STEMS = frozenset(map(_stem, _EVENT_WORDS))
_PROCESS_STEMS = frozenset(map(_stem, _PROCESS_WORDS))
#: Words naming a person's record: its dates may be their own ("Record created 3/4/2015"),
#: so only the verb says an event ("recorded", "logged").
_RECORD_WORDS = frozenset({"record", "records", "file", "files", "log", "logs", "register"})


def _postcode(norm: str) -> Finding | None:
    match = _POSTCODE.search(norm)
    return Finding("postcode", match.group()) if match else None


def _birth(norm: str) -> Finding | None:
    if match := _BIRTH.search(norm):
        return Finding("birth", match.group())
    previous: re.Match[str] | None = None  # the last date, if it was an event's
    for match in _FULL_DATE.finditer(norm):
        listed = (
            previous is not None
            and _LIST_GAP.fullmatch(norm, previous.end(), match.start())
            and not _birth_after(norm, match)
        )
        if not listed and not _event_date(norm, match):
            return Finding("date", match.group())
        previous = match
    if match := _BORN.search(norm) or _TURNS.search(norm):
        return Finding("birth", match.group())
    return None


def _birth_after(norm: str, match: re.Match[str]) -> bool:
    """Whether a word of birth follows a date in its clause ("12 June 2019, her birthday")."""
    after = _CLAUSE_BREAK.split(norm[match.end() : match.end() + 60])[0]
    return bool(set(_COMPOUND.findall(after.casefold())[:6]) & _BIRTH_WORDS)


#: What joins the dates of one list ("4 March 2026, 12 June 2026 and 3 September 2026"):
#: a date listed after an event's date is one of the same kind.
_LIST_GAP = re.compile(r",? (?:and|or|&) |, ")


_FLAT = re.compile(r"\b(?:flat|apartment|apt)\.? ?[0-9]+[a-z]?\b", re.IGNORECASE)
_NUMBERED_STREET = re.compile(
    rf"\b[0-9]{{1,4}}[a-z]?,? ((?:[a-z'-]+ ){{1,3}})(?:{_STREET})\b\.?", re.IGNORECASE
)
_NAMED_STREET = re.compile(rf"\b([a-z'-]+) ({_STREET})\b", re.IGNORECASE)
#: A street's word after a space, looked for first: it is far quicker than the patterns.
_STREET_WORD = re.compile(rf" (?:{_STREET}|house)\b", re.IGNORECASE)
_STREET_ALONE_RE = re.compile(rf"^(?:{_STREET_ALONE})$", re.IGNORECASE)
_ABBREVIATED_STREETS = frozenset(
    {"rd", "st", "ln", "cl", "dr", "ave", "cres", "gdns", "pl", "ct", "tce", "sq"}
)


_LIVES_ON = re.compile(
    r"\b(?:lives?|living|lived|moved|moving|staying|stays|stayed|resides|address|flat|house"
    r"|home)\s+(?:on|at|in|to|is)\s+(?:the\s+)?((?:[a-z'-]+\s+){1,2}?)"
    rf"((?:{_STREET}|court flats|court)\b|House\b)",
    re.IGNORECASE,
)


def _address(norm: str) -> Finding | None:
    if match := _FLAT.search(norm):
        return Finding("address", match.group())
    if not _STREET_WORD.search(norm):
        return None  # every pattern below ends in a street's word after a space
    for match in _LIVES_ON.finditer(norm):
        words = match.group(1).casefold().split()
        if match.group(2) == "house" or any(
            w in _FUNCTION or w in _STREET_WORDS_NOT_NAMES or w in _NOT_STREET_NAMES for w in words
        ):
            continue
        return Finding("address", norm[match.start(1) : match.end()])
    for match in _NUMBERED_STREET.finditer(norm):
        words = match.group(1).split()
        if words[0] == "The" and len(words) < 3:
            words = words[1:]  # "1 The Green"
        if not any(w.casefold() in _FUNCTION or w.casefold() in _NOT_STREET_NAMES for w in words):
            return Finding("address", match.group().rstrip("."))
    mixed = _mixed_case(norm)
    for match in _NAMED_STREET.finditer(norm):
        word, street = match.group(1), match.group(2)
        if _ORGANISATION_NEXT.match(norm, match.end()):
            continue  # "Great Ormond Street Hospital"
        low = word.casefold()
        if (
            low in _FUNCTION
            or low in _TITLES
            or (low in _GENERIC and low not in {"station", "church"})
        ):
            continue
        at = (match.start(), match.end())
        if street.casefold() in _ABBREVIATED_STREETS or _gathering_street(norm, *at):
            continue
        capitalised = mixed and word[0].isupper() and street[0].isupper()
        if capitalised and low not in _STREET_WORDS_NOT_NAMES - {"high"}:
            return Finding("address", match.group())
        if (
            _STREET_ALONE_RE.match(street)
            and low not in _STREET_WORDS_NOT_NAMES
            and (not mixed or capitalised or low not in _GENERIC)
            and _plausible_street_name(low)
        ):
            return Finding("address", match.group())
    return None


#: Gatherings of practitioners, held at an office's street: a child lives at none of them.
_GATHERINGS = frozenset(
    """
    briefing briefings conference conferences course courses refresher refreshers webinar
    webinars workshop workshops forum forums seminar seminars masterclass masterclasses
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_TOWN_AFTER = re.compile(r", ([A-Z][a-z]+)\b(?! ?[A-Z])")


def _gathering_street(norm: str, start: int, end: int) -> bool:
    """Whether a street named without a house number, with its town after a comma, is the
    venue of a practitioners' gathering its clause names ("Refresher on 3 May, 9am, Tarrow
    Street, Leeds"): a training course is held at an office, not at a home. A home visit
    or a meeting there may be at a family's home, and so is still refused."""
    town = _TOWN_AFTER.match(norm, end)
    if town is None or not norm[start].isupper():
        return False
    low = town.group(1).casefold()
    if low not in _lexicon().known and not _TOPONYM.search(low):
        return False
    clause = _CLAUSE_BREAK.split(norm[max(0, start - _EVENT_REACH) : start])
    return bool(_GATHERINGS & set(_COMPOUND.findall(clause[-1].casefold())))


def _plausible_street_name(low: str) -> bool:
    """Lower-case words before "road" that do not name it: verbs and everyday nouns."""
    return not low.endswith(("ing", "ed", "ly")) and low not in _COMMON_BEFORE_STREETS


#: Everyday words found before a street word in ordinary prose ("crossed the road").
_COMMON_BEFORE_STREETS = frozenset(
    """
    crossed cross crossing near along across onto into walking walked ran running drove
    driving down up car cars traffic safety sense kerb edge middle end top bottom corner
    street road lane avenue path on by
    """.split()  # noqa: SIM905 (a word list reads best as words)
)

#: Words that begin the names of schools and surgeries though they are generic elsewhere.
_NAMED_FOR = frozenset({"royal", "st", "saint"})
_ORGANISATION_NEXT = re.compile(r" (?:hospital|infirmary|nhs|trust)\b", re.IGNORECASE)
_INSTITUTION_RE = re.compile(rf"\b(?:{_INSTITUTION})\b", re.IGNORECASE)
_SURGERY_WORDS = ("surgery", "medical", "health", "practice")


def _institution(norm: str) -> Finding | None:
    mixed = _mixed_case(norm)
    for match in _INSTITUTION_RE.finditer(norm):
        kind = match.group().casefold()
        if _ORGANISATION_NEXT.match(norm, match.end()):
            continue  # "King's College Hospital"
        before = list(_TOKEN.finditer(norm, 0, match.start()))
        if not before or norm[before[-1].end() : match.start()] not in (" ", "' ", "'s "):
            continue
        end = match.start()
        while len(before) > 1 and _qualifies(norm, before[-1], end):
            end = before.pop().start()  # "oakwood junior school", "St Mary's C of E Primary"
        prev = before[-1].group()
        low = _possessive(prev.casefold())
        if low in _FUNCTION or _pseudonyms_own(norm, before):
            continue
        if kind == "alternative provision" and _plain_before_provision(low):
            continue  # "attends alternative provision", "Full-time Alternative Provision"
        if mixed and prev[0].isupper() and not prev.isupper() and low not in _GENERIC - _NAMED_FOR:
            found = norm[_capitalised_start(norm, before) : match.end()]
        elif _names_no_place(kind, low):
            continue
        else:
            found = norm[before[-1].start() : match.end()]
        return Finding("surgery" if kind.startswith(_SURGERY_WORDS) else "school", found)
    return None


def _plain_before_provision(low: str) -> bool:
    """Whether ``low`` before "alternative provision", a kind of schooling as much as a
    school, says what kind or how much, not which: an English word or a word of the work
    ("part-time", "registered", "local"). A word no list has names the school ("Cinderbank
    Alternative Provision Centre")."""
    lex = _lexicon()
    plain = _GENERIC | _INSTITUTION_WORDS_NOT_NAMES
    return low in plain or low in lex.words or low in lex.terms


#: Words between a school's name and the word saying what it is ("Oakwood Junior School").
_QUALIFIERS = frozenset(
    """
    junior juniors infant infants primary secondary nursery c of e ce rc catholic church england
    community methodist pupil referral children's high grammar academy free special first
    middle upper lower park hill family medical health group
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


def _pseudonyms_own(norm: str, before: list[re.Match[str]]) -> bool:
    """Whether the words before an institution word are a review's label and a pseudonym
    owning it ("Child K's school", "Sibling Heron's nursery"): the child's own, unnamed. A
    surname there names the school ("Child Smith's School")."""
    owner = before[-1].group().casefold()
    if len(before) < 2 or not owner.endswith(("'s", "'")):
        return False
    label = before[-2]
    return (
        label.group().casefold() in _OWNING_LABELS
        and norm[label.end() : before[-1].start()] == " "
        and _fold(_possessive(owner)) not in _lexicon().surnames
    )


_OWNING_LABELS = frozenset({"baby", "infant", "unborn", *_LABELS})


def _qualifies(norm: str, word: re.Match[str], end: int) -> bool:
    """Whether ``word`` says what kind of school the name before it belongs to."""
    return word.group().casefold() in _QUALIFIERS and norm[word.end() : end].strip() == ""


def _capitalised_start(norm: str, before: list[re.Match[str]]) -> int:
    """Where the capitalised words before an institution word begin ("St Mary's Primary")."""
    start = before[-1].start()
    for token in reversed(before[:-1]):
        word = token.group()
        if norm[token.end() : start].strip(" .") or not word[0].isupper() or word in _FUNCTION:
            break
        start = token.start()
    return start


def _names_no_place(kind: str, low: str) -> bool:
    """Whether a lower-case word before an institution word leaves it unnamed ("attends
    nursery", "heart surgery"), or the institution word needs a capital to name one."""
    return (
        kind in _INSTITUTION_CAPITALISED_ONLY
        or kind.endswith(("centre", "center"))
        or low in _GENERIC
        or low in _INSTITUTION_WORDS_NOT_NAMES
        or not low.isalpha()
        or low.endswith(("ing", "ed"))  # "considered school", "ongoing surgery"
        or low in _lexicon().terms  # "re school" (a place's word may name one: "hazel")
    )


# --- names -------------------------------------------------------------------------------------

#: A word: letters with inner apostrophes (O'Brien, Children's, A&E). Hyphens, dots and
#: underscores separate words, so "jane-smith", "jane.smith" and "jane_smith" are two.
_TOKEN = re.compile(r"[^\W\d_]+(?:['&][^\W\d_]+)*")
_SENTENCE_ENDS = frozenset(".!?;:)]")
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
}
#: Bodies, meetings, plans and posts of the work: a date "on" after one is their date.
_WORK_NOUNS = _HEADS | _EPONYMOUS
#: Shops and firms named after a person, written with a possessive ("McDonald's").
_FIRMS = frozenset({"mcdonald", "sainsbury", "nando", "morrison", "boot", "mercedes"})


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


def _person(norm: str, own: set[str]) -> Finding | None:
    lex = _lexicon()
    tokens = _without_saints_venues(norm, _without_places(list(_tokens(norm)), lex))
    return (
        _titled(norm, tokens, lex, own)
        or _gazetteer_name(norm, tokens, lex, own)
        or (_capitalised_name(norm, tokens, lex, own) if _mixed_case(norm) else None)
        or _unknown_name(norm, tokens, lex, own)
        or _particle_name(norm, tokens, lex, own)
        or _set_off(norm, tokens, lex, own)
        or _beside_kin(norm, tokens, lex, own)
        or _rare_subject(norm, tokens, lex, own)
        or _family_subject(norm, tokens, lex, own)
    )


#: Verbs that agree with a family named in the plural as their subject: "the Okonjos have".
_PLURAL_VERBS = frozenset({"have", "had", "are", "were", "live", "lived", "moved", "left"})


def _family_subject(
    norm: str, tokens: list[_Token], lex: _Lexicon, own: set[str]
) -> Finding | None:
    """ "The" and a plural that English has no word for, whose singular is a name or no
    word, as the subject of a plural verb: a family by its surname ("the Dravineks have
    moved", "the Kowalas were known"). A plural of the work ("the GPs have") is no family."""
    for before, token, verb in zip(tokens, tokens[1:], tokens[2:], strict=False):
        low = token.low
        if (
            before.low == "the"
            and verb.low in _PLURAL_VERBS
            and low.endswith("s")
            and len(low) > 4
            and low not in lex.words
            and low not in own
            and not _in_capitals(token.text)
            and norm[before.end : token.start] == norm[token.end : verb.start] == " "
        ):
            singular = low[:-1]
            if singular in _GENERIC or singular in lex.known or singular in own:
                continue
            if _is_name(singular, lex) or not _vocabulary(singular, lex, typo=False):
                return Finding("name", f"{before.text} {token.text}")
    return None


#: Verbs of speaking in every form: :data:`_SPEECH_VERBS` and the bare forms their "-s"
#: forms give ("heard X say").
_SUBJECT_VERBS = _SPEECH_VERBS | {w[:-1] for w in _SPEECH_VERBS if w.endswith("s")}


#: Verbs that follow the subject of a clause reported after a verb of speaking: "says Baz is".
_AUXILIARIES = frozenset(
    "is was has had will would can could cannot did does seems seemed gets got keeps".split()  # noqa: SIM905
)


def _reported_subject(norm: str, tokens: list[_Token], n: int) -> bool:
    """Whether token ``n`` opens a clause reported straight after a verb of speaking, as
    its subject, before its verb: "the teacher says Baz is tired"."""
    return (
        0 < n < len(tokens) - 1
        and tokens[n - 1].low in _SUBJECT_VERBS
        and norm[tokens[n - 1].end : tokens[n].start] == " "
        and tokens[n + 1].low in _AUXILIARIES
    )


def _rare_subject(norm: str, tokens: list[_Token], lex: _Lexicon, own: set[str]) -> Finding | None:
    """A capitalised word mid-sentence that is in the dictionary but no everyday word, just
    before a verb of speaking or as the subject of a clause reported after one: a nickname
    the lists spell as a rare word ("heard Baz say", "Tel said", "says Baz is"). An everyday
    word so placed needs the gazetteer ("Rose said"), and a word after a review's label is
    its chosen pseudonym ("Child Granite said")."""
    if not _mixed_case(norm):
        return None
    for n, (token, nxt) in enumerate(pairwise(tokens)):
        if (
            token.capital
            and not _labelled_word(norm, tokens, n, lex)
            and not token.starts_sentence
            and not token.possessive
            and (nxt.low in _SUBJECT_VERBS or _reported_subject(norm, tokens, n))
            and norm[token.end : nxt.start] == " "
            and len(token.low) > 2
            and token.low in lex.words
            and token.low not in lex.everyday
            and token.low not in lex.known
            and not _generic(token, own)
            and token.low not in _TITLES
        ):
            return Finding("name", token.text)
    return None


def _particle_name(norm: str, tokens: list[_Token], lex: _Lexicon, own: set[str]) -> Finding | None:
    """A surname's particle between two capitalised words, which makes them a full name
    whatever the words are ("Marble van Stone", "PEBBLE DE LAKE"): no organisation, post or
    place is named so."""
    if not _mixed_case(norm):
        return None
    for before, particle, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if (
            particle.low in _PARTICLES
            and norm[before.end : particle.start] == norm[particle.end : after.start] == " "
            and all(
                t.capital
                and len(t.low) > 1
                and t.low not in own
                and t.low not in _GENERIC
                and t.low not in lex.known
                for t in (before, after)
            )
        ):
            return Finding("full_name", norm[before.start : after.end])
    return None


#: A word spelt out letter by letter: "K e r r y", "k.e.r.r.y", "B-r-o-w-n".
_SPELT = re.compile(r"(?<![^\W\d_])[^\W\d_](?:(?: ?[.-] ?| )[^\W\d_]){2,}(?![^\W\d_])")
_SPELT_GAPS = re.compile(r"[ .-]")


def _spelt_out(norm: str, own: set[str]) -> Finding | None:
    """A word spelt out, as a name is to get it past a reader (or to spell it for one),
    unless it is an acronym written with full stops ("N.S.P.C.C.")."""
    for match in _SPELT.finditer(norm):
        word = _fold(_SPELT_GAPS.sub("", match.group()).casefold())
        if word not in own and word not in _GENERIC and word not in _lexicon().known:
            return Finding("name", match.group())
    return None


def _without_places(tokens: list[_Token], lex: _Lexicon) -> list[_Token]:
    """``tokens`` less the words of places named in full ("Milton Keynes", "Barking and
    Dagenham"), which hold words of names."""
    kept: list[_Token] = []
    n = 0
    while n < len(tokens):
        if tokens[n].low not in lex.place_starts:
            kept.append(tokens[n])
            n += 1
            continue
        for size in (4, 3, 2):
            if " ".join(t.low for t in tokens[n : n + size]) in lex.places:
                n += size
                break
        else:
            kept.append(tokens[n])
            n += 1
    return kept


#: How many capitalised words a saint's name may have before a venue's nouns.
_SAINTS_WORDS = 3


def _without_saints_venues(norm: str, tokens: list[_Token]) -> list[_Token]:
    """``tokens`` less the saint's name of a venue named after one: "St" (or "Saint") and up
    to three capitalised words, then capitalised words ending in a building's noun ("St
    Anne's Church Hall", "St. Peter Claver Parish Hall", "Saint Aidan Community Hall"): a
    saint's names are no person's there. Its building's noun stays, in lower case, so a town
    after it is read as a venue's ("St Anne's Church Hall, Orbury"). A school named after a
    saint is refused before names are read."""
    kept: list[_Token] = []
    n = 0
    while n < len(tokens):
        end = _saints_venue_end(norm, tokens, n)
        if end is None:
            kept.append(tokens[n])
            n += 1
            continue
        kept.append(tokens[end]._replace(capital=False))
        n = end + 1
    return kept


def _saints_venue_end(norm: str, tokens: list[_Token], n: int) -> int | None:
    """Where a venue named after a saint that starts at token ``n`` ends: its last building
    noun's index, or None."""
    if tokens[n].low not in ("st", "saint") or not tokens[n].text[0].isupper():
        return None
    end = None
    last = n
    for m in range(n + 1, min(len(tokens), n + 2 + _SAINTS_WORDS + 2)):
        gap = norm[tokens[last].end : tokens[m].start]
        if gap not in (" ", ". ") or (gap == ". " and last != n) or not tokens[m].capital:
            break
        if tokens[m].low in _BUILDINGS and m - n > 1:
            end = m
        elif end is not None:
            break  # the venue's nouns end at the first word that is none
        last = m
    return end


#: A verb of calling, before its object and the name it gives: "call the child Jack".
_CALLING = frozenset({"call", "calls", "called", "calling"})
_CALLED = frozenset({"him", "her", "them", "me", "us", "himself", "herself", "themselves"})


def _called_object(tokens: list[_Token], n: int) -> _Token | None:
    """The word a verb of calling at token ``n`` names its object by ("they call her Jack",
    "the family called the baby Jack", "they call this child Jack"), or None."""
    if tokens[n].low not in _CALLING:
        return None
    words = tokens[n + 1 : n + 4]
    if words[:1] and words[0].low in _CALLED:
        return words[1] if len(words) > 1 else None
    if len(words) == 3 and words[0].low in _DETERMINERS and words[1].low in _GENERIC:
        return words[2]  # "call the boy", "call this child": a determiner picks it out
    return None


#: Words before a name given ("called Jack", "known as Jack").
_GIVEN_NAME = frozenset({"called", "calls", "named", "nicknamed", "aka"})
#: Quotation marks opening a word, once normalised: a name given is often quoted.
_OPEN_QUOTES = frozenset("'\"")
#: A verb of being known by a name, ending just before it: "known as", "goes by", "went by".
_GOES_BY = re.compile(r"\b(?:known as|(?:go|goes|going|went|gone) by)$", re.IGNORECASE)


def _titled(norm: str, tokens: list[_Token], lex: _Lexicon, own: set[str]) -> Finding | None:
    """A title with a name ("Dr Patel", "Mr K"), or a name given ("called Jack")."""
    for n, (token, nxt) in enumerate(pairwise(tokens)):
        gap = norm[token.end : nxt.start]
        if token.low in _TITLES and (gap == " " or (gap == ". " and token.low in _ABBREVIATED)):
            if token.low == "ms" and token.text == "MS" and _mixed_case(norm):
                continue  # multiple sclerosis
            if token.low == "miss" and not token.capital:
                continue  # "did not miss school"
            if token.low == "doctor" and not _namelike(nxt, lex, own):
                continue  # "the doctor said"
            if nxt.low in own or nxt.low in _FUNCTION:
                continue
            if (
                nxt.capital
                or len(nxt.low) == 1
                or _is_name(nxt.low, lex)
                or _unknown(nxt, lex, own, typo=False)
            ):
                kind = "clinician" if token.low in _CLINICIAN_TITLES else "title"
                return Finding(kind, norm[token.start : nxt.end])
        if (named := _called_object(tokens, n)) is not None and (
            _namelike(named, lex, own) and not (_chosen(named.low, lex) and _naming(norm, named))
        ):
            return Finding("name", named.text)  # "they call the child Baz", "calls her Tee"
        given = token.low in _GIVEN_NAME or (
            token.low in ("as", "by")
            and _GOES_BY.search(norm, max(0, token.start - 7), token.end) is not None
            and (token.low == "as" or norm[nxt.start - 1] in _OPEN_QUOTES or _is_name(nxt.low, lex))
        )  # "goes by 'Titch'", "goes by Jack", but "the bus goes by Tesco" is a route
        if (
            given
            and _namelike(nxt, lex, own)
            and not (_chosen(nxt.low, lex) and _naming(norm, nxt))
        ):
            return Finding("name", norm[nxt.start : nxt.end])
    return None


def _gazetteer_name(
    norm: str, tokens: list[_Token], lex: _Lexicon, own: set[str]
) -> Finding | None:
    """A name from the name lists, in any case and shape, but not two capitals alone where
    the text has lower case: those are initials, as a review writes a child ("NA was seen"),
    or an acronym; beside a name they join it ("NA Kowalska")."""
    mixed = _mixed_case(norm)
    for n, token in enumerate(tokens):
        if token.low in own or token.low in _GENERIC:
            continue
        if mixed and len(token.low) == 2 and token.text[:2].isupper():
            continue
        if token.possessive and token.low in _FIRMS:
            continue  # "McDonald's"
        if _lettered(norm, token) or _labelled_word(norm, tokens, n, lex):
            continue  # "Child LY", "Sibling Willow"
        if _MONTH_RE.fullmatch(token.low) and (
            _NEAR_NUMBER.search(norm, token.end, token.end + 3)
            or _DAY_BEFORE.search(norm, max(0, token.start - 8), token.start)
        ):
            continue  # "Jan 2020", "Thu 17 March", "24 Jan", "(3rd of Jan)"
        if token.low in _CITATIONS and _NEAR_NUMBER.match(norm, token.end):
            continue  # "Art 6(1)(e)", "Sch 2", "reg. 4"
        if _flagged(tokens, n, lex, own) or _joined_initial(norm, tokens, n, lex):
            if finding := _name_finding(norm, tokens, n, lex, own):
                return finding
        elif _family(norm, tokens, n, lex, own):
            return Finding("name", token.text)
        elif _run_together(token.low, lex):
            return Finding("full_name", token.text)
    return None


#: Words of an area and its administration: before an everyday word that a list has as a
#: name, they make it a public place ("County Hall", "Town Green", "Civic Hall").
_AREAS = frozenset("county city town borough district parish village civic".split())  # noqa: SIM905

#: Words before a place, not a person: "moved from Merton", "covers Brent".
_PLACE_BEFORE = frozenset(
    "in from into near across covers cover covering around within outside throughout".split()  # noqa: SIM905
)


def _after_place_word(tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n`` follows a word that places the clause ("in Merton"), or is
    listed after a place that does ("in Manchester and Merton"), or is an alternative to a
    place that is no one's name ("Jamaica or Trinidad"): no one is offered as another to a
    place, as one may be added to it ("to Leeds and Florence stayed")."""
    before = tokens[n - 1].low
    if before in ("and", "or") and n > 1:
        prior = tokens[n - 2]
        alternative = before == "or" and not _is_name(prior.low, lex)
        placed = alternative or _after_place_word(tokens, n - 2, lex)
        return prior.low in lex.known and placed
    return before in _PLACE_BEFORE


def _area_after_place_word(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n``, shaped as an English place's name and no one's name, follows a
    word that places what the clause tells ("health visitors in Hollinsford", "covers
    Eskmere"), and so is an area, as a town the lists know is there. A forename's shape
    ("in Darinka") or a name going on after it ("in Hollinsford Volescu") is read as
    before."""
    token = tokens[n]
    if n == 0 or not token.capital or token.possessive or not _mixed_case(norm):
        return False
    if _is_name(token.low, lex) or not _TOPONYM.search(token.low):
        return False
    if norm[tokens[n - 1].end : token.start] != " " or not _after_place_word(tokens, n, lex):
        return False
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    return after is None or not _name_goes_on(norm, token, after)


def _bracketed_area(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n``, shaped as an English place's name and no one's name, stands
    alone in brackets after an event's or a body's noun, giving the area it is for ("review
    meeting (Hollinsford)", "the partnership (Eskmere)"); a name in brackets follows a
    relative or a post instead, and a forename's shape is read as before."""
    token = tokens[n]
    if n == 0 or not token.capital or _is_name(token.low, lex) or not _TOPONYM.search(token.low):
        return False
    noun = tokens[n - 1]
    if norm[noun.end : token.start] != " (" or not norm.startswith(")", token.end):
        return False
    return _stem(noun.low) in _EVENT_STEMS or noun.low in _ORGANISATIONS


def _flagged(tokens: list[_Token], n: int, lex: _Lexicon, own: set[str]) -> bool:
    """Whether token ``n`` is a name here: a name that is no everyday word, or an everyday
    one with a sign that it is a name."""
    token = tokens[n]
    if not _is_name(token.low, lex):
        return False
    if token.low in lex.known and n > 0 and _after_place_word(tokens, n, lex):
        return False  # "moved from Merton", "held in Brent", "Manchester and Merton"
    if token.low not in lex.everyday:
        return len(token.low) > 2 or token.capital
    nxt = tokens[n + 1] if n + 1 < len(tokens) else None
    if not token.capital:  # a speaker is a person, even in lower case: "rose said"
        return token.starts_sentence and nxt is not None and nxt.low in _SPEECH_VERBS
    if n > 0 and tokens[n - 1].low in _AREAS and tokens[n - 1].capital:
        return False  # "County Hall", "Town Green": an area's public place
    if not token.starts_sentence:
        return True
    return nxt is not None and (
        nxt.low in _PERSON_VERBS or (nxt.capital and _is_name(nxt.low, lex) and nxt.low not in own)
    )


def _joined_initial(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """An initial and a surname written together: "j.smith", "j_smith"."""
    if n == 0 or norm[tokens[n - 1].end : tokens[n].start] not in (".", "_"):
        return False
    return len(tokens[n - 1].low) == 1 and tokens[n].low in lex.surnames


def _family(norm: str, tokens: list[_Token], n: int, lex: _Lexicon, own: set[str]) -> bool:
    """A family by its surname: "the Smiths", "the Walshes", "the Moulin family", and any
    capitalised plural that owns as a household does ("the Pebbles' flat")."""
    token = tokens[n]
    if n == 0 or tokens[n - 1].low != "the" or not token.capital or token.low in own:
        return False
    singular = (token.low[:-1], token.low[:-2]) if token.low.endswith("s") else ()
    if any(low in lex.surnames for low in singular):
        return True
    if (
        singular
        and norm.startswith("'", token.end)
        and _mixed_case(norm)
        and not {token.low, *singular} & (_GENERIC | lex.known)
    ):
        return True
    nxt = tokens[n + 1].low if n + 1 < len(tokens) else ""
    return (
        nxt in ("family", "household")
        and _mixed_case(norm)
        and token.low not in _GENERIC
        and token.low not in lex.known
        and not (_chosen(token.low, lex) and _naming(norm, token))
    )


def _name_finding(
    norm: str, tokens: list[_Token], n: int, lex: _Lexicon, own: set[str]
) -> Finding | None:
    """The whole name around token ``n`` (the capitalised or name words next to it), or None
    when they name an organisation, a law or a condition ("Queen Elizabeth Hospital")."""
    first = last = n
    while first > 0 and _joins(norm, tokens[first - 1], tokens[first], lex, own):
        first -= 1
    while last + 1 < len(tokens) and _joins(norm, tokens[last], tokens[last + 1], lex, own):
        last += 1
    if any(_eponym(norm, a, b) for a, b in pairwise(tokens[n : last + 2])):
        return None  # "Crohn's disease", "Down's syndrome", "the Jay report"
    if _in_organisation(tokens[max(0, first - 1) : last + 1]):
        return None
    while last - first > 1 and tokens[first].low in _GENERIC:
        first += 1  # "On Monday Jane Smith": quote the name, not the sentence
    found = norm[tokens[first].start : tokens[last].end]
    return Finding("full_name" if last > first else "name", found)


def _eponym(norm: str, name: _Token, word: _Token) -> bool:
    """Whether ``word`` makes the name before it a thing's ("Crohn's disease"), as it does
    only written straight after it: after a dash or a comma it begins a clause of its own
    ("re Ama Osei - police attending"). A review owned by a forename is the child's ("Ama's
    review"); one after its author is named by a surname ("the Munro review")."""
    if name.possessive and word.low in _REVIEWS and not _only_surname(name.low, _lexicon()):
        return False
    return word.low in _EPONYMOUS and norm[name.end : word.start] in ("", " ", "' ", "-")


_REVIEWS = frozenset({"review", "reviews"})


#: Capitals that begin the name of a body of the state, whatever follows: "NHS Kirklees",
#: "HMP Leyhill", "HMCTS Tamsford".
_BODY_PREFIXES = frozenset({"nhs", "hmp", "hmyoi", "hmcts", "hm"})


def _in_organisation(words: list[_Token]) -> bool:
    """Whether capitalised ``words`` are an organisation's name, as they are after capitals
    that begin one ("NHS Tamsford"): no one's name is written so."""
    return any(t.low in _BODY_PREFIXES and t.text.isupper() for t in words[:-1])


def _joins(norm: str, a: _Token, b: _Token, lex: _Lexicon, own: set[str]) -> bool:
    """Whether ``a`` and ``b`` are words of one name."""
    if not _adjacent(norm, a, b):
        return False
    return all(
        t.low not in _FUNCTION
        and (
            # in capitals throughout, a capital says nothing
            (t.capital and (t.low not in lex.words or not norm.isupper()))
            or len(t.low) == 1
            or (t.low not in own and _is_name(t.low, lex))
        )
        for t in (a, b)
    )


def _unknown_name(norm: str, tokens: list[_Token], lex: _Lexicon, own: set[str]) -> Finding | None:
    """A word that no English word list, safeguarding term or place has, in any case and
    script: a name the gazetteer lacks, of whatever origin ("ewelina", "Okonjo", "Dazza",
    "D'Andre"). A name written with another script's look-alike letters is such a word too,
    so confusables need no table of their own. Names that are everyday words need the
    gazetteer."""
    mixed = _mixed_case(norm)
    for n, token in enumerate(tokens):
        named_here = n > 0 and (tokens[n - 1].low in _KIN or norm.endswith("w/ ", 0, token.start))
        acronyms = mixed and not (
            token.text.isupper()
            and _INITIALS_BEFORE.search(norm, max(0, token.start - 12), token.start)
        )
        if (
            _unknown(token, lex, own, acronyms=acronyms, typo=not named_here)
            and not _compound_before_work(norm, tokens, n, lex)
            and not _names_a_venue(norm, tokens, n, lex)
            and not _town_of_a_place(norm, tokens, n)
            and not _joint_area(norm, tokens, n, lex)
            and not _district_of_town(norm, tokens, n, lex)
            and not _area_after_place_word(norm, tokens, n, lex)
            and not _bracketed_area(norm, tokens, n, lex)
            and (finding := _name_finding(norm, tokens, n, lex, own))
        ):
            return finding
        if _kins_own(tokens, n, lex, own) or _bare_owner(norm, tokens, n, lex, own):
            return Finding("name", token.text)  # "charlottes stepdad", "if rose's mum"
        kin = n > 0 and tokens[n - 1].low in _KIN and not tokens[n - 1].possessive
        if kin and (syllables := _syllables(norm, tokens, n, lex, own)):
            return Finding("name", syllables)  # "mum ok-sun", but not "mum's wi-fi"
    return None


def _compound_before_work(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n`` is two everyday words run together, no name of the lists, just
    before a noun of the work, which it names as a kind ("Lunchtime briefing", "Deepdive
    audit"): a name before such a noun is the gazetteer's, or possessive ("Tamsin's review")."""
    if n + 1 >= len(tokens) or norm[tokens[n].end : tokens[n + 1].start] != " ":
        return False
    low, noun = tokens[n].low, tokens[n + 1].low
    if (
        tokens[n].possessive  # "Tamsin's review": a person's
        or _is_name(low, lex)
        or noun.endswith("ed")
        or _stem(noun) not in _EVENT_STEMS
    ):
        return False
    return any(
        low[:cut] in lex.words
        and low[cut:] in lex.words
        and not _is_name(low[:cut], lex)
        and not _is_name(low[cut:], lex)
        for cut in range(4, len(low) - 3)  # words of four letters or more: "tam-sin" no
    )


#: Nouns of buildings and rooms that a place's name is written before, as a venue is named:
#: "Tamsford community hall", "Orbury fire station", "Lessingham library study room".
_BUILDINGS = frozenset(
    """
    station library hall halls room rooms suite suites chapel church mosque temple gurdwara
    synagogue pavilion campus depot building buildings stadium theatre museum barracks
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


#: Rooms, which are named after people ("the Brennick Room"), as buildings seldom are.
_ROOMS = frozenset({"room", "rooms", "suite", "suites"})


def _names_a_venue(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether capitalised token ``n`` names the place of a venue written after it as two
    or more everyday nouns in lower case, ending in a building's or a room's ("Orbury fire
    station", "Lessingham library study room"): a person's name is no attributive before a
    compound so, even with more words of the place's name ("Orbury Baptist church hall"),
    nor before capitalised ones whose first is no name ("Orbury Memorial Library"), nor, no
    forename itself, before a building's noun that no one is called ("Calloway Building").
    A name owning its room is written with a possessive, or before one noun alone ("Tomasz
    room"), and so stays a name; a body's noun ("social care team") ends no venue."""
    token = tokens[n]
    if not token.capital or token.possessive or not _mixed_case(norm):
        return False  # a capital says it begins a name only where others are small
    if (  # one word no list has names before a capitalised building's noun no one is called
        n + 1 < len(tokens)
        and tokens[n + 1].capital
        and tokens[n + 1].low in _BUILDINGS - _ROOMS
        and norm[token.end : tokens[n + 1].start] == " "
        and not _is_name(token.low, lex)
        and not _is_name(tokens[n + 1].low, lex)
    ):
        return True  # "Calloway Building", "Dunmere Pavilion"; "Oyelaran Hall" names someone
    if _addressed_block(norm, tokens, n, lex):
        return True  # "Tarrow House, Leeds": an office block's name before its town
    if (
        n + 1 < len(tokens)
        and _STREET_ALONE_RE.match(tokens[n + 1].low)
        and _gathering_street(norm, token.start, tokens[n + 1].end)
    ):
        return True  # "Refresher, 9am, Tarrow Street, Leeds": a course's street
    first = n
    while (  # the place's name may go on in capitalised words of English: "Orbury Baptist"
        n + 1 < len(tokens)
        and tokens[n + 1].capital
        and not tokens[n + 1].possessive
        and tokens[n + 1].low in lex.words
        and norm[tokens[n].end : tokens[n + 1].start] == " "
    ):
        n += 1
    if (  # or its building's noun is capitalised too, after a word of English no name is
        n - first >= 2
        and tokens[n].low in _BUILDINGS
        and not any(_is_name(t.low, lex) for t in tokens[first + 1 : n])
    ):
        return True  # "Orbury Bridge Library", but "Darinka Hall" and "Ama Rose Hall" name
    words = []
    end = tokens[n].end
    for nxt in tokens[n + 1 : n + 5]:
        if norm[end : nxt.start] != " " or not nxt.text.islower():
            break
        if nxt.low in _FUNCTION or nxt.low in _KIN or nxt.low not in lex.words:
            break
        words.append(nxt)
        end = nxt.end
    return len(words) >= 2 and words[-1].low in _BUILDINGS and not words[-1].possessive


#: Nouns ending an office block's name that are people's surnames too ("House", "Tower"),
#: and so name a building only where its town follows, as on an address's line.
_BLOCKS = frozenset({"house", "tower", "lodge", "chambers"})


def _addressed_block(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n``, a word no list has as a name, begins an office block's name
    written with its town after a comma ("Tarrow House, Leeds", "Pellin Tower, Orbury"): a
    surname after a forename is not followed so by a town. A forename before it ("Darinka
    House, Leeds") still reads as a person's name."""
    if n + 2 >= len(tokens) or _is_name(tokens[n].low, lex):
        return False
    block, town = tokens[n + 1], tokens[n + 2]
    if not block.capital or block.low not in _BLOCKS or norm[tokens[n].end : block.start] != " ":
        return False
    if norm[block.end : town.start] != ", " or not town.capital or town.possessive:
        return False
    after = tokens[n + 3] if n + 3 < len(tokens) else None
    if after is not None and _name_goes_on(norm, town, after):
        return False  # "Tarrow House, Darinka Volescu": a person's name after it
    return town.low in lex.known or bool(_TOPONYM.search(town.low))


def _name_goes_on(norm: str, token: _Token, after: _Token) -> bool:
    """Whether ``after`` goes on the name that ``token`` ends: capitalised, joined to it,
    and no word of grammar, which opens a sentence (a line's next, once lines are joined),
    nor a label before its colon ("Attendees:"), which opens a line."""
    joined = norm[token.end : after.start] in _JOINED
    label = norm.startswith(":", after.end)
    return after.capital and joined and after.low not in _FUNCTION and not label


#: What joins the words of one name, not a list's or a clause's next ("Orbury - AOB: none").
_JOINED = frozenset({"", " ", "-", "' "})


def _town_of_a_place(norm: str, tokens: list[_Token], n: int) -> bool:
    """Whether token ``n``, shaped as an English place's name, gives the town of a body or a
    building named just before it, as an address's next line does ("Civic Centre,
    Orbury", "Tamsford Hospital, Eskmere", "the old chapel meeting room, Orbury"), ending its
    name. A building's noun names one in lower case too; a body's only with a capital. What
    follows after a dash begins an item of its own, as a list's next line does."""
    if n < 1 or norm[tokens[n - 1].end : tokens[n].start] != ", " or not tokens[n].capital:
        return False
    body = tokens[n - 1]
    if body.low not in _BUILDINGS and not (body.capital and body.low in _ORGANISATIONS):
        if n < 2 or not tokens[n - 2].capital:
            return False
        if _STREET_ALONE_RE.match(body.low):  # "Workshop, Tarrow Street, Eskmere"
            return _gathering_street(norm, tokens[n - 2].start, body.end)
        return _addressed_block(norm, tokens, n - 2, _lexicon())  # "Tarrow House, Eskmere"
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    if after is not None and after.capital and norm[tokens[n].end : after.start] in _JOINED:
        return False  # "Civic Centre, Darinka Volescu": a person's name after it
    return bool(_TOPONYM.search(tokens[n].low))


def _joint_area(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n``, shaped as an English place's name, is the first of two areas
    that one body covers, joined by "and" before the body's name ("Tamsford and Eskmere
    Council", "Orbury and Eskmere LSCP"), or listed with more between commas first
    ("Tamsford, Orbury and Eskmere Hospitals NHS Trust"): two people are not named before
    a body so. A forename's shape ("Darinka and Eskmere Council") is read as before; a
    review is no body."""
    token = tokens[n]
    if not token.capital or token.possessive or _is_name(token.low, lex):
        return False
    if not _TOPONYM.search(token.low) or n + 2 >= len(tokens):
        return False
    last = token
    while (  # more areas listed between commas: "Tamsford, Eskmere and Orbury Council"
        n + 2 < len(tokens)
        and norm[last.end : tokens[n + 1].start] == ", "
        and _listed_area(tokens[n + 1], lex)
    ):
        n += 1
        last = tokens[n]
    joined = tokens[n + 1]
    if joined.low != "and" or not norm[last.end : joined.end + 1].endswith(" and "):
        return False
    end = joined.end
    for nxt in tokens[n + 2 : n + 2 + _BODY_WORDS]:
        if norm[end : nxt.start] != " " or not nxt.capital or nxt.possessive:
            return False
        if nxt.low in _EPONYMOUS and nxt.low not in _REVIEWS:
            return True
        end = nxt.end
    return False


def _district_of_town(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n``, shaped as an English place's name and no one's name, is a
    district written before the town the lists know it is in, as an address's last lines
    are ("Kirkbygate, Leeds", "Hollinsford, Coventry"): a town does not follow a person's
    name so. A forename there ("Darinka, Leeds") or a name after the town is read as before."""
    token = tokens[n]
    if n + 1 >= len(tokens) or not token.capital or token.possessive:
        return False
    if _is_name(token.low, lex) or not _TOPONYM.search(token.low):
        return False
    town = tokens[n + 1]
    if norm[token.end : town.start] != ", " or not town.capital or town.low not in lex.known:
        return False
    after = tokens[n + 2] if n + 2 < len(tokens) else None
    return after is None or not _name_goes_on(norm, town, after)


def _listed_area(token: _Token, lex: _Lexicon) -> bool:
    """Whether ``token`` is an area listed among those a body covers: a place the lists know,
    or one shaped as an English place's name that is no one's name."""
    if not token.capital or token.possessive:
        return False
    known = token.low in _GENERIC or token.low in lex.known
    return known or (bool(_TOPONYM.search(token.low)) and not _is_name(token.low, lex))


def _syllables(norm: str, tokens: list[_Token], n: int, lex: _Lexicon, own: set[str]) -> str | None:
    """Two short syllables joined by a hyphen, as Korean and Chinese given names are
    romanised ("ok-sun", "min-su"), and no compound of English is: none of its parts is a
    particle or a prefix ("one-off", "co-op", "pre-op"), nor are they a word run together
    ("wi-fi")."""
    if n + 1 >= len(tokens) or norm[tokens[n].end : tokens[n + 1].start] != "-":
        return None
    parts = tokens[n : n + 2]
    start, end = parts[0].start, parts[1].end
    if norm[start - 1 : start] == "-" or norm[end : end + 1] == "-":
        return None  # "day-to-day", "one-to-one"
    joined = parts[0].low + parts[1].low
    if joined in lex.words or joined in lex.known:
        return None
    if all(
        2 <= len(t.low) <= 3
        and t.text.islower()
        and t.low.isascii()
        and t.low not in own
        and t.low not in _FUNCTION
        and t.low not in _GENERIC
        and t.low not in _PREFIXES
        for t in parts
    ):
        return norm[start:end]
    return None


#: Initials before a word in capitals make it a surname, not an acronym: "M.R. CORTÉS".
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\. ?){1,3}$")

#: Kin and household: a name is expected beside them ("mum angelika", "joannes stepdad").
_KIN_WORDS = """
    mum mummy mam mom dad daddy mother father stepdad stepmum stepfather stepmother brother
    sister nan nana gran grandma grandad grandmother grandfather aunt auntie uncle cousin
    partner boyfriend girlfriend husband wife son daughter sibling carer
    """.split()  # noqa: SIM905 (a word list reads best as words)
_KIN = frozenset(_KIN_WORDS)
#: Words that make a clause of a dated series about a person, not an entry of a log.
_SERIES_PERSONS = _KIN | set(_LABELS) | {"baby", "infant", "unborn"} | _BIRTH_WORDS


#: A person's role, then one word between commas or in brackets ("The mother, Harsh,
#: said", "the younger sibling (Tú)"), or one word then an age in brackets ("Krišs (aged
#: 6)"): the word is their name, even an everyday one.
_ROLES = _KIN | {"friend", "eldest", "youngest", "older", "younger", "child", "boy", "girl"}
_SET_OFF = re.compile(
    r"(?:'s [a-z]+)?(?:, ([^\W\d_][\w'-]*),|\s*[(\[]([^\W\d_][\w'-]*)[)\]])", re.IGNORECASE
)
_AGE = r" \((?:aged? )?[0-9]{1,2}(?: ?(?:yrs?|years?|months?|mths?))?\)"
_BEFORE_AGE = re.compile(rf"([^\W\d_][\w'-]*){_AGE}", re.IGNORECASE)
#: The bracket alone, looked for first: it is far quicker than _BEFORE_AGE.
_AGE_IN_BRACKETS = re.compile(_AGE, re.IGNORECASE)


def _set_off(norm: str, tokens: list[_Token], lex: _Lexicon, own: set[str]) -> Finding | None:
    mixed = _mixed_case(norm)
    roles = (_SET_OFF.match(norm, t.end - t.possessive * 2) for t in tokens if t.low in _ROLES)
    aged = _BEFORE_AGE.finditer(norm) if _AGE_IN_BRACKETS.search(norm) else ()
    for match in (*(m for m in roles if m), *aged):
        word = next(group for group in match.groups() if group)
        low = _fold(_possessive(word.casefold()))
        if len(low) < 2 or low in own or low in _GENERIC or low in _FUNCTION or low in lex.known:
            continue
        if low.endswith(("ed", "ing", "ly")) or (word.isupper() and len(low) <= 4):
            continue  # "the mother, concerned,", "the child (CP)"
        at = next((n for n, t in enumerate(tokens) if t.start == match.start(1)), 0)
        if at and _labelled_word(norm, tokens, at, lex):
            continue  # a pseudonym and its age: "Sibling Heron (aged 6)"
        if (mixed and word[0].isupper()) or _is_name(low, lex) or low not in lex.words:
            return Finding("name", word)
    return None


#: A name with its relationship in brackets, as attendees are listed: "Harsh (maternal aunt)".
_RELATION_PATTERN = (
    r" \((?:(?:maternal|paternal|step|half|great|foster|adoptive|birth)[ -]?)*"
    rf"(?:{'|'.join(sorted(_ROLES))})(?:'s [a-z]+)?\)"
)
_RELATION_AFTER = re.compile(rf"([^\W\d_][\w'-]*){_RELATION_PATTERN}", re.IGNORECASE)
#: The bracket alone, looked for first: it is far quicker than _RELATION_AFTER.
_RELATION = re.compile(_RELATION_PATTERN, re.IGNORECASE)
#: Words that own kin as a person does, or say how a relative is, and are no name:
#: "Someone's dad", "Stepdad Present".
_PRONOUNS = frozenset(
    """
    someone somebody anyone anybody everyone everybody nobody present absent unknown aware
    unaware informed agreed consented declined unavailable asleep awake deceased
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


def _beside_kin(norm: str, tokens: list[_Token], lex: _Lexicon, own: set[str]) -> Finding | None:
    """A capitalised word beside a relative, even an everyday one, as a name is: "Harsh's
    stepdad", "stepdad Harsh said", "Harsh (maternal aunt)"."""
    if not _mixed_case(norm):
        return None
    for n, token in enumerate(tokens):
        if not _could_be_named(token, lex, own):
            continue
        after = tokens[n + 1] if n + 1 < len(tokens) else None
        before = tokens[n - 1] if n else None
        chosen = _labelled_word(norm, tokens, n, lex)
        if chosen and not token.possessive:
            continue
        if token.possessive and after is not None and after.low in _ROLES and not chosen:
            return Finding("name", token.text)  # but not "Child Harbour's mother"
        if (
            before is not None
            and before.low in _KIN
            and not chosen  # "Sibling Pebble's attendance"
            and not token.starts_sentence
            and norm[before.end : token.start] == " "
            and (after is None or not after.capital)
        ):
            return Finding("name", token.text)
    for match in _RELATION_AFTER.finditer(norm) if _RELATION.search(norm) else ():
        word = match.group(1)
        if word[0].isupper() and _could_be_named(next(_tokens(word)), lex, own):
            return Finding("name", word)
    return None


def _labelled_word(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n`` is an everyday word with a capital after a review's label for a
    child, as a review names one by a chosen word ("Sibling Harbour", "Child Willow"), even a
    word some are given as a forename. A surname there is a family's ("Child Smith"), as it
    is after "Baby", so neither is read so."""
    if n == 0:
        return False
    token, label = tokens[n], tokens[n - 1]
    return (
        label.low in _LABELS
        and (label.capital or label.low == "child")
        and norm[label.end : token.start] == " "
        and token.capital
        and token.low in lex.words
        and token.low not in lex.surnames
    )


def _could_be_named(token: _Token, lex: _Lexicon, own: set[str]) -> bool:
    """Whether a capitalised word may be a person's name: not a word of work, a place, a
    pronoun, an acronym, or a word ending as verbs and adverbs do."""
    low = token.low
    return (
        token.capital
        and len(low) > 1
        and not token.text.isupper()
        and low not in own
        and low not in _GENERIC
        and low not in _PRONOUNS
        and low not in lex.known
        and not low.endswith(("ed", "ing", "ly"))
    )


def _kins_own(tokens: list[_Token], n: int, lex: _Lexicon, own: set[str]) -> bool:
    """A name with its possessive written without the apostrophe, before a relative."""
    token = tokens[n]
    if n + 1 >= len(tokens) or tokens[n + 1].low not in _KIN or not token.low.endswith("s"):
        return False
    name = token.low[:-1]
    return (
        name not in own
        and name not in _GENERIC
        and (
            (_is_name(name, lex) and name not in lex.everyday)
            or not _vocabulary(token.low, lex, typo=False)
        )
    )


#: Words that set a noun before its possessive ("the baby's mum", "her friend's dad"); a
#: name takes none.
_DETERMINERS = frozenset(
    "the a an his her their my your our its this that these those whose each every".split()  # noqa: SIM905
)


def _bare_owner(norm: str, tokens: list[_Token], n: int, lex: _Lexicon, own: set[str]) -> bool:
    """A name of the lists, even an everyday word, owning a relative with no word before it
    that a common noun would need ("if rose's mum knows", "asked grace's nan"): a noun
    there takes "the" or "her"; a forename takes none."""
    token = tokens[n]
    if not token.possessive or n + 1 >= len(tokens) or tokens[n + 1].low not in _KIN:
        return False
    if norm[token.end : tokens[n + 1].start].strip() or token.low in own:
        return False
    if token.low in _GENERIC or token.low in _PRONOUNS or not _is_name(token.low, lex):
        return False
    return n == 0 or (tokens[n - 1].low not in _DETERMINERS and not tokens[n - 1].possessive)


def _unknown(
    token: _Token, lex: _Lexicon, own: set[str], *, acronyms: bool = True, typo: bool = True
) -> bool:
    """Whether ``token`` is no word of English, of safeguarding work or of a place, nor a
    short acronym ("NSPCC") where capitals mean something. A lower-case word one slip from
    a word is taken for a typing slip (``typo``); a capital says it is meant. English has no
    word in another script and almost none written with accents, so a word in another
    script (of any length: "姜") is unknown, and so is one with accents (even "Máté", whose
    letters spell "mate") unless the lists spell it so ("café", "née")."""
    low = token.low
    if low in own:
        return False
    if not low.isascii():
        return True
    if not token.text.isascii() and not (spelt := _possessive(token.text.casefold())).isascii():
        return spelt not in lex.accented
    if low in lex.words or low in lex.known:
        return False  # most words: every check below would end so
    if len(low) < 3 or low in _GENERIC or low in _TITLES:
        return False
    if low.endswith("s") and low[:-1] in _GENERIC:  # "Fridays"
        return False
    if acronyms and len(low) <= 7 and _in_capitals(token.text):
        letters = low if token.text.isupper() else low[:-1]  # "IMRs" reads as "imr"
        if not _read_as_word(letters):
            return False
    if len(low) > 40 or _REPEATED.search(low):
        return False  # "xxxxxxxx", "zzz": no name has a letter three times running
    return not _vocabulary(low, lex, typo=typo and token.text[:1].islower())


_REPEATED = re.compile(r"(.)\1\1")
#: Three consonants running, which only letters read one by one have ("NSPCC", "OFSTED").
_CONSONANTS = re.compile(r"[^aeiouy]{3}")
_CV = re.compile(r"(?:[^aeiou][aeiou]){2}|(?:[aeiou][^aeiou]){2}")


def _read_as_word(low: str) -> bool:
    """Whether a word in capitals reads as a word, as a name in capitals does ("TAVINE",
    "RUDO"), not letter by letter as an acronym does ("NSPCC", "YMCA", "NEET"): five
    letters or more with two vowels and no three consonants running, or four letters
    alternating consonant and vowel."""
    if len(low) == 4:
        return _CV.fullmatch(low) is not None
    return len(low) >= 5 and sum(ch in "aeiou" for ch in low) >= 2 and not _CONSONANTS.search(low)


#: Endings and beginnings that make a word of a dictionary word ("learnings", "nonverbal").
#: Only those that make no name of a word: "-er" does ("Pinter"), "under-" too ("Underwood").
_SUFFIXES = ("s", "es", "ed", "ing", "ly", "ness", "ment", "ments", "ful")
_PREFIXES = tuple(
    "non pre post re un co ex multi inter sub mis self step anti semi".split()  # noqa: SIM905
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _vocabulary(low: str, lex: _Lexicon, *, typo: bool) -> bool:
    """Whether ``low`` is a word of the lists, an inflection or compound of their words,
    or (with ``typo``, for a word of seven letters or more) one slip away from one. Two
    words run together are not words ("cedarbrook" names a school, "underwood" a person)."""
    words = lex.words
    if low in words or low in lex.known:
        return True
    if "'" in low:
        return _contraction(low, words)
    if any(
        low.endswith(end) and len(low) - len(end) >= 3 and low[: -len(end)] in words
        for end in _SUFFIXES
    ) or any(
        low.startswith(start) and len(low) - len(start) >= 4 and low[len(start) :] in words
        for start in _PREFIXES
    ):
        return True
    return typo and len(low) >= 7 and any(edit in words for edit in _edits(low))


#: The endings of English contractions: "can't", "they're", "we'll", "I'd", "I'm".
_CONTRACTED = ("n't", "'re", "'ll", "'ve", "'d", "'m")


def _contraction(low: str, words: frozenset[str]) -> bool:
    """Whether ``low`` is a word contracted with a verb ("can't" of "can", "won't" of "won",
    "she'll"), which a list of words with letters alone never has."""
    for end in _CONTRACTED:
        if low.endswith(end):
            stem = low.removesuffix(end)
            return stem in words or stem in _FUNCTION or stem + "n" in words
    return False


def _edits(low: str) -> Iterator[str]:
    """Every word one slip away from ``low``: two letters swapped, a letter dropped, a
    letter struck twice or beside its key, a key struck for its neighbour, or one vowel for
    another ("seperate"). A name one arbitrary letter from a word ("kormally", "normally") is
    no slip, so it stays unknown."""
    for i in range(len(low) + 1):
        head, tail = low[:i], low[i:]
        if tail:
            extra, beside = tail[0], {*low[i - 1 : i], *tail[1:2]}
            near = _NEIGHBOURS.get(extra, frozenset())
            if extra in beside or near & beside:
                yield head + tail[1:]  # "typeing": an extra key beside a letter of the word
            if len(tail) > 1:
                yield head + tail[1] + tail[0] + tail[2:]
            for letter in (near | _VOWELS) if extra in _VOWELS else near:
                yield head + letter + tail[1:]
        for letter in _LETTERS:
            yield head + letter + tail


_VOWELS = frozenset("aeiou")
#: The keys beside each letter on a UK keyboard, the slips a typist makes.
_NEIGHBOURS = {
    key: frozenset(near)
    for key, near in {
        "q": "wa", "w": "qeas", "e": "wrsd", "r": "etdf", "t": "ryfg", "y": "tugh",
        "u": "yihj", "i": "uojk", "o": "ipkl", "p": "ol", "a": "qwsz", "s": "awedxz",
        "d": "serfcx", "f": "drtgvc", "g": "ftyhbv", "h": "gyujnb", "j": "huikmn",
        "k": "jiolm", "l": "kop", "z": "asx", "x": "zsdc", "c": "xdfv", "v": "cfgb",
        "b": "vghn", "n": "bhjm", "m": "njk",
    }.items()
}  # fmt: skip


def _capitalised_name(
    norm: str, tokens: list[_Token], lex: _Lexicon, own: set[str]
) -> Finding | None:
    """Two or more capitalised words, one of them no everyday word, that do not end in a
    word that makes them an organisation, a post or a procedure: a name the lists do not
    have ("Oluwaseun Bello"), but not "Salvation Army" or "Universal Credit"."""
    for run in _capitalised_runs(norm, tokens):
        while run and run[0].low in _FUNCTION:
            run = run[1:]  # "The NSPCC"
        heads = [n for n, t in enumerate(run) if _head(run, n, lex, own)]
        if heads and run[heads[0]].low not in _HEADS:
            continue  # "Regards, Tamsford LSCP": a body, signing
        if heads and _SIGNED.search(norm, max(0, run[0].start - 14), run[0].start):
            run = run[: heads[0]]  # "Kind regards, Ama Boateng Social Worker": a name, a post
            while run and (run[-1].low in lex.words or run[-1].low in lex.known):
                run = run[:-1]  # the post's own words: "Senior Social"
        elif heads:
            continue  # "Lucy Faithfull Foundation's Stop It Now"
        if len(run) < 2:
            continue
        if all(_generic(t, own) or t.low in lex.words or t.low in lex.known for t in run):
            continue
        if _in_organisation(run) or _names_a_venue(norm, tokens, tokens.index(run[0]), lex):
            continue
        while len(run) > 2 and _generic(run[0], own):
            run = run[1:]
        return Finding("full_name", norm[run[0].start : run[-1].end])
    return None


#: The endings of English places' names, from the words they are made of (Old English and
#: Norse for a farm, a ford, a valley, a lake, a clearing, a street): "Tamsford", "Orbury",
#: "Eskmere", "Kirkbygate".
_TOPONYM = re.compile(
    r"(?:ton|ford|bury|borough|ley|field|worth|don|dale|bridge|minster|chester|caster"
    r"|cester|stead|stow|port|mouth|land|thorpe|wick|wich|wood|hurst|combe|mere|shire"
    r"|well|moor|marsh|wold|holme|burn|brook|cliffe|ingham|gate)$"
)


_BODY_WORDS = 5


def _head(run: list[_Token], n: int, lex: _Lexicon, own: set[str]) -> bool:
    """Whether word ``n`` of a capitalised ``run`` ends the name of an organisation, a post
    or a procedure: a word of :data:`_HEADS`, or a body's acronym after its area's name of
    one word no list has, shaped as an English place's is ("Tamsford LSCP", "Upper Orbury
    MASH"); after a forename's shape ("Ewelina CAMHS") or two such words ("Ewelina Nowak
    MASH") it follows a person's name."""
    token = run[n]
    if token.low in _HEADS:
        return True
    if token.low not in _EPONYMOUS or not _in_capitals(token.text) or len(run) > _BODY_WORDS:
        return False  # a body's name is short: its place, and its acronym and a post's words
    names = []
    for t in run[:n]:
        if not (_generic(t, own) or t.low in lex.words or t.low in lex.known):
            names.append(t)
            if len(names) > 1:
                return False  # read no further: a long run is read once, not once a word
    return (
        len(names) == 1 and not _is_name(names[0].low, lex) and bool(_TOPONYM.search(names[0].low))
    )


#: How a message is signed off, before its writer's name and post: "Kind regards,".
_SIGNED = re.compile(r"\b(?:regards|wishes|thanks|sincerely|faithfully)[,.!]? $", re.IGNORECASE)


def _capitalised_runs(norm: str, tokens: list[_Token]) -> Iterator[list[_Token]]:
    """Each sequence of two or more capitalised words with only a space between them (or an
    initial's full stop: "J. Smith")."""
    run: list[_Token] = []
    for token in tokens:
        if run and token.capital and not token.camel:
            gap = norm[run[-1].end : token.start]
            if gap in (" ", "' ") or (gap == ". " and len(run[-1].low) == 1):
                run.append(token)
                continue
        if len(run) > 1:
            yield run
        run = [token] if token.capital else []
    if len(run) > 1:
        yield run


def _generic(token: _Token, own: set[str]) -> bool:
    """Whether ``token`` cannot be part of a person's name: a generic word, a word of an
    allowed pseudonym, an initial, or a short acronym ("KM", "A&E")."""
    if len(token.low.replace("&", "")) <= 1 or token.low in _GENERIC or token.low in own:
        return True
    return _in_capitals(token.text)  # an acronym ("KM", "NSPCC"): capitals alone say nothing


def _in_capitals(text: str) -> bool:
    """Written as an acronym is: in capitals, or in capitals with a plural's "s" ("GPs")."""
    return text.isupper() or (len(text) > 2 and text[-1] == "s" and text[:-1].isupper())


def _adjacent(norm: str, a: _Token, b: _Token) -> bool:
    """Whether two words are next to each other in a name: "Jane Smith", "Smith, Jane",
    "J. Smith", "jane-smith", "JaneSmith"."""
    gap = norm[a.end : b.start]
    return gap in ("", " ", ", ", "-", "_", ".", " - ", "' ") or (gap == ". " and len(a.low) == 1)


def _namelike(token: _Token, lex: _Lexicon, own: set[str]) -> bool:
    return (
        token.low not in own
        and token.low not in _GENERIC
        and (token.capital or _is_name(token.low, lex))
    )


def _is_name(low: str, lex: _Lexicon) -> bool:
    return low in lex.forenames or low in lex.surnames


def _chosen(low: str, lex: _Lexicon) -> bool:
    """Whether ``low`` is an everyday word that no name list has, as pseudonyms are chosen
    ("the Pebble family", "called Harbour"): named so, it names no one."""
    return low in lex.words and not _is_name(low, lex)


#: A name being decided, not reported: "the review will call the family", "agreed the
#: child will be called", "is to be named". A nickname is reported ("everyone calls").
_NAMING = re.compile(
    r"\b(?:will|shall|would|to|agreed|decided)(?: be)? (?:call|called|name|named|known as)\b"
    r"[^.;!?]{0,40}$",
    re.IGNORECASE,
)


def _naming(norm: str, token: _Token) -> bool:
    """Whether ``token`` is a name given in the sentence's decision to give it (the
    pseudonym a review chooses), as :data:`_NAMING` says."""
    return _NAMING.search(norm, max(0, token.start - 80), token.start) is not None


def _only_surname(low: str, lex: _Lexicon) -> bool:
    return low in lex.surnames and low not in lex.forenames


def _run_together(low: str, lex: _Lexicon) -> bool:
    """Whether a long word is a forename and a surname run together ("janesmith")."""
    if len(low) < 7 or low in lex.everyday or low in _GENERIC or _is_name(low, lex):
        return False
    for cut in range(3, len(low) - 2):
        first, last = low[:cut], low[cut:]
        if (
            first in lex.forenames
            and last in lex.surnames
            and (first not in lex.everyday or last not in lex.everyday)
        ):
            return True
    return False


def _lettered(norm: str, token: _Token) -> bool:
    """Whether ``token`` is capitals after "Child", "Baby" or another of a review's labels,
    as reviews name a child by letters ("Child LY", "Baby JO", "Young Person A"), whatever
    the letters spell."""
    if len(token.low) > 3 or not token.text.isupper():
        return False
    before = norm[max(0, token.start - 8) : token.start].casefold()
    return before.endswith(_LETTERED_AFTER)


def _paired_capitals(token: _Token) -> bool:
    """Whether ``token`` is two capitals ("LY", "NG"), which read as initials, as a
    pseudonym's are written, even where a surname list has the two letters as a word."""
    return len(token.low) == 2 and token.text.isupper()


def _article_initial(tokens: list[_Token], n: int, lex: _Lexicon, own: set[str]) -> bool:
    """Whether token ``n`` is a capital letter that reads as a word ("A", "I") opening a
    pseudonym before a capitalised word no English list has: an initial and a surname ("A
    Kassaw"), as no article is written before a name. Before a word ("A Pebble") it is one."""
    return (
        n == 0
        and tokens[n].text in ("A", "I")
        and len(tokens) == 2
        and tokens[1].capital
        and _unknown(tokens[1], lex, own, typo=False)
    )


_LETTERED_AFTER = tuple(f"{label} " for label in ("baby", "infant", *_LABELS))


def _is_initials(token: _Token, lex: _Lexicon) -> bool:
    """An initial ("K"), or initials written together ("KM", "JK") that are not a name."""
    if len(token.low) == 1:
        return token.low.isascii()  # a letter of the alphabet, not a word of another script
    return token.text.isupper() and len(token.low) <= 3 and not _is_name(token.low, lex)


# --- helpers -----------------------------------------------------------------------------------


def _words(texts: Collection[str]) -> set[str]:
    """The words of ``texts``, as the name check compares them."""
    return {token.low for text in texts for token in _tokens(normalise(text))}


def _looked_up(low: str) -> str:
    """A lower-case word as the lists spell it: without a possessive or accents (the checks
    run once per word, so the common plain word skips both)."""
    return _fold(_possessive(low)) if "'" in low or not low.isascii() else low


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
