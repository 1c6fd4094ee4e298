#!/usr/bin/env python3
"""Build the "bv-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_bv.py          build documents and gold
        build_bv.py --check  verify every gold phrase occurs once in its document
"""
import html, json, re, sys, textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS, GOLD = ROOT / "documents", ROOT / "gold"

# block kinds: ("p", text) ; ("qa", asked_by, q_text, q_phrase, kind, themes, a_text|None, a_phrase|None, given_by)
#              ("res", text, phrase, outcome, themes)

# ---------------------------------------------------------------- document 1 (HTML)
D1 = dict(
    file="bv-ashcombe-adult-care-health-scrutiny-2025-03-11.html",
    council="Ashcombe Borough Council",
    committee="Adult Care and Health Scrutiny Panel",
    date="2025-03-11", date_text="Tuesday 11 March 2025, 6.30pm, Committee Room 2, Ashcombe Civic Centre",
    present=[("Cllr Harriet Polglase", "Chair", "present"), ("Cllr Devan Mistry", "Vice-Chair", "present"),
             ("Cllr Owen Treharne", None, "present"), ("Cllr Sasha Littlewood", None, "present"),
             ("Cllr Bernadette Quayle", None, "present"), ("Cllr Imran Chaudry", None, "present")],
    officers=[("Maxine Orchard", "Director of Adult Social Care and Housing Services", "in_attendance"),
              ("Dr Felix Amadi", "Consultant in Public Health", "in_attendance"),
              ("Gareth Wynne", "Head of Commissioning and Contract Management (Adults)", "in_attendance"),
              ("Lorna Beckwith", "Associate Director of Primary Care, Ashcombe and Vale ICB", "in_attendance"),
              ("Tom Fairclough", "Democratic Services Officer", "in_attendance")],
    apologies=[("Cllr Rhys Penhallow", None, "apologies"), ("Cllr Annette Dowling", None, "apologies")],
    items=[
        ("1", "Apologies for absence", [("p", "Apologies were received from Cllr Rhys Penhallow and Cllr Annette Dowling. There were no substitutes.")]),
        ("2", "Declarations of interest", [("p", "Cllr Quayle declared a non-pecuniary interest in item 6 as her daughter is employed by a domiciliary care agency operating in the borough. She remained in the room.")]),
        ("3", "Minutes of the previous meeting", [
            ("res", "Decision: The minutes of the meeting held on 21 January 2025 were approved as a correct record and signed by the Chair.",
             "minutes of the meeting held on 21 January 2025 were approved", "agreed", [])]),
        ("4", "Public questions", [
            ("p", "One public question had been received in advance."),
            ("qa", "Mrs Glenys Arkwright", "Mrs Glenys Arkwright (resident, Hollins ward) – Why has the council not published the results of last autumn's survey of people receiving home care, and when will users see them?",
             "not published the results of last autumn's survey of people receiving home care", "question", ["patient-and-public-input", "adult-social-care"],
             "The Director of Adult Social Care and Housing Services apologised for the delay and said the survey findings would be published on the council website by the end of April together with an action plan.",
             "survey findings would be published on the council website by the end of April", "Director of Adult Social Care and Housing Services")]),
        ("5", "Home care recommissioning – outcome of tender", [
            ("p", "The Head of Commissioning and Contract Management (Adults) introduced the report, which set out the outcome of the competitive tender for home care across four geographical lots. Three lots had been awarded to independent providers and one lot, covering the rural east, had received no compliant bids and was being covered by an interim arrangement."),
            ("qa", "Cllr Treharne", "Cllr Treharne – Asked what would happen to the rural east lot if no provider came forward by the summer, and whether the council had considered running that lot in-house.",
             "whether the council had considered running that lot in-house", "question", ["privatisation", "subcontracting", "adult-social-care"],
             "The Head of Commissioning said an in-house option appraisal was under way and would be brought to the Panel in June; the interim provider had agreed a six-month extension.",
             "in-house option appraisal was under way and would be brought to the Panel", "Head of Commissioning"),
            ("qa", "Cllr Littlewood", "Cllr Littlewood – Raised concern that the hourly rate in the new contracts would not allow providers to pay care workers the real living wage.",
             "concern that the hourly rate in the new contracts would not allow providers", "concern", ["finance", "workforce", "subcontracting"],
             "The contracts included a contractual requirement to pay at least the real living wage, and the rate of £24.60 per hour had been modelled on that basis.",
             "the rate of £24.60 per hour had been modelled on that basis", None),
            ("qa", "Cllr Chaudry", "Cllr Chaudry – Requested that the Panel receive quarterly performance data on missed and late visits for each lot.",
             "receive quarterly performance data on missed and late visits for each lot", "request", ["subcontracting", "adult-social-care"],
             None, None, None),
            ("qa", "Cllr Mistry", "Cllr Mistry – Queried how many staff would transfer under TUPE from the outgoing providers and whether any had chosen to leave the sector.",
             "how many staff would transfer under TUPE from the outgoing providers", "question", ["workforce", "subcontracting"],
             "Around 140 care workers had transferred; the council did not hold figures on leavers but would ask the new providers for them.",
             "council did not hold figures on leavers but would ask the new providers", None),
            ("res", "Decision: The Panel noted the outcome of the home care tender and asked that the option appraisal for the rural east lot be presented to its June meeting.",
             "noted the outcome of the home care tender and asked that the option appraisal", "noted", ["subcontracting", "adult-social-care"])]),
        ("6", "Access to GP appointments in Ashcombe", [
            ("p", "Lorna Beckwith, Associate Director of Primary Care at Ashcombe and Vale ICB, gave a presentation on demand and capacity across the borough's eleven practices and two primary care networks."),
            ("qa", "Cllr Quayle", "Cllr Quayle – Said residents in Hollins and Marsh End still reported queuing on the telephone at 8am and being told to ring back the next day.",
             "still reported queuing on the telephone at 8am and being told to ring back", "comment", ["primary-care"],
             "The ICB said all practices had now moved to cloud telephony with call-back, and the 8am rush had fallen by a third since October.",
             "the 8am rush had fallen by a third since October", "ICB"),
            ("qa", "Cllr Polglase", "Cllr Polglase – Asked whether the ICB would share practice-level figures for appointments offered within two weeks.",
             "share practice-level figures for appointments offered within two weeks", "question", ["primary-care", "governance"],
             "Practice-level data was published nationally each month and the ICB would circulate a summary for Ashcombe practices after the meeting.",
             "would circulate a summary for Ashcombe practices after the meeting", "ICB"),
            ("qa", "Cllr Treharne", "Cllr Treharne – Asked how many additional roles funded through the primary care networks were vacant and whether pharmacists were being used to relieve pressure.",
             "additional roles funded through the primary care networks were vacant", "question", ["primary-care", "workforce", "finance"],
             "Seven of the 38 funded posts were vacant; clinical pharmacists were now in post in every practice.",
             "seven of the 38 funded posts were vacant", None),
            ("res", "Decision: The Panel noted the presentation and recommended that the ICB develop a patient engagement plan with Healthwatch Ashcombe before changes to appointment booking are made.",
             "recommended that the ICB develop a patient engagement plan with Healthwatch Ashcombe", "recommended", ["primary-care", "patient-and-public-input"])]),
        ("7", "Adult substance misuse service – mid-contract review", [
            ("p", "Dr Felix Amadi, Consultant in Public Health, presented the mid-contract review of the integrated drugs and alcohol service delivered by a national charity."),
            ("qa", "Cllr Littlewood", "Cllr Littlewood – Expressed concern that the reduction in the public health grant had led to the closure of the Marsh End satellite clinic.",
             "reduction in the public health grant had led to the closure of the Marsh End", "concern", ["public-health", "finance"],
             "Dr Amadi said the satellite clinic had been replaced by outreach sessions at two pharmacies and numbers in treatment had risen by 6 per cent.",
             "replaced by outreach sessions at two pharmacies and numbers in treatment had risen", "Dr Amadi"),
            ("qa", "Cllr Chaudry", "Cllr Chaudry – Asked whether people with lived experience had been involved in the review.",
             "whether people with lived experience had been involved in the review", "question", ["patient-and-public-input", "public-health"],
             "A peer panel of eight former service users had scored the provider against the outcomes framework.",
             "a peer panel of eight former service users had scored the provider", None),
            ("res", "Decision: The Panel noted the mid-contract review and endorsed the proposal to extend the contract for a further two years from April 2026.",
             "endorsed the proposal to extend the contract for a further two years", "agreed", ["subcontracting", "public-health"])]),
        ("8", "Adult social care budget monitoring – Quarter 3", [
            ("p", "The Director of Adult Social Care and Housing Services reported a forecast overspend of £2.1m, driven mainly by residential care placements for older people and the use of temporary accommodation for people awaiting adapted housing."),
            ("qa", "Cllr Mistry", "Cllr Mistry – Asked what proportion of the overspend related to delayed discharges from Ashcombe General Hospital.",
             "what proportion of the overspend related to delayed discharges from Ashcombe General", "question", ["finance", "adult-social-care"],
             "Roughly £600,000 reflected short-term placements made to support discharge; a joint review with the ICB was looking at Better Care Fund contributions.",
             "a joint review with the ICB was looking at Better Care Fund contributions", None),
            ("qa", "Cllr Polglase", "Cllr Polglase – Requested a breakdown of spending on agency social workers compared with the previous year.",
             "a breakdown of spending on agency social workers compared with the previous year", "request", ["finance", "workforce"],
             None, None, None),
            ("res", "Decision: The Panel noted the Quarter 3 budget position.", "the panel noted the quarter 3 budget position", "noted", ["finance", "adult-social-care"])]),
        ("9", "Work programme 2025/26", [
            ("res", "Decision: The Panel agreed the work programme, adding the in-house option appraisal for home care (June) and a session on dementia services (September).",
             "adding the in-house option appraisal for home care (June)", "agreed", [])]),
    ],
)

