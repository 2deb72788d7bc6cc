"""Governing-law and forum places: normalising the place a law or jurisdiction clause names.

The place tables are complete rather than fitted to the corpora: every US state and DC, the
Canadian provinces and territories, the Australian states and territories, the UK's three legal
systems, and every country of ISO 3166 (from `pycountry`) under its usual English name, with the
official long forms ("Republic of Korea", "People's Republic of China", "Hong Kong SAR") as
aliases. A place inside a country (a US state, a province, Hong Kong) is named in preference to
the country when both are ("the laws of the State of New York and the federal laws of the United
States" -> New York), which is also how CUAD normalises governing law.

Moved out of attributes.py so the place tables and the rules reading them live together; the
`jurisdiction` and `venue` extractors are re-exported by attributes.EXTRACTORS.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

import pycountry

from .hyphens import join_broken_words
from .regex_trie import alternation

# --------------------------------------------------------------------------- places

US_STATES = [
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "District of Columbia",
]
CANADIAN_PROVINCES = [
    "Alberta",
    "British Columbia",
    "Manitoba",
    "New Brunswick",
    "Newfoundland and Labrador",
    "Northwest Territories",
    "Nova Scotia",
    "Nunavut",
    "Ontario",
    "Prince Edward Island",
    "Quebec",
    "Saskatchewan",
    "Yukon",
]
AUSTRALIAN_STATES = [
    "Australian Capital Territory",
    "New South Wales",
    "Northern Territory",
    "Queensland",
    "South Australia",
    "Tasmania",
    "Victoria",
    "Western Australia",
]
#: The United Kingdom has three legal systems; "England" and "Wales" alone mean the first.
UK_NATIONS = ["England and Wales", "Scotland", "Northern Ireland"]
#: Places inside a country that contracts choose the law of (besides the lists above).
OTHER_SUBDIVISIONS = {
    "Hong Kong": "China",
    "Macau": "China",
    "Dubai": "United Arab Emirates",
    "Abu Dhabi": "United Arab Emirates",
    "Puerto Rico": "United States",
    # dissolved in 2010, but chosen in older filed contracts
    "Netherlands Antilles": "Netherlands",
}

#: The usual English name of countries whose ISO 3166 name is a long or inverted form.
_USUAL_NAME = {
    "BO": "Bolivia",
    "BN": "Brunei",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Côte d'Ivoire",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "GB": "United Kingdom",
    "HK": "Hong Kong",
    "IR": "Iran",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
    "MD": "Moldova",
    "MO": "Macau",
    "PS": "Palestine",
    "RU": "Russia",
    "SY": "Syria",
    "SZ": "Eswatini",
    "TR": "Turkey",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "US": "United States",
    "VA": "Vatican City",
    "VE": "Venezuela",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
    "VN": "Vietnam",
}
#: Other names and long forms (lower case) -> canonical place.
PLACE_ALIASES = {
    "england": "England and Wales",
    "wales": "England and Wales",
    "england & wales": "England and Wales",
    "great britain": "United Kingdom",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "united kingdom of great britain and northern ireland": "United Kingdom",
    "usa": "United States",
    "u.s.": "United States",
    "u.s.a.": "United States",
    "united states of america": "United States",
    "the united states": "United States",
    "federal": "United States",
    "washington, d.c.": "District of Columbia",
    "washington d.c.": "District of Columbia",
    "washington, dc": "District of Columbia",
    "washington dc": "District of Columbia",
    "d.c.": "District of Columbia",
    # the dotted abbreviations of two states written in full in addresses and in "the State of N.Y."
    "n.y.": "New York",
    "n.j.": "New Jersey",
    "prc": "China",
    "p.r.c.": "China",
    "people's republic of china": "China",
    "mainland china": "China",
    "hong kong sar": "Hong Kong",
    "hong kong s.a.r.": "Hong Kong",
    "hong kong special administrative region": "Hong Kong",
    "macao": "Macau",
    "macau sar": "Macau",
    "macao special administrative region": "Macau",
    "uae": "United Arab Emirates",
    "u.a.e.": "United Arab Emirates",
    "emirate of dubai": "Dubai",
    "emirate of abu dhabi": "Abu Dhabi",
    # the native spelling, with an apostrophe or the ʻokina
    "hawai'i": "Hawaii",
    "hawaiʻi": "Hawaii",
    "korea": "South Korea",
    "republic of korea": "South Korea",
    "democratic people's republic of korea": "North Korea",
    "russian federation": "Russia",
    "republic of china": "Taiwan",
    "czechia": "Czech Republic",
    "slovak republic": "Slovakia",
    "hellenic republic": "Greece",
    "swiss confederation": "Switzerland",
    "türkiye": "Turkey",
    "turkiye": "Turkey",
    "holland": "Netherlands",
    "the netherlands": "Netherlands",
    "the netherlands antilles": "Netherlands Antilles",  # else read as "the Netherlands"
    "ivory coast": "Côte d'Ivoire",
    "cabo verde": "Cape Verde",
    "swaziland": "Eswatini",
    "burma": "Myanmar",
    "east timor": "Timor-Leste",
    "kyrgyz republic": "Kyrgyzstan",
    "lao pdr": "Laos",
    "vatican": "Vatican City",
    "holy see": "Vatican City",
    "republic of ireland": "Ireland",
    "eire": "Ireland",
    "newfoundland": "Newfoundland and Labrador",
    "québec": "Quebec",
    "yukon territory": "Yukon",
    "european union": "European Union",
    "u.s. virgin islands": "United States Virgin Islands",
    "us virgin islands": "United States Virgin Islands",
    "usvi": "United States Virgin Islands",
    "virgin islands of the united states": "United States Virgin Islands",
}
#: Adjectives naming a legal system; read only before "law", "courts" and the like ("Irish law",
#: "the English courts"), since "the English language" or "Swiss francs" name no forum.
PLACE_ADJECTIVES = {
    "english": "England and Wales",
    "welsh": "England and Wales",
    "scottish": "Scotland",
    "scots": "Scotland",
    "northern irish": "Northern Ireland",
    "british": "United Kingdom",
    "irish": "Ireland",
    "american": "United States",
    "canadian": "Canada",
    "australian": "Australia",
    "californian": "California",
    "german": "Germany",
    "french": "France",
    "italian": "Italy",
    "spanish": "Spain",
    "portuguese": "Portugal",
    "dutch": "Netherlands",
    "belgian": "Belgium",
    "luxembourgish": "Luxembourg",
    "luxembourg": "Luxembourg",
    "swiss": "Switzerland",
    "austrian": "Austria",
    "swedish": "Sweden",
    "norwegian": "Norway",
    "danish": "Denmark",
    "finnish": "Finland",
    "icelandic": "Iceland",
    "polish": "Poland",
    "czech": "Czech Republic",
    "slovak": "Slovakia",
    "slovenian": "Slovenia",
    "croatian": "Croatia",
    "serbian": "Serbia",
    "hungarian": "Hungary",
    "romanian": "Romania",
    "bulgarian": "Bulgaria",
    "greek": "Greece",
    "cypriot": "Cyprus",
    "maltese": "Malta",
    "estonian": "Estonia",
    "latvian": "Latvia",
    "lithuanian": "Lithuania",
    "ukrainian": "Ukraine",
    "russian": "Russia",
    "turkish": "Turkey",
    "israeli": "Israel",
    "egyptian": "Egypt",
    "emirati": "United Arab Emirates",
    "saudi": "Saudi Arabia",
    "qatari": "Qatar",
    "indian": "India",
    "pakistani": "Pakistan",
    "chinese": "China",
    "prc": "China",
    "japanese": "Japan",
    "korean": "South Korea",
    "taiwanese": "Taiwan",
    "singaporean": "Singapore",
    "singapore": "Singapore",
    "malaysian": "Malaysia",
    "indonesian": "Indonesia",
    "thai": "Thailand",
    "vietnamese": "Vietnam",
    "philippine": "Philippines",
    "mexican": "Mexico",
    "brazilian": "Brazil",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "chilean": "Chile",
    "colombian": "Colombia",
    "peruvian": "Peru",
    "south african": "South Africa",
    "nigerian": "Nigeria",
    "kenyan": "Kenya",
    "new zealand": "New Zealand",
    "hong kong": "Hong Kong",
    "cayman": "Cayman Islands",
    "caymanian": "Cayman Islands",
    "bvi": "British Virgin Islands",
    "bermudian": "Bermuda",
    "manx": "Isle of Man",
    "eu": "European Union",
    "european": "European Union",
}
#: Cities that name a forum ("the courts of London"), read only when no state or country is named.
CITIES = {
    "london": "England and Wales",
    "manchester": "England and Wales",
    "edinburgh": "Scotland",
    "glasgow": "Scotland",
    "belfast": "Northern Ireland",
    "dublin": "Ireland",
    "paris": "France",
    "berlin": "Germany",
    "munich": "Germany",
    "frankfurt": "Germany",
    "hamburg": "Germany",
    "vienna": "Austria",
    "zurich": "Switzerland",
    "zürich": "Switzerland",
    "geneva": "Switzerland",
    "amsterdam": "Netherlands",
    "the hague": "Netherlands",
    "brussels": "Belgium",
    "madrid": "Spain",
    "barcelona": "Spain",
    "milan": "Italy",
    "rome": "Italy",
    "stockholm": "Sweden",
    "oslo": "Norway",
    "copenhagen": "Denmark",
    "helsinki": "Finland",
    "warsaw": "Poland",
    "tel aviv": "Israel",
    "tel aviv-jaffa": "Israel",
    "jerusalem": "Israel",
    "tokyo": "Japan",
    "osaka": "Japan",
    "seoul": "South Korea",
    "beijing": "China",
    "shanghai": "China",
    "shenzhen": "China",
    "taipei": "Taiwan",
    "mumbai": "India",
    "new delhi": "India",
    "delhi": "India",
    "bangalore": "India",
    "bengaluru": "India",
    "toronto": "Ontario",
    "ottawa": "Ontario",
    "vancouver": "British Columbia",
    "montreal": "Quebec",
    "calgary": "Alberta",
    "sydney": "New South Wales",
    "melbourne": "Victoria",
    "brisbane": "Queensland",
    "perth": "Western Australia",
    "auckland": "New Zealand",
    "wellington": "New Zealand",
    "sao paulo": "Brazil",
    "são paulo": "Brazil",
    "mexico city": "Mexico",
    "new york city": "New York",
    "manhattan": "New York",
    "san francisco": "California",
    "los angeles": "California",
    "san jose": "California",
    "san diego": "California",
    "seattle": "Washington",
    "chicago": "Illinois",
    "boston": "Massachusetts",
    "wilmington": "Delaware",
    "houston": "Texas",
    "dallas": "Texas",
    "austin": "Texas",
    "atlanta": "Georgia",
    "miami": "Florida",
    "denver": "Colorado",
    "philadelphia": "Pennsylvania",
    "pittsburgh": "Pennsylvania",
}
#: Names that are also ordinary words or given names: read only when written with a capital.
_NEEDS_CAPITAL = frozenset(
    {"chad", "china", "georgia", "guinea", "jersey", "jordan", "man", "mali", "niger", "togo",
     "turkey", "victoria", "chile", "israel", "india", "european", "austin", "perth",
     "wellington", "eu", "d.c.", "prc"}
)  # fmt: skip
#: Spellings read case-sensitively ("US law", not "between you and us").
_CASED_ALIASES = {"US": "United States", "U.S": "United States", "HK": "Hong Kong"}
SUPRANATIONAL = frozenset({"European Union"})


def _fold(name: str) -> str:
    """Lower case without accents: 'Côte d'Ivoire' -> "cote d'ivoire"."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _strip_parenthetical(name: str) -> str:
    return re.sub(r"\s*\(.*?\)", "", name).strip()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(spelling -> canonical place, canonical place -> the country it lies in)."""
    places: dict[str, str] = {}
    parent: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        name = _USUAL_NAME.get(code) or getattr(country, "common_name", None) or country.name
        name = _strip_parenthetical(name)
        forms = {name, _strip_parenthetical(country.name)}
        official = getattr(country, "official_name", None)
        if official:
            forms.add(_strip_parenthetical(official))
        for form in forms:
            if "," in form:  # "Korea, Republic of": an index form, never written in a clause
                continue
            form = re.sub(r"^the\s+", "", form, flags=re.IGNORECASE)
            places.setdefault(form.lower(), name)
    # "Georgia" in a US contract is the state; the country is "the Republic of Georgia"
    places["georgia"] = "Georgia"
    places["republic of georgia"] = "Georgia (country)"
    for group, country in (
        (US_STATES, "United States"),
        (CANADIAN_PROVINCES, "Canada"),
        (AUSTRALIAN_STATES, "Australia"),
        (UK_NATIONS, "United Kingdom"),
    ):
        for sub in group:
            places[sub.lower()] = sub
            parent[sub] = country
    for sub, country in OTHER_SUBDIVISIONS.items():
        places[sub.lower()] = sub
        parent[sub] = country
    places.update(PLACE_ALIASES)
    for spelling in list(places):
        places.setdefault(_fold(spelling), places[spelling])
    return places, parent


def _alternation(names: list[str], fold: bool = True) -> str:
    """The names as one trie regex (`fold`: lower-cased, for a regex that ignores case); a name
    may be wrapped across lines in filed contracts ("the State of New\nYork")."""
    return alternation({" ".join((n.lower() if fold else n).split()) for n in names}, space=r"\s+")


#: What follows an adjective that names a legal system: "Irish law", "the English courts".
_LEGAL_NOUN = (
    r"[\s-]+(?:(?:substantive|federal|statutory|governing|procedural|civil|commercial|contract)\s+)?"
    r"(?:laws?|courts?|jurisdiction|legislation|statutes?|tribunals?|legal)\b"
)


@lru_cache(maxsize=1)
def _regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    places, _ = _tables()
    names = re.compile(r"(?<![\w.])(" + _alternation(list(places)) + r")(?![\w])", re.IGNORECASE)
    cased = re.compile(
        r"(?<![\w.])(" + _alternation(list(_CASED_ALIASES), fold=False) + r")\.?(?![\w])"
    )
    adjectives = re.compile(
        r"(?<![\w.])(" + _alternation(list(PLACE_ADJECTIVES)) + r")(?=" + _LEGAL_NOUN + ")",
        re.IGNORECASE,
    )
    cities = re.compile(r"(?<![\w.])(" + _alternation(list(CITIES)) + r")(?![\w])", re.IGNORECASE)
    return names, cased, adjectives, cities


def _clean(text: str) -> str:
    """One line of plain text: curly apostrophes straightened, words hyphenated across lines
    joined ("Penn-\\nsylvania"), a small word glued to a name parted ("ofNew York"), runs of
    whitespace made one space."""
    text = text.replace("’", "'").replace("‘", "'")
    text = join_broken_words(text)
    # a space lost in a PDF's text between a small word and a name: "the State ofNew York"
    text = re.sub(r"\b(of|the|in|and)(?=[A-Z][a-z])", r"\1 ", text)
    return " ".join(text.split())


def _key(spelling: str) -> str:
    return " ".join(spelling.lower().split())


def _found(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical place) of every place named in `text`, in order."""
    places, _ = _tables()
    names, cased, adjectives, _cities = _regexes()
    out: list[tuple[int, int, str]] = []
    for m in names.finditer(text):
        word = _key(m.group(1))
        if word in _NEEDS_CAPITAL and not m.group(1)[0].isupper():
            continue
        out.append((m.start(), m.end(), places.get(word) or places[_fold(word)]))
    for m in cased.finditer(text):
        if not re.search(r"[a-z]", text[max(0, m.start() - 40) : m.end() + 40]):
            continue  # "BINDING ON US" in a clause written in capitals is the pronoun
        out.append((m.start(), m.end(), _CASED_ALIASES[m.group(1)]))
    for m in adjectives.finditer(text):
        word = _key(m.group(1))
        if word in _NEEDS_CAPITAL and not m.group(1)[0].isupper():
            continue
        out.append((m.start(), m.end(), PLACE_ADJECTIVES[word]))
    out.sort(key=lambda f: (f[0], -f[1]))
    # a name inside a longer one found at the same place ("Hong Kong" in "Hong Kong SAR") is one
    kept: list[tuple[int, int, str]] = []
    for s, e, p in out:
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e, p))
    return kept


