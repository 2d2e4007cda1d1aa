"""The packages: graph and every subpackage found under it (a new one needs no line
anywhere), plus the ontology and data folders that pyproject.toml maps into it. All
other metadata is in pyproject.toml."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["graph", "graph.*"]), "graph._ontology", "graph._data"])
