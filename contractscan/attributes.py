"""Attribute extractors: small pure functions that read values out of a matched sentence.

Each takes the sentence and its clause's text and returns attributes to merge into the
provision. Rules name the extractors they want (`attributes: [cap, excluded_damages]`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .crossrefs import STATUTE_AFTER
from .hyphens import join_broken_words
from .jurisdictions import jurisdiction, venue
from .prefilter import GatedRegex, GatedRegexes

Extractor = Callable[[str, str], dict[str, Any]]

# --------------------------------------------------------------------------- numbers

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty-five": 45,
    "forty five": 45,
    "sixty": 60,
    "ninety": 90,
    "twenty-four": 24,
    "twenty four": 24,
    "seventy-two": 72,
    "seventy two": 72,
    "forty-eight": 48,
    "forty eight": 48,
    "fourteen": 14,
    "thirteen": 13,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "thirty-six": 36,
    "thirty six": 36,
    "a": 1,
    "an": 1,
}
_NUM = (
    r"(\d+|" + "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True)) + r")"
)


def _num(s: str) -> int:
    s = s.lower()
    return int(s) if s.isdigit() else _NUMBER_WORDS[s]


# --------------------------------------------------------------------------- limitation of liability

#: Currency symbols and ISO codes -> ISO 4217 code. A bare "$" or "dollars" is USD unless a
#: country says otherwise ("CAD $", "Canadian dollars", "A$").
_CURRENCY = {
    "$": "USD",
    "us$": "USD",
    "u.s.$": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "nz$": "NZD",
    "s$": "SGD",
    "hk$": "HKD",
    "r$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "rs.": "INR",
    "rs": "INR",
    "₩": "KRW",
    "₪": "ILS",
    "fr.": "CHF",
}
_CODES = (
    "USD EUR GBP CAD AUD NZD CHF JPY CNY RMB INR SGD HKD SEK NOK DKK ZAR BRL MXN KRW ILS PLN CZK "
    "HUF RUB TRY AED SAR TWD THB MYR IDR PHP"
).split()
_CURRENCY_WORDS = {
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "new zealand dollars": "NZD",
    "singapore dollars": "SGD",
    "hong kong dollars": "HKD",
    "u.s. dollars": "USD",
    "us dollars": "USD",
    "united states dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "pounds": "GBP",
    "swiss francs": "CHF",
    "yen": "JPY",
    "renminbi": "CNY",
    "yuan": "CNY",
    "rupees": "INR",
    "swedish kronor": "SEK",
    "norwegian kroner": "NOK",
    "danish kroner": "DKK",
    "rand": "ZAR",
    "reais": "BRL",
    "pesos": "MXN",
    "won": "KRW",
    "shekels": "ILS",
}
_SYMBOLS = sorted(_CURRENCY, key=len, reverse=True)
#: codes are read in capitals only ("TRY 500", not "try 5 times")
_CODE_RE = "(?-i:" + "|".join(_CODES) + ")"
#: a number: "1,000,000", "100 000", "10,00,000" (Indian grouping), "2.5"
_DIGITS = r"\d{1,3}(?:[ \u00a0]\d{3})+(?:\.\d+)?(?!\d)|\d[\d,]*(?:\.\d+)?"
_SCALE = r"(million|thousand|billion|m|k|bn)\b"
_AMOUNT = re.compile(
    # "CAD $50,000", "US$ 1 million", "€100", "Rs. 10,00,000", "USD 500"
    r"(?:\b(?P<code1>"
    + _CODE_RE
    + r")\s?)?(?<![\w.])(?P<sym>"
    + "|".join(re.escape(x) for x in _SYMBOLS)
    + r"|\b(?:"
    + _CODE_RE
    + r")\b)\s?(?P<num1>"
    + _DIGITS
    + r")\s*(?:"
    + _SCALE.replace("(", "(?P<scale1>", 1)
    + r")?"
    # "50,000 Canadian dollars", "1 million euros", "500 USD"
    + r"|(?P<num2>"
    + _DIGITS
    + r")\s*(?:"
    + _SCALE.replace("(", "(?P<scale2>", 1)
    + r")?\s*(?:\(\s*[^)]{0,30}\)\s*)?"
    + r"(?P<word>"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_CURRENCY_WORDS, key=len, reverse=True)
    )
    + r"|"
    + _CODE_RE
    + r")\b",
    re.IGNORECASE,
)
_SCALES = {"million": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3, "billion": 1e9, "bn": 1e9}


def money(text: str) -> tuple[float, str] | None:
    """The first amount of money in `text` and its ISO currency: 'CAD $50,000' -> (50000.0, 'CAD')."""
    m = _AMOUNT.search(text)
    if not m:
        return None
    if m.group("num1"):
        digits, scale = m.group("num1"), m.group("scale1")
        sym = (m.group("code1") or m.group("sym")).lower()
        currency = _CURRENCY.get(sym) or sym.upper()
    else:
        digits, scale = m.group("num2"), m.group("scale2")
        word = " ".join(m.group("word").lower().split())
        currency = _CURRENCY_WORDS.get(word) or word.upper()
        # "Canadian dollars" may be written before the number's own word ("CAD dollars")
    if currency == "RMB":
        currency = "CNY"
    value = float(re.sub(r"[,\s\u00a0]", "", digits))
    return value * _SCALES.get((scale or "").lower(), 1), currency


#: What a cap is counted in: fees, charges, compensation, revenue or price paid, payable or
#: received; or fees named right after the cap words ("shall not exceed the Monthly Charges").
_FEES = GatedRegex(
    r"\b(fees?|amounts?|charges?|sums?|prices?|compensation|consideration|royalt(?:y|ies)|payments?"
    r"|monies|moneys|remuneration|revenues?)\b[^.;]{0,80}?"
    r"\b(paid|payable|received|receives|receive|due|owed|invoiced|charged|earned|collected)"
    r"|\b(?:exceed|limited\s+to|not\s+more\s+than|no\s+more\s+than|in\s+excess\s+of|up\s+to)\b[^.;]{0,60}?"
    r"\b(?:fees?|charges|royalt(?:y|ies)|revenues?|compensation|consideration)\b"
    r"|\b(?:purchase|contract|supply|order|invoice|sales?)\s+price\b"
    # "capped at what you paid us in the last 3 months": the amount as a relative clause
    r"|\b(?:what|whatever)\s+(?:you|the\s+customer|customer|the\s+client|client|licensee|subscriber)"
    r"\s+(?:have\s+|has\s+|had\s+)?(?:actually\s+)?paid\b"
    r"|\bprice\s+(?:of|for)\s+(?:the\s+|such\s+|any\s+)?(?:defective\s+|affected\s+|relevant\s+)?"
    r"(?:products?|goods|services?|units?|items?|order|deliverables?)",
    re.IGNORECASE,
)
#: An amount withheld from a filed contract: "shall not exceed [***]".
_REDACTED = re.compile(
    r"\b(?:exceed|limited\s+to|not\s+more\s+than|no\s+more\s+than|in\s+excess\s+of|up\s+to|cap(?:ped)?\s+at"
    r"|(?:will|shall)\s+be|is)\s+(?:the\s+(?:sum|amount)\s+of\s+)?\[\s*\*+\s*\]",
    re.IGNORECASE,
)
#: A cap with no figure: the damage typical and foreseeable for this kind of contract.
_FORESEEABLE = re.compile(
    r"\blimited\s+to\s+(?:the\s+|such\s+)?(?:amount\s+of\s+(?:the\s+)?)?"
    r"(?:(?:typical(?:ly)?,?\s+|reasonably\s+)?(?:and\s+)?foreseeable\b|"
    # "limited to the damage that is typical for the contract and foreseeable", "limited to the
    # damage that was foreseeable and typical for this type of contract"
    r"(?:damages?|loss(?:es)?)\s+(?:that\s+|which\s+)?(?:is\s+|are\s+|was\s+|were\s+)?"
    r"(?:typical(?:ly)?|(?:reasonably\s+)?foreseeable)\b)",
    re.IGNORECASE,
)
_MONTHS = re.compile(
    r"\b(?:\(?" + _NUM + r"\)?[\s-]*(?:\(\d+\)[\s-]*)?(months?|years?)"
    r"|(one|a|the|preceding|prior|previous|last|past)\s+(?:calendar\s+|contract\s+)?year|annual)",
    re.IGNORECASE,
)
#: "three (3)", "2.5": how many times, in words or figures
_TIMES_COUNT = r"\b(two|three|four|five|\d+(?:\.\d+)?)\s*(?:\(\d+\)\s*)?"
_MULTIPLE = re.compile(_TIMES_COUNT + r"(?:times|x)\b", re.IGNORECASE)
#: a multiple of another cap: "three (3) times the amount stated in Section 14.2"
_MULTIPLE_OF_CAP = re.compile(
    _TIMES_COUNT + r"times\s+the\s+(?:amount|cap|limit|sum|maximum)"
    r"\b[^.;]{0,40}?\b(?:in|under|of|by)\s+(?:section|clause|article|paragraph|§)",
    re.IGNORECASE,
)


def cap(sentence: str, clause: str) -> dict[str, Any]:
    """Cap basis: fees paid in N months, a fixed amount, a multiple of fees, or the greater of them;
    an amount the filing withholds ("[***]") is `undisclosed`. A time limit on bringing claims in
    the same sentence is read too (`claim_period_months`)."""
    out: dict[str, Any] = claims_period(sentence, clause)
    low = sentence.lower()
    if not re.search(
        r"exceed|limited to|\bcap\b|\bcapped\b|maximum|aggregate|greater of|lesser of|not more than"
        r"|no more than|in excess of|up to",
        low,
    ):
        return out
    bases = []
    fees = _FEES.search(sentence)
    if fees:
        mult = _MULTIPLE.search(sentence)
        if mult:
            bases.append("multiple_of_fees")
            m = mult.group(1).lower()
            out["cap_multiple"] = float(_NUMBER_WORDS.get(m, 0) or m)
        else:
            bases.append("fees_paid")
        mo = _MONTHS.search(sentence[fees.start() :])
        if mo:
            if mo.group(1) and mo.group(2):
                n = _num(mo.group(1))
                out["cap_months"] = n * 12 if mo.group(2).lower().startswith("year") else n
            else:
                out["cap_months"] = 12
    if not bases and (other := _MULTIPLE_OF_CAP.search(sentence)):
        # "shall not exceed three (3) times the amount stated in Section 14.2": a multiple of
        # another cap of the document
        bases.append("multiple_of_cap")
        m = other.group(1).lower()
        out["cap_multiple"] = float(_NUMBER_WORDS.get(m, 0) or m)
    amount = money(sentence)
    if amount:
        bases.append("fixed")
        out["cap_amount"], out["cap_currency"] = amount
    elif not bases and _FORESEEABLE.search(sentence):
        # "limited to the foreseeable damage typical for the contract": the cap civil-law terms
        # put on liability for slight negligence, with no figure
        bases.append("foreseeable_damage")
    elif not bases and _REDACTED.search(sentence):
        # "the maximum liability ... will be [***]": a cap whose figure the filing withholds
        bases.append("undisclosed")
    if bases:
        sections = cap_sections(sentence) or _sections_before(sentence, clause)
        if sections:
            out["cap_sections"] = sections
            if _BEYOND_SECTIONS.search(sentence):
                out["cap_beyond_sections"] = True
        if scoped := _SCOPED_CAP.search(sentence):
            out["scoped"] = True
            if not scoped.group("preview"):
                out["reaches"] = _BREACH_AREAS
        out["cap_basis"] = (
            bases[0] if len(bases) == 1 else "greater_of" if "greater" in low else bases[0]
        )
        if len(bases) > 1:
            out["cap_bases"] = bases
    return out


_DAMAGES = {
    "consequential": r"consequential",
    "indirect": r"indirect",
    "incidental": r"incidental",
    "special": r"\bspecial\b",
    "punitive": r"punitive",
    "exemplary": r"exemplary",
    "lost_profits": r"(?:loss|lost)\s+(?:of\s+)?profits?",
    "lost_revenue": r"(?:loss|lost)\s+(?:of\s+)?(?:revenues?|sales|business)",
    "lost_data": r"(?:loss|lost)\s+(?:of\s+|or\s+corrupt\w*\s+)?data",
    "goodwill": r"goodwill",
    "business_interruption": r"business\s+interruption",
    "lost_savings": r"(?:loss|lost)\s+(?:of\s+)?(?:anticipated\s+)?savings",
    "loss_of_use": r"loss\s+of\s+use",
    "lost_opportunity": r"(?:loss|lost)\s+(?:of\s+)?(?:business\s+)?opportunit",
    "reputation": r"(?:loss|damage)\s+(?:of|to)\s+reputation|reputational",
    "cost_of_cover": r"(?:cost|procurement)\s+of\s+(?:procuring\s+)?substitute|cost\s+of\s+cover\b",
    "enhanced": r"\benhanced\s+damages|\b(?:treble|multiple|multiplied)\s+damages",
    "statutory": r"\bstatutory\s+damages",
}
_DAMAGES_RE = GatedRegexes(_DAMAGES)


#: "limited to (the recovery of) actual and direct damages": every indirect kind is excluded.
_DIRECT_ONLY = GatedRegex(
    r"\blimited\s+to\s+(?:the\s+recovery\s+of\s+)?(?:any\s+)?(?:actual|direct)(?:\s+(?:and|or)\s+(?:actual|direct))?"
    r"\s+(?:damages|costs|losses|loss)",
    re.IGNORECASE,
)


#: "will not be liable to the other Party for [***]": an exclusion whose kinds the filing withholds.
_REDACTED_EXCLUSION = GatedRegex(
    r"\b(?:liable|liability|responsible)\b[^.;]{0,80}?\bfor\s+(?:any\s+)?\[\s*\*+\s*\]",
    re.IGNORECASE,
)


#: "any liability (whether direct or indirect)", "any direct or indirect loss": every kind of
#: liability named, no kind set apart (a list running on, "direct, indirect, incidental or
#: consequential damages", still names its kinds).
_DIRECT_OR_INDIRECT = re.compile(
    r"\bwhether\s+direct(?:ly)?\s*(?:,|/|or\b|and/or\b)\s*indirect(?:ly)?\b"
    r"(?!\s*(?:or|and)\b|\s*,\s*(?:incidental|special|consequential|punitive|exemplary))"
    r"|\bdirect(?:ly)?\s*(?:/|or\b|and/or\b)\s*indirect(?:ly)?\b(?!\s*(?:,|or\b|and\b))",
    re.IGNORECASE,
)


def excluded_damages(sentence: str, clause: str) -> dict[str, Any]:
    sentence = _DIRECT_OR_INDIRECT.sub(" ", sentence)
    found = _DAMAGES_RE.found(sentence)
    if _DIRECT_ONLY.search(sentence) and "indirect" not in found:
        found.append("indirect")
    if not found and _REDACTED_EXCLUSION.search(sentence):
        found.append("undisclosed")
    return {"excluded_damages": found} if found else {}


#: "must be brought within one (1) year after the cause of action arose", "neither party may bring
#: a claim or action, regardless of form, ... more than two years after": a time limit on claims.
_CLAIMS_PERIOD = GatedRegex(
    r"\b(?:brought|bring|commenced|commence|filed|instituted|initiated|asserted|made)\b[^.;]{0,160}?"
    r"\b(?:within|more\s+than|later\s+than)\s+"
    + _NUM
    + r"\s*(?:\(\d+\)\s*)?(months?|years?|days?)",
    re.IGNORECASE,
)


def claims_period(sentence: str, clause: str) -> dict[str, Any]:
    """claim_period_months: the time within which a claim must be brought (a limitation period)."""
    m = _CLAIMS_PERIOD.search(sentence)
    if not m:
        return {}
    n, unit = _num(m.group(1)), m.group(2).lower()
    months = (
        n * 12 if unit.startswith("year") else n if unit.startswith("month") else round(n / 30, 1)
    )
    return {"claim_period_months": months}


#: An auxiliary and "not", written out or contracted ("does not", "doesn't", "won’t").
_AUX_NOT = r"\b(?:(?:do|does|shall|will)\s+not|(?:do|does|sha|wo)n['\u2019]t)"


#: "we are not responsible for your failure to ...", "not liable for any loss arising from your
#: failure to ...", "no liability to any buyer if you fail to ...": what is excluded is the other
#: side's own failure, i.e. the consequences stay where they arose, not a loss the excluding side
#: could cause. Only where that failure is what the exclusion names first.
_OWN_FAILURE = GatedRegex(
    r"(?:\b(?:no|not|never|cannot)\b|n['’]t\b)[^.;]{0,40}?"
    r"\b(?:responsib\w*|liab\w*)\s+(?:to\s+you\s+|whatsoever\s+)?"
    r"(?:for|from|in\s+respect\s+of|with\s+respect\s+to|(?:associated\s+with\s+or\s+)?arising\s+from)"
    r"\s+(?:any\s+)?(?:(?:loss|losses|damage|damages|harm|consequences?)"
    r"(?:\s+(?:or|and)\s+(?:loss|losses|damage|damages))?"
    r"\s+(?:arising|resulting|caused|that\s+(?:are|is)\s+the\s+result)\s+(?:from|by|out\s+of|of)\s+)?"
    r"(?:your|the\s+user'?s|a\s+user'?s)\s+(?:own\s+)?failure\b"
    r"|\b(?:no|not)\s+(?:\w+\s+){0,3}(?:liab\w*|responsib\w*)\b[^;.]{0,40}\bif\s+you\s+fail\s+to\b"
    # "If you do not notify us promptly, ... we will not be responsible for losses that could
    # have been avoided had you told us sooner"
    r"|\bif\s+you\s+(?:do\s+not|don['’]t|fail\s+to|did\s+not)\b[^.;]{0,120}?"
    r"(?:\b(?:no|not|never)\b|n['’]t\b)[^.;]{0,40}?\b(?:responsib\w*|liab\w*)\b"
    r"|\b(?:responsib\w*|liab\w*)\b[^.;]{0,60}?\b(?:could|would|might)\s+have\s+been\s+"
    r"(?:avoided|prevented|limited|mitigated)\s+(?:had|if)\s+you\b",
    re.IGNORECASE,
)


def own_failure(sentence: str, clause: str) -> dict[str, Any]:
    """own_failure: the liability excluded is for the other side's own failure ("we are not
    responsible for your failure to keep your password secure")."""
    return {"own_failure": True} if _OWN_FAILURE.search(sentence) else {}


