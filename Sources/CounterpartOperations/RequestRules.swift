import CounterpartCore

/// The checks a request passes before it is stored, as for a scenario file's requests:
/// from an affected municipality, sensible dates, and — for a change — nothing that would
/// strand people already confirmed.
public enum RequestRules {
    /// The longest request, in days; longer needs are filed again later.
    public static let longestDays = 366

    /// Every problem of `details` for `incident`, as sentences; empty when it may be stored.
    /// `names` gives a municipality's name for messages.
    public static func problems(_ details: RequestDetails, in incident: Incident,
                                names: (LocalGovernmentCode) -> String) -> [String] {
        var problems: [String] = []
        if !incident.affected.contains(details.municipality) {
            let listed = incident.affected.map { "\(names($0)) (\($0))" }.joined(separator: ", ")
            problems.append("\(names(details.municipality)) (\(details.municipality)) is not affected in incident \(incident.id); its affected municipalities are \(listed)")
        }
        if details.headcount < 1 { problems.append("the headcount must be at least 1") }
        if details.days.from < incident.start {
            problems.append("the request starts \(details.days.from), before the incident's start \(incident.start); days before the start are never planned")
        }
        if details.days.dayCount > longestDays {
            problems.append("the request runs \(details.days.dayCount) days; at most \(longestDays) are taken at once (file the rest later)")
        }
        return problems
    }

    /// What a change to a request would break for the people held for it (confirmed,
    /// dispatched or returned): their period must stay inside the new dates, no period may
    /// hold more of them than the new headcount, and the municipality and category stay.
    public static func problems(changing request: IncidentRequest, to details: RequestDetails,
                                held: [IncidentAssignment], incident: Incident) -> [String] {
        guard !held.isEmpty else { return [] }
        var problems: [String] = []
        let ids = held.map(\.id.description).joined(separator: ", ")
        if details.municipality != request.details.municipality || details.category != request.details.category {
            problems.append("\(request.id) has confirmed people (\(ids)); its municipality and category cannot change (cancel it and file a new request)")
        }
        let scenario = Scenario(id: "", start: incident.start, rotationDays: incident.rotationDays)
        let probe = DispatchRequest(id: "", municipality: details.municipality, category: details.category,
                                    headcount: details.headcount, days: details.days)
        var perPeriod: [Int: Int] = [:]
        for assignment in held {
            perPeriod[assignment.period, default: 0] += 1
            if scenario.window(of: probe, inPeriod: assignment.period) == nil {
                problems.append("\(assignment.id) (\(assignment.staff), period \(assignment.period)) is confirmed on days the changed request no longer covers")
            }
        }
        for (period, count) in perPeriod.sorted(by: { $0.key < $1.key }) where count > details.headcount {
            problems.append("period \(period) has \(count) confirmed people for \(request.id), more than the new headcount \(details.headcount)")
        }
        return problems
    }
}
