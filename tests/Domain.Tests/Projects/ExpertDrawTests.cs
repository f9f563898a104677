using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class ExpertDrawTests
{
    private static readonly Project Project = ProjectFactory.Draft();

    private static List<Expert> Pool() => Enumerable.Range(1, 12).Select(i => new Expert
    {
        Code = $"ZJ{i:000}",
        Name = $"E{i}",
        Category = i <= 10 ? "software" : "finance",
        AffiliationDepartmentId = i == 1 ? Project.OwnerDepartmentId : null,
        IsActive = i != 2,
    }).ToList();

    [Fact]
    public void The_draw_never_picks_the_owning_department_a_conflict_or_an_inactive_expert()
    {
        var pool = Pool();
        var conflicted = new HashSet<Guid> { pool[2].Id };
        var result = ExpertDraw.Draw(pool, Project, conflicted, "software", 5, seed: 42);
        Assert.Equal(["ZJ004", "ZJ005", "ZJ006", "ZJ007", "ZJ008", "ZJ009", "ZJ010"], result.Candidates.Select(e => e.Code));
        Assert.Equal(5, result.Panel.Count);
        Assert.All(result.Panel, e => Assert.Contains(e, result.Candidates));
    }

    [Fact]
    public void The_same_seed_replays_the_same_panel()
    {
        var first = ExpertDraw.Draw(Pool(), Project, new HashSet<Guid>(), "software", 5, seed: 7).Panel.Select(e => e.Code);
        var again = ExpertDraw.Draw(Pool(), Project, new HashSet<Guid>(), "software", 5, seed: 7).Panel.Select(e => e.Code);
        Assert.Equal(first, again);
    }

    [Fact]
    public void Too_few_eligible_experts_is_refused() =>
        Assert.Equal("category", Assert.Throws<RuleViolation>(() => ExpertDraw.Draw(Pool(), Project, new HashSet<Guid>(), "finance", 3, seed: 1)).Field);

    [Fact]
    public void A_major_project_needs_the_leaders_approval()
    {
        var project = ProjectFactory.In(ProjectStatus.UnderReview, ProjectLevel.Municipal);
        Assert.Equal("INVALID_TRANSITION", Assert.Throws<RuleViolation>(() => project.Approve("office", ProjectFactory.Monday)).Code);
        project.RecordLeaderApproval("leader", ProjectFactory.Monday);
        project.Approve("office", ProjectFactory.Monday);
        Assert.Equal(ProjectStatus.Approved, project.Status);
    }
}
