import Testing

@testable import CounterpartCore

/// The walk along two sorted lists and the dictionary lookup must find the same changes.
@Suite struct KeyedComparisonTests {
    struct Entry: Equatable {
        var key: String
        var colour: String
        var size: Int
    }

    let comparison = KeyedComparison<Entry>(
        key: \.key, same: ==, fields: [("colour", { $0.colour }), ("size", { String($0.size) })])

    @Test func aHandCheckedMerge() {
        let old = [
            Entry(key: "a", colour: "red", size: 1), Entry(key: "b", colour: "red", size: 1),
            Entry(key: "d", colour: "red", size: 1), Entry(key: "e", colour: "red", size: 1),
        ]
        let new = [
            Entry(key: "b", colour: "blue", size: 1), Entry(key: "c", colour: "red", size: 1),
            Entry(key: "d", colour: "red", size: 1), Entry(key: "e", colour: "red", size: 2),
            Entry(key: "f", colour: "red", size: 1),
        ]
        let kind = comparison.merging(old, new)
        #expect(kind.added == ["c", "f"])
        #expect(kind.removed == ["a"])
        #expect(
            kind.changed == [
                RosterChanges.ChangedEntry(key: "b", fields: ["colour"]),
                RosterChanges.ChangedEntry(key: "e", fields: ["size"]),
            ])
        #expect(comparison.matchingByKey(old, new) == kind)
    }

    @Test func byteOrderIsTheStoresOrder() {
        // SQLite's BINARY order: uppercase before lowercase, shorter prefix first, UTF-8 bytes.
        #expect(
            comparison.isStrictlyIncreasing(
                ["A", "B", "a", "aa", "ab", "é", "職員"].map { Entry(key: $0, colour: "", size: 0) }))
        #expect(!comparison.isStrictlyIncreasing(["a", "a"].map { Entry(key: $0, colour: "", size: 0) }))
        #expect(!comparison.isStrictlyIncreasing(["b", "a"].map { Entry(key: $0, colour: "", size: 0) }))
    }

    @Test(arguments: 0..<200)
    func bothWaysAgreeOnRandomSortedLists(seed: Int) {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func list() -> [Entry] {
            (0..<40).filter { _ in next(3) > 0 }.map {
                Entry(key: "k\($0 < 10 ? "0" : "")\($0)", colour: ["red", "blue"][next(2)], size: next(2))
            }
        }
        let old = list()
        let new = list()
        #expect(comparison.isStrictlyIncreasing(old) && comparison.isStrictlyIncreasing(new))
        #expect(comparison.merging(old, new) == comparison.matchingByKey(old, new))
    }
}
