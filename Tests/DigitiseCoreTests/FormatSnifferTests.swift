import DigitiseCore
import Testing

@Suite struct FormatSnifferTests {
    @Test func recognisesImagesByTheirBytes() {
        #expect(FormatSniffer.sniff([0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0]) == .image(.tiff))
        #expect(FormatSniffer.sniff([0x4D, 0x4D, 0x00, 0x2A]) == .image(.tiff))
        #expect(FormatSniffer.sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]) == .image(.png))
        #expect(FormatSniffer.sniff([0xFF, 0xD8, 0xFF, 0xE0]) == .image(.jpeg))
    }

    @Test func namesWhatIsNotAPageImage() {
        #expect(FormatSniffer.sniff([UInt8]()) == .empty)
        #expect(FormatSniffer.sniff(Array("%PDF-1.4\n".utf8)) == .notAnImage("a PDF document"))
        #expect(FormatSniffer.sniff(Array("This is not an image.\n".utf8)) == .notAnImage("text"))
        #expect(FormatSniffer.sniff([0x00, 0x01, 0x02, 0xFE]) == .notAnImage("of an unknown format"))
    }
}
