"""Dates of birth, told from the dates of the work: a full date is refused unless the
words beside it say what happened on it. The place and name checks reuse its clause and
event-word helpers."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.domain.pseudonymity.findings import Finding
from bot.domain.pseudonymity.text import _BUILDINGS, _KIN, _LABELS, _ORGANISATIONS, _WORK_NOUNS

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)

#: A year of two digits after a month's name, but not a clock's hour: "22nd October, 13:30"
#: is a day and a time, not a date of 2013.
_SHORT_YEAR = r"[0-9]{2}(?![:.][0-9])"
#: Full dates with a year: 03/04/2015, 3-4-15, 03 04 2015, 2015-04-03, 3 April 2015,
#: 3-April-15, April 3rd, 2015.
_FULL_DATE = re.compile(
    r"\b[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:[0-9]{4}|[0-9]{2})\b"
    r"|\b[0-9]{1,2} [0-9]{1,2} (?:19|20)[0-9]{2}\b"
    r"|\b[0-9]{4}[/.-][0-9]{1,2}[/.-][0-9]{1,2}\b"
    rf"|\b[0-9]{{1,2}}(?:st|nd|rd|th)?[ /.-]?(?:of )?{_MONTH}(?:,? ?|[/.-])'?"
    rf"(?:[0-9]{{4}}|{_SHORT_YEAR})\b"
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
    rf"(?:{_MONTH}(?![a-z])|[0-9]{{1,2}}[ -]{_MONTH}(?![a-z])|(?:19|20)[0-9]{{2}}\b|'[0-9]{{2}}\b"
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
    forum course courses attendance death died told escalation speak spoke talk lunch reminder
    answer answered answers induction inductions chair chairs chaired chairing accept
    accepted accepts grant granted grants consult consulted consults begin begins began leave
    launch launched launches campaign minute-taker minute-takers note-taker note-takers
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
    catch-up consultation steering group resume resumes resumed reconvene reconvenes
    reconvened restart restarts restarted now
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Words that date a deadline or the start of a state when they come before the date ("by
#: 24 Dec 2026", "on a plan since 3/4/2026"): no one is born "since" a day.
_DEADLINE_WORDS = frozenset({"by", "until", "till", "since"})
#: Words that place a date against something done, right before it ("send it before 3 May
#: 2026", "reviewed after 3/4/2026", "no later than", "applies from", "w/c"), or a range's
#: end ("between 3/4/2026 and 5/4/2026"), or "ahead of" it: a birthday is when, never
#: before or after what.
_RELATIVE_WORDS = frozenset({"before", "after", "than", "from", "between", "wc"})
_RANGES = (["between", "and"], ["from", "to"], ["w", "c"], ["ahead", "of"])
#: A day of the week, in full or short: written right before a full date ("Monday 5 June
#: 2027", "Wed 2/10/2026"), it dates a day of a diary, as a date of birth is never written.
_WEEKDAY = re.compile(
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|weds|thur", re.IGNORECASE
)
#: An age reckoned from a date just before: "- makes her 5", ", so she is 6".
_AGE_AFTER = re.compile(
    r"\W{0,4}(?:which |that |so |and )?(?:makes|made|making) (?:her|him|them|the child|the baby)"
    r" [0-9]{1,2}\b|\W{0,4}so (?:she|he)(?:'s| is| will be| turns) [0-9]{1,2}\b"
    r"|\W{0,4}so [0-9]{1,2} (?:this|next) year\b",
    re.IGNORECASE,
)
#: An age given beside a date that opens its line: "13th Sep 2026 - she's 14" (after a
#: meeting's date, "he's 12 and was present" is the child's age at it).
_AGE_BESIDE = re.compile(
    r"\W{0,4}(?:she|he|they)(?:'s| is| are| was| were| turns| turned) [0-9]{1,2}\b", re.IGNORECASE
)
#: A date that records disagree on is someone's own: "GP record says otherwise", "school
#: has a different date".
_CONTESTED = re.compile(r"\b(?:another|a different) date\b|\bsays? otherwise\b")
#: The child's own health record (the "red book", a PCHR), whose dates are the child's.
_RED_BOOK = re.compile(r"\b(?:red book|pchr)\b", re.IGNORECASE)
#: A checklist question's answer, then its date: "Yes, 20/6/2029", "Yes, on 23/12/2029".
_ANSWERED = re.compile(r"(?:^|[?.:] )yes,? (?:on )?$", re.IGNORECASE)


def _opens_its_line(before: str) -> bool:
    """Whether nothing but a weekday stands before a date in its line ("Wednesday, ")."""
    lead = before.rsplit("\n", 1)[-1].strip(" ,-:")
    return not lead or _WEEKDAY.fullmatch(lead) is not None


#: A range opened "from" a full date, just before another: its end ("from 3 May 2027 to").
_RANGE_OPENED = re.compile(rf"\bfrom (?:{_FULL_DATE.pattern}),? (?:to|until|till) $", re.IGNORECASE)
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
    if _AGE_AFTER.match(after) or (_AGE_BESIDE.match(after) and _opens_its_line(before)):
        return False  # "28.1.2023 - makes her 5", "13th Sep 2026 - she's 14": a birthday
    if _RED_BOOK.search(before):
        return False  # "red book says 14.1.11": the child's health record gives the birth
    if _CONTESTED.search(after):
        return False  # "nan says 18th March, 2024 though the nursery has another date"
    if _ANSWERED.search(before):
        return True  # "Family agreed to be contacted? Yes, 20/6/2029.": a checklist's answer
    if _DELIVERY.search(f"{before} {after}"):
        return False  # "delivered at 32 weeks on 3/4/2021": a baby's delivery is its birth
    if _CLOCK.match(after) or (_ENTRY_HEAD.match(after) and not before.strip(" ,")):
        return True  # "on 3/4/2026 at 2pm", "3/4/2026: visit": an appointment, an entry
    if after.startswith(":") or _opens_an_entry(norm, match.start(), before, after):
        return True  # "Escalation log 19.09.2029: ...", "28 July 2028 the family moved ...":
        # the date heads what follows, as a chronology's entries and sentences open
    if (
        "next" in prior[-3:]
        or (set(prior) | set(_COMPOUND.findall(after.casefold())[:6])) & _VENUES
    ):
        return True  # "next run 2030-03-24", "01.01.2029, Reading Civic Offices": to come, where
    if _in_dated_series(norm, match):
        return True
    if prior[-2:-1] and prior[-1] == "on" and prior[-2] in _WORK_NOUNS:
        return True  # "the court on 2 June 2026": a body of the work sat, or a plan is due
    if (prior[-1:] and prior[-1] in _RELATIVE_WORDS) or prior[-2:] in _RANGES:
        return True
    if _RANGE_OPENED.search(before):
        return True  # "put back from 19th Dec 2028 to 25/07/2028": a range's other end
    if prior[-1:] and _WEEKDAY.fullmatch(prior[-1]):
        return True  # "on Tuesday 3 March 2026": a diary's day, set for something done
    if prior[-1:] in (["on"], ["for"]) and _event_on(norm, match.start()):
        return True
    if before.strip().casefold() == "on" and _sentence_of_an_event(norm, match.end()):
        return True  # "On 3/05/2028 staff from three agencies met the reviewer": its day
    if prior[-3:-2] == ["be"] and prior[-1] == "on" and prior[-2].endswith("ed"):
        return True  # "Scope to be settled on 1.1.2028": what is to be done on a day
    if _titled_by_event(norm, match.start()):
        return True  # "Report of the scrutineer to the executive, 3.5.2027": a title's date
    if norm.endswith(": ", 0, match.start()) and _event_before(norm, match.start()):
        return True  # "Reports due from the police and the ICB: 4 September 2027"
    return (
        bool(words & _DEADLINE_WORDS)
        or _tells_an_event(words)
        or any(_stem(word) in _PROCESS_STEMS for word in prior)
    )


def _tells_an_event(words: set[str]) -> bool:
    """Whether ``words`` hold an event word in any of its forms, a record's name aside."""
    return any(_stem(word) in _EVENT_STEMS for word in words - _RECORD_WORDS)


