"""PDF documents (ReportLab platypus): pure builders, data in, PDF bytes out.

``markup`` is the one gateway for user text into Paragraph markup, ``fonts``
registers the bundled DejaVu Sans family, ``template`` holds the page layout
(header, footer "Pagina x van y", metadata, bookmarks) shared by every
document. One module per document builds its story from plain data.
"""
