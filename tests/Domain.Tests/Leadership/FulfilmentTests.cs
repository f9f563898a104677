using InfoGov.Domain.Common;
using InfoGov.Domain.Leadership;

namespace InfoGov.Domain.Tests.Leadership;

public class FulfilmentTests
{
    private static readonly ResponsibilityAssignment Assignment = new()
    {
        DepartmentId = Guid.NewGuid(),
        Kind = ResponsibilityKind.DecideMajorProjects,
        HolderId = Guid.NewGuid(),
        ValidFrom = new DateOnly(2026, 3, 1),
    };

    [Fact]
    public void A_fulfilment_falls_between_the_assignments_start_and_today()
    {
        var today = new DateOnly(2026, 11, 20);
        Assert.Equal(Assignment.Id, Assignment.RecordFulfilment("Signed", new DateOnly(2026, 3, 1), "HT-1", today).AssignmentId);
        Assert.Contains("2026-03-01", Assert.Throws<RuleViolation>(() => Assignment.RecordFulfilment("Signed", new DateOnly(2026, 2, 28), "HT-1", today)).Message);
        Assert.Equal("fulfilledOn", Assert.Throws<RuleViolation>(() => Assignment.RecordFulfilment("Signed", today.AddDays(1), "HT-1", today)).Field);
        Assert.Equal("evidenceReference", Assert.Throws<RuleViolation>(() => Assignment.RecordFulfilment("Signed", today, " ", today)).Field);
    }
}
