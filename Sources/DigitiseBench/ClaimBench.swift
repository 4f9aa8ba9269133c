import DigitiseCore
import Foundation
import PostgresCatalog
import ScratchPostgres

/// The claim-overhead half of `digitise-bench scale`: for each number of workers, a fresh catalog of
/// workers × pages-per-worker pending pages and that many `claim-worker` processes over it.
struct ClaimBench {
    let server: PostgresServer
    let pagesPerWorker: Int
    let engineSeconds: Double

    struct Row {
        let workers: Int
        let pages: Int
        let seconds: Double
        let ideal: Double
        let claims: Int
        let takeovers: Int
        let refused: Int
        var pagesPerSecond: Double { Double(pages) / seconds }
        var idealPagesPerSecond: Double { Double(pages) / ideal }
        var cost: Double { 1 - ideal / seconds }
    }

    struct Result {
        let rows: [Row]

        var markdown: String {
            ([
                "| workers | pages | seconds | ideal s | pages/s | ideal pages/s | queue's cost | claims/s | takeovers | results refused |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
            ]
                + rows.map { r in
                    "| \(r.workers) | \(r.pages) | \(String(format: "%.2f", r.seconds)) | \(String(format: "%.2f", r.ideal)) | "
                        + "\(String(format: "%.2f", r.pagesPerSecond)) | \(String(format: "%.2f", r.idealPagesPerSecond)) | "
                        + "\(String(format: "%.2f%%", r.cost * 100)) | \(String(format: "%.1f", Double(r.claims) / r.seconds)) | "
                        + "\(r.takeovers) | \(r.refused) |"
                }).joined(separator: "\n")
        }

        var tsv: String {
            (["workers\tpages\tseconds\tideal_seconds\tqueue_cost\tclaims\ttakeovers\trefused"]
                + rows.map {
                    "\($0.workers)\t\($0.pages)\t\($0.seconds)\t\($0.ideal)\t\($0.cost)\t\($0.claims)\t\($0.takeovers)\t\($0.refused)"
                })
                .joined(separator: "\n")
        }
    }

    func run(_ counts: [Int]) throws -> Result {
        var rows: [Row] = []
        for workers in counts {
            let address = try server.createDatabase()
            guard let location = PostgresLocation(address) else { throw BenchError("bad address \(address)") }
            try PostgresCatalog.migrate(location)
            let catalog = try PostgresCatalog(location, agent: "digitise-bench")
            let pages = workers * pagesPerWorker
            let batch = try catalog.beginBatch(
                BatchStart(inbox: "claims", pipelineName: "bench", pipelineVersion: 1, workers: workers, program: "digitise-bench"))
            for document in 0..<(pages / 10) { try SyntheticCatalog.register(document: document + 1, pages: 10, in: catalog, batch: batch) }
            if pages % 10 > 0 { try SyntheticCatalog.register(document: pages / 10 + 1, pages: pages % 10, in: catalog, batch: batch) }
            Console.log("  \(workers) worker(s), \(pages) pages")
            let reports = try spawn(workers, address: address)
            // From the common start (a worker late to it, still starting, is late for the queue's account) to the last record.
            guard reports.count == workers, let began = reports.map(\.began).min(), let ended = reports.map(\.ended).max() else {
                throw BenchError("\(reports.count) of \(workers) workers reported")
            }
            let read = reports.map(\.pages).reduce(0, +)
            guard read == pages else { throw BenchError("the workers read \(read) pages of \(pages)") }
            rows.append(
                Row(
                    workers: workers, pages: pages, seconds: ended - began, ideal: Double(pages) * engineSeconds / Double(workers),
                    claims: reports.map(\.claims).reduce(0, +), takeovers: reports.map(\.takeovers).reduce(0, +),
                    refused: reports.map(\.refused).reduce(0, +)))
        }
        return Result(rows: rows)
    }

    /// Starts the workers at once, waits for them all, and reads each one's report line.
    private func spawn(_ count: Int, address: String) throws -> [ClaimWorkerReport] {
        let program = ProcessInfo.processInfo.arguments[0]
        // Time enough for every process to start and connect (a few at once on two cores), then all claim together.
        let startAt = Date().timeIntervalSince1970 + 2 + Double(count) * 0.1
        let processes = try (0..<count).map { _ -> (Process, Pipe) in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = ["claim-worker", "--catalog", address, "--seconds", String(engineSeconds), "--start-at", String(startAt)]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            return (process, pipe)
        }
        return try processes.map { process, pipe in
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw BenchError("a claim worker ended with \(process.terminationStatus)") }
            return try JSONDecoder().decode(ClaimWorkerReport.self, from: data)
        }
    }
}
