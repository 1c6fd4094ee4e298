#!/usr/bin/env python3
"""Build the "ml-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ml.py           build documents/ml-* and gold/ml-*.json
        build_ml.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "ml-glassmoor-overview-scrutiny-commission-2025-12-08.html"
OTHER_NAME = "ml-glassmoor-budget-consultation-questionnaire-2026-27.pdf"

NBSP = "\u00a0"
TAB = NBSP * 10          # a Word tab pasted into ModernGov
SYMBOL_BULLET = (
    '<span style="font-family:Symbol">\u00b7<span style="font:7.0pt \'Times New Roman\'">'
    + "&nbsp;" * 9 + "</span></span>"
)
STAR = '<span style="font-family:Symbol">*</span>' + "&nbsp;" * 11


def e(text):
    return html.escape(text, quote=False)


def para(text, style=None):
    st = f' style="{style}"' if style else ""
    return f'<p class="MsoNormal"{st}>{e(text)}</p>\n'


def blank():
    return '<p class="MsoNormal">&nbsp;</p>\n'


def bullet(text, level=1):
    indent = 36 * level
    return (f'<p class="MsoListParagraph" style="margin-left:{indent}.0pt;text-indent:-18.0pt">'
            f'{SYMBOL_BULLET}{e(text)}</p>\n')


def resolved(first, clauses=None):
    """A decision marked with a Symbol star, then "Resolved that ..." and clauses."""
    out = (f'<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt">'
           f'<b>{STAR}</b><b>{e(first)}</b></p>\n')
    for num, clause in clauses or []:
        out += (f'<p class="MsoNormal" style="margin-left:72.0pt;text-indent:-36.0pt">'
                f'{e(num)}{"&nbsp;" * 8}{e(clause)}</p>\n')
    return out


def doc_link(label, href, size):
    return (f'<a href="{href}" class="mgAiTitleLnk" title="Link to document \'{e(label)}\'">'
            f'{e(label)} <img src="mgimages/pdf.png" alt="pdf icon" class="mgPdfIconPad" '
            f'width="16" height="16" /> <span class="mgHide">PDF</span> {size}</a>')


# --------------------------------------------------------------------------- content

INVITED_28 = ("The Cabinet Member for Corporate Services and Finance, Councillor Seddon and the "
              "Director of Finance, Sandra Fairhurst have been invited to attend the meeting.")
INVITED_31 = ("The Place Director, Glassmoor (Parr Valley Integrated Care Board), Dr Alison Crook "
              "and the Executive Director of Integrated Health and Care, Ian Blundell have been "
              "invited to attend the meeting.")
INVITED_32 = ("Councillor Pendlebury, Chair of the Home Care Task and Finish Group, will present "
              "the report.")

ITEMS = []   # (number, title, title_html, invited, additional_docs, minutes_html)

# Unnumbered first row: the attendance, as in the printed minutes.
ATTENDANCE_HTML = (
    '<p class="MsoNormal"><b>Present:</b>' + TAB + 'Councillor Tarleton (Chair)</p>\n'
    '<p class="MsoNormal" style="margin-left:72.0pt">Councillors Ashworth (Vice-Chair), Cropper, '
    'Finney, A Gorton, J Gorton, Heyes, Lowe, Pendlebury, Rimmer, Swift and Winstanley</p>\n'
    + blank() +
    '<p class="MsoNormal"><b>Co-opted Member:</b>' + NBSP * 3 + 'Mr P Dainty</p>\n'
    + blank() +
    '<p class="MsoNormal"><b>Also Present:</b>' + NBSP * 4 + 'Councillor Seddon (Cabinet Member '
    '\u2013 Corporate Services and Finance)</p>\n'
    '<p class="MsoNormal" style="margin-left:72.0pt">Councillor Leyland (Cabinet Member \u2013 '
    'Integrated Health and Adult Social Care)</p>\n'
    + blank() +
    '<p class="MsoNormal"><b>Officers:</b>' + TAB + 'Sandra Fairhurst (Director of Finance)</p>\n'
    '<p class="MsoNormal" style="margin-left:72.0pt">Ian Blundell (Executive Director of '
    'Integrated Health and Care)</p>\n'
    '<p class="MsoNormal" style="margin-left:72.0pt">Neil Brannigan (Assistant Director, Strategy '
    'and Performance)</p>\n'
    '<p class="MsoNormal" style="margin-left:72.0pt">Martin Jolley (Head of Legal and Democratic '
    'Services)</p>\n'
    '<p class="MsoNormal" style="margin-left:72.0pt">Karl Eden (Scrutiny Support Officer)</p>\n'
    + blank() +
    '<p class="MsoNormal"><b>Partners:</b>' + TAB + 'Dr Alison Crook (Place Director, Glassmoor '
    '\u2013 Parr Valley Integrated Care Board) (for Minute 31)</p>\n'
)

# 24 Apologies
ITEMS.append(("24.", "Apologies for Absence", None, None, None,
              para("Apologies for absence were received from Councillors Birchall and Kenyon "
                   "and Mrs R Whittle.")))

# 25 Minutes
ITEMS.append(("25.", "Minutes of the meeting held on 15 September 2025",
              doc_link("Minutes of the meeting held on 15 September 2025",
                       "documents/s61208/Minutes%20OSC%2015%20September%202025.pdf", "98 KB"),
              None, None,
              resolved("Resolved that the minutes of the meeting held on 15 September 2025, be "
                       "approved and signed.")
              + blank()
              + para("It was noted that the information requested at Minute 19(2) on the number "
                     "of agency social workers employed by the Council had been circulated to "
                     "Members on 3 October 2025.")))

# 26 Declarations
ITEMS.append(("26.", "Declaration of Interest from Members", None, None, None,
              para("Councillor Winstanley declared a personal interest in Minute 32 (Home Care "
                   "Task and Finish Group \u2013 Final Report) as a close family member was in "
                   "receipt of home care services commissioned by the Council. Councillor "
                   "Winstanley remained in the meeting and took part in the discussion.")))

# 27 Key decisions
ITEMS.append(("27.", "Public Notice of Key Decisions",
              doc_link("Public Notice of Key Decisions",
                       "documents/s61231/Public%20Notice%20of%20Key%20Decisions.pdf", "61 KB"),
              None,
              [("Appendix 1 - Public Notice of Key Decisions 18 November 2025",
                "documents/s61232/Appendix%201.pdf", "143 KB")],
              para("A report was submitted which updated the Overview and Scrutiny Commission on "
                   "Key Decisions that the Cabinet expected to make.")
              + blank()
              + para("A Public Notice of Key Decisions published on 18 November 2025 was attached "
                     "at Appendix 1 to the report. A brief description of each Key Decision had "
                     "been included in the report for Members to consider and identify any issues "
                     "of particular relevance to the work programmes of the Overview and Scrutiny "
                     "Committees.")
              + blank()
              + para("Councillor Rimmer queried why the decision on the award of the contract for "
                     "the replacement of the refuse collection fleet had been moved from the "
                     "December meeting of Cabinet to February 2026. The Head of Legal and "
                     "Democratic Services advised that the procurement timetable had been "
                     "extended by eight weeks following clarification questions from two of the "
                     "bidders, and that the revised date would not affect the delivery of the new "
                     "vehicles before the current lease arrangements ended in September 2026.")
              + blank()
              + resolved("Resolved that the report and the Public Notice of Key Decisions be "
                         "noted.")))

# 28 Financial monitoring
ITEMS.append(("28.", "Financial Monitoring Report 2025/26 \u2013 Quarter 2",
              doc_link("Financial Monitoring Report 2025/26 \u2013 Quarter 2",
                       "documents/s61240/Financial%20Monitoring%20Report%20Q2.pdf", "1 MB"),
              INVITED_28,
              [("Appendix 1 - Revenue Budget Monitoring Quarter 2, item 28",
                "documents/s61241/Appendix%201%20Revenue.pdf", "412 KB"),
               ("Appendix 2 - Capital Programme Quarter 2, item 28",
                "documents/s61242/Appendix%202%20Capital.pdf", "233 KB")],
              para("(Reported to Cabinet on 19 November 2025)")
              + blank()
              + para("A report was submitted which provided the Commission with the financial "
                     "position of the Council for the period April to September 2025 (Quarter 2) "
                     "and a forecast of the outturn position for 2025/26.")
              + blank()
              + para("The Director of Finance outlined the report and informed the Commission "
                     "that a forecast net overspend of \u00a34.812m was projected against the net "
                     "revenue budget of \u00a3214.390m. The main pressures were within Children\u2019s "
                     "Social Care placements (\u00a33.605m), Home to School Transport (\u00a31.240m) and "
                     "Adult Social Care packages (\u00a31.118m), which were partly offset by one-off "
                     "corporate underspends, including additional treasury management income of "
                     "\u00a30.950m. Delivery of the 2025/26 savings programme was forecast at 71%, with "
                     "\u00a32.146m of savings rated red or amber, and alternative savings of \u00a30.640m "
                     "were proposed to Cabinet. The capital programme had been re-profiled to "
                     "\u00a361.7m, with slippage of \u00a38.3m into 2026/27, mainly on the Town Centre "
                     "Masterplan and the Moorfoot Lane highway improvement scheme. Members were "
                     "reminded that recruitment controls had been in place since July 2025 and that "
                     "Directors had been asked to identify further in-year spending reductions.")
              + blank()
              + para("Councillor Rimmer expressed concern that the overspend on children\u2019s "
                     "placements had increased for a third consecutive quarter and asked what "
                     "assurance could be given that the recovery plan would bring spending back "
                     "within budget. The Director of Finance advised that the pressure reflected a "
                     "small number of very high cost residential placements, some in excess of "
                     "\u00a312,000 per week, and that the Children\u2019s Sufficiency Strategy, including "
                     "two in-house children\u2019s homes due to open in spring 2026, was expected to "
                     "reduce the Council\u2019s reliance on external providers from 2026/27 onwards.")
              + blank()
              + para("In response to a question from Councillor Ashworth regarding the recruitment "
                     "controls, the Cabinet Member for Corporate Services and Finance stated that "
                     "all vacant posts were now considered by a weekly vacancy management panel "
                     "chaired by the Chief Executive, and that frontline posts in social care and "
                     "waste collection had been exempted in order to protect services.")
              + blank()
              + para("Councillor Swift asked whether the additional treasury management income was "
                     "likely to continue into the next financial year. The Director of Finance "
                     "explained that interest rates were expected to fall during 2026, and that "
                     "the income should be regarded as one-off and had not been built into the "
                     "base budget.")
              + blank()
              + para("Councillor Pendlebury commented that the level of slippage on the capital "
                     "programme had been raised at every meeting of the Commission this municipal "
                     "year and that Members would wish to see a more realistic profile set at the "
                     "start of each year.")
              + blank()
              + resolved("Resolved that:",
                         [("(1)", "the forecast revenue overspend position for 2025/26 be noted;"),
                          ("(2)", "the latest position regarding the implementation of 2025/26 "
                                  "budget savings and the proposed alternative savings be noted; "
                                  "and"),
                          ("(3)", "the re-profiling of the capital programme be noted.")])))

# 29 MTFS
ITEMS.append(("29.", "Medium Term Financial Strategy 2026/27 \u2013 2028/29 and Budget Consultation",
              doc_link("Medium Term Financial Strategy 2026/27 \u2013 2028/29 and Budget "
                       "Consultation", "documents/s61250/MTFS%202026-29.pdf", "689 KB"),
              INVITED_28.replace("have been invited", "have also been invited"),
              None,
              para("A report was submitted which set out the Council\u2019s draft Medium Term "
                   "Financial Strategy (MTFS) for the period 2026/27 to 2028/29, the assumptions "
                   "which underpinned the forecast budget gap and the arrangements for "
                   "consultation on the 2026/27 budget proposals, which would run from 10 "
                   "December 2025 to 21 January 2026.")
              + blank()
              + para("The Director of Finance reported that, in advance of the Provisional Local "
                     "Government Finance Settlement, the cumulative budget gap over the three years "
                     "of the MTFS was estimated at \u00a327.4m, of which \u00a311.9m related to 2026/27. "
                     "The assumptions included a council tax increase of 4.99% (including the 2% "
                     "adult social care precept), a pay award of 3% and an uplift of 6.5% in the "
                     "fees paid to adult social care providers. The outcome of the Fair Funding "
                     "Review and the multi-year settlement remained the most significant risk to "
                     "the Council\u2019s financial position, and the figures would be updated when "
                     "the Provisional Settlement was received.")
              + blank()
              + para("Members raised the following points:-")
              + blank()
              + bullet("Whether the proposed uplift in fees to care providers would be sufficient "
                       "to cover the increase in employers\u2019 national insurance contributions and "
                       "the National Living Wage. The Director of Finance advised that the uplift "
                       "had been modelled on the cost of care exercise carried out in 2024 and "
                       "included an allowance for both, but that discussions with providers were "
                       "ongoing;")
              + bullet("Concern that residents had low awareness of previous budget consultations, "
                       "with only 612 responses received last year, and that the consultation "
                       "should be promoted through libraries, community centres and ward "
                       "councillors\u2019 newsletters. The Cabinet Member welcomed the suggestion and "
                       "advised that paper copies of the questionnaire would be available at all "
                       "libraries and at the Town Hall reception;")
              + bullet("Whether any of the savings proposals would involve transferring services "
                       "to external providers or to a Council-owned trading company. It was "
                       "confirmed that no such proposals were included in the draft MTFS, although "
                       "the options appraisal on the future operation of the leisure centres would "
                       "be reported to Cabinet in February 2026; and")
              + bullet("The risk of using reserves to balance the 2026/27 budget, given that "
                       "general fund reserves stood at \u00a39.2m, below the minimum level "
                       "recommended in the Council\u2019s Reserves Strategy.")
              + blank()
              + resolved("Resolved that:",
                         [("(1)", "the draft Medium Term Financial Strategy 2026/27 to 2028/29 be "
                                  "noted; and"),
                          ("(2)", "the comments of the Commission be submitted to Cabinet as part "
                                  "of the 2026/27 budget consultation process.")])
              + blank()
              + para("Councillor Lowe left the meeting during discussion of the following item.",
                     "font-style:italic")))

# 30 Performance
ITEMS.append(("30.", "Quarter 2 Performance Report 2025/26",
              doc_link("Quarter 2 Performance Report 2025/26",
                       "documents/s61262/Q2%20Performance%20Report.pdf", "2 MB"),
              None,
              [("Appendix 1 - Council Plan Indicators Q2 2025-26",
                "documents/s61263/Appendix%201%20Indicators.pdf", "874 KB")],
              para("(Reported to Cabinet on 19 November 2025)")
              + blank()
              + para("A report was submitted which presented performance against the priorities "
                     "of the Council Plan 2024-2030 for Quarter 2 of 2025/26. Of the 64 indicators "
                     "reported, 38 were on or above target, 11 were within tolerance and 15 were "
                     "off target. The Assistant Director, Strategy and Performance drew Members\u2019 "
                     "attention to the improvement in the percentage of complaints responded to "
                     "within timescale and to the off-target indicators in the Place and People "
                     "portfolios, for which remedial actions were set out at Appendix 1.")
              + blank()
              + para("Members asked questions which were answered at the meeting in relation to; "
                     "the number of households in temporary accommodation, the timeliness of "
                     "Education, Health and Care Plans issued within 20 weeks, the percentage of "
                     "Freedom of Information requests responded to within 20 working days and "
                     "levels of staff sickness absence.")
              + blank()
              + para("Councillor Heyes queried the increase in the number of families placed in "
                     "bed and breakfast accommodation, which had risen from 9 to 23 since March. "
                     "The Assistant Director, Strategy and Performance advised that the increase "
                     "reflected a rise in evictions from the private rented sector and that the "
                     "Council had acquired 14 properties through the Local Authority Housing Fund "
                     "to reduce its reliance on bed and breakfast.")
              + blank()
              + para("Councillor Cropper requested that future reports show the trend over the "
                     "previous four quarters alongside each off-target indicator. The Assistant "
                     "Director agreed that this would be included from the Quarter 3 report.")
              + blank()
              + para("The Commission noted the report and the performance position at the end of "
                     "Quarter 2.")))

# 31 Place partnership
ITEMS.append(("31.", "Glassmoor Together Place Partnership Update", None, INVITED_31, None,
              para("The Place Director, Glassmoor and the Executive Director of Integrated Health "
                   "and Care gave a presentation on the progress of the Glassmoor Together Place "
                   "Partnership.")
              + blank()
              + para("The presentation detailed the following:-")
              + blank()
              + bullet("Glassmoor Together \u2013 our Place priorities;")
              + bullet("Health inequalities and life expectancy;")
              + bullet("Access to primary care;")
              + bullet("Urgent and emergency care and winter planning;")
              + bullet("Hospital discharge and the Better Care Fund;")
              + bullet("Mental health crisis support; and")
              + bullet("Next steps.")
              + blank()
              + para("Councillor Winstanley stated that residents in Lingwell and Hallowmere "
                     "continued to report difficulty in obtaining GP appointments by telephone, "
                     "particularly at 8.00am, and asked what was being done to improve access. Dr "
                     "Crook advised that all 27 practices in the borough had now moved to "
                     "cloud-based telephony with a call-back facility, that online consultation "
                     "was available at every practice and that additional appointments were being "
                     "provided through the Primary Care Network hubs on weekday evenings and "
                     "Saturday mornings.")
              + blank()
              + para("In response to a question from Councillor Finney regarding delayed "
                     "discharges, the Executive Director of Integrated Health and Care reported "
                     "that the number of Glassmoor residents in hospital with no criteria to "
                     "reside had fallen from an average of 58 to 41 since April, and that the "
                     "Better Care Fund was supporting an additional 30 reablement packages each "
                     "week over the winter period.")
              + blank()
              + para("Councillor J Gorton raised concerns about waiting times for children and "
                     "young people\u2019s mental health services, which she had been told exceeded "
                     "40 weeks for a first appointment. Dr Crook acknowledged that waiting times "
                     "remained too long and agreed to provide the Commission with a written "
                     "breakdown of waiting times by pathway.")
              + blank()
              + para("Councillor Rimmer asked whether the requirement on Integrated Care Boards to "
                     "reduce their running costs by 50% would affect the staff supporting the "
                     "Place Partnership in Glassmoor. Dr Crook stated that the national changes "
                     "were still being worked through and that she was not in a position to give "
                     "a definitive answer, but that the ICB Board had reaffirmed its commitment to "
                     "place-based working.")
              + blank()
              + para("Councillor Swift commented that the presentation had not addressed the "
                     "closure of the walk-in centre at Parrside Health Centre and asked that this "
                     "be included in the next update to Members.")
              + blank()
              + resolved("Resolved that:",
                         [("(1)", "the presentation be noted; and"),
                          ("(2)", "a further update, including the breakdown of mental health "
                                  "waiting times by pathway, be submitted to a future meeting of "
                                  "the Adult Social Care and Health Overview and Scrutiny "
                                  "Committee.")])))

# 32 Home care task group
ITEMS.append(("32.", "Home Care Task and Finish Group \u2013 Final Report",
              doc_link("Home Care Task and Finish Group \u2013 Final Report",
                       "documents/s61275/Home%20Care%20TFG%20Final%20Report.pdf", "1 MB"),
              INVITED_32,
              [("Appendix 1 - Recommendations of the Task and Finish Group",
                "documents/s61276/Appendix%201%20Recommendations.pdf", "96 KB")],
              para("A report was submitted and outlined by Councillor Pendlebury, Chair of the "
                   "Task and Finish Group, which informed the Commission of the findings and "
                   "recommendations of the scrutiny review of home care which had been "
                   "commissioned by the Adult Social Care and Health Overview and Scrutiny "
                   "Committee and approved by that Committee on 11 November 2025.")
              + blank()
              + para("The review had examined the Council\u2019s framework for the provision of home "
                     "care, which was delivered by 19 external providers across four geographical "
                     "zones, and had taken evidence from providers, care workers, people who used "
                     "the service and their families, Healthwatch Glassmoor and officers. The "
                     "report proposed eleven recommendations to Cabinet, which were detailed at "
                     "Appendix 1, including moving to payment on planned rather than actual hours, "
                     "a minimum of 30 minutes for visits which involved personal care and the "
                     "payment of the Real Living Wage as a condition of the new framework from "
                     "April 2027.")
              + blank()
              + para("Councillor Cropper asked whether the Council had considered bringing some "
                     "home care back in-house, as other authorities had done. Councillor "
                     "Pendlebury explained that the Task Group had received evidence on in-house "
                     "provision from two other councils but had concluded that a full options "
                     "appraisal was beyond its remit, and that recommendation 9 asked Cabinet to "
                     "undertake one before the framework was recommissioned.")
              + blank()
              + para("Councillor Ashworth queried the cost of the Real Living Wage recommendation. "
                     "The Cabinet Member for Integrated Health and Adult Social Care advised that "
                     "the additional cost had been estimated at \u00a31.9m a year, which had not been "
                     "included in the draft MTFS, and that it would need to be considered as part "
                     "of the budget process for 2027/28.")
              + blank()
              + para("A Member expressed concern that people interviewed by the Task Group had "
                     "described frequent changes of care worker and visits being cut short, "
                     "particularly in the evenings.")
              + blank()
              + para("The Chair thanked Councillor Pendlebury and the Members of the Task and "
                     "Finish Group for their work.")
              + blank()
              + resolved("Resolved that the recommendations of the Home Care Task and Finish "
                         "Group, as set out at Appendix 1 to the report, be approved and submitted "
                         "to Cabinet for consideration.")))

# 33 Work programmes
ITEMS.append(("33.", "Scrutiny Work Programmes 2025/26",
              doc_link("Scrutiny Work Programmes 2025/26",
                       "documents/s61281/Scrutiny%20Work%20Programmes.pdf", "187 KB"),
              None,
              [("Appendix 1 - OSC Work Programme 2025-26",
                "documents/s61282/Appendix%201.pdf", "52 KB"),
               ("Appendix 2 - Committee Work Programmes 2025-26",
                "documents/s61283/Appendix%202.pdf", "118 KB")],
              para("A report was submitted which set out the work programmes of the Overview and "
                   "Scrutiny Commission and the three Overview and Scrutiny Committees for "
                   "2025/26 and the progress made against them.")
              + blank()
              + para("The Scrutiny Support Officer advised that the Children and Young People\u2019s "
                     "Services Overview and Scrutiny Committee had added a spotlight review of "
                     "school attendance to its work programme following its October meeting, and "
                     "that the Place Services Overview and Scrutiny Committee would consider the "
                     "draft Housing Strategy at its meeting in February 2026.")
              + blank()
              + para("Councillor Finney requested that an item on the Council\u2019s use of agency "
                     "staff and interim managers be added to the Commission\u2019s work programme.")
              + blank()
              + resolved("Resolved that:",
                         [("(1)", "the work programmes of the Commission and the Overview and "
                                  "Scrutiny Committees be noted; and"),
                          ("(2)", "an item on the use of agency staff and interim managers be "
                                  "included on the agenda for the meeting to be held on 9 March "
                                  "2026.")])))

# 34 Date of next meeting
ITEMS.append(("34.", "Date of Next Meeting", None, None, None,
              para("The next meeting of the Overview and Scrutiny Commission would be held on "
                   "Monday, 9 March 2026 at 5.30pm in the Council Chamber, Town Hall.")))


# --------------------------------------------------------------------------- page

def item_row(number, title, title_html, invited, additional, minutes_html):
    cells = [f'<tr>\n<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{e(number)}</p></td>\n'
             '<td>\n']
    cells.append(f'<p class="mgAiTitleTxt">{title_html or e(title)}</p>\n')
    if invited:
        cells.append('<div class="mgWordPara">\n'
                     f'<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt">'
                     f'{SYMBOL_BULLET}<i>{e(invited)}</i></p>\n</div>\n')
    if additional:
        cells.append('<div class="mgLinks"><p class="mgSubItemTitleTxt">Additional documents:</p>\n'
                     '<ul class="mgActionList">\n')
        for label, href, size in additional:
            cells.append(f'<li>{doc_link(label, href, size)}</li>\n')
        cells.append('</ul></div>\n')
    cells.append('<div class="mgWordPara"><p class="mgSubItemTitleTxt">Minutes:</p>\n'
                 f'<div class="mgWordPara">\n{minutes_html}</div>\n</div>\n')
    cells.append('</td>\n</tr>\n')
    return "".join(cells)


def build_html():
    rows = ['<tr>\n<td class="mgItemNumberCell">&nbsp;</td>\n<td>\n'
            f'<div class="mgWordPara">\n{ATTENDANCE_HTML}</div>\n</td>\n</tr>\n']
    for it in ITEMS:
        rows.append(item_row(*it))
    items_table = ("".join(rows))
    return f"""<!DOCTYPE html>
