#!/usr/bin/env bash
# Regenerates the image fixtures for the decoder tests, writes MANIFEST.tsv,
# then checks every fixture (see verify-fixtures below).
#
#   Tests/Fixtures/images/make-fixtures.sh            # regenerate + verify
#   Tests/Fixtures/images/make-fixtures.sh --verify   # only verify the committed files
#
# Run it from the repository root (it also works from anywhere: it cds to its own
# folder). It deletes only the files it generates (listed in FIXTURES below), so
# it is idempotent and needs nothing from a previous run.
#
# Tools (Debian 12 packages): imagemagick (ImageMagick 6, called as
# /usr/bin/convert and /usr/bin/identify explicitly), libtiff-tools (tiffcp,
# tiffinfo), python3 (stdlib only: struct + zlib; no Pillow).
# Bytes are deterministic for a given tool set; another ImageMagick / libjpeg /
# zlib version may produce different but equivalent bytes. The committed files
# are the reference; rerun --verify after regenerating.
#
# Every valid fixture is 64 x 32 px: left half (x < 32) black / full ink, right
# half (x >= 32) white / paper, 300 dpi unless the manifest says otherwise.
# Tests sample pixel (8,16) (< 60) and (56,16) (> 200) after conversion to
# 8-bit grey.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"

CONVERT=/usr/bin/convert
IDENTIFY=/usr/bin/identify
PY=/usr/bin/python3
for t in "$CONVERT" "$IDENTIFY" "$PY" tiffcp tiffinfo; do
  command -v "$t" >/dev/null || { echo "missing tool: $t" >&2; exit 1; }
done

FIXTURES=(
  tiff-none-gray8.tif tiff-lzw-gray8.tif tiff-deflate-gray8.tif tiff-packbits-gray8.tif
  tiff-g3-bilevel.tif tiff-g4-bilevel.tif tiff-g4-miniswhite.tif tiff-jpeg-rgb.tif
  tiff-none-gray16.tif tiff-lzw-rgb8.tif tiff-rgb16.tif tiff-palette.tif tiff-cmyk.tif
  tiff-bilevel-nodpi.tif tiff-multipage-3.tif tiff-corrupt-page2.tif
  png-gray1.png png-gray2.png png-gray4.png png-gray8.png png-gray16.png png-rgb8.png
  png-rgb16.png png-palette.png png-gray-alpha.png png-rgba.png png-interlaced.png
  png-nodpi.png
  jpeg-gray.jpg jpeg-rgb.jpg jpeg-cmyk.jpg
  empty.png truncated.tif truncated.png truncated.jpg bomb.tif bomb.png
  text-named.png pdf-named.tif
)