def _event_before(norm: str, start: int) -> bool:
    """Whether the clause before a date, however long, holds an event word and no word of
    birth: what a line's label before its colon says is due or done on the day."""
    clause = _CLAUSE_BREAK.split(norm[max(0, start - _EVENT_REACH) : start])[-1]
    words = set(_COMPOUND.findall(clause.casefold()))
    if words & _BIRTH_WORDS:
        return False
    return _tells_an_event(words)


def _sentence_of_an_event(norm: str, end: int) -> bool:
    """Whether the sentence after a date that opens it with "On" tells of an event, however
    many words come before its verb ("On 28 May 2029 frontline staff from the police, the
    trust and the housing team met the reviewer"), with no word of birth nor a delivery."""
    sentence = _CLAUSE_BREAK.split(norm[end : end + 2 * _EVENT_REACH])[0]
    words = set(_COMPOUND.findall(sentence.casefold()))
    if words & _BIRTH_WORDS or _DELIVERY.search(sentence):
        return False
    return _tells_an_event(words)


def _opens_an_entry(norm: str, start: int, before: str, after: str) -> bool:
    """Whether a date opens the text or a sentence, as a chronology's entry does, with what
    happened after it and no word of birth just before it: a full stop after a word of one
    letter ("b. 3/4/15") or after a word of birth ("DOB. 3/4/15") abbreviates, and does not
    end a sentence. A date alone says nothing of what it is for."""
    if before.strip() or len(_COMPOUND.findall(after)) < 2:
        return False
    prior = _COMPOUND.findall(norm[max(0, start - 24) : start].casefold())
    return not prior or (len(prior[-1]) > 1 and not set(prior[-2:]) & _BIRTH_WORDS)


