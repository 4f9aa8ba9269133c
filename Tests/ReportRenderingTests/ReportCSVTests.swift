import DigitiseCore
import Testing

@testable import ReportRendering

@Suite struct ReportCSVTests {
    /// A cell a spreadsheet would run as a formula gets a leading quote; numbers and other text stay as they are.
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""), ("+1", "'+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("PF-1/letter", "PF-1/letter"), ("a-b", "a-b"),
    ])
    func formulaCellsAreNeutralised(cell: String, expected: String) {
        let report = Report(
            kind: .failures, generatedAt: "now", filter: ReportFilter(), figures: [],
            tables: [ReportTable(name: "t", title: "T", columns: ["text", "n"], rows: [[.text(cell), .int(-5)]])])
        #expect(ReportCSV.render(report, table: "t") == "text,n\r\n\(expected),-5\r\n")
    }
}
