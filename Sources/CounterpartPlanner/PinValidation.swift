import CounterpartCore

/// The checks of FORMATS.md on pins alone: a pin is bad input when, by itself, it breaks
/// rule 1, 2, 3, 4, 5 or 6, or overfills its request.
enum PinValidation {
    /// Every problem of the pins, in pin order. Complexity: O(pins · log pins).
    static func problems(scenario: Scenario, roster: Roster, context: PlanningContext) -> [PinProblem] {
        var problems: [PinProblem] = []
        var staffInPeriod: [PeriodKey<StaffID>: Int] = [:]
        var pinsPerRequest: [PeriodKey<RequestID>: Int] = [:]
        var pinsPerMunicipality: [PeriodKey<LocalGovernmentCode>: Int] = [:]
        var pinnedPeriods: [StaffID: Set<Int>] = [:]
        for (index, pin) in scenario.pins.enumerated() {
            let label = "pin of '\(pin.staff)' to '\(pin.request)' in period \(pin.period)"
            let labelJapanese = "\(pin.staff) を \(pin.request) の第\(pin.period + 1)期に指定"
            guard let person = context.staff[pin.staff], let request = context.requests[pin.request] else {
                problems.append(
                    PinProblem(
                        pin: index, message: "\(label): the roster or the scenario has no such person or request",
                        japanese: "\(labelJapanese): 名簿かシナリオにその職員または要請がありません"))
                continue
            }
            guard let window = scenario.window(of: request, inPeriod: pin.period) else {
                problems.append(
                    PinProblem(
                        pin: index, message: "\(label): the request is not active in that period",
                        japanese: "\(labelJapanese): その期は要請の期間外です"))
                continue
            }
            if let first = staffInPeriod[PeriodKey(pin.staff, pin.period)] {
                problems.append(
                    PinProblem(
                        pin: index,
                        message:
                            "\(label): '\(pin.staff)' is already pinned in that period (pin \(first + 1)); a person fills one slot per period (rule 4)",
                        japanese: "\(labelJapanese): この期には既に指定されています（\(first + 1)番目の指定）。1人は1期に1つの要請だけです（規則4）"
                    ))
                continue
            }
            staffInPeriod[PeriodKey(pin.staff, pin.period)] = index
            if !person.skills.contains(request.category) {
                problems.append(
                    PinProblem(
                        pin: index,
                        message:
                            "\(label): '\(pin.staff)' does not have the skill \(request.category) (\(request.category.japaneseLabel)) (rule 1)",
                        japanese: "\(labelJapanese): 「\(request.category.japaneseLabel)」の技能がありません（規則1）"
                    ))
            }
            if context.affected.contains(person.municipality) {
                problems.append(
                    PinProblem(
                        pin: index,
                        message:
                            "\(label): '\(pin.staff)' works for \(person.municipality), which is itself affected (rule 2)",
                        japanese: "\(labelJapanese): 所属の \(person.municipality) 自身が被災市町です（規則2）"
                    ))
            }
            if !person.isAvailable(throughout: window) {
                problems.append(
                    PinProblem(
                        pin: index,
                        message:
                            "\(label): '\(pin.staff)' is not available on every day of \(window.from) to \(window.to) (rule 3)",
                        japanese:
                            "\(labelJapanese): \(window.from.japaneseShort)〜\(window.to.japaneseShort) の全日には応援できません（規則3）"
                    ))
            }
            pinsPerRequest[PeriodKey(pin.request, pin.period), default: 0] += 1
            if pinsPerRequest[PeriodKey(pin.request, pin.period)]! > request.headcount {
                problems.append(
                    PinProblem(
                        pin: index,
                        message:
                            "\(label): more pins than the request's headcount of \(request.headcount) in that period",
                        japanese: "\(labelJapanese): この期の指定が要請の人数 \(request.headcount)人を超えます"))
            }
            pinsPerMunicipality[PeriodKey(person.municipality, pin.period), default: 0] += 1
            if let capacity = context.capacity[person.municipality],
                pinsPerMunicipality[PeriodKey(person.municipality, pin.period)]! > capacity
            {
                problems.append(
                    PinProblem(
                        pin: index,
                        message:
                            "\(label): more pins than the dispatch capacity of \(capacity) for \(person.municipality) in that period (rule 6)",
                        japanese: "\(labelJapanese): この期の指定が \(person.municipality) の派遣可能数 \(capacity)人を超えます（規則6）"
                    ))
            }
            pinnedPeriods[pin.staff, default: []].insert(pin.period)
            if let run = longestRun(in: pinnedPeriods[pin.staff]!, through: pin.period),
                run > scenario.policy.maxConsecutivePeriods
            {
                problems.append(
                    PinProblem(
                        pin: index,
                        message:
                            "\(label): '\(pin.staff)' would serve \(run) periods in a row, more than maxConsecutivePeriods \(scenario.policy.maxConsecutivePeriods) (rule 5)",
                        japanese:
                            "\(labelJapanese): \(run)期連続になり、連続の上限 \(scenario.policy.maxConsecutivePeriods)期を超えます（規則5）"
                    ))
            }
        }
        return problems
    }

    /// The length of the run of consecutive periods in `periods` that holds `period`.
    private static func longestRun(in periods: Set<Int>, through period: Int) -> Int? {
        guard periods.contains(period) else { return nil }
        var low = period
        var high = period
        while periods.contains(low - 1) { low -= 1 }
        while periods.contains(high + 1) { high += 1 }
        return high - low + 1
    }
}

/// A key of something in one period.
struct PeriodKey<Subject: Hashable>: Hashable {
    var subject: Subject
    var period: Int
    init(_ subject: Subject, _ period: Int) {
        self.subject = subject
        self.period = period
    }
}