# ---------------------------------------------------------------- verify ----
# Checks the files against MANIFEST.tsv:
#  expect=ok     : size and page count (identify), dpi read from the file
#                  itself, pixel (8,16) < 60 and (56,16) > 200 on every page after
#                  `convert -colorspace Gray -depth 8`; TIFF fields via tiffinfo.
#  expect=error  : the specific damage is present (see below).
verify() {
  "$PY" - "$CONVERT" "$IDENTIFY" <<'PY'
import os, re, struct, subprocess, sys, tempfile
CONVERT, IDENTIFY = sys.argv[1], sys.argv[2]
fail = []
def run(*cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr
def bad(f, msg):
    fail.append(f"{f}: {msg}")

def png_chunks(b):
    assert b[:8] == b"\x89PNG\r\n\x1a\n"
    i, out = 8, []
    while i + 8 <= len(b):
        n, t = struct.unpack(">I4s", b[i:i+8])
        out.append((t, b[i+8:i+8+n], i + 12 + n <= len(b)))
        i += 12 + n
    return out

def file_dpi(f, fmt):
    b = open(f, "rb").read()
    if fmt == "png":
        for t, d, _ in png_chunks(b):
            if t == b"pHYs":
                x, y, u = struct.unpack(">IIB", d)
                return str(round(x * 0.0254)) if u == 1 else "-"
        return "-"
    if fmt == "jpeg":
        i = 2
        while i < len(b) and b[i] == 0xFF and b[i+1] not in (0xDA, 0xD9):
            n = struct.unpack(">H", b[i+2:i+4])[0]
            if b[i+1] == 0xE0 and b[i+4:i+9] == b"JFIF\0":
                unit, x = b[i+11], struct.unpack(">H", b[i+12:i+14])[0]
                return str(x) if unit == 1 else "-"
            i += 2 + n
        return "-"
    if fmt == "tiff":
        _, out, _ = run("tiffinfo", f)
        m = re.search(r"Resolution: ([\d.]+), ([\d.]+)( pixels/inch)?", out)
        if not m:
            return "-"
        return str(round(float(m.group(1)))) if m.group(3) else "-"
    return "-"

def pixels(f, page):
    rc, out, err = run(CONVERT, f"{f}[{page}]", "-colorspace", "Gray", "-depth", "8", "txt:-")
    if rc != 0:
        return None, err.strip()
    px = {}
    for line in out.splitlines():
        m = re.match(r"(\d+),(\d+): \((\d+)", line)
        if m and (int(m.group(1)), int(m.group(2))) in ((8, 16), (56, 16)):
            px[(int(m.group(1)), int(m.group(2)))] = int(m.group(3))
    return px, err.strip()

def tiff_pages_ok(f, n):
    """page index -> (ok, message) using tiffcp to decode that directory only."""
    res = {}
    with tempfile.TemporaryDirectory() as d:
        for p in range(n):
            rc, out, err = run("tiffcp", f"{f},{p}", os.path.join(d, f"p{p}.tif"))
            res[p] = (rc == 0 and "rror" not in err, err.strip().replace("\n", " | "))
    return res

rows = [l.rstrip("\n").split("\t") for l in open("MANIFEST.tsv")][1:]
print(f"{'file':26} {'fmt':5} {'expect':12} {'what the tools report':62} (8,16) (56,16)")
for f, fmt, expect, w, h, dpi, pages, notes in rows:
    if not os.path.exists(f):
        bad(f, "missing"); continue
    size = os.path.getsize(f)
    if size > 8192:
        bad(f, f"{size} bytes > 8 KiB")
    desc, vals = "", ""
    if expect == "ok":
        rc, out, err = run(IDENTIFY, "-format", "%w %h %m %[colorspace] %z %r\n", f)
        lines = [l for l in out.splitlines() if l.strip()]
        if rc != 0 or not lines:
            bad(f, f"identify failed: {err}"); continue
        if len(lines) != int(pages):
            bad(f, f"pages {len(lines)} != {pages}")
        ww, hh = lines[0].split()[:2]
        if (ww, hh) != (w, h):
            bad(f, f"size {ww}x{hh} != {w}x{h}")
        got_dpi = file_dpi(f, fmt)
        if got_dpi != dpi:
            bad(f, f"dpi {got_dpi} != {dpi}")
        desc = " ".join(lines[0].split()[2:])
        if fmt == "tiff":
            _, ti, _ = run("tiffinfo", f)
            comp = re.search(r"Compression Scheme: (.*)", ti).group(1).strip()
            phot = re.search(r"Photometric Interpretation: (.*)", ti).group(1).strip()
            bps = re.search(r"Bits/Sample: (\d+)", ti).group(1)
            spp = re.search(r"Samples/Pixel: (\d+)", ti).group(1)
            desc = f"TIFF {comp}, {phot}, {bps}b x{spp}"
        elif fmt == "png":
            ch = png_chunks(open(f, "rb").read())
            wd, ht, bd, ct, cm, fm, il = struct.unpack(">IIBBBBB", ch[0][1])
            desc = f"PNG colortype {ct} depth {bd} interlace {il}" + (" pHYs" if any(t == b"pHYs" for t, _, _ in ch) else " no-pHYs")
        else:
            b = open(f, "rb").read(); i = 2; marks = []
            while i + 4 <= len(b) and b[i] == 0xFF and b[i+1] != 0xDA:
                n = struct.unpack(">H", b[i+2:i+4])[0]; seg = b[i+4:i+2+n]
                if b[i+1] in (0xC0, 0xC1, 0xC2):
                    marks.append(f"SOF{b[i+1]-0xC0} {seg[5]}comp " + ",".join(f"{seg[7+3*k]>>4}x{seg[7+3*k]&15}" for k in range(seg[5])))
                elif b[i+1] == 0xE0 and seg[:5] == b"JFIF\0":
                    marks.append("JFIF")
                elif b[i+1] == 0xEE and seg[:5] == b"Adobe":
                    marks.append(f"Adobe t={seg[11]}")
                i += 2 + n
            desc = "JPEG " + " ".join(marks)
        desc += f", {got_dpi}dpi, {len(lines)}p"
        for p in range(int(pages)):
            px, err = pixels(f, p)
            if px is None:
                bad(f, f"page {p+1} does not decode: {err}"); continue
            l, r = px.get((8, 16)), px.get((56, 16))
            vals += f"{l} {r} "
            if l is None or r is None or not (l < 60 and r > 200):
                bad(f, f"page {p+1} pattern wrong: (8,16)={l} (56,16)={r}")
            if err:
                bad(f, f"page {p+1} decoder warnings: {err}")
    else:
        b = open(f, "rb").read()
        if expect == "empty":
            ok = size == 0; desc = f"{size} bytes"
        elif expect == "not-an-image":
            rc, out, err = run(IDENTIFY, f)
            ok = not b.startswith((b"\x89PNG", b"II*\0", b"MM\0*", b"\xff\xd8")) and rc != 0
            desc = f"starts {b[:12]!r}; identify rc={rc}"
        elif expect == "too-large":
            if fmt == "png":
                wd, ht = struct.unpack(">II", b[16:24])
                ok = all(c for _, _, c in png_chunks(b)) and b.endswith(b"IEND\xaeB`\x82")
            else:
                _, ti, _ = run("tiffinfo", f)
                m = re.search(r"Image Width: (\d+) Image Length: (\d+)", ti)
                wd, ht = int(m.group(1)), int(m.group(2))
                ok = True
            ok = ok and (str(wd), str(ht)) == (w, h)
            desc = f"header claims {wd}x{ht}, file {size} bytes"
        elif expect == "truncated":
            if fmt == "tiff":
                rc, out, err = run("tiffinfo", "-D", f)
                ok = "Image Width: 64" in out and ("Read error" in err or "rror" in err)
                desc = "IFD readable; tiffinfo -D: " + err.strip().splitlines()[-1][:60]
            elif fmt == "png":
                ch = png_chunks(b)
                ok = ch[-1][0] == b"IDAT" and not ch[-1][2]
                desc = f"chunks {[t.decode() for t, _, _ in ch]}, last incomplete"
            else:
                rc, out, err = run(CONVERT, f, "-colorspace", "Gray", "-depth", "8", "txt:-")
                ok = b"\xff\xd9" not in b[-2:] and b"\xff\xda" in b and "Premature end" in err
                desc = "SOS present, no EOI; IM: " + err.strip()[:40]
        elif expect == "corrupt-page":
            n = int(pages)
            res = tiff_pages_ok(f, n)
            want = {p: (p != 1) for p in range(n)}    # page 2 (index 1) is bad
            ok = all(res[p][0] == want[p] for p in range(n))
            desc = "tiffcp per page: " + ", ".join(f"p{p+1} {'ok' if res[p][0] else 'ERR'}" for p in range(n))
            for p in (0, 2):
                px, err = pixels(f, p)
                vals += f"{px.get((8,16))} {px.get((56,16))} " if px else "- - "
                if not px or not (px[(8, 16)] < 60 and px[(56, 16)] > 200):
                    ok = False
        else:
            ok = False; desc = "unknown expect"
        if not ok:
            bad(f, f"expected {expect} not confirmed ({desc})")
    print(f"{f:26} {fmt:5} {expect:12} {desc[:62]:62} {vals}")
if fail:
    print("\nFAILED:\n  " + "\n  ".join(fail)); sys.exit(1)
print(f"\nall {len(rows)} fixtures verified")
PY
}

if [[ "${1:-}" == "--verify" ]]; then verify; exit; fi

# ------------------------------------------------------------- generate ----
rm -f -- "${FIXTURES[@]}" MANIFEST.tsv
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# The 64x32 pattern as ImageMagick input (black left, white right), 300 dpi.
PAT=( -size 32x32 xc:black -size 32x32 xc:white +append -units PixelsPerInch -density 300 -strip )
im() { "$CONVERT" "${PAT[@]}" "$@"; }

# --- TIFF via ImageMagick (libtiff 4.5) ---
im -type Grayscale -depth 8 -compress None     tiff-none-gray8.tif
im -type Grayscale -depth 8 -compress LZW      tiff-lzw-gray8.tif      # predictor 2
im -type Grayscale -depth 8 -compress Zip      tiff-deflate-gray8.tif  # predictor 2
im -type Grayscale -depth 8 -compress RLE      tiff-packbits-gray8.tif
# ImageMagick always writes fax-compressed TIFFs as min-is-white.
im -type Bilevel -depth 1 -compress Fax        tiff-g3-bilevel.tif     # G3 1-D, EOL padding
im -type Bilevel -depth 1 -compress Group4     tiff-g4-miniswhite.tif
# G4 with min-is-black photometric: uncompressed min-is-black, recompressed by tiffcp.
im -type Bilevel -depth 1 -define tiff:photometric=min-is-black -compress None "$TMP/mib.tif"
tiffcp -c g4 "$TMP/mib.tif" tiff-g4-bilevel.tif
im -type TrueColor -depth 8 -compress JPEG -quality 90 tiff-jpeg-rgb.tif
im -type Grayscale -depth 16 -compress None    tiff-none-gray16.tif
im -type TrueColor -depth 8 -compress LZW      tiff-lzw-rgb8.tif
im -type TrueColor -depth 16 -compress Zip     tiff-rgb16.tif
im -colorspace CMYK -depth 8 -compress LZW     tiff-cmyk.tif           # InkSet 1 (CMYK)
im -type Bilevel -depth 1 -define tiff:photometric=min-is-black -compress None \
   -units Undefined -density 0                 tiff-bilevel-nodpi.tif  # no XRes/YRes/ResUnit
"$CONVERT" \( "${PAT[@]}" \) \( "${PAT[@]}" \) \( "${PAT[@]}" \) -type Bilevel -depth 1 -compress Group4 \
   tiff-multipage-3.tif

# --- JPEG via ImageMagick (libjpeg-turbo), baseline ---
im -type Grayscale -quality 90 jpeg-gray.jpg
im -type TrueColor -quality 85 -sampling-factor 2x2,1x1,1x1 jpeg-rgb.jpg
im -colorspace CMYK -quality 90 jpeg-cmyk.jpg   # Adobe APP14 transform=2 (YCCK) + JFIF
cp jpeg-rgb.jpg "$TMP/src.jpg"

# --- everything else written byte by byte (python3 stdlib) ---
"$PY" - "$TMP/src.jpg" <<'PY'
import struct, sys, zlib

W, H = 64, 32

def dark(x):           # left half is ink
    return x < 32

# ---------------------------------------------------------------- PNG ----
def chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))

