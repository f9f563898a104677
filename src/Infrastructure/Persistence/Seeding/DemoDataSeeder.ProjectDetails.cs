using InfoGov.Domain.Common;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;

namespace InfoGov.Infrastructure.Persistence.Seeding;

public sealed partial class DemoDataSeeder
{
    private void SeedReviewPanel(Project project, DateOnly meetingOn, ReviewConclusion conclusion, bool concluded)
    {
        var drawSeed = _random.Next();
        var draw = new Random(drawSeed);
        var eligible = _experts.Where(e => PanelMember.MayServe(e, project)).ToList();
        var members = eligible.OrderBy(_ => draw.Next()).Take(5).ToList();
        var panel = new ReviewPanel
        {
            Id = NextId(),
            ProjectId = project.Id,
            MeetingOn = meetingOn,
            DrawSeed = drawSeed,
            DrawCandidates = string.Join(",", eligible.Select(e => e.Code)),
        };
        db.ReviewPanels.Add(panel);
        for (var i = 0; i < members.Count; i++)
            db.PanelMembers.Add(new PanelMember { PanelId = panel.Id, ExpertId = members[i].Id, IsChair = i == 0 });
        if (!concluded && meetingOn >= ReferenceDate) return;

        foreach (var member in concluded ? members : members.Take(2))
            db.ExpertOpinions.Add(new ExpertOpinion
            {
                Id = NextId(),
                PanelId = panel.Id,
                ExpertId = member.Id,
                Recommendation = conclusion,
                Opinion = conclusion switch
                {
                    ReviewConclusion.Reject => "Duplicates capabilities of the shared platform; not justified.",
                    ReviewConclusion.Revise => "Sound need, but the budget and the data-sharing design must be revised.",
                    ReviewConclusion.ApproveWithConditions => "Approve, provided the system reuses the government cloud.",
                    _ => "Need, design and budget are reasonable; approve.",
                },
                SubmittedAt = At(meetingOn, 15),
            });
        if (concluded)
            panel.Conclude(conclusion, $"Panel of {members.Count} experts: {conclusion}.", At(meetingOn, 17), members.Count, Enumerable.Repeat(conclusion, members.Count).ToList());
    }

    private List<Milestone> SeedMilestones(Project project)
    {
        var plan = project.Baseline!;
        var names = new[] { "System design approved", "Deployment complete", "Trial operation complete" };
        var milestones = names.Select((name, i) => new Milestone
        {
            Id = NextId(),
            ProjectId = project.Id,
            Name = name,
            DueOn = plan.StartOn.AddDays(plan.DurationDays * (i + 1) / names.Length),
        }).ToList();
        db.Milestones.AddRange(milestones);
        return milestones;
    }

    /// <summary>
    /// The milestones a project under way has reached by <paramref name="endOfWork"/>: a project at a slow
    /// <paramref name="pace"/> reaches each later than planned (some late, some still open past their date);
    /// a <paramref name="finished"/> one has reached them all by the end of its work.
    /// </summary>
    private void CompleteMilestones(Project project, IEnumerable<Milestone> milestones, DateOnly start, DateOnly endOfWork, double pace, bool finished)
    {
        var last = endOfWork < ReferenceDate ? endOfWork : ReferenceDate;
        foreach (var milestone in milestones)
        {
            var planned = milestone.DueOn.DayNumber - start.DayNumber;
            var reached = start.AddDays((int)(Math.Max(planned, 1) / Math.Min(pace, 1.0)));
            if (finished && reached > last) reached = last;
            if (reached > last) continue;
            milestone.Complete(project, reached, $"Sign-off minutes {project.Code}-{milestone.DueOn:yyyyMMdd}.", ReferenceDate);
        }
    }

