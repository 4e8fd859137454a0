import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// `counterpart ack ITEM --member ID`: a hotline member has read a request, plan version or notice.
struct AckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack",
        abstract: "Record that a hotline member has read a request (R12), plan version (P3) or notice (N2).")

    @OptionGroup var options: OperationsOptions
    @Argument(help: "The item: R12, P3 or N2.") var item: String
    @Option(help: "The member's id, as in the roster (see 'counterpart roster contacts').") var member: String

    func validate() throws {
        guard let id = RecordID(item), [.request, .plan, .notice].contains(id.kind) else {
            throw ValidationError(
                "'\(item)' is not an item to acknowledge; items look like R12 (request), P3 (plan version) or N2 (notice)"
            )
        }
    }

    func run() async throws {
        let session = try options.session()
        guard let id = RecordID(item) else { throw ExitStatus.usage.exitCode }
        let outcome = try await session.run { desk throws(OperationsError) in
            try await desk.acknowledge(id, member: MemberID(member), by: options.actor)
        }
        let time: Timestamp
        let isNew: Bool
        switch outcome {
        case .recorded(let now): (time, isNew) = (now, true)
        case .already(let earlier): (time, isNew) = (earlier, false)
        }
        options.print(
            json: IncidentJSON.Acknowledgement(item: id, member: member, at: time, isNew: isNew),
            text: isNew
                ? "\(id) acknowledged by \(member).\n"
                : "\(id) was already acknowledged by \(member) at \(Clock.local(time)); nothing changed.\n")
    }
}

/// `counterpart followup [--incident ID]`: what is unread, and whom to phone.
struct FollowupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract:
            "List what is unacknowledged, longest-waiting first, by municipality, with the person to phone there.",
        discussion: """
            The person to phone is the municipality's liaison (実務担当), else the next role on the hotline; \
            at headquarters the 市町振興課. Without --incident: every open incident and notice, drills left out.
            """)

    @OptionGroup var options: OperationsOptions
    @Option(help: "Only this incident (I1 or 1); a drill is shown only this way.") var incident:
        RecordArgument<Incident>?

    func run() async throws {
        let session = try options.session()
        let id = incident?.id
        let groups = try await session.run { desk throws(OperationsError) in try await desk.followup(incident: id) }
        let lookup = try await session.names()
        options.print(
            json: groups.map { IncidentJSON.FollowupGroup($0, names: lookup) },
            text: IncidentText(names: lookup).followup(groups))
    }
}
