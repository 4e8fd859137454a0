import CounterpartCore

/// Builds a ``DemandProfile`` from the elements of a demand profile file as they stream
/// past. A need whose category is broken keeps a placeholder and is left out of the
/// duplicate check (``keeps(_:)``).
final class DemandBuilder {
    private(set) var sourceMap = DemandSourceMap()
    private var conversion = ValueConversion()
    private var header: (id: String, name: String?, rotationDays: Int)?
    private var needs: [DemandNeed] = []
    private var needsWithBrokenCategory: Set<Int> = []

    var problems: ElementProblems { conversion.problems }

    /// The profile read, or `nil` when its root could not be read.
    var profile: DemandProfile? {
        guard let header else { return nil }
        return DemandProfile(id: header.id, name: header.name, rotationDays: header.rotationDays, needs: needs)
    }

    /// Whether a problem found by ``DemandCheck`` is real, rather than an effect of a placeholder.
    func keeps(_ problem: DemandProblem) -> Bool {
        for location in [problem.location, problem.earlier] {
            if case .need(let index)? = location, needsWithBrokenCategory.contains(index) { return false }
        }
        return true
    }

    func visit(_ reader: some StartTag, ordinal: Int) {
        guard let name = reader.localName else { return }
        switch reader.depth {
        case 0 where AttributeText.matches(name, "demand"): readRoot(reader, element: ordinal)
        case 1 where AttributeText.matches(name, "need"): readNeed(reader, element: ordinal)
        default: break
        }
    }

    private func readRoot(_ reader: some StartTag, element: Int) {
        conversion.elementName = "demand"
        var id: String?
        var name: String?
        var rotationDays: Int? = 7
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "id") {
                id = AttributeText.string(value)
            } else if AttributeText.matches(attribute, "name") {
                name = AttributeText.string(value)
            } else if AttributeText.matches(attribute, "rotationDays") {
                rotationDays = conversion.integer(value, "rotationDays", element: element, minimum: 1)
            }
        }
        sourceMap.rootElement = element
        header = (id ?? "", name, rotationDays ?? 7)
    }

    private func readNeed(_ reader: some StartTag, element: Int) {
        conversion.elementName = "need"
        var category: JobCategory?
        var hundredths: Int?
        var minimum: Int? = 0
        var days: Int?
        var priority: Priority? = .normal
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "category") {
                category = conversion.token(value, "category", element: element, as: JobCategory.self)
            } else if AttributeText.matches(attribute, "perTenThousand") {
                hundredths = conversion.hundredths(value, "perTenThousand", element: element)
            } else if AttributeText.matches(attribute, "minimum") {
                minimum = conversion.integer(value, "minimum", element: element, minimum: 0)
            } else if AttributeText.matches(attribute, "days") {
                days = conversion.integer(value, "days", element: element, minimum: 1)
            } else if AttributeText.matches(attribute, "priority") {
                priority = conversion.token(value, "priority", element: element, as: Priority.self)
            }
        }
        if category == nil { needsWithBrokenCategory.insert(needs.count) }
        needs.append(
            DemandNeed(
                category: category ?? .general, hundredthsPerTenThousand: hundredths ?? 0,
                minimum: minimum ?? 0, days: days ?? 1, priority: priority ?? .normal))
        sourceMap.needElements.append(Int32(element))
    }
}
