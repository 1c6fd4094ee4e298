#!/usr/bin/env python3
"""Build the "iw-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_iw.py           build documents/iw-* and gold/iw-*.json
        build_iw.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

MIN_NAME = "iw-holmshire-cyp-scrutiny-2025-01-24.txt"
REP_NAME = "iw-holmshire-home-to-school-transport-policy-report-2025-03-07.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DATE = datetime.datetime(2025, 2, 26, 9, 30, 0, tzinfo=datetime.timezone.utc)

SHY = "~"  # a hyphenation point the word processor may use at a line end


def typo(s):
    """Word's smart quotes: straight apostrophes become curly; drop unused hyphen points."""
    return s.replace("'", "\u2019")


def clean(s):
    return typo(s).replace(SHY, "")


# --------------------------------------------------------------------------------------
# Layout engine imitating `pdftotext -layout` of a justified Word document
# --------------------------------------------------------------------------------------
PAGE_COL = 92          # right edge of the text block
BODY_LINES = 54        # lines of body text on a page


def wrap(text, width, justify=True):
    """Wrap text into lines no longer than width; hyphenate at SHY marks; justify roughly."""
    words = typo(text).split()
    lines, cur = [], []

    def cur_len(ws):
        return len(" ".join(w.replace(SHY, "") for w in ws))

    i = 0
    while i < len(words):
        w = words[i]
        if cur_len(cur + [w]) <= width:
            cur.append(w)
            i += 1
            continue
        # Word's automatic hyphenation: a long word may break before a common ending when
        # the gap left on the line is wide
        if SHY not in w and len(w) >= 10 and cur and width - cur_len(cur) >= 7:
            m = re.match(r"^([A-Za-z]{5,}?)(ment|ments|tion|tions|sion|sions|ship|ance|"
                         r"ence|ised|ising|ered|ional)([,;.:)]?)$", w)
            if m:
                w = m.group(1) + SHY + m.group(2) + m.group(3)
                words[i] = w
        # try to hyphenate w at its last fitting SHY mark
        if SHY in w:
            parts = w.split(SHY)
            done = False
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                if cur_len(cur + [head]) <= width:
                    cur.append(head)
                    lines.append(cur)
                    cur = []
                    words[i] = SHY.join(parts[k:])
                    done = True
                    break
            if done:
                continue
        if not cur:  # a single over-long word
            cur.append(w)
            i += 1
        lines.append(cur)
        cur = []
    if cur:
        lines.append(cur)

    out = []
    for n, ws in enumerate(lines):
        ws = [w.replace(SHY, "") for w in ws]
        line = " ".join(ws)
        last = n == len(lines) - 1
        if justify and not last and len(ws) > 1:
            deficit = width - len(line)
            extra = int(deficit * 0.6)
            gaps = len(ws) - 1
            # pdftotext shows the stretched spaces of justified text as occasional doubles
            add = [0] * gaps
            g = 0
            while extra > 0 and gaps:
                add[(g * 3) % gaps] += 1
                extra -= 1
                g += 1
                if g > gaps * 2:
                    break
            line = ws[0]
            for k in range(gaps):
                line += " " * (1 + min(add[k], 2)) + ws[k + 1]
        out.append(line)
    return out


class Doc:
    def __init__(self):
        self.blocks = []  # (lines, keep_with_next)

    def add(self, lines, keep=False, splittable=True):
        self.blocks.append((lines, keep, splittable))

    # block helpers -------------------------------------------------------------------
    def title(self, num, text):
        lines = wrap(text.upper(), PAGE_COL - 8, justify=False)
        out = [num.ljust(8) + lines[0]] + [" " * 8 + l for l in lines[1:]]
        self.add(out, keep=True, splittable=False)

    def para(self, text, indent=8, justify=True, keep=False):
        lines = wrap(text, PAGE_COL - indent, justify)
        self.add([" " * indent + l for l in lines], keep=keep)

    def line(self, text, indent=8, keep=False):
        self.add([" " * indent + typo(text)], keep=keep, splittable=False)

    def bullet(self, text, indent=8, hang=4):
        lines = wrap(text, PAGE_COL - indent - hang)
        out = [" " * indent + "\u2022".ljust(hang) + lines[0]]
        out += [" " * (indent + hang) + l for l in lines[1:]]
        self.add(out)

    def numbered(self, n, text, indent=8, hang=4):
        lines = wrap(text, PAGE_COL - indent - hang)
        out = [" " * indent + n.ljust(hang) + lines[0]]
        out += [" " * (indent + hang) + l for l in lines[1:]]
        self.add(out)

    # pagination ----------------------------------------------------------------------
    def render(self, header, footer_fmt):
        pages, cur = [], []

        def room():
            return BODY_LINES - len(cur)

        def new_page():
            nonlocal cur
            while cur and cur[-1] == "":
                cur.pop()
            pages.append(cur)
            cur = []

        blocks = self.blocks
        for bi, (lines, keep, splittable) in enumerate(blocks):
            need = len(lines)
            if keep and bi + 1 < len(blocks):
                need += 1 + min(2, len(blocks[bi + 1][0]))
            gap = 1 if cur else 0
            if gap + need <= room():
                if gap:
                    cur.append("")
                cur.extend(lines)
                continue
            if splittable and len(lines) >= 4 and room() - gap >= 2 and len(lines) - (room() - gap) >= 2:
                take = room() - gap
                if gap:
                    cur.append("")
                cur.extend(lines[:take])
                new_page()
                cur.extend(lines[take:])
                continue
            new_page()
            cur.extend(lines)
        new_page()

        out = []
        total = len(pages)
        for n, body in enumerate(pages, 1):
            page = list(header) + [""] + body
            page += [""] * (len(header) + 1 + BODY_LINES - len(page))
            page += ["", "", footer_fmt.format(n=n, total=total).rjust(PAGE_COL)]
            out.append("\n".join(page) + "\n")
        return "\f".join(out) + "\f"


# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------
QUESTIONS, RESOLUTIONS, ITEMS = [], [], []
_item = [None]


def item(doc, num, title):
    _item[0] = num
    ITEMS.append({"number": num, "title": clean(title).upper()})
    doc.title(num, title)


def Q(kind, text, answer, asked_by, given_by, themes):
    QUESTIONS.append({
        "item": _item[0], "kind": kind, "text": clean(text),
        "asked_by": asked_by, "answer": clean(answer) if answer else None,
        "given_by": clean(given_by) if given_by else None, "themes": themes,
    })


def R(text, outcome, themes):
    RESOLUTIONS.append({"item": _item[0], "text": clean(text), "outcome": outcome,
                        "themes": themes})


EXEC_CS = "Executive Councillor for Children's Services, Community Safety and Procurement"

ATTENDEES = [
    ("M J Harwood", "Chairman", "present"),
    ("Mrs A L Penrose", "Vice-Chairman", "present"),
    ("T R Ashby", None, "present"),
    ("Mrs S E Copley", None, "present"),
    ("Mrs K J Hollis", None, "present"),
    ("R D Kettleborough", None, "present"),
    ("P N Marden", None, "present"),
    ("S J Oakley", None, "present"),
    ("Mrs E C Radley", None, "present"),
    ("D W Tennant", None, "present"),
    ("Reverend A M Carver", "Church Representative", "present"),
    ("Mrs J Bellamy", "Parent Governor Representative", "present"),
    ("Mrs F M Lockwood", EXEC_CS, "in_attendance"),
    ("W G Ibbotson", "Executive Councillor for Resources and Corporate Services", "in_attendance"),
    ("Neil Ashdown", "Head of Finance - Children's Services", "in_attendance"),
    ("Tom Ellery", "Scrutiny Officer", "in_attendance"),
    ("Dominic Frayne", "Head of Education Capital and Sufficiency", "in_attendance"),
    ("Claire Hebden", "Principal Social Worker", "in_attendance"),
    ("Joanne Kirkby", "Assistant Director - Children's Safeguarding", "in_attendance"),
    ("Stuart Mabey", "Assistant Director - Education", "in_attendance"),
    ("Imogen Tarrant", "Executive Director - Children's Services", "in_attendance"),
    ("Sophie Waddington", "Democratic Services Officer", "in_attendance"),
    ("Dr Amrit Basra", "Clinical Director, Children and Young People's Mental Health Services, "
     "Holmshire Partnership NHS Foundation Trust", "in_attendance"),
    ("Helen Cartwright", "Head of Children and Young People's Commissioning, NHS Holmshire "
     "Integrated Care Board", "in_attendance"),
    ("B K Quinney", None, "apologies"),
    ("Mrs H Sutcliffe", None, "apologies"),
    ("Mr R Okafor", "Parent Governor Representative", "apologies"),
]


