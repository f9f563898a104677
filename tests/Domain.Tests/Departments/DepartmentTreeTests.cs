using InfoGov.Domain.Common;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Leadership;
using InfoGov.Domain.Planning;
using InfoGov.Domain.Projects;
using InfoGov.Domain.Tests.Projects;

namespace InfoGov.Domain.Tests.Departments;

public sealed class DepartmentTreeTests
{
    private static readonly DateOnly Day = new(2027, 1, 1);

    private static Department.Merger Holding(Department from, IReadOnlyCollection<Project> projects, IReadOnlyCollection<Official> officials,
        IReadOnlyCollection<Plan>? plans = null, IReadOnlyCollection<Plan>? plansOfTarget = null) =>
        new([], projects, [], plans ?? [], [], plansOfTarget ?? [], [], [], officials, [], [], _ => null);

    [Fact]
    public void A_code_is_capitals_digits_and_hyphens()
    {
        Assert.Equal("code", Assert.Throws<RuleViolation>(() => Department.Create("gaj", "x", null, DepartmentKind.Bureau, null)).Field);
        Assert.Equal("GAJ-2", Department.Create(" GAJ-2 ", "市公安局", null, DepartmentKind.Bureau, null).Code);
    }

    [Fact]
    public void A_department_does_not_move_under_itself_or_a_descendant()
    {
        var city = Department.Create("CITY", "市", null, DepartmentKind.Bureau, null);
        var district = Department.Create("DIST", "区", null, DepartmentKind.Bureau, city);
        var town = Department.Create("TOWN", "镇", null, DepartmentKind.Township, district);
        var parents = new[] { city, district, town }.ToDictionary(d => d.Id, d => d.ParentId);

        Assert.Throws<RuleViolation>(() => city.MoveUnder(town, id => parents[id]));
        Assert.Throws<RuleViolation>(() => city.MoveUnder(city, id => parents[id]));
        town.MoveUnder(city, id => parents[id]);
        Assert.Equal(city.Id, town.ParentId);
    }

    [Fact]
    public void Dissolving_alone_needs_an_empty_department_and_ends_its_changes()
    {
        var unit = Department.Create("OLD", "旧单位", null, DepartmentKind.PublicInstitution, null);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => unit.Dissolve(Day, ["2 projects"])).Code);
        unit.Dissolve(Day, []);
        Assert.True(unit.IsDissolved);
        Assert.Throws<RuleViolation>(() => unit.Rename("新名", null));
    }

    [Fact]
    public void A_merge_moves_projects_and_officials_and_ends_the_posts()
    {
        var project = ProjectFactory.Draft();
        var from = new Department { Id = project.OwnerDepartmentId, Code = "OLD", Name = "旧单位", Kind = DepartmentKind.Bureau };
        var into = Department.Create("NEW", "新单位", null, DepartmentKind.Bureau, null);
        var head = Official.Appoint(from.Id, "张", "局长", OfficialPost.Head, null, null, null, Day.AddYears(-1), []);

        from.MergeInto(into, Holding(from, [project], [head]), Day);

        Assert.Equal(into.Id, project.OwnerDepartmentId);
        Assert.Equal(into.Id, head.DepartmentId);
        Assert.False(head.IsServing);
        Assert.Equal(into.Id, from.MergedIntoId);
        Assert.Equal(Day, from.DissolvedOn);
    }

    [Fact]
    public void A_merge_with_plans_of_the_same_kind_and_year_is_refused_before_anything_moves()
    {
        var project = ProjectFactory.Draft();
        var from = new Department { Id = project.OwnerDepartmentId, Code = "OLD", Name = "旧单位", Kind = DepartmentKind.Bureau };
        var into = Department.Create("NEW", "新单位", null, DepartmentKind.Bureau, null);
        var plan = Plan.Draft("GH-OLD", PlanKind.Annual, from.Id, false, 2027, "x", "x", Money.Of(1m, null, "budgetEnvelope"));
        var theirs = Plan.Draft("GH-NEW", PlanKind.Annual, into.Id, false, 2027, "y", "y", Money.Of(1m, null, "budgetEnvelope"));

        Assert.Equal(RuleViolation.Conflict, Assert.Throws<RuleViolation>(() => from.MergeInto(into, Holding(from, [project], [], [plan], [theirs]), Day)).Code);
        Assert.Equal(from.Id, project.OwnerDepartmentId);
        Assert.False(from.IsDissolved);
    }
}