#: "GPL may stop providing the services as provided in the Agreement", "nothing in this clause
#: limits our right to terminate under clause 19.4", "without prejudice to our right to close your
#: account", "if all other termination requirements are met": a right to end named by reference
#: to the clause that grants it (a numbered clause, or the agreement as a whole after "as provided
#: in"), not granted by this sentence.
_BY_REFERENCE = GatedRegex(
    r"\b(?:terminat\w*|suspend\w*|clos(?:e|es|ed|ing)|stop\s+providing|end(?:s|ed|ing)?|"
    r"disabl\w*|cancel\w*|block\w*)\b[^.;,]{0,60}?"
    r"\b(?:(?:as\s+(?:provided|set\s+out|described|specified|permitted)\s+(?:in|under)|pursuant\s+to|"
    r"in\s+accordance\s+with)\s+(?:clause|section|paragraph|article|item)\s+\d"
    r"|as\s+(?:provided|set\s+out|described|specified)\s+(?:in|under)\s+(?:the|this)\s+"
    r"(?:agreement|terms)\b)"
    r"|\b(?:without\s+prejudice\s+to|nothing\s+in\s+[^.;]{0,40}?\blimits?)\s+[^.;]{0,30}?"
    r"\bright\s+to\s+(?:terminat|suspend|close|end)"
    r"|\bif\s+all\s+other\s+termination\s+requirements\b",
    re.IGNORECASE,
)


def by_reference(sentence: str, clause: str) -> dict[str, Any]:
    """by_reference: the right to end is named by reference to the clause that grants it."""
    return {"by_reference": True} if _BY_REFERENCE.search(sentence) else {}


