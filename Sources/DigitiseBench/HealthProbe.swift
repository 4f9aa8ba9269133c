import Foundation
import Synchronization

/// Asks `/health` every `interval` over one kept-alive connection while a load runs, and keeps each answer's
/// latency: what a monitoring system (or an operator's browser) meets while the auditors' reports are busy.
final class HealthProbe: Sendable {
    private let latencies = Mutex<[Double]>([])
    private let failures = Mutex(0)
    private let running = Mutex(true)
    private let done = DispatchSemaphore(value: 0)

    init(port: Int, interval: Duration = .milliseconds(50)) {
        let thread = Thread { [self] in probe(port: port, interval: interval) }
        thread.start()
    }

    /// Stops probing; returns the latencies in milliseconds and the requests that got no `200 ok`.
    func stop() -> (latencies: [Double], failures: Int) {
        running.withLock { $0 = false }
        done.wait()
        return (latencies.withLock { $0 }, failures.withLock { $0 })
    }

    private func probe(port: Int, interval: Duration) {
        defer { done.signal() }
        let clock = ContinuousClock()
        var socket: Int32 = -1
        while running.withLock({ $0 }) {
            if socket < 0 { socket = Self.connect(port: port) }
            let start = clock.now
            if socket >= 0, Self.ask(socket, port: port) {
                let ms = (clock.now - start).inSeconds * 1000
                latencies.withLock { $0.append(ms) }
            } else {
                failures.withLock { $0 += 1 }
                if socket >= 0 { close(socket) }
                socket = -1
            }
            Thread.sleep(forTimeInterval: interval.inSeconds)
        }
        if socket >= 0 { close(socket) }
    }

    private static func connect(port: Int) -> Int32 {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return -1 }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard ok == 0 else {
            close(fd)
            return -1
        }
        return fd
    }

    /// One request and its whole answer (`ok`, the body of `/health`).
    private static func ask(_ fd: Int32, port: Int) -> Bool {
        let request = Array("GET /health HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) == request.count else { return false }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { return false }
            answer += buffer[0..<n]
            let text = String(decoding: answer, as: UTF8.self)
            if let end = text.range(of: "\r\n\r\n") {
                guard text.hasPrefix("HTTP/1.1 200") else { return false }
                let length =
                    text[..<end.lowerBound].split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                    .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
                if text.utf8.count - text.utf8.distance(from: text.startIndex, to: end.upperBound) >= length { return true }
            }
        }
    }
}
