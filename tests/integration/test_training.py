"""`namesake train` on the real managed Neo4j: a small model from labelled data, used to resolve."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.db import Database
from graph.evaluation import evaluate
from graph.evaluation.reader import labelled_mentions
from graph.learning.training import THRESHOLDS
from graph.resolution.cluster_space import FEATURES
from graph.resolution.model import load_model
from graph.settings import ServerSettings
from loaders.writer import GraphWriter
from tests.integration.cli_runner import namesake
from tests.paths import data_path

pytestmark = [pytest.mark.integration, pytest.mark.slow]

NAMES = ("Jim_Gray.xml", "Kai_Zhang.xml", "Lei_Chen.xml", "Bing_Liu.xml")


def test_train_writes_a_model_that_resolve_uses(
    db: Database, server_settings: ServerSettings, tmp_path: Path
) -> None:
    GraphWriter(db).load_all([data_path("aminer-dev", name) for name in NAMES])
    output = tmp_path / "model.json"
    trained = namesake(server_settings, "train", "-o", str(output), "--json")
    assert trained.exit_code == 0, trained.output
    report = json.loads(trained.output[trained.output.index("{") :])
    assert report["threshold"] in THRESHOLDS and report["examples"] > report["positives"] > 0
    model = load_model(output)  # a model file that loads, for the features this code computes
    assert model.features == FEATURES and model.slope > 0
    assert model.about["corpora"] == ["data"] and model.about["groups"] >= len(NAMES)

    again = tmp_path / "again.json"  # seeded: the same data give the same model
    assert namesake(server_settings, "train", "-o", str(again)).exit_code == 0
    assert load_model(again).trees == model.trees

    resolved = namesake(server_settings, "--model", str(output), "resolve", "--full")
    assert resolved.exit_code == 0, resolved.output
    digests = {r["model"] for r in db.query("test/person_models")}
    assert digests == {model.digest}
    # In-sample on four names, the model must do at least what one person per name does.
    result = evaluate(labelled_mentions(db))
    assert result.resolution.macro.b3_f1 > result.one_person.macro.b3_f1


def test_train_without_labels_says_what_to_do(
    db: Database, server_settings: ServerSettings, tmp_path: Path
) -> None:
    GraphWriter(db).load_all([data_path("arrow", "han-cai.txt")])
    refused = namesake(server_settings, "train", "-o", str(tmp_path / "m.json"))
    assert refused.exit_code == 1
    assert "no mention of the database has a gold label" in refused.output
    assert not (tmp_path / "m.json").exists()


def test_a_model_file_that_is_not_one_is_refused(
    server_settings: ServerSettings, tmp_path: Path
) -> None:
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"format": 1}', encoding="utf-8")
    refused = namesake(server_settings, "--model", str(bogus), "resolve")
    assert refused.exit_code == 1 and "not a namesake model file" in refused.output
