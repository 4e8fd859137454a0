import CounterpartCore

/// Builds a ``Roster`` from the elements of a roster file as they stream past, noting
/// each element's position. An element whose key (code or id) does not convert is left out;
/// other broken values get placeholders, and the checks that would read a placeholder are
/// passed over (``keeps(_:)``), so that one run reports every real problem. A roster with
/// problems is never returned.
final class RosterBuilder {
    /// The roster read, or `nil` when its root could not be read.
    var roster: Roster? {
        guard var roster = header else { return nil }
        roster.municipalities = municipalities
        roster.groups = groups
        roster.members = members
        roster.staff = staff
        return roster
    }
    /// The person whose element was read last, if it could be read.
    var lastPerson: StaffPerson? { isInsidePerson ? staff.last : nil }
    // The parts are kept apart while the file streams past: appending to an array inside
    // an optional roster would copy the roster's other parts for every element.
    private var header: Roster?
    private var municipalities: [Municipality] = []
    private var groups: [CounterpartGroup] = []
    private var members: [HotlineMember] = []
    private var staff: [StaffPerson] = []
    private(set) var sourceMap = RosterSourceMap()
    private var conversion = ValueConversion()
    private var isPrefectureBroken = false
    private var isScopeBroken = false
    private var isMunicipalityScope = false
    private var brokenLocations: Set<RosterLocation> = []

    /// A stand-in for a code that did not convert.
    static let placeholderCode = LocalGovernmentCode(prefix: 0)

    /// Whether a problem found by ``RosterCheck`` is real, rather than an effect of a placeholder.
    func keeps(_ problem: RosterProblem) -> Bool {
        !(isPrefectureBroken && problem.rule.readsPrefecture)
            && !(isScopeBroken && problem.rule.readsScope)
            && !(brokenLocations.contains(problem.location) && problem.rule.readsReference)
    }
    private var isInsideGroup = false
    private var isInsidePairing = false
    private var isInsidePerson = false

    var problems: ElementProblems { conversion.problems }

    func visit(_ reader: some StartTag, ordinal: Int) {
        guard let name = reader.localName else { return }
        let element = ordinal
        switch reader.depth {
        case 0 where AttributeText.matches(name, "roster"): readRoot(reader, element: element)
        case 1 where AttributeText.matches(name, "municipalities") || AttributeText.matches(name, "groups"):
            if isMunicipalityScope {
                let name = String(cString: name)
                conversion.problems.add(
                    element: element,
                    "a scope=\"municipality\" file carries only that municipality's members and staff, not <\(name)>",
                    japanese:
                        "scope=\"municipality\" のファイル（1市町分）には、その市町のホットライン登録者 <members> と派遣可能職員 <staff> だけを書きます。<\(name)>（\(JapaneseNames.element(name))）は書けません。"
                )
            }
        case 2 where AttributeText.matches(name, "municipality"): readMunicipality(reader, element: element)
        case 2 where AttributeText.matches(name, "group"): readGroup(reader, element: element)
        case 3 where AttributeText.matches(name, "pairing"): readPairing(reader, element: element)
        case 4 where AttributeText.matches(name, "secondary"): readSecondary(reader, element: element)
        case 2 where AttributeText.matches(name, "member"): readMember(reader, element: element)
        case 2 where AttributeText.matches(name, "person"): readPerson(reader, element: element)
        case 3 where AttributeText.matches(name, "available"): readAvailable(reader, element: element)
        default: break
        }
    }

