import DigitiseCore

/// Writes a recognised page as hOCR's `ocr_page` element, in the layout and naming of Tesseract's own renderer
/// (`page_1`, `block_1_N`, `par_1_N`, `line_1_N`, `word_1_N`), so tools reading Tesseract's hOCR read ours.
///
/// Not written: Tesseract's `x_size`, `x_descenders` and `x_ascenders` line properties (its C API does not give
/// them) and font attributes (the LSTM recogniser does not find fonts).
enum HOCRWriter {
    static func page(_ page: RecognisedPage) -> String {
        var out = ""
        out.reserveCapacity(4096 + page.blocks.count * 4096)
        out += "  <div class='ocr_page' id='page_1' title='image \"unknown\"; bbox 0 0 \(page.width) \(page.height); "
        out += "ppageno 0; scan_res \(page.dpi) \(page.dpi)'>\n"
        var blockNumber = 0
        var paragraphNumber = 0
        var lineNumber = 0
        var wordNumber = 0
        for block in page.blocks {
            blockNumber += 1
            switch block.kind {
            case .illustration, .rule:
                let name = block.kind == .illustration ? "ocr_photo" : "ocr_separator"
                out += "   <div class='\(name)' id='block_1_\(blockNumber)' title=\"\(bbox(block.box))\"></div>\n"
                continue
            case .text, .heading, .pullout, .caption:
                break
            }
            out += "   <div class='ocr_carea' id='block_1_\(blockNumber)' title=\"\(bbox(block.box))\">"
            for paragraph in block.paragraphs {
                paragraphNumber += 1
                out += "\n    <p class='ocr_par' id='par_1_\(paragraphNumber)'"
                if let language = paragraph.language { out += " lang='\(MarkupEscaping.escape(language))'" }
                out += " title=\"\(bbox(paragraph.box))\">"
                for line in paragraph.lines {
                    lineNumber += 1
                    out += "\n     <span class='\(lineClass(block.kind))' id='line_1_\(lineNumber)' title=\"\(bbox(line.box))"
                    if let angle = line.textAngle {
                        out += "; textangle \(angle)"
                    } else if let baseline = line.baseline {
                        out += "; baseline \(number(baseline.slope)) \(number(baseline.offset))"
                    }
                    out += "\">"
                    for word in line.words {
                        wordNumber += 1
                        out += "\n      <span class='ocrx_word' id='word_1_\(wordNumber)' title='\(bbox(word.box)); "
                        out += "x_wconf \(Int(word.confidence))'"
                        if let language = word.language, language != paragraph.language {
                            out += " lang='\(MarkupEscaping.escape(language))'"
                        }
                        out += ">\(MarkupEscaping.escape(word.text))</span>"
                    }
                    out += "\n     </span>"
                }
                out += "\n    </p>\n"
            }
            out += "   </div>\n"
        }
        out += "  </div>\n"
        return out
    }

    private static func bbox(_ box: RecognisedPage.Box) -> String {
        "bbox \(box.left) \(box.top) \(box.right) \(box.bottom)"
    }

    private static func lineClass(_ kind: RecognisedPage.Block.Kind) -> String {
        switch kind {
        case .heading: "ocr_header"
        case .pullout: "ocr_textfloat"
        case .caption: "ocr_caption"
        case .text, .illustration, .rule: "ocr_line"
        }
    }

    /// Rounded to three decimals and written without trailing zeros, as Tesseract writes baselines (`0`, `-6`,
    /// `0.012`).
    private static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
