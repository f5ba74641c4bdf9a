"""The test run cannot reach the network, yet local IPC still works.

Why: kindspace promises to be offline; a test that silently talks to the network (an import
that phones home, a forgotten URL in an exporter) would hide a broken promise. pytest-socket
(``--disable-socket --allow-unix-socket`` in pyproject) blocks internet sockets; Unix sockets
stay allowed for D-Bus, the Secret Service and the single-instance QLocalServer.
"""

from __future__ import annotations

import socket

import pytest
from pytest_socket import SocketBlockedError


# pytest-socket also warns when it blocks; filterwarnings = error would turn that warning into
# the failure instead of SocketBlockedError, so this test (only) lets the warning pass.
@pytest.mark.filterwarnings("ignore:A test tried to use socket:UserWarning")
@pytest.mark.parametrize("family", [socket.AF_INET, socket.AF_INET6], ids=["ipv4", "ipv6"])
def test_internet_sockets_are_blocked(family: socket.AddressFamily) -> None:
    with pytest.raises(SocketBlockedError):
        socket.socket(family, socket.SOCK_STREAM)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets on this platform")
def test_unix_sockets_are_allowed() -> None:
    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        left.sendall(b"ping")
        assert right.recv(4) == b"ping"