# ---------------------------------------------------------------- document 2 (TXT)
D2 = dict(
    file="bv-wenlock-bridge-tc-health-wellbeing-2025-06-17.txt",
    council="WENLOCK BRIDGE TOWN COUNCIL",
    committee="Health and Community Wellbeing Committee",
    date="2025-06-17",
    attendance_line=("Attendance: Cllrs M. Hebblethwaite (Ch), P. Okonjo (VCh), J. Carrow, S. Ferrand, D. Lusk, "
                     "R. Vennables; Officers: Mrs K. Dunmore (Town Clerk), Mr A. Pryce (Deputy Town Clerk and "
                     "Community Services Manager); Also present: Ms T. Rahman (Locality Director, Severn Marches "
                     "NHS Trust), Mr G. Holroyd (Healthwatch Severn Marches volunteer), 4 members of the public; "
                     "Apologies: Cllrs E. Stainthorpe, L. Quinney."),
    attendees=[("Cllr M. Hebblethwaite", "Ch", "present"), ("Cllr P. Okonjo", "VCh", "present"),
               ("Cllr J. Carrow", None, "present"), ("Cllr S. Ferrand", None, "present"),
               ("Cllr D. Lusk", None, "present"), ("Cllr R. Vennables", None, "present"),
               ("Mrs K. Dunmore", "Town Clerk", "in_attendance"),
               ("Mr A. Pryce", "Deputy Town Clerk and Community Services Manager", "in_attendance"),
               ("Ms T. Rahman", "Locality Director, Severn Marches NHS Trust", "in_attendance"),
               ("Mr G. Holroyd", "Healthwatch Severn Marches volunteer", "in_attendance"),
               ("Cllr E. Stainthorpe", None, "apologies"), ("Cllr L. Quinney", None, "apologies")],
    items=[
        ("12", "Apologies and Declarations of Interest", [
            ("p", "Apologies were received and accepted as above. Cllr Lusk declared a personal interest in Min. 15 as a volunteer driver for the Bridge Community Transport scheme."),
            ]),
        ("13", "Minutes of the Meeting Held on 15 April 2025", [
            ("res", "It was RESOLVED that the minutes of the meeting held on 15 April 2025 be approved and signed by the Chairman.",
             "minutes of the meeting held on 15 April 2025 be approved and signed", "agreed", [])]),
        ("14", "Public Participation", [
            ("p", "The meeting was adjourned for public participation. A resident of Castle Street spoke about the length of time taken to get a blood test at the Riverside Surgery, and a representative of the Wenlock Bridge Carers Group asked that the Committee keep the future of the community hospital under review. The meeting was reconvened."),
            ("g", "Resident of Castle Street", "length of time taken to get a blood test at the Riverside Surgery", "comment", ["primary-care"]),
            ("g", "Wenlock Bridge Carers Group", "keep the future of the community hospital under review", "request", []),
            ]),
        ("15", "Wenlock Bridge Community Hospital – Proposed Changes to Inpatient Beds", [
            ("p", "Ms Rahman outlined the Trust's proposal to close the 16 inpatient beds at the community hospital temporarily from September and move to a 'virtual ward' model supported by the rapid response team. The Trust was holding drop-in sessions in July."),
            ("qa", "Councillor Hebblethwaite", "Councillor Hebblethwaite: Asked whether the temporary closure would be treated as a substantial variation and referred to the county council's health scrutiny committee.",
             "whether the temporary closure would be treated as a substantial variation", "question", ["governance"],
             "Response (Ms Rahman): The Trust had written to the county's Health Overview and Scrutiny Committee and would follow its advice on whether formal consultation was required.",
             "would follow its advice on whether formal consultation was required", "Ms Rahman"),
            ("qa", "Councillor Carrow", "Councillor Carrow: Expressed concern that older residents discharged from Marchbury General would now have to recover at home without enough home care available locally.",
             "older residents discharged from Marchbury General would now have to recover at home", "concern", ["adult-social-care"],
             "Response (Ms Rahman): Care packages would be arranged before discharge and the Trust was working with the county council and two care agencies to increase capacity in the town.",
             "working with the county council and two care agencies to increase capacity", "Ms Rahman"),
            ("qa", "Councillor Ferrand", "Councillor Ferrand: Asked how many of the nursing posts on the ward were currently vacant and whether staffing problems were the real reason for the closure.",
             "whether staffing problems were the real reason for the closure", "question", ["workforce"],
             "Response (Ms Rahman): Six of the eleven registered nurse posts were vacant and the ward relied heavily on agency nurses, which was not safe or sustainable.",
             "six of the eleven registered nurse posts were vacant", "Ms Rahman"),
            ("qa", "Councillor Okonjo", "Councillor Okonjo: Requested that the drop-in sessions include an evening session and one in the outlying villages.",
             "drop-in sessions include an evening session and one in the outlying villages", "request", ["patient-and-public-input"],
             "Response (Ms Rahman): Agreed; a session at Clunford village hall would be added.",
             "a session at clunford village hall would be added", "Ms Rahman"),
            ("res", "It was RESOLVED that (1) the Town Council objects to the closure of inpatient beds without full public consultation; (2) the Town Clerk write to the chair of the county Health Overview and Scrutiny Committee asking that the proposal be considered at its next meeting.",
             "the town council objects to the closure of inpatient beds without full public consultation", "agreed", ["patient-and-public-input", "governance"])]),
        ("16", "Riverside Surgery and Primary Care Access – Report of the Deputy Town Clerk", [
            ("p", "Mr Pryce reported on his meeting with the practice manager and the primary care network clinical director, following complaints received at the Town Council office."),
            ("qa", "Councillor Vennables", "Councillor Vennables: Asked why the practice had stopped taking blood samples on site and whether patients now had to travel to Ludford.",
             "why the practice had stopped taking blood samples on site", "question", ["primary-care"],
             "Response (Mr Pryce): The phlebotomy service had been recommissioned by the ICB and awarded to a private provider operating from Ludford; the practice was seeking to host a weekly clinic.",
             "awarded to a private provider operating from Ludford", "Mr Pryce"),
            ("qa", "Councillor Lusk", "Councillor Lusk: Commented that the community transport scheme had seen a sharp rise in bookings for hospital and surgery trips and was struggling to find volunteer drivers.",
             "sharp rise in bookings for hospital and surgery trips", "comment", [],
             None, None, None),
            ("qa", "Councillor Hebblethwaite", "Councillor Hebblethwaite: Asked whether the pharmacy on Market Square would take up the Pharmacy First service to relieve pressure on GPs.",
             "would take up the Pharmacy First service to relieve pressure on GPs", "question", ["primary-care"],
             "Response (Mr Pryce): The pharmacist had confirmed it was already offering the service but few residents knew about it.",
             "already offering the service but few residents knew about it", "Mr Pryce"),
            ("res", "It was RESOLVED that the report be noted and that information on Pharmacy First be included in the next edition of the Town Council newsletter.",
             "information on Pharmacy First be included in the next edition", "noted", ["primary-care"])]),
        ("17", "Healthwatch Update", [
            ("p", "Mr Holroyd summarised the findings of the Healthwatch survey of 212 residents on access to NHS dentistry in the south of the county."),
            ("qa", "Councillor Carrow", "Councillor Carrow: Asked whether any practice in the town was accepting new adult NHS dental patients.",
             "whether any practice in the town was accepting new adult NHS dental patients", "question", ["primary-care"],
             "Response (Mr Holroyd): None was; the nearest was in Ludford and had a waiting list of around nine months.",
             "had a waiting list of around nine months", "Mr Holroyd"),
            ("res", "It was RESOLVED that the Healthwatch survey findings be noted with thanks.",
             "the healthwatch survey findings be noted with thanks", "noted", ["patient-and-public-input", "primary-care"])]),
        ("18", "Health and Wellbeing Grants 2025/26", [
            ("p", "The Committee considered six applications against a remaining budget of £4,500."),
            ("qa", "Councillor Okonjo", "Councillor Okonjo: Queried whether the walking football group's application duplicated funding already received from the county's public health team.",
             "duplicated funding already received from the county's public health team", "question", ["finance", "public-health"],
             "Response (Town Clerk): The county award covered equipment only; the Town Council grant would meet pitch hire.",
             "the county award covered equipment only", "Town Clerk"),
            ("res", "It was RESOLVED that grants be awarded as follows: Bridge Carers Group £1,500; Walking Football £750; Young Minds Matter (Wenlock Bridge) £1,200; the remaining applications be deferred to September.",
             "grants be awarded as follows: Bridge Carers Group £1,500", "agreed", ["finance"])]),
        ("19", "Date of Next Meeting", [
            ("p", "Tuesday 16 September 2025 at 7.00pm in the Guildhall. The meeting closed at 9.12pm."),
            ]),
    ],
)

