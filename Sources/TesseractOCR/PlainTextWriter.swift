/// Writes a recognised page as plain text the way Tesseract's `GetUTF8Text` does: words joined by a space, a line
/// break after each line and another between paragraphs.
enum PlainTextWriter {
    static func text(_ page: RecognisedPage) -> String {
        var out = ""
        out.reserveCapacity(page.blocks.count * 1024)
        var first = true
        for block in page.blocks {
            for paragraph in block.paragraphs {
                // Tesseract ends a paragraph with its break when the next one begins: none after the last.
                if !first { out += "\n" }
                first = false
                for line in paragraph.lines {
                    for (index, word) in line.words.enumerated() {
                        if index > 0 { out += " " }
                        out += word.text
                    }
                    out += "\n"
                }
            }
        }
        return out
    }
}