    private func readRoot(_ reader: some StartTag, element: Int) {
        conversion.elementName = "roster"
        var prefecture: LocalGovernmentCode?
        var effective: CalendarDay?
        var municipality: LocalGovernmentCode?
        var scopeToken = "full"
        var hasMunicipality = false
        reader.forEachAttribute { name, value in
            if AttributeText.matches(name, "prefecture") {
                prefecture = conversion.code(value, "prefecture", element: element)
            } else if AttributeText.matches(name, "effective") {
                effective = conversion.day(value, "effective", element: element)
            } else if AttributeText.matches(name, "scope") {
                scopeToken = AttributeText.string(value)
            } else if AttributeText.matches(name, "municipality") {
                hasMunicipality = true
                municipality = conversion.code(value, "municipality", element: element)
            }
        }
        sourceMap.rootElement = element
        var scope = RosterScope.full
        if scopeToken == "municipality" {
            isMunicipalityScope = true
            if municipality == nil {
                isScopeBroken = true
                if !hasMunicipality {
                    conversion.problems.add(
                        element: element,
                        "scope=\"municipality\" needs municipality=\"CODE\", the municipality whose members and staff the file replaces",
                        japanese:
                            "scope=\"municipality\" には、このファイルで登録者と職員を置き換える市町の団体コード municipality=\"…\" が必要です。"
                    )
                }
            }
            scope = .municipality(municipality ?? RosterBuilder.placeholderCode)
        } else if hasMunicipality {
            conversion.problems.add(
                element: element, "municipality=\"…\" is only used with scope=\"municipality\"",
                japanese: "名簿の対象市町 municipality=\"…\" は scope=\"municipality\" のときだけ書きます。名簿全体なら municipality を消してください。")
        }
        isPrefectureBroken = prefecture == nil
        header = Roster(
            prefecture: prefecture ?? RosterBuilder.placeholderCode,
            effective: effective ?? CalendarDay(daysSinceEpoch: 0), scope: scope)
    }

