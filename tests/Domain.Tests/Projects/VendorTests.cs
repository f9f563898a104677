using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class VendorTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static Vendor Firm() =>
        Vendor.Register("GYS-0001", "甬城信息技术有限公司", "91330200MA0000201" + CreditCode.CheckCharacter("91330200MA0000201"), VendorKind.Contractor, DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_revision_changes_the_name_and_kind_but_never_the_credit_code()
    {
        var vendor = Firm();
        var code = vendor.CreditCode;
        vendor.Revise(" 甬城数字科技有限公司 ", VendorKind.Consultant);
        Assert.Equal(("甬城数字科技有限公司", VendorKind.Consultant, code), (vendor.Name, vendor.Kind, vendor.CreditCode));
        Assert.Equal("name", Assert.Throws<RuleViolation>(() => vendor.Revise(" ", VendorKind.Consultant)).Field);
    }

    [Fact]
    public void A_retired_firm_is_refused_until_reinstated_and_retires_once()
    {
        var vendor = Firm();
        vendor.EnsureActive("vendorId");
        Assert.Equal("reason", Assert.Throws<RuleViolation>(() => vendor.Retire("", Today)).Field);
        Assert.True(vendor.IsActive);
        vendor.Retire("失信名单", Today);
        Assert.Equal("vendorId", Assert.Throws<RuleViolation>(() => vendor.EnsureActive("vendorId")).Field);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => vendor.Retire("again", Today)).Code);
        vendor.Reinstate();
        Assert.True(vendor.IsActive);
        Assert.Null(vendor.RetirementReason);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(vendor.Reinstate).Code);
    }
}
