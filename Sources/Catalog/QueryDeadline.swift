import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// A deadline for the statements of one read on one connection, enforced by SQLite itself: a progress handler,
/// called every few thousand virtual-machine steps, interrupts a statement that runs past it. A search or report a
/// caller made too broad then ends with `ArchiveQueryError.timedOut` instead of holding a connection and a thread.
///
/// One per connection, made when the connection opens and kept for its life; the handler reads it through the
/// context pointer SQLite gives back.
final class QueryDeadline: Sendable {
    private let until = Mutex<ContinuousClock.Instant?>(nil)

    /// Every connection's deadline, by its SQLite handle's address.
    private static let registry = Mutex<[Int: QueryDeadline]>([:])

    /// The deadline installed on a connection, if any.
    static func of(_ db: Database) -> QueryDeadline? {
        guard let handle = db.sqliteConnection else { return nil }
        return registry.withLock { $0[Int(bitPattern: handle)] }
    }

    /// Installs the handler on a connection (retained for the connection's life).
    static func install(on db: Database) {
        guard let handle = db.sqliteConnection else { return }
        let deadline = QueryDeadline()
        registry.withLock { $0[Int(bitPattern: handle)] = deadline }
        let context = Unmanaged.passRetained(deadline).toOpaque()
        sqlite3_progress_handler(
            db.sqliteConnection, 4000,
            { context in
                guard let context else { return 0 }
                let deadline = Unmanaged<QueryDeadline>.fromOpaque(context).takeUnretainedValue()
                return deadline.isPast ? 1 : 0
            }, context)
    }

    var isPast: Bool { until.withLock { $0.map { ContinuousClock.now >= $0 } ?? false } }

    func start(_ limit: Duration) { until.withLock { $0 = ContinuousClock.now + limit } }
    func clear() { until.withLock { $0 = nil } }
}
