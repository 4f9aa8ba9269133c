import DigitiseCore
import Foundation

/// Walks an inbox following the contract of DESIGN.md, without ever modifying it.
///
/// What cannot become a document is reported, never followed blindly: hidden entries, invalid file IDs,
/// symlinks that leave the inbox, nested folders, unreadable entries.
public struct InboxScanner: InboxReading {
    static let imageExtensions: Set<String> = ["tif", "tiff", "png", "jpg", "jpeg"]

    public init() {}

    public func scan(inbox: String) throws -> InboxScan {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: inbox, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InboxReadError.notADirectory(inbox)
        }
        let root = URL(fileURLWithPath: inbox).standardizedFileURL.resolvingSymlinksInPath().path
        var scan = InboxScan()
        for name in try sortedEntries(of: root, relative: "", into: &scan.problems) {
            let path = root + "/" + name
            guard let (kind, _) = resolve(path, relative: name, root: root, into: &scan.problems) else { continue }
            guard kind == .directory else {
                scan.problems.append(
                    InboxProblem(
                        path: name, code: "inbox.loose-file",
                        message: "a file at the top of the inbox belongs to no personal file; move it into a FILE-ID folder"))
                continue
            }
            guard let id = FileID(validating: name) else {
                scan.problems.append(
                    InboxProblem(
                        path: name, code: "inbox.bad-file-id",
                        message:
                            "the folder name is not a valid file ID (letters, digits, '.', '_', '-'; up to 64; starting with a letter or digit); rename it"
                    ))
                continue
            }
            let documents = scanFile(root: root, id: id, into: &scan.problems)
            if documents.isEmpty {
                scan.problems.append(
                    InboxProblem(
                        path: name, code: "inbox.empty-folder", message: "the personal file's folder holds no documents", isFailure: false))
                continue
            }
            scan.files.append(InboxFile(id: id, documents: documents))
        }
        return scan
    }

    private enum EntryKind { case file, directory }

    private func scanFile(root: String, id: FileID, into problems: inout [InboxProblem]) -> [InboxDocument] {
        let folder = root + "/" + id.rawValue
        guard let names = try? sortedEntries(of: folder, relative: id.rawValue, into: &problems) else { return [] }
        var documents: [InboxDocument] = []
        var taken: Set<String> = []
        for name in names {
            let relative = id.rawValue + "/" + name
            guard let (kind, target) = resolve(folder + "/" + name, relative: relative, root: root, into: &problems) else { continue }
            let document: InboxDocument
            switch kind {
            case .file:
                document = InboxDocument(name: Self.documentName(forFile: name), sources: [target], relativePaths: [name])
            case .directory:
                guard let pages = scanPages(root: root, folder: target, relative: relative, into: &problems) else { continue }
                guard !pages.isEmpty else {
                    problems.append(
                        InboxProblem(
                            path: relative, code: "inbox.empty-folder", message: "the document folder holds no page images",
                            isFailure: false))
                    continue
                }
                document = InboxDocument(name: name, sources: pages.map(\.target), relativePaths: pages.map { name + "/" + $0.name })
            }
            guard taken.insert(document.name).inserted else {
                problems.append(
                    InboxProblem(
                        path: relative, code: "inbox.duplicate-document",
                        message: "another entry of this personal file is already the document '\(document.name)'; rename one of them"))
                continue
            }
            documents.append(document)
        }
        return documents
    }

    /// A document folder's page images: each one's name, and the path to read it at (a link within the inbox resolved).
    private func scanPages(root: String, folder: String, relative: String, into problems: inout [InboxProblem]) -> [(
        name: String, target: String
    )]? {
        guard let names = try? sortedEntries(of: folder, relative: relative, into: &problems) else { return nil }
        var pages: [(name: String, target: String)] = []
        for name in names {
            let path = relative + "/" + name
            switch resolve(folder + "/" + name, relative: path, root: root, into: &problems) {
            case (.file, let target)?: pages.append((name, target))
            case (.directory, _)?:
                problems.append(
                    InboxProblem(
                        path: path, code: "inbox.nested-folder",
                        message: "a folder inside a document folder is not part of the inbox contract; move its pages up"))
            case nil: continue
            }
        }
        return pages
    }

    /// Lists a folder's entries in natural order, reporting hidden ones.
    private func sortedEntries(of folder: String, relative: String, into problems: inout [InboxProblem]) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            problems.append(
                InboxProblem(
                    path: relative.isEmpty ? "." : relative, code: "inbox.unreadable",
                    message: "cannot list the folder: \(error.localizedDescription)"))
            throw error
        }
        var visible: [String] = []
        for name in names {
            if name.hasPrefix(".") {
                let path = relative.isEmpty ? name : relative + "/" + name
                problems.append(InboxProblem(path: path, code: "inbox.hidden", message: "hidden entry skipped", isFailure: false))
            } else {
                visible.append(name)
            }
        }
        return visible.sorted(by: NaturalOrder.areInIncreasingOrder)
    }

    /// What an entry is once symlinks inside the inbox are followed, and the path it is read at (the link's target, so
    /// that readers can refuse to follow links); nil (with a problem) when it cannot be used.
    private func resolve(_ path: String, relative: String, root: String, into problems: inout [InboxProblem]) -> (EntryKind, String)? {
        var target = path
        if let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType,
            type == .typeSymbolicLink
        {
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            guard resolved.hasPrefix(root + "/") else {
                problems.append(
                    InboxProblem(
                        path: relative, code: "inbox.symlink-outside",
                        message: "a symbolic link pointing outside the inbox (\(resolved)) is not followed"))
                return nil
            }
            target = resolved
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else {
            problems.append(InboxProblem(path: relative, code: "inbox.dangling-link", message: "the entry points at nothing"))
            return nil
        }
        if isDirectory.boolValue { return (.directory, target) }
        guard FileManager.default.isReadableFile(atPath: target) else {
            problems.append(
                InboxProblem(
                    path: relative, code: "inbox.unreadable", message: "the file cannot be read (permissions); fix them and run again"))
            return nil
        }
        if let type = try? FileManager.default.attributesOfItem(atPath: target)[.type] as? FileAttributeType, type != .typeRegular {
            problems.append(InboxProblem(path: relative, code: "inbox.not-a-file", message: "not a regular file (\(type.rawValue))"))
            return nil
        }
        return (.file, target)
    }

    /// `passport.tif` is the document `passport`; a name without an image extension stays whole.
    static func documentName(forFile name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        let ext = name[name.index(after: dot)...].lowercased()
        return imageExtensions.contains(ext) ? String(name[..<dot]) : name
    }
}
