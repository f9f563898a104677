using InfoGov.Domain.Common;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Domain.Tests.DataSharing;

public class SharingRequestTests
{
    private static readonly DateOnly Submitted = new(2026, 11, 2); // Monday

    private static SharingRequest Request() => new()
    {
        Number = "GX-1",
        ResourceId = Guid.NewGuid(),
        RequesterDepartmentId = Guid.NewGuid(),
        Purpose = "p",
        LegalBasis = "l",
        SubmittedOn = Submitted,
        AnswerDueOn = SharingRequest.DueDate(Submitted, WorkingDayCalendar.WeekdaysOnly),
    };

    [Fact]
    public void The_answer_is_due_ten_working_days_after_submission() =>
        Assert.Equal(new DateOnly(2026, 11, 16), Request().AnswerDueOn);

    [Fact]
    public void A_pending_request_past_its_due_date_is_overdue()
    {
        var request = Request();
        Assert.False(request.IsOverdue(new DateOnly(2026, 11, 16)));
        Assert.True(request.IsOverdue(new DateOnly(2026, 11, 17)));
    }

    [Fact]
    public void A_refusal_must_give_a_reason()
    {
        var request = Request();
        Assert.Throws<RuleViolation>(() => request.Refuse(DateTimeOffset.UtcNow, " "));
        Assert.Equal(SharingRequestStatus.Pending, request.Status);
        request.Refuse(DateTimeOffset.UtcNow, "Not needed for the purpose");
        Assert.Equal(SharingRequestStatus.Refused, request.Status);
    }

    [Fact]
    public void A_decided_request_cannot_be_decided_again()
    {
        var request = Request();
        request.Approve(DateTimeOffset.UtcNow);
        Assert.Throws<RuleViolation>(() => request.Refuse(DateTimeOffset.UtcNow, "late"));
        Assert.Equal(SharingRequestStatus.Approved, request.Status);
    }

