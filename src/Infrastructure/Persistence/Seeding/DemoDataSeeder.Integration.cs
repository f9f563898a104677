using InfoGov.Domain.Integration;

namespace InfoGov.Infrastructure.Persistence.Seeding;

public sealed partial class DemoDataSeeder
{
    /// <summary>The demo dashboard's client id, owner of the registered demo document.</summary>
    public const string DemoDashboardApp = "infogov-demo-dashboard";

    /// <summary>One document registered for the demo dashboard: the projects-under-way panel. Seeded
    /// last, so it draws its id after every other row and changes none of theirs.</summary>
    private void SeedTrustedDocuments()
    {
        const string text = "query ProjectsUnderWay { projects(first: 20, orderBy: DUE_ON_ASC, filter: { statuses: [IN_IMPLEMENTATION] }) { nodes { code name colour progressPercent } } }";
        db.TrustedDocuments.Add(new TrustedDocument
        {
            Id = NextId(),
            Hash = TrustedDocument.HashOf(text),
            Name = "Projects under way",
            OwnerApp = DemoDashboardApp,
            Text = text,
            RegisteredAt = At(ReferenceDate.AddDays(-30)),
            RegisteredBy = OfficeActor,
        });
    }
}
