import DigitiseCore
import Testing

@testable import TesseractOCR

@Suite struct BilevelRowsTests {
    /// White is a set bit, the leftmost pixel the high bit, each row padded to whole bytes.
    @Test func packsARowOfBlackAndWhiteAsTesseractTakesIt() throws {
        let pixels: [UInt8] = [255, 0, 0, 255, 255, 255, 255, 255, 0, 255] + [0, 0, 0, 0, 0, 0, 0, 0, 255, 0]
        let rows = try #require(BilevelRows(GreyImage(width: 10, height: 2, pixels: pixels, dpi: 300)))
        #expect(rows.bytesPerRow == 2)
        #expect(rows.bytes == [0b1001_1111, 0b0100_0000, 0b0000_0000, 0b1000_0000])
    }

    @Test func aPageWithAnyGreyIsLeftAsItIs() {
        #expect(BilevelRows(GreyImage(width: 3, height: 1, pixels: [0, 128, 255], dpi: 300)) == nil)
    }
}
