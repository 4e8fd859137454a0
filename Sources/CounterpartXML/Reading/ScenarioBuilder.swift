import CounterpartCore

/// Builds a ``Scenario`` from the elements of a scenario file as they stream past.
final class ScenarioBuilder {
    private(set) var sourceMap = ScenarioSourceMap()
    private var conversion = ValueConversion()
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
            policy: PlanningPolicy(tierCost: tierCost, priorityValue: priorityValue,
                                   maxConsecutivePeriods: maxConsecutivePeriods))
    }

    func visit(_ reader: XMLStreamReader) {
        guard let name = reader.localName else { return }
        let line = reader.line
        switch reader.depth {
        case 0 where AttributeText.matches(name, "scenario"): readRoot(reader, line: line)
        case 1 where AttributeText.matches(name, "affected"): readAffected(reader, line: line)
        case 1 where AttributeText.matches(name, "request"): readRequest(reader, line: line)
        case 1 where AttributeText.matches(name, "pin"): readPin(reader, line: line)
        case 2 where AttributeText.matches(name, "tierCost"): readTierCost(reader, line: line)
        case 2 where AttributeText.matches(name, "priorityValue"): readPriorityValue(reader, line: line)
        case 2 where AttributeText.matches(name, "maxConsecutivePeriods"): readMaxConsecutive(reader, line: line)
        default: break
        }
    }

    private func readRoot(_ reader: XMLStreamReader, line: Int) {
        var id: String?, name: String?, start: CalendarDay?, rotationDays: Int? = 7
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "id") { id = AttributeText.string(value) }
            else if AttributeText.matches(attribute, "name") { name = AttributeText.string(value) }
            else if AttributeText.matches(attribute, "start") { start = conversion.day(value, "start", line: line) }
            else if AttributeText.matches(attribute, "rotationDays") { rotationDays = conversion.integer(value, "rotationDays", line: line, minimum: 1) }
        }
        sourceMap.rootLine = line
        guard let id, let start, let rotationDays else { return }
        header = (id, name, start, rotationDays)
    }

    private func readAffected(_ reader: XMLStreamReader, line: Int) {
        var code: LocalGovernmentCode?
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "code") { code = conversion.code(value, "code", line: line) }
        }
        guard let code else { return }
        affected.append(code)
        sourceMap.affectedLines.append(Int32(line))
    }

    private func readRequest(_ reader: XMLStreamReader, line: Int) {
        var id: String?, municipality: LocalGovernmentCode?, category: JobCategory?, headcount: Int?
        var from: CalendarDay?, to: CalendarDay?, priority: Priority? = .normal
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "id") { id = AttributeText.string(value) }
            else if AttributeText.matches(attribute, "municipality") { municipality = conversion.code(value, "municipality", line: line) }
            else if AttributeText.matches(attribute, "category") { category = conversion.token(value, "category", line: line, as: JobCategory.self) }
            else if AttributeText.matches(attribute, "headcount") { headcount = conversion.integer(value, "headcount", line: line, minimum: 1) }
            else if AttributeText.matches(attribute, "from") { from = conversion.day(value, "from", line: line) }
            else if AttributeText.matches(attribute, "to") { to = conversion.day(value, "to", line: line) }
            else if AttributeText.matches(attribute, "priority") { priority = conversion.token(value, "priority", line: line, as: Priority.self) }
        }
        let days = conversion.range(from: from, to: to, line: line)
        guard let id, let municipality, let category, let headcount, let days, let priority else { return }
        requests.append(DispatchRequest(
            id: RequestID(id), municipality: municipality, category: category,
            headcount: headcount, days: days, priority: priority))
        sourceMap.requestLines.append(Int32(line))
    }

    private func readPin(_ reader: XMLStreamReader, line: Int) {
        var request: String?, staff: String?, period: Int?
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "request") { request = AttributeText.string(value) }
            else if AttributeText.matches(attribute, "staff") { staff = AttributeText.string(value) }
            else if AttributeText.matches(attribute, "period") { period = conversion.integer(value, "period", line: line, minimum: 0) }
        }
        guard let request, let staff, let period else { return }
        pins.append(Pin(request: RequestID(request), staff: StaffID(staff), period: period))
        sourceMap.pinLines.append(Int32(line))
    }

    private func readTierCost(_ reader: XMLStreamReader, line: Int) {
        reader.forEachAttribute { attribute, value in
            let name = AttributeText.string(attribute)
            guard let tier = Tier(rawValue: name) else { return }
            tierCost[tier] = conversion.integer(value, "tierCost", line: line, minimum: Int(Int32.min))
        }
    }

    private func readPriorityValue(_ reader: XMLStreamReader, line: Int) {
        reader.forEachAttribute { attribute, value in
            let name = AttributeText.string(attribute)
            guard let priority = Priority(rawValue: name) else { return }
            priorityValue[priority] = conversion.integer(value, "priorityValue", line: line, minimum: Int(Int32.min))
        }
    }

    private func readMaxConsecutive(_ reader: XMLStreamReader, line: Int) {
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "value") {
                maxConsecutivePeriods = conversion.integer(value, "value", line: line, minimum: 1) ?? 1
            }
        }
    }
}