def names_place(text: str) -> bool:
    """Some place of the tables is named in `text`."""
    return bool(_found(_clean(text)))


def _choose(found: list[str]) -> str | None:
    """The place to report: a state or province beats the country it lies in (and the EU),
    otherwise the first named."""
    if not found:
        return None
    _, parent = _tables()
    inner = {parent[p] for p in found if p in parent}
    rest = [p for p in found if p not in inner and p not in SUPRANATIONAL]
    return rest[0] if rest else found[0]


_LAW_OF = re.compile(r"\blaws?\b[^.;]{0,80}?\b(?:of|in)\b", re.IGNORECASE)
_COURTS_OF = re.compile(
    r"\b(?:courts?|tribunals?|venue|forum|jurisdiction)\b[^.;]{0,80}?\b(?:of|in|at|within)\b",
    re.IGNORECASE,
)
_BEFORE_LAW = re.compile(
    r"\s*(?:'s\s+)?(?:substantive\s+|federal\s+|statutory\s+)?laws?\b", re.IGNORECASE
)
_BEFORE_COURTS = re.compile(r"\s*(?:state\s+|federal\s+)?(?:courts?|tribunals?)\b", re.IGNORECASE)


#: Laws named for another purpose than choosing the law of the contract: where a party is formed
#: ("a corporation organized under the laws of the State of Nevada"), laws a party must obey or
#: that permit or require something ("comply with the laws of Brazil"). The place they name is
#: set aside, and so is their "laws of".
_NOT_CHOSEN = re.compile(
    r"\b(?:(?:organi[sz]ed|incorporated|existing|formed|established|registered|chartered"
    r"|constituted|licensed|qualified|domiciled)(?:\s+and\s+(?:validly\s+)?existing)?"
    r"\s+(?:under|pursuant\s+to|in\s+accordance\s+with|by\s+virtue\s+of|in)"
    r"|compl(?:y|ies|ying|iance)\s+with|in\s+violation\s+of|violat\w*|breach\w*\s+of"
    r"|(?:permitted|required|prohibited|protected|allowed)\s+(?:by|under))"
    r"\s+(?:(?:all|any|the|applicable|relevant)\s+)*(?:[\w-]+\s+)?laws?\s+(?:of|in)\s+",
    re.IGNORECASE,
)
#: After the chosen law, words that name other laws only to set them aside: "the laws of the
#: PRC (excluding the laws of Hong Kong, Macau and Taiwan)", "... (which exclude the laws of Macau)", "the laws of New York, except that
#: the law of Delaware governs ...", "without regard to the laws of any other state".
_SET_ASIDE = re.compile(
    r"\b(?:exclu(?:des?|ded|ding|sive\s+of|sion\s+of)|except|other\s+than|save\s+(?:for|as|that)"
    r"|but\s+not|not\s+including|does\s+not\s+include|apart\s+from"
    r"|without\s+(?:regard|reference|giving\s+effect|recourse)|notwithstanding|irrespective"
    r"|regardless)\b",
    re.IGNORECASE,
)


