"""What an ELF shared library was built for, read from its headers: the architecture and the newest glibc
symbol version it needs. Used only to explain a library that failed to load (_native.load_failure)."""

from __future__ import annotations

import re
import struct
from pathlib import Path
from typing import NamedTuple, Optional

# e_machine values, named as platform.machine() names them on Linux.
MACHINES = {3: "i686", 40: "arm", 62: "x86_64", 183: "aarch64", 243: "riscv64", 21: "ppc64", 22: "s390x"}
_SHT_GNU_VERNEED = 0x6FFFFFFE
_GLIBC_VERSION = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?$")


class ElfFacts(NamedTuple):
    machine: str
    bits: int
    glibc: Optional[tuple[int, ...]]
    """The newest GLIBC_x.y version the library's symbols need, None when it needs no versioned glibc."""


def read_facts(path: Path) -> Optional[ElfFacts]:
    """The facts of an ELF file, or None when the file is not ELF or cannot be read."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if data[:4] != b"\x7fELF" or len(data) < 64 or data[4] not in (1, 2) or data[5] not in (1, 2):
        return None
    bits = 64 if data[4] == 2 else 32
    order = "<" if data[5] == 1 else ">"
    (machine,) = struct.unpack_from(order + "H", data, 18)
    try:
        glibc = _newest_glibc(data, bits, order)
    except struct.error:
        glibc = None
    return ElfFacts(MACHINES.get(machine, f"machine {machine}"), bits, glibc)


def _newest_glibc(data: bytes, bits: int, order: str) -> Optional[tuple[int, ...]]:
    if bits == 64:
        (section_offset,) = struct.unpack_from(order + "Q", data, 0x28)
        entry_size, count = struct.unpack_from(order + "HH", data, 0x3A)
        layout = order + "IIQQQQIIQQ"
    else:
        (section_offset,) = struct.unpack_from(order + "I", data, 0x20)
        entry_size, count = struct.unpack_from(order + "HH", data, 0x2E)
        layout = order + "IIIIIIIIII"
    # (type, offset, size, link, info) of each section.
    sections = []
    for index in range(count):
        fields = struct.unpack_from(layout, data, section_offset + index * entry_size)
        sections.append((fields[1], fields[4], fields[5], fields[6], fields[7]))
    newest: Optional[tuple[int, ...]] = None
    for kind, offset, _, link, entries in sections:
        if kind != _SHT_GNU_VERNEED:
            continue
        strings_offset = sections[link][1]
        need = offset
        for _ in range(entries):
            _, aux_count, _, aux_offset, next_need = struct.unpack_from(order + "HHIII", data, need)
            aux = need + aux_offset
            for _ in range(aux_count):
                _, _, _, name, next_aux = struct.unpack_from(order + "IHHII", data, aux)
                start = strings_offset + name
                match = _GLIBC_VERSION.match(data[start : data.index(b"\0", start)])
                if match:
                    version = tuple(int(part) for part in match.groups() if part is not None)
                    newest = version if newest is None else max(newest, version)
                aux += next_aux
            need += next_need
    return newest
