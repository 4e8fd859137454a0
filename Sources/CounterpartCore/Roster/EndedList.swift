/// A municipality whose staff list ends before the days it is needed for: none of its people
/// is available after ``lastDay``. The April trap: the list of the year before was not
/// renewed, and its people silently vanish from every plan.
public struct EndedList: Hashable, Sendable {
    /// The municipality.
    public var municipality: LocalGovernmentCode
    /// How many people its list holds.
    public var staff: Int
    /// The last day any of them is available.
    public var lastDay: CalendarDay
    /// The day its list holds from (see ``Roster/effective(of:)``).
    public var effective: CalendarDay

    /// A municipality whose list ended.
    public init(municipality: LocalGovernmentCode, staff: Int, lastDay: CalendarDay, effective: CalendarDay) {
        self.municipality = municipality
        self.staff = staff
        self.lastDay = lastDay
        self.effective = effective
    }

    /// `松山市: 0 of 320 staff available after 2027-03-31 — roster not renewed?`, with the
    /// municipality's `name`.
    public func sentence(name: String) -> String {
        "\(name): 0 of \(staff) staff available after \(lastDay) — roster not renewed?"
    }

    /// The municipalities of `roster` (in its order, those in `excluded` left out) with
    /// people on their list, none of whom is available after a day before `days` end: a
    /// municipality whose staff are all gone before the last day needed.
    /// People with no availability at all count in the list but set no last day; a list of
    /// such people only is not reported (nothing in it ended).
    /// Complexity: O(s × a) for s staff with a intervals each.
    public static func find(
        in roster: Roster, for days: DayRange, excluding excluded: Set<LocalGovernmentCode> = []
    ) -> [EndedList] {
        var counts: [LocalGovernmentCode: Int] = [:]
        var lastDays: [LocalGovernmentCode: CalendarDay] = [:]
        for person in roster.staff where !excluded.contains(person.municipality) {
            counts[person.municipality, default: 0] += 1
            guard let last = person.availability.map(\.to).max() else { continue }
            if let known = lastDays[person.municipality], known >= last { continue }
            lastDays[person.municipality] = last
        }
        return roster.municipalities.compactMap { municipality in
            guard let count = counts[municipality.code], let last = lastDays[municipality.code], last < days.to
            else { return nil }
            return EndedList(
                municipality: municipality.code, staff: count, lastDay: last,
                effective: roster.effective(of: municipality.code))
        }
    }
}
