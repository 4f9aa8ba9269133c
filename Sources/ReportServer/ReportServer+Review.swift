import DigitiseCore
import Foundation
import HTTPTypes
import Hummingbird
import ReportRendering

/// The review desk's routes: the queue, a document with its page images and the form, the decision. Operators
/// only: an auditor is refused before anything is read, and never sees the form, the images or the text.
extension ReportServer {
    /// The desk and the caller, or the refusal: 404 when this server has no desk, 403 for anyone but an operator.
    func operatorDesk(_ context: ServerContext) throws -> (any ReviewDesk, Access) {
        let access = try context.access.orThrow()
        guard access.role == .operator else {
            throw HTTPError(.forbidden, message: "the review desk is for operators only")
        }
        guard let desk else { throw HTTPError(.notFound, message: "this server has no review desk") }
        return (desk, access)
    }

    func reviewQueue(_ request: Request, _ context: ServerContext) throws -> Response {
        let (desk, access) = try operatorDesk(context)
        let flash = request.uri.queryParameters.get("decided").map { "Recorded: \($0)." }
        return HTMLResponse.page(Pages.reviewQueue(try desk.reviewQueue(), flash: flash, access: access))
    }

    /// The document a desk route names: a current document of a known file, whoever's class it holds now.
    func deskDocument(_ context: ServerContext) throws -> (FileID, DocumentRecord) {
        let record = try fileRecord(context)
        guard let name = context.parameters.get("document").flatMap({ $0.removingPercentEncoding }),
            let document = record.documents.first(where: { $0.name == name })
        else { throw HTTPError(.notFound, message: "no such document in \(record.file)") }
        return (FileID(validating: record.file)!, document)
    }

    func reviewDocument(_ request: Request, _ context: ServerContext) throws -> Response {
        let (desk, access) = try operatorDesk(context)
        let (file, document) = try deskDocument(context)
        let item = try desk.reviewQueue().first { $0.fileID == file && $0.document == document.name }
        return HTMLResponse.page(
            Pages.reviewDocument(file: file, document: document, item: item, csrf: csrf.token(for: access), access: access))
    }

    /// A page's normalised image, scaled down (PNG). Served only from the store, by the catalog's record of the page.
    func pagePreview(_ request: Request, _ context: ServerContext) throws -> Response {
        _ = try operatorDesk(context)
        let (file, document) = try deskDocument(context)
        guard let previews else { throw HTTPError(.notFound, message: "this server shows no page images") }
        guard let number = context.parameters.get("number").flatMap(Int.init),
            let contents = try catalog.contents(of: file)?.documents.first(where: { $0.name == document.name }),
            let image = contents.pages.first(where: { $0.number == number })?.outputs["image"]
        else { throw HTTPError(.notFound, message: "no page image (the page may not have been normalised)") }
        let png = try previews.preview(of: image.hash, width: Pages.previewWidth)
        return Response(status: .ok, headers: [.contentType: "image/png"], body: .init(byteBuffer: ByteBuffer(bytes: png)))
    }

    /// Reads the posted form (at most 64 KiB) on the event loop, before the decision goes to the read pool.
    func decisionForm(_ request: Request, _ context: ServerContext) async throws -> DecisionForm {
        _ = try operatorDesk(context)
        var request = request
        let body = try await request.collectBody(upTo: 64 << 10)
        do {
            return try URLEncodedFormDecoder().decode(DecisionForm.self, from: String(buffer: body))
        } catch {
            throw HTTPError(.badRequest, message: "the form could not be read: \(error)")
        }
    }

    /// Records an operator's decision, under their own name, and returns to the queue.
    func decide(_ request: Request, _ context: ServerContext, form: DecisionForm) throws -> Response {
        let (desk, access) = try operatorDesk(context)
        try csrf.check(request, token: form.csrf, access: access)
        let (file, document) = try deskDocument(context)
        let (documentClass, kind) = try form.choice()
        let decision: ReviewDecision
        do {
            decision = try desk.decide(
                file: file, document: document.name, documentClass: documentClass, kind: kind, person: access.name,
                note: try form.trimmedNote())
        } catch let error as ReviewDeskError {
            switch error {
            case .noSuchDocument, .noSuchPage: throw HTTPError(.notFound, message: error.description)
            case .pageNotMarkable: throw HTTPError(.badRequest, message: error.description)
            case .archiveBusy: throw HTTPError(.conflict, message: error.description)
            }
        }
        log("decision: \(file) \(document.name) \(decision.eventDetail) (user=\(access.name))")
        let flash = "\(file) \(document.name) is \(decision.documentClass.rawValue), decided by \(access.name)"
        let query = flash.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return Response(status: .seeOther, headers: [.location: "/review?decided=\(query)", .contentLength: "0"])
    }
}