_CARVE_CUE = GatedRegex(
    r"\bexcept\b|\bexclud|(?:\bnot|n['\u2019]t)\s+apply\b|\bother than\b|"
    # "Oriole is liable without limitation for damage caused intentionally or by gross
    # negligence, for personal injury ... and for its obligations under Section 15": what is
    # left uncapped, said affirmatively
    r"\bliable\s+without\s+(?:limitation|limit)\b|\bunlimited\s+liability\b|"
    + r"(?:\bshall not|\bwill not|\bdoes not|\bdo not|(?:sha|wo|does|do)n['\u2019]t)\s+limit\b|\bcarve|"
    # "Nothing in this Section 14.7 shall limit or restrict the indemnification obligations ...",
    # "Neither Section 15.1 nor Section 15.2 applies to or limits: ...": what follows the verb is
    # what the limits do not reach
    + r"\bnothing\b(?:[^.;]|\.(?=\d)){0,150}?\b(?P<verb>limit|restrict|exclud|reduc)"
    + r"|\bneither\b(?:[^.;:]|\.(?=\d)){0,80}?\bnor\b(?:[^.;:]|\.(?=\d)){0,80}?\b"
    + r"(?P<verb2>appl(?:y|ies)|limits?|restricts?|exclud)",
    re.IGNORECASE,
)
_CARVE_OUTS = {
    "indemnity": r"indemnif",
    "confidentiality": r"confidential",
    "gross_negligence": r"gross(?:ly)?\s+neglig",
    "willful_misconduct": r"wil(?:l)?ful\s+(?:misconduct|default|breach)|intentional\s+misconduct",
    # (not a statute or a body cited by name: "a fine ... under the Data Protection Act 2018")
    "data_breach": r"data\s+(?:protection(?!\s+(?:act|commission|authority|commissioner)\b)|security|breach)"
    r"|security\s+breach|personal data",
    # ("willful injury to the person or property of another", "injury to any person")
    # ("liability for bodily or moral injury", "physical or mental injury")
    "death_personal_injury": r"death|(?:personal|bodily|physical)(?:\s+(?:or|and)\s+(?:moral|mental))?\s+injur"
    r"|injury to (?:the |any )?(?:life|persons?\b|people)"
    r"|life, body,? (?:or|and) health",
    "fraud": r"fraud",
    "ip_infringement": r"infring|intellectual property",
    "payment": r"payment obligations|fees owed|amounts? due",
}
_CARVE_RE = GatedRegexes(_CARVE_OUTS)
_BREACH_NOTICE = re.compile(
    r"\b(?:notif(?:y|ies|ied|ying|ication)|notice|inform(?:ing)?|report(?:ing)?)\b[^.;:]{0,40}?"
    r"\b(?:of|about)\s+(?:a|an|any|the|each|such)?\s*(?:personal\s+)?(?:data|security)\s+"
    r"(?:breach|incident)(?:es|s)?\b",
    re.IGNORECASE,
)


# a number ("12.1") or a letter and a number ("C.2", as terms lettered A, B, C ... number them;
# "G5.2", a part's letter before its section's number)
#: (with the paragraph it names in brackets, "§ 10 (5)", "Section 13(5)": not "Section 5 (a) and
#: (b)", which names the whole section's items)
_SECTION_NO = (
    r"(?:[A-Z]\.|[A-Z](?=\d))?\d+(?:\.\d+)*"
    r"(?:\s?\((?:\d{1,2}|[a-z])\)(?!\s*(?:,|and|or|to|&)\s*\())?"
)
# ("Art. 13.1", "Arts. 8 and 9": the abbreviation Italian, Spanish and German drafting uses)
_SECTION_WORD = r"(?:sub-?)?(?:sections?|clauses?|paragraphs?)|articles?|arts?\."
_SECTION_REF = re.compile(
    r"(?:\b(?:"
    + _SECTION_WORD
    + r")|§)\s*((?:"
    + _SECTION_NO
    + r")(?:\s*(?:,|and|or|&|to|through|-|–)\s*(?:(?:"
    + _SECTION_WORD
    + r")\s*)?"
    + _SECTION_NO
    + r")*)",
    re.IGNORECASE,
)
_SECTION_NUM = re.compile(r"(?<![\w.])" + _SECTION_NO, re.IGNORECASE)
# "Subsections (a) and (b)", "Paragraphs (2) to (5)": items of the clause the sentence stands
# in, named by label alone (kept as "(a)"; coverage reads them beside the provision's own clause)
_ITEM = r"\((?:[a-z]{1,4}|\d{1,2})\)"
_ITEM_RE = re.compile(_ITEM, re.IGNORECASE)
_ITEM_REF = re.compile(
    r"\b(?:"
    + _SECTION_WORD
    + r")\s+("
    + _ITEM
    + r"(?:\s*(?:,|and|or|&|to|through|-|–)\s*"
    + _ITEM
    + r")*)",
    re.IGNORECASE,
)


# "obligations under Article IX", "Articles VI and IX": articles numbered in Roman numerals, named
# as the segmenter numbers them ("Article IX"; its sections "9.01" are "Article IX.9.01" in full)
_ROMAN_REF = re.compile(
    r"\b(?i:articles?)\s+((?-i:[IVXLC]{1,6})\b(?:\s*(?:,|(?i:and|or)|&)\s*(?-i:[IVXLC]{1,6})\b)*)"
)


_RANGE_TO = re.compile(r"\s*(?:to|through|-|–)\s*(?:" + _SECTION_WORD + r")?\s*$", re.I)


def _range(first: str, last: str) -> list[str]:
    """The numbers from `first` to `last` when they differ in their last part only ("12.2" to
    "12.4"), else the two alone."""
    head_a, _, a = first.rpartition(".")
    head_b, _, b = last.rpartition(".")
    if head_a == head_b and a.isdigit() and b.isdigit() and 0 < int(b) - int(a) <= 50:
        prefix = head_a + "." if head_a else ""
        return [f"{prefix}{i}" for i in range(int(a), int(b) + 1)]
    return [first, last]


def _items(refs: str) -> list[str]:
    """The labels "(2) to (5)" or "(a), (b) and (d)" names, a range spelled out ("(2)", "(3)",
    "(4)", "(5)") where its ends are numbers or single letters."""
    out: list[str] = []
    prev_end, prev = 0, ""
    for n in _ITEM_RE.finditer(refs):
        label = n.group(0)[1:-1]
        names = [label]
        if prev and _RANGE_TO.match(refs[prev_end : n.start()]):
            if prev.isdigit() and label.isdigit() and 0 < int(label) - int(prev) <= 20:
                names = [str(i) for i in range(int(prev) + 1, int(label) + 1)]
            elif len(prev) == len(label) == 1 and 0 < ord(label) - ord(prev) <= 20:
                names = [chr(i) for i in range(ord(prev) + 1, ord(label) + 1)]
        out += [f"({x})" for x in names]
        prev_end, prev = n.end(), label
    return out


def section_refs(text: str) -> list[str]:
    """Section numbers a passage names ("Section 7 or Section 8.4", "Sections 12.1 and 12.2";
    "Clauses 12.2 to 12.4" names 12.3 too)."""
    out: list[str] = []
    for m in _SECTION_REF.finditer(text):
        if STATUTE_AFTER.match(text, m.end()):
            continue  # "section 64A of the ACL", "Article 22 of the GDPR": a statute's, not ours
        refs = m.group(1)
        prev_end, prev = 0, ""
        for n in _SECTION_NUM.finditer(refs):
            names = ["".join(n.group(0).split())]
            if prev and "(" not in prev + names[0] and _RANGE_TO.match(refs[prev_end : n.start()]):
                names = _range(prev, n.group(0))[1:]
            out += [x for x in names if x not in out]
            prev_end, prev = n.end(), n.group(0)
    for m in _ITEM_REF.finditer(text):
        out += [x for x in _items(m.group(1)) if x not in out]
    for m in _ROMAN_REF.finditer(text):
        out += [
            f"Article {x}" for x in re.findall(r"[IVXLC]+", m.group(1)) if f"Article {x}" not in out
        ]
    return out


def carve_outs(sentence: str, clause: str) -> dict[str, Any]:
    """What a cap or exclusion does not reach, read after an exception cue ('except', 'shall not apply').

    Besides kinds of liability ("gross negligence", "indemnification obligations") a carve-out may
    name sections ("a Party's obligations under Section 11"): those become `section:N`, which
    shelter the commitments of that section (coverage.py). The sections a "Sections 12.1 and 12.2
    do not apply to" names before its cue are the caps it lifts, not carve-outs.
    """
    cue = _CARVE_CUE.search(sentence)
    if not cue:
        return {}
    verb = "verb" if cue.group("verb") else "verb2" if cue.group("verb2") else None
    tail = sentence[cue.start(verb) if verb else cue.start() :]
    # "(c) either party's liability for breach of Section 12 (Confidentiality), other than a
    # breach relating to Customer Data, which remains subject to Sections 16.1 and 16.2": the
    # section is carved out but for its data, which stays capped (`section:12:but_data`)
    but_data = {
        refs[-1]
        for m in _NESTED_EXCEPTION.finditer(tail, 1)
        if _DATA_EXCEPTION.search(m.group(0))
        and (refs := section_refs(re.split(r";|\(\w{1,4}\)", tail[: m.start()])[-1]))
    }
    # "(c) a Party's breach of Article 11, other than a breach arising from a Security Incident,
    # which is governed by Section 14.4; (d) ...": an exception to one carve-out is no carve-out
    tail = tail[:1] + _NESTED_EXCEPTION.sub(" ", tail[1:])
    # "our liability for failing to notify you of a Personal Data Breach": the notice duty is
    # carved out, not the data duties whose breach it reports
    notice = _BREACH_NOTICE.search(tail) is not None
    # "Teasel's breach of Section 9 (Data Protection and Security)": the title after a section's
    # number names the section, it carves out no kind of liability of its own
    kinds = _OWN_IP.sub(" ", _CITED_TITLE.sub(" ", tail))
    found = _CARVE_RE.found(_BREACH_NOTICE.sub(" ", kinds) if notice else kinds)
    if notice:
        found.append("breach_notice")
    lifted = _lifted(sentence)
    if not _OTHER_CAP.search(tail):
        # ("except that for claims under Section 9.3 the Licence Indemnity Limit applies
        # instead": the section keeps a cap of its own, it is not carved out; "whether under
        # Section 11, Section 12 or otherwise" names what the cap reaches, not an exception)
        # ("a party's wilful breach of clause 13": only a breach of that kind is carved out, the
        # section's other breaches stay capped)
        named = _WILFUL_BREACH.sub(" ", WHETHER_UNDER.sub(" ", tail))
        # ("... do not apply to: (a) Plantcutter's liability for a breach of Schedule A": a part
        # of the document named whole, as the segmenter numbers it)
        refs = section_refs(named) + container_refs(_SECTION_OF_PART.sub(" ", named))
        found += [
            f"section:{n}:but_data" if n in but_data else f"section:{n}"
            for n in refs
            if n not in lifted
        ]
    return {"carve_outs": found} if found else {}


