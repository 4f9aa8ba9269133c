import DigitiseCore

/// Writes a recognised page as ALTO v3's `Page` element, in the layout and naming of Tesseract's own renderer:
/// a `ComposedBlock` per block, a `TextBlock` per paragraph, `String`s with `SP` between them.
///
/// One difference on purpose: a word's confidence `WC` is written as the fraction ALTO defines (`0.05`, `1.00`);
/// Tesseract 5.3 writes `0.` before the percentage, so a 5% word reads as 0.5 and a certain one as 0.100.
enum ALTOWriter {
    static func page(_ page: RecognisedPage) -> String {
        var out = ""
        out.reserveCapacity(4096 + page.blocks.count * 8192)
        out += "\t\t<Page WIDTH=\"\(page.width)\" HEIGHT=\"\(page.height)\" PHYSICAL_IMG_NR=\"0\" ID=\"page_0\">\n"
        out += "\t\t\t<PrintSpace HPOS=\"0\" VPOS=\"0\" WIDTH=\"\(page.width)\" HEIGHT=\"\(page.height)\">\n"
        var blockNumber = 0
        var paragraphNumber = 0
        var lineNumber = 0
        var wordNumber = 0
        for block in page.blocks {
            defer { blockNumber += 1 }
            switch block.kind {
            case .illustration:
                out += "\t\t\t\t<Illustration ID=\"cblock_\(blockNumber)\"\(position(block.box))/>\n"
                continue
            case .rule:
                out += "\t\t\t\t<GraphicalElement ID=\"cblock_\(blockNumber)\"\(position(block.box))/>\n"
                continue
            case .text, .heading, .pullout, .caption:
                break
            }
            out += "\t\t\t\t<ComposedBlock ID=\"cblock_\(blockNumber)\"\(position(block.box))>\n"
            for paragraph in block.paragraphs {
                out += "\t\t\t\t\t<TextBlock ID=\"block_\(paragraphNumber)\"\(position(paragraph.box))>\n"
                paragraphNumber += 1
                for line in paragraph.lines {
                    out += "\t\t\t\t\t\t<TextLine ID=\"line_\(lineNumber)\"\(position(line.box))>\n"
                    lineNumber += 1
                    for (index, word) in line.words.enumerated() {
                        out += "\t\t\t\t\t\t\t<String ID=\"string_\(wordNumber)\"\(position(word.box))"
                        out += " WC=\"\(fraction(word.confidence))\" CONTENT=\"\(MarkupEscaping.escape(word.text))\"/>"
                        wordNumber += 1
                        if index + 1 < line.words.count {
                            let next = line.words[index + 1]
                            out += "<SP WIDTH=\"\(next.box.left - word.box.right)\" VPOS=\"\(word.box.top)\" "
                            out += "HPOS=\"\(word.box.right)\"/>"
                        }
                        out += "\n"
                    }
                    out += "\t\t\t\t\t\t</TextLine>\n"
                }
                out += "\t\t\t\t\t</TextBlock>\n"
            }
            out += "\t\t\t\t</ComposedBlock>\n"
        }
        out += "\t\t\t</PrintSpace>\n\t\t</Page>\n"
        return out
    }

    private static func position(_ box: RecognisedPage.Box) -> String {
        " HPOS=\"\(box.left)\" VPOS=\"\(box.top)\" WIDTH=\"\(box.width)\" HEIGHT=\"\(box.height)\""
    }

    /// A confidence of 0-100 as ALTO's 0-1 fraction with two decimals.
    private static func fraction(_ confidence: Double) -> String {
        let hundredths = Int(min(100, max(0, confidence)).rounded())
        let rest = hundredths % 100
        return "\(hundredths / 100).\(rest < 10 ? "0" : "")\(rest)"
    }
}
