#!/usr/bin/env python3
"""Build the "np-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_np.py           build documents/np-* and gold/np-*.json
        build_np.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as _dt
import html
import json
import re
import sys
import textwrap
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "np-harrowsey-hcw-scrutiny-panel-2011-10-12.html"
REPORT_NAME = "np-harrowsey-paper-d-budget-savings-report-2011-10-12.pdf"

FIXED_DATE = _dt.datetime(2011, 10, 5, 9, 30, 0, tzinfo=_dt.timezone.utc)

# --------------------------------------------------------------------------------------
# Word 2003 "Save as Web Page" markup helpers
# --------------------------------------------------------------------------------------

ENT = {
    "\u2019": "\u2019",  # kept as a raw windows-1252 byte, as Word does
}


def esc(text: str) -> str:
    """Escape text the way Word's HTML export does (&amp; &lt; &gt;, raw cp1252 bytes)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p(text: str, style: str = "", cls: str = "MsoNormal", bold: bool = False,
      raw: bool = False) -> str:
    body = text if raw else esc(text)
    if bold:
        body = f"<b>{body}<o:p></o:p></b>"
    else:
        body = f"{body}<o:p></o:p>"
    st = f" style='{style}'" if style else ""
    return f"<p class={cls}{st}>{body}</p>"


def blank() -> str:
    return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"


def item_heading(number: int, title: str) -> str:
    """An item title carrying Word's automatic list number (list l1 starts at 23)."""
    return (
        "<p class=MsoNormal style='margin-left:36.0pt;text-indent:-36.0pt;mso-list:l1 "
        "level1 lfo2;tab-stops:list 36.0pt'><![if !supportLists]><b><span "
        f"style='mso-list:Ignore'>{number}.<span style='font:7.0pt \"Times New Roman\"'>"
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></b>"
        f"<![endif]><b>{esc(title)}<o:p></o:p></b></p>"
    )


def body_para(text: str, raw: bool = False) -> str:
    return p(text, style="margin-left:36.0pt;text-align:justify", raw=raw)


def resolved_label() -> str:
    return p("RESOLVED :", style="margin-left:36.0pt", bold=True)


def that_para(text: str) -> str:
    return p(text, style="margin-left:36.0pt;text-align:justify")


def lettered(letter: str, text: str, indent: float = 72.0) -> str:
    return (
        f"<p class=MsoNormal style='margin-left:{indent}pt;text-indent:-36.0pt;"
        f"text-align:justify;tab-stops:list {indent}pt'>({letter})<span "
        "style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
        f"</span>{esc(text)}<o:p></o:p></p>"
    )


_ROW = [0]


def head_row(label: str, value_html: str, first: bool = False) -> str:
    top = "border-top:none;" if not first else ""
    irow = _ROW[0]
    _ROW[0] += 1
    return (
        f"<tr style='mso-yfti-irow:{irow}'>\n <td width=156 valign=top style='width:117.0pt;{top}"
        "padding:0cm 5.4pt 0cm 5.4pt'>\n"
        f"  <p class=MsoNormal><b>{esc(label)}<o:p></o:p></b></p>\n </td>\n"
        " <td width=444 valign=top style='width:333.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
        f"  {value_html}\n"
        " </td>\n</tr>"
    )


def cell_p(text: str, bold: bool = False) -> str:
    if bold:
        return f"<p class=MsoNormal><b>{esc(text)}<o:p></o:p></b></p>"
    return f"<p class=MsoNormal>{esc(text)}<o:p></o:p></p>"


def gap_row() -> str:
    irow = _ROW[0]
    _ROW[0] += 1
    return (
        f"<tr style='mso-yfti-irow:{irow};height:6.0pt'>\n <td width=156 valign=top "
        "style='width:117.0pt;padding:0cm 5.4pt 0cm 5.4pt;height:6.0pt'>\n"
        "  <p class=MsoNormal><o:p>&nbsp;</o:p></p>\n </td>\n <td width=444 valign=top "
        "style='width:333.0pt;padding:0cm 5.4pt 0cm 5.4pt;height:6.0pt'>\n"
        "  <p class=MsoNormal><o:p>&nbsp;</o:p></p>\n </td>\n</tr>"
    )


def page_break() -> str:
    return (
        "<b><span style='font-size:12.0pt;font-family:Arial;mso-fareast-font-family:\"Times New Roman\";"
        "mso-ansi-language:EN-GB;mso-fareast-language:EN-US;mso-bidi-language:AR-SA'><br "
        "clear=all style='page-break-before:always'>\n</span></b>"
    )


def word_wrap(markup: str) -> str:
    """Word writes its HTML with source lines wrapped at about 76 characters."""
    out = []
    for line in markup.split("\n"):
        if len(line) <= 76:
            out.append(line)
            continue
        out.extend(textwrap.wrap(line, width=76, break_long_words=False,
                                 break_on_hyphens=False) or [""])
    return "\r\n".join(out)


# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

