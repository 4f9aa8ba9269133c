import DigitiseCore
import Testing

@Suite struct NaturalOrderTests {
    @Test func ordersNumbersByValue() {
        let names = ["page-10.png", "page-2.png", "page-1.png", "cover.png", "page-02b.png"]
        #expect(
            names.sorted(by: NaturalOrder.areInIncreasingOrder) == ["cover.png", "page-1.png", "page-2.png", "page-02b.png", "page-10.png"])
    }

    @Test func isATotalOrderOnDistinctNames() {
        #expect(NaturalOrder.areInIncreasingOrder("p01", "p1") != NaturalOrder.areInIncreasingOrder("p1", "p01"))
        #expect(!NaturalOrder.areInIncreasingOrder("same", "same"))
    }
}
