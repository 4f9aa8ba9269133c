import Crypto
import Foundation
import ReportRendering

/// The server's tokens, kept hashed: one line per token, `NAME ROLE sha256:HEX`; `#` starts a comment.
///
/// The file never holds a token itself, so reading it gives no way in; `digitise token add` makes a token, prints
/// it once and appends its hash.
public struct AuthFile: Sendable {
    public struct Entry: Sendable, Equatable {
        public let name: String
        public let role: AccessRole
        public let hash: [UInt8]
    }

    public let entries: [Entry]

    public enum AuthError: Error, CustomStringConvertible {
        case unreadable(String)
        case badLine(Int, String)

        public var description: String {
            switch self {
            case .unreadable(let path):
                "cannot read the auth file \(path) (digitise token add NAME --role auditor --auth \(path) makes one)"
            case .badLine(let n, let why): "auth file line \(n): \(why) (expected: NAME auditor|operator sha256:HEX)"
            }
        }
    }

    public init(entries: [Entry]) { self.entries = entries }

    public static func load(_ path: String) throws -> AuthFile {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw AuthError.unreadable(path) }
        return try parse(text)
    }

    public static func parse(_ text: String) throws -> AuthFile {
        var entries: [Entry] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line =
                raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?.trimmingCharacters(in: .whitespaces) ?? ""
            guard !line.isEmpty else { continue }
            let parts = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard parts.count == 3 else { throw AuthError.badLine(n + 1, "three fields needed") }
            guard let role = AccessRole(rawValue: parts[1]) else { throw AuthError.badLine(n + 1, "unknown role '\(parts[1])'") }
            guard parts[2].hasPrefix("sha256:"), let hash = hex(String(parts[2].dropFirst(7))), hash.count == 32 else {
                throw AuthError.badLine(n + 1, "the hash must be sha256: and 64 hex digits")
            }
            entries.append(Entry(name: parts[0], role: role, hash: hash))
        }
        return AuthFile(entries: entries)
    }

    /// The caller a token belongs to, compared in constant time over every entry.
    public func access(forToken token: String) -> Access? {
        let digest = Array(SHA256.hash(data: Array(token.utf8)))
        var found: Entry?
        for entry in entries {
            var difference: UInt8 = 0
            for (a, b) in zip(entry.hash, digest) { difference |= a ^ b }
            if difference == 0 && found == nil { found = entry }
        }
        return found.map { Access(name: $0.name, role: $0.role) }
    }

    /// A new random token and the line that admits it.
    public static func makeToken(name: String, role: AccessRole) -> (token: String, line: String) {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<24).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let token = bytes.map { String(format: "%02x", $0) }.joined()
        let hash = SHA256.hash(data: Array(token.utf8)).map { String(format: "%02x", $0) }.joined()
        return (token, "\(name) \(role.rawValue) sha256:\(hash)")
    }

    static func hex(_ text: String) -> [UInt8]? {
        let chars = Array(text.utf8)
        guard chars.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        for i in stride(from: 0, to: chars.count, by: 2) {
            guard let byte = UInt8(String(decoding: chars[i..<(i + 2)], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}
