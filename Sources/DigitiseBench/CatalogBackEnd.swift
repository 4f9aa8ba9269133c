import ArgumentParser

/// A catalog `digitise-bench scale` can fill and search at scale.
enum CatalogBackEnd: String, CaseIterable, Comparable {
    case sqlite, postgresql

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `sqlite,postgresql` and the like; a name that is not a back end is refused, not silently skipped.
    static func list(_ text: String) throws -> Set<CatalogBackEnd> {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let backEnds = try names.map { name in
            guard let backEnd = CatalogBackEnd(rawValue: name) else {
                throw ValidationError("--back-ends: '\(name)' is not a back end; use sqlite, postgresql or both, comma-separated")
            }
            return backEnd
        }
        guard !backEnds.isEmpty else { throw ValidationError("--back-ends: name sqlite, postgresql or both") }
        return Set(backEnds)
    }
}
