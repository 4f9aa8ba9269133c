/// The content-addressed object store: immutable blobs named by their SHA-256.
///
/// Implementations must make every write atomic and durable before returning (write to a staging area, flush,
/// rename into place, flush the folder and any folder made for it), so a catalog row committed afterwards never
/// refers to a half object. Storing bytes that are already present is a no-op that returns the same hash, unless the
/// stored copy is damaged (size or digest wrong): then it is replaced by the new bytes and the result says what was
/// repaired (`StoredObject.repairedDamage`). Safe to call from several threads.
public protocol ObjectStoring: Sendable {
    /// Copies an inbox file into the store bit-exact, hashing it on the way. The file is opened without following a
    /// symbolic link or waiting on a FIFO or device.
    /// - Throws: `SourceRefused` when the file is not a regular file, is larger than `maxBytes`, or cannot be read;
    ///   any other error means the archive cannot be written.
    func put(fileAt path: String, maxBytes: Int) throws -> StoredObject
    /// Stores bytes produced by the pipeline (text, hOCR, images).
    func put(_ bytes: [UInt8]) throws -> StoredObject
    /// Where an object's bytes are on disk (read-only).
    func path(of hash: ObjectHash) -> String
    /// Reads an object's bytes.
    func read(_ hash: ObjectHash) throws -> [UInt8]

    /// Re-hashes an object's bytes and says whether they still match its name.
    func check(_ hash: ObjectHash) -> FixityResult

    /// Every object in the store, by the name it is stored under.
    func allObjectHashes() -> [ObjectHash]

    /// Sets a little disk space aside while a run is on, so that a run stopped by a full disk can still close its
    /// batch in a catalog on the same disk once `releaseSpaceReserve` gives it back. A disk too full to hold it is
    /// no error.
    func reserveSpace()
    /// Gives back what `reserveSpace` set aside (at the end of every run, and when the disk fills under one).
    func releaseSpaceReserve()
}

extension ObjectStoring {
    /// A store on a disk of its own (or a test's) sets nothing aside.
    public func reserveSpace() {}
    public func releaseSpaceReserve() {}
}
