"""Legal forms of many countries and the regexes of entity names that end in one (_ENTITY_RE,
_LEGAL_END_RE), with the organisation words that mark a name without a form."""

from __future__ import annotations

import re

from .places import _REGIONS

_CORP_RE = re.compile(
    r"(?<!\w)(?:Inc\.?|Incorporated|Corporation|Corp\.?|L\.?L\.?C\.?|LLC|Ltd\.?|Limited|LLP|L\.P\.|LP|PLC|plc|"
    r"GmbH|AG|S\.A\.?|S\.A\.S\.?|N\.V\.|B\.V\.|Co\.|Company|Association|Bank|University|Trust|Fund|"
    r"Partners|S\.p\.A\.|Pty\.? Ltd\.?|S\.à r\.l\.?|S\.A R\.L|P\.C\.|PLLC|P\.A\.|LLLP|G\.I\.E\.?|"
    r"S/A|Ltda\.?|Lda\.?|S\.R\.L\.?|S\.L\.|K\.K\.|Kabushiki Kaisha|Sdn\.? Bhd\.?|Pte\.?|"
    r"de C\.V\.|S\. de R\.L\.|Kft\.|Sp\. ?z ?o\.o\.|s\.r\.o\.|a\.s\.|Lt[ée]e|N\.A\.|S\.A\.U\.|OÜ|U\.A\.|"
    # "AS" after a word in lower case only: "Norsk Hydro AS", never "IS MADE AS OF"
    r"(?-i:AB|A/S|ApS|Oy|Oyj|ASA|SpA|SE|PC|SA|SAS|NV|BV|KK|SRL|Srl|(?<=[a-z] )AS|(?<=[A-Z] )AS(?=[ \t]*$)|KG|KGaA|SARL|ULC|DAC|PBC|BVBA|"
    r"Tbk|JSC|PJSC|OJSC|CJSC|FSB))(?![\w/])",
    re.IGNORECASE,
)
_PARTICLES = "of|the|de|du|des|del|della|di|do|da|dos|das|van|von|der|den|y|e|la|le|et|für|zu"
# the legal forms a name ends in
# the longer forms first: "GmbH & Co. KG" is not "GmbH", "S.A. de C.V." not "S.A."
# "Prudent Insurance Company of America": a company or corporation of a country or state
_LEGAL_FORMS = (
    rf"(?:Company|Corporation|COMPANY|CORPORATION)[ \t]+(?i:of)[ \t]+(?i:{_REGIONS})(?![\w])|"
    r"(?:Co|CO)\.,?[ \t]+(?:Ltd\.?|LTD\.?|Limited|LIMITED|Inc\.?|INC\.?)|"
    # "THE MELTED BUN COMPANY, INC.": "Company" is no form when one follows
    r"(?:Company|COMPANY),?[ \t]+(?:Inc\.?|INC\.?|Ltd\.?|LTD\.?|Limited|LIMITED|LLC|L\.L\.C\.)|GmbH[ \t]+&[ \t]+Co\.?[ \t]+KG|S\.A\.(?:B\.)?[ \t]+de[ \t]+C\.V\.|S\.A\.U\.|AB[ \t]+\(publ\)|"
    r"Inc\.?|Incorporated|Corporation|Corp\.|SA(?=,?[ \t]|$)|Corp(?=,|[ \t]*\(|[ \t]+(?:and|a|an)\b)|L\.L\.C\.|LLC|Ltd\.?|Limited|LLP|L\.P\.|LP|PLC|plc|GmbH|AG|"
    r"S\.A\.|N\.V\.|B\.V\.|Co\.|CO\.|INC\.?|INCORPORATED|CORPORATION|CORP\.|LTD\.?|LIMITED|GMBH|S\.P\.A\.|SPA|S\.[AÀaà]\.?[ \t]?[Rr]\.[Ll]\.?|"
    r"P\.C\.|PLLC|P\.A\.|LLLP|G\.I\.E\.?|S/A|LTDA\.?|Ltda\.?|Lda\.?|S\.R\.L\.?|S\.r\.l\.|S\.p\.A\.|SpA|K\.K\.|"
    r"Sdn\.?[ \t]+Bhd\.?|A/S|ApS|Oy|COMPANY|"
    # forms of other countries: "S. de R.L.", "Sp. z o.o.", "Oyj", "Kft.", "ULC"
    r"S\.[ \t]?de[ \t]+R\.L\.(?:[ \t]+de[ \t]+C\.V\.)?|AB|Oyj|KGaA|KG|SARL|ULC|DAC|PBC|"
    r"BVBA|Tbk|P?JSC|OJSC|CJSC|FSB|N\.A\.|Kft\.|Sp\.[ \t]?z[ \t]?o\.o\.|s\.r\.o\.|a\.s\.|"
    r"Lt[ée]e|ASA|National[ \t]+Association|NATIONAL[ \t]+ASSOCIATION|"
    # an Estonian OÜ, a Dutch cooperative's U.A., a Norwegian AS after a word in lower case
    # ("Nordvik Bulk Carriers AS", never "provided AS IS")
    r"OÜ|U\.A\.|(?<=[a-z][ \t])AS(?=,?[ \t]|$)(?![ \t]+IS\b)|"
    # "OSPREY OFFSHORE SERVICES AS" on a line of its own (a blank line, a bracket or a field label
    # such as "Signature:" below it): never the "AS" of "IS MADE AS OF" run on in capitals
    r"(?<=[A-Z][ \t])AS(?=[ \t]*(?:\n[ \t]*(?:\n|\(|[A-Z][a-z][A-Za-z. ]{0,25}:)|\Z))"
)
# a comma after a name word only before a legal form ("Acme, Inc.", "Foo Holdings, L.P.") or in a
# list of names joined by "&" ("Smith, Jones & Co., LLP"): never a place in front of a name ("sales
# in Portugal, Lisbonne Textiles B.V.")
_NAME_COMMA = rf"(?:,(?=\s+(?:(?:{_LEGAL_FORMS})(?![\w/])|[A-Z][\w'’.\-]*(?:,|\s+&\s))))?"
_NAME_WORD_RE = (
    rf"(?:(?:[A-Z0-9]|[a-z]{{1,2}}-?(?=[A-Z])|[a-z](?=\d+[A-Za-z]?[ \t]))[\w&'’.\-]*(?:/\w+)?{_NAME_COMMA}\s+|[-–][ \t]+(?=[A-Z])|"
    r"[a-z][\w\-]*\.(?:com|net|org|io|ai)(?![\w.]),?\s+)"  # "ebix.com, Inc."
)
_ENTITY_RE = re.compile(
    # name words: "Acme", "eBay", "e-Harbor", "24/7", "AT&T"
    # and, after the first word, a particle before a capitalised word: "Banco do Nordeste S.A."
    # "&" and a bracketed place inside a name: "Physician Sales & Service, Inc.", "SHBV (HONG KONG) LTD"
    rf"((?:{_NAME_WORD_RE}(?:{_NAME_WORD_RE}|(?:{_PARTICLES}|&)[ \t]+(?=[A-Z]|the[ \t]+[A-Z])|"
    r"\([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?\),?[ \t]+){0,7}?)?"
    rf"(?:{_LEGAL_FORMS}"
    r")"
    # a fund's number after its form: "ORCA PARTNERS FUND S.À R.L. II" (not "I", "V": a pronoun, "v.")
    r"(?:[ \t]+(?:II|III|IV|VI|VII|VIII|IX)(?=[ \t]*[,;()\n]|[ \t]+(?:and|AND)\b|\Z))?"
    r")(?![\w/])"
    # "THE LIMITED WARRANTY": an adjective, not a suffix
    r"(?!(?<=(?i:limited|company))[ \t]+(?i:warrant|liabilit|licen[cs]e|right|purpose|use\b|exception|remed|edition|time))"
    # "... AND INCORPORATED BY REFERENCE": a verb, not a suffix
    r"(?!(?<=(?i:incorporated))\s+(?i:by|herein|into)\b)",
)


