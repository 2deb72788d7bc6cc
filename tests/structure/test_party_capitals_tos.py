"""Terms of service whose notices are typed in capitals among paragraphs in mixed case. In a notice
in capitals a name cannot be told from the words around it by its case, but the words the terms
write in lower case elsewhere can: "THANK YOU FOR YOUR INTEREST IN ..." and "... BETWEEN YOU AND
ORRERY CONCERNING ..." are sentences around a name, "OTHERS (INCLUDING YOUR EMPLOYER)" names nobody,
and "WE" / "US" in capitals are the pronouns. The terms below are invented here."""

from __future__ import annotations

import pytest

from contractscan.models import PartyRole

from .test_party_families import parties

# ordinary running text in lower case, long enough to tell common words from names
BODY = """

2. Your account

You must provide accurate information when you create an account, and you must keep your password
secret. You are responsible for anything that happens through your account unless you close it or
report misuse to us promptly. We may suspend an account that we reasonably believe is being used to
harm others, including where content posted through it infringes the rights of third parties.

3. Content and licences

You keep ownership of the content you submit. You give us a worldwide licence to host, store,
reproduce and display that content only as needed to operate and improve the service. This licence
ends when you delete the content, except where others have already shared it or the law requires us
to keep a copy for a limited period. We do not claim any interest in your content beyond this
licence.

4. Changes and termination

We may change these terms from time to time. When a change is material we will tell you by email or
through the service at least thirty days before it takes effect. Either of us may end this contract
at any time by giving notice. Sections concerning payment, liability and disputes continue to apply
after termination, regarding any claim that arose before it.

5. Liability

Nothing in these terms excludes liability for fraud or for death or personal injury caused by
negligence. Subject to that, our total liability for all claims relating to the service in any
twelve month period is limited to the fees you paid in that period, and we are not liable for lost
profits or indirect losses of any kind, whether or not they were foreseeable. You are responsible
for checking any output before relying on it in decisions about employment, credit, health or
housing, and for complying with every law that applies to your use.

6. General

These terms are governed by the laws of Ireland and the courts of Dublin have jurisdiction. If a
court finds part of these terms unenforceable the rest stays in force. You may not transfer your
rights without our consent; we may transfer ours to an affiliate or a buyer of our business.
"""

NOTICES = [
    (
        "THANK YOU FOR YOUR INTEREST IN ORRERY ANALYTICS, INC. (“ORRERY”, “WE” OR “US”). THESE "
        "TERMS GOVERN YOUR USE OF THE ORRERY PLATFORM.",
        {"ORRERY ANALYTICS, INC.", "ORRERY", "we", "us"},
    ),
    (
        "THESE TERMS ARE THE ENTIRE AGREEMENT BETWEEN YOU AND ORRERY CONCERNING THE PLATFORM AND "
        "SUPERSEDE ANY EARLIER VERSION.",
        {"ORRERY"},
    ),
    (
        "YOU ARE ENTERING INTO THIS CONTRACT WITH ORRERY ANALYTICS LIMITED (ALSO REFERRED TO AS "
        "“WE” AND “US”). AS BETWEEN YOU AND OTHERS (INCLUDING YOUR EMPLOYER), YOUR ACCOUNT "
        "BELONGS TO YOU.",
        {"ORRERY ANALYTICS LIMITED", "we", "us"},
    ),
]

NOT_NAMES = {"OTHERS", "INCLUDING YOUR EMPLOYER", "YOUR EMPLOYER", "WE", "US"}


def _terms(notice: str) -> str:
    return (
        "Orrery Platform Terms of Service\n\n1. Who we are\n\n"
        "Welcome to the Orrery platform, which helps teams review documents.\n\n" + notice + BODY
    )


@pytest.mark.parametrize(("notice", "expected"), NOTICES)
def test_a_notice_in_capitals_names_the_vendor_as_mixed_case_would(
    notice: str, expected: set[str]
) -> None:
    got = parties(_terms(notice))
    provider = set(got.get(PartyRole.provider, []))
    assert expected <= provider, got
    everyone = {n for names in got.values() for n in names}
    assert not everyone & NOT_NAMES, got
    # no name runs into the sentence around it
    assert not any(
        n.startswith(("INTEREST", "CONTRACT WITH", "THANK")) or n.endswith("CONCERNING")
        for n in everyone
    ), got


def test_a_document_wholly_in_capitals_is_read_as_before() -> None:
    """Without lower-case text to compare with, names in capitals are left as they were read:
    a defined role word ("COMPANY") and a legal name stay names."""
    text = (
        "MASTER SERVICES AGREEMENT\n\nTHIS AGREEMENT IS MADE BETWEEN HALLOWAY SYSTEMS LIMITED "
        "(THE “COMPANY”) AND PRESCOT DATA LLC (THE “SUPPLIER”).\n\n1. SERVICES\n\nTHE SUPPLIER "
        "SHALL PROVIDE THE SERVICES.\n"
    )
    names = {n for ns in parties(text).values() for n in ns}
    assert {"HALLOWAY SYSTEMS LIMITED", "PRESCOT DATA LLC", "COMPANY", "SUPPLIER"} <= names
