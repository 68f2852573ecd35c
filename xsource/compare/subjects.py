"""What a story is about: the keys of an article (`stories.story_keys`) that name a subject,
and the tests that keep two stories apart when they share none, article by article
(`share_a_subject`) and group by group (`GroupSubjects`)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from xsource.compare.kinds import KIND_PREFIXES
from xsource.compare.sparse import UnionFind, shared_counts
from xsource.compare.text import CAPITALS, GOVERNMENTS, entity_key


# Keys that say what a story is about; the rest (countries, demonyms, titles, months, the
# capitals and governments, small bare numbers, dates long past) every story on this beat
# shares. So do the glossary's terms: "border", "refugees" and "deport" put a cricket match
# whose hero spoke for the expelled Afghans beside the Chaman sit-in of the same week.
_SUBJECT_PREFIXES = ("e:person_", "e:place_", "e:org_", "e:doc", "w:")
# The United Nations too: it speaks on every story of the beat ("the UN condemned the ban"),
# and had kept the Taliban's university ban and NGO ban of the same week one story.
_NO_SUBJECT = frozenset("e:" + entity_key(e) for e in GOVERNMENTS | CAPITALS) | {"e:org_un"}


@lru_cache(maxsize=65536)
def subject_key(key: str) -> bool:
    if key.startswith("n:"):
        try:
            return abs(float(key[2:])) >= 100
        except ValueError:
            return False
    return key.startswith(_SUBJECT_PREFIXES) and key not in _NO_SUBJECT


def subject_keys(keys) -> list[list[str]]:
    """Per article, its story keys (`stories.story_keys`: (key, weight) pairs) that name a
    subject: read once, for the article pairs and for the groups."""
    return [[key for key, _ in item_keys if subject_key(key)] for item_keys in keys]


def share_a_subject(subjects: Sequence[Sequence[str]], a: np.ndarray, b: np.ndarray,
                    check: np.ndarray) -> np.ndarray:
    """Per pair: True unless `check`ed and the two articles share no key saying what they are
    about. A December attack and a November returns story met on a date both recall, a bare
    19 and Afghanistan; the Herat earthquake and a transit fee announced that week on their
    week, one date and a solar month. A link needs a person, a place, an organisation, a
    document, a figure of 100 or more or an English word in common: time is no subject."""
    out = np.ones(len(a), dtype=bool)
    rows = np.flatnonzero(check)
    if len(rows) == 0:
        return out
    # the articles' subject keys (`subject_keys`), counted for all pairs in numpy
    items = np.unique(np.concatenate([a[rows], b[rows]]))
    shared = shared_counts([subjects[i] for i in items.tolist()],
                           np.searchsorted(items, a[rows]), np.searchsorted(items, b[rows]))
    out[rows] = shared > 0
    return out


class GroupSubjects:
    """What each group of articles is about, kept as groups join: how many of its articles
    hold each subject key (`subject_key`). Two groups of at least `MIN` articles join only
    when some subject key is held by at least a third of each. Two stories of one week meet
    on what a few of their articles recall: the Azm-e-Istehkam announcement and the T20
    semi-final on Peshawar and a date, the Bannu cantonment attack and the Torkham clash on
    Barmal. A story's halves share its subject (every pair of the fourteen expulsion folders
    does); below `MIN` articles a group's subject is whatever each names, and the
    article-level test (`share_a_subject`) speaks for it.

    Groups are also kept apart when they are about different kinds of event
    (`_different_events`), which article pairs alone never tell apart:
    - the cipher verdict (a court's) and the election nine days later, whose articles each
      recall the other's in a few sentences;
    - the Abbey Gate bombing and the airport stampede ten days before it, which no stampede
      report calls an attack; Dar's Kabul talks on trade and the expulsions and the Beijing
      meeting a month later, whose reports seldom name the expulsions; the Nangarhar
      measles camps and the expulsions that filled them, whose reports seldom name a
      disease."""

    MIN = 3
    SHARE = 1 / 3

    def __init__(self, subjects: Sequence[Sequence[str]]):
        self.counts: list[dict[str, int] | None] = [dict.fromkeys(keys, 1) for keys in subjects]
        self.size = [1] * len(subjects)

    def share(self, x: int, y: int) -> bool:
        """Groups (roots) x and y share a subject, or one is too small to tell."""
        if self.size[x] < self.MIN or self.size[y] < self.MIN:
            return True
        cx, cy = self.counts[x], self.counts[y]
        if len(cx) > len(cy):
            (cx, x), (cy, y) = (cy, y), (cx, x)
        least_x, least_y = self.SHARE * self.size[x], self.SHARE * self.size[y]
        if not any(count >= least_x and cy.get(key, 0) >= least_y
                   for key, count in cx.items() if not key.startswith(KIND_PREFIXES)):
            return False
        return not self._different_events(x, y)

    def _different_events(self, x: int, y: int) -> bool:
        """Two groups about no kind of event in common are two events when one is mostly
        about a kind (`kinds.EVENT_KINDS`) that fewer than a quarter of the other's articles
        name, or when each is about a kind that no more than half of the other names."""
        about_x, about_y = self._kinds(x, "k+:", 1 / 2), self._kinds(y, "k+:", 1 / 2)
        if about_x & about_y:
            return False
        if about_x - self._kinds(y, "k:", 1 / 4) or about_y - self._kinds(x, "k:", 1 / 4):
            return True
        if not about_x or not about_y:
            return False
        return not (about_x & self._kinds(y, "k:", 1 / 2, strictly=True)
                    or about_y & self._kinds(x, "k:", 1 / 2, strictly=True))

    def _kinds(self, group: int, prefix: str, share: float, strictly: bool = False) -> set[str]:
        """The kinds (`kinds.kind_keys` under `prefix`) held by at least `share` of the
        group's articles, or by more than that share."""
        least = share * self.size[group]
        return {key[len(prefix):] for key, count in self.counts[group].items()
                if key.startswith(prefix) and (count > least if strictly else count >= least)}

    def join(self, uf: UnionFind, a: int, b: int, check: bool = True) -> bool:
        """Union the groups of articles a and b unless `check`ed and they share no subject;
        whether they are (now) one group."""
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            return True
        if check and not self.share(ra, rb):
            return False
        root = uf.union(ra, rb)
        other = rb if root == ra else ra
        into, extra = self.counts[root], self.counts[other]
        if len(into) < len(extra):
            into, extra = extra, into
        for key, count in extra.items():
            into[key] = into.get(key, 0) + count
        self.counts[root], self.counts[other] = into, None
        self.size[root] += self.size[other]
        return True
