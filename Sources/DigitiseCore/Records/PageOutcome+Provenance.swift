import Foundation

extension PageOutcome {
    /// The provenance a page outcome leaves, in the words every catalog records: its normalisation and its
    /// transcription, or the failure.
    public var provenance: [(kind: ArchiveEvent.Kind, outcome: ArchiveEvent.Outcome, detail: String)] {
        var events: [(kind: ArchiveEvent.Kind, outcome: ArchiveEvent.Outcome, detail: String)] = []
        let reused = isMemoised ? " (reused: identical derivation)" : ""
        func normalisation(_ record: DerivationRecord) {
            guard let r = record.result(as: NormalisationReport.self) else { return }
            var facts = ["\(r.dpi) dpi" + (r.dpi != r.sourceDPI ? " from \(r.sourceDPI)" : "")]
            if r.rotation != 0 { facts.append("turned \(r.rotation)° clockwise") }
            if r.skewDegrees != 0 { facts.append(String(format: "deskewed %.2f°", r.skewDegrees)) }
            if r.isBlank { facts.append("blank") }
            events.append((.normalization, .success, facts.joined(separator: ", ") + reused))
        }
        switch result {
        case .read(let normalised, let ocr, _):
            normalisation(normalised)
            let summary = ocr.result(as: OCRSummary.self)
            let ladder = summary?.chosen.map { ", after \(summary?.ladder?.count ?? 1) readings, kept: \($0)" } ?? ""
            events.append((.transcription, .success, "mean confidence \(summary?.meanConfidence ?? 0)\(ladder)\(reused)"))
        case .unreadable(let normalised, let ocr, _):
            normalisation(normalised)
            let tried = ocr.result(as: OCRSummary.self)?.ladder?.map(\.step).joined(separator: ", ") ?? "first"
            events.append((.transcription, .failure, "\(Result.noText.code): no text in \(tried)\(reused)"))
        case .blank(let normalised):
            normalisation(normalised)
        case .failed(let failure, let normalised):
            if let normalised { normalisation(normalised) }
            events.append((failure.stage == .ocr ? .transcription : .normalization, .failure, "\(failure.code): \(failure.message)"))
        }
        return events
    }
}
