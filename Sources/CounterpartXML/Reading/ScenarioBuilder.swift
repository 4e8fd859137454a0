import CounterpartCore

/// Builds a ``Scenario`` from the elements of a scenario file as they stream past. As for
/// rosters, broken values get placeholders and the checks that would read them are passed
/// over (``keeps(_:in:)``).
final class ScenarioBuilder {
    private(set) var sourceMap = ScenarioSourceMap()
    private var conversion = ValueConversion()
    private var arePeriodsBroken = false
    private var brokenRequests: Set<RequestID> = []
    private var requestsWithBrokenMunicipality: Set<Int> = []

    /// Whether a problem found by ``ScenarioCheck`` is real, rather than an effect of a placeholder.
    func keeps(_ problem: ScenarioProblem, in scenario: Scenario) -> Bool {
        switch (problem.rule, problem.location) {
        case (.pinInActivePeriod, .pin(let index)):
            return !arePeriodsBroken && !brokenRequests.contains(scenario.pins[index].request)
        case (.requestFromAffected, .request(let index)):
            return !requestsWithBrokenMunicipality.contains(index)
        default:
            return true
        }
    }
    private var header: (id: String, name: String?, start: CalendarDay, rotationDays: Int)?
    private var affected: [LocalGovernmentCode] = []
    private var requests: [DispatchRequest] = []
    private var pins: [Pin] = []
    private var tierCost: [Tier: Int] = [:]
    private var priorityValue: [Priority: Int] = [:]
    private var maxConsecutivePeriods = 1

    var problems: ElementProblems { conversion.problems }

    /// The scenario read, or `nil` when its root could not be read.
    var scenario: Scenario? {
        guard let header else { return nil }
        return Scenario(
            id: header.id, name: header.name, start: header.start, rotationDays: header.rotationDays,
            affected: affected, requests: requests, pins: pins,
            policy: PlanningPolicy(
                tierCost: tierCost, priorityValue: priorityValue,
                maxConsecutivePeriods: maxConsecutivePeriods))
    }

    func visit(_ reader: some StartTag, ordinal: Int) {
        guard let name = reader.localName else { return }
        let element = ordinal
        switch reader.depth {
        case 0 where AttributeText.matches(name, "scenario"): readRoot(reader, element: element)
        case 1 where AttributeText.matches(name, "affected"): readAffected(reader, element: element)
        case 1 where AttributeText.matches(name, "request"): readRequest(reader, element: element)
        case 1 where AttributeText.matches(name, "pin"): readPin(reader, element: element)
        case 2 where AttributeText.matches(name, "tierCost"): readTierCost(reader, element: element)
        case 2 where AttributeText.matches(name, "priorityValue"): readPriorityValue(reader, element: element)
        case 2 where AttributeText.matches(name, "maxConsecutivePeriods"): readMaxConsecutive(reader, element: element)
        default: break
        }
    }

    private func readRoot(_ reader: some StartTag, element: Int) {
        conversion.elementName = "scenario"
        var id: String?
        var name: String?
        var start: CalendarDay?
        var rotationDays: Int? = 7
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "id") {
                id = AttributeText.string(value)
            } else if AttributeText.matches(attribute, "name") {
                name = AttributeText.string(value)
            } else if AttributeText.matches(attribute, "start") {
                start = conversion.day(value, "start", element: element)
            } else if AttributeText.matches(attribute, "rotationDays") {
                rotationDays = conversion.integer(value, "rotationDays", element: element, minimum: 1)
            }
        }
        sourceMap.rootElement = element
        arePeriodsBroken = start == nil || rotationDays == nil
        header = (id ?? "", name, start ?? CalendarDay(daysSinceEpoch: 0), rotationDays ?? 7)
    }

    private func readAffected(_ reader: some StartTag, element: Int) {
        conversion.elementName = "affected"
        var code: LocalGovernmentCode?
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "code") { code = conversion.code(value, "code", element: element) }
        }
        guard let code else { return }
        affected.append(code)
        sourceMap.affectedElements.append(Int32(element))
    }

    private func readRequest(_ reader: some StartTag, element: Int) {
        conversion.elementName = "request"
        var id: String?
        var municipality: LocalGovernmentCode?
        var category: JobCategory?
        var headcount: Int?
        var from: CalendarDay?
        var to: CalendarDay?
        var priority: Priority? = .normal
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "id") {
                id = AttributeText.string(value)
            } else if AttributeText.matches(attribute, "municipality") {
                municipality = conversion.code(value, "municipality", element: element)
            } else if AttributeText.matches(attribute, "category") {
                category = conversion.token(value, "category", element: element, as: JobCategory.self)
            } else if AttributeText.matches(attribute, "headcount") {
                headcount = conversion.integer(value, "headcount", element: element, minimum: 1)
            } else if AttributeText.matches(attribute, "from") {
                from = conversion.day(value, "from", element: element)
            } else if AttributeText.matches(attribute, "to") {
                to = conversion.day(value, "to", element: element)
            } else if AttributeText.matches(attribute, "priority") {
                priority = conversion.token(value, "priority", element: element, as: Priority.self)
            }
        }
        let days = conversion.range(from: from, to: to, element: element)
        guard let id else { return }
        let requestID = RequestID(id)
        if days == nil { brokenRequests.insert(requestID) }
        if municipality == nil { requestsWithBrokenMunicipality.insert(requests.count) }
        let placeholderDays = DayRange(spanning: CalendarDay(daysSinceEpoch: 0), CalendarDay(daysSinceEpoch: 0))
        requests.append(
            DispatchRequest(
                id: requestID, municipality: municipality ?? RosterBuilder.placeholderCode,
                category: category ?? .general, headcount: headcount ?? 1,
                days: days ?? placeholderDays, priority: priority ?? .normal))
        sourceMap.requestElements.append(Int32(element))
    }

    private func readPin(_ reader: some StartTag, element: Int) {
        conversion.elementName = "pin"
        var request: String?
        var staff: String?
        var period: Int?
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "request") {
                request = AttributeText.string(value)
            } else if AttributeText.matches(attribute, "staff") {
                staff = AttributeText.string(value)
            } else if AttributeText.matches(attribute, "period") {
                period = conversion.integer(value, "period", element: element, minimum: 0)
            }
        }
        guard let request, let staff, let period else { return }
        pins.append(Pin(request: RequestID(request), staff: StaffID(staff), period: period))
        sourceMap.pinElements.append(Int32(element))
    }

    private func readTierCost(_ reader: some StartTag, element: Int) {
        conversion.elementName = "tierCost"
        reader.forEachAttribute { attribute, value in
            let name = AttributeText.string(attribute)
            guard let tier = Tier(rawValue: name) else { return }
            tierCost[tier] = conversion.integer(value, "tierCost", element: element, minimum: Int(Int32.min))
        }
    }

    private func readPriorityValue(_ reader: some StartTag, element: Int) {
        conversion.elementName = "priorityValue"
        reader.forEachAttribute { attribute, value in
            let name = AttributeText.string(attribute)
            guard let priority = Priority(rawValue: name) else { return }
            priorityValue[priority] = conversion.integer(
                value, "priorityValue", element: element, minimum: Int(Int32.min))
        }
    }

    private func readMaxConsecutive(_ reader: some StartTag, element: Int) {
        conversion.elementName = "maxConsecutivePeriods"
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "value") {
                maxConsecutivePeriods = conversion.integer(value, "value", element: element, minimum: 1) ?? 1
            }
        }
    }
}
