"""Trigger classes added in session 3, each proved on invented sentences, with the negatives beside it.

Finds by searchers, warrants in a reduced relative, confiscation hearings, licence suspensions
starting, drivers over the limit, counted thefts, offences admitted in a number, people found
carrying, county lines run, incidents named by their noun, statements and announcements dated
between verb and content, priorities named, bodies deciding, precept proposals, law changes,
funded patrols and kit, schemes launched, court orders given with a sentence, kit installed, stop
and search counted, call-outs, break-ins, money awarded, picture appeals, injunctions taken out;
and the opinions,
quotes, hypotheticals and generic statements that must stay silent.
"""

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph


def found(text: str) -> list[tuple[str, str, bool, str]]:
    return [
        (m.type, m.mood, m.needs_date, m.text)
        for m in detect_mentions(Paragraph(1, text))
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # what a search turned up, with the searchers as subject
        (
            "Officers found 22 knives stashed in hedges and drains around the estate on Saturday.",
            [("enforcement", "realis", False, "Officers found 22 knives")],
        ),
        (
            "Sniffer dogs uncovered cannabis and cash hidden in a loft in Mossley.",
            [("enforcement", "realis", False, "Sniffer dogs uncovered cannabis")],
        ),
        # a warrant in a reduced relative clause, placed or timed
        (
            "The court heard a drugs warrant executed at the house in May had uncovered heroin.",
            [("enforcement", "realis", False, "drugs warrant executed")],
        ),
        # a confiscation hearing still to come
        (
            "A confiscation hearing is expected to take place next year.",
            [("enforcement", "future", False, "confiscation hearing")],
        ),
        # a licence suspension starting
        (
            "The licence suspension will start on Friday, June 7, the council said.",
            [("enforcement", "future", False, "suspension will start")],
        ),
        # drivers caught over the limit
        (
            "A 52-year-old woman was caught drink-driving on Boxing Day morning.",
            [("enforcement", "realis", False, "was caught drink-driving")],
        ),
        (
            "One driver stopped on the A90 was almost four times the legal limit.",
            [("enforcement", "realis", False, "almost four times the legal limit")],
        ),
        # thefts counted, and theft figures rising
        (
            "More than 60 bikes were stolen from outside the station in March.",
            [("incident", "realis", True, "More than 60 bikes were stolen")],
        ),
        (
            "Phone snatches on the high street have doubled since the spring.",
            [
                (
                    "incident",
                    "realis",
                    True,
                    "Phone snatches on the high street have doubled",
                )
            ],
        ),
        # offences admitted in a number are the crimes themselves
        (
            "She admitted 11 burglaries committed between June and August.",
            [("incident", "realis", True, "admitted 11 burglaries")],
        ),
        # a person found carrying
        (
            "A 16-year-old who was found with 25 wraps of crack cocaine in Luton in May has been referred for support.",
            [("incident", "realis", True, "was found with 25 wraps")],
        ),
        # a county line run between towns
        (
            'The "Blue line" ran from Leeds into Scarborough between May and July 2021.',
            [("incident", "realis", True, 'line" ran from')],
        ),
        # an incident named by its noun, with a time or place after it
        (
            "The ban followed an incident on Saturday in which a window was smashed.",
            [("incident", "realis", True, "an incident")],
        ),
        # a statement or announcement dated between verb and content
        (
            "The chief constable said last week that the force had closed 40 drug lines.",
            [("announcement", "realis", True, "said last week that")],
        ),
        # the statement is only how a past act became known: the act is the event
        (
            "Police said on Sunday that a man had been arrested in the High Street.",
            [("enforcement", "realis", False, "arrested")],
        ),
        # a promise in the that-clause: the statement is the event
        (
            "The chief inspector said earlier this month that the force would double patrols.",
            [("announcement", "realis", True, "said earlier this month that")],
        ),
        (
            "The Policing Minister announced last week that the grant would be cut.",
            [("announcement", "realis", False, "announced last week that")],
        ),
        # priorities named, and a body deciding what to focus on
        (
            "The commissioner named burglary as one of her top priorities in March.",
            [
                (
                    "announcement",
                    "realis",
                    False,
                    "named burglary as one of her top priorities",
                )
            ],
        ),
        (
            "The ward panel agreed to make speeding its priority for the summer.",
            [("meeting", "realis", False, "ward panel agreed to make")],
        ),
        (
            "The community safety partnership will discuss the figures in February.",
            [("meeting", "future", False, "partnership will discuss")],
        ),
        # precept proposals
        (
            "The commissioner is proposing to raise the police precept by £10 a year.",
            [
                (
                    "announcement",
                    "realis",
                    False,
                    "is proposing to raise the police precept",
                )
            ],
        ),
        (
            "She has proposed a 4 per cent rise in the policing precept.",
            [
                (
                    "announcement",
                    "realis",
                    False,
                    "has proposed a 4 per cent rise in the policing precept",
                )
            ],
        ),
        # a law changed is an order
        (
            "The speed limit on the high road was lowered to 20mph in September 2021.",
            [("order", "realis", True, "speed limit on the high road was lowered")],
        ),
        # patrols and kit paid for
        (
            "The council's community safety fund paid for additional patrols over the Easter weekend.",
            [("operation", "realis", False, "paid for additional patrols")],
        ),
        (
            "The BID funded a radio link connecting 40 stores with the police control room.",
            [("operation", "realis", False, "funded a radio link")],
        ),
        # a scheme launched
        (
            "The charity launched a mentoring scheme for young people in April.",
            [("operation", "realis", False, "launched a mentoring scheme")],
        ),
        # a court order given with a sentence is an order of its own
        (
            "Patel was jailed for 18 months and given a three-year criminal behaviour order.",
            [
                ("enforcement", "realis", False, "jailed"),
                (
                    "order",
                    "realis",
                    False,
                    "given a three-year criminal behaviour order",
                ),
            ],
        ),
        # a scheme started, told noun first
        (
            "The scheme was launched in Hull in 2019 and has since spread to other towns.",
            [("operation", "realis", False, "scheme was launched")],
        ),
        # crime prevention kit put in
        (
            "New CCTV cameras were installed in the underpass last month.",
            [("operation", "realis", False, "CCTV cameras were installed")],
        ),
        # stop and search counted, drivers caught by volunteers
        (
            "Officers carried out 120 stop and searches in the town centre.",
            [("enforcement", "realis", False, "carried out 120 stop and searches")],
        ),
        (
            "Community Speedwatch volunteers caught 45 drivers speeding on Tuesday.",
            [("enforcement", "realis", False, "caught 45 drivers speeding")],
        ),
        # a call-out and a break-in, dated by their clause
        (
            "Officers were called to Station Road shortly after 10pm on Friday.",
            [("incident", "realis", True, "Officers were called to")],
        ),
        (
            "Two men were seen breaking into a car on Elm Street on Tuesday night.",
            [("incident", "realis", True, "breaking into")],
        ),
        # money awarded for the work
        (
            "The police and crime commissioner awarded £40,000 to the project in March.",
            [("announcement", "realis", True, "awarded £40,000")],
        ),
        (
            "The council secured £1.2m from the Safer Streets Fund last year.",
            [("announcement", "realis", True, "secured £1.2m")],
        ),
        # an appeal told by its pictures
        (
            "Police have released CCTV images of a man they want to speak to.",
            [("announcement", "realis", False, "released CCTV images of")],
        ),
        # an injunction taken out
        (
            "The council has taken out an injunction against the gang.",
            [("order", "realis", False, "taken out an injunction")],
        ),
        # a retirement is a departure; told in the present it is scheduled
        (
            "Chief Constable Jane Hart, who retires in March, thanked officers.",
            [("announcement", "future", False, "retires")],
        ),
        (
            "He retired from the force in 2015.",
            [("announcement", "realis", False, "retired from")],
        ),
        # sentences named by their kind, detentions and reports that are not arrests
        (
            "The man was handed a 12-month suspended sentence at Chelmsford Crown Court on Friday.",
            [("enforcement", "realis", False, "handed a 12-month suspended sentence")],
        ),
        (
            "A man has been given a community order after admitting harassment.",
            [("enforcement", "realis", False, "given a community order")],
        ),
        (
            "A 34-year-old man was detained under the Mental Health Act on Sunday.",
            [("enforcement", "realis", False, "was detained under")],
        ),
        (
            "A driver was reported to the procurator fiscal after the crash.",
            [("enforcement", "realis", False, "reported to the procurator fiscal")],
        ),
        # a strategy with a long name, a unit going operational, a police base opened
        (
            "The mayor unveiled a new knife crime strategy in November.",
            [("announcement", "realis", False, "unveiled a new knife crime strategy")],
        ),
        (
            "The force's new drone unit went operational in January.",
            [("team_launch", "realis", False, "unit went operational")],
        ),
        (
            "The new police hub opened in the high street on Monday.",
            [("team_launch", "realis", False, "police hub opened")],
        ),
        # raids as a plural noun, cannabis grows found, speed checks, an inspectorate's verdict
        (
            "Officers carried out a series of raids across Glasgow on Wednesday.",
            [("enforcement", "realis", False, "carried out a series of raids")],
        ),
        (
            "Two cannabis factories were discovered in the town last month.",
            [("enforcement", "realis", False, "cannabis factories were discovered")],
        ),
        (
            "Officers will be carrying out speed checks in the village next week.",
            [("operation", "future", False, "carrying out speed checks")],
        ),
        (
            "The force has been put into special measures by the inspectorate.",
            [("announcement", "realis", False, "put into special measures")],
        ),
        # a trial's other outcome, an officer dismissed
        (
            "He was cleared of murder by a jury on Thursday.",
            [("enforcement", "realis", False, "was cleared of murder")],
        ),
        (
            "She was found not guilty of assault.",
            [("enforcement", "realis", False, "found not guilty")],
        ),
        (
            "The officer was dismissed for gross misconduct at a hearing on Monday.",
            [("announcement", "realis", False, "dismissed for gross misconduct")],
        ),
        # crimes told by their verb
        (
            "Burglars stole jewellery from a house in Elm Road on Tuesday night.",
            [("incident", "realis", True, "Burglars stole")],
        ),
        (
            "A car was stolen from a driveway in Park Lane overnight on Sunday.",
            [("incident", "realis", True, "was stolen")],
        ),
        (
            "A man was glassed in a pub on Saturday night.",
            [("incident", "realis", True, "was glassed")],
        ),
        (
            "Thieves targeted three shops in the high street last week.",
            [("incident", "realis", True, "Thieves targeted")],
        ),
        # officers paid for or hired, money handed over
        (
            "The council has agreed to fund 10 PCSOs for the town centre.",
            [("team_launch", "realis", False, "fund 10 PCSOs")],
        ),
        (
            "The BID employed two new wardens in the summer.",
            [("team_launch", "realis", False, "employed two new wardens")],
        ),
        (
            "The mayor handed over £50,000 to the youth project on Friday.",
            [("announcement", "realis", True, "handed over £50,000")],
        ),
        # officers put out for an occasion are an operation; a team deployed for good is a team
        (
            "Around 200 officers will be on duty for Saturday's derby at the Stadium of Light.",
            [
                (
                    "operation",
                    "future",
                    False,
                    "officers will be on duty for Saturday's derby",
                )
            ],
        ),
        (
            "The force deployed 12 extra officers to the town centre in April.",
            [("team_launch", "realis", False, "deployed 12 extra officers")],
        ),
        # a consultation told by its asking, a ban that came in
        (
            "The council is asking residents for their views on plans to extend the alcohol ban.",
            # (the plan asked about is the consultation's subject, no plan of its own)
            [("consultation", "realis", False, "asking residents for their views")],
        ),
        (
            "The ban on e-scooters in the town centre came in last summer.",
            [
                (
                    "order",
                    "realis",
                    False,
                    "The ban on e-scooters in the town centre came in",
                )
            ],
        ),
        # events where residents meet officers
        (
            "Police held a community engagement day in the square on Saturday.",
            [("meeting", "realis", False, "held a community engagement day")],
        ),
        (
            "The borough commander will answer questions at a webinar on Tuesday evening.",
            [("meeting", "future", True, "webinar")],
        ),
    ],
)
def test_new_trigger_classes_find_their_acts(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # nothing found, a finder who is not the police, a finding of fact
        ("Police found no weapons during the search.", []),
        ("A dog walker found a machete in the park.", []),
        ("Police found it difficult to recruit officers.", []),
        ("Officers found that drugs were being sold from the flat.", []),
        # habitual and hypothetical finds
        ("Police often find drugs hidden in bins on the estate.", []),
        (
            '"If police found knives on every street corner, we would know about it," he said.',
            [("enforcement", "hypothetical", False, "police found knives")],
        ),
        # an opinion about warrants, not a warrant
        (
            '"Drug warrants executed properly make a real difference," said the inspector.',
            [],
        ),
        # generic theft statements
        ("Bike thefts are a problem across the country.", []),
        ("Thousands of bikes are stolen every year in London.", []),
        ("Bikes can be stolen in seconds if left unlocked.", []),
        ("Phone snatches have become a scourge of the capital.", []),
        # a line run named as the crime of a sentence is the sentence's
        (
            "He was jailed for running a line from Leeds to Scarborough.",
            [("enforcement", "realis", False, "jailed")],
        ),
        # homes raided by police are a raid, not a theft
        (
            "Ten homes were raided by officers on Tuesday.",
            [("enforcement", "realis", False, "raided")],
        ),
        # a warning of closure is no threat; police targeting dealers is an operation; stolen
        # goods recovered are the recovery's
        ("The shop was threatened with closure after failing a test purchase.", []),
        (
            "Police targeted drug dealers in the town centre on Friday.",
            [("operation", "realis", False, "targeted")],
        ),
        (
            "Officers recovered stolen goods worth £5,000 on Tuesday.",
            [("enforcement", "realis", False, "Officers recovered stolen")],
        ),
        # a phone line is no county line
        ("Phone lines run from 9am to 5pm on Monday.", []),
        # an undated "said that" is only a quote; an isolated incident is no incident told
        ("The chief constable said that the force had closed drug lines.", []),
        ("It was an isolated incident, police said.", []),
        # priorities wished for, not set
        ("She said that the force should make burglary a priority.", []),
        # a proposal that is not a precept, a limit that ought to change
        ("Residents are proposing to hold a street party.", []),
        ("The limit should be lowered, campaigners say.", []),
        # funding wished for or possible
        (
            "The BID wants to fund extra patrols next year.",
            [("operation", "intention", False, "fund extra patrols")],
        ),
        (
            "The council could fund more patrols if the budget allows.",
            [("operation", "hypothetical", False, "fund more patrols")],
        ),
        # officers wished for or possible
        (
            "The council could pay for six extra officers.",
            [("team_launch", "hypothetical", False, "pay for six extra officers")],
        ),
        # advice is no consultation
        ("Police urged residents to lock their doors.", []),
        # anyone caught: a rule, not a catch
        ("Anyone caught drink-driving faces a ban.", []),
        # a call-out that may happen, kit wished for, a tool praised, money hoped for or paid
        # to a victim
        ("Police can be called to any incident involving weapons.", []),
        ("More CCTV cameras should be installed, residents say.", []),
        ("Stop and search is a vital tool, the commissioner said.", []),
        ("The council hopes to secure funding for the project.", []),
        ("The victim was awarded £500 compensation by magistrates on Friday.", []),
        # a scheme a charity runs is a standing service, not a start
        (
            "The charity, which runs a reporting scheme for victims, said it was pleased.",
            [],
        ),
        # a road cleared, claims dismissed
        ("The road was cleared of debris.", []),
        ("The council dismissed the claims as nonsense.", []),
        # an opinion of raids
        ('"Raids alone will not solve this," he said.', []),
        # an opinion of a sentence
        ('"The sentence he was given was far too lenient," said his mother.', []),
        # a retired officer is a person, not a departure
        ("The retiring commissioner thanked officers.", []),
    ],
)
def test_opinions_generic_statements_and_irrealis_stay_silent(text, expected):
    assert found(text) == expected
