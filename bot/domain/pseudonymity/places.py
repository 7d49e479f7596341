"""Places: postcodes, addresses and streets, named schools and surgeries, and the place
and venue names (towns, areas, buildings, bodies) that the name checks must not take for a
person's."""

from __future__ import annotations

import re

from bot.domain.pseudonymity.dates import (
    _CLAUSE_BREAK,
    _COMPOUND,
    _EVENT_REACH,
    _EVENT_STEMS,
    _MONTH,
    _stem,
)
from bot.domain.pseudonymity.findings import Finding
from bot.domain.pseudonymity.text import (
    _BUILDINGS,
    _EPONYMOUS,
    _FUNCTION,
    _GENERIC,
    _KIN,
    _LABELS,
    _ORGANISATIONS,
    _PERSON_VERBS,
    _TITLES,
    _TOKEN,
    _after_the,
    _fold,
    _in_capitals,
    _is_name,
    _Lexicon,
    _lexicon,
    _mixed_case,
    _possessive,
    _Token,
)

_STREET = (
    r"road|rd|street|st|lane|ln|close|cl|drive|dr|way|avenue|ave|crescent|cres|grove|gardens"
    r"|gdns|place|pl|court|ct|terrace|tce|square|sq|hill|walk|mews|row|park|view|rise|green"
    r"|parade|estate|yard|croft|meadows|vale|boulevard|wynd|garth|dene|paddock|path|hollow|reach"
)
#: Street words unmistakable even in lower case and without a house number.
_STREET_ALONE = r"road|street|avenue|crescent|grove|terrace|mews|lane|gardens"
#: Words before a street word that do not name one ("a busy road", "the high street").
_STREET_WORDS_NOT_NAMES = frozenset(
    """
    main busy quiet side back high ring country dual slip toll private public long narrow
    wide dark open wrong right bus fast slow memory cycle residential nearby shopping
    neighbouring adjoining adjacent cul de sac dead end same business industrial retail science
    technology trading enterprise ii iii iv vi vii viii
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Units and counts after a number, never a street name ("3 weeks in the park").
_NOT_STREET_NAMES = frozenset(
    """
    times occasions weeks week days day months month years year hours hour minutes minute
    miles mile metres children child people adults officers calls visits nights night
    separate different other previous further more new took take takes taking
    """.split()  # noqa: SIM905 (a word list reads best as words)
)

_INSTITUTION = (
    r"school|academy|college|nursery|nurseries|primary|infants|juniors|grammar|high|preschool"
    r"|pre-school|playgroup|kindergarten|surgery|medical centre|medical center|health centre"
    r"|health center|medical practice|practice|children's centre|family centre|pru"
    r"|early years centre|early years center"
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


#: A UK postcode: outward code (A9, A99, A9A, AA9, AA99, AA9A) and inward code (9AA). The
#: outward code's letters may be any: one mistyped or made up ("QX4 2AB") still points at
#: an address beside a street, and only the inward code's letters (never C, I, K, M, O or
#: V) keep times and sizes out ("s47 9am", "Y6 2mm").
_POSTCODE = re.compile(
    r"\b[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][ABD-HJLNP-UW-Z]{2}\b",
    re.IGNORECASE,
)


def _postcode(norm: str) -> Finding | None:
    match = _POSTCODE.search(norm)
    return Finding("postcode", match.group()) if match else None


_FLAT = re.compile(r"\b(?:flat|apartment|apt)\.? ?[0-9]+[a-z]?\b", re.IGNORECASE)
#: Things numbered in a venue or a document, whose number is no house's ("Room 1, ...").
_NUMBERED_THING = re.compile(
    r"\b(?:room|suite|floor|level|item|stage|step|phase|page|section|part|tier|band|option"
    r"|appendix|chapter|paragraph|question|slide|session|module|ward|bay|bed|platform|gate)"
    r"\.? $",
    re.IGNORECASE,
)
#: A house number, but not the tail of a reference or a date ("PLR 28/04 took place").
_NUMBERED_STREET = re.compile(
    rf"(?<![0-9][/.:-])\b[0-9]{{1,4}}[a-z]?,? ((?:[a-z'-]+ ){{1,3}})(?:{_STREET})\b\.?",
    re.IGNORECASE,
)
_NAMED_STREET = re.compile(rf"\b([a-z'-]+) ({_STREET})\b", re.IGNORECASE)
#: A street's word after a space, looked for first: it is far quicker than the patterns.
_STREET_WORD = re.compile(rf" (?:{_STREET}|house)\b", re.IGNORECASE)
_STREET_ALONE_RE = re.compile(rf"^(?:{_STREET_ALONE})$", re.IGNORECASE)
_STREET_RE = re.compile(rf"^(?:{_STREET})$", re.IGNORECASE)
_ABBREVIATED_STREETS = frozenset(
    {"rd", "st", "ln", "cl", "dr", "ave", "cres", "gdns", "pl", "ct", "tce", "sq"}
)


_LIVES_ON = re.compile(
    r"\b(?:lives?|living|lived|moved|moving|staying|stays|stayed|resides|address|flat|house"
    r"|home)\s+(?:on|at|in|to|is)\s+(?:the\s+)?((?:[a-z'-]+\s+){1,2}?)"
    rf"((?:{_STREET}|court flats|court)\b|House\b)",
    re.IGNORECASE,
)


#: Where someone is said to live, is found at a relative's, is visited or is called on by
#: the police or an ambulance, then a house number and capitalised words ("police attended
#: 69 Wheelwright Furrow", "visited 59 Teasel Mead"), or after a verb of living "at" and two
#: or more capitalised words: an address whatever its street's word ("living at 14 Weir
#: Cut", "home address: 7 Drovers' Batch", "her aunt at 30 Tollgate Furlong", "staying at
#: Wherry Wharf").
_RESIDENCE = re.compile(
    r"\b(?:(?P<living>(?:lives?|living|lived|resides|residing|resided|staying|stays|stayed)"
    r"(?: (?:now|still|currently|temporarily|together))?(?: at| on)?)"
    r"|(?:moved|moving|placed|relocated|evicted) (?:to|at|into|from|out of)|left|leaving|fled"
    r"|knocked (?:at|on)|(?:home )?visit to|(?<=\w)'s (?:on|at)|address(?: is|:| -| \u2013)"
    r"|visit(?:ed|ing)(?= [0-9]{1,4}[a-z]? (?-i:[A-Z][a-z'-]+ [A-Z][a-z]*[a-rt-z]\b))"
    r"|(?m:^)address"
    r"|(?:\bat|\bon|\bout of)"
    r"(?= [0-9]{1,4}[a-z]? (?-i:[A-Z][a-z'-]+ (?:[A-Z][a-z'-]+ )?[A-Z][a-z]))"
    r"|(?:police|officers?|pcsos?|paramedics|ambulance|crews?) (?:(?:were |was )?called to"
    r"|attended|attend|attending|visited|went to|returned to|called at|call-?outs? to"
    r"|at(?= [0-9]{1,4}[a-z]? (?-i:[A-Z][a-z'-]+ [A-Z][a-z])))"
    r"|(?:flat|house|bedsit|caravan) (?:on|at|in)"
    r"|(?:mum|mam|dad|nan|nana|gran|grandma|grandad|grandpa|aunt|auntie|uncle|cousin|sister"
    r"|brother|partner|boyfriend|girlfriend|carers?|friend)(?:'s)? (?:at|on)"
    r"|(?:home|new|current|last|previous|old|her|his|their|family's) address)"
    r" (?P<home>(?:no\.? ?)?[0-9]{1,4}[a-z]?,? (?:the )?(?-i:(?P<numbered>[A-Z][\w'-]+"
    r"(?: [A-Z][\w'-]+){0,2}))"
    r"|(?(living)(?<=at )(?:the )?(?-i:(?P<named>[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2}))|(?!)))",
    re.IGNORECASE,
)
_MONTH_ALONE = re.compile(rf"{_MONTH}$")


#: What :data:`_RESIDENCE` ends in, looked for first: far quicker than the whole pattern.
_HOME_SHAPED = re.compile(
    r"[0-9],? (?:the )?(?-i:[A-Z])|\b(?:lives?|living|lived|resides|residing|resided|staying"
    r"|stays|stayed)\b",
    re.IGNORECASE,
)


def _residence(norm: str) -> Finding | None:
    """A home named after a verb of living, as :data:`_RESIDENCE` reads it: looked for last,
    when no street's word has named it."""
    if not _HOME_SHAPED.search(norm):
        return None
    for match in _RESIDENCE.finditer(norm):
        numbered = match.group("numbered")
        words = (numbered or match.group("named")).casefold().split()
        if numbered and _MONTH_ALONE.match(words[0]):
            continue  # "the exec has moved to 12 January": a date, not a house
        if numbered and words[-1] in _BUILDINGS | _ORGANISATIONS | {"offices", "centre"}:
            continue  # "the panel at 10 Civic Offices": a venue's number
        if any(w not in _FUNCTION and w not in _NOT_STREET_NAMES for w in words):
            return Finding("address", match.group("home"))
    return None


def _address(norm: str) -> Finding | None:
    if match := _FLAT.search(norm):
        return Finding("address", match.group())
    if not _STREET_WORD.search(norm):
        return _residence(norm)  # every pattern below ends in a street's word after a space
    for match in _LIVES_ON.finditer(norm):
        words = match.group(1).casefold().split()
        if match.group(2) == "house" or any(
            w in _FUNCTION or w in _STREET_WORDS_NOT_NAMES or w in _NOT_STREET_NAMES for w in words
        ):
            continue
        return Finding("address", norm[match.start(1) : match.end()])
    for match in _NUMBERED_STREET.finditer(norm):
        if _DATED_YEAR.search(norm, max(0, match.start() - 12), match.start() + 6):
            continue  # "24 Mar 2028, Hall Place": a date's year, then the venue
        if _NUMBERED_THING.search(norm, max(0, match.start() - 12), match.start()):
            continue  # "Committee Room 1, Woodhatch Place": a room's number, then the venue
        if _ROOM_BEFORE.search(norm, max(0, match.start() - 28), match.start()):
            continue  # "Conference Room B, 5 Pancras Square": a venue's street, after it
        words = match.group(1).split()
        if words[0] == "The" and len(words) < 3:
            words = words[1:]  # "1 The Green"
        if not any(w.casefold() in _FUNCTION or w.casefold() in _NOT_STREET_NAMES for w in words):
            return Finding("address", match.group().rstrip("."))
    mixed = _mixed_case(norm)
    for match in _NAMED_STREET.finditer(norm):
        word, street = match.group(1), match.group(2)
        if _ORGANISATION_NEXT.match(norm, match.end()) or _BUILDING_NEXT.match(norm, match.end()):
            continue  # "Great Ormond Street Hospital", "Church Square House"
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
        if _town_named(f"{low} {street.casefold()}"):
            continue  # "placed in Burgess Hill": a town whose name ends in a street's word
        if _venue_of_a_town(norm, *at):
            continue  # "the Pavilion Gardens, Buxton"
        if _venues_street(norm, match.start()):
            continue  # "Reading Civic Offices, Bridge Street": a venue's street, after it
        capitalised = mixed and word[0].isupper() and street[0].isupper()
        if capitalised and low not in _STREET_WORDS_NOT_NAMES - {"high"}:
            return Finding("address", match.group())
        described = mixed and not capitalised and _after_the(norm, match.start(1))
        if described and low in _lexicon().words:
            continue  # "found on the coast road": a road described, in lower case
        if (
            _STREET_ALONE_RE.match(street)
            and low not in _STREET_WORDS_NOT_NAMES
            and (not mixed or capitalised or low not in _GENERIC)
            and _plausible_street_name(low)
        ):
            return Finding("address", match.group())
    return _residence(norm)


#: A saint's name before a street's: "the Basildon Centre, St Martin's Square".
_SAINT = r"St\.? |Saint "

#: A building's capitalised noun after a street's name, which names the building ("Church
#: Square House", "Willesden Green Library"); a home there is read after a verb of living.
_BUILDING_NEXT = re.compile(
    r" (?-i:House|Building|Buildings|Centre|Center|Offices|Chambers|Library|Tower|Hall)\b"
)
#: A year ending a date before a comma, not a house number ("24 Mar 2028, Hall Place").
_DATED_YEAR = re.compile(rf"\b{_MONTH}\.? (?:19|20)[0-9]{{2}},", re.IGNORECASE)
#: A building or a body just before a street, its address's next line ("Civic Offices, ",
#: "Castle House, "): a home's house is written in lower case ("nan's house, ").
_BUILDING_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_BUILDINGS | _ORGANISATIONS))}"
    r"|(?-i:[A-Z][a-z]+ (?:House|Tower|Lodge|Chambers|Building)))"
    rf"(?: [A-Z0-9]{{1,3}})?, (?:{_SAINT})?$",
    re.IGNORECASE,
)
#: A building or a room just before a house number, the venue's address ("Room B, 5 ...");
#: a body's is not enough ("lives round the corner from the school, 28 juniper way").
_ROOM_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_BUILDINGS))})(?: [A-Z0-9.]{{1,5}})?, "
    rf"(?:[0-9]{{1,4}}[a-z]? )?(?:{_SAINT})?$",
    re.IGNORECASE,
)
#: A room named with a capital, "at" the venue it is in ("Council Chamber at Kilworthy
#: Park"): a room of a home is written in lower case ("a room at Tarrow Close").
_ROOM_AT = re.compile(
    rf"\b(?:{'|'.join(sorted(w.capitalize() for w in _BUILDINGS))})(?: [A-Z0-9.]{{1,5}})? at "
    r"(?:the )?$"
)


