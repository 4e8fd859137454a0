import CounterpartCore

/// The checks a request passes before it is stored, as for a scenario file's requests:
/// from an affected municipality, sensible dates, and — for a change — nothing that would
/// strand people already confirmed.
public enum RequestRules {
    /// The longest request, in days; longer needs are filed again later.
    public static let longestDays = 366
    /// The most people one request may ask for at once.
    public static let largestHeadcount = 100_000

    /// Every problem of `details` for `incident`; empty when it may be stored.
    /// `names` gives a municipality's name for messages.
    public static func problems(
        _ details: RequestDetails, in incident: Incident,
        names: (LocalGovernmentCode) -> String
    ) -> [Problem] {
        var problems: [Problem] = []
        if !incident.affected.contains(details.municipality) {
            let listed = incident.affected.map { "\(names($0)) (\($0))" }.joined(separator: ", ")
            problems.append(
                Problem(
                    field: "municipality", rule: "not-affected",
                    message:
                        "\(names(details.municipality)) (\(details.municipality)) is not affected in incident \(incident.id); its affected municipalities are \(listed)"
                ))
        }
        if details.headcount < 1 {
            problems.append(
                Problem(field: "headcount", rule: "at-least-one", message: "the headcount must be at least 1"))
        } else if details.headcount > largestHeadcount {
            problems.append(
                Problem(
                    field: "headcount", rule: "at-most",
                    message: "the headcount may be at most \(largestHeadcount); file larger needs as several requests"))
        }
        if details.days.from < incident.start {
            problems.append(
                Problem(
                    field: "from", rule: "before-start",
                    message:
                        "the request starts \(details.days.from), before the incident's start \(incident.start); days before the start are never planned"
                ))
        }
        if details.days.dayCount > longestDays {
            problems.append(
                Problem(
                    field: "to", rule: "too-long",
                    message:
                        "the request runs \(details.days.dayCount) days; at most \(longestDays) are taken at once (file the rest later)"
                ))
        }
        return problems
    }

    /// What a change to a request would break for the people held for it (confirmed,
    /// dispatched or returned): their period must stay inside the new dates, no period may
    /// hold more of them than the new headcount, and the municipality and category stay.
    /// A headcount below 1 is left to ``problems(_:in:names:)``.
    public static func problems(
        changing request: IncidentRequest, to details: RequestDetails,
        held: [IncidentAssignment], incident: Incident
    ) -> [Problem] {
        guard !held.isEmpty else { return [] }
        var problems: [Problem] = []
        let ids = held.map(\.id.description).joined(separator: ", ")
        if details.municipality != request.details.municipality || details.category != request.details.category {
            problems.append(
                Problem(
                    field: details.category != request.details.category ? "category" : "municipality",
                    rule: "held-people",
                    message:
                        "\(request.id) has confirmed people (\(ids)); its municipality and category cannot change (cancel it and file a new request)"
                ))
        }
        var perPeriod: [Int: Int] = [:]
        for assignment in held {
            perPeriod[assignment.period, default: 0] += 1
            if !covers(details.days, period: assignment.period, of: incident) {
                problems.append(
                    Problem(
                        field: "from", rule: "held-people",
                        message:
                            "\(assignment.id) (\(assignment.staff), period \(assignment.period)) is confirmed on days the changed request no longer covers"
                    ))
            }
        }
        for (period, count) in perPeriod.sorted(by: { $0.key < $1.key }) where count > details.headcount {
            problems.append(
                Problem(
                    field: "headcount", rule: "held-people",
                    message:
                        "period \(period) has \(count) confirmed people for \(request.id), more than the new headcount \(details.headcount)"
                ))
        }
        return problems
    }

    /// Whether `days` reach into rotation period `period` of `incident` (overflow-safe).
    static func covers(_ days: DayRange, period: Int, of incident: Incident) -> Bool {
        let scenario = Scenario(id: "", start: incident.start, rotationDays: max(1, incident.rotationDays))
        let probe = DispatchRequest(
            id: "", municipality: LocalGovernmentCode(prefix: 38000),
            category: .general, headcount: 1, days: days)
        return scenario.window(of: probe, inPeriod: period) != nil
    }
}
