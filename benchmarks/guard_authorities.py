"""How often the confidentiality guard refuses the names of England's own public bodies
(issue 24), in the sentences a partnership writes about them.

    uv run python benchmarks/guard_authorities.py [--misses 5]

The bodies come from maintained lists no rule was written from:
- every English local authority of ISO 3166-2:GB as pycountry ships it (152: counties,
  unitary authorities, London boroughs, metropolitan districts and the City of London);
- England's NHS trusts (242), integrated care boards (42) and the hospitals of 180 of their
  sites, from the Royal College of Paediatrics and Child Health's rcpch-nhs-organisations
  (MIT licence), snapshotted in ``benchmarks/data/nhs_organisations.json`` (its ``source``
  says which commit and files; its capitals are turned to title case).

Each goes into the same sentences of its kind, one per register (minutes, an email's
sign-off, a chronology entry, a notice...), all benign, and the benchmark prints the share
refused by register and by kind of body, then up to ``--misses`` refusals. The sentences were
written for this benchmark after the rules, so it measures the names, not the prose: an
authority that is also a person's name ("Sutton", "Brent") standing alone is refused, as the
guard cannot tell the two apart, and a partnership there adds it to its allowed words
(``SAFEGUARDING_ALLOWED_WORDS``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.guard_independent import figures, print_misses, print_table, refused
from tests.support.independent_corpus import Sample

DATA = Path(__file__).with_name("data") / "nhs_organisations.json"

#: One benign sentence per register, with the authority's name for ``{n}``.
SENTENCES = {
    "minutes": "Apologies from {n} Council children's services.",
    "partnership": "{n} Safeguarding Children Partnership met on 3 May 2027.",
    "casework": "The family moved to {n} last year and the case was transferred.",
    "panel": "{n} practice review panel - minutes",
    "attendees": "Present: the head of service ({n} Council)",
    "notification": "Notified the Panel on 4 April 2027; {n} agreed to lead the review.",
    "venue": "Next meeting 9am, Civic Centre, {n}",
    "cross_border": "A cross-border case with {n} and the home authority.",
    "sign_off": "Regards\nBusiness Manager | {n} Safeguarding Partnership",
    "deadline": "{n}'s rapid review is due on 12/06/2027.",
}


def authorities() -> list[tuple[str, str]]:
    """Each English authority's name as written (before any ", City of") and its kind."""
    england = [
        s for s in pycountry.subdivisions.get(country_code="GB") if s.parent_code == "GB-ENG"
    ]
    return sorted((s.name.split(",")[0], s.type) for s in england)


#: One benign sentence per register, with an NHS body's name (a trust, a board, a hospital).
NHS_SENTENCES = {
    "minutes": "Apologies from {n}.",
    "attendees": "Present: the named nurse for safeguarding children ({n})",
    "chronology": "{n} will send its health chronology by 14 April 2027.",
    "sign_off": "Kind regards\nDesignated Nurse, Safeguarding Children\n{n}",
    "casework": "The baby was seen in the emergency department at {n} on 3 March 2027.",
    "action": "Action: {n} to share its learning with the partnership.",
}


def nhs_bodies() -> list[tuple[str, str]]:
    """Each NHS body's name and its kind, from the snapshot."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    kinds = {"trusts": "NHS trust", "integrated_care_boards": "ICB", "hospitals": "hospital"}
    return [(name, kind) for key, kind in kinds.items() for name in data[key]]


def samples() -> list[Sample]:
    return [
        Sample(register, "text", text.format(n=name), False, kind)
        for bodies, sentences in ((authorities(), SENTENCES), (nhs_bodies(), NHS_SENTENCES))
        for name, kind in bodies
        for register, text in sentences.items()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=5)
    args = parser.parse_args()
    corpus = samples()
    results = [(sample, refused(sample)) for sample in corpus]
    print(
        f"{len(authorities())} authorities, {len(nhs_bodies())} NHS bodies, {len(corpus)} sentences"
    )
    print_table(figures(results, seen=""))
    if args.misses:
        print_misses(results, args.misses)


if __name__ == "__main__":
    main()
