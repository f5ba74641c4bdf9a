"""The commands behind ``kindspace``'s command line, one module per area.

:mod:`kindspace.cli` parses arguments and turns errors into exit codes; these modules do the
work through the journal API (never SQL, never key material of their own), so the command
line and the GUI stay two faces over the same code. :mod:`.session` holds what every
command shares: where the journal is, which secrets were offered and how to unlock.
"""
