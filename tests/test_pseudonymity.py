"""Refusing identifying details in pseudonyms and summaries.

Every name here is either a pseudonym or an obviously invented adult-style name that the
checks must refuse ("Jane Smith"); no fixture is a real-looking child's name.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.pseudonymity import (
    PSEUDONYM_MAX,
    check_free_text,
    check_pseudonym,
    load_word_lists,
    normalise,
)
from bot.domain.pseudonymity.text import _lexicon

MAX = 500


@pytest.mark.parametrize(
    "pseudonym",
    [
        "Child K",
        "Baby B",
        "J.K.",
        "KM",
        "Poppy",
        "Child Alpha",
        "Sibling 2",
        "Young Person A",
        "Twin 1",
        "Infant J",
        "child k",
        "  Child K  ",
        "Child of concern",
        "Baby Boy B",
        "x" * PSEUDONYM_MAX,
    ],
)
def test_pseudonyms_that_identify_no_one_are_accepted(pseudonym: str) -> None:
    assert check_pseudonym(pseudonym) is None


@pytest.mark.parametrize(
    ("pseudonym", "message"),
    [
        ("", "Enter a pseudonym"),
        ("   ", "Enter a pseudonym"),
        ("x" * (PSEUDONYM_MAX + 1), "40 characters or fewer"),
        ("Jane Smith", 'This looks like a full name ("Jane Smith")'),
        ("Mary Ann Jones", 'full name ("Mary Ann Jones")'),
        ("jane smith", 'full name ("jane smith")'),
        ("JANE SMITH", "full name"),
        ("Child Jane Smith", "full name"),
        ("Jane Smith-Jones", "full name"),
        ("Child K 03/04/2015", 'cannot contain a date ("03/04/2015")'),
        ("Baby 2015", 'cannot contain a date ("2015")'),
        ("Child 3/4", 'cannot contain a date ("3/4")'),
        ("Child 3 April", 'cannot contain a date ("3 April")'),
        ("k@example.org", "email address or a web link"),
        ("www.example.org", "email address or a web link"),
        ("https://example.org/k", "email address or a web link"),
        ("Child SW1A 1AA", 'This looks like a postcode ("SW1A 1AA")'),
    ],
)
def test_pseudonyms_that_could_identify_are_refused(pseudonym: str, message: str) -> None:
    problem = check_pseudonym(pseudonym)
    assert problem is not None and message in problem


# Realistic summaries, written for these tests, that identify no one.
SUMMARIES = [
    "Child K (pseudonym), aged under 1, was admitted to hospital with a head injury on "
    "Tuesday. Police and children's social care are involved. Siblings are safe with "
    "extended family.",
    "Police attended. Child K was taken to hospital.",
    "Baby B, aged 9 weeks, was brought to the Emergency Department by ambulance with "
    "unexplained bruising. A strategy discussion was held the same day and a Section 47 "
    "enquiry started.",
    "On Monday the mother's partner was arrested. Both children were placed with their "
    "maternal grandmother under a Child Protection Plan.",
    "Sibling 2 attends nursery and is safe. Early Help had closed the case in March. The "
    "Designated Safeguarding Lead at the school made the referral on 3 April.",
    "Infant J died unexpectedly at home; a SUDI response was started and the child death "
    "review partners (CDOP) were notified. The Coroner has opened an inquest.",
    "KM, aged 16, was the victim of a serious assault. There were concerns about criminal "
    "exploitation, county lines and missing episodes. The MASH received three referrals "
    "in the previous year.",
    "The family is of Black Caribbean heritage; the father's first language is Somali and "
    "an interpreter was used at the Initial Child Protection Conference.",
    "Child D, who is autistic and non-verbal, was found with burns. Concerns were raised by "
    "the consultant paediatrician at the Children's Hospital. The Local Authority "
    "Designated Officer (LADO) was consulted.",
    "Twin 1 and Twin 2 were born prematurely and discharged from the Neonatal Unit in "
    "January. Mum and Dad were supported by the Family Nurse Partnership and the GP.",
    "Child K's stepfather has been charged. Criminal proceedings may take until next year; "
    "the Crown Prosecution Service advised on disclosure to the family.",
    "The young person was known to CAMHS, the Youth Justice Service and the Virtual School. "
    "Leeds Teaching Hospitals NHS Trust and West Midlands Police shared chronologies.",
    "The meeting was held on MS Teams. Health, Education and Probation attended; A&E "
    "records were reviewed. Team Around the Family support ended in 2024.",
    "",
]


@pytest.mark.parametrize("summary", SUMMARIES)
def test_ordinary_safeguarding_prose_is_accepted(summary: str) -> None:
    assert check_free_text(summary, max_length=MAX) is None


def test_the_cases_own_pseudonym_may_appear_in_its_summary() -> None:
    summary = "Child Alpha, aged 15, died after a suspected overdose. Baby Poppy is safe."
    assert "full name" in (check_free_text(summary, max_length=MAX) or "")
    assert check_free_text(summary, max_length=MAX, pseudonym="Child Alpha Poppy") is None
    assert check_free_text("Poppy Smith was seen.", max_length=MAX, pseudonym="Poppy")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The family lives at SW1A 1AA.", 'postcode ("SW1A 1AA")'),
        ("Moved to m1 1ae last year.", 'postcode ("m1 1ae")'),
        ("Previously at B33 8TH.", 'postcode ("B33 8TH")'),
        ("Postcode LS11AB.", 'postcode ("LS11AB")'),
        ("Child K, born 03/04/2015, was seen.", 'full date ("03/04/2015")'),
        ("Seen on 3-4-15 by the GP.", 'full date ("3-4-15")'),
        ("Seen on 3 April 2015 by the GP.", 'full date ("3 April 2015")'),
        ("Seen on 3rd of April, 2015.", 'full date ("3rd of April, 2015")'),
        ("Seen on April 3rd, 2015.", 'full date ("April 3rd, 2015")'),
        ("Record created 2015-04-03.", 'full date ("2015-04-03")'),
        ("DOB known to police.", 'date of birth ("DOB")'),
        ("Child K (d.o.b on file).", 'date of birth ("d.o.b")'),
        ("Her date of birth is recorded.", 'date of birth ("date of birth")'),
        ("The baby was born on a Tuesday.", 'date of birth ("born on")'),
        ("Mr Smith called the police.", 'name ("Mr Smith")'),
        ("Seen by Mrs. Jones.", 'name ("Mrs. Jones")'),
        ("Ms Brown, Miss Green and Dr Black attended.", 'name ("Ms Brown")'),
        ("The GP, Dr Black, was consulted.", 'name ("Dr Black")'),
        ("Mr Young and Mr K were interviewed.", 'person\'s name ("Mr Young")'),
        ("Mr K was interviewed.", 'person\'s name ("Mr K")'),
        ("Jane Smith called the police.", 'This looks like a full name ("Jane Smith")'),
        ("It was reported by Mary Ann Jones today.", 'full name ("Mary Ann Jones")'),
        ("Mother Jane called the police.", 'full name ("Mother Jane")'),
        ("Seen by social worker Jane Young.", 'full name ("Jane Young")'),
        ("Seen with J. Smith at home.", 'full name ("J. Smith")'),
        ("Baby Alpha was seen at home.", 'full name ("Baby Alpha")'),
        ("Child K attends St Mary's Primary.", 'school or nursery ("St Mary\'s Primary")'),
        ("Child K attends Oakfield Academy.", 'school or nursery ("Oakfield Academy")'),
        ("She was at Little Acorns Nursery.", '("Little Acorns Nursery")'),
        ("He attends Westbrook College part time.", '("Westbrook College")'),
        ("Moved from Hillside School.", '("Hillside School")'),
        ("The family lives at 12 Acacia Avenue.", 'an address ("12 Acacia Avenue")'),
        ("Found at 4a Elm Rd.", 'an address ("4a Elm Rd")'),
        ("The family lives on Station Road.", 'an address ("Station Road")'),
        ("Contact jane.smith@example.org for records.", 'email address ("jane.smith@'),
    ],
)
def test_identifying_details_are_refused_with_what_was_found(text: str, found: str) -> None:
    problem = check_free_text(text, max_length=MAX)
    assert problem is not None and found in problem


def test_each_refusal_says_what_to_do_instead() -> None:
    assert check_free_text("Jane Smith called.", max_length=MAX) == (
        'This looks like a full name ("Jane Smith"). Use the pseudonym and roles '
        "(mother, social worker) instead."
    )
    assert "aged" in (check_free_text("DOB 03/04/2015", max_length=MAX) or "")
    assert "the family home" in (check_free_text("12 Acacia Avenue", max_length=MAX) or "")


def test_long_text_is_refused_with_the_limit() -> None:
    assert check_free_text("x" * MAX, max_length=MAX) is None
    assert check_free_text("x" * (MAX + 1), max_length=MAX) == (
        f"Keep this to {MAX} characters or fewer (it has {MAX + 1})."
    )


@given(text=st.text(), max_length=st.integers(0, 1000))
def test_checks_never_raise_and_answer_none_or_a_message(text: str, max_length: int) -> None:
    for result in (
        check_pseudonym(text),
        check_free_text(text, max_length=max_length),
        check_free_text(text, max_length=max_length, pseudonym=text),
    ):
        assert result is None or (isinstance(result, str) and result)


@given(text=st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=300))
def test_checks_cope_with_any_words_and_spacing(text: str) -> None:
    words = " ".join(text.split()).title()
    for result in (check_pseudonym(words), check_free_text(words, max_length=1000)):
        assert result is None or (isinstance(result, str) and result)


# --- issue 12: the guard holds on every shape ---------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "seen"),
    [
        ("Ｅｌｌａ　Ｗａｌｓｈ", "Ella Walsh"),  # noqa: RUF001 (full-width letters and space)
        ("０７７００ ９００７７７", "07700 900777"),  # noqa: RUF001 (full-width digits)
        ("El\u00adla Wal\u200bsh", "Ella Walsh"),
        ("Ella\u2009\u2028\nWalsh", "Ella Walsh"),
        ("Ella\u00a0\u202fWalsh", "Ella Walsh"),
        ("O\u2019Brien \u2013 K", "O'Brien - K"),
        ("NHS \u0669\u0669\u0669", "NHS 999"),  # Arabic-Indic digits
    ],
)
def test_text_is_normalised_before_any_check(typed: str, seen: str) -> None:
    assert normalise(typed) == seen


@pytest.mark.parametrize(
    "pseudonym",
    [
        "Child K",
        "Baby Q",
        "Willow",
        "Poppy",
        "Sky",
        "Hope",
        "River",
        "AB",
        "Child Delta",
        "Sibling B (aged 6)",
        "YP Alpha",
        "Child K (not real initials)",
    ],
)
def test_a_pseudonym_may_be_initials_or_one_chosen_name(pseudonym: str) -> None:
    assert check_pseudonym(pseudonym) is None


@pytest.mark.parametrize(
    ("pseudonym", "message"),
    [
        ("Jane K", 'full name ("Jane K")'),
        ("K Walsh", 'full name ("K Walsh")'),
        ("Willow K", 'full name ("Willow K")'),
        ("Walsh", 'surname ("Walsh")'),
        ("Smith", 'surname ("Smith")'),
        ("janesmith", "full name"),
        ("jane_smith", "full name"),
        ("Jane 030415", 'full date ("030415")'),
        ("Child 12345", "record number"),
        ("07700 900777", "phone number"),
    ],
)
def test_a_forename_with_a_surname_or_its_initial_is_refused(pseudonym: str, message: str) -> None:
    problem = check_pseudonym(pseudonym)
    assert problem is not None and message in problem


BENIGN = [
    "CAMHS, MARAC, A&E, the GP, the ICB and an NRM referral were all part of the picture.",
    "A Section 47 enquiry led to a child protection plan in March.",
    "On Monday, Tuesday and Friday in June the mother did not answer the door.",
    "Child K, aged 4, has an older sibling in Year 7.",
    "The mother moved out of area with an older sibling.",
    "The family will move in May; staff hope the new GP surgery is told.",
    "The family is of White British heritage; the father is Black Caribbean.",
    "She was born prematurely at 32 weeks and discharged at 6 weeks old.",
    "Mark on the left arm, grace period for the return, and a frank talk with dad.",
    "Brown bruising and burns to the hand were seen in A&E.",
    "Seen at Great Ormond Street Hospital and the Queen Elizabeth Hospital.",
    "The review meeting is on 3 April; the plan was reviewed on 14 December.",
]


@pytest.mark.parametrize("text", BENIGN)
def test_safeguarding_prose_the_issue_lists_is_let_through(text: str) -> None:
    assert check_free_text(text, max_length=MAX) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ella walsh was seen", 'full name ("ella walsh")'),
        ("ELLA WALSH WAS SEEN", 'full name ("ELLA WALSH")'),
        ("Walsh was arrested.", 'person\'s name ("Walsh")'),
        ("The Smiths had moved.", 'person\'s name ("Smiths")'),
        ("Seen with j.smith at the park.", 'full name ("j.smith")'),
        ("Seen with janesmith at the park.", 'full name ("janesmith")'),
        ("Łukasz Wiśniewski was arrested.", "full name"),
        ("Oluwaseun Bello was taken to A&E.", 'full name ("Oluwaseun Bello")'),
        ("Grace was taken to hospital.", 'person\'s name ("Grace")'),
        ("A friend called Jack gave her a lift.", 'person\'s name ("Jack")'),
        ("Nurse Jones noticed the bruise.", 'full name ("Nurse Jones")'),
        ("NHS 999 000 0018", "looks like an NHS number"),
        ("nhs 9 9 9 0 0 0 0 0 1 8", "looks like an NHS number"),
        ("ring +44 7700 900456", "looks like a phone number"),
        ("landline 020 7946 0999", "looks like a phone number"),
        ("ni qq123456c", "looks like a National Insurance number"),
        ("crime ref 12345678", "record number"),
        (
            "dan dot hughes at example dot com",
            'email address ("dan dot hughes at example dot com")',
        ),
        ("Messaged by @ella_w2015.", 'social-media account ("@ella_w2015")'),
        ("Her snapchat is lily.b09.", "social-media account"),
        ("born in 2015", 'date of birth ("born in 2015")'),
        ("birthday is 3 April", "date of birth"),
        ("b. 03/04/15", 'full date ("03/04/15")'),
        ("Born 3rd Apr '15", "date of birth"),
        ("Flat 3, Harbour Court", 'an address ("Flat 3")'),
        ("Staying on chestnut avenue.", 'an address ("chestnut avenue")'),
        ("postcode ls11ab", 'postcode ("ls11ab")'),
        ("registered at riverside surgery", 'GP surgery or health centre ("riverside surgery")'),
        ("Seen at Oakwood Medical Centre.", '("Oakwood Medical Centre")'),
        ("attended millbrook college", 'school or nursery ("millbrook college")'),
    ],
)
def test_every_category_is_caught_in_any_case_and_shape(text: str, found: str) -> None:
    problem = check_free_text(text, max_length=MAX)
    assert problem is not None and found in problem


def test_an_nhs_number_needs_a_valid_check_digit() -> None:
    assert "NHS number" in (check_free_text("ref 999 000 0018", max_length=MAX) or "")
    assert check_free_text("ref 999 000 0019", max_length=MAX) is None


def test_a_refusal_quotes_what_it_found_never_the_whole_text() -> None:
    text = "A long account of the day. " * 10 + "Then ella walsh came home. " + "More. " * 10
    problem = check_free_text(text, max_length=MAX) or ""
    assert '("ella walsh")' in problem and "A long account" not in problem
    long_name = "Ella " + "Walsh-" * 12 + "Jones"
    assert len(check_free_text(long_name, max_length=MAX) or "") < 200


def test_allowed_words_and_the_cases_pseudonym_are_never_names() -> None:
    text = "Willow and her brother were seen."
    assert 'person\'s name ("Willow")' in (check_free_text(text, max_length=MAX) or "")
    assert check_free_text(text, max_length=MAX, allowed=["willow"]) is None
    assert check_free_text(text, max_length=MAX, pseudonym="Willow") is None
    assert check_free_text("Willow Walsh was seen.", max_length=MAX, allowed=["Willow"])
    assert check_pseudonym("Walsh", allowed=["walsh"]) is None


# --- issue 24: names of every origin, identifiers beside their system, dates in context ---


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("mother, zbigniewa, said she was worried", 'name ("zbigniewa")'),
        ("Seen with the Okonkwoes at home.", 'name ("Okonkwoes")'),
        ("dazzer is the stepfather", 'name ("dazzer")'),
        ("D'Andrelle attended the meeting.", "D'Andrelle"),
        ("Child K's mum K\u0435rrie said no.", "K\u0435rrie"),  # a Cyrillic e
        ("mum said j o s h a n is staying", "j o s h a n"),
        ("spoke to B-r-o-w-n-l-o-w today", "B-r-o-w-n-l-o-w"),
        ("joannes stepdad there again", 'name ("joannes")'),
        ("The older sibling, Harsh, was at school.", 'name ("Harsh")'),
        ("The younger sibling (Tallis) was present.", 'name ("Tallis")'),
        ("Kristof (aged 6) told staff.", 'name ("Kristof")'),
        ("The Moulinex family moved away.", "Moulinex"),
        ("the lad everyone calls Becks", 'name ("Becks")'),
        ("Seen: M.R. CORTEZA.", "CORTEZA"),
        ("Mosaic ID 3345127 on the record.", 'record number ("Mosaic ID 3345127")'),
        ("logged under EHM case 50731", 'record number ("case 50731")'),
        ("custody number 02VR/02612/26", "record number"),
        ("logged under storm log 1835", 'record number ("storm log 1835")'),
        ("car reg NN71 GPY seen nearby", 'vehicle registration ("NN71 GPY")'),
        ("Dad drives a black van, BWK 327G.", 'vehicle registration ("BWK 327G")'),
        ("new number 7700 900331 (text only)", "phone number"),
        ("call back on 20 7946 0918 after 3", "phone number"),
        ("ring dad on oh seven seven double oh nine double oh one two three", "phone number"),
        ("sibling turns 10 on 20 February", 'date of birth ("turns 10 on 20 February")'),
        ("his birthday's on 5th february", "date of birth"),
        ("born in the summer of 2011 on the 24th of July", "date of birth"),
        ("lives on holly crescent", 'address ("holly crescent")'),
        ("moved to willow court flats", "address"),
        ("attends cedarbrook junior school", 'school or nursery ("cedarbrook junior school")'),
        ("attends ash hill pru", 'school or nursery ("ash hill pru")'),
        ("Birchdale Family Practice have not seen her", "Birchdale Family Practice"),
        ("spoke to ms okafora on the phone", "ms okafora"),
    ],
)
def test_names_of_every_origin_and_identifiers_beside_their_system_are_refused(
    text: str, found: str
) -> None:
    problem = check_free_text(text, max_length=MAX)
    assert problem is not None and found in problem, problem


@pytest.mark.parametrize(
    "text",
    [
        "Notified the Panel on 3 April 2026.",
        "Practitioner learning event on 12/05/2026 at 11:00.",
        "strategy meeting held 06.05.2026",
        "ICPC booked for 2nd November 2026.",
        "Action 3: team manager to circulate the terms of reference by 24 Dec 2026.",
        "rr mtg 23.10.2025 10:30",
        "Last reviewed in Jan 2020",
        "Final report published on Thu 17 March 2026.",
        "Notification sent by Barking and Dagenham MASH about housing.",
        "Notification sent by Merton MASH about drift.",
        "Learning event held in Brent on 07/07/2026.",
        "The partnership covers Manchester and Merton.",
        "The family speak Tigrinya and Punjabi at home.",
        "He spent hours on YouTube and TikTok.",
        "Mr and Mrs attended together.",
        "The mother, however, said she would engage.",
        "Child K (aged 6) and the siblings (3) are safe.",
        "pls chase the icb for strat notes by thurs, tmrw am ok",
        "recieved the referal from camhs and attened the strategy meeting",
        "designated doctor to liaise with the health visitor re school attendance",
        "In line with section 47, the core group considered school attendance.",
        "case SI-2026-0001 updated; ref 2026/014 noted",
    ],
)
def test_dated_work_places_languages_and_hurried_notes_are_let_through(text: str) -> None:
    assert check_free_text(text, max_length=MAX) is None


def test_a_date_beside_what_happened_is_refused_when_birth_is_beside_it_too() -> None:
    problem = check_free_text("Child K was born 3/4/2019 and the meeting was held", max_length=MAX)
    assert problem is not None and "date of birth" in problem


@pytest.mark.parametrize("pseudonym", ["Baby Okonkwo", "baby zielinskova", "BABY GLAVORIC"])
def test_baby_and_a_surname_is_refused_as_a_pseudonym(pseudonym: str) -> None:
    problem = check_pseudonym(pseudonym)
    assert problem is not None and "surname" in problem


@pytest.mark.parametrize(
    "text",
    [
        "Update for <@U0123ABCD>: *strategy* done :white_check_mark: :thumbsup:",
        "See <https://www.gov.uk/x/wttsc2023|the guidance> and https://www.gov.uk/y/zq123",
        "<!here> please chase; <!subteam^S0123|@leads> fyi; @channel too",
        "Ref SI-2026-001234 and RR/2026/014 updated",
        "Send the chronology to mash@example.gov.uk or cp.referrals@example.nhs.net",
        "Date: 03/03/2026. Agenda item 2: actions from last time.",
        "Mum's partner attended; someone's dad called; the GP's partner rang.",
        "Stepdad present, mum absent.",
    ],
)
def test_slacks_own_marks_and_a_teams_mailbox_are_no_one(text: str) -> None:
    assert check_free_text(text, max_length=MAX) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("mum said :kerrianne: hmm", "kerrianne"),
        ("<#C0123|kerrianne-walsh-case> updated", 'name ("'),
        ("email jane.smith@example.gov.uk", "email address"),
        ("Harsh's stepdad answered the door", 'name ("Harsh\'s")'),
        ("seen with stepdad Harsh today", 'name ("Harsh")'),
        ("present: mum, Harsh (maternal aunt), SW", 'name ("Harsh")'),
        ("CRIS 1234567/26 logged", "record number"),
    ],
)
def test_a_name_hidden_in_slacks_marks_or_beside_a_relative_is_refused(
    text: str, found: str
) -> None:
    problem = check_free_text(text, max_length=MAX)
    assert problem is not None and found in problem, problem


# Issue 24: one id per rule class, each with invented examples; the look-alikes each class
# must let through are beside it.
REFUSED_BY_CLASS = [
    pytest.param("systmone ref is 4412093", "record number", id="record-after-linking-verb"),
    pytest.param("the pupil number was 7730214", "record number", id="record-after-linking-verb"),
    pytest.param("emis no. is 5520917", "record number", id="record-after-linking-verb"),
    pytest.param("crime ref is 48810/27", "record number", id="record-after-linking-verb"),
    pytest.param("seen on 03/04/2015", "full date", id="date-without-event"),
    pytest.param("Kai Brell 03/04/2015 seen before school", "full date", id="before-after-date"),
    pytest.param("born just before 3/4/2015", "birth", id="born-before-date"),
    pytest.param("aged 2 from 03/04/2015", 'full date ("03/04/2015")', id="age-from-date"),
    pytest.param("Child K, born on 03/04/2015, pre-birth plan", "birth", id="date-with-birth"),
    pytest.param("born 3/4/2015 at 06:40", "full date", id="clock-time-with-birth"),
    pytest.param("K turned 6 on 3/4/2026 at 2pm", "birth", id="clock-time-with-birth"),
    pytest.param("12/06/2016: born at the maternity unit", "full date", id="entry-with-birth"),
    pytest.param("3/4/2016 - birthday, 5/6/2026 - visit", "full date", id="entry-with-birth"),
    pytest.param("birth recorded 3/4/2016", "full date", id="birth-then-a-verb"),
    pytest.param("delivered at 36+1 weeks on 9 May 2019", "full date", id="delivery"),
    pytest.param("Kormally session with the SW", "Kormally", id="compound-before-work"),
    pytest.param("did anyone ring amber's nan?", "amber's", id="bare-owner-of-kin"),
    pytest.param("then Baz said she was out", "Baz", id="rare-word-speaking"),
    pytest.param("heard that the Kales have left the area", "Kales", id="family-as-subject"),
    pytest.param("we think the kales were known to CSC", "kales", id="family-as-subject"),
    pytest.param("we heard Del tell the officer", "Del", id="rare-word-speaking"),
    pytest.param("holly's dad has not replied", "holly's", id="bare-owner-of-kin"),
    pytest.param("Deepdive said she was scared", "Deepdive", id="compound-before-work"),
    pytest.param("at 39/40 by elective section, 4.6.2018", "full date", id="delivery"),
    pytest.param("the twins were delivered 2/2/2020", "full date", id="delivery"),
    pytest.param("birth date 3/4/2016, visit booked", "birth", id="birth-then-a-verb"),
    pytest.param("Child K 3/4/2016; home visit 5/6/2026", "full date", id="series-names-child"),
    pytest.param("school aware 3/4/2016; seen 5/6/2026", "full date", id="series-no-event"),
    pytest.param("mum aware 3/4/2016; panel told 5/6/2026", "full date", id="series-names-child"),
    pytest.param("birthday call 3/4/2015", "birth", id="date-with-birth"),
    pytest.param("born on a Sunday, 5 May 2019", "birth", id="weekday-with-birth"),
    pytest.param("at St Aidan's Hall with Kai Brennick", "Kai Brennick", id="saints-venue"),
    pytest.param("Dear St Zarvik", "St Zarvik", id="saint-without-venue"),
    pytest.param("Tamsford, Darinka and Orbury Council", "Darinka", id="listed-forename"),
    pytest.param("met at Oyelaran Hall", "Oyelaran Hall", id="building-named-as-surname"),
    pytest.param("on roll at Brackmoor Alternative Provision", "Brackmoor", id="provision-named"),
    pytest.param("attends quarrydene alternative provision", "quarrydene", id="provision-named"),
    pytest.param(
        "The referral says she was born at the unit after a long labour on 3/4/2015",
        "full date",
        id="event-on-with-birth",
    ),
    pytest.param(
        "Report: the child was seen on 3/4/2015. She was unwell on 5/6/2015",
        "5/6/2015",
        id="event-on-in-another-clause",
    ),
    pytest.param("the nurse rated Amber, who is 4, as safe", "Amber", id="rated-is-no-rag"),
    pytest.param("met in the Brennick Room", "Brennick Room", id="room-after-a-name"),
    pytest.param("with Priya Building the plan", "Priya", id="forename-before-building"),
    pytest.param("by Tamsford, Kai Brennick and Eskmere NHS Trust", "Kai", id="listed-name"),
    pytest.param("goes to St Oswin's Primary School", "St Oswin's Primary", id="saints-school"),
    pytest.param("Kai was born Friday 7 June 2019", "full date", id="weekday-with-birth"),
    pytest.param("the girl, Saturday 3/3/2018 birthday", "full date", id="weekday-with-birth"),
    pytest.param("saw mardenia at school", "mardenia", id="no-keyboard-slip"),
    pytest.param("seen with zantilla", "zantilla", id="no-keyboard-slip"),
    pytest.param("saw kormally", "kormally", id="no-keyboard-slip"),
    pytest.param("saw caldeira today", "caldeira", id="extra-vowel-beside-no-neighbour"),
    pytest.param("spoke with goriella", "goriella", id="extra-vowel-beside-no-neighbour"),
    pytest.param("spoke to VELINA after school", "VELINA", id="capitals-read-as-word"),
    pytest.param("seen with RUDO today", "RUDO", id="capitals-read-as-word"),
    pytest.param("spoke with DARESO at school", "DARESO", id="capitals-read-as-word"),
    pytest.param("Dan-\nuta was seen at home", "Danuta", id="line-break"),
    pytest.param("spoke with TO-\n-MASZ after the visit", "TOMASZ", id="line-break"),
    pytest.param("mum and Bogdă-\nna attended", "Bogdăna", id="line-break"),
    pytest.param("the Pebbles' flat had no heating", "Pebbles", id="plural-household"),
    pytest.param("the Marbles' car was seen outside", "Marbles", id="plural-household"),
    pytest.param("seen at home with PEBBLE DE LAKE", "PEBBLE DE LAKE", id="surname-particle"),
    pytest.param("spoke with MARBLE VAN STONE", "MARBLE VAN STONE", id="surname-particle"),
    pytest.param("mum's car, a grey estate, xt21 and", "xt21 and", id="plate-after-vehicle"),
    pytest.param("a moped, reg k41 sen, outside", "k41 sen", id="plate-after-vehicle"),
    pytest.param("a white van (R512 SEN) parked up", "R512 SEN", id="plate-after-vehicle"),
    pytest.param("moved to QZ7 3BD", "postcode", id="postcode-any-outward-letters"),
    pytest.param("postcode xb12 9pu", "postcode", id="postcode-any-outward-letters"),
    pytest.param("ANKA BRZEZOWSKA - MISSING - POLICE CALLED", "BRZEZOWSKA", id="capitals"),
    pytest.param("rose said she was scared", "rose", id="lower-case-speaker"),
    pytest.param("Baby Hazel was seen by the midwife.", "Baby Hazel", id="name-after-baby"),
    pytest.param("Sibling Rowan Tully was seen", "Rowan Tully", id="label-then-full-name"),
    pytest.param("sister Hazel said she was scared", "Hazel", id="name-after-kin"),
    pytest.param("NA Kowalska was seen", "NA Kowalska", id="two-capitals-beside-a-name"),
    pytest.param("Mr LI called the duty line", "Mr LI", id="two-capitals-after-title"),
    pytest.param("re marta kelsey - police attending now", "marta kelsey", id="dash-then-body"),
    pytest.param("MARTA KELSEY - POLICE ATTENDING", "MARTA KELSEY", id="dash-then-body"),
    pytest.param("Child K's Oakwood Primary replied", "Oakwood Primary", id="own-named-school"),
    pytest.param("Sibling Smith was seen at home", "Sibling Smith", id="surname-after-label"),
    pytest.param("the younger sibling (Hazel) was seen", "Hazel", id="role-then-name"),
    pytest.param("Child Smith's school replied", "Child Smith's school", id="surname-after-label"),
    pytest.param("Learning from Tamsin's review was shared.", "Tamsin", id="forename-review"),
    pytest.param("can we move Zorvena's review to Monday?", "Zorvena", id="forename-review"),
    pytest.param("dawn told the teacher", "dawn", id="lower-case-speaker"),
    pytest.param("The Bramble family moved in", "Bramble", id="family-not-decided"),
    pytest.param("her friend is called Bramble", "Bramble", id="name-reported"),
    pytest.param("spoke with 岚 云 at the door", "岚 云", id="another-script"),
    pytest.param("Ráin attended with mum", "Ráin", id="accented-word"),
    pytest.param("see 883041 for the chronology", "long number", id="six-digit-run"),
    pytest.param("Listed as ZW26P40913 at court", "ZW26P40913", id="court-case-number"),
    pytest.param("spoke to nan ji-woo after school", "ji-woo", id="syllables-beside-kin"),
    pytest.param("dad min-ho collected them", "min-ho", id="syllables-beside-kin"),
    pytest.param("care case mx25c0071 adjourned", "mx25c0071", id="court-case-number"),
    pytest.param(
        "Kind regards,\nOdalys Quintanar\nSocial Worker, Family Safeguarding Team",
        "Odalys Quintanar",
        id="name-after-sign-off",
    ),
    pytest.param(
        "Best wishes,\nTeodora Brânzei\nFamily Support Worker, Family Safeguarding Team",
        "Teodora Brânzei",
        id="name-after-sign-off",
    ),
    # a name before a body's acronym, a birth heading a table's row
    pytest.param("Regards,\nDarinka Volescu MASH duty desk", "Darinka Volescu", id="name-acronym"),
    pytest.param("Seen by Darinka Volescu CAMHS nurse", "Darinka Volescu", id="name-acronym"),
    pytest.param("spoke to Darinka CAMHS worker", "Darinka", id="forename-acronym"),
    pytest.param("born 4 February 2019 | the health visitor", "4 February 2019", id="row-birth"),
    # a person owning a room, a name before a verb, a post's surname, a colour beside kin
    pytest.param("found asleep in Darinka bedroom", "Darinka", id="name-before-one-noun"),
    pytest.param("took Darinka to the fire station", "Darinka", id="name-then-function-word"),
    pytest.param("Darinka fire station visit was cancelled", "Darinka", id="compound-not-venue"),
    pytest.param("Nurse told Darinka social care team", "Darinka", id="body-no-venue"),
    pytest.param("Nurse Hall visited the home", "Nurse Hall", id="post-and-surname"),
    pytest.param("her aunt (Amber) collected her", "Amber", id="bracketed-name-by-kin"),
    pytest.param("Amber said the plan was fine", "Amber", id="colour-name-speaking"),
    # a name given by a verb of calling with its object, a reported clause's subject
    pytest.param("At home they call the boy Jojo.", "Jojo", id="calling-object"),
    pytest.param("nan calls her Tizzy", "Tizzy", id="calling-object"),
    pytest.param("her cousins call this girl Pudge", "Pudge", id="calling-object"),
    pytest.param("we call our boy Scamp at home", "Scamp", id="calling-object"),
    pytest.param("The childminder says Bix is hungry.", "Bix", id="reported-subject"),
    # in lower case throughout a capital says nothing, so no venue; a rater's object is a child
    pytest.param("told darinka social care team would visit", "darinka", id="lower-case-venue"),
    pytest.param("the school rated Amber as high risk", "Amber", id="rated-is-no-rag"),
    # a person after a body and a comma, or after a post; a name beside a blanked colour
    pytest.param("Venue: Civic Centre, Darinka Volescu", "Darinka Volescu", id="name-after-body"),
    pytest.param("Regards, Social Worker, Ashcombe", "Ashcombe", id="name-after-post"),
    pytest.param("Action 4 is now Amber Volescu's", "Volescu", id="name-after-rag"),
    pytest.param("seen with Darinka Volescu community hall", "Darinka Volescu", id="name-no-venue"),
    pytest.param("Seen 2 April 2026 and 9 July 2019, her bday", "2026", id="listed-birth"),
    pytest.param("spoke to Darinka and Eskmere Council", "Darinka", id="name-and-body"),
    pytest.param("agreed at the Tamsford and Volescu Review", "Tamsford", id="area-and-review"),
    pytest.param("left a note in the hall, Darinka", "Darinka", id="name-after-small-room"),
    pytest.param("rang the duty team, Ashcombe", "Ashcombe", id="small-body-no-town"),
    pytest.param("she was born 4/6/2014 at midday", "4/6/2014", id="birth-at-midday"),
    pytest.param("spoke with Oyelaran Hall at school", "Oyelaran", id="surname-hall"),
    pytest.param("Ezinne Rose Hall was seen today", "Ezinne", id="middle-name-hall"),
    pytest.param("Venue: Civic Centre, Eskmere-Volescu", "Eskmere-Volescu", id="town-joined"),
    pytest.param("Household: the younger sibling is 3/4/2019.", "3/4/2019", id="heading-no-event"),
    pytest.param("Booked: a visit, her birthday is 3/4/2019", "3/4/2019", id="heading-birthday"),
    pytest.param("Kai was born 3rd May, 15", "3rd May, 15", id="short-year-no-clock"),
    pytest.param("Seen with Jo, 9 June 21.", "9 June 21", id="short-year-no-clock"),
    pytest.param("Saw Emily House, Leeds, at the clinic", "Emily House", id="forename-block"),
    pytest.param("Seen with Tarrow House at home today", "Tarrow House", id="block-no-town"),
    pytest.param("Met at Pellin House, Leeds Volescu too", "Pellin House", id="block-town-name"),
    pytest.param(
        "Home visit on 3 May, 10am, Pellin Road, Leeds.", "Pellin Road", id="visit-street"
    ),
    pytest.param("Workshop held in Tarrow Street today", "Tarrow Street", id="course-no-town"),
    pytest.param("Seminar at 4 Dunmere Lane, Eskmere.", "4 Dunmere Lane", id="course-numbered"),
    pytest.param("Seen with Darinka, Leeds, on Friday", "Darinka", id="forename-then-town"),
    pytest.param("Forum held at Kirkbygate today.", "Kirkbygate", id="district-no-town"),
    pytest.param("Seen in Darinka today.", "Darinka", id="forename-after-in"),
    pytest.param("Seen in Hollinsford Volescu's car", "Hollinsford", id="area-name-goes-on"),
    pytest.param("Met Hollinsford at the clinic", "Hollinsford", id="area-shape-no-in"),
    pytest.param(
        "Sent to Darinka Volescu executive", "Darinka Volescu", id="name-before-executive"
    ),
    pytest.param("Pupil at Fenwhistle Catholic Junior School", "Fenwhistle", id="two-qualifiers"),
    pytest.param(
        "Year 3 at Brackmoor Church of England Infant School", "Brackmoor", id="church-of-england"
    ),
    pytest.param("Went to Leeds and Chelsea stayed home", "Chelsea", id="name-added-to-place"),
    pytest.param("Ask Chelsea or Paris about it", "Chelsea", id="name-or-place"),
    pytest.param("On TikTok she goes by 'Pip'.", "Pip", id="goes-by-quoted"),
    pytest.param("He went by Jack at his last school", "Jack", id="goes-by-name"),
    pytest.param("Calls herself 'Moth' in the group chat", "Moth", id="calls-herself"),
    pytest.param("Strategy meeting (Darinka) held", "Darinka", id="forename-in-brackets"),
    pytest.param("The aunt (Hollinsford) came", "Hollinsford", id="bracket-after-relative"),
    pytest.param("Tamsin webinar recording sent", "Tamsin", id="forename-before-webinar"),
    pytest.param("Her briefing said she was born 3/4/2019.", "3/4/2019", id="briefing-birth"),
    pytest.param("Summary. The younger sibling, 3/5/2019", "3/5/2019", id="no-title-date"),
    pytest.param("Seen today: the youngest in the home, 3/5/2019.", "3/5/2019", id="no-title-date"),
    # round 9: each look-alike let through below still refuses its person
    pytest.param("Met Darinka Hall, Preston at the door", "Darinka", id="venue-town"),
    pytest.param("Jane Smith: agreed to chase the school", "Jane Smith", id="line-label"),
    pytest.param("Civic Centre, Orbury\nDarinka Volescu attended", "Darinka", id="venue-town"),
    pytest.param("Marina Kowalska was seen in Hull", "Marina Kowalska", id="place-named"),
    pytest.param("Attends Marlpit Early Years Centre", "Marlpit Early", id="early-years-centre"),
    pytest.param("Riverside practice nurse saw her", "Riverside practice", id="practice-sense"),
    pytest.param("lives at 4 Quillet Place", "4 Quillet Place", id="reference-tail"),
    pytest.param("She moved to Dudley's flat with her baby.", "Dudley's", id="moved-to-place"),
    pytest.param("She talked to Dudley about it.", "Dudley", id="moved-to-place"),
    pytest.param("Darinka at Oakfield Hospital, born on 3/4/2019", "born", id="body-on"),
    pytest.param("maternal grandmother colum is caring for them", "colum", id="misspelling"),
    pytest.param("At the hall, Rose Hall came too", "Rose Hall", id="word-before-hall"),
    pytest.param(
        "She is 'Sausage' on Instagram", "'Sausage' on Instagram", id="quoted-on-platform"
    ),
    pytest.param("Seen with Amelia Park at the flat", "Amelia Park", id="word-before-park"),
    pytest.param(
        "He is 'Jellybean' to his mates on Snapchat.", "Jellybean", id="quoted-on-platform"
    ),
    pytest.param("Attends Candlewick Infant and Nursery School", "Candlewick", id="school-and"),
    pytest.param(
        "She lives on Katharine Street with her nan", "Katharine Street", id="forename-street"
    ),
    pytest.param("Her birthday is the 21-June-22.", "21-June-22", id="date-with-dashes"),
    pytest.param("Delivered 22/2/23 at 35 weeks", "22/2/23", id="delivered-date-gestation"),
    pytest.param("Her gaming tag is Kipper, on the Xbox", "Kipper", id="gaming-tag"),
    pytest.param("Her online name is 'Waffle' and men message her", "Waffle", id="gaming-tag"),
    pytest.param(
        "Staying at her half-brother's on 99 Cinder Path", "99 Cinder Path", id="path-street"
    ),
    pytest.param("lives near the school, 28 juniper way", "28 juniper way", id="venue-street"),
    pytest.param("spoke to Darinka and Eskmere Council", "Darinka", id="nhs-body"),
    pytest.param("lives - 19 Brindle Hollow", "19 Brindle Hollow", id="hollow-street"),
    pytest.param("Met Darinka House, Leeds at the door", "Darinka", id="surname-block"),
    pytest.param("the Dravineks' flat was cold", "Dravineks", id="members-room"),
    pytest.param("He goes by Bonbon online", "Bonbon", id="goes-by-capital"),
    pytest.param("she only answers to Pudding Pie at home", "Pudding", id="answers-to"),
    pytest.param("Lives at 13 Plover's Reach, Halesowen", "13 Plover's Reach", id="reach-street"),
    pytest.param("Seen at Riverside Practice on Monday", "Riverside Practice", id="good-practice"),
    pytest.param("Summary. DOB. 3/4/2015", "DOB", id="date-opens-entry"),
    pytest.param("Summary: b. 3/4/2015", "3/4/2015", id="date-opens-entry"),
    pytest.param("Everyone on the estate knows her as Pickle.", "Pickle", id="knows-her-as"),
    pytest.param("New address: 37 Tarrowman's Yard", "37 Tarrowman's Yard", id="yard-street"),
    pytest.param("Darinka seen 3/4/2015, Ward 6", "3/4/2015", id="date-before-venue"),
    pytest.param("Seen with janesmith at the park", "janesmith", id="word-not-run-together"),
    pytest.param("Attends Oakfield College by the hospital", "Oakfield College", id="nhs-after"),
    pytest.param("now living at 14 Weir Cut", "14 Weir Cut", id="home-any-street"),
    pytest.param("Home address: 7 Tarrow Batch, Orbury", "7 Tarrow Batch", id="home-any-street"),
    pytest.param("staying at Wherry Wharf with nan", "Wherry Wharf", id="home-named"),
    pytest.param("Lives at The Old Rectory", "Old Rectory", id="home-named"),
    pytest.param("with Priya Smith Building the plan", "Priya Smith", id="dedicated-venue"),
    pytest.param("Seen with Dravinek, Leeds", "Dravinek", id="venue-met-at"),
    pytest.param("Seen with Dravinek, Oakham", "Dravinek", id="smaller-town"),
    pytest.param("Met Sutton Hall at the door", "Sutton Hall", id="area-of-a-body"),
    pytest.param("a referral for Sutton from school", "Sutton", id="area-of-a-body"),
    pytest.param("the Smiths said no", "Smiths", id="plural-begins-a-body"),
    pytest.param(
        "Pupil at Osier Bank Infant School", "Osier Bank Infant School", id="landscape-school"
    ),
    pytest.param("address - 39 Weir Cut", "39 Weir Cut", id="home-any-street"),
    pytest.param("Knocked at 2 Wherry Wharf, Orbury", "2 Wherry Wharf", id="home-any-street"),
    pytest.param(
        "staying at her grandpa's on 12 Osier Bank", "12 Osier Bank", id="home-any-street"
    ),
    pytest.param("i dont want to go back there\nKeto x", "Keto", id="kissed-sign-off"),
    pytest.param(
        "Her sister thinks Piccalilli is staying there", "Piccalilli", id="thought-subject"
    ),
    pytest.param("dad has a flat on 8 Tollgate Furlong", "8 Tollgate Furlong", id="home-of-kin"),
    pytest.param("The SENCo at Stonechat emailed", "Stonechat", id="school-by-its-staff"),
    pytest.param("Dravinek room, Leeds", "Dravinek", id="venue-town"),
    pytest.param("moved in with her aunt at 30 Tollgate Furlong", "30 Tollgate", id="home-of-kin"),
    pytest.param("Moved out of 43 Tarrow Drove into a hostel", "43 Tarrow Drove", id="home-left"),
    pytest.param("Mayfield was seen at school", "Mayfield", id="smaller-town-no-name"),
    pytest.param("the Paul Robeson theatre trip", "Paul Robeson", id="dedicated-venue"),
    # round 22 (the twenty-seventh corpus)
    pytest.param("police attended 69 Tarrow Furrow twice", "69 Tarrow Furrow", id="home-called-on"),
    pytest.param("the Eskmere family were seen", "Eskmere", id="town-before-its-noun"),
    pytest.param("the Radford case is open", "Radford", id="town-before-its-noun"),
    pytest.param("She lives at the Pavilion Gardens, Orbury", "Pavilion", id="venue-of-a-town"),
    pytest.param("Darinka from Henley-in-Arden", "Darinka", id="hyphenated-place"),
    pytest.param("Amara complex needs", "Amara", id="venue-complex"),
    pytest.param("Seen in Priya Sharma's Room", "Priya Sharma's Room", id="owned-room"),
    pytest.param("Met Darinka Tower, Leeds at the door", "Darinka Tower", id="opening-word"),
    pytest.param("Home visit 3 May 2028, Tarrow Close, Orbury", "Tarrow Close", id="home-words"),
    pytest.param("We met the Walsh, Orbury", "Walsh", id="surnamed-venue"),
    pytest.param("Please don't tell my dad.\n- Zarvik", "Zarvik", id="signed-alone"),
    pytest.param("See you at school. Will", "Will", id="signed-alone"),
    pytest.param("Grandad says Squeak came round.", "Squeak", id="reported-subject"),
    pytest.param("Toffee Pip is what the family call him.", "Toffee", id="name-said-so"),
    pytest.param("Texts only ever say Nutmeg, never her real name.", "Nutmeg", id="name-said-so"),
    pytest.param("Seen at home 3 May, Tarrow Park, Leeds", "Tarrow Park", id="meeting-street"),
    pytest.param("Met Deane House, Leeds at the door", "Deane House", id="block-when"),
    pytest.param("Mum was at Granary Close, Buxton, Monday", "Granary Close", id="venue-when"),
    pytest.param("Visited Granary Close, Buxton, 3 May", "Granary Close", id="venue-when"),
    pytest.param("His gaming name is Rocket, on the Xbox", "Rocket", id="gaming-name"),
    pytest.param("She is called Priya at school", "Priya", id="called-then-a-sentence"),
    pytest.param("Seen in Tomasz Room at school", "Tomasz", id="rooms-of-a-building"),
    pytest.param("mum hunor says shes struggling", "hunor", id="agent-noun"),
    pytest.param("She has a room at Tarrow Close", "Tarrow Close", id="room-at"),
    pytest.param("went to the Ama Osei House today", "Ama Osei", id="the-building"),
    pytest.param("Seen with Harold Wood at school", "Harold Wood", id="town-of-two-words"),
    pytest.param("She will be 5 on 3 April 2027.", "will be 5", id="will-on-a-date"),
    # round 26 (the thirty-second corpus)
    pytest.param("Police at 14 Tarrow Drove twice", "14 Tarrow Drove", id="police-at-a-home"),
    pytest.param("Everyone knows her only as Pickle.", "Pickle", id="known-only-as"),
    pytest.param(
        "His username on the app is Zorbit", "username on the app is Zorbit", id="username-on"
    ),
    pytest.param("Queen Elizabeth Hospital, Osei Brown, Leeds", "Osei Brown", id="venues-line"),
    pytest.param("Seen at the Smith Hall", "Smith Hall", id="the-building"),
    # round 27 (the thirty-third corpus)
    pytest.param("Her name on the chat app is Sprocket", "Sprocket", id="name-on-an-app"),
    pytest.param("Kyle Brown, Sheepen Road, Colchester, Monday", "Kyle Brown", id="venue-street"),
    pytest.param("Mum at Rowan House, Sheepen Road, Colchester", "Sheepen Road", id="venue-street"),
    # round 28 (the thirty-fourth and thirty-fifth corpora)
    pytest.param("address 9 Tarrow Quay, top flat", "9 Tarrow Quay", id="address-label"),
    pytest.param("evicted from 4 Tarrow Quay last week", "4 Tarrow Quay", id="evicted-from"),
    pytest.param("The lads shout for him as Pinecone.", "Pinecone", id="shouted-as"),
    pytest.param("Thanks, Alton.", "Alton", id="set-off-town"),
    pytest.param("staying at nan's house, Barracks Road", "Barracks Road", id="block-street"),
    # round 29 (the thirty-seventh corpus)
    pytest.param("On the headset he is Quokka", "On the headset he is Quokka", id="on-an-app"),
    pytest.param("A referral for Alton.", "Alton", id="set-off-town"),
    # round 30 (the thirty-sixth corpus)
    pytest.param("On the gaming site she is Quokka", "she is Quokka", id="on-an-app"),
    pytest.param("Seen at Kyle House, Frinton-on-Sea", "Kyle House", id="hyphenated-town"),
    pytest.param("attends oakwood school nursery", "oakwood school", id="school-nursing"),
    # round 31 (the thirty-eighth corpus)
    pytest.param("Spoke to Ada Kerr and Tom Blythe at the hospital", "Ada Kerr", id="named-body"),
    pytest.param("Seen at Ama Rose Hall", "Ama Rose Hall", id="town-public-hall"),
    # round 32 (the fortieth corpus)
    pytest.param("born 02/June/2021, 31 weeks", "02/June/2021", id="date-in-slashes"),
    pytest.param("Seen at Victoria Hall, Leeds", "Victoria Hall", id="the-block"),
    # round 33 (the thirty-ninth corpus)
    pytest.param("On the estate he is Sprocket to everyone.", "Sprocket", id="is-to-everyone"),
    pytest.param("She is Quokka on the gaming app", "She is Quokka on", id="on-an-app"),
    # round 34 (the forty-second corpus)
    pytest.param("seen (Darinka): upset", "Darinka", id="set-off-town"),
    pytest.param("attends holly school", "holly school", id="adverb-school"),
    # round 35 (the forty-first corpus)
    pytest.param("two police call-outs to 8 Tarrow Landing", "8 Tarrow Landing", id="call-outs"),
    # round 36 (the fortieth and thirty-fourth corpora)
    pytest.param("She confided in Alston.", "Alston", id="confided-in"),
    pytest.param("a text from Audley", "Audley", id="from-a-name"),
    pytest.param("spoke to mum, Alston: she said", "Alston", id="kin-before-colon"),
    # round 37 (the forty-third to forty-fifth corpora)
    pytest.param("By the vans he is Wrasse, and the men shout it.", "Wrasse", id="shout-it"),
    pytest.param("The lads shout Gravy when she walks past.", "Gravy", id="shout-a-name"),
    # round 38 (the forty-sixth to forty-eighth corpora)
    pytest.param("visited 59 Teasel Mead - no answer", "59 Teasel Mead", id="visited-home"),
    pytest.param("She's Kingcup on Snapchat", "Kingcup", id="short-is-online"),
    pytest.param("DSL at St Osmunda's called it in", "St Osmunda's", id="staff-at-a-saint"),
    pytest.param("Bedale Okonjo was seen", "Bedale Okonjo", id="town-then-a-name"),
    pytest.param("mum Bedale rang", "Bedale", id="kin-then-a-town"),
    pytest.param("Bedale said she was scared.", "Bedale", id="town-said"),
    pytest.param("Bedale's mum rang.", "Bedale", id="towns-mum"),
    # round 42 (the fifty-second and fifty-fourth corpora)
    pytest.param("28.1.2023 - makes her 5", "28.1.2023", id="date-makes-an-age"),
    pytest.param("call from the DSL at Blue Vein this morning", "Blue Vein", id="staff-at-two"),
    pytest.param("The boys shout Drizzle and he runs.", "Drizzle", id="shout-and"),
    # round 43 (the fifty-sixth corpus)
    pytest.param("16-8-2019, so she is 6", "16-8-2019", id="date-so-an-age"),
    pytest.param("Jigger is what he has her saved as", "Jigger", id="saved-as"),
    pytest.param("Ullage is the name the man has her under", "Ullage", id="the-name-under"),
    pytest.param("He's saved in the older lad's phone as Crabstick", "Crabstick", id="saved-in"),
    # round 45 (the fifty-eighth and fifty-ninth corpora)
    pytest.param("the pastoral lead at Gorsemoor rang", "Gorsemoor", id="staff-at-a-word"),
    pytest.param("Kettlewick SENCo phoned", "Kettlewick", id="staff-of-a-word"),
    pytest.param("Wren Hollow DSL phoned at lunch", "Wren Hollow", id="staff-of-two-words"),
    pytest.param("2/3/2021 - he's 4", "2/3/2021", id="date-beside-an-age"),
    pytest.param("mum says 3 May 2019 but the GP has another date", "3 May 2019", id="contested"),
    pytest.param("he has her saved as Sprocket on his phone", "Sprocket", id="her-saved-as"),
    pytest.param("Sprocket is what the lad at the car wash has her saved as", "Sprocket", id="far"),
    pytest.param("thanks for listening x\ntamsika", "tamsika", id="kiss-then-a-word"),
    # round 47 (the sixty-fourth and sixty-fifth corpora)
    pytest.param("no answer at 12 Larchmere Drove, dog barking", "12 Larchmere", id="at-a-number"),
    pytest.param("sofa-surfing on 7 Tallow Fold", "7 Tallow Fold", id="on-a-number"),
    pytest.param("red book says 4.2.19", "4.2.19", id="red-book"),
    pytest.param("found Sprocket saved in a man's contacts", "Sprocket", id="saved-in-contacts"),
    # round 47 (the sixty-sixth corpus)
    pytest.param("she is listed only as Sprocket", "Sprocket", id="listed-only-as"),
    # round 46 (the sixty-first to sixty-third corpora)
    pytest.param("3.4.2013 - so 14 this year", "3.4.2013", id="date-so-an-age-this-year"),
    pytest.param("spoke to the Okonjo boy", "Okonjo", id="the-name-and-a-child"),
    pytest.param("the Rajput strat went ahead", "Rajput", id="the-name-and-a-noun"),
    pytest.param("left in Kowalski and Nowak's car", "Kowalski", id="in-names-not-languages"),
    # round 39 (the fifty-first corpus)
    pytest.param("seen by o'brien at home", "o'brien", id="o-apostrophe-name"),
    pytest.param("lives on maple avenue", "maple avenue", id="lower-case-street"),
]

LET_THROUGH_BY_CLASS = [
    pytest.param("The board will sign this off on 14.10.27 at 3pm.", id="clock-time"),
    pytest.param("Deepdive audit of neglect cases - 4 May 2027.", id="compound-before-work"),
    pytest.param("Lunchtime session for new DSLs on Teams.", id="compound-before-work"),
    pytest.param("spoke to the patient's mum and her friend's dad", id="bare-owner-of-kin"),
    pytest.param("then Child Granite said she was out", id="rare-word-speaking"),
    pytest.param("the DSLs have agreed; the midwives were told", id="family-as-subject"),
    pytest.param("the referrals were late and the Acorns have moved", id="family-as-subject"),
    pytest.param("the final Report said so; the Chair told the board", id="rare-word-speaking"),
    pytest.param("the meeting heard the Panel say no", id="rare-word-speaking"),
    pytest.param("the holly's berries, the baby's dad", id="bare-owner-of-kin"),
    pytest.param("Briefing delivered to DSLs on 3 March 2026.", id="delivery-of-work"),
    pytest.param("Dating scan at 12 weeks on 2/2/2026, no concerns.", id="delivery-of-work"),
    pytest.param("Chair to look at the draft 8 Mar 27, 09:15.", id="clock-time"),
    pytest.param("Lunchtime slot - 6 June 2027 - 1.30 pm, Room 4.", id="clock-time"),
    pytest.param("Heads up: the exec has moved to 12 January 2027.", id="moved-to-a-date"),
    pytest.param("The plan will address 3 Key Risks.", id="address-as-a-verb"),
    pytest.param("Mum is living at Home with the baby.", id="home-named"),
    pytest.param("Forum in the Ada Lovelace Room at 10am.", id="dedicated-venue"),
    pytest.param("Fire drill at Westfields, Sandbach on Monday.", id="venue-met-at"),
    pytest.param("Step-free access at the Catmose, Oakham.", id="smaller-town"),
    pytest.param(
        "Rationale: Bedford partners decided to commission an LCSPR.", id="area-of-a-body"
    ),
    pytest.param("Fire alarm test at Chelsea Old Town Hall, 10am.", id="area-of-a-body"),
    pytest.param("Present: the statutory partners for Dudley.", id="area-of-a-body"),
    pytest.param("The family moved between Sutton and two other areas.", id="area-of-a-body"),
    pytest.param("Course at King George's Hall, Blackburn.", id="sovereigns-venue"),
    pytest.param("Orbury Police: agreed, with one correction.", id="body-speaking"),
    pytest.param("Event at the Lords Meadow Leisure Centre, Crediton.", id="plural-begins-a-body"),
    pytest.param("Committee Room 4, Forde House, Newton Abbot.", id="town-of-two-words"),
    pytest.param("Early help from the Forest of Dean District Council.", id="district-council"),
    pytest.param("Course at Crosfield Hall, Romsey.", id="hall-block"),
    pytest.param("Executive, 23.10.2027, Lords Meadow Leisure Centre", id="centre-venue"),
    pytest.param("Education: Orbury Virtual School head attended.", id="landscape-school"),
    pytest.param("Thanks all, see Appendix x", id="kissed-sign-off"),
    pytest.param("Event: 9.30am, Committee Room 4, Elizabeth House, Dereham.", id="venue-block"),
    pytest.param(
        "Event: 4/7/2027, the Mayor's Parlour, Elizabeth House, Dereham.", id="venue-block"
    ),
    pytest.param(
        "Learning event: 19/8/2027, 10:15-16:00, King's Court, Orbury.", id="clock-no-house"
    ),
    pytest.param("Meeting, 9am, the Town Hall, St Mary's. Bring ID.", id="saints-town"),
    pytest.param("Offices, Station Road East, Oxted.", id="street-compass-town"),
    pytest.param("Council Chamber, Farnham Maltings.", id="maltings"),
    pytest.param("Annual conference, 7/9/2028, Parkside, Melton Mowbray.", id="side-toponym"),
    pytest.param("Audit day, 18.3.2027, the Watersmeet theatre, Rickmansworth.", id="venue-town"),
    pytest.param("Confirmed by the named nurse at Orbury NHS Trust, 11 Aug 2029.", id="trust-date"),
    pytest.param("the DSL at Kent County Council", id="staff-of-a-body"),
    pytest.param("The meeting room at Wakefield One is booked.", id="room-at-venue"),
    pytest.param("love you Mum xx", id="kissed-sign-off"),
    pytest.param("Quiet room bookable at Priory House, Chicksands.", id="smaller-town"),
    pytest.param("Learning event at the Paul Robeson Theatre, Hounslow.", id="dedicated-venue"),
    pytest.param("21/02/2026: GP appointment missed.", id="chronology-entry"),
    pytest.param("Closed. 2026-04-11 - case transferred to the new team.", id="chronology-entry"),
    pytest.param("12.03.26: call with the school nurse; plan agreed.", id="chronology-entry"),
    pytest.param("Birth plan meeting with the midwife on 4 May 2026.", id="birth-as-stage"),
    pytest.param("04/05/2026 new birth review by the HV.", id="birth-as-stage"),
    pytest.param("ICB aware 3 Feb 2026; chair briefed 9 Feb 2026; reply sent 2 Mar.", id="series"),
    pytest.param("Police alerted 03.02.26; panel told the 9th; letter sent 5 Mar 26.", id="series"),
    pytest.param("Strategy follow-up set for 17 Jan, chair to confirm.", id="month-after-day"),
    pytest.param("Notes from the learning lunch (9 Jan) are on the drive.", id="month-after-day"),
    pytest.param("Visit moved to the 3rd of Jan.", id="month-after-day"),
    pytest.param("Publications on 14/09/2026 went out late.", id="event-word-form"),
    pytest.param("The mediation sessions on 2026-10-05 went ahead.", id="event-word-form"),
    pytest.param("Safeguarding group on 3 March 2026, bundle a week before.", id="body-on-date"),
    pytest.param("Pre-birth plan signed off 11 May 2026 by the chair.", id="pre-birth"),
    pytest.param("mum says attendence is poor", id="slip-vowel-for-vowel"),
    pytest.param("the chronolgy is attached", id="slip-letter-dropped"),
    pytest.param("safegaurding concerns were raised", id="slip-letters-swapped"),
    pytest.param("an assesment was completed", id="slip-letter-dropped"),
    pytest.param("the strateggy meeting was held", id="slip-letter-doubled"),
    pytest.param("Referred to the YMCA and NSPCC", id="acronym-letter-by-letter"),
    pytest.param("She is NEET this term", id="acronym-letter-by-letter"),
    pytest.param("Seen by the HCPC", id="acronym-letter-by-letter"),
    pytest.param("see the follow-\nup plan from the safe-\nguarding lead", id="line-break-word"),
    pytest.param("the Parents' evening is on Monday", id="plural-of-the-work"),
    pytest.param("the Nurses' office", id="plural-of-the-work"),
    pytest.param("the van was 5k", id="amount-beside-vehicle"),
    pytest.param("seen in the car at 10 am", id="time-beside-vehicle"),
    pytest.param("car park, 2 hrs", id="time-beside-vehicle"),
    pytest.param("all PLOs are on hold", id="acronym-plural"),
    pytest.param("waiting for the ICPCs", id="acronym-plural"),
    pytest.param("the chair won't be there", id="contraction"),
    pytest.param("we've asked twice, they're chasing it", id="contraction"),
    pytest.param("shouldn't take long", id="contraction"),
    pytest.param("tbh the agenda is too long", id="chat-abbreviation"),
    pytest.param("lmk when the chronology lands", id="chat-abbreviation"),
    pytest.param("fwiw the gif was funny", id="chat-abbreviation"),
    pytest.param("shared under Art 9 of the GDPR", id="legal-citation"),
    pytest.param("under Art 8 ECHR", id="legal-citation"),
    pytest.param("chased by the named doctor Tues", id="weekday-abbreviation"),
    pytest.param("on a CP plan since 04/05/2026", id="date-since"),
    pytest.param("return the chronology to the chair before 9 March 2027", id="date-before"),
    pytest.param("The core group reconvenes after 14/11/2026.", id="date-after"),
    pytest.param("summaries to the chair no later than 9 March 2027", id="date-than"),
    pytest.param("The safety plan applies from 01/12/2026.", id="date-from"),
    pytest.param("Chair on leave between 3/8/2026 and 14/8/2026.", id="date-range"),
    pytest.param("chronologies w/c 07/09/2026 please", id="date-week-commencing"),
    pytest.param("the extension to 21.09.26 stands", id="date-extension"),
    pytest.param("the panel will call them the Lantern family", id="pseudonym-decided"),
    pytest.param("agreed the baby will be called Bramble", id="pseudonym-decided"),
    pytest.param("Child Lantern's father was told", id="pseudonym-after-child"),
    pytest.param("the aunt of Child JO was told", id="letters-after-child"),
    pytest.param("Baby AL was seen", id="letters-after-child"),
    pytest.param("Police log 2215hrs: all quiet.", id="time-after-log"),
    pytest.param("call handled by the duty team", id="handled-not-handle"),
    pytest.param("Seen by the named doctor.\n\nThanks,\nReview Officer", id="title-ends-sentence"),
    pytest.param("NHS Tamsford gave apologies", id="organisation-after-prefix"),
    pytest.param("met in the café", id="accented-loanword"),
    pytest.param("Comments back to the chair 14/01/2027.", id="date-after-process-word"),
    pytest.param("findings go to the practice subgroup 03/02/2027.", id="date-after-process-word"),
    pytest.param("supervision moved to 12/05/2027", id="date-after-process-word"),
    pytest.param("Kind regards,\nSenior Social Worker\nFamily Safeguarding Team", id="post-signs"),
    pytest.param("Rapid Review - Heather: notes attached", id="chosen-word-after-title"),
    pytest.param("mum's wi-fi was cut off again", id="compound-beside-kin"),
    pytest.param("a sister one-to-one session", id="compound-beside-kin"),
    pytest.param("we met Sibling Lantern at school", id="chosen-word-after-label"),
    pytest.param("Sibling Heron stayed with dad", id="chosen-word-after-label"),
    pytest.param("Young Person Hazel - summary uploaded", id="everyday-name-after-label"),
    pytest.param("the aunt spoke with Child Rowan today", id="everyday-name-after-label"),
    pytest.param("Sibling Heather's attendance is better", id="everyday-name-after-label"),
    pytest.param("NA will see the allocated worker alone", id="two-capitals-are-initials"),
    pytest.param("The Kelsey review was published in June.", id="eponym-straight-after"),
    pytest.param("the carer has Crohn's disease", id="eponym-straight-after"),
    pytest.param("Munro's review of child protection was cited.", id="surname-review"),
    pytest.param("Learning from Child K's review was shared.", id="label-review"),
    pytest.param("Chased the GP about LI's medical on Friday.", id="two-capitals-are-initials"),
    pytest.param("Child K's school has sent its summary.", id="pseudonyms-own-school"),
    pytest.param("Young Person Heron's college replied", id="pseudonyms-own-school"),
    pytest.param("Sibling Hazel (aged 6) was seen alone.", id="pseudonym-and-age"),
    # an area's body by its acronym, a table's dated row, a venue, a public hall, a RAG rating
    pytest.param("Many thanks,\nBusiness Manager, Brackwold SCP", id="area-acronym"),
    pytest.param("Regards,\nLower Tannford MASH duty desk", id="area-acronym"),
    pytest.param("The referral went to Ormsley CAMHS last week.", id="area-acronym"),
    pytest.param("4 February 2026 | children's social care | strategy held", id="table-row"),
    pytest.param("2026-03-09 | the health visitor | home visit, no concerns", id="table-row"),
    pytest.param("Briefing on 4 March, 2pm, at Orbury fire station.", id="venue"),
    pytest.param("Next meeting: 9 June, Lessingham library study room.", id="venue"),
    pytest.param("Held at the Civic Hall; next one at Borough Hall.", id="area-hall"),
    pytest.param("Recommendation 3: audit. Status Amber; owner the LADO.", id="rag-rating"),
    pytest.param("Action 7 closed (Amber); evidence: the audit report.", id="rag-rating"),
    pytest.param("RAG rating: Green. Owner: the designated nurse.", id="rag-rating"),
    pytest.param("Recommendation 2.1 remains Green; owner the LADO.", id="rag-rating"),
    pytest.param("Audit of supervision: done and rated Green; chair to report.", id="rag-rating"),
    pytest.param("The neglect training is rated as Amber this quarter.", id="rag-rating"),
    pytest.param("Venue: Room 3, Civic Centre, Eskmere.", id="town-after-body"),
    pytest.param("Met at Tamsford Hospital, Orbury on Monday.", id="town-after-body"),
    pytest.param("The event is in the Orbury Memorial church hall.", id="venue-named-on"),
    pytest.param("Briefings: 2 April 2026, 9 July 2026 and 1 October 2026.", id="listed-dates"),
    # a verb of calling a service, a chosen name decided, a body in a reported clause
    pytest.param("Staff called the police and the duty team.", id="calling-a-service"),
    pytest.param("The panel agreed to call the child Lantern.", id="calling-decided"),
    pytest.param("Please call this number first.", id="calling-a-number"),
    pytest.param("Staff will call their manager today.", id="calling-a-post"),
    pytest.param("The manager says Ofsted is due in May.", id="reported-body"),
    # a town ending a list's line, before the next line's heading
    pytest.param("- Venue: the sports hall, Tamsford\n- AOB: none", id="town-then-item"),
    # a venue's building noun capitalised after a word of English
    pytest.param("Drop-in at Lessingham Memorial Library, ground floor.", id="capital-venue"),
    pytest.param("Forum moved to Eskmere Old Fire Station.", id="capital-venue"),
    # a short heading before a colon says what its clause's date is about
    pytest.param("Bookings open: induction for new foster carers, 4/3/2027.", id="heading-event"),
    pytest.param("Agenda item: the partnership's annual report, 1 May 2026.", id="heading-event"),
    pytest.param(
        "Training: a full day on neglect, exploitation and contextual risk for all new staff"
        " in every agency, 9/9/2026.",
        id="heading-far-before",
    ),
    # a date before a time of day named in words
    pytest.param("Lunchtime forum relaunch: 12/11/2026, midday, via Zoom.", id="date-at-noon"),
    pytest.param("Handbook out 3 March 2027 at noon.", id="date-at-noon"),
    # a town after a building's noun in lower case
    pytest.param("Held in the scout hut meeting room, Lessingham.", id="town-after-room"),
    pytest.param("Briefing at the old fire station, Tamsford, 10am.", id="town-after-room"),
    # two areas that one body covers, joined by "and"
    pytest.param("Regards, Lessingham and Eskmere Council", id="joint-area"),
    pytest.param("Sent to the Tamsford and Orbury LSCP business unit.", id="joint-area"),
    # a day and a month before a clock's time: its hour is no year
    pytest.param("Webinar: Friday 6th March, 14:00 to 15:00 via Zoom.", id="clock-no-year"),
    pytest.param("Drop-in on Tuesday 2 June, 10.30 onwards.", id="clock-no-year"),
    # a day of the week before a full date: a diary's day
    pytest.param("Thursday 9 April 2026: the health visitor saw the family.", id="weekday-date"),
    pytest.param("Our annual forum is on Wed 14/10/2026 in the main hall.", id="weekday-date"),
    # a venue named after a saint, and its town
    pytest.param("Forum at St Oswin Brackley Church Hall, Tamsford.", id="saints-venue"),
    pytest.param("Meet in Saint Aidan's Parish Hall on Friday.", id="saints-venue"),
    # areas listed between commas before the body that covers them
    pytest.param("Sent by Tamsford, Eskmere and Orbury Hospitals NHS Trust.", id="listed-areas"),
    # one word before a capitalised building's noun that no one is called
    pytest.param("Launch at Calloway Building, Eskmere, at 2pm.", id="named-building"),
    pytest.param("The forum moves to the Dunmere Pavilion.", id="named-building"),
    # an office block's name whose noun is a surname too, with its town after a comma
    pytest.param("Panel meets at Tarrow House, Leeds on 3 May.", id="block-and-town"),
    pytest.param("Session: 9.30, Pellin Tower, Eskmere; bring a case.", id="block-and-town"),
    pytest.param("Next: 2pm, Tarrow House, Leeds\nThe panel agreed.", id="block-then-line"),
    pytest.param("Venue: Kirkbygate, Leeds\nApologies: the LADO", id="district-then-label"),
    # an area shaped as an English place's name after a word that places the clause
    pytest.param("Health visitors in Hollinsford now use the new tool.", id="area-after-in"),
    pytest.param("The family moved from Eskmere into Tamsford.", id="area-after-in"),
    # a partnership's executive or committee is a body, named by its area as a board is
    pytest.param("Report to the Hollinsford executive: assurance is partial.", id="executive"),
    pytest.param("Agreed by the Eskmere committee on neglect.", id="executive"),
    # an area in brackets after a meeting's or a body's noun, as a heading gives it
    pytest.param("Minutes of the review meeting (Hollinsford)\nApologies: none", id="area-heading"),
    pytest.param("Sent by the partnership (Eskmere) today.", id="area-heading"),
    # a school's kind in words, with no school's name before it
    pytest.param("She attends a Church of England junior school.", id="school-kind-only"),
    pytest.param("Moved to a catholic junior school in May.", id="school-kind-only"),
    # "goes by" a place or a thing, unquoted and no one's name, is a route or a time
    # a place a list has as a name too, offered as another to a place that is no one's name
    pytest.param("Heritage such as Barbados or Trinidad is recorded.", id="place-or-place"),
    pytest.param("The school bus goes by Asda on the way.", id="goes-by-route"),
    pytest.param("The group now goes by 'the hub' in letters.", id="goes-by-route"),
    # a practitioners' gathering held at an office's street, with its town after a comma
    pytest.param("DSL refresher, 2 May, 9am, Tarrow Street, Leeds.", id="course-street"),
    pytest.param("Webinar moved: now a workshop at Quarry Road, Eskmere.", id="course-street"),
    # a district shaped as an English place's name, before the town the lists know
    pytest.param("Refresher, 4 June, 9am, Kirkbygate, Leeds.", id="district-of-town"),
    pytest.param("The forum meets at Hollinsford, Coventry in May.", id="district-of-town"),
    # an online or short gathering is an event of the work, as a meeting is
    pytest.param("Lunchtime webinar: neglect, 4 March 2027, on Teams.", id="webinar-event"),
    pytest.param("Teatime seminar on exploitation, 12/5/2027.", id="webinar-event"),
    # a title opening with an event's or a document's noun, its date after a comma
    pytest.param(
        "Report of the independent reviewer to the leaders' group, 3/5/2027: partial.",
        id="title-date",
    ),
    pytest.param("Attendance at the 4 Mar 2027 course was 9 of 20.", id="course-date"),
    # an event word anywhere in the clause of a date "on" it
    pytest.param(
        "Health visitors are welcome at a half-day workshop about infant feeding and"
        " safe sleep in the community hall on 9/3/2027.",
        id="event-far-before-on",
    ),
    pytest.param("Our annual report goes to the leaders' group on 2/11/2026.", id="event-on"),
    # alternative provision as a kind of schooling, with no school's name
    pytest.param("She is in part-time alternative provision.", id="provision-as-kind"),
    pytest.param("Attends Alternative Provision three days a week.", id="provision-as-kind"),
    # round 9 (the thirteenth corpus's minutes, venues and chronologies)
    pytest.param("The review meeting took place at County Hall, Preston.", id="venue-town"),
    pytest.param("Next meeting 3/05/2028, 9am, Smithfield One, Hanley", id="numbered-block"),
    pytest.param("Met at 9am, Smithfield One, Hanley\nApologies from Ofsted", id="venue-town"),
    pytest.param("Venue: Civic Centre, Hanley\nAction: chase the chronology", id="line-label"),
    pytest.param("Wolverhampton practice review panel - minutes", id="practice-sense"),
    pytest.param("The meeting for PLR 28/04 took place at the civic centre.", id="reference-tail"),
    pytest.param("A partnership stall at Hull Marina opens the week.", id="place-named"),
    pytest.param("Next meeting 9am, Civic Centre, Brent", id="venue-town"),
    pytest.param("The family moved to Dudley last year.", id="moved-to-place"),
    pytest.param("The case transferred to Sutton in May.", id="moved-to-place"),
    # round 10 (the fourteenth corpus's venues, dates and sign-offs)
    pytest.param(
        "Learning event: 10:00, Committee Room 1, Tarrow Place, Reigate.", id="room-number"
    ),
    pytest.param("Escalation log 19.09.2029: the ICB challenged the decision.", id="date-heading"),
    pytest.param(
        "Ofsted told of the death of a looked-after child on 2030-01-02.", id="death-date"
    ),
    pytest.param("A one-day course; next run 2030-03-24.", id="next-date"),
    pytest.param(
        "Managers' circle, 01.01.2029, Orbury Civic Offices, Bridge Street.", id="venue-date"
    ),
    pytest.param("Where: Meeting Room 4, Shire Hall, Gloucester.", id="shire-hall"),
    pytest.param("Where: the training suite, the Queen's Hall, Hexham.", id="owned-building"),
    pytest.param(
        "9.30am, County Offices, Newland, Lincoln\nSign-off by the partners", id="offices"
    ),
    pytest.param("Apologies from Chesterfield Royal Hospital.", id="word-not-run-together"),
    pytest.param("Apologies from Imperial College Healthcare NHS Trust.", id="nhs-after"),
    pytest.param(
        "Apologies from Chelsea and Westminster Hospital NHS Foundation Trust.", id="and-body"
    ),
    pytest.param("The named nurse (Dudley Integrated Health and Care NHS Trust)", id="and-body"),
    pytest.param(
        "Seen at Barnsley Hospital and Community Paediatrics on 3 March 2027.", id="body-on"
    ),
    # round 11 (the fifteenth corpus's Slack lines, venues and chronologies)
    pytest.param("moved to tommorow, wich is fine", id="misspelling"),
    pytest.param(
        "checklist - meeting room at The Piece Hall, Halifax booked", id="word-before-hall"
    ),
    pytest.param("the meeting moved to Quadrant, Cobalt Business Park", id="word-before-park"),
    pytest.param("accommodation sorted at Alexandra Palace", id="forename-before-palace"),
    pytest.param("28 July 2028 the family moved into the area.", id="date-opens-entry"),
    pytest.param("Learning lunch. 25/01/2028, Wakefield One.", id="date-opens-entry"),
    pytest.param("could we speak on 17/02/2028?", id="speak-on"),
    pytest.param("Places left at Shirehall, Shrewsbury on 13 March 2028.", id="at-a-place-on"),
    # round 12 (the seventeenth corpus)
    pytest.param("pls rsvp for the learning event by fri", id="office-abbreviation"),
    # round 12 (the sixteenth corpus)
    pytest.param("ive chased twice, sw visited yday, tac notes attached", id="chat-contraction"),
    pytest.param("Session, 9am, Croydon Town Hall, Katharine Street.", id="forename-street"),
    pytest.param("Lunch and learn on neglect. 8/1/2027, online.", id="date-online"),
    pytest.param("see you at Elizabeth II Court, Winchester.", id="regnal-number"),
    # round 13 (the eighteenth corpus)
    pytest.param("reminder: day 5 is 22 April 2029", id="reminder-date"),
    pytest.param(
        "Could we book Committee Room 1 at the Civic Centre for 9 July 2029?", id="for-date"
    ),
    pytest.param(
        "Reflective practice session for staff, Wednesday 12 Jun, 9.30am.", id="practice-sense"
    ),
    pytest.param("Learning event, 10am, Conference Room B, 5 Pancras Square.", id="venue-street"),
    pytest.param(
        "Drop-in, Barnet Council offices, 2 Bristol Avenue, Colindale, 02/04/28.", id="venue-date"
    ),
    pytest.param("the school bought the child a Daim bar as a reward", id="brand"),
    # round 14 (the nineteenth corpus)
    pytest.param("Reports from Tees, Esk and Wear Valleys NHS Foundation Trust.", id="nhs-body"),
    pytest.param(
        "Known to Mersey and West Lancashire Teaching Hospitals NHS Trust.", id="nhs-body"
    ),
    pytest.param(
        "Set for 5 February 2027 in Room 1, Staffordshire Place, Stafford.", id="venue-town"
    ),
    pytest.param("the Training Room, the Thameside Complex, Grays", id="complex"),
    pytest.param("room's booked - the Training Room, Shaw House, Newbury", id="surname-block"),
    pytest.param("CDOP notified via eCDOP on 14 August 2027.", id="ecdop"),
    # round 15 (the twentieth corpus)
    pytest.param(
        "Next meeting: 26.9.2027, the Members' Room, Wyvern House, Winsford.", id="members-room"
    ),
    pytest.param("notification deadline is wed, not thurs - bank hol", id="chat-hol"),
    # round 16 (the twenty-first corpus)
    pytest.param(
        "Agencies shared well. Good practice noted: the crew's referral.", id="good-practice"
    ),
    pytest.param(
        "Themes: the child's voice. • Practitioners said visits were hard.", id="bullet-opens"
    ),
    pytest.param("He answers to the duty manager each morning.", id="answers-to"),
    # round 22 (the twenty-seventh corpus)
    pytest.param("Briefing on the Eskmere youth offer with the police.", id="town-before-its-noun"),
    pytest.param("Forum, the Pavilion Gardens, Buxton, Tuesday 3 May", id="venue-of-a-town"),
    pytest.param("Next meeting 4 May, the Guild Hall, Henley-in-Arden.", id="hyphenated-place"),
    pytest.param("Held in Ashby-de-la-Zouch and Barrow-in-Furness.", id="hyphenated-place"),
    pytest.param("Forum at the Ada Lovelace Leisure Complex, 10am.", id="venue-complex"),
    pytest.param("Held at Willesden Green Library and online.", id="building-of-a-street"),
    pytest.param("Drop-in, 9.30am, Church Square House, Orbury.", id="building-of-a-street"),
    pytest.param("Bring ID for One Granary Square, Buxton.", id="venue-of-a-town"),
    pytest.param("Group, 24 Mar 2028, Granary Close, Buxton.", id="venue-of-a-town"),
    pytest.param("Subgroup, the Burton at Bideford, 14/4/2027", id="surnamed-venue"),
    pytest.param("Conference, 19 July 2028, Ada Lovelace Tower, Bradford.", id="dedicated-venue"),
    pytest.param("Please chase the chronology. - Chair", id="signed-alone"),
    pytest.param("Child K is what we call her in the review.", id="name-said-so"),
    # round 23 (the twenty-eighth corpus)
    pytest.param("An answer ahead of 15.11.2027 would help.", id="ahead-of-a-date"),
    pytest.param("No subgroup on 19 December 2027; it resumes 2 June 2029.", id="resumes"),
    pytest.param("Panel questioned the timeline; we answered on 21.12.2027.", id="answered"),
    pytest.param("Induction, the Guildhall, Salisbury, 21/07/2029.", id="guildhall"),
    pytest.param("QA subgroup meeting at Monkton Park, Chippenham, 6.07.2027", id="meeting-street"),
    pytest.param("Families placed in Burgess Hill and Forest Row.", id="town-of-a-street-word"),
    pytest.param("The first is at Deane House, Taunton, Wednesday 2nd October.", id="block-when"),
    pytest.param("Conference at East Pallant House, Chichester.", id="compass-block"),
    pytest.param("The first is at Granary Close, Buxton, Monday 4 May.", id="venue-when"),
    pytest.param("A workshop for taxi staff, held at Granary Hill.", id="held-at"),
    # round 24 (the twenty-ninth corpus)
    pytest.param(
        "The review has been called. Please fill in the form.", id="called-then-a-sentence"
    ),
    pytest.param("The designated nurse met school nurses in Skipton.", id="past-verb-school"),
    pytest.param("Conference at the Georgian Theatre Royal, Richmond: Monday.", id="theatre-royal"),
    pytest.param("I've got the big room at the Milton Rooms, Malton.", id="rooms-of-a-building"),
    pytest.param(
        "Joint meeting with the partners, the Artrix, Bromsgrove, 1.5.2029", id="title-date"
    ),
    pytest.param("Scope to be settled on 1.1.2028, with the families.", id="to-be-done-on"),
    # round 25 (the thirtieth and thirty-first corpora)
    pytest.param(
        "Housing staff met nurses about families in Beeston and Stapleford.", id="town-after-in"
    ),
    pytest.param("The council shared Okehampton patrol dates.", id="town-before-its-noun"),
    pytest.param("The flat was reported for broken window restrictors.", id="agent-noun"),
    pytest.param("who is chairing on 5 Oct 2028, anyone know?", id="chairing"),
    pytest.param("Terms of reference will go to the partners on 10.7.2028.", id="will-on-a-date"),
    pytest.param("Minutes from the Gibson Building, Kings Hill uploaded.", id="town-of-two-words"),
    pytest.param("Booked Council Chamber at Granary Park, Tavistock for Monday.", id="room-at"),
    pytest.param("Booked Room 4 at the Kingsbridge Quay House for 12/06/28.", id="the-building"),
    pytest.param("Agreed at the board. Thanks.", id="signed-alone"),
    pytest.param("Maternity booking: late booker, 24 weeks.", id="term-of-the-work"),
    pytest.param("Action 1: Tarrow Health and Social Care CIC to audit.", id="cic-body"),
    pytest.param("Board, 18/11/2029, Westfields, Sandbach.", id="venue-met-at"),
    pytest.param("Course, Room 3.12, Catmose, Oakham.", id="venue-met-at"),
    # round 26 (the thirty-second corpus)
    pytest.param("Forum, the Council Offices, Holt Road, Cromer, 11am.", id="surname-street"),
    pytest.param("Drop-in at the Orbury Centre, St Anne's Square, 3.4.2029.", id="saints-street"),
    pytest.param("Liaison, the Harlow Playhouse, Wednesday 02/04", id="one-word-venue"),
    pytest.param("Officers at 3 PM briefing agreed the plan.", id="police-at-a-time"),
    pytest.param("Forum, the Town Hall, Hall Plain, Great Yarmouth, 3 May.", id="venues-line"),
    pytest.param("Learning event, 9 May, the Corn Exchange, Bedford.", id="the-building"),
    # round 27 (the thirty-third corpus)
    pytest.param("Leads for the health workstream", id="term-of-the-work"),
    pytest.param("Board, 3 May, the Tarvin Arena.", id="the-building"),
    pytest.param("Drop-in at Rowan House, Sheepen Road, Colchester, 22nd May.", id="venue-street"),
    pytest.param("Advisory group, Wallfields, Pegs Lane, Hertford, Thursday.", id="venue-street"),
    pytest.param(
        "Panel, Grange Paddocks Leisure Centre, Bishop's Stortford.", id="possessive-town"
    ),
    # round 28 (the thirty-fourth and thirty-fifth corpora)
    pytest.param("Case summary, Uttoxeter: a child aged four.", id="set-off-town"),
    pytest.param("A girl had not seen a GP, Lymington.", id="set-off-town"),
    pytest.param("Group, the Ringwood Gateway, 06/01/2027.", id="town-and-a-word"),
    pytest.param("Learning day, Lymington New Forest Hospital, 17/10/2028.", id="hospital-date"),
    pytest.param("Housing team: homelessness duty accepted 05 June 2027.", id="accepted-on"),
    pytest.param(
        "Friday 9 Dec, Castle House, Barracks Road, Newcastle-under-Lyme.", id="block-street"
    ),
    pytest.param("Course at Lynton House, Commercial Road, Barnstaple, 9am.", id="venue-street"),
    # round 29 (the thirty-seventh corpus)
    pytest.param("1. Was-not-brought audit for Ledbury.", id="set-off-town"),
    pytest.param("On the app she is fine.", id="on-an-app"),
    # round 30 (the thirty-sixth corpus)
    pytest.param("Conference, the McGrigor Hall, Frinton-on-Sea, Tuesday.", id="hyphenated-town"),
    pytest.param("How the board commissions school nursing.", id="school-nursing"),
    pytest.param("Safer sleep training for Uttoxeter and Lymington.", id="set-off-town"),
    # round 31 (the thirty-eighth corpus)
    pytest.param("Has the Ada Kerr and Tom Blythe Hospital sent it?", id="named-body"),
    pytest.param("Event, 17.10.2029, Pontesbury Public Hall, 10am.", id="town-public-hall"),
    # round 32 (the fortieth corpus)
    pytest.param("Learning event at the Victoria Hall, Grange-over-Sands.", id="the-block"),
    # round 33 (the thirty-ninth corpus)
    pytest.param("Panel granted more time on PLR 39-03, to 15/12/2028.", id="granted-to"),
    pytest.param("She is Polish on the app and at school.", id="on-an-app"),
    # round 34 (the forty-second corpus)
    pytest.param("Case summary (Shildon): a child aged two.", id="set-off-town"),
    pytest.param("It showed how quickly school staff acted.", id="adverb-school"),
    # round 36 (the fortieth and thirty-fourth corpora)
    pytest.param("ran a self-harm session in Alston.", id="town-placed"),
    pytest.param("Case summary, Alston: a girl of 13 shared images.", id="heading-town"),
    # round 37 (the forty-third to forty-fifth corpora)
    pytest.param("16/10/27: health visitor called the MARU about a baby.", id="maru"),
    pytest.param("Genogram attached to the rapid review: yes.", id="genogram"),
    pytest.param("Item 1: missing episodes for Wareham this quarter.", id="for-a-town"),
    # round 38 (the forty-sixth to forty-eighth corpora)
    pytest.param("Case summary (RR 46-02, Bedale). A baby was seen.", id="lone-town"),
    pytest.param("Kinship carers' coffee morning, Bedale Hall, 1 Nov 2028.", id="town-hall"),
    pytest.param("The trust briefed Whitby GPs on exploitation.", id="town-acronym"),
    pytest.param("DSLs from Horncastle schools met.", id="a-towns-schools"),
    pytest.param("A briefing for Pewsey nurseries.", id="a-towns-nurseries"),
    pytest.param(
        "On 28 May 2029 staff from the police, the trust and the housing team met the reviewer.",
        id="on-a-date-a-sentence",
    ),
    # round 39 (the fifty-first corpus)
    pytest.param("not knowing whom to ring after five o'clock.", id="o-clock"),
    pytest.param("She was found three times on the coast road at night.", id="road-described"),
    pytest.param("Panel replied on TR 51-06 11.09.2027; no questions.", id="reference-then-date"),
    pytest.param("Report published on the partnership website 9 November 2029.", id="website"),
    pytest.param("A training session at Victoria Hall, Hawkhurst.", id="gathering-at-a-block"),
    pytest.param("Meeting put back from 19th Dec 2028 to 25/07/2028.", id="range-end"),
    # round 40 (the forty-ninth and fiftieth corpora)
    pytest.param("health visitor noted the weight had dropped two centiles.", id="centiles"),
    # round 41 (the fifty-third corpus)
    pytest.param("Wallingford: SODC asked the police to look at sofa-surfing.", id="town-heads"),
    pytest.param("Lechlade swimming clubs were briefed.", id="town-opens-a-noun"),
    pytest.param("Neighbouring partnership consulted: 04/04/2027.", id="consulted"),
    pytest.param("Water safety campaign begins 16/03/2029.", id="campaign-begins"),
    # round 42 (the fifty-second and fifty-fourth corpora)
    pytest.param("need a minute-taker for 6 Dec 2028, any volunteers", id="minute-taker"),
    pytest.param("Family asked for a later date; now 8 Dec 2027.", id="now-a-date"),
    pytest.param("the DSL at St Mary's Hospital rang", id="staff-at-a-saints-hospital"),
    pytest.param("strategy meeting 3/4/2026, he's 12 and was present", id="age-after-meeting"),
    # round 43 (the fifty-sixth corpus)
    pytest.param("Staff walked Garstang high street after reports of sales.", id="high-street"),
    pytest.param("Review 3/4/2026, so they are 3 weeks late", id="so-they-are-late"),
    # round 43 (the fifty-seventh corpus)
    pytest.param("Reports due from the police and the ICB: 4 September 2027.", id="label-due"),
    pytest.param("The lead is on leave 09/02/2029, who can cover?", id="on-leave"),
    # round 45 (the fifty-eighth and fifty-ninth corpora)
    pytest.param("Admitted twice in ketoacidosis; bronchiolitis in infancy.", id="medical-endings"),
    pytest.param("Consent to share? Yes, 3/4/2027.", id="answered-yes"),
    pytest.param("The report was saved as Final on the drive.", id="a-file-saved-as"),
    pytest.param("designated safeguarding leads from Ilminster met", id="leads-of-a-town"),
    pytest.param("Primary DSL briefing at the library; Academy Trust DSL forum", id="dsl-kinds"),
    pytest.param("visits 3 x daily", id="times-a-day"),
    # round 46 (the sixty-first to sixty-third corpora)
    pytest.param("Interpreters for French and Dutch speakers agreed.", id="languages-before"),
    pytest.param("many speaking Amharic, Tigrinya or French at home", id="languages-after"),
    pytest.param("Youth group at Gardiner Memorial Hall, Burwell.", id="memorial-hall"),
    pytest.param("Launch at Linton Village Hall, April 3rd, 9am.", id="a-town-s-village-hall"),
    pytest.param("Still waiting for RDaSH and Locala Health and Wellbeing.", id="providers"),
    pytest.param("living in a mobile home behind a packhouse", id="a-common-noun"),
    pytest.param("Families from the Sahel settled in the town.", id="the-region"),
    # round 47 (the sixty-fourth corpus)
    pytest.param("Youth workers met young people in Tutbury after reports.", id="a-village"),
    pytest.param("A session at Kinver Library; next at Kinver Village Hall.", id="a-village-s"),
    pytest.param("The family had a Moses basket but nowhere to put it.", id="moses-basket"),
    pytest.param("LDC housing staff and UHB school nurses met.", id="a-body-s-school-nurses"),
    pytest.param("The panel met at 10 Civic Offices on Tuesday.", id="a-venue-s-number"),
    pytest.param("The Panel met on 12 December and agreed.", id="a-date-not-a-house"),
    pytest.param("nursery staff in Billingham and Ingleby Barwick", id="a-village-of-two"),
    # round 48 (the sixty-eighth and sixty-ninth corpora)
    pytest.param("NTC met CNTW youth workers about the shelters in Cullercoats.", id="a-suburb"),
]


@pytest.mark.parametrize(("text", "found"), REFUSED_BY_CLASS)
def test_each_rule_class_refuses_its_kind_quoting_it(text: str, found: str) -> None:
    problem = check_free_text(text, max_length=MAX)
    assert problem is not None and found in problem, problem


@pytest.mark.parametrize("text", LET_THROUGH_BY_CLASS)
def test_each_rule_class_lets_its_look_alikes_through(text: str) -> None:
    assert check_free_text(text, max_length=MAX) is None


@pytest.mark.parametrize(
    ("pseudonym", "found"),
    [
        pytest.param("Dravinek family", "surname", id="family-by-word"),
        pytest.param("Our Oscar", "own name", id="own-name"),
        pytest.param("Tomasz's brother", "own name", id="own-name"),
        pytest.param("Dravinek baby", "own name", id="own-name"),
        pytest.param("our Winkle", "own name", id="own-name"),
        pytest.param("Mum Ewelina", "own name", id="own-name"),
        pytest.param("Year 3 boy, Wrackweed", "where the child is", id="year-then-school"),
        pytest.param("KM aged 12, Oystercatcher", "where the child is", id="year-then-school"),
        pytest.param("Knapik (sibling group)", "surname", id="family-by-word"),
        pytest.param("Tallow household", "surname", id="family-by-word"),
        pytest.param("Korsu children", "surname", id="family-by-word"),
        pytest.param("the Dravinek twins", "surname", id="family-by-word"),
        pytest.param("Baby Priya", "surname", id="baby-and-listed-name"),
        pytest.param("infant oliver", "surname", id="baby-and-listed-name"),
        pytest.param("BABY AMELIA", "surname", id="baby-and-listed-name"),
        pytest.param("taoyu bright", "full name", id="unknown-beside-everyday"),
        pytest.param("zhenqi cloud", "full name", id="unknown-beside-everyday"),
        pytest.param("mirelka apple", "full name", id="unknown-beside-everyday"),
        pytest.param("car RT19 WPZ", "vehicle registration", id="free-text-checks"),
        pytest.param("lives on pelham road", "address", id="free-text-checks"),
        pytest.param("ashcombe primary school", "school", id="free-text-checks"),
        pytest.param("A. Okorafor", "full name", id="initial-that-is-a-word"),
        pytest.param("I. Brzezinski", "full name", id="initial-that-is-a-word"),
        pytest.param("Jane (2019) Smith", "full name", id="year-between-names"),
        pytest.param("Ms Dravinek", "surname", id="title-and-word"),
        pytest.param("Young Person Zarvik", "surname", id="label-and-name"),
        pytest.param("YP Zarvik", "surname", id="label-and-name"),
        pytest.param("Mother of Zarvik", "surname", id="label-and-name"),
        pytest.param("Child A (Zarvik)", "full name", id="letter-and-name"),
        pytest.param("the Dravineks", "surname", id="plural-family"),
        pytest.param("KDravinek", "full name", id="initial-joined"),
        pytest.param("岚 云", "full name", id="another-script"),
        pytest.param("Brennick, Will", "full name", id="surname-then-small-word"),
        pytest.param("Oduya, May.", "full name", id="surname-then-small-word"),
        pytest.param("DorotaÖzkan", "full name", id="camel-case-any-script"),
        pytest.param("HaraldÅberg", "full name", id="camel-case-any-script"),
        pytest.param("PicuDanel", "full name", id="camel-case-acronym-part"),
        pytest.param("RW, 11", "initials with an age", id="initials-and-age"),
        pytest.param("Child Unvil", "surname", id="prefix-before-short-word"),
        pytest.param("Sibling Corvin", "surname", id="prefix-before-short-word"),
        pytest.param("J.D. (7 yrs)", "initials with an age", id="initials-and-age"),
        pytest.param("MKT aged 15", "initials with an age", id="initials-and-age"),
        pytest.param("E O (3 years old)", "initials with an age", id="initials-and-age"),
        pytest.param("DR Year 8", "initials with an age", id="initials-and-school-year"),
        pytest.param("T.M. (Y10)", "initials with an age", id="initials-and-school-year"),
        pytest.param("Baby of Zarvika", "Zarvika", id="baby-of-a-parent"),
        pytest.param("Infant of Dravinek", "Dravinek", id="baby-of-a-parent"),
        pytest.param("A Okorafor", "full name", id="article-initial"),
        pytest.param("Ly", "surname", id="surname-of-two-letters"),
        pytest.param("KM Wu", "full name", id="surname-of-two-letters"),
        pytest.param("I Zarvik", "full name", id="article-initial"),
        pytest.param("Zarvika (13)", "a name with an age", id="name-and-age"),
        pytest.param("Priya, 6", "a name with an age", id="name-and-age"),
        pytest.param("oduya aged 11", "a name with an age", id="name-and-age"),
        pytest.param("Lucia aged 17", "a name with an age", id="place-forename-and-age"),
        pytest.param("Roger from the yard, 11", "a name with an age", id="name-words-age"),
        pytest.param("Zarvika who is 3", "a name with an age", id="name-who-is-age"),
        pytest.param("Dravinek twin (the older)", "surname", id="family-twin"),
        pytest.param("the Pierce kids", "surname", id="family-kids"),
        pytest.param("Paprika A", "full name", id="closing-initial"),
        pytest.param("Tatty I", "full name", id="closing-initial"),
        pytest.param("young Vincentiu", "Vincentiu", id="young-and-a-name"),
        pytest.param("Child Marisas", "surname", id="label-and-forename-plural"),
        pytest.param("the Dravinek boy", "Dravinek", id="word-describing-child"),
        pytest.param("Year 4 Quorlby girl", "Quorlby", id="word-describing-child"),
        pytest.param("Sibling Idas", "surname", id="label-and-forename-plural"),
        pytest.param("Vordanek sibling group", "surname", id="family-sibling-group"),
        pytest.param("Quorlby sibling pair", "Quorlby", id="family-sibling-group"),
        pytest.param("Quorlby Year 1 boy", "Quorlby", id="word-describing-child"),
        pytest.param("Baby boy Zarvik", "surname", id="baby-boy-and-name"),
        pytest.param("Baby girl Priya", "surname", id="baby-boy-and-name"),
        pytest.param("DRAVINEK sisters", "DRAVINEK", id="family-sisters"),
        pytest.param("Year 9 boy at Quorlby", "at Quorlby", id="placed-pseudonym"),
        pytest.param("Child K from quorlby", "from quorlby", id="placed-pseudonym"),
        pytest.param("Baby Hall", "surname", id="baby-and-surname-word"),
        pytest.param("AS at 49 Tarrow Bank", "49 Tarrow Bank", id="placed-pseudonym"),
        # round 44 (the fifty-fourth corpus and the first): a family's word for its child or
        # a relative by name, whatever the word
        pytest.param("young Tinpot", "own name", id="young-and-a-word"),
        pytest.param("wee Gobstopper", "own name", id="young-and-a-word"),
        pytest.param("Uncle Baz", "relative", id="kin-and-a-word"),
        pytest.param("Cousin Tinker", "relative", id="kin-and-a-word"),
    ],
)
def test_each_rule_class_refuses_its_kind_as_a_pseudonym(pseudonym: str, found: str) -> None:
    problem = check_pseudonym(pseudonym)
    assert problem is not None and found in problem, problem


@pytest.mark.parametrize(
    "pseudonym",
    [
        *["Family 12", "Baby R", "Child K", "Baby Pebble", "Baby Q", "Child Alpha"],
        *["willow tree", "Blue Sky", "apple cloud"],
        *["Child M (2023)", "RR-2026-011 Child D", "Child T - LCSPR-2025-002"],
        *["Young Person D - SCR 7/19", "the Heron children", "Mother of Child B", "the Pebbles"],
        *["the Acorn twins", "Harbour, In care", "Child K, Year 6", "BlueSky", "ChildK"],
        *["Child R, 12", "Sibling D (aged 3)", "YP, 15", "YP-4", "QT", "Child AB (2021)"],
        *["Child Subgroup", "Young Person Unseen", "Child Granite"],
        *["YP Year 10", "Child T, Year 9", "Baby of Child C", "Child of concern"],
        *["Lantern (8)", "Child (4)", "Sibling, 10", "Pebble aged 2"],
        *["A Pebble", "A Lantern", "I Heron"],
        *["NG", "WU"],
        *["Child Lanterns", "Sibling Pebbles"],
        *["the Lantern girl", "Heron boy", "Year 5 girl"],
        *["the Lantern sibling group", "Sibling group B"],
        *["Baby Flint", "Child K at home", "Baby Q from school", "Subject Child D"],
        *["Bramble's brother", "Child K's brother", "Acorn baby", "Our Child"],
        *["Child K, Year 6, In care", "YP, Year 10"],
        *["Baby at 36 Weeks", "Child K at 14 months"],
        *["young person K", "Young Person Lantern", "Mother of Child A"],
    ],
)
def test_a_number_an_initial_or_chosen_words_stay_a_pseudonym(pseudonym: str) -> None:
    assert check_pseudonym(pseudonym) is None


def test_the_word_lists_are_read_once_when_the_bot_starts_not_at_the_first_check() -> None:
    # `safeguarding-bot run` calls load_word_lists before it serves, so the first form
    # sent after a start does not wait for the lists before its answer.
    _lexicon.cache_clear()
    load_word_lists()
    assert _lexicon.cache_info().currsize == 1
    check_free_text("Strategy meeting held.", max_length=MAX)
    assert _lexicon.cache_info().misses == 1
