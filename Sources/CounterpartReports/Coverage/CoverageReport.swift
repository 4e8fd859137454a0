import CounterpartCore
import CounterpartCoverage

/// A finished coverage sweep with what its renderers need to name things: the roster's
/// municipality names, the profile, the day used, results in report order and the summary.
public struct CoverageReport: Hashable, Sendable {
    /// The roster swept.
    public let roster: Roster
    /// The demand profile the requests came from.
    public let profile: DemandProfile
    /// The first day of rotation period 0.
    public let start: CalendarDay
    /// Where the start day came from, in the front end's words (`--start`, the roster's effective day).
    public let startSource: String
    /// 1: single hits only; 2: single hits and pairs.
    public let depth: Int
    /// Single hits first, then pairs, each most severe first.
    public let results: [CoverageResult]
    /// What cannot be covered and who is relied on.
    public let summary: CoverageSummary
    private let names: [LocalGovernmentCode: String]

    /// The report of a sweep's `results`, put in severity order.
    public init(
        roster: Roster, profile: DemandProfile, start: CalendarDay, startSource: String, depth: Int,
        results: [CoverageResult]
    ) {
        self.roster = roster
        self.profile = profile
        self.start = start
        self.startSource = startSource
        self.depth = depth
        self.results = CoverageSeverity.sorted(results)
        summary = CoverageSummary(results: results)
        names = Dictionary(roster.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The single hits, most severe first.
    public var singles: [CoverageResult] { results.filter { $0.hits.size == 1 } }
    /// The pairs, most severe first.
    public var pairs: [CoverageResult] { results.filter { $0.hits.size == 2 } }

    /// The municipality's name, or its code when the roster lacks it.
    public func name(_ code: LocalGovernmentCode) -> String { names[code] ?? code.description }

    /// `宇和島市 382035`.
    public func label(_ code: LocalGovernmentCode) -> String { "\(name(code)) \(code)" }

    /// `宇和島市 382035 + 西予市 382141`.
    public func label(_ hits: HitSet) -> String { hits.codes.map(label).joined(separator: " + ") }

    /// The profile's name and id, for example `大規模地震（震度6強）想定 (quake)`.
    public var profileLabel: String { profile.name.map { "\($0) (\(profile.id))" } ?? profile.id }

    /// Where the first day came from, for the header.
    public var startLabel: String { "\(start) (\(startSource))" }

    /// `避難所運営 shelter`.
    public static func label(_ category: JobCategory) -> String { "\(category.japaneseLabel) \(category)" }

    /// `緊急 critical`.
    public static func label(_ priority: Priority) -> String { "\(priority.japaneseLabel) \(priority)" }
}
