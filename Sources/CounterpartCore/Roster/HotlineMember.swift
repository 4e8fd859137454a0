/// A person registered on the hotline (ホットライン) for a municipality or for headquarters.
public struct HotlineMember: Hashable, Sendable {
    /// The member's id, unique among members.
    public var id: MemberID
    /// The municipality, or the prefecture's code for headquarters staff.
    public var municipality: LocalGovernmentCode
    /// The role, for example vice-mayor (副市町長).
    public var role: HotlineRole
    /// The member's name.
    public var name: String
    /// A phone number, as written.
    public var phone: String?
    /// An e-mail address, as written.
    public var email: String?

    /// A hotline member.
    public init(
        id: MemberID, municipality: LocalGovernmentCode, role: HotlineRole, name: String,
        phone: String? = nil, email: String? = nil
    ) {
        self.id = id
        self.municipality = municipality
        self.role = role
        self.name = name
        self.phone = phone
        self.email = email
    }
}
