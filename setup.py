"""Maps ui/ and resources/ into the disclosure_helper namespace.

Kept beside pyproject.toml because setuptools cannot discover subpackages of a
remapped folder from static configuration alone.
"""

from setuptools import find_packages, setup

MAPPING = {
    "disclosure_helper": "disclosure_helper",
    "disclosure_helper.ui": "ui",
    "disclosure_helper.resources": "resources",
}


def _packages() -> list[str]:
    found = []
    for name, folder in MAPPING.items():
        found.append(name)
        found += [f"{name}.{sub}" for sub in find_packages(folder)]
    return found


setup(packages=_packages(), package_dir=MAPPING)
