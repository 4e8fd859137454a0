import Foundation

/// The reasons the desk writes itself on an assignment (a substitution), shown in Japanese;
/// reasons people typed are shown as they typed them.
public enum AssignmentReason {
    /// `reason` in Japanese when it is one the desk wrote: `replaced by S (A9)` becomes
    /// `S（A9）と交代`, `substitute for S (A6): 理由` becomes `S（A6）の代わり: 理由`.
    public static func japanese(_ reason: String) -> String {
        if let parts = groups(#"^replaced by (\S+) \((A\d+)\)$"#, in: reason), parts.count == 2 {
            return "\(parts[0])（\(parts[1])）と交代"
        }
        if let parts = groups(#"^substitute for (\S+) \((A\d+)\)(?:: (.*))?$"#, in: reason), parts.count >= 2 {
            return "\(parts[0])（\(parts[1])）の代わり" + (parts.count == 3 ? ": \(parts[2])" : "")
        }
        return reason
    }

    private static func groups(_ pattern: String, in text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (1..<match.numberOfRanges).compactMap { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
    }
}
