import DigitiseCore
import Foundation

/// Charts as inline SVG, drawn on the server: no script, no external asset, printable.
public enum SVGChart {
    public struct Bar: Sendable {
        public let label: String
        public let values: [Double]
        public init(label: String, values: [Double]) {
            self.label = label
            self.values = values
        }
    }

    static let palette = ["#2f6f4f", "#b5413a", "#9a9a9a", "#c49a2c"]

    /// Stacked vertical bars (pages per day: done, failed, blank), with a legend.
    public static func bars(_ bars: [Bar], series: [String], title: String, width: Int = 640, height: Int = 220) -> String {
        let top = max(1, bars.map { $0.values.reduce(0, +) }.max() ?? 1)
        let left = 48, bottom = 36, plotWidth = width - left - 8, plotHeight = height - bottom - 24
        let step = bars.isEmpty ? 0 : Double(plotWidth) / Double(bars.count)
        var svg = open(width, height, title)
        svg += axis(left: left, top: 24, plotHeight: plotHeight, plotWidth: plotWidth, maximum: top)
        for (i, bar) in bars.enumerated() {
            var y = Double(24 + plotHeight)
            for (k, value) in bar.values.enumerated() where value > 0 {
                let h = value / top * Double(plotHeight)
                y -= h
                svg += String(
                    format: "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%@\"><title>%@ %@: %@</title></rect>",
                    Double(left) + Double(i) * step + step * 0.15, y, step * 0.7, h, palette[k % palette.count],
                    MarkupEscaping.escape(bar.label),
                    MarkupEscaping.escape(series[k]), number(value))
            }
            if bars.count <= 16 || i % max(1, bars.count / 8) == 0 {
                svg += String(
                    format: "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%@</text>",
                    Double(left) + (Double(i) + 0.5) * step,
                    height - bottom + 14, MarkupEscaping.escape(String(bar.label.suffix(5))))
            }
        }
        svg += legend(series, x: left, y: height - 8)
        return svg + "</svg>"
    }

    /// A rising line against a target line (cumulative personal files against the target).
    public static func progress(
        _ points: [(label: String, value: Double)], target: Double, title: String, width: Int = 640, height: Int = 220
    )
        -> String
    {
        let top = max(target, points.map(\.value).max() ?? 0, 1)
        let left = 56, bottom = 36, plotWidth = width - left - 8, plotHeight = height - bottom - 24
        var svg = open(width, height, title)
        svg += axis(left: left, top: 24, plotHeight: plotHeight, plotWidth: plotWidth, maximum: top)
        let targetY = 24 + Double(plotHeight) * (1 - target / top)
        svg += String(
            format: "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#b5413a\" stroke-dasharray=\"6 4\"/>", left, targetY,
            left + plotWidth,
            targetY)
        svg += String(
            format: "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#b5413a\">target %@</text>", left + plotWidth,
            targetY - 4, number(target))
        let step = points.count > 1 ? Double(plotWidth) / Double(points.count - 1) : 0
        let coordinates = points.enumerated().map { i, p in
            (
                Double(left) + Double(i) * step + (points.count == 1 ? Double(plotWidth) / 2 : 0),
                24 + Double(plotHeight) * (1 - p.value / top)
            )
        }
        if coordinates.count > 1 {
            svg +=
                "<polyline fill=\"none\" stroke=\"#2f6f4f\" stroke-width=\"2\" points=\""
                + coordinates.map { String(format: "%.1f,%.1f", $0.0, $0.1) }.joined(separator: " ") + "\"/>"
        }
        for ((x, y), p) in zip(coordinates, points) {
            svg += String(
                format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#2f6f4f\"><title>%@: %@</title></circle>", x, y,
                MarkupEscaping.escape(p.label),
                number(p.value))
        }
        if let first = points.first, let last = points.last {
            svg += String(
                format: "<text x=\"%d\" y=\"%d\" font-size=\"10\">%@</text>", left, height - bottom + 14, MarkupEscaping.escape(first.label)
            )
            svg += String(
                format: "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%@</text>", left + plotWidth, height - bottom + 14,
                MarkupEscaping.escape(last.label))
        }
        return svg + "</svg>"
    }

    /// Horizontal bars with their counts (failures by reason).
    public static func horizontal(_ items: [(label: String, value: Double)], title: String, width: Int = 640) -> String {
        let rowHeight = 22
        let height = max(1, items.count) * rowHeight + 16
        let top = max(1, items.map(\.value).max() ?? 1)
        let labelWidth = 220, plotWidth = width - labelWidth - 60
        var svg = open(width, height, title)
        if items.isEmpty { svg += "<text x=\"8\" y=\"16\" font-size=\"12\">none</text>" }
        for (i, item) in items.enumerated() {
            let y = 8 + i * rowHeight
            let w = item.value / top * Double(plotWidth)
            svg += String(
                format: "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%@</text>", labelWidth - 6, y + 14,
                MarkupEscaping.escape(String(item.label.prefix(34))))
            svg += String(format: "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"#b5413a\"/>", labelWidth, y + 2, max(1, w))
            svg += String(
                format: "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%@</text>", Double(labelWidth) + w + 4, y + 14, number(item.value))
        }
        return svg + "</svg>"
    }

    static func open(_ width: Int, _ height: Int, _ title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" "
            + "aria-label=\"\(MarkupEscaping.escape(title))\" font-family=\"sans-serif\"><title>\(MarkupEscaping.escape(title))</title>"
    }

    static func axis(left: Int, top: Int, plotHeight: Int, plotWidth: Int, maximum: Double) -> String {
        var svg = "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(top + plotHeight)\" stroke=\"#444\"/>"
        svg += "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(left + plotWidth)\" y2=\"\(top + plotHeight)\" stroke=\"#444\"/>"
        for tick in [0.0, 0.5, 1.0] {
            let y = Double(top) + Double(plotHeight) * (1 - tick)
            svg += String(
                format: "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%@</text>", left - 4, y + 3, number(maximum * tick))
        }
        return svg
    }

    static func legend(_ series: [String], x: Int, y: Int) -> String {
        series.enumerated().map { i, name in
            String(
                format:
                    "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%@\"/><text x=\"%d\" y=\"%d\" font-size=\"11\">%@</text>",
                x + i * 110,
                y - 9, palette[i % palette.count], x + i * 110 + 14, y, MarkupEscaping.escape(name))
        }.joined()
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.1f", value)
    }

}
