import Foundation
import TestSupport
import Testing
import Yams

/// The deployment examples of the README (`deploy/`): the systemd units pass `systemd-analyze verify`, the
/// Kubernetes Job is what it says, and every command line in them is one this program accepts (each is run against
/// a catalog that is not there, so it gets as far as connecting: exit 66, never 64 for a bad argument).
@Suite struct DeploymentExamplesTests {
    static let unreachable = "postgres://digitise@127.0.0.1:1/archive"

    /// Runs an example's command line (its program replaced by this build) and says how it ended.
    func tryCommand(_ arguments: [String]) throws -> CommandResult {
        try Command.run(Repository.binary, arguments, environment: ["DIGITISE_CATALOG": Self.unreachable])
    }

    @Test func theSystemdUnitsVerify() throws {
        let units = try TemporaryFolder("units")
        let names = ["digitise-nightly.service", "digitise-nightly.timer", "digitise-worker@.service"]
        for name in names {
            let text = try String(contentsOfFile: Repository.root + "/deploy/systemd/" + name, encoding: .utf8)
            _ = try units.file(name, Array(text.replacingOccurrences(of: "/usr/local/bin/digitise", with: Repository.binary).utf8))
        }
        let verified = try Command.run(
            "/usr/bin/systemd-analyze",
            [
                "verify", "--man=no", units.path + "/digitise-nightly.service", units.path + "/digitise-nightly.timer",
                units.path + "/digitise-worker@1.service",
            ])
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stderr.isEmpty, "no warning either: \(verified.stderr)")

        for name in ["digitise-nightly.service", "digitise-worker@.service"] {
            let text = try String(contentsOfFile: units.path + "/" + name, encoding: .utf8)
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("ExecStart=") })
            let arguments = line.dropFirst("ExecStart=".count).split(separator: " ").dropFirst().map(String.init)
            let archive = try TemporaryFolder("archive")
            let ended = try tryCommand(
                arguments.map { $0 == "/srv/archive" ? archive.path : $0 == "/srv/scans/inbox" ? Repository.samplesInbox : $0 })
            #expect(ended.status == 66 && ended.stderr.contains("cannot reach the catalog"), "\(name): \(ended.status) \(ended.stderr)")
        }
    }

    @Test func theKubernetesJobRunsParallelWorkersOnTheSharedCatalog() throws {
        let text = try String(contentsOfFile: Repository.root + "/deploy/kubernetes/digitise-workers.yaml", encoding: .utf8)
        let job = try #require(try Yams.load(yaml: text) as? [String: Any])
        #expect(job["kind"] as? String == "Job" && job["apiVersion"] as? String == "batch/v1")
        let spec = try #require(job["spec"] as? [String: Any])
        let parallelism = try #require(spec["parallelism"] as? Int)
        #expect(parallelism > 1 && spec["completions"] as? Int == parallelism)
        let pod = try #require((spec["template"] as? [String: Any])?["spec"] as? [String: Any])
        #expect(pod["restartPolicy"] as? String == "Never")
        let containers = (pod["initContainers"] as? [[String: Any]] ?? []) + (pod["containers"] as? [[String: Any]] ?? [])
        #expect(containers.count == 2)
        for container in containers {
            let command = try #require(container["command"] as? [String])
            #expect(command.first == "digitise")
            let secret = (container["env"] as? [[String: Any]])?.first { $0["name"] as? String == "DIGITISE_CATALOG" }
            #expect(secret?["valueFrom"] != nil, "the catalog's address comes from the Secret")
            let archive = try TemporaryFolder("archive")
            let ended = try tryCommand(
                command.dropFirst().map { $0 == "/archive" ? archive.path : $0 == "/scans/inbox" ? Repository.samplesInbox : $0 })
            #expect(ended.status == 66 && ended.stderr.contains("cannot reach the catalog"), "\(command): \(ended.status) \(ended.stderr)")
        }
    }
}