def _titled_by_event(norm: str, start: int) -> bool:
    """Whether the clause before a date, set off from it by a comma, opens with an event's or
    a document's noun, as a title does, however long ("Report of the independent reviewer
    to the leaders' group, 3/5/2027"), or with one word before it ("Joint meeting with the
    community safety partnership, the Artrix, Bromsgrove, 1.5.2029"): the date is the
    title's. No word of birth is in it (the caller has looked)."""
    if not norm.endswith(", ", 0, start):
        return False
    clause = _CLAUSE_BREAK.split(norm[max(0, start - _EVENT_REACH) : start])[-1]
    if len(clause) == _EVENT_REACH:
        return False  # its opening is further back than a title's
    words = _COMPOUND.findall(clause.rsplit("\n", 1)[-1].casefold())
    return any(_stem(word) in _EVENT_STEMS and word not in _RECORD_WORDS for word in words[:2])


def _event_on(norm: str, start: int) -> bool:
    """Whether an event word anywhere before a date "on" it, in its clause, is what the date
    is for, however many words describe it ("invited to a session on neglect at the town
    hall on 4/10/2026", "the report to go to the executive on 3/9/2026"): "on" a day is when
    what the clause tells took place; no word of birth may be in the clause."""
    clause = _CLAUSE_BREAK.split(norm[max(0, start - _EVENT_REACH) : start])[-1]
    words = set(_COMPOUND.findall(clause.casefold()))
    if words & _BIRTH_WORDS:
        return False
    if words & {"will", "shall"}:
        return True  # "Terms of reference will go to the partners on 10.7.2028": to come
    if words & (_ORGANISATIONS | _BUILDINGS) and _CAPITALISED_BODY.search(clause):
        return True  # "seen at Barnsley Hospital and Community Paediatrics on 3 March 2027"
    if _AT_A_PLACE.search(clause):
        return True  # "Places left at Shirehall, Shrewsbury on 13 March 2028": a venue's day
    return _tells_an_event(words)


#: Where a date's event is held, after it: a building or a room, or online.
_VENUES = _BUILDINGS | {
    *("centre", "center", "trust", "hospital", "online", "virtual", "teams", "zoom", "webex"),
    "website",
}
#: "at" a capitalised place, in the clause before a date "on" it: something held there.
_AT_A_PLACE = re.compile(r"\bat (?:the )?[A-Z][\w'-]+")
#: A body named with capitals in a clause ("at Barnsley Hospital"): what happened "on" a
#: day there happened at the body, not at a birth.
_CAPITALISED_BODY = re.compile(r"\b[A-Z][\w'-]* (?:[A-Z][\w'-]* )*(?:[A-Z][a-z]+)\b")


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
    rf"\bdeliver(?:ed|y)\b(?:\s+[\w'/.-]+){{0,3}}?\s+(?:at\s+)?{_GESTATION}"
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
#: Words that make a clause of a dated series about a person, not an entry of a log.
_SERIES_PERSONS = _KIN | set(_LABELS) | {"baby", "infant", "unborn"} | _BIRTH_WORDS
