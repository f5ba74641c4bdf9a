"""Package list for the wheel; everything else lives in pyproject.toml.

Why this file exists: ``ui/`` and ``resources/`` stay at the top of the repository (where
designers, translators and PyInstaller expect them), yet an installed wheel must carry them
inside the package as ``kindspace/_data/ui`` and ``kindspace/_data/resources``, because that is
where :func:`kindspace.paths.resource_root` looks. pyproject.toml maps those two package names
onto the folders (``[tool.setuptools.package-dir]``) and ships every file in them
(``[tool.setuptools.package-data]``), but it cannot *add* packages to an automatic
``packages.find``. Listing every kindspace sub-package by hand would silently drop any new one
from the wheel, so the list is computed here instead.

Sub-folders of the data folders (``resources/exercises`` ...) are listed too: setuptools
warns about importable-looking folders that are shipped as data without being packages.
An editable install needs nothing extra: from a checkout, ``resource_root()`` falls back to
the repository root.
"""

from setuptools import find_namespace_packages, setup

#: The data packages pyproject.toml maps onto top-level folders, and those folders.
DATA_PACKAGES = {"kindspace._data.resources": "resources", "kindspace._data.ui": "ui"}
NOT_PACKAGES = ["*__pycache__*"]


def _packages() -> list[str]:
    """Every kindspace package (namespace packages included, as ``packages.find`` did)."""
    packages: list[str] = find_namespace_packages(
        include=["kindspace", "kindspace.*"], exclude=NOT_PACKAGES
    )
    for package, folder in DATA_PACKAGES.items():
        subfolders = find_namespace_packages(where=folder, exclude=NOT_PACKAGES)
        packages += [package, *(f"{package}.{sub}" for sub in subfolders)]
    return packages


setup(packages=_packages())
