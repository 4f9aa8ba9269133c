import Foundation

extension Classification {
    /// The classification event's detail, in the words every catalog records.
    /// - Parameter reused: the result came from the memo of an identical derivation.
    public func eventDetail(reused: Bool) -> String {
        let decided =
            documentClass.map { "\($0.rawValue) (\(String(format: "%.3f", probability ?? 0)))" + (kind.map { ", \($0.rawValue)" } ?? "") }
            ?? "no class"
        return decided + (decidedBy.map { "; decided by \($0)" } ?? "") + (needsReview ? "; to review: \(reviewReason ?? "")" : "")
            + "; model \(explanation.model)" + (identifiers.isEmpty ? "" : "; \(identifiers.count) identifier(s)")
            + (reused ? " (reused: identical derivation)" : "")
    }
}
