"""The encrypted journal: key handling, the SQLCipher store and the repository API.

Qt-free by design: the GUI and the CLI are two faces over this package.
"""
