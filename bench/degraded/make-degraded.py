#!/usr/bin/env python3
"""Renders the project's degradation corpus: its own fictional texts (bench/degraded/texts, lv/ru/en) as pages,
each degradation alone and in realistic combinations, with the ground truth beside every page.

    python3 bench/degraded/make-degraded.py OUT [--per-class 16] [--seed 20261204]

OUT gets one image and one `.gt.txt` per page and a MANIFEST.tsv in the format of ../shared/corpus/real (so
`digitise-bench ocr` and `digitise-bench degraded` read it), with three more columns: `class` (the degradation
class), `upright_rotation` (the clockwise turn that makes the page upright: 0, 90, 180, 270) and `stored_dpi`
(the resolution tag the file states, `-` for none).

Deterministic: the same seed writes byte-identical files. Needs Pillow and numpy (`make deps-bench` installs them)
and the DejaVu and Liberation fonts (Debian's fonts-dejavu-core, fonts-liberation2).
"""

import argparse
import io
import math
import os
import random
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
]
LANGUAGES = {"lv": "lav", "ru": "rus", "en": "eng"}

# Each class names what a scanner or an old paper does to a page; `combined` mixes them the way real scans do.
CLASSES = [
    "clean", "low-contrast", "background", "uneven-light", "blur", "noise", "jpeg", "dark-borders", "skew",
    "rotation", "resolution", "storage", "combined",
]


def load_texts():
    texts = {}
    for code in LANGUAGES:
        with open(os.path.join(HERE, "texts", code + ".txt"), encoding="utf-8") as f:
            texts[code] = [line.strip() for line in f if line.strip()]
    return texts


def wrap(sentences, font, width, max_lines, rng):
    """Fills lines up to `width` pixels with the language's sentences, from a random one on."""
    start = rng.randrange(len(sentences))
    words = []
    for i in range(len(sentences)):
        words += sentences[(start + i) % len(sentences)].split()
    lines, line = [], ""
    for word in words:
        candidate = word if not line else line + " " + word
        if font.getlength(candidate) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
            if len(lines) == max_lines:
                break
    return lines


def render(lines, font, dpi, margin_in, line_height):
    """Black anti-aliased text on white, as a float array (0 ink .. 255 paper)."""
    width = int(6.2 * dpi)
    top = int(margin_in * dpi)
    height = top * 2 + int(line_height * len(lines))
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    for i, line in enumerate(lines):
        draw.text((top, top + int(i * line_height)), line, font=font, fill=0)
    return np.asarray(page, dtype=np.float64)


def tone(ink_share, paper, ink):
    """Maps the rendered page (1 = full ink) onto paper and ink levels (scalars or RGB triples)."""
    paper = np.asarray(paper, dtype=np.float64)
    ink = np.asarray(ink, dtype=np.float64)
    if paper.ndim == 0 and ink.ndim == 0:
        return paper - ink_share * (paper - ink)
    return paper[None, None, :] - ink_share[..., None] * (paper - ink)[None, None, :]


def illumination(shape, rng, kind):
    h, w = shape[:2]
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    if kind == "vignette":
        cx, cy = w * rng.uniform(0.35, 0.65), h * rng.uniform(0.35, 0.65)
        r = np.hypot((x - cx) / w, (y - cy) / h) / 0.71
        field = 1 - rng.uniform(0.4, 0.6) * r**2
    else:  # a lit side: light falls off across the page
        low = rng.uniform(0.35, 0.55)
        axis = x / w if rng.random() < 0.5 else y / h
        if rng.random() < 0.5:
            axis = 1 - axis
        field = 1 - (1 - low) * axis**1.5
    return field if len(shape) == 2 else field[..., None]


def gaussian_noise(a, rng, sigma):
    return a + np.random.default_rng(rng.randrange(2**32)).normal(0, sigma, a.shape)


