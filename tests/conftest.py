from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
DEMO = Path(__file__).resolve().parent.parent / "articles" / "demo"


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def demo_dir() -> Path:
    return DEMO