#: an exception for data: "other than a breach relating to Customer Data", "excluding any Security
#: Incident"
_DATA_EXCEPTION = re.compile(
    r"\b(?:customer|client|personal|user)\s+(?:data|information)\b|\bsecurity\s+(?:incident|breach)"
    r"|\bdata\s+(?:breach|incident|protection)",
    re.IGNORECASE,
)


#: a breach of a section qualified by its intent: what it carves out is that kind of breach
_WILFUL_BREACH = re.compile(
    r"\b(?:wil{1,2}ful|deliberate|intentional|knowing|fraudulent)(?:\s+(?:or|and)\s+[a-z]+)?"
    r"\s+(?:breach(?:es)?|violations?)\s+of\s+(?:this\s+|its\s+)?"
    r"(?:(?:sections?|clauses?|articles?|paragraphs?)\s*|§\s*)[\dA-Z][\w.()]*"
    r"(?:\s*(?:,|or|and)\s*(?:(?:sections?|clauses?|articles?)\s*)?\d[\w.()]*)*",
    re.IGNORECASE,
)


#: the theories or sections a cap reaches whatever the claim: "whether under Section 11, Section 12,
#: the Data Processing Agreement or otherwise"
WHETHER_UNDER = re.compile(
    r"\bwhether\b(?:[^.;]|\.(?=\d)){0,200}?\bor\s+otherwise\b", re.IGNORECASE
)


#: an exception inside a list of carve-outs, to the end of its item: "other than a breach arising
#: from a Security Incident, which is governed by Section 14.4"
_NESTED_EXCEPTION = re.compile(
    r",\s*\b(?:other\s+than|but\s+not|save\s+for|excluding)\b[^;]*?(?=;|,?\s+(?:and|or)\s+\(|$)",
    re.IGNORECASE,
)


#: "Customer's liability for infringement or misappropriation of Knot's intellectual property
#: rights": a party's liability for taking the other's own IP, which shelters no promise about
#: third parties' rights (an IP indemnity or non-infringement warranty)
_OWN_IP = re.compile(
    r"\b(?:infring\w*|misappropriat\w*|violat\w*)(?:\s*,?\s*(?:or|and)\s+(?:infring\w*|misappropriat\w*|violat\w*))?"
    r"\s+(?:of|upon)\s+(?:the\s+other\s+party['’]s|a\s+party['’]s|either\s+party['’]s|its|our|your|"
    r"(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}['’]s)\s+(?:intellectual\s+property|ip|proprietary)"
    r"(?:\s+rights)?",
    re.IGNORECASE,
)
_CITED_TITLE = re.compile(
    r"(?<=\d)\s*\((?!(?:[a-z]{1,4}|[ivxlc]{1,6}|\d{1,3})\))[A-Z][^()]{2,80}\)"
    r"|(?<=\d)\s*\[[A-Z][^\[\]]{2,80}\]"
)
_OTHER_CAP = re.compile(
    r"\b(?:limit|cap|maximum|amount)s?\b[^.;]{0,60}?\b(?:appl(?:y|ies)|(?:will|shall)\s+apply)\s+instead\b",
    re.IGNORECASE,
)


#: a part of a document named whole: "Exhibit A", "Schedule 2", "Annex 1", "Part 10" (the parts
#: numbering._CONTAINER_RE knows, in the singular or the plural)
_CONTAINER_WORD = (
    r"schedules?|exhibits?|annex(?:es)?|appendi(?:x|ces)|attachments?|addend(?:um|a)|parts?"
)
_CONTAINER_LABEL = r"(?-i:[A-Z])\b|\d{1,2}\b"
_CONTAINER = rf"(?:{_CONTAINER_WORD})\s+(?:{_CONTAINER_LABEL})"
_CONTAINER_REF = re.compile(rf"\b({_CONTAINER_WORD})\s+({_CONTAINER_LABEL})", re.IGNORECASE)
_SINGULAR = {"annexes": "annex", "appendices": "appendix", "addenda": "addendum"}

#: a section named inside a part ("Section A.3 of Schedule A"): that section, not the whole part
_SECTION_OF_PART = re.compile(
    rf"\b(?:{_SECTION_WORD})\s*[\w.()]+\s+(?:of|in|to)\s+(?:the\s+)?(?:{_CONTAINER_WORD})\s+\w+",
    re.IGNORECASE,
)

#: what a liability is for, said by its source: "arising out of", "relating to"
_ARISING = (
    r"(?:arising\s+(?:out\s+of|from|under)|relating\s+to|related\s+to|in\s+connection\s+with)"
)

_CAP_SECTIONS = GatedRegex(
    # ("total reimbursement under this Section 6.6": what one section pays, capped)
    # ("For breach of Article 6 or Article 7, Tern's total liability will not exceed ...": the
    # sections named at the head of the sentence)
    r"(?:^\W*(?:\d+(?:\.\d+)*\.?\s+)?for\s+(?:any\s+)?breach(?:es)?\s+of\s+(?=(?:this\s+)?(?:(?:sections?|clauses?|articles?|paragraphs?|arts?\.)\s*|§\s*)\d[^.;]{0,60},[^.;]{0,40}\bliabilit)|"
    # ("The total aggregate liability of the Service Provider arising out of any breach of
    # Clause 10": the party whose liability it is, named between)
    r"\b(?:liabilit(?:y|ies)|reimbursements?|compensation|payments?\s+(?:due|payable)|credits?)"
    r"(?:\s+of\s+(?:the\s+|each\s+|either\s+)?[\w-]+(?:\s+[\w-]+)??)?"
    r"\s+(?:for\s+(?:any\s+)?(?:breach(?:es)?\s+of\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:in|under|of)\s+|under\s+"
    # "liability for breach of Article 8", "liability arising out of any breach of Article 8"
    r"|(?:for|"
    + _ARISING
    + r"(?:\s+or\s+"
    + _ARISING
    + r")?)\s+(?:any\s+|a\s+|its\s+|their\s+|our\s+|your\s+)?breach(?:es)?\s+of\s+"
    # "liability for all claims arising out of any breach of Article 6, Exhibit B or Article 12"
    # ("for all claims arising out of or relating to a breach of Section 7, Section 8 or the DPA")
    r"|for\s+(?:all\s+|any\s+)?claims?\s+"
    + _ARISING
    + r"(?:\s+or\s+"
    + _ARISING
    + r")?\s+(?:any\s+|a\s+)?(?:breach(?:es)?\s+of\s+)?))"
    # "liability under this Section 12", "under this § 14", "under Article VII"
    # ("for breach of clause A8": a section lettered by its part)
    r"(?:this\s+)?(?:(?:(?:sections?|clauses?|articles?|paragraphs?|arts?\.)\s*|§\s*)(?-i:[A-Z])?\d"
    r"|articles?\s+(?-i:[IVXLC]{1,6})\b"
    # ("for any breach of Exhibit A, or of Section 10": a part of the document named whole)
    r"|" + _CONTAINER + r")",
    re.IGNORECASE,
)
#: "Stilt's aggregate liability arising out of Beta Features will not exceed $1,000": a cap on
#: what a preview costs, which reaches none of the commitments of the service itself; "Curlew's
#: total cumulative liability for all Data Breach Liabilities will not exceed three times the
#: fees": a cap of its own for data breaches, which reaches the commitments on personal data and
#: its security (`_BREACH_AREAS`), not the indemnity for infringement beside them
_SCOPED_CAP = GatedRegex(
    r"\bliabilit(?:y|ies)\s+(?:[\w-]+\s+){0,4}?(?:arising\s+(?:out\s+of|from)|relating\s+to|in\s+"
    r"connection\s+with|for|with\s+respect\s+to|under)\s+(?:the\s+|any\s+|all\s+|an?\s+|your\s+use\s+of\s+(?:the\s+|any\s+)?)?"
    r"(?:(?P<preview>beta|preview|early[- ]access|evaluation|trial|experimental)"
    r"|data\s+(?:breach|protection|security)|security\s+(?:incidents?|breach(?:es)?)|personal\s+data\s+breach(?:es)?)\b",
    re.IGNORECASE,
)
_BREACH_AREAS = ["privacy", "security", "incident_response"]
#: the areas that are qualities of what the models produce, not of the service: what a general
#: disclaimer confined to the outputs reaches (classify), what a warranty kept off them does not
#: (coverage)
OUTPUT_QUALITIES = frozenset({"accuracy", "fairness", "data_quality"})


def container_refs(text: str) -> list[str]:
    """The parts of a document a passage names whole: "Exhibit A", "Schedule 2" (as the
    segmenter numbers them)."""
    out: list[str] = []
    for m in _CONTAINER_REF.finditer(text):
        word = m.group(1).lower()
        name = f"{_SINGULAR.get(word, word.rstrip('s')).capitalize()} {m.group(2)}"
        if name not in out:
            out.append(name)
    return out


def cap_sections(sentence: str) -> list[str]:
    """A cap of liability 'for breach of the warranties in Section 6' reaches only that section
    (and each other it names so: "under Section 14.1 (together with any liability for breach of
    the warranty in Section 13.2)")."""
    out: list[str] = []
    if _CAP_SECTIONS.search(sentence) is not None:
        for m in _CAP_SECTIONS.regex.finditer(sentence):
            span = sentence[m.start() : m.end() + 40]
            out += [n for n in section_refs(span) + container_refs(span) if n not in out]
    # "liability arising out of (a) its obligations under Section 11.1, and (b) any breach of
    # Sections 8.2, 8.3 or 8.4 (...), shall not exceed": every section the capped liability lists
    listed = _CAPPED_LIST.search(sentence)
    if listed is not None:
        out += [n for n in section_refs(listed.group("body")) if n not in out]
    # "Sections 17.1 and 17.2 do not apply to ... (d) our obligations under Section 15.1, which
    # are instead limited to US $250,000": the sections a carve-out caps on its own terms
    for m in _INSTEAD_LIMITED.finditer(sentence):
        out += [n for n in section_refs(m.group("refs")) if n not in out]
    return out