def speckle(a, rng, density):
    """Salt and pepper, and a few larger specks of dust."""
    g = np.random.default_rng(rng.randrange(2**32))
    mask = g.random(a.shape[:2])
    out = a.copy()
    out[mask < density / 2] = 20
    out[mask > 1 - density / 2] = 250
    h, w = a.shape[:2]
    for _ in range(int(h * w * density / 4000)):
        cy, cx, r = g.integers(0, h), g.integers(0, w), g.integers(1, 4)
        out[max(0, cy - r):cy + r, max(0, cx - r):cx + r] = 30
    return out


def to_image(a):
    a = np.clip(np.rint(a), 0, 255).astype(np.uint8)
    return Image.fromarray(a, "RGB" if a.ndim == 3 else "L")


def rotate(img, degrees, fill):
    """Turns the page by `degrees` counter-clockwise, as a skewed sheet on the scanner glass."""
    return img.rotate(degrees, resample=Image.BICUBIC, expand=True, fillcolor=fill)


def dark_borders(a, rng):
    """The scanner lid's shadow: dark bands outside the sheet on one to four sides, their inner edge ragged (the
    sheet smaller than the glass; the bands never cover the sheet's text)."""
    level = rng.uniform(10, 50)
    for side in rng.sample(["top", "bottom", "left", "right"], rng.randint(1, 4)):
        h, w = a.shape[:2]
        depth = int((h if side in ("top", "bottom") else w) * rng.uniform(0.03, 0.08))
        along = w if side in ("top", "bottom") else h
        edge = depth - np.random.default_rng(rng.randrange(2**32)).integers(0, depth // 3 + 1, size=along)
        band_shape = (depth, w) if side in ("top", "bottom") else (h, depth)
        if a.ndim == 3:
            band_shape += (a.shape[2],)
        # the band's paper side (beyond the ragged edge) shows the sheet's own colour at its border
        band = np.empty(band_shape)
        band[...] = a[0, 0] if side in ("top", "left") else a[-1, -1]
        for i in range(along):
            if side == "top":
                band[: edge[i], i] = level
            elif side == "bottom":
                band[depth - edge[i]:, i] = level
            elif side == "left":
                band[i, : edge[i]] = level
            else:
                band[i, depth - edge[i]:] = level
        if side == "top":
            a = np.concatenate([band, a], axis=0)
        elif side == "bottom":
            a = np.concatenate([a, band], axis=0)
        elif side == "left":
            a = np.concatenate([band, a], axis=1)
        else:
            a = np.concatenate([a, band], axis=1)
    return a


def save(img, path_stem, fmt, dpi_tag, rng):
    """Writes the page in `fmt`; returns the file name. dpi_tag None writes no resolution."""
    extra = {} if dpi_tag is None else {"dpi": (dpi_tag, dpi_tag)}
    if fmt == "png":
        name = path_stem + ".png"
        img.save(name, "PNG", **extra)
    elif fmt == "palette":
        name = path_stem + ".png"
        img.convert("RGB").quantize(colors=rng.choice([8, 16, 64]), method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            name, "PNG", **extra)
    elif fmt == "png16":
        name = path_stem + ".png"
        a = np.asarray(img.convert("L"), dtype=np.uint16) * 257
        Image.fromarray(a.astype(np.uint16)).save(name, "PNG", **extra)
    elif fmt == "bilevel":
        name = path_stem + ".tif"
        img.convert("L").point(lambda v: 255 if v > 140 else 0).convert("1", dither=Image.Dither.NONE).save(
            name, "TIFF", compression="group4", **extra)
    elif fmt == "cmyk-tiff":
        name = path_stem + ".tif"
        img.convert("RGB").convert("CMYK").save(name, "TIFF", compression="tiff_lzw", **extra)
    elif fmt == "cmyk-jpeg":
        name = path_stem + ".jpg"
        img.convert("RGB").convert("CMYK").save(name, "JPEG", quality=90, **extra)
    elif fmt.startswith("jpeg"):
        name = path_stem + ".jpg"
        quality = int(fmt[4:]) if len(fmt) > 4 else 90
        img.save(name, "JPEG", quality=quality, **extra)
    else:
        raise ValueError(fmt)
    return os.path.basename(name)


def make_page(cls, index, rng, texts, out):
    language = ["lv", "ru", "en"][index % 3]
    dpi = 300
    notes = []
    # Resolution: the page is scanned at `dpi`; the file states `dpi_tag`.
    if cls == "resolution" or (cls == "combined" and index % 4 == 3):
        dpi = rng.choice([200, 400]) if cls == "resolution" else 200
    font_pt = rng.uniform(10, 12.5)
    font_path = rng.choice(FONTS)
    font = ImageFont.truetype(font_path, int(round(font_pt / 72 * dpi)))
    line_height = font_pt / 72 * dpi * rng.uniform(1.3, 1.6)
    lines = wrap(texts[language], font, int(5.2 * dpi), rng.randint(10, 14), rng)
    base = render(lines, font, dpi, 0.5, line_height)
    ink_share = (255 - base) / 255
    notes.append("font=%s %.1fpt" % (os.path.basename(font_path)[:-4], font_pt))

    paper, ink = 255.0, 0.0
    a = None
    fmt, dpi_tag, skew, turn = "png", dpi, 0.0, 0
    fill = 255

    def grey():
        return tone(ink_share, paper, ink)

    if cls == "clean":
        a = grey()
    elif cls == "low-contrast":
        paper = rng.uniform(150, 200)
        ink = paper - rng.uniform(55, 95)
        a = grey()
        fmt = rng.choice(["png", "palette"])
        notes.append("paper=%.0f ink=%.0f" % (paper, ink))
    elif cls == "background":
        if rng.random() < 0.4:
            paper = rng.uniform(170, 215)
            a = tone(ink_share, paper, rng.uniform(0, 40))
            notes.append("grey paper=%.0f" % paper)
        else:
            colour = rng.choice([(236, 222, 168), (190, 212, 232), (236, 196, 204), (200, 226, 190), (226, 206, 170)])
            ink_colour = rng.choice([(20, 20, 20), (20, 30, 110), (60, 40, 30)])
            a = tone(ink_share, colour, ink_colour)
            notes.append("paper=%s ink=%s" % (colour, ink_colour))
        fmt = rng.choice(["png", "jpeg90"])
    elif cls == "uneven-light":
        kind = rng.choice(["vignette", "lit-side"])
        a = grey() * illumination(base.shape, rng, kind)
        notes.append(kind)
    elif cls == "blur":
        radius = rng.uniform(1.2, 2.2)
        a = np.asarray(to_image(grey()).filter(ImageFilter.GaussianBlur(radius)), dtype=np.float64)
        notes.append("blur=%.1f" % radius)
    elif cls == "noise":
        sigma, density = rng.uniform(15, 35), rng.uniform(0.003, 0.012)
        a = speckle(gaussian_noise(grey(), rng, sigma), rng, density)
        notes.append("sigma=%.0f speckle=%.3f" % (sigma, density))
    elif cls == "jpeg":
        a = grey()
        fmt = "jpeg%d" % rng.randint(8, 20)
        notes.append(fmt)
    elif cls == "dark-borders":
        a = dark_borders(grey(), rng)
    elif cls == "skew":
        a = grey()
        skew = rng.choice([-1, 1]) * rng.uniform(1, 5)
    elif cls == "rotation":
        a = grey()
        turn = rng.choice([90, 180, 270])
        skew = rng.choice([-1, 1]) * rng.uniform(0, 4)
        if rng.random() < 0.5:
            a = gaussian_noise(a, rng, rng.uniform(10, 20))
            notes.append("noise")
        else:
            a = np.asarray(to_image(a).filter(ImageFilter.GaussianBlur(1.0)), dtype=np.float64)
            notes.append("blur")
    elif cls == "resolution":
        a = grey()
        dpi_tag = rng.choice([72, None, dpi])
    elif cls == "storage":
        paper = rng.uniform(215, 240)
        a = grey()
        fmt = ["palette", "bilevel", "png16", "cmyk-tiff", "cmyk-jpeg"][index % 5]
    elif cls == "combined":
        recipe = index % 4
        if recipe == 0:  # a faded photocopy: grey paper, pale ink, noise, slight skew, compressed
            paper = rng.uniform(170, 200)
            ink = paper - rng.uniform(70, 100)
            a = gaussian_noise(grey(), rng, rng.uniform(8, 15))
            skew = rng.choice([-1, 1]) * rng.uniform(0.5, 3)
            fmt = "jpeg%d" % rng.randint(25, 40)
            notes.append("photocopy")
        elif recipe == 1:  # lit from one side, soft focus, the scanner lid's shadow
            a = grey() * illumination(base.shape, rng, "lit-side")
            a = np.asarray(to_image(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.3))), dtype=np.float64)
            a = dark_borders(a, rng)
            notes.append("lit side, blur, borders")
        elif recipe == 2:  # turned on the glass, faded, dark corners
            paper = rng.uniform(190, 230)
            ink = paper - rng.uniform(90, 130)
            a = grey() * illumination(base.shape, rng, "vignette")
            turn = rng.choice([90, 180, 270])
            skew = rng.choice([-1, 1]) * rng.uniform(0.5, 3)
            notes.append("turned, faded, vignette")
        else:  # a fax: 200 dpi stated as 72, bilevel, specks, slight skew
            a = speckle(grey(), rng, 0.002)
            skew = rng.choice([-1, 1]) * rng.uniform(0.3, 1.5)
            fmt, dpi_tag = "bilevel", 72
            notes.append("fax")
    img = to_image(a)
    if skew:
        fill = 255 if img.mode == "L" else (255, 255, 255)
        paper_fill = int(paper) if img.mode == "L" else tuple(int(v) for v in np.asarray(img)[5, 5])
        img = rotate(img, skew, paper_fill if cls != "combined" else fill)
        notes.append("skew=%.1f" % skew)
    if turn:
        # The content is turned `turn` degrees counter-clockwise; turning it `turn` clockwise makes it upright.
        img = img.rotate(turn, expand=True)
        notes.append("turned=%d" % turn)
    stem = os.path.join(out, "%s-%02d-%s" % (cls, index, language))
    name = save(img, stem, fmt, dpi_tag, rng)
    with open(stem + ".gt.txt", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return {
        "file": name, "language": LANGUAGES[language], "kind": ";".join([cls] + (["rotated-%d" % turn] if turn else []) + (["skew"] if skew and cls != "skew" else [])), "dpi": dpi, "gt": os.path.basename(stem) + ".gt.txt", "notes": "; ".join(notes),
        "class": cls, "upright_rotation": turn, "stored_dpi": "-" if dpi_tag is None else dpi_tag,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--per-class", type=int, default=16)
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--classes", default=",".join(CLASSES))
    args = parser.parse_args()
    for font in FONTS:
        if not os.path.exists(font):
            sys.exit("make-degraded: missing font %s (apt-get install fonts-dejavu-core fonts-liberation2)" % font)
    os.makedirs(args.out, exist_ok=True)
    texts = load_texts()
    rows = []
    for cls in args.classes.split(","):
        for index in range(args.per_class):
            rng = random.Random("%d/%s/%d" % (args.seed, cls, index))
            rows.append(make_page(cls, index, rng, texts, args.out))
    header = ["file", "source_repo", "source_path", "license", "language", "kind", "dpi_if_known", "gt_file", "notes", "class",
              "upright_rotation", "stored_dpi"]
    with open(os.path.join(args.out, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join([r["file"], "digitise", "bench/degraded/make-degraded.py", "project's own", r["language"], r["kind"],
                               str(r["dpi"]), r["gt"], r["notes"], r["class"], str(r["upright_rotation"]), str(r["stored_dpi"])]) + "\n")
    print("make-degraded: %d pages in %s" % (len(rows), args.out))


if __name__ == "__main__":
    main()
