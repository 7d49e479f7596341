"""How often the confidentiality guard refuses the names of England's own local authorities
(issue 24), in the sentences a partnership writes about them.

    uv run python benchmarks/guard_authorities.py [--misses 5]

The authorities are every English subdivision of ISO 3166-2:GB as pycountry ships it (152:
counties, unitary authorities, London boroughs, metropolitan districts and the City of
London), a maintained list no rule was written from. Each goes into the same ten sentences, one
per register (minutes, an email's sign-off, a chronology entry, a notice...), all benign, and the
benchmark prints the share refused by register and by kind of authority, then up to
``--misses`` refusals. The sentences were written for this benchmark after the rules, so it
measures the place names, not the prose: an authority that is also a person's name ("Sutton",
"Brent") standing alone is refused, as the guard cannot tell the two apart, and a partnership
there adds it to its allowed words (``SAFEGUARDING_ALLOWED_WORDS``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.guard_independent import figures, print_misses, print_table, refused
from tests.support.independent_corpus import Sample

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


def samples() -> list[Sample]:
    return [
        Sample(register, "text", text.format(n=name), False, kind)
        for name, kind in authorities()
        for register, text in SENTENCES.items()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=5)
    args = parser.parse_args()
    corpus = samples()
    results = [(sample, refused(sample)) for sample in corpus]
    print(f"{len(authorities())} authorities, {len(corpus)} sentences")
    print_table(figures(results, seen=""))
    if args.misses:
        print_misses(results, args.misses)


if __name__ == "__main__":
    main()
