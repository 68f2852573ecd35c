"""The package's own surface: version and the lazily imported library API."""

import subprocess
import sys

import xsource


def test_version_comes_from_the_installed_metadata():
    from importlib.metadata import version

    assert xsource.__version__ == version("xsource")


def test_library_api_names_resolve_to_the_stage_functions():
    from xsource.pipeline import run
    from xsource.langid import detect

    assert xsource.run is run
    assert xsource.detect is detect
    assert set(xsource.__all__) >= {"run", "Settings", "detect", "render", "load"}


def test_import_is_cheap_no_stage_module_loaded():
    code = "import sys, xsource; print(sorted(m for m in sys.modules if m.startswith('xsource.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
