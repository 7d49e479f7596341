"""Person names, in free text and in a pseudonym: the gazetteer's names, capitalised
words no list has, titles, relatives and names given, each unless the words round it make
it a place, an organisation or a chosen pseudonym."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from bot.domain.pseudonymity.contacts import _BE, _CASE_REFERENCE
from bot.domain.pseudonymity.dates import _EVENT_STEMS, _MONTH, _stem
from bot.domain.pseudonymity.findings import Finding
from bot.domain.pseudonymity.places import (
    _AREAS,
    _BLOCKS,
    _BODY_WORDS,
    _COMPASS,
    _OWNING_LABELS,
    _REVIEWS,
    _STREET_RE,
    _TOPONYM,
    _addressed_block,
    _after_place_word,
    _area_after_place_word,
    _area_of_a_body,
    _bracketed_area,
    _district_of_town,
    _forename_of_a_building,
    _forename_of_a_street,
    _gathering_street,
    _in_organisation,
    _joint_area,
    _lone_town,
    _names_a_venue,
    _saints_town,
    _set_off_town,
    _town_first,
    _town_of_a_place,
    _town_placed,
    _venue_before_its_street,
    _venue_of_a_town,
    _venues_street,
    _without_places,
    _without_saints_venues,
)
from bot.domain.pseudonymity.text import (
    _BUILDINGS,
    _CLINICIAN_TITLES,
    _EPONYMOUS,
    _FUNCTION,
    _GENERIC,
    _HEADS,
    _KIN,
    _LABELS,
    _ORGANISATIONS,
    _PERSON_VERBS,
    _TITLES,
    _after_the,
    _chosen,
    _fold,
    _generic,
    _in_capitals,
    _is_name,
    _Lexicon,
    _lexicon,
    _mixed_case,
    _only_surname,
    _possessive,
    _Token,
    _tokens,
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
#: Titles written short, which a full stop may follow ("Dr. Osei"); after a title in full,
#: one ends a sentence ("seen by the doctor. Thanks").
_ABBREVIATED = frozenset({"dr", "prof", "mr", "mrs", "ms", "mx"})

#: Verbs of speaking: the word before one, opening a sentence, is who spoke.
_SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "asked", "asks", "disclosed"})


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
            or _closing_initial(norm, tokens, n)
        )  # "A. Kassaw", "Child A", "A Kassaw", "Paprika A"
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
    if names and _own_name(norm, tokens, names[0], lex, own):
        return (
            f"This reads as the child's own name or a relative's (\"{names[0].text}\"). Use "
            'initials that are not the child\'s, or a chosen first name, such as "Child K".'
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
                norm[name.end :].casefold().lstrip("' (").startswith(_HOUSEHOLD)
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


#: Nouns for a baby after a surname in a pseudonym: "Takeuchi baby".
_BABY_NOUNS = frozenset({"baby", "babies", "infant", "newborn"})


def _own_name(norm: str, tokens: list[_Token], name: _Token, lex: _Lexicon, own: set[str]) -> bool:
    """Whether ``name``, a name of the lists or a word no list has, is said in a pseudonym to
    be someone's own, as a family says it: "Our Oscar", "Mum Ewelina", "Elizabet's brother",
    "Takeuchi baby"; so is any capitalised word after "our", "young" or "little" ("our
    Winkle", "young Toecap"). A chosen word of English stays a pseudonym otherwise
    ("Bramble's brother")."""
    if name.low in own:
        return False
    n = tokens.index(name)
    before = tokens[n - 1].low if n > 0 else ""
    if before in ("our", "my", "young", "little", "wee") and (
        name.capital or _is_name(name.low, lex)
    ):
        return True  # "young Toecap": how a family speaks of its child, not a review's label
    if before in _KIN and before not in _LABELS and name.capital:
        return True  # "Uncle Gaz", "Mum Ewelina": a relative by name ("Sibling Willow" is a label)
    if not (_is_name(name.low, lex) or _unknown(name, lex, own, typo=False)):
        return False
    if before in _KIN and before not in _LABELS:
        return True  # "Mum Ewelina": a relative by her name ("Sibling Willow" is a label's)
    after = tokens[n + 1].low if n + 1 < len(tokens) else ""
    return (name.possessive and (after in _KIN or after in _BABY_NOUNS)) or (
        after in _BABY_NOUNS and not name.possessive and _unknown(name, lex, own, typo=False)
    )


#: Words after a family's surname: "Dravinek family", "Korsu household", "Benn sibling group",
#: "the Pierce kids".
_HOUSEHOLD = (
    "family",
    "household",
    "children",
    "kids",
    "sibling",
    "twins",
    "twin",
    "triplets",
    "sisters",
    "brothers",
)


def _labelled_name(norm: str, name: _Token, lex: _Lexicon) -> bool:
    """Whether ``name`` follows a review's label for a child or a relative "of" one, as a
    name does: "Baby Okonjo" (a hospital names a newborn by the family's surname), "Young
    Person Tomasz", "Mother of Tomasz". After "Baby" a name of the lists is taken for one,
    forename or not (a chosen name for a baby is an initial or a word: "Baby Q", "Baby
    Pebble", or "Baby Flint", an everyday word no surname is), and so after "young",
    "little" or "wee" ("young Vincentiu"); after another label, a name
    no English word is, or a word no list has, as "Child Alpha" or "Child Lantern" may be
    chosen, nor a forename's plural ("Child Marisas")."""
    before = [w for w in norm[: name.start].casefold().split() if w not in _PARTICLES]
    if before[-1:] == ["of"] and before[-2:-1] and before[-2] in _OWNING_LABELS:
        before = before[:-1]  # "Baby of Amara": a newborn by a parent's name, as wards write
    if before[-1:] in (["boy"], ["girl"]) and before[-2:-1] in (["baby"], ["unborn"]):
        before = before[:-1]  # "Baby boy Cesal", as a ward names a newborn by the surname
    if before[-1:] in (["baby"], ["infant"], ["unborn"], ["young"], ["little"], ["wee"]):
        chosen = name.low in lex.everyday and name.low not in lex.surnames  # "Baby Flint"
        return len(name.low) > 1 and (
            (_is_name(name.low, lex) and not chosen)
            or _unknown(name, lex, set(), acronyms=False, typo=False)
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
    girl", "Year 6 Zarvik boy", "Zarvik Year 1 boy"): a family's surname or a place the
    child is from, not a chosen word, which is English ("the Lantern girl")."""
    after = norm[name.end :].casefold().split()
    if after[:1] == ["year"] and len(after) > 2 and after[1].isdigit():
        after = after[2:]  # "Fernbrake Year 1 boy": the school, the year, the child
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
    if not _after_the(norm, name.start) or not name.low.endswith("s"):
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
#: What a pseudonym may hold besides the name: its case's reference ("CSPR-2026-004 Child
#: K"), a review's kind with its number in the partnership's series ("LCSPR 12/03", the
#: twelfth of 2003: no date of birth is written after a review's name), and a year in
#: brackets, as published reviews are named ("Child K (2024)"); a year says less than the
#: age a note may give.
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
#: One word, then up to four in lower case, then an age as :data:`_INITIALS_AGED` reads one:
#: "Tomasz (12)", "Ama, 9", "Roger from the yard, 11".
_NAME_AGED = re.compile(
    r"\s*([^\W\d_][^\W\d_'-]*(?:['-][^\W\d_]+)?)(?:\s+[a-z][a-z'-]*){0,4}"
    r"\s*(?:,\s*|\(\s*|aged\s+|age\s+|who(?: is|'s)\s+)+"
    r"(?:aged\s+)?[0-9]{1,2}\s*(?:yrs?|years?(?: old)?|y/?o|y)?\.?\s*\)?\s*$"
)


def _aged_name(word: str) -> bool:
    """Whether ``word``, given with an age as a whole pseudonym, is a forename: one the
    gazetteer has or no word of English ("Tomasz (12)", "Oyelaran, 9"). A forename and an
    age point to one child, as initials and an age do; a review's label or a chosen word of
    English ("Child (7)", "Granite (7)") names no one, nor does a word of the work, but a
    place's that is a forename too is one ("Lucia aged 17")."""
    lex = _lexicon()
    low = _fold(word.casefold())
    if low in _LABELS or low in _GENERIC or low in lex.terms:
        return False
    if low in lex.known and not _is_name(low, lex):
        return False
    return _is_name(low, lex) or low not in lex.words


#: Shops and firms named after a person, written with a possessive ("McDonald's").
_FIRMS = frozenset({"mcdonald", "sainsbury", "nando", "morrison", "boot", "mercedes"})


#: Parts of a document or a plan given a letter, which may be "x": "Appendix x".
_LETTERED_PARTS = frozenset(
    "appendix annex annexe option section table figure form item page schedule step".split()  # noqa: SIM905
)
#: A message signed with a kiss: a capitalised word, then "x" or "xx", ending the text.
_KISSED = re.compile(r"(?<![\w'])((?-i:[A-Z])[\w'-]+),? x{1,3}$")


def _kissed_sign_off(norm: str, own: set[str]) -> Finding | None:
    """The writer's own name, signing a message with a kiss ("... go back there Keto x"), as
    only a person signs: a word of English there is still a name ("Rehab xx")."""
    match = _KISSED.search(norm, max(0, len(norm) - 40))
    if match is None or match.group(1).casefold() in _GENERIC | _LETTERED_PARTS | own:
        return None
    return Finding("name", match.group(1))


#: A message's last sentence of one capitalised word, or a dash and one: its signature.
_SIGNED_ALONE = re.compile(r"[.!?] ([-\u2013\u2014] ?)?((?-i:[A-Z])[a-z'-]+)[.!]?$")


#: A message's last word in lower case after a kiss: "pls keep my name out of it x\nisolina"
#: (lines are spaces once normalised).
_LAST_LINE = re.compile(r"(?<![\w'])x{1,3},? ([a-z][a-z'-]+)[.!]?$")


def _signed_alone(norm: str, lex: _Lexicon, own: set[str]) -> Finding | None:
    """The writer's name signing a message as its last sentence: a forename the lists have
    ("See you then. Will"), or any word but a verb's form after a dash ("... I emailed. -
    Jihad"), or after a kiss, if it is no word ("... x\nisolina"). A
    message ends in other words too ("Thanks. Agreed.", "- Chair")."""
    if (last := _LAST_LINE.search(norm, max(0, len(norm) - 30))) and _unknown(
        next(_tokens(norm[last.start(1) :])), lex, own, acronyms=False, typo=False
    ):
        return Finding("name", last.group(1))
    match = _SIGNED_ALONE.search(norm, max(0, len(norm) - 30))
    if match is None:
        return None
    low = match.group(2).casefold()
    if low in own or low in _HEADS or low in lex.known or low.endswith(("ed", "ing")):
        return None
    if _SIGNED.search(f"{low} "):
        return None  # "- Thanks": the sign-off's own word
    if low in lex.forenames if match.group(1) is None else low not in _GENERIC:
        return Finding("name", match.group(2))
    return None


#: A name said to be what someone is called or saved as, or set against a real name:
#: "Lemon Drop is what the family call him", "Jigger is what the older man has her saved
#: as", "Ullage is the name the man has her under", "only ever say Nutmeg, never her real
#: name".
_NAME_SAID_SO = re.compile(
    r"(?-i:\b([A-Z][\w'-]+)(?: [A-Z][\w'-]+)?)"
    r"(?: is what (?:[\w']+ ){0,3}call(?:s|ed)? (?:him|her|them|me)\b"
    r"| is what (?:[\w']+ ){0,8}(?:him|her|them) (?:saved|stored|listed|down) as\b"
    r"| is the name (?:[\w']+ ){0,8}(?:him|her|them) (?:under|as)\b"
    r"|,? (?:(?:and|but) )?(?:not|never|isn't|is not) (?:his|her|their|my) real name)",
    re.IGNORECASE,
)

#: What :data:`_NAME_SAID_SO` holds, looked for first: far quicker than the whole pattern.
_SAID_SO_SHAPED = re.compile(r"is what|is the name|real name", re.IGNORECASE)


def _name_said_so(norm: str, own: set[str]) -> Finding | None:
    """A name that :data:`_NAME_SAID_SO` reads as someone's, whatever its words are."""
    if not _SAID_SO_SHAPED.search(norm):
        return None
    for match in _NAME_SAID_SO.finditer(norm):
        if match.group(1).casefold() not in own and match.group(1).casefold() not in _GENERIC:
            return Finding("name", match.group(1))
    return None


def _person(norm: str, own: set[str]) -> Finding | None:
    lex = _lexicon()
    tokens = _without_saints_venues(norm, _without_places(norm, list(_tokens(norm)), lex))
    return (
        _kissed_sign_off(norm, own)
        or _signed_alone(norm, lex, own)
        or _name_said_so(norm, own)
        or _titled(norm, tokens, lex, own)
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


#: Verbs of thinking, after which a clause is reported as after one of speaking: "her sister
#: thinks Baz is staying with a man".
_THINKING_VERBS = frozenset(
    """
    think thinks thought believe believes believed reckon reckons reckoned know knows knew
    fear fears feared suspect suspects suspected worry worries worried
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Verbs that follow the subject of a clause reported after a verb of speaking: "says Baz is".
_AUXILIARIES = frozenset(
    "is was has had will would can could cannot did does seems seemed gets got keeps".split()  # noqa: SIM905
)


def _reported_subject(norm: str, tokens: list[_Token], n: int) -> bool:
    """Whether token ``n`` opens a clause reported straight after a verb of speaking, as
    its subject, before its verb: "the teacher says Baz is tired", "says Squeak came"."""
    return (
        0 < n < len(tokens) - 1
        and (tokens[n - 1].low in _SUBJECT_VERBS or tokens[n - 1].low in _THINKING_VERBS)
        and norm[tokens[n - 1].end : tokens[n].start] == " "
        and (tokens[n + 1].low in _AUXILIARIES or tokens[n + 1].low in _PERSON_VERBS)
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


#: A sentence's end between a verb of calling and the next word: "has been called. Please".
_SENTENCE_END = re.compile(r"[.!?;]")
#: Words before a name given ("called Jack", "known as Jack").
_GIVEN_NAME = frozenset({"called", "calls", "named", "nicknamed", "aka"})
#: Quotation marks opening a word, once normalised: a name given is often quoted.
_OPEN_QUOTES = frozenset("'\"")
_IS = rf"\b(?:he|she|they){_BE} (?-i:([A-Z][\w'-]+))"
#: A name someone "is" to the people around them or that is shouted at them, capitalised
#: as a name is: "he is Nacho to everyone", "he is Chough, and the men shout it when he
#: walks past", "the men shout Gnocchi when she walks past", or saved in a phone as:
#: "He's saved in the older lad's phone as Crabstick".
_NAMED_AROUND = (
    re.compile(rf"{_IS} to (?:everyone|everybody|all|his|her|their|the)\b", re.IGNORECASE),
    re.compile(rf"{_IS}\b(?=[^.;]*\b(?:shout|yell|call)(?:s|ed)? it\b)", re.IGNORECASE),
    re.compile(
        r"\b(?:shout|yell)(?:s|ed|ing)? (?-i:([A-Z][\w'-]+)) (?=(?:when|whenever|as|at|and)\b)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:saved|stored|listed) (?:in|on) (?:[\w']+ ){0,4}(?:phone|mobile|contacts)"
        r"(?: [\w']+){0,2} as (?-i:([A-Z][\w'-]+))",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:him|her|them|(?:he|she|they)(?:'s| is| are| was| were))"
        r" (?:saved|stored|listed) (?:only )?as"
        r" (?-i:([A-Z][\w'-]+))",
        re.IGNORECASE,
    ),  # "saw her saved as Kedge in the phone": a person saved so, not a file
    re.compile(
        r"(?-i:\b([A-Z][\w'-]+)) (?:saved|stored|listed) (?:in|on) (?:[\w']+ ){0,4}"
        r"(?:phone|mobile|contacts)\b",
        re.IGNORECASE,
    ),  # "found Kitbag saved in a man's contacts"
)


def _plain_name(word: str, lex: _Lexicon, own: set[str]) -> bool:
    """Whether a capitalised ``word`` may be someone's name: no word of the work, place,
    language or post ("Polish", "Deputy"), nor the case's own."""
    low = _possessive(word.casefold())
    return low not in own and low not in lex.known and low not in _GENERIC | _TITLES


#: A verb of being known by a name, ending just before it: "known as", "goes by", "went by".
_GOES_BY = re.compile(
    r"\b(?:known(?: only| simply| just)? as|(?:knows?|knew) (?:her|him|them)"
    r"(?: only| simply| just)? as|answers? to|(?:shouts?|shouted|yells?|yelled) (?:for )?"
    r"(?:her|him|them) as"
    r"|(?:go|goes|going|went|gone) by)$",
    re.IGNORECASE,
)


def _titled(norm: str, tokens: list[_Token], lex: _Lexicon, own: set[str]) -> Finding | None:
    """A title with a name ("Dr Patel", "Mr K"), or a name given ("called Jack", "she is
    Nacho to everyone", "they shout Gravy when she walks past")."""
    for pattern in _NAMED_AROUND:
        if (around := pattern.search(norm)) and _plain_name(around.group(1), lex, own):
            return Finding("name", around.group(1))
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
        given = (token.low in _GIVEN_NAME and not _SENTENCE_END.search(gap)) or (
            token.low in ("as", "by", "to")
            and _GOES_BY.search(norm, max(0, token.start - 20), token.end) is not None
            and (
                token.low == "as"
                or norm[nxt.start - 1] in _OPEN_QUOTES
                or _is_name(nxt.low, lex)
                or (nxt.capital and nxt.low not in lex.known)  # "goes by Bonbon online"
            )
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
        if _spoken(norm, tokens, n, lex):
            continue  # "French and Dutch speakers", "speaking Arabic or French at home"
        if _MONTH_RE.fullmatch(token.low) and (
            _NEAR_NUMBER.search(norm, token.end, token.end + 3)
            or _DAY_BEFORE.search(norm, max(0, token.start - 8), token.start)
        ):
            continue  # "Jan 2020", "Thu 17 March", "24 Jan", "(3rd of Jan)"
        if token.low in _CITATIONS and _NEAR_NUMBER.match(norm, token.end):
            continue  # "Art 6(1)(e)", "Sch 2", "reg. 4"
        if _flagged(norm, tokens, n, lex, own) or _joined_initial(norm, tokens, n, lex):
            if finding := _name_finding(norm, tokens, n, lex, own):
                return finding
        elif _family(norm, tokens, n, lex, own):
            return Finding("name", token.text)
        elif _run_together(token.low, lex):
            return Finding("full_name", token.text)
    return None


def _flagged(norm: str, tokens: list[_Token], n: int, lex: _Lexicon, own: set[str]) -> bool:
    """Whether token ``n`` is a name here: a name that is no everyday word, or an everyday
    one with a sign that it is a name."""
    token = tokens[n]
    if not _is_name(token.low, lex):
        return False
    if token.low in lex.known and n > 0 and _after_place_word(tokens, n, lex):
        return False  # "moved from Merton", "held in Brent", "Manchester and Merton"
    if _town_placed(norm, tokens, n, lex):
        return False  # "a session in Alston": a smaller town, as "in" places it
    if _set_off_town(norm, tokens, n, lex):
        return False  # "Case summary, Alston:": a heading's town
    if token.low in lex.known and _town_of_a_place(norm, tokens, n):
        return False  # "County Hall, Preston": a building's town, as an address gives it
    if _saints_town(norm, tokens, n):
        return False  # "the Town Hall, St Mary's"
    if _surnamed_venue(norm, tokens, n, lex):
        return False  # "the Burton at Bideford", "The Lowry, Salford Quays"
    area = token.low in lex.known or token.low in lex.towns or token.low in lex.villages
    if area and _area_of_a_body(norm, tokens, n, lex):
        return False  # "Bedford partners", "Kendal Town Hall", "Linton Village Hall"
    if _named_for(norm, tokens, n):
        return False  # "Gardiner Memorial Hall", "Locala Health and Wellbeing"
    if token.low in lex.words and n > 0 and _place_named(norm, tokens[n - 1], token, lex):
        return False  # "Hull Marina", "Leeds Arena": a place's own, as no one is called
    placed = token.low in _BUILDINGS or _STREET_RE.match(token.low)
    if placed and n > 0 and _building_named(norm, tokens[n - 1], lex):
        return False  # "the Queen's Hall", "The Piece Hall", "Cobalt Business Park"
    if placed and n > 0:
        start = _run_start(norm, tokens, n, lex)
        if _names_a_venue(norm, tokens, start, lex):
            return False  # "Pontesbury Public Hall": a place's building, in English words
        if _town_first(norm, tokens, start, lex):
            return False  # "Bedale Hall", "Hawes Market Hall": a town's building
    if placed and n > 0 and _street_of_a_venue(norm, tokens, n - 1):
        return False  # "meeting at Monkton Park, Chippenham": a venue's street, not a surname
    if n + 1 < len(tokens) and _forename_of_a_building(norm, token, tokens[n + 1], lex):
        return False  # "Alexandra Palace", "Victoria Station": no one is surnamed so
    if n + 1 < len(tokens) and _forename_of_a_street(norm, token, tokens[n + 1], lex):
        return False  # "Katharine Street": the street's name, which the address check reads
    if _street_of_a_venue(norm, tokens, n):
        return False  # "the Council Offices, Holt Road, Cromer": a venue's street
    if _addressed_block(norm, tokens, n, lex):
        return False  # "Shaw House, Newbury": an office block before its town
    if _before_its_street(norm, tokens, n, lex):
        return False  # "Drop-in at Rowan House, Sheepen Road, Colchester": a venue
    if token.low in _BLOCKS and n > 0 and _addressed_block(norm, tokens, n - 1, lex):
        return False  # "Crosfield Hall, Romsey": the block's own noun
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


def _run_start(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> int:
    """Where the capitalised words before token ``n`` begin, going back over words of
    English to the first word that is none ("Pontesbury" in "Pontesbury Public Hall")."""
    start = n - 1
    while (
        start > 0
        and tokens[start].low in lex.words
        and tokens[start - 1].capital
        and norm[tokens[start - 1].end : tokens[start].start] == " "
    ):
        start -= 1
    return start


def _building_named(norm: str, before: _Token, lex: _Lexicon) -> bool:
    """Whether ``before``, capitalised before a building's noun, names the building: an
    owner's possessive (read as a name on its own) or a word of English no list has as a
    name ("The Piece Hall"); "Rose Hall", "Nurse Hall" and "Darinka Hall" are people."""
    if not before.capital or not _mixed_case(norm):
        return False
    if before.possessive:
        return True
    plain = before.low in lex.words and before.low not in _GENERIC | _TITLES  # "Nurse Hall"
    return plain and not _is_name(before.low, lex)


def _place_named(norm: str, place: _Token, token: _Token, lex: _Lexicon) -> bool:
    """Whether ``place``, a capitalised place the lists know and no one's name, names
    what ``token``, a word of English, is: a town's marina, arena or minster."""
    return (
        place.capital
        and _mixed_case(norm)
        and not place.possessive
        and place.low in lex.known
        and place.low not in lex.terms
        and not _is_name(place.low, lex)
        and norm[place.end : token.start] == " "
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
        return not _begins_a_body(norm, tokens, n)
    owned = tokens[n + 1].low if n + 1 < len(tokens) else ""
    if (
        singular
        and norm.startswith("'", token.end)
        and _mixed_case(norm)
        and not {token.low, *singular} & (_GENERIC | lex.known)
        and owned not in _BUILDINGS  # "the Members' Room": a room, not a family's flat
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


def _begins_a_body(norm: str, tokens: list[_Token], n: int) -> bool:
    """Whether token ``n`` begins capitalised words that end in a body's or a building's noun
    ("the Lords Meadow Leisure Centre"), whose word it is, not a family's."""
    for a, b in pairwise(tokens[n : n + 1 + _BODY_WORDS]):
        if norm[a.end : b.start] != " " or not b.capital:
            return False
        if b.low in _EPONYMOUS or b.low in _BUILDINGS:
            return True
    return False


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
    if (
        _dedicated_venue(norm, tokens, first, last, lex)
        or _royal_venue(tokens[first : last + 2], lex)
        or _the_building(norm, tokens[first : last + 1], lex)
    ):
        return None  # "the Jack Straw Building", "the Florence Nightingale Suite"
    if _shares_a_body(norm, tokens, last, lex):
        return None  # "Chelsea and Westminster Hospital", "Guy's and St Thomas' NHS Trust"
    if _named_body(norm, tokens, first, last):
        return None  # "The Robert Jones and Agnes Hunt Orthopaedic Hospital"
    if _in_organisation(tokens[max(0, first - 1) : last + 1]):
        return None
    while last - first > 1 and tokens[first].low in _GENERIC:
        first += 1  # "On Monday Jane Smith": quote the name, not the sentence
    found = norm[tokens[first].start : tokens[last].end]
    return Finding("full_name" if last > first else "name", found)


def _named_body(norm: str, tokens: list[_Token], first: int, last: int) -> bool:
    """Whether the name at tokens ``first``-``last`` is in capitalised words after "the",
    names joined by "and", that end in an organisation's noun: a body named after two
    people ("The Robert Jones and Agnes Hunt Orthopaedic Hospital"), as no person is
    written after "the"."""
    start = first
    while start > 1 and norm[tokens[start - 1].end : tokens[start].start] == " ":
        before = tokens[start - 1]
        if before.low == "the" or not (before.capital or before.low == "and"):
            break
        start -= 1
    if start == 0 or tokens[start - 1].low != "the" or not tokens[start].capital:
        return False
    joined = any(t.low == "and" for t in tokens[start:last])
    for m in range(last + 1, min(len(tokens), last + _BODY_WORDS + 3)):
        if norm[tokens[m - 1].end : tokens[m].start] != " ":
            return False
        if tokens[m].low == "and":
            joined = True
        elif not tokens[m].capital:
            return False
        elif tokens[m].low in _PEOPLES_BODIES:
            return joined
    return False


#: Bodies named after the people who founded them ("The Robert Jones and Agnes Hunt
#: Orthopaedic Hospital"); a review named after people is after a child ("the Tamsford and
#: Volescu Review").
_PEOPLES_BODIES = frozenset(
    "hospital hospitals infirmary trust foundation college university institute".split()  # noqa: SIM905
)


def _shares_a_body(norm: str, tokens: list[_Token], last: int, lex: _Lexicon) -> bool:
    """Whether the words ending at token ``last``, a place the lists know or a word of
    English, are joined by "and" to capitalised words that end in an organisation's noun,
    naming one body together, as NHS bodies are ("Chelsea and Westminster Hospital",
    "Dudley Integrated Health and Care NHS Trust"). A name no list has as a place stays a
    name there ("spoke to Darinka and Eskmere Council"), except before an NHS body's name,
    which is made of rivers and districts the lists lack ("Tees, Esk and Wear Valleys NHS
    Foundation Trust", "Mersey and West Lancashire Teaching Hospitals NHS Trust")."""
    if last + 2 >= len(tokens) or tokens[last + 1].low != "and" or not _mixed_case(norm):
        return False
    if norm[tokens[last].end : tokens[last + 2].start].strip(" '") != "and":
        return False
    plain = tokens[last].low in lex.known or tokens[last].low in lex.words
    end = tokens[last + 1].end
    for token in tokens[last + 2 : last + 2 + _BODY_WORDS + 1]:
        if norm[end : token.start].strip("'") not in ("", " ") or not token.capital:
            return False
        if token.low == "nhs" or (plain and token.low in _ORGANISATIONS):
            return True
        end = token.end
    return False


#: Venues' nouns no one is called, which make a full name before them a venue's when they are
#: written with a capital as it is ("the Paul Robeson Theatre", "the Ada Lovelace Room"); a
#: child's name owning a room is written in lower case ("Tomasz room").
_NAMED_VENUES = frozenset(
    """
    theatre suite room museum pavilion library gallery auditorium stadium lounge complex arena
    tower
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


#: The venues of :data:`_NAMED_VENUES` that are public buildings, not rooms in one.
_PUBLIC_VENUES = _NAMED_VENUES - {"room", "suite", "lounge"}


def _venue_noun(word: _Token, lex: _Lexicon) -> bool:
    """Whether ``word`` is one of :data:`_NAMED_VENUES`, capitalised, and no one's name."""
    return word.capital and word.low in _NAMED_VENUES and not _is_name(word.low, lex)


def _the_building(norm: str, words: list[_Token], lex: _Lexicon) -> bool:
    """Whether ``words`` open, after "the", with two or more capitalised words and a
    building's capitalised noun ("the Kingsbridge Quay House", "the Gibson Building"), or
    one word of English and a noun no one is named ("the Corn Exchange"), or any word and a
    public venue's noun ("the Alban Arena", but "the Brennick Room" may be anyone's), no
    forename first otherwise: a family's home is theirs in lower case ("the Walsh house"),
    and a forename and a surname before "House" are read as a person's ("the Ama Osei
    House")."""
    if len(words) < 2 or not _after_the(norm, words[0].start):
        return False
    if not words[0].capital:
        return False
    if words[1].capital and words[1].low in _PUBLIC_VENUES and not words[0].possessive:
        return norm[words[0].end : words[1].start] == " "  # "the Alban Arena"
    if words[0].low in lex.forenames:
        return False
    if _town_and_a_word(words, lex):
        return True  # "the Ringwood Gateway"
    for k in range(1, len(words)):
        noun = words[k]
        if not noun.capital or norm[words[k - 1].end : noun.start] != " ":
            return False
        if k > 1 and noun.low in _BUILDINGS | _BLOCKS:
            return not words[k - 1].possessive
        if words[0].low in lex.words and noun.low in _BUILDINGS and not _is_name(noun.low, lex):
            return True  # "the Corn Exchange", but "the Smith Hall" is a person's
    return False


def _town_and_a_word(words: list[_Token], lex: _Lexicon) -> bool:
    """Whether ``words`` open with a town no list has as a name and a word of English that
    is none either, as a place names a building or a body after itself ("the Ringwood
    Gateway"); no person is "the" before a name."""
    town, word = words[0], words[1]
    return (
        town.low in lex.towns
        and not _is_name(town.low, lex)
        and word.low in lex.words
        and not _is_name(word.low, lex)
    )


def _royal_venue(words: list[_Token], lex: _Lexicon) -> bool:
    """Whether ``words`` hold a venue's noun and "Royal" after it, as Britain names some
    theatres and halls ("the Georgian Theatre Royal", "Theatre Royal, Bath"): no one's name."""
    return any(b.low == "royal" and b.capital and _venue_noun(a, lex) for a, b in pairwise(words))


def _opening_word(token: _Token, lex: _Lexicon) -> bool:
    """Whether ``token`` opens a sentence with a capital only for that: a word of English no
    list has as a name ("Met", "Seen")."""
    return token.starts_sentence and token.low in lex.words and not _is_name(token.low, lex)


def _dedicated_venue(norm: str, tokens: list[_Token], first: int, last: int, lex: _Lexicon) -> bool:
    """Whether a venue's noun follows two or more words of the name ``first`` to ``last``,
    as a room or a building dedicated to someone is named ("the Ada Lovelace Room"); one
    word before it may be the child's ("the Brennick Room", "with Priya Building the plan"),
    and so may a sentence's opening word of English ("Met Darinka Tower"); a room someone
    owns is theirs ("Priya Sharma's Room")."""
    if _opening_word(tokens[first], lex):
        first += 1
    return any(
        _venue_noun(tokens[k], lex)
        and norm[tokens[k - 1].end : tokens[k].start] == " "
        and not tokens[k - 1].possessive
        for k in range(first + 2, min(last + 2, len(tokens)))
    )


def _eponym(norm: str, name: _Token, word: _Token) -> bool:
    """Whether ``word`` makes the name before it a thing's ("Crohn's disease"), as it does
    only written straight after it: after a dash or a comma it begins a clause of its own
    ("re Ama Osei - police attending"). A review owned by a forename is the child's ("Ama's
    review"); one after its author is named by a surname ("the Munro review")."""
    if name.possessive and word.low in _REVIEWS and not _only_surname(name.low, _lexicon()):
        return False
    return word.low in _EPONYMOUS and norm[name.end : word.start] in ("", " ", "' ", "-")


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
            and not _named_for(norm, tokens, n)
            and not _spoken(norm, tokens, n, lex)
            and not _common_noun(norm, tokens, n)
            and not _the_region(norm, tokens, n)
            and not _names_a_venue(norm, tokens, n, lex)
            and not _street_of_a_venue(norm, tokens, n)
            and not _town_of_a_place(norm, tokens, n)
            and not _saints_town(norm, tokens, n)
            and not _joint_area(norm, tokens, n, lex)
            and not _district_of_town(norm, tokens, n, lex)
            and not _town_before_its_noun(norm, tokens, n, lex)
            and not _before_its_street(norm, tokens, n, lex)
            and not _area_after_place_word(norm, tokens, n, lex)
            and not _town_placed(norm, tokens, n, lex)
            and not _lone_town(norm, tokens, n, lex)
            and not _set_off_town(norm, tokens, n, lex)
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


#: Words after a name that make it a venue's or a provider's: a hall named in memory of
#: someone ("Gardiner Memorial Hall"), a health provider's name ("Locala Health").
_NAMING_NEXT = frozenset({"memorial", "health", "healthcare", "wellbeing"})


def _named_for(norm: str, tokens: list[_Token], n: int) -> bool:
    """Whether token ``n`` names what the capitalised word after it says: "Gardiner
    Memorial Hall", "Locala Health and Wellbeing", as no one is called."""
    if n + 1 >= len(tokens) or norm[tokens[n].end : tokens[n + 1].start] != " ":
        return False
    after = tokens[n + 1]
    return after.capital and after.low in _NAMING_NEXT


#: Words before and after languages: "speaking Arabic", "French speakers", "in Tigrinya".
_SPEAKING = frozenset({"speak", "speaks", "speaking", "spoke", "spoken", "in", "into"})
_SPEAKERS = frozenset(
    {"speakers", "speaker", "speaking", "interpreter", "interpreters", "translation"}
    | {"translator", "translators", "language", "languages", "version", "versions"}
)


def _spoken(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n`` is a capitalised word of a list of them, or one alone, spoken
    or written in: after "speaking", or "in" if each is a word of the lists, or before
    "speakers" or "interpreter" ("Arabic, Tamazight or French at home", "French and Dutch
    speakers", "letters in English"): a language."""
    if not tokens[n].capital or tokens[n].possessive:
        return False
    start = end = n
    while (step := _listed(norm, tokens, start, -1)) is not None:
        start = step
    while (step := _listed(norm, tokens, end, 1)) is not None:
        end = step
    before = tokens[start - 1] if start > 0 else None
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    if after and after.low in _SPEAKERS and not after.capital:
        return True
    if not before or before.capital or norm[before.end : tokens[start].start] != " ":
        return False
    run = [t for t in tokens[start : end + 1] if t.capital]
    return before.low in _SPEAKING - {"in", "into"} or (
        before.low in _SPEAKING and all(t.low in lex.words or t.low in lex.known for t in run)
    )


def _listed(norm: str, tokens: list[_Token], n: int, way: int) -> int | None:
    """The capitalised word listed beside token ``n`` (``way``: 1 after it, -1 before),
    past a comma or "and" or "or", or None."""
    near, far = n + way, n + 2 * way
    if not 0 <= near < len(tokens) or tokens[near].possessive:
        return None
    if tokens[near].low in ("and", "or") and 0 <= far < len(tokens) and tokens[far].capital:
        return None if tokens[far].possessive else far
    gap = norm[min(tokens[n].end, tokens[near].end) : max(tokens[n].start, tokens[near].start)]
    return near if tokens[near].capital and gap == ", " else None


def _the_region(norm: str, tokens: list[_Token], n: int) -> bool:
    """Whether token ``n``, capitalised and no word of the lists, follows "the" alone and
    ends its phrase: a region or a thing ("families from the Maghreb settled"), as "the"
    is no one's name ("the Okonjo boy", "the Rajput strat" and "the Okonjos" are)."""
    token = tokens[n]
    if n == 0 or tokens[n - 1].low != "the" or not token.capital or token.possessive:
        return False
    if token.low.endswith("s") or norm[tokens[n - 1].end : token.start] != " ":
        return False
    if n + 1 == len(tokens) or norm[token.end : tokens[n + 1].start] != " ":
        return True  # "at The Lowry, Salford Quays", "from the Maghreb."
    after = tokens[n + 1].low
    return (after in _FUNCTION and after not in ("and", "or")) or after.endswith("ed")


def _common_noun(norm: str, tokens: list[_Token], n: int) -> bool:
    """Whether token ``n``, in lower case, follows "a" or "an": a common noun the lists lack
    ("behind a packhouse"), as no one is called "a" anything."""
    return (
        n > 0
        and tokens[n - 1].low in ("a", "an")
        and tokens[n].text.islower()
        and norm[tokens[n - 1].end : tokens[n].start] == " "
    )


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


def _surnamed_venue(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n``, a surname and no forename, is a venue named after someone, as
    "the" alone before it says, with its town after "at" or a comma ("the Burton at
    Bideford", "The Lowry, Salford Quays"): a family is "the Lowrys" or "the Lowry family"."""
    token = tokens[n]
    if n == 0 or n + 2 > len(tokens) or tokens[n - 1].low != "the" or not token.capital:
        return False
    if token.possessive or not _only_surname(token.low, lex):
        return False
    town, gap = tokens[n + 1], ", "
    if town.low in ("at", "in") and norm[token.end : town.start] == " " and n + 2 < len(tokens):
        town, token, gap = tokens[n + 2], town, " "
    if norm[token.end : town.start] != gap or not town.capital:
        return False
    return town.low in lex.towns or bool(_TOPONYM.search(town.low))


#: Words after a family's name, not a town's: its household, its baby, its case ("the
#: Radford case"), or a word that goes on the name ("the Tamsford and Volescu Review").
_NOT_A_TOWNS_NOUN = frozenset(
    {*_HOUSEHOLD, *_BABY_NOUNS, *_FUNCTION}
    | {"case", "cases", "file", "kids", "boys", "girls", "lads"}
)


def _town_before_its_noun(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n``, a town the gazetteer has (or, after "the", a word shaped as an
    English place's name), and no name list's, is what a lower-case noun after it is of
    ("shared Okehampton patrol dates", "the Hednesford youth offer"): a family is named so
    only before its household's words or its case ("the Okonjo children", "the Radford
    case")."""
    token = tokens[n]
    if n == 0 or n + 1 >= len(tokens) or not token.capital or token.possessive:
        return False
    if _is_name(token.low, lex) or token.starts_sentence:
        return False
    if token.low not in lex.towns and not (
        tokens[n - 1].low == "the" and _TOPONYM.search(token.low)
    ):
        return False
    noun = tokens[n + 1]
    if noun.capital or norm[token.end : noun.start] != " " or noun.low not in lex.words:
        return False
    return noun.low not in _NOT_A_TOWNS_NOUN and noun.low not in _KIN


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
    letters = token.text.removesuffix("'s").removesuffix("'S")
    if sum(ch.isupper() for ch in letters) >= 3 and not letters.isupper():
        return False  # "RDaSH", "NHSmail": an acronym in mixed case, as no name is written
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
#: An agent's endings on a verb of six letters or more ("restrictors"): a short stem is a
#: name's ("hunor").
_AGENT_SUFFIXES = ("or", "ors")
_PREFIXES = tuple(
    "non pre post re un co ex multi inter sub mis self step anti semi".split()  # noqa: SIM905
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
#: Greek and Latin endings of medicine's words, which no name of the gazetteer has
#: ("ketoacidosis", "bronchiolitis", "craniotomy"): a clinician's term the lists lack.
_MEDICAL_ENDINGS = (
    *("osis", "itis", "aemia", "ectomy", "otomy", "ostomy", "ology", "ologist", "ologists"),
    *("pathy", "plasty", "scopy", "algia", "uria", "lysis"),
)


def _vocabulary(low: str, lex: _Lexicon, *, typo: bool) -> bool:
    """Whether ``low`` is a word of the lists, an inflection or compound of their words,
    or (with ``typo``) a common misspelling of one or, for a word of seven letters or more,
    one slip away from one. Two
    words run together are not words ("cedarbrook" names a school, "underwood" a person)."""
    words = lex.words
    if low in words or low in lex.known:
        return True
    if "'" in low:
        return _contraction(low, words)
    if (
        any(
            low.endswith(end) and len(low) - len(end) >= 3 and low[: -len(end)] in words
            for end in _SUFFIXES
        )
        or any(
            low.endswith(end) and len(low) - len(end) >= 6 and low[: -len(end)] in words
            for end in _AGENT_SUFFIXES
        )
        or any(
            low.startswith(start) and len(low) - len(start) >= 4 and low[len(start) :] in words
            for start in _PREFIXES
        )
        or (low.endswith(_MEDICAL_ENDINGS) and len(low) >= 9)
    ):
        return True
    if not typo:
        return False
    if low in lex.misspelt:
        return True  # a common misspelling ("wich", "tommorow"), however short
    return len(low) >= 7 and any(edit in words for edit in _edits(low))


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
        if run and _town_of_a_place(norm, tokens, tokens.index(run[0])):
            run = run[1:]  # "Smithfield One, Hanley\nApologies from": a venue's town, a line
        if len(run) > 1 and _saints_town(norm, tokens, tokens.index(run[0]) + 1):
            run = run[2:]  # "the Town Hall, St Mary's": a saint's town
        if run and _line_label(norm, run[-1], lex):
            run = run[:-1]  # "..., Hanley\nAction: chase": the next line's label
        named = bool(run) and len(run) - _opening_word(run[0], lex) > 2 and not run[-2].possessive
        if named and _venue_noun(run[-1], lex):
            continue  # "the Paul Robeson Theatre": a venue named after someone
        if _royal_venue(run, lex) or _the_building(norm, run, lex):
            continue  # "the Georgian Theatre Royal", "the Kingsbridge Quay House"
        if not run:
            continue
        at = tokens.index(run[0])
        if _town_first(norm, tokens, at, lex) and all(
            t.low in lex.words or t.low in lex.known or _in_capitals(t.text) for t in run[1:]
        ):
            continue  # "Bedale Hall", "Hawes Market Hall", "Whitby GPs": a town's
        heads = [n for n, t in enumerate(run) if _head(run, n, lex, own)]
        if heads and run[heads[0]].low not in _HEADS:
            continue  # "Regards, Tamsford LSCP": a body, signing
        if heads and _SIGNED.search(norm, max(0, run[0].start - 14), run[0].start):
            run = run[: heads[0]]  # "Kind regards, Ama Boateng Social Worker": a name, a post
            while run and (run[-1].low in lex.words or run[-1].low in lex.known):
                run = run[:-1]  # the post's own words: "Senior Social"
        elif heads:
            continue  # "Lucy Faithfull Foundation's Stop It Now"
        if len(run) < 2 or (len(run) == 2 and _forename_of_a_street(norm, run[0], run[1], lex)):
            continue  # "Katharine Street": a street's name, which the address check reads
        if all(_generic(t, own) or t.low in lex.words or t.low in lex.known for t in run):
            continue
        first = at + (run[0].low in _COMPASS and len(run) > 2)
        if _in_organisation(run) or _names_a_venue(norm, tokens, first, lex):
            continue  # "Pellin Tower, Orbury", and after a point of the compass: "East Pellin"
        if _street_of_a_venue(norm, tokens, at):
            continue  # "Conference Room B, 5 Pancras Square": the venue's street
        if _before_its_street(norm, tokens, at, lex):
            continue  # "at Lynton House, Commercial Road, Barnstaple, 9am": a venue
        if _named_body(norm, tokens, at, at + len(run) - 1):
            continue  # "the Robert Jones and Agnes Hunt Hospital"
        while len(run) > 2 and _generic(run[0], own):
            run = run[1:]
        return Finding("full_name", norm[run[0].start : run[-1].end])
    return None


def _before_its_street(norm: str, tokens: list[_Token], n: int, lex: _Lexicon) -> bool:
    """Whether token ``n`` is in capitalised words (up to three) that name a venue before
    its street and its town, as :func:`_venue_before_its_street` reads them: one word no
    forename, or words ending in a building's noun ("Rowan House"), not a person's name
    ("Kyle Brown, Sheepen Road, Colchester")."""
    first = last = n
    while first > 0 and n - first < 2 and _spaced(norm, tokens[first - 1], tokens[first]):
        first -= 1
    while (
        last + 1 < len(tokens)
        and last - first < 2
        and _spaced(norm, tokens[last], tokens[last + 1])
    ):
        last += 1
    noun = tokens[last].low
    if first == last:
        named = noun in lex.forenames  # "Wallfields", but "Kyle, Pegs Lane": a person
    else:
        named = noun not in _BLOCKS | _BUILDINGS | _NAMED_VENUES | _ORGANISATIONS
    return not named and _venue_before_its_street(norm, tokens[first].start, tokens[last].end)


def _spaced(norm: str, a: _Token, b: _Token) -> bool:
    """Whether ``a`` and ``b`` are capitalised words with a space between them."""
    return a.capital and b.capital and norm[a.end : b.start] == " "


def _street_of_a_venue(norm: str, tokens: list[_Token], n: int) -> bool:
    """Whether token ``n`` begins a street's name (its next word a street's) written after a
    building or a room, as a venue's address is ("Conference Room B, 5 Pancras Square"), or
    that the address check reads as a venue's before its town ("meeting at Monkton Park,
    Chippenham", "the Pavilion Gardens, Buxton")."""
    if n + 1 >= len(tokens):
        return False
    start, end = tokens[n].start, tokens[n + 1].end
    if not _STREET_RE.match(tokens[n + 1].low):
        return _venues_line(norm, tokens, n) and _venues_street(norm, start)
    return (
        _venues_street(norm, start)
        or _gathering_street(norm, start, end)
        or _venue_of_a_town(norm, start, end)
    )


def _venues_line(norm: str, tokens: list[_Token], n: int) -> bool:
    """Whether tokens ``n`` and ``n + 1`` are two capitalised words between commas with a
    town the lists know after them, as a street whose word no list has is written in a
    venue's address ("the Town Hall, Hall Plain, Great Yarmouth"): no forename first nor
    name second, as a person listed there is written ("Hospital, Osei Brown, Leeds")."""
    if n + 2 >= len(tokens):
        return False
    word, town = tokens[n + 1], tokens[n + 2]
    lex = _lexicon()
    return (
        tokens[n].capital
        and tokens[n].low not in lex.forenames  # "Hospital, Kyle Brown, Leeds": a patient
        and word.capital
        and not _is_name(word.low, lex)
        and norm[tokens[n].end : word.start] == " "
        and norm[word.end : town.start] == ", "
        and town.capital
        and not town.possessive
        and town.low in lex.towns  # the towns hold every place the lists know
    )


def _line_label(norm: str, token: _Token, lex: _Lexicon) -> bool:
    """Whether ``token`` is a word of English, no name, before a colon: the label opening a
    line of minutes ("Action:", "Venue:"), which joining lines set after the last one's end.
    A name before a colon is a speaker's ("Jane Smith: agreed")."""
    return (
        norm.startswith(":", token.end)
        and token.low in lex.words
        and token.low not in _HEADS  # "West Mercia Police: agreed": a body speaking
        and not _is_name(token.low, lex)
    )


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
_SIGNED = re.compile(
    r"\b(?:regards|wishes|thanks|sincerely|faithfully|cheers|thx)[,.!]? $", re.IGNORECASE
)


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


def _run_together(low: str, lex: _Lexicon) -> bool:
    """Whether a long word is a forename and a surname run together ("janesmith")."""
    if len(low) < 7 or low in lex.everyday or low in _GENERIC or _is_name(low, lex):
        return False
    if low in lex.words or low in lex.known or _TOPONYM.search(low):
        return False  # "Chesterfield", "Colindale": a word or a place's shape
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


def _closing_initial(norm: str, tokens: list[_Token], n: int) -> bool:
    """Whether token ``n`` is a capital letter that reads as a word ("A", "I") ending a
    pseudonym after a capitalised word: a surname's initial ("Paprika A", "Tatty I"), as
    no article nor pronoun ends one."""
    token = tokens[n]
    closing = n == len(tokens) - 1 and not norm[token.end :].strip(" .")
    return closing and n > 0 and token.text in ("A", "I") and tokens[n - 1].capital


_LETTERED_AFTER = tuple(f"{label} " for label in ("baby", "infant", *_LABELS))


def _is_initials(token: _Token, lex: _Lexicon) -> bool:
    """An initial ("K"), or initials written together ("KM", "JK") that are not a name."""
    if len(token.low) == 1:
        return token.low.isascii()  # a letter of the alphabet, not a word of another script
    return token.text.isupper() and len(token.low) <= 3 and not _is_name(token.low, lex)
