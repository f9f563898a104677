using InfoGov.Api.Tests.TestHost;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InfoGov.Api.Tests.Persistence;

/// <summary>The demo data set is realistic and consistent with the domain's rules.</summary>
[Collection(ApiCollection.Name)]
public class DemoDataTests(InfoGovApiFactory factory)
{
    private async Task<T> WithDb<T>(Func<InfoGovDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<InfoGovDbContext>());
    }

    [Fact]
    public async Task Organisation_has_the_office_the_centre_townships_and_four_programmes()
    {
        var kinds = await WithDb(db => db.Departments.Select(d => d.Kind).ToListAsync());
        Assert.True(kinds.Count >= 20);
        Assert.Contains(DepartmentKind.CommitteeOffice, kinds);
        Assert.Contains(DepartmentKind.InformationCentre, kinds);
        Assert.True(kinds.Count(k => k == DepartmentKind.Township) >= 3);
        Assert.Equal(4, await WithDb(db => db.Programmes.CountAsync()));
    }

    [Fact]
    public async Task At_least_150_projects_cover_every_lifecycle_state()
    {
        var statuses = await WithDb(db => db.Projects.Select(p => p.Status).ToListAsync());
        Assert.True(statuses.Count >= 150);
        Assert.Equal(Enum.GetValues<ProjectStatus>().Order(), statuses.Distinct().Order());
    }

    [Fact]
    public async Task Records_are_consistent_with_each_projects_state()
    {
        var projects = await WithDb(db => db.Projects.AsNoTracking().ToListAsync());
        var withReports = (await WithDb(db => db.ProgressReports.Select(r => r.ProjectId).Distinct().ToListAsync())).ToHashSet();
        var withAcceptance = (await WithDb(db => db.Acceptances.Where(a => a.Result != AcceptanceResult.Failed).Select(a => a.ProjectId).ToListAsync())).ToHashSet();
        var withPanel = (await WithDb(db => db.ReviewPanels.Select(p => p.ProjectId).ToListAsync())).ToHashSet();
        foreach (var project in projects)
        {
            if (project.Status != ProjectStatus.Cancelled) // a project cancelled after approval keeps its baseline
                Assert.Equal(ProjectLifecycle.HasBaseline(project.Status), project.Baseline is not null);
            if (project.Status is ProjectStatus.Draft or ProjectStatus.Submitted) Assert.DoesNotContain(project.Id, withPanel);
            if (project.Status is ProjectStatus.Accepted or ProjectStatus.Evaluated) Assert.Contains(project.Id, withAcceptance);
            if (project.Status is ProjectStatus.Approved or ProjectStatus.Draft or ProjectStatus.Submitted or ProjectStatus.UnderReview)
                Assert.DoesNotContain(project.Id, withReports);
            if (project.Status == ProjectStatus.InImplementation && project.ActualStartOn < new DateOnly(2026, 9, 1))
                Assert.Contains(project.Id, withReports);
        }
    }

    [Fact]
    public async Task Funds_of_ten_million_for_2024_to_2026_never_exceed_their_caps()
    {
        var funds = await WithDb(db => db.SpecialFunds.AsNoTracking().ToListAsync());
        Assert.Equal([2024, 2025, 2026], funds.Select(f => f.FiscalYear).Order());
        var allocations = await WithDb(db => db.FundAllocations.AsNoTracking().ToListAsync());
        foreach (var fund in funds)
        {
            Assert.Equal(10_000_000m, fund.Cap.Amount);
            Assert.True(allocations.Where(a => a.FundId == fund.Id).Sum(a => a.Amount.Amount) <= fund.Cap.Amount);
        }
        Assert.True(await WithDb(db => db.Projects.AnyAsync(p => p.FundingCategory == FundingCategory.Reserve && p.Baseline != null)));
        Assert.True(await WithDb(db => db.Expenditures.AnyAsync(e => e.IsAdvance && e.ReimbursedOn == null)));
        Assert.True(await WithDb(db => db.Expenditures.AnyAsync(e => e.IsAdvance && e.ReimbursedOn != null)));
    }

    [Fact]
    public async Task Catalog_covers_every_sharing_and_open_type_and_requests_every_state()
    {
        var resources = await WithDb(db => db.DataResources.AsNoTracking().ToListAsync());
        Assert.True(resources.Count >= 40);
        Assert.Equal(Enum.GetValues<SharingType>().Order(), resources.Select(r => r.SharingType).Distinct().Order());
        Assert.Equal(Enum.GetValues<OpenType>().Order(), resources.Select(r => r.OpenType).Distinct().Order());
        var requestStatuses = await WithDb(db => db.SharingRequests.Select(r => r.Status).Distinct().ToListAsync());
        Assert.Equal(Enum.GetValues<SharingRequestStatus>().Order(), requestStatuses.Order());
        Assert.Equal(
            await WithDb(db => db.SharingRequests.CountAsync(r => r.Status == SharingRequestStatus.Approved)),
            await WithDb(db => db.SharingGrants.CountAsync()));
    }

    [Fact]
    public async Task Experts_never_sit_on_their_own_departments_panels()
    {
        var conflicts = await WithDb(db => (
            from member in db.PanelMembers
            join panel in db.ReviewPanels on member.PanelId equals panel.Id
            join project in db.Projects on panel.ProjectId equals project.Id
            join expert in db.Experts on member.ExpertId equals expert.Id
            where expert.AffiliationDepartmentId == project.OwnerDepartmentId
            select member).CountAsync());
        Assert.Equal(0, conflicts);
    }

    [Fact]
    public async Task Last_years_assessments_rank_every_department_but_the_office()
    {
        var assessments = await WithDb(db => db.Assessments.Where(a => a.Year == 2025).ToListAsync());
        var departments = await WithDb(db => db.Departments.CountAsync(d => d.Kind != DepartmentKind.CommitteeOffice));
        Assert.Equal(departments, assessments.Count);
        Assert.Equal(Enumerable.Range(1, departments), assessments.Select(a => a.Rank!.Value).Order());
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        var before = await WithDb(db => db.Projects.CountAsync());
        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().SeedDemoDataAsync();
        Assert.Equal(before, await WithDb(db => db.Projects.CountAsync()));
    }
}
