"""The merge model: how likely two clusters of one name group are one person (pure).

A gradient-boosted classifier (LightGBM) over the pair features of cluster_space.py, trained
by `namesake train` (graph/learning/) and calibrated to probabilities (Platt scaling on
out-of-fold predictions). One file holds it all: the trees, the feature names they read, the
calibration, the merge threshold chosen by cross-validation, and what it was trained on. The
model trained on the sample corpora ships with the package (MODEL_FILE), so `resolve` works
out of the box; `namesake resolve --model FILE` takes another.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import logging
import tempfile
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np

from graph.errors import ConfigError
from graph.resolution.cluster_space import FEATURES
from graph.settings import default_cache_dir

_DOUBLES = ctypes.POINTER(ctypes.c_double)

MODEL_FILE = "merge_model.json"
FORMAT = 1


@dataclass(frozen=True)
class MergeModel:
    trees: str  # LightGBM's model text
    features: tuple[str, ...]
    threshold: float  # merge while the calibrated probability reaches this
    slope: float = 1.0  # Platt scaling of the trees' log-odds: sigmoid(slope * x + intercept)
    intercept: float = 0.0
    about: dict[str, Any] = field(default_factory=dict)  # trained on, figures, date

    @cached_property
    def digest(self) -> str:
        """A short id of the trees and calibration, kept on the persons it made."""
        text = f"{self.trees}|{self.slope}|{self.intercept}|{self.threshold}"
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]

    @cached_property
    def columns(self) -> list[int]:
        """Where the features the trees read are among FEATURES: a model may read a subset
        of them (one trained before a feature was added keeps working)."""
        return [FEATURES.index(name) for name in self.features]

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Calibrated probability of one person, one per row of features (FEATURES' order)."""
        return _sigmoid(self.slope * self.log_odds(features) + self.intercept)

    def log_odds(self, features: np.ndarray) -> np.ndarray:
        """The trees' own log-odds, before calibration."""
        if not len(features):
            return np.zeros(0)
        rows = np.ascontiguousarray(features[:, self.columns], dtype=np.float64)
        compiled = _compiled(self.trees)
        if compiled is not None:
            return _predict_compiled(compiled, rows)
        # one thread: threads cost more than they give on the short batches a merge scores
        odds = self._booster().predict(rows, raw_score=True, num_threads=1)
        return np.asarray(odds, dtype=np.float64)

    def contributions(self, features: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each feature's share of the calibrated log-odds, per row (FEATURES' order), and the
        base value: they add up to the log-odds of the probability (SHAP values of the trees,
        scaled)."""
        rows = np.atleast_2d(features)[:, self.columns]
        raw = np.atleast_2d(self._booster().predict(rows, pred_contrib=True, num_threads=1))
        shares = np.zeros((len(rows), len(FEATURES)))  # a feature the trees do not read: 0
        shares[:, self.columns] = raw[:, :-1] * self.slope
        return shares, raw[:, -1] * self.slope + self.intercept

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "features": list(self.features),
                "threshold": self.threshold,
                "slope": self.slope,
                "intercept": self.intercept,
                "about": self.about,
                "trees": self.trees,
            },
            indent=1,
        )

    def save(self, path: Path) -> None:
        path.write_text(self.to_json() + "\n", encoding="utf-8")

    def _booster(self) -> Any:
        return _booster(self.trees)


@cache
def _booster(trees: str) -> Any:
    import lightgbm  # noqa: PLC0415 (half a second to import: only when a group merges)

    return lightgbm.Booster(model_str=trees)


@cache
def _compiled(trees: str) -> Any | None:
    """The trees compiled to machine code (lleaves, on LLVM), which gives LightGBM's own log-odds
    about ten times faster: 0.5 to 1 microsecond a row against 6 on this machine's physics-sized
    batches, where the model was a third of the merge's time. Compiled once per machine and
    model (two seconds) into the cache; None where lleaves cannot compile here, and LightGBM
    predicts."""
    try:
        import lleaves  # noqa: PLC0415 (imports LLVM: only when a group merges)
        import llvmlite.binding  # noqa: PLC0415

        made_by = (
            f"{version('lleaves')}|{version('llvmlite')}|{llvmlite.binding.get_host_cpu_name()}"
        )
        key = hashlib.sha1(f"{trees}|{made_by}".encode()).hexdigest()[:16]
        folder = default_cache_dir() / "models"
        folder.mkdir(parents=True, exist_ok=True)
        cached = folder / f"merge-{key}.o"
        with tempfile.TemporaryDirectory(dir=folder) as scratch:
            text = Path(scratch) / "trees.txt"
            text.write_text(trees, encoding="utf-8")
            model = lleaves.Model(model_file=str(text))
            if cached.exists():
                model.compile(cache=str(cached), raw_score=True)
            else:  # compiled beside, then moved: a process that reads it finds it whole
                fresh = Path(scratch) / "compiled.o"
                model.compile(cache=str(fresh), raw_score=True)
                fresh.replace(cached)
        return model
    except Exception as error:  # any failure to compile: LightGBM predicts, as fast as before
        logging.getLogger(__name__).info("merge model not compiled (%s): LightGBM predicts", error)
        return None


def _predict_compiled(compiled: Any, rows: np.ndarray) -> np.ndarray:
    """The compiled trees' log-odds of C-ordered float64 rows. The compiled function is called
    straight, as lleaves' own predict does with one thread: its checks and conversions cost
    some 60 microseconds a call, and a merge makes one call per merge step."""
    entry = getattr(compiled, "_c_entry_func", None)
    single = getattr(compiled, "use_fp64", False) and getattr(compiled, "_n_classes", 0) == 1
    if entry is None or not single:
        return np.asarray(compiled.predict(rows, n_jobs=1), dtype=np.float64)
    odds = np.empty(len(rows), dtype=np.float64)
    entry(rows.ctypes.data_as(_DOUBLES), odds.ctypes.data_as(_DOUBLES), 0, len(rows))
    return odds


def _sigmoid(x: np.ndarray) -> np.ndarray:
    result: np.ndarray = 1.0 / (1.0 + np.exp(-x))
    return result


def from_json(text: str, origin: str) -> MergeModel:
    """A model file's contents; ConfigError says what is wrong with it."""
    try:
        data = json.loads(text)
        model = MergeModel(
            trees=data["trees"],
            features=tuple(data["features"]),
            threshold=float(data["threshold"]),
            slope=float(data["slope"]),
            intercept=float(data["intercept"]),
            about=dict(data.get("about") or {}),
        )
        version = data["format"]
    except (ValueError, KeyError, TypeError) as error:
        raise ConfigError(
            f"{origin} is not a namesake model file ({error}). Train one with "
            "`namesake train -o MODEL` (see its --help), or leave --model out to use the shipped "
            "one."
        ) from error
    if version != FORMAT or not set(model.features) <= set(FEATURES):
        raise ConfigError(
            f"{origin} was trained for other features than this namesake computes "
            f"(format {version}). Train it again with `namesake train`."
        )
    return model


def load_model(path: Path | None = None) -> MergeModel:
    """The model in `path`, or the one shipped with the package."""
    if path is None:
        return _shipped()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"cannot read the model file {path}: {error.strerror}") from error
    return from_json(text, str(path))


@cache
def _shipped() -> MergeModel:
    source = resources.files("graph.resolution").joinpath(MODEL_FILE)
    if not source.is_file():
        raise ConfigError(
            f"the shipped merge model ({MODEL_FILE}) is missing from the package: reinstall "
            "namesake, or pass --model FILE."
        )
    return from_json(source.read_text(encoding="utf-8"), f"the shipped {MODEL_FILE}")
