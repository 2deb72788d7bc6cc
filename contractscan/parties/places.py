"""Places: states, countries and regions, street addresses, and public bodies named by their place
("City of Riverton, Oregon"). A place is never a party."""

from __future__ import annotations

import re

from ..jurisdictions import AUSTRALIAN_STATES, CANADIAN_PROVINCES, UK_NATIONS, US_STATES

_PLACES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|"
    "idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|"
    "minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|"
    "new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|"
    "south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|"
    "wisconsin|wyoming|english|british|canadian|german|french|dutch|irish|cayman|bermuda|singapore"
)
# what "Company of ..." names: "of America", "of New York", "of the Americas"
_REGIONS = (
    _PLACES + r"|america|north[ \t]+america|the[ \t]+americas|europe|asia|canada|japan|china|india|"
    r"australia|puerto[ \t]+rico"
)
_PUBLIC_BODIES = r"(?:City|County|Town|Township|Village|Borough|Parish|Municipality|District)"
_TWO_BODIES_RE = re.compile(rf"(?i:{_PUBLIC_BODIES}\s+and\s+{_PUBLIC_BODIES}\s+of)\s+[A-Z]")
_PLACE_LEADS = frozenset(["of", "at", "in", "under", "located", "address", "offices"])
_ADDRESS_RE = re.compile(
    r"\b(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Drive|Lane|Plaza|Suite|Floor|Highway|"
    r"Broadway|Parkway|Square|Building|Tower)\b|^(?:State|Republic|Province|Commonwealth|Kingdom|"
    r"People's Republic|Isle) of\b"
)
_PLACE_ONLY_RE = re.compile(
    rf"^(?:an?\s+)?(?:{_PLACES})\s+(?:corporation|limited|company|partnership|llc|limited liability company)$",
    re.IGNORECASE,
)


# a name whose legal form is followed by its town: "Nordlicht Kosmetik GmbH of Berlin, Germany"
# ("Insurance Company of America" ends in a region, and "Company" is no form here)
_FORM_THEN_PLACE_RE = re.compile(
    r"^(.+?\s(?:GmbH|AG|Ltd\.?|LTD\.?|Limited|LIMITED|Inc\.|INC\.|LLC|plc|PLC|S\.A\.|B\.V\.|N\.V\.|"
    r"S\.p\.A\.|K\.K\.|SAS|SARL|Oy|AB|A/S|ApS|S\.r\.l\.|Sp\. z o\.o\.|s\.r\.o\.))"
    r",?\s+of\s+[A-Z][\w\-]*(?:,?\s+[A-Z][\w\-]*){0,3}$"
)


# a public body's name followed by the state or country it lies in: "City of Riverton, Oregon",
# "County of Marin, CA", "Town of Hollis, New Hampshire" (the place is where it is, not its name)
_PUBLIC_BODY_PLACE_RE = re.compile(
    rf"^((?:The\s+|THE\s+)?(?i:(?:{_PUBLIC_BODIES}\s+and\s+)?(?:{_PUBLIC_BODIES}|Port))\s+(?i:of)\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}})"
    r",\s+(?:(?i:the\s+)?(?i:State|Commonwealth|Province)\s+(?i:of)\s+)?([A-Z][\w ]+|[A-Z]{2})$"
)
_STATES_AND_COUNTRIES = frozenset(
    p.lower() for p in [*US_STATES, *CANADIAN_PROVINCES, *AUSTRALIAN_STATES, *UK_NATIONS]
)


def _address_like(cand: str) -> bool:
    """An address rather than a name: a street word that ends it or comes before a number or a
    comma ("Harbor Drive", "Suite 400", "State of Ohio"), or any with a number; a street word
    inside a name is none ("Saffron Lane Boutique")."""
    return any(
        m.group(0).endswith(" of")
        or re.match(r"\s*(?:$|[,\d])", cand[m.end() :]) is not None
        or any(ch.isdigit() for ch in cand)
        for m in _ADDRESS_RE.finditer(cand)
    )


_COUNTRIES = frozenset(
    [
        "netherlands",
        "norway",
        "denmark",
        "finland",
        "austria",
        "belgium",
        "portugal",
        "poland",
        "ireland",
        "germany",
        "france",
        "england",
        "scotland",
        "wales",
        "united kingdom",
        "united states",
        "canada",
        "australia",
        "singapore",
        "japan",
        "china",
        "india",
        "israel",
        "switzerland",
        "luxembourg",
        "sweden",
        "brazil",
        "mexico",
        "spain",
        "italy",
        "cayman islands",
        "bermuda",
        "hong kong",
        "korea",
    ]
)
#: the states and countries a name may end in, and the short names a contract gives a country
#: or region ("the PRC"): places, never parties
_PLACE_NAMES = _STATES_AND_COUNTRIES | _COUNTRIES
_PLACE_ALIASES = _PLACE_NAMES | {
    "prc",
    "us",
    "usa",
    "uk",
    "eu",
    "eea",
    "hk",
    "hksar",
    "roc",
    "uae",
    "macau",
}
