"""Find the training logs a MATLAB Live Script (`.mlx`) keeps in its saved outputs.

A Live Script is a zip package (Open Packaging Conventions): its code in `matlab/document.xml`,
what its last run displayed in `matlab/output.xml`, one `<element>` an output under
`outputArray`, a text output's characters in `<outputData><text>` (trainNetwork's verbose
table, a custom loop's prints). :mod:`lossmon.server.log_formats` reads each text as it would
a file, as it reads a Jupyter notebook's cells.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ElementTree
import zipfile

from lossmon.server.training_log import LogError

#: The part of the package that holds the saved outputs.
OUTPUTS = "matlab/output.xml"
#: The largest outputs part read (uncompressed): a trained network's figures are a few MB of
#: base64; more is no Live Script's output but a zip made to fill memory.
MAX_OUTPUTS = 256 * 1024 * 1024


def is_live_script(raw: bytes) -> bool:
    """Return whether the bytes are a zip package holding a Live Script's outputs."""
    if not raw.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            return OUTPUTS in package.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def text_outputs(raw: bytes) -> list[tuple[int, int, str]]:
    """Return (output number from 1, 1, text) for each text output the Live Script saved, in
    the order it shows them; LogError for a package whose outputs cannot be read."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            if package.getinfo(OUTPUTS).file_size > MAX_OUTPUTS:
                raise LogError("a MATLAB Live Script whose saved outputs are too large to read")
            document = package.read(OUTPUTS)
        root = ElementTree.fromstring(document)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, ElementTree.ParseError) as error:
        raise LogError(
            f"a MATLAB Live Script whose saved outputs cannot be read ({error})"
        ) from None
    texts: list[tuple[int, int, str]] = []
    outputs = root.findall("outputArray/element")
    for number, element in enumerate(outputs, start=1):
        if element.findtext("type") != "text":
            continue
        text = element.findtext("outputData/text") or ""
        if text.strip():
            texts.append((number, 1, text))
    return texts
