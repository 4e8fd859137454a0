/// An inclusive range of days, `from` through `to`, with `from` ≤ `to`.
public struct DayRange: Hashable, Sendable, CustomStringConvertible {
    /// The first day.
    public let from: CalendarDay
    /// The last day (inclusive).
    public let to: CalendarDay

    /// Why two days do not make a range.
    public enum RangeError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The end comes before the start.
        case endBeforeStart(from: CalendarDay, to: CalendarDay)

        public var description: String {
            switch self {
            case .endBeforeStart(let from, let to):
                return "'from' (\(from)) is after 'to' (\(to))"
            }
        }

        /// The same sentence in Japanese.
        public var japaneseDescription: String {
            switch self {
            case .endBeforeStart(let from, let to):
                return "開始日 from（\(from)）が終了日 to（\(to)）より後になっています。from は to と同じ日かそれより前にしてください。"
            }
        }
    }

    /// A range of days.
    /// - Throws: ``RangeError/endBeforeStart(from:to:)`` when `to` is before `from`.
    public init(from: CalendarDay, to: CalendarDay) throws(RangeError) {
        guard from <= to else { throw .endBeforeStart(from: from, to: to) }
        self.from = from
        self.to = to
    }

    /// The days between `one` and `other`, whichever comes first; never throws.
    public init(spanning one: CalendarDay, _ other: CalendarDay) {
        from = min(one, other)
        to = max(one, other)
    }

    /// The number of days in the range (at least 1).
    public var dayCount: Int { from.days(to: to) + 1 }

    /// Whether the day falls in the range.
    public func contains(_ day: CalendarDay) -> Bool { from <= day && day <= to }

    /// Whether every day of `other` falls in this range.
    public func contains(_ other: DayRange) -> Bool { from <= other.from && other.to <= to }

    /// The days both ranges share, or `nil` when they share none.
    public func overlap(with other: DayRange) -> DayRange? {
        let start = max(from, other.from)
        let end = min(to, other.to)
        return start <= end ? try? DayRange(from: start, to: end) : nil
    }

    /// `from..to`.
    public var description: String { "\(from)..\(to)" }
}

extension DayRange {
    /// The days of this range that are not in `other`: none, one or two ranges.
    public func subtracting(_ other: DayRange) -> [DayRange] {
        guard let shared = overlap(with: other) else { return [self] }
        var rest: [DayRange] = []
        if from < shared.from { rest.append(DayRange(spanning: from, shared.from.adding(days: -1))) }
        if shared.to < to { rest.append(DayRange(spanning: shared.to.adding(days: 1), to)) }
        return rest
    }
}
