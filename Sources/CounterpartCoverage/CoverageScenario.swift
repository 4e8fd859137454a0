import CounterpartCore

/// The scenario a demand profile implies for one hit set: one request per hit
/// municipality and category with a headcount above zero, all starting on the sweep's
/// first day, planned with the default policy.
///
/// Only rotation period 0 is planned, so each request is cut to its first
/// `min(days, rotationDays)` days: period 0's window of the cut request is the same as
/// that of the whole request, and so is the plan of period 0. A request that would end
/// past the calendar's last day ends on it, as a scenario's periods do.
public enum CoverageScenario {
    /// The scenario for `hits` under `profile` from `start`, sizing requests by each hit
    /// municipality's population in `roster` (its minimum when the population is unknown).
    public static func make(hits: HitSet, profile: DemandProfile, roster: Roster, start: CalendarDay) -> Scenario {
        let populations = Dictionary(
            roster.municipalities.map { ($0.code, $0.population) }, uniquingKeysWith: { first, _ in first })
        var requests: [DispatchRequest] = []
        for code in hits.codes {
            for need in profile.needs {
                let headcount = need.headcount(population: populations[code] ?? nil)
                guard headcount > 0 else { continue }
                let last = lastDay(from: start, days: min(need.days, profile.rotationDays))
                requests.append(
                    DispatchRequest(
                        id: requestID(code, need.category), municipality: code, category: need.category,
                        headcount: headcount, days: DayRange(spanning: start, last), priority: need.priority))
            }
        }
        return Scenario(
            id: "coverage-\(hits)", name: profile.name, start: start,
            rotationDays: profile.rotationDays, affected: hits.codes, requests: requests)
    }

    /// The last of `days` days from `start`, or the calendar's last day when they reach past it
    /// (a demand file may say 2147483647 days).
    static func lastDay(from start: CalendarDay, days: Int) -> CalendarDay {
        let (last, overflow) = Int(start.daysSinceEpoch).addingReportingOverflow(days - 1)
        return CalendarDay(daysSinceEpoch: overflow ? Int32.max : Int32(clamping: last))
    }

    /// The id of the request of `code` for `category`: `<code>-<category>`.
    public static func requestID(_ code: LocalGovernmentCode, _ category: JobCategory) -> RequestID {
        RequestID("\(code)-\(category)")
    }
}