def build_minutes():
    d = Doc()
    # ---- attendance, full width -------------------------------------------------------
    d.line("PRESENT: COUNCILLOR M J HARWOOD (CHAIRMAN)", indent=0)
    d.para("Councillors Mrs A L Penrose (Vice-Chairman), T R Ashby, Mrs S E Copley, Mrs K J Hollis, "
           "R D Kettleborough, P N Marden, S J Oakley, Mrs E C Radley and D W Tennant", indent=0)
    d.line("Added Members", indent=0)
    d.add(["Church Representative: Reverend A M Carver",
           "Parent Governor Representative: Mrs J Bellamy"], splittable=False)
    d.para("Councillors Mrs F M Lockwood (" + EXEC_CS + ") and W G Ibbotson (Executive Councillor "
           "for Resources and Corporate Services) attended the meeting as observers.", indent=0)
    d.line("Officers in attendance:-", indent=0, keep=True)
    d.para("Neil Ashdown (Head of Finance - Children's Services), Tom Ellery (Scrutiny Officer), "
           "Dominic Frayne (Head of Education Capital and Sufficiency), Claire Hebden (Principal "
           "Social Worker), Joanne Kirkby (Assistant Director - Children's Safeguarding), Stuart "
           "Mabey (Assistant Director - Education), Imogen Tarrant (Executive Director - Children's "
           "Services) and Sophie Waddington (Democratic Services Officer)", indent=0)
    d.line("Also in attendance:-", indent=0, keep=True)
    d.para("Dr Amrit Basra (Clinical Director, Children and Young People's Mental Health Services, "
           "Holmshire Partnership NHS Foundation Trust) and Helen Cartwright (Head of Children and "
           "Young People's Commissioning, NHS Holmshire Integrated Care Board)", indent=0)

    # ---- 40 -------------------------------------------------------------------------------
    item(d, "40", "Apologies for Absence/Replacement Members")
    d.para("Apologies for absence were received from Councillors B K Quinney and Mrs H Sutcliffe, "
           "and from Mr R Okafor (Parent Governor Representative).")
    d.para("It was reported that, under the Local Government (Committees and Political Groups) "
           "Regulations 1990, Councillor S J Oakley had been appointed as a replacement member of "
           "the Committee in place of Councillor B K Quinney, for this meeting only.")

    # ---- 41 -------------------------------------------------------------------------------
    item(d, "41", "Declarations of Members' Interests")
    d.para("Councillor Mrs K J Hollis wished it to be noted that she was a governor of The Orchard "
           "Special School, Marhamby, which was the subject of agenda item 6 (minute 45 refers).")
    d.para("Mrs J Bellamy wished it to be noted that she had a child who attended a school within "
           "the Witherne Market Mental Health Support Team area.")

    # ---- 42 -------------------------------------------------------------------------------
    item(d, "42", "Minutes of the meeting of the Children and Young People Scrutiny Committee "
                  "held on 29 November 2024")
    d.line("RESOLVED", keep=True)
    d.para("That the minutes of the meeting of the Children and Young People Scrutiny Committee "
           "held on 29 November 2024 be approved as a correct record and signed by the Chairman.")
    R("held on 29 November 2024 be approved as a correct record", "agreed", [])

    # ---- 43 -------------------------------------------------------------------------------
    item(d, "43", "Announcements by the Chairman, Executive Councillor and Chief Officers")
    d.para("The Chairman welcomed Councillor S J Oakley to the meeting and thanked him for attending "
           "at short notice.")
    d.para("The Executive Councillor for Children's Services, Community Safety and Procurement "
           "advised that Meadowbank, the Council's children's home in Saltholme, had been inspected "
           "by Ofsted in December 2024 and had been judged \u2018Outstanding\u2019 in all areas. "
           "The Committee asked that its congratulations be passed on to the staff team.")
    Q("request", "The Committee asked that its congratulations be passed on to the staff team",
      None, None, None, ["children-and-families"])
    d.para("The Executive Director - Children's Services advised that the Department for Education "
           "had confirmed the Council's allocation of the new Children's Social Care Prevention "
           "Grant for 2025/26, which would be \u00a31.38m. In response to a question about whether "
           "the grant would be recurrent, it was confirmed that the allocation was for one year "
           "only and that further guidance from the Department was awaited on the conditions "
           "attached to it.")
    Q("question", "a question about whether the grant would be recurrent",
      "the allocation was for one year only and that further guidance", None, None,
      ["finance", "children-and-families"])

    # ---- 44 -------------------------------------------------------------------------------
    item(d, "44", "Budget Proposals for 2025/26")
    d.para("Consideration was given to a report by Neil Ashdown, Head of Finance - Children's "
           "Services, which described the budget proposals for the next financial year, 2025/26, "
           "as they related to the activities and services within the remit of the Committee. The "
           "proposals had been approved by the Executive on 7 January 2025 as the basis for "
           "consultation, and the comments of the Committee would be reported to the Executive on "
           "4 February 2025, prior to the meeting of the full Council on 21 February 2025 at which "
           "the budget and the level of council tax would be set.")
    d.para("Members were guided through the report and the following key points were highlighted:",
           keep=True)
    d.bullet("The proposed net revenue budget for Children's Services in 2025/26 was \u00a3187.412m, "
             "an increase of \u00a314.906m (8.6%) on the current year;")
    d.bullet("Cost pressures of \u00a316.208m had been built into the budget, the largest being home to "
             "school transport (\u00a36.1m) and placements for children in care (\u00a35.4m), with "
             "a further \u00a32.2m for the pay award and the increase in employer National Insurance "
             "contributions;")
    d.bullet("Savings of \u00a31.302m were proposed, mainly from the review of short breaks "
             "commissioning, reduced use of agency staff and the continued reduction in the number of "
             "children placed in residential care outside the county;")
    d.bullet("The Dedicated Schools Grant (DSG) High Needs Block was forecast to overspend by "
             "\u00a34.7m in 2024/25. The statutory override, which allowed the cumulative deficit to be "
             "held separately from the Council's general reserves, had been extended to March 2028; and")
    d.bullet("The capital programme included \u00a312.5m in 2025/26 for additional specialist school "
             "places, including the proposed expansion of The Orchard Special School (minute 45 "
             "refers).")
    d.para("During consideration of this item, the Committee raised the following comments:",
           keep=True)
    d.bullet("A member sought clarification on the reasons for the increase in the cost of home to "
             "school transport. It was explained that the number of pupils with an Education, "
             "Health and Care Plan (EHCP) who were eligible for transport had risen by 14% over the "
             "past year, with many travelling to specialist placements outside the county, and that "
             "contract prices had risen because of a national shortage of drivers and passenger "
             "assistants and the cost of fuel and vehicles;")
    Q("question", "sought clarification on the reasons for the increase in the cost",
      "the number of pupils with an Education, Health and Care Plan", None, None,
      ["finance", "children-and-families", "subcontracting"])
    d.bullet("Concern was expressed about the reliance on places in independent and non-maintained "
             "special schools, which were considerably more expensive than places in the Council's "
             "own special schools. Officers advised that the Specialist Places Programme had created "
             "more than 500 additional places in Holmshire special schools since 2019, and that a "
             "further 180 places would be delivered by September 2026, which would reduce the need "
             "for costly placements at a distance from home;")
    Q("concern", "Concern was expressed about the reliance on places in independent and non-maintained",
      "the Specialist Places Programme had created more than 500 additional places", None,
      "Officers", ["finance", "children-and-families"])
    d.bullet("A member asked whether the Council was confident that the deficit on the High Needs "
             "Block could be recovered, given the position of many other local authorities. It was "
             "reported that the Holmshire deficit remained small in comparison with most other "
             "councils, but that it was likely to grow without national reform of the SEND system, "
             "and that the outcome of the Government's review was awaited. The Executive Councillor "
             "for Resources and Corporate Services added that the deficit was recorded on the "
             "corporate risk register and was reviewed by the Audit Committee;")
    Q("question", "confident that the deficit on the High Needs Block could be recovered",
      "the Holmshire deficit remained small in comparison with most other councils", None, None,
      ["finance", "children-and-families", "governance"])
    d.bullet("Concern was raised about the level of profit made by some private providers of "
             "children's residential care. The Executive Councillor for Children's Services, "
             "Community Safety and Procurement advised that the Council had opened two new "
             "children's homes in the last eighteen months, that a business case for a further "
             "home in the north of the county was being prepared, and that the Council's own homes "
             "enabled more children to live closer to their families and schools;")
    Q("concern", "the level of profit made by some private providers of children's residential care",
      "the Council had opened two new children's homes in the last eighteen months", None,
      "Executive Councillor for Children's Services, Community Safety and Procurement",
      ["privatisation", "finance", "children-and-families"])
    d.bullet("It was queried whether the proposed saving from the review of short breaks would "
             "reduce the support available to families. Officers confirmed that the saving related "
             "to bringing two existing contracts together under a single provider, and that there "
             "would be no reduction in the number of hours of short breaks offered to families;")
    Q("question", "whether the proposed saving from the review of short breaks would reduce",
      "the saving related to bringing two existing contracts together under a single provider",
      None, "Officers", ["finance", "subcontracting", "children-and-families"])
    d.bullet("The Chairman asked whether the increase in employer National Insurance contributions "
             "had been reflected in the proposals, including for commissioned providers. It was "
             "confirmed that \u00a31.1m had been included for the Council's own staff, but that the "
             "effect on the prices charged by providers, particularly for residential care and "
             "transport, was not yet known and would be kept under review; and")
    Q("question", "The Chairman asked whether the increase in employer National Insurance",
      "had been included for the Council's own staff, but that the effect", "Chairman", None,
      ["finance", "workforce", "subcontracting"])
    d.bullet("Members praised the continued low use of agency social workers in Holmshire, which "
             "compared very favourably with other authorities and contributed to the stability of "
             "the budget.")
    Q("comment", "Members praised the continued low use of agency social workers in Holmshire",
      None, None, None, ["workforce", "finance"])
    d.line("RESOLVED", keep=True)
    d.numbered("1.", "That the budget proposals for 2025/26 relating to the services within the "
                     "remit of the Committee be supported.")
    d.numbered("2.", "That the comments of the Committee, as set out above, be passed to the "
                     "Executive as part of its consideration of the budget proposals on 4 February "
                     "2025.")
    R("the budget proposals for 2025/26 relating to the services within the remit", "agreed",
      ["finance"])

    # ---- 45 -------------------------------------------------------------------------------
    item(d, "45", "Proposed Expansion of The Orchard Special School, Marhamby")
    d.para("Consideration was given to a report by Dominic Frayne, Head of Education Capital and "
           "Sufficiency, which invited the Committee to consider a proposal to expand The Orchard "
           "Special School, Marhamby, from 140 to 210 places, by means of a new two storey teaching "
           "block on the site of the former Marhamby Library, which was due to be referred to the "
           + EXEC_CS + " for a decision between 3 and 7 February 2025.")
    d.para("Members were advised that the expansion would be funded from the Specialist Places "
           "Programme within the capital programme, at an estimated cost of \u00a39.8m, and that "
           "the construction contract would be procured through the Council's construction "
           "framework. A statutory consultation had taken place between 4 November and 13 December "
           "2024, during which 84 responses had been received, 79% of which had supported the "
           "proposal. The additional places would be phased in from September 2026.")
    d.para("During consideration of this item, the Committee raised the following comments:",
           keep=True)
    d.bullet("Members welcomed the proposal, which would enable more children with complex needs "
             "to be educated in their local community;")
    Q("comment", "enable more children with complex needs to be educated in their local community",
      None, None, None, ["children-and-families"])
    d.bullet("A query was raised regarding traffic and parking near the school at the start and end "
             "of the school day, as local residents had raised concerns during the consultation. It "
             "was explained that a travel plan would be developed with the school, that the design "
             "included an on-site drop off area for minibuses and taxis, and that the Council's "
             "highways officers had been involved from an early stage;")
    Q("question", "A query was raised regarding traffic and parking near the school",
      "a travel plan would be developed with the school", None, None,
      ["children-and-families", "patient-and-public-input"])
    d.bullet("A member asked how the Council would ensure that the building was delivered on time "
             "and within budget, given the delays experienced on other capital schemes. Officers "
             "advised that the contractor would be appointed following a competitive tender under the "
             "construction framework, that the contract would include damages for late completion, "
             "and that risks to the programme were monitored monthly by the Capital Programme Board;")
    Q("question", "delivered on time and within budget, given the delays experienced",
      "the contractor would be appointed following a competitive tender", None, "Officers",
      ["finance", "subcontracting", "governance"])
    d.bullet("It was queried whether the school would be able to recruit sufficient staff for the "
             "additional places, particularly teaching assistants. The Assistant Director - "
             "Education advised that the school had a good record of recruit~ment, that it was "
             "working with the Holmshire Teaching School Hub, and that staffing would increase in "
             "line with the phased increase in pupil numbers;")
    Q("question", "It was queried whether the school would be able to recruit sufficient staff",
      "working with the Holmshire Teaching School Hub", None,
      "Assistant Director - Education", ["workforce", "children-and-families"])
    d.bullet("A member requested that consideration be given to similar provision in the north of "
             "the county, where some pupils currently travelled for more than an hour each way to "
             "attend a special school.")
    Q("request", "similar provision in the north of the county, where some pupils currently",
      None, None, None, ["children-and-families"])
    d.line("RESOLVED", keep=True)
    d.numbered("1.", "That the Committee unanimously supports the recommendations to the "
                     + EXEC_CS + " as set out in the report.")
    d.numbered("2.", "That a summary of the above comments be passed on to the " + EXEC_CS +
                     " in relation to this item.")
    R("the Committee unanimously supports the recommendations to the Executive Councillor",
      "agreed", ["children-and-families"])

    # ---- 46 -------------------------------------------------------------------------------
    item(d, "46", "Children's Social Care Workforce Update")
    d.para("The Committee received a report from Joanne Kirkby, Assistant Director - Children's "
           "Safeguarding, and Claire Hebden, Principal Social Worker, which provided an update on "
           "the recruitment and retention of social workers within children's social care.")
    d.para("Members were advised that the vacancy rate for qualified social workers had been 9.2% "
           "at the end of December 2024, compared with a national rate of 17%, and that agency "
           "workers made up 3.1% of the social work workforce. The Holmshire Social Work Academy had "
           "supported 46 newly qualified social workers through their Assessed and Supported Year "
           "in Employment in 2024, and 12 members of staff were completing the social work degree "
           "apprentice~ship. The average caseload in the Family Assessment and Support Teams was 17 "
           "children.")
    d.para("Members asked about the reasons given by social workers who left the Council, and were "
           "advised that exit interviews showed the main reasons to be career progression, "
           "relocation and retirement, and that very few had left to work for agencies. A member "
           "queried the impact of the national rules on the use of agency social workers which had "
           "been introduced by the Department for Education in October 2024. It was reported that "
           "the rules, which limited the rates that could be paid, had made little difference in "
           "Holmshire because of the low use of agency staff, but had helped to stabilise the "
           "market across the region. Concern was expressed about the wellbeing of social workers "
           "who were dealing with increasingly complex cases, and the risk of burnout. Officers "
           "explained that all social workers received monthly supervision, that the Council's "
           "wellbeing offer included access to confidential counselling, and that the Principal "
           "Social Worker held regular practice forums at which staff could raise concerns directly "
           "with senior managers. In response to a question about international recruitment, the "
           "Assistant Director - Children's Safeguarding advised that 14 social workers had been "
           "recruited from overseas since 2023, of whom 12 remained with the Council, and that help "
           "with finding accommodation had been provided on their arrival.")
    Q("question", "Members asked about the reasons given by social workers who left the Council",
      "exit interviews showed the main reasons to be career progression", None, None,
      ["workforce", "children-and-families"])
    Q("question", "queried the impact of the national rules on the use of agency social workers",
      "the rules, which limited the rates that could be paid", None, None,
      ["workforce", "children-and-families"])
    Q("concern", "Concern was expressed about the wellbeing of social workers",
      "all social workers received monthly supervision", None, "Officers",
      ["workforce", "children-and-families"])
    Q("question", "In response to a question about international recruitment",
      "14 social workers had been recruited from overseas since 2023", None,
      "Assistant Director - Children's Safeguarding", ["workforce", "children-and-families"])
    d.para("A member requested that the Committee be provided with the results of the annual social "
           "work health check survey when these became available in the spring. The Principal "
           "Social Worker agreed to circulate the results to all members of the Committee.")
    Q("request", "the results of the annual social work health check survey",
      "agreed to circulate the results to all members of the Committee", None,
      "Principal Social Worker", ["workforce", "children-and-families"])
    d.line("RESOLVED", keep=True)
    d.para("That the progress made on the recruitment and retention of children's social workers "
           "be noted.")
    R("the progress made on the recruitment and retention of children's social workers",
      "noted", ["workforce", "children-and-families"])
    d.para("The Committee adjourned at 11.22 am and reconvened at 11.32 am.")

    # ---- 47 -------------------------------------------------------------------------------
    item(d, "47", "Emotional Wellbeing and Mental Health Support for Children and Young People")
    d.para("The Committee received a presentation from Helen Cartwright, Head of Children and Young "
           "People's Commissioning, NHS Holmshire Integrated Care Board (ICB), and Dr Amrit Basra, "
           "Clinical Director, Holmshire Partnership NHS Foundation Trust, on the services available "
           "to support the emotional wellbeing and mental health of children and young people in "
           "Holmshire, including the Healthy Minds Holmshire service, the Mental Health Support "
           "Teams in schools and the Child and Adolescent Mental Health Services (CAMHS).")
    d.para("The Committee was advised of the following key points:", keep=True)
    d.bullet("Mental Health Support Teams now covered 58% of pupils in Holmshire, which would "
             "increase to 70% by September 2025;")
    d.bullet("Referrals to CAMHS had increased by 22% since 2022/23, with the largest increase "
             "among girls aged 13 to 16;")
    d.bullet("The average wait from referral to the start of treatment in CAMHS was 14 weeks, and "
             "82% of children and young people were seen within 18 weeks; and")
    d.bullet("The community eating disorder service continued to meet the national access and "
             "waiting time standard.")
    d.para("During consideration of this item, the Committee raised the following comments:",
           keep=True)
    d.bullet("A member asked what support was available to children and their families while they "
             "waited for an assessment. It was explained that all referrals were triaged within 72 "
             "hours, that families on the waiting list were contacted regularly, and that the Healthy "
             "Minds Holmshire service and an online counselling service were available in the "
             "meantime;")
    Q("question", "what support was available to children and their families while they waited",
      "all referrals were triaged within 72 hours", None, None,
      ["mental-health", "children-and-families"])
    d.bullet("Concern was raised about waiting times for neuro~developmental assessments for autism "
             "and ADHD, which members reported were the issue most frequently raised with them by "
             "parents. Dr Basra acknowledged that some children had waited more than two years for "
             "an ADHD assessment, that demand had risen fourfold since 2019, and that the ICB and "
             "the Trust were commissioning additional assessment capacity from an independent "
             "provider on a temporary basis to reduce the waiting list;")
    Q("concern", "which members reported were the issue most frequently raised with them",
      "some children had waited more than two years for an ADHD assessment", None, "Dr Basra",
      ["mental-health", "children-and-families", "subcontracting"])
    d.bullet("A member queried whether the Mental Health Support Teams would be extended to all "
             "schools, including small rural primary schools. Helen Cartwright reported that "
             "national funding had been confirmed for two further teams from September 2025 and "
             "that these would be placed in the areas of highest need, but that coverage of every "
             "school would depend on future national funding;")
    Q("question", "would be extended to all schools, including small rural primary schools",
      "national funding had been confirmed for two further teams", None, "Helen Cartwright",
      ["mental-health", "children-and-families", "finance"])
    d.bullet("A member commented that schools in her division had reported an increase in the number "
             "of pupils who were not attending because of anxiety, and asked what support was being "
             "given. The Assistant Director - Education advised that guidance on emotionally based "
             "school avoidance had been issued to all schools in 2024, and that the Attendance "
             "Support Team was working with schools and the Mental Health Support Teams on "
             "individual cases;")
    Q("question", "pupils who were not attending because of anxiety, and asked what support",
      "guidance on emotionally based school avoidance had been issued to all schools", None,
      "Assistant Director - Education", ["mental-health", "children-and-families"])
    d.bullet("In response to a question about how the views of young people had shaped the "
             "services, it was explained that the Holmshire Youth Commission had helped to design the "
             "Healthy Minds Holmshire website and that a young people's reference group met each "
             "quarter with the commissioners; and")
    Q("question", "a question about how the views of young people had shaped the services",
      "the Holmshire Youth Commission had helped to design the Healthy Minds Holmshire website",
      None, None, ["patient-and-public-input", "mental-health", "children-and-families"])
    d.bullet("Members requested that future reports include information broken down by district, so "
             "that the Committee could see whether there were differences in access to services "
             "across the county.")
    Q("request", "future reports include information broken down by district",
      None, None, None, ["mental-health", "children-and-families"])
    d.para("The Chairman thanked the representatives of the ICB and the Trust for attending.")
    d.line("RESOLVED", keep=True)
    d.numbered("1.", "That the update on emotional wellbeing and mental health services for children "
                     "and young people be noted.")
    d.numbered("2.", "That a further update, including waiting times for neuro~developmental "
                     "assessments, be presented to the Committee in September 2025.")
    R("update on emotional wellbeing and mental health services for children and young people",
      "agreed", ["mental-health", "children-and-families"])
    d.para("Councillor P N Marden left the meeting at 12.10 pm and did not return.")

    # ---- 48 -------------------------------------------------------------------------------
    item(d, "48", "Performance of the Tier 2 Performance Measures for Children's Services - "
                  "Quarter 2 2024/25")
    d.para("Consideration was given to a report which presented the performance of the Tier 2 "
           "measures for Children's Services for Quarter 2 2024/25 which were within the remit of "
           "the Committee. Of the 24 measures reported, 15 had achieved or exceeded their target, "
           "three were within tolerance and six had not achieved their target.")
    d.para("Members asked about the percentage of new Education, Health and Care Plans issued within "
           "20 weeks, which had fallen to 41% against a target of 60%. The Assistant Director - "
           "Education explained that requests for an assessment had increased by 31% over two years "
           "and that there was a national shortage of educational psychologists, but that a "
           "recovery plan was in place and additional educational psychology assessments had been "
           "commissioned from an external provider to reduce the backlog. A member queried the "
           "increase in the number of children who had become subject to a child protection plan "
           "for a second or subsequent time. Officers explained that the increase related to a "
           "small number of large sibling groups, and that each case had been audited by the "
           "Quality Assurance Team.")
    Q("question", "Members asked about the percentage of new Education, Health and Care Plans",
      "requests for an assessment had increased by 31% over two years", None,
      "Assistant Director - Education",
      ["children-and-families", "workforce", "subcontracting"])
    Q("question", "child protection plan for a second or subsequent time",
      "the increase related to a small number of large sibling groups", None, "Officers",
      ["children-and-families"])
    d.para("It was noted that the proportion of care leavers in suitable accommodation remained high "
           "at 94%, and members commented that this reflected well on the work of the Leaving Care "
           "Service.")
    Q("comment", "members commented that this reflected well on the work of the Leaving Care",
      None, None, None, ["children-and-families", "housing"])
    d.line("RESOLVED", keep=True)
    d.para("That the performance of the Tier 2 measures for Children's Services for Quarter 2 "
           "2024/25 be noted.")
    R("measures for Children's Services for Quarter 2 2024/25 be noted", "noted",
      ["children-and-families"])

    # ---- 49 -------------------------------------------------------------------------------
    item(d, "49", "Children and Young People Scrutiny Committee Work Programme")
    d.para("The Committee considered its work programme. The Scrutiny Officer advised that the "
           "meeting on 7 March 2025 would include pre-decision scrutiny of the Home to School and "
           "College Transport Policy 2025/26, and an update on the Holmshire Family Hubs.")
    d.para("A member asked whether the Committee could consider the support provided to children "
           "who were electively home educated, as the number of such children in Holmshire had "
           "increased significantly. The Scrutiny Officer advised that an item could be scheduled "
           "for the meeting on 25 April 2025.")
    Q("question", "support provided to children who were electively home educated",
      "an item could be scheduled for the meeting on 25 April 2025", None,
      "Scrutiny Officer", ["children-and-families"])
    d.para("The Committee agreed its work programme, subject to the addition of an item on elective "
           "home education at its meeting on 25 April 2025.")
    R("The Committee agreed its work programme, subject to the addition of an item",
      "agreed", ["children-and-families"])
    d.para("The meeting closed at 12.46 pm.", indent=0)

    header = ["CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE", "24 JANUARY 2025"]
    return d.render(header, "{n}")


