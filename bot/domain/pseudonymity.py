"""Refusing identifying details: the bot may hold a case reference and a pseudonym, nothing
that identifies a child or family (a real name, date of birth, address, postcode, school).

The real details go to the Panel through the government's own system, so text typed into
the bot never needs them, and the form refuses text that looks like one, saying why. The
checks are heuristics tuned to let ordinary safeguarding prose through ("Police attended.
Child K was taken to hospital.") and to catch the usual slips ("Jane Smith", "Mr Smith",
"DOB 03/04/2015", "SW1A 1AA", "12 Acacia Avenue", "Oakfield Academy").

A message quotes what it found, so it may itself be identifying: show it to the person who
typed the text, and never log it (nor the text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

PSEUDONYM_MAX = 40

# --- vocabulary ------------------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)

#: Words that do not make a person's name when capitalised beside another: the child and
#: family by role, agencies, posts, services and procedures, time, places and heritage in
#: general, acronyms, and the small words that start a sentence. Lower case; a possessive
#: is removed before looking a word up, and a hyphenated word is generic when its parts are.
_GENERIC = frozenset(
    """
    child children baby babies young person persons people sibling siblings infant teenager
    boy girl twin twins case unborn newborn toddler youth brother sister son daughter pupil
    student mother father mum dad mummy daddy parent parents parental stepfather stepmother
    step grandmother grandfather grandparent grandparents nan nana gran grandma grandad aunt
    uncle cousin partner carer carers foster fostering kinship connected family families
    guardian guardianship special adoption adoptive adopter birth maternal paternal extended
    household neighbour neighbours friend friends victim adult adults vulnerable
    police constabulary force officer officers constable detective sergeant inspector
    public investigation investigations crime major control room neighbourhood policing
    hospital hospitals infirmary royal general university council trust foundation nhs
    board panel ofsted cqc cafcass safeguarding partnership partners health education
    probation ambulance paramedic paramedics crew team unit emergency accident urgent
    treatment department a&e gp icb ccg integrated clinical commissioning group local
    authority county borough city district metropolitan national social care services
    service worker workers manager managers lead leads designated named nurse doctor
    paediatrician paediatric paediatrics consultant midwife midwifery maternity antenatal
    postnatal perinatal neonatal intensive ward visitor visiting liaison therapist therapy
    speech language occupational dental pharmacy surgery clinic centre center practice
    practitioner primary community mental wellbeing disability disabilities learning
    syndrome disorder medical medicals examination post mortem death deaths sudden
    unexpected infancy school teacher headteacher head class form tutor attendance welfare
    inclusion pastoral exclusion alternative provision elective reception sixth
    higher virtual independent reviewing secure residential accommodation supported home
    homes custody prison hmp yoi institution respite contact duty out hours director
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
    dcs
    england wales scotland northern ireland britain british english welsh scottish irish
    european north south east west central greater new black white asian mixed caribbean
    african indian pakistani bangladeshi chinese arab gypsy roma traveller heritage muslim
    christian catholic jewish sikh hindu buddhist islam
    christmas easter eid ramadan diwali year bank holiday day days week weeks month months
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december teams zoom microsoft online
    a an the and or of in on at by for from to with without into onto after before during
    following since until when while whilst where as although though but so then there
    this that these those it he she they we i his her their our its both all each every
    no not none some any many several one two three first second third later earlier
    yesterday today tomorrow overnight subsequently previously initially however also
    further additionally currently recently around about over under between within
    despite because once unfortunately prior throughout neither either nor next last other
    others another such same only just even still again most more less much very what which
    who whose why how if unless whether yet never always often sometimes meanwhile
    thereafter afterwards eventually finally firstly secondly is was were be been are has
    have had do does did can could will would should must might
    """.split()  # noqa: SIM905 (a word list reads best as words)
)

#: The last word of a phrase naming an organisation, a service, a post, a place or a
#: procedure: "Leeds Hospital", "Secure Children's Home", "Independent Reviewing Officer".
#: A person's name ends in the name itself ("Mother Jane", "Jane Smith").
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
    event events audit response
    """.split()  # noqa: SIM905 (a word list reads best as words)
)

# --- patterns ----------------------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINK = re.compile(r"https?://|www\.|@", re.IGNORECASE)

#: A UK postcode: outward code (A9, A99, A9A, AA9, AA99, AA9A) and inward code (9AA).
_POSTCODE = re.compile(
    r"\b(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRV-Y]?)"
    r"[ \t]?[0-9][ABD-HJLNP-UW-Z]{2}\b",
    re.IGNORECASE,
)

