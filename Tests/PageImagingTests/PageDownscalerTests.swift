import DigitiseCore
import ImageCodecs
import PageImaging
import Testing

/// The review desk's page previews: a page made narrow enough for a browser keeps its proportions and its ink.
@Suite struct PageDownscalerTests {
    func mean(_ image: GreyImage) -> Double { Double(image.pixels.reduce(0) { $0 + Int($1) }) / Double(image.pixels.count) }

    @Test func aPageIsScaledToTheWidthKeepingItsProportionsAndItsInk() throws {
        let page = LeptonicaNormaliserTests.page
        let small = try PageDownscaler().downscaled(page, toWidth: 700)
        #expect(small.width == 700)
        let expectedHeight = Double(page.height) * 700 / Double(page.width)
        #expect(abs(Double(small.height) - expectedHeight) <= 1, "\(small.height) against \(expectedHeight)")
        // Area mapping averages what it drops: the page as a whole is as dark as before, and text is still there.
        #expect(abs(mean(small) - mean(page)) < 3, "\(mean(small)) against \(mean(page))")
        #expect(small.pixels.filter { $0 < 128 }.count > 1000, "strokes survive the scaling")
    }

    @Test func aPageAlreadyNarrowEnoughIsNeverEnlarged() throws {
        let narrow = GreyImage(width: 300, height: 400, pixels: [UInt8](repeating: 200, count: 300 * 400), dpi: 100)
        #expect(try PageDownscaler().downscaled(narrow, toWidth: 700) == narrow)
    }
}
