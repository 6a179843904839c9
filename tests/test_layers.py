"""The import contracts in pyproject.toml hold, and they catch a wrong arrow.

The contracts are import-linter's (``lint-imports`` runs the same ones and
names every import that breaks them). Here they are checked against the import
graph of ``coach/``, and against that graph with one wrong import added, so a
contract that stopped guarding anything would fail too.
"""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

import grimp
import pytest
from importlinter.api import read_configuration
from importlinter.contracts.forbidden import ForbiddenContract
from importlinter.contracts.layers import LayersContract

ROOT = Path(__file__).resolve().parent.parent
KINDS = {"layers": LayersContract, "forbidden": ForbiddenContract}


@pytest.fixture(scope="module")
def config() -> dict:
    return read_configuration(str(ROOT / "pyproject.toml"))


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph("coach", include_external_packages=True, cache_dir=None)


def contract(config: dict, contract_id: str):
    options = next(c for c in config["contracts_options"] if c.get("id") == contract_id)
    return KINDS[options["type"]](name=options["name"], session_options=config["session_options"],
                                  contract_options=options)


def kept(config: dict, contract_id: str, graph, *imports: tuple[str, str]) -> bool:
    g = deepcopy(graph)
    for importer, imported in imports:
        g.add_import(importer=importer, imported=imported, line_number=1, line_contents=f"import {imported}")
    return contract(config, contract_id).check(g, verbose=False).kept


def test_every_contract_holds(config, graph):
    ids = [c["id"] for c in config["contracts_options"]]
    assert ids, "no import contracts in pyproject.toml"
    broken = [i for i in ids if not kept(config, i, graph)]
    assert broken == [], f"import contracts broken: {broken}; run `lint-imports` to see the imports"


@pytest.mark.parametrize(("importer", "imported"), [
    ("coach.export.charts", "coach.ui.progress.screen"),  # an export drawing with a screen's widget
    ("coach.charts.plot", "coach.ui.widgets.figure_view"),
    ("coach.store.db", "coach.export.data"),
    ("coach.core.analytics", "coach.store.history"),
    ("coach.core.analytics", "coach.charts.model"),
    ("coach.charts.model", "coach.store.db"),  # charts and store are siblings: neither imports the other
    ("coach.ui.progress.screen", "coach.commands.chart"),  # screens and commands are siblings too
])
def test_the_layers_contract_catches_an_upward_arrow(config, graph, importer, imported):
    assert kept(config, "layers", graph)
    assert not kept(config, "layers", graph, (importer, imported))


def test_the_app_layer_sits_between_the_screens_and_the_exports(config, graph):
    assert kept(config, "layers", graph, ("coach.app.sessions", "coach.export.charts"))
    assert not kept(config, "layers", graph, ("coach.app.sessions", "coach.ui.main_window"))
    assert not kept(config, "layers", graph, ("coach.export.charts", "coach.app.sessions"))


@pytest.mark.parametrize("importer", ["coach.app.sessions", "coach.core.safety"])
def test_the_core_and_the_app_layer_catch_a_qt_import(config, graph, importer):
    assert kept(config, "no-qt-below-ui", graph)
    assert not kept(config, "no-qt-below-ui", graph, (importer, "PySide6"))


def test_the_chart_model_stays_free_of_qt(config, graph):
    assert kept(config, "chart-model", graph)
    assert not kept(config, "chart-model", graph, ("coach.charts.model", "PySide6"))
    assert not kept(config, "chart-model", graph, ("coach.charts.describe", "pyqtgraph"))
