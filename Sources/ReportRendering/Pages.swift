import DigitiseCore
import Foundation
import Mustache

/// The HTML pages (the server's and `report --format html`), rendered from Mustache templates (values HTML-escaped by `{{ }}`; the SVG charts,
/// drawn here, go in unescaped with `{{{ }}}`). One stylesheet, inline; no scripts, no external assets.
public enum Pages {
    static let library: MustacheLibrary = {
        var templates: [String: MustacheTemplate] = [:]
        for (name, text) in PageTemplates.all { templates[name] = try! MustacheTemplate(string: text) }
        return MustacheLibrary(templates: templates)
    }()

    static func render(_ name: String, _ values: [String: Any]) -> String {
        library.render(values, withTemplate: name) ?? ""
    }

    /// The values that are there: Mustache takes a nil wrapped in `Any` for a value (a section shown, "nil"
    /// printed), so a missing value must be a missing key.
    static func present(_ values: [String: Any?]) -> [String: Any] {
        values.compactMapValues { $0 }
    }

    /// A whole page around a body.
    public static func page(title: String, body: String, access: Access?) -> String {
        render(
            "layout",
            present([
                "title": title, "body": body,
                "user": access.map { ["name": $0.name, "role": $0.role.rawValue, "isOperator": $0.role == .operator] },
                "version": "digitise",
            ]))
    }

    /// An error page.
    public static func error(code: Int, reason: String, _ message: String) -> String {
        page(title: "\(code) \(reason)", body: render("error", ["status": "\(code)", "message": message]), access: nil)
    }

    // MARK: Reports

    /// A report's figures, charts and tables, as a page body.
    public static func reportBody(_ report: Report, links: Bool = true) -> String {
        render(
            "report",
            [
                "kind": report.kind.rawValue, "title": report.title, "generated": report.generatedAt, "links": links,
                "filter": filterDescription(report.filter),
                "figures": report.figures.map {
                    ["id": "fig-\(report.kind.rawValue)-\($0.name)", "label": $0.label, "value": $0.value.description]
                },
                "charts": charts(for: report),
                "tables": report.tables.map { table in
                    [
                        "name": table.name, "title": table.title, "empty": table.rows.isEmpty, "columns": table.columns,
                        "rows": table.rows.prefix(500).map { row in ["cells": row.map(\.description)] },
                        "more": table.rows.count > 500 ? "\(table.rows.count - 500) more rows in the CSV and JSON" : "",
                    ] as [String: Any]
                },
            ])
    }

    /// A standalone HTML document of one report (`digitise report KIND --format html`).
    public static func standalone(_ report: Report) -> String {
        page(title: "\(report.title) — digitise", body: reportBody(report, links: false), access: nil)
    }

    static func filterDescription(_ f: ReportFilter) -> String {
        var parts: [String] = []
        if let since = f.since { parts.append("since \(since)") }
        if let until = f.until { parts.append("until \(until)") }
        if let batch = f.batch { parts.append("batch \(batch)") }
        return parts.isEmpty ? "the whole archive" : parts.joined(separator: ", ")
    }

    static func charts(for report: Report) -> [String] {
        switch report.kind {
        case .progress:
            guard let days = report.table("days") else { return [] }
            let labels = days.column("day").map(\.description)
            let done = days.column("done").map { $0.doubleValue ?? 0 }, failed = days.column("failed").map { $0.doubleValue ?? 0 }
            let blank = days.column("blank").map { $0.doubleValue ?? 0 }
            let cumulative = days.column("cumulative_files").map { $0.doubleValue ?? 0 }
            return [
                SVGChart.bars(
                    labels.indices.map { SVGChart.Bar(label: labels[$0], values: [done[$0], failed[$0], blank[$0]]) },
                    series: ["done", "failed", "blank"], title: "Pages per day"),
                SVGChart.progress(
                    labels.indices.map { (labels[$0], cumulative[$0]) }, target: Double(report.filter.target),
                    title: "Personal files, cumulative, against the target"),
            ]
        case .failures:
            guard let reasons = report.table("reasons") else { return [] }
            let codes = reasons.column("code").map(\.description), counts = reasons.column("count").map { $0.doubleValue ?? 0 }
            return [SVGChart.horizontal(Array(zip(codes, counts).prefix(15)).map { ($0.0, $0.1) }, title: "Failures by reason")]
        case .classes:
            guard let days = report.table("days") else { return [] }
            let labels = days.column("day").map(\.description)
            let columns = ["asylum", "personal_file", "unclassified"].map { c in days.column(c).map { $0.doubleValue ?? 0 } }
            return [
                SVGChart.bars(
                    labels.indices.map { i in SVGChart.Bar(label: labels[i], values: columns.map { $0[i] }) },
                    series: ["asylum", "personal-file", "no class"], title: "Documents classified per day")
            ]
        case .review, .fixity, .throughput:
            return []
        }
    }

    // MARK: Dashboard and print

    public static func dashboard(_ reports: [Report], access: Access) -> String {
        let body = render(
            "dashboard",
            ["sections": reports.map { ["body": reportBody($0), "kind": $0.kind.rawValue] }, "kinds": ReportKind.allCases.map(\.rawValue)])
        return page(title: "digitise — archive dashboard", body: body, access: access)
    }

    public static func printable(_ reports: [Report], access: Access) -> String {
        let body = render(
            "print",
            [
                "generated": reports.first?.generatedAt ?? "", "who": access.name,
                "sections": reports.map { ["body": reportBody($0, links: false)] },
            ])
        return page(title: "digitise — auditor's report", body: body, access: access)
    }

    // MARK: Files and search

    /// A personal file. An auditor sees the documents the policy opens, and how many others there are: not their
    /// names, classes or kinds (a name like "asylum-application" says what the text would), nor the file's roll-up.
    public static func file(_ record: FileRecord, access: Access, policy: DisclosurePolicy) -> String {
        let shown = record.documents.filter { access.mayRead($0, under: policy) }
        let documents: [[String: Any]] = shown.map { d in
            [
                "name": d.name, "version": d.version, "status": d.status, "class": d.class ?? "not classified",
                "probability": d.probability.map { String(format: "%.3f", $0) } ?? "", "kind": d.kind ?? "", "review": d.review,
                "identifiers": d.identifiers, "hasIdentifiers": !d.identifiers.isEmpty,
                "pages": d.pages.map { p in
                    [
                        "number": p.number, "status": p.status.rawValue, "error": p.error.map { "\($0.code): \($0.message)" } ?? "",
                        "text": p.text ?? "",
                    ] as [String: Any]
                },
            ]
        }
        let closed = record.documents.count - shown.count
        let body = render(
            "file",
            present([
                "file": record.file, "holdsAsylum": access.role == .operator && record.holdsAsylum, "documents": documents,
                "restricted": closed > 0 ? "\(closed) document(s) of this file are restricted: they are for operators only." : nil,
            ]))
        return page(title: "\(record.file) — digitise", body: body, access: access)
    }

    public static func search(_ query: String, hits: [SearchHit], access: Access) -> String {
        // The catalog returned only what this caller may read (`SearchQuery.openUnder`).
        let rows: [[String: Any]] = hits.map { hit in
            [
                "file": hit.fileID, "document": hit.document, "page": hit.page, "class": hit.documentClass ?? "not classified",
                "snippet": hit.snippet,
            ]
        }
        return page(
            title: "Search — digitise",
            body: render("search", ["query": query, "hits": rows, "hasHits": !hits.isEmpty, "none": hits.isEmpty && !query.isEmpty]),
            access: access)
    }
}
