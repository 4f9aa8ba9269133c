import Foundation
import TestSupport
import Testing

/// `digitise review`: a queued document decided by a person, through the real binary on the project's samples.
@Suite(.serialized) struct ReviewCommandTests {
    func digitise(_ arguments: String...) throws -> CommandResult {
        try Command.run(Repository.binary, arguments)
    }

    func documents(_ archive: TemporaryFolder) throws -> [[String: Any]] {
        let show = try digitise("show", "PF-2019-004512", "--archive", archive.path, "--format", "json")
        let record = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
        return try #require(record?["documents"] as? [[String: Any]])
    }

    @Test func aDecisionLeavesTheQueueWithItsEventAndSurvivesARunAndAReprocess() throws {
        let archive = try TemporaryFolder("archive")
        _ = try digitise("run", Repository.samplesInbox, "--archive", archive.path, "--quiet")
        let listed = try digitise("review", "list", "--archive", archive.path, "--format", "json")
        #expect(listed.status == 0, "\(listed.stderr)")
        let queue = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let item = try #require(queue.first { $0["file"] as? String == "PF-2019-004512" }, "a sample document waits for review")
        let name = try #require(item["document"] as? String)
        // The person decides against the model's guess where there is one: the decision, not the model, must show.
        let decided = item["model_class"] as? String == "asylum" ? "personal-file" : "asylum"

        let decide = try digitise(
            "review", "decide", "PF-2019-004512", name, "--class", decided, "--operator", "A. Ozola", "--note", "checked",
            "--archive", archive.path)
        #expect(decide.status == 0, "\(decide.stderr)")
        let after = try digitise("review", "list", "--archive", archive.path, "--format", "json")
        let rest = try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(!rest.contains { $0["document"] as? String == name && $0["file"] as? String == "PF-2019-004512" })
        let events = try digitise("events", "PF-2019-004512", "--archive", archive.path)
        #expect(events.stdout.contains("decided by A. Ozola") && events.stdout.contains("note: checked"))

        func check(_ when: String) throws {
            let document = try #require(try documents(archive).first { $0["name"] as? String == name })
            #expect(document["class"] as? String == decided, "\(when)")
            #expect(document["review"] as? Bool == false, "\(when)")
            #expect((document["decided_by"] as? String)?.hasPrefix("A. Ozola on ") == true, "\(when)")
        }
        try check("after the decision")
        _ = try digitise("run", Repository.samplesInbox, "--archive", archive.path, "--quiet")
        try check("after a second run")
        let reprocess = try digitise("reprocess", "PF-2019-004512", "--from", "classify", "--archive", archive.path)
        #expect(reprocess.status == 0, "\(reprocess.stderr)")
        try check("after reprocessing from classify")
        // The decision rolls up to the file.
        let show = try digitise("show", "PF-2019-004512", "--archive", archive.path, "--format", "json")
        let record = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
        #expect((record?["holds_asylum"] as? Bool) == (decided == "asylum"))
    }

    @Test func anUnknownDocumentIsRefusedWith66() throws {
        let archive = try TemporaryFolder("archive")
        _ = try digitise("run", Repository.samplesInbox, "--archive", archive.path, "--quiet")
        let decide = try digitise("review", "decide", "PF-2019-004512", "no-such-document", "--class", "asylum", "--archive", archive.path)
        #expect(decide.status == 66)
        #expect(decide.stderr.contains("no current document no-such-document"))
    }
}
