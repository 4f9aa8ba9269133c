import ArgumentParser

/// `digitise review list|decide|rescan|transcribe`: people decide what the classifier could not, and deal with the
/// pages the pipeline found no text on.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List the documents waiting for a person's decision, record decisions, and deal with pages without text.",
        discussion: """
            The classifier sends a document to review when it is not confident, when its text is thin or incomplete, \
            or when it names a procedure that must never be mistaken. A person's decision outranks the model: it is \
            kept across runs and reprocessing while the document's text is unchanged. When the text changes (a \
            rescan, a better reading), the decision stays in history and the document returns to review if the model \
            now disagrees with it.

            A page with ink but no text found (unreadable) keeps its document in review. Mark it for a new scan \
            (rescan), or type its text in from the page image (transcribe): the typed text is stored as the page's \
            text, with you as its author, and is found by search like any other.

            Examples:
              digitise review list
              digitise review decide PF-2019-004512 letter --class personal-file --operator "A. Ozola" --note "employer's letter"
              digitise review rescan PF-2019-004512 letter 2 --operator "A. Ozola" --note "torn corner"
              digitise review transcribe PF-2019-004512 letter 2 --text-file page2.txt --operator "A. Ozola"
            """,
        subcommands: [ReviewListCommand.self, ReviewDecideCommand.self, ReviewRescanCommand.self, ReviewTranscribeCommand.self])
}
