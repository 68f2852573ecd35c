"""The glossary of names and terms: loading and validation, the entry model, matching.

    from xsource.glossary import load_glossaries
    g = load_glossaries([Path("desk.tsv")])   # bundled glossaries/afpak.tsv, then desk.tsv
    g.match("طورخم کراسنگ بند", "ur")        # -> [GlossaryHit(..., entry_id="place.torkham")]
"""

from xsource.errors import GlossaryError
from xsource.glossary.loader import GlossaryValidationError, bundled_paths, load_glossaries
from xsource.glossary.model import FRAMING, LANGS, TYPES, Entry, Glossary, Variants

__all__ = [
    "FRAMING", "LANGS", "TYPES", "Entry", "Glossary", "GlossaryError", "GlossaryValidationError",
    "Variants", "bundled_paths", "load_glossaries",
]
