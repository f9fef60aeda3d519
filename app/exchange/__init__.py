"""Export and import bundles (design §5): a plain .zip with manifest.json,
data.json, PDFs in documenten/ and CSV tables in tabellen/.

- ``limits``: every size limit the reader enforces.
- ``errors``: ``ImportRefused``, the one error a hostile or damaged file gives.
- ``safejson``: strict JSON parsing (depth, duplicate keys, no NaN).
- ``registry``: which round document kinds travel, their models and personal data.
- ``schema``: the bundle's pydantic shapes and the migration of older bundles.
- ``writer``: builds the zip; ``reader``: reads and validates one, never extracting.
- ``csv_tables``: the spreadsheet tables for readers without the app.
"""
