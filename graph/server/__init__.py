"""The managed local Neo4j: assembled from Maven Central, run on 127.0.0.1 with auth on."""

from graph.server.process import (
    ManagedServer,
    Status,
    free_port,
    port_is_free,
    server_versions,
)

__all__ = ["ManagedServer", "Status", "free_port", "port_is_free", "server_versions"]
