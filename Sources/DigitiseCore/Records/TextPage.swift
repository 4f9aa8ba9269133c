/// A page as the document-level stages see it: its number, its state, and its text object when it was read.
public struct TextPage: Sendable, Equatable {
    public let number: Int
    public let status: PageStatus
    /// The page's text object; nil unless the page is done (a failed redo keeps an old key but has no text now).
    public let text: ObjectHash?

    public init(number: Int, status: PageStatus, text: ObjectHash?) {
        self.number = number
        self.status = status
        self.text = text
    }
}
