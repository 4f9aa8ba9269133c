import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import ReportRendering

/// Protects the review desk's forms against cross-site request forgery.
///
/// The token cookie alone would let any page the operator visits post a decision in their name. So every form
/// carries a token only this server can make (an HMAC of the user's name under a key drawn at start, so it needs no
/// storage and dies with the server), and a post is refused unless it carries the token of the user posting; a post
/// whose `Origin` or `Sec-Fetch-Site` says it came from another site is refused before that. The cookie's
/// `SameSite=Strict` is a third line.
struct CSRFGuard: Sendable {
    private let key = SymmetricKey(size: .bits256)

    /// The form token of a user.
    func token(for access: Access) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(Self.message(access).utf8), using: key)).base64EncodedString()
    }

    /// Throws 403 unless the request comes from this site and `token` is the poster's own.
    func check(_ request: Request, token: String?, access: Access) throws {
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], site != "same-origin", site != "none" {
            throw HTTPError(.forbidden, message: "a form posted from another site (\(site)) is refused")
        }
        if let origin = request.headers[HTTPField.Name("Origin")!] {
            let host = request.head.authority ?? ""
            guard origin == "http://\(host)" || origin == "https://\(host)" else {
                throw HTTPError(.forbidden, message: "a form posted from another origin (\(origin)) is refused")
            }
        }
        guard let token, let code = Data(base64Encoded: token),
            HMAC<SHA256>.isValidAuthenticationCode(code, authenticating: Data(Self.message(access).utf8), using: key)
        else {
            throw HTTPError(
                .forbidden,
                message: "the form's security token is missing or stale (the server restarted?): reload the page and decide again")
        }
    }

    private static func message(_ access: Access) -> String { "review-form|\(access.role.rawValue)|\(access.name)" }
}
