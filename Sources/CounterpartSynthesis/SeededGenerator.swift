/// A small, fast pseudo-random generator (SplitMix64) whose sequence depends only on its
/// seed, so that synthetic files are the same on every run and every machine.
///
/// Its helpers avoid the standard library's `random(in:using:)`, whose way of drawing
/// from a generator is not promised to stay the same between Swift versions.
public struct SeededGenerator: Sendable {
    private var state: UInt64

    /// A generator for `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A whole number in `0..<bound`, without modulo bias; 0 when `bound` is below 1.
    public mutating func below(_ bound: Int) -> Int {
        guard bound >= 1 else { return 0 }
        let limit = UInt64(bound)
        let threshold = (0 &- limit) % limit
        while true {
            let value = next()
            if value >= threshold { return Int(value % limit) }
        }
    }

    /// A whole number in `range`.
    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A number in `0..<1` with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Whether an event of probability `probability` happens.
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty array.
    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// One element, drawn with the given positive weights.
    public mutating func pick<Element>(weighted choices: [(Element, Double)]) -> Element {
        let total = choices.reduce(0) { $0 + $1.1 }
        var point = unit() * total
        for (element, weight) in choices {
            if point < weight { return element }
            point -= weight
        }
        return choices[choices.count - 1].0
    }

    /// The elements in a random order (Fisher–Yates).
    public mutating func shuffled<Element>(_ elements: [Element]) -> [Element] {
        var result = elements
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, below(index + 1))
        }
        return result
    }
}