    /// <summary>
    /// The office's delivery confidence ratings of about half the projects under way: a first one a quarter into the
    /// work, and for some a second one later that follows the project's <paramref name="pace"/> (a slow project falls
    /// towards red). Chosen from the pace already drawn, so the rest of the demo data stays as it was.
    /// </summary>
    private void SeedConfidenceRatings(Project project, DateOnly start, DateOnly endOfWork, double pace)
    {
        var step = (int)(pace * 1000) % 4;
        if (step >= 2) return;
        var last = endOfWork < ReferenceDate ? endOfWork : ReferenceDate;
        var first = start.AddDays(Math.Max(1, (last.DayNumber - start.DayNumber) / 4));
        db.ConfidenceRatings.Add(project.RateDeliveryConfidence(DeliveryConfidence.AmberGreen,
            "Plan and team in place; procurement took longer than planned.", OfficeActor, At(first, 16), 0));
        if (step == 1) return;
        var second = start.AddDays(Math.Max(2, (last.DayNumber - start.DayNumber) * 3 / 4));
        var rating = pace switch { < 0.75 => DeliveryConfidence.Red, < 0.85 => DeliveryConfidence.AmberRed, < 0.95 => DeliveryConfidence.Amber, _ => DeliveryConfidence.Green };
        db.ConfidenceRatings.Add(project.RateDeliveryConfidence(rating,
            rating is DeliveryConfidence.Green ? "Milestones met and spending on plan." : "Progress behind the plan; the department is to submit a recovery plan.", OfficeActor, At(second, 16), 1));
    }

    private string SeedProcurement(Project project, Department owner, DateOnly start)
    {
        var plan = new ImplementationPlan
        {
            Id = NextId(),
            ProjectId = project.Id,
            FiledOn = start.AddDays(-20),
            Tasks = "Requirements, system design, development, integration with the data exchange platform, deployment, training.",
            SystemDesign = "Browser/server architecture on the government cloud; identity via the unified login.",
            EquipmentSelection = "Virtual servers on the government cloud; no new machine room.",
            Schedule = $"{project.Baseline!.StartOn:yyyy-MM-dd} to {project.Baseline.DueOn:yyyy-MM-dd}",
        };
        // Accepted by the office the day implementation started (the project itself was started above).
        plan.Accept(OfficeActor, At(start, 9), null);
        db.ImplementationPlans.Add(plan);
        var vendor = Pick(DemoNames.Vendors);
        var tender = new Tender
        {
            Id = NextId(),
            ProjectId = project.Id,
            Title = $"{project.Name} procurement",
            Method = project.Baseline.Budget.Amount >= 400_000m ? TenderMethod.OpenTender : TenderMethod.CompetitiveNegotiation,
            PublishedOn = start.AddDays(-15),
            AwardedOn = start.AddDays(-3),
            WinningVendor = vendor,
            WinningVendorId = _vendors[vendor].Id,
            BidCount = 3 + _random.Next(5),
        };
        db.Tenders.Add(tender);
        var amount = Money.Cny(Math.Round(project.Baseline.Budget.Amount * 0.92m, 0));
        var delegated = _signingDelegations.TryGetValue(owner.Id, out var delegation)
                        && delegation.IsValidOn(start) && amount.Amount <= 1_000_000m;
        db.Contracts.Add(new Contract
        {
            Id = NextId(),
            ProjectId = project.Id,
            TenderId = tender.Id,
            Number = $"HT-{project.Code[3..]}",
            Vendor = vendor,
            VendorId = _vendors[vendor].Id,
            Amount = amount,
            SignedOn = start.AddDays(-1),
            SignerId = delegated ? _informationManagers[owner.Id].Id : _heads[owner.Id].Id,
            DelegationId = delegated ? delegation!.Id : null,
        });
        SeedSupervisionAndExemption(project, owner, vendor, start);
        return vendor;
    }

