import DigitiseCore
import ImageCodecs
import TestSupport
import Testing

@Suite struct ImageDecoderTests {
    let decoder = ImageDecoder()
    let limits = DecodeLimits(maxMegapixels: 150)

    @Test func theManifestListsEveryVariant() {
        #expect(Fixture.valid.count >= 30)
        #expect(Fixture.rejected.count >= 8)
    }

    /// Every valid variant (TIFF compressions and colour models, PNG types and depths, JPEG) decodes to the
    /// fixtures' pattern: dark ink on the left half, white paper on the right.
    @Test(arguments: Fixture.valid)
    func decodesEveryVariantToGrey(_ fixture: Fixture) throws {
        let headers = try decoder.inspect(fileAt: fixture.path, limits: limits).pages
        #expect(headers.count == fixture.pages)
        for page in 0..<headers.count {
            let header = try headers[page].get()
            #expect(header.width == fixture.width && header.height == fixture.height)
            if let dpi = fixture.dpi {
                #expect(abs((header.dpi ?? 0) - dpi) < 0.5, "stated resolution")
            } else {
                #expect(header.dpi == nil)
            }
            let image = try decoder.decode(fileAt: fixture.path, page: page, limits: limits)
            #expect(image.width == 64 && image.height == 32)
            #expect(image[8, 16] < 60, "ink on the left")
            #expect(image[56, 16] > 200, "paper on the right")
        }
    }

    @Test(arguments: Fixture.rejected)
    func rejectsBrokenFilesWithTheirReason(_ fixture: Fixture) {
        let kind = firstError(fixture.path)
        #expect(kind?.rawValue == fixture.expect, "got \(String(describing: kind))")
    }

    @Test func aCorruptPageFailsThatPageOnly() throws {
        let path = Repository.fixture("tiff-corrupt-page2.tif")
        let headers = try decoder.inspect(fileAt: path, limits: limits).pages
        #expect(headers.count == 3)
        #expect(try decoder.decode(fileAt: path, page: 0, limits: limits)[8, 16] < 60)
        #expect(try decoder.decode(fileAt: path, page: 2, limits: limits)[56, 16] > 200)
        do {
            _ = try decoder.decode(fileAt: path, page: 1, limits: limits)
            Issue.record("page 2 decoded although its data is garbage")
        } catch {
            #expect(error.page == 1)
            #expect(error.kind == .corrupt)
            #expect(error.message.contains("TIFF"))
        }
    }

    @Test func aBombIsRefusedBeforeDecoding() throws {
        for name in ["bomb.tif", "bomb.png"] {
            let headers = try decoder.inspect(fileAt: Repository.fixture(name), limits: limits).pages
            guard case .failure(let error) = headers.first else {
                Issue.record("\(name): header accepted")
                continue
            }
            #expect(error.kind == .tooLarge)
            #expect(error.message.contains("40000 x 40000"))
            #expect(throws: DecodeError(.tooLarge, page: 0, error.message)) {
                try decoder.decode(fileAt: Repository.fixture(name), page: 0, limits: limits)
            }
        }
    }

    @Test func readsEveryPageOfAMultiPageTIFF() throws {
        let path = Repository.fixture("tiff-multipage-3.tif")
        #expect(try decoder.inspect(fileAt: path, limits: limits).pages.count == 3)
        #expect(try decoder.decode(fileAt: path, page: 2, limits: limits)[8, 16] < 60)
    }

    /// The first error a file gives on its way through inspect and decode, whichever step meets it.
    private func firstError(_ path: String) -> DecodeError.Kind? {
        do {
            for (page, header) in try decoder.inspect(fileAt: path, limits: limits).pages.enumerated() {
                if case .failure(let error) = header { return error.kind }
                _ = try decoder.decode(fileAt: path, page: page, limits: limits)
            }
            return nil
        } catch {
            return error.kind
        }
    }
}