#: After a place, words that make it part of the name of a body: "the Hong Kong International
#: Arbitration Centre", "the China International Economic and Trade Arbitration Commission", "the
#: New York Stock Exchange". Such a place chooses no law (a PRC law with disputes heard at the Hong
#: Kong centre is the PRC's), though it may name a forum.
_INSTITUTION = re.compile(
    r"\s+(?:international\s+)?(?:(?:commercial|economic\s+and\s+trade)\s+)?"
    r"(?:arbitration|chamber\s+of\s+commerce|stock\s+exchange)\b",
    re.IGNORECASE,
)


def _set_aside_laws(
    text: str, found: list[tuple[int, int, str]]
) -> tuple[str, list[tuple[int, int, str]]]:
    """`text` with the laws named for another purpose (`_NOT_CHOSEN`) blanked, and `found`
    without the places they name."""
    spans = []
    for m in _NOT_CHOSEN.finditer(text):
        place = next((f for f in found if m.end() <= f[0] <= m.end() + 30), None)
        spans.append((m.start(), place[1] if place else m.end()))
    if not spans:
        return text, found
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    kept = [f for f in found if not any(s <= f[0] < e for s, e in spans)]
    return "".join(chars), kept


def normalize_jurisdiction(text: str, forum: bool = False) -> str | None:
    """The canonical place a law clause (or, with `forum`, a forum clause) names:
    'the laws of the State of New York' -> 'New York'.

    A place named right before 'law' ("Italian law", "New York law"; for a forum 'courts': "the
    Irish courts") wins when it comes before any 'laws of'; then the places after 'laws of' (for
    a forum first those after 'courts of' / 'jurisdiction of'), up to words that set other laws
    aside ("excluding the laws of Hong Kong"); then every place named; then a city ("the courts
    of London"). Among the candidates a state or province beats its country. Laws named for
    another purpose ("organized under the laws of Nevada", "comply with the laws of Brazil")
    are not read, nor, for a law, a place that names an arbitral institution or an exchange.
    """
    text = _clean(text)
    found = _found(text)
    if not forum:
        found = [f for f in found if not _INSTITUTION.match(text, f[1])]
    scan, found = _set_aside_laws(text, found)
    anchors = [_COURTS_OF, _LAW_OF] if forum else [_LAW_OF]
    hits = [m for m in (a.search(scan) for a in anchors) if m is not None]
    first = min((m.start() for m in hits), default=None)
    before = (_BEFORE_LAW, _BEFORE_COURTS) if forum else (_BEFORE_LAW,)
    for s, e, place in found:
        if first is not None and s >= first:
            break
        if place != "United States" and place not in SUPRANATIONAL:
            if any(b.match(text, e) for b in before):
                return place
    chunks = []
    for m in hits:
        after = [f for f in found if f[0] >= m.end()]
        aside = _SET_ASIDE.search(scan, m.end())
        if aside and any(s < aside.start() for s, _, _ in after):
            after = [f for f in after if f[0] < aside.start()]
        chunks.append([p for _, _, p in after])
    chunks.append([p for _, _, p in found])
    for chunk in chunks:
        choice = _choose(chunk)
        if choice:
            return choice
    _, _, _, cities = _regexes()
    city = cities.search(scan)
    return CITIES[_key(city.group(1))] if city else None