def _venues_street(norm: str, start: int) -> bool:
    """Whether the street named at ``start`` follows a building or a room and its comma, as
    a venue's address does ("Civic Offices, Bridge Street", "Room B, 5 Pancras Square"), or
    a capitalised room "at" it ("Council Chamber at Kilworthy Park")."""
    return bool(
        _BUILDING_BEFORE.search(norm, max(0, start - 24), start)
        or _ROOM_BEFORE.search(norm, max(0, start - 32), start)
        or _ROOM_AT.search(norm, max(0, start - 32), start)
    )


#: Gatherings of practitioners, held at an office's street: a child lives at none of them.
_GATHERINGS = frozenset(
    """
    briefing briefings conference conferences course courses refresher refreshers webinar
    webinars workshop workshops forum forums seminar seminars masterclass masterclasses
    event events session sessions training drop-in drop-ins meeting meetings meets
    subgroup subgroups induction inductions
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
    if low not in _lexicon().towns and not _TOPONYM.search(low):
        return False
    return _gathering_before(norm, start)


def _gathering_before(norm: str, start: int) -> bool:
    """Whether the clause before ``start`` names a practitioners' gathering."""
    clause = _CLAUSE_BREAK.split(norm[max(0, start - _EVENT_REACH) : start])
    return bool(_GATHERINGS & set(_COMPOUND.findall(clause[-1].casefold())))


#: A street and its town after a venue's name: ", Sheepen Road, Colchester".
_STREET_THEN_TOWN = re.compile(
    r", (?:[A-Z][\w'-]+ ){1,2}(?:"
    + "|".join(word.capitalize() for word in _STREET.split("|"))
    + r"), ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\b"
)


def _venue_before_its_street(norm: str, start: int, end: int) -> bool:
    """Whether the capitalised name at ``start``-``end`` is a venue's, written before its
    street and its town, with a day or a date after them ("Wallfields, Pegs Lane, Hertford,
    Thursday") or a gathering before it ("Drop-in at Rowan House, Sheepen Road,
    Colchester"). After words of a home or a relative it is a family's address."""
    if _HOME_WORDS.search(norm, max(0, start - 40), start):
        return False
    if _KIN_WORD.search(norm, max(0, start - 40), start):
        return False
    street = _STREET_THEN_TOWN.match(norm, end)
    if street is None:
        return False
    town = street.group(1).casefold()
    if not (town in _lexicon().towns or _town_named(town) or _TOPONYM.search(town)):
        return False
    return bool(_WHEN_AFTER.match(norm, street.end()) or _gathering_before(norm, start))


#: What a venue's name follows and a home's does not: "the" after a comma, "at" or "in",
#: or at the start; a number in words ("One Angel Square"); or a date's year or a time of
#: day and a comma, as a meeting's heading gives where after when ("24 Mar 2028, Hall
#: Place, Bexley").
_VENUE_BEFORE = re.compile(
    r"(?:(?:^|[,:;(] |\b(?:at|in) )the |\b(?-i:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten) "
    r"|\b(?:19|20)[0-9]{2}, |[0-9](?:am|pm), |\b[0-9]{1,2}[:.][0-9]{2}, )$",
    re.IGNORECASE,
)
#: Words that say a home is meant: before a named place they make it an address.
_HOME_WORDS = re.compile(
    r"\b(?:lives?|living|lived|resides|residing|resided|stay|staying|stays|stayed|home"
    r"|address|moved|moving|flat|house|visit|visits|visited|visiting|knocked|seen|found)\b",
    re.IGNORECASE,
)
#: A relative, whose whereabouts a street's name then gives.
_KIN_WORD = re.compile(rf"\b(?:{'|'.join(sorted(_KIN))})\b", re.IGNORECASE)
#: What is held at a venue, just before its name: "the workshop, held at Bourne Hill"; held
#: "in" a street names the street ("held in Tarrow Street").
_HELD_AT = re.compile(
    r"\b(?:held|hosted|meets|meet|meeting|convenes|venue(?: is)?:?) at (?:the )?$",
    re.IGNORECASE,
)


def _venue_of_a_town(norm: str, start: int, end: int) -> bool:
    """Whether a place named with a street's word is a venue: after what
    :data:`_VENUE_BEFORE` reads, with its town after a comma ("the Pavilion Gardens,
    Buxton", "One Angel Square, Northampton"), or before its town and a day or a date ("at
    Bourne Hill, Salisbury, 4.01.2029"), or after what is held there ("held at Bourne Hill").
    A home is given with a house number, or with words of a home before it, and is still
    refused."""
    if not norm[start].isupper() or _HOME_WORDS.search(norm, max(0, start - 40), start):
        return False
    if _KIN_WORD.search(norm, max(0, start - 40), start):
        return False  # "Mum was at Granary Close, Buxton, Monday": where a family was
    if _HELD_AT.search(norm, max(0, start - 24), start):
        return True
    town = _TOWN_AFTER.match(norm, end)
    if town is None:
        return False
    when = _WHEN_AFTER.match(norm, town.end())
    if when is None and not _VENUE_BEFORE.search(norm, max(0, start - 12), start):
        return False
    low = town.group(1).casefold()
    return low in _lexicon().towns or bool(_TOPONYM.search(low))


def _town_named(low: str) -> bool:
    """Whether ``low`` is a place or a town of two words or more that the lists have."""
    lex = _lexicon()
    return low in lex.places or low in lex.town_names


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
#: An NHS body's word after a school's or a street's, or after capitalised words that go on
#: its name: "King's College Hospital", "Imperial College Healthcare NHS Trust".
_ORGANISATION_NEXT = re.compile(
    r"(?: (?-i:[A-Z])[\w'&-]*){0,3} (?:hospitals?|infirmary|nhs|trust)\b", re.IGNORECASE
)
_HIGH_STREET = re.compile(r" (?:street|st|road|rd)\b", re.IGNORECASE)
_INSTITUTION_RE = re.compile(rf"\b(?:{_INSTITUTION})\b", re.IGNORECASE)
_SURGERY_WORDS = ("surgery", "medical", "health", "practice")
#: Words judging practice just before it, as reviews do: "good practice", "best practice".
_PRACTICE_JUDGED = re.compile(
    r"\b(?:good|best|poor|safe|unsafe|reflective|effective|strong|weak|excellent|positive"
    r"|promising|notable|emerging|professional|social work|multi-agency|partnership) $",
    re.IGNORECASE,
)
#: Nouns after "practice" that make it the practice of the work, not a GP's: the statutory
#: "child safeguarding practice review", "practice learning", "practice standards".
_PRACTICE_OF_THE_WORK = re.compile(
    r" (?:review|reviews|learning|standards?|guidance|framework|model|improvement|development"
    r"|leadership|principles|approach|week|themes?|issues?|evaluation|forum|briefings?|audits?"
    r"|quality|educators?|supervisors?|wisdom|change|expectations|sessions?|supervision"
    r"|groups?|meetings?)\b",
    re.IGNORECASE,
)


#: A school's own staff "at" or "from" a capitalised word: the school, named without its
#: noun ("the SENCo at Stonechat", "DSL from Tallowmere").
_SCHOOL_ROLES = (
    r"(?:senco|dsl|headteacher|head teacher|deputy head|class teacher|form tutor|head of year"
    r"|(?:designated )?safeguarding lead|pastoral lead|attendance officer|learning mentor"
    r"|teaching assistant)"
)
_SCHOOL_STAFF_AT = re.compile(
    rf"\b{_SCHOOL_ROLES}"
    r"(s?) (?:at|from) "
    r"(?-i:((?:St\.? |Saint )[A-Z][\w'-]++(?! [A-Z])|(?!St\.? |Saint )[A-Z][\w'-]+)"
    r"(?: ([A-Z][\w'-]+))?)",
    re.IGNORECASE,
)


#: One or two capitalised words before a school's post: the school, named without its noun
#: ("Chine Head DSL phoned", "Tollhouse SENCo").
_SCHOOL_STAFF_OF = re.compile(
    r"(?-i:\b([A-Z][\w'-]+)(?: ([A-Z][\w'-]+))?) (?:dsl|senco|headteacher|head teacher)\b(?!s)",
    re.IGNORECASE,
)


#: Schools, nurseries or academies in the plural, after the place they are in ("Horncastle
#: schools", "Pewsey nurseries"): a town's, no one school's.
_SCHOOLS_OF_A_PLACE = re.compile(r" (?:schools|nurseries|academies|colleges)\b", re.IGNORECASE)


def _school_by_its_staff(norm: str) -> Finding | None:
    """A school named by its staff, as :data:`_SCHOOL_STAFF_AT` reads it; an area or a body
    the lists know is where the post is ("the DSL at Kent County Council"), as is a town
    before its schools ("DSLs from Horncastle schools")."""
    lex = _lexicon()
    for match in _SCHOOL_STAFF_AT.finditer(norm):
        plural, first, second = match.groups()
        low = _possessive(first.casefold())
        if low in lex.towns and (plural or _SCHOOLS_OF_A_PLACE.match(norm, match.end(2))):
            continue  # "designated safeguarding leads from Ilminster": a town's schools'
        if low not in _GENERIC and low not in lex.known:
            return Finding("school", first)
        if second and _named_after_a_plain_word(second, lex):
            return Finding("school", f"{first} {second}")  # "the DSL at Blue Vein"
    for match in _SCHOOL_STAFF_OF.finditer(norm):
        words = [w for w in match.groups() if w]
        if any(_named_after_a_plain_word(w, lex) and w.casefold() not in lex.towns for w in words):
            return Finding("school", " ".join(words))  # "Chine Head DSL", not "Kent DSLs"
    return None


def _named_after_a_plain_word(word: str, lex: _Lexicon) -> bool:
    """Whether ``word``, after a generic word at a school's staff ("Blue"), names the
    school with it ("the DSL at Blue Vein"): no word of a body, a building or a place."""
    low = _possessive(word.casefold())
    return low not in _GENERIC | _BUILDINGS | _ORGANISATIONS and low not in lex.known


#: A body's letters, just before its school nurses: "UHB school nurses".
_BODY_LETTERS = re.compile(r"(?<![\w'])[A-Z]{2,6} \Z")


def _institution(norm: str) -> Finding | None:
    if staffed := _school_by_its_staff(norm):
        return staffed
    mixed = _mixed_case(norm)
    for match in _INSTITUTION_RE.finditer(norm):
        kind = match.group().casefold()
        if _ORGANISATION_NEXT.match(norm, match.end()):
            continue  # "King's College Hospital"
        if kind == "school" and norm.startswith(" nursing", match.end()):
            continue  # "how the board commissions school nursing": the service
        if (
            kind == "school"
            and norm.startswith(" nurs", match.end())
            and _BODY_LETTERS.search(norm, max(0, match.start() - 8), match.start())
        ):
            continue  # "UHB school nurses": a trust's, named by its letters
        if kind == "high" and _HIGH_STREET.match(norm, match.end()):
            continue  # "walked Garstang high street": a town's street of shops
        if kind == "practice" and _PRACTICE_OF_THE_WORK.match(norm, match.end()):
            continue  # "Wolverhampton practice review panel": the work's practice, no GP's
        if kind == "practice" and _PRACTICE_JUDGED.search(
            norm, max(0, match.start() - 20), match.start()
        ):
            continue  # "Good practice noted": practice judged, no GP's
        before = list(_TOKEN.finditer(norm, 0, match.start()))
        if not before or norm[before[-1].end() : match.start()] not in (" ", "' ", "'s "):
            continue
        end = match.start()
        while len(before) > 1 and _qualifies(norm, before[-1], end):
            end = before.pop().start()  # "oakwood junior school", "St Mary's C of E Primary"
            joined = len(before) > 2 and before[-1].group().casefold() == "and"
            if joined and _qualifies(norm, before[-2], before[-1].start()):
                end = before.pop().start()  # "Candlewick Infant and Nursery School"
        prev = before[-1].group()
        low = _possessive(prev.casefold())
        if low in _FUNCTION or _pseudonyms_own(norm, before):
            continue
        if kind == "nurseries" and _plain_town_word(low, _lexicon()):
            continue  # "Pewsey nurseries": a town's
        if kind == "alternative provision" and _plain_before_provision(low):
            continue  # "attends alternative provision", "Full-time Alternative Provision"
        if (
            mixed
            and prev[0].isupper()
            and not prev.isupper()
            and (low not in _GENERIC - _NAMED_FOR or _named_before_generic(norm, before))
        ):
            found = norm[_capitalised_start(norm, before) : match.end()]
        elif _names_no_place(kind, low):
            continue
        else:
            found = norm[before[-1].start() : match.end()]
        return Finding("surgery" if kind.startswith(_SURGERY_WORDS) else "school", found)
    return None


#: Generic words that a school's name may end in after its own ("Osier Bank", "Elm Green"),
#: as the words of a service do not ("Orbury Virtual School").
_LANDSCAPE = frozenset("bank green brown grey gray red blue".split())  # noqa: SIM905


def _named_before_generic(norm: str, before: list[re.Match[str]]) -> bool:
    """Whether a capitalised word no list calls generic comes just before a word of the
    landscape or a colour that opens a school's name, as its name does ("Osier Bank Infant
    School")."""
    if len(before) < 2 or norm[before[-2].end() : before[-1].start()] != " ":
        return False
    if _possessive(before[-1].group().casefold()) not in _LANDSCAPE:
        return False
    word = before[-2].group()
    low = _possessive(word.casefold())
    return word[0].isupper() and not word.isupper() and low not in _FUNCTION | _GENERIC


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


#: Verbs' past forms that do not end in "-ed", before an institution's word they leave
#: unnamed ("met school nurses", "left school at 16").
_PAST_VERBS = frozenset(
    "met left went got saw told took rang ran came began kept sent led brought".split()  # noqa: SIM905
)


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
        or _adverb(low)  # "how quickly school staff"
        or low in _PAST_VERBS  # "met school nurses", "left school"
        or low in _lexicon().terms  # "re school" (a place's word may name one: "hazel")
    )