def minutes_html() -> bytes:
    _ROW[0] = 0
    parts: list[str] = []
    a = parts.append

    a("<p class=MsoNormal align=right style='text-align:right'><b>PAPER A<o:p></o:p></b></p>")
    a(blank())
    a(p("<span style='mso-spacerun:yes'>&nbsp;</span>", raw=True))
    a("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=600 "
      "style='width:450.0pt;border-collapse:collapse;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>")
    rows = [
        ("Name of meeting", cell_p("HEALTH AND COMMUNITY WELLBEING SCRUTINY PANEL", bold=True)),
        ("Date and time", cell_p("WEDNESDAY, 12 OCTOBER 2011 COMMENCING AT 5.00 PM", bold=True)),
        ("Venue", cell_p("COUNCIL CHAMBER, COUNTY HALL, KELPORT, ISLE OF HARROWSEY", bold=True)),
        ("Present", cell_p("Cllrs Marian Lusk (Chairman), Colin Bathurst, Diane Ferrar, "
                           "Susan Pettit, Peter Quayle, Alan Rendle")),
        ("Co-opted (Non-voting)", cell_p("Mr Derek Amey (Harrowsey LINk)")),
        ("Cabinet Member Present", cell_p("Cllr Roger Hythe (Cabinet Member for Adult Social "
                                          "Care, Housing and Community Wellbeing)")),
        ("Also Present (non-voting)", cell_p("Cllrs Ivor Treloar, Jean Westmore")),
        ("Officers Present", cell_p("Sarah Dimmock, Helen Gosling, Martin Keel, Paul Lanyon, "
                                    "Dawn Sherratt")),
        ("Also Present", "\n  ".join([
            cell_p("Karen Ebdon \u2013 Director of Nursing and Quality, Harrowsey NHS Trust"),
            cell_p("Dr Simon Garrard \u2013 Medical Director, Harrowsey NHS Trust"),
            cell_p("Angela Fenwick \u2013 Head of Primary Care Commissioning, NHS Harrowsey"),
            cell_p("Dr Rowena Tull \u2013 Director of Public Health"),
        ])),
        ("Apologies", cell_p("Cllr Brian Coombes, Mrs Jenny Lade (Harrowsey LINk)")),
    ]
    for i, (label, value) in enumerate(rows):
        a(head_row(label, value, first=(i == 0)))
        if i in (2, 7, 8):
            a(gap_row())
    a("</table>")
    a(blank())
    a(blank())

    # 23
    a(item_heading(23, "MINUTES"))
    a(blank())
    a(resolved_label())
    a(blank())
    a(that_para("THAT the Minutes of the meeting held on 13 July 2011 be confirmed."))
    a(blank())

    # 24
    a(item_heading(24, "DECLARATIONS OF INTEREST"))
    a(blank())
    a(body_para("Councillor Diane Ferrar declared a personal interest in Minute 27 as her "
                "daughter was employed as a staff nurse at St Aldhelm\u2019s Hospital."))
    a(blank())
    a(body_para("Councillor Susan Pettit declared a personal interest in Minute 29 as she was "
                "a member of the patient participation group at the Westcombe Surgery."))
    a(blank())

    # 25
    a(item_heading(25, "PUBLIC QUESTION TIME"))
    a(blank())
    a(body_para("Questions were put to the Chairman as follows :"))
    a(blank())
    a(body_para("Mr Leonard Crouch of Sandhaven had submitted a written question relating to "
                "the future of the minor injuries unit at Ryston Community Hospital, to which "
                "a written response had been provided (PQ 31/11). In a supplementary question, "
                "Mr Crouch asked whether residents would be formally consulted before any "
                "change was made to the opening hours of the unit. The Head of Primary Care "
                "Commissioning, NHS Harrowsey, advised that no decision had been taken and that "
                "any proposal to reduce the hours would be subject to public consultation and "
                "would be brought to the panel before it was implemented."))
    a(blank())
    a(body_para("Mrs Patricia Vosper of Westcombe asked an oral question regarding the charges "
                "for car parking at St Aldhelm\u2019s Hospital for patients who attended for "
                "regular treatment such as renal dialysis. The Director of Nursing and Quality, "
                "Harrowsey NHS Trust, advised that patients attending for dialysis and "
                "chemotherapy were already entitled to free parking permits and undertook to "
                "ensure that this was better publicised on the wards (PQ 32/11)."))
    a(blank())

    # 26
    a(item_heading(26, "PROGRESS ON OUTCOMES AND RECOMMENDATIONS FROM PREVIOUS MEETINGS"))
    a(blank())
    a(body_para("The panel received a report which set out the progress made against the "
                "outcomes and recommendations arising from its previous meetings."))
    a(blank())
    a(body_para("In relation to the review of community nursing teams, a Member asked when "
                "the findings would be reported to the panel. The Strategic Director of "
                "Community Wellbeing and Social Care advised that the review had been delayed "
                "by the restructuring of the PCT provider arm and that the findings were now "
                "expected early in the new year."))
    a(blank())
    a(body_para("Concern was expressed that a response from the ambulance service on "
                "response times in the rural west of the Island, which had been requested "
                "in March, had still not been received."))
    a(blank())
    a(resolved_label())
    a(blank())
    a(that_para("THAT the report be noted and the Chairman write to the Chief Executive of "
                "Harrowsey NHS Trust seeking a response on ambulance performance in the west "
                "of the Island."))
    a(blank())

    # 27
    a(item_heading(27, "CARE QUALITY COMMISSION REVIEW OF COMPLIANCE \u2013 ST ALDHELM\u2019S "
                       "HOSPITAL"))
    a(blank())
    a(body_para("The Director of Nursing and Quality, Harrowsey NHS Trust, presented the "
                "action plan which had been drawn up following the unannounced review of "
                "compliance carried out by the Care Quality Commission at St Aldhelm\u2019s "
                "Hospital on 21 and 22 June 2011 as part of its national programme of dignity "
                "and nutrition inspections for older people. The Commission had found that the "
                "hospital was not meeting two of the essential standards of quality and "
                "safety, relating to meeting nutritional needs and to respecting and involving "
                "people who use services, and had asked the Trust to report on the "
                "improvements it would make. The action plan included the introduction of "
                "protected mealtimes on all adult wards, the use of red trays to identify "
                "patients needing help with eating and drinking, additional training for "
                "healthcare assistants in dementia awareness, and a programme of unannounced "
                "visits to wards by non-executive directors. A follow-up inspection by the "
                "Commission was expected before the end of the year."))
    a(blank())
    a(body_para("Members asked about the staffing levels at night on the wards caring for "
                "older people, particularly on Hollis Ward where the inspectors had observed "
                "that call bells were not answered promptly. The Director of Nursing and "
                "Quality advised that the establishment for the ward had been reviewed and "
                "that an additional registered nurse had been put on each night shift from "
                "September, funded from within the existing budget of the Trust. A Member "
                "queried whether this was sustainable given the savings the Trust was required "
                "to make over the next three years, and was informed that the nursing "
                "establishment had been protected in the cost improvement programme of the "
                "Trust and that the Board received a monthly report on nurse staffing on each "
                "ward."))
    a(blank())
    a(body_para("Concerns were expressed that patients who needed help to eat were not "
                "always receiving it, and that relatives had reported meals being left out of "
                "reach and taken away untouched. It was explained that the red tray system had "
                "been introduced on all adult inpatient wards from 1 August 2011, that "
                "volunteers had been recruited to help at mealtimes on the three elderly care "
                "wards, and that compliance was being checked through monthly nutrition "
                "audits, the results of which would be shared with the panel."))
    a(blank())
    a(body_para("Cllr Pettit asked how the views of patients and relatives were being "
                "gathered, and whether the Trust would work with the LINk. Ms Ebdon confirmed "
                "that a patient feedback survey using electronic tablets had been piloted on "
                "two wards and would be extended across the hospital by the end of the year, "
                "and that the Trust would welcome further enter and view visits by the LINk."))
    a(blank())
    a(body_para("Mr Amey commented that LINk members had found staff on the wards welcoming "
                "during their recent visits, but that signage in the main outpatients "
                "department remained poor for people with sight loss."))
    a(blank())
    a(body_para("Members thanked Ms Ebdon for the open way in which the findings of the "
                "Commission had been presented."))
    a(blank())
    a(resolved_label())
    a(blank())
    a(that_para("THAT :"))
    a(blank())
    a(lettered("a", "The action plan be noted."))
    a(blank())
    a(lettered("b", "The Trust be asked to provide a further update to the panel in March "
                    "2012, to include the outcome of the follow-up inspection by the Care "
                    "Quality Commission and the results of the monthly nutrition audits."))
    a(blank())

    a(page_break())

    # 28
    a(item_heading(28, "HOSPITAL MORTALITY DATA"))
    a(blank())
    a(body_para("Dr Simon Garrard, Medical Director, briefed the panel on the recent "
                "publication of hospital standardised mortality ratios (HSMR) which had shown "
                "St Aldhelm\u2019s Hospital as having a higher than expected number of deaths "
                "for the year to March 2011. He stressed that the ratio was a statistical "
                "indicator and not in itself evidence of poor care, but that the Trust was "
                "taking the figures seriously. Cllr Quayle asked why the ratio for the hospital "
                "had risen when neighbouring trusts had seen a reduction. Dr Garrard explained "
                "that a significant part of the rise was due to the way in which patients "
                "admitted for end of life care were recorded, as the Island had fewer hospice "
                "beds than other areas and more patients died in the acute hospital; a review "
                "of clinical coding had been commissioned and an external review of case notes "
                "was being undertaken by the regional quality observatory. Members questioned "
                "whether more deaths occurred among patients admitted at weekends. Dr Garrard "
                "advised that the data did show a small weekend effect and that consultant "
                "cover at weekends for the acute medical unit had been increased from October. "
                "A Member sought clarification on whether the public would be told the outcome "
                "of the case note review, and it was confirmed that the findings would be "
                "reported to the Trust Board in public."))
    a(blank())
    a(body_para("The panel noted the briefing and asked that the outcome of the case note "
                "review be reported to its meeting in January 2012."))
    a(blank())

    # 29
    a(item_heading(29, "NHS HARROWSEY QUALITY ACCOUNT 2011/12 \u2013 SUGGESTED PRIORITIES"))
    a(blank())
    a(body_para("Angela Fenwick, Head of Primary Care Commissioning, NHS Harrowsey, explained "
                "that the PCT was required to publish a Quality Account for the community "
                "services it provided and invited the panel to suggest priorities for "
                "improvement for 2012/13. She reminded Members that the panel would also be "
                "asked to comment on the draft Quality Account in April 2012."))
    a(blank())
    a(body_para("The following comments were made :"))
    a(blank())
    a(lettered("a", "Access to GP appointments in the west of the Island remained a concern, "
                    "particularly for working people who could not telephone the surgery at "
                    "8.00 am."))
    a(blank())
    a(lettered("b", "Delays in discharging older people from hospital to residential care or "
                    "to packages of home care should be a priority."))
    a(blank())
    a(lettered("c", "The waiting time for a first appointment with the community mental "
                    "health team should be included."))
    a(blank())
    a(lettered("d", "The PCT should report on the uptake of flu vaccination among frontline "
                    "health and social care staff \u2013 Dr Tull advised that uptake among "
                    "Trust staff had been 41 per cent last winter and that a target of 60 per "
                    "cent had been set for this year."))
    a(blank())
    a(lettered("e", "More should be done to publicise the NHS complaints advocacy service."))
    a(blank())
    a(resolved_label())
    a(blank())
    a(that_para("THAT the comments of the panel be forwarded to NHS Harrowsey as its "
                "suggested priorities for the Quality Account 2012/13."))
    a(blank())

    # 30
    a(item_heading(30, "BUDGET 2012/13 \u2013 SAVINGS PROPOSALS: ADULT SOCIAL CARE, HOUSING "
                       "AND COMMUNITY WELLBEING"))
    a(blank())
    a(body_para("The Cabinet Member for Adult Social Care, Housing and Community Wellbeing "
                "introduced the savings proposals within the remit of the panel (Paper D), "
                "which totalled \u00a32.9 million for 2012/13 and formed part of the Council\u2019s "
                "requirement to save \u00a311.5 million in the coming year following the "
                "reduction in government grant. The proposals included the remodelling of day "
                "services for older people, an increase in the weekly charge for the community "
                "alarm service from \u00a33.10 to \u00a34.25, and a reduction of \u00a3640,000 in "
                "the Supporting People budget for housing related support. He emphasised that "
                "the Council would continue to meet the needs of people assessed as having "
                "moderate, substantial and critical needs."))
    a(blank())
    a(body_para("Cllr Rendle expressed concern that the reduction in Supporting People funding "
                "would lead to an increase in homelessness among young people and single "
                "adults, at a time when the number of households in temporary accommodation "
                "had risen by a third in twelve months. The Head of Housing Services advised "
                "that the reduction would be targeted at services with low occupancy, that "
                "the two direct access hostels in Kelport would be protected, and that the "
                "impact on homelessness would be monitored each month."))
    a(blank())
    a(body_para("A Member asked whether the remodelling of day services would mean the closure "
                "of the Brambles Day Centre in Ryston. The Cabinet Member said that no "
                "decision had been made on any individual centre and that users, carers and "
                "staff would be consulted on the options before any proposal came to the "
                "Cabinet in February 2012."))
    a(blank())
    a(body_para("Cllr Ferrar requested that the panel be provided with a breakdown of the "
                "number of people affected by the proposed increase in community alarm "
                "charges, by income band. The Strategic Director undertook to circulate this "
                "information to Members before the Cabinet meeting."))
    a(blank())
    a(body_para("Cllr Bathurst commented that the Council had been right to protect "
                "eligibility for care at the moderate level when many other authorities had "
                "raised their thresholds to substantial."))
    a(blank())
    a(body_para("(Cllr Rendle left the meeting at 7.05 pm)"))
    a(blank())
    a(resolved_label())
    a(blank())
    a(that_para("THAT the Cabinet be recommended :"))
    a(blank())
    a(lettered("a", "To carry out a full equality impact assessment of the proposed reduction "
                    "in the Supporting People budget before a decision is taken."))
    a(blank())
    a(lettered("b", "To ensure that the consultation on day services for older people includes "
                    "carers and the Harrowsey LINk."))
    a(blank())

    # 31
    a(item_heading(31, "FORWARD PLAN"))
    a(blank())
    a(body_para("The panel considered the Forward Plan for the period 1 November 2011 to 29 "
                "February 2012. It was noted that the decision on the future of day services "
                "for older people was now expected to be taken by the Cabinet in February "
                "2012."))
    a(blank())
    a(resolved_label())
    a(blank())
    a(that_para("THAT the Forward Plan be noted."))
    a(blank())

    # 32
    a(item_heading(32, "WORKPLAN"))
    a(blank())
    a(body_para("The panel reviewed its workplan for 2011/12. Cllr Westmore asked that the "
                "panel look at the provision of dementia services, including the memory "
                "assessment service, following concerns raised by constituents about waiting "
                "times for a diagnosis. The Scrutiny Officer reminded Members that the informal "
                "working group on sexual health services for young people would meet on 9 "
                "November 2011."))
    a(blank())
    a(resolved_label())
    a(blank())
    a(that_para("THAT the workplan be approved, subject to the addition of an item on "
                "dementia services for the meeting in January 2012."))
    a(blank())

    # 33
    a(item_heading(33, "MEMBERS\u2019 QUESTION TIME"))
    a(blank())
    a(body_para("Cllr Bathurst asked whether the proposed relocation of the pharmacy from the "
                "Westcombe Surgery to the new supermarket site would require the approval of "
                "the PCT. Ms Fenwick advised that the relocation would need to be approved by "
                "the pharmaceutical services committee of the PCT, and that no application had "
                "yet been received."))
    a(blank())
    a(body_para("Cllr Treloar raised the difficulty that residents in Ryston were experiencing "
                "in finding an NHS dentist accepting new adult patients."))
    a(blank())
    a(blank())
    a(blank())
    a(p("CHAIRMAN", style="margin-left:252.0pt", bold=True))

    body = "\n".join(parts)

    head = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 11">
