import Dispatch
import Foundation
import Synchronization
import Testing

@testable import DigitiseCore

@Suite struct BoundedHandOffTests {
    @Test func aProducerNeverGetsMoreThanTheCapacityAheadAndEverythingArrivesInOrder() {
        let handOff = BoundedHandOff<Int>(capacity: 3)
        let put = Atomic(0)
        let producer = DispatchGroup()
        DispatchQueue(label: "producer").async(group: producer) { @Sendable in
            for n in 0..<200 {
                handOff.put(n)
                put.add(1, ordering: .sequentiallyConsistent)
            }
            handOff.finish()
        }
        var taken: [Int] = []
        var mostAhead = 0
        while let n = handOff.take() {
            taken.append(n)
            if n % 7 == 0 { usleep(200) }  // a slow consumer now and then, so the producer fills the hand-off
            mostAhead = max(mostAhead, put.load(ordering: .sequentiallyConsistent) - taken.count)
        }
        producer.wait()
        #expect(taken == Array(0..<200))
        #expect(mostAhead <= 3)
        #expect(mostAhead == 3, "the producer never filled the hand-off, so the bound was not exercised")
    }

    /// A page image handed to OCR must not outlive its reading because the hand-off was never empty since.
    @Test func aTakenItemIsReleasedWhileOthersStillWait() {
        let handOff = BoundedHandOff<Payload>(capacity: 2)
        weak var first: Payload?
        do {
            let payload = Payload(1)
            first = payload
            handOff.put(payload)
        }
        handOff.put(Payload(2))
        do {
            let taken = handOff.take()
            #expect(taken?.number == 1)
        }
        handOff.put(Payload(3))  // the hand-off has not been empty since the first put
        #expect(first == nil, "the hand-off still holds an item it handed out")
        #expect(handOff.take()?.number == 2)
    }

    @Test func cancellingReleasesABlockedProducerAndConsumers() {
        let handOff = BoundedHandOff<Int>(capacity: 1)
        #expect(handOff.put(1))
        let refused = Atomic(false)
        let producer = DispatchGroup()
        DispatchQueue(label: "producer").async(group: producer) { @Sendable in
            refused.store(!handOff.put(2), ordering: .sequentiallyConsistent)  // full: blocks until cancelled
        }
        handOff.cancel()
        producer.wait()
        let wasRefused = refused.load(ordering: .sequentiallyConsistent)
        #expect(wasRefused)
        #expect(handOff.take() == nil)
    }
}

/// An item whose release a test can observe.
private final class Payload: Sendable {
    let number: Int
    init(_ number: Int) { self.number = number }
}
