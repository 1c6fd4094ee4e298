#!/usr/bin/env python3
"""Build the "eu-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_eu.py           build documents/eu-* and gold/eu-*.json
        build_eu.py --check   verify every gold phrase occurs once in its document
"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

# ---------------------------------------------------------------- document 1
D1 = "eu-glanrafon-social-care-health-scrutiny-2025-03-11.html"

# rows: ("title", cy, en) | ("p", cy, en) | ("res", None, None)
ROWS = [
 ("p", "<strong>Yn bresennol:</strong> Y Cynghorydd Eleri Prydderch (Cadeirydd); Y Cynghorydd Gareth Llewelyn (Is-gadeirydd); Y Cynghorwyr Huw Bevan, Nia Griffiths, Sian Maddocks, Dafydd Pugh a Rhodri Tudur.",
       "<strong>Present:</strong> Councillor Eleri Prydderch (Chair); Councillor Gareth Llewelyn (Vice-Chair); Councillors Huw Bevan, Nia Griffiths, Sian Maddocks, Dafydd Pugh and Rhodri Tudur."),
 ("p", "<strong>Hefyd yn bresennol:</strong> Y Cynghorydd Meinir Rowlands (Aelod Cabinet dros Ofal Cymdeithasol a Llesiant).",
       "<strong>Also present:</strong> Councillor Meinir Rowlands (Cabinet Member for Social Care and Wellbeing)."),
 ("p", "<strong>Swyddogion:</strong> Alun Treharne (Cyfarwyddwr Gwasanaethau Cymdeithasol); Bethan Morgan-Price (Pennaeth Gwasanaethau Oedolion); Carys Ellis (Pennaeth Comisiynu a Chontractau); Llinos James (Swyddog Gwasanaethau Democrataidd).",
       "<strong>Officers:</strong> Alun Treharne (Director of Social Services); Bethan Morgan-Price (Head of Adult Services); Carys Ellis (Head of Commissioning and Contracts); Llinos James (Democratic Services Officer)."),
 ("p", "<strong>Gwahoddedigion:</strong> Dr Owain Hopkin (Dirprwy Gyfarwyddwr Gweithrediadau, Bwrdd Iechyd Prifysgol Glannau Teifi).",
       "<strong>Invited:</strong> Dr Owain Hopkin (Deputy Director of Operations, Teifi Valley University Health Board)."),

 ("title", "1. Ymddiheuriadau", "1. Apologies for absence"),
 ("p", "Derbyniwyd ymddiheuriadau gan y Cynghorwyr Mark Jenkins ac Angharad Vaughan.",
       "Apologies were received from Councillors Mark Jenkins and Angharad Vaughan."),

 ("title", "2. Datgan buddiant", "2. Declarations of interest"),
 ("p", "Datganodd y Cynghorydd Dafydd Pugh fuddiant personol yn eitem 5 gan fod ei ferch yn gweithio i ddarparwr gofal cartref. Arhosodd yn y cyfarfod.",
       "Councillor Dafydd Pugh declared a personal interest in item 5 as his daughter works for a home care provider. He remained in the meeting."),

 ("title", "3. Cofnodion", "3. Minutes"),
 ("res", None, None),
 ("p", "Cymeradwyo cofnodion y cyfarfod a gynhaliwyd ar 21 Ionawr 2025 fel cofnod cywir.",
       "That the minutes of the meeting held on 21 January 2025 be approved as a correct record."),

 ("title", "4. Gofal cartref", "4. Home care"),
 ("p", "Cyflwynodd Pennaeth Gwasanaethau Oedolion adroddiad ar y gwasanaeth gofal cartref a&rsquo;r rhestr aros am becynnau gofal.",
       "The Head of Adult Services presented a report on the home care service and the waiting list for care packages."),
 ("p", "Holodd y Cynghorydd Huw Bevan faint o bobl oedd yn aros am becyn gofal cartref yng ngogledd y sir.",
       "Councillor Huw Bevan asked how many people were waiting for a home care package in the north of the county."),
 ("p", "Atebodd Pennaeth Gwasanaethau Oedolion fod 64 o bobl yn aros ar ddiwedd mis Chwefror, i lawr o 91 ym mis Hydref.",
       "The Head of Adult Services replied that 64 people were waiting at the end of February, down from 91 in October."),
 ("p", "Mynegodd y Cynghorydd Sian Maddocks bryder bod gofalwyr teulu yn gorfod llenwi&rsquo;r bwlch tra bod pobl yn aros. Atebodd y Cyfarwyddwr fod asesiad gofalwr yn cael ei gynnig i bob teulu ar y rhestr aros.",
       "Councillor Sian Maddocks expressed concern that family carers were having to fill the gap while people waited. The Director replied that a carer&rsquo;s assessment was being offered to every family on the waiting list."),
 ("p", "Gofynnodd y Cynghorydd Rhodri Tudur am ddadansoddiad o ffigurau&rsquo;r rhestr aros fesul ardal. Cytunodd Pennaeth Gwasanaethau Oedolion i anfon y dadansoddiad at bob Aelod.",
       "Councillor Rhodri Tudur requested a breakdown of the waiting list figures by locality. The Head of Adult Services agreed to circulate the breakdown to all Members."),
 ("res", None, None),
 ("p", "Nodi&rsquo;r adroddiad a chyflwyno diweddariad pellach ar y rhestr aros gofal cartref i gyfarfod Mehefin 2025.",
       "That the report be noted and a further update on the home care waiting list be brought to the June 2025 meeting."),

 ("title", "5. Gweithlu gofal cymdeithasol", "5. Social care workforce"),
 ("p", "Cyflwynodd y Cyfarwyddwr Gwasanaethau Cymdeithasol yr adroddiad blynyddol ar y gweithlu.",
       "The Director of Social Services presented the annual workforce report."),
 ("p", "Holodd y Cynghorydd Nia Griffiths a oedd y cyngor yn dal i ddibynnu ar weithwyr cymdeithasol asiantaeth yn y timau plant.",
       "Councillor Nia Griffiths asked whether the council still relied on agency social workers in the children&rsquo;s teams."),
 ("p", "Atebodd y Cyfarwyddwr fod un ar ddeg o&rsquo;r deugain swydd gweithiwr cymdeithasol yn y gwasanaethau plant wedi&rsquo;u llenwi gan staff asiantaeth.",
       "The Director replied that eleven of the forty social worker posts in children&rsquo;s services were filled by agency staff."),
 ("p", "Holodd y Cynghorydd Dafydd Pugh a oedd gweithwyr gofal darparwyr a gomisiynwyd yn cael y Cyflog Byw Gwirioneddol. Atebodd Pennaeth Comisiynu a Chontractau fod pob contract wedi gofyn am y Cyflog Byw Gwirioneddol ers Ebrill 2023.",
       "Councillor Dafydd Pugh asked whether care workers employed by commissioned providers were being paid the Real Living Wage. The Head of Commissioning and Contracts replied that every contract had required the Real Living Wage since April 2023."),
 ("p", "Dywedodd y Cynghorydd Gareth Llewelyn nad oedd y Cynnig Rhagweithiol o ofal yn Gymraeg yn cael ei gyflawni mewn llawer o gartrefi gofal.",
       "Councillor Gareth Llewelyn commented that the Active Offer of care in Welsh was still not being met in many care homes."),
 ("res", None, None),
 ("p", "(1) Nodi&rsquo;r adroddiad ar y gweithlu. (2) Bod y Pwyllgor yn cefnogi cynllun hyfforddeion gwaith cymdeithasol &lsquo;Tyfu Eich Hunain&rsquo; ac yn gofyn i&rsquo;r Aelod Cabinet ei ymestyn i wasanaethau oedolion.",
       "(1) That the workforce report be noted. (2) That the Committee supports the &lsquo;Grow Your Own&rsquo; social work trainee scheme and asks the Cabinet Member to extend it to adult services."),

 ("title", "6. Rhyddhau o&rsquo;r ysbyty &ndash; Bwrdd Iechyd Prifysgol Glannau Teifi", "6. Hospital discharge &ndash; Teifi Valley University Health Board"),
 ("p", "Rhoddodd Dr Owain Hopkin gyflwyniad ar bwysau&rsquo;r gaeaf a rhyddhau cleifion o Ysbyty Glanrafon.",
       "Dr Owain Hopkin gave a presentation on winter pressures and the discharge of patients from Ysbyty Glanrafon."),
 ("p", "Holodd y Cadeirydd faint o gleifion oedd yn feddygol iach i&rsquo;w rhyddhau ond yn dal mewn gwely ysbyty. Atebodd Dr Hopkin fod 58 o gleifion o&rsquo;r fath ar ddiwrnod y cyfarfod, y rhan fwyaf yn aros am becyn gofal gartref.",
       "The Chair asked how many patients were medically fit for discharge but still in a hospital bed. Dr Hopkin replied that there were 58 such patients on the day of the meeting, most waiting for a package of care at home."),
 ("p", "Holodd y Cynghorydd Sian Maddocks a fu ymgynghoriad cyhoeddus ar gau gwelyau cam-i-lawr Ward 7.",
       "Councillor Sian Maddocks asked whether the closure of the Ward 7 step-down beds had been subject to public consultation."),
 ("p", "Atebodd Dr Hopkin mai newid dros dro oedd hwn a bod bwrdd rhanbarthol Llais wedi cael gwybod.",
       "Dr Hopkin replied that the change was temporary and that the regional Llais board had been informed."),
 ("p", "Mynegodd y Cynghorydd Huw Bevan bryder am gost gwelyau rhyddhau i asesu mewn cartrefi gofal preifat i&rsquo;r cyngor. Atebodd y Cyfarwyddwr fod y gwelyau yn cael eu hariannu ar y cyd o&rsquo;r Gronfa Integreiddio Ranbarthol tan fis Mawrth 2026.",
       "Councillor Huw Bevan raised concern about the cost to the council of discharge to assess beds in private care homes. The Director replied that the beds were jointly funded from the Regional Integration Fund until March 2026."),
 ("res", None, None),
 ("p", "Bod y Pwyllgor yn ysgrifennu at Brif Weithredwr y Bwrdd Iechyd yn gofyn am y cynllun i ailagor gwelyau cam-i-lawr Ward 7.",
       "That the Committee writes to the Chief Executive of the Health Board asking for the plan to re-open the Ward 7 step-down beds."),

 ("title", "7. Comisiynu gwasanaethau byw &acirc; chymorth", "7. Commissioning of supported living services"),
 ("p", "Cyflwynodd Pennaeth Comisiynu a Chontractau gynnig i aildendro contractau byw &acirc; chymorth fel fframwaith rhanbarthol o fis Ebrill 2026.",
       "The Head of Commissioning and Contracts presented a proposal to re-tender the supported living contracts as a regional framework from April 2026."),
 ("p", "Holodd y Cynghorydd Rhodri Tudur a oedd y cyngor wedi ystyried dod &acirc;&rsquo;r gwasanaeth yn &ocirc;l yn fewnol yn lle aildendro. Atebodd y Pennaeth fod opsiwn mewnol wedi&rsquo;i gostio ac y byddai yn adroddiad y Cabinet.",
       "Councillor Rhodri Tudur asked whether the council had considered bringing the service back in-house instead of re-tendering. The Head replied that an in-house option had been costed and would be set out in the Cabinet report."),
 ("p", "Gofynnodd y Cynghorydd Nia Griffiths i denantiaid a&rsquo;u teuluoedd gael eu hymgynghori cyn cwblhau&rsquo;r fanyleb newydd.",
       "Councillor Nia Griffiths requested that tenants and their families be consulted before the new specification was finalised."),
 ("p", "Atebodd yr Aelod Cabinet fod chwe sesiwn ymgysylltu &acirc; thenantiaid a theuluoedd wedi&rsquo;u trefnu ar gyfer mis Mai.",
       "The Cabinet Member replied that six engagement sessions with tenants and families had been arranged for May."),
 ("res", None, None),
 ("p", "Argymell i&rsquo;r Cabinet fod yr opsiwn mewnol yn cael ei asesu&rsquo;n llawn ochr yn ochr &acirc;&rsquo;r fframwaith cyn hysbysebu unrhyw dendr.",
       "That it be recommended to Cabinet that the in-house option be fully assessed alongside the framework before any tender is advertised."),

 ("title", "8. Blaenraglen waith", "8. Forward work programme"),
 ("res", None, None),
 ("p", "Nodi blaenraglen waith y Pwyllgor ar gyfer 2025/26.",
       "That the Committee&rsquo;s forward work programme for 2025/26 be noted."),
]

def build_doc1():
    out = []
    out.append('<!DOCTYPE html>\n<html lang="cy">\n<head>\n<meta charset="utf-8">\n'
               '<title>Cofnodion / Minutes &ndash; Pwyllgor Craffu Gofal Cymdeithasol ac Iechyd / Social Care and Health Scrutiny Committee &ndash; 11/03/2025</title>\n'
               '<style>body{font-family:Arial,sans-serif;font-size:14px;margin:20px}table.bilingual{border-collapse:collapse;width:100%}'
               'table.bilingual td,table.bilingual th{border:1px solid #999;padding:6px 8px;vertical-align:top;width:50%}'
               'table.bilingual th{background:#d9e2ec}tr.item td{background:#f2f2f2}tr.decision td{font-weight:bold;color:#7a0019}'
               '.crumb{font-size:12px;color:#555}</style>\n</head>\n<body>\n')
    out.append('<p class="crumb"><a href="/cy/">Hafan</a> &gt; <a href="/cy/cyfarfodydd">Cyfarfodydd</a> | <a href="/en/">Home</a> &gt; <a href="/en/meetings">Meetings</a></p>\n')
    out.append('<h1 lang="cy">Cyngor Sir Glanrafon &ndash; Pwyllgor Craffu Gofal Cymdeithasol ac Iechyd</h1>\n')
    out.append('<h1 lang="en">Glanrafon County Council &ndash; Social Care and Health Scrutiny Committee</h1>\n')
    out.append('<p>Cofnodion y cyfarfod a gynhaliwyd ddydd Mawrth, 11 Mawrth 2025 am 10.00 yb, Siambr y Cyngor, Neuadd y Sir, Llanfair Teifi ac o bell.<br>\n'
               'Minutes of the meeting held on Tuesday, 11 March 2025 at 10.00 am, Council Chamber, County Hall, Llanfair Teifi and remotely.</p>\n')
    out.append('<table class="bilingual">\n<thead><tr><th lang="cy">Cymraeg</th><th lang="en">English</th></tr></thead>\n<tbody>\n')
    for kind, cy, en in ROWS:
        if kind == "title":
            out.append(f'<tr class="item"><td lang="cy"><strong>{cy}</strong></td><td lang="en"><strong>{en}</strong></td></tr>\n')
        elif kind == "res":
            out.append('<tr class="decision"><td lang="cy">PENDERFYNWYD</td><td lang="en">RESOLVED</td></tr>\n')
        else:
            out.append(f'<tr><td lang="cy">{cy}</td><td lang="en">{en}</td></tr>\n')
    out.append('</tbody>\n</table>\n')
    out.append('<p>Daeth y cyfarfod i ben am 12.40 yp. / The meeting ended at 12.40 pm.</p>\n')
    out.append('<p class="crumb">Cyhoeddwyd / Published: 18/03/2025 &middot; Gwasanaethau Democrataidd / Democratic Services</p>\n')
    out.append('</body>\n</html>\n')
    return "".join(out)

AS = "adult-social-care"; WF = "workforce"; CF = "children-and-families"; PPI = "patient-and-public-input"
SUB = "subcontracting"; PRIV = "privatisation"; FIN = "finance"; INT = "integration"; GOV = "governance"

def q(item, kind, text, asked, answer, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked, "answer": answer,
            "given_by": given, "themes": themes}

GOLD1 = {
 "document": D1, "doc_type": "minutes",
 "committee": "Social Care and Health Scrutiny Committee", "meeting_date": "2025-03-11",
 "items": [
  {"number": "1", "title": "Apologies for absence"},
  {"number": "2", "title": "Declarations of interest"},
  {"number": "3", "title": "Minutes"},
  {"number": "4", "title": "Home care"},
  {"number": "5", "title": "Social care workforce"},
  {"number": "6", "title": "Hospital discharge – Teifi Valley University Health Board"},
  {"number": "7", "title": "Commissioning of supported living services"},
  {"number": "8", "title": "Forward work programme"},
 ],
 "questions": [
  q("4", "question", "asked how many people were waiting for a home care package in the north",
    "Councillor Huw Bevan", "64 people were waiting at the end of February, down from 91",
    "The Head of Adult Services", [AS]),
  q("4", "concern", "expressed concern that family carers were having to fill the gap",
    "Councillor Sian Maddocks", "a carer's assessment was being offered to every family on the waiting list",
    "The Director", [AS]),
  q("4", "request", "requested a breakdown of the waiting list figures by locality",
    "Councillor Rhodri Tudur", "agreed to circulate the breakdown to all Members",
    "The Head of Adult Services", [AS]),
  q("5", "question", "asked whether the council still relied on agency social workers in the children's teams",
    "Councillor Nia Griffiths", "eleven of the forty social worker posts in children's services were filled by agency staff",
    "The Director", [WF, CF]),
  q("5", "question", "asked whether care workers employed by commissioned providers were being paid the Real Living Wage",
    "Councillor Dafydd Pugh", "every contract had required the Real Living Wage since April 2023",
    "The Head of Commissioning and Contracts", [WF, SUB, AS]),
  q("5", "comment", "the Active Offer of care in Welsh was still not being met",
    "Councillor Gareth Llewelyn", None, None, [AS]),
  q("6", "question", "asked how many patients were medically fit for discharge but still in a hospital bed",
    "The Chair", "there were 58 such patients on the day of the meeting",
    "Dr Hopkin", [AS]),
  q("6", "question", "closure of the Ward 7 step-down beds had been subject to public consultation",
    "Councillor Sian Maddocks", "the change was temporary and that the regional Llais board had been informed",
    "Dr Hopkin", [PPI]),
  q("6", "concern", "raised concern about the cost to the council of discharge to assess beds",
    "Councillor Huw Bevan", "the beds were jointly funded from the Regional Integration Fund until March 2026",
    "The Director", [FIN, INT, AS, PRIV]),
  q("7", "question", "considered bringing the service back in-house instead of re-tendering",
    "Councillor Rhodri Tudur", "an in-house option had been costed and would be set out in the Cabinet report",
    "The Head", [PRIV, SUB, AS]),
  q("7", "request", "requested that tenants and their families be consulted before the new specification was finalised",
    "Councillor Nia Griffiths", "six engagement sessions with tenants and families had been arranged for May",
    "The Cabinet Member", [PPI, SUB, AS]),
 ],
 "resolutions": [
  {"item": "3", "text": "the meeting held on 21 January 2025 be approved as a correct record", "outcome": "agreed", "themes": []},
  {"item": "4", "text": "a further update on the home care waiting list be brought to", "outcome": "agreed", "themes": [AS]},
  {"item": "5", "text": "supports the Grow Your Own social work trainee scheme and asks the Cabinet Member", "outcome": "agreed", "themes": [WF, AS]},
  {"item": "6", "text": "writes to the Chief Executive of the Health Board asking for the plan", "outcome": "agreed", "themes": [AS]},
  {"item": "7", "text": "recommended to Cabinet that the in-house option be fully assessed alongside the framework", "outcome": "recommended", "themes": [PRIV, SUB, AS]},
  {"item": "8", "text": "forward work programme for 2025/26 be noted", "outcome": "noted", "themes": [GOV]},
 ],
 "attendees": [
  {"name": "Councillor Eleri Prydderch", "role": "Chair", "attendance": "present"},
  {"name": "Councillor Gareth Llewelyn", "role": "Vice-Chair", "attendance": "present"},
  {"name": "Huw Bevan", "role": None, "attendance": "present"},
  {"name": "Nia Griffiths", "role": None, "attendance": "present"},
  {"name": "Sian Maddocks", "role": None, "attendance": "present"},
  {"name": "Dafydd Pugh", "role": None, "attendance": "present"},
  {"name": "Rhodri Tudur", "role": None, "attendance": "present"},
  {"name": "Councillor Meinir Rowlands", "role": "Cabinet Member for Social Care and Wellbeing", "attendance": "in_attendance"},
  {"name": "Alun Treharne", "role": "Director of Social Services", "attendance": "in_attendance"},
  {"name": "Bethan Morgan-Price", "role": "Head of Adult Services", "attendance": "in_attendance"},
  {"name": "Carys Ellis", "role": "Head of Commissioning and Contracts", "attendance": "in_attendance"},
  {"name": "Llinos James", "role": "Democratic Services Officer", "attendance": "in_attendance"},
  {"name": "Dr Owain Hopkin", "role": "Deputy Director of Operations, Teifi Valley University Health Board", "attendance": "in_attendance"},
  {"name": "Mark Jenkins", "role": None, "attendance": "apologies"},
  {"name": "Angharad Vaughan", "role": None, "attendance": "apologies"},
 ],
}

# ---------------------------------------------------------------- document 2
D2 = "eu-llywcymru-social-services-complaints.html"
PARAS = [
 ("h2", "Gwneud cwyn am wasanaethau cymdeithasol", "Making a complaint about social services"),
 ("p", "Os nad ydych yn hapus &acirc; gwasanaeth gofal cymdeithasol gan eich cyngor lleol, gallwch wneud cwyn. Mae hyn yn cynnwys gofal i oedolion, gofalwyr, plant a theuluoedd.",
       "If you are not happy with a social care service from your local council, you can make a complaint. This includes care for adults, carers, children and families."),
 ("h2", "Pwy all gwyno", "Who can complain"),
 ("p", "Gallwch gwyno os ydych yn derbyn gwasanaeth, os ydych wedi gofyn am wasanaeth, neu os ydych yn gweithredu ar ran rhywun arall gyda&rsquo;u caniat&acirc;d.",
       "You can complain if you receive a service, if you have asked for a service, or if you are acting for someone else with their permission."),
 ("h2", "Cam 1: datrysiad lleol", "Stage 1: local resolution"),
 ("p", "Siaradwch &acirc; swyddog cwynion y cyngor. Dylai&rsquo;r cyngor gysylltu &acirc; chi o fewn 10 diwrnod gwaith i geisio datrys y mater.",
       "Speak to the council&rsquo;s complaints officer. The council should contact you within 10 working days to try to resolve the matter."),
 ("h2", "Cam 2: ymchwiliad ffurfiol", "Stage 2: formal investigation"),
 ("p", "Os nad ydych yn fodlon, gallwch ofyn am ymchwiliad ffurfiol. Bydd ymchwilydd annibynnol yn edrych ar eich cwyn ac yn ysgrifennu atoch o fewn 25 diwrnod gwaith.",
       "If you are not satisfied, you can ask for a formal investigation. An independent investigator will look at your complaint and write to you within 25 working days."),
 ("h2", "Gofal gan ddarparwr preifat", "Care from a private provider"),
 ("p", "Os yw&rsquo;r cyngor wedi trefnu eich gofal gyda darparwr annibynnol, gallwch gwyno i&rsquo;r darparwr neu i&rsquo;r cyngor. Os ydych yn talu am eich gofal eich hun, cwynwch i&rsquo;r darparwr yn gyntaf.",
       "If the council has arranged your care with an independent provider, you can complain to the provider or to the council. If you pay for your own care, complain to the provider first."),
 ("h2", "Os ydych yn dal yn anhapus", "If you are still unhappy"),
 ("p", "Gallwch fynd &acirc;&rsquo;ch cwyn at Ombwdsmon Gwasanaethau Cyhoeddus Cymru. Gallwch hefyd roi gwybod i Arolygiaeth Gofal Cymru am bryderon am ansawdd gofal.",
       "You can take your complaint to the Public Services Ombudsman for Wales. You can also tell Care Inspectorate Wales about concerns about the quality of care."),
 ("h2", "Help i wneud cwyn", "Help to make a complaint"),
 ("p", "Gall Llais, y corff llais y dinesydd, eich helpu i wneud cwyn am ddim. Gall plant a phobl ifanc gael help gan eiriolwr.",
       "Llais, the citizen voice body, can help you make a complaint free of charge. Children and young people can get help from an advocate."),
]

def build_doc2():
    out = ['<!DOCTYPE html>\n<html lang="cy">\n<head>\n<meta charset="utf-8">\n'
           '<title>Cwynion am wasanaethau cymdeithasol / Social services complaints | LLYW.CYMRU-style guidance</title>\n'
           '<style>body{font-family:Arial,sans-serif;max-width:760px;margin:20px auto}.cy{border-left:4px solid #c8102e;padding-left:8px}'
           '.en{border-left:4px solid #323232;padding-left:8px;color:#222}.meta{font-size:12px;color:#555}</style>\n</head>\n<body>\n',
           '<header><p class="meta">Canllawiau Llywodraeth Ardal Glanrafon (enghraifft) / Glanrafon Area Government guidance (example)</p></header>\n',
           '<main>\n<h1><span lang="cy">Cwynion am wasanaethau cymdeithasol</span> / <span lang="en">Social services complaints</span></h1>\n',
           '<p class="meta">Cyhoeddwyd gyntaf / First published: 2 Mehefin 2025 / 2 June 2025. Canllawiau / Guidance.</p>\n']
    for kind, cy, en in PARAS:
        if kind == "h2":
            out.append(f'<h2><span lang="cy">{cy}</span> / <span lang="en">{en}</span></h2>\n')
        else:
            out.append(f'<p class="cy" lang="cy">{cy}</p>\n<p class="en" lang="en">{en}</p>\n')
    out.append('</main>\n<footer><p class="meta">Hawlfraint y Goron / Crown copyright (ffug / fictional) &middot; Hygyrchedd / Accessibility &middot; Cwcis / Cookies</p></footer>\n</body>\n</html>\n')
    return "".join(out)

GOLD2 = {"document": D2, "doc_type": "other",
         "themes": ["adult-social-care", "children-and-families", "patient-and-public-input", "governance"]}

# ---------------------------------------------------------------- check
def norm(s):
    s = s.replace("\u2019", "'").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()

def html_text(src):
    src = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", src, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", src))

def check():
    ok = True
    for doc, gold in ((D1, GOLD1), (D2, GOLD2)):
        text = " " + norm(html_text(open(os.path.join(DOCS, doc), encoding="utf-8").read())) + " "
        phrases = []
        for qq in gold.get("questions", []):
            phrases.append(qq["text"])
            if qq["answer"]:
                phrases.append(qq["answer"])
        for r in gold.get("resolutions", []):
            phrases.append(r["text"])
        for p in phrases:
            n = len(p.split())
            c = text.count(" " + norm(p) + " ")
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {doc}: count={c} words={n}: {p}")
        print(f"{doc}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

def main():
    for name, content in ((D1, build_doc1()), (D2, build_doc2())):
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    for gold in (GOLD1, GOLD2):
        with open(os.path.join(GOLD, gold["document"].rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)

if __name__ == "__main__":
    main()
