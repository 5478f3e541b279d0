"""Find the training logs a MATLAB Live Script (`.mlx`) keeps in its saved outputs.

A Live Script is a zip package (Open Packaging Conventions): its code in `matlab/document.xml`,
what its last run displayed in `matlab/output.xml`, one `<element>` an output under
`outputArray`, a text output's characters in `<outputData><text>` (trainNetwork's verbose
table, a custom loop's prints). :mod:`lossmon.server.log_formats` reads each text as it would
a file, as it reads a Jupyter notebook's cells.
"""

from __future__ import annotations

import io
import lzma
import xml.etree.ElementTree as ElementTree
import zipfile
import zlib

from lossmon.server.training_log import LogError

#: The parts of the package that hold its code and its saved outputs.
DOCUMENT, OUTPUTS = "matlab/document.xml", "matlab/output.xml"
#: The largest outputs part read (as its entry declares it, uncompressed): a script's figures
#: are a few MB of base64; parsed, a part this size takes some hundreds of MB, and a larger
#: one is no Live Script's output but a package made to fill memory.
MAX_OUTPUTS = 32 * 1024 * 1024
#: What reading a damaged, encrypted or oddly compressed package raises.
_UNREADABLE = (
    zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, RuntimeError,
    NotImplementedError, zlib.error, lzma.LZMAError, ElementTree.ParseError,
)  # fmt: skip


def is_live_script(raw: bytes) -> bool:
    """Return whether the bytes are a zip package holding a Live Script (its code)."""
    if not raw.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            return DOCUMENT in package.namelist()
    except _UNREADABLE:
        return False


def text_outputs(raw: bytes) -> list[tuple[int, int, str]]:
    """Return (output number from 1, 1, text) for each text output the Live Script saved, in
    the order it shows them; LogError for a package without outputs, or whose outputs cannot
    be read (damaged, encrypted, too large)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            if OUTPUTS not in package.namelist():
                raise LogError("a MATLAB Live Script saved without its outputs (run it, then save)")
            if package.getinfo(OUTPUTS).file_size > MAX_OUTPUTS:
                raise LogError("a MATLAB Live Script whose saved outputs are too large to read")
            document = package.read(OUTPUTS)
        root = ElementTree.fromstring(document)
    except _UNREADABLE as error:
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
