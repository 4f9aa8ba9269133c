/// A caller the auth file knows.
public struct Access: Sendable, Equatable {
    public let name: String
    public let role: AccessRole
}
