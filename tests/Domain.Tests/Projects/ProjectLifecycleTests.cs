using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Tests.Projects;

public class ProjectLifecycleTests
{
    /// <summary>The allowed transitions of DOMAIN.md section 3, written out independently of the implementation.</summary>
    private static readonly HashSet<(ProjectStatus, ProjectStatus)> Allowed =
    [
        (ProjectStatus.Draft, ProjectStatus.Submitted), (ProjectStatus.Draft, ProjectStatus.Cancelled),
        (ProjectStatus.Submitted, ProjectStatus.UnderReview), (ProjectStatus.Submitted, ProjectStatus.ReturnedForRevision), (ProjectStatus.Submitted, ProjectStatus.Cancelled),
        (ProjectStatus.UnderReview, ProjectStatus.Approved), (ProjectStatus.UnderReview, ProjectStatus.Rejected),
        (ProjectStatus.UnderReview, ProjectStatus.ReturnedForRevision), (ProjectStatus.UnderReview, ProjectStatus.Cancelled),
        (ProjectStatus.ReturnedForRevision, ProjectStatus.Submitted), (ProjectStatus.ReturnedForRevision, ProjectStatus.Cancelled),
        (ProjectStatus.Approved, ProjectStatus.InImplementation), (ProjectStatus.Approved, ProjectStatus.Cancelled),
        (ProjectStatus.InImplementation, ProjectStatus.AcceptanceRequested), (ProjectStatus.InImplementation, ProjectStatus.Cancelled),
        (ProjectStatus.AcceptanceRequested, ProjectStatus.Accepted), (ProjectStatus.AcceptanceRequested, ProjectStatus.InImplementation),
        (ProjectStatus.AcceptanceRequested, ProjectStatus.Cancelled),
        (ProjectStatus.Accepted, ProjectStatus.Evaluated),
    ];

    public static TheoryData<ProjectStatus, ProjectStatus> AllPairs()
    {
        var data = new TheoryData<ProjectStatus, ProjectStatus>();
        foreach (var from in Enum.GetValues<ProjectStatus>())
            foreach (var to in Enum.GetValues<ProjectStatus>())
                data.Add(from, to);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_transition_is_allowed_or_refused_as_the_domain_says(ProjectStatus from, ProjectStatus to)
    {
        var project = ProjectFactory.In(from);
        Assert.Equal(from, project.Status);
        if (Allowed.Contains((from, to)))
        {
            var decision = project.MoveTo(to, "someone", ProjectFactory.Monday, "why");
            Assert.Equal(to, project.Status);
            Assert.Equal((from, to), (decision.FromStatus, decision.ToStatus));
            Assert.Equal("why", decision.Reason);
        }
        else
        {
            var refused = Assert.Throws<InvalidTransitionException>(() => project.MoveTo(to, "someone", ProjectFactory.Monday));
            Assert.Equal((from, to), (refused.From, refused.To));
            Assert.Equal(from, project.Status);
        }
    }

    [Fact]
    public void Cancellation_needs_a_reason()
    {
        var project = ProjectFactory.Draft();
        Assert.Equal("reason", Assert.Throws<RuleViolation>(() => project.Cancel("dept", ProjectFactory.Monday, " ")).Field);
        project.Cancel("dept", ProjectFactory.Monday, "Merged into the city platform");
        Assert.Equal(ProjectStatus.Cancelled, project.Status);
    }

    [Fact]
    public void Only_drafts_and_returned_applications_are_editable()
    {
        Assert.True(ProjectFactory.In(ProjectStatus.Draft).IsEditable);
        Assert.True(ProjectFactory.In(ProjectStatus.ReturnedForRevision).IsEditable);
        Assert.False(ProjectFactory.In(ProjectStatus.Submitted).IsEditable);
        Assert.False(ProjectFactory.In(ProjectStatus.Approved).IsEditable);
    }

    [Fact]
    public void Cancellation_is_impossible_after_acceptance()
    {
        Assert.False(ProjectLifecycle.CanMove(ProjectStatus.Accepted, ProjectStatus.Cancelled));
        Assert.False(ProjectLifecycle.CanMove(ProjectStatus.Evaluated, ProjectStatus.Cancelled));
    }

    [Fact]
    public void Submission_needs_the_feasibility_study()
    {
        var project = ProjectFactory.Draft(feasibilityStudyReference: null);
        var refused = Assert.Throws<RuleViolation>(() => project.Submit("dept", ProjectFactory.Monday, ProjectFactory.MondayDate, WorkingDayCalendar.WeekdaysOnly));
        Assert.Equal(("VALIDATION", "feasibilityStudyReference"), (refused.Code, refused.Field));
        Assert.Equal(ProjectStatus.Draft, project.Status);
    }

    [Fact]
    public void Submission_sets_the_review_due_date_fifteen_working_days_later()
    {
        var project = ProjectFactory.Draft();
        project.Submit("dept", ProjectFactory.Monday, ProjectFactory.MondayDate, WorkingDayCalendar.WeekdaysOnly);
        Assert.Equal(new DateOnly(2026, 3, 2), project.SubmittedOn);
        Assert.Equal(new DateOnly(2026, 3, 23), project.ReviewDueOn);
    }

    [Fact]
    public void Submission_is_dated_by_the_local_date_given_not_by_the_instants_utc_date()
    {
        var project = ProjectFactory.Draft();
        // 07:30 on Tuesday 3 March in Shanghai is still Monday 2 March in UTC.
        project.Submit("dept", new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero), new DateOnly(2026, 3, 3), WorkingDayCalendar.WeekdaysOnly);
        Assert.Equal(new DateOnly(2026, 3, 3), project.SubmittedOn);
        Assert.Equal(new DateOnly(2026, 3, 24), project.ReviewDueOn);
    }

