import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A headless Chromium (Debian's `chromium`) driven over the DevTools protocol, for tests that act in a real browser:
/// open a page, fill a form, press its button, wait for the next page.
///
/// It talks over `--remote-debugging-pipe` (no port, no WebSocket): Chromium reads commands on its fd 3 and writes
/// answers and events on fd 4, each a JSON object ended by a NUL byte. Foundation's `Process` cannot hand a child
/// those descriptors, so the browser is started with `posix_spawn`. Every wait has a deadline, so a browser that hangs
/// fails its test instead of hanging the run. Not `Sendable`: one test, one thread.
public final class BrowserSession {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    private var pid: pid_t = 0
    private let commands: Int32
    private let answers: Int32
    private var buffer: [UInt8] = []
    private var lastID = 0
    private var session: String?
    private var closed = false

    /// Starts the browser with a profile folder of its own (cookies live there).
    public init(profile: String, chromium: String = "/usr/bin/chromium") throws {
        var toBrowser: [Int32] = [0, 0], fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else { throw Failure("pipe: \(errno)") }
        // The parent's ends must not leak into the browser (it would never see its input end).
        for fd in toBrowser + fromBrowser { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        // dup2 onto 3 and 4 clears close-on-exec there, but not when a descriptor already is 3 or 4: move those first.
        func above4(_ fd: Int32) -> Int32 { fd > 4 ? fd : fcntl(fd, F_DUPFD_CLOEXEC, 10) }
        let childReads = above4(toBrowser[0]), childWrites = above4(fromBrowser[1])
        commands = toBrowser[1]
        answers = fromBrowser[0]

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, childReads, 3)
        posix_spawn_file_actions_adddup2(&actions, childWrites, 4)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--remote-debugging-pipe", "--user-data-dir=\(profile)", "about:blank",
        ]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let spawned = posix_spawn(&pid, chromium, &actions, nil, &argv, environ)
        for fd in Set([toBrowser[0], fromBrowser[1], childReads, childWrites]) { Glibc.close(fd) }
        guard spawned == 0 else {
            Glibc.close(commands)
            Glibc.close(answers)
            throw Failure("cannot start \(chromium): \(String(cString: strerror(spawned)))")
        }
    }

    deinit { close() }

    /// Opens a new tab at `url` and waits until its page has loaded.
    public func open(_ url: String, timeout: Double = 30) throws {
        let target = try send("Target.createTarget", ["url": "about:blank"])
        guard let targetID = target["targetId"] as? String else { throw Failure("no target: \(target)") }
        let attached = try send("Target.attachToTarget", ["targetId": targetID, "flatten": true])
        guard let id = attached["sessionId"] as? String else { throw Failure("not attached: \(attached)") }
        session = id
        _ = try send("Page.navigate", ["url": url], inSession: true)
        try waitUntil("document.readyState === 'complete' && location.href !== 'about:blank'", timeout: timeout)
    }

    /// Evaluates a JavaScript expression in the page; its value as text (a string as is, anything else as JSON).
    public func evaluate(_ expression: String) throws -> String {
        let answer = try send(
            "Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true], inSession: true)
        if let exception = answer["exceptionDetails"] as? [String: Any] {
            let text = ((exception["exception"] as? [String: Any])?["description"] as? String) ?? "\(exception)"
            throw Failure("the page threw on \(expression): \(text)")
        }
        let value = (answer["result"] as? [String: Any])?["value"]
        switch value {
        case let text as String: return text
        case nil: return "undefined"
        case let other?:
            guard JSONSerialization.isValidJSONObject([other]), let data = try? JSONSerialization.data(withJSONObject: [other]) else {
                return "\(other)"
            }
            return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
        }
    }

    /// Saves what the page shows now as a PNG (the whole page, not only the window).
    public func screenshot(to path: String) throws {
        let shot = try send("Page.captureScreenshot", ["format": "png", "captureBeyondViewport": true], inSession: true)
        guard let encoded = shot["data"] as? String, let png = Data(base64Encoded: encoded) else { throw Failure("no screenshot") }
        try png.write(to: URL(fileURLWithPath: path))
    }

    /// Polls `expression` until it is true; a navigation in between (the page is replaced) is waited out.
    public func waitUntil(_ expression: String, timeout: Double = 30) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            do {
                last = try evaluate(expression)
                if last == "true" { return }
            } catch let failure as Failure {
                last = failure.description
            }
            usleep(100_000)
        }
        throw Failure("waited \(Int(timeout)) s for \(expression); last: \(last)")
    }

    /// Closes the browser and waits for it to end (killed if it lingers).
    public func close() {
        guard !closed else { return }
        closed = true
        _ = try? send("Browser.close", [:], timeout: 5)
        Glibc.close(commands)
        var status: Int32 = 0
        for _ in 0..<50 {
            if waitpid(pid, &status, WNOHANG) == pid {
                Glibc.close(answers)
                return
            }
            usleep(100_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        Glibc.close(answers)
    }

    // MARK: The pipe

    /// Sends a command and waits for its answer (events and other answers are skipped).
    private func send(_ method: String, _ parameters: [String: Any], inSession: Bool = false, timeout: Double = 30) throws
        -> [String: Any]
    {
        lastID += 1
        var message: [String: Any] = ["id": lastID, "method": method, "params": parameters]
        if inSession {
            guard let session else { throw Failure("no page is open") }
            message["sessionId"] = session
        }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
            guard n > 0 else { throw Failure("the browser stopped reading (\(method))") }
            written += n
        }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let answer = try nextMessage(until: deadline, waitingFor: method)
            guard answer["id"] as? Int == lastID else { continue }
            if let error = answer["error"] as? [String: Any] { throw Failure("\(method): \(error["message"] ?? error)") }
            return answer["result"] as? [String: Any] ?? [:]
        }
    }

    private func nextMessage(until deadline: Date, waitingFor method: String) throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let data = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                if let message = try? JSONSerialization.jsonObject(with: data) as? [String: Any] { return message }
                continue
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw Failure("no answer from the browser to \(method) in time") }
            var poller = pollfd(fd: answers, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(min(left, 1) * 1000)) >= 0 else { throw Failure("poll: \(errno)") }
            guard poller.revents != 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = chunk.withUnsafeMutableBytes { read(answers, $0.baseAddress, $0.count) }
            guard n > 0 else { throw Failure("the browser ended (waiting for \(method))") }
            buffer.append(contentsOf: chunk[..<n])
        }
    }
}
