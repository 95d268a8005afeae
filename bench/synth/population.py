"""The population: everyone, as compact parallel arrays indexed by person number."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from bench.synth.names import NameBook


@dataclass
class Population:
    """Everyone, as parallel arrays indexed by person number, and the samplers over them."""

    names: NameBook
    name: array = field(default_factory=lambda: array("i"))
    community: array = field(default_factory=lambda: array("H"))
    start: array = field(default_factory=lambda: array("H"))
    end: array = field(default_factory=lambda: array("H"))
    rate: array = field(default_factory=lambda: array("d"))
    head: bytearray = field(default_factory=bytearray)
    lab: array = field(default_factory=lambda: array("i"))  # lab head's number, -1: none
    lab2: array = field(default_factory=lambda: array("i"))  # after the move
    move: array = field(default_factory=lambda: array("H"))  # move year, 0: never
    inst: array = field(default_factory=lambda: array("i"))
    inst2: array = field(default_factory=lambda: array("i"))
    ordinal: array = field(default_factory=lambda: array("H"))  # 0: the only one of its name
    orcid: dict[int, str] = field(default_factory=dict)
    members: dict[int, list[int]] = field(default_factory=dict)  # lab head -> members
    collaborations: list[list[int]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.community)

    def person_id(self, pid: int) -> str:
        """The gold id: the usual name, with a DBLP-like suffix when the name is shared."""
        written = self.names.written[self.name[pid]]
        ordinal = self.ordinal[pid]
        return f"{written} {ordinal:04d}" if ordinal else written

    def affiliation(self, pid: int, year: int) -> int:
        move = self.move[pid]
        return self.inst2[pid] if move and year >= move else self.inst[pid]

    def lab_at(self, pid: int, year: int) -> int:
        move = self.move[pid]
        return self.lab2[pid] if move and year >= move else self.lab[pid]
