/// What Tesseract recognised on one page, as a layout tree: blocks of paragraphs of lines of words, each with its
/// box in the page's pixels (origin top left).
///
/// Read once from Tesseract's result iterator (`RecognisedPageReader`); text, hOCR and ALTO are all written from it.
/// Tesseract's own renderers walk the results again each, symbol by symbol, which cost a fifth of a page's
/// recognition time (bench/results/profile-2026-11-29.txt).
struct RecognisedPage: Equatable {
    var width: Int
    var height: Int
    /// The resolution the page was read at, in pixels per inch.
    var dpi: Int
    var blocks: [Block]

    struct Box: Equatable {
        var left: Int
        var top: Int
        var right: Int
        var bottom: Int

        var width: Int { right - left }
        var height: Int { bottom - top }
    }

    struct Block: Equatable {
        enum Kind: Equatable {
            case text
            /// A heading, a pull-out or a caption: text whose lines hOCR names differently.
            case heading, pullout, caption
            /// A picture or halftone region: no text.
            case illustration
            /// A ruled line: no text.
            case rule

            var holdsText: Bool { self != .illustration && self != .rule }
        }

        var kind: Kind
        var box: Box
        var paragraphs: [Paragraph]
    }

    struct Paragraph: Equatable {
        var box: Box
        /// The language model that read its first word (`lav`, `rus`, `eng`).
        var language: String?
        var lines: [Line]
    }

    struct Line: Equatable {
        /// The baseline as `y = slope * x + offset`, with the origin at the line box's bottom left (hOCR's
        /// convention); nil when Tesseract has none.
        struct Baseline: Equatable {
            var slope: Double
            var offset: Double
        }

        var box: Box
        var baseline: Baseline?
        /// Degrees the line's text is turned from upright, when it is (vertical text in an upright page).
        var textAngle: Int?
        var words: [Word]
    }

    struct Word: Equatable {
        var text: String
        var box: Box
        /// Tesseract's word confidence, 0-100.
        var confidence: Double
        var language: String?
    }
}
