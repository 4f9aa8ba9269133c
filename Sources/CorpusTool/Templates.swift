/// The project's own fictional document templates (Templates+Asylum.swift, Templates+PersonalFile.swift).
enum Templates {
    static var all: [Template] { asylum + personalFile + moreAsylum + morePersonalFile }
}