#: Full dates with a year: 03/04/2015, 3-4-15, 2015-04-03, 3 April 2015, April 3rd, 2015.
_FULL_DATE = re.compile(
    r"\b[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:[0-9]{4}|[0-9]{2})\b"
    r"|\b[0-9]{4}[/.-][0-9]{1,2}[/.-][0-9]{1,2}\b"
    rf"|\b[0-9]{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH},?[ \t]+[0-9]{{4}}\b"
    rf"|\b{_MONTH}[ \t]+[0-9]{{1,2}}(?:st|nd|rd|th)?,?[ \t]+[0-9]{{4}}\b",
    re.IGNORECASE,
)

#: Anything date-like in a pseudonym, where even a day and month or a year is too much.
_DATE_PART = re.compile(
    rf"{_FULL_DATE.pattern}|\b[0-9]{{1,2}}[/.-][0-9]{{1,2}}\b|\b(?:19|20)[0-9]{{2}}\b"
    rf"|\b[0-9]{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH}(?![a-z])",
    re.IGNORECASE,
)

_BIRTH = re.compile(
    r"\bd\.?o\.?b\b\.?|\bdate[ \t]+of[ \t]+birth\b|\bborn[ \t]+on\b(?![ \t]+time\b)", re.IGNORECASE
)

#: A word that may be capitalised: any letter but a-z, then letters, apostrophes, hyphens.
_NAME_WORD = r"[^\W\d_a-z][\w'\u2019-]*"
_HONORIFIC = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+({_NAME_WORD})")

_STREET = (
    "Road|Rd|Street|St|Lane|Ln|Close|Drive|Dr|Way|Avenue|Ave|Crescent|Cres|Grove|Gardens"
    "|Place|Court|Terrace|Square|Hill|Walk|Mews|Row|Park|View|Rise|Green|Parade"
)
#: "12 Acacia Avenue", "4a Elm Rd"; without a number, only the unmistakable street words.
_ADDRESS = re.compile(
    rf"\b[0-9]{{1,4}}[a-zA-Z]?,?[ \t]+(?:{_NAME_WORD}[ \t]+){{1,3}}(?:{_STREET})\b"
    rf"|\b(?:{_NAME_WORD}[ \t]+){{1,2}}(?:Road|Street|Lane|Close|Drive|Avenue|Crescent|Way"
    r"|Grove|Gardens|Terrace|Mews)\b"
)
_SCHOOL = re.compile(
    rf"\b(?:{_NAME_WORD}[ \t]+){{1,3}}(?:School|Academy|College|Nursery|Primary|Infants"
    r"|Juniors|Grammar|High)\b"
)

#: A word, keeping the apostrophes and hyphens of names (O'Brien, Smith-Jones, Children's)
#: and the dots of initials (J.K) and ampersands of acronyms (A&E).
_WORD = re.compile(r"[^\W\d_]+(?:[.'\u2019&-][^\W\d_]+)*")
_BETWEEN_NAMES = re.compile(r"[ \t\u00a0]+")


# --- the checks --------------------------------------------------------------------------------


def check_pseudonym(text: str) -> str | None:
    """Why ``text`` cannot be a pseudonym, or None. Initials ("J.K.", "KM"), a chosen name
    ("Poppy") or a description ("Child K", "Sibling 2") are fine; a full name is not, in any
    case ("jane smith"), since a real name is the likeliest slip."""
    text = text.strip()
    if not text:
        return 'Enter a pseudonym, such as "Child K" or a chosen first name.'
    if len(text) > PSEUDONYM_MAX:
        return f"Keep the pseudonym to {PSEUDONYM_MAX} characters or fewer."
    if _LINK.search(text):
        return "A pseudonym cannot contain an email address or a web link."
    if match := _DATE_PART.search(text):
        return (
            f'A pseudonym cannot contain a date ("{match.group()}"): it could be a date '
            'of birth. Use initials or a chosen name, such as "Child K".'
        )
    if match := _POSTCODE.search(text):
        return _postcode_message(match.group())
    if sum(not _generic(word, set()) for word in _WORD.findall(text)) > 1:
        return (
            f'This looks like a full name ("{text}"). Use initials that are not the child\'s '
            'real ones, or a chosen first name, such as "Child K".'
        )
    return None


