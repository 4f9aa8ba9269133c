import DigitiseCore
import Dispatch
import Foundation

/// Turns Ctrl-C (SIGINT) and SIGTERM into an orderly stop: the pages in hand are finished and written, the run
/// ends with exit 130, and the next run resumes the rest. A second signal stops at once (still safe: the archive
/// is crash-consistent, only the pages in hand are redone).
final class SignalTrap {
    private let sources: [any DispatchSourceSignal]

    init(stopping control: RunControl) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)  // delivered to the dispatch source instead of killing the process
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if control.stopReason == .interrupted {
                    Console.err("\ndigitise: stopped at once; the next run redoes the pages that were in hand\n")
                    exit(ExitStatus.interrupted.rawValue)
                }
                control.stop(.interrupted)
                Console.err("\ndigitise: interrupted: finishing the pages in hand, then stopping (again to stop at once)\n")
            }
            source.resume()
            return source
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
