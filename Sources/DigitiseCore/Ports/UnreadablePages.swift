/// Where people deal with the pages the pipeline found no text on (`unreadable`, or failed): ask for a new scan, or
/// type the text in from the page's image.
///
/// Implementations must refuse a page that has text already or was never read (`ReviewDeskError.pageNotMarkable`),
/// and a page that is not in a current document (`noSuchPage`); must leave an event naming the person for each mark;
/// and for a transcription, in one transaction: record the text as a derivation of its own (key
/// `DerivationKey.transcription`, output role `text`), make the page `done` with that text, index it for search,
/// and forget the document's class (its text changed: it is classified again, `DisclosurePolicy`).
public protocol UnreadablePages: Sendable {
    /// Marks the page as waiting for a new scan.
    func requestRescan(file: FileID, document: String, page: Int, person: String, note: String?) throws

    /// Gives the page the text a person typed; `object` is that text, already in the object store.
    func transcribe(file: FileID, document: String, page: Int, text: String, object: StoredObject, person: String) throws
}