def pack_row(samples, bd):
    """samples: flat list of ints for one row."""
    if bd == 16:
        return b"".join(struct.pack(">H", s) for s in samples)
    if bd == 8:
        return bytes(samples)
    out, acc, nbits = bytearray(), 0, 0
    for s in samples:
        acc = (acc << bd) | s; nbits += bd
        if nbits == 8:
            out.append(acc); acc = nbits = 0
    if nbits:
        out.append(acc << (8 - nbits))
    return bytes(out)

ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]

def png(path, bd, ct, pixel, plte=None, phys=True, interlace=0, level=9, cut=None):
    """pixel(x, y) -> tuple of samples."""
    raw = bytearray()
    passes = ADAM7 if interlace else [(0, 0, 1, 1)]
    for x0, y0, dx, dy in passes:
        xs = range(x0, W, dx)
        for y in range(y0, H, dy):
            if not xs:
                continue
            raw += b"\x00" + pack_row([s for x in xs for s in pixel(x, y)], bd)
    data = b"\x89PNG\r\n\x1a\n"
    data += chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, bd, ct, 0, 0, interlace))
    if plte:
        data += chunk(b"PLTE", b"".join(bytes(c) for c in plte))
    if phys:
        data += chunk(b"pHYs", struct.pack(">IIB", 11811, 11811, 1))   # 300 dpi
    idat_at = len(data)
    data += chunk(b"IDAT", zlib.compress(bytes(raw), level))
    data += chunk(b"IEND", b"")
    if cut:
        data = data[: cut(idat_at, len(data))]
    open(path, "wb").write(data)

