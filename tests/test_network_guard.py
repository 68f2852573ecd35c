import socket

import pytest

from tests.conftest import NetworkBlocked


def test_outside_address_is_blocked():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkBlocked):
        sock.connect(("93.184.216.34", 80))
    sock.close()


def test_name_lookup_is_blocked():
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("example.org", 443)
