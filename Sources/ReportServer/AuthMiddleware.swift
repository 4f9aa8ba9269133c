import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import ReportRendering

/// Admits a request only with a known token (401 otherwise), logs every request with its role and outcome, and
/// gives every response `Cache-Control: no-store` (an archive's pages must not stay in a shared or browser cache).
///
/// The token comes as `Authorization: Bearer TOKEN`, or (for a browser) as `?token=TOKEN` once: that request is
/// answered with a redirect to the same address without the token, and a cookie carries it from then on (HttpOnly,
/// SameSite=Strict, `Max-Age`; `Secure` behind TLS), so the token leaves the address bar, the history and the logs.
/// `/health` is open. An error the routes throw becomes its page here; a 5xx is logged with its request and cause.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let auth: any TokenAuthority
    let secureCookies: Bool
    let log: @Sendable (String) -> Void
    /// How long a browser keeps the token's cookie: a working day.
    static let cookieSeconds = 8 * 3600

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await respond(request, context: context, next: next)
        response.headers[.cacheControl] = "no-store"
        return response
    }

    private func respond(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        let path = request.uri.path
        if path == "/health" { return try await next(request, context) }
        let fromQuery = request.uri.queryParameters.get("token")
        let token = fromQuery ?? bearer(request) ?? cookie(request)
        guard let token, let access = auth.access(forToken: token) else {
            log("\(request.method) \(path) role=none status=401")
            return HTMLResponse.error(
                .unauthorized, "A valid token is needed: Authorization: Bearer TOKEN, or ?token=TOKEN once in a browser.")
        }
        let who = "role=\(access.role.rawValue) user=\(access.name)"
        if fromQuery != nil {
            log("\(request.method) \(path) \(who) status=303 (token exchanged for a cookie)")
            var cookie = "digitise_token=\(token); Path=/; Max-Age=\(Self.cookieSeconds); HttpOnly; SameSite=Strict"
            if secureCookies { cookie += "; Secure" }
            return Response(
                status: .seeOther, headers: [.location: Self.withoutToken(request.uri), .setCookie: cookie, .contentLength: "0"])
        }
        context.access = access
        do {
            let response = try await next(request, context)
            log("\(request.method) \(path) \(who) status=\(response.status.code)")
            return response
        } catch let error as HTTPError {
            if error.status.code >= 500 {
                log("\(request.method) \(request.uri) \(who) status=\(error.status.code) cause: \(error.body ?? "none given")")
            } else {
                log("\(request.method) \(path) \(who) status=\(error.status.code)")
            }
            return HTMLResponse.error(error.status, error.body ?? error.status.reasonPhrase)
        } catch {
            log("\(request.method) \(request.uri) \(who) status=500 cause: \(error)")
            return HTMLResponse.error(.internalServerError, "The server could not answer this request; it is logged. Try again later.")
        }
    }

    /// The request's address without its `token` parameter (the others kept in order).
    static func withoutToken(_ uri: HummingbirdCore.URI) -> String {
        let kept = (uri.query ?? "").split(separator: "&").filter { !$0.hasPrefix("token=") && $0 != "token" }
        return uri.path + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }

    private func bearer(_ request: Request) -> String? {
        guard let value = request.headers[.authorization], value.hasPrefix("Bearer ") else { return nil }
        return String(value.dropFirst(7)).trimmingCharacters(in: .whitespaces)
    }

    private func cookie(_ request: Request) -> String? {
        guard let header = request.headers[.cookie] else { return nil }
        for part in header.split(separator: ";") {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0] == "digitise_token" { return String(pair[1]) }
        }
        return nil
    }
}
