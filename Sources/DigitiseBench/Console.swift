import Foundation

/// Progress lines for whoever runs the bench, on standard error so that tables on standard output stay clean.
enum Console {
    static func log(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
}
