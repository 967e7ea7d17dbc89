"""Maps ui/ and resources/ into the disclosure_helper namespace.

Kept beside pyproject.toml because setuptools cannot discover subpackages of a
remapped folder from static configuration alone.
"""

from setuptools import find_namespace_packages, find_packages, setup

MAPPING = {
    "disclosure_helper": "disclosure_helper",
    "disclosure_helper.ui": "ui",
    "disclosure_helper.resources": "resources",
}


def _packages() -> list[str]:
    found = []
    for name, folder in MAPPING.items():
        found.append(name)
        # resources/ holds data folders (content/en, styles, icons) without __init__.py.
        finder = find_namespace_packages if folder == "resources" else find_packages
        found += [f"{name}.{sub}" for sub in finder(folder, exclude=["*__pycache__*"])]
    return found


RESOURCES = "disclosure_helper.resources"
DATA = ["*.toml", "*.json", "*.qss", "*.svg", "*.png", "*.qm", "*.ttf", "*.txt"]

PACKAGES = _packages()

setup(
    packages=PACKAGES,
    package_dir=MAPPING,
    package_data={name: DATA for name in PACKAGES if name.startswith(RESOURCES)},
)
