import CounterpartCore
import CounterpartOperations

/// The records of an incident as JSON objects, each carrying its `id`.
struct OperationsJSON {
    let names: MunicipalityLookup

    func stamp(_ stamp: Stamp?) -> JSONValue {
        guard let stamp else { return .null }
        return .object([("at", .string(stamp.time.description)), ("by", .string(stamp.actor))])
    }

    func municipality(_ code: LocalGovernmentCode) -> JSONValue {
        .object([("code", .string(code.description)), ("name", .string(names.name(code)))])
    }

    func incident(_ incident: Incident) -> JSONValue {
        .object([
            ("id", .string(incident.id.description)), ("name", .string(incident.name)), ("drill", .bool(incident.isDrill)),
            ("start", .string(incident.start.description)), ("rotationDays", .int(incident.rotationDays)),
            ("affected", .array(incident.affected.map(municipality))), ("open", .bool(incident.isOpen)),
            ("opened", stamp(incident.opened)), ("closed", stamp(incident.closed)),
        ])
    }

    func request(_ request: IncidentRequest) -> JSONValue {
        let details = request.details
        return .object([
            ("id", .string(request.id.description)), ("incident", .string(request.incident.description)),
            ("municipality", municipality(details.municipality)), ("category", .string(details.category.rawValue)),
            ("headcount", .int(details.headcount)), ("from", .string(details.days.from.description)),
            ("to", .string(details.days.to.description)), ("priority", .string(details.priority.rawValue)),
            ("note", .optional(details.note)), ("cancelled", .bool(request.isCancelled)), ("filed", stamp(request.filed)),
        ])
    }

    func assignment(_ assignment: IncidentAssignment) -> JSONValue {
        return .object([
            ("id", .string(assignment.id.description)), ("request", .string(assignment.request.description)),
            ("staff", .string(assignment.staff.rawValue)), ("staffName", .optional(names.staffName(assignment.staff))),
            ("period", .int(assignment.period)), ("supplier", municipality(assignment.supplier)),
            ("tier", .string(assignment.tier.rawValue)), ("distanceKm", .int(assignment.distanceKm)),
            ("from", .string(assignment.window.from.description)), ("to", .string(assignment.window.to.description)),
            ("state", .string(assignment.state.rawValue)), ("reason", .optional(assignment.reason)),
            ("proposedInVersion", .int(assignment.proposedIn)),
        ])
    }

    func member(_ id: MemberID) -> JSONValue {
        let member = names.member(id)
        return .object([
            ("member", .string(id.rawValue)), ("name", .optional(member?.name)), ("role", .optional(member?.role.rawValue)),
            ("phone", .optional(member?.phone)),
        ])
    }

    func followup(_ groups: [FollowupGroup]) -> JSONValue {
        .array(groups.map { group in
            .object([
                ("municipality", municipality(group.municipality)),
                ("call", group.contact.map { member($0.id) } ?? .null),
                ("items", .array(group.items.map { item in
                    .object([("item", .string(item.item.description)), ("since", .string(item.since.description)),
                             ("subject", .string(item.subject)), ("waiting", .array(item.waiting.map(member)))])
                })),
            ])
        })
    }

    func shortfall(_ shortfall: RecordedShortfall) -> JSONValue {
        .object([
            ("period", .int(shortfall.period)), ("request", .string(shortfall.request.description)),
            ("category", .string(shortfall.category.rawValue)), ("missing", .int(shortfall.missing)),
            ("reason", .string(shortfall.reason)),
        ])
    }

    func event(_ event: OperationsEvent) -> JSONValue {
        .object([("at", .string(event.stamp.time.description)), ("by", .string(event.stamp.actor)),
                 ("subject", .string(event.subject)), ("text", .string(event.text))])
    }

    func notice(_ notice: Notice) -> JSONValue {
        .object([
            ("id", .string(notice.id.description)), ("title", .string(notice.title)), ("body", .string(notice.body)),
            ("group", .optional(notice.group?.rawValue)),
            ("incident", .optional(notice.incident?.description)),
            ("posted", stamp(notice.posted)), ("audience", .int(notice.audience)),
        ])
    }
}
