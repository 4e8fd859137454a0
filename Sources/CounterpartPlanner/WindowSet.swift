/// A set of window indices as a bit set.
struct WindowSet: Hashable {
    private(set) var words: [UInt64]

    init(count: Int) {
        words = [UInt64](repeating: 0, count: max(1, (count + 63) / 64))
    }

    mutating func insert(_ index: Int) {
        words[index >> 6] |= 1 << UInt64(index & 63)
    }

    func contains(_ index: Int) -> Bool {
        words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    /// The members of the set that are also in `indices`, as a set.
    func restricted(to indices: [Int], count: Int) -> WindowSet {
        var result = WindowSet(count: count)
        for index in indices where contains(index) { result.insert(index) }
        return result
    }
}
