#!/usr/bin/env python3
"""Writes the hostile and odd decoder fixtures (Tests/Fixtures/hostile) and their MANIFEST.tsv.

    python3 Tests/Fixtures/hostile/make-hostile.py

Each file is a page no scanner should make but an inbox may hold: broken checksums, chunk lengths that lie, sample
formats libtiff or libjpeg-turbo cannot read, slivers. The manifest says what a decoder must make of each: the
DecodeError kind (`expect`) and words its message must hold (`says`). Files `make fuzz` found are copied here by
hand, under `fuzz-*`, with a line of their own. Stdlib only; the bytes are the same on every run.
"""
import os, struct, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
rows = []


def chunk(kind, data, length=None, crc=None):
    n = len(data) if length is None else length
    c = struct.pack(">I", zlib.crc32(kind + data)) if crc is None else crc
    return struct.pack(">I", n) + kind + data + c


def png(name, width, height, extra=b"", ihdr_crc=None, expect="", says="", notes=""):
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    raw = b"".join(b"\0" + bytes(0 if x < width // 2 else 255 for x in range(width)) for _ in range(height))
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr, crc=ihdr_crc) + extra
    data += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    open(name, "wb").write(data)
    rows.append((name, expect, says, notes))


png("png-ihdr-bad-crc.png", 200, 100, ihdr_crc=b"\0\0\0\0", expect="corrupt", says="CRC",
    notes="IHDR's CRC is zero: libpng fails in begin_read (this crashed ingest with a double free)")
for kind in [b"tEXt", b"iCCP", b"eXIf", b"sPLT", b"zTXt", b"iTXt"]:
    png(f"png-huge-{kind.decode()}.png", 200, 100, extra=chunk(kind, b"abc", length=0x7FFFFFF0),
        expect="truncated", says=f"{kind.decode()} chunk declares",
        notes=f"a {kind.decode()} chunk declaring 2 GiB of data in a 1 KB file (libpng allocated it before reading: 2 GiB a file)")
png("png-32x32.png", 32, 32, expect="too-small", says="32 x 32",
    notes="a 32 x 32 page: too small for any document (with the pipeline's limits; the decoder tests give 100)")

# A 12-bit JPEG: baseline-extended frame (SOF1) with precision 12. Headers only matter: it is refused from them.
def jpeg_frame(marker, precision):
    soi = b"\xff\xd8"
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0\x01\x01\x01" + struct.pack(">HH", 300, 300) + b"\0\0"
    sof = b"\xff" + bytes([marker]) + struct.pack(">HBHHB", 11, precision, 100, 200, 1) + b"\x01\x11\x00"
    return soi + app0 + sof + b"\xff\xd9"

open("jpeg-12bit.jpg", "wb").write(jpeg_frame(0xC1, 12))
rows.append(("jpeg-12bit.jpg", "unsupported", "12-bit", "SOF1 with sample precision 12 (archival and medical scanners write these)"))
open("jpeg-lossless.jpg", "wb").write(jpeg_frame(0xC3, 8))
rows.append(("jpeg-lossless.jpg", "unsupported", "lossless", "SOF3, lossless JPEG, which libjpeg-turbo 2.1 does not read"))

# TIFFs: little-endian, one IFD, one strip.
SHORT, LONG, RATIONAL = 3, 4, 5


def tiff(name, pages):
    out = bytearray(b"II*\x00" + struct.pack("<I", 8))
    for i, (tags, strip) in enumerate(pages):
        tags = dict(tags)
        n = len(tags) + 2
        ifd_at = len(out)
        strip_at = ifd_at + 2 + 12 * n + 4 + 16
        next_ifd = strip_at + len(strip) + (len(strip) % 2) if i + 1 < len(pages) else 0
        tags[273] = (LONG, [strip_at])
        tags[279] = (LONG, [len(strip)])
        ifd = bytearray(struct.pack("<H", n))
        extra = bytearray()
        extra_at = ifd_at + 2 + 12 * n + 4
        for tag in sorted(tags):
            typ, vals = tags[tag]
            if typ == RATIONAL:
                ifd += struct.pack("<HHII", tag, typ, 1, extra_at + len(extra))
                extra += struct.pack("<II", *vals[0])
            elif typ == SHORT:
                ifd += struct.pack("<HHI", tag, typ, 1) + struct.pack("<H", vals[0]) + b"\0\0"
            else:
                ifd += struct.pack("<HHII", tag, typ, 1, vals[0])
        ifd += struct.pack("<I", next_ifd)
        out += ifd + extra.ljust(16, b"\0") + strip + (b"\0" if len(strip) % 2 else b"")
    open(name, "wb").write(out)


def tags(w, h, bits, sample_format=1):
    return {256: (SHORT, [w]), 257: (SHORT, [h]), 258: (SHORT, [bits]), 259: (SHORT, [1]), 262: (SHORT, [1]),
            277: (SHORT, [1]), 278: (SHORT, [h]), 282: (RATIONAL, [(300, 1)]), 283: (RATIONAL, [(300, 1)]),
            296: (SHORT, [2]), 339: (SHORT, [sample_format])}


tiff("tiff-float64.tif", [(tags(200, 100, 64, sample_format=3), struct.pack("<d", 0.5) * (200 * 100))])
rows.append(("tiff-float64.tif", "unsupported", "floating-point", "200 x 100, 64-bit IEEE floating-point samples (SampleFormat 3)"))
tiff("tiff-int16.tif", [(tags(200, 100, 16, sample_format=2), b"\0\0" * (200 * 100))])
rows.append(("tiff-int16.tif", "unsupported", "signed", "200 x 100, 16-bit signed integer samples (SampleFormat 2)"))
tiff("tiff-12bit.tif", [(tags(200, 100, 12), b"\0" * (200 * 100 * 3 // 2))])
rows.append(("tiff-12bit.tif", "unsupported", "12-bit", "200 x 100, 12-bit unsigned samples"))
grey = bytes(0 if x < 100 else 255 for y in range(100) for x in range(200))
tiff("tiff-5-pages.tif", [(tags(200, 100, 8), grey)] * 5)
rows.append(("tiff-5-pages.tif", "too-large", "5 pages", "5 pages of 200 x 100: more than the tests' max_pages_per_file of 3"))

junk = bytes((0xA5 + 37 * i) & 0xFF for i in range(len(zlib.compress(grey, 9))))
deflate = dict(tags(200, 100, 8))
deflate[259] = (SHORT, [8])
tiff("tiff-corrupt-page2.tif", [(deflate, zlib.compress(grey, 9)), (deflate, junk), (deflate, zlib.compress(grey, 9))])
rows.append(("tiff-corrupt-page2.tif", "corrupt", "TIFF",
             "3 Deflate pages of 200 x 100; page 2's strip is junk (bad zlib header): its header is sound, its body is not"))

tiff("tiff-truncated.tif", [(deflate, zlib.compress(grey, 0))])
cut = open("tiff-truncated.tif", "rb").read()
open("tiff-truncated.tif", "wb").write(cut[: len(cut) * 6 // 10])
rows.append(("tiff-truncated.tif", "truncated", "TIFF", "one stored-Deflate page of 200 x 100, the file cut at 60%: header sound, strip short"))

# What `make fuzz` found, copied here by hand (minimised): not generated, listed.
rows.append(("fuzz-png-tEXt-2gib-length.png", "truncated", "tEXt chunk declares",
             "make fuzz: a 41-byte PNG whose tEXt chunk declares 2 GiB; libpng 1.6.39 allocated and zeroed it before reading"))
rows.append(("fuzz-png-eXIf-2gib-length.png", "truncated", "eXIf chunk declares",
             "make fuzz: a 41-byte PNG whose eXIf chunk declares 2 GiB; libpng allocated 2 GiB (untouched)"))

with open("MANIFEST.tsv", "w") as m:
    m.write("file\texpect\tsays\tnotes\n")
    for row in rows:
        m.write("\t".join(row) + "\n")
print(f"wrote {len(rows)} fixtures and MANIFEST.tsv in {HERE}")
