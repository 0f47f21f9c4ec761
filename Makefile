# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint lock bench screenshots report-samples translations bundle bundle-smoke clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# The versions the tests ran with come from requirements.lock (`make lock` rewrites it after a
# change to pyproject.toml); the second install only adds what the lock does not list yet.
$(STAMP): pyproject.toml requirements.lock | $(PY)
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m ui.launcher

# Random test order (pytest-randomly prints the seed; `pytest --randomly-seed=N`
# replays it), a coverage floor for the core, the import contracts, lint and types.
COVERAGE_FLOOR := 90
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --cov=jointaudit --cov-report=term:skip-covered \
		--cov-fail-under=$(COVERAGE_FLOOR)
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check jointaudit ui tests tools
	$(VENV)/bin/mypy

lock: | $(PY)
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --extra test --strip-extras --no-emit-index-url \
		--no-emit-find-links -o requirements.lock pyproject.toml

lint: $(STAMP)
	$(VENV)/bin/ruff check jointaudit ui tests tools
	$(VENV)/bin/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks --markdown docs/benchmarks.md

# Each main view on the demo workspace at 1280×720, offscreen, into docs/screenshots/*.png
# (the plan, checklist, site and approvals views in Spanish and French too: *-es.png, *-fr.png).
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots --out docs/screenshots --languages en es fr

# The first pages of every demo report (each scheme, the joint summary, the field checklist
# and the obligations register, in EN/ES/FR) as PNG into docs/report-samples/; needs
# pdftoppm (Debian: apt-get install poppler-utils).
report-samples: $(STAMP)
	$(PY) -m tools.report_samples --out docs/report-samples --pages 2

# UI strings: collect them into the .ts catalogues (Qt Linguist edits these), compile the .qm.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $(wildcard ui/*.py ui/*/*.py) \
		-ts resources/translations/jointaudit_es.ts resources/translations/jointaudit_fr.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/jointaudit_es.ts \
		resources/translations/jointaudit_fr.ts

# The frozen desktop app (PyInstaller one-folder) in dist/jointaudit/, then its smoke test.
bundle: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bundle]'
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/jointaudit.spec
	@du -sh dist/jointaudit

bundle-smoke:
	$(PYTHON) packaging/smoke.py dist/jointaudit

clean:
	rm -rf $(VENV) build dist
