import ArgumentParser
import DigitiseCore

/// How the memory bench makes each repeat of a band a page of its own, so that nothing is memoised.
enum PageVariation: String, ExpressibleByArgument, CaseIterable {
    /// Repeat r changes one pixel of the band's last row by one grey level: new bytes, the same page to Tesseract,
    /// so the batches differ in length only.
    case pixel
    /// Repeat r starts r rows lower: the band's edges cut its lines differently each time, so a long batch also
    /// holds pages a short one does not: what pages that differ add (bench/results/history-memory.md).
    case rows

    /// The `repeatIndex`-th repeat of `band` (0 is the band itself).
    func apply(_ repeatIndex: Int, to band: GreyImage) -> GreyImage {
        guard repeatIndex > 0 else { return band }
        switch self {
        case .pixel:
            var page = band
            page.pixels[(band.height - 1) * band.width + (repeatIndex - 1) % band.width] ^= 1
            return page
        case .rows:
            return band.rows(from: repeatIndex)
        }
    }
}