def _read_on(sentence: str, clause: str) -> str | None:
    """The sentence with the rest of it that follows in its clause, when the sentence was cut off
    before its end: a page break in a filed contract ("... the laws of\\n\\n\\n\\nthe State
    of Texas, without regard ...") ends a sentence that the clause text continues. None when the
    sentence ends as a sentence does or cannot be found in the clause."""
    head = sentence.strip()
    if not head or head[-1] in ".;!?" or not clause:
        return None
    at = clause.find(head)
    if at < 0:
        return None
    rest = re.match(r"[^.;]*[.;]?", clause[at + len(head) :])
    return head + " " + rest.group(0) if rest and rest.group(0).strip() else None


def _place(sentence: str, clause: str, forum: bool) -> str | None:
    place = normalize_jurisdiction(sentence, forum=forum)
    if place is None:
        longer = _read_on(sentence, clause)
        place = normalize_jurisdiction(longer, forum=forum) if longer else None
    return place


def jurisdiction(sentence: str, clause: str) -> dict[str, Any]:
    place = _place(sentence, clause, forum=False)
    return {"jurisdiction": place} if place else {}


def venue(sentence: str, clause: str) -> dict[str, Any]:
    place = _place(sentence, clause, forum=True)
    return {"venue": place} if place else {}
