"""The suite's own network guard works, so a test that goes online fails loudly."""

import socket  # noqa: TID251 - the point is to show it cannot be used

import pytest


def test_internet_sockets_are_refused():
    for family in (socket.AF_INET, socket.AF_INET6):
        with pytest.raises(AssertionError, match="internet socket"):
            socket.socket(family, socket.SOCK_STREAM)


def test_connections_are_refused():
    with pytest.raises(AssertionError, match="network"):
        socket.create_connection(("127.0.0.1", 9))


def test_local_unix_sockets_still_work():
    a, b = socket.socketpair(socket.AF_UNIX)
    a.sendall(b"ok")
    assert b.recv(2) == b"ok"
    a.close()
    b.close()
