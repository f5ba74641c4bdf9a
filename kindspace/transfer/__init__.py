"""Moving entries in and out of the journal: exports for people, imports from other tools.

Qt-free: the CLI and the GUI call the same functions. The JSON format is kindspace's own
lossless one (``docs/export-format.md``).
"""

from kindspace.transfer.importing import ImportReport
from kindspace.transfer.json_export import export_json
from kindspace.transfer.json_import import import_json, parse_export

__all__ = ["ImportReport", "export_json", "import_json", "parse_export"]
