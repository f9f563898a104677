using InfoGov.Domain.Common;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;

namespace InfoGov.Infrastructure.Persistence.Seeding;

public sealed partial class DemoDataSeeder
{
    /// <summary>How many demo projects end in each status, and the window their submission falls in.</summary>
    private static readonly (ProjectStatus Status, int Count, DateOnly From, DateOnly To)[] ProjectMix =
    [
        (ProjectStatus.Evaluated, 14, new(2024, 1, 8), new(2024, 6, 28)),
        (ProjectStatus.Accepted, 20, new(2024, 1, 15), new(2025, 1, 20)),
        (ProjectStatus.AcceptanceRequested, 10, new(2024, 9, 2), new(2025, 6, 30)),
        (ProjectStatus.InImplementation, 40, new(2025, 1, 6), new(2026, 6, 30)),
        (ProjectStatus.Approved, 14, new(2026, 6, 1), new(2026, 9, 30)),
        (ProjectStatus.Rejected, 8, new(2024, 6, 3), new(2026, 9, 30)),
        (ProjectStatus.ReturnedForRevision, 8, new(2025, 9, 1), new(2026, 10, 9)),
        (ProjectStatus.UnderReview, 12, new(2026, 10, 12), new(2026, 11, 6)),
        (ProjectStatus.Submitted, 10, new(2026, 11, 9), new(2026, 11, 13)),
        (ProjectStatus.Draft, 12, new(2026, 9, 1), new(2026, 11, 13)),
        (ProjectStatus.Cancelled, 12, new(2024, 3, 1), new(2026, 8, 31)),
    ];

    private static readonly ProjectStatus[] CancelledFrom =
        [ProjectStatus.Draft, ProjectStatus.Submitted, ProjectStatus.UnderReview, ProjectStatus.Approved, ProjectStatus.InImplementation];

