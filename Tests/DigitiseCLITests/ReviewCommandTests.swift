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
        let explanation = try #require(item["explanation"] as? [String: Any], "the queue shows the model's explanation")
        #expect((explanation["model"] as? String)?.hasPrefix("classifier@") == true && !(explanation["features"] as? [Any] ?? []).isEmpty)
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

        // The review report: the decision in its day, counted as overruling the model; the backlog's age.
        let report = try #require(
            try JSONSerialization.jsonObject(
                with: Data(try digitise("report", "review", "--archive", archive.path, "--format", "json").stdout.utf8)) as? [String: Any])
        let figures = try #require(report["figures"] as? [[String: Any]])
        #expect(figures.first { $0["name"] as? String == "decided" }?["value"] as? Int == 1)
        let tables = try #require(report["tables"] as? [[String: Any]])
        let days = try #require(tables.first { $0["name"] as? String == "decisions" }?["rows"] as? [[String: Any]])
        #expect(days.count == 1 && days.first?["decisions"] as? Int == 1 && days.first?["overruled_model"] as? Int == 1)
        #expect(days.first?["people"] as? Int == 1 && days.first?[decided.replacingOccurrences(of: "-", with: "_")] as? Int == 1)
        #expect(tables.contains { $0["name"] as? String == "backlog_age" })

        // The model measured against the person: it still says the opposite, so it agrees on none, and a threshold
        // low enough to decide the document alone would have let one error through.
        let evaluate = try digitise(
            "evaluate", "--decisions", "--archive", archive.path, "--model", Repository.root + "/models/classifier.json", "--format", "json"
        )
        #expect(evaluate.status == 0, "\(evaluate.stderr)")
        let measured = try #require(try JSONSerialization.jsonObject(with: Data(evaluate.stdout.utf8)) as? [String: Any])
        let savings = try #require(measured["queue_savings"] as? [String: Any])
        #expect(savings["decisions"] as? Int == 1 && savings["agreement"] as? Double == 0)
        let lowest = try #require((savings["points"] as? [[String: Any]])?.first)
        #expect(lowest["threshold"] as? Double == 0.5 && lowest["saved"] as? Int == 1 && lowest["wrong"] as? Int == 1)

        // Training with the decisions adds the decided document, labelled by the person.
        let corpus = try TemporaryFolder("corpus")
        for (n, label) in ["asylum", "personal-file", "asylum", "personal-file"].enumerated() {
            let text = label == "asylum" ? "Pieteikums patvēruma saņemšanai, bēglis \(n)" : "Darba līgums, darba devējs, alga \(n)"
            try corpus.file("d\(n).txt", Array("# label: \(label); lang: lv; kind: other; hard: no; template: t\(n)\n\n\(text)\n".utf8))
        }
        let trained = try digitise(
            "train", corpus.path, "--include-decisions", "--archive", archive.path, "--out", corpus.path + "/model.json")
        #expect(trained.status == 0, "\(trained.stderr)")
        let model = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: corpus.path + "/model.json")))
        #expect(
            (model as? [String: Any])?["trained_on"] as? String
                == "4 documents from \(corpus.path) and 1 decided by people in \(archive.path)")

        func check(_ when: String) throws {
            let document = try #require(try documents(archive).first { $0["name"] as? String == name })
            #expect(document["class"] as? String == decided, "\(when)")
            #expect(document["review"] as? Bool == false, "\(when)")
            #expect((document["decided_by"] as? String)?.hasPrefix("A. Ozola on ") == true, "\(when)")
            #expect((document["model"] as? String)?.hasPrefix("classifier@") == true, "which model the person overruled, \(when)")
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