#: a capped liability that runs on past the sections it names to claims of a kind: "for all claims
#: arising out of a breach of section 10.4 or 10.5, or otherwise arising out of a Security Incident,
#: shall not exceed"
_BEYOND_SECTIONS = re.compile(
    r"\b(?:sections?|clauses?|articles?|§)\s*\d[\w.()]*(?:(?:[^.;]|\.(?=\d)){0,60}?),?\s+or\s+"
    r"(?:otherwise\s+)?(?:(?:arising|resulting)\s+(?:out\s+of|from)\s+|relating\s+to\s+|to\s+|for\s+)?"
    r"(?:any|a|an)\s+(?!other\b)[\w-]+(?:(?:[^.;]|\.(?=\d)){0,80}?)\b(?:shall|will|does|do|is|are)\s+"
    r"(?:not\s+exceed|limited|capped)\b",
    re.IGNORECASE,
)
_INSTEAD_LIMITED = re.compile(
    r"(?P<refs>\b(?:sections?|clauses?|articles?|paragraphs?|§)\s*\d[\w.()]*"
    r"(?:\s*(?:,|and|or|to|through)\s*\d[\w.()]*)*)\s*,?\s*which\s+(?:are|is|shall\s+be|will\s+be)"
    r"\s+(?:instead\s+)?(?:limited|capped)\s+(?:to|at)\b",
    re.IGNORECASE,
)


#: the liability a cap is for named back: "for all such breaches", "for those claims"
_SUCH_LIABILITY = re.compile(
    r"\bliabilit(?:y|ies)\s+(?:[\w-]+\s+){0,2}?(?:for|arising\s+(?:out\s+of|from)|in\s+respect\s+of)\s+"
    r"(?:all\s+|any\s+)?(?:such|those|these)\s+(?:breach(?:es)?|claims?|liabilit(?:y|ies)|losses)\b",
    re.IGNORECASE,
)


def _sections_before(sentence: str, clause: str) -> list[str]:
    """The sections a cap reaches that it names back ("The limit in clause 16.3 does not apply to
    our liability for a breach of clause 9 or clause 10. Instead, our total liability for all such
    breaches is limited to ..."): those of the clause's sentence before it."""
    if _SUCH_LIABILITY.search(sentence) is None:
        return []
    at = clause.find(sentence[:60])
    if at <= 0:
        return []
    before = clause[:at].rstrip()
    last = max(before.rfind(". ", 0, len(before) - 1), before.rfind("; ", 0, len(before) - 1))
    return cap_sections(before[last + 1 :])


#: the liability a cap is for, listed item by item before "shall not exceed"
_CAPPED_LIST = re.compile(
    r"\bliabilit(?:y|ies)\s+(?:" + _ARISING + r"|for)"
    r"\s+\(?[a-z1-9]\)\s*(?P<body>(?:[^.;]|\.(?=\d)){0,300}?)\s*,?\s*(?:shall|will|does|do)\s+not\s+exceed\b",
    re.IGNORECASE,
)


# "The limit in H.1 does not apply ...": the cap named by its number alone
_BARE_LIFTS = re.compile(
    r"\b(?:limits?|caps?|limitations?|exclusions?)\s+(?:set\s+out\s+)?(?:in|of|under)\s+("
    + _SECTION_NO
    + r")\b"
)
_LIFTS = re.compile(r"^(?P<head>[^;:]*?)" + _AUX_NOT + r"\s+(?:apply|limit)\b", re.IGNORECASE)
# "Nothing in this Section 8.7 shall operate to limit ...": the section named is the cap lifted
_NOTHING_LIFTS = re.compile(
    r"\bnothing\s+(?P<head>(?:[^.;:]|\.(?=\d)){0,80}?)\b(?:limit|restrict|exclud|reduc)",
    re.IGNORECASE,
)


# "Neither Section 15.1 nor Section 15.2 applies to or limits: ...": both sections named are lifted
_NEITHER_LIFTS = re.compile(
    r"\bneither\s+(?P<head>(?:[^.;:]|\.(?=\d)){0,80}?)\s+(?:applies|apply|limits?|restricts?|excludes?)\b",
    re.IGNORECASE,
)


def _lifted(sentence: str) -> list[str]:
    """The sections whose caps a sentence lifts ('The limits in Sections 12.1 and 12.2 do not
    apply', '... and nothing in Clauses 12.2 to 12.4 limits'): every such phrase is read, as
    "Nothing in this Agreement limits liability for fraud" may come first."""
    found: list[str] = []
    m = _LIFTS.search(sentence)
    nothing = [n.group("head") for n in _NOTHING_LIFTS.finditer(sentence)]
    heads = ([m.group("head")] if m else []) + nothing
    heads += [n.group("head") for n in _NEITHER_LIFTS.finditer(sentence)]
    for head in heads:
        for n in section_refs(head) or _BARE_LIFTS.findall(head):
            if n not in found:
                found.append(n)
    # "Nothing in these terms limits or excludes our liability for: ...": every cap and
    # exclusion of the document yields to what it names; so does "The exclusion and cap above do
    # not apply to ...", said of the caps just stated (their clause holds no number of its own)
    if not found and (
        any(_WHOLE_DOCUMENT.search(head) for head in nothing) or _ABOVE_LIFTS.search(sentence)
    ):
        found.append(WHOLE_DOCUMENT)
    elif not found and _THIS_LIFTS.search(sentence):
        found.append(OWN_CLAUSE)
    elif not found and m and _THIS_PART.search(m.group("head")):
        # "The limitations and exclusions in this Article do not apply: (a) to ... Article 18":
        # every cap of the article the sentence stands in
        found.append(OWN_TOP)
    elif not found and _UNLIMITED_LIFTS.search(sentence):
        # "Canastero shall be liable without limitation: a) for damage caused intentionally or by
        # gross negligence ...": what a party answers for without limit no cap of its terms reaches
        found.append(WHOLE_DOCUMENT)
    return found


#: liability accepted without limit, for what follows: "shall be liable without limitation for"
_UNLIMITED_LIFTS = re.compile(
    r"\b(?:be|is|are)\s+liable\s+without\s+(?:any\s+)?(?:limitation|limit)\b", re.IGNORECASE
)


_ABOVE_LIFTS = re.compile(
    r"\b(?:exclusions?|limits?|caps?|limitations?)(?:\s+(?:and|or)\s+(?:the\s+)?"
    r"(?:exclusions?|limits?|caps?|limitations?))?\s+(?:above|set\s+out\s+above|stated\s+above)\s+"
    r"(?:do|does|shall|will)\s+not\s+apply\b"
    # "... The limitations of liability in paragraphs 2 to 4 apply to all claims. They do not
    # apply to the breach of Teal's obligations under § 10.": the limits just named, by pronoun
    r"|^\W*(?:they|these(?:\s+(?:limitations?|limits?|exclusions?))?)\s+(?:do|shall|will)\s+not\s+apply\b",
    re.IGNORECASE,
)
#: "... is limited to the fees paid. This limit does not apply to ...", "The foregoing
#: limitation shall not apply to ...": the cap just stated, in the clause the sentence stands in
_THIS_LIFTS = re.compile(
    r"^\W*(?:this|such|the\s+foregoing)\s+(?:limit|cap|limitation)(?:\s+(?:of|on)\s+liability)?\s+"
    r"(?:does|shall|will)\s+not\s+apply\b",
    re.IGNORECASE,
)
#: the `lifts` of "This limit does not apply to ...": the cap of the lifting sentence's own
#: clause (coverage.py reads it from the provision's number)
OWN_CLAUSE = "own_clause"
#: the `lifts` of "The limitations in this Article do not apply to ...": every cap of the top
#: section the lifting sentence stands in
OWN_TOP = "own_top"
_THIS_PART = re.compile(
    r"\b(?:in|of|under|by)\s+this\s+(?:article|section|clause|part|paragraph)\b(?!\s*[\dA-Z])",
    re.IGNORECASE,
)


#: the `lifts` of a carve-out that speaks for the whole document ("Nothing in these Terms ...")
WHOLE_DOCUMENT = "*"
_WHOLE_DOCUMENT = re.compile(
    r"^\s*(?:in\s+)?(?:these|this)\s+(?:terms|agreement|contract|eula|conditions)\b"
    r"(?![^.;:]*\b(?:sections?|clauses?|paragraphs?|articles?|schedules?|exhibits?)\b)",
    re.IGNORECASE,
)


def lifts(sentence: str, clause: str) -> dict[str, Any]:
    """'The limits in Sections 12.1 and 12.2 do not apply to ...': the caps a carve-out clause lifts."""
    found = _lifted(sentence)
    return {"lifts": found} if found else {}


#: "Supplier's obligations under this Section 11 are not subject to the limitations in Section
#: 12", "It is not subject to the exclusions and limitation of liability in Section 17", "amounts
#: we pay under it do not count toward the limit in Section 17.2": a commitment set outside caps
_EXEMPT = re.compile(
    r"^(?P<head>[^;:]*?)\b(?:(?:is|are|be|remains?)\s+not\s+(?:subject\s+to|limited\s+by|capped\s+by|reduced\s+by)"
    r"|(?:does|do|shall|will)\s+not\s+count\s+(?:toward|towards|against))\b(?P<tail>[^;:]*)",
    re.IGNORECASE,
)
#: the limits the tail names, read where it names no section ("not subject to any limitation of
#: liability in these Terms")
_EXEMPT_LIMITS = re.compile(
    r"\b(?:limitations?|limits?|caps?|exclusions?)\b(?:\s+(?:of|on)\s+liability)?", re.IGNORECASE
)
#: the carve-out of a commitment that exempts itself without naming its section: the section
#: the sentence stands in (coverage.py reads it from the provision's number)
OWN_SECTION = "own_section"


def exempts(sentence: str, clause: str) -> dict[str, Any]:
    """A commitment set outside the caps by its own words: `lifts` the sections whose caps it
    escapes (every cap of the document when it names none), `carve_outs` the sections it speaks
    for (`OWN_SECTION` when it names none: "It is not subject to ...")."""
    m = _EXEMPT.search(sentence)
    if m is None or not _EXEMPT_LIMITS.search(m.group("tail")):
        return {}
    caps = section_refs(m.group("tail")) or [WHOLE_DOCUMENT]
    own = [f"section:{n}" for n in section_refs(m.group("head")) if n not in caps]
    return {"lifts": caps, "carve_outs": own or [OWN_SECTION]}


#: "Nothing in this Section 4 constitutes a warranty", "nothing in Clauses 7 and 8 is a
#: representation": the sections whose commitments a disclaimer says are no promise of what it names
_DENIED_IN = GatedRegex(
    r"\bnothing\s+(?:else\s+)?(?:contained\s+)?in\s+(?:this\s+|these\s+)?(?P<refs>(?:sections?|clauses?|articles?|"
    r"paragraphs?)\s+[^.;:]{1,40}?)\s+(?:is|constitutes|shall|will|creates|forms|amounts|should)\b",
    re.IGNORECASE,
)


