import CounterpartCoverage

/// A coverage sweep as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma,
/// quote or line break; UTF-8 without BOM): a header row, then one row per hit set and
/// category with a need, in report order.
public enum CoverageCSV {
    /// The column names of the header row.
    static let header = [
        "hits", "hit_names", "category", "priority", "needed", "filled", "missing",
        "primary", "secondary", "group", "prefecture",
    ]

    /// The sweep as CSV text (`coverage --format csv`).
    public static func render(_ report: CoverageReport) -> String {
        var out = row(header)
        for result in report.results {
            let hits = result.hits.description
            let names = result.hits.codes.map(report.name).joined(separator: "+")
            for coverage in result.categories {
                let tiers = coverage.filledByTier
                out += row([
                    hits, names, coverage.category.rawValue, coverage.priority.rawValue,
                    String(coverage.needed), String(coverage.filled), String(coverage.missing),
                    String(tiers.primary), String(tiers.secondary), String(tiers.group), String(tiers.prefecture),
                ])
            }
        }
        return out
    }

    /// One record: the fields quoted as needed, separated by commas, ended by CRLF.
    static func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// The field, in double quotes with inner quotes doubled when it needs them. Read scalar
    /// by scalar, so a quote followed by a combining mark counts as a quote.
    static func quoted(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
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
