import CounterpartCore

/// The order in which coverage results are reported: single hits before pairs; within
/// each, most people missing at critical priority first, then at high, then at normal,
/// then by the hit codes ascending.
public enum CoverageSeverity {
    /// `results` in report order.
    /// Complexity: O(n log n).
    public static func sorted(_ results: [CoverageResult]) -> [CoverageResult] {
        results.sorted(by: isMoreSevere)
    }

    /// Whether `lhs` is reported before `rhs`.
    public static func isMoreSevere(_ lhs: CoverageResult, _ rhs: CoverageResult) -> Bool {
        if lhs.hits.size != rhs.hits.size { return lhs.hits.size < rhs.hits.size }
        for priority in Priority.allCases {
            let left = lhs.missing(at: priority)
            let right = rhs.missing(at: priority)
            if left != right { return left > right }
        }
        return lhs.hits < rhs.hits
    }
}
