import DigitiseCore
import TestSupport
import Testing

@testable import DigitiseCLI

@Suite struct PipelineLoaderTests {
    @Test func theBuiltInDefaultIsPipelinesNightlyYAML() throws {
        #expect(try PipelineLoader.load(Repository.root + "/pipelines/nightly.yaml") == PipelineDefinition.nightly)
    }

    @Test func aBrokenPipelineNamesTheBadKey() throws {
        let folder = try TemporaryFolder("pipeline")
        let path = try folder.file(
            "p.yaml", Array("name: x\nversion: 1\ningest: {max_megapixels: 1}\nnormalise: {default_dpi: many}\n".utf8))
        do {
            _ = try PipelineLoader.load(path)
            Issue.record("accepted a broken pipeline")
        } catch let failure as CommandFailure {
            #expect(failure.status == .usage)
            #expect(failure.message.contains("normalise.default_dpi"))
        }
    }
}