# ---------------------------------------------------------------- renderers
def esc(s):
    return html.escape(s, quote=False)

SPAN = 'font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;vertical-align:baseline;white-space:pre-wrap'
BOLD = SPAN.replace("font-weight:400", "font-weight:700")

def p_html(inner):
    return f'<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:10pt">{inner}</p>'

def render_html(d):
    out = []
    out.append('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Minutes – 11 March 2025 – Ashcombe Adult Care and Health Scrutiny Panel</title>'
               '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>')
    out.append('<div class="zDUgLc" jsname="T0r8Ve"><header class="BbxBP"><div class="QTKDff">Ashcombe Borough Council – Scrutiny</div>'
               '<nav><ul class="jYxBte"><li><a href="/view/ashcombe-scrutiny/home">Home</a></li><li><a href="/view/ashcombe-scrutiny/panels">Panels</a></li>'
               '<li><a href="/view/ashcombe-scrutiny/minutes">Minutes</a></li></ul></nav></header>')
    out.append('<div role="main" tabindex="-1" class="UtePc RCETm">')
    out.append('<section class="yaqOZd"><div class="tyJCtd mGzaTb baZpAe">')
    out.append(p_html(f'<span style="{BOLD};font-size:20pt">Adult Care and Health Scrutiny Panel – Minutes</span>'))
    out.append(p_html(f'<span style="{SPAN}">{esc(d["date_text"])}</span>'))
    pres = "<br>".join(esc(n + (f" ({r})" if r else "")) for n, r, _ in d["present"])
    out.append(p_html(f'<span style="{SPAN}">Present: Cllrs<br>{pres.replace("Cllr ", "")}</span>'))
    offs = "<br>".join(esc(f"{n} – {r}") for n, r, _ in d["officers"])
    out.append(p_html(f'<span style="{SPAN}">Officers:<br>{offs}</span>'))
    aps = "<br>".join(esc(n) for n, _, _ in d["apologies"])
    out.append(p_html(f'<span style="{SPAN}">Apologies: Cllrs<br>{aps.replace("Cllr ", "")}</span>'))
    out.append('</div></section><section class="yaqOZd"><div class="tyJCtd mGzaTb baZpAe">')
    for num, title, blocks in d["items"]:
        out.append(p_html(f'<span style="{BOLD}">{esc(num)}. {esc(title)}</span>'))
        for b in blocks:
            if b[0] == "p":
                out.append(p_html(f'<span style="{SPAN}">{esc(b[1])}</span>'))
            elif b[0] == "qa":
                inner = f'<span style="{SPAN}">{esc(b[2])}</span>'
                if b[6]:
                    inner += f'<br><span style="{SPAN}">Answer – {esc(b[6])}</span>'
                out.append(p_html(inner))
            elif b[0] == "res":
                out.append(p_html(f'<span style="{SPAN}">{esc(b[1])}</span>'))
    out.append(p_html(f'<span style="{SPAN};font-style:italic">The meeting ended at 8.47pm. These minutes are subject to approval at the next meeting of the Panel.</span>'))
    out.append('</div></section></div>')
    out.append('<footer class="dZA9kd"><div class="sites-footer">Report abuse · Page details · Page updated 14 March 2025</div></footer></div></body></html>')
    return "\n".join(out) + "\n"