def _adverb(low: str) -> bool:
    """Whether ``low`` is an English adverb in "-ly" that is no name ("quickly", but "holly")."""
    lex = _lexicon()
    return low.endswith("ly") and low in lex.words and not _is_name(low, lex)


#: The small words that join a place's name in hyphens ("Henley-in-Arden", "Stockton-on-Tees",
#: "Ashby-de-la-Zouch", "Chapel-en-le-Frith"), as they join no one's.
_PLACE_JOINS = frozenset("in on upon under le la de by cum next the en sub super".split())  # noqa: SIM905


def _hyphenated_place_end(norm: str, tokens: list[_Token], n: int) -> int | None:
    """The index of the last word of a place named from token ``n`` in capitalised words
    joined in hyphens by :data:`_PLACE_JOINS`, or None."""
    if not tokens[n].capital:
        return None
    m = n + 1
    while m < len(tokens) and norm[tokens[m - 1].end : tokens[m].start] == "-":
        if tokens[m].low not in _PLACE_JOINS:
            return m if m > n + 1 and tokens[m].capital else None
        m += 1
    return None


def _without_places(norm: str, tokens: list[_Token], lex: _Lexicon) -> list[_Token]:
    """``tokens`` with each place named in full ("Milton Keynes", "Barking and Dagenham"),
    which holds words of names, made one token of the place, which the lists know: so it
    is no name, and is still the town after a venue's comma ("Forde House, Newton Abbot").
    A place's name joined in hyphens ("Henley-in-Arden") is left out: its shape is a
    place's, whether or not the lists have it."""
    kept: list[_Token] = []
    n = 0
    while n < len(tokens):
        hyphened = norm.startswith("-", tokens[n].end)
        if hyphened and (end := _hyphenated_place_end(norm, tokens, n)) is not None:
            n = end + 1
            continue
        if tokens[n].low not in lex.place_starts:
            kept.append(tokens[n])
            n += 1
            continue
        for size in (4, 3, 2):
            words = tokens[n : n + size]
            place = " ".join(t.low for t in words)
            if len(words) == size and place in lex.places:
                last = words[-1]
                kept.append(tokens[n]._replace(low=place, end=last.end, possessive=last.possessive))
                n += size
                break
        else:
            kept.append(tokens[n])
            n += 1
    return kept