    private void SeedChangeRequest(Project project, DateOnly start, bool allowPending)
    {
        var baseline = project.Baseline!;
        var requestedOn = start.AddDays(baseline.DurationDays / 2);
        if (requestedOn >= ReferenceDate) requestedOn = ReferenceDate.AddDays(-10);
        var kind = (ChangeKind)_random.Next(3);
        var proposed = kind switch
        {
            ChangeKind.Dates => baseline with { DueOn = baseline.DueOn.AddMonths(1 + _random.Next(3)) },
            ChangeKind.Budget => baseline with { Budget = Money.Cny(Math.Round(baseline.Budget.Amount * 1.12m, 0)) },
            _ => baseline with { Scope = baseline.Scope + " Add a mobile app for field staff." },
        };
        var change = new ChangeRequest
        {
            Id = NextId(),
            ProjectId = project.Id,
            Kind = kind,
            ProposedPlan = proposed,
            RequestedAt = At(requestedOn),
            Reason = kind switch
            {
                ChangeKind.Dates => "The provincial interface specification was published late.",
                ChangeKind.Budget => "Equipment prices rose after the tender.",
                _ => "Field staff need mobile access, requested by the leader.",
            },
        };
        db.ChangeRequests.Add(change);
        var outcome = _random.Next(10);
        if (allowPending && outcome < 2) return;
        var approve = outcome >= 5;
        change.Decide(project, approve, OfficeActor, At(requestedOn.AddDays(7)), approve ? "Approved; the project is re-baselined." : "Refused: no special reason to change the plan.");
    }

    private (Money Spend, DateOnly? LastReport) SeedProgressReports(Project project, DateOnly start, DateOnly endOfWork, double pace, double costFactor, bool skipRecent)
    {
        var baseline = project.Baseline!;
        var lastMonth = ProgressReportSchedule.MonthOf(endOfWork >= ReferenceDate ? ReferenceDate.AddMonths(-1) : endOfWork);
        if (skipRecent) lastMonth = lastMonth.AddMonths(-2);
        var progress = 0;
        var spend = Money.Zero();
        DateOnly? last = null;
        for (var month = ProgressReportSchedule.MonthOf(start); month <= lastMonth; month = month.AddMonths(1))
        {
            var monthEnd = month.AddMonths(1).AddDays(-1);
            var planned = (double)ProjectHealth.PlannedProgress(baseline, monthEnd);
            var reached = month == ProgressReportSchedule.MonthOf(endOfWork) && pace >= 1.0 ? 100 : (int)Math.Min(100, planned * pace);
            progress = Math.Max(progress, reached);
            spend = Money.Cny(Math.Round(baseline.Budget.Amount * progress / 100m * (decimal)costFactor, 0));
            var submittedOn = monthEnd.AddDays(1 + _random.Next(8));
            db.ProgressReports.Add(new ProgressReport
            {
                Id = NextId(),
                ProjectId = project.Id,
                Month = month,
                ProgressPercent = progress,
                SpendToDate = spend,
                Issues = progress < planned * 0.8 ? "Interface data from partner departments arrives late." : null,
                Risks = costFactor > 1.2 ? "Spend is running ahead of progress." : null,
                SubmittedAt = At(submittedOn < ReferenceDate ? submittedOn : ReferenceDate),
            });
            last = month;
        }
        return (spend, last);
    }

    private void SeedAcceptance(Project project, DateOnly heldOn, AcceptanceResult result, bool firstAttempt)
    {
        // Three eligible experts chosen from the project's number, not from the random sequence, so
        // that adding opinions left the rest of the demo data as it was.
        var eligible = _experts.Where(e => PanelMember.MayServe(e, project)).ToList();
        var start = int.Parse(project.Code[^3..]) + (firstAttempt ? 0 : 3);
        var experts = Enumerable.Range(0, Acceptance.MinimumExperts).Select(i => eligible[(start + i) % eligible.Count]).ToList();
        var acceptance = Acceptance.Concluded(NextId(), project.Id, heldOn, result,
            result == AcceptanceResult.PassedWithConditions ? "Complete the security assessment within three months." : null,
            result == AcceptanceResult.Failed ? "Load tests failed at 60% of the required concurrency." : "Documentation, tests and training complete.",
            firstAttempt, firstAttempt ? 1 : 2, string.Join(",", experts.Select(e => e.Code)));
        db.Acceptances.Add(acceptance);
        db.AcceptanceOpinions.AddRange(experts.Select((expert, i) => new AcceptanceOpinion
        {
            AcceptanceId = acceptance.Id,
            ExpertId = expert.Id,
            Verdict = result,
            Comment = result == AcceptanceResult.Failed ? "Performance below the contract's requirement."
                : i == 0 ? "Meets the approved scope; documentation complete." : null,
        }));
    }
}
