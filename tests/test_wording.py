"""How councils word questions, answers and decisions: each layout parsed on its own, from
paragraphs as the extractors give them."""
from __future__ import annotations

from minutes.model import Block
from minutes.parse.discussion import parse_item
from minutes.parse.meeting import attendance_from_blocks, attendance_from_text


def _parse(*paragraphs, style=None):
    blocks = [p if isinstance(p, Block) else Block(text=p, page=1, style=style) for p in paragraphs]
    return parse_item(blocks)


def _pairs(questions):
    return [(q.text, q.response.text if q.response else None) for q in questions]


def test_answer_after_a_dash():
    questions, _ = _parse(
        "During the discussion the following points were raised:",
        "(i) a Member asked how many patients were still occupying acute beds – officers confirmed that the "
        "figure had been 64 on 10 January 2025;",
        "(ii) concern was raised that smaller agencies would struggle to compete – in response, the Head of "
        "Commissioning stated that the lots had been sized so that local agencies could bid;",
    )
    assert _pairs(questions) == [
        ("a Member asked how many patients were still occupying acute beds",
         "officers confirmed that the figure had been 64 on 10 January 2025;"),
        ("concern was raised that smaller agencies would struggle to compete",
         "the Head of Commissioning stated that the lots had been sized so that local agencies could bid;"),
    ]
    assert questions[1].response.given_by == "the Head of Commissioning"


def test_were_informed_that_answers_in_the_same_sentence():
    questions, _ = _parse(
        "Members asked about the number of births at the unit and were informed that there had been 212 births. "
        "Concerns were raised regarding travel times from the north of the county, and Members were advised "
        "that the Trust was extending the patient transport scheme."
    )
    assert _pairs(questions) == [
        ("Members asked about the number of births at the unit", "were informed that there had been 212 births."),
        ("Concerns were raised regarding travel times from the north of the county",
         "Members were advised that the Trust was extending the patient transport scheme."),
    ]


def test_officer_response_paragraph_under_each_point():
    questions, _ = _parse(
        "Members raised the following points:",
        Block("• Why the number of delayed discharges had risen to 96 in January.", 1, "list"),
        "Officer response: Winter pressures had increased delays; 41 patients were waiting for home care.",
        Block("• Whether the new beds were run by the Council or by a private operator.", 1, "list"),
        "The Director advised that the 20 beds were block-booked from an independent operator.",
        Block("• Members praised the reablement team.", 1, "list"),
    )
    assert _pairs(questions) == [
        ("Why the number of delayed discharges had risen to 96 in January.",
         "Winter pressures had increased delays; 41 patients were waiting for home care."),
        ("Whether the new beds were run by the Council or by a private operator.",
         "The Director advised that the 20 beds were block-booked from an independent operator."),
        ("Members praised the reablement team.", None),
    ]


def test_one_answer_paragraph_shared_among_the_points():
    questions, _ = _parse(
        "Members discussed a number of matters, including:",
        Block("• Whether the projected saving took account of transport costs for people travelling further.", 1, "list"),
        Block("• The position of the 46 staff employed at the two centres.", 1, "list"),
        Block("• The view of some Members that the proposal should have come to the Board first.", 1, "list"),
        "In response, the Director advised that transport costs had been built into the savings estimate; "
        "and that no compulsory redundancies were anticipated, as staff would be offered redeployment.",
    )
    answers = dict(_pairs(questions))
    assert "transport costs had been built into the savings estimate" in answers[questions[0].text]
    assert "no compulsory redundancies" in answers[questions[1].text]
    assert answers[questions[2].text] is None


def test_question_and_answer_labels_naming_who_spoke():
    questions, _ = _parse(
        "Q1 (Cllr Patel): How can the ICB claim that the stroke proposals will reduce health inequalities?",
        "Response (Chief Executive, Northgate ICB): The travel analysis relates to visitors rather than patients.",
    )
    assert questions[0].asked_by == "Cllr Patel"
    assert questions[0].response.given_by == "Chief Executive"
    assert questions[0].response.text.startswith("The travel analysis")


def test_a_question_put_to_a_named_member_and_the_reply_below():
    questions, _ = _parse(
        "(a) Councillor Penhale asked the Cabinet Member for Adult Social Care and Health:",
        "‘How many people assessed as eligible for domiciliary care were waiting for a package?’",
        "The Cabinet Member replied:",
        "‘As at 31 October, 137 people assessed as eligible were awaiting a package of home care.’",
    )
    assert len(questions) == 1
    assert questions[0].asked_by == "Councillor Penhale"
    assert questions[0].text.startswith("‘How many people")
    assert "137 people" in questions[0].response.text
    assert questions[0].response.given_by == "the Cabinet Member for Adult Social Care and Health"


def test_a_written_record_after_a_lead_in():
    questions, _ = _parse(
        "Question 1",
        "Mr Halloway asked Mr Fenner, Cabinet Member for Adult Social Care, the following question:",
        "“How many home care contracts have been handed back by providers in the last twelve months?”",
        "Answer",
        "Mr Fenner said that eleven providers had handed back a total of 2,140 hours of home care a week.",
        "Supplementary question",
        "Mr Halloway asked whether the Cabinet Member would consider bringing more home care in-house.",
        "Answer",
        "Mr Fenner replied that he was not ideologically opposed to in-house provision.",
    )
    assert [(q.asked_by, q.response.given_by if q.response else None) for q in questions] == [
        ("Mr Halloway", "Mr Fenner"), ("Mr Halloway", "Mr Fenner")]
    assert "2,140 hours" in questions[0].response.text
    assert "not ideologically opposed" in questions[1].response.text


def test_a_table_of_questions():
    questions, _ = _parse(
        "Questioner | Question | Response",
        "Mr Alan Drury (Parent Carer Forum) | How many children are waiting more than 20 weeks for a plan? | "
        "Mr Osei, Director of Education, responded that 312 plans were outside the timescale.",
        style="table",
    )
    assert _pairs(questions) == [("How many children are waiting more than 20 weeks for a plan?",
                                  "Mr Osei, Director of Education, responded that 312 plans were outside the timescale.")]
    assert questions[0].asked_by == "Mr Alan Drury"


def test_italic_answer_in_the_same_list_entry():
    questions, _ = _parse(
        "Members raised the following points, with officers' responses shown in italics:",
        Block("Was the proposed uplift enough to cover the increase in the National Living Wage?", 1, "list"),
        Block("The uplift had been modelled on a 6.7 per cent increase in the National Living Wage.", 1, "response"),
    )
    assert _pairs(questions) == [("Was the proposed uplift enough to cover the increase in the National Living Wage?",
                                  "The uplift had been modelled on a 6.7 per cent increase in the National Living Wage.")]


def test_decisions_with_lead_ins_and_clauses():
    _, resolutions = _parse(
        "RESOLVED:",
        "That the Health Overview and Scrutiny Committee:",
        "(a) notes the financial position of the system; and",
        "(b) notes the assurance given that no registered nursing posts will be lost.",
        "Resolved: 1. That the Committee’s comments be forwarded to the Cabinet Member.",
        "2. That a further report be brought to the Committee in September 2025.",
        "The minutes of the meeting held on 17 September 2024 were confirmed as a correct record.",
    )
    assert [r.outcome for r in resolutions] == ["noted", "agreed", "agreed"]
    assert "no registered nursing posts will be lost" in resolutions[0].text
    assert "further report be brought" in resolutions[1].text


def test_recommended_to_cabinet_over_its_decision():
    _, resolutions = _parse("RECOMMENDED to Cabinet", "that the lead provider model be approved as the preferred route.")
    assert len(resolutions) == 1 and "lead provider model" in resolutions[0].text
    assert resolutions[0].outcome == "recommended"


