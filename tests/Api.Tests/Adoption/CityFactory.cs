using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Adoption;

/// <summary>The API over a database made by <c>init-city</c>: nothing is migrated or seeded by the host, and the
/// clock stands on Christmas Eve, so that a 15-working-day deadline runs into the next year.</summary>
internal sealed class CityFactory(string connectionString) : InfoGovApiFactory
{
    public static readonly DateTimeOffset ChristmasEve = new(2026, 12, 24, 2, 0, 0, TimeSpan.Zero);

    protected override string ConnectionString => connectionString;
    protected override bool PrepareDatabase => false;
    protected override DateTimeOffset ClockTime => ChristmasEve;
}