def minutes_gold():
    return {
        "document": MIN_NAME,
        "doc_type": "minutes",
        "committee": "Children and Young People Scrutiny Committee",
        "meeting_date": "2025-01-24",
        "items": ITEMS,
        "questions": QUESTIONS,
        "resolutions": RESOLUTIONS,
        "attendees": [{"name": typo(n), "role": typo(r) if r else None, "attendance": a}
                      for n, r, a in ATTENDEES],
    }


# --------------------------------------------------------------------------------------
# The report (not minutes)
# --------------------------------------------------------------------------------------
def build_report(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Home to School and College Transport Policy 2025/26")
    pdf.set_author("Holmshire County Council")
    pdf.add_font("Sans", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)

    def footer():
        pdf.set_y(-14)
        pdf.set_font("Sans", "", 8)
        pdf.cell(0, 5, f"Page {pdf.page_no() + 18}", align="C")

    pdf.footer = footer
    pdf.add_page()
    W = pdf.w - 44

    def p(text, size=10, style="", gap=2.5, h=5.2):
        pdf.set_font("Sans", style, size)
        pdf.multi_cell(W, h, typo(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def row(label, value):
        pdf.set_font("Sans", "B", 10)
        pdf.cell(45, 6.5, typo(label), border=1)
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(W - 45, 6.5, typo(value), border=1, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("Sans", "B", 9)
    pdf.cell(W, 5, "Agenda Item 7", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 16)
    pdf.cell(W, 9, "Holmshire County Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    pdf.cell(W, 5, "Working for a better future", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    p("Open Report on behalf of Imogen Tarrant, Executive Director - Children's Services", 11, "B")
    row("Report to:", "Children and Young People Scrutiny Committee")
    row("Date:", "7 March 2025")
    row("Subject:", "Home to School and College Transport Policy 2025/26")
    row("Decision Reference:", "I032187")
    row("Key decision?", "Yes")
    pdf.ln(4)
    p("Summary:", 11, "B", gap=1)
    p("The Council is required to publish a Home to School and College Transport Policy each year. "
      "This report sets out the proposed policy for the 2025/26 academic year, which includes "
      "changes to the arrangements for post-16 students with special educational needs and "
      "disabilities (SEND) and the introduction of personal travel budgets as an option for "
      "families. A public consultation on the proposals took place between 11 November 2024 and "
      "5 January 2025. The Executive Councillor for Children's Services, Community Safety and "
      "Procurement is due to make a decision on the policy between 17 and 21 March 2025.")
    p("Actions Required:", 11, "B", gap=1)
    p("The Children and Young People Scrutiny Committee is invited to:", gap=1)
    p("1)  consider the report and the proposed Home to School and College Transport Policy "
      "2025/26 at Appendix A; and", gap=1)
    p("2)  agree any comments to be passed on to the Executive Councillor for Children's Services, "
      "Community Safety and Procurement in relation to this item.")

    p("1.  Background", 11, "B", gap=1)
    p("1.1  Home to school transport is a statutory duty under the Education Act 1996. In 2024/25 the "
      "Council is transporting 11,640 pupils and students each school day, of whom 2,910 have an "
      "Education, Health and Care Plan (EHCP). The forecast cost in 2024/25 is \u00a348.3m, an "
      "increase of \u00a36.1m on the previous year, reflecting both increased numbers of eligible "
      "pupils and increases in the prices charged by contractors.")
    p("1.2  There is no statutory duty to provide free transport for students aged 16 to 18, but the "
      "Council must publish a statement setting out the arrangements it makes to facilitate their "
      "attendance. The proposed policy retains free transport for post-16 students with SEND whose "
      "needs mean they cannot travel independently, but introduces a contribution of \u00a3690 per "
      "year for other post-16 students, in line with the charge made by neighbouring authorities.")
    p("1.3  Personal travel budgets would be offered as an alternative to a place on contracted "
      "transport. Families choosing a personal travel budget would receive a payment based on the "
      "distance travelled and make their own arrangements.")

    p("2.  Consultation Responses", 11, "B", gap=1)
    p("2.1  A total of 412 responses were received. The main questions and concerns raised by "
      "respondents are summarised below, with the Council's response:")
    for qa in [
        ("Will the post-16 contribution apply to students from low income families?",
         "No. Students eligible for free school meals, or whose families receive the maximum "
         "amount of Working Tax Credit, will not be charged."),
        ("How will the personal travel budget be calculated, and will it be reviewed?",
         "It will be calculated at 45p per mile for two return journeys each day and reviewed "
         "annually."),
        ("Why should families pay when the college is the nearest one offering the course?",
         "The contribution reflects the discretionary nature of post-16 transport; a hardship "
         "fund will be available in exceptional circumstances."),
    ]:
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(W, 5.2, typo("Q: " + qa[0]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(W, 5.2, typo("Response: " + qa[1]), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    p("3.  Legal Issues", 11, "B", gap=1)
    p("Equality Act 2010: an Equality Impact Analysis has been completed and is attached at "
      "Appendix B. It identifies a potential adverse impact on disabled students and on families "
      "on low incomes, which is mitigated by the exemptions and the hardship fund described above.")
    p("Joint Strategic Needs Analysis (JSNA) and the Joint Health and Wellbeing Strategy (JHWS): the "
      "decision has been considered and does not have a direct impact on the JSNA or the JHWS.")
    p("Crime and Disorder: there are no implications under section 17 of the Crime and Disorder Act "
      "1998.")

    p("4.  Conclusion", 11, "B", gap=1)
    p("The proposed policy meets the Council's statutory duties while helping to manage the rising "
      "cost of transport. It is recommended that the Executive Councillor approves the Home to "
      "School and College Transport Policy 2025/26 as set out at Appendix A, with effect from "
      "1 September 2025.")

    p("5.  Legal Comments", 11, "B", gap=1)
    p("The Council has the power to adopt the policy proposed. The decision is consistent with the "
      "Policy Framework and within the remit of the Executive Councillor.")
    p("6.  Resource Comments", 11, "B", gap=1)
    p("The proposals are expected to reduce the forecast cost of post-16 transport by approximately "
      "\u00a30.6m in a full year. This has been reflected in the budget proposals for 2025/26.")

    p("7.  Consultation", 11, "B", gap=1)
    p("a)  Has the Local Member been consulted?", style="B", gap=1)
    p("N/A")
    p("b)  Has the Executive Councillor been consulted?", style="B", gap=1)
    p("Yes")
    p("c)  Scrutiny Comments", style="B", gap=1)
    p("The decision will be considered by the Children and Young People Scrutiny Committee on "
      "7 March 2025 and the comments of the Committee will be reported to the Executive Councillor.")
    p("d)  Risks and Impact Analysis", style="B", gap=1)
    p("See the Equality Impact Analysis at Appendix B.")

    p("8.  Appendices", 11, "B", gap=1)
    p("Appendix A - Proposed Home to School and College Transport Policy 2025/26\n"
      "Appendix B - Equality Impact Analysis")
    p("9.  Background Papers", 11, "B", gap=1)
    p("No background papers within section 100D of the Local Government Act 1972 were used in the "
      "preparation of this report.")
    p("This report was written by Dominic Frayne, who can be contacted on 01832 552914 or by email "
      "at transport.policy@holmshire.gov.uk", size=9)
    pdf.output(path)


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------
def norm(s):
    s = s.lower()
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    if path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.endswith((".html", ".htm")):
        from bs4 import BeautifulSoup
        with open(path, encoding="utf-8") as f:
            return BeautifulSoup(f.read(), "html.parser").get_text(" ")
    with open(path, encoding="utf-8") as f:
        return f.read()


def count(phrase, text):
    return len(re.findall(r"(?<![a-z0-9])" + re.escape(phrase) + r"(?![a-z0-9])", text))


def check():
    ok = True
    for name in sorted(os.listdir(GOLD)):
        if not name.startswith("iw-"):
            continue
        with open(os.path.join(GOLD, name), encoding="utf-8") as f:
            g = json.load(f)
        path = os.path.join(DOCS, g["document"])
        if not os.path.exists(path):
            print(f"MISSING {g['document']}")
            ok = False
            continue
        text = norm(doc_text(path))
        if not text:
            print(f"EMPTY TEXT {g['document']}")
            ok = False
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        items = {i["number"] for i in g.get("items", [])}
        for row in g.get("questions", []) + g.get("resolutions", []):
            if row["item"] not in items:
                print(f"  unknown item {row['item']} in {name}")
                ok = False
        for kind, ph in phrases:
            n = count(norm(ph), text)
            words = len(ph.split())
            flag = "" if n == 1 else "  <-- FAIL"
            if not 6 <= words <= 15:
                flag += f"  <-- {words} words"
            if flag:
                ok = False
                print(f"{g['document']}: {kind} x{n}: {ph!r}{flag}")
        print(f"{g['document']}: {len(phrases)} phrases checked, doc_type {g['doc_type']}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    text = build_minutes()
    with open(os.path.join(DOCS, MIN_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(os.path.join(GOLD, MIN_NAME.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
        json.dump(minutes_gold(), f, indent=2, ensure_ascii=False)
        f.write("\n")
    build_report(os.path.join(DOCS, REP_NAME))
    with open(os.path.join(GOLD, REP_NAME.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
        json.dump({"document": REP_NAME, "doc_type": "report"}, f, indent=2)
        f.write("\n")
    print(f"wrote {MIN_NAME}, {REP_NAME} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
