using InfoGov.Domain.Common;
using InfoGov.Domain.Departments;

namespace InfoGov.Domain.Tests.Departments;

public sealed class ProgrammeTargetTests
{
    private static readonly Department Lead = Department.Create("NYJ", "农业局", null, DepartmentKind.Bureau, null);

    [Fact]
    public void A_quantity_the_column_cannot_hold_is_refused_not_rounded()
    {
        var programme = Programme.Open("RURAL", "农村信息化示范", null, Lead, null);
        Assert.Equal("quantity", Assert.Throws<RuleViolation>(() => programme.SetTarget(2027, "village", 1.125m, null, null)).Field);
        Assert.Equal("quantity", Assert.Throws<RuleViolation>(() => programme.SetTarget(2027, "village", 10_000_000_000_000_000m, null, null)).Field);
        Assert.Equal(15.5m, programme.SetTarget(2027, "village", 15.5m, null, null).Quantity);
    }
}
