/// The result a transcription's derivation records: who typed the page's text, and how much of it.
public struct Transcription: Sendable, Codable, Equatable {
    public let person: String
    public let characters: Int

    public init(person: String, characters: Int) {
        self.person = person
        self.characters = characters
    }
}
