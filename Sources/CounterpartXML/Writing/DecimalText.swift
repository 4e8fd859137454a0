/// Decimal numbers as `xs:decimal` writes them: the shortest digits that read back as the
/// same `Double`, never in exponent notation.
enum DecimalText {
    /// `value` in plain decimal notation, for example `33.8392`, `-0.00001`, `132.0`.
    static func format(_ value: Double) -> String {
        precondition(value.isFinite, "coordinates are finite")
        let text = value.description
        guard let exponentIndex = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        let exponent = Int(text[text.index(after: exponentIndex)...])!
        var mantissa = String(text[..<exponentIndex])
        let isNegative = mantissa.hasPrefix("-")
        if isNegative { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        let digits = whole + fraction
        let point = whole.count + exponent
        var result: String
        if point <= 0 {
            result = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            result = digits + String(repeating: "0", count: point - digits.count) + ".0"
        } else {
            result = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        result = trimmedFraction(result)
        return isNegative ? "-" + result : result
    }

    private static func trimmedFraction(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = text
        while result.hasSuffix("0") && !result.hasSuffix(".0") { result.removeLast() }
        return result
    }
}
