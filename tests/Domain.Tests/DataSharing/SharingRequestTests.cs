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
        grant.RevokedAt = DateTimeOffset.UtcNow;
        Assert.False(grant.IsActiveOn(new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void A_grant_covers_at_most_the_items_and_period_asked_for()
    {
        var asked = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
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
        Assert.Equal("itemIds", Assert.Throws<RuleViolation>(() => request.Grant(DateTimeOffset.UtcNow, asked, [Guid.NewGuid()], new(2026, 12, 1), new(2027, 5, 31))).Field);
        Assert.Equal("validUntil", Assert.Throws<RuleViolation>(() => request.Grant(DateTimeOffset.UtcNow, asked, [asked[0]], new(2026, 12, 1), new(2028, 1, 1))).Field);
        var grant = request.Grant(DateTimeOffset.UtcNow, asked, [asked[0], asked[1]], new(2026, 12, 1), new(2027, 5, 31));
        Assert.Equal(SharingRequestStatus.Approved, request.Status);
        Assert.Equal(request.RequesterDepartmentId, grant.GranteeDepartmentId);
    }
}