def test_attendance_written_chair_first_and_one_person_to_a_line():
    blocks = [Block(t, 1) for t in (
        "PRESENT:-", "Councillor Rashida Begum in the Chair;", "Councillors Tom Akehurst and Paul Hollins.",
        "ALSO PRESENT:-", "Dr Marcus Leung, Chief Medical Officer, Ashmore and Dellwood Integrated Care Board",
        "Present", "Chairman: Councillor Margaret Thorne",
    )]
    people = {a.name: (a.role, a.attendance) for a in attendance_from_blocks(blocks)}
    assert people == {
        "Councillor Rashida Begum": ("Chair", "present"),
        "Councillor Tom Akehurst": (None, "present"),
        "Councillor Paul Hollins": (None, "present"),
        "Dr Marcus Leung": ("Chief Medical Officer, Ashmore and Dellwood Integrated Care Board", "in_attendance"),
        "Councillor Margaret Thorne": ("Chairman", "present"),
    }


def test_people_listed_inside_an_item():
    people = attendance_from_text("\n".join([
        "The following were in attendance:",
        "• Councillor F Venner, Executive Member for Adult Social Care, Active Lifestyles and Culture",
        "• Caroline Ashworth, Director of Adults and Health",
        "The Executive Member introduced the report.",
    ]))
    assert [(a.name, a.role) for a in people] == [
        ("Councillor F Venner", "Executive Member for Adult Social Care, Active Lifestyles and Culture"),
        ("Caroline Ashworth", "Director of Adults and Health"),
    ]


def test_numbered_questions_with_the_answer_below_and_q_r_pairs():
    questions, _ = _parse(
        "Q1. Councillor Openshaw asked how long ambulance crews had waited to hand over patients in October.",
        "Andrea Stott stated that the average handover time in October had been 47 minutes.",
        "Q – Councillor Sugden raised concerns about care workers being charged fees by agencies.",
        "R – The Council had signed the regional ethical recruitment pledge.",
    )
    assert _pairs(questions) == [
        ("Councillor Openshaw asked how long ambulance crews had waited to hand over patients in October.",
         "Andrea Stott stated that the average handover time in October had been 47 minutes."),
        ("Councillor Sugden raised concerns about care workers being charged fees by agencies.",
         "The Council had signed the regional ethical recruitment pledge."),
    ]
    assert [q.kind for q in questions] == ["question", "concern"]


def test_responses_listed_after_the_questions():
    questions, _ = _parse(
        "Questions from Members",
        "(a) Cllr Rahman asked how the proposed uplift compared with the actual cost of care.",
        "(b) Cllr Dunmore asked whether any care homes had closed since the last meeting.",
        "Responses",
        "(a) The uplift left a gap of approximately £38 a week against the actual cost of care.",
        "(b) Two care homes with a combined 61 beds had given notice since January.",
    )
    answers = dict(_pairs(questions))
    assert "£38 a week" in answers[questions[0].text]
    assert "61 beds" in answers[questions[1].text]


def test_an_answer_set_as_a_list_entry_of_its_own():
    questions, _ = _parse(
        "Members asked questions and made comments, which are summarised below together with the responses given:",
        Block("• Councillor Okafor asked how long children were waiting for a first appointment.", 1, "list"),
        Block("• Dr Hartigan said that the median wait was nineteen weeks.", 1, "list"),
        Block("• Concern was expressed that children placed far away lost contact with their schools.", 1, "list"),
    )
    assert _pairs(questions) == [
        ("Councillor Okafor asked how long children were waiting for a first appointment.",
         "Dr Hartigan said that the median wait was nineteen weeks."),
        ("Concern was expressed that children placed far away lost contact with their schools.", None),
    ]


def test_numbered_and_boxed_decisions():
    _, resolutions = _parse(
        "RESOLVED 2025/044",
        "That consideration of the Carers Strategy 2025–2030 be deferred to the meeting on 8 December 2025.",
        Block("Resolved | To approve and sign the minutes of the meeting held on 15 January 2025.", 1, "table"),
        "The recommendation to Cabinet was supported, subject to the Committee's comments.",
    )
    assert [(r.outcome, r.text[:30]) for r in resolutions] == [
        ("deferred", "RESOLVED 2025/044\nThat conside"),
        ("agreed", "To approve and sign the minute"),
        ("recommended", "The recommendation to Cabinet "),
    ]


def test_absent_members_marked_and_substitutes_named():
    blocks = [Block(t, 1) for t in (
        "MEMBERS PRESENT (A denotes absent)", "Chairman – Councillor Sue Gorringe", "A Councillor Rachel Bentham",
        "SUBSTITUTE MEMBERS", "Councillor Keith Stenson for Councillor Rachel Bentham",
    )]
    people = {a.name: (a.role, a.attendance) for a in attendance_from_blocks(blocks)}
    assert people == {
        "Councillor Sue Gorringe": ("Chairman", "present"),
        "Councillor Rachel Bentham": (None, "absent"),
        "Councillor Keith Stenson": ("Substitute for Councillor Rachel Bentham", "present"),
    }