def check_free_text(text: str, *, max_length: int, pseudonym: str = "") -> str | None:
    """Why ``text`` cannot be kept, or None: too long, or it looks like it holds a postcode,
    a date of birth, an email address, an address, a school or a person's name. Words of
    ``pseudonym`` count as generic, so "Child Alpha" may appear in its own case's text."""
    text = text.strip()
    if len(text) > max_length:
        return f"Keep this to {max_length} characters or fewer (it has {len(text)})."
    if match := _POSTCODE.search(text):
        return _postcode_message(match.group())
    if match := _EMAIL.search(text):
        return (
            f'This looks like an email address ("{match.group()}"). Leave contact details '
            "out: they identify people."
        )
    if match := _BIRTH.search(text):
        return (
            f'This mentions a date of birth ("{match.group()}"). Leave it out and give the '
            'child\'s age instead, for example "aged under 1".'
        )
    if match := _FULL_DATE.search(text):
        return (
            f'This looks like a full date ("{match.group()}"), which could be a date of '
            'birth. Give the child\'s age instead ("aged 4"), and other dates without the '
            'year ("3 April") or as a weekday.'
        )
    if named := _first_named(_ADDRESS, text):
        return (
            f'This looks like an address ("{named}"). Leave addresses out: say "the family '
            'home" or "a relative\'s home" instead.'
        )
    if named := _first_named(_SCHOOL, text):
        return (
            f'This looks like the name of a school or nursery ("{named}"). Say "school" or '
            '"nursery" without naming it.'
        )
    for honorific in _HONORIFIC.finditer(text):
        if honorific.group(1)[0].isupper():
            return (
                f'This looks like a person\'s name ("{honorific.group()}"). Use roles '
                "(mother's partner, GP, class teacher) instead of names."
            )
    own = {_normal(word) for word in _WORD.findall(pseudonym)}
    for run in _capitalised_runs(text):
        words = [word.group() for word in run]
        if _normal(words[-1]) in _HEADS or all(_generic(word, own) for word in words):
            continue
        while len(run) > 2 and _generic(run[0].group(), own):
            run = run[1:]  # "On Monday Jane Smith": quote the name, not the sentence
        return (
            f'This looks like a full name ("{text[run[0].start() : run[-1].end()]}"). Use '
            "the pseudonym and roles (mother, social worker) instead."
        )
    return None


# --- helpers -----------------------------------------------------------------------------------


def _postcode_message(found: str) -> str:
    return (
        f'This looks like a postcode ("{found}"). Leave addresses out: they go in the '
        "notification to the Panel, not here."
    )


def _first_named(pattern: re.Pattern[str], text: str) -> str | None:
    """The first match whose words, before the street or school word, are not all generic
    ("12 Acacia Avenue", "Oakfield Academy", but not "the Primary School")."""
    for match in pattern.finditer(text):
        words = _WORD.findall(match.group())[:-1]
        if any(word[0].isupper() and not _generic(word, set()) for word in words):
            return match.group()
    return None


def _capitalised_runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Each sequence of two or more capitalised words with only spaces between them (or an
    initial's full stop: "J. Smith")."""
    run: list[re.Match[str]] = []
    for word in _WORD.finditer(text):
        if run and word.group()[0].isupper():
            gap = text[run[-1].end() : word.start()]
            if len(run) == 1 and len(run[0].group()) == 1:
                gap = gap.removeprefix(".")
            if _BETWEEN_NAMES.fullmatch(gap):
                run.append(word)
                continue
        if len(run) > 1:
            yield run
        run = [word] if word.group()[0].isupper() else []
    if len(run) > 1:
        yield run


def _generic(word: str, own: set[str]) -> bool:
    """Whether ``word`` cannot be part of a person's name: a generic word, a word of the
    case's own pseudonym, an initial or initials ("K", "J.K", "KM"), or a short acronym."""
    normal = _normal(word)
    if all(len(part) == 1 for part in re.split(r"[.&]", normal)):
        return True
    if word.isupper() and len(_letters(normal)) <= 3:
        return True
    return all(part in _GENERIC or part in own for part in normal.split("-"))


def _normal(word: str) -> str:
    """Lower case without a possessive: "Children's" and "children" look up alike."""
    word = word.casefold().replace("\u2019", "'")
    return word.removesuffix("'s").removesuffix("'")


def _letters(word: str) -> str:
    return "".join(ch for ch in word if ch.isalpha())