#: How a saint is written before the name.
_SAINTS = frozenset({"st", "saint"})
#: The titles of saints and sovereigns, whose names venues bear ("King George's Hall").
_SAINTS_AND_SOVEREIGNS = _SAINTS | frozenset("king queen prince princess duke duchess".split())  # noqa: SIM905
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
    if tokens[n].low not in _SAINTS_AND_SOVEREIGNS or not tokens[n].text[0].isupper():
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


#: Words of an area and its administration: before an everyday word that a list has as a
#: name, they make it a public place ("County Hall", "Town Green", "Civic Hall").
_AREAS = frozenset("county city town borough district parish village civic shire".split())  # noqa: SIM905

#: Words before a place, not a person: "moved from Merton", "covers Brent".
_PLACE_BEFORE = frozenset(
    """
    in from into near across covers cover covering around within outside throughout between
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Bodies that are "for" an area ("the statutory partners for Dudley"), as no one is.
_BODIES_FOR = frozenset(
    """
    partners partnership partnerships council councils authority authorities board boards
    agencies leads
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: What follows an area's name as its partners do: "Bedford partners decided".
_PARTNERS = frozenset({"partners", "partnership", "partnerships"})


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
        return prior.low in lex.towns and placed  # "in Beeston and Stapleford"
    if before == "to" and n > 1 and tokens[n - 2].low in _MOVES:
        return not tokens[n].possessive  # "moved to Dudley", but "went to Dudley's"
    if before == "for" and n > 1 and tokens[n - 2].low in _BODIES_FOR:
        return not tokens[n].possessive  # "the partners for Dudley"
    return before in _PLACE_BEFORE


#: Words before "in" a person as much as a place: one confides in Alston, as in no town.
_IN_SOMEONE = frozenset(
    """
    confide confided confides confiding trust trusted trusts interest interested believe
    believed believes
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


def _town_placed(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n``, a smaller town the gazetteer has that a list has as a name too
    ("Alston", "Audley"), follows a word that places the clause ("a session in Alston",
    "young carers in Audley."), no name going on after it ("across Emerson Cholango's
    cheek"); "from" a name is who sent something, and one confides "in" a person."""
    token = tokens[n]
    if n == 0 or not token.capital or token.possessive:
        return False
    if token.low not in lex.towns and token.low not in lex.villages:
        return False
    before = tokens[n - 1]
    if before.low == "from" or norm[before.end : token.start] != " ":
        return False
    if (n > 1 and tokens[n - 2].low in _IN_SOMEONE) or not _after_place_word(tokens, n, lex):
        return False
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    return after is None or not _name_goes_on(norm, token, after)


def _area_of_a_body(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n``, a place the lists know, is the area of what follows it: its
    partners in lower case ("Bedford partners decided"), or a public building named in two
    or more capitalised words of English, no name among them ("Kendal Town Hall", "Chelsea
    Old Town Hall", "Sutton Central Library"), or one no one is named ("the Harlow
    Playhouse"); "Sutton Hall" is a person."""
    token = tokens[n]
    if not token.capital or token.possessive or not _mixed_case(norm):
        return False
    after = tokens[n + 1 :]
    if after and after[0].low in _PARTNERS and norm[token.end : after[0].start] == " ":
        return not after[0].capital  # "Bedford partners"
    end = token.end
    for m, word in enumerate(after):
        if norm[end : word.start] != " " or not word.capital:
            return False
        if word.low in _BUILDINGS | {"centre", "offices"} and (
            m > 0 or not _is_name(word.low, lex)
        ):
            return True  # "Kendal Library", but "Sutton Hall" is a person
        if word.low not in lex.words or (_is_name(word.low, lex) and word.low not in _AREAS):
            return False
        end = word.end
    return False


#: Verbs of moving home or a case, after which "to" a place is where ("moved to Dudley").
_MOVES = frozenset(
    """
    move moved moves moving relocate relocated relocates relocating transfer transferred
    transfers transferring flee fled flees fleeing
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


def _area_after_place_word(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n``, shaped as an English place's name or a smaller town the
    gazetteer has, and no one's name, follows a word that places what the clause tells
    ("health visitors in Hollinsford", "covers Eskmere", "in Bacup"), and so is an area, as
    a town the lists know is there. A forename's shape
    ("in Darinka") or a name going on after it ("in Hollinsford Volescu") is read as
    before."""
    token = tokens[n]
    if n == 0 or not token.capital or token.possessive or not _mixed_case(norm):
        return False
    if _is_name(token.low, lex) or not (
        _TOPONYM.search(token.low) or token.low in lex.towns or token.low in lex.villages
    ):
        return False
    if norm[tokens[n - 1].end : token.start] != " " or not _after_place_word(tokens, n, lex):
        return False
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    return after is None or not _name_goes_on(norm, token, after)


def _set_off_town(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n`` is a town the gazetteer has, no list's name, set off by a comma
    or a bracket, or after "for", and ending its phrase, as a heading or a clause gives
    where ("Case summary, Uttoxeter:", "Case summary (Shildon):", "without seeing a GP,
    Lymington.", "audit for Ledbury.", "episodes for Wareham this quarter"), or listed with
    another ("for Uttoxeter and Lymington."). A town that is a name too is read as before,
    as a signed name is ("Thanks, Alton."), but where it ends a heading ("Case summary,
    Alston:")."""
    token = tokens[n]
    if n == 0 or token.possessive or not _mixed_case(norm):
        return False
    gap = norm[tokens[n - 1].end : token.start]
    heading = gap == ", " and norm.startswith(":", token.end) and not tokens[n - 1].capital
    heading = heading and tokens[n - 1].low not in _KIN  # "spoke to mum, Alston: she"
    town = _plain_town(token, lex) or (heading and token.capital and token.low in lex.towns)
    if token.low in lex.known or not town:
        return False
    listed = n > 1 and tokens[n - 1].low in ("and", "or") and _plain_town(tokens[n - 2], lex)
    if gap not in (", ", " (") and tokens[n - 1].low != "for" and not listed:
        return False
    if tokens[n - 1].low == "for" and gap == " " and _plain_town(token, lex):
        after = tokens[n + 1] if n + 1 < len(tokens) else None
        return after is None or not _name_goes_on(norm, token, after)  # "for Wareham this"
    if n + 2 < len(tokens) and tokens[n + 1].low in ("and", "or"):
        return _plain_town(tokens[n + 2], lex)  # "for Coggeshall and Halstead."
    return norm[token.end : token.end + 1] in ("", ":", ".", ",", ";", ")", "\n")


def _lone_town(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n`` is a town the gazetteer has and no list's name, with no name
    beside it: none just before it (:func:`_town_first`) and no word no list has going on
    after it ("Thirsk Okonjo"), though an acronym or an English word may ("Whitby GPs",
    "Bedale Hall"), as "(RR 46-02, Thirsk)" and "Helmsley's summer weekends" write a place.
    A person is named by a town only where the name lists lack both; no one's forename is
    so."""
    if not _town_first(norm, tokens, n, lex):
        return False
    token, after = tokens[n], tokens[n + 1] if n + 1 < len(tokens) else None
    if after is None or not _name_goes_on(norm, token, after) or _in_capitals(after.text):
        return True
    return after.low in lex.words or after.low in lex.known


def _town_first(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n`` is a town the gazetteer has and no list's name, opening no
    sentence, with no capitalised word, title or relative just before it ("Jack Thirsk",
    "Mrs Thirsk", "mum Thirsk"): the first word of a place's name ("Bedale Hall", "Hawes
    Market Hall") or the place itself."""
    token = tokens[n]
    if not _plain_town(token, lex) or not _mixed_case(norm):
        return False
    if token.starts_sentence and not _heads_its_sentence(norm, tokens, n):
        return False
    if n > 0 and norm[tokens[n - 1].end : token.start] in _JOINED:
        before = tokens[n - 1]
        return not (before.capital or before.low in _KIN or before.low in _TITLES)
    return True


def _heads_its_sentence(norm: str, tokens: list[_Token], n: int) -> bool:
    """Whether token ``n``, opening a sentence, heads it as a place does: before a colon or
    a dash ("Wallingford: SODC asked", "Faringdon - VWHDC will"), or before a lower-case
    word that is no verb of a person nor a relative ("Woodstock parents heard", "Burford's
    holiday lets"); a person opens one before what they did ("Bedale said", "Bedale's
    mum")."""
    token = tokens[n]
    if norm.startswith((":", " -", " \u2013"), token.end):
        return True
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    if after is None or after.capital or norm[token.end : after.start] != " ":
        return False
    return after.low not in _PERSON_VERBS and after.low not in _KIN


def _plain_town(token: _Token, lex: _Lexicon) -> bool:
    """Whether ``token`` is a capitalised town the gazetteer has and no list's name."""
    return token.capital and _plain_town_word(token.low, lex)


def _plain_town_word(low: str, lex: _Lexicon) -> bool:
    """Whether ``low`` is a town the gazetteer has and no list's name."""
    return low in lex.towns and not _is_name(low, lex)


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


_REVIEWS = frozenset({"review", "reviews"})


#: Capitals that begin the name of a body of the state, whatever follows: "NHS Kirklees",
#: "HMP Leyhill", "HMCTS Tamsford".
_BODY_PREFIXES = frozenset({"nhs", "hmp", "hmyoi", "hmcts", "hm"})


def _in_organisation(words: list[_Token]) -> bool:
    """Whether capitalised ``words`` are an organisation's name, as they are after capitals
    that begin one ("NHS Tamsford"): no one's name is written so."""
    return any(t.low in _BODY_PREFIXES and t.text.isupper() for t in words[:-1])


#: The numbers that end the name of one of a development's buildings ("Smithfield One").
_NUMBERED = frozenset("one two three four five six seven eight nine ten".split())  # noqa: SIM905
#: Rooms, which are named after people ("the Brennick Room"), as buildings seldom are.
_ROOMS = frozenset({"room", "rooms", "suite", "suites"})


def _forename_of_a_building(norm: str, token: _Token, noun: _Token, lex: _Lexicon) -> bool:
    """Whether ``token``, a word no list has or a forename and no surname, names the
    building whose capitalised noun, no one's surname, follows it ("Calloway Building",
    "Alexandra Palace"); "Rose Hall" is a person, and so is a forename before a noun that
    is a verb's form too ("with Priya Building the plan"). Rooms in the plural are a
    building's ("the Milton Rooms"); one room is a person's ("Tomasz Room")."""
    if token.low in lex.forenames and noun.low.endswith("ing"):
        return False
    return (
        noun.capital
        and (noun.low in _BUILDINGS - _ROOMS or noun.low in ("rooms", "suites"))
        and not _is_name(noun.low, lex)
        and token.low not in lex.surnames
        and norm[token.end : noun.start] == " "
    )


def _forename_of_a_street(norm: str, token: _Token, noun: _Token, lex: _Lexicon) -> bool:
    """Whether ``token``, a forename and no surname, names the street whose capitalised
    word, no one's surname, follows it ("Katharine Street", "Victoria Road"); "Sophie Lane"
    is a person."""
    return (
        noun.capital
        and bool(_STREET_ALONE_RE.match(noun.low))
        and not _is_name(noun.low, lex)
        and token.low not in lex.surnames
        and norm[token.end : noun.start] == " "
    )


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
    if n + 1 < len(tokens) and _forename_of_a_building(norm, token, tokens[n + 1], lex):
        return True  # "Calloway Building", "Alexandra Palace"; "Oyelaran Hall" names someone
    if n + 1 < len(tokens) and _forename_of_a_street(norm, token, tokens[n + 1], lex):
        return True  # "Katharine Street": a street's name, which the address check reads
    if (
        n + 1 < len(tokens)
        and tokens[n + 1].capital
        and tokens[n + 1].low in _NUMBERED
        and norm[token.end : tokens[n + 1].start] == " "
        and not _is_name(token.low, lex)
    ):
        return True  # "Smithfield One": an office block numbered, as no one is named
    if _addressed_block(norm, tokens, n, lex):
        return True  # "Tarrow House, Leeds": an office block's name before its town
    if (
        n + 2 < len(tokens)
        and tokens[n + 1].low in _BUILDINGS - _ROOMS
        and norm[token.end : tokens[n + 1].start] == " "
        and _town_of_a_place(norm, tokens, n + 2)
    ):
        return True  # "the Watersmeet theatre, Rickmansworth": a venue before its town
    if (
        n + 1 < len(tokens)
        and _STREET_RE.match(tokens[n + 1].low)
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


#: A day of the week, a date or a time of day after a comma or "on": when, after where.
_WHEN_AFTER = re.compile(
    r"(?:,| on) (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|[0-9]{1,2}(?:st|nd|rd|th)?[ ./-]"
    r"|[0-9]{1,2}(?:[:.][0-9]{2})?(?:am|pm)\b)",
    re.IGNORECASE,
)
#: Nouns ending an office block's name that are people's surnames too ("House", "Hall"),
#: and so name a building only where its town follows, as on an address's line.
_BLOCKS = frozenset({"house", "hall", "tower", "lodge", "chambers", "building"})


def _addressed_block(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n``, a word no list has as a name, begins an office block's name
    written with its town after a comma ("Tarrow House, Leeds", "Pellin Tower, Orbury"): a
    surname after a forename is not followed so by a town, and a surname alone names the
    block ("Shaw House, Newbury"). A forename before it ("Darinka House, Leeds") still
    reads as a person's name, unless a room and its comma come first, as a venue's address
    is written ("Committee Room 4, Elizabeth House, Dereham"), or a day or a date follows,
    as a meeting's where and when do ("Deane House, Taunton, Wednesday 2nd October"), or
    "the" comes first, as no one's name is written ("the Victoria Hall, Grange-over-Sands"),
    or a practitioners' gathering is held there ("a practitioner day at Victoria Hall,
    Hawkhurst")."""
    if n + 1 >= len(tokens):
        return False
    block = tokens[n + 1]
    if not block.capital or block.low not in _BLOCKS or norm[tokens[n].end : block.start] != " ":
        return False
    if hyphened := _HYPHENATED_TOWN.match(norm, block.end):
        town, end = None, hyphened.end()  # "the McGrigor Hall, Frinton-on-Sea"
    elif n + 2 < len(tokens):
        town, end = tokens[n + 2], tokens[n + 2].end
        if norm[block.end : town.start] != ", " or not town.capital or town.possessive:
            return False
    else:
        return False
    if (
        tokens[n].low in lex.forenames
        and not _ROOM_BEFORE.search(norm, max(0, tokens[n].start - 32), tokens[n].start)
        and not _WHEN_AFTER.match(norm, end)
        and not _after_the(norm, tokens[n].start)
        and not _gathering_before(norm, tokens[n].start)
    ):
        return False  # but "Committee Room 4, Elizabeth House, Dereham": a venue's block
    if town is None:
        return True
    after = tokens[n + 3] if n + 3 < len(tokens) else None
    if after is not None and _name_goes_on(norm, town, after):
        return False  # "Tarrow House, Darinka Volescu": a person's name after it
    return town.low in lex.towns or bool(_TOPONYM.search(town.low))


#: A town named in hyphens after a comma (", Frinton-on-Sea"), which the name checks read
#: as no word at all (:func:`_without_places`).
_HYPHENATED_TOWN = re.compile(
    rf", [A-Z][a-z']+(?:-(?:{'|'.join(sorted(_PLACE_JOINS))}))+-[A-Z][a-z']+\b"
)


def _name_goes_on(norm: str, token: _Token, after: _Token) -> bool:
    """Whether ``after`` goes on the name that ``token`` ends: capitalised, joined to it,
    and no word of grammar, which opens a sentence (a line's next, once lines are joined),
    nor a label before its colon ("Attendees:"), which opens a line."""
    joined = norm[token.end : after.start] in _JOINED
    label = norm.startswith(":", after.end)
    return after.capital and joined and after.low not in _FUNCTION and not label


#: What joins the words of one name, not a list's or a clause's next ("Orbury - AOB: none").
_JOINED = frozenset({"", " ", "-", "' "})


def _saints_town(norm: str, tokens: list[_Token], n: int) -> bool:
    """Whether token ``n`` names, after "St", the town of a building or a body named just
    before its comma, as an address's next line does ("the Town Hall, St Mary's", "Civic
    Centre, St Ives"): a saint's town, no person."""
    if n < 2 or tokens[n - 1].low not in _SAINTS or not tokens[n].capital:
        return False
    saint, body = tokens[n - 1], tokens[n - 2]
    if norm[body.end : saint.start] != ", " or norm[saint.end : tokens[n].start] not in (" ", ". "):
        return False
    return body.low in _BUILDINGS or (body.capital and body.low in _ORGANISATIONS)


#: The points of the compass, ending a street's name ("Station Road East").
_COMPASS = frozenset({"north", "south", "east", "west"})


def _town_of_a_place(norm: str, tokens: list[_Token], n: int) -> bool:
    """Whether token ``n``, shaped as an English place's name, gives the town of a body or a
    building named just before it, as an address's next line does ("Civic Centre,
    Orbury", "Tamsford Hospital, Eskmere", "the old chapel meeting room, Orbury"), ending its
    name. A building's noun names one in lower case too; a body's only with a capital. What
    follows after a dash begins an item of its own, as a list's next line does."""
    if n < 1 or norm[tokens[n - 1].end : tokens[n].start] != ", " or not tokens[n].capital:
        return False
    lex = _lexicon()
    body = tokens[n - 1]
    if _district_of_town(norm, tokens, n - 1, lex):
        return True  # "at Westfields, Sandbach": the district's town
    if body.low in _COMPASS and n > 2 and _STREET_RE.match(tokens[n - 2].low):
        return tokens[n - 3].capital and tokens[n].low in lex.towns  # "Station Road East, Oxted"
    if body.low not in _BUILDINGS and not (body.capital and body.low in _ORGANISATIONS | _NUMBERED):
        if n < 2 or not tokens[n - 2].capital:
            return False
        if _STREET_RE.match(body.low):  # "Workshop, Tarrow Street, Eskmere"
            town = tokens[n].low in lex.towns  # "Staffordshire Place, Stafford"
            return town or _gathering_street(norm, tokens[n - 2].start, body.end)
        return _addressed_block(norm, tokens, n - 2, lex)  # "Tarrow House, Eskmere"
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    if after is not None and _name_goes_on(norm, tokens[n], after) and _namelike_word(after, lex):
        return False  # "Civic Centre, Darinka Volescu": a person's name after it
    named = body.capital and not _is_name(tokens[n].low, lex)  # "the Queen's Hall, Hexham"
    return bool(_TOPONYM.search(tokens[n].low)) or tokens[n].low in lex.towns or named


def _namelike_word(token: _Token, lex: _Lexicon) -> bool:
    """Whether ``token`` could be a word of a person's name: a name the lists have, or no
    word of English. One that is only English ("Apologies") opens the next line instead."""
    return _is_name(token.low, lex) or token.low not in lex.words


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


#: "At" a place, just before its name: where a venue is, not whom one is with.
_MET_AT = re.compile(r"\b(?:at|in) (?:the )?$", re.IGNORECASE)


def _district_of_town(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n``, shaped as an English place's name and no one's name, is a
    district written before the town the lists know it is in, as an address's last lines
    are ("Kirkbygate, Leeds", "Hollinsford, Coventry"): a town does not follow a person's
    name, nor is a venue met "at" ("at Westfields, Sandbach", "at the Catmose, Oakham"). A
    forename there ("Darinka, Leeds") or a name after the town is read as before."""
    token = tokens[n]
    if n + 1 >= len(tokens) or not token.capital or token.possessive:
        return False
    if _is_name(token.low, lex):
        return False
    if not (
        _TOPONYM.search(token.low)
        or _MET_AT.search(norm, max(0, token.start - 12), token.start)
        or _VENUE_BEFORE.search(norm, max(0, token.start - 12), token.start)
        or _ROOM_BEFORE.search(norm, max(0, token.start - 32), token.start)
    ):
        return False
    town = tokens[n + 1]
    if norm[token.end : town.start] != ", " or not town.capital or town.low not in lex.towns:
        return False
    after = tokens[n + 2] if n + 2 < len(tokens) else None
    return after is None or not _name_goes_on(norm, town, after)


def _listed_area(token: _Token, lex: _Lexicon) -> bool:
    """Whether ``token`` is an area listed among those a body covers: a place the lists know,
    or one shaped as an English place's name that is no one's name."""
    if not token.capital or token.possessive:
        return False
    known = token.low in _GENERIC or token.low in lex.towns
    return known or (bool(_TOPONYM.search(token.low)) and not _is_name(token.low, lex))


#: The endings of English places' names, from the words they are made of (Old English and
#: Norse for a farm, a ford, a valley, a lake, a clearing, a street): "Tamsford", "Orbury",
#: "Eskmere", "Kirkbygate".
_TOPONYM = re.compile(
    r"(?:ton|ford|bury|borough|ley|field|worth|don|dale|bridge|minster|chester|caster"
    r"|cester|stead|stow|port|mouth|land|thorpe|wick|wich|wood|hurst|combe|mere|shire"
    r"|well|moor|marsh|wold|holme|burn|brook|cliffe|ingham|gate|hall|side)$"
)


_BODY_WORDS = 5