def test_rounds_221_to_223_joint_answers_later_answers_labels_beside_names_and_quoted_questions(tmp_path):
    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = _parse(*texts)
        return [(q.kind, q.asked_by, q.response and q.response.text, q.response and q.response.given_by)
                for q in questions], [(r.outcome, r.text) for r in resolutions]

    def page(text, name="page.txt"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return read_document(path)

    # points made together, then one answer taking them in turn, sentence by sentence
    found = rows("Councillor Oakes asked how many carers had used the respite service. Councillor Birch raised "
                 "concern that the respite beds were too far from the east of the borough.",
                 "In response, the head of service said that 214 carers had used the service this year. She accepted "
                 "that the beds in the east were few and would look for a second provider there.")[0]
    assert [who for _, who, _, _ in found] == ["Councillor Oakes", "Councillor Birch"]
    assert "214 carers" in found[0][2] and "second provider" in found[1][2] and "214" not in found[1][2]
    # ... an answer naming whom it answers goes to that member's point
    found = rows("Councillor Lund asked about the cost of the new vehicles. Mrs Dacre commented that drivers liked "
                 "the electric buses.",
                 "In reply, the director said that the vehicles had cost £2.1m. He agreed with Mrs Dacre that the "
                 "buses had been welcomed.")[0]
    assert "£2.1m" in found[0][2] and "welcomed" in found[1][2]
    # ... or a list of answers under "Responding to the points raised, ...:", one to each point in prose above
    found = rows("Councillor Hale asked how long families waited for an assessment. Councillor Mir queried whether "
                 "interpreters were booked in advance.",
                 "Responding to the points raised, Ms Orton stated that:",
                 Block("– families waited 11 weeks on average for an assessment;", style="list"),
                 Block("– interpreters were booked when the appointment was made.", style="list"))[0]
    assert [(who, answer, by) for _, who, answer, by in found] == [
        ("Councillor Hale", "families waited 11 weeks on average for an assessment;", "Ms Orton"),
        ("Councillor Mir", "interpreters were booked when the appointment was made.", "Ms Orton")]
    # ... or lettered as the points were, under two officers named
    found = rows("The following issues were raised by members:",
                 Block("(a) whether the clinic could open on Saturdays;", style="list"),
                 Block("(b) the number of children waiting for speech therapy.", style="list"),
                 "Mr Kerr and Dr Ames responded to the issues raised as follows:",
                 Block("(a) a Saturday clinic would start in the spring;", style="list"),
                 Block("(b) 312 children were waiting.", style="list"))[0]
    assert [answer for _, _, answer, _ in found] == ["a Saturday clinic would start in the spring;", "312 children were waiting."]
    # a post in lower case with its remit in brackets answers
    assert rows("Councillor Pike asked why the zones had changed.",
                "The strategic director (place) explained that the zones now followed the ward boundaries.")[0][0][3] \
        == "the strategic director (place)"
    # a question put off to a later item is answered there, not raised again
    minutes = page("Health Scrutiny Committee\n\nMinutes of the meeting held on 3 March 2025\n\nPresent: Councillor A Lowe "
                   "(Chair), Councillors B Nash and C Ortiz\n\n12. PUBLIC QUESTIONS\n\nQuestion from Mr Dennis Royle\n\n"
                   "“Why has my hip operation been cancelled twice?”\n\nThe Chair advised that the response would be given by "
                   "the hospital trust during item 14 (see minute 14 below).\n\n13. MINUTES\n\nRESOLVED: That the minutes be "
                   "approved.\n\n14. PLANNED CARE\n\nIn answer to the question from Mr Royle (minute 12), Ms Vance apologised "
                   "and said that theatre time had been lost to staff sickness.\n\nRESOLVED: That the update be noted.\n")
    asked = [q for item in minutes.items for q in item.questions]
    assert len(asked) == 1 and asked[0].asked_by == "Mr Dennis Royle" and "staff sickness" in asked[0].response.text
    # "the information requested ... had been circulated" looks back; no request
    assert rows("With reference to minute 31, the scrutiny officer reported that the information requested on "
                "bed numbers had been circulated to members.")[0] == []
    # the whole list under "Resolved:" / "The Committee:" is one decision, whatever verb each line opens with
    decisions = rows("Resolved:", "The Committee:", Block("Noted the budget monitoring report.", style="list"),
                     Block("Agreed to receive the savings plan in June.", style="list"))[1]
    assert len(decisions) == 1 and "savings plan" in decisions[0][1]
    # "... – members were informed that ..." answers the point it follows
    assert rows("The following points were raised:",
                Block("· Clarification was sought on the cost of agency staff – members were informed that it had "
                      "fallen by a fifth.", style="list"))[0][0][2].startswith("members were informed")
    # a question received from a named member of the public, its answer published elsewhere
    assert rows("Written questions had been received from Mrs Joan Petrie, of Eastfield, regarding the closure of "
                "the day centre. The questions and the written responses were published in Supplement 1.")[0][0][1] \
        == "Mrs Joan Petrie"
    # "Members asked questions and made comments which were responded to as follows." leads in; no point
    assert rows("Members asked questions and made comments which were responded to as follows.")[0] == []
    # "The question from Mrs X, a resident of Y, was read out by Mr Z as follows:": Mrs X asked it
    assert rows("The question from Mrs Ellen Pryce, a resident of Tolworth, was read out by Mr Hood as follows:",
                "“When will the surgery reopen?”", "The Chairman gave the following response:",
                "“The practice expects to reopen in May.”")[0][0][1] == "Mrs Ellen Pryce"
    # "Ms A raised the growth in ..." is a concern; an untitled co-optee's comment, her post between commas
    assert rows("Ms Hurst raised the growth in gambling among young adults.")[0][0][:2] == ("concern", "Ms Hurst")
    assert rows("Cllr Ann Royce raised the impact on carers of the shorter visits.")[0][0][:2] == ("concern", "Cllr Ann Royce")
    assert rows("Peter Lyle, Co-opted Member, commented that he welcomed the new helpline.")[0][0][:2] == ("comment", "Peter Lyle")
    assert rows("Concern was expressed by Cllr Rhys Moss that the hospice had no overnight cover.")[0][0][:2] == (
        "concern", "Cllr Rhys Moss")
    # "Comment: ..." then the Chair's thanks closing the item: no answer
    assert rows("Comment: Councillor Vine noted that the waiting room was too small.",
                "The Chair thanked Dr Pell for her presentation.")[0][0][2] is None
    # a statement read out in italics after "... read out the following statement:" is the point, and the
    # chair's reply after her thanks answers it; a question "read out on her behalf" likewise
    found = rows("(a) Statement from Mr Alan Kirby, Chair of the Patient Group",
                 "Mr Kirby attended the meeting and read out the following statement:",
                 Block("“We are worried that the branch surgery closed without any consultation.”", style="response"),
                 "The Chair thanked Mr Kirby for his statement. She advised that the matter had been raised with the ICB.",
                 "(b) Question from Mrs Rose Hall, Millbrook",
                 "Mrs Hall had given notice of the following question, which was read out on her behalf as she was unable to attend:",
                 Block("“How many shops have been prosecuted for selling vapes to children?”", style="response"),
                 "The Director of Public Health gave the following response:",
                 Block("“Two shops have been prosecuted this year.”", style="response"))[0]
    assert [(kind, who, answer and answer[:18], by) for kind, who, answer, by in found] == [
        ("concern", "Mr Alan Kirby", "She advised that t", "the Chair"),
        ("question", "Mrs Rose Hall", "“Two shops have be", "The Director of Public Health")]


def test_rounds_221_to_223_attendance_labels_beside_names_in_laid_out_text(tmp_path):
    from minutes.pipeline import read_document

    path = tmp_path / "minutes.txt"
    path.write_text(
        "Health Scrutiny Committee                                    12 March 2025\n\n"
        "Present:          Councillor Ann Rowe                  Councillor Ben Hale\n"
        "                  (in the Chair)\n"
        "                  Councillor Cara Dent                 Councillor Dev Patel\n\n"
        "Apologies for     Councillor Ed Marsh and Councillor Fay\n"
        "Absence:          Lindqvist\n\n"
        "Also in           Gill Orme                    Head of Public Health\n"
        "Attendance:       Hari Sandhu                  Democratic Services Officer\n\n"
        "1.       Minutes\n\n"
        "         RESOLVED that the minutes of the meeting held on 5 February 2025 be confirmed.\n\n"
        "2.       Dental Services\n\n"
        "         Councillor Dent asked why the practice had closed.\n", encoding="utf-8")
    people = {(a.name, a.role, a.attendance) for a in read_document(path).attendees}
    assert {("Councillor Ann Rowe", "Chair", "present"), ("Councillor Ben Hale", None, "present"),
            ("Councillor Ed Marsh", None, "apologies"), ("Councillor Fay Lindqvist", None, "apologies"),
            ("Gill Orme", "Head of Public Health", "in_attendance"),
            ("Hari Sandhu", "Democratic Services Officer", "in_attendance")} <= people
    # labels for members not present and guests invited, and "Mr X was absent"
    path = tmp_path / "invited.txt"
    path.write_text("Overview and Scrutiny Committee\n\nMinutes of the meeting held on 4 June 2025\n\nMembers Present:\n\n"
                    "Mr R Hall (Chairman), Mrs S Quinn\n\nMembers not present:\n\nMrs A Cole and Mr F Yates\n\n"
                    "In attendance by invitation:\n\nDr O Fenn (Consultant in Public Health)\n\n"
                    "1 Chairman's Announcements\n\nApologies were received from Mrs Cole. Mr Yates was absent.\n", encoding="utf-8")
    people = {(a.name, a.attendance) for a in read_document(path).attendees}
    assert {("Mrs A Cole", "apologies"), ("Mr F Yates", "absent"), ("Dr O Fenn", "in_attendance")} <= people


def test_rounds_221_to_223_links_to_papers_and_the_meeting_date_are_no_items(tmp_path):
    from minutes.pipeline import read_document

    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><h2>Attendance</h2><h3>Officers</h3><ul><li>Jo Marsh, Democratic Services Officer</li></ul>"
        "<h2>Documents</h2><ul><li>Agenda reports pack PDF 4 MB</li></ul><h2>Minutes</h2>"
        "<h2>MINUTES OF THE HEALTH SCRUTINY PANEL</h2><h2>Monday, 10th March, 2025</h2>"
        "<p>Present:- Councillors Ann Tate (Chair), Bo Ray</p>"
        "<table><tr><td>71.</td><td>WELCOME</td></tr></table><p>The Chair welcomed everyone.</p>"
        "<table><tr><td>72.</td><td>CABINET MEMBER UPDATE</td></tr></table>"
        "<p>Cabinet Member Update - online appendix PDF 156 KB</p>"
        "<p>Councillor Ray asked when the care home would reopen.</p>"
        "<p>Councillor Tate replied that it would reopen in June.</p></body></html>", encoding="utf-8")
    minutes = read_document(path)
    assert [i.number for i in minutes.items] == ["71", "72"]
    asked = minutes.items[1].questions
    assert [(q.asked_by, q.response and q.response.given_by) for q in asked] == [("Councillor Ray", "Councillor Tate")]
    assert "PDF 156 KB" not in minutes.items[1].text


