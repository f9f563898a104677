using InfoGov.Domain.Assessments;
using InfoGov.Domain.Common;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Leadership;
using InfoGov.Domain.Projects;
using InfoGov.Domain.Tests.Projects;

namespace InfoGov.Domain.Tests.Architecture;

/// <summary>Edits that the domain refuses leave the aggregate exactly as it was: every rule is checked
/// before the first property changes.</summary>
public class ValidateBeforeChangeTests
{
    [Fact]
    public void A_refused_application_edit_changes_nothing_and_an_accepted_one_names_what_changed()
    {
        var project = ProjectFactory.Draft();
        var plan = project.CurrentPlan;
        var refused = Assert.Throws<RuleViolation>(() => project.ReviseApplication(new ProjectApplicationEdit { Name = "Renamed", Budget = new Money(-5m, "CNY") }));
        Assert.Equal("budget.amount", refused.Field);
        Assert.Equal(("Test", plan), (project.Name, project.CurrentPlan));

        var changed = project.ReviseApplication(new ProjectApplicationEdit { Name = " Renamed ", Level = ProjectLevel.Departmental, Scope = "Wider scope" });
        Assert.Equal(["name", "plan"], changed);
        Assert.Equal(("Renamed", "Wider scope"), (project.Name, project.CurrentPlan.Scope));
        Assert.Empty(project.ReviseApplication(new ProjectApplicationEdit { Name = "Renamed" }));
    }

    [Fact]
    public void A_submitted_application_is_not_revised()
    {
        var project = ProjectFactory.In(ProjectStatus.Submitted);
        Assert.Equal("INVALID_TRANSITION", Assert.Throws<RuleViolation>(() => project.ReviseApplication(new ProjectApplicationEdit { Name = "Late" })).Code);
        Assert.Equal("Test", project.Name);
    }

    private static DataResource Entry() => new()
    {
        Code = "R-1",
        Name = "Residents",
        ProviderDepartmentId = Guid.NewGuid(),
        Summary = "Who lives where",
        Classification = ResourceClassification.BasicPopulation,
        Format = "CSV",
        UpdateCycle = UpdateCycle.Monthly,
        SharingType = SharingType.Unconditional,
        OpenType = OpenType.NotOpen,
        Delivery = DeliveryMethod.Api,
    };

    [Fact]
    public void A_catalog_edit_that_breaks_a_rule_changes_nothing()
    {
        var entry = Entry();
        DataItem[] items = [new() { ResourceId = entry.Id, Ordinal = 1, Name = "Name", DataType = "string" }];
        var refused = Assert.Throws<RuleViolation>(() => entry.Revise(new DataResourceEdit { Name = "People", SharingType = SharingType.Conditional }, items));
        Assert.Equal("sharingConditions", refused.Field);
        Assert.Equal(("Residents", SharingType.Unconditional), (entry.Name, entry.SharingType));

        entry.Revise(new DataResourceEdit { Name = "People", SharingType = SharingType.Conditional, SharingConditions = "For verifying applicants" }, items);
        Assert.Equal(("People", SharingType.Conditional, "For verifying applicants"), (entry.Name, entry.SharingType, entry.SharingConditions));

        entry.Retire(DateTimeOffset.UnixEpoch);
        Assert.Equal("INVALID_TRANSITION", Assert.Throws<RuleViolation>(() => entry.Revise(new DataResourceEdit { Name = "Gone" }, items)).Code);
    }

    [Fact]
    public void A_refused_assignment_ends_no_earlier_assignment()
    {
        var department = Guid.NewGuid();
        var holder = new Official { DepartmentId = department, Name = "Li", Position = "Deputy director" };
        var earlier = new ResponsibilityAssignment { DepartmentId = department, Kind = ResponsibilityKind.PortalContent, HolderId = Guid.NewGuid(), ValidFrom = new DateOnly(2026, 1, 1) };
        var later = new ResponsibilityAssignment { DepartmentId = department, Kind = ResponsibilityKind.PortalContent, HolderId = Guid.NewGuid(), ValidFrom = new DateOnly(2026, 9, 1) };

        Assert.Equal("validFrom", Assert.Throws<RuleViolation>(() =>
            ResponsibilityAssignment.Assign(department, ResponsibilityKind.PortalContent, holder, new DateOnly(2026, 6, 1), null, [earlier, later])).Field);
        Assert.Null(earlier.ValidTo);

        var assigned = ResponsibilityAssignment.Assign(department, ResponsibilityKind.PortalContent, holder, new DateOnly(2026, 6, 1), null, [earlier]);
        Assert.Equal(new DateOnly(2026, 5, 31), earlier.ValidTo);
        Assert.Equal(holder.Id, assigned.HolderId);

        var outsider = new Official { DepartmentId = Guid.NewGuid(), Name = "Wang", Position = "Director" };
        Assert.Equal("holderId", Assert.Throws<RuleViolation>(() =>
            ResponsibilityAssignment.Assign(department, ResponsibilityKind.PortalContent, outsider, new DateOnly(2026, 7, 1), null, [])).Field);
    }

    [Fact]
    public void A_year_is_published_whole_or_not_at_all()
    {
        var open = new Assessment { Year = 2026, DepartmentId = Guid.NewGuid() };
        var published = new Assessment { Year = 2026, DepartmentId = Guid.NewGuid(), IsPublished = true };
        Assert.Throws<RuleViolation>(() => Assessment.Publish([open, published]));
        Assert.False(open.IsPublished);
        Assessment.Publish([open]);
        Assert.True(open.IsPublished);
    }
}
