import ArgumentParser

/// `digitise review list|decide`: people decide what the classifier could not.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List the documents waiting for a person's decision, and record decisions.",
        discussion: """
            The classifier sends a document to review when it is not confident, when its text is thin or incomplete, \
            or when it names a procedure that must never be mistaken. A person's decision outranks the model: it is \
            kept across runs and reprocessing while the document's text is unchanged. When the text changes (a \
            rescan, a better reading), the decision stays in history and the document returns to review if the model \
            now disagrees with it.

            Examples:
              digitise review list
              digitise review decide PF-2019-004512 letter --class personal-file --operator "A. Ozola" --note "employer's letter"
            """,
        subcommands: [ReviewListCommand.self, ReviewDecideCommand.self])
}
