import DigitiseCore
import Testing

@Suite struct FileIDTests {
    @Test(arguments: ["PF-2019-004512", "a", "A.b_c-9", String(repeating: "x", count: 64)])
    func acceptsTheContract(_ id: String) {
        #expect(FileID(validating: id)?.rawValue == id)
    }

    @Test(arguments: ["", "-PF", ".hidden", "_x", "../etc", "PF/1", "PF 1", "Bērziņš", String(repeating: "x", count: 65), "a\u{0}b"])
    func rejectsEverythingElse(_ id: String) {
        #expect(FileID(validating: id) == nil)
    }
}
