import DigitiseCore
import Synchronization

/// A test's page previews: answers a fixed PNG and remembers which stored objects were asked for, so a test can
/// check the server took the page image the catalog names (the real previews decode from the store: CLI tests).
final class RecordingPreviews: PagePreviewing {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    private let asked = Mutex<[ObjectHash]>([])

    func preview(of object: ObjectHash, width: Int) throws -> [UInt8] {
        asked.withLock { $0.append(object) }
        return Self.png
    }

    var objects: [ObjectHash] { asked.withLock { $0 } }
}