# a name that ends in a legal form: an entity of its own, not a short form of another
_LEGAL_END_RE = re.compile(
    r"(?<!\w)(?:Inc\.?|Incorporated|Corporation|Corp\.?|L\.?L\.?C\.?|Ltd\.?|Limited|LLP|L\.?P\.?|PLC|GmbH|AG|"
    r"S\.?A\.?|N\.?V\.?|B\.?V\.?|Co\.|S\.?[AÀ]\.?\s?R\.?L\.?(?:\s+II)?|K\.?K\.?|Pte\.?\s+Ltd\.?|"
    r"Pty\.?\s+Ltd\.?|S\.?p\.?A\.?|S\.?r\.?l\.?|AB|A/S|Oyj?|SE|KG|KGaA|de\s+C\.?V\.?|S\.?\s?de\s+R\.?L\.?|"
    r"SARL|ULC|DAC|PBC|BVBA|Tbk|P?JSC|N\.A\.|FSB|Kft\.?|Sp\.?\s?z\s?o\.?o\.?|s\.?r\.?o\.?|Lt[ée]e|ASA|"
    r"AB\s+\(publ\)|(?-i:(?<=[A-Za-z] )AS))\W*$",
    re.IGNORECASE,
)
_LIST_SUFFIX_RE = re.compile(
    r"Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Corp\.?|Corporation|L\.P\.|LP|LLP|PLC|plc|GmbH|AG|S\.A\.|N\.V\.|"
    r"B\.V\.|Co\.|Limited",
    re.IGNORECASE,
)
_BARE_SUFFIXES = frozenset(
    (
        "sa inc llc ltd co corp ag nv bv plc gmbh lp llp sas spa limited company pc pa pllc lllp "
        "pte pty sdn bhd ltda kk gie srl sl sarl aps oy ab kg kgaa ulc dac pbc oyj kft na fsb jsc "
        "bvba"
    ).split()
)


# a company named by its registry number, with the province or state that registered it:
# "2468135 Ontario Limited", "9123-4567 Québec Inc.", "1234567 B.C. Ltd." (six digits or more: no
# street number or postcode)
_NUMBERED_COMPANY_RE = re.compile(
    r"^(?:\d{6,7}|\d{4}-\d{4})\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?,?\s+"
    r"(?i:Limited|Ltd\.?|Inc\.?|Incorporated|Corp\.?|Corporation|Lt[ée]e|ULC|LLC)$"
)


_LEGAL_FORM_START_RE = re.compile(rf"(?:{_LEGAL_FORMS})(?![\w/])")


_LOWER_FORMS = frozenset(
    ["plc", "ltd", "inc", "llc", "gmbh", "pty", "bv", "nv", "sa", "ag", "spa", "srl"]
)
_ORG_WORDS_RE = re.compile(
    r"\b(?:University|College|Center|Centre|Hospital|Institute|Foundation|Fund|Trust|Partners|Group|"
    r"Holdings?|Bank|Bancorp|Association|Agency|Department|City|County|State|Authority|Board|Council|"
    r"Society|Systems|Technologies|Labs?|Ventures|Capital|District|Commission|Cooperative|Co-operative|"
    r"Health\s+Plan|"
    r"Credit Union|Consortium|Federation)\b",
    re.IGNORECASE,
)