def grey(bd):
    m = (1 << bd) - 1
    return lambda x, y: (0 if dark(x) else m,)

png("png-gray1.png", 1, 0, grey(1))
png("png-gray2.png", 2, 0, grey(2))
png("png-gray4.png", 4, 0, grey(4))
png("png-gray8.png", 8, 0, grey(8))
png("png-gray16.png", 16, 0, grey(16))
png("png-rgb8.png", 8, 2, lambda x, y: (0, 0, 0) if dark(x) else (255, 255, 255))
png("png-rgb16.png", 16, 2, lambda x, y: (0, 0, 0) if dark(x) else (65535,) * 3)
png("png-palette.png", 8, 3, lambda x, y: (0 if dark(x) else 1,), plte=[(0, 0, 0), (255, 255, 255)])
png("png-gray-alpha.png", 8, 4, lambda x, y: (0 if dark(x) else 255, 255))
png("png-rgba.png", 8, 6, lambda x, y: (0, 0, 0, 255) if dark(x) else (255, 255, 255, 255))
png("png-interlaced.png", 8, 0, grey(8), interlace=1)
png("png-nodpi.png", 8, 0, grey(8), phys=False)
# Stored (level 0) deflate so the IDAT is ~2 KB; cut half-way into the IDAT payload.
png("truncated.png", 8, 0, grey(8), level=0,
    cut=lambda idat_at, n: idat_at + 8 + (n - 12 - idat_at - 12) // 2)
# IHDR claims 40000 x 40000 8-bit grey (1.6 GB decoded); IDAT holds 2 rows.
bomb = b"\x89PNG\r\n\x1a\n"
bomb += chunk(b"IHDR", struct.pack(">IIBBBBB", 40000, 40000, 8, 0, 0, 0, 0))
bomb += chunk(b"pHYs", struct.pack(">IIB", 11811, 11811, 1))
bomb += chunk(b"IDAT", zlib.compress(bytes(2 * 40001), 9))
bomb += chunk(b"IEND", b"")
open("bomb.png", "wb").write(bomb)

# --------------------------------------------------------------- TIFF ----
# Classic little-endian TIFF; each page = IFD, its out-of-line values, its strips.
SHORT, LONG, RATIONAL = 3, 4, 5

def tiff(path, pages):
    out = bytearray(b"II*\x00" + struct.pack("<I", 8))
    for i, (tags, strips) in enumerate(pages):
        tags = dict(tags)
        tags[273] = (LONG, [0] * len(strips))
        tags[279] = (LONG, [len(s) for s in strips])
        ifd_at = len(out)
        n = len(tags)
        def vbytes(typ, vals):
            if typ == SHORT:    return b"".join(struct.pack("<H", v) for v in vals)
            if typ == LONG:     return b"".join(struct.pack("<I", v) for v in vals)
            if typ == RATIONAL: return b"".join(struct.pack("<II", *v) for v in vals)
        extra_len = sum((len(vbytes(t, v)) + 1) & ~1 for t, v in tags.values() if len(vbytes(t, v)) > 4)
        strip_at = ifd_at + 2 + 12 * n + 4 + extra_len
        offs, p = [], strip_at
        for s in strips:
            offs.append(p); p += (len(s) + 1) & ~1
        tags[273] = (LONG, offs)
        next_ifd = p if i + 1 < len(pages) else 0
        ifd, extra = bytearray(struct.pack("<H", n)), bytearray()
        extra_at = ifd_at + 2 + 12 * n + 4
        for tag in sorted(tags):
            typ, vals = tags[tag]
            vb = vbytes(typ, vals)
            if len(vb) <= 4:
                ifd += struct.pack("<HHI", tag, typ, len(vals)) + vb.ljust(4, b"\0")
            else:
                ifd += struct.pack("<HHII", tag, typ, len(vals), extra_at + len(extra))
                extra += vb + (b"\0" if len(vb) % 2 else b"")
        ifd += struct.pack("<I", next_ifd)
        out += ifd + extra
        assert len(out) == strip_at
        for s in strips:
            out += s + (b"\0" if len(s) % 2 else b"")
    open(path, "wb").write(out)

def grey_tags(w=W, h=H, comp=1, rps=H, extra=None):
    t = {256: (SHORT if w < 65536 else LONG, [w]), 257: (SHORT if h < 65536 else LONG, [h]),
         258: (SHORT, [8]), 259: (SHORT, [comp]), 262: (SHORT, [1]), 277: (SHORT, [1]),
         278: (LONG, [rps]), 282: (RATIONAL, [(300, 1)]), 283: (RATIONAL, [(300, 1)]),
         284: (SHORT, [1]), 296: (SHORT, [2])}
    t.update(extra or {})
    return t

grey8 = bytes(0 if dark(x) else 255 for y in range(H) for x in range(W))

# Palette: 8-bit indices, 256-entry ColorMap (0 = black, 1 = white, rest black).
cmap = [0] * 256 * 3
for plane in range(3):
    cmap[plane * 256 + 1] = 65535
idx = bytes(0 if dark(x) else 1 for y in range(H) for x in range(W))
tiff("tiff-palette.tif", [(grey_tags(extra={262: (SHORT, [3]), 320: (SHORT, cmap)}), [idx])])

# 3 Adobe-Deflate pages; page 2's strip overwritten with junk of the same length
# (bad zlib header), so libtiff fails on page 2 only. Offsets/counts stay valid.
good = zlib.compress(grey8, 9)
junk = bytes((0xA5 + 37 * i) & 0xFF for i in range(len(good)))
assert junk[:2] != good[:2]
tiff("tiff-corrupt-page2.tif", [
    (grey_tags(comp=8, extra={254: (LONG, [2]), 297: (SHORT, [p, 3])}), [good if p != 1 else junk])
    for p in range(3)])

# IFD first, then one stored-deflate strip (~2 KB); file cut to 60 % -> strip incomplete.
tiff("truncated.tif", [(grey_tags(comp=8), [zlib.compress(grey8, 0)])])
b = open("truncated.tif", "rb").read()
open("truncated.tif", "wb").write(b[: len(b) * 6 // 10])

# 40000 x 40000 8-bit grey, one Deflate strip holding a single zero row (~60 bytes).
tiff("bomb.tif", [(grey_tags(w=40000, h=40000, comp=8, rps=40000), [zlib.compress(bytes(40000), 9)])])

# --------------------------------------------------------------- JPEG ----
# Baseline JPEG cut half-way into its entropy-coded scan (headers intact, no EOI).
src = open(sys.argv[1], "rb").read()
sos = src.index(b"\xff\xda")
scan = sos + 2 + struct.unpack(">H", src[sos + 2:sos + 4])[0]
open("truncated.jpg", "wb").write(src[: scan + (len(src) - 2 - scan) // 2])

# ------------------------------------------------------- not an image ----
open("empty.png", "wb").close()
open("text-named.png", "w").write("This is not an image.\n")
# A minimal, well-formed one-page PDF with no content.
objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"]
pdf = bytearray(b"%PDF-1.4\n")
offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(pdf)); pdf += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
pdf += b"".join(b"%010d 00000 n \n" % o for o in offs)
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
open("pdf-named.tif", "wb").write(pdf)
PY

# ------------------------------------------------------------- manifest ----
# file format expect width height dpi pages notes   (tab-separated)
manifest() {
  local IFS=$'\t'
  printf '%s\n' "file	format	expect	width	height	dpi	pages	notes"
  while IFS='|' read -r f fmt ex w h dpi p notes; do
    [[ -z "$f" ]] && continue
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$f" "$fmt" "$ex" "$w" "$h" "$dpi" "$p" "$notes"
  done
}
manifest > MANIFEST.tsv <<'EOF'
tiff-none-gray8.tif|tiff|ok|64|32|300|1|uncompressed, 8-bit min-is-black (ImageMagick)
tiff-lzw-gray8.tif|tiff|ok|64|32|300|1|LZW with horizontal predictor 2, 8-bit min-is-black
tiff-deflate-gray8.tif|tiff|ok|64|32|300|1|Adobe Deflate (zip) with predictor 2, 8-bit min-is-black
tiff-packbits-gray8.tif|tiff|ok|64|32|300|1|PackBits, 8-bit min-is-black
tiff-g3-bilevel.tif|tiff|ok|64|32|300|1|1-bit CCITT Group 3 (1-D, EOL padding), min-is-white as ImageMagick writes fax
tiff-g4-bilevel.tif|tiff|ok|64|32|300|1|1-bit CCITT Group 4, min-is-black (recompressed with tiffcp -c g4)
tiff-g4-miniswhite.tif|tiff|ok|64|32|300|1|1-bit CCITT Group 4, min-is-white (bit 1 = black ink)
tiff-jpeg-rgb.tif|tiff|ok|64|32|300|1|JPEG compression (7) with JPEGTables, photometric RGB, 3x8-bit
tiff-none-gray16.tif|tiff|ok|64|32|300|1|uncompressed 16-bit min-is-black, samples 0 and 65535
tiff-lzw-rgb8.tif|tiff|ok|64|32|300|1|LZW with predictor 2, RGB 3x8-bit
tiff-rgb16.tif|tiff|ok|64|32|300|1|Adobe Deflate with predictor 2, RGB 3x16-bit (0 and 65535)
tiff-palette.tif|tiff|ok|64|32|300|1|8-bit palette, 256-entry ColorMap (0 black, 1 white), uncompressed, hand-written
tiff-cmyk.tif|tiff|ok|64|32|300|1|separated CMYK 4x8-bit, InkSet 1, LZW+predictor; left K=255 CMY=0, right no ink
tiff-bilevel-nodpi.tif|tiff|ok|64|32|-|1|1-bit uncompressed min-is-black; no XResolution/YResolution/ResolutionUnit tags
tiff-multipage-3.tif|tiff|ok|64|32|300|3|3 identical pages, 1-bit CCITT Group 4 min-is-white
tiff-corrupt-page2.tif|tiff|corrupt-page|64|32|300|3|3 Adobe Deflate 8-bit grey pages; page 2 (index 1) strip overwritten with junk (bad zlib header), pages 1 and 3 decode
png-gray1.png|png|ok|64|32|300|1|colour type 0, bit depth 1
png-gray2.png|png|ok|64|32|300|1|colour type 0, bit depth 2
png-gray4.png|png|ok|64|32|300|1|colour type 0, bit depth 4
png-gray8.png|png|ok|64|32|300|1|colour type 0, bit depth 8
png-gray16.png|png|ok|64|32|300|1|colour type 0, bit depth 16, samples 0 and 65535
png-rgb8.png|png|ok|64|32|300|1|colour type 2, bit depth 8
png-rgb16.png|png|ok|64|32|300|1|colour type 2, bit depth 16
png-palette.png|png|ok|64|32|300|1|colour type 3, bit depth 8, PLTE of 2 entries (black, white)
png-gray-alpha.png|png|ok|64|32|300|1|colour type 4 (grey+alpha), bit depth 8, alpha 255 everywhere
png-rgba.png|png|ok|64|32|300|1|colour type 6 (RGBA), bit depth 8, alpha 255 everywhere
png-interlaced.png|png|ok|64|32|300|1|colour type 0, bit depth 8, Adam7 interlace
png-nodpi.png|png|ok|64|32|-|1|colour type 0, bit depth 8, no pHYs chunk
jpeg-gray.jpg|jpeg|ok|64|32|300|1|baseline, 1 component, JFIF density 300 dpi
jpeg-rgb.jpg|jpeg|ok|64|32|300|1|baseline, YCbCr 4:2:0, JFIF density 300 dpi
jpeg-cmyk.jpg|jpeg|ok|64|32|300|1|baseline, 4 components, Adobe APP14 transform=2 (YCCK), Adobe-inverted CMYK as ImageMagick writes it; JFIF density 300 dpi also present
empty.png|empty|empty|-|-|-|-|zero bytes
truncated.tif|tiff|truncated|64|32|300|1|IFD at offset 8 intact; single stored-Deflate strip (~2 KB) cut at 60% of file length
truncated.png|png|truncated|64|32|300|1|8-bit grey, stored-deflate IDAT cut half-way (no IDAT CRC, no IEND)
truncated.jpg|jpeg|truncated|64|32|300|1|baseline YCbCr JPEG cut half-way into the scan data (no EOI); libjpeg only warns (Premature end of JPEG file)
bomb.tif|tiff|too-large|40000|40000|300|1|IFD claims 40000x40000 8-bit grey (1.6 GB), one Deflate strip of ~60 bytes (1 row of data)
bomb.png|png|too-large|40000|40000|300|1|IHDR claims 40000x40000 8-bit grey, valid CRCs, IDAT holds 2 rows only
text-named.png|text|not-an-image|-|-|-|-|UTF-8 text "This is not an image.\n"
pdf-named.tif|pdf|not-an-image|-|-|-|-|PDF: minimal valid one-page PDF 1.4 named .tif
EOF

verify
