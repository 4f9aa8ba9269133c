import ArgumentParser
import Foundation
import ReportRendering
import ReportServer

/// `digitise token add NAME --role ROLE --auth FILE`: admits someone to `digitise serve`.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Make an access token for digitise serve and add its hash to the auth file.",
        discussion: """
            Prints the new token once; the auth file keeps only its SHA-256 (one line: NAME ROLE sha256:HEX), so the \
            file gives no way in. Roles: auditor (counts, metadata, the text of personal-file documents) and \
            operator (everything, asylum documents included). To revoke a token, delete its line.

            Example:  digitise token add a.ozola --role auditor --auth /etc/digitise/tokens
            """)

    @Argument(help: "add") var action: Action
    @Argument(help: ArgumentHelp("Who the token is for (no spaces).", valueName: "NAME")) var name: String
    @Option(help: "auditor or operator.") var role: AccessRole
    @Option(help: ArgumentHelp("The auth file (created if missing, mode 600).", valueName: "FILE")) var auth: String

    enum Action: String, ExpressibleByArgument, CaseIterable { case add }

    func validate() throws {
        guard !name.isEmpty, !name.contains(where: { $0.isWhitespace || $0 == "#" }) else {
            throw ValidationError("NAME must be one word without '#'")
        }
    }

    func run() throws {
        let made = AuthFile.makeToken(name: name, role: role)
        let existing: String
        if FileManager.default.fileExists(atPath: auth) {
            // Never write over a file this command cannot read or understand: its tokens would be lost.
            do {
                existing = try String(contentsOfFile: auth, encoding: .utf8)
                _ = try AuthFile.parse(existing)
            } catch let error as AuthFile.AuthError {
                throw CommandFailure(status: .usage, message: "\(error); mend the file before adding to it").exit()
            } catch {
                throw CommandFailure(
                    status: .noInput, message: "cannot read the auth file \(auth) (\(error.localizedDescription)); it is left as it is"
                ).exit()
            }
        } else {
            existing = "# digitise serve tokens: NAME ROLE sha256:HEX\n"
        }
        do {
            try (existing + (existing.hasSuffix("\n") ? "" : "\n") + made.line + "\n").write(
                toFile: auth, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: auth)
        } catch {
            throw CommandFailure(status: .cannotWrite, message: "cannot write the auth file \(auth): \(error)").exit()
        }
        Console.out(made.token)
        Console.err("token for \(name) (\(role.rawValue)) added to \(auth); it is shown only now\n")
    }
}

extension AccessRole: ExpressibleByArgument {}
