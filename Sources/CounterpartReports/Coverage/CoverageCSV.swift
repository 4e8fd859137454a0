import CounterpartCore
import CounterpartCoverage

/// A coverage sweep as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma,
/// quote or line break; UTF-8, the byte order mark added by the command that writes it): a header row, then one row per hit set and
/// category with a need, in report order. A name a spreadsheet would run as a formula is
/// neutralised (``text(_:)``); figures stay numbers.
public enum CoverageCSV {
    /// The column names of the header row.
    static let header = [
        "hits", "hit_names", "category", "priority", "needed", "filled", "missing",
        "primary", "secondary", "group", "prefecture",
    ]

    /// The column names of the header row for people who read Japanese, in the order of
    /// ``header``.
    static let japaneseHeader = [
        "被災市町コード", "被災市町", "業務区分", "優先度", "必要人数", "充足人数", "不足人数",
        "一次支援", "二次支援", "グループ内", "県内",
    ]

    /// The sweep as CSV text (`coverage --format csv`), the header row in `language`; the
    /// fields stay tokens and figures in both (a script reads them).
    public static func render(_ report: CoverageReport, language: Language = .english) -> String {
        var out = row(language == .japanese ? japaneseHeader : header)
        for result in report.results {
            let hits = result.hits.description
            let names = result.hits.codes.map(report.name).joined(separator: "+")
            for coverage in result.categories {
                let tiers = coverage.filledByTier
                out += record([
                    .text(hits), .text(names), .text(coverage.category.rawValue), .text(coverage.priority.rawValue),
                    .number(coverage.needed), .number(coverage.filled), .number(coverage.missing),
                    .number(tiers.primary), .number(tiers.secondary), .number(tiers.group), .number(tiers.prefecture),
                ])
            }
        }
        return out
    }

    /// A field of a record: text from the input (names, codes), or a figure Counterpart worked out.
    enum Field {
        case text(String)
        case number(Int)
    }

    /// One record: text fields neutralised and quoted as needed (``text(_:)``), numbers as
    /// they are, separated by commas, ended by CRLF.
    static func record(_ fields: [Field]) -> String {
        fields.map { field in
            switch field {
            case .text(let text): self.text(text)
            case .number(let number): String(number)
            }
        }.joined(separator: ",") + "\r\n"
    }

    /// One record of text fields (``text(_:)`` each), separated by commas, ended by CRLF.
    static func row(_ fields: [String]) -> String {
        record(fields.map(Field.text))
    }

    /// A text field as written: when a spreadsheet would take it for a formula (it starts
    /// with `=`, `+`, `-`, `@`, a tab or a carriage return), a `'` in front and the whole in
    /// double quotes, as OWASP advises against CSV injection (a spreadsheet shows the text
    /// and runs nothing); otherwise quoted only when it needs it (``quoted(_:)``).
    ///
    /// Only text is neutralised: the figures Counterpart writes (``Field/number(_:)``) stay
    /// numbers, a negative one included.
    static func text(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, formulaStarts.contains(first) else { return quoted(field) }
        return quoted("'" + field, always: true)
    }

    /// The first characters that make a spreadsheet read a field as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The field, in double quotes with inner quotes doubled when it needs them (or when
    /// `always`). Read scalar by scalar, so a quote followed by a combining mark counts as a quote.
    static func quoted(_ field: String, always: Bool = false) -> String {
        guard always || field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        else {
            return field
        }
        var out = "\""
        for scalar in field.unicodeScalars {
            out.unicodeScalars.append(scalar)
            if scalar == "\"" { out.unicodeScalars.append("\"") }
        }
        return out + "\""
    }
}
