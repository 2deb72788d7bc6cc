"""Governing-law and forum places: normalising the place a law or jurisdiction clause names.

Moved out of attributes.py so the place tables and the rules reading them live together; the
`jurisdiction` and `venue` extractors are re-exported by attributes.EXTRACTORS.
"""

from __future__ import annotations

import re
from typing import Any

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
COUNTRIES = [
    "England and Wales",
    "England",
    "Scotland",
    "Northern Ireland",
    "Ireland",
    "United Kingdom",
    "Germany",
    "France",
    "Austria",
    "Netherlands",
    "Luxembourg",
    "Belgium",
    "Switzerland",
    "Sweden",
    "Norway",
    "Denmark",
    "Finland",
    "Spain",
    "Italy",
    "Portugal",
    "Austria",
    "Poland",
    "Israel",
    "Singapore",
    "Hong Kong",
    "Japan",
    "China",
    "India",
    "Australia",
    "New Zealand",
    "Canada",
    "Ontario",
    "British Columbia",
    "Quebec",
    "Cayman Islands",
    "Bermuda",
    "British Virgin Islands",
    "Cyprus",
    "Malta",
    "Estonia",
    "Lithuania",
    "Korea",
    "Brazil",
    "Mexico",
    "Taiwan",
    "South Africa",
    "Philippines",
    "Thailand",
    "Indonesia",
    "Malaysia",
    "Vietnam",
    "Russia",
    "Ukraine",
    "Turkey",
    "Greece",
    "Czech Republic",
    "Hungary",
    "Romania",
    "Iceland",
    "Argentina",
    "Chile",
    "Colombia",
    "Peru",
    "United Arab Emirates",
    "Saudi Arabia",
    "Egypt",
    "Puerto Rico",
    "Alberta",
    "Manitoba",
    "Nova Scotia",
    "New Brunswick",
    "Saskatchewan",
    "New South Wales",
    "Queensland",
    "Macau",
    "Isle of Man",
    "Gibraltar",
    "Liechtenstein",
    "Monaco",
    "Barbados",
    "Bahamas",
    "Panama",
    "Marshall Islands",
    "Mauritius",
    "Latvia",
    "Slovakia",
    "Slovenia",
    "Croatia",
    "Bulgaria",
    "United States",
]
#: Spellings that mean the same place as a canonical name.
PLACE_ALIASES = {
    "english": "England and Wales",
    "england & wales": "England and Wales",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "the netherlands": "Netherlands",
    "dutch": "Netherlands",
    "irish": "Ireland",
    "republic of ireland": "Ireland",
    "german": "Germany",
    "swiss": "Switzerland",
    "french": "France",
    "swedish": "Sweden",
    "luxembourgish": "Luxembourg",
    "usa": "United States",
    "u.s.": "United States",
    "u.s.a.": "United States",
    "united states of america": "United States",
    "federal": "United States",
    "commonwealth of massachusetts": "Massachusetts",
    "commonwealth of pennsylvania": "Pennsylvania",
    "commonwealth of virginia": "Virginia",
    "commonwealth of kentucky": "Kentucky",
    "state of new york": "New York",
    "state of washington": "Washington",
    "prc": "China",
    "p.r.c.": "China",
    "people's republic of china": "China",
    "austrian": "Austria",
    "italian": "Italy",
    "californian": "California",
    "spanish": "Spain",
    "portuguese": "Portugal",
    "belgian": "Belgium",
    "danish": "Denmark",
    "norwegian": "Norway",
    "finnish": "Finland",
    "polish": "Poland",
    "israeli": "Israel",
    "japanese": "Japan",
    "singaporean": "Singapore",
    "singapore law": "Singapore",
    "chinese": "China",
    "scottish": "Scotland",
    "australian": "Australia",
    "lithuanian": "Lithuania",
    "estonian": "Estonia",
    "maltese": "Malta",
    "cypriot": "Cyprus",
    "state of california": "California",
    "state of delaware": "Delaware",
    "hong kong sar": "Hong Kong",
    "hong kong special administrative region": "Hong Kong",
    "uae": "United Arab Emirates",
    "u.a.e.": "United Arab Emirates",
    "republic of korea": "Korea",
    "south korea": "Korea",
    "korean": "Korea",
    "the russian federation": "Russia",
    "russian federation": "Russia",
    "state of israel": "Israel",
    "republic of singapore": "Singapore",
    "federal republic of germany": "Germany",
    "kingdom of the netherlands": "Netherlands",
    "grand duchy of luxembourg": "Luxembourg",
}
_PLACES = {p.lower(): p for p in US_STATES + COUNTRIES} | PLACE_ALIASES
#: Names may be wrapped across lines in filed contracts ("the State of New\nYork").
_PLACE_RE = re.compile(
    r"\b("
    + "|".join(
        r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(_PLACES, key=len, reverse=True)
    )
    + r")(?![\w])",
    re.IGNORECASE,
)


def _place(name: str) -> str:
    return _PLACES[" ".join(name.lower().split())]


_LAW_OF = re.compile(r"\blaws?\b[^.;]{0,80}?\b(?:of|in)\b", re.IGNORECASE)
#: "Italian law", "New York law": the place named right before "law".
_PLACE_LAW = re.compile(_PLACE_RE.pattern + r"\s+laws?\b", re.IGNORECASE)


def normalize_jurisdiction(text: str) -> str | None:
    """The canonical place a law clause names: 'the laws of the State of New York' -> 'New York'.

    A place named right before 'law' ("Italian law") wins when it comes first; then the place after
    'laws of'; then the first place named. US federal law is named only when
    no state is (clauses usually say 'the laws of X and applicable federal law').
    """
    law = _LAW_OF.search(text)
    named = _PLACE_LAW.search(text)
    if named and (law is None or named.start() < law.start()):
        place = _place(named.group(1))
        if place != "United States":
            return place
    order = [text[law.end() :], text] if law else [text]
    for chunk in order:
        found = [_place(m.group(1)) for m in _PLACE_RE.finditer(chunk)]
        states = [f for f in found if f != "United States"]
        if states:
            return states[0]
        if found:
            return found[0]
    return None


def jurisdiction(sentence: str, clause: str) -> dict[str, Any]:
    place = normalize_jurisdiction(sentence)
    return {"jurisdiction": place} if place else {}


def venue(sentence: str, clause: str) -> dict[str, Any]:
    place = normalize_jurisdiction(sentence)
    return {"venue": place} if place else {}