def test_a_twenty_fourth_review_joint_answers_later_answers_requests_and_label_columns(tmp_path):
    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = _parse(*texts)
        return [(q.kind, q.asked_by, q.response and q.response.text, q.response and q.response.given_by)
                for q in questions], [(r.outcome, r.text) for r in resolutions]

    def page(text, name="page.txt"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return read_document(path)

    head = "Scrutiny Committee\n\nMinutes of the meeting held on 3 March 2025\n\nPresent: Councillor A Lowe (Chair)\n\n"
    # a later answer to an earlier question ends where a member's own question begins
    minutes = page(head + "4. PUBLIC QUESTIONS\n\nMr Holt asked why the unit had closed overnight.\n\n5. URGENT CARE\n\n"
                   "In answer to the question from Mr Holt (minute 4), Dr Kaye said that nurses had been short. Councillor "
                   "Reid asked whether agency staff had been tried. Dr Kaye replied that agency cover could not be found.\n")
    asked = {q.asked_by: q for item in minutes.items for q in item.questions}
    assert "nurses had been short" in asked["Mr Holt"].response.text and "agency" not in asked["Mr Holt"].response.text
    assert asked["Councillor Reid"].response.text.startswith("Dr Kaye replied")
    # ... and "(minute 7)" under matters arising names the last meeting's minute, not a later item
    minutes = page(head + "3. MATTERS ARISING\n\nIn response to the question from Councillor Ellis (minute 7), the Director "
                   "confirmed that the figures had been circulated.\n\n7. BUDGET\n\nCouncillor Ellis asked whether the "
                   "programme would be re-profiled.\n", name="back.txt")
    assert minutes.items[1].questions[0].response is None
    # ... and the topic after the bracket is no part of the answer
    minutes = page(head + "4. PUBLIC QUESTIONS\n\nMrs Lunn asked whether transport would be provided.\n\n5. TRANSPORT\n\n"
                   "In response to the question from Mrs Lunn (minute 4) about transport to the hospital, the Associate "
                   "Director confirmed that a car scheme would run from April.\n", name="about.txt")
    assert minutes.items[0].questions[0].response.given_by == "the Associate Director"
    # a member's request that mentions a paper already provided is still a request
    assert rows("Councillor Shah requested that the cost analysis, which had been provided to the Cabinet in March, "
                "be shared with the Panel.")[0][0][0] == "request"
    # an answer sharing no word with the points above goes to the last of them, not nowhere
    found = rows("Councillor Hughes asked how many providers had bid. Councillor Neal asked whether the rate would rise.",
                 "The Head of Commissioning explained that eleven tenders had been submitted. She added that more would "
                 "follow.")[0]
    assert found[1][2] and "eleven tenders" in found[1][2]
    # a councillor's own list of points after "Councillor X stated that:" answers nothing
    found = rows("Members raised the following points:", Block("whether tenants had been consulted;", style="list"),
                 "Councillor Marsh stated that:", Block("footfall was down by a fifth;", style="list"),
                 Block("she would like to see a free parking trial.", style="list"))[0]
    assert len(found) == 3 and all(answer is None or "footfall" not in answer for _, _, answer, _ in found)
    # answers listed out of the points' order, and one more than was asked, are all kept
    found = rows("Councillor Grant asked why the booking system had been kept at Eastfield. Councillor Moss expressed "
                 "concern about fly-tipping on rural lanes.",
                 "Responding to the points raised, the Head of Waste stated that:",
                 Block("fly-tipping on rural lanes had fallen by 8%;", style="list"),
                 Block("the booking system at Eastfield was needed for safety; and", style="list"),
                 Block("a new contract for the Westgate site would start in May.", style="list"))[0]
    assert "booking system" in found[0][2] and "fly-tipping" in found[1][2]
    assert any("Westgate" in (answer or "") for _, _, answer, _ in found)
    # "– members were told in January that ..." inside a member's concern is no answer
    found = rows("Councillor Dean expressed concern that the crossing had not been installed – members were told in "
                 "January that it would be in place by Easter.",
                 "The Head of Highways explained that a diversion had delayed the works.")[0]
    assert found[0][2].startswith("The Head of Highways")
    # the one asking, not someone the question mentions
    assert rows("Councillor Lamb asked why no reply had been sent, given that a question had been received from Mrs "
                "Joan Fox in January.")[0][0][1] == "Councillor Lamb"
    # the one invited to respond answers
    found = rows("(1) Question from Mrs Angela Dunne", "“How many children are waiting for an assessment?”",
                 "The Chair thanked Mrs Dunne for her question and invited the Director of Education to respond. She "
                 "explained that 212 children were waiting.")[0]
    assert found[0][3] == "the Director of Education"
    # a person before "and <body> volunteers" attended
    people = {a.name for a in page(head + "1. DISCHARGE\n\nDr Priya Raman and Healthwatch Northdale volunteers attended for "
                                          "this item.\n", name="att.txt").attendees}
    assert "Dr Priya Raman" in people
    # a sentence ending in a link to its paper is kept
    minutes = page(head + "1. PERFORMANCE\n\nThe Commission noted the report and the appended data set, Appendix A - "
                   "Indicator Data XLSX 45 KB\n", name="link.txt")
    assert minutes.items[0].resolutions
    # one person to a line in a label column wrapped over two lines
    minutes = page("Health Panel\n\nPresent:          Councillor Ann Smith (Chair), Councillor David Rees\n\n"
                   "Also in           Dr Alan Reid, Medical Director, Northfield ICB\n"
                   "attendance:       Sue Bright, Head of Commissioning\n"
                   "                  Gary Holt, Scrutiny Officer\n\n1. MINUTES\n\nRESOLVED: That the minutes be approved.\n",
                   name="column.txt")
    roles = {a.name: a.role for a in minutes.attendees}
    assert roles.get("Sue Bright") == "Head of Commissioning" and roles.get("Gary Holt") == "Scrutiny Officer"
    assert "Dr Alan Reid" in roles


def test_rounds_224_to_226_annexed_questions_concluded_letters_keyed_and_deputations(tmp_path):
    from minutes.parse.meeting import attendance_from_blocks
    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = _parse(*texts)
        return [(q.kind, q.asked_by, q.response and q.response.text, q.response and q.response.given_by)
                for q in questions], [(r.outcome, r.text) for r in resolutions]

    # an annex of questions, one table row each naming its minute: each goes to that minute
    path = tmp_path / "annex.txt"
    path.write_text(
        "Health Committee\n\nMinutes of the meeting held on 4 June 2025\n\nPresent: Councillor A Lowe (Chair)\n\n"
        "61. Planned Care\n\nMembers asked questions, set out at questions 1 and 2 in the Annex.\n\n"
        "It was resolved to note the report.\n\n62. Work Programme\n\nThe work programme was agreed.\n\n"
        "Questions asked at the meeting and answers given\n\n"
        "No.\tMinute\tQuestion and answer\n"
        "1\t61\tQuestion from Councillor R Ever Does the Trust monitor waits by deprivation? Answer (Chief Operating "
        "Officer) The Trust did not yet collect that information.\n"
        "2\t61\tQuestion from Mr Tom Ash Why is my clinic closing? Answer Response awaited from the Trust.\n",
        encoding="utf-8")
    minutes = read_document(path)
    planned = next(i for i in minutes.items if i.number == "61")
    assert [(q.asked_by, q.response and q.response.given_by) for q in planned.questions] == [
        ("Councillor R Ever", "Chief Operating Officer"), ("Mr Tom Ash", None)]
    assert not any(q.text.startswith("Questions asked") for i in minutes.items for q in i.questions)
    # a question told of, its words and answer "set out ... in the Annex": the annex holds it
    assert rows("One public question had been received from Mr Tom Ash in relation to minute 61. The question and "
                "the response are set out at question 2 in the Annex to these minutes.")[0] == []
    # "Concluded:" labels a decision
    assert rows("Concluded:", "(1) that the report be noted; and", "(2) that the Chairperson write to the Minister.")[1][0][0] \
        in ("agreed", "noted")
    # actions "carried forward" are not a decision carried
    assert rows("RESOLVED:", "To note the action tracker and the three actions carried forward.")[1][0][0] == "noted"
    # "P" and "A" beside names, with the minutes' own key to the letters
    people = attendance_from_blocks([Block("Councillors:"), Block("P Jenny Fair (Chairperson) P Owen Pask – A Ruth Dent"),
                                     Block("P: Present"), Block("A: Apologies for absence submitted")])
    assert [(a.name, a.attendance) for a in people] == [("Jenny Fair", "present"), ("Owen Pask", "present"),
                                                        ("Ruth Dent", "apologies")]
    # an additional recommendation proposed and lost "there being 3 votes for and 6 against"
    assert rows("Councillor Cress proposed an additional recommendation, that Cabinet commission a feasibility study. "
                "This was seconded by Councillor Vel.",
                "On being put to the vote, there being 3 votes for and 6 against, the additional recommendation was LOST.")[1] \
        [0][0] == "rejected"
    # a titled co-optee tagged between commas comments
    assert rows("Mrs G Pemberton, Co-optee, commented that people most wanted to be told when their carer was running late.")[0][0][:2] == (
        "comment", "Mrs G Pemberton")
    # an answer after a dash whose post has a colon in it
    assert rows("Members raised the following points:",
                Block("A Member asked how many children had teeth removed – the Director: Public Health advised that "
                      "there had been 212 admissions.", style="list"))[0][0][2].startswith("the Director: Public Health")
    # the deputation's points answered after members' own questions to the deputation
    found = rows("Ms Noreen Black raised concerns that providers were passing packages to smaller agencies. Ms Black asked "
                 "that the Committee recommend an in-house pilot.",
                 "Members asked the deputation a number of questions. In response to a question from Councillor Rees about "
                 "how many workers the Network represented, Ms Black said that it had 310 members.",
                 "The Corporate Director then responded to the points made by the deputation. Passing packages to other "
                 "agencies without consent was a breach of the framework. An in-house pilot had been looked at but "
                 "discounted because of its cost.")[0]
    assert "breach" in (found[0][2] or "") and "in-house pilot" in (found[1][2] or "")
    # a numbered title whose references in brackets make it look like a sentence
    path = tmp_path / "refs.txt"
    path.write_text("Health Panel\n\nMinutes of the meeting held on 4 June 2025\n\nPresent: Councillor A Lowe (Chair)\n\n"
                    "HAS 21\tPublic Participation (Agenda Item 1)\n\nNone.\n\n"
                    "HAS 22\tDeclaration of disclosable pecuniary interest (Standing Order 37) (Agenda Item 2)\n\nNone.\n\n"
                    "HAS 23\tMinutes (Agenda Item 3)\n\nResolved: that the minutes be approved.\n", encoding="utf-8")
    assert [i.number for i in read_document(path).items] == ["HAS 21", "HAS 22", "HAS 23"]
    # minutes sent round in an email: the clerk's covering note is no part of the meeting's details
    path = tmp_path / "email.txt"
    path.write_text("From:\tClerk, Tam\nSent:\t14 November 2025 15:47\nSubject:\tDRAFT minutes - Health Panel\n\n"
                    "Dear Panel Members\n\nPlease see below the draft minutes of Thursday's meeting of the Health Panel. They "
                    "will be submitted to the next meeting on 22 January 2026 for approval.\n\nMany thanks\n\nTam\n\n"
                    "Minutes\n\nof the Meeting of\n\nThe Health Panel\n\nThursday, 13 November 2025\n\n"
                    "HAS 21\tMinutes (Agenda Item 1)\n\nResolved: that the minutes be approved.\n", encoding="utf-8")
    emailed = read_document(path)
    assert (emailed.committee, emailed.meeting_date) == ("Health Panel", "2025-11-13")


def test_rounds_227_to_229_call_ins_scanned_minutes_dashed_speakers_and_record_tables(tmp_path):
    from minutes.extract.text import extract as extract_text
    from minutes.parse.classify import classify
    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = _parse(*texts)
        return [(q.kind, q.asked_by, q.text, q.response and q.response.text, q.response and q.response.given_by)
                for q in questions], [(r.outcome, r.text) for r in resolutions]

    # call-in minutes speak of the decision notice and the forward plan throughout: still minutes
    call_in = [Block("Overview and Scrutiny Panel"), Block("Minutes of the meeting held on 21 January 2025 at 7.00 pm"),
               Block("Present: Councillor Hart (Chair); Councillors Bell and Crouch"),
               Block("Apologies were received from Councillor Venn."),
               Block("Councillor Bell proposed, Councillor Crouch seconded and the Panel agreed the minutes.")] + [
        Block(f"The Decision Notice and the Forward Plan were discussed ({n}).") for n in range(2)]
    assert classify(call_in, {}, "panel-2025-01-21.pdf")[0] == "minutes"
    # a scrutiny review's scoping document is a report
    scoping = [Block("Task and Finish Group: Getting a GP Appointment"), Block("Scoping document and terms of reference"),
               Block("3.0 Key lines of enquiry"), Block("The group was told that residents said they waited too long.")]
    assert classify(scoping, {}, "gp-access-scoping.docx")[0] == "report"
    # several people answer a list of members' questions "as follows"; a councillor's reasons listed
    # under her name are hers; a presenter's own comments are no points
    found, decided = rows(
        "Councillor Mbatha, lead signatory to the call-in, introduced the call-in and made the following comments:",
        Block("• The consultation had run for only four weeks.", style="list"),
        "Members asked questions and made comments as follows:",
        Block("• Would the operators transfer to the new provider under TUPE?", style="list"),
        "Councillor Rainsford, Dawn Ferriday and Priya Ramsden, Careline Manager responded to Member questions as follows:",
        Block("• All staff in scope would transfer on their existing terms.", style="list"),
        "Neil Ashcroft, Head of Housing Options introduced the report and made the following comments:",
        Block("• There were 318 households in temporary accommodation.", style="list"),
        "Councillor Gosling proposed, Councillor Kemble seconded and the Panel agreed to recommend to Cabinet that the "
        "strategy be approved.",
        "The Chair thanked Dr Ebb and thereafter Members noted the presentation.",
        "Councillor Tarrant suggested and Members agreed that the Panel invites the Cabinet Member to its next meeting.")
    assert [(k, who, answer) for k, who, _, answer, _ in found] == [
        ("comment", "Councillor Mbatha", None), ("question", None, "All staff in scope would transfer on their existing terms.")]
    assert [outcome for outcome, _ in decided] == ["recommended", "noted", "agreed"]
    # "Q. Cllr X – ..." / "A. The Head of Y – ...": who asked and who answered, before a dash
    found, _ = rows("Q. Cllr Reddaway – Will the contract cover rural areas such as the High Weald?",
                    "A. The Head of Commissioning – Yes, the zone contracts make rural coverage a condition.")
    assert [(who, by) for _, who, _, _, by in found] == [("Cllr Reddaway", "the Head of Commissioning")]
    # "Officers responded:" over answers each naming its own speaker
    found, _ = rows("Members raised the following:", Block("• Councillor Haddad asked why the plans were late.", style="list"),
                    "Officers responded:", Block("• The Assistant Director said the fall reflected a backlog.", style="list"))
    assert found[0][4] == "the Assistant Director"
    # a table of questions: who asked and who answered in brackets after, names in capitals opening a
    # cell, "Cllr X – ..." in the cells, a "Written response" column, and "Noted." answering nothing
    found, _ = rows(Block("No. | Item | Question (Member) | Answer (Officer)", style="table"),
                    Block("1 | 30 | Was the wage affordable? (Councillor David Pemberton) | The prices had been tested. "
                          "(Head of Commissioning, Contracts)", style="table"))
    assert [(who, by) for _, who, _, _, by in found] == [("Councillor David Pemberton", "Head of Commissioning, Contracts")]
    found, _ = rows(Block("QUESTIONS | ANSWERS", style="table"),
                    Block("1. MS PRITI SANDHU How many carers are waiting for an assessment? | COUNCILLOR MARK HALE, CABINET "
                          "MEMBER FOR ADULT SOCIAL CARE On 24 October 1,046 carers were waiting.", style="table"))
    assert [(who, answer, by) for _, who, _, answer, by in found] == [
        ("Ms Priti Sandhu", "On 24 October 1,046 carers were waiting.", "Councillor Mark Hale")]
    found, _ = rows(Block("Question / comment | Response", style="table"),
                    Block("Cllr Ingleby – How can residents find a practice taking NHS patients? | Mr Heptonstall – "
                          "Practices must update their profile every 90 days.", style="table"),
                    Block("Cllr Tordoff – Commented that the toothbrushing programme was excellent value. | Noted.", style="table"))
    assert [(who, by) for _, who, _, _, by in found] == [("Cllr Ingleby", "Mr Heptonstall"), ("Cllr Tordoff", None)]
    found, _ = rows(Block("No. | Question from | Question | Written response", style="table"),
                    Block("1 | Mrs Ada Kilbride | How many people will have to change their carer? | Around 310 of the "
                          "1,140 people will.", style="table"))
    assert found[0][3] == "Around 310 of the 1,140 people will."
    # topics and answers joined by a dash under "... advised the following:", one broken onto its own line
    found, _ = rows("In response to questions from Members, the Head of Housing advised the following:",
                    Block("• Whether the provider had been subject to any financial penalties – two service credits had "
                          "been applied in 2023.", style="list"),
                    Block("• How the views of residents had been taken into account", style="list"),
                    Block("– residents had asked for fewer moves, and this had been written into the specification.", style="list"))
    assert [(text, answer) for _, _, text, answer, _ in found] == [
        ("Whether the provider had been subject to any financial penalties", "two service credits had been applied in 2023."),
        ("How the views of residents had been taken into account",
         "residents had asked for fewer moves, and this had been written into the specification.")]
    # a question put in a participle, answered in the same sentence
    found, _ = rows("The following points were noted:",
                    Block("• Asked how the views of people who received home care, and their families, had shaped the "
                          "proposals, Ms Garrity reported that 212 people had responded to a survey.", style="list"))
    assert found[0][3].startswith("Ms Garrity reported") and found[0][4] == "Ms Garrity"
    # a questioner described at length; the one invited to respond answers
    found, _ = rows("Mrs Denise Akroyd, on behalf of the parents' group Clear Air at Lowgrave, asked what the Council "
                    "could do about shops selling vapes. The Chair invited the Trading Standards Manager to respond. He "
                    "explained that test purchasing was targeted at shops near schools.")
    assert (found[0][1], found[0][4]) == ("Mrs Denise Akroyd", "the Trading Standards Manager")
    # "Noted:" over the next meeting's date; what a report says is no point; a motion moved and
    # seconded by name, then lost
    assert rows("Noted: The next meeting will be held on Tuesday, 18th March, 2025 at 1.30 pm.")[1][0][0] == "noted"
    assert rows("The report reminded Members that the Committee could refer a proposal if it was not satisfied "
                "with the consultation.")[0] == []
    _, decided = rows("It was moved by Councillor Sanger-Ley and seconded by Councillor Murch that a full business case "
                      "be prepared.", "The motion was put to the vote and was LOST (3 for, 7 against, 0 abstained).")
    assert [(o, t.startswith("It was moved")) for o, t in decided] == [("rejected", True)]
    # a scanned page: bullets read as "e", a grid of members marked "*" with the key below it,
    # a title in capitals with a stray lower-case letter, guests "joined for this item"
    path = tmp_path / "scan.txt"
    path.write_text(
        "MINUTES OF A MEETING OF THE HEALTH OVERVIEW AND SCRUTINY\nCOMMITTEE HELD AT COUNTY HALL ON WEDNESDAY\n"
        "11 OCTOBER 2006 AT l0.00 AM\n\nMembership\n\n"
        "* Councillor R A Pennick (Chairman)          * Councillor Mrs J E Hollis\n"
        "* Councillor D L Fairweather                   Councillor M Jessop\n\n* Present\n\n"
        "1.   Apologies\n\nApologies were received from Councillor M Jessop.\n\n"
        "2.   Dental Services\n\nThe Committee was joined for this item by:\n\n"
        "Mr Alan Strudwick    -  Head of Primary Care Contracting\n\n"
        "In the course of discussion the following points were raised:\n\n"
        "e   Councillor Mrs Hollis asked how long patients were waiting. Mr Strudwick said eleven weeks.\n\n"
        "e   Councillor Fairweather commented that the new contract had been a disaster for patients.\n\n"
        "It was AGREED that the Chairman write to the Strategic Health Authority.\n", encoding="utf-8")
    scanned = read_document(path)
    assert scanned.committee == "Health Overview and Scrutiny Committee"
    assert {a.name: a.attendance for a in scanned.attendees} == {
        "Councillor R A Pennick": "present", "Councillor Mrs J E Hollis": "present", "Councillor D L Fairweather": "present",
        "Councillor M Jessop": "apologies", "Mr Alan Strudwick": "in_attendance"}
    dental = scanned.items[-1]
    assert [(q.kind, q.asked_by) for q in dental.questions] == [("question", "Councillor Mrs Hollis"),
                                                              ("comment", "Councillor Fairweather")]
    assert "• Councillor Mrs Hollis" in " ".join(b.text for b in extract_text(path).blocks)
    # officers listed by post alone, a post broken across two lines
    people = attendance_from_blocks([Block("Officers:", style="heading"),
                                     Block("Director of Resources, Head of Housing and Public Protection, Private"),
                                     Block("Sector Housing Manager and Housing Options Manager")])
    assert [a.name for a in people] == ["Director of Resources", "Head of Housing and Public Protection",
                                        "Private Sector Housing Manager", "Housing Options Manager"]


def test_a_twenty_sixth_review_quoted_papers_membership_titles_presenters_and_dashes(tmp_path):
    from minutes.parse.classify import classify

    def rows(*texts):
        questions, resolutions = _parse(*texts)
        return [(q.kind, q.asked_by, q.text, q.response and q.response.text, q.response and q.response.given_by)
                for q in questions], [(r.outcome, r.text) for r in resolutions]

    # an answer quoting a paper is still an answer, and the answers after it are read
    found, _ = rows("In response to questions from Members, officers explained that:",
                    Block("• the consultation report showed that 62 per cent of respondents supported shorter hours;", style="list"),
                    Block("• no staff would be made redundant.", style="list"))
    assert len(found) == 2 and all(by == "officers" for *_, by in found)
    # "Membership" lists who sits on the committee, not who came
    people = attendance_from_blocks([Block("Membership:"), Block("Councillor F Hurst (Chair), Councillors J Carver and L Ewing")])
    assert people == []
    # a bulleted list under "* Apologies" is no grid with a key
    people = attendance_from_blocks([Block("Present:"), Block("* Councillor A Smith (Chair)"), Block("* Councillor B Jones"),
                                     Block("* Apologies"), Block("* Councillor F Gray")])
    assert {a.name: a.attendance for a in people}["Councillor B Jones"] == "present"
    # title cues count on titles only: minutes about a scoping document, an agenda's minutes entry
    task_group = [Block("Flooding Task and Finish Group"), Block("Minutes of the meeting held on 14 January 2025"),
                  Block("Present: Councillors Akers and Dean"), Block("1. Scoping Document"),
                  Block("The scoping document was considered. The scoping document set out key lines of enquiry."),
                  Block("Agreed: That the scoping document be approved.")]
    assert classify(task_group, {}, "flooding-tfg-2025-01-14.txt")[0] == "minutes"
    agenda = [Block("Health Scrutiny Committee"), Block("Date: Tuesday, 8 April 2025"), Block("AGENDA"),
              Block("Minutes of the meeting held on 4 March 2025 (Pages 1 - 8)"), Block("Apologies for absence"),
              Block("Declarations of interest"), Block("To consider the report of the Director (Pages 9 - 20)")]
    assert classify(agenda, {}, "Health_Scrutiny_Committee_8_April_2025.txt")[0] == "agenda"
    # a member introducing her own item raises the concerns she lists; a chair inviting comments
    # or an officer answering is no asker
    found, _ = rows("Councillor Ahmed introduced the item and raised the following concerns on behalf of residents:",
                    Block("• Enforcement officers rarely visited Highfield Road after 6pm.", style="list"))
    assert [k for k, *_ in found] == ["concern"]
    found, _ = rows("Councillor Hughes invited comments from the Panel and the following points were made:",
                    Block("• Missed bin collections had risen in the rural wards.", style="list"))
    assert found[0][1] is None
    # a decision whole in its sentence, then a point
    found, decided = rows("Councillor Lee proposed, Councillor Roy seconded and the Panel agreed to write to the ICB. "
                          "Councillor Adams then asked whether patients would be told. The Director said that every "
                          "patient would receive a letter.")
    assert [o for o, _ in decided] == ["agreed"] and found[0][1] == "Councillor Adams"
    # "be made" as agreed only for a report or representations
    assert rows("RESOLVED: That the report be noted and that no further comments be made.")[1][0][0] == "noted"
    # a dash used as brackets, and dashed sub-items, are no topics with answers
    found, _ = rows("In response to Members' questions, officers explained that:",
                    Block("• the service had recruited 14 social workers – nine through the academy – and agency use had "
                          "fallen.", style="list"))
    assert found[0][2] == found[0][3]
    # a body whose words an answer reports did not give it
    found, _ = rows("Members asked:", Block("• Whether the ring-fence would continue.", style="list"),
                    "The Director of Public Health responded as follows:",
                    Block("• The Department of Health and Social Care had confirmed that it would remain.", style="list"))
    assert found[0][4] != "the Department of Health and Social Care"
    # names in capitals: "O'BRIEN", "McKAY-SMITH"
    found, _ = rows(Block("QUESTION | RESPONSE", style="table"),
                    Block("MRS SINEAD O'BRIEN The new charges will hurt traders. | COUNCILLOR ALAN McKAY-SMITH, CABINET "
                          "MEMBER FOR TRANSPORT The charges will be reviewed.", style="table"))
    assert [(who, answer, by) for _, who, _, answer, by in found] == [
        ("Mrs Sinead O'Brien", "The charges will be reviewed.", "Councillor Alan McKay-Smith")]
    # a topic before a dash asked nothing
    found, _ = rows(Block("No. | Question | Response", style="table"),
                    Block("1 | Temporary Accommodation – How many families were in bed and breakfast? | There were 38.",
                          style="table"))
    assert found[0][1] is None
    # "Members responded ... as follows:" names no answerer
    found, _ = rows("Councillor Irwin asked whether the plan had been costed.",
                    "Members responded to the questions as follows:",
                    Block("• Question 1: the Committee supported the plan.", style="list"))
    assert all(by != "Members" for *_, by in found)


def test_rounds_230_to_232_empty_cells_lower_case_posts_heard_answers_and_referenced_clauses(tmp_path):
    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = _parse(*texts)
        return [(q.kind, q.asked_by, q.text, q.response and q.response.text, q.response and q.response.given_by)
                for q in questions], [(r.outcome, r.text) for r in resolutions]

    # a row whose answer cell is empty, set apart as a paragraph between the rows, and a post in
    # lower case before a dash
    found, _ = rows(Block("Question / comment | Response", style="table"),
                    Block("Cllr Hale – How many test purchases were made? | Trading standards team leader – 41 test "
                          "purchases had been made.", style="table"),
                    "Cllr Lampitt – Commented that parents bought vapes believing them to be harmless.",
                    Block("Cllr Fennimore – Would the council support licensing? | Director of public health – The council "
                          "had no power to license retailers.", style="table"))
    assert [(who, by) for _, who, _, _, by in found] == [
        ("Cllr Hale", "Trading standards team leader"), ("Cllr Lampitt", None), ("Cllr Fennimore", "Director of public health")]
    # a three-column table's row with its answer cell empty stays a row of the table
    found, _ = rows(Block("Member | Question / comment | Response", style="table"),
                    Block("Cllr D Lampitt | Commented that carers were hard to find.", style="table"),
                    Block("Cllr E Fennimore | Asked what would happen if a provider failed. | The reablement service "
                          "would step in.", style="table"))
    assert [(who, answer) for _, who, _, answer, _ in found] == [
        ("Cllr D Lampitt", None), ("Cllr E Fennimore", "The reablement service would step in.")]
    # who asked, named over "Question 1"; "It was heard that ..." answers
    found, _ = rows("Mrs Gwen Alderton, Castle Ferrow", "Question 1",
                    "How many hours of care were waiting for a provider?", "Answer from Councillor Nigel Prothero",
                    "212 hours per week were waiting.")
    assert found[0][1] == "Mrs Gwen Alderton"
    found, _ = rows("(e) The Chair asked what had happened to people whose agencies were suspended. It was heard that 46 "
                    "people had been moved to other providers.")
    assert found[0][3].startswith("It was heard that")
    # clauses under the committee's own references, one decision; "The Select Committee:" no speaker
    _, decided = rows(Block("Recommendations:", style="heading"), "The Select Committee:",
                      "AH 25/14 Notes the reduction in the number of people waiting; and",
                      "AH 25/15 Requests that the Executive Director provides an update in March.")
    assert len(decided) == 1 and decided[0][0] == "agreed" and "AH 25/15" in decided[0][1]
    # the committee's name, without "The", deciding
    assert rows("People and Communities Scrutiny Committee noted the update.")[1][0][0] == "noted"
    # members listed surname first under each council; "Chair, in the Chair"
    people = attendance_from_blocks([Block("PRESENT", style="heading"), Block("Councillor M. Tranwell (Chair, in the Chair)"),
                                     Block("MEMBERS", style="heading"), Block("Tillmoor County Council", style="heading"),
                                     Block("Dunnage, P. Heslop-Barr, K."), Block("Ord, T.")])
    assert [(a.name, a.role) for a in people] == [("Councillor M. Tranwell", "Chair"), ("Dunnage, P.", None),
                                                 ("Heslop-Barr, K.", None), ("Ord, T.", None)]
    # a committee's title line in lower case before the date; a paragraph broken across pages
    path = tmp_path / "page.txt"
    path.write_text("Health, care and wellbeing scrutiny committee - Monday, 24th November, 2025 10.00 am\n\n"
                    "Present: Councillor A Lowe (Chair)\n\n31. Minutes\n\nResolved: That the minutes be approved.\n\n"
                    "32. Vaping\n\nCouncillor Pascoe asked whether support was available for young people who wished "
                    "to stop vaping. Ms Tozer advised that the County\n\f\n"
                    "Council's stop smoking service was piloting support in two schools.\n", encoding="utf-8")
    page = read_document(path)
    assert page.committee == "Health, care and wellbeing scrutiny committee"
    vaping = page.items[-1].questions[0]
    assert vaping.response is not None and "piloting" in vaping.response.text
    # "enquired whether patients were still being asked to ..." raises a point
    assert rows("Councillor Pascoe enquired whether patients were still being asked to telephone at 8.00 am.")[0][0][0] == "question"


def test_rounds_233_to_235_answers_to_both_points_related_points_and_minute_lines(tmp_path):
    from minutes.pipeline import read_document

    def rows(*texts):
        questions, resolutions = _parse(*texts)
        return [(q.asked_by, q.text, q.response and q.response.text, q.response and q.response.given_by)
                for q in questions], [(r.outcome, r.text) for r in resolutions]

    # "Responding to both points, ..." after two bullets answers both, whole; not the comment before them
    found, _ = rows("Members discussed:", "• Cllr S Kitto commented that the double-handed charge penalised people.",
                    "• whether the £312 arrangement fee had been set at no more than the cost of arranging care;",
                    "• whether the fee would deter people who fund their own care from asking for advice.",
                    "Responding to both points, the Strategic Director said that the fee had been calculated from "
                    "staff time. Self-funders would still receive free advice.")
    assert [answer is not None for _, _, answer, _ in found] == [False, True, True]
    assert all("Self-funders" in answer and by == "the Strategic Director" for _, _, answer, by in found[1:])
    # ... and numbered paragraphs, "the points at 7.5 and 7.6"
    found, _ = rows("7.5 Councillor Goswami expressed concern that providers elsewhere had cut opening hours.",
                    "7.6 Councillor Brightwater queried whether staff would move to a new provider on their terms.",
                    "7.7 Responding to the points at 7.5 and 7.6, the Head of Commissioning explained that staff "
                    "would transfer under TUPE.")
    assert len(found) == 2 and all(answer and "TUPE" in answer for _, _, answer, _ in found)
    # in one paragraph: "a related point", "also asked", "responded to both questions"
    found, _ = rows("Councillor Etherington asked how long people waited for reablement. Councillor Thwaite raised a "
                    "related point about people who stayed in a care home. Responding to both points, the Service "
                    "Manager advised that the median wait was four days.")
    assert [(who, by) for who, _, _, by in found] == [("Councillor Etherington", "the Service Manager"),
                                                      ("Councillor Thwaite", "the Service Manager")]
    found, _ = rows("Concern was expressed that the beds would be bought from private care homes. Councillor Asante "
                    "also asked how many homes were owned by private equity firms. The Assistant Director explained "
                    "that the Council would block-book the beds.")
    assert all(answer and "block-book" in answer for _, _, answer, _ in found) and len(found) == 2
    found, _ = rows("Councillor Priya Raghunathan asked whether performance had influenced the choice, and Councillor "
                    "Abdul Muqit Farazi asked how the risk of a winter changeover would be managed. Warrick Lowe "
                    "responded to both questions. He said that the provider had met most targets.")
    assert [who for who, _, _, _ in found] == ["Councillor Priya Raghunathan", "Councillor Abdul Muqit Farazi"]
    assert all(answer and "most targets" in answer for _, _, answer, _ in found)
    # the one who thanked the questioner answers; "was clear that" answers
    found, _ = rows("Mr Alan Sowden put the following question:", "“Will the Council keep Hollybank open?”",
                    "Councillor Angela Brierley, Cabinet Member for Adult Social Care, thanked Mr Sowden for his "
                    "question. She replied that no decision had been taken.")
    assert found[0][2].startswith("She replied") and found[0][3] == "Councillor Angela Brierley"
    found, _ = rows("Councillor Oldroyd queried whether the proposals were a step towards privatisation. The Cabinet "
                    "Member was clear that this was not the case.")
    assert found[0][3] == "the Cabinet Member"
    # the Vice-Chair drawing attention to something and asking about it raises a point
    found, _ = rows("The Vice-Chair drew attention to the low uptake of flu vaccination among staff and asked what the "
                    "Trust was doing differently.", "Dr Rooksby acknowledged that uptake had been 38 per cent.")
    assert found[0][0] == "the Vice-Chair" and found[0][2].startswith("Dr Rooksby")
    # the Commission noting a deputation and asking for something decides
    found, decided = rows("The Chair thanked Mrs Calloway for her contribution. The Commission noted the deputation "
                          "and asked that the petition be reported to the Executive.")
    assert not found and decided == [("agreed", "The Commission noted the deputation and asked that the petition be "
                                                "reported to the Executive.")]
    # "Members went on to raise the following:" over bare topics; a seconded-less proposal requests
    found, _ = rows("Members went on to raise the following:",
                    "• the availability of residential rehabilitation places – officers confirmed there was no waiting list;",
                    "• the lack of coordinated support for people with a mental health condition;",
                    "• County Councillor Tennant proposed that a task group be set up to look at dentistry.")
    assert len(found) == 3 and found[2][0].endswith("Councillor Tennant")

    # a web page with "Minute 17" under each title, "Discussion" sub-headings and a feedback box
    page = tmp_path / "minutes.html"
    page.write_text(
        "<html><body><main><h1>Health Scrutiny Committee: minutes, 16 September 2025</h1>"
        + "".join(f"<h2>{title}</h2><p class='minute-ref'>Minute {n}</p><h3>Discussion</h3><p>{text}</p>"
                  for n, title, text in [
                      (17, "Apologies for absence", "Apologies were received from Councillor Barraclough."),
                      (18, "Reablement", "Councillor Iqbal asked whether staff had been kept informed. Members were "
                                         "informed that two briefings had been held."),
                      (19, "Work programme", "The work programme was agreed.")])
        + "</main><section class='page-feedback'><h2>Page feedback</h2><p>Was this page helpful? Yes No</p>"
          "</section></body></html>", encoding="utf-8")
    doc = read_document(page)
    assert [(item.number, item.title) for item in doc.items] == [
        ("17", "Apologies for absence"), ("18", "Reablement"), ("19", "Work programme")]
    # an impact assessment, so titled, is a report
    eia = tmp_path / "eia.txt"
    eia.write_text("Equality Impact Assessment\n\nRecommissioning of the Carers Support Service\n\nSection 1: About the "
                   "proposal\n\nThe Council has a duty to support adult carers. The new service will begin in 2026.\n",
                   encoding="utf-8")
    assert read_document(eia).doc_type == "report"
