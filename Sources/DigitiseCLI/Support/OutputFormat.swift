import ArgumentParser

/// How results are printed: for people, or as the stable JSON contract.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
