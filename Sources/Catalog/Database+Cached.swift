import GRDB

extension Database {
    /// Executes one statement through the connection's statement cache: the catalog runs the same few statements
    /// per page, millions of times, and compiling them each time costs more than running them.
    func run(_ sql: String, _ arguments: StatementArguments = []) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
