using InfoGov.Domain.Common;
using InfoGov.Domain.Supervision;

namespace InfoGov.Domain.Tests.Supervision;

public class InspectionRulesTests
{
    private static readonly DateOnly Held = new(2026, 11, 2);
    private static readonly DateTimeOffset At = new(2026, 11, 2, 17, 0, 0, TimeSpan.Zero);

    private static RectificationItem OneItem(DateOnly dueOn) =>
        Inspection.Record("DC-2026-001", Guid.NewGuid(), null, "Check", Held, "Found", [("Found", "Fix", "Owner", dueOn)], "office", At, Held).Items[0];

    [Fact]
    public void An_item_is_answered_then_closed_or_reopened_and_overdue_only_while_open_past_its_deadline()
    {
        var item = OneItem(Held.AddDays(10));
        Assert.False(item.IsOverdue(Held.AddDays(10)));
        Assert.True(item.IsOverdue(Held.AddDays(11)));
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => item.Close(At)).Code);

        item.Respond("Done", Held.AddDays(12));
        Assert.False(item.IsOverdue(Held.AddDays(20))); // answered: the office's turn
        item.Reopen("Not enough");
        Assert.True(item.IsOverdue(Held.AddDays(20)));
        item.Respond("Done now", Held.AddDays(21));
        item.Close(At);
        Assert.Equal(RectificationStatus.Closed, item.Status);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => item.Respond("Again", Held.AddDays(22))).Code);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => item.Reopen("x")).Code);
    }

    [Fact]
    public void An_inspection_is_recorded_once_held_with_deadlines_after_it()
    {
        Assert.Equal("inspectedOn", Assert.Throws<RuleViolation>(() =>
            Inspection.Record("DC-2026-001", Guid.NewGuid(), null, "Check", Held.AddDays(1), "Found", [], "office", At, Held)).Field);
        Assert.Equal("items[0].dueOn", Assert.Throws<RuleViolation>(() => OneItem(Held)).Field);
        Assert.Equal("items[0].owner", Assert.Throws<RuleViolation>(() =>
            Inspection.Record("DC-2026-001", Guid.NewGuid(), null, "Check", Held, "Found", [("Found", "Fix", " ", Held.AddDays(5))], "office", At, Held)).Field);
    }

    [Fact]
    public void A_notice_rests_on_a_record()
    {
        Assert.Equal("basisId", Assert.Throws<RuleViolation>(() =>
            SupervisionNotice.Publish(NoticeKind.Criticism, Guid.NewGuid(), null, "Late", NoticeBasis.Inspection, null, null, "office", Held)).Field);
        Assert.Equal("bulletinMonth", Assert.Throws<RuleViolation>(() =>
            SupervisionNotice.Publish(NoticeKind.Commendation, Guid.NewGuid(), null, "On time", NoticeBasis.Bulletin, null, Held.AddMonths(1), "office", Held)).Field);
        var notice = SupervisionNotice.Publish(NoticeKind.Commendation, Guid.NewGuid(), null, "On time", NoticeBasis.Bulletin, Guid.NewGuid(), new DateOnly(2026, 10, 17), "office", Held);
        Assert.Equal((new DateOnly(2026, 10, 1), (Guid?)null), (notice.BulletinMonth, notice.BasisId));
    }
}