def denies_sections(sentence: str, clause: str) -> dict[str, Any]:
    """`denies_sections`: the sections a disclaimer says hold no promise of what it names ("NOTHING
    IN THIS SECTION 4 CONSTITUTES A WARRANTY THAT ANY MODEL VERSION WILL ACHIEVE ... PREDICTIVE
    ACCURACY": the monitoring duties of Section 4 are no accuracy commitment)."""
    m = _DENIED_IN.search(sentence)
    refs = section_refs(m.group("refs")) if m else []
    return {"denies_sections": refs} if refs else {}


# --------------------------------------------------------------------------- SLA

_METRICS = {
    # (not what the service depends on: "which depend on imagery availability", "the
    # availability of satellite data")
    "availability": r"(?<!imagery\s)(?<!image\s)(?<!data\s)(?<!weather\s)(?<!staff\s)(?<!stock\s)"
    r"availab(?!\w*\s+of\s+(?:the\s+)?(?:satellite\s+|third-party\s+)?(?:imagery|images|data|staff|stock))"
    r"|uptime|up-time|downtime|outage|interruption"
    r"|unable to (?:use|access)|(?:could|can)\s?not be (?:used|accessed)",
    "latency": r"latency",
    "response_time": r"response time|respond within|initial response",
    "resolution_time": r"resolution time|resolve within|restore",
    # ("the Quality Targets set out in the Service Level Annex": targets for what the outputs are,
    # not for the service's uptime)
    "accuracy": r"accura|error rate|agreement rate|precision|recall|false (?:positive|negative)"
    r"|(?<!service\s)\bquality\s+(?:targets?|thresholds?|metrics?)\b",
    "fairness": r"impact ratio|selection[- ]rate|adverse impact|disparate impact|\bbias",
    # (not a support ticket's class: "the Response Time for a Severity 1 incident", "P2 incidents",
    # which a support desk answers, availability as DESIGN 3.4 puts it)
    "incident_response": r"(?<!\d\s)(?<!\d)\bincidents?\b",
    "throughput": r"throughput|requests per",
    "turnaround": r"turnaround|turn-around|deliver\w*\s+[^.;]{0,60}?\bwithin\b",
}
_METRIC_RE = {k: re.compile(v, re.IGNORECASE) for k, v in _METRICS.items()}
_PERCENT = re.compile(r"(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
_PERIOD = re.compile(
    r"\b(monthly|quarterly|annual|yearly|daily|weekly|calendar month|month|quarter|year)\b",
    re.IGNORECASE,
)
_NOT_MEASURED = re.compile(
    r"\b(?:do|does|will|shall)\s+not\s+(?:measure|apply|cover|include|address|take account)|\bexclud\w*|\bno\s+(?:accuracy|quality)\b",
    re.IGNORECASE,
)
#: "sole and exclusive remedy", and "Service Credits constitute our sole liability, and your only
#: remedy"
_SOLE = re.compile(
    r"\bsole\s+(?:and\s+exclusive\s+)?remed|\bexclusive\s+remed|\bonly\s+remed"
    r"|\b(?:sole|entire)\s+(?:and\s+(?:entire|exclusive)\s+)?liability\b",
    re.IGNORECASE,
)


_NO_CREDITS = re.compile(r"\bno\s+(?:service\s+)?credits?\b", re.IGNORECASE)
#: a refund or a reduction of the fees for the time lost: a remedy like a credit ("we will refund
#: the part of that month's fee that corresponds to the time the App was unavailable")
_REFUND = re.compile(
    r"\b(?:refund|reimburse)\w*\b|\b(?:fee|fees|price)\s+reductions?\b"
    r"|\breduc\w*\s+(?:the\s+|your\s+)?(?:fees?|charges?|price)\b",
    re.IGNORECASE,
)
_NO_REFUND = re.compile(
    r"\bno\s+refunds?\b|\bnon-?refundable\b|\b(?:not|n't|never)\s+(?:\w+\s+)?(?:refund|reimburse)",
    re.IGNORECASE,
)
_CREDIT_WORD = re.compile(r"\bcredits?\b", re.IGNORECASE)
_DEFINES = re.compile(r"\bmeans?\b", re.IGNORECASE)


_SLA_BY_REFERENCE = re.compile(
    r"\b(?:set\s+(?:out|forth)|described|specified|contained|defined|found|provided|stated)\s+"
    r"(?:in|under)\s+(?:the|our|its|a|any|your)?\s*(?:(?i:applicable|separate|then-current|current|signed|executed|relevant|written)\s+)?"
    r"(?:[A-Z][\w\-]*\s+){0,4}(?:SLA|Service\s+Level\s+(?:Agreement|Addendum|Schedule|Terms|Policy)|"
    r"Addendum|Policy|Documentation|Order\s+Form)\b"
)


def sla(sentence: str, clause: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    # "These service levels do not measure the accuracy of any Output": what follows is left out
    measured = _NOT_MEASURED.split(sentence, maxsplit=1)[0]
    metrics = [k for k, rx in _METRIC_RE.items() if rx.search(measured)]
    if not metrics and measured != sentence:
        metrics = ["none"]
    if not metrics and _PERCENT.search(sentence):
        # "1.2 Reviewer Agreement Rate. Provider will ensure ... at least 90%": the heading names it
        at = clause.find(sentence.strip()[:40]) if sentence.strip() else -1
        head = clause[:at] if 0 < at <= 80 else ""
        metrics = [k for k, rx in _METRIC_RE.items() if rx.search(head)]
    if metrics:
        out["metric"] = metrics[0]
        if len(metrics) > 1:
            out["metrics"] = metrics
    pct = _PERCENT.search(sentence)
    if pct and float(pct.group(1)) >= 50:
        out["target"] = float(pct.group(1))
    elif _SLA_BY_REFERENCE.search(sentence):
        # "availability commitments ... are set out in the Enterprise SLA Addendum": service levels
        # that live in another document, which a set may or may not hold (coverage.collect)
        out["by_reference"] = True
    period = _PERIOD.search(sentence)
    if period:
        p = period.group(1).lower()
        out["period"] = {
            "calendar month": "monthly",
            "month": "monthly",
            "quarter": "quarterly",
            "year": "annual",
            "yearly": "annual",
        }.get(p, p)
    credits = [
        float(m.group(1))
        for m in _PERCENT.finditer(clause)
        if "credit" in clause[max(0, m.start() - 120) : m.end() + 120].lower()
        and float(m.group(1)) < 90  # 99.5% beside "credit" is the target, not a credit
    ]
    # "99.5 per cent ... Ledgerwren gives no service credits": no remedy at all
    if credits and not _NO_CREDITS.search(clause):
        out["credit_schedule"] = sorted(set(credits))
    elif (
        _CREDIT_WORD.search(sentence)
        and not _DEFINES.search(sentence)
        and not _NO_CREDITS.search(clause)
    ):
        # "Customer is entitled to the service credits set out in the Service Level Schedule":
        # a remedy whose amounts are set out elsewhere (not a definition of the word)
        out["credits"] = True
    elif _REFUND.search(sentence) and not _NO_REFUND.search(sentence):
        out["credits"] = True
    if _SOLE.search(sentence) or (_SOLE.search(clause) and "credit" in clause.lower()):
        out["sole_remedy"] = True
    return out


# --------------------------------------------------------------------------- indemnification

_SCOPES = {
    "ip_infringement": r"infring|intellectual property|misappropriat|patent|copyright|trademark|trade secret",
    "data_breach": r"data breach|security breach|breach of (?:its |their )?(?:data|security|privacy)|personal data",
    "violation_of_law": r"(?:violation|breach) of (?:any )?(?:applicable )?laws?|violat\w* (?:any )?(?:applicable )?laws?|comply with (?:applicable )?law",
    "bodily_injury": r"bodily injury|personal injury|death",
    "property_damage": r"property damage|damage to (?:real or tangible )?(?:tangible )?property",
    "discrimination": r"discriminat|bias",
    "negligence": r"negligen|wil(?:l)?ful misconduct",
    "breach_of_contract": r"breach of (?:this|these|the) (?:agreement|terms)|your breach|its breach|violation of (?:this|these) (?:agreement|terms)",
    "content": r"\b(?:your|customer) (?:content|data|inputs?|materials)|user content|inputs?\b",
    "use_of_service": r"(?:your|customer's|its|user's|licensee's)(?: or (?:your|its|their) [\w'’]+)?(?: (?!use\b)[a-z]+ (?:or|and))? (?:access to (?:and|or) )?use(?: (?:or|and) (?:sharing|distribution|publication|deployment|exploitation|disclosure))? of (?:the |our |any )?(?:services?|platform|software|products?|ai system|outputs?|api|images?|results|responses|suggestions|completions|generated \w+|(?-i:[A-Z])[\w-]+\b(?!\s+(?:data|information|content|account|credentials)))|(?:arising|resulting)\s+(?:out\s+of|from)\s+the\s+(?:operation|use|deployment)\s+of\s+(?:the\s+|any\s+)?(?:services?|platform|software|products?|systems?|robotic\s+systems?|robots?|vehicles?|machines?|ai\s+systems?|outputs?)\b"
    r"|\b(?:content|outputs?|materials?|works?|software|code|applications?|products?|creations?|images?|"
    r"videos?|tracks?|songs?|designs?|presentations?)\s+(?:that\s+)?you\s+(?:have\s+)?(?:generated?|created?|produced?|publish(?:ed)?|distribute[d]?|post(?:ed)?|shared?|made|make|build|built|develop(?:ed)?)\b"
    r"|\b(?:content|outputs?|materials?)\s+(?:generated|created|produced)\s+(?:through|using|with|via|by)\s+(?:your|the)\b"
    # "a Return you filed using the Services", "messages you sent through the Platform": what the
    # user did with the service, whatever it is called
    r"|\byou\s+(?:have\s+)?(?:[a-z]+ed|made|built|sent|wrote|written|ran|run)\s+(?:using|with|through|via)\s+"
    r"(?:the|our)\s+(?:services?|platform|software|app|application|tool|assistant|api)\b"
    # "the presentations and pages your members create with Ardvane and share"
    r"|\b(?:your|its)\s+(?:members|users|employees|staff|team|personnel)\s+(?:create|generate|produce|make|publish|share)\b"
    # "arises out of your Productions", "claims relating to your Apps": what the user makes and
    # puts out with the service
    r"|\b(?:your|customer's|customer’s)\s+(?:own\s+)?(?:productions?|creations?|apps|videos?|podcasts?|"
    r"games|publications?|campaigns?|websites?|channels?)\b"
    # "games, films or other works in which you use Outputs"
    r"|\b(?:in\s+which|where|wherever)\s+(?:you|(?:a|the|any)\s+(?:user|customer|licensee))\s+"
    r"(?:use[sd]?|incorporated?|includes?|include[d]?|deploy(?:s|ed)?|distribute[sd]?|publish(?:es|ed)?)\s+"
    r"(?:the\s+|any\s+|our\s+|an?\s+)?(?:outputs?|results|creations?|generated\s+\w+|assets?|images?|models?)\b"
    # "the use, publication or distribution of Translations by the Customer"
    r"|\b(?:use|publication|distribution|exploitation)(?:\s*,\s*[\w-]+)*(?:,?\s+(?:or|and)\s+[\w-]+)?"
    r"\s+of\s+(?:the\s+|any\s+)?[\w-]+(?:\s+[\w-]+)?\s+by\s+(?:you|the\s+customer|customer|the\s+user|"
    r"the\s+licensee|licensee|the\s+client|client)\b"
    # "the actions the Agent takes within your instructions": what the system does for the user
    r"|\b(?:actions?|acts|steps|transactions?)\s+(?:that\s+)?(?:the|an?|any|your)\s+"
    r"(?:ai\s+)?(?:agents?|assistants?|bots?)\s+(?:takes?|took|performs?|performed|carries\s+out|makes?|made)\b"
    # "agreements concluded in Client's name through the Agent"
    r"|\b(?:concluded|made|placed|entered\s+into|sent|submitted|performed|done|taken|booked)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:through|via|by|using)\s+(?:the|an?|your)\s+(?:ai\s+)?(?:agents?|assistants?|bots?)\b",
    "end_user_claim": r"\b(?:people|persons|anyone|those)\s+who\s+(?:relied|rely|relies)\b"
    r"|\b(?:person|people|persons|individuals?)\s+(?:shown|depicted|featured|heard)\s+in\b"
    # "claims by players, customers, Buyers and other end users of those works"
    r"|\bclaims?\s+(?:made\s+|brought\s+)?by\s+(?:[\w-]+,?\s+){0,5}?(?:and\s+|or\s+)?(?:other\s+)?"
    r"(?:end\s+users|players|customers|consumers|buyers|viewers|listeners|readers|visitors|merchants)\b|\bby (?:a |an |any )?(?:job |prospective |former |individual )?(?:candidates?|end users?|end customers?|applicants?|consumers?|patients?|data subjects?|employees or candidates|shoppers?|borrowers?|policyholders?|claimants?|students?|passengers?|guests?|tenants?|members of the public)\b",
}
_SCOPE_RE = {k: re.compile(v, re.IGNORECASE) for k, v in _SCOPES.items()}
_USE_OF_SERVICE = re.compile(
    r"(?:"
    + _SCOPES["use_of_service"]
    + r")(?P<breach>\s+(?:that\s+is\s+)?in\s+(?:breach|violation)\s+of)?",
    re.IGNORECASE,
)
_INDEMNITY_EXCL_CUE = GatedRegex(
    r"\b(?:will not|shall not|does not|won['\u2019]t|shan['\u2019]t|doesn['\u2019]t)\s+"
    + r"(?:apply|have any obligation)|\bexcept\b|\bexclud|\bno obligation",
    re.IGNORECASE,
)


def indemnity_scope(sentence: str, clause: str) -> dict[str, Any]:
    cue = _INDEMNITY_EXCL_CUE.search(sentence)
    head = sentence[: cue.start()] if cue else sentence
    excluded = sentence[cue.start() :] if cue else ""
    if cue:
        opened = sentence.rfind("(", 0, cue.start())
        closed = sentence.find(")", cue.start())
        if opened > sentence.rfind(")", 0, cue.start()) and closed > 0:
            # "any Output (excluding Customer Data incorporated in it) infringes a patent": an
            # exception in brackets takes only the bracket; the scope goes on after it
            head = sentence[:opened] + sentence[closed + 1 :]
            excluded = sentence[cue.start() : closed]
    out: dict[str, Any] = {}
    scope = [k for k, rx in _SCOPE_RE.items() if rx.search(head)]
    uses = list(_USE_OF_SERVICE.finditer(head))
    if uses and all(u.group("breach") for u in uses):
        # "your use of the Service in breach of this Agreement": an indemnity for breach, not for
        # use of the service (downstream harm)
        scope = [k for k in scope if k != "use_of_service"]
        if "breach_of_contract" not in scope:
            scope.append("breach_of_contract")
    if "ip_infringement" in scope and re.search(
        r"\b(?:alleg\w*|claim\w*)(?:\s+(?:(?:brought|made|asserted|filed)\s+)?(?:by|from|of)\s+"
        r"(?:a|any|the)\s+third[\s-]part(?:y|ies))?"
        r"\s+that\b[^.;]{0,160}?\binfring",
        head,
        re.IGNORECASE,
    ):
        # "claims alleging that Customer Data / Customer's use of the Services infringes": the
        # content or the use is what infringes, not a scope of its own
        scope = [k for k in scope if k not in ("content", "use_of_service")]
    if scope:
        out["scope"] = scope
    if cue:
        excl = [k for k, rx in _SCOPE_RE.items() if rx.search(excluded)]
        mods = re.findall(
            r"modif\w+|combin\w+|unauthori[sz]ed use|outputs?",
            excluded,
            re.IGNORECASE,
        )
        excl += sorted({m.lower().rstrip("s") for m in mods})
        if excl:
            out["exclusions"] = excl
    return out


# --------------------------------------------------------------------------- change, data use, incidents

_FIGURE_BEFORE_UNIT = re.compile(
    r"\((\d+)\)\s*(?:business\s+|calendar\s+)?(?:days?|weeks?|months?)\b", re.IGNORECASE
)
_NOTICE_DAYS = GatedRegex(
    r"\b"
    + _NUM
    + r"\s*(?:\(\d+\)\s*)?(business\s+|calendar\s+)?(days?|weeks?|months?)\W{0,3}\s*(?:prior|advance|written|\s)*\s*notice"
    r"|notice[^.;]{0,40}?\b(?:at least|no less than|not less than|within)?\s*"
    + _NUM
    + r"\s*(?:\(\d+\)\s*)?(days?|weeks?|months?)"
    # "will announce deprecations ... at least 30 days in advance", "shall publish in the Release
    # Log an entry describing each Material Methodology Change ... at least thirty (30) days
    # before the change takes effect"
    r"|(?:announce|publish|post|communicate|tell|notif|inform|warn)\w*\b[^.;]{0,160}?\b(?:at least|no less than|not less than)?\s*"
    + _NUM
    + r"\s*(?:\(\d+\)\s*)?(days?|weeks?|months?)\s+(?:in\s+advance|ahead|beforehand|before|prior\s+to)\b",
    re.IGNORECASE,
)
_WITHOUT_NOTICE = GatedRegex(
    r"without (?:any |prior |advance |further )*notice|with or without notice|at any time(?! upon| with| on)",
    re.IGNORECASE,
)
_CHANGES = {
    # (the general terms by their German or English abbreviation: "the amended AGB", "these GTC")
    "terms": r"\b(?:terms|agreement|policy|policies|conditions|addendum|addenda|agb|gtcs?|t&cs?)\b",
    # not the channel a notice comes by ("by email or in the Service", "by email and in the
    # Services", "through the Platform";
    # "changes in the Service" stays the service)
    "service": r"(?<!\bor in the )(?<!\bor on the )(?<!\band in the )(?<!\band on the )"
    r"(?<!\bvia the )(?<!\bthrough the )(?<!\bnotice in the )(?<!\bnotice on the )"
    r"(?<!\bnotification in the )(?<!\bmessage in the )(?<!\bbanner in the )(?<!\bposting on the )"
    r"(?<!\bposting in the )(?<!\bposted on the )(?<!\bposted in the )"
    r"\b(?:services?|platform|products?|software|website|functionality|functionalities)\b",
    # a feature changed is part of the service: a right to remove one reads as the service's, a
    # promise of notice before removing one ("a feature you pay for") is no promise about the
    # model (notice of "any change that reduces the Tool's functionality" is of any change)
    "features": r"\b(?:add(?:s|ed|ing)?|(?:remov|discontinu|chang|modif|withdraw|retir|deprecat|sunset|eliminat"
    r"|disabl)\w*)\s+(?:to\s+|of\s+)?(?:[\w-]+\s+){0,3}?features?\b"
    # "if we stop supporting a Target Language", "no longer offer an export format": something
    # the service offers is withdrawn (withdrawing a model names the model as well)
    r"|\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing))\s+(?:to\s+)?(?:support|offer|provid)\w*"
    r"|\bno\s+longer\s+(?:support|offer|provid)\w*",
    # "an Engine Version", "update, retrain or replace the Engine", "a retrained Algorithm": the
    # model by another name
    # a synthetic voice is the model a voice product sells ("a Narrator Voice ceases to be available")
    # ("the Model Documentation, as updated from time to time": a document about the model)
    "model": r"\b(?:models?|engines?|algorithms?|(?:narrator|stock|synthetic|ai|cloned?|premium)\s+voices?)\b"
    r"(?!\s+(?:documentation|cards?|summar(?:y|ies)|sheets?|facts|release\s+notes)\b)",
    "fees": r"\b(?:fees?|prices?|pricing|charges)\b",
    # "We may add or replace Sub-processors ...; we will give notice of changes": who processes
    # the data (privacy), not the service or its model
    "subprocessors": r"\bsub-?(?:processors?|contractors?)\b",
    # "If Molar changes the fields or format in which the Service writes Notes": how the service
    # hands its data over, not what the model does
    "format": r"\b(?:chang|modif|alter|updat)\w*\s+(?:the\s+|its\s+|any\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:fields?|formats?|schemas?|layouts?)\b",
}
_CHANGES_RE = GatedRegexes(_CHANGES)


def notice(sentence: str, clause: str) -> dict[str, Any]:
    """notice_days: N, or None when the change needs no notice; `changes`: what may change."""
    out: dict[str, Any] = {}
    m = _NOTICE_DAYS.search(sentence)
    if m:
        if m.group(1):
            n, unit = _num(m.group(1)), m.group(3).lower()
        elif m.group(4):
            n, unit = _num(m.group(4)), m.group(5).lower()
        else:
            n, unit = _num(m.group(6)), m.group(7).lower()
        # "one hundred and twenty (120) days": the figure in brackets is the number, whatever
        # the words before it
        figure = _FIGURE_BEFORE_UNIT.search(m.group(0))
        if figure:
            n = int(figure.group(1))
        out["notice_days"] = n * (
            7 if unit.startswith("week") else 30 if unit.startswith("month") else 1
        )
    elif _WITHOUT_NOTICE.search(sentence) or not re.search(
        r"notif|notice|inform|email|post", sentence, re.IGNORECASE
    ):
        out["notice_days"] = None
    else:
        out["notice_given"] = True
    # "may modify the Platform, other than a Matter Model Version": what is carved out of the
    # right does not change
    changes = _CHANGES_RE.found(_CARVED_OUT.sub(" ", sentence))
    if "terms" in changes:
        # "We may update these terms, for example to reflect changes in the law, in our products
        # or in the AI models we use": what the terms change for is no change of its own
        changes = _CHANGES_RE.found(_REASONS.sub(" ", sentence)) or changes
    made = _CHANGE_MADE.search(sentence)
    if (not changes and _SUCH_CHANGE.search(sentence)) or made:
        # "We will notify you 30 days in advance of any such change": what changes is what the
        # sentence before it in the clause names ("We may change the fees ..."); so too "If we
        # make a change that significantly affects you, we will tell you through the Assistant
        # ...", whose other nouns say where the notice goes, not what changes
        before = clause[: clause.find(sentence)] if sentence in clause else ""
        last = re.split(r"(?<=[.;!?])\s+", before.strip())[-1] if before.strip() else ""
        changes = _CHANGES_RE.found(last) or changes
    if not changes and _DEFINED_CHANGE.search(sentence):
        # "notice of each Material Change" where the clause defines it ("A 'Material Change' is
        # any ... retraining or replacement of the Tiering Model"): what changes is what the
        # clause's definition names
        changes = _CHANGES_RE.found(clause)
    if changes:
        out["changes"] = changes
    return out


_CHANGE_TERM = re.compile(
    r"\b(?:releases?|updates?|upgrades?|versions?|changes?|modifications?)\b", re.IGNORECASE
)


def change_definitions(
    definitions: list[tuple[str, str]],
) -> list[tuple[re.Pattern[str], list[str]]]:
    """The defined terms that name a change ("Release", "Update", "Version", "Change"), each as
    a pattern for the term and what its definition says changes: '"Major Release" means a Release
    that replaces or retrains any of the Models' names a change of model. The definition of
    "Service" says what the service is, not what changes, so it is none. `definitions` are
    (term, definition) pairs; read once per document."""
    out = []
    for term, definition in definitions:
        if _CHANGE_TERM.search(term) and (changes := _CHANGES_RE.found(definition)):
            out.append((re.compile(rf"(?<!\w){re.escape(term)}(?!\w)"), changes))
    return out


def defined_changes(sentence: str, terms: list[tuple[re.Pattern[str], list[str]]]) -> list[str]:
    """What changes, read from the definitions of the change terms (`change_definitions`) the
    sentence names: "notice before deploying any Major Release"."""
    out: list[str] = []
    for term, changes in terms:
        if term.search(sentence):
            out += [c for c in changes if c not in out]
    return out


#: what a right to change carves out: "other than a Matter Model Version"
_CARVED_OUT = re.compile(
    r"\b(?:other\s+than|excluding|save\s+for|except\s+for)\s+(?:an?|the|any|each|its|our)\s+[^,;.()]{1,60}",
    re.IGNORECASE,
)
#: the reasons a change is made for ("to reflect changes in the law or in our products")
_REASONS = re.compile(
    r"\b(?:to\s+reflect|reflecting|in\s+response\s+to|because\s+of|due\s+to|as\s+a\s+result\s+of"
    # "may amend these Terms ... if there is a valid reason, in particular changes in ... the AI
    # Models available on the market"
    r"|(?:if|where|when)\s+there\s+(?:is|are)\s+(?:a\s+)?(?:valid|good|legitimate|objective|"
    r"important|justified)\s+reasons?|for\s+(?:a\s+)?(?:valid|good|legitimate|objective|important|"
    r"justified)\s+reasons?)"
    r"\b[^.;]*",
    re.IGNORECASE,
)
#: a change named by a defined term ("each Material Change", "any Model Update")
_DEFINED_CHANGE = re.compile(r"\b[A-Z][a-z]+\s+(?:Changes?|Updates?|Modifications?)\b")


#: a change taken up without naming what changes: "If we make a change that significantly affects
#: you, ..."
_CHANGE_MADE = re.compile(
    r"\b(?:if|where|when|whenever)\s+(?:we|it|the\s+\w+)\s+(?:makes?|made)\s+(?:a|an|any)\s+"
    r"(?:(?:material|significant|substantial|major)\s+)?(?:changes?|modifications?|updates?|"
    r"revisions?|amendments?)\s+(?:that|which)\b",
    re.IGNORECASE,
)
_SUCH_CHANGE = GatedRegex(
    r"\b(?:such|this|that|these|those)\s+(?:an?\s+)?(?:changes?|modifications?|updates?|revisions?|amendments?)\b"
    # "We may revise these Terms ... If a revision is material, we will notify you": the change
    # the sentence before named, taken up again
    r"|\b(?:if|where|when|whenever)\s+(?:a|an|the|any)\s+(?:changes?|modifications?|updates?|revisions?|amendments?)\s+(?:is|are)\s+(?:material|significant|substantial)\b",
    re.IGNORECASE,
)


def training(sentence: str, clause: str) -> dict[str, Any]:
    """Whether customer data trains models: allowed | opt_out | opt_in | never."""
    low = sentence.lower()
    if not re.search(r"\btrain|improv|develop\w* (?:new |our )?(?:models|services)", low):
        return {}
    if re.search(r"opt[ -]?out|turn off|disable", low):
        value = "opt_out"
    elif re.search(
        r"opt[ -]?in|(?:only|unless)[^.]{0,40}(?:consent|permission|agree|instruct)", low
    ):
        value = "opt_in"
    elif re.search(r"(?:\b(?:not|never|no)\b|n[’']t\b)[^.]{0,60}\b(?:use|train)", low):
        value = "never"
    else:
        value = "allowed"
    return {"training": value}


_DEADLINE = re.compile(
    r"within\s+" + _NUM + r"\s*(?:\(\d+\)\s*)?(hours?|days?|business days?)", re.IGNORECASE
)


def deadline(sentence: str, clause: str) -> dict[str, Any]:
    m = _DEADLINE.search(sentence)
    if m:
        n = _num(m.group(1))
        return {"deadline_hours": n if m.group(2).lower().startswith("hour") else n * 24}
    if re.search(r"undue delay|promptly|immediately|as soon as", sentence, re.IGNORECASE):
        return {"deadline_hours": None, "undue_delay": True}
    return {}


_INSURANCE_TYPES = {
    "general_liability": r"general liability|\bCGL\b",
    "professional_liability": r"professional liability|professional indemnity|errors and omissions|\be&o\b|malpractice",
    "cyber": r"cyber|network security|privacy liability",
    "workers_compensation": r"workers'? compensation|workmen'?s'? compensation|worker's compensation",
    "employers_liability": r"employers'? liability|employer's liability",
    "product_liability": r"product liability|products liability",
    "auto": r"automobile|auto liability|motor vehicle",
    "umbrella": r"umbrella|excess liability",
    "property": r"property insurance|all[- ]risks?|property damage insurance",
    "directors_and_officers": r"directors'? and officers'?|\bd&o\b",
    "clinical_trials": r"clinical trials? insurance",
}
_INSURANCE_RE = {k: re.compile(v, re.IGNORECASE) for k, v in _INSURANCE_TYPES.items()}


def insurance(sentence: str, clause: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    kinds = [k for k, rx in _INSURANCE_RE.items() if rx.search(sentence)]
    if kinds:
        out["coverage"] = kinds
    amount = money(sentence)
    if amount:
        out["minimum_amount"], out["currency"] = amount
    return out


def third_party_rights(sentence: str, clause: str) -> dict[str, Any]:
    """False when the sentence denies third parties any right to enforce (the usual case)."""
    denied = re.search(
        r"\b(?:no|not|nothing|none|neither|nor|exclud\w*|without)\b", sentence, re.IGNORECASE
    )
    return {"third_party_rights": not denied}


def one_line(text: str) -> str:
    """`text` on one line: words hyphenated over a line break joined, white space one space."""
    return " ".join(join_broken_words(text).split())


def _one_space(extract: Extractor) -> Extractor:
    """Read the sentence and clause with runs of whitespace as one space: filed contracts wrap
    lines and pad words ("Force  Majeure", "consequential\n damages"), and the patterns above
    are written with single spaces. A word hyphenated over a line break is read joined
    ("Dela-\nware", "consequen-\ntial")."""

    def read(sentence: str, clause: str) -> dict[str, Any]:
        return extract(one_line(sentence), one_line(clause))

    read.__name__ = extract.__name__
    read.__doc__ = extract.__doc__
    return read


#: The attribute readers by name, each reading text already made one line (`one_line`).
READERS: dict[str, Extractor] = {
    "third_party_rights": third_party_rights,
    "jurisdiction": jurisdiction,
    "venue": venue,
    "cap": cap,
    "excluded_damages": excluded_damages,
    "claims_period": claims_period,
    "own_failure": own_failure,
    "by_reference": by_reference,
    "carve_outs": carve_outs,
    "lifts": lifts,
    "exempts": exempts,
    "denies_sections": denies_sections,
    "sla": sla,
    "indemnity_scope": indemnity_scope,
    "notice": notice,
    "training": training,
    "deadline": deadline,
    "insurance": insurance,
}
#: The same readers on raw text (each makes its sentence and clause one line itself).
EXTRACTORS: dict[str, Extractor] = {name: _one_space(fn) for name, fn in READERS.items()}


def read_attributes(names: list[str], sentence: str, clause: str) -> dict[str, Any]:
    """What the readers `names` find in a sentence and its clause, the first reader's value of
    a key kept; the two texts are made one line once for all of them."""
    sentence, clause = one_line(sentence), one_line(clause)
    out: dict[str, Any] = {}
    for name in names:
        for k, v in READERS[name](sentence, clause).items():
            out.setdefault(k, v)
    return out
