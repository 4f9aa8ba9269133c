import Foundation
import HTTPTypes
import Hummingbird

/// Admits a request only with a known token (401 otherwise) and logs every request with its role and outcome.
///
/// The token comes as `Authorization: Bearer TOKEN`, or (for a browser) as `?token=TOKEN` once, after which a
/// cookie carries it (HttpOnly, SameSite=Strict). `/health` is open.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let auth: AuthFile
    let log: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let path = request.uri.path
        if path == "/health" { return try await next(request, context) }
        let fromQuery = request.uri.queryParameters.get("token")
        let token = bearer(request) ?? fromQuery ?? cookie(request)
        guard let token, let access = auth.access(forToken: token) else {
            log("\(request.method) \(path) role=none status=401")
            return Pages.error(.unauthorized, "A valid token is needed: Authorization: Bearer TOKEN, or ?token=TOKEN once in a browser.")
        }
        context.access = access
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            log("\(request.method) \(path) role=\(access.role.rawValue) user=\(access.name) status=\(error.status.code)")
            throw error
        }
        log("\(request.method) \(path) role=\(access.role.rawValue) user=\(access.name) status=\(response.status.code)")
        if fromQuery != nil {
            response.headers[.setCookie] = "digitise_token=\(token); Path=/; HttpOnly; SameSite=Strict"
        }
        return response
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
