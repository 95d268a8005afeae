"""What every test shares: the tests' own Cypher statements (tests/cypher/), by name."""

from tests.cypher import register

register()
