"""Limits that keep a hostile bundle from using up memory, disk or time.

The reader checks the declared sizes in the zip directory first (cheap, so a
zip bomb is refused before anything is decompressed) and then reads each
member with a hard cap, because declared sizes can lie.
"""

from __future__ import annotations

#: Largest bundle file we open at all (PDFs included).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Most members (files) in the zip: two JSON files, a few PDFs and tables.
MAX_MEMBERS = 200
#: Sum of the declared uncompressed sizes of all members.
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
#: Largest manifest.json we read.
MAX_MANIFEST_BYTES = 64 * 1024
#: Largest data.json we read (a full round is well under 1 MB).
MAX_DATA_BYTES = 20 * 1024 * 1024
#: Highest compression ratio of a JSON member we accept (text compresses
#: about 10:1; a bomb compresses 1000:1). Small members are exempt.
MAX_RATIO = 200
RATIO_EXEMPT_BYTES = 1024 * 1024
#: Deepest nesting of JSON objects and arrays (our data needs about 8). This
#: is jiter's own recursion limit (it refuses deeper input itself, in Rust;
#: tests/unit/test_safejson_depth.py holds the two equal), so the parser
#: needs no scan of its own before it starts.
MAX_JSON_DEPTH = 200
#: Longest member name in the zip.
MAX_NAME_LENGTH = 255