def wrap(s, width=78):
    return textwrap.fill(s, width=width, subsequent_indent="    ", break_on_hyphens=False, break_long_words=False)

def render_txt(d):
    L = []
    L += [d["council"].center(78).rstrip(), "", d["committee"].upper().center(78).rstrip(), "",
          wrap("Minutes of the meeting of the Health and Community Wellbeing Committee held in the Council Chamber, "
               "The Guildhall, Bridge Street, Wenlock Bridge on Tuesday 17 June 2025 at 7.00pm."), "",
          wrap(d["attendance_line"]), ""]
    for num, title, blocks in d["items"]:
        L += ["* * *", "", f"{title} (Min. {num})", ""]
        for b in blocks:
            if b[0] == "p":
                L += [textwrap.fill(b[1], 78, break_on_hyphens=False), ""]
            elif b[0] == "qa":
                L.append(wrap(b[2]))
                if b[6]:
                    L.append(wrap(b[6]))
                L.append("")
            elif b[0] == "res":
                L += [wrap(b[1]), ""]
    L += ["* * *", "", "Signed ............................ (Chairman)      Date ..................", ""]
    return "\n".join(L)

# ---------------------------------------------------------------- gold
def gold(d, attendees):
    items, qs, rs = [], [], []
    for num, title, blocks in d["items"]:
        items.append({"number": num, "title": title})
        for b in blocks:
            if b[0] == "qa":
                qs.append({"item": num, "kind": b[4], "text": b[3], "asked_by": b[1], "answer": b[7],
                           "given_by": b[8], "themes": b[5]})
            elif b[0] == "g":
                qs.append({"item": num, "kind": b[3], "text": b[2], "asked_by": b[1], "answer": None,
                           "given_by": None, "themes": b[4]})
            elif b[0] == "res":
                rs.append({"item": num, "text": b[2], "outcome": b[3], "themes": b[4]})
    return {"document": d["file"], "doc_type": "minutes", "committee": d["committee"], "meeting_date": d["date"],
            "items": items, "questions": qs, "resolutions": rs,
            "attendees": [{"name": n, "role": r, "attendance": a} for n, r, a in attendees]}

