import HTTPTypes
import Hummingbird
import ReportRendering

/// A rendered page as the server's response: never cached (what an auditor may see can change with the next run).
enum HTMLResponse {
    static func page(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        page(Pages.error(code: status.code, reason: status.reasonPhrase, message), status: status)
    }
}
