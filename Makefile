# Set-up is two commands: `make demo` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PIP_INSTALL := $(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt

.PHONY: demo test bench screenshot install clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(PY) pyproject.toml constraints.txt
	$(PIP_INSTALL) torch==2.13.0
	$(PIP_INSTALL) -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/xsource compare samples/ --out out/report.html --out out/report.md --out out/report.json

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) -m xsource.bench

screenshot: $(STAMP)
	$(PY) -m xsource.report.screenshot out/report.html out/report.png

clean:
	rm -rf out .pytest_cache
