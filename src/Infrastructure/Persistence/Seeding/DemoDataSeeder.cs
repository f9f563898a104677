using InfoGov.Domain.Common;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Leadership;
using InfoGov.Domain.Projects;
using InfoGov.Infrastructure.Calendar;

namespace InfoGov.Infrastructure.Persistence.Seeding;

/// <summary>
/// Builds the demo data set of a mid-size city. Deterministic: one fixed random seed and a fixed
/// reference day, so every run (and every test) sees the same rows with the same ids. State is
/// reached through the domain's own methods, so seeded projects obey the lifecycle rules.
/// </summary>
public sealed partial class DemoDataSeeder(InfoGovDbContext db, CalendarOptions calendarOptions)
{
    // Demo history reaches back before the configured years: weekends alone count there.
    private readonly WorkingDayCalendar _calendar = new(calendarOptions.Holidays, calendarOptions.MakeUpWorkingDays);

    /// <summary>The "today" of the demo data set.</summary>
    public static readonly DateOnly ReferenceDate = new(2026, 11, 15);
    public const int RandomSeed = 20261122;
    public const string OfficeActor = "市信息化委员会办公室";

    private readonly Random _random = new(RandomSeed);
    private readonly Dictionary<string, Department> _departments = [];
    private readonly Dictionary<string, Programme> _programmes = [];
    private readonly Dictionary<Guid, Official> _heads = [];
    private readonly Dictionary<Guid, Official> _informationManagers = [];
    private readonly Dictionary<Guid, Delegation> _signingDelegations = [];
    private readonly List<Expert> _experts = [];
    private readonly Dictionary<string, Vendor> _vendors = [];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        SeedOrganisation();
        SeedLeadership();
        SeedExperts();
        SeedVendors();
        var projects = SeedProjects();
        SeedBudgets(projects);
        SeedCatalog();
        SeedAssessments(projects);
        SeedSupervision(projects.Select(p => p.Project).ToList());
        SeedTrustedDocuments();
        SeedOperations(projects);
        SeedPlans(projects);
        SeedReferenceData();
        await db.SaveChangesAsync(cancellationToken);
    }

    private Guid NextId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 layout, as a random GUID would have
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string PersonName() => Pick(DemoNames.Surnames) + Pick(DemoNames.GivenNames) + (_random.Next(2) == 0 ? Pick(DemoNames.GivenNames) : "");

    private static DateTimeOffset At(DateOnly day, int hour = 10) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    private decimal Amount(decimal min, decimal max, decimal step = 10_000m) =>
        Math.Round((min + (decimal)_random.NextDouble() * (max - min)) / step) * step;
}
