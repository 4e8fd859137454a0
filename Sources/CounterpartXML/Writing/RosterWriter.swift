import CounterpartCore

/// Writes rosters in the canonical form: a fixed order of elements and attributes,
/// two-space indentation, one element per line. The same roster always gives the same bytes.
public enum RosterWriter {
    /// Writes `roster` to `output` and flushes it.
    /// - Throws: whatever `output`'s delivery throws.
    public static func write(_ roster: Roster, to output: XMLOutput) throws {
        try output.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<roster")
        try output.attribute("xmlns", DocumentKind.roster.namespace)
        try output.attribute("prefecture", roster.prefecture.description)
        try output.attribute("effective", roster.effective.description)
        switch roster.scope {
        case .full:
            try output.attribute("scope", "full")
        case .municipality(let code):
            try output.attribute("scope", "municipality")
            try output.attribute("municipality", code.description)
        }
        try output.raw(">\n")
        try writeMunicipalities(roster.municipalities, to: output)
        try writeGroups(roster.groups, to: output)
        try writeMembers(roster.members, to: output)
        try writeStaff(roster.staff, to: output)
        try output.raw("</roster>\n")
        try output.flush()
    }

    /// The canonical bytes of `roster`.
    public static func bytes(of roster: Roster) -> [UInt8] {
        var bytes: [UInt8] = []
        // The output only appends to memory, so writing cannot fail.
        try? write(roster, to: XMLOutput { bytes.append(contentsOf: $0) })
        return bytes
    }

    private static func writeMunicipalities(_ municipalities: [Municipality], to output: XMLOutput) throws {
        guard !municipalities.isEmpty else { return }
        try output.raw("  <municipalities>\n")
        for municipality in municipalities {
            try output.raw("    <municipality")
            try output.attribute("code", municipality.code.description)
            try output.attribute("name", municipality.name)
            try output.attribute("kind", municipality.kind.rawValue)
            try output.attribute("lat", DecimalText.format(municipality.latitude))
            try output.attribute("lon", DecimalText.format(municipality.longitude))
            try output.attribute("dispatchCapacity", municipality.dispatchCapacity.map(String.init))
            try output.attribute("population", municipality.population.map(String.init))
            try output.raw("/>\n")
        }
        try output.raw("  </municipalities>\n")
    }

    private static func writeGroups(_ groups: [CounterpartGroup], to output: XMLOutput) throws {
        guard !groups.isEmpty else { return }
        try output.raw("  <groups>\n")
        for group in groups {
            try output.raw("    <group")
            try output.attribute("id", group.id.rawValue)
            try output.attribute("name", group.name)
            guard !group.pairings.isEmpty else {
                try output.raw("/>\n")
                continue
            }
            try output.raw(">\n")
            for pairing in group.pairings {
                try writePairing(pairing, to: output)
            }
            try output.raw("    </group>\n")
        }
        try output.raw("  </groups>\n")
    }

    private static func writePairing(_ pairing: Pairing, to output: XMLOutput) throws {
        try output.raw("      <pairing")
        try output.attribute("affected", pairing.affected.description)
        try output.attribute("primary", pairing.primary.description)
        try output.attribute("status", pairing.status?.rawValue)
        guard !pairing.secondaries.isEmpty else {
            try output.raw("/>\n")
            return
        }
        try output.raw(">\n")
        for code in pairing.secondaries {
            try output.raw("        <secondary")
            try output.attribute("code", code.description)
            try output.raw("/>\n")
        }
        try output.raw("      </pairing>\n")
    }

    private static func writeMembers(_ members: [HotlineMember], to output: XMLOutput) throws {
        guard !members.isEmpty else { return }
        try output.raw("  <members>\n")
        for member in members {
            try output.raw("    <member")
            try output.attribute("id", member.id.rawValue)
            try output.attribute("municipality", member.municipality.description)
            try output.attribute("role", member.role.rawValue)
            try output.attribute("name", member.name)
            try output.attribute("phone", member.phone)
            try output.attribute("email", member.email)
            try output.raw("/>\n")
        }
        try output.raw("  </members>\n")
    }

    private static func writeStaff(_ staff: [StaffPerson], to output: XMLOutput) throws {
        guard !staff.isEmpty else { return }
        try output.raw("  <staff>\n")
        for person in staff {
            try output.raw("    <person")
            try output.attribute("id", person.id.rawValue)
            try output.attribute("municipality", person.municipality.description)
            try output.attribute("name", person.name)
            try output.attribute("skills", person.skills.description)
            guard !person.availability.isEmpty else {
                try output.raw("/>\n")
                continue
            }
            try output.raw(">\n")
            for interval in person.availability {
                try output.raw("      <available")
                try output.attribute("from", interval.from.description)
                try output.attribute("to", interval.to.description)
                try output.raw("/>\n")
            }
            try output.raw("    </person>\n")
        }
        try output.raw("  </staff>\n")
    }
}
