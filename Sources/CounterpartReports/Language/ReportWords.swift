import CounterpartCore
import CounterpartPlanner

/// The words the reports print for people, in one place, so that every Japanese report uses
/// the government's terms the same way.
///
/// Glossary (English report ↔ Japanese report):
/// - dispatched staff ↔ 応援職員; primary supporter ↔ 一次支援市; secondary supporters ↔
///   二次支援市町; request ↔ 応援要請; hit municipality ↔ 被災市町; shortfall ↔ 不足;
///   unacknowledged/acknowledged ↔ 未読/既読; person-days ↔ 延べ人日.
/// - period N ↔ 第N+1期: the data, the JSON and the English reports number rotation periods
///   from 0 (period 0 starts on the scenario's start day); people count from 1, so period 0
///   is printed `第1期`, with its days (`第1期 (04/01–04/07)`).
/// - assignment states ↔ 提案/確定/辞退/派遣中/帰任 (``AssignmentState/japaneseLabel``);
///   job categories ↔ 業務区分 (``JobCategory/japaneseLabel``); roles, tiers and priorities
///   by their `japaneseLabel`.
/// - the planner's cost ↔ nothing: a Japanese report shows what it means (tier and
///   distance, `一次支援 71 km`); the raw figure is only in the JSON and `plan --explain`.
enum ReportWords {
    /// `第1期` for period 0.
    static func period(_ index: Int) -> String { "第\(index + 1)期" }

    /// `第1期 (04/01–04/07)` for period 0 of those days.
    static func period(_ index: Int, _ days: DayRange) -> String {
        "\(period(index)) (\(days.from.monthDay)–\(days.to.monthDay))"
    }

    /// `2人不足`.
    static func missing(_ count: Int) -> String { "\(count)人不足" }
}

extension ShortfallReason {
    /// The reason as a prefecture officer reads it in Japanese (``sentence`` in English).
    var japaneseSentence: String {
        switch self {
        case .noSkilledPerson: return "被災市町以外にこの業務の職員が足りない"
        case .unavailable: return "該当する職員はいるが、期間中を通して応援できる人がいない"
        case .resting: return "応援できる職員は直前の期に派遣され休養中（規則5）"
        case .capacity: return "応援できる職員の市町が派遣の上限に達している（規則6）"
        case .usedElsewhere: return "応援できる職員は優先度の高い応援要請に充てた"
        case .notWorthTheCost: return "計画方針により、派遣の負担が応援要請の優先度を上回る"
        }
    }
}
