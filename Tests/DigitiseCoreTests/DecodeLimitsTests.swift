import DigitiseCore
import Testing

@Suite struct DecodeLimitsTests {
    @Test func refusesABombFromItsHeader() {
        let bomb = PageHeader(width: 40_000, height: 40_000, bitsPerSample: 8, samplesPerPixel: 1, colourModel: "grey", dpi: nil)
        #expect(throws: DecodeError.self) { try DecodeLimits(maxMegapixels: 150).check(bomb, page: 0) }
        do {
            try DecodeLimits(maxMegapixels: 150).check(bomb, page: 2)
        } catch {
            #expect(error.kind == .tooLarge)
            #expect(error.page == 2)
            #expect(error.failure(at: .ingest).code == "decode.too-large")
        }
    }

    @Test func acceptsAnA4ScanAt600DPI() throws {
        let page = PageHeader(width: 4960, height: 7016, bitsPerSample: 1, samplesPerPixel: 1, colourModel: "grey", dpi: 600)
        try DecodeLimits(maxMegapixels: 150).check(page, page: 0)
    }
}
