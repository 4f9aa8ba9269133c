import DigitiseCore
import Foundation

/// The reading process's side of crash containment: each entry is one line on the pipe its supervisor reads.
///
/// Each line is one `write(2)` of under `PIPE_BUF` bytes, so lines from several workers never interleave, and it is
/// in the kernel's pipe buffer (readable by the supervisor even if this process dies the next instant) when `write`
/// returns. If the supervisor is gone (the pipe is broken), the run stops as if interrupted: pages in hand are
/// finished and written, and nothing new is started without someone watching.
///
/// Sendable: it holds a descriptor and the run's control, and writes with one system call at a time.
final class PipeJournal: AttemptJournal, Sendable {
    let descriptor: Int32
    let control: RunControl

    init(descriptor: Int32, control: RunControl) {
        self.descriptor = descriptor
        self.control = control
        signal(SIGPIPE, SIG_IGN)  // a broken pipe is a write error here, not a death
    }

    func batchBegan(_ id: Int64) { send("batch \(id)") }
    func began(_ subject: AttemptSubject, stage: Stage) { send("begin \(subject) \(stage.rawValue)") }
    func ended(_ subject: AttemptSubject) { send("end \(subject)") }

    private func send(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        while true {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written == bytes.count { return }
            if written < 0 && errno == EINTR { continue }
            control.stop(.interrupted)
            return
        }
    }
}
