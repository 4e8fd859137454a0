import CounterpartCore

/// Confirmed assignments that obey the pin conditions of the planning rule: the right
/// skill, from outside the affected area, available for the whole window, each person
/// pinned once, no request over its headcount and no municipality over its capacity.
enum PinSynthesis {
    static func pins(count: Int, scenario: Scenario, roster: Roster, using generator: inout SeededGenerator) -> [Pin] {
        let affected = Set(scenario.affected)
        let capacity = Dictionary(uniqueKeysWithValues: roster.municipalities.map { ($0.code, $0.dispatchCapacity) })
        var used: Set<StaffID> = []
        var perRequestPeriod: [String: Int] = [:]
        var perMunicipalityPeriod: [String: Int] = [:]
        var pins: [Pin] = []
        let staff = generator.shuffled(roster.staff.filter { !affected.contains($0.municipality) })
        for request in generator.shuffled(scenario.requests) where pins.count < count {
            guard let period = scenario.period(of: max(request.days.from, scenario.start)),
                let window = scenario.window(of: request, inPeriod: period)
            else { continue }
            let slotKey = "\(request.id.rawValue)#\(period)"
            guard
                let person = staff.first(where: { person in
                    let municipalityKey = "\(person.municipality)#\(period)"
                    let limit = capacity[person.municipality].flatMap { $0 } ?? Int.max
                    return !used.contains(person.id) && person.skills.contains(request.category)
                        && person.isAvailable(throughout: window)
                        && (perMunicipalityPeriod[municipalityKey] ?? 0) < limit
                }), (perRequestPeriod[slotKey] ?? 0) < request.headcount
            else { continue }
            used.insert(person.id)
            perRequestPeriod[slotKey, default: 0] += 1
            perMunicipalityPeriod["\(person.municipality)#\(period)", default: 0] += 1
            pins.append(Pin(request: request.id, staff: person.id, period: period))
        }
        return pins.sorted { ($0.period, $0.request, $0.staff) < ($1.period, $1.request, $1.staff) }
    }
}
