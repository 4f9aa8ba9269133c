import ArgumentParser
import DigitiseCore

/// `FILE-ID DOCUMENT PAGE`: one page of a current document, as `review rescan` and `review transcribe` name it.
struct PageAddress: ParsableArguments {
    @Argument(help: ArgumentHelp("The personal file's ID, e.g. PF-2019-004512.", valueName: "FILE-ID"))
    var fileID: String

    @Argument(help: ArgumentHelp("The document's name, as digitise show lists it.", valueName: "DOCUMENT"))
    var document: String

    @Argument(help: ArgumentHelp("The page's number (from 1).", valueName: "PAGE"))
    var page: Int

    func validate() throws {
        guard FileID(validating: fileID) != nil else {
            throw ValidationError("'\(fileID)' is not a file ID (letters, digits, '.', '_' and '-', e.g. PF-2019-004512)")
        }
        guard page >= 1 else { throw ValidationError("pages are numbered from 1") }
    }

    var file: FileID { FileID(validating: fileID)! }
}