<meta name=Originator content="Microsoft Word 11">
<link rel=File-List href="minutes_files/filelist.xml">
<title>PAPER A</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>lhalloran</o:Author>
  <o:Template>Minutes.dot</o:Template>
  <o:LastAuthor>lhalloran</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:TotalTime>214</o:TotalTime>
  <o:LastPrinted>2011-10-20T14:02:00Z</o:LastPrinted>
  <o:Created>2011-10-13T08:41:00Z</o:Created>
  <o:LastSaved>2011-10-24T11:17:00Z</o:LastSaved>
  <o:Pages>5</o:Pages>
  <o:Words>2158</o:Words>
  <o:Characters>12303</o:Characters>
  <o:Company>Isle of Harrowsey Council</o:Company>
  <o:Lines>102</o:Lines>
  <o:Paragraphs>38</o:Paragraphs>
  <o:CharactersWithSpaces>14432</o:CharactersWithSpaces>
  <o:Version>11.9999</o:Version>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
  </w:Compatibility>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" LatentStyleCount="156">
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:12.0pt;
	font-family:Arial;
	mso-fareast-font-family:"Times New Roman";
	mso-bidi-font-family:"Times New Roman";
	mso-fareast-language:EN-US;}
p.MsoFooter, li.MsoFooter, div.MsoFooter
	{margin:0cm;
	margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	tab-stops:center 207.65pt right 415.3pt;
	font-size:12.0pt;
	font-family:Arial;
	mso-fareast-font-family:"Times New Roman";
	mso-fareast-language:EN-US;}
