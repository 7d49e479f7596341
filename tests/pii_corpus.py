# ruff: noqa: RUF001 (full-width characters are the point of some samples)
"""A labelled corpus for the confidentiality guard, written for this project.

Every person here is invented; numbers come from ranges kept for fiction or tests (Ofcom's
drama numbers 07700 900000-900999, 01632 960000-960999, 020 7946 0000-0999, 0113 496 0000-0999;
NHS numbers beginning 999, which the NHS keeps for testing; "QQ" National Insurance numbers,
HMRC's example prefix; example.com and example.org addresses).

The split is fixed: within each category, samples at even positions are for tuning, samples
at odd positions are held out, and the tests assert the targets on the held-out half.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import cycle


@dataclass(frozen=True)
class Sample:
    category: str
    field: str  # "pseudonym" or "text"
    text: str
    identifying: bool
    held_out: bool


FIRST = [
    "Ella",
    "Oliver",
    "Amira",
    "Noah",
    "Zofia",
    "Priya",
    "Kwame",
    "Isla",
    "Muhammad",
    "Freya",
    "Jakub",
    "Aisha",
    "Theo",
    "Maisie",
    "Reuben",
    "Olivia",
    "Harry",
    "Layla",
]
LAST = [
    "Walsh",
    "Nowak",
    "Khan",
    "Okafor",
    "Patel",
    "Hughes",
    "Begum",
    "O'Brien",
    "Jones",
    "Kowalski",
    "Mensah",
    "Thompson",
    "Davies",
    "Hussain",
    "Evans",
    "Singh",
    "Wright",
    "Smith",
]
PAIRS = list(zip(FIRST, LAST, strict=True))

NHS = [
    "9990000018",
    "9990000026",
    "9990000034",
    "9990000042",
    "9990000050",
    "9990000069",
    "9990000077",
    "9990000085",
    "9990000093",
    "9990000107",
    "9990000115",
    "9990000123",
]


def _spaced(nhs: str, style: int) -> str:
    return [
        f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}",
        nhs,
        f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}",
        f"{nhs[:3]}  {nhs[3:6]}  {nhs[6:]}",
        " ".join(nhs),
        f"{nhs[:3]}.{nhs[3:6]}.{nhs[6:]}",
    ][style % 6]


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


# --- identifying --------------------------------------------------------------------------------

PSEUDONYM_NAMES = [
    "J Smith",
    "E. Walsh",
    "jane-smith",
    "JaneSmith",
    "JO LEE",
    "Walsh, Ella",
    "Jane 030415",
    "Jane K",
    "Ella W",
    "oliver nowak",
    "AMIRA KHAN",
    "k.patel",
    "Mia_Jones",
    "Child Jane Smith",
    "Priya S.",
    "Leo O'Brien",
    "zofia kowalski",
    "Noah Mensah",
    "Isla-Rose Hughes",
    "T. Evans",
    "Freya B",
    "walsh ella",
    "ELLA.WALSH",
    "Kwame O",
    "Ella Walsh-Jones",
    "A Begum",
    "Baby Khan",
    "Muhammad H",
    "Harry Davies",
    "Olivia T",
    "Amira 2014",
    "Child Okafor",
    "Jakub N.",
    "MAISIE J",
    "Reuben_Wright",
    "layla hussain",
    "Smith",
    "Patel",
    "Theo 03-04-15",
    "Ｅｌｌａ Ｗａｌｓｈ",
    "El\u00adla Walsh",
    "Ella\u200bWalsh",
]

NAMES = [
    *(
        t.format(f=f, l=lst, fl=f.lower(), ll=lst.lower(), fu=f.upper(), lu=lst.upper())
        for t, (f, lst) in zip(
            cycle(
                [
                    "{fl} {ll} was taken to hospital by ambulance.",
                    "{l}, {f} attended the Emergency Department with her mother.",
                    "Seen at home with {f} {l} and the mother's partner.",
                    "The child's sibling, {f} {l}, is now placed with a foster carer.",
                    "{fu} {lu} WAS SEEN BY THE SOCIAL WORKER.",
                    "Police spoke to {fl}\n{ll} at the scene.",
                    "Mother reported that {f}\u200b {l} had left the house.",
                    "The referral named {f}\u2009{l} as the young person at risk.",
                    "{fl}{ll} is known to CAMHS.",
                    "{f} {l[0]}. was interviewed by police.",
                ]
            ),
            PAIRS * 2,
            strict=False,
        )
    ),
    "Smith, Jane attended the strategy meeting.",
    "Child K lives with Mrs Walsh.",
    "Walsh was arrested on Monday.",
    "The school said Ella had not attended since March.",
    "Concerns were raised about Oliver and his younger sister.",
    "Muhammad disclosed that he had been hit.",
    "The father, Kowalski, declined to engage.",
    "Isla was brought to A&E by a neighbour.",
    "Freya's mother called the police.",
    "Grace was taken to hospital.",
    "The baby was cared for by Rose and her partner.",
    "A friend called Jack gave the child a lift.",
    "She is known as Poppy at school.",
    "Mr K was interviewed under caution.",
    "The stepfather, Lee Hall, was charged.",
    "Olivia-Mae Thompson was placed in foster care.",
    "mother's new partner (daniel hughes) moved in last year.",
    "ELLA WALSH ATTENDED A&E.",
    "seen with Jane_Smith at the park.",
    "Reported by ella.walsh's teacher.",
    "The sibling Noah was also seen.",
    "Amira's aunt, Fatima Begum, is the main carer.",
]

NHS_NUMBERS = [
    *(
        t.format(n=_spaced(n, i))
        for i, (t, n) in enumerate(
            zip(
                cycle(
                    [
                        "NHS number {n}.",
                        "Child K (NHS no. {n}) was admitted.",
                        "Health records under {n} were reviewed.",
                        "nhs {n} on the hospital record",
                    ]
                ),
                NHS * 2,
                strict=False,
            )
        )
    ),
    f"NHS number {_fullwidth('9990000018')}.",
    "NHS: 999\u200b000\u200b0026",
]

NI_NUMBERS = [
    "National Insurance number QQ 12 34 56 C.",
    "Father's NI number is QQ123456C.",
    "ni no qq 12 34 56 a",
    "The mother's NINO, QQ 98 76 54 D, is on the benefits letter.",
    "NI QQ 11 22 33 B was given to the police.",
    "Records under QQ223344A were checked.",
    "qq123456b",
    "Benefits: QQ 65 43 21 C",
    "NI number: QQ 00 11 22 A.",
    "His national insurance number (QQ 44 55 66 B) was shared.",
    "Ｑ Ｑ 12 34 56 C".replace(" ", ""),
    "qq 99 88 77 d on file",
]

PHONES = [
    *(
        t.format(p=p)
        for t, p in zip(
            cycle(
                [
                    "Mother's mobile is {p}.",
                    "Call the family on {p}.",
                    "The child rang {p} from a friend's phone.",
                    "Contact number: {p}",
                ]
            ),
            [
                "07700 900777",
                "07700900123",
                "+44 7700 900456",
                "07700-900-321",
                "(07700) 900654",
                "01632 960123",
                "020 7946 0999",
                "0113 496 0555",
                "+447700900888",
                "0044 7700 900111",
                "07700 900 222",
                "0161 496 0333",
                "07700 900000",
                "01632 960999",
                "020 7946 0001",
                "0117 496 0444",
            ],
            strict=False,
        )
    ),
    f"Mobile {_fullwidth('07700 900777')}",
    "ring 07700\u00a0900\u00a0555 after 6",
]

EMAILS = [
    "Contact jane.smith@example.com for records.",
    "Mother emailed from jane[at]example.com.",
    "The father's email is dan dot hughes at example dot com.",
    "ella_w2015@example.org sent the messages.",
    "Send it to k.patel (at) example (dot) co (dot) uk",
    "Her address is amira.khan AT example.com.",
    "messages from oliver.nowak@example.co.uk",
    "email: noah{at}example{dot}com",
    "jane at example.org",
    "Logged in as zofia.k@example.com.",
    "From: priya[at]example[dot]org",
    "The school emailed theo.evans @ example.com.",
    "reply to MAISIE.J@EXAMPLE.COM",
    "freya.b<at>example<dot>com",
]

HANDLES = [
    "Messaged by @ella_w2015 on Instagram.",
    "Her snapchat is lily.b09.",
    "The adult used instagram.com/ella.walsh to contact her.",
    "His username is jw_2015.",
    "tiktok: @maisie.j",
    "Found on Facebook as amira.khan.7",
    "Discord handle noah_n#1234 was reported.",
    "The account @theo_evans_ was blocked.",
    "snapchat username harry_d_12",
    "Groomed via Roblox, gamertag SkyRunner_07.",
    "see facebook.com/oliver.nowak.5",
    "Instagram: priya.s_2014",
]

DOBS = [
    "Child K, born 03/04/2015, was seen.",
    "born April 2015",
    "born 03042015",
    "D O B 03 04 2015",
    "DOB: 3.4.15",
    "d.o.b. 03-04-2015",
    "Date of birth 3rd April 2015.",
    "b. 03/04/15",
    "born on 3 April",
    "Born in March 2016 at 32 weeks.",
    "born 2015-04-03",
    "Child K was born on the 3rd of April 2015.",
    "birthday is 3 April",
    "born 3/4/2015 in Leeds",
    "Her DOB is April 3rd, 2015.",
    "dob 030415",
    "born in 2015",
    "born: 03 April 2015",
    "Born 3rd Apr '15",
    "the baby's date of birth was recorded as 1 June 2024",
    "born Jan 2019",
    "Child K (b. 2014) attends school.",
    "DOB 2015.04.03",
    "born 3 4 2015",
    "seen on 03/04/2015",
    "Admitted on 3 April 2015.",
    "birth date 03.04.2015",
    "d o b 3/4/15",
    "Born ０３/０４/２０１５.",
    "born 03\u200b/04/2015",
]

ADDRESSES = [
    "12 acacia avenue",
    "The family lives at 12 Acacia Avenue.",
    "Found at 4a Elm Rd.",
    "The family lives on Station Road.",
    "Flat 3, Harbour Court.",
    "She was found at flat 12b.",
    "Moved to 27 Mill Lane last year.",
    "Police attended 9 Church Street.",
    "The incident happened at 101 Victoria Crescent.",
    "seen at 3 oak tree close",
    "Grandmother lives at 45, Queens Drive.",
    "They stayed at 8 Willow Grove.",
    "Lives in Apartment 6, the Maltings.",
    "Address: 19 Beech Gardens",
    "the house at 2 primrose way",
    "Previously at 77 Kingsway Parade.",
    "The flat on Marlborough Road was searched.",
    "They moved to Elmfield Terrace.",
    "at 14 high street",
    "7 Orchard Mews",
    "Staying with an aunt on chestnut avenue.",
    "12 Acacia Ave",
    "Found at 33 Park View.",
    "lives at 5 Hawthorn Rise",
    "1 The Green",
    "Flat 2, 18 Cedar Court",
]

POSTCODES = [
    "The family lives at SW1A 1AA.",
    "Moved to m1 1ae last year.",
    "Previously at B33 8TH.",
    "Postcode LS11AB.",
    "ls1 1ab",
    "Lives near CR2 6XH.",
    "postcode: DN55 1PT",
    "M60 2LA",
    "Child K moved to EC1A 1BB.",
    "The property (W1A 0AX) was searched.",
    "bs1 4dj",
    "ＳＷ１Ａ １ＡＡ",
    "She lives in the NE1 4ST area.",
    "l1 8jq",
]

SCHOOLS = [
    "attends oakfield academy",
    "Child K attends St Mary's Primary.",
    "Child K attends Oakfield Academy.",
    "She was at Little Acorns Nursery.",
    "He attends Westbrook College part time.",
    "Moved from Hillside School.",
    "registered at riverside surgery",
    "The GP at Park View Health Centre made the referral.",
    "Seen at Oakwood Medical Centre.",
    "ATTENDS OAKFIELD ACADEMY",
    "excluded from greenfield school last term",
    "The DSL at Brookside Primary School called.",
    "a pupil at Kingswood High",
    "She goes to Sunshine Nursery.",
    "attended millbrook college",
    "St Joseph's Catholic Primary raised concerns.",
    "The Elms Surgery saw the mother.",
    "registered with the Riverside Practice",
    "at highfield nursery",
    "Head of Year at Meadowbank Academy.",
    "Thornbury Grammar",
    "Ashgrove Infants made a referral.",
]

CLINICIANS = [
    "seen by dr patel",
    "Seen by Dr Patel at the hospital.",
    "The GP, Dr Black, was consulted.",
    "Dr. Okafor examined the child.",
    "Referred by Doctor Hughes.",
    "Prof Kowalski gave an opinion.",
    "Mr Smith called the police.",
    "Seen by Mrs. Jones.",
    "Ms Brown, Miss Green and Dr Black attended.",
    "Mr Young and Mr K were interviewed.",
    "DR WALSH DISCHARGED HER.",
    "discussed with dr. begum",
    "Mx Evans, the class teacher, made the referral.",
    "Miss Davies noticed the bruising.",
    "The paediatrician (Dr Mensah) was concerned.",
    "consultant dr nowak",
]

OBFUSCATED = [
    "El\u00adla Wal\u00adsh was seen.",
    "Ella\u200d Walsh attended.",
    "Ｅｌｌａ Ｗａｌｓｈ attended A&E.",
    "E\u200bl\u200bl\u200ba W\u200ba\u200bl\u200bs\u200bh",
    "ella\u2028walsh",
    "ella\u00a0walsh called",
    "Oliver\u202fNowak",
    "oliver\u3000nowak",
    "ＮＨＳ ９９９ ０００ ００３４",
    "jane\uff20example.com",
    "０７７００ ９００７７７",
    "ＤＯＢ ０３/０４/２０１５",
]

# --- benign -------------------------------------------------------------------------------------

PSEUDONYM_OK = [
    "Child K",
    "Baby Q",
    "Willow",
    "Sibling 2",
    "Child Alpha",
    "J.K.",
    "KM",
    "Poppy",
    "Young Person A",
    "Twin 1",
    "Infant J",
    "child k",
    "Child of concern",
    "Baby Boy B",
    "Child B",
    "Baby C",
    "Child X",
    "YP1",
    "Sibling A",
    "Child Z",
    "Baby Girl D",
    "Child D",
    "Robin",
    "Sky",
    "Star",
    "River",
    "Hope",
    "Child 1",
    "Twin B",
    "Unborn Baby E",
    "Young Person M",
    "Child M (older sibling)",
    "Baby J",
    "AB",
    "Child Delta",
    "Sparrow",
]

AGENCIES = [
    "CAMHS had a referral open; MARAC discussed the mother's case twice.",
    "Seen in A&E overnight; the GP was informed the next morning.",
    "The ICB designated nurse attended the rapid review.",
    "An NRM referral was made after concerns about trafficking.",
    "The MASH received a police protection notification.",
    "Early Help closed the case in March.",
    "The health visitor saw the baby at the 6-8 week check.",
    "The Youth Justice Service and the Virtual School shared chronologies.",
    "Children's social care held a strategy discussion on the same day.",
    "The LADO was consulted about the foster carer.",
    "Police, health and education attended the review meeting.",
    "The Family Nurse Partnership worked with the mother during pregnancy.",
    "CDOP was notified and the SUDI protocol followed.",
    "The ambulance crew raised a safeguarding concern.",
    "The DSL made a referral to the front door.",
    "Probation shared information about the father's licence conditions.",
    "The IDVA supported the mother through MARAC.",
    "Housing placed the family in temporary accommodation out of area.",
    "The school nurse and the SENCO met the young person.",
    "West Midlands Police and the local authority agreed a joint visit.",
    "Leeds Teaching Hospitals NHS Trust shared the discharge summary.",
    "Cafcass was involved in private law proceedings.",
    "The emergency duty team attended out of hours.",
    "The child was known to the community paediatrician.",
    "A&E staff noticed unexplained bruising.",
    "The ICB and the local authority co-chaired the meeting.",
    "The Child Safeguarding Practice Review Panel was notified.",
    "Education welfare officers visited twice.",
    "The GP practice had no record of recent contact.",
    "CAMHS assessed the young person after self-harm.",
]

LEGAL = [
    "A Section 47 enquiry started the same day.",
    "The child was made subject to a child protection plan.",
    "An Initial Child Protection Conference was held on Tuesday.",
    "The local authority issued care proceedings under the Public Law Outline.",
    "An interim care order was granted.",
    "The police used police protection powers under section 46.",
    "A Section 20 agreement was in place.",
    "The case was stepped down to Child in Need.",
    "A strategy meeting agreed a single assessment.",
    "Criminal proceedings may delay publication.",
    "The coroner has opened an inquest.",
    "A non-molestation order was in place.",
    "The Crown Prosecution Service advised on disclosure.",
    "The rapid review recommended a local child safeguarding practice review.",
    "The review considered the voice of the child.",
    "A prohibited steps order was made in family court.",
    "MAPPA level 2 arrangements applied to the father.",
    "An Emergency Protection Order was considered.",
    "A supervision order ended last year.",
    "The threshold for significant harm was met.",
    "An ICPC was held within 15 working days.",
    "A Clare's Law disclosure was made to the mother.",
    "A Section 17 assessment was completed.",
    "The Panel agreed with the decision not to hold a local review.",
    "Family court proceedings were adjourned.",
]

TIMES = [
    "The strategy discussion was held on Monday.",
    "Seen on 3 April by the health visitor.",
    "The family moved in March.",
    "Between January and June there were five missing episodes.",
    "The child was last seen on Friday evening.",
    "On Wednesday the mother's partner was arrested.",
    "The review meeting is planned for May.",
    "Over the summer holidays the school had no contact.",
    "On Christmas Day police were called to the home.",
    "In April the GP made a referral.",
    "Two weeks later the case was closed.",
    "The baby was admitted on a Sunday night.",
    "The next meeting is on 14 December.",
    "Contact was every Saturday morning.",
    "During lockdown the family was not seen.",
    "The referral came in early September.",
    "She missed school after half term in October.",
    "The plan was reviewed in August.",
    "Attendance fell in the autumn term.",
    "Police attended at 2am on Thursday.",
    "By 12 November the assessment was complete.",
    "In the spring the family moved.",
    "It was reported on the 5th of June.",
    "Over Easter the child stayed with relatives.",
    "It happened on a Tuesday in February.",
]

AGES = [
    "Child K, aged 4, has a younger brother.",
    "The young person is in Year 7.",
    "Baby B, aged 9 weeks, was brought to hospital.",
    "She is 15 and in Year 10.",
    "A 16-year-old was stabbed.",
    "The child, aged under 1, had a fracture.",
    "He is in Reception.",
    "The sibling is 3 years old.",
    "Aged 17, she was reported missing.",
    "A 14 year old boy was exploited.",
    "The twins are aged 2.",
    "He was in Year 11 and sitting GCSEs.",
    "The baby was 6 months old.",
    "She moved to sixth form in September.",
    "A care leaver aged 19 died.",
    "The child was 18 months old at the time.",
    "The older sibling is in Year 9.",
    "He is in Key Stage 2.",
    "Children aged 5, 7 and 9 were in the house.",
    "The 12-year-old was excluded twice.",
    "Aged 8, he had an EHCP.",
    "She was born prematurely at 32 weeks.",
    "The baby was born at home.",
    "The mother was 17 when the baby was born.",
    "He was in Year 6 at primary school.",
]

FAMILY = [
    "The mother called the police.",
    "An older sibling was also in the house.",
    "The maternal grandmother is caring for the children.",
    "The mother's partner was arrested.",
    "The father has parental responsibility.",
    "A paternal aunt offered a kinship placement.",
    "The stepfather declined to engage.",
    "The younger sibling is safe with extended family.",
    "Mum and Dad were supported by the health visitor.",
    "The baby's father was not known to services.",
    "A family friend raised the alarm.",
    "The grandparents have a special guardianship order.",
    "A neighbour heard shouting.",
    "The foster carer noticed marks on the child's arm.",
    "Both parents misused alcohol.",
    "The uncle visited at weekends.",
    "The mother's new partner moved in last year.",
    "A cousin is also subject to a plan.",
    "The half-sibling lives with his father.",
    "The carer is a connected person.",
    "The family is of White British heritage.",
    "The family is of Black Caribbean heritage.",
    "The father's first language is Polish; an interpreter was used.",
    "The mother is a care leaver.",
    "The parents separated in the summer.",
]

PLACES = [
    "The family moved out of area.",
    "The child was found in a park nearby.",
    "They were placed in a hotel in another county.",
    "The incident happened at the family home.",
    "She was staying at a relative's home.",
    "He was found on the high street.",
    "The child ran across the road.",
    "The young person was missing in another city.",
    "The family lived in temporary accommodation.",
    "Police found her at a train station.",
    "He crossed the road without looking.",
    "The flat was cold and damp.",
    "The family home was cluttered.",
    "She was found near a busy road.",
    "They lived on a large estate.",
    "The children's home is out of area.",
    "The child was taken to a place of safety.",
    "The mother fled to a refuge.",
    "The incident happened in the back garden.",
    "He was placed in a secure children's home.",
    "She walked down the lane to school.",
    "They were found in a car park.",
    "The family moved to Wales.",
    "The child was taken to hospital by ambulance.",
    "He was living in a caravan.",
]

MEDICAL = [
    "The baby had a head injury and retinal haemorrhages.",
    "Burns to the hand were thought to be non-accidental.",
    "The child had heart surgery last year.",
    "He needed emergency surgery.",
    "The GP surgery had no concerns.",
    "She was seen at the surgery twice.",
    "The skeletal survey showed old fractures.",
    "Brown and yellow bruising was seen on the arm.",
    "A mark was noted on his cheek.",
    "The child had a bite mark on her back.",
    "He was admitted to PICU.",
    "She took an overdose of paracetamol.",
    "The young person had a diagnosis of ADHD.",
    "The baby failed to gain weight.",
    "A post mortem examination was carried out.",
    "The child was non-verbal and autistic.",
    "The mother has MS and uses a wheelchair.",
    "Dental neglect was noted.",
    "The baby was discharged from the neonatal unit.",
    "He had a fractured femur.",
    "The child was seen in the minor injuries unit.",
    "The health visitor noted faltering growth.",
    "She had been self-harming.",
    "A CT scan showed a bleed.",
    "He was treated for burns and scalds.",
]

EVERYDAY = [
    "The mother will attend the meeting.",
    "The review may be delayed by the trial.",
    "There is hope that the child will return home.",
    "Staff had a frank discussion with the father.",
    "The father was given a bill for the damage.",
    "The school bell rang and the child did not come in.",
    "The sports hall was used for the meeting.",
    "The child used a jack to lift the car.",
    "A white van was seen outside.",
    "Police stopped a black car.",
    "The young people met in the green space.",
    "He took a long drive with the baby.",
    "She rose early and left the house.",
    "The grace period for the return ended.",
    "The family's faith is important to them.",
    "The child had a strong bond with the foster carer.",
    "The father is a builder and works long hours.",
    "The mother worked as a cook at a care home.",
    "The baby was wrapped in a pink blanket.",
    "The child's coat was dark green.",
    "Her little brother was asleep upstairs.",
    "The mother was young when she had her first child.",
    "The child drew a picture of a house.",
    "He had a sharp pain in his side.",
    "Staff noticed burns on the child's hands.",
    "The young person wanted to be a baker.",
    "The lorry driver saw the child in the road.",
    "He played on his Xbox late at night.",
    "She used Snapchat to talk to older boys.",
    "Messages were sent on WhatsApp.",
    "The adult contacted her on Instagram.",
    "Professionals should have been more curious.",
    "The review found good practice in health.",
    "The young person said she wanted to feel safe.",
    "The child loved music and dancing.",
    "Concerns were raised by the class teacher.",
    "The mark scheme for the audit was agreed.",
    "The family has a dog.",
    "Summer holidays were difficult for the family.",
    "The school closed early for Christmas.",
    "The child was in the care of the local authority.",
    "The hearing was adjourned to a new date.",
    "A friend gave the child a lift home.",
    "The child was cold, hungry and unkempt.",
    "The door was answered by an unknown man.",
    "Will the Panel want a national review?",
    "May's meeting was moved to June.",
    "The father said he would pay the bill.",
    "Staff did not mark the concern as urgent.",
    "A long wait in A&E delayed the assessment.",
    "Rose petals were found in the room.",
    "The foster carers hope to adopt.",
    "Officers found the child hiding in a wardrobe.",
    "The mother's partner has a history of violence.",
    "The children were seen together at the hall.",
    "The young person was given a bus pass.",
    "The family were evicted in the winter.",
    "The social worker changed four times in a year.",
    "A chronology was shared by each agency.",
    "Nobody asked the child what life was like at home.",
    "The dog bit the baby on the face.",
    "The child was seen by a locum GP.",
    "The mother did not miss any appointments.",
    "The father was on bail for an unrelated offence.",
    "Three agencies held information that was not shared.",
    "The stepfather was a lorry driver and away in the week.",
    "The child's bedroom had no heating.",
    "The baby slept on a sofa with the father.",
    "The older sibling had been a young carer.",
    "Health staff followed the was not brought policy.",
    "A Child Protection Medical was arranged for the same day.",
    "The mother's friend raised concerns through the NSPCC helpline.",
    "The father's new partner is pregnant.",
    "The young person was arrested for possession with intent to supply.",
    "The child was seen at the walk-in centre.",
    "Both parents were interviewed under caution.",
    "The grandmother said the child was often left alone.",
    "The review will ask how race and culture shaped practice.",
    "The mother used a food bank.",
]

LONGER = [
    "Child K (pseudonym), aged under 1, was admitted to hospital with a head injury on "
    "Tuesday. Police and children's social care are involved. Siblings are safe with "
    "extended family.",
    "Baby B, aged 9 weeks, was brought to the Emergency Department by ambulance with "
    "unexplained bruising. A strategy discussion was held the same day and a Section 47 "
    "enquiry started.",
    "On Monday the mother's partner was arrested. Both children were placed with their "
    "maternal grandmother under a Child Protection Plan.",
    "Infant J died unexpectedly at home; a SUDI response was started and the child death "
    "review partners (CDOP) were notified. The Coroner has opened an inquest.",
    "KM, aged 16, was the victim of a serious assault. There were concerns about criminal "
    "exploitation, county lines and missing episodes. The MASH received three referrals "
    "in the previous year.",
    "The young person was known to CAMHS, the Youth Justice Service and the Virtual School. "
    "Leeds Teaching Hospitals NHS Trust and West Midlands Police shared chronologies.",
    "The meeting was held on MS Teams. Health, Education and Probation attended; A&E "
    "records were reviewed. Team Around the Family support ended in 2024.",
    "Child D, who is autistic and non-verbal, was found with burns. Concerns were raised by "
    "the consultant paediatrician at the Children's Hospital. The Local Authority "
    "Designated Officer (LADO) was consulted.",
    "The rapid review will consider whether agencies shared information well, and how the "
    "family's ethnicity and culture shaped practice. The ICB, police and local authority "
    "will each send a summary by Friday.",
    "The young person went missing from a children's home out of area and was found two "
    "days later in another city. An NRM referral was made and a return home interview "
    "offered.",
    "The baby was born at 34 weeks and discharged from the neonatal unit in January. The "
    "health visitor had concerns about the home conditions and the mother's low mood.",
    "There had been three police call-outs for domestic abuse in the year before the "
    "incident. MARAC discussed the mother twice; the children were not seen by anyone.",
    "Child Z, aged 13, disclosed sexual abuse to a teacher. The DSL referred to the front "
    "door and a strategy discussion was held the same afternoon.",
    "A 17-year-old care leaver died in supported accommodation. The personal adviser had "
    "last seen him two weeks before. The Secretary of State and Ofsted were notified.",
    "The family had moved between three local authorities in two years. Records did not "
    "follow them, and the new GP was not told about the child protection plan.",
    "Sibling 2 attends nursery and is safe. Early Help had closed the case in March. The "
    "Designated Safeguarding Lead at the school made the referral on 3 April.",
    "The father was on licence; probation and police shared information through MAPPA. The "
    "mother was not told of his history until after the incident.",
    "Learning so far: professionals accepted the parents' explanations without curiosity, "
    "and the voice of the child was missing from assessments.",
    "The child was electively home educated from Year 5. The education welfare officer "
    "visited once, and the child was not seen alone.",
    "Twin 1 and Twin 2 were born prematurely and discharged from the Neonatal Unit in "
    "January. Mum and Dad were supported by the Family Nurse Partnership and the GP.",
]

_IDENTIFYING = {
    "pseudonym_name": ("pseudonym", PSEUDONYM_NAMES),
    "name": ("text", NAMES),
    "nhs_number": ("text", NHS_NUMBERS),
    "ni_number": ("text", NI_NUMBERS),
    "phone": ("text", PHONES),
    "email": ("text", EMAILS),
    "handle": ("text", HANDLES),
    "date_of_birth": ("text", DOBS),
    "address": ("text", ADDRESSES),
    "postcode": ("text", POSTCODES),
    "school_or_surgery": ("text", SCHOOLS),
    "clinician_or_title": ("text", CLINICIANS),
    "unicode_tricks": ("text", OBFUSCATED),
}

_BENIGN = {
    "pseudonym_ok": ("pseudonym", PSEUDONYM_OK),
    "agencies": ("text", AGENCIES),
    "legal": ("text", LEGAL),
    "times": ("text", TIMES),
    "ages_and_years": ("text", AGES),
    "family_roles": ("text", FAMILY),
    "places": ("text", PLACES),
    "medical": ("text", MEDICAL),
    "everyday_words": ("text", EVERYDAY),
    "summaries": ("text", LONGER),
}


def samples() -> list[Sample]:
    """Every sample, labelled, with its fixed place in the split."""
    out = []
    for table, identifying in ((_IDENTIFYING, True), (_BENIGN, False)):
        for category, (field, texts) in table.items():
            out += [
                Sample(category, field, text, identifying, held_out=n % 2 == 1)
                for n, text in enumerate(texts)
            ]
    return out
