"""Numbers that identify someone: NHS, National Insurance, phone and record numbers, a
phone number read out in words, and vehicle registrations. Found by their digits, so
apart from the checks of words."""

from __future__ import annotations

import re
from datetime import date

import phonenumbers

from bot.domain.pseudonymity.findings import Finding
from bot.domain.pseudonymity.text import _FUNCTION, _GENERIC, _lexicon

_DIGIT = re.compile("[0-9]")


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
#: Where a phone number may start: a "+", a bracket, or a 0 that goes on no number before
#: it ("TR 51-06 11.09.2027" is a reference and a date).
_PHONE_LIKE = re.compile(r"(?:\+|\((?=[0-9])|(?<![0-9])(?<![0-9][-/.])0)[0-9 ().-]{8,24}[0-9]")


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
