"""The comparator: group stories, align claims across outlets and languages, classify
agreement and divergence. `compare(analyzed, CompareSettings()) -> Comparison`."""

from xsource.compare.engine import compare
from xsource.compare.settings import CompareSettings

__all__ = ["CompareSettings", "compare"]
