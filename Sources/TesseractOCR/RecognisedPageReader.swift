internal import CTesseract

/// Reads a recognised page's layout from Tesseract's result iterator in one pass, word by word.
enum RecognisedPageReader {
    /// - Parameter api: a `TessBaseAPI` after a successful `Recognize`.
    static func read(_ api: OpaquePointer, width: Int, height: Int, dpi: Int) -> RecognisedPage {
        var page = RecognisedPage(width: width, height: height, dpi: dpi, blocks: [])
        guard let iterator = TessBaseAPIGetIterator(api) else { return page }
        defer { TessResultIteratorDelete(iterator) }
        let position = TessResultIteratorGetPageIterator(iterator)
        repeat {
            // Blocks, paragraphs and lines are opened where they begin, even at an empty word, and the empty ones
            // are dropped at the end: a level whose first word is empty still gets its own element.
            if TessPageIteratorIsAtBeginningOf(position, RIL_BLOCK) != 0 {
                page.blocks.append(.init(kind: blockKind(position), box: box(position, RIL_BLOCK), paragraphs: []))
            }
            guard page.blocks.last?.kind.holdsText == true else { continue }
            if TessPageIteratorIsAtBeginningOf(position, RIL_PARA) != 0 {
                let language = TessResultIteratorWordRecognitionLanguage(iterator).map { String(cString: $0) }
                page.blocks[page.blocks.count - 1].paragraphs.append(
                    .init(box: box(position, RIL_PARA), language: language, lines: []))
            }
            if TessPageIteratorIsAtBeginningOf(position, RIL_TEXTLINE) != 0 {
                appendLine(line(position), to: &page)
            }
            guard let pointer = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
            let text = String(cString: pointer)
            TessDeleteText(pointer)
            guard !text.isEmpty else { continue }
            let word = RecognisedPage.Word(
                text: text, box: box(position, RIL_WORD),
                confidence: Double(TessResultIteratorConfidence(iterator, RIL_WORD)),
                language: TessResultIteratorWordRecognitionLanguage(iterator).map { String(cString: $0) })
            appendWord(word, to: &page)
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        page.blocks = page.blocks.compactMap(withoutEmptyParts)
        return page
    }

    private static func box(_ position: OpaquePointer?, _ level: TessPageIteratorLevel) -> RecognisedPage.Box {
        var left: Int32 = 0
        var top: Int32 = 0
        var right: Int32 = 0
        var bottom: Int32 = 0
        TessPageIteratorBoundingBox(position, level, &left, &top, &right, &bottom)
        return .init(left: Int(left), top: Int(top), right: Int(right), bottom: Int(bottom))
    }

    private static func blockKind(_ position: OpaquePointer?) -> RecognisedPage.Block.Kind {
        switch TessPageIteratorBlockType(position) {
        case PT_HEADING_TEXT: .heading
        case PT_PULLOUT_TEXT: .pullout
        case PT_CAPTION_TEXT: .caption
        case PT_FLOWING_IMAGE, PT_HEADING_IMAGE, PT_PULLOUT_IMAGE: .illustration
        case PT_HORZ_LINE, PT_VERT_LINE: .rule
        default: .text
        }
    }

    private static func line(_ position: OpaquePointer?) -> RecognisedPage.Line {
        let lineBox = box(position, RIL_TEXTLINE)
        var orientation = ORIENTATION_PAGE_UP
        var direction = WRITING_DIRECTION_LEFT_TO_RIGHT
        var order = TEXTLINE_ORDER_TOP_TO_BOTTOM
        var deskew: Float = 0
        TessPageIteratorOrientation(position, &orientation, &direction, &order, &deskew)
        guard orientation == ORIENTATION_PAGE_UP else {
            return .init(box: lineBox, baseline: nil, textAngle: 360 - Int(orientation.rawValue) * 90, words: [])
        }
        var x1: Int32 = 0
        var y1: Int32 = 0
        var x2: Int32 = 0
        var y2: Int32 = 0
        guard TessPageIteratorBaseline(position, RIL_TEXTLINE, &x1, &y1, &x2, &y2) != 0, x1 != x2 else {
            return .init(box: lineBox, baseline: nil, textAngle: nil, words: [])
        }
        // hOCR's baseline has its origin at the bottom left of the line's box.
        let slope = Double(y2 - y1) / Double(x2 - x1)
        let offset = Double(Int(y1) - lineBox.bottom) - slope * Double(Int(x1) - lineBox.left)
        return .init(box: lineBox, baseline: .init(slope: slope, offset: offset), textAngle: nil, words: [])
    }

    private static func appendLine(_ line: RecognisedPage.Line, to page: inout RecognisedPage) {
        let b = page.blocks.count - 1
        if page.blocks[b].paragraphs.isEmpty {
            // A line outside any paragraph (the iterator began mid-paragraph): give it one of its own.
            page.blocks[b].paragraphs.append(.init(box: line.box, language: nil, lines: []))
        }
        page.blocks[b].paragraphs[page.blocks[b].paragraphs.count - 1].lines.append(line)
    }

    private static func appendWord(_ word: RecognisedPage.Word, to page: inout RecognisedPage) {
        let b = page.blocks.count - 1
        if page.blocks[b].paragraphs.last?.lines.isEmpty ?? true {
            appendLine(.init(box: word.box, baseline: nil, textAngle: nil, words: []), to: &page)
        }
        let p = page.blocks[b].paragraphs.count - 1
        let l = page.blocks[b].paragraphs[p].lines.count - 1
        page.blocks[b].paragraphs[p].lines[l].words.append(word)
    }

    /// The block without its empty lines and paragraphs; nil for a text block left with no words.
    private static func withoutEmptyParts(_ block: RecognisedPage.Block) -> RecognisedPage.Block? {
        guard block.kind.holdsText else { return block }
        var block = block
        block.paragraphs = block.paragraphs.compactMap { paragraph in
            var paragraph = paragraph
            paragraph.lines.removeAll { $0.words.isEmpty }
            return paragraph.lines.isEmpty ? nil : paragraph
        }
        return block.paragraphs.isEmpty ? nil : block
    }
}
