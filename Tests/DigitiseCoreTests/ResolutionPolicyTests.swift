import DigitiseCore
import Testing

@Suite struct ResolutionPolicyTests {
    let policy = ResolutionPolicy(defaultDPI: 300)

    @Test func believesAPlausibleStatedResolution() {
        #expect(policy.resolve(stated: 200, width: 1654, height: 2339) == (200, .file))
        #expect(policy.resolve(stated: 299.9994, width: 2480, height: 3508) == (300, .file))
    }

    @Test(
        arguments: [
            (nil, 2480, 3508),  // no resolution stated
            (72.0, 2480, 3508),  // 72 dpi on an A4 scan would be a 34-inch page
            (72.0, 1240, 758),  // a half page at 200 dpi stated 72 (a screen default): no scanner reads at 72
            (96.0, 1654, 1169),
            (0.0, 2480, 3508),
            (5000.0, 2480, 3508),
            (300.0, 64, 32),  // a 0.2-inch "page" cannot be a document scan at 300 dpi
        ] as [(Double?, Int, Int)])
    func fallsBackToTheDefault(stated: Double?, width: Int, height: Int) {
        #expect(policy.resolve(stated: stated, width: width, height: height) == (300, .pipelineDefault))
    }
}