@page Section1
	{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-footer:url("minutes_files/header.htm") f1;
	mso-paper-source:0;}
div.Section1
	{page:Section1;}
 /* List Definitions */
 @list l1
	{mso-list-id:1107696417;
	mso-list-type:hybrid;
	mso-list-template-ids:-1541476470 67698703 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l1:level1
	{mso-level-start-at:23;
	mso-level-tab-stop:36.0pt;
	mso-level-number-position:left;
	margin-left:36.0pt;
	text-indent:-36.0pt;}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	mso-para-margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:10.0pt;
	font-family:"Times New Roman";
	mso-ansi-language:#0400;
	mso-fareast-language:#0400;
	mso-bidi-language:#0400;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="3074"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=EN-GB style='tab-interval:36.0pt'>

<div class=Section1>

"""
    tail = "\n\n</div>\n\n</body>\n\n</html>\n"
    text = head + word_wrap(body) + tail
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode("cp1252")


# --------------------------------------------------------------------------------------
# The report (not minutes): Paper D to the same meeting
# --------------------------------------------------------------------------------------

def report_pdf() -> bytes:
    from fpdf import FPDF

    font_dir = "/usr/share/fonts/truetype/dejavu/"

    class Report(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 6, f"D - {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_author("Isle of Harrowsey Council")
    pdf.set_title("Paper D - Budget 2012/13 savings proposals")
    pdf.add_font("Sans", "", font_dir + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", font_dir + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    w = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text, bold=False, size=11, gap=3.0, indent=0.0):
        pdf.set_font("Sans", "B" if bold else "", size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(w - indent, 5.4, text, align="J" if not bold else "L")
        pdf.ln(gap)

    def numbered(num, text, indent=12.0):
        pdf.set_font("Sans", "", 11)
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin)
        pdf.cell(indent, 5.4, num)
        pdf.set_xy(pdf.l_margin + indent, y)
        pdf.multi_cell(w - indent, 5.4, text, align="J")
        pdf.ln(2.5)

    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "PAPER D", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    rows = [
        ("Committee", "HEALTH AND COMMUNITY WELLBEING SCRUTINY PANEL"),
        ("Date", "12 OCTOBER 2011"),
        ("Title", "BUDGET 2012/13 \u2013 SAVINGS PROPOSALS: ADULT SOCIAL CARE, HOUSING AND "
                  "COMMUNITY WELLBEING"),
        ("Report of", "STRATEGIC DIRECTOR OF COMMUNITY WELLBEING AND SOCIAL CARE"),
    ]
    for label, value in rows:
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 11)
        pdf.set_x(pdf.l_margin)
        pdf.cell(38, 6, label)
        pdf.set_xy(pdf.l_margin + 38, y)
        pdf.multi_cell(w - 38, 6, value)
        pdf.ln(2)
    pdf.ln(4)

    para("PURPOSE", bold=True, gap=1.5)
    numbered("1.", "To present to the panel the savings proposals for 2012/13 that fall within "
                   "its remit, so that Members can put questions to the Cabinet Member and "
                   "officers and submit any comments to the Cabinet before the budget is set "
                   "by Full Council in February 2012.")

    para("BACKGROUND", bold=True, gap=1.5)
    numbered("2.", "The Council\u2019s formula grant for 2012/13 will fall by a further 7.4 per cent, "
                   "following the reduction of 11.3 per cent in 2011/12. Taken together with "
                   "inflation and the growth in demand for adult social care, the Council needs "
                   "to save \u00a311.5 million in 2012/13 to set a balanced budget. Each directorate "
                   "has been asked to identify savings in proportion to its net budget.")
    numbered("3.", "The savings proposed within the Community Wellbeing and Social Care "
                   "directorate total \u00a32.9 million. They have been drawn up on the principle "
                   "that the Council will continue to meet eligible needs at the moderate, "
                   "substantial and critical levels, and that services which prevent or delay the "
                   "need for residential care should be protected wherever possible.")

    para("SAVINGS PROPOSALS", bold=True, gap=1.5)
    table = [
        ("Remodel day services for older people around three community hubs", "Adult social care", "850"),
        ("Increase the community alarm weekly charge from \u00a33.10 to \u00a34.25", "Community alarms", "310"),
        ("Reduce housing related support contracts with low occupancy", "Supporting People", "640"),
        ("Reablement: reduce the use of agency staff", "Adult social care", "420"),
        ("Review of back office and management posts", "Directorate", "380"),
        ("Renegotiate the residential care fee uplift", "Adult social care", "300"),
        ("Total", "", "2,900"),
    ]
    pdf.set_font("Sans", "", 10)
    with pdf.table(col_widths=(96, 46, 24), text_align=("LEFT", "LEFT", "RIGHT"),
                   line_height=5.2, first_row_as_headings=True) as tbl:
        for row in [("Proposal", "Service", "2012/13 \u00a3000")] + table:
            cells = tbl.row()
            for value in row:
                cells.cell(value)
    pdf.ln(6)

    para("QUESTIONS THE PANEL MAY WISH TO CONSIDER", bold=True, gap=1.5)
    numbered("4.", "Members may wish to ask the Cabinet Member and officers:")
    for letter, q in [
        ("(a)", "How will the views of people who use day services, and of their carers, be "
                "taken into account before a decision is made on the future of each centre?"),
        ("(b)", "What will be the effect of the increase in community alarm charges on "
                "people on low incomes, and will anyone be exempt?"),
        ("(c)", "Which housing related support services will be reduced, and how will the "
                "Council know whether homelessness rises as a result?"),
        ("(d)", "Is the reduction in agency staff in the reablement service achievable while "
                "vacancies remain unfilled?"),
    ]:
        numbered(letter, q, indent=22.0)

    para("CONSULTATION", bold=True, gap=1.5)
    numbered("5.", "A public consultation on the Council\u2019s budget ran from 5 September to 14 "
                   "October 2011 and had received 612 responses by 30 September. Providers of "
                   "housing related support have been written to individually. Specific "
                   "consultation with users and carers on the remodelling of day services will "
                   "take place between November 2011 and January 2012.")

    para("FINANCIAL / BUDGET IMPLICATIONS", bold=True, gap=1.5)
    numbered("6.", "The proposals would reduce the net budget of the directorate from \u00a354.2 "
                   "million to \u00a351.3 million. One-off costs of \u00a3180,000 for the remodelling "
                   "of day services would be met from the invest to save reserve.")

    para("LEGAL IMPLICATIONS", bold=True, gap=1.5)
    numbered("7.", "The Council must have due regard to its equality duties before taking any "
                   "decision to reduce a service. Equality impact assessments will be completed "
                   "for each proposal and reported to the Cabinet with the final budget.")

    para("RECOMMENDATION", bold=True, gap=1.5)
    numbered("8.", "THAT the panel considers the savings proposals set out in this report and "
                   "submits any comments it wishes to make to the Cabinet meeting on 13 "
                   "December 2011.")

    para("BACKGROUND PAPERS", bold=True, gap=1.5)
    para("Medium Term Financial Strategy 2011/12 to 2014/15, Cabinet, 12 July 2011", gap=4)

    para("Contact Point : Paul Lanyon, Finance Business Partner, \u260e 821000 ext 6390, "
         "e-mail paul.lanyon@harrowsey.gov.uk", size=10, gap=8)

    para("DAWN SHERRATT\nStrategic Director of Community Wellbeing and Social Care", bold=True,
         size=10, gap=4)
    para("CLLR ROGER HYTHE\nCabinet Member for Adult Social Care, Housing and Community "
         "Wellbeing", bold=True, size=10, gap=0)

    return bytes(pdf.output())


# --------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


def minutes_gold() -> dict:
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": "Health and Community Wellbeing Scrutiny Panel",
        "meeting_date": "2011-10-12",
        "items": [
            {"number": "23", "title": "MINUTES"},
            {"number": "24", "title": "DECLARATIONS OF INTEREST"},
            {"number": "25", "title": "PUBLIC QUESTION TIME"},
            {"number": "26", "title": "PROGRESS ON OUTCOMES AND RECOMMENDATIONS FROM PREVIOUS MEETINGS"},
            {"number": "27", "title": "CARE QUALITY COMMISSION REVIEW OF COMPLIANCE \u2013 ST ALDHELM\u2019S HOSPITAL"},
            {"number": "28", "title": "HOSPITAL MORTALITY DATA"},
            {"number": "29", "title": "NHS HARROWSEY QUALITY ACCOUNT 2011/12 \u2013 SUGGESTED PRIORITIES"},
            {"number": "30", "title": "BUDGET 2012/13 \u2013 SAVINGS PROPOSALS: ADULT SOCIAL CARE, HOUSING AND COMMUNITY WELLBEING"},
            {"number": "31", "title": "FORWARD PLAN"},
            {"number": "32", "title": "WORKPLAN"},
            {"number": "33", "title": "MEMBERS\u2019 QUESTION TIME"},
        ],
        "questions": [
            q("25", "question",
              "had submitted a written question relating to the future of the minor injuries unit",
              "Mr Leonard Crouch",
              "to which a written response had been provided",
              None, []),
            q("25", "question",
              "asked whether residents would be formally consulted before any change was made",
              "Mr Crouch",
              "any proposal to reduce the hours would be subject to public consultation",
              "The Head of Primary Care Commissioning, NHS Harrowsey",
              ["patient-and-public-input"]),
            q("25", "question",
              "asked an oral question regarding the charges for car parking",
              "Mrs Patricia Vosper",
              "were already entitled to free parking permits and undertook to ensure",
              "The Director of Nursing and Quality, Harrowsey NHS Trust",
              ["finance"]),
            q("26", "question",
              "a Member asked when the findings would be reported to the panel",
              None,
              "the review had been delayed by the restructuring of the PCT provider arm",
              "The Strategic Director of Community Wellbeing and Social Care",
              []),
            q("26", "concern",
              "a response from the ambulance service on response times in the rural west",
              None, None, None, []),
            q("27", "question",
              "asked about the staffing levels at night on the wards caring for older people",
              None,
              "an additional registered nurse had been put on each night shift from September",
              "The Director of Nursing and Quality",
              ["workforce"]),
            q("27", "question",
              "queried whether this was sustainable given the savings the Trust was required to make",
              None,
              "the nursing establishment had been protected in the cost improvement programme",
              None,
              ["finance", "workforce"]),
            q("27", "concern",
              "patients who needed help to eat were not always receiving it",
              None,
              "the red tray system had been introduced on all adult inpatient wards",
              None, []),
            q("27", "question",
              "asked how the views of patients and relatives were being gathered",
              "Cllr Pettit",
              "a patient feedback survey using electronic tablets had been piloted on two wards",
              "Ms Ebdon",
              ["patient-and-public-input"]),
            q("27", "comment",
              "signage in the main outpatients department remained poor for people with sight loss",
              "Mr Amey", None, None, []),
            q("28", "question",
              "asked why the ratio for the hospital had risen when neighbouring trusts",
              "Cllr Quayle",
              "patients admitted for end of life care were recorded",
              "Dr Garrard", []),
            q("28", "question",
              "Members questioned whether more deaths occurred among patients admitted at weekends",
              None,
              "consultant cover at weekends for the acute medical unit had been increased",
              "Dr Garrard", ["workforce"]),
            q("28", "question",
              "whether the public would be told the outcome of the case note review",
              None,
              "the findings would be reported to the Trust Board in public",
              None, ["governance"]),
            q("29", "concern",
              "Access to GP appointments in the west of the Island remained a concern",
              None, None, None, ["primary-care"]),
            q("29", "comment",
              "Delays in discharging older people from hospital to residential care",
              None, None, None, ["adult-social-care"]),
            q("29", "comment",
              "waiting time for a first appointment with the community mental health team",
              None, None, None, ["mental-health"]),
            q("29", "request",
              "should report on the uptake of flu vaccination among frontline health",
              None,
              "uptake among Trust staff had been 41 per cent last winter",
              "Dr Tull", ["public-health", "workforce"]),
            q("29", "comment",
              "More should be done to publicise the NHS complaints advocacy service",
              None, None, None, ["patient-and-public-input"]),
            q("30", "concern",
              "the reduction in Supporting People funding would lead to an increase in homelessness",
              "Cllr Rendle",
              "the two direct access hostels in Kelport would be protected",
              "The Head of Housing Services", ["housing", "finance"]),
            q("30", "question",
              "asked whether the remodelling of day services would mean the closure",
              None,
              "no decision had been made on any individual centre",
              "The Cabinet Member", ["adult-social-care"]),
            q("30", "request",
              "provided with a breakdown of the number of people affected by the proposed increase",
              "Cllr Ferrar",
              "undertook to circulate this information to Members before the Cabinet meeting",
              "The Strategic Director", ["finance"]),
            q("30", "comment",
              "had been right to protect eligibility for care at the moderate level",
              "Cllr Bathurst", None, None, ["adult-social-care"]),
            q("32", "request",
              "asked that the panel look at the provision of dementia services",
              "Cllr Westmore", None, None, ["mental-health"]),
            q("33", "question",
              "whether the proposed relocation of the pharmacy from the Westcombe Surgery",
              "Cllr Bathurst",
              "the relocation would need to be approved by the pharmaceutical services committee",
              "Ms Fenwick", ["primary-care"]),
            q("33", "concern",
              "in finding an NHS dentist accepting new adult patients",
              "Cllr Treloar", None, None, ["primary-care"]),
        ],
        "resolutions": [
            r("23", "THAT the Minutes of the meeting held on 13 July 2011 be confirmed",
              "agreed", []),
            r("26", "the Chairman write to the Chief Executive of Harrowsey NHS Trust seeking",
              "agreed", []),
            r("27", "be asked to provide a further update to the panel in March 2012",
              "agreed", ["governance"]),
            r("28", "case note review be reported to its meeting in January 2012",
              "agreed", []),
            r("29", "be forwarded to NHS Harrowsey as its suggested priorities for the Quality Account",
              "agreed", []),
            r("30", "To carry out a full equality impact assessment of the proposed reduction",
              "recommended", ["finance", "housing", "adult-social-care",
                              "patient-and-public-input"]),
            r("31", "THAT the Forward Plan be noted", "noted", []),
            r("32", "the workplan be approved, subject to the addition of an item on dementia services",
              "agreed", ["mental-health"]),
        ],
        "attendees": [
            att("Marian Lusk", "Chairman", "present"),
            att("Colin Bathurst", None, "present"),
            att("Diane Ferrar", None, "present"),
            att("Susan Pettit", None, "present"),
            att("Peter Quayle", None, "present"),
            att("Alan Rendle", None, "present"),
            att("Mr Derek Amey", "Harrowsey LINk", "present"),
            att("Roger Hythe", "Cabinet Member for Adult Social Care, Housing and Community Wellbeing",
                "in_attendance"),
            att("Ivor Treloar", None, "in_attendance"),
            att("Jean Westmore", None, "in_attendance"),
            att("Sarah Dimmock", None, "in_attendance"),
            att("Helen Gosling", None, "in_attendance"),
            att("Martin Keel", None, "in_attendance"),
            att("Paul Lanyon", None, "in_attendance"),
            att("Dawn Sherratt", None, "in_attendance"),
            att("Karen Ebdon", "Director of Nursing and Quality, Harrowsey NHS Trust", "in_attendance"),
            att("Dr Simon Garrard", "Medical Director, Harrowsey NHS Trust", "in_attendance"),
            att("Angela Fenwick", "Head of Primary Care Commissioning, NHS Harrowsey", "in_attendance"),
            att("Dr Rowena Tull", "Director of Public Health", "in_attendance"),
            att("Brian Coombes", None, "apologies"),
            att("Mrs Jenny Lade", "Harrowsey LINk", "apologies"),
        ],
    }


def report_gold() -> dict:
    return {"document": REPORT_NAME, "doc_type": "report"}


# --------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_html())
    (DOCS / REPORT_NAME).write_bytes(report_pdf())
    for gold in (minutes_gold(), report_gold()):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MINUTES_NAME}, {REPORT_NAME} and their gold files")


def norm(text: str) -> str:
    text = text.lower()
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path: Path) -> str:
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "html.parser").get_text()
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        out = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    out.append(cell.text)
        return "\n".join(out)
    return path.read_text(encoding="utf-8", errors="replace")


def check() -> int:
    bad = 0
    for gold_file in sorted(GOLD.glob("np-*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc.name}")
            bad += 1
            continue
        text = norm(doc_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            n_words = len(phrase.split())
            count = text.count(norm(phrase))
            status = "ok"
            if count != 1:
                status = f"FOUND {count} TIMES"
                bad += 1
            elif not 6 <= n_words <= 15:
                status = f"{n_words} WORDS"
                bad += 1
            if status != "ok":
                print(f"{doc.name}: {kind}: {phrase!r}: {status}")
        print(f"{gold_file.name}: {len(phrases)} phrases checked")
    print("check passed" if bad == 0 else f"check FAILED: {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