def norm(s):
    return " " + " ".join(re.sub(r"[^\w£]+", " ", s.lower()).split()) + " "

def source_text(path):
    t = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        t = re.sub(r"<br\s*/?>", "\n", t)
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t

def check():
    ok = True
    for g in sorted(GOLD.glob("bv-*.json")):
        data = json.loads(g.read_text())
        src = norm(source_text(DOCS / data["document"]))
        phrases = []
        for q in data["questions"]:
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        phrases += [("resolution", r["text"]) for r in data["resolutions"]]
        for kind, ph in phrases:
            n = src.count(norm(ph))
            wc = len(ph.split())
            if n != 1 or not 6 <= wc <= 15:
                ok = False
                print(f"FAIL {g.name} {kind}: count={n} words={wc}: {ph}")
        print(f"{g.name}: items={len(data['items'])} questions={len(data['questions'])} "
              f"resolutions={len(data['resolutions'])} attendees={len(data['attendees'])}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def build():
    DOCS.mkdir(parents=True, exist_ok=True); GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / D1["file"]).write_text(render_html(D1), encoding="utf-8")
    (DOCS / D2["file"]).write_text(render_txt(D2), encoding="utf-8")
    for d, att in ((D1, [(n.replace("Cllr ", ""), r, a) for n, r, a in D1["present"] + D1["officers"] + D1["apologies"]]), (D2, D2["attendees"])):
        (GOLD / (Path(d["file"]).stem + ".json")).write_text(
            json.dumps(gold(d, att), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
