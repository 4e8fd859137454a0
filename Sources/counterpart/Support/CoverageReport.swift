import CounterpartCore
import CounterpartCoverage

/// A finished coverage sweep with what its renderers need to name things: the roster's
/// municipality names, the profile, the day used, results in report order and the summary.
struct CoverageReport {
    var roster: Roster
    var profile: DemandProfile
    var start: CalendarDay
    /// Whether `start` was given with `--start` (else it is the roster's effective day).
    var isStartGiven: Bool
    var depth: Int
    /// Single hits first, then pairs, each most severe first.
    var results: [CoverageResult]
    var summary: CoverageSummary
    private let names: [LocalGovernmentCode: String]

    init(roster: Roster, profile: DemandProfile, start: CalendarDay, isStartGiven: Bool, depth: Int, results: [CoverageResult]) {
        self.roster = roster
        self.profile = profile
        self.start = start
        self.isStartGiven = isStartGiven
        self.depth = depth
        self.results = CoverageSeverity.sorted(results)
        summary = CoverageSummary(results: results)
        names = Dictionary(roster.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    var singles: [CoverageResult] { results.filter { $0.hits.size == 1 } }
    var pairs: [CoverageResult] { results.filter { $0.hits.size == 2 } }

    /// The municipality's name, or its code when the roster lacks it.
    func name(_ code: LocalGovernmentCode) -> String { names[code] ?? code.description }

    /// `宇和島市 382035`.
    func label(_ code: LocalGovernmentCode) -> String { "\(name(code)) \(code)" }

    /// `宇和島市 382035 + 西予市 382141`.
    func label(_ hits: HitSet) -> String { hits.codes.map(label).joined(separator: " + ") }

    /// The profile's name and id, for example `大規模地震（震度6強）想定 (quake)`.
    var profileLabel: String { profile.name.map { "\($0) (\(profile.id))" } ?? profile.id }

    /// Where the first day came from, for the header.
    var startLabel: String { "\(start) (\(isStartGiven ? "--start" : "the roster's effective day"))" }

    /// `避難所運営 shelter`.
    static func label(_ category: JobCategory) -> String { "\(category.japaneseLabel) \(category)" }

    /// `緊急 critical`.
    static func label(_ priority: Priority) -> String { "\(priority.japaneseLabel) \(priority)" }
}