    private List<SeededProject> SeedProjects()
    {
        var owners = _departments.Values.Where(d => d.Kind != DepartmentKind.CommitteeOffice).ToList();
        var seeded = new List<SeededProject>();
        var number = 0;
        foreach (var (status, count, from, to) in ProjectMix)
            for (var i = 0; i < count; i++)
            {
                number++;
                var submittedOn = from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1));
                var target = status == ProjectStatus.Cancelled ? CancelledFrom[i % CancelledFrom.Length] : status;
                var project = NewProject(number, Pick(owners), submittedOn);
                seeded.Add(Advance(project, target, submittedOn, cancel: status == ProjectStatus.Cancelled));
            }
        return seeded;
    }

    private Project NewProject(int number, Department owner, DateOnly submittedOn)
    {
        var system = DemoNames.Systems[_random.Next(DemoNames.Systems.Length)];
        var programme = system.Programme.Length == 0 ? null : _programmes[system.Programme];
        var level = _random.Next(10) switch { 0 => ProjectLevel.Provincial, 1 or 2 => ProjectLevel.Municipal, 3 or 4 => ProjectLevel.RegionalKey, _ => ProjectLevel.Departmental };
        var start = submittedOn.AddDays(45 + _random.Next(30));
        var project = new Project
        {
            Id = NextId(),
            Code = $"XM-{submittedOn.Year}-{number:000}",
            Name = $"{(owner.Name.StartsWith('市') ? owner.Name[1..] : owner.Name)}{system.Name}",
            NameEn = $"{system.NameEn} ({owner.NameEn})",
            Description = $"{system.NameEn} for the {owner.NameEn}.",
            OwnerDepartmentId = owner.Id,
            ProgrammeId = programme?.Id,
            Level = level,
            IsCrossDepartment = _random.Next(4) == 0,
            FundingCategory = FundingCategory.Funded,
            FeasibilityStudyReference = $"KY-{submittedOn.Year}-{number:000}",
            CurrentPlan = new ProjectPlan
            {
                Scope = $"Build the {system.NameEn.ToLowerInvariant()}: requirements, design, development, deployment and training.",
                Budget = Money.Cny(Amount(100_000m, 800_000m)),
                StartOn = start,
                DueOn = start.AddMonths(6 + _random.Next(10)),
            },
        };
        db.Projects.Add(project);
        if (project.IsCrossDepartment)
            foreach (var participant in _departments.Values.Where(d => d.Id != owner.Id && d.Kind == DepartmentKind.Bureau)
                         .OrderBy(_ => _random.Next()).Take(1 + _random.Next(2)))
                db.ProjectParticipants.Add(new ProjectParticipant { ProjectId = project.Id, DepartmentId = participant.Id, Role = "Provides data and joint acceptance" });
        return project;
    }

    private void Record(ProjectDecision decision) => db.ProjectDecisions.Add(decision);

    private SeededProject Advance(Project project, ProjectStatus target, DateOnly submittedOn, bool cancel)
    {
        var owner = _departments.Values.First(d => d.Id == project.OwnerDepartmentId);
        var ownerActor = _informationManagers[owner.Id].Name;
        var day = submittedOn;
        DateOnly? approvedOn = null;
        Money? originalBudget = null;
        var spend = Money.Zero();
        DateOnly? lastReport = null;
        string? vendor = null;

        if (target == ProjectStatus.Draft) return Finish();

        Record(project.Submit(ownerActor, At(day), day, _calendar));
        if (target == ProjectStatus.Submitted) return Finish();
        if (target == ProjectStatus.ReturnedForRevision && _random.Next(3) == 0)
        {
            Record(project.MoveTo(ProjectStatus.ReturnedForRevision, OfficeActor, At(day.AddDays(3)), "Feasibility study lacks a cost breakdown."));
            return Finish();
        }

        day = _calendar.AddWorkingDays(day, 2);
        Record(project.MoveTo(ProjectStatus.UnderReview, OfficeActor, At(day)));
        var meetingOn = _calendar.AddWorkingDays(submittedOn, 8 + _random.Next(Project.ReviewWorkingDays - 7));
        var conclusion = target switch
        {
            ProjectStatus.Rejected => ReviewConclusion.Reject,
            ProjectStatus.ReturnedForRevision => ReviewConclusion.Revise,
            _ => _random.Next(4) == 0 ? ReviewConclusion.ApproveWithConditions : ReviewConclusion.Approve,
        };
        var panelClosed = target != ProjectStatus.UnderReview || meetingOn < ReferenceDate;
        SeedReviewPanel(project, meetingOn, conclusion, concluded: panelClosed && target != ProjectStatus.UnderReview);
        if (target == ProjectStatus.UnderReview) return Finish();

        day = meetingOn.AddDays(2 + _random.Next(6));
        if (target == ProjectStatus.Rejected)
        {
            Record(project.MoveTo(ProjectStatus.Rejected, OfficeActor, At(day), "The expert panel found the project duplicates an existing shared platform."));
            return Finish();
        }
        if (target == ProjectStatus.ReturnedForRevision)
        {
            Record(project.MoveTo(ProjectStatus.ReturnedForRevision, OfficeActor, At(day), "Revise the budget and the data-sharing design as the panel advised."));
            return Finish();
        }

        if (project.IsMajor) Record(project.RecordLeaderApproval(_heads[owner.Id].Name, At(day.AddDays(-1))));
        Record(project.Approve(OfficeActor, At(day), project.IsMajor ? "Approved by the department leader and the committee." : "Approved by the office."));
        approvedOn = day;
        originalBudget = project.Baseline!.Budget;
        project.Publish(true); // the portal shows projects from their approval on
        var milestones = SeedMilestones(project);
        if (_informationManagers.TryGetValue(owner.Id, out var responsible)) project.AssignResponsiblePerson(responsible.Name + " (information manager)");
        if (target == ProjectStatus.Approved) return Finish();

        var start = project.Baseline!.StartOn.AddDays(_random.Next(10));
        Record(project.StartImplementation(ownerActor, At(start), start));
        vendor = SeedProcurement(project, owner, start);
        var pace = 0.6 + _random.NextDouble() * 0.5;     // some projects fall behind
        var costFactor = 0.85 + _random.NextDouble() * 0.6; // some overspend
        var finishing = target is ProjectStatus.AcceptanceRequested or ProjectStatus.Accepted or ProjectStatus.Evaluated;
        var endOfWork = finishing ? project.Baseline.DueOn.AddDays(_random.Next(-20, 60)) : cancel ? ReferenceDate.AddDays(-70) : ReferenceDate;
        if (_random.Next(10) < 3) SeedChangeRequest(project, start, allowPending: !finishing);
        (spend, lastReport) = SeedProgressReports(project, start, endOfWork, finishing ? 1.0 : pace, costFactor, skipRecent: !finishing && _random.Next(7) == 0);
        CompleteMilestones(project, milestones, start, endOfWork, finishing ? 1.0 : pace, finishing);
        SeedConfidenceRatings(project, start, endOfWork, finishing ? 1.0 : pace);
        SeedSupervisionReports(project, start, endOfWork, finishing ? 1.0 : pace);
        SeedRisks(project, start, finishing ? 1.0 : pace);
        if (target == ProjectStatus.InImplementation)
        {
            if (cancel) Record(project.MoveTo(ProjectStatus.Cancelled, OfficeActor, At(ReferenceDate.AddDays(-_random.Next(5, 60))), "Superseded by the city-wide shared platform."));
            return Finish();
        }

        day = endOfWork.AddDays(5);
        Record(project.MoveTo(ProjectStatus.AcceptanceRequested, ownerActor, At(day)));
        if (target == ProjectStatus.AcceptanceRequested) return Finish();

        var firstAttempt = true;
        if (_random.Next(6) == 0)
        {
            day = day.AddDays(20);
            SeedAcceptance(project, day, AcceptanceResult.Failed, firstAttempt);
            Record(project.MoveTo(ProjectStatus.InImplementation, OfficeActor, At(day), "Acceptance failed: performance tests not met."));
            day = day.AddDays(30);
            Record(project.MoveTo(ProjectStatus.AcceptanceRequested, ownerActor, At(day)));
            firstAttempt = false;
        }
        day = day.AddDays(15 + _random.Next(20));
        var result = _random.Next(5) == 0 ? AcceptanceResult.PassedWithConditions : AcceptanceResult.Passed;
        SeedAcceptance(project, day, result, firstAttempt);
        Record(project.Accept(OfficeActor, At(day), day));
        if (target == ProjectStatus.Accepted) return Finish();

        day = day.AddDays(180 + _random.Next(120));
        if (day > ReferenceDate) day = ReferenceDate.AddDays(-_random.Next(1, 30));
        db.PostEvaluations.Add(new PostEvaluation
        {
            Id = NextId(),
            ProjectId = project.Id,
            EvaluatedOn = day,
            QualityScore = 70 + _random.Next(30),
            OperatingStatus = _random.Next(5) == 0 ? OperatingStatus.MinorIssues : OperatingStatus.Stable,
            ReturnOnInvestment = Math.Round((decimal)(_random.NextDouble() * 0.4 - 0.05), 4),
            Conclusion = _random.Next(5) == 0 ? EvaluationConclusion.Improve : EvaluationConclusion.Continue,
            Summary = "Stable operation; the system is used daily by the department and its partners.",
        });
        Record(project.MoveTo(ProjectStatus.Evaluated, OfficeActor, At(day)));
        return Finish();

        SeededProject Finish()
        {
            if (cancel && project.Status != ProjectStatus.Cancelled)
                Record(project.MoveTo(ProjectStatus.Cancelled, ownerActor, At((approvedOn ?? submittedOn).AddDays(40)), "Needs merged into a cross-department project."));
            return new SeededProject(project, approvedOn, originalBudget, spend, lastReport, vendor);
        }
    }
}
