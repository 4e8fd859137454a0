import Testing

@testable import CounterpartReports

extension Golden {
    /// Terminal columns a line of a Japanese text report may take: a terminal of 100 columns,
    /// and an A4 page in a 10-point monospaced font.
    static let lineWidth = 100

    /// Compares a Japanese text report with its golden file (``check(_:_:sourceLocation:)``)
    /// and holds every line to ``lineWidth`` columns, wide characters counted as two.
    static func checkJapanese(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        try check(text, name, sourceLocation: sourceLocation)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let width = TextColumns.displayWidth(String(line))
            #expect(
                width <= lineWidth, "\(name) line \(number + 1) is \(width) columns wide: \(line)",
                sourceLocation: sourceLocation)
        }
    }
}