<!-- saved from url=(0081)https://moderngov.glassmoor.gov.uk/ieListDocuments.aspx?CId=114&amp;MId=8123&amp;Ver=4 -->
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Agenda for Overview and Scrutiny Commission on Monday, 8th December, 2025, 5.30 pm | Glassmoor Borough Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="./ieListDocuments_files/glassmoor.css" type="text/css">
<link rel="stylesheet" href="./ieListDocuments_files/mgStyles.css" type="text/css">
<style>p.MsoNormal{{margin:0cm;font-size:12pt;font-family:Arial,sans-serif}} .mgHide{{position:absolute;left:-9999px}}</style>
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie consent">
<p>We use some essential cookies to make this website work. We&#8217;d like to set additional cookies to understand how you use the site and improve our services.</p>
<button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button> <a href="https://www.glassmoor.gov.uk/cookies">View cookies</a>
</div>
<a class="skip-link" href="#mgMainContent">Skip to main content</a>
<header class="site-header">
<div class="site-header__logo"><a href="https://www.glassmoor.gov.uk/"><img src="./ieListDocuments_files/glassmoor-logo.svg" alt="Glassmoor Borough Council home page"></a></div>
<nav class="site-header__nav" aria-label="Main menu"><ul>
<li><a href="https://www.glassmoor.gov.uk/bins-and-recycling">Bins and recycling</a></li>
<li><a href="https://www.glassmoor.gov.uk/council-tax">Council tax</a></li>
<li><a href="https://www.glassmoor.gov.uk/housing">Housing</a></li>
<li><a href="https://www.glassmoor.gov.uk/adult-social-care">Adult social care</a></li>
<li><a href="https://www.glassmoor.gov.uk/council">Council and democracy</a></li>
</ul></nav>
<form class="site-header__search" action="https://www.glassmoor.gov.uk/search"><label for="q">Search this site</label><input id="q" name="q" type="search"><button type="submit">Search</button></form>
</header>
<div id="modgov"><div class="mgBreadCrumbs"><ul class="breadcrumb">
<li><a href="https://www.glassmoor.gov.uk/">Home</a></li>
<li><a href="mgListCommittees.aspx?bcr=1">Committee structure</a></li>
<li><a href="ieListMeetings.aspx?CommitteeId=114">Overview and Scrutiny Commission</a></li>
<li>Meeting</li></ul></div>
<div class="mgContent" id="mgMainContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Overview and Scrutiny Commission - Monday, 8th December, 2025 5.30 pm</h2></div>
<div class="mgLinks"><ul class="mgActionList">
<li><a href="ieListMeetings.aspx?CommitteeId=114">Browse meetings</a></li>
<li><a href="mgMeetingAttendance.aspx?ID=8123">Attendance</a></li>
<li><a href="mgIssueHistoryHome.aspx?IId=0">Decisions</a></li>
</ul></div>
<p class="mgSubTitleTxt"><span class="mgLabel">Venue: </span>Council Chamber - Town Hall, Corporation Square, Glassmoor. <a href="mgMeetingDirections.aspx?ID=8123">View directions</a></p>
<p class="mgSubTitleTxt"><span class="mgLabel">Contact: </span>Mrs J Pennington&nbsp; 01632 960114</p>
<div class="mgSectionTitle"><h2>Media</h2></div>
<p><span class="mgLabel">Webcast: </span><a href="https://glassmoor.public-i.tv/core/portal/webcast_interactive/921847">View the webcast</a></p>
<div class="mgLinks"><ul class="mgActionList">
<li>{doc_link("Agenda frontsheet", "documents/g8123/Public%20reports%20pack%2008th-Dec-2025.pdf", "142 KB")}</li>
<li>{doc_link("Agenda reports pack", "documents/g8123/Agenda%20reports%20pack.pdf", "5 MB")}</li>
<li>{doc_link("Printed minutes", "documents/g8123/Printed%20minutes%2008th-Dec-2025.pdf", "211 KB")}</li>
</ul></div>
<div class="mgSectionTitle"><h2>Items</h2></div>
<table class="mgItemTable" summary="Table of items for meeting">
<tr><th class="mgItemNumberHeader" scope="col">No.</th><th class="mgItemTitleHeader" scope="col">Item</th></tr>
{items_table}</table>
<p class="mgBackToTop"><a href="#mgMainContent">Back to top</a></p>
</div></div>
<footer class="site-footer">
<ul class="site-footer__links">
<li><a href="https://www.glassmoor.gov.uk/accessibility">Accessibility statement</a></li>
<li><a href="https://www.glassmoor.gov.uk/privacy">Privacy notice</a></li>
<li><a href="https://www.glassmoor.gov.uk/cookies">Cookies</a></li>
<li><a href="https://www.glassmoor.gov.uk/contact-us">Contact us</a></li>
</ul>
<p>Glassmoor Borough Council, Town Hall, Corporation Square, Glassmoor</p>
<p>&copy; Glassmoor Borough Council 2025</p>
</footer>
</body></html>
"""


# --------------------------------------------------------------------------- the other document

def build_pdf(path):
    from fpdf import FPDF

    fonts = "/usr/share/fonts/truetype/dejavu/"

    class Q(FPDF):
        def header(self):
            self.set_font("DV", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Glassmoor Borough Council  |  Budget Consultation 2026/27", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("DV", "", 8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Q(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 12, 9, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Budget Consultation 2026/27 - Have your say")
    pdf.set_author("Glassmoor Borough Council")
    pdf.add_font("DV", "", fonts + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", fonts + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pdf.add_page()

    def h(text, size=13):
        pdf.set_font("DV", "B", size)
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def p(text, size=10, bold=False):
        pdf.set_font("DV", "B" if bold else "", size)
        pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def boxes(options):
        pdf.set_font("DV", "", 10)
        for opt in options:
            pdf.cell(8, 6, "\u2610")
            pdf.cell(0, 6, opt, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def lines(n=4):
        pdf.set_draw_color(150, 150, 150)
        for _ in range(n):
            y = pdf.get_y() + 6
            pdf.line(20, y, 190, y)
            pdf.set_y(y)
        pdf.ln(4)

    h("Budget Consultation 2026/27", 18)
    h("Have your say on how we balance the Council\u2019s budget", 12)
    p("The Council has to set a balanced budget every year. Over the next three years we "
      "estimate that we will need to close a gap of \u00a327.4 million between what it costs to run "
      "our services and the money we expect to receive. In 2026/27 alone the gap is \u00a311.9 "
      "million. Demand for children\u2019s social care placements, home to school transport and care "
      "for older and disabled adults continues to grow faster than our income.")
    p("This questionnaire asks for your views on the proposals in the draft Medium Term Financial "
      "Strategy. It should take about ten minutes to complete. The consultation is open from "
      "10 December 2025 until midnight on 21 January 2026. You can also complete it online at "
      "glassmoor.gov.uk/budget or pick up a paper copy at any library or the Town Hall reception.")

    h("What has already been decided?")
    p("On 19 November 2025 Cabinet agreed to consult on the proposals in this document. No "
      "final decisions have been taken. Cabinet will consider the results of this consultation on "
      "11 February 2026 and will recommend a budget and a level of council tax to the meeting of "
      "Council on 4 March 2026.")

    h("Section 1: Council tax")
    p("The draft budget assumes an increase of 4.99% in council tax in 2026/27. This is made up "
      "of 2.99% for general services and 2% for the adult social care precept, which can only be "
      "spent on adult social care. For a Band A property, the most common band in the borough, "
      "this would mean an increase of about \u00a31.30 a week.")
    p("Q1. To what extent do you agree or disagree with a council tax increase of 4.99% in "
      "2026/27?", bold=True)
    boxes(["Strongly agree", "Tend to agree", "Neither agree nor disagree", "Tend to disagree",
           "Strongly disagree", "Don\u2019t know"])
    p("Q2. If you disagree, what would you prefer the Council to do instead?", bold=True)
    boxes(["Increase council tax by less and make bigger reductions to services",
           "Use more of the Council\u2019s reserves", "Increase fees and charges", "Other (please say below)"])
    lines(3)

    h("Section 2: Our savings proposals")
    p("The table below lists the main proposals for 2026/27. Please tell us how much you agree "
      "or disagree with each one.")
    pdf.set_font("DV", "B", 9)
    widths = (12, 120, 22, 16)
    for w, t in zip(widths, ("Ref", "Proposal", "Saving", "Agree?")):
        pdf.cell(w, 7, t, border=1)
    pdf.ln(7)
    pdf.set_font("DV", "", 9)
    rows = [
        ("P1", "Reduce the opening hours of the Moorfoot and Lingwell libraries", "\u00a30.18m"),
        ("P2", "Review of garden waste collection charges", "\u00a30.35m"),
        ("P3", "Open two Council-run children\u2019s homes to reduce external placements", "\u00a30.90m"),
        ("P4", "Redesign of day services for adults with learning disabilities", "\u00a30.42m"),
        ("P5", "Reduce the number of Council buildings and share space with partners", "\u00a30.60m"),
        ("P6", "Increase car parking charges in the town centre", "\u00a30.21m"),
    ]
    for ref, text, saving in rows:
        pdf.cell(widths[0], 7, ref, border=1)
        pdf.cell(widths[1], 7, text, border=1)
        pdf.cell(widths[2], 7, saving, border=1)
        pdf.cell(widths[3], 7, "Y / N", border=1)
        pdf.ln(7)
    pdf.ln(4)
    p("Q3. Which three Council services are most important to you and your household?", bold=True)
    boxes(["Bins and recycling", "Roads and pavements", "Children\u2019s services and schools",
           "Care for older and disabled people", "Libraries, leisure and parks",
           "Housing and homelessness", "Community safety"])
    p("Q4. Are there any services you think the Council should stop providing, or provide in a "
      "different way?", bold=True)
    lines(4)
    p("Q5. Do you have any other comments on the budget proposals, including how they might "
      "affect you, your family or your community?", bold=True)
    lines(4)

    h("Section 3: About you")
    p("These questions help us understand whether we have heard from a wide range of people. "
      "You do not have to answer them.")
    p("Q6. Which ward do you live in?", bold=True)
    lines(1)
    p("Q7. Are you responding as:", bold=True)
    boxes(["A resident", "A business", "A voluntary or community organisation", "A Council employee",
           "Other"])

    h("What happens next?")
    p("Your answers will be analysed by the Council\u2019s Strategy and Performance team. A summary "
      "of the results will be included in the budget report to Cabinet on 11 February 2026 and "
      "published on our website. The Overview and Scrutiny Commission has asked that its comments "
      "on the draft strategy are reported alongside the consultation results.")
    p("Please return paper questionnaires to: Budget Consultation, Strategy and Performance, "
      "Town Hall, Corporation Square, Glassmoor. Your information will be handled in line with "
      "the Council\u2019s privacy notice at glassmoor.gov.uk/privacy.", size=9)
    pdf.output(str(path))


# --------------------------------------------------------------------------- gold

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


GOLD_MINUTES = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Commission",
    "meeting_date": "2025-12-08",
    "items": [
        {"number": "24", "title": "Apologies for Absence"},
        {"number": "25", "title": "Minutes of the meeting held on 15 September 2025"},
        {"number": "26", "title": "Declaration of Interest from Members"},
        {"number": "27", "title": "Public Notice of Key Decisions"},
        {"number": "28", "title": "Financial Monitoring Report 2025/26 \u2013 Quarter 2"},
        {"number": "29", "title": "Medium Term Financial Strategy 2026/27 \u2013 2028/29 and "
                                  "Budget Consultation"},
        {"number": "30", "title": "Quarter 2 Performance Report 2025/26"},
        {"number": "31", "title": "Glassmoor Together Place Partnership Update"},
        {"number": "32", "title": "Home Care Task and Finish Group \u2013 Final Report"},
        {"number": "33", "title": "Scrutiny Work Programmes 2025/26"},
        {"number": "34", "title": "Date of Next Meeting"},
    ],
    "questions": [
        q("27", "question",
          "queried why the decision on the award of the contract for",
          "Councillor Rimmer",
          "the procurement timetable had been extended by eight weeks",
          "Head of Legal and Democratic Services", ["subcontracting"]),
        q("28", "concern",
          "expressed concern that the overspend on children\u2019s placements had increased",
          "Councillor Rimmer",
          "the pressure reflected a small number of very high cost residential placements",
          "Director of Finance", ["finance", "children-and-families", "privatisation"]),
        q("28", "question",
          "In response to a question from Councillor Ashworth regarding the recruitment controls",
          "Councillor Ashworth",
          "all vacant posts were now considered by a weekly vacancy management panel",
          "Cabinet Member for Corporate Services and Finance", ["workforce", "finance"]),
        q("28", "question",
          "asked whether the additional treasury management income was likely to continue",
          "Councillor Swift",
          "the income should be regarded as one-off and had not been built",
          "Director of Finance", ["finance"]),
        q("28", "comment",
          "commented that the level of slippage on the capital programme had been raised",
          "Councillor Pendlebury", None, None, ["finance"]),
        q("29", "question",
          "Whether the proposed uplift in fees to care providers would be sufficient",
          None,
          "the uplift had been modelled on the cost of care exercise",
          "Director of Finance", ["finance", "adult-social-care", "workforce"]),
        q("29", "concern",
          "Concern that residents had low awareness of previous budget consultations",
          None,
          "paper copies of the questionnaire would be available at all libraries",
          "Cabinet Member", ["patient-and-public-input", "finance"]),
        q("29", "question",
          "Whether any of the savings proposals would involve transferring services to external providers",
          None,
          "It was confirmed that no such proposals were included in the draft MTFS",
          None, ["privatisation", "subcontracting", "finance"]),
        q("29", "concern",
          "The risk of using reserves to balance the 2026/27 budget",
          None, None, None, ["finance", "governance"]),
        q("30", "question",
          "Members asked questions which were answered at the meeting in relation to",
          "Members", None, None, ["housing", "children-and-families", "workforce"]),
        q("30", "question",
          "queried the increase in the number of families placed in bed and breakfast",
          "Councillor Heyes",
          "the increase reflected a rise in evictions from the private rented sector",
          "Assistant Director, Strategy and Performance", ["housing"]),
        q("30", "request",
          "requested that future reports show the trend over the previous four quarters",
          "Councillor Cropper",
          "The Assistant Director agreed that this would be included from the Quarter 3 report",
          "Assistant Director", []),
        q("31", "question",
          "continued to report difficulty in obtaining GP appointments by telephone",
          "Councillor Winstanley",
          "all 27 practices in the borough had now moved to cloud-based telephony",
          "Dr Crook", ["primary-care"]),
        q("31", "question",
          "In response to a question from Councillor Finney regarding delayed discharges",
          "Councillor Finney",
          "the number of Glassmoor residents in hospital with no criteria to reside had fallen",
          "Executive Director of Integrated Health and Care",
          ["adult-social-care", "integration"]),
        q("31", "concern",
          "raised concerns about waiting times for children and young people\u2019s mental health services",
          "Councillor J Gorton",
          "Dr Crook acknowledged that waiting times remained too long",
          "Dr Crook", ["mental-health", "children-and-families"]),
        q("31", "question",
          "asked whether the requirement on Integrated Care Boards to reduce their running costs",
          "Councillor Rimmer",
          "the national changes were still being worked through",
          "Dr Crook", ["workforce", "finance"]),
        q("31", "request",
          "had not addressed the closure of the walk-in centre at Parrside Health Centre",
          "Councillor Swift", None, None, ["primary-care"]),
        q("32", "question",
          "asked whether the Council had considered bringing some home care back in-house",
          "Councillor Cropper",
          "a full options appraisal was beyond its remit",
          "Councillor Pendlebury", ["privatisation", "adult-social-care", "subcontracting"]),
        q("32", "question",
          "queried the cost of the Real Living Wage recommendation",
          "Councillor Ashworth",
          "the additional cost had been estimated at \u00a31.9m a year",
          "Cabinet Member for Integrated Health and Adult Social Care",
          ["finance", "workforce", "adult-social-care"]),
        q("32", "concern",
          "described frequent changes of care worker and visits being cut short",
          "A Member", None, None, ["adult-social-care", "workforce"]),
        q("33", "request",
          "requested that an item on the Council\u2019s use of agency staff",
          "Councillor Finney", None, None, ["workforce"]),
    ],
    "resolutions": [
        r("25", "the minutes of the meeting held on 15 September 2025, be approved and signed",
          "agreed", []),
        r("27", "the report and the Public Notice of Key Decisions be noted", "noted", []),
        r("28", "the forecast revenue overspend position for 2025/26 be noted", "noted",
          ["finance"]),
        r("29", "the comments of the Commission be submitted to Cabinet as part of",
          "agreed", ["finance", "patient-and-public-input"]),
        r("30", "noted the report and the performance position at the end of Quarter 2",
          "noted", []),
        r("31", "a further update, including the breakdown of mental health waiting times",
          "agreed", ["mental-health"]),
        r("32", "be approved and submitted to Cabinet for consideration",
          "recommended", ["adult-social-care"]),
        r("33", "an item on the use of agency staff and interim managers be included",
          "agreed", ["workforce"]),
    ],
    "attendees": [
        a("Councillor Tarleton", "Chair", "present"),
        a("Councillor Ashworth", "Vice-Chair", "present"),
        a("Councillor Cropper", None, "present"),
        a("Councillor Finney", None, "present"),
        a("Councillor A Gorton", None, "present"),
        a("Councillor J Gorton", None, "present"),
        a("Councillor Heyes", None, "present"),
        a("Councillor Lowe", None, "present"),
        a("Councillor Pendlebury", None, "present"),
        a("Councillor Rimmer", None, "present"),
        a("Councillor Swift", None, "present"),
        a("Councillor Winstanley", None, "present"),
        a("Mr P Dainty", "Co-opted Member", "present"),
        a("Councillor Seddon", "Cabinet Member \u2013 Corporate Services and Finance",
          "in_attendance"),
        a("Councillor Leyland", "Cabinet Member \u2013 Integrated Health and Adult Social Care",
          "in_attendance"),
        a("Sandra Fairhurst", "Director of Finance", "in_attendance"),
        a("Ian Blundell", "Executive Director of Integrated Health and Care", "in_attendance"),
        a("Neil Brannigan", "Assistant Director, Strategy and Performance", "in_attendance"),
        a("Martin Jolley", "Head of Legal and Democratic Services", "in_attendance"),
        a("Karl Eden", "Scrutiny Support Officer", "in_attendance"),
        a("Dr Alison Crook", "Place Director, Glassmoor \u2013 Parr Valley Integrated Care Board",
          "in_attendance"),
        a("Councillor Birchall", None, "apologies"),
        a("Councillor Kenyon", None, "apologies"),
        a("Mrs R Whittle", None, "apologies"),
    ],
}

GOLD_OTHER = {"document": OTHER_NAME, "doc_type": "other"}


# --------------------------------------------------------------------------- build / check

def norm(text):
    text = text.lower()
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path):
    if path.suffix == ".html":
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    raise ValueError(path)


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_text(build_html(), encoding="utf-8")
    build_pdf(DOCS / OTHER_NAME)
    for gold in (GOLD_MINUTES, GOLD_OTHER):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print("wrote", MINUTES_NAME, OTHER_NAME, "and their gold files")


def check():
    ok = True
    for gold in (GOLD_MINUTES, GOLD_OTHER):
        path = DOCS / gold["document"]
        if not path.exists():
            print("missing", path)
            ok = False
            continue
        text = norm(doc_text(path))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(phrase.split())
            n = text.count(norm(phrase))
            if n != 1 or not 6 <= words <= 15:
                ok = False
                print(f"FAIL {gold['document']} {kind}: {n} occurrences, {words} words: {phrase!r}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
