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
            "p.yaml",
            Array(
                ("name: x\nversion: 1\ningest: {max_megapixels: 1, min_page_pixels: 1, max_pages_per_file: 1, max_file_bytes: 1}\n"
                    + "normalise: {default_dpi: many}\n").utf8))
        do {
            _ = try PipelineLoader.load(path)
            Issue.record("accepted a broken pipeline")
        } catch let failure as CommandFailure {
            #expect(failure.status == .usage)
            #expect(failure.message.contains("normalise.default_dpi"))
        }
    }
}

@Suite struct PipelineFilesTests {
    @Test(arguments: ["nightly", "fast", "archival"])
    func everyShippedPipelineLoadsAndIsValid(name: String) throws {
        let pipeline = try PipelineLoader.load(Repository.root + "/pipelines/\(name).yaml")
        #expect(pipeline.name == name)
        #expect(pipeline.problems.isEmpty)
    }

    @Test func theFastAndArchivalPipelinesDifferFromNightlyWhereTheySayTheyDo() throws {
        let fast = try PipelineLoader.load(Repository.root + "/pipelines/fast.yaml")
        let archival = try PipelineLoader.load(Repository.root + "/pipelines/archival.yaml")
        #expect(!fast.normalise.orientation && !fast.normalise.deskew)
        #expect(archival.ocr.deadlineSeconds > PipelineDefinition.nightly.ocr.deadlineSeconds)
        #expect(archival.batch.failureGuardShare < PipelineDefinition.nightly.batch.failureGuardShare)
    }

    func problems(in yaml: String) throws -> [PipelineLoader.LocatedProblem] {
        do {
            _ = try PipelineLoader.parse(yaml)
            Issue.record("accepted: \(yaml)")
            return []
        } catch let error as PipelineLoader.PipelineError {
            return error.problems
        }
    }

    var nightly: String { get throws { try String(contentsOfFile: Repository.root + "/pipelines/nightly.yaml", encoding: .utf8) } }

    func lineNumber(of text: String, in yaml: String) -> Int? {
        yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    @Test func anUnknownKeyIsNamedWithItsLineAndTheNearestKnownKey() throws {
        let yaml = try nightly.replacingOccurrences(of: "  deskew: true", with: "  deskw: true")
        let found = try problems(in: yaml)
        #expect(found.count == 1)
        #expect(found.first?.key == "normalise.deskw")
        #expect(found.first?.line == lineNumber(of: "deskw:", in: yaml))
        #expect(found.first?.message.contains("did you mean 'deskew'") == true)
    }

    @Test func aValueOutOfRangeIsNamedWithItsLine() throws {
        let yaml = try nightly.replacingOccurrences(of: "failure_guard_share: 0.5", with: "failure_guard_share: 1.5")
        let found = try problems(in: yaml)
        #expect(found.map(\.key) == ["batch.failure_guard_share"])
        #expect(found.first?.line == lineNumber(of: "failure_guard_share:", in: yaml))
    }

    @Test func aWrongTypeAndAMissingKeyAreNamed() throws {
        let wrongType = try nightly.replacingOccurrences(of: "target_dpi: 300", with: "target_dpi: high")
        let typed = try problems(in: wrongType)
        #expect(typed.map(\.key) == ["normalise.target_dpi"])
        #expect(typed.first?.line == lineNumber(of: "target_dpi: high", in: wrongType))
        #expect(typed.first?.message.contains("whole number") == true)

        let missing = try nightly.replacingOccurrences(of: "  deadline_seconds: 120\n", with: "")
        #expect(try problems(in: missing).map(\.key) == ["ocr.deadline_seconds"])
    }

    @Test func aReviewConceptTheLexiconDoesNotKnowIsNamed() throws {
        let yaml = try nightly.replacingOccurrences(of: "[alternative-status, dublin,", with: "[alternative-statuss, dublin,")
        let found = try problems(in: yaml)
        #expect(found.map(\.key) == ["classify.personal_file_review_concepts"])
        #expect(found.first?.message.contains("'alternative-statuss' is not a concept") == true)
    }

    @Test func aScriptMayOnlyNarrowTheLanguagesNeverAddOne() throws {
        let yaml = try nightly.replacingOccurrences(of: "languages_by_script: {}", with: "languages_by_script: {Cyrillic: ukr+eng}")
        let found = try problems(in: yaml)
        #expect(found.map(\.key) == ["ocr.languages_by_script"])
        #expect(found.first?.message.contains("never adds to it") == true)
    }
}