    [Fact]
    public void Only_an_overdue_request_escalates_and_the_provider_can_still_answer_it()
    {
        var request = Request();
        Assert.Throws<RuleViolation>(() => request.Escalate(new DateOnly(2026, 11, 10)));
        request.Escalate(new DateOnly(2026, 11, 20));
        Assert.Equal(SharingRequestStatus.Escalated, request.Status);
        request.Approve(new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(SharingRequestStatus.Approved, request.Status);
    }

    [Fact]
    public void A_grant_is_active_within_its_dates_until_revoked()
    {
        var grant = new SharingGrant
        {
            RequestId = Guid.NewGuid(),
            ResourceId = Guid.NewGuid(),
            GranteeDepartmentId = Guid.NewGuid(),
            ValidFrom = new(2026, 1, 1),
            ValidUntil = new(2026, 12, 31),
        };
        Assert.True(grant.IsActiveOn(new DateOnly(2026, 6, 1)));
        Assert.False(grant.IsActiveOn(new DateOnly(2027, 1, 1)));
        grant.Revoke(DateTimeOffset.UtcNow);
        Assert.False(grant.IsActiveOn(new DateOnly(2026, 6, 1)));
        Assert.Throws<RuleViolation>(() => grant.Revoke(DateTimeOffset.UtcNow));
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => grant.Renew(new DateOnly(2027, 6, 30), new DateOnly(2026, 6, 1))).Code);
    }

    [Fact]
    public void A_grant_covers_at_most_the_items_and_period_asked_for()
    {
        var items = Enumerable.Range(1, 3).Select(i => Item($"item{i}")).ToArray();
        var asked = items.Select(i => i.Id).ToArray();
        var request = new SharingRequest
        {
            Number = "GX-2",
            ResourceId = Guid.NewGuid(),
            RequesterDepartmentId = Guid.NewGuid(),
            Purpose = "p",
            LegalBasis = "l",
            SubmittedOn = Submitted,
            AnswerDueOn = new DateOnly(2026, 11, 16),
            PeriodFrom = new DateOnly(2026, 12, 1),
            PeriodUntil = new DateOnly(2027, 11, 30),
        };
        Assert.Equal("itemIds", Assert.Throws<RuleViolation>(() => request.Grant(DateTimeOffset.UtcNow, asked, [Item("other")], new(2026, 12, 1), new(2027, 5, 31))).Field);
        Assert.Equal("validUntil", Assert.Throws<RuleViolation>(() => request.Grant(DateTimeOffset.UtcNow, asked, [items[0]], new(2026, 12, 1), new(2028, 1, 1))).Field);
        var grant = request.Grant(DateTimeOffset.UtcNow, asked, [items[0], items[1]], new(2026, 12, 1), new(2027, 5, 31));
        Assert.Equal(SharingRequestStatus.Approved, request.Status);
        Assert.Equal(request.RequesterDepartmentId, grant.GranteeDepartmentId);
    }

    private static DataItem Item(string name, bool shared = true) =>
        new() { ResourceId = Guid.NewGuid(), Ordinal = 1, Name = name, DataType = "string", IsShared = shared };

    private static DataResource Resource(SharingType sharing = SharingType.Conditional) => new()
    {
        Code = "ZY-X-001",
        Name = "x",
        Summary = "x",
        ProviderDepartmentId = Guid.NewGuid(),
        Classification = ResourceClassification.Departmental,
        Format = "CSV",
        UpdateCycle = UpdateCycle.Daily,
        Delivery = DeliveryMethod.Api,
        SharingType = sharing,
        OpenType = OpenType.NotOpen,
        SharingConditions = "c",
    };

    private static SharingRequest Submit(DataResource resource, params DataItem[] items) =>
        SharingRequest.Submit(resource, Guid.NewGuid(), items, "purpose", "basis", new DateOnly(2026, 12, 1), new DateOnly(2027, 11, 30), Submitted, Submitted.AddDays(14), "GX-2026-001");

    [Fact]
    public void Only_shared_items_of_a_published_conditional_entry_of_another_department_are_requested()
    {
        var resource = Resource();
        Assert.Equal(SharingRequestStatus.Pending, Submit(resource, Item("姓名")).Status);
        Assert.Contains("身份证号", Assert.Throws<RuleViolation>(() => Submit(resource, Item("姓名"), Item("身份证号", shared: false))).Message);
        Assert.Equal(RuleViolation.Validation, Assert.Throws<RuleViolation>(() => Submit(Resource(SharingType.Unconditional), Item("a"))).Code);
        Assert.Equal(RuleViolation.NotPermitted, Assert.Throws<RuleViolation>(() => Submit(Resource(SharingType.NotShared), Item("a"))).Code);
        Assert.Equal("itemIds", Assert.Throws<RuleViolation>(() => Submit(resource)).Field);
        Assert.Equal("resourceCode", Assert.Throws<RuleViolation>(() =>
            SharingRequest.Submit(resource, resource.ProviderDepartmentId, [Item("a")], "p", "l", null, null, Submitted, Submitted, "GX-1")).Field);
    }

    [Fact]
    public void An_item_kept_by_the_provider_is_never_granted()
    {
        var kept = Item("内部编号", shared: false);
        var request = Submit(Resource(), Item("姓名"));
        Assert.Equal("itemIds", Assert.Throws<RuleViolation>(() => request.Grant(DateTimeOffset.UtcNow, [kept.Id], [kept], new(2026, 12, 1), new(2027, 5, 31))).Field);
    }

    [Fact]
    public void The_provider_answers_a_pending_request_and_only_the_office_an_escalated_one()
    {
        var request = Submit(Resource(), Item("姓名"));
        request.RequireDecider(SharingDecider.Provider);
        Assert.Equal(RuleViolation.NotPermitted, Assert.Throws<RuleViolation>(() => request.RequireDecider(SharingDecider.Office)).Code);
        request.Escalate(Submitted.AddDays(20));
        request.RequireDecider(SharingDecider.Office);
        Assert.Contains("escalated", Assert.Throws<RuleViolation>(() => request.RequireDecider(SharingDecider.Provider)).Message);
        Assert.Throws<RuleViolation>(() => request.RequireDecider(SharingDecider.Other));
    }

    [Fact]
    public void A_grant_is_renewed_to_a_later_day_that_is_not_past()
    {
        var grant = new SharingGrant
        {
            RequestId = Guid.NewGuid(),
            ResourceId = Guid.NewGuid(),
            GranteeDepartmentId = Guid.NewGuid(),
            ValidFrom = new(2026, 1, 1),
            ValidUntil = new(2026, 6, 30),
        };
        var today = new DateOnly(2026, 11, 20);
        Assert.False(grant.IsActiveOn(today));
        Assert.Equal("validUntil", Assert.Throws<RuleViolation>(() => grant.Renew(new DateOnly(2026, 6, 1), today)).Field);
        Assert.Equal("validUntil", Assert.Throws<RuleViolation>(() => grant.Renew(new DateOnly(2026, 10, 1), today)).Field);
        grant.Renew(new DateOnly(2027, 6, 30), today);
        Assert.True(grant.IsActiveOn(today));
    }
}
