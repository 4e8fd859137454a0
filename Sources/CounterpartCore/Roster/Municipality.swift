/// A municipality (市町村) of the roster, at its office's coordinates.
public struct Municipality: Hashable, Sendable {
    /// Its local government code.
    public var code: LocalGovernmentCode
    /// Its name in Japanese, for example 松山市.
    public var name: String
    /// City, town or village.
    public var kind: MunicipalityKind
    /// Latitude of the municipal office, in degrees.
    public var latitude: Double
    /// Longitude of the municipal office, in degrees.
    public var longitude: Double
    /// The most staff it lets be away at once; `nil` means no limit beyond its roster.
    public var dispatchCapacity: Int?
    /// Inhabitants, used to scale demand in coverage analysis; not read by the planning rule.
    public var population: Int?

    /// A municipality.
    public init(
        code: LocalGovernmentCode, name: String, kind: MunicipalityKind,
        latitude: Double, longitude: Double, dispatchCapacity: Int? = nil, population: Int? = nil
    ) {
        self.code = code
        self.name = name
        self.kind = kind
        self.latitude = latitude
        self.longitude = longitude
        self.dispatchCapacity = dispatchCapacity
        self.population = population
    }
}
