import ReportRendering

/// Who a token belongs to. Implementations must compare tokens in constant time and admit nobody when in doubt.
public protocol TokenAuthority: Sendable {
    func access(forToken token: String) -> Access?
}

extension AuthFile: TokenAuthority {}