    [Theory]
    [InlineData(ProjectStatus.Draft, false)]
    [InlineData(ProjectStatus.UnderReview, false)]
    [InlineData(ProjectStatus.Approved, true)]
    [InlineData(ProjectStatus.InImplementation, true)]
    [InlineData(ProjectStatus.Accepted, true)]
    public void A_project_is_published_once_approved_and_withdrawn_at_any_time(ProjectStatus status, bool publishable)
    {
        var project = ProjectFactory.In(status);
        if (publishable) project.Publish(true);
        else Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => project.Publish(true)).Code);
        Assert.Equal(publishable, project.IsPublished);
        project.Publish(false);
        Assert.False(project.IsPublished);
    }

    [Fact]
    public void An_approved_project_without_money_goes_on_the_reserve_list_once()
    {
        var project = ProjectFactory.In(ProjectStatus.Approved);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<RuleViolation>(() => project.PlaceOnReserve(hasAllocations: true)).Code);
        project.PlaceOnReserve(hasAllocations: false);
        Assert.Equal(FundingCategory.Reserve, project.FundingCategory);
        Assert.Throws<RuleViolation>(() => project.PlaceOnReserve(hasAllocations: false));
        Assert.Throws<RuleViolation>(() => ProjectFactory.Draft().PlaceOnReserve(hasAllocations: false));
    }

    [Fact]
    public void Money_committed_to_a_project_stays_within_its_approved_budget()
    {
        var project = ProjectFactory.In(ProjectStatus.Approved); // budget 1,000,000
        project.EnsureWithinBudget(Money.Cny(600_000m), Money.Cny(400_000m), "Contracts", "amount.amount");
        var refused = Assert.Throws<RuleViolation>(() => project.EnsureWithinBudget(Money.Cny(600_000m), Money.Cny(400_000.50m), "Contracts", "amount.amount"));
        Assert.Equal(RuleViolation.BudgetExceeded, refused.Code);
        Assert.Contains("0.50 CNY more than the approved budget of 1000000.00 CNY", refused.Message);

        // An approved change raises the budget, and with it what may be committed.
        project.Rebaseline(ProjectFactory.Plan(budget: 1_200_000m), ProjectFactory.Monday, "office", Guid.NewGuid());
        project.EnsureWithinBudget(Money.Cny(600_000m), Money.Cny(600_000m), "Contracts", "amount.amount");
        Assert.Equal(RuleViolation.InvalidTransition,
            Assert.Throws<RuleViolation>(() => ProjectFactory.Draft().EnsureWithinBudget(Money.Zero(), Money.Cny(1m), "Allocations", "amount.amount")).Code);
    }

    [Fact]
    public void Approval_fixes_the_baseline_and_a_change_rebaselines_keeping_every_revision()
    {
        var project = ProjectFactory.In(ProjectStatus.UnderReview);
        Assert.Null(project.Baseline);
        Assert.Equal(0, project.BaselineRevisionNumber);
        project.Approve("office", ProjectFactory.Monday);
        Assert.Equal(project.CurrentPlan, project.Baseline);
        var original = project.Baseline!;

        var changed = original with { DueOn = original.DueOn.AddMonths(2) };
        var changeId = Guid.NewGuid();
        project.Rebaseline(changed, ProjectFactory.Monday.AddDays(30), "director", changeId);
        Assert.Equal(changed, project.Baseline);
        Assert.Equal(changed, project.CurrentPlan);
        Assert.Equal(2, project.BaselineRevisionNumber);
        Assert.Equal(
            [(1, original, "office", (Guid?)null, ProjectFactory.Monday), (2, changed, "director", changeId, ProjectFactory.Monday.AddDays(30))],
            project.BaselineRevisions.Select(r => (r.Revision, r.Plan, r.ApprovedBy, r.ChangeRequestId, r.ApprovedAt)).ToArray());
        Assert.All(project.BaselineRevisions, r => Assert.Equal(project.Id, r.ProjectId));
    }

    [Fact]
    public void A_project_without_baseline_cannot_be_rebaselined() =>
        Assert.Throws<InvalidOperationException>(() => ProjectFactory.Draft().Rebaseline(ProjectFactory.Plan(), ProjectFactory.Monday, "office", Guid.NewGuid()));

    [Theory]
    [InlineData(ProjectLevel.National, false, true)]
    [InlineData(ProjectLevel.Municipal, false, true)]
    [InlineData(ProjectLevel.RegionalKey, false, false)]
    [InlineData(ProjectLevel.Departmental, true, true)]
    [InlineData(ProjectLevel.Departmental, false, false)]
    public void Major_projects_are_municipal_key_and_above_or_cross_department(ProjectLevel level, bool crossDepartment, bool major)
    {
        var project = ProjectFactory.Draft(level, crossDepartment);
        Assert.Equal(major, project.IsMajor);
    }
}
