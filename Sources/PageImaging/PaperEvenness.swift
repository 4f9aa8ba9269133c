import DigitiseCore

/// Whether a page's paper is unevenly lit: a lit side, a vignette, a fold's shadow.
///
/// Tesseract thresholds a page with one Otsu threshold; where the paper darkens past it, whole lines go black
/// and are lost while the rest reads with high confidence, so the loss does not show in the reading (on the
/// degradation corpus's lit-side pages, a fifth of the text). Such a page is read from its evened-out image
/// instead. Pages with even paper, grey or white, are left alone: evening out costs accuracy on pale,
/// low-contrast print (bench/results/history-ocr.md and history-degraded.md).
enum PaperEvenness {
    /// The page is cut into this many tiles a side; each tile's paper is its 90th-percentile brightness (text
    /// covers far less than a tenth of a tile).
    static let tiles = 8
    /// Uneven: the dimmest tile's paper is below this share of the brightest tile's.
    static let unevenRatio = 0.75

    static func isUneven(_ image: GreyImage) -> Bool {
        let w = image.width, h = image.height
        guard w >= tiles * 8, h >= tiles * 8 else { return false }
        let step = max(1, min(w, h) / 600)  // a sample of the pixels is plenty for a percentile
        var papers: [Int] = []
        image.pixels.withUnsafeBufferPointer { p in
            for ty in 0..<tiles {
                for tx in 0..<tiles {
                    var histogram = GreyHistogram()
                    for y in stride(from: ty * h / tiles, to: (ty + 1) * h / tiles, by: step) {
                        for x in stride(from: tx * w / tiles, to: (tx + 1) * w / tiles, by: step) { histogram.add(p[y * w + x]) }
                    }
                    papers.append(histogram.level(reaching: histogram.total / 10, fromDark: false))
                }
            }
        }
        guard let brightest = papers.max(), let dimmest = papers.min(), brightest > 0 else { return false }
        return Double(dimmest) < Double(brightest) * unevenRatio
    }
}
