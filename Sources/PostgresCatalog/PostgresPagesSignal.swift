import DigitiseCore
import Foundation
import PostgresNIO
import Synchronization

/// `LISTEN` for new pages on a connection of its own: every transaction that adds a document version notifies the
/// channel when it commits (`insertCurrentVersion`).
public final class PostgresPagesSignal: NewPagesSignal {
    static let channel = "digitise_pages"
    private let session: PostgresSession
    private let notified = Mutex(0)
    private let seen = Mutex(0)

    public init(_ location: PostgresLocation) throws {
        session = try PostgresSession(location)
        try session.withConnection { connection in
            connection.postgres.addListener(channel: Self.channel) { [weak self] _, _ in self?.notified.withLock { $0 += 1 } }
            try connection.run("LISTEN \(Self.channel)")
        }
    }

    public func waitForNewPages(upTo timeout: Duration) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            let count = notified.withLock { $0 }
            if seen.withLock({ seen in
                defer { seen = count }; return count != seen
            }) {
                return true
            }
            usleep(100_000)
        }
        return false
    }
}
