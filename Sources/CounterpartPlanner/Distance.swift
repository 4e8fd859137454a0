import CounterpartCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Distances between municipal offices, as the planning rule defines them.
public enum Distance {
    /// The Earth's radius of the rule, in kilometres.
    public static let earthRadiusKm = 6371.0

    /// Haversine distance between two offices in double precision, rounded to the nearest
    /// whole kilometre (halves away from zero).
    public static func kilometres(from origin: Municipality, to destination: Municipality) -> Int {
        let toRadians = Double.pi / 180
        let latitude1 = origin.latitude * toRadians
        let latitude2 = destination.latitude * toRadians
        let longitude1 = origin.longitude * toRadians
        let longitude2 = destination.longitude * toRadians
        let halfLatitude = sin((latitude2 - latitude1) / 2)
        let halfLongitude = sin((longitude2 - longitude1) / 2)
        let a = halfLatitude * halfLatitude + cos(latitude1) * cos(latitude2) * halfLongitude * halfLongitude
        let distance = 2 * earthRadiusKm * asin(min(1, a.squareRoot()))
        return Int(distance.rounded(.toNearestOrAwayFromZero))
    }
}
