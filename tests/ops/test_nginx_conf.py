"""ops/nginx/omis.conf: the proxy essentials, and ``nginx -t`` where nginx is installed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

CONF = Path(__file__).resolve().parents[2] / "ops" / "nginx" / "omis.conf"


@pytest.mark.parametrize(
    "directive",
    [
        "proxy_pass http://omis_web;",
        "server 127.0.0.1:8000",
        "proxy_set_header X-Forwarded-Proto $scheme;",
        "proxy_set_header X-Forwarded-For   $proxy_add_x_forwarded_for;",
        "proxy_set_header Host              $host;",
        "client_max_body_size",
        "location = /health",
        "return 301 https://$host$request_uri;",
    ],
)
def test_proxy_config_carries_the_essentials(directive: str) -> None:
    assert directive in CONF.read_text(encoding="utf-8")


def _self_signed(tmp_path: Path, openssl: str) -> tuple[Path, Path]:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=omis.example.ru", "-keyout", str(key), "-out", str(cert)],
        capture_output=True, check=True, timeout=60,
    )  # fmt: skip
    return cert, key


def test_nginx_accepts_the_config(tmp_path: Path) -> None:
    nginx, openssl = shutil.which("nginx"), shutil.which("openssl")
    if nginx is None or openssl is None:
        pytest.skip("nginx or openssl is not installed")
    cert, key = _self_signed(tmp_path, openssl)
    text = CONF.read_text(encoding="utf-8").replace("/var/log/nginx/", f"{tmp_path}/")
    text = re.sub(r"ssl_certificate\s+\S+;", f"ssl_certificate {cert};", text)
    text = re.sub(r"ssl_certificate_key\s+\S+;", f"ssl_certificate_key {key};", text)
    (tmp_path / "omis.conf").write_text(text, encoding="utf-8")
    main = tmp_path / "nginx.conf"
    main.write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  include {tmp_path}/omis.conf;\n}}\n"
    )
    result = subprocess.run(
        [nginx, "-t", "-p", str(tmp_path), "-c", str(main)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
