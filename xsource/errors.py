"""One error type per failure a user can cause.

Every message names the bad input and says how to fix it. The CLI turns any
`XsourceError` into one clean line on stderr and exit code 1; the library never prints.
"""

from __future__ import annotations


class XsourceError(Exception):
    """Base class: a failure the user caused and can fix."""


class InputError(XsourceError):
    """An input file, folder or URL that cannot be read as an article."""

    def __init__(self, source: str, reason: str, message: str):
        self.source = source
        self.reason = reason
        super().__init__(message)


class NoArticlesError(XsourceError):
    """Nothing usable was ingested from any of the inputs."""


class GlossaryError(XsourceError):
    """A glossary file that does not load: duplicate id, clashing variant, empty form, ..."""


class UnknownBackendError(XsourceError):
    """A translator or renderer name that is not registered."""


class ModelError(XsourceError):
    """A translation model that is missing, malformed or unsafe to install."""


class OfflineError(XsourceError):
    """A download was needed but no network is reachable."""


class ReportError(XsourceError):
    """A report path whose format is unknown, or a saved run that cannot be re-rendered."""


class LanguageError(XsourceError):
    """A language code xsource does not know."""
