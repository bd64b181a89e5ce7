"""The Word (.docx) writer: ``writer.write_docx(issue, path, options)``.

``ooxml`` holds the WordprocessingML helpers (plain lxml), ``styles`` the named style sheet,
``template`` our own template package, ``writer`` the body built from the issue's blocks.
(Nothing is imported here, so ``python -m bulletin_desktop.export.docx.template`` runs clean.)
"""
