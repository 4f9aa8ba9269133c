import DigitiseCore
import Foundation
import ImageCodecs
import TestSupport
import Testing

/// Files built to break a decoder, and entries that are not files at all: each gives a `DecodeError` with its kind
/// and a reason an operator can act on. None may crash, hang or allocate what its header claims.
@Suite struct HostileInputTests {
    let decoder = ImageDecoder()
    /// The pipeline's minimum page side, and a page limit the 5-page fixture breaks.
    let limits = DecodeLimits(maxMegapixels: 150, minPagePixels: 100, maxPagesPerFile: 3)

    @Test func theManifestListsTheFindings() {
        #expect(HostileFixture.all.count >= 14)
        for fixture in HostileFixture.all {
            #expect(FileManager.default.fileExists(atPath: fixture.path), "\(fixture.file) is in the manifest but missing")
        }
    }

    @Test(arguments: HostileFixture.all)
    func eachGivesItsReason(_ fixture: HostileFixture) {
        guard let error = firstError(fixture.path) else {
            Issue.record("\(fixture.file) was read without an error")
            return
        }
        #expect(error.kind.rawValue == fixture.expect, "\(error)")
        #expect(error.message.localizedCaseInsensitiveContains(fixture.says), "\(error.message)")
    }

    @Test func aFIFOIsRefusedWithoutWaiting() throws {
        let folder = try TemporaryFolder("fifo")
        let fifo = folder.path + "/page.png"
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(firstError(fifo)?.kind == .notAFile)
    }

    @Test func aSymbolicLinkIsNotFollowed() throws {
        let folder = try TemporaryFolder("link")
        let link = folder.path + "/page.png"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: Repository.fixture("png-gray8.png"))
        let error = firstError(link)
        #expect(error?.kind == .notAFile)
        #expect(error?.message.contains("symbolic link") == true)
    }

    @Test func aFileOverTheSizeLimitIsNotRead() {
        let path = Repository.fixture("png-gray8.png")
        let small = DecodeLimits(maxFileBytes: 10)
        #expect(throws: DecodeError.self) { try decoder.inspect(fileAt: path, limits: small) }
        do {
            _ = try decoder.decode(fileAt: path, page: 0, limits: small)
            Issue.record("decoded although over the size limit")
        } catch {
            #expect(error.kind == .tooLarge)
            #expect(error.message.contains("max_file_bytes"))
        }
    }

    @Test func aTooSmallPageNamesItsSizeAndTheMinimum() throws {
        let headers = try decoder.inspect(fileAt: Repository.fixture("png-gray8.png"), limits: limits).pages
        guard case .failure(let error) = headers.first else {
            Issue.record("a 64 x 32 page was accepted with a minimum of 100")
            return
        }
        #expect(error.kind == .tooSmall)
        #expect(error.message.contains("64 x 32") && error.message.contains("100"))
    }

    /// The first error a file gives on its way through inspect and decode, whichever step meets it.
    private func firstError(_ path: String) -> DecodeError? {
        do {
            for (page, header) in try decoder.inspect(fileAt: path, limits: limits).pages.enumerated() {
                if case .failure(let error) = header { return error }
                _ = try decoder.decode(fileAt: path, page: page, limits: limits)
            }
            return nil
        } catch {
            return error
        }
    }
}