    private func readMunicipality(_ reader: some StartTag, element: Int) {
        conversion.elementName = "municipality"
        var code: LocalGovernmentCode?
        var name = ""
        var kind = MunicipalityKind.city
        var latitude = 0.0
        var longitude = 0.0
        var capacity: Int?
        var population: Int?
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "code") {
                code = conversion.code(value, "code", element: element)
            } else if AttributeText.matches(attribute, "name") {
                name = AttributeText.string(value)
            } else if AttributeText.matches(attribute, "kind") {
                kind = conversion.token(value, "kind", element: element, as: MunicipalityKind.self) ?? kind
            } else if AttributeText.matches(attribute, "lat") {
                latitude = AttributeText.decimal(value) ?? 0
            } else if AttributeText.matches(attribute, "lon") {
                longitude = AttributeText.decimal(value) ?? 0
            } else if AttributeText.matches(attribute, "dispatchCapacity") {
                capacity = conversion.integer(value, "dispatchCapacity", element: element, minimum: 0)
            } else if AttributeText.matches(attribute, "population") {
                population = conversion.integer(value, "population", element: element, minimum: 0)
            }
        }
        guard let code else { return }
        municipalities.append(
            Municipality(
                code: code, name: name, kind: kind, latitude: latitude, longitude: longitude,
                dispatchCapacity: capacity, population: population))
        sourceMap.municipalityElements.append(Int32(element))
    }

    private func readGroup(_ reader: some StartTag, element: Int) {
        conversion.elementName = "group"
        var id: String?
        var name: String?
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "id") {
                id = AttributeText.string(value)
            } else if AttributeText.matches(attribute, "name") {
                name = AttributeText.string(value)
            }
        }
        isInsideGroup = id != nil && header != nil
        guard let id, isInsideGroup else { return }
        groups.append(CounterpartGroup(id: GroupID(id), name: name ?? id))
        sourceMap.groupElements.append(Int32(element))
        sourceMap.pairingElements.append([])
        sourceMap.secondaryElements.append([])
    }

    private func readPairing(_ reader: some StartTag, element: Int) {
        conversion.elementName = "pairing"
        var affected: LocalGovernmentCode?
        var primary: LocalGovernmentCode?
        var status: PairingStatus?
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "affected") {
                affected = conversion.code(value, "affected", element: element)
            } else if AttributeText.matches(attribute, "primary") {
                primary = conversion.code(value, "primary", element: element)
            } else if AttributeText.matches(attribute, "status") {
                status = conversion.token(value, "status", element: element, as: PairingStatus.self)
            }
        }
        isInsidePairing = isInsideGroup && affected != nil && primary != nil
        guard isInsidePairing, let affected, let primary, !groups.isEmpty else { return }
        groups[groups.count - 1].pairings.append(Pairing(affected: affected, primary: primary, status: status))
        sourceMap.pairingElements[sourceMap.pairingElements.count - 1].append(Int32(element))
        sourceMap.secondaryElements[sourceMap.secondaryElements.count - 1].append([])
    }

    private func readSecondary(_ reader: some StartTag, element: Int) {
        conversion.elementName = "secondary"
        var code: LocalGovernmentCode?
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "code") { code = conversion.code(value, "code", element: element) }
        }
        guard isInsidePairing, let code, let group = groups.indices.last,
            let pairing = groups[group].pairings.indices.last
        else { return }
        groups[group].pairings[pairing].secondaries.append(code)
        let groups = sourceMap.secondaryElements.count - 1
        sourceMap.secondaryElements[groups][sourceMap.secondaryElements[groups].count - 1].append(Int32(element))
    }

    private func readMember(_ reader: some StartTag, element: Int) {
        conversion.elementName = "member"
        var id: String?
        var municipality: LocalGovernmentCode?
        var role = HotlineRole.liaison
        var name = ""
        var phone: String?
        var email: String?
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "id") {
                id = AttributeText.string(value)
            } else if AttributeText.matches(attribute, "municipality") {
                municipality = conversion.code(value, "municipality", element: element)
            } else if AttributeText.matches(attribute, "role") {
                role = conversion.token(value, "role", element: element, as: HotlineRole.self) ?? role
            } else if AttributeText.matches(attribute, "name") {
                name = AttributeText.string(value)
            } else if AttributeText.matches(attribute, "phone") {
                phone = AttributeText.string(value)
            } else if AttributeText.matches(attribute, "email") {
                email = AttributeText.string(value)
            }
        }
        guard let id, header != nil else { return }
        if municipality == nil { brokenLocations.insert(.member(members.count)) }
        members.append(
            HotlineMember(
                id: MemberID(id), municipality: municipality ?? RosterBuilder.placeholderCode, role: role, name: name,
                phone: phone, email: email))
        sourceMap.memberElements.append(Int32(element))
    }

    private func readPerson(_ reader: some StartTag, element: Int) {
        conversion.elementName = "person"
        var id: String?
        var municipality: LocalGovernmentCode?
        var name = ""
        var skills = JobCategorySet()
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "id") {
                id = AttributeText.string(value)
            } else if AttributeText.matches(attribute, "municipality") {
                municipality = conversion.code(value, "municipality", element: element)
            } else if AttributeText.matches(attribute, "name") {
                name = AttributeText.string(value)
            } else if AttributeText.matches(attribute, "skills") {
                skills = readSkills(value, element: element)
            }
        }
        isInsidePerson = id != nil && header != nil
        guard isInsidePerson, let id else { return }
        if municipality == nil { brokenLocations.insert(.person(staff.count)) }
        staff.append(
            StaffPerson(
                id: StaffID(id), municipality: municipality ?? RosterBuilder.placeholderCode, name: name, skills: skills
            ))
        sourceMap.personElements.append(Int32(element))
    }

    private func readSkills(_ value: UnsafePointer<UInt8>, element: Int) -> JobCategorySet {
        var skills = JobCategorySet()
        AttributeText.forEachToken(value) { token in
            if let category = AttributeText.category(token) {
                skills.insert(category)
            } else {
                let text = String(decoding: token, as: UTF8.self)
                conversion.problems.addSchemaChecked(
                    element: element, "skills: '\(text)' is not a job category",
                    japanese:
                        "派遣可能職員の職種 skills の「\(text)」は職種ではありません。使えるのは \(JapaneseNames.allowedList(JobCategory.allCases.map(\.rawValue), attribute: "skills")) です（空白で区切って複数書けます）。"
                )
            }
        }
        return skills
    }

    private func readAvailable(_ reader: some StartTag, element: Int) {
        conversion.elementName = "available"
        var from: CalendarDay?
        var to: CalendarDay?
        reader.forEachAttribute { attribute, value in
            if AttributeText.matches(attribute, "from") {
                from = conversion.day(value, "from", element: element)
            } else if AttributeText.matches(attribute, "to") {
                to = conversion.day(value, "to", element: element)
            }
        }
        guard let range = conversion.range(from: from, to: to, element: element), isInsidePerson, !staff.isEmpty else {
            return
        }
        staff[staff.count - 1].availability.append(range)
    }
}
