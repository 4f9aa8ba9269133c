import Hummingbird
import ReportRendering

/// A request's context: who is asking, once the auth middleware has found out.
public struct ServerContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var access: Access?

    public init(source: Source) {
        coreContext = .init(source: source)
        access = nil
    }
}
