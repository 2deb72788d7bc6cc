"""HTML terms whose clauses are nested <ol> lists: the page shows "1.", "2." inside each
section, and the document cites them as "clause 18.6". Those citations must reach the
paragraphs they name, so that a cap's carve-out and a warranty's exclusions count."""

from __future__ import annotations

from pathlib import Path

from contractscan.evaluation.stance import provider_stance
from contractscan.pipeline import Analyzer, scan

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Terms of Service | Kestrelwick</title></head>
<body><main>
<h1>Terms of Service</h1>
<p>These Terms govern the supply of the Service by Kestrelwick Controls Limited
(&ldquo;<strong>Kestrelwick</strong>&rdquo;) to the business named in an Order Form (the
&ldquo;<strong>Customer</strong>&rdquo;).</p>
<ol class="terms">
<li><h3>Definitions</h3>
<ol><li><p>In these Terms:</p><ul>
<li>&ldquo;<strong>Agent</strong>&rdquo; means the control software within the Service;</li>
<li>&ldquo;<strong>Setting</strong>&rdquo; means a value written by the Agent to a
controller at a Site;</li>
<li>&ldquo;<strong>Service</strong>&rdquo; means the hosted platform and the Agent.</li>
</ul></li></ol></li>
<li><h3>Indemnity</h3>
<ol>
<li><p>Kestrelwick shall defend the Customer against any claim by a third party that the
Customer&rsquo;s use of the Service infringes that third party&rsquo;s intellectual property
rights, and shall pay any damages finally awarded on such a claim.</p></li>
<li><p>The Customer shall give Kestrelwick prompt notice of any such claim.</p></li>
</ol></li>
<li><h3>Warranties</h3>
<ol>
<li><p>Kestrelwick warrants that (a) the Service will perform materially in accordance with
the Documentation, and (b) it will provide support with reasonable skill and care.</p></li>
<li><p>The warranty in clause 3.1(a) does not extend to (a) the particular Settings determined
by the Agent, or (b) any failure caused by the Customer&rsquo;s equipment.</p></li>
<li><p>Except as expressly set out in clauses 2.1 and 3.1, the Service is provided
&ldquo;as is&rdquo;, and all other warranties, conditions and terms, express or implied, are
excluded to the fullest extent permitted by law.</p></li>
</ol></li>
<li><h3>Limitation of Liability</h3>
<ol>
<li><p>Subject to clause 4.3, Kestrelwick shall not be liable for any indirect or consequential
loss, or for any loss of profits.</p></li>
<li><p>Subject to clause 4.3, Kestrelwick&rsquo;s total aggregate liability under these Terms
shall not exceed the Fees paid in the twelve months before the claim.</p></li>
<li><p>Clauses 4.1 and 4.2 do not apply to Kestrelwick&rsquo;s obligations under
clause 2.1.</p></li>
</ol></li>
<li><h3>Governing Law</h3>
<ol><li><p>These Terms are governed by the law of Ireland.</p></li></ol></li>
</ol>
</main></body></html>
"""


def test_citations_of_nested_list_paragraphs_reach_them(tmp_path: Path, analyzer: Analyzer):
    (tmp_path / "terms.html").write_text(_PAGE, encoding="utf-8")
    report = scan([tmp_path], analyzer=analyzer)
    [document] = report.documents
    numbers = {c.id: c.number for c in document.clauses}
    cited = {(x.text, numbers.get(x.target or "")) for x in document.cross_references}
    # the page's "1." inside section 4 is the paragraph "clause 4.1" names
    assert {
        ("Clauses 4.1 and 4.2", "4(1)"),
        ("Clauses 4.1 and 4.2", "4(2)"),
        ("clause 4.3", "4(3)"),
        ("clause 2.1", "2(1)"),
        ("clause 3.1(a)", "3(1)"),
    } <= cited, cited
    cs = report.contract_sets[0]
    # 4.3 keeps the indemnity of 2.1 out of the cap and the damages exclusion
    assert provider_stance(cs, "ip_infringement") == "covered"
    # 3.2 keeps the Agent's Settings (its outputs) out of 3.1's warranty, so only the general
    # "as is" of 3.3 speaks to their fairness
    assert provider_stance(cs, "fairness") == "disclaimed"
