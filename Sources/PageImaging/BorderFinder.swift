import DigitiseCore

/// Finds the dark margins a scanner lid or a book's edges leave around a page: runs of rows and columns, from each
/// edge inwards, that are mostly dark. What lies inside them is the page.
///
/// Removing dark regions by connected components would also take text that touches them; cutting whole rows and
/// columns cannot eat into the text block.
enum BorderFinder {
    /// A pixel darker than this is border-dark (paper, even grey or yellowed, is far lighter).
    static let dark: UInt8 = 90
    /// A row or column at least this dark is border.
    static let darkShare = 0.5
    /// No side loses more than this share of the page.
    static let maxShare = 0.25
    /// A border is flat: at most this share of a border line is ink, much darker than the line's own median.
    /// Dim paper at the dark side of an unevenly lit page is as dark as a grey border, but its text is not flat:
    /// without this, the lit-side pages of the degradation corpus lost their last words to the crop.
    static let maxInkShare = 0.02
    /// How much darker than its line's median a pixel must be to count as ink.
    static let inkContrast = 35

    /// The page's box inside its dark margins: x, y, width, height (the whole image when there are none).
    static func contentBox(_ image: GreyImage) -> (x: Int, y: Int, width: Int, height: Int) {
        let w = image.width, h = image.height
        let step = max(1, min(w, h) / 500)  // sample about 500 pixels a line: plenty to tell dark from paper
        func rowIsDark(_ y: Int) -> Bool {
            var histogram = GreyHistogram()
            image.pixels.withUnsafeBufferPointer { p in
                for x in stride(from: 0, to: w, by: step) { histogram.add(p[y * w + x]) }
            }
            return isFlatDark(histogram)
        }
        func columnIsDark(_ x: Int, from top: Int, to bottom: Int) -> Bool {
            var histogram = GreyHistogram()
            image.pixels.withUnsafeBufferPointer { p in
                for y in stride(from: top, to: bottom, by: step) { histogram.add(p[y * w + x]) }
            }
            return isFlatDark(histogram)
        }
        var top = 0, bottom = h, left = 0, right = w
        while top < Int(Double(h) * maxShare), rowIsDark(top) { top += 1 }
        while bottom > h - Int(Double(h) * maxShare), rowIsDark(bottom - 1) { bottom -= 1 }
        while left < Int(Double(w) * maxShare), columnIsDark(left, from: top, to: bottom) { left += 1 }
        while right > w - Int(Double(w) * maxShare), columnIsDark(right - 1, from: top, to: bottom) { right -= 1 }
        // A margin's inner edge is a soft shadow: take a little more than the dark run.
        let pad = max(2, min(w, h) / 200)
        if top > 0 { top = min(h / 2, top + pad) }
        if bottom < h { bottom = max(top + 1, bottom - pad) }
        if left > 0 { left = min(w / 2, left + pad) }
        if right < w { right = max(left + 1, right - pad) }
        return (left, top, right - left, bottom - top)
    }

    /// Whether a line's sampled pixels are border: mostly dark, and flat (no ink much darker than the line).
    static func isFlatDark(_ histogram: GreyHistogram) -> Bool {
        let total = histogram.total
        guard total > 0, Double(histogram.count(below: Int(dark))) >= Double(total) * darkShare else { return false }
        let median = histogram.level(reaching: total / 2 + 1, fromDark: true)
        return Double(histogram.count(below: median - inkContrast)) <= Double(total) * maxInkShare
    }

    /// The image cut to a box.
    static func crop(_ image: GreyImage, to box: (x: Int, y: Int, width: Int, height: Int)) -> GreyImage {
        if box.x == 0 && box.y == 0 && box.width == image.width && box.height == image.height { return image }
        var pixels = [UInt8](repeating: 255, count: box.width * box.height)
        pixels.withUnsafeMutableBufferPointer { out in
            image.pixels.withUnsafeBufferPointer { source in
                for row in 0..<box.height {
                    let from = (box.y + row) * image.width + box.x
                    out.baseAddress!.advanced(by: row * box.width).update(from: source.baseAddress! + from, count: box.width)
                }
            }
        }
        return GreyImage(width: box.width, height: box.height, pixels: pixels, dpi: image.dpi)
    }
}
