"""Names read from passages in capitals, tidied with the words the document writes in lower case
elsewhere."""

from __future__ import annotations

import re

from .found import _Found
from .legal_forms import _LEGAL_END_RE
from .names import _CAPS_STOP
from .roles import _WE, _YOU

#: the words a name in capitals cannot hold at its start's end ("INTEREST IN | ANYSPHERE, INC.",
#: "CONTRACT WITH | LINKEDIN CORPORATION") or at its end ("MOZILLA | CONCERNING")
_CAPS_EDGE = frozenset(
    "in with for to by from at into through than concerning regarding including relating "
    "between among and or".split()
)
_POSSESSIVES = frozenset("my your our their its his her".split())
#: a document writes this many distinct words in lower case before its lower-case words can tell
#: a common word typed in capitals from a name
_VOCABULARY_MIN = 150


def _tidy_capitals(found: list[_Found], text: str, defined: set[str]) -> list[_Found]:
    """Names read from passages in capitals, tidied with the words the document writes in lower
    case elsewhere (a word it writes in lower case is a common word, not a name of its own):

    - "WE", "US", "YOUR" are the pronouns "we", "us", "your";
    - words up to a preposition that all stand in lower case elsewhere are the sentence around a
      name: "THANK YOU FOR YOUR INTEREST IN ANYSPHERE, INC." names "ANYSPHERE, INC.";
    - a preposition or participle at the end is the sentence going on ("BETWEEN YOU AND MOZILLA
      CONCERNING OUR COMMUNICATIONS");
    - a run of common words alone ("OTHERS (INCLUDING YOUR EMPLOYER)", "THE COMPANY THAT OFFERS
      THE SERVICES IN YOUR REGION") names nobody, unless it ends in a legal form.

    A term the document defines ("FRANCHISEE") is a name as it stands. A document typed wholly in
    capitals has too few lower-case words to tell, and is left as read. A party left with no name
    is no party."""
    # words of running text, not of an address ("mozilla.org", "support@tiktok.com")
    vocabulary = set(re.findall(r"(?<![\w'’./@-])[a-z]+(?:['’][a-z]+)?(?![\w'’@/-]|\.\w)", text))
    if len(vocabulary) < _VOCABULARY_MIN:
        return found

    def common(word: str) -> bool:
        return word.strip(",.;:()\"'“”‘’").lower() in vocabulary

    def tidy(name: str) -> str | None:
        if name.lower() in _WE + _YOU:
            return name.lower() if name.isupper() and len(name) > 1 else name
        if not name.isupper() or not any(ch.isalpha() for ch in name) or name in defined:
            return name
        words = name.split()
        cut = max(
            (
                i + 1
                for i, w in enumerate(words[:-1])
                if w.lower() in _CAPS_EDGE and all(map(common, words[: i + 1]))
            ),
            default=0,
        )
        words = words[cut:]
        # the sentence goes on after the name: "ORRERY CONCERNING THE PLATFORM AND SUPERSEDE"
        # (not "CENTER FOR DATA ETHICS", whose words before "FOR" are common ones)
        end = next(
            (
                i
                for i, w in enumerate(words[1:], 1)
                if w.lower() in _CAPS_EDGE - {"and", "or"}
                and not all(map(common, words[:i]))
                and not _LEGAL_END_RE.search(" ".join(words[i:]))
            ),
            len(words),
        )
        words = words[:end]
        while len(words) > 1 and words[-1].strip(",.").lower() in _CAPS_EDGE:
            words.pop()
        tidied = " ".join(words).strip(" ,")
        if words[0].lower() in _POSSESSIVES:
            return None  # "YOUR EMPLOYER": what someone has, not who is a party
        legal = _LEGAL_END_RE.search(tidied)
        head = words if legal is None else tidied[: legal.start()].split()
        if all(map(common, head)) and (
            legal is None or any(w.lower() in _CAPS_STOP | {"but", "not"} for w in head)
        ):
            return None  # "OTHERS", "INCLUDING BUT NOT LIMITED" (whose "LIMITED" is no legal form)
        return tidied

    out = []
    for f in found:
        names: list[str] = []
        for n in f.names:
            t = tidy(n)
            if t and t.lower() not in (x.lower() for x in names):
                names.append(t)
        if names:
            f.names = names
            out.append(f)
    return out
