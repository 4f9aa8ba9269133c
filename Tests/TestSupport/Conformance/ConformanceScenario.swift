import Testing

/// One scenario of a conformance suite: a name people read in a failure, and its body, run on a fresh catalog.
struct ConformanceScenario {
    let name: String
    let body: () throws -> Void

    init(_ name: String, _ body: @escaping () throws -> Void) {
        self.name = name
        self.body = body
    }

    /// Runs every scenario, even after one fails: a scenario that throws is recorded as an issue under its name,
    /// and the next one runs.
    static func runEach(_ scenarios: [ConformanceScenario]) {
        for scenario in scenarios {
            do {
                try scenario.body()
            } catch is ExpectationFailedError {
                // `#require` has recorded the issue already.
            } catch {
                Issue.record(error, "scenario: \(scenario.name)")
            }
        }
    }
}
