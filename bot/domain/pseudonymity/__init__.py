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
beside, letters swapped, doubled or dropped, one vowel for another, or a common misspelling
of ``misspellings.txt``: "wich", "tommorow"), capitals read letter by letter ("NSPCC",
"GPs", not "TAVINE"), a contraction ("can't"), or a part of an Act cited before its number
("Art 6"); so is any word in another script, and any written with accents that the lists do
not spell so ("Máté", not "café"). An everyday word no name list has is a pseudonym where
the text decides it ("will be called Bramble", "Child Lantern's", "the Acorn children" as a
pseudonym); after a review's label so is one some are given as a forename ("Sibling
Willow"), but not a surname ("Child Smith") nor any name after "Baby". Two capitals alone
are initials ("NA was seen"). A pseudonym may not hold a name beside a review's label, a
title or a relative ("Young Person Tomasz", "Ms Tomasz", "Mother of Tomasz", "Baby of
Tomasz"), nor a forename with an age ("Tomasz (12)"); a capital "A" or "I" before a word no
list has is an initial ("A Kassaw"); so is, after a label, a forename's plural ("Child
Marisas"), and a word no list has before a noun for a child ("the Dravinek boy"). A name is
given by a verb of calling with its object ("they call the boy Jojo", "call this child
Jojo") and is the subject of a clause reported after a verb of speaking ("says Bix is"). A
place's name is no person's before a body's acronym ("Tamsford LSCP"), joined by "and" to a
second area before a body ("Tamsford and Eskmere Council", or listed between commas first:
"Tamsford, Orbury and Eskmere NHS Trust"), before a capitalised building's noun no one is
called ("Calloway Building"), before two or more nouns ending in a building's ("Orbury fire
station", "Orbury Memorial Library"), nor after an area's word ("County Hall"); a saint's
names before a venue's nouns are the venue's ("St Anne's Church Hall"), and one shaped as a
place's after a body or a building's noun and a comma is its town ("Civic Centre, Orbury",
"the church hall, Orbury"), as a town the lists know is after an office block's name
("Tarrow House, Leeds"), a district shaped as a place's or met "at" ("Kirkbygate, Leeds",
"at Westfields, Sandbach") or a street named for a practitioners' course ("refresher, 9am,
Tarrow Street, Leeds"); one shaped as a place's is an area after a word that places the
clause ("in Hollinsford"), alone in brackets after a meeting's or a body's noun ("review
meeting (Hollinsford)") and before "executive" or "committee"; a place a list has as a name
too is one offered with "or" as another to a place ("Barbados or Trinidad"). A name is given
after "goes by" when quoted or a list's ("goes by 'Pip'"). A RAG rating's colour ("Status
Amber", "rated Green.") is a colour. A word no list has before "alternative provision" names
a school. A full date is refused unless the words beside it say what happened on it, in any
of their forms, a verb of minutes before it says what it is set for ("moved to"), a word
right before it places it against the work ("before", "no later than", "w/c") or is a day of
the week ("Monday 5 June 2027"), an event word anywhere in its clause is followed by "on"
it, a time of day follows it ("at 2pm", "midday"; a clock's hour is no year: "3 May,
13:30"), a short heading before a colon names an event ("Booking open: ..."), a title
opening with an event's or a document's noun ends in it after a comma ("Report of the
reviewer to the executive, 3/5/2027"), it heads an entry ("3/4/2026:", "3/4/2026 |") or
opens a sentence that says what happened ("28 July 2028 the family moved"), it follows
"next" or "for" a booking, a venue or "online" is beside it, it is "on" a day at a body or a
place named in capitals, or it ends a clause of a semicolon series of dated events, or it is
listed straight after an accepted date ("3/4/2026, 9/7/2026") with no word of birth after
it; "birth" before a noun of the work ("new birth visit") is a stage of care, and a baby's
delivery ("delivered at 32 weeks") dates a birth. Initials with an age or a school year
("TL, 14", "TL Year 9") are no pseudonym. A run of six digits or more is refused as a record
number. A home said to be where someone lives ("living at", "staying at", "home address:")
is an address whatever its street's word, after a house number ("14 Weir Cut") or as two
capitalised words ("staying at Wherry Wharf"). A full name before a venue's capitalised noun
that no one is called is the venue's ("the Ada Lovelace Room", "the Paul Robeson Theatre");
one word before it may be the child's ("the Brennick Room"). A place the lists know is an
area, not a person, before its partners ("Bedford partners") or a public building's name of
two words or more ("Kendal Town Hall"), after a body "for" it ("the partners for Dudley")
or "between"; a sovereign's names before a venue's nouns are the venue's, as a saint's are
("King George's Hall"). A place of two words or more is read as one word, the lists' own
("Forde House, Newton Abbot"); a family's plural begins no body's name ("the Lords Meadow
Leisure Centre"); a body's noun before a colon is the body speaking ("West Mercia Police:
agreed"). A pseudonym may not say a name is someone's own: "Our Oscar", "Tomasz's
brother", "Dravinek baby". A home is also where someone is "knocked at", "visited" or is
"at" a relative's ("her grandpa's on 12 Osier Bank"); a landscape's word or a colour may end
a school's own name ("Osier Bank Infant School"); a capitalised word signing a message with
a kiss is its writer's name ("Keto x"). A clause reported after a verb of thinking is read
as after one of speaking ("her sister thinks Piccalilli is"); a forename's office block is
a venue's after a room and a comma ("Committee Room 4, Elizabeth House, Dereham"). A home
is a relative's with a house number after "at" ("her aunt at 30 Tollgate Furlong"); a
saint's name after a building's comma is its town ("the Town Hall, St Mary's"), as a town
is after a street's point of the compass ("Station Road East, Oxted"). A pseudonym may not
name a school after a year or an age and a comma ("Year 3 boy, Wrackweed"). A school's
staff "at" a word no list has name the school ("the SENCo at Stonechat"); a word before a
building's noun and its town is the venue's ("the Watersmeet theatre, Rickmansworth"). A
home is also where the police or an ambulance attended ("police attended 69 Wheelwright
Furrow"), and a pseudonym may not give one ("AS at 49 Linnet Bank"). A place's name joined
in hyphens is a place's ("Henley-in-Arden", "Ashby-de-la-Zouch"); a town or a word shaped as
a place's after "the" and before a lower-case noun is an area ("the Hednesford youth
offer"), but not before a household's word or "case" ("the Radford case"); a place named
with a street's word after "the", then its town, is a venue's when no word of a home is
near ("the Pavilion Gardens, Buxton"), as after a number in words ("One Angel Square") or
after a date's year or a time and a comma, a meeting's heading; "complex", "arena" and
"tower" are venues' nouns, but a room someone owns is theirs ("Priya Sharma's Room"), and a
sentence's capitalised opening word is no part of a venue's name ("Met Darinka Tower"). A
street's name before a building's capitalised noun names the building ("Church Square
House", "Willesden Green Library"); a date's year before a comma is no house number; a
surname alone after "the", with its town after "at" or a comma, is a venue ("the Burton at
Bideford"), as a district is before its town after a meeting's date or a room ("Board,
18/11/2029, Westfields, Sandbach"). A message's last sentence of one forename, or of a dash
and a word, is its writer's name ("... back. Will", "- Jihad"); the subject of a clause
reported after a verb of speaking goes before any verb a person does ("says Squeak came");
a community interest company or a limited company is a body ("... Social Care CIC"). A
word said to be what someone is called, or set against a real name, is a name ("Lemon Drop
is what the family call him", "say Nutmeg, never her real name"). A date is also placed
"ahead of" what is due, and is what a verb of minutes "resumes" or an answer is given on; a
meeting, a subgroup or an induction is a gathering whose street and town are its venue's
("meeting at Monkton Park, Chippenham"), a town whose name ends in a street's word is a
town ("Burgess Hill"), a forename's office block is a venue's before its town and a day or
a date ("Deane House, Taunton, Wednesday"), as after a point of the compass ("East Pallant
House, Chichester"); "guildhall" is a building. A street's name is a venue's, too, before
its town and a day or a date, or after what is "held at" it ("at Bourne Hill, Salisbury,
4.01.2029"), unless a relative or a word of a home or a visit is near. A verb of calling
gives no name across a sentence's end ("has been called. Please"); a gaming name is a
handle; a verb's past before "school" names none ("met school nurses"); a venue's noun
before "Royal" is a venue's ("the Georgian Theatre Royal"), as rooms in the plural are a
building's ("the Milton Rooms"); a title's date may follow a word before its event's noun
("Joint meeting ..., 1.5.2029"), and a date is what is "to be settled on" it. A smaller
town the gazetteer has is an area after a word that places the clause ("in Bacup", "in
Beeston and Stapleford") and before a lower-case noun ("Okehampton patrol dates"); a word
of six letters or more with an agent's ending is a word ("restrictors"); a date "on" which
something "will" happen, or someone is chairing, is no birthday. A smaller town of two
words or more is one place ("Kings Hill"), unless it reads as a forename and a surname
("Harold Wood"); a capitalised room "at" a street's name makes it a venue's ("Council
Chamber at Kilworthy Park"), and so does "the" before capitalised words and a building's
noun, no forename first ("the Kingsbridge Quay House"). A surname may begin a venue's
street ("the Council Offices, Holt Road, Cromer"), as a saint's name may ("the Basildon
Centre, St Martin's Square"), and two capitalised words between a venue and a town the
lists know are its street, whatever their word ("the Town Hall, Hall Plain, Great
Yarmouth"); a venue's name may come before its street and town when a day, a date or a
time follows or a gathering comes before ("Drop-in at Rowan House, Sheepen Road,
Colchester"), unless a forename and a surname are that name. "The" before a word of English
and a building no one is named ("the Corn Exchange"), before a public venue's noun ("the
Alban Arena"), or before a town and a word ("the Ringwood Gateway") names a venue, as a
known place before a building no one is named does ("the Harlow Playhouse"). A town no list
has as a name, set off by a comma at the end of its phrase, is a place ("Case summary,
Uttoxeter:"); "workstream" is a word of the work; a date is an event's after a hospital
or when something was "accepted" on it. Refused now: the police at a house number, a name
someone is "known only as" or shouted "for her as", a username or a name "on" a game or an
app, an address after the bare label "address", and a home someone was "evicted from".
Later: a town no list names after "for" at its phrase's end, or listed with another
("audit for Ledbury", "for Uttoxeter and Lymington"), is a place; an office block may
have its town in hyphens after it ("the McGrigor Hall, Frinton-on-Sea"); "school nursing"
is a service; a hospital or a trust named after two people after "the" is a body ("The
Robert Jones and Agnes Hunt Orthopaedic Hospital"), though a review so named is a
child's; a place's building named in words of English is a venue ("Pontesbury Public
Hall"); and a capitalised name someone "is" on a game, a site or an app is refused ("On
the gaming headset he is Zinger", "She is Risotto on the gaming app"), as is a name
someone "is ... to everyone"; an office block after "the" is a venue whatever its name
("the Victoria Hall, Grange-over-Sands"); a date may have its month between slashes
("02/June/2021"), and time "granted" to a date is an event's. A town no list names may be
in brackets ("Case summary (Shildon):"); an adverb before "school" names none ("how
quickly school staff"); a home the police had "call-outs to" is refused. A smaller town
that is a name too is a place after a word that places the clause ("a session in
Alston", but not "confided in" nor "from" one) or ending a heading ("Case summary,
Alston:"), and a town no list names is one after "for" ("episodes for Wareham this
quarter"); a forename that names a place too is a name with an age ("Lucia aged 17"), so
is a forename with words and an age ("Roger from the yard, 11"), and a name shouted at
someone is a name ("he is Chough, and the men shout it", "shout Gnocchi when she walks
past"). A town the gazetteer has and no list's name is a place wherever no capitalised
word, title or relative stands just before it and no word no list has goes on after it
("Case summary (RR 46-02, Bedale)", "Bedale Hall", "Whitby GPs"; but "mum Bedale",
"Bedale Okonjo"), and so are a town's schools or nurseries ("DSLs from Horncastle
schools"); a sentence that opens "On" a date and tells of an event is that day's. A home
visited at a house number ("visited 59 Teasel Mead"), a name someone's on an app ("She's
Kingcup on Snapchat"), a school's staff at a saint's ("DSL at St Osmunda's") and "the
Pierce kids" are refused. A phone number starts at no 0 that goes on a number before it
("TR 51-06 11.09.2027" is a reference and a date); a road described in lower case after
"the" ("the coast road") is no address; a date on a website, or ending a range opened
"from" another, is the work's; a capital "A" or "I" ending a pseudonym after a
capitalised word is an initial ("Paprika A"), and a name after "young", "little" or
"wee" in one is read as after "Baby" ("young Vincentiu"). A town opening its sentence
heads it as a place before a colon, a dash or a lower-case noun ("Wallingford: SODC
asked", "Lechlade swimming clubs"), not before a person's verb or a relative ("Bedale
said", "Bedale's mum"); a date that gives an age is a birthday ("28.1.2023 - makes her
5", "16-8-2019, so she is 6"); a school's staff at two capitalised words, the first
generic, name it ("the DSL at Blue Vein"); so does a name someone has a child saved as,
or under, or is saved in a phone as ("He's saved in the older lad's phone as
Crabstick"). A date after a line's label that holds an event word is the work's
("Reports due from the police and the ICB: 4 September 2027"), and a town's high street
is no high school. A capitalised word after "young", "little", "wee" or a relative in a
pseudonym is how a family names its child ("young Toecap", "Uncle Baz"). A school is named
by any of its posts at a plain word or by one before it ("the pastoral lead at Gorsemoor",
"Chine Head DSL"); a date beside an age ("13th Sep 2026 - she's 14", "- so 16 this year")
or one records disagree on ("... but school has a different date") is a birthday; a
person "saved as" a word is named by it; a lower-case word no list has after a kiss signs
the message. No names: medicine's Greek and Latin endings ("ketoacidosis"), a language
spoken or listed before "speakers" ("Arabic, Tamazight or French at home"), a hall in
memory of someone and a town's village hall, a provider's name ("Locala Health",
"RDaSH"), a lower-case word after "a" and a capitalised one after "the" that ends its
phrase ("families from the Maghreb settled"); a checklist's "Yes," dates an answer.
Villages (``villages.txt``) are places where a clause places something in one or a
building is named after one ("in Kinver", "Kinver Village Hall"), and one of two words or
more wherever it is written ("Ingleby Barwick"). A house number and two capitalised words
after "at", "on" or "out of" are a home ("no answer at 12 Pinewood Drove"); the red
book's dates are the child's. Suburbs and other settlements of one word count as villages
do ("in Cullercoats"), and a surname before "twin" in a pseudonym names a family.

A message quotes what it found, so it may itself be identifying: show it to the person who
typed the text, and never log it (nor the text).

The checks live in one module each, by what they find: ``text`` (normalising, the word lists
and the words of the work), ``findings`` (what was found and what to tell the person who
typed it), ``numbers``, ``contacts``, ``dates``, ``places`` and ``names``; each imports only
from those before it. A name with a leading underscore is the package's own: its modules
import it from one another, nothing outside the package does.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.domain.pseudonymity.contacts import _LINK, _LINK_ADDRESS, _contact, _unlinked
from bot.domain.pseudonymity.dates import _DATE_PART, _birth
from bot.domain.pseudonymity.findings import Finding, advice
from bot.domain.pseudonymity.names import (
    _INITIALS_AGED,
    _NAME_AGED,
    _PSEUDONYM_LABELS,
    _aged_name,
    _person,
    _pseudonym_name,
    _spelt_out,
)
from bot.domain.pseudonymity.numbers import _DIGIT, _number, _vehicle
from bot.domain.pseudonymity.places import _POSTCODE, _address, _institution, _postcode
from bot.domain.pseudonymity.text import _GENERIC, _LABELS, _fold, _lexicon, _words, normalise

__all__ = [
    "PSEUDONYM_MAX",
    "WITHHELD",
    "Finding",
    "advice",
    "check_free_text",
    "check_pseudonym",
    "find_identifying",
    "load_word_lists",
    "normalise",
    "withheld",
]


PSEUDONYM_MAX = 40


def load_word_lists() -> None:
    """Read the word lists now (a few tenths of a second), so the first form a user sends
    after a start is not the one that waits for them before its answer."""
    _lexicon()


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
    if ((match := _PLACED.search(norm)) and _places(match.group(1))) or (
        (match := _SCHOOLED.search(norm)) and match.group(1).casefold() not in _GENERIC
    ):
        return (
            f'A pseudonym cannot say where the child is ("{match.group()}"): a school or a '
            'place narrows it to one child. Use initials or a chosen name, such as "Child K".'
        )
    return _pseudonym_name(norm, _words(allowed))


#: A place, a school or a home given in a pseudonym ("Year 9 boy at Gorsebrook", "AS at 49
#: Linnet Bank"): no form of DOMAIN.md's says where.
_PLACED = re.compile(
    r"\b(?:at|from)\s+(?:the\s+)?(?:[0-9]{1,4}[a-z]?,?\s+)?([^\W\d_][\w'-]*)", re.IGNORECASE
)


#: A capitalised word after a school year or an age and a comma ("Year 3 boy, Wrackweed",
#: "aged 12, Oystercatcher"): the school or the place, as "at" would say.
_SCHOOLED = re.compile(
    r"\b(?:year|yr|y|aged|age)\s*[0-9]{1,2}(?:\s+(?:boy|girl|child|pupil))?\s*,\s*"
    r"(?-i:([A-Z][\w'-]+))",
    re.IGNORECASE,
)


def _places(word: str) -> bool:
    """Whether ``word`` after "at" or "from" names a place: capitalised, or no English word
    ("boy at gorsebrook"), not "at home" or "from school", nor an age ("Baby at 36 Weeks")."""
    if word.casefold() in _AGES:
        return False
    return word[0].isupper() or word.casefold() not in _lexicon().words


#: Units of an age, which "at" a number gives as a child's ("at 36 weeks"), not a home.
_AGES = frozenset("day days week weeks wks month months mths year years yrs".split())  # noqa: SIM905


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
