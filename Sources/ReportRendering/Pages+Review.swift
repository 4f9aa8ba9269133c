import DigitiseCore
import Foundation

/// The review desk's pages: for operators only (the server refuses everyone else before rendering them).
extension Pages {
    /// How wide a page preview is drawn and fetched, in pixels.
    public static let previewWidth = 700

    /// The queue, oldest first, each document linked to its desk.
    public static func reviewQueue(_ items: [ReviewItem], flash: String?, access: Access) -> String {
        let rows: [[String: Any]] = items.map { item in
            [
                "file": item.fileID.rawValue, "document": item.document, "since": String(item.since.prefix(10)),
                "link": reviewPath(item.fileID, item.document), "reason": item.reason,
                "model": item.modelClass.map { $0.rawValue + (item.modelProbability.map { String(format: " %.2f", $0) } ?? "") } ?? "none",
            ]
        }
        return page(
            title: "Review — digitise", body: render("review", present(["items": rows, "none": items.isEmpty, "flash": flash])),
            access: access)
    }

    /// One document at the desk: its class now, why it waits, the model's explanation, the form, and each page's
    /// image beside its text.
    public static func reviewDocument(
        file: FileID, document: DocumentRecord, item: ReviewItem?, csrf: String, access: Access
    ) -> String {
        let explanation = item?.explanation
        let contributions = ((explanation?.features ?? []) + (explanation?.rules ?? [])).map {
            ["name": $0.name, "weight": String(format: "%+.3f", $0.weight)]
        }
        let path = reviewPath(file, document.name)
        let values: [String: Any?] = [
            "file": file.rawValue, "document": document.name, "version": document.version,
            "current": (document.class ?? "no class") + (document.probability.map { String(format: " (%.2f)", $0) } ?? ""),
            "decidedBy": document.decidedBy, "review": document.review, "reason": item?.reason,
            "explanation": explanation.map { ["model": $0.model, "contributions": contributions] as [String: Any] },
            "action": path, "csrf": csrf, "kinds": DocumentKind.allCases.map(\.rawValue),
            "pages": document.pages.map { page in
                [
                    "number": page.number, "status": page.status.rawValue, "text": page.text ?? "",
                    "image": "\(path)/pages/\(page.number)", "width": previewWidth,
                ] as [String: Any]
            },
        ]
        return page(title: "Review \(file) \(document.name) — digitise", body: render("reviewDocument", present(values)), access: access)
    }

    /// A document's address at the desk (names are percent-encoded: they come from scanned folder names).
    public static func reviewPath(_ file: FileID, _ document: String) -> String {
        "/review/\(file.rawValue)/"
            + (document.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? document)
    }
}
