import DigitiseCore
import Foundation
import ImageCodecs

/// Inboxes larger than the samples, made from them: each copy of each personal file becomes a new file whose pages
/// are the sample pages with a few rows trimmed off the top, so every page has bytes of its own (nothing is
/// memoised between copies) and the same text.
public enum SyntheticInbox {
    /// - Returns: the number of pages written.
    @discardableResult
    public static func make(copies: Int, into inbox: String, from samples: String = Repository.samplesInbox) throws -> Int {
        let decoder = ImageDecoder()
        let limits = DecodeLimits(maxMegapixels: 150)
        var written = 0
        let files = try FileManager.default.contentsOfDirectory(atPath: samples).sorted()
        for copy in 1...copies {
            for file in files {
                let folder = samples + "/" + file
                for document in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
                    let path = folder + "/" + document
                    var isFolder: ObjCBool = false
                    FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
                    let sources =
                        isFolder.boolValue
                        ? try FileManager.default.contentsOfDirectory(atPath: path).sorted().map { path + "/" + $0 } : [path]
                    let target = "\(inbox)/\(file)-\(copy)/\((document as NSString).deletingPathExtension)"
                    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
                    var number = 0
                    for source in sources {
                        let pages = try decoder.inspect(fileAt: source, limits: limits).pages.count
                        for page in 0..<pages {
                            number += 1
                            let image = try decoder.decode(fileAt: source, page: page, limits: limits)
                            try TIFFWriter.write(
                                image.rows(from: copy * 3), dpi: image.dpi ?? 300, to: String(format: "%@/page-%02d.tif", target, number))
                            written += 1
                        }
                    }
                }
            }
        }
        return written
    }

    /// 24 small pages, each with a bar of its own length so that none is memoised from another: three personal
    /// files (`PF-1`…`PF-3`) of two documents of four pages.
    public static func distinctPages(into inbox: String) throws {
        var n = 0
        for file in 1...3 {
            for document in 1...2 {
                for page in 1...4 {
                    n += 1
                    var pixels = [UInt8](repeating: 255, count: 64 * 32)
                    for y in 8..<24 { for x in 4..<(8 + n * 2) { pixels[y * 64 + x] = 0 } }
                    let folder = "\(inbox)/PF-\(file)/doc-\(document)"
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    try TIFFWriter.write(
                        GreyImage(width: 64, height: 32, pixels: pixels, dpi: 300), dpi: 300, to: folder + "/page-\(page).png")
                }
            }
        }
    }
}
